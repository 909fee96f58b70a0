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

from .addresses_latin import _COUNTRY, TOWN, WORD
from .common import compiled

_NUMBERED_WORDS = ("Villa|Flat|Building|Bldg\\.?|Road|Rd\\.?|Street|St\\.?|Way|Block|Blk\\.?|Zone|"
                   "Office|Plot|Unit|Apartment|Apt\\.?|Shop|House|Compound|Avenue|Ave\\.?|Lane|"
                   "Area|Jadda|Sikka|Sector|"
                   # Ethiopia's woredas and kebeles, South Asian wards, Morocco's and
                   # francophone Africa's buildings and flats (`Imm 3, Appt 12`).
                   "Woreda|Kebele|Ward|Imm\\.?|Immeuble|Appt\\.?|Appartement|Hse\\.?")
_BUILDINGS = ("Tower|Towers|Building|House|Plaza|Place|Court|Centre|Center|Suites|Complex|Mall|"
              "Arcade|Heights|Apartments|Residency|Residences?|Chambers|Mansion|Estate|Park|"
              "Compound|Villas")
_ROADS = "Road|Rd\\.?|Way|Street|St\\.?|Avenue|Ave\\.?|Drive|Lane|Highway|Boulevard|Crescent"
_PART = (
    rf"(?P<num>(?:{_NUMBERED_WORDS})[ \t](?:No\.?[ \t]?|N[°º][ \t]?)?\d{{1,5}}"
    r"(?:-[A-Z]|[A-Z])?(?![\w])"  # `Plot 69-C`, `Ward No. 18`, `Villa N°66`
    r"|[A-Z]-\d{1,2}(?:/\d)?(?![\w/]))"  # Islamabad's sectors: `F-7/2`, `G-11`
    # Senegal's and Côte d'Ivoire's estates with the house (`Cité Mixta, Villa 53`,
    # `Cité Fadia Villa N°66`), Addis Ababa's sub-cities (`Bole Sub City`).
    rf"|(?P<estate>(?:Cité|Cite|Lotissement|Quartier)[ \t](?:{WORD}[ \t]){{0,2}}{WORD}"
    r"(?:[ \t](?:Villa|Lot|Maison|Parcelle)[ \t](?:N[°º]|No\.?)?[ \t]?\d{1,5}[A-Z]?)?(?![\w])"
    r"|(?:[A-Z][a-z]{1,20}[ \t]){1,2}(?:Sub[- ]?[Cc]ity|Kifle[ \t]Ketema)(?![\w]))"
    r"|(?P<floor>\d{1,2}(?:st|nd|rd|th)[ \t]Floor|Ground[ \t]Floor|(?:Floor|Level)[ \t]\d{1,3})"
    rf"|(?P<building>(?:{WORD}[ \t]){{1,3}}(?:{_BUILDINGS})(?:[ \t]\d{{1,2}})?(?![\w]))"
    rf"|(?P<road>(?:off[ \t])?(?:{WORD}[ \t]){{1,3}}(?:{_ROADS})(?![\w]))"
    rf"|(?P<place>(?:(?:Brgy|Kel|Kec|Col)\.[ \t])?{TOWN}(?:(?<=Subd|Brgy|Distt|Dist)\.)?"
    r"(?:[ \t](?:\d{1,2}|\d{4,6})|-(?:\d{1,2}|\d{4}))?(?![\w]))"  # `Dhaka-1213`, `Gulshan-2`
)
_SEP = r"(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*)"
CHAIN = compiled(rf"(?<![\w])(?:{_PART})(?:{_SEP}(?:{_PART})){{1,7}}")
# The keywords of the parts above, each followed by a comma, a line break or a number.
GATE_WORDS = tuple(sorted({
    w.lower().rstrip("\\.?") for w in (_NUMBERED_WORDS + "|" + _BUILDINGS + "|" + _ROADS).split("|")
}))
_FOLLOWS = compiled(r"[ \t]?(?:No\.?[ \t]?|N[°º][ \t]?)?\d{0,5}(?:-?[A-Z])?[ \t]*[,\n]")
_COUNTRY_PART = compiled(_COUNTRY)
_POSTCODE_END = compiled(r"[ \t]\d{4,6}$|(?<=[a-z])-\d{4}$")
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
                parts = _parts(m, text)
                if parts[0][1] != "place":
                    numbered = _NUMBER_BEFORE.search(text, max(0, m.start() - 4), m.start())
                    score = 0.0 if numbered else _score([kind for _, kind in parts])
                    if score and any(_POSTCODE_END.search(text, *span)
                                     for span in m.spans("place")):
                        score = 1.0  # a place with its postcode: a postal line (`Dhaka 1205`)
                    if score:
                        out.append((m.start(), m.end(), score))
                    break
                later = next((at for at, kind in parts if kind != "place"), None)
                m = CHAIN.match(text, later, hi) if later is not None else None
    return out


def _parts(m, text: str) -> list[tuple[int, str]]:
    """(start, kind) of the chain's parts; an estate holding its house number is `estate#`,
    a place that is a country `country`, a road given as a landmark (`off Ngong Road`)
    `road-off`."""
    out = []
    for kind in ("num", "estate", "floor", "building", "road", "place"):
        for start, end in m.spans(kind):
            if kind == "estate" and any(c.isdigit() for c in text[start:end]):
                kind = "estate#"
            elif kind == "place" and _COUNTRY_PART.fullmatch(text, start, end):
                kind = "country"
            elif kind == "road" and text.startswith("off", start):
                kind = "road-off"
            out.append((start, kind))
    return sorted(out)


def _score(kinds: list[str]) -> float:
    first, rest = kinds[0], kinds[1:]
    if first in ("place", "country"):
        return 0.0
    if first.startswith("estate"):
        # `Cité Mixta, Villa 53, Dakar`, `Bole Sub City, Woreda 4`; not `Cité des Sciences, Paris`.
        return 0.55 if rest and (first == "estate#" or "num" in rest) else 0.0
    if first == "num" and len(rest) >= 2 and rest[-1] == "country":
        return 0.55  # `Ward No. 18, Jhamsikhel, Lalitpur, Nepal`
    if set(kinds) <= {"num", "floor"} and len(kinds) < 3:
        return 0.0  # `Block 319, Zone 3, and Level 2 are on the map`: two numbers alone
    if first == "num" and "building" in rest:
        return 0.55  # `Apartment 14, Al Fardan Residences, West Bay`
    if first in ("num", "building") and any(k in ("num", "floor", "road", "road-off")
                                            for k in rest):
        return 0.55
    if first == "road" and any(k in ("num", "floor", "building") for k in rest):
        return 0.55
    if first == "road" and "road-off" in rest and rest[-1] in ("place", "country"):
        return 0.55  # `Ngong Lane, off Ngong Road, Kilimani, Nairobi`: a road off a road, places
    if first in ("road", "building") and len(rest) >= 2:
        return 0.45  # `Mombasa Road, Upper Hill, Nairobi`: an address with a context word
    return 0.0
