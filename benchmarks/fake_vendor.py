"""A fast fake OpenAI vendor for the proxy benchmark, run in its own process.

A bare ASGI app (no framework) so the vendor costs as little as possible and the same for
every path measured. POST /v1/chat/completions answers with the last user message echoed
back: the sidecar then has placeholders to restore, as it would with a real model that
repeats names. With `"stream": true` the answer is an OpenAI SSE stream of `--chunks`
content chunks, `--chunk-delay-ms` apart (the first one is sent at once), then a finish chunk
and `data: [DONE]`. GET /healthz answers 200.

POST /v1/messages answers the same echo in Anthropic's Messages shape (JSON, or the
message_start ... message_stop events), for a cross-flavour card (benchmarks/translation.py).

    python benchmarks/fake_vendor.py --port 8801 [--chunks 16] [--chunk-delay-ms 1]
"""

from __future__ import annotations

import argparse
import asyncio
import os

import orjson

CHUNKS = int(os.environ.get("FAKE_VENDOR_CHUNKS", "16"))
CHUNK_DELAY = float(os.environ.get("FAKE_VENDOR_CHUNK_DELAY_MS", "1")) / 1000

_JSON = [(b"content-type", b"application/json")]
_SSE = [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")]


def _last_user_text(body: dict) -> str:
    messages = body.get("messages") or []
    content = messages[-1].get("content", "") if messages and isinstance(messages[-1], dict) else ""
    if isinstance(content, list):
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return content if isinstance(content, str) else ""


def _pieces(text: str, n: int) -> list[str]:
    size = max(1, -(-len(text) // max(1, n)))
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def _chunk(model: str, delta: dict, finish: str | None = None) -> bytes:
    event = {"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 0,
             "model": model, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return b"data: " + orjson.dumps(event) + b"\n\n"


async def _send(send, status: int, headers: list, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [*headers, (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def app(scope, receive, send) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] != "http":
        return
    method, path = scope["method"], scope["path"]
    if method == "GET" and path == "/healthz":
        return await _send(send, 200, _JSON, b'{"status":"ok"}')
    if method != "POST" or path not in ("/v1/chat/completions", "/v1/messages"):
        return await _send(send, 404, _JSON, b'{"error":{"message":"not found"}}')
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    try:
        body = orjson.loads(b"".join(chunks))
    except orjson.JSONDecodeError:
        return await _send(send, 400, _JSON, b'{"error":{"message":"bad json"}}')
    model = str(body.get("model", "bench"))
    text = _last_user_text(body)
    if path == "/v1/messages":
        return await _messages(send, model, text, bool(body.get("stream")))
    if not body.get("stream"):
        answer = {"id": "chatcmpl-bench", "object": "chat.completion", "created": 0,
                  "model": model,
                  "choices": [{"index": 0, "finish_reason": "stop",
                               "message": {"role": "assistant", "content": text}}],
                  "usage": {"prompt_tokens": len(text) // 4, "completion_tokens": len(text) // 4,
                            "total_tokens": len(text) // 2}}
        return await _send(send, 200, _JSON, orjson.dumps(answer))
    await send({"type": "http.response.start", "status": 200, "headers": _SSE})
    for i, piece in enumerate(_pieces(text, CHUNKS)):
        if i and CHUNK_DELAY:
            await asyncio.sleep(CHUNK_DELAY)
        delta = {"role": "assistant", "content": piece} if i == 0 else {"content": piece}
        await send({"type": "http.response.body", "body": _chunk(model, delta),
                    "more_body": True})
    await send({"type": "http.response.body", "body": _chunk(model, {}, "stop") +
                b"data: [DONE]\n\n"})


def _event(name: str, event: dict) -> bytes:
    return f"event: {name}\n".encode() + b"data: " + orjson.dumps(event) + b"\n\n"


async def _messages(send, model: str, text: str, stream: bool) -> None:
    """The same echo in Anthropic's Messages shape (for a cross-flavour card)."""
    usage = {"input_tokens": len(text) // 4, "output_tokens": len(text) // 4}
    if not stream:
        answer = {"id": "msg_bench", "type": "message", "role": "assistant", "model": model,
                  "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
                  "stop_sequence": None, "usage": usage}
        return await _send(send, 200, _JSON, orjson.dumps(answer))
    await send({"type": "http.response.start", "status": 200, "headers": _SSE})
    head = _event("message_start", {"type": "message_start", "message": {
        "id": "msg_bench", "type": "message", "role": "assistant", "model": model,
        "content": [], "stop_reason": None, "stop_sequence": None,
        "usage": {"input_tokens": usage["input_tokens"], "output_tokens": 1}}})
    head += _event("content_block_start", {"type": "content_block_start", "index": 0,
                                           "content_block": {"type": "text", "text": ""}})
    for i, piece in enumerate(_pieces(text, CHUNKS)):
        if i and CHUNK_DELAY:
            await asyncio.sleep(CHUNK_DELAY)
        delta = _event("content_block_delta", {"type": "content_block_delta", "index": 0,
                                               "delta": {"type": "text_delta", "text": piece}})
        await send({"type": "http.response.body", "body": (head if i == 0 else b"") + delta,
                    "more_body": True})
    tail = (_event("content_block_stop", {"type": "content_block_stop", "index": 0})
            + _event("message_delta", {"type": "message_delta", "delta": {
                "stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": usage["output_tokens"]}})
            + _event("message_stop", {"type": "message_stop"}))
    await send({"type": "http.response.body", "body": tail})


def main() -> None:
    import uvicorn

    global CHUNKS, CHUNK_DELAY
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--chunks", type=int, default=CHUNKS)
    p.add_argument("--chunk-delay-ms", type=float, default=CHUNK_DELAY * 1000)
    args = p.parse_args()
    CHUNKS, CHUNK_DELAY = args.chunks, args.chunk_delay_ms / 1000
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False,
                lifespan="on")


if __name__ == "__main__":
    main()
