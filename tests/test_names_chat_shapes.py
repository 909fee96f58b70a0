"""Issue 13, names the English finder missed in chat, records and lists: lower-case given names
after a person cue (`ping X`, `cc X`, `@x`), names no list knows (spelling and cue instead),
JSON and XML values, `Last, First M.` lists, particles and apostrophes, ALL-CAPS names, names
before a role (`Priya, our CFO,`), the model's place or firm doing what people do, and the
part of a name the model left out. Each with near-misses that must stay unmasked.
Names and sentences written for these tests, not taken from any dev set or peer suite."""

from __future__ import annotations

import pytest
from conftest import person_values

from sovereign_guard.detect.name_shapes import name_shaped
from sovereign_guard.policy import Action


def masked(guard, text: str) -> list[str]:
    return [text[f.start : f.end] for f in guard.protect(text).findings
            if f.action is not Action.ALLOW]


@pytest.mark.parametrize("text, name", [
    # lower-case chat: a cue before, the word a given name (listed, or spelled like one)
    ("hey obiora, can you forward the deck to nneka before friday?", "nneka"),
    ("can u ping grace about the venue booking", "grace"),
    ("cc ebere and kwesi on the thread pls", "ebere"),
    ("cc ebere and kwesi on the thread pls", "kwesi"),
    ("thanks adjoa!! you saved me", "adjoa"),
    ("@thuy are you joining the standup?", "thuy"),
    ("tell ha-neul i'm running late", "ha-neul"),
    ("me and dean are going to the game monday", "dean"),
    ("lunch with oluchi today?", "oluchi"),
    ("ok yiting i'll call you after lunch", "yiting"),
    ("chinwe said the keys are under the mat", "chinwe"),
    ("talked to olena bondar, she's in", "olena bondar"),
    ("omg ayesha that's amazing congrats!!", "ayesha"),
    # chat handles that are words too (`dolores`), answered by another handle
    ("dolores: running 10 min late sorry\nkwaku: np", "dolores"),
    ("@Edward can you review my PR?", "Edward"),
    # JSON and XML values under person keys
    ('{"assignee": "Abimbola Oyelowo", "status": "open"}', "Abimbola Oyelowo"),
    ('{"reporter": "Kaito Mori"}', "Kaito Mori"),
    ("<contact><name>Yaw Boakye</name></contact>", "Yaw Boakye"),
    # `Last, First M.` lists and rosters of names no list knows
    ("Present: Eze, Chinaza K.; Seo, Da-eun L.", "Eze, Chinaza K."),
    ("Present: Eze, Chinaza K.; Seo, Da-eun L.", "Seo, Da-eun L."),
    ("Roster\nAgyei, Kobina\nNdukwe, Ifunanya", "Agyei, Kobina"),
    # particles, apostrophes, titles
    ("Meeting with Inês do Amaral moved to 3pm.", "Inês do Amaral"),
    ("Panel: Farida bint Rashid and Tomasz Wrona", "Farida bint Rashid"),
    ("Thanks,\nMuireann Ní Dhomhnaill", "Muireann Ní Dhomhnaill"),
    ("I spoke to Ruairí O'Donoghue yesterday", "Ruairí O'Donoghue"),
    ("Regards,\nCapt. Amadi\nLogistics", "Capt. Amadi"),
    # capitals with no cue, a record's opening line
    ("JOCELYN MAGBANUA - account suspended", "JOCELYN MAGBANUA"),
    # a name before its role
    ("Ngozi, our CFO, approved the budget.", "Ngozi"),
    ("Bao, head of sales, signed it.", "Bao"),
    ("Solène (my manager) is out today", "Solène"),
    # the model's place or firm doing what people do
    ("Siobhan and Rafael will cover friday", "Rafael"),
    # transcript speakers in brackets
    ("[Rowan Achterberg] can you hear me?\n[Adaeze Nwachukwu] yes", "Rowan Achterberg"),
    ("Speaker 1 (Chiamaka Obi): I agree with the proposal.", "Chiamaka Obi"),
    # the part of a name the model left out
    ("Our contact is Hyun-woo Park.", "Hyun-woo Park"),
    ("[Le Van Thanh] can everyone see my screen?", "Le Van Thanh"),
])
def test_names_are_found(guard, text, name):
    found = person_values(guard, text)
    assert any(name in f for f in found), (name, found)


@pytest.mark.parametrize("text", [
    "there is a grace period of 30 days on late payments",
    "park the car in the second row and bill the client for the hours",
    "will do, thanks! i'll mark it done",
    "can you ask the team to review the doc before friday",
    "tell me how to fix the grant application form",
    "ping the server and check the latency",
    "can someone ping devops about the outage",
    "ask chatgpt to summarise the thread",
    "cc the finance list on the thread pls",
    "thanks everyone, great work today",
    "ok sounds good, see you at the park",
    "we should upgrade to vite before friday",
    "hope you're all doing well, happy friday",
    "@channel standup in 5",
    "@Override\npublic void run() {}",
    "Use the @dataclass decorator and @property.",
    "Add @Injectable() to the service.",
    "[Draft Notes] see below\n[Action Items] follow up",
    "note: check the logs\ntodo: fix the retry",
    "omg that's amazing, congrats!!",
    "ask nicely and they will help; tell them the truth",
    "ROSE GOLD EDITION - LIMITED STOCK",
    "OAUTH PKCE - notes from the review",
    '{"first_name": null, "last_name": "", "status": "pending"}',
    '{"owner": "Platform Team", "status": "open"}',
    "Sales, our biggest team, hit the target in March.",
    "Our CFO approved the budget; the new intern starts Monday.",
    "Lagos will host the summit next year.",
    "We walked through Victoria Park.",
    "Walk up Heather Hill Road to the top.",
    "Judge the results by the numbers, not the slides.",
])
def test_near_misses_stay(guard, text):
    assert person_values(guard, text) == []


def test_bullet_is_not_part_of_the_name(guard):
    text = "- Layan Saleh (design)\n- Kenji Ito (QA)"
    assert "- Layan Saleh" not in masked(guard, text)
    assert "Layan Saleh" in masked(guard, text)


@pytest.mark.parametrize("word, shaped", [
    ("nnamdi", True), ("kwabena", True), ("mbali", True), ("thandeka", True),
    ("chatgpt", False), ("lmk", False), ("hmmm", False), ("pkce", False), ("mkdir", False),
])
def test_name_spelling(word, shaped):
    assert name_shaped(word) is shaped


def test_a_name_running_into_an_address_keeps_its_words():
    from presidio_analyzer import RecognizerResult

    from sovereign_guard.detect.ner import outside_owned

    text = "Deliver to Tomasz Wrona 221 Baker Street, London"
    name = RecognizerResult("PERSON", 11, 27, 0.85)  # `Tomasz Wrona 221`
    address = RecognizerResult("STREET_ADDRESS", 24, len(text), 0.9,
                               recognition_metadata={"recognizer_name": "street"})
    kept = outside_owned(text, [name], [address])
    assert [(r.entity_type, text[r.start : r.end]) for r in kept] == [("PERSON", "Tomasz Wrona")]
    inside = RecognizerResult("PERSON", 28, 34, 0.85)  # `Baker `: inside the address
    assert outside_owned(text, [inside], [address]) == []
    cut = RecognizerResult("PERSON", 11, 26, 0.85)  # ends in `22` of `221`: no word left
    assert [text[r.start : r.end] for r in outside_owned(text, [cut], [address])] \
        == ["Tomasz Wrona"]
    card = "the card 4111 1111 1111 1111"
    org = RecognizerResult("ORGANIZATION", 0, len(card), 0.85)  # spaCy's ORG over a card
    number = RecognizerResult("CREDIT_CARD", 9, len(card), 1.0)
    assert outside_owned(card, [org], [number]) == []  # lower-case words: no name left


def test_a_place_named_after_a_person_is_not_extended(guard):
    found = person_values(guard, "Contact Kofi Annan Boulevard 12 office")
    assert "Kofi Annan" not in found
