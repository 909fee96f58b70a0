"""Street addresses of Asian, African, Latin American and more European layouts, unit and
building lines, form fields; and what must not match.

Every example is ours (invented streets and buildings, real towns, each national post's
layout)."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.addresses import StreetAddressRecognizer

ADDR = StreetAddressRecognizer()


def addresses(text: str) -> list[str]:
    """Address spans a default policy acts on (score at or above 0.5)."""
    return [text[r.start : r.end] for r in ADDR.analyze(text, ["STREET_ADDRESS"]) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    # India: flat / house / plot, sector, cross and main roads, nagar, colony, PIN.
    ("Flat 7C, Sector 21, Noida, Uttar Pradesh 201301", "Flat 7C, Sector 21, Noida, Uttar Pradesh 201301"),
    ("Deliver to House No. 18, Lajpat Nagar, Delhi - 110024 today",
     "House No. 18, Lajpat Nagar, Delhi - 110024"),
    ("Plot 9, 4th Cross, 8th Main, Jayanagar, Bengaluru 560041",
     "Plot 9, 4th Cross, 8th Main, Jayanagar, Bengaluru 560041"),
    ("No. 31, Residency Road, Shivaji Colony, Nagpur, PIN: 440001",
     "No. 31, Residency Road, Shivaji Colony, Nagpur, PIN: 440001"),
    ("C-118, Saket Colony, Bhopal 462001, India", "C-118, Saket Colony, Bhopal 462001, India"),
    ("14 Tilak Marg, Indore 452001", "14 Tilak Marg, Indore 452001"),
    # Japan: chome-ban-go before the district, a ward, a postcode; the postal mark first.
    ("Ship to: 4-2-8 Shiba, Minato-ku, Tokyo 105-0014, Japan", "4-2-8 Shiba, Minato-ku, Tokyo 105-0014, Japan"),
    ("〒604-8005 Kyoto, Nakagyo-ku, Kawaramachi 3-12", "〒604-8005 Kyoto, Nakagyo-ku, Kawaramachi 3-12"),
    ("Nishiki 2-chome 4-11, Naka-ku, Nagoya 460-0003", "Nishiki 2-chome 4-11, Naka-ku, Nagoya 460-0003"),
    ("Hikari Heights 203, 1-9-4 Ebisu, Shibuya-ku, Tokyo 150-0013",
     "Hikari Heights 203, 1-9-4 Ebisu, Shibuya-ku, Tokyo 150-0013"),
    # Korea: road-name addresses.
    ("Office: 311 Gangnam-daero, Seocho-gu, Seoul 06621", "311 Gangnam-daero, Seocho-gu, Seoul 06621"),
    ("27 Jong-ro 5-gil, Jongno-gu, Seoul", "27 Jong-ro 5-gil, Jongno-gu, Seoul"),
    # Singapore, Hong Kong, the Philippines.
    ("Blk 210 Bishan Street 23, #04-117, Singapore 570210", "Blk 210 Bishan Street 23, #04-117, Singapore 570210"),
    ("Flat C, 15/F, Ocean Tower, 40 Hennessy Road, Wan Chai, Hong Kong",
     "Flat C, 15/F, Ocean Tower, 40 Hennessy Road, Wan Chai, Hong Kong"),
    ("88 Mabini St., Barangay Malate, Manila City, 1004 Metro Manila",
     "88 Mabini St., Barangay Malate, Manila City, 1004 Metro Manila"),
    # Brazil, Mexico.
    ("Rua Augusta, 1500, apto 12 - Consolação, São Paulo - SP, CEP 01304-001",
     "Rua Augusta, 1500, apto 12 - Consolação, São Paulo - SP, CEP 01304-001"),
    ("Rodovia BR-116, km 42, Curitiba - PR", "Rodovia BR-116, km 42, Curitiba - PR"),
    ("Av. Revolución 820, Col. Mixcoac, 03910 Ciudad de México, CDMX",
     "Av. Revolución 820, Col. Mixcoac, 03910 Ciudad de México, CDMX"),
    ("Calle Juárez No. 12, Col. Centro, C.P. 68000, Oaxaca, Oax.",
     "Calle Juárez No. 12, Col. Centro, C.P. 68000, Oaxaca, Oax."),
    # Australia, New Zealand, South Africa, Nigeria, Kenya.
    ("Lot 4 Banksia Way, Denmark WA 6333", "Lot 4 Banksia Way, Denmark WA 6333"),
    ("Level 12, 31 Market St\nSydney NSW 2000", "Level 12, 31 Market St\nSydney NSW 2000"),
    ("9 Kowhai Road, Mount Eden, Auckland 1024", "9 Kowhai Road, Mount Eden, Auckland 1024"),
    ("22 Long Street, Gardens, Cape Town, 8001", "22 Long Street, Gardens, Cape Town, 8001"),
    ("No. 4 Bode Thomas Street, Surulere, Lagos", "No. 4 Bode Thomas Street, Surulere, Lagos"),
    ("P.O. Box 4521-00200, Nairobi", "P.O. Box 4521-00200, Nairobi"),
    # Continental Europe and Turkey.
    ("Berliner Straße 41b, 60311 Frankfurt", "Berliner Straße 41b, 60311 Frankfurt"),
    ("Am Markt 7, 28195 Bremen", "Am Markt 7, 28195 Bremen"),
    ("Marienplatz 8, 80331 München", "Marienplatz 8, 80331 München"),
    ("ul. Mickiewicza 18/4, 30-059 Kraków", "ul. Mickiewicza 18/4, 30-059 Kraków"),
    ("ul. Nowy Świat 21 m. 5", "ul. Nowy Świat 21 m. 5"),
    ("Herengracht 401-II\n1017 BP Amsterdam", "Herengracht 401-II\n1017 BP Amsterdam"),
    ("Vesterbrogade 14, 2. tv., 1620 København V", "Vesterbrogade 14, 2. tv., 1620 København V"),
    ("Aleksanterinkatu 15 B 22, 00100 Helsinki", "Aleksanterinkatu 15 B 22, 00100 Helsinki"),
    ("Calle de Serrano, 41, 2º izq., 28001 Madrid", "Calle de Serrano, 41, 2º izq., 28001 Madrid"),
    ("12 bis, Place des Vosges", "12 bis, Place des Vosges"),
    ("Korunní 810/104, 101 00 Praha 10", "Korunní 810/104, 101 00 Praha 10"),
    ("Nerudova č.p. 212, 118 00 Praha 1", "Nerudova č.p. 212, 118 00 Praha 1"),
    ("Moda Mah. Bahariye Cad. No: 42 D: 5, 34710 Kadıköy/İstanbul",
     "Moda Mah. Bahariye Cad. No: 42 D: 5, 34710 Kadıköy/İstanbul"),
    ("İstiklal Cad. No:120, Beyoğlu/İstanbul", "İstiklal Cad. No:120, Beyoğlu/İstanbul"),
    ("Unit 2301, 23/F, Harbourview One, 1111 King's Road, Quarry Bay, Hong Kong",
     "Unit 2301, 23/F, Harbourview One, 1111 King's Road, Quarry Bay, Hong Kong"),
    ("5th Floor, Silver Oak Park, Phase 2, Gurugram, Haryana 122002",
     "5th Floor, Silver Oak Park, Phase 2, Gurugram, Haryana 122002"),
    ("14B, 7th Cross, Koramangala 4th Block, Bengaluru 560034",
     "14B, 7th Cross, Koramangala 4th Block, Bengaluru 560034"),
    ("H.No. 56\nSharma Path\nKolkata-700019", "H.No. 56\nSharma Path\nKolkata-700019"),
    ("56\nGandhi Chowk\nBhopal 462001", "56\nGandhi Chowk\nBhopal 462001"),
    ("No. 12, Jalan Ampang, Taman Melawati, 53100 Kuala Lumpur",
     "No. 12, Jalan Ampang, Taman Melawati, 53100 Kuala Lumpur"),
    ("123 Đường Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
     "123 Đường Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"),
    ("Strada Lipscani 12, București 030031, Romania", "Strada Lipscani 12, București 030031, Romania"),
    ("Václavské náměstí 846/1, 110 00 Praha 1", "Václavské náměstí 846/1, 110 00 Praha 1"),
    ("Visit us at 10 Kofo Abayomi Street, Victoria Island, Lagos.",
     "10 Kofo Abayomi Street, Victoria Island, Lagos"),  # `Island` is the town's, not the street's
    ("14 Banksia St\nFitzroy, VIC, 3065", "14 Banksia St\nFitzroy, VIC, 3065"),
    ("Rua das Flores, 12\nCentro\n01001-000 São Paulo / SP", "Rua das Flores, 12\nCentro\n01001-000 São Paulo / SP"),
    # UK and US unit lines, streets named after people.
    ("Studio 4\nAmelia Mews\nLeeds\nLS1 4AP", "Studio 4\nAmelia Mews\nLeeds\nLS1 4AP"),
    ("40512 Winifred Crossing Suite 310\nNorth Tobyport, KS 66044",
     "40512 Winifred Crossing Suite 310\nNorth Tobyport, KS 66044"),
])
def test_world_postal_blocks(text, value):
    assert addresses(text) == [value]


@pytest.mark.parametrize("text", [
    "See Section 14 of the contract and Sector 7 of the report.",
    "Upgrade to version 2-11-3 before the release; build 1-2-3 failed.",
    "Press 3-2-1 to confirm; the score was 2-1-0 at half time.",
    "The 1-1 meeting moved to 3-4 pm.",
    "Studio 3 is booked; Flat 5 tyres were replaced.",
    "Level 3 support escalated ticket 4471; Unit 4 tests pass.",
    "Plot 3 shows the residuals; Lot 12 was sold at auction.",
    "Col. Sanders founded the chain; C.P. 3 is the third checkpoint.",
    "Error No: 45 in module 12; retry No. 3 succeeded.",
    "Block 5 of the chain was mined; see issue #05-12.",
    "Take the 3rd Cross exit; the 5th Main turning is next.",
    "Call 153-0063 for the lab; extension 122001 is the front desk.",
    "Die Straße ist 12 km lang und die Gasse 3 m breit.",
    "Chapter 5 Main Ideas; Part 2 Cross-references.",
    "Version 12/3 of the spec, rule 5/2, ratio 3/4.",
    "Gate 12 is closed; Pier 4 boarding.",
    "2024-03-01 12:00:01 INFO shard 2-11-3 rebalanced in 300 ms",
    "The Tokyo office and the Seoul office share 12 engineers.",
    "sent via Slack, 2019.",
    "Smith et al. Jones 2019 found 3 effects.",
    "The Ring 2 trailer is out.",
    "Place Order 2 times before noon.",
    "Chapter 56\nMain Road was closed",  # a number line, no postal line after the street
    "In 2019, Oak Street reopened.",  # a bare number with a comma is no house number
    "Block 3, Sector 5 of the grid, Zone 2 is empty.",
    "Tower 3, Level 2 of the game has 12 enemies.",
    "Invoice No. 4471, total 300 USD, due 2024-05-01.",
    "Plot 3, Figure 2 and Table 5 show the results.",
    "ERROR at line 12/3: unexpected token, col 5",
    "The file is at 12/34, see Patel Road docs.",
    "House No. 5 on the list was sold.",
])
def test_world_near_misses(text):
    assert addresses(text) == []


@pytest.mark.parametrize("text, values", [
    ("Name: John Smith\nStreet: 48 Alder Road\nCity: Springfield\nState: IL\nZIP: 62704",
     ["48 Alder Road", "Springfield", "IL", "62704"]),
    ("Address line 1: 7 Quarry Lane\nAddress line 2: Apt 9\nCity: Tempe\nZip code: 85281\n",
     ["7 Quarry Lane", "Apt 9", "Tempe", "85281"]),
    ("City: Dayton\nState: OH\nZIP: 45402", ["Dayton", "OH", "45402"]),  # the ZIP makes it one
    ("Street : Lindenallee 4\nPostal code : 04109\nCity : Leipzig", ["Lindenallee 4", "04109", "Leipzig"]),
])
def test_form_fields(text, values):
    spans = [(r.start, r.end) for r in ADDR.analyze(text, ["STREET_ADDRESS"]) if r.score >= 0.5]
    for value in values:
        at = text.index(value)
        assert any(s <= at and at + len(value) <= e for s, e in spans), value
    assert not any("City" in text[s:e] or "Name" in text[s:e] for s, e in spans)


@pytest.mark.parametrize("text", [
    "City: Springfield\nState: IL",  # a place, allowed as LOCATION
    "City: Springfield is where the show is set.",
    "ZIP: 62704",  # a postcode alone: no block
    "State: running\nCity: n/a\n\n\n\n\nZIP: 12345",  # too far apart
])
def test_form_fields_need_a_street_or_a_postcode_in_a_block(text):
    assert addresses(text) == []


def masked(guard, text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start : f.end]) for f in guard.protect(text).findings
            if f.action.value != "allow"]


@pytest.mark.parametrize("text, value", [
    ("Flat 12B, Sector 14, Gurgaon, Haryana 122001", "Flat 12B, Sector 14, Gurgaon, Haryana 122001"),
    ("Ship to: 2-11-3 Meguro, Meguro-ku, Tokyo 153-0063, Japan",
     "2-11-3 Meguro, Meguro-ku, Tokyo 153-0063, Japan"),
    # Detection sees `ı` folded to `i`; `º` to `o`.
    ("Ship to: Cumhuriyet Bulvarı No. 4, Alsancak Mah., 35220 Konak/İzmir",
     "Cumhuriyet Bulvarı No. 4, Alsancak Mah., 35220 Konak/İzmir"),
    ("Calle Mayor, 5, 3º B, 28013 Madrid", "Calle Mayor, 5, 3º B, 28013 Madrid"),
])
def test_whole_block_is_masked_through_the_guard(guard, text, value):
    assert ("STREET_ADDRESS", value) in masked(guard, text)
