"""The `world7` set of benchmarks/addresses.py: layouts `ours` .. `world6` lack or cut short.

    python benchmarks/addresses.py --set world7 [--n 600] [--misses]

OURS, synthetic, written BEFORE the detection it measures (figures before and after the
fixes are in the commit messages): romanised Japanese addresses in every order (block
numbers of one to four digits `729-31`, `-chome`, `-ku` / `-shi` / `-cho` / `-machi` / `-gun`,
prefecture, 〒 and the bare 7-digit postcode `980-0811`), Japanese in script (`丁目`, `番地`,
`号室`, `階`), unit, staircase and floor lines between a European street and its postcode
(French `bât.` / `esc.` / `étage` / `appt`, German `OG` / `EG` / `DG` / `Stock` / `Whg.`,
Spanish `piso` / `puerta`, Italian `scala` / `interno` / `piano`, Dutch `verdieping`, English
`Flat` / `Unit` / `Floor`), Chinese rooms after `单元`, `樓之N`, `之N號`, `室` / `房`,
English streets whose name is one fused word (`Maplegrove Rd`), Estonian, Latvian,
Lithuanian and Romanian layouts, Argentine CPA postcodes (`C1424CEE`), Vietnamese, Korean
romanised and Indian (`Sector`, `Nagar`, `Marg`, PIN) layouts, in sentences, letters, JSON
and form lines.

Before any fix (n 600, seed 13): leak 0.284, fully masked 0.557 (266 of 600 prompts leak;
worst Baltic 0.796, Romanian 0.721, form lines 0.519, JSON with a unit 0.510, French /
German unit lines 0.399); near misses (44) STREET_ADDRESS over-mask 0.000 (any masking
finding 0.031).

After the fixes (same command): leak 0.001, fully masked 0.997 (2 of 600 leak: a fused
street with the ambiguous type `Way` alone, and a Japanese building line before the block
in a letter); near misses STREET_ADDRESS over-mask 0.000.

Street, district and building names are composed here from our own roots (trees, flowers,
birds, weather words we picked) and towns are real cities with their public postcode
formats. Nothing comes from Faker, presidio-evaluator or presidio-research, nor from the
earlier sets or any cross-check probe.

Gold: every character of the address (units, floors, building, street, district, town,
prefecture or province, postcode, country). A person's or company's name is not gold.

Near misses (NEAR_MISSES): no address. Version strings, times and dates, game and match
scores, product and part codes, meeting rooms on a floor, chapter and section numbers,
dashed ranges, Chinese quantities with 单元 / 室 / 号 that are not rooms of a building.
"""

from __future__ import annotations

import random

from addresses_sets import Gold, Prompt, generate, pieces
from addresses_sets import num as _n

# -- word stock (ours) -----------------------------------------------------------------------
# Japanese district roots we made up (readable words, not a gazetteer's list).
JP_AREAS = ("Hinodecho", "Aozoradai", "Kaedemachi", "Tsukimino", "Hoshigaoka", "Kawasemi",
            "Sakuradori", "Momijidai", "Kumoicho", "Nagisa", "Ayamedai", "Suzukake")
JP_TOWNS = (("Sendai", "Miyagi", "Aoba-ku", "980"), ("Sapporo", "Hokkaido", "Chuo-ku", "060"),
            ("Kobe", "Hyogo", "Nada-ku", "657"), ("Kanazawa", "Ishikawa", "", "920"),
            ("Hiroshima", "Hiroshima", "Minami-ku", "732"), ("Matsuyama", "Ehime", "", "790"),
            ("Niigata", "Niigata", "Higashi-ku", "950"), ("Okayama", "Okayama", "Kita-ku", "700"),
            ("Yokohama", "Kanagawa", "Kohoku-ku", "222"), ("Kumamoto", "Kumamoto", "Nishi-ku",
                                                          "860"))
JP_BUILDINGS = ("Hinode Heights", "Sakura Mansion", "Aozora Court", "Kaede Residence",
                "Tsubame Haitsu", "Nagisa Tower")
JP_SCRIPT = (("宮城県", "仙台市", "青葉区", "980"), ("北海道", "札幌市", "中央区", "060"),
             ("兵庫県", "神戸市", "灘区", "657"), ("石川県", "金沢市", "", "920"),
             ("広島県", "広島市", "南区", "732"), ("神奈川県", "横浜市", "港北区", "222"),
             ("福岡県", "福岡市", "早良区", "814"), ("京都府", "京都市", "左京区", "606"))
JP_SCRIPT_AREAS = ("日の出町", "青空台", "楓町", "月見野", "星が丘", "桜通", "紅葉台", "雲井町")
JP_SCRIPT_BUILDINGS = ("日の出ハイツ", "さくらマンション", "青空コート", "楓レジデンス")
# European streets we composed; towns real.
FR = (("rue des Glycines", "44000 Nantes"), ("avenue des Mésanges", "49100 Angers"),
      ("rue du Pressoir", "21000 Dijon"), ("allée des Hérons", "35000 Rennes"),
      ("impasse des Coquelicots", "87000 Limoges"), ("chemin des Alouettes", "37000 Tours"))
FR_UNITS = ("bât. {L}", "bât. {L}, esc. {d}", "esc. {d}, {d}e étage", "{d}e étage, appt {n}",
            "appt {n}", "Bâtiment {L}", "Résidence les Tilleuls, bât. {L}", "porte {n}")
DE = (("Lerchenweg", "79098 Freiburg"), ("Holunderstraße", "37073 Göttingen"),
      ("Am Kranichteich", "34117 Kassel"), ("Eschenallee", "24103 Kiel"),
      ("Distelgasse", "93047 Regensburg"), ("Fliederstraße", "99084 Erfurt"))
DE_UNITS = ("{d}. OG", "EG", "DG", "{d}. Stock", "EG links", "{d}. OG rechts", "Whg. {n}",
            "Hinterhaus, {d}. OG", "App. {n}", "c/o Hausverwaltung, {d}. OG")
ES = (("Calle del Almendro", "29001 Málaga"), ("Calle de las Adelfas", "18001 Granada"),
      ("Avenida de los Jazmines", "03001 Alicante"), ("Calle del Mirlo", "47001 Valladolid"))
ES_UNITS = ("piso {d}, puerta {d}", "{d}º {L}", "piso {d}", "esc. {L}, {d}º izq.",
            "puerta {n}", "bajo {L}")
IT = (("Via dei Gelsi", "35121 Padova PD"), ("Via delle Rondini", "37121 Verona VR"),
      ("Viale dei Platani", "43121 Parma PR"), ("Via del Mandorlo", "56121 Pisa PI"))
IT_UNITS = ("scala {L}, interno {d}", "scala {L}", "interno {n}", "piano {d}", "int. {n}",
            "scala {L}, piano {d}, int. {n}")
NL = (("Kastanjelaan", "3512 AB Utrecht"), ("Wilgenstraat", "9711 KL Groningen"))
NL_UNITS = ("{d}e verdieping", "3-hoog", "bus {d}")
UK = (("Thistle Road", "Leeds", "LS6 2AB"), ("Heron Way", "Norwich", "NR2 4TP"),
      ("Bracken Lane", "Exeter", "EX4 3QJ"), ("Sorrel Street", "Derby", "DE1 1RG"))
EN_UNITS = ("Flat {n}", "Unit {n}", "Floor {d}", "Flat {d}, Floor {d}", "Suite {n}",
            "Apartment {n}", "{d}rd Floor", "Ground Floor", "Top Floor Flat", "Unit {n}, Block {L}")
US_TOWNS = (("Fairhaven", "MA", "02719"), ("Laramie", "WY", "82070"), ("Ithaca", "NY", "14850"),
            ("Bend", "OR", "97701"), ("Flagstaff", "AZ", "86001"), ("Athens", "GA", "30601"),
            ("Ames", "IA", "50010"), ("Keene", "NH", "03431"), ("Hood River", "OR", "97031"))
FUSED = ("Maplegrove", "Elmbrook", "Stonebridge", "Foxhollow", "Hollyview", "Ashcombe",
         "Willowmere", "Larkfield", "Oakhurst", "Fernbank", "Birchwood", "Kingsmead",
         "Heatherdale", "Thornbury", "Cedarcrest", "Pinehaven")
FUSED_TYPES = ("Rd", "St", "Ave", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Cres", "Close",
               "Gardens", "Mews", "Rise", "Row", "Grove", "Terrace", "Road", "Street", "Drive")
EE = (("Tamme", "10115 Tallinn"), ("Pärna", "51004 Tartu"), ("Kaseke", "80010 Pärnu"))
LV = (("Liepu iela", "LV-1012", "Rīga"), ("Bērzu iela", "LV-3001", "Jelgava"),
      ("Ozolu iela", "LV-5401", "Daugavpils"))
LT = (("Ąžuolų g.", "LT-44280", "Kaunas"), ("Liepų g.", "LT-01103", "Vilnius"),
      ("Beržų g.", "LT-92100", "Klaipėda"))
RO = (("Str. Teiului", "030167", "București", "sector 3"), ("Str. Macilor", "400001",
      "Cluj-Napoca", "jud. Cluj"), ("Bd. Castanilor", "700101", "Iași", "jud. Iași"),
      ("Str. Salciei", "300011", "Timișoara", "jud. Timiș"))
AR = (("Av. de los Ceibos", "C1424", "CABA"), ("Calle Jacarandá", "X5000", "Córdoba"),
      ("Bv. de las Palmeras", "S2000", "Rosario, Santa Fe"),
      ("Pasaje Los Aromos", "M5500", "Mendoza"), ("Calle Tilo", "B1900", "La Plata"))
VN_STREETS = ("Hoa Sứ", "Cây Bàng", "Hoa Lan", "Sao Mai", "Bình Minh", "Hoa Phượng")
VN_TOWNS = (("Phường {n}", "Quận {d}", "TP. Hồ Chí Minh", "700000"),
            ("Phường Láng Hạ", "Quận Đống Đa", "Hà Nội", "100000"),
            ("Phường Hải Châu 1", "Quận Hải Châu", "Đà Nẵng", "550000"),
            ("Phường An Cựu", "TP. Huế", "Thừa Thiên Huế", "530000"))
KR_ROOTS = ("Hanbit", "Saetbyeol", "Nuri", "Haeorum", "Dasom", "Bomnal", "Gaeul", "Mirae")
KR_TOWNS = (("Bundang-gu, Seongnam-si, Gyeonggi-do", "13529"), ("Mapo-gu, Seoul", "04104"),
            ("Dong-gu, Daegu", "41911"), ("Jung-gu, Busan", "48939"),
            ("Yuseong-gu, Daejeon", "34126"), ("Seo-gu, Gwangju", "61947"))
IN_NAGARS = ("Shanti Nagar", "Kamal Nagar", "Ashok Vihar", "Gulmohar Colony", "Neem Nagar",
             "Chandan Vihar")
IN_MARGS = ("Gulmohar Marg", "Champa Marg", "Kesar Marg", "Pipal Marg")
IN_TOWNS = (("Gurugram", "Haryana", "122016"), ("Noida", "Uttar Pradesh", "201301"),
            ("Jaipur", "Rajasthan", "302006"), ("Pune", "Maharashtra", "411038"),
            ("Bhopal", "Madhya Pradesh", "462016"), ("Chandigarh", "", "160022"),
            ("Lucknow", "Uttar Pradesh", "226010"), ("Indore", "Madhya Pradesh", "452010"))
ZH_CN = (("西安市碑林区", "柿园路"), ("成都市武侯区", "桂溪路"), ("杭州市西湖区", "梧桐街"),
         ("南京市鼓楼区", "银杏路"), ("武汉市洪山区", "枫林大道"), ("广州市天河区", "木棉路"))
ZH_TW = (("台北市大安區", "和風路"), ("新北市板橋區", "文心路"), ("台中市西屯區", "楓香街"),
         ("高雄市苓雅區", "鳳凰路"), ("台南市東區", "榕樹街"))
PEOPLE = ("Haruto Mizuno", "Camille Lefort", "Jonas Brenner", "Lucía Serrano", "Giulia Moretti",
          "Kadri Tamm", "Ioana Dumitrescu", "Tomás Ibarra", "Nguyễn Thu Hà", "Ji-ho Baek",
          "Ananya Iyer", "林雅婷", "王志强")
COMPANIES = ("Kawasemi Trading", "Héron Conseil", "Lerche GmbH", "Mirlo Logística",
             "Rondine Srl", "Hanbit Electronics", "Gulmohar Exports")
CITY_ZH = ("西安", "成都", "杭州", "南京", "台北", "台中")


def _d(rng) -> int:
    return rng.randint(1, 9)


def _fill(template: str, rng) -> str:
    out = template
    while "{L}" in out or "{d}" in out or "{n}" in out:
        out = out.replace("{L}", rng.choice("ABCDEF"), 1).replace("{d}", str(_d(rng)), 1) \
                 .replace("{n}", str(_n(rng, 60)), 1)
    return out


def _jp_pc(rng, head: str) -> str:
    return f"{head}-{rng.randint(0, 9999):04d}"


# -- address layouts --------------------------------------------------------------------------

def _jp_roman(rng):
    """Romanised Japanese: block numbers of many widths, wards, prefectures, postcodes."""
    town, pref, ward, pc = rng.choice(JP_TOWNS)
    area = rng.choice(JP_AREAS)
    ward_part = f"{ward}, " if ward else ""
    k = rng.randrange(8)
    if k == 0:
        return f"{_n(rng, 999)}-{_n(rng, 60)} {area}, {ward_part}{town}, {pref} {_jp_pc(rng, pc)}"
    if k == 1:
        return f"{_n(rng, 9)}-{_n(rng, 30)}-{_n(rng, 20)} {area}, {ward_part}{town}-shi, " \
               f"{pref}-ken 〒{_jp_pc(rng, pc)}"
    if k == 2:
        return f"{area} {_n(rng, 5)}-chome {_n(rng, 30)}-{_n(rng, 20)}, {ward_part}{town}, {pref}"
    if k == 3:
        return f"〒{_jp_pc(rng, pc)} {pref}, {town}, {ward_part}{area} {_n(rng, 9)}-" \
               f"{_n(rng, 30)}-{_n(rng, 20)}"
    if k == 4:
        return f"Room {_n(rng, 9)}0{_n(rng, 9)}, {rng.choice(JP_BUILDINGS)}, {_n(rng, 9)}-" \
               f"{_n(rng, 30)}-{_n(rng, 20)} {area}, {ward_part}{town} {_jp_pc(rng, pc)}, Japan"
    if k == 5:
        return f"{_n(rng, 2999)}-{_n(rng, 9)} {area}-machi, {town}-shi, {pref}-ken " \
               f"{_jp_pc(rng, pc)}"
    if k == 6:
        return f"{_n(rng, 999)}-{_n(rng, 60)} {area}\n{ward_part}{town}, {pref} {_jp_pc(rng, pc)}"
    return f"{_n(rng, 1999)} {area}, {rng.choice(('Kamikawa-gun', 'Aso-gun', 'Ono-cho'))}, " \
           f"{pref} {_jp_pc(rng, pc)}"


def _jp_script(rng):
    """Japanese in script: prefecture, city, ward, district, 丁目 / 番地 / 号, building, room."""
    pref, city, ward, pc = rng.choice(JP_SCRIPT)
    area = rng.choice(JP_SCRIPT_AREAS)
    k = rng.randrange(6)
    if k == 0:
        return f"〒{_jp_pc(rng, pc)} {pref}{city}{ward}{area}{_n(rng, 9)}-{_n(rng, 30)}-" \
               f"{_n(rng, 20)}"
    if k == 1:
        return f"{pref}{city}{ward}{area}{_n(rng, 5)}丁目{_n(rng, 30)}番{_n(rng, 20)}号 " \
               f"{rng.choice(JP_SCRIPT_BUILDINGS)}{_n(rng, 9)}0{_n(rng, 9)}号室"
    if k == 2:
        return f"{pref}{city}{ward}{area}{_n(rng, 9)}-{_n(rng, 30)}-{_n(rng, 20)} " \
               f"{rng.choice(JP_SCRIPT_BUILDINGS)}{_n(rng, 12)}階"
    if k == 3:
        return f"{city}{ward}{area}{_n(rng, 999)}番地{_n(rng, 30)}"
    if k == 4:
        return f"〒{_jp_pc(rng, pc)}\n{pref}{city}{ward}{area}{_n(rng, 5)}丁目{_n(rng, 30)}-" \
               f"{_n(rng, 20)}"
    return f"{pref}{city}{ward}{area}{_n(rng, 5)}-{_n(rng, 30)}-{_n(rng, 20)}-{_n(rng, 9)}0" \
           f"{_n(rng, 9)}"


def _fr_de(rng):
    """A unit, staircase or floor line between a French or German street and its postcode."""
    sep = rng.choice((", ", "\n"))
    tail = rng.choice((", ", "\n"))
    if rng.random() < 0.5:
        street, pc = rng.choice(FR)
        return f"{_n(rng, 120)} {street}{sep}{_fill(rng.choice(FR_UNITS), rng)}{tail}{pc}"
    street, pc = rng.choice(DE)
    return f"{street} {_n(rng, 90)}{sep}{_fill(rng.choice(DE_UNITS), rng)}{tail}{pc}"


def _es_it_nl(rng):
    sep = rng.choice((", ", "\n"))
    tail = rng.choice((", ", "\n"))
    k = rng.randrange(3)
    if k == 0:
        street, pc = rng.choice(ES)
        return f"{street}, {_n(rng, 120)}{sep}{_fill(rng.choice(ES_UNITS), rng)}{tail}{pc}"
    if k == 1:
        street, pc = rng.choice(IT)
        return f"{street} {_n(rng, 120)}{sep}{_fill(rng.choice(IT_UNITS), rng)}{tail}{pc}"
    street, pc = rng.choice(NL)
    return f"{street} {_n(rng, 120)}{sep}{_fill(rng.choice(NL_UNITS), rng)}{tail}{pc}"


def _en_units(rng):
    """English units and floors after the street, on its line or their own."""
    unit = _fill(rng.choice(EN_UNITS), rng)
    sep = rng.choice((", ", "\n"))
    if rng.random() < 0.5:
        road, town, pc = rng.choice(UK)
        return f"{_n(rng, 200)} {road}{sep}{unit}\n{town} {pc}"
    town, st, z = rng.choice(US_TOWNS)
    return f"{_n(rng, 9999)} {rng.choice(FUSED)} {rng.choice(('Avenue', 'Street', 'Road'))}" \
           f"{sep}{unit}{rng.choice((', ', chr(10)))}{town}, {st} {z}"


def _zh_rooms(rng):
    """Chinese rooms after 单元, 樓之N, 之N號, 室 / 房, 号楼, 栋."""
    k = rng.randrange(8)
    city, road = rng.choice(ZH_CN)
    tcity, troad = rng.choice(ZH_TW)
    if k == 0:
        return f"{city}{road}{_n(rng, 400)}号{_d(rng)}单元{_d(rng)}0{_d(rng)}"
    if k == 1:
        return f"{city}{road}{_n(rng, 400)}号{_d(rng)}单元{_d(rng)}0{_d(rng)}室"
    if k == 2:
        return f"{tcity}{troad}{_n(rng, 300)}號{_n(rng, 15)}樓之{_d(rng)}"
    if k == 3:
        return f"{tcity}{troad}{rng.choice('一二三')}段{_n(rng, 300)}巷{_n(rng, 30)}號之{_d(rng)}"
    if k == 4:
        return f"{city}{road}{_n(rng, 200)}号{_n(rng, 20)}栋{_d(rng)}单元{_n(rng, 30)}0{_d(rng)}房"
    if k == 5:
        return f"{city}{road}{_n(rng, 200)}号院{_n(rng, 9)}号楼{_d(rng)}单元{_d(rng)}0{_d(rng)}"
    if k == 6:
        return f"{tcity}{troad}{_n(rng, 300)}號{_n(rng, 12)}樓{_n(rng, 20)}室"
    return f"{city}{road}{_n(rng, 200)}号{_d(rng)}幢{_d(rng)}0{_d(rng)}室"


def _fused(rng):
    """English streets whose name is one fused word: `42 Maplegrove Rd`."""
    town, st, z = rng.choice(US_TOWNS)
    street = f"{_n(rng, 9999)} {rng.choice(FUSED)} {rng.choice(FUSED_TYPES)}"
    k = rng.randrange(4)
    if k == 0:
        return f"{street}, {town}, {st} {z}"
    if k == 1:
        road, t, pc = rng.choice(UK)
        kind = ('Close', 'Mews', 'Rise', 'Gardens')
        return f"{_n(rng, 90)} {rng.choice(FUSED)} {rng.choice(kind)}, {t} {pc}"
    if k == 2:
        return f"{street}\n{town}, {st} {z}"
    return street


def _baltic(rng):
    k = rng.randrange(5)
    if k == 0:
        street, tail = rng.choice(EE)
        return f"{street} tn {_n(rng, 90)}-{_n(rng, 40)}, {tail}, Estonia"
    if k == 1:
        street, tail = rng.choice(EE)
        return f"{street} {_n(rng, 90)}, {tail}"
    if k == 2:
        street, pc, town = rng.choice(LV)
        return f"{street} {_n(rng, 120)} - {_n(rng, 40)}, {town}, {pc}"
    if k == 3:
        street, pc, town = rng.choice(LT)
        return f"{street} {_n(rng, 90)}-{_n(rng, 40)}, {pc} {town}"
    street, pc, town = rng.choice(LT)
    return f"{street} {_n(rng, 90)}\n{pc} {town}, Lithuania"


def _romania(rng):
    street, pc, town, county = rng.choice(RO)
    k = rng.randrange(4)
    if k == 0:
        return f"{street} nr. {_n(rng, 90)}, bl. {rng.choice('ABCM')}{_d(rng)}, sc. {_d(rng)}, " \
               f"et. {_d(rng)}, ap. {_n(rng, 60)}, {county}, {town} {pc}"
    if k == 1:
        return f"{street} nr. {_n(rng, 90)}, {pc} {town}, {county}"
    if k == 2:
        return f"{street.replace('Str.', 'Strada').replace('Bd.', 'Bulevardul')} {_n(rng, 90)}" \
               f", {town} {pc}, Romania"
    return f"{street} {_n(rng, 90)}, ap. {_n(rng, 40)}\n{pc} {town}"


def _argentina(rng):
    street, cpa, town = rng.choice(AR)
    full = cpa + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    k = rng.randrange(4)
    if k == 0:
        return f"{street} {_n(rng, 5999)}, piso {_d(rng)} dto. {rng.choice('ABCD')}, {full} {town}"
    if k == 1:
        return f"{street} {_n(rng, 5999)}, {full} {town}, Argentina"
    if k == 2:
        return f"{street} {_n(rng, 5999)}\n{full} {town}"
    return f"{street} nº {_n(rng, 5999)}, {cpa} {town}"


def _vietnam(rng):
    ward, district, city, pc = rng.choice(VN_TOWNS)
    ward, district = _fill(ward, rng), _fill(district, rng)
    street = rng.choice(VN_STREETS)
    k = rng.randrange(4)
    if k == 0:
        return f"Số {_n(rng, 200)} Ngõ {_n(rng, 90)} Phố {street}, {ward}, {district}, {city}"
    if k == 1:
        return f"{_n(rng, 300)} Đường {street}, {ward}, {district}, {city} {pc}"
    if k == 2:
        return f"{_n(rng, 90)}/{_n(rng, 30)} {street}, {ward}, {district}, {city}"
    return f"{_n(rng, 300)} {street} Street, {ward.replace('Phường', 'Ward')}, " \
           f"{district.replace('Quận', 'District')}, {city}, Vietnam"


def _korea(rng):
    gu, pc = rng.choice(KR_TOWNS)
    root = rng.choice(KR_ROOTS)
    k = rng.randrange(4)
    if k == 0:
        return f"{_n(rng, 90)}, {root}-ro {_n(rng, 90)}beon-gil, {gu} {pc}"
    if k == 1:
        return f"Apt {_n(rng, 120)}-{_n(rng, 9)}0{_n(rng, 9)}, {_n(rng, 300)} {root}-ro, {gu} {pc}"
    if k == 2:
        return f"{_n(rng, 300)} {root}-daero, {gu}, {pc}, Republic of Korea"
    return f"Room {_n(rng, 9)}0{_n(rng, 9)}, {_n(rng, 40)} {root}-gil, {gu}"


def _india(rng):
    town, state, pin = rng.choice(IN_TOWNS)
    state_part = f", {state}" if state else ""
    k = rng.randrange(6)
    if k == 0:
        return f"House No. {_n(rng, 900)}, Sector {_n(rng, 60)}, {town}{state_part} {pin}"
    if k == 1:
        return f"Flat {_n(rng, 9)}0{_n(rng, 9)}, {rng.choice(('Shanti', 'Kesar', 'Neelkamal'))} " \
               f"Apartments, {rng.choice(IN_NAGARS)}, {town} - {pin}"
    if k == 2:
        return f"{_n(rng, 90)}, {rng.choice(IN_MARGS)}, Civil Lines, {town}{state_part} - {pin}"
    if k == 3:
        return f"Plot {_n(rng, 200)}, {rng.choice(IN_NAGARS)}, {town}{state_part}, " \
               f"PIN: {pin}"
    if k == 4:
        return f"{rng.choice('ABCD')}-{_n(rng, 200)}, Sector {_n(rng, 60)}, {town}, {pin}"
    return f"{_n(rng, 90)}/{_n(rng, 9)}, {rng.choice(IN_NAGARS)}\n{town}{state_part} {pin}\nIndia"


LAYOUTS = {
    "jp-roman": _jp_roman, "jp-script": _jp_script, "fr-de-units": _fr_de,
    "es-it-nl-units": _es_it_nl, "en-units": _en_units, "zh-rooms": _zh_rooms,
    "fused-street": _fused, "baltic": _baltic, "romania": _romania, "argentina": _argentina,
    "vietnam": _vietnam, "korea": _korea, "india": _india,
}
FRAMES = (
    "Please send the parcel to {a}.",
    "My new address: {a}",
    "{a}",
    "Could you check this address? {a}",
    "Rechnungsadresse / billing address:\n{a}\n\nDanke!",
    "We stayed at {a} for two weeks.",
    "Deliver to:\n{a}",
    "{org}\n{a}\n\nDear colleague,",
    "Customer record updated: {a} (verified by phone)",
    "The keys are at {a}, ask the caretaker.",
)
ZH_FRAMES = ("请寄到{a}，谢谢。", "地址：{a}", "{a}", "我住在{a}。", "收件地址：{a}\n电话稍后提供")


def _frame(layout: str, rng: random.Random) -> str:
    if layout in ("zh-rooms", "jp-script") and rng.random() < 0.6:
        return rng.choice(ZH_FRAMES)
    return rng.choice(FRAMES).replace("{org}", rng.choice(COMPANIES))


# -- structured layouts ------------------------------------------------------------------------

def _json_unit(rng) -> tuple[str, Gold]:
    """A JSON order whose one-line address holds a floor or unit before its postcode."""
    street, pc = rng.choice(DE)
    a = f"{street} {_n(rng, 90)}, {_fill(rng.choice(DE_UNITS), rng)}, {pc}"
    return pieces([('{"order": "A-', False), (f"{_n(rng, 9000)}", False),
                   ('", "shipTo": "', False), (a, True), ('", "express": true}', False)])


def _letter(rng) -> tuple[str, Gold]:
    """A letter head: name, the address on three or four lines, a date."""
    k = rng.randrange(3)
    if k == 0:
        street, pc = rng.choice(FR)
        a = f"{_n(rng, 90)} {street}\n{_fill(rng.choice(FR_UNITS), rng)}\n{pc}\nFrance"
    elif k == 1:
        town, pref, ward, pc = rng.choice(JP_TOWNS)
        a = f"{rng.choice(JP_BUILDINGS)} {_n(rng, 9)}0{_n(rng, 9)}\n{_n(rng, 9)}-{_n(rng, 30)}-" \
            f"{_n(rng, 20)} {rng.choice(JP_AREAS)}\n{(ward + ', ') if ward else ''}{town}, " \
            f"{pref} {_jp_pc(rng, pc)}"
    else:
        street, pc = rng.choice(IT)
        a = f"{street} {_n(rng, 90)}\n{_fill(rng.choice(IT_UNITS), rng)}\n{pc}"
    return pieces([(f"{rng.choice(PEOPLE)}\n", False), (a, True),
                   (f"\n\n{_n(rng, 28)} March 2026\n\nDear Sir or Madam,", False)])


def _form_line(rng) -> tuple[str, Gold]:
    """Form lines: street, unit and town as separate labelled values."""
    street, pc = rng.choice(ES)
    unit = _fill(rng.choice(ES_UNITS), rng)
    code, town = pc.split(" ", 1)
    return pieces([("Dirección: ", False), (f"{street}, {_n(rng, 120)}", True),
                   ("\nPiso/puerta: ", False), (unit, True), ("\nCódigo postal: ", False),
                   (code, True), ("\nCiudad: ", False), (town, True)])


STRUCTURED = {"json-unit": _json_unit, "letter": _letter, "form-line": _form_line}


def build(n: int, seed: int) -> list[Prompt]:
    """(layout, text, gold spans) per prompt, one layout after another."""
    names = list(LAYOUTS) + list(STRUCTURED)
    return generate(n, seed, lambda i: names[i % len(names)], LAYOUTS, STRUCTURED, _frame)


# -- near misses: no address anywhere -----------------------------------------------------------
NEAR_MISSES = (
    # Versions, builds and dashed numbers.
    "Upgrade to 729-31 build of the firmware; 3.12-2 is deprecated.",
    "Release 2-4-1 fixes the crash in the Sakura renderer.",
    "Run pytest -k test_12 -x; 980-0811 tests passed in 12.3 s.",
    "The ticket range 120-45 to 120-60 is assigned to the Kobe team.",
    "Error codes 404-12 and 500-3 appeared in the Aoba service logs.",
    # Times and dates.
    "The call is at 10:30 JST, 2026-03-04; Sendai joins at 11:00.",
    "Shift 7-3-11 rota: Monday to Wednesday, 22:00-06:00.",
    "Deadline 12.03.2026, second reminder 19.03.2026.",
    # Game and match scores.
    "Final score 3-1-2 after extra time; Sapporo won on penalties.",
    "Vissel Kobe 2-1 Sanfrecce Hiroshima, attendance 21,500.",
    "Set scores 6-4, 3-6, 7-5 in the Vilnius final.",
    "Lerchenweg FC lost 0-2 to Freiburg II on Saturday.",
    # Product and part codes.
    "Part C1424CEE is out of stock; order B1900XYZ instead.",
    "SKU LV-1012 and LT-44280 ship from the Riga warehouse.",
    "Model 4-5-6 Maplegrove edition, 12 units left.",
    "Order 123-4567 confirmed, tracking 980-0811-22.",
    # Meeting rooms and floors, named not addressed.
    "Floor 3 meeting room is booked from 2 pm to 4 pm.",
    "The workshop is on the 2. OG, room 12, bring your laptop.",
    "Unit 4 covers fractions; Floor 2 is closed for painting.",
    "Le rendez-vous est au bât. C, salle 4, à 14 h.",
    "Meet at scala B of the Colosseum tour at 9 am.",
    "Suite 12 of the test plan failed on build 3.",
    # Chapters, sections, references.
    "See chapter 3-2-1 and section 4.5 of the Aozora manual.",
    "Sector 21 of the index fund gained 2.4% this quarter.",
    "Article 12, paragraph 3, of the Romanian civil code.",
    "Figure 5-12 shows the Hinode network topology.",
    # Measurements and quantities.
    "The room is 4.5 m x 3.2 m on the 3rd floor plan drawing.",
    "Mix 2 parts cement, 3 parts sand, 1 part water.",
    "Pipe 12-3/4 in, rated 150 psi, 20 ft lengths.",
    # Sports and travel without an address.
    "Flight JL 123 from Sendai departs Gate 12 at 18:40.",
    "Train Shinkansen 45 to Okayama, car 7, seat 12-A.",
    "Marathon split: 10 km in 42:13, 21 km in 1:29:05.",
    # Street words in ordinary prose.
    "Maplegrove Rd is a new podcast about urban gardening.",
    "The Hollyview Ave album went gold in 2024.",
    "We read 'Sector 7' and 'Nagar Tales' in the book club.",
    # Chinese quantities that are not rooms.
    "第3单元测验安排在下周一，共20题。",
    "本次活动共有5个单元，每个单元30分钟。",
    "会议室302室明天下午开会，请准时。",
    "他买了3号电池和5号电池各两节。",
    "第2樓之後的章節請自行閱讀。",
    # Japanese that is not an address.
    "第3章1-2-3節を読んでください。",
    "価格は1-2-3プランで月額980円です。",
    "東京タワーは高さ333メートルです。",
    "試合は3-1で札幌が勝ちました。",
)
