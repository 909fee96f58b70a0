"""Street addresses of the world2 layouts (Cyrillic, Japanese and Korean script, Gulf and
East African parts without a house number, Kenyan boxes, rural delivery, JSON / YAML /
HTML, house names) and their near misses.

Every example is ours (invented streets, buildings and houses; real towns and postcodes)."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.addresses import StreetAddressRecognizer
from sovereign_guard.detect.phone import PhoneNumberRecognizer

ADDR = StreetAddressRecognizer()


def addresses(text: str) -> list[str]:
    """Address spans a default policy acts on (score at or above 0.5)."""
    return [text[r.start : r.end] for r in ADDR.analyze(text, ["STREET_ADDRESS"]) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    # Cyrillic: street, house, flat, town, index in either order.
    ("Адрес: ул. Черёмуховая, д. 14, кв. 3, г. Тверь, 170100",
     "ул. Черёмуховая, д. 14, кв. 3, г. Тверь, 170100"),
    ("625000, г. Тюмень, Берёзовый пер., д. 7, корп. 2", "625000, г. Тюмень, Берёзовый пер., д. 7, корп. 2"),
    ("Доставка: Россия, Пермь, ул. Гончарная, 12-40", "Россия, Пермь, ул. Гончарная, 12-40"),
    ("вул. Липова, 8, кв. 21, м. Полтава, 36000", "вул. Липова, 8, кв. 21, м. Полтава, 36000"),
    # Japanese: prefecture to chome-ban-go, a postmark, a building with its room.
    ("住所は神奈川県横浜市西区みなとみらい2-3-5です", "神奈川県横浜市西区みなとみらい2-3-5"),
    ("〒980-0811 宮城県仙台市青葉区一番町4丁目7番2号", "〒980-0811 宮城県仙台市青葉区一番町4丁目7番2号"),
    ("兵庫県神戸市中央区三宮町1-5-8 つばきハイツ305号室", "兵庫県神戸市中央区三宮町1-5-8 つばきハイツ305号室"),
    # Korean road-name addresses with the building and unit.
    ("주소: 광주광역시 서구 상무대로 88, 203동 1102호", "광주광역시 서구 상무대로 88, 203동 1102호"),
    ("대전광역시 유성구 과학로12번길 9", "대전광역시 유성구 과학로12번길 9"),
    ("Офис: Москва, Тверская ул., д. 9, офис 301", "Москва, Тверская ул., д. 9, офис 301"),
    # Gulf: numbered parts; East Africa: buildings and roads without a number.
    ("Apartment 14, Al Fardan Residences, West Bay, Doha",
     "Apartment 14, Al Fardan Residences, West Bay, Doha"),
    ("Villa 41, Street 18, Al Quoz 2, Dubai", "Villa 41, Street 18, Al Quoz 2, Dubai"),
    ("Flat 12, Building 2240, Road 3611, Block 336, Adliya, Manama",
     "Flat 12, Building 2240, Road 3611, Block 336, Adliya, Manama"),
    ("Deliver to Msonobari House, off Kiambu Road, Runda, Nairobi today",
     "Msonobari House, off Kiambu Road, Runda, Nairobi"),
    ("The Secretary\nMninga Court\nOtieno Oyoo Street\nMilimani\nKisumu\n\nDear Sir,",
     "Mninga Court\nOtieno Oyoo Street\nMilimani\nKisumu"),
    # Kenyan boxes, the postal code and the town after them.
    ("P.O. Box 56221-00200 Nairobi", "P.O. Box 56221-00200 Nairobi"),
    ("P. O. Box 711 - 20100,\nNakuru", "P. O. Box 711 - 20100,\nNakuru"),
    # NZ rural delivery, Icelandic and Belgian streets, Brazilian and Mexican units.
    ("412 Kowhai Valley Road, RD 3, Warkworth 0983", "412 Kowhai Valley Road, RD 3, Warkworth 0983"),
    ("Hverfisgata 44B, 101 Reykjavík", "Hverfisgata 44B, 101 Reykjavík"),
    ("Beukenlaan 19 bus 4, 3000 Leuven", "Beukenlaan 19 bus 4, 3000 Leuven"),
    ("Rua dos Cedros, 310, sala 12, Centro, Campinas/SP, CEP 13010-020",
     "Rua dos Cedros, 310, sala 12, Centro, Campinas/SP, CEP 13010-020"),
    ("Calle Cedro No. 77-B, Fracc. Los Olivos, C.P. 20000 Aguascalientes",
     "Calle Cedro No. 77-B, Fracc. Los Olivos, C.P. 20000 Aguascalientes"),
    # UK house names, a bay before the street.
    ("Bramble Cottage, Orchard Lane, Great Snoring, Fakenham NR21 0HP",
     "Bramble Cottage, Orchard Lane, Great Snoring, Fakenham NR21 0HP"),
    ("Bay 3, 77 Foundry Row, Tacoma, WA 98402", "Bay 3, 77 Foundry Row, Tacoma, WA 98402"),
    # HTML lines.
    ("<address>19 Pewter Lane<br>Kendal<br>LA9 6BT</address>", "19 Pewter Lane<br>Kendal<br>LA9 6BT"),
])
def test_world2_addresses(text, value):
    assert value in addresses(text)


@pytest.mark.parametrize("text, values", [
    ('{"id": 7, "ship_street": "88 Tern Rd", "ship_city": "Eugene", "ship_zip": "97401"}',
     ["88 Tern Rd", "Eugene", "97401"]),
    ("depot:\n  address: Lindeweg 4\n  postal_code: 3011 AD\n  city: Rotterdam\n",
     ["Lindeweg 4", "3011 AD", "Rotterdam"]),
])
def test_structured_fields(text, values):
    found = addresses(text)
    for value in values:
        assert any(value in f for f in found), (value, found)


@pytest.mark.parametrize("text", [
    # Roads named in directions, news or prose without a number or a postal line: not masked.
    "Take Ngong Road towards town and turn left at the second roundabout.",
    "Traffic on Waiyaki Way is heavy after 5 pm.",
    "Проспект Мира — одна из самых длинных улиц Москвы.",
    "Улица Ленина есть почти в каждом городе.",
    "д. 5 в таблице означает дом, кв. означает квартиру.",
    "テヘラン路は有名です。3丁目の夕日は良い映画です。",
    "第6章10節1項を参照してください。",
    "테헤란로는 스타트업 거리로 유명하다. 152번 버스를 타세요.",
    # Bare cities in prose.
    "Our teams in Nairobi, Dubai, Oslo and São Paulo meet on Fridays.",
    "東京と大阪に支店があります。",
    # Unit words in their other senses.
    "Unit 4 tests failed on the CI runner; rerun unit 7.",
    "Villa 12 won the match 3-1 at home.",
    "Street 5 Fighter is a fan-made game mod.",
    "Block 319, Zone 3, and Level 2 are on the game map.",
    "Take Moi Avenue to the bus station, then walk.",
    "PO 45821 was approved for 300 units; Box 3 of the form is optional.",
    "Route 53 health checks failed for 3 minutes.",
    "Upgrade to 6-10-1 firmware before connecting the sensor.",
    '{"street": null, "city": null, "count": 12}',
])
def test_world2_near_misses(text):
    assert addresses(text) == []


def test_kenyan_box_is_not_a_phone_number():
    text = "P.O. Box 30197-00100 Nairobi"
    phones = PhoneNumberRecognizer().analyze(text, ["PHONE_NUMBER"])
    assert phones == []
    assert addresses(text) == [text]
