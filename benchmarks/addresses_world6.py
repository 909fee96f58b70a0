"""The `world6` set of benchmarks/addresses.py: layouts and carriers `ours` .. `world5` lack.

    python benchmarks/addresses.py --set world6 [--n 600] [--misses]

OURS, synthetic, written BEFORE the detection it measures (figures before and after the
fixes are in the commit messages): every USPS street-suffix abbreviation of Publication 28
(`Aly`, `Anx`, `Byp`, `Cswy`, `Expy`, `Fwy`, `Ldg`, `Lndg`, `Plz`, `Trce`, `Xing`, `Holw`,
`Jct`, `Vlg` ...), the secondary unit designators written USPS's way (`PH`, `RM`, `SPC`,
`TRLR`, `LOT`, `FL`, `BLDG`, `UNIT`, `DEPT`, `HNGR`, `PIER`, `SLIP`), military APO / FPO /
DPO, post-office boxes and private mailboxes (`PMB`), Canadian lines with province and
postcode (and Québec's `(Québec)`), Australian and New Zealand layouts, Irish Eircodes,
Dutch, Belgian, Nordic, Polish, Czech, Slovak, Portuguese, Greek and Turkish layouts,
romanised Japanese and Korean addresses, Middle Eastern post boxes, buildings and blocks;
carried in shipping labels, invoices, JSON, YAML, SQL rows, one-line `key=value;` fields,
e-mail signatures, chat (`I'm at 12 Elm St, come by`), a street followed by `in Town, ST`,
and an address that a line break splits in the middle of a field.

Before any fix (n 600, seed 13): leak 0.278, fully masked 0.570 (258 of 600 prompts leak);
near misses STREET_ADDRESS over-mask 0.000.

Street names are composed here from our own roots (minerals, instruments, weather and sea
words we picked) and towns are real cities with their public postcode formats. Nothing comes
from Faker, presidio-evaluator or presidio-research, nor from the earlier sets.

Gold: every character of the address (units, building, street, locality, town, state or
province, postcode, country). A person's or company's name is not gold; in fields, JSON,
YAML and SQL only the address values are gold.

Near misses (NEAR_MISSES): no address. Company names with a street word, conference rooms,
version strings, product codes, measurements, game scores, highway and route mentions, box
and lot counts, APO as a word.
"""

from __future__ import annotations

import random

from addresses_sets import Gold, Prompt, generate, pieces
from addresses_sets import num as _n

# -- word stock (ours) -----------------------------------------------------------------------
ROOTS = ("Basalt", "Cobalt", "Quartz", "Obsidian", "Feldspar", "Zephyr", "Monsoon", "Cirrus",
         "Mandolin", "Oboe", "Bassoon", "Sitar", "Halyard", "Bowsprit", "Kelp", "Coral",
         "Garnet", "Pewter", "Nimbus", "Dulcimer", "Gypsum", "Tundra")
# USPS Publication 28, C1: the standard abbreviations, the rare ones first.
USPS = ("Aly", "Anx", "Arc", "Byp", "Cswy", "Expy", "Fwy", "Hwy", "Ldg", "Lndg", "Pkwy", "Plz",
        "Sq", "Ter", "Trce", "Xing", "Xrd", "Bch", "Bnd", "Blf", "Brg", "Brk", "Cmn", "Cor",
        "Crk", "Crst", "Cv", "Ext", "Frst", "Frk", "Gdn", "Gln", "Grn", "Grv", "Hbr", "Holw",
        "Hvn", "Jct", "Knl", "Lk", "Mdw", "Mnr", "Orch", "Psge", "Pne", "Rnch", "Rdg", "Riv",
        "Shr", "Spg", "Sta", "Smt", "Tpke", "Trak", "Trwy", "Vly", "Vw", "Vlg", "Vis", "Walk",
        "Wl", "Crse", "Fld", "Flt", "Pt", "Prt", "Rst", "Spur", "Sqs", "Strm", "Cyn")
US_TOWNS = (("Dubuque", "IA", "52001"), ("Missoula", "MT", "59801"),
            ("Pocatello", "ID", "83201"), ("Bangor", "ME", "04401"), ("Duluth", "MN", "55802"),
            ("Chattanooga", "TN", "37402"), ("Savannah", "GA", "31401"),
            ("Rapid City", "SD", "57701"), ("Cheyenne", "WY", "82001"),
            ("Burlington", "VT", "05401"), ("Fargo", "ND", "58102"), ("Roanoke", "VA", "24011"),
            ("Yakima", "WA", "98901"), ("Wilmington", "NC", "28401"),
            ("Sioux Falls", "SD", "57104"), ("Grand Junction", "CO", "81501"),
            ("Traverse City", "MI", "49684"), ("Bowling Green", "KY", "42101"),
            ("Las Cruces", "NM", "88001"), ("Winston-Salem", "NC", "27101"),
            ("St. Cloud", "MN", "56301"), ("Port Huron", "MI", "48060"),
            ("Coeur d'Alene", "ID", "83814"), ("Lebanon", "NH", "03766"),
            ("Florence", "AL", "35630"), ("Hilo", "HI", "96720"))
CA_TOWNS = (("Kamloops", "BC", "V2C 2H5"), ("Lethbridge", "AB", "T1J 0P3"),
            ("Sudbury", "ON", "P3E 1H6"), ("Fredericton", "NB", "E3B 1B1"),
            ("St. John's", "NL", "A1C 5M2"), ("Yellowknife", "NT", "X1A 2L9"),
            ("Brandon", "MB", "R7A 5Y7"), ("Nanaimo", "BC", "V9R 5J6"),
            ("Kingston", "ON", "K7L 2Z6"), ("Regina", "SK", "S4P 3Y2"))
QC_TOWNS = (("Trois-Rivières", "G9A 5H3"), ("Gatineau", "J8X 3X7"), ("Rimouski", "G5L 1A1"),
            ("Laval", "H7N 4Z2"))
AU_TOWNS = (("Wollongong", "NSW", "2500"), ("Geelong", "VIC", "3220"), ("Cairns", "QLD", "4870"),
            ("Darwin", "NT", "0800"), ("Hobart", "TAS", "7000"), ("Fremantle", "WA", "6160"),
            ("Alice Springs", "NT", "0870"), ("Albury", "NSW", "2640"),
            ("Glenelg", "SA", "5045"))
NZ_TOWNS = (("Tauranga", "3110"), ("Napier", "4110"), ("Nelson", "7010"),
            ("Invercargill", "9810"), ("Palmerston North", "4410"), ("Whangarei", "0110"))
IE_TOWNS = (("Galway", "H91"), ("Cork", "T12"), ("Limerick", "V94"), ("Waterford", "X91"),
            ("Kilkenny", "R95"), ("Sligo", "F91"), ("Athlone", "N37"), ("Drogheda", "A92"))
IE_COUNTIES = ("Co. Galway", "Co. Cork", "Co. Clare", "Co. Mayo", "Co. Kerry", "Co. Meath")
PEOPLE = ("Ines Carvalho", "Bjørn Halvorsen", "Aiko Tanaka", "Marek Dvořák", "Leila Haddad",
          "Seo-yeon Park", "Declan Moriarty", "Thandi Nkosi", "Rafael Ortega", "Elif Yıldız")
COMPANIES = ("Basalt Freight Co.", "Oboe Analytics", "Cirrus & Kelp Ltd", "Garnet Dental",
             "Zephyr Outfitters", "Halyard Marine Supply")


def _town(rng):
    return rng.choice(US_TOWNS)


def _street(rng, suffixes=USPS) -> str:
    return f"{_n(rng, 9999)} {rng.choice(ROOTS)} {rng.choice(suffixes)}"


def _letters(rng, k: int = 2) -> str:
    return "".join(rng.choice("ACDEFHKNPRTVWXY") for _ in range(k))


def _eircode(rng, key: str) -> str:
    return f"{key} {_letters(rng, 1)}{_n(rng, 9)}{_letters(rng, 1)}{_n(rng, 9)}"


# USPS Publication 28, C2, as USPS writes them (capitals, no full stop) and as people do.
UNITS = ("PH {n}", "RM {n}", "SPC {n}", "TRLR {n}", "LOT {n}", "FL {n}", "BLDG {n}",
         "UNIT {n}", "DEPT {n}", "HNGR {n}", "PIER {n}", "SLIP {n}", "STE {n}", "APT {n}",
         "# {n}", "Rm. {n}", "Spc {n}", "Trlr {n}", "Bldg. {n}", "Ph {n}", "Hngr {n}",
         "Dept. {n}", "Lot {n}", "Fl {n}")


def _unit(rng) -> str:
    return rng.choice(UNITS).format(n=_n(rng, 400))


# -- address layouts --------------------------------------------------------------------------

def _usps_suffix(rng):
    """Every USPS suffix abbreviation, with and without a full stop and a unit."""
    town, st, z = _town(rng)
    k = rng.randrange(4)
    street = _street(rng)
    if k == 0:
        return f"{street}, {town}, {st} {z}"
    if k == 1:
        return f"{street}.\n{town}, {st} {z}"
    if k == 2:
        return f"{street} {_unit(rng)}, {town}, {st} {z}"
    return f"{_n(rng, 9999)} {rng.choice(('N', 'S', 'E', 'W', 'NE', 'SW'))} " \
           f"{rng.choice(ROOTS)} {rng.choice(USPS)} {rng.choice(('NW', 'SE', 'E', 'W'))}, " \
           f"{town}, {st} {z}"


def _units(rng):
    """Secondary unit designators after the street, on their own line, before it."""
    town, st, z = _town(rng)
    unit = _unit(rng)
    street = _street(rng, ("St", "Ave", "Rd", "Dr", "Blvd", "Ln", "Ct", "Way", "Pkwy"))
    k = rng.randrange(4)
    if k == 0:
        return f"{street} {unit}\n{town}, {st} {z}"
    if k == 1:
        return f"{street}\n{unit}\n{town}, {st} {z}"
    if k == 2:
        return f"{unit}, {street}, {town}, {st} {z}"
    return f"{street}, {unit}, {town} {st} {z}-{_n(rng, 9000):04d}"


def _military(rng):
    """APO / FPO / DPO: unit and box, ship and hull number, PSC and CMR boxes."""
    k = rng.randrange(5)
    region, z = rng.choice((("AE", "09"), ("AP", "96"), ("AA", "340")))
    zip5 = z + f"{_n(rng, 999):03d}"[: 5 - len(z)]
    if k == 0:
        return f"Unit {_n(rng, 9000) + 1000} Box {_n(rng, 9000)}\nAPO {region} {zip5}"
    if k == 1:
        return f"PSC {_n(rng, 900) + 100}, Box {_n(rng, 9000)}\nAPO {region} {zip5}"
    if k == 2:
        return f"USS {rng.choice(('Halyard', 'Bowsprit', 'Monsoon', 'Tundra'))} " \
               f"(DDG {_n(rng, 120)})\nFPO {region} {zip5}-{_n(rng, 9000):04d}"
    if k == 3:
        return f"CMR {_n(rng, 900)} Box {_n(rng, 9000)}, APO {region} {zip5}"
    return f"{_n(rng, 9000) + 1000} {rng.choice(('Embassy', 'Consulate'))} Pl\n" \
           f"DPO {region} {zip5}"


def _boxes(rng):
    """Post-office boxes, private mailboxes (`PMB`), boxes with a station."""
    town, st, z = _town(rng)
    k = rng.randrange(5)
    if k == 0:
        return f"PO Box {_n(rng, 99999)}\n{town}, {st} {z}-{_n(rng, 9000):04d}"
    if k == 1:
        return f"{_street(rng)} PMB {_n(rng, 900)}, {town}, {st} {z}"
    if k == 2:
        return f"PMB {_n(rng, 900)}\n{_street(rng)}\n{town}, {st} {z}"
    if k == 3:
        t, p, pc = rng.choice(CA_TOWNS)
        return f"PO Box {_n(rng, 9000)}, Stn {rng.choice(('Main', 'A', 'Central'))}, " \
               f"{t}, {p} {pc}"
    return f"P.O. Box {_n(rng, 9000)}, {_street(rng, ('St', 'Ave', 'Rd'))}, {town}, {st} {z}"


def _canada(rng):
    town, p, pc = rng.choice(CA_TOWNS)
    k = rng.randrange(5)
    if k == 0:
        return f"{_n(rng, 900)}-{_n(rng, 9000)} {rng.choice(ROOTS)} " \
               f"{rng.choice(('Cres', 'Blvd', 'Crt', 'Terr', 'Gate'))}, {town}, {p} {pc}"
    if k == 1:
        return f"{_street(rng, ('Street', 'Avenue', 'Road', 'Drive'))}\n{town} {p}  {pc}"
    if k == 2:
        t, q = rng.choice(QC_TOWNS)
        rue = rng.choice(('Saint-Laurent', 'des Érables', 'Notre-Dame'))
        return f"{_n(rng, 9000)}, rue {rue}, app. {_n(rng, 40)}, {t} (Québec) {q}"
    if k == 3:
        return f"Unit {_n(rng, 30)} - {_street(rng, ('St', 'Ave', 'Rd'))}, {town}, {p}, " \
               f"{pc}, Canada"
    return f"{_n(rng, 9000)} {rng.choice(ROOTS)} {rng.choice(('Street', 'Road'))} " \
           f"{rng.choice(('East', 'West', 'North'))}, {town}, {p} {pc}"


def _au_nz(rng):
    k = rng.randrange(6)
    if k < 4:
        town, s, pc = rng.choice(AU_TOWNS)
        if k == 0:
            return f"Level {_n(rng, 40)}, {_n(rng, 300)} {rng.choice(ROOTS)} St, {town} {s} {pc}"
        if k == 1:
            return f"Shop {_n(rng, 30)}/{_n(rng, 300)} {rng.choice(ROOTS)} " \
                   f"{rng.choice(('Pde', 'Hwy', 'Esp', 'Cct', 'Tce'))}, {town} {s} {pc}"
        if k == 2:
            return f"{_n(rng, 300)} {rng.choice(ROOTS)} Road\n{town.upper()} {s} {pc}"
        return f"Lot {_n(rng, 900)} {rng.choice(ROOTS)} Rd, {town}, {s}, {pc}, Australia"
    town, pc = rng.choice(NZ_TOWNS)
    if k == 4:
        return f"Flat {_n(rng, 9)}, {_n(rng, 200)} {rng.choice(ROOTS)} Street, " \
               f"{rng.choice(('Te Aro', 'Ponsonby', 'Riccarton'))}, {town} {pc}"
    return f"{_n(rng, 900)} {rng.choice(ROOTS)} Road, RD {_n(rng, 9)}, {town} {pc}, New Zealand"


def _ireland(rng):
    town, key = rng.choice(IE_TOWNS)
    k = rng.randrange(4)
    if k == 0:
        return f"Apt {_n(rng, 60)}, The {rng.choice(ROOTS)} Maltings, Dock Road, {town} " \
               f"{_eircode(rng, key)}"
    if k == 1:
        return f"{_n(rng, 90)} {rng.choice(ROOTS)} Park, {town}, {rng.choice(IE_COUNTIES)}, " \
               f"{_eircode(rng, key)}"
    if k == 2:
        return f"{rng.choice(ROOTS)} House\nBallyvolane\n{town}\n{_eircode(rng, key)}"
    return f"{_n(rng, 90)} Main Street, {rng.choice(('Ennis', 'Westport', 'Dingle'))}, " \
           f"{rng.choice(IE_COUNTIES)} {_eircode(rng, key)}"


def _benelux_nordic(rng):
    k = rng.randrange(10)
    r = rng.choice(ROOTS)
    if k == 0:
        return f"{r}straat {_n(rng, 200)}, {_n(rng, 8999) + 1000} " \
               f"{_letters(rng)} {rng.choice(('Eindhoven', 'Utrecht', 'Leiden', 'Zwolle'))}"
    if k == 1:
        return f"Stationsplein {_n(rng, 40)}-{rng.choice(('A', 'II', 'bis'))}\n" \
               f"{_n(rng, 8999) + 1000} {_letters(rng)} Groningen"
    if k == 2:
        return f"Rue {rng.choice(('de la Loi', 'du Marché', 'Haute'))} {_n(rng, 120)} bte " \
               f"{_n(rng, 9)}, {rng.choice(('1000 Bruxelles', '4000 Liège', '5000 Namur'))}"
    if k == 3:
        return f"{r}laan {_n(rng, 90)} bus {_n(rng, 9)}, " \
               f"{rng.choice(('9000 Gent', '2000 Antwerpen', '3000 Leuven', '8000 Brugge'))}"
    if k == 4:
        return f"{r}gatan {_n(rng, 90)}{rng.choice(('', 'A', 'B'))}, " \
               f"{rng.choice(('111 36 Stockholm', '411 24 Göteborg', '753 20 Uppsala'))}"
    if k == 5:
        return f"{r}vej {_n(rng, 90)}, {_n(rng, 4)}. {rng.choice(('th', 'tv', 'mf'))}., " \
               f"{rng.choice(('8000 Aarhus C', '5000 Odense C', '2100 København Ø'))}"
    if k == 6:
        return f"{r}veien {_n(rng, 90)}, " \
               f"{rng.choice(('0181 Oslo', '5003 Bergen', '7011 Trondheim'))}"
    if k == 7:
        return f"{r}katu {_n(rng, 40)} {rng.choice('ABC')} {_n(rng, 40)}, " \
               f"{rng.choice(('33100 Tampere', '20100 Turku', '90100 Oulu'))}"
    if k == 8:
        return f"Meir {_n(rng, 120)}, 2000 Antwerpen, België"
    return f"{r}gade {_n(rng, 90)}, st., " \
           f"{rng.choice(('1620 København V', '9000 Aalborg'))}, Denmark"


def _central_east(rng):
    k = rng.randrange(7)
    r = rng.choice(("Piotrkowska", "Świdnicka", "Grunwaldzka", "Mickiewicza", "Kościuszki"))
    if k == 0:
        return f"ul. {r} {_n(rng, 200)} m. {_n(rng, 40)}, " \
               f"{rng.choice(('90-006 Łódź', '50-066 Wrocław', '80-244 Gdańsk'))}"
    if k == 1:
        return f"al. {r} {_n(rng, 90)}/{_n(rng, 40)}\n" \
               f"{rng.choice(('31-610 Kraków', '20-001 Lublin'))}"
    if k == 2:
        return f"os. {rng.choice(('Tysiąclecia', 'Piastów', 'Na Skarpie'))} {_n(rng, 40)}/" \
               f"{_n(rng, 90)}, {rng.choice(('31-610 Kraków', '61-001 Poznań'))}"
    if k == 3:
        return f"{rng.choice(('Vodičkova', 'Masarykova', 'Husova', 'Palackého'))} " \
               f"{_n(rng, 90)}/{_n(rng, 2000)}, " \
               f"{rng.choice(('110 00 Praha 1', '602 00 Brno', '301 00 Plzeň'))}"
    if k == 4:
        return f"náměstí {rng.choice(('Míru', 'Republiky', 'Svobody'))} {_n(rng, 40)}, " \
               f"{rng.choice(('120 00 Praha 2', '779 00 Olomouc'))}, Czech Republic"
    if k == 5:
        return f"{rng.choice(('Obchodná', 'Hlavná', 'Štúrova'))} {_n(rng, 90)}, " \
               f"{rng.choice(('811 06 Bratislava', '040 01 Košice'))}, Slovakia"
    return f"{rng.choice(('Andrássy', 'Rákóczi', 'Kossuth'))} út {_n(rng, 90)}. " \
           f"{rng.choice(('II/4', 'fsz. 2', '3. em. 12'))}, " \
           f"{rng.choice(('1061 Budapest', '6720 Szeged', '4024 Debrecen'))}"


def _south_eu(rng):
    k = rng.randrange(8)
    if k == 0:
        return f"Rua de {rng.choice(('Santa Catarina', 'Cedofeita', 'São Bento'))} " \
               f"{_n(rng, 300)}, {_n(rng, 6)}.º Dto, " \
               f"{rng.choice(('4000-442 Porto', '3000-150 Coimbra', '4700-424 Braga'))}"
    if k == 1:
        avenue = rng.choice(('República', 'Liberdade', 'Boavista'))
        return f"Av. da {avenue}, n.º {_n(rng, 300)}, {_n(rng, 9)}.º Esq.\n" \
               f"{rng.choice(('1050-187 Lisboa', '8000-078 Faro'))}, Portugal"
    if k == 2:
        return f"{rng.choice(('Ermou', 'Tsimiski', 'Stadiou', 'Patision'))} {_n(rng, 200)}, " \
               f"{rng.choice(('105 63 Athina', '546 23 Thessaloniki', '262 21 Patra'))}"
    if k == 3:
        return f"Leoforos {rng.choice(('Kifisias', 'Syngrou', 'Alexandras'))} {_n(rng, 300)}, " \
               f"{rng.choice(('151 25 Marousi', '117 43 Athina'))}, Greece"
    if k == 4:
        return f"Bağdat Caddesi No: {_n(rng, 400)} Daire: {_n(rng, 20)}, " \
               f"34728 Kadıköy/İstanbul"
    if k == 5:
        return f"{rng.choice(('Alsancak', 'Kızılay', 'Moda'))} Mah. {_n(rng, 2000)} Sokak " \
               f"No:{_n(rng, 90)} D:{_n(rng, 20)}, " \
               f"{rng.choice(('35220 Konak/İzmir', '06420 Çankaya/Ankara'))}"
    if k == 6:
        return f"Atatürk Bulvarı No:{_n(rng, 200)}, Çankaya, Ankara, Türkiye"
    return f"Via {rng.choice(('dei Cappuccini', 'San Vitale', 'Nazionale'))} {_n(rng, 120)}, " \
           f"scala {rng.choice('ABC')}, int. {_n(rng, 20)}, " \
           f"{rng.choice(('40125 Bologna BO', '80138 Napoli NA', '10121 Torino TO'))}"


def _japan_korea(rng):
    k = rng.randrange(7)
    if k == 0:
        return f"{_n(rng, 9)}-{_n(rng, 20)}-{_n(rng, 30)} " \
               f"{rng.choice(('Umeda', 'Sakae', 'Tenjin', 'Ebisu'))}, " \
               f"{rng.choice(('Kita-ku', 'Naka-ku', 'Chuo-ku', 'Shibuya-ku'))}, " \
               f"{rng.choice(('Osaka', 'Nagoya', 'Fukuoka', 'Tokyo'))} " \
               f"{_n(rng, 899) + 100}-{_n(rng, 8999) + 1000:04d}"
    if k == 1:
        return f"{rng.choice(ROOTS)} Bldg. {_n(rng, 20)}F, {_n(rng, 9)}-{_n(rng, 20)}-" \
               f"{_n(rng, 20)} Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan"
    if k == 2:
        return f"Room {_n(rng, 900)}, {_n(rng, 9)}-{_n(rng, 30)}-{_n(rng, 20)} Ebisu, " \
               f"Shibuya-ku, Tokyo 150-0013"
    if k == 3:
        return f"{_n(rng, 90)}, Teheran-ro {_n(rng, 40)}-gil, Gangnam-gu, Seoul " \
               f"0{_n(rng, 8999) + 1000}"
    if k == 4:
        return f"Apt {_n(rng, 120)}-{_n(rng, 1900)}, {_n(rng, 300)} Olympic-ro, Songpa-gu, " \
               f"Seoul 05551, Korea"
    if k == 5:
        return f"{_n(rng, 200)} Haeundae-ro, Haeundae-gu, Busan 48094, Republic of Korea"
    return f"{_n(rng, 9)}-chome-{_n(rng, 20)}-{_n(rng, 20)} Kyomachibori, Nishi-ku, " \
           f"Osaka 550-0003"


def _middle_east(rng):
    k = rng.randrange(8)
    if k == 0:
        return f"P.O. Box {_n(rng, 99999)}, {rng.choice(('Dubai', 'Abu Dhabi', 'Sharjah'))}, " \
               "United Arab Emirates"
    if k == 1:
        return f"PO Box {_n(rng, 9000)}, Riyadh {_n(rng, 8999) + 11000}, Saudi Arabia"
    if k == 2:
        return f"Office {_n(rng, 3000)}, {rng.choice(ROOTS)} Tower, Sheikh Zayed Road, Dubai, UAE"
    if k == 3:
        return f"Flat {_n(rng, 40)}, Building {_n(rng, 2000)}, Road {_n(rng, 4000)}, " \
               f"Block {_n(rng, 900)}, Manama, Bahrain"
    if k == 4:
        return f"P.O. Box {_n(rng, 900)}, PC {_n(rng, 899) + 100}, Muscat, Oman"
    if k == 5:
        return f"Villa {_n(rng, 90)}, Street {_n(rng, 900)}, Zone {_n(rng, 90)}, Doha, Qatar"
    if k == 6:
        return f"{_n(rng, 200)} Rothschild Blvd, Tel Aviv-Yafo {_n(rng, 8999999) + 1000000}, " \
               "Israel"
    return f"P.O. Box {_n(rng, 9000)}, Amman {_n(rng, 899) + 11100}, Jordan"


LAYOUTS = {
    "usps-suffix": _usps_suffix, "usps-units": _units, "military": _military,
    "po-box-pmb": _boxes, "canada": _canada, "au-nz": _au_nz, "ireland": _ireland,
    "benelux-nordic": _benelux_nordic, "central-east": _central_east, "south-eu": _south_eu,
    "japan-korea": _japan_korea, "middle-east": _middle_east,
}
FRAMES = (
    "Please update my address to {a}.",
    "Mail the check to {a}",
    "Our returns desk: {a}",
    "{a}",
    "Can you verify this address for me? {a}",
    "The lease is for {a}, starting June 1.",
    "Recipient address\n{a}\n\nHandle with care.",
    "Forward all post to {a} until further notice.",
    "{org}\n{a}",
    "Where is {a} on the map?",
    "The inspection at {a} is booked for Tuesday.",
    "Correspondence address: {a}",
)


def _frame(layout: str, rng: random.Random) -> str:
    return rng.choice(FRAMES).replace("{org}", rng.choice(COMPANIES))


# -- structured layouts ------------------------------------------------------------------------

def _label(rng) -> tuple[str, Gold]:
    """A shipping label: SHIP TO / FROM blocks in capitals, tracking and weight around."""
    town, st, z = _town(rng)
    t2, s2, z2 = _town(rng)
    a = f"{_street(rng)} {_unit(rng)}\n{town} {st} {z}-{_n(rng, 9000):04d}".upper()
    b = f"{_street(rng, ('ST', 'AVE', 'PKWY', 'HWY', 'BLVD'))}\n{t2} {s2} {z2}".upper()
    return pieces([(f"FROM: {rng.choice(COMPANIES).upper()}\n", False), (b, True),
                   (f"\n\nSHIP TO:\n{rng.choice(PEOPLE).upper()}\n", False), (a, True),
                   (f"\n\nUSPS PRIORITY MAIL 2-DAY  WT: {_n(rng, 20)} LB {_n(rng, 15)} OZ\n"
                    f"TRACKING #: 9405 5112 0620 {_n(rng, 8999) + 1000} {_n(rng, 89) + 10}",
                    False)])


def _invoice(rng) -> tuple[str, Gold]:
    """An invoice's Bill To / Ship To blocks next to its number and dates."""
    town, st, z = _town(rng)
    t, p, pc = rng.choice(CA_TOWNS)
    bill = f"{_street(rng)}, {_unit(rng)}\n{town}, {st} {z}"
    ship = f"{_n(rng, 9000)} {rng.choice(ROOTS)} Cres\n{t}, {p} {pc}"
    return pieces([(f"INVOICE INV-2025-{_n(rng, 9000):04d}\nDate: 2025-03-{_n(rng, 28):02d}\n\n"
                    f"Bill To:\n{rng.choice(COMPANIES)}\n", False), (bill, True),
                   ("\n\nShip To:\n", False), (ship, True),
                   (f"\n\nQty 3  Widget A  $12.00\nTotal due: ${_n(rng, 900)}.00 (Net 30)",
                    False)])


def _json_yaml(rng) -> tuple[str, Gold]:
    town, st, z = _town(rng)
    street, unit = _street(rng), _unit(rng)
    k = rng.randrange(3)
    if k == 0:
        return pieces([('{"order": 4471, "address": {"line1": "', False), (street, True),
                       ('", "line2": "', False), (unit, True), ('", "city": "', False),
                       (town, True), ('", "state": "', False), (st, True), ('", "zip": "', False),
                       (z, True), ('"}}', False)])
    if k == 1:
        return pieces([("recipient:\n  name: on file\n  address_line_1: ", False), (street, True),
                       ("\n  address_line_2: ", False), (unit, True), ("\n  city: ", False),
                       (town, True), ("\n  region: ", False), (st, True),
                       ("\n  postal_code: '", False), (z, True), ("'\n", False)])
    return pieces([('[{"id": 7, "deliverTo": "', False), (f"{street}, {town}, {st} {z}", True),
                   ('", "window": "9-12"}]', False)])


def _sql(rng) -> tuple[str, Gold]:
    """SQL rows: INSERT values and a query's result printed as a table."""
    town, st, z = _town(rng)
    street = _street(rng)
    if rng.random() < 0.5:
        return pieces([("INSERT INTO customers (name, street, city, state, zip) VALUES ('", False),
                       (rng.choice(PEOPLE), False), ("', '", False), (street, True),
                       ("', '", False), (town, True), ("', '", False), (st, True),
                       ("', '", False), (z, True), ("');", False)])
    return pieces([(" id | street               | city        | zip\n"
                    "----+----------------------+-------------+------\n"
                    f" {_n(rng, 90):2d} | ", False), (street, True), (" | ", False),
                   (town, True), (" | ", False), (z, True), ("\n(1 row)", False)])


def _key_value(rng) -> tuple[str, Gold]:
    """One-line `key=value;` fields, as logs and config strings write them."""
    town, st, z = _town(rng)
    street = _street(rng, ("St", "Ave", "Rd", "Dr", "Ln", "Ct"))
    sep = rng.choice(("; ", ";", "&", " "))
    keys = rng.choice((("street", "city", "state", "zip"), ("addr1", "town", "st", "postcode"),
                       ("address", "city", "region", "postal_code")))
    return pieces([(f"event=address_change user=u{_n(rng, 9000)} {keys[0]}=", False),
                   (street, True), (f"{sep}{keys[1]}=", False), (town, True),
                   (f"{sep}{keys[2]}=", False), (st, True), (f"{sep}{keys[3]}=", False),
                   (z, True)])


def _signature(rng) -> tuple[str, Gold]:
    """An e-mail signature: name, title, company, the address on one or two lines, phone."""
    town, st, z = _town(rng)
    street = _street(rng, ("Pkwy", "Plz", "Blvd", "Xing", "Expy", "Ctr"))
    sep = rng.choice((" | ", " · ", "\n"))
    return pieces([(f"Thanks,\n{rng.choice(PEOPLE)}\nAccount Manager | {rng.choice(COMPANIES)}\n",
                    False), (f"{street}, Ste {_n(rng, 900)}{sep}{town}, {st} {z}", True),
                   ("\nT +1 555 0100 | www.example.com", False)])


def _chat(rng) -> tuple[str, Gold]:
    """Chat: an address inline, lower case or capitalised, a town after `in`."""
    town, st, z = _town(rng)
    street = _street(rng, ("St", "Ave", "Rd", "Dr", "Ln", "Ct", "Ter", "Pl", "Xing", "Holw"))
    k = rng.randrange(5)
    if k == 0:
        return pieces([("I'm at ", False), (street, True), (", come by whenever", False)])
    if k == 1:
        return pieces([("we just moved to ", False), (street, True), (" in ", False),
                       (f"{town}, {st} {z}", True), (" !!", False)])
    if k == 2:
        return pieces([("meet me at ", False), (street.lower(), True),
                       (" after 6, bring the cables", False)])
    if k == 3:
        return pieces([("grew up on ", False), (street, True), (" in ", False),
                       (f"{town}, {st}", True), (", miss it", False)])
    return pieces([("new place: ", False), (f"{street} {_unit(rng)}, {town} {st}", True),
                   (" 🎉", False)])


def _wrapped(rng) -> tuple[str, Gold]:
    """An address that a line break splits in the middle of a field (a wrapped text box)."""
    town, st, z = _town(rng)
    k = rng.randrange(3)
    n, root, suf = _n(rng, 9999), rng.choice(ROOTS), rng.choice(USPS)
    if k == 0:
        a = f"{n} {root}\n{suf}, {town}, {st} {z}"
    elif k == 1:
        a = f"{n} {root} {suf}, Suite\n{_n(rng, 900)}, {town}, {st} {z}"
    else:
        a = f"{n} {root} {suf}, {town.split()[0]}\n{' '.join(town.split()[1:]) or 'Heights'}, " \
            f"{st} {z}"
    return pieces([("Please deliver to ", False), (a, True), (" before noon.", False)])


STRUCTURED = {"shipping-label": _label, "invoice": _invoice, "json-yaml": _json_yaml,
              "sql": _sql, "key-value": _key_value, "signature": _signature, "chat": _chat,
              "wrapped": _wrapped}


def build(n: int, seed: int) -> list[Prompt]:
    """(layout, text, gold spans) per prompt, one layout after another."""
    names = list(LAYOUTS) + list(STRUCTURED)
    return generate(n, seed, lambda i: names[i % len(names)], LAYOUTS, STRUCTURED, _frame)


# -- near misses: no address anywhere -----------------------------------------------------------
_FIXED = (
    # Company and product names with a street word.
    "Pier 1 Imports and Street Capital both reported on Monday.",
    "Main Street Bank raised its rate to 4.5% on 12 savings products.",
    "Park Place Technologies opened 3 new offices this year.",
    "Bourbon Street Grill has 4.7 stars from 900 reviews.",
    # Conference rooms and buildings of a campus, named not addressed.
    "Standup moved to Conf Rm 4B; the retro is in Room 12 after lunch.",
    "Book the Basalt room on FL 3 for the 2 pm call.",
    "Badge access: BLDG 7 and BLDG 9 only, PIER 3 closed.",
    # Version strings and product codes.
    "Release 4.12 Pkwy ships with the 3 Xing fixes.",
    "Firmware v2.6.1 build 4410 (Ter branch) is on 12 devices.",
    "SKU PLZ-4410-BLK, 12 Ct pack, ASIN B0C12XING",
    "Model TRLR-200 hitch, rated 3500 lb",
    # Measurements and quantities.
    "The lot is 120 ft x 80 ft, about 9,600 Sq ft.",
    "Cut 12 Ft of cable and 3 Yd of fabric.",
    "We need 40 Sq m of tile and 2 boxes of grout.",
    # Game scores and sports.
    "Final: Dubuque 21, Cedar Rapids 14 (OT).",
    "Savannah 3, Macon 1; next game 7 pm.",
    "He shot 68 on the 4th round at Pebble Beach.",
    # Highways and routes without an address.
    "Expect delays on I-90 Expy between exits 12 and 14.",
    "Take Hwy 12 west for 40 miles, then Route 9 north.",
    "US 101 and the 405 Fwy were jammed at 5 pm.",
    "The 12 Cswy bridge opens at 6 am for boats.",
    # Boxes, lots, units counted.
    "Box 4 of 12 arrived damaged; Lot 7 is recalled.",
    "Unit 3 covers fractions; Unit 4 covers decimals.",
    "APO and FPO rates are on page 12 of the price list.",
    "Dept 42 reported 12 incidents in Q3.",
    # Data shapes without values.
    "street=; city=; zip= (all blank in 12 rows)",
    "INSERT INTO customers (name, street, city, zip) VALUES (?, ?, ?, ?);",
    '{"line1": "", "city": "", "postal_code": null}',
    "Fields: address_line_1, address_line_2, city, region, postal_code",
    # Japanese and Korean shapes that are not addresses.
    "Chapter 2-3-1 of the manual covers the Tokyo office's VPN.",
    "Score 3-1-2 after the Seoul round; Busan next.",
)
_TEMPLATES = (
    "{root} Street Ventures closed a {big} round",
    "v{n}.{k}.{m} {root} Pkwy build",
    "{root}s {n}, Comets {k}",
    "Exit {n} off Hwy {k}, {m} miles",
    "SKU {big}-{root}-XING-{k}",
    "Room {n}, FL {k}: {root} meeting at {h}:{m:02d}",
    "{n} ft x {m} ft {root} rug, {k} colors",
    "Box {k} of {n}: {root} parts",
)


def _near_misses(n: int = 32, seed: int = 23) -> tuple[str, ...]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        t = _TEMPLATES[i % len(_TEMPLATES)]
        out.append(t.format(n=_n(rng, 60), k=_n(rng, 9), m=rng.randint(10, 59), h=_n(rng, 11),
                            big=rng.randint(1000, 9999), root=rng.choice(ROOTS)))
    return tuple(out)


NEAR_MISSES = _FIXED + _near_misses()
