"""A fifth cross-family probe nobody tuned against: a helper's guess at the held-out sets.

    python benchmarks/crosscheck5.py [--n 300] [--seed 5151] [--misses]

Written by a helper at the start of session 13 (2026-12-03), on main at 0daaa1d, before that
session's detection fixes; nobody fixing detection read it. Names, streets, towns, companies,
passwords, handles and templates are its own: checked against every other file under
benchmarks/ and Faker's person, address and company lists for overlap (Taiwan and PRC city
names, a closed set, excepted), none from a held-out source or a leak. What it guesses a
held-out English PII set and an enterprise prompt set hold:

- short generator-style sentences with one to three values: full names, given or family
  names alone, word-names, names in lists, dialogue, lower-case chat and capitals, of nine
  culture groups; addresses of 17 countries with unit, floor and building lines, P.O.
  boxes; 27 phone formats; e-mail; Luhn-valid cards of six brands; IBANs of 15 countries;
  SSNs; dates of birth in ten formats after a cue; passports of 14 countries; licences of
  11 states and countries; national IDs with valid check digits (Aadhaar, DNI/NIE, BSN,
  PESEL, CPF, codice fiscale, NRIC, SIN, NIR, personnummer, SA ID, RRN) and NI numbers;
  IPv4/IPv6; user names after ssh, in handles, login lines, @mentions, paths, DOMAIN\\user,
  chat and log lines; ABA routing numbers, sort codes, BSBs, IFSCs (BANK_ROUTING), accounts;
- long enterprise prompts: tickets, HR mail, CRM records, signatures, Slack exports, sshd
  logs, .env, Helm values, connection strings, a private key, SQL and CSV rows, payment
  instructions, claims, KYC files, git logs, clinic notes;
- zh-TW, zh-CN and mixed: 2- and 3-character names, compound surnames, dotted
  transliterations, surname plus title, lane/alley/floor and 区/路/号/室 addresses, phones,
  Taiwan IDs and resident certificates and PRC IDs with valid checksums, next to
  機密/内部资料 markings (not gold: the guard records them, it does not mask them);
- benign prompts: public figures in the news, places, products, hashes, versions, UUIDs,
  placeholders (<API_KEY>, ${...}, example.com), schema, code, localhost.

Measured on main at 0daaa1d (unchanged code; a first look with --misses only fixed the
probe's own gold: service logins and impossible Japanese and Singapore numbers):

    PYTHONPATH=$PWD python benchmarks/crosscheck5.py --n 300
    PII characters leaked 1,458 / 14,350 (0.102); benign over-mask 0.076 (368 / 4,863
    characters); over-mask outside gold in PII prompts 0.009; recall PERSON 0.765,
    STREET_ADDRESS 0.722, USERNAME 0.761, PASSPORT 0.733, DATE_OF_BIRTH 0.778,
    BANK_ROUTING 0.800, DRIVER_LICENSE 0.889, US_SSN 0.933; 1.000 for PERSON_ZH,
    ADDRESS_ZH, NATIONAL_ID(_ZH), cards, IBANs, phones, e-mail, IPs, bank accounts, secrets.

    --n 1000: leaked 4,402 / 46,850 (0.094); benign over-mask 0.073 (1,135 / 15,608);
    outside gold 0.013; recall PERSON 0.753, STREET_ADDRESS 0.798, USERNAME 0.828,
    PASSPORT 0.680, DATE_OF_BIRTH 0.784, BANK_ROUTING 0.800, DRIVER_LICENSE 0.833,
    US_SSN 0.940, SECRET 0.984, PERSON_ZH 1.000 (char leak 0.001), every other 1.000.

Scored like `crosscheck4.py` (the machinery of `crosscheck.py` and `devset_en2.py`):
character leak of gold spans, per-entity recall (a span counts as found when 80% of its
non-space characters are masked), over-mask of the characters outside gold in PII prompts
and of benign prompts. The summary (counts only, no sample text) goes to
benchmarks/results/crosscheck5.json (crosscheck5-n<N>.json for other sizes).
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import random
import string
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import crosscheck  # noqa: E402
from crosscheck import Gen, _iban, _luhn, build  # noqa: E402
from devset import Sample, tw_national_id, tw_resident_cert  # noqa: E402

SEED = 5151
DIGITS, HEX, AN = string.digits, "0123456789abcdef", string.ascii_letters + string.digits

# culture -> (given names, family names); every list typed here, checked against Faker's
# lists and every other file under benchmarks/ for overlap
CULTURES = {
    "west_african": (["Chinwendu", "Kelechukwu", "Ugochinyere", "Adaugo", "Nnenna", "Ayomikun", "Oreoluwa", "Fiyinfoluwa", "Kobina", "Esinam", "Yayra", "Elikem", "Edem", "Koffi", "Mariama", "Assane", "Binta", "Souleymane"],
                    ["Okwudili", "Nwosu-Obi", "Okoroafor", "Bamgbose", "Ofori-Atta", "Djan", "Kpodo", "Gbedemah", "Diop-Sarr", "Coulibaly", "Traoré", "Konaté", "Diabaté", "Camara-Sow", "Tiemtoré", "Sawadogo", "Ouédraogo"]),
    "south_asian": (["Rohini", "Shubhangi", "Kaustubh", "Devashish", "Mrinalini", "Jyotirmoy", "Ranjana", "Tanvir", "Mehrunnisa", "Sanduni", "Kasun", "Nadeesha", "Hasini", "Gurleen", "Parminder", "Navjot", "Ritwik", "Vignesh"],
                   ["Roychowdhury", "Karunaratne", "Senanayake", "Dissanayake", "Herath", "Abeysekera", "Gill-Sandhu", "Venugopal", "Subrahmanyam", "Hossain-Mitra", "Bhuiyan", "Joglekar", "Phadke", "Dasanayaka"]),
    "southeast_asian": (["Kanchana", "Apinya", "Nattapong", "Sutthida", "Worawit", "Marivic", "Rhodora", "Ardiansyah", "Yudhistira", "Faizal", "Syafiqah", "Chanthy", "Sophal", "Bopha", "Thidar", "Thanh Truc", "Minh Khoi"],
                       ["Jiraporn", "Kaewmanee", "Sukjai", "Boonmee", "Phanthavong", "Tiongson", "Manalastas", "Dalisay", "Gatchalian", "Soebroto", "Harahap", "Kusumawati", "Meas", "Keo", "Kyaw", "Phan-Lam", "Truong-Vu"]),
    "slavic": (["Przemko", "Wacława", "Bożydar", "Lubomira", "Branimir", "Rumen", "Tsvetelina", "Yevheniya", "Solomiya", "Zinaida", "Gleb", "Arkadiy"],
              ["Przybyszewska", "Grzybowski-Nowak", "Jędrzejczak", "Wojtaszek", "Vondráček", "Hájek-Kubát", "Babić-Horvat", "Vukašinović", "Radovanović", "Stoyanova", "Melnychuk", "Kovalchuk", "Horodetska", "Zhuravlyova", "Belousov"]),
    "arabic": (["Tasneem", "Ghadeer", "Lujain", "Mutasim", "Thamer", "Nawaf", "Bushra", "Raneem", "Rakan", "Suhaib", "Ibtisam", "Rasha", "Ziyad", "Nouf"],
              ["Al-Ghamdi", "Al-Shehri", "Bakri", "Haidar", "Al-Jabouri", "El-Khatib", "Abu-Ghazaleh", "Touma", "Farhat", "Alawneh", "Zreik", "Bishara", "Dajani", "Nusseibeh"]),
    "latin_american": (["Luz Marina", "Dairon", "Wendoline", "Maykel", "Lisandra", "Yanelis", "Osniel", "Xochitl"],
                      ["Mamani-Choque", "Apaza", "Huanca", "Ccahuana", "Anccasi", "Chambi", "Llanos-Pérez", "Montenegro-Ruiz", "Valdivieso", "Painemal", "Catrileo", "Huenchullán", "Nahuelpán"]),
    "pacific": (["Tavake", "Palepoi", "Tevita", "Fetu", "Alofa", "Sefina", "Kawika", "Keala", "Noelani", "Kapono", "Hoku", "Hohepa", "Rāwiri", "Kalolaine", "Sosefo", "Talataina"],
               ["Fa'asalele", "Leiataua", "Seiuli", "Aumua", "Tuipulotu", "Fonua", "Kaufusi", "Veikune", "Akana", "Kekumu", "Mahoe", "Te Moananui", "Hikuroa", "Tawhai", "Rangihuna", "Waaka", "Pōmare", "Ratuva", "Nawaqa"]),
    "east_asian_europe": (["Kaede", "Souta", "Ambrosine", "Gwenllian", "Cadfael", "Siobhra", "Audun", "Chrysanthi", "Panagiota", "Tuğba", "Otthild", "Maelle", "Ptolemy", "Lysander"],
                         ["Katsuragi", "Morimoto", "Ueda", "Shimazu", "Hirano", "Kwon-Park", "Pemberton-Hale", "Ashcombe", "Polglase", "Penhaligon", "Llewellyn-Bowen", "Cadwaladr", "Ní Chonaill", "Fjeldstad", "Bjørnevik", "Andreopoulos", "Tsakalidou", "Farkas-Tóth", "Öztürk-Demir", "Aydoğan", "Vollrath", "Oberhuber", "Thurnherr", "Duvernoy"]),
}
# names that are also English words
WORD_GIVEN = ["Primrose", "Tansy", "Verity", "Unity", "Glory", "Honesty", "Arrow", "Posy", "Promise", "Peach", "Lovely"]
WORD_FAMILY = ["Hawk", "Swan", "Keeper", "Pilgrim", "Gentle", "Proud", "Jolly", "Brindle", "Slate", "Pond", "Bunting",
               "Cheek", "Trout", "Bacon", "Butter", "Clove", "Nutmeg", "Wheat", "Straw", "Toogood", "Doolittle",
               "Lightfoot", "Blackbird", "Greenleaf", "Kindred", "Paradise", "Steady", "Truelove", "Sweeting"]
# (lines of the address, last is the locality); {n} number, {u} unit, {f} floor
STREETS = [
    ("{n} Persimmon Ridge Dr, Apt {u}B", "Paducah, KY 42001"), ("{n} Kittredge Ave, Fl {f}", "Tupelo, MS 38804"), ("{n} Okemos Trail, Unit {u}", "Lansing, MI 48910"),
    ("{n} Cottonwood Bend", "Walla Walla, WA 99362"), ("Flat {u}, Gorsedd House", "{n} Pennant Road", "Llandudno LL30 2DN"), ("{n} Cobbler's Row", "Hexham NE46 3PU"),
    ("{n} Tannery Lane", "Shrewsbury SY1 1TT"), ("Lindenhofweg {n}, Hinterhaus, {f}. OG", "88045 Friedrichshafen"), ("Alte Gerberei {n}a", "44135 Dortmund"),
    ("{n} bis, impasse des Tisserands, appt {u}", "59100 Roubaix"), ("Résidence Les Cordiers, bât. B", "{n} ruelle des Teinturiers", "35000 Rennes"),
    ("Via dei Cimatori {n}, scala B, interno {u}", "16043 Chiavari GE"), ("Corso Ruggero {n}", "90015 Cefalù PA"), ("Calle Zurradores {n}, {f}º izq.", "29788 Frigiliana"),
    ("Carrer del Rellotge {n}, àtic {u}", "08970 Sant Joan Despí"), ("Oosterkade {n}-III", "8601 AB Snits"), ("Kanaalweg {n} bis", "5211 ER Den Bosch"),
    ("Sakuragaoka Heights {u}", "4-{u}-3 Shinmachi", "Matsuyama, Ehime 790-0065"), ("3-{u}-{f} Kitahama-dori", "Takamatsu, Kagawa 760-0050"),
    ("Flat {u}, Tulsi Apartments, {n} Pandit Nehru Marg", "Porbandar, Gujarat 360575"), ("{n}/2, 7th Cross, Vidyanagar", "Hubballi, Karnataka 580031"),
    ("Av. Sete de Setembro, {n}, bloco 2, ap. {u}", "Manaus - AM, 69005-140"), ("Rua Barão de Jaguara, {n}, sala {u}", "Joinville - SC, 89201-100"),
    ("Level {f}, {n} Cavill Avenue", "Surfers Paradise QLD 4217"), ("{n} Bindaree Crescent", "Bendigo VIC 3550"), ("Apt {u}, {n} rue Saint-Olivier", "Kamouraska QC G0L 1M0"),
    ("{n} Kinnear Lane", "Dartmouth, NS B2W 3K4"), ("Blk {n} Jalan Tenteram, #{f:02d}-{u:03d}", "Singapore 321{u:03d}"), ("Apt {u}, Weaver's Hall, {n} Gilmore Court", "Clonakilty P85 X2F1"),
    ("{n} Kōwhai Street", "Ōtaki 5512"), ("{n} Vaitele Road", "Apia, Samoa"), ("Plot {n}, Adum Road", "Kumasi, Ghana"), ("House {n}, Bazaar Lane", "Navsari, Gujarat 396445"),
    ("Strada Memorandumului {n}, ap. {u}", "545400 Sighișoara"),
]
PO_BOXES = [("P.O. Box {n}", "Laramie, WY 82073"), ("PO Box {n}", "Rotorua 3040"), ("Postfach {n}", "44022 Dortmund"),
            ("Caixa Postal {n}", "Maceió - AL, 57020-970"), ("PO Box {n}, Station Main", "Hakodate-shi"),
            ("BP {n}", "97200 Fort-de-France"), ("PO Box {n}", "Nuku'alofa, Tonga"), ("P.O. Box {n}", "Tamale, Ghana")]
EMAIL_HOSTS = ["halcyra.io", "brightmoor-dental.com", "pemberline.co.uk", "korowaihealth.nz", "sundaritex.in", "iyalodefoods.ng",
               "nordlys-maritime.no", "vantablue.com.au", "orchidra-labs.de", "yandex.ru", "naver.com", "rediffmail.com",
               "libero.it", "orange.fr", "btinternet.com", "bigpond.com", "uol.com.br"]
COMPANIES = ["Halcyra Systems", "Brightmoor Dental", "Pemberline Insurance", "Orchidra Labs", "Vantablue Freight", "Korowai Health"]
WORDS = ["Kinkajou", "Marzipan", "Narwhal", "Bollard", "Quenby", "Lowmoor", "Cindersby", "Ferncastle", "Ouzel"]
HOSTS = ["bastion-2.ops.halcyra.io", "build07.internal", "gw.vantablue.net", "jump-eu1", "ci-runner-04"]

ZH_NAMES = ["歐陽靖雯", "端木雅琳", "皇甫志遠", "东方明轩", "夏侯雨桐", "令狐思齊", "公孫曉嵐", "尉迟峻峰", "鄭雅筑", "鍾秉翰",
            "葉宛蓁", "黎振邦", "曾詠欣", "馮思穎", "侯佩君", "蕭宇辰", "杨子墨", "韩雪婷", "贾志国", "彭丽萍", "蒋文博",
            "余浩宇", "潘晓燕", "范梓涵", "段立群", "雷佳琪", "黃蕾", "林昊", "任芳", "秦朗", "谢琳", "梁爽", "邵岚", "戴鑫"]
ZH_FOREIGN = ["伊萬·索科洛夫", "阿瑪杜·迪亞洛", "普麗婭‧納拉揚", "恩里克·帕拉西奧斯", "莎爾瑪·卡利勒", "奥卢·阿德耶米",
              "安娜·科瓦尔奇克", "瑪蒂娜．羅西", "卡伊·莫阿納"]
ZH_TITLES = ["經理", "先生", "女士", "教授", "总监", "院长", "阿姨", "同學"]
ZH_STREETS = ["台北市大安區和平東路二段{n}巷{b}弄{c}號{f}樓", "高雄市三民區九如二路{n}號{f}樓之{b}", "新竹縣竹東鎮東門街{n}號",
              "台北市北投區光明路{n}巷{b}號{f}樓", "台北市中正區羅斯福路四段{n}號{f}樓", "台北市長春路{n}號{f}樓",
              "台南市安平區安平路{n}巷{b}號", "新北市林口區忠孝路{n}號{f}樓之{c}", "北京市望京西路{n}号院{b}号楼{u}室",
              "成都市锦江区春熙路{n}号{f}楼", "武汉市江汉路{n}号{b}单元{u}室", "上海市瑞金二路{n}弄{b}号{u}室",
              "杭州市拱墅区莫干山路{n}号{b}幢{u}室", "昆明市五华区东风西路{n}号", "深圳市深南大道{n}号{f}楼{u}室"]
ZH_MARKS = ["【機密】", "內部資料，請勿外流。", "【机密】", "内部资料 ", "限閱："]


def _d(r: random.Random, k: int) -> str:
    return "".join(r.choice(DIGITS) for _ in range(k))


def _t(r: random.Random, alphabet: str, k: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(k))


def _luhn_digit(body: str) -> str:
    """The Luhn check digit that makes body + digit valid."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


# Verhoeff's dihedral multiplication and permutation tables, one row per string
_VERHOEFF_D = [list(map(int, row)) for row in ["0123456789", "1234067895", "2340178956", "3401289567", "4012395678", "5987604321", "6598710432", "7659821043", "8765932104", "9876543210"]]
_VERHOEFF_P = [list(map(int, row)) for row in ["0123456789", "1576283094", "5803796142", "8916043527", "9453126870", "4286573901", "2793806415", "7046913258"]]
_VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _aadhaar(r: random.Random) -> str:
    body = str(r.randrange(2, 10)) + _d(r, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    s = body + str(_VERHOEFF_INV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}" if r.random() < 0.7 else s


def _date(r: random.Random) -> tuple[int, int, int]:
    return r.randrange(1941, 2006), r.randrange(1, 13), r.randrange(1, 29)


_CF_ODD = dict(zip(DIGITS + string.ascii_uppercase, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4,
                                                      18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _national_id(r: random.Random) -> tuple[str, str]:
    """(the cue a form would print, a national identifier with its check digits)."""
    y, m, d = _date(r)
    kind = r.choice(["aadhaar", "dni", "nie", "bsn", "pesel", "cpf", "cf", "nric", "sin", "nir", "pnr", "za", "rrn", "nino"])
    if kind == "aadhaar":
        return r.choice(["Aadhaar number", "Aadhaar", "UID"]), _aadhaar(r)
    if kind in ("dni", "nie"):
        n = r.randrange(10**7)
        if kind == "nie":
            lead = r.randrange(3)
            return "NIE", f"{'XYZ'[lead]}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[(lead * 10**7 + n) % 23]}"
        n = r.randrange(10**6, 10**8)
        return r.choice(["DNI", "DNI number"]), f"{n:08d}{'-' if r.random() < 0.2 else ''}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if kind == "bsn":
        while True:
            body = [r.randrange(1, 10)] + [r.randrange(10) for _ in range(7)]
            last = sum(v * (9 - i) for i, v in enumerate(body)) % 11
            if last < 10:
                return r.choice(["BSN", "burgerservicenummer"]), "".join(map(str, body)) + str(last)
    if kind == "pesel":
        mm = m + (20 if y >= 2000 else 0)
        body = f"{y % 100:02d}{mm:02d}{d:02d}{_d(r, 4)}"
        s = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True))
        return "PESEL", body + str((10 - s % 10) % 10)
    if kind == "cpf":
        digits = [r.randrange(10) for _ in range(9)]
        for k in (10, 11):
            rem = sum(v * (k - i) for i, v in enumerate(digits)) * 10 % 11
            digits.append(0 if rem == 10 else rem)
        s = "".join(map(str, digits))
        return "CPF", f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if r.random() < 0.75 else s
    if kind == "cf":
        body = (_t(r, "BCDFGLMNPRSTVZ", 3) + _t(r, "BCDFGLMNPRSTV", 2) + r.choice("AEIO") + f"{y % 100:02d}"
                + "ABCDEHLMPRST"[m - 1] + f"{d + r.choice([0, 40]):02d}" + r.choice("ACDFGHLMZ") + _d(r, 3))
        s = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body))
        return r.choice(["codice fiscale", "C.F."]), body + chr(65 + s % 26)
    if kind == "nric":
        prefix, body = r.choice("ST"), [r.randrange(10) for _ in range(7)]
        s = sum(v * w for v, w in zip(body, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if prefix == "T" else 0)
        return "NRIC", f"{prefix}{''.join(map(str, body))}{'JZIHGFEDCBA'[s % 11]}"
    if kind == "sin":
        body = str(r.randrange(1, 8)) + _d(r, 7)
        s = body + _luhn_digit(body)
        return r.choice(["SIN", "Social Insurance Number"]), r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])
    if kind == "nir":
        dept = r.choice(["35", "59", "13", "67", "74", "29", "33"])
        body = f"{r.choice('12')}{y % 100:02d}{m:02d}{dept}{r.randrange(1, 990):03d}{r.randrange(1, 999):03d}"
        key = 97 - int(body) % 97
        return r.choice(["numéro de sécurité sociale", "NIR"]), f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}"
    if kind == "pnr":
        body = f"{y % 100:02d}{m:02d}{d:02d}{_d(r, 3)}"
        return "personnummer", f"{body[:6]}-{body[6:]}{_luhn_digit(body)}"
    if kind == "za":
        body = f"{y % 100:02d}{m:02d}{d:02d}{_d(r, 4)}{r.choice('01')}8"
        return r.choice(["SA ID number", "South African ID"]), body + _luhn_digit(body)
    if kind == "rrn":
        body = f"{y % 100:02d}{m:02d}{d:02d}{r.choice('12' if y < 2000 else '34')}{_d(r, 5)}"
        s = sum(int(c) * w for c, w in zip(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5], strict=True))
        return r.choice(["resident registration number", "RRN"]), f"{body[:6]}-{body[6:]}{(11 - s % 11) % 10}"
    first, second = r.choice("ABCEGHJKLMPRSTWXYZ"), r.choice("ABCEGHJKLMNPRSTWXYZ")
    n = _d(r, 6)
    return r.choice(["National Insurance number", "NI number", "NINO"]), r.choice(
        [f"{first}{second} {n[:2]} {n[2:4]} {n[4:]} {r.choice('ABCD')}", f"{first}{second}{n}{r.choice('ABCD')}"])


def _passport(r: random.Random) -> tuple[str, str]:
    up = string.ascii_uppercase
    return r.choice([
        ("US", r.choice([str(r.randrange(1, 10)) + _d(r, 8), "A" + _d(r, 8)])), ("British", _d(r, 9)),
        ("Indian", r.choice("KLMNPRTVWZ") + _d(r, 7)), ("French", _d(r, 2) + _t(r, up, 2) + _d(r, 5)),
        ("German", r.choice("CFGHJK") + _t(r, "CFGHJKLMNPRTVWXYZ0123456789", 8)), ("Italian", _t(r, up, 2) + _d(r, 7)),
        ("Spanish", _t(r, up, 3) + _d(r, 6)), ("Dutch", _t(r, "BCDFGHJKLMNPRSTVWXYZ", 2) + _t(r, "BCDFGHJKLMNPRSTVWXYZ0123456789", 6) + _d(r, 1)),
        ("Australian", r.choice(["P", "PA", "PB", "N"]) + _d(r, 7)), ("Chinese", "E" + _d(r, 8)),
        ("Philippine", "P" + _d(r, 7) + r.choice("ABC")), ("Brazilian", _t(r, up, 2) + _d(r, 6)),
        ("Nigerian", "A" + _d(r, 8)), ("Japanese", _t(r, "MT", 1) + r.choice("KRSZ") + _d(r, 7))])


def _licence(r: random.Random) -> tuple[str, str]:
    up = string.ascii_uppercase
    L = r.choice(up)
    return r.choice([
        ("Florida", f"{L}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}-{_d(r, 1)}"), ("New Jersey", f"{L}{_d(r, 4)} {_d(r, 5)} {_d(r, 5)}"),
        ("Michigan", f"{L} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"), ("Maryland", f"{L}-{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}"),
        ("Pennsylvania", f"{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"), ("Wisconsin", f"{L}{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}"),
        ("Ontario", f"{L}{_d(r, 4)}-{_d(r, 5)}-{_d(r, 5)}"), ("NSW", _d(r, 8)), ("Victorian", _d(r, 9)),
        ("German", f"{L}{_d(r, 3)}{_t(r, up + DIGITS, 6)}{_d(r, 1)}"),
        ("Indian", f"{r.choice(['KA', 'MH', 'TN', 'DL'])}{r.randrange(1, 60):02d} {r.randrange(2005, 2024)}{_d(r, 7)}")])


def _routing(r: random.Random) -> str:
    """A US ABA routing number with its 3-7-1 checksum."""
    body = f"{r.choice([r.randrange(1, 13), r.randrange(21, 33)]):02d}{_d(r, 6)}"
    w = [3, 7, 1] * 3
    s = sum(int(c) * w[i] for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def _cn_id(r: random.Random) -> str:
    y, m, d = _date(r)
    body = f"{r.choice(['440305', '330106', '510104', '110105', '370202', '530102'])}{y}{m:02d}{d:02d}{_d(r, 3)}"
    return body + "10X98765432"[sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(body)) % 11]


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if "a" <= c <= "z")


class Gen5(Gen):
    email_hosts, words = EMAIL_HOSTS, WORDS

    def __init__(self, seed: int = SEED) -> None:
        super().__init__(seed)
        self.parts: dict[str, tuple[str, str]] = {}  # full name -> (given, family): both may hold spaces

    def person(self) -> str:
        r = self.r
        if r.random() < 0.12:
            given, family = r.choice(WORD_GIVEN), r.choice(WORD_FAMILY)
        else:
            givens, families = CULTURES[r.choice(list(CULTURES))]
            given, family = r.choice(givens), r.choice(families)
        self.parts[f"{given} {family}"] = (given, family)
        return f"{given} {family}"

    def address(self, one_line: bool) -> str:
        r = self.r
        lines = [s.format(n=r.randrange(2, 390), u=r.randrange(2, 60), f=r.randrange(2, 19)) for s in r.choice(STREETS)]
        return ", ".join(lines) if one_line else "\n".join(lines)

    def email(self, person: str) -> str:
        r = self.r
        first, last = _ascii(person.split()[0]) or "x", _ascii(person.split()[-1]) or "y"
        local = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{r.randrange(70, 99)}", f"{last}.{first[:2]}", f"{first}_{last[:4]}"])
        return f"{local}@{r.choice(self.email_hosts)}"

    def phone(self) -> str:
        r = self.r
        return r.choice([
            f"({r.randrange(205, 989)}) {r.randrange(201, 999)}-{_d(r, 4)}", f"{r.randrange(205, 989)}.{r.randrange(201, 999)}.{_d(r, 4)}",
            f"+1-{r.randrange(205, 989)}-{r.randrange(201, 999)}-{_d(r, 4)}", f"07{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
            f"+44 (0)1{_d(r, 3)} {_d(r, 6)}", f"+353 8{r.randrange(3, 10)} {_d(r, 3)} {_d(r, 4)}", f"+39 3{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}",
            f"+34 6{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+351 91{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", f"+81 3-{_d(r, 4)}-{_d(r, 4)}",
            f"+91-{r.choice('6789')}{_d(r, 4)}-{_d(r, 5)}", f"+62 812-{_d(r, 4)}-{_d(r, 4)}", f"+63 917 {_d(r, 3)} {_d(r, 4)}",
            f"+66 8{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", f"+84 9{_d(r, 1)} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"+233 24 {_d(r, 3)} {_d(r, 4)}",
            f"+221 77 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"+966 5{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", f"+55 (92) 9{_d(r, 4)}-{_d(r, 4)}",
            f"+54 9 351 {_d(r, 3)}-{_d(r, 4)}", f"+57 31{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", f"+64 21 {_d(r, 3)} {_d(r, 4)}",
            f"+685 7{_d(r, 6)}", f"+48 {_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}", f"+420 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
            f"+61 (0)4{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"0{r.randrange(2, 9)} {_d(r, 4)} {_d(r, 4)}"])

    def card(self) -> str:
        r = self.r
        prefix = r.choice(["34", "65", "62", "4", "51", "55", "6011", "2221"])
        raw = _luhn(prefix, 15 if prefix == "34" else 16, r)
        style = r.random()
        if style < 0.3:
            return raw
        if prefix == "34":
            return f"{raw[:4]} {raw[4:10]} {raw[10:]}"
        return ("-" if style < 0.55 else " ").join(raw[i:i + 4] for i in range(0, 16, 4))

    def iban(self) -> str:
        r = self.r
        country, bban = r.choice([("PT", _d(r, 21)), ("IE", _t(r, string.ascii_uppercase, 4) + _d(r, 14)), ("FI", _d(r, 14)),
                                  ("DK", _d(r, 14)), ("NO", _d(r, 11)), ("SE", _d(r, 20)), ("GR", _d(r, 23)), ("CZ", _d(r, 20)),
                                  ("HU", _d(r, 24)), ("RO", _t(r, string.ascii_uppercase, 4) + _d(r, 16)), ("HR", _d(r, 17)),
                                  ("SA", _d(r, 20)), ("AE", _d(r, 19)), ("LU", _d(r, 16)), ("TR", _d(r, 5) + "0" + _d(r, 16))])
        code = _iban(country, bban)
        return code if r.random() < 0.4 else " ".join(code[i:i + 4] for i in range(0, len(code), 4))

    def ssn(self) -> str:
        r = self.r
        a = r.choice([r.randrange(1, 666), r.randrange(667, 900)])
        b, c = r.randrange(1, 100), r.randrange(1, 10000)
        return r.choice([f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}", f"{a:03d}{b:02d}{c:04d}"])

    def dob(self) -> str:
        r = self.r
        y, m, d = _date(r)
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December"]
        nth = f"{d}{'th' if 10 < d < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"
        return r.choice([f"{months[m - 1]} {nth}, {y}", f"{nth} {months[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{m}-{d}-{y}",
                         f"{y}{m:02d}{d:02d}", f"{d} {months[m - 1][:3]}. {y}", f"{d:02d}.{m:02d}.{y % 100:02d}",
                         f"{months[m - 1][:3].upper()} {d:02d} {y}", f"{y}-{m:02d}-{d:02d}", f"the {nth} of {months[m - 1]}, {y}"])

    def username(self, person: str) -> str:
        r = self.r
        first, last = _ascii(person.split()[0]) or "u", _ascii(person.split()[-1]) or "x"
        return r.choice([f"{first}{last[0]}", f"{first}_{last}", f"{last}.{first[0]}{r.randrange(1, 30)}", f"{first[:4]}{r.randrange(1970, 2008)}",
                         f"{first[0]}{last[:6]}", f"{r.choice(['brinemarsh', 'ghostpepper', 'lowtide', 'quietkoala', 'ribbonfish', 'tarnished'])}_{r.randrange(10, 99)}",
                         f"{first}-{last[:3]}", f"{r.choice(['xx', 'the', 'its'])}{first}"])

    def ip(self) -> str:
        r = self.r
        return r.choice([f"{r.choice([37, 62, 81, 103, 154, 185, 212])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                         f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}", f"192.168.{r.randrange(1, 20)}.{r.randrange(2, 250)}",
                         f"100.{r.randrange(64, 128)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                         f"2600:1f18:{r.randrange(4096, 65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}",
                         f"2405:{r.randrange(4096, 65536):x}:{r.randrange(65536):x}::{r.randrange(1, 65536):x}"])

    def secret(self) -> str:
        r = self.r
        b64 = AN + "+/"
        return r.choice([
            "ghp_" + _t(r, AN, 36), "github_pat_11" + _t(r, string.ascii_uppercase + DIGITS, 20) + "_" + _t(r, AN, 59),
            "glpat-" + _t(r, AN + "-_", 20), "sk_live_" + _t(r, AN, 24), "whsec_" + _t(r, AN, 32),
            f"xoxb-{_d(r, 12)}-{_d(r, 13)}-{_t(r, AN, 24)}", "AIza" + _t(r, AN + "-_", 35),
            "SG." + _t(r, AN + "-_", 22) + "." + _t(r, AN + "-_", 43), "npm_" + _t(r, AN, 36), "key-" + _t(r, HEX, 32),
            "lin_api_" + _t(r, AN, 40), "dapi" + _t(r, HEX, 32), "PMAK-" + _t(r, HEX, 24) + "-" + _t(r, HEX, 34),
            "hvs.CAESI" + _t(r, AN + "-_", 86), f"{r.randrange(10**8, 10**10)}:AA{_t(r, AN + '-_', 33)}",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOi" + _t(r, AN, 40) + "." + _t(r, AN + "-_", 43),
            "sk-svcacct-" + _t(r, AN + "-_", 56), "DefaultEndpointsProtocol=https;AccountName=" + r.choice(WORDS).lower() + "store;AccountKey=" + _t(r, b64, 86) + "=="])

    def password(self) -> str:
        r = self.r
        return (r.choice(["Tamborine", "passifl0ra", "S0ngb1rd", "mangrove", "Quokkas", "h3ronsW4y", "Cassowary", "tulsiTea"])
                + r.choice(["#", "_", "!", "$", "", "."]) + str(r.randrange(7, 9999)) + r.choice(["", "!", "&", "*", "Zq"]))

    def values(self) -> dict[str, tuple[str, str | None]]:
        r = self.r
        v = super().values()
        people = [v["P"][0], v["P2"][0], v["P3"][0]]
        (first, fam), (given2, _), (given3, _) = (self.parts[p] for p in people)
        wp = f"{r.choice(WORD_GIVEN)} {r.choice(WORD_FAMILY)}"
        passk, pas = _passport(r)
        dlk, dl = _licence(r)
        nidk, nid = _national_id(r)
        zh = r.sample(ZH_NAMES, 2)
        surname = zh[0][:2] if len(zh[0]) == 4 else zh[0][0]
        pob = [s.format(n=r.randrange(100, 9999)) for s in r.choice(PO_BOXES)]
        y = r.randrange(1960, 2004)
        v.update({
            "G": (first, "PERSON"), "G2": (given2, "PERSON"), "G3": (given3, "PERSON"), "F": (fam, "PERSON"),
            "g": (first.lower(), "PERSON"), "g2": (given2.lower(), "PERSON"), "pl": (people[0].lower(), "PERSON"),
            "LF": (f"{fam.upper()}, {first}", "PERSON"), "WP": (wp, "PERSON"), "WG": (r.choice(WORD_GIVEN), "PERSON"),
            "WF": (r.choice(WORD_FAMILY), "PERSON"),
            "POB": (", ".join(pob), "STREET_ADDRESS"), "POB2": ("\n".join(pob), "STREET_ADDRESS"),
            "PASS": (pas, "PASSPORT"), "PASSK": (passk, None), "DL": (dl, "DRIVER_LICENSE"), "DLK": (dlk, None),
            "NID": (nid, "NATIONAL_ID"), "NIDK": (nidk, None),
            "U": (self.username(people[0]), "USERNAME"), "U2": (self.username(people[1]), "USERNAME"),
            "HOST": (r.choice(HOSTS), None), "CO": (r.choice(COMPANIES), None),
            "IP": (self.ip(), "IP_ADDRESS"), "IP2": (self.ip(), "IP_ADDRESS"),
            "RT": (_routing(r), "BANK_ROUTING"), "BA": (_d(r, r.randrange(8, 13)), "BANK_ACCOUNT"),
            "SC": (f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}", "BANK_ROUTING"), "BA8": (_d(r, 8), "BANK_ACCOUNT"),
            "BSB": (f"{_d(r, 3)}-{_d(r, 3)}", "BANK_ROUTING"), "IFSC": (_t(r, string.ascii_uppercase, 4) + "0" + _t(r, string.ascii_uppercase + DIGITS, 6), "BANK_ROUTING"),
            "K": (self.secret(), "SECRET"), "K2": (self.secret(), "SECRET"), "PW": (self.password(), "SECRET"), "PW2": (self.password(), "SECRET"),
            "ASIA": ("ASIA" + _t(r, string.ascii_uppercase + "234567", 16), "SECRET"), "AWSK": (_t(r, AN + "+/", 40), "SECRET"),
            "DDK": (_t(r, HEX, 32), "SECRET"),
            "PEM": ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA" + "\n".join(_t(r, AN + "+/", 70) for _ in range(5)) + "\n-----END OPENSSH PRIVATE KEY-----", "SECRET"),
            "Z": (zh[0], "PERSON_ZH"), "Z2": (zh[1], "PERSON_ZH"), "ZS": (surname + r.choice(ZH_TITLES), "PERSON_ZH"),
            "ZF": (r.choice(ZH_FOREIGN), "PERSON_ZH"), "ZM": (r.choice(ZH_MARKS), None),
            "ZA": (r.choice(ZH_STREETS).format(n=r.randrange(2, 360), b=r.randrange(1, 12), c=r.randrange(1, 40), u=r.randrange(101, 2402), f=r.randrange(2, 24)), "ADDRESS_ZH"),
            "ZP": (r.choice([f"09{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}", f"09{_d(r, 8)}", f"+886-9{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}", f"(02)2{_d(r, 3)}-{_d(r, 4)}",
                             f"07-3{_d(r, 2)}-{_d(r, 4)}", f"1{r.choice('3589')}{_d(r, 1)} {_d(r, 4)} {_d(r, 4)}", f"+86 1{r.choice('378')}{_d(r, 1)}-{_d(r, 4)}-{_d(r, 4)}",
                             f"(010) 6{_d(r, 3)} {_d(r, 4)}", f"0571-8{_d(r, 7)}", f"1{r.choice('3589')}{_d(r, 9)}"]), "PHONE_NUMBER"),
            "ZTW": (tw_national_id(r), "NATIONAL_ID_ZH"), "ZARC": (tw_resident_cert(r), "NATIONAL_ID_ZH"), "ZCN": (_cn_id(r), "NATIONAL_ID_ZH"),
            # not PII: look-alikes for the benign prompts
            "H40": (_t(r, HEX, 40), None), "H64": (_t(r, HEX, 64), None), "H7": (_t(r, HEX, 7), None),
            "V": (f"{r.randrange(0, 9)}.{r.randrange(0, 40)}.{r.randrange(0, 20)}", None),
            "UUID": ("-".join(_t(r, HEX, k) for k in (8, 4, 4, 4, 12)), None), "YR": (str(y), None),
            "ENV": (r.choice(["${DB_PASSWORD}", "${STRIPE_SECRET_KEY}", "${{ secrets.NPM_TOKEN }}", "{{ vault_api_key }}"]), None),
        })
        return v


PII = [
    # (a) short generator-style sentences, one to three values
    "Could you check whether {P} renewed the gym membership last month?",
    "{G} asked me to push the dentist appointment to Thursday.",
    "Forward the overdue invoice to {E} and mark it as disputed.",
    "The courier insists on a contact number, so give them {T}.",
    "The replacement router goes out tomorrow; the waybill says {A1}.",
    "My partner {P} and I are both named on the tenancy at {A1}.",
    "Put {P2} down as the emergency contact, number {T2}.",
    "d.o.b. {DOB} - please double-check it against the scan",
    "{P}, DOB {DOB}, is booked for a follow-up scan on Monday.",
    "Born {DOB}, {G} is the youngest engineer on the team.",
    "Our records list {P} (b. {DOB}) as the policy holder.",
    "Please charge card {CC}, expiry 11/28; the CVV is on the signed form.",
    "Refund the duplicate payment to {CC} - cardholder {PU}.",
    "Pay the supplier today: IBAN {IBAN}, reference INV-{N4}.",
    "my social is {SSN} if the portal asks for it",
    "The W-2 lists SSN {SSN} for {P}.",
    "Travel desk: {P} travels on a {PASSK} passport, {PASS}.",
    "The rental counter wants her {DLK} license no. - it's {DL}.",
    "My {NIDK} is {NID}, please copy it into the application.",
    "Applicant\n  {NIDK} ....... {NID}\n  Surname, given ....... {LF}\n  Born ....... {DOB}",
    "Three failed logins from {IP} in under a minute.",
    "ssh {U}@{HOST} -p 2222 keeps timing out, any idea why?",
    "my handle is {U} on the forum, add me to the beta group",
    "login: {U}\npassword: {PW}",
    "@{U} can you review PR #{N4} before standup?",
    "@{U2} fixed it in the last commit, shipping after lunch",
    "hey {g} are u coming tonight? bring {g2} lol",
    "ATTN {PU}\n{A2}",
    "PT: {PU} | D.O.B {DOB} | BED 12",
    "Present at the site walk: {P}; {P2}; {P3}.",
    "\"Where were you last night?\" asked {G}. \"At the library,\" {G2} said.",
    "Friday's budget walkthrough is led by {WP}.",
    "Tell {WG} the venue has changed to the second floor.",
    "A Mr {WF} rang the front desk asking about his order.",
    "The routing number is {RT} and the checking account number is {BA}.",
    "Pay {P}: {SC} / {BA8} (UK).",
    "Cheques only, posted to {POB}.",
    "Her new postal address is:\n{A2}",
    "{LF} - mobile {T}",
    "Is {F} related to the {F} who runs the bakery on the corner?",
    "{P}'s email keeps bouncing: {E}",
    "can you whitelist my ip {IP}? working from home this week",
    "user {U} (uid 1004) owns /home/{U}/exports",
    "Found 40 GB under C:\\Users\\{U}\\Downloads, safe to purge?",
    "CORP\\{U} was added to the Domain Admins group without a ticket.",
    "Text {G} on {T} once you land.",
    "Please verify: name {P}, SSN {SSN}, DOB {DOB}.",
    "The applicant {P} holds {PASSK} passport {PASS} and gave {NIDK} {NID}.",
    "Call me back on {T} or drop a line to {E}. - {G}",
    "{G2} wrote: pls send the contract to {E2}, not my work inbox",
    "dob {DOB} / ssn {SSN} / name {pl}",
    "I lost my wallet; the card number was {CC}, can you block it?",
    "Reach {P} at reception, ext. {N4}, or on mobile {T}.",
    "Two new starters: {P} (Monday) and {P2} (the 14th).",
    "{F}, {G} <{E}>",
    "Hi, {G} here. My licence number is {DL} and home is {A1}.",
    "I was born on {DOB} and my BSB is {BSB}, account {BA}.",
    "IFSC {IFSC}, account no. {BA}, beneficiary {PU}.",
    "Author: {P} <{E}>\nDate:   Tue Nov 4 10:12:55 2025 +0100\n\n    fix the flaky retry test",
    "Signed-off-by: {P} <{E}>",
    "git commit --author=\"{P} <{E}>\" -m 'hotfix'",
    "Is the box address {POB} still valid for {P}?",
    "{G3} and {WG} are splitting the hotel room.",
    "DEAR {PU}, YOUR PARCEL IS WAITING AT THE DEPOT.",
    "ok so {g} said {g2} never got the keys back",
    "RETURN TO SENDER\n{P}\n{POB2}",
    # (b) long enterprise prompts
    "Turn this escalation into three bullet points for the account manager.\n\n#{N4}-{N2} ESCALATED (tier 2)\nfrom: {P} <{E}>  |  best number: {T}\n\nThe {W} heat pump was installed in October and has thrown error E7 every night since. Two technicians came; the second, {P2}, replaced a sensor and left. I want a senior engineer at {A1} before the cold snap, not another visit from the call centre roster.\n\n-- agent: caller passed security (date of birth {DOB}).",
    "From the HR business partner's inbox, please redact nothing and just summarise:\n\nHi team - quick context on {P} ({NIDK} {NID}). She reports to {P2}. Since her return from parental leave she has been rostered on nights six weeks running, and payroll missed her overtime twice. She lives at\n{A2}\nand prefers calls on {T}. {G2} disputes the rota account. {P3} witnessed the last exchange. Can we get a mediation slot next week?",
    "Account: {CO}\nOwner: {P}\nStage: Negotiation\nContacts: {P2} <{E2}> (legal), {P3} (finance)\nDirect line: {T}\nSite: {A1}\nNotes: {G} wants the three-year price frozen; {G2} is worried about data residency. Follow up after their board meets.",
    "Please rewrite this email so it sounds friendlier:\n\nHi {G2},\n\nThe documents you sent are incomplete. We still need a copy of your {PASSK} passport ({PASS}) and proof of address dated within three months. Your file shows {A1}; if that has changed tell us.\n\nBest regards,\n{P}\nOnboarding Specialist | {CO}\nM: {T} | {E}\n{A2}",
    "Here is a Slack export, can you list the action items?\n\n[09:02] {U}: morning all, prod deploy at 11?\n[09:03] {U2}: yes, {G} is on call\n[09:05] {U}: {G2} pls rotate the staging creds, I pasted the old one in #random by mistake: {K}\n[09:07] {U2}: on it. also the vendor contact changed, new one is {P3}, {E2}\n[09:10] {U}: ty",
    "Explain these auth log lines to a non-technical manager:\n\nNov 29 03:14:07 {HOST} sshd[4121]: Failed password for {U} from {IP} port 51422 ssh2\nNov 29 03:14:09 {HOST} sshd[4121]: Failed password for {U} from {IP} port 51422 ssh2\nNov 29 03:15:40 {HOST} sshd[4188]: Accepted publickey for {U2} from {IP2} port 60012 ssh2\nNov 29 03:16:02 {HOST} sudo: {U2} : TTY=pts/0 ; PWD=/home/{U2} ; USER=root ; COMMAND=/bin/systemctl restart nginx",
    "Is this .env safe to commit?\n\nAPP_ENV=production\nSTRIPE_SECRET_KEY={K}\nSMTP_USER={E}\nSMTP_PASS={PW}\nAWS_ACCESS_KEY_ID={ASIA}\nAWS_SECRET_ACCESS_KEY={AWSK}\nDD_API_KEY={DDK}\nLOG_LEVEL=info",
    "Review this Helm values file:\n\npostgresql:\n  auth:\n    username: {U2}\n    password: \"{PW}\"\nnotifications:\n  apiToken: {K2}\n  adminContact: {E2}\ningress:\n  host: orders.{W}.internal",
    "Our connection string stopped working after the password change, why?\n\npostgres://{U}:{PW}@db-eu.{W}.internal:5432/analytics?sslmode=require\n\nThe DBA ({P}) says the new password is {PW2} but it fails too.",
    "Convert these SQL rows to JSON:\n\nINSERT INTO customers (id, full_name, email, phone, dob) VALUES\n({N4}, '{P}', '{E}', '{T}', '{DOB}'),\n({N4}, '{P2}', '{E2}', '{T2}', NULL);",
    "Find the rows with missing data:\n\ncustomer_ref;surname_given;contact;tax_id;street\nC-{N4};\"{LF}\";{T};{SSN};\"{A1}\"\nC-{N2}{N1};\"{P2}\";{E2};;",
    "Please translate this payment instruction into Portuguese.\n\nSender: {P} <{E}>\nRe: new remittance details\n\nDear accounts team, from next month please pay my invoices to IBAN {IBAN}. For the US subsidiary use routing {RT}, account {BA}. My mobile for verification is {T}.\n\nThanks,\n{G}",
    "Insurance claim CL-{N4}\nClaimant: {P}\nDate of birth: {DOB}\nPolicy address: {A1}\nDriver licence ({DLK}): {DL}\nOther party: {P2}, phone {T2}\n\nOn Saturday evening the claimant's car was hit while parked. The other driver left a note with a phone number. Photos attached. Please assess liability and draft a letter to the other party's insurer.",
    "KYC review: does this file meet our policy?\n\nCustomer: {P}\n{NIDK}: {NID}\nPassport ({PASSK}): {PASS}\nResidential address: {A1}\nSource of funds: salary from {CO}\nIBAN: {IBAN}\nPEP check: none. Sanctions check: clear.",
    "Summarise this git log for the release notes:\n\ncommit {H40}\nAuthor: {P} <{E}>\nDate:   Mon Dec 1 16:03:11 2025 +0530\n\n    Add retry budget to the payment client\n\ncommit {H40}\nAuthor: {U2} <{E2}>\nDate:   Fri Nov 28 09:41:27 2025 +0000\n\n    Bump {W} SDK to {V}",
    "Book flights for this traveller and list what the airline still needs:\n\nTraveller: {PU}\nDate of birth: {DOB}\nPassport: {PASS} ({PASSK})\nMobile: {T}\nEmail: {E}",
    "Access request AR-{N4}\nRequested for: {P} (login {U})\nApprover: {P2}\nSystems: finance reporting, {W} admin console\nJustification: covering for {G3} during leave\nTemporary password issued by IT: {PW}",
    "Please tidy these clinic notes:\n\npt {pl}, dob {DOB}, ph {T}. lives alone at {A1}. daughter {G2} ({T2}) is next of kin. bp 142/90, on amlodipine 5 mg. review in 6 weeks.",
    "Voicemail transcript, make it a one-line CRM entry:\n\n\"Yeah hi, it's {P} again, that's {F}, I'm on {T2}. The refund {G2} promised on the phone still hasn't shown up on my card {CC}. My customer number is {BA}. Ring me back today please.\"",
    "Here is the private key from the old build server, is it still used anywhere?\n\n{PEM}\n\nIt was set up by {P} ({E}).",
    # (c) zh-TW, zh-CN and mixed
    "{ZM}以下是門市回報，請整理重點：顧客{Z}反映在{ZA}附近的門市被重複刷卡，留下的手機是{ZP}，希望今天回電。",
    "请把下面的内容改写成正式的客户档案：{Z}，证件号{ZCN}，现住{ZA}，联系方式{ZP}。",
    "{ZM}人事異動通知：{Z}（身分證字號{ZTW}）自下月起調任台中分公司，由{Z2}接任，如有問題請洽{ZS}。",
    "Can you help me answer {Z}? She signs her emails as {P}, her LINE number is {ZP} and her work address is {E}.",
    "新進移工{ZF}（統一證號{ZARC}）明天報到，請總務準備宿舍，電話{ZP}。",
    "周会备忘：{W}上线延期，{Z}负责跟进测试，{Z2}本周请假，紧急事项找{ZS}。",
    "麻煩幫我寫退貨單：寄件人{Z}，取件地址{ZA}，連絡電話{ZP}，原訂單{N4}{N2}。",
    "Write a short Traditional Chinese SMS to {P} saying the technician will come to {A1} on Friday morning.",
    "{ZS}：{Z}的回診改到下週二上午，生日是{DOB}，若要改期請撥{ZP}。",
    "剛剛接到銀行電話說我的卡號{CC}有異常交易，我是{Z}，幫我列出要問銀行的問題。",
    "出差报销单：申请人{Z2}，住宿地址{ZA}，手机{ZP}；审批人 {P2}。",
    "{ZS}，{Z}想應徵資料分析師，她的信箱 {E}、身分證{ZTW}，附件是作品集。",
    "Can you translate this error report?\n使用者 {U} 從 {IP} 登入時出現錯誤，帳號持有人：{Z}，請 IT 協助解鎖。",
    "{ZM}本季重點客戶：{Z}、{Z2}、{ZF}，業務請在月底前完成拜訪。",
    "我叫{Z}，我的同事{ZF}下週到上海出差，住在{ZA}，有事打{ZP}。",
    "Payroll 問題：员工{Z}（身份证{ZCN}）这个月的工资没到账，她的 IBAN 是{IBAN}，主管{Z2}已确认。",
]

BENIGN = [
    "What did Christine Lagarde signal about the next ECB rate decision? Keep it to two sentences.",
    "Claudia Sheinbaum and Mark Carney agreed to revisit steel tariffs; list the sectors affected.",
    "Compare how Naomi Osaka and Simone Biles talked publicly about athletes' mental health.",
    "Give me three discussion questions on Wole Soyinka's Nobel lecture and one on Arundhati Roy's essays.",
    "Explain why Eliud Kipchoge's sub-two-hour marathon is not an official world record.",
    "I'm choosing between the Galaxy S25 Ultra and the iPhone 16 Pro for night photography - pros and cons?",
    "How cold does Ulaanbaatar get compared with Yakutsk, and why is one a capital city?",
    "Plan a 5-day itinerary through Luang Prabang, Vang Vieng and Vientiane on a budget.",
    "Why does Docker report a different digest (sha256:{H64}) on arm64 than on amd64?",
    "Bisect between {H7} and {H40}: the flaky test appeared somewhere in that range after we moved to {V}.",
    "Set the API key in your shell first: export OPENAI_API_KEY=<API_KEY> (never paste the real one here).",
    "In the docs example, replace user@example.com and admin@example.org with your own addresses.",
    "Is this Redis block fine for staging?\nredis:\n  host: localhost\n  port: 6379\n  password: {ENV}\nfeature_flags:\n  checkout_v2: true",
    "level=info ts=2025-12-01T07:44:19Z msg=\"quote served\" trace={UUID} route=/v1/quotes took={N2}ms shard={N1}",
    "Is {UUID} a v4 or a v7 identifier, and how can you tell from the characters alone?",
    "Write a Python function that validates an IBAN checksum without using any library.",
    "Explain the Luhn algorithm step by step and why it catches most single-digit typos.",
    "CREATE TABLE customers (id SERIAL PRIMARY KEY, full_name TEXT NOT NULL, email TEXT UNIQUE, dob DATE, ssn CHAR(11));",
    "name,email,phone,address\n<name>,<email>,<phone>,<address>",
    "Summarise the main differences in statutory sick pay between Kenya and Chile for a two-page brief.",
    "Does HIPAA's minimum-necessary standard apply to de-identified datasets? Answer with citations to the rule.",
    "Board pack, slide 4: APAC bookings {N2}% above plan, EMEA flat; largest wins were Siam Cement, Woolworths and Gojek.",
    "Why would a canary at {N1}% traffic show lower error rates than the full rollout of {V}?",
    "Reserve two tables for twelve at the Web Summit Lisbon networking dinner; the {W} team will pay on one invoice.",
    "Which Python datetime format string parses 2025-11-30T23:59:60Z, and does it handle the leap second?",
    "Write a children's poem about the Zambezi, the Irrawaddy and the Orinoco meeting in a dream.",
    "Should `MAX_BATCH = {N2}` live in constants.py or be read from the environment? Argue both sides.",
    "The {W} service listens on 0.0.0.0:8080 and talks to 127.0.0.1:5432 in the dev container.",
    "ISBN 978-0-14-044913-6 is the Penguin Classics edition; order {N2} copies for the seminar.",
    "Mark Carney and Keir Starmer discussed the energy transition in Ottawa on Tuesday.",
    "GitHub Actions: use {ENV} instead of hard-coding the token in the workflow file.",
    "Shohei Ohtani and Virat Kohli topped the list of most-followed athletes in Asia this year.",
    "張忠謀的回憶錄下冊談到哪些台積電早期的決策？請條列。",
    "蔡英文卸任後首次出訪，行程包括布拉格和柏林。",
    "用三句话解释为什么丽江古城在旺季要限流。",
    "iPad Air 跟 Galaxy Tab S10 哪個比較適合手寫筆記？",
    "這段變更說明要翻成英文：{W} 模組升級至 {V}，舊版 API 將於明年停用。",
    "国务院总理李强出席了夏季达沃斯论坛开幕式，请概括他的发言要点。",
    "Retro notes: the {W} consumer group fell behind because {N2} partitions were not enough after the resize. Fix: autoscale on lag.",
    "Generate five placeholder customer records for a demo, using obviously fake values like 'Jane Example' and 555-0100.",
]

def build5(n: int = 300, seed: int = SEED) -> list[Sample]:
    return build(n, Gen5(seed), PII, BENIGN)


def main(argv: list[str] | None = None) -> int:
    return crosscheck.main(argv, __doc__, build5, name="crosscheck5", seed=SEED, seeded=True)


if __name__ == "__main__":
    sys.exit(main())
