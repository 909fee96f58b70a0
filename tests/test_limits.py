"""Bounded work per request and fail-closed preparation (issue 17, items 3 and 4), through
both doors: the sidecar app and GuardTransport. Every refusal answers in the caller's own
error shape, sends nothing and leaves a `block` audit record."""

from __future__ import annotations

import json

import httpx
import pytest
from conftest import audit_events
from fakevendor import ServerThread

from sovereign_guard import GuardTransport
from sovereign_guard.adapters import payload
from sovereign_guard.adapters.payload import LimitExceeded, walk
from sovereign_guard.policy import Limits, load_policy
from sovereign_guard.server import create_app

EMAIL = "jane.doe@example.org"


class Vendor:
    """Records what would have left; answers nothing useful (nothing should reach it)."""

    def __init__(self):
        self.requests: list[httpx.Request] = []

    def handler(self, request):
        self.requests.append(request)
        return httpx.Response(500, json={"error": "should not be reached"})


@pytest.fixture(scope="module")
def sidecar(guarded):
    pipeline = guarded
    with ServerThread(create_app(lambda: pipeline, load_in_background=False)) as server:
        server.pipeline = pipeline
        server.url = f"http://127.0.0.1:{server.port}"
        yield server


def _events(guard, request_id):
    from sovereign_guard.audit import load_keyset

    return audit_events(load_keyset(guard.audit_keys_path), guard.audit.directory, request_id)


def _send(door, guarded, sidecar, route: str, raw: bytes):
    """POST `raw` through `door`; (status, json body, request id, vendor requests)."""
    vendor = Vendor()
    headers = {"content-type": "application/json"}
    if door == "sidecar":
        r = httpx.post(sidecar.url + "/v1/" + route, content=raw, headers=headers, timeout=60)
    else:
        transport = GuardTransport(httpx.MockTransport(vendor.handler), pipeline=guarded)
        with httpx.Client(transport=transport) as client:
            r = client.post("https://ignored.invalid/v1/" + route, content=raw, headers=headers)
    return r.status_code, r.json(), r.headers["x-sovereign-guard-request-id"], vendor.requests


def _chat(content, route="chat/completions") -> bytes:
    model = "mock/claude" if route == "messages" else "mock/gpt"
    return json.dumps({"model": model, "max_tokens": 5,
                       "messages": [{"role": "user", "content": content}]}).encode()


def _assert_block(guarded, request_id, status, code):
    (event,) = _events(guarded, request_id)
    assert event["decision"] == "block" and event["status"] == status
    assert code in " ".join(event["reasons"])


# -- item 3: parts and characters are bounded ----------------------------------------------


def test_policy_limits_have_defaults_and_the_shipped_policies_set_them():
    assert Limits().max_parts == 20_000 and Limits().max_text_chars == 4 * 1024 * 1024
    for name in ("default", "strict"):
        limits = load_policy(name).limits
        assert limits.max_parts >= 1000 and limits.max_text_chars >= limits.max_body_bytes


def test_walk_stops_at_the_bound_instead_of_walking_everything(monkeypatch):
    seen = []
    original = payload._string

    def counting(text, *args):
        seen.append(text)
        return original(text, *args)

    monkeypatch.setattr(payload, "_string", counting)
    body = {"model": "m", "messages": [{"role": "user", "content": f"x{i}"} for i in range(100_000)]}
    with pytest.raises(LimitExceeded) as exc:
        walk(body, max_parts=1000)
    assert exc.value.status == 413 and exc.value.code == "too_many_parts"
    assert len(seen) <= 1001  # not 200,000 strings
    with pytest.raises(LimitExceeded, match="characters") as exc:
        walk({"a": "x" * 600, "b": "y" * 600}, max_chars=1000)
    assert exc.value.code == "too_much_text"
    assert len(walk(body["messages"][:10], max_parts=1000).texts) == 40  # below: walked whole


@pytest.mark.parametrize("door", ["sidecar", "transport"])
@pytest.mark.parametrize("route", ["chat/completions", "messages"])
def test_too_many_parts_is_413_in_the_callers_shape_and_audited(door, route, guarded, sidecar):
    parts = [{"type": "text", "text": f"p{i}"} for i in range(26_000)]  # 52,000+ strings
    status, body, request_id, sent = _send(door, guarded, sidecar, route, _chat(parts, route))
    assert status == 413 and sent == []
    if route == "messages":
        assert body["type"] == "error" and body["error"]["type"] == "request_too_large"
    else:
        assert body["error"]["code"] == "too_many_parts"
    assert "limits.max_parts" in json.dumps(body)
    _assert_block(guarded, request_id, 413, "too_many_parts")


def test_too_much_text_is_413(guarded, monkeypatch):
    transport = GuardTransport(httpx.MockTransport(Vendor().handler), pipeline=guarded)
    pipeline = transport.pipeline  # the transport's own (for_door): patching it is local
    limits = pipeline.policy.limits.model_copy(update={"max_text_chars": 2000})
    monkeypatch.setattr(pipeline, "policy", pipeline.policy.model_copy(update={"limits": limits}))
    with httpx.Client(transport=transport) as client:
        r = client.post("https://x.invalid/v1/chat/completions", content=_chat("word " * 500))
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_much_text"
    _assert_block(guarded, r.headers["x-sovereign-guard-request-id"], 413, "too_much_text")


# -- item 4: any failure while preparing is a fail-closed answer -----------------------------


def _deep(levels: int, kind: str) -> str:
    leaf = json.dumps(f"mail {EMAIL}")
    if kind == "list":
        return "[" * levels + leaf + "]" * levels
    return '{"a":' * levels + leaf + "}" * levels


def _deep_body(levels: int, kind: str, where: str) -> bytes:
    if where == "content":
        return ('{"model": "mock/gpt", "messages": [{"role": "user", "content": '
                + _deep(levels, kind) + "}]}").encode()
    return json.dumps({"model": "mock/gpt", "messages": [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": None, "tool_calls": [{
            "id": "c1", "type": "function",
            "function": {"name": "f", "arguments": _deep(levels, kind)}}]}]}).encode()


@pytest.mark.parametrize("door", ["sidecar", "transport"])
@pytest.mark.parametrize(("levels", "kind", "where"), [
    (254, "list", "content"), (300, "dict", "content"), (700, "list", "content"),
    (1023, "dict", "content"), (254, "dict", "arguments"), (600, "list", "arguments"),
])
def test_deep_json_is_422_with_a_block_record(door, levels, kind, where, guarded, sidecar):
    status, body, request_id, sent = _send(door, guarded, sidecar, "chat/completions",
                                           _deep_body(levels, kind, where))
    assert status == 422 and sent == []
    assert body["error"]["code"] in ("invalid_body", "invalid_json")
    reason = "nested_too_deeply" if body["error"]["code"] == "invalid_body" else "invalid_json"
    _assert_block(guarded, request_id, 422, reason)


def test_moderately_nested_json_still_goes_out_redacted(guarded):
    vendor = Vendor()
    transport = GuardTransport(httpx.MockTransport(vendor.handler), pipeline=guarded)
    with httpx.Client(transport=transport) as client:
        client.post("https://x.invalid/v1/chat/completions",
                    content=_deep_body(60, "dict", "arguments"))
    (sent,) = vendor.requests
    assert EMAIL not in sent.content.decode()


@pytest.mark.parametrize("door", ["sidecar", "transport"])
@pytest.mark.parametrize("route", ["chat/completions", "messages"])
def test_an_unexpected_fault_is_503_in_shape_and_audited(door, route, guarded, sidecar,
                                                        monkeypatch):
    import sovereign_guard.pipeline as pipeline_module

    def broken(*args, **kwargs):
        raise KeyError(f"value {EMAIL}")  # an error whose text quotes the request

    monkeypatch.setattr(pipeline_module, "force_controls", broken)
    status, body, request_id, sent = _send(door, guarded, sidecar, route,
                                           _chat("hello", route))
    assert status == 503 and sent == []
    assert EMAIL not in json.dumps(body)
    if route == "messages":
        assert body["type"] == "error" and body["error"]["type"] == "overloaded_error"
    else:
        assert body["error"]["code"] == "prepare_failed"
    _assert_block(guarded, request_id, 503, "prepare_failed:KeyError")


# -- the per-finding scans replaced by bisection answer exactly as the scans did -------------


def test_span_index_answers_as_a_scan_of_every_span():
    import random

    from sovereign_guard.detect.common import SpanIndex

    rng = random.Random(17)
    for _ in range(200):
        spans = [(s, s + rng.randint(1, 30)) for s in (rng.randint(0, 200) for _ in range(12))]
        some = spans[: rng.randint(0, 12)]
        index = SpanIndex(some)
        for _ in range(20):
            start = rng.randint(0, 230)
            end = start + rng.randint(1, 20)
            assert index.overlaps(start, end) == any(s < end and start < e for s, e in some)
            assert index.covers(start, end) == any(s <= start and end <= e for s, e in some)


def test_first_label_by_bisection_is_the_first_overlapping_one():
    import random

    from sovereign_guard.detect.names_en import _first_label, _Labels

    rng = random.Random(5)
    for _ in range(200):
        labels, at = [], 0
        for i in range(rng.randint(0, 10)):  # in order, not overlapping, as spaCy's are
            at += rng.randint(0, 8)
            length = rng.randint(1, 10)
            labels.append((at, at + length, f"L{i}"))
            at += length
        fast = _Labels(labels)
        for _ in range(20):
            start = rng.randint(0, at + 5)
            end = start + rng.randint(1, 15)
            assert _first_label(fast, start, end) == _first_label(list(labels), start, end)


def test_a_deeply_nested_answer_is_restored_not_a_500():
    from sovereign_guard.adapters import Restorer

    restorer = Restorer({"<EMAIL_ADDRESS_7f3a91>": 'jane "jd" doe@example.org'})
    answer = "[" * 300 + '"write to <EMAIL_ADDRESS_7f3a91>"' + "]" * 300
    restored = restorer.body(answer.encode())
    node = json.loads(restored)
    for _ in range(300):
        (node,) = node
    assert node == 'write to jane "jd" doe@example.org'
