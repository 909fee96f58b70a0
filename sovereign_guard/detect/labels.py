"""Structure is context: values under a field name, column header or label that names a kind
of data (`first_name`, `phone`, `ssn`, `姓名`, `電話`) are judged with that context.

Three layers, each usable alone:
- `field_entity(name)`: the entity a field name announces (`customerPhoneNumber` ->
  PHONE_NUMBER), after normalisation (case, camelCase, separators, owner/place prefixes like
  `customer_`, `billing_`, `home_`, trailing digits and `_number`-like suffixes).
  `field_kind(name)` is the same before reporting: it keeps PASSWORD (a SECRET gated more
  loosely than keys), NAME (bare `name`), NATIONAL_ID and CONTACT (resolved by the value).
- `value_fits(kind, value)` / `classify_value(kind, value)`: whether a value plausibly is of
  that kind (`phone: "n/a"`, `name: "get_weather"`, `password: "********"` are not), and
  the entity it then is (`身分證: A123456789` is a TW_NATIONAL_ID).
  For a JSON object: `kinds = record_fields(obj)`, then `classify_value(kinds[key],
  str(value))` for each key in `kinds` (numbers too); `classify(field, value)` for a lone
  field.
- `LabeledValueRecognizer`: finds such values in text (JSON in prose, YAML, `.env`, log
  `k=v`, prose labels, XML elements, HTML inputs and tables, vCard, SQL INSERT/UPDATE,
  CSV/TSV/Markdown tables), reporting the value's span only. Its trigger is one
  Aho-Corasick pass for the table's label words.

New entities: DATE_OF_BIRTH, and NATIONAL_ID for an ID field whose value has no known
national shape. Passports are US_PASSPORT and bank account and routing numbers
US_BANK_NUMBER, unless the label is Chinese or the words before it name another country or
its bank codes: then PASSPORT and BANK_ACCOUNT (both restricted in the policies).

Bare `name` (and `display_name`) is generic in JSON and code: tool, file, service names.
It counts as PERSON only (a) next to a person-ish field (e-mail, phone, address, date of
birth, an ID...) in the same record: within `SIBLING_WINDOW` characters in text, in the same
CSV header, SQL column list or `record_fields(keys)` call; or (b) in an HTML form input. Its
value must then be a full name written like one (two to five capitalised words, or 2-5 CJK
characters): `Search`, `billing-api`, `send_email` are not. A lone prose label `Name: ...`
is left to `names_en.PersonNameRecognizer`, which weighs more evidence (`Name: Quarterly
Report` is no person). `owner_name`-style keys (customer, patient, contact...) and the
unambiguous ones (`first_name`, `surname`, `姓名`) are PERSON outright.

An `address` holding a URL, an IP, a `0x...` (crypto or memory) address or an e-mail is not
a STREET_ADDRESS: the URL/IP recognizers judge those. Keys naming machine addresses
(`ip_address`, `mac_address`, `server_address`, `wallet_address`) never reduce to
`address`: only known owner/place prefixes are stripped.
"""

from __future__ import annotations

import bisect
import ipaddress
import re
import string
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

import ahocorasick
import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from stdnum import iban as stdnum_iban

from .accounts import username_ok
from .common import CJK, has_cjk, result, shannon_entropy, words
from .intl_ids import NON_US, foreign_marker

# Field names (normalised: lower snake case) per kind. Most kinds are entities; NAME (weak,
# see the module docstring), NATIONAL_ID and CONTACT are resolved by the value, PASSWORD is
# reported as SECRET. IGNORE rows
# stop a CJK key from being read by its last characters (`IP地址` is not a street address).
_FIELD_TABLE = {
    "PERSON": """
        first_name firstname given_name givenname forename fname first_names middle_name
        middlename last_name lastname surname family_name familyname lname full_name
        fullname legal_name maiden_name name_on_card cardholder card_holder account_holder
        beneficiary
        姓名 名字 聯絡人 联系人 收件人 收件者 收货人 寄件人 持卡人 負責人 负责人 申請人 申请人
        監護人 监护人 緊急聯絡人 紧急联系人 英文名 中文名 病患 患者
    """,
    "NAME": "name display_name",
    "PHONE_NUMBER": """
        phone phone_number phonenumber phone_no phoneno telephone telephone_number tel tel_no
        telno mobile mobile_number mobile_phone mobile_no mobileno cell cellphone cell_phone
        cell_number fax fax_number whatsapp msisdn contact_number
        電話 电话 手機 手机 手机号 電話號碼 电话号码 手機號碼 手机号码 聯絡電話 联系电话 行動電話
        移动电话 傳真 传真 座機 座机 市話
    """,
    "EMAIL_ADDRESS": """
        email e_mail email_address emailaddress email_addr mail mail_address mailbox
        電子郵件 电子邮件 電子郵件地址 电子邮件地址 郵件地址 邮件地址 电子邮箱 邮箱 郵箱 信箱
        電子信箱 電郵 邮箱地址
    """,
    "US_SSN": """
        ssn social_security social_security_number socialsecuritynumber soc_sec ss_number
        social ss_no
    """,
    "US_ITIN": "itin itin_number",
    "US_PASSPORT": "passport passport_number passport_no passportno 護照 护照 護照號碼 护照号码",
    "US_DRIVER_LICENSE": """
        driver_license drivers_license driver_licence drivers_licence driving_license
        driving_licence driver_license_number dl dl_number dln
        駕照 驾照 駕照號碼 驾驶证 驾驶证号 駕駛執照
    """,
    "CREDIT_CARD": """
        card_number cardnumber card_no card_num credit_card creditcard credit_card_number
        debit_card cc cc_number ccnum cc_num pan primary_account_number
        信用卡 信用卡號 信用卡号 卡號 卡号 銀行卡號 银行卡号
    """,
    "IBAN_CODE": "iban iban_code iban_number",
    "USERNAME": """
        username user_name login login_name user_login screen_name nickname
        用户名 用戶名 使用者名稱 登入帳號
    """,
    "CARD_SECURITY_CODE": "cvv cvv2 cvc cvc2 csc cvn card_security_code security_code card_cvv",
    "US_BANK_NUMBER": """
        account_number accountnumber account_no acct acct_no acct_number bank_account
        bank_account_number routing routing_number aba bank_routing bank_routing_number
        aba_number aba_routing
        帳號 账号 銀行帳號 银行账号 帳戶 账户 銀行帳戶 银行账户 匯款帳號
    """,
    "STREET_ADDRESS": """
        address addr address_line street street_address streetaddress postal_address
        mailing_address residential_address
        地址 住址 通訊地址 通讯地址 戶籍地址 户籍地址 居住地址 聯絡地址 联系地址 收件地址 收货地址
        寄送地址 送貨地址 住所
    """,
    "DATE_OF_BIRTH": """
        dob date_of_birth dateofbirth birth_date birthdate birthday bday d_o_b born
        生日 出生日期 出生年月日 出生年月
    """,
    "PASSWORD": "password passwd pwd passphrase 密碼 密码 口令",
    "SECRET": """
        secret client_secret secret_key api_key apikey token access_token refresh_token
        auth_token private_key 密鑰 密钥 金鑰
    """,
    "IP_ADDRESS": "ip ip_address ipaddress ip_addr ipv4 ipv6 ip地址 ip位址",
    "NATIONAL_ID": """
        national_id nationalid national_id_number nric
        tax_id taxid taxpayer_id tax_identification_number taxpayer_identification_number tin
        身分證 身份证 身份證 身分证 身分證字號 身分證號 身分證號碼 身份证号 身份证号码 身份證號碼
        國民身分證 居民身份证 證件號碼 证件号码 統一證號 居留證號 居留证号
    """,
    "TW_NHI_CARD": "健保卡 健保卡號 健保卡号 健保號碼 健保号码",
    "MEDICAL_RECORD_NUMBER": """
        mrn mrn_number medical_record medical_record_number medical_record_no
        病歷號 病历号 病歷號碼 病历号码 病案號 病案号 病案號碼 病案号码
        住院號 住院号 住院號碼 住院号码 門診號 门诊号 門診號碼 门诊号码
    """,
    "CONTACT": "contact contact_info contact_details emergency_contact 聯絡方式 联系方式",
    "IGNORE": "mac地址 伺服器地址 服务器地址 服務器地址 网关地址 網關地址 網址 网址",
}
FIELDS: dict[str, str] = {
    field: kind for kind, names in _FIELD_TABLE.items() for field in words(names)
}

# Leading words that say whose or which one (`customer_phone`, `home_address`), stripped
# before lookup; OWNERS also make `<owner>_name` a PERSON.
OWNERS = words("""
    customer client patient employee emp contact member owner holder guest passenger student
    applicant recipient sender beneficiary buyer candidate traveler traveller tenant insured
    policyholder subscriber cardholder caller parent spouse guardian emergency person legal
    billing shipping doctor physician
""")
PREFIXES = OWNERS | words("""
    user usr cust primary secondary alt alternate other home work office business personal
    mailing current previous permanent residential main default preferred registered my your
""")
# Kinds whose field names keep their meaning after any leading word (`db_password`,
# `support_phone`); not addresses (`server_address`), names (`tool_name`) or accounts
# (`aws_account_number`). NOT_OWNERS stop that: flags, actions, and tokens that are no
# credential (`csrf_token`, `next_page_token`).
ANY_OWNER_KINDS = frozenset({
    "PASSWORD", "SECRET", "PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN", "US_ITIN", "CREDIT_CARD",
    "IBAN_CODE", "US_PASSPORT", "DATE_OF_BIRTH", "PERSON", "IP_ADDRESS",
})
NOT_OWNERS = words("""
    is has use uses send sent allow enable enabled disable disabled require requires show hide
    verify verified validate get set check can should include no default max min
    csrf xsrf authenticity page next prev continuation cursor
""")
SUFFIXES = words("number no num nr nbr value val str raw plain input field")

# Kinds reported as another entity: a password is a SECRET, gated more loosely than keys.
REPORTED = {"PASSWORD": "SECRET"}
# Kinds whose final entity depends on the value's shape, tried in order.
_RESOLVE: dict[str, tuple[str, ...]] = {
    "NATIONAL_ID": ("TW_NATIONAL_ID", "TW_RESIDENT_CERT", "CN_RESIDENT_ID", "NATIONAL_ID"),
    "CONTACT": ("EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON"),
    "NAME": ("PERSON",),
}
# Entities that make a record person-ish, so its bare `name` is a person's.
PERSONAL = frozenset({
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN", "US_ITIN", "US_PASSPORT",
    "US_DRIVER_LICENSE", "CREDIT_CARD", "IBAN_CODE", "US_BANK_NUMBER", "STREET_ADDRESS",
    "DATE_OF_BIRTH", "NATIONAL_ID", "CONTACT",
})
ENTITIES = sorted(
    {k for k in _FIELD_TABLE if k not in _RESOLVE and k not in REPORTED and k != "IGNORE"}
    | {e for alts in _RESOLVE.values() for e in alts} | {"PASSPORT", "BANK_ACCOUNT"}
)

_CAMEL_LOWER = regex.compile(r"([a-z0-9])([A-Z])")
_CAMEL_UPPER = regex.compile(r"([A-Z]+)([A-Z][a-z])")
_SEPARATORS = regex.compile(r"[^0-9a-z\p{Han}]+")
_TRAILING_DIGITS = regex.compile(r"_?\d+$")


def normalise(name: str) -> str:
    """`Customer-PhoneNumber 1` -> `customer_phone_number_1`."""
    name = _CAMEL_UPPER.sub(r"\1_\2", _CAMEL_LOWER.sub(r"\1_\2", name.strip()))
    return _SEPARATORS.sub("_", name.lower()).strip("_")


@lru_cache(maxsize=8192)
def field_kind(name: str) -> str | None:
    """The kind a field name announces: an entity, or NAME / NATIONAL_ID / CONTACT."""
    key = normalise(name)
    if not key:
        return None
    kind = _cjk_kind(key) if has_cjk(key) else _latin_kind(key)
    return None if kind == "IGNORE" else kind


def _cjk_kind(key: str) -> str | None:
    key = key.replace("_", "")
    for start in range(max(0, len(key) - 8), len(key) - 1):  # the longest known ending
        kind = FIELDS.get(key[start:])
        if kind:
            return None if kind == "IGNORE" else kind
    return None


def _latin_kind(key: str) -> str | None:
    variants = [key]
    stripped = _TRAILING_DIGITS.sub("", key)
    if stripped and stripped != key:
        variants.append(stripped)
    head, _, last = stripped.rpartition("_")
    if head and last in SUFFIXES:
        variants.append(head)
    for variant in variants:
        parts = variant.split("_")
        owner = False
        for i in range(len(parts)):
            if i:
                if parts[i - 1] not in PREFIXES:
                    break
                owner = owner or parts[i - 1] in OWNERS
            rest = "_".join(parts[i:])
            kind = FIELDS.get(rest)
            if kind == "NAME" and owner:
                return "PERSON"
            if kind:
                return kind
    parts = variants[-1].split("_")
    for i in range(1, len(parts)):  # `db_password`, `support_phone`: any owner will do
        if parts[i - 1] in NOT_OWNERS:
            break  # `is_email`, `send_email`: flags and actions, not values
        kind = FIELDS.get("_".join(parts[i:]))
        if kind in ANY_OWNER_KINDS:
            return kind
    return None


def field_entity(name: str) -> str | None:
    """The entity type a field name announces, or None. Bare `name` is None (generic; see
    `record_fields`); ID fields answer NATIONAL_ID, `contact` CONTACT, both refined by
    `classify` from the value."""
    kind = field_kind(name)
    return None if kind == "NAME" else REPORTED.get(kind, kind)


def record_fields(keys: Iterable[str]) -> dict[str, str]:
    """Kinds of the fields of one record (a JSON object, a CSV header): a bare `name` is
    kind NAME (a PERSON when `value_fits("NAME", value)`: a full name, written like one)
    when a person-ish field is among its siblings, and left out otherwise."""
    kinds = {k: field_kind(k) for k in keys}
    personal = any(kind in PERSONAL for kind in kinds.values())
    return {k: kind for k, kind in kinds.items() if kind and (kind != "NAME" or personal)}


# Values that hold no data: empty, placeholders, booleans, type names, templating.
_NULLISH = regex.compile(
    r"(?i)^(?:n/?a|none|null|nil|nan|undefined|unknown|tbd|todo|true|false|yes|no|on|off|"
    r"redacted|masked|hidden|removed|private|string|str|text|varchar(?:\(\d+\))?|char|int|"
    r"integer|number|numeric|bool|boolean|optional|required|any|object|date|datetime|"
    r"\W+|x+|<[^>]*>|\{.*\}|\$\{?\w+\}?|%\w|:\w+|@\w+|\$\d+)$"
)
_ORG = regex.compile(
    r"(?i)\b(?:inc|llc|ltd|corp|corporation|co|company|gmbh|ag|plc|bv|sa|group|team|bot|"
    r"service|services|api|app|server|tool|system)\b\.?|公司|集團|集团|團隊|团队"
)
# Letters of alphabetic scripts (CJK names are matched on their own: no spaces, 2-5 chars).
_LETTER = rf"(?:(?![{CJK}])\p{{L}})"
_NAME_CHAR = rf"(?:{_LETTER}|[\p{{M}}'’.-])"
_UP, _LOW = rf"(?:(?![{CJK}])\p{{Lu}})", r"\p{Ll}"
_END = rf"(?!{_LETTER}|[\d_@])"  # CJK text or punctuation may follow a value directly
_NAME_LATIN = regex.compile(
    rf"{_LETTER}{_NAME_CHAR}{{0,30}}(?:,? {_LETTER}{_NAME_CHAR}{{0,30}}){{0,4}}"
)
_NAME_CJK = regex.compile(f"[{CJK}][{CJK}·・]{{1,4}}")
_PARTICLES = "van|von|de|da|del|der|den|di|du|la|le|bin|al|y"
_CAPITALISED = regex.compile(
    rf"(?:\p{{Lu}}{_NAME_CHAR}*|{_PARTICLES})(?:,? (?:\p{{Lu}}{_NAME_CHAR}*|{_PARTICLES})){{0,4}}"
)
_CAMEL_CASE = regex.compile(r"(?:^| )\p{Ll}+\p{Lu}")  # getWeather, iPhone; not McDonald


def _person_ok(value: str) -> bool:
    if _ORG.search(value):
        return False
    if _NAME_CJK.fullmatch(value):
        return True
    return bool(_NAME_LATIN.fullmatch(value)) and not _CAMEL_CASE.search(value)


def _proper_name_ok(value: str) -> bool:
    """A bare `name`'s value: a person's full name, written like one (`Search`, `Email`,
    `Weather Tool` are what tools and files are called)."""
    if not _person_ok(value) or field_kind(value):
        return False
    if _NAME_CJK.fullmatch(value):
        return True
    return " " in value and bool(_CAPITALISED.fullmatch(value))


_ADDRESS_WORD = regex.compile(
    r"(?i)\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|"
    r"place|pl|square|sq|terrace|highway|hwy|box|apt|suite|floor|unit|flat|strasse|straße|"
    r"str|weg|gasse|platz|rue|avenue|via|viale|piazza|calle|plaza|straat|laan)\b"
    r"|[路街道巷弄號号樓楼段區区市縣县鄉乡鎮镇村里省]"
)
_MACHINE_ADDRESS = regex.compile(
    r"(?i)^(?:[a-z][a-z0-9+.-]*://|www\.|0x[0-9a-f]+$|[0-9a-f:.]+(?:/\d+)?$)|@|^\S+$"
)


_CAPITAL_WORD = regex.compile(r"\b\p{Lu}\p{Ll}+")


def _address_ok(value: str) -> bool:
    """A postal address: CJK with an address character, or a house or postal number with a
    street word or place names (`12 Main St`, `4 Privet Drive, Little Whinging`); prose
    after `address:` (`only known prefixes are stripped`) has neither."""
    if has_cjk(value):
        return "@" not in value and bool(_ADDRESS_WORD.search(value))
    if _MACHINE_ADDRESS.search(value) or len(value.split()) > 16:
        return False
    if not any(c.isdigit() for c in value):
        return False
    return bool(_ADDRESS_WORD.search(value)) or len(_CAPITAL_WORD.findall(value)) >= 2


def _iban_ok(value: str) -> bool:
    """ISO 7064 mod 97, as the IBAN recognizer checks it: `IBAN GB00 WEST ...` with a failed
    check is a test vector or a typo, and a label should not make it one."""
    return stdnum_iban.is_valid(value.replace(" ", ""), check_country=False)


def _username_ok(value: str) -> bool:
    # Under a `username` key a word is a user name too (`sunshine`); system accounts and
    # placeholders are still no one's.
    return username_ok(value, frozenset())


def _ip_ok(value: str) -> bool:
    try:
        ip = ipaddress.ip_interface(value.strip("[]")).ip
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_unspecified)


# Code and templating, not a literal: calls, subscripts, variables, dotted names, CONSTANTS.
_CODE_REFERENCE = regex.compile(
    r"[()\[\]{}\s]|^[$%&!*]|^(?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*$|^[A-Z][A-Z0-9_]*$"
)


_CAMEL_WORDS = regex.compile(r"(?:[A-Z][a-z]{2,}){3}")


def _key_ok(value: str) -> bool:
    """A key or token: gitleaks' generic-api-key gate, and a digit or mixed case in a long
    value (`my-release-secret`, `slack-webhook-url` are names)."""
    if _CODE_REFERENCE.search(value):
        return False
    hexish = all(c in "0123456789abcdefABCDEF" for c in value)
    if len(value) < 10 or shannon_entropy(value) < (3.0 if hexish else 3.5):
        return False
    if _CAMEL_WORDS.search(value):
        return False  # `AgencyIdentificationCodeContentType`: an identifier in code
    mixed = len(value) >= 20 and not value.islower() and not value.isupper()
    return mixed or any(c.isdigit() for c in value)


def _passwd_ok(value: str) -> bool:
    """A literal password, not a reference or a word: three character classes in eight
    characters, or random enough for a key. Stricter than the secrets recognizer's password
    gate on purpose: SECRET blocks the request, and that recognizer sees assignments too."""
    if _CODE_REFERENCE.search(value):
        return False
    classes = sum((
        any(c.islower() for c in value), any(c.isupper() for c in value),
        any(c.isdigit() for c in value), any(not c.isalnum() for c in value),
    ))
    return (len(value) >= 8 and classes >= 3) or _key_ok(value)


class Fit(NamedTuple):
    shape: str  # full match of the stripped value
    digits: tuple[int, int]  # how many digits it holds
    max_len: int = 40
    check: Callable[[str], bool] | None = None


_DATE = (
    r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{8}"
    r"|(?:民國|民国)?\d{2,3}年\d{1,2}月\d{1,2}日"
    r"|(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?\p{L}{3,9}\.?,? \d{4}"
    r"|\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_EMAIL = r"[^\s@<>()\[\],;:\"'\\]{1,64}@[^\s@<>()\[\],;:\"'\\]{1,253}"
FITS: dict[str, Fit] = {
    #                    shape                                           digits   len check
    "PERSON":            Fit(r".+",                                      (0, 0),   60, _person_ok),
    "PHONE_NUMBER":      Fit(r"\+?[\d \t().\-/]{6,24}(?: ?(?:x|ext\.?|#) ?\d{1,6})?", (7, 15)),
    "EMAIL_ADDRESS":     Fit(_EMAIL,                                     (0, 99), 320),
    "US_SSN":            Fit(r"\d{3}([- .]?)\d{2}\1\d{4}",                 (9, 9)),
    "US_ITIN":           Fit(r"9\d{2}[- ]?\d{2}[- ]?\d{4}",               (9, 9)),
    "CREDIT_CARD":       Fit(r"\d[\d -]{10,24}\d",                        (12, 19)),
    "IBAN_CODE":         Fit(r"[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,30}", (2, 34), 40, _iban_ok),
    "US_BANK_NUMBER":    Fit(r"\d[\d -]{3,25}\d",                         (6, 17)),
    "US_PASSPORT":       Fit(r"(?=[A-Za-z]{0,3}\d)[A-Za-z0-9]{6,10}",        (3, 10)),
    "US_DRIVER_LICENSE": Fit(r"[A-Za-z0-9][A-Za-z0-9 *-]{3,18}[A-Za-z0-9]", (1, 16)),
    "NATIONAL_ID":       Fit(r"[A-Za-z0-9][A-Za-z0-9 -]{4,20}[A-Za-z0-9]", (5, 20)),
    "TW_NATIONAL_ID":    Fit(r"[A-Za-z][12]\d{8}",                        (9, 9)),
    "TW_RESIDENT_CERT":  Fit(r"[A-Za-z](?:[89]\d|[A-Da-d]\d)\d{7}",       (8, 9)),
    "CN_RESIDENT_ID":    Fit(r"\d{17}[\dXx]",                             (17, 18)),
    "TW_NHI_CARD":       Fit(r"\d{4}[ -]?\d{4}[ -]?\d{4}",                 (12, 12)),
    "MEDICAL_RECORD_NUMBER": Fit(r"[A-Za-z]{0,3}[-#]?\d[\d -]{4,14}\d",       (6, 12)),
    "STREET_ADDRESS":    Fit(r".+",                                      (0, 40), 200, _address_ok),
    "DATE_OF_BIRTH":     Fit(_DATE,                                      (4, 14)),
    "SECRET":            Fit(r"\S+",                                     (0, 999), 500, _key_ok),
    "PASSWORD":          Fit(r"\S+",                                     (0, 99), 200, _passwd_ok),
    "IP_ADDRESS":        Fit(r"[\[\]0-9A-Fa-f:.%/]+",                     (1, 40),  60, _ip_ok),
    "USERNAME":          Fit(r"@?[A-Za-z0-9][A-Za-z0-9._-]{0,38}[A-Za-z0-9_]", (0, 38), 40,
                             _username_ok),
    "CARD_SECURITY_CODE": Fit(r"\d{3,4}",                                  (3, 4)),
}
_FIT_RE = {entity: regex.compile(fit.shape) for entity, fit in FITS.items()}


def value_fits(entity: str, value: str) -> bool:
    """Whether `value`, found under a field announcing `entity` (or kind), plausibly is one."""
    return classify_value(entity, value) is not None


def classify_value(kind: str, value: str) -> str | None:
    """The entity `value` is under a field of `kind`, or None when it does not fit."""
    for entity in _RESOLVE.get(kind, (kind,)):
        if _fits(entity, value, proper=kind == "NAME" or kind == "CONTACT"):
            return REPORTED.get(entity, entity)
    return None


def classify(field: str, value: str) -> str | None:
    """One call for structured data: the entity of `value` under `field`, or None. A bare
    `name` is not classified here (no siblings known): use `record_fields` first."""
    kind = field_kind(field)
    return classify_value(kind, value) if kind and kind != "NAME" else None


def _fits(entity: str, value: str, proper: bool = False) -> bool:
    fit = FITS.get(entity)
    value = value.strip()
    if fit is None or not value or len(value) > fit.max_len or _NULLISH.match(value):
        return False
    if not _FIT_RE[entity].fullmatch(value):
        return False
    digits = sum(c.isdigit() for c in value)
    if not fit.digits[0] <= digits <= fit.digits[1]:
        return False
    if digits >= 7 and len(set(filter(str.isdigit, value))) == 1:
        return False  # 0000000000, 1111-1111-1111-1111: placeholders
    if fit.check is not None and not fit.check(value):
        return False
    return not proper or entity != "PERSON" or _proper_name_ok(value)


# --- finding labelled values in text -------------------------------------------------------

SCORE = 0.85  # an explicit label: `key: value`, a column header, an element, a form input
SCORE_BARE = 0.7  # a label without a separator: `SSN 123456789`, `電話0912345678`
SCORE_NAME = 0.7  # a bare `name` made a PERSON by its siblings
SIBLING_WINDOW = 300  # characters either side in which a person-ish field makes `name` PERSON

# Kinds whose value may follow its label without a separator (all start with a digit or an
# ID letter, so `phone call` or `email me` never reads a value).
BARE_KINDS = frozenset({
    "PHONE_NUMBER", "US_SSN", "US_ITIN", "CREDIT_CARD", "US_BANK_NUMBER", "IBAN_CODE",
    "US_PASSPORT", "US_DRIVER_LICENSE", "NATIONAL_ID", "DATE_OF_BIRTH", "TW_NHI_CARD",
    "MEDICAL_RECORD_NUMBER",
})
# Label words beyond the one-word field names, so every field name contains a label word.
_EXTRA_STEMS = words("social card account birth national api private licen")


def _stem_automaton() -> ahocorasick.Automaton:
    """Every label word the table knows, in one Aho-Corasick automaton: the recognizer's
    trigger (one C pass over the lowercased text; a regex alternation of these words costs
    30x more) and the anchor of every field name it reads."""
    latin = {k for k in FIELDS if "_" not in k and not has_cjk(k)} | _EXTRA_STEMS
    cjk = {k for k in FIELDS if has_cjk(k)}
    for key in FIELDS:  # a field name no label word reaches is its own label word
        parts = key.split("_")
        if not has_cjk(key) and not any(
            (len(s) > 3 and s in key) or (len(s) <= 3 and s in parts) for s in latin
        ):
            latin.add(key)
    long = {s for s in latin if len(s) > 3} | cjk
    auto = ahocorasick.Automaton()
    for stem in long:
        if not any(o != stem and o in stem for o in long):
            auto.add_word(stem, (len(stem), False))
    for stem in latin - long:
        auto.add_word(stem, (len(stem), True))
    auto.make_automaton()
    return auto


STEMS = _stem_automaton()
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def label_words(text: str) -> list[tuple[int, int]]:
    """Spans of label words in `text`. Short words (`ip`, `tel`, `ssn`) need a word start
    and end, camelCase included: `remoteIp`, `telNo`, not `ship` or `tell`."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lowercase to two (İ)
        low = text.translate(_ASCII_LOWER)
    spans = []
    for last, (n, bounded) in STEMS.iter(low):
        start, end = last - n + 1, last + 1
        if bounded:
            before, after = text[start - 1 : start], text[end : end + 1]
            camel = before.islower() and text[start].isupper()
            if (before.isascii() and before.isalpha() and not camel) or (
                after.isascii() and after.islower()
            ):
                continue
        spans.append((start, end))
    spans.sort()
    return spans


# Hot paths use the standard library's `re`: several times faster per call than `regex`.
_KEY_CHARS = frozenset(string.ascii_letters + string.digits + "_.$@-")
_KEY_RIGHT = re.compile(r"[A-Za-z0-9_.-]{0,40}")
_CJK_LEFT = regex.compile(f"[A-Za-z{CJK}]{{0,8}}\\Z")
_CJK_RUN = regex.compile(f"[{CJK}]{{0,4}}")
_WORDS_LEFT = re.compile(r"(?:[A-Za-z][A-Za-z-]{0,20}[ \t]){1,3}\Z")
_SEP_CHAR = re.compile(r"[:=：\n]")
_SEP = re.compile(
    r"(?P<words>(?:[ \t][A-Za-z][\w-]{0,20}){0,3}?)"
    r"(?:;[\w-]+(?:=[^:;\n]{0,40})?){0,6}"  # vCard parameters: TEL;TYPE=cell:
    r"[\\\"'`\]*]{0,3}[ \t]{0,3}(?::=|=>|->|[:=：])(?:\*\*|__)?[ \t]{0,3}"  # **Phone:** 555
)
_TAG = re.compile(r"(?:[ \t][^<>\n]{0,200})?>")
_BARE = re.compile(r"[ \t]{1,2}(?:(?:is|was|number|no\.?|num|nr|of)[ \t]{1,2})?#?[ \t]?|#[ \t]?")
_BARE_CJK = regex.compile(r"[ \t]{0,2}(?:是|為|为)?[ \t]{0,2}")
_BARE_START = re.compile(r"[\d+(A-Z]")
_TOKEN = regex.compile(rf"[^\s,;|<>\"'`(){{}}\[\]\\，。；、）」』{CJK}]{{1,500}}")
_PERSON_HEAD = (
    rf"[{CJK}][{CJK}·・]{{1,4}}(?![{CJK}])"
    rf"|(?:{_UP}{_NAME_CHAR}*)(?:,? (?:(?:van|von|de|da|del|der|den|di|du|la|le|bin|al) )?"
    rf"{_UP}{_NAME_CHAR}*){{0,4}}"
    rf"|{_LOW}(?:{_LETTER}|[\p{{M}}'’-]){{0,30}}(?!\.)"
)
# Where an unquoted value ends: its entity's shape matched at the value's start.
_HEADS: dict[str, regex.Pattern] = {
    entity: regex.compile(shape + _END) for entity, shape in {
        "PERSON": f"(?:{_PERSON_HEAD})",
        "PHONE_NUMBER": r"\+?\(?\d[\d \t().\-/]{5,22}\d(?: ?(?:x|ext\.?|#) ?\d{1,6})?",
        "US_SSN": r"\d{3}([- .]?)\d{2}\1\d{4}",
        "US_ITIN": r"9\d{2}[- ]?\d{2}[- ]?\d{4}",
        "CREDIT_CARD": r"\d(?:[ -]?\d){11,18}",
        "US_BANK_NUMBER": r"\d(?:[ -]?\d){3,24}",
        "IBAN_CODE": r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){2,8}",
        "DATE_OF_BIRTH": _DATE,
    }.items()
}
_ADDRESS_STOP = regex.compile(
    r"[\n;|\t<>\"{}。；]|\\[nrt\"]|\.[ \t]|,?[ \t]+(?:[A-Za-z][\w-]{0,20}[ \t]?){1,2}[:=：]"
)


_SECRETS = frozenset({"SECRET", "PASSWORD"})
_CODE_AFTER = frozenset("([{")


class _Hit(NamedTuple):
    start: int  # of the label
    kind: str
    value_at: int
    bare: bool


class LabeledValueRecognizer(EntityRecognizer):
    """Values whose field name, header, element or label names their kind."""

    def __init__(self, supported_language: str = "en", name: str | None = None):
        super().__init__(
            supported_entities=list(ENTITIES), supported_language=supported_language,
            name=name or "LabeledValueRecognizer",
        )

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        hits, stems = self._labels(text)
        if not stems:
            return []
        found: list[tuple[int, int, str, float]] = []
        personal = sorted(h.start for h in hits if h.kind in PERSONAL)
        done = 0
        for hit in hits:
            if hit.start < done:
                continue  # a label word inside the previous value
            kind, score = hit.kind, SCORE_BARE if hit.bare else SCORE
            if kind == "NAME":
                if not _near(personal, hit.start):
                    continue
                score = SCORE_NAME
            span = _read_value(text, hit.value_at, kind)
            if span:
                start, end, entity = span
                # `key = value` secrets are the secrets recognizer's, whose gates (entropy,
                # placeholders, code, vendor formats) are gitleaks'; a label alone would flag
                # every `token: <not-a-token>`. Tables, SQL and JSON fields keep SECRET.
                if entity != "SECRET":
                    found.append((start, end, entity, score))
                done = end
        found.extend(_tables(text, stems))
        if "<" in text:
            found.extend(_html_inputs(text))
            found.extend(_html_tables(text))
        if "VCARD" in text or "vcard" in text:
            found.extend(_vcards(text))
        if "INSERT" in text or "insert" in text:
            found.extend(_sql_inserts(text))
        best: dict[tuple[int, int, str], float] = {}
        for start, end, entity, score in found:
            entity = _national(text, start, entity)
            key = (start, end, entity)
            best[key] = max(score, best.get(key, 0.0))
        return [result(self, e, s, t, score) for (s, t, e), score in sorted(best.items())]

    def _labels(self, text: str) -> tuple[list[_Hit], list[tuple[int, int]]]:
        """Label words that are field names followed by a value position."""
        stems = label_words(text)
        hits: list[_Hit] = []
        last = -1
        for s, e in stems:
            if s < last:
                continue
            hit = _label_at(text, s, e)
            if hit is not None:
                hits.append(hit)
                last = hit.value_at
        return hits, stems


# A passport or account field is US_PASSPORT / US_BANK_NUMBER unless the label is Chinese
# (`護照`, `帳號`) or the words before name another country or its bank codes (`Canadian
# passport:`, `sort code ... account no:`): then the country-neutral PASSPORT / BANK_ACCOUNT.
def _national(text: str, start: int, entity: str) -> str:
    other = NON_US.get(entity)
    if other is None:
        return entity
    if has_cjk(text[max(0, start - 12) : start]) or foreign_marker(text, start, 48):
        return other
    return entity


def _near(positions: list[int], at: int) -> bool:
    i = bisect.bisect_left(positions, at - SIBLING_WINDOW)
    return i < len(positions) and positions[i] <= at + SIBLING_WINDOW


def _sep_ahead(text: str, at: int) -> bool:
    """A separator ahead on the same line: most label words in prose have none."""
    m = _SEP_CHAR.search(text, at, at + 90)
    return m is not None and m.group() != "\n"


def _label_at(text: str, s: int, e: int) -> _Hit | None:
    if text[s] >= "\u3400":  # label words are all CJK or all ASCII
        left = _CJK_LEFT.search(text, max(0, s - 8), s)
        start = left.start() if left else s
        run = _CJK_RUN.match(text, e).end() - e
        for ext in range(run, -1, -1):  # the longest known label
            # uncached: the characters before a CJK label are often the value's owner
            kind = _cjk_kind(text[start : e + ext].lower())
            if kind:
                break
        else:
            return None
        end = e + ext
        sep = _SEP.match(text, end) if _sep_ahead(text, end) else None
        if sep and not sep.group("words"):
            return _Hit(start, kind, sep.end(), False)
        if kind in BARE_KINDS:
            bare = _BARE_CJK.match(text, end)
            if _BARE_START.match(text, bare.end()):
                return _Hit(start, kind, bare.end(), True)
        return None
    start, floor = s, max(0, s - 40)
    while start > floor and text[start - 1] in _KEY_CHARS:
        start -= 1
    if start < s and text[start - 1 : start] == "\\" and text[start] in "nrt":
        start += 1  # `...\nAddress:` in escaped text: the key starts after the escape
    end = _KEY_RIGHT.match(text, e).end()
    key = text[start:end].rstrip(".-")
    end = start + len(key)
    prefix = text[start - 1 : start] if start else ""
    if prefix == "/" or (prefix == "<" and text[start - 2 : start - 1] == "/"):
        return None  # a closing tag or a path segment
    if prefix == "<":
        tag = _TAG.match(text, end)
        kind = field_kind(key)
        if tag and kind:
            return _Hit(start, kind, tag.end(), False)
        return None
    sep = _SEP.match(text, end) if _sep_ahead(text, end) else None
    if sep:
        label = key + sep.group("words")
        kind = field_kind(label)
        if kind is None:
            words_before = _WORDS_LEFT.search(text, max(0, start - 64), start)
            if words_before:
                phrase = words_before.group().split()
                for i in range(len(phrase)):
                    kind = field_kind(" ".join(phrase[i:]) + " " + label)
                    if kind:
                        break
        if kind is None:
            return None
        return _Hit(start, kind, sep.end(), False)
    kind = field_kind(key)
    if kind in BARE_KINDS:
        bare = _BARE.match(text, end)
        if bare and _BARE_START.match(text, bare.end()):
            return _Hit(start, kind, bare.end(), True)
    return None


def _read_value(text: str, at: int, kind: str):
    """(start, end, entity) of the value starting at `at`, if it fits `kind`."""
    line_end = text.find("\n", at, at + 600)
    limit = line_end if line_end != -1 else min(len(text), at + 600)
    if at >= limit:
        return None
    proper = kind in ("NAME", "CONTACT")
    quote = text[at]
    if quote == "\\" and text.startswith('\\"', at):  # JSON inside a JSON string
        close = text.find('\\"', at + 2, limit)
        return None if close == -1 else _fitting(text, at + 2, close, kind, proper)
    if quote in "\"'`":
        close = text.find(quote, at + 1, limit)
        return None if close == -1 else _fitting(text, at + 1, close, kind, proper)
    for entity in _RESOLVE.get(kind, (kind,)):
        if entity == "STREET_ADDRESS":
            stop = _ADDRESS_STOP.search(text, at, limit)
            end = stop.start() if stop else limit
        elif entity in _HEADS:
            head = _HEADS[entity].match(text, at, limit)
            if head is None:
                continue
            end = head.end()
        else:
            token = _TOKEN.match(text, at, limit)
            end = token.end() if token else at
            if entity in _SECRETS and text[end : end + 1] in _CODE_AFTER:
                continue  # `ops_eyJz..[Redacted]`, `get_token(...)`: truncated or code
            while end > at and text[end - 1] in ".:!?":
                end -= 1
        span = _fitting(text, at, end, entity, proper)
        if span:
            return span
    return None


def _fitting(text: str, start: int, end: int, kind: str, proper: bool = False):
    """The stripped span [start, end) and its entity, when its value fits `kind` (a kind
    resolved by shape gives the entity it resolved to)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\r,":
        end -= 1
    if start >= end:
        return None
    value = text[start:end]
    proper = proper or kind in ("NAME", "CONTACT")
    for entity in _RESOLVE.get(kind, (kind,)):
        if _fits(entity, value, proper):
            return start, end, REPORTED.get(entity, entity)
    return None


# --- tables: CSV / TSV / Markdown, HTML <th>/<td>, SQL INSERT, vCard, HTML inputs -----------

_DELIMITERS = ("\t", "|", ",", ";")
_MD_RULE = regex.compile(r"^[ \t|:-]*-{3,}[ \t|:-]*$")


def _cells(line: str, offset: int, delim: str) -> list[tuple[int, int]]:
    """Spans of the cells of one delimited line, quotes excluded (RFC 4180 quoting)."""
    spans, i, n = [], 0, len(line)
    while i <= n:
        if line.startswith('"', i):
            close = i + 1
            while True:
                close = line.find('"', close)
                if close == -1 or not line.startswith('"', close + 1):
                    break
                close += 2
            if close == -1:
                close = n
            spans.append((offset + i + 1, offset + close))
            nxt = line.find(delim, close)
            i = n + 1 if nxt == -1 else nxt + 1
        else:
            nxt = line.find(delim, i)
            end = n if nxt == -1 else nxt
            spans.append((offset + i, offset + end))
            i = end + 1
    if delim == "|" and spans and not line[: spans[0][1] - offset].strip():
        spans = spans[1:]  # Markdown's leading and trailing pipes
    if delim == "|" and spans and not text_of(line, offset, spans[-1]).strip():
        spans = spans[:-1]
    return spans


def text_of(line: str, offset: int, span: tuple[int, int]) -> str:
    return line[span[0] - offset : span[1] - offset]


# A header cell is at most 40 characters: prose lines fail this at once.
_LONG_CELL = {d: re.compile(f"[^{re.escape(d)}\n]{{41}}") for d in _DELIMITERS}
_HEADER_CELL = regex.compile(r"[ \t]*[\p{L}_$#][\p{L}\p{N}_ .#()/-]{0,39}[ \t]*")


def _tables(text: str, stems: list[tuple[int, int]]):
    """Cells under classified columns of delimited tables: a header line naming columns,
    then data lines with as many cells."""
    seen: set[int] = set()
    for at, _ in stems:
        line_start = text.rfind("\n", 0, at) + 1
        if line_start in seen:
            continue
        seen.add(line_start)
        line_end = text.find("\n", at)
        line_end = len(text) if line_end == -1 else line_end
        header = text[line_start:line_end]
        delim = max(_DELIMITERS, key=header.count)
        if not header.count(delim) or _LONG_CELL[delim].search(header):
            continue
        cols = _cells(header, line_start, delim)
        names = [text[s:e] for s, e in cols]
        if len(cols) < 2 or not all(_HEADER_CELL.fullmatch(c) and len(c.split()) <= 4
                                     for c in names):
            continue
        kinds = record_fields(names)
        if not kinds:
            continue
        by_col = [kinds.get(c) for c in names]
        pos = line_end + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            line = text[pos:end].rstrip("\r")
            seen.add(pos)
            if delim == "|" and _MD_RULE.match(line):
                pos = end + 1
                continue
            cells = _cells(line, pos, delim) if delim in line else []
            if len(cells) != len(cols):
                break
            for (s, e), kind in zip(cells, by_col, strict=True):
                if kind:
                    span = _fitting(text, s, e, kind)
                    if span:
                        yield (*span, SCORE)
            pos = end + 1


_TR = regex.compile(r"(?is)<tr\b[^>]{0,200}>(.{0,4000}?)</tr>")
_TD = regex.compile(r"(?is)<(t[hd])\b[^>]{0,200}>([^<]{0,300})</t[hd]>")


def _html_tables(text: str):
    """<td> cells under the <th> header naming their column."""
    if "<th" not in text and "<TH" not in text:
        return
    by_col: list[str | None] = []
    for row in _TR.finditer(text):
        cells = list(_TD.finditer(text, row.start(1), row.end(1)))
        if cells and all(c.group(1).lower() == "th" for c in cells):
            names = [c.group(2).strip() for c in cells]
            kinds = record_fields(names)
            by_col = [kinds.get(n) for n in names]
            continue
        for cell, kind in zip(cells, by_col, strict=False):
            if kind:
                span = _fitting(text, cell.start(2), cell.end(2), kind)
                if span:
                    yield (*span, SCORE)


_INPUT = regex.compile(r"(?i)<input\b[^>]{0,600}>")
_ATTR = regex.compile(r"""(?i)([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_INPUT_TYPES = {"email": "EMAIL_ADDRESS", "tel": "PHONE_NUMBER", "password": "PASSWORD"}


def _html_inputs(text: str):
    """<input name="phone" value="..."> in any attribute order; `type` when the name says
    nothing. A form is about a person, so a bare `name` input is a PERSON."""
    for tag in _INPUT.finditer(text):
        attrs: dict[str, tuple[int, int]] = {}
        for a in _ATTR.finditer(text, tag.start(), tag.end()):
            group = next(g for g in (2, 3, 4) if a.group(g) is not None)
            attrs.setdefault(a.group(1).lower(), a.span(group))
        if "value" not in attrs:
            continue
        kind = None
        for attr in ("name", "id", "autocomplete"):
            if attr in attrs:
                kind = field_kind(text[slice(*attrs[attr])])
                if kind:
                    break
        if kind is None and "type" in attrs:
            kind = _INPUT_TYPES.get(text[slice(*attrs["type"])].lower())
        if kind:
            span = _fitting(text, *attrs["value"], kind)
            if span:
                yield (*span, SCORE)


_VCARD_LINE = regex.compile(
    r"(?im)^(?:item\d+\.)?(FN|N|ADR|BDAY|TEL|EMAIL)(?:;[^:\n]{0,120})?:([^\r\n]{1,300})"
)
_VCARD_KINDS = {"FN": "PERSON", "N": "PERSON", "ADR": "STREET_ADDRESS", "BDAY": "DATE_OF_BIRTH",
                "TEL": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS"}


def _vcards(text: str):
    """vCard properties; the structured N (family;given;...) gives one PERSON per part and
    ADR (;;street;city;region;code;country) one STREET_ADDRESS over its parts."""
    if regex.search(r"(?i)BEGIN:VCARD", text) is None:
        return
    for m in _VCARD_LINE.finditer(text):
        prop, (start, end) = m.group(1).upper(), m.span(2)
        kind = _VCARD_KINDS[prop]
        if prop == "N":
            pos = start
            for part in m.group(2).split(";"):
                span = _fitting(text, pos, pos + len(part), kind)
                if span:
                    yield (*span, SCORE)
                pos += len(part) + 1
            continue
        if prop == "ADR":
            value = m.group(2)
            parts = [p for p in value.split(";") if p.strip()]
            if not parts or not _address_ok(" ".join(parts)):
                continue
            first = value.index(parts[0])
            yield (start + first, start + value.rindex(parts[-1]) + len(parts[-1]),
                   kind, SCORE)
            continue
        if prop == "TEL":
            value = m.group(2)
            if value.lower().startswith("tel:"):
                start += 4
        span = _fitting(text, start, end, kind)
        if span:
            yield (*span, SCORE)


_INSERT = regex.compile(
    r"(?i)\binsert\s+(?:ignore\s+)?into\s+[\w.\"`\[\]]{1,100}\s*\(([^()]{1,2000})\)\s*values\s*"
)
_SQL_VALUE = regex.compile(
    r"\s*(?:N?'((?:[^']|'')*)'|(\"(?:[^\"]|\"\")*\")|([^,()'\s][^,()]{0,200}?))\s*([,)])"
)
_SQL_NEXT = regex.compile(r"\s*(?:,\s*)?\(")


def _sql_inserts(text: str):
    """INSERT INTO t (cols) VALUES (...), (...): each value under a classified column."""
    for m in _INSERT.finditer(text):
        cols = [c.strip().strip("\"`[]") for c in m.group(1).split(",")]
        kinds = record_fields(cols)
        if not kinds:
            continue
        by_col = [kinds.get(c) for c in cols]
        pos = m.end()
        while True:
            row = _SQL_NEXT.match(text, pos)
            if row is None:
                break
            pos, col = row.end(), 0
            while True:
                v = _SQL_VALUE.match(text, pos)
                if v is None:
                    break
                group = next((g for g in (1, 2, 3) if v.group(g) is not None), None)
                kind = by_col[col] if col < len(by_col) else None
                if kind and group is not None:
                    start, end = v.span(group)
                    if group == 2:
                        start, end = start + 1, end - 1
                    span = _fitting(text, start, end, kind)
                    if span:
                        yield (*span, SCORE)
                col, pos = col + 1, v.end()
                if v.group(4) == ")":
                    break
