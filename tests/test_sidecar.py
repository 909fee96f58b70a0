"""End to end: official SDKs → sidecar (uvicorn on loopback) → fake vendor on loopback."""

from __future__ import annotations

import json
import time

import anthropic
import httpx
import openai
import pytest
from conftest import TENANT_KEY, audit_events, model_card, write_models
from fakevendor import ServerThread

from sovereign_guard.core import Guard
from sovereign_guard.errors import AuditError
from sovereign_guard.pipeline import Pipeline
from sovereign_guard.server import create_app

NAME = "Jane Doe"
EMAIL = "jane.doe@example.org"
PHONE = "+1 212 555 0199"
CARD = "4111 1111 1111 1111"
SECRET = "AKIAZ7Q3XK2M5N6P4R7T"
RAW = [EMAIL, CARD, "4111111111111111"]


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory, vendor):
    return write_models(tmp_path_factory.mktemp("models"), [
        model_card("fake/gpt", "openai", vendor.base_url),
        model_card("fake/claude", "anthropic", vendor.base_url),
        model_card("fake/trainer", "openai", vendor.base_url, trains_on_customer_data=True),
    ])


@pytest.fixture(scope="module")
def sidecar(models_dir, tmp_path_factory):
    from sovereign_guard.audit import AuditLog, ensure_keyset
    from sovereign_guard.vendors import load_registry

    home = tmp_path_factory.mktemp("home")
    guard = Guard("default", tenant_key=TENANT_KEY)
    policy = guard.policy
    keyset, _, _ = ensure_keyset(home / "keys.json")
    audit = AuditLog(home / "audit", keyset, policy.audit)
    pipeline = Pipeline(guard, load_registry(models_dir, policy), audit)
    app = create_app(lambda: pipeline, load_in_background=False)
    with ServerThread(app) as server:
        server.pipeline = pipeline
        server.keyset = keyset
        server.url = f"http://127.0.0.1:{server.port}"
        yield server


@pytest.fixture
def oai(sidecar, vendor):
    vendor.clear()
    return openai.OpenAI(base_url=sidecar.url + "/v1", api_key="client-key", max_retries=0)


@pytest.fixture
def claude(sidecar, vendor):
    vendor.clear()
    return anthropic.Anthropic(base_url=sidecar.url, api_key="client-key", max_retries=0)


def assert_nothing_raw_reached(vendor, *values):
    seen = vendor.everything_received()
    for value in (*RAW, *values):
        assert value not in seen, f"{value!r} reached the vendor"


def test_chat_redacts_restores_and_signals(oai, vendor):
    prompt = f"Write to {EMAIL} about card {CARD}."
    raw = oai.chat.completions.with_raw_response.create(
        model="fake/gpt", messages=[{"role": "user", "content": prompt}], store=True)
    answer = raw.parse()
    assert answer.choices[0].message.content == prompt
    assert raw.headers["x-sovereign-guard-decision"] == "redact"
    assert raw.headers["x-sovereign-guard-request-id"].startswith("sg-")
    (got,) = vendor.requests
    assert_nothing_raw_reached(vendor)
    assert "<EMAIL_ADDRESS_" in got.body["messages"][0]["content"]
    assert got.body["store"] is False  # the card's control beats the client's store=True
    assert got.headers["content-usage"] == "train-ai=n"
    assert got.headers["sec-gpc"] == "1"
    assert not any(k.startswith("x-sovereign-guard") for k in got.headers)


def test_chat_stream_restores_split_placeholders(oai, vendor):
    prompt = f"Mail {EMAIL} and {EMAIL} again"
    stream = oai.chat.completions.create(
        model="fake/gpt", messages=[{"role": "user", "content": prompt}], stream=True)
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text == prompt
    assert_nothing_raw_reached(vendor)


def test_multi_turn_history_gets_the_same_placeholders(oai, vendor):
    history = [
        {"role": "user", "content": f"My e-mail is {EMAIL}."},
        {"role": "assistant", "content": f"Noted: {EMAIL}."},
        {"role": "user", "content": f"Send the invoice to {EMAIL}."},
    ]
    answer = oai.chat.completions.create(model="fake/gpt", messages=history)
    assert answer.choices[0].message.content == history[-1]["content"]
    sent = [m["content"] for m in vendor.requests[0].body["messages"]]
    tokens = {t for s in sent for t in s.split() if t.startswith("<EMAIL_ADDRESS_")}
    assert len({t.rstrip(".") for t in tokens}) == 1
    assert_nothing_raw_reached(vendor)


def test_tool_calls_arguments_are_guarded_both_ways(oai, vendor):
    tools = [{"type": "function", "function": {"name": "send_mail", "parameters": {
        "type": "object", "properties": {"text": {"type": "string"}}}}}]
    messages = [
        {"role": "user", "content": f"email {EMAIL}"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c0", "type": "function",
            "function": {"name": "send_mail", "arguments": json.dumps({"to": EMAIL})}}]},
        {"role": "tool", "tool_call_id": "c0", "content": f"sent to {EMAIL}"},
        {"role": "user", "content": f"again to {EMAIL} please"},
    ]
    answer = oai.chat.completions.create(model="fake/gpt", messages=messages, tools=tools)
    call = answer.choices[0].message.tool_calls[0]
    assert json.loads(call.function.arguments) == {"text": f"again to {EMAIL} please"}
    assert_nothing_raw_reached(vendor)


def test_responses_api(oai, vendor):
    r = oai.responses.create(model="fake/gpt", instructions=f"Reply to {EMAIL}",
                             input=f"Card {CARD} please")
    assert r.output_text == f"Card {CARD} please"
    assert vendor.requests[0].body["store"] is False
    assert_nothing_raw_reached(vendor)


def test_responses_stream(oai, vendor):
    with oai.responses.stream(model="fake/gpt", input=f"Card {CARD} please") as stream:
        text = "".join(e.delta for e in stream if e.type == "response.output_text.delta")
    assert text == f"Card {CARD} please"
    assert_nothing_raw_reached(vendor)


def test_embeddings_and_completions(oai, vendor):
    e = oai.embeddings.create(model="fake/gpt", input=[f"about {EMAIL}", "nothing"])
    assert len(e.data) == 2
    c = oai.completions.create(model="fake/gpt", prompt=f"Dear {EMAIL},")
    assert c.choices[0].text == f"Dear {EMAIL},"
    assert "store" not in vendor.requests[0].body  # body_routes keeps store off embeddings
    assert_nothing_raw_reached(vendor)


def test_anthropic_messages_with_system(claude, vendor):
    m = claude.messages.create(
        model="fake/claude", max_tokens=50, system=f"The user is {EMAIL}",
        messages=[{"role": "user", "content": f"Card {CARD}, mail {EMAIL}"}])
    assert m.content[0].text == f"Card {CARD}, mail {EMAIL}"
    got = vendor.requests[0]
    assert got.body["inference_geo"] == "us"
    assert "<EMAIL_ADDRESS_" in got.body["system"]
    assert got.headers["content-usage"] == "train-ai=n"
    assert_nothing_raw_reached(vendor)


def _response_event(sidecar, request_id: str) -> dict:
    # The answer's record is written just after the answer is sent: allow it a moment.
    deadline = time.monotonic() + 5
    while True:
        events = audit_events(sidecar.keyset, sidecar.pipeline.audit.directory, request_id)
        found = [e for e in events if e["kind"] == "response"]
        if found or time.monotonic() > deadline:
            (event,) = found
            return event
        time.sleep(0.01)


def test_anthropic_confirmed_controls_are_audited(sidecar, claude, vendor):
    raw = claude.messages.with_raw_response.create(
        model="fake/claude", max_tokens=5, messages=[{"role": "user", "content": "hi"}])
    event = _response_event(sidecar, raw.headers["x-sovereign-guard-request-id"])
    assert event["vendor_confirmed"] == {"inference_geo": "us"} and event["status"] == 200
    with claude.messages.with_streaming_response.create(
            model="fake/claude", max_tokens=5, stream=True,
            messages=[{"role": "user", "content": "hi"}]) as response:
        request_id = response.headers["x-sovereign-guard-request-id"]
        for _ in response.iter_lines():
            pass
    assert _response_event(sidecar, request_id)["vendor_confirmed"] == {"inference_geo": "us"}


def test_anthropic_stream_and_tool_use(claude, vendor):
    with claude.messages.stream(model="fake/claude", max_tokens=50,
                                messages=[{"role": "user", "content": f"hi {EMAIL}"}]) as s:
        assert "".join(s.text_stream) == f"hi {EMAIL}"
    tools = [{"name": "send", "input_schema": {"type": "object"}}]
    m = claude.messages.create(model="fake/claude", max_tokens=50, tools=tools,
                               messages=[{"role": "user", "content": f"to {EMAIL}"}])
    assert m.content[0].input == {"text": f"to {EMAIL}"}
    assert_nothing_raw_reached(vendor)


def test_blocked_secret_sends_nothing_and_names_the_reason(oai, claude, vendor):
    with pytest.raises(openai.PermissionDeniedError) as info:
        oai.chat.completions.create(model="fake/gpt", messages=[
            {"role": "user", "content": f"my aws key is {SECRET}"}])
    assert "entity_blocked:SECRET" in str(info.value)
    assert info.value.response.headers["x-sovereign-guard-decision"] == "block"
    with pytest.raises(anthropic.PermissionDeniedError, match="entity_blocked:SECRET"):
        claude.messages.create(model="fake/claude", max_tokens=5, messages=[
            {"role": "user", "content": f"key {SECRET}"}])
    assert vendor.requests == []


def test_vendor_that_trains_gets_nothing_not_even_public_data(oai, vendor):
    # A document marking is allowed through but makes the request confidential.
    with pytest.raises(openai.PermissionDeniedError, match="trains_on_customer_data"):
        oai.chat.completions.create(model="fake/trainer", messages=[
            {"role": "user", "content": "CONFIDENTIAL: the quarterly plan"}])
    # Public, and a fully redacted prompt (outbound class public): still the enterprise's data.
    for text in ("hello there", f"write to {EMAIL}"):
        with pytest.raises(openai.PermissionDeniedError, match="trains_on_customer_data"):
            oai.chat.completions.create(model="fake/trainer",
                                        messages=[{"role": "user", "content": text}])
    assert vendor.requests == []


def test_refusals_unknown_malformed_oversized(sidecar, oai, claude, vendor):
    with pytest.raises(openai.NotFoundError, match="not in the vendor registry"):
        oai.chat.completions.create(model="no-such-model", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(anthropic.NotFoundError):
        claude.messages.create(model="no-such-model", max_tokens=5, messages=[{"role": "user", "content": "x"}])
    r = httpx.post(sidecar.url + "/v1/chat/completions", content=b'{"model": "fake/gpt", ',
                   headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_json"
    r = httpx.post(sidecar.url + "/v1/messages", content=b"\xff\xfe{}",
                   headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["type"] == "error"
    big = json.dumps({"model": "fake/gpt", "messages": [{"role": "user", "content": "a" * (5 << 20)}]})
    r = httpx.post(sidecar.url + "/v1/chat/completions", content=big,
                   headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.headers["x-sovereign-guard-decision"] == "block"
    with pytest.raises(openai.NotFoundError, match="does not serve"):
        oai.files.list()
    assert vendor.requests == []
    assert httpx.get(sidecar.url + "/healthz").status_code == 200
    assert httpx.get(sidecar.url + "/readyz").status_code == 200


def test_upstream_errors_come_back_in_shape(oai, vendor):
    vendor.fail_with = (429, {"error": {"message": "slow down", "type": "rate_limit", "code": "x"}})
    with pytest.raises(openai.RateLimitError, match="slow down"):
        oai.chat.completions.create(model="fake/gpt", messages=[{"role": "user", "content": "hi"}])


def test_audit_failure_fails_closed(sidecar, oai, vendor, monkeypatch):
    def broken(event):
        raise AuditError("disk full")

    from prometheus_client import REGISTRY

    def refusals() -> float:
        return sum(REGISTRY.get_sample_value("sovereign_guard_refusals_total", {
            "route": "chat/completions", "status": s, "code": c}) or 0
            for s, c in (("503", "audit_unavailable"), ("403", "policy_blocked")))

    monkeypatch.setattr(sidecar.pipeline.audit, "append", broken)
    before = refusals()
    with pytest.raises(openai.InternalServerError, match="audit"):
        oai.chat.completions.create(model="fake/gpt", messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(openai.InternalServerError, match="audit"):  # a block that cannot be
        oai.chat.completions.create(model="fake/gpt", messages=[  # recorded is a 503 too
            {"role": "user", "content": f"key {SECRET}"}])
    assert refusals() == before + 2  # one count per refused request
    assert vendor.requests == []


def test_detector_failure_fails_closed(sidecar, oai, vendor, monkeypatch):
    def broken(text, *args, **kwargs):
        raise RuntimeError(f"model crashed on {text}")  # quotes the input, as errors may

    monkeypatch.setattr(sidecar.pipeline.guard.analyzer, "analyze", broken)
    with pytest.raises(openai.InternalServerError, match=r"detector failed \(RuntimeError\)") as e:
        oai.chat.completions.create(model="fake/gpt", messages=[
            {"role": "user", "content": f"never analysed before: {EMAIL}"}])
    assert EMAIL not in str(e.value.body)
    assert vendor.requests == []


def test_vendor_cookies_never_ride_along_on_later_requests(oai, vendor):
    for who in ("alice", "bob"):
        raw = oai.chat.completions.with_raw_response.create(
            model="fake/gpt", messages=[{"role": "user", "content": f"hi from {who}"}])
        assert "set-cookie" not in raw.headers  # not passed back to the caller either
    assert len(vendor.requests) == 2
    assert all("cookie" not in r.headers for r in vendor.requests)


def test_echo_vendor_is_the_embedded_default(oai, vendor):
    r = oai.chat.completions.create(model="local/echo",
                                    messages=[{"role": "user", "content": f"I am {EMAIL}"}])
    assert r.choices[0].message.content == f"I am {EMAIL}"
    assert vendor.requests == []


def test_metrics_have_no_values(sidecar, oai):
    oai.chat.completions.create(model="local/echo", messages=[{"role": "user", "content": EMAIL}])
    text = httpx.get(sidecar.url + "/metrics").text
    assert "sovereign_guard_requests_total" in text
    assert 'type="EMAIL_ADDRESS"' in text
    assert EMAIL not in text


def test_load_failure_fails_closed_and_readyz_says_why():
    from fastapi.testclient import TestClient

    from sovereign_guard.errors import PolicyError

    def broken():
        raise PolicyError("policies/x.yaml: field 'entities': unknown key")

    with TestClient(create_app(broken, load_in_background=False)) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 503 and "PolicyError" in ready.json()["detail"]
        assert client.get("/healthz").status_code == 200
        r = client.post("/v1/chat/completions", json={"model": "local/echo", "messages": []})
        assert r.status_code == 503
        assert r.json()["error"]["type"] == "sovereign_guard_unavailable"
        r = client.post("/v1/messages", json={"model": "x", "max_tokens": 1, "messages": []})
        assert r.status_code == 503 and r.json()["type"] == "error"


def test_unhealthy_audit_turns_readyz_red(sidecar, monkeypatch):
    monkeypatch.setattr(type(sidecar.pipeline.audit), "healthy", property(lambda self: False),
                        raising=False)
    assert httpx.get(sidecar.url + "/readyz").status_code == 503
