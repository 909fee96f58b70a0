"""English names, set D: other genres, names that are words or places, and benign look-alikes.

    python benchmarks/devset_names_d.py [--n 600] [--misses] [--show 5] [--seed 5150]

Sets A/B (devset_names.py) and C (devset_names_c.py) are heavy in forms, e-mail greetings,
chat and HR one-liners. Set D is written for the genres and shapes they have little of, so it
says how far the English PERSON finder carries to text nobody here wrote:

- genres: e-mail headers and signatures, meeting minutes, support tickets, HR letters,
  medical appointment notes, court and legal text, CSV/TSV rows, Markdown tables, chat logs
  with timestamps, `Name: ...` forms, news-style prose, possessives (`Lotte Visser's flight`),
  names opening a sentence with no cue (`Hope Marsh will chair`);
- shapes: given names that are dictionary words or places (`Faith`, `Georgia`, `Denver`),
  surnames that are (`Frost`, `Holland`, `London`), hyphenated and multi-part names
  (`Anna-Lena Smith-Carver`, `María José Ortega Ruiz`), initials (`J. K. Lindqvist`),
  surname first with a particle (`de Vries, Magnus A.`), ALL CAPS and lower case;
- a `benign` category (~150 prompts): capitalised words that are no person (`Abu Dhabi`,
  `Kraków`, `Vercel Postgres`, `Honda Civic`, `Beneficiary IBAN`, job titles, months and
  weekdays, software and firms), each of which must stay unmasked as PERSON.

Name pool: given names drawn at random from Jörg Michael's `nam_dict.txt` (inside the
`gender-guesser` package, GNU FDL; see sovereign_guard/detect/name_lists.py) from the columns
of each origin (Great Britain/U.S.A., Ireland, the Netherlands, Germany, Scandinavia, France,
Italy, Portugal, Hungary, Czechia), frequency 3 or more there, and for the `word` and `place`
origins from the typed lists below, kept only where nam_dict lists them; surnames were typed
for this file (none drawn from a generator's list). No Faker list, no presidio-evaluator or
presidio-research data, no names-dataset.

Caveat: given names come from the list the detector reads, so given-name recall is an upper
bound for names that list lacks (set C measures that case).

Scored like sets A-C (devset_names.report: name-character leak, fully-masked rate by origin
and shape, over-mask), plus the PERSON over-mask of the benign prompts: the share of their
characters PERSON findings cover and the number of benign prompts with any PERSON finding.

Written and scored once before any fix for it (595 name prompts, 949 PERSON spans, 150
benign): PERSON name-char leak 0.095, recall 0.869, PERSON findings over-mask 0.0222; benign
PERSON over-mask 0.0803 (42 of 150 benign prompts with a PERSON finding). After the fixes of
the same branch (places and products in a place's or product's context, possessives, common
given names doing what people do, sign-offs): 0.084, 0.886, 0.0114; benign 0.0426 (32 of 150),
sets A, B, C, devset_en2 and realtext no worse. Left: place fragments (`Carlo` of `Monte
Carlo`), unknown brand pairs (`Sony Bravia`, `Zoho Books`), names made only of words or
places (`River Salt`, `Camden England`).
"""

# ruff: noqa: E501  (templates and name lists are prose)
from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import Builder, Sample  # noqa: E402
from devset_names import nam_dict_names, report, show  # noqa: E402

SEED = 5150

# nam_dict's frequency columns (see the file's header): GB+US, IE, NL, DE, DK/NO/SE, FR, IT, PT,
# HU, CZ.
COLUMNS = {"anglo": (30, 32), "ie": (31,), "nl": (40,), "de": (42,), "scand": (46, 47, 48),
           "fr": (37,), "it": (33,), "pt": (35,), "hu": (56,), "cz": (54,)}

# Surnames typed for this file; `_` joins the words of one surname (`van_den_Broek`).
SURNAMES = {
    "anglo": """Ashworth Blackwood Cartwright Pemberton Whitfield Hollis Thornton Radcliffe Langley
        Prescott Fairbanks Harwood Kingsley Lockhart Merriweather Ormsby Pickering Sutcliffe
        Trelawney Underwood Wainwright Yardley Aldridge Bramwell Colbourne Dunmore Eastwood
        Fenwick Goodall Hatfield""",
    "ie": """O'Donoghue O'Callaghan MacNamara Ní_Bhriain Ó_Súilleabháin Fitzgerald Dunne Keane
        Brennan Moriarty Flanagan Hennessy Lynch Mulcahy""",
    "nl": """de_Vries van_Dijk van_den_Broek ter_Horst Visser Bakker Jansen Mulder de_Graaf
        van_der_Linden Hoekstra Dijkstra Smit Kuipers de_Wit Vermeulen van_Leeuwen""",
    "de": """Schmidt Becker Hoffmann Schäfer Krüger Wagner Zimmermann Hartmann Neumann Schwarz
        Lehmann Braun Vogel Kaiser von_Steinberg Fuchs""",
    "scand": """Lindqvist Halvorsen Bergström Johansen Sandberg Nyström Haugland Eriksen Lundgren
        Solberg Dahl Holm Engström Kristiansen""",
    "fr": """Dubois Lefèvre Moreau Girard Fontaine Rousseau Chevalier Lambert Mercier Dupont
        Bonnet Laurent Marchand de_la_Roche""",
    "it": """Ferrara Lombardi Esposito Ricci Bianchi Colombo Marchetti De_Luca Greco Rinaldi
        Caruso Fabbri Moretti""",
    "pt": """Carvalho Ferreira Oliveira Pereira Almeida Ribeiro Gonçalves Pinto Teixeira Moura
        dos_Santos da_Costa""",
    "hu": """Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Farkas Balogh""",
    "cz": """Novák Svoboda Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný""",
    # surnames that are English words
    "word": """Frost Marsh Stone Brook Winter Snow Bird Lamb Moon Rivers Baker Fisher Archer Glass
        Cotton Salt Bloom Hope Steel Sparrow Wolfe Fox Lane Hill Field Wells Gold Best""",
    # surnames that are places
    "place": """London Holland England Berlin York Lincoln Preston Kent Derby Chester Hampton
        Sheffield Boston Warwick Devon Camden Orleans Jersey""",
}
# Given names that are words or places, kept where nam_dict lists them.
WORD_GIVEN = """Hope Faith Grace Joy Dawn Rose Summer Autumn April June Mark Will Bill Frank Rich
    Drew Chase Hunter Dean Heather Lily Daisy Iris Olive Ruby Amber Pearl Crystal Destiny Harmony
    Melody Sunny Storm Sky River Jade Hazel Violet Clay Cliff Glen Forest Brook Chance Sterling
    Miles Earl Prince Major Pierce Wade Lance Angel Honey"""
PLACE_GIVEN = """Florence Georgia Austin Chelsea Sydney Paris Jordan Victoria Brooklyn Dallas
    Savannah Lincoln Sierra Virginia Carolina Dakota Montana Kenya India Asia Adelaide Charlotte
    Orlando Madison Denver Phoenix Houston Tyler Camden"""
ORIGINS = ("anglo", "anglo", "ie", "nl", "nl", "de", "scand", "fr", "it", "pt", "hu", "cz",
           "word", "word", "place", "place")
TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Dr", "Judge", "Nurse")
CITIES = ("Leeds", "Utrecht", "Bergen", "Porto", "Lyon", "Brno", "Graz", "Cork", "Turin", "Pécs")
FIRMS = ("Northfield Holdings Ltd", "Brightwater Logistics", "Kestrel Analytics", "Ironbridge Capital", "Meadowlark Health")


def _given_names() -> dict[str, list[str]]:
    """nam_dict given names per origin column, frequency 3 or more there; the word and place
    names of the lists above that nam_dict lists at all."""
    out, listed = nam_dict_names(COLUMNS)
    out["word"] = sorted({n for n in WORD_GIVEN.split() if n in listed})
    out["place"] = sorted({n for n in PLACE_GIVEN.split() if n in listed})
    return out


class Person:
    def __init__(self, r: random.Random, given: dict[str, list[str]], origin: str | None = None) -> None:
        self.origin = origin = origin or r.choice(ORIGINS)
        self.first = r.choice(given[origin])
        self.last = r.choice(SURNAMES[origin].split()).replace("_", " ")
        self.initials = [r.choice("ABCDEFGHJKLMNPRSTW") for _ in range(2)]
        self.second = r.choice(given["anglo"] if origin in ("word", "place") else given[origin])

    def full(self) -> str:
        return f"{self.first} {self.last}"


# Shapes a `{NAME}` slot takes.
SHAPES = (("FULL", 10), ("FIRST", 3), ("MI", 2), ("INI", 1), ("TITLED", 2), ("UC", 1), ("LC", 1),
          ("LAST", 1), ("HYPH", 1), ("MULTI", 1))


class Gen:
    """Fills set D's templates; set E (devset_names_e.py) subclasses it with its own people,
    shapes and fillers (the class attributes and `shapes`)."""

    CITIES, FIRMS = CITIES, FIRMS
    # name keys that draw a person of one origin and then read as `FULL` (or as the shape
    # ORIGIN_SHAPES gives the key)
    ORIGIN_KEYS = {"WFULL": "word", "PFULL": "place"}
    ORIGIN_SHAPES: dict[str, str] = {}

    # `{NAME}` slots draw a shape from SHAPES; `shapes` writes a person in each of them
    SHAPES = SHAPES
    PERSON = Person
    GIVEN_NAMES = staticmethod(_given_names)

    def __init__(self, seed: int = SEED) -> None:
        self.r = random.Random(seed)
        self.given = self.GIVEN_NAMES()

    def person(self, origin: str | None) -> Person:
        return self.PERSON(self.r, self.given, origin)

    def name(self, p: Person, shape: str) -> tuple[str, list[str], str, str]:
        """(text before the gold, gold parts joined by `, `, text after, the shape)."""
        if shape == "NAME":
            shape = self.r.choices([s for s, _ in self.SHAPES], [w for _, w in self.SHAPES])[0]
        before, parts, after = self.shapes(p)[shape]()
        return before, parts, after, shape

    def shapes(self, p: Person) -> dict[str, Callable[[], tuple[str, list[str], str]]]:
        """Each shape's writer of `p` (before, gold parts, after); only the drawn one runs,
        so a set's random draws depend on its shapes alone."""
        r = self.r
        a, b = p.initials
        return {
            "FULL": lambda: ("", [p.full()], ""),
            "FIRST": lambda: ("", [p.first], ""),
            "LAST": lambda: ("", [p.last], ""),
            "MI": lambda: ("", [f"{p.first} {a}. {p.last}"], ""),
            "INI": lambda: ("", [r.choice((f"{a}. {b}. {p.last}", f"{a}.{b}. {p.last}", f"{a}. {p.last}"))], ""),
            "TITLED": lambda: (f"{r.choice(TITLES)} ", [r.choice((p.full(), p.last))], ""),
            "UC": lambda: ("", [p.full().upper()], ""),
            "LC": lambda: ("", [p.full().lower()], ""),
            "LF": lambda: ("", [p.last, p.first], ""),
            "LFMI": lambda: ("", [p.last, f"{p.first} {a}."], ""),
            "LFUC": lambda: ("", [p.last.upper(), p.first.upper()], ""),
            "POSS": lambda: ("", [r.choice((p.full(), p.first, p.full()))], "'s"),
            "HYPH": lambda: ("", [f"{p.first}-{p.second} {p.last}-{r.choice(SURNAMES['anglo'].split())}"], ""),
            "MULTI": lambda: ("", [f"{p.first} {p.second} {p.last}"], ""),
        }

    def fill(self, template: str) -> tuple[str, list, list[tuple[str, str]]]:
        r = self.r
        people: dict[str, Person] = {}
        b = Builder()
        kinds: list[tuple[str, str]] = []
        pos = 0
        for m in re.finditer(r"\{([A-Z_]+)(\d?)\}", template):
            b.text(template[pos : m.start()])
            key, who = m.group(1), m.group(2) or "0"
            if key == "EMAIL":
                b.value(f"{r.choice(('office', 'm.k', 'desk', 'hr'))}{r.randint(1, 99)}@{r.choice(('example.com', 'example.org', 'example.net'))}", "EMAIL_ADDRESS")
            elif key == "PHONE":
                b.value(f"+44 20 7946 {r.randint(0, 9999):04d}", "PHONE_NUMBER")
            elif key == "N":
                b.text(str(r.randint(100, 99999)))
            elif key == "CITY":
                b.text(r.choice(self.CITIES))
            elif key == "FIRM":
                b.text(r.choice(self.FIRMS))
            elif key == "DATE":
                b.text(r.choice(("4 March 2025", "2025-06-11", "Tuesday 9 April", "12/03/2024", "1 July")))
            elif key == "TIME":
                b.text(f"{r.randint(8, 17):02d}:{r.choice(('00', '15', '30', '45'))}")
            else:
                if who not in people:
                    people[who] = self.person(self.ORIGIN_KEYS.get(key))
                if key in self.ORIGIN_KEYS:
                    key = self.ORIGIN_SHAPES.get(key, "FULL")
                before, parts, after, shape = self.name(people[who], key)
                b.text(before)
                for i, part in enumerate(parts):
                    if i:
                        b.text(", ")
                    b.value(part, "PERSON")
                    kinds.append((people[who].origin, shape))
                b.text(after)
            pos = m.end()
        b.text(template[pos:])
        text, spans = b.build()
        return text, spans, kinds


TEMPLATES = {
    "headers": (
        "From: {FULL} <{EMAIL}>\nSent: {DATE}\nTo: {FULL1} <{EMAIL}>\nSubject: Q3 forecast",
        "From: \"{FULL}\" <{EMAIL}>\nCc: {FULL1}; {FULL2}\nSubject: Re: parking permits",
        "On {DATE}, {FULL} <{EMAIL}> wrote:\n> Can we push the review to Thursday?",
        "-----Original Message-----\nFrom: {NAME}\nSent: {DATE}\nSubject: lease",
        "Reply-To: {NAME} <{EMAIL}>\nX-Mailer: Outlook",
    ),
    "signatures": (
        "Thanks for your patience.\n\n--\n{FULL}\nSenior Analyst | {FIRM}\nM: {PHONE}",
        "Best wishes,\n\n{FULL}\nHead of Facilities\n{FIRM}",
        "Kind regards\n{NAME}\nPayroll Team",
        "Speak soon,\n{FIRST}\n\nSent from my iPhone",
        "{FULL} | Product Designer\n{EMAIL} | {PHONE}",
    ),
    "minutes": (
        "Minutes of the budget meeting, {DATE}\nPresent: {FULL}, {FULL1}, {FULL2}\nApologies: {FULL3}\nAction: {FIRST} to circulate the draft.",
        "Chair: {NAME}\nMinutes: {NAME1}\nItem 3: {FIRST2} reported the roof repair is complete.",
        "ACTION ITEMS\n1. {FULL} - update the risk register\n2. {FULL1} - book the venue",
        "The committee thanked {FULL} for ten years as treasurer. {FIRST} will stay on until May.",
        "Attendees: {NAME}, {NAME1} and {NAME2}. Quorum reached at {TIME}.",
    ),
    "tickets": (
        "Ticket #{N} | Opened by: {FULL} | Assignee: {FULL1}\nCustomer cannot log in after the password reset.",
        "INC{N} - reporter {FULL} - priority P2 - laptop will not boot",
        "Status changed to Resolved by {NAME}. Note: replaced the charger.",
        "Hi support, {FULL} here. The export button in the billing page does nothing.",
        "Escalated to {FULL} (tier 2) after {FIRST1} could not reproduce the issue.",
    ),
    "hr": (
        "Dear {TITLED},\n\nWe are pleased to confirm your appointment as Operations Lead from {DATE}.\n\nYours sincerely,\n{FULL1}\nHead of People",
        "Re: flexible working request from {FULL}\nThe request was approved by {FULL1} on {DATE}.",
        "This letter confirms that {FULL} has been employed by {FIRM} since 2019.",
        "Probation review: {NAME}. Line manager: {NAME1}. Outcome: passed.",
        "We regret to inform you that {FULL}'s contract will not be renewed.",
    ),
    "medical": (
        "Appointment note: {FULL} (DOB 12/03/1961) seen by {TITLED1} for knee pain.",
        "Pt {FULL}, 47, presents with a persistent cough. Referred to {TITLED1}.",
        "Discharge summary for {UC}\nAttending: {TITLED1}",
        "{FIRST} {LAST} missed the 10:30 physiotherapy slot; please rebook.",
        "Next of kin: {FULL1} (daughter). Allergies: penicillin.",
    ),
    "legal": (
        "IN THE MATTER OF {UC} v. {FIRM}\nThe claimant, {FULL}, appeared in person.",
        "Counsel for the defendant, {FULL}, submitted that the notice was served late.",
        "Witness statement of {FULL}\nI, {FULL}, of {CITY}, make this statement believing it to be true.",
        "The court heard evidence from {TITLED} and {FULL1}.",
        "Signed and dated by {NAME} in the presence of {NAME1}.",
    ),
    "csv": (
        "last_name,first_name,dept\n{LAST},{FIRST},Sales\n{LAST1},{FIRST1},Legal",
        "name\temail\tcity\n{FULL}\t{EMAIL}\t{CITY}",
        "id;owner;status\n{N};{FULL};open\n{N};{FULL1};closed",
        "\"{LF}\",\"Accounts\",\"2021\"",
        "{FULL},{CITY},active,{DATE}",
    ),
    "markdown": (
        "| Owner | Task | Due |\n|---|---|---|\n| {FULL} | Migrate DNS | Friday |\n| {FULL1} | Renew TLS | Monday |",
        "| Name | Role |\n| --- | --- |\n| {NAME} | Reviewer |\n| {NAME1} | Approver |",
        "## On call\n- **Primary:** {FULL}\n- **Secondary:** {FULL1}",
        "* {FULL} — design\n* {FULL1} — backend",
        "> Quote of the week, from {FULL}: ship small, ship often.",
    ),
    "chatlog": (
        "[{TIME}] {FIRST}: morning all\n[{TIME}] {FIRST1}: morning! coffee?",
        "{TIME} <{FIRST}> did the deploy finish?\n{TIME} <{FIRST1}> yes",
        "2025-03-05 {TIME} {FULL}: I've pushed the fix\n2025-03-05 {TIME} {FULL1}: thanks, reviewing",
        "[{TIME}] {LC}: running late\n[{TIME}] {LC1}: np",
        "{FIRST} joined the channel\n{FIRST1} left the channel",
    ),
    "forms": (
        "Name: {FULL}\nAddress: 14 Mill Lane\nPostcode: LS6 2AB",
        "Full legal name: {NAME}\nPreferred name: {FIRST}",
        "Surname: {LAST}\nForename(s): {FIRST}\nNationality: Dutch",
        "Applicant name ........ {FULL}\nDate ........ {DATE}",
        "Parent/carer name: {FULL1}\nPupil: {FULL}",
    ),
    "news": (
        "{FULL}, 54, a retired teacher from {CITY}, said the flooding was the worst she had seen.",
        "Police named the driver as {FULL}, of {CITY}.",
        "\"We are delighted,\" said {FULL}, the club's chairman.",
        "The award went to {FULL}, whose debut novel sold 200,000 copies.",
        "Speaking on Tuesday, {TITLED} warned that waiting lists would grow.",
    ),
    "possessive": (
        "{POSS} flight lands at 6, can someone pick her up?",
        "I borrowed {POSS} charger and forgot to give it back.",
        "We had dinner at {POSS} place in {CITY}.",
        "{POSS} report is due on Friday.",
        "Please forward {POSS} CV to the hiring panel.",
    ),
    "openers": (
        "{WFULL} will chair the session.",
        "{WFULL} signed the lease on {DATE}.",
        "{PFULL} left the keys at reception.",
        "{PFULL} has agreed to mentor the new starters.",
        "{WFULL} and {PFULL1} are presenting at noon.",
        "{FULL} thinks the numbers are off by a week.",
    ),
    "wordnames": (
        "Please send the contract to {WFULL} before Friday.",
        "Our new hire {WFULL} starts on Monday.",
        "Can you invite {PFULL} to the planning call?",
        "The reference letter was written by {PFULL}.",
        "Congratulations to {WFULL} on the promotion!",
    ),
    "particles": (
        "{LFMI}\nSenior Counsel",
        "Authors: {LFMI}; {LFMI1}",
        "Invoice for {LF}, Keizersgracht 12",
        "Approved: {LFMI} ({DATE})",
        "Contact {MULTI} or {HYPH1} for access.",
        "{INI} and {INI1} reviewed the draft.",
    ),
    "caps": (
        "MEETING WITH {UC} AT 3PM RE: LEASE",
        "ATTN: {UC}\nRE: OUTSTANDING BALANCE",
        "the parcel for {LC} is at the front desk",
        "pls ask {LC} to sign the form",
        "{UC} - PERSONNEL FILE - CONFIDENTIAL",
    ),
}

# Benign prompts: capitalised words that name no person. Slots are filled from the lists below.
BENIGN_TEMPLATES = (
    "Book a flight from {PLACE} to {PLACE} for the conference.",
    "Our office in {PLACE} closes early on {DAY}.",
    "Compare the {PRODUCT} with the {PRODUCT} for a family of four.",
    "How do I connect {SOFTWARE} to {SOFTWARE}?",
    "The {FIELD} field is required before you can submit the transfer.",
    "{FIELD}: GB29 NWBK 6016 1331 9268 19",
    "We are hiring a {TITLE} to join the {TEAM} team.",
    "{FIRMNAME} reported record profits in {MONTH}.",
    "Migrate the analytics database to {SOFTWARE} by {MONTH}.",
    "The {PRODUCT} recall affects cars sold in {PLACE}.",
    "Weather for {PLACE} on {DAY}: rain in the morning.",
    "{TITLE} sign-off is needed for budgets above 10,000 EUR.",
    "Hotels near {LANDMARK} with free parking",
    "Which is cheaper, {SOFTWARE} or {SOFTWARE}?",
    "Summarise the {FIRMNAME} annual report in five bullets.",
    "Train times from {PLACE} Central to the airport",
    "{DAY} {MONTH} 12 is a public holiday in {PLACE}.",
    "Upload the file to {SOFTWARE} and share the link.",
    "Translate the {FIELD} label into German.",
    "The {PRODUCT} needs a new battery.",
    "Status: {STATUS}\nOwner: {TEAM} Team\nPriority: High",
    "Rank the best restaurants in {PLACE}.",
    "Quote from {FIRMNAME} for the {PRODUCT} fleet",
    "Visit {LANDMARK} and {LANDMARK} in one day?",
    "{HOLIDAY} falls on a {DAY} this year.",
)
BENIGN_FILL = {
    "PLACE": ("Abu Dhabi", "Kraków", "São Paulo", "Buenos Aires", "Costa Rica", "Santa Fe", "San Diego", "Cape Town", "Hong Kong", "New Delhi", "Rio de Janeiro", "Le Havre", "Den Haag", "Las Vegas", "Salt Lake City", "Port Louis", "Kuala Lumpur", "Tel Aviv", "Addis Ababa", "Dar es Salaam", "Baton Rouge", "Saint Petersburg", "Abu Simbel", "Monte Carlo", "Bandar Seri Begawan", "Sierra Leone", "Wrocław", "Łódź", "Reykjavík", "Ho Chi Minh City"),
    "PRODUCT": ("Honda Civic", "Toyota Corolla", "Apple Watch", "Tesla Model Y", "Ford Ranger", "Samsung Galaxy", "Kindle Paperwhite", "Nissan Leaf", "Volvo Polestar", "Dyson Airwrap", "Sony Bravia", "Kia Sportage"),
    "SOFTWARE": ("Vercel Postgres", "Google Sheets", "Microsoft Teams", "Visual Studio Code", "Apache Kafka", "Jupyter Notebook", "Docker Compose", "GitHub Actions", "Power BI", "Adobe Acrobat", "Amazon Redshift", "Azure Blob Storage", "Zoho Books", "Salesforce Marketing Cloud"),
    "FIELD": ("Beneficiary IBAN", "Account Holder Type", "Sort Code", "Beneficiary Bank Name", "Routing Number", "Tax Residency", "Billing Postcode", "Payment Reference", "Intermediary Bank"),
    "TITLE": ("Chief Financial Officer", "Senior Product Manager", "Head of Compliance", "Principal Engineer", "Regional Sales Director", "Data Protection Officer", "Managing Director", "Staff Nurse"),
    "TEAM": ("Platform", "Growth", "Risk", "Customer Success", "Field Operations"),
    "FIRMNAME": ("Goldman Sachs", "Procter & Gamble", "Marks & Spencer", "Johnson Controls", "Dell Technologies", "Rolls-Royce", "Deutsche Bahn", "Banco Santander", "Air France", "Tata Consultancy Services"),
    "MONTH": ("January", "March", "May", "June", "August", "October", "December"),
    "DAY": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "LANDMARK": ("Grand Canyon", "Mount Rainier", "Table Mountain", "Golden Gate Bridge", "Sagrada Família", "Lake Bled", "Victoria Falls", "Hyde Park", "Central Park"),
    "HOLIDAY": ("Boxing Day", "Good Friday", "Easter Monday", "Christmas Eve", "Labour Day", "Independence Day"),
    "STATUS": ("Open", "In Review", "Blocked", "Done"),
}


def build_benign(r: random.Random, n: int = 150, templates: tuple = (),
                 fill: dict | None = None) -> list[Sample]:
    """Benign prompts from `templates` (this set's by default), slots filled from `fill`."""
    templates, fill = templates or BENIGN_TEMPLATES, fill or BENIGN_FILL
    out = []
    for i in range(n):
        template = templates[i % len(templates)]
        text = re.sub(r"\{([A-Z]+)\}", lambda m: r.choice(fill[m.group(1)]), template)
        out.append(Sample(f"benign-{i:03d}", "benign", text, []))
    return out


def build(n: int = 600, seed: int = SEED, benign: int = 150, *, gen: Gen | None = None,
          templates: dict | None = None, benign_templates: tuple = (),
          benign_fill: dict | None = None) -> tuple[list[Sample], dict[str, list]]:
    """The set's name prompts and benign ones; a later set passes its own generator and
    tables (set E)."""
    gen, templates = gen or Gen(seed), templates or TEMPLATES
    samples, kinds = [], {}
    per = max(1, n // len(templates))
    for cat, table in templates.items():
        for i in range(per):
            text, spans, k = gen.fill(table[i % len(table)])
            sid = f"{cat}-{i:03d}"
            samples.append(Sample(sid, cat, text, spans))
            kinds[sid] = k
    samples += build_benign(random.Random(seed + 1), benign, benign_templates, benign_fill)
    return samples, kinds


def benign_person(samples: list[Sample], res: dict) -> tuple[float, int, int]:
    """PERSON over-mask on the benign prompts: (share of their non-space characters PERSON
    findings cover, prompts with a PERSON finding, prompts)."""
    texts = {s.id: s.text for s in samples if s.category == "benign"}
    chars = sum(len(t.replace(" ", "")) for t in texts.values())
    hit = [(sid, v) for sid, e, v in res["overmasks"] if e == "PERSON" and sid in texts]
    covered = sum(len(v.replace(" ", "")) for _, v in hit)
    return covered / max(1, chars), len({sid for sid, _ in hit}), len(texts)


def run(argv: list[str] | None, doc: str, build_set, n: int, seed: int, width: int = 10) -> int:
    """The command line of a names set built like this one (D, E, F): `build_set(n, seed)`."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=n)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    samples, kinds = build_set(args.n, args.seed)
    if args.show:
        show(samples, args.show)
        return 0
    res = report(samples, kinds, args.misses, unit="name", width=width)
    share, hit, total = benign_person(samples, res)
    print(f"benign PERSON over-mask {share:.4f}  ({hit} of {total} benign prompts with a PERSON finding)")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(argv, __doc__, build, 600, SEED)


if __name__ == "__main__":
    sys.exit(main())
