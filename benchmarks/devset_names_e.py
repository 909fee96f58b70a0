"""English names, set E: genres and shapes sets A-D have none of, and eponym look-alikes.

    python benchmarks/devset_names_e.py [--n 600] [--misses] [--show 5] [--seed 6067]

Sets A/B (devset_names.py), C (devset_names_c.py) and D (devset_names_d.py) cover forms,
e-mail, chat, HR, minutes, tickets, legal and news prose. Set E is written for what none of
them has, so it says how far the English PERSON finder carries to text nobody here wrote:

- genres: meeting transcripts with speaker labels (`JANE ROE:`, `[00:04:11] Jane Roe:`), CRM
  and contact exports (CSV with a header row, vCard `FN:`/`N:`), quoted reply headers (`On
  Tue, 4 Mar 2025 at 10:12, Jane Roe <...> wrote:`), academic citations (APA `Roe, J., &
  Doe, K. (2019)`, Vancouver `Roe JM, Doe K`, `Roe et al. (2020)`), legal captions (`Roe v.
  Doe`, `JANE ROE, Plaintiff, v.`), clinical notes, sports reports (surnames alone as
  subjects), forum posts (`Quote from: ...`), subtitles (SRT blocks with a speaker), lower
  case chat, ALL-CAPS forms (`SURNAME: ROE`);
- shapes: given names that are words or places (`Grace`, `Hope`, `Paris`, `Carlo`),
  particles (`van der Merwe`, `de la Fuente`, `bin Hamid`, `al-Khatib`), apostrophe and
  hyphenated names, initials (`A. B. Cole`, `Cole AB`), `Last, First` inside `;` lists;
- a `benign` category (~150 prompts): eponyms (`Parkinson's disease`, `Bayesian`, `Dijkstra's
  algorithm`), place pairs (`Monte Carlo`, `Santa Monica`), brands and products, sports clubs,
  code identifiers, lower-case word uses of name words, each of which must stay unmasked as
  PERSON.

Name pool: given names drawn at random from Jörg Michael's `nam_dict.txt` (inside the
`gender-guesser` package, GNU FDL; see sovereign_guard/detect/name_lists.py) from the columns
of each origin (Great Britain/U.S.A., Greece, Israel, Romania, Croatia/Serbia, Finland,
Ukraine, Belgium, Austria/Switzerland, Iceland; for the particle surnames the Netherlands,
France, Spain, Arabia/Persia, Italy, Portugal, Germany), frequency 3 or more there, and for the
`word` and `place` origins from the typed lists below, kept only where nam_dict lists them;
surnames were typed for this file (none drawn from a generator's list). No Faker list, no
presidio-evaluator or presidio-research data, no names-dataset.

Caveat: given names come from the list the detector reads, so given-name recall is an upper
bound for names that list lacks (set C measures that case).

Scored like set D (devset_names.report and devset_names_d.benign_person).

Written and scored once before any fix for it (588 name prompts, 1009 PERSON spans, 150
benign): PERSON name-char leak 0.127, recall 0.826, PERSON findings over-mask 0.0228; benign
PERSON over-mask 0.0604 (30 of 150 benign prompts with a PERSON finding). Worst: citations
(0.349), lower-case chat (0.329), subtitles (0.301), sports (0.280); shapes APA initials,
Vancouver `Roe JM`, a capitalised first name in capitals (`MARTA:`), a surname alone.
"""

# ruff: noqa: E501  (templates and name lists are prose)
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_names_d  # noqa: E402
from devset import Sample  # noqa: E402
from devset_names import nam_dict_names  # noqa: E402

SEED = 6067

# nam_dict's frequency columns (see the file's header).
COLUMNS = {"anglo": (30, 32), "gr": (67,), "il": (78,), "ro": (57,), "hr": (60, 64), "fi": (49,),
           "ua": (71,), "be": (38,), "at": (43, 44), "is": (45,),
           # given names for the particle surnames
           "nl": (40,), "fr": (37,), "es": (36,), "ar": (77,), "it": (33,), "pt": (35,), "de": (42,)}

# Surnames typed for this file; `_` joins the words of one surname (`van_der_Merwe`).
SURNAMES = {
    "anglo": """Holloway Whitmore Ainsworth Beckett Calloway Dalton Everett Farrow Garrick Hadley
        Ingram Jessop Kendrick Lowther Mayhew Norwood Oakley Pennington Quayle Rowntree Selby
        Tennant Upton Vickers Wetherby Yates Bellamy Crowther Danvers Elwood""",
    "gr": """Papadopoulos Georgiou Konstantinidis Nikolaidis Dimitriou Vlachos Karagiannis Oikonomou
        Alexiou Stavridis Mavridis Christodoulou""",
    "il": """Cohen Levi Mizrahi Peretz Biton Friedman Avraham Shapira Azoulay Katz Ben-David
        Goldberg""",
    "ro": """Popescu Ionescu Dumitrescu Stoica Constantinescu Munteanu Gheorghiu Marinescu
        Lungu Ciobanu Stanciu""",
    "hr": """Horvat Kovačević Babić Marić Jurić Novaković Petrović Jovanović Nikolić Pavlović
        Vuković Knežević""",
    "fi": """Virtanen Korhonen Mäkinen Nieminen Hämäläinen Laine Heikkinen Koskinen Järvinen
        Lehtonen Salminen""",
    "ua": """Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Melnyk Boyko Moroz
        Lysenko Savchenko""",
    "be": """Peeters Janssens Maes Jacobs Willems Claes Goossens Wouters Dubois Lambrecht
        Vandenberghe""",
    "at": """Gruber Huber Bauer Pichler Steiner Moser Hofer Leitner Egger Brunner Lechner""",
    "is": """Jónsson Sigurðsson Guðmundsdóttir Einarsson Magnúsdóttir Ólafsson Kristjánsdóttir
        Stefánsson""",
    # apostrophe names
    "apos": """O'Rourke O'Hagan O'Malley D'Amico D'Arcy N'Diaye Dell'Orto O'Keeffe D'Souza
        L'Estrange""",
    # surnames that are words or places, for the word and place given names
    "wordplace": """Hilton Parish Church Meadows Brooks Rivers Forrest Lake Newport Bristol
        Carlisle Dover Kingston Ashford""",
}
# particle surnames, each with the nam_dict column its given names come from
PARTICLES = {
    "nl": "van_der_Merwe ter_Haar van_Rijn de_Boer van_den_Heuvel van_der_Linden",
    "fr": "de_la_Fontaine du_Plessis le_Roux de_Villiers",
    "es": "de_la_Fuente del_Río de_los_Santos de_la_Vega",
    "ar": "bin_Hamid al-Khatib bin_Yusuf al-Masri El-Sayed Abu_Zeid",
    "it": "di_Stefano De_Rosa Dell'Acqua Lo_Bianco",
    "pt": "dos_Reis da_Silva de_Sousa",
    "de": "von_Bülow von_der_Heide zu_Eltz",
}
# Given names that are words or places, kept where nam_dict lists them.
WORD_GIVEN = """Grace Hope Ivy Rowan Sage Robin Penny Patience Mercy Constance Precious Blessing
    Honor Trinity Bliss Spring Rain Fern Poppy Holly Ginger Candy Lucky Rocky Buck Duke King
    Gene Gay Bud Rusty Sandy Misty Cherry Blossom Coral Ebony Star Marina Sunday Bobby"""
PLACE_GIVEN = """Paris Carlo Monte Kent Troy Cairo Lourdes Israel Chad Geneva Valencia Roma
    Lorraine Siena Vienna Aurora Nevada Alexandria Regina Salem Sofia Milan Beverly Shannon
    Eugene Orleans Tallulah Jersey"""
ORIGINS = ("anglo", "anglo", "anglo", "gr", "il", "ro", "hr", "fi", "ua", "be", "at", "is",
           "apos", "particle", "particle", "word", "place")
TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Dr", "Prof.", "Coach", "Sister", "Rev.")
CITIES = ("Swansea", "Aarhus", "Thessaloniki", "Cluj", "Tampere", "Split", "Ghent", "Innsbruck", "Haifa", "Akureyri")
FIRMS = ("Harbourview Partners LLP", "Quillfeather Media", "Stonegate Dental", "Bluefin Robotics", "Larchmont Insurance")


def _given_names() -> dict[str, list[str]]:
    out, listed = nam_dict_names(COLUMNS)
    out["word"] = sorted({n for n in WORD_GIVEN.split() if n in listed})
    out["place"] = sorted({n for n in PLACE_GIVEN.split() if n in listed})
    return out


class Person:
    def __init__(self, r: random.Random, given: dict[str, list[str]], origin: str | None = None) -> None:
        self.origin = origin = origin or r.choice(ORIGINS)
        if origin == "particle":
            src = r.choice(sorted(PARTICLES))
            self.first, last = r.choice(given[src]), r.choice(PARTICLES[src].split())
        elif origin in ("word", "place"):
            self.first, last = r.choice(given[origin]), r.choice(SURNAMES["wordplace"].split() + SURNAMES["anglo"].split())
        elif origin == "apos":
            self.first, last = r.choice(given["anglo"]), r.choice(SURNAMES["apos"].split())
        else:
            self.first, last = r.choice(given[origin]), r.choice(SURNAMES[origin].split())
        self.last = last.replace("_", " ")
        self.initials = [r.choice("ABCDEFGHJKLMNPRSTW") for _ in range(2)]
        self.second = r.choice(given["anglo"])

    def full(self) -> str:
        return f"{self.first} {self.last}"


# Shapes a `{NAME}` slot takes.
SHAPES = (("FULL", 10), ("FIRST", 2), ("MI", 2), ("INI", 1), ("TITLED", 2), ("UC", 1), ("LC", 1),
          ("LAST", 1), ("HYPH", 1))


class Gen(devset_names_d.Gen):
    CITIES, FIRMS = CITIES, FIRMS
    ORIGIN_KEYS = {"WFULL": "word", "PFULL": "place", "XFULL": "particle", "AFULL": "apos"}

    SHAPES, PERSON, GIVEN_NAMES = SHAPES, Person, staticmethod(_given_names)

    def shapes(self, p: Person) -> dict[str, Callable[[], tuple[str, list[str], str]]]:
        r = self.r
        a, b = p.initials
        return {
            "FULL": lambda: ("", [p.full()], ""),
            "FIRST": lambda: ("", [p.first], ""),
            "LAST": lambda: ("", [p.last], ""),
            "MI": lambda: ("", [f"{p.first} {a}. {p.last}"], ""),
            "INI": lambda: ("", [r.choice((f"{a}. {b}. {p.last}", f"{a}.{b}. {p.last}", f"{a}. {p.last}"))], ""),
            "TITLED": lambda: (f"{r.choice(TITLES)} ", [r.choice((p.full(), p.last))], ""),
            "TLAST": lambda: (f"{r.choice(TITLES)} ", [p.last], ""),
            "UC": lambda: ("", [p.full().upper()], ""),
            "LC": lambda: ("", [p.full().lower()], ""),
            "FIRST_LC": lambda: ("", [p.first.lower()], ""),
            "FIRST_UC": lambda: ("", [p.first.upper()], ""),
            "LAST_UC": lambda: ("", [p.last.upper()], ""),
            "LF": lambda: ("", [p.last, p.first], ""),
            "LFMI": lambda: ("", [p.last, f"{p.first} {a}."], ""),
            "LFUC": lambda: ("", [p.last.upper(), p.first.upper()], ""),
            # APA `Roe, J. K.`, Vancouver `Roe JK`
            "APA": lambda: ("", [p.last, r.choice((f"{a}.", f"{a}. {b}."))], ""),
            "VANC": lambda: ("", [f"{p.last} {r.choice((a, a + b))}"], ""),
            "POSS": lambda: ("", [r.choice((p.full(), p.first, p.last))], "'s"),
            "HYPH": lambda: ("", [f"{p.first}-{p.second} {p.last}"], ""),
            "MULTI": lambda: ("", [f"{p.first} {p.second} {p.last}"], ""),
        }


TEMPLATES = {
    "transcript": (
        "{UC}: Thanks everyone for joining.\n{UC1}: Can you share your screen?\n{UC}: Sure, one second.",
        "[00:04:11] {FULL}: I think the vendor missed the deadline.\n[00:04:19] {FULL1}: They did, twice.",
        "Interviewer: How long have you lived here?\n{FULL}: About eleven years.\nInterviewer: And before that?",
        "SPEAKER 1 ({FULL}): Let's start with the budget.\nSPEAKER 2 ({FULL1}): I have the numbers.",
        "{FIRST_UC}: are we recording?\n{FIRST_UC1}: yes, since two minutes ago",
        "Transcript - call with {FULL} ({FIRM})\n{LAST}: The invoice is wrong.\nAgent: I'll correct it today.",
    ),
    "crm": (
        "First Name,Last Name,Email,Company\n{FIRST},{LAST},{EMAIL},Acme\n{FIRST1},{LAST1},{EMAIL},Globex",
        "Contact Name,Phone,Stage\n{FULL},{PHONE},Qualified\n{FULL1},{PHONE},Lost",
        "BEGIN:VCARD\nVERSION:3.0\nFN:{FULL}\nTEL:{PHONE}\nEND:VCARD",
        "\"Full Name\",\"Account\",\"Owner\"\n\"{LF}\",\"{FIRM}\",\"{FULL1}\"",
        "lead_id,contact,source\n{N},{FULL},webinar\n{N},{FULL1},referral",
        "Name\tTitle\tCompany\n{FULL}\tBuyer\t{FIRM}",
    ),
    "replies": (
        "On Tue, 4 Mar 2025 at 10:12, {FULL} <{EMAIL}> wrote:\n> Sounds good, see you then.",
        "---- On Mon, 03 Mar 2025 {FULL} wrote ----\n> Please confirm the booking.",
        "> On {DATE}, {FULL} wrote:\n>> Can we move this to Friday?\n\nFriday works for me.",
        "From: {LF} <{EMAIL}>\nSent: {DATE}\nSubject: RE: timesheets",
        "{FULL} <{EMAIL}> schrieb am {DATE}:\n> Danke!",
        "Forwarded message from {FULL}:\n\"The keys are under the mat.\"",
    ),
    "citations": (
        "{APA}, & {APA1} (2019). Sleep and memory in shift workers. Journal of Applied Sleep, 12(3), 45-61.",
        "{VANC}, {VANC1}, {VANC2}. Outcomes after hip replacement. Bone Jt J. 2021;103(4):612-8.",
        "As {LAST} et al. (2020) showed, the effect disappears after six weeks.",
        "This replicates earlier work ({LAST} & {LAST1}, 2017; {LAST2}, 2019).",
        "{INI} and {INI1}, \"Sparse coding for audio,\" in Proc. ICASSP, 2018, pp. 101-105.",
        "References\n{LFMI}; {LFMI1}; {LFMI2}. Soil carbon in upland pasture. 2016.",
    ),
    "legal": (
        "{LAST} v. {LAST1}, 512 F.3d 1101 (9th Cir. 2008)",
        "{UC}, Plaintiff,\nv.\n{FIRM}, Defendant.\nCase No. {N}",
        "In re Estate of {FULL}, deceased.",
        "The ruling in {LAST} v. {FIRM} was distinguished on its facts.",
        "BEFORE: HIS HONOUR JUDGE {LAST_UC}\nBETWEEN: {UC1} (Claimant) and {FIRM} (Defendant)",
        "Deposition of {FULL}, taken on {DATE}. Q. State your name. A. {FULL}.",
    ),
    "clinical": (
        "S: 54 y/o seen with daughter {FULL}. C/o dizziness x3 days.\nP: bloods, review with {TITLED1}.",
        "PATIENT: {LFUC}   MRN: {N}   DOB: 12/03/1961",
        "Pt {LAST} tolerated the procedure well. Discussed with {TITLED1}.",
        "Referral: {TITLED} to {TITLED1}, re: {FULL2}, suspected gallstones.",
        "Nursing note {TIME}: {FIRST} ate half of lunch, mobilising with frame.",
        "Consent obtained from {FULL} (mother) for the child's vaccination.",
    ),
    "sports": (
        "{LAST} opened the scoring in the 12th minute before {LAST1} equalised just after half-time.",
        "Goals: {LAST} 23', {LAST1} 67', {LAST2} 90+3'",
        "{FULL} won the 400m in 49.87, ahead of {FULL1}.",
        "Coach {LAST} said {FIRST1} would miss Saturday's game with a hamstring strain.",
        "1. {FULL} (CAN) 2:05:33\n2. {FULL1} (NZL) 2:06:10",
        "{POSS} late winner sends the club top of the table.",
    ),
    "forum": (
        "Quote from: {FULL} on {DATE}\n> Did anyone get the update to install?\nYes, after a restart.",
        "Re: boiler keeps cutting out\nReply #4 by {FULL}\nCheck the pressure gauge first.",
        "Thanks {FULL}, that fixed it for me too!",
        "Posted by {FIRST} in General Discussion\nAnyone selling a used road bike in {CITY}?",
        "{FULL} wrote: the mod is broken since 1.4\n\nAgreed, rolled back.",
        "Edited by {FULL} because of a typo.",
    ),
    "subtitles": (
        "12\n00:01:04,200 --> 00:01:06,900\n{FIRST_UC}: Where were you last night?",
        "13\n00:01:07,000 --> 00:01:09,500\n- {FIRST}? Is that you?\n- Yes, Mr. {LAST1}.",
        "[{FIRST_UC} laughing]\nYou never told me that.",
        "45\n00:03:12,100 --> 00:03:14,000\nI'm {FULL}. I called about the flat.",
        "- Good night, {FIRST}.\n- Night, {FIRST1}.",
    ),
    "lowerchat": (
        "{LC}: ok pushing now\n{LC1}: 👍",
        "lol {LC} just walked in with three pizzas",
        "anyone know if {FIRST_LC} is off today?",
        "{FIRST_LC} {FIRST_LC1} and me are going, u coming?",
        "<{LC}> brb\n<{LC1}> k",
        "just spoke to {LC}, she said tuesday is fine",
    ),
    "capsforms": (
        "SURNAME: {LAST_UC}\nGIVEN NAMES: {FIRST_UC}\nNATIONALITY: IRISH",
        "FULL NAME: {UC}\nEMPLOYEE NO: {N}\nDEPT: STORES",
        "PAYEE {UC} AMOUNT 240.00 REF RENT MARCH",
        "BENEFICIARY: {UC}\nRELATIONSHIP: SPOUSE",
        "NAME OF DECEASED: {UC}\nDATE OF DEATH: {DATE}",
    ),
    "wordplace": (
        "{WFULL} will host the quiz on Friday.",
        "We invited {PFULL} to speak at the conference.",
        "Grades were posted by {WFULL} this morning.",
        "{PFULL} and {WFULL1} share the office next to the lab.",
        "Send the parcel to {PFULL} at the front desk.",
        "Thanks, {WFULL}, for covering my shift.",
    ),
    "particles": (
        "Please add {XFULL} to the distribution list.",
        "Authors: {LF}; {LFMI1}; {LF2}",
        "{XFULL} chaired the panel with {XFULL1}.",
        "Contact person: {XFULL}",
        "Signed on behalf of the board by {XFULL}.",
        "Participants: {LFMI}; {LFMI1}",
    ),
    "apostrophe": (
        "{AFULL} has booked the meeting room for Thursday.",
        "Letters were sent to {AFULL} and {AFULL1}.",
        "Hi {AFULL}, your order has shipped.",
        "{HYPH} and {AFULL1} will review the grant.",
        "Invoice to: {MULTI}",
    ),
}

# Benign prompts: capitalised words that name no person. Slots are filled from the lists below.
BENIGN_TEMPLATES = (
    "What are the early signs of {EPONYM}?",
    "Explain {METHOD} to a first-year student.",
    "Book a hotel in {PLACE} for two nights.",
    "Is the {PRODUCT} worth it in 2025?",
    "{CLUB} beat {CLUB} 2-1 on Saturday.",
    "Rename `{IDENT}` to something clearer in this module.",
    "The function {IDENT}() returns None when the list is empty.",
    "Set up {SOFTWARE} for a team of five.",
    "Compare {METHOD} with {METHOD}.",
    "Flights from {PLACE} to {PLACE} next week",
    "{STREET} is closed for resurfacing until {MONTH}.",
    "Summarise the {FIRM} press release.",
    "our {WORDLC} ends friday, then the invoice is due",
    "Our clinic now screens for {EPONYM} at every visit.",
    "Export the report from {SOFTWARE} as PDF.",
    "The {PRODUCT} battery lasts about nine hours.",
    "Tickets for {CLUB} vs {CLUB} go on sale {DAY}.",
    "Draw the {METHOD} step by step.",
    "Which neighbourhoods of {PLACE} are quiet?",
    "{HEADING}\n{HEADING}\n{HEADING}",
    "Use `{IDENT}` instead of the deprecated helper.",
    "The {AWARD} shortlist was announced in {MONTH}.",
    "{FIRM} and {FIRM} agreed to merge.",
    "i'll {VERBLC} the notes and send them tomorrow",
    "Patients with {EPONYM} need regular follow-up.",
)
BENIGN_FILL = {
    "EPONYM": ("Parkinson's disease", "Alzheimer's disease", "Crohn's disease", "Hodgkin lymphoma", "Down syndrome", "Asperger syndrome", "Tourette syndrome", "Graves' disease", "Hashimoto's thyroiditis", "Bell's palsy", "Lyme disease", "Raynaud's phenomenon"),
    "METHOD": ("Bayesian inference", "Gaussian elimination", "Dijkstra's algorithm", "the Fourier transform", "a Kalman filter", "the Pythagorean theorem", "Newtonian mechanics", "Boolean algebra", "the Turing test", "Euclidean distance", "the Fibonacci sequence", "Levenshtein distance", "a Markov chain", "the Heimlich maneuver", "a Ponzi scheme", "Murphy's law"),
    "PLACE": ("Monte Carlo", "Santa Monica", "San José", "Costa Brava", "Abu Dhabi", "Grand Rapids", "Little Rock", "Palm Springs", "Puerto Rico", "Santa Cruz", "Las Palmas", "Saint Lucia", "Port Elizabeth", "Fort Worth", "Mont Blanc", "Alice Springs", "Charlotte Amalie", "Victoria Harbour", "Carlo Alberto Square", "Lake Louise"),
    "PRODUCT": ("Sony Bravia", "Samsung Galaxy Tab", "Google Pixel", "Tesla Cybertruck", "Mazda Miata", "Subaru Forester", "Nintendo Switch", "Bose QuietComfort", "Garmin Forerunner", "Fiat Panda", "Jeep Cherokee", "Dodge Durango"),
    "CLUB": ("Aston Villa", "Real Madrid", "Boca Juniors", "Crystal Palace", "Queens Park Rangers", "Inter Miami", "Paris Saint-Germain", "Sporting Lisbon", "Young Boys", "Grasshopper Zürich"),
    "IDENT": ("getUserName", "first_name", "JaneDoeFixture", "MarkdownRenderer", "parseGraceWindow", "BillingAddress", "jordan_curve", "HopeAnalyzer", "pierce_cache", "FrankDialog"),
    "SOFTWARE": ("Zoho Books", "Jira Service Management", "Microsoft Dynamics", "Oracle NetSuite", "Adobe Lightroom", "Apache Cassandra", "Grafana Loki", "Ruby on Rails", "Sage Accounting", "Xero Payroll"),
    "STREET": ("Abbey Road", "Baker Street", "Lombard Street", "Victoria Road", "Kings Road", "Carnaby Street", "Wall Street", "Penny Lane"),
    "FIRM": ("Morgan Stanley", "Johnson & Johnson", "Harley-Davidson", "Dow Jones", "Ernst & Young", "Sotheby's", "Lloyd's of London", "Charles Schwab", "Wells Fargo", "Bank of America"),
    "WORDLC": ("grace period", "trial", "free month", "hope chest sale"),
    "VERBLC": ("mark up", "bill out", "frank up", "sue over"),
    "HEADING": ("Executive Summary", "Grace Period Terms", "Will And Testament Template", "Mark Scheme", "Hope Street Project", "Sterling Conversion Rates", "Chase Bank Fees", "Faith And Reason Reading List"),
    "AWARD": ("Nobel Prize", "Booker Prize", "Pulitzer Prize", "Fields Medal", "Turner Prize"),
    "MONTH": ("January", "April", "June", "August", "November"),
    "DAY": ("Monday", "Wednesday", "Friday", "Sunday"),
}


def build(n: int = 600, seed: int = SEED, benign: int = 150) -> tuple[list[Sample], dict[str, list]]:
    return devset_names_d.build(n, seed, benign, gen=Gen(seed), templates=TEMPLATES,
                                benign_templates=BENIGN_TEMPLATES, benign_fill=BENIGN_FILL)


def main(argv: list[str] | None = None) -> int:
    return devset_names_d.run(argv, __doc__, build, 600, SEED, width=10)


if __name__ == "__main__":
    sys.exit(main())
