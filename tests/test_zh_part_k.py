# ruff: noqa: RUF001  (full-width punctuation is the point)
"""Chinese detection in the carriers of devset_zh3 part k (chat exports, call transcripts,
forms, ward notes, press releases, Cantonese text): each pattern its misses showed, with true
positives and the near-misses that must not match. Examples written here, not taken from the
dev set or any corpus."""

from __future__ import annotations

import pytest
from zh_support import names


@pytest.mark.parametrize("text, expected", [
    # 工 after a surname: how PRC workplaces address an engineer
    ("这个问题请找方工确认。", ["方工"]),
    ("明天让赵工过来看一下机房", ["赵工"]),
    # nurses, pharmacists, technicians
    ("夜班由周护士负责", ["周护士"]),
    ("請詢問林藥師用藥方式", ["林藥師"]),
])
def test_surname_and_workplace_title(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "工地正在施工，请绕行。",     # 施工: a word, not 施 + 工
    "公司严禁雇用童工。",         # 童工: a word
    "他把工作交给了同事。",       # 工 starting a word, no surname before
    "这个马工程很大",             # 工 starts 工程
])
def test_engineer_title_near_misses(text):
    assert not any(n.endswith("工") for n in names(text))


@pytest.mark.parametrize("text, expected", [
    ("法籍設計師讓-馬克·杜邦抵台", ["讓-馬克·杜邦"]),
    ("作曲家安德烈-路易·佩蘭的作品", ["安德烈-路易·佩蘭"]),
    ("导演让-吕克·贝松昨天到了上海", ["让-吕克·贝松"]),  # 吕 (Luc): dotted names only
])
def test_hyphenated_transliterated_names(text, expected):
    assert names(text) == expected


def test_hyphen_without_interpunct_is_not_a_name():
    # a hyphenated run of CJK with no interpunct is no transliterated full name
    assert names("中-美關係與台-日交流") == []


@pytest.mark.parametrize("text, expected", [
    ("Sandy姐今晚唔得閒", ["Sandy姐"]),
    ("我同Peter仔去飲茶", ["Peter仔"]),
    ("聽日June姐會嚟", ["June姐"]),
])
def test_english_given_name_with_familiar_suffix(text, expected):
    assert expected[0] in names(text)


@pytest.mark.parametrize("text", [
    "這台Mac仔細看有刮痕",          # a product, not a given name
    "Excel哥們都會用",             # a product before 哥們
])
def test_familiar_suffix_near_misses(text):
    assert not any(n[:3].isascii() for n in names(text))


def test_chat_speaker_label_at_line_start():
    text = "[10:02] 黃志明：明天幾點集合？\n[10:03] Grace：九點，在車站門口"
    assert "Grace" in names(text)
    assert "Grace" in names("志明：你到了嗎？\nGrace：快到了")


@pytest.mark.parametrize("text", [
    "備註：請帶證件\nNote：明天截止",      # a label, no given name
    "步驟一：Install：先安裝套件",         # mid-line, not a speaker
])
def test_speaker_label_near_misses(text):
    assert not any(n.isascii() for n in names(text))


@pytest.mark.parametrize("text, expected", [
    ("我哋聽日同阿輝佢哋去行山", ["阿輝"]),
    ("阿珍啱啱返到屋企", ["阿珍"]),
])
def test_cantonese_text_names(text, expected):
    found = names(text)
    assert expected[0] in found
    assert not any(c in "佢哋喺嘅咗唔啱" for n in found for c in n)


@pytest.mark.parametrize("text", [
    "我喺中環返工，好忙。",
    "呢間茶餐廳嘅奶茶好好飲。",
])
def test_cantonese_near_misses(text):
    assert names(text) == []


def test_colon_label_does_not_split_a_dictionary_word():
    assert names("问题：路由器无法上网") == []
    assert names("聯絡人：施文章") == ["施文章"]  # a person label before the colon still counts


@pytest.mark.parametrize("text, expected", [
    ("Customer Mrs. Chan 打電話來，說貨還沒到", ["Mrs. Chan"]),
    ("請 Dr Tsai 明天回覆病人", ["Dr Tsai"]),
])
def test_english_honorific_and_romanised_surname(text, expected):
    assert expected[0] in names(text)


@pytest.mark.parametrize("text", [
    "Mr. Bean 是一部英國喜劇",      # not a romanised Chinese surname
    "請參考 Dr. Sum 的公式",        # a word, not in the surname table
])
def test_honorific_near_misses(text):
    assert not any(n.startswith(("Mr", "Dr")) for n in names(text))


@pytest.mark.parametrize("text, expected", [
    ("古家豪村長說，今年雨水少", ["古家豪"]),      # 古: a surname outside the title table
    ("據查，查文德局長已經退休", ["查文德"]),
])
def test_weak_surname_two_given_before_news_title(text, expected):
    assert expected[0] in names(text)


@pytest.mark.parametrize("text", [
    "文化局長今天出席記者會",
    "國安局長與石油局長都到場",
    "高中校長表示將改善設施",
    "和平里長說明天停水",
])
def test_weak_surname_title_near_misses(text):
    assert names(text) == []


def test_transliterated_name_after_a_role_word():
    # 總理's 理 is a transliteration character too; it ends the word before the name
    assert names("泰國前總理他信·巴育今天抵達") == ["他信·巴育"]
    assert names("經理瑪麗·居禮今天請假") == ["瑪麗·居禮"]
