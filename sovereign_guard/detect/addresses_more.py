"""STREET_ADDRESS, more layouts: street lines the anchors of addresses.py do not start at.

- Québec's French layout, the number first and a comma after it, the street type in lower
  case and abbreviated (`2200, boul. René-Lévesque Ouest, bureau 300, Montréal (Québec)
  H3H 1R6`; Canada Post's French addressing guide: `boul.`, `ch.`, `av.`, `rang`, `montée`,
  units `bureau`, `app.`, `local`): an address only with its postal line.
- A street named by its name alone before the house number, with a Central European
  `DDD DD` postcode line after it (`Karlova 25, 110 00 Praha 1`; Czech, Slovak, Greek and
  Swedish posts write their postcodes so): an address only with that postal line.
- A corner of two streets, Latin American style (`Calle 50 y Av. Samuel Lewis, Torre
  Global, Piso 12, Panamá`; `Av. 6 de Diciembre esq. Colón`): two street types joined by
  `y` / `esq.` / `esquina` / `con` name a place even without a postcode.
- The address columns of an SQL `UPDATE ... SET street = '...', zip = '...'`, as the
  `INSERT` rows in addresses_form.py.

Each finder runs only when a cheap substring check says its words are in the text. The
postal lines after an anchor are the ones addresses.py's `extend` takes in.
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from .addresses_form import _block, _column_role
from .addresses_latin import CA_POSTCODE, LATIN, LATIN_CAP, TOWN
from .common import compiled, result

ENTITY = "STREET_ADDRESS"

# Canada Post's French street types (abbreviated and spelt out) and unit words.
_FR_TYPE = (r"(?:boul\.|boulevard|bd|av\.|avenue|ch\.|chemin|rang|rue|montée|côte|route|"
            r"place|croissant|promenade|impasse|allée|terrasse|carré|rond-point|autoroute)")
_FR_UNIT = (r"(?:bureau|bur\.|app\.|appartement|apt\.?|local|suite|unité|porte|casier)"
            r"[ \t]{1,2}#?\d{1,5}[A-Za-z]?")
_FR_NAME = rf"{LATIN_CAP}{LATIN}{{0,30}}"
_FR_STREET = compiled(
    rf"(?<![\w.,/-])(?:{_FR_UNIT},?[ \t]{{1,2}})?"  # `app. 4, 1234 rue ...`
    r"\d{1,5}(?:-\d{1,5})?[A-Za-z]?,?[ \t]{1,2}"  # `2200,`, `4-1234` (unit 4, number 1234)
    rf"(?i:{_FR_TYPE})[ \t]{{1,2}}"
    rf"(?:(?:de[ \t]la|de[ \t]l'|du|des|de|d'|l')[ \t]?)?"
    rf"{_FR_NAME}(?:[ \t]{{1,2}}(?:(?:de|du|des|la|le)[ \t])?{_FR_NAME}){{0,3}}"
    r"(?:[ \t]{1,2}(?:Ouest|Est|Nord|Sud|O\.|E\.|N\.|S\.))?"
    rf"(?:,?[ \t]{{1,2}}{_FR_UNIT})?"  # `bureau 300`, `local 4`: not all unit words of extend's
    rf"(?=,?[ \t]{{1,2}}(?:{_FR_UNIT}|{TOWN})|[ \t]*\n)"
)
_FR_WORDS = ("boul", "boulevard", "bd ", "av.", "avenue", "ch.", "chemin", "rang ", "rue ",
             "montée", "côte", "route", "place", "croissant", "promenade", "impasse", "allée",
             "terrasse", "carré", "rond-point", "autoroute")
_CA_POSTCODE = compiled(CA_POSTCODE)

# A street's name, then its house number, then a `DDD DD` postcode (the lookahead only
# checks it is there; `extend` takes it and the town in). Some Czech and Slovak streets
# start with a lower-case type word (`náměstí Míru 15`, `třída Kpt. Jaroše 7`).
_CE_TYPE = r"(?:náměstí|nám\.|třída|tř\.|nábřeží|nábř\.|námestie|nám\.|ulica|ul\.|odos|plateia)"
_CE_WORD = rf"{LATIN_CAP}[a-zà-ÿ\u0100-\u024f]{{2,30}}\.?"
_CE_STREET = compiled(
    rf"(?<![\w.-])(?P<name>(?:{_CE_TYPE}[ \t])?{_CE_WORD}"
    rf"(?:[ \t](?:{_CE_WORD}|[A-Z][a-z]{{0,3}}\.)){{0,3}})"
    r"[ \t]{1,2}\d{1,4}(?:/\d{1,4})?[a-zA-Z]?"
    r"(?=(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*)[1-9]\d{2}[ \t]\d{2}[ \t]{1,2}" + LATIN_CAP + ")"
)
_CE_GATE = compiled(r"(?<![\w.-])[1-9]\d{2}[ \t]\d{2}[ \t]{1,2}" + LATIN_CAP)

# Two streets of a corner: `Calle 50 y Av. Samuel Lewis`, `Av. Amazonas esq. Colón`.
_LA_TYPE = (r"(?:Calle|Avenida|Av\.|Avda\.|Carrera|Cra\.|Cl\.|Transversal|Diagonal|Calzada|"
            r"Boulevard|Blvd\.|Vía|Via|Paseo|Rua|Jirón|Jr\.|Pasaje)")
_LA_NAME = (rf"(?:\d{{1,3}}[A-Z]?(?:[ \t](?:Este|Oeste|Norte|Sur|Sureste|Noroeste)"
            rf"|[ \t]de[ \t]{LATIN_CAP}{LATIN}{{1,20}})?"  # a date: `Av. 10 de Agosto`
            rf"|{LATIN_CAP}{LATIN}{{1,30}}(?:[ \t](?:(?:de|del|la|las|los)[ \t])?"
            rf"{LATIN_CAP}{LATIN}{{1,30}}){{0,3}})")
_CORNER = compiled(
    rf"(?<![\w.]){_LA_TYPE}[ \t]{{1,2}}{_LA_NAME}[ \t]{{1,2}}"
    # After `y` / `e` / `con` the second street has its own type (`Calle 13 y Residente` is
    # a band); after `esq.` / `esquina` (corner) it need not.
    rf"(?:(?:y|e|con)[ \t]{{1,2}}{_LA_TYPE}"
    rf"|(?:esq\.|esquina(?:[ \t](?:con|de))?)(?:[ \t]{{1,2}}{_LA_TYPE})?)[ \t]{{1,2}}"
    rf"{_LA_NAME}(?![\w])"
)
_CORNER_WORDS = (" y ", " e ", " esq", " con ")

# `UPDATE t SET street = '14 Elm Ct', zip = '54701' WHERE ...`: the assignments up to WHERE.
_SQL_UPDATE = compiled(r"(?i)\bUPDATE[ \t]+[\w.\"`\[\]]{1,80}[ \t\n]+SET[ \t\n]+")
_SQL_SET = compiled(
    r"[ \t\n]*(?P<col>[\w\"`\[\]]{1,60})[ \t]*=[ \t]*"
    r"(?:'(?P<q>(?:[^'\n]|''){0,200})'|(?P<u>[^,'\s;]{1,60}))[ \t]*(?P<sep>,?)"
)

# Lower-case words that end a chat sentence, never a town's (`587 basalt ct, come by`).
_CHAT_WORDS = frozenset(str.split(
    "a an the to at on in of by for and or but so if when then than with from up out "
    "i me my we us our you u ur ya your it its is are was be am im pls plz please thanks "
    "thx ty ok okay lmk asap now rn soon later today tonight tomorrow tmrw come came coming "
    "drop swing stop meet see call text ring knock bring pick grab around after before "
    "anytime whenever thru through buzz door gate back front side"
))


def chat_town(words: str) -> bool:
    """Whether a lower-case 'town' line after a street is the sentence going on instead:
    any of its words is a function or chat word (`, come by`, `, see u at 6`)."""
    return words.islower() and any(
        w in _CHAT_WORDS for w in regex.split(r"[\s,;|·•–-]+", words) if w
    )


class StreetAddressMoreRecognizer(EntityRecognizer):
    """STREET_ADDRESS in Québec French, Central European and street-corner layouts, and in
    SQL UPDATE statements."""

    def __init__(self, supported_language: str = "en", name: str | None = None):
        super().__init__(
            supported_entities=[ENTITY], supported_language=supported_language,
            name=name or "StreetAddressMoreRecognizer",
        )

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        from .addresses import _COUNTED, extend  # addresses.py imports this module

        found: list[RecognizerResult] = []
        spans: list[tuple[int, int, float]] = []
        lower = None
        if any(c.isdigit() for c in text):
            lower = text.lower()
            if any(w in lower for w in _FR_WORDS) and _CA_POSTCODE.search(text):
                spans += [(m.start(), m.end(), 0.0) for m in _FR_STREET.finditer(text)]
            if _CE_GATE.search(text):
                # Not after a word that counts (`Chapter 25, 110 00 Words`).
                spans += [(m.start(), m.end(), 0.0) for m in _CE_STREET.finditer(text)
                          if not _COUNTED.search(m.group("name"))]
        if ("Calle" in text or "Av" in text or "Carrera" in text or "Rua" in text) and any(
            w in text for w in _CORNER_WORDS
        ):
            spans += [(m.start(), m.end(), 0.6) for m in _CORNER.finditer(text)]
        for start, end, score in spans:
            block_end, postal = extend(text, end)
            if postal:
                score = 1.0
            if score:
                found.append(result(self, ENTITY, start, block_end, score, name="more-street"))
        if (lower if lower is not None else text.lower()).find("update") >= 0:
            for start, end in _update_fields(text):
                found.append(result(self, ENTITY, start, end, 0.85, name="form"))
        return found


def _update_fields(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _SQL_UPDATE.finditer(text):
        fields, pos = [], m.end()
        while (v := _SQL_SET.match(text, pos)) is not None:
            role = _column_role(v.group("col").strip("\"`[]"))
            quoted = v.group("q") is not None
            if role and (quoted or v.group("u").isdigit()):
                fields.append((role, *v.span("q" if quoted else "u")))
            pos = v.end()
            if not v.group("sep"):
                break
        out += _block([f for f in fields if text[f[1]:f[2]].strip()], text)
    return out
