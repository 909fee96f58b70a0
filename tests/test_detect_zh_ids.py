"""Bank accounts, passports and NHI cards next to their Chinese (or English) labels, and the
Chinese document markings of the shipped policies."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.business import MarkingRecognizer
from sovereign_guard.detect.zh_ids import (
    BankAccountRecognizer,
    PassportRecognizer,
    TwNhiCardRecognizer,
)
from sovereign_guard.policy import load_policy


def found(recognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("recognizer, text, value", [
    (BankAccountRecognizer(), "請匯款到帳號：012-345678-901，戶名請寫公司全名", "012-345678-901"),
    (BankAccountRecognizer(), "退款请转账至账户 62220212345678901", "62220212345678901"),
    (BankAccountRecognizer(), "銀行帳號(822) 1234-5678-9012", "(822) 1234-5678-9012"),
    (BankAccountRecognizer(), "我的银行帐号是165-795010-407", "165-795010-407"),
    (PassportRecognizer(), "護照號碼：312345678，效期到2030年", "312345678"),
    (PassportRecognizer(), "护照号码E12345678", "E12345678"),
    (PassportRecognizer(), "護照 no. G12345678", "G12345678"),
    (TwNhiCardRecognizer(), "健保卡號：0000 1234 5678", "0000 1234 5678"),
    (TwNhiCardRecognizer(), "病患的健保卡號碼為000012345678。", "000012345678"),
])
def test_identifiers_with_context(recognizer, text, value):
    assert found(recognizer, text) == [value]


@pytest.mark.parametrize("recognizer, text", [
    (BankAccountRecognizer(), "訂單編號 20261201123456 已出貨"),  # no account word
    (BankAccountRecognizer(), "帳號是wang123，密碼另外寄"),  # a login name
    (BankAccountRecognizer(), "匯款金額 1234 元"),  # too short for an account
    (PassportRecognizer(), "訂單 312345678 已出貨"),
    (PassportRecognizer(), "護照要在2030年前換新"),
    (TwNhiCardRecognizer(), "發票號碼 0000 1234 5678"),
])
def test_near_misses(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("policy", ["default", "strict"])
@pytest.mark.parametrize("marking", ["【密件】", "營業秘密", "机敏资料", "INTERNAL ONLY"])
def test_chinese_markings_in_the_shipped_policies(policy, marking):
    recognizer = MarkingRecognizer(load_policy(policy).detection.markings)
    text = f"{marking}\n第三季的營收預估如下"
    assert [r.entity_type for r in recognizer.analyze(text, None)] == ["DOCUMENT_MARKING"]


def test_markings_are_found_through_the_guard(make_guard):
    findings = make_guard().protect("【密件】本文件含營業秘密").findings
    assert [f.type for f in findings] == ["DOCUMENT_MARKING", "DOCUMENT_MARKING"]
