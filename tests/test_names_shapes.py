"""Issue 13, names in the shapes of forms and records (detect/name_shapes.py and the cues in
names_en.py): person labels and their values, `Surname, Given`, initials, a given name the
small model types as a place or an organisation, a name alone on a chat's first line; and the
near-misses beside them (place and company fields, comma lists of cities, label speakers).
Names and sentences written for these tests, not taken from any dev set or peer suite."""

from __future__ import annotations

import pytest
from conftest import person_values

from sovereign_guard.policy import Action


def masked(guard, text: str) -> list[str]:
    return [text[f.start : f.end] for f in guard.protect(text).findings
            if f.action is not Action.ALLOW]


@pytest.mark.parametrize("text, name", [
    # a person label, then its value alone on the line
    ("Applicant: Rosalind\nPosition: driver", "Rosalind"),
    ("Patient: Okonjo, Ebele\nWard: 4", "Okonjo, Ebele"),
    ("Contact: Ottilie (o.k@example.org)", "Ottilie"),
    ("Policyholder | Hye-Jin K. Baek\nPolicy | 5521", "Hye-Jin K. Baek"),
    ("BENEFICIARY NAME: TRAN THI BICH\nRELATION: DAUGHTER", "TRAN THI BICH"),
    ("Guardian: Leopold Marsh\nChild: Ottilie", "Ottilie"),
    # `Surname, Given` after a cue, in a record line, in a `;` list
    ("Notice issued to Abiodun, Lorraine effective 1 May.", "Abiodun, Lorraine"),
    ("Reviewed by Eun-Ji Seo and Mazur, Wiesława.", "Mazur, Wiesława"),
    ("Authors: Quigley, Rosamund; Adeyinka, Bernard", "Adeyinka, Bernard"),
    ("OKORIE, Winifred\nStart date: 2025-04-01", "OKORIE, Winifred"),
    ("Termination letter for Fields, Mildred effective today.", "Fields, Mildred"),
    # initials, suffixes, apostrophes in capitals
    ("Please call Dr. Lorraine Abbott DDS tomorrow.", "Lorraine Abbott DDS"),
    ("Please contact KAREN O'BRIEN regarding the lease.", "KAREN O'BRIEN"),
    ("Kind regards,\nGülsüm T. Karaca", "Gülsüm T. Karaca"),
    # a given name the model types as a place or an organisation, where a person stands
    ("Refund approved; processed by Ottilie.", "Ottilie"),
    ("Approved by Wilhelmina on 3/4/2025.", "Wilhelmina"),
    ("Signed,\nRosalind", "Rosalind"),
    # place words that are surnames, after a cue or a given name no dictionary knows
    ("My name is Grace Park and I need help.", "Grace Park"),
    ("I work with Deepika Park on the grant proposal.", "Deepika Park"),
    ("Name: grace park", "grace park"),
    # chat handles, a message's opener and its last line
    ("<ottilie> anyone seen the charger?\n<anselm> check the drawer", "ottilie"),
    ("shakila: running late sorry\nming-yao: np", "ming-yao"),
    ("@Wacław can you review my PR?", "Wacław"),
    ("Kerri -\n\nquick one: can you resend the receipt?\n\nJoy", "Kerri"),
    ("Kerri -\n\nquick one: can you resend the receipt?\n\nJoy", "Joy"),
    ("Salary review: Quigley, Rosamund - band 4.", "Quigley, Rosamund"),
    # a name alone on the first line of a chat message
    ("Ottilie\nthe van is outside now", "Ottilie"),
])
def test_record_shapes_are_people(guard, text, name):
    found = masked(guard, text)
    assert any(name in f for f in found), (text, found)


@pytest.mark.parametrize("text, word", [
    ("Full name: Ines Kowal\nCity: Austin\nCountry: USA", "Austin"),
    ("Austin, Dallas and Houston are the largest cities in Texas.", "Austin, Dallas"),
    ("Guardian: Leopold Marsh\nChild: Ottilie", "Guardian"),
    ("Guardian: Leopold Marsh\nChild: Ottilie", "Child"),
    ("Patient: Okonjo, Ebele\nReferred by: Dr. Hale", "Referred"),
    ("Santa Clara County Board of Supervisors meets Thursday.", "Santa Clara"),
    ("Mark the invoice as paid and Bill the remaining hours next month.", "Bill"),
    ("Pat the dough dry, then bake it.", "Pat"),
    ("Rose Hill Cemetery is closed on Sundays.", "Rose Hill"),
    ("Meet me at Central Park.", "Central Park"),
    ("He moved to Santa Monica last year.", "Santa Monica"),
    ("CALL THE HELP DESK ABOUT THE OUTAGE", "HELP DESK"),
    ("@Override\npublic void run() {}", "Override"),
    ("todo: fix the build\nnote: later", "todo"),
    ("hey man, what's up", "man"),
    ("i met olga yesterday", "yesterday"),
    ("Owner: Platform Engineering", "Platform Engineering"),
    ("We flew to Marseille, France, in June.", "Marseille, France"),
    ("In Paris, Sophie met her editor.", "Paris, Sophie"),
    ("Shipped by U.S. Customs on Monday.", "U.S. Customs"),
])
def test_record_near_misses_are_not_people(guard, text, word):
    assert not any(word in f for f in person_values(guard, text)), person_values(guard, text)
