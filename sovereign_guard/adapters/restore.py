"""Putting the originals back into a vendor's answer: whole JSON bodies and SSE streams.

Placeholders are found in every variant `pseudonym.KnownPlaceholders` knows (escaped brackets
such as Go's `\u003c`, changed case, other or no brackets). Inside tool-call arguments the answer
is JSON text inside a JSON string, so an original is inserted JSON-escaped there; everywhere
else it is inserted as is.

In a stream each incremental text field (OpenAI `delta.content`, tool-call argument deltas,
Responses `*.delta`, Anthropic `content_block_delta`) gets its own `StreamRestorer`, which
withholds only a tail that could still become one of the request's placeholders. Whatever is
still withheld when a non-delta event arrives (or the stream ends) is emitted first, as a copy
of that field's last delta event carrying the remainder, so event order and shapes stay what
the SDKs expect; a chunk that ends its choice (`finish_reason`) carries the remainder itself.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping
from typing import Any

import orjson

from ..pseudonym import KnownPlaceholders, StreamRestorer
from .payload import JSON_STRINGS

_JSON_DELTAS = JSON_STRINGS | {"partial_json"}


def json_escaped(mapping: Mapping[str, str]) -> dict[str, str]:
    return {k: json.dumps(v, ensure_ascii=False)[1:-1] for k, v in mapping.items()}


class Restorer:
    """Restores one request's placeholders in JSON values (plain and JSON-in-string)."""

    def __init__(self, mapping: Mapping[str, str]):
        self.mapping = dict(mapping)
        self.known = KnownPlaceholders(self.mapping)
        self._escaped: KnownPlaceholders | None = None

    @property
    def escaped(self) -> KnownPlaceholders:
        """The originals JSON-escaped, for JSON inside strings; built when first needed."""
        if self._escaped is None:
            self._escaped = KnownPlaceholders(json_escaped(self.mapping))
        return self._escaped

    def text(self, value: str, *, in_json: bool = False) -> str:
        return (self.escaped if in_json else self.known).restore(value)

    def json(self, node: Any, key: str | None = None) -> Any:
        if isinstance(node, str):
            return self.text(node, in_json=key in _JSON_DELTAS)
        if isinstance(node, dict):
            return {k: self.json(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [self.json(v, key) for v in node]
        return node

    def body(self, raw: bytes) -> bytes:
        """Restore a JSON response body; a non-JSON body is restored as text."""
        if not self.known or not self.known.present(raw):
            return raw
        try:
            return orjson.dumps(self.json(orjson.loads(raw)))
        except orjson.JSONDecodeError:
            return self.text(raw.decode("utf-8", "replace")).encode()
        except (orjson.JSONEncodeError, RecursionError):
            # Nested deeper than can be rewritten (orjson writes 254 levels): restored in the
            # JSON text itself, originals JSON-escaped so the answer stays valid JSON.
            return self.text(raw.decode("utf-8", "replace"), in_json=True).encode()


# A delta field: (key identifying the stream of text, getter/setter of the text, JSON-in-string?)
Field = tuple[tuple, Callable[[dict], str], Callable[[dict, str], None], bool]


def _delta_fields(event: dict) -> list[Field]:
    fields: list[Field] = []
    kind = event.get("type")
    if kind == "content_block_delta":  # Anthropic
        delta = event.get("delta") or {}
        for name in ("text", "partial_json", "thinking"):
            if isinstance(delta.get(name), str):
                key = ("a", event.get("index"), name)
                fields.append(_item(key, ("delta", name), name == "partial_json"))
    elif isinstance(kind, str) and kind.endswith(".delta") and isinstance(event.get("delta"), str):
        key = ("r", kind, event.get("item_id"), event.get("output_index"),
               event.get("content_index"))
        fields.append(_item(key, ("delta",), "arguments" in kind))
    for pos, c in enumerate(event.get("choices") or ()):  # OpenAI chat/completions chunks
        if not isinstance(c, dict):
            continue
        i = c.get("index", 0)
        if isinstance(c.get("text"), str):
            fields.append(_item(("c", i, "text"), ("choices", pos, "text"), False))
        delta = c.get("delta") or {}
        for name in ("content", "reasoning_content", "refusal"):
            if isinstance(delta.get(name), str):
                fields.append(_item(("c", i, name), ("choices", pos, "delta", name), False))
        for tpos, t in enumerate(delta.get("tool_calls") or ()):
            fn = t.get("function") or {}
            if isinstance(fn.get("arguments"), str):
                path = ("choices", pos, "delta", "tool_calls", tpos, "function", "arguments")
                fields.append(_item(("t", i, t.get("index")), path, True))
    return fields


def _item(key: tuple, path: tuple, in_json: bool) -> Field:
    def get(ev: dict) -> str:
        node: Any = ev
        for p in path:
            node = node[p]
        return node

    def put(ev: dict, value: str) -> None:
        node: Any = ev
        for p in path[:-1]:
            node = node[p]
        node[path[-1]] = value

    return key, get, put, in_json


def _is_final_chunk(event: dict) -> bool:
    return any(isinstance(c, dict) and c.get("finish_reason") for c in event.get("choices") or ())


class SSERestorer:
    """Feed raw SSE bytes from the vendor; get restored SSE bytes for the client."""

    def __init__(self, mapping: Mapping[str, str]):
        self._restorer = Restorer(mapping)
        self._buffer = b""
        self._restorers: dict[tuple, StreamRestorer] = {}
        # key -> (copy of its last delta event, event name, its delta fields, this field)
        self._templates: dict[tuple, tuple[dict, str, list[Field], Field]] = {}

    def feed(self, data: bytes) -> bytes:
        self._buffer += data.replace(b"\r\n", b"\n")
        out: list[bytes] = []
        while (end := self._buffer.find(b"\n\n")) != -1:
            event, self._buffer = self._buffer[: end + 2], self._buffer[end + 2 :]
            out.append(self._event(event))
        return b"".join(out)

    def close(self) -> bytes:
        tail, self._buffer = self._buffer, b""
        out = self._event(tail) if tail.strip() else b""
        return self._flush() + out

    def _event(self, raw: bytes) -> bytes:
        # With placeholders to restore every data event is parsed: a bare `person_1b31b` at
        # a delta's end has no marker byte, and only the parsed delta text tells what to hold.
        if not self._restorer.known:
            return raw
        lines = raw.split(b"\n")
        data_lines = [ln for ln in lines if ln.startswith(b"data:")]
        if not data_lines:
            return raw
        payload = b"\n".join(ln[5:].lstrip(b" ") for ln in data_lines)
        try:
            event = orjson.loads(payload)
        except orjson.JSONDecodeError:  # "[DONE]" and other non-JSON: the text streams end
            return self._flush() + raw
        if not isinstance(event, dict):
            return raw
        name = next((ln[6:].strip().decode() for ln in lines if ln.startswith(b"event:")), "")
        fields = _delta_fields(event)
        if not fields:
            if not self._restorer.known.present(payload):
                return self._flush() + raw  # nothing to restore: pass the bytes through
            return self._flush() + _format(name, self._restorer.json(event))
        if _is_final_chunk(event):
            return self._final(name, event, fields)
        changed = False
        for field in fields:
            key, get, put, in_json = field
            text = get(event)
            restored = self._stream(key, in_json).feed(text)
            if restored != text:
                put(event, restored)
                changed = True
        for field in fields:
            if self._restorers[field[0]].pending:
                self._templates[field[0]] = (copy.deepcopy(event), name, fields, field)
            else:
                self._templates.pop(field[0], None)
        return _format(name, event) if changed else raw

    def _stream(self, key: tuple, in_json: bool) -> StreamRestorer:
        restorer = self._restorers.get(key)
        if restorer is None:
            known = self._restorer.escaped if in_json else self._restorer.known
            restorer = self._restorers[key] = StreamRestorer(known)
        return restorer

    def _final(self, name: str, event: dict, fields: list[Field]) -> bytes:
        """A chunk that ends its choice: its delta texts end their streams (what was withheld
        for them goes first), the rest of the event is restored as a whole."""
        ends = []
        for key, get, _put, in_json in fields:
            restorer = self._stream(key, in_json)
            ends.append(restorer.feed(get(event)) + restorer.flush())
            self._restorers.pop(key)
            self._templates.pop(key, None)
        event = self._restorer.json(event)
        for (_key, _get, put, _in_json), text in zip(fields, ends, strict=True):
            put(event, text)
        return self._flush() + _format(name, event)

    def _flush(self) -> bytes:
        out = []
        for key, (template, name, fields, field) in self._templates.items():
            rest = self._restorers[key].flush()
            for other in fields:
                other[2](template, "")
            field[2](template, rest)
            out.append(_format(name, template))
        self._templates.clear()
        self._restorers.clear()
        return b"".join(out)


def _format(name: str, event: Any) -> bytes:
    head = f"event: {name}\n".encode() if name else b""
    return head + b"data: " + orjson.dumps(event) + b"\n\n"
