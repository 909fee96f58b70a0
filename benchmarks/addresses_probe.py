"""Small fresh probes of street-address detection, each written AFTER a round of fixes and
never tuned against: their figures are the honest generalisation numbers of those fixes.

    cd benchmarks && PYTHONPATH=.. python addresses_probe.py [--round 1|2|3|4|5|6] [--misses]

Round 1 was written after the world3 fixes; round 2 after the fixes that followed round 1's
misses (so round 1 is a dev set from then on); round 3 after the world4 fixes; round 4 after
the world5 fixes (a dev set since the world6 fixes); round 5 after the world6 fixes (a dev
set since the addresses_more.py fixes); round 6 after those.

OURS: every address and near miss below was written for this probe from general knowledge of
the national layouts (invented streets and houses, real towns and public postcodes); none
comes from Faker, presidio-evaluator or presidio-research, none from the world sets.
Through `Guard.protect` with policies/default.yaml, as benchmarks/addresses.py scores:
leak = share of the gold characters no masking finding covers; over-mask = share of the
near misses' characters a STREET_ADDRESS finding covers.
"""

from __future__ import annotations

import argparse
import sys

# (text, the gold parts of it): every part is an address or an address field's value.
ADDRESSES = (
    ("Can you courier the keys to 58 Whinchat Crescent, Dunedin 9010?",
     ["58 Whinchat Crescent, Dunedin 9010"]),
    ("Our Lisbon office: Rua do Salitre 44, 2.º Esq., 1250-198 Lisboa",
     ["Rua do Salitre 44, 2.º Esq., 1250-198 Lisboa"]),
    ("Deliver to Flat 7, Mercer House, 12 Cobden Street, Leicester LE1 2FB",
     ["Flat 7, Mercer House, 12 Cobden Street, Leicester LE1 2FB"]),
    ("Send the samples to Unit 4B, 220 Albert Rd, South Melbourne VIC 3205",
     ["Unit 4B, 220 Albert Rd, South Melbourne VIC 3205"]),
    ("Home: 1402 W. Sycamore Ave., Apt. 3, Tucson, AZ 85745",
     ["1402 W. Sycamore Ave., Apt. 3, Tucson, AZ 85745"]),
    ("she lives at 19 rue Sainte-Catherine, 33000 Bordeaux",
     ["19 rue Sainte-Catherine, 33000 Bordeaux"]),
    ("Kontakt: Bergmannstraße 102, 10961 Berlin-Kreuzberg",
     ["Bergmannstraße 102, 10961 Berlin-Kreuzberg"]),
    ("Corso Buenos Aires 33, 20124 Milano MI", ["Corso Buenos Aires 33, 20124 Milano MI"]),
    ("ul. Piękna 24/26, lok. 5, 00-549 Warszawa", ["ul. Piękna 24/26, lok. 5, 00-549 Warszawa"]),
    ("Herengracht 182-H, 1016 BR Amsterdam", ["Herengracht 182-H, 1016 BR Amsterdam"]),
    ("Grand-Rue 14, 1204 Genève", ["Grand-Rue 14, 1204 Genève"]),
    ("Att: Ops team, 9 Copper Beech Drive, Mississauga, ON L5M 2X1",
     ["9 Copper Beech Drive, Mississauga, ON L5M 2X1"]),
    ("Ship it to 3300 Dunmore Hwy, Suite 110, Scranton PA 18512",
     ["3300 Dunmore Hwy, Suite 110, Scranton PA 18512"]),
    ("P.O. Box 4471, Gaborone, Botswana", ["P.O. Box 4471, Gaborone, Botswana"]),
    ("Plot 1122, Kampala Road, Kampala, Uganda", ["Plot 1122, Kampala Road, Kampala, Uganda"]),
    ("Door No. 7-1-45, Ameerpet, Hyderabad, Telangana 500016",
     ["Door No. 7-1-45, Ameerpet, Hyderabad, Telangana 500016"]),
    ("Av. Pres. Vargas 1001, sala 804, Centro, Rio de Janeiro - RJ, 20071-004",
     ["Av. Pres. Vargas 1001, sala 804, Centro, Rio de Janeiro - RJ, 20071-004"]),
    ("Calle 50 y Av. Samuel Lewis, Torre Global, Piso 12, Panamá",
     ["Calle 50 y Av. Samuel Lewis, Torre Global, Piso 12, Panamá"]),
    ("Jl. Sudirman Kav. 52-53, Jakarta Selatan 12190",
     ["Jl. Sudirman Kav. 52-53, Jakarta Selatan 12190"]),
    ("12/F, Tower 2, Times Square, 1 Matheson Street, Causeway Bay, Hong Kong",
     ["12/F, Tower 2, Times Square, 1 Matheson Street, Causeway Bay, Hong Kong"]),
    ("Soi Sukhumvit 31, Khlong Toei Nuea, Bangkok 10110",
     ["Soi Sukhumvit 31, Khlong Toei Nuea, Bangkok 10110"]),
    ("Vasilissis Sofias 12, 106 74 Athens", ["Vasilissis Sofias 12, 106 74 Athens"]),
    ("Váci utca 18, 1052 Budapest", ["Váci utca 18, 1052 Budapest"]),
    ("Strada Lipscani 5, București 030031", ["Strada Lipscani 5, București 030031"]),
    ('{"ship_to": {"street": "77 Juniper Hollow Rd", "city": "Asheville", "postal_code": "28804"}}',
     ["77 Juniper Hollow Rd", "Asheville", "28804"]),
    ("order,ship_address,ship_city,ship_zip\n991,4 Pelican Ct,Naples,34102\n",
     ["4 Pelican Ct", "Naples", "34102"]),
    ("pickup at 880 Harbour Front Ave #02-15, Singapore 098632 pls",
     ["880 Harbour Front Ave #02-15, Singapore 098632"]),
    ("moved into 4 Rowan Close, Kettering NN15 6RT last week",
     ["4 Rowan Close, Kettering NN15 6RT"]),
    ("RR 3 Box 210A, Lewisburg, WV 24901", ["RR 3 Box 210A, Lewisburg, WV 24901"]),
    ("Ferme des Tilleuls, Chemin du Moulin 3, 1350 Orp-Jauche",
     ["Ferme des Tilleuls, Chemin du Moulin 3, 1350 Orp-Jauche"]),
    ("The detective's rooms: 221B Baker St., London NW1 6XE.", ["221B Baker St., London NW1 6XE"]),
    ("Bahnhofplatz 1, CH-3011 Bern", ["Bahnhofplatz 1, CH-3011 Bern"]),
)
NEAR_MISSES = (
    "Version 4.18.2 shipped on 12 March; 4.19 follows in April.",
    "The Eagles beat the Giants 27-24 in overtime.",
    "Buy the Galaxy S24 Ultra or the Pixel 8 Pro for 999 dollars.",
    "Get your kicks on Route 66, the song goes.",
    "The 7:45 train to Leeds was 12 minutes late.",
    "Section 12(3) of the Data Protection Act 2018 applies.",
    "See 15 U.S.C. § 78j(b) and Rule 10b-5.",
    "The board is 30 in x 40 in; cut 2 ft off.",
    "Level 5 engineers handle Suite 3 of the test plan.",
    "In chapter 12 the heroes reach Baker Street station.",
    "Room 101 and Floor 13 are famous in fiction.",
    "Highway 61 Revisited is a 1965 album.",
    "Order #4471-B ships from warehouse 3 on Tuesday.",
    "Windows 11, 2023 Update broke the driver again.",
    "The score at 90 minutes: Ajax 2, PSV 1.",
    '{"version": "2.3.0", "city": null, "count": 4}',
)

# Round 2: written after the second round of fixes (which looked at round 1's misses, so round
# 1 is a dev set from then on), never tuned against.
ADDRESSES_2 = (
    ("Please forward to 7 Larkfield Mews, Harrogate HG2 0BX",
     ["7 Larkfield Mews, Harrogate HG2 0BX"]),
    ("Mi dirección: Calle de Toledo 58, 3.º izda., 28005 Madrid",
     ["Calle de Toledo 58, 3.º izda., 28005 Madrid"]),
    ("Lieferadresse: Am Lindenhof 5a, 79098 Freiburg im Breisgau",
     ["Am Lindenhof 5a, 79098 Freiburg im Breisgau"]),
    ("We're at 1616 Camino del Rio N, Suite 300, San Diego, CA 92108.",
     ["1616 Camino del Rio N, Suite 300, San Diego, CA 92108"]),
    ("Apt 5C, 310 W 97th St, New York, NY 10025", ["Apt 5C, 310 W 97th St, New York, NY 10025"]),
    ("Visit: Mariahilfer Straße 88/12, 1070 Wien", ["Mariahilfer Straße 88/12, 1070 Wien"]),
    ("Nørrebrogade 44, 3. tv., 2200 København N", ["Nørrebrogade 44, 3. tv., 2200 København N"]),
    ("Rynek Główny 12, 31-042 Kraków", ["Rynek Główny 12, 31-042 Kraków"]),
    ("Unit 12, 45 Kingsway, Hamilton 3204, New Zealand",
     ["Unit 12, 45 Kingsway, Hamilton 3204, New Zealand"]),
    ("No. 3, Jalan Ampang, 50450 Kuala Lumpur", ["No. 3, Jalan Ampang, 50450 Kuala Lumpur"]),
    ("Block 45, Tampines Street 42, #08-110, Singapore 520045",
     ["Block 45, Tampines Street 42, #08-110, Singapore 520045"]),
    ("14 Oriel Road, Rondebosch, Cape Town 7700", ["14 Oriel Road, Rondebosch, Cape Town 7700"]),
    ("Plot 56, Sector 44, Gurugram, Haryana 122003",
     ["Plot 56, Sector 44, Gurugram, Haryana 122003"]),
    ("Room 1502, 15/F, Wing On Centre, 111 Connaught Road Central, Sheung Wan",
     ["Room 1502, 15/F, Wing On Centre, 111 Connaught Road Central, Sheung Wan"]),
    ("Rua Oscar Freire, 900 - Jardins, São Paulo - SP, 01426-001",
     ["Rua Oscar Freire, 900 - Jardins, São Paulo - SP, 01426-001"]),
    ("Av. Reforma 222, Piso 9, Col. Juárez, 06600 Ciudad de México",
     ["Av. Reforma 222, Piso 9, Col. Juárez, 06600 Ciudad de México"]),
    ("Apartment 9, Ardilaun Court, Ranelagh, Dublin 6, D06 F8P2",
     ["Apartment 9, Ardilaun Court, Ranelagh, Dublin 6, D06 F8P2"]),
    ("BEGIN:VEVENT\nLOCATION:Rue Neuve 7\\, 1000 Bruxelles\nEND:VEVENT",
     ["Rue Neuve 7\\, 1000 Bruxelles"]),
    ("street,city,zip\n12 Quill Ct,Reno,89501\n", ["12 Quill Ct", "Reno", "89501"]),
    ("Ship to: Hollybush Farm, Station Road, Great Ayton, Middlesbrough TS9 6HZ",
     ["Hollybush Farm, Station Road, Great Ayton, Middlesbrough TS9 6HZ"]),
    ("drop it at 22 Marsh Ln before 6 pls", ["22 Marsh Ln"]),
    ("Via dei Coronari 148, 00186 Roma RM", ["Via dei Coronari 148, 00186 Roma RM"]),
)
NEAR_MISSES_2 = (
    "Python 3.12.4, pip 24.1 and numpy 2.0 are installed.",
    "Chelsea 2, Arsenal 2 after ninety minutes.",
    "The Dell XPS 13 9340 has 32 GB.",
    "Route 9 traffic is light today, says the radio.",
    "Pick me up at 7:15, not 7:45.",
    "The parcel weighs 2.5 kg and measures 30 x 20 x 10 cm.",
    "Art. 6(1)(f) GDPR and § 26 BDSG apply.",
    "Level 12 boss fight, room 4, door 7.",
    "Office 2021, 2000 Licences and 12 Seats remain.",
    "Meet at the Main Street station, platform 3.",
    "Model Y, 2024 Edition, ships in May.",
)


# Round 3: written after the world4 fixes (towns after the street with no comma, lower case,
# Polish squares, towns of several words, Spanish units, separated lines, boxes, rural routes,
# Dutch, Nordic, romanised Japanese, Indian and Latin American numbers), never tuned against.
ADDRESSES_3 = (
    ("mail it to 2270 sandpiper ct, fort collins, co 80525 thx",
     ["2270 sandpiper ct, fort collins, co 80525"]),
    ("Bring the forms to 615 Ember Lane Eden Prairie MN 55344 tomorrow",
     ["615 Ember Lane Eden Prairie MN 55344"]),
    ("Adres: plac Wolności 18, 61-739 Poznań", ["plac Wolności 18, 61-739 Poznań"]),
    ("Ihre Anschrift: Uferstraße 21, 93047 Regensburg an der Donau",
     ["Uferstraße 21, 93047 Regensburg an der Donau"]),
    ("12 Abbey Walk, Berwick-upon-Tweed TD15 1AA", ["12 Abbey Walk, Berwick-upon-Tweed TD15 1AA"]),
    ("Entrega: Calle Real 14, portal 2, 1.º A, 15003 A Coruña",
     ["Calle Real 14, portal 2, 1.º A, 15003 A Coruña"]),
    ("Dunmore Lodge | 8 Foundry Row | Ayr | KA7 1AA",
     ["Dunmore Lodge | 8 Foundry Row | Ayr | KA7 1AA"]),
    ("Suite 900 - 1 Kettle Pl - Omaha, NE 68102", ["Suite 900 - 1 Kettle Pl - Omaha, NE 68102"]),
    ("Postfach 31 04 18, 70173 Stuttgart", ["Postfach 31 04 18, 70173 Stuttgart"]),
    ("HC 3 Box 88, Moab, UT 84532", ["HC 3 Box 88, Moab, UT 84532"]),
    ("Drop at Unit 6, Tullamore Business Park, Tullamore, Co. Offaly R35 T2F6",
     ["Unit 6, Tullamore Business Park, Tullamore, Co. Offaly R35 T2F6"]),
    ("Bezorgen: Lijnbaansgracht 210-1, 1017 RK Amsterdam",
     ["Lijnbaansgracht 210-1, 1017 RK Amsterdam"]),
    ("Sörgårdsvägen 12 lgh 1003, 621 45 Visby", ["Sörgårdsvägen 12 lgh 1003, 621 45 Visby"]),
    ("Hämeentie 31 B 8, 00500 Helsinki", ["Hämeentie 31 B 8, 00500 Helsinki"]),
    ("Office: 2-14-1 Kanda-Jimbocho, Chiyoda-ku, Tokyo 101-0051",
     ["2-14-1 Kanda-Jimbocho, Chiyoda-ku, Tokyo 101-0051"]),
    ("Flat 9C, Carter Road, Bandra West, Mumbai 400050",
     ["Flat 9C, Carter Road, Bandra West, Mumbai 400050"]),
    ("Av. Cabildo 2040 8° C, C1428 CABA", ["Av. Cabildo 2040 8° C, C1428 CABA"]),
    ("Calle Bolívar 220, Miraflores 15074, Lima", ["Calle Bolívar 220, Miraflores 15074, Lima"]),
    ("Plot 3, Kinondoni Road, Dar es Salaam", ["Plot 3, Kinondoni Road, Dar es Salaam"]),
    ("45 Avenue Hassan II, 10000 Rabat", ["45 Avenue Hassan II, 10000 Rabat"]),
    ('{"drop_point": "740 Harrow Blvd, Akron, OH 44308", "slot": "am"}',
     ["740 Harrow Blvd, Akron, OH 44308"]),
    ("id,notes\n7,moved to 18 Kiln Ct, Dover, DE 19901\n", ["18 Kiln Ct, Dover, DE 19901"]),
    ("Caixa Postal 1120, 80010-000 Curitiba - PR", ["Caixa Postal 1120, 80010-000 Curitiba - PR"]),
    ("42 wallaby way sydney nsw 2000", ["42 wallaby way sydney nsw 2000"]),
)
NEAR_MISSES_3 = (
    "Orion 3, 2025 Strategy Deck is attached.",
    "Book 4, 2017 Hardcover Edition",
    "Final whistle: Porto 3 - Benfica 1",
    "Ubuntu 24.04 LTS | kernel 6.8 | gcc 13",
    "Samsung QN90C 65 inch, 2023 Model Year",
    "Doors open 18:30 · Show 20:00 · Ends 22:45",
    "Only 19.99 EUR - was 29.99 EUR",
    "Room 12B, Level 2, Science Block",
    "Smith v. Jones [2021] EWCA Civ 1203, para 44",
    "Part 1-2-4 of the spec covers retries.",
    "Ticket 1234 AB escalated to tier 2.",
    "The vote was 5-4, Justice Kagan dissenting.",
)


# Round 4: written after the world5 fixes (addresses inline in sentences, units in any case,
# numbered roads, form fields on one line, camelCase keys, African, South Asian, Southeast
# Asian and Latin American layouts), never tuned against.
ADDRESSES_4 = (
    ("Please send the invoice to 5521 Birchwood Lndg Apt 12, Kettering, OH 45429.",
     ["5521 Birchwood Lndg Apt 12, Kettering, OH 45429"]),
    ("I grew up at 77 Crane Hollow Rd in Lebanon, NH 03766",
     ["77 Crane Hollow Rd", "Lebanon, NH 03766"]),
    ("ship to: 19 PELICAN PT STE 200 NAPLES FL 34102", ["19 PELICAN PT STE 200 NAPLES FL 34102"]),
    ("my new place is 3 W 57th St Apt 9F, New York, NY 10019",
     ["3 W 57th St Apt 9F, New York, NY 10019"]),
    ("Moved from 48 Ash Grove, Leeds LS6 2AB to 9 Tavern Lane, Ludlow SY8 1AA in May",
     ["48 Ash Grove, Leeds LS6 2AB", "9 Tavern Lane, Ludlow SY8 1AA"]),
    ("Address: 1600 County Rd 17, Sterling, CO 80751", ["1600 County Rd 17, Sterling, CO 80751"]),
    ("Our farm: 4410 Old Stage Rd, RR 1, Cobden, ON K0J 1K0",
     ["4410 Old Stage Rd, RR 1, Cobden, ON K0J 1K0"]),
    ("PO Box 213, Stn Main, Whitehorse YT Y1A 5X9",
     ["PO Box 213, Stn Main, Whitehorse YT Y1A 5X9"]),
    ("Shipping Address: 22 Kookaburra Pl, Toowong QLD 4066",
     ["22 Kookaburra Pl, Toowong QLD 4066"]),
    ("Name: D. Okoro\nAddress: 87 Sable Dr\nCity: Lafayette\nState: LA\nZIP: 70503",
     ["87 Sable Dr", "Lafayette", "LA", "70503"]),
    ("street=48 Otter Ct; city=Boulder; zip=80302", ["48 Otter Ct", "Boulder", "80302"]),
    ('{"shipTo": {"line1": "61 Harrier Way", "locality": "Bend", "postcode": "97701"}}',
     ["61 Harrier Way", "Bend", "97701"]),
    ("address,town,postcode\n14 Moor Lane,Clitheroe,BB7 1AA\n",
     ["14 Moor Lane", "Clitheroe", "BB7 1AA"]),
    ("No. 7, Opebi Road, Ikeja, Lagos State", ["No. 7, Opebi Road, Ikeja, Lagos State"]),
    ("Ngong Lane, off Ngong Road, Kilimani, Nairobi",
     ["Ngong Lane, off Ngong Road, Kilimani, Nairobi"]),
    ("Unit 5, 12 Protea Street, Sunnyside, Pretoria 0002",
     ["Unit 5, 12 Protea Street, Sunnyside, Pretoria 0002"]),
    ("Lideta Sub City, Kebele 07, Addis Ababa", ["Lideta Sub City, Kebele 07, Addis Ababa"]),
    ("Plot 12, Spintex Road, Accra, Ghana", ["Plot 12, Spintex Road, Accra, Ghana"]),
    ("Flat No. 203, Shanti Apartments, Sector 21, Dwarka, New Delhi - 110075",
     ["Flat No. 203, Shanti Apartments, Sector 21, Dwarka, New Delhi - 110075"]),
    ("House No. 45, Block B, Gulberg III, Lahore 54660",
     ["House No. 45, Block B, Gulberg III, Lahore 54660"]),
    ("Flat 4B, House 22, Road 11, Banani, Dhaka-1213",
     ["Flat 4B, House 22, Road 11, Banani, Dhaka-1213"]),
    ("123 Mabini St., Brgy. Poblacion, Makati City, 1210 Metro Manila",
     ["123 Mabini St., Brgy. Poblacion, Makati City, 1210 Metro Manila"]),
    ("No. 8, Jalan Bukit Bintang, 55100 Kuala Lumpur",
     ["No. 8, Jalan Bukit Bintang, 55100 Kuala Lumpur"]),
    ("Số 21 Phố Hàng Bài, Quận Hoàn Kiếm, Hà Nội", ["Số 21 Phố Hàng Bài, Quận Hoàn Kiếm, Hà Nội"]),
    ("Av. Juárez 45, Int. 3, Col. Centro, 06000 Ciudad de México, CDMX",
     ["Av. Juárez 45, Int. 3, Col. Centro, 06000 Ciudad de México, CDMX"]),
    ("Rua das Laranjeiras, 310 - apto 502 - Laranjeiras, Rio de Janeiro - RJ, 22240-003",
     ["Rua das Laranjeiras, 310 - apto 502 - Laranjeiras, Rio de Janeiro - RJ, 22240-003"]),
    ("Calle Los Pinos 155, Miraflores, Lima 15074",
     ["Calle Los Pinos 155, Miraflores, Lima 15074"]),
    ("deliver to 908 e college ave, state college, pa 16801",
     ["908 e college ave, state college, pa 16801"]),
    ("The package went to 1419 Riverside Dr. #3B Austin TX 78741 yesterday",
     ["1419 Riverside Dr. #3B Austin TX 78741"]),
    ("Flat 2/1, 45 Byres Road, Glasgow G11 5RG", ["Flat 2/1, 45 Byres Road, Glasgow G11 5RG"]),
)
NEAR_MISSES_4 = (
    "Main Street Capital reported Q3 earnings of $1.2 per share.",
    "Watch 42nd Street tonight at 8 on channel 5.",
    "Route 66 Diner, 4.5 stars, 300 reviews",
    "v2.14.0 ships 12 new Drive integrations",
    "SKU WAY-4410-RD black, size 12",
    "Celtics 104, Knicks 99 at the Garden.",
    "The 9:15 to Boston leaves from Track 12.",
    "Unit 8 of the course covers 3 Circles and 2 Squares.",
    "Suite 2 passed 140 tests; suite 3 failed 2.",
    "Apollo 12 landed on 19 Nov 1969.",
    "Street: unknown, City: n/a",
    "Highway 1 and Highway 101 merge near 5 Points.",
)


# Round 5: written after the world6 fixes (USPS suffix abbreviations and unit designators,
# military boxes with hull numbers, `PC` and seven-digit postcodes, Danish, Hungarian, Czech,
# Turkish, Japanese and Korean forms, a town after ` in `, chat cues, a line break inside a
# field, `key=value` fields, SQL INSERT rows, psql tables, a road off a road, `Dhaka-1213`),
# never tuned against.
ADDRESSES_5 = (
    ("Please overnight it to 2150 Sassafras Brk Ste 5, Knoxville, TN 37919.",
     ["2150 Sassafras Brk Ste 5, Knoxville, TN 37919"]),
    ("we're renting 48 Pinyon Xing in Santa Fe, NM 87505 for the summer",
     ["48 Pinyon Xing", "Santa Fe, NM 87505"]),
    ("Label:\nMR T OKAFOR\n900 HICKORY HOLW APT 3C\nCOLUMBIA MO 65201-4410",
     ["900 HICKORY HOLW APT 3C\nCOLUMBIA MO 65201-4410"]),
    ("PSC 817 Box 22\nFPO AE 09622", ["PSC 817 Box 22\nFPO AE 09622"]),
    ("Level 2, 17 Bay Street, Double Bay NSW 2028",
     ["Level 2, 17 Bay Street, Double Bay NSW 2028"]),
    ("Casa: Rua Fernandes Tomás 520, 4000-214 Porto", ["Rua Fernandes Tomás 520, 4000-214 Porto"]),
    ("Drop-off: 7 Kauri Place, Mount Maunganui 3116", ["7 Kauri Place, Mount Maunganui 3116"]),
    ("12 Shop Street, Westport, Co. Mayo F28 X2C4",
     ["12 Shop Street, Westport, Co. Mayo F28 X2C4"]),
    ("2200, boul. René-Lévesque Ouest, bureau 300, Montréal (Québec) H3H 1R6",
     ["2200, boul. René-Lévesque Ouest, bureau 300, Montréal (Québec) H3H 1R6"]),
    ("Send to 455 Portage Ave, Unit 9, Winnipeg MB R3B 2E9",
     ["455 Portage Ave, Unit 9, Winnipeg MB R3B 2E9"]),
    ("Kerkstraat 14 bus 2, 3000 Leuven", ["Kerkstraat 14 bus 2, 3000 Leuven"]),
    ("Storgata 22B, 0184 Oslo, Norway", ["Storgata 22B, 0184 Oslo, Norway"]),
    ("Kauppakatu 8 A 3, 40100 Jyväskylä", ["Kauppakatu 8 A 3, 40100 Jyväskylä"]),
    ("ul. Długa 12/4, 80-827 Gdańsk", ["ul. Długa 12/4, 80-827 Gdańsk"]),
    ("Karlova 25, 110 00 Praha 1", ["Karlova 25, 110 00 Praha 1"]),
    ("Akadimias 21, 106 71 Athina, Greece", ["Akadimias 21, 106 71 Athina, Greece"]),
    ("Cumhuriyet Cad. No:44 Kat:3, 34367 Şişli/İstanbul",
     ["Cumhuriyet Cad. No:44 Kat:3, 34367 Şişli/İstanbul"]),
    ("5-2-1 Tsukiji, Chuo-ku, Tokyo 104-0045", ["5-2-1 Tsukiji, Chuo-ku, Tokyo 104-0045"]),
    ("30, Jong-ro 1-gil, Jongno-gu, Seoul 03142", ["30, Jong-ro 1-gil, Jongno-gu, Seoul 03142"]),
    ("PO Box 11172, Abu Dhabi, UAE", ["PO Box 11172, Abu Dhabi, UAE"]),
    ("Building 2275, Road 2835, Block 428, Seef, Bahrain",
     ["Building 2275, Road 2835, Block 428, Seef, Bahrain"]),
    ('{"delivery": {"address1": "61 Brant Rd", "address2": "Apt 2", "city": "Guelph", '
     '"province": "ON", "postal": "N1H 6H9"}}',
     ["61 Brant Rd", "Apt 2", "Guelph", "ON", "N1H 6H9"]),
    ("UPDATE users SET street = '14 Tamarack Ct', city = 'Eau Claire', zip = '54701' WHERE id = 9;",
     ["14 Tamarack Ct", "Eau Claire", "54701"]),
    ("Regards,\nPriya\nOps Lead, Fennel Co.\n77 Alder Pkwy, Suite 210 · Overland Park, KS 66210\n"
     "(913) 555-0142", ["77 Alder Pkwy, Suite 210 · Overland Park, KS 66210"]),
    ("yo im at 1508 n lamar blvd rn, u close?", ["1508 n lamar blvd"]),
    ('2025-04-01T10:02:11Z INFO geocode addr="4 Cobble Ln" city="Keene" zip="03431" ok',
     ["4 Cobble Ln", "Keene", "03431"]),
    ("Ship to: 6120 Ridgecrest\nDr, Apt 14, Amarillo, TX 79109",
     ["6120 Ridgecrest\nDr, Apt 14, Amarillo, TX 79109"]),
    ("Ballinacurra, Midleton, Co. Cork P25 X8F2", ["Ballinacurra, Midleton, Co. Cork P25 X8F2"]),
    ("Carrera 7 # 71-21, Bogotá, Colombia", ["Carrera 7 # 71-21, Bogotá, Colombia"]),
    ("14 Kofi Annan Street, Airport Residential Area, Accra",
     ["14 Kofi Annan Street, Airport Residential Area, Accra"]),
    ("PO Box 1190, Stellenbosch, 7599", ["PO Box 1190, Stellenbosch, 7599"]),
    ("1021 Kings Hwy PMB 88, Cherry Hill, NJ 08034",
     ["1021 Kings Hwy PMB 88, Cherry Hill, NJ 08034"]),
)
NEAR_MISSES_5 = (
    "The USS Enterprise (NCC-1701) appears in 3 films.",
    "Booked Conf Rm Basalt, Bldg 4 Fl 2 for the sync.",
    "Rated 4.5 Pts on the 10 Pt scale.",
    "Suite 16 passed; Apt 3 of the test plan failed.",
    "Lakers 118 - Suns 111 (final)",
    "Exit 14 off I-95 to Route 1 is closed until 6.",
    "version 12.4.1 Lndg release notes",
    "Shelf 12 Bay 4, aisle 7 in the warehouse app",
    "INSERT INTO audit (event, city) VALUES ('login', 'n/a');",
    "Order 4410 Oak Barrel Stain, 12 oz, Case of 6",
    "Meet at 3 pm in Room 12, Bldg C.",
    "The 101 Fwy and the 5 Fwy merge downtown.",
    "Dept 12 Sta 4 is the coffee station.",
    "user=u7; plan=pro; seats=12; region=eu-west-1",
)


# Round 6: written after the addresses_more.py fixes (Québec French street lines, a street
# without a type word before a `DDD DD` postcode, street corners, SQL UPDATE assignments, a
# chat sentence going on after a lower-case street), never tuned against. Measured once:
# leak 0.145 (135 of 928 characters), fully masked 20/26; over-mask 0.000 on 10 near misses.
ADDRESSES_6 = (
    ("Envío a: Av. Providencia 1760, Of. 502, Providencia, Santiago, Chile",
     ["Av. Providencia 1760, Of. 502, Providencia, Santiago, Chile"]),
    ("Av. Corrientes 1847, Piso 4 Dto. B, C1045AAE CABA, Argentina",
     ["Av. Corrientes 1847, Piso 4 Dto. B, C1045AAE CABA, Argentina"]),
    ("Jr. Ucayali 388, Cercado de Lima 15001, Perú",
     ["Jr. Ucayali 388, Cercado de Lima 15001, Perú"]),
    ("Unit 1204, 88 Jupiter St., Bel-Air, Makati City 1209, Metro Manila",
     ["Unit 1204, 88 Jupiter St., Bel-Air, Makati City 1209, Metro Manila"]),
    ("Số 12 Ngõ 45 Phố Huế, Hai Bà Trưng, Hà Nội",
     ["Số 12 Ngõ 45 Phố Huế, Hai Bà Trưng, Hà Nội"]),
    ("Plot 14, Adeola Odeku Street, Victoria Island, Lagos 101241",
     ["Plot 14, Adeola Odeku Street, Victoria Island, Lagos 101241"]),
    ("P.O. Box 30126-00100, Nairobi, Kenya", ["P.O. Box 30126-00100, Nairobi, Kenya"]),
    ("Laugavegur 26, 101 Reykjavík, Iceland", ["Laugavegur 26, 101 Reykjavík, Iceland"]),
    ("Narva mnt 7, 10117 Tallinn", ["Narva mnt 7, 10117 Tallinn"]),
    ("Brīvības iela 55-12, Rīga, LV-1010", ["Brīvības iela 55-12, Rīga, LV-1010"]),
    ("Gedimino pr. 9, LT-01103 Vilnius", ["Gedimino pr. 9, LT-01103 Vilnius"]),
    ("Str. Mihai Eminescu nr. 14, ap. 3, 010512 București",
     ["Str. Mihai Eminescu nr. 14, ap. 3, 010512 București"]),
    ("Ilica 42, 10000 Zagreb, Croatia", ["Ilica 42, 10000 Zagreb, Croatia"]),
    ("Rue du Marché 3, 2000 Neuchâtel", ["Rue du Marché 3, 2000 Neuchâtel"]),
    ("Flat 2/1, 34 Byres Road, Glasgow G12 8TD", ["Flat 2/1, 34 Byres Road, Glasgow G12 8TD"]),
    ("Calle Loíza 1902, Apt 5, San Juan, PR 00911",
     ["Calle Loíza 1902, Apt 5, San Juan, PR 00911"]),
    ("RR 2 Box 140, Kodiak, AK 99615", ["RR 2 Box 140, Kodiak, AK 99615"]),
    ("| Ship to | 3208 Kalakaua Ave, Honolulu, HI 96815 |",
     ["3208 Kalakaua Ave, Honolulu, HI 96815"]),
    ("shipping:\n  line1: 400 Quarry Ridge Rd\n  city: Bozeman\n  state: MT\n  zip: '59715'\n",
     ["400 Quarry Ridge Rd", "Bozeman", "MT", "59715"]),
    ("<Address><Street>21 Gannet Close</Street><Town>Exeter</Town>"
     "<Postcode>EX2 7PQ</Postcode></Address>",
     ["21 Gannet Close", "Exeter", "EX2 7PQ"]),
    ("ok so the new place is 77 juniper hollow rd, asheville nc 28803 lol",
     ["77 juniper hollow rd, asheville nc 28803"]),
    ("Warm regards,\nDana\n--\nSuite 5B · 1800 Larimer St · Denver, CO 80202",
     ["Suite 5B · 1800 Larimer St · Denver, CO 80202"]),
    ("House 27, Road 11, Block F, Banani, Dhaka 1213",
     ["House 27, Road 11, Block F, Banani, Dhaka 1213"]),
    ("No. 42, Galle Road, Colombo 03, Sri Lanka", ["No. 42, Galle Road, Colombo 03, Sri Lanka"]),
    ("King Fahd Rd, Al Olaya, Riyadh 12214, Saudi Arabia",
     ["King Fahd Rd, Al Olaya, Riyadh 12214, Saudi Arabia"]),
    ("12 Rue Tarik Ibn Ziad, Guéliz, Marrakech 40000, Maroc",
     ["12 Rue Tarik Ibn Ziad, Guéliz, Marrakech 40000, Maroc"]),
)
NEAR_MISSES_6 = (
    "Windows 11 23H2 shipped on 31 Oct with KB5031455.",
    "Gate 14, Terminal 2 boards at 7:40.",
    "We scored 3 goals y 2 assists in Calle 8 league.",
    "UPDATE settings SET theme = 'dark', font_size = 14 WHERE user_id = 7;",
    "Row 12, Seat 4, Section 110 at the stadium.",
    "Listed 250 000 units, 110 00 Kč budget left.",
    "The 405 and the 10 were jammed again, come by later.",
    "Chapter 7, Verse 12: blessed are the meek.",
    "Level 3 boss, Stage 2 minion, Wave 15 done.",
    "Release 2.14, build 3307, hotfix 12 merged.",
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print what leaks or is over-masked")
    ap.add_argument("--round", type=int, choices=(1, 2, 3, 4, 5, 6), default=6,
                    help="1 .. 5: earlier probes (dev sets since the fixes after them); "
                         "6: the fresh one")
    args = ap.parse_args(argv)
    addresses, near_misses = {1: (ADDRESSES, NEAR_MISSES), 2: (ADDRESSES_2, NEAR_MISSES_2),
                              3: (ADDRESSES_3, NEAR_MISSES_3),
                              4: (ADDRESSES_4, NEAR_MISSES_4),
                              5: (ADDRESSES_5, NEAR_MISSES_5),
                              6: (ADDRESSES_6, NEAR_MISSES_6)}[args.round]
    from addresses import masked_chars

    from sovereign_guard.core import Guard

    guard = Guard("default", tenant_key=b"\x42" * 32)
    leaked = total = full = 0
    for text, parts in addresses:
        covered = masked_chars(guard, text)
        gold = [i for part in parts for start in (text.index(part),)
                for i in range(start, start + len(part)) if not text[i].isspace()]
        miss = sum(not covered[i] for i in gold)
        leaked, total, full = leaked + miss, total + len(gold), full + (miss == 0)
        if miss and args.misses:
            print("  leak:", "".join(c if i not in gold or covered[i] else "^"
                                     for i, c in enumerate(text)).replace("\n", " "))
    over = chars = touched = 0
    for text in near_misses:
        covered = masked_chars(guard, text, only="STREET_ADDRESS")
        over += sum(covered[i] for i, c in enumerate(text) if not c.isspace())
        chars += sum(not c.isspace() for c in text)
        touched += any(covered)
        if any(covered) and args.misses:
            print("  over:", "".join(c if covered[i] else "_" for i, c in enumerate(text)))
    print(f"probe round {args.round}: {len(addresses)} addresses, leak {leaked / total:.3f} "
          f"({leaked} of {total} characters), fully masked {full}/{len(addresses)}; "
          f"{len(near_misses)} near misses, STREET_ADDRESS over-mask {over / chars:.3f}, "
          f"{touched} touched")
    return 0


if __name__ == "__main__":
    sys.exit(main())
