"""Once detected, always detected (`recall.KnownValues`), and where a one-word name stops."""

from __future__ import annotations

import pytest

from sovereign_guard.recall import KnownValues


def found(known: KnownValues, text: str) -> list[str]:
    return [text[a:b] for a, b, _ in known.find(text)]


def test_values_are_found_again_in_any_case_and_context():
    known = KnownValues()
    known.add("US_SSN", "123-45-6789")
    known.add("PERSON", "Rose Okafor")
    text = "row: 123-45-6789 | ROSE OKAFOR | rose okafor"
    assert found(known, text) == ["123-45-6789", "ROSE OKAFOR", "rose okafor"]


@pytest.mark.parametrize("text, expected", [
    ("Please ask Rose about the lease.", ["Rose"]),     # replayed as written, mid-sentence
    ("so Rose, the deadline is Friday", ["Rose"]),
    ("Our revenue rose 12 percent.", []),               # the word
    ("ROSE GARDEN TOUR", []),                           # not as it was written
    ("Rose gold is back. Rose water too.", []),        # a sentence's start
    ("Notes:\nRose to confirm", []),                    # a line's start
    ("- Rose to confirm", []),                          # a bullet
])
def test_a_one_word_name_is_found_again_only_as_written_mid_sentence(text, expected):
    known = KnownValues()
    known.add("PERSON", "Rose")
    assert found(known, text) == expected


def test_a_lower_case_one_word_name_is_not_remembered():
    known = KnownValues()
    known.add("PERSON", "grace")  # `thanks grace!` in a chat
    assert len(known) == 0
    assert found(known, "the grace period ends Monday") == []


def test_other_one_word_values_and_caseless_names_are_recalled_everywhere():
    known = KnownValues()
    known.add("USERNAME", "summer85")
    known.add("PERSON", "歐陽小明")
    assert found(known, "Summer85 logged in") == ["Summer85"]
    assert found(known, "歐陽小明，你好") == ["歐陽小明"]


def test_evicted_names_leave_nothing_behind():
    known = KnownValues(capacity=1)
    known.add("PERSON", "Rose")
    known.add("US_SSN", "123-45-6789")
    assert len(known) == 1 and found(known, "ask Rose") == []


def test_through_the_guard_a_redacted_given_name_leaves_the_word_alone(guard):
    first = guard.protect("Hi Rose, can you send me the draft by Friday?")
    assert "Rose" not in first.texts[0]
    later = guard.protect("Quarterly revenue rose 12 percent. Please loop in Rose on it.")
    assert later.texts[0].startswith("Quarterly revenue rose 12 percent. Please loop in <")
