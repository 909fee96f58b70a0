"""spaCy NER results, filtered where the small English model is reliably wrong.

- CJK text: the English model reads a run of Han characters as one token and labels whole
  clauses (`信用卡4111111111111111已經扣款兩次`); Chinese names come from `names_zh`.
- Words that head a field rather than name someone (`Email`, `Phone`, `Hi`), spans with
  digits or code punctuation (`user_id`, `foo@bar`), all-lowercase spans: not PERSON.
- A span inside (or overlapping) a structured finding (an e-mail address, URL, phone,
  secret, card) belongs to that finding.
"""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from .common import compiled, has_cjk, words
from .engine import SPACY_TO_PRESIDIO

_NOT_A_NAME = words(
    "email e-mail mail phone tel telephone mobile fax address name hi hello hey dear thanks "
    "thank regards best cheers please pls customer user admin team manager support sir "
    "madam mr mrs ms dr prof api json yaml sql null none true false todo fixme note warning "
    "error info debug trace select insert update delete from where join order group limit "
    "values table index key id ip url http https ssn iban card visa mastercard amex "
    "password token secret bearer subject re fwd cc bcc attn ok okay yes no"
)
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


class FilteredSpacyRecognizer(SpacyRecognizer):
    """Presidio's SpacyRecognizer minus the small model's recurrent mistakes."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_language=supported_language,
            supported_entities=sorted(set(SPACY_TO_PRESIDIO.values())),
            name="SpacyRecognizer",
        )

    def analyze(self, text, entities, nlp_artifacts=None):
        kept = []
        for r in super().analyze(text, entities, nlp_artifacts):
            span = text[r.start : r.end]
            if r.entity_type == "PERSON" and "\n" in span.strip():
                # `Lara Groenendaal\nCamino de África`: a name line runs into an address line.
                r.end = r.start + len(span.lstrip()) - len(span.lstrip().split("\n", 1)[1]) - 1
                r.end = r.start + len(text[r.start : r.end].rstrip())
                span = text[r.start : r.end]
            if has_cjk(span):
                continue
            if r.entity_type == "PERSON" and not _looks_like_name(span, text, r.start, r.end):
                continue
            if r.entity_type == "PERSON" and " " not in span and _in_firm(text, r.start, r.end):
                continue
            kept.append(r)
        return kept

    def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results,
                              nlp_artifacts, context=None):
        owned = [o for o in other_raw_recognizer_results if o.score >= 0.5 and owns_words(o)]
        return [
            r for r in raw_recognizer_results
            if not any(o.start < r.end and r.start < o.end for o in owned)
        ]


def _looks_like_name(span: str, text: str, start: int, end: int) -> bool:
    if not span.strip() or _CODEISH.search(span) or span.islower() or "\n" in span.strip():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if text[end : end + 1] == ":" and text[line_start:start].strip(" \t,") == "":
        return False  # a field label: `Restart Count: 3`, `Email:`
    # One word heading a line (`Convert to...`) or followed by code punctuation
    # (`Vec<u8>`, `Count: 3`) is a verb, a label or a type, not a person.
    one_word = " " not in span.strip()
    if one_word and (not text[line_start:start].strip() or text[end : end + 1] in ":<(=["):
        return False
    words = [w.strip(".,'’\"") for w in span.split()]
    return not all(w.lower() in _NOT_A_NAME for w in words if w)


def _in_firm(text: str, start: int, end: int) -> bool:
    for m in _FIRM.finditer(text, max(0, start - 60), min(len(text), end + 60)):
        if m.start() <= start and end <= m.end():
            return True
    return False


def owns_words(result) -> bool:
    """A finding whose characters no NER guess should claim: structured values, addresses,
    and every policy term (whatever entity the policy gave it)."""
    name = (result.recognition_metadata or {}).get("recognizer_name", "")
    return result.entity_type in _OWNED or name.startswith("TermRecognizer")
