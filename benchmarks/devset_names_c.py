"""English names, set C: our own templates and our own name pool, not the detector's list.

    python benchmarks/devset_names_c.py [--n 700] [--misses] [--show 5] [--seed 4242]

Set A and B of devset_names.py draw given names from nam_dict, the list the detector reads, so
their recall is an upper bound for names that list lacks. Set C does not: every given name and
surname below was typed for this file from general knowledge of naming in each region
(Yoruba, Igbo and Hausa; Akan day names; Kenyan, Zulu and Xhosa; Vietnamese; North and South
Indian; Arabic and Persian transliterations; Turkish; Slavic full names and diminutives;
Chinese pinyin and Cantonese romanisation; Korean; Japanese; Filipino; Brazilian and
Portuguese; Spanish; Italian; French; German; Dutch; Scandinavian; Irish and Welsh; Anglo
names that are English words). No Faker list, no presidio-evaluator or presidio-research data,
no names-dataset, no nam_dict.

Templates are written for the shapes issue 13 names and that sets A/B have little of: lower
case chat with a person cue (`ping {first}`, `ask {first}`, `cc {first}`, `thanks {first}`,
`@{first}`), CSV rows and JSON values, ALL-CAPS records, `Last, First M.` lists, particles
(`van der Berg`, `de la Cruz`, `bin Abdullah`, `al-Hassan`), hyphenated and apostrophe names,
titles (`Dr.`, `Prof.`, `Sgt.`; not part of the gold span), a name followed by a role
(`Priya, our CFO,`), short generator-style sentences. A `benign` category holds near-misses
that must stay (`grace period`, `park the car`, `bill the client`, `will do`).

Scored like devset_en2 (`Guard('default').protect`, findings whose action is not `allow`).
Written and scored once before any fix for it: name-char leak 0.109, PERSON recall 0.850,
over-mask 0.019 (benign 0.017); after the fixes of the same branch 0.021, 0.971, 0.023
(benign 0.016). Over-mask counts the `, ` of `Last, First` and titles before names (neither is
gold), which the fixes now mask with the name.
"""

# ruff: noqa: E501  (templates and name lists are prose)
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import Builder, Sample  # noqa: E402
from devset_names import report, show  # noqa: E402

SEED = 4242

# origin: (given names, surnames). Typed here; see the module doc.
POOL = {
    "ng": ("""Chidi Ngozi Adaeze Ebuka Kelechi Nnamdi Chioma Uche Obiageli Ikenna Tobenna Somtochukwu
        Adaobi Chinonso Ifeanyi Olamide Ayodele Bolanle Damilola Kehinde Taiwo Oluwatobi Titilayo
        Yewande Abiodun Segun Femi Bukola Aminu Hadiza Usman Garba Rukayya Nasiru""",
           """Okafor Nwankwo Okonkwo Obi Eze Nwosu Ugwu Okoro Chukwuma Anyanwu Adeyemi Ogunleye Adebayo
        Oyedepo Akintola Olaniyan Ojo Bankole Fashola Danladi Yusuf Abdullahi Sani Ibekwe Onyeama"""),
    "gh": ("""Kwame Kofi Kwabena Kwaku Yaw Kwasi Akosua Ama Adwoa Abena Efua Akua Yaa Esi Nana Kojo
        Ekow Mawuli Selasi Delali""",
           """Mensah Asante Boateng Owusu Appiah Osei Agyeman Ofori Darko Amoah Frimpong Antwi Acheampong
        Quaye Tetteh Adjei Addo Ansah"""),
    "ke_za": ("""Wanjiku Njeri Kamau Otieno Achieng Akinyi Wambui Mwangi Njoroge Chebet Kiprono Thandeka
        Sibusiso Nomsa Lwazi Zanele Bheki Ayanda Lindiwe Mandla Siyabonga Nokuthula Luyanda""",
           """Kariuki Odhiambo Ochieng Kiplagat Wafula Mutua Kimani Njenga Onyango Nkosi Zulu Mthembu Ngcobo
        Mahlangu Khoza Mokoena Molefe Shabalala Buthelezi Cele"""),
    "vn": ("""Thao Nhung Phuong Trang Huyen Lan Hanh Nga Quynh Vy Dung Hieu Khoa Long Nam Phong Son
        Thang Tien Trung Vinh Hai Hung Cuong Dat Tu Loan Hoa Yen""",
           """Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Trinh Quach
        Luong Chu Ta Kieu"""),
    "in": ("""Aarav Vivaan Aditya Ishaan Kabir Anika Diya Saanvi Kavya Meenakshi Lakshmi Venkatesh
        Srinivas Karthik Harini Shreya Nandini Rahul Pooja Neha Suresh Ramesh Ganesh Anjali Divya
        Rajesh Sunita Gurpreet Harpreet Manpreet Jaspreet Bhavna Tanvi Vikram Arjun Keerthana""",
           """Sharma Verma Gupta Agarwal Mehta Shah Patel Desai Iyer Iyengar Nair Menon Pillai Reddy Rao
        Naidu Chatterjee Mukherjee Banerjee Bhattacharya Ganguly Sengupta Kaur Gill Sandhu Dhillon
        Chopra Malhotra Kapoor Khanna Venkataraman Subramaniam Krishnamurthy"""),
    "ar": ("""Mohammed Ahmed Mahmoud Mustafa Yusuf Khaled Tariq Bilal Hamza Samir Walid Nabil Rania Dalia
        Noor Huda Mariam Salma Yasmin Leila Amira Fadi Rami Ziad Hani Karim Layan Reem Lina Jamal""",
           """Haddad Khoury Nassar Saleh Mansour Aziz Hamdan Qasim Najjar Darwish Shaheen Sabbagh Jaber
        Barakat Hijazi Awad Suleiman Farah Kanaan Tamimi"""),
    "fa": ("""Reza Dariush Kourosh Arash Babak Behnam Farhad Mehdi Parisa Shirin Nasrin Mahsa Roya Golnaz
        Laleh Sanaz Omid Navid Kaveh""",
           """Hosseini Mohammadi Rezaei Ahmadi Karimi Moradi Jafari Rahimi Ghorbani Sadeghi Tehrani
        Esfahani Shirazi Farahani Kazemi"""),
    "tr": ("""Emre Burak Mehmet Mustafa Cem Kerem Onur Serkan Elif Zeynep Ayşe Fatma Merve Esra Büşra
        Gizem Selin Deniz Ebru Hakan""",
           """Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aslan Çetin Kara Koç
        Kurt Özkan Şimşek Polat Erdoğan"""),
    "slav": ("""Sasha Misha Dima Kolya Vanya Petya Seryozha Lyosha Zhenya Natasha Katya Masha Dasha Sveta
        Lena Yulia Anastasia Ekaterina Vladimir Sergei Aleksandr Nikolai Oksana Taras Bohdan Yaroslav
        Agnieszka Małgorzata Piotr Krzysztof Tomasz Wojciech Jiří Petra Tereza Goran Dragana Nikola""",
           """Ivanov Petrova Sidorov Kuznetsova Smirnov Popova Volkov Sokolova Lebedev Morozova Kovalenko
        Shevchenko Bondarenko Tkachenko Kravchenko Nowak Wiśniewska Kowalski Zielińska Dvořák
        Novotná Horvat Jovanović Petrović Nikolić"""),
    "cn": ("""Wei Jing Xiaoling Yifan Zihan Haoran Yuxuan Mingyu Jiahui Xinyi Qiang Lei Tao Hui Yan Ling
        Jun Bo Fang Ying Ka-wai Wing-yan Chi-ming Siu-lun Mei-ling""",
           """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Luo Zheng Liang Xie Tang
        Feng Deng Wong Chan Cheung Leung Lau Ng Ho Tsang Yeung"""),
    "kr": ("""Ji-hoon Seo-yeon Min-seo Do-yoon Ha-eun Ye-jin Hyun-woo Jae-won Soo-ah Eun-ji Sung-min
        Jiyoung Minji Jisoo Taeyang Dong-hyun""",
           """Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin Kwon Hwang Ahn Song Yoo Hong Jeon Moon Baek"""),
    "jp": ("""Haruka Yui Aoi Sakura Riko Mio Hina Sota Ren Hiroshi Takeshi Kenji Daisuke Shota Yusuke
        Naoko Keiko Akiko Tomoko Masaki""",
           """Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Saito Kato Yoshida
        Yamada Sasaki Matsumoto Inoue Kimura Shimizu Hayashi Fujita"""),
    "ph": ("""Jhun Rommel Marites Lorna Jericho Kristine Mylene Arnel Rowena Joselito Analyn Girlie
        Bong Jojo Precious""",
           """Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Villanueva Ramos Aquino Dela_Rosa Castillo
        Mercado Lacson Macaraeg"""),
    "pt": ("""João Gonçalo Thiago Rafael Lucas Gustavo Leandro Fernanda Juliana Beatriz Larissa Camila
        Letícia Vitória Rodrigo Marcelo Paulo""",
           """Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Lima Araújo Fernandes
        Carvalho Gomes Ribeiro Barbosa Moreira"""),
    "es_it_fr": ("""Santiago Sebastián Diego Alejandra Paola Mariana Guadalupe Itziar Iker Nerea Lorenzo
        Matteo Giulia Chiara Francesca Alessandro Giuseppe Margaux Clémence Théo Mathis Élodie
        Amélie Guillaume Benoît Océane""",
           """Ramírez Torres Flores Herrera Jiménez Vázquez Castro Romero Navarro Iglesias Etxeberria
        Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Moreau Lefebvre
        Dubois Girard Bonnet Rousseau Fournier Chevalier"""),
    "de_nl_nordic": ("""Lukas Jonas Leon Finn Mats Jannik Annika Svenja Wiebke Friederike Jörg Dieter
        Sanne Lotte Femke Bram Joost Ruud Sjoerd Astrid Sigrid Ingrid Solveig Björn Magnus Henrik
        Freja Mikkel Søren Eero Aino""",
           """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Richter
        Jansen Bakker Visser Smit Mulder Bos Dekker Hansen Johansson Lindqvist Nyström Eriksson
        Virtanen Korhonen Haugen Solberg"""),
    "ie_cy": ("""Siobhan Aoife Niamh Caoimhe Saoirse Róisín Oisín Cian Tadhg Ciarán Pádraig Eoin Sinéad
        Gráinne Dervla Rhys Cerys Gethin Bronwen Dafydd Iwan Eluned""",
           """O'Sullivan O'Connor O'Reilly McCarthy Gallagher Doherty Byrne Kavanagh Ní_Bhriain Ó_Súilleabháin
        Fitzgerald Breathnach Jones Williams Pritchard Vaughan Llewellyn ap_Rhys"""),
    "anglo": ("""Grace Hope Faith Joy Rose Ivy Dawn Summer Autumn Hunter Chase Mason Piper Harper Willow
        Sky River Brooke Bill Will Pat Sue Rob Art Jack Mark Frank Grant Dean Drew Wade Ray Chip
        Buck Guy Heather Holly Olive Ruby Pearl Violet Daisy Amber Crystal Penny""",
           """Park Hill Gates Rose Stone Wood Fox Cook Baker Mason Hunter Banks Lane Moss Frost Little
        Sharp Best Day Page Price Long Bell King Young Green Brown White Black Gray Rich Hall Marsh
        Field Knight Bishop Church Mills Chambers Waters Strong Hart Sweet Love Wise Moody Swift
        Joy Snow Bush Rivers Cash"""),
}
# Surnames with particles (as one surname) and compound ones, drawn for origins that use them.
PARTICLED = {
    "de_nl_nordic": ("van der Berg", "van Dijk", "de Vries", "van den Heuvel", "von Essen", "ter Horst", "van Leeuwen"),
    "es_it_fr": ("de la Cruz", "del Río", "de León", "García-Márquez", "De Luca", "Di Stefano", "Le Roux", "du Pont", "Saint-Martin"),
    "pt": ("da Silva", "dos Santos", "de Souza", "da Costa", "do Nascimento"),
    "ar": ("al-Hassan", "bin Abdullah", "Al-Amin", "el-Masri", "Abu Bakr", "bint Khalid", "Al Nahyan"),
    "anglo": ("Smith-Jones", "O'Hara", "Lloyd-Davies", "McAllister", "MacIntyre", "D'Angelo"),
    "in": ("D'Souza", "D'Costa", "Fernandes-Rao"),
}
ORIGINS = tuple(POOL)
TITLES = ("Dr.", "Prof.", "Sgt.", "Capt.", "Rev.", "Mr.", "Ms.", "Mrs.", "Dr", "Officer", "Nurse", "Coach", "Pastor", "Judge")
ROLES = ("our CFO", "the new intern", "my manager", "our landlord", "head of sales", "the team lead", "my neighbour", "our accountant")
CITIES = ("Lagos", "Accra", "Nairobi", "Durban", "Hanoi", "Pune", "Chennai", "Amman", "Tehran", "Izmir", "Kraków", "Kyiv", "Manila", "Recife", "Porto", "Lyon", "Utrecht", "Bergen", "Cork", "Cardiff", "Leeds", "Denver")


class Person:
    def __init__(self, r: random.Random, particled: bool = False) -> None:
        self.origin = origin = r.choice(sorted(PARTICLED) if particled else ORIGINS)
        given, surnames = ([w.replace("_", " ") for w in p.split()] for p in POOL[origin])
        self.first = r.choice(given)
        self.last = r.choice(surnames)
        if origin in PARTICLED and (particled or r.random() < 0.3):
            self.last = r.choice(PARTICLED[origin])
        self.middle = r.choice(("Van", "Thi", "Minh", "Thanh", "Ngoc", "Duc", "Quoc")) if origin == "vn" else None
        self.initial = r.choice("ABCDEFGHJKLMNPRSTW")

    def full(self) -> str:
        if self.middle:  # family, middle, given
            return f"{self.last} {self.middle} {self.first}"
        return f"{self.first} {self.last}"


SHAPES = (("FULL", 10), ("FIRST", 4), ("LF", 1), ("MI", 2), ("TITLED", 2), ("LC", 2), ("UC", 2), ("LAST", 1))


class Gen:
    def __init__(self, seed: int = SEED) -> None:
        self.r = random.Random(seed)

    def name(self, p: Person, shape: str) -> tuple[str, list[str], str]:
        """(text before the gold, the gold parts joined by `, `, the shape)."""
        r = self.r
        if shape == "NAME":
            shape = r.choices([s for s, _ in SHAPES], [w for _, w in SHAPES])[0]
        table = {
            "FULL": lambda: ("", [p.full()]),
            "FIRST": lambda: ("", [p.first]),
            "FIRST_LC": lambda: ("", [p.first.lower()]),
            "FIRST_UC": lambda: ("", [p.first.upper()]),
            "LAST": lambda: ("", [p.last]),
            "LF": lambda: ("", [p.last, p.first]),
            "LFM": lambda: ("", [p.last, f"{p.first} {p.initial}."]),
            "LFUC": lambda: ("", [p.last.upper(), p.first.upper()]),
            "MI": lambda: ("", [f"{p.first} {p.initial}. {p.last}"]),
            "TITLED": lambda: (f"{r.choice(TITLES)} ", [r.choice((p.full(), p.last))]),
            "LC": lambda: ("", [p.full().lower()]),
            "UC": lambda: ("", [p.full().upper()]),
            "PFULL": lambda: ("", [p.full()]),
            "LAST_LC": lambda: ("", [p.last.lower()]),
            "LAST_UC": lambda: ("", [p.last.upper()]),
        }
        before, parts = table[shape]()
        return before, parts, shape

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
                b.value(f"{r.choice(('hello', 'me', 'inbox', 'x'))}{r.randint(1, 99)}@{r.choice(('example.org', 'example.com'))}", "EMAIL_ADDRESS")
            elif key == "PHONE":
                b.value(f"+1 {r.randint(201, 989)} {r.randint(200, 999)} {r.randint(0, 9999):04d}", "PHONE_NUMBER")
            elif key == "N":
                b.text(str(r.randint(10, 9999)))
            elif key == "CITY":
                b.text(r.choice(CITIES))
            elif key == "ROLE":
                b.text(r.choice(ROLES))
            elif key == "DAY":
                b.text(r.choice(("monday", "friday", "tomorrow", "next week", "eod")))
            else:
                if who not in people:
                    people[who] = Person(r, particled=key == "PFULL")
                p = people[who]
                before, parts, shape = self.name(p, key)
                b.text(before)
                for i, part in enumerate(parts):
                    if i:
                        b.text(", ")
                    b.value(part, "PERSON")
                    kinds.append((p.origin, shape))
            pos = m.end()
        b.text(template[pos:])
        text, spans = b.build()
        return text, spans, kinds


TEMPLATES = {
    "chat": (
        "hey {FIRST_LC}, can you send the file to {FIRST_LC1} before {DAY}?",
        "can u ping {FIRST_LC} about the venue booking",
        "ask {FIRST_LC} if the invoice went out",
        "tell {FIRST_LC} i'm running late",
        "cc {FIRST_LC} and {FIRST_LC1} on the thread pls",
        "thanks {FIRST_LC}!! you saved me",
        "@{FIRST_LC} are you joining the standup?",
        "ok {FIRST_LC} i'll call you after lunch",
        "{FIRST_LC} said the keys are under the mat",
        "did {FIRST_LC} reply yet?",
        "me and {FIRST_LC} are going to the game {DAY}",
        "i think {FIRST} has the charger",
        "sure, {FIRST} can take the late shift",
        "{FIRST} and {FIRST1} will cover friday",
        "morning {FIRST}! coffee?",
        "talked to {FIRST_LC} {LAST_LC}, he's in",
    ),
    "records": (
        "id,first_name,last_name,email\n{N},{FIRST},{LAST},{EMAIL}",
        "name,city,phone\n{FULL},{CITY},{PHONE}",
        '{"first_name": "{FIRST}", "last_name": "{LAST}", "city": "{CITY}"}',
        '{"customer": {"name": "{FULL}", "email": "{EMAIL}"}}',
        '{"assignee": "{FULL}", "status": "open"}',
        "NAME: {LFUC}\nDOB: 03/04/1988\nMRN: {N}",
        "PATIENT NAME: {UC}\nWARD: 4B",
        "SURNAME: {LAST_UC}\nGIVEN NAMES: {FIRST_UC}\nNATIONALITY: {CITY}",
        "Employee: {LFM}\nDept: Finance",
        "<person><name>{FULL}</name><email>{EMAIL}</email></person>",
        "full_name={FULL}; phone={PHONE}",
        "| {FULL} | {CITY} | active |",
    ),
    "lists": (
        "Participants: {LFM}; {LFM1}; {LFM2}",
        "Roster\n{LF}\n{LF1}\n{LF2}",
        "Team: {FIRST}, {FIRST1}, {FIRST2} and {FIRST3}",
        "- {FULL} (design)\n- {FULL1} (backend)\n- {FULL2} (QA)",
        "Panel: {TITLED}, {TITLED1} and {FULL2}",
        "Seating: table 1 {FULL}, table 2 {FULL1}",
    ),
    "particles": (
        "The contract was signed by {PFULL} on behalf of the buyer.",
        "Please welcome {PFULL} to the Lisbon office.",
        "Meeting with {PFULL} moved to 3pm.",
        "{PFULL} will present the quarterly numbers.",
        "Invoice addressed to {PFULL}, {CITY}.",
    ),
    "roles": (
        "{FIRST}, {ROLE}, approved the budget.",
        "I spoke with {FULL}, {ROLE}, this morning.",
        "Loop in {FIRST} from legal before we sign.",
        "{TITLED} will see you at 10.",
        "Report to {TITLED} at the front desk.",
        "Our contact there is {FULL}.",
        "{FULL} ({ROLE}) is out until Monday.",
    ),
    "generator": (
        "{FULL} lives in {CITY}.",
        "How do I reach {FULL}? My number is {PHONE}.",
        "{FIRST}'s email is {EMAIL}.",
        "I'm {FIRST}, nice to meet you.",
        "My friend {FIRST} recommended this place.",
        "Send the package to {FULL} in {CITY}.",
        "{FULL} called about order {N}.",
        "Is {FIRST} still working at the bank?",
        "Please book a table for {FIRST} {LAST} at 7.",
        "My wife {FIRST} and I are flying to {CITY}.",
        "{UC} - account suspended",
        "Hello, my name is {LC}",
    ),
    "signatures": (
        "Thanks,\n{FULL}\nOperations Manager",
        "--\n{FULL} | Account Executive\n{PHONE}",
        "Best,\n{FIRST}",
        "Cheers\n{FIRST_LC}",
        "Regards,\n{TITLED}\nDepartment of Physics",
        "Sent from my phone\n- {FIRST}",
    ),
    "transcript": (
        "{FIRST}: did the build pass?\n{FIRST1}: yes, all green",
        "[{FULL}] Can everyone see my screen?\n[{FULL1}] Yes",
        "Interviewer: Please state your name.\nWitness: {FULL}.",
        "{UC}: Thank you, chair.\nCHAIR: The floor is yours.",
        "Speaker 2 ({FULL}): I agree with the proposal.",
    ),
}

BENIGN = (
    "there is a grace period of 30 days on late payments",
    "park the car in the second row and bill the client for the hours",
    "will do, thanks! i'll mark it done",
    "can you ask the team to review the doc before friday",
    "tell me how to fix the grant application form",
    "ping the server and check the latency",
    "cc the finance list on the thread pls",
    "thanks everyone, great work today",
    "hope you're all doing well, happy friday",
    "the river level rose overnight and the summer heat returned",
    "pat yourself on the back, you earned it",
    "ok sounds good, see you at the park",
    "ROSE GOLD EDITION - LIMITED STOCK",
    "Status: OPEN\nPriority: HIGH\nOwner: Platform Team",
    '{"first_name": null, "last_name": "", "status": "pending"}',
    "id,product,price\n12,Desk Lamp,19.99\n13,Office Chair,149.00",
    "Our CFO approved the budget; the new intern starts Monday.",
    "The Van Gogh Museum and the Rijksmuseum are in Amsterdam.",
    "De La Salle University and the Bank of the Philippine Islands",
    "Sales, our biggest team, hit the target in March.",
    "Dear team, the office is closed on Friday.",
    "Best practices: keep it simple. Regards to all.",
    "ask nicely and they will help; tell them the truth",
    "we used the Hunter algorithm and the Chase API",
    "Summer, Autumn and Winter collections are now online.",
    "Thanks again!\n\nSent from my phone",
    "@channel standup in 5",
    "can someone ping devops about the outage",
    "Nurse the plant back to health with less water.",
    "Judge the results by the numbers, not the slides.",
)


def build(n: int = 700, seed: int = SEED) -> tuple[list[Sample], dict[str, list]]:
    gen = Gen(seed)
    samples, kinds = [], {}
    per = n // len(TEMPLATES)
    for cat, table in TEMPLATES.items():
        for i in range(per):
            text, spans, k = gen.fill(table[i % len(table)])
            sid = f"{cat}-{i:03d}"
            samples.append(Sample(sid, cat, text, spans))
            kinds[sid] = k
    for i, text in enumerate(BENIGN):
        samples.append(Sample(f"benign-{i:03d}", "benign", text, []))
    return samples, kinds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=700)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    samples, kinds = build(args.n, args.seed)
    if args.show:
        show(samples, args.show)
        return 0
    report(samples, kinds, args.misses, unit="PII", width=10)
    return 0

if __name__ == "__main__":
    sys.exit(main())
