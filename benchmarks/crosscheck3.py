"""A third cross-family probe nobody tuned against: the lead's check on session 10's fixes.

    python benchmarks/crosscheck3.py [--n 300] [--misses]

Written by the lead at the start of session 10, before that session's detection fixes, with
names, streets, templates and tokens of its own (none shared with `crosscheck.py` or
`crosscheck2.py`, none taken from a generator or a leak). Scored once on main before the
helpers' branches were merged and once after; nobody fixing detection read it. Where the
first two probes hold short generator-style English sentences, this one holds what an
enterprise pastes into a chat window: tickets, e-mail threads, meeting notes, shell sessions
and JSON, several values each, English and Chinese mixed in one prompt, and credentials
among the PII; plus benign prompts of the same kinds (hashes, versions, public figures,
place names, Chinese prose with surname characters) for over-masking.

Scored like `devset_en2.py`: character leak of gold spans, per-entity recall, over-mask.
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import crosscheck  # noqa: E402
from crosscheck import Gen, build  # noqa: E402
from devset import Sample, phone_zh, tw_national_id  # noqa: E402

SEED = 1010

ZH_NAMES = ["林佳蓉", "郭子豪", "蔡宜君", "許文傑", "邓晓梅", "曾国平", "彭雅婷", "蕭志明", "潘美華", "罗建国",
            "韩雪", "冯磊", "贺婷", "钟伟", "葉淑芬", "戴志強", "欧阳明轩", "司马静怡", "黃柏翰", "谢雨桐",
            "丁一凡", "范思琪", "陆子涵", "程浩然"]
ZH_STREETS = ["北京市朝阳区建国路{n}号{b}号楼{u}室", "台北市大安區忠孝東路四段{n}巷8弄3號{f}樓",
              "上海市徐汇区漕溪北路{n}号", "广州市天河区体育西路{n}号B座{u}", "新北市板橋區文化路一段{n}號{f}樓",
              "深圳市南山区高新南七道{n}号", "杭州市西湖区文三路{n}号{b}幢{u}室", "高雄市苓雅區四維三路{n}號",
              "成都市武侯区人民南路四段{n}号", "台中市西屯區台灣大道三段{n}號{f}樓之2"]


def _cn_resident_id(r) -> str:
    """A GB 11643-1999 resident ID: region, birth date, sequence, ISO 7064 MOD 11-2 check."""
    body = f"{r.choice(['110105', '310104', '440106', '330106', '510107'])}{r.randrange(1960, 2004)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}{r.randrange(1000):03d}"
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body))
    return body + "10X98765432"[total % 11]


class Gen3(Gen):
    given = ["Auberon", "Philippa", "Chukwuemeka", "Adaeze", "Oluwaseun", "Mariam", "Khalid", "Nasrin", "Thanh",
             "Quynh", "Prakash", "Lakshmi", "Anirudh", "Shu-fen", "Wei-lun", "Takeshi", "Sakura", "Min-jun",
             "Hyun-woo", "Esteban", "Luciana", "Thiago", "Małgorzata", "Tomasz", "Ivana", "Dragan", "Ayşe", "Emre",
             "Kirra", "Jarrah", "Tadhg", "Róisín", "Bryony", "Torsten", "Sigrid", "Aurelio", "Benedetta", "Violet",
             "Heather", "Sterling", "Autumn", "Wren", "Robin", "Skye", "Brook", "Chase", "Gale", "June"]
    family = ["Umeh", "Eze", "Obi", "Adeyemi", "Al-Mansouri", "Karimi", "Nguyen Van", "Dang", "Bui", "Subramanian",
              "Nair", "Agarwal", "Lin", "Hsu", "Nakamura", "Inoue", "Kang", "Yoon", "Restrepo", "Benítez",
              "Cardoso", "Wiśniewska", "Lewandowski", "Horvat", "Petrović", "Öztürk", "Arslan", "Walker", "Tait",
              "Ó Briain", "Pennington", "Lindgren", "Sundberg", "Ricci", "Esposito", "Rivers", "Meadows", "Gold",
              "Forrest", "Ward", "Mason", "Glass", "Baker", "Cook"]
    streets = [("{n} Hawthorne Terrace, Unit {u}", "Portland, ME 04101"), ("{n} S. Congress Ave #{u}", "Austin, TX 78704"),
               ("{n} Bay Street, Floor {u}", "Toronto, ON M5J 2R8"), ("{n} Wilshire Blvd, Ste {u}", "Los Angeles, CA 90017"),
               ("{n} Deansgate", "Manchester M3 2BW"), ("{n} Baggot Street Lower", "Dublin 2"),
               ("Sendlinger Straße {n}", "80331 München"), ("{n} boulevard Haussmann", "75009 Paris"),
               ("Calle Mayor {n}, {u}ºB", "28013 Madrid"), ("Via Torino {n}", "20123 Milano"),
               ("Herengracht {n}", "1017 BZ Amsterdam"), ("{n} Lygon Street", "Carlton VIC 3053"),
               ("{n} MG Road, 3rd Cross", "Bengaluru 560001"), ("Avenida Paulista, {n}, conj. {u}", "01311-000 São Paulo"),
               ("{n} Orchard Road, #{u}-05", "Singapore 238880"), ("{n} Jalan Ampang", "50450 Kuala Lumpur")]
    email_hosts = ["hotmail.com", "icloud.com", "mail.ru", "contoso-legal.com", "klinik-nord.de", "gov.sg"]
    words = ["Kestrel", "Obsidian", "Tamarind", "Solstice", "Basalt", "Marigold", "Cypress", "Halcyon"]

    def _token(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def secret(self) -> str:
        an = string.ascii_letters + string.digits
        up = string.ascii_uppercase + string.digits
        return self.r.choice([
            "ghp_" + self._token(an, 36), "github_pat_11A" + self._token(up, 19) + "_" + self._token(an, 59),
            "AKIA" + self._token(string.ascii_uppercase + "234567", 16),  # key IDs are base32 "xoxb-" + self._token(string.digits, 12) + "-" + self._token(string.digits, 13) + "-" + self._token(an, 24),
            "sk_live_" + self._token(an, 24), "AIza" + self._token(an + "-_", 35), "glpat-" + self._token(an, 20),
            "SG." + self._token(an, 22) + "." + self._token(an, 43), "npm_" + self._token(an, 36)])

    def password(self) -> str:
        r = self.r
        return r.choice(["Tr0ub4dor&", "Spring", "N1ght0wl#", "Qx7!", "Bluebell_"]) + str(r.randrange(10, 9999)) + r.choice("!$%@#&*")

    def values(self) -> dict[str, tuple[str, str | None]]:
        r = self.r
        values = super().values()
        zh = r.sample(ZH_NAMES, 2)
        user = values["U"][0]
        values.update({
            "Z": (zh[0], "PERSON_ZH"), "Z2": (zh[1], "PERSON_ZH"),
            # a surname and a title name a person as surely as the full name does
            "ZS": (zh[0][:2 if zh[0][:2] in ("欧阳", "司马") else 1] + r.choice(["经理", "先生", "女士", "總監"]), "PERSON_ZH"),
            "ZA": (r.choice(ZH_STREETS).format(n=r.randrange(1, 500), b=r.randrange(1, 12), u=r.randrange(101, 2899), f=r.randrange(2, 25)), "ADDRESS_ZH"),
            "ZT": (phone_zh(r, r.random() < 0.5), "PHONE_NUMBER"),
            "ZID": (_cn_resident_id(r) if r.random() < 0.6 else tw_national_id(r), "NATIONAL_ID"),
            "K": (self.secret(), "SECRET"), "K2": (self.secret(), "SECRET"),
            "PW": (self.password(), "SECRET"),
            "UU": (user, "USERNAME"),
        })
        return values


PII = [
    "Subject: RE: laptop refund\n\nHi team,\n{P} called again today. Card on file is {CC}, billing address {A1}. She wants the refund before Friday.\n\nThanks,\n{G2}",
    "客户{Z}来电，要求把收货地址改成{ZA}，联系电话{ZT}。请今天处理。",
    "Meeting notes (Tue)\n- {G} to send the draft to {E}\n- {P2} owns the vendor review\n- next sync: Thursday 10:00",
    "{\"customer\": {\"name\": \"{P}\", \"email\": \"{E}\", \"phone\": \"{T}\"}, \"note\": \"VIP, call before shipping\"}",
    "$ ssh {UU}@build-07.internal\n$ export GITHUB_TOKEN={K}\n$ ./release.sh --tag v2.4.1",
    "Can you rewrite this more politely? \"{G}, you promised the numbers by noon. Send them to {E} now.\"",
    "請幫我翻譯成英文：我是{Z}，身分證字號{ZID}，目前住在{ZA}。",
    "JIRA OPS-{N4}\nReporter: {P}\nAssignee: {P2}\nDescription: the deploy key {K} was committed to the repo, rotate it.",
    "the db password is {PW} – don't share it outside the team",
    "Translate to Chinese: Dear {P}, your appointment at {A1} is confirmed. Call {T} to reschedule.",
    "Summarise: {Z}和{Z2}昨天在{ZA}开会，讨论了与{P}的合作。",
    "Customer {PU} disputes charge on card ending {N4}; full number {CC}; callback {T}.",
    "Hi {g}! can u ping {g2} and tell her the wifi password is {PW}",
    "Onboarding checklist for {P}:\n1. create account {UU}\n2. add to #eng-{W}\n3. ship laptop to {A2}",
    "Stack trace from prod (user {UU}, ip {IP}):\nConnectionError: auth failed for key {K2}",
    "{ZS}说，{Z}的护照明天到期，请联系{ZT}。",
    "Please draft a reference letter for {P}, who worked for me from 2019 to 2024. Her personal email is {E}.",
    "Wire instructions\nBeneficiary: {P}\nIBAN: {IBAN}\nBank address: {A1}",
    "员工 {P}（工号 {N4}）的紧急联系人是{Z}，电话{ZT}。",
    "Patient {P}, DOB {DOB}, SSN {SSN}, presents with chest pain. Refer to Dr. {F}'s colleague.",
    "config.yaml:\nstripe:\n  secret_key: {K}\nsmtp:\n  user: {E}\n  password: {PW}",
    "Forwarded message\nFrom: {P} <{E}>\nTo: {P2} <{E2}>\nplease find my new address below:\n{A2}",
    "{G} {F}'s mobile changed to {T}; old one {T2} is disconnected.",
    "我的邮箱是{E}，英文名{P}，住址{ZA}。",
]
BENIGN = [
    "Release notes: v{N1}.{N2}.{N4} fixes a race in the {W} scheduler; sha256 9f2c1e7ab04d5c3e8b6f1a2d7c9e0b4f5a6d3c2e1b0a9f8e7d6c5b4a3f2e1d0c.",
    "Compare the leadership styles of a founder-led and a board-led company in 300 words, citing Apple and Berkshire Hathaway.",
    "张家界和黄山哪个更适合秋天去？预算三千元，四天三晚。",
    "$ git log --oneline -3\n4e1f9a2 Bump pydantic\nb7c03d1 Fix flaky test\n91aa0e6 Merge branch 'main'",
    "Explain what an IBAN check digit is and how MOD 97 validates it, with a made-up example.",
    "新版本上线后，黄金段位的胜率下降了，周末活动改到白云山下的广场举行。",
    "Our Austin and Denver offices moved to hybrid work; Washington Square Park hosts the {W} picnic.",
    "SELECT order_id, SUM(amount) FROM orders WHERE created_at > '2026-01-01' GROUP BY order_id LIMIT {N2};",
    "Set OPENAI_API_KEY=<your-key-here> in .env and never commit the real value.",
    "公司第{N1}季度营收增长{N2}%，董事会将于下周二审议年度预算。",
    "Ticket {N4}: the {W} build fails on Windows with error C2039; reproduce with cmake --build . -j{N1}.",
    "Jordan, Georgia and Chad all sent delegations to the trade fair in Lyon.",
]


def build3(n: int = 300) -> list[Sample]:
    return build(n, Gen3(SEED), PII, BENIGN)


def main(argv: list[str] | None = None) -> int:
    return crosscheck.main(argv, __doc__, build3)


if __name__ == "__main__":
    sys.exit(main())
