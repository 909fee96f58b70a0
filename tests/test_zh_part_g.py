# ruff: noqa: RUF001  (full-width punctuation is the point)
"""Chinese detection in the genres of devset_zh3 part g (news and forum prose): each pattern
its misses showed, with true positives and the near-misses that must not match. Examples
written here, not taken from the dev set or any corpus."""

from __future__ import annotations

import os

import pytest
from zh_support import addresses, names

from sovereign_guard.detect.zh_email import ChineseEmailRecognizer

EMAILS = ChineseEmailRecognizer()


def emails(text: str) -> list[str]:
    return [text[r.start : r.end] for r in EMAILS.analyze(text, ["EMAIL_ADDRESS"])]


@pytest.mark.parametrize("text, expected", [
    # a full name with a news title right after it, jieba cutting the name into a word
    ("許家豪教練今天宣布退休", ["許家豪"]),
    ("鄧雅琪主播明天請假", ["鄧雅琪"]),
    ("胡立新院士作了报告", ["胡立新"]),
    # a transliterated name without an interpunct right after a role
    ("利物浦主帅克洛斯特表示，球队状态很好", ["克洛斯特"]),
    ("德国外长贝尔博克斯抵达北京", ["贝尔博克斯"]),
    # one character outside the table inside the name, not at its end
    ("奥地利总理朔尔贝格通电话", ["朔尔贝格"]),
    # a Latin initial glued to a transliterated name (sports pages)
    ("J罗在比赛中受伤下场", ["J罗"]),
    ("B费尔南在社交媒体发文", ["B费尔南"]),
    # an English honorific before a Chinese surname
    ("Please call Ms. 林 tomorrow.", ["Ms. 林"]),
    ("Dr 陳志明 will join the call.", ["Dr 陳志明"]),
])
def test_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    # a title after a country or an everyday word, not a name
    "韓國總統今天出訪歐洲",
    "美國總統與日本首相通電話",
    # a role before an everyday word, not a transliteration
    "总统特别顾问今天表示反对",
    "总理表示将加快改革",
    "記者會上，部長表示不會辭職",
    # a capital letter before a noun: terms, not people
    "A股今天大涨，K金首饰也卖得好",
    "T恤和U盘都在B区",
    # a verb after a role whose first character is an ambiguous surname
    "那位瑜伽老師來台開課",
    # sports teams named like people
    "中信兄弟與樂天桃猿今晚交手",
    "统一狮和富邦悍将都输了",
    # words of nature before a verb only nature takes
    "白雪覆盖了整个村庄",
    "白雪皑皑的山顶",
])
def test_not_names(text):
    assert names(text) == []


def test_names_that_are_words_stay_names_elsewhere():
    # 白雪 is a person where it does what people do
    assert names("下午的会议由白雪负责记录") == ["白雪"]
    # a player on a team is still a person
    assert names("中信兄弟投手周冠宇今天先發") == ["周冠宇"]


@pytest.mark.parametrize("text, expected", [
    # a section with a direction (Taiwan)
    ("公司位於台中市西屯區文心路東二段", ["台中市西屯區文心路東二段"]),
    ("位於新北市汐止區大同路南段", ["新北市汐止區大同路南段"]),
    # a road of a planned district: direction, ordinal, 道
    ("工厂在深圳市南山区科技北三道", ["深圳市南山区科技北三道"]),
])
def test_addresses(text, expected):
    assert addresses(text) == expected


@pytest.mark.parametrize("text", [
    "这个路段经常塞车",
    "这一道题很难",
    "城市的第一道防线",
    "他北一道菜都没吃",
])
def test_not_addresses(text):
    assert addresses(text) == []


@pytest.mark.parametrize("text, expected", [
    # a Chinese mailbox after a cue of sending or a label
    ("意见请寄到李四@样例.公司，谢谢", ["李四@样例.公司"]),
    ("電郵：客服部@範例.香港", ["客服部@範例.香港"]),
    # an ASCII mailbox at a Chinese domain
    ("邮箱lisi.wang@样例.中国", ["lisi.wang@样例.中国"]),
    # a Chinese mailbox at an ASCII domain
    ("聯絡人信箱為陳大文@example.com.tw", ["陳大文@example.com.tw"]),
    # no cue: the last four characters before @
    ("請洽詢服務台小幫手@範例.台灣", ["服務台小幫手@範例.台灣"[2:]]),
])
def test_emails(text, expected):
    assert emails(text) == expected


@pytest.mark.parametrize("text", [
    "mail bob@example.com today",  # ASCII only: the Latin recognizer's
    "@王小明 你看一下",  # a mention, no domain
    "李明@微博 说了一句",  # no dot, no domain
    "價格@每件.5元",  # no top-level domain
])
def test_not_emails(text):
    assert emails(text) == []


def test_chinese_email_masked_by_guard():
    os.environ.setdefault("SOVEREIGN_GUARD_TENANT_KEY", "42" * 32)
    from sovereign_guard.core import Guard

    text = "报名请发至王小明@学校.中国，截止日为周五。"
    protected = Guard("default").protect(text)
    assert "王小明@学校.中国" not in protected.texts[0]
    assert "截止日为周五" in protected.texts[0]
