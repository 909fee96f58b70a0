"""Phone numbers in any common format, validated with phonenumbers, CJK-safe.

Presidio's PhoneRecognizer runs phonenumbers' matcher once per region over the whole text
(the slowest recognizer it has), scores 0.4 (under a 0.5 threshold) and knows no Taiwan or
mainland formats. Here one bounded regex proposes candidates (international `+`/`00`,
parenthesised area codes, grouped national numbers, compact mobile numbers), cheap shape
rules drop dates, IPs and versions, and phonenumbers scores what is left: a valid number in
one of the regions, or at least a possible one when it is written like a phone number.
"""

from __future__ import annotations

from typing import ClassVar

import phonenumbers
from phonenumbers import NumberParseException
from presidio_analyzer import EntityRecognizer, RecognizerResult

from .common import ALNUM, CONTEXT_BOOST, DIGIT, compiled, fold, near, result, words_regex
from .intl_ids import INTL_ENTITIES
from .structured import card_number_ok
from .us_ids import ZIP4, reference_word_before

_D = DIGIT
_SEP = r"[ \t.\-\u00a0]"
CANDIDATE = compiled(
    rf"(?<![{ALNUM}_+@#/=:.\-]|{_D}[ \t]|{_D}[.\-]|\d,)"
    r"(?:"
    rf"(?:\+|00)[ \t]?{_D}{{1,4}}(?:[ \t]?\(0\))?"
    rf"(?:{_SEP}{{0,2}}(?:\({_D}{{1,5}}\)|{_D}{{1,5}})){{1,6}}"
    # The country code in brackets, then the national number as written at home, its
    # area code bracketed too (`(+63) (02) 3259 9137`, `(+44) 020 7946 0958`).
    rf"|\(\+{_D}{{1,4}}\)(?:{_SEP}{{0,2}}(?:\({_D}{{1,5}}\)|{_D}{{1,5}})){{2,6}}"
    rf"|\(\+?{_D}{{1,5}}\)[ \t.\-]?{_D}{{2,8}}(?:{_SEP}?{_D}{{2,5}}){{0,3}}"
    # North America's trunk prefix, a lone 1 the grouped shape below cannot start with.
    rf"|1{_SEP}?(?:\({_D}{{3}}\)|{_D}{{3}}){_SEP}{{0,2}}{_D}{{3}}{_SEP}{_D}{{4}}"
    rf"|{_D}{{2,5}}(?:{_SEP}{_D}{{2,8}}){{1,4}}"
    rf"|{_D}{{8,12}}"
    r")"
    rf"(?:[ \t]?(?:x|ext\.?|#|轉|分機|分机)[ \t]?{_D}{{1,5}})?"
    rf"(?![{ALNUM}_]|[.\-/:]?{_D}|,\d)"
)
# Seven digits with at most two separators between each: the least a phone number has.
_TRIGGER = compiled(rf"{_D}(?:[ \t.\-()]{{0,2}}{_D}){{6}}")
_EXTENSION = compiled(r"(?:x|ext\.?|#|轉|分機|分机)[ \t]?\d{1,5}$")
_DATE = compiled(r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$")
_IPV4 = compiled(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_TRUNK_DOTTED = compiled(r"^1\.\d{3}\.\d{3}\.\d{4}$")  # 1.212.555.0147: dialled from North America
_MOBILE_SHAPE = compiled(r"^(?:09\d{8}|1[3-9]\d{9})$")  # Taiwan, mainland mobile numbers
_COMPACT_MOBILE = compiled(r"^(?:09\d{8}|1[3-9]\d{9}|07\d{9}|0[1-9]\d{8,9})$")

# Where a number without a country code is tried; Taiwan and the mainland first.
REGIONS = ("TW", "CN", "US", "GB", "HK", "SG", "JP", "KR", "DE", "FR", "IT", "ES", "NL", "IN", "AU",
           "BR")
_PRIMARY = 4
# A valid card number written in groups of four belongs to the card recognizer, which reports
# it at 0.6 or more; phone findings inside a card are dropped anyway (enhance_using_context below),
# so its shorter cuts are not worth some thirty phonenumbers parses.
_CARD_SHAPE = compiled(rf"^{_D}{{4}}([ \-]?){_D}{{4}}(?:\1{_D}{{4}}){{2}}(?:\1?{_D}{{1,3}})?$")
# The best phone_score can give: once a span reaches it, no shorter span can win.
_CEILING_INTERNATIONAL = 0.75
_CEILING_NATIONAL = 0.65


def _parse(number: str, region: str | None):
    try:
        return phonenumbers.parse(number, region)
    except NumberParseException:
        return None


def phone_score(candidate: str) -> float:
    """0 when `candidate` is no phone number; else how sure we are without context."""
    text = fold(candidate)
    body = _EXTENSION.sub("", text).strip()
    if body.startswith("(+"):  # `(+63) (02) 3259 9137` reads as `+63 (02) 3259 9137`
        body = "+" + body[2:].replace(")", "", 1)
    digits = sum(c.isdigit() for c in body)
    if not 7 <= digits <= 15 or _DATE.match(body) or _IPV4.match(body):
        return 0.0
    groups = [g for g in body.replace("(", " ").replace(")", " ").replace("+", " ").split() if g]
    dotted = "." in body and not body.startswith(("+", "00"))
    if dotted and not _TRUNK_DOTTED.match(body) and any(
            len(g) == 1 for part in groups for g in part.split(".")):
        return 0.0  # 1.2.3456.7 is a version, not a number (`+33.6.12.35.61.26` is one)
    if body.startswith(("+", "00")):
        parsed = _parse("+" + body.lstrip("+")[2 if body.startswith("00") else 0 :], None)
        if parsed is None or not phonenumbers.is_possible_number(parsed):
            return 0.0
        return 0.75 if phonenumbers.is_valid_number(parsed) else 0.55
    formatted = any(not c.isdigit() for c in body)
    possible = False
    for i, region in enumerate(REGIONS):
        parsed = _parse(body, region)
        if parsed is None:
            continue
        if phonenumbers.is_valid_number(parsed):
            if formatted:
                # Valid where most of our users are is worth more than valid somewhere
                # (German numbering accepts almost any digit string).
                return 0.65 if i < _PRIMARY else 0.6
            return 0.5 if _COMPACT_MOBILE.match(body) else 0.3
        possible = possible or phonenumbers.is_possible_number(parsed)
    if possible and (formatted or _MOBILE_SHAPE.match(body)):
        return 0.45
    return 0.0


def _is_card(candidate: str) -> bool:
    return _CARD_SHAPE.match(candidate) is not None and card_number_ok(candidate)


# Numbers shaped like something else are no phone numbers even when the checksum that would
# make them that something fails: 3-2-4 groups are how SSNs are written (`078-05-0000`,
# `693-09.4444`), four groups of four a card (`4012-8888-8888-1882`), and digits after a
# country code and bank code an IBAN (`NL91 ABNA 0417 1643 01`).
_SSN_SHAPE = compiled(rf"^{_D}{{3}}[ .\-]{_D}{{2}}[ .\-]{_D}{{4}}$")
# Four or more groups of four: a card's or an account's grouping (`0102 0000 0012 1002 9690`),
# not a phone's.
_CARD_GROUPS = compiled(rf"^{_D}{{4}}([ \-]){_D}{{4}}(?:\1{_D}{{4}}){{2,}}(?:\1{_D}{{1,3}})?$")
# The words that make a card-shaped number a phone number (`call 0912 3456 7890`); not the
# broader context list: `card number is 4012-8888-8888-1882` is no phone for its `number`.
_PHONE_WORDS = words_regex((
    "phone", "tel", "telephone", "mobile", "cell", "call", "fax", "whatsapp", "sms", "dial",
    "電話", "电话", "手機", "手机", "傳真", "传真", "撥打", "拨打", "致電", "致电",
))
_IBAN_BEFORE = compiled(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}[ \-]?(?:[A-Z0-9]{4}[ \-]?){0,7}$")
# Two years joined by a dash are a period (`2020-2021`), not a local number.
_YEAR_RANGE = compiled(rf"^(?:19|20){_D}{{2}}\s?[\-/]\s?(?:19|20){_D}{{2}}$")


# A post-office box's number and postal code (`P.O. Box 30197-00100 Nairobi`): the address
# recognizer's.
_BOX_BEFORE = compiled(r"(?i)(?<![\w])(?:box|bag|postfach|apartado|caixa[ \t]postal)[ \t]{1,2}#?$")


# The words of a catalogue's or a ledger's codes, which are written in groups like a phone's
# (`SKU 800-413-0440`, `Part no. 555-0491`, `invoice 2024-118`): any grouping after them.
_CATALOGUE_BEFORE = compiled(
    r"(?i)(?<![a-z])(?:sku|part|item|product|model|serial|lot|batch|invoice|order|ticket|case|"
    r"ref(?:erence)?|tracking|confirmation|booking|build|version|release|po|"
    # another identifier's word, whose value failed that identifier's check (`CPF
    # 575.159.458-85 inválido`, `Aadhaar 4705 4761 4435`) or is a conference's (`meeting
    # ID 281 3546 2032`), or a running count (`counter: 834-007-6708`)
    r"meeting|webinar|conference|isbn|issn|cpf|cnpj|aadhaa?r|iban|counter)s?"
    r"[ \t]{0,2}(?:no\.?|number|#|id)?[ \t]{0,2}[:#]?[ \t]{0,2}$"
)


# A count of things (`The model has 73 582 980 123 parameters`, `4 412 331 rows`): digits
# grouped in threes by spaces, then what they count.
_COUNT_AFTER = compiled(
    r"(?i)[ \t]{1,2}(?:[0-9]{3}[ \t])*(?:rows|records|parameters|params|users|customers|items|"
    r"entries|lines|bytes|tokens|requests|events|files|visits|views|downloads|people|votes|"
    r"copies|units|samples|steps|messages|hits|packets|queries|transactions|sessions|"
    r"subscribers|followers|installs|pages|words|characters|times)(?![a-z])"
)


def _shaped_otherwise(text: str, start: int, candidate: str, end: int | None = None) -> bool:
    if _SSN_SHAPE.match(candidate) or _YEAR_RANGE.match(candidate):
        return True
    if (end is not None and " " in candidate and _COUNT_AFTER.match(text, end, end + 40)
            and _PHONE_WORDS.search(text, max(0, start - 16), start) is None):
        return True
    if _BOX_BEFORE.search(text, max(0, start - 16), start):
        return True
    # Shaped like something else: a ZIP+4 (5-4 digits), a reference's digits (`Case number
    # 912345678`, `order 49071584`), a card's groups. A phone only when the words just
    # before say so (`call 0912 3456 ...`).
    if (ZIP4.fullmatch(candidate) or _CARD_GROUPS.match(candidate)
            or (candidate.isdigit() and reference_word_before(text, start))
            or _CATALOGUE_BEFORE.search(text, max(0, start - 24), start)):
        return _PHONE_WORDS.search(text, max(0, start - 16), start) is None
    return _IBAN_BEFORE.search(text, max(0, start - 40), start) is not None


# Shapes that are a phone number's only where a phone word says so: nine digits in three
# threes (`757-757-757`: Spain writes its numbers so, but so are quotes, SINs and TFNs) and
# digits with no grouping that are neither a mobile's nor ten or eleven long (a national
# number with its area code: `4155550132`), such as twelve (`482913570264`). They score at most
# `_WEAK_SHAPE_SCORE` alone and gain the context boost only from `_PHONE_WORDS` and contact
# words, not from a bare `number` (`Quote number 123-456-789`).
_THREE_THREES = compiled(rf"^{_D}{{3}}([ .\-]){_D}{{3}}\1{_D}{{3}}$")
_STRICT_CONTEXT = words_regex((
    "phone", "tel", "telephone", "mobile", "cell", "call", "fax", "whatsapp", "signal", "sms",
    "dial", "contact", "reach", "móvil", "teléfono", "telefon", "電話", "电话", "手機", "手机",
    "聯絡", "联系", "聯繫", "行動", "传真", "傳真", "分機", "致電", "致电", "撥打", "拨打",
))
_WEAK_SHAPE_SCORE = 0.45


def _weak_shape(candidate: str) -> bool:
    body = _EXTENSION.sub("", fold(candidate)).strip()
    return bool(_THREE_THREES.match(body)) or (
        body.isdigit() and len(body) not in (10, 11) and not _COMPACT_MOBILE.match(body))


class PhoneNumberRecognizer(EntityRecognizer):
    """PHONE_NUMBER: international and national formats of many regions, CJK-safe."""

    NAME = "PhoneRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "PHONE_NUMBER"
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "phone", "tel", "telephone", "mobile", "cell", "call", "fax", "contact", "whatsapp",
        "signal", "sms", "dial", "reach", "number", "電話", "电话", "手機", "手机", "聯絡", "联系",
        "聯繫", "行動", "传真", "傳真", "分機", "號碼", "号码", "致電", "致电", "撥打", "拨打",
    )

    def __init__(self, supported_language: str = "en", name: str | None = None):
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=supported_language,
            name=name or self.NAME,
            context=list(self.CONTEXT),
        )
        self._context_re = words_regex(self.CONTEXT)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if _TRIGGER.search(text) is None:
            return []
        found = []
        for match in CANDIDATE.finditer(text):
            start, end = match.span()
            if _is_card(match.group()) or _shaped_otherwise(text, start, match.group(), end):
                continue
            # A candidate that swallowed a neighbouring number is also tried without its
            # trailing groups; the best score wins, the longer span on a tie
            # (`212 555 0199 10` keeps `212 555 0199`).
            best, stop = 0.0, end
            international = fold(text[start : start + 2]).startswith(("+", "00", "(+"))
            ceiling = _CEILING_INTERNATIONAL if international else _CEILING_NATIONAL
            while stop - start >= 7 and best < ceiling:
                candidate = phone_score(text[start:stop])
                if candidate > best:
                    best, end = candidate, stop
                cut = max(text.rfind(" ", start, stop), text.rfind("-", start, stop))
                if cut <= start:
                    break
                stop = cut
            score = best
            if not score:
                continue
            words = self._context_re
            if not international and _weak_shape(text[start:end]):
                score, words = min(score, _WEAK_SHAPE_SCORE), _STRICT_CONTEXT
            if near(text, start, end, words):
                score = min(1.0, score + CONTEXT_BOOST)
            found.append(result(self, self.ENTITY, start, end, score))
        return found

    def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results,
                              nlp_artifacts, context=None):
        # A card, IBAN, IP or secret that contains the candidate explains its digits.
        others = [
            r for r in other_raw_recognizer_results
            if r.score >= 0.5 and r.entity_type in _OWNS_DIGITS
        ]
        return [
            r for r in raw_recognizer_results
            if not any(o.start <= r.start and r.end <= o.end for o in others)
        ]


_OWNS_DIGITS = frozenset({
    "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "SECRET", "CN_RESIDENT_ID", "TW_NATIONAL_ID",
    "TW_RESIDENT_CERT", "TW_BUSINESS_ID", "UK_NHS", "US_SSN", "US_ITIN", "US_DRIVER_LICENSE",
    "URL", "EMAIL_ADDRESS", "UUID", "MAC_ADDRESS", "US_BANK_NUMBER", "BANK_ACCOUNT",
    "DATE_OF_BIRTH", *INTL_ENTITIES,
})
