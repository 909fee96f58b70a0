"""Names set D's causes (benchmarks/devset_names_d.py): places and products the small model or
the name finder read as people, names that are words with no cue before them, possessives
and sign-offs. Each with near-misses that must stay unmasked. Names and sentences written for
these tests, not taken from the dev set or any peer suite."""

from __future__ import annotations

import pytest
from conftest import person_values

from sovereign_guard.detect.name_cues import place_context


@pytest.mark.parametrize("text, name", [
    # a common given name doing what people do opens the sentence, no cue before it
    ("Faith Moreland will chair the board meeting.", "Faith Moreland"),
    # a given name, then what a person has
    ("Grace Whitcombe's report is due on Friday.", "Grace Whitcombe"),
    # a place's context does not take the owner of a person's thing (`at X's place`)
    ("the barbecue is at Ilse Marchetti's place tonight", "Ilse Marchetti"),
    # a sign-off the finder did not know, then the name alone on its line
    ("Speak soon,\nMarisol\n\nSent from my phone", "Marisol"),
    # the place words of the place rule do not drop people after phrasal verbs or `to`
    ("Loop in Robert Miles from Contoso before Friday.", "Robert Miles"),
    ("Please send the signed copy to Aarav Iyer today.", "Aarav Iyer"),
    # capitals after a weak cue that are no phrase of words
    ("MEETING WITH TADHG BRENNAN AT 3PM", "TADHG BRENNAN"),
])
def test_set_d_names_masked(guard, text, name):
    assert name in person_values(guard, text)


@pytest.mark.parametrize("text", [
    # places where a place is spoken of
    "Our office in Kraków closes early on Friday.",
    "Book a flight from Hong Kong to San Diego for the offsite.",
    "Weather for Den Haag on Monday: rain in the morning.",
    "Rank the best restaurants in Buenos Aires.",
    "Visit Victoria Falls and the gorge in one day?",
    # products, services, banks
    "How do I connect Vercel Postgres to Jupyter Notebook?",
    "Which is cheaper, Microsoft Teams or Salesforce Marketing Cloud?",
    "Quote from Banco Santander for the van fleet",
    "Compare the Honda Civic with the Toyota Corolla.",
    # field labels and a heading in capitals after a weak cue
    "The Beneficiary IBAN field is required before you can submit the transfer.",
    "INVOICE 2291\nRE: OUTSTANDING BALANCE",
])
def test_set_d_near_misses_not_people(guard, text):
    assert person_values(guard, text) == []


@pytest.mark.parametrize("text, expected", [
    ("our office in ", True),
    ("a flight from Le Havre to ", True),
    ("hotels near ", True),
    ("please loop in ", False),  # a phrasal verb that takes a person
    ("an email from ", False),  # `from` alone is no place
    ("send the file to ", False),
])
def test_place_context(text, expected):
    assert place_context(text, len(text)) is expected
