"""IDs and numbers, carriers `d` (`python benchmarks/devset_ids.py --templates d`).

Written before any fix was measured against them, in shapes sets a, b and c lack: airline
APIS / PNR `DOCS` lines and passport MRZ lines, SSNs in pipe and markdown tables with no SSN
word, numbers spoken digit by digit, phone numbers in international formats (`+44 20 ...`,
`0049 (0)30 ...`, extensions), IPv6 variants (full, upper case, zone, bracketed with a port,
in a URL), MAC addresses (compact, Bluetooth), cards in prose with spaces or dashes (Amex
4-6-5, Diners 4-6-4, 19-digit), IBANs of some thirty countries in prose, ABA routing numbers
(MICR lines, `RTN`, `transit`), SWIFT/BIC in prose, dates of birth in many formats (`born 3rd
of May 1984`, `DOB 05/03/84`, `19840503`, `03-MAY-1984`, APIS `12MAY84`), ages (`aged 42`, `a
42-year-old`), employee / customer / member numbers after their words, tax IDs (EIN, VAT
numbers), e-mail addresses and personal URLs.

Values are generated here (python-stdnum computes or verifies check digits: IBAN mod 97,
ABA, Luhn, EIN prefixes, VAT numbers; phonenumbers says which phone numbers are valid; the
MRZ check digits by ICAO 9303's 7-3-1 weights); no person's name appears in a carrier.

Decisions on what is PII here:
- a card number masked except its last four (`**** **** **** 4242`, `Visa ending 4242`) and
  a card's or passport's expiry date are NOT personal data to mask: PCI DSS lets the last four
  be shown, and a month and year identify no one once the number is gone. They sit in
  `BENIGN_D`, with order numbers, ISBNs, timestamps, versions, prices, coordinates in code,
  hex colours, 12-digit and 3-3-3-grouped numbers that are no phones;
- ages and URLs are detected but the default policy allows them (AGE, URL: `allow`), so the
  families `age` and `url` are scored as detected by any finding (`DETECT_ONLY`), not masked.
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import random
import re
import string

import phonenumbers
from devset import luhn_complete
from stdnum import iban as std_iban
from stdnum import isbn as std_isbn
from stdnum import numdb
from stdnum.eu import vat as std_vat
from stdnum.us import ein as std_ein
from stdnum.us import rtn as std_rtn

_D = string.digits
_U = string.ascii_uppercase
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}


def _num(r: random.Random, n: int, first: str = _D) -> str:
    return r.choice(first) + "".join(r.choice(_D) for _ in range(n - 1))


def _ymd(r: random.Random) -> tuple[int, int, int]:
    return r.randrange(1938, 2006), r.randrange(1, 13), r.randrange(1, 29)


# -- passports: APIS lines and MRZ -------------------------------------------------------------

_NATIONS = ("USA", "GBR", "DEU", "FRA", "IND", "CAN", "AUS", "NLD", "ITA", "ESP", "CHN", "JPN",
            "MEX", "BRA", "IRL")


def passport_number(r: random.Random, nation: str) -> str:
    shapes = {
        "USA": lambda: _num(r, 9, "123456789") if r.random() < 0.5 else r.choice("ACEFH") + _num(r, 8),
        "GBR": lambda: _num(r, 9, "123456789"),
        "DEU": lambda: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "FRA": lambda: _num(r, 2) + r.choice(_U) + r.choice(_U) + _num(r, 5),
        "IND": lambda: r.choice("JKLMNPRSTUVWZ") + _num(r, 7, "123456789"),
        "CAN": lambda: r.choice(_U) + r.choice(_U) + _num(r, 6),
        "AUS": lambda: r.choice("NEP") + r.choice(_U) + _num(r, 7),
        "NLD": lambda: "".join(r.choice(_U) for _ in range(2)) + "".join(r.choice(_U + _D) for _ in range(6)) + _num(r, 1),
        "ITA": lambda: r.choice(_U) + r.choice(_U) + _num(r, 7),
        "ESP": lambda: "".join(r.choice(_U) for _ in range(3)) + _num(r, 6),
        "CHN": lambda: "E" + _num(r, 8),
        "JPN": lambda: r.choice(("TK", "TR", "MZ")) + _num(r, 7),
        "MEX": lambda: r.choice(_U) + _num(r, 8),
        "BRA": lambda: "".join(r.choice(_U) for _ in range(2)) + _num(r, 6),
        "IRL": lambda: r.choice(_U) + r.choice(_U) + _num(r, 7),
    }
    return shapes[nation]()


def apis_date(y: int, m: int, d: int) -> str:
    return f"{d:02d}{_MONTHS[m - 1][:3].upper()}{y % 100:02d}"


def _mrz_check(field: str) -> str:
    values = {**{c: int(c) for c in _D}, **{c: i + 10 for i, c in enumerate(_U)}, "<": 0}
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)


def mrz_line(r: random.Random) -> tuple[str, str, str, str]:
    """(line, passport number, nationality, birth date YYMMDD): ICAO 9303 TD3 line 2."""
    nation = r.choice(_NATIONS)
    number = passport_number(r, nation)
    doc = (number + "<" * 9)[:9]
    y, m, d = _ymd(r)
    born = f"{y % 100:02d}{m:02d}{d:02d}"
    expires = f"{r.randrange(26, 36):02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
    personal = "<" * 14
    line = (doc + _mrz_check(doc) + nation + born + _mrz_check(born) + r.choice("MF")
            + expires + _mrz_check(expires) + personal + _mrz_check(personal))
    composite = line[0:10] + line[13:20] + line[21:43]
    return line + _mrz_check(composite), number, nation, born


# -- values of the other families ----------------------------------------------------------------

def ssn(r: random.Random) -> str:
    while True:
        area = r.randrange(1, 900)
        if area != 666:
            v = f"{area:03d}{r.randrange(1, 100):02d}{r.randrange(1, 10000):04d}"
            sep = r.choice(("-", "-", " ", ""))
            return sep.join((v[:3], v[3:5], v[5:])) if sep or r.random() < 0.5 else v


_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def spoken(r: random.Random, digits: str, groups: tuple[int, ...]) -> str:
    """Digits read out one by one, groups joined by commas (`oh` for zero now and then)."""
    out, i = [], 0
    for g in groups:
        words = [("oh" if c == "0" and r.random() < 0.4 else _WORDS[int(c)]) for c in digits[i : i + g]]
        out.append(" ".join(words))
        i += g
    return r.choice((", ", " - ", " ")).join(out)


_PHONE_REGIONS = ("GB", "IN", "DE", "FR", "JP", "AU", "BR", "IE", "ES", "IT", "NL", "MX", "SG",
                  "ZA", "CH", "SE", "US", "CA")


def phone_intl(r: random.Random) -> str:
    while True:
        region = r.choice(_PHONE_REGIONS)
        kind = r.choice((phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE))
        nsn = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(region, kind))
        keep = max(2, len(nsn) - 5)
        nsn = nsn[:keep] + _num(r, len(nsn) - keep)
        n = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
        if not phonenumbers.is_valid_number(n):
            continue
        intl = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        cc = str(n.country_code)
        style = r.randrange(6)
        if style == 0:
            v = intl
        elif style == 1:
            v = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
        elif style == 2:
            v = "00" + intl[1:]
        elif style == 3 and region not in ("US", "CA"):
            national = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
            rest = national.lstrip("0").strip()
            v = f"{r.choice(('+', '00'))}{cc} (0){rest}" if national.startswith("0") else intl
        elif style == 4:
            v = intl.replace(" ", r.choice(("-", ".")))
        else:
            v = intl
        if r.random() < 0.25:
            v += r.choice((" ext. ", " x", " ext ", " x ")) + _num(r, r.randrange(2, 5))
        return v


def ip(r: random.Random) -> str:
    h = lambda: f"{r.randrange(65536):x}"  # noqa: E731
    full = ":".join(f"{r.randrange(65536):04x}" for _ in range(8))
    return r.choice((
        full, full.upper(), f"2a01:{h()}:{h()}:{h()}::{h()}", f"2600:{h()}:{h()}::{h()}:{h()}".upper(),
        f"fe80::{h()}:{h()}:{h()}:{h()}%wlan0", f"2001:db8:{h()}::{h()}",
        f"2a00:{h()}:{h()}::/48", f"::ffff:{r.randrange(11, 200)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
        f"2001:0db8:{r.randrange(65536):04x}:0000:0000:0000:0000:{r.randrange(1, 65536):04x}",
    ))


def ip4(r: random.Random) -> str:
    return f"{r.randrange(11, 200)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def mac(r: random.Random) -> str:
    o = [f"{r.randrange(256):02x}" for _ in range(6)]
    return r.choice(("".join(o), "".join(o).upper(), ":".join(o).upper(), "-".join(o),
                     f"{''.join(o[:3])}-{''.join(o[3:])}"))


def card(r: random.Random) -> str:
    kind = r.choice(("visa", "mc", "mc2", "amex", "diners", "discover", "up19", "jcb"))
    if kind == "amex":
        v = luhn_complete(r.choice(("34", "37")), 15, r)
        return r.choice((" ", "-")).join((v[:4], v[4:10], v[10:]))
    if kind == "diners":
        v = luhn_complete(r.choice(("36", "300", "305")), 14, r)
        return r.choice((" ", "-")).join((v[:4], v[4:10], v[10:]))
    if kind == "up19":
        v = luhn_complete("62" + _num(r, 2), 19, r)
        return " ".join((v[:4], v[4:8], v[8:12], v[12:16], v[16:]))
    prefix = {"visa": "4", "mc": r.choice(("51", "53", "55")), "mc2": str(r.randrange(2221, 2721)),
              "discover": "6011", "jcb": "35" + str(r.randrange(28, 90))}[kind]
    v = luhn_complete(prefix, 16, r)
    return r.choice((" ", "-", " ", "  ")).join(v[i : i + 4] for i in range(0, 16, 4))


_IBAN_COUNTRIES = ("GB", "IE", "PT", "AT", "SE", "NO", "DK", "FI", "LU", "BE", "CH", "PL", "CZ",
                   "SK", "HU", "RO", "HR", "SI", "LT", "LV", "EE", "GR", "CY", "MT", "TR", "SA",
                   "AE", "IL", "BR", "QA", "IS", "LI", "MC")
_IBAN_DB = numdb.get("iban")


def _bban(r: random.Random, structure: str) -> str:
    out = []
    for count, kind in re.findall(r"(\d+)!([nac])", structure):
        pool = {"n": _D, "a": _U, "c": _U + _D}[kind]
        out.append("".join(r.choice(pool) for _ in range(int(count))))
    return "".join(out)


def iban(r: random.Random) -> str:
    while True:
        country = r.choice(_IBAN_COUNTRIES)
        structure = _IBAN_DB.info(country + "00")[0][1]["bban"]
        body = _bban(r, structure)
        compact = country + std_iban.calc_check_digits(country + "00" + body) + body
        if std_iban.is_valid(compact):
            return std_iban.format(compact) if r.random() < 0.65 else compact


def routing(r: random.Random) -> str:
    body = r.choice(("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31", "32")) + _num(r, 6)
    return body + std_rtn.calc_check_digit(body)


def bic(r: random.Random) -> str:
    code = "".join(r.choice(_U) for _ in range(4)) + r.choice(("DE", "FR", "GB", "US", "IT", "ES", "NL", "CH", "SG", "JP", "AE", "IN")) + r.choice(_U) + r.choice(_U + "2")
    return code + (r.choice(("XXX", "500", "LDN", "NYC")) if r.random() < 0.45 else "")


def dob(r: random.Random) -> str:
    y, m, d = _ymd(r)
    mon = _MONTHS[m - 1]
    return r.choice((
        f"{d}{_ORD.get(d, 'th')} of {mon} {y}", f"{m:02d}/{d:02d}/{y % 100:02d}", f"{d:02d}/{m:02d}/{y % 100:02d}",
        f"{y}{m:02d}{d:02d}", f"{d:02d}-{mon[:3].upper()}-{y}", f"{mon} {d}{_ORD.get(d, 'th')}, {y}",
        f"{y}/{m:02d}/{d:02d}", f"{d} {mon[:3]} {y}", f"{m}/{d}/{y}", f"{d:02d}.{m:02d}.{y}",
        f"{mon[:3]}. {d}, {y}", f"{d}-{m}-{y}",
    ))


def age(r: random.Random) -> str:
    return str(r.randrange(18, 96))


def employee_id(r: random.Random) -> str:
    return r.choice((
        "E" + _num(r, 6), _num(r, 6), "EMP-" + _num(r, 5), _num(r, 8, "123456789"), "C-" + _num(r, 8),
        "".join(r.choice(_U) for _ in range(2)) + _num(r, 7), _num(r, 4) + "-" + _num(r, 4),
    ))


def member_id(r: random.Random) -> str:
    return r.choice((
        "".join(r.choice(_U) for _ in range(3)) + _num(r, 9), "W" + _num(r, 9), _num(r, 11, "123456789"),
        "".join(r.choice(_U) for _ in range(3)) + "-" + _num(r, 6) + "-" + _num(r, 2),
        "POL" + _num(r, 8), _num(r, 3) + "-" + _num(r, 4) + "-" + _num(r, 4),
    ))


def ein(r: random.Random) -> str:
    while True:
        v = _num(r, 9, "123456789")
        if std_ein.is_valid(v):
            return f"{v[:2]}-{v[2:]}" if r.random() < 0.8 else v


def vat(r: random.Random) -> str:
    while True:
        cc = r.choice(("GB", "DE", "FR", "NL", "IE", "IT", "ES", "BE", "AT", "PL", "SE", "DK"))
        body = {
            "GB": lambda: _num(r, 9), "DE": lambda: _num(r, 9, "123456789"), "FR": lambda: _num(r, 11),
            "NL": lambda: _num(r, 9) + "B" + _num(r, 2), "IE": lambda: _num(r, 7) + r.choice(_U),
            "IT": lambda: _num(r, 11), "ES": lambda: r.choice(_U) + _num(r, 8), "BE": lambda: "0" + _num(r, 9),
            "AT": lambda: "U" + _num(r, 8), "PL": lambda: _num(r, 10), "SE": lambda: _num(r, 10) + "01",
            "DK": lambda: _num(r, 8, "123456789"),
        }[cc]()
        for last in (_D if cc not in ("IE", "NL", "SE") else ("",)):
            v = cc + body[:-1] + last if last else cc + body
            if std_vat.is_valid(v):
                if cc == "GB" and r.random() < 0.5:
                    return f"GB {v[2:5]} {v[5:9]} {v[9:]}"
                return v


def email(r: random.Random) -> str:
    user = r.choice(("j.doe", "jdoe84", "pat.k", "mkt-lead", "a.nguyen", "rsmith", "lee.w", "t_okafor"))
    dom = r.choice(("example.com", "mail.example.co.uk", "corp.example.de", "example.org", "uni-example.edu", "example.io"))
    v = r.choice((f"{user}@{dom}", f"{user}+billing@{dom}", f"{user.upper()}@{dom.upper()}", f"{user}.{_num(r, 2)}@{dom}"))
    return v


def url(r: random.Random) -> str:
    handle = r.choice(("jdoe84", "pat-kowalski-3a1b2", "lee.w", "t_okafor", "mnguyen"))
    return r.choice((
        f"https://www.linkedin.com/in/{handle}", f"https://github.com/{handle}", f"https://{handle.replace('.', '').replace('_', '')}.example.dev",
        f"https://twitter.com/{handle.replace('.', '_').replace('-', '_')}", f"http://example.com/~{handle}/cv.pdf",
    ))


GENERATORS = {
    "ssn": ssn, "phone_intl": phone_intl, "ip": ip, "mac": mac, "card": card, "iban": iban,
    "routing": routing, "bic": bic, "dob": dob, "age": age, "employee_id": employee_id,
    "member_id": member_id, "ein": ein, "vat": vat, "email": email, "url": url,
}

# {X}: the family's value. Side values, each scored under its own family: {A} an account
# number, {R} a routing number, {B} a BIC, {DOBA} an APIS birth date, {PH} a phone. Not PII:
# {NAT} a nationality code, {EXPA} an APIS expiry date, {EXP} a card expiry.
TEMPLATES_D: dict[str, tuple[str, ...]] = {
    "passport": (
        "SSR DOCS YY HK1 P/{NAT}/{X}/{NAT}/{DOBA}/F/{EXPA}",
        "3DOCS/P/{NAT}/{X}/{NAT}/{DOBA}/M/{EXPA}",
        "APIS row: P|{NAT}|{X}|{EXPA}|{NAT}",
        "OSI YY DOCS P {NAT} {X} EXP {EXPA}",
        "pax 2 doc P-{NAT}-{X} dob {DOBA}",
    ),
    "mrz": (
        "MRZ line 2: {X}",
        "OCR of the passport page:\nP<{NAT}<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n{X}",
        "mrz2={X}",
        "Machine readable zone (second line)\n{X}",
    ),
    "ssn": (
        "| id | dept | number | start |\n|----|------|--------|-------|\n| 10442 | Sales | {X} | 2024-01-08 |",
        "10443 | (on file) | {X} | Finance | active",
        "| Employee | Tax no. |\n| --- | --- |\n| (on file) | {X} |",
        "Row 12: EMP0042 | {X} | W-2 | 2023",
        "|(on file)|{X}|01/2019|",
        "| SSN | Status |\n|:---:|:---:|\n| {X} | verified |",
    ),
    "spoken": (
        "my number is {X}, call after six",
        "You can reach me on {X}.",
        "The caller read out her social: {X}.",
        "transcript: agent: and the card number? caller: {X}",
    ),
    "phone_intl": (
        "Call me on {X} tomorrow.",
        "Tel: {X}",
        "WhatsApp {X} (mobile)",
        "Our Frankfurt contact: {X}",
        "Phone (international): {X}",
        "reach me at {X} any time after 9",
        "Kontakt: {X}",
        "emergency contact {X}",
    ),
    "ip": (
        "Accepted connection from {X}",
        "src={X} dst=10.0.0.5 proto=tcp",
        "The user's last login came from {X}.",
        "inet6 {X} scopeid 0x20<link>",
        "GET http://[{X}]:8443/health 200",
        "upstream {X}:8080 timed out",
    ),
    "mac": (
        "MAC: {X}",
        "BSSID {X} roamed",
        "Bluetooth address {X} paired",
        "hwaddr={X} lease=3600",
        "the laptop's wifi mac is {X}",
    ),
    "card": (
        "Please charge {X} for the deposit, exp {EXP}.",
        "my amex/visa is {X} and the billing zip is on file",
        "Card number: {X}",
        "Customer read the card {X}, expiry {EXP}, over the phone.",
        "refund to card {X} please",
        "cc: {X}",
    ),
    "iban": (
        "Please pay the invoice into {X} by Friday.",
        "My IBAN is {X}, the bank is in Lisbon.",
        "Send the refund to account {X}.",
        "Beneficiary: Acme Holdings, IBAN {X}, BIC {B}.",
        "iban {X}",
        "New bank details: {X} (please update your records)",
    ),
    "routing": (
        "MICR line: \u2446{X}\u2446 {A}\u2448 1043",
        "RTN {X}, account {A}",
        "Transit/routing number {X}",
        "wire it to ABA#{X} acct {A}",
        "routing no: {X}",
        "The bank's routing number is {X}.",
    ),
    "bic": (
        "Please use SWIFT {X} for the transfer.",
        "the bic for our bank is {X}",
        "Swift code ({X}) and IBAN are on the invoice.",
        "Intermediary: {X}",
        "Bank identifier code: {X}",
    ),
    "dob": (
        "She was born {X} in Cork.",
        "DOB {X}",
        "D.O.B.: {X}",
        "date of birth - {X}",
        "Patient (on file), born on {X}, presents with chest pain.",
        "birthdate={X}",
        "Geburtsdatum: {X}",
        "bday {X}",
    ),
    "age": (
        "Patient aged {X} with a history of asthma.",
        "a {X}-year-old woman presented to the clinic",
        "Applicant is {X} years old.",
        "age: {X}",
        "He is {X} yrs old and lives alone.",
        "caller, {X} y/o, reports dizziness",
    ),
    "employee_id": (
        "Employee ID: {X}",
        "employee number {X} - start date 2024-02-01",
        "Staff no. {X}",
        "Customer number {X} called about a refund.",
        "customer id={X}",
        "Emp# {X}",
    ),
    "member_id": (
        "Member ID: {X}",
        "Health plan member number {X}, group on file",
        "Subscriber ID {X}",
        "my insurance policy number is {X}",
        "Policy no. {X} (home insurance, policyholder on file)",
    ),
    "ein": (
        "EIN: {X}",
        "Employer Identification Number {X}",
        "Federal tax ID (EIN) {X} on the W-9",
        "our ein is {X}",
    ),
    "vat": (
        "VAT number: {X}",
        "VAT reg. no. {X}",
        "USt-IdNr.: {X}",
        "Please add our VAT ID {X} to the invoice.",
    ),
    "email": (
        "Email me at {X}.",
        "From: (on file) <{X}>",
        "mailto:{X}",
        "contact={X};role=owner",
        "send the contract to {X} please",
    ),
    "url": (
        "My profile: {X}",
        "see my CV at {X}",
        "portfolio {X}",
    ),
}

BENIGN_D = (
    "Order no. {ORDER} shipped; invoice INV-{YEAR}-{ORDER5}.",
    "ISBN {ISBN13} (paperback), ISBN-10 {ISBN10}.",
    "2024-11-05T12:{MIN}:{MIN}+01:00 job={SHORT} finished",
    "Date: Tue, 05 Nov 2024 12:{MIN}:{MIN} +0000",
    "epoch_ms={EPOCHMS}",
    "Upgrade to v{VER} (build {VER}.{BUILD}).",
    "Windows 10.0.{BUILD}.{SHORT} is installed.",
    "Total: ${PRICE} (incl. VAT), or EUR {EURO}.",
    "const center = L.latLng({LAT}, {LON}); // map default",
    "map.setView([{LAT}, {LON}], 13);",
    "color: #{HEX6}; background: #{HEX3};",
    "Card on file: **** **** **** {FOUR} (Visa), exp {EXP}.",
    "Your Mastercard ending in {FOUR} was charged.",
    "XXXX-XXXX-XXXX-{FOUR} expires {EXP}",
    "Passport expiry {EXPA}; renew 6 months ahead.",
    "Ref {TWELVE} processed at {EPOCH}.",
    "Quote {THREE}-{THREE}-{THREE} valid 30 days.",
    "Batch {THREE} {THREE} {THREE} passed QA.",
    "Tracking: 9400 {FOUR} {FOUR} {FOUR} {FOUR} {FOUR} 00",
    "UUID {UUID} created.",
    "Resolution 1920x1080 at 144 Hz, 27 inch.",
    "CVE-{YEAR}-{ORDER5} was patched in {VER}.",
    "Room {SHORT}, floor 12, building 4.",
    "GTIN {GTIN} scanned.",
    "The sum is {PRICE} over {SHORT} items.",
    "requirements: numpy>={VER}, pandas=={VER}",
    "HTTP/1.1 200 OK, content-length {ORDER}",
    "Serial {HEX6}{HEX6} replaced under warranty.",
    "Pi is 3.14159265358979 to 15 places.",
    "Meeting 05/03/2024 moved to 06/03/2024.",
)


def _isbn13(r: random.Random) -> str:
    while True:
        v = "978" + _num(r, 10)
        if std_isbn.is_valid(v):
            return std_isbn.format(v)


def _isbn10(r: random.Random) -> str:
    while True:
        v = _num(r, 9) + r.choice(_D + "X")
        if std_isbn.is_valid(v):
            return std_isbn.format(v)


def _gtin(r: random.Random) -> str:
    body = "0" + _num(r, 12)
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def benign_fills(r: random.Random) -> dict[str, str]:
    y, m, d = _ymd(r)
    return {
        "ORDER": _num(r, r.randrange(6, 10), "123456789"), "ORDER5": _num(r, 5),
        "YEAR": str(r.randrange(2019, 2027)), "SHORT": str(r.randrange(100, 9999)),
        "ISBN13": _isbn13(r), "ISBN10": _isbn10(r), "MIN": f"{r.randrange(60):02d}",
        "EPOCH": str(r.randrange(1_500_000_000, 1_800_000_000)),
        "EPOCHMS": str(r.randrange(1_500_000_000_000, 1_800_000_000_000)),
        "VER": f"{r.randrange(1, 20)}.{r.randrange(30)}.{r.randrange(30)}", "BUILD": str(r.randrange(1000, 99999)),
        "PRICE": f"{r.randrange(1, 99)},{r.randrange(1000):03d}.{r.randrange(100):02d}",
        "EURO": f"{r.randrange(1, 99)}.{r.randrange(1000):03d},{r.randrange(100):02d}",
        "LAT": f"{r.uniform(-60, 60):.4f}", "LON": f"{r.uniform(-170, 170):.4f}",
        "HEX6": "".join(r.choice("0123456789ABCDEF") for _ in range(6)),
        "HEX3": "".join(r.choice("0123456789abcdef") for _ in range(3)),
        "FOUR": _num(r, 4), "EXP": f"{r.randrange(1, 13):02d}/{r.randrange(26, 32)}",
        "EXPA": apis_date(r.randrange(2026, 2036), m, d), "TWELVE": _num(r, 12, "123456789"),
        "THREE": _num(r, 3, "123456789"),
        "UUID": "-".join("".join(r.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)),
        "GTIN": _gtin(r),
    }


def fill_benign(r: random.Random, template: str) -> str:
    fills = benign_fills(r)
    return re.sub(r"\{(\w+)\}", lambda m: fills[m.group(1)], template)


def _spoken_value(r: random.Random, template: str) -> str:
    if "social" in template:
        return spoken(r, ssn(r).replace("-", "").replace(" ", "").rjust(9, "1"), (3, 2, 4))
    if "card" in template:
        return spoken(r, luhn_complete("4", 16, r), (4, 4, 4, 4))
    if r.random() < 0.5:  # a US number, area code not starting 0/1
        return spoken(r, _num(r, 3, "23456789") + _num(r, 3, "23456789") + _num(r, 4), (3, 3, 4))
    return spoken(r, "07" + _num(r, 9), (5, 6))  # a UK mobile


def value(r: random.Random, category: str, template: str) -> tuple[str, dict[str, tuple[str, str | None]]]:
    """The family's value for `template` and its side values {key: (value, family or None)}."""
    y, m, d = _ymd(r)
    nation = r.choice(_NATIONS)
    side: dict[str, tuple[str, str | None]] = {
        "A": (_num(r, r.randrange(8, 13)), "bank_us"), "R": (routing(r), "routing"), "B": (bic(r), "bic"),
        "DOBA": (apis_date(y, m, d), "dob"), "NAT": (nation, None),
        "EXPA": (apis_date(r.randrange(2026, 2036), r.randrange(1, 13), r.randrange(1, 29)), None),
        "EXP": (f"{r.randrange(1, 13):02d}/{r.randrange(26, 32)}", None),
    }
    if category == "passport":
        return passport_number(r, nation), side
    if category == "mrz":
        line, number, nat, born = mrz_line(r)
        side["NAT"] = (nat, None)
        return line, {**side, "_mrz": (number, born)}
    if category == "ip" and "[{X}]" in template:  # an IPv6 address with a port
        return f"2001:db8:{r.randrange(65536):x}::{r.randrange(1, 65536):x}", side
    if category == "ip" and "{X}:" in template:  # an IPv4 address with a port
        return ip4(r), side
    if category == "spoken":
        return _spoken_value(r, template), side
    return GENERATORS[category](r), side


ENTITY_OK_D: dict[str, frozenset[str] | None] = {
    "passport": frozenset({"PASSPORT", "US_PASSPORT"}),
    "mrz": frozenset({"PASSPORT", "US_PASSPORT"}),
    "ssn": frozenset({"US_SSN"}),
    "spoken": None,  # any masking type: a phone, an SSN or a card read out
    "phone_intl": frozenset({"PHONE_NUMBER"}),
    "ip": frozenset({"IP_ADDRESS"}),
    "mac": frozenset({"MAC_ADDRESS"}),
    "card": frozenset({"CREDIT_CARD"}),
    "iban": frozenset({"IBAN_CODE"}),
    "routing": frozenset({"ABA_ROUTING_NUMBER", "US_BANK_NUMBER", "BANK_ACCOUNT"}),
    "bic": frozenset({"SWIFT_CODE", "BIC"}),
    "dob": frozenset({"DATE_OF_BIRTH"}),
    "age": frozenset({"AGE"}),
    "employee_id": None,  # no entity of its own: any masking type
    "member_id": None,
    "ein": None,
    "vat": None,
    "email": frozenset({"EMAIL_ADDRESS"}),
    "url": frozenset({"URL", "USERNAME"}),
}
# Families whose entity the default policy allows: found by any finding, masked or not.
DETECT_ONLY = frozenset({"age", "url"})
