"""National, bank and device identifiers beyond the US ones, each validated by its issuer's rule.

| entity       | what                              | check (python-stdnum unless noted) | context  |
| ------------ | --------------------------------- | ---------------------------------- | -------- |
| CA_SIN       | Canadian social insurance number  | ca.sin (Luhn, no 0/8 first)        | required |
| UK_NINO      | UK National Insurance number      | prefix letters (HMRC's rules)      | boosts   |
| IN_AADHAAR   | Indian Aadhaar                    | in_.aadhaar (Verhoeff)             | boosts   |
| IN_PAN       | Indian permanent account number   | in_.pan (holder-type letter)       | boosts   |
| AU_TFN       | Australian tax file number        | au.tfn (weighted mod 11)           | required |
| AU_MEDICARE  | Australian Medicare card number   | weighted mod 10 (hand-written)     | required |
| SWIFT_CODE   | BIC / SWIFT code of a bank        | bic (ISO 9362 country)             | required |
| BANK_ACCOUNT | UK sort code (`12-34-56`)         | -                                  | required |
| BANK_ACCOUNT | Australian BSB (`062-000`)        | -                                  | required |
| BANK_ACCOUNT | Indian IFSC (`SBIN0001234`)       | fifth character `0` (RBI's layout) | required |
| IMEI         | a handset's IMEI                  | imei (Luhn)                        | required |
| ICCID        | a SIM card's number (89...)       | Luhn (common.luhn_ok)              | required |
| IMSI         | a subscriber's IMSI               | imsi (MCC/MNC known to stdnum)     | required |
| MAC_ADDRESS  | a MAC without separators          | not all 0 or F                     | required |
| VIN          | vehicle identification number     | ISO 3779 check digit (hand-written)| boosts   |

stdnum has no Medicare or VIN module; both checks are a weighted sum of a few lines.
European national numbers (Steuer-ID, NIR, DNI/NIE, codice fiscale, BSN, PESEL,
personnummer) are in eu_ids.py, those of Brazil, Mexico, Singapore, Korea, Japan and South
Africa in world_ids.py; both are listed here with the others.

Every entity is in the policies' entity table: national numbers restricted like US_SSN,
device numbers confidential, a bank's own code (BIC) internal.

`foreign_marker` answers, for the US recognizers and the label pass, whether the words
before a passport or account number name another country (`Canadian passport`, `sort code`,
`IFSC`): such a number is a PASSPORT or BANK_ACCOUNT, not a US one.
"""

from __future__ import annotations

import re

from stdnum import bic as std_bic
from stdnum import imei as std_imei
from stdnum import imsi as std_imsi
from stdnum.au import tfn as std_tfn
from stdnum.ca import sin as std_sin
from stdnum.in_ import aadhaar as std_aadhaar
from stdnum.in_ import pan as std_pan

from .assigned_ids import ASSIGNED_ID_RECOGNIZERS, cue_spans
from .common import (
    DIGIT,
    LB,
    NUM_LB,
    NUM_RB,
    RB,
    Keywords,
    SovereignPatternRecognizer,
    checked_by,
    compiled,
    digits_of,
    luhn_ok,
    result,
)
from .eu_ids import EU_ID_RECOGNIZERS
from .travel import TRAVEL_RECOGNIZERS
from .world_ids import CSV_LB, WORLD_ID_RECOGNIZERS, key_forms

_D = DIGIT


def _seps_one(value: str) -> bool:
    return len({c for c in value if not c.isalnum()}) <= 1


# `sin` as a whole word only (not `since`, `single`), NAS as the French form's initials.
_SIN_WORDS = compiled(r"(?i)(?<![a-z])(?:sin|nas)(?![a-z])|social insurance|assurance sociale")


class CaSinRecognizer(SovereignPatternRecognizer):
    """Canadian SIN: 3-3-3 digits, Luhn; only next to `SIN` / `social insurance`."""

    ENTITY = "CA_SIN"
    PATTERNS = (("ca-sin", rf"{NUM_LB}{_D}{{3}}([ -]?){_D}{{3}}\1{_D}{{3}}{NUM_RB}", 0.4),)
    CONTEXT = ("social insurance", "assurance sociale", "sin")
    TRIGGER = Keywords("sin", "nas", "social insurance", "assurance sociale")
    REQUIRE_CONTEXT = True
    validate_result = checked_by(std_sin.is_valid)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._context_re = _SIN_WORDS


_NINO_FIRST = "A-CEGHJ-PR-TW-Z"
_NINO_SECOND = "A-CEGHJ-NPR-TW-Z"
# Prefixes HMRC never issues (and `OO`, `FY`... fall out of the letter classes above).
_NINO_BAD = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})


class UkNinoRecognizer(SovereignPatternRecognizer):
    """UK National Insurance number: two prefix letters, six digits, suffix A-D, compact or in
    pairs (`AB 12 34 56 C`). The shape is rare outside NINOs: it counts alone (0.5)."""

    ENTITY = "UK_NINO"
    PATTERNS = (
        ("nino", rf"{LB}[{_NINO_FIRST}][{_NINO_SECOND}]{_D}{{6}}[A-D]{RB}", 0.5),
        ("nino-spaced", rf"{LB}[{_NINO_FIRST}][{_NINO_SECOND}](?: {_D}{{2}}){{3}} [A-D]{RB}", 0.5),
    )
    CONTEXT = ("national insurance", "nino", "ni number", "ni no", "nic number", "n.i.")
    TRIGGER = compiled(rf"[A-Z]{{2}} ?{_D}{{2}} ?{_D}{{2}} ?{_D}{{2}} ?[A-D]")

    def validate_result(self, pattern_text: str) -> bool | None:
        return False if pattern_text[:2] in _NINO_BAD else None

    def accept(self, text, result) -> bool:
        # Idaho's licence numbers share the shape (`AB123456C`): after a licence word, one.
        return _LICENCE_BEFORE.search(text, max(0, result.start - 32), result.start) is None


_LICENCE_BEFORE = compiled(r"(?i)driv|licen[cs]e|(?<![a-z])dln?(?![a-z])")


class AadhaarRecognizer(SovereignPatternRecognizer):
    """Indian Aadhaar: 12 digits (4-4-4), Verhoeff; 0.4 alone, so a context word decides."""

    ENTITY = "IN_AADHAAR"
    PATTERNS = (("aadhaar", rf"{NUM_LB}[2-9]{_D}{{3}}([ -]?){_D}{{4}}\1{_D}{{4}}{NUM_RB}", 0.4),)
    CONTEXT = ("aadhaar", "aadhar", "adhaar", "uidai", "uid", "आधार")
    TRIGGER = compiled(rf"[2-9]{_D}{{3}}[ -]?{_D}{{4}}[ -]?{_D}{{4}}")
    validate_result = checked_by(std_aadhaar.is_valid)


class PanRecognizer(SovereignPatternRecognizer):
    """Indian PAN: five letters (the fourth the holder type), four digits, a letter."""

    ENTITY = "IN_PAN"
    PATTERNS = (("in-pan", rf"{LB}[A-Z]{{3}}[ABCFGHJLPT][A-Z]{_D}{{4}}[A-Z]{RB}", 0.5),)
    CONTEXT = ("pan", "permanent account", "income tax", "pan card")
    TRIGGER = compiled(r"[A-Z]{5}\d{4}[A-Z]")
    validate_result = checked_by(std_pan.is_valid)


class AuTfnRecognizer(SovereignPatternRecognizer):
    """Australian tax file number: 8 or 9 digits (3-3-3), weighted mod 11; context required."""

    ENTITY = "AU_TFN"
    PATTERNS = (("au-tfn", rf"{NUM_LB}{_D}{{3}}([ -]?){_D}{{3}}\1{_D}{{2,3}}{NUM_RB}", 0.4),)
    CONTEXT = key_forms(("tfn", "tax file"))
    TRIGGER = Keywords("tfn", "tax file", "tax_file")
    REQUIRE_CONTEXT = True
    validate_result = checked_by(std_tfn.is_valid)


def medicare_ok(value: str) -> bool:
    """Services Australia's check: digits 1-8 weighted 1,3,7,9,1,3,7,9, mod 10 is digit 9;
    the first digit is 2-6; a tenth (issue) digit and an eleventh (position) may follow."""
    number = digits_of(value)
    if len(number) not in (10, 11) or number[0] not in "23456":
        return False
    total = sum(int(c) * w for c, w in zip(number[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True))
    return total % 10 == int(number[8])


class AuMedicareRecognizer(SovereignPatternRecognizer):
    """Australian Medicare card number (`2123 45670 1`); context required."""

    ENTITY = "AU_MEDICARE"
    PATTERNS = (
        ("au-medicare", rf"{NUM_LB}[2-6]{_D}{{3}}([ -]?){_D}{{5}}\1{_D}(?:[ -/]?{_D})?{NUM_RB}",
         0.4),
    )
    CONTEXT = ("medicare",)
    TRIGGER = Keywords("medicare")
    REQUIRE_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if medicare_ok(pattern_text) else False


class SwiftCodeRecognizer(SovereignPatternRecognizer):
    """BIC / SWIFT codes (`DEUTDEFF`, `NWBKGB2L100`): bank, ISO country, location, branch.
    Eight capitals are any word in capitals, so a context word is required."""

    ENTITY = "SWIFT_CODE"
    # 0.9 with the word: over spaCy's PERSON guess at a word in capitals (0.85).
    PATTERNS = (("bic", rf"{LB}[A-Z]{{4}}[A-Z]{{2}}[A-Z0-9]{{2}}(?:[A-Z0-9]{{3}})?{RB}", 0.55),)
    # MT103's bank fields (`:57A:DEUTDEFF`) hold BICs under their tags alone.
    _MT_TAGS = (":51a:", ":52a:", ":53a:", ":54a:", ":55a:", ":56a:", ":57a:", ":58a:")
    # A transfer's chain of banks names them by role (`Intermediary: CHASUS33`).
    _ROLES = ("intermediary", "correspondent bank", "beneficiary bank")
    # A wire names the receiving bank (`Wire via NWBKGB2L`).
    CONTEXT = ("swift", "bic", "bank identifier", "swift code", "swift/bic", "wire", *_MT_TAGS,
               *_ROLES)
    TRIGGER = Keywords("swift", "bic", "bank identifier", "wire", *_MT_TAGS, *_ROLES)
    REQUIRE_CONTEXT = True
    validate_result = checked_by(std_bic.is_valid)


class SortCodeRecognizer(SovereignPatternRecognizer):
    """UK sort code (`12-34-56`, `123456`), only after `sort code`: alone it is a date, a
    ratio or any six digits. Scored over a date or phone guess once the word is near."""

    ENTITY = "BANK_ACCOUNT"
    PATTERNS = (("uk-sort-code", rf"{NUM_LB}{_D}{{2}}([- ]?){_D}{{2}}\1{_D}{{2}}{NUM_RB}", 0.5),)
    CONTEXT = ("sort code", "sort-code", "sortcode", "sort")
    TRIGGER = Keywords("sort")
    REQUIRE_CONTEXT = True
    # `sort` as a word of its own (`acct 41930322 sort 20-00-00`), not `sorted` or `sorting`.
    _WORDS = compiled(r"(?i)(?<![a-z])sort(?:[ _-]?code)?(?![a-z])")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._context_re = self._WORDS


class UkBankPairRecognizer(SovereignPatternRecognizer):
    """A UK sort code and its 8-digit account written as a pair (`20-00-00 / 41930322`,
    `13 78 73, 82644287`): the layout of a payee's bank details, once a payment word is
    near. Both numbers are BANK_ACCOUNT."""

    ENTITY = "BANK_ACCOUNT"
    PATTERNS = (("uk-bank-pair", rf"{NUM_LB}{_D}{{2}}([- ]){_D}{{2}}\1{_D}{{2}}[ ]?[/,|][ ]?"
                                 rf"{_D}{{8}}{NUM_RB}", 0.6),)
    CONTEXT = ("pay", "paid", "payee", "bank", "account", "acct", "a/c", "transfer", "bacs",
               "faster payment", "sort", "beneficiary", "deposit", "refund")
    TRIGGER = compiled(rf"{_D}{{2}}[- ]{_D}{{2}}[- ]{_D}{{2}}[ ]?[/,|][ ]?{_D}{{8}}")
    REQUIRE_CONTEXT = True

    def find(self, text, entities, nlp_artifacts):
        found = []
        for m in self.patterns[0].compiled_regex.finditer(text):
            start, end = m.span()
            split = start + 8
            found.append(result(self, self.ENTITY, start, split, 0.6))
            found.append(result(self, self.ENTITY, end - 8, end, 0.6))
        return found


class BsbRecognizer(SovereignPatternRecognizer):
    """Australian BSB (bank-state-branch, `062-000`), only after `BSB`: the account number
    that follows is the account recognizers' (`bsb` makes it a BANK_ACCOUNT)."""

    ENTITY = "BANK_ACCOUNT"
    PATTERNS = (("au-bsb", rf"{NUM_LB}{_D}{{3}}[- ]?{_D}{{3}}{NUM_RB}", 0.5),)
    CONTEXT = ("bsb",)
    TRIGGER = Keywords("bsb")
    REQUIRE_CONTEXT = True


class IfscRecognizer(SovereignPatternRecognizer):
    """Indian Financial System Code of a bank branch (`SBIN0001234`, `HDFC0ABC123`): the
    bank's four letters, a `0` the RBI reserves, six characters of the branch; a payment's
    routing code as a sort code is, so BANK_ACCOUNT. Eleven capitals and digits are also a
    part or a ticket number: a word of Indian transfers must be near (`IFSC`, `NEFT`)."""

    ENTITY = "BANK_ACCOUNT"
    PATTERNS = (("in-ifsc", rf"{LB}[A-Z]{{4}}0[A-Z0-9]{{6}}{RB}", 0.5),)
    CONTEXT = ("ifsc", "ifs code", "neft", "rtgs", "imps", "branch code")
    TRIGGER = Keywords("ifsc", "ifs code", "neft", "rtgs", "imps", "branch code")
    REQUIRE_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        # a branch part of one repeated character is a form's placeholder (`ABCD0XXXXXX`)
        return False if len(set(pattern_text[5:])) == 1 and not pattern_text[5:].isdigit() \
            else None


class IccidRecognizer(SovereignPatternRecognizer):
    """A SIM card's ICCID: 89 (telecom), 17 or 18 more digits, Luhn; compact or in fours;
    context required (a long Luhn number is as likely a reference)."""

    ENTITY = "ICCID"
    PATTERNS = (
        ("iccid", rf"{NUM_LB}89{_D}{{2}}(?:( ?){_D}{{4}}){{3}}\1{_D}{{3,4}}{NUM_RB}", 0.65),
    )
    CONTEXT = ("iccid", "sim card", "sim number", "sim serial", "sim no", "sim")
    TRIGGER = Keywords("iccid", "sim")
    REQUIRE_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        number = digits_of(pattern_text)
        return None if len(number) in (19, 20) and luhn_ok(number) else False


class ImsiRecognizer(SovereignPatternRecognizer):
    """A subscriber's IMSI: 14-15 digits whose country and network codes stdnum knows."""

    ENTITY = "IMSI"
    PATTERNS = (("imsi", rf"{NUM_LB}{_D}{{14,15}}{NUM_RB}", 0.65),)
    CONTEXT = ("imsi", "subscriber id", "subscriber identity")
    TRIGGER = Keywords("imsi", "subscriber")
    REQUIRE_CONTEXT = True
    validate_result = checked_by(std_imsi.is_valid)


class ImeiRecognizer(SovereignPatternRecognizer):
    """IMEI: 15 digits, Luhn (or the 2-6-6-1 grouping); context required, since a bare
    15-digit Luhn number is as likely a card or a reference."""

    ENTITY = "IMEI"
    PATTERNS = (
        # After a CSV row's comma too (`Pixel 7,490322609941245`): no thousands group.
        ("imei", rf"{CSV_LB}{_D}{{15}}{NUM_RB}", 0.4),
        ("imei-grouped", rf"{NUM_LB}{_D}{{2}}([ -]){_D}{{6}}\1{_D}{{6}}\1{_D}{NUM_RB}", 0.4),
        # TAC, serial, check digit (`35209900 176148 1`), as handsets' boxes print it
        ("imei-tac", rf"{NUM_LB}{_D}{{8}}([ -]){_D}{{6}}\1{_D}{NUM_RB}", 0.4),
    )
    # `*#06#` is what a handset is dialled to show its IMEI.
    CONTEXT = ("imei", "imeisv", "handset", "device id", "serial", "*#06#")
    TRIGGER = Keywords("imei", "handset", "device id", "serial", "*#06#")
    REQUIRE_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        number = digits_of(pattern_text)
        return None if _seps_one(pattern_text) and std_imei.is_valid(number) else False


class MacCompactRecognizer(SovereignPatternRecognizer):
    """MAC addresses written without separators (`001A2B3C4D5E`) or in two halves
    (`001a2b-3c4d5e`, HP's form), which mac.py's patterns leave: twelve hex digits are any
    hash prefix alone, so a MAC, Wi-Fi or Bluetooth word is required (a whole word: not
    `machine`)."""

    ENTITY = "MAC_ADDRESS"
    PATTERNS = (
        ("mac-compact", rf"{LB}[0-9A-Fa-f]{{12}}{RB}", 0.5),
        ("mac-halves", rf"{LB}[0-9A-Fa-f]{{6}}-[0-9A-Fa-f]{{6}}{RB}", 0.5),
    )
    CONTEXT = ("mac", "bssid", "bluetooth", "hwaddr")
    TRIGGER = Keywords("mac", "bssid", "bluetooth", "hwaddr", "hw addr", "hardware", "physical",
                       "wifi", "wi-fi", "ether", "bd_addr")
    REQUIRE_CONTEXT = True
    _WORDS = compiled(r"(?i)(?<![a-z])(?:mac|bssid|bluetooth|hwaddr|hw addr|hardware address|"
                      r"physical address|wi-?fi|ethernet|ether|bd_addr)(?![a-z])")
    _REACH = 48
    _CUES = ("mac", "bssid", "bluetooth", "hwaddr", "hw addr", "hardware address",
             "physical address", "wifi", "wi-fi", "ethernet", "ether", "bd_addr")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._context_re = self._WORDS

    def find(self, text, entities, nlp_artifacts):
        # Only the stretch after each word: twelve hex digits are matched nowhere else, so
        # a long text with `machine` in it is not scanned whole.
        found, done = [], -1
        for _, end in cue_spans(text, self._CUES):
            lo, hi = max(end, done), min(len(text), end + self._REACH)
            for pattern in self.patterns:
                for m in pattern.compiled_regex.finditer(text, lo, hi):
                    if self.validate_result(m.group()) is not False:
                        found.append(result(self, self.ENTITY, *m.span(), pattern.score))
            done = hi
        return found

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.replace("-", "").upper()
        return False if digits in ("000000000000", "FFFFFFFFFFFF") else None


# ISO 3779: letters' values (I, O, Q never appear) and the position weights; digit 9 checks.
_VIN_VALUE = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_ok(vin: str) -> bool:
    """The North American check digit (position 9); European VINs need not carry one."""
    total = sum(_VIN_VALUE[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True)) % 11
    return vin[8] == ("X" if total == 10 else str(total))


class VinRecognizer(SovereignPatternRecognizer):
    """Vehicle identification numbers: 17 characters without I, O, Q, letters and digits
    mixed, the serial's last four digits. A valid check digit counts alone (0.5); without
    one (European makers) a context word is needed."""

    ENTITY = "VIN"
    PATTERNS = (
        ("vin", rf"{LB}(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{{13}}{_D}{{4}}{RB}", 0.3),
    )
    CONTEXT = ("vin", "vehicle identification", "chassis", "vehicle id", "vin#")
    # The standard library's engine scans this class run about twice as fast as `regex`.
    TRIGGER = re.compile(r"[A-HJ-NPR-Z0-9]{13}[0-9]{4}")

    def find(self, text, entities, nlp_artifacts):
        found = super().find(text, entities, nlp_artifacts)
        for r in found:
            value = text[r.start : r.end]
            if sum(c.isdigit() for c in value) >= 6 and vin_check_ok(value):
                r.score = 0.5
        return found

    def validate_result(self, pattern_text: str) -> bool | None:
        # The model-year character (position 10) is never U, Z or 0.
        return False if pattern_text[9] in "UZ0" else None


INTL_ID_RECOGNIZERS = (
    CaSinRecognizer, UkNinoRecognizer, AadhaarRecognizer, PanRecognizer, AuTfnRecognizer,
    AuMedicareRecognizer, SwiftCodeRecognizer, SortCodeRecognizer, UkBankPairRecognizer,
    BsbRecognizer, IfscRecognizer,
    ImeiRecognizer, IccidRecognizer, ImsiRecognizer, MacCompactRecognizer, VinRecognizer,
    *EU_ID_RECOGNIZERS, *WORLD_ID_RECOGNIZERS,
    *TRAVEL_RECOGNIZERS, *ASSIGNED_ID_RECOGNIZERS,
)
INTL_ENTITIES = frozenset(cls.ENTITY for cls in INTL_ID_RECOGNIZERS)

# Words before a passport or account number that place it outside the US: a country or its
# adjective, or a non-US bank routing scheme.
_FOREIGN = compiled(
    r"(?i)(?<![a-z])(?:u\.?k\.?|british|britain|england|scottish|irish|ireland|canad(?:a|ian)|"
    r"german(?:y)?|french|france|spanish|spain|italian|italy|dutch|netherlands|belgian|swiss|"
    r"austrian|swedish|norwegian|danish|finnish|polish|portuguese|greek|indian|india|"
    r"pakistani|australian|australia|new zealand|mexican|mexico|brazilian|brazil|argentin\w*|"
    r"chinese|china|prc|taiwan(?:ese)?|japanese|japan|korean|korea|singapore(?:an)?|"
    r"malaysian|filipino|philippine|indonesian|thai|vietnamese|nigerian|kenyan|"
    r"south african|egyptian|turkish|israeli|russian|ukrainian|emirati|saudi|eu|european|"
    r"sort[ -]?code|ifsc|bsb|transit number|iban|swift|bic)(?![a-z])"
)
_US = compiled(r"(?<![A-Za-z])(?:US|U\.S\.A?\.?|USA|American|United States)(?![A-Za-z])")


def foreign_marker(text: str, start: int, reach: int = 40) -> bool:
    """A non-US country or banking word within `reach` characters before `start`, and no
    US one closer."""
    window = text[max(0, start - reach) : start]
    foreign = list(_FOREIGN.finditer(window))
    if not foreign:
        return False
    us = list(_US.finditer(window))
    return not us or us[-1].start() < foreign[-1].start()


# The country-neutral type of a US-typed passport or account number placed outside the US.
NON_US = {"US_PASSPORT": "PASSPORT", "US_BANK_NUMBER": "BANK_ACCOUNT"}


def retype_foreign(text: str, found: list, reach: int = 40) -> list:
    """`found` with each US_PASSPORT / US_BANK_NUMBER result after a `foreign_marker`
    retyped PASSPORT / BANK_ACCOUNT (in place; returned for chaining)."""
    for r in found:
        if r.entity_type in NON_US and foreign_marker(text, r.start, reach):
            r.entity_type = NON_US[r.entity_type]
    return found
