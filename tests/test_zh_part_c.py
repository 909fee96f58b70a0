# ruff: noqa: RUF001  (full-width punctuation is the point)
"""Chinese detection in the genres of devset_zh3 part c (judgments, chat, HR, listings,
shipping forms, mixed mail): each pattern its misses showed, with true positives and the
near-misses that must not match. Examples written here, not taken from the dev set or any
corpus."""

from __future__ import annotations

import pytest
from zh_support import addresses, names


@pytest.mark.parametrize("text, expected", [
    # names a judgment or a report masks itself
    ("被告趙某某於民國一一二年間竊取財物", ["趙某某"]),
    ("原告吳○○主張被告應返還借款", ["吳○○"]),
    ("證人黃○芳到庭陳述", ["黃○芳"]),
    ("同案被告周某乙已另案判決", ["周某乙"]),
    # titles of age and familiarity, 總 alone, 大 + surname
    ("鄭老先生今天出院了", ["鄭老先生"]),
    ("韩大妈每天早上去公园跳舞", ["韩大妈"]),
    ("麻烦跟刘总确认一下报价", ["刘总"]),
    ("大陈，晚上一起打球吧", ["大陈"]),
    # a given name opening a chat message, called by name
    ("佳穎，你明天幾點到？", ["佳穎"]),
    # a given name LAC cuts as an organisation, with a character only names have
    ("請通知人事部，筱涵的合約下週到期。", ["筱涵"]),
    # a given name before 指出 in a clause LAC does not see
    ("建軍指出，這批貨要重做。", ["建軍"]),
    # roles that precede a name in news and records
    ("國發會主委邱振宏今天赴立法院備詢", ["邱振宏"]),
    ("經紀人侯雅筑證實了這個消息", ["侯雅筑"]),
    # a Japanese family name after a role, with its given name of one or two characters
    ("道奇隊投手山本由伸今天先發", ["山本由伸"]),
    ("日本外相茂木敏充訪問台北", ["茂木敏充"]),
    # Latin given names alone: after a greeting, or opening a clause about a person
    ("Hi Sandra，報價單在附件", ["Sandra"]),
    ("Patrick 說明天不進公司", ["Patrick"]),
])
def test_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "經理和財務長都同意這個方案。",  # 和 after a role joins two roles
    "金門的高粱酒很有名。",  # a county jieba tags nr
    "黄山的云海和日出都很美。",  # a place LAC tags PER
    "王道就是把產品做好。",
    "他担任某职务多年。",  # 某 after a word, not a surname
    "某些客户反映价格太高。",
    "總部設在台北。",
    "他買了兩棟透天厝。",
    "大王椰子樹長得很高。",  # 大 + surname that jieba knows as a word
    "富邦的股價今天上漲。",  # a company: no name-only character
    "然後，我們去吃飯。",  # an everyday word opening a clause
    "請用 Python 寫，Excel 也可以。",
    "國泰表示，將調高股利。",  # a company 表示
])
def test_not_names(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # an estate's block, unit and flat with no road before it
    ("新家在翡翠城小区7栋3单元502室，欢迎来玩", ["翡翠城小区7栋3单元502室"]),
    ("碧桂园12号楼2单元1801，精装修", ["碧桂园12号楼2单元1801"]),
    # a village with its group, or after a town and county
    ("老家在安徽省阜阳市临泉县老集镇王庄村四组", ["安徽省阜阳市临泉县老集镇王庄村四组"]),
    ("他回到了江西省赣州市于都县葛坳乡澄江村", ["江西省赣州市于都县葛坳乡澄江村"]),
    # Hong Kong: a flat letter, a phase and 之 in a building's name
    ("寫字樓喺荃灣楊屋道8號如心廣場2期30樓C室", ["荃灣楊屋道8號如心廣場2期30樓C室"]),
])
def test_addresses(text, expected):
    assert addresses(text) == expected


@pytest.mark.parametrize("text", [
    "公司去年在上海买了3栋写字楼。",  # a count of buildings
    "乡村振兴是今年的重点工作。",
    "这个村子分成三个组。",
    "地球村的概念越来越普及。",
    "他是我们村的村长。",
])
def test_not_addresses(text):
    assert addresses(text) == []
