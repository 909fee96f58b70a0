"""Surnames known by their shape: the endings that only family names have in their languages.

`Stojanović`, `Wróblewska`, `Bondarchuk`, `Karaoğlu`, `Rahmatullah`, `Ospanova`,
`Papadopoulos`, `Mkrtchyan`, `Tsiklauri`... The small English model reads many of them as a
place or a firm (`Does Szymańska still work at...` is GPE to it) or not at all, and no list of
given names holds them. The endings below are patronymic and family suffixes (South Slavic
-ović/-ević, Polish -ski/-ska/-wicz, Ukrainian -enko/-chuk, Russian and Central Asian feminine
-ova/-eva, Turkish -oğlu, Arabic and Pashto -ullah, Persian -zadeh, Romanian -escu/-eanu,
Armenian -yan, Georgian -shvili/-adze, Greek -opoulos/-akis/-idis, Icelandic -dóttir); a word
with one that a dictionary knows (`Alaska`, `Nebraska`, `Geneva`, `Moldova`, `Casanova`) is
a word. Hand-written from the languages' grammar, not from a list of names.

`surname_shaped` is evidence other finders weigh; `morph_names` finds such a surname alone or
after a capitalised given name (`Rudo Szymańska`), outside a place's context, gated by the
shared keyword pass (an ending before a space or a punctuation mark).
"""

from __future__ import annotations

from .common import Keywords, compiled, words
from .name_cues import (
    FIELD_LABELS,
    NAME_LOWER,
    NAME_UPPER,
    NAME_WORD,
    NOT_A_NAME,
    NOT_FIRST,
    ROLE_WORDS,
    place_context,
)
from .name_lists import is_word, name_frequency

_U, _L = NAME_UPPER, NAME_LOWER
# Endings after at least three letters of stem (`Ska` or `Nova` alone are no surnames).
_ENDINGS = tuple(words(
    """ović ovič ovic ević evič evic ić owski ewski ański iński yński ński lski owska ewska
    ańska ińska yńska ńska lska wicz enko chuk czuk yuk oğlu oglu ullah ulla zadeh zada escu
    eanu yan shvili adze idze opoulos opoulou akis idis iadis dóttir dottir ova eva yeva ovna
    evna auri"""
))
# A capitalised word long enough for a stem and an ending: the candidates.
_CAPITALISED = compiled(rf"(?<![\w.@/'’-])[{_U}][{_L}]{{4,}}(?![\w@'’-])")
# The gate: an ending at a word's end somewhere in the text, from the shared keyword pass
# (`ova ` is rare in English text, `ova` is in every `innovation`).
_GATE = Keywords(*(e + c for e in _ENDINGS for c in " \n\t,.;:!?)'’\"/"))
# Country and language names written in their own languages, which end like surnames.
_NOT_SURNAMES = words("polska slovenska hrvatska ruska srbija moldova craiova cordova córdova "
                      "villanova terranova casanova pavlova supernova")
_CAP = NAME_WORD
_GIVEN_BEFORE = compiled(rf"(?<![\w.@/'’-])({_CAP})[ ]$")
_NOT_BEFORE = NOT_FIRST | NOT_A_NAME | FIELD_LABELS | ROLE_WORDS
# A place or a body after the word (`Kowalska Street` is owned by the address finders, but
# `Petrović Institute` is not a person).
_THING_AFTER = compiled(
    r"(?i)[ \t]+(?:street|st\.?|road|avenue|square|bridge|institute|university|school|"
    r"hospital|clinic|foundation|group|holdings|ltd|llc|inc|gmbh|d\.o\.o\.|a\.s\.|s\.a\.|"
    r"sp\.|company|brothers|bros|family|prize|award|method|effect|syndrome|test|scale)\b"
)


def surname_shaped(word: str, common: frozenset[str]) -> bool:
    """`word` ends like a family name and is no dictionary word (see the module doc)."""
    low = word.strip(".,;:'’\"()").lower()
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    if not low.endswith(_ENDINGS) or low in _NOT_SURNAMES:
        return False
    stem = len(low) - max(len(e) for e in _ENDINGS if low.endswith(e))
    return stem >= 3 and low.isalpha() and not is_word(low, common)


def morph_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Surname-shaped words, with the capitalised given name before them if there is one."""
    if not _GATE.search(text) and not text.lower().endswith(_ENDINGS):
        return []
    out = []
    for m in _CAPITALISED.finditer(text):
        if not surname_shaped(m.group(0), common):
            continue
        start, end = m.span()
        prev = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
        given = prev.group(1).lower() if prev else ""
        if given and given not in _NOT_BEFORE and (
                not is_word(given, common) or name_frequency().get(given, 0) >= 2):
            start = prev.start(1)  # `Rudo Szymańska`, `Gulnara Tursunova`
        if place_context(text, start) or _THING_AFTER.match(text, end):
            continue  # `a hotel in Kraljevica`, `the Petrović Institute`
        out.append((start, end, 0.7))
    return out
