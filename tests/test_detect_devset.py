"""The quality harness's dev set: deterministic, spans exact, identifiers valid."""

from __future__ import annotations

from benchmarks.devset import build
from sovereign_guard.detect.common import luhn_ok
from sovereign_guard.detect.identifiers import cn_resident_id_ok, tw_checksum_ok


def test_devset_is_deterministic_and_spans_are_exact():
    a, b = build(8), build(8)
    assert [(s.text, s.spans) for s in a] == [(s.text, s.spans) for s in b]
    assert {s.category for s in a} == {"en", "zh", "secrets", "benign"}
    for s in a:
        for start, end, entity in s.spans:
            value = s.text[start:end]
            assert value and value == value.strip(" "), (s.id, entity, value)
        if s.category == "benign":
            assert s.spans == []


def test_devset_identifiers_are_valid():
    for s in build(40):
        for start, end, entity in s.spans:
            value = s.text[start:end]
            if entity in ("TW_NATIONAL_ID", "TW_RESIDENT_CERT"):
                assert tw_checksum_ok(value), value
            elif entity == "CN_RESIDENT_ID":
                assert cn_resident_id_ok(value), value
            elif entity == "CREDIT_CARD":
                assert luhn_ok("".join(c for c in value if c.isdigit())), value
