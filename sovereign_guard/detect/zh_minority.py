"""Names of China's minority peoples as Chinese news writes them: Uyghur and Kazakh names
joined by an interpunct (艾力·吐尔逊), Tibetan names of two name words run together
(扎西次仁, 白玛央金), Mongolian names of one or two name words (斯琴高娃, 额尔敦巴特尔).

Written out by us from general knowledge of the names' usual Chinese spellings (Xinhua's
usage), Simplified only: the text is looked up in its Simplified form (`zh_lac.simplified`,
one character for one), so Traditional text (達瓦次仁) matches too.

Why a table: these names are made of a closed set of name words that are neither surnames
nor given-name characters, so the surname rules and jieba miss them, and LAC tags them PER
only now and then (牧民格桑旺堆: LAC splits 格桑旺 off). A pair of name words is a shape the
rest of Chinese hardly writes: two Tibetan name words in a row are a name whatever stands
around them. One name word alone (达瓦, 尼玛 - also slang) stays to the other rules, except
the longer Mongolian ones that are no Chinese word at all (其木格, 那日苏).
"""

from __future__ import annotations

from collections.abc import Iterator

from .common import words
from .zh_lac import simplified

Span = tuple[int, int, float]

# Characters of Uyghur, Kazakh and Kyrgyz names' transliterations (阿不都热合曼, 买买提,
# 吐尔逊, 古丽娜尔, 热依木, 玉素甫): they join the transliteration table of `zh_person` for
# names written with an interpunct only (不, 都 and 热 are everyday characters elsewhere).
MINORITY_DOTTED = frozenset(
    "不都熱热合買买吐木提斯玉甫罕吾再孜汗江班鐵铁肉蓀荪排則则乃居衣仙農农依努帕迪夏坎敏瑪玛"
    "亞亚森卡圖图庫库司義义達达托賽赛西丁比米加艾力克拜古麗丽娜爾尔伊麥麦沙買哈尼扎"
    "旺晉晋措次仁卓桑央宗堆多吉平姆洛丹增益邊边普布強强珍貢贡嘎白群培嘉瓊琼才讓让旦"
)

# Tibetan name words (a name is two of them, now and then three: 阿旺晋美, 次仁多吉).
_TIBETAN = words(
    "扎西 次仁 格桑 卓玛 央宗 旺堆 达瓦 尼玛 多吉 平措 拉姆 德吉 索朗 洛桑 丹增 益西 边巴 "
    "普布 巴桑 顿珠 白玛 强巴 曲珍 贡嘎 罗布 群培 嘉措 琼达 泽仁 才让 旦增 次旦 米玛 拉巴 "
    "仁青 央金 卓嘎 旺姆 德庆 措姆 阿旺 土登 嘎玛 桑珠 斯朗 仁增 贡布 多杰 拉毛 才旦 尕藏 "
    "更登 完玛 公保 措吉 晋美 旺杰 顿旦 次珍 旺久 尼珍 朗杰 益希 加措 白珍 拉珍 德央 边珍 "
    "旺秋 欧珠 扎巴 索南 丹巴 普琼 巴珠 央拉 格勒 曲扎 次央 洛珠 曲尼 达娃 拉吉 仁欠 才仁 "
    "卓么 群宗 巴宗 达珍 顿珠 旺加 索朗 拉宗 次吉 扎桑 嘎桑 平措 旺扎"
)
# Mongolian name words. Not the colour and wealth words place names are made of too (查干
# "white", 白音 "rich": 白音查干 is a town), nor 浩特/察布/巴托 (呼和浩特, 乌兰察布, 乌兰巴托).
_MONGOLIAN = words(
    "巴特尔 其木格 其其格 乌兰 图雅 斯琴 高娃 巴图 孟和 那日苏 额尔敦 宝音 苏和 哈斯 朝鲁 "
    "阿拉坦 格日勒 娜仁 萨仁 敖登 布仁 孟根 毕力格 巴雅尔 阿拉腾 满都拉 达来 吉日嘎拉 "
    "图门 特木尔 乌力吉 旭日 敖其尔 那顺 德力格尔 苏日娜 额尔德尼 胡日查 哈斯巴根 朝克 "
    "乌日娜 托娅 阿古达木 格根 塔娜 娜布其 宝力道 额尔登"
)
# One Mongolian name word alone is a name when it is three characters or more and no
# Chinese word (其木格, 那日苏); 乌兰 or 哈斯 alone may be part of anything.
_LONG_MONGOLIAN = frozenset(w for w in _MONGOLIAN if len(w) >= 3)
_WORDS = {"tibetan": _TIBETAN, "mongolian": _MONGOLIAN}
_LONGEST = max(len(w) for table in _WORDS.values() for w in table)
# The characters a name word opens with: any other position is passed over at once (most of a
# text, Latin letters included), where trying every length there cost 3 ms per KB.
_FIRSTS = frozenset(w[0] for table in _WORDS.values() for w in table)


def _word_at(text: str, plain: str, k: int, table: frozenset[str]) -> int:
    """The length of the longest name word of `table` at `k` (0 when none), as written or in
    its Simplified form (LAC's table maps some Simplified characters on: 托 to 讬)."""
    for n in range(min(_LONGEST, len(plain) - k), 1, -1):
        if plain[k : k + n] in table or text[k : k + n] in table:
            return n
    return 0


def minority_names(text: str, freq: dict) -> Iterator[Span]:
    """Tibetan and Mongolian names: two or three name words of one table in a row, or one long
    Mongolian name word that jieba's dictionary does not hold."""
    plain = simplified(text)
    k = 0
    while k < len(plain):
        if plain[k] not in _FIRSTS and text[k] not in _FIRSTS:
            k += 1
            continue
        found = None
        for kind, table in _WORDS.items():
            end, count = k, 0
            while count < 3 and (n := _word_at(text, plain, end, table)):
                end += n
                count += 1
            if count >= 2:
                found = (k, end, 0.7)
            elif count == 1 and kind == "mongolian" and not freq.get(plain[k:end], 0) and (
                    plain[k:end] in _LONG_MONGOLIAN or text[k:end] in _LONG_MONGOLIAN):
                found = (k, end, 0.65)
            if found:
                break
        if found:
            yield found
            k = found[1]
        else:
            k += 1
