"""Identity documents by their local names: the Israeli identity number and the Indonesian
NIK after their words (world_ids.py), and the documents' names themselves, which read like a
person's name and are none (id_names.py). Values are our own, their checks computed by
python-stdnum; the near-misses are the same digits without their word or with a failed
check."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.id_names import in_id_document_name
from sovereign_guard.policy import Action


def masked(guard, text: str) -> list[tuple[str, str]]:
    found = guard.protect(text).findings
    return [(f.type, text[f.start:f.end]) for f in found if f.action is not Action.ALLOW]


@pytest.mark.parametrize(("text", "value", "entity"), [
    ("Teudat Zehut 945807303, issued in Haifa", "945807303", "IL_ID"),
    ("mispar zehut: 21573681-0", "21573681-0", "IL_ID"),
    ("ת.ז 930364260", "930364260", "IL_ID"),
    ('{"israeli_id": "945807303"}', "945807303", "IL_ID"),
    ("NIK 3578015512910004 tercatat di kelurahan", "3578015512910004", "ID_NIK"),
    ("Nomor Induk Kependudukan: 3174096803880001", "3174096803880001", "ID_NIK"),
    ("ktp,nama\n1271012307990002,ok", "1271012307990002", "ID_NIK"),
])
def test_local_id_after_its_word(guard, text, value, entity):
    assert (entity, value) in masked(guard, text)


@pytest.mark.parametrize("text", [
    "Teudat Zehut 945807304, issued in Haifa",       # check digit off by one
    "Shipment 945807303 left the depot.",            # nine digits, no document word
    "NIK 3578012515910004 tercatat",                 # month 15 is no month
    "Invoice 3578015512910004 is overdue.",          # a NIK's digits, no NIK word
])
def test_same_digits_without_word_or_check(guard, text):
    assert not [t for t, _ in masked(guard, text) if t in ("IL_ID", "ID_NIK")]


@pytest.mark.parametrize("text", [
    "Enter your Nomor Induk Kependudukan below.",
    "Teudat Zehut is the Israeli identity card.",
    "Her Codice Fiscale and Partita IVA are on file.",
    "Attach a copy of the Kartu Tanda Penduduk.",
    "Upload the Emirates ID and the Iqama.",
])
def test_document_names_are_no_person(guard, text):
    assert not [v for t, v in masked(guard, text) if t == "PERSON"]


def test_holder_beside_the_document_name_is_kept(guard):
    text = "Teudat Zehut holder: Yael Mizrahi"
    assert ("PERSON", "Yael Mizrahi") in masked(guard, text)


def test_within_a_document_name():
    text = "your NOMOR INDUK KEPENDUDUKAN, please"
    start = text.index("NOMOR")
    assert in_id_document_name(text, start, start + len("NOMOR INDUK"))
    assert not in_id_document_name("Nomor Induk Abadi", 0, 11)  # a different phrase
    assert not in_id_document_name("Kennitalax", 0, 10)  # a longer word
