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
  90-92, 94-99);
- a ZIP+4 (`62704-1234` after `ZIP` or a state code) is neither, though written 5-4;
- passports and accounts named as another country's (`Canadian passport`, `sort code`) are
  PASSPORT and BANK_ACCOUNT; cloud accounts (`AWS account 1234...`) are no bank accounts;
- Medicare Beneficiary Identifiers (US_MBI) next to a Medicare word, National Provider
  Identifiers (US_NPI, Luhn) next to `NPI`, medical record numbers next to `MRN`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from .common import (
    ALNUM,
    DIGIT,
    LB,
    NUM_LB,
    NUM_RB,
    RB,
    UPPER,
    Keywords,
    SovereignPatternRecognizer,
    compiled,
    digits_of,
    luhn_ok,
    near,
    result,
)
from .intl_ids import retype_foreign
from .spoken import SPOKEN_RECOGNIZERS

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


# A ZIP+4 (`62704-1234`) is written 5-4 like the odd SSN form: after a ZIP word, or after a
# state code as the last part of a `City, ST` line, it is a postcode (the address recognizer
# masks it inside an address; alone it is no identifier).
_ZIP_BEFORE = compiled(
    r"(?i)(?:zip|postal|post)(?:[ -]?code)?(?:\s*(?:[:#=]|is|no\.?|number))?\s{0,3}$"
    r"|(?-i:(?:^|[a-z.,]\s)[A-Z]{2}\.?,?\s{1,2})$"
)
ZIP4 = compiled(rf"{_D}{{5}}-{_D}{{4}}")


def is_zip4(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is a ZIP+4 written where a postcode goes (see `_ZIP_BEFORE`)."""
    return (ZIP4.fullmatch(text, start, end) is not None
            and _ZIP_BEFORE.search(text, max(0, start - 24), start) is not None)


# What makes a bare code a counter, a reference or a value in code rather than a person's
# number: the word for it before (`order 912701234`, `build K70413928`, `row #...`), an
# operator or bracket right before (`"size": 912701234`, `(912701234,`), a unit after
# (`912701234 bytes`).
_REFERENCE_BEFORE = compiled(
    r"(?i)(?:(?<![a-z])(?:order|invoice|ticket|case|ref(?:erence)?|tracking|shipment|build|job|"
    r"run|task|issue|bug|pr|po|sku|item|product|part|model|serial|lot|batch|row|record|entry|"
    r"line|page|id|version|release|commit|revision|rev|pid|port|offset|count|total|size|"
    r"seed|step|epoch|room|flight|confirmation|booking|reservation|policy|claim|member|"
    r"customer|employee|user|session|transaction|txn|request|code|error|err|errno|status|exit|"
    r"hash|checksum|crc|object|file|image|asset|node|host|pod|container|instance)s?\W{0,3}(?:no\.?|number|#)?\W{0,3}"
    r"|(?:[\"']\s{0,2}:|[=(\[{,<>+*/%$#@-])[ \t]{0,2})$"
)
_UNIT_AFTER = compiled(
    r"(?i)[ \t]?(?:bytes?|[kmgt]i?b|ms|ns|us|µs|s|sec|seconds?|rows?|records?|items?|times|"
    r"users?|views?|downloads?|hits?|requests?|tokens?|px|%)(?![A-Za-z])"
)


def looks_like_reference(text: str, start: int, end: int) -> bool:
    """A bare code that is a counter, a reference or a literal in code (see above)."""
    return (_REFERENCE_BEFORE.search(text, max(0, start - 30), start) is not None
            or _UNIT_AFTER.match(text, end) is not None)


def reference_word_before(text: str, start: int) -> bool:
    """A counter's or reference's word right before (`case number`, `order #`), not just an
    operator: `Alice, 0912345678` in a CSV row is a phone number."""
    m = _REFERENCE_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and any(c.isalpha() for c in m.group())


class _NineDigits(SovereignPatternRecognizer):
    """SSN-like numbers: one separator throughout, the issuer's validity rule (`CHECK`), and
    a compact number right after another identifier's word is that identifier's."""

    CHECK: ClassVar[Callable[[str], bool]]

    def validate_result(self, pattern_text: str) -> bool | None:
        if not _seps_consistent(pattern_text) or not type(self).CHECK(pattern_text):
            return False
        return None

    def accept(self, text, result) -> bool:
        if is_zip4(text, result.start, result.end):
            return False
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
    # A compact number alone in a cell of a pipe table (`| 10442 | Sales | 385188193 |`)
    # is as good as labelled: tables of people's records are where SSNs sit with no SSN
    # word on the row, under a header (`number`, `tax no.`) or none. Not under a header that
    # names a reference or counter (`| order id |`).
    _PIPE_CELL_SCORE = 0.5

    def find(self, text, entities, nlp_artifacts):
        found = super().find(text, entities, nlp_artifacts)
        if "|" in text:
            for r in found:
                if r.score < self._PIPE_CELL_SCORE and pipe_cell_column(text, r.start, r.end):
                    r.score = self._PIPE_CELL_SCORE
        return found


_TABLE_RULE = compiled(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")


def pipe_cell_column(text: str, start: int, end: int) -> bool:
    """`text[start:end]` fills a cell of a pipe-delimited row, and the table's header (the
    line above a `|---|` rule), if it has one, names no reference or counter over it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before, after = text[line_start:start].rstrip(" \t"), text[end:line_end].lstrip(" \t")
    if not before.endswith("|") or not (after.startswith("|") or not after):
        return False
    column = before.lstrip(" \t|").count("|")
    lines = text[:line_start].split("\n")
    for i in range(len(lines) - 2, 0, -1):  # up the table to its rule, then its header
        if _TABLE_RULE.match(lines[i]):
            cells = [c for c in lines[i - 1].strip(" \t|").split("|")]
            header = cells[column].strip() if column < len(cells) else ""
            return not header or not reference_word_before(header, len(header))
        if "|" not in lines[i]:
            break
    return True


class ItinRecognizer(_NineDigits):
    """US Individual Taxpayer Identification Numbers (9XX-[5-9]X-XXXX).

    A compact nine-digit number in the IRS's ranges counts alone (0.5): the ranges leave
    one nine-digit number in 23, and a number under a counter's or reference's word, or a
    literal in code, is vetoed (`looks_like_reference`) unless an ITIN word is near."""

    NAME = "UsItinRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "US_ITIN"
    PATTERNS = (
        ("itin-grouped", rf"{NUM_LB}9{_D}{{2}}([- .]){_D}{{2}}\1{_D}{{4}}{NUM_RB}", 0.6),
        ("itin-compact", rf"{NUM_LB}9{_D}{{8}}{NUM_RB}", 0.5),
        ("itin-odd", rf"{NUM_LB}9(?:{_D}{{4}}-{_D}{{4}}|{_D}{{2}}-{_D}{{6}}){NUM_RB}", 0.2),
    )
    CONTEXT = ("itin", "taxpayer", "tax id", "taxid", "tax payer", "tin", "individual tax",
               "irs")
    TRIGGER = compiled(rf"9{_D}{{2}}[- .]?{_D}{{2}}[- .]?{_D}{{4}}")
    CHECK = staticmethod(itin_ok)

    def accept(self, text, result) -> bool:
        if not super().accept(text, result):
            return False
        value = text[result.start : result.end]
        if not value.isdigit() or near(text, result.start, result.end, self._context_re):
            return True
        return not looks_like_reference(text, result.start, result.end)


# A capital letter and eight digits, a word of its own: not inside a path, a dashed or dotted
# code, a variable. The letter is matched first and what precedes it checked after (a
# lookbehind tried at every position of the text costs four times as much).
_NEXT_GEN = (
    rf"{UPPER}(?<![{ALNUM}_./\\#@$-]{UPPER}){_D}{{8}}(?![{ALNUM}_]|[-./]\w)"
)


# Between a passport word and its number: punctuation, a number word, a verb.
_APPOSITION = compiled(
    r"(?i)(?:[ \t]*(?:[,:#(\[–—-]|number|no\.?|num|is|was|reads)[ \t]*)*[ \t]*")


_DAY_MONTH_YEAR = compiled(
    r"(?i)[0-3][0-9](?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:[0-9]{2}|[0-9]{4})")


class PassportRecognizer(SovereignPatternRecognizer):
    """Passport numbers. US ones: 9 digits, only next to a context word (alone they are any
    number), or a capital letter and 8 digits, the next-generation book's number (and the
    PRC's `E`/`G` passports'), which counts alone (0.5) as a standalone word in text: not
    in a path, a dashed or dotted code, nor under a counter's or reference's word
    (`build K70413928`, see `looks_like_reference`) unless a passport word is near.

    Other countries' books (`GA302922`, `C01X00T47`, `12AB34567`, `N1234567`): six to nine
    capitals and digits with a digit among them, only within `_WORD_REACH` characters after
    a passport word. A country other than the US named before the number (`Canadian
    passport`, see `intl_ids.foreign_marker`) makes it a PASSPORT, not a US_PASSPORT."""

    NAME = "UsPassportRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "US_PASSPORT"
    PATTERNS = (
        ("passport-next-gen", _NEXT_GEN, 0.5),
        # 0.7 next to the word: over a phone guess at nine digits (0.65), under the threshold
        # alone (dropped by `accept` anyway without the word).
        ("passport-digits", rf"{NUM_LB}{_D}{{9}}{NUM_RB}", 0.35),
        ("passport-any", rf"{LB}(?=[A-Z0-9]{{0,8}}[0-9])[A-Z0-9]{{6,9}}{RB}", 0.2),
    )
    CONTEXT = ("passport", "passport#", "passport no", "travel document", "passeport",
               "reisepass", "pasaporte", "護照", "护照")
    _WORD = compiled(r"(?i)passport|travel doc|passeport|reisepass|pasaporte|護照|护照")
    _WORD_REACH = 32
    _US_SHAPE = compiled(rf"{_D}{{9}}|{UPPER}{_D}{{8}}")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.supported_entities = [self.ENTITY, "PASSPORT"]

    def find(self, text, entities, nlp_artifacts):
        if self._WORD.search(text):
            return super().find(text, entities, nlp_artifacts)
        # No passport word: only the next-generation shape can count, and one scan for it
        # is all most texts cost.
        return [result(self, self.ENTITY, m.start(), m.end(), 0.5)
                for m in compiled(_NEXT_GEN, self.FLAGS).finditer(text)]

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        return retype_foreign(text, super().analyze(text, entities, nlp_artifacts, regex_flags))

    def accept(self, text, result) -> bool:
        value = text[result.start : result.end]
        if _DAY_MONTH_YEAR.fullmatch(value):
            return False  # `passport expiry 25OCT32`: the book's date, not its number
        if not self._US_SHAPE.fullmatch(value):
            # Another country's shape: right after the passport word, within one clause
            # (`Canadian passport, no. GA302922`; not `passport renewed; order ref AB12CD34`).
            words = list(self._WORD.finditer(text, max(0, result.start - self._WORD_REACH),
                                             result.start))
            if not words or ";" in text[words[-1].end() : result.start]:
                return False
            # the number in apposition to its word (`Kenyan passport, A1234567`, `Italian
            # passport (ML2113121)`, `passport - X`): the comma or bracket that makes a bare
            # code a literal in code is the sentence's here
            return bool(_APPOSITION.fullmatch(text, words[-1].end(), result.start)) \
                or not looks_like_reference(text, result.start, result.end)
        if near(text, result.start, result.end, self._context_re):
            return True
        return value[0].isalpha() and not looks_like_reference(text, result.start, result.end)


class BankAccountRecognizer(SovereignPatternRecognizer):
    """Bank account numbers (8 to 17 digits), only next to an account word: US_BANK_NUMBER,
    or BANK_ACCOUNT when the words before name another country or its bank codes (`sort
    code 12-34-56 account 12345678`, `IFSC`, `BSB`; see `intl_ids.foreign_marker`)."""

    NAME = "UsBankRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "US_BANK_NUMBER"
    PATTERNS = (("bank-account", rf"{NUM_LB}{_D}{{8,17}}{NUM_RB}", 0.2),)
    # `Acc:` / `Acc no` (UK, Australian and Indian forms) but not `access`, `accept`.
    CONTEXT = ("account", "acct", "account#", "acct#", "a/c", "bank", "checking", "savings",
               "routing", "aba", "rtn", "deposit", "debit", "wire", "acc:", "acc no", "acc.",
               "acc #", "acc#")
    TRIGGER = compiled(
        r"(?i)acc(?:oun)?t|acc[:.# ]|a/c|bank|checking|savings|routing|\b(?:aba|rtn)\b|deposit|"
        r"debit|wire")
    REQUIRE_CONTEXT = True
    # `AWS account 123456789012`, `service account`: a cloud or login account's id.
    _NOT_BANK = compiled(
        r"(?i)(?<![a-z])(?:aws|amazon|gcp|google|azure|cloud|iam|service|user|admin|root|login|"
        r"email|e-mail|github|gitlab|twitter|slack|game|steam)"
        r"[\s_-]+account(?:[\s_-]*(?:id|number|no\.?|#))?\W{0,3}$"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.supported_entities = [self.ENTITY, "BANK_ACCOUNT"]

    def accept(self, text, result) -> bool:
        return self._NOT_BANK.search(text, max(0, result.start - 40), result.start) is None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return retype_foreign(text, found, reach=48)


class MicrLineRecognizer(SovereignPatternRecognizer):
    """The MICR line at the foot of a cheque (`⑆021000021⑆ 123456789⑈ 1043`): the routing
    number between transit symbols and the account before the on-us symbol, both
    US_BANK_NUMBER; the symbols are the cue."""

    ENTITY = "US_BANK_NUMBER"
    PATTERNS = (
        ("micr-routing", rf"(?<=\u2446){_D}{{9}}(?=\u2446)", 0.9),
        ("micr-account", rf"(?<![{ALNUM}]){_D}{{4,17}}(?=[ ]?\u2448)", 0.9),
    )
    TRIGGER = Keywords("\u2446", "\u2448")


# CMS's alphabet for the MBI's letters: no S, L, O, I, B, Z (they read as digits).
_MBI_A = "[AC-HJKMNP-RT-Y]"
_MBI_AN = "[AC-HJKMNP-RT-Y0-9]"


class MedicareBeneficiaryRecognizer(SovereignPatternRecognizer):
    """US Medicare Beneficiary Identifier (US_MBI, `1EG4-TE5-MK73`): eleven characters in
    CMS's fixed letter and digit positions, dashes optional; only next to a Medicare word."""

    ENTITY = "US_MBI"
    PATTERNS = (
        ("us-mbi", rf"{LB}[1-9]{_MBI_A}{_MBI_AN}{_D}(-?){_MBI_A}{_MBI_AN}{_D}\1{_MBI_A}{{2}}"
                   rf"{_D}{{2}}{RB}", 0.4),
    )
    CONTEXT = ("medicare", "mbi", "beneficiary", "cms")
    TRIGGER = Keywords("medicare", "mbi", "beneficiary")
    REQUIRE_CONTEXT = True


class NpiRecognizer(SovereignPatternRecognizer):
    """US National Provider Identifier (US_NPI): 10 digits from 1 or 2, Luhn over the
    `80840` health-industry prefix (CMS's rule); only next to an NPI word."""

    ENTITY = "US_NPI"
    PATTERNS = (("us-npi", rf"{NUM_LB}[12]{_D}{{9}}{NUM_RB}", 0.65),)
    CONTEXT = ("npi", "national provider", "provider id", "provider number")
    TRIGGER = Keywords("npi", "national provider", "provider")
    REQUIRE_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if luhn_ok("80840" + digits_of(pattern_text)) else False


class MedicalRecordNumberRecognizer(SovereignPatternRecognizer):
    """Medical record numbers (MEDICAL_RECORD_NUMBER): each hospital has its own format, so
    six to twelve digits (optionally grouped, optionally after a letter prefix) count only
    next to an MRN word, and then score 1.0: the label outweighs a phone guess at the shape
    (`Medical record number 089-432-185`). `MRN12345678` names itself."""

    ENTITY = "MEDICAL_RECORD_NUMBER"
    PATTERNS = (
        ("mrn", rf"{NUM_LB}(?:[A-Z]{{1,3}}-?)?{_D}{{3}}(?:[- ]?{_D}{{3}}){{1,2}}{_D}{{0,3}}"
                rf"{NUM_RB}", 0.65),
        ("mrn-compact", rf"{NUM_LB}{_D}{{6,12}}{NUM_RB}", 0.65),
    )
    CONTEXT = ("mrn", "medical record", "med rec", "patient id", "patient number",
               "chart number", "chart no", "hospital number", "病歷號", "病历号", "病歷號碼")
    TRIGGER = Keywords("mrn", "medical record", "med rec", "patient", "chart", "hospital number",
                       "病歷", "病历")
    REQUIRE_CONTEXT = True
    _SELF = compiled(rf"{LB}MRN[-:#]?{_D}{{6,12}}{NUM_RB}")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if "MRN" in text:
            found += [result(self, self.ENTITY, m.start(), m.end(), 1.0)
                      for m in self._SELF.finditer(text)]
        return found


# With them, numbers read out as words (spoken.py): most often a US phone or SSN.
US_ID_RECOGNIZERS = (SsnRecognizer, ItinRecognizer, PassportRecognizer, BankAccountRecognizer,
                     MedicareBeneficiaryRecognizer, NpiRecognizer, MedicalRecordNumberRecognizer,
                     MicrLineRecognizer, *SPOKEN_RECOGNIZERS)
