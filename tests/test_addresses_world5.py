"""Street addresses of the world5 layouts (units in any case and without a number, numbered
roads and grids, drawers and general delivery, form fields side by side on one line,
camelCase JSON and XML keys, one-word UK streets, Ethiopian sub-cities and woredas,
Senegalese cités, francophone boxes, South Asian wards and sectors, Thai, Indonesian,
Vietnamese, Guatemalan, Chilean and Costa Rican layouts) and their near misses.

Every example is ours (invented streets and houses; real towns and postcodes), and none is
taken from benchmarks/addresses_world5.py."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.addresses import StreetAddressRecognizer

ADDR = StreetAddressRecognizer()


def addresses(text: str) -> list[str]:
    """Address spans a default policy acts on (score at or above 0.5)."""
    return [text[r.start : r.end] for r in ADDR.analyze(text, ["STREET_ADDRESS"]) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    # Units in any case, penthouses, USPS's designators without a number, ordinal floors.
    ("Mail it to 412 Heron Glen, apt #9, Dayton, OH 45402", "412 Heron Glen, apt #9, Dayton, OH 45402"),
    ("1207 OSPREY RUN UNIT 14\nBILLINGS MT 59101-2231", "1207 OSPREY RUN UNIT 14\nBILLINGS MT 59101-2231"),
    ("88 Teal Ct Rear\nOgden, UT 84401", "88 Teal Ct Rear\nOgden, UT 84401"),
    ("30 Wren Blvd, 4th Fl., Akron, OH 44308", "30 Wren Blvd, 4th Fl., Akron, OH 44308"),
    ("Ste 3-B, 71 Lark Ave, Reno, NV 89501", "Ste 3-B, 71 Lark Ave, Reno, NV 89501"),
    ("FLAT 6, 9 MILL LANE, BATH, BA1 1AA", "FLAT 6, 9 MILL LANE, BATH, BA1 1AA"),
    # Numbered roads, Wisconsin's and Utah's grids, drawers, old rural routes, general delivery.
    ("ship to 5120 State Highway 21, Caldwell, TX 77836", "5120 State Highway 21, Caldwell, TX 77836"),
    ("W3312 County Road JJ, Kewaunee, WI 54216", "W3312 County Road JJ, Kewaunee, WI 54216"),
    ("1900 FM 1431, Marble Falls, TX 78654", "1900 FM 1431, Marble Falls, TX 78654"),
    ("220 N 400 W, Provo, UT 84601", "220 N 400 W, Provo, UT 84601"),
    ("P.O. Drawer 51, Natchez, MS 39121", "P.O. Drawer 51, Natchez, MS 39121"),
    ("Route 2 Box 77, Hazard, KY 41701", "Route 2 Box 77, Hazard, KY 41701"),
    ("General Delivery, Iqaluit, NU X0A 0H0", "General Delivery, Iqaluit, NU X0A 0H0"),
    # Lower case with a Canadian postcode; a one-word UK street with its number.
    ("44 loon crescent kenora on p9n 3x7", "44 loon crescent kenora on p9n 3x7"),
    ("12 Broadwalk, Exeter EX1 1AA", "12 Broadwalk, Exeter EX1 1AA"),
    ("Fern Lodge | 3 Kiln Row | Ludlow | SY8 1AA", "Fern Lodge | 3 Kiln Row | Ludlow | SY8 1AA"),
    # A town whose first word is a one-letter article.
    ("Rúa do Vilar 9, 15705 A Estrada", "Rúa do Vilar 9, 15705 A Estrada"),
    # Africa: bare `No`, `House 12,`, sub-cities and woredas, cités, boxes, Moroccan buildings.
    ("No 3, Olumide Street, Surulere, Lagos", "No 3, Olumide Street, Surulere, Lagos"),
    ("House 14, Baobab Close, Tema, Ghana", "House 14, Baobab Close, Tema, Ghana"),
    ("Arada Sub-City, Woreda 06, House No. 220, Addis Ababa",
     "Arada Sub-City, Woreda 06, House No. 220, Addis Ababa"),
    ("Cité Keur Damel, Villa 12, Thiès", "Cité Keur Damel, Villa 12, Thiès"),
    ("BP 1402 Lomé, Togo", "BP 1402 Lomé, Togo"),
    ("Immeuble 4, Appt 9, Hay Salam, Agadir", "Immeuble 4, Appt 9, Hay Salam, Agadir"),
    # South Asia: a bare number and a comma, landmarks, wards, sectors, places with postcodes.
    ("14, Nehru Salai, Adyar, Chennai, Tamil Nadu 600020",
     "14, Nehru Salai, Adyar, Chennai, Tamil Nadu 600020"),
    ("Near Kali Mandir, Station Chowk, Patna, Bihar 800001",
     "Near Kali Mandir, Station Chowk, Patna, Bihar 800001"),
    ("Ward No. 9, Baneshwor, Kathmandu, Nepal", "Ward No. 9, Baneshwor, Kathmandu, Nepal"),
    ("House 5, Street 9, G-9/4, Islamabad", "House 5, Street 9, G-9/4, Islamabad"),
    ("House 8, Road 2, Gulshan, Dhaka 1212", "House 8, Road 2, Gulshan, Dhaka 1212"),
    ("No. 12/1, Duplication Road, Colombo 04", "No. 12/1, Duplication Road, Colombo 04"),
    # Southeast Asia and Latin America.
    ("Jl. Kenanga No. 4, RT 02/RW 07, Kel. Sukajadi, Bandung 40162",
     "Jl. Kenanga No. 4, RT 02/RW 07, Kel. Sukajadi, Bandung 40162"),
    ("Số 8 Đường Trần Phú, Phường 4, Quận 5, TP. Hồ Chí Minh",
     "Số 8 Đường Trần Phú, Phường 4, Quận 5, TP. Hồ Chí Minh"),
    ("55/3 Moo 2, Tambon Nong Prue, Amphoe Bang Lamung, Chonburi 20150",
     "55/3 Moo 2, Tambon Nong Prue, Amphoe Bang Lamung, Chonburi 20150"),
    ("12 Soi Ari 4, Phaya Thai, Bangkok 10400", "12 Soi Ari 4, Phaya Thai, Bangkok 10400"),
    ("6a Avenida 3-40, Zona 1, Quetzaltenango", "6a Avenida 3-40, Zona 1, Quetzaltenango"),
    ("Las Encinas 840, depto. 12, Ñuñoa, Santiago", "Las Encinas 840, depto. 12, Ñuñoa, Santiago"),
    ("Del Parque Central, 300 m sur, Heredia", "Del Parque Central, 300 m sur, Heredia"),
])
def test_world5_address_is_found_whole(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize("text, values", [
    # Form fields side by side on one line, separated by commas, semicolons, bars, two spaces.
    ("Street: 18 Plover Way, City: Yuma, State: AZ, Zip: 85364",
     ["18 Plover Way", "Yuma", "AZ", "85364"]),
    ("Street: 18 Plover Way  City: Yuma  Zip: 85364", ["18 Plover Way", "Yuma", "85364"]),
    # Labels of two names; `St` for the state.
    ("Address Line 1: 5 Elk Row\nApt/Suite: Unit 2\nCity/Town: Minot\nSt: ND\nZIP / Postal Code: 58701",
     ["5 Elk Row", "Unit 2", "Minot", "ND", "58701"]),
    # schema.org, camelCase and numbered keys; XML elements.
    ('{"streetAddress": "9 Gull Pt", "addressLocality": "Kodiak", "addressRegion": "AK", '
     '"postalCode": "99615"}', ["9 Gull Pt", "Kodiak", "AK", "99615"]),
    ('{"street1": "9 Gull Pt", "city": "Kodiak", "zip5": "99615"}', ["9 Gull Pt", "Kodiak", "99615"]),
    ("<addr><street>9 Gull Pt</street><city>Kodiak</city><zip>99615</zip></addr>",
     ["9 Gull Pt", "Kodiak", "99615"]),
])
def test_world5_fields_are_each_found(text: str, values: list[str]) -> None:
    found = addresses(text)
    for value in values:
        assert any(value in f for f in found), (value, found)


@pytest.mark.parametrize("text", [
    # Numbered roads and grids without a postal line.
    "Take Route 9 north for 12 miles, then exit 42.",
    "I-95 is closed near exit 12 until 6 am.",
    "Drive 3 miles on County Road 12 and turn left.",
    "The score was 350 S 200 E in the survey code.",
    # Designators that are ordinary words, a phone after an address's unit word.
    "The upper deck has 12 rows; the rear seats are cheaper.",
    "Apt 4 tests passed, Suite 12 failed.",
    # Landmarks, estates, sub-cities and wards without a house or a postal line.
    "Meet near Central Park for lunch.",
    "Cité des Sciences, Paris is a museum.",
    "Ward 5, General Hospital, London",
    "Bole Sub City is growing fast.",
    "Appt 3, Dr Lemaire, Monday",
    # Directions without a landmark; a numbered thing before a Spanish unit word.
    "Camina 200 metros al norte del río.",
    "Windows 10, piso 3, Madrid",
    # A number and a comma after a word; a box without its town and country.
    "In 42, Elm Street was quiet; Top 10, Main Street shops.",
    "BP 120, pulse 72",
    # Fields named like address parts without an address.
    "City: Paris is lovely; Weather: sunny",
    '{"zip5": null, "street1": null}',
    "<city>Paris</city> is a tag name.",
])
def test_world5_near_miss_is_no_address(text: str) -> None:
    assert addresses(text) == []


def test_unit_word_does_not_take_a_phone_number() -> None:
    """`ph` in lower case is no penthouse: the phone number after an address is not its unit."""
    text = "12 Main St, Springfield, IL 62704 ph 555-1234"
    assert addresses(text) == ["12 Main St, Springfield, IL 62704"]


def test_a_place_with_its_postcode_makes_a_chain_an_address() -> None:
    """A chain of a road and places whose last place carries a postcode is a postal address
    even without a context word; without the postcode it stays weak."""
    assert addresses("Mombasa Road, Embakasi, Nairobi 00501") == ["Mombasa Road, Embakasi, Nairobi 00501"]
    assert addresses("Mombasa Road, Embakasi, Nairobi") == []
