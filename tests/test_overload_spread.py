"""`serve --workers 2`: persistent connections opened together spread over the workers
(issue 17 item 5). Each worker listens on a socket of its own in one SO_REUSEPORT group, so
the kernel picks the worker per connection; on one shared socket the first worker to wake
took a whole burst (16/0 measured). Which worker holds a connection is read from /proc: the
socket inode of the server side of each connection, among each worker's descriptors."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from fakevendor import free_port, serve_workers

from sovereign_guard.cli import serve as serve_cli

pytestmark = pytest.mark.skipif(not serve_cli.SPREAD, reason="needs Linux SO_REUSEPORT")

CONNECTIONS = 16  # all on one worker by chance: 2 in 65,536


def _workers(pid: int) -> set[int]:
    """uvicorn's worker processes (not multiprocessing's resource tracker)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(p) for p in (task / "children").read_text().split())
    return {p for p in found if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()}


def _tcp() -> list[list[str]]:
    rows = []
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(name) as f:
            rows += [line.split() for line in f.readlines()[1:]]
    return rows


def _listeners(port: int) -> int:
    """Listening sockets on the port (state 0A)."""
    return sum(1 for r in _tcp() if int(r[1].rsplit(":", 1)[1], 16) == port and r[3] == "0A")


def _server_inodes(port: int, client_ports: set[int]) -> dict[int, str]:
    """The server side of each of our connections: client port -> socket inode."""
    out = {}
    for r in _tcp():
        local, remote = int(r[1].rsplit(":", 1)[1], 16), int(r[2].rsplit(":", 1)[1], 16)
        if local == port and remote in client_ports and r[3] == "01":
            out[remote] = r[9]
    return out


def _inodes_of(pid: int) -> set[str]:
    found = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            found.add(target[8:-1])
    return found


def test_connections_opened_together_spread_over_the_workers(tmp_path):
    port = free_port()
    proc = serve_workers(tmp_path, port, stderr=subprocess.PIPE)
    conns: list[socket.socket] = []
    try:
        deadline = time.monotonic() + 120
        while _listeners(port) < 2:  # both workers listening (their apps are built first)
            assert proc.poll() is None, proc.stderr.read().decode(errors="replace")[-2000:]
            assert time.monotonic() < deadline, f"{_listeners(port)} listener(s) on the port"
            time.sleep(0.2)
        assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=30).status_code == 200
        workers = _workers(proc.pid)
        assert len(workers) == 2
        for _ in range(CONNECTIONS):  # a burst, as an application's connection pool opens it
            conns.append(socket.create_connection(("127.0.0.1", port), timeout=30))
        for s in conns:  # each connection accepted and served: one keep-alive request
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        for s in conns:
            assert s.recv(4096).startswith(b"HTTP/1.1 200")
        inodes = _server_inodes(port, {s.getsockname()[1] for s in conns})
        assert len(inodes) == CONNECTIONS
        held = {pid: len(set(inodes.values()) & _inodes_of(pid)) for pid in workers}
        assert sum(held.values()) == CONNECTIONS, held
        assert all(n > 0 for n in held.values()), f"connections per worker: {held}"
    finally:
        for s in conns:
            s.close()
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_a_second_sidecar_on_the_same_port_is_refused(tmp_path):
    """SO_REUSEPORT would let a second process of this user share the port unnoticed: the
    port is bound without it first, so a taken port is one line and exit 2 as before."""
    held = serve_cli.bind_listener("127.0.0.1", 0, workers=2)
    try:
        port = held.getsockname()[1]
        with pytest.raises(Exception, match="already in use"):
            serve_cli.bind_listener("127.0.0.1", port, workers=2)
        with pytest.raises(Exception, match="already in use"):
            serve_cli.bind_listener("127.0.0.1", port, workers=1)
    finally:
        held.close()
