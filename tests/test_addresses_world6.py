"""Street addresses of the world6 layouts (USPS suffix abbreviations and unit designators,
APO / FPO hull numbers and ZIP+4, Oman's `PC`, Israel's seven-digit codes, Danish, Hungarian,
Czech, Turkish, Japanese and Korean forms, a town after ` in `, chat cues, a line break inside
a field, `key=value` fields, SQL INSERT rows, psql tables) and their near misses.

Every example is ours (invented streets and houses; real towns and postcodes), and none is
taken from benchmarks/addresses_world6.py."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.addresses import StreetAddressRecognizer

ADDR = StreetAddressRecognizer()


def addresses(text: str) -> list[str]:
    """Address spans a default policy acts on (score at or above 0.5)."""
    return [text[r.start : r.end] for r in ADDR.analyze(text, ["STREET_ADDRESS"]) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    # USPS Publication 28 abbreviations, with a full stop of their own, directionals, units.
    ("Send it to 77 Larch Lndg, Ames, IA 50010", "77 Larch Lndg, Ames, IA 50010"),
    ("410 Tern Xing.\nMankato, MN 56001", "410 Tern Xing.\nMankato, MN 56001"),
    ("12 E Sorrel Holw NW, Logan, UT 84321", "12 E Sorrel Holw NW, Logan, UT 84321"),
    ("9 Vetch Cswy, Key West, FL 33040", "9 Vetch Cswy, Key West, FL 33040"),
    ("5150 Marten Trce Apt 2, Ocala, FL 34470", "5150 Marten Trce Apt 2, Ocala, FL 34470"),
    ("31 Pika Vw Ph 4, Provo, UT 84601", "31 Pika Vw Ph 4, Provo, UT 84601"),
    ("88 Ibex Jct, Casper, WY 82601", "88 Ibex Jct, Casper, WY 82601"),
    # USPS designators before the street; a town with `d'`.
    ("DEPT 12, 40 Egret Blvd, Fargo, ND 58102", "DEPT 12, 40 Egret Blvd, Fargo, ND 58102"),
    ("SPC 31, 7 Heron Ln, Boise, ID 83702", "SPC 31, 7 Heron Ln, Boise, ID 83702"),
    ("601 Wren Ct, Coeur d'Alene, ID 83814", "601 Wren Ct, Coeur d'Alene, ID 83814"),
    # Military: a ship with its hull number, ZIP+4; a CMR box of two digits.
    ("USS Osprey (LCS 12)\nFPO AP 96601-1234", "USS Osprey (LCS 12)\nFPO AP 96601-1234"),
    ("CMR 45 Box 210, APO AE 09102", "CMR 45 Box 210, APO AE 09102"),
    # Middle East: Oman's `PC`, Israel's seven digits.
    ("P.O. Box 77, PC 112, Ruwi, Oman", "P.O. Box 77, PC 112, Ruwi, Oman"),
    ("40 Dizengoff St, Tel Aviv-Yafo 6433222, Israel",
     "40 Dizengoff St, Tel Aviv-Yafo 6433222, Israel"),
    # Australia's esplanade.
    ("Shop 3/20 Marine Esp, Hervey Bay QLD 4655", "Shop 3/20 Marine Esp, Hervey Bay QLD 4655"),
    # Danish ground floor, Hungarian floors, Czech squares, Italian staircase, Dutch `-bis`.
    ("Algade 9, st., 4000 Roskilde", "Algade 9, st., 4000 Roskilde"),
    ("Király utca 14. 2. em. 5, 1061 Budapest", "Király utca 14. 2. em. 5, 1061 Budapest"),
    ("Baross út 3. fsz. 1, 6720 Szeged", "Baross út 3. fsz. 1, 6720 Szeged"),
    ("náměstí Přemysla Otakara II. 8, 370 01 České Budějovice",
     "náměstí Přemysla Otakara II. 8, 370 01 České Budějovice"),
    ("Via Saragozza 31, scala C, int. 4, 40123 Bologna BO",
     "Via Saragozza 31, scala C, int. 4, 40123 Bologna BO"),
    ("Dorpsstraat 12-bis\n3732 HJ De Bilt", "Dorpsstraat 12-bis\n3732 HJ De Bilt"),
    # Turkish numbered streets; Japanese chome in the numbers; Korean number and comma first.
    ("Kültür Mah. 1375 Sokak No:8 D:3, 35220 Konak/İzmir",
     "Kültür Mah. 1375 Sokak No:8 D:3, 35220 Konak/İzmir"),
    ("2-chome-5-10 Nishiki, Naka-ku, Nagoya 460-0003",
     "2-chome-5-10 Nishiki, Naka-ku, Nagoya 460-0003"),
    ("17, Dosan-daero 45-gil, Gangnam-gu, Seoul 06017",
     "17, Dosan-daero 45-gil, Gangnam-gu, Seoul 06017"),
    # A line break inside a field: between a street's name and type, a unit and its number.
    ("deliver to 48 Alder\nTrce, Mankato, MN 56001 today", "48 Alder\nTrce, Mankato, MN 56001"),
    ("300 Dace Blvd, Suite\n410, Ames, IA 50010", "300 Dace Blvd, Suite\n410, Ames, IA 50010"),
    # A town after ` in ` (chat, prose); chat cues.
    ("we live on 9 Sedge Ln in Ames, IA 50010 now", "9 Sedge Ln in Ames, IA 50010"),
    ("grew up at 14 Aspen Ct in Hanover, NH", "14 Aspen Ct in Hanover, NH"),
    ("I'm at 22 Birch Rd, come by", "22 Birch Rd"),
    ("meet me at 310 quail ave after 6", "310 quail ave"),
    # East Africa: a road off a road, then places; Bangladesh's `Dhaka-1213`, `Mirpur-10`.
    ("Muthithi Lane, off Waiyaki Way, Westlands, Nairobi",
     "Muthithi Lane, off Waiyaki Way, Westlands, Nairobi"),
    ("House 5, Road 3, Mirpur-10, Dhaka-1216", "House 5, Road 3, Mirpur-10, Dhaka-1216"),
])
def test_world6_address_is_found_whole(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize("text, values", [
    # `key=value` fields: semicolons, ampersands, single spaces between them.
    ("street=9 Elk Ct;town=Ames;st=IA;postcode=50010", ["9 Elk Ct", "Ames", "IA", "50010"]),
    ("evt=move uid=7 street=9 Elk Ct city=Ames zip=50010", ["9 Elk Ct", "Ames", "50010"]),
    ("addr1=9 Elk Ct&city=Ames&zip=50010", ["9 Elk Ct", "Ames", "50010"]),
    # SQL INSERT rows, quoted and bare values; several rows.
    ("INSERT INTO people (name, street, city, zip) VALUES ('Ann', '9 Elk Ct', 'Ames', 50010);",
     ["9 Elk Ct", "Ames", "50010"]),
    ("insert into t (id, address, city) values (1, '4 Ash Row', 'Tulsa'), (2, '6 Fir Way', "
     "'Enid');", ["4 Ash Row", "Tulsa", "6 Fir Way", "Enid"]),
    # A psql table: the rule line under the header, the postcode after a bar.
    (" id | street     | city | zip\n----+------------+------+-------\n 1 | 9 Elk Ct   | Ames | "
     "50010\n", ["9 Elk Ct", "Ames", "50010"]),
])
def test_world6_fields_are_each_found(text: str, values: list[str]) -> None:
    found = " ".join(addresses(text))
    for value in values:
        assert value in found


@pytest.mark.parametrize("text", [
    # Street-type abbreviations that are other abbreviations (`Pt`, `Ext`, `Sta`, `Est`).
    "Call 555 Sales Ext for help.",
    "He scored 12 Pts and 4 Ast in the final.",
    "Train 12 Union Sta departs at 9.",
    "Founded 1987 Est in Ohio, 40 staff.",
    # Highways, versions, products, rooms, scores.
    "Expect delays on I-90 Expy between exits 12 and 14.",
    "Release 4.12 Pkwy ships with the 3 Xing fixes.",
    "SKU PLZ-4410-BLK, 12 Ct pack",
    "Badge access: BLDG 7 and BLDG 9 only, PIER 3 closed.",
    "Final: Ames 21, Fargo 14 (OT).",
    # Shapes of the new carriers without an address.
    "street=; city=; zip= (all blank in 12 rows)",
    "INSERT INTO customers (name, street, city, zip) VALUES (?, ?, ?, ?);",
    "INSERT INTO t (street, city) VALUES (%s, %s)",
    "x=5; y=3; city=; level=2",
    "PC 12 and PC 14 need a reboot.",
    "Chapter 2-3-1 of the manual covers the Tokyo office's VPN.",
    "The 3 Big\nWays, says the book",
    "meet me at 5 in the park",
    "I'm at 3 meetings today, come by later",
    # A road as a direction, not a chain of an address; placeholder field values.
    "take Waiyaki Way, off Ring Road, towards town",
    "Street: unknown, City: n/a",
    "Address: N/A; City: -; ZIP: none",
])
def test_world6_near_miss_is_no_address(text: str) -> None:
    assert addresses(text) == []
