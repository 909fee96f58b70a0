"""Postal blocks as long documents write them (crosscheck7's families, with other values):
a town-and-postcode field keyed as one (`town_postcode`, `city_zip`, `City/State/ZIP`), a
shipping label's unit and building lines in capitals, French and Spanish building parts
(`bât. C`, `esc. 2`) after a residence's name, Austria's `house/staircase/door` numbers and
Belgium's `BUS 4` in capitals; and their near misses.

Every example is ours (invented streets and houses; real towns and postcodes), none taken
from benchmarks/crosscheck7.py."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.addresses import StreetAddressRecognizer

ADDR = StreetAddressRecognizer()


def addresses(text: str) -> list[str]:
    """Address spans a default policy acts on (score at or above 0.5)."""
    return [text[r.start : r.end] for r in ADDR.analyze(text, ["STREET_ADDRESS"]) if r.score >= 0.5]


@pytest.mark.parametrize("text, values", [
    ('ref,street,city_zip\n7,"41 Quarry Hill Rd","Keene, NH 03431"\n',
     ["41 Quarry Hill Rd", "Keene, NH 03431"]),
    ('{"line1": "Flat 9, 3 Tanner Row", "town_postcode": "Kendal LA9 4HB"}',
     ["Flat 9, 3 Tanner Row", "Kendal LA9 4HB"]),
    ("Street: 18 Wren Close\nCity/State/ZIP: Ithaca, NY 14850\n",
     ["18 Wren Close", "Ithaca, NY 14850"]),
])
def test_town_and_postcode_in_one_field(text: str, values: list[str]) -> None:
    assert addresses(text) == values


@pytest.mark.parametrize("text, value", [
    ("SHIP TO:\nFLAT 12, MARLOWE COURT\n9 HEDGEROW LANE\nYORK YO24 1AB\n",
     "FLAT 12, MARLOWE COURT\n9 HEDGEROW LANE\nYORK YO24 1AB"),
    ("DELIVER TO: UNIT 3, KINGFISHER HOUSE, 27 DOCK ROAD, HULL HU1 2AB",
     "UNIT 3, KINGFISHER HOUSE, 27 DOCK ROAD, HULL HU1 2AB"),
    ("Résidence Les Mimosas, bât. C\n8 allée des Cerisiers\n44000 Nantes",
     "Résidence Les Mimosas, bât. C\n8 allée des Cerisiers\n44000 Nantes"),
    ("Zwirngasse 12/3/14\n1040 Wien", "Zwirngasse 12/3/14\n1040 Wien"),
    ("BRUULSTRAAT 9 BUS 4\n2800 MECHELEN", "BRUULSTRAAT 9 BUS 4\n2800 MECHELEN"),
])
def test_unit_and_building_lines(text: str, value: str) -> None:
    assert addresses(text) == [value]


@pytest.mark.parametrize("text", [
    "metric,city_zip_count\nvisits,42\n",  # a column that only names the field
    "WARNING: UNIT 3 FAILED SELF-TEST, RETRY\n",  # a unit in capitals, no street after it
    "Ratio 12/3/14 of the sample; see table 2.",  # slashes with no street
    "The bât. C wing of the museum reopens in May.",
])
def test_near_misses(text: str) -> None:
    assert addresses(text) == []
