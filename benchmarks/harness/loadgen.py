"""The load generator: a minimal HTTP/1.1 keep-alive client on asyncio, one connection per
concurrent user, closed loop (each user sends its next request as soon as its previous answer
is complete). Answers are checked: the echo of a chat completion must equal the prompt."""

from __future__ import annotations

import asyncio
import socket
import time
from collections import Counter
from dataclasses import dataclass, field

import orjson

from ..common import ENGLISH, prompt_of

REQUEST_TIMEOUT = 30.0
# A connection idle longer than this is not reused but reopened, as HTTP clients' pools do
# (httpx: keepalive_expiry 5 s; undici: the server's Keep-Alive hint minus 1 s): the servers
# close connections idle for 5 s, and a request written as the server closes is lost with no
# answer. Measured before (issue 17): at concurrency 256 with one sidecar worker the warm-up's
# users backing off on Retry-After left the others idle 5-8 s, and 8-49 of 160 requests failed
# with IncompleteReadError, every one on a connection idle >= 5.0 s after one answer.
KEEP_ALIVE_EXPIRY = 4.0
MAX_BACKOFF = 5.0  # seconds: the most a user waits on a Retry-After before its next request


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    first_content: float | None  # perf_counter when the first non-empty content chunk arrived
    done: float


def _first_content(events: bytes) -> bool:
    """True when one of these complete SSE events carries non-empty delta content."""
    for event in events.split(b"\n\n"):
        for line in event.split(b"\n"):
            if not line.startswith(b"data:"):
                continue
            payload = line[5:].strip()
            if not payload or payload == b"[DONE]":
                continue
            try:
                choices = orjson.loads(payload).get("choices") or []
            except orjson.JSONDecodeError:
                continue
            if choices and (choices[0].get("delta") or {}).get("content"):
                return True
    return False


class Conn:
    def __init__(self, port: int):
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.answered = 0  # answers on the open connection
        self.idle_since = 0.0  # perf_counter when its last answer was complete

    async def open(self) -> Conn:
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port,
                                                                 limit=1 << 22)
        sock = self.writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.answered, self.idle_since = 0, time.perf_counter()
        return self

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None

    def stale(self) -> bool:
        """The open connection may be gone: the server closed it (EOF already read), or it
        has been idle long enough for the server's keep-alive to close it any moment."""
        assert self.reader is not None
        return (self.reader.at_eof()
                or time.perf_counter() - self.idle_since > KEEP_ALIVE_EXPIRY)

    async def exchange(self, request: bytes, stream: bool) -> Answer:
        if self.writer is not None and self.stale():
            self.close()
        if self.writer is None:
            await self.open()
        reader, writer = self.reader, self.writer
        assert reader is not None and writer is not None
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            if line:
                k, _, v = line.partition(":")
                headers[k.strip().lower()] = v.strip()
        first = None
        if "content-length" in headers:
            body = await reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            parts, pending = [], b""
            while True:
                size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
                if size == 0:
                    while await reader.readuntil(b"\r\n") != b"\r\n":
                        pass  # trailers
                    break
                data = (await reader.readexactly(size + 2))[:-2]
                parts.append(data)
                if stream and first is None:
                    pending += data.replace(b"\r\n", b"\n")
                    complete, sep, pending = pending.rpartition(b"\n\n")
                    if sep and _first_content(complete):
                        first = time.perf_counter()
            body = b"".join(parts)
        else:
            body = await reader.read()
            self.close()
        done = time.perf_counter()
        self.answered, self.idle_since = self.answered + 1, done
        if headers.get("connection", "").lower() == "close":
            self.close()
        return Answer(status, headers, body, first, done)


def request_bytes(port: int, body: bytes) -> bytes:
    return (f"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
            f"Authorization: Bearer sk-bench-not-a-key\r\nContent-Length: {len(body)}\r\n\r\n"
            ).encode() + body


class Prompts:
    """~1 KB PII prompts, each unique (a request number up front) so no analysis is cached."""

    def __init__(self, size: int):
        self.base = prompt_of(ENGLISH, size)
        self.n = 0

    def next(self) -> str:
        self.n += 1
        return f"Ref {self.n:06d}. {self.base}"


def streamed_text(body: bytes) -> str:
    out = []
    for event in body.replace(b"\r\n", b"\n").split(b"\n\n"):
        for line in event.split(b"\n"):
            payload = line[5:].strip() if line.startswith(b"data:") else b""
            if payload and payload != b"[DONE]":
                choices = orjson.loads(payload).get("choices") or []
                if choices:
                    out.append((choices[0].get("delta") or {}).get("content") or "")
    return "".join(out)


def answered_text(body: bytes, stream: bool) -> str | None:
    try:
        if stream:
            return streamed_text(body)
        return orjson.loads(body)["choices"][0]["message"]["content"]
    except (orjson.JSONDecodeError, KeyError, IndexError, TypeError):
        return None


@dataclass
class Block:
    latencies: list[float] = field(default_factory=list)
    ttft: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    decisions: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    mismatches: int = 0
    samples: list[dict] = field(default_factory=list)  # first failures, for the report
    # Per transport error: (answers the connection had carried, seconds it had been idle)
    # when an open connection was reused, None for a fresh one.
    failed_reuse: list = field(default_factory=list)
    wall: float = 0.0
    warmup_timed_out: bool = False


async def run_block(port: int, prompts: Prompts, n: int, concurrency: int, *, stream: bool,
                    warmup: int, time_limit: float, model: str, on_measure=None,
                    ramp_ms: float = 5.0) -> Block:
    """`n` chat completions of `model` over `concurrency` keep-alive connections (closed
    loop), after `warmup` requests; `on_measure()` runs between the two (counters are read
    there)."""
    conns = [Conn(port) for _ in range(concurrency)]
    block = Block()

    async def one(conn: Conn, record: bool) -> float:
        """One request; returns how long its user waits before the next (a 503's
        Retry-After, as the vendors' SDKs honour it; else 0)."""
        prompt = prompts.next()
        body = {"model": model, "messages": [{"role": "user", "content": prompt}],
                "max_tokens": 256}
        if stream:
            body["stream"] = True
        raw = request_bytes(port, orjson.dumps(body))
        t0 = time.perf_counter()
        reused = (None if conn.writer is None or conn.stale()
                  else (conn.answered, round(t0 - conn.idle_since, 3)))
        try:
            ans = await asyncio.wait_for(conn.exchange(raw, stream), REQUEST_TIMEOUT)
        except (OSError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                ValueError) as exc:
            conn.close()
            if record:
                block.errors[type(exc).__name__] += 1
                block.failed_reuse.append(reused)
            return 0.0
        wait = 0.0
        if ans.status == 503 and ans.headers.get("retry-after", "").isdigit():
            wait = min(float(ans.headers["retry-after"]), MAX_BACKOFF)
        if not record:
            return wait
        block.statuses[ans.status] += 1
        decision = ans.headers.get("x-sovereign-guard-decision")
        if decision:
            block.decisions[decision] += 1
        if ans.status != 200:
            if len(block.samples) < 3:
                block.samples.append({"status": ans.status, "headers": ans.headers,
                                      "body": ans.body[:600].decode(errors="replace")})
            return wait
        block.latencies.append((ans.done - t0) * 1000)
        if stream:
            if ans.first_content is None:
                block.errors["no_content_chunk"] += 1
            else:
                block.ttft.append((ans.first_content - t0) * 1000)
        if answered_text(ans.body, stream) != prompt:
            block.mismatches += 1
            if len(block.samples) < 3:
                block.samples.append({"status": ans.status, "mismatch": True,
                                      "body": ans.body[:600].decode(errors="replace")})
        return wait

    async def backoff(conn: Conn, wait: float) -> None:
        # A connection idle for as long as the server's keep-alive may be closed under us; an
        # HTTP client's pool checks before reusing one, this one just opens a new one.
        conn.close()
        await asyncio.sleep(wait)

    remaining = [0]
    deadline = [0.0]

    async def user(conn: Conn, record: bool) -> None:
        while remaining[0] > 0 and time.perf_counter() < deadline[0]:
            remaining[0] -= 1
            if wait := await one(conn, record):
                await backoff(conn, wait)

    async def ramp(i: int, conn: Conn) -> None:
        # Connections are opened one by one, each warmed at once, `ramp_ms` apart: with several
        # uvicorn workers sharing one listening socket, a burst of connects is accepted by
        # whichever worker wakes first, while a ramp lets a busy worker's peer take the next.
        await asyncio.sleep(i * ramp_ms / 1000)
        await conn.open()
        for _ in range(per_conn):
            if wait := await one(conn, False):
                await backoff(conn, wait)

    per_conn = max(1, -(-warmup // concurrency))
    try:
        await asyncio.wait_for(asyncio.gather(*(ramp(i, c) for i, c in enumerate(conns))),
                               time_limit + concurrency * ramp_ms / 1000)
    except TimeoutError:  # a server too slow to warm up in time is measured all the same:
        block.warmup_timed_out = True  # connections cut mid-answer reopen when next used
        for c in conns:
            c.close()
    if on_measure is not None:
        on_measure()
    remaining[0], deadline[0] = n, time.perf_counter() + time_limit
    started = time.perf_counter()
    await asyncio.gather(*(user(c, True) for c in conns))
    block.wall = time.perf_counter() - started
    for c in conns:
        c.close()
    return block
