"""Numbers written against a person's name are that person's, whatever joins them."""

import pytest

from sovereign_guard.detect.anchored import anchored_numbers


def _found(text: str, name: str) -> list[tuple[str, str]]:
    start = text.index(name)
    return [(text[s:e], entity)
            for s, e, entity in anchored_numbers(text, [(start, start + len(name))])]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Margaret-Thornbury-536228451.txt", "Margaret-Thornbury", [("536228451", "US_SSN")]),
    ("536228451_Margaret_Thornbury.pdf", "Margaret_Thornbury", [("536228451", "US_SSN")]),
    ("Jane Doe, 4471093", "Jane Doe", [("4471093", "NATIONAL_ID")]),
    ("Okafor Chinedu #88-1402-77 called", "Okafor Chinedu", [("88-1402-77", "NATIONAL_ID")]),
    ("Lee Min-jun: no. 9123456789012", "Lee Min-jun", [("9123456789012", "NATIONAL_ID")]),
    ("Ana Souza 912-70-1234", "Ana Souza", [("912-70-1234", "US_ITIN")]),
])
def test_a_number_against_a_name_is_found(text, name, expected):
    assert _found(text, name) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Report_Jane_Doe_20241201.pdf", "Jane_Doe"),     # a date, not an identifier
    ("Margaret Thornbury 2024-2025 budget", "Margaret Thornbury"),  # a range
    ("Jane Doe 12345 votes", "Jane Doe"),             # five digits: too short to identify
    ("Jane Doe ordered 44710930 units", "Jane Doe"),  # a word between: not attached
    ("Jane Doe 1234567890123456789 x", "Jane Doe"),   # longer than any identifier
    ("Jane Doe v2.4471093", "Jane Doe"),
    ("ab12345678-Jane Doe", "Jane Doe"),              # part of a longer token before
])
def test_numbers_not_attached_or_not_identifiers_are_left(text, name):
    assert _found(text, name) == []


def test_the_guard_redacts_the_number_in_a_file_name(guard):
    guard.known.clear()
    out = guard.protect(["Margaret-Thornbury-536228451.txt"]).texts[0]
    assert "536228451" not in out and "Thornbury" not in out and out.endswith(".txt")


def test_no_name_no_claim(guard):
    guard.known.clear()
    assert guard.protect(["build-536228451.txt"]).texts == ["build-536228451.txt"]
