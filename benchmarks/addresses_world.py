"""The `world` set of benchmarks/addresses.py: address shapes the first set lacks.

    python benchmarks/addresses.py --set world [--n 600] [--misses]

OURS, synthetic, written from general knowledge of each national post's layout: India
(Flat / House No. / Plot, Sector, Nagar, Cross, Main, Layout, PIN), Japan (chome-ban-go,
-ku / -shi / -ken, 〒), Korea (-ro / -gil / -gu / -dong), Singapore (Blk, #05-12), Hong
Kong (12/F), the Philippines (Barangay), Brazil (CEP), Mexico (Col., C.P.), Australia
(Unit, Lot, Level), New Zealand, South Africa, Nigeria, Kenya; US / UK unit lines (`Apt.`,
`Suite`, `Studio`, `Flat`) and streets named after people (`Harriet Mews`); French,
Spanish, Polish, German, Italian, Portuguese, Nordic, Dutch, Czech and Turkish streets;
form fields (`Street:`, `City:`, `ZIP:`). Street roots are common nouns, trees, rivers,
historical figures and our own invented surnames; towns are real cities (public facts).
Nothing comes from Faker, presidio-evaluator or presidio-research. Written before the
detection it measures; detection was then fixed against it, so it is a dev set too.

Gold: every character of the address (a house number, a unit, the street, the locality, the
town, the state and postcode lines of the block; for form fields every address field's
value once a street or postcode field is among them).
"""

from __future__ import annotations

import random

from addresses_sets import Prompt, generate
from addresses_sets import num as _n

PEOPLE = ("Harriet", "Vincent", "Marisol", "Desmond", "Philippa", "Tobias", "Rosalind",
          "Augustin", "Clement", "Wilhelmina", "Bartholomew", "Eleanora")
ROOTS = ("Oakwood", "Pinecrest", "Willowbrook", "Foxglove", "Heron", "Juniper", "Quarry",
         "Thistle", "Copperfield", "Alder", "Marsh", "Falcon")
US_TYPES = ("Mews", "Crossing", "Trafficway", "Fork", "Haven", "Knoll", "Pike", "Spur",
            "Causeway", "Squares", "Villages", "Ridge", "Glen", "Loop", "Street", "Avenue")
US_UNITS = ("Apt. {n}", "Suite {n}", "Apt {n}", "Unit {n}", "Ste. {n}", "# {n}")
US_TOWNS = (("Springfield", "IL"), ("Tacoma", "WA"), ("Dayton", "OH"), ("Tempe", "AZ"),
            ("Macon", "GA"), ("Provo", "UT"), ("Lowell", "MA"), ("Eugene", "OR"))
# Invented town names in the `North Something-ville` shape of US postal towns.
US_INVENTED_TOWNS = ("North Calebview", "East Marlowport", "Lake Tessamouth", "Port Idaville",
                     "West Rowanfort", "South Eliburgh", "New Corabury", "Fort Jaxonside")
UK_TOWNS = (("York", "YO1 7HH"), ("Bath", "BA1 1LT"), ("Cardiff", "CF10 1AA"),
            ("Norwich", "NR2 1NA"), ("Exeter", "EX1 1HS"))
IN_PLACES = (("Gurgaon", "Haryana", "122001"), ("Jaipur", "Rajasthan", "302015"),
             ("Bengaluru", "Karnataka", "560038"), ("Pune", "Maharashtra", "411001"),
             ("Chennai", "Tamil Nadu", "600002"), ("Lucknow", "Uttar Pradesh", "226010"),
             ("Kolkata", "West Bengal", "700019"), ("Hyderabad", "Telangana", "500034"))
IN_LOCALITIES = ("Gandhi Nagar", "Shanti Nagar", "Indiranagar", "HSR Layout", "BTM Layout",
                 "Green Park Colony", "Model Town", "Vasant Vihar", "Rajaji Nagar", "Civil Lines")
IN_ROADS = ("M.G. Road", "Station Road", "Nehru Marg", "Tilak Marg", "Ring Road",
            "Anna Salai", "Park Street", "Link Road")
JP_PLACES = (("Meguro", "Meguro-ku", "Tokyo", "153-0063"), ("Shibuya", "Shibuya-ku", "Tokyo",
             "150-0002"), ("Sakae", "Naka-ku", "Nagoya", "460-0008"), ("Umeda", "Kita-ku",
             "Osaka", "530-0001"), ("Tenjin", "Chuo-ku", "Fukuoka", "810-0001"),
             ("Marunouchi", "Chiyoda-ku", "Tokyo", "100-0005"))
JP_PREFS = ("Aichi-ken", "Kanagawa-ken", "Saitama-ken", "Chiba-ken", "Hyogo-ken")
JP_CITIES = ("Yokohama-shi", "Kawasaki-shi", "Kobe-shi", "Nagoya-shi", "Saitama-shi")
JP_BUILDINGS = ("Sakura Heights", "Green Mansion", "Maison Aoba", "Riverside Court")
KR = (("Teheran-ro", "Gangnam-gu", "06236"), ("Sejong-daero", "Jung-gu", "04524"),
      ("Hangang-daero", "Yongsan-gu", "04378"), ("Olympic-ro", "Songpa-gu", "05551"))
KR_DONG = ("Yeoksam-dong", "Banpo-dong", "Sinchon-dong", "Jamsil-dong")
SG_STREETS = ("Ang Mo Kio Ave 3", "Tampines Street 21", "Bedok North Road", "Jurong West St 42",
              "Toa Payoh Lorong 1", "Clementi Ave 2")
HK_ROADS = ("Nathan Road", "Queen's Road Central", "Hennessy Road", "Des Voeux Road",
            "King's Road")
HK_DISTRICTS = (("Tsim Sha Tsui", "Kowloon"), ("Central", "Hong Kong"), ("Wan Chai", "Hong Kong"),
                ("Mong Kok", "Kowloon"), ("North Point", "Hong Kong"))
HK_BUILDINGS = ("Kingsway Tower", "Harbour Centre", "Golden Plaza", "Lucky Mansion")
PH = (("Barangay San Isidro", "Makati City", "1200"), ("Brgy. Poblacion", "Quezon City", "1100"),
      ("Barangay Lahug", "Cebu City", "6000"), ("Brgy. Kapitolyo", "Pasig City", "1603"))
PH_STREETS = ("Rizal St.", "Mabini Street", "Bonifacio Ave.", "Luna Road", "Aguinaldo St.")
BR = (("Laranjeiras", "Rio de Janeiro", "RJ", "22240-003"), ("Bela Vista", "São Paulo", "SP",
      "01310-200"), ("Savassi", "Belo Horizonte", "MG", "30140-071"), ("Moinhos de Vento",
      "Porto Alegre", "RS", "90570-010"))
BR_STREETS = ("Rua das Laranjeiras", "Av. Paulista", "Rua Pernambuco", "Avenida Brasil",
              "Rua Padre Chagas", "Alameda Santos")
MX = (("Del Valle", "03100", "Ciudad de México", "CDMX"), ("Centro", "44100", "Guadalajara",
      "Jal."), ("Obispado", "64060", "Monterrey", "N.L."), ("Roma Norte", "06700",
      "Ciudad de México", "CDMX"))
MX_STREETS = ("Av. Insurgentes Sur", "Calle Hidalgo", "Av. Juárez", "Calle Morelos",
              "Paseo de la Reforma")
AU = (("Fitzroy", "VIC", "3065"), ("Margaret River", "WA", "6285"), ("Newtown", "NSW", "2042"),
      ("Fortitude Valley", "QLD", "4006"), ("Glenelg", "SA", "5045"))
AU_ROADS = ("Wattle St", "Bush Rd", "Banksia Crescent", "Gum Tree Lane", "Kookaburra Way",
            "Jacaranda Ave")
NZ = (("Ponsonby", "Auckland", "1011"), ("Te Aro", "Wellington", "6011"),
      ("Riccarton", "Christchurch", "8011"), ("Hamilton East", "Hamilton", "3216"))
NZ_ROADS = ("Kauri Street", "Rata Road", "Tui Terrace", "Totara Avenue", "Pohutukawa Drive")
ZA = (("Claremont", "Cape Town", "7708"), ("Rosebank", "Johannesburg", "2196"),
      ("Hatfield", "Pretoria", "0083"), ("Umhlanga", "Durban", "4319"))
ZA_ROADS = ("Protea Road", "Jan Smuts Ave", "Jacaranda Street", "Main Road", "Oxford Road")
NG = (("Victoria Island", "Lagos", "101241"), ("Ikoyi", "Lagos", "101233"),
      ("Wuse II", "Abuja", "900288"), ("GRA", "Port Harcourt", "500272"))
NG_STREETS = ("Adeola Odeku Street", "Awolowo Road", "Aminu Kano Crescent", "Herbert Macaulay Way",
              "Ahmadu Bello Way")
KE = (("Kilimani", "Nairobi", "00100"), ("Westlands", "Nairobi", "00800"),
      ("Nyali", "Mombasa", "80100"), ("Milimani", "Kisumu", "40100"))
KE_STREETS = ("Ngong Road", "Kenyatta Avenue", "Moi Avenue", "Argwings Kodhek Road",
              "Waiyaki Way")
FR = (("75002", "Paris"), ("33000", "Bordeaux"), ("67000", "Strasbourg"), ("44000", "Nantes"))
FR_STREETS = ("Rue de la Paix", "rue des Acacias", "Avenue Foch", "boulevard Voltaire",
              "Impasse des Lilas", "Quai de la Tournelle", "Place Bellecour")
ES = (("28013", "Madrid"), ("29015", "Málaga"), ("48001", "Bilbao"), ("50001", "Zaragoza"))
ES_STREETS = ("Calle Mayor", "Calle de Alcalá", "Avenida de América", "Paseo de Gracia",
              "Plaza Mayor", "C/ del Pez")
ES_FLOORS = ("3º B", "2º izq.", "1º D", "4ª", "bajo", "5º 2ª")
PL = (("00-590", "Warszawa"), ("80-831", "Gdańsk"), ("50-077", "Wrocław"), ("61-701", "Poznań"))
PL_STREETS = ("ul. Marszałkowska", "ul. Piotrkowska", "al. Niepodległości", "ul. Świętojańska",
              "ul. Floriańska")
DE = (("10115", "Berlin"), ("04109", "Leipzig"), ("70173", "Stuttgart"), ("01067", "Dresden"))
DE_STREETS = ("Hauptstr.", "Gartenweg", "Lindenallee", "Am Markt", "Lange Gasse",
              "Mühlenstraße", "Goethestraße", "Schillerplatz", "Kirchgasse", "Berliner Straße")
IT = (("20121", "Milano", "MI"), ("10121", "Torino", "TO"), ("80132", "Napoli", "NA"),
      ("90133", "Palermo", "PA"))
IT_STREETS = ("Piazza Duomo", "Viale Europa", "Via Nazionale", "Corso Vittorio Emanuele",
              "Piazza Navona", "Viale Monza", "Via Garibaldi")
PT = (("1000-001", "Lisboa"), ("4050-264", "Porto"), ("3000-143", "Coimbra"))
PT_STREETS = ("Avenida da República", "Rua do Ouro", "Travessa da Queimada", "Praça do Comércio",
              "Estrada de Benfica")
BR_HIGHWAYS = ("Rodovia BR-101", "Rodovia SP-280", "Rodovia Anhanguera", "Rodovia dos Bandeirantes")
NORDIC = (("Østergade", "1100", "København K", "DK"), ("Skovvej", "8000", "Aarhus C", "DK"),
          ("Mannerheimintie", "00100", "Helsinki", "FI"), ("Hämeenkatu", "33100", "Tampere",
          "FI"), ("Kungsgatan", "411 19", "Göteborg", "SE"), ("Drottningvägen", "752 20",
          "Uppsala", "SE"), ("Storgata", "0155", "Oslo", "NO"), ("Strandveien", "9008",
          "Tromsø", "NO"))
NL = (("Kerkstraat", "1017 GC", "Amsterdam"), ("Prinsengracht", "1016 HK", "Amsterdam"),
      ("Dorpsweg", "3083 LA", "Rotterdam"), ("Oudegracht", "3511 AR", "Utrecht"),
      ("Stationsplein", "9726 AE", "Groningen"))
NL_SUFFIXES = ("-II", "-H", " bis", "-3", " A", "")
CZ = (("Vodičkova", "110 00", "Praha 1"), ("Masarykova", "602 00", "Brno"),
      ("Husova", "370 01", "České Budějovice"), ("Palackého", "779 00", "Olomouc"))
TR = (("Atatürk Cad.", "Kızılay Mah.", "06420", "Çankaya", "Ankara"),
      ("Çiçek Sok.", "Caferağa Mah.", "34710", "Kadıköy", "İstanbul"),
      ("Bağdat Cad.", "Caddebostan Mah.", "34728", "Kadıköy", "İstanbul"),
      ("Cumhuriyet Bulvarı", "Alsancak Mah.", "35220", "Konak", "İzmir"),
      ("Gül Sok.", "Bahçelievler Mah.", "06490", "Çankaya", "Ankara"))


def _india(rng):
    city, state, pin = rng.choice(IN_PLACES)
    loc = rng.choice(IN_LOCALITIES)
    k = rng.randrange(7)
    if k == 0:
        flat = f"Flat {_n(rng, 40)}{rng.choice('ABCD')}"
        return f"{flat}, Sector {_n(rng, 80)}, {city}, {state} {pin}"
    if k == 1:
        return f"House No. {_n(rng, 300)}, {loc}, {city}, {state} - {pin}"
    if k == 2:
        return (f"Plot {_n(rng, 90)}, {rng.choice(('1st', '2nd', '3rd', '4th'))} Cross, "
                f"{rng.choice(('5th', '6th', '9th', '12th'))} Main, {loc}, {city} {pin}")
    if k == 3:
        return f"{_n(rng, 40)}/{_n(rng, 9)} {rng.choice(IN_ROADS)}, {city} - {pin}"
    if k == 4:
        return f"{rng.choice('ABCDE')}-{_n(rng, 400)}, {loc}, {city} {pin}, India"
    if k == 5:
        return f"No. {_n(rng, 60)}, {rng.choice(IN_ROADS)}, {loc}, {city}, {state}, PIN: {pin}"
    return f"{_n(rng, 90)}, {rng.choice(('2nd', '3rd', '7th'))} Main Road, {loc}\n{city} {pin}"


def _japan(rng):
    area, ward, city, pc = rng.choice(JP_PLACES)
    cbg = f"{_n(rng, 6)}-{_n(rng, 30)}-{_n(rng, 20)}"
    k = rng.randrange(5)
    if k == 0:
        return f"{cbg} {area}, {ward}, {city} {pc}, Japan"
    if k == 1:
        return f"〒{pc} {city}, {ward}, {area} {cbg}"
    if k == 2:
        room = f"{rng.choice(JP_BUILDINGS)} {_n(rng, 9)}0{_n(rng, 9)}"
        return f"{room}, {cbg} {area}, {ward}, {city} {pc}"
    if k == 3:
        return f"{cbg} {area}, {rng.choice(JP_CITIES)}, {rng.choice(JP_PREFS)} {pc}"
    return f"{area} {_n(rng, 6)}-chome {_n(rng, 30)}-{_n(rng, 20)}, {ward}, {city} {pc}"


def _korea(rng):
    road, gu, pc = rng.choice(KR)
    k = rng.randrange(3)
    if k == 0:
        return f"{_n(rng, 500)} {road}, {gu}, Seoul {pc}"
    if k == 1:
        return f"{_n(rng, 90)} {road} {_n(rng, 30)}-gil, {gu}, Seoul {pc}, South Korea"
    apt = f"Apt {_n(rng, 120)}-{_n(rng, 20)}0{_n(rng, 9)}"
    return f"{apt}, {_n(rng, 99)} {rng.choice(KR_DONG)}, {gu}, Seoul {pc}"


def _singapore(rng):
    pc = f"{rng.randint(10, 82):02d}{rng.randint(0, 9999):04d}"
    k = rng.randrange(3)
    unit = f"#{rng.randint(1, 30):02d}-{rng.randint(1, 300):02d}"
    if k == 0:
        return f"Blk {_n(rng, 700)} {rng.choice(SG_STREETS)}, {unit}, Singapore {pc}"
    if k == 1:
        return f"{_n(rng, 200)} {rng.choice(SG_STREETS)} {unit} Singapore {pc}"
    return f"Block {_n(rng, 700)}, {rng.choice(SG_STREETS)}, {unit}\nSingapore {pc}"


def _hong_kong(rng):
    district, region = rng.choice(HK_DISTRICTS)
    k = rng.randrange(2)
    if k == 0:
        return (f"Flat {rng.choice('ABCDEF')}, {_n(rng, 40)}/F, {rng.choice(HK_BUILDINGS)}, "
                f"{_n(rng, 300)} {rng.choice(HK_ROADS)}, {district}, {region}")
    room = f"Room {_n(rng, 30)}0{_n(rng, 9)}, {_n(rng, 40)}/F"
    return f"{room}, {_n(rng, 200)} {rng.choice(HK_ROADS)}, {district}, Hong Kong"


def _philippines(rng):
    brgy, city, pc = rng.choice(PH)
    if rng.random() < 0.5:
        return f"{_n(rng)} {rng.choice(PH_STREETS)}, {brgy}, {city}, {pc} Metro Manila"
    unit = f"Unit {_n(rng, 30)}{rng.choice('ABC')}"
    return f"{unit}, {_n(rng)} {rng.choice(PH_STREETS)}, {brgy}, {city} {pc}, Philippines"


def _brazil(rng):
    bairro, city, uf, cep = rng.choice(BR)
    k = rng.randrange(3)
    if k == 0:
        street = f"{rng.choice(BR_STREETS)}, {_n(rng, 2000)}, apto {_n(rng, 120)}"
        return f"{street} - {bairro}, {city} - {uf}, {cep}"
    if k == 1:
        return f"{rng.choice(BR_STREETS)}, {_n(rng, 2000)} - {bairro}, {city} - {uf}, CEP {cep}"
    return f"{rng.choice(BR_HIGHWAYS)}, km {_n(rng, 300)}, {city} - {uf}, {cep}"


def _mexico(rng):
    col, cp, city, st = rng.choice(MX)
    if rng.random() < 0.5:
        return f"{rng.choice(MX_STREETS)} {_n(rng, 2000)}, Col. {col}, {cp} {city}, {st}"
    return f"{rng.choice(MX_STREETS)} No. {_n(rng, 300)}, Col. {col}, C.P. {cp}, {city}, {st}"


def _australia(rng):
    sub, st, pc = rng.choice(AU)
    road = rng.choice(AU_ROADS)
    k = rng.randrange(3)
    if k == 0:
        return f"Unit {_n(rng, 20)}, {_n(rng, 200)} {road}, {sub} {st} {pc}"
    if k == 1:
        return f"Lot {_n(rng, 99)} {road}, {sub} {st} {pc}"
    return f"Level {_n(rng, 30)}, {_n(rng, 400)} {road}\n{sub} {st} {pc}"


def _new_zealand(rng):
    sub, city, pc = rng.choice(NZ)
    road = rng.choice(NZ_ROADS)
    k = rng.randrange(3)
    if k == 0:
        return f"{_n(rng, 200)} {road}, {sub}, {city} {pc}"
    if k == 1:
        return f"Flat {_n(rng, 9)}, {_n(rng, 90)} {road}, {city} {pc}, New Zealand"
    return f"{_n(rng, 200)}{rng.choice('AB')} {road}\n{sub}\n{city} {pc}"


def _south_africa(rng):
    sub, city, pc = rng.choice(ZA)
    if rng.random() < 0.5:
        return f"{_n(rng, 200)} {rng.choice(ZA_ROADS)}, {sub}, {city}, {pc}"
    return f"{_n(rng, 200)} {rng.choice(ZA_ROADS)}, {sub}, {city} {pc}, South Africa"


def _nigeria(rng):
    area, city, pc = rng.choice(NG)
    k = rng.randrange(3)
    if k == 0:
        return f"{_n(rng, 90)} {rng.choice(NG_STREETS)}, {area}, {city}"
    if k == 1:
        return f"No. {_n(rng, 90)} {rng.choice(NG_STREETS)}, {area}, {city} {pc}"
    return f"Plot {_n(rng, 3000)}, {rng.choice(NG_STREETS)}, {area}, {city}, Nigeria"


def _kenya(rng):
    area, city, pc = rng.choice(KE)
    k = rng.randrange(3)
    if k == 0:
        return f"P.O. Box {_n(rng, 90000)}-{pc}, {city}"
    if k == 1:
        return f"{rng.choice(KE_STREETS)}, {area}, {city} {pc}, Kenya"
    return f"{_n(rng, 200)} {rng.choice(KE_STREETS)}, {area}, {city}"


def _us_units(rng):
    invented = tuple((t, s) for t, (_, s) in zip(US_INVENTED_TOWNS, US_TOWNS, strict=True))
    town, st = rng.choice(US_TOWNS + invented)
    zipc = f"{rng.randint(10000, 99999)}"
    name = rng.choice(PEOPLE + ROOTS)
    street = f"{rng.randint(1, 99999)} {name} {rng.choice(US_TYPES)}"
    unit = rng.choice(US_UNITS).format(n=_n(rng))
    k = rng.randrange(5)
    if k == 0:
        return f"{street} {unit}"
    if k == 1:
        return f"{street} {unit}\n{town}, {st} {zipc}"
    if k == 2:
        return f"{street}\n{town}, {st} {zipc}"
    if k == 3:
        return f"{street}, {unit}, {town}, {st} {zipc}"
    return f"{unit}, {street}"


def _uk_units(rng):
    town, pc = rng.choice(UK_TOWNS)
    name = rng.choice(PEOPLE + ROOTS)
    road = f"{name} {rng.choice(('Mews', 'Close', 'Gardens', 'Walk', 'Row', 'Crescent'))}"
    k = rng.randrange(4)
    if k == 0:
        return f"Studio {_n(rng, 90)}\n{road}\n{town}\n{pc}"
    if k == 1:
        return f"Flat {_n(rng, 90)}\n{_n(rng, 200)} {road}\n{town} {pc}"
    if k == 2:
        return f"Studio {_n(rng, 9)}, {road}, {town}, {pc}"
    return f"{_n(rng, 200)} {road}, {town} {pc}"


def _france(rng):
    pc, city = rng.choice(FR)
    num = f"{_n(rng, 120)}{rng.choice(('', '', ' bis', ' ter'))}"
    if rng.random() < 0.5:
        return f"{num} {rng.choice(FR_STREETS)}, {pc} {city}"
    return f"{num}, {rng.choice(FR_STREETS)}"


def _spain(rng):
    pc, city = rng.choice(ES)
    s = f"{rng.choice(ES_STREETS)}, {_n(rng, 150)}, {rng.choice(ES_FLOORS)}"
    return f"{s}, {pc} {city}" if rng.random() < 0.6 else s


def _poland(rng):
    pc, city = rng.choice(PL)
    num = rng.choice((f"{_n(rng, 200)}/{_n(rng, 40)}", f"{_n(rng, 200)} m. {_n(rng, 40)}",
                      f"{_n(rng, 200)}"))
    s = f"{rng.choice(PL_STREETS)} {num}"
    return f"{s}, {pc} {city}" if rng.random() < 0.6 else s


def _germany(rng):
    pc, city = rng.choice(DE)
    s = f"{rng.choice(DE_STREETS)} {_n(rng, 150)}{rng.choice(('', 'a', 'b', ''))}"
    return f"{s}, {pc} {city}" if rng.random() < 0.6 else s


def _italy(rng):
    pc, city, pr = rng.choice(IT)
    s = f"{rng.choice(IT_STREETS)}{rng.choice((' ', ', '))}{_n(rng, 200)}"
    return f"{s}, {pc} {city} ({pr})" if rng.random() < 0.6 else s


def _portugal(rng):
    pc, city = rng.choice(PT)
    if rng.random() < 0.3:
        return f"{rng.choice(BR_HIGHWAYS)}, km {_n(rng, 300)}"
    s = f"{rng.choice(PT_STREETS)}, {_n(rng, 300)}"
    return f"{s}, {pc} {city}" if rng.random() < 0.6 else s


def _nordic(rng):
    street, pc, city, country = rng.choice(NORDIC)
    num = str(_n(rng, 120))
    if country == "DK" and rng.random() < 0.5:
        num += f", {_n(rng, 5)}. {rng.choice(('th.', 'tv.', 'mf.'))}"
    if country == "FI" and rng.random() < 0.5:
        num += f" {rng.choice('ABC')} {_n(rng, 40)}"
    s = f"{street} {num}"
    return f"{s}, {pc} {city}" if rng.random() < 0.6 else s


def _netherlands(rng):
    street, pc, city = rng.choice(NL)
    s = f"{street} {_n(rng, 400)}{rng.choice(NL_SUFFIXES)}"
    return f"{s}\n{pc} {city}" if rng.random() < 0.6 else s


def _czech(rng):
    street, pc, city = rng.choice(CZ)
    k = rng.randrange(3)
    if k == 0:
        return f"{street} {_n(rng, 2000)}/{_n(rng, 40)}, {pc} {city}"
    if k == 1:
        return f"{street} č.p. {_n(rng, 900)}, {pc} {city}"
    return f"{street} {_n(rng, 2000)}/{_n(rng, 40)}"


def _turkey(rng):
    street, mah, pc, district, city = rng.choice(TR)
    k = rng.randrange(3)
    if k == 0:
        return f"{mah} {street} No: {_n(rng, 200)} D: {_n(rng, 20)}, {pc} {district}/{city}"
    if k == 1:
        return f"{street} No:{_n(rng, 200)}, {district}/{city}"
    return f"{street} No. {_n(rng, 200)}, {mah}, {pc} {district}/{city}"


LAYOUTS = {
    "in": _india, "jp": _japan, "kr": _korea, "sg": _singapore, "hk": _hong_kong,
    "ph": _philippines, "br": _brazil, "mx": _mexico, "au": _australia, "nz": _new_zealand,
    "za": _south_africa, "ng": _nigeria, "ke": _kenya, "us-unit": _us_units,
    "uk-unit": _uk_units, "fr": _france, "es": _spain, "pl": _poland, "de": _germany,
    "it": _italy, "pt": _portugal, "nordic": _nordic, "nl": _netherlands, "cz": _czech,
    "tr": _turkey,
}
FRAMES = (
    "Ship to: {a}",
    "Billing address:\n{a}",
    "Please update my address to {a}.",
    "{a}",
    "Our warehouse is located at {a}.",
    "Deliver the package to {a} before noon.",
    "Hi, my new address is {a} - can you update the CRM?",
    "Customer wrote: \"I moved to {a} in May.\"",
    "Address: {a}\nPhone: (on file)",
    "Draft a letter to the tenant at {a} about the rent increase.",
    "Shipping label\n---\n{a}\n---",
    "They live at {a}, next to the school.",
)


def _form(rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """A form: labelled fields, one per line; gold is every address field's value."""
    town, st = rng.choice(US_TOWNS)
    kind = rng.choice(("Street", "Ave", "Road", "Lane", "Drive"))
    street = f"{rng.randint(1, 9999)} {rng.choice(ROOTS)} {kind}"
    zipc = f"{rng.randint(10000, 99999)}"
    k = rng.randrange(5)
    if k == 0:
        fields = [("Name", "the customer", False), ("Street", street, True), ("City", town, True),
                  ("State", st, True), ("ZIP", zipc, True)]
    elif k == 1:
        fields = [("Address line 1", street, True), ("Address line 2", f"Apt {_n(rng, 40)}", True),
                  ("City", town, True), ("State", st, True), ("Zip code", zipc, True)]
    elif k == 2:
        city, pc = rng.choice(UK_TOWNS)
        fields = [("Address", f"{_n(rng, 90)} {rng.choice(PEOPLE)} Close", True),
                  ("Town", city, True), ("Postcode", pc, True), ("Country", "United Kingdom", True)]
    elif k == 3:
        pc, city = rng.choice(DE)
        fields = [("Street", f"{rng.choice(DE_STREETS)} {_n(rng, 90)}", True),
                  ("Postal code", pc, True), ("City", city, True)]
    else:
        fields = [("Name", "the customer", False), ("City", town, True), ("State", st, True),
                  ("ZIP", zipc, True)]
    sep = rng.choice((": ", ":  ", " : "))
    text, gold = rng.choice(("Please check this form:\n", "", "Customer record\n")), []
    for label, value, is_gold in fields:
        text += label + sep
        if is_gold:
            gold.append((len(text), len(text) + len(value)))
        text += value + "\n"
    return text, gold


def build(n: int, seed: int) -> list[Prompt]:
    """(layout, text, gold spans) per prompt: one layout after another, forms every 9th."""
    names = list(LAYOUTS)
    return generate(n, seed, lambda i: "form" if i % 9 == 8 else names[i % len(names)],
                    LAYOUTS, {"form": _form}, lambda _layout, rng: rng.choice(FRAMES))


# No address anywhere: section and version numbers, counted things, the street-type words of
# the layouts above in their ordinary senses, code and logs.
NEAR_MISSES = (
    "See Section 14 of the contract and Sector 7 of the report.",
    "Upgrade to version 2-11-3 before the release; build 1-2-3 failed.",
    "The story ends on Main St where the old bakery was.",
    "Studio 3 is booked for the podcast; Flat 5 tyres were replaced.",
    "Level 3 support escalated ticket 4471; Unit 4 tests pass.",
    "Plot 3 shows the residuals against the fitted values.",
    "Lot 12 was sold at auction for 300 dollars.",
    "Press 3-2-1 to confirm; the score was 2-1-0 at half time.",
    "Col. Sanders founded the chain; C.P. 3 is the third checkpoint.",
    "Error No: 45 in module 12; retry No. 3 succeeded.",
    "Block 5 of the chain was mined at 12:03; see issue #05-12.",
    "Room 101 is on Floor 3 of the hotel.",
    "Take the 3rd Cross exit and the 5th Main turning is next.",
    "The Ring Road project is 12 km long and cost 300 crore.",
    "Call 153-0063 for the lab; extension 122001 is the front desk.",
    "Highway 101 was closed for 2 hours; km 25 had an accident.",
    "In 2019 the Indiranagar meetup had 300 people.",
    "The Tokyo office and the Seoul office share 12 engineers.",
    "for i in range(12):\n    sector = grid[i]  # Sector 14\n    total += sector\n",
    "2024-03-01 12:00:01 INFO shard 2-11-3 rebalanced in 300 ms; node 14 ok",
    "Die Straße ist 12 km lang und die Gasse 3 m breit.",
    "Chapter 5 Main Ideas; Part 2 Cross-references; Appendix 3 Road map.",
    "Suite 200 tests passed, Suite 201 failed; Apt 4 packages installed.",
    "Mix 2 parts flour, 1 part water; bake at 220 for 30 minutes.",
    "Zone 3 and Zone 4 are the cheapest fares on the network.",
    "HTTP 404 at /api/v2/sectors/14/blocks/5 (took 12 ms)",
    "The 1-1 meeting moved to 3-4 pm; agenda items 2-11-3.",
    "Version 12/3 of the spec, rule 5/2, ratio 3/4.",
    "Gate 12 is closed; Pier 4 boarding; Dock 7 unloading.",
    "City: Springfield is where the show is set.",
)
