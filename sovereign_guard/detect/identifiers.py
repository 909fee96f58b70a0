"""National identifiers with checksums (Taiwan, PRC, UK NHS), US driver licences, ages.

Every one is CJK-safe (`身分證字號A123456789。` is found) and checksum-validated where the
identifier has a checksum; the ones without (driver licences, Taiwan business numbers are
too short to be told from other numbers) need a context word nearby.
"""

from __future__ import annotations

import datetime

from stdnum.gb import nhs
from stdnum.tw import ubn

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
    fold,
    result,
    words,
    words_regex,
)

# Taiwan ID letters: the two-digit code each letter stands for in the checksum.
_TW_LETTER = {c: v for v, c in enumerate("ABCDEFGHJKLMNPQRSTUVXYWZIO", start=10)}
_TW_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)


def tw_checksum_ok(value: str) -> bool:
    """Taiwan national ID, new resident certificate (UI number) and old ARC number."""
    value = fold(value).upper()
    if len(value) != 10 or value[0] not in _TW_LETTER:
        return False
    head = _TW_LETTER[value[0]]
    second = value[1]
    if second.isalpha():  # old ARC: the second letter counts as its code's last digit
        if second not in "ABCD":
            return False
        second = str(_TW_LETTER[second] % 10)
    digits = [head // 10, head % 10, int(second)] + [int(c) for c in value[2:]]
    return sum(w * d for w, d in zip(_TW_WEIGHTS, digits, strict=True)) % 10 == 0


class TwNationalIdRecognizer(SovereignPatternRecognizer):
    """Taiwan national ID (國民身分證統一編號): letter, 1 or 2 for the sex, 8 digits."""

    ENTITY = "TW_NATIONAL_ID"
    PATTERNS = (("tw-id", rf"{LB}{UPPER}[12１２]{DIGIT}{{8}}{RB}", 0.5),)
    CONTEXT = ("身分證", "身份證", "身分证", "身份证", "統一編號", "national id", "id no",
               "identity")
    TRIGGER = compiled(rf"{UPPER}[12１２]{DIGIT}{{8}}")

    def validate_result(self, pattern_text: str) -> bool:
        return tw_checksum_ok(pattern_text)


class TwResidentCertRecognizer(SovereignPatternRecognizer):
    """Taiwan resident certificate: new UI number (letter, 8 or 9, 8 digits) and old ARC
    number (two letters, 8 digits)."""

    ENTITY = "TW_RESIDENT_CERT"
    PATTERNS = (
        ("tw-ui", rf"{LB}{UPPER}[89８９]{DIGIT}{{8}}{RB}", 0.5),
        ("tw-arc", rf"{LB}{UPPER}[A-DＡ-Ｄ]{DIGIT}{{8}}{RB}", 0.5),
    )
    CONTEXT = ("居留證", "居留证", "統一證號", "arc", "resident", "居留")
    TRIGGER = compiled(rf"{UPPER}[89A-D８９Ａ-Ｄ]{DIGIT}{{8}}")

    def validate_result(self, pattern_text: str) -> bool:
        return tw_checksum_ok(pattern_text)


class TwBusinessIdRecognizer(SovereignPatternRecognizer):
    """Taiwan unified business number (統一編號): 8 digits, checksum, context required."""

    ENTITY = "TW_BUSINESS_ID"
    PATTERNS = (("tw-ubn", rf"{NUM_LB}{DIGIT}{{8}}{NUM_RB}", 0.4),)
    CONTEXT = ("統編", "統一編號", "统一编号", "统编", "ubn", "business id", "business number",
               "vat", "tax id", "營利事業", "公司", "扣繳")
    TRIGGER = compiled(rf"{DIGIT}{{8}}")
    REQUIRE_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        number = fold(pattern_text)
        if ubn.is_valid(number):
            return None  # keep the pattern score: eight digits pass 1 in 10 by chance
        # Since 2023 the check sum may also be a multiple of 5 (the extended numbering).
        return None if ubn.calc_checksum(number) % 5 == 0 else False


_CN_PROVINCES = words(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 "
    "64 65 71 81 82 83 91"
)
_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_resident_id_ok(value: str) -> bool:
    """GB 11643-1999: province code, a real birth date, ISO 7064 MOD 11-2 check character."""
    value = fold(value).upper()
    if len(value) != 18 or value[:2] not in _CN_PROVINCES:
        return False
    try:
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if not 1880 <= born.year <= datetime.date.today().year:
        return False
    total = sum(int(c) * w for c, w in zip(value[:17], _CN_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == value[17]


class CnResidentIdRecognizer(SovereignPatternRecognizer):
    """PRC resident identity card number (居民身份证号码), 18 characters."""

    ENTITY = "CN_RESIDENT_ID"
    PATTERNS = (("cn-ric", rf"{NUM_LB}{DIGIT}{{17}}[0-9Xx\uff10-\uff19\uff38]{NUM_RB}", 0.5),)
    CONTEXT = ("身份证", "身分證", "身份證", "证件", "id card", "resident id", "公民身份")
    TRIGGER = compiled(rf"{DIGIT}{{17}}")

    def validate_result(self, pattern_text: str) -> bool:
        return cn_resident_id_ok(pattern_text)


class UkNhsRecognizer(SovereignPatternRecognizer):
    """UK NHS number, mod 11; context required, since 3-3-4 digits is also how US phone
    numbers are written (Presidio's recognizer flags `212-555-0199`)."""

    NAME = "NhsRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "UK_NHS"
    PATTERNS = (("nhs", rf"{NUM_LB}{DIGIT}{{3}}[ -]?{DIGIT}{{3}}[ -]?{DIGIT}{{4}}{NUM_RB}", 0.5),)
    # Scotland's CHI and Northern Ireland's Health and Care numbers share the mod-11 check.
    CONTEXT = ("nhs", "n.h.s", "national health", "health service", "patient", "chi number",
               "chi no", "chi#", "health and care", "h&c number", "h&c no")
    TRIGGER = compiled(r"(?i)nhs|n\.h\.s|health|patient|\bchi\b|\bh&c\b")
    REQUIRE_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool:
        number = digits_of(pattern_text)
        return nhs_issuable(number) and nhs.is_valid(number)


def nhs_issuable(number: str) -> bool:
    """Not NHS Digital's test range (999...) nor one digit repeated: those pass mod 11 but
    belong to no patient."""
    return not number.startswith("999") and len(set(number)) > 1


class UsDriverLicenseRecognizer(SovereignPatternRecognizer):
    """US driver licence numbers in the common state formats, only next to a context word
    (Presidio's version scores bare words like `A1234567` and misses the dashed forms)."""

    NAME = "UsLicenseRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "US_DRIVER_LICENSE"
    PATTERNS = (
        ("dl-alnum", rf"{LB}[A-Z]{{1,2}}[- ]?{DIGIT}{{4,14}}{RB}", 0.45),
        ("dl-digits", rf"{NUM_LB}{DIGIT}{{7,12}}{NUM_RB}", 0.3),
        ("dl-dashed", rf"{LB}[A-Z]{DIGIT}{{2,4}}(?:-{DIGIT}{{1,4}}){{2,4}}{NUM_RB}", 0.45),
        # Longer dashed groups after a letter (`K2289-33411-09812`): the whole number, not
        # its first group only.
        ("dl-dashed-long", rf"{LB}[A-Z]{{1,2}}{DIGIT}{{2,6}}(?:-{DIGIT}{{2,6}}){{1,4}}{NUM_RB}",
         0.45),
        ("dl-wa", rf"{LB}(?:WDL[A-Z0-9]{{9}}|[A-Z]{{5}}[A-Z*]{{2}}[0-9]{{3}}[A-Z0-9]{{2}}){RB}",
         0.45),
        # Digits in groups (`99-999-999`, `123 456 789`), 7 to 12 of them.
        ("dl-grouped", rf"{NUM_LB}(?=(?:{DIGIT}[- ]?){{6,11}}{DIGIT}{NUM_RB}){DIGIT}{{2,4}}"
                       rf"(?:[- ]{DIGIT}{{2,4}}){{1,3}}{NUM_RB}", 0.45),
        # A UK (DVLA) licence: surname (9-padded), birth date with the month +50 for women,
        # initials, a digit and two check letters: `MORGA753116SM9IJ`.
        ("dl-uk", rf"{LB}[A-Z9]{{5}}{DIGIT}[0156]{DIGIT}[0-3]{DIGIT}{{2}}[A-Z9]{{2}}{DIGIT}"
                  rf"[A-Z]{{2}}{RB}", 0.45),
    )
    # `lic#`, `CDL` (a commercial licence), a learner's permit: the forms' abbreviations.
    CONTEXT = ("driver", "driving", "licence", "license", "dl#", "dl:", "dl no", "dln", "dmv",
               "cdl", "lic#", "lic.", "lic no", "learner's permit", "learner permit",
               "instruction permit", "駕照", "驾照", "駕駛執照", "驾驶证")
    TRIGGER = compiled(
        r"(?i)driv|licen[cs]e|\b(?:dln?|cdl|lic)\b|dmv|permit|駕照|驾照|駕駛|驾驶")
    REQUIRE_CONTEXT = True
    # `DL` as a word of its own (`DL number`, `Texas DL`), not the start of `dll` or `dlq`.
    _DL_WORD = r"(?i)(?<![A-Za-z])dl(?![A-Za-z])|"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._context_re = compiled(self._DL_WORD + words_regex(self.CONTEXT).pattern)

    def validate_result(self, pattern_text: str) -> bool | None:
        # `license expires 2027-05-01`: a calendar date is the licence's date, not its number.
        return False if _is_date(pattern_text) else None

    def accept(self, text, result) -> bool:
        # `SSN 708-84-9818 and the driver's license ...`: the licence word is within reach,
        # but the word right before the number names another identifier.
        return _OTHER_ID_BEFORE.search(text, max(0, result.start - 32), result.start) is None

    def find(self, text, entities, nlp_artifacts):
        found = super().find(text, entities, nlp_artifacts)
        # Right after the licence's own words, any of the fifty states' shapes: a few
        # capitals and digits in up to five groups (`123AB4567`, `A 123 456 789 012`,
        # `ABC-12-3456`, `123456-789`), the longest prefix that reads as a number.
        for cue in _DL_CUE.finditer(text):
            value = _DL_VALUE.match(text, cue.end())
            if value is None:
                continue
            start, end = value.span()
            while end > start:
                if _dl_like(text[start:end]):
                    if not any(r.start <= start and end <= r.end for r in found):
                        found.append(result(self, self.ENTITY, start, end, 0.45))
                    break
                cut = max(text.rfind(" ", start, end), text.rfind("-", start, end))
                end = cut if cut > start else start
        return found


_OTHER_ID_BEFORE = compiled(
    r"(?i)(?<![a-z])(?:ssn|ss#|social security|social|itin|passport|phone|tel|mobile|"
    r"account|acct|routing|aba|dob|born|npi|dea|mrn)(?![a-z])"
    r"[^0-9A-Za-z\n]{0,4}(?:(?:number|no\.?|num|#)[^0-9A-Za-z\n]{0,3})?$"
)
# (`license no. - it's X`, `licence (state of issue on file): X`)
_DL_CUE = compiled(
    r"(?i)(?:driv\w*['’]?s?\s+(?:licen[cs]e|permit)|(?<![a-z])(?:dln?|cdl)(?![a-z])|"
    r"licen[cs]e)(?:\s*(?:number|no\.?|num|#|id))?(?:\s*(?:is|was|it['’]?s|[:=#–—-]))*\s*"
    r"(?:\([A-Za-z .]{2,30}\)\s*[:=–—-]?\s*)?"
)
# Groups of up to eleven (an Indian licence's `MH55 20165138997`: state, office, year and
# serial).
_DL_VALUE = compiled(rf"[A-Z0-9]{{1,14}}(?:[- ][A-Z0-9]{{1,11}}){{0,4}}(?![{ALNUM}_])")


def _dl_like(value: str) -> bool:
    """Mostly digits with a few letters (`F2740 19368 03375`), or one token of capitals and
    at least four digits (a German licence, `P012EATMV91`)."""
    chars = [c for c in value if c.isalnum()]
    digits = sum(c.isdigit() for c in chars)
    if not 6 <= len(chars) <= 16 or _is_date(value):
        return False
    return digits >= 5 and len(chars) - digits <= 3 or (
        len(chars) >= 8 and digits >= 4 and value.isalnum())


_DATE_SHAPES = compiled(
    rf"(?P<y>{DIGIT}{{4}})[-/. ](?P<m>{DIGIT}{{1,2}})[-/. ](?P<d>{DIGIT}{{1,2}})"
    rf"|(?P<a>{DIGIT}{{1,2}})[-/. ](?P<b>{DIGIT}{{1,2}})[-/. ](?P<y2>{DIGIT}{{4}})"
)


def _is_date(value: str) -> bool:
    m = _DATE_SHAPES.fullmatch(fold(value))
    if m is None:
        return False
    if m.group("y"):
        days = ((m.group("y"), m.group("m"), m.group("d")),)
    else:
        days = ((m.group("y2"), m.group("a"), m.group("b")),
                (m.group("y2"), m.group("b"), m.group("a")))
    for y, mo, d in days:
        try:
            datetime.date(int(y), int(mo), int(d))
            return True
        except ValueError:
            continue
    return False


class DeaNumberRecognizer(SovereignPatternRecognizer):
    """US DEA registration numbers (MEDICAL_LICENSE): two letters, seven digits, checksum.
    Presidio's version has no boundaries and matches inside hex hashes (`...ac5824114...`)."""

    NAME = "MedicalLicenseRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "MEDICAL_LICENSE"
    PATTERNS = (("dea", rf"{LB}[ABCDEFGHJKLMPRSTUX][A-Z9]{DIGIT}{{7}}{RB}", 0.4),)
    CONTEXT = ("medical", "certificate", "dea", "prescriber", "physician", "doctor", "license")
    TRIGGER = compiled(rf"[A-Z][A-Z9]{DIGIT}{{7}}")

    def validate_result(self, pattern_text: str) -> bool:
        d = [int(c) for c in fold(pattern_text)[2:]]
        return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]

    def accept(self, text, result) -> bool:
        # One two-letter-seven-digit number in ten passes the check by chance: after a
        # passport word (`passport no MZ3353733`) it is the passport's, unless DEA is named.
        before = text[max(0, result.start - 40) : result.start]
        return _PASSPORT_WORD.search(before) is None or _DEA_WORD.search(before) is not None


# An airline's passenger record (`SSR DOCS ... P/IRL/HG8391132/...`) holds passports too.
_PASSPORT_WORD = compiled(r"(?i)passport|travel doc|(?<![a-z])(?:docs|apis)(?![a-z])|護照|护照")
_DEA_WORD = compiled(r"(?i)(?<![a-z])dea(?![a-z])|prescriber")


class AgeRecognizer(SovereignPatternRecognizer):
    """AGE: the number in `age 34`, `34 years old`, `34-year-old`, `34歲`, `年齡：34`."""

    ENTITY = "AGE"
    PATTERNS = (
        ("age-label",
         r"(?i)(?<=\bage[ds]?\s{0,2}(?:[:=]|is|of)?\s{0,2})\d{1,3}(?!\d|[.,:/-]\d)", 0.6),
        ("age-years",
         r"(?i)(?<![\d.,])\d{1,3}(?=[\s-]{0,2}(?:years?|yrs?)[\s-]{0,2}old\b|[\s-]?y/?o\b)", 0.6),
        ("age-cjk", r"(?<![\d.,])\d{1,3}(?=\s?(?:歲|岁|周歲|周岁|足歲))", 0.6),
        ("age-cjk-label",
         r"(?<=(?:年齡|年龄|年紀|年纪)\s{0,2}[:：是為为]?\s{0,2})\d{1,3}(?![\d.])", 0.6),
    )
    TRIGGER = compiled(r"(?i)age|years?|yrs?|y/?o\b|歲|岁|年齡|年龄|年紀|年纪")

    def validate_result(self, pattern_text: str) -> bool:
        return 0 < int(pattern_text) <= 125


_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# Airline and clinical systems write `12MAY84`, `10-SEP-1942`; databases `19840512` and
# `1984-05-12T00:00:00`; forms filled by hand `05/03/'84`, `3 Jul '84`; letters `Tuesday,
# 3 July 1984` (the weekday is part of the date: masking the rest would leave it).
_COMPACT_YMD = r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
_YY = rf"(?:{DIGIT}{{4}}|['’]?{DIGIT}{{2}})"
_BIRTH_DATE = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s)?"
    rf"(?:{DIGIT}{{1,2}}[/.-]{DIGIT}{{1,2}}[/.-]{_YY}"
    rf"|{DIGIT}{{4}}[/.-]{DIGIT}{{1,2}}[/.-]{DIGIT}{{1,2}}"
    rf"(?:[T ]{DIGIT}{{2}}:{DIGIT}{{2}}(?::{DIGIT}{{2}}(?:\.{DIGIT}+)?)?"
    rf"(?:Z|[+-]{DIGIT}{{2}}:?{DIGIT}{{2}})?)?"
    rf"|(?:the\s)?{DIGIT}{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH},?\s{_YY}"
    rf"|{_MONTH}\s{DIGIT}{{1,2}}(?:st|nd|rd|th)?,?\s{DIGIT}{{4}}"
    rf"|{DIGIT}{{1,2}}[-/ ]?{_MONTH}[-/ ]?{_YY}"
    rf"|{_COMPACT_YMD}"
    rf"|{_MONTH}\s{DIGIT}{{4}})"
)
# The nouns that name a birth date, which may also follow it (`3/7/95 (DOB)`); not
# `birthday`, which also follows the day of a party (`2024-05-03 - birthday`).
_BIRTH_NOUN = r"d\.?o\.?b\.?|date[\s_-]*of[\s_-]*birth|birth[\s_-]*date"
_BIRTH_CUE = (
    rf"born|{_BIRTH_NOUN}|birthday|bday|"
    r"fecha\s+de\s+nacimiento|geburtsdatum|né(?:e)?\s+le|出生日期|生日|"
    # a biography's `b.`, in brackets, after a comma or after a word (`Jane Roe (b. 3 May
    # 1961)`, `J. Roe, b. 1961-05-03`, `pt Roe b. 3/5/61`); not a list's `b.` opening a line
    r"(?<=(?:[(\[]|,\s|[A-Za-z]\s)\s?)b\."
)
# Between the cue and the date: a form's hint of the order (`DOB (dd/mm/yyyy):`), whose
# record (`of the patient is`, `on file:`, `listed as`), a birthplace (`born in Oslo on`),
# a bracket or a quote (`date of birth (3/7/95)`, `"date_of_birth": "1961-07-25"`), at
# most a verb, a colon or `on`/`in`/`the`. Nothing longer: a date further on is some other
# day's (`date of birth is required; due 2024-12-01`).
_FORMAT_HINT = r"[(\[]\s*(?:[dmyj]{1,4}[/.\- ]){2}[dmyj]{1,4}\s*[)\]]"
_WHOSE = (r"(?:of|for)\s+(?:the\s+|this\s+|our\s+|my\s+|his\s+|her\s+|their\s+)?"
          r"[A-Za-z][A-Za-z.'-]*(?:\s+[A-Za-z][A-Za-z.'-]*)?(?=\s*(?:[:=]|is\b|was\b))")
_ON_RECORD = (r"on\s+(?:file|record)|(?:as\s+)?(?:listed|recorded|given|stated|shown|"
              r"entered|registered|written)(?:\s+as)?")
# a place's capitalised words, a country after a comma (`born in Tromsø, Norway, on`); not a
# sentence going on (`born in Lagos and moved to Leeds on 3 May 2004`)
_PLACE = (r"(?-i:[A-Z][^\s\d,.;:()]*"
          r"(?:[ -](?:(?:de|da|di|del|upon|on|le|la|am)[ -])?[A-Z][^\s\d,.;:()]*){0,3})")
_BIRTHPLACE = rf"(?<=born)\s+(?:in|at)\s+{_PLACE}(?:,\s*{_PLACE})?,?\s+on"
_DOB = (
    rf"(?i)(?<![a-z])(?:{_BIRTH_CUE})"
    # (a form's dot leader, `Born ....... 1987-03-02`; `the` stays with an ordinal's date)
    rf"(?:\s*(?:{_FORMAT_HINT}|{_WHOSE}|{_ON_RECORD}|{_BIRTHPLACE}|[:=#(\[\"'“‘–—-]|\.{{2,}}|…|"
    r"is|was|on|in|of|the(?!\s+\d)))*\s*"
    rf"(?P<date>{_BIRTH_DATE})(?![{DIGIT[1:-1]}A-Za-z])"
)
# The cue after the date, in brackets or after a dash: `3/7/95 (DOB)`, `1961-07-25 - date
# of birth`.
_DOB_AFTER = (
    rf"(?i)(?<![{DIGIT[1:-1]}A-Za-z/.-])(?P<date>{_BIRTH_DATE})"
    rf"(?:\s*[(\[]\s*(?:{_BIRTH_NOUN}|born)[)\]]|"
    rf"\s+[-–—]\s+(?:{_BIRTH_NOUN})(?![a-z]))"
)


class DateOfBirthRecognizer(SovereignPatternRecognizer):
    """DATE_OF_BIRTH: a date right after a birth cue (`DOB: 04/12/1987`, `born on 12 April
    1987`, `date of birth 1987-04-12`). The same date without the cue is a DATE_TIME, which
    the default policy lets through: a date alone identifies no one, a birth date is a
    quasi-identifier the policy masks."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = (("dob-cue", _DOB, 0.85), ("dob-cue-after", _DOB_AFTER, 0.85))
    VALUE_GROUP = "date"
    TRIGGER = Keywords("born", "birth", "dob", "d.o.b", "bday", "nacimiento", "geburts", "né",
                       "出生", "生日", "(b.", "[b.", " b.")
