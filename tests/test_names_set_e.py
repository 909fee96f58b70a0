"""Names set E's causes (benchmarks/devset_names_e.py): citations, legal captions, sports
reports, speaker labels in capitals and lower case, lower-case names the model cut short, and
the PERSON look-alikes (eponyms, dates' abbreviations, place fragments, products). Names and
sentences written for these tests, not taken from the dev set or any peer suite."""

from __future__ import annotations

import pytest
from conftest import covered, person_values

from sovereign_guard.detect.name_cues import names_a_thing, proper_noun_fragment


@pytest.mark.parametrize("text, names", [
    # APA author list before a year
    ("Oyelowo, T. R., & Brankovic, S. (2021). Noise at work. Ergonomics, 4(1), 1-9.",
     ["Oyelowo", "T. R.", "Brankovic", "S."]),
    # Vancouver author list closed by a full stop
    ("Kettleborough PJ, Ostrowska M, Tanaskovic D. Falls in care homes. Age Ageing. 2019.",
     ["Kettleborough PJ", "Ostrowska M", "Tanaskovic D"]),
    # et al. and author-year references
    ("As Quenneville et al. (2018) argue, the sample was small.", ["Quenneville"]),
    ("as shown before (Brankovic & Oyelowo, 2016; Tarkanian, 2020).",
     ["Brankovic", "Oyelowo", "Tarkanian"]),
    # legal captions and capitals after a title
    ("Haverbrook v. Quillon, 221 F.2d 40 (1955)", ["Haverbrook", "Quillon"]),
    ("MIRELA COSTACHE, Plaintiff,\nv.\nNorthgate Storage, Defendant.", ["MIRELA COSTACHE"]),
    ("BEFORE: HER HONOUR JUDGE ABERNATHY", ["ABERNATHY"]),
    # scorers with minute marks, a player doing what players do
    ("Goals: Ndiaye 14', Szoboszlai 58', Vandersloot 90+2'", ["Ndiaye", "Szoboszlai", "Vandersloot"]),
    ("Brankovic equalised from the penalty spot.", ["Brankovic"]),
    # a given name in capitals labelling a subtitle's turn
    ("7\n00:00:31,000 --> 00:00:33,500\nWILHELMINA: Is anyone home?", ["WILHELMINA"]),
    ("GUNNAR: where is it?\nASTRID: in the car.", ["GUNNAR", "ASTRID"]),
    # lower-case chat speakers and a lower-case name before an e-mail address
    ("radomir kowalczyk: deploying now\nbeatriz lindqvist: ok", ["radomir kowalczyk", "beatriz lindqvist"]),
    ("<gunnar> back in 5\n<ingrid> k", ["gunnar", "ingrid"]),
    ("From: svetlana ostrowska <s.o@example.org>", ["svetlana ostrowska"]),
    # a lower-case name the model stops at its particle
    ("lol annemiek van der spoel just brought cake", ["annemiek van der spoel"]),
    # `Surname, Given` lists with particles before the surname, and in a quoted CSV cell
    ("Authors: de Groot, Wietske; van Houten, Pieter", ["Wietske", "Pieter"]),
    ('"Brankovic, Milica","Accounts","2022"', ["Brankovic, Milica"]),
    # a table whose header names a person column
    ("lead_id,contact,source\n5521,Jorunn Haugeland,webinar", ["Jorunn Haugeland"]),
    ("| Owner | Task |\n|---|---|\n| Ottoline Ferreira-Kahn | Renew TLS |", ["Ottoline Ferreira-Kahn"]),
    # a script's direction, a subtitle's good-night
    ("[WILHELMINA laughing]\nYou never said.", ["WILHELMINA"]),
    ("- Good night, Rosalind.\n- Night.", ["Rosalind"]),
])
def test_set_e_names_masked(guard, text, names):
    for name in names:
        assert covered(guard, text, name), name


@pytest.mark.parametrize("text", [
    # eponyms
    "Our clinic now screens for Hashimoto's thyroiditis at every visit.",
    "Explain Gaussian elimination and the Kalman filter to a first-year student.",
    "Patients with Asperger syndrome need regular follow-up.",
    # dates' abbreviations in a reply header
    "On Tue, 4 Mar 2025 at 10:12 the server restarted.",
    # fragments of places and saints' names
    "Book a hotel in Monte Carlo for two nights.",
    "Flights from Abu Dhabi to Sierra Leone next week",
    "Hotels near Mount Rainier with free parking",
    "Visit Carlo Alberto Square and Victoria Harbour in one day?",
    "Is Saint Lucia warmer than Santa Cruz in March?",
    # products: a brand no list knows, then a plural noun
    "How do I connect Zoho Books to Microsoft Teams?",
    # a deposition's question, an office before an abstract noun
    "Q. State your occupation for the record.",
    "Posted in General Discussion",
    # near-misses of the genre shapes: a dictionary word before a year, a room list, a label
    "See the appendix (Revised, 2019) for details.",
    "NOTE: the backup runs nightly.\nSTATUS: green",
    "Liverpool scored twice in the second half.",
    "item,price,owner\nDesk lamp,12,Facilities",
])
def test_set_e_near_misses_not_people(guard, text):
    assert person_values(guard, text) == []


def test_form_lines_are_no_table_header(guard):
    # `Label | value` lines are a form, not a table: the labels under the first are no names
    found = person_values(guard, "Policyholder | Ilse Varga\nPolicy | 4411\nRenewal | 1 July")
    assert "Policy" not in found and "Renewal" not in found


@pytest.mark.parametrize("text, start, end, expected", [
    ("Hashimoto's thyroiditis", 0, 9, True),
    ("Anna's test results", 0, 4, False),  # the possessive takes medicine's nouns only
    ("On Tue, 4 Mar", 3, 6, True),
    ("Tue Nguyen called", 0, 3, False),  # no digits next to it: a name
    ("Saint Lucia", 0, 11, True),
    ("Victoria Harbour", 0, 16, True),
    ("Anna Kowalczyk", 0, 14, False),
])
def test_names_a_thing(text, start, end, expected):
    assert names_a_thing(text, start, end) is expected


@pytest.mark.parametrize("text, start, end, expected", [
    ("a hotel in Monte Carlo", 17, 22, True),
    ("near Mount Rainier", 11, 18, True),
    ("Yesterday Carlo told me", 10, 15, False),  # the clause's first word is no place
    ("Thanks Carlo", 7, 12, False),  # a cue, not part of a proper noun
    ("Coach Moser said", 6, 11, False),  # an office before a surname
])
def test_proper_noun_fragment(text, start, end, expected):
    assert proper_noun_fragment(text, start, end) is expected
