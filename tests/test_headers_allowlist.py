"""Only allow-listed client headers reach the vendor, through both doors; the audit record
names what was dropped and holds no header value."""

from __future__ import annotations

import json

import anthropic
import httpx
import httpx2
import openai
import pytest
from conftest import TENANT_KEY, audit_events, model_card, write_models
from fakevendor import ServerThread

from sovereign_guard import GuardTransport
from sovereign_guard.core import Guard
from sovereign_guard.pipeline import Pipeline
from sovereign_guard.server import create_app
from sovereign_guard.signals import USER_AGENT

# What an app adds on top of its SDK's own headers; none of it may reach a vendor.
APP_HEADERS = {
    "x-customer-email": "ceo.private@example.org",
    "user-agent": "Jane Doe's billing script",
    "x-debug-user": "jdoe-7781",
}
LEAKS = ("ceo.private@example.org", "Jane Doe's", "jdoe-7781")
ALLOWED = {"content-type", "accept", "anthropic-version", "anthropic-beta", "openai-beta",
           "openai-organization", "openai-project", "idempotency-key", "x-idempotency-key",
           "authorization", "x-api-key", "user-agent", "content-usage", "sec-gpc"}
# Set per hop by whichever HTTP client sends the request, not taken from the caller.
FRAMING = {"host", "content-length", "accept-encoding", "connection"}


def assert_only_allowed(headers) -> None:
    names = {k.lower() for k in headers}
    assert names - FRAMING <= ALLOWED, names - FRAMING - ALLOWED
    assert headers["user-agent"] == USER_AGENT
    assert not any(name.startswith("x-stainless") for name in names)
    for leak in LEAKS:
        assert leak not in json.dumps(dict(headers.items()))


def _credential(headers) -> str | None:
    """The client's key as the vendor got it (newer Anthropic SDKs send a bearer token)."""
    if "x-api-key" in headers:
        return headers["x-api-key"]
    return headers.get("authorization", "").removeprefix("Bearer ") or None


def assert_audit_names_dropped(events: list[dict]) -> None:
    (request,) = [e for e in events if e["kind"] == "request"]
    dropped = request["headers_dropped"]
    assert dropped == sorted(set(dropped))
    assert {"x-customer-email", "x-debug-user", "user-agent", "x-stainless-os",
            "x-stainless-lang"} <= set(dropped)
    assert not set(dropped) & {"anthropic-version", "content-type", "accept", "host"}
    text = json.dumps(events)
    for leak in LEAKS:
        assert leak not in text
    for event in events:
        if event["kind"] == "response":
            assert event["headers_dropped"] == []


# -- the sidecar -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sidecar(vendor, tmp_path_factory):
    from sovereign_guard.audit import AuditLog, ensure_keyset
    from sovereign_guard.vendors import load_registry

    models = write_models(tmp_path_factory.mktemp("models"), [
        model_card("fake/gpt", "openai", vendor.base_url),
        model_card("fake/claude", "anthropic", vendor.base_url),
    ])
    home = tmp_path_factory.mktemp("home")
    guard = Guard("default", tenant_key=TENANT_KEY)
    policy = guard.policy
    keyset, _, _ = ensure_keyset(home / "keys.json")
    audit = AuditLog(home / "audit", keyset, policy.audit)
    pipeline = Pipeline(guard, load_registry(models, policy), audit)
    with ServerThread(create_app(lambda: pipeline, load_in_background=False)) as server:
        server.pipeline, server.keyset = pipeline, keyset
        server.url = f"http://127.0.0.1:{server.port}"
        yield server


def _sidecar_events(sidecar, request_id: str) -> list[dict]:
    return audit_events(sidecar.keyset, sidecar.pipeline.audit.directory, request_id)


def test_sidecar_openai_sdk_sends_only_allowed_headers(sidecar, vendor):
    vendor.clear()
    client = openai.OpenAI(base_url=sidecar.url + "/v1", api_key="client-key", max_retries=0,
                           organization="org-42", project="proj-7",
                           default_headers=APP_HEADERS)
    raw = client.chat.completions.with_raw_response.create(
        model="fake/gpt", messages=[{"role": "user", "content": "hello"}],
        extra_headers={"Idempotency-Key": "retry-1"})
    (got,) = vendor.requests
    assert_only_allowed(got.headers)
    assert got.headers["openai-organization"] == "org-42"
    assert got.headers["openai-project"] == "proj-7"
    assert got.headers["idempotency-key"] == "retry-1"
    assert got.headers["authorization"] == "Bearer client-key"  # the card has no key of its own
    assert_audit_names_dropped(
        _sidecar_events(sidecar, raw.headers["x-sovereign-guard-request-id"]))


def test_sidecar_anthropic_sdk_stream_keeps_version_and_beta(sidecar, vendor):
    vendor.clear()
    client = anthropic.Anthropic(base_url=sidecar.url, api_key="client-key", max_retries=0,
                                 default_headers=APP_HEADERS)
    with client.messages.with_streaming_response.create(
            model="fake/claude", max_tokens=5, stream=True,
            messages=[{"role": "user", "content": "hi"}],
            extra_headers={"anthropic-beta": "prompt-caching-2024-07-31"}) as response:
        request_id = response.headers["x-sovereign-guard-request-id"]
        for _ in response.iter_lines():
            pass
    (got,) = vendor.requests
    assert_only_allowed(got.headers)
    assert got.headers["anthropic-version"] and _credential(got.headers) == "client-key"
    assert got.headers["anthropic-beta"] == "prompt-caching-2024-07-31"
    assert_audit_names_dropped(_sidecar_events(sidecar, request_id))


def test_sidecar_blocked_request_drops_nothing_and_records_no_names(sidecar, vendor):
    vendor.clear()
    r = httpx.post(sidecar.url + "/v1/chat/completions", headers=APP_HEADERS, json={
        "model": "fake/gpt", "messages": [{"role": "user", "content": "AKIAZ7Q3XK2M5N6P4R7T"}]})
    assert r.status_code == 403 and vendor.requests == []
    (event,) = _sidecar_events(sidecar, r.headers["x-sovereign-guard-request-id"])
    assert event["decision"] == "block" and event["headers_dropped"] == []


# -- the in-process transport ----------------------------------------------------------------


class Recorder:
    """A MockTransport vendor (httpx or httpx2) that records requests and answers as the echo."""

    def __init__(self, http=httpx):
        self.http = http
        self.requests: list = []

    def handler(self, request):
        from sovereign_guard.echo import respond

        self.requests.append(request)
        status, content = respond(request.url.path.removeprefix("/v1/"),
                                  json.loads(request.content))
        return self.http.Response(status, content=content,
                                  headers={"content-type": "application/json"})


def _transport_events(guard, request_id: str) -> list[dict]:
    from sovereign_guard.audit import load_keyset

    return audit_events(load_keyset(guard.audit_keys_path), guard.audit.directory, request_id)


def test_transport_openai_sdk_sends_only_allowed_headers(guarded):
    vendor = Recorder()
    transport = GuardTransport(httpx.MockTransport(vendor.handler), pipeline=guarded)
    client = openai.OpenAI(api_key="k", base_url="https://ignored.invalid/v1", max_retries=0,
                           http_client=httpx.Client(transport=transport),
                           default_headers=APP_HEADERS)
    raw = client.chat.completions.with_raw_response.create(
        model="mock/gpt", messages=[{"role": "user", "content": "hello"}])
    (got,) = vendor.requests
    assert_only_allowed(got.headers)
    assert got.headers["authorization"] == "Bearer k"
    assert_audit_names_dropped(
        _transport_events(guarded, raw.headers["x-sovereign-guard-request-id"]))


def test_transport_anthropic_sdk_sends_only_allowed_headers(guarded):
    vendor = Recorder(httpx2)
    transport = GuardTransport(httpx2.MockTransport(vendor.handler), pipeline=guarded)
    client = anthropic.Anthropic(api_key="k", base_url="https://ignored.invalid",
                                 max_retries=0, http_client=httpx2.Client(transport=transport),
                                 default_headers=APP_HEADERS)
    raw = client.messages.with_raw_response.create(
        model="mock/claude", max_tokens=5, messages=[{"role": "user", "content": "hi"}])
    (got,) = vendor.requests
    assert_only_allowed(got.headers)
    assert got.headers["anthropic-version"] and _credential(got.headers) == "k"
    assert_audit_names_dropped(
        _transport_events(guarded, raw.headers["x-sovereign-guard-request-id"]))
