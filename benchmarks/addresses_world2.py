"""The `world2` set of benchmarks/addresses.py: layouts neither `ours` nor `world` has.

    python benchmarks/addresses.py --set world2 [--n 600] [--misses]

OURS, synthetic, written BEFORE the detection it measures (the figures before and after
the fixes are in the commit messages and the helper's report): streets without a house
number (`Mvuli Court, off Waiyaki Way, Westlands`), Kenyan post-office boxes with their
postal code (`P.O. Box 30197-00100 Nairobi`), Russian and Ukrainian addresses in Cyrillic
(`ул.`, `д.`, `кв.`, `вул.`), Japanese and Korean in native script (`東京都港区六本木6-10-1`,
`〒106-0032`, `서울특별시 강남구 테헤란로 152`), Gulf layouts in Latin script (`Villa 12,
Street 5, Al Barsha 1, Dubai`), Brazilian and Mexican ones, Dutch, Belgian and Nordic
streets, Australian and New Zealand units, lots and rural delivery, US rural routes and
highway contracts, military addresses, addresses inside JSON, CSV, YAML and HTML, split
over a letter's lines, after `ship to` / `deliver to` / `located at`, in lower case; UK
and Irish house names.

Street names are composed here from our own roots (trees, birds, crafts, landscape words)
and a few public roads (`Waiyaki Way`, `Ngong Road`); towns are real cities and their
public postcodes. Nothing comes from Faker, presidio-evaluator
or presidio-research.

Gold: every character of the address (units, building, street, locality, town, state,
postcode, country lines of the block). A person's name line in a letter is not gold (it
is a PERSON). In JSON / CSV / YAML the values of the street, town, state and postcode
fields are gold, keys and other fields are not.

Near misses (NEAR_MISSES): no address. A road named in directions or news without a
number, a building or a postal line (`take Ngong Road towards town`, `traffic on Waiyaki
Way`) is a public place like a city, not an address: NOT masked (documented decision).
Also SKUs, versions, times, `Route 53`, `Suite` / `Unit` / `PO` in their software and
purchasing senses, bare cities in prose in every script of the positive layouts.
"""

from __future__ import annotations

import random

from addresses_sets import Prompt, generate, pieces
from addresses_sets import num as _n

# -- word stock (ours) -----------------------------------------------------------------------
EN_ROOTS = ("Kestrel", "Larch", "Granary", "Tarn", "Bracken", "Saltmarsh", "Weaver", "Cobble",
            "Lantern", "Tamarack", "Osprey", "Hawthorn", "Millrace", "Fernhill", "Quillon",
            "Rookery")
EN_TYPES = ("Road", "Rd", "Lane", "Street", "Way", "Close", "Drive", "Bend", "Row", "Hollow")
US_TOWNS = (("Bozeman", "MT", "59715"), ("Bend", "OR", "97701"), ("Salem", "OR", "97301"),
            ("Dayton", "OH", "45402"), ("Macon", "GA", "31201"), ("Tempe", "AZ", "85281"),
            ("Ithaca", "NY", "14850"), ("Duluth", "MN", "55802"))
UK_TOWNS = (("Harrogate", "HG1 2AB"), ("Kendal", "LA9 4AB"), ("Truro", "TR1 2HD"),
            ("Lincoln", "LN1 3BY"), ("Ware", "SG12 9AB"), ("Cheltenham", "GL50 1QA"))

KE_BUILDINGS = ("Mvuli Court", "Kahawa House", "Mkuyu Plaza", "Simba Towers", "Baobab Place",
                "Jacaranda Suites")
KE_ROADS = ("Waiyaki Way", "Ngong Road", "Thika Road", "Mombasa Road", "Limuru Road",
            "Lang'ata Road", "Kiambu Road")
KE_AREAS = (("Westlands", "Nairobi", "00800"), ("Kilimani", "Nairobi", "00100"),
            ("Upper Hill", "Nairobi", "00200"), ("Nyali", "Mombasa", "80100"),
            ("Milimani", "Kisumu", "40100"), ("Section 58", "Nakuru", "20100"),
            ("Elgon View", "Eldoret", "30100"))

RU_STREETS = ("ул. Рябиновая", "ул. Сосновая", "пр-т Строителей", "ул. Лесная",
              "пер. Кленовый", "ул. Садовая", "ул. Ленина", "ш. Заводское")
RU_TOWNS = (("Казань", "420111"), ("Томск", "634050"), ("Самара", "443001"),
            ("Москва", "101000"), ("Новосибирск", "630099"), ("Екатеринбург", "620014"))
UA_STREETS = ("вул. Соснова", "вул. Калинова", "просп. Свободи", "вул. Вишнева",
              "вул. Шевченка", "пров. Тихий")
UA_TOWNS = (("Київ", "02000"), ("Львів", "79000"), ("Одеса", "65000"), ("Харків", "61000"))

JP_PLACES = (("東京都", "港区", "六本木", "106-0032"), ("東京都", "渋谷区", "神宮前", "150-0001"),
             ("大阪府", "大阪市北区", "梅田", "530-0001"),
             ("愛知県", "名古屋市中区", "栄", "460-0008"),
             ("福岡県", "福岡市中央区", "天神", "810-0001"),
             ("京都府", "京都市左京区", "吉田", "606-8501"),
             ("北海道", "札幌市中央区", "大通西", "060-0042"))
JP_BUILDINGS = ("さくらハイツ203号室", "グリーンビル4階", "メゾン青葉101", "ひまわり荘2号室")
KR_PLACES = (("서울특별시", "강남구"), ("부산광역시", "해운대구"), ("경기도 성남시", "분당구"),
             ("서울시", "마포구"), ("대구광역시", "중구"), ("인천광역시", "연수구"))
KR_ROADS = ("은행나무로", "소나무길", "별빛로", "매화로", "테헤란로", "느티나무로")

GULF = (("Al Barsha 1", "Dubai"), ("Jumeirah 3", "Dubai"), ("Al Khuwair", "Muscat"),
        ("Al Olaya", "Riyadh"), ("Seef", "Manama"), ("Al Sadd", "Doha"))
GULF_TOWERS = ("Palm Crest Tower", "Al Noor Tower", "Silver Dune Building", "Marina Pearl Tower")
GULF_ROADS = ("Sheikh Zayed Road", "Corniche Road", "King Fahd Road", "Al Wasl Road")

BR_STREETS = ("Rua dos Ipês", "Rua das Quaresmeiras", "Avenida dos Jacarandás",
              "Rua Capitão Anselmo", "Travessa do Moinho", "Av. das Palmeiras")
BR_PLACES = (("Vila Mariana", "São Paulo", "SP", "04101-300"), ("Boa Viagem", "Recife", "PE",
             "51020-010"), ("Savassi", "Belo Horizonte", "MG", "30140-110"),
             ("Batel", "Curitiba", "PR", "80420-090"), ("Pituba", "Salvador", "BA", "41830-000"))
MX_STREETS = ("Calle Naranjos", "Av. de los Fresnos", "Calle Ocote", "Calle Tulipanes",
              "Av. Jacarandas", "Calle Colibrí")
MX_PLACES = (("Las Flores", "06600", "Ciudad de México", "CDMX"),
             ("Jardines del Bosque", "44520", "Guadalajara", "Jal."),
             ("Los Pinos", "76000", "Querétaro", "Qro."), ("Del Carmen", "04100", "Coyoacán",
             "CDMX"), ("Mitras Centro", "64460", "Monterrey", "N.L."))

NL_BE = (("Wilgenlaan", "3521 BK", "Utrecht"), ("Brouwersgracht", "1013 HG", "Amsterdam"),
         ("Kastanjestraat", "9000", "Gent"), ("Rue des Tanneurs", "1000", "Bruxelles"),
         ("Meir", "2000", "Antwerpen"), ("Avenue des Saules", "1050", "Ixelles"),
         ("Populierendreef", "3000", "Leuven"), ("Eikenweg", "5611 AB", "Eindhoven"))
NORDIC = (("Storgata", "0155", "Oslo"), ("Bjørkeveien", "5003", "Bergen"),
          ("Lindgatan", "411 05", "Göteborg"), ("Kastanjevej", "8000", "Aarhus C"),
          ("Koivukuja", "00560", "Helsinki"), ("Laugavegur", "101", "Reykjavík"),
          ("Granvägen", "753 20", "Uppsala"), ("Tallinntie", "33100", "Tampere"))

AU = (("Fitzroy", "VIC", "3065"), ("Maleny", "QLD", "4552"), ("Mandurah", "WA", "6210"),
      ("Alice Springs", "NT", "0870"), ("Parramatta", "NSW", "2150"), ("Hobart", "TAS", "7000"))
AU_ROADS = ("Bunya Rd", "Kestrel Pde", "Wattlebird St", "Ironbark Cres", "Smith St", "Quoll Ave")
NZ = (("Hamilton", "3282"), ("Tauranga", "3171"), ("Whanganui", "4571"), ("Masterton", "5881"))
NZ_ROADS = ("Matangi Road", "Kahikatea Drive", "Tuarangi Terrace", "Rimu Road")

RURAL = (("Pleasant Hill", "MO", "64080"), ("Marlinton", "WV", "24954"), ("Jasper", "IN", "47546"),
         ("Cody", "WY", "82414"), ("Hazard", "KY", "41701"), ("Lamar", "CO", "81052"))

IE = (("Dublin 7", "D07 X2Y3"), ("Ballincollig, Co. Cork", "P31 KX82"),
      ("Galway", "H91 E2K3"), ("Kilkenny", "R95 AX12"))
HOUSE_NAMES = ("Rose Cottage", "The Old Forge", "Holly Barn", "Kingfisher Lodge", "Wren House")
VILLAGES = ("Little Hadham", "Lower Brockley", "Ashby Parva", "Nether Whitacre")


def _en_street(rng: random.Random) -> str:
    return f"{rng.choice(EN_ROOTS)} {rng.choice(EN_TYPES)}"


# -- address layouts: each returns the address alone (framed by FRAMES) -----------------------

def _ke_box(rng):
    area, town, pc = rng.choice(KE_AREAS)
    k = rng.randrange(4)
    box = _n(rng, 90000)
    if k == 0:
        return f"P.O. Box {box}-{pc} {town}"
    if k == 1:
        return f"P.O. Box {box} - {pc}, {town}, Kenya"
    if k == 2:
        return f"P. O. Box {box}-{pc},\n{town}"
    return f"PO Box {box}, {town} {pc}"


def _no_number(rng):
    area, town, _ = rng.choice(KE_AREAS)
    road = rng.choice(KE_ROADS)
    k = rng.randrange(4)
    if k == 0:
        return f"{rng.choice(KE_BUILDINGS)}, {road}, {area}, {town}"
    if k == 1:
        return f"{rng.choice(KE_BUILDINGS)}, off {road}, {area}"
    if k == 2:
        return f"{rng.choice(KE_BUILDINGS)}, 3rd Floor, {road}, {town}"
    return f"{road}, {area}, {town}"


def _ru(rng):
    street = rng.choice(RU_STREETS)
    town, pc = rng.choice(RU_TOWNS)
    k = rng.randrange(4)
    if k == 0:
        return f"{street}, д. {_n(rng, 120)}, кв. {_n(rng, 200)}, г. {town}, {pc}"
    if k == 1:
        return f"{pc}, г. {town}, {street}, д. {_n(rng, 60)}, корп. {_n(rng, 4)}, кв. {_n(rng, 90)}"
    if k == 2:
        return f"Россия, {town}, {street}, {_n(rng, 80)}-{_n(rng, 90)}"
    return f"г. {town}, {street}, д. {_n(rng, 40)}, стр. {_n(rng, 3)}"


def _ua(rng):
    street = rng.choice(UA_STREETS)
    town, pc = rng.choice(UA_TOWNS)
    k = rng.randrange(3)
    if k == 0:
        return f"{street}, {_n(rng, 90)}, кв. {_n(rng, 120)}, м. {town}, {pc}"
    if k == 1:
        return f"м. {town}, {street}, буд. {_n(rng, 60)}"
    return f"{pc}, {town}, {street} {_n(rng, 40)}/{_n(rng, 9)}"


def _jp_native(rng):
    pref, city, area, pc = rng.choice(JP_PLACES)
    a, b, c = _n(rng, 6), _n(rng, 30), _n(rng, 20)
    k = rng.randrange(4)
    if k == 0:
        return f"{pref}{city}{area}{a}-{b}-{c}"
    if k == 1:
        return f"〒{pc} {pref}{city}{area}{a}丁目{b}番{c}号"
    if k == 2:
        return f"〒{pc}\n{pref}{city}{area}{a}-{b}-{c} {rng.choice(JP_BUILDINGS)}"
    return f"{pref}{city}{area}{a}丁目{b}-{c}"


def _kr_native(rng):
    city, gu = rng.choice(KR_PLACES)
    road = rng.choice(KR_ROADS)
    k = rng.randrange(3)
    if k == 0:
        return f"{city} {gu} {road} {_n(rng, 400)}"
    if k == 1:
        return f"{city} {gu} {road} {_n(rng, 300)}, {_n(rng, 120)}동 {_n(rng, 20)}0{_n(rng, 9)}호"
    return f"{city} {gu} {road}{_n(rng, 30)}번길 {_n(rng, 60)}"


def _gulf(rng):
    area, town = rng.choice(GULF)
    k = rng.randrange(5)
    if k == 0:
        return f"Villa {_n(rng, 90)}, Street {_n(rng, 40)}, {area}, {town}"
    if k == 1:
        return (f"Flat {_n(rng, 900)}, Building {_n(rng, 2000)}, Road {_n(rng, 4000)}, "
                f"Block {_n(rng, 900)}, {area}, {town}")
    if k == 2:
        return f"Building {_n(rng, 90)}, Street {_n(rng, 900)}, Zone {_n(rng, 90)}, {town}"
    if k == 3:
        tower, road = rng.choice(GULF_TOWERS), rng.choice(GULF_ROADS)
        return f"Office {_n(rng, 30)}0{_n(rng, 9)}, {tower}, {road}, {town}"
    return f"Villa {_n(rng, 60)}, Way {_n(rng, 4000)}, Al Khuwair, Muscat, Oman"


def _br(rng):
    street = rng.choice(BR_STREETS)
    bairro, city, uf, cep = rng.choice(BR_PLACES)
    k = rng.randrange(3)
    if k == 0:
        return f"{street}, {_n(rng, 2000)} - Apto {_n(rng, 200)} - {bairro}, {city} - {uf}, {cep}"
    if k == 1:
        return f"{street}, {_n(rng, 2000)}, sala {_n(rng, 900)}, {bairro}, {city}/{uf}, CEP {cep}"
    return f"{street} {_n(rng, 2000)}, Bloco {rng.choice('ABC')}, {bairro} - {city}/{uf}"


def _mx(rng):
    street = rng.choice(MX_STREETS)
    col, cp, city, st = rng.choice(MX_PLACES)
    k = rng.randrange(3)
    if k == 0:
        return f"{street} #{_n(rng, 900)}, Col. {col}, C.P. {cp}, {city}"
    if k == 1:
        return f"{street} {_n(rng, 900)} Int. {_n(rng, 20)}, Col. {col}, {cp} {city}, {st}"
    return f"{street} No. {_n(rng, 300)}-{rng.choice('ABC')}, Fracc. {col}, C.P. {cp} {city}, {st}"


def _nl_be(rng):
    street, pc, city = rng.choice(NL_BE)
    num = rng.choice((str(_n(rng, 300)), f"{_n(rng, 300)}-II", f"{_n(rng, 90)} bus {_n(rng, 9)}",
                      f"{_n(rng, 200)}/{_n(rng, 9)}"))
    if rng.random() < 0.5:
        return f"{street} {num}, {pc} {city}"
    return f"{street} {num}\n{pc} {city}"


def _nordic(rng):
    street, pc, city = rng.choice(NORDIC)
    num = rng.choice((str(_n(rng, 90)), f"{_n(rng, 40)}B", f"{_n(rng, 20)} A {_n(rng, 30)}",
                      f"{_n(rng, 30)}, 2. th."))
    if rng.random() < 0.7:
        return f"{street} {num}, {pc} {city}"
    return f"{street} {num}"


def _au_nz(rng):
    k = rng.randrange(5)
    sub, st, pc = rng.choice(AU)
    if k == 0:
        return f"Unit {_n(rng, 20)}/{_n(rng, 200)} {rng.choice(AU_ROADS)}, {sub} {st} {pc}"
    if k == 1:
        return f"Lot {_n(rng, 300)} {rng.choice(AU_ROADS)}, {sub} {st} {pc}"
    if k == 2:
        return f"{_n(rng, 20)}/{_n(rng, 90)} {rng.choice(AU_ROADS)}, {sub}"
    town, npc = rng.choice(NZ)
    if k == 3:
        return f"{_n(rng, 2000)} {rng.choice(NZ_ROADS)}, RD {_n(rng, 9)}, {town} {npc}"
    return f"{_n(rng, 900)} {rng.choice(NZ_ROADS)}\nRD {_n(rng, 9)}\n{town} {npc}"


def _rural(rng):
    town, st, z = rng.choice(RURAL)
    k = rng.randrange(4)
    if k == 0:
        return f"RR {_n(rng, 9)}, Box {_n(rng, 300)}, {town}, {st} {z}"
    if k == 1:
        return f"HC {_n(rng, 90)} Box {_n(rng, 300)}, {town}, {st} {z}"
    if k == 2:
        return f"Rural Route {_n(rng, 9)}\n{town}, {st} {z}"
    return f"HC {_n(rng, 90)}, Box {_n(rng, 300)}{rng.choice('AB')}\n{town}, {st} {z}"


def _military(rng):
    k = rng.randrange(4)
    if k == 0:
        return f"PSC {_n(rng, 9000) + 999}, Box {_n(rng, 9000)}, APO AE 09{_n(rng, 899) + 100}"
    if k == 1:
        return f"Unit {_n(rng, 8000) + 1000} Box {_n(rng, 900)}, DPO AP 96{_n(rng, 899) + 100}"
    if k == 2:
        return f"CMR {_n(rng, 800) + 100} Box {_n(rng, 3000)}\nAPO AE 09{_n(rng, 899) + 100}"
    return f"PSC {_n(rng, 800) + 100} Box {_n(rng, 90)}\nFPO AP 96{_n(rng, 899) + 100}"


def _cue(rng):
    town, st, z = rng.choice(US_TOWNS)
    k = rng.randrange(4)
    if k == 0:
        return f"{_n(rng, 9000)} {_en_street(rng)}, {town} {st} {z}"
    if k == 1:
        return f"Suite {_n(rng, 900)}, {_n(rng, 900)} {_en_street(rng)}, {town}, {st}"
    if k == 2:
        return f"Bay {_n(rng, 12)}, {_n(rng, 900)} {_en_street(rng)}, {town}, {st} {z}"
    return f"{_n(rng, 900)} {_en_street(rng)} #{_n(rng, 90)}, {town}, {st}"


def _lower(rng):
    town, st, z = rng.choice(US_TOWNS)
    k = rng.randrange(3)
    if k == 0:
        a = f"{_n(rng, 9000)} {_en_street(rng)}, {town}, {st} {z}"
    elif k == 1:
        utown, pc = rng.choice(UK_TOWNS)
        a = f"flat {_n(rng, 20)}, {_n(rng, 200)} {_en_street(rng)}, {utown} {pc}"
    else:
        a = f"{_n(rng, 900)} {_en_street(rng)} apt {_n(rng, 40)}, {town} {st}"
    return a.lower()


def _house_name(rng):
    k = rng.randrange(3)
    utown, pc = rng.choice(UK_TOWNS)
    if k == 0:
        return f"{rng.choice(HOUSE_NAMES)}, {_en_street(rng)}, {rng.choice(VILLAGES)}, {utown} {pc}"
    if k == 1:
        return f"{rng.choice(HOUSE_NAMES)}\n{_en_street(rng)}\n{rng.choice(VILLAGES)}\n{pc}"
    town, code = rng.choice(IE)
    return f"Apartment {_n(rng, 40)}, The Maltings, {_en_street(rng)}, {town}, {code}"


LAYOUTS = {
    "ke-pobox": _ke_box, "no-number": _no_number, "ru-cyrillic": _ru, "ua-cyrillic": _ua,
    "jp-native": _jp_native, "kr-native": _kr_native, "gulf-latin": _gulf, "br": _br,
    "mx": _mx, "nl-be": _nl_be, "nordic": _nordic, "au-nz": _au_nz, "rural": _rural,
    "military": _military, "cue": _cue, "lower": _lower, "house-name": _house_name,
}
FRAMES = (
    "{a}",
    "Ship to {a}",
    "ship to: {a} - leave at the door",
    "Please deliver to {a} on Monday.",
    "Deliver to:\n{a}\n\nThank you",
    "The clinic is located at {a}.",
    "We're located at {a}, opposite the bank.",
    "Correspondence address\n{a}",
    "Can you check whether {a} is a valid postal address?",
    "New tenant moved in at {a} yesterday.",
    "Send the parcel to {a}, attention the front desk.",
    "Customer note: \"my address is {a}\"",
)
# The frames of the lower-case layout (a lower-case address needs a cue to be read at all).
LOWER_FRAMES = ("ship to {a}", "deliver to {a} pls", "i live at {a}", "my address is {a}",
                "we are located at {a}", "send it to {a} thanks")


# -- structured layouts: (text, gold spans) -------------------------------------------------

def _json(rng):
    town, st, z = rng.choice(US_TOWNS)
    street = f"{_n(rng, 9000)} {_en_street(rng)}"
    if rng.random() < 0.5:
        return pieces([('{"id": 4412, "street": "', False), (street, True),
                        ('", "city": "', False), (town, True), ('", "state": "', False),
                        (st, True), ('", "zip": "', False), (z, True),
                        ('", "active": true}', False)])
    utown, pc = rng.choice(UK_TOWNS)
    return pieces([('payload = {"customer": {"address": {"line1": "', False),
                    (f"Flat {_n(rng, 30)}, {_n(rng, 200)} {_en_street(rng)}", True),
                    ('", "town": "', False), (utown, True), ('", "postcode": "', False),
                    (pc, True), ('"}}}', False)])


def _csv(rng):
    town, st, z = rng.choice(US_TOWNS)
    street = f"{_n(rng, 9000)} {_en_street(rng)}"
    head = rng.choice(("id,street,city,state,zip\n", "order_id,ship_street,ship_city,ship_state,"
                                                      "ship_zip\n"))
    return pieces([(head + f"{_n(rng, 90000)},", False), (street, True), (",", False),
                    (town, True), (",", False), (st, True), (",", False), (z, True),
                    ("\n", False)])


def _yaml(rng):
    pc, city = rng.choice((("1015 CJ", "Amsterdam"), ("0155", "Oslo"), ("80331", "München")))
    street = rng.choice(("Wilgenlaan 14", "Storgata 5", "Lindenweg 22", "Eikenweg 3"))
    if rng.random() < 0.5:
        town, st, z = rng.choice(US_TOWNS)
        return pieces([("shipping:\n  street: ", False),
                        (f"{_n(rng, 900)} {_en_street(rng)}", True), ("\n  city: ", False),
                        (town, True), ("\n  state: ", False), (st, True),
                        ("\n  zip: ", False), (f'"{z}"', True), ("\n  carrier: ups\n", False)])
    return pieces([("warehouse:\n  address: ", False), (street, True),
                    ("\n  postal_code: ", False), (pc, True), ("\n  city: ", False), (city, True),
                    ("\n", False)])


def _html(rng):
    town, st, z = rng.choice(US_TOWNS)
    street = f"{_n(rng, 900)} {_en_street(rng)}"
    k = rng.randrange(3)
    if k == 0:
        return pieces([("<p>Visit us at <strong>", False), (street, True), ("</strong>, ", False),
                        (f"{town}, {st} {z}", True), ("</p>", False)])
    if k == 1:
        utown, pc = rng.choice(UK_TOWNS)
        return pieces([("<address>", False), (street, True), ("<br>", False), (utown, True),
                        ("<br>", False), (pc, True), ("</address>", False)])
    return pieces([('<td class="addr">', False), (f"{street}, {town}, {st} {z}", True),
                    ("</td><td>paid</td>", False)])


def _letter(rng):
    k = rng.randrange(3)
    if k == 0:
        utown, pc = rng.choice(UK_TOWNS)
        return pieces([("Mr T. Adeyemi\n", False),
                        (f"Flat {_n(rng, 9)}B, {rng.choice(EN_ROOTS)} House\n"
                         f"{_n(rng, 90)} {_en_street(rng)}\n{utown}\n{pc}", True),
                        ("\n\n12 March 2025\n\nDear Mr Adeyemi,\nThank you for your letter.",
                         False)])
    if k == 1:
        town, st, z = rng.choice(US_TOWNS)
        return pieces([("Ms. R. Vance\n", False),
                        (f"{_n(rng, 9000)} {_en_street(rng)}, Apt {_n(rng, 40)}\n"
                         f"{town}, {st} {z}", True),
                        ("\n\nRe: your account\n\nDear Ms. Vance,", False)])
    area, town, _ = rng.choice(KE_AREAS)
    return pieces([("The Manager\n", False),
                    (f"{rng.choice(KE_BUILDINGS)}\n{rng.choice(KE_ROADS)}\n{area}\n{town}", True),
                    ("\n\nDear Sir/Madam,\nRE: LEASE RENEWAL", False)])


STRUCTURED = {"json": _json, "csv": _csv, "yaml": _yaml, "html": _html, "letter": _letter}


def _frame(layout: str, rng: random.Random) -> str:
    frame = rng.choice(LOWER_FRAMES if layout == "lower" else FRAMES)
    return "Ship to {a}" if layout == "cue" and frame == "{a}" else frame


def build(n: int, seed: int) -> list[Prompt]:
    """(layout, text, gold spans) per prompt, one layout after another."""
    names = list(LAYOUTS) + list(STRUCTURED)
    return generate(n, seed, lambda i: names[i % len(names)], LAYOUTS, STRUCTURED, _frame)


# -- near misses: no address anywhere -----------------------------------------------------------
_FIXED = (
    # Roads in directions and news, without a number, a building or a postal line (decision:
    # a public place, not masked).
    "Take Ngong Road towards town and turn left at the second roundabout.",
    "Traffic on Waiyaki Way is heavy after 5 pm, so leave early.",
    "The expressway above Mombasa Road opened last year.",
    "Thika Road was resurfaced in 2012 and cut commute times by half.",
    "Drive down Kestrel Lane until you see the church, then ask anyone.",
    "The parade goes along Granary Row and ends at the market square.",
    "Prospekt Mira is one of the longest avenues in Moscow.",
    "Проспект Мира — одна из самых длинных улиц Москвы.",
    "Улица Ленина есть почти в каждом городе России.",
    "Вулиця Хрещатик — головна вулиця Києва.",
    "테헤란로는 스타트업 거리로 유명하다.",
    "六本木は夜景がきれいな街です。",
    "Sheikh Zayed Road is the main highway through Dubai.",
    "Avenida Paulista fecha para carros aos domingos.",
    # Bare cities and countries in prose, every script.
    "Я живу в Москве и часто езжу в Казань.",
    "Ми були у Львові та Одесі минулого літа.",
    "東京と大阪に支店があります。",
    "서울과 부산에 사무실이 있습니다.",
    "Our teams in Nairobi, Dubai, Oslo and São Paulo meet on Fridays.",
    "She moved from Utrecht to Bergen and then to Reykjavík.",
    "Kenya and Tanzania share the Serengeti ecosystem.",
    "We have customers in Querétaro, Guadalajara and Monterrey.",
    # Software and purchasing senses of the unit words.
    "Unit tests: 412 passed, 3 skipped in 12.4 s.",
    "Unit 4 tests failed on the CI runner; rerun unit 7.",
    "The Adobe Creative Suite 6 licence expires in March.",
    "Suite 12 of the regression run covers the billing module.",
    "PO 45821 was approved for 300 units of SKU HX-220.",
    "Please raise a PO for 12 laptops; PO-2291 is still open.",
    "Purchase order PO# 88213 ships in 3 boxes.",
    "Box 3 of the form asks for the tax year.",
    "Put 12 items in Box 5 and label it fragile.",
    "Route 53 health checks failed for 3 minutes at 04:12 UTC.",
    "Take Route 9 north for 20 miles, then Route 17 east.",
    "Highway 1 is closed between exits 12 and 14.",
    "RR interval 812 ms, HR 74 bpm, QT 410 ms.",
    "HC 65 is the part number of the heat-shrink connector.",
    "PSC 1234 error: power supply check failed on node 7.",
    "The APO team ships version 2.4 next sprint.",
    "Lot 12 of the batch failed QA; lot 13 passed.",
    "Villa 12 won the match 3-1 at home.",
    "Block 428 of the ledger was finalised at 12:03:44.",
    "Zone 56 shows the highest load; Zone 57 is idle.",
    "Street 5 Fighter is a fan-made game mod.",
    "Building 12 targets were met; build 13 is queued.",
    "Flat 5 whites and 2 espressos, please.",
    "Level 30 unlocked after 12 hours of play.",
    # Versions, SKUs, times, quantities, code and logs.
    "Upgrade to 6-10-1 firmware before connecting the sensor.",
    "Release 3.12.1 fixes the crash in module 152.",
    "SKU 30197-00100 is the blue variant; SKU 30198-00100 the red one.",
    "The meeting is from 10:30 to 11:45 in room B.",
    "Ratio 4/12 reduces to 1/3; see slide 14/20.",
    "Call extension 2803 or 428 for the helpdesk.",
    "Order 123 - item 45 - qty 2 - total 01310-100 (ref).",
    "ERROR 404 GET /api/streets/12/houses/5 took 33 ms",
    "for road in roads:\n    total += road.length  # Road 5 is longest\n",
    "SELECT street, city, zip FROM addresses WHERE id = 12;",
    '{"street": null, "city": null, "count": 12}',
    "name,qty,price\nwidget,12,3.50\ngadget,5,7.25\n",
    "config:\n  port: 8080\n  workers: 4\n  region: eu-west-1\n",
    "<p>Version <strong>12 Main</strong> release notes</p>",
    "Chapter 6, Section 10, Paragraph 1 covers the appeal.",
    "The score was 152 to 148 after overtime.",
    "Temperature 23 C, humidity 45 %, wind 12 km/h.",
    "Flight EK 2803 departs Gate 12 at 08:15.",
    "Apartment prices rose 12% in Dubai last year.",
    "Ship to production after the 3 remaining tests pass.",
    "Deliver to the customer within 5 working days.",
    "The office is located at the end of the corridor.",
    "Our servers are located at two data centres in Europe.",
    "Send to all 12 reviewers before Friday.",
    "The file is located at /var/lib/app/12/data.db",
    "Located at line 45 of main.py, the bug is an off-by-one.",
    "ship to staging, then deliver to prod",
    "i live at home with 2 cats",
    "д. 5 в таблице означает дом номер 5, кв. означает квартиру.",
    "Версия 5, сборка 12, кв. 3 отчёт готов.",
    "第6章10節1項を参照してください。",
    "3丁目の夕日は良い映画です。",
    "152번 버스를 타세요.",
    "Col. Mustard did it in the library with 3 candles.",
    "C.P. 06600 is a product code in our catalogue.",
    "CEP stands for complex event processing in our stack.",
    "Bus 3 leaves at 7:40 and bus 12 at 8:05.",
    "Apto 45 is a model number of the router.",
    "Int. 3 means the third interval in the spec.",
)
_ROADS = ("Ngong Road", "Kestrel Lane", "Waiyaki Way", "Granary Row", "Thika Road", "Tarn Street",
          "Bracken Drive", "Limuru Road")
_TEMPLATES = (
    "Turn right onto {road} after {n} metres.",
    "There was an accident on {road} at {h}:{m:02d} this morning.",
    "Unit {n} tests passed in {h}.{m} s; unit {k} is flaky.",
    "PO {big} approved: {n} units at {k} dollars each.",
    "Route {n} latency p95 is {m} ms.",
    "Release {h}-{n}-{k} is tagged; build {m} follows.",
    "Suite {n}: {k} passed, {m} failed.",
    "Box {n} of the survey is optional.",
    "Lot {n} closed at {big} yen.",
)


def _near_misses(n: int = 66, seed: int = 7) -> tuple[str, ...]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        t = _TEMPLATES[i % len(_TEMPLATES)]
        out.append(t.format(road=rng.choice(_ROADS), n=_n(rng, 90), k=_n(rng, 9), h=_n(rng, 11),
                            m=rng.randint(10, 59), big=rng.randint(10000, 99999)))
    return tuple(out)


NEAR_MISSES = _FIXED + _near_misses()
