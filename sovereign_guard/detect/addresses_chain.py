"""Addresses made of named parts, no house number on the street: Gulf layouts (`Villa 12,
Street 5, Al Barsha 1, Dubai`, `Flat 304, Building 1187, Road 2803, Block 428, Seef`) and
East African ones (`Mvuli Court, off Waiyaki Way, Westlands, Nairobi`, a letter's lines
`Kahawa House\\nThika Road\\nNakuru`).

A chain of parts, separated by commas or line breaks: numbered parts (`Villa 12`, `Road
2803`, `Zone 56`), floors, buildings (`Al Noor Tower`, `Kahawa House`), roads (`off Ngong
Road`), places (`Al Barsha 1`, `Westlands`). An address when it starts with a numbered
part, a building or a road and holds, besides that, a numbered part, a floor or a road; a
chain that starts with a road and has only places after it (`Mombasa Road, Upper Hill,
Nairobi`) only with a context word. One street, one building or one numbered thing alone
(`Villa 12 won`, `Street 5 Fighter`, `take Ngong Road towards town`) is no chain. Searched
only around a part's keyword that a comma or a line break follows.
"""

from __future__ import annotations

from .addresses_latin import TOWN, WORD
from .common import compiled

_NUMBERED_WORDS = ("Villa|Flat|Building|Bldg\\.?|Road|Rd\\.?|Street|St\\.?|Way|Block|Blk\\.?|Zone|"
                   "Office|Plot|Unit|Apartment|Apt\\.?|Shop|House|Compound|Avenue|Ave\\.?|Lane|"
                   "Area|Jadda|Sikka|Sector")
_BUILDINGS = ("Tower|Towers|Building|House|Plaza|Place|Court|Centre|Center|Suites|Complex|Mall|"
              "Arcade|Heights|Apartments|Residency|Residences?|Chambers|Mansion|Estate|Park|"
              "Compound|Villas")
_ROADS = "Road|Rd\\.?|Way|Street|St\\.?|Avenue|Ave\\.?|Drive|Lane|Highway|Boulevard|Crescent"
_PART = (
    rf"(?P<num>(?:{_NUMBERED_WORDS})[ \t]\d{{1,5}}[A-Z]?(?![\w]))"
    r"|(?P<floor>\d{1,2}(?:st|nd|rd|th)[ \t]Floor|Ground[ \t]Floor|(?:Floor|Level)[ \t]\d{1,3})"
    rf"|(?P<building>(?:{WORD}[ \t]){{1,3}}(?:{_BUILDINGS})(?:[ \t]\d{{1,2}})?(?![\w]))"
    rf"|(?P<road>(?:off[ \t])?(?:{WORD}[ \t]){{1,3}}(?:{_ROADS})(?![\w]))"
    rf"|(?P<place>{TOWN}(?:[ \t]\d{{1,2}})?(?![\w]))"
)
_SEP = r"(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*)"
CHAIN = compiled(rf"(?<![\w])(?:{_PART})(?:{_SEP}(?:{_PART})){{1,7}}")
# The keywords of the parts above, each followed by a comma, a line break or a number.
GATE_WORDS = tuple(sorted({
    w.lower().rstrip("\\.?") for w in (_NUMBERED_WORDS + "|" + _BUILDINGS + "|" + _ROADS).split("|")
}))
_FOLLOWS = compiled(r"[ \t]?\d{0,5}[A-Z]?[ \t]*[,\n]")
# A house number right before the chain: a numbered street, the street anchors' own.
_NUMBER_BEFORE = compiled(r"\d[A-Za-z]?[ \t]{1,3}$")
_REACH_BEFORE, _REACH_AFTER = 60, 160


def chains(text: str, hits) -> list[tuple[int, int, float]]:
    """(start, end, score) of the chains near `hits` (the keywords' (start, end) spans)."""
    out, seen = [], set()
    for at, to in hits:
        if _FOLLOWS.match(text, to) is None:
            continue
        lo, hi = max(0, at - _REACH_BEFORE), min(len(text), to + _REACH_AFTER)
        for m in CHAIN.finditer(text, lo, hi):
            # A chain that starts with places (`The Manager\nKahawa House\n...`) is tried
            # again from its first other part.
            while m is not None and m.span() not in seen:
                seen.add(m.span())
                parts = _parts(m)
                if parts[0][1] != "place":
                    numbered = _NUMBER_BEFORE.search(text, max(0, m.start() - 4), m.start())
                    score = 0.0 if numbered else _score([kind for _, kind in parts])
                    if score:
                        out.append((m.start(), m.end(), score))
                    break
                later = next((at for at, kind in parts if kind != "place"), None)
                m = CHAIN.match(text, later, hi) if later is not None else None
    return out


def _parts(m) -> list[tuple[int, str]]:
    return sorted((span[0], kind) for kind in ("num", "floor", "building", "road", "place")
                  for span in m.spans(kind))


def _score(kinds: list[str]) -> float:
    first, rest = kinds[0], kinds[1:]
    if first == "place":
        return 0.0
    if set(kinds) <= {"num", "floor"} and len(kinds) < 3:
        return 0.0  # `Block 319, Zone 3, and Level 2 are on the map`: two numbers alone
    if first == "num" and "building" in rest:
        return 0.55  # `Apartment 14, Al Fardan Residences, West Bay`
    if first in ("num", "building") and any(k in ("num", "floor", "road") for k in rest):
        return 0.55
    if first == "road" and any(k in ("num", "floor", "building") for k in rest):
        return 0.55
    if first in ("road", "building") and len(rest) >= 2:
        return 0.45  # `Mombasa Road, Upper Hill, Nairobi`: an address with a context word
    return 0.0
