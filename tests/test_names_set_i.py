"""Names set I's causes (sovereign_guard/detect/name_lines.py and the wider letters, time-coded
speakers and titles of names_en.py): rotas, HL7 name fields, lower-case names after chat
openers, given names after greetings and before `from <department>`, Vietnamese letters,
bare time codes before a speaker, a title before a found name; and the same layouts with
words, things and collectives that must stay unmasked. Names and sentences written for
these tests, not taken from any dev set or peer suite."""

from __future__ import annotations

import pytest
from conftest import covered, person_values


@pytest.mark.parametrize("text, names", [
    ("Cover\nMonday - Wanjiru Kamau\nTuesday: Olumide\nFri - Phan Văn Đức", ["Wanjiru Kamau", "Olumide", "Phan Văn Đức"]),
    ("PID|1||99120||ANYANWU^IFEOMA^C||19910204|F", ["ANYANWU", "IFEOMA"]),
    ("NK1|1|Baptiste^Rosalind|SPO", ["Baptiste", "Rosalind"]),
    ("ok so kelechi said the van is late", ["kelechi"]),
    ("btw ngozi is off tomorrow", ["ngozi"]),
    ("Evening Hope, the keys are under the mat.", ["Hope"]),
    ("Joy from accounts says the invoice bounced.", ["Joy"]),
    ("Welcome.\n00:02:10 Interviewer: Tell me more.\n00:02:14 Obinna: Sure.", ["Obinna"]),
    ("Shortlist: Trần Thu Hà, Radu Popescu.", ["Trần Thu Hà"]),
    ("BED 2 - DR AMARA OKONKWO - ROUNDS", ["DR AMARA OKONKWO"]),
    ("Ma. Cristina Reyes signed the form.", ["Ma. Cristina Reyes"]),
])
def test_set_i_names_masked(guard, text, names):
    for name in names:
        assert covered(guard, text, name), name


@pytest.mark.parametrize("text", [
    # a rota of words, one schedule line alone
    "Opening hours\nMon - Closed\nTue - Open Late\nWed - Closed",
    "Mon - Holiday",
    # HL7 segments whose name-free fields carry `^` components
    "OBX|1|NM|GLU^Glucose||5.4|mmol/L",
    # things and collectives after the same cues
    "ok so docker is down again",
    "lol everyone is already here",
    "Morning team, standup moved to 10.",
    "morning man, all good?",
    "Faith-based groups run the food bank.",
    "Coffee from the kitchen is cold again.",
    "Mark from the list the ones you want.",
])
def test_set_i_look_alikes_not_person(guard, text):
    assert person_values(guard, text) == []
