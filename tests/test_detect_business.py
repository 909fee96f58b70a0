"""Policy-driven detection: confidential terms, document markings, custom patterns, and
the data class each maps to; plus the cross-recognizer fixes seen through the Guard."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.business import MarkingRecognizer, TermRecognizer
from sovereign_guard.errors import PolicyError
from sovereign_guard.policy import Action, DataClass


def hits(recognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, recognizer.supported_entities)]


TERMS = TermRecognizer("CONFIDENTIAL_TERM", ["Project Nightingale", "Orion-7", "天鷹計畫", "jen"])


@pytest.mark.parametrize("text, value", [
    ("status of project-nightingale?", "project-nightingale"),
    ("PROJECT  NIGHTINGALE budget", "PROJECT  NIGHTINGALE"),
    ("the orion 7 launch", "orion 7"),
    ("天鷹計畫的預算", "天鷹計畫"),
    ("ask jen123 about it", "jen"),  # letter boundary only: jen123 is jen
])
def test_terms_case_and_punctuation_insensitive(text, value):
    assert hits(TERMS, text) == [value]


@pytest.mark.parametrize("text, found", [
    ("status of PROJECT_NIGHTINGALE?", True),
    ("天鹰计画的预算", True),  # the other script of the first character still opens the gate
    ("the Orion launch", True),  # the longest word alone opens it; the full term decides
    ("nothing of ours here, nightingale alone", True),
    ("nothing of ours here, project alone", False),  # `project` is not the longest word
])
def test_terms_longest_word_gate(text, found):
    """The trigger skips the alternation only for text that holds no term's longest word."""
    assert bool(TERMS.TRIGGER.search(text)) is found
    if not found:
        assert hits(TERMS, text) == []


@pytest.mark.parametrize("text", ["ask jennifer", "nightingale alone", "orion-77 and xorion-7"])
def test_terms_whole_word(text):
    assert hits(TERMS, text) == []


MARKS = MarkingRecognizer(["CONFIDENTIAL", "Internal use only", "TLP:RED", "TLP:AMBER+STRICT", "機密"])


def test_markings():
    assert hits(MARKS, "CONFIDENTIAL - Q3 plan") == ["CONFIDENTIAL"]
    assert hits(MARKS, "Confidential\nQ3 plan") == ["Confidential"]
    assert hits(MARKS, "for INTERNAL USE ONLY.") == ["INTERNAL USE ONLY"]
    assert hits(MARKS, "TLP: RED and TLP:AMBER+STRICT") == ["TLP: RED", "TLP:AMBER+STRICT"]
    assert hits(MARKS, "本文件為機密文件") == ["機密"]


def test_marking_gate_keys_on_each_markings_rarest_word():
    """`Do not forward` is found, but a text with only `do not` never runs the alternation."""
    marks = MarkingRecognizer(["Do not forward", "Not for distribution", "CONFIDENTIAL"])
    assert hits(marks, "Please DO NOT FORWARD this memo") == ["DO NOT FORWARD"]
    assert hits(marks, "NOT FOR DISTRIBUTION") == ["NOT FOR DISTRIBUTION"]
    assert marks.TRIGGER.search("do not restart it, and not for now") is None


def test_marking_word_in_prose_is_not_a_marking():
    assert hits(MARKS, "is this confidential information?") == []


POLICY = {
    "detection": {
        "terms": [{"term": "Nightingale", "entity": "PROJECT_CODE", "data_class": "restricted"},
                  {"term": "Contoso", "entity": "CUSTOMER_NAME", "data_class": "internal"}],
        "patterns": [{"name": "contract-no", "entity": "CONTRACT_NO", "regex": r"CT-\d{6}",
                      "score": 0.4, "context": ["contract", "合約"], "data_class": "confidential"}],
    },
}


@pytest.fixture(scope="module")
def business_guard(make_guard):
    return make_guard(POLICY)


def test_custom_entities_take_their_data_class(business_guard):
    p = business_guard.protect("Nightingale ships to Contoso next week.")
    types = {f.type: f for f in p.findings}
    assert types["PROJECT_CODE"].data_class is DataClass.RESTRICTED
    assert types["CUSTOMER_NAME"].data_class is DataClass.INTERNAL
    assert types["PROJECT_CODE"].action is Action.PSEUDONYMIZE
    assert p.detected_class is DataClass.RESTRICTED
    assert "Nightingale" not in p.texts[0] and "<PROJECT_CODE_" in p.texts[0]


def test_custom_pattern_needs_its_context(business_guard):
    assert "CT-123456" in business_guard.protect("ticket CT-123456 is open").texts[0]
    p = business_guard.protect("see contract CT-123456")
    assert "CT-123456" not in p.texts[0]
    assert p.findings[0].type == "CONTRACT_NO" and p.findings[0].data_class is DataClass.CONFIDENTIAL
    assert "CT-654321" not in business_guard.protect("合約編號CT-654321").texts[0]


def test_marking_raises_the_class_without_redaction(guard):
    p = guard.protect("CONFIDENTIAL: Q3 plan draft")
    assert p.texts[0] == "CONFIDENTIAL: Q3 plan draft"
    assert p.detected_class is DataClass.CONFIDENTIAL and p.outbound_class is DataClass.CONFIDENTIAL


def test_rule_falls_back_to_detection_settings(business_guard):
    g = business_guard
    assert g.policy.rule("PROJECT_CODE").data_class is DataClass.RESTRICTED
    assert g.policy.rule("UNKNOWN_THING") == g.policy.default_entity
    assert g.policy.rule("DOCUMENT_MARKING").action is Action.ALLOW  # from `entities`


@pytest.mark.parametrize("bad", [
    {"terms": [{"term": "x", "entity": "lower_case"}]},
    {"patterns": [{"name": "p", "entity": "X", "regex": "([unclosed"}]},
    {"terms": [{"term": "x", "colour": "red"}]},
])
def test_detection_schema_rejects_bad_settings(make_guard, bad):
    with pytest.raises(PolicyError):
        make_guard({"detection": bad})


def test_disabled_recognizer_switches_ours_off(make_guard):
    g = make_guard({"detection": {"disabled_recognizers": ["EmailRecognizer"]}})
    assert "jane@example.org" in g.protect("mail jane@example.org").texts[0]


# -- the analyzer as a whole ---------------------------------------------------------------

def test_no_url_inside_email_and_no_person_for_field_labels(guard):
    text = "Email: jane.doe@example.org\nPhone: +1 212-555-0199"
    types = sorted((f.type, text[f.start : f.end]) for f in guard.protect(text).findings)
    assert types == [("EMAIL_ADDRESS", "jane.doe@example.org"), ("PHONE_NUMBER", "+1 212-555-0199")]


def test_us_phone_is_not_an_nhs_number(guard):
    (f,) = guard.protect("call 212-555-0199 today").findings
    assert f.type == "PHONE_NUMBER"


def test_mixed_chinese_prompt_end_to_end(guard):
    text = ("請幫我回覆王小明的信，他的電子郵件是wang.xm@example.com.tw，電話：0912-345-678，"
            "身分證字號A123456789。信用卡4111111111111111已經扣款兩次。地址台北市信義區信義路五段7號。")
    p = guard.protect(text)
    for value in ("王小明", "wang.xm@example.com.tw", "0912-345-678", "A123456789",
                  "4111111111111111", "信義路五段7號"):
        assert value not in p.texts[0]
    assert p.restore(p.texts[0]) == text


def test_secret_blocks_by_default_and_policy_can_mask(guard, make_guard):
    text = "my key is AKIAQ3EGRTXNB7PLWX2Z, why 403?"
    p = guard.protect(text)
    assert p.blocked and p.findings[0].recognizer == "aws-access-key"
    masked = make_guard({"entities": {"SECRET": {"action": "mask", "data_class": "restricted"}}})
    q = masked.protect(text)
    assert not q.blocked and "[SECRET]" in q.texts[0] and q.outbound_class is DataClass.PUBLIC


def test_benign_code_is_left_alone(guard):
    text = ('def load(path):\n    password = os.environ["DB_PASSWORD"]\n    token = get_token(uid)\n'
            '    log.info("v1.2.3 %s took 12.5ms", "3c1b8c91-65b4-47a9-9733-f41f6874ed8d")\n'
            "SELECT id, email FROM users WHERE created_at > '2024-01-01' LIMIT 100;")
    p = guard.protect(text)
    assert p.texts[0] == text and not p.blocked
