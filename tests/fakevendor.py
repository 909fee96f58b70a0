"""A fake LLM vendor on 127.0.0.1 that records what it receives and echoes it back.

It speaks just enough OpenAI (chat, completions, embeddings, responses) and Anthropic
(messages) for the official SDKs, streaming included. Its answer repeats the last user text
(so placeholders come back and must be restored) and, when the request offers tools, calls
the first tool with the user text as argument.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from sovereign_guard import echo


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict
    raw: bytes


@dataclass
class FakeVendor:
    requests: list[Received] = field(default_factory=list)
    fail_with: tuple[int, dict] | None = None  # next answer: (status, body)
    # Next answers, one per request, before `fail_with`: (status, body, headers).
    failures: list[tuple[int, dict, dict[str, str]]] = field(default_factory=list)
    stalls: list[float] = field(default_factory=list)  # next requests: seconds before answering
    port: int = 0
    stall: float = 0.0  # seconds before answering (a hanging vendor); `clear` releases it
    gap: float = 0.0  # seconds between stream chunks (a trickling vendor)
    # Bumped by `clear`: a request still waiting from an earlier test (a stall it timed out
    # on) must not take the next test's scripted answers when it wakes.
    generation: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def clear(self) -> None:
        self.generation += 1
        self.requests.clear()
        self.fail_with = None
        self.failures.clear()
        self.stalls.clear()
        self.stall = self.gap = 0.0

    def everything_received(self) -> str:
        return "\n".join(r.raw.decode("utf-8", "replace") + json.dumps(r.headers) for r in self.requests)

    # -- the ASGI app ---------------------------------------------------------------------

    async def handle(self, request: Request) -> Response:
        raw = await request.body()
        body = json.loads(raw)
        rest = request.url.path.removeprefix("/v1/")
        self.requests.append(Received(rest, dict(request.headers), body, raw))
        generation = self.generation
        await self._wait("stall")
        if self.stalls:
            await asyncio.sleep(self.stalls.pop(0))
        if generation != self.generation:  # its test is over; nobody reads this answer
            return JSONResponse({"error": {"message": "stale"}}, status_code=503)
        if self.failures:
            status, payload, headers = self.failures.pop(0)
            return JSONResponse(payload, status_code=status, headers=headers)
        if self.fail_with:
            status, payload = self.fail_with
            self.fail_with = None
            return JSONResponse(payload, status_code=status)
        tools = body.get("tools") or []
        if tools and rest in ("chat/completions", "messages") and not body.get("stream"):
            return JSONResponse(self._tool_call(rest, body, tools[0]))
        if body.get("stream"):
            chunks = (self._tool_stream(rest, body, tools[0]) if tools
                      and rest in ("chat/completions", "messages") else self._stream(rest, body))
            return StreamingResponse(chunks, media_type="text/event-stream")
        _, content = echo.respond(rest, body)
        answer = json.loads(content)
        if rest == "messages":
            geo = body.get("inference_geo")
            if geo:
                answer["usage"]["inference_geo"] = geo
        # Vendors' edges set cookies (Cloudflare's __cf_bm on api.openai.com, for one).
        return Response(json.dumps(answer), media_type="application/json",
                        headers={"set-cookie": "__cf_bm=vendor-session; Path=/; HttpOnly",
                                 "x-vendor-edge": "pop-1"})

    async def _wait(self, knob: str) -> None:
        """Sleep for the knob's seconds, in slices, so a `clear` ends the wait early (a test
        that left a vendor hanging does not hold up the server's shutdown)."""
        end = time.monotonic() + getattr(self, knob)
        while getattr(self, knob) and time.monotonic() < end:
            await asyncio.sleep(0.02)

    async def _stream(self, rest: str, body: dict):
        geo = body.get("inference_geo")
        for chunk in echo.stream(rest, body):
            if geo and b'"type":"message_start"' in chunk:  # Anthropic reports where it ran
                chunk = chunk.replace(b'"output_tokens":1}', b'"output_tokens":1,"inference_geo":'
                                      + json.dumps(geo).encode() + b"}", 1)
            yield chunk
            await self._wait("gap")

    @staticmethod
    def _tool_stream(rest: str, body: dict, tool: dict):
        """The tool call of `_tool_call`, streamed: its arguments in 7-byte pieces."""
        args = json.dumps({"text": echo.echo_text(rest, body)})
        pieces = [args[i : i + echo.CHUNK] for i in range(0, len(args), echo.CHUNK)]

        def sse(event: dict, name: str | None = None) -> bytes:
            return (f"event: {name}\n" if name else "").encode() + \
                b"data: " + json.dumps(event).encode() + b"\n\n"

        if rest == "messages":
            yield sse({"type": "message_start", "message": {
                "id": "msg_t", "type": "message", "role": "assistant", "model": body["model"],
                "content": [], "stop_reason": None, "stop_sequence": None,
                "usage": {"input_tokens": 3, "output_tokens": 1}}}, "message_start")
            yield sse({"type": "content_block_start", "index": 0, "content_block": {
                "type": "tool_use", "id": "tu_1", "name": tool["name"], "input": {}}},
                "content_block_start")
            for piece in pieces:
                yield sse({"type": "content_block_delta", "index": 0, "delta": {
                    "type": "input_json_delta", "partial_json": piece}}, "content_block_delta")
            yield sse({"type": "content_block_stop", "index": 0}, "content_block_stop")
            yield sse({"type": "message_delta", "delta": {"stop_reason": "tool_use",
                       "stop_sequence": None}, "usage": {"output_tokens": 5}}, "message_delta")
            yield sse({"type": "message_stop"}, "message_stop")
            return
        base = {"id": "chatcmpl-t", "object": "chat.completion.chunk", "created": 0,
                "model": body["model"]}
        first = {"index": 0, "id": "call_1", "type": "function",
                 "function": {"name": tool["function"]["name"], "arguments": ""}}
        yield sse({**base, "choices": [{"index": 0, "finish_reason": None, "delta": {
            "role": "assistant", "content": None, "tool_calls": [first]}}]})
        for piece in pieces:
            yield sse({**base, "choices": [{"index": 0, "finish_reason": None, "delta": {
                "tool_calls": [{"index": 0, "function": {"arguments": piece}}]}}]})
        yield sse({**base, "choices": [{"index": 0, "finish_reason": "tool_calls", "delta": {}}]})
        if (body.get("stream_options") or {}).get("include_usage"):
            yield sse({**base, "choices": [], "usage": {"prompt_tokens": 3,
                                                        "completion_tokens": 5,
                                                        "total_tokens": 8}})
        yield b"data: [DONE]\n\n"

    def _tool_call(self, rest: str, body: dict, tool: dict) -> dict:
        said = echo.echo_text(rest, body)
        if rest == "messages":
            return {"id": "msg_t", "type": "message", "role": "assistant", "model": body["model"],
                    "content": [{"type": "tool_use", "id": "tu_1", "name": tool["name"],
                                 "input": {"text": said}}],
                    "stop_reason": "tool_use", "stop_sequence": None,
                    "usage": {"input_tokens": 1, "output_tokens": 1}}
        name = tool["function"]["name"]
        return {"id": "chatcmpl-t", "object": "chat.completion", "created": 0, "model": body["model"],
                "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
                    "role": "assistant", "content": None, "tool_calls": [{
                        "id": "call_1", "type": "function",
                        "function": {"name": name, "arguments": json.dumps({"text": said})}}]}}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}

    def app(self) -> Starlette:
        paths = ["chat/completions", "completions", "embeddings", "responses", "messages",
                 "messages/count_tokens"]
        return Starlette(routes=[Route(f"/v1/{p}", self.handle, methods=["POST"]) for p in paths])


class ServerThread:
    """Runs an ASGI app with uvicorn on a free loopback port in a daemon thread."""

    def __init__(self, app, port: int | None = None):
        self.port = port or free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.time() + 30
        while not self.server.started:
            if time.time() > deadline or not self.thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Bound and never listening, for the life of the test process: a connection to it is refused,
# and no other server (another test, another suite on the machine) can take the port, as it
# could take one that free_port() only looked up.
_DEAD = socket.socket()
_DEAD.bind(("127.0.0.1", 0))


def dead_url() -> str:
    """An OpenAI-style base URL on loopback whose connections are always refused."""
    return f"http://127.0.0.1:{_DEAD.getsockname()[1]}/v1"


def serve_workers(tmp_path, port: int, *, stderr=subprocess.DEVNULL,
                  log_level: str = "warning") -> subprocess.Popen:
    """`sovereign-guard serve --workers 2` on `port` in a process of its own, with a home and
    temporary directory under `tmp_path` and no inherited Prometheus directory."""
    env = {**os.environ, "SOVEREIGN_GUARD_HOME": str(tmp_path / "home"),
           "TMPDIR": str(tmp_path), "OPENBLAS_NUM_THREADS": "1"}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    return subprocess.Popen(
        [sys.executable, "-m", "sovereign_guard", "serve", "--port", str(port), "--workers", "2",
         "--log-level", log_level],
        env=env, stdout=subprocess.DEVNULL, stderr=stderr)
