"""Street addresses of the world4 layouts (a town after the street with no comma, lower case
without a cue, Polish squares, towns of several words, Spanish units before the postcode,
` | ` / ` · ` separated lines, post boxes and rural routes of more posts, Dutch, Swedish,
romanised Japanese, Indian and Latin American house numbers) and their near misses (a name,
a number and a year; numbers that look like blocks or postcodes).

Every example is ours (invented streets and houses; real towns and postcodes), and none is
taken from benchmarks/addresses_world4.py."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.addresses import StreetAddressRecognizer

ADDR = StreetAddressRecognizer()


def addresses(text: str) -> list[str]:
    """Address spans a default policy acts on (score at or above 0.5)."""
    return [text[r.start : r.end] for r in ADDR.analyze(text, ["STREET_ADDRESS"]) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    # The town right after the street, its last word a street type's (`Green`, `Rapids`,
    # `Hill`): the state alone, at the end or before the sentence goes on.
    ("Ship it to 4410 Kestrel Ave Rock Hill SC", "4410 Kestrel Ave Rock Hill SC"),
    ("It went to 77 Pewter Rd Glen Ridge NJ yesterday", "77 Pewter Rd Glen Ridge NJ"),
    # Lower case, no cue word: the postal line makes it an address.
    ("omw, 918 tamarack blvd, eau claire, wi 54701", "918 tamarack blvd, eau claire, wi 54701"),
    ("its 31 wren lane, ludlow sy8 1aa", "31 wren lane, ludlow sy8 1aa"),
    ("parcel for 6 coral st townsville qld 4810?", "6 coral st townsville qld 4810"),
    # Polish squares and avenues; a postcode with a dash after the units.
    ("Biuro: Rynek Kościuszki 9, 15-091 Białystok", "Rynek Kościuszki 9, 15-091 Białystok"),
    ("Aleje Racławickie 14\n20-037 Lublin", "Aleje Racławickie 14\n20-037 Lublin"),
    ("Nowy Rynek 3 m. 7, 87-100 Toruń", "Nowy Rynek 3 m. 7, 87-100 Toruń"),
    # Towns of several words: joining words, a river in parentheses, a Dutch `'s-`.
    ("Lindenweg 4, 15230 Frankfurt an der Oder", "Lindenweg 4, 15230 Frankfurt an der Oder"),
    ("12 Quay Row, Kingston upon Hull HU1 1AA", "12 Quay Row, Kingston upon Hull HU1 1AA"),
    ("Mühlgasse 8, 06618 Naumburg (Saale)", "Mühlgasse 8, 06618 Naumburg (Saale)"),
    ("Vughterstraat 30, 5211 GJ 's-Hertogenbosch", "Vughterstraat 30, 5211 GJ 's-Hertogenbosch"),
    # Spanish units between the house number and the postcode; a street named for a date.
    ("Calle del Carmen 40, esc. 1, 2.º dcha., 37002 Salamanca",
     "Calle del Carmen 40, esc. 1, 2.º dcha., 37002 Salamanca"),
    ("Avda. de Burgos 9, 4.º izda.\n28036 Madrid", "Avda. de Burgos 9, 4.º izda.\n28036 Madrid"),
    ("Plaça de les Glòries Catalanes, n.º 12 bajo B, 08018 Barcelona",
     "Plaça de les Glòries Catalanes, n.º 12 bajo B, 08018 Barcelona"),
    ("25 de Mayo 480 apto 3, 11000 Montevideo", "25 de Mayo 480 apto 3, 11000 Montevideo"),
    # One line, the parts separated by bars or middle dots.
    ("HQ | 500 Tern Way | Boise | ID 83702 | since 1998", "500 Tern Way | Boise | ID 83702"),
    ("Office · Suite 12 · 80 Flint St · Reno, NV 89501", "Suite 12 · 80 Flint St · Reno, NV 89501"),
    # A `#` unit before the street; boxes and rural delivery.
    ("#402, 17 Heron Pl, Provo, UT 84601", "#402, 17 Heron Pl, Provo, UT 84601"),
    ("Postboks 912 Sentrum, 5808 Bergen", "Postboks 912 Sentrum, 5808 Bergen"),
    ("Private Bag X5, Rivonia 2128", "Private Bag X5, Rivonia 2128"),
    ("Apartado Postal 77, C.P. 91000, Xalapa", "Apartado Postal 77, C.P. 91000, Xalapa"),
    ("RR 2 Site 9 Comp 14, Olds, AB T4H 1P3", "RR 2 Site 9 Comp 14, Olds, AB T4H 1P3"),
    ("RMB 212, Wattle Road, Dubbo NSW 2830", "RMB 212, Wattle Road, Dubbo NSW 2830"),
    # UK market streets; Dutch and Swedish house numbers and flats.
    ("9 Sheep Market\nStamford\nPE9 2RB", "9 Sheep Market\nStamford\nPE9 2RB"),
    ("Eikstraat 61 II, 1072 AB Amsterdam", "Eikstraat 61 II, 1072 AB Amsterdam"),
    ("Beukenlaan 7-2hg, 3581 AC Utrecht", "Beukenlaan 7-2hg, 3581 AC Utrecht"),
    ("Ekvägen 3 lgh 1201, 752 36 Uppsala", "Ekvägen 3 lgh 1201, 752 36 Uppsala"),
    # Japan in Latin script: the district before its block, the wards first.
    ("Hakata 3-2-9, Hakata-ku, Fukuoka", "Hakata 3-2-9, Hakata-ku, Fukuoka"),
    ("4-1-7 Higashi-Ikebukuro, Toshima-ku, Tokyo", "4-1-7 Higashi-Ikebukuro, Toshima-ku, Tokyo"),
    ("Sapporo-shi Chuo-ku Odori 2-5-1", "Sapporo-shi Chuo-ku Odori 2-5-1"),
    # India: `#` and slash house numbers before a cross or a road.
    ("#58, 4th Cross, Jayanagar, Bengaluru 560011", "#58, 4th Cross, Jayanagar, Bengaluru 560011"),
    ("7/3, Church Road\nAlwarpet\nChennai, India", "7/3, Church Road\nAlwarpet\nChennai, India"),
    # Quito's lettered numbers and corners, a Venezuelan building.
    ("Av. 6 de Diciembre N24-11 y Wilson, Quito 170143",
     "Av. 6 de Diciembre N24-11 y Wilson, Quito 170143"),
    ("Av. Andrés Bello, Edif. Samán, Piso 4, Caracas 1050",
     "Av. Andrés Bello, Edif. Samán, Piso 4, Caracas 1050"),
])
def test_world4_address_is_found_whole(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize("text", [
    # A name or a numbered thing, a number, and a year with a title after it.
    "Horizon 7, 2023 Annual Report",
    "Volume 12, 2019 Proceedings of the Royal Society",
    "Article 9, 2021 Convention on Data",
    "Quartet 4, 1999 Spring Tour",
    # Numbers that look like blocks, postcodes, states or boxes.
    "Steps 1-2-3 Go is a dance class.",
    "Batch 2024 AB failed; batch 2025 CD passed.",
    "The price is RMB 888, Beijing Road shop.",
    "Formation 4-3-3 Attack beat 5-3-2 Defence.",
    "i ran 5 miles in 40 min",
    "lot 12 of 40 sold",
    # Roads and towns named without a number.
    "Rynek Główny is the main square of Kraków.",
    "Kingston upon Hull and Frankfurt an der Oder are twinned with nobody.",
    "Gran Vía de les Corts Catalanes is long.",
    # Bars and dots between things that are not an address.
    "Release 12 | Build 4471 | CA 3 passed",
    "Tickets · 12 Main Stage · Doors 19:00",
])
def test_world4_near_miss_is_no_address(text: str) -> None:
    assert addresses(text) == []


def test_year_shaped_postcode_still_reads_as_one() -> None:
    """A Belgian or Danish postcode that reads as a year, with its town, stays an address."""
    assert addresses("Meir 52, 2000 Antwerpen") == ["Meir 52, 2000 Antwerpen"]
    assert addresses("Nørregade 12, 2000 Frederiksberg C") == ["Nørregade 12, 2000 Frederiksberg C"]


def test_rwanda_and_tanzania() -> None:
    """Kigali's numbered streets with the house number after them; `es` joins a town's name."""
    assert addresses("Deliver to KN 3 Rd 41, Kigali") == ["KN 3 Rd 41, Kigali"]
    assert addresses("Plot 7, Uhuru Street, Dar es Salaam, Tanzania") == [
        "Plot 7, Uhuru Street, Dar es Salaam, Tanzania"]
    assert addresses("KG 7 is a grade; 16 Ave is short.") == []
