"""Person names (Chinese via jieba, Latin-script via evidence) and street addresses."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.addresses import StreetAddressRecognizer
from sovereign_guard.detect.names_zh import ChineseNameRecognizer

ZH = ChineseNameRecognizer()


def zh_names(text: str) -> list[str]:
    return [text[r.start : r.end] for r in ZH.analyze(text, ["PERSON"]) if r.score >= 0.6]


@pytest.mark.parametrize("text, names", [
    ("請幫我回覆王小明的信，謝謝", ["王小明"]),
    ("會議由羅冠宇經理負責，下週與張志明討論", ["羅冠宇", "張志明"]),  # 由羅冠宇 glued by jieba
    ("客戶陳俊宏用信用卡付款", ["陳俊宏"]),
    ("聯絡人施文章，信箱如下", ["施文章"]),  # 文章 is a word; the cue says name
    ("连俊佑和黄淑玲下周出差", ["连俊佑", "黄淑玲"]),  # 连 is ambiguous: LAC finds it
    ("姓名：黃秀雲；手機", ["黃秀雲"]),  # jieba splits Traditional names into characters
    ("请联系欧阳娜娜", ["欧阳娜娜"]),  # compound surname
])
def test_chinese_names(text, names):
    assert zh_names(text) == names


@pytest.mark.parametrize("text", [
    "謝謝你的方法和文件", "我們明天開會討論時間，高興見到你", "這個方法很好用，許多人都說安全",
    "請開發票給公司，統一編號", "周末去高雄玩", "文化和金融的關係", "Hello world, no Chinese here",
])
def test_chinese_name_near_misses(text):
    assert zh_names(text) == []


def test_chinese_names_switchable_per_policy(make_guard):
    text = "請幫我回覆王小明的信"
    on = make_guard().protect(text)
    off = make_guard({"detection": {"chinese_names": False}}).protect(text)
    assert "王小明" not in on.texts[0]
    assert "王小明" in off.texts[0]


def test_long_cjk_run_is_chunked():
    text = "陳" * 5000 + "請回覆王小明" + "。" * 10
    assert zh_names(text)[-1] == "王小明"


def persons(guard, text: str) -> list[str]:
    return [f.type + ":" + text[f.start : f.end] for f in guard.protect(text).findings
            if f.type == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("The on-call engineer is Alexa Hart (alexa.h@example.net).", "Alexa Hart"),  # spaCy: ORG
    ("Translate: Dear Victoria Estes, your card was sent.", "Victoria Estes"),  # WORK_OF_ART
    ("referred by Dr. Dewi van der Klein yesterday", "Dr. Dewi van der Klein"),  # spaCy: `Dewi van`
    ("外籍員工Michael Garcia的居留證", "Michael Garcia"),  # glued to CJK
    ("attendees Aimée Valette, Antonello Niscoromni and Benoît Royer.", "Antonello Niscoromni"),
])
def test_latin_names_spacy_misses(guard, text, name):
    assert "PERSON:" + name in persons(guard, text)


@pytest.mark.parametrize("text", [
    "Email: see below\nPhone: n/a",
    "Convert to a pandas pipeline: df.groupby('region')",
    "Rust error: expected `Vec<u8>`, found `Option<String>`",
    "Restart Count: 3, Started: 2024-01-02",
    "Welcome to New York, said the sign.",
    "The contract with Williams, Thomas and Moore expires.",
])
def test_latin_name_near_misses(guard, text):
    assert persons(guard, text) == []


ADDR = StreetAddressRecognizer()


def addresses(text: str) -> list[str]:
    return [text[r.start : r.end] for r in ADDR.analyze(text, ["STREET_ADDRESS"]) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    ("lives at 1600 Pennsylvania Avenue NW, Washington, DC 20500.",
     "1600 Pennsylvania Avenue NW, Washington, DC 20500"),
    ("Send it to 81948 Dakota Ports Apt. 518\nNew Brianborough, NM 89682 please",
     "81948 Dakota Ports Apt. 518\nNew Brianborough, NM 89682"),
    ("Flat 3\nNicole Walks\nWest Samantha\nE94 1YY", "Flat 3\nNicole Walks\nWest Samantha\nE94 1YY"),
    ("Sieringgasse 28\n90830 Marienberg", "Sieringgasse 28\n90830 Marienberg"),
    ("at 20, rue de Poulain\n74159 BenoitVille.", "20, rue de Poulain\n74159 BenoitVille"),  # not the full stop
    ("Via Moretti, 39 Piano 7\n38033, Carano (TN)", "Via Moretti, 39 Piano 7\n38033, Carano (TN)"),
    ("PSC 0015, Box 3504, APO AE 07784", "PSC 0015, Box 3504, APO AE 07784"),
    ("請寄到台北市信義區信義路五段7號8樓，謝謝", "台北市信義區信義路五段7號8樓"),
    ("26018 台中市信義街4號8樓", "26018 台中市信義街4號8樓"),
    ("我住在中山北路二段45巷3弄5號", "中山北路二段45巷3弄5號"),
    ("辽宁省辉市丰都谢街f座 761318", "辽宁省辉市丰都谢街f座 761318"),
])
def test_addresses(text, value):
    assert addresses(text) == [value]


@pytest.mark.parametrize("text", [
    "We have 3 Data Centers in Europe", "the 2 Key Points are", "Version 2 Update Road map",
    "信義路很塞車", "room 12 and 34 chairs", "20 February. Loop in Alice",
])
def test_address_near_misses(text):
    assert addresses(text) == []
