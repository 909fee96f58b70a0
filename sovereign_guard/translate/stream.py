"""Streamed answers across flavours: Anthropic Messages events ⇄ OpenAI chat chunks.

A translator is fed the (already restored) vendor SSE bytes and returns the caller's SSE
bytes; it buffers only up to the end of the current event. OpenAI tool calls are keyed by
their `index` (not their id), so a repeated opening delta (the restorer re-emits a delta
event to deliver a withheld tail) does not open a second block.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import orjson

from .responses import FINISH_TO_OPENAI, STOP_TO_ANTHROPIC, error_message, usage_to_openai


def _events(buffer: bytes) -> tuple[list[tuple[str, bytes]], bytes]:
    """Complete (event name, data payload) pairs in `buffer`, and what is left of it."""
    buffer = buffer.replace(b"\r\n", b"\n")
    out = []
    while (end := buffer.find(b"\n\n")) != -1:
        raw, buffer = buffer[:end], buffer[end + 2:]
        lines = raw.split(b"\n")
        data = b"\n".join(ln[5:].lstrip(b" ") for ln in lines if ln.startswith(b"data:"))
        name = next((ln[6:].strip().decode() for ln in lines if ln.startswith(b"event:")), "")
        if data:
            out.append((name, data))
    return out, buffer


def _sse(event: Any, name: str = "") -> bytes:
    head = f"event: {name}\n".encode() if name else b""
    return head + b"data: " + orjson.dumps(event) + b"\n\n"


class _Translator:
    def __init__(self, model: str, include_usage: bool = True):
        self.model, self.include_usage = model, include_usage
        self._buffer = b""

    def feed(self, data: bytes) -> bytes:
        events, self._buffer = _events(self._buffer + data)
        return b"".join(b"".join(self._event(name, payload)) for name, payload in events)

    def close(self, *, end: bool = True) -> bytes:
        """What is left; with `end`, the caller's closing events if the vendor's did not
        come (a vendor that ended early without them gets `end=False`: no false ending)."""
        tail, self._buffer = self._buffer, b""
        out = self.feed(tail + b"\n\n") if tail.strip() else b""
        return out + (b"".join(self._end()) if end else b"")

    def _event(self, name: str, payload: bytes) -> Iterator[bytes]:
        raise NotImplementedError

    def _end(self) -> Iterator[bytes]:
        return iter(())


class AnthropicToOpenAI(_Translator):
    """Anthropic Messages events → OpenAI `chat.completion.chunk`s ending in `[DONE]`."""

    OBJECT = "chat.completion.chunk"

    def __init__(self, model: str, include_usage: bool = False):
        super().__init__(model, include_usage)
        self.id, self.created = "chatcmpl-sg", int(time.time())
        self.usage: dict = {}
        self.tools: dict[int, int] = {}  # Anthropic block index → OpenAI tool call index
        self.done = False

    def _chunk(self, delta: dict, finish: str | None = None) -> bytes:
        return _sse({"id": self.id, "object": "chat.completion.chunk", "created": self.created,
                     "model": self.model, "choices": [{"index": 0, "delta": delta,
                                                       "logprobs": None,
                                                       "finish_reason": finish}]})

    def _event(self, name: str, payload: bytes) -> Iterator[bytes]:
        try:
            ev = orjson.loads(payload)
        except orjson.JSONDecodeError:
            return
        kind = ev.get("type") if isinstance(ev, dict) else None
        if kind == "message_start":
            msg = ev.get("message") or {}
            self.id = msg.get("id") or self.id
            self.model = msg.get("model") or self.model
            self.usage.update(msg.get("usage") or {})
            yield self._chunk({"role": "assistant", "content": ""})
        elif kind == "content_block_start":
            block = ev.get("content_block") or {}
            if block.get("type") == "tool_use":
                index = self.tools.setdefault(ev.get("index"), len(self.tools))
                yield self._chunk({"tool_calls": [{"index": index, "id": block.get("id"),
                                                   "type": "function", "function": {
                                                       "name": block.get("name"),
                                                       "arguments": ""}}]})
            elif block.get("type") == "text" and block.get("text"):
                yield self._chunk({"content": block["text"]})
        elif kind == "content_block_delta":
            delta = ev.get("delta") or {}
            if delta.get("type") == "text_delta":
                yield self._chunk({"content": delta.get("text", "")})
            elif delta.get("type") == "input_json_delta" and ev.get("index") in self.tools:
                yield self._chunk({"tool_calls": [{"index": self.tools[ev["index"]],
                                                   "function": {"arguments":
                                                                delta.get("partial_json", "")}}]})
            # thinking and signature deltas have no place in a chat chunk: dropped
        elif kind == "message_delta":
            self.usage.update(ev.get("usage") or {})
            reason = (ev.get("delta") or {}).get("stop_reason")
            yield self._chunk({}, FINISH_TO_OPENAI.get(reason, "stop"))
        elif kind == "message_stop":
            yield from self._end()
        elif kind == "error" or name == "error":
            yield _sse({"error": {"message": error_message(ev), "type": "upstream_error",
                                  "code": "upstream_error", "param": None}})

    def _end(self) -> Iterator[bytes]:
        if self.done:
            return
        self.done = True
        if self.include_usage:
            yield _sse({"id": self.id, "object": self.OBJECT,
                        "created": self.created, "model": self.model, "choices": [],
                        "usage": usage_to_openai(self.usage)})
        yield b"data: [DONE]\n\n"


class AnthropicToCompletions(AnthropicToOpenAI):
    """Anthropic Messages events → legacy `text_completion` chunks ending in `[DONE]`."""

    OBJECT = "text_completion"

    def _chunk(self, delta: dict, finish: str | None = None) -> bytes:
        text = delta.get("content") or ""
        if not text and finish is None:
            return b""  # the role-only opening chunk has no legacy counterpart
        return _sse({"id": self.id, "object": self.OBJECT, "created": self.created,
                     "model": self.model, "choices": [{"index": 0, "text": text,
                                                       "logprobs": None,
                                                       "finish_reason": finish}]})


class OpenAIToAnthropic(_Translator):
    """OpenAI `chat.completion.chunk`s → Anthropic Messages events ending in `message_stop`."""

    def __init__(self, model: str, include_usage: bool = True):
        super().__init__(model, include_usage)
        self.started = False
        self.block = -1  # index of the open content block, -1 when none is open
        self.open_kind: str | None = None
        self.tools: dict[int, int] = {}  # OpenAI tool call index → Anthropic block index
        self.stop_reason: str | None = None
        self.usage = {"input_tokens": 0, "output_tokens": 0}
        self.done = False

    def _start(self, chunk: dict) -> Iterator[bytes]:
        if self.started:
            return
        self.started = True
        yield _sse({"type": "message_start", "message": {
            "id": chunk.get("id") or "msg_sg", "type": "message", "role": "assistant",
            "model": chunk.get("model") or self.model, "content": [], "stop_reason": None,
            "stop_sequence": None, "usage": dict(self.usage)}}, "message_start")

    def _close_block(self) -> Iterator[bytes]:
        if self.open_kind is not None:
            yield _sse({"type": "content_block_stop", "index": self.block}, "content_block_stop")
            self.open_kind = None

    def _open(self, block: dict) -> Iterator[bytes]:
        yield from self._close_block()
        self.block += 1
        self.open_kind = block["type"]
        yield _sse({"type": "content_block_start", "index": self.block, "content_block": block},
                   "content_block_start")

    def _event(self, name: str, payload: bytes) -> Iterator[bytes]:
        if payload.strip() == b"[DONE]":
            yield from self._end()
            return
        try:
            chunk = orjson.loads(payload)
        except orjson.JSONDecodeError:
            return
        if not isinstance(chunk, dict):
            return
        if isinstance(chunk.get("error"), dict):
            yield _sse({"type": "error", "error": {"type": "api_error",
                                                   "message": error_message(chunk)}}, "error")
            return
        yield from self._start(chunk)
        if chunk.get("usage"):
            u = chunk["usage"]
            self.usage = {"input_tokens": int(u.get("prompt_tokens") or 0),
                          "output_tokens": int(u.get("completion_tokens") or 0)}
        for choice in chunk.get("choices") or ():
            if choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or {}
            if delta.get("content"):
                if self.open_kind != "text":
                    yield from self._open({"type": "text", "text": ""})
                yield _sse({"type": "content_block_delta", "index": self.block,
                            "delta": {"type": "text_delta", "text": delta["content"]}},
                           "content_block_delta")
            for call in delta.get("tool_calls") or ():
                yield from self._tool_delta(call)
            if choice.get("finish_reason"):
                self.stop_reason = STOP_TO_ANTHROPIC.get(choice["finish_reason"], "end_turn")
                yield from self._close_block()

    def _tool_delta(self, call: dict) -> Iterator[bytes]:
        index = call.get("index", 0)
        fn = call.get("function") or {}
        if index not in self.tools:
            yield from self._open({"type": "tool_use", "id": call.get("id"),
                                   "name": fn.get("name"), "input": {}})
            self.tools[index] = self.block
        if fn.get("arguments"):
            yield _sse({"type": "content_block_delta", "index": self.tools[index],
                        "delta": {"type": "input_json_delta",
                                  "partial_json": fn["arguments"]}}, "content_block_delta")

    def _end(self) -> Iterator[bytes]:
        if self.done or not self.started:
            return
        self.done = True
        yield from self._close_block()
        yield _sse({"type": "message_delta",
                    "delta": {"stop_reason": self.stop_reason or "end_turn",
                              "stop_sequence": None},
                    "usage": dict(self.usage)}, "message_delta")  # cumulative, as Anthropic's
        yield _sse({"type": "message_stop"}, "message_stop")
