"""English names in the shapes PII-prompt generators produce, from an independent name source.

    python benchmarks/devset_names.py [--n 600] [--misses] [--show 5] [--seed 1403] [--templates a|b]

Issue 13: on held-out generator prompts our guard leaked far more name characters than on our
own dev sets. This set asks the same question with material we did not pick one by one:

- given names are drawn at random from Jörg Michael's `nam_dict.txt` (the data file inside the
  `gender-guesser` package, GNU FDL; see sovereign_guard/detect/name_lists.py), from the
  columns of the country they belong to (Great Britain and the U.S.A., Spain, India,
  Arabia/Persia, China, Korea, Vietnam, Japan, Turkey, Poland, Russia), frequency 3 or more
  there; hyphenated given names (`Mary-Jane`) join two of them;
- surnames come from the lists typed below for this file (common surnames of each origin as
  any reader of that country's press knows them; English surnames that are also words:
  `Park`, `Hill`, `Gates`, `Rose`; Irish `O'`/`Mc` names; Yoruba, Igbo and Hausa surnames,
  which also serve as given names: nam_dict has no Nigerian given names, so a Nigerian person
  here is an English given name or a second surname from that list, then a surname);
- no Faker list, no presidio-evaluator or presidio-research data, no names-dataset.

Caveat: the detector reads the same nam_dict (name_lists.py), so given-name recall here is
an upper bound for given names it does not list (the Nigerian ones show that case).

Templates are ours, in the kinds such generators use: forms and `Name:` fields, e-mails and
letters (`Dear {first},`, sign-offs), chat and support transcripts, HR records, lists of
`{first} {last}`, `by {name} on {date}`, `{last}, {first}`, lower case and ALL CAPS, initials
(`J. R. Smith`), titles before the name (not part of the gold span) and suffixes after it
(`Jr.`, `III`, part of it). A `benign` category holds near-misses that must stay: headings,
products, places (`Washington`), organisations, months, name-words opening sentences
(`Mark the invoice`, `Will you`, `Grant access`).

Scored like devset_en2 (`Guard('default').protect`, findings whose action is not `allow`):
character leak of gold PERSON spans, recall (80 % covered) by name origin and by shape, and
over-mask of the other characters.
"""

# ruff: noqa: E501  (templates and name lists are prose)
from __future__ import annotations

import argparse
import importlib.resources
import os
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import Builder, Sample  # noqa: E402

SEED = 1403

# nam_dict's fixed frequency columns (see the file's header).
COLUMNS = {"anglo": (30, 32), "es": (36,), "in": (80,), "ar": (77,), "cn": (79,), "kr": (82,),
           "vn": (83,), "jp": (81,), "tr": (76,), "pl": (53,), "ru": (68,)}

SURNAMES = {
    "anglo": """Smith Johnson Williams Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin
        Jackson Thompson Harris Clark Lewis Robinson Walker Allen Wright Scott Adams Nelson
        Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart
        Morris Cooper Peterson Reed Bailey Kelly Howard Ward Richardson Watson Bennett Hughes
        Sanders Myers Ross Foster Powell Jenkins Perry Russell Fisher Graham Hayes Gibson Ellis
        Park Hill Gates Rose Stone Wood Fox Cook Baker Mason Hunter Bush Banks Lane Moss Frost
        Little Sharp Best Day Page Price Long Bell King Young Green Brown White Black Gray Rich
        Hall Marsh Field Knight Bishop Church Mills Chambers Summers Waters Woods Strong Hart
        O'Brien O'Neill O'Connor O'Sullivan McCarthy Gallagher Doherty Kennedy Byrne Ryan
        Quinn Walsh Murphy MacDonald McKenzie McLaughlin Smith-Jones Lloyd-Evans""",
    "es": """García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores
        Rivera Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Jiménez Ruiz Álvarez Castillo
        Romero Navarro Vargas Castro Ortega Delgado Rubio Herrera Molina Suárez Vega Medina
        Aguilar Guerrero Mendoza Fuentes Ibáñez""",
    "in": """Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Menon Rao Joshi Desai Mehta Shah
        Chatterjee Banerjee Mukherjee Das Bose Pillai Krishnan Subramanian Venkatesan Agarwal
        Kapoor Malhotra Chopra Bhat Kulkarni Deshpande Naidu Chaudhary Verma Mishra Pandey
        Trivedi Srinivasan Ramaswamy Ghosh Sen D'Souza""",
    "ar": """Al-Sayed Haddad Mansour Nasser Khalil Hassan Ibrahim Abdullah Al-Farsi Al-Rashid Saleh
        Aziz Karim Hamdan El-Amin Qureshi Rahman Haidari Benali Boutros Khoury Saad Yousef
        Farouk Al-Hakim Abboud Darwish Najjar Tahan Shalabi""",
    "cn": """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo
        Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai
        Jiang Du Ye Cheng Su Lu Ding Shen Wong Chan Cheung Leung Lau Ng Tsai Hsu Chou Kuo Lai""",
    "kr": """Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo
        Hong Jeon Ko Moon Yang Son Bae Baek""",
    "vn": """Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam
        Mai Trinh Ha Cao""",
    "jp": """Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida
        Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori Ikeda Hashimoto""",
    "tr": """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç
        Aslan Çetin Koç Kurt Özkan""",
    "pl": """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański
        Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk""",
    "ru": """Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov
        Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Orlov""",
    "ng": """Adeyemi Okafor Okonkwo Adebayo Balogun Nwosu Eze Chukwu Okeke Obi Nwachukwu Ajayi
        Bakare Bello Musa Adebisi Okoro Ogunleye Olawale Afolabi Akinola Adeleke Ibekwe Nnamdi
        Onyeka Uchenna Nwankwo Okoye Olatunji Adewale Oladipo Abubakar Danjuma Ogbonna Emenike
        Igwe Onuoha Babatunde Oyelaran Ogunbanjo Eze-Nwosu Ikechukwu Chidozie Oluwole""",
}
ORIGINS = ("anglo", "anglo", "anglo", "es", "in", "ar", "cn", "kr", "vn", "jp", "tr", "pl", "ru", "ng", "ng")
# Vietnamese names in full: family name, middle name, given name (`Nguyen Van Minh`).
VN_MIDDLE = ("Van", "Thi", "Minh", "Duc", "Thanh", "Quoc", "Ngoc", "Xuan", "Huu", "Thu", "Hong", "Kim")
TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Ms", "Dr")
SUFFIXES = ("Jr.", "Sr.", "II", "III", "IV", "Jr")


def nam_dict_names(columns: dict[str, tuple[int, ...]]) -> tuple[dict[str, list[str]], set[str]]:
    """nam_dict's given names per origin of `columns` (frequency 3 or more in one of its
    columns), sorted, and every name nam_dict lists at all."""
    path = importlib.resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    out: dict[str, list[str]] = defaultdict(list)
    listed: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        parts = line[:30].split()
        if len(parts) < 2 or len(parts[1]) < 3 or not parts[1].replace("+", "").isalpha():
            continue
        name = parts[1].replace("+", "-")
        listed.add(name)
        for origin, cols in columns.items():
            if any(len(line) > c and line[c] in "3456789ABCD" for c in cols):
                out[origin].append(name)
    return {k: sorted(set(v)) for k, v in out.items()}, listed


def _given_names() -> dict[str, list[str]]:
    return nam_dict_names(COLUMNS)[0]


class Person:
    def __init__(self, r: random.Random, given: dict[str, list[str]]) -> None:
        self.origin = origin = r.choice(ORIGINS)
        surnames = SURNAMES[origin].split()
        if origin == "ng":
            self.first = r.choice(given["anglo"] + surnames)
        else:
            self.first = r.choice(given[origin])
        if origin == "anglo" and r.random() < 0.08:
            self.first = f"{self.first}-{r.choice(given['anglo'])}"  # `Mary-Jane`
        self.last = r.choice(surnames)
        if origin == "es" and r.random() < 0.5:
            self.last = f"{self.last} {r.choice(surnames)}"  # `García López`
        self.middle = r.choice(VN_MIDDLE) if origin == "vn" else None
        self.initials = "".join(r.choice("ABCDEFGHJKLMNPRSTW") for _ in range(2))

    def full(self) -> str:
        if self.middle:  # Vietnamese order: family, middle, given
            return f"{self.last} {self.middle} {self.first}"
        return f"{self.first} {self.last}"


# Shapes a `{NAME}` slot takes, weighted like generator output (mostly first + last).
SHAPES = (("FULL", 10), ("FIRST", 3), ("LF", 2), ("MI", 2), ("INI", 1), ("TITLED", 2), ("SUFFIX", 1),
          ("LC", 1), ("UC", 1), ("LAST", 1))


class Gen:
    def __init__(self, seed: int = SEED) -> None:
        self.r = random.Random(seed)
        self.given = _given_names()

    def name(self, p: Person, shape: str) -> tuple[str, str, str]:
        """(text before the gold span, the gold name, its shape)."""
        r = self.r
        if shape == "NAME":
            shape = r.choices([s for s, _ in SHAPES], [w for _, w in SHAPES])[0]
        if shape == "FULL":
            return "", p.full(), shape
        if shape == "FIRST":
            return "", p.first, shape
        if shape == "LAST":
            return "", p.last, shape
        if shape == "LF":
            return "", f"{p.last}, {p.first}", shape
        if shape == "LFUC":
            return "", f"{p.last.upper()}, {p.first}", shape
        if shape == "MI":
            return "", f"{p.first} {p.initials[0]}. {p.last}", shape
        if shape == "INI":
            sep = r.choice((" ", ""))
            return "", f"{p.initials[0]}.{sep}{p.initials[1]}. {p.last}", shape
        if shape == "TITLED":
            return f"{r.choice(TITLES)} ", r.choice((p.full(), p.last)), shape
        if shape == "TLAST":
            return f"{r.choice(TITLES)} ", p.last, shape
        if shape == "SUFFIX":
            return "", f"{p.first} {p.last} {r.choice(SUFFIXES)}", shape
        if shape == "LC":
            return "", p.full().lower(), shape
        if shape == "UC":
            return "", p.full().upper(), shape
        if shape == "FIRST_LC":
            return "", p.first.lower(), shape
        raise KeyError(shape)

    def value(self, key: str) -> str:
        r = self.r
        if key == "EMAIL":
            return f"{r.choice(('j', 'm', 'info', 'a.k', 'office'))}{r.randint(1, 99)}@{r.choice(('example.com', 'mailbox.org', 'example.net'))}"
        if key == "PHONE":
            return f"({r.randint(201, 989)}) {r.randint(200, 999)}-{r.randint(0, 9999):04d}"
        if key == "DATE":
            return r.choice((f"{r.randint(1, 28)} {r.choice(('March', 'May', 'June', 'August'))} 2025",
                             f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"{r.randint(1, 12)}/{r.randint(1, 28)}/2024"))
        if key == "N":
            return str(r.randint(2, 999))
        if key == "CITY":
            return r.choice(("Springfield", "Denver", "Leeds", "Austin", "Lagos", "Pune", "Hanoi", "Seville"))
        raise KeyError(key)

    def fill(self, template: str) -> tuple[str, list, list[tuple[str, str]]]:
        people: dict[str, Person] = {}
        b = Builder()
        kinds: list[tuple[str, str]] = []  # (origin, shape) per gold span
        pos = 0
        for m in re.finditer(r"\{([A-Z_]+)(\d?)\}", template):
            b.text(template[pos : m.start()])
            key, who = m.group(1), m.group(2) or "0"
            if key in ("EMAIL", "PHONE"):
                b.value(self.value(key), {"EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER"}[key])
            elif key in ("DATE", "N", "CITY"):
                b.text(self.value(key))
            else:
                p = people.setdefault(who, Person(self.r, self.given))
                before, gold, shape = self.name(p, key)
                b.text(before)
                # `Last, First` is two gold spans: the comma between them is no name character
                for i, part in enumerate(gold.split(", ") if shape in ("LF", "LFUC") else [gold]):
                    if i:
                        b.text(", ")
                    b.value(part, "PERSON")
                    kinds.append((p.origin, shape))
            pos = m.end()
        b.text(template[pos:])
        text, spans = b.build()
        return text, spans, kinds


TEMPLATES = {
    "forms": (
        "Name: {FULL}\nDate of birth: {DATE}\nPhone: {PHONE}",
        "Full Name: {NAME}\nEmail: {EMAIL}\nCity: {CITY}",
        "First name: {FIRST}\nLast name: {LAST}\nEmail: {EMAIL}",
        "NAME: {UC}\nDOB: {DATE}\nMEMBER ID: {N}",
        "Applicant: {NAME}\nPosition: Warehouse associate\nAvailable from: {DATE}",
        "Contact: {NAME} ({EMAIL})",
        "Emergency contact: {FULL1}, {PHONE}",
        "Patient: {LF}\nReferred by: {TLAST1}\nReason: follow-up",
        "Account holder: {NAME}\nSort code: 20-00-00\nStatus: active",
        "Policyholder | {NAME}\nPolicy | {N}\nRenewal | {DATE}",
        "Signed: {NAME}    Date: {DATE}",
        "Beneficiary name: {NAME}",
        "Guardian: {FULL1}\nChild: {FIRST}",
    ),
    "email": (
        "Dear {FIRST},\n\nThank you for your order. It will ship on {DATE}.\n\nBest regards,\n{FULL1}",
        "Dear {TITLED},\n\nPlease find attached the invoice for March.\n\nKind regards,\n{NAME1}",
        "Hi {FIRST},\n\nCan you send me the slides before the call?\n\nThanks,\n{FIRST1}",
        "Hello {NAME},\nyour appointment is confirmed for {DATE}.",
        "From: {FULL} <{EMAIL}>\nTo: {FULL1}\nSubject: contract\n\n{FIRST1}, the draft is attached.",
        "Attn: {NAME}\nRe: claim {N}\n\nWe have received your documents.",
        "cc: {FULL}, {FULL1}\n\nForwarding the minutes from Tuesday.",
        "Sincerely,\n{NAME}\nCustomer Relations",
        "Write a polite reminder to {NAME} about the unpaid invoice {N}.",
        "Draft an email to {FIRST} thanking them for the referral from {FULL1}.",
        "Please reply to {FULL} at {EMAIL} before Friday.",
        "Signed,\n{NAME}",
    ),
    "chat": (
        "{FIRST}: are we still on for lunch?\n{FIRST1}: yes, 12:30 works",
        "hey {FIRST_LC}, did you get my message?",
        "[09:14] {FIRST}: I'll be late\n[09:15] {FIRST1}: no worries",
        "lol {FIRST_LC} and {FIRST_LC1} are coming too",
        "Thanks {FIRST}!",
        "{FIRST}\nthe file is on the shared drive now",
        "Tell {FIRST} I said hi.",
        "i just met {LC} at the conference, super nice",
        "Can you ask {NAME} to call me back at {PHONE}?",
    ),
    "support": (
        "My name is {NAME} and I can't access my account.",
        "Hi, this is {NAME}. I ordered a blender on {DATE} and it hasn't arrived.",
        "Customer: I'm {FIRST} {LAST}, my email is {EMAIL}.\nAgent: Thanks {FIRST}, let me check.",
        "The ticket was opened by {NAME} on {DATE} and assigned to {NAME1}.",
        "I am writing on behalf of my father, {FULL1}.",
        "Please update the delivery name to {NAME}.",
        "Caller {NAME} reported a gas smell in {CITY}.",
        "Refund approved for {NAME}; processed by {FIRST1}.",
    ),
    "hr": (
        "Employee {NAME} (ID {N}) was promoted to team lead on {DATE}.",
        "{FULL} joined the finance team in March and reports to {FULL1}.",
        "Performance review for {NAME}, written by {NAME1} on {DATE}.",
        "Offer letter: we are pleased to offer {NAME} the role of analyst.",
        "Termination notice issued to {LF} effective {DATE}.",
        "Reference for {FULL}: {FIRST} worked with us for three years.",
        "Interview panel: {FULL}, {FULL1} and {FULL2}.",
        "Onboarding buddy for {FIRST} is {FULL1}.",
        "Approved by {NAME} on {DATE}.",
        "{LFUC}\nStart date: {DATE}\nDepartment: Logistics",
    ),
    "lists": (
        "Attendees:\n- {FULL}\n- {FULL1}\n- {FULL2}",
        "Winners: {FULL}, {FULL1}, {FULL2}",
        "{FULL}\n{FULL1}\n{FULL2}",
        "1. {NAME}\n2. {NAME1}\n3. {NAME2}",
        "Authors: {LF}; {LF1}; {LF2}",
        "Guest list\n{FULL} +1\n{FULL1}\n{FULL2}",
        "Shift rota: Mon {FIRST}, Tue {FIRST1}, Wed {FIRST2}",
        "Reviewed by {NAME} and {NAME1}.",
        "Posted by {NAME} on {DATE}",
        "Photo by {FULL} on Unsplash",
    ),
    "prose": (
        "{FULL} lives in {CITY} with two cats.",
        "Yesterday {FIRST} told me the project was cancelled.",
        "According to {TITLED}, the results are preliminary.",
        "Write a short bio for {NAME}, a nurse from {CITY}.",
        "{FIRST} {LAST} was born on {DATE} in {CITY}.",
        "I need a birthday card message for {FIRST}.",
        "Summarize this note from {NAME}: the shipment is delayed again.",
        "What should I get {FIRST} for graduation?",
    ),
}

# Set B: templates written after the fixes for set A (above) were made, scored once before any
# fix for them (`--templates b`; figures in the report of the commit that added them). Same
# kinds of text, other wording, so it says how far the fixes carry beyond the sentences they
# were made on.
TEMPLATES_B = {
    "forms": (
        "Insured: {NAME}\nPolicy no.: {N}\nVehicle: 2017 hatchback",
        "Student name: {NAME}\nGrade: 7\nParent/guardian: {FULL1}",
        "Passenger: {UC}\nSeat: 14C\nFlight: LH{N}",
        "Requested by: {NAME}\nApproved by: {NAME1}",
        "Cardholder: {NAME}\nExpiry: 09/27",
        "Next of kin: {FULL} (sister), {PHONE}",
        "Tenant(s): {FULL} and {FULL1}\nUnit: {N}B",
    ),
    "email": (
        "Good morning {FIRST},\n\nJust checking in about the lease renewal.\n\nWarm regards,\n{FULL1}",
        "To whom it may concern,\n\nI am writing to recommend {FULL} for the position.\n\nYours faithfully,\n{TITLED1}",
        "{FIRST} -\n\nquick one: can you resend the receipt?\n\n{FIRST1}",
        "Hey {FIRST}, hope you're well! Are you free Thursday?",
        "Please forward this to {FULL} in accounting.",
        "Reply-To: {FULL} <{EMAIL}>",
    ),
    "chat": (
        "<{FIRST_LC}> anyone seen the charger?\n<{FIRST_LC1}> check the drawer",
        "{FIRST_LC}: running 10 min late sorry\n{FIRST_LC1}: np",
        "omg {FIRST_LC} that's amazing congrats!!",
        "@{FIRST} can you review my PR?",
        "ok so {FIRST} said the party is at {FULL1}'s place",
    ),
    "support": (
        "Hello, I'm {FULL} and my package never arrived.",
        "Agent {FIRST} transferred the call to {FULL1} in billing.",
        "Customer {NAME} says the card was charged twice.",
        "Can I speak to {TITLED}? It's about my prescription.",
        "This is {FIRST} {LAST} calling about order {N}.",
    ),
    "hr": (
        "Leave request from {NAME}: 3 days starting {DATE}.",
        "{FULL} has been with the company since 2015.",
        "Please welcome {FULL}, our new head of logistics!",
        "Exit interview conducted by {NAME} with {NAME1}.",
        "Salary review: {LF} - band 4.",
    ),
    "lists": (
        "Speakers\n{FULL}\n{FULL1}\n{FULL2}",
        "Team A: {FIRST}, {FIRST1}, {FIRST2} and {FIRST3}",
        "- {LF}\n- {LF1}\n- {LF2}",
        "Thanks to {FULL}, {FULL1} and {FULL2} for their help.",
        "Minutes taken by {NAME}; present: {NAME1}, {NAME2}",
    ),
    "prose": (
        "My grandmother {FULL} turns 90 next week.",
        "{FIRST}'s presentation went really well.",
        "We hired {NAME} as a contractor last spring.",
        "Translate this for {FIRST}: the meeting is cancelled.",
        "Is {FULL} the right person to ask about visas?",
    ),
}

BENIGN = (
    "Washington announced new tariffs on Monday; Jordan and Georgia responded on Tuesday.",
    "Mark the invoice as paid and Bill the remaining hours next month.",
    "Will you send the report? Grant access to the shared folder first.",
    "May is the busiest month; the June release slips to July.",
    "Grace periods for the loan end after 30 days.",
    "Rose gold and Ruby red are the new colours of the Aurora phone.",
    "The Apple Watch and the Kindle Paperwhite are both on sale.",
    "Sales Report Q3\nRevenue Summary\nNext Steps",
    "Chapter 4: Getting Started with Docker Compose",
    "Lincoln Memorial and the Jefferson Memorial are closed for repairs.",
    "Microsoft, Oracle and Salesforce reported earnings.",
    "Hope this helps! Let me know if anything is unclear.",
    "Victoria Station is closed; take the bus to Kings Cross.",
    "Sue the contractor only if mediation fails, says the handbook.",
    "Frank feedback helps; Earnest effort is not enough.",
    "Dawn patrol starts at 5; Sunny weather is expected.",
    "Open the Control Panel, then click Network and Sharing Center.",
    "Austin, Dallas and Houston are the largest cities in Texas.",
    "The Amazon and the Nile are the longest rivers.",
    "Santa Clara County Board of Supervisors meets Thursday.",
    "Victoria sponge and Madeira cake are on the menu.",
    "Summer Sale: 20% off all Garden Furniture until August.",
    "Pat the dough dry and Bake for 20 minutes.",
    "Florence Nightingale Hospital and Mercy Medical Center are hiring nurses.",
)


def build(n: int = 600, seed: int = SEED, templates: str = "a"
          ) -> tuple[list[Sample], dict[str, list]]:
    gen = Gen(seed)
    samples, kinds = [], {}
    table = TEMPLATES_B if templates == "b" else TEMPLATES
    cats = list(table)
    per = n // len(cats)
    for cat in cats:
        for i in range(per):
            text, spans, k = gen.fill(table[cat][i % len(table[cat])])
            sid = f"{cat}-{i:03d}"
            samples.append(Sample(sid, cat, text, spans))
            kinds[sid] = k
    for i, text in enumerate(BENIGN):
        samples.append(Sample(f"benign-{i:03d}", "benign", text, []))
    return samples, kinds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--templates", choices=("a", "b"), default="a",
                    help="a: the set the fixes were made on; b: written after them")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    samples, kinds = build(args.n, args.seed, args.templates)
    if args.show:
        show(samples, args.show)
        return 0
    report(samples, kinds, args.misses, unit="name", width=8)
    return 0


def show(samples: list[Sample], n: int) -> None:
    """Print every len/n-th sample with its gold values (`--show N`)."""
    for s in samples[:: max(1, len(samples) // n)][:n]:
        print(f"--- {s.id}\n{s.text}\n    {[(e, s.text[a:b]) for a, b, e in s.spans]}")


def report(samples: list[Sample], kinds: dict, misses: bool, unit: str, width: int) -> dict:
    """Score `samples` through the default Guard and print the name sets' report: character
    leak and over-mask per category (`unit`: what the leak column counts), PERSON recall,
    names fully masked by origin and shape (`kinds`: sample id -> (origin, shape) per PERSON
    span), and with `misses` every miss and over-mask; returns devset_en2.score's result.
    Shared by devset_names_c.py and devset_names_d.py."""
    os.environ.setdefault("SOVEREIGN_GUARD_TENANT_KEY", "42" * 32)
    from devset_en2 import score

    from sovereign_guard.core import Guard

    res = score(samples, Guard("default"))
    tot = [0, 0, 0, 0]
    for cat, c in sorted(res["chars"].items()):
        pii, leaked, other, masked = c
        tot = [a + b for a, b in zip(tot, c, strict=True)]
        leak = f"{leaked / pii:.3f}" if pii else "  -  "
        print(f"{cat:{width}} {unit}-char leak {leak}  over-mask {masked / other:.3f}  "
              f"({pii} {unit} chars, {other} other)")
    print(f"{'all':{width}} {unit}-char leak {tot[1] / tot[0]:.3f}  over-mask {tot[3] / tot[2]:.3f}")
    n, found, chars, leaked = res["entities"]["PERSON"]
    person_over = sum(len(v.replace(" ", "")) for _, e, v in res["overmasks"] if e == "PERSON")
    print(f"PERSON name-char leak {leaked / chars:.3f}")
    print(f"PERSON spans {n}  recall {found / n:.3f}  PERSON findings over-mask {person_over / tot[2]:.4f}")
    missed = {(sid, v) for sid, _, v, _ in res["misses"]}
    by = {"origin": defaultdict(lambda: [0, 0]), "shape": defaultdict(lambda: [0, 0])}
    for s in samples:
        for (a, b, _), (origin, shape) in zip([sp for sp in s.spans if sp[2] == "PERSON"], kinds.get(s.id, ()), strict=True):
            full = (s.id, s.text[a:b]) not in missed
            for key, val in (("origin", origin), ("shape", shape)):
                by[key][val][0] += 1
                by[key][val][1] += full
    for key, table in by.items():
        print(f"fully masked by {key}: " + "  ".join(f"{k} {f / t:.2f}/{t}" for k, (t, f) in sorted(table.items())))
    if misses:
        for sid, e, value, found in res["misses"]:
            print(f"MISS {sid} {e:8} {value!r} -> {found}")
        for sid, e, value in res["overmasks"]:
            print(f"OVER {sid} {e:15} {value!r}")
    return res

if __name__ == "__main__":
    sys.exit(main())
