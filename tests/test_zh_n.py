# ruff: noqa: RUF001  (full-width punctuation is the point)
"""Chinese detection in the shapes of devset_zh3 part n (street addresses in many shapes, IDs
with Chinese labels, markings): each pattern its misses showed, with true positives and the
near-misses that must not match. Examples written here, not taken from the dev set."""

from __future__ import annotations

import pytest


def _masked(guard, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in guard.protect(text).findings
            if f.type == entity and f.action.value != "allow"]


def _found(guard, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in guard.protect(text).findings if f.type == entity]


@pytest.mark.parametrize("text, expected", [
    # Hong Kong's 道 roads with a house number, and a building name before its floor
    ("送到香港銅鑼灣軒尼詩道455號", "香港銅鑼灣軒尼詩道455號"),
    ("地址：九龍尖沙咀廣東道33號海港城大廈12樓", "九龍尖沙咀廣東道33號海港城大廈12樓"),
    # a road's section given as a direction
    ("现住址：河北省保定市竞秀区朝阳北大街南段208号", "河北省保定市竞秀区朝阳北大街南段208号"),
    ("户籍地址：山东省济南市历下区纬二路北段15号3号楼2单元602",
     "山东省济南市历下区纬二路北段15号3号楼2单元602"),
    # Taiwan's 3+3 postcode with a hyphen, a PRC postcode after the number
    ("寄到 220-058 新北市板橋區中山路一段50號3樓", "220-058 新北市板橋區中山路一段50號3樓"),
    ("中国 江苏省 苏州市 姑苏区 干将西路 77号 215008", "中国 江苏省 苏州市 姑苏区 干将西路 77号 215008"),
    # romanized: a bare city before its postcode
    ("Mail: No. 12, Ln. 8, Sec. 1, Xinyi Rd., Da'an Dist., Taipei 106",
     "No. 12, Ln. 8, Sec. 1, Xinyi Rd., Da'an Dist., Taipei 106"),
])
def test_address_shapes(guard, text, expected):
    assert expected in _masked(guard, text, "STREET_ADDRESS")


@pytest.mark.parametrize("text", [
    # the 道 of a word before a number is no road
    "我知道5號那天要開會。",
    "媒体报道2号线延误。",
    # a number after a district name with no road
    "这个月天河区的成交量是385套。",
])
def test_not_addresses(guard, text):
    assert _masked(guard, text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, value", [
    ("收款人的银行卡：6228480402564890011", "6228480402564890011"),
    ("請把款項轉到我的金融卡 700-0012-3456-789", "700-0012-3456-789"),
    ("借记卡号码为6230 5821 0044 7713 265", "6230 5821 0044 7713 265"),
])
def test_debit_card_as_bank_account(guard, text, value):
    # a Luhn-valid number is the credit-card recognizer's: masked either way
    assert value in _masked(guard, text, "BANK_ACCOUNT") + _masked(guard, text, "CREDIT_CARD")


@pytest.mark.parametrize("text", [
    "这张银行卡已经挂失了。",
    "金融卡的年费是100元。",
])
def test_card_words_alone(guard, text):
    assert _masked(guard, text, "BANK_ACCOUNT") == []


def test_trade_secret_marking(guard):
    assert _found(guard, "本手册属商業秘密，请妥善保管。", "DOCUMENT_MARKING") == ["商業秘密"]
    assert _found(guard, "营业额比去年增加了。", "DOCUMENT_MARKING") == []
