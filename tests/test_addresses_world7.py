"""Street addresses of the world7 layouts (units, floors and buildings between a European
street and its postcode, wide Japanese lot numbers and `-machi` / `-gun` wards, Japanese
flats and banchi in script, Chinese flats after 单元 / 栋 / 樓, Baltic and Romanian streets
and postcodes, Vietnamese lanes and wards, Spanish and French form labels) and their near
misses.

Every example is ours (invented streets and houses; real towns and postcodes), and none is
taken from benchmarks/addresses_world7.py."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.addresses import StreetAddressRecognizer

ADDR = StreetAddressRecognizer()


def addresses(text: str) -> list[str]:
    """Address spans a default policy acts on (score at or above 0.5)."""
    return [text[r.start : r.end] for r in ADDR.analyze(text, ["STREET_ADDRESS"]) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    # A unit, staircase or floor line between the street and the postcode.
    ("Écrire au 7 rue des Saules, bât. 2\n63000 Clermont-Ferrand",
     "7 rue des Saules, bât. 2\n63000 Clermont-Ferrand"),
    ("15 avenue des Pins\nesc. 4, 3e étage\n33000 Bordeaux",
     "15 avenue des Pins\nesc. 4, 3e étage\n33000 Bordeaux"),
    ("Lieferadresse: Ahornweg 8, 3. OG\n01067 Dresden", "Ahornweg 8, 3. OG\n01067 Dresden"),
    ("Ulmenstraße 21, EG rechts, 28195 Bremen", "Ulmenstraße 21, EG rechts, 28195 Bremen"),
    ("Birkenweg 4, c/o Meyer, 2. Stock, 90402 Nürnberg",
     "Birkenweg 4, c/o Meyer, 2. Stock, 90402 Nürnberg"),
    ("Calle del Olivo 9, piso 2, puerta 5, 30001 Murcia",
     "Calle del Olivo 9, piso 2, puerta 5, 30001 Murcia"),
    ("Via dei Ciliegi 3, scala A, interno 12\n10121 Torino TO",
     "Via dei Ciliegi 3, scala A, interno 12\n10121 Torino TO"),
    ("Lindelaan 40\n2e verdieping\n5611 AB Eindhoven", "Lindelaan 40\n2e verdieping\n5611 AB Eindhoven"),
    # A street named without a type word, a unit line on its own, the postcode on the next.
    ("Am Lindenbrunnen 6\nDG links\n53111 Bonn", "Am Lindenbrunnen 6\nDG links\n53111 Bonn"),
    # A number after a word with a diacritic starts the search (`Jacarandá 4512`).
    ("Las llaves están en Pasaje Ñandú 771\nM5500ABC Mendoza, pregunte.",
     "Pasaje Ñandú 771\nM5500ABC Mendoza"),
    # Romanian blocks, staircases, floors, flats, sectors and six-digit postcodes.
    ("Str. Plopilor nr. 8, bl. C2, sc. 1, et. 3, ap. 12, sector 2, București 021453",
     "Str. Plopilor nr. 8, bl. C2, sc. 1, et. 3, ap. 12, sector 2, București 021453"),
    ("Str. Morii 5, ap. 3\n500001 Brașov", "Str. Morii 5, ap. 3\n500001 Brașov"),
    # Argentine floors and CPA postcodes.
    ("Av. de los Sauces 2210, piso 4 dto. C, C1405BAB CABA",
     "Av. de los Sauces 2210, piso 4 dto. C, C1405BAB CABA"),
    # Baltic street types and LT- / LV- postcodes.
    ("Send to Klevų g. 12-4, LT-10221 Vilnius", "Klevų g. 12-4, LT-10221 Vilnius"),
    ("Kalna iela 8 - 3, Liepāja, LV-3401", "Kalna iela 8 - 3, Liepāja, LV-3401"),
    ("Kuuse tn 5-12, 50409 Tartu", "Kuuse tn 5-12, 50409 Tartu"),
    # Japanese lots of three and four digits, `-machi`, a lot number before a `-gun` ward.
    ("414-7 Kawaguchi, Kita-ku, Niigata 950-3301", "414-7 Kawaguchi, Kita-ku, Niigata 950-3301"),
    ("1203-5 Hanazono-machi, Toyama-shi, Toyama-ken 930-0001",
     "1203-5 Hanazono-machi, Toyama-shi, Toyama-ken 930-0001"),
    ("512 Minamioka, Kamikawa-gun, Hokkaido 071-0200",
     "512 Minamioka, Kamikawa-gun, Hokkaido 071-0200"),
    # Japanese in script: a flat after the go, a rural banchi.
    ("大阪府大阪市北区梅田3-4-5-1203", "大阪府大阪市北区梅田3-4-5-1203"),
    ("長野県松本市中央町122番地3", "長野県松本市中央町122番地3"),
    # Chinese flats after a unit, a building, a floor.
    ("地址：重庆市渝中区枇杷路18号2单元603", "重庆市渝中区枇杷路18号2单元603"),
    ("郑州市金水区桃源路9号院4号楼1单元1102室", "郑州市金水区桃源路9号院4号楼1单元1102室"),
    ("台北市中山區松風路33號7樓之2", "台北市中山區松風路33號7樓之2"),
    ("苏州市姑苏区柳巷街6号3幢201室", "苏州市姑苏区柳巷街6号3幢201室"),
    # Vietnamese lanes, street names with tones, wards and districts.
    ("Số 8 Ngõ 12 Phố Hoa Mai, Phường 3, Quận 10, TP. Hồ Chí Minh",
     "Số 8 Ngõ 12 Phố Hoa Mai, Phường 3, Quận 10, TP. Hồ Chí Minh"),
    ("27/4 Cây Dừa, Phường Tân Định, Quận 1, TP. Hồ Chí Minh",
     "27/4 Cây Dừa, Phường Tân Định, Quận 1, TP. Hồ Chí Minh"),
    ("55 Sông Hồng Street, Ward 6, District 3, TP. Hồ Chí Minh, Vietnam",
     "55 Sông Hồng Street, Ward 6, District 3, TP. Hồ Chí Minh, Vietnam"),
])
def test_world7_address_is_found_whole(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize("text, values", [
    ("Dirección: Calle del Roble, 14\nPiso/puerta: 2º B\nCódigo postal: 37001\nCiudad: Salamanca",
     ["Calle del Roble, 14", "2º B", "37001", "Salamanca"]),
    ("Adresse : 9 rue des Lilas\nVille : Poitiers\nCode postal : 86000",
     ["9 rue des Lilas", "Poitiers", "86000"]),
])
def test_world7_form_fields_are_each_found(text: str, values: list[str]) -> None:
    found = addresses(text)
    for value in values:
        assert value in found


@pytest.mark.parametrize("text", [
    # Floors, staircases and rooms of a building named without an address.
    "The workshop is on the 2. OG, room 12, bring your laptop.",
    "Le rendez-vous est au bât. C, salle 4, à 14 h.",
    "Floor 3 meeting room is booked from 2 pm to 4 pm.",
    "Piso: 3\nCiudad: Madrid",
    # A number at a line's end and a year's title on the next line.
    "Release notes 12\n2024 Annual Report",
    "Meridian 5\n2024 Annual Report on Growth",
    # Dashed numbers, scores and versions near Japanese town names.
    "Upgrade to 729-31 build of the firmware; 3.12-2 is deprecated.",
    "Vissel Kobe 2-1 Sanfrecce Hiroshima, attendance 21,500.",
    "The ticket range 120-45 to 120-60 is assigned to the Kobe team.",
    "Score 2019-20 Season, Sapporo 3",
    # Abbreviations that look like a Baltic street type.
    "Smith et al. 2019 found 5 cases in Riga.",
    "see e.g. 5 of the list",
    "Figure pr. 3 shows the results",
    # English `Ward` after a name and a number: a hospital's ward, not a Vietnamese street.
    "Patient in bed 12 Jones, Ward 3 since Monday.",
    # Japanese and Chinese that are not addresses.
    "第3章1-2-3節を読んでください。",
    "価格は1-2-3プランで月額980円です。",
    "本次活动共有5个单元，每个单元30分钟。",
    "会议室302室明天下午开会，请准时。",
])
def test_world7_near_miss_is_no_address(text: str) -> None:
    assert addresses(text) == []


def test_chinese_flat_number_is_not_a_year() -> None:
    """A bare flat number after a floor is the flat's, not a year's (`3楼2024年`)."""
    found = addresses("他住在南京市鼓楼区中山路12号3楼2024年搬走了")
    assert found and all("2024" not in f for f in found)
