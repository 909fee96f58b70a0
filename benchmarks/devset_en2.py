"""A second English dev set, for generalisation: our own templates and our own value lists.

    python benchmarks/devset_en2.py [--n 400] [--misses] [--show 5]

Written by hand for issue 13, unlike `devset.py` not filled with Faker: names from lists
typed here (Anglo, Vietnamese, Nigerian, Indian, Chinese, Arabic, Hispanic, Slavic, Korean
names, names that are also words), addresses in US, UK, German, French and Italian styles
with P.O. boxes and unit lines, US identifiers with and without separators, IP addresses in
many notations. Templates: dialogue, lists, signatures, forms, e-mails, chat logs, lower-case
and ALL-CAPS text; a `prose` category of benign English text (capitalised words that are not
names, numbers that are not identifiers) for over-masking; and a `names13` category, the
failure patterns issue 13 lists for English names, with name lists of its own (see
NAMES13_TEMPLATES). All of it is ours, written for this dev set: we read it while
developing, so it measures generalisation only as far as our own imagination goes.

Scored through `Guard('default').protect` as the quality harness does: character leak rate
of sensitive gold spans (findings whose action is not `allow` must cover them), per-entity
recall (80 % of a span covered), over-mask rate on characters outside gold spans.
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import argparse
import os
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import Sample, fill  # noqa: E402

SEED = 1313

# Category `names13`: the failure patterns issue 13 lists for English names (standalone given
# names, lists, dialogue, a name alone on a line, lower case and capitals, non-Anglo names,
# names the small model calls ORG or LOC, given names that are English words), with names
# typed here for it, none of them in FIRST / LAST below: Vietnamese names written in full
# (surname, middle, given), Yoruba, Igbo and Hausa names, Nigerian and Zimbabwean given names
# that are English words, South Asian, Pacific, Central Asian and Southern African names.
VN_FULL = ["Nguyen Thi Mai", "Tran Van Duc", "Le Thi Hoa", "Pham Quoc Bao", "Vu Minh Chau", "Do Thanh Tam",
           "Ngo Bich Ngoc", "Huynh Van Loc", "Dang Thu Trang", "Bui Xuan Phuc"]
GIVEN2 = ["Oluwaseun", "Chukwuemeka", "Ifeoma", "Temitope", "Nkechi", "Olumide", "Zainab", "Ibrahim", "Funmilayo",
          "Blessing", "Precious", "Goodluck", "Favour", "Patience", "Comfort", "Gift", "Siddharth", "Meera", "Sione",
          "Aigerim", "Bongani", "Tendai", "Kiri", "Nomvula", "Ejike", "Amaka", "Yemisi", "Hauwa", "Thuy", "Khanh"]
SURNAME2 = ["Adeyemi", "Obi", "Nwachukwu", "Ajayi", "Okeke", "Bakare", "Bello", "Musa", "Adebisi", "Okoro",
            "Moyo", "Mutasa", "Rao", "Pillai", "Tupou", "Nurlanovna", "Khumalo", "Ngata", "Dube", "Eze-Nwosu",
            "Onyekachi", "Abubakar", "Ogunleye", "Sithole", "Vuong", "Truong", "Lam", "Quach"]

FIRST = ["Grace", "Hope", "Will", "Rose", "Faith", "Joy", "May", "Bill", "Art", "Dawn", "Ivy", "Jack", "Mark", "Frank", "Grant", "Major", "Mai", "Linh", "Thanh", "Quang", "Huong", "Tuan", "Bao", "Minh", "Anh", "Duc", "Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake", "Tunde", "Yetunde", "Obinna", "Chiamaka", "Priya", "Arjun", "Ananya", "Rohan", "Deepika", "Sanjay", "Lakshmi", "Venkat", "Wei", "Xiaoming", "Yuki", "Haruto", "Min-jun", "Ji-woo", "Seo-yeon", "Fatima", "Omar", "Youssef", "Aisha", "Khalid", "Layla", "Alejandro", "Lucía", "Mateo", "Valentina", "Joaquín", "Ximena", "Dmitri", "Olga", "Katarzyna", "Bogdan", "Zoran", "Milena", "Siobhan", "Declan", "Aoife", "Eamon", "Kwame", "Abena", "Thandiwe", "Sipho"]
LAST = ["Park", "Young", "Brown", "Green", "Rich", "King", "Bell", "Hall", "Rivers", "Moody", "Nguyen", "Tran", "Le", "Pham", "Hoang", "Vo", "Dang", "Bui", "Okafor", "Adeyemi", "Eze", "Okonkwo", "Balogun", "Nwosu", "Adebayo", "Chukwu", "Patel", "Iyer", "Reddy", "Chatterjee", "Krishnan", "Banerjee", "Zhang", "Liu", "Chen", "Tanaka", "Watanabe", "Kim", "Choi", "Haddad", "Al-Sayed", "Mansour", "Nasser", "Castillo", "Fernández", "Morales", "Gutiérrez", "Kowalczyk", "Novak", "Petrović", "Ivanova", "O'Brien", "MacLeod", "Mensah", "Boateng", "Dlamini", "Ndlovu"]
STREETS_US = ("Maple", "Cedar Hollow", "Willow Creek", "Lincoln", "Harbor View", "Sycamore", "Old Mill", "Prospect", "Juniper")
SUFFIXES_US = ("Street", "St.", "Avenue", "Ave", "Road", "Rd.", "Lane", "Drive", "Court", "Blvd", "Way", "Place")
CITIES_US = (("Columbus", "OH"), ("Tacoma", "WA"), ("Boise", "ID"), ("Savannah", "GA"), ("Duluth", "MN"),
             ("Fresno", "CA"), ("Albany", "NY"), ("Provo", "UT"), ("Tulsa", "OK"), ("Hartford", "CT"))
DE = (("Lindenstraße", "10115 Berlin"), ("Am Stadtpark", "80331 München"), ("Hauptstr.", "50667 Köln"),
      ("Bahnhofstraße", "70173 Stuttgart"), ("Goethestrasse", "60313 Frankfurt am Main"))
FR = (("rue des Lilas", "75011 Paris"), ("avenue Jean Jaurès", "69007 Lyon"), ("boulevard Victor Hugo", "06000 Nice"),
      ("rue de la République", "13001 Marseille"))
IT = (("Via Roma", "00184 Roma"), ("Via Giuseppe Verdi", "20121 Milano"), ("Corso Vittorio Emanuele", "10121 Torino"),
      ("Piazza Garibaldi", "80142 Napoli"))
UK = (("Kingsley Road", "Leeds", "LS6 2HG"), ("Church Lane", "Bristol", "BS8 1TH"), ("Mill Street", "Oxford", "OX2 0AX"))


def _ssn(r: random.Random, sep: str) -> str:
    area = r.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def _itin(r: random.Random, sep: str) -> str:
    group = r.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return f"9{r.randint(0, 99):02d}{sep}{group}{sep}{r.randint(0, 9999):04d}"


def _ip(r: random.Random) -> str:
    return r.choice((
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.0/{r.choice((16, 20, 24))}",
        "127.0.0.1", "::1",
        f"::ffff:192.0.2.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 0xffff):x}::{r.randint(1, 0xffff):x}",
        f"fe80::{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}%eth0",
    ))


class Gen:
    def __init__(self, seed: int = SEED) -> None:
        self.r = random.Random(seed)

    def value(self, key: str) -> tuple[str, str | None]:
        r = self.r
        first, last = r.choice(FIRST), r.choice(LAST)
        if key == "FIRST":
            return first, "PERSON"
        if key == "LAST":
            return last, "PERSON"
        if key == "FULL":
            return f"{first} {last}", "PERSON"
        if key == "FULL_UC":
            return f"{first} {last}".upper(), "PERSON"
        if key == "FULL_LC":
            return f"{first} {last}".lower(), "PERSON"
        if key == "FIRST_LC":
            return first.lower(), "PERSON"
        if key == "LASTFIRST":
            return f"{last.upper()}, {first}", "PERSON"
        if key == "INITIAL":
            return f"{first[0]}. {last}", "PERSON"
        if key in ("G2", "G2_LC", "G2_UC"):
            g = r.choice(GIVEN2)
            return {"G2": g, "G2_LC": g.lower(), "G2_UC": g.upper()}[key], "PERSON"
        if key in ("F2", "F2_LC", "F2_UC"):
            f = f"{r.choice(GIVEN2)} {r.choice(SURNAME2)}"
            return {"F2": f, "F2_LC": f.lower(), "F2_UC": f.upper()}[key], "PERSON"
        if key == "S2":
            return r.choice(SURNAME2), "PERSON"
        if key == "VN":
            return r.choice(VN_FULL), "PERSON"
        if key == "ADDR_US1":
            city, st = r.choice(CITIES_US)
            return (f"{r.randint(2, 9899)} {r.choice(STREETS_US)} {r.choice(SUFFIXES_US)}, {city}, {st} "
                    f"{r.randint(10000, 99899)}"), "STREET_ADDRESS"
        if key == "ADDR_US_BLOCK":
            city, st = r.choice(CITIES_US)
            unit = r.choice(("", f"\nApt. {r.randint(1, 40)}{r.choice('ABC')}", f"\nSuite {r.randint(100, 950)}", f", Unit {r.randint(1, 30)}"))
            return (f"{r.randint(2, 9899)} {r.choice(STREETS_US)} {r.choice(SUFFIXES_US)}{unit}\n{city}, {st} "
                    f"{r.randint(10000, 99899)}"), "STREET_ADDRESS"
        if key == "POBOX":
            city, st = r.choice(CITIES_US)
            return f"P.O. Box {r.randint(10, 9999)}, {city}, {st} {r.randint(10000, 99899)}", "STREET_ADDRESS"
        if key == "ADDR_DE":
            street, town = r.choice(DE)
            return f"{street} {r.randint(1, 120)}, {town}", "STREET_ADDRESS"
        if key == "ADDR_FR":
            street, town = r.choice(FR)
            return f"{r.randint(1, 90)} {street}, {town}", "STREET_ADDRESS"
        if key == "ADDR_IT":
            street, town = r.choice(IT)
            return f"{street} {r.randint(1, 200)}, {town}", "STREET_ADDRESS"
        if key == "ADDR_UK":
            street, town, pc = r.choice(UK)
            return f"{r.randint(1, 200)} {street}\n{town} {pc}", "STREET_ADDRESS"
        if key == "SSN":
            return _ssn(r, r.choice(("-", "", " "))), "US_SSN"
        if key == "SSN_PLAIN":
            return _ssn(r, ""), "US_SSN"
        if key == "ITIN":
            return _itin(r, r.choice(("-", ""))), "US_ITIN"
        if key == "PASSPORT":
            return r.choice((f"{r.choice('ACEFGHJKLMNPRSTXZ')}{r.randint(10000000, 99999999)}", f"{r.randint(100000000, 999999999)}")), "US_PASSPORT"
        if key == "DL":
            return r.choice((f"{r.choice('ABDFGHKMNS')}{r.randint(1000000, 9999999)}", f"{r.choice('DFGS')}{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}")), "US_DRIVER_LICENSE"
        if key == "IP":
            return _ip(r), "IP_ADDRESS"
        if key == "PHONE":
            return r.choice((f"({r.randint(201, 989)}) {r.randint(200, 999)}-{r.randint(0, 9999):04d}",
                             f"{r.randint(201, 989)}.{r.randint(200, 999)}.{r.randint(0, 9999):04d}",
                             f"+234 80{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}")), "PHONE_NUMBER"
        if key == "EMAIL":
            return f"{first.lower()}.{last.lower().replace(chr(39), '')}@{r.choice(('mailbox.org', 'example.net', 'uni-hamburg.de'))}".encode("ascii", "ignore").decode(), "EMAIL_ADDRESS"
        if key == "N":
            return str(r.randint(2, 60)), None
        if key == "VER":
            return f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}", None
        if key == "BIG":
            return str(r.randint(100000000, 9999999999)), None
        raise KeyError(key)

    def fill(self, template: str) -> tuple[str, list]:
        return fill(template, self.value)


PII_TEMPLATES = (
    # dialogue and chat
    "{FIRST}: hey, are you coming tonight?\n{FIRST}: yes! bringing {FIRST} too.\n{FIRST}: great",
    "Customer: Hi, my name is {FULL} and I can't log in.\nAgent: Sorry to hear that, {FIRST}. Can you confirm your address?\nCustomer: {ADDR_US1}",
    "\"Where is {FIRST}?\" asked {FULL}. \"{FIRST} left with {LAST} an hour ago.\"",
    "[10:02] {FIRST_LC}: did u send the form to {FIRST_LC}?\n[10:03] {FIRST_LC}: yeah, and cc'd {FULL_LC}",
    "Interviewer: Please state your name.\n{FULL}: {FULL}.\nInterviewer: And your SSN?\n{FULL}: {SSN}",
    # lists
    "Attendees:\n- {FULL}\n- {FULL}\n- {FIRST} {LAST}\n- {INITIAL}",
    "Team roster: {FULL}, {FULL}, {FULL} and {FULL}.",
    "{FULL}\n{FULL}\n{FULL}\nPlease add these three to the mailing list.",
    "1. {FULL} (lead)\n2. {FULL}\n3. {FULL}, intern",
    "Invite {FIRST}, {FIRST} and {FIRST} to the review on Thursday.",
    # signatures and e-mails
    "Dear {FULL},\n\nThank you for your application. We will be in touch.\n\nBest regards,\n{FULL}\nHiring Manager",
    "Hi {FIRST},\n\nthe package goes to:\n{FULL}\n{ADDR_US_BLOCK}\n\nThanks,\n{FIRST}",
    "Cheers,\n{FIRST}\n\n--\n{FULL} | Senior Analyst\n{PHONE} | {EMAIL}",
    "From: {FULL} <{EMAIL}>\nTo: {FULL}\nSubject: lunch\n\n{FIRST}, want to grab lunch at noon?",
    "Kind regards,\n{FULL}\n{ADDR_UK}",
    # forms
    "Name: {FULL}\nDate of birth: 03/14/1988\nSSN: {SSN}\nAddress: {ADDR_US_BLOCK}\nPhone: {PHONE}",
    "APPLICANT: {FULL_UC}\nPASSPORT NO: {PASSPORT}\nISSUED: 2019-06-01",
    "Patient name: {LASTFIRST}\nDOB 1971-02-09\nMRN 448201\nEmergency contact: {FULL}, {PHONE}",
    "Full name: {FULL}\nDriver's license: {DL}\nState: WA",
    "Taxpayer: {FULL}, ITIN {ITIN}, mailing address {POBOX}",
    "Employee: {FULL} | SSN {SSN_PLAIN} | start date 2024-01-15",
    "Ship to:\n{FULL}\n{ADDR_DE}\nGermany",
    "Livraison : {FULL}, {ADDR_FR}, France",
    "Spedire a {FULL}, {ADDR_IT}, Italia.",
    "Please forward my mail to {POBOX}. Thanks, {FIRST}",
    "My passport number is {PASSPORT} and my social is {SSN_PLAIN}.",
    "US passport {PASSPORT}, expires 2031. Holder: {FULL}.",
    "DL# {DL} issued to {FULL_UC}",
    # ALL CAPS / lower case
    "URGENT: CALL {FULL_UC} BEFORE 5PM ABOUT THE CLAIM.",
    "i talked to {FULL_LC} yesterday and {FIRST_LC} said the report is late",
    "meeting notes - {FIRST_LC}, {FIRST_LC}, {FIRST_LC} present. {FIRST_LC} to follow up.",
    # prose with names that are also words
    "{FULL} joined the board in March; {LAST} previously ran a bakery in {ADDR_US1}.",
    "I'm {FIRST}. I work with {FULL} on the grant proposal.",
    "Thanks {FIRST}!",
    "{FIRST} will present, then {FIRST} closes.",
    "The contract was signed by {FULL} and witnessed by {FULL}.",
    "Can you write a birthday poem for my daughter {FIRST}? She turns 7.",
    "Please summarise the complaint from {FULL} ({EMAIL}) about the late refund.",
    # IPs
    "The login came from {IP}, then from {IP} ten minutes later.",
    "Firewall rule: allow {IP} deny {IP}",
    "Host {FULL_LC}-laptop at {IP} keeps dropping.",
)

NAMES13_TEMPLATES = (
    # standalone given names
    "Ask {G2} to send the signed copy before lunch.",
    "{G2}, can you double-check the totals in tab 3?",
    "Sorry for the delay, {G2}. The refund went out this morning.",
    "We could not reach {G2} by phone, so the visit moved to Monday.",
    # lists
    "Present: {G2}, {G2}, {G2} and {G2}.",
    "cc: {F2}; {F2}; {VN}",
    "Volunteers this week are {G2}, {G2} and {F2}.",
    "On call:\n{G2}\n{G2}\n{G2}",
    # dialogue
    "\"I will bring the keys,\" said {G2}. \"Then I'll drive,\" {G2} answered.",
    "{G2}: did the courier come?\n{G2}: not yet\n{G2}: ok, I'll call them",
    "Q: Who signed for the parcel?\nA: {F2} did, around noon.",
    # a one-word name opening a line or a sentence
    "{G2}\nthe meeting moved to 3 pm, please update the invite.",
    "{G2} will bring the projector; {G2} handles the slides.",
    "{G2} - please review the draft by Friday.",
    # lower case and capitals
    "pls loop in {F2_LC} and {G2_LC} on the thread",
    "hey {G2_LC} can u send me the file from yesterday",
    "BENEFICIARY: {F2_UC}\nRELATIONSHIP: SISTER",
    "CALL {F2_UC} ABOUT THE INVOICE",
    # non-Anglo full names, with and without cues
    "Ms. {VN} has asked for a copy of her contract.",
    "The lease is in the name of {VN} and {F2}.",
    "{VN} called twice about the water leak in unit 4.",
    "Please transfer the deposit to {F2}; the reference is the flat number.",
    # names the small model calls ORG or LOC
    "My name is {F2} and I would like to cancel my membership.",
    "Hello, this is {F2} from the front desk.",
    "I'm {G2}, the new tenant in flat 12.",
    "The form was filled in by {F2} on behalf of her mother.",
)

PROSE_TEMPLATES = (
    "The Park Service reopened the trail after the storm; Grace periods for permits end in May.",
    "Will the new release ship before Christmas? Mark the date on the calendar.",
    "Bill the customer for {N} hours and add the travel costs to the invoice.",
    "Young voters turned out in record numbers, according to the Pew survey.",
    "Green tea and Brown rice are on the menu at the Hall this week.",
    "Open the Settings panel, choose Privacy, then click Advanced.",
    "Version {VER} fixes the crash when Hope Street Station is selected in the demo map.",
    "The Rose Bowl and the Orange Bowl are both played on New Year's Day.",
    "Our quarterly revenue rose {N} percent; operating costs fell.",
    "Chapter {N} covers Newton's laws, Chapter {N} thermodynamics.",
    "Order {BIG} was shipped yesterday; tracking updates every {N} hours.",
    "The meeting is in Room {N} on the third floor of the Science Building.",
    "Select the Apache License 2.0 or the MIT License for the new repository.",
    "Saturn's rings are made mostly of ice; Jupiter has at least {N} moons.",
    "Run the Monte Carlo simulation with {N} samples and a fixed seed.",
    "The Supreme Court ruled on Monday; the Senate votes on Tuesday.",
    "Please translate 'Good morning, how are you?' into Spanish and French.",
    "Mix {N} grams of flour with two eggs and bake at 180 degrees.",
    "Latency p99 went from {N} ms to {N} ms after enabling HTTP/2 keep-alive.",
    "Amazon, Netflix and Spotify all publish engineering blogs worth reading.",
)


def build(n: int = 400) -> list[Sample]:
    gen = Gen()
    samples = []
    for category, templates, count in (("pii", PII_TEMPLATES, n), ("prose", PROSE_TEMPLATES, n // 4),
                                       ("names13", NAMES13_TEMPLATES, n // 2)):
        for i in range(count):
            text, spans = gen.fill(templates[i % len(templates)])
            samples.append(Sample(f"{category}-{i:03d}", category, text, spans))
    return samples


def score(samples: list[Sample], guard) -> dict:
    from sovereign_guard.policy import Action

    chars = defaultdict(lambda: [0, 0, 0, 0])  # pii, leaked, other, masked
    ent = defaultdict(lambda: [0, 0, 0, 0])  # spans, found, chars, leaked chars
    misses, overmasks = [], []
    for s in samples:
        prot = guard.protect(s.text)
        masking = [(f.start, f.end) for f in prot.findings if f.action is not Action.ALLOW]
        cover = [False] * len(s.text)
        for a, b in masking:
            for i in range(a, b):
                cover[i] = True
        gold = [False] * len(s.text)
        c = chars[s.category]
        for a, b, e in s.spans:
            span_chars = [i for i in range(a, b) if not s.text[i].isspace()]
            got = sum(cover[i] for i in span_chars)
            for i in range(a, b):
                gold[i] = True
            c[0] += len(span_chars)
            c[1] += len(span_chars) - got
            ent[e][0] += 1
            ent[e][1] += got >= 0.8 * len(span_chars)
            ent[e][2] += len(span_chars)
            ent[e][3] += len(span_chars) - got
            if got < len(span_chars):
                misses.append((s.id, e, s.text[a:b], [(f.type, s.text[f.start:f.end]) for f in prot.findings
                                                       if f.start < b and a < f.end]))
        for i, ch in enumerate(s.text):
            if not gold[i] and not ch.isspace():
                c[2] += 1
                c[3] += cover[i]
        for f in prot.findings:
            if f.action is not Action.ALLOW and not any(gold[f.start:f.end]):
                overmasks.append((s.id, f.type, s.text[f.start:f.end]))
    return {"chars": dict(chars), "entities": dict(ent), "misses": misses, "overmasks": overmasks}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    samples = build(args.n)
    if args.show:
        for s in samples[: args.show]:
            print(f"--- {s.id}\n{s.text}\n    {[(e, s.text[a:b]) for a, b, e in s.spans]}")
        return 0
    os.environ.setdefault("SOVEREIGN_GUARD_TENANT_KEY", "42" * 32)
    from sovereign_guard.core import Guard

    report(score(samples, Guard("default")), args.misses)
    return 0


def report(res: dict, misses: bool) -> None:
    """Prints what `score` found: leak and over-mask per category, recall per entity, and
    with `misses` every leaked span and over-mask."""
    for cat, (pii, leaked, other, masked) in sorted(res["chars"].items()):
        leak = f"{leaked / pii:.3f}" if pii else "-"
        print(f"{cat:6} leak {leak}  over-mask {masked / other:.3f}  ({pii} PII chars, {other} other)")
    for e, (n, found, ch, leaked) in sorted(res["entities"].items()):
        print(f"  {e:18} spans {n:4}  recall {found / n:.3f}  char leak {leaked / ch:.3f}")
    if misses:
        for sid, e, value, found in res["misses"]:
            print(f"MISS {sid} {e:15} {value!r} -> {found}")
        for sid, e, value in res["overmasks"]:
            print(f"OVER {sid} {e:15} {value!r}")


if __name__ == "__main__":
    sys.exit(main())
