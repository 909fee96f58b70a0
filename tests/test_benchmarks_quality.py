"""The quality harness's scoring rules (benchmarks/peers.py, benchmarks/realtext.py) on tiny
hand-made cases: caught, not caught, partial cover, FP overlap, let-through entities."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from benchmarks import peers, realtext
from benchmarks.peers import Hit, Outcome
from sovereign_guard.policy import load_policy


def out(*hits: Hit, blocked: bool = False) -> Outcome:
    return Outcome(list(hits), blocked)


def test_covered_needs_every_character():
    assert peers.covered(2, 8, [(0, 5), (5, 9)])  # adjacent spans join
    assert peers.covered(2, 8, [(5, 9), (0, 5)])  # order does not matter
    assert not peers.covered(2, 8, [(0, 4), (5, 9)])  # a one-character gap
    assert not peers.covered(2, 8, [(3, 9)])  # the first character left out
    assert not peers.covered(2, 8, [])


def test_true_positive_caught_by_redaction_or_block():
    assert peers.caught(10, 20, out(Hit(8, 22, "SECRET", "block"), blocked=True))
    # Blocked for a finding elsewhere in the prompt: nothing leaves, so caught.
    assert peers.caught(10, 20, out(Hit(0, 3, "SECRET", "block"), blocked=True))
    assert peers.caught(10, 20, out(Hit(10, 15, "PHONE_NUMBER", "pseudonymize"),
                                    Hit(15, 20, "PERSON", "pseudonymize")))


def test_true_positive_partly_covered_or_allowed_is_missed():
    assert not peers.caught(10, 20, out(Hit(10, 19, "SECRET", "mask")))
    assert not peers.caught(10, 20, out(Hit(10, 20, "URL", "allow")))
    assert not peers.caught(10, 20, out())


def test_false_positive_flagged_only_by_an_overlapping_secret():
    assert peers.flagged(5, 30, out(Hit(25, 40, "SECRET", "block")))
    assert not peers.flagged(5, 30, out(Hit(30, 40, "SECRET", "block")))  # touches, no overlap
    assert not peers.flagged(5, 30, out(Hit(5, 30, "PHONE_NUMBER", "pseudonymize")))
    assert not peers.flagged(5, 30, out())


def test_let_through_entity_scored_as_detected():
    url = {"entity": "URL", "kind": "pos", "spans": [{"start": 0, "end": 10}]}
    assert peers.presidio_case_hit(url, out(Hit(0, 10, "URL", "allow")), let_through=True)
    assert not peers.presidio_case_hit(url, out(Hit(0, 10, "ORGANIZATION", "allow")),
                                       let_through=True)
    assert peers.presidio_case_hit(url, out(Hit(0, 10, "EMAIL_ADDRESS", "pseudonymize")),
                                   let_through=True)
    # Had the policy redacted URLs, an allowed URL finding would not count.
    assert not peers.presidio_case_hit(url, out(Hit(0, 10, "URL", "allow")), let_through=False)


def test_presidio_positive_needs_every_expected_span():
    case = {"entity": "CREDIT_CARD", "kind": "pos",
            "spans": [{"start": 0, "end": 16}, {"start": 17, "end": 33}]}
    one = out(Hit(0, 16, "CREDIT_CARD", "pseudonymize"))
    both = out(Hit(0, 16, "CREDIT_CARD", "pseudonymize"), Hit(17, 33, "PHONE_NUMBER", "mask"))
    assert not peers.presidio_case_hit(case, one, let_through=False)
    assert peers.presidio_case_hit(case, both, let_through=False)


def test_presidio_negative_flagged_when_the_test_fires():
    neg = {"entity": "US_SSN", "kind": "neg", "spans": []}
    assert peers.presidio_case_hit(neg, out(Hit(0, 9, "PHONE_NUMBER", "pseudonymize")), False)
    assert not peers.presidio_case_hit(neg, out(Hit(0, 9, "DATE_TIME", "allow")), False)
    url_neg = {"entity": "URL", "kind": "neg", "spans": []}
    assert peers.presidio_case_hit(url_neg, out(Hit(0, 9, "URL", "allow")), True)
    assert not peers.presidio_case_hit(url_neg, out(Hit(0, 9, "DATE_TIME", "allow")), True)


def _gl(family, kind, span=None, generated=False):
    return {"family": family, "rule": family, "kind": kind, "generated": generated,
            "example_start": 0, "example_end": 20,
            "spans": [{"start": span[0], "end": span[1], "label": "SECRET"}] if span else []}


def test_score_gitleaks_counts_per_family_and_micro():
    cases = [_gl("aws", "tp", (5, 15)), _gl("aws", "tp", (5, 15), generated=True),
             _gl("aws", "fp"), _gl("slack", "tp", (0, 10)), _gl("slack", "fp")]
    outcomes = [out(Hit(5, 15, "SECRET", "block"), blocked=True),
                out(Hit(5, 12, "SECRET", "mask")),  # partial: missed
                out(Hit(3, 8, "SECRET", "block"), blocked=True),  # FP flagged
                out(Hit(0, 10, "PERSON", "pseudonymize")),  # redacted, not blocked: caught
                out(Hit(0, 20, "PERSON", "pseudonymize"))]  # not a SECRET: not flagged
    res = peers.score_gitleaks(cases, outcomes)
    assert res["families"]["aws"] == {"tp": 2, "caught": 1, "fp": 1, "flagged": 1,
                                      "recall": 0.5, "fp_rate": 1.0}
    assert res["families"]["slack"]["recall"] == 1.0
    assert res["families"]["slack"]["flagged"] == 0
    micro = res["micro"]
    assert (micro["tp"], micro["caught"], micro["fp"], micro["flagged"]) == (3, 2, 2, 1)
    assert micro["recall_literal"] == 1.0 and micro["recall_generated"] == 0.0
    assert micro["families_full_recall"] == 1
    assert res["wrong"] == [1, 2]


def test_score_presidio_uses_the_policy_for_redacted_or_detected():
    policy = load_policy("default")
    cases = [{"recognizer": "url", "entity": "URL", "kind": "pos",
              "spans": [{"start": 0, "end": 5}]},
             {"recognizer": "url", "entity": "URL", "kind": "neg", "spans": []},
             {"recognizer": "credit_card", "entity": "CREDIT_CARD", "kind": "pos",
              "spans": [{"start": 0, "end": 5}]}]
    outcomes = [out(Hit(0, 5, "URL", "allow")), out(),
                out(Hit(0, 5, "CREDIT_CARD", "allow"))]
    res = peers.score_presidio(cases, outcomes, policy)
    assert res["recognizers"]["url"]["scored_as"] == "detected"
    assert res["recognizers"]["url"]["recall"] == 1.0
    assert res["recognizers"]["url"]["flagged"] == 0
    assert res["recognizers"]["credit_card"]["scored_as"] == "redacted"
    assert res["recognizers"]["credit_card"]["recall"] == 0.0
    assert res["wrong"] == [2]


def test_policy_hits_apply_threshold_and_allow_list():
    policy = load_policy("default")
    text = "Ask OpenAI or Jane Roe"
    results = [RecognizerResult("ORGANIZATION", 4, 10, 0.85),  # allow-listed value
               RecognizerResult("PERSON", 14, 22, 0.55),  # below PERSON's 0.6
               RecognizerResult("PERSON", 14, 22, 0.85)]
    hits = peers.policy_hits(policy, text, results)
    assert [(h.start, h.end, h.type, h.action) for h in hits] == [
        (14, 22, "PERSON", "pseudonymize")]


def test_elide_never_shows_the_whole_value():
    value = "ghp_" + "x" * 36
    shown = peers.elide(value)
    assert value not in shown and "40 chars" in shown


def test_realtext_spans_follow_annotation_order():
    text = "Robinson met Jackie Robinson; Robinson left."
    spans = realtext.spans_of(text, [["Jackie Robinson", "PERSON"], ["Robinson", "PERSON"]])
    assert spans == [(13, 28, "PERSON"), (30, 38, "PERSON")]
    with pytest.raises(ValueError):
        realtext.spans_of(text, [["Jackie Robinson", "PERSON"], ["Jackie", "PERSON"]])


def test_realtext_data_file_is_consistent():
    meta, samples = realtext.load()
    assert len(samples) >= 60
    assert all(s.category == realtext.CATEGORY for s in samples)
    assert len({s.id for s in samples}) == len(samples)
    labels = {label for s in samples for *_, label in s.spans}
    assert {"PERSON", "ORGANIZATION", "LOCATION", "STREET_ADDRESS", "PHONE_NUMBER"} <= labels
    assert all(src["licence"] for src in meta["sources"].values())


def _fp_case(rule: str, text: str, kind: str = "fp", value: str | None = None, cid: str = ""):
    spans = [] if value is None else [{"start": text.index(value),
                                       "end": text.index(value) + len(value), "label": "SECRET"}]
    return {"id": cid or f"{rule}-{kind}", "rule": rule, "family": rule.split("-")[0],
            "kind": kind, "text": text, "example_start": 0, "example_end": len(text),
            "spans": spans}


def test_fp_categories_sibling_path_only_and_the_rest():
    key = "k3Yv4lu3Zq8Wm2Rt7Np1"
    cases = [
        _fp_case("acme-api-key", f"acme_key = {key}", "tp", key),
        _fp_case("acme-old-key", f"acme_key = {key}"),  # another rule's TP value: sibling
        _fp_case("acme-api-key", f"acme_key = {key}"),  # its own rule's TP text: path only
        _fp_case("acme-api-key", "acme_key = ${ACME_KEY}"),  # a real look-alike
    ]
    assert peers.fp_categories(cases) == {1: peers.SIBLING, 2: peers.PATH_ONLY}
    hit = out(Hit(0, 30, "SECRET", "block"), blocked=True)
    micro = peers.score_gitleaks(cases, [hit, hit, hit, hit])["micro"]
    assert (micro["flagged"], micro["fp"], micro["fp_rate"]) == (3, 3, 1.0)  # strict: all
    assert (micro["flagged_sibling"], micro["fp_rate_no_sibling"]) == (1, 1.0)
    assert micro["fp_rate_text_only"] == 1.0  # the look-alike, flagged
    micro = peers.score_gitleaks(cases, [hit, hit, hit, out()])["micro"]
    assert micro["fp_rate_no_sibling"] == 0.5 and micro["fp_rate_text_only"] == 0.0


def test_each_case_is_seen_by_a_fresh_tenant(guard):
    pw = "Qv7-kd2Lm9x"
    texts = [f"db_password = {pw}",  # redacted here...
             f"the string {pw} again",  # ...so the Guard would recall it here: not this case's
             f"db_password = {pw}; later {pw} again"]  # a repeat within one case is recalled
    first, second, third = peers.guard_outcomes(guard, texts)
    assert first.blocked and peers.covered(14, 14 + len(pw), [(h.start, h.end) for h in first.hits])
    assert not second.blocked and not any(h.type == "SECRET" for h in second.hits)
    at = texts[2].rindex(pw)
    assert peers.covered(at, at + len(pw), [(h.start, h.end) for h in third.hits])
