"""spaCy NER results, filtered where the small English model is reliably wrong.

- CJK text: the English model reads a run of Han characters as one token and labels whole
  clauses (`信用卡4111111111111111已經扣款兩次`); Chinese names come from `names_zh`.
- Words that head a field rather than name someone (`Email`, `Phone`, `Hi`, `Status:`),
  spans with digits or code punctuation (`user_id`, `foo@bar`), one capitalised word that
  opens sentences (`Convert to...`): not PERSON. Lower-case names (`olga zhang`) and
  speakers in a transcript (`Grace: are you coming?`) are kept, as plain Presidio keeps them.
- A PERSON span running over several lines or table cells (a list of names, a name line and
  an address line, `Defense Capabilities and Management<TAB>Cathleen`) is one name per line or
  cell.
- Capitalised dictionary words that no given name opens (`Forensic Audits`, `Counsellor`) or
  that end in an abstract noun (`Bill Payments`) are headings, offices and topics, unless a
  title, a greeting or speech says a person (`Chairman Rogers`, `Dear Park`, `Rich said`):
  name_lists.wordlike and name_cues.wordlike_cued.
- A span inside (or overlapping) a structured finding (an e-mail address, URL, phone,
  secret, card) belongs to that finding.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from .common import SpanIndex, compiled, has_cjk, words
from .engine import SPACY_TO_PRESIDIO
from .name_cues import (
    FIELD_LABELS,
    NOT_A_NAME,
    NOT_FIRST,
    PRODUCT_WORDS,
    name_words,
    names_a_thing,
    past_leading_verb,
    place_context,
    proper_noun_fragment,
    role_title,
    wordlike_cued,
)
from .name_firms import firm_context
from .name_lists import is_word, model_words, name_frequency, wordlike
from .name_shapes import CHAT_NOT_NAMES, OWNS_AFTER

_CODEISH = compiled(r"[0-9@/_=<>{}\[\]();:#$%^*|\\`~]|\.[a-z]")
_OWNED = frozenset({
    "EMAIL_ADDRESS", "URL", "PHONE_NUMBER", "SECRET", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS",
    "US_SSN", "UUID", "MAC_ADDRESS", "CRYPTO", "TW_NATIONAL_ID", "TW_RESIDENT_CERT",
    "CN_RESIDENT_ID", "STREET_ADDRESS", "CONFIDENTIAL_TERM",
})
# Surnames that make up a firm's name: `Williams, Thomas and Moore`, `Jones and Sons`.
_FIRM = compiled(
    r"[A-Z][\w'-]+(?:,[ \t][A-Z][\w'-]+)*,?[ \t](?:and|&)[ \t](?:[A-Z][\w'-]+|Sons|Partners)"
)

_FIRM_CUE = compiled(
    r"(?i)\b(?:from|at|of|met|with|by|for|joined|visited|company|firm|vendor|client|"
    r"supplier|partner|law|agency)[ \t]+$"
)
_LABEL_LINE = compiled(r"(?m)^[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?[^\s:][^:\n]{0,30}[ \t]?:[ \t]")
_LOWER_CUE = compiled(
    r"(?i)\b(?:to|with|and|met|meet|ask|asked|tell|told|call|called|cc'?d?|from|by|for|"
    r"named|name is|i'm|i am|this is|dear|hi|hello|hey|thanks|talked to|spoke with)[ \t,]*$"
)
_IMPERATIVE = compiled(r"[ \t]+(?:the|a|an|your|our|this|these|those|it|them|all|each|every)[ \t]")
_CLAUSE_START = compiled(r"(?:^|[.!?;\n]|\b(?:and|then|or))[ \t\"'“(]*$")
_NEVER_SURNAMES = words(
    """cemetery county university college academy institute hospital clinic school museum
    library stadium arena airport station avenue boulevard street road inc ltd llc corp plc
    gmbh foundation memorial falls canyon mountain mountains peninsula gorge glacier desert
    square harbour harbor springs plaza quay wharf heights gardens terrace"""
)
_LABEL_AFTER = compiled(r"[ \t]+(?:by|to|of|for|from)[ \t]*:")
_PLACE_FIELD = compiled(
    r"(?im)^[ \t]*(?:city|town|state|province|county|country|region|street|address|location|"
    r"company|employer|organi[sz]ation|department|dept|team|product|brand|school|university|"
    r"hospital|clinic|branch|site|venue|office)[ \t]*:[ \t]*$"
)
_FIRM_AFTER = compiled(r"[ \t,]+(?:LLP|LLC|Inc|Ltd|PLC|GmbH|& Co|Co\.)")


class FilteredSpacyRecognizer(SpacyRecognizer):
    """Presidio's SpacyRecognizer minus the small model's recurrent mistakes."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_language=supported_language,
            supported_entities=sorted(set(SPACY_TO_PRESIDIO.values())),
            name="SpacyRecognizer",
        )

    def analyze(self, text, entities, nlp_artifacts=None):
        kept, people = [], []
        for r in super().analyze(text, entities, nlp_artifacts):
            if has_cjk(text[r.start : r.end]):
                continue
            for piece in _line_pieces(text, r) if r.entity_type == "PERSON" else [r]:
                if piece.entity_type == "PERSON":
                    people.append(_without_office(text, piece))
                else:
                    kept.append(piece)
        if people:
            common = model_words(nlp_artifacts)
            ok = [r for r in people
                  if _looks_like_name(text[r.start : r.end], text, r.start, r.end)]
            # (a spaced dash is no part of a name: `TESTAMENT - DRAFT` is two words of a heading)
            words = [(r, [w for w in name_words(text[r.start : r.end])[0] if w not in "-–—"])
                     for r in ok]
            # A surname the text names in full elsewhere (`Jackie Robinson ... Robinson worked`)
            surnames = {w[-1].lower() for _, w in words if len(w) > 1}
            for r, w in words:
                span = text[r.start : r.end]
                if span[:1].isupper() and wordlike(w, common) \
                        and not (len(w) == 1 and w[0].lower() in surnames) \
                        and not wordlike_cued(text, r.start, r.end):
                    continue  # `Forensic Audits`, `Counsellor`, `Bill Payments`: not people
                if product_or_place(text, r.start, r.end, w, common) \
                        or names_a_thing(text, r.start, r.end) \
                        or firm_context(text, r.start, r.end) \
                        or proper_noun_fragment(text, r.start, r.end):
                    continue
                if " " in span or not in_firm(text, r.start, r.end):
                    kept.append(r)
        return kept

    def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results,
                              nlp_artifacts, context=None):
        return outside_owned(text, raw_recognizer_results, other_raw_recognizer_results)


# A list bullet or numbering that spaCy takes into a name running over several lines.
_BULLET = compiled(r"^[ \t]*(?:[-*•·–]|\d{1,3}[.)])?[ \t]*")
_CELLS = compiled(r"[\n\t]")


def _line_pieces(text: str, r: RecognizerResult) -> list[RecognizerResult]:
    """A PERSON span over several lines or cells (`Frank Krishnan\n- Ngozi Kim\n-`, a name line
    running into an address line, a table row) as one result per line or cell, bullets and
    spaces trimmed."""
    span = text[r.start : r.end]
    if "\n" not in span and "\t" not in span:
        lead = _BULLET.match(span).end()
        if 0 < lead < len(span):  # `- Layan Saleh` of a bulleted first line
            return [RecognizerResult(r.entity_type, r.start + lead, r.end, r.score,
                                     r.analysis_explanation, dict(r.recognition_metadata))]
        return [r]
    pieces, at = [], r.start
    for line in _CELLS.split(span):
        lead = _BULLET.match(line).end()
        body = line[lead:].rstrip(" \t,;")
        if body:
            start = at + lead
            pieces.append(RecognizerResult(r.entity_type, start, start + len(body), r.score,
                                           r.analysis_explanation, dict(r.recognition_metadata)))
        at += len(line) + 1
    return pieces


def _without_office(text: str, r: RecognizerResult) -> RecognizerResult:
    """`General Dana Whitcombe` is Dana Whitcombe, with her office before her name."""
    start = past_leading_verb(text, r.start, r.end)  # `Remind Kofi` is Kofi
    first, _, rest = text[start : r.end].partition(" ")
    while rest and role_title(first):
        start += len(first) + 1
        first, _, rest = rest.partition(" ")
    if start == r.start:
        return r
    return RecognizerResult(r.entity_type, start, r.end, r.score, r.analysis_explanation,
                            dict(r.recognition_metadata))


def _looks_like_name(span: str, text: str, start: int, end: int) -> bool:
    if not span.strip() or _CODEISH.search(span) or "\n" in span.strip():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start].strip(" \t,")
    words = [w.strip(".,'’\"") for w in span.split()]
    lowered = [w.lower() for w in words if w]
    if all(w in NOT_A_NAME for w in lowered):
        return False
    if span.islower() and (len(span) < 3 or any(w in NOT_FIRST for w in lowered)
                           or not _LOWER_CUE.search(text, max(0, start - 24), start)):
        # Lower-case names after a cue stay (`i talked to olga zhang`); lower-case words
        # elsewhere (`git log says`) are commands and identifiers.
        return False
    if span.isupper() and len(span) <= 3:
        return False  # `CI`, `QA`: acronyms
    if span.isupper() and len(words) == 1 and not any(c in "AEIOUY" for c in span):
        return False  # `GDPR`, `HTML`, `NHS`: no vowel, an acronym (names have one: `VU`)
    if lowered and lowered[-1] in _NEVER_SURNAMES:
        return False  # `Rose Hill Cemetery`, `Grace Hopper Academy`: a place or a body
    if _LABEL_AFTER.match(text, end):
        return False  # `Referred by: Dr Thompson`: a label
    if _PLACE_FIELD.search(text, max(0, start - 24), start):
        return False  # `City: Austin`, `Company: Stanley Works`: the field says what it is
    if text[end : end + 1] == ":" and any(w in FIELD_LABELS for w in lowered):
        return False  # `..., Restart Count: 3`
    if text[end : end + 1] == ":" or text[end : end + 2] == " :":  # `Livraison : ...`
        end += text[end : end + 2] == " :"
    if text[end : end + 1] == ":" and (head == "" or head.startswith("[")):
        # `Restart Count: 3`, `Email:` are labels; `Grace: are you coming?` is a speaker.
        # A speaker speaks more than once, or answers one: two `Someone:` lines at least.
        after = text[end + 1 : end + 40].lstrip(" \t")
        return not (any(w in FIELD_LABELS for w in lowered) or not after[:1].isalpha()
                    or len(_LABEL_LINE.findall(text, 0, 4000)) < 2)
    # One word heading a line that opens sentences (`Convert to...`), or followed by code
    # punctuation (`Vec<u8>`), is a verb, a label or a type, not a person.
    if " " not in span.strip():
        if text[end : end + 1] and text[end : end + 1] in "<(=[":
            return False
        if _IMPERATIVE.match(text, end) and _CLAUSE_START.search(text, max(0, start - 8), start):
            return False  # `Mark the invoice`, `Bill the client`, `Pat the dough dry`: verbs
        if head == "" and lowered and (lowered[0] in NOT_FIRST or lowered[0] in FIELD_LABELS):
            return False
    return True


def product_or_place(text: str, start: int, end: int, kept: list[str],
                     common: frozenset[str] = frozenset()) -> bool:
    """The small model's PERSON that names a product or service (`Vercel Postgres`, `Jupyter
    Notebook`, `Zoho Books`: a word no list knows, then a plural noun) or a place where a place
    is spoken of (`our office in Kraków`), unless a title, a strong cue or speech says a
    person. A common given name there stays a person."""
    names = name_frequency()
    low = [w.strip(".,;:'’\"()").lower() for w in kept]
    if not low:
        return False
    product = len(low) > 1 and low[-1] in PRODUCT_WORDS \
        or any(w in CHAT_NOT_NAMES and names.get(w, 0) < 2 for w in low) \
        or len(low) == 2 and low[0] not in names and not is_word(low[0], common) \
        and low[1].endswith("s") and low[1] not in names and is_word(low[1], common)
    place = place_context(text, start) and names.get(low[0], 0) < 3 \
        and not OWNS_AFTER.match(text, end)  # `at Lina Fedorov's place` is hers
    return (product or place) and not wordlike_cued(text, start, end)


def in_firm(text: str, start: int, end: int) -> bool:
    """In surnames joined like a firm's name, where the words before speak of a firm
    (`from Williams, Thomas and Moore`); `Invite Layla, Emeka and Thanh` is people."""
    for m in _FIRM.finditer(text, max(0, start - 60), min(len(text), end + 60)):
        if m.start() <= start and end <= m.end():
            return (_FIRM_AFTER.match(text, m.end()) is not None
                    or _FIRM_CUE.search(text, max(0, m.start() - 24), m.start()) is not None)
    return False


def outside_owned(text: str, results: list, others: list) -> list:
    """`results` without the characters that structured findings and addresses own (see
    owns_words): a result overlapping one keeps its words outside it (`Ship to Ana Lima, 12
    Elm St` keeps `Ana Lima` when spaCy ran the name into the address) rather than being
    dropped whole; a result inside one is dropped."""
    owned_spans = sorted((o.start, o.end) for o in others if o.score >= 0.5 and owns_words(o))
    if not owned_spans:
        return list(results)
    owned = SpanIndex(owned_spans)
    out = []
    for r in results:
        if not owned.overlaps(r.start, r.end):
            out.append(r)
            continue
        at = r.start
        pieces = []
        for s, e in owned_spans:
            if e <= at or s >= r.end:
                continue
            pieces.append((at, s))
            at = max(at, e)
        pieces.append((at, r.end))
        for s, e in pieces:
            piece = _word_piece(text, s, e)
            if piece:
                out.append(RecognizerResult(r.entity_type, piece[0], piece[1], r.score,
                                            r.analysis_explanation,
                                            dict(r.recognition_metadata or {})))
    return out


_PIECE_EDGE = " \t\n,;:()[]<>|-–—/"


def _word_piece(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) without edge spaces and punctuation, when it is whole words opening with
    a capital (not the tail of a word the owned span cut, not lower-case words)."""
    while start < end and text[start] in _PIECE_EDGE:
        start += 1
    while end > start and text[end - 1] in _PIECE_EDGE:
        end -= 1
    if end - start < 2 or not text[start].isupper():
        return None  # `the card` of `the card 4111 ...`: words, not a name
    if start and text[start - 1].isalnum() or end < len(text) and text[end].isalnum():
        return None
    return start, end


def owns_words(result) -> bool:
    """A finding whose characters no NER guess should claim: structured values, addresses,
    and every policy term (whatever entity the policy gave it)."""
    name = (result.recognition_metadata or {}).get("recognizer_name", "")
    return result.entity_type in _OWNED or name.startswith("TermRecognizer")
