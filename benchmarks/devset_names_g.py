"""English names, set G: enterprise prompt slots, names that are words, capitals records,
self-introductions, structured values, lower-case chat, and firms named after people.

    python benchmarks/devset_names_g.py [--n 540] [--misses] [--show 5] [--seed 8831]

Sets A-F cover forms, greetings, headers, minutes, transcripts, chat exports, citations and
capitals notices. Set G is written for the layouts of prompts sent to an assistant at work
that none of them has much of, so it says how far the English PERSON finder carries:

- slots: a name in the slot of a request (`Please email X about the renewal`, `cc X`,
  `according to X,`, `X's account is locked`, `loop in X`, `on behalf of X`);
- names that are words, given name, surname or both (`Rusty Gates`, `Willow Price`, `Skye
  Castle`), in the same slots and opening sentences;
- capitals records (`PATIENT: OKONKWO, ADAEZE`, `EMPLOYEE NAME ... DMITRI VOLKOV`);
- self-introductions and sign-offs (`My name is X`, `I am X from accounts`, `This is X
  calling`, `signed, X`) where the name is made of words the model types ORG or a place;
- structured values: JSON (`"customer_name": "X"`), YAML (`owner: X`), CSV rows, key=value
  logs, SQL inserts;
- lower-case chat with word names (`ask rusty if he's in`);
- origins: West African (Akan, Wolof, Yoruba, Hausa), South Asian (Hindi, Bengali, Punjabi,
  Telugu), East Asian (Chinese pinyin family first, Japanese given first), Slavic (Russian,
  Ukrainian, Serbian, Czech), Arabic, Latin American, English, and English word names;
- a `benign` category (170 prompts): firms and brands named after people (`Johnson Matthey`,
  `Hewlett Packard`, `Ralph Lauren`), the same in request slots (`Please email Johnson Matthey
  about the invoice`), streets and places (`Penny Lane`, `Abbey Road`, `Grace Street`),
  products and assistants (`Ask Alexa`), title-case words opening a line (`Hunter boots are on
  sale`), structured values in a `name` key that are no person (`"name": "Premium Plan"`),
  capitals headings; each must stay unmasked as PERSON.

Name pool: every given name and surname here was typed for this file (none drawn from a
generator's list, nam_dict, Faker, presidio-evaluator or presidio-research data, or
names-dataset). The detector's given-name list (nam_dict) lists many of them, not all.

Scored like sets D-F (devset_names.report and devset_names_d.benign_person).

Written and scored once before any fix for it (540 name prompts, 689 PERSON spans, 170
benign): PERSON name-char leak 0.172, recall 0.776, PERSON findings over-mask 0.0504; benign
PERSON over-mask 0.1653 (102 of 170 benign prompts with a PERSON finding). Worst: lower-case
chat (0.619), word names in slots (0.341), openers (0.241), self-introductions (0.173),
capitals records (0.155), config and CSV values (0.148); word names 0.60 fully masked, every
other origin 0.90 or more; benign over-masks are mostly eponymous firms (`Ralph Lauren`,
`Thomson Reuters`), product values in `name` keys and word names opening a line.
After the fixes of the same branch (name_slots.py: a request's, a source's, an
introduction's or a sign-off's slot and a clause about what a person does; name_firms.py:
firms, brands and products by the words around them; person keys of TOML, logs, YAML lists
and labels ending `of <person>` in name_shapes.field_names): 0.104, 0.852, 0.0095; benign
0.0187 (22 of 170). Left: lower-case chat names that are words (`ask hunter`, 0.59 leak),
given names no list has (`Flint`, `Lark`, `Winter`), headerless CSV rows and SQL values,
`Surname Street` / `Castle` names outside a slot, voice assistants (`Ask Alexa to`), places
after `near` / `moved to` (`Hazel Grove`).
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

SEED = 8831

# Given names and surnames typed for this file; `_` joins the words of one name.
GIVEN = {
    "anglo": """Harriet Oliver Beatrice Edmund Imogen Rupert Matilda Gideon Cordelia Barnaby
        Philippa Ambrose Rosalind Tobias Eleanor Humphrey Juliet Percival Louisa Spencer""",
    "wafr": """Kwame Akosua Kofi Ama Yaw Efua Kwabena Abena Mamadou Fatou Aminata Ousmane Moussa
        Awa Cheikh Adaeze Olusegun Titilayo Aisha Ibrahim Hadiza Musa Zainab""",
    "sasia": """Arjun Priyanka Rohan Ananya Vikram Sunita Rajesh Lakshmi Anirban Sudipta Harpreet
        Gurpreet Manpreet Jaswinder Srinivas Padmaja Venkat Sravani Kiran Deepak Meera""",
    "cn": """Wei Fang Jun Xiuying Hao Lei Yan Ming Jing Qiang Xin Bo""",
    "jp": """Haruto Yuki Sakura Ren Kenji Aiko Takumi Hina Daiki Naoko""",
    "slav": """Dmitri Oksana Sergei Natalia Yaroslav Olena Bohdan Svitlana Nikola Milica Dragan
        Jelena Vojtěch Zuzana Radek Anastasia Igor Tatiana""",
    "arab": """Youssef Layla Omar Rania Tariq Hiba Karim Samira Walid Nour Faisal Dalia Hamza
        Salma Bilal Reem""",
    "latam": """Mateo Valentina Santiago Camila Sebastián Daniela Tomás Luciana Matías Florencia
        Joaquina Rodrigo Ximena Emiliano Renata Gael""",
    # given names that are English words
    "word": """Rusty Willow Skye Holly Ivy Robin Penny Misty Sunny Rocky Dusty Heath Dale
        Hunter Chase Taylor Mason Carter Cooper Autumn Winter Nova Blaze Flint Wren Lark
        Hazel Fern""",
}
SURNAMES = {
    "anglo": """Ravenscroft Whitcombe Fairweather Ashdown Pennington Westbrook Cholmondeley
        Hathersage Middleton Calloway Dunsford Ellworth Fothergill Grantham Huxley""",
    "wafr": """Mensah Boateng Asante Owusu Agyeman Osei Appiah Diallo Ndiaye Sow Fall Diop Cissé
        Okonkwo Adeyemi Balogun Danjuma Bello Yakubu Abubakar""",
    "sasia": """Mehta Chatterjee Mukhopadhyay Sandhu Gill Dhillon Grewal Venkataraman Reddy Rao
        Iyer Banerjee Saxena Bhattacharya Naidu Chowdhury Trivedi""",
    "cn": """Zhang Liu Wang Chen Huang Zhao Xu Sun Guo Lin""",
    "jp": """Sato Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Inoue""",
    "slav": """Volkov Kovalenko Petrenko Ivanova Sokolov Jovanović Petrović Nikolić Dvořáková
        Horváthová Morozov Lebedev Shevchuk Tkachenko Popović""",
    "arab": """Haddad Mansour Khoury Al-Harbi Al-Mutairi El-Sayed Najjar Saleh Abdelrahman
        Ghanem Hamdi Aziz Farouk""",
    "latam": """Gutiérrez Ríos Morales Castañeda Villalobos Echeverría Quintero Salazar Bustamante
        Peralta Zúñiga Cárdenas Montoya Figueroa""",
    # surnames that are English words
    "word": """Gates Price Castle Bridge Shore Pool Wall Banks Rivers Church Street Hall Knight
        Bishop Swift Bright Sweet Sharp Small Long Little Good Rich Lord Pope Mills Green
        Brown Black White Gray Ford Field Stone Park Wood""",
}
ORIGINS = ("anglo", "wafr", "wafr", "sasia", "sasia", "cn", "jp", "slav", "slav", "arab", "latam",
           "latam", "word", "word", "word")
TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Dr", "Mr", "Prof.", "Mx")
CITIES = ("Accra", "Dakar", "Pune", "Kolkata", "Chengdu", "Osaka", "Kharkiv", "Novi Sad", "Beirut", "Medellín")
FIRMS = ("Harbourline Insurance", "Quillstone Partners", "Brightmere Foods", "Oakhaven Systems", "Selkirk Logistics")


def _given_names() -> dict[str, list[str]]:
    return {origin: sorted(set(names.split())) for origin, names in GIVEN.items()}


class Person:
    def __init__(self, r: random.Random, given: dict[str, list[str]], origin: str | None = None) -> None:
        self.origin = origin = origin or r.choice(ORIGINS)
        self.first = r.choice(given[origin])
        self.last = r.choice(SURNAMES[origin].split()).replace("_", " ")
        if origin != "word" and r.random() < 0.25:
            # an English name that is words on one side only: `Willow Mensah`, `Oliver Price`
            if r.random() < 0.5:
                self.first = r.choice(given["word"])
            else:
                self.last = r.choice(SURNAMES["word"].split())
        # Chinese names family first
        self.family_first = origin == "cn"

    def full(self) -> str:
        return f"{self.last} {self.first}" if self.family_first else f"{self.first} {self.last}"


# Shapes a `{NAME}` slot takes.
SHAPES = (("FULL", 9), ("FIRST", 2), ("UC", 1), ("LC", 1), ("HON", 1), ("LF", 1))


class Gen(devset_names_d.Gen):
    CITIES, FIRMS = CITIES, FIRMS
    ORIGIN_KEYS = {"WFULL": "word", "WFIRST": "word", "WLC": "word", "WUC": "word"}
    ORIGIN_SHAPES = {"WFIRST": "FIRST", "WLC": "FIRST_LC", "WUC": "UC"}

    SHAPES, PERSON, GIVEN_NAMES = SHAPES, Person, staticmethod(_given_names)

    def shapes(self, p: Person) -> dict[str, Callable[[], tuple[str, list[str], str]]]:
        r = self.r
        return {
            "FULL": lambda: ("", [p.full()], ""),
            "FIRST": lambda: ("", [p.first], ""),
            "LAST": lambda: ("", [p.last], ""),
            "UC": lambda: ("", [p.full().upper()], ""),
            "LC": lambda: ("", [p.full().lower()], ""),
            "FIRST_LC": lambda: ("", [p.first.lower()], ""),
            "LF": lambda: ("", [p.last, p.first], ""),
            "LFUC": lambda: ("", [p.last.upper(), p.first.upper()], ""),
            "HON": lambda: (f"{r.choice(TITLES)} ", [p.last], ""),
            "POSS": lambda: ("", [r.choice((p.full(), p.first, p.full()))], "'s"),
        }


TEMPLATES = {
    "slots": (
        "Please email {FULL} about the contract renewal and copy me in.",
        "cc {FULL} and {FULL1} on the reply to the auditors.",
        "According to {FULL}, the migration slipped by two weeks.",
        "{POSS} account is locked after three failed logins, can you reset it?",
        "Loop in {FULL} before we send the quote to {FIRM}.",
        "Draft a polite reminder to {FULL} that the invoice is 30 days overdue.",
        "Can you set up a 30-minute call with {FULL} next Tuesday?",
        "On behalf of {FULL}, I'd like to request access to the finance share.",
        "Summarise the complaint {FULL} raised on {DATE} in three bullets.",
        "Forward the signed NDA to {FULL} at {EMAIL}.",
    ),
    "wordnames": (
        "Please email {WFULL} about the revised budget.",
        "{WFULL} will present the roadmap at the all-hands.",
        "Write a thank-you note to {WFULL} for covering my shifts.",
        "As {WFULL} pointed out, the figures for Q2 are wrong.",
        "Ask {WFULL} to approve the purchase order.",
        "{WFULL} joined the data team last month and needs a laptop.",
        "Book a meeting room for {WFULL} and {WFULL1} on Thursday.",
        "Feedback for {WFULL}: strong delivery, needs to delegate more.",
    ),
    "intro": (
        "Hi, my name is {WFULL} and I can't log in to the portal.",
        "I am {WFULL} from the accounts team; please update my bank details.",
        "This is {WFULL} calling about order {N}.",
        "Hello, I'm {FULL}, the new office manager in {CITY}.",
        "Thanks again for your help.\n\nSigned, {WFULL}",
        "My name is {FULL}. I was charged twice for one subscription.",
        "Regards,\n{WFULL}",
        "Best,\n{WFULL}\n{FIRM}",
    ),
    "records": (
        "PATIENT: {LFUC}\nBED: 12\nWARD: 6B",
        "EMPLOYEE NAME: {UC}\nGRADE: B2\nDEPT: FINANCE",
        "APPLICANT: {WUC}\nSTATUS: APPROVED",
        "NAME OF ACCOUNT HOLDER ........ {UC}",
        "TENANT: {UC}   UNIT: 4C   RENT DUE: 1ST",
        "CONSIGNEE: {UC}\nDESTINATION: {CITY}",
        "RE: {WUC} - CLAIM {N}",
        "SIGNATURE OF WITNESS: {UC}",
    ),
    "json": (
        '{"customer_name": "{FULL}", "plan": "pro", "seats": 12}',
        '{"user": {"first_name": "{FIRST}", "last_name": "{LAST}"}, "role": "admin"}',
        '{"id": {N}, "assignee": "{FULL}", "status": "open"}',
        '[{"name": "{FULL}", "score": 91}, {"name": "{FULL1}", "score": 84}]',
        '{"contact": {"name": "{WFULL}", "email": "{EMAIL}"}}',
        '{"approver": "{UC}", "amount": 4200}',
    ),
    "config": (
        "owner: {FULL}\nteam: payments\noncall: {FULL1}",
        "reviewers:\n  - {FULL}\n  - {WFULL1}",
        "2025-03-04T10:22:11Z INFO login ok user=\"{FULL}\" ip=10.0.0.7",
        "INSERT INTO staff (name, dept) VALUES ('{FULL}', 'HR'), ('{WFULL1}', 'IT');",
        "author = \"{FULL}\"\nversion = \"1.4.2\"",
        "customer,amount,date\n{FULL},120.00,{DATE}\n{WFULL1},75.50,{DATE}",
        "{N},{WFULL},gold,active\n{N},{FULL1},silver,lapsed",
    ),
    "lowerchat": (
        "ask {WLC} if he's in today",
        "{WLC} said the build is broken again lol",
        "me and {WLC} are grabbing lunch, want anything?",
        "can u send this to {LC}",
        "lol {WLC} is late again",
        "did {LC} reply to the email?",
        "tell {WLC} the meeting moved to 3",
    ),
    "multi": (
        "Please add {FULL} and {FULL1} to the onboarding list for {DATE}.",
        "The visa letter for {FULL} must be signed by {HON1}.",
        "Schedule interviews with {FULL}, {FULL1} and {FULL2}.",
        "{FULL} ({CITY}) and {FULL1} ({CITY}) will share the stand.",
        "Refund approved for {FULL}; notify {FIRST1} in billing.",
        "Translate this letter for {FULL}, who starts in {CITY} next week.",
        "The award for best mentor goes to {FULL}.",
    ),
    "opener": (
        "{WFULL} called twice this morning about the lease.",
        "{WFIRST} from procurement needs the signed quote.",
        "{WFULL} is on leave until the 14th; send urgent items to {FULL1}.",
        "{WFIRST}'s laptop was stolen from the car park.",
        "{WFULL}, can you review the draft by noon?",
    ),
}

# Benign prompts: firms, brands, places, products and words that look like names. Slots are
# filled from the lists below.
BENIGN_TEMPLATES = (
    "Please email {EPONYM} customer services about the overdue invoice.",
    "According to {EPONYM}'s annual report, margins fell.",
    "cc {EPONYM} support on the warranty claim.",
    "Our account at {EPONYM} was closed last year.",
    "{EPONYM} reported weaker sales in Europe.",
    "Is {EPONYM} a good stock to hold long term?",
    "Take the second left onto {STREET} and park by the church.",
    "The office moved to {STREET} in March.",
    "Book a table near {STREET} for Friday night.",
    "{OPENER}",
    "{OPENER} {OPENER}",
    "Ask {ASSISTANT} to set a timer for ten minutes.",
    "Is the {PRODUCT} worth the upgrade?",
    '{"name": "{THING}", "price": 19.99, "in_stock": true}',
    "name,qty\n{THING},4\n{THING},2",
    "product: {THING}\nsku: AB-{N}",
    "{CAPS}",
    "My name is on the waiting list for {STREET}.",
    "I am at {PLACE} now, running five minutes late.",
    "Signed, sealed and delivered by {EPONYM} couriers.",
    "| Vendor | Contact |\n|---|---|\n| {EPONYM} | sales desk |",
    "Regards,\nThe {EPONYM} team",
    "we ordered the {PRODUCT} from {EPONYM}, arrives tuesday",
    "Does {PLACE} have a late-night pharmacy?",
)
BENIGN_FILL = {
    "EPONYM": ("Johnson Matthey", "Hewlett Packard", "Charles Schwab", "Ralph Lauren", "Tommy Hilfiger", "Calvin Klein", "Hugo Boss", "Ted Baker", "Paul Smith", "Louis Vuitton", "Estée Lauder", "John Deere", "Thomson Reuters", "Dow Jones", "Harley Davidson", "Walt Disney", "Jimmy Choo", "Ben Sherman", "Marc Jacobs", "Vera Wang", "Dolce & Gabbana", "Jack Wolfskin", "Michael Kors", "Kate Spade"),
    "STREET": ("Penny Lane", "Abbey Road", "Grace Street", "Victoria Road", "Baker Street", "Wall Street", "Willow Lane", "Church Street", "Castle Hill", "Holly Avenue", "Hazel Grove", "Robin Hood Way", "King Street", "Queen Square"),
    "PLACE": ("Hunter Valley", "Chase Farm", "Skye", "Victoria Station", "Lincoln", "Sunny Hill", "Mason City", "Carter Bar", "Holly Springs", "Fern Bay"),
    "OPENER": ("Hunter boots are on sale this week.", "Chase the overdue invoices before Friday.", "Rusty pipes need replacing in block C.", "Holly and ivy decorations go up on Monday.", "Penny stocks are too risky for this fund.", "Sunny spells expected in the afternoon.", "Honor the agreement even if prices rise.", "Story points are due before sprint planning.", "Mason jars are in aisle four.", "Heath fires closed the footpath.", "Flint corn grows well in short summers.", "Star the repository if it helped you.", "Fern care: water twice a week.", "Dusty shelves attract moths.", "Chance of rain is 40 percent.", "Rich text is not supported in the comment box.", "Wall mounts are out of stock.", "Bishop to e5 wins a pawn.", "Price changes apply from 1 April.", "Swift code for the beneficiary bank is missing."),
    "ASSISTANT": ("Alexa", "Siri", "Cortana", "Google Assistant", "Bixby"),
    "PRODUCT": ("Dell Inspiron 14", "Ford Mustang", "Tesla Model S", "Jack Daniel's gift set", "Dyson Supersonic", "Hoover Freedom", "Lincoln Aviator", "Ferrari 296"),
    "THING": ("Premium Plan", "Rose Gold Case", "Summer Bundle", "Hunter Green Paint", "Starter Kit", "Willow Basket", "Ivy League Hoodie", "Holly Wreath", "Robin Egg Blue Mug", "Autumn Blend Coffee"),
    "CAPS": ("SUMMER SALE ENDS SUNDAY", "CHASE BANK STATEMENT - MARCH", "HUNTER VALLEY WINE TOUR", "GRACE PERIOD: 14 DAYS", "PRICE LIST 2025", "WALL STREET OPENS LOWER", "HOLLY BUSH GARDEN CENTRE", "CASTLE HILL CAR PARK FULL"),
    "N": ("1042", "3310", "7781"),
}


def build(n: int = 540, seed: int = SEED, benign: int = 170) -> tuple[list[Sample], dict[str, list]]:
    return devset_names_d.build(n, seed, benign, gen=Gen(seed), templates=TEMPLATES,
                                benign_templates=BENIGN_TEMPLATES, benign_fill=BENIGN_FILL)


def main(argv: list[str] | None = None) -> int:
    return devset_names_d.run(argv, __doc__, build, 540, SEED, width=11)


if __name__ == "__main__":
    sys.exit(main())
