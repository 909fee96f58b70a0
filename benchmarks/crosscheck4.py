"""A fourth cross-family probe nobody tuned against: a helper's check on session 11's fixes.

    python benchmarks/crosscheck4.py [--n 300] [--misses]

Written by a helper at the start of session 11 (2026-12-02), before that session's detection
fixes, with names, streets, cities, companies, tokens, identifiers and templates of its own
(none shared with `crosscheck.py`, `crosscheck2.py`, `crosscheck3.py` or any other file in
benchmarks/, none taken from a generator's lists, a leak or a held-out set). Nobody fixing
detection read it. It guesses at what a held-out reviewer throws at us that we have not
written ourselves:

- short generator-style English sentences with one or two values of many kinds: names from
  many cultures and word-names, street addresses in a dozen countries' formats with unit
  parts, phones in international formats, e-mail, cards (JCB, Diners, Mastercard 2-series,
  Visa) and IBANs (ES, IT, BE, AT, PL, CH) with valid checksums, SSNs with and without
  dashes, dates of birth in several orders, passports and driving licences of several
  countries, NHS numbers, IPv4 and IPv6 addresses, user names;
- long enterprise prompts: support tickets, HR cases, CRM notes, legal intake, medical
  referral letters, incident post-mortems with logs, code review of config files carrying
  credentials;
- zh-TW, zh-CN and English mixed, with Chinese names, addresses, phones and ID numbers;
- benign prompts of the same kinds with no PII (public figures in the news, place names,
  products, hashes, versions, UUIDs, placeholders), for over-masking.

Measured on main at 45b93df, before session 11's fixes (a first look only corrected the
probe's own gold: an employee ID and a host IP in two templates had been left unlabelled):

    PYTHONPATH=$PWD python benchmarks/crosscheck4.py --n 300
    PII characters leaked 485 / 15,322 (0.032); benign over-mask 0.042 (202 / 4,832
    characters), over-mask outside gold in PII prompts 0.005; recall PERSON 0.911,
    STREET_ADDRESS 0.914, DATE_OF_BIRTH 0.878, USERNAME 0.667, every other entity 1.000
    (cards, IBANs, SSNs, phones, e-mail, IPs, passports, licences, NHS numbers, secrets,
    Chinese names, addresses and IDs).

    --n 1000: leaked 1,471 / 51,930 (0.028); benign over-mask 0.041; recall PERSON 0.915,
    STREET_ADDRESS 0.941, DATE_OF_BIRTH 0.875, USERNAME 0.673, every other entity 1.000.

Scored like `devset_en2.py`: character leak of gold spans, per-entity recall (a span counts
as found when 80% of its characters are masked), over-mask of the characters outside them.
The summary (no sample text) goes to benchmarks/results/crosscheck4.json.
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import random
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import crosscheck  # noqa: E402
from crosscheck import Gen, _iban, _luhn, build  # noqa: E402
from devset import Sample, tw_national_id  # noqa: E402

SEED = 1111

ZH_NAMES = ["簡佩珊", "賴俊宏", "魏靜怡", "柯冠宇", "廖婉婷", "莊家豪", "呂佳穎", "洪嘉偉", "游淑惠", "姚振華",
            "傅思遠", "汪丽娟", "孔德明", "卢晓峰", "苏敏", "田雨萱", "石佩瑜", "万紫涵", "慕容晓雪", "诸葛子瑜",
            "龚志勇", "邱玉蘭", "温子健", "薛晴"]
ZH_STREETS = ["台南市東區林森路一段{n}號{f}樓", "桃園市蘆竹區南崁路一段{n}巷{b}號", "新竹縣竹北市文興路{n}號{f}樓",
              "南京市建邺区江东中路{n}号{b}栋{u}室", "武汉市洪山区珞喻路{n}号", "西安市碑林区南大街{n}号{b}单元{u}",
              "天津市南开区鞍山西道{n}号{u}室", "苏州市姑苏区人民路{n}号", "重庆市渝中区民族路{n}号{f}楼",
              "基隆市中正區中正路{n}號{f}樓", "台中市北屯區崇德路二段{n}號{f}樓之{b}", "宜蘭縣羅東鎮興東路{n}號"]
ZH_TITLES = ["主任", "老師", "律师", "医生", "小姐", "處長"]


def _cn_id(r: random.Random) -> str:
    """A resident ID (GB 11643-1999) with its MOD 11-2 check character."""
    body = f"{r.choice(['320106', '420111', '610113', '120101', '500103'])}{r.randrange(1958, 2006)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}{r.randrange(1000):03d}"
    return body + "10X98765432"[sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body)) % 11]


def _nhs(r: random.Random) -> str:
    """A ten-digit NHS number with a valid modulus-11 check digit, spaced 3-3-4 or not."""
    while True:
        body = [r.randrange(10) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 10:
            continue
        s = "".join(map(str, body)) + str(0 if check == 11 else check)
        return s if r.random() < 0.4 else f"{s[:3]} {s[3:6]} {s[6:]}"


class Gen4(Gen):
    given = ["Clementine", "Obafemi", "Rudo", "Nilufar", "Timur", "Bolat", "Sanjana", "Tsubasa", "Rafaela", "Gonzalo",
             "Przemysław", "Dorota", "Miloš", "Vesna", "Kalani", "Mikaere", "Eilidh", "Cathal", "Fionnuala", "Osvaldo",
             "Annelies", "Lucasta", "Evander", "Tafadzwa", "Nyasha", "Anwar", "Golnar", "Zarina", "Yerlan", "Dinara",
             "Nurlan", "Pavithra", "Raghav", "Kazuki", "Mitsuki", "Seung-ho", "Ezequiel", "Jadwiga", "Dusan", "Keoni",
             "Wiremu", "Morag", "Eoghan", "Leendert", "Marijke", "Ocean", "Journey", "Merit", "Temperance", "Jubilee",
             "Everest", "Tempest"]
    family = ["Okwuosa", "Chikwanha", "Bakhtiari", "Nazarbayeva", "Tran Thi", "Ishikawa", "Matsuda", "Cienfuegos",
              "Szymańska", "Grabowski", "Kealoha", "Te Whata", "Ó Ceallaigh", "Vandersteen", "Abdulrahman", "Oyelowo",
              "Rautenbach", "Makoni", "Chiwenga", "Zhakupova", "Pham Thi", "Sugiyama", "Yang-Kim", "Arriaga", "Kowalska",
              "Stojanović", "Kahale", "Te Rangi", "MacCrimmon", "Ó Dálaigh", "Al-Hashimi", "Swanepoel", "Wolf",
              "Goodnight", "Darling", "Law", "Deacon", "Steele", "Pardon", "Noble"]
    streets = [("{n} Sycamore Hollow Road, Unit {u}", "Bellingham, WA 98225"), ("{n} Abercorn St, Apt {u}C", "Beaufort, SC 29902"),
               ("{n} Lomas Blvd NE, Ste {u}", "Albuquerque, NM 87102"), ("Flat {u}, {n} Princess Street", "Lancaster LA1 1XN"),
               ("{n} Trinity Street, Upper Bangor", "Bangor LL57 2EU"), ("Rathausstraße {n}, {u}. OG", "37073 Göttingen"),
               ("{n} rue Saint-Aubin, bât. C", "49100 Angers"), ("Carrer de Sueca {n}, pta. {u}", "46006 València"),
               ("Via Emilia Est {n}, int. {u}", "41121 Modena"), ("Diestsestraat {n} bus {u}", "3500 Hasselt"),
               ("Assendorperstraat {n}-A", "8012 DH Zwolle"), ("{n} Barrington St, Unit {u}", "Fredericton, NB E3B 1A1"),
               ("{n} Tennyson Street", "Napier South, Napier 4110"), ("Unit {u}/{n} Boundary Street", "West End QLD 4101"),
               ("Flat {u}, {n} College Road", "Nashik 422005"), ("Rua Sergipe, {n}, apto {u}", "86010-360 Londrina - PR"),
               ("ul. Szeroka {n}/{u}", "87-100 Toruń"), ("Westergasse {n}", "8400 Winterthur"),
               ("Landstraße {n}/{u}", "4020 Linz"), ("Kopparbergsvägen {n}, lgh {u}", "722 13 Västerås"),
               ("Kirkegata {n}", "8006 Bodø"), ("Avenida Juárez {n}, int. {u}, Centro Histórico", "72000 Puebla, Pue."),
               ("{n}-{u} Ichibancho, Aoba-ku", "Sendai, Miyagi 980-0811")]
    email_hosts = ["posteo.de", "zoho.com", "gmx.at", "laposte.net", "tallowmere-health.org",
                   "brightwater-legal.co.nz", "quillon.io", "harbourline-freight.com"]
    words = ["Cormorant", "Ptarmigan", "Vellum", "Quokka", "Tourmaline", "Umber", "Kittiwake", "Moorhen"]

    def person(self) -> str:
        r = self.r
        first, middle = r.sample(self.given, 2)
        name = f"{first} {r.choice(self.family)}"
        return f"{first} {middle} {name.split(' ', 1)[1]}" if r.random() < 0.1 else name

    def phone(self) -> str:
        r = self.r

        def d(k: int) -> str:
            return "".join(str(r.randrange(10)) for _ in range(k))

        return r.choice([
            f"+1 ({r.randrange(205, 979)}) {r.randrange(200, 999)}-{d(4)}", f"+44 20 7{d(3)} {d(4)}",
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"+49 (0)341 {d(6)}", f"+61 4{d(2)} {d(3)} {d(3)}",
            f"+91 98{d(3)} {d(5)}", f"+81 90-{d(4)}-{d(4)}", f"+55 41 9{d(4)}-{d(4)}",
            f"+52 55 {d(4)} {d(4)}", f"+31 6 {d(8)}", f"0044 117 {d(3)} {d(4)}", f"07{d(3)} {d(6)}",
            f"+48 6{d(2)} {d(3)} {d(3)}", f"+27 82 {d(3)} {d(4)}", f"+234 803 {d(3)} {d(4)}",
            f"+971 50 {d(3)} {d(4)}", f"+82 10-{d(4)}-{d(4)}", f"({r.randrange(205, 979)}) {r.randrange(200, 999)}-{d(4)} ext. {d(3)}"])

    def email(self, person: str) -> str:
        r = self.r
        if r.random() < 0.2:
            return f"{r.choice(['nightjar', 'copperkettle', 'tidepool', 'ferrous'])}{r.randrange(10, 999)}@{r.choice(self.email_hosts)}"
        return super().email(person)

    def card(self) -> str:
        r = self.r
        prefix = r.choice(["3528", "36", "2720", "4", "5"])
        raw = _luhn(prefix, 14 if prefix == "36" else 16, r)  # Diners Club has 14
        style = r.random()
        if style < 0.35:
            return raw
        sep = " " if style < 0.7 else "-"
        if prefix == "36":
            return sep.join([raw[:4], raw[4:10], raw[10:]])
        return sep.join(raw[i:i + 4] for i in range(0, 16, 4))

    def iban(self) -> str:
        r = self.r

        def d(k: int) -> str:
            return "".join(str(r.randrange(10)) for _ in range(k))

        country, bban = r.choice([("ES", d(20)), ("IT", r.choice("ABCDEFGHKLMNPRSTUVXYZ") + d(22)), ("BE", d(12)),
                                  ("AT", d(16)), ("PL", d(24)), ("CH", d(17))])
        code = _iban(country, bban)
        return code if r.random() < 0.45 else " ".join(code[i:i + 4] for i in range(0, len(code), 4))

    def ssn(self) -> str:
        r = self.r
        a = r.choice([r.randrange(1, 666), r.randrange(667, 900)])
        b, c = r.randrange(1, 100), r.randrange(1, 10000)
        return r.choice([f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d}{b:02d}{c:04d}"])

    def dob(self) -> str:
        r = self.r
        y, m, d = r.randrange(1938, 2007), r.randrange(1, 13), r.randrange(1, 29)
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
        return r.choice([f"{d:02d}.{m:02d}.{y}", f"{mon} {d}, {y}", f"{d}-{mon}-{y}", f"{m}/{d}/{y % 100:02d}",
                         f"{y}/{m:02d}/{d:02d}", f"{d}/{m}/{y}"])

    def passport(self, family: str) -> str:
        r = self.r
        up = "CFGHJKLMNPRTVWXYZ"
        return r.choice([str(r.randrange(5 * 10**8, 6 * 10**8)),  # US book, nine digits
                         str(r.randrange(10**8, 10**9)),  # UK, nine digits
                         r.choice("CFGHJK") + "".join(r.choice(up + "0123456789") for _ in range(8)),  # DE
                         r.choice("JKLMNPRSTUVWZ") + str(r.randrange(10**6, 10**7)),  # IN
                         "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + str(r.randrange(10**5, 10**6))])  # CA

    def licence(self, person: str) -> str:
        r = self.r
        last = "".join(c for c in person.split()[-1].upper() if "A" <= c <= "Z")[:5].ljust(5, "9")
        first = person[0].upper() if "A" <= person[0].upper() <= "Z" else "X"
        y, m, d = r.randrange(40, 99), r.randrange(1, 13), r.randrange(1, 29)
        return r.choice([
            f"{last}{y // 10}{m:02d}{d:02d}{y % 10}{first}{r.choice('ABJMRT')}{r.randrange(10)}{r.choice('ABCDEFGH')}{r.choice('JKLMNPQR')}",  # UK DVLA
            f"{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}",  # NY
            f"{first}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}",  # IL, dashed
            f"{first}{r.randrange(10**8, 10**9)}",  # WA-style letter and digits
            f"{r.randrange(10**7, 10**8)}"])  # TX

    def username(self, person: str) -> str:
        r = self.r
        first = "".join(c for c in person.split()[0].lower() if c.isascii() and c.isalpha()) or "u"
        last = "".join(c for c in person.split()[-1].lower() if c.isascii() and c.isalpha()) or "x"
        return r.choice([f"{first[0]}{last}", f"{first}.{last}{r.randrange(1, 99)}", f"{last}_{first[:3]}",
                         f"{r.choice(['quietfalcon', 'mothlight', 'rookery', 'bytewren'])}{r.randrange(10, 99)}"])

    def ip(self) -> str:
        r = self.r
        return r.choice([f"192.168.{r.randrange(256)}.{r.randrange(2, 254)}",
                         f"{r.randrange(24, 199)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(2, 254)}",
                         f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(2, 254)}",
                         f"2a02:{r.randrange(4096, 65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}::{r.randrange(1, 65536):x}",
                         f"fe80::{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}"])

    def secret(self) -> str:
        r = self.r
        an = string.ascii_letters + string.digits
        hx = "0123456789abcdef"

        def t(alphabet: str, k: int) -> str:
            return "".join(r.choice(alphabet) for _ in range(k))

        return r.choice([
            "sk-proj-" + t(an + "-_", 64), "sk-ant-api03-" + t(an + "-_", 93) + "AA", "xoxp-" + t(string.digits, 11) + "-" + t(string.digits, 12) + "-" + t(string.digits, 13) + "-" + t(hx, 32),
            "hf_" + t(string.ascii_letters, 34), "shpat_" + t(hx, 32), "rk_live_" + t(an, 99), "SK" + t(hx, 32),
            "glsa_" + t(an, 32) + "_" + t(hx, 8), "dop_v1_" + t(hx, 64), "pypi-AgEIcHlwaS5vcmc" + t(an + "-_", 120)])

    def password(self) -> str:
        r = self.r
        return r.choice(["Marmalade", "Wh1stle", "Gr@nary", "tundraFox", "Lemongrass"]) + r.choice(["-", "_", "!", ""]) + str(r.randrange(10, 99999)) + r.choice(["?", "~", "^", "%", "!!"])

    def values(self) -> dict[str, tuple[str, str | None]]:
        r = self.r
        v = super().values()
        people = [v["P"][0], v["P2"][0]]
        zh = r.sample(ZH_NAMES, 2)
        surname = zh[0][:2] if zh[0][:2] in ("慕容", "诸葛") else zh[0][0]
        hx = "0123456789abcdef"
        v.update({
            "T": (self.phone(), "PHONE_NUMBER"), "T2": (self.phone(), "PHONE_NUMBER"),
            "IP": (self.ip(), "IP_ADDRESS"), "IP2": (self.ip(), "IP_ADDRESS"),
            "PASS": (self.passport(people[0]), "PASSPORT"), "DL": (self.licence(people[0]), "DRIVER_LICENSE"),
            "U": (self.username(people[0]), "USERNAME"), "U2": (self.username(people[1]), "USERNAME"),
            "NHS": (_nhs(r), "UK_NHS"), "EID": (f"E-{r.randrange(10000, 99999)}", "ID_NUMBER"),
            "LF": (f"{people[0].split()[-1]}, {people[0].split()[0]}", "PERSON"),
            "K": (self.secret(), "SECRET"), "K2": (self.secret(), "SECRET"), "PW": (self.password(), "SECRET"),
            "AKID": ("AKIA" + "".join(r.choice(string.ascii_uppercase + "234567") for _ in range(16)), "SECRET"),
            "AWS": ("".join(r.choice(string.ascii_letters + string.digits + "+/") for _ in range(40)), "SECRET"),
            "Z": (zh[0], "PERSON_ZH"), "Z2": (zh[1], "PERSON_ZH"), "ZS": (surname + r.choice(ZH_TITLES), "PERSON_ZH"),
            "ZA": (r.choice(ZH_STREETS).format(n=r.randrange(3, 420), b=r.randrange(1, 9), u=r.randrange(201, 1808), f=r.randrange(2, 21)), "ADDRESS_ZH"),
            "ZT": (r.choice([f"09{r.randrange(10, 90)}-{r.randrange(100, 999)}-{r.randrange(100, 999)}", f"+886 2 2{r.randrange(100, 999)} {r.randrange(1000, 9999)}",
                             f"(03)5{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", f"1{r.choice('35789')}{r.randrange(1, 10)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}",
                             f"+86-13{r.randrange(10)}-{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}", f"0755-8{r.randrange(1000000, 9999999)}"]), "PHONE_NUMBER"),
            "ZID": (_cn_id(r) if r.random() < 0.55 else tw_national_id(r), "NATIONAL_ID"),
            "H40": ("".join(r.choice(hx) for _ in range(40)), None), "H64": ("".join(r.choice(hx) for _ in range(64)), None),
            "V": (f"{r.randrange(1, 4)}.{r.randrange(0, 30)}.{r.randrange(0, 12)}", None),
            "UUID": ("-".join("".join(r.choice(hx) for _ in range(k)) for k in (8, 4, 4, 4, 12)), None),
        })
        return v


PII = [
    # (a) short generator-style sentences
    "Contact {P} at {E} regarding the warranty claim.",
    "{P}'s phone number is {T}.",
    "Please mail the documents to {A1}.",
    "Ring me on {T} any evening after six.",
    "I was born on {DOB} in a small village.",
    "The customer's social security number is {SSN}.",
    "My credit card number is {CC}, please charge the deposit.",
    "Transfer the balance to {IBAN} by Monday.",
    "Passport no. {PASS}, nationality on file, holder {P}.",
    "His driving licence number is {DL}.",
    "Suspicious traffic came from {IP} and later {IP2}.",
    "The account {U} was locked after five failed attempts.",
    "{G} lives at {A1} with two cats.",
    "Ask {P} to confirm her date of birth ({DOB}) before we proceed.",
    "new phone who dis - it's {g}, my number is {T}",
    "{P} and {P2} signed the lease yesterday.",
    "My NHS number is {NHS} and my GP is in {A1}.",
    "Name: {LF}\nSSN: {SSN}\nDOB: {DOB}",
    "Username {U2} belongs to {P2}; her backup email is {E2}.",
    "Please forward the parcel to:\n{P}\n{A2}",
    "{PU} - CARD {CC} - PHONE {T}",
    "Does {F} still work at the Zwolle office?",
    "Charge {CC} for the annual plan and email the receipt to {E}.",
    "{P} applied with passport {PASS} and listed {A1} as home.",
    "IP {IP} is assigned to the laptop of {P}.",
    # (b) long enterprise prompts
    "Support ticket #{N4}{N2} (priority: high)\nOpened by: {P} <{E}>\nPhone: {T}\n\nHi, I ordered the {W} standing desk three weeks ago and it still has not arrived. The tracking page says it was delivered to {A1}, but that is my old flat. I moved in August and updated my profile then. Could you reroute it or refund the card ending in {N4}? If you need to call, I'm free after 4pm.\n\nAgent note: customer verified with DOB {DOB}. Check with the courier before refunding.",
    "Can you help me write a summary of this HR case for the review board?\n\nEmployee: {P} (employee ID {EID})\nManager: {P2}\nHome address: {A2}\nPersonal mobile: {T}\n\nOn 14 October the employee raised a grievance about shift allocation. {G2} responded that rotas were set by seniority. The employee then took two weeks of sick leave, certified by their doctor. Payroll reports the SSN on file ({SSN}) does not match the tax form, which delayed the sick pay. Recommend: correct the payroll record and schedule a mediation meeting.",
    "CRM note - account {W} Analytics\nMet {P} (VP Operations) and {P2} (procurement) at their offices, {A1}.\n- budget approved for 40 seats, decision by end of quarter\n- {G} prefers WhatsApp: {T}\n- {G2}'s email: {E2}\n- competitor trial ends in 3 weeks\nNext step: send pricing and book a demo with their security team.",
    "Legal intake form\nClient: {P}\nDate of birth: {DOB}\nAddress: {A1}\nPhone: {T} | Email: {E}\nOpposing party: {P2}\n\nSummary: The client was dismissed after 11 years without notice. She says her line manager, {G2}, told her the role was being 'restructured' but the position was re-advertised a month later. She has payslips and the advert. Please draft an initial letter before claim and list the deadlines for an unfair dismissal claim.",
    "Please tidy up this referral letter.\n\nDear Dr {F},\n\nRe: {P2}, DOB {DOB}, NHS no. {NHS}\n{A2}\nTel: {T}\n\nThank you for seeing this 58-year-old patient with a six-month history of exertional chest tightness. ECG shows nonspecific ST changes. She is on atorvastatin and amlodipine. I would be grateful for your assessment and an exercise tolerance test.\n\nYours sincerely,\nDr {G} {F}",
    "Write the timeline section of this post-mortem.\n\n02:14 UTC pager fired for checkout-{W}\n02:16 on-call {P} acked\nLogs:\n2026-11-28T02:13:57Z ERROR payment-svc card declined pan={CC} user={U} src={IP}\n2026-11-28T02:13:58Z WARN retry 3/3 for order {N4}{N4}\n2026-11-28T02:14:03Z ERROR upstream timeout host={IP2} latency_ms=30000\n02:31 {G2} rolled back release {V}\n02:40 error rate back to baseline",
    "Please review this docker-compose override before I push it:\n\nservices:\n  api:\n    environment:\n      - OPENAI_API_KEY={K}\n      - SMTP_PASSWORD={PW}\n      - ADMIN_EMAIL={E}\n  worker:\n    environment:\n      - AWS_ACCESS_KEY_ID={AKID}\n      - AWS_SECRET_ACCESS_KEY={AWS}\n\nIs there anything here that should not be in git?",
    "Code review comment on settings.py:\n\n```python\nDATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': 'db.{W}.internal',\n                         'USER': 'svc_orders', 'PASSWORD': '{PW}'}}\nHF_TOKEN = '{K}'\nDEFAULT_FROM_EMAIL = '{E}'\n```\n\nWhy do our tests pass locally but fail in CI?",
    "Triage this customer email and draft a reply:\n\n> Hello, this is {P}. I've been charged twice for my subscription. My card is {CC} and the billing address is {A1}. I also tried calling {T} but nobody picked up. Please refund the duplicate charge to my IBAN {IBAN} instead, the card is about to expire.\n\nTone: apologetic, no promises about timelines.",
    "Incident report INC-{N4}\nReporter: {P} ({E})\nAffected user: {U2}\nSource IPs: {IP}, {IP2}\n\nBetween 09:00 and 09:40 the user's mailbox forwarded 312 messages to an external address. MFA was disabled on the account the day before from {IP}. The user says they did not request it. Token {K2} found in the forwarding rule's script was revoked at 09:52.",
    "Onboarding pack for our new contractor. Fill in the template:\n\nFull name: {P}\nPreferred name: {G}\nPersonal email: {E}\nMobile: {T}\nPostal address:\n{A2}\nBank (IBAN): {IBAN}\nTax ID / SSN: {SSN}\nIn an emergency call {P2} on {T2}",
    "Meeting minutes - vendor review\nPresent: {P}, {P2}, {P3}\n\n1. {G} reported that the {W} contract renewal is blocked on legal.\n2. {G2} will check whether the vendor can host data in the EU.\n3. Action: {P3} to send the DPA redline to {E2} by Thursday.",
    # (c) zh-TW / zh-CN / English mixed
    "請把這段客訴翻成英文：我是{Z}，住在{ZA}，手機{ZT}，上週訂的貨到現在還沒收到。",
    "帮我整理成表格：姓名{Z}，身份证号{ZID}，地址{ZA}，电话{ZT}。",
    "Please draft a reply to {Z} (English name {P}) about the refund; her mobile is {ZT} and email {E}.",
    "會議記錄：{Z}與{Z2}討論了{W}專案的時程，{ZS}要求下週三前提供報價。",
    "快递寄到{ZA}，收件人{Z}，电话{ZT}，谢谢！",
    "HR case: 員工{Z}（身分證{ZID}）申請育嬰假，主管{Z2}已核准，請通知 payroll。",
    "Translate into Simplified Chinese: Dear {P}, your parcel will be delivered to {A1} tomorrow.",
    "病人{Z}，出生日期{DOB}，联系电话{ZT}，转诊至{ZS}处进一步检查。",
    "我的信用卡{CC}被盗刷了，持卡人{Z}，請幫我寫一封給銀行的信。",
    "The supplier contact in Suzhou is {Z2}, office at {ZA}, phone {ZT}; cc {P2} on all emails.",
    "{ZS}你好，附件是{Z}的履歷，她的email是{E}，可以直接聯絡她。",
    "Debug this log:\n[WARN] login failed user={U} ip={IP} name={Z}\n[INFO] 重試第3次，帳號已鎖定",
    # a few more short English ones to keep (a) the largest part
    "Hi {G}, welcome aboard! Your temporary password is {PW}.",
    "The wire from {P} came from IBAN {IBAN}.",
    "{G2} changed her number to {T2}; update the CRM.",
    "Send the NDA to {P} at {A1} and a copy to {E2}.",
    "Social Security: {SSN}. Name: {P}. Date of birth: {DOB}.",
    "I'm {G}, reach me at {E} or {T}.",
    "The landlord, {P2}, wants the deposit returned to {A1}.",
    "Driver {P}, licence {DL}, was involved in the collision on Route 9.",
    "Reset MFA for {U} (owner {P}) and log the request from {IP}.",
    "{P} paid with {CC}; the order ships to {A2}",
]

BENIGN = [
    # public figures, places, products, hashes, versions in the same shapes
    "Summarise the keynote Jensen Huang gave at Computex and what it means for GPU prices.",
    "Write a 150-word news brief on the meeting between Emmanuel Macron and Lula da Silva on climate finance.",
    "Which is further north, Longyearbyen or Nuuk, and how long is the flight from Murmansk?",
    "Compare the Pixel 9 Pro and the Xperia 1 VI on battery life in a table.",
    "Pin the image by digest sha256:{H64} instead of the latest tag.",
    "Upgrade numpy to {V} and rerun the benchmark; commit {H40} introduced the regression.",
    "2026-11-30T04:12:09Z WARN pool exhausted (active={N2}, max=64) service=checkout-{W} region=eu-west-1",
    "Review this config:\ndatabase:\n  host: localhost\n  port: 5432\n  password: $DB_PASSWORD\nlog_level: debug",
    "Q3 pipeline: {N2} opportunities in EMEA, average deal size EUR {N4}, win rate {N2}%. Focus accounts: Siemens, Unilever and Maersk.",
    "Draft a parental-leave policy: 16 weeks paid, eligibility after 6 months, applies to all staff in Ireland and Portugal.",
    "Explain the difference between GDPR Article 17 and the CCPA right to delete, and what Schrems II changed.",
    "What are first-line treatments for type 2 diabetes? Mention metformin, SGLT2 inhibitors and GLP-1 agonists.",
    "請比較高鐵和台鐵從台北到台南的票價與時間，週六早上出發。",
    "帮我写一段介绍兵马俑和颐和园的导游词，两百字左右。",
    "Translate to English: 本季度{W}项目的交付延后两周，原因是供应链问题。",
    "Ticket INC-{N4}: p99 latency on /api/v2/orders rose from 180 ms to {N4} ms after deploy {V}; rollback done.",
    "Write a short piece on why Serena Williams and Roger Federer retired in the same era.",
    "Our booth at Hannover Messe is in hall {N1}, stand B{N2}; bring the {W} demo unit.",
    "Explain the version nibble in a UUID such as {UUID}.",
    "GET /healthz 200 3ms req_id={UUID} pod=web-{N2}-7f9c node=ip-10-0-{N1}-{N2}",
    "Write a regex that accepts ISO 8601 timestamps like 2026-12-02T09:30:00+08:00.",
    "Rank the Mekong, the Danube and the Paraná by length and discharge.",
    "台積電董事長魏哲家在法說會上表示，先進製程需求強勁，明年資本支出維持高檔。",
    "黄仁勋在台北发表演讲，介绍了新一代芯片和机器人平台。",
    "Post-mortem draft: at 02:14 the {W} queue backed up because the consumer pool was capped at {N2}. Root cause: a config change in {V}. Action items: raise the cap, add an alert on lag, and document the rollback in the runbook.",
    "Code review: rename get_user_by_email to find_user, and move MAX_RETRIES={N1} into settings; the token bucket refills at {N2} per second.",
]


def build4(n: int = 300) -> list[Sample]:
    return build(n, Gen4(SEED), PII, BENIGN)


def main(argv: list[str] | None = None) -> int:
    return crosscheck.main(argv, __doc__, build4, name="crosscheck4", seed=SEED)


if __name__ == "__main__":
    sys.exit(main())
