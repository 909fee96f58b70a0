"""Connections that end without an answer (issue 17, `--workers 1` at concurrency 256).

The cause was the load generator: warm-up users backing off on a 503's Retry-After kept the
others idle past the servers' 5 s keep-alive, and the generator then wrote its next request
on a connection the server had closed (every failure: one answer, idle >= 5.0 s; the
sidecar's log: as many `keep_alive_idle` closes). Here, without timing: the generator does
not reuse a connection the server closed or one idle past its expiry; the sidecar counts and
logs every close it decides with its reason; `serve` tells callers its keep-alive
(`Keep-Alive: timeout=N`). That a refusal under overload is a whole answer followed by a close
the caller is told about (`Connection: close`) is in test_overload.py."""

from __future__ import annotations

import asyncio
import functools
import logging
import socket

import uvicorn
from fakevendor import free_port
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from test_slow_clients import Served

from benchmarks.harness import loadgen
from sovereign_guard import metrics
from sovereign_guard.cli import main
from sovereign_guard.server import logs as server_logs
from sovereign_guard.server.protocol import BoundedH11Protocol

WAIT = 20.0
ANSWER = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok"


class OneAnswerServer:
    """Answers each connection's first request, then closes it (a keep-alive expiry, with
    no clock involved); counts connections."""

    def __init__(self) -> None:
        self.connections = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        await reader.readuntil(b"\r\n\r\n")
        writer.write(ANSWER)
        await writer.drain()
        writer.close()


async def _served(handler):
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


async def _until(condition) -> None:
    for _ in range(int(WAIT * 100)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition never met")


def test_the_load_generator_does_not_reuse_a_connection_the_server_closed():
    async def scenario() -> None:
        vendor = OneAnswerServer()
        server, port = await _served(vendor.handle)
        async with server:
            conn = loadgen.Conn(port)
            request = b"GET / HTTP/1.1\r\nHost: a\r\n\r\n"
            assert (await conn.exchange(request, False)).status == 200
            await _until(lambda: conn.reader is not None and conn.reader.at_eof())
            # Before the fix: written on the closed connection, IncompleteReadError.
            answer = await asyncio.wait_for(conn.exchange(request, False), WAIT)
            assert answer.status == 200 and vendor.connections == 2
            conn.close()

    asyncio.run(scenario())


def test_the_load_generator_reopens_a_connection_idle_past_its_expiry():
    async def scenario() -> None:
        connections = []

        async def keep_alive(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
            connections.append(writer)
            while True:
                try:
                    await reader.readuntil(b"\r\n\r\n")
                except asyncio.IncompleteReadError:
                    return
                writer.write(ANSWER)
                await writer.drain()

        server, port = await _served(keep_alive)
        async with server:
            conn = loadgen.Conn(port)
            request = b"GET / HTTP/1.1\r\nHost: a\r\n\r\n"
            await conn.exchange(request, False)
            await conn.exchange(request, False)
            assert len(connections) == 1  # reused while fresh
            conn.idle_since -= loadgen.KEEP_ALIVE_EXPIRY + 1  # as if idle that long
            await conn.exchange(request, False)
            assert len(connections) == 2  # not written where the server may be closing
            conn.close()

    asyncio.run(scenario())


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _closed(reason: str) -> float:
    return metrics.CONNECTIONS_CLOSED.labels(reason)._value.get()


def test_the_sidecar_logs_and_counts_each_close_it_decides_with_its_reason():
    app = Starlette(routes=[Route("/", lambda r: PlainTextResponse("ok"))])
    protocol = functools.partial(BoundedH11Protocol, header_timeout=30)
    logger = logging.getLogger("sovereign_guard.server")
    handler, level = Records(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    idle, peer = _closed("keep_alive_idle"), _closed("peer_closed")
    try:
        with Served(app, http=protocol, timeout_keep_alive=0.2) as served:
            with served.connect() as s:
                s.sendall(b"GET / HTTP/1.1\r\nHost: a\r\n\r\n")
                got = b""
                while chunk := s.recv(65536):  # the answer, then the keep-alive close
                    got += chunk
                assert got.startswith(b"HTTP/1.1 200") and got.endswith(b"ok")
            with served.connect() as s:  # a caller that leaves: counted, not logged
                s.sendall(b"GET / HTTP/1.1\r\nHost: a\r\n\r\n")
                assert s.recv(65536).startswith(b"HTTP/1.1 200")
                s.shutdown(socket.SHUT_WR)
                while s.recv(65536):
                    pass
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    assert _closed("keep_alive_idle") == idle + 1
    assert _closed("peer_closed") == peer + 1
    logged = [r for r in handler.records if r.getMessage() == "connection_closed"]
    assert [r.fields["reason"] for r in logged] == ["keep_alive_idle"]  # type: ignore[attr-defined]
    assert logged[0].fields["requests"] == 1  # type: ignore[attr-defined]


def test_serve_tells_callers_its_keep_alive(tmp_path, monkeypatch):
    started: list[dict] = []

    class Recorded:
        def __init__(self, *args, **kwargs):
            started.append(kwargs)

    monkeypatch.setattr(uvicorn, "Config", Recorded)
    monkeypatch.setattr(uvicorn, "Server", lambda config: type(
        "S", (), {"run": lambda self, sockets=None: None, "started": True})())
    monkeypatch.setattr(server_logs, "setup_logging", lambda level: None)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SOVEREIGN_GUARD_KEEP_ALIVE", "7")
    assert main(["serve", "--port", str(free_port())]) == 0
    (kw,) = started
    assert kw["timeout_keep_alive"] == 7 and ("keep-alive", "timeout=7") in kw["headers"]
