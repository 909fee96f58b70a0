"""Slow and idle callers cannot hold the sidecar's connections for ever (issue 17 item 1):
headers within `header_timeout` (server/protocol.py), the body within `body_timeout` (408 in
the caller's shape), and `serve` hands uvicorn its keep-alive and connection caps. The load
test with many slow connections is `benchmarks/slowclients.py`, not a unit test."""

from __future__ import annotations

import functools
import json
import socket
import threading
import time
from types import SimpleNamespace

import pytest
import uvicorn
from conftest import TENANT_KEY, model_card, write_models
from fakevendor import free_port
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from sovereign_guard.pipeline import Pipeline
from sovereign_guard.server import create_app
from sovereign_guard.server.protocol import BoundedH11Protocol
from sovereign_guard.settings import Settings

WAIT = 20.0  # a socket timeout far above the 0.3 s deadlines: only they can close first


class Served:
    def __init__(self, app, **config):
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="warning", **config))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Served:
        self.thread.start()
        end = time.time() + 30
        while not self.server.started:
            assert time.time() < end and self.thread.is_alive(), "server did not start"
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)

    def connect(self) -> socket.socket:
        s = socket.create_connection(("127.0.0.1", self.port))
        s.settimeout(WAIT)
        return s


def _closed(s: socket.socket) -> bytes:
    """Everything the server sends until it closes (raises socket.timeout if it never does)."""
    got = b""
    while chunk := s.recv(65536):
        got += chunk
    return got


@pytest.fixture(scope="module")
def plain():
    app = Starlette(routes=[Route("/", lambda r: PlainTextResponse("ok"))])
    protocol = functools.partial(BoundedH11Protocol, header_timeout=0.3)
    with Served(app, http=protocol, timeout_keep_alive=30) as served:
        yield served


def test_a_connection_that_never_finishes_its_headers_is_closed(plain):
    with plain.connect() as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: a\r\n")  # and no blank line, ever
        assert _closed(s) == b""


def test_a_connection_that_sends_nothing_is_closed(plain):
    with plain.connect() as s:
        assert _closed(s) == b""


def test_complete_requests_are_served_and_the_next_ones_headers_are_bounded_too(plain):
    with plain.connect() as s:
        for _ in range(2):  # keep-alive (30 s here) still serves one request after another
            s.sendall(b"GET / HTTP/1.1\r\nHost: a\r\n\r\n")
            answer = s.recv(65536)
            assert answer.startswith(b"HTTP/1.1 200") and answer.endswith(b"ok")
        s.sendall(b"GET / HTTP/1.1\r\n")  # the third one stalls in its headers
        assert _closed(s) == b""


@pytest.fixture(scope="module")
def sidecar(tmp_path_factory):
    models = write_models(tmp_path_factory.mktemp("models"), [
        model_card("fake/gpt", "openai", "https://vendor.invalid/v1")])
    home = tmp_path_factory.mktemp("home")
    pipe = Pipeline.from_files("default", models, home / "audit", keys=home / "keys.json",
                               tenant_key=TENANT_KEY)
    app = create_app(lambda: pipe.for_door("sidecar"), load_in_background=False,
                     body_timeout=0.3)
    with Served(app) as served:
        yield served


@pytest.mark.parametrize("path, extra, shape", [
    ("/v1/chat/completions", b"", "openai"),
    ("/v1/messages", b"anthropic-version: 2023-06-01\r\n", "anthropic"),
])
def test_a_body_that_does_not_arrive_in_time_is_a_408_in_the_callers_shape(sidecar, path,
                                                                          extra, shape):
    with sidecar.connect() as s:
        s.sendall(b"POST " + path.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra +
                  b"Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"model\":")
        answer = _closed(s)  # answered, then closed: the rest of the body never came
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408"), head
    error = json.loads(body)
    if shape == "anthropic":
        assert error["type"] == "error" and error["error"]["message"]
    else:
        assert error["error"]["code"] == "body_timeout"


def test_the_limits_resolve_from_the_environment():
    settings = Settings.resolve({"SOVEREIGN_GUARD_HEADER_TIMEOUT": "2.5",
                                 "SOVEREIGN_GUARD_MAX_CONNECTIONS": "64"})
    assert (settings.header_timeout, settings.max_connections) == (2.5, 64)
    assert (settings.body_timeout, settings.keep_alive) == (60.0, 5.0)


def test_serve_gives_uvicorn_the_bounds(tmp_path, monkeypatch, capsys):
    from sovereign_guard.cli import main
    from sovereign_guard.server import logs as server_logs

    started: list[dict] = []

    class Recorded:  # serve builds uvicorn's Config and Server on the socket it bound
        def __init__(self, *args, **kwargs):
            started.append(kwargs)

    monkeypatch.setattr(uvicorn, "Config", Recorded)
    monkeypatch.setattr(uvicorn, "Server", lambda config: SimpleNamespace(
        run=lambda sockets=None: None, started=True))
    monkeypatch.setattr(server_logs, "setup_logging", lambda level: None)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SOVEREIGN_GUARD_HEADER_TIMEOUT", "3")
    monkeypatch.setenv("SOVEREIGN_GUARD_KEEP_ALIVE", "2")
    monkeypatch.setenv("SOVEREIGN_GUARD_MAX_CONNECTIONS", "50")
    assert main(["serve", "--port", str(free_port())]) == 0
    (kw,) = started
    assert kw["http"].func is BoundedH11Protocol and kw["http"].keywords == {"header_timeout": 3}
    assert (kw["timeout_keep_alive"], kw["limit_concurrency"]) == (2, 50)
    assert kw["h11_max_incomplete_event_size"] >= 16 * 1024
