"""Placeholders come back escaped or rewritten: `\\u003c`, changed case, other or no brackets."""

from __future__ import annotations

import json

import orjson
import pytest

from sovereign_guard.adapters import Restorer, SSERestorer
from sovereign_guard.pseudonym import KnownPlaceholders, StreamRestorer, restore

P = "<PERSON_1b31bd>"
LONGER = "<PERSON_1b31bd42>"  # a prefix collision got two more digits
ORIGINAL = 'Jane "JD" Doe'
MAPPING = {P: ORIGINAL, LONGER: "John Roe", "<EMAIL_ADDRESS_c0ffee>": "jane@example.org"}

# How vendors' encoders and models hand a placeholder back; each must become the original,
# brackets included.
VARIANTS = [
    "<PERSON_1b31bd>", "[PERSON_1b31bd]", "(PERSON_1b31bd)", "{PERSON_1b31bd}",
    "PERSON_1b31bd", "person_1b31bd", "Person_1B31BD", "<person_1b31bd>",
    "＜PERSON_1b31bd＞", "（PERSON_1b31bd）", "\\<PERSON_1b31bd\\>",
    "\\u003cPERSON_1b31bd\\u003e", "\\u003CPERSON_1b31bd\\u003E", "&lt;PERSON_1b31bd&gt;",
]
# Not this request's placeholder, or not at a token boundary: left exactly as written.
UNTOUCHED = [
    "XPERSON_1b31bd9", "XPERSON_1b31bd", "PERSON_1b31bd9", "PERSON_1b31bdx", "MY_PERSON_1b31bd",
    "PERSON_1b31bd_2", "<PERSON_000000>", "[PERSON_1b31bc]", "<EMAIL_1b31bd>", "<PERSON_1b31b>",
]


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_variant_is_restored_with_its_brackets(variant):
    assert restore(f"Dear {variant}, hello.", MAPPING) == f"Dear {ORIGINAL}, hello."
    assert restore(variant, MAPPING) == ORIGINAL


@pytest.mark.parametrize("text", UNTOUCHED)
def test_unknown_or_glued_placeholders_are_left_alone(text):
    assert restore(f"see {text} here", MAPPING) == f"see {text} here"


def test_boundaries_brackets_and_longer_placeholders():
    assert restore("(PERSON_1b31bd, the CEO)", MAPPING) == f"({ORIGINAL}, the CEO)"  # lone (
    assert restore("<PERSON_1b31bd]", MAPPING) == f"<{ORIGINAL}]"  # brackets that do not pair
    assert restore("((PERSON_1b31bd))", MAPPING) == f"({ORIGINAL})"
    assert restore("请联系PERSON_1b31bd先生", MAPPING) == f"请联系{ORIGINAL}先生"
    assert restore("<PERSON_1b31bd42> and PERSON_1b31bd", MAPPING) == f"John Roe and {ORIGINAL}"
    assert restore("a<PERSON_1b31bd>b", MAPPING) == f"a{ORIGINAL}b"
    assert restore("PERSON_1b31bd,email_address_c0ffee.", MAPPING) == (
        f"{ORIGINAL},jane@example.org.")


def test_nothing_to_restore_is_the_text_itself():
    text = "no placeholder here <b>1 < 2</b> PERSON_ [x]"
    assert restore(text, MAPPING) is text
    assert not KnownPlaceholders(MAPPING).present(text)
    assert restore("PERSON_1b31bd", {}) == "PERSON_1b31bd"


# -- whole JSON bodies -----------------------------------------------------------------------


def _chat(content: str, arguments: str | None = None) -> dict:
    message: dict = {"role": "assistant", "content": content}
    if arguments is not None:
        message["tool_calls"] = [{"id": "c1", "type": "function",
                                  "function": {"name": "send", "arguments": arguments}}]
    return {"id": "x", "choices": [{"index": 0, "message": message, "finish_reason": "stop"}]}


def go_json(obj) -> bytes:
    """JSON as Go's encoding/json writes it: `<`, `>` (and `&`) escaped inside strings."""
    return (orjson.dumps(obj).replace(b"<", b"\\u003c").replace(b">", b"\\u003e")
            .replace(b"&", b"\\u0026"))


@pytest.mark.parametrize("variant", VARIANTS)
def test_json_body_each_variant(variant):
    # `\u003c` in JSON text is an escape of `<`; the other variants are written as JSON writes them
    arguments = (f'{{"to": "{variant}"}}' if variant.startswith("\\u003")
                 else json.dumps({"to": variant}, ensure_ascii=False))
    body = _chat(f"Dear {variant}.", arguments)
    out = orjson.loads(Restorer(MAPPING).body(orjson.dumps(body)))
    message = out["choices"][0]["message"]
    assert message["content"] == f"Dear {ORIGINAL}."
    # inside the arguments' JSON text the original goes in JSON-escaped: still valid JSON
    assert json.loads(message["tool_calls"][0]["function"]["arguments"]) == {"to": ORIGINAL}


def test_json_body_escaped_by_go_encoder():
    body = _chat(f"Dear {P} and <EMAIL_ADDRESS_c0ffee>.", json.dumps({"to": P}))
    raw = go_json(body)
    assert b"<" not in raw and b"\\u003cPERSON_1b31bd\\u003e" in raw
    out = orjson.loads(Restorer(MAPPING).body(raw))
    message = out["choices"][0]["message"]
    assert message["content"] == f"Dear {ORIGINAL} and jane@example.org."
    assert json.loads(message["tool_calls"][0]["function"]["arguments"]) == {"to": ORIGINAL}


def test_escapes_written_inside_tool_arguments():
    # the model itself wrote \u003c in its JSON arguments (a JSON escape inside JSON text)
    arguments = '{"to": "\\u003cPERSON_1b31bd\\u003e", "cc": "\\nperson_1b31bd"}'
    out = orjson.loads(Restorer(MAPPING).body(orjson.dumps(_chat("ok", arguments))))
    got = json.loads(out["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"])
    assert got == {"to": ORIGINAL, "cc": "\n" + ORIGINAL}


def test_body_without_placeholders_is_returned_as_is():
    raw = orjson.dumps(_chat("Hello <b>there</b> PERSON_ 1b31b"))
    assert Restorer(MAPPING).body(raw) is raw


def test_non_json_body_is_restored_as_text():
    assert Restorer(MAPPING).body(b"error for \\u003cPERSON_1b31bd\\u003e") == (
        f"error for {ORIGINAL}".encode())


# -- the streaming restorer ------------------------------------------------------------------


def _pieces(text: str, cuts: tuple[int, ...], restorer: StreamRestorer) -> str:
    out, last = "", 0
    for cut in (*cuts, len(text)):
        out += restorer.feed(text[last:cut])
        last = cut
    return out + restorer.flush()


@pytest.mark.parametrize("variant", VARIANTS + UNTOUCHED)
def test_stream_restorer_every_split_equals_whole_restore(variant):
    text = f"Dear {variant}, and x{variant}. {variant}"
    expected = restore(text, MAPPING)
    known = KnownPlaceholders(MAPPING)
    for cut in range(len(text) + 1):
        assert _pieces(text, (cut,), StreamRestorer(known)) == expected, cut
    assert _pieces(text, tuple(range(1, len(text))), StreamRestorer(known)) == expected


def test_stream_restorer_in_json_mode_every_split():
    escaped = Restorer(MAPPING).escaped
    arguments = '{"to": "\\u003cPERSON_1b31bd\\u003e", "cc": "[person_1b31bd]"}'
    for cut in range(len(arguments) + 1):
        joined = _pieces(arguments, (cut,), StreamRestorer(escaped))
        assert json.loads(joined) == {"to": ORIGINAL, "cc": ORIGINAL}, cut


def test_stream_withholds_only_what_could_become_a_known_placeholder():
    r = StreamRestorer(MAPPING)
    assert r.feed("Hello world") == "Hello world"
    assert r.feed(" help") == " help"  # 'p' inside a word: not a token start
    assert r.feed(" personal") == " personal"  # a word, not a prefix of a known placeholder
    assert r.feed(" and PERSONA") == " and PERSONA"  # PERSONA cannot become PERSON_...
    assert r.feed(" and PERSO") == " and "
    assert r.feed("NAL data") == "PERSONAL data"
    assert r.feed(" x EMAIL_ADD") == " x "
    assert r.feed("RESS_c0ffee ok") == "jane@example.org ok"
    assert r.feed(" <ORG_") == " <ORG_"  # not this request's type
    assert r.feed(" (") == " "
    assert r.feed("a)") == "(a)"
    assert r.feed(" \\u00") == " "
    assert r.feed("3cperson_1b31bd") == ""  # whole, but a closing or more digits may follow
    assert r.feed("\\u003e!") == ORIGINAL + "!"
    assert r.feed(" PERSON_1b31bd") == " "
    assert r.feed("42 done") == "John Roe done"
    assert not r.pending


# -- SSE streams -----------------------------------------------------------------------------


def _sse(obj, name=None, encode=orjson.dumps) -> bytes:
    head = f"event: {name}\n".encode() if name else b""
    return head + b"data: " + encode(obj) + b"\n\n"


def _openai_stream(pieces: list[str], encode=orjson.dumps) -> bytes:
    out = b"".join(_sse({"id": "c", "choices": [{"index": 0, "delta": {"content": p},
                                                 "finish_reason": None}]}, encode=encode)
                   for p in pieces)
    out += _sse({"id": "c", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return out + b"data: [DONE]\n\n"


def _openai_text(raw: bytes) -> str:
    text = ""
    for block in raw.split(b"\n\n"):
        if block.startswith(b"data: {"):
            for c in orjson.loads(block[6:])["choices"]:
                text += c.get("delta", {}).get("content") or ""
    return text


def _run(raw: bytes, read: int = 100_000) -> bytes:
    s = SSERestorer(MAPPING)
    return b"".join(s.feed(raw[i:i + read]) for i in range(0, len(raw), read)) + s.close()


@pytest.mark.parametrize("variant", VARIANTS)
def test_sse_each_variant_split_at_every_position(variant):
    text = f"Dear {variant}, bye {variant}"
    expected = f"Dear {ORIGINAL}, bye {ORIGINAL}"
    for cut in range(len(text) + 1):
        assert _openai_text(_run(_openai_stream([text[:cut], text[cut:]]))) == expected, cut
    assert _openai_text(_run(_openai_stream(list(text)), read=7)) == expected


def test_sse_escaped_by_go_encoder_split_at_every_position():
    text = f"Dear {P}, bye <EMAIL_ADDRESS_c0ffee>"
    expected = f"Dear {ORIGINAL}, bye jane@example.org"
    for cut in range(len(text) + 1):
        raw = _openai_stream([text[:cut], text[cut:]], encode=go_json)
        assert b"<" not in raw
        assert _openai_text(_run(raw)) == expected, cut


def test_sse_anthropic_tool_json_escaped_split_at_every_position():
    arguments = '{"to": "\\u003cPERSON_1b31bd\\u003e", "note": "PERSON_1b31bd"}'
    for cut in range(len(arguments) + 1):
        events = [({"type": "content_block_delta", "index": 1,
                    "delta": {"type": "input_json_delta", "partial_json": piece}},
                   "content_block_delta") for piece in (arguments[:cut], arguments[cut:])]
        events.append(({"type": "content_block_stop", "index": 1}, "content_block_stop"))
        out = _run(b"".join(_sse(e, n, encode=go_json) for e, n in events))
        got = ""
        for block in out.split(b"\n\n"):
            if b"content_block_delta" in block:
                got += orjson.loads(block.split(b"data: ", 1)[1])["delta"]["partial_json"]
        assert json.loads(got) == {"to": ORIGINAL, "note": ORIGINAL}, cut


def test_sse_text_in_the_final_chunk_joins_what_was_withheld():
    raw = (_sse({"choices": [{"index": 0, "delta": {"content": "Dear PERSON_1b"},
                              "finish_reason": None}]})
           + _sse({"choices": [{"index": 0, "delta": {"content": "31bd."},
                                "finish_reason": "stop"}]}))
    assert _openai_text(_run(raw)) == f"Dear {ORIGINAL}."


def test_sse_events_without_placeholders_pass_byte_for_byte():
    raw = _openai_stream(["Hello ", "world, ", "nothing here."]).replace(b"data: ", b"data:  ")
    assert _run(raw) == raw


@pytest.mark.parametrize("variant", VARIANTS + UNTOUCHED)
def test_text_whose_lowercase_changes_length_restores_alike(variant):
    # 'İ'.lower() is two characters: offsets into the lowercased text no longer line up
    text = f"x {variant}, ({variant}) y"
    assert restore("İstanbul " + text, MAPPING) == "İstanbul " + restore(text, MAPPING)
