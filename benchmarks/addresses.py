"""Street addresses from many countries, in many sentence frames: how much leaks.

    python benchmarks/addresses.py [--set ours|world|world2|world3|world4|world5|world6|world7]
        [--n 400] [--seed 13] [--misses]

OURS, synthetic: every street name, town and sentence frame below was written for this
benchmark (street names are common nouns, trees and place words; towns are real cities,
which are public facts); address layouts follow each national post's published format.
Nothing comes from Faker, presidio-evaluator or presidio-research. Detection was developed
against it, so it is a dev set, not a held-out test.

Through `Guard.protect` with policies/default.yaml, each prompt as a fresh tenant:
- leak: share of the gold address characters no masking finding covers, per country and
  per layout (a house number left as DATE_TIME, a city left as LOCATION count as leaked);
- full: share of addresses covered end to end;
- over-mask: share of the characters of the near-miss prompts (versions, times, quantities,
  headings, code, SQL, logs without any address) that a STREET_ADDRESS finding covers.
Writes benchmarks/results/addresses.json (addresses-world.json for `--set world`, the
shapes of benchmarks/addresses_world.py: Asian, African, Latin American and more European
layouts, unit lines, form fields; addresses-world2.json for `--set world2`, the layouts of
benchmarks/addresses_world2.py: Cyrillic, Japanese and Korean scripts, Gulf, rural, military,
no-number streets, JSON / CSV / YAML / HTML, letters, lower case; addresses-world3.json for
`--set world3`, the layouts of benchmarks/addresses_world3.py: chat and prose, order
confirmations, labels with c/o and ATTN, US unit designators, Canadian French, Eircodes, UK
house names, India, Malaysia, Belgium, Latin American km markers, a closing abbreviation,
vCard and iCal fields; addresses-world4.json for `--set world4`, the layouts of
benchmarks/addresses_world4.py: a town after the street with no comma, lower case without a
cue, Polish squares, towns of several words, Spanish floors, ` - ` / ` | ` separated lines,
post boxes and rural routes of many posts, Dutch, Nordic, romanised Japanese, Indian, Latin
American and African layouts, addresses inside JSON values, CSV cells, tables and logs;
addresses-world5.json for `--set world5`, the layouts of benchmarks/addresses_world5.py:
addresses inline in sentences, two in one (`moved from X to Y`), a generator's two-line
address inside a sentence, units in many spellings, one-line and split form fields,
camelCase JSON, YAML, XML, quoted CSV, ALL CAPS, directionals and ordinal streets, highways
and farm roads, African, South Asian, Latin American and Southeast Asian layouts;
addresses-world6.json for `--set world6`, the layouts of benchmarks/addresses_world6.py: every
USPS suffix abbreviation, USPS unit designators, APO / FPO / DPO, private mailboxes, Canadian,
Australian, New Zealand, Irish, Benelux, Nordic, Central European, Portuguese, Greek, Turkish,
romanised Japanese and Korean and Middle Eastern layouts, shipping labels, invoices, SQL rows,
`key=value;` fields, e-mail signatures, chat and addresses a line break splits mid-field);
addresses-world7.json for `--set world7`, the layouts of benchmarks/addresses_world7.py:
romanised and script Japanese, unit and floor lines between a European street and its
postcode, Chinese rooms (单元, 樓之N, 之N號, 室 / 房), fused English street names, Baltic,
Romanian, Argentine CPA, Vietnamese, Korean romanised and Indian layouts).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import addresses_world  # noqa: E402
import addresses_world2  # noqa: E402
import addresses_world3  # noqa: E402
import addresses_world4  # noqa: E402
import addresses_world5  # noqa: E402
import addresses_world6  # noqa: E402
import addresses_world7  # noqa: E402
from addresses_sets import framed  # noqa: E402
from common import table, write  # noqa: E402

STREETS = ("Oak", "Maple", "Cedar", "Willow", "Lincoln", "Hillside", "Riverside", "Lakeview",
           "Birch", "Harbor", "Meadow", "Sunset", "Chestnut", "Highland", "Orchard", "Granite")
SUFFIXES = ("Street", "St.", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Drive", "Lane",
            "Court", "Place", "Terrace", "Way", "Parkway", "Circle")
US_CITIES = (("Springfield", "IL"), ("Portland", "OR"), ("Austin", "TX"), ("Denver", "CO"),
             ("Madison", "WI"), ("Albany", "NY"), ("Richmond", "VA"), ("Boise", "ID"),
             ("College Park", "MD"), ("Salt Lake City", "UT"), ("St. Louis", "MO"))
UNITS = ("Apt. 4B", "Suite 300", "Ste 12", "Unit 7", "Room 210", "Floor 3", "#5", "Apt 12C")
CA = (("Toronto", "ON", "M5H 2N2"), ("Halifax", "NS", "B3H 1A1"), ("Calgary", "AB", "T2P 1J9"),
      ("Montréal", "QC", "H2Y 1C6"))
AU = (("Sydney", "NSW", "2000"), ("Melbourne", "VIC", "3000"), ("Brisbane", "QLD", "4000"),
      ("Perth", "WA", "6000"))
UK = (("London", "SW1A 1AA"), ("Manchester", "M1 1AE"), ("Leeds", "LS1 4AP"),
      ("Bristol", "BS1 5TR"), ("Oxford", "OX1 2JD"))
UK_ROADS = ("High Street", "Station Road", "Church Lane", "Mill Road", "Park Avenue",
            "Victoria Road", "Queens Crescent", "Green Close")
DE = (("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"))
DE_ROOTS = ("Linden", "Berg", "Kirch", "Garten", "Schiller", "Bahnhof", "Wald", "Rosen")
DE_TYPES = ("straße", "str.", "weg", "platz", "gasse", "allee", "ring")
AT_CH = (("1010", "Wien"), ("8001", "Zürich"), ("3011", "Bern"), ("5020", "Salzburg"))
FR = (("75002", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"))
FR_STREETS = ("rue de la Paix", "avenue des Tilleuls", "boulevard Saint-Michel",
              "place du Marché", "chemin des Vignes", "allée des Roses", "rue Victor Hugo")
IT = (("00184", "Roma", "RM"), ("20121", "Milano", "MI"), ("50122", "Firenze", "FI"),
      ("40121", "Bologna", "BO"))
IT_STREETS = ("Via Roma", "Via Garibaldi", "Corso Italia", "Piazza della Repubblica",
              "Viale dei Mille", "Via dei Tigli")
ES = (("28013", "Madrid"), ("08002", "Barcelona"), ("41001", "Sevilla"), ("46001", "Valencia"))
ES_STREETS = ("Calle Mayor", "Avenida de la Constitución", "Calle del Olmo", "Paseo del Prado",
              "Plaza de España", "C/ Alcalá")
PT = (("1100-053", "Lisboa"), ("4000-322", "Porto"))
BR = (("01001-000", "São Paulo", "SP"), ("20040-020", "Rio de Janeiro", "RJ"))
PT_STREETS = ("Rua Augusta", "Avenida da Liberdade", "Rua das Flores", "Travessa do Carmo")
NL = (("1015 CJ", "Amsterdam"), ("3011 AD", "Rotterdam"), ("2511 BT", "Den Haag"))
NL_ROOTS = ("Keizers", "Prinsen", "Heren", "Linden", "Kerk", "Molen")
NL_TYPES = ("gracht", "straat", "laan", "weg", "plein")
NORDIC = (("Storgatan", "111 22", "Stockholm"), ("Nørregade", "1165", "København K"),
          ("Karl Johans gate", "0154", "Oslo"), ("Mannerheimintie", "00100", "Helsinki"))
PL = (("00-590", "Warszawa"), ("31-042", "Kraków"))
PL_STREETS = ("ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie")
ORGS = ("Northwind Supply", "Acme Holdings", "Bluebird Clinic", "Riverside Library")

# Sentence frames: {a} is the address as laid out, on one line or a block.
FRAMES = (
    "My address is {a}.",
    "Please ship the order to {a}",
    "Send the invoice to:\n{a}\nThanks!",
    "I live at {a} with my family.",
    "Our office moved to {a} last month.",
    "Return address: {a}",
    "{a}",
    "Can you format this address for a shipping label? {a}",
    "The venue is {a}; doors open at 7 pm.",
    "{org}\n{a}\n\nMarch 3, 2025\n\nDear customer,",
    "Update the customer record: address = {a}, status active",
    "Translate this address into English: {a}",
)
# Near misses: no address anywhere.
NEAR_MISSES = (
    "Upgrade to version 3 Main Street Edition before Friday.",
    "The meeting is at 10 30 in the big room, bring 2 chairs.",
    "We shipped 12 Main features and 3 Park benches this quarter.",
    "## 2 Key Points\n- 3 Data Centers\n- 4 Way handshake",
    "Room for improvement: 4 Floor plans were rejected.",
    "def total(x):\n    return 12 + x  # 5 Way merge\n",
    "SELECT street, city, state, zip FROM customers WHERE zip = '20548' LIMIT 10;",
    "2024-01-02 10:30:01 INFO worker 12 Stop 5 processed, 300 Suite tests passed",
    "Chapter 12 Road Trip: 3 Mile Island and the 5 Guys diner.",
    "Python 3 Way Merge tool; Windows 10 Pro; Office Suite 365 licence.",
    "Blood pressure BP 120 over 80, pulse 72.",
    "Apollo 11 landed on the Moon; Route 66 is a song.",
    "Set MS-22 to 40 and restart node 7 Bay 3.",
    "Order 66 shipped 5 Boxes to 3 Stores in 2 Days.",
    "ERROR 500 at /api/v2/orders/12 (took 30 ms)",
    "He ran 10 Miles in 2 hours and then drove 15 Miles home.",
    "Step 3 Main Street view: click on 5 Park icons.",
    "Version 2.0, 12 Main changes, 4 Court rulings cited.",
    "Invoice 4471 lists 2 Suites, 3 Units and 10 Rooms for the conference.",
    "The K8s pod restarted 12 times; see line 40 Lane 3 of the log.",
)


def _num(rng: random.Random) -> str:
    return str(rng.choice((rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 19999))))


def _us(rng: random.Random) -> tuple[str, str]:
    city, st = rng.choice(US_CITIES)
    zip5 = f"{rng.randint(10000, 99999)}"
    zipc = zip5 + (f"-{rng.randint(1000, 9999)}" if rng.random() < 0.3 else "")
    street = f"{_num(rng)} {rng.choice(STREETS)} {rng.choice(SUFFIXES)}"
    kind = rng.randrange(8)
    if kind == 0:
        return "us-inline", f"{street}, {city}, {st} {zipc}"
    if kind == 1:
        return "us-unit", f"{street}, {rng.choice(UNITS)}\n{city}, {st} {zipc}"
    if kind == 2:
        quad = rng.choice(("NW", "NW.", "N.W.", "SE", "S.E."))
        letter = rng.choice("CDEFGHIKLM")
        return "us-quadrant", f"{_num(rng)} {letter} Street {quad}\nWashington, DC {zipc}"
    if kind == 3:
        return "us-po-box", f"P.O. Box {rng.randint(1, 9999)}\n{city}, {st} {zipc}"
    if kind == 4:
        return "us-mail-stop", f"Mail Stop {rng.randint(100, 9999)}\n{street}\n{city}, {st} {zipc}"
    if kind == 5:
        return "us-rural", f"RR {rng.randint(1, 9)}, Box {rng.randint(1, 999)}\n{city}, {st} {zipc}"
    if kind == 6:
        ordinal = rng.choice(("1st", "2nd", "3rd", "5th", "12th", "42nd"))
        return "us-ordinal", f"{_num(rng)} {ordinal} Ave, {city}, {st} {zipc}"
    return "us-lower", f"{street}, {city}, {st} {zipc}".lower()


def _intl(rng: random.Random) -> tuple[str, str]:
    n = _num(rng)
    kind = rng.choice(("ca", "au", "uk", "de", "at-ch", "fr", "it", "es", "pt", "br", "nl",
                       "nordic", "pl"))
    if kind == "ca":
        city, prov, pc = rng.choice(CA)
        return kind, f"{n} {rng.choice(STREETS)} {rng.choice(SUFFIXES)}, {city}, {prov} {pc}"
    if kind == "au":
        city, state, pc = rng.choice(AU)
        unit = f"Unit {rng.randint(1, 30)}/" if rng.random() < 0.4 else ""
        return kind, f"{unit}{n} {rng.choice(STREETS)} {rng.choice(SUFFIXES)}, {city} {state} {pc}"
    if kind == "uk":
        town, pc = rng.choice(UK)
        if rng.random() < 0.5:
            return kind, f"{n} {rng.choice(UK_ROADS)}\n{town}\n{pc}"
        return kind, f"Flat {rng.randint(1, 20)}, {n} {rng.choice(UK_ROADS)}, {town} {pc}"
    if kind == "de":
        pc, city = rng.choice(DE)
        street = rng.choice(DE_ROOTS) + rng.choice(DE_TYPES)
        return kind, f"{street} {rng.randint(1, 120)}, {pc} {city}"
    if kind == "at-ch":
        pc, city = rng.choice(AT_CH)
        return kind, f"{rng.choice(DE_ROOTS)}gasse {rng.randint(1, 60)}\n{pc} {city}"
    if kind == "fr":
        pc, city = rng.choice(FR)
        return kind, f"{rng.randint(1, 99)}, {rng.choice(FR_STREETS)}\n{pc} {city}"
    if kind == "it":
        pc, city, pr = rng.choice(IT)
        return kind, f"{rng.choice(IT_STREETS)} {rng.randint(1, 200)}, {pc} {city} ({pr})"
    if kind == "es":
        pc, city = rng.choice(ES)
        return kind, f"{rng.choice(ES_STREETS)}, {rng.randint(1, 150)}, {pc} {city}"
    if kind == "pt":
        pc, city = rng.choice(PT)
        return kind, f"{rng.choice(PT_STREETS)} {rng.randint(1, 300)}, {pc} {city}"
    if kind == "br":
        pc, city, uf = rng.choice(BR)
        return kind, f"{rng.choice(PT_STREETS)}, {rng.randint(1, 900)} - {city} - {uf}, {pc}"
    if kind == "nl":
        pc, city = rng.choice(NL)
        street = rng.choice(NL_ROOTS) + rng.choice(NL_TYPES)
        return kind, f"{street} {rng.randint(1, 400)}, {pc} {city}"
    if kind == "nordic":
        street, pc, city = rng.choice(NORDIC)
        return kind, f"{street} {rng.randint(1, 90)}, {pc} {city}"
    pc, city = rng.choice(PL)
    return kind, f"{rng.choice(PL_STREETS)} {rng.randint(1, 90)}, {pc} {city}"


def build(n: int, seed: int) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(layout, text, gold spans) per prompt: half US layouts, half other countries."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        layout, address = _us(rng) if i % 2 == 0 else _intl(rng)
        frame = rng.choice(FRAMES)
        if layout == "us-lower":
            frame = rng.choice(("i live at {a}", "ship to {a} please", "my address is {a}"))
        text, gold = framed(address, frame.replace("{org}", rng.choice(ORGS)))
        out.append((layout, text, gold))
    return out


def masked_chars(guard, text: str, only: str | None = None) -> list[bool]:
    """Per character: covered by a masking finding (of type `only`, if given)."""
    from peers import fresh_tenant

    from sovereign_guard.policy import Action

    covered = [False] * len(text)
    for h in fresh_tenant(guard, text).hits:
        if h.action != Action.ALLOW.value and only in (None, h.type):
            for i in range(h.start, h.end):
                covered[i] = True
    return covered


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("ours", "world", "world2", "world3", "world4", "world5",
                                         "world6", "world7"),
                    default="ours",
                    help="ours: the first set; world .. world7: addresses_world*.py")
    ap.add_argument("--n", type=int, default=None, help="prompts (400 ours, 600 world sets)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--misses", action="store_true", help="print addresses not fully masked")
    args = ap.parse_args(argv)

    from sovereign_guard.core import Guard

    module = {"world": addresses_world, "world2": addresses_world2,
              "world3": addresses_world3, "world4": addresses_world4,
              "world5": addresses_world5, "world6": addresses_world6,
              "world7": addresses_world7}.get(args.set)
    n = args.n or (600 if module else 400)
    prompts = (module.build if module else build)(n, args.seed)
    near_misses = module.NEAR_MISSES if module else NEAR_MISSES
    guard = Guard("default", tenant_key=b"\x42" * 32)
    per = defaultdict(lambda: [0, 0, 0, 0])  # leaked chars, gold chars, fully masked, count
    misses = []
    for layout, text, spans in prompts:
        covered = masked_chars(guard, text)
        gold = [i for start, end in spans for i in range(start, end) if not text[i].isspace()]
        start, end = spans[0][0], spans[-1][1]
        leaked = sum(not covered[i] for i in gold)
        for key in (layout, "all"):
            row = per[key]
            row[0] += leaked
            row[1] += len(gold)
            row[2] += leaked == 0
            row[3] += 1
        if leaked and args.misses:  # the leaked characters marked below the address
            marks = "".join("^" if i in set(gold) and not covered[i] else " "
                            for i in range(start, end))
            misses.append((layout, text[start:end], marks))
    over = [0, 0, 0]  # STREET_ADDRESS chars, any masking finding's chars, all chars
    flagged = []
    for text in near_misses:
        covered = masked_chars(guard, text, only="STREET_ADDRESS")
        anything = masked_chars(guard, text)
        over[0] += sum(covered[i] for i in range(len(text)) if not text[i].isspace())
        over[1] += sum(anything[i] for i in range(len(text)) if not text[i].isspace())
        over[2] += sum(not c.isspace() for c in text)
        if any(covered):
            flagged.append("".join(c if covered[i] else "_" for i, c in enumerate(text)))

    rows = [[k, v[3], f"{v[0] / max(1, v[1]):.3f}", f"{v[2] / max(1, v[3]):.3f}"]
            for k, v in sorted(per.items(), key=lambda kv: (kv[0] == "all", kv[0]))]
    print(f"OURS, synthetic, set {args.set!r} (own street and town lists, national layouts); "
          "a dev set.\n")
    print(table(rows, ["layout", "n", "leak", "fully masked"]))
    print(f"\nnear misses: {len(near_misses)} prompts, STREET_ADDRESS over-mask "
          f"{over[0] / max(1, over[2]):.3f} (any masking finding {over[1] / max(1, over[2]):.3f}); "
          f"{len(flagged)} prompts touched")
    leaking = per["all"][3] - per["all"][2]
    print(f"prompts with any leaked address character: {leaking} of {n}")
    for line in flagged if args.misses else ():
        print(f"  over-masked: {line!r}")
    for layout, value, marks in misses:
        print(f"\n  {layout}: {value!r}\n  {'':{len(layout)}}   {marks.replace(chr(10), ' ')}")
    path = write(f"addresses-{args.set}" if module else "addresses", {
        "provenance": "ours, synthetic: own street/town lists and frames, national layouts",
        "set": args.set, "n": n, "seed": args.seed,
        "through": "Guard.protect, policies/default.yaml",
        "layouts": {k: {"n": v[3], "leak": round(v[0] / max(1, v[1]), 4),
                        "fully_masked": round(v[2] / max(1, v[3]), 4)} for k, v in per.items()},
        "near_misses": {"n": len(near_misses), "overmask": round(over[0] / max(1, over[2]), 4),
                        "overmask_any": round(over[1] / max(1, over[2]), 4)},
    })
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
