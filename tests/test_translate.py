"""One API in, any vendor out: OpenAI chat ⇄ Anthropic Messages, through the official SDKs.

The vendor is the loopback fake: it records what it received (in the card's flavour) and
answers in that flavour, echoing the last user text, so placeholders come back to restore.
"""

from __future__ import annotations

import asyncio
import json
import re

import anthropic
import httpx
import httpx2
import openai
import pytest
from conftest import TENANT_KEY, model_card, write_models
from fakevendor import ServerThread

from sovereign_guard import GuardTransport, echo
from sovereign_guard.core import Guard
from sovereign_guard.pipeline import Pipeline
from sovereign_guard.server import create_app
from sovereign_guard.translate import DEFAULT_MAX_TOKENS, Untranslatable, translation_for
from sovereign_guard.translate.requests import anthropic_to_openai, openai_to_anthropic
from sovereign_guard.translate.stream import AnthropicToOpenAI, OpenAIToAnthropic

EMAIL = "jane.doe@example.org"
OTHER = "max.mustermann@example.com"
TOOL_OAI = [{"type": "function", "function": {
    "name": "send", "description": "send a note",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}}]
TOOL_ANT = [{"name": "send", "description": "send a note",
             "input_schema": {"type": "object", "properties": {"text": {"type": "string"}}}}]


# -- the mapping itself -----------------------------------------------------------------------

def test_openai_request_becomes_a_messages_request():
    body = openai_to_anthropic({
        "model": "m", "temperature": 0.2, "top_p": 0.9, "stop": "END", "user": "u1",
        "tools": TOOL_OAI, "tool_choice": {"type": "function", "function": {"name": "send"}},
        "parallel_tool_calls": False, "seed": 3, "stream": True,
        "messages": [
            {"role": "system", "content": "be brief"},
            {"role": "developer", "content": [{"type": "text", "text": "and kind"}]},
            {"role": "user", "content": [
                {"type": "text", "text": "look"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBO"}},
                {"type": "image_url", "image_url": {"url": "https://example.org/a.png"}}]},
            {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "send", "arguments": '{"text": "hi"}'}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": "sent"},
            {"role": "user", "content": "thanks"}]})
    assert body["system"] == [{"type": "text", "text": "be brief"},
                              {"type": "text", "text": "and kind"}]
    assert body["max_tokens"] == DEFAULT_MAX_TOKENS
    assert body["stop_sequences"] == ["END"] and body["metadata"] == {"user_id": "u1"}
    assert body["temperature"] == 0.2 and body["top_p"] == 0.9 and body["stream"] is True
    assert "seed" not in body  # dropped: harmless
    assert body["tools"] == TOOL_ANT
    assert body["tool_choice"] == {"type": "tool", "name": "send",
                                   "disable_parallel_tool_use": True}
    user, assistant, results = body["messages"]
    assert user["content"][1] == {"type": "image", "source": {
        "type": "base64", "media_type": "image/png", "data": "iVBO"}}
    assert user["content"][2]["source"] == {"type": "url", "url": "https://example.org/a.png"}
    assert assistant["content"] == [{"type": "tool_use", "id": "call_1", "name": "send",
                                     "input": {"text": "hi"}}]
    # the tool result and the next user turn are one user message (roles alternate)
    assert results["role"] == "user" and results["content"] == [
        {"type": "tool_result", "tool_use_id": "call_1",
         "content": [{"type": "text", "text": "sent"}]},
        {"type": "text", "text": "thanks"}]


def test_messages_request_becomes_an_openai_request():
    body = anthropic_to_openai({
        "model": "m", "max_tokens": 50, "system": [{"type": "text", "text": "be brief"}],
        "stop_sequences": ["END"], "top_k": 5, "stream": True,
        "tools": TOOL_ANT, "tool_choice": {"type": "any", "disable_parallel_tool_use": True},
        "metadata": {"user_id": "u1"},
        "messages": [
            {"role": "user", "content": [{"type": "image", "source": {
                "type": "base64", "media_type": "image/png", "data": "iVBO"}},
                {"type": "text", "text": "look"}]},
            {"role": "assistant", "content": [
                {"type": "thinking", "thinking": "hm", "signature": "s"},
                {"type": "text", "text": "calling"},
                {"type": "tool_use", "id": "tu_1", "name": "send", "input": {"text": "hi"}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "tu_1", "content": "sent"},
                {"type": "text", "text": "thanks"}]}]})
    assert body["max_tokens"] == 50 and body["stop"] == ["END"] and "top_k" not in body
    assert body["stream_options"] == {"include_usage": True} and body["user"] == "u1"
    assert body["tools"] == TOOL_OAI
    assert body["tool_choice"] == "required" and body["parallel_tool_calls"] is False
    system, user, assistant, tool, after = body["messages"]
    assert system == {"role": "system", "content": "be brief"}
    assert user["content"][0] == {"type": "image_url",
                                  "image_url": {"url": "data:image/png;base64,iVBO"}}
    assert assistant == {"role": "assistant", "content": "calling", "tool_calls": [{
        "id": "tu_1", "type": "function",
        "function": {"name": "send", "arguments": '{"text":"hi"}'}}]}
    assert tool == {"role": "tool", "tool_call_id": "tu_1", "content": "sent"}
    assert after == {"role": "user", "content": [{"type": "text", "text": "thanks"}]}


@pytest.mark.parametrize(("body", "field"), [
    ({"n": 2}, "n"), ({"logprobs": True}, "logprobs"), ({"audio": {"voice": "x"}}, "audio"),
    ({"response_format": {"type": "json_object"}}, "response_format"),
    ({"frobnicate": 1}, "frobnicate"),
])
def test_openai_fields_without_counterpart_are_refused(body, field):
    with pytest.raises(Untranslatable) as info:
        openai_to_anthropic({"model": "m", "messages": [], **body})
    assert info.value.field == field


def test_anthropic_thinking_is_refused_for_an_openai_card():
    with pytest.raises(Untranslatable, match="thinking"):
        anthropic_to_openai({"model": "m", "max_tokens": 5, "messages": [],
                             "thinking": {"type": "enabled", "budget_tokens": 1024}})


def test_same_flavour_is_not_translated():
    assert translation_for("chat/completions", "openai") is None
    assert translation_for("messages", "anthropic") is None
    assert translation_for("embeddings", "anthropic") is None  # no counterpart: refused later


def _sse(events: list[tuple[str, dict]]) -> bytes:
    return b"".join((f"event: {n}\n" if n else "").encode() + b"data: "
                    + json.dumps(e).encode() + b"\n\n" for n, e in events)


def _data(raw: bytes) -> list:
    return [json.loads(line[6:]) for line in raw.split(b"\n")
            if line.startswith(b"data: ") and line != b"data: [DONE]"]


def test_anthropic_stream_split_anywhere_becomes_chat_chunks():
    raw = _sse([
        ("message_start", {"type": "message_start", "message": {
            "id": "msg_1", "model": "c", "usage": {"input_tokens": 4, "output_tokens": 1}}}),
        ("content_block_start", {"type": "content_block_start", "index": 0,
                                 "content_block": {"type": "text", "text": ""}}),
        ("content_block_delta", {"type": "content_block_delta", "index": 0,
                                 "delta": {"type": "text_delta", "text": "hi"}}),
        ("content_block_start", {"type": "content_block_start", "index": 1, "content_block": {
            "type": "tool_use", "id": "tu_1", "name": "send", "input": {}}}),
        ("content_block_delta", {"type": "content_block_delta", "index": 1, "delta": {
            "type": "input_json_delta", "partial_json": '{"a":'}}),
        ("content_block_delta", {"type": "content_block_delta", "index": 1, "delta": {
            "type": "input_json_delta", "partial_json": "1}"}}),
        ("message_delta", {"type": "message_delta", "delta": {"stop_reason": "tool_use"},
                           "usage": {"output_tokens": 7}}),
        ("message_stop", {"type": "message_stop"})])
    t = AnthropicToOpenAI("c", include_usage=True)
    out = b"".join(t.feed(raw[i:i + 5]) for i in range(0, len(raw), 5)) + t.close()
    assert out.endswith(b"data: [DONE]\n\n") and out.count(b"[DONE]") == 1
    chunks = _data(out)
    deltas = [c["choices"][0]["delta"] for c in chunks if c["choices"]]
    assert "".join(d.get("content") or "" for d in deltas) == "hi"
    calls = [tc for d in deltas for tc in d.get("tool_calls", [])]
    assert calls[0]["id"] == "tu_1" and {tc["index"] for tc in calls} == {0}
    assert "".join(tc["function"]["arguments"] for tc in calls) == '{"a":1}'
    assert [c["choices"][0]["finish_reason"] for c in chunks if c["choices"]][-1] == "tool_calls"
    assert chunks[-1]["usage"] == {"prompt_tokens": 4, "completion_tokens": 7,
                                   "total_tokens": 11}


def test_a_repeated_opening_tool_delta_opens_one_block():
    # The SSE restorer re-emits a copy of a tool call's delta event (id and name included)
    # to deliver a withheld tail: that must not become a second tool_use block.
    head = {"id": "c1", "model": "g", "choices": [{"index": 0, "delta": {"tool_calls": [
        {"index": 0, "id": "call_1", "function": {"name": "send", "arguments": '{"a'}}]}}]}
    again = json.loads(json.dumps(head))
    again["choices"][0]["delta"]["tool_calls"][0]["function"]["arguments"] = '":1}'
    end = {"id": "c1", "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]}
    t = OpenAIToAnthropic("g")
    out = t.feed(_sse([("", head), ("", again), ("", end)]) + b"data: [DONE]\n\n") + t.close()
    events = _data(out)
    starts = [e for e in events if e["type"] == "content_block_start"]
    assert len(starts) == 1 and starts[0]["content_block"]["type"] == "tool_use"
    assert "".join(e["delta"]["partial_json"] for e in events
                   if e["type"] == "content_block_delta") == '{"a":1}'
    assert events[-2]["delta"]["stop_reason"] == "tool_use"
    assert events[-1] == {"type": "message_stop"}


# -- through the sidecar and the transport door ------------------------------------------------

@pytest.fixture(scope="module")
def pipeline(tmp_path_factory, vendor):
    from sovereign_guard.vendors import load_registry

    models = write_models(tmp_path_factory.mktemp("models"), [
        model_card("fake/gpt", "openai", vendor.base_url),
        model_card("fake/claude", "anthropic", vendor.base_url),
    ])
    guard = Guard("default", tenant_key=TENANT_KEY)
    return Pipeline(guard, load_registry(models, guard.policy))


@pytest.fixture(scope="module")
def sidecar(pipeline):
    with ServerThread(create_app(lambda: pipeline, load_in_background=False)) as server:
        server.url = f"http://127.0.0.1:{server.port}"
        yield server


def _clients(door: str, sidecar, pipeline):
    """(OpenAI client, Anthropic client) through the sidecar or through GuardTransport."""
    if door == "sidecar":
        return (openai.OpenAI(base_url=sidecar.url + "/v1", api_key="k", max_retries=0),
                anthropic.Anthropic(base_url=sidecar.url, api_key="k", max_retries=0))
    oai = GuardTransport(httpx.HTTPTransport(), pipeline=pipeline)
    ant = GuardTransport(httpx2.HTTPTransport(), pipeline=pipeline)
    return (openai.OpenAI(base_url="https://ignored.invalid/v1", api_key="k", max_retries=0,
                          http_client=httpx.Client(transport=oai)),
            anthropic.Anthropic(api_key="k", max_retries=0,
                                http_client=httpx2.Client(transport=ant)))


DOORS = ["sidecar", "transport"]


@pytest.mark.parametrize("door", DOORS)
def test_openai_sdk_reaches_an_anthropic_card(door, sidecar, pipeline, vendor):
    vendor.clear()
    oai, _ = _clients(door, sidecar, pipeline)
    prompt = f"write to {EMAIL}"
    raw = oai.chat.completions.with_raw_response.create(model="fake/claude", messages=[
        {"role": "system", "content": f"the user is {OTHER}"},
        {"role": "user", "content": "hello"}, {"role": "assistant", "content": "hi"},
        {"role": "user", "content": prompt}], temperature=0.3, stop=["END"])
    answer = raw.parse()
    assert answer.choices[0].message.content == prompt  # restored and translated back
    assert answer.choices[0].finish_reason == "stop" and answer.usage.total_tokens > 0
    assert raw.headers["x-sovereign-guard-route"] == "fake/claude"
    (sent,) = vendor.requests
    assert sent.path == "messages" and sent.headers["anthropic-version"]
    assert sent.headers["x-api-key"] == "k" and "authorization" not in sent.headers
    assert sent.body["max_tokens"] == 4096 and sent.body["stop_sequences"] == ["END"]
    assert sent.body["inference_geo"] == "us"  # the card's controls, on the vendor's body
    assert [m["role"] for m in sent.body["messages"]] == ["user", "assistant", "user"]
    # scanned as it left: the system prompt and the last turn, redacted in Anthropic's shape
    assert "<EMAIL_ADDRESS_" in sent.body["system"][0]["text"]
    assert EMAIL not in vendor.everything_received()
    assert OTHER not in vendor.everything_received()


@pytest.mark.parametrize("door", DOORS)
def test_openai_sdk_streams_text_and_tool_calls_from_an_anthropic_card(
        door, sidecar, pipeline, vendor):
    vendor.clear()
    oai, _ = _clients(door, sidecar, pipeline)
    prompt = f"hello {EMAIL}, bye {OTHER}"
    chunks = list(oai.chat.completions.create(model="fake/claude", stream=True, messages=[
        {"role": "user", "content": prompt}], stream_options={"include_usage": True}))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == prompt
    # the vendor streamed 7-character pieces: every placeholder straddled its events
    sent = vendor.requests[-1].body["messages"][-1]["content"][0]["text"]
    placeholders = re.findall(r"<[A-Z_]+_[0-9a-z]+>", sent)
    assert len(placeholders) == 2 and all(len(p) > echo.CHUNK for p in placeholders)
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].usage.completion_tokens > 0
    with oai.chat.completions.stream(model="fake/claude", tools=TOOL_OAI, messages=[
            {"role": "user", "content": f"to {EMAIL}"}]) as stream:
        final = stream.get_final_completion()
    call = final.choices[0].message.tool_calls[0]
    assert call.function.name == "send" and call.id == "tu_1"
    assert json.loads(call.function.arguments) == {"text": f"to {EMAIL}"}
    assert final.choices[0].finish_reason == "tool_calls"
    assert vendor.requests[-1].body["tools"] == TOOL_ANT
    assert EMAIL not in vendor.everything_received()


@pytest.mark.parametrize("door", DOORS)
def test_openai_sdk_tool_round_trip_with_an_anthropic_card(door, sidecar, pipeline, vendor):
    vendor.clear()
    oai, _ = _clients(door, sidecar, pipeline)
    r = oai.chat.completions.create(model="fake/claude", tools=TOOL_OAI, tool_choice="required",
                                    messages=[{"role": "user", "content": f"to {EMAIL}"}])
    call = r.choices[0].message.tool_calls[0]
    assert r.choices[0].finish_reason == "tool_calls"
    assert json.loads(call.function.arguments) == {"text": f"to {EMAIL}"}
    assert vendor.requests[-1].body["tool_choice"] == {"type": "any"}
    r = oai.chat.completions.create(model="fake/claude", tools=TOOL_OAI, messages=[
        {"role": "user", "content": f"to {EMAIL}"}, r.choices[0].message.model_dump(),
        {"role": "tool", "tool_call_id": call.id, "content": f"sent to {EMAIL}"}])
    sent = vendor.requests[-1].body["messages"]
    assert sent[1]["content"][0]["type"] == "tool_use"
    assert sent[2]["content"][0]["type"] == "tool_result"
    assert EMAIL not in vendor.everything_received()


@pytest.mark.parametrize("door", DOORS)
def test_anthropic_sdk_reaches_an_openai_card(door, sidecar, pipeline, vendor):
    vendor.clear()
    _, claude = _clients(door, sidecar, pipeline)
    prompt = f"write to {EMAIL}"
    raw = claude.messages.with_raw_response.create(
        model="fake/gpt", max_tokens=100, system=f"the user is {OTHER}",
        stop_sequences=["END"], messages=[{"role": "user", "content": prompt}])
    m = raw.parse()
    assert m.content[0].text == prompt and m.stop_reason == "end_turn"
    assert m.usage.output_tokens > 0
    assert raw.headers["x-sovereign-guard-route"] == "fake/gpt"
    (sent,) = vendor.requests
    assert sent.path == "chat/completions"
    assert sent.headers["authorization"] == "Bearer k" and "x-api-key" not in sent.headers
    assert not any(h.startswith("anthropic-") for h in sent.headers)
    assert sent.body["store"] is False  # the OpenAI card's controls apply to the vendor body
    assert sent.body["max_tokens"] == 100 and sent.body["stop"] == ["END"]
    assert sent.body["messages"][0]["role"] == "system"
    assert EMAIL not in vendor.everything_received()
    assert OTHER not in vendor.everything_received()


@pytest.mark.parametrize("door", DOORS)
def test_anthropic_sdk_streams_text_and_tool_input_from_an_openai_card(
        door, sidecar, pipeline, vendor):
    vendor.clear()
    _, claude = _clients(door, sidecar, pipeline)
    prompt = f"hello {EMAIL}, bye {OTHER}"
    with claude.messages.stream(model="fake/gpt", max_tokens=50, messages=[
            {"role": "user", "content": prompt}]) as s:
        text = "".join(s.text_stream)
        final = s.get_final_message()
    assert text == prompt and final.stop_reason == "end_turn"
    with claude.messages.stream(model="fake/gpt", max_tokens=50, tools=TOOL_ANT, messages=[
            {"role": "user", "content": f"to {EMAIL}"}]) as s:
        final = s.get_final_message()
    (block,) = final.content
    assert block.type == "tool_use" and block.name == "send"
    assert block.input == {"text": f"to {EMAIL}"}
    assert final.stop_reason == "tool_use" and final.usage.output_tokens == 5
    assert final.usage.input_tokens == 3  # from the vendor's closing usage chunk
    assert vendor.requests[-1].body["stream_options"] == {"include_usage": True}
    assert EMAIL not in vendor.everything_received()


def test_async_anthropic_sdk_streams_from_an_openai_card(sidecar, vendor):
    vendor.clear()

    async def run():
        client = anthropic.AsyncAnthropic(base_url=sidecar.url, api_key="k", max_retries=0)
        async with client.messages.stream(model="fake/gpt", max_tokens=20, messages=[
                {"role": "user", "content": f"stream {EMAIL}"}]) as s:
            return "".join([t async for t in s.text_stream])

    assert asyncio.run(run()) == f"stream {EMAIL}"


def test_unmappable_fields_are_refused_in_the_callers_shape(sidecar, pipeline, vendor):
    vendor.clear()
    oai, claude = _clients("sidecar", sidecar, pipeline)
    with pytest.raises(openai.BadRequestError, match="'n'"):
        oai.chat.completions.create(model="fake/claude", n=2,
                                    messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(anthropic.BadRequestError, match="thinking"):
        claude.messages.create(model="fake/gpt", max_tokens=2000, messages=[
            {"role": "user", "content": "hi"}], thinking={"type": "enabled",
                                                          "budget_tokens": 1024})
    assert vendor.requests == []


def test_vendor_errors_come_back_in_the_callers_shape(sidecar, pipeline, vendor):
    vendor.clear()
    oai, claude = _clients("sidecar", sidecar, pipeline)
    vendor.fail_with = (429, {"type": "error", "error": {"type": "rate_limit_error",
                                                         "message": "slow down"}})
    with pytest.raises(openai.RateLimitError, match="slow down"):
        oai.chat.completions.create(model="fake/claude",
                                    messages=[{"role": "user", "content": "hi"}])
    vendor.fail_with = (400, {"error": {"message": "bad thing", "type": "invalid_request_error"}})
    with pytest.raises(anthropic.BadRequestError, match="bad thing"):
        claude.messages.create(model="fake/gpt", max_tokens=5,
                               messages=[{"role": "user", "content": "hi"}])


def test_same_flavour_answers_name_their_route(sidecar, pipeline, vendor):
    vendor.clear()
    oai, claude = _clients("sidecar", sidecar, pipeline)
    raw = oai.chat.completions.with_raw_response.create(
        model="fake/gpt", messages=[{"role": "user", "content": "hi"}])
    assert raw.headers["x-sovereign-guard-route"] == "fake/gpt"
    assert vendor.requests[-1].path == "chat/completions"
    raw = claude.messages.with_raw_response.create(
        model="fake/claude", max_tokens=5, messages=[{"role": "user", "content": "hi"}])
    assert raw.headers["x-sovereign-guard-route"] == "fake/claude"
    assert vendor.requests[-1].path == "messages"


def test_openai_hosts_get_max_completion_tokens():
    body = {"model": "m", "max_tokens": 9, "messages": [{"role": "user", "content": "hi"}]}
    openai_host = translation_for("messages", "openai", "https://api.openai.com/v1")
    azure = translation_for("messages", "openai", "https://x.openai.azure.com/openai/v1")
    other = translation_for("messages", "openai", "https://api.mistral.ai/v1")
    assert openai_host.request(dict(body))["max_completion_tokens"] == 9
    assert azure.request(dict(body))["max_completion_tokens"] == 9
    assert other.request(dict(body))["max_tokens"] == 9


def test_a_stream_that_stops_short_gets_no_translated_ending():
    t = AnthropicToOpenAI("c")
    start = _sse([("message_start", {"type": "message_start", "message": {"id": "m"}})])
    out = t.feed(start) + t.close(end=False)
    assert b"[DONE]" not in out
    whole = AnthropicToOpenAI("c")
    assert (whole.feed(start) + whole.close()).count(b"[DONE]") == 1


def test_async_openai_sdk_streams_tool_calls_through_the_transport(pipeline, vendor):
    vendor.clear()

    async def run():
        transport = GuardTransport(httpx.AsyncHTTPTransport(), pipeline=pipeline)
        client = openai.AsyncOpenAI(base_url="https://ignored.invalid/v1", api_key="k",
                                    max_retries=0,
                                    http_client=httpx.AsyncClient(transport=transport))
        async with client.chat.completions.stream(model="fake/claude", tools=TOOL_OAI,
                                                  messages=[{"role": "user",
                                                             "content": f"to {EMAIL}"}]) as s:
            return await s.get_final_completion()

    final = asyncio.run(run())
    call = final.choices[0].message.tool_calls[0]
    assert json.loads(call.function.arguments) == {"text": f"to {EMAIL}"}
    assert vendor.requests[-1].path == "messages"
    assert EMAIL not in vendor.everything_received()


def test_a_vendor_failing_mid_stream_ends_with_the_callers_error_event(pipeline):
    from sovereign_guard.exchange import StreamSession
    from sovereign_guard.exchange.upstream import UpstreamError

    out = pipeline.prepare("/v1/chat/completions", {}, json.dumps({
        "model": "fake/claude", "stream": True,
        "messages": [{"role": "user", "content": f"to {EMAIL}"}]}).encode())
    start = _sse([("message_start", {"type": "message_start", "message": {"id": "m"}})])

    def chunks():
        yield start
        raise UpstreamError("read_timeout")

    session = StreamSession(pipeline, out, 200, chunks())
    body = b"".join(session)
    assert b"[DONE]" not in body  # not a whole answer
    assert _data(body)[-1]["error"]["code"] == "upstream_error"
