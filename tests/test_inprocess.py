"""The in-process doors: GuardTransport under the official SDKs, and the @guard decorator."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json

import anthropic
import httpx
import httpx2
import openai
import pytest
from conftest import audit_events

from sovereign_guard import GuardBlocked, GuardTransport, guard
from sovereign_guard.echo import respond, stream

EMAIL = "jane.doe@example.org"
CARD = "4111 1111 1111 1111"
SECRET = "AKIAZ7Q3XK2M5N6P4R7T"


class RecordingVendor:
    """An httpx.MockTransport vendor: records every request, answers like the echo vendor."""

    def __init__(self):
        self.requests: list[httpx.Request] = []

    def handler(self, request):
        httpx = importlib.import_module(type(request).__module__.split(".")[0])
        self.requests.append(request)
        body = json.loads(request.content)
        rest = request.url.path.removeprefix("/v1/")
        if body.get("tools") and rest == "chat/completions":
            said = body["messages"][-1]["content"]
            return httpx.Response(200, json={
                "id": "c", "object": "chat.completion", "created": 0, "model": body["model"],
                "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
                    "role": "assistant", "content": None, "tool_calls": [{
                        "id": "call_1", "type": "function", "function": {
                            "name": "send", "arguments": json.dumps({"text": said})}}]}}]})
        if body.get("stream"):
            return httpx.Response(200, content=b"".join(stream(rest, body)),
                                  headers={"content-type": "text/event-stream"})
        status, content = respond(rest, body)
        return httpx.Response(status, content=content, headers={"content-type": "application/json"})

    def seen(self) -> str:  # noqa: D102
        return "\n".join(r.content.decode() + json.dumps(dict(r.headers)) for r in self.requests)


@pytest.fixture
def vendor():
    return RecordingVendor()


def _oai(guarded, vendor):
    transport = GuardTransport(httpx.MockTransport(vendor.handler), pipeline=guarded)
    return openai.OpenAI(api_key="k", base_url="https://ignored.invalid/v1",
                         http_client=httpx.Client(transport=transport), max_retries=0)


def test_openai_sdk_chat_through_transport(guarded, vendor):
    client = _oai(guarded, vendor)
    r = client.chat.completions.create(model="mock/gpt", messages=[
        {"role": "user", "content": f"mail {EMAIL} card {CARD}"}], store=True)
    assert r.choices[0].message.content == f"mail {EMAIL} card {CARD}"
    (sent,) = vendor.requests
    assert str(sent.url) == "https://vendor.invalid/v1/chat/completions"  # the card decides
    assert EMAIL not in vendor.seen() and CARD not in vendor.seen()
    assert json.loads(sent.content)["store"] is False
    assert sent.headers["content-usage"] == "train-ai=n" and sent.headers["sec-gpc"] == "1"


def test_openai_sdk_stream_and_tools(guarded, vendor):
    client = _oai(guarded, vendor)
    chunks = client.chat.completions.create(model="mock/gpt", stream=True, messages=[
        {"role": "user", "content": f"hello {EMAIL}, bye {EMAIL}"}])
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == \
        f"hello {EMAIL}, bye {EMAIL}"
    r = client.chat.completions.create(model="mock/gpt", tools=[{"type": "function", "function": {
        "name": "send", "parameters": {"type": "object"}}}],
        messages=[{"role": "user", "content": f"to {EMAIL}"}])
    assert json.loads(r.choices[0].message.tool_calls[0].function.arguments) == {"text": f"to {EMAIL}"}
    assert EMAIL not in vendor.seen()


def test_openai_sdk_block_sends_nothing(guarded, vendor):
    client = _oai(guarded, vendor)
    with pytest.raises(openai.PermissionDeniedError, match="entity_blocked:SECRET"):
        client.chat.completions.create(model="mock/gpt", messages=[
            {"role": "user", "content": f"key {SECRET}"}])
    assert vendor.requests == []


def test_anthropic_sdk_sync_and_async(guarded, vendor):
    transport = GuardTransport(httpx2.MockTransport(vendor.handler), pipeline=guarded)
    client = anthropic.Anthropic(api_key="k", http_client=httpx2.Client(transport=transport),
                                 max_retries=0)
    m = client.messages.create(model="mock/claude", max_tokens=20, system=f"user is {EMAIL}",
                               messages=[{"role": "user", "content": f"hi {EMAIL}"}])
    assert m.content[0].text == f"hi {EMAIL}"
    assert json.loads(vendor.requests[0].content)["inference_geo"] == "us"

    async def run():
        atransport = GuardTransport(httpx2.MockTransport(vendor.handler), pipeline=guarded)
        aclient = anthropic.AsyncAnthropic(api_key="k", max_retries=0,
                                           http_client=httpx2.AsyncClient(transport=atransport))
        async with aclient.messages.stream(model="mock/claude", max_tokens=20, messages=[
                {"role": "user", "content": f"stream {EMAIL}"}]) as s:
            return "".join([t async for t in s.text_stream])

    assert asyncio.run(run()) == f"stream {EMAIL}"
    assert EMAIL not in vendor.seen()


def test_transport_refuses_unknown_routes_with_a_body(guarded, vendor):
    transport = GuardTransport(httpx.MockTransport(vendor.handler), pipeline=guarded)
    with httpx.Client(transport=transport) as client:
        r = client.post("https://x.invalid/v1/files", content=b"secret file")
    # as in the sidecar: 404 in the caller's error shape (it was a hand-built 403)
    assert r.status_code == 404 and vendor.requests == []
    assert r.json()["error"]["code"] == "unsupported_route"


def _request_events(guard, request_id: str) -> list[dict]:
    from sovereign_guard.audit import load_keyset

    return audit_events(load_keyset(guard.audit_keys_path), guard.audit.directory, request_id)


def test_sidecar_and_transport_send_and_record_the_same(guarded, vendor):
    """One pipeline: the same request leaves the sidecar and the transport alike, and both
    doors write the same audit fields."""
    body = {"model": "mock/gpt", "messages": [{"role": "user", "content": f"mail {EMAIL}"}]}
    sidecar = guarded.for_door("sidecar").prepare(
        "/v1/chat/completions", {"x-sovereign-guard-request-id": "sg-side"},
        json.dumps(body).encode())
    client = _oai(guarded, vendor)
    client.chat.completions.create(**body, extra_headers={"x-sovereign-guard-request-id": "sg-tran"})
    sent = vendor.requests[0]
    assert json.loads(sent.content) == sidecar.body
    signals = ("content-usage", "sec-gpc")
    assert {k: sent.headers[k] for k in signals} == {k: sidecar.headers[k] for k in signals}
    assert "x-sovereign-guard-request-id" not in sent.headers

    (side,) = [e for e in _request_events(guarded, "sg-side") if e["kind"] == "request"]
    (tran,) = [e for e in _request_events(guarded, "sg-tran") if e["kind"] == "request"]
    # the SDK sent its own headers through the transport only: dropped names differ
    differ = {"request_id", "caller_request_id", "time", "door", "latency_ms",
              "headers_dropped"}
    assert side["headers_dropped"] == [] and "x-stainless-lang" in tran["headers_dropped"]
    assert {k: v for k, v in side.items() if k not in differ} == \
        {k: v for k, v in tran.items() if k not in differ}
    assert side["door"] == "sidecar" and tran["door"] == "transport"
    assert side["decision"] == "redact" and side["entities"][0]["type"] == "EMAIL_ADDRESS"
    assert EMAIL not in json.dumps(side)


# -- the decorator ---------------------------------------------------------------------------


def test_decorator_sync_redacts_before_and_restores_after(guarded):
    seen = []

    @guard(model="mock/gpt", using=guarded)
    def ask(prompt: str, temperature: float = 0.0) -> str:
        """Ask the model."""
        seen.append(prompt)
        return f"Sure, I will write to {prompt.split()[-1]}"

    assert ask(f"write to {EMAIL}") == f"Sure, I will write to {EMAIL}"
    assert EMAIL not in seen[0] and "<EMAIL_ADDRESS_" in seen[0]
    assert ask.__name__ == "ask" and ask.__doc__ == "Ask the model."
    assert list(inspect.signature(ask).parameters) == ["prompt", "temperature"]


def test_decorator_block_raises_and_does_not_call(guarded):
    calls = []

    @guard(model="mock/gpt", using=guarded)
    def ask(prompt: str) -> str:
        calls.append(prompt)
        return "x"

    with pytest.raises(GuardBlocked) as info:
        ask(f"my key {SECRET}")
    assert info.value.reasons == ["entity_blocked:SECRET"] and calls == []


def test_decorator_async_messages_and_methods(guarded):
    class Bot:
        @guard(model="mock/claude", using=guarded)
        async def chat(self, messages: list) -> str:
            return messages[-1]["content"]

    out = asyncio.run(Bot().chat([{"role": "user", "content": f"mail {EMAIL}"}]))
    assert out == f"mail {EMAIL}"


def test_decorator_generators_restore_split_pieces(guarded):
    @guard(model="mock/gpt", param="question", using=guarded)
    def gen(question: str):
        for i in range(0, len(question), 3):
            yield question[i:i + 3]

    @guard(model="mock/gpt", param="question", using=guarded)
    async def agen(question: str):
        for i in range(0, len(question), 2):
            yield question[i:i + 2]

    assert "".join(gen(f"to {EMAIL} now")) == f"to {EMAIL} now"

    async def collect():
        return "".join([p async for p in agen(f"to {EMAIL} now")])

    assert asyncio.run(collect()) == f"to {EMAIL} now"


def test_decorator_needs_a_prompt_parameter():
    with pytest.raises(TypeError, match="no 'prompt' or 'messages'"):
        @guard(model="mock/gpt")
        def f(text: str) -> str:
            return text


def test_decorator_needs_only_the_model_in_the_common_case():
    """Policy, cards and audit come from SOVEREIGN_GUARD_* / the defaults (a temp home here)."""

    @guard(model="local/echo")
    def ask(prompt: str) -> str:
        assert EMAIL not in prompt
        return prompt

    assert ask(f"hello {EMAIL}") == f"hello {EMAIL}"
