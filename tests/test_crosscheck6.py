"""crosscheck6's generator: deterministic, and its gold spans point at the text they label.

No detection is run here: the probe measures the guard, these tests only check the probe.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import crosscheck6  # noqa: E402


def _iban_ok(code: str) -> bool:
    c = code.replace(" ", "")
    return int("".join(str(int(ch, 36)) for ch in c[4:] + c[:4])) % 97 == 1


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = int(d) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def test_same_seed_same_samples_other_seed_other_samples() -> None:
    a, b = crosscheck6.build6(60), crosscheck6.build6(60)
    assert [(s.id, s.text, s.spans) for s in a] == [(s.id, s.text, s.spans) for s in b]
    c = crosscheck6.build6(60, seed=crosscheck6.SEED + 1)
    assert [s.text for s in a] != [s.text for s in c]


def test_sizes_follow_n() -> None:
    samples = crosscheck6.build6(100)
    assert sum(s.category == "pii" for s in samples) == 100
    assert sum(s.category == "benign" for s in samples) == 20


def test_gold_spans_point_at_trimmed_non_overlapping_text() -> None:
    for s in crosscheck6.build6(400):
        if s.category == "benign":
            assert s.spans == []
            continue
        assert s.spans, s.id
        last_end = -1
        for a, b, entity in sorted(s.spans):
            value = s.text[a:b]
            assert 0 <= a < b <= len(s.text)
            assert value == value.strip() and value, (s.id, entity)
            assert a >= last_end, s.id  # spans do not overlap
            last_end = b
            assert "{" not in value and "}" not in value
        assert not re.search(r"\{[A-Za-z_0-9]+\}", s.text), s.id  # every slot was filled


def test_checksummed_values_are_valid() -> None:
    for s in crosscheck6.build6(400):
        for a, b, entity in s.spans:
            value = s.text[a:b]
            if entity == "IBAN_CODE":
                assert _iban_ok(value), value
            elif entity == "CREDIT_CARD":
                assert _luhn_ok(re.sub(r"\D", "", value)), value


def test_id_helpers_carry_valid_check_digits() -> None:
    r = random.Random(7)
    for _ in range(50):
        aba = crosscheck6._aba(r)
        assert sum(int(c) * w for c, w in zip(aba, [3, 7, 1] * 3, strict=True)) % 10 == 0
        body = str(r.randrange(2, 10)) + "".join(str(r.randrange(10)) for _ in range(10))
        assert crosscheck6._verhoeff_ok(body + crosscheck6._verhoeff(body))
        cn = crosscheck6._cn_id(r)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        assert cn[-1] == "10X98765432"[sum(int(c) * k for c, k in zip(cn[:17], w, strict=True)) % 11]
        tc = crosscheck6._tckn(r)
        assert int(tc[10]) == sum(map(int, tc[:10])) % 10
        assert _luhn_ok(crosscheck6._emirates(r).replace("-", ""))
    assert crosscheck6._verhoeff("236") == "3"  # the published worked example
