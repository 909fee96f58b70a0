# ruff: noqa: RUF001  (full-width punctuation is the point)
"""Chinese detection in the genres of devset_zh3 part i (court and government notices, Hong
Kong/Macau/Taiwan news, sports pages, tickets): each pattern its misses showed, with true
positives and the near-misses that must not match; and the recall of short Chinese names.
Examples written here, not taken from the dev set or any corpus."""

from __future__ import annotations

import pytest
from zh_support import addresses, names

from sovereign_guard.recall import KnownValues


@pytest.mark.parametrize("text, expected", [
    # sports reporting's player nouns before a name
    ("球隊的洋投馬丁尼茲今晚先發", ["馬丁尼茲"]),
    ("国乒名将贺思远晋级决赛", ["贺思远"]),
    ("台灣好手賴品妤闖進八強", ["賴品妤"]),
    ("门将龙俊豪扑出点球", ["龙俊豪"]),
    ("終結者羅德瑞茲關門成功", ["羅德瑞茲"]),
    # show business and rural news
    ("視后方若琳出席首映", ["方若琳"]),
    ("农民程宝贵种了三十亩玉米", ["程宝贵"]),
])
def test_roles_before_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # role words as plain nouns: nothing after them is a name
    ("這位老將今天宣布退休", []),
    ("球队需要一名好手来补强", []),
    ("农民的收入今年增加了", []),
])
def test_role_words_alone(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # local offices written after the name (news from townships and villages)
    ("林德旺鄉長今天說，稻米收成不錯", ["林德旺"]),
    ("黃秋月里長表示會向區公所反映", ["黃秋月"]),
    # a city or an everyday word before the office is no name
    ("新北市長今天說", []),
    ("陳述里長的意見", []),
])
def test_names_before_local_offices(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Thai names written with the interpunct, in the characters their transliterations use
    ("泰國選手頌萊·坤蓬打進決賽", ["頌萊·坤蓬"]),
    ("泰国选手颂猜·巴育会见了记者", ["颂猜·巴育"]),
])
def test_thai_names_with_the_interpunct(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    # two-character words jieba tags nr and LAC reads PER, whose second character no given
    # name uses
    "这个故事完全是杜撰的。",
    "陳年老酒很香。",
    # dishes of ours however the word models cut them
    "左宗棠雞是美式中餐的代表。",
    "今天中午吃宫保鸡丁。",
    # words of nature before what only nature does
    "白云飘过山顶。",
])
def test_words_are_not_names(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # the same kind of word with a person cue is a name
    ("杜撰先生今天來了", ["杜撰"]),
    ("方圆说她下个月要去北京开会。", ["方圆"]),
    # a familiar name or a doubled pet name is no word-veto's business
    ("小胖又遲到了。", ["小胖"]),
])
def test_person_cues_keep_the_name(text, expected):
    assert names(text) == expected


def test_a_word_label_before_a_dictionary_name_says_person():
    # LAC reads 温雅 as an adjective; the label 客户 before it says it is the customer
    assert names("客户温雅说发票金额不对") == ["温雅"]
    # a colon alone is no such label
    assert names("结论：温雅大方的设计更受欢迎") == []


@pytest.mark.parametrize("text, expected", [
    # a Hong Kong district LAC splits stays in front of the estate
    ("同住將軍澳寶琳邨寶康樓2012室", ["將軍澳寶琳邨寶康樓2012室"]),
    ("住在天水圍天耀邨耀盛樓1806室", ["天水圍天耀邨耀盛樓1806室"]),
    # a road's crossing with another road is the same place
    ("事发地点是郑州市二七区大学路与淮河路交叉口东北角", ["郑州市二七区大学路与淮河路交叉口"]),
    ("車禍發生在台南市北區公園路與成功路口", ["台南市北區公園路與成功路口"]),
])
def test_addresses(text, expected):
    assert addresses(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a road followed by something else joined by 和: no crossing
    ("住在台北市大安區復興南路和朋友合租", ["台北市大安區復興南路"]),
    # a district named alone is no address
    ("將軍澳今天下大雨", []),
])
def test_address_near_misses(text, expected):
    assert addresses(text) == expected


def found(known: KnownValues, text: str) -> list[str]:
    return [text[a:b] for a, b, _ in known.find(text)]


def test_a_short_chinese_name_is_recalled_inside_chinese_text():
    known = KnownValues()
    known.add("PERSON", "韩冰", 0.9)
    assert found(known, "后来韩冰上周已经离职了") == ["韩冰"]
    assert found(known, "请联系韩冰。") == ["韩冰"]


def test_a_short_chinese_name_is_not_recalled_inside_a_longer_word():
    known = KnownValues()
    known.add("PERSON", "何平", 0.9)
    assert found(known, "如何平衡工作和生活？") == []  # 如何|平衡
    assert found(known, "何平说没问题") == ["何平"]


@pytest.mark.parametrize("value, score", [
    ("林立", 0.9),    # a word jieba's dictionary also tags a name: 高楼林立
    ("白雪", 0.9),
    ("石头", 0.9),    # a plain noun
    ("韩冰", 0.5),    # a finding that was not confident
    ("美玲", 0.9),    # no surname first: a given name alone
    ("AB", 0.9),      # not Chinese
])
def test_which_short_values_are_not_remembered(value, score):
    known = KnownValues()
    known.add("PERSON", value, score)
    assert len(known) == 0


def test_short_values_of_other_types_are_not_remembered():
    known = KnownValues()
    known.add("STREET_ADDRESS", "韩冰", 1.0)
    assert len(known) == 0


def test_through_the_guard_a_repeat_without_its_cue_is_masked(guard):
    out = guard.protect("INC-7731 客户温雅说 the invoice total is wrong; 温雅 wants a call back.")
    assert "温雅" not in out.texts[0]
    later = guard.protect("这里高楼林立，风景很好。")
    assert later.texts[0] == "这里高楼林立，风景很好。"
