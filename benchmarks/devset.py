"""The labelled dev set of the quality harness: synthetic prompts with character-exact spans.

Four kinds of prompt, all from our own carrier templates (not presidio-evaluator's, which an
external check uses), filled with Faker in several locales and with generators of our own
for what Faker lacks or gets wrong (checksummed Taiwan / PRC identifiers, secrets in each
vendor's format, driver licences, Taiwan and mainland phone formats):

- `en`: English prompts (names, e-mail, phones, addresses of US/UK/EU styles, cards, IBANs,
  SSNs, IPs, ages, driver licences, confidential terms);
- `zh`: zh-TW, zh-CN and mixed Chinese/English prompts, values glued to CJK text and
  full-width punctuation;
- `secrets`: prompts carrying API keys, tokens, private keys, connection strings,
  passwords, next to non-secret look-alikes;
- `benign`: code, logs and SQL with no PII, dense in near-misses (versions, UUIDs, hashes,
  timestamps, ports, identifiers named `password` or `token`).

Deterministic: one seed drives every random choice, so the set (and the figures measured on
it) are the same on every machine. `python benchmarks/devset.py` prints a few samples.
"""

# ruff: noqa: E501  (carrier templates are prose; wrapping them would hide their shape)
from __future__ import annotations

import base64
import json
import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from faker import Faker

# Faker draws dates between the epoch and an end that defaults to *now*: fixed here, or the set
# would change from one second to the next.
_END = datetime(2026, 1, 1)
SEED = 20261
CONFIDENTIAL_TERMS = ("Project Nightingale", "Bluefin", "Orion-7", "天鷹計畫", "Contoso Health",
                      "Northwind Traders", "藍海專案", "Falcon Ridge")
MARKINGS = ("CONFIDENTIAL", "Internal use only", "TLP:RED", "機密", "限閱", "Strictly confidential")


@dataclass
class Sample:
    id: str
    category: str
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, entity)


class Builder:
    """Concatenates literal text and labelled values, recording the spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[int, int, str]] = []

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def value(self, s: str, entity: str | None) -> None:
        if entity:
            self.spans.append((self.pos, self.pos + len(s), entity))
        self.text(s)

    def build(self) -> tuple[str, list[tuple[int, int, str]]]:
        return "".join(self.parts), self.spans


_SLOT = re.compile(r"\{([A-Za-z_0-9]+)\}")


def fill(template: str, value: Callable[[str], tuple[str, str | None]]) -> tuple[str, list]:
    """`template` with each `{KEY}` replaced by `value(KEY)`'s text, and the gold spans of
    those whose entity is not None. Other braces (`{"json": 1}`) are text."""
    b = Builder()
    pos = 0
    for m in _SLOT.finditer(template):
        b.text(template[pos : m.start()])
        b.value(*value(m.group(1)))
        pos = m.end()
    b.text(template[pos:])
    return b.build()


# -- value generators ------------------------------------------------------------------------

_TW_LETTERS = {c: v for v, c in enumerate("ABCDEFGHJKLMNPQRSTUVXYWZIO", start=10)}


def _tw_check(letter: str, second: int, body: list[int]) -> int:
    code = _TW_LETTERS[letter]
    digits = [code // 10, code % 10, second, *body]
    weights = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1)
    return (10 - sum(w * d for w, d in zip(weights, digits, strict=True)) % 10) % 10


def tw_national_id(r: random.Random) -> str:
    letter = r.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO")
    second = r.choice((1, 2))
    body = [r.randrange(10) for _ in range(7)]
    return f"{letter}{second}{''.join(map(str, body))}{_tw_check(letter, second, body)}"


def tw_resident_cert(r: random.Random) -> str:
    letter = r.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO")
    body = [r.randrange(10) for _ in range(7)]
    if r.random() < 0.5:  # new UI number: 8 or 9 in second place
        second = r.choice((8, 9))
        return f"{letter}{second}{''.join(map(str, body))}{_tw_check(letter, second, body)}"
    second_letter = r.choice("ABCD")  # old ARC number
    second = _TW_LETTERS[second_letter] % 10
    return f"{letter}{second_letter}{''.join(map(str, body))}{_tw_check(letter, second, body)}"


def tw_business_id(r: random.Random) -> str:
    weights = (1, 2, 1, 2, 1, 2, 4, 1)
    while True:
        digits = [r.randrange(10) for _ in range(8)]
        total = sum(sum(divmod(w * d, 10)) for w, d in zip(weights, digits, strict=True))
        if total % 10 == 0:
            return "".join(map(str, digits))


def cn_resident_id(fk: Faker) -> str:
    return fk.ssn()  # Faker's zh_CN generator computes the GB 11643 check character


def luhn_complete(prefix: str, length: int, r: random.Random) -> str:
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body + "0")):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def credit_card(fk: Faker, r: random.Random) -> str:
    kind = r.choice(("visa16", "visa13", "visa19", "mastercard", "amex", "discover", "diners",
                     "jcb16", "maestro", "mc2", "unionpay", "mir"))
    if kind == "mc2":
        number = luhn_complete(str(r.randint(2221, 2720)), 16, r)
    elif kind == "unionpay":
        number = luhn_complete("62" + str(r.randint(10, 99)), r.choice((16, 17, 18, 19)), r)
    elif kind == "mir":
        number = luhn_complete(str(r.randint(2200, 2204)), 16, r)
    else:
        number = fk.credit_card_number(kind)
    style = r.random()
    if style < 0.45 or len(number) not in (15, 16):
        return number
    sep = " " if style < 0.8 else "-"
    if len(number) == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def iban(fk_by_locale: dict[str, Faker], r: random.Random) -> str:
    value = fk_by_locale[r.choice(("de_DE", "fr_FR", "en_GB", "nl_NL", "es_ES", "it_IT"))].iban()
    if r.random() < 0.5:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def phone_en(fk: Faker, r: random.Random) -> str:
    if r.random() < 0.6:
        return fk.phone_number()
    return r.choice((
        f"+1 {r.randint(201, 989)}-{r.randint(200, 999)}-{r.randint(0, 9999):04d}",
        f"({r.randint(201, 989)}) {r.randint(200, 999)}-{r.randint(0, 9999):04d}",
        f"+44 20 {r.randint(7000, 8999)} {r.randint(0, 9999):04d}",
        f"+49 30 {r.randint(1000000, 99999999)}",
        f"+33 1 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
        f"+81 3-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        f"+886 912 {r.randint(100, 999)} {r.randint(100, 999)}",
    ))


def phone_zh(r: random.Random, tw: bool) -> str:
    if tw:
        return r.choice((
            f"09{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(100, 999)}",
            f"09{r.randint(10000000, 99999999)}",
            f"(02) {r.randint(2000, 2999)}-{r.randint(1000, 9999)}",
            f"02-{r.randint(2000, 2999)}-{r.randint(1000, 9999)}",
            f"(04){r.randint(2200, 2499)}{r.randint(1000, 9999)}",
            f"+886-9{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(100, 999)}",
        ))
    return r.choice((
        f"1{r.choice('3589')}{r.randint(100000000, 999999999)}",
        f"1{r.choice('3589')}{r.randint(0, 9)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
        f"010-{r.randint(60000000, 89999999)}",
        f"021-{r.randint(50000000, 69999999)}",
        f"+86 1{r.choice('3589')}{r.randint(100000000, 999999999)}",
    ))


def driver_license(r: random.Random) -> str:
    letter = r.choice(string.ascii_uppercase)
    return r.choice((
        f"{letter}{r.randint(1000000, 9999999)}",  # CA
        f"{r.randint(10000000, 99999999)}",  # TX, PA
        f"{letter}{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(10, 99)}-"
        f"{r.randint(100, 999)}-{r.randint(0, 9)}",  # FL
        f"{letter}{r.randint(10**10, 10**11 - 1)}",  # IL
        f"{r.randint(100000000, 999999999)}",  # NY
    ))


def address(fk: Faker, r: random.Random, one_line: bool) -> str:
    value = fk.address()
    return value.replace("\n", ", ") if one_line else value


_B64 = string.ascii_letters + string.digits


def _rand(r: random.Random, n: int, alphabet: str = _B64) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _b64url(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


SECRET_KINDS: dict[str, Callable[[random.Random], str]] = {
    "aws-access-key": lambda r: "AKIA" + _rand(r, 16, string.ascii_uppercase + "234567"),
    "aws-secret-key": lambda r: _rand(r, 40, _B64 + "/+"),
    "gcp-api-key": lambda r: "AIza" + _rand(r, 35, _B64 + "-_"),
    "github-token": lambda r: r.choice(("ghp_", "gho_", "ghs_")) + _rand(r, 36),
    "github-fine-grained-pat": lambda r: "github_pat_" + _rand(r, 22) + "_" + _rand(r, 59),
    "gitlab-token": lambda r: "glpat-" + _rand(r, 20, _B64 + "-_"),
    "slack-token": lambda r: f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**11, 10**12)}-"
    + _rand(r, 24),
    "slack-webhook-url": lambda r: "https://hooks.slack.com/services/T" + _rand(r, 8, string.ascii_uppercase)
    + "/B" + _rand(r, 10, string.ascii_uppercase) + "/" + _rand(r, 24),
    "stripe-secret-key": lambda r: r.choice(("sk_live_", "sk_test_", "rk_live_")) + _rand(r, 24),
    "openai-api-key": lambda r: "sk-proj-" + _rand(r, 74, _B64 + "-_") + "T3BlbkFJ"
    + _rand(r, 74, _B64 + "-_"),
    "anthropic-api-key": lambda r: "sk-ant-api03-" + _rand(r, 93, _B64 + "-_") + "AA",
    "twilio-api-key": lambda r: "SK" + _rand(r, 32, "0123456789abcdef"),
    "sendgrid-api-key": lambda r: "SG." + _rand(r, 22, _B64 + "-_") + "." + _rand(r, 43, _B64 + "-_"),
    "npm-access-token": lambda r: "npm_" + _rand(r, 36),
    "huggingface-access-token": lambda r: "hf_" + _rand(r, 34, string.ascii_letters),
    "jwt": lambda r: ".".join((
        _b64url({"alg": "HS256", "typ": "JWT"}),
        _b64url({"sub": str(r.randint(10**6, 10**7)), "iat": r.randint(1_600_000_000, 1_800_000_000),
                 "role": r.choice(("admin", "user"))}),
        _rand(r, 43, _B64 + "-_"),
    )),
    "azure-storage-account-key": lambda r: _rand(r, 86, _B64 + "+/") + "==",
}


def private_key(r: random.Random) -> str:
    kind = r.choice(("RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"))
    lines = [_rand(r, 64, _B64 + "+/") for _ in range(r.randint(4, 9))]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def password(r: random.Random) -> str:
    words = ("Summer", "Winter", "Dragon", "Monkey", "Sunshine", "Falcon", "Tiger", "Qwerty")
    return r.choice((
        r.choice(words) + str(r.randint(10, 2029)) + r.choice("!@#$%"),
        _rand(r, r.randint(12, 20), _B64 + "!@#%^&*"),
        r.choice(words).lower() + "_" + r.choice(words) + str(r.randint(1, 99)),
    ))


# -- carrier templates -----------------------------------------------------------------------
# `{ENTITY}` is a labelled value, `{~filler}` an unlabelled one (see `_fill`).

EN_TEMPLATES = (
    "Hi team, please follow up with {PERSON} ({EMAIL_ADDRESS}, {PHONE_NUMBER}) about invoice {~num}. "
    "The card {CREDIT_CARD} was charged twice on {~date}. Loop in {PERSON} from {~company} before {~weekday}.",
    "Draft a polite reply to {PERSON}, who lives at {STREET_ADDRESS}, explaining that the refund "
    "of ${~amount} will reach the account {IBAN_CODE} within five business days.",
    "Summarize this support ticket: customer {PERSON}, age {AGE}, phone {PHONE_NUMBER}, "
    "e-mail {EMAIL_ADDRESS}. Complaint: the {~product} stopped working after the {~date} update.",
    "Can you check whether the SSN {US_SSN} and the driver's license {US_DRIVER_LICENSE} "
    "belong to {PERSON}? Her mailing address is {STREET_ADDRESS}.",
    "Rewrite more formally: hey {PERSON}, ping me on {PHONE_NUMBER} or mail {EMAIL_ADDRESS} "
    "when the {~product} shipment to {STREET_ADDRESS} is out.",
    "Our server at {IP_ADDRESS} keeps dropping connections from {IP_ADDRESS}. The on-call engineer "
    "is {PERSON} ({EMAIL_ADDRESS}). What should we check first?",
    "{DOCUMENT_MARKING} - {CONFIDENTIAL_TERM} status: {PERSON} met {~company} on {~weekday}; "
    "budget moves to the {CONFIDENTIAL_TERM} workstream. Turn this into three bullet points.",
    "Translate to German: Dear {PERSON}, your new card ending {CREDIT_CARD} has been sent to "
    "{STREET_ADDRESS}. Call {PHONE_NUMBER} if it does not arrive.",
    "Patient {PERSON}, {AGE} years old, was referred by Dr. {PERSON}. Contact number {PHONE_NUMBER}. "
    "Please write a short discharge summary.",
    "I need a cover letter. My name is {PERSON}, I live at {STREET_ADDRESS}, my e-mail is "
    "{EMAIL_ADDRESS} and I'm applying for the {~job} role at {~company}.",
    "Please wire the deposit to {IBAN_CODE} (account holder {PERSON}) and confirm to {EMAIL_ADDRESS}.",
    "The customer {PERSON} paid with {CREDIT_CARD} and asked for the receipt at {EMAIL_ADDRESS}; "
    "the billing address on file is {STREET_ADDRESS}.",
    "Who should own the {CONFIDENTIAL_TERM} rollout? Candidates: {PERSON} and {PERSON}. "
    "Keep it short, this is {DOCUMENT_MARKING}.",
    "Fix the grammar: my son is {AGE} years old and his doctor {PERSON} said he can call "
    "{PHONE_NUMBER} anytime.",
    "Format as a vCard: {PERSON}, {~job} at {~company}, {PHONE_NUMBER}, {EMAIL_ADDRESS}, "
    "{STREET_ADDRESS}.",
    "Background check request for {PERSON} (DOB {~date}, SSN {US_SSN}, driver license "
    "{US_DRIVER_LICENSE}). Reply to {EMAIL_ADDRESS}.",
)

ZH_TEMPLATES = (
    "請幫我回覆{PERSON_ZH}的信，他的電子郵件是{EMAIL_ADDRESS}，電話：{PHONE_TW}，身分證字號{TW_NATIONAL_ID}。"
    "訂單明天要寄到{ADDRESS_TW}，謝謝！",
    "客戶{PERSON_ZH}用信用卡{CREDIT_CARD}付款，但扣款兩次。請用中文寫一封道歉信，寄到{EMAIL_ADDRESS}。",
    "幫我整理這份資料：姓名：{PERSON_ZH}；手機：{PHONE_TW}；地址：{ADDRESS_TW}；身分證：{TW_NATIONAL_ID}。",
    "外籍員工{PERSON_EN}的居留證號碼是{TW_RESIDENT_CERT}，聯絡電話{PHONE_TW}，請幫我填寫申請表。",
    "請開發票給公司，統一編號{TW_BUSINESS_ID}，聯絡人{PERSON_ZH}，信箱{EMAIL_ADDRESS}。",
    "请帮我给{PERSON_CN}写一封邮件，他的身份证号是{CN_RESIDENT_ID}，手机号{PHONE_CN}，地址是{ADDRESS_CN}。",
    "用户{PERSON_CN}反馈银行卡{CREDIT_CARD}被重复扣款，请联系电话{PHONE_CN}或邮箱{EMAIL_ADDRESS}。",
    "Please translate to English: {PERSON_ZH}先生住在{ADDRESS_TW}，電話{PHONE_TW}，Email：{EMAIL_ADDRESS}。",
    "會議紀錄（{DOCUMENT_MARKING}）：{CONFIDENTIAL_TERM}的預算由{PERSON_ZH}經理負責，下週與{PERSON_ZH}討論。",
    "伺服器{IP_ADDRESS}連不上，請通知{PERSON_ZH}，他的分機是{PHONE_TW}。",
    "Hi {PERSON_EN}, 請把合約寄給{PERSON_ZH}（{EMAIL_ADDRESS}），她的統編是{TW_BUSINESS_ID}。Thanks!",
    "患者{PERSON_CN}，今年{AGE}岁，身份证{CN_RESIDENT_ID}，请根据病历写一份摘要。",
    "我的信用卡{CREDIT_CARD}。被盜刷了，請幫我寫申訴信給銀行，我的電話是{PHONE_TW}。",
    "請寄信到{EMAIL_ADDRESS}謝謝，收件人{PERSON_ZH}，地址{ADDRESS_TW}。",
    "Mixed note: call {PERSON_EN} at {PHONE_EN} or {PERSON_CN}：{PHONE_CN}，邮件{EMAIL_ADDRESS}。",
    "退款請匯到{IBAN_CODE}，戶名{PERSON_EN}，若有問題請聯絡{EMAIL_ADDRESS}。",
)

SECRET_TEMPLATES = (
    "Why does boto3 say access denied? My config:\n"
    "aws_access_key_id = {SECRET:aws-access-key}\naws_secret_access_key = {SECRET:aws-secret-key}\n"
    "region = us-east-1",
    "This curl fails with 401, what's wrong?\ncurl -H \"Authorization: Bearer {SECRET:github-token}\" "
    "https://api.github.com/user/repos?per_page=100",
    "Help me debug: OPENAI_API_KEY={SECRET:openai-api-key} python app.py raises RateLimitError.",
    "export ANTHROPIC_API_KEY=\"{SECRET:anthropic-api-key}\"\nThe SDK still says invalid x-api-key. Why?",
    "Our settings.py has DATABASES url postgres://app_user:{SECRET:db-password}@db.internal:5432/orders "
    "and it can't connect. Any idea?",
    "Is this JWT expired? {SECRET:jwt}",
    "I pasted our deploy key by mistake:\n{SECRET:private-key}\nHow do I rotate it on GitHub?",
    "stripe.api_key = \"{SECRET:stripe-secret-key}\"\nstripe.Charge.create(amount=2000) fails with "
    "card_declined, why?",
    "The Slack bot token {SECRET:slack-token} stopped working after reinstalling the app.",
    "Post alerts to {SECRET:slack-webhook-url} when the job fails; write the bash.",
    "My .env:\nDB_HOST={IP_ADDRESS}\nDB_USER=admin\nDB_PASSWORD={SECRET:password}\n"
    "SENDGRID_API_KEY={SECRET:sendgrid-api-key}\nWhy can't the container read it?",
    "gitlab CI can't clone: I set CI_TOKEN to {SECRET:gitlab-token} in the variables page.",
    "const client = new Twilio(accountSid, '{SECRET:twilio-api-key}'); throws 20003 auth error",
    "maps.googleapis.com returns REQUEST_DENIED with key={SECRET:gcp-api-key}, is billing off?",
    "npm publish fails, my .npmrc has //registry.npmjs.org/:_authToken={SECRET:npm-access-token}",
    "hf download fails: HF_TOKEN={SECRET:huggingface-access-token} is set but 401.",
    "我的資料庫密碼是{SECRET:password}，請幫我寫一個連線的 Python 範例。",
    "mongodb+srv://reporting:{SECRET:db-password}@cluster0.x1y2z.mongodb.net/prod 連不上，怎麼辦？",
    "fine-grained PAT {SECRET:github-fine-grained-pat} can't push to the repo, which permission is missing?",
    "Azure says the storage key is wrong: DefaultEndpointsProtocol=https;AccountName=acmelogs;"
    "AccountKey={SECRET:azure-storage-account-key};EndpointSuffix=core.windows.net",
    "The admin password for the staging box is {SECRET:password} - write a runbook step to rotate it.",
    "redis://:{SECRET:db-password}@cache.internal:6379/0 works locally but not in k8s.",
)

BENIGN_TEMPLATES = (
    "Why does this crash?\n```python\ndef load(path: str) -> dict:\n    with open(path) as fh:\n"
    "        data = json.load(fh)\n    password = os.environ[\"DB_PASSWORD\"]\n    token = get_token(data[\"user_id\"])\n"
    "    return {{\"id\": data[\"id\"], \"version\": \"{~version}\"}}\n```",
    "Explain this log:\n{~ts} INFO  [worker-{~small}] GET /api/v2/orders/{~num} 200 {~ms}ms "
    "trace={~hex32}\n{~ts} WARN  [worker-{~small}] retrying job {~uuid} (attempt 3/5)\n"
    "{~ts} ERROR [scheduler] timeout after 30000ms, commit {~sha}",
    "Optimize this query:\nSELECT o.id, o.email_sent, c.phone_verified, SUM(i.price) AS total\n"
    "FROM orders o JOIN customers c ON c.id = o.customer_id JOIN items i ON i.order_id = o.id\n"
    "WHERE o.created_at > '{~isodate}' AND o.status = 'paid'\nGROUP BY o.id, c.phone_verified "
    "ORDER BY total DESC LIMIT 100;",
    "What does this config do?\n```yaml\nservice:\n  name: billing-api\n  image: registry/billing:{~version}\n"
    "  port: 8080\n  replicas: 3\n  env:\n    - name: API_KEY\n      valueFrom: {{secretKeyRef: {{name: billing, key: api_key}}}}\n"
    "  resources: {{cpu: 500m, memory: 512Mi}}\n```",
    "pip resolver error: requires numpy>={~version}, but you have numpy {~version}; "
    "torch {~version}+cu121 wheel sha256={~hex64}",
    "Refactor to TypeScript:\nfunction validate(user) {{\n  if (!user.email || !user.password) return false;\n"
    "  const tokenType = 'bearer';\n  return user.age >= 18 && user.id.length === 36;\n}}",
    "git log says:\ncommit {~sha}\nAuthor: ci-bot\nDate: {~ts}\n\n    bump version to {~version} "
    "(#{~num})\n\nwhy did the build of {~uuid} fail?",
    "Convert to a pandas pipeline: df = df[df['status'] == 'active']; df['created'] = "
    "pd.to_datetime(df['ts'], unit='ms'); df.groupby('region')['amount'].sum() for {~isodate}.",
    "kubectl describe pod shows: Container ID: containerd://{~hex64}, Image ID: "
    "sha256:{~hex64}, Restart Count: {~small}, Started: {~ts}",
    "Unit test fails: assert parse_version('{~version}') == ({~small}, {~small}, {~small}); "
    "expected hash {~hex32}, got {~hex32}.",
    "CREATE TABLE users (\n  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),\n  email TEXT NOT NULL,\n"
    "  password_hash TEXT NOT NULL,\n  phone TEXT,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n"
    "Add an index for lookups by email.",
    "nginx access log: \"GET /static/app.{~hex8}.js HTTP/1.1\" 304 0 \"-\" \"Mozilla/5.0\" rt={~ms} "
    "uct=\"0.000\" upstream=\"app:8080\" request_id={~hex32}",
    "Benchmark: {~num} requests in {~ms}ms, p50={~ms}ms p99={~ms}ms, throughput {~num} req/s "
    "on build {~version} ({~sha}).",
    "Rust error: expected `Result<Vec<u8>, io::Error>`, found `Option<String>` in src/main.rs:{~small}:{~small}."
    " Also clippy warns about `let password: &str = &config.password;`.",
)


class Generator:
    def __init__(self, seed: int = SEED) -> None:
        self.r = random.Random(seed)
        self.fk = {}
        for i, loc in enumerate(("en_US", "en_GB", "de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL",
                                 "zh_TW", "zh_CN")):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            self.fk[loc] = fk

    # labelled values: (text, entity)
    def labelled(self, key: str) -> tuple[str, str]:
        r, fk = self.r, self.fk
        west = fk[r.choice(("en_US", "en_US", "en_GB", "de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL"))]
        if key == "PERSON":
            return west.name(), "PERSON"
        if key == "PERSON_EN":
            return fk["en_US"].name(), "PERSON"
        if key == "PERSON_ZH":
            return fk["zh_TW"].name(), "PERSON"
        if key == "PERSON_CN":
            return fk["zh_CN"].name(), "PERSON"
        if key == "EMAIL_ADDRESS":
            return r.choice((west.email(), west.free_email(), west.company_email())), key
        if key in ("PHONE_NUMBER", "PHONE_EN"):
            return phone_en(west if r.random() < 0.7 else fk["en_US"], r), "PHONE_NUMBER"
        if key == "PHONE_TW":
            return phone_zh(r, tw=True), "PHONE_NUMBER"
        if key == "PHONE_CN":
            return phone_zh(r, tw=False), "PHONE_NUMBER"
        if key == "STREET_ADDRESS":
            loc = r.choice(("en_US", "en_US", "en_GB", "de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL"))
            return address(fk[loc], r, one_line=r.random() < 0.6), key
        if key == "ADDRESS_TW":
            return fk["zh_TW"].address(), "STREET_ADDRESS"
        if key == "ADDRESS_CN":
            return fk["zh_CN"].address(), "STREET_ADDRESS"
        if key == "CREDIT_CARD":
            return credit_card(fk["en_US"], r), key
        if key == "IBAN_CODE":
            return iban(fk, r), key
        if key == "US_SSN":
            return fk["en_US"].ssn(), key
        if key == "US_DRIVER_LICENSE":
            return driver_license(r), key
        if key == "IP_ADDRESS":
            return (fk["en_US"].ipv4_public() if r.random() < 0.8 else fk["en_US"].ipv6()), key
        if key == "AGE":
            return str(r.randint(18, 95)), key
        if key == "TW_NATIONAL_ID":
            return tw_national_id(r), key
        if key == "TW_RESIDENT_CERT":
            return tw_resident_cert(r), key
        if key == "TW_BUSINESS_ID":
            return tw_business_id(r), key
        if key == "CN_RESIDENT_ID":
            return cn_resident_id(fk["zh_CN"]), key
        if key == "CONFIDENTIAL_TERM":
            return r.choice(CONFIDENTIAL_TERMS), key
        if key == "DOCUMENT_MARKING":
            return r.choice(MARKINGS), key
        if key.startswith("SECRET:"):
            kind = key.split(":", 1)[1]
            if kind == "private-key":
                return private_key(r), "SECRET"
            if kind in ("password", "db-password"):
                return password(r), "SECRET"
            return SECRET_KINDS[kind](r), "SECRET"
        raise KeyError(key)

    # unlabelled fillers
    def filler(self, key: str) -> str:
        r, fk = self.r, self.fk["en_US"]
        hexd = "0123456789abcdef"
        return {
            "num": lambda: str(r.randint(1000, 999999)),
            "small": lambda: str(r.randint(1, 64)),
            "ms": lambda: f"{r.uniform(0.5, 900):.1f}",
            "date": lambda: fk.date(pattern=r.choice(("%d %B", "%B %d", "%Y-%m-%d")),
                                    end_datetime=_END),
            "isodate": lambda: fk.date(pattern="%Y-%m-%d", end_datetime=_END),
            "weekday": lambda: fk.date_time(end_datetime=_END).strftime("%A"),
            "company": lambda: fk.company(),
            "product": lambda: r.choice(("router", "laptop", "thermostat", "headset", "printer")),
            "job": lambda: fk.job(),
            "amount": lambda: f"{r.uniform(10, 5000):.2f}",
            "version": lambda: f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
            "ts": lambda: fk.date_time(end_datetime=_END).isoformat(timespec="milliseconds")
            + "Z",
            "uuid": lambda: fk.uuid4(),
            "sha": lambda: "".join(r.choice(hexd) for _ in range(40)),
            "hex8": lambda: "".join(r.choice(hexd) for _ in range(8)),
            "hex32": lambda: "".join(r.choice(hexd) for _ in range(32)),
            "hex64": lambda: "".join(r.choice(hexd) for _ in range(64)),
        }[key]()

    def fill(self, template: str) -> tuple[str, list[tuple[int, int, str]]]:
        """`{KEY}` a labelled value, `{~key}` a filler, `{{` and `}}` literal braces."""
        b = Builder()
        pos = 0
        while True:
            i = template.find("{", pos)
            if i < 0:
                b.text(template[pos:].replace("}}", "}"))
                return b.build()
            b.text(template[pos:i].replace("}}", "}"))
            if template.startswith("{{", i):
                b.text("{")
                pos = i + 2
                continue
            j = template.index("}", i)
            key = template[i + 1 : j]
            if key.startswith("~"):
                b.value(self.filler(key[1:]), None)
            else:
                b.value(*self.labelled(key))
            pos = j + 1


def build(n_per_category: int = 200, seed: int = SEED) -> list[Sample]:
    gen = Generator(seed)
    samples = []
    for category, templates in (("en", EN_TEMPLATES), ("zh", ZH_TEMPLATES),
                                ("secrets", SECRET_TEMPLATES), ("benign", BENIGN_TEMPLATES)):
        for i in range(n_per_category):
            template = templates[i % len(templates)]
            text, spans = gen.fill(template)
            samples.append(Sample(f"{category}-{i:03d}", category, text, spans))
    return samples


if __name__ == "__main__":
    for s in build(4):
        print(f"--- {s.id}\n{s.text}")
        for start, end, entity in s.spans:
            print(f"    {entity:18} {s.text[start:end]!r}")
