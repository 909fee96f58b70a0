"""IDs and numbers, carriers `c` (`python benchmarks/devset_ids.py --templates c`).

Written before any fix was measured against them, in genres sets a and b lack: bank transfer
forms and SWIFT MT103-like messages, payroll CSV, KYC onboarding chat, insurance claims,
travel bookings (passport + nationality + expiry), HR onboarding (SSN, licence, I-9), medical
(MRN, NPI, DEA, Medicare MBI), telecom (IMEI, ICCID, IMSI), network logs (loopback, `::1`,
IPv4-mapped IPv6, CIDR, MAC), EU national numbers (German Steuer-ID, French NIR, Spanish
DNI/NIE, Italian codice fiscale, Dutch BSN, Polish PESEL, Swedish personnummer), Taiwan and
PRC numbers inside English and Chinese sentences, and values written with spaces, dots,
dashes or broken across a line. Values are generated here with valid check digits (python-
stdnum computes or verifies each); names in carriers are companies or `(on file)`, never a
person, so every masked character outside a value is an over-mask.

`BENIGN_C` are near-misses: order, invoice and tracking numbers, timestamps, versions,
bad-checksum IBANs / cards / national numbers with no field label, phone-shaped product codes.
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import random
import re
import string

from devset import luhn_complete, tw_business_id, tw_national_id
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.cn import ric as std_ric
from stdnum.de import idnr as std_idnr
from stdnum.es import dni as std_dni
from stdnum.es import nie as std_nie
from stdnum.fr import nir as std_nir
from stdnum.it import codicefiscale as std_cf
from stdnum.nl import bsn as std_bsn
from stdnum.pl import pesel as std_pesel

_D = string.digits
_U = string.ascii_uppercase


def _num(r: random.Random, n: int, first: str = _D) -> str:
    return r.choice(first) + "".join(r.choice(_D) for _ in range(n - 1))


def _sep(r: random.Random, value: str, sizes: tuple[int, ...], seps: str = " -.") -> str:
    """`value` grouped by `sizes` with one separator drawn from `seps` ('' = compact)."""
    sep = r.choice((*seps, ""))
    out, i = [], 0
    for size in sizes:
        out.append(value[i : i + size])
        i += size
    if i < len(value):
        out.append(value[i:])
    return sep.join(out)


def ssn(r: random.Random) -> str:
    while True:
        area = r.randrange(1, 900)
        if area != 666:
            v = f"{area:03d}{r.randrange(1, 100):02d}{r.randrange(1, 10000):04d}"
            return _sep(r, v, (3, 2, 4), " -.")


def itin(r: random.Random) -> str:
    group = r.choice([*range(70, 89), *range(90, 93), *range(94, 100)])
    return _sep(r, f"9{r.randrange(100):02d}{group:02d}{r.randrange(1, 10000):04d}", (3, 2, 4), " -")


def bank_account(r: random.Random) -> str:
    return _num(r, r.randrange(8, 15))


def routing(r: random.Random) -> str:
    from stdnum.us import rtn
    body = r.choice(("02", "03", "06", "11", "12", "21", "26", "31")) + _num(r, 6)
    return body + rtn.calc_check_digit(body)


def sort_code(r: random.Random) -> str:
    return _sep(r, _num(r, 6), (2, 2, 2), "- ")


def bsb(r: random.Random) -> str:
    return r.choice(("062", "033", "082", "012", "732")) + r.choice(("-", " ", "")) + _num(r, 3)


def iban(r: random.Random, spaced: bool | None = None) -> str:
    country, body = r.choice((
        ("DE", lambda: _num(r, 18)),
        ("FR", lambda: _num(r, 10) + "".join(r.choice(_U + _D) for _ in range(11)) + _num(r, 2)),
        ("IT", lambda: r.choice(_U) + _num(r, 10) + "".join(r.choice(_U + _D) for _ in range(12))),
        ("ES", lambda: _num(r, 20)),
        ("NL", lambda: "".join(r.choice(_U) for _ in range(4)) + _num(r, 10)),
        ("BE", lambda: _num(r, 12)),
        ("CH", lambda: _num(r, 17)),
        ("PL", lambda: _num(r, 24)),
    ))
    b = body()
    compact = country + std_iban.calc_check_digits(country + "00" + b) + b
    if spaced is None:
        spaced = r.random() < 0.6
    return std_iban.format(compact) if spaced else compact


def bad_iban(r: random.Random) -> str:
    good = iban(r, spaced=False)
    wrong = f"{(int(good[2:4]) + r.randrange(1, 90)) % 97 + 2:02d}"
    return std_iban.format(good[:2] + wrong + good[4:])


def bic(r: random.Random) -> str:
    code = "".join(r.choice(_U) for _ in range(4)) + r.choice(("DE", "FR", "IT", "ES", "NL", "GB", "CH")) + r.choice(_U) + r.choice(_U + "2")
    return code + (r.choice(("XXX", "100", "MIL")) if r.random() < 0.5 else "")


def card(r: random.Random) -> str:
    prefix, length = r.choice((("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15), ("6011", 16)))
    v = luhn_complete(prefix, length, r)
    sizes = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    return _sep(r, v, sizes, " -")


def passport(r: random.Random) -> tuple[str, str]:
    """(nationality, number)."""
    return r.choice((
        ("German", "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))),
        ("French", _num(r, 2) + r.choice(_U) + r.choice(_U) + _num(r, 5)),
        ("Italian", r.choice(_U) + r.choice(_U) + _num(r, 7)),
        ("Spanish", "".join(r.choice(_U) for _ in range(3)) + _num(r, 6)),
        ("Dutch", "".join(r.choice(_U) for _ in range(2)) + "".join(r.choice(_U + _D) for _ in range(6)) + _num(r, 1)),
        ("American", _num(r, 9, "123456789")),
        ("British", _num(r, 9, "123456789")),
        ("Chinese", "E" + _num(r, 8)),
        ("Japanese", r.choice(("TK", "TR", "MZ")) + _num(r, 7)),
        ("Mexican", r.choice(_U) + _num(r, 8)),
    ))


def licence(r: random.Random) -> tuple[str, str]:
    return r.choice((
        ("Texas", _num(r, 8, "123456789")),
        ("California", r.choice(_U) + _num(r, 7)),
        ("New Jersey", r.choice(_U) + _sep(r, _num(r, 14), (4, 5, 5), " ")),
        ("Michigan", r.choice(_U) + " " + " ".join((_num(r, 3), _num(r, 3), _num(r, 3), _num(r, 3)))),
        ("Ohio", "".join(r.choice(_U) for _ in range(2)) + _num(r, 6)),
        ("Wisconsin", r.choice(_U) + "-".join((_num(r, 3), _num(r, 4), _num(r, 4), _num(r, 2)))),
        ("Arizona", r.choice(_U) + _num(r, 8)),
    ))


def mrn(r: random.Random) -> str:
    return r.choice((_num(r, r.randrange(7, 11)), "MRN" + _num(r, 8), _num(r, 3) + "-" + _num(r, 3) + "-" + _num(r, 3)))


def npi(r: random.Random) -> str:
    while True:
        body = r.choice("12") + _num(r, 8)
        check = luhn.calc_check_digit("80840" + body)
        return body + check


def dea(r: random.Random) -> str:
    digits = [r.randrange(10) for _ in range(6)]
    check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
    return r.choice("ABFGMPRX") + r.choice(_U) + "".join(map(str, digits)) + str(check)


def mbi(r: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + _D
    v = (r.choice("123456789") + r.choice(letters) + r.choice(an) + r.choice(_D)
         + r.choice(letters) + r.choice(an) + r.choice(_D) + r.choice(letters) + r.choice(letters)
         + r.choice(_D) + r.choice(_D))
    return v if r.random() < 0.6 else f"{v[:4]}-{v[4:7]}-{v[7:]}"


def imei(r: random.Random) -> str:
    body = r.choice(("35", "86", "99", "01")) + _num(r, 12)
    v = body + luhn.calc_check_digit(body)
    return v if r.random() < 0.6 else f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}"


def iccid(r: random.Random) -> str:
    body = "89" + r.choice(("01", "44", "49", "33", "86")) + _num(r, 15)
    v = body + luhn.calc_check_digit(body)
    return v if r.random() < 0.7 else _sep(r, v, (4, 4, 4, 4, 4), " ")


def imsi(r: random.Random) -> str:
    return r.choice(("310260", "310410", "234150", "262011", "208010", "460001")) + _num(r, 9)


def ip(r: random.Random) -> str:
    return r.choice((
        "127.0.0.1", "::1", f"::ffff:10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
        f"::ffff:{r.randrange(11, 200)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
        f"10.{r.randrange(256)}.{r.randrange(256)}.0/{r.choice((16, 22, 24))}",
        f"{r.randrange(11, 200)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
        f"2a02:{r.randrange(65536):x}:{r.randrange(65536):x}::{r.randrange(1, 65536):x}",
        f"fd00:{r.randrange(65536):x}::/64",
        f"2001:db8:{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(1, 65536):x}",
    ))


def mac(r: random.Random) -> str:
    o = [f"{r.randrange(256):02x}" for _ in range(6)]
    return r.choice((":".join(o), "-".join(o).upper(), f"{''.join(o[:2])}.{''.join(o[2:4])}.{''.join(o[4:])}"))


def de_idnr(r: random.Random) -> str:
    while True:
        body = _num(r, 10, "123456789")
        for d in _D:
            if std_idnr.is_valid(body + d):
                v = body + d
                return v if r.random() < 0.6 else f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def fr_nir(r: random.Random) -> str:
    body = (r.choice("12") + f"{r.randrange(100):02d}" + f"{r.randrange(1, 13):02d}"
            + f"{r.randrange(1, 96):02d}" + _num(r, 3) + _num(r, 3))
    v = body + std_nir.calc_check_digits(body)
    return v if r.random() < 0.5 else f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def es_dni(r: random.Random) -> str:
    body = _num(r, 8)
    return body + r.choice(("", "-")) + std_dni.calc_check_digit(body)


def es_nie(r: random.Random) -> str:
    body = r.choice("XYZ") + _num(r, 7)
    return body + std_nie.calc_check_digit(body)


def it_cf(r: random.Random) -> str:
    consonants = "BCDFGHLMNPRSTVZ"
    month = r.choice("ABCDEHLMPRST")
    day = r.randrange(1, 29) + r.choice((0, 40))
    body = ("".join(r.choice(consonants) for _ in range(6)) + f"{r.randrange(100):02d}" + month
            + f"{day:02d}" + r.choice("ABCDEFGHLM") + _num(r, 3))
    return body + std_cf.calc_check_digit(body)


def nl_bsn(r: random.Random) -> str:
    while True:
        v = _num(r, 9, "123456789")
        if std_bsn.is_valid(v):
            return v if r.random() < 0.7 else f"{v[:4]}.{v[4:6]}.{v[6:]}"


def pl_pesel(r: random.Random) -> str:
    y, m, d = r.randrange(1950, 2010), r.randrange(1, 13), r.randrange(1, 29)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}" + _num(r, 4)
    return body + std_pesel.calc_check_digit(body)


def se_pnr(r: random.Random) -> str:
    y, m, d = r.randrange(1940, 2008), r.randrange(1, 13), r.randrange(1, 29)
    body = f"{y % 100:02d}{m:02d}{d:02d}" + _num(r, 3)
    v = body + luhn.calc_check_digit(body)
    return r.choice((f"{v[:6]}-{v[6:]}", f"{y // 100}{v[:6]}-{v[6:]}", f"{y // 100}{v}"))


def cn_id(r: random.Random) -> str:
    area = r.choice(("110101", "310104", "440305", "510107", "330106"))
    y, m, d = r.randrange(1950, 2006), r.randrange(1, 13), r.randrange(1, 29)
    body = f"{area}{y}{m:02d}{d:02d}{_num(r, 3)}"
    return body + std_ric.calc_check_digit(body + "0")  # stdnum wants a placeholder check


def cn_passport(r: random.Random) -> str:
    return "E" + (_num(r, 8) if r.random() < 0.5 else r.choice("ABCDEFGH") + _num(r, 7))


def tw_nhi(r: random.Random) -> str:
    return _sep(r, _num(r, 12), (4, 4, 4), " -")


def tw_id(r: random.Random) -> str:
    return tw_national_id(r)


def tw_ubn(r: random.Random) -> str:
    return tw_business_id(r)


GENERATORS = {
    "passport": passport, "licence": licence, "ssn": ssn, "itin": itin, "bank_us": bank_account, "routing": routing, "bank_uk": sort_code,
    "bsb": bsb, "iban": iban, "bic": bic, "card": card, "mrn": mrn, "npi": npi, "dea": dea,
    "mbi": mbi, "imei": imei, "iccid": iccid, "imsi": imsi, "ip": ip, "mac": mac,
    "de_idnr": de_idnr, "fr_nir": fr_nir, "es_dni": es_dni, "es_nie": es_nie, "it_cf": it_cf,
    "nl_bsn": nl_bsn, "pl_pesel": pl_pesel, "se_pnr": se_pnr, "cn_id": cn_id,
    "cn_passport": cn_passport, "tw_nhi": tw_nhi, "tw_id": tw_id, "tw_ubn": tw_ubn,
}

# {X}: the family's value; {A} an account, {R} a routing number, {B} a BIC, {I} an IBAN,
# {P} a passport number (with {N} its nationality, not PII), {L} a licence (with {S} its
# state), {IP} an address: side values, each scored under its own family.
TEMPLATES_C: dict[str, tuple[str, ...]] = {
    "ssn": (
        "emp_id,name,ssn,net_pay\n10442,(on file),{X},3120.55",
        "I-9 Section 1 - U.S. Social Security Number: {X}",
        "Claim CLM-2024-88123: policyholder SSN {X}, loss date 2024-09-14.",
        "onboarding checklist: ssn {X} / dl {L} ({S}) / w-4 signed",
        "Hey, HR needs your social for payroll, is it {X}?",
        "Payroll export row: EMP-0042|{X}|BIWEEKLY|2,310.00",
        "SSN\n{X}",
    ),
    "itin": (
        "Contractor W-8 form: taxpayer ITIN {X}, country of residence Mexico.",
        "payee_tin_type=ITIN payee_tin={X}",
        "Individual Taxpayer Identification Number\n{X}",
    ),
    "bank_us": (
        "WIRE TRANSFER REQUEST\nBeneficiary account: {X}\nABA: {R}\nAmount: USD 12,500.00",
        "emp_id,bank_routing,bank_account\n10442,{R},{X}",
        "Acct # {X} (checking), routing {R}",
        "For direct deposit we have account ending... no wait, full acct no is {X}",
        "Please refund to my account {X} at Wells Fargo.",
    ),
    "routing": (
        "Routing: {X} / Account: {A}",
        "ABA {X}",
        "Fedwire: receiver ABA routing no. {X}, beneficiary acct {A}",
    ),
    "bank_uk": (
        "Payee: Acme Ltd, sort code {X}, account {A}, ref INV-2231",
        "UK bank details\nSort code: {X}\nAccount number: {A}",
    ),
    "bsb": (
        "Australian payroll: BSB {X}, account number {A}",
        "Pay into BSB: {X} Acc: {A}",
    ),
    "iban": (
        "{{1:F01BANKDEFFAXXX0000000000}}{{4:\n:20:REF2024110501\n:32A:241105EUR12500,00\n:50K:/{X}\nACME GMBH\n:57A:{B}\n:59:/{I}\nGLOBEX SARL\n-}}",
        "Beneficiary IBAN: {X}\nBIC: {B}\nReference: invoice 2024-118",
        "KYC agent: please confirm the IBAN for payouts.\nCustomer: it's {X}",
        "Bitte überweisen Sie den Betrag auf IBAN {X} (Sparkasse).",
        "Insurance claim payout to IBAN\n{X}",
        "iban={X};bic={B}",
    ),
    "bic": (
        "Beneficiary bank SWIFT: {X}",
        ":57A:{X}",
        "Intermediary bank BIC/SWIFT code {X}, charges OUR",
    ),
    "card": (
        "Card on file: {X} exp 09/27",
        "Customer: my visa is {X}, can you charge the deposit?",
        "Payment: card number {X}, CVV supplied by phone",
        "pan={X} amount=59.90 currency=EUR",
    ),
    "passport": (
        "Booking ref XK4J2L | Passenger passport: {X} | Nationality: {N} | Expiry: 2031-04-30",
        "KYC: passport no {X}, issued by {N} authorities, valid until 12/2029",
        "Travel profile\nDocument type: Passport\nDocument number: {X}\nNationality: {N}",
        "customer: my passport number is {X}",
        "APIS data: DOCS/P/{N}/{X}/expiry 2030-01-15",
    ),
    "licence": (
        "I-9 List B document: driver's license {X} issued by {S}, expires 2028-06-30.",
        "Claimant {S} DL #{X}, vehicle plate on police report.",
        "Driver License Number: {X} (State: {S})",
        "new hire's drivers licence no is {X} from {S}",
    ),
    "mrn": (
        "Patient MRN: {X}, admitted 2024-10-02 to ward 4B.",
        "Medical record number {X} - discharge summary attached.",
        "mrn={X} encounter=ENC88123 dept=cardiology",
    ),
    "npi": (
        "Referring provider NPI: {X}",
        "Billing provider NPI {X}, taxonomy 207R00000X",
        "npi={X}",
    ),
    "dea": (
        "Prescriber DEA number: {X}",
        "DEA# {X} on the controlled substance order",
        "Rx signed, DEA {X}, NPI on file",
    ),
    "mbi": (
        "Medicare Beneficiary Identifier (MBI): {X}",
        "Medicare MBI {X}, Part A effective 2023-01-01",
        "medicare id is {X}",
    ),
    "imei": (
        "Device swap ticket: IMEI {X}, handset reported lost.",
        "imei1={X} imei2=n/a",
        "Please blacklist IMEI:\n{X}",
    ),
    "iccid": (
        "SIM replacement: ICCID {X}",
        "iccid={X} state=ACTIVE",
        "SIM card number (ICCID): {X}",
    ),
    "imsi": (
        "Attach request IMSI {X} rejected (cause #7).",
        "imsi={X} apn=internet",
        "Subscriber IMSI: {X}",
    ),
    "ip": (
        "Nov 05 12:00:01 gw sshd[2231]: Failed password for root from {X} port 51022 ssh2",
        "client_ip={X} method=POST path=/login status=401",
        "Allow ingress from {X} on 443 only.",
        '{{"remote_addr": "{X}", "ua": "curl/8.4"}}',
        "listen {X}",
    ),
    "mac": (
        "DHCPACK on {IP} to {X} via eth0",
        "Station {X} associated with SSID corp-wifi",
        "mac_address: {X}",
    ),
    "de_idnr": (
        "Steuer-ID: {X}",
        "Steueridentifikationsnummer des Arbeitnehmers: {X}",
        "German tax ID (IdNr) {X} for the payroll registration",
    ),
    "fr_nir": (
        "Numéro de sécurité sociale : {X}",
        "NIR {X} (carte Vitale)",
        "French social security number (INSEE) {X}",
    ),
    "es_dni": (
        "DNI: {X}",
        "Spanish national ID (DNI) {X} for the rental contract",
        "mi dni es {X}",
    ),
    "es_nie": (
        "NIE: {X}",
        "Foreigner identity number (NIE) {X}",
        "Número de identidad de extranjero {X}",
    ),
    "it_cf": (
        "Codice fiscale: {X}",
        "Italian tax code (codice fiscale) {X}",
        "CF {X} - contratto di lavoro",
    ),
    "nl_bsn": (
        "BSN: {X}",
        "Burgerservicenummer {X}",
        "Dutch citizen service number (BSN) {X}",
    ),
    "pl_pesel": (
        "PESEL: {X}",
        "Numer PESEL {X}",
        "Polish national ID (PESEL) {X} on the form",
    ),
    "se_pnr": (
        "Personnummer: {X}",
        "Swedish personal identity number {X}",
        "personnr {X}",
    ),
    "tw_id": (
        "身分證字號：{X}，請協助查詢。",
        "Applicant's Taiwan national ID is {X}.",
        "請確認我的身分證{X}是否正確",
        "ROC ID no. {X}",
    ),
    "tw_ubn": (
        "公司統一編號：{X}",
        "Please invoice our Taiwan company, 統一編號 {X}.",
        "統編{X}，發票抬頭 Acme 股份有限公司",
    ),
    "cn_id": (
        "居民身份证号码：{X}",
        "PRC resident ID card number {X} for the visa letter",
        "请核对身份证号{X}，谢谢",
    ),
    "cn_passport": (
        "护照号码：{X}",
        "Chinese passport no. {X}, expires 2032",
        "我的护照号是{X}",
    ),
    "tw_nhi": (
        "健保卡號：{X}",
        "Taiwan NHI card number {X}",
        "請幫我查健保卡{X}的就診紀錄",
    ),
}

BENIGN_C = (
    "Order #A{ORDER} shipped via UPS, tracking 1Z{TRACK}.",
    "FedEx tracking number {TRACK12} - out for delivery.",
    "Invoice INV-{YEAR}-{ORDER5} is due on {YEAR}-12-31.",
    "Ticket JIRA-{SHORT} was closed at {EPOCH}.",
    "Release v{VER} (build {BUILD}) fixes the login bug.",
    "log: ts={EPOCHMS} level=info msg=\"cache warmed\" took={SHORT}ms",
    "2024-11-05T12:{MIN}:{MIN}.{MS3}Z INFO worker started pid={SHORT}",
    "The sample IBAN {BADIBAN} fails the mod-97 check in our unit test.",
    "Test card 4111 1111 1111 1112 is rejected by Luhn, as expected.",
    "Part no. 555-{FOUR}-A is back in stock.",
    "SKU 800-{THREE}-{FOUR} ships in 3 days.",
    "Model 0800-{THREE}X replaces the old unit.",
    "Batch {BUILD}{BUILD} contains {SHORT} units.",
    "The firmware checksum is {HEX8}{HEX8}.",
    "Quote Q-{ORDER5}-{SHORT} valid for 30 days; total EUR {PRICE}.",
    "Container MSCU{SEVEN} arrived at the port.",
    "Flight LH{SHORT} departs gate B{TWO} at 14:{MIN}.",
    "Seat 14C, booking class Y, fare basis YLOWUS.",
    "Version string: {VER}-rc{TWO}+build.{BUILD}",
    "Subnet mask 255.255.255.0 and gateway are set by DHCP.",
    "Config: timeout=30 retries=5 port={PORT} workers={TWO}",
    "Meter reading {ORDER} kWh on {YEAR}-10-01.",
    "Account balance review scheduled for Q3; no account numbers needed.",
    "The routing table has {SHORT} entries.",
    "Policy POL-{ORDER5} renewal premium: {PRICE} USD.",
)


def benign_fills(r: random.Random) -> dict[str, str]:
    return {
        "ORDER": _num(r, r.randrange(6, 10), "123456789"), "ORDER5": _num(r, 5),
        "TRACK": "".join(r.choice(_U + _D) for _ in range(16)), "TRACK12": _num(r, 12, "123456789"),
        "YEAR": str(r.randrange(2019, 2027)), "SHORT": str(r.randrange(100, 9999)),
        "EPOCH": str(r.randrange(1_500_000_000, 1_800_000_000)),
        "EPOCHMS": str(r.randrange(1_500_000_000_000, 1_800_000_000_000)),
        "VER": f"{r.randrange(1, 20)}.{r.randrange(30)}.{r.randrange(30)}",
        "BUILD": str(r.randrange(1000, 99999)), "MIN": f"{r.randrange(60):02d}",
        "MS3": f"{r.randrange(1000):03d}", "BADIBAN": bad_iban(r),
        "FOUR": f"{r.randrange(10000):04d}", "THREE": f"{r.randrange(1000):03d}",
        "HEX8": "".join(r.choice("0123456789abcdef") for _ in range(8)),
        "PRICE": f"{r.randrange(1, 99)},{r.randrange(1000):03d}.{r.randrange(100):02d}",
        "SEVEN": _num(r, 7), "TWO": f"{r.randrange(1, 60):02d}", "PORT": str(r.randrange(1024, 65536)),
    }


def fill_benign(r: random.Random, template: str) -> str:
    fills = benign_fills(r)
    return re.sub(r"\{(\w+)\}", lambda m: fills[m.group(1)], template)


def side_values(r: random.Random) -> dict[str, tuple[str, str | None]]:
    """The side values of a carrier: {key: (value, family or None for no PII)}."""
    nationality, number = passport(r)
    state, lic = licence(r)
    return {
        "A": (bank_account(r), "bank_us"), "R": (routing(r), "routing"), "B": (bic(r), "bic"),
        "I": (iban(r), "iban"), "P": (number, "passport"), "N": (nationality, None),
        "L": (lic, "licence"), "S": (state, None), "IP": (ip(r), "ip"),
    }


ENTITY_OK_C: dict[str, frozenset[str]] = {
    "routing": frozenset({"ABA_ROUTING_NUMBER", "US_BANK_NUMBER", "BANK_ACCOUNT"}),
    "bsb": frozenset({"BANK_ACCOUNT"}),
    "card": frozenset({"CREDIT_CARD"}),
    "mrn": frozenset({"MEDICAL_RECORD_NUMBER"}),
    "npi": frozenset({"US_NPI", "MEDICAL_LICENSE"}),
    "dea": frozenset({"MEDICAL_LICENSE"}),
    "mbi": frozenset({"US_MBI"}),
    "iccid": frozenset({"ICCID"}),
    "imsi": frozenset({"IMSI"}),
    "de_idnr": frozenset({"DE_TAX_ID", "NATIONAL_ID"}),
    "fr_nir": frozenset({"FR_NIR", "NATIONAL_ID"}),
    "es_dni": frozenset({"ES_NIF", "NATIONAL_ID"}),
    "es_nie": frozenset({"ES_NIE", "NATIONAL_ID"}),
    "it_cf": frozenset({"IT_FISCAL_CODE", "NATIONAL_ID"}),
    "nl_bsn": frozenset({"NL_BSN", "NATIONAL_ID"}),
    "pl_pesel": frozenset({"PL_PESEL", "NATIONAL_ID"}),
    "se_pnr": frozenset({"SE_PERSONNUMMER", "NATIONAL_ID"}),
    "tw_id": frozenset({"TW_NATIONAL_ID"}),
    "tw_ubn": frozenset({"TW_BUSINESS_ID"}),
    "cn_id": frozenset({"CN_RESIDENT_ID"}),
    "cn_passport": frozenset({"PASSPORT"}),
    "tw_nhi": frozenset({"TW_NHI_CARD"}),
}
