"""Names in long documents (crosscheck7's families, with other values): Baltic, Romanian and
German letters inside a name, job titles on a signature's or a reference's line, and firms
named by their trade; with near misses.

Every example is ours, none taken from benchmarks/crosscheck7.py."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.names_en import PersonNameRecognizer

NAMES = PersonNameRecognizer()


def names(text: str) -> list[str]:
    return [text[r.start : r.end] for r in NAMES.analyze(text, ["PERSON"]) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    ("Please call Aistė Juknevičiūtė about the lease.", "Aistė Juknevičiūtė"),
    ("The report was signed by Jānis Kalniņš yesterday.", "Jānis Kalniņš"),
    ("Our auditor Gudrun Strauß will join the call.", "Gudrun Strauß"),
])
def test_names_with_baltic_and_german_letters(text: str, value: str) -> None:
    assert value in names(text)


@pytest.mark.parametrize("text, role", [
    ("Reference: Marta Oyelowo, Freight Planner - marta@example.org", "Freight Planner"),
    ("Contact Tomás Reyes, Warehouse Supervisor - tomas@example.org", "Warehouse Supervisor"),
    ("References\nIngrid Solberg, Loss Adjuster - ingrid@example.org", "Loss Adjuster"),
])
def test_job_title_is_no_name(text: str, role: str) -> None:
    assert role not in names(text)


def test_given_name_before_role_word_stays_a_name() -> None:
    # `Porter` is a trade and a surname: after a common given name it is a name
    assert "Helen Porter" in names("Kind regards,\nHelen Porter\n")


@pytest.mark.parametrize("firm", ["Larchfield Mutual", "Quayside Logistics", "Brookmere Dental"])
def test_firm_named_by_its_trade(firm: str) -> None:
    assert firm not in names(f"The contract with {firm} renews in May.")
