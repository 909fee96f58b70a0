"""Issue 13, carriers `g` (benchmarks/devset_ids_g.py): national numbers after their own
countries' label words (world_ids.LOCAL_IDS, each checked by python-stdnum), and what must
stay: the same digits with no label or a wrong check digit, the label words alone in prose
(world_ids.ID_LABEL_WORDS: no PERSON)."""

from __future__ import annotations

import pytest

from sovereign_guard.policy import Action


def masked(guard, text: str) -> list[tuple[str, str]]:
    guard.known.clear()
    return [(f.type, text[f.start:f.end]) for f in guard.protect(text).findings
            if f.action is not Action.ALLOW]


def values(guard, text: str) -> list[str]:
    return [v for _, v in masked(guard, text)]


@pytest.mark.parametrize("text, value", [
    ("NIK: 3408050707750779", "3408050707750779"),
    ("Nomor Induk Kependudukan 3408050707750779 terdaftar.", "3408050707750779"),
    ("מספר זהות 046881975", "046881975"),
    ("Teudat Zehut: 046881975", "046881975"),
    ("NIP nabywcy: 5806358178", "5806358178"),
    ("C.U.I.T. 33-80523279-5", "33-80523279-5"),
    ("Mi RUT es 10.960.120-9", "10.960.120-9"),
    ("TC Kimlik No: 30102761684", "30102761684"),
    ("No. Kad Pengenalan 900205-10-9065", "900205-10-9065"),
    ("الرقم القومي 27504260137487", "27504260137487"),
    ("Iqama number 1570292969", "1570292969"),
    ("Emirates ID 784-1967-1124226-1", "784-1967-1124226-1"),
    ("Rijksregisternummer 63091179072", "63091179072"),
    ("Fødselsnummer 04056422167", "04056422167"),
    ("henkilötunnus 271050-0500", "271050-0500"),
    ("CPR-nummer 130471-3566", "130471-3566"),
    ("PPSN 5812056A", "5812056A"),
    ("IRD number 115-331-063", "115-331-063"),
    ("KRA PIN A012345678B", "A012345678B"),
])
def test_a_national_number_after_its_local_word_is_masked(guard, text, value):
    assert value in values(guard, text)


@pytest.mark.parametrize("text", [
    "Shipment 3408050707750779 cleared customs.",   # a NIK's digits, no label
    "Teudat Zehut: 046881976",                       # wrong check digit
    "NIP nabywcy: 5806358179",
    "TC Kimlik No: 30102761685",
    "Emirates ID 784-1967-1124226-2",
    "Lot 046881975 passed QA.",
])
def test_unlabelled_or_bad_checksum_numbers_stay(guard, text):
    assert not [v for t, v in masked(guard, text) if t == "NATIONAL_ID"]


@pytest.mark.parametrize("text", [
    "Teudat Zehut is issued by the Population Authority.",
    "Every resident needs a Nomor Induk Kependudukan.",
    "Bring your T.C. Kimlik card.",
])
def test_an_id_label_alone_is_no_person(guard, text):
    assert not [v for t, v in masked(guard, text) if t == "PERSON"]


@pytest.mark.parametrize("label", ["เลขประจำตัวประชาชน", "บัตรประชาชนเลขที่"])
def test_a_context_word_matches_as_the_normalised_text_writes_it(guard, label):
    # ำ (SARA AM) is two characters after NFKC, as the recognizers see the text
    assert "3795422058796" in values(guard, f"{label} 3795422058796")


def test_keywords_and_context_are_normalised_like_the_text():
    import unicodedata

    from sovereign_guard.detect.common import Keywords, words_regex

    word = "เลขประจำตัว"
    text = unicodedata.normalize("NFKC", f"กรอก{word} ด้วย")
    assert Keywords(word).search(text) is not None
    assert words_regex([word]).search(text) is not None


def test_a_field_key_opens_the_gate_as_its_words_do(guard):
    # the context words' key forms (`thai id` -> `thai_id`) gate the recognizer too
    assert "3795422058796" in values(guard, '{"customer": {"thai_id": "3795422058796"}}')
    assert "1398259791906" not in values(guard, '{"order_id": "1398259791906"}')
