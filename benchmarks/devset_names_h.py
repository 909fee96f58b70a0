"""English names, set H: speaker labels, attendee lists, headerless rows, greetings, titles and
roles, questions about a person, and names from origins the other sets have little of.

    python benchmarks/devset_names_h.py [--n 560] [--misses] [--show 5] [--seed 4417]

Sets A-G cover forms, headers, minutes, transcripts, chat exports, citations, capitals notices
and the slots of requests to an assistant. Set H is written for the carriers the held-out
English sets leak on and set G has little of:

- transcripts with speaker labels (`DARA: ...`, `Agent (Thu Trang): ...`, `[10:02] Emeka >`),
  a one-word name opening a line;
- meeting minutes with attendee lists (`Present: A; B; C`, `Apologies - A, B`, `Actions:` rows);
- HR and CRM records as headerless CSV, pipe and tab rows and SQL `INSERT ... VALUES` rows
  with no column list;
- e-mail greetings and signatures in lower and mixed case (`Hi dara,`, `Morning Emeka!`,
  `Cheers,\\nX`, `X | Sent from Outlook`);
- ALL-CAPS call notes and lower-case chat;
- names after titles and roles (`Dr.`, `Prof.`, `Ms.`, `Nurse`, `Officer`, `Sgt.`, `Coach`,
  `Pastor`, `Engr.`, `Atty.`, `Alhaji`, `Pak`, `Bu`);
- possessives and questions about a person (`Who is X?`, `Is X still on leave?`);
- self-introductions the small model types ORG or a place (`My name is Grace Park`);
- origins: Vietnamese (family first or last), Yoruba, Igbo and Hausa, Arabic, South Asian
  (Tamil, Malayali, Gujarati, Bengali, Pakistani, Sri Lankan), Eastern European (Polish,
  Romanian, Bulgarian, Hungarian, Ukrainian, Croatian), Indonesian (often one name),
  Filipino, Korean, Latin American, English, and names that are English words (`Grace Park`,
  `Rose`, `Hunter`, `Summer Reed`);
- a `benign` category (150 prompts): the same words as no person: months, weekdays, colours,
  plants, firms, streets, products, code identifiers and values, speaker labels that are roles
  (`Agent:`, `Customer:`), headerless rows of products, capitals headings, titles before a
  brand (`Dr. Martens`), places in the origins' countries (`Da Nang`, `Enugu`, `Cebu`).

Name pool: every given name and surname here was typed for this file from general knowledge
(none drawn from Faker, a generator's list, nam_dict, presidio-evaluator or presidio-research
data, or names-dataset).

Scored like sets D-G (devset_names.report and devset_names_d.benign_person).

Written and scored once before any fix for it (552 name prompts, 774 PERSON spans, 150
benign): PERSON name-char leak 0.145, recall 0.806, PERSON findings over-mask 0.0164; benign
PERSON over-mask 0.0443 (35 of 150 benign prompts with a PERSON finding). Worst: lower-case
chat (0.437), ALL-CAPS notes (0.215), headerless rows (0.179), speaker labels (0.170),
attendee lists (0.164), possessives (0.120); by shape a given name alone (0.68 fully masked,
0.56 lower-case, 0.59 capitals) and a surname alone (0.28); by origin Filipino 0.67, Indonesian
0.73, Yoruba 0.73, Igbo 0.75, word names 0.72.
After the fixes of the same branch (name_records.py: headerless rows and SQL tuples, labelled
lines of transcripts and action lists; name_frames.py: questions about a person, one-word
owners of what only people have; capitals between a notice's dashed fields; vowel-less
capitals are acronyms; `btw` / `w/` chat cues): 0.107, 0.848, 0.0153; benign 0.0402 (29 of
150). Left: lower-case chat (0.437: word names `joy`, `daisy`, `will`, full lower-case names),
capitals single names (`X IS OUT TODAY, Y COVERING`), attendee lists after `Who:` and
`Apologies -`, `Name\nmessage` chat exports, names in SQL rows that no list knows, word names
after titles that are no title to the finder (`Chief`, `Engr.`, `Coach`).
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

SEED = 4417

# Given names and surnames typed for this file; `_` joins the words of one name.
GIVEN = {
    "anglo": """Nigel Gwendolyn Bartholomew Clementine Rhys Ffion Alistair Morag Declan Siobhan
        Trevor Marjorie Lionel Winifred Cedric Agatha""",
    # Vietnamese given names, most with a middle name
    "vn": """Thi_Hoa Van_Minh Thu_Trang Minh_Anh Quoc_Bao Thanh_Huong Duc_Anh Ngoc_Lan
        Hoang_Long Phuong_Linh Tuan Khanh Thao Hieu Nhung Thi_Mai Van_Hung Bich_Ngoc""",
    "yoruba": """Adebayo Oluwaseun Folake Temitope Babatunde Yetunde Ayodele Funmilayo Olamide
        Kehinde Damilola Abiodun""",
    "igbo": """Chinedu Ngozi Emeka Nkechi Obinna Chiamaka Ifeanyi Uchenna Chukwuemeka Adaora
        Nnamdi Chidinma""",
    "hausa": """Abdullahi Aminu Hauwa Usman Halima Sani Garba Bashir Rabiu Fatima Zainab Nura""",
    "arab": """Khalid Mariam Ahmad Yasmin Mustafa Huda Rashid Lina Jamal Amira Nabil Suad Ziad
        Dina Hassan Rawan""",
    "sasia": """Nandini Karthik Shreya Sanjay Divya Nikhil Tanvi Farhan Ayesha Imran Nusrat
        Chathura Dilani Harshit Prakash Lakshmanan Sneha Anil""",
    "eeur": """Agnieszka Małgorzata Tomasz Wojciech Katarzyna Ionuț Andreea Mihai Radu Ioana
        Stoyan Desislava Kaloyan Zsófia Bence Levente Ágnes Miroslav Vesna Goran Taras Halyna""",
    "indo": """Budi Siti Agus Dewi Rudi Wulan Putri Eko Bambang Indah Rina Adi Lestari Wahyu
        Fitri Hendra Ratna""",
    "fil": """Maricel Jericho Jonel Mylene Rhea Arnel Dindo Liza Jomar Kristine Aileen Rodel
        Marites Jun-Jun""",
    "kr": """Ji-woo Min-jun Seo-yeon Hyun-woo Eun-ji Jae-hyun Soo-ah Dong-hyun Ha-eun Joon-ho""",
    "latam": """Alejandro Guadalupe Jorge Marisol Esteban Paola Rafael Yesenia Héctor Itzel
        Fernando Maricruz Ulises Araceli Álvaro Beatriz""",
    # given names that are English words (the issue's `Grace Park`, `Rose`, `Hunter`)
    "word": """Grace Rose Hunter Summer Faith Joy Dawn Ruby Amber Iris Daisy Violet Olive Pearl
        May June April Will Bill Mark Frank Drew Dean Grant Miles Sandy Cliff Glen Heather
        Crystal Melody River Storm Jade Brooke Reed Rowan Sage King Earl""",
}
SURNAMES = {
    "anglo": """Pritchard Featherstone Ogilvie Braithwaite Culpepper Hargreaves Tremayne
        McAllister Lowther Danvers Quigley Rowntree""",
    "vn": """Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo Duong Ly Trinh""",
    "yoruba": """Adeleke Ogunleye Olawale Adesanya Oyelaran Bakare Ajayi Fashola Ogundipe
        Akinwale Oladipo""",
    "igbo": """Okafor Okeke Nwosu Eze Obi Okoro Nwachukwu Onyeka Ugwu Anozie Chukwu Obiora""",
    "hausa": """Danladi Lawal Shehu Bala Sule Gambo Idris Garba Umar Tanko""",
    "arab": """Al-Qahtani Al-Shammari Barakat Darwish Nasser Qasim Suleiman Taha Hijazi Awad
        Shalaby Bouazza Benali Zaher""",
    "sasia": """Patel Shah Desai Joshi Pillai Nair Menon Krishnan Subramanian Qureshi Siddiqui
        Hossain Perera Fernando Jayasuriya Wickramasinghe Bose Ghosh""",
    "eeur": """Kowalczyk Wiśniewska Nowicki Zawadzki Popescu Ionescu Dumitrescu Georgiev
        Dimitrova Todorov Fekete Balázs Kovač Marinković Bondarenko Melnyk Horvat""",
    "indo": """Santoso Wijaya Susanto Hidayat Pratama Kusuma Setiawan Saputra Gunawan Halim
        Nugroho Rahmawati Purnomo""",
    "fil": """Dela_Cruz Santos Reyes Bautista Villanueva Mendoza Aquino Dimaculangan Manalo
        Soriano Tolentino Mercado Pangilinan Cabrera De_Guzman""",
    "kr": """Park Kim Lee Choi Jung Kang Yoon Han Shin Seo""",
    "latam": """Hernández Ramírez Torres Vargas Rojas Castillo Aguilar Delgado Navarro Espinoza
        Paredes Ochoa Cruz Fuentes Sandoval""",
    # surnames that are English words
    "word": """Young King Moss Bell Cook Hart Crane Drake Finch Page Reed Rice West Love Case
        Temple Ward Booth Cross Marsh Frost Park Hunter Rose Summers Noble Sterling""",
}
ORIGINS = ("anglo", "vn", "vn", "yoruba", "igbo", "hausa", "arab", "sasia", "sasia", "eeur",
           "eeur", "indo", "fil", "kr", "latam", "word", "word", "word")
TITLES = ("Dr.", "Prof.", "Ms.", "Mr.", "Mrs.", "Nurse", "Officer", "Sgt.", "Coach", "Pastor",
          "Judge", "Captain", "Rev.", "Sister", "Engr.", "Atty.", "Alhaji", "Chief", "Pak", "Bu",
          "Detective", "Councillor")
CITIES = ("Hanoi", "Lagos", "Enugu", "Kano", "Amman", "Chennai", "Lahore", "Colombo", "Gdańsk",
          "Cluj", "Plovdiv", "Surabaya", "Cebu", "Busan", "Guadalajara")
FIRMS = ("Tidewater Mutual", "Corvane Labs", "Greyfold Consulting", "Palisade Freight", "Marrowgate Health")


def _given_names() -> dict[str, list[str]]:
    return {origin: sorted({n.replace("_", " ") for n in names.split()})
            for origin, names in GIVEN.items()}


class Person:
    def __init__(self, r: random.Random, given: dict[str, list[str]], origin: str | None = None) -> None:
        self.origin = origin = origin or r.choice(ORIGINS)
        self.first = r.choice(given[origin])
        self.last = r.choice(SURNAMES[origin].split()).replace("_", " ")
        if origin in ("anglo", "fil", "kr") and r.random() < 0.3:
            # an English given name with a surname of the origin: `Grace Park`, `Joy Santos`
            self.first = r.choice(given["word"])
        # Vietnamese names are written family first in Vietnam, often given first abroad;
        # Korean names family first about half the time
        self.family_first = (origin == "vn" and r.random() < 0.6) or (
            origin == "kr" and self.first not in given["word"] and r.random() < 0.5)
        # many Indonesians have one name only
        self.mononym = origin == "indo" and r.random() < 0.4

    def full(self) -> str:
        if self.mononym:
            return self.first
        return f"{self.last} {self.first}" if self.family_first else f"{self.first} {self.last}"

    def given(self) -> str:
        # a Vietnamese given name alone is its last word (`Hoa` of `Thi Hoa`)
        return self.first.split()[-1] if self.origin == "vn" else self.first


# Shapes a `{NAME}` slot takes.
SHAPES = (("FULL", 8), ("FIRST", 3), ("UC", 1), ("LC", 1), ("HON", 2), ("LF", 1))


class Gen(devset_names_d.Gen):
    CITIES, FIRMS = CITIES, FIRMS
    ORIGIN_KEYS = {"WFULL": "word", "WFIRST": "word", "WLC": "word", "WUC": "word",
                   "VFULL": "vn", "NFULL": "yoruba", "IFULL": "igbo", "HFULL": "hausa"}
    ORIGIN_SHAPES = {"WFIRST": "FIRST", "WLC": "FIRST_LC", "WUC": "UC"}

    SHAPES, PERSON, GIVEN_NAMES = SHAPES, Person, staticmethod(_given_names)

    def shapes(self, p: Person) -> dict[str, Callable[[], tuple[str, list[str], str]]]:
        r = self.r
        return {
            "FULL": lambda: ("", [p.full()], ""),
            "FIRST": lambda: ("", [p.given()], ""),
            "LAST": lambda: ("", [p.last], ""),
            "UC": lambda: ("", [p.full().upper()], ""),
            "LC": lambda: ("", [p.full().lower()], ""),
            "FIRST_LC": lambda: ("", [p.given().lower()], ""),
            "FIRST_UC": lambda: ("", [p.given().upper()], ""),
            "LF": lambda: ("", [p.last, p.first], ""),
            "HON": lambda: (f"{r.choice(TITLES)} ", [r.choice((p.last, p.full(), p.given()))], ""),
            "POSS": lambda: ("", [r.choice((p.full(), p.given(), p.full()))], "'s"),
        }


TEMPLATES = {
    "speakers": (
        "{FIRST_UC}: are we still on for the vendor call?\n{FIRST_UC1}: yes, 2pm.\n{FIRST_UC}: great",
        "Agent ({FIRST}): Thanks for holding, how can I help?\nCustomer: my card was declined twice.",
        "[10:02] {FIRST} > pushed the hotfix\n[10:03] {FIRST1} > nice, deploying now",
        "Transcript excerpt\n{FULL}: I never received the refund.\nSupport: I'm sorry to hear that.",
        "{FIRST}: can you check the PO?\n{FIRST1}: on it\n{FIRST}: thx",
        "Interviewer: Tell me about your last role.\n{FIRST}: I led a team of six at {FIRM}.",
        "Speaker 2 ({FULL}): The numbers for the east region look low.",
        "{FIRST}\nhey, did the invoice go out?\n\n{FIRST1}\nnot yet, tomorrow",
    ),
    "attendees": (
        "Attendees: {FULL}; {FULL1}; {FULL2}\nNotes taken by {FIRST3}.",
        "Present - {NAME}, {NAME1}, {NAME2}\nApologies - {NAME3}",
        "In attendance: {FULL} (chair), {FULL1} (minutes), {FULL2}",
        "Actions:\n- {FIRST}: chase the insurer\n- {FIRST1}: book the hall\n- {FIRST2}: update the wiki",
        "Weekly sync {DATE}\nWho: {FIRST}, {FIRST1}, {FIRST2}, me\nBlockers: none",
        "Absent with apologies: {HON} and {HON1}.",
        "Participants\n{FULL}\n{FULL1}\n{FULL2}",
    ),
    "rows": (
        "{N},{FULL},{EMAIL},Accounts\n{N},{FULL1},{EMAIL},Legal",
        "INSERT INTO employees VALUES ({N}, '{FIRST}', '{LAST}', 'Sales', '2023-04-01');",
        "INSERT INTO contacts VALUES ({N}, '{FULL}', 'Gold'), ({N}, '{FULL1}', 'Silver');",
        "{N}|{LAST}|{FIRST}|Nurse|Night shift",
        "{FULL}\t{CITY}\tactive\n{FULL1}\t{CITY}\tsuspended",
        "{LAST},{FIRST},F,1988-02-11,{CITY}",
        "('{FULL}', 'manager', 82000),\n('{FULL1}', 'analyst', 56000),",
        "cust{N};{FULL};overdue;45.10",
    ),
    "greetings": (
        "Hi {FIRST_LC},\n\nJust checking you got the slides.\n\nThanks",
        "Morning {FIRST}! Quick one: is the report ready?",
        "Dear {HON},\n\nPlease find attached the signed agreement.",
        "Hey {FIRST} - the courier is downstairs.",
        "Cheers,\n{FIRST}",
        "Thanks in advance,\n{FULL}\nAccounts Payable, {FIRM}",
        "{FULL} | Sent from Outlook for iOS",
        "hi {FIRST_LC} can u resend the link pls",
        "Good afternoon {FULL},\nYour appointment is confirmed for {DATE}.",
        "Many thanks\n\n{FIRST}\n\n--\n{FULL} | Procurement Lead",
    ),
    "caps": (
        "CALL BACK {UC} RE: REFUND ON ORDER {N}",
        "TO: {UC}\nFROM: {UC1}\nSUBJECT: SHIFT SWAP",
        "VISITOR LOG - {UC} - SIGNED IN 09:14",
        "PLEASE PAY {UC} THE AMOUNT OF 1,200.00",
        "{FIRST_UC} IS OUT TODAY, {FIRST_UC1} COVERING",
        "URGENT: {UC} LOCKED OUT OF VPN",
    ),
    "lowerchat": (
        "omg {FIRST_LC} got the job!!",
        "btw {LC} said the contract is fine",
        "{FIRST_LC} u there?",
        "is {WLC} coming to the offsite or nah",
        "tell {FIRST_LC} i'll be late",
        "ok so {FIRST_LC} and {FIRST_LC1} are swapping shifts",
        "lunch w/ {LC} tmrw",
        "{WLC} just pinged me about the budget",
    ),
    "titles": (
        "{HON} will see you at 3pm in room 4.",
        "Please ask {HON} to countersign the form.",
        "Referred by {HON} to the cardiology clinic.",
        "The statement was taken by {HON} at the scene.",
        "{HON} has approved your leave request.",
        "Meeting with {HON} and {HON1} moved to Friday.",
        "Can you draft a thank-you letter to {HON} for the talk?",
    ),
    "possessive": (
        "{POSS} visa expires next month, please start the renewal.",
        "Where did you put {POSS} badge?",
        "Update {POSS} bank details in the payroll system.",
        "I need {POSS} signature on page 3.",
        "{POSS} manager asked for the figures by noon.",
    ),
    "questions": (
        "Who is {FULL} and why is she on the invoice?",
        "Is {FIRST} still on leave?",
        "What did {FULL} say about the delay?",
        "Does {FULL} have admin rights on the repo?",
        "How long has {FULL} worked here?",
        "Where is {FIRST} sitting these days?",
        "Can you find {FULL}'s phone number?",
        "When does {HON} get back from {CITY}?",
    ),
    "intro": (
        "My name is {WFULL} and I'd like to cancel my membership.",
        "Hello, my name is {FULL}, I ordered a sofa in March.",
        "I'm {WFULL}, your new account manager.",
        "Hi there, {FULL} here from {FIRM}.",
        "This is {WFULL}, returning your call.",
        "My name's {FIRST} and I live in flat 3.",
    ),
    "wordnames": (
        "{WFULL} approved the quote yesterday.",
        "Send the draft to {WFULL} and {WFULL1}.",
        "{WFIRST} said the printer on floor 2 is jammed.",
        "Thanks to {WFULL} for organising the party!",
        "{WFIRST}, can you review the PR?",
        "Invite {WFULL} to the budget review.",
    ),
    "origins": (
        "{VFULL} has been promoted to team lead.",
        "Please arrange airport pickup for {VFULL} on {DATE}.",
        "{NFULL} will join the call from {CITY}.",
        "The loan application from {IFULL} is incomplete.",
        "{HFULL} signed the delivery note.",
        "Our contact at the bank is {IFULL}.",
        "Book two rooms for {NFULL} and {HFULL1}.",
    ),
}

# Benign prompts: the set's name words as no person. Slots are filled from the lists below.
BENIGN_TEMPLATES = (
    "{MONTH} sales were up on last year.",
    "The office is closed on {DAY}.",
    "Paint the hallway {COLOUR} and the doors white.",
    "{PLANT} needs full sun and well-drained soil.",
    "Please email {FIRMW} about the audit fee.",
    "Take a left onto {STREET} after the bridge.",
    "Is the {PRODUCT} compatible with my charger?",
    "{CODE}",
    "Agent: Thanks for calling, how can I help?\nCustomer: my parcel never arrived.\nAgent: let me check.",
    "Attendees: Finance, Legal, HR and the {TEAM} team.",
    "{N},{THING},19.99,in stock\n{N},{THING},4.50,backorder",
    "INSERT INTO products VALUES ({N}, '{THING}', 'accessories', 12.00);",
    "{CAPS}",
    "grab some {LOWER} on the way home",
    "Dr. Martens boots are half price this week.",
    "Who is the data controller under GDPR?",
    "What did the central bank say about rates?",
    "Hi team,\n\nThe {MONTH} newsletter is attached.\n\nThanks",
    "Cheers,\nThe {TEAM} team",
    "Flights from {PLACE} to {PLACE} on {DAY}",
    "{FIRMW}'s new store opens on {STREET}.",
    "Officer training starts in {MONTH}.",
    "Nurse sharks are harmless to divers.",
    "{PLANT} and {PLANT} for the window boxes, please.",
    "Present: all members except the {TEAM} team.",
)
BENIGN_FILL = {
    "MONTH": ("May", "June", "April", "August", "March", "January"),
    "DAY": ("Monday", "Tuesday", "Friday", "Sunday", "Wednesday"),
    "COLOUR": ("Rose", "Amber", "Violet", "Olive", "Ruby", "Jade", "Hunter Green", "Sage", "Pearl Grey", "Dusty Pink"),
    "PLANT": ("Iris", "Daisy", "Heather", "Lily of the valley", "Sage", "Rose", "Jasmine", "Ivy", "Lavender", "Olive"),
    "FIRMW": ("Grant Thornton", "Ernst & Young", "Crane Worldwide", "King Arthur Baking", "Rose Brothers", "Temple & Webster", "Drake & Scull", "Summit Partners", "Booth Logistics", "Marks & Spencer"),
    "STREET": ("King Street", "Park Lane", "Rose Street", "May Road", "Grace Avenue", "Temple Row", "Hunter Street", "Ward Road", "Nguyen Hue Street", "Ikorodu Road"),
    "PRODUCT": ("Amber Pro Lamp", "Jade Roller", "Summer Infant monitor", "Hunter Douglas blind", "Crystal Clear case", "King Size duvet", "Iris Ohyama fan", "Ruby on Rails starter kit"),
    "CODE": ("grace_period = timedelta(days=14)", "class Rose(Flower):\n    petals = 5", "if summer and not winter:\n    heat.on()", "SELECT * FROM iris WHERE species = 'setosa';", "const joy = require('joy-validate');", "may_retry = True\nwill_fail = False", "git checkout -b hunter/fix-login", "mark.parametrize('n', [1, 2, 3])", "storm.topology.build()", "sage --python script.py"),
    "TEAM": ("Platform", "Growth", "Payroll", "Field Service", "Data"),
    "THING": ("Rose Gold Strap", "Amber Glass Jar", "Olive Oil 1L", "Summer Hat", "Violet Soap", "Jade Plant Pot", "King Prawns 500g", "Grace Period Extension"),
    "CAPS": ("MAY BANK HOLIDAY CLOSURE", "GRACE PERIOD ENDS FRIDAY", "SUMMER SALE - UP TO 50% OFF", "HUNTER VALLEY SHIRAZ 2019", "ROSE GARDEN CLOSED FOR WORKS", "KING STREET CAR PARK FULL", "JUNE PAYROLL RUN COMPLETE"),
    "LOWER": ("sage and rosemary", "olive oil", "rose wine", "daisy chains for the party", "ivy cuttings", "fresh basil"),
    "PLACE": ("Da Nang", "Enugu", "Cebu", "Surabaya", "Ibadan", "Kano", "Hanoi", "Lahore", "Plovdiv", "Busan", "Guadalajara", "Amman"),
    "N": ("1042", "3310", "7781", "5520"),
}


def build(n: int = 560, seed: int = SEED, benign: int = 150) -> tuple[list[Sample], dict[str, list]]:
    return devset_names_d.build(n, seed, benign, gen=Gen(seed), templates=TEMPLATES,
                                benign_templates=BENIGN_TEMPLATES, benign_fill=BENIGN_FILL)


def main(argv: list[str] | None = None) -> int:
    return devset_names_d.run(argv, __doc__, build, 560, SEED, width=11)


if __name__ == "__main__":
    sys.exit(main())
