"""Chinese names and addresses found by what stands around them (issue 13, second pass):
role words before a name, a given name speaking or after a verb that takes a person,
roads without a number, Hong Kong estates, markings in either script. True positives and
the near-misses that must not match; examples written here."""

from __future__ import annotations

import pytest
from zh_support import addresses, names

from sovereign_guard.detect.business import MarkingRecognizer, TermRecognizer


@pytest.mark.parametrize("text, expected", [
    # a role word glued before the name (LAC reads 里長巫明德 as one word, 湯國樑 as a place)
    ("里長巫明德說，住戶已全數撤離。", ["巫明德"]),
    ("受害的老翁湯國樑住在鄉下。", ["湯國樑"]),
    ("立法委員韓國輝在質詢時指出問題。", ["韓國輝"]),  # 韓國 is a word, 輝 a given name
    ("董事長張忠謀表示，明年會更好。", ["張忠謀"]),  # a third character outside our list
    ("嫌疑人邵立军已被刑事拘留。", ["邵立军"]),
    # a given name alone speaking at the start of a clause
    ("翔安說他下個月會回來。", ["翔安"]),  # 翔安 is also a district
    ("建军说，今年的收成比去年好。", ["建军"]),  # 建军 is also a word
    ("昨天晚上，淑華說她不去了。", ["淑華"]),
    # a given name after a verb that takes a person
    ("我跟怡萱約了週六看電影。", ["怡萱"]),
    ("谢谢佳慧帮我带了午饭。", ["佳慧"]),
    ("我妈叫我带思远去打疫苗。", ["思远"]),
    # names in a list next to a found one (LAC cuts 梅|以德)
    ("參加座談會的學者有梅以德、卓素娥與向榮光。", ["梅以德", "卓素娥", "向榮光"]),
    # roles of records, a compound surname, a Latin name after a role
    ("委托诉讼代理人上官婉清，北京某律师事务所律师。", ["上官婉清"]),
    ("外籍看護Siti Nurhaliza下週到職。", ["Siti Nurhaliza"]),
    # 小/老 + a surname that starts words, in a pair jieba does not know
    ("帮我问问老钱，周末几点开始。", ["老钱"]),
    # surname + a title we had not listed
    ("請鄭會計確認單據。", ["鄭會計"]),
    ("财务部殷会计说发票不全。", ["殷会计"]),
])
def test_names_by_context(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "記者會在下午三點舉行。",          # 記者會: a press conference
    "病患安全是醫院的首要任務。",      # 安 as a surname would start 安全
    "委員會今天通過了預算。",
    "董事長室在十樓。",
    "大家說這家店很好吃。",            # an everyday word speaking
    "老師說明天要考試。",
    "台北說要蓋新的捷運線。",          # a city
    "後來說好了一起去。",
    "鴻海表示營收成長。",              # a company: 表示 is not a person's verb here
    "我跟大家說明一下。",
    "謝謝你們的幫忙。",
    "我和平常一樣早起。",
    "老翁坐在公園的長椅上。",          # 老翁: an old man, not 老 + surname 翁
    "他在公司擔任會計。",
    "他帶領大家往前走。",              # 帶 + 領大: 帶領 is a word
    "這個月只賺了點小錢。",            # 小錢: small money
    "老馬識途，他最熟悉這條路。",
    "我買了蘋果、香蕉和芭樂。",        # a list of things
])
def test_context_near_misses(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("事故发生在北京市海淀区学院路附近。", ["北京市海淀区学院路"]),  # one ORG word to LAC
    ("翔安說他住在學院路", ["學院路"]),  # a road without a number after 住在
    ("車禍發生在自由路，兩輛機車相撞。", ["自由路"]),  # LAC: 自由路 n
    ("他從小在九龍黃大仙下邨龍昌樓12座長大。", ["九龍黃大仙下邨龍昌樓12座"]),
    ("我住在北京市朝阳区望京街道阜通东大街6号院3号楼2单元1502室。",
     ["北京市朝阳区望京街道阜通东大街6号院3号楼2单元1502室"]),
    ("Office: 3F., No. 25, Aly. 6, Ln. 110, Sec. 4, Xinyi Rd., Da'an Dist., Taipei City 106",
     ["3F., No. 25, Aly. 6, Ln. 110, Sec. 4, Xinyi Rd., Da'an Dist., Taipei City 106"]),
    # a village and neighbourhood before the road (LAC: 三張 m, 鄰松智路 LOC); 的大樓 is
    # not the name of a building
    ("信義區三張里3鄰松智路1號的大樓今天演習。", ["信義區三張里3鄰松智路1號"]),
    ("请寄到701 新北市 三重区 基隆路一段 372 号 10 楼，谢谢。",
     ["701 新北市 三重区 基隆路一段 372 号 10 楼"]),  # 三重区: LAC m
])
def test_addresses_by_context(text, expected):
    assert addresses(text) == expected


@pytest.mark.parametrize("text", [
    "北京市今年将新建五十公里地铁线路。",  # 五十公里 is no 里 (village)
    "我们要走中国特色社会主义道路。",      # 道路 is a word
    "他在網路上買了一台電腦。",
    "我在山路上開車要小心。",
    "走在人生的道路上。",
    "週末去步行街逛逛。",
    "在這條路上有很多老店。",
    "台北市政府今天宣布新政策。",          # a city: LOCATION, allowed
    "新北市板橋區的人口超過五十萬。",
])
def test_address_near_misses(text):
    assert addresses(text) == []


MARKS = MarkingRecognizer(["機密", "內部資料", "營業秘密", "機敏"])


@pytest.mark.parametrize("text, value", [
    ("机密：和解协议条款不得披露。", "机密"),      # listed in Traditional, written Simplified
    ("内部资料，请勿外传。", "内部资料"),
    ("营业秘密 请勿外流", "营业秘密"),
    ("內部資料，請勿外傳。", "內部資料"),
])
def test_markings_in_either_script(text, value):
    assert [text[r.start : r.end] for r in MARKS.analyze(text, ["DOCUMENT_MARKING"])] == [value]


@pytest.mark.parametrize("text", ["机密性是信息安全的三要素之一", "他反应很机敏", "内部的资料夹"])
def test_markings_either_script_near_misses(text):
    assert MARKS.analyze(text, ["DOCUMENT_MARKING"]) == []


def test_terms_in_either_script():
    terms = TermRecognizer("CONFIDENTIAL_TERM", ["天鷹計畫"])
    assert [r.start for r in terms.analyze("天鹰计画的预算", ["CONFIDENTIAL_TERM"])] == [0]
    assert terms.analyze("天空計畫", ["CONFIDENTIAL_TERM"]) == []
