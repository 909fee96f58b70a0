"""The `world4` set of benchmarks/addresses.py: layouts `ours`, `world`, `world2` and `world3`
lack.

    python benchmarks/addresses.py --set world4 [--n 600] [--misses]

OURS, synthetic, written BEFORE the detection it measures (figures before and after the
fixes are in the commit messages): a town written right after the street with no comma
(`1807 Tinker Way Ann Arbor MI 48104`, `42 wallaby way sydney nsw 2000`), lower-case
addresses outside the cue frames, Polish squares and estates without `ul.` (`Rynek Główny
12`, `plac Zbawiciela 5`, `os. Tysiąclecia 3/12`), towns of several words (`Freiburg im
Breisgau`, `Stratford-upon-Avon`, `Saint-Jean-de-Luz`, `Alphen aan den Rijn`), Spanish
floors and doors (`3.º izda.`, `esc. 2`, `pta. 4`), one-line addresses whose parts are
separated by ` - ` or ` | `, US unit designators before, after and between the lines, post
boxes of many posts (`Postfach`, `Apartado`, `Caixa Postal`, `Postboks`, `Private Bag`),
rural routes and delivery (`RR 2 Site 5 Comp 12`, `RMB 450`, `HC 65 Box 120`), UK
addresses with a county, Irish Eircodes after townlands and estates, Dutch `1234 AB`
postcodes with `hs` / `II` house numbers, Swedish `lgh`, Norwegian, Danish, Finnish and
Icelandic layouts, Japanese romanised blocks (`1-2-3 Shibuya`), Indian shops, flats and
crosses on a named road (`Flat 4B, MG Road`), Latin American layouts (Mexico, Argentina,
Chile, Peru, Uruguay, Venezuela, Ecuador), African ones (Nigeria, Ghana, Egypt, Morocco,
Tanzania, Ethiopia, Rwanda, Senegal); addresses inside a JSON value or a CSV cell whose
key or column does not say `address` (`"deliver_to"`, `notes`), Markdown tables, e-mail
signatures and `key=value` log lines.

Street names are composed here from our own roots (minerals, instruments, birds, weather
and craft words) and a few public roads (`MG Road`, `Oxford Street` in Accra); towns are
real cities with their public postcodes. Nothing comes from Faker, presidio-evaluator or
presidio-research.

Gold: every character of the address (units, building, street, locality, town, state or
province, postcode, country). A person's or company's name is not gold; in JSON / CSV /
Markdown / logs only the address value is gold.

Near misses (NEAR_MISSES): no address. Version numbers, product names with numbers, sports
scores, `Chapter 5, 2024`, a name + number + year (`Meridian 5, 2024 Annual Report`), times,
prices, rooms, gates and platforms without a street, legal citations, Dutch- and
Japanese-looking numbers that are not postcodes or blocks (`batch 2024 AB`, `steps 1-2-3`).
"""

from __future__ import annotations

import random

from addresses_sets import Gold, Prompt, generate, pieces
from addresses_sets import num as _n

# -- word stock (ours) -----------------------------------------------------------------------
ROOTS = ("Quartz", "Bassoon", "Plover", "Squall", "Cooper", "Feldspar", "Oboe", "Bittern",
         "Mistral", "Thatcher", "Basalt", "Lute", "Curlew", "Monsoon", "Wheelwright", "Garnet",
         "Cornet", "Dunlin", "Zephyr", "Chandler")
US_TYPES = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Way", "Ln", "Lane", "Dr", "Drive",
            "Blvd", "Ct", "Pl", "Terrace", "Trail", "Pkwy", "Circle")
US_TOWNS = (("Ann Arbor", "MI", "48104"), ("Sioux Falls", "SD", "57104"),
            ("Grand Rapids", "MI", "49503"), ("Cedar Rapids", "IA", "52401"),
            ("Bowling Green", "KY", "42101"), ("Baton Rouge", "LA", "70802"),
            ("Little Rock", "AR", "72201"), ("Chapel Hill", "NC", "27514"),
            ("Flagstaff", "AZ", "86001"), ("Tulsa", "OK", "74103"), ("Duluth", "MN", "55802"),
            ("Savannah", "GA", "31401"))
AU_TOWNS = (("Sydney", "NSW", "2000"), ("Geelong", "VIC", "3220"), ("Cairns", "QLD", "4870"),
            ("Fremantle", "WA", "6160"), ("Hobart", "TAS", "7000"), ("Darwin", "NT", "0800"),
            ("Wagga Wagga", "NSW", "2650"), ("Alice Springs", "NT", "0870"))
UK_TOWNS = (("Stratford-upon-Avon", "CV37 6AA"), ("Newcastle upon Tyne", "NE1 4ST"),
            ("Weston-super-Mare", "BS23 1AA"), ("Bury St Edmunds", "IP33 1BB"),
            ("Market Harborough", "LE16 7AA"), ("Frome", "BA11 1AA"),
            ("Tunbridge Wells", "TN1 1AA"), ("Ashby-de-la-Zouch", "LE65 1AA"))
UK_COUNTIES = ("Warwickshire", "Somerset", "Suffolk", "Leicestershire", "Kent", "Norfolk")
UK_ROADS = ("Sheep Street", "Bridge Street", "Cattle Market", "Priory Lane", "Tanyard Close",
            "Rope Walk", "Bell Lane", "Gravel Hill")
PEOPLE = ("Oluwaseun Bello", "M. Haugland", "Carmen Ibarra", "Keiko Sato", "Deepak Menon",
          "Sinéad Walsh", "Pieter de Wit", "Fatou Ndiaye")
COMPANIES = ("Basalt Analytics", "Curlew Freight", "Oboe & Lute Ltd", "Garnet Ceramics",
             "Mistral Optics")


def _us_street(rng: random.Random) -> str:
    return f"{_n(rng, 9000)} {rng.choice(ROOTS)} {rng.choice(US_TYPES)}"


# -- address layouts --------------------------------------------------------------------------

def _no_comma(rng):
    """The town right after the street with no comma (US, AU, UK)."""
    k = rng.randrange(4)
    if k == 0:
        town, st, z = rng.choice(US_TOWNS)
        return f"{_us_street(rng)} {town} {st} {z}"
    if k == 1:
        town, st, _ = rng.choice(US_TOWNS)
        return f"{_us_street(rng)} {town} {st}"
    if k == 2:
        town, st, pc = rng.choice(AU_TOWNS)
        return f"{_n(rng, 300)} {rng.choice(ROOTS)} {rng.choice(US_TYPES)} {town} {st} {pc}"
    town, pc = rng.choice(UK_TOWNS)
    return f"{_n(rng, 120)} {rng.choice(UK_ROADS)} {town} {pc}"


def _lower(rng):
    """Whole addresses typed in lower case (the frames add no address cue)."""
    k = rng.randrange(5)
    if k == 0:
        town, st, z = rng.choice(US_TOWNS)
        a = f"{_us_street(rng)}, {town}, {st} {z}"
    elif k == 1:
        town, st, pc = rng.choice(AU_TOWNS)
        a = f"{_n(rng, 300)} {rng.choice(ROOTS)} {rng.choice(US_TYPES)} {town} {st} {pc}"
    elif k == 2:
        town, pc = rng.choice(UK_TOWNS)
        a = f"{_n(rng, 120)} {rng.choice(UK_ROADS)}, {town} {pc}"
    elif k == 3:
        a = (f"{rng.choice(ROOTS)}straße {_n(rng, 90)}, "
             f"{rng.choice(DE_CODES)} {rng.choice(DE_TOWNS)}")
    else:
        town, st, z = rng.choice(US_TOWNS)
        a = f"{_us_street(rng)} apt {_n(rng, 40)} {town} {st} {z}"
    return a.lower()


PL = (("31-042", "Kraków"), ("00-592", "Warszawa"), ("50-106", "Wrocław"),
      ("80-831", "Gdańsk"), ("61-772", "Poznań"), ("20-076", "Lublin"))
PL_SQUARES = ("Rynek Główny", "plac Zbawiciela", "pl. Wolności", "Rynek Starego Miasta",
              "Aleje Ujazdowskie", "al. Niepodległości", "os. Tysiąclecia", "Plac Grunwaldzki",
              "Stary Rynek", "skwer Kościuszki")


def _poland(rng):
    pc, city = rng.choice(PL)
    square = rng.choice(PL_SQUARES)
    house = rng.choice((str(_n(rng, 60)), f"{_n(rng, 60)}/{_n(rng, 20)}", f"{_n(rng, 40)}A"))
    k = rng.randrange(3)
    if k == 0:
        return f"{square} {house}, {pc} {city}"
    if k == 1:
        return f"{square} {house}\n{pc} {city}\nPolska"
    return f"{square} {house} m. {_n(rng, 30)}, {pc} {city}"


DE_CODES = ("79098", "60311", "06108", "88131", "97070", "78462")
DE_TOWNS = ("Freiburg im Breisgau", "Frankfurt am Main", "Halle (Saale)", "Lindau (Bodensee)",
            "Rothenburg ob der Tauber", "Mülheim an der Ruhr")
FR_TOWNS = (("64500", "Saint-Jean-de-Luz"), ("62200", "Boulogne-sur-Mer"),
            ("13100", "Aix-en-Provence"), ("51100", "Reims"), ("06230", "Villefranche-sur-Mer"),
            ("84000", "Avignon"))
NL_TOWNS = (("2404 AB", "Alphen aan den Rijn"), ("4611 AA", "Bergen op Zoom"),
            ("5211 AB", "'s-Hertogenbosch"), ("2611 HB", "Delft"), ("3512 JE", "Utrecht"))


def _multi_town(rng):
    k = rng.randrange(5)
    if k == 0:
        return (f"{rng.choice(('Am', 'An der', 'Im'))} {rng.choice(ROOTS)}hof "
                f"{_n(rng, 40)}{rng.choice(('', 'a', 'b'))}, {rng.choice(DE_CODES)} "
                f"{rng.choice(DE_TOWNS)}")
    if k == 1:
        return (f"{rng.choice(ROOTS)}weg {_n(rng, 90)}\n"
                f"{rng.choice(DE_CODES)} {rng.choice(DE_TOWNS)}")
    if k == 2:
        pc, town = rng.choice(FR_TOWNS)
        street = rng.choice(("rue du Port", "avenue de Verdun", "place Louis XIV",
                             "boulevard Thiers", "rue Gambetta"))
        return f"{_n(rng, 80)} {street}, {pc} {town}"
    if k == 3:
        town, pc = rng.choice(UK_TOWNS)
        return f"{_n(rng, 80)} {rng.choice(UK_ROADS)}, {town} {pc}"
    pc, town = rng.choice(NL_TOWNS)
    return f"{rng.choice(ROOTS)}straat {_n(rng, 90)}, {pc} {town}"


ES = (("28005", "Madrid"), ("08012", "Barcelona"), ("46003", "Valencia"), ("29015", "Málaga"),
      ("48001", "Bilbao"), ("50001", "Zaragoza"))
ES_STREETS = ("Calle de Atocha", "C/ Sagasta", "Calle Larios", "Avda. de América",
              "Calle del Pez", "Gran Vía de les Corts Catalanes", "Paseo de Gracia")
ES_FLOORS = ("3.º izda.", "2º dcha.", "4.º B", "bajo A", "1.º 2.ª", "ático", "esc. 2, 3.º C",
             "5.º, pta. 4", "2.º izq.", "entlo. 1.ª")


def _spain(rng):
    pc, city = rng.choice(ES)
    street, floor = rng.choice(ES_STREETS), rng.choice(ES_FLOORS)
    k = rng.randrange(3)
    if k == 0:
        return f"{street} {_n(rng, 200)}, {floor}, {pc} {city}"
    if k == 1:
        return f"{street}, {_n(rng, 200)}, {floor}\n{pc} {city}"
    return f"{street}, n.º {_n(rng, 200)} {floor}, {pc} {city} (España)"


def _separated(rng):
    """The parts of an address on one line, separated by ` - ` or ` | `."""
    sep = rng.choice((" - ", " | ", " – ", " · "))
    k = rng.randrange(4)
    if k == 0:
        town, st, z = rng.choice(US_TOWNS)
        parts = [_us_street(rng), town, f"{st} {z}"]
    elif k == 1:
        town, pc = rng.choice(UK_TOWNS)
        parts = [f"{_n(rng, 90)} {rng.choice(UK_ROADS)}", town, pc]
    elif k == 2:
        parts = [f"{rng.choice(ROOTS)}straße {_n(rng, 90)}", f"{rng.choice(DE_CODES)} "
                 f"{rng.choice(DE_TOWNS)}"]
    else:
        town, st, z = rng.choice(US_TOWNS)
        parts = [f"Suite {_n(rng, 900)}", _us_street(rng), f"{town}, {st} {z}"]
    return sep.join(parts)


US_UNITS = ("Apt. {n}", "Apt {n}C", "Suite {n}", "Ste {n}", "Unit {n}", "#{n}", "# {n}",
            "Apt #{n}", "Unit {n}-B", "Suite {n}A")


def _us_units(rng):
    town, st, z = rng.choice(US_TOWNS)
    unit = rng.choice(US_UNITS).format(n=_n(rng, 300))
    k = rng.randrange(4)
    if k == 0:
        return f"{unit}, {_us_street(rng)}, {town}, {st} {z}"
    if k == 1:
        return f"{_us_street(rng)} {unit}\n{town} {st} {z}"
    if k == 2:
        return f"{_us_street(rng)}\n{unit}\n{town}, {st} {z}"
    return f"{_us_street(rng)} {unit} {town} {st} {z}"


def _boxes(rng):
    k = rng.randrange(8)
    n = _n(rng, 9000)
    if k == 0:
        return f"Postfach {_n(rng, 90)} {_n(rng, 90):02d} {_n(rng, 90):02d}, 50667 Köln"
    if k == 1:
        return f"Apartado de Correos {n}, 28080 Madrid"
    if k == 2:
        return f"Apartado Postal {_n(rng, 900)}, C.P. 68000, Oaxaca, Oax."
    if k == 3:
        return f"Caixa Postal {n}, 70040-020 Brasília - DF"
    if k == 4:
        return f"Postboks {n} Sentrum, 0104 Oslo"
    if k == 5:
        return f"Private Bag X{_n(rng, 90)}, Hatfield 0028, Pretoria"
    if k == 6:
        return f"P.O. Box {n}, Accra, Ghana"
    town, st, z = rng.choice(US_TOWNS)
    return f"PO Box {n}\n{town}, {st} {z}"


CA_RURAL = (("Rocky Mountain House", "AB", "T4T 1A1"), ("Antigonish", "NS", "B2G 2L4"),
            ("Gimli", "MB", "R0C 1B0"), ("Nipawin", "SK", "S0E 1E0"))


def _rural(rng):
    k = rng.randrange(5)
    if k == 0:
        town, prov, pc = rng.choice(CA_RURAL)
        return f"RR {_n(rng, 9)} Site {_n(rng, 20)} Comp {_n(rng, 60)}, {town}, {prov} {pc}"
    if k == 1:
        town, st, pc = rng.choice(AU_TOWNS)
        return f"RMB {_n(rng, 900)}, {rng.choice(ROOTS)} Road, {town} {st} {pc}"
    if k == 2:
        town, st, z = rng.choice(US_TOWNS)
        return f"HC {_n(rng, 90)} Box {_n(rng, 300)}, {town}, {st} {z}"
    if k == 3:
        return f"{_n(rng, 900)} {rng.choice(ROOTS)} Road, RD {_n(rng, 9)}, Masterton 5882"
    town, st, z = rng.choice(US_TOWNS)
    return f"{_n(rng, 30000)} Rural Route {_n(rng, 9)}, {town}, {st} {z}"


def _uk_county(rng):
    town, pc = rng.choice(UK_TOWNS)
    county = rng.choice(UK_COUNTIES)
    k = rng.randrange(3)
    if k == 0:
        return f"{_n(rng, 90)} {rng.choice(UK_ROADS)}, {town}, {county} {pc}"
    if k == 1:
        return f"The Old {rng.choice(('Bakery', 'School House', 'Chapel', 'Mill'))}, " \
               f"{rng.choice(UK_ROADS)}, {town}, {county}, {pc}"
    return f"{_n(rng, 90)} {rng.choice(UK_ROADS)}\n{town}\n{county}\n{pc}\nUnited Kingdom"


IE = (("Ballina, Co. Mayo", "F26 P2K9"), ("Dublin 12", "D12 X5Y6"),
      ("Kilkenny", "R95 K2T8"), ("Letterkenny, Co. Donegal", "F92 H6W3"),
      ("Naas, Co. Kildare", "W91 R2C4"), ("Castlebar, Co. Mayo", "F23 T8N2"))
IE_PLACES = ("Carrowmore", "Ballymount Industrial Estate", "Gortnaclohy", "Oldtown Demesne",
             "Cnoc na Gréine")


def _ireland(rng):
    town, code = rng.choice(IE)
    k = rng.randrange(3)
    if k == 0:
        return f"{rng.choice(IE_PLACES)}, {town} {code}"
    if k == 1:
        return f"Unit {_n(rng, 30)}, {rng.choice(IE_PLACES)}, {town}, {code}"
    return f"{_n(rng, 90)} {rng.choice(ROOTS)} Park, {town}, {code}"


def _netherlands(rng):
    pc, town = rng.choice(NL_TOWNS + (("1017 GB", "Amsterdam"), ("3011 AB", "Rotterdam")))
    root = rng.choice(ROOTS)
    house = rng.choice((f"{_n(rng, 200)}", f"{_n(rng, 200)}-hs", f"{_n(rng, 200)} II",
                        f"{_n(rng, 200)}-3hg", f"{_n(rng, 200)}A"))
    k = rng.randrange(3)
    if k == 0:
        return f"{root}straat {house}, {pc} {town}"
    if k == 1:
        return f"{root}laan {house}\n{pc}  {town}\nNederland"
    return f"Postbus {_n(rng, 9000)}, {pc} {town}"


def _nordic(rng):
    k = rng.randrange(5)
    root = rng.choice(ROOTS)
    if k == 0:
        return f"{root}gatan {_n(rng, 90)} lgh {_n(rng, 1500)}, 411 {_n(rng, 89) + 10} Göteborg"
    if k == 1:
        return f"{root}veien {_n(rng, 90)} B, 0368 Oslo"
    if k == 2:
        return f"{root}vej {_n(rng, 90)}, {_n(rng, 4)}. th., 8000 Aarhus C"
    if k == 3:
        return f"{root}katu {_n(rng, 40)} A {_n(rng, 30)}, 33100 Tampere"
    return f"{root}vegur {_n(rng, 40)}, 101 Reykjavík, Iceland"


JP = (("Shibuya", "Shibuya-ku", "Tokyo", "150-0002"), ("Kita-Aoyama", "Minato-ku", "Tokyo",
      "107-0061"), ("Nishi-Shinjuku", "Shinjuku-ku", "Tokyo", "160-0023"),
      ("Sakae", "Naka-ku", "Nagoya", "460-0008"), ("Umeda", "Kita-ku", "Osaka", "530-0001"),
      ("Tenjin", "Chuo-ku", "Fukuoka", "810-0001"))


def _japan(rng):
    area, ward, city, pc = rng.choice(JP)
    block = f"{_n(rng, 9)}-{_n(rng, 30)}-{_n(rng, 20)}"
    k = rng.randrange(4)
    if k == 0:
        return f"{block} {area}, {ward}, {city} {pc}"
    if k == 1:
        return f"{area} {block}, {ward}, {city}"
    if k == 2:
        return f"Room {_n(rng, 900)}, {rng.choice(ROOTS)} Mansion, {block} {area}, {ward}, {city}"
    return f"{city}-shi {ward} {area} {block}"


IN = (("Bengaluru", "560001"), ("Mumbai", "400050"), ("New Delhi", "110024"),
      ("Chennai", "600017"), ("Kochi", "682016"), ("Pune", "411001"))
IN_ROADS = ("MG Road", "Linking Road", "Residency Road", "Brigade Road", "Park Street",
            "FC Road", "Anna Salai")
IN_AREAS = ("Indiranagar", "Bandra West", "Defence Colony", "T. Nagar", "Kadavanthra",
            "Koregaon Park")


def _india(rng):
    city, pin = rng.choice(IN)
    road, area = rng.choice(IN_ROADS), rng.choice(IN_AREAS)
    k = rng.randrange(5)
    if k == 0:
        return f"Flat {_n(rng, 20)}{rng.choice('ABCD')}, {road}, {city} {pin}"
    if k == 1:
        return f"Shop No. {_n(rng, 40)}, {road}, {area}, {city} - {pin}"
    if k == 2:
        return f"#{_n(rng, 300)}, {_n(rng, 12)}th Cross, {area}, {city} {pin}"
    if k == 3:
        return f"{rng.choice('CDEK')}-{_n(rng, 200)}, {area}, {city} {pin}"
    return f"{_n(rng, 40)}/{_n(rng, 9)}, {road}\n{area}\n{city}, India"


def _latam(rng):
    k = rng.randrange(7)
    if k == 0:
        return (f"Av. Insurgentes Sur {_n(rng, 3000)}, Int. {_n(rng, 40)}, Col. Del Valle, "
                f"03100 Ciudad de México, CDMX")
    if k == 1:
        return f"Av. Rivadavia {_n(rng, 9000)} {_n(rng, 9)}° {rng.choice('ABC')}, C1406 CABA"
    if k == 2:
        return f"Av. Libertador Bernardo O'Higgins {_n(rng, 3000)}, depto {_n(rng, 90)}, Santiago"
    if k == 3:
        return f"Jr. Junín {_n(rng, 900)}, Cercado de Lima 15001"
    if k == 4:
        return f"18 de Julio {_n(rng, 2000)} apto {_n(rng, 900)}, 11100 Montevideo"
    if k == 5:
        return (f"Av. Francisco de Miranda, Edif. {rng.choice(ROOTS)}, Piso {_n(rng, 12)}, "
                f"Caracas 1060")
    return f"Av. Amazonas N{_n(rng, 40)}-{_n(rng, 200)} y Colón, Quito 170517"


def _africa(rng):
    k = rng.randrange(8)
    if k == 0:
        return f"Plot {_n(rng, 400)}, Adeola Odeku Street, Victoria Island, Lagos 101241"
    if k == 1:
        return f"House No. {_n(rng, 90)}, Oxford Street, Osu, Accra"
    if k == 2:
        return f"{_n(rng, 90)} El Tahrir St, Dokki, Giza 12611"
    if k == 3:
        return f"{_n(rng, 200)} Rue Mohammed V, 20000 Casablanca"
    if k == 4:
        return f"Plot {_n(rng, 90)}, Samora Avenue, Dar es Salaam, Tanzania"
    if k == 5:
        return f"Bole Sub-city, Woreda 03, House No. {_n(rng, 900)}, Addis Ababa"
    if k == 6:
        return f"KG {_n(rng, 30)} Ave {_n(rng, 90)}, Kigali, Rwanda"
    return f"Villa {_n(rng, 90)}, Cité Keur Gorgui, Dakar, Sénégal"


LAYOUTS = {
    "no-comma": _no_comma, "lower": _lower, "pl": _poland, "multi-town": _multi_town,
    "es-floor": _spain, "separated": _separated, "us-unit": _us_units, "box": _boxes,
    "rural": _rural, "uk-county": _uk_county, "ie": _ireland, "nl": _netherlands,
    "nordic": _nordic, "jp-roman": _japan, "in": _india, "latam": _latam, "africa": _africa,
}
FRAMES = (
    "{a}",
    "Address on file: {a}",
    "Please post the documents to {a} before the 14th.",
    "The workshop moved to {a} in January",
    "Forward all mail to\n{a}\nuntil further notice.",
    "Her new address is {a} - can you update the CRM?",
    "Collect the parcel from {a} (ring the bell twice).",
    "Is {a} inside our delivery zone?",
    "Registered at {a}",
    "Tenant: {org}, premises at {a}.",
)
# No address cue at all: chat and notes.
BARE_FRAMES = (
    "{a}",
    "omw to {a}",
    "its {a} btw",
    "{a} is the new place",
    "gps says {a}, 10 min",
    "parcel for {a}?",
    "booked the airbnb: {a}",
)


def _frame(layout: str, rng: random.Random) -> str:
    frame = rng.choice(BARE_FRAMES if layout in ("lower", "no-comma") and rng.random() < 0.6
                       else FRAMES)
    return frame.replace("{org}", rng.choice(COMPANIES))


# -- structured layouts ------------------------------------------------------------------------

def _json_cell(rng) -> tuple[str, Gold]:
    town, st, z = rng.choice(US_TOWNS)
    key = rng.choice(("deliver_to", "destination", "venue", "dropoff", "location", "notes"))
    if key == "notes":
        return pieces([('{"id": 88, "notes": "customer moved to ', False),
                       (f"{_us_street(rng)}, {town}, {st} {z}", True),
                       ('", "priority": 2}', False)])
    if rng.random() < 0.5:
        return pieces([(f'{{"order": {_n(rng, 90000)}, "{key}": "', False),
                       (f"{_us_street(rng)}, {town}, {st} {z}", True), ('"}', False)])
    pc, city = rng.choice(PL)
    return pieces([(f'[{{"{key}": "', False), (f"{rng.choice(PL_SQUARES)} {_n(rng, 40)}, "
                                               f"{pc} {city}", True),
                   ('", "eta": "2025-05-02"}]', False)])


def _csv_cell(rng) -> tuple[str, Gold]:
    town, st, z = rng.choice(US_TOWNS)
    who = rng.choice(PEOPLE)
    if rng.random() < 0.5:
        return pieces([("id,customer,deliver_to,amount\n", False),
                       (f'{_n(rng, 900)},{who},"', False),
                       (f"{_us_street(rng)}, {town}, {st} {z}", True), ('",42.10\n', False)])
    town2, pc = rng.choice(UK_TOWNS)
    return pieces([("ticket;notes;status\n", False), (f"T-{_n(rng, 9000)};left at ", False),
                   (f"{_n(rng, 90)} {rng.choice(UK_ROADS)}, {town2} {pc}", True),
                   (";closed\n", False)])


def _md_table(rng) -> tuple[str, Gold]:
    town, st, z = rng.choice(US_TOWNS)
    return pieces([("| Site | Where | Open |\n|---|---|---|\n| Depot | ", False),
                   (f"{_us_street(rng)}, {town}, {st} {z}", True),
                   (" | Mon-Fri |\n", False)])


def _signature(rng) -> tuple[str, Gold]:
    town, st, z = rng.choice(US_TOWNS)
    who, org = rng.choice(PEOPLE), rng.choice(COMPANIES)
    if rng.random() < 0.5:
        return pieces([(f"--\n{who} | {org} | ", False),
                       (f"{_us_street(rng)}, {town}, {st} {z}", True),
                       (" | ext. 214", False)])
    pc, city = rng.choice(ES)
    return pieces([(f"Saludos,\n{who}\n{org} · ", False),
                   (f"{rng.choice(ES_STREETS)} {_n(rng, 90)}, {rng.choice(ES_FLOORS)}, "
                    f"{pc} {city}", True),
                   (" · Tel. en la web", False)])


def _kv_log(rng) -> tuple[str, Gold]:
    town, st, z = rng.choice(US_TOWNS)
    return pieces([(f"2025-04-11T09:12:03Z level=info event=geocode user={_n(rng, 9999)} "
                    'addr="', False), (f"{_us_street(rng)}, {town}, {st} {z}", True),
                   ('" ok=true latency_ms=41', False)])


STRUCTURED = {"json-cell": _json_cell, "csv-cell": _csv_cell, "md-table": _md_table,
              "signature": _signature, "kv-log": _kv_log}


def build(n: int, seed: int) -> list[Prompt]:
    """(layout, text, gold spans) per prompt, one layout after another."""
    names = list(LAYOUTS) + list(STRUCTURED)
    return generate(n, seed, lambda i: names[i % len(names)], LAYOUTS, STRUCTURED, _frame)


# -- near misses: no address anywhere -----------------------------------------------------------
_FIXED = (
    # A name, a number and a year, or a numbered thing and a year.
    "Meridian 5, 2024 Annual Report",
    "Chapter 5, 2024 edition of the handbook",
    "Volume 12, 2019 Proceedings of the Society",
    "Apollo 13, 1995 film directed by Ron Howard",
    "Article 5, 2019 Convention on workplace violence",
    "Season 3, 2022 finale drew 4 million viewers.",
    "Track 7, 1998 remaster sounds thin.",
    "Issue 44, 2023 Spring Quarterly",
    # Versions and builds.
    "Upgrade nginx 1.25.3 and OpenSSL 3.0.13 tonight.",
    "Kubernetes 1.29 drops the v1beta1 API.",
    "Release 2024.04.1 - 12 fixes, 3 known issues",
    "Firmware 5.12 | Bootloader 2.1 | Radio 0.9",
    "Java 21 LTS - Spring Boot 3.2 - Gradle 8.5",
    # Products with numbers.
    "The Canon EOS R5 and the Nikon Z8 both shoot 8K.",
    "Volvo 240 GL, Saab 9-3 Aero and a VW Golf 7 GTI were for sale.",
    "iPhone 15 Pro Max 256 GB in Natural Titanium",
    "Boeing 787-9 Dreamliner seats 290 in two classes.",
    "Dyson V15 Detect and the Roomba j7+ compared",
    "Nintendo Switch OLED Model, Mario Kart 8 Deluxe bundle",
    # Sports scores.
    "Rams 24, Bears 17 at the half.",
    "Celtic 2 - 0 Rangers, Parkhead erupts",
    "Djokovic won 6-4, 3-6, 7-5 in Melbourne.",
    "Lakers 118 | Warriors 112 | OT",
    "India 287/6 in 50 overs; Australia 250 all out.",
    # Times and dates.
    "Open Mon-Fri 9-17, Sat 10-14, closed Sunday.",
    "Meeting moved to 14:30 CET on 5 May 2025.",
    "Shift 3 starts at 22:00 and ends at 06:00.",
    "The train leaves at 7 15 and arrives at 9 40.",
    # Prices and quantities.
    "Price: €12,50 per item, 2 for €20, VAT incl.",
    "Tickets $45 | $60 | $85 VIP",
    "Order 12 Oak boards and 4 Maple planks, 2400 mm each.",
    "Buy 3 get 1 free on 500 ml bottles.",
    # Rooms, gates, platforms without a street.
    "Gate 12, Terminal 3 - boarding at 10:40",
    "Platform 9 3/4 is a joke from the books.",
    "Room 214, Building C - bring your badge.",
    "Suite 300 of the test harness covers payments.",
    "Level 3 lockdown, Sector 7 cleared.",
    "Desk 12, Floor 4, West Wing",
    # Legal citations.
    "Brown v. Board of Education, 347 U.S. 483 (1954)",
    "Roe v. Wade, 410 U.S. 113, 1973",
    "Regulation (EU) 2016/679, Art. 33(1)",
    "Directive 95/46/EC was repealed in 2018.",
    "[2019] UKSC 41, para 12",
    "BGH, Urteil vom 12.03.2020 - I ZR 27/19",
    "Art. 1382 Code civil; Cass. civ. 1re, 12 mai 2021",
    # Looks like a postcode or a block but is not.
    "Batch 2024 AB failed QA; batch 2025 CD passed.",
    "Steps 1-2-3 Go: a beginner's dance class.",
    "Table 4-2-1 Formation is a football tactic.",
    "Error 0x80070057 - code 1234 AB in the log",
    "Model 3-5-12 Alpha was decommissioned.",
    # Roads and places in prose without a number.
    "Traffic on MG Road is terrible today.",
    "Oxford Street is busy at Christmas.",
    "Rynek Główny is the largest square in Europe.",
    "We walked along the Rue de Rivoli after lunch.",
    "Paseo de Gracia has the best shops in Barcelona.",
    "Stratford-upon-Avon is Shakespeare's birthplace.",
    "Freiburg im Breisgau gets the most sun in Germany.",
    # Code and data.
    'SELECT * FROM stores WHERE postcode LIKE \'1234%\' AND city = ?',
    '{"street_view": true, "zoom": 12, "lat": 52.1, "lng": 4.3}',
    "id,name,score\n1,Garnet,42\n2,Quartz,37\n",
    "level=warn msg=\"retry 3 of 5\" host=web-12 dc=eu-west-1",
    "| Version | Date |\n|---|---|\n| 2.4 | 2024-03 |",
)
_TEMPLATES = (
    "{root} {n}, {year} Annual Review",
    "Chapter {n}, {year}",
    "v{n}.{k}.{m} - {k} fixes",
    "{root} {n} Pro, {k} GB",
    "Final: {root}s {n}, Rovers {k}",
    "Doors at {h}:{m:02d}, show at {h2}:{m:02d}",
    "Only ${n}.{m:02d} | was ${big}",
    "Room {n}, Level {k} of the library",
    "See {n} U.S.C. {big} and {year} amendments",
    "Lot {n} of {big} sold for {k} thousand",
)


def _near_misses(n: int = 40, seed: int = 17) -> tuple[str, ...]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        t = _TEMPLATES[i % len(_TEMPLATES)]
        out.append(t.format(n=_n(rng, 60), k=_n(rng, 9), m=rng.randint(10, 59),
                            h=_n(rng, 9), h2=_n(rng, 9) + 1, big=rng.randint(1000, 9999),
                            year=rng.randint(1990, 2026), root=rng.choice(ROOTS)))
    return tuple(out)


NEAR_MISSES = _FIXED + _near_misses()
