"""Words shaped like Chinese person names that name no person in the text: brands and shops
named after a founder or a foreign name (李宁, 张小泉, 周生生, 戴森), sports teams
(中信兄弟), words of nature before a verb only nature takes (白雪覆盖), dishes named after a
person (宫保鸡丁, 宋嫂鱼羹) and sayings that hold a historical person (说曹操曹操就到,
司马昭之心, 张冠李戴).

`Vetoes(text, ...).vetoed(start, end, cued)` says a name finding is one of them; a person
cue (a title after, a label or a role before: 联系人：李宁, 李宁先生) keeps it a person,
since these are real names too.
The tables are written out by us from general knowledge (Simplified; values are compared
in their Simplified form, LAC's one-to-one table).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .common import compiled, words
from .zh_lac import Token, simplified

# Brands, shops and chains whose name reads as a person's (founder's names, transliterated
# foreign names LAC tags PER).
BRANDS = words(
    "李宁 安踏 特步 乔丹 鸿星尔克 李锦记 王老吉 张小泉 周大福 周生生 周六福 周黑鸭 杨国福 "
    "张亮 刘一手 马记永 陈克明 王守义 王致和 张一元 吴裕泰 徐福记 谭木匠 老凤祥 谢瑞麟 "
    "马应龙 陈李济 黄飞红 林凤营 郭元益 胡须张 林聪明 陈三鼎 吴宝春 义美 康师傅 "
    "戴森 戴尔 福特 迪奥 香奈儿 范思哲 阿玛尼 古驰 卡地亚 蒂芙尼 兰蔻 欧莱雅 雅诗兰黛 "
    "爱马仕 路易威登 普拉达 施华洛世奇 保时捷 特斯拉 飞利浦 博世 西门子 宝马 本田 马自达 "
    "沃尔沃 兰博基尼 法拉利 阿迪达斯 耐克 彪马 斯凯奇 乐高 宜家 星巴克 麦当劳 肯德基"
)
# Professional teams whose names read as a person's (a sponsor and a nickname: 中信兄弟,
# 乐天桃猿, 味全龙), Taiwan's baseball and basketball leagues and the PRC's football and
# basketball leagues (Simplified).
TEAMS = words(
    "中信兄弟 乐天桃猿 统一狮 统一7-ELEVEn狮 富邦悍将 味全龙 台钢雄鹰 台北富邦勇士 富邦勇士 "
    "新北国王 桃园领航猿 新竹街口攻城狮 高雄钢铁人 福尔摩沙梦想家 台湾啤酒英熊 台南台钢猎鹰 "
    "广东宏远 辽宁本钢 浙江广厦 北京首钢 新疆广汇 上海久事 山东高速 深圳马可波罗 "
    "山东泰山 上海海港 上海申花 北京国安 成都蓉城 武汉三镇 天津津门虎 浙江俱乐部"
)
# Dishes named after a person or a person-shaped word (Simplified).
DISHES = words(
    "宫保鸡丁 麻婆豆腐 东坡肉 东坡肘子 左宗棠鸡 宋嫂鱼羹 李鸿章杂碎 西施舌 贵妃鸡 太白鸭 "
    "叫花鸡 文思豆腐 夫妻肺片 钟水饺 赖汤圆 龙抄手 潘鱼 太史五蛇羹"
)
# Sayings with a person in them that jieba's dictionary does not hold as one idiom.
SAYINGS = words(
    "说曹操 曹操就到 曹操到 顶个诸葛亮 赛诸葛 事后诸葛亮 司马昭之心 孟母三迁 毛遂自荐 "
    "张冠李戴 周瑜打黄盖 王婆卖瓜 姜太公钓鱼 项庄舞剑 东施效颦 情人眼里出西施 包公断案"
)
_SAYING_RE = compiled("|".join(sorted(SAYINGS, key=len, reverse=True)))
_BRAND_RE = compiled("|".join(sorted(BRANDS | TEAMS, key=len, reverse=True)))
_DISH_RE = compiled("|".join(sorted(DISHES, key=len, reverse=True)))
# Verbs whose subject is weather or landscape, never a person: a name-shaped word before
# one is that word (白雪覆盖了山坡, 白雪皑皑), not a person called 白雪.
_NATURE_AFTER = compiled(
    r"(?:覆蓋|覆盖|籠罩|笼罩|飄落|飘落|紛飛|纷飞|皚皚|皑皑|融化|消融|鋪滿|铺满|茫茫|飄飄|飘飘|"
    r"皎潔|皎洁|連綿|连绵|起伏|蔓延|飄過|飘过|飄浮|飘浮|飄散|飘散)")
# Words after a name that make it a brand or a shop: 李宁品牌, 王品集團, 陳記門市.
_BRAND_AFTER = compiled(
    r"(?:品牌|牌(?!照|子|友|局|桌)|旗艦店|旗舰店|專賣店|专卖店|專櫃|专柜|門市|门市|門店|门店|"
    r"加盟店|連鎖|连锁|集團|集团|股份|商標|商标|麻辣烫|麻辣燙)")
_IDIOM_TAGS = frozenset(("i", "l"))
# Characters outside the transliteration table that make a name-tagged word of four a saying.
_TRANSLIT_FREE = 2


# Fan suffixes: never a given-name character (names_zh._NAME_CHARS).
FAN_SUFFIX = frozenset("迷粉")


class Vetoes:
    """The brands, sayings and dishes of one text, found once (a text may hold hundreds of
    name findings): `vetoed(start, end, cued)` for each finding."""

    def __init__(self, text: str, dictionary_words: Sequence[tuple[int, int, str]],
                 lac: Sequence[Token]):
        from .zh_person import _COMPOUND_SET, _TRANSLIT

        self.text = text
        plain = simplified(text)
        self.sayings = [m.span() for m in _SAYING_RE.finditer(plain)]
        for w_start, w_end, tag in dictionary_words:
            word = text[w_start:w_end]
            if w_end - w_start >= 4 and (tag in _IDIOM_TAGS or (
                    tag in ("nr", "nz") and word[:2] not in _COMPOUND_SET
                    and sum(c not in _TRANSLIT for c in word) >= _TRANSLIT_FREE)):
                self.sayings.append((w_start, w_end))
        self.saying_text = "|".join(plain[s:e] for s, e in self.sayings)
        self.brands = [m.span() for m in _BRAND_RE.finditer(plain)]
        # our dishes wherever the word models cut them (左宗棠|雞: LAC's words stop at the name)
        self.dishes = [m.span() for m in _DISH_RE.finditer(plain)]
        self.plain = plain
        self.lac = lac
        self.lac_starts = [t.start for t in lac]

    def vetoed(self, start: int, end: int, cued: bool) -> bool:
        """The finding text[start:end] is in a saying (or is written in one elsewhere in the
        text: 说曹操，曹操到), or, with no person cue (`cued`: a title after, a label or a role
        before), a brand or a dish."""
        if any(s < end and start < e for s, e in self.sayings) or (
                self.saying_text and self.plain[start:end] in self.saying_text):
            return True
        if cued:
            return False
        if _BRAND_AFTER.match(self.text, end) or any(s < end and start < e for s, e in self.brands):
            return True  # a brand or a team overlaps the finding (李锦|记, 中|信兄弟)
        if _NATURE_AFTER.match(self.text, end):
            return True
        return self._in_dish(start, end) or self._fans(start, end)

    def _fans(self, start: int, end: int) -> bool:
        """LAC's word from `start` is the name and a fan suffix (柯南迷, 周杰倫粉): a noun for
        the fans, no person (李明|迷上了: a verb after a name is LAC's word of its own)."""
        i = bisect.bisect_left(self.lac_starts, start)
        if i == len(self.lac) or self.lac[i].start != start:
            return False
        tok = self.lac[i]
        return tok.end == end + 1 and self.text[end] in FAN_SUFFIX

    def _in_dish(self, start: int, end: int) -> bool:
        """A dish of ours, or a name that starts a longer word LAC calls a proper noun
        (宫保鸡丁 nz, 宋嫂鱼羹 nz): the name is the dish's first word."""
        if any(s <= start and end <= e for s, e in self.dishes):
            return True
        i = bisect.bisect_left(self.lac_starts, start)
        if i == len(self.lac) or self.lac[i].start != start:
            return False
        tok = self.lac[i]
        if tok.end <= end:
            return False
        return self.plain[tok.start : tok.end] in DISHES or (tok.tag == "nz" and tok.end - end >= 2)
