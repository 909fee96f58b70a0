"""Where user text lives in payloads, and restoring answers (JSON and SSE), without a model."""

from __future__ import annotations

import base64
import json

import orjson
import pytest

from sovereign_guard.adapters import Restorer, SSERestorer, apply, collect, walk
from sovereign_guard.pseudonym import MAX_PLACEHOLDER_LEN, StreamRestorer

P = "<PERSON_1a2b3c>"
MAPPING = {P: "Jane O\"Doe", "<EMAIL_ADDRESS_abcdef>": "jane@example.org"}


def texts(body):
    return [t for _, t in collect(body)]


def test_chat_payload_every_string_key_and_long_number():
    body = {
        "model": "gpt-5",
        "user": "jane-42",
        "messages": [
            {"role": "system", "content": "sys"},
            {"role": "user", "name": "Jane", "content": [
                {"type": "text", "text": "part one"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
            ]},
            {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "lookup", "arguments": '{"who": "Jane", "n": 3, "tags": ["a b"]}'},
            }]},
            {"role": "tool", "tool_call_id": "call_1", "content": "tool said"},
        ],
        "tools": [{"type": "function", "function": {"name": "lookup", "description": "d",
                                                     "parameters": {"properties": {"who": {"enum": ["Ann"], "default": "Bo"}}}}}],
        "metadata": {"ticket": "T-1"},
        "max_tokens": 100, "seed": 12345678,
    }
    found = texts(body)
    # every user text of the old walk, in document order ...
    user_texts = ["jane-42", "sys", "Jane", "part one", "lookup", "Jane", "a b", "tool said"]
    assert [t for t in found if t in user_texts] == [*user_texts, "lookup"]  # + the tool's name
    # ... and what it never looked at: tool definitions, enum/default, ids, keys, long numbers
    for t in ("d", "Ann", "Bo", "call_1", "user", "ticket", "T-1", "max_tokens", "12345678"):
        assert t in found
    assert "gpt-5" not in found  # the guard replaces the model itself
    assert "100" not in found  # too short to be an identifier
    assert walk(body).media == [{"kind": "image", "media_type": "image/png", "bytes": 8}]


def test_anthropic_payload_system_blocks_tool_use_results_and_media():
    body = {
        "model": "claude", "max_tokens": 5,
        "system": [{"type": "text", "text": "be brief", "cache_control": {"type": "ephemeral"}}],
        "messages": [
            {"role": "user", "content": "hello"},
            {"role": "assistant", "content": [
                {"type": "thinking", "thinking": "hmm", "signature": "sig=="},
                {"type": "tool_use", "id": "tu_1", "name": "f", "input": {"q": "query"}},
            ]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "tu_1", "content": [{"type": "text", "text": "res"}]},
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}},
                {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "doc text"}},
            ]},
        ],
    }
    found = texts(body)
    for t in ("be brief", "hello", "hmm", "sig==", "query", "res", "doc text", "ephemeral"):
        assert t in found
    assert "iVBORw0KGgo=" not in found
    assert walk(body).media == [{"kind": "image", "media_type": "image/png", "bytes": 8}]


@pytest.mark.parametrize("body, expected", [
    ({"model": "m", "input": "one"}, ["one"]),
    ({"model": "m", "input": ["a", "b", [1, 2]]}, ["a", "b"]),
    ({"model": "m", "prompt": ["p1", "p2"]}, ["p1", "p2"]),
    ({"model": "m", "instructions": "ins", "input": [
        {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}]},
        {"type": "function_call_output", "call_id": "c1", "output": "out"},
        {"type": "function_call", "call_id": "c2", "name": "f", "arguments": '{"x": "y"}'},
    ]}, ["ins", "hi", "out", "f", "y"]),
    ({"model": "m", "brand_new_field": {"deep": ["text"]}}, ["text", "brand_new_field", "deep"]),
])
def test_other_routes_and_unknown_shapes(body, expected):
    found = texts(body)
    assert all(t in found for t in expected)


@pytest.mark.parametrize("body", [
    {"model": "m", "input": [1, 2, 3]},
    {"model": "m", "input": [[1, 2], [3]]},
    {"model": "m", "prompt": [50256, 11]},
])
def test_token_id_prompts_are_flagged(body):
    assert walk(body).token_ids


def test_json_inside_strings_is_opened_at_any_key_and_depth():
    inner = json.dumps({"note": json.dumps({"ssn": "123-45-6789"})})
    body = {"model": "m", "messages": [{"role": "user", "content": inner}]}
    w = walk(body)
    at = w.texts.index("123-45-6789")
    assert w.slots[at].inner.inner.field == "ssn"
    apply(body, w.slots, [P if t == "123-45-6789" else t for t in w.texts], w.texts)
    outer = json.loads(body["messages"][0]["content"])
    assert json.loads(outer["note"]) == {"ssn": P}


def test_text_files_are_decoded_and_written_back_encoded():
    data = "data:text/plain;base64," + base64.b64encode(b"call Jane").decode()
    body = {"model": "m", "file": {"file_data": data},
            "source": {"type": "base64", "media_type": "text/csv", "data": base64.b64encode(b"Jane,1").decode()}}
    w = walk(body)
    assert "call Jane" in w.texts and "Jane,1" in w.texts
    apply(body, w.slots, [t.replace("Jane", P) for t in w.texts], w.texts)
    assert body["file"]["file_data"] == "data:text/plain;base64," + base64.b64encode(f"call {P}".encode()).decode()
    assert base64.b64decode(body["source"]["data"]).decode() == f"{P},1"


@pytest.mark.parametrize("body, reason", [
    ({"model": "m", "file": {"file_data": "data:application/zip;base64,UEsDBBQAAAAIAA=="}}, "unscannable:application/zip"),
    ({"model": "m", "file": {"file_data": "data:text/plain;base64,@@not base64@@"}}, "unscannable:file"),
    ({"model": "m", "file": {"file_data": "data:application/pdf;base64," + base64.b64encode(b"%PDF-1.4 broken").decode()}}, "unscannable:file"),
    ({"model": "m", "source": {"type": "base64", "media_type": "text/plain", "data": base64.b64encode(b"\xff\xfe").decode()}}, "unscannable:file"),
])
def test_unreadable_files_are_unscannable(body, reason):
    assert reason in walk(body).unscannable


def test_apply_writes_back_values_keys_numbers_and_json_in_strings():
    body = {"model": "m", "messages": [
        {"role": "user", "content": "hi Jane"},
        {"role": "assistant", "tool_calls": [{"function": {"name": "f", "arguments": '{"who": "Jane", "card": 4111111111111111}'}}]},
    ], "metadata": {"jane@x.org": {"n": 5551234567}}}
    w = walk(body)
    swap = {"hi Jane": "hi " + P, "Jane": P, "4111111111111111": "<CREDIT_CARD_aaaaaa>",
            "jane@x.org": "<EMAIL_ADDRESS_abcdef>", "5551234567": "<PHONE_NUMBER_bbbbbb>"}
    apply(body, w.slots, [swap.get(t, t) for t in w.texts], w.texts)
    assert body["messages"][0]["content"] == "hi " + P
    args = json.loads(body["messages"][1]["tool_calls"][0]["function"]["arguments"])
    assert args == {"who": P, "card": "<CREDIT_CARD_aaaaaa>"}
    assert body["metadata"] == {"<EMAIL_ADDRESS_abcdef>": {"n": "<PHONE_NUMBER_bbbbbb>"}}


def test_unchanged_json_in_strings_keeps_its_bytes():
    args = '{"a":  1,\n "b": "x"}'
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}],
            "tools": [{"function": {"arguments": args}}]}
    w = walk(body)
    apply(body, w.slots, list(w.texts), w.texts)
    assert body["tools"][0]["function"]["arguments"] == args


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


def test_replayed_redacted_thinking_is_scanned_as_text_not_refused_as_a_file():
    blob = base64.b64encode(bytes(range(256)) * 2).decode()
    w = walk({"model": "m", "messages": [{"role": "assistant", "content": [
        {"type": "redacted_thinking", "data": blob}]}]})
    assert w.unscannable == [] and blob in w.texts
