"""Names set H's causes (benchmarks/devset_names_h.py): names in headerless rows and SQL value
tuples, labelled lines of transcripts and action lists, questions about a person, a one-word
owner of what only people have, and lower-case chat after an interjection; and the products,
tools, places and word labels of the same layouts that must stay unmasked. Names and
sentences written for these tests, not taken from the dev set or any peer suite."""

from __future__ import annotations

import pytest
from conftest import covered, person_values


@pytest.mark.parametrize("text, names", [
    # headerless delimited rows: a full-name cell, a given name beside a surname
    ("2291,Oyinkansola Adewale,ops7@example.com,Claims", ["Oyinkansola Adewale"]),
    ("7730|Abubakar|Nasiru|Nurse|Day shift", ["Abubakar", "Nasiru"]),
    ("Danjuma,Halima,F,1979-10-02,Jos", ["Danjuma", "Halima"]),
    # words of the dictionary, beside an e-mail cell
    ("5521,Summer Fields,kit@example.org,Legal", ["Summer Fields"]),
    # an SQL tuple without a column list
    ("INSERT INTO staff VALUES (88, 'Chukwudi Anyanwu', 'driver');", ["Chukwudi Anyanwu"]),
])
def test_headerless_row_names_masked(guard, text, names):
    for name in names:
        assert covered(guard, text, name), name


@pytest.mark.parametrize("text", [
    # product and place rows: dictionary words, the model's places, no person's field
    "4410,Olive,Oil,3.99",
    "1102,Rose Gold Bracelet,49.00,in stock",
    "INSERT INTO products VALUES (7, 'Summer Picnic Set', 'outdoor', 25.00);",
    "Kuala Lumpur,MY,2023-11-02,open",
    "Red|Green|Blue|3",
])
def test_headerless_product_rows_not_person(guard, text):
    assert person_values(guard, text) == []


@pytest.mark.parametrize("text, names", [
    # a transcript with a role and a name no dictionary knows
    ("Interviewer: What brought you here?\nTemitayo: A friend told me about the role.",
     ["Temitayo"]),
    # a role with the name in brackets
    ("Agent (Olumide): Thanks for waiting.\nCaller: no problem", ["Olumide"]),
    # capitals labels: a listed name anchors the run
    ("SIOBHAN: did the van come?\nKWABENA: not yet", ["SIOBHAN", "KWABENA"]),
])
def test_labelled_line_names_masked(guard, text, names):
    for name in names:
        assert covered(guard, text, name), name


@pytest.mark.parametrize("text", [
    # roles only, months, tools and settings as labels
    "Agent: How can I help?\nCustomer: my card is blocked.\nAgent: one moment.",
    "March: 12 orders\nApril: 9 orders",
    "Redis: 7.0\nNginx: 1.25",
    "Summary: the vendor is late.\nNext: chase them on Monday.",
])
def test_labels_that_are_no_person_stay(guard, text):
    assert person_values(guard, text) == []


@pytest.mark.parametrize("text, name", [
    # questions about a person
    ("Is Nkemdirim still on leave?", "Nkemdirim"),
    ("What did Oyelaran Bukola say about the rota?", "Oyelaran Bukola"),
    ("How long has Ikechukwu Nwankwo worked here?", "Ikechukwu Nwankwo"),
    # a one-word owner of what only people have
    ("Adaugo's passport expires in May.", "Adaugo"),
    ("Please update Wojtek's home address.", "Wojtek"),
])
def test_question_and_owner_names_masked(guard, text, name):
    assert covered(guard, text, name), name


@pytest.mark.parametrize("text", [
    # tools and firms in the same frames
    "Does Vite have a dev server?",
    "Apple's signature product is the phone.",
])
def test_tools_and_firms_in_person_frames_not_person(guard, text):
    assert person_values(guard, text) == []


@pytest.mark.parametrize("text, name", [
    # lower-case chat: an interjection before the line's speaker, `w/` for `with`
    ("btw ngozi said the van is booked", "ngozi"),
    ("dinner w/ siobhan tmrw", "siobhan"),
])
def test_lower_chat_names_masked(guard, text, name):
    assert covered(guard, text, name), name


@pytest.mark.parametrize("text", [
    "btw prices said to rise next week",
    "lunch w/ the team tmrw",
])
def test_lower_chat_words_stay(guard, text):
    assert person_values(guard, text) == []


@pytest.mark.parametrize("text", [
    # capitals with no vowel are acronyms, not surnames
    "Who is the data controller under GDPR?",
    "Can you check the NHS guidance for this?",
])
def test_vowelless_acronyms_not_person(guard, text):
    assert person_values(guard, text) == []



def test_capitals_name_between_notice_fields(guard):
    text = "GATE PASS - OBIAGELI NWANKWO - ISSUED 07:40"
    assert covered(guard, text, "OBIAGELI NWANKWO")


def test_capitals_words_between_notice_fields_stay(guard):
    assert person_values(guard, "STOCK CHECK - ROSE GOLD EDITION - AISLE 4") == []
