"""Street-line anchors of Asian, Turkish, Czech and Indian layouts, and the unit and building
lines written before a street (`Flat E, 12/F, Kingsway Tower, 88 Nathan Road`).

Sources: each national post's published address format (Japan Post, Korea Post's road-name
addresses, Singapore Post, Hongkong Post, India Post's addressing standard, PTT, Česká
pošta, Correios). No generator's word lists. Every pattern starts at a digit, a capital or
a keyword, every quantifier is bounded; each is searched only around a cheap trigger.
"""

from __future__ import annotations

from .addresses_latin import _NUMBERED_THINGS, LATIN, LATIN_CAP, TOWN, WORD

_CAP_WORD = r"[A-Z][a-zāēīōū]{1,20}"

# Japan: `2-11-3 Meguro` (chome-ban-go, then the district), `Tenjin 4-chome 5-16`; an address
# only with a ward, city or postcode after it (`version 2-11-3` is not).
# `Nishi-Shinjuku`, `Kita-Aoyama`, a town's `Kaede-machi`, `Hinode-cho`.
_JP_AREA = rf"{_CAP_WORD}(?:-{_CAP_WORD}|-(?:machi|cho|chō|mura|dori|dōri)(?![\w-]))?"
_JP_WARD = rf"{_CAP_WORD}-(?:ku|shi|gun|cho|chō|machi|mura)(?![\w-])"
JP_BLOCK = (
    # Rural lots and banchi run to four digits: `729-31 Ichiban`, `2851-4 Kaede-machi`.
    rf"(?<![\w.:/-])(?:\d{{1,4}}-\d{{1,4}}(?:-\d{{1,4}})?[ \t]{{1,2}}{_JP_AREA}"
    # A lot number alone before its district and a ward: `798 Suzukake, Aso-gun, ...`.
    rf"|\d{{1,4}}[ \t]{_JP_AREA}(?=,?[ \t]{{1,2}}{_JP_WARD})"
    # The chome written among the numbers: `3-chome-11-4 Kyomachibori`.
    rf"|\d{{1,2}}-chome-\d{{1,3}}(?:-\d{{1,4}})?,?[ \t]{{1,2}}{_JP_AREA}"
    rf"|{_JP_AREA}[ \t]\d{{1,2}}-\d{{1,3}}-\d{{1,4}}"  # `Umeda 1-4-20`
    rf"|{_CAP_WORD}[ \t]\d{{1,2}}-chome(?:[ \t]\d{{1,3}}(?:-\d{{1,3}})?)?)(?![\w-])"
)
# The city and ward first, the district and its block last: `Nagoya-shi Naka-ku Sakae 1-4-15`.
JP_WARDS_FIRST = (
    rf"(?<![\w-])(?:{_CAP_WORD}-(?:shi|ku|ken|to|fu|gun|cho|machi)[ \t]{{1,2}}){{1,3}}{_JP_AREA}"
    r"[ \t]\d{1,2}-\d{1,3}(?:-\d{1,4})?(?![\w-])"
)
JP_POSTMARK = rf"〒[ \t]?\d{{3}}-?\d{{4}}(?![\w-])(?:[ \t]{{1,2}}{TOWN})?"
JP_GATE = (r"\d-\d{1,4}(?:-\d{1,4})?[ \t,]|-chome|〒"
           r"|(?<=[a-z])-(?:ku|shi|gun|cho|machi|mura)[ \t,]")

# Korea's road-name addresses: `123 Teheran-ro`, `45 Sejong-daero 9-gil`, `4 Banpo-dong`,
# the number and a comma first as the English form writes it (`55, Teheran-ro 35-gil`).
KR_ROAD = (
    rf"(?<![\w.-])\d{{1,4}}(?:-\d{{1,4}})?,?[ \t]{{1,2}}(?:{_CAP_WORD}[ \t])?{_CAP_WORD}"
    r"-(?:ro|gil|daero|dong|ga)(?:[ \t]\d{1,3}(?:beon)?-gil)?(?![\w-])"
    # `Teheran-ro 35-gil 12` in the order of the Korean form.
    r"|(?<![\w.-])(?:[A-Z][a-z]{1,20}[ \t])?[A-Z][a-z]{1,20}-(?:ro|daero|gil)"
    r"(?:[ \t]\d{1,3}(?:beon)?-gil)?[ \t]\d{1,4}(?:-\d{1,4})?(?![\w-])"
)
KR_GATE = r"(?<=[a-z])-(?:ro|gil|daero|dong|ga)(?![\w-])"

# Rwanda's numbered streets, the house number after them: `KG 16 Ave 73`, `KN 5 Rd 12`
# (Kigali's districts KG, KK, KN; national and district roads RN, NR, DR).
RW_STREET = (r"(?<![\w])(?:K[GKN]|RN|NR|DR)[ \t]\d{1,4}[ \t](?:St|Ave|Rd)[ \t]\d{1,4}[A-Z]?"
             r"(?![\w])")

# Turkey: `Atatürk Cad. No: 45 D: 3`, `Kızılay Mah. Gül Sok. No:12`.
# Detection sees `ı` folded to `i` (a confusable): both spellings.
_TR_TYPE = r"(?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Soka[ğg][ıi]|Sk\.|Bulvar[ıi]|Blv\.|Bulv\.)"
TR_STREET = (
    rf"(?<![\w])(?:{LATIN_CAP}{LATIN}{{1,25}}[ \t](?:Mah\.|Mahallesi),?[ \t]{{1,2}})?"
    rf"(?:(?:{LATIN_CAP}{LATIN}{{1,25}}[ \t]{{1,2}}){{1,3}}|\d{{1,5}}\.?[ \t])"  # `1453 Sokak`
    rf"{_TR_TYPE},?[ \t]{{0,2}}"
    r"(?:No|Nu|Numara)[ \t]?[:.]?[ \t]?\d{1,4}[A-Z]?(?:/\d{1,3})?"
    r"(?:,?[ \t]{1,2}(?:D|Daire|Kat|K)[ \t]?[:.][ \t]?\d{1,3})*(?![\w])"
)
TR_WORDS = ("cad.", "caddesi", "cd.", "sok.", "sokak", "sokağı", "sokaği", "sk.", "bulvarı",
            "bulvari", "blv.", "bulv.")

# Czech and Slovak: `Vodičkova 681/12` (land-registry number / street number), `Husova č.p.
# 12`; a street name alone reads like any word, so a postal line or a Czech street ending
# (`-ova`, `-ého`, `-ská`) is needed.
CZ_STREET = (
    rf"(?<![\w-]){LATIN_CAP}{LATIN}{{2,30}}[ \t](?:(?:náměstí|nábřeží|třída|ulice|sady)[ \t])?"
    r"(?:č\.[ \t]?p\.[ \t]?\d{1,5}|"
    r"\d{1,4}/\d{1,4}[a-z]?)(?![\w/])"
)
CZ_STRONG = r"(?:ova|ová|ého|ská|ské|ského|cká|ní|ká|ý)[ \t]|č\.[ \t]?p\."
CZ_GATE = r"č\.[ \t]?p\.|(?<=[a-zá-ž][ \t])\d{1,4}/\d"

# India: `Sector 14`, `2nd Cross`, `5th Main Road` as the street line; only with a postal line.
# A labelled house number before the locality: `House No. 211, Civil Lines, ...`, `D-281,
# Gandhi Nagar, ...`.
IN_LOCALITY = (
    r"(?<![\w,])(?:#?\d{1,4}[A-Z]?,[ \t]{1,2})?(?:(?:Sector|Phase)[ \t]\d{1,3}[A-Z]?"
    r"|\d{1,2}(?:st|nd|rd|th)[ \t](?:Cross|Main|Block|Stage)(?:[ \t](?:Road|Rd\.?))?)(?![\w])"
    r"|(?<![\w])(?:(?:House|H\.|Door|Flat|Shop|Plot)[ \t]?No\.?|Plot)[ \t]?\d{1,5}[A-Za-z]?"
    r"(?:[/-]\d{1,4}){0,2}(?=,)|(?<![\w-])[A-Z]-\d{1,4}(?=,[ \t]{1,2}[A-Z])"
    # `22, Nehru Nagar`: a bare number before a locality named by its kind.
    r"|(?<![\w,-])\d{1,4}[A-Z]?,[ \t]{1,2}(?:[A-Z][a-z]{1,20}[ \t]){1,2}"
    r"(?:Nagar|Colony|Layout|Vihar|Enclave|Puram|Kunj|Bagh)(?![\w])"
)
IN_WORDS = ("sector", "phase", "cross", "main", "block", "stage", "no.", "house", "plot",
            "h.", "h.no.", "door", "flat", "shop", "nagar", "colony", "layout", "vihar",
            "enclave", "puram", "kunj", "bagh")
IN_LETTER_GATE = r"(?<![\w-])[A-Z]-\d{1,4},"

# Highways and boulevards numbered by the kilometre: `Rodovia BR-101, km 25`, `Blvd. Manuel
# Ávila Camacho Km 12.5`, `Ruta 5 Sur Km 28.4`, `Carretera Panamericana km. 23`; searched only
# before a `km` (a race's `Km 12.5 of the course` has no road word before it).
_KM_ROAD = (r"(?i:rodovia|estrada|carretera|autopista|autovía|autoestrada|ruta|calzada|camino|"
            r"blvd\.?|boulevard|bulevar|av\.|avenida|vía|via|highway|hwy\.?)")
HIGHWAY_KM = (
    rf"(?<![\w]){_KM_ROAD}[ \t]{{1,2}}(?:[A-Z]{{2,3}}-\d{{1,4}}|"
    rf"(?:(?:dos|das|do|da|de|del|a)[ \t])?(?:{LATIN_CAP}{LATIN}{{1,24}}|\d{{1,4}})"
    rf"(?:[ \t](?:(?:de|del|la|el|a)[ \t])?(?:{LATIN_CAP}{LATIN}{{1,24}}|\d{{1,4}})){{0,4}})"
    r",?[ \t]{1,2}(?i:km)\.?[ \t]?\d{1,4}(?:[.,]\d{1,3})?(?![\w])"
)
KM_WORDS = ("km", "km.")
# Colombia's grid addresses: `Calle 93 # 11-27`, `Carrera 7 No. 71-21`, `Cra. 15 #88-64 Sur`.
CO_GRID = (
    r"(?<![\w])(?:Calle|Carrera|Cra\.?|Cr\.?|Kra\.?|Cl\.?|Avenida|Av\.?|Diagonal|Dg\.?|"
    r"Transversal|Tv\.?|Circular)[ \t]\d{1,3}[A-Z]?(?:[ \t](?:Bis|Sur|Este))?[ \t]?"
    r"(?:#|No\.?|N°|Nº)[ \t]?\d{1,3}[A-Z]?[ \t]?-[ \t]?\d{1,3}(?:[ \t](?:Sur|Este))?(?![\w])"
)
# Guatemala's avenues and streets numbered by ordinals, the house as block-number (`4a Avenida
# 8-73, Zona 4`, `6a. Calle 10-25`).
GT_GRID = (r"(?<![\w])\d{1,2}[aª]\.?[ \t](?:Avenida|Av\.|Calle)"
           r"(?:[ \t](?:A|Sur|Norte|Poniente|Oriente))?"
           r"[ \t](?:No\.?[ \t]?|#[ \t]?)?\d{1,3}[A-Z]?-\d{1,3}(?![\w])")
GT_GATE = r"(?<![\w])\d{1,2}[aª]\.?[ \t](?:Avenida|Av\.|Calle)[ \t]"
# Thailand: the house number and the village (`91/12 Moo 7`), then tambon, amphoe, province;
# only with a postal line.
TH_MOO = r"(?<![\w/])\d{1,4}(?:/\d{1,4})?[ \t](?:Moo|Mu|M\.)[ \t]?\d{1,2}(?![\w])"
TH_WORDS = ("moo", "mu", "m.")
# Costa Rica's addresses by distance from a landmark: `De la Iglesia Católica, 100 m norte`,
# `200 metros al sur del Banco Nacional`.
CR_DIRECTION = (
    rf"(?<![\w])(?:(?:Del?|Frente[ \t]a|Contiguo[ \t]a|Costado[ \t](?:norte|sur|este|oeste)[ \t]de)"
    rf"[ \t](?:la|el|los|las)?[ \t]?{TOWN},?[ \t]{{1,2}})?\d{{1,4}}[ \t]?(?:m|mts\.?|metros|varas)"
    r"[ \t](?:al[ \t])?(?:norte|sur|este|oeste)(?![\w])"
    rf"(?:[ \t](?:de|del)[ \t](?:la|el)?[ \t]?{TOWN})?"
)
CR_GATE = r"\d[ \t]?(?:m|mts\.?|metros|varas)[ \t](?:al[ \t])?(?:norte|sur|este|oeste)(?![\w])"
# A street named without a type, its number, then a flat or an office (Chile's `Los Castaños
# 356, depto. 48`, `Huérfanos 1160, of. 512`): the unit says it is an address.
UNIT_STREET = (
    rf"(?<![\w-])(?!{_NUMBERED_THINGS})(?:(?:Los|Las|El|La|Av\.|Avenida|Pasaje|Calle)[ \t])?"
    rf"{LATIN_CAP}{LATIN}{{1,24}}"
    rf"(?:[ \t]{LATIN_CAP}{LATIN}{{1,24}}){{0,2}}[ \t]\d{{1,5}}[A-Z]?,?[ \t]{{1,2}}"
    r"(?:depto\.?|dpto\.?|Depto\.?|Dpto\.?|departamento|of\.|Of\.|oficina|Oficina|apto\.?|"
    r"Apto\.?|piso|Piso|int\.|Int\.|local|Local)[ \t]?\d{1,4}[A-Z]?(?![\w])"
)
UNIT_STREET_GATE = (r"\d[A-Z]?,?[ \t]{1,2}(?:depto\.?|dpto\.?|Depto\.?|Dpto\.?|departamento|of\.|"
                    r"Of\.|oficina|Oficina|apto\.?|Apto\.?|piso|Piso|int\.|Int\.|local|Local)"
                    r"[ \t]?\d")
CO_GATE = r"(?:#|No\.?|N°|Nº)[ \t]?\d{1,3}[A-Z]?[ \t]?-[ \t]?\d"

# What may be written before a street line, each with a comma, a line break or a space after
# it: units (`Flat 12B`, `Room 1203`, `Apt 109-705`, `House No. 45`, `B-204`), Hong Kong
# floors (`12/F`), blocks (`Blk 123`), buildings (`Kingsway Tower`, `Sakura Heights 302`).
_BUILDING = (
    "Mansion|Mansions|Heights|Court|Tower|Towers|Building|Bldg\\.?|House|Residency|Residence|"
    "Apartments|Plaza|Centre|Center|Complex|Arcade|Chambers|Villas?|Palace|Gardens|Estate|Hall|"
    "Condominium|Condo|Residences|Suites|"
    # UK and Irish house names (`Rose Cottage`, `The Old Forge`), written instead of a number.
    "Cottage|Barn|Lodge|Farm|Farmhouse|Forge|Manor|Grange|Rectory|Vicarage|Maltings"
)
HEAD = (
    r"(?:(?:Flat|Room|Rm\.?|Unit|Suite|Ste\.?|Apt\.?|Apartment|Shop|Studio|Level|Floor|Lot|"
    r"Plot(?:[ \t]No\.?)?|House(?:[ \t]No\.?)?|H\.[ \t]?No\.?|Door[ \t]No\.?|Block|Blk\.?|"
    r"Bldg\.?|Building|Tower|Wing)[ \t]{1,2}#?(?:[A-Z]?-?\d{1,5}(?:[-/]\d{1,4})?[A-Za-z]?|[A-Z])"
    r"|\d{1,3}/F|[A-Z]-\d{1,4}|#\d{1,3}-\d{1,5}|#[ \t]?\d{1,5}[A-Za-z]?|No\.[ \t]?\d{1,5}[A-Za-z]?"
    # Vietnamese house number and lanes before the street: `Số 15 Ngõ 42 Ngách 7 Phố ...`.
    r"|(?:Số|số|Ngõ|ngõ|Ngách|ngách|Hẻm|hẻm|Kiệt|kiệt)[ \t]\d{1,4}[A-Za-z]?(?:/\d{1,4})?"
    r"|(?:RMB|R\.M\.B\.|Locked[ \t]Bag|Private[ \t]Bag)[ \t]X?\d{1,5}"  # AU, ZA rural boxes
    r"|\d{1,2}(?:st|nd|rd|th)[ \t](?:Floor|Fl\.?)"
    # French, Spanish, Austrian parts of a building after its name: `Résidence Les Tilleuls,
    # bât. B`, `esc. 2`, `Stiege 3` (a letter or a number after the word).
    r"|(?:[Bb]ât\.|[Bb]âtiment|[Ee]sc\.|[Ee]scalier|[Ee]ntrée|[Ss]tiege)"
    r"[ \t]{1,2}[A-Z0-9]{1,3}(?![\w])"
    rf"|Maison[ \t]{WORD}(?:[ \t]\d{{1,4}})?"
    # Farms and houses named with the kind first: `Ferme des Tilleuls`, `Quinta do Lago`.
    rf"|(?:Ferme|Domaine|Résidence|Château|Villa|Quinta|Hacienda|Finca|Casa|Torre)[ \t]"
    rf"(?:(?:des|du|de|la|le|do|da|dos|das|del|los|las)[ \t])?{WORD}(?:[ \t]{WORD})?"
    rf"|(?:{WORD}[ \t]){{1,2}}(?:{_BUILDING})(?:[ \t]\d{{1,4}}[A-Z]?)?)"
)
# Where one may be: its words (one Aho-Corasick pass) and marks.
HEAD_WORDS = (
    "flat", "room", "rm", "rm.", "unit", "suite", "ste", "ste.", "apt", "apt.", "apartment",
    "shop", "studio", "level", "floor", "lot", "plot", "house", "h.", "h.no.", "door", "block",
    "blk", "blk.", "bldg", "bldg.", "building", "tower", "towers", "wing", "no.", "maison",
    "mansion", "mansions", "heights", "court", "residency", "residence", "residences",
    "apartments", "plaza", "centre", "center", "complex", "arcade", "chambers", "villa",
    "villas", "palace", "gardens", "estate", "hall", "condominium", "condo", "suites",
    "cottage", "barn", "lodge", "farm", "farmhouse", "forge", "manor", "grange", "rectory",
    "vicarage", "maltings", "ferme", "domaine", "résidence", "château", "quinta", "hacienda",
    "finca", "casa", "torre", "rmb", "r.m.b.", "locked", "private", "số", "ngõ", "ngách",
    "hẻm", "kiệt",
)
HEAD_MARK = r"\d/F|(?<![\w-])[A-Z]-\d|#\d"
_HEAD_SEP = r"(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*|[ \t]{1,3}[|·•][ \t]{1,3}|[ \t]{1,2})"
# A label whose number the street line took (`Plot 55, 2nd Cross` when `55, 2nd Cross` is the
# anchor).
_LABEL = (r"(?:Plot|Flat|House(?:[ \t]No\.?)?|H\.[ \t]?No\.?|Door[ \t]No\.?|No\.|Lot|Blk\.?|Block"
          r"|Số|số|Ngõ|ngõ|Ngách|ngách|Hẻm|hẻm|Kiệt|kiệt)")  # Vietnamese `Số 52 Đường Lê Lợi`
# After a unit, a building's own name may follow (`Unit 2301, 23/F, Cityplaza One, ...`).
_NAMED = rf"(?:{TOWN}[ \t]*,[ \t]*)?"  # `Unit 21, Cnoc na Gréine, ...`
HEADS_BEFORE = (
    rf"(?<![\w.-])(?:(?:{HEAD}{_HEAD_SEP}{_NAMED}){{1,4}}"
    rf"|(?:{HEAD}{_HEAD_SEP}){{0,3}}{_LABEL}[ \t]{{1,2}})$"
)

# Vietnam: a house number (`85/20`, `12A`) and a street named without a type word, right before
# its ward (`85/20 Sao Mai, Phường Láng Hạ, ...`): an address only with that ward line.
VN_WORDS = ("Phường", "Xã", "Thị trấn")  # not `Ward`: `bed 12 Jones, Ward 3` is a hospital's
VN_GATE = r",[ \t]{1,2}(?:Phường|Xã|Thị[ \t]trấn)[ \t]"
VN_STREET = (
    rf"(?<![\w/.,-])\d{{1,4}}[A-Z]?(?:/\d{{1,4}}[A-Z]?){{0,2}}[ \t]{TOWN}"
    r"(?=,[ \t]{1,2}(?:Phường|Xã|Thị[ \t]trấn)[ \t])"
)

