"""The `world5` set of benchmarks/addresses.py: what generated prompts and real ones do with
an address, in styles `ours` .. `world4` lack.

    python benchmarks/addresses.py --set world5 [--n 640] [--misses]

OURS, synthetic, written BEFORE the detection it measures (figures before and after the
fixes are in the commit messages): an address inline in a sentence (`I live at ...`, `ship
to ..., ...`, `moved from X to Y` with two addresses), a generator's two-line address put
into a one-line sentence (`... Suite 410\\nPort Hargrove, MT 59102 and ...`), one-line US,
UK, Canadian and Australian addresses with and without commas, units in many spellings
(`Apt. 4B`, `apt #3`, `Ste. 5`, `Fl 3`, `3rd Fl.`, `Bldg 4`, `Rm 12`, `PH 2`, `Lower Level`,
`Rear`, `3/45`), form fields on separate lines and on one line (`Street: ..., City: ...,
Zip: ...`), JSON with camelCase and schema.org keys (`streetAddress`, `addressLocality`,
`zipCode`), YAML, XML, CSV with quoted cells, USPS-style ALL CAPS and lower case,
directionals and ordinal streets (`350 W 42nd St`, `7700 SW 40th St`), Utah's grid (`350 S
200 E`), Wisconsin's `N4512 County Road K`, state highways and farm roads, rural routes, PO
boxes and drawers, general delivery; African (Nigeria, Kenya, South Africa, Ethiopia's
woredas and sub-cities, Senegal's cités, Ghana, Morocco, Cameroon, Uganda), South Asian
(India, Pakistan, Bangladesh, Sri Lanka, Nepal), Latin American (Mexico, Guatemala, Brazil,
Peru, Chile, Colombia, Costa Rica) and Southeast Asian (Philippines, Indonesia, Malaysia,
Thailand, Vietnam, Singapore) layouts.

Street and town names are composed here from our own roots (spices, fabrics, tools and
surnames we picked) and a few public roads and districts (`Banjara Hills`, `Dhanmondi`,
`Bole`); towns are real cities with their public postcodes. Nothing comes from Faker,
presidio-evaluator or presidio-research.

Gold: every character of the address (units, building, street, locality, town, state or
province, postcode, country). A person's or company's name is not gold; in forms, JSON,
YAML, XML and CSV only the address values are gold.

Near misses (NEAR_MISSES): no address. Business and show names with a street word (`Main
Street Bakery`, `21 Jump Street`), `Main Street` as a metaphor, route and highway numbers
in prose, version numbers, product SKUs, dates, sports scores, times, numbered rooms and
suites of software.
"""

from __future__ import annotations

import random

from addresses_sets import Gold, Prompt, generate, pieces
from addresses_sets import num as _n

# -- word stock (ours) -----------------------------------------------------------------------
ROOTS = ("Saffron", "Calico", "Tamarind", "Anvil", "Sextant", "Marjoram", "Lantern", "Bramble",
         "Cardamom", "Paisley", "Fennel", "Quill", "Ledger", "Mortar", "Thimble", "Spindle",
         "Tallow", "Gimbal", "Muslin", "Chicory")
SURNAMES = ("Ashdown", "Pemberton", "Okonkwo", "Villareal", "Hargrove", "Lindqvist",
            "Castellano", "Whitcombe", "Ferreira", "Abernathy", "Kowalczyk", "Thornbury")
# USPS suffixes, the plain ones and those that are also ordinary words.
TYPES = ("Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.", "Drive", "Dr",
         "Lane", "Ln", "Boulevard", "Blvd", "Court", "Ct", "Place", "Pl", "Terrace", "Way",
         "Circle", "Cir", "Parkway", "Pkwy", "Highway", "Trail", "Crossing", "Harbors",
         "Mission", "Forks", "Squares", "Pass", "Ridge", "Hollow", "Mews", "Run", "Loop",
         "Point", "Park", "Views", "Station", "Summit", "Village", "Isle", "Cove", "Glen",
         "Meadows", "Junction", "Spurs", "Union", "Track", "Trace", "Key", "Centers")
# Towns as a generator writes them (a prefix or a suffix on a surname) and real ones.
TOWN_PREFIXES = ("North", "South", "East", "West", "Port", "Lake", "New", "Fort", "Mount")
TOWN_SUFFIXES = ("ville", "ton", "burgh", "mouth", "side", "haven", "fort", "land", "bury",
                 "borough", "chester", "view")
US_STATES = ("AL", "AK", "AZ", "CA", "CO", "CT", "FL", "GA", "ID", "IL", "IN", "KS", "KY",
             "LA", "ME", "MD", "MI", "MN", "MO", "MT", "NC", "NE", "NH", "NM", "NV", "NY",
             "OH", "OK", "OR", "PA", "SC", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV")
US_TOWNS = (("Bozeman", "MT", "59715"), ("Ithaca", "NY", "14850"), ("Tacoma", "WA", "98402"),
            ("Lubbock", "TX", "79401"), ("Muncie", "IN", "47305"), ("Eugene", "OR", "97401"),
            ("Pueblo", "CO", "81003"), ("Macon", "GA", "31201"), ("Wichita", "KS", "67202"),
            ("Santa Fe", "NM", "87501"), ("Palm Springs", "CA", "92262"),
            ("Fort Wayne", "IN", "46802"), ("Des Moines", "IA", "50309"),
            ("Lake Charles", "LA", "70601"), ("Elk Grove Village", "IL", "60007"))
STATE_NAMES = (("Bozeman", "Montana", "59715"), ("Tacoma", "Washington", "98402"),
               ("Macon", "Georgia", "31201"), ("Eugene", "Oregon", "97401"),
               ("Wichita", "Kansas", "67202"))
CA_TOWNS = (("Kelowna", "BC", "V1Y 6H2"), ("Moncton", "NB", "E1C 4M3"),
            ("Red Deer", "AB", "T4N 1X5"), ("Sherbrooke", "QC", "J1H 1R9"),
            ("Thunder Bay", "ON", "P7B 1A1"), ("Saskatoon", "SK", "S7K 1J5"),
            ("Charlottetown", "PE", "C1A 4P3"))
AU_TOWNS = (("Ballarat", "VIC", "3350"), ("Toowoomba", "QLD", "4350"),
            ("Newcastle", "NSW", "2300"), ("Bunbury", "WA", "6230"),
            ("Launceston", "TAS", "7250"), ("Mount Gambier", "SA", "5290"),
            ("Canberra", "ACT", "2601"))
UK_TOWNS = (("Reading", "RG1 1AA"), ("Harrogate", "HG1 2RQ"), ("Truro", "TR1 2HE"),
            ("Colchester", "CO1 1JN"), ("Aberystwyth", "SY23 1DE"), ("Perth", "PH1 5PH"),
            ("Milton Keynes", "MK9 3EB"), ("Kings Lynn", "PE30 1HP"))
UK_STREETS = ("Station Approach", "Tithe Barn Lane", "Ropewalk", "Chapel Street",
              "Castle Mews", "Orchard Rise", "Weavers Row", "Quarry Hill")
PEOPLE = ("Adaeze Okafor", "Tomasz Wiśniewski", "Priya Raghavan", "Lucía Benítez",
          "Hamid Qureshi", "Nguyen Thi Lan", "Grace Mwangi", "Owen Pritchard")
COMPANIES = ("Saffron Logistics", "Calico Labs", "Anvil & Quill LLC", "Tamarind Foods",
             "Sextant Maritime")


def _town(rng: random.Random) -> str:
    """A generator-style town: `Port Hargrove`, `Ashdownville`, `Lake Lindqvist`."""
    s = rng.choice(SURNAMES)
    if rng.random() < 0.5:
        return f"{rng.choice(TOWN_PREFIXES)} {s}"
    return s + rng.choice(TOWN_SUFFIXES)


def _num(rng: random.Random) -> str:
    """A house number as generators write them, leading zeros included (`0482`)."""
    k = rng.randrange(4)
    if k == 0:
        return f"{rng.randint(0, 999):03d}"
    if k == 1:
        return f"{rng.randint(0, 99999):05d}"
    return str(rng.randint(1, 9999))


def _street(rng: random.Random) -> str:
    name = rng.choice(SURNAMES if rng.random() < 0.5 else ROOTS)
    return f"{_num(rng)} {name} {rng.choice(TYPES)}"


UNITS = ("Apt. {n}", "Apt {n}B", "apt #{n}", "Apartment {n}", "Suite {n}", "Ste. {n}",
         "Ste {n}", "Unit {n}", "Unit #{n}", "Fl {n}", "Floor {n}", "{o} Fl.", "{o} Floor",
         "Bldg {n}", "Building {n}", "Rm {n}", "Room {n}", "#{n}", "PH {n}", "Penthouse {n}",
         "Lower Level", "Rear", "Upper", "Basement", "Lot {n}", "Trlr {n}", "Space {n}",
         "Dept {n}", "Apt. {n}-C")
ORDINALS = ("1st", "2nd", "3rd", "4th", "5th", "8th", "11th", "12th", "13th", "21st", "22nd",
            "33rd", "42nd", "101st", "116th")
WORDS = ("First", "Second", "Third", "Fifth", "Tenth", "Twelfth")


def _unit(rng: random.Random) -> str:
    return rng.choice(UNITS).format(n=_n(rng, 900), o=rng.choice(ORDINALS[:6]))


# -- address layouts --------------------------------------------------------------------------

def _us_generator(rng):
    """A generator's US address: street (and unit), a line break, town, state, ZIP."""
    k = rng.randrange(4)
    town, st, z = _town(rng), rng.choice(US_STATES), f"{rng.randint(0, 99999):05d}"
    if k == 0:
        return f"{_street(rng)}\n{town}, {st} {z}"
    if k == 1:
        return f"{_street(rng)} {_unit(rng)}\n{town}, {st} {z}"
    if k == 2:
        return f"{_street(rng)}, {_unit(rng)}, {town}, {st} {z}"
    return f"{_street(rng)} {town}, {st} {z}"


def _us_one_line(rng):
    """One line, with all, some or no commas; state codes and names; ZIP+4."""
    town, st, z = rng.choice(US_TOWNS)
    z = z + (f"-{rng.randint(1000, 9999)}" if rng.random() < 0.3 else "")
    k = rng.randrange(5)
    if k == 0:
        return f"{_street(rng)}, {town}, {st} {z}"
    if k == 1:
        return f"{_street(rng)} {town} {st} {z}"
    if k == 2:
        return f"{_street(rng)}, {town} {st}, {z}"
    if k == 3:
        town, name, z = rng.choice(STATE_NAMES)
        return f"{_street(rng)}, {town}, {name} {z}"
    return f"{_street(rng)}, {town}, {st}, {z}, USA"


def _units(rng):
    """Units in many spellings: before, after, on their own line, written as `3/45`."""
    town, st, z = rng.choice(US_TOWNS)
    unit = _unit(rng)
    k = rng.randrange(5)
    if k == 0:
        return f"{_street(rng)} {unit}, {town}, {st} {z}"
    if k == 1:
        return f"{unit}, {_street(rng)}, {town}, {st} {z}"
    if k == 2:
        return f"{_street(rng)}\n{unit}\n{town}, {st} {z}"
    if k == 3:
        t, s, pc = rng.choice(AU_TOWNS)
        return f"{_n(rng, 40)}/{_n(rng, 300)} {rng.choice(ROOTS)} {rng.choice(TYPES)}, {t} {s} {pc}"
    return f"{_street(rng)} {unit} {town} {st} {z}"


def _directional(rng):
    """Directionals before and after the street, ordinal and spelled-out numbered streets."""
    town, st, z = rng.choice(US_TOWNS)
    d = rng.choice(("N", "S", "E", "W", "N.", "W.", "North", "East", "NE", "SW"))
    k = rng.randrange(6)
    if k == 0:
        return f"{_n(rng, 9000)} {d} {rng.choice(ORDINALS)} St, {town}, {st} {z}"
    if k == 1:
        return f"{_n(rng, 900)} {rng.choice(ORDINALS)} Ave " \
               f"{rng.choice(('NE', 'NW', 'SE', 'SW'))}, {town}, {st} {z}"
    if k == 2:
        return f"{_n(rng, 900)} {rng.choice(('West', 'East'))} {rng.choice(ORDINALS)} Street, " \
               f"New York, NY 100{_n(rng, 40):02d}"
    if k == 3:
        return f"{_n(rng, 9000)} {rng.choice(WORDS)} Avenue {rng.choice(('N', 'S'))}, " \
               f"{town}, {st} {z}"
    if k == 4:
        return f"{_n(rng, 9)}{_n(rng, 9)}0 {rng.choice(('S', 'E', 'N', 'W'))} " \
               f"{_n(rng, 9)}00 {rng.choice(('E', 'W'))}, Salt Lake City, UT 841{_n(rng, 20):02d}"
    return f"{_n(rng, 20000)} {d} {rng.choice(SURNAMES)} {rng.choice(TYPES)}, {town}, {st} {z}"


def _rural(rng):
    """State highways, county roads, farm roads, rural routes, boxes, drawers."""
    town, st, z = rng.choice(US_TOWNS)
    k = rng.randrange(9)
    if k == 0:
        return f"{_n(rng, 30000)} State Highway {_n(rng, 300)}, {town}, {st} {z}"
    if k == 1:
        return f"{_n(rng, 9000)} US-{_n(rng, 300)}, {town}, {st} {z}"
    if k == 2:
        return f"{rng.choice('NSEW')}{_n(rng, 9000)} County Road {rng.choice('ABKMQ')}, " \
               f"Merrill, WI 54452"
    if k == 3:
        return f"{_n(rng, 9000)} FM {_n(rng, 3000)}, {town}, TX 7{_n(rng, 9999):04d}"
    if k == 4:
        return f"Route {_n(rng, 9)} Box {_n(rng, 300)}, {town}, {st} {z}"
    if k == 5:
        return f"RR#{_n(rng, 9)} Box {_n(rng, 300)}A\n{town}, {st} {z}"
    if k == 6:
        return f"PO Box {_n(rng, 99999)}, {town}, {st} {z}"
    if k == 7:
        return f"P.O. Drawer {_n(rng, 9000)}, {town}, {st} {z}"
    t, p, pc = rng.choice(CA_TOWNS)
    return f"General Delivery, {t}, {p} {pc}"


def _caps(rng):
    """USPS-style ALL CAPS (no punctuation) and whole addresses in lower case."""
    town, st, z = rng.choice(US_TOWNS)
    k = rng.randrange(4)
    if k == 0:
        return f"{_street(rng)} {_unit(rng)}\n{town} {st} {z}-{_n(rng, 9000):04d}".upper()
    if k == 1:
        t, pc = rng.choice(UK_TOWNS)
        return f"FLAT {_n(rng, 30)}, {_n(rng, 90)} {rng.choice(UK_STREETS)}, {t}, {pc}".upper()
    if k == 2:
        return f"{_street(rng)}, {town}, {st} {z}".lower()
    t, p, pc = rng.choice(CA_TOWNS)
    return f"{_n(rng, 900)} {rng.choice(ROOTS)} {rng.choice(TYPES)} {t} {p} {pc}".lower()


def _uk(rng):
    town, pc = rng.choice(UK_TOWNS)
    street = rng.choice(UK_STREETS)
    k = rng.randrange(5)
    if k == 0:
        return f"{_n(rng, 120)} {street}, {town} {pc}"
    if k == 1:
        return f"{_n(rng, 120)} {street} {town} {pc}"
    if k == 2:
        return f"Flat {_n(rng, 30)}\n{rng.choice(SURNAMES)} Court\n{_n(rng, 90)} {street}\n" \
               f"{town}\n{pc}"
    if k == 3:
        return f"{rng.choice(ROOTS)} Cottage, {street}, {town}, {pc}"
    return f"Studio {_n(rng, 60)}\n{rng.choice(SURNAMES)} " \
           f"{rng.choice(('Walks', 'Gardens', 'Mews'))}\n{_town(rng)}\n{pc}"


def _ca_au(rng):
    k = rng.randrange(4)
    if k == 0:
        town, p, pc = rng.choice(CA_TOWNS)
        return f"{_street(rng)}\n{town}, {p} {pc}"
    if k == 1:
        town, p, pc = rng.choice(CA_TOWNS)
        return f"{_n(rng, 900)}-{_n(rng, 9000)} {rng.choice(ROOTS)} {rng.choice(TYPES)} " \
               f"{town} {p} {pc}"
    if k == 2:
        town, s, pc = rng.choice(AU_TOWNS)
        return f"{_street(rng)}\n{town}, {s}, {pc}"
    town, s, pc = rng.choice(AU_TOWNS)
    return f"Level {_n(rng, 30)}, {_n(rng, 300)} {rng.choice(ROOTS)} St, {town} {s} {pc}"


def _africa(rng):
    k = rng.randrange(12)
    if k == 0:
        return f"No {_n(rng, 60)}, {rng.choice(SURNAMES)} Street, off Allen Avenue, Ikeja, Lagos"
    if k == 1:
        return f"{_n(rng, 40)} {rng.choice(ROOTS)} Crescent, Garki Area {_n(rng, 11)}, Abuja"
    if k == 2:
        return f"P.O. Box {_n(rng, 90000)}-00100, Nairobi"
    if k == 3:
        return f"Hse No. {_n(rng, 90)}, Argwings Kodhek Road, Kilimani, Nairobi"
    if k == 4:
        return f"{_n(rng, 90)} Jacaranda Avenue, Lynnwood, Pretoria, 0081"
    if k == 5:
        return f"Kirkos Sub-city, Woreda {_n(rng, 11):02d}, House No. {_n(rng, 900)}, Addis Ababa"
    if k == 6:
        return f"Bole Sub City, Woreda {_n(rng, 14)}, Addis Ababa, Ethiopia"
    if k == 7:
        return f"Cité {rng.choice(('Mixta', 'Djily Mbaye', 'Sicap Baobab', 'Keur Damel'))}, " \
               f"Villa {_n(rng, 200)}, Dakar"
    if k == 8:
        return f"House {_n(rng, 40)}, {rng.choice(ROOTS)} Close, East Legon, Accra"
    if k == 9:
        return f"Résidence Al Amal, Imm {_n(rng, 9)}, Appt {_n(rng, 30)}, Hay Riad, Rabat"
    if k == 10:
        return f"BP {_n(rng, 9000)} Douala, Cameroun"
    return f"Plot {_n(rng, 90)}, {rng.choice(SURNAMES)} Road, Ntinda, Kampala"


def _south_asia(rng):
    k = rng.randrange(10)
    if k == 0:
        return f"H.No. {_n(rng, 12)}-{_n(rng, 9)}-{_n(rng, 300)}, Road No. {_n(rng, 14)}, " \
               f"Banjara Hills, Hyderabad 500034"
    if k == 1:
        return f"Flat {_n(rng, 900)}, Sai {rng.choice(('Residency', 'Heights', 'Enclave'))}, " \
               f"Plot {_n(rng, 60)}, Sector {_n(rng, 40)}, Kharghar, Navi Mumbai 410210"
    if k == 2:
        return f"{_n(rng, 200)}, 2nd Main, {_n(rng, 9)}th Cross, Jayanagar, Bengaluru - 560041"
    if k == 3:
        return "C/o Ramesh Kumar, Near Shiv Mandir, Gandhi Chowk, Varanasi, Uttar Pradesh 221001"
    if k == 4:
        return f"House {_n(rng, 90)}, Street {_n(rng, 40)}, F-{_n(rng, 11)}/{_n(rng, 4)}, Islamabad"
    if k == 5:
        return f"Plot {_n(rng, 90)}-C, Block {_n(rng, 6)}, PECHS, Karachi 75400"
    if k == 6:
        return f"House {_n(rng, 90)}, Road {_n(rng, 30)}, Dhanmondi, Dhaka 1205"
    if k == 7:
        return f"No. {_n(rng, 300)}/{_n(rng, 9)}, Galle Road, Colombo 03"
    if k == 8:
        return f"Ward No. {_n(rng, 30)}, Jhamsikhel, Lalitpur, Nepal"
    return f"{_n(rng, 300)}, Anna Salai, Teynampet, Chennai, Tamil Nadu 600018"


def _latam(rng):
    k = rng.randrange(8)
    if k == 0:
        return f"Calle Hidalgo #{_n(rng, 900)}, Col. Centro, C.P. 44100, Guadalajara, Jal."
    if k == 1:
        return f"{_n(rng, 9)}a Avenida {_n(rng, 20)}-{_n(rng, 90):02d}, Zona {_n(rng, 16)}, " \
               f"Ciudad de Guatemala"
    if k == 2:
        return f"Rua {rng.choice(SURNAMES)}, nº {_n(rng, 900)}, apto {_n(rng, 200)} - " \
               f"Pinheiros, São Paulo/SP - CEP 05422-{_n(rng, 999):03d}"
    if k == 3:
        return f"Av. Arequipa {_n(rng, 4000)}, Dpto. {_n(rng, 900)}, Lince, Lima"
    if k == 4:
        return f"Los {rng.choice(('Aromos', 'Castaños', 'Espinos'))} {_n(rng, 3000)}, " \
               f"depto. {_n(rng, 90)}, Providencia, Santiago"
    if k == 5:
        return f"Cra. {_n(rng, 90)} # {_n(rng, 120)}-{_n(rng, 90)}, Bogotá"
    if k == 6:
        return f"De la Iglesia Católica, {_n(rng, 4)}00 m norte, San Pedro, Montes de Oca, " \
               f"San José"
    return f"Av. Corrientes {_n(rng, 5000)}, Piso {_n(rng, 20)}, C1043 CABA, Argentina"


def _se_asia(rng):
    k = rng.randrange(9)
    if k == 0:
        return f"Unit {_n(rng, 40)}{rng.choice('ABC')}, Tower {_n(rng, 3)}, {rng.choice(ROOTS)} " \
               f"Residences, Brgy. San Antonio, Pasig City 1605"
    if k == 1:
        return f"Blk {_n(rng, 30)} Lot {_n(rng, 40)}, Phase {_n(rng, 4)}, Villa Verde Subd., " \
               f"Dasmariñas, Cavite"
    if k == 2:
        return f"Jl. Merdeka No. {_n(rng, 120)}, RT 03/RW 05, Kel. Citarum, Kec. Bandung Wetan, " \
               f"Bandung 40115"
    if k == 3:
        return f"No. {_n(rng, 90)}, Jalan SS 2/{_n(rng, 90)}, 47300 Petaling Jaya, Selangor"
    if k == 4:
        return f"{_n(rng, 200)}/{_n(rng, 30)} Moo {_n(rng, 9)}, Tambon Suthep, Amphoe Mueang, " \
               f"Chiang Mai 50200"
    if k == 5:
        return f"Số {_n(rng, 200)} Đường Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"
    if k == 6:
        return f"Blk {_n(rng, 600)} Ang Mo Kio Ave {_n(rng, 10)} " \
               f"#{_n(rng, 12):02d}-{_n(rng, 300)}, Singapore 56{_n(rng, 9999):04d}"
    if k == 7:
        return f"{_n(rng, 90)} Soi Sukhumvit {_n(rng, 70)}, Khlong Tan Nuea, Watthana, " \
               "Bangkok 10110"
    return f"Lot {_n(rng, 90)}, Jalan Tun Razak, 50400 Kuala Lumpur, Malaysia"


LAYOUTS = {
    "us-generator": _us_generator, "us-one-line": _us_one_line, "units": _units,
    "directional": _directional, "rural": _rural, "caps-lower": _caps, "uk": _uk,
    "ca-au": _ca_au, "africa": _africa, "south-asia": _south_asia, "latam": _latam,
    "se-asia": _se_asia,
}
FRAMES = (
    "I live at {a}.",
    "I live at {a} with two cats",
    "my address is {a}",
    "Please ship to {a}, thanks",
    "ship to: {a}",
    "Can you send the replacement to {a}? The old one broke.",
    "We're located at {a}",
    "Her home address is {a} and her phone is on file.",
    "Billing address\n{a}",
    "Deliver the package to {a} by Friday.",
    "The property at {a} was sold in March.",
    "Return to sender: {a}",
    "{a}",
    "Write a cover letter for a job; my address is {a}.",
    "Please correct the typo in: {a}",
    "{org} has its head office at {a}.",
)


def _frame(layout: str, rng: random.Random) -> str:
    return rng.choice(FRAMES).replace("{org}", rng.choice(COMPANIES))


# -- structured layouts ------------------------------------------------------------------------

def _moved(rng) -> tuple[str, Gold]:
    """Two addresses in one sentence: `moved from X to Y`."""
    t1, s1, z1 = rng.choice(US_TOWNS)
    t2, s2, z2 = rng.choice(US_TOWNS)
    k = rng.randrange(3)
    a1, a2 = f"{_street(rng)}, {t1}, {s1} {z1}", f"{_street(rng)}, {t2}, {s2} {z2}"
    if k == 0:
        return pieces([("I moved from ", False), (a1, True), (" to ", False), (a2, True),
                       (" last spring.", False)])
    if k == 1:
        u1, p1 = rng.choice(UK_TOWNS)
        return pieces([("We relocated from ", False),
                       (f"{_n(rng, 90)} {rng.choice(UK_STREETS)}, {u1} {p1}", True),
                       (" to ", False), (a2, True), (".", False)])
    return pieces([("Change the shipping address from ", False), (a1, True),
                   (" to ", False), (a2, True), (" for order 4471.", False)])


def _form_lines(rng) -> tuple[str, Gold]:
    """Form fields, one per line, with the labels web forms use."""
    town, st, z = rng.choice(US_TOWNS)
    labels = rng.choice((("Street", "City", "State", "Zip"),
                         ("Street Address", "City/Town", "State/Province", "ZIP / Postal Code"),
                         ("Address Line 1", "City", "Region", "Postal code"),
                         ("Addr", "Town", "St", "ZIP")))
    parts: list[tuple[str, bool]] = [(f"Name: {rng.choice(PEOPLE)}\n{labels[0]}: ", False),
                                     (_street(rng), True)]
    if rng.random() < 0.5:
        parts += [(f"\n{rng.choice(('Apt/Suite', 'Unit', 'Address Line 2'))}: ", False),
                  (_unit(rng), True)]
    parts += [(f"\n{labels[1]}: ", False), (town, True), (f"\n{labels[2]}: ", False), (st, True),
              (f"\n{labels[3]}: ", False), (z, True), ("\nPhone: on file", False)]
    return pieces(parts)


def _form_inline(rng) -> tuple[str, Gold]:
    """Form fields on one line, separated by commas, semicolons or bars."""
    town, st, z = rng.choice(US_TOWNS)
    sep = rng.choice((", ", "; ", " | ", "  "))
    return pieces([("Street: ", False), (_street(rng), True), (f"{sep}City: ", False),
                   (town, True), (f"{sep}State: ", False), (st, True), (f"{sep}Zip: ", False),
                   (z, True)])


def _json(rng) -> tuple[str, Gold]:
    town, st, z = rng.choice(US_TOWNS)
    k = rng.randrange(3)
    if k == 0:
        keys = ("streetAddress", "addressLocality", "addressRegion", "postalCode")
        head = '{"@type": "PostalAddress", '
    elif k == 1:
        keys = ("addressLine1", "cityName", "stateCode", "zipCode")
        head = '{"customerId": 4412, "shippingAddress": {'
    else:
        keys = ("street1", "city", "state", "zip5")
        head = '{"user": "u-77", "address": {'
    vals = (_street(rng), town, st, z)
    parts: list[tuple[str, bool]] = [(head, False)]
    for i, (key, val) in enumerate(zip(keys, vals, strict=True)):
        parts += [(f'{", " if i else ""}"{key}": "', False), (val, True), ('"', False)]
    parts.append(("}}" if k else "}", False))
    return pieces(parts)


def _yaml_xml(rng) -> tuple[str, Gold]:
    town, st, z = rng.choice(US_TOWNS)
    street = _street(rng)
    if rng.random() < 0.5:
        return pieces([("customer:\n  name: on file\n  address:\n    street: ", False),
                       (street, True), ("\n    city: ", False), (town, True),
                       ("\n    state: ", False), (st, True), ("\n    zip: ", False), (z, True),
                       ("\n", False)])
    return pieces([("<address><street>", False), (street, True), ("</street><city>", False),
                   (town, True), ("</city><state>", False), (st, True), ("</state><zip>", False),
                   (z, True), ("</zip></address>", False)])


def _csv(rng) -> tuple[str, Gold]:
    town, st, z = rng.choice(US_TOWNS)
    street = _street(rng)
    who = rng.choice(PEOPLE)
    if rng.random() < 0.5:
        return pieces([('"Name","Street Address","City","ST","ZIP Code"\n', False),
                       (f'"{who}","', False), (street, True), ('","', False), (town, True),
                       ('","', False), (st, True), ('","', False), (z, True), ('"\n', False)])
    return pieces([("customer_id,full_address,signup\n", False), (f"{_n(rng, 9000)},\"", False),
                   (f"{street}, {town}, {st} {z}", True), ('",2024-11-02\n', False)])


def _newline_inline(rng) -> tuple[str, Gold]:
    """A generator's two-line address dropped into a one-line sentence."""
    a = f"{_street(rng)} {_unit(rng)}\n{_town(rng)}, {rng.choice(US_STATES)} " \
        f"{rng.randint(0, 99999):05d}"
    frame = rng.choice(("Hi, I'm moving to {a} next week, can you update my account?",
                        "The suspect's last known address is {a} according to the file.",
                        "Invoice for {a} attached"))
    head, _, tail = frame.partition("{a}")
    return pieces([(head, False), (a, True), (tail, False)])


def _known(rng) -> tuple[str, Gold]:
    """Layouts that leaked before this set: a house name before a bar, a town of one letter
    and a word, Ethiopian and Senegalese districts."""
    k = rng.randrange(4)
    if k == 0:
        return pieces([("Return label: ", False),
                       (f"{rng.choice(ROOTS)} House | {_n(rng, 90)} {rng.choice(UK_STREETS)} | "
                        f"{rng.choice(UK_TOWNS)[0]} | {rng.choice(UK_TOWNS)[1]}", True)])
    if k == 1:
        pc, town = rng.choice((("15003", "A Coruña"), ("36001", "A Estrada"),
                               ("27001", "O Incio"), ("32001", "A Rúa")))
        return pieces([("Enviar a ", False),
                       (f"Rúa {rng.choice(SURNAMES)} {_n(rng, 90)}, {_n(rng, 6)}.º, {pc} {town}",
                        True)])
    if k == 2:
        return pieces([("Office: ", False),
                       (f"Yeka Sub-City, Woreda {_n(rng, 13):02d}, House No. {_n(rng, 2000)}, "
                        "Addis Ababa", True)])
    return pieces([("Livraison: ", False),
                   (f"Cité {rng.choice(('Mixta', 'Fadia', 'Damel'))} Villa N°{_n(rng, 300)}, "
                    "Dakar, Sénégal", True)])


STRUCTURED = {"moved-from-to": _moved, "form-lines": _form_lines, "form-inline": _form_inline,
              "json": _json, "yaml-xml": _yaml_xml, "csv": _csv, "newline-inline": _newline_inline,
              "known-misses": _known}


def build(n: int, seed: int) -> list[Prompt]:
    """(layout, text, gold spans) per prompt, one layout after another."""
    names = list(LAYOUTS) + list(STRUCTURED)
    return generate(n, seed, lambda i: names[i % len(names)], LAYOUTS, STRUCTURED, _frame)


# -- near misses: no address anywhere -----------------------------------------------------------
_FIXED = (
    # Businesses, shows and songs with a street word.
    "Main Street Bakery opens at 7 with fresh bagels.",
    "The Wall Street Journal ran 3 stories on it.",
    "21 Jump Street was rebooted as a film in 2012.",
    "Sesame Street episode 4521 teaches the number 7.",
    "Coronation Street aired 12 episodes this month.",
    "Abbey Road (1969) has 17 tracks.",
    "Penny Lane and Strawberry Fields were a double A-side.",
    "Electric Avenue reached number 2 in 1983.",
    "We had lunch at Park Avenue Diner and Elm Street Pizza.",
    "Ordered 2 lattes at Station Road Coffee Co.",
    "42nd Street is a musical; Miracle on 34th Street is a film.",
    # Main Street as a metaphor.
    "Main Street vs Wall Street: 3 lessons from the 2008 crisis.",
    "What does the Fed's move mean for Main Street?",
    "Small businesses on Main Street hired 40,000 workers in May.",
    # Route and highway numbers in prose.
    "Take Route 9 north for 12 miles, then exit 42.",
    "I-95 is closed near exit 12 until 6 am.",
    "Traffic on Highway 401 is backed up for 5 km.",
    "Bus 42 to Central Station leaves every 10 minutes.",
    "US-101 and State Route 1 both follow the coast.",
    "Drive 3 miles on County Road 12 and turn left.",
    # Versions, builds, SKUs.
    "Upgrade to 4.2.1 (build 1187) before the 12 Oak release.",
    "SKU 4412-ELM-ST-BLK is out of stock.",
    "Part no. 12-PARK-AVE-W, qty 3, $19.99",
    "Item 880 Harbor Blue Ave. Collection throw pillow, 18 in",
    "Release 12 Summit Edition ships with 3 Views and 2 Centers.",
    "Chrome 121 and Firefox 122 both support it.",
    # Dates.
    "On 12 May Street parties were held across the town.",
    "The 4th of July parade starts at noon on March 3.",
    "Deadline: 31 Oct 2025, 17:00 UTC",
    "Born 3 June 1990 in the spring.",
    # Sports scores.
    "Rangers 3, Bruins 2 (OT)",
    "Final: Lakers 112, Celtics 108",
    "Arsenal 2 - 1 Chelsea, 90+3'",
    "Yankees 7 Red Sox 4 in 10 innings",
    # Times.
    "Meet at 5 in the park, then dinner at 8.",
    "Standup is at 9 30 every day, retro at 4 15.",
    "The shop is open 10 am to 6 pm, Mon to Sat.",
    # Rooms, suites, levels of software or games.
    "Apt 4 tests passed, Suite 12 failed.",
    "Unit 731 was a notorious army unit.",
    "Level 5 clearance is needed for Floor 3.",
    "Area 51, Studio 54 and Pier 39 are famous places.",
    "Terminal 5, Gate 23, boarding 14:05",
    "Room 101 is from Orwell's novel.",
    # Numbers beside street words that are not addresses.
    "We drove 300 miles down the highway in 5 hours.",
    "There are 12 Courts and 4 Circles in the plan.",
    "3 Ways to Improve Your Drive (2024 edition)",
    "Top 10 Trails in Utah, ranked",
    "Chapter 7 Park Rangers and the 3 Ridges",
    "The CSV has columns street, city, state and zip.",
    'SELECT street, city FROM addresses WHERE zip = "12345";',
    '{"street": null, "city": null, "zip": null}',
    "Set ZIP_CODE_LENGTH = 5 and STATE_CODE_LENGTH = 2.",
)
_TEMPLATES = (
    "{root} Street Bistro, {n} covers tonight",
    "v{n}.{k}.{m} {root} Drive firmware",
    "Score: {root}s {n}, Rovers {k}",
    "Route {n} bus every {k} minutes",
    "SKU {big}-{root}-RD-{k}",
    "Meet at {h}:{m:02d} by the {root} Park gate",
    "{root} Lane Records released {k} albums in {big}",
    "Order {big}: {k} x {root} Ave. Collection mug",
)


def _near_misses(n: int = 32, seed: int = 19) -> tuple[str, ...]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        t = _TEMPLATES[i % len(_TEMPLATES)]
        out.append(t.format(n=_n(rng, 60), k=_n(rng, 9), m=rng.randint(10, 59), h=_n(rng, 11),
                            big=rng.randint(1000, 9999), root=rng.choice(ROOTS)))
    return tuple(out)


NEAR_MISSES = _FIXED + _near_misses()
