"""A cross-family probe nobody tuned against: the lead's check on the helpers' fixes.

    python benchmarks/crosscheck.py [--n 300] [--misses]

Written by the lead at the start of session 8, before that session's detection fixes, and
scored once on the main branch before they were merged and once after. Nobody fixing
detection read it while fixing, so unlike the dev sets it says something about text the fixes
were not shaped on, though it is still ours. Short prompts of the kind a PII test generator
fills (one or two values in a sentence) and enterprise prompts with several values: names
from many cultures (lists typed here, none taken from a generator or a leak), street
addresses from several countries, contact data, card and bank numbers with valid checksums,
US identifiers, dates of birth, user names, IP addresses; plus benign prompts with
capitalised words and numbers that are no PII, for over-masking.

Scored like `devset_en2.py`: character leak of gold spans, per-entity recall, over-mask.
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import argparse
import os
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import Sample, fill  # noqa: E402
from devset_en2 import report, score  # noqa: E402

SEED = 808

GIVEN = ["Harriet", "Cormac", "Ottilie", "Thabo", "Ngaire", "Anouk", "Bartholomew", "Leilani", "Rustam", "Ines",
         "Oyelaran", "Chidinma", "Kofi", "Wanjiru", "Hamza", "Soraya", "Tariq", "Noor", "Parisa", "Dariush",
         "Hye-jin", "Dong-hyun", "Kenta", "Aiko", "Phuong", "Trung", "Rahul", "Kavitha", "Gurpreet", "Ishaan",
         "Esperanza", "Rodrigo", "Marisol", "Anselmo", "Wojciech", "Agnieszka", "Radek", "Jelena", "Sven", "Liv",
         "Matthias", "Henrike", "Guillaume", "Margaux", "Pieter", "Fenna", "Ciaran", "Niamh", "Hollis", "Sterling",
         "Summer", "River", "Amber", "Hunter", "Sunny", "Heath", "Penny", "Rusty", "Clay", "Forest"]
FAMILY = ["Whitcombe", "Ferriter", "Lindqvist", "Mokoena", "Tapsell", "de Wit", "Ashworth", "Kahananui", "Yusupov",
          "Carvalho", "Adeleke", "Okonjo", "Asante", "Kamau", "Qureshi", "Farahani", "Rahimi", "Jafari", "Haddadi",
          "Seo", "Hwang", "Fujimoto", "Kobayashi", "Doan", "Luong", "Venkataraman", "Menon", "Sandhu", "Bhatt",
          "Quintero", "Villanueva", "Salazar", "Echeverría", "Zieliński", "Wróbel", "Dvořák", "Marković", "Halvorsen",
          "Björklund", "Hoffmann", "Brandt", "Lefebvre", "Marchand", "van den Berg", "Visser", "Ó Súilleabháin",
          "Gallagher", "Winter", "Sparrow", "Stone", "Fields", "Banks", "Marsh", "Street", "Church", "Woods"]
STREETS = [("{n} Larkspur Lane", "Eugene, OR 97401"), ("{n} W. Fulton St., Apt {u}", "Chicago, IL 60607"),
           ("{n} Magnolia Blvd", "Burbank, CA 91502"), ("{n} Old Post Road", "Rye, NY 10580"),
           ("Flat {u}, {n} Kingsland Road", "London E8 4AA"), ("{n} Rosemount Crescent", "Aberdeen AB25 2SD"),
           ("Kastanienallee {n}", "10435 Berlin"), ("Rua das Flores, {n}", "4050-265 Porto"),
           ("{n} rue Oberkampf", "75011 Paris"), ("Calle de Atocha {n}, {u}º", "28012 Madrid"),
           ("Via dei Mille {n}", "80121 Napoli"), ("{n} Queen St W, Suite {u}", "Toronto, ON M5H 2M9"),
           ("Unit {u}, {n} Pitt Street", "Sydney NSW 2000"), ("Keizersgracht {n}", "1016 EE Amsterdam")]
EMAIL_HOSTS = ["corp-mail.net", "outlook.com", "fastmail.fm", "acme-legal.co.uk", "kanzlei-brandt.de", "uni-med.edu"]
WORDS = ["Orion", "Cobalt", "Juniper", "Falcon", "Harbor", "Quartz", "Meridian", "Atlas"]

PII = [
    "My name is {P} and my email is {E}.",
    "Please update the shipping address for {P} to {A1}.",
    "{P} called from {T} about invoice 44817; call back before 5pm.",
    "Card on file: {CC}, exp 09/29, holder {P}.",
    "Wire the refund to IBAN {IBAN} (account holder: {P}).",
    "SSN {SSN} belongs to {P}, born {DOB}.",
    "Hi {G}, can you send me the draft by Friday? Thanks, {G2}",
    "Dear {P},\nYour appointment is confirmed.\n{A2}\nQuestions? {T}",
    "Meeting notes: {P}, {P2} and {P3} agreed to move the launch.",
    "The login for {P} is {U}; reset it and email {E}.",
    "Customer {P} ({E}, {T}) lives at {A1} and wants a callback.",
    "Passport number {PASS} issued to {P}, date of birth {DOB}.",
    "Driver's license {DL} (state: CA) for {P}.",
    "Blocked login attempts from {IP} for user {U}.",
    "{G} said the venue is at {A1}, parking in the back.",
    "Emergency contact: {P}, {T}, {E}",
    "Can you translate this letter to {P} at {A2} into French?",
    "Summarise the complaint {P} filed yesterday; her number is {T}.",
    "Add {P} <{E}> to the distribution list and remove {P2}.",
    "Patient: {P}\nDOB: {DOB}\nAddress: {A1}\nPhone: {T}",
    "name,email,phone\n{P},{E},{T}\n{P2},{E2},{T2}",
    '{"customer": "{P}", "email": "{E}", "address": "{A1}"}',
    "thanks {g}! ping {g2} if the build breaks again",
    "From: {P} <{E}>\nTo: {P2} <{E2}>\nSubject: lease renewal",
    "{P} (SSN {SSN}) transferred ${AMT} from card {CC}.",
    "I'm {G} {F}, I moved to {A1} last month.",
    "Send the contract to {PU} at {E}.",
    "Interview panel: {P}; {P2}; {P3}.",
    "Reference letter for {P}, who worked for us as an analyst from 2019 to 2024.",
    "Ask {P} whether the server at {IP} can be rebooted tonight.",
]
BENIGN = [
    "The {W} release moves to Q3; see ticket OPS-{N4} and the 2024 roadmap.",
    "Turn left on Main Street after the bridge, then follow Route {N2} for 3 miles.",
    "Our revenue grew 12.5% to $4.2 million in fiscal year 2025.",
    "Version {N1}.{N2}.{N4} fixes the memory leak in the Parser class.",
    "Parkinson's disease and Alzheimer's are covered under plan {W}-{N4}.",
    "Order #{N4}{N4} shipped on 2025-03-14 via UPS Ground, weight 4.5 kg.",
    "Read chapter {N2} of Pride and Prejudice before the seminar on Tuesday.",
    "The Bayesian model beat the Gaussian baseline by {N2} points on the test split.",
    "Call the API with timeout={N2} and retries=3; the default port is 8080.",
    "We visited Washington, Jordan and Victoria Falls on the {W} tour.",
]


def _luhn(prefix: str, length: int, r: random.Random) -> str:
    digits = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = int(d) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return digits + str((10 - total % 10) % 10)


def _iban(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


class Gen:
    """Values for the templates; a later probe subclasses it with tables of its own."""

    given, family, streets, email_hosts, words = GIVEN, FAMILY, STREETS, EMAIL_HOSTS, WORDS

    def __init__(self, seed: int = SEED) -> None:
        self.r = random.Random(seed)

    def person(self) -> str:
        r = self.r
        name = f"{r.choice(self.given)} {r.choice(self.family)}"
        return f"{r.choice(self.given)} {name}" if r.random() < 0.1 else name

    def phone(self) -> str:
        r = self.r
        a, b, c = r.randrange(201, 989), r.randrange(200, 999), r.randrange(10000)
        return r.choice([f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"+1 {a} {b} {c:04d}",
                         f"+44 7{r.randrange(100, 999)} {r.randrange(100000, 999999)}",
                         f"+49 30 {r.randrange(1000000, 99999999)}", f"{a}.{b}.{c:04d}"])

    def email(self, person: str) -> str:
        first, *rest = person.lower().replace("'", "").split()
        last = re.sub(r"[^a-z]", "", rest[-1]) or "x"
        return f"{self.r.choice([first + '.' + last, first[0] + last, last + str(self.r.randrange(99))])}@{self.r.choice(self.email_hosts)}"

    def address(self, one_line: bool) -> str:
        street, town = self.r.choice(self.streets)
        street = street.format(n=self.r.randrange(2, 980), u=self.r.randrange(1, 40))
        return f"{street}, {town}" if one_line else f"{street}\n{town}"

    def card(self) -> str:
        prefix = self.r.choice(["4", "51", "37", "6011"])
        raw = _luhn(prefix, 15 if prefix == "37" else 16, self.r)  # American Express has 15
        return raw if self.r.random() < 0.4 else " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

    def iban(self) -> str:
        r = self.r
        country, bban = r.choice([
            ("DE", "".join(str(r.randrange(10)) for _ in range(18))),
            ("GB", "NWBK" + "".join(str(r.randrange(10)) for _ in range(14))),
            ("FR", "".join(str(r.randrange(10)) for _ in range(23))),
            ("NL", "ABNA" + "".join(str(r.randrange(10)) for _ in range(10)))])
        code = _iban(country, bban)
        return code if r.random() < 0.5 else " ".join(code[i:i + 4] for i in range(0, len(code), 4))

    def ssn(self) -> str:
        r = self.r
        a, b, c = r.randrange(100, 665), r.randrange(10, 99), r.randrange(1000, 9999)
        return r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])

    def dob(self) -> str:
        r = self.r
        y, m, d = r.randrange(1940, 2005), r.randrange(1, 13), r.randrange(1, 29)
        month = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"][m - 1]
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {month} {y}", f"{month} {d}, {y}"])

    def values(self) -> dict[str, tuple[str, str | None]]:
        """One draw of every slot's value and its gold entity (None: not PII)."""
        r = self.r
        people = [self.person() for _ in range(3)]
        return {
            "P": (people[0], "PERSON"), "P2": (people[1], "PERSON"), "P3": (people[2], "PERSON"),
            "PU": (people[0].upper(), "PERSON"), "G": (people[0].split()[0], "PERSON"),
            "G2": (people[1].split()[0], "PERSON"), "F": (people[0].split()[-1], "PERSON"),
            "g": (people[0].split()[0].lower(), "PERSON"), "g2": (people[1].split()[0].lower(), "PERSON"),
            "E": (self.email(people[0]), "EMAIL_ADDRESS"), "E2": (self.email(people[1]), "EMAIL_ADDRESS"),
            "T": (self.phone(), "PHONE_NUMBER"), "T2": (self.phone(), "PHONE_NUMBER"),
            "A1": (self.address(True), "STREET_ADDRESS"), "A2": (self.address(False), "STREET_ADDRESS"),
            "CC": (self.card(), "CREDIT_CARD"), "IBAN": (self.iban(), "IBAN_CODE"),
            "SSN": (self.ssn(), "US_SSN"), "DOB": (self.dob(), "DATE_OF_BIRTH"),
            "PASS": (f"{r.choice('ACEFGHJ')}{r.randrange(10**7, 10**8)}", "US_PASSPORT"),
            "DL": (f"{r.choice('BDFNRY')}{r.randrange(10**6, 10**7)}", "US_DRIVER_LICENSE"),
            "U": (r.choice([f"{people[0].split()[0].lower()}{r.randrange(10, 99)}", f"{people[0][0].lower()}_{re.sub(r'[^a-z]', '', people[0].split()[-1].lower())}"]), "USERNAME"),
            "IP": (r.choice([f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                             f"{r.randrange(11, 223)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                             f"2001:db8:{r.randrange(65536):x}::{r.randrange(1, 65536):x}"]), "IP_ADDRESS"),
            "AMT": (f"{r.randrange(100, 9999)}.{r.randrange(100):02d}", None),
            "W": (r.choice(self.words), None), "N1": (str(r.randrange(1, 9)), None),
            "N2": (str(r.randrange(10, 99)), None), "N4": (str(r.randrange(1000, 9999)), None),
        }

    def fill(self, template: str) -> tuple[str, list[tuple[int, int, str]]]:
        return fill(template, self.values().__getitem__)


def build(n: int = 300, gen: Gen | None = None, pii: list[str] = PII,
          benign: list[str] = BENIGN) -> list[Sample]:
    gen = gen or Gen()
    samples = []
    for category, templates, count in (("pii", pii, n), ("benign", benign, n // 5)):
        for i in range(count):
            text, spans = gen.fill(templates[i % len(templates)])
            samples.append(Sample(f"{category}-{i:03d}", category, text, spans))
    return samples


def main(argv: list[str] | None = None, doc: str = __doc__,
         samples: Callable[..., list[Sample]] = build, name: str | None = None,
         seed: int | None = None, seeded: bool = False) -> int:
    """Score a probe's samples and print the report; with `name`, also write its summary
    (counts only, no sample text) to benchmarks/results/<name>[-n<N>][-s<seed>].json.
    A `seeded` probe takes `--seed` (its default `seed`) and is built as samples(n, seed)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=300, help="PII prompts (benign: a fifth of it)")
    if seeded:
        ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--misses", action="store_true", help="list every leaked span and over-mask")
    args = ap.parse_args(argv)
    os.environ.setdefault("SOVEREIGN_GUARD_TENANT_KEY", "42" * 32)
    from sovereign_guard.core import Guard

    used = args.seed if seeded else seed
    res = score(samples(args.n, used) if seeded else samples(args.n), Guard("default"))
    report(res, args.misses)
    if name is not None:
        from common import write

        chars = {cat: {"pii_chars": p, "leaked": lk, "other_chars": o, "masked_other": m}
                 for cat, (p, lk, o, m) in res["chars"].items()}
        entities = {e: {"spans": s, "found": f, "chars": c, "leaked_chars": lc}
                    for e, (s, f, c, lc) in res["entities"].items()}
        suffix = ("" if args.n == 300 else f"-n{args.n}") + ("" if used == seed else f"-s{used}")
        print("wrote", write(name + suffix,
                             {"seed": used, "n": args.n, "chars": chars, "entities": entities,
                              "misses": len(res["misses"]), "overmasks": len(res["overmasks"])}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
