"""The `world3` set of benchmarks/addresses.py: layouts neither `ours`, `world` nor `world2` has.

    python benchmarks/addresses.py --set world3 [--n 600] [--misses]

OURS, synthetic, written BEFORE the detection it measures (figures before and after the
fixes are in the commit messages): addresses inline in running prose and chat (`drop it at
14 Larch St by 5`), e-commerce order confirmations, shipping labels with `c/o` and `ATTN`
lines, US rural routes, PO boxes, PMBs and unit designators (`#`, `Ste`, `Bldg`, `Fl`,
`Rm`), Canadian addresses in English and French (`app.`, `(Québec)`, `C.P. … succ.`),
Irish Eircodes, UK flats and house names without a house number, Indian addresses (`H.No.`,
`Sector`, `Nagar`, `near` / `opp.` a landmark, PIN), Singapore and Malaysia (`Blk`, `Jalan`,
`Lorong`, `Taman`), the Philippines (`Brgy.`), South Africa, Belgian streets with the
number after the name (`Meir 80, 2000 Antwerpen`), Latin American highways and blocks
(`Blvd. … Km 12.5`, `Calle 93 # 11-27`), addresses ending in an abbreviation and the
sentence's full stop (`… 12 Spinner Ln.`), and addresses inside JSON, CSV, vCard `ADR` and
iCalendar `LOCATION` fields.

Street names are composed here from our own roots (trees, herbs, crafts, weather and
landscape words) and a few public roads; towns are real cities with their public postcodes.
Nothing comes from Faker, presidio-evaluator or presidio-research.

Gold: every character of the address (units, building, street, locality, landmark clause,
town, state or province, postcode, country). A person's or company's name line (`c/o`,
`ATTN`, the addressee of a label or an order) is not gold (a PERSON or an organisation);
in JSON / CSV / vCard / iCal only the address values are gold.

Near misses (NEAR_MISSES): no address. Version strings, sports scores, product model
numbers, `Route 66` and other named roads in prose, times, measurements, statute and
regulation citations, abbreviations of the street words in their other senses (`St.`
Patrick, `Dr.` Okafor, `Ave` Maria), room and floor numbers inside a building without a
street, event locations that are not addresses.
"""

from __future__ import annotations

import random

from addresses_sets import Gold, Prompt, generate, pieces
from addresses_sets import num as _n

# -- word stock (ours) -----------------------------------------------------------------------
ROOTS = ("Tarragon", "Spindle", "Corbel", "Wicker", "Drizzle", "Fennel", "Ploughshare",
         "Lodestone", "Barley", "Kiln", "Sorrel", "Gannet", "Cinder", "Bellflower", "Tinker",
         "Hazelnut", "Clover", "Anvil", "Marigold", "Sleet")
SHORT_TYPES = ("St", "Ave", "Rd", "Ln", "Dr", "Blvd", "Ct", "Pl", "Ter", "Pkwy", "Hwy", "Cir")
LONG_TYPES = ("Street", "Avenue", "Road", "Lane", "Drive", "Court", "Place", "Way", "Trail",
              "Boulevard")
US_TOWNS = (("Fresno", "CA", "93721"), ("Boulder", "CO", "80302"), ("Athens", "GA", "30601"),
            ("Missoula", "MT", "59802"), ("Burlington", "VT", "05401"), ("Lawrence", "KS",
            "66044"), ("Asheville", "NC", "28801"), ("Spokane", "WA", "99201"),
            ("Ann Arbor", "MI", "48104"), ("Santa Fe", "NM", "87501"))
UNIT_DESIGNATORS = ("#{n}", "Ste {n}", "Ste. {n}", "Bldg {n}", "Bldg. {n}", "Fl {n}",
                    "Rm {n}", "Unit {n}", "Apt {n}", "Apt. {n}B", "Suite {n}", "Floor {n}")
PEOPLE = ("Jordan Mbeki", "A. Castellanos", "Priya Raman", "Tomasz Wren", "Ines Okonjo")
COMPANIES = ("Larchmont Dental", "Bluefen Robotics", "Hollow Oak Books", "Quayside Printing",
             "Northgate Clinic")

CA = (("Ottawa", "ON", "K1P 5N7"), ("Halifax", "NS", "B3J 2K9"), ("Winnipeg", "MB", "R3C 4T3"),
      ("Victoria", "BC", "V8W 1N6"), ("Regina", "SK", "S4P 3Y2"), ("Saskatoon", "SK", "S7K 1J5"))
QC = (("Montréal", "H2X 1Y4"), ("Québec", "G1R 4P5"), ("Sherbrooke", "J1H 5N4"),
      ("Gatineau", "J8X 3X7"), ("Trois-Rivières", "G9A 5H7"))
QC_STREETS = ("rue des Érables", "boulevard des Pins", "avenue du Parc", "rue Sainte-Famille",
              "chemin du Lac", "rue de la Forge", "rang Saint-Joseph")

IE = (("Ballincollig, Co. Cork", "P31 E2W4"), ("Dublin 8", "D08 K7W2"), ("Galway", "H91 X2Y3"),
      ("Ennis, Co. Clare", "V95 T2R8"), ("Tralee, Co. Kerry", "V92 H3C6"),
      ("Drogheda, Co. Louth", "A92 F4D1"))
IE_TOWNLANDS = ("Knockmore", "Ballyroe", "Cloonagh", "Derrylea", "Gortnamona")

UK = (("Hay-on-Wye", "HR3 5AB"), ("Ely", "CB7 4DL"), ("Whitby", "YO21 3PU"),
      ("Ludlow", "SY8 1AZ"), ("Penrith", "CA11 7YD"), ("Frome", "BA11 1AA"))
UK_HOUSES = ("Wren Cottage", "The Old Rectory", "Lark Rise", "Tanners Barn", "Meadowsweet",
             "The Granary", "Orchard House", "Fox Hollow")
UK_FLATS = ("Flat B", "Flat 2", "Basement Flat", "Top Flat", "Ground Floor Flat", "Flat 1A")
UK_ROADS = ("Mill Lane", "Church Road", "Ferry Lane", "Quarry Hill", "The Green",
            "Back Lane", "Chapel Row")
UK_VILLAGES = ("Little Elmworth", "Upper Slaughterford", "Kings Norton", "Much Hadley")

IN = (("Faridabad", "Haryana", "121001"), ("Patna", "Bihar", "800016"),
      ("Bhopal", "Madhya Pradesh", "462023"), ("Noida", "Uttar Pradesh", "201301"),
      ("Indore", "Madhya Pradesh", "452010"), ("Coimbatore", "Tamil Nadu", "641018"),
      ("Mysuru", "Karnataka", "570009"), ("Nagpur", "Maharashtra", "440010"))
IN_NAGARS = ("Ashok Nagar", "Rajendra Nagar", "Lajpat Nagar", "Vijay Nagar", "Shivaji Nagar",
             "Saraswati Nagar", "Nehru Nagar")
IN_LANDMARKS = ("near Hanuman Mandir", "opp. City Mall", "behind Railway Station",
                "near Govt. School", "opposite SBI Bank", "beside Post Office",
                "near Water Tank")
IN_BUILDINGS = ("Shanti Kunj Apartments", "Sai Residency", "Green Valley Towers",
                "Ganga Enclave", "Lotus Heights")

SG_STREETS = ("Jurong East Street 13", "Bukit Batok West Ave 6", "Yishun Ring Road",
              "Pasir Ris Drive 3", "Hougang Ave 8", "Serangoon North Ave 1")
MY = (("Kajang", "43000", "Selangor"), ("Bayan Lepas", "11900", "Pulau Pinang"),
      ("Johor Bahru", "80100", "Johor"), ("Ipoh", "30250", "Perak"),
      ("Petaling Jaya", "46000", "Selangor"), ("Kuantan", "25200", "Pahang"))
MY_JALAN = ("Jalan Mawar 3", "Jalan Cempaka 2/4", "Jalan Merbau", "Jalan Kenanga 7",
            "Jalan SS 2/24", "Jalan Teratai 5")
MY_LORONG = ("Lorong Kenari 5", "Lorong Seroja 2", "Lorong Delima 9")
MY_TAMAN = ("Taman Bunga Raya", "Taman Sri Indah", "Taman Desa Jaya", "Taman Melati")

PH = (("Antipolo City", "Rizal", "1870"), ("Dasmariñas", "Cavite", "4114"),
      ("Iloilo City", "Iloilo", "5000"), ("Davao City", "Davao del Sur", "8000"),
      ("Baguio City", "Benguet", "2600"))
PH_BRGYS = ("Brgy. San Roque", "Brgy. Malinis", "Brgy. Mabolo", "Brgy. Bagong Silang",
            "Barangay Santo Niño")
PH_STREETS = ("Sampaguita St.", "Ilang-Ilang St.", "Narra Ave.", "Kamagong Road",
              "Acacia St.")

ZA = (("Germiston", "1401"), ("Sea Point, Cape Town", "8005"), ("Bloemfontein", "9301"),
      ("Stellenbosch", "7600"), ("Polokwane", "0699"), ("Gqeberha", "6001"))
ZA_SUBURBS = ("Sunnyridge", "Brandwag", "Bendor", "Die Boord", "Walmer")
ZA_ROADS = ("Fynbos Close", "Kloof Road", "Aloe Crescent", "Disa Street", "Yellowwood Ave")

BE = (("Meir", "2000", "Antwerpen"), ("Rue Haute", "1000", "Bruxelles"),
      ("Veldstraat", "9000", "Gent"), ("Steenstraat", "8000", "Brugge"),
      ("Rue Léopold", "4000", "Liège"), ("Bondgenotenlaan", "3000", "Leuven"),
      ("Chaussée de Louvain", "5000", "Namur"), ("Grote Markt", "2800", "Mechelen"))

LATAM_KM = (("Blvd. Manuel Ávila Camacho", "Naucalpan", "Edo. Méx."),
            ("Carretera Panamericana", "Pilar", "Buenos Aires"),
            ("Autopista Norte", "Chía", "Cundinamarca"),
            ("Carretera a El Salvador", "Santa Catarina Pinula", "Guatemala"),
            ("Ruta 5 Sur", "San Bernardo", "Santiago"))
AR = (("Av. Corrientes", "C1043", "CABA"), ("Av. Santa Fe", "C1059", "CABA"),
      ("Calle San Martín", "X5000", "Córdoba"))
CL = (("Av. Providencia", "Providencia", "Santiago"), ("Av. Apoquindo", "Las Condes",
      "Santiago"))
CO_TOWNS = ("Bogotá", "Medellín", "Cali", "Barranquilla")
PE = (("Av. Larco", "Miraflores", "Lima"), ("Jr. de la Unión", "Cercado de Lima", "Lima"))


def _street(rng: random.Random, types: tuple[str, ...] = SHORT_TYPES + LONG_TYPES) -> str:
    return f"{_n(rng, 9000)} {rng.choice(ROOTS)} {rng.choice(types)}"


# -- address layouts: each returns the address alone (framed by its frames) -------------------

def _chat(rng):
    """An address inside a chat line; the frame supplies the running words around it."""
    town, st, _ = rng.choice(US_TOWNS)
    k = rng.randrange(4)
    if k == 0:
        return f"{_n(rng, 300)} {rng.choice(ROOTS)} {rng.choice(SHORT_TYPES)}"
    if k == 1:
        return f"{_n(rng, 3000)} {rng.choice(ROOTS)} {rng.choice(LONG_TYPES)}"
    if k == 2:
        return f"{_street(rng)} {town}"
    return f"{_street(rng)}, {town} {st}"


def _us_designators(rng):
    town, st, z = rng.choice(US_TOWNS)
    unit = rng.choice(UNIT_DESIGNATORS).format(n=_n(rng, 400))
    k = rng.randrange(7)
    if k == 0:
        return f"{_street(rng)} {unit}, {town}, {st} {z}"
    if k == 1:
        parts = f"Bldg {rng.choice('ABCD')}, Fl {_n(rng, 9)}, Rm {_n(rng, 400)}"
        return f"{_street(rng)}, {parts}, {town}, {st} {z}"
    if k == 2:
        zip4 = f"{z}-{rng.randint(1000, 9999)}"
        return f"PMB {_n(rng, 900)}, {_street(rng)} {unit}, {town}, {st} {zip4}"
    if k == 3:
        return f"PO Box {_n(rng, 9000)}, {town}, {st} {z}"
    if k == 4:
        return f"Rural Route {_n(rng, 9)} Box {_n(rng, 300)}, {town}, {st} {z}"
    if k == 5:
        return f"{_n(rng, 90000)} County Road {_n(rng, 900)}, {town}, {st} {z}"
    return f"{_n(rng, 9000)} State Hwy {_n(rng, 300)} {unit}\n{town}, {st} {z}"


def _canada(rng):
    k = rng.randrange(5)
    if k < 2:
        city, prov, pc = rng.choice(CA)
        unit = rng.choice(("", f"Unit {_n(rng, 40)}, ", f"{_n(rng, 900)}-"))
        kind = rng.choice(("St W", "Ave E", "Road", "Cres"))
        street = f"{_n(rng, 3000)} {rng.choice(ROOTS)} {kind}"
        sep = rng.choice((" ", "  ", ", "))
        return f"{unit}{street}, {city} {prov}{sep}{pc}" + (", Canada" if k else "")
    city, pc = rng.choice(QC)
    street = rng.choice(QC_STREETS)
    if k == 2:
        return f"{_n(rng, 3000)}, {street}, app. {_n(rng, 40)}, {city} (Québec) {pc}"
    if k == 3:
        return f"C.P. {_n(rng, 9000)}, succ. Centre-ville, {city} QC {pc}"
    return f"{_n(rng, 3000)} {street}\n{city} QC  {pc}\nCanada"


def _ireland(rng):
    town, code = rng.choice(IE)
    k = rng.randrange(4)
    if k == 0:
        return f"{_n(rng, 90)} {rng.choice(ROOTS)} View, {town} {code}"
    if k == 1:
        return f"Apt {_n(rng, 40)}, The {rng.choice(ROOTS)} Building, {town}, {code}"
    if k == 2:
        return f"{rng.choice(IE_TOWNLANDS)}, {town}, {code}, Ireland"
    return f"{rng.choice(UK_HOUSES)}\n{rng.choice(IE_TOWNLANDS)}\n{town}\n{code}"


def _uk_no_number(rng):
    town, pc = rng.choice(UK)
    k = rng.randrange(4)
    flat, house, road = rng.choice(UK_FLATS), rng.choice(UK_HOUSES), rng.choice(UK_ROADS)
    if k == 0:
        return f"{flat}, {house}, {road}, {town} {pc}"
    if k == 1:
        return f"{house}, {road}, {rng.choice(UK_VILLAGES)}, {town}, {pc}"
    if k == 2:
        return f"{flat}\n{house}\n{road}\n{town}\n{pc}"
    return f"{house}, {rng.choice(UK_VILLAGES)}, {pc}"


def _india(rng):
    city, state, pin = rng.choice(IN)
    k = rng.randrange(5)
    if k == 0:
        return (f"H.No. {_n(rng, 20)}-{_n(rng, 9)}-{_n(rng, 90)}, Sector {_n(rng, 90)}, "
                f"{rng.choice(IN_LANDMARKS)}, {city}, {state} {pin}")
    if k == 1:
        return (f"{rng.choice('ABCD')}-{_n(rng, 900)}, {rng.choice(IN_BUILDINGS)}, "
                f"{rng.choice(IN_LANDMARKS)}, {rng.choice(IN_NAGARS)}, {city} - {pin}")
    if k == 2:
        return (f"Plot No. {_n(rng, 200)}, {rng.choice(IN_LANDMARKS)}, {rng.choice(IN_NAGARS)}, "
                f"{city} {pin}")
    if k == 3:
        return f"{_n(rng, 300)}, {rng.choice(IN_NAGARS)}\n{city}, {state}\nPIN - {pin}"
    return f"Flat {_n(rng, 900)}, Sector {_n(rng, 150)}, {city} {pin} ({state})"


def _sg_my(rng):
    k = rng.randrange(5)
    if k == 0:
        pc = f"{rng.randint(10, 82):02d}{rng.randint(0, 9999):04d}"
        unit = f"#{_n(rng, 20):02d}-{_n(rng, 300):02d}"
        return f"Blk {_n(rng, 900)} {rng.choice(SG_STREETS)}, {unit}, Singapore {pc}"
    town, pc, state = rng.choice(MY)
    if k == 1:
        jalan, taman = rng.choice(MY_JALAN), rng.choice(MY_TAMAN)
        return f"No. {_n(rng, 90)}, {jalan}, {taman}, {pc} {town}, {state}"
    if k == 2:
        return f"{_n(rng, 90)}, {rng.choice(MY_LORONG)}, {pc} {town}, {state}"
    if k == 3:
        return f"Lot {_n(rng, 3000)}, {rng.choice(MY_JALAN)}\n{pc} {town}\n{state}, Malaysia"
    return f"{_n(rng, 90)}-{_n(rng, 9)}, {rng.choice(MY_JALAN)}, {rng.choice(MY_TAMAN)}, {town}"


def _philippines(rng):
    city, prov, pc = rng.choice(PH)
    brgy = rng.choice(PH_BRGYS)
    k = rng.randrange(3)
    if k == 0:
        lot = f"Lot {_n(rng, 30)} Blk {_n(rng, 40)}"
        return f"{lot}, {rng.choice(PH_STREETS)}, {brgy}, {city}, {prov} {pc}"
    if k == 1:
        return f"{_n(rng, 900)} {rng.choice(PH_STREETS)} {brgy}, {city}"
    return f"Purok {_n(rng, 9)}, {brgy}, {city}, {prov}"


def _south_africa(rng):
    town, pc = rng.choice(ZA)
    k = rng.randrange(3)
    if k == 0:
        return f"{_n(rng, 200)} {rng.choice(ZA_ROADS)}, {rng.choice(ZA_SUBURBS)}, {town}, {pc}"
    if k == 1:
        unit = f"Unit {_n(rng, 40)}, {rng.choice(ROOTS)} Village"
        return f"{unit}, {_n(rng, 200)} {rng.choice(ZA_ROADS)}, {town}, {pc}"
    return f"Erf {_n(rng, 9000)}, {rng.choice(ZA_SUBURBS)}\n{town}\n{pc}"


def _belgium(rng):
    street, pc, city = rng.choice(BE)
    num = rng.choice((str(_n(rng, 200)), f"{_n(rng, 90)} bus {_n(rng, 20)}",
                      f"{_n(rng, 90)}/{_n(rng, 9)}"))
    if rng.random() < 0.7:
        return f"{street} {num}, {pc} {city}"
    return f"{street} {num}\n{pc} {city}\nBelgique"


def _latam(rng):
    k = rng.randrange(5)
    if k == 0:
        road, town, st = rng.choice(LATAM_KM)
        return f"{road} Km {_n(rng, 40)}.{_n(rng, 9)}, {town}, {st}"
    if k == 1:
        road, town, st = rng.choice(LATAM_KM)
        col = rng.choice(("Centro", "San Andrés", "Lomas"))
        return f"{road} km. {_n(rng, 60)}, Col. {col}, {town}"
    if k == 2:
        street, cp, city = rng.choice(AR)
        unit = f"Piso {_n(rng, 12)}, Depto. {rng.choice('ABCD')}"
        return f"{street} {_n(rng, 3000)}, {unit}, {cp} {city}"
    if k == 3:
        return f"Calle {_n(rng, 150)} # {_n(rng, 90)}-{_n(rng, 90)}, {rng.choice(CO_TOWNS)}"
    street, comuna, city = rng.choice(CL + PE)
    return f"{street} {_n(rng, 3000)}, Of. {_n(rng, 900)}, {comuna}, {city}"


def _abbrev_stop(rng):
    """The address ends in an abbreviated street type; the frame adds no second full stop."""
    town, st, z = rng.choice(US_TOWNS)
    kind = rng.choice(("St.", "Ave.", "Rd.", "Ln.", "Blvd.", "Dr.", "Ct.", "Pl."))
    k = rng.randrange(3)
    if k == 0:
        return f"{_n(rng, 900)} {rng.choice(ROOTS)} {kind}"
    if k == 1:
        return f"Apt. {_n(rng, 40)}, {_n(rng, 900)} {rng.choice(ROOTS)} {kind}"
    return f"{_n(rng, 900)} {rng.choice(ROOTS)} {kind[:-1]}, {town}, {st} {z}, U.S.A."


LAYOUTS = {
    "chat": _chat, "us-designators": _us_designators, "ca": _canada, "ie": _ireland,
    "uk-no-number": _uk_no_number, "in": _india, "sg-my": _sg_my, "ph": _philippines,
    "za": _south_africa, "be": _belgium, "latam": _latam, "abbrev-stop": _abbrev_stop,
}
FRAMES = (
    "{a}",
    "Ship to: {a}",
    "Please send the contract to {a} by Friday.",
    "Our new office: {a} (moving in June)",
    "Billing address\n{a}\n\nPayment: card on file",
    "The pickup point is {a}, next to the pharmacy.",
    "Customer says she now lives at {a} and wants the bill there",
    "Can you translate this address for the courier? {a}",
    "Registered office - {a}",
    "Notes from the call: lives at {a}; prefers email.",
)
CHAT_FRAMES = (
    "drop it at {a} by 5",
    "hey can u swing by {a} after work?",
    "meet me at {a} around 6:30",
    "pizza to {a} pls, ring twice",
    "im at {a} now, where r u",
    "Moved!! new place is {a} :)",
    "ok so the party is at {a}, bring chips",
    "Uber dropped me at {a} instead of the station lol",
    "lmk when ur outside {a}",
    "The landlord at {a} still hasn't fixed the heating, any advice?",
)
# The abbreviation's full stop ends the sentence too.
STOP_FRAMES = ("Please send it to {a}", "I live at {a}", "Ship the replacement to {a}",
               "My mailing address is {a}", "The package went to {a}",
               "Deliver to {a} Thanks!", "The viewing is at {a} See you there!")


def _frame(layout: str, rng: random.Random) -> str:
    if layout == "chat":
        return rng.choice(CHAT_FRAMES)
    if layout == "abbrev-stop":
        return rng.choice(STOP_FRAMES)
    return rng.choice(FRAMES)


# -- structured layouts: (text, gold spans) -------------------------------------------------

def _order(rng) -> tuple[str, Gold]:
    town, st, z = rng.choice(US_TOWNS)
    unit = rng.choice(("", f", {rng.choice(UNIT_DESIGNATORS).format(n=_n(rng, 90))}"))
    head = (f"Thanks for your order!\nOrder #{rng.choice('ABCW')}{rng.randint(100000, 999999)} "
            f"- 2 items - $ {_n(rng, 300)}.{rng.randint(10, 99)}\n\nShipping to:\n"
            f"{rng.choice(PEOPLE)}\n")
    if rng.random() < 0.5:
        return pieces([(head, False), (f"{_street(rng)}{unit}\n{town}, {st} {z}", True),
                       ("\n\nEstimated delivery: Tue, Mar 4\nTrack your package in the app.",
                        False)])
    return pieces([("Your order has shipped. Delivering to ", False),
                   (f"{_street(rng)}{unit}, {town}, {st} {z}", True),
                   (f". Carrier: UPS, tracking 1Z{rng.randint(10**9, 10**10 - 1)}.", False)])


def _label(rng) -> tuple[str, Gold]:
    town, st, z = rng.choice(US_TOWNS)
    co = rng.choice((f"c/o {rng.choice(COMPANIES)}", f"C/O {rng.choice(PEOPLE)}"))
    attn = rng.choice((f"ATTN: {rng.choice(PEOPLE)}", "Attn: Receiving Dock",
                       f"Attention: {rng.choice(PEOPLE)}"))
    k = rng.randrange(3)
    if k == 0:
        return pieces([(f"SHIP TO:\n{rng.choice(PEOPLE)}\n{co}\n", False),
                       (f"{_street(rng)}\n{town}, {st} {z}", True),
                       ("\nWEIGHT: 2.4 LB   PKG 1 OF 1", False)])
    if k == 1:
        return pieces([(f"{rng.choice(COMPANIES)}\n{attn}\n", False),
                       (f"{_street(rng)} {rng.choice(UNIT_DESIGNATORS).format(n=_n(rng, 400))}\n"
                        f"{town} {st} {z}\nUSA", True), ("", False)])
    city, pc = rng.choice(UK)
    return pieces([(f"Deliver to: {rng.choice(PEOPLE)}, {co}, ", False),
                   (f"{rng.choice(UK_HOUSES)}, {rng.choice(UK_ROADS)}, {city} {pc}", True),
                   (" - signature required", False)])


def _json(rng) -> tuple[str, Gold]:
    town, st, z = rng.choice(US_TOWNS)
    if rng.random() < 0.5:
        return pieces([('{"customer_id": 5521, "shipping_address": {"address1": "', False),
                       (_street(rng), True), ('", "address2": "', False),
                       (rng.choice(UNIT_DESIGNATORS).format(n=_n(rng, 90)), True),
                       ('", "city": "', False), (town, True), ('", "province_code": "', False),
                       (st, True), ('", "zip": "', False), (z, True),
                       ('", "country_code": "US"}}', False)])
    street, pc, city = rng.choice(BE)
    return pieces([('{"location": {"addressLine": "', False), (f"{street} {_n(rng, 90)}", True),
                   ('", "postalCode": "', False), (pc, True), ('", "locality": "', False),
                   (city, True), ('"}, "opening_hours": "9-17"}', False)])


def _csv(rng) -> tuple[str, Gold]:
    town, st, z = rng.choice(US_TOWNS)
    head = rng.choice(("name,address,city,state,postal\n", "Name;Address;City;State;ZIP\n"))
    sep = head[4]
    who = rng.choice(PEOPLE)
    if sep == ",":  # a value with a comma is quoted; the quotes are not the address
        row = [(f'{who},"', False), (f"{_street(rng)}, Ste {_n(rng, 90)}", True), ('",', False)]
    else:
        row = [(f"{who};", False), (_street(rng), True), (";", False)]
    row += [(town, True), (sep, False), (st, True), (sep, False), (z, True), ("\n", False)]
    return pieces([(head, False)] + row)


def _vcard(rng) -> tuple[str, Gold]:
    town, st, z = rng.choice(US_TOWNS)
    street = _street(rng)
    if rng.random() < 0.5:
        return pieces([(f"BEGIN:VCARD\nVERSION:3.0\nFN:{rng.choice(PEOPLE)}\n"
                        "ADR;TYPE=HOME:;;", False), (street, True), (";", False), (town, True),
                       (";", False), (st, True), (";", False), (z, True), (";", False),
                       ("USA", True), ("\nTEL;TYPE=CELL:(on file)\nEND:VCARD", False)])
    city, prov, pc = rng.choice(CA)
    return pieces([(f"BEGIN:VCARD\nVERSION:4.0\nFN:{rng.choice(PEOPLE)}\nADR;TYPE=work:;", False),
                   (f"Suite {_n(rng, 900)}", True), (";", False), (street, True), (";", False),
                   (city, True), (";", False), (prov, True), (";", False), (pc, True),
                   (";", False), ("Canada", True), ("\nEND:VCARD", False)])


def _ical(rng) -> tuple[str, Gold]:
    town, st, z = rng.choice(US_TOWNS)
    if rng.random() < 0.5:
        loc = f"{_street(rng)}\\, {town}\\, {st} {z}"
    else:
        street, pc, city = rng.choice(BE)
        loc = f"{street} {_n(rng, 90)}\\, {pc} {city}"
    return pieces([("BEGIN:VEVENT\nSUMMARY:Site visit\nDTSTART:20250304T100000Z\nLOCATION:",
                    False), (loc, True), ("\nEND:VEVENT", False)])


STRUCTURED = {"order": _order, "label": _label, "json": _json, "csv": _csv, "vcard": _vcard,
              "ical": _ical}


def build(n: int, seed: int) -> list[Prompt]:
    """(layout, text, gold spans) per prompt, one layout after another."""
    names = list(LAYOUTS) + list(STRUCTURED)
    return generate(n, seed, lambda i: names[i % len(names)], LAYOUTS, STRUCTURED, _frame)


# -- near misses: no address anywhere -----------------------------------------------------------
_FIXED = (
    # Versions, builds, model numbers.
    "Upgrade to v14.2.1 before Friday; 14.1 has the memory leak.",
    "Release 12 Main is out; build 4471 Ave of the nightly pipeline failed.",
    "She bought a Model 3 Long Range and traded in her F-150.",
    "The ThinkPad X1 Carbon Gen 11 ships with 32 GB; the RTX 4090 needs 850 W.",
    "Our fleet is 12 Boeing 737 Max 8 and 4 Airbus A321neo.",
    "Replace the filter with part no. 5521-B or model HX 220 Ste.",
    "Python 3.12, Django 5.0, Node 20 LTS and Postgres 16 on the new image.",
    # Sports scores and results.
    "Final score: Hawks 112, Spurs 104; the rematch is on Sunday.",
    "Liverpool won 3-1 at Anfield; the second leg finished 2-2.",
    "She ran the 10 km in 38:12 and placed 14th of 400.",
    "Game 7 went to overtime, 4-3, after a goal at 19:58.",
    # Named roads in prose, without a house number or a postal line.
    "We drove Route 66 from Chicago to Santa Monica in two weeks.",
    "Route 66 is a famous song and an old highway.",
    "Interstate 80 was closed near exit 145 because of snow.",
    "Highway 1 along the coast is slow but beautiful.",
    "Take the M25 to junction 10, then the A3 south.",
    # Times, dates, measurements, quantities.
    "The call is at 10:45 PM Eastern; the demo at 9 am sharp.",
    "Be there by 5 pm on Mar. 17 for St. Patrick's Day.",
    "The room is 12 ft x 14 ft, ceilings 9 ft, and the door 36 in wide.",
    "Mix 250 ml water with 3 tbsp sugar; bake 25 min at 180 C.",
    "The shelf holds 40 kg; the bolts are M8 x 60 mm.",
    "Km 12.5 of the race is where the hill starts.",
    "The trail is 7.5 km long with 300 m of climb.",
    # Statute and regulation citations.
    "The claim arises under 42 U.S.C. § 1983 and 28 U.S.C. 1331.",
    "See Cal. Civ. Code § 1798.100 and Art. 17 GDPR for erasure rights.",
    "Exemption 6 of 5 U.S.C. 552(b)(6) covers personnel files.",
    "Section 230 of the Communications Decency Act was cited in 12 cases.",
    "Under 18 U.S.C. 1030(a)(2) unauthorised access is a crime.",
    "Rule 12(b)(6) motion granted; see Fed. R. Civ. P. 56.",
    # Street words and their abbreviations in other senses.
    "Dr. Okafor will see you at 3; St. Jude is the patron saint of lost causes.",
    "Ave Maria was sung at 12 noon; the choir had 40 voices.",
    "Ct. of Appeals, 9th Cir. 2021; the Blvd. is short for boulevard.",
    "Sector 7 of the map is unexplored; Nagar is a common suffix in Indian place names.",
    "The Jalan Jalan tour sold 300 tickets.",
    "Fl 2 of the spreadsheet has the totals; Rm 3 is the third remark.",
    "Bldg permits rose 12% in Q3; Ste 4 is the step in the recipe.",
    "Box 12 of the tax form; PO 8812 approved; PMB stands for project management board.",
    "C/O is an abbreviation for care of, used on envelopes.",
    "Attn: all staff - the fire drill is at 11:00.",
    # Rooms and floors in a building without a street; event places that are not addresses.
    "The workshop is in Room 214 on Floor 3 of the library.",
    "Meet in Conference Room 4B, second floor, after lunch.",
    "LOCATION:Zoom meeting (link in the invite)",
    '{"location": "Room 12", "capacity": 40, "floor": 3}',
    "BEGIN:VEVENT\nSUMMARY:Standup\nLOCATION:Main hall\nEND:VEVENT",
    # Code, data and logs.
    '{"version": "12.4.1", "build": 5521, "street_view": false}',
    "name,version,size\nlibfoo,12.4.1,3.2 MB\nlibbar,0.9.7,812 kB\n",
    "GET /api/v3/stores/12/aisles/5 200 14 ms",
    "for st in stations:\n    total += st.rd  # 12 St readings\n",
    "2025-03-04 10:12:44 WARN node 14 Ave load 0.92, Blvd cache miss",
    "Eircode-like tag D08 in the error log is a driver code, not a place.",
    "Flight AC 880 to Ottawa boards at 14:05 from gate 12.",
    "Ring 3 of the onion architecture depends on ring 2.",
    "We sold 14 Elm trees and 3 Oak saplings at the fair.",
    "Chapter 12 Main Street tells the story of a small town.",
    "Dial 1-800-555-0100 ext. 12 for sales.",
)
_TEMPLATES = (
    "Version {a}.{b}.{c} fixes {n} bugs.",
    "The score was {n} to {k} at half time.",
    "Model {n} {kind} ships in {k} colours.",
    "We left at {h}:{m:02d} and drove {n} km on Route {k}.",
    "The table is {n} cm by {k} cm.",
    "See {n} U.S.C. § {big} and Rule {k}.",
    "Room {n}, Floor {k} of the annex at {h}:{m:02d}.",
    "{n} {root} saplings and {k} {root} seeds were planted.",
)


def _near_misses(n: int = 40, seed: int = 11) -> tuple[str, ...]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        t = _TEMPLATES[i % len(_TEMPLATES)]
        out.append(t.format(a=_n(rng, 20), b=_n(rng, 30), c=_n(rng, 9), n=_n(rng, 90),
                            k=_n(rng, 9), h=_n(rng, 11), m=rng.randint(10, 59),
                            big=rng.randint(1000, 9999), kind=rng.choice(("Pro", "Max", "XL")),
                            root=rng.choice(ROOTS)))
    return tuple(out)


NEAR_MISSES = _FIXED + _near_misses()
