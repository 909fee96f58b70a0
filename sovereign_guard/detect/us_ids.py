"""US identifiers: SSN, ITIN, passport and bank account numbers, with and without separators.

They replace Presidio's recognizers of the same names. Presidio scores an SSN or ITIN
written without separators at 0.05-0.3, under the policy threshold even next to `SSN:`,
so spaCy's DATE_TIME guess (allowed) was all that was left of `SSN 536228741`. Here:

- a value in the grouped form (`536-22-8741`, `936 81 4402`, one separator throughout)
  scores 0.6 alone;
- the compact and odd forms (`536228741`, `53622-8741`), passports and account numbers
  score under the threshold alone and over it with a context word within reach (`ssn`,
  `social security`, `passport`, `account`...);
- SSA's rules decide what can be an SSN (no area 000, 666 or 9xx, no group 00, no serial
  0000, not the advertised specimens), the IRS's what can be an ITIN (group 50-65, 70-88,
  90-92, 94-99).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from .common import DIGIT, LB, NUM_LB, NUM_RB, RB, SovereignPatternRecognizer, compiled, digits_of

_D = DIGIT
# Specimen numbers printed on cards and in advertising, never issued.
_SSN_SPECIMENS = frozenset({"078051120", "219099999", "123456789", "457555462"})


def ssn_ok(value: str) -> bool:
    number = digits_of(value)
    if len(number) != 9 or number in _SSN_SPECIMENS or len(set(number)) == 1:
        return False
    area, group, serial = number[:3], number[3:5], number[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def itin_ok(value: str) -> bool:
    number = digits_of(value)
    if len(number) != 9 or number[0] != "9":
        return False
    group = int(number[3:5])
    return 50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99


def _seps_consistent(value: str) -> bool:
    return len({c for c in value if not c.isdigit()}) <= 1


# Another identifier's word closer to a compact number than the SSN word: `SSN 708-84-9818
# and the driver's license 635201160` is a licence number, not a second SSN.
_OTHER_ID_BEFORE = compiled(
    r"(?i)(?:driv|licen[cs]e|passport|account|acct|routing|phone|tel|order|invoice|dl)"
    r"[^0-9\n]{0,16}$"
)


def _compact_claimed(text: str, start: int, value: str) -> bool:
    return value.isdigit() and _OTHER_ID_BEFORE.search(text, max(0, start - 24), start) is not None


class _NineDigits(SovereignPatternRecognizer):
    """SSN-like numbers: one separator throughout, the issuer's validity rule (`CHECK`), and
    a compact number right after another identifier's word is that identifier's."""

    CHECK: ClassVar[Callable[[str], bool]]

    def validate_result(self, pattern_text: str) -> bool | None:
        if not _seps_consistent(pattern_text) or not type(self).CHECK(pattern_text):
            return False
        return None

    def accept(self, text, result) -> bool:
        return not _compact_claimed(text, result.start, text[result.start : result.end])


class SsnRecognizer(_NineDigits):
    """US Social Security numbers."""

    NAME = "UsSsnRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "US_SSN"
    PATTERNS = (
        ("ssn-grouped", rf"{NUM_LB}{_D}{{3}}([- .]){_D}{{2}}\1{_D}{{4}}{NUM_RB}", 0.6),
        ("ssn-compact", rf"{NUM_LB}{_D}{{9}}{NUM_RB}", 0.3),
        ("ssn-odd", rf"{NUM_LB}(?:{_D}{{5}}-{_D}{{4}}|{_D}{{3}}-{_D}{{6}}){NUM_RB}", 0.2),
    )
    CONTEXT = ("ssn", "ssns", "social security", "social sec", "socsec", "soc sec",
               "soc. sec", "social", "ss#", "ss no", "ssa")
    TRIGGER = compiled(rf"{_D}{{3}}[- .]?{_D}{{2}}[- .]?{_D}{{4}}")
    CHECK = staticmethod(ssn_ok)


class ItinRecognizer(_NineDigits):
    """US Individual Taxpayer Identification Numbers (9XX-[5-9]X-XXXX)."""

    NAME = "UsItinRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "US_ITIN"
    PATTERNS = (
        ("itin-grouped", rf"{NUM_LB}9{_D}{{2}}([- .]){_D}{{2}}\1{_D}{{4}}{NUM_RB}", 0.6),
        ("itin-compact", rf"{NUM_LB}9{_D}{{8}}{NUM_RB}", 0.3),
        ("itin-odd", rf"{NUM_LB}9(?:{_D}{{4}}-{_D}{{4}}|{_D}{{2}}-{_D}{{6}}){NUM_RB}", 0.2),
    )
    CONTEXT = ("itin", "taxpayer", "tax id", "taxid", "tax payer", "tin", "individual tax",
               "irs")
    TRIGGER = compiled(rf"9{_D}{{2}}[- .]?{_D}{{2}}[- .]?{_D}{{4}}")
    CHECK = staticmethod(itin_ok)


class PassportRecognizer(SovereignPatternRecognizer):
    """US passport numbers (9 digits, or a letter and 8 digits for the next-generation
    book), only next to a context word: alone they are any 9-character code."""

    NAME = "UsPassportRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "US_PASSPORT"
    PATTERNS = (
        ("passport-next-gen", rf"{LB}[A-Z]{_D}{{8}}{RB}", 0.25),
        ("passport-digits", rf"{NUM_LB}{_D}{{9}}{NUM_RB}", 0.2),
    )
    CONTEXT = ("passport", "passport#", "passport no", "travel document", "passeport",
               "reisepass", "pasaporte", "護照", "护照")
    TRIGGER = compiled(r"(?i)passport|travel doc|passeport|reisepass|pasaporte|護照|护照")
    REQUIRE_CONTEXT = True


class BankAccountRecognizer(SovereignPatternRecognizer):
    """US bank account numbers (8 to 17 digits), only next to an account word."""

    NAME = "UsBankRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "US_BANK_NUMBER"
    PATTERNS = (("bank-account", rf"{NUM_LB}{_D}{{8,17}}{NUM_RB}", 0.2),)
    CONTEXT = ("account", "acct", "account#", "acct#", "bank", "checking", "savings",
               "routing", "aba", "deposit", "debit", "wire")
    TRIGGER = compiled(r"(?i)acc(?:oun)?t|bank|checking|savings|routing|aba\b|deposit|debit|wire")
    REQUIRE_CONTEXT = True


US_ID_RECOGNIZERS = (SsnRecognizer, ItinRecognizer, PassportRecognizer, BankAccountRecognizer)
