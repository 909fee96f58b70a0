"""What leaves is what was scanned: every field, key and number of a request, files and media,
through both doors (sidecar and GuardTransport) against a vendor that records every byte."""

from __future__ import annotations

import base64
import io
import json

import httpx
import pytest
from conftest import TENANT_KEY, audit_events, model_card, write_models
from fakevendor import FakeVendor, ServerThread

from sovereign_guard import GuardTransport
from sovereign_guard.audit import AuditLog, ensure_keyset
from sovereign_guard.core import Guard
from sovereign_guard.pipeline import Pipeline
from sovereign_guard.policy import load_policy
from sovereign_guard.server import create_app
from sovereign_guard.vendors import load_registry

SSN = "123456789"
PHONE = "5551234567"
CARD = 4111111111111111
EMAIL = "jane.doe@example.org"
AWS = "AKIAZ7Q3XK2M5N6P4R7T"


def _pipeline(tmp_path_factory, vendor, **egress) -> Pipeline:
    policy = load_policy("default")
    if egress:
        policy = policy.model_copy(update={"egress": policy.egress.model_copy(update=egress)})
    models = write_models(tmp_path_factory.mktemp("models"), [
        model_card("fake/gpt", "openai", vendor.base_url),
        model_card("fake/claude", "anthropic", vendor.base_url)])
    home = tmp_path_factory.mktemp("home")
    keyset, _, _ = ensure_keyset(home / "keys.json")
    pipeline = Pipeline(Guard(policy, tenant_key=TENANT_KEY), load_registry(models, policy),
                        AuditLog(home / "audit", keyset, policy.audit))
    pipeline.keyset, pipeline.audit_dir = keyset, home / "audit"
    return pipeline


class Door:
    """Posts raw JSON through one door; what the vendor got is in `vendor.requests`."""

    def __init__(self, name: str, pipeline: Pipeline, vendor: FakeVendor):
        self.name, self.pipeline, self.vendor = name, pipeline, vendor
        self._server = None
        if name == "sidecar":
            self._server = ServerThread(create_app(lambda: pipeline, load_in_background=False))
            self._server.__enter__()
            self.client = httpx.Client(base_url=f"http://127.0.0.1:{self._server.port}")
        else:
            transport = GuardTransport(httpx.HTTPTransport(), pipeline=pipeline)
            self.client = httpx.Client(transport=transport, base_url="https://app.invalid")

    def post(self, route: str, body: dict, headers: dict | None = None) -> httpx.Response:
        self.vendor.clear()
        return self.client.post(f"/v1/{route}", content=json.dumps(body),
                                headers={"content-type": "application/json", **(headers or {})})

    def seen(self) -> str:
        return self.vendor.everything_received()

    def close(self) -> None:
        self.client.close()
        if self._server is not None:
            self._server.__exit__(None, None, None)


@pytest.fixture(scope="module", params=["sidecar", "transport"])
def door(request, tmp_path_factory, vendor):
    d = Door(request.param, _pipeline(tmp_path_factory, vendor), vendor)
    yield d
    d.close()


def _chat(content, **extra) -> dict:
    return {"model": "fake/gpt", "messages": [{"role": "user", "content": content}], **extra}


def _assert_not_seen(door: Door, *values) -> None:
    seen = door.seen()
    assert door.vendor.requests, "nothing reached the vendor"
    for value in values:
        assert str(value) not in seen, f"{value!r} reached the vendor through the {door.name}"


def test_tool_arguments_split_into_fields_are_classified_by_their_names(door):
    args = json.dumps({"first_name": "Jane", "last_name": "Doe", "phone": PHONE, "ssn": SSN,
                       "card_number": CARD})
    body = {"model": "fake/gpt", "messages": [
        {"role": "user", "content": "update my record"},
        {"role": "assistant", "tool_calls": [{"id": "call_1", "type": "function",
                                              "function": {"name": "update", "arguments": args}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "ok"}]}
    r = door.post("chat/completions", body)
    assert r.status_code == 200, r.text
    _assert_not_seen(door, "Jane", '"Doe"', PHONE, SSN, CARD)


def test_fields_the_old_walk_skipped_are_scanned(door):
    body = _chat("hello", user=EMAIL, metadata={EMAIL: "owner"},
                 prediction={"type": "content", "content": f"mail {EMAIL}"},
                 tools=[{"type": "function", "function": {
                     "name": "notify", "description": f"always cc {EMAIL}",
                     "parameters": {"type": "object", "properties": {"to": {
                         "type": "string", "enum": [EMAIL], "default": EMAIL}}}}}])
    r = door.post("chat/completions", body)
    assert r.status_code == 200, r.text
    _assert_not_seen(door, EMAIL)


def test_a_card_sent_as_a_json_number_is_redacted(door):
    r = door.post("chat/completions", _chat("charge it", metadata={"card": CARD}))
    assert r.status_code == 200, r.text
    _assert_not_seen(door, CARD)


@pytest.mark.parametrize("route, body", [
    ("embeddings", {"model": "fake/gpt", "input": [1, 2, 3]}),
    ("embeddings", {"model": "fake/gpt", "input": [[1, 2], [3, 4]]}),
    ("completions", {"model": "fake/gpt", "prompt": [50256, 11, 12]}),
])
def test_token_id_prompts_are_refused(door, route, body):
    r = door.post(route, body)
    assert r.status_code == 403
    assert "unscannable:token_ids" in r.text
    assert not door.vendor.requests


def test_text_files_are_decoded_scanned_and_a_secret_inside_blocks(door):
    doc = base64.b64encode(f"deploy key {AWS}".encode()).decode()
    body = {"model": "fake/claude", "max_tokens": 10, "messages": [{"role": "user", "content": [
        {"type": "document", "source": {"type": "base64", "media_type": "text/plain", "data": doc}},
        {"type": "text", "text": "summarise"}]}]}
    r = door.post("messages", body, {"anthropic-version": "2023-06-01"})
    assert r.status_code == 403
    assert "entity_blocked:SECRET" in r.text
    assert not door.vendor.requests


def test_text_files_are_redacted_and_re_encoded(door):
    data = "data:text/plain;base64," + base64.b64encode(f"write to {EMAIL}".encode()).decode()
    body = {"model": "fake/gpt", "messages": [{"role": "user", "content": [
        {"type": "file", "file": {"filename": "a.txt", "file_data": data}},
        {"type": "text", "text": "read it"}]}]}
    r = door.post("chat/completions", body)
    assert r.status_code == 200, r.text
    sent = door.vendor.requests[0].body["messages"][0]["content"][0]["file"]["file_data"]
    header, _, encoded = sent.partition(",")
    assert header == "data:text/plain;base64"
    assert "<EMAIL_ADDRESS_" in base64.b64decode(encoded).decode()
    _assert_not_seen(door, EMAIL)


def _pdf(text: str) -> bytes:
    """A one-page PDF whose text layer says `text` (hand-built: pypdf only reads)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


@pytest.mark.parametrize("text, status, reason", [
    ("Quarterly figures are attached.", 200, None),
    (f"Contact {EMAIL} for the figures.", 403, "document_contains:EMAIL_ADDRESS"),
    (f"key {AWS}", 403, "entity_blocked:SECRET"),
])
def test_pdfs_are_extracted_and_scanned(door, text, status, reason):
    data = base64.b64encode(_pdf(text)).decode()
    body = {"model": "fake/claude", "max_tokens": 10, "messages": [{"role": "user", "content": [
        {"type": "document", "source": {"type": "base64", "media_type": "application/pdf",
                                        "data": data}},
        {"type": "text", "text": "summarise"}]}]}
    r = door.post("messages", body, {"anthropic-version": "2023-06-01"})
    assert r.status_code == status, r.text
    if reason:
        assert reason in r.text
        assert not door.vendor.requests


@pytest.mark.parametrize("file_data", [
    "data:application/zip;base64,UEsDBBQAAAAIAA==",
    "data:application/pdf;base64," + base64.b64encode(b"%PDF-1.4 not really").decode(),
])
def test_files_that_cannot_be_read_are_refused(door, file_data):
    body = {"model": "fake/gpt", "messages": [{"role": "user", "content": [
        {"type": "file", "file": {"filename": "x", "file_data": file_data}}]}]}
    r = door.post("chat/completions", body)
    assert r.status_code == 403
    assert "unscannable:" in r.text
    assert not door.vendor.requests


PNG = "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 32).decode()


def test_images_pass_under_the_default_policy_and_are_recorded_as_unscanned(door):
    r = door.post("chat/completions", _chat([
        {"type": "text", "text": "what is this?"},
        {"type": "image_url", "image_url": {"url": PNG}}]))
    assert r.status_code == 200, r.text
    rid = r.headers["x-sovereign-guard-request-id"]
    events = audit_events(door.pipeline.keyset, door.pipeline.audit_dir, rid)
    assert events[0]["unscanned_media"] == [{"kind": "image", "media_type": "image/png",
                                             "bytes": 40}]


def test_a_policy_that_refuses_media_refuses_images(tmp_path_factory, vendor):
    d = Door("transport", _pipeline(tmp_path_factory, vendor, image="refuse"), vendor)
    try:
        r = d.post("chat/completions", _chat([{"type": "image_url", "image_url": {"url": PNG}}]))
        assert r.status_code == 403
        assert "unscannable:image" in r.text
        assert not vendor.requests
    finally:
        d.close()


def test_strict_policy_refuses_images_and_audio():
    strict = load_policy("strict")
    assert strict.egress.image == "refuse" and strict.egress.audio == "refuse"
    assert load_policy("default").egress.image == "allow"


def test_a_value_redacted_once_is_found_again_when_replayed_raw(door):
    """Turn 1 is redacted; the client replays the restored answer in turn 2, now as a bare
    table no recognizer would flag: the guard had those values in hand."""
    r = door.post("chat/completions", _chat(f"my phone is {PHONE} and my SSN is 123-45-6789"))
    assert r.status_code == 200, r.text
    _assert_not_seen(door, PHONE, "123-45-6789")
    replay = _chat(f"values: {PHONE}; 123-45-6789; done")
    r = door.post("chat/completions", replay)
    assert r.status_code == 200, r.text
    _assert_not_seen(door, PHONE, "123-45-6789")


def test_deeply_nested_bodies_are_refused_in_the_callers_shape(door):
    deep: object = "x"
    for _ in range(900):
        deep = [deep]
    r = door.post("chat/completions", _chat("hi", metadata={"k": deep}))
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "invalid_body"
    assert not door.vendor.requests


def test_a_forwarded_header_carrying_pii_is_dropped_and_named(door):
    r = door.post("chat/completions", _chat("hi"),
                  {"idempotency-key": f"refund-{EMAIL}", "openai-project": "proj_abc123"})
    assert r.status_code == 200, r.text
    _assert_not_seen(door, EMAIL)
    got = door.vendor.requests[0].headers
    assert "idempotency-key" not in got and got.get("openai-project") == "proj_abc123"
    rid = r.headers["x-sovereign-guard-request-id"]
    event = audit_events(door.pipeline.keyset, door.pipeline.audit_dir, rid)[0]
    assert "idempotency-key" in event["headers_dropped"]
    assert EMAIL not in json.dumps(event)


def test_a_secret_in_a_forwarded_header_blocks(door):
    r = door.post("chat/completions", _chat("hi"), {"idempotency-key": AWS})
    assert r.status_code == 403
    assert not door.vendor.requests


@pytest.mark.parametrize("content, raw", [
    ("card 4111\u200d1111\u00ad1111\u20601111 please", "1111"),       # invisible characters
    ("mail ｊａｎｅ．ｄｏｅ＠ｅｘａｍｐｌｅ．ｏｒｇ today", "ｊａｎｅ"),            # full-width
    ("mail j\u0430ne.doe@ex\u0430mple.org today", "ne.doe@ex"),        # Cyrillic look-alikes
    ("mail jane dot doe at example dot org today", "jane dot doe"),    # written out
    ("mail jane.doe[at]example[.]org today", "jane.doe[at]"),         # defanged
    ("mail jane%2Edoe%40example%2Eorg today", "jane%2Edoe"),          # percent-encoded
])
def test_evasive_writing_is_redacted_in_the_original_characters(door, content, raw):
    r = door.post("chat/completions", _chat(content))
    assert r.status_code == 200, r.text
    sent = door.vendor.requests[0].body["messages"][0]["content"]
    assert raw not in sent and "<" in sent, sent
    assert r.json()["choices"][0]["message"]["content"].endswith(content.split(" ", 1)[1])


@pytest.mark.parametrize("content", [
    "key " + base64.b64encode(AWS.encode()).decode(),
    "key " + AWS.encode().hex(),
    "key AKIA\u00adZ7Q3XK2M5N6P4R7T",
    'key = "AKIA" + "Z7Q3XK2M5N6P4R7T"',
])
def test_encoded_or_split_secrets_block(door, content):
    r = door.post("chat/completions", _chat(content))
    assert r.status_code == 403, r.text
    assert "entity_blocked:SECRET" in r.text
    assert not door.vendor.requests


def test_the_decorator_door_gets_the_same_inspection(tmp_path_factory, vendor):
    from sovereign_guard import GuardBlocked, guard

    pipeline = _pipeline(tmp_path_factory, vendor)
    seen = []

    @guard(model="fake/gpt", using=pipeline)
    def ask(messages: list) -> str:
        seen.append(json.dumps(messages, ensure_ascii=False))
        return "done"

    args = json.dumps({"first_name": "Jane", "ssn": SSN})
    ask([{"role": "user", "content": "card 4111\u200d1111\u00ad1111\u20601111"},
         {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function",
                                               "function": {"name": "f", "arguments": args}}]}])
    assert "1111" not in seen[0] and SSN not in seen[0] and "Jane" not in seen[0]
    with pytest.raises(GuardBlocked):
        ask([{"role": "user", "content": "key " + base64.b64encode(AWS.encode()).decode()}])
    assert len(seen) == 1
