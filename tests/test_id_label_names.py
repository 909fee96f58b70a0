"""A national number's label is no person, whichever finder reads it as one (the small model
or the name finders): `Teudat Zehut`, `Nomor Induk Kependudukan` went out as <PERSON>. One
word of a label that is also a given name (`Tin`) stays a person."""

from __future__ import annotations

import pytest

from sovereign_guard.policy import Action


def people(guard, text: str) -> list[str]:
    return [text[f.start:f.end] for f in guard.protect(text).findings
            if f.type == "PERSON" and f.action is not Action.ALLOW]


@pytest.mark.parametrize("text", [
    "Enter your Nomor Induk Kependudukan below.",
    "Teudat Zehut is the Israeli identity card.",
    "Her Codice Fiscale is on file.",
    "Attach a copy of the Kartu Tanda Penduduk.",
    "NOMOR INDUK KEPENDUDUKAN wajib diisi.",
])
def test_labels_are_no_person(guard, text):
    assert people(guard, text) == []


def test_holder_beside_the_label_is_kept(guard):
    assert people(guard, "Teudat Zehut holder: Yael Mizrahi") == ["Yael Mizrahi"]


@pytest.mark.parametrize(("text", "name"), [
    ("Dear Tin, thanks for the notes.", "Tin"),
    ("Tin Nguyen approved the invoice.", "Tin Nguyen"),
])
def test_a_label_word_that_is_a_name_stays_a_person(guard, text, name):
    assert people(guard, text) == [name]
