"""Street addresses of the world3 layouts (streets without a type word before a postcode,
km markers, Colombian grids, Malaysian jalan, Indian landmarks, UK and Irish house names
before a postcode, parcels, Canadian French, escaped iCal / JSON separators, CSV and vCard
fields, a closing abbreviation's full stop) and their near misses.

Every example is ours (invented streets, houses and townlands; real towns and postcodes), and
none is taken from benchmarks/addresses_world3.py."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.addresses import StreetAddressRecognizer

ADDR = StreetAddressRecognizer()


def addresses(text: str) -> list[str]:
    """Address spans a default policy acts on (score at or above 0.5)."""
    return [text[r.start : r.end] for r in ADDR.analyze(text, ["STREET_ADDRESS"]) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    # Belgian and Dutch streets without a type word, the number after the name.
    ("Bezoek ons: Kouter 7, 9000 Gent.", "Kouter 7, 9000 Gent"),
    ("Leopold de Waelplaats 12 bus 3\n2000 Antwerpen", "Leopold de Waelplaats 12 bus 3\n2000 Antwerpen"),
    ("Send it to Vrijthof 41-II, 6211 LE Maastricht please", "Vrijthof 41-II, 6211 LE Maastricht"),
    # Highways and boulevards by the kilometre, Colombian grid addresses, a Peruvian jirón.
    ("Planta: Carretera Federal México-Toluca Km 28.5, Lerma, Edo. Méx.",
     "Carretera Federal México-Toluca Km 28.5, Lerma, Edo. Méx."),
    ("Autopista Sur km. 14, Itagüí", "Autopista Sur km. 14, Itagüí"),
    ("Oficina: Carrera 43A # 14-27, Medellín", "Carrera 43A # 14-27, Medellín"),
    # `Jr.` is also `Junior`: a jirón needs a context word.
    ("Dirección: Jr. Huallaga 318, Of. 12, Cercado de Lima", "Jr. Huallaga 318, Of. 12, Cercado de Lima"),
    # Argentina's postcode with its letter, after the unit lines.
    ("Av. Rivadavia 5120, Piso 2, Depto. C, C1424 CABA", "Av. Rivadavia 5120, Piso 2, Depto. C, C1424 CABA"),
    # Malaysia: a hyphenated number before the jalan, the jalan's own number, the taman.
    ("Alamat: 12-3, Jalan Dahlia 4, Taman Sentosa, 81200 Johor Bahru, Johor",
     "12-3, Jalan Dahlia 4, Taman Sentosa, 81200 Johor Bahru, Johor"),
    ("No. 8, Lorong Cendana 2, 14000 Bukit Mertajam", "No. 8, Lorong Cendana 2, 14000 Bukit Mertajam"),
    # India: a landmark clause, a house number with two dashes, a state in parentheses.
    ("H.No. 3-12-88, near Durga Mandir, Kothapet, Hyderabad 500035",
     "H.No. 3-12-88, near Durga Mandir, Kothapet, Hyderabad 500035"),
    ("Flat 12, Sector 9, Rohini, Delhi 110085 (Delhi)", "Flat 12, Sector 9, Rohini, Delhi 110085 (Delhi)"),
    ("41, Tagore Nagar\nRaipur, Chhattisgarh\nPIN - 492001", "41, Tagore Nagar\nRaipur, Chhattisgarh\nPIN - 492001"),
    # UK and Irish houses and townlands without a number, up to the postcode or Eircode.
    ("Post to: Hazel Barn, Ashwell Lane, Lower Tilbury, Hitchin SG4 7RT",
     "Hazel Barn, Ashwell Lane, Lower Tilbury, Hitchin SG4 7RT"),
    ("Drumcliffe House\nCarrowmore\nSligo\nF91 K2T7", "Drumcliffe House\nCarrowmore\nSligo\nF91 K2T7"),
    ("14 Linnet Grove, Dublin 6 D06 R2X5", "14 Linnet Grove, Dublin 6 D06 R2X5"),
    # Parcels: South African erven, Philippine puroks.
    ("Erf 4411, Welgemoed\nBellville\n7530", "Erf 4411, Welgemoed\nBellville\n7530"),
    ("Purok 6, Brgy. Lapasan, Cagayan de Oro City", "Purok 6, Brgy. Lapasan, Cagayan de Oro City"),
    # Canada: a French unit and the province in parentheses, a post-office box and station.
    ("3410, rue des Bouleaux, app. 7, Laval (Québec) H7N 3V1",
     "3410, rue des Bouleaux, app. 7, Laval (Québec) H7N 3V1"),
    ("C.P. 912, succ. Place-d'Armes, Montréal QC H2Y 3J2", "C.P. 912, succ. Place-d'Armes, Montréal QC H2Y 3J2"),
    # US: a private mailbox, a numbered highway with a building, a chat's town and state.
    ("PMB 207, 1840 Quarry Rd Ste 9, Bend, OR 97702", "PMB 207, 1840 Quarry Rd Ste 9, Bend, OR 97702"),
    ("9021 State Hwy 14 Bldg. 3\nTaos, NM 87571", "9021 State Hwy 14 Bldg. 3\nTaos, NM 87571"),
    ("im at 77 Trout Ln, Ithaca NY rn", "77 Trout Ln, Ithaca NY"),
    # An abbreviation's full stop that also ends the sentence belongs to the address.
    ("My mailing address is 312 Tamarind Blvd.", "312 Tamarind Blvd."),
    # Hungarian types after the name, a Greek postcode after a street without a type word,
    # Indonesian kavling, a Thai soi, a farm named before its street, a Portuguese floor.
    ("Andrássy út 47, 1061 Budapest", "Andrássy út 47, 1061 Budapest"),
    ("Ermou 23, 105 63 Athina", "Ermou 23, 105 63 Athina"),
    ("Jl. Gatot Subroto Kav. 18-20, Jakarta Selatan 12930",
     "Jl. Gatot Subroto Kav. 18-20, Jakarta Selatan 12930"),
    ("Soi Thonglor 10, Khlong Tan Nuea, Bangkok 10110", "Soi Thonglor 10, Khlong Tan Nuea, Bangkok 10110"),
    ("Domaine des Sources, Route de Nyon 12, 1196 Gland", "Domaine des Sources, Route de Nyon 12, 1196 Gland"),
    ("Avenida da Boavista 880, 3.º Dto., 4100-111 Porto", "Avenida da Boavista 880, 3.º Dto., 4100-111 Porto"),
    # iCalendar's escaped commas.
    ("LOCATION:18 Pickerel Way\\, Duluth\\, MN 55802", "18 Pickerel Way\\, Duluth\\, MN 55802"),
])
def test_world3_addresses(text, value):
    assert value in addresses(text)


@pytest.mark.parametrize("text, value", [
    # A sentence after the town: its full stop and first word are not the town.
    ("I live at 12 Sorrel Lane, Whitby. Tomorrow, I move again.", "12 Sorrel Lane, Whitby"),
    ("Ship to Kouter 7, 9000 Gent. Thanks, Ann.", "Kouter 7, 9000 Gent"),
])
def test_town_stops_at_the_sentence(text, value):
    assert addresses(text) == [value]


@pytest.mark.parametrize("text, values", [
    ("id;street;city;state;zip\n17;402 Gannet Way;Tacoma;WA;98402\n",
     ["402 Gannet Way", "Tacoma", "WA", "98402"]),
    ('customer,address,town,postcode\nR. Obi,"Flat 2, 9 Weir Row",Kendal,LA9 4QX\n',
     ["Flat 2, 9 Weir Row", "Kendal", "LA9 4QX"]),
    ("BEGIN:VCARD\nADR;TYPE=home:;;58 Osier St;Salem;OR;97301;USA\nEND:VCARD",
     ["58 Osier St;Salem;OR;97301;USA"]),
    ('{"addressLine": "Kouter 7", "postalCode": "9000", "locality": "Gent"}',
     ["Kouter 7", "9000", "Gent"]),
    ('{"address1": "5 Heron Pl", "city": "Eugene", "state_code": "OR", "zip": "97401"}',
     ["5 Heron Pl", "Eugene", "OR", "97401"]),
])
def test_structured_fields(text, values):
    found = addresses(text)
    for value in values:
        assert any(value in f for f in found), (value, found)


@pytest.mark.parametrize("text", [
    # Versions, scores, model numbers, a race's km marker.
    "Upgrade to 12.4.1; release 2000 Final ships later.",
    "The Hawks won 112 to 104; the second game ended 3-1.",
    "She ordered a Model 3 and an RTX 4090 for 2000 dollars.",
    "Km 12.5 of the marathon is the steepest part.",
    # A name and a number before a year and capitalised words: no street, no town.
    "Windows 10, 2000 Server and Office 97 are out of support.",
    "Team Alpha 12, 2024 Season Review",
    "We support Python 3, 2000 Users and counting.",
    "Our km 14 checkpoint closes at 10:30.",
    # Routes and roads in prose, times and measures.
    "We drove Route 66 for 12 days and loved it.",
    "The desk is 120 cm by 60 cm and weighs 25 kg.",
    "Call me at 5 pm, or after 18:30 at the latest.",
    # Statutes, the street words in other senses.
    "The claim under 42 U.S.C. § 1983 was dismissed in 2021.",
    "Dr. Mwangi and St. Clare hospital share 12 beds.",
    "Lot 12 of the batch failed; Purok is a Cebuano word.",
    "Sector 7 of the map and Nagar 5 in the game are locked.",
    # Tables and cards without address columns; a calendar location that is a room.
    "name,version,size\nlibfoo,12.4.1,3 MB\n",
    "BEGIN:VEVENT\nSUMMARY:Review\nLOCATION:Room 4B\\, 2nd floor\nEND:VEVENT",
    "id;score;city\n4;12;Tacoma\n",
])
def test_world3_near_misses(text):
    assert addresses(text) == []
