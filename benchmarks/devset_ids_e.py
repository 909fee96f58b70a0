"""IDs and numbers, carriers `e`: national numbers of twenty-odd countries, phones of many, in
carriers sets a-d lack.

    python benchmarks/devset_ids_e.py [--n 14] [--misses] [--show 5] [--seed 1322]

Written before any fix was measured against it. Families and carriers sets a-d do not have:
national numbers of Brazil (CPF, CNPJ), Mexico (CURP, RFC), Singapore (NRIC/FIN), South
Korea (RRN), Japan (My Number), South Africa (ID), and again those of the UK, Canada,
Australia, India, Spain, Italy, France, Germany, the Netherlands, Poland and Sweden, in prose,
form lines, CSV rows, JSON, XML, YAML and chat; SSNs and ITINs without dashes, spaced and
dotted, and read out digit by digit (`my social is four one two ...`); phone numbers as
people of India, Nigeria, Brazil, China, the UK, Kenya, Mexico, ... write them (`+55 (11)
9....-....`, `+86 138 .... ....`, `+234 803 ...`, `0091-98...`, `(+44) 020 ...`, with
`ext.` / `x` / `#` extensions, vanity letters); US passports and driver licences after their
words; VINs and IMEIs in service records; bank details (sort code + account, routing +
account, BIC); loopback, `::1`, IPv4-mapped IPv6 and CIDR suffixes.

Values are generated here with valid check digits: python-stdnum computes or verifies them
(CPF, CNPJ, CURP, RFC, RRN, My Number, SA ID, DNI, NIE, codice fiscale, NIR, Steuer-ID,
BSN, PESEL, personnummer, TFN, SIN, Aadhaar, ABA, IMEI, IBAN); phonenumbers says which phone
numbers are valid; the NRIC letter by its published weights. No person's name appears.

`benign` holds ~150 near-misses: order and invoice numbers, Unix and ISO timestamps, version
strings, ISBNs, parcel tracking numbers, git and SHA hashes, the same national shapes with a
wrong check digit next to their word, phone-like counters and durations, build numbers.

Scored as devset_ids.py scores (80 % of a value's characters masked = found; char leak;
benign prompts with any masked character). Every family accepts any masking type but
`phone`, `ssn` and `ip`, whose type is checked too.

Measured 2026-12-02 (n=14 per family: 518 values in 504 prompts, 153 near-misses, seed 1322):

| carriers        | span recall | right type | char leak | benign prompts masked | other chars masked |
| --------------- | ----------: | ---------: | --------: | --------------------: | -----------------: |
| e, first before | 0.737       | 0.737      | 0.287     | 18/153 (chars 3.3%)   | 4.0%               |
| e, before       | 0.749       | 0.749      | 0.276     | 18/153 (chars 3.6%)   | 4.0%               |
| e, after        | 0.994       | 0.994      | 0.007     | 7/153 (chars 1.1%)    | 4.0%               |

`first before` is the figure committed with this file; two carrier faults were corrected
after it, before any fix (so `before`, commit 45b93df, is the one to compare): Italian and
Brazilian IBANs were generated with digits where their BBAN has letters (no valid IBAN), and
`[::1]` counted its brackets as part of the address.

Before, CNPJ, CURP, RFC and Korean RRNs were never found, My Number 21%, South African IDs
36%, NRIC 50%, IMEIs 50%, CPF 43%, spoken digits 64% (ellipses, `dash`), sort codes with
their account 68% (spaced, after a bare `sort`, as a `12-34-56 / 12345678` pair), TFN and
Steuer-ID under JSON keys (`tax_file_number`, `steuer_id`), BICs after `Wire via`, dotted
card groups; near-misses read as phones: bad-checksum CPFs and Aadhaars, a meeting ID, a
3-3-4 counter, a parameter count.

After (this branch: world_ids.py and the fixes its commit names), left: a vanity number
(`1-800-GO-FEDEX`, a business's), IMEIs grouped 2-6-6-1 right after a CSV comma (`Pixel
7,01-...`, where `7,01` may be a decimal); near-misses still masked: `Aadhaar check failed
for 9716 9822 5822` (the Aadhaar word is four words back, the digits read as a phone) and
`Luhn`, `sha 07...` read as PERSON (names' recognizers). Other chars: the form words
(`CNPJ`, `Mijn`, `il mio codice fiscale`) read as PERSON, not this family's.
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import random
import string
import sys
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import isbn as std_isbn
from stdnum import luhn
from stdnum.br import cnpj as std_cnpj
from stdnum.br import cpf as std_cpf
from stdnum.de import idnr as std_idnr
from stdnum.fr import nir as std_nir
from stdnum.it import codicefiscale as std_cf
from stdnum.jp import in_ as std_jp_in
from stdnum.kr import rrn as std_rrn
from stdnum.mx import curp as std_curp
from stdnum.mx import rfc as std_rfc
from stdnum.nl import bsn as std_bsn
from stdnum.pl import pesel as std_pesel
from stdnum.us import itin as std_itin
from stdnum.za import idnr as std_za

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_ids as ids  # noqa: E402
from devset import Sample  # noqa: E402

SEED = 1322
_D = string.digits
_U = string.ascii_uppercase
_CONS = "BCDFGHJKLMNPQRSTVWXZ"


def _n(r: random.Random, k: int, first: str = _D) -> str:
    return ids._num(r, k, first)


def _until(make: Callable[[], str], check: Callable[[str], bool]) -> str:
    while True:
        v = make()
        if check(v):
            return v


def _groups(s: str, sizes: tuple[int, ...], sep: str) -> str:
    return ids._grouped(s, sizes, sep)


def _ymd(r: random.Random, lo: int = 1942, hi: int = 2004) -> tuple[int, int, int]:
    return r.randrange(lo, hi), r.randrange(1, 13), r.randrange(1, 29)


# -- national numbers ---------------------------------------------------------------------------

def cpf(r: random.Random) -> str:
    v = _until(lambda: _n(r, 11), std_cpf.is_valid)
    return r.choice((std_cpf.format(v), std_cpf.format(v), v, _groups(v, (3, 3, 3, 2), " ")))


def cnpj(r: random.Random) -> str:
    body = _n(r, 8) + "0001"
    v = body + std_cnpj.calc_check_digits(body)
    return std_cnpj.format(v) if r.random() < 0.8 else v


def curp(r: random.Random) -> str:
    def make() -> str:
        y, m, d = _ymd(r)
        head = r.choice(_CONS) + r.choice("AEIOU") + r.choice(_CONS) + r.choice(_CONS)
        body = (head + f"{y % 100:02d}{m:02d}{d:02d}" + r.choice("HM")
                + r.choice(("DF", "JC", "NL", "PL", "VZ", "MC", "GT", "YN"))
                + "".join(r.choice(_CONS) for _ in range(3)) + ("0" if y < 2000 else "A"))
        return body + std_curp.calc_check_digit(body + "0")
    return _until(make, std_curp.is_valid)


def rfc(r: random.Random) -> str:
    def make() -> str:
        y, m, d = _ymd(r)
        body = (r.choice(_CONS) + r.choice("AEIOU") + r.choice(_CONS) + r.choice(_CONS)
                + f"{y % 100:02d}{m:02d}{d:02d}" + r.choice(_U + _D) + r.choice(_U + _D))
        return body + std_rfc.calc_check_digit(body + "0")
    return _until(make, lambda v: std_rfc.is_valid(v, validate_check_digits=True))


_NRIC_ST = "JZIHGFEDCBA"
_NRIC_FG = "XWUTRQPNMLK"


def nric(r: random.Random) -> str:
    """Singapore NRIC / FIN: weights 2,7,6,5,4,3,2, +4 for T and G, a letter by the rest."""
    prefix = r.choice("STFG")
    digits = _n(r, 7)
    total = sum(int(c) * w for c, w in zip(digits, (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if prefix in "TG" else 0
    return prefix + digits + (_NRIC_ST if prefix in "ST" else _NRIC_FG)[total % 11]


def rrn(r: random.Random) -> str:
    def make() -> str:
        y, m, d = _ymd(r, 1950, 2000)
        body = f"{y % 100:02d}{m:02d}{d:02d}" + r.choice("12") + _n(r, 5)
        return body + std_rrn.calc_check_digit(body + "0")
    v = _until(make, std_rrn.is_valid)
    return v[:6] + "-" + v[6:]


def my_number(r: random.Random) -> str:
    body = _n(r, 11, "123456789")
    v = body + std_jp_in.calc_check_digit(body)
    return r.choice((v, _groups(v, (4, 4, 4), " "), _groups(v, (4, 4, 4), "-")))


def za_id(r: random.Random) -> str:
    def make() -> str:
        y, m, d = _ymd(r, 1950, 2003)
        body = f"{y % 100:02d}{m:02d}{d:02d}" + _n(r, 4) + r.choice("01") + "8"
        return body + luhn.calc_check_digit(body)
    v = _until(make, std_za.is_valid)
    return v if r.random() < 0.7 else _groups(v, (6, 4, 3), " ")


def dni(r: random.Random) -> str:
    n = r.randrange(10_000_000, 99_999_999)
    return f"{n:08d}{'-' if r.random() < 0.3 else ''}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie(r: random.Random) -> str:
    k = r.randrange(3)
    n = r.randrange(1_000_000, 9_999_999)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int(f"{k}{n:07d}") % 23]
    return f"{'XYZ'[k]}{n:07d}{letter}" if r.random() < 0.6 else f"{'XYZ'[k]}-{n:07d}-{letter}"


def codice_fiscale(r: random.Random) -> str:
    y, m, d = _ymd(r)
    day = d + (40 if r.random() < 0.5 else 0)
    body = ("".join(r.choice(_CONS) for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
            + f"{day:02d}" + r.choice("ABCDEFGHLMZ") + _n(r, 3))
    return body + std_cf.calc_check_digit(body)


def insee(r: random.Random) -> str:
    y, m, _ = _ymd(r)
    body = r.choice("12") + f"{y % 100:02d}{m:02d}" + r.choice(("75", "69", "13", "33", "59", "2A")) + _n(r, 3) + _n(r, 3)
    v = body + std_nir.calc_check_digits(body)
    return v if r.random() < 0.4 else std_nir.format(v)


def steuer_id(r: random.Random) -> str:
    def make() -> str:
        body = _n(r, 10, "123456789")
        for c in _D:
            if std_idnr.is_valid(body + c):
                return body + c
        return ""
    v = _until(make, bool)
    return v if r.random() < 0.6 else _groups(v, (2, 3, 3, 3), " ")


def bsn(r: random.Random) -> str:
    v = _until(lambda: _n(r, 9, "123456789"), std_bsn.is_valid)
    return v if r.random() < 0.7 else _groups(v, (4, 2, 3), ".")


def pesel(r: random.Random) -> str:
    y, m, d = _ymd(r)
    month = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{month:02d}{d:02d}" + _n(r, 4)
    return body + std_pesel.calc_check_digit(body)


def personnummer(r: random.Random) -> str:
    y, m, d = _ymd(r)
    body = f"{y % 100:02d}{m:02d}{d:02d}" + _n(r, 3)
    v = body + luhn.calc_check_digit(body)
    return r.choice((f"{v[:6]}-{v[6:]}", f"{y // 100}{v[:6]}-{v[6:]}", f"{y // 100}{v}"))


def nino(r: random.Random) -> str:
    v = ids._nino(r)
    return v if r.random() < 0.4 else f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"


def sin(r: random.Random) -> str:
    v = ids._sin(r)
    return _groups(v, (3, 3, 3), r.choice((" ", "-", " ")))


def tfn(r: random.Random) -> str:
    v = ids._tfn(r)
    return r.choice((_groups(v, (3, 3, 3), " "), v))


def medicare(r: random.Random) -> str:
    v = ids._medicare(r)
    return r.choice((f"{v[:4]} {v[4:9]} {v[9]}", v, f"{v[:4]} {v[4:9]} {v[9]}"))


def aadhaar(r: random.Random) -> str:
    v = ids._aadhaar(r)
    return r.choice((_groups(v, (4, 4, 4), " "), _groups(v, (4, 4, 4), "-"), v))


def ssn(r: random.Random) -> str:
    v = ids._ssn(r)
    return r.choice((v, v, _groups(v, (3, 2, 4), " "), _groups(v, (3, 2, 4), "."),
                     _groups(v, (3, 2, 4), "-")))


def itin(r: random.Random) -> str:
    v = _until(lambda: ids._itin(r), std_itin.is_valid)
    return r.choice((v, _groups(v, (3, 2, 4), "-"), _groups(v, (3, 2, 4), " ")))


_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def say(r: random.Random, digits: str, groups: tuple[int, ...]) -> str:
    out, i = [], 0
    for g in groups:
        out.append(" ".join("oh" if c == "0" and r.random() < 0.3 else _WORDS[int(c)]
                            for c in digits[i : i + g]))
        i += g
    return r.choice((" ", ", ", "... ", " dash ")).join(out)


def spoken(r: random.Random) -> str:
    kind = r.randrange(3)
    if kind == 0:
        return say(r, ids._ssn(r), (3, 2, 4))
    if kind == 1:
        body = "4" + _n(r, 14)
        return say(r, body + luhn.calc_check_digit(body), (4, 4, 4, 4))
    return say(r, "2" + _n(r, 2, "0123456789") + "5" + _n(r, 6), (3, 3, 4))


# -- phones -----------------------------------------------------------------------------------

_PHONE_STYLES = ("GB", "IN", "NG", "BR", "CN", "KE", "MX", "ZA", "PH", "PK", "EG", "AE", "ID",
                 "TR", "AR", "CO", "KR", "JP", "DE", "FR", "IT", "ES", "PL", "US", "AU")


def _phone_number(r: random.Random, region: str):
    while True:
        ex = phonenumbers.example_number_for_type(region, r.choice(
            (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)))
        if ex is None:
            continue
        nsn = str(ex.national_number)
        # keep the example's first digits (its range), new digits after them
        keep = max(2, len(nsn) // 3)
        cand = nsn[:keep] + _n(r, len(nsn) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num):
            return num


def phone(r: random.Random) -> str:
    region = r.choice(_PHONE_STYLES)
    num = _phone_number(r, region)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    style = r.randrange(6)
    if style == 0:
        return intl
    if style == 1:  # national format, as written at home
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if style == 2:  # 00 instead of +, dashes
        return "00" + intl[1:].replace(" ", "-")
    if style == 3:  # (+CC) then the national number with its trunk zero in brackets
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        return f"(+{num.country_code}) {nat}"
    if style == 4:  # E.164
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return intl.replace(" ", ".") if r.random() < 0.5 else intl.replace(" ", "")


def phone_styled(r: random.Random) -> str:
    """Hand-written layouts of the countries the issue names."""
    return r.choice((
        lambda: f"+44 20 7{_n(r, 3)} {_n(r, 4)}",
        lambda: f"+44 (0) 7{_n(r, 3)} {_n(r, 6)}",
        lambda: f"+91 98{_n(r, 3)} {_n(r, 5)}",
        lambda: f"+91-{r.choice('6789')}{_n(r, 9)}",
        lambda: f"+234 80{r.choice('3689')} {_n(r, 3)} {_n(r, 4)}",
        lambda: f"0{r.choice(('803', '806', '813', '703'))} {_n(r, 3)} {_n(r, 4)}",
        lambda: f"+55 (11) 9{_n(r, 4)}-{_n(r, 4)}",
        lambda: f"+55 21 9{_n(r, 4)} {_n(r, 4)}",
        lambda: f"+86 138 {_n(r, 4)} {_n(r, 4)}",
        lambda: f"+86-10-{_n(r, 8, '6')}",
        lambda: f"+254 7{_n(r, 2)} {_n(r, 3)} {_n(r, 3)}",
        lambda: f"+52 55 {_n(r, 4, '123456789')} {_n(r, 4)}",
        lambda: f"+27 82 {_n(r, 3)} {_n(r, 4)}",
        lambda: f"+63 917 {_n(r, 3)} {_n(r, 4)}",
        lambda: f"+1 (415) {_n(r, 3, '2345689')}-{_n(r, 4)} ext. {_n(r, 3)}",
        lambda: f"(312) {_n(r, 3, '2345689')}-{_n(r, 4)} x{_n(r, 4)}",
        lambda: f"+1-646-{_n(r, 3, '2345689')}-{_n(r, 4)} #{_n(r, 2)}",
        lambda: f"1-800-{r.choice(('FLOWERS', 'CONTACTS', 'GO-FEDEX'))}",
        lambda: f"+1 (917) {r.choice(('JET', 'CAB', 'ASK'))}-{_n(r, 4)}",
    ))()


# -- other families -------------------------------------------------------------------------------

def us_passport(r: random.Random) -> str:
    return r.choice((_n(r, 9, "123456789"), r.choice("ACEFGHJKLMNPRSTUVWXYZ") + _n(r, 8)))


def licence(r: random.Random) -> str:
    return ids._licence(r)[1]


def imei(r: random.Random) -> str:
    v = ids._imei(r)
    return r.choice((v, f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}", f"{v[:8]} {v[8:14]} {v[14]}"))


def sort_code(r: random.Random) -> str:
    return _groups(_n(r, 6, "1234567"), (2, 2, 2), r.choice(("-", "-", " ")))


def ip(r: random.Random) -> str:
    return r.choice((
        lambda: "127.0.0.1", lambda: f"127.0.{r.randrange(256)}.{r.randrange(1, 255)}",
        lambda: "::1", lambda: "0:0:0:0:0:0:0:1",
        lambda: f"::ffff:{r.randrange(11, 224)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
        lambda: f"::ffff:c0a8:{r.randrange(256):02x}{r.randrange(256):02x}",
        lambda: f"{r.randrange(11, 224)}.{r.randrange(256)}.{r.randrange(256)}.0/{r.choice((16, 20, 24, 28))}",
        lambda: f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}/32",
        lambda: f"2001:db8:{r.randrange(65536):x}::/48",
        lambda: f"2a02:{r.randrange(4096, 65536):x}:{r.randrange(65536):x}::{r.randrange(1, 65536):x}/64",
    ))()


def card(r: random.Random) -> str:
    kind = r.randrange(4)
    if kind == 0:
        body = "4" + _n(r, 14)
        v = body + luhn.calc_check_digit(body)
        return r.choice((_groups(v, (4, 4, 4, 4), "."), _groups(v, (4, 4, 4, 4), "  "), _groups(v, (8, 8), " ")))
    if kind == 1:
        body = "5" + r.choice("12345") + _n(r, 13)
        v = body + luhn.calc_check_digit(body)
        return _groups(v, (4, 4, 4, 4), r.choice(("-", " ", ".")))
    if kind == 2:
        body = r.choice(("34", "37")) + _n(r, 12)
        v = body + luhn.calc_check_digit(body)
        return _groups(v, (4, 6, 5), r.choice((" ", "-")))
    body = "6011" + _n(r, 11)
    v = body + luhn.calc_check_digit(body)
    return _groups(v, (4, 4, 4, 4), " ")


def iban(r: random.Random) -> str:
    country, length = r.choice((("GB", 18), ("DE", 18), ("FR", 23), ("IT", 23), ("ES", 20),
                                ("NL", 14), ("BE", 12), ("PL", 24), ("PT", 21), ("IE", 18),
                                ("CH", 17), ("AT", 16), ("SE", 20), ("TR", 22), ("BR", 25),
                                ("SA", 20), ("AE", 19)))
    head = {"GB": "NWBK", "IE": "AIBK", "NL": "ABNA", "IT": r.choice(_U)}.get(country, "")
    tail = r.choice(_U) + r.choice(_U + _D) if country == "BR" else ""  # account type, owner
    body = head + _n(r, length - len(head) - len(tail)) + tail
    v = country + std_iban.calc_check_digits(country + "00" + body) + body
    return std_iban.format(v) if r.random() < 0.6 else v


# Each family: (value generator, carriers). `{X}` is the value; `{R}` a routing number, `{A}`
# an account number, `{S}` a sort code, `{B}` a BIC, each gold too (family `bank`).
FAMILIES: dict[str, tuple[Callable[[random.Random], str], tuple[str, ...]]] = {
    "br_cpf": (cpf, (
        "Meu CPF é {X}, pode emitir a nota no meu nome.",
        "cliente_id,cpf,cidade\n88213,{X},Campinas",
        '{{"tipo": "PF", "cpf": "{X}", "uf": "SP"}}',
        "Please update the customer's CPF to {X} before the boleto is issued.",
        "<contribuinte><cpf>{X}</cpf></contribuinte>",
        "CPF: {X}",
        "He gave his Brazilian taxpayer number, {X}, over chat.",
    )),
    "br_cnpj": (cnpj, (
        "Razão social em nome do sócio, CNPJ {X}.",
        "cnpj: {X}\nregime: MEI",
        "The sole trader's CNPJ is {X}; invoice them directly.",
        '"fornecedor": {{"cnpj": "{X}"}}',
    )),
    "mx_curp": (curp, (
        "Mi CURP es {X} y necesito la constancia.",
        "CURP: {X}",
        "curp,estado\n{X},Jalisco",
        "For the IMSS form she entered CURP {X}.",
        "<Receptor Curp=\"{X}\"/>",
        "- curp: {X}\n  nss: pending",
    )),
    "mx_rfc": (rfc, (
        "RFC del cliente: {X}",
        "Facturar a RFC {X}, uso CFDI G03.",
        "His Mexican tax ID (RFC) is {X}.",
        '{{"rfc": "{X}", "regimen": "612"}}',
    )),
    "sg_nric": (nric, (
        "NRIC: {X}",
        "My NRIC number is {X}, can you check the CPF contribution?",
        "Applicant FIN {X} (work pass holder).",
        "nric,unit\n{X},#05-12",
        "<applicant><nric>{X}</nric></applicant>",
        "Please verify IC {X} against the tenancy agreement.",
    )),
    "kr_rrn": (rrn, (
        "주민등록번호: {X}",
        "Resident registration number {X} was entered on the visa form.",
        "RRN: {X}",
        '{{"rrn": "{X}", "nationality": "KR"}}',
        "her Korean RRN is {X}",
    )),
    "jp_my_number": (my_number, (
        "マイナンバー: {X}",
        "My Number (個人番号) {X} for the year-end adjustment.",
        "Individual Number: {X}",
        "employee,my_number\nE-2231,{X}",
        "Please don't store the My Number {X} in the CRM.",
    )),
    "za_id": (za_id, (
        "SA ID number: {X}",
        "My South African ID is {X}, please FICA me.",
        "id_number: {X}\nprovince: Gauteng",
        "RSA ID {X} linked to the policy.",
        "<Identity><IDNumber>{X}</IDNumber></Identity>",
    )),
    "uk_nino": (nino, (
        "My National Insurance number is {X}.",
        "NI number: {X}",
        "nino,tax_code\n{X},1257L",
        '{{"ni_number": "{X}"}}',
        "P45 shows NINO {X} — please re-run payroll.",
    )),
    "ca_sin": (sin, (
        "SIN: {X}",
        "My social insurance number is {X}, for the T4.",
        "<employee><sin>{X}</sin></employee>",
        "NAS : {X}",
    )),
    "au_tfn": (tfn, (
        "TFN {X}",
        "My tax file number is {X}.",
        "tfn,super_fund\n{X},AustralianSuper",
        '{{"tax_file_number": "{X}"}}',
    )),
    "au_medicare": (medicare, (
        "Medicare card: {X}",
        "medicare number {X}, IRN 2",
        "The patient's Medicare no. is {X}.",
    )),
    "in_aadhaar": (aadhaar, (
        "Aadhaar: {X}",
        "my aadhar no is {X} pls update kyc",
        "UID {X} linked with the PAN.",
        "aadhaar_no,state\n{X},Karnataka",
        '{{"aadhaar": "{X}"}}',
    )),
    "in_pan": (ids._pan, (
        "PAN: {X}",
        "my pan card number is {X}",
        "Deduct TDS against PAN {X}.",
        "<PAN>{X}</PAN>",
    )),
    "es_dni": (dni, (
        "DNI: {X}",
        "Mi DNI es {X}.",
        "nif,provincia\n{X},Madrid",
        "Her Spanish DNI, {X}, is on the lease.",
    )),
    "es_nie": (nie, (
        "NIE {X}",
        "Mi NIE es {X}, soy residente.",
        '{{"nie": "{X}"}}',
    )),
    "it_cf": (codice_fiscale, (
        "Codice fiscale: {X}",
        "il mio codice fiscale è {X}",
        "cf,comune\n{X},Milano",
        "Tax code {X} for the Italian payroll.",
        "<CodiceFiscale>{X}</CodiceFiscale>",
    )),
    "fr_insee": (insee, (
        "Numéro de sécurité sociale : {X}",
        "N° INSEE {X}",
        "My French social security number is {X}.",
        "nir: {X}",
    )),
    "de_idnr": (steuer_id, (
        "Steuer-ID: {X}",
        "Meine Steueridentifikationsnummer lautet {X}.",
        "German tax ID {X} for the Lohnsteuer.",
        '{{"steuer_id": "{X}"}}',
    )),
    "nl_bsn": (bsn, (
        "BSN: {X}",
        "Mijn burgerservicenummer is {X}.",
        "bsn,gemeente\n{X},Utrecht",
    )),
    "pl_pesel": (pesel, (
        "PESEL: {X}",
        "Mój numer PESEL to {X}.",
        '{{"pesel": "{X}"}}',
    )),
    "se_pnr": (personnummer, (
        "Personnummer: {X}",
        "mitt personnummer är {X}",
        "Swedish personal number {X} on the rental contract.",
    )),
    "ssn": (ssn, (
        "SSN {X}",
        "my social is {X} if you need it",
        "ssn,hire_date\n{X},2021-03-04",
        '{{"ssn": "{X}", "state": "OH"}}',
        "<ssn>{X}</ssn>",
        "Social Security No.: {X}",
        "Applicant SS# {X}",
        "Last4 won't do, the W-9 needs the full social security number: {X}",
    )),
    "itin": (itin, (
        "ITIN {X}",
        "My ITIN is {X}.",
        "taxpayer_id_type,taxpayer_id\nITIN,{X}",
        "Individual taxpayer identification number: {X}",
    )),
    "spoken": (spoken, (
        "ok my number is {X}",
        "caller: it's {X}",
        "Transcript 00:41 — customer: sure, {X}.",
        "voicemail: hi, call me back on {X}, thanks",
        "my social is {X}",
        "card number, {X}",
    )),
    "phone": (phone, (
        "Call me on {X} after six.",
        "Tel: {X}",
        "phone,city\n{X},(on file)",
        '{{"mobile": "{X}"}}',
        "<phone type=\"mobile\">{X}</phone>",
        "WhatsApp: {X}",
        "contact: {X}",
        "You can reach the tenant at {X}.",
    )),
    "phone_styled": (phone_styled, (
        "Call me on {X} after six.",
        "Mob: {X}",
        "best number is {X}",
        '"phone": "{X}"',
        "Direct line {X}",
    )),
    "us_passport": (us_passport, (
        "US passport number {X}, expires 2031.",
        "Passport No.: {X}",
        "passport,issuing_country\n{X},USA",
        "my passport # is {X}",
        '{{"passport_number": "{X}"}}',
    )),
    "licence": (licence, (
        "Driver's license: {X}",
        "DL# {X}",
        "driver license number {X} (state on file)",
        "license_no,class\n{X},C",
        '{{"drivers_license": "{X}"}}',
        "His driving licence number is {X}.",
    )),
    "vin": (ids._vin, (
        "VIN: {X}",
        "Vehicle identification number {X}, mileage 48,112.",
        "vin,plate_state\n{X},OR",
        "Chassis no. {X}",
        '{{"vin": "{X}"}}',
    )),
    "imei": (imei, (
        "IMEI: {X}",
        "IMEI number {X} reported stolen",
        "device,imei\nPixel 7,{X}",
        "*#06# shows {X}",
    )),
    "bank": (lambda r: _n(r, 8, "123456789"), (
        "Sort code {S}, account number {X}.",
        "Please pay into {S} / {X}.",
        "Routing {R}, account {X}",
        "ABA: {R}\nAcct: {X}",
        "bank_code,account\n{S},{X}",
        "Beneficiary bank BIC {B}, account {X}",
        '{{"routing_number": "{R}", "account_number": "{X}"}}',
        "acct no {A} sort {S}",
    )),
    "bic": (ids._bic, (
        "SWIFT/BIC: {X}",
        "bic={X}",
        "Wire via {X}, reference 'rent'.",
    )),
    "card": (card, (
        "card: {X}",
        "Card number {X}, exp 09/29",
        "pan,exp\n{X},11/28",
        "I paid with {X} and got charged twice",
    )),
    "iban": (iban, (
        "IBAN {X}",
        "please send it to {X}",
        "iban,bic\n{X},(on file)",
        '{{"iban": "{X}"}}',
    )),
    "ip": (ip, (
        "connect from {X} refused",
        "client={X} status=403",
        "allow {X} in the firewall",
        "my home IP is {X}",
    )),
}

ENTITY_OK_E: dict[str, frozenset[str] | None] = {
    **{family: None for family in FAMILIES},
    "phone": frozenset({"PHONE_NUMBER"}),
    "phone_styled": frozenset({"PHONE_NUMBER"}),
    "ssn": frozenset({"US_SSN"}),
    "ip": frozenset({"IP_ADDRESS"}),
}


# -- near-misses ----------------------------------------------------------------------------------

def _bad(r: random.Random, make: Callable[[], str], check: Callable[[str], bool]) -> str:
    return _until(make, lambda v: not check(v))


def _hex(r: random.Random, k: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(k))


BENIGN: tuple[Callable[[random.Random], str], ...] = (
    lambda r: f"Order #{_n(r, 9, '123456789')} ships Thursday.",
    lambda r: f"Order no. {_n(r, 3, '123456789')}-{_n(r, 7)}-{_n(r, 7)} was refunded.",
    lambda r: f"Invoice INV-{_n(r, 4, '2')}-{_n(r, 5)} is overdue by 12 days.",
    lambda r: f"invoice_number,amount\n{_n(r, 8, '123456789')},1249.00",
    lambda r: f"ts={_n(r, 10, '1')} event=login_failed",
    lambda r: f"created_at: 2025-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}T{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}Z",
    lambda r: f"epoch millis {_n(r, 13, '1')} at checkpoint",
    lambda r: f"Upgrade to v{r.randrange(1, 20)}.{r.randrange(30)}.{r.randrange(100)} fixes it.",
    lambda r: f"python {r.randrange(3, 4)}.{r.randrange(8, 14)}.{r.randrange(20)} / numpy 2.{r.randrange(4)}.{r.randrange(5)}",
    lambda r: f"ISBN {std_isbn.format(_until(lambda: '978' + _n(r, 10), std_isbn.is_valid))}",
    lambda r: f"ISBN-13: {_until(lambda: '978' + _n(r, 10), std_isbn.is_valid)}",
    lambda r: f"Tracking 1Z{''.join(r.choice(_U + _D) for _ in range(6))}{_n(r, 10)} (UPS)",
    lambda r: f"FedEx tracking number {_n(r, 12, '7')}",
    lambda r: f"USPS tracking: 9400 {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 2)}",
    lambda r: f"commit {_hex(r, 40)}",
    lambda r: f"sha256: {_hex(r, 64)}",
    lambda r: f"fixed in {_hex(r, 7)}, see PR #{_n(r, 4, '123456789')}",
    lambda r: f"md5sum {_hex(r, 32)}  backup.tar.gz",
    lambda r: f"IBAN {_bad(r, lambda: 'GB' + _n(r, 2) + 'NWBK' + _n(r, 14), std_iban.is_valid)} is rejected: bad check digits.",
    lambda r: f"Test value: IBAN DE00 {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 2)} (placeholder, check digits 00)",
    lambda r: f"CPF {_bad(r, lambda: _n(r, 3) + '.' + _n(r, 3) + '.' + _n(r, 3) + '-' + _n(r, 2), std_cpf.is_valid)} inválido, verifique.",
    lambda r: f"Aadhaar check failed for {_bad(r, lambda: _n(r, 4, '23456789') + ' ' + _n(r, 4) + ' ' + _n(r, 4), lambda v: ids.verhoeff.is_valid(v.replace(' ', '')))}: not a valid number",
    lambda r: f"Card {_bad(r, lambda: '4' + _n(r, 15), luhn.is_valid)} declined: fails Luhn",
    lambda r: f"Processed {r.randrange(1, 9)} {_n(r, 3)} {_n(r, 3)} rows in {r.randrange(2, 60)} s",
    lambda r: f"counter: {_n(r, 3, '123456789')}-{_n(r, 3)}-{_n(r, 4)} (requests since boot)",
    lambda r: f"Population {r.randrange(1, 40)},{_n(r, 3)},{_n(r, 3)} (2020 census)",
    lambda r: f"uptime {r.randrange(1, 400)} days, {r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}",
    lambda r: f"Build {r.randrange(2024, 2027)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}.{r.randrange(1, 30)} green",
    lambda r: f"Part number {_n(r, 4)}-{_n(r, 3)}-{_n(r, 3)} is back-ordered.",
    lambda r: f"Flight BA{_n(r, 3, '123456789')} departs gate B{r.randrange(1, 60)} at 14:35.",
    lambda r: f"Room {r.randrange(100, 999)}, meeting ID {_n(r, 3, '123456789')} {_n(r, 4)} {_n(r, 4)}",
    lambda r: f"Case #{_n(r, 8, '123456789')} escalated to tier 2.",
    lambda r: f"docker image sha {_hex(r, 12)} tagged 1.{r.randrange(40)}.{r.randrange(9)}",
    lambda r: f"Lat/long precision: {r.randrange(1, 9)} decimal places, zoom {r.randrange(3, 19)}",
    lambda r: f"Total: ${r.randrange(1, 99)},{_n(r, 3)}.{_n(r, 2)} across {r.randrange(2, 90)} invoices",
    lambda r: f"PO {_n(r, 10, '4')} approved by finance",
    lambda r: f"Serial range {_n(r, 6, '123456789')}–{_n(r, 6, '123456789')} recalled",
    lambda r: f"error code 0x{_hex(r, 8).upper()} at offset {_n(r, 6, '123456789')}",
    lambda r: f"SKU {_n(r, 3, '123456789')} {_n(r, 3)} {_n(r, 3)} restocked",
    lambda r: f"ticket ref {r.choice(_U)}{r.choice(_U)}{_n(r, 7)} (support queue)",
    lambda r: f"port 8{_n(r, 3)} and 9{_n(r, 3)} are open on the staging box",
    lambda r: f"GTIN {_until(lambda: '0' + _n(r, 12), luhn.is_valid)} on the pallet label",
    lambda r: f"ISO 8601 range 2024-{r.randrange(1, 13):02d}-01/2024-12-31 covers the audit",
    lambda r: f"The model has {r.randrange(1, 90)} {_n(r, 3)} {_n(r, 3)} {_n(r, 3)} parameters.",
    lambda r: f"Chapter {r.randrange(1, 30)}, verses {r.randrange(1, 40)}-{r.randrange(41, 80)}",
    lambda r: f"download {r.randrange(10, 999)}.{r.randrange(10)} MB of {r.randrange(1000, 9999)} MB",
    lambda r: f"mysql-bin.{_n(r, 6, '0')} position {_n(r, 9, '123456789')}",
    lambda r: f"lot {r.choice(_U)}{_n(r, 2)}-{_n(r, 4)}, best before 2027-0{r.randrange(1, 10)}",
    lambda r: f"UUID {_hex(r, 8)}-{_hex(r, 4)}-4{_hex(r, 3)}-a{_hex(r, 3)}-{_hex(r, 12)}",
    lambda r: f"Score {r.randrange(1, 99)}-{r.randrange(1, 99)} after {r.randrange(60, 120)} minutes",
    lambda r: f"Bad SSN on file: 000-{_n(r, 2, '123456789')}-{_n(r, 4, '123456789')} (area 000 is never issued)",
)


# -- building and scoring ---------------------------------------------------------------------------

def _side(r: random.Random) -> dict[str, tuple[str, str]]:
    return {"R": (ids._routing(r), "bank"), "A": (_n(r, 8, "123456789"), "bank"),
            "S": (sort_code(r), "bank"), "B": (ids._bic(r), "bank")}


def build(n: int = 14, seed: int = SEED) -> list[Sample]:
    return ids.build_carriers(FAMILIES, BENIGN, lambda family, r: _side(r), n, seed, benign_rounds=3)


def main(argv: list[str] | None = None) -> int:
    return ids.carrier_main(argv, __doc__, build, 14, SEED, ENTITY_OK_E)


if __name__ == "__main__":
    sys.exit(main())
