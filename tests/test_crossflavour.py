"""Cross-flavour candidates: a route or failover card of the other API flavour serves the
request, translated from the redacted body the last card got, in both doors and streaming;
the answer comes back in the caller's shape, the new card's field names are used, and a
card whose API cannot carry the request is passed over."""

from __future__ import annotations

import json

import httpx
import pytest
import yaml
from conftest import REPO, TENANT_KEY, model_card, write_models
from fakevendor import dead_url
from test_failover import DOWN, EMAIL, Doors, _chat, _pipeline, _records

from sovereign_guard import GuardTransport
from sovereign_guard.pipeline import Pipeline
from sovereign_guard.translate import reshape, translation_for

DOORS = ["sidecar", "transport"]
ANTHROPIC = {"anthropic-version": "2023-06-01"}


@pytest.fixture(scope="module")
def setup(vendor, tmp_path_factory):
    pipe = _pipeline(tmp_path_factory.mktemp("cross"), vendor)
    pipe.guard.protect(["warm up Jane Doe"])  # the NER model loaded before any timed call
    doors = Doors(pipe)
    yield pipe, doors
    doors.close()


def _sse_data(text: str) -> list[dict]:
    return [json.loads(line[5:]) for line in text.splitlines()
            if line.startswith("data:") and line[5:].strip() != "[DONE]"]


@pytest.mark.parametrize("door", DOORS)
def test_an_openai_request_fails_over_to_an_anthropic_card(setup, vendor, door):
    pipe, doors = setup
    vendor.clear()
    vendor.failures += [DOWN, DOWN]  # fake/primary, then fake/backup: both OpenAI, both down
    body = {**_chat("fake/primary"), "max_completion_tokens": 64, "stop": ["END"],
            "messages": [{"role": "system", "content": "be brief"},
                         {"role": "user", "content": f"mail {EMAIL} please"}]}
    r = doors.clients[door].post("/v1/chat/completions", json=body)
    assert r.status_code == 200, r.text
    assert r.headers["x-sovereign-guard-route"] == "fake/claude-backup"
    answer = r.json()
    assert answer["object"] == "chat.completion"  # the caller's shape
    assert EMAIL in answer["choices"][0]["message"]["content"]  # restored
    first, second, third = vendor.requests
    assert (first.path, second.path, third.path) == \
        ("chat/completions", "chat/completions", "messages")
    sent = third.body
    assert sent["model"] == "claude-backup-model" and sent["max_tokens"] == 64
    assert sent["system"] == [{"type": "text", "text": "be brief"}]
    assert sent["stop_sequences"] == ["END"] and sent["inference_geo"] == "us"
    assert "store" not in sent and "max_completion_tokens" not in sent  # no OpenAI field
    assert third.headers.get("anthropic-version") == "2023-06-01"
    assert EMAIL not in vendor.everything_received()
    *_, response = _records(pipe, r)
    assert [(a["card"], a["outcome"]) for a in response["attempts"]] == \
        [("fake/primary", "5xx"), ("fake/backup", "5xx"), ("fake/claude-backup", "ok")]


@pytest.mark.parametrize("door", DOORS)
def test_an_openai_stream_fails_over_to_an_anthropic_card(setup, vendor, door):
    _, doors = setup
    vendor.clear()
    vendor.failures += [DOWN, DOWN]
    body = {**_chat("fake/primary"), "stream": True}
    r = doors.clients[door].post("/v1/chat/completions", json=body)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    chunks = _sse_data(r.text)
    assert {c["object"] for c in chunks} == {"chat.completion.chunk"}
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks
                   if c["choices"])
    assert EMAIL in text and r.text.rstrip().endswith("data: [DONE]")
    assert not any("usage" in c for c in chunks)  # the caller did not ask for usage
    assert vendor.requests[-1].path == "messages"


@pytest.mark.parametrize("door", DOORS)
def test_an_anthropic_request_fails_over_to_an_openai_card(setup, vendor, door):
    pipe, doors = setup
    vendor.clear()
    vendor.failures.append(DOWN)  # fake/claude down; fake/trains never; fake/backup next
    body = {"model": "fake/claude", "max_tokens": 32, "system": "be brief",
            "messages": [{"role": "user", "content": f"mail {EMAIL} please"}]}
    r = doors.clients[door].post("/v1/messages", headers=ANTHROPIC, json=body)
    assert r.status_code == 200, r.text
    assert r.headers["x-sovereign-guard-route"] == "fake/backup"
    answer = r.json()
    assert answer["type"] == "message" and EMAIL in answer["content"][0]["text"]
    first, second = vendor.requests
    assert (first.path, second.path) == ("messages", "chat/completions")
    sent = second.body
    assert sent["model"] == "backup-model" and sent["max_tokens"] == 32
    assert sent["messages"][0] == {"role": "system", "content": "be brief"}
    assert sent["store"] is False and "inference_geo" not in sent  # the new card's controls
    assert "anthropic-version" not in second.headers
    assert EMAIL not in vendor.everything_received()
    assert [a["card"] for a in _records(pipe, r)[-1]["attempts"]] == \
        ["fake/claude", "fake/backup"]


@pytest.mark.parametrize("door", DOORS)
def test_an_anthropic_stream_fails_over_to_an_openai_card(setup, vendor, door):
    _, doors = setup
    vendor.clear()
    vendor.failures.append(DOWN)
    body = {"model": "fake/claude", "max_tokens": 32, "stream": True,
            "messages": [{"role": "user", "content": f"mail {EMAIL} please"}]}
    r = doors.clients[door].post("/v1/messages", headers=ANTHROPIC, json=body)
    assert r.status_code == 200
    events = _sse_data(r.text)
    assert events[0]["type"] == "message_start" and events[-1]["type"] == "message_stop"
    text = "".join(e["delta"].get("text", "") for e in events
                   if e["type"] == "content_block_delta")
    assert EMAIL in text
    assert vendor.requests[-1].path == "chat/completions"
    assert vendor.requests[-1].body["stream_options"] == {"include_usage": True}


@pytest.mark.parametrize("door", DOORS)
def test_a_card_whose_api_cannot_carry_the_request_is_passed_over(setup, vendor, door):
    _, doors = setup
    vendor.clear()
    vendor.failures += [DOWN, DOWN]
    body = {**_chat("fake/primary"), "logprobs": True}  # no Anthropic counterpart
    r = doors.clients[door].post("/v1/chat/completions", json=body)
    assert r.status_code == 503
    message = r.json()["error"]["message"]
    assert "fake/primary (5xx)" in message and "fake/backup (5xx)" in message
    assert "claude" not in message
    assert [q.path for q in vendor.requests] == ["chat/completions"] * 2


def test_after_failover_the_new_hosts_token_field_is_used():
    """An Anthropic caller's max_tokens is `max_tokens` for an OpenAI-compatible server and
    `max_completion_tokens` on OpenAI's own hosts, whichever card served first."""
    body = {"model": "m", "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]}
    to_mistral = translation_for("messages", "openai", "https://api.mistral.ai/v1")
    sent = to_mistral.request(body)
    assert sent["max_tokens"] == 10
    moved, translation = reshape(sent, "messages", to_mistral, "openai", "openai",
                                 "https://api.openai.com/v1", "m")
    assert moved["max_completion_tokens"] == 10 and "max_tokens" not in moved
    assert translation.caller == "anthropic" and translation.model == "m"
    back, _ = reshape(moved, "messages", translation, "openai", "openai",
                      "https://api.mistral.ai/v1", "m")
    assert back["max_tokens"] == 10 and "max_completion_tokens" not in back
    # to Anthropic from an OpenAI host's body: Anthropic's own name
    claude, again = reshape(moved, "messages", translation, "openai", "anthropic",
                            "https://api.anthropic.com/v1", "m")
    assert claude["max_tokens"] == 10 and again is None  # the caller's own flavour


def test_a_retarget_to_openais_host_renames_the_token_field(tmp_path, vendor):
    dead = dead_url()
    (tmp_path / "models").mkdir()
    models = write_models(tmp_path / "models", [
        {**model_card("x/compat", "openai", dead), "upstream_model": "compat"},
        {**model_card("x/openai", "openai", "https://api.openai.com/v1"),
         "upstream_model": "gpt"},
    ])
    policy = yaml.safe_load((REPO / "policies" / "default.yaml").read_text())
    policy["vendors"]["fallbacks"] = ["x/openai"]
    (tmp_path / "p.yaml").write_text(yaml.safe_dump(policy))
    pipe = Pipeline.from_files(tmp_path / "p.yaml", models, tmp_path / "audit",
                               keys=tmp_path / "keys.json", tenant_key=TENANT_KEY)
    out = pipe.prepare("/v1/messages", ANTHROPIC, json.dumps({
        "model": "x/compat", "max_tokens": 20,
        "messages": [{"role": "user", "content": "hi"}]}).encode())
    assert out.body["max_tokens"] == 20
    [card] = pipe.candidates(out)
    new = pipe.retarget(out, card, "connect")
    assert new.body["max_completion_tokens"] == 20 and "max_tokens" not in new.body
    assert new.url == "https://api.openai.com/v1/chat/completions"


def test_a_route_to_the_other_flavour_is_translated_after_scanning(tmp_path, vendor):
    """`vendors.routes` sends an OpenAI card's name to an Anthropic card first: the
    redacted request is translated for it (not refused as api_mismatch)."""
    (tmp_path / "models").mkdir()
    models = write_models(tmp_path / "models", [
        {**model_card("r/gpt", "openai", vendor.base_url), "aliases": ["gpt-5"],
         "upstream_model": "gpt-model"},
        {**model_card("r/claude", "anthropic", vendor.base_url),
         "upstream_model": "claude-model"},
    ])
    policy = yaml.safe_load((REPO / "policies" / "default.yaml").read_text())
    policy["vendors"]["routes"] = {"gpt-5": ["r/claude", "r/gpt"]}
    (tmp_path / "p.yaml").write_text(yaml.safe_dump(policy))
    pipe = Pipeline.from_files(tmp_path / "p.yaml", models, tmp_path / "audit",
                               keys=tmp_path / "keys.json", tenant_key=TENANT_KEY)
    vendor.clear()
    with httpx.Client(base_url="https://app.invalid",
                      transport=GuardTransport(httpx.HTTPTransport(), pipeline=pipe)) as c:
        r = c.post("/v1/chat/completions", json=_chat("gpt-5"))
    assert r.status_code == 200, r.text
    assert r.headers["x-sovereign-guard-route"] == "r/claude"
    assert EMAIL in r.json()["choices"][0]["message"]["content"]
    [got] = vendor.requests
    assert got.path == "messages" and got.body["model"] == "claude-model"
    assert got.body["max_tokens"] > 0 and EMAIL not in vendor.everything_received()


def test_joined_texts_holding_something_to_redact_do_not_leave(setup):
    """Anthropic tool-result text blocks become one OpenAI tool message: a value cut across
    two blocks, clean alone, is whole in the join, so that card is not sent it."""
    from sovereign_guard.translate import Untranslatable

    pipe, _ = setup
    result = [{"type": "text", "text": "card 4111111"}, {"type": "text", "text": "111111111"}]
    out = pipe.prepare("/v1/messages", ANTHROPIC, json.dumps({
        "model": "fake/claude", "max_tokens": 10, "messages": [
            {"role": "user", "content": "who owns it?"},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "t1", "name": "lookup", "input": {}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "t1", "content": result}]}]}).encode())
    assert "4111111" in out.content.decode()  # each half alone is clean: sent as it is
    backup = pipe.registry.get("fake/backup")
    with pytest.raises(Untranslatable):
        pipe._reshaped(out.body, out.route, out.flavour, out.translation, backup, out.model)
    clean = pipe.prepare("/v1/messages", ANTHROPIC, json.dumps({
        "model": "fake/claude", "max_tokens": 10,
        "messages": [{"role": "user", "content": f"mail {EMAIL}"}]}).encode())
    body, translation = pipe._reshaped(clean.body, clean.route, clean.flavour,
                                       clean.translation, backup, clean.model)
    assert translation is not None and body["messages"][0]["role"] == "user"


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize(("path", "body", "why"), [
    ("/v1/embeddings", {"model": "fake/claude", "input": "hi"},
     "cannot go to Anthropic: it has no embeddings API"),
    ("/v1/responses", {"model": "fake/claude", "input": "hi"},
     "use /v1/chat/completions"),
])
def test_routes_without_a_counterpart_are_refused_saying_why(setup, vendor, door, path, body,
                                                             why):
    _, doors = setup
    vendor.clear()
    r = doors.clients[door].post(path, json=body)
    assert r.status_code == 403
    error = r.json()["error"]
    assert error["code"] == "policy_blocked" and "api_mismatch" in error["message"]
    assert why in error["message"]
    assert vendor.requests == []  # nothing left


@pytest.mark.parametrize("door", DOORS)
def test_count_tokens_to_an_openai_card_is_refused_saying_why(setup, vendor, door):
    _, doors = setup
    vendor.clear()
    r = doors.clients[door].post("/v1/messages/count_tokens", headers=ANTHROPIC, json={
        "model": "fake/backup", "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 403 and r.json()["type"] == "error"
    assert "cannot go to OpenAI: it has no token counting" in r.json()["error"]["message"]
    assert vendor.requests == []


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize(("path", "model", "sent"), [
    ("/v1/chat/completions", "fake/primary", "primary-model"),  # same flavour
    ("/v1/chat/completions", "fake/claude", "claude-model"),  # translated
    ("/v1/messages", "fake/claude", "claude-model"),  # same flavour
    ("/v1/messages", "fake/primary", "primary-model"),  # translated
])
def test_answers_name_the_model_the_vendor_ran_in_every_case(setup, vendor, door, stream,
                                                             path, model, sent):
    """`model` in an answer is the vendor's own name for the model that ran, translated or
    not, JSON or SSE (the card that answered is in x-sovereign-guard-route)."""
    _, doors = setup
    vendor.clear()
    body = {"model": model, "max_tokens": 16, "stream": stream,
            "messages": [{"role": "user", "content": "hi"}]}
    r = doors.clients[door].post(path, headers=ANTHROPIC if "messages" in path else {},
                                 json=body)
    assert r.status_code == 200, r.text
    assert vendor.requests[-1].body["model"] == sent
    if not stream:
        assert r.json()["model"] == sent
        return
    names = {e.get("model") or (e.get("message") or {}).get("model") for e in _sse_data(r.text)}
    assert names - {None} == {sent}


@pytest.mark.parametrize("door", DOORS)
def test_legacy_completions_are_translated_to_messages(setup, vendor, door):
    pipe, doors = setup
    vendor.clear()
    r = doors.clients[door].post("/v1/completions", json={
        "model": "fake/claude", "prompt": f"Say hello to {EMAIL}", "stop": ["\n\n"],
        "temperature": 0.1})
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["object"] == "text_completion" and EMAIL in answer["choices"][0]["text"]
    assert answer["choices"][0]["finish_reason"] == "stop" and answer["usage"]["total_tokens"]
    [got] = vendor.requests
    assert got.path == "messages" and got.body["max_tokens"] == 16  # OpenAI's legacy default
    assert got.body["messages"] == [{"role": "user", "content": [
        {"type": "text", "text": got.body["messages"][0]["content"][0]["text"]}]}]
    assert got.body["stop_sequences"] == ["\n\n"] and EMAIL not in vendor.everything_received()
    *_, record = _records(pipe, r)
    assert record["tokens"]["output"] >= 1


@pytest.mark.parametrize("door", DOORS)
def test_legacy_completion_streams_are_translated(setup, vendor, door):
    _, doors = setup
    vendor.clear()
    r = doors.clients[door].post("/v1/completions", json={
        "model": "fake/claude", "prompt": f"Say hello to {EMAIL}", "max_tokens": 40,
        "stream": True, "stream_options": {"include_usage": True}})
    assert r.status_code == 200
    chunks = _sse_data(r.text)
    assert {c["object"] for c in chunks} == {"text_completion"}
    assert EMAIL in "".join(c["choices"][0]["text"] for c in chunks if c["choices"])
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] >= 1
    assert r.text.rstrip().endswith("data: [DONE]")


@pytest.mark.parametrize(("field", "value"), [("n", 2), ("echo", True), ("logprobs", 3),
                                              ("suffix", "x"), ("prompt", ["a", "b"]),
                                              ("prompt", [1, 2, 3])])
def test_legacy_fields_without_a_counterpart_are_refused(setup, field, value):
    _, doors = setup
    r = doors.clients["transport"].post("/v1/completions", json={
        "model": "fake/claude", "prompt": "hi", field: value})
    assert r.status_code == 400 and r.json()["error"]["code"] == "unsupported_parameter"
    assert f"'{field}'" in r.json()["error"]["message"]


def test_the_official_sdks_fail_over_across_flavours(setup, vendor):
    """OpenAI SDK (chat, streamed) onto an Anthropic card and Anthropic SDK onto an OpenAI
    card, each after its own flavour's card failed, through the sidecar."""
    import anthropic
    import openai

    _, doors = setup
    base = f"http://127.0.0.1:{doors.server.port}"
    vendor.clear()
    vendor.failures += [DOWN, DOWN]
    oa = openai.OpenAI(api_key="k", base_url=base + "/v1", max_retries=0)
    stream = oa.chat.completions.create(model="fake/primary", stream=True, messages=[
        {"role": "user", "content": f"mail {EMAIL} please"}])
    assert EMAIL in "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert vendor.requests[-1].path == "messages"
    vendor.clear()
    vendor.failures.append(DOWN)
    an = anthropic.Anthropic(api_key="k", base_url=base, max_retries=0)
    msg = an.messages.create(model="fake/claude", max_tokens=20, messages=[
        {"role": "user", "content": f"mail {EMAIL} please"}])
    assert EMAIL in msg.content[0].text and msg.stop_reason == "end_turn"
    assert vendor.requests[-1].path == "chat/completions"
    assert EMAIL not in vendor.everything_received()
