"""STREET_ADDRESS in Chinese text, and Taiwanese addresses written in romanised English.

Chinese addresses run from the largest unit to the smallest: postcode, 省/市/縣/區/鄉/鎮/村/里,
the road (路/街/大街/大道/胡同), 段, 巷, 弄, 號, 樓, 室, optionally spaced. Where the road's
name starts is where LAC's word starts (`住在|信義路` vs `網路`), so the grammar is matched
on the right (road suffix and numbered units, a regex) and extended to the left over LAC's
place words and administrative units. A road counts as an address with a house number, a
lane or section after it, or an administrative unit before it; `路由器`, `網路`, `一路上`
have neither.

Romanised Taiwanese addresses (`5F, No. 100, Sec. 1, Zhongxiao E. Rd., Da'an Dist., Taipei
City 106`) follow the post office's English order: floor, number, alley, lane, section, road,
district, city, postcode.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult

from . import addresses_zh as zh_units
from .common import CJK, CONTEXT_BOOST, compiled, has_cjk, near, result, words_regex
from .zh_lac import Token, lac_tokens, simplified

ENTITY = "STREET_ADDRESS"

_NUM = zh_units.NUM
_SP = zh_units.SP
# Numbered units after a road: 段 巷 弄 號 (之N), then floor, building, unit, room. A
# section may carry a direction (光明六路東一段, 松仁路東段).
_UNITS = (
    rf"(?:{_SP}(?:[東西南北东]{_SP}(?:{_NUM})?|{_NUM}){_SP}段)?(?:{_SP}{_NUM}{_SP}巷)?(?:{_SP}{_NUM}{_SP}弄)?"
    rf"(?:{_SP}{_NUM}{_SP}(?:號|号)(?!碼|码|線|线|機|机|樓|楼)(?:之{_NUM}|院)?)?"
)
_BARE_FLAT = zh_units.BARE_FLAT
# A building's name may hold 之 (創紀之城) but not start with it (號之3); a phase (1期)
# follows some; then block, unit, floor and flat (addresses_zh's grammar).
_BUILDING = (
    rf"(?:{_SP}(?![的之])[{CJK}A-Za-z](?:(?!的)[{CJK}A-Za-z]){{0,9}}?(?:大廈|大厦|大樓|大楼|中心|廣場|广场|花園|花园|小區|小区|"
    rf"社區|社区|公寓|新村|城|園區|园区|苑|府|邸))?"
    rf"(?:{_SP}{_NUM}{_SP}期)?"
    rf"{zh_units.UNITS_AFTER}"
)
# Hong Kong names some buildings with a number (溱岸8號): after a road's house number, a
# name and a number is the building when a block or a floor follows it.
_NUMBERED_BUILDING = (
    rf"(?:{_SP}[{CJK}]{{1,6}}?{_NUM}{_SP}(?:號|号)(?={_SP}(?:第?[0-9A-Z一二三四五六七八九十]{{1,4}}"
    rf"{_SP}座|{_NUM}{_SP}(?:樓|楼|層|层))))?{_BUILDING}"
)
# A subdistrict named after its road (学院路街道) takes the road's place before the numbers.
# 道 alone ends a road only before a house number (高新南一道9号, Hong Kong's 皇后大道中),
# or after a direction and an ordinal, the way planned districts number their roads
# (高新南七道, 科技北二道).
_ROAD = compiled(
    rf"(?P<suffix>大道|大街|路|街(?!道)|胡同|道(?={_SP}{_NUM}{_SP}(?:號|号))"
    r"|(?<=[東西南北东][一二三四五六七八九十])道)(?:街道)?"
    rf"(?P<units>{_UNITS}){_NUMBERED_BUILDING}"
)
# A house number without a road before it: 村12號, 大樓12號5樓, 8鄰12號.
_HOUSE = compiled(
    rf"(?:{_NUM}{_SP}(?:鄰|邻){_SP})?{_NUM}{_SP}(?:號|号)(?!碼|码|線|线|機|机|稱|称|召|角)"
    rf"(?:之{_NUM})?{_BUILDING}"
)
_NUMBERED = compiled(rf"{_NUM}{_SP}(?:段|巷|弄|號|号)")
_ADMIN_END = "省市縣县區区鄉乡鎮镇村里鄰邻"
_PLACE_TAGS = frozenset(("LOC", "ns", "nz", "ORG", "nt"))
_POSTCODE = compiled(r"[0-9]{3}(?:[0-9]{2,3})?")
_TRIGGER = compiled(r"[路街道同號号邨]")
# Hong Kong's public housing estates (邨) and their blocks: 下邨龍昌樓12座, 石硤尾邨美映樓.
_ESTATE = compiled(
    rf"邨(?:[{CJK}]{{1,4}}?(?:樓|楼|閣|阁|苑|軒|轩))?(?:{_SP}[0-9A-Z]{{1,3}}{_SP}座)?{_BUILDING}")
_SUBDISTRICT = ("街道", "社區", "社区")
_NOT_ROAD_TAGS = frozenset(("v", "vd", "vn", "p", "d", "u", "c", "r", "ad", "a", "w", "xc"))
_ROAD_END = compiled(r"(?:大道|大街|路|街|胡同)$")
_AFTER_ROAD = "上旁口"
_AT_PLACE = "在於于到至經经沿往近"  # 住在, 位於, 沿著 end in one of these
_ROAD_START = compiled(r"[路街](?:上|旁|口)")
_NOT_ROAD_END = ("之路", "公路", "铁路", "马路")  # 中山路 and 學院路 end in words too: whole only
_NOT_ROADS = frozenset(("康庄大道", "阳关大道", "光明大道", "金光大道", "林荫大道", "华尔街",
                        "唐人街", "一带一路", "必由之路", "十字路"))
_COMMON = frozenset(("n", "l", "v", "vn", "a", "i", "d"))
# Names before 路/街 that say what kind of road it is, not which one (Simplified).
_GENERIC_ROAD_NAMES = frozenset((
    "柏油", "水泥", "石板", "碎石", "泥土", "步行", "商业", "美食", "小吃", "购物", "酒吧", "商店",
    "高速", "快速", "单行", "乡间", "林荫", "山间", "羊肠", "老", "主干", "支", "辅"))
# A count of kilometres or miles ends in 里 like a Taiwanese village (五十公里).
_DISTANCE = ("公里", "英里", "海里", "千里", "万里", "萬里")
# A postcode before a Chinese address: 3, 5 or 6 digits and a space, then a place word.
# Taiwan's 3+2 and 3+3 forms may carry a hyphen (104-91).
_POSTCODE_BEFORE = compiled(
    r"(?<![0-9A-Za-z-])(?:[0-9]{6}|[0-9]{5}|[0-9]{3}(?:-[0-9]{2,3})?)[ \t]{1,2}$")
# A PRC postcode after the address, as envelopes print it last (…天河路385号 510620).
_POSTCODE_AFTER = compiled(r"[ \t]{1,2}[0-9]{6}(?![0-9A-Za-z年月日])")
_ADMIN_START = compiled(rf"[{CJK}]{{1,8}}?[省市縣县區区]")
_VILLAGE_GATE = compiled(r"[里村][ \t]?[0-9０-９一二三四五六七八九十]")
_VILLAGE = compiled(rf"(?:(?![{_ADMIN_END}])[{CJK}]){{1,3}}[里村]{_SP}{_NUM}{_SP}[鄰邻]")
# A block of a residential estate, then unit and flat (阳光花园小区3栋2单元401, 8号楼1单元602室):
# the estate's name is LAC's place word before it; the flat may be a bare number after 单元.
_BLOCK = compiled(
    rf"[0-9A-Za-z０-９一二三四五六七八九十]{{1,4}}{_SP}(?:號樓|号楼|棟|栋|幢|座){_BARE_FLAT}"
    rf"(?P<unit>{zh_units.UNIT})?(?:{_SP}{_NUM}{_SP}(?:樓|楼|層|层))?"
    rf"(?:{_SP}(?:{_NUM}[A-Z]?|[A-Z]{{1,2}}){_SP}(?:室|號房|号房))?"
)
_BLOCK_TRIGGER = compiled(r"號樓|号楼|[棟栋幢座]|單元|单元")
# The word an estate's name ends in (or the word after it: 幸福里|小区).
_ESTATE_END = ("小區", "小区", "社區", "社区", "花園", "花园", "新村", "公寓", "家園", "家园", "苑",
               "庭", "城", "園", "园", "區", "区", "里", "大廈", "大厦", "中心", "廣場", "广场")
# A PRC village and its group (朱坡村三组), or a village after a town and a county.
_GROUP = compiled(
    rf"{_SP}{_NUM}{_SP}(?:組|组|社|隊|队)(?![長长员員])(?:{_SP}{_NUM}{_SP}(?:號|号))?"
    rf"|(?:組|组)(?=[，。；、,;\s]|$)")  # 长坪村3组28号; 新庄村委会下村组 (the 下村 group)
_ADMIN_INSIDE = compiled(rf"[{CJK}]{{2,8}}?(?:[省市縣县區区]|自治州)(?=[{CJK}]{{2}})")

# Romanised Taiwanese addresses: floor and number first, road, district, city, postcode.
_EN_NUM = r"\d{1,5}(?:-\d{1,4})?"
_ROMANISED = compiled(
    rf"(?:(?:\d{{1,3}}F|B\d)\.?(?:-\d{{1,3}})?,?\s{{1,2}})?"
    rf"No\.\s?{_EN_NUM},?\s{{1,2}}"
    rf"(?:Aly\.\s?\d{{1,4}},?\s{{1,2}})?(?:Ln\.\s?\d{{1,4}},?\s{{1,2}})?"
    rf"(?:Sec\.\s?\d{{1,2}},?\s{{1,2}})?"
    r"(?:[A-Z][a-z'’]{1,20}[ -]){0,3}[A-Z][a-z'’]{1,20}(?:\s(?:[NSEW]|1st|2nd|3rd|\d{1,2}th)\.?)?"
    r"\s(?:Rd|St|Ave|Blvd|Road|Street|Avenue|Boulevard|Expy)\.?"
    r"(?:,?\s{1,2}(?:[A-Z][a-z'’]{1,20}[ -]){0,2}[A-Z][a-z'’]{1,20}\s(?:Dist|Township|Vil|Li)\.?)?"
    # The city with its word (Taipei City), or bare when its postcode follows (Taipei 100).
    r"(?:,?\s{1,2}(?:(?:[A-Z][a-z'’]{1,20}\s){1,2}(?:City|County)"
    r"|[A-Z][a-z'’]{1,20}(?=,?\s{1,2}\d{3}(?:\d{2,3})?(?![0-9]))))?"
    r"(?:,?\s{1,2}\d{3}(?:\d{2,3})?)?"
    r"(?:,?\s{1,2}Taiwan(?:\s\(R\.O\.C\.\))?)?"
)
_ROMANISED_TRIGGER = compiled(r"No\.\s?\d")


class ChineseAddressRecognizer(EntityRecognizer):
    """STREET_ADDRESS: Chinese postal addresses and romanised Taiwanese ones."""

    CONTEXT = ("地址", "住址", "住在", "寄到", "送到", "寄送", "收件", "居住", "戶籍", "户籍",
               "通訊處", "通讯处", "address", "ship to", "deliver")

    def __init__(self, supported_language: str = "en", name: str | None = None):
        super().__init__(
            supported_entities=[ENTITY], supported_language=supported_language,
            name=name or "ChineseAddressRecognizer", context=list(self.CONTEXT),
        )
        self._context_re = words_regex(self.CONTEXT)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        spans: list[tuple[int, int, float]] = []
        if _ROMANISED_TRIGGER.search(text):
            spans.extend((m.start(), m.end(), 0.75) for m in _ROMANISED.finditer(text))
        if has_cjk(text) and (_TRIGGER.search(text) or _BLOCK_TRIGGER.search(text)
                              or "村" in text or _FLAT_TRIGGER.search(text)):
            spans.extend(_chinese(text, nlp_artifacts))
        found = []
        for start, end, score in _merge(spans):
            if near(text, start, end, self._context_re):
                score = min(1.0, score + CONTEXT_BOOST)
            found.append(result(self, ENTITY, start, end, score, name="zh-address"))
        return found


def _chinese(text: str, nlp_artifacts) -> list[tuple[int, int, float]]:
    tokens = lac_tokens(text, nlp_artifacts)
    starts = [t.start for t in tokens]
    out = []
    for m in _ROAD.finditer(text):
        road_at = m.start()
        i = _token_index(starts, road_at)
        if i is None:
            continue
        tok = tokens[i]
        if m.group(0)[0] == "道" and tok.tag in _NOT_ROAD_TAGS:
            continue  # 知道3號: 道 ends a verb (LAC's tags alone are not trusted for the
            # other suffixes: it tags 建国门外大街1号 v)
        name_start = tok.start
        if name_start == road_at:  # LAC split the suffix off: the name is the word before
            if i == 0 or tokens[i - 1].end != road_at or not _is_place(text, tokens[i - 1]):
                continue
            i -= 1
            name_start = tokens[i].start
        if road_at - name_start < 1 or not _cjk(text[name_start:road_at]):
            continue
        start, admins = _extend_left(text, tokens, i)
        numbered = _NUMBERED.search(m.group(0)) is not None
        if not numbered and road_at - name_start == 1 and _generic_road(
                text[name_start : road_at + len(m.group("suffix"))]):
            continue  # the road is a word of its own: 道路, 线路, 思路
        if not numbered and _landmark_street(text[name_start : road_at + len(m.group("suffix"))]):
            continue  # 夫子廟美食街: a place to go, not where anyone lives
        if not admins and _ADMIN_INSIDE.search(text, name_start, road_at):
            admins = 1  # LAC's one word for city, district and road (北京市海淀区学院路 ORG)
        if numbered:
            score = 0.85
        elif admins:
            score = 0.7
        elif (tok.tag in _PLACE_TAGS and m.end() - road_at > len(m.group("suffix"))
              and not _generic_road(text[name_start : min(tok.end, m.end())])):
            score = 0.6  # a named road and a building after it
        else:
            continue  # a bare road name (中山路, see _named_roads) or a word (網路, 路由器)
        out.append((start, m.end(), score))
    for m in _HOUSE.finditer(text):
        i = _token_index(starts, m.start())
        if i is None:
            continue
        if tokens[i].start == m.start():
            if i == 0:
                continue
            start, admins = _extend_left(text, tokens, i - 1, include=False)
        else:  # LAC's word runs into the number (玉田村5鄰): it is the last place word
            head = text[tokens[i].start : m.start()].rstrip(" \t")
            if not _cjk(head) or not (head[-1] in _ADMIN_END or head.endswith(_SUBDISTRICT)):
                continue
            start, admins = _extend_left(text, tokens, i)
            admins += 1
        if admins:
            out.append((start, m.end(), 0.7))
    out.extend(_named_roads(text, tokens))
    if "邨" in text:
        out.extend(_estates(text, tokens, starts))
    if _BLOCK_TRIGGER.search(text):
        out.extend(_blocks(text, tokens, starts))
    if "村" in text:
        out.extend(_villages(text, tokens))
    if _FLAT_TRIGGER.search(text):
        out.extend(_flats(text, tokens, starts))
    out = [(_with_district(text, _trimmed(text, _with_village(text, tokens, starts, s), e)),
            _with_crossing(text, e), score)
           for s, e, score in out]
    return [_with_postcode(text, s, e, score) for s, e, score in out]


# A road's crossing with another, written as where something happened (大学路与淮河路交叉口,
# 中山路與民生路口): the second road and the corner are the same place.
_CROSSING = compiled(
    rf"[与與和及]{_SP}[{CJK}]{{1,6}}?(?:大道|大街|路|街)(?:{_NUM}段)?{_SP}"
    r"(?:交叉口|交叉路口|十字路口|路口|交界處|交界处|交匯處|交汇处|口)")


def _with_crossing(text: str, end: int) -> int:
    """The end moved over the crossing road and the corner after a road (see _CROSSING)."""
    if end >= len(text) or text[end] not in "与與和及" or text[end - 1] not in "路街道":
        return end
    m = _CROSSING.match(text, end)
    return m.end() if m else end


# Hong Kong's districts and new towns, written out by us: LAC reads some as words (將軍|澳,
# 天水|圍), so an estate's or a road's address would start inside them (澳寶琳邨).
_HK_DISTRICTS = compiled(
    "將軍澳|将军澳|天水圍|天水围|東涌|东涌|屯門|屯门|元朗|沙田|大埔|荃灣|荃湾|葵涌|青衣|觀塘|观塘|"
    "黃大仙|黄大仙|深水埗|油麻地|旺角|尖沙咀|土瓜灣|土瓜湾|紅磡|红磡|九龍城|九龙城|秀茂坪|藍田|蓝田|"
    "油塘|粉嶺|粉岭|上水|馬鞍山|马鞍山|筲箕灣|筲箕湾|柴灣|柴湾|鴨脷洲|鸭脷洲|香港仔|北角|西環|西环|"
    "長沙灣|长沙湾|慈雲山|慈云山|牛頭角|牛头角|大圍|大围|火炭|石硤尾|石硖尾|樂富|乐富")


def _with_district(text: str, start: int) -> int:
    """The start moved back to a Hong Kong district's first character when it falls inside
    the district's name (將軍|澳寶琳邨 gives 將軍澳寶琳邨)."""
    for m in _HK_DISTRICTS.finditer(text, max(0, start - 3), min(len(text), start + 3)):
        if m.start() < start < m.end():
            return m.start()
    return start


# Words LAC glues to the front of a place that are not part of it: Cantonese 喺 (at), 住 (live).
_NOT_IN_ADDRESS = "喺"
_NOT_FIRST = "住"


def _trimmed(text: str, start: int, end: int) -> int:
    """The start moved past what LAC glued to the address's first place word (新屋喺沙田)."""
    cut = text.rfind(_NOT_IN_ADDRESS, start, end)
    if cut >= 0 and end - cut > 3:
        start = cut + 1
    while start < end - 3 and text[start] in _NOT_FIRST:
        start += 1
    return start


# A floor and a flat after a building or estate with no road or number before them (Hong
# Kong's 兆康苑康和閣15樓8室): the flat's 室 says address.
_FLAT = compiled(
    rf"{_NUM}{_SP}(?:樓|楼|層|层){_SP}(?:{_NUM}[A-Z]?|[A-Z]{{1,2}}){_SP}(?:室|號房|号房)")
_FLAT_TRIGGER = compiled(r"[樓楼層层][ \t]?[0-9A-Z一二三四五六七八九十]{1,5}[ \t]?(?:室|號房|号房)")


def _flats(text: str, tokens: tuple[Token, ...],
           starts: list[int]) -> list[tuple[int, int, float]]:
    """Floor and flat right after a place word: the building, widened left over the places
    before it (屯門|兆康苑|康和閣|15樓8室)."""
    out = []
    for m in _FLAT.finditer(text):
        i = _token_index(starts, m.start())
        if i is None or tokens[i].start != m.start() or not i or tokens[i - 1].end != m.start():
            continue
        if not _is_place(text, tokens[i - 1]):
            continue
        start, _ = _extend_left(text, tokens, i - 1)
        out.append((start, m.end(), 0.75))
    return out


def _with_village(text: str, tokens: tuple[Token, ...], starts: list[int], start: int) -> int:
    """The start widened over a Taiwanese village and neighbourhood written before the road
    (信義區三張里3鄰松智路: LAC reads 三張 as a number and glues 鄰 to the road), and over the
    place words before them."""
    if not _VILLAGE_GATE.search(text, max(0, start - 12), start + 3):
        return start
    for m in _VILLAGE.finditer(text, max(0, start - 12), min(len(text), start + 3)):
        if m.start() < start <= m.end():
            i = _token_index(starts, m.start())
            if i is not None and tokens[i].start == m.start():
                return _extend_left(text, tokens, i)[0]
            return m.start()
    return start


def _estates(text: str, tokens: tuple[Token, ...],
             starts: list[int]) -> list[tuple[int, int, float]]:
    """A Hong Kong estate, its block and flat: the estate's name is LAC's word before 邨
    (or the word 邨 ends), widened left over the places before it (九龍黃大仙下邨)."""
    out = []
    for m in _ESTATE.finditer(text):
        if not m.start() or not _cjk(text[m.start() - 1]):
            continue
        i = _token_index(starts, m.start() - 1)
        if i is None:
            continue
        start, _ = _extend_left(text, tokens, i)
        score = 0.75 if m.end() - m.start() > 1 else 0.6
        out.append((start, m.end(), score))
    return out


def _blocks(text: str, tokens: tuple[Token, ...],
            starts: list[int]) -> list[tuple[int, int, float]]:
    """A block of a residential estate with no road before it (锦绣华庭小区8号楼1单元602室,
    望京西园三区312号楼): the estate is LAC's place word holding or before the block number,
    widened left over the places before it. A block number after anything else is a count
    (买了3栋楼) unless a unit follows it."""
    out = []
    for m in _BLOCK.finditer(text):
        i = _token_index(starts, m.start())
        if i is None:
            continue
        tok = tokens[i]
        if tok.start < m.start():  # LAC's one word for the estate and its block
            head = text[tok.start : m.start()]
            if not _cjk(head) or tok.tag not in ("LOC", "ns") and not (
                    tok.tag in ("ORG", "nt") and m.group("unit")):
                continue
        else:
            if not i or tokens[i - 1].end != m.start():
                continue
            i -= 1
            head = text[tokens[i].start : m.start()]
            if (head.endswith(_ESTATE_END[:4]) and i and tokens[i - 1].end == tokens[i].start
                    and _is_place(text, tokens[i - 1])):
                i -= 1  # the estate's name, then the word 小区
            elif not _is_place(text, tokens[i]) or (
                    tokens[i].tag in ("ORG", "nt") and not m.group("unit")):
                continue  # a company's 3栋 is a count; its estate's 12号楼2单元 is not
        if not head.endswith(_ESTATE_END) and not m.group("unit"):
            continue
        start, _ = _extend_left(text, tokens, i)
        out.append((start, m.end(), 0.75))
    return out


def _villages(text: str, tokens: tuple[Token, ...]) -> list[tuple[int, int, float]]:
    """A PRC village as a rural address (四川省眉山市仁寿县文林镇杨柳村5组): LAC's place word
    ending in 村, with its group number after it or two place words (town, county) before."""
    out = []
    for i, tok in enumerate(tokens):
        if tok.tag not in ("LOC", "ns") or tok.end - tok.start < 3 or text[tok.end - 1] != "村":
            continue
        start, admins = _extend_left(text, tokens, i)
        group = _GROUP.match(text, tok.end)
        if group is None and admins < 2:
            continue
        out.append((start, group.end() if group else tok.end, 0.75 if group else 0.7))
    return out


def _named_roads(text: str, tokens: tuple[Token, ...]) -> list[tuple[int, int, float]]:
    """A road LAC reads as a place name with no number after it (`沿著南京東路上`,
    `在长安街`, `台北市忠孝東路的店面`): news text names places down to the street. Roads
    jieba's dictionary knows as common nouns (高速公路, 馬路, 鐵路, 網路) and figurative or
    famous ones that stand for something else (康莊大道, 華爾街) are not addresses. A road
    LAC calls a plain noun (自由路 n) is one after a preposition of place (發生在自由路)."""
    out = []
    for i, tok in enumerate(tokens):
        if tok.tag not in ("LOC", "ns") and not (
                tok.tag in ("n", "nz") and tok.start and text[tok.start - 1] in _AT_PLACE):
            continue
        end = tok.end
        if text[end - 1] in _AFTER_ROAD and tok.end - tok.start > 3:
            end -= 1  # LAC keeps the postposition: 建國北路上
        elif i + 1 < len(tokens) and tokens[i + 1].start == end and _ROAD_START.match(text, end):
            end += 1  # LAC cut the suffix off with the postposition: 建设|路上
        value = text[tok.start : end]
        m = _ROAD_END.search(value)
        if m is None or m.start() < 2 or not _cjk(value[: m.start()]):
            continue
        if _generic_road(value) or _landmark_street(value):
            continue
        start, admins = _extend_left(text, tokens, i)
        if not admins and not _located(text, start, end):
            continue  # 王府井大街人潮涌动, 南京東路的百貨公司: a famous street as a place's name
        out.append((start, end, 0.6))
    return out


# A bare road is where something is or happens only with a word of place around it: a
# preposition or verb of place before it (在長安街, 沿著南京東路, 位於, 前往), a postposition
# after it (中山路上, 學院路附近, 公園路與成功路口).
_LOCATIVE_BEFORE = compiled(r"(?:[在於于到至經经沿往近住]|沿著|沿着|順著|顺着|朝著|朝着)[ \t]?$")
_LOCATIVE_AFTER = compiled(
    r"[ \t]?(?:上|旁|口|內|内|中段|附近|一帶|一带|周邊|周边|沿線|沿线|路段|兩側|两侧|兩旁|两旁|"
    r"[與与和][^，。；,;\s]{1,8}?(?:路|街|道)?口|[東西南北东][側侧段])")


def _located(text: str, start: int, end: int) -> bool:
    """Whether a word of place stands before or after the road `text[start:end]`."""
    return (_LOCATIVE_BEFORE.search(text, max(0, start - 3), start) is not None
            or _LOCATIVE_AFTER.match(text, end) is not None)


def _landmark_street(value: str) -> bool:
    """A pedestrian, food or shopping street named without a number (王府井步行街): a place
    people go to, not where someone lives."""
    plain = simplified(value)
    suffix = _ROAD_END.search(plain)
    name = plain[: suffix.start()] if suffix else plain
    return any(name.endswith(g) for g in _GENERIC_ROAD_NAMES if len(g) >= 2)


def _generic_road(value: str) -> bool:
    """A road word that names no street: a common noun in jieba's dictionary (高速公路, 馬路),
    a figure of speech (康莊大道, 必由之路) or a street that stands for something (華爾街)."""
    from .names_zh import _segmenter

    plain = simplified(value)
    if plain.endswith(_NOT_ROAD_END) or plain in _NOT_ROADS:
        return True
    suffix = _ROAD_END.search(plain)
    name = plain[: suffix.start()] if suffix else plain
    if name in _GENERIC_ROAD_NAMES:
        return True
    # A one-character name before the suffix is a common noun when jieba knows the pair
    # (马路 660, 小路 504, 道路, 线路); a longer one is a street's name whatever jieba's
    # count (学院路 n 1042, 长安街 1482), unless it says what kind of street (步行街).
    tags = _segmenter()[1]
    return (len(name) <= 1 and tags.get(plain) in _COMMON | {"m"}
            and _segmenter()[0].FREQ.get(plain, 0) >= 30)


def _with_postcode(text: str, start: int, end: int, score: float) -> tuple[int, int, float]:
    """The span widened over a postcode written in front of it (`100020 北京市…`): the
    Chinese zone LAC reads starts at the first Chinese character; and over a six-digit one
    after its house number, floor or flat."""
    m = _POSTCODE_BEFORE.search(text, max(0, start - 10), start)
    if m and _ADMIN_START.match(text, start):
        start = m.start()
    after = _POSTCODE_AFTER.match(text, end)
    if after and text[end - 1] in "號号樓楼層层室座棟栋院":
        end = after.end()
    return start, end, score


def _token_index(starts: list[int], pos: int) -> int | None:
    import bisect

    i = bisect.bisect_right(starts, pos) - 1
    return i if i >= 0 else None


def _cjk(value: str) -> bool:
    return bool(value) and all("\u3400" <= c <= "\u9fff" or c in "0-9" for c in value)


def _is_place(text: str, tok: Token) -> bool:
    value = text[tok.start : tok.end]
    return tok.tag in _PLACE_TAGS or (tok.tag == "n" and _cjk(value) and len(value) >= 2)


def _extend_left(text: str, tokens: tuple[Token, ...], i: int,
                 include: bool = True) -> tuple[int, int]:
    """Start of the address whose road (or house number) is token `i`, and how many place
    words or administrative units precede it: LAC's place words, words ending in an
    administrative unit, single spaces between them, a postcode in front."""
    start = tokens[i].start if include else tokens[i].end
    admins = 0
    j = i if not include else i - 1
    while j >= 0:
        tok = tokens[j]
        value = text[tok.start : tok.end]
        if tok.end != start:
            break
        if value in (" ", "\t") and j > 0:
            j -= 1
            start = tok.start
            continue
        if tok.tag in ("LOC", "ns") or (_cjk(value) and value[-1] in _ADMIN_END
                                        and not value.endswith(_DISTANCE)):
            # LAC may split the unit off its name (左營|區): a lone unit counts with it
            admins += len(value) >= 2 or tok.tag in ("LOC", "ns")
            start = tok.start
            j -= 1
            continue
        if _POSTCODE.fullmatch(value) and admins:
            start = tok.start
            break
        bridge = _bridge(text, tokens, j)
        if bridge is not None:  # LAC cut a road name into pieces (高新|南|一道9号)
            start, j = tokens[bridge + 1].start, bridge
            continue
        break
    if text[start : start + 1] in (" ", "\t"):
        start += 1
    return start, admins


# Tags of the pieces LAC may cut a road's name into (高新 PER, 南 f, 一道 m); verbs,
# prepositions and particles end the address.
_PIECE_TAGS = frozenset(("PER", "f", "n", "nz", "m", "a", "s", "ORG", "nt"))


def _bridge(text: str, tokens: tuple[Token, ...], j: int) -> int | None:
    """Index of the place word (LAC's place tag or an administrative unit) just before up to
    three adjacent CJK pieces of six characters at most ending at token `j`, or None."""
    length = 0
    for k in range(j, max(-1, j - 4), -1):
        tok = tokens[k]
        value = text[tok.start : tok.end]
        if k < j and tok.end != tokens[k + 1].start:
            return None
        if k < j and (tok.tag in ("LOC", "ns") or (_cjk(value) and value[-1] in _ADMIN_END)):
            return k
        length += len(value)
        # a one-character "verb" between place words is a piece of a place (鰂魚|涌, 大|圍)
        misread = (tok.tag == "v" and len(value) == 1 and k > 0
                   and tokens[k - 1].tag in ("LOC", "ns") and tokens[k - 1].end == tok.start)
        if (tok.tag not in _PIECE_TAGS and not misread) or not _cjk(value) or length > 6:
            return None
    return None


def _merge(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    merged: list[list] = []
    for start, end, score in sorted(spans, key=lambda s: (s[0], -s[1])):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2] = max(merged[-1][2], score)
        else:
            merged.append([start, end, score])
    return [(s, e, score) for s, e, score in merged]
