"""Names set F's causes (benchmarks/devset_names_f.py): chat-export senders, capitals surnames
as transcript speakers, lower-case honorifics, `SURNAME Given`, TSV `Surname, Given` cells,
capitals notices, dialogue in prose, and the firm and place look-alikes (`Surname & Surname`,
airports, memorials and holidays named after people, a capitals heading with a dash).
Names and sentences written for these tests, not taken from the dev set or any peer suite."""

from __future__ import annotations

import pytest
from conftest import covered, person_values


@pytest.mark.parametrize("text, names", [
    # chat-export senders: bracketed stamp, dashed stamp with AM/PM, IRC-style after a stamp
    ("[05/11/2024, 07:41:09] Quilla Marranby: bus is late again\n"
     "[05/11/2024, 07:42:30] Tovah Inchcombe: same here", ["Quilla Marranby", "Tovah Inchcombe"]),
    ("9/1/24, 6:15 PM - Obafunke: who has the keys?\n9/1/24, 6:16 PM - Iris: me",
     ["Obafunke", "Iris"]),
    ("[2024-09-01 18:02] <tosin> pushed\n[2024-09-01 18:03] <marguerite> thanks",
     ["tosin", "marguerite"]),
    # a chat export's system lines, a Slack sender line
    ("02/02/2024, 20:11 - Ksenia Dravet created group \"Allotment\"\n"
     "02/02/2024, 20:11 - Ksenia Dravet added Olumuyiwa Tade", ["Ksenia Dravet", "Olumuyiwa Tade"]),
    ("Halvard Quist  9:03 AM\nbuild is green\nWill Ferriby  9:05 AM\nshipping it",
     ["Halvard Quist", "Will Ferriby"]),
    # transcripts whose turns are a surname in capitals
    ("OKONKWO-BRIGHT: Can we start?\nVASHCHENKO: Yes, I have the figures.\nOKONKWO-BRIGHT: Go on.",
     ["OKONKWO-BRIGHT", "VASHCHENKO"]),
    # lower-case honorifics
    ("pls forward the invoice to mrs. obiageli nwankwo-reyes", ["obiageli nwankwo-reyes"]),
    ("rang dr tarrowby, no answer", ["tarrowby"]),
    ("miss quenby asked for the slides", ["quenby"]),
    # surname in capitals, then the given name
    ("Boarding now: ADEWUMI Titilayo, LUNDQVIST Britt", ["ADEWUMI Titilayo", "LUNDQVIST Britt"]),
    ("MARRANBY Joanna: I second that.\nCHAIR: Noted.", ["MARRANBY Joanna"]),
    # a TSV cell `Surname, Given`
    ("Name\tRoom\nFerriby, Olwen\t3.04\nAdewumi, Sade\t3.05", ["Ferriby, Olwen", "Adewumi, Sade"]),
    # capitals notices: fields split by a slash, a name on a line of its own
    ("BRANDVOLD ESKIL / FLIGHT 22 / SEAT 4C", ["BRANDVOLD ESKIL"]),
    ("GUEST PASS\nOLUWADAMILARE FAGBEMI\nESCORT REQUIRED", ["OLUWADAMILARE FAGBEMI"]),
    # dialogue: spoken to at a quotation's opening, a speech verb after the name
    ('"Teodric, stop!" Mirabai shouted across the yard.', ["Teodric", "Mirabai"]),
    ("Ngozika and I shared a flat in Leeds.", ["Ngozika"]),
    # greeting and a role in brackets after a first name
    ("Happy birthday Chase! Cake at four.", ["Chase"]),
    ("Radomił (assistant to the dean) booked the room.", ["Radomił"]),
])
def test_set_f_names_masked(guard, text, names):
    for name in names:
        assert covered(guard, text, name), name


@pytest.mark.parametrize("text", [
    # firms of two surnames joined by `&`, the same surname twice
    "Our counsel at Blackwell & Stroud reviewed the lease.",
    "Harrington & Harrington advised on the sale.",
    # (cited authors with a year stay people: see test_set_e_names_masked)
    # airports, roads, memorials and holidays named after people, used as places and days
    "Arrivals at Jomo Kenyatta International are delayed by fog.",
    "Take the tram down Martin Luther King Jr. Boulevard and turn left.",
    "Is Martin Luther King Jr. Day a holiday for the office?",
    "We land at Charles de Gaulle Airport at noon.",
    "Fly into Charles de Gaulle and take the RER.",
    # a capitals heading with a dash, a word after an infinitive's `to`
    "WILL AND TESTAMENT - DRAFT",
    "They asked us to resend the quote.",
    # lower-case words after `ms`, `miss`, `dr` that are no names
    "ms teams is down again and i miss the old dial-in",
    "ms sql keeps timing out",
    # capitals labels of a log, and a capitals code before a product
    "INFO: cache warmed\nWARN: slow query\nINFO: done",
    "NOTE Rose gold is out of stock.",
    # a date and time in a chat line with no sender
    "12/03/2025, 09:14 - Messages are end-to-end encrypted.",
])
def test_set_f_look_alikes_not_person(guard, text):
    assert person_values(guard, text) == []


def test_people_joined_by_ampersand_stay(guard):
    # given names or full names joined by `&` are people, not a firm
    text = "Dinner with Tobias Ferriby & Ada Quist tonight."
    assert covered(guard, text, "Tobias Ferriby") and covered(guard, text, "Ada Quist")
