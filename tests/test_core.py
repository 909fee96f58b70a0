"""Guard core behaviour with the real Presidio analyzer over the real spaCy pipeline."""

from __future__ import annotations

import re
import socket

import pytest

from sovereign_guard.core import Finding, resolve_overlaps
from sovereign_guard.errors import DetectionError
from sovereign_guard.policy import Action, DataClass
from sovereign_guard.pseudonym import PLACEHOLDER_RE

EMAIL = "jane.doe@example.org"
CARD = "4111 1111 1111 1111"


def test_pseudonymizes_and_restores(guard):
    text = f"Please e-mail {EMAIL} about the card {CARD}."
    p = guard.protect(text)
    assert EMAIL not in p.texts[0] and CARD not in p.texts[0]
    assert re.search(r"<EMAIL_ADDRESS_[0-9a-f]{6}>", p.texts[0])
    assert re.search(r"<CREDIT_CARD_[0-9a-f]{6}>", p.texts[0])
    assert p.restore(p.texts[0]) == text
    assert p.detected_class is DataClass.RESTRICTED
    assert p.outbound_class is DataClass.PUBLIC
    assert p.transformed and not p.blocked


def test_findings_offsets_refer_to_original_text(guard):
    text = f"x {EMAIL} y"
    (f,) = [f for f in guard.protect(text).findings if f.type == "EMAIL_ADDRESS"]
    assert text[f.start : f.end] == EMAIL
    assert f.action is Action.PSEUDONYMIZE and f.score > 0.5 and f.recognizer


def test_placeholder_stable_across_messages_turns_and_guards(guard, make_guard):
    a = guard.protect([f"mail {EMAIL}", f"again: {EMAIL}!"])
    b = guard.protect(f"turn two, {EMAIL.upper()}")  # normalised: same person
    other = make_guard({"entities": {"EMAIL_ADDRESS": {"action": "pseudonymize"}}})
    c = other.protect(f"{EMAIL}")
    tokens = {PLACEHOLDER_RE.search(t).group(0) for t in a.texts + b.texts + c.texts}
    assert len(tokens) == 1


def test_placeholder_depends_on_tenant_key(make_guard):
    one = make_guard().protect(f"mail {EMAIL}").texts[0]
    two = make_guard(key=b"\x22" * 32).protect(f"mail {EMAIL}").texts[0]
    assert PLACEHOLDER_RE.search(one).group(0) != PLACEHOLDER_RE.search(two).group(0)


def test_different_values_get_different_placeholders(guard):
    p = guard.protect("a@example.com and b@example.com")
    tokens = PLACEHOLDER_RE.findall(p.texts[0])
    assert len(set(tokens)) == 2
    assert p.restore(p.texts[0]) == "a@example.com and b@example.com"


def test_restore_repeated_and_unknown_placeholders(guard):
    p = guard.protect(f"contact {EMAIL}")
    token = PLACEHOLDER_RE.search(p.texts[0]).group(0)
    answer = f"{token}, {token} and {token}; not <EMAIL_ADDRESS_000000>."
    assert p.restore(answer) == f"{EMAIL}, {EMAIL} and {EMAIL}; not <EMAIL_ADDRESS_000000>."


@pytest.mark.parametrize(
    "action, expected",
    [
        ("allow", EMAIL),
        ("mask", "[EMAIL_ADDRESS]"),
        ("pseudonymize", "<EMAIL_ADDRESS_"),
        ("hash", "[EMAIL_ADDRESS:"),
        ("block", "[EMAIL_ADDRESS]"),
    ],
)
def test_each_action(make_guard, action, expected):
    g = make_guard({"entities": {"EMAIL_ADDRESS": {"action": action, "data_class": "confidential"}}})
    p = g.protect(f"write to {EMAIL} now")
    assert expected in p.texts[0]
    assert p.blocked is (action == "block")
    if action != "allow":
        assert EMAIL not in p.texts[0]
        assert p.outbound_class is (DataClass.CONFIDENTIAL if action == "block" else DataClass.PUBLIC)
    else:
        assert p.outbound_class is DataClass.CONFIDENTIAL
    if action == "block":
        assert p.block_reasons == ["entity_blocked:EMAIL_ADDRESS"]
    if action in ("mask", "hash"):
        assert p.restore(p.texts[0]) == p.texts[0]  # irreversible by design


def test_hash_is_linkable_but_not_the_value(make_guard):
    g = make_guard({"entities": {"EMAIL_ADDRESS": {"action": "hash"}}})
    a, b = g.protect([f"{EMAIL}", f"{EMAIL}"]).texts
    assert a == b and EMAIL not in a


def test_threshold_and_allow_list(make_guard):
    text = f"mail {EMAIL}"
    high = make_guard({"entities": {"EMAIL_ADDRESS": {"action": "mask", "threshold": 1.0}}})
    assert "[EMAIL_ADDRESS]" in high.protect(text).texts[0]  # e-mail scores 1.0
    allowed = make_guard({"allow_list": [EMAIL]})
    assert allowed.protect(text).texts[0] == text
    assert not [f for f in allowed.protect(text).findings if f.type == "EMAIL_ADDRESS"]


def test_fingerprints_are_keyed_and_value_free(guard):
    p = guard.protect(f"{EMAIL} {EMAIL}")
    assert len(p.fingerprints) == 2 and p.fingerprints[0] == p.fingerprints[1]
    kind, fp = p.fingerprints[0]
    assert kind == "EMAIL_ADDRESS" and re.fullmatch(r"[0-9a-f]{64}", fp)
    assert EMAIL not in repr(p)


def test_collision_is_detected_and_lengthened():
    from sovereign_guard.pseudonym import PseudonymVault, keyed_digest

    key = b"\x33" * 32
    seen: dict[str, str] = {}
    for i in range(200_000):  # 24-bit prefixes collide after ~4k values (birthday bound)
        value = f"person {i}"
        prefix = keyed_digest(key, "PERSON", value, purpose=b"pseudonym")[:6]
        if prefix in seen:
            first, second = seen[prefix], value
            break
        seen[prefix] = value
    else:  # pragma: no cover
        pytest.fail("no collision found")
    vault = PseudonymVault(key)
    a, b = vault.placeholder("PERSON", first), vault.placeholder("PERSON", second)
    assert a != b
    assert len(a) == len("<PERSON_>") + 6 and len(b) == len("<PERSON_>") + 8
    assert b.startswith(a[:-1])
    assert vault.placeholder("PERSON", second) == b  # stable afterwards
    assert vault.placeholder("PERSON", first) == a


def _f(t, s, e, score=0.8, action=Action.PSEUDONYMIZE, dc=DataClass.CONFIDENTIAL):
    return Finding(t, s, e, score, action, "r", dc)


def test_overlap_union_takes_strictest_member():
    out = resolve_overlaps([
        _f("PERSON", 0, 10, 0.9),
        _f("SECRET", 5, 20, 0.5, Action.BLOCK, DataClass.RESTRICTED),
        _f("PHONE_NUMBER", 30, 40),
    ])
    assert [(f.type, f.start, f.end, f.action) for f in out] == [
        ("SECRET", 0, 20, Action.BLOCK),
        ("PHONE_NUMBER", 30, 40, Action.PSEUDONYMIZE),
    ]
    assert out[0].data_class is DataClass.RESTRICTED


def test_overlap_ties_break_on_score_then_length_then_name():
    assert resolve_overlaps([_f("B", 0, 5, 0.5), _f("A", 2, 5, 0.9)])[0].type == "A"
    assert resolve_overlaps([_f("B", 0, 8, 0.5), _f("A", 2, 5, 0.5)])[0].type == "B"
    assert resolve_overlaps([_f("B", 0, 5, 0.5), _f("A", 0, 5, 0.5)])[0].type == "A"
    # Input order does not matter.
    items = [_f("B", 0, 5, 0.5), _f("A", 3, 9, 0.5), _f("C", 8, 12, 0.7)]
    assert resolve_overlaps(items) == resolve_overlaps(list(reversed(items)))


def test_allow_findings_never_widen_a_redaction():
    out = resolve_overlaps([_f("DATE_TIME", 0, 30, 0.9, Action.ALLOW), _f("PERSON", 10, 14)])
    assert [(f.type, f.start, f.end) for f in out] == [("PERSON", 10, 14)]


def test_redacted_text_built_from_overlapping_findings(guard):
    # Card numbers are found by several recognizers; the text must stay coherent.
    p = guard.protect(f"card {CARD} end")
    assert p.texts[0].startswith("card <CREDIT_CARD_") and p.texts[0].endswith("> end")


def test_detector_failure_fails_closed_without_quoting_input(guard, monkeypatch):
    def boom(*a, **k):
        raise ValueError(f"bad text {EMAIL}")

    monkeypatch.setattr(guard.analyzer, "analyze", boom)
    with pytest.raises(DetectionError) as info:
        guard.protect(f"never seen before: {EMAIL}")
    assert EMAIL not in str(info.value)
    assert "ValueError" in str(info.value)


def test_non_text_input_fails_closed(guard):
    with pytest.raises(DetectionError, match="expected text"):
        guard.protect([b"bytes"])  # type: ignore[list-item]


def test_missing_spacy_model_is_a_clear_error(make_guard):
    with pytest.raises(DetectionError, match="not installed"):
        make_guard({"nlp": {"spacy_model": "en_core_web_doesnotexist"}})


def test_protect_batch_keeps_order(guard):
    items = [[f"user{i}@example.com"] for i in range(40)]
    out = list(guard.protect_batch(items))
    assert [p.restore(p.texts[0]) for p in out] == [i[0] for i in items]


def test_no_network_during_build_and_protect(make_guard, monkeypatch):
    real_connect = socket.socket.connect

    def loopback_only(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"network access attempted: {host}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", loopback_only)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: loopback_only(None, a[0]))
    g = make_guard()
    p = g.protect("Write to someone@mail.example.co.uk or visit https://example.com/x")
    assert "someone@mail.example.co.uk" not in p.texts[0]


def test_history_is_not_reanalysed_and_cache_holds_no_text(guard, monkeypatch):
    history = [f"turn {i}: mail {EMAIL}" for i in range(5)]
    guard.protect(history)
    calls = []
    real = guard.analyze_uncached
    monkeypatch.setattr(guard, "analyze_uncached", lambda texts: calls.append(list(texts)) or real(texts))
    p = guard.protect([*history, "the new turn from Jane Doe"])
    assert calls == [["the new turn from Jane Doe"]]
    assert p.restore(p.texts[0]) == history[0]
    assert not any(isinstance(k, str) or EMAIL.encode() in k for k in guard._parts)
    assert not any(EMAIL in repr(part) for part in guard._parts.values())


def test_long_texts_are_analysed_in_chunks_with_original_offsets(make_guard, monkeypatch):
    from sovereign_guard.detect.engine import LeanSpacyNlpEngine, split_text

    text = ("Filler words that say nothing much at all.\n" * 60
            + f"Please write to {EMAIL} today. Jane Doe called from Paris.\n") * 3
    assert "".join(split_text(text, 500)) == text
    assert all(len(p) <= 500 for p in split_text(text, 500))
    assert split_text("x" * 1200, 500) == ["x" * 500, "x" * 500, "x" * 200]  # no whitespace
    g = make_guard()
    whole = g.protect(text)
    monkeypatch.setattr(LeanSpacyNlpEngine, "CHUNK_CHARS", 500)
    g.clear_cache()
    chunked = g.protect(text)
    emails = [(f.start, f.end) for f in chunked.findings if f.type == "EMAIL_ADDRESS"]
    assert len(emails) == 3 and all(text[s:e] == EMAIL for s, e in emails)
    assert chunked.texts == whole.texts
    assert chunked.restore(chunked.texts[0]) == text


def test_text_beyond_spacys_length_limit_is_not_refused(guard, monkeypatch):
    from sovereign_guard.detect.engine import LeanSpacyNlpEngine

    nlp = guard.analyzer.nlp_engine.nlp["en"]
    monkeypatch.setattr(nlp, "max_length", 2000)
    monkeypatch.setattr(LeanSpacyNlpEngine, "CHUNK_CHARS", 1500)
    text = "Nothing to see here. " * 200 + f"Mail {EMAIL}."
    p = guard.protect(text)
    assert EMAIL not in p.texts[0] and p.restore(p.texts[0]) == text


HISTORY = [
    f"Hi, I am Jane Doe, write to {EMAIL} or call +1 212-555-0199.",
    "Sure Jane, I will send the summary to Robert Miles.",
    f"Thanks. My card {CARD} was charged twice.",
]


def _same(a, b) -> None:
    assert a.texts == b.texts and a.mapping == b.mapping
    assert a.findings == b.findings and a.fingerprints == b.fingerprints
    assert (a.detected_class, a.outbound_class) == (b.detected_class, b.outbound_class)


def test_history_is_protected_once_and_reused_identically(make_guard, monkeypatch):
    warm, cold = make_guard(), make_guard()
    warm.protect(HISTORY[::-1])  # other positions: findings must carry the new part index
    monkeypatch.setattr(warm.analyzer, "analyze", lambda *a, **k: pytest.fail("re-analysed"))
    again = warm.protect(HISTORY)
    _same(again, cold.protect(HISTORY))
    assert {f.part for f in again.findings} == {0, 1, 2}
    assert all(HISTORY[f.part][f.start:f.end] for f in again.findings)


def test_cached_placeholder_taken_by_another_value_is_not_reused(make_guard, monkeypatch):
    guard = make_guard()
    first = guard.protect(f"mail {EMAIL}")
    (placeholder,) = first.mapping
    guard.vault._owners.clear()  # forgotten (capacity), then claimed by another value
    guard.vault._owners[placeholder] = "f" * 64
    # Only the placeholder is reassigned: the cached findings still hold.
    monkeypatch.setattr(guard.analyzer, "analyze", lambda *a, **k: pytest.fail("re-analysed"))
    second = guard.protect(f"mail {EMAIL}")
    (other,) = second.mapping
    assert other != placeholder and other.startswith(placeholder[:-1])  # lengthened
    assert second.restore(second.texts[0]) == f"mail {EMAIL}"


def test_ner_pipeline_is_lean_and_uses_numpy_blas(guard):
    nlp = guard.analyzer.nlp_engine.nlp["en"]
    # The small model's ner embeds its own tok2vec: nothing else is needed.
    assert nlp.pipe_names == ["ner"]
    ops = {type(node.ops).__name__ + str(node.ops.use_blis)
           for node in nlp.get_pipe("ner").model.walk()}
    assert ops == {"NumpyOpsFalse"}
    doc = nlp("Jane Doe flew from Paris to Taipei.")
    assert {(e.text, e.label_) for e in doc.ents} >= {("Jane Doe", "PERSON"), ("Paris", "GPE")}


def test_nlp_lists_are_built_when_first_read(guard):
    """Token offsets, lemmas and context keywords cost a pass over the tokens each; they are
    built only when the context enhancer reads them, and then as Presidio builds them."""
    from sovereign_guard.detect.engine import LazyNlpArtifacts

    engine = guard.analyzer.nlp_engine
    _, art = next(iter(engine.process_batch(["Her birthday is 03/04/1990, said Jane."], "en")))
    assert isinstance(art, LazyNlpArtifacts)
    assert not {"lemmas", "tokens_indices", "keywords"} & set(vars(art))
    assert art.tokens_indices == [t.idx for t in art.tokens]
    assert art.lemmas == [t.lemma_ or t.lower_ for t in art.tokens]
    assert "birthday" in art.keywords and "is" not in art.keywords and "," not in art.keywords


def test_context_words_still_raise_a_presidio_recognizers_score(guard):
    def uuid_score(text: str) -> float:
        return max(r.score for r in guard.analyzer.analyze(text, "en")
                   if r.recognition_metadata.get("recognizer_name") == "UuidRecognizer")

    value = "550e8400-e29b-41d4-a716-446655440000"
    assert uuid_score(f"the job's uuid is {value}") > uuid_score(f"the job ran as {value}")
