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
after a capitalised given name (`Rudo Szymańska`), outside a place's context, gated by one
regex search for the endings.
"""

from __future__ import annotations

from .common import compiled, words
from .name_cues import FIELD_LABELS, NOT_A_NAME, NOT_FIRST, ROLE_WORDS, place_context
from .name_lists import is_word, name_frequency

_U = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_L = "a-zà-öø-ÿāăąćčďēęěğīıłńňōőœřśşšţťūůűźżž"
# (an ending after at least three letters of stem: `Ska` or `Nova` alone are no surnames)
_ENDING = (
    r"(?:ović|ovič|ovic|ević|evič|evic|ić|owski|ewski|ański|iński|yński|ński|lski|owska|"
    r"ewska|ańska|ińska|yńska|ńska|lska|wicz|enko|chuk|czuk|yuk|oğlu|oglu|ullah|ulla|zadeh|"
    r"zada|escu|eanu|yan|shvili|adze|idze|opoulos|opoulou|akis|idis|iadis|dóttir|dottir|"
    r"ova|eva|yeva|ovna|evna|auri)"
)
_SHAPE = compiled(rf"^[{_U}]?[{_L}]{{3,}}{_ENDING}$")
# (one search over the text says whether any word ends so: the finder's gate)
_ANY = compiled(rf"[{_L}]{_ENDING}(?![{_L}])")
# Country and language names written in their own languages, which end like surnames.
_NOT_SURNAMES = words("polska slovenska hrvatska ruska srbija moldova craiova cordova córdova "
                      "villanova terranova casanova pavlova supernova")
_CAP = rf"(?:[{_U}]['’])?[{_U}][{_L}]+(?:-[{_U}]?[{_L}]+)?"
_SURNAME = compiled(rf"(?<![\w.@/'’-]){_CAP}(?![\w@'’-])")
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
    if low in _NOT_SURNAMES or not _SHAPE.match(low):
        return False
    return not is_word(low, common)


def morph_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Surname-shaped words, with the capitalised given name before them if there is one."""
    if not _ANY.search(text):
        return []
    out = []
    for m in _SURNAME.finditer(text):
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
