"""IDs and numbers (issue 13): government, bank and device identifiers, IPs, dates of birth, next
to benign numbers that must stay.

    python benchmarks/devset_ids.py [--n 40] [--misses] [--show 5] [--seed 1313] [--templates a|b|c|d]

Ours: templates written for this file, values generated here with valid check digits
(python-stdnum computes or verifies them: ABA routing, NHS, SIN, Aadhaar's Verhoeff, TFN,
IMEI's Luhn, IBAN mod 97; VIN and Medicare by their published weights), so nothing comes
from a generator's lists or any held-out set. Each family is one category with several
carriers (labelled field, prose, chat, log, form line); `benign` holds the near-misses:
order and ticket numbers, versions, Unix timestamps, prices, ports, hashes, counters, a lone
ZIP or ZIP+4, invalid SSN areas, dates that are no birth dates.

Scored with `Guard('default').protect` (findings whose action is not `allow`): per family,
span recall (80 % of its characters covered), character leak and whether the covering
finding's type is an accepted one (a ZIP+4 typed US_SSN is a wrong type even when no
character leaks); for `benign`, the share of prompts with any masked character and the
characters masked.

Measured 2026-12-01 (n=40 per family, seed 1313; before = commit 1c766e0, after = this branch):

| carriers                         | span recall | right type | char leak | benign prompts masked |
| -------------------------------- | ----------: | ---------: | --------: | --------------------: |
| a, before                        | 0.608       | 0.462      | 0.371     | 20/200 (chars 2.3%)   |
| a, after                         | 1.000       | 0.997      | 0.000     | 0/200                 |
| b, before                        | 0.577       | 0.425      | 0.402     | 65/200 (chars 9.3%)   |
| b, after                         | 1.000       | 0.998      | 0.000     | 0/200                 |

Before, IMEI, VIN, NINO and PAN were never found, BIC 4%, Aadhaar 35%, UK sort codes 50%,
birth dates 60%, other countries' passports 68%; SIN, TFN and Medicare were found as phone
numbers (wrong type); a ZIP+4 was an SSN or a phone, `Case number 912345678` a phone,
`AWS account 123456789012` a bank account. Caveat: carriers `a` were written with the fixes in
view, so they are an upper bound; `b` were written before measuring, but two fixes came from
them (`A/C no.`, cloud accounts) and three of them were corrected afterwards (they held an
unlabelled name and address). After, the PII prompts of `b` still over-mask 5.8% of their other
characters: `Beneficiary IBAN`, `Social Security Number`, `Honda Civic` read as PERSON by the
name recognizers (not this family's).

Carriers `c` (devset_ids_c.py: 31 families, 25 near-miss templates, in genres a and b lack)
were written before measuring; before = commit 5f3ff16 with the same benchmark, after = this
branch (n=40, seed 1313):

| carriers  | span recall | right type | char leak | benign prompts masked | other chars masked |
| --------- | ----------: | ---------: | --------: | --------------------: | -----------------: |
| c, before | 0.635       | 0.583      | 0.348     | 32/200 (chars 4.4%)   | 2.0%               |
| c, after  | 0.993       | 0.991      | 0.005     | 24/200 (chars 2.2%)   | 2.0%               |

Before, the EU numbers (Steuer-ID, NIR, DNI, NIE, codice fiscale, BSN, PESEL, personnummer),
NPI, ICCID, IMSI and BSB were never or rarely found (DATE_TIME or phone guesses), MRNs 20%,
compact sort codes and BICs under MT103 tags missed, Taiwan NHI numbers typed CREDIT_CARD by
the `卡號` label, DEA-valid passports MEDICAL_LICENSE. Left after: passports in an APIS line
(`DOCS/P/German/C01X00T47`, no passport word), SSNs in a pipe row with no SSN word, a NIR or
account that is also a Luhn-valid card number typed CREDIT_CARD (a tie the overlap rule gives
to the card); benign: `Part no. 555-0491-A` and `SKU 800-413-0440` read as phones,
`Luhn` as a PERSON (neither this family's recognizers).

Carriers `d` (devset_ids_d.py: 19 families, 30 near-miss templates: APIS DOCS and MRZ lines,
SSNs in pipe tables, spoken digits, international phones, IPv6 forms, compact MACs, cards in
prose, IBANs of 33 countries, MICR lines, BICs in prose, birth dates in airline and database
forms, ages, employee / member numbers, EIN, VAT, e-mails, URLs) were written before any fix
was measured against them; before = commit 1bf8019, after = this branch (n=40, seed 1313).
Ages and URLs, which the default policy allows, are scored as detected by any finding:

| carriers  | span recall | right type | char leak | benign prompts masked | other chars masked |
| --------- | ----------: | ---------: | --------: | --------------------: | -----------------: |
| d, before | 0.556       | 0.527      | 0.442     | 14/200 (chars 1.7%)   | 1.2%               |
| d, after  | 0.957       | 0.934      | 0.069     | 0/200                 | 1.0%               |

Every family leaks 0.000 after but `url` (0.671, detect-only): the handle of a profile
link is masked as USERNAME and the rest is an allowed URL, which the resolved findings no
longer show; the `dst=10.0.0.5` beside an `ip` value is an IP masked but not labelled (a
carrier's fault), the rest of "other chars" names read as PERSON (`Acme Holdings, IBAN`).
A fresh probe written after the fixes (devset_ids_probe.py, 33 values, 16 near-misses),
measured once: span recall 0.939, char leak 2.8%, 1/16 near-misses masked; that, not set d,
is the figure to expect on new shapes. Its two misses (`Badge number`, `DOB 11/08/'44`)
were fixed after it (then 1.000 / 0.000: no longer a fresh figure). Set c after this
branch: recall 1.000, typed 0.999, leak 0.000, benign 8/200 (the APIS leftover is found).
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import argparse
import os
import random
import re
import string
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.au import tfn as std_tfn
from stdnum.gb import nhs as std_nhs
from stdnum.us import rtn as std_rtn

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_ids_c  # noqa: E402
import devset_ids_d  # noqa: E402
from devset import Builder, Sample  # noqa: E402

SEED = 1313
_DIGITS = string.digits
_UPPER = string.ascii_uppercase


def _num(r: random.Random, n: int, first: str = _DIGITS) -> str:
    return r.choice(first) + "".join(r.choice(_DIGITS) for _ in range(n - 1))


def _ssn(r: random.Random) -> str:
    while True:
        area = r.randrange(1, 900)
        if area != 666:
            return f"{area:03d}{r.randrange(1, 100):02d}{r.randrange(1, 10000):04d}"


def _itin(r: random.Random) -> str:
    group = r.choice([*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)])
    return f"9{r.randrange(100):02d}{group:02d}{r.randrange(1, 10000):04d}"


def _grouped(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    return sep.join(out)


def _routing(r: random.Random) -> str:
    body = f"{r.choice(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32'])}{_num(r, 6)}"
    return body + std_rtn.calc_check_digit(body)


def _nhs(r: random.Random) -> str:
    while True:
        body = str(r.choice([r.randrange(400, 500), r.randrange(600, 800)])) + _num(r, 6)
        for d in _DIGITS:
            if std_nhs.is_valid(body + d):
                return body + d


def _sin(r: random.Random) -> str:
    body = _num(r, 8, "1234567")
    return body + luhn.calc_check_digit(body)


def _nino(r: random.Random) -> str:
    first = r.choice([c for c in _UPPER if c not in "DFIQUV"])
    second = r.choice([c for c in _UPPER if c not in "DFIQUVO"])
    if first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        first = "A"
    return f"{first}{second}{_num(r, 6)}{r.choice('ABCD')}"


def _aadhaar(r: random.Random) -> str:
    body = _num(r, 11, "23456789")
    return body + verhoeff.calc_check_digit(body)


def _pan(r: random.Random) -> str:
    letters = "".join(r.choice(_UPPER) for _ in range(3))
    return f"{letters}{r.choice('PCHFATBLJG')}{r.choice(_UPPER)}{r.randrange(1, 10000):04d}{r.choice(_UPPER)}"


def _tfn(r: random.Random) -> str:
    while True:
        body = _num(r, 8, "123456789")
        for d in _DIGITS:
            if std_tfn.is_valid(body + d):
                return body + d


def _medicare(r: random.Random) -> str:
    body = _num(r, 8, "23456")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{body}{check}{r.randrange(1, 10)}"


def _iban(r: random.Random) -> str:
    country, bban = r.choice((
        ("GB", lambda: "".join(r.choice(_UPPER) for _ in range(4)) + _num(r, 14)),
        ("DE", lambda: _num(r, 18)),
        ("FR", lambda: _num(r, 10) + "".join(r.choice(_UPPER + _DIGITS) for _ in range(11)) + _num(r, 2)),
        ("NL", lambda: "".join(r.choice(_UPPER) for _ in range(4)) + _num(r, 10)),
        ("ES", lambda: _num(r, 20)),
    ))
    body = bban()
    return std_iban.format(country + std_iban.calc_check_digits(country + "00" + body) + body)


def _bic(r: random.Random) -> str:
    bank = "".join(r.choice(_UPPER) for _ in range(4))
    code = bank + r.choice(("DE", "GB", "FR", "US", "NL", "CH", "SG")) + r.choice(_UPPER) + r.choice(_UPPER + "2")
    return code + (r.choice(("XXX", "100", "LDN")) if r.random() < 0.4 else "")


def _imei(r: random.Random) -> str:
    body = r.choice(("35", "86", "49", "01")) + _num(r, 12)
    return body + luhn.calc_check_digit(body)


_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
               **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _vin(r: random.Random) -> str:
    wmi = r.choice(("1HG", "JTD", "WBA", "1FT", "3VW", "5YJ", "KMH", "VF1"))
    vds = "".join(r.choice(_VIN_CHARS) for _ in range(5))
    vis = r.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + r.choice(_VIN_CHARS) + _num(r, 6)
    vin = wmi + vds + "0" + vis
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True)) % 11
    return vin[:8] + ("X" if total == 10 else str(total)) + vin[9:]


def _passport(r: random.Random) -> tuple[str, str]:
    """(country phrase, number) in that country's passport shape."""
    return r.choice((
        ("US passport", _num(r, 9, "123456789")),
        ("U.S. passport", r.choice("ACEFGHJKLMNPRSTUVWXYZ") + _num(r, 8)),
        ("UK passport", _num(r, 9, "123456789")),
        ("Canadian passport", r.choice(_UPPER) + r.choice(_UPPER) + _num(r, 6)),
        ("German passport", "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))),
        ("Indian passport", r.choice("JKLMNPRSTUVWZ") + _num(r, 7, "123456789")),
        ("Australian passport", r.choice("NEP") + r.choice(_UPPER) + _num(r, 7)),
        ("French passport", _num(r, 2) + r.choice(_UPPER) + r.choice(_UPPER) + _num(r, 5)),
    ))


def _licence(r: random.Random) -> tuple[str, str]:
    """(state, number) in that state's licence format."""
    return r.choice((
        ("California", r.choice(_UPPER) + _num(r, 7)),
        ("New York", _grouped(_num(r, 9), (3, 3, 3), " ")),
        ("Florida", r.choice(_UPPER) + "-".join((_num(r, 3), _num(r, 3), _num(r, 2), _num(r, 3), _num(r, 1)))),
        ("Texas", _num(r, 8, "123456789")),
        ("Illinois", r.choice(_UPPER) + "-".join((_num(r, 3), _num(r, 4), _num(r, 4)))),
        ("Pennsylvania", _grouped(_num(r, 8), (2, 3, 3), " ")),
        ("Washington", "WDL" + "".join(r.choice(_UPPER + _DIGITS) for _ in range(9))),
    ))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _date(r: random.Random, style: int) -> str:
    y, m, d = r.randrange(1940, 2006), r.randrange(1, 13), r.randrange(1, 29)
    return (f"{m:02d}/{d:02d}/{y}", f"{d} {_MONTHS[m - 1]} {y}", f"{_MONTHS[m - 1]} {d}, {y}",
            f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}")[style % 5]


def _ip(r: random.Random) -> str:
    return r.choice((
        "127.0.0.1", "::1", f"::ffff:10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
        f"10.{r.randrange(256)}.{r.randrange(256)}.0/24", f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}",
        f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}",
        f"2001:db8:{r.randrange(65536):x}::{r.randrange(1, 65536):x}",
        f"fe80::{r.randrange(65536):x}:{r.randrange(65536):x}%eth0",
        f"{r.randrange(11, 224)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
    ))


def _mac(r: random.Random) -> str:
    octets = [f"{r.randrange(256):02x}" for _ in range(6)]
    style = r.randrange(3)
    if style == 2:
        h = "".join(octets)
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    return (":" if style == 0 else "-").join(octets).upper() if r.random() < 0.5 else ":".join(octets)


# {X} is the labelled value of the category; {y} other benign filler.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "ssn": (
        "His SSN is {X} and he lives in Springfield.",
        "SSN: {X}",
        "ssn#{X}",
        "Please verify the social security number {X} for the new hire.",
        "Employee record - social security no. {X}, start date next Monday.",
        "my ss# is {X} can you check my benefits",
        "Applicant SSN {X}; ZIP 62704-1234.",
    ),
    "itin": (
        "ITIN: {X}",
        "Her taxpayer identification number (ITIN) is {X}.",
        "File the return under ITIN {X} please.",
    ),
    "bank_us": (
        "acct {X}",
        "Account No.: {X}",
        "Please wire the refund to checking account {X} at First Federal.",
        "Direct deposit: account number {X}, routing {R}.",
        "routing {X}",
        "ABA routing number {X}",
    ),
    "bank_uk": (
        "Sort code {X}, account number {A}.",
        "Pay to sort code {X} account {A} (Barclays).",
    ),
    "iban": (
        "IBAN {X}",
        "Please transfer the deposit to IBAN: {X} before Friday.",
        "Bank details - IBAN {X}, BIC {B}",
    ),
    "bic": (
        "SWIFT code: {X}",
        "Our bank's BIC is {X}.",
        "swift/bic {X} for the international transfer",
    ),
    "nhs": (
        "NHS number: {X}",
        "Patient's NHS no. {X} was seen on Tuesday.",
        "nhs {X}",
    ),
    "sin": (
        "SIN: {X}",
        "My social insurance number is {X}.",
        "Canadian SIN {X} on the T4 slip.",
    ),
    "nino": (
        "National Insurance number: {X}",
        "NI number {X}",
        "Her NINO is {X}.",
    ),
    "aadhaar": (
        "Aadhaar: {X}",
        "my aadhaar number is {X}",
        "Aadhaar card no. {X} for KYC",
    ),
    "pan": (
        "PAN: {X}",
        "Please update my PAN card number {X} in the records.",
        "Income tax PAN {X}",
    ),
    "tfn": (
        "TFN: {X}",
        "My tax file number is {X}.",
    ),
    "medicare": (
        "Medicare number: {X}",
        "Medicare card {X} expires 2027.",
    ),
    "passport": (
        "{C} number {X}",
        "Traveller holds a {C}, no. {X}.",
        "{C}: {X}",
    ),
    "licence": (
        "{C} driver's license {X}",
        "Driver license ({C}): {X}",
        "{C} DL# {X}",
    ),
    "ip": (
        "Server listens on {X}.",
        "GET http://{X}/api/v1/users 200",
        "2024-05-01 12:00:01 WARN failed login from {X}",
        "ip={X} user=alice action=login",
    ),
    "mac": (
        "MAC address {X}",
        "device {X} joined the network",
    ),
    "imei": (
        "IMEI: {X}",
        "The phone's IMEI is {X}.",
    ),
    "vin": (
        "VIN: {X}",
        "The car's VIN is {X}, please check recalls.",
        "Vehicle identification number {X}",
    ),
    "dob": (
        "DOB: {X}",
        "Patient was born on {X} in Leeds.",
        "Date of birth: {X}",
        "birthday {X}",
        "D.O.B. {X}",
    ),
}
# A second carrier set, written before any fix was measured against it (`--templates b`):
# JSON, CSV, e-mails, lower-case chat, several values in one prompt, values in brackets.
TEMPLATES_B: dict[str, tuple[str, ...]] = {
    "ssn": ('{{"id": 17, "ssn": "{X}"}}', "hi, my social security # is {X}, thanks", "Social Security Number ({X}) on file."),
    "itin": ("Tax ID (ITIN) - {X}", "my itin is {X}"),
    "bank_us": ("A/C no. {X}", '{{"account_number": "{X}", "bank": "Chase"}}', "please send it to my savings acct #{X}"),
    "bank_uk": ("Bank: Lloyds | Sort code: {X} | Account: {A}",),
    "iban": ("iban: {X}", "Beneficiary IBAN ({X}) confirmed."),
    "bic": ("BIC {X} (IBAN on file)", "the swift is {X}"),
    "nhs": ("Patient NHS No: {X}", "NHS#{X}"),
    "sin": ("SIN#: {X}", "employee SIN - {X}"),
    "nino": ("NI No: {X}", "national insurance no {X} (UK)"),
    "aadhaar": ("UIDAI Aadhaar {X}", '{{"aadhaar": "{X}"}}'),
    "pan": ("PAN No. {X}", "pan card: {X}"),
    "tfn": ("Tax File Number: {X}", "tfn {X}"),
    "medicare": ("medicare no. {X}",),
    "passport": ("Passport ({C}): {X}", "{C} no: {X}, expires 2031"),
    "licence": ("Driving licence ({C}) {X}", "{C} DL: {X}"),
    "ip": ("[{X}] connection reset", "X-Forwarded-For: {X}", "ssh admin@{X}"),
    "mac": ("hw addr {X}", "ether {X} txqueuelen 1000"),
    "imei": ("Device IMEI {X}", "imei={X}"),
    "vin": ("vin# {X}", "Car: 2019 Honda Civic, VIN {X}"),
    "dob": ("Name: (on file), D.O.B.: {X}", "she was born {X}", '{{"dob": "{X}"}}'),
}
BENIGN_B = (
    "AWS account 123456789012 hosts the staging stack.",
    "Windows build 10.0.19045.3693 is installed.",
    "UPC 036000291452 scanned at till {PORT}.",
    "Coordinates 40.7128, -74.0060 are in Manhattan.",
    "Pod web-7d9f8c6b5-x2x7k restarted {MS} times.",
    "Invoice INV-2024-{ORDER} due 2024-12-31.",
    "The room code is ABCD1234 for the webinar.",
    "Reference number: {ORDER9}",
    "Call back after 5pm; ticket {ORDER9}.",
    "Deliveries to ZIP+4 62704-1234 are late.",
    "Zip: 62704-1234",
    "Use SHA1 {SHA}{SHA}{SHA} for the release.",
    "{COUNT} bytes transferred at {EPOCH}.",
    "Meeting moved to {DATE} at 10:00.",
    "Total: {COUNT} users, {PORT} active.",
)

ENTITY_OK: dict[str, frozenset[str]] = {
    "ssn": frozenset({"US_SSN"}),
    "itin": frozenset({"US_ITIN"}),
    "bank_us": frozenset({"US_BANK_NUMBER", "BANK_ACCOUNT", "ABA_ROUTING_NUMBER"}),
    "bank_uk": frozenset({"BANK_ACCOUNT", "UK_SORT_CODE"}),
    "iban": frozenset({"IBAN_CODE"}),
    "bic": frozenset({"SWIFT_CODE", "BIC"}),
    "nhs": frozenset({"UK_NHS"}),
    "sin": frozenset({"CA_SIN"}),
    "nino": frozenset({"UK_NINO"}),
    "aadhaar": frozenset({"IN_AADHAAR"}),
    "pan": frozenset({"IN_PAN"}),
    "tfn": frozenset({"AU_TFN"}),
    "medicare": frozenset({"AU_MEDICARE"}),
    "passport": frozenset({"US_PASSPORT", "PASSPORT"}),
    "licence": frozenset({"US_DRIVER_LICENSE"}),
    "ip": frozenset({"IP_ADDRESS"}),
    "mac": frozenset({"MAC_ADDRESS"}),
    "imei": frozenset({"IMEI"}),
    "vin": frozenset({"VIN"}),
    "dob": frozenset({"DATE_OF_BIRTH"}),
}

BENIGN = (
    "Order #{ORDER} shipped on 2024-03-05; tracking updates follow.",
    "order {ORDER9} was refunded",
    "Upgrade to version {VER} before the release freeze.",
    "Event timestamp {EPOCH} ({EPOCHMS} ms since the epoch).",
    "The invoice total is ${PRICE} including tax.",
    "Start the dev server on port {PORT} and open localhost:{PORT}.",
    "commit {SHA} fixed the flaky test; sha256 {HASH}",
    "Processed {COUNT} rows in {MS} ms.",
    "ZIP code 62704-1234 is in Sangamon County.",
    "Ship it to zip {ZIP} please.",
    "Error 0x{HEX} at offset {COUNT}.",
    "Ticket 666-{TWO}-{FOUR} was escalated.",
    "Serial no. 000-{TWO}-{FOUR} is a test fixture.",
    "The meeting on 12 April 2024 moved to {DATE}.",
    "ISBN 978-0-{ISBN}; see page {PORT}.",
    "Request id {ORDER9} took {MS} ms, status 200.",
    "Build {ORDER9} passed all {PORT} tests.",
    "Population {COUNT} (2020 census).",
    "Case number {ORDER9} is closed.",
    "The warehouse holds {COUNT} units of SKU {ORDER9}.",
)


class Gen:
    def __init__(self, seed: int = SEED) -> None:
        self.r = random.Random(seed)

    def value(self, category: str) -> tuple[str, dict[str, str]]:
        """The labelled value of `category` and the side values its templates use."""
        r = self.r
        extra: dict[str, str] = {"R": _routing(r), "A": _num(r, 8), "B": _bic(r), "C": ""}
        if category == "ssn":
            v = _ssn(r)
            v = r.choice((_grouped(v, (3, 2, 4), "-"), _grouped(v, (3, 2, 4), " "), v))
        elif category == "itin":
            v = _itin(r)
            v = r.choice((_grouped(v, (3, 2, 4), "-"), v))
        elif category == "bank_us":
            v = r.choice((_num(r, r.randrange(8, 18)), _routing(r)))
        elif category == "bank_uk":
            v = _grouped(_num(r, 6), (2, 2, 2), "-")
        elif category == "iban":
            v = _iban(r)
        elif category == "bic":
            v = _bic(r)
        elif category == "nhs":
            v = _grouped(_nhs(r), (3, 3, 4), r.choice((" ", "-", "")))
        elif category == "sin":
            v = _grouped(_sin(r), (3, 3, 3), r.choice((" ", "-", "")))
        elif category == "nino":
            n = _nino(r)
            v = r.choice((n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"))
        elif category == "aadhaar":
            v = _grouped(_aadhaar(r), (4, 4, 4), r.choice((" ", "-", "")))
        elif category == "pan":
            v = _pan(r)
        elif category == "tfn":
            v = _grouped(_tfn(r), (3, 3, 3), r.choice((" ", "")))
        elif category == "medicare":
            m = _medicare(r)
            v = r.choice((m, f"{m[:4]} {m[4:9]} {m[9]}"))
        elif category == "passport":
            extra["C"], v = _passport(r)
        elif category == "licence":
            extra["C"], v = _licence(r)
        elif category == "ip":
            v = _ip(r)
        elif category == "mac":
            v = _mac(r)
        elif category == "imei":
            v = _imei(r)
        elif category == "vin":
            v = _vin(r)
        elif category == "dob":
            v = _date(r, r.randrange(5))
        else:
            raise KeyError(category)
        return v, extra

    def benign(self, template: str) -> str:
        r = self.r
        fills = {
            "ORDER": _num(r, r.randrange(6, 11), "123456789"), "ORDER9": _num(r, 9, "123456789"),
            "VER": f"{r.randrange(1, 20)}.{r.randrange(30)}.{r.randrange(30)}",
            "EPOCH": str(r.randrange(1_500_000_000, 1_800_000_000)),
            "EPOCHMS": str(r.randrange(1_500_000_000_000, 1_800_000_000_000)),
            "PRICE": f"{r.randrange(1, 99)},{r.randrange(1000):03d}.{r.randrange(100):02d}",
            "PORT": str(r.randrange(1024, 65536)),
            "SHA": "".join(r.choice("0123456789abcdef") for _ in range(7)),
            "HASH": "".join(r.choice("0123456789abcdef") for _ in range(64)),
            "HEX": "".join(r.choice("0123456789ABCDEF") for _ in range(8)),
            "COUNT": str(r.randrange(10_000, 99_999_999)), "MS": str(r.randrange(1, 9999)),
            "ZIP": _num(r, 5, "123456789"), "TWO": f"{r.randrange(1, 100):02d}",
            "FOUR": f"{r.randrange(1, 10000):04d}", "DATE": _date(r, r.randrange(5)),
            "ISBN": f"{r.randrange(100, 999)}-{r.randrange(10000, 99999)}-{r.randrange(10)}",
            "PIN": _num(r, r.randrange(6, 9)),
        }
        return re.sub(r"\{(\w+)\}", lambda m: fills[m.group(1)], template)

    def fill_c(self, category: str, template: str) -> tuple[str, list]:
        """A carrier of set c: its value and side values from devset_ids_c's generators."""
        value = devset_ids_c.GENERATORS[category](self.r)
        side = devset_ids_c.side_values(self.r)
        if isinstance(value, tuple):  # (nationality or state, number): the words match it
            side["N" if category == "passport" else "S"] = (value[0], None)
            value = value[1]
        return _carrier(template, lambda b: b.value(value, category), side.__getitem__)

    def fill_d(self, category: str, template: str) -> tuple[str, list]:
        """A carrier of set d: its value and side values from devset_ids_d's generators; in an
        MRZ line the passport number and the birth date are the PII, not the whole line."""
        value, side = devset_ids_d.value(self.r, category, template)

        def put(b: Builder) -> None:
            if category != "mrz":
                b.value(value, category)
                return
            number, born = side["_mrz"]
            b.value(value[: len(number)], "mrz")
            b.text(value[len(number) : 13])
            b.value(born, "dob")
            b.text(value[19:])

        return _carrier(template, put, side.__getitem__)

    def fill(self, category: str, template: str) -> tuple[str, list]:
        value, extra = self.value(category)
        # side values are personal data too (a routing number, an account, a BIC)
        return _carrier(template, lambda b: b.value(value, category),
                        lambda key: (extra[key], {"R": "bank_us", "A": "bank_uk", "B": "bic"}.get(key)))


def _carrier(template: str, put: Callable[[Builder], None],
             side: Callable[[str], tuple[str, str | None]]) -> tuple[str, list]:
    """A carrier filled: `{X}` written by `put`, other `{KEY}` slots with `side(KEY)`'s
    (text, gold entity or None), `{{` and `}}` read as braces."""
    b = Builder()
    for piece in re.split(r"(\{\w+\})", template):
        if piece == "{X}":
            put(b)
        elif piece.startswith("{") and piece.endswith("}"):
            b.value(*side(piece[1:-1]))
        else:
            b.text(piece.replace("{{", "{").replace("}}", "}"))
    return b.build()


def build(n: int = 40, seed: int = SEED, templates: str = "a") -> list[Sample]:
    gen = Gen(seed)
    samples = []
    if templates == "d":
        for category, carriers in devset_ids_d.TEMPLATES_D.items():
            for i in range(n):
                text, spans = gen.fill_d(category, carriers[i % len(carriers)])
                samples.append(Sample(f"{category}-{i:03d}", category, text, spans))
        for i in range(n * 5):
            template = devset_ids_d.BENIGN_D[i % len(devset_ids_d.BENIGN_D)]
            samples.append(Sample(f"benign-{i:03d}", "benign",
                                  devset_ids_d.fill_benign(gen.r, template), []))
        return samples
    if templates == "c":
        for category, carriers in devset_ids_c.TEMPLATES_C.items():
            for i in range(n):
                text, spans = gen.fill_c(category, carriers[i % len(carriers)])
                samples.append(Sample(f"{category}-{i:03d}", category, text, spans))
        for i in range(n * 5):
            template = devset_ids_c.BENIGN_C[i % len(devset_ids_c.BENIGN_C)]
            text = devset_ids_c.fill_benign(gen.r, template)
            samples.append(Sample(f"benign-{i:03d}", "benign", text, []))
        return samples
    table, benign = (TEMPLATES, BENIGN) if templates == "a" else (TEMPLATES_B, BENIGN_B)
    for category, carriers in table.items():
        for i in range(n):
            text, spans = gen.fill(category, carriers[i % len(carriers)])
            samples.append(Sample(f"{category}-{i:03d}", category, text, spans))
    for i in range(n * 5):
        samples.append(Sample(f"benign-{i:03d}", "benign", gen.benign(benign[i % len(benign)]), []))
    return samples


def _typed_right(category: str, types: set[str], extra: dict | None = None) -> bool:
    """Any of `types` is one the family accepts (set d's None: any masking type); `extra`
    is another set's table (devset_handles.py)."""
    for table in (extra or {}, ENTITY_OK, devset_ids_c.ENTITY_OK_C, devset_ids_d.ENTITY_OK_D):
        if category in table:
            ok = table[category]
            return bool(types) if ok is None else bool(types & ok)
    return False


def score(samples: list[Sample], guard, entity_ok: dict | None = None) -> dict:
    from sovereign_guard.policy import Action

    fam = defaultdict(lambda: [0, 0, 0, 0, 0])  # spans, found, typed right, chars, leaked
    benign = [0, 0, 0, 0]  # prompts, prompts with a mask, chars, masked chars
    other = [0, 0]  # non-gold characters of PII prompts, masked
    misses, wrong, overmasks = [], [], []
    for s in samples:
        prot = guard.protect(s.text)
        acting = [f for f in prot.findings if f.action is not Action.ALLOW]
        cover = [False] * len(s.text)
        for f in acting:
            for i in range(f.start, f.end):
                cover[i] = True
        seen = cover[:]  # what any finding covers, `allow` ones included (DETECT_ONLY)
        for f in prot.findings:
            for i in range(f.start, f.end):
                seen[i] = True
        gold = [False] * len(s.text)
        for a, b, cat in s.spans:
            chars = [i for i in range(a, b) if not s.text[i].isspace()]
            detect_only = cat in devset_ids_d.DETECT_ONLY
            got = sum((seen if detect_only else cover)[i] for i in chars)
            row = fam[cat]
            row[0] += 1
            row[3] += len(chars)
            row[4] += len(chars) - got
            for i in range(a, b):
                gold[i] = True
            if got >= 0.8 * len(chars):
                row[1] += 1
                types = {f.type for f in (prot.findings if detect_only else acting)
                         if f.start < b and a < f.end}
                if _typed_right(cat, types, entity_ok):
                    row[2] += 1
                else:
                    wrong.append((s.id, cat, s.text[a:b], sorted(types)))
            else:
                misses.append((s.id, cat, s.text[a:b], [(f.type, s.text[f.start:f.end])
                                                        for f in prot.findings if f.start < b and a < f.end]))
        masked = [(f.type, s.text[f.start:f.end]) for f in acting if not any(gold[f.start:f.end])]
        chars = [i for i, ch in enumerate(s.text) if not gold[i] and not ch.isspace()]
        if s.category == "benign":
            benign[0] += 1
            benign[1] += bool(masked)
            benign[2] += len(chars)
            benign[3] += sum(cover[i] for i in chars)
        else:
            other[0] += len(chars)
            other[1] += sum(cover[i] for i in chars)
        overmasks.extend((s.id, t, v) for t, v in masked)
    return {"families": dict(fam), "benign": benign, "other": other, "misses": misses,
            "wrong": wrong, "overmasks": overmasks}


def report(res: dict, misses: bool = False) -> None:
    """Prints a score's table: per family, ALL, benign and other characters masked."""
    total = [0, 0, 0, 0, 0]
    print(f"{'family':10} {'spans':>5} {'recall':>7} {'typed':>6} {'leak':>6}")
    for cat, row in sorted(res["families"].items()):
        n, found, typed, chars, leaked = row
        total = [t + x for t, x in zip(total, row, strict=True)]
        print(f"{cat:10} {n:5} {found / n:7.3f} {typed / n:6.3f} {leaked / chars:6.3f}")
    n, found, typed, chars, leaked = total
    print(f"{'ALL':10} {n:5} {found / n:7.3f} {typed / n:6.3f} {leaked / chars:6.3f}")
    prompts, flagged, chars, masked = res["benign"]
    print(f"benign: {flagged}/{prompts} prompts with a mask ({flagged / prompts:.3f}), "
          f"chars over-masked {masked / chars:.3f}")
    print(f"PII prompts: other chars over-masked {res['other'][1] / res['other'][0]:.3f}")
    if misses:
        for sid, _cat, value, found_ in res["misses"]:
            print(f"MISS  {sid:14} {value!r} -> {found_}")
        for sid, _cat, value, types in res["wrong"]:
            print(f"TYPE  {sid:14} {value!r} -> {types}")
        for sid, t, value in res["overmasks"]:
            print(f"OVER  {sid:14} {t:15} {value!r}")


# -- the carrier sets' shared build and command (devset_ids_e, _f, _g) ----------------------------

def fill(template: str, value: str, family: str, side: dict) -> tuple[str, list]:
    """A carrier with `{X}` (the family's value) and `{name}` (a side value of `side`)."""
    b = Builder()
    for piece in re.split(r"(\{\w+\})", template):
        if piece == "{X}":
            b.value(value, family)
        elif piece.startswith("{") and piece.endswith("}") and piece[1:-1] in side:
            b.value(*side[piece[1:-1]])
        else:
            b.text(piece.replace("{{", "{").replace("}}", "}"))
    return b.build()


def build_carriers(families: dict, benign: tuple, side: Callable[[str, random.Random], dict],
                   n: int, seed: int, benign_rounds: int) -> list[Sample]:
    """`n` prompts a family, its carriers in turn, then each benign maker `benign_rounds` times."""
    r = random.Random(seed)
    samples = []
    for family, (make, carriers) in families.items():
        for i in range(n):
            text, spans = fill(carriers[i % len(carriers)], make(r), family, side(family, r))
            samples.append(Sample(f"{family}-{i:03d}", family, text, spans))
    for i in range(benign_rounds * len(benign)):
        samples.append(Sample(f"benign-{i:03d}", "benign", benign[i % len(benign)](r), []))
    return samples


def carrier_main(argv: list[str] | None, doc: str, build: Callable[[int, int], list[Sample]],
                 n: int, seed: int, entity_ok: dict, n_help: str = "prompts per family") -> int:
    """The command of a carrier set: `--n`, `--seed`, `--misses`, `--show`."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=n, help=n_help)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    samples = build(args.n, args.seed)
    if args.show:
        for s in samples[:: max(1, len(samples) // args.show)][: args.show]:
            print(f"--- {s.id}\n{s.text}\n    {[(e, s.text[a:b]) for a, b, e in s.spans]}")
        return 0
    os.environ.setdefault("SOVEREIGN_GUARD_TENANT_KEY", "42" * 32)
    from sovereign_guard.core import Guard

    report(score(samples, Guard("default"), entity_ok), args.misses)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=40, help="prompts per family (benign: 5x)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--templates", choices=("a", "b", "c", "d"), default="a",
                    help="a: the carriers the fixes were written with; b: written before "
                         "measuring, never tuned on; c: other genres and 31 families "
                         "(devset_ids_c.py); d: shapes a-c lack (devset_ids_d.py)")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    samples = build(args.n, args.seed, args.templates)
    if args.show:
        for s in samples[:: max(1, len(samples) // args.show)][: args.show]:
            print(f"--- {s.id}\n{s.text}\n    {[(e, s.text[a:b]) for a, b, e in s.spans]}")
        return 0
    os.environ.setdefault("SOVEREIGN_GUARD_TENANT_KEY", "42" * 32)
    from sovereign_guard.core import Guard

    report(score(samples, Guard("default")), args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
