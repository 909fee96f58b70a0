"""Passport numbers in travel records: airline APIS / PNR `DOCS` lines and passport MRZ lines.

An airline's passenger data carries the passport with no passport word: `SSR DOCS YY HK1
P/DEU/C01X00T47/DEU/12MAY84/M/15JAN30/...` (document type `P`, issuing country, number,
nationality, birth date, sex, expiry, name). The passport recognizer needs its word within
reach, so here the record's own shape is the cue: `P` and an ICAO country code before the
number, after a `DOCS` / `APIS` / `doc` word on the line. The birth date that follows the
nationality is a DATE_OF_BIRTH; the expiry is not reported (a month and year name no one).

The second line of a passport's machine-readable zone (ICAO 9303 TD3, 44 characters) holds
the number and the birth date, each followed by its check digit (7-3-1 weights): both checks
passing (1 in 100 by chance) makes the line one; the number is a PASSPORT, the birth date a
DATE_OF_BIRTH, and the name field of the line above it, when there is one, a PERSON.
"""

from __future__ import annotations

from .common import SovereignPatternRecognizer, compiled, result

# Document type P, then an ICAO country (three capitals, or `D` / `D<<` for Germany) or, as
# travel agents' tools write it, a country or nationality word (`DOCS/P/German/...`).
_SEP = r"[/|\- ]{1,2}"
_COUNTRY = r"(?:[A-Z]{3}|D<<|D|[A-Z][a-z]{3,20})"
_APIS = compiled(
    r"(?i:(?<![a-z])(?:docs|apis|doc|passport|travel\s+doc\w*))(?![a-z])[^\n]{0,24}?"
    rf"(?<![A-Za-z0-9])P{_SEP}(?P<issuer>{_COUNTRY}){_SEP}"
    r"(?P<number>(?=[A-Z0-9]{0,8}[0-9])[A-Z0-9]{6,9})(?![A-Za-z0-9])"
    rf"(?:{_SEP}(?!EXP){_COUNTRY}{_SEP}(?P<dob>[0-3][0-9](?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|"
    r"NOV|DEC)[0-9]{2})(?![A-Za-z0-9]))?"
)
# The record's own structure, a literal `P` first: a scan of the text costs next to nothing.
_APIS_TRIGGER = compiled(rf"P{_SEP}{_COUNTRY}{_SEP}")
_MRZ2 = compiled(
    r"(?<![A-Z0-9<])(?P<number>[A-Z0-9<]{9})(?P<c1>[0-9])[A-Z<]{3}(?P<dob>[0-9]{6})(?P<c2>[0-9])"
    r"[MFX<][0-9]{6}[0-9][A-Z0-9<]{14}[0-9<][0-9](?![A-Z0-9<])"
)
_MRZ_TRIGGER = compiled(r"[0-9]{7}[MFX<][0-9]{7}")
_MRZ1_NAME = compiled(r"P[A-Z<][A-Z<]{3}(?P<name>[A-Z<]{39})\r?\n$")
_MRZ_VALUES = {**{str(d): d for d in range(10)}, **{chr(65 + i): 10 + i for i in range(26)},
               "<": 0}


def mrz_check(field: str) -> str:
    """ICAO 9303 check digit: values weighted 7, 3, 1 in turn, mod 10."""
    return str(sum(_MRZ_VALUES[c] * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)


class TravelDocumentRecognizer(SovereignPatternRecognizer):
    """PASSPORT (US_PASSPORT for a US-issued one) in APIS `DOCS` lines and MRZ lines, with
    the birth date (DATE_OF_BIRTH) beside it; see the module's docstring."""

    ENTITY = "PASSPORT"
    SCORE = 0.9
    # What `find` runs (Presidio wants a pattern); the groups decide each finding's type.
    PATTERNS = (("apis-docs", _APIS.pattern, SCORE), ("mrz-td3", _MRZ2.pattern, SCORE))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.supported_entities = ["PASSPORT", "US_PASSPORT", "DATE_OF_BIRTH", "PERSON"]

    def find(self, text, entities, nlp_artifacts):
        found = []
        if _APIS_TRIGGER.search(text):
            for m in _APIS.finditer(text):
                us = m.group("issuer") in ("USA", "American")
                kind = "US_PASSPORT" if us else "PASSPORT"
                found.append(result(self, kind, *m.span("number"), self.SCORE))
                if m.group("dob"):
                    found.append(result(self, "DATE_OF_BIRTH", *m.span("dob"), self.SCORE))
        if "<" in text and _MRZ_TRIGGER.search(text):  # the filler of the name or number
            for m in _MRZ2.finditer(text):
                if (mrz_check(m.group("number")) != m.group("c1")
                        or mrz_check(m.group("dob")) != m.group("c2")):
                    continue
                start, end = m.span("number")
                end -= len(m.group("number")) - len(m.group("number").rstrip("<"))
                found.append(result(self, "PASSPORT", start, end, self.SCORE))
                found.append(result(self, "DATE_OF_BIRTH", *m.span("dob"), self.SCORE))
                above = _MRZ1_NAME.search(text, max(0, m.start() - 46), m.start())
                if above and any(c.isalpha() for c in above.group("name")):
                    name_start = above.start("name")
                    stripped = above.group("name").rstrip("<")
                    found.append(result(self, "PERSON", name_start, name_start + len(stripped),
                                        self.SCORE))
        return found


TRAVEL_RECOGNIZERS = (TravelDocumentRecognizer,)
