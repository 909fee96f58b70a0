"""The built-in `local/echo` vendor: answers in-process with the text it received.

It lets `make run` work with no vendor at all, and shows restoration end to end: the echo
contains the placeholders the vendor saw, and the client gets the originals back. Streams
are cut into small chunks on purpose, so placeholders straddle chunk boundaries.

It is served as an upstream like any vendor: `handler` is an httpx (or httpx2)
`MockTransport` handler, mounted for `local://` URLs (the echo card's `base_url`) by the
exchange's upstreams, so no door knows about it.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import time
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

import orjson

SCHEME = "local"  # the echo card's base_url is local://echo


def handler(request: Any) -> Any:
    """Answer an httpx or httpx2 request for `local://echo/<route>` (`MockTransport` style)."""
    http = importlib.import_module(type(request).__module__.split(".")[0])
    route = request.url.path.strip("/")
    try:
        body = orjson.loads(request.content)
    except orjson.JSONDecodeError:
        body = None
    if not isinstance(body, dict):
        return http.Response(400, json={"error": {"message": "echo: a JSON object body",
                                                  "type": "invalid_request_error"}})
    if body.get("stream"):
        return http.Response(200, headers={"content-type": "text/event-stream"},
                             stream=_chunks(http)(list(stream(route, body))))
    status, content = respond(route, body)
    return http.Response(status, content=content, headers={"content-type": "application/json"})


@functools.cache
def _chunks(http: ModuleType) -> type:
    """A byte stream of the echo's chunks, readable by sync and async clients of `http`."""

    class Chunks(http.SyncByteStream, http.AsyncByteStream):
        def __init__(self, chunks: list[bytes]):
            self.chunks = chunks

        def __iter__(self) -> Iterator[bytes]:
            yield from self.chunks

        async def __aiter__(self) -> AsyncIterator[bytes]:
            for chunk in self.chunks:
                yield chunk

    return Chunks

CHUNK = 7


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if isinstance(part, dict):
                text = part.get("text") or part.get("content")
                parts.append(_text_of(text) if text is not None else "")
            else:
                parts.append(_text_of(part))
        return "".join(parts)
    return ""


def echo_text(route: str, body: dict) -> str:
    """What the echo vendor says back: the last user-visible input it received."""
    if route in ("chat/completions", "messages"):
        messages = body.get("messages") or []
        last = messages[-1] if messages else {}
        return _text_of(last.get("content") if isinstance(last, dict) else "")
    if route == "completions":
        prompt = body.get("prompt", "")
        return prompt if isinstance(prompt, str) else _text_of(prompt)
    if route == "responses":
        items = body.get("input", "")
        if isinstance(items, list) and items:
            last = items[-1]
            return _text_of(last.get("content") if isinstance(last, dict) else last)
        return _text_of(items)
    return ""


def respond(route: str, body: dict) -> tuple[int, bytes]:
    """A complete JSON answer in the route's shape."""
    model = str(body.get("model", "local/echo"))
    text = echo_text(route, body)
    now = int(time.time())
    usage_in = max(1, len(orjson.dumps(body)) // 4)
    usage_out = max(1, len(text) // 4)
    if route == "messages/count_tokens":
        return 200, orjson.dumps({"input_tokens": usage_in})
    if route == "embeddings":
        inputs = body.get("input")
        inputs = inputs if isinstance(inputs, list) else [inputs]
        data = [
            {"object": "embedding", "index": i, "embedding": _vector(str(x))}
            for i, x in enumerate(inputs)
        ]
        out: dict = {"object": "list", "data": data, "model": model,
                     "usage": {"prompt_tokens": usage_in, "total_tokens": usage_in}}
    elif route == "messages":
        out = {"id": "msg_echo", "type": "message", "role": "assistant", "model": model,
               "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
               "stop_sequence": None,
               "usage": {"input_tokens": usage_in, "output_tokens": usage_out}}
    elif route == "responses":
        out = {"id": "resp_echo", "object": "response", "created_at": now, "status": "completed",
               "model": model, "output": [_response_message(text)],
               "usage": {"input_tokens": usage_in, "output_tokens": usage_out,
                         "total_tokens": usage_in + usage_out}}
    elif route == "completions":
        out = {"id": "cmpl-echo", "object": "text_completion", "created": now, "model": model,
               "choices": [{"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}],
               "usage": _openai_usage(usage_in, usage_out)}
    else:
        out = {"id": "chatcmpl-echo", "object": "chat.completion", "created": now, "model": model,
               "choices": [{"index": 0, "finish_reason": "stop",
                            "message": {"role": "assistant", "content": text}}],
               "usage": _openai_usage(usage_in, usage_out)}
    return 200, orjson.dumps(out)


def stream(route: str, body: dict) -> Iterator[bytes]:
    """The same answer as server-sent events, in the route's streaming shape."""
    model = str(body.get("model", "local/echo"))
    text = echo_text(route, body)
    pieces = [text[i : i + CHUNK] for i in range(0, len(text), CHUNK)] or [""]
    if route == "messages":
        yield _sse({"type": "message_start", "message": {
            "id": "msg_echo", "type": "message", "role": "assistant", "model": model,
            "content": [], "stop_reason": None, "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 1}}}, "message_start")
        yield _sse({"type": "content_block_start", "index": 0,
                    "content_block": {"type": "text", "text": ""}}, "content_block_start")
        for piece in pieces:
            yield _sse({"type": "content_block_delta", "index": 0,
                        "delta": {"type": "text_delta", "text": piece}}, "content_block_delta")
        yield _sse({"type": "content_block_stop", "index": 0}, "content_block_stop")
        yield _sse({"type": "message_delta", "delta": {"stop_reason": "end_turn",
                    "stop_sequence": None}, "usage": {"output_tokens": len(pieces)}},
                   "message_delta")
        yield _sse({"type": "message_stop"}, "message_stop")
        return
    if route == "responses":
        base = {"id": "resp_echo", "object": "response", "model": model, "output": []}
        yield _sse({"type": "response.created", "sequence_number": 0,
                    "response": {**base, "status": "in_progress"}}, "response.created")
        item = {**_response_message(""), "status": "in_progress", "content": []}
        yield _sse({"type": "response.output_item.added", "output_index": 0, "item": item,
                    "sequence_number": 0}, "response.output_item.added")
        yield _sse({"type": "response.content_part.added", "item_id": "msg_echo",
                    "output_index": 0, "content_index": 0, "sequence_number": 0,
                    "part": {"type": "output_text", "text": "", "annotations": []}},
                   "response.content_part.added")
        for n, piece in enumerate(pieces, start=1):
            yield _sse({"type": "response.output_text.delta", "item_id": "msg_echo",
                        "output_index": 0, "content_index": 0, "delta": piece,
                        "sequence_number": n}, "response.output_text.delta")
        yield _sse({"type": "response.output_text.done", "item_id": "msg_echo", "output_index": 0,
                    "content_index": 0, "text": text, "sequence_number": len(pieces) + 1},
                   "response.output_text.done")
        done = {**base, "status": "completed", "output": [_response_message(text)]}
        yield _sse({"type": "response.completed", "response": done,
                    "sequence_number": len(pieces) + 2}, "response.completed")
        return
    kind = "text_completion" if route == "completions" else "chat.completion.chunk"
    for i, piece in enumerate(pieces):
        if route == "completions":
            choice: dict = {"index": 0, "text": piece, "finish_reason": None, "logprobs": None}
        else:
            delta = {"role": "assistant", "content": piece} if i == 0 else {"content": piece}
            choice = {"index": 0, "delta": delta, "finish_reason": None}
        yield _sse({"id": "chatcmpl-echo", "object": kind, "created": int(time.time()),
                    "model": model, "choices": [choice]})
    last = {"index": 0, "finish_reason": "stop"}
    last.update({"text": ""} if route == "completions" else {"delta": {}})
    yield _sse({"id": "chatcmpl-echo", "object": kind, "created": int(time.time()),
                "model": model, "choices": [last]})
    yield b"data: [DONE]\n\n"


def _response_message(text: str) -> dict:
    return {"type": "message", "id": "msg_echo", "status": "completed", "role": "assistant",
            "content": [{"type": "output_text", "text": text, "annotations": []}]}


def _openai_usage(prompt: int, completion: int) -> dict:
    return {"prompt_tokens": prompt, "completion_tokens": completion,
            "total_tokens": prompt + completion}


def _vector(text: str, dims: int = 8) -> list[float]:
    digest = hashlib.sha256(text.encode()).digest()
    return [round(b / 255 - 0.5, 4) for b in digest[:dims]]


def _sse(event: dict, name: str | None = None) -> bytes:
    head = f"event: {name}\n".encode() if name else b""
    return head + b"data: " + orjson.dumps(event) + b"\n\n"
