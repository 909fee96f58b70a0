"""Street addresses in Cyrillic, Japanese and Korean script.

- Russian, Ukrainian, Belarusian: `ул. Ленина, д. 5, кв. 12, г. Казань, 420111`,
  `вул. Соснова, 14, кв. 7, м. Київ, 02000` (Почта России's and Укрпошта's layouts: street
  type, name, house, flat, town, index, in either order);
- Japanese: `〒106-0032 東京都港区六本木6-10-1 さくらハイツ203`, `3丁目2番1号` (Japan Post);
- Korean road-name addresses: `서울특별시 강남구 테헤란로 152, 101동 1203호` (Korea Post).

Each family runs only when its script and its street keyword or number shape are in the text
(one regex search); its anchor is a street (or block) with a house number, so a street, a
town or a ward named in prose (`Проспект Мира — одна из улиц`, `테헤란로는`, `六本木は`) is
not an address. From the anchor the block is extended over the parts written before and
after it, each part matched right at the previous one's edge.
"""

from __future__ import annotations

from .common import compiled

# -- Cyrillic ----------------------------------------------------------------------------------
_CYR = "А-Яа-яЁёІіЇїЄєҐґЎў"
_CAP = "[А-ЯЁІЇЄҐЎ]"
_CWORD = rf"{_CAP}[{_CYR}'’-]{{1,24}}"
_CNAME = rf"(?:{_CWORD}|\d{{1,2}}-?(?:я|й|го|а))(?:[ \t]{_CWORD}){{0,2}}"  # `8 Марта`: no
# Street types, abbreviated or not (Russian, Ukrainian, Belarusian).
_STREET_TYPE = (
    r"(?:ул\.|улица|вул\.|вулиця|пр-т|пр-кт|просп\.|проспект|пр\.|пер\.|переулок|пров\.|провулок|"
    r"ш\.|шоссе|шосе|б-р|бул\.|бульв\.|бульвар|наб\.|набережная|набережна|пл\.|площадь|площа|"
    r"проезд|пр-д|туп\.|тупик|мкр\.|микрорайон|мкрн\.|алл\.|аллея|алея|узвіз|спуск)"
)
_HOUSE = r"\d{1,4}[а-яА-Яa-z]?(?:[-/]\d{1,4}[а-яa-z]?)?"
# A part of the block after the street: house, building, flat, office, floor, a town, an index.
_UNIT = (r"(?:д\.|дом|буд\.|будинок|корп\.|корпус|к\.|стр\.|строение|кв\.|квартира|оф\.|офис|офіс|"
         r"эт\.|этаж|пов\.|під'?їзд|под\.|кімн\.|комн\.|пом\.|лит\.)[ \t]?" + _HOUSE)
_TOWN = (rf"(?:(?:г\.|город|м\.|місто|с\.|село|пос\.|пгт|смт|дер\.)[ \t]?{_CNAME}"
         rf"|{_CWORD}(?:[ \t](?:обл\.|область|р-н|район|край))?)")
_COUNTRY = r"(?:Россия|Российская[ \t]Федерация|РФ|Україна|Украина|Беларусь|Казахстан)"
_INDEX = r"\d{5,6}(?![\w])"
CYR_GATE = compiled(rf"(?<![{_CYR}])(?i:{_STREET_TYPE})[ \t]?{_CAP}|{_CAP}[{_CYR}]+[ \t]"
                    rf"{_STREET_TYPE}")
# The street with its house: `ул. Ленина, д. 5`, `вул. Хрещатик, 22`, `Кленовый пер., д. 3`,
# `просп. Свободи 21`.
CYR_STREET = compiled(
    rf"(?<![{_CYR}\w])(?:(?i:{_STREET_TYPE})[ \t]?{_CNAME}|{_CNAME}[ \t]{_STREET_TYPE})"
    rf",?[ \t]{{1,2}}(?:{_UNIT}|{_HOUSE}(?![\w]))"
)
_CYR_PART = rf"(?:{_UNIT}|{_TOWN}|{_COUNTRY}|{_INDEX})"
CYR_AFTER = compiled(rf"(?:,?[ \t]{{1,2}}{_UNIT}|,[ \t]{{0,2}}{_CYR_PART}(?![{_CYR}]))")
CYR_BEFORE = compiled(rf"(?:{_CYR_PART},[ \t]{{0,2}}){{1,5}}$")

# -- Japanese ----------------------------------------------------------------------------------
_KANA_KANJI = "\u3040-\u30ff\u4e00-\u9fff\u3005\u30fc"
# The same without the particles that end a phrase before an address (`住所は`, `東京に`).
_PLACE_CHAR = "(?:(?![はをにへで])[\u3040-\u30ff\u4e00-\u9fff\u3005\u30fc])"
_D = "[0-9０-９]"
_DASH = "[-－ー‐−]"
# chome-ban-go: `6-10-1`, `3丁目2番1号`, `3丁目2-1`, `1-2`, a flat's number after the go
# (`2-10-2-709`); a rural lot's banchi (`415番地29`, `415番地の2`).
JP_NUMBER = compiled(
    rf"(?<=[{_KANA_KANJI}])(?:{_D}{{1,2}}(?:丁目|{_DASH})[ \t]?{_D}{{1,4}}"
    rf"(?:(?:番地?|{_DASH}){_D}{{1,4}}号?(?:{_DASH}{_D}{{1,4}})?|番地?)?"
    rf"|{_D}{{1,4}}番地(?:の?{_D}{{1,4}}号?)?)(?![0-9０-９])"
)
JP_GATE = compiled(rf"[{_KANA_KANJI}]{_D}{{1,4}}(?:丁目|{_DASH}{_D}|番地)")
# What comes before the number: prefecture, city, ward, district (kana or kanji), the postcode.
JP_BEFORE = compiled(
    rf"(?:〒[ \t]?\d{{3}}-?\d{{4}}[ \t\n　]{{0,3}})?{_PLACE_CHAR}{{2,30}}$"
)
JP_ADMIN = compiled(r"[都道府県市区町村郡]")
# After it: a building with its room or floor (`さくらハイツ203号室`, `グリーンビル4階`).
JP_AFTER = compiled(
    rf"[ \t　]{{0,2}}(?:{_PLACE_CHAR}|[A-Za-z]){{1,16}}[ \t]?{_D}{{1,4}}(?:号室|号|階|F)?(?![0-9])"
)

# -- Korean ------------------------------------------------------------------------------------
_HANGUL = "\uac00-\ud7a3"
# The road with the building number: `테헤란로 152`, `은행나무로18번길 45`, `동성로 12길 5`.
KR_ROAD = compiled(
    rf"(?<![{_HANGUL}])[{_HANGUL}0-9]{{1,12}}(?:로|길)(?:[ \t]?\d{{1,3}}(?:번)?길)?"
    r"[ \t]\d{1,4}(?:-\d{1,4})?(?![\d])"
)
KR_GATE = compiled(rf"[{_HANGUL}](?:로|길)[ \t]\d")
KR_BEFORE = compiled(
    rf"(?:[{_HANGUL}]{{1,8}}(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구|읍|면|동|리)"
    r"[ \t]{1,2}){1,4}$"
)
KR_AFTER = compiled(
    rf"(?:,?[ \t]{{0,2}}\d{{1,4}}동)?(?:[ \t]{{0,2}}\d{{1,5}}호)?"
    rf"(?:[ \t]{{0,2}}\([{_HANGUL}0-9, ]{{1,16}}\))?"  # `(상암동)`
)


def _extend_after(text: str, end: int, part) -> int:
    for _ in range(8):
        m = part.match(text, end)
        if m is None or m.end() == end:
            break
        end = m.end()
    return end


def cyrillic(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of Cyrillic street addresses; [] unless a street type is there."""
    if CYR_GATE.search(text) is None:
        return []
    out = []
    for m in CYR_STREET.finditer(text):
        start, end = m.start(), _extend_after(text, m.end(), CYR_AFTER)
        before = CYR_BEFORE.search(text, max(0, start - 90), start)
        if before is not None:
            start = before.start()
        out.append((start, end, 1.0 if (before or end > m.end()) else 0.6))
    return out


def japanese(text: str) -> list[tuple[int, int, float]]:
    """Japanese native-script addresses: a chome-ban-go number after a place with a
    prefecture, city, ward or town character in it."""
    if JP_GATE.search(text) is None:
        return []
    out = []
    for m in JP_NUMBER.finditer(text):
        before = JP_BEFORE.search(text, max(0, m.start() - 48), m.start())
        if before is None or JP_ADMIN.search(before.group()) is None:
            continue  # `3丁目の夕日`, `第6章`: no place before the number
        after = JP_AFTER.match(text, m.end())
        end = after.end() if after else m.end()
        out.append((before.start(), end, 0.85))
    return out


def korean(text: str) -> list[tuple[int, int, float]]:
    """Korean road-name addresses: a road with its building number, after the city and
    district (an address alone at 0.5)."""
    if KR_GATE.search(text) is None:
        return []
    out = []
    for m in KR_ROAD.finditer(text):
        before = KR_BEFORE.search(text, max(0, m.start() - 60), m.start())
        after = KR_AFTER.match(text, m.end())
        end = after.end() if after else m.end()
        start = before.start() if before else m.start()
        out.append((start, end, 0.85 if before else 0.5))
    return out
