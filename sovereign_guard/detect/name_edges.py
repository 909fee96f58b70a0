"""A found name's word the small model left out because it is an English word.

`call Tempest Kazuki Al-Hashimi`, `the laptop of Jubilee Wolf`, `English name Ocean Annelies
Te Rangi`, `Manager: Tempest Rafaela Ó Dálaigh`: spaCy finds `Kazuki Al-Hashimi`, `Wolf`,
`Annelies Te Rangi` and leaves the first word out, a dictionary word (names_en._extended adds
only words no dictionary knows). Where a capitalised word sits between a found name and a
lower-case word, a label's colon or a bracket, in the middle of a clause, it opens the name:
an office, a title, a firm or a heading before a name is another list's word (roles, titles,
firm words, words that open sentences) or is itself preceded by a capital.

`holder Journey Law.`, `Ocean Darling (procurement)`: one found given name, then one
capitalised word where the clause ends, is a given name and its surname.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from .common import compiled
from .name_cues import (
    FIELD_LABELS,
    GROUP_WORDS,
    NAME_LOWER,
    NAME_UPPER,
    NOT_A_NAME,
    NOT_FIRST,
    PERSON_ROLE_WORDS,
    PLACE_HEADS,
    PRODUCT_WORDS,
    ROLE_TITLES,
    ROLE_WORDS,
    place_context,
)
from .name_lists import abstract_noun, name_frequency
from .name_morph import surname_shaped

_U, _L = NAME_UPPER, NAME_LOWER
_CAP = rf"[{_U}][{_L}]{{2,}}"
# the word before the name, and what is before it: a lower-case word, a colon or a bracket
_BEFORE = compiled(rf"(?:(?<=[{_L}][ ])|(?<=[:(][ ])|(?<=[:(]))({_CAP})[ ]$")
_AFTER = compiled(rf"[ ]({_CAP})(?=[ \t]*(?:[.,;)(\n]|$))")
_NOT_NAME = (NOT_A_NAME | FIELD_LABELS | ROLE_WORDS | ROLE_TITLES | NOT_FIRST | GROUP_WORDS
             | PERSON_ROLE_WORDS | PLACE_HEADS | PRODUCT_WORDS | frozenset(STOP_WORDS))
_FIRM_OR_PLACE = compiled(
    r"(?i)^(?:inc|ltd|llc|plc|corp|gmbh|bank|university|college|hospital|street|road|avenue|"
    r"lane|park|square|station|airport|group|holdings|partners|labs|studio|team|office)$"
)


def _opens_name(word: str, common: frozenset[str]) -> bool:
    low = word.lower()
    return low not in _NOT_NAME and not abstract_noun(low, common) \
        and not _FIRM_OR_PLACE.match(low)


def edge_words(text: str, known: list[tuple[int, int]], common: frozenset[str]
               ) -> list[tuple[int, int]]:
    """Known PERSON spans with the word-name next to them (see the module doc)."""
    out = []
    for s, e in set(known):
        span = text[s:e]
        if "\n" in span or not span[:1].isupper():
            continue
        parts = span.split()
        start, end = s, e
        m = _BEFORE.search(text, max(0, s - 30), s)
        if m and _opens_name(m.group(1), common) and not place_context(text, m.start(1)) and (
                len(parts) > 1 or name_frequency().get(parts[0].lower(), 0) >= 2
                or surname_shaped(parts[0], common)):
            start = m.start(1)
        if len(parts) == 1 and name_frequency().get(parts[0].lower(), 0) >= 2:
            n = _AFTER.match(text, e)
            if n and _opens_name(n.group(1), common):
                end = n.end(1)
        if (start, end) != (s, e):
            out.append((start, end))
    return out
