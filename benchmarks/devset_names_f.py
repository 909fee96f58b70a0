"""English names, set F: working-text layouts sets A-E lack, names of eight more origins, and
firms, places and code named after people.

    python benchmarks/devset_names_f.py [--n 520] [--misses] [--show 5] [--seed 7219]

Sets A-E cover forms, greetings, headers, minutes, CSV rows, transcripts with `Name:` labels,
citations, captions, sports and subtitles. Set F is written for the layouts of working text
none of them has, so it says how far the English PERSON finder carries to text nobody here
wrote:

- genres: chat exports with timestamps (`[12/03/2025, 09:14:22] Name: ...`, `12/03/2025,
  21:04 - Name: ...`, Slack's `Name  10:42 AM`, `created group` / `added` lines), meeting
  transcripts whose turns are a surname in capitals (`ADEBAYO: ...`), `SURNAME Given:` or a
  Zoom caption block, e-mail threads with quoted Outlook headers (`> From: ... [mailto:...]`)
  and sign-offs after them, people tables (CSV with a capitals surname column, TSV and
  markdown with `Surname, Given` cells), CRM notes (`call w/ mr. nguyen re renewal`), HR and
  support tickets, dialogue in prose with first names alone (`"Where's Tunde?" asked Rose.`),
  lower-case chat, capitals notices;
- shapes: lower-case honorifics (`mr. x y`, `dr x`, `prof. x`), `Surname, Given` and `SURNAME
  Given` orders, names all in capitals or all in lower case, names made of words (`Grace
  Park`, `Will Street`, `Rose`, `Hope Church`) and first names alone in dialogue;
- origins: Vietnamese (family, middle, given), Yoruba and Igbo, Tamil, Arabic, Polish,
  Turkish, Filipino, Korean (romanised, either order), English;
- a `benign` category (160 prompts): law firms, banks, shops and products named after people
  (`Slaughter and May`, `Morgan Stanley`, `John Lewis`, `Ford Focus`, `Dell XPS 13`), streets,
  airports and venues named after people used as places (`Nelson Mandela Square`, `John F.
  Kennedy International`, `Carnegie Hall`, `Hope Street`), name words opening a sentence
  (`Will the build pass?`, `Mark the invoice as paid.`), code identifiers (`getFirstName`,
  `RoseTreeNode`), capitals notices (`WILL AND TESTAMENT`), each of which must stay unmasked
  as PERSON.

Name pool: given names of the Vietnamese, Arabic, Polish, Turkish and Korean people are drawn
at random from Jörg Michael's `nam_dict.txt` (inside the `gender-guesser` package, GNU FDL;
see sovereign_guard/detect/name_lists.py) from the column of each country, frequency 3 or more
there, and the English ones from the Great Britain/U.S.A. columns; nam_dict has no Nigerian,
Tamil or Filipino column, so those given names, the word names and every surname were typed
for this file (none drawn from a generator's list). No Faker list, no presidio-evaluator or
presidio-research data, no names-dataset.

Caveat: the nam_dict given names come from the list the detector reads, so their recall is an
upper bound; the typed Yoruba, Igbo, Tamil and Filipino given names are the ones it may lack.

Scored like sets D and E (devset_names.report and devset_names_d.benign_person).

Written and scored once before any fix for it (520 name prompts, 997 PERSON spans, 160
benign): PERSON name-char leak 0.205, recall 0.747, PERSON findings over-mask 0.0223; benign
PERSON over-mask 0.0740 (39 of 160 benign prompts with a PERSON finding). Worst: honorific
(0.481), lower-case chat (0.389), dialogue (0.360), chat exports (0.313), meeting (0.256);
shapes lower-case honorifics (0.28 fully masked), lower-case first names (0.27), `SURNAME
Given` (0.36), a surname alone (0.50). After the fixes of the same branch (name_layouts.py,
capitals surname speakers, dialogue cues, `Surname & Surname` firms, places and days named
after people): 0.068, 0.910, 0.0133; benign 0.0432 (26 of 160); sets A, C, D, E no worse.
Left: names that are words in lower-case chat (`mark`, `drew`), famous eponymous firms no
rule can tell from a person (`Charles Schwab`, `Goldman Sachs`), name words opening a
sentence (`Frank feedback`, `Jack up the car`), possessive shop names (`Wendy's`).
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
from devset_names import VN_MIDDLE, nam_dict_names  # noqa: E402

SEED = 7219

# nam_dict's frequency columns (see the file's header).
COLUMNS = {"anglo": (30, 32), "vn": (83,), "ar": (77,), "pl": (53,), "tr": (76,), "kr": (82,)}

# Given names typed for this file where nam_dict has no column.
TYPED_GIVEN = {
    "ng": """Adebayo Oluwaseun Folasade Temitope Olumide Yetunde Babajide Funmilayo Ayodele
        Kehinde Chiamaka Chinonso Ngozi Emeka Obinna Ifeoma Nnamdi Chidinma Uchechi Ikenna
        Adaeze Tobenna Damilola Oluwatoyin Ebere Chukwudi Bolanle Abimbola""",
    "ta": """Karthik Senthil Murugan Thenmozhi Kavitha Arulmozhi Selvam Anbu Ilango Vetri
        Kalaiselvi Saravanan Meenakshi Tamilselvi Prabhakaran Yazhini Nithya Velu Kumaran
        Malarvizhi Sivagami Elango Thamarai Bharathi""",
    "ph": """Maricel Rowena Jocelyn Marites Analyn Arnel Jhun Rommel Ernesto Leonora Divina
        Rodrigo Maricar Jericho Lorna Reynaldo Cristina Rhea Jomar Girlie Jinky Bong Dindo""",
    # given names that are words (kept where nam_dict lists them)
    "word": """Grace Rose Will Hope Faith Joy Mark Bill Frank Drew Chase Dawn June Summer Hunter
        Iris Lily Amber Ruby Jack Ray Sterling Heather Dean""",
}
# Surnames typed for this file; `_` joins the words of one surname (`Dela_Cruz`).
SURNAMES = {
    "anglo": """Ashby Broadhurst Cheverton Dunstable Featherstone Gillingham Hawksworth
        Ketteridge Lindley Marchbank Nettleford Oldroyd Pilkington Rushworth Stainton Thackeray
        Wilberforce Yelland Brackley Cottingham""",
    "vn": """Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong""",
    "ng": """Ogundipe Oyebanji Adekunle Akintola Fashola Oduya Onwuachi Nwadike Okpara Anozie
        Ezeilo Obiora Nwogu Ugwu Akinwande Olanrewaju Adeyinka Okonjo""",
    "ta": """Subramanian Ramasamy Annamalai Palaniappan Murugesan Krishnasamy Arumugam Ganesan
        Rajendran Venkatachalam Chidambaram Natarajan Sivakumar Thangavel Elangovan""",
    "ar": """Al-Zahrani Al-Qahtani Barakat Jaber Shaheen Othman Suleiman Hijazi Tamimi Zaidan
        El-Masry Bakr Nassar Rahal Al-Amiri""",
    "pl": """Kowalski Wiśniewski Wójcik Kamińska Lewandowski Zielińska Szymański Woźniak
        Dąbrowski Kozłowska Jankowski Mazur Krawczyk Piotrowski Grabowska""",
    "tr": """Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aslan Çetin
        Koç Kurt Özdemir""",
    "ph": """Dela_Cruz Bautista Villanueva Macaraeg Manalo Pangilinan Dimaculangan Mercado
        Soriano Magbanua Lacson Tolentino Dizon Sison Panganiban""",
    "kr": """Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song""",
    # surnames that are words or parts of places' names
    "word": """Park Street Hope Church Hill Rose Bell King Lane Moss Wood Banks Field Brook
        Marsh Young Hall Gates""",
}
ORIGINS = ("anglo", "anglo", "vn", "ng", "ng", "ta", "ar", "pl", "tr", "ph", "kr", "kr", "word")
TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Dr", "Mr", "Prof.")
LOWER_TITLES = ("mr. ", "mr ", "mrs. ", "ms ", "dr ", "dr. ", "prof. ", "miss ")
CITIES = ("Lagos", "Chennai", "Da Nang", "Gdańsk", "İzmir", "Cebu", "Busan", "Amman", "Leicester", "Ibadan")
FIRMS = ("Tidewater Freight", "Copperleaf Clinics", "Northgate Software", "Pellucid Insurance", "Ravensworth Estates")


def _given_names() -> dict[str, list[str]]:
    out, listed = nam_dict_names(COLUMNS)
    for origin, names in TYPED_GIVEN.items():
        out[origin] = sorted(set(names.split()))
    out["word"] = [n for n in out["word"] if n in listed]
    return out


class Person:
    def __init__(self, r: random.Random, given: dict[str, list[str]], origin: str | None = None) -> None:
        self.origin = origin = origin or r.choice(ORIGINS)
        self.first = r.choice(given[origin])
        self.last = r.choice(SURNAMES[origin].split()).replace("_", " ")
        # Vietnamese names are family, middle, given; Korean ones either order
        self.middle = r.choice(VN_MIDDLE) if origin == "vn" else None
        self.family_first = origin == "vn" or origin == "kr" and r.random() < 0.5

    def full(self) -> str:
        if self.middle:
            return f"{self.last} {self.middle} {self.first}"
        return f"{self.last} {self.first}" if self.family_first else f"{self.first} {self.last}"


# Shapes a `{NAME}` slot takes.
SHAPES = (("FULL", 8), ("FIRST", 3), ("LAST", 1), ("UC", 1), ("LC", 1), ("LF", 1), ("SG", 1),
          ("HON", 1), ("LHON", 1))


class Gen(devset_names_d.Gen):
    CITIES, FIRMS = CITIES, FIRMS
    ORIGIN_KEYS = {"WFULL": "word", "WFIRST": "word", "WLC": "word"}
    ORIGIN_SHAPES = {"WFIRST": "FIRST", "WLC": "FIRST_LC"}

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
            "FIRST_UC": lambda: ("", [p.first.upper()], ""),
            "LAST_UC": lambda: ("", [p.last.upper()], ""),
            # `Kowalski, Anna`; `KOWALSKI Anna`
            "LF": lambda: ("", [p.last, p.first], ""),
            "SG": lambda: ("", [f"{p.last.upper()} {p.first}"], ""),
            # `Dr Okpara`, `Ms. Kamińska`; `mr. nguyen van an`, `dr okpara`
            "HON": lambda: (f"{r.choice(TITLES)} ", [p.last], ""),
            "LHON": lambda: (r.choice(LOWER_TITLES), [r.choice((p.full(), p.last)).lower()], ""),
            "POSS": lambda: ("", [r.choice((p.full(), p.first))], "'s"),
        }


TEMPLATES = {
    "chatexport": (
        "[12/03/2025, 09:14:22] {FULL}: running 10 min late\n[12/03/2025, 09:15:01] {FULL1}: no worries, we'll start without you",
        "12/03/2025, 21:04 - {FULL}: did anyone take the blue folder?\n12/03/2025, 21:06 - {FIRST1}: i think {FIRST} did",
        "3/4/25, 8:02 AM - {FIRST}: good morning everyone\n3/4/25, 8:05 AM - {FIRST1}: morning!!",
        "14/02/2025, 18:30 - {FULL} created group \"Flat 4 bills\"\n14/02/2025, 18:30 - {FULL} added {FULL1}",
        "[2025-03-04 10:02] <{FIRST_LC}> anyone seen {FIRST_LC1}?\n[2025-03-04 10:03] <{FIRST_LC2}> at lunch i think",
        "{FULL}  10:42 AM\nmerged, thanks!\n{FULL1}  10:44 AM\ngreat, deploying after standup",
    ),
    "meeting": (
        "{LAST_UC}: Shall we begin?\n{LAST_UC1}: Yes. First item is the audit.\n{LAST_UC}: Go ahead.",
        "{FIRST_UC} {LAST_UC}: I'll take the minutes today.\nCHAIR: Thank you. Any apologies?",
        "{SG}: agreed on the timeline.\n{SG1}: Then I'll circulate the draft tonight.",
        "00:12:03 {FULL}\nSo the question is whether we renew.\n\n00:12:10 {FULL1}\nI'd say yes, with a shorter term.",
        "Q ({FULL}): When will the results be published?\nA ({HON1}): Early next month.",
        "Present: {FULL}, {FULL1}, {LAST2} (chair)\n{LAST2}: Let's start with the budget.",
    ),
    "thread": (
        "Fine by me.\n\n> -----Original Message-----\n> From: {FULL} [mailto:{EMAIL}]\n> Sent: {DATE}\n> To: {FULL1}\n> Subject: RE: keys",
        "Hi {FIRST},\n\nSee below.\n\n{FIRST1}\n\n________________________________\nFrom: {LF} <{EMAIL}>\nSent: {DATE}\nSubject: invoice 44",
        "Begin forwarded message:\n\nFrom: {FULL} <{EMAIL}>\nDate: {DATE}\nTo: {FULL1} <{EMAIL}>\nSubject: site visit",
        "On {DATE}, at {TIME}, {FULL} <{EMAIL}> wrote:\n> ok, send it over\n\nCheers\n{FIRST1}",
        "Warm regards,\n{UC}\nOperations | {FIRM}",
        "Thanks for the quick turnaround.\n\n-- \n{FULL}\n{FIRM}\nmobile {PHONE}",
    ),
    "tables": (
        "surname,given_name,team\n{LAST_UC},{FIRST},Ops\n{LAST_UC1},{FIRST1},Finance",
        "| # | Employee | Start date |\n|---|---|---|\n| 1 | {LF} | {DATE} |\n| 2 | {LF1} | {DATE} |",
        "Name\tExt\tDesk\n{LF}\t{N}\t4B\n{LF1}\t{N}\t4C",
        "employee_id;full_name;manager\n{N};{UC};{FULL1}\n{N};{UC2};{FULL1}",
        "| Speaker | Topic |\n| :-- | :-- |\n| {HON} | Supply chains |\n| {HON1} | Tariffs |",
        "Rank,Runner,Time\n1,{FULL},31:02\n2,{FULL1},31:40\n3,{FULL2},32:15",
    ),
    "crm": (
        "Call w/ {LHON} re renewal, wants 10% off. f/u next wk.",
        "Note ({DATE}): spoke to {FULL}; decision maker is {FULL1} (CFO).",
        "Lead: {SG} | Source: trade fair | Next step: demo",
        "Account owner changed from {FULL} to {FULL1}.",
        "left vm for {LC}, no answer. try again thurs",
        "{FIRST} (assistant to {HON1}) asked us to resend the quote.",
    ),
    "hr": (
        "HR-{N} | Employee: {LF} | Type: parental leave | Approver: {FULL1}",
        "Request raised on behalf of {FULL} by line manager {FULL1}.",
        "Exit interview: {UC}. Reason for leaving: relocation.",
        "Grievance filed by {FULL} against {LHON1}; investigator {FULL2}.",
        "New starter: {FULL}, reports to {FIRST1}. Laptop and badge needed by {DATE}.",
        "Payroll query - {SG} - overtime for March missing",
    ),
    "support": (
        "Ticket #{N}\nRequester: {FULL} <{EMAIL}>\nAgent: {FIRST1}\n\nMy card was charged twice.",
        "customer {LC} reports the app crashes on login. assigned: {FIRST_LC1}",
        "[Agent {FIRST}] Hi {FIRST1}, thanks for waiting. Can you confirm the order number?",
        "Case merged. Original reporter: {FULL}; duplicate from {FULL1}.",
        "{FIRST}: hello i need help with my refund\nAgent {FIRST1}: Hi {FIRST}, I can help with that.",
        "Escalation: {LHON} called three times; please call back before 5pm.",
    ),
    "dialogue": (
        "\"{FIRST}, wait!\" {FIRST1} shouted from the stairs.",
        "\"Where's {FIRST}?\" asked {FIRST1}.",
        "{FIRST} looked at {FIRST1} and laughed. \"You're joking.\"",
        "\"I told you, {FIRST},\" said {FIRST1}, \"the train leaves at six.\"",
        "Mum, {FIRST} took my charger again!",
        "{FIRST} and I went to school together in {CITY}.",
    ),
    "honorific": (
        "pls send the signed forms to {LHON}",
        "appointment with {LHON} moved to 3pm",
        "MR {UC} - PARCEL AWAITING COLLECTION",
        "dear {LHON}, thank you for your letter of {DATE}",
        "{HON} will see you now.",
        "meeting w/ {LHON} tomorrow re thesis chapter 2",
    ),
    "order": (
        "Attendee: {LF}\nRoom: 2.14",
        "{SG} - visa renewal - pending",
        "List of winners: {SG}, {SG1}, {SG2}",
        "Signed: {LF}",
        "Passenger {SG}, please proceed to gate 12.",
        "Candidates shortlisted: {LF}; {LF1}; {LF2}",
    ),
    "wordnames": (
        "Can {WFIRST} cover reception on Friday?",
        "I spoke to {WFULL} about the lease.",
        "Will {WFIRST} be at the party?",
        "Ask {WFIRST} whether the van is free.",
        "Happy birthday {WFIRST}! See you tonight.",
        "{WFULL} and {WFULL1} share the corner office.",
    ),
    "lowerchat": (
        "{LC} and {LC1} are coming at 8",
        "ok so {WLC} said no to the trip",
        "tell {FIRST_LC} i said hi",
        "omg {FIRST_LC} got the job!!",
        "me and {LC} will bring drinks",
        "is {WLC} still at the office?",
    ),
    "capsnotice": (
        "URGENT: {UC} TO CALL BACK RE INVOICE",
        "{LAST_UC} {FIRST_UC} / DOB 03.04.1988 / ROOM 12",
        "VISITOR PASS\n{UC}\nHOST: {UC1}",
        "LOST PROPERTY - WALLET - CLAIMED BY {UC}",
        "RESERVED FOR {UC} UNTIL 14:00",
        "DRIVER: {UC} / VEHICLE: VAN 3",
    ),
}

# Benign prompts: names of firms, products, places and code that come from people, and name
# words that are words. Slots are filled from the lists below.
BENIGN_TEMPLATES = (
    "Send the signed draft to {LAWFIRM} by Friday.",
    "{BANK} raised its mortgage rates again.",
    "Should I buy a {PRODUCT} or wait for the next model?",
    "{PERSONPLACE} is closed this weekend for repairs.",
    "Fly into {AIRPORT} and take the train to the centre.",
    "{OPENER}",
    "Rename `{IDENT}` before the release.",
    "In `{IDENT}` the loop never terminates.",
    "{CAPS}",
    "{SHOP} opens at 9 on {DAY}.",
    "Is {HOLIDAY} a bank holiday this year?",
    "Read the chapter on {THEORY} before class.",
    "Meet me outside {VENUE} at 6.",
    "Our counsel at {LAWFIRM} reviewed the lease.",
    "Transfer the balance from {BANK} to {BANK}.",
    "The {PRODUCT} needs a new battery.",
    "Take the bus down {PERSONPLACE} and turn left.",
    "{LOWER}",
    "Tickets for {VENUE} sold out in an hour.",
    "| Vendor | Product |\n|---|---|\n| {MAKER} | {MODEL} |\n| {MAKER} | {MODEL} |",
    "We bought the {PRODUCT} from {SHOP}.",
    "Our office is near {PERSONPLACE}, next to the pharmacy.",
    "Arrivals at {AIRPORT} are delayed by fog.",
    "{OPENER} {OPENER}",
    "def {FUNC}(user):\n    return user.{ATTR}",
    "{BANK} and {LAWFIRM} advised on the merger.",
    "Does {SHOP} deliver to {PERSONPLACE}?",
    "Explain {THEORY} in two paragraphs.",
    "{CAPS}\n{CAPS}",
    "Renew the {MAKER} warranty before {HOLIDAY}.",
    "Parking near {VENUE} costs 12 pounds.",
    "the {MAKER} laptop keeps restarting, will check it tomorrow",
)
BENIGN_FILL = {
    "LAWFIRM": ("Baker McKenzie", "Clifford Chance", "Slaughter and May", "Allen & Overy", "Herbert Smith Freehills", "Freshfields Bruckhaus Deringer", "Latham & Watkins", "Sullivan & Cromwell", "Davis Polk", "Cleary Gottlieb", "Simmons & Simmons", "Pinsent Masons", "Eversheds Sutherland", "Hogan Lovells", "Norton Rose Fulbright"),
    "BANK": ("Morgan Stanley", "Goldman Sachs", "JP Morgan", "Charles Schwab", "Lloyds Bank", "Barclays", "Merrill Lynch", "Raymond James", "Edward Jones", "Coutts", "Rothschild & Co", "Lazard", "Wells Fargo"),
    "PRODUCT": ("Ford Focus", "Dell XPS 13", "Ferrari Roma", "Porsche Macan", "Honda Jazz", "Lincoln Navigator", "Chevrolet Tahoe", "Mercedes-Benz E-Class", "Dyson V15", "Ford Fiesta", "Dell Latitude", "Tesla Model 3", "Mercedes Sprinter"),
    "MAKER": ("Dell", "Ford", "Ferrari", "Porsche", "Lenovo", "Dyson", "Hoover", "Gillette", "Kellogg's", "Heinz", "Cadbury", "Boeing"),
    "MODEL": ("Latitude 7440", "Transit Custom", "Purosangue", "Taycan", "ThinkPad X1", "V15 Detect", "Mustang Mach-E", "787 Dreamliner"),
    "PERSONPLACE": ("Martin Luther King Jr. Boulevard", "Nelson Mandela Square", "Queen Victoria Street", "George Street", "Victoria Station", "the Elizabeth line", "the Lincoln Memorial", "Washington Square Park", "Hope Street", "Rose Street", "Grace Park", "Albert Dock", "Florence Road", "Jackson Heights", "Victoria Park", "Prince Albert Road", "Kennedy Town", "Port Elizabeth"),
    "AIRPORT": ("John F. Kennedy International", "Charles de Gaulle", "Ninoy Aquino International", "Indira Gandhi International", "George Bush Intercontinental", "Ronald Reagan Washington National", "Liverpool John Lennon Airport", "Leonardo da Vinci Airport", "Jomo Kenyatta International"),
    "OPENER": ("Will the build pass tonight?", "Grace periods apply to late payments.", "Rose gold is back in fashion.", "Mark the invoice as paid.", "Bill the client for two hours.", "Hope this helps!", "Sue the contractor or settle?", "Frank feedback is welcome.", "Chase the supplier for the delivery note.", "Jack up the car before removing the wheel.", "Ray tracing is slow on this GPU.", "Dawn raids were reported overnight.", "Summer hours start in June.", "Iris scans replace passwords here.", "Amber warnings are in force.", "Sterling fell against the euro.", "Heather grows on the moor.", "Drew a blank on the last question.", "Faith in the process matters.", "Joy, relief and exhaustion, all at once."),
    "IDENT": ("getFirstName", "john_doe_fixture", "RoseTreeNode", "grace_period_days", "willRetry", "mark_as_read", "KimSolver", "parseMarkdown", "bill_to_address", "JordanNormalForm", "hope_score", "NguyenLoader", "PatelDecoder", "victoriaMetrics"),
    "FUNC": ("full_name", "display_name", "greet_user", "mark_paid", "bill_account"),
    "ATTR": ("first_name", "last_name", "given_name", "surname", "nickname"),
    "CAPS": ("WILL AND TESTAMENT - DRAFT", "GRACE PERIOD ENDS 31 MARCH", "MARK SCHEME: PAPER 2", "ROSE GARDEN CLOSED FOR PRUNING", "FORD TRANSIT FOR SALE", "DELL LATITUDE 5440 - REFURBISHED", "HOPE STREET CLOSED", "CHASE BANK FEES 2025", "JOY DIVISION TRIBUTE NIGHT", "MORGAN STANLEY Q3 RESULTS"),
    "SHOP": ("John Lewis", "Marks & Spencer", "Sainsbury's", "McDonald's", "Wendy's", "Tiffany & Co", "Harrods", "Selfridges", "Trader Joe's", "Ben & Jerry's", "Macy's", "Dunkin'"),
    "DAY": ("Monday", "Wednesday", "Saturday", "Sunday"),
    "HOLIDAY": ("Martin Luther King Jr. Day", "St Patrick's Day", "Presidents' Day", "Guy Fawkes Night", "Columbus Day", "Saint Valentine's Day", "St Andrew's Day"),
    "THEORY": ("Keynesian economics", "Marxist theory", "Darwinian evolution", "Freudian slips", "Newton's laws", "Ohm's law", "Hooke's law", "Occam's razor", "Pavlovian conditioning", "Machiavellian politics"),
    "VENUE": ("Carnegie Hall", "Rockefeller Center", "Royal Albert Hall", "the Getty Center", "Madison Square Garden", "Lincoln Center", "the Kennedy Center", "the Smithsonian", "Wigmore Hall", "Tate Modern"),
    "LOWER": ("will do, i'll mark it as done and bill them tomorrow", "prices rose and fell all day", "can you chase the invoice, hope it's sorted by friday", "grace period is 14 days, then we bill", "frank answer: the dell is too slow", "just drew up the rota for june", "the ford needs new tyres, will book it in"),
}


def build(n: int = 520, seed: int = SEED, benign: int = 160) -> tuple[list[Sample], dict[str, list]]:
    return devset_names_d.build(n, seed, benign, gen=Gen(seed), templates=TEMPLATES,
                                benign_templates=BENIGN_TEMPLATES, benign_fill=BENIGN_FILL)


def main(argv: list[str] | None = None) -> int:
    return devset_names_d.run(argv, __doc__, build, 520, SEED, width=11)


if __name__ == "__main__":
    sys.exit(main())
