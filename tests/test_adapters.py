"""Where user text lives in payloads, and restoring answers (JSON and SSE), without a model."""

from __future__ import annotations

import json

import orjson
import pytest

from sovereign_guard.adapters import Restorer, SSERestorer, apply, collect
from sovereign_guard.pseudonym import MAX_PLACEHOLDER_LEN, StreamRestorer

P = "<PERSON_1a2b3c>"
MAPPING = {P: "Jane O\"Doe", "<EMAIL_ADDRESS_abcdef>": "jane@example.org"}


def texts(body):
    return [t for _, t in collect(body)]


def test_chat_payload_every_user_text():
    body = {
        "model": "gpt-5",
        "user": "jane-42",
        "messages": [
            {"role": "system", "content": "sys"},
            {"role": "user", "name": "Jane", "content": [
                {"type": "text", "text": "part one"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
            ]},
            {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "lookup", "arguments": '{"who": "Jane", "n": 3, "tags": ["a b"]}'},
            }]},
            {"role": "tool", "tool_call_id": "call_1", "content": "tool said"},
        ],
        "tools": [{"type": "function", "function": {"name": "lookup", "description": "d"}}],
        "metadata": {"ticket": "T-1"},
    }
    assert texts(body) == ["jane-42", "sys", "Jane", "part one", "lookup", "Jane", "a b", "tool said", "T-1"]


def test_anthropic_payload_system_blocks_tool_use_and_results():
    body = {
        "model": "claude", "max_tokens": 5,
        "system": [{"type": "text", "text": "be brief", "cache_control": {"type": "ephemeral"}}],
        "messages": [
            {"role": "user", "content": "hello"},
            {"role": "assistant", "content": [
                {"type": "thinking", "thinking": "hmm", "signature": "sig=="},
                {"type": "redacted_thinking", "data": "opaque"},
                {"type": "tool_use", "id": "tu_1", "name": "f", "input": {"q": "query"}},
            ]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "tu_1", "content": [{"type": "text", "text": "res"}]},
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AAAA"}},
            ]},
        ],
    }
    assert texts(body) == ["be brief", "hello", "hmm", "f", "query", "res"]


@pytest.mark.parametrize("body, expected", [
    ({"model": "m", "input": "one"}, ["one"]),
    ({"model": "m", "input": ["a", "b", [1, 2]]}, ["a", "b"]),
    ({"model": "m", "prompt": ["p1", "p2"]}, ["p1", "p2"]),
    ({"model": "m", "instructions": "ins", "input": [
        {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}]},
        {"type": "function_call_output", "call_id": "c1", "output": "out"},
        {"type": "function_call", "call_id": "c2", "name": "f", "arguments": '{"x": "y"}'},
    ]}, ["ins", "hi", "out", "f", "y"]),
    ({"model": "m", "brand_new_field": {"deep": ["text"]}}, ["text"]),  # unknown shapes too
])
def test_other_routes_and_unknown_shapes(body, expected):
    assert texts(body) == expected


def test_apply_writes_back_including_json_in_strings():
    body = {"model": "m", "messages": [
        {"role": "user", "content": "hi Jane"},
        {"role": "assistant", "tool_calls": [{"function": {"name": "f", "arguments": '{"who": "Jane"}'}}]},
    ]}
    slots = [s for s, _ in collect(body)]
    apply(body, slots, ["hi " + P, "f", P])
    assert body["messages"][0]["content"] == "hi " + P
    assert json.loads(body["messages"][1]["tool_calls"][0]["function"]["arguments"]) == {"who": P}


def test_restore_json_escapes_inside_arguments():
    r = Restorer(MAPPING)
    answer = {"choices": [{"message": {"content": f"Dear {P}", "tool_calls": [
        {"function": {"name": "f", "arguments": json.dumps({"to": P})}}]}}]}
    out = orjson.loads(r.body(orjson.dumps(answer)))
    msg = out["choices"][0]["message"]
    assert msg["content"] == 'Dear Jane O"Doe'
    assert json.loads(msg["tool_calls"][0]["function"]["arguments"]) == {"to": 'Jane O"Doe'}


def test_stream_restorer_every_split_point():
    text = f"Hi {P}, and {P}! <b>not a placeholder</b> <PERSON_zz> 1 < 2"
    expected = text.replace(P, MAPPING[P])
    for cut in range(len(text) + 1):
        r = StreamRestorer(MAPPING)
        assert r.feed(text[:cut]) + r.feed(text[cut:]) + r.flush() == expected


def test_stream_restorer_holds_back_only_possible_placeholders():
    r = StreamRestorer(MAPPING)
    assert r.feed("plain text ") == "plain text "
    assert r.feed("a < b") == "a < b"
    assert r.feed("x <PERS") == "x "
    assert r.feed("ON_1a2b3c> ok") == MAPPING[P] + " ok"
    long_tail = "<" + "A" * (MAX_PLACEHOLDER_LEN + 5)
    assert r.feed(long_tail) == long_tail  # cannot be a placeholder any more: released


def _sse(obj, name=None):
    head = f"event: {name}\n" if name else ""
    return (head + "data: " + json.dumps(obj) + "\n\n").encode()


def _openai_chunks(text, size):
    out = b""
    for i in range(0, len(text), size):
        out += _sse({"id": "c", "choices": [{"index": 0, "delta": {"content": text[i:i + size]}, "finish_reason": None}]})
    out += _sse({"id": "c", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return out + b"data: [DONE]\n\n"


def _collect_openai(raw: bytes) -> str:
    text = ""
    for block in raw.decode().split("\n\n"):
        if block.startswith("data: {"):
            for c in json.loads(block[6:])["choices"]:
                text += c.get("delta", {}).get("content") or ""
    return text


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 64])
@pytest.mark.parametrize("feed", [1, 7, 100000])
def test_sse_openai_placeholder_split_across_chunks_and_reads(size, feed):
    text = f"Hello {P}, mail <EMAIL_ADDRESS_abcdef> ok {P}"
    raw = _openai_chunks(text, size)
    s = SSERestorer(MAPPING)
    out = b"".join(s.feed(raw[i:i + feed]) for i in range(0, len(raw), feed)) + s.close()
    assert _collect_openai(out) == 'Hello Jane O"Doe, mail jane@example.org ok Jane O"Doe'
    assert out.rstrip().endswith(b"data: [DONE]")
    blocks = [b for b in out.decode().split("\n\n") if b]
    finish = [i for i, b in enumerate(blocks) if '"finish_reason": "stop"' in b or '"finish_reason":"stop"' in b]
    assert finish and all('"content"' not in b for b in blocks[finish[0]:])  # text before the end


def test_sse_anthropic_text_and_tool_json():
    events = [
        ({"type": "message_start", "message": {"id": "m", "content": []}}, "message_start"),
        ({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}, "content_block_start"),
    ]
    text = f"Dear {P}."
    events += [({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text[i:i + 4]}}, "content_block_delta") for i in range(0, len(text), 4)]
    events.append(({"type": "content_block_stop", "index": 0}, "content_block_stop"))
    arg = json.dumps({"to": P})
    events += [({"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": arg[i:i + 5]}}, "content_block_delta") for i in range(0, len(arg), 5)]
    events.append(({"type": "content_block_stop", "index": 1}, "content_block_stop"))
    raw = b"".join(_sse(e, n) for e, n in events)
    s = SSERestorer(MAPPING)
    out = s.feed(raw) + s.close()
    got_text, got_json = "", ""
    for block in out.decode().split("\n\n"):
        if not block:
            continue
        name, data = block.split("\n", 1)
        ev = json.loads(data[6:])
        assert name == f"event: {ev['type']}"
        if ev["type"] == "content_block_delta":
            got_text += ev["delta"].get("text", "")
            got_json += ev["delta"].get("partial_json", "")
    assert got_text == 'Dear Jane O"Doe.'
    assert json.loads(got_json) == {"to": 'Jane O"Doe'}


def test_sse_without_mapping_passes_bytes_through():
    raw = _openai_chunks("hello <PERSON_1a2b3c>", 3)
    s = SSERestorer({})
    assert s.feed(raw) + s.close() == raw
