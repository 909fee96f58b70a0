"""Numbers an organisation assigns: employee, customer and member numbers, tax IDs of employers.

| entity    | what                                             | check                  | context |
| --------- | ------------------------------------------------ | ---------------------- | ------- |
| ID_NUMBER | employee, staff, badge, customer, client,        | four digits or more,   | its     |
|           | member, subscriber, policy, student, loyalty no. | not a date             | word    |
| US_EIN    | US employer identification number (`12-3456789`) | stdnum us.ein (prefix) | needed  |
| VAT_ID    | EU and UK VAT numbers (`DE136695976`)            | stdnum eu.vat / gb.vat | needed  |

An employee or customer number names one person inside the organisation that issued it, as a
pseudonymous identifier does: masked like one. Its word must come right before it, with an
`id` / `number` / `no.` / `#` (`Customer number 88120455`, `Emp# 88213`, `member ID:
W2223677`), separated by spaces (not `customer_id = 17` in code: a column, not a person). An
EIN or VAT number names a business, often a sole trader: masked after its word.
"""

from __future__ import annotations

import datetime

from stdnum.eu import vat as std_vat
from stdnum.gb import vat as std_gb_vat
from stdnum.us import ein as std_ein

from .common import (
    ALNUM,
    DIGIT,
    LB,
    NUM_LB,
    NUM_RB,
    RB,
    Keywords,
    SovereignPatternRecognizer,
    checked_by,
    compiled,
    fold,
    result,
)

_D = DIGIT
_CUE = compiled(
    r"(?i)(?<![a-z_])(?:employee|emp|staff|personnel|badge|customer|cust|client|member(?:ship)?|"
    r"subscriber|policy|student|loyalty(?:[ ]card)?|frequent[ ]flyer|worker|associate|payroll|"
    r"rewards|insurance[ ]policy)"
    # `#` may touch its value (`member #MT237291`); a word may not (`idx`, `numbers`)
    r"[ ]?(?:(?:id|number|num|no\.?|nr\.?|ref\.?|reference)(?![a-z_])|#)"
    r"(?:[ ]*(?:is|was|[:=#-]))*[ ]*"
    # German compounds carry their `Nummer` (`Personalnummer 48213`, `Versicherungsnummer`)
    r"|(?<![a-z_])(?:personal|versicherungs|kunden|mitglieds|policen)nummer[ ]*:?[ ]*"
)
# The word alone, then the number (`employee 48213 swiped in`, `my policy HX-4471-2290`,
# `Badge: 7318768`): the value must then have five characters and four digits, and be no year.
# A bare `policy` is someone's only after an owner or `under` (`my policy`, `claim under policy`)
# or before a colon: `Policy POL-44120 renewal premium` may be a product's code.
_BARE_CUE = compiled(
    r"(?i)(?<![a-z_])(?:employee|emp|staff|badge|customer|client|member|subscriber|"
    r"worker|associate|loyalty[ ]card|account[ ]holder|policy(?=[ ]*:)|"
    r"(?<=\b(?:my|your|his|her|their|our|under|this|same|on)[ ])policy)(?:[ ]*:[ ]*|[ ]+)"
)
_YEAR = compiled(r"(?:19|20)\d\d(?:-\d\d?)?")
# A code of letters, digits and dashes, or a card's number printed in groups of four
# (`loyalty card 6035 1122 9034 7781`): a number a person carries, not a payment card's.
_VALUE = compiled(rf"(?:{_D}{{4}}(?:[ ]{_D}{{4}}){{2,4}}|"
                  rf"(?=[A-Z0-9-]*{_D}(?:[A-Z0-9-]*{_D}){{3}})[A-Z0-9][A-Z0-9-]{{3,19}}(?<!-))"
                  rf"(?![{ALNUM}_]|[.,/]{_D})")
_DATE_LIKE = compiled(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-(?:19|20)\d{2}")


def _is_date(value: str) -> bool:
    if _DATE_LIKE.fullmatch(value):
        parts = [int(p) for p in value.split("-")]
        y, a, b = parts if parts[0] > 31 else (parts[2], parts[1], parts[0])
        for m, d in ((a, b), (b, a)):
            try:
                datetime.date(y, m, d)
                return True
            except ValueError:
                continue
    return False


class AssignedIdRecognizer(SovereignPatternRecognizer):
    """ID_NUMBER: the value right after an employee / customer / member number's word."""

    ENTITY = "ID_NUMBER"
    PATTERNS = (("assigned-id", _CUE.pattern, 0.6),)
    TRIGGER = Keywords("employee", "emp", "staff", "personnel", "badge", "customer", "cust",
                       "client", "member", "subscriber", "policy", "student", "loyalty",
                       "frequent flyer", "worker", "associate", "payroll", "rewards",
                       "account holder", "nummer")

    _HEADS = ("employee", "emp", "staff", "personnel", "badge", "customer", "cust", "client",
              "member", "membership", "subscriber", "policy", "student", "loyalty",
              "frequent flyer", "worker", "associate", "payroll", "rewards", "insurance policy",
              "account holder", "personalnummer", "versicherungsnummer", "kundennummer",
              "mitgliedsnummer", "policennummer")

    def find(self, text, entities, nlp_artifacts):
        found = []
        for start, _ in cue_spans(text, self._HEADS):
            cue, bare = _CUE.match(text, start), False
            if cue is None:
                cue, bare = _BARE_CUE.match(text, start), True
            if cue is None:
                continue
            m = _VALUE.match(fold(text[cue.end() : cue.end() + 30]))
            if m is not None and bare and (len(m.group()) < 5 or _YEAR.fullmatch(m.group())):
                continue
            if m is not None and not _is_date(m.group()):
                found.append(result(self, self.ENTITY, cue.end(), cue.end() + m.end(), 0.6))
        return found


class UsEinRecognizer(SovereignPatternRecognizer):
    """US_EIN: two digits (an IRS campus prefix), seven more; after an EIN word."""

    ENTITY = "US_EIN"
    PATTERNS = (("us-ein", rf"{NUM_LB}{_D}{{2}}-?{_D}{{7}}{NUM_RB}", 0.6),)
    CONTEXT = ("ein", "fein", "employer identification", "employer id", "federal tax id",
               "federal tax identification", "federal id")
    TRIGGER = Keywords("ein", "employer id", "federal tax", "federal id")
    REQUIRE_CONTEXT = True
    validate_result = checked_by(std_ein.is_valid, drop="-")


def cue_spans(text: str, cues: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each of the lower-case `cues` is in `text` as a word of its own (no letter on
    either side): `str.find` over the lower-cased text, which a long text without them
    costs one pass per cue, where a case-insensitive alternation costs a test per position
    (`vat` inside `private`, `ether` inside `whether` are skipped here, not scanned after)."""
    low, spans = Keywords.lower(text), []
    for cue in cues:
        at = low.find(cue)
        while at != -1:
            end = at + len(cue)
            if not (at and low[at - 1].isalpha()) and not (end < len(low) and low[end].isalpha()):
                spans.append((at, end))
            at = low.find(cue, end)
    return sorted(spans)


def vat_ok(value: str) -> bool:
    return value.startswith("GB") and std_gb_vat.is_valid(value[2:]) or std_vat.is_valid(value)


class VatIdRecognizer(SovereignPatternRecognizer):
    """VAT_ID: a country prefix and the national VAT number its checksum validates; after
    a VAT word in the languages of the forms (`USt-IdNr.`, `TVA`, `BTW`, `P.IVA`, `NIP`)."""

    ENTITY = "VAT_ID"
    PATTERNS = (
        ("vat", rf"{LB}(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|"
                rf"RO|SE|SI|SK|XI)[ ]?[0-9A-Z](?:[ .]?[0-9A-Z]){{6,13}}{RB}", 0.6),
    )
    CONTEXT = ("vat", "ust-id", "ust-idnr", "ustid", "umsatzsteuer", "tva", "btw", "iva",
               "p.iva", "partita iva", "nip", "moms", "mwst", "vat id", "vat no", "vat reg")
    TRIGGER = Keywords("vat", "ust", "umsatzsteuer", "tva", "btw", "iva", "nip", "moms", "mwst")
    REQUIRE_CONTEXT = True
    validate_result = checked_by(vat_ok, drop=" .", upper=True)
    _CUES = ("vat", "ust-id", "ust-idnr", "ustid", "umsatzsteuer-id", "tva", "btw", "iva",
             "nip", "moms", "mwst")
    _REACH = 40

    def find(self, text, entities, nlp_artifacts):
        # Only the stretch after each VAT word is matched (see `cue_spans`).
        found, done = [], -1
        for _, end in cue_spans(text, self._CUES):
            lo, hi = max(end, done), min(len(text), end + self._REACH)
            for m in self.patterns[0].compiled_regex.finditer(text, lo, hi):
                if self.validate_result(m.group()) is not False:
                    found.append(result(self, self.ENTITY, *m.span(), self.patterns[0].score))
            done = hi
        return found


ASSIGNED_ID_RECOGNIZERS = (AssignedIdRecognizer, UsEinRecognizer, VatIdRecognizer)
