"""An instruction's verb before a name (`Tell Maria to...`) is no part of the name: the small
model and the name finders ran it in, so the prompt went out as `<PERSON> to open...`.
Given names that are also verbs or words (`Will`, `Mark`, `Hope`) still open a name."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.name_cues import past_leading_verb
from sovereign_guard.policy import Action


def people(guard, text: str) -> list[str]:
    return [text[f.start:f.end] for f in guard.protect(text).findings
            if f.type == "PERSON" and f.action is not Action.ALLOW]


@pytest.mark.parametrize(("text", "name"), [
    ("Tell Ifeoma to book the room.", "Ifeoma"),
    ("Remind Santiago Ferreyra about the audit.", "Santiago Ferreyra"),
    ("Ping Oluwaseun when the build is green.", "Oluwaseun"),
    ("Thanks. Email Katarzyna the slides.", "Katarzyna"),
    ("- Invite Rustam Nazarov to the review", "Rustam Nazarov"),
])
def test_the_verb_stays_outside_the_name(guard, text, name):
    assert people(guard, text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Will Ferrante signed the lease.", "Will Ferrante"),
    ("Mark Okonjo approved it.", "Mark Okonjo"),
    ("Hope Adeyemi joins on Monday.", "Hope Adeyemi"),
])
def test_given_names_that_are_words_are_kept(guard, text, name):
    assert people(guard, text) == [name]


def test_only_at_a_clause_start():
    text = "We asked Tell Dorsey"  # a surname `Tell` inside the clause is not trimmed
    start = text.index("Tell")
    assert past_leading_verb(text, start, len(text)) == start
    text = "Tell Dorsey now"
    assert past_leading_verb(text, 0, len("Tell Dorsey")) == len("Tell ")
    assert past_leading_verb("Tell Dorsey", 0, 4) == 0  # no word left after the verb
