"""`serve --workers 2` killed with -9: its workers go with it and the port can be bound again
(issue 17 item 5)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fakevendor import free_port, serve_workers

from sovereign_guard.server import lifeline

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found.update(int(p) for p in text)
    return found


def _alive(pid: int) -> bool:
    """Running, not a zombie (nobody may reap orphans in a container)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _bindable(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_workers_die_with_a_killed_supervisor_and_free_the_port(tmp_path):
    port = free_port()
    proc = serve_workers(tmp_path, port)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 90
        while True:  # both workers answer (each calls the lifeline before serving)
            assert proc.poll() is None, "serve exited"
            assert time.monotonic() < deadline, "workers never came up"
            try:
                up = httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200
            except httpx.HTTPError:
                up = False
            workers = {p for p in _children(proc.pid) if _alive(p)}
            if up and len(workers) >= 2:
                break
            time.sleep(0.1)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        gone_by = time.monotonic() + 30  # SIGTERM: each drains and seals its audit log
        while any(_alive(p) for p in workers) and time.monotonic() < gone_by:
            time.sleep(0.1)
        assert not any(_alive(p) for p in workers), "orphaned workers still running"
        assert _bindable(port), "the port is still held"
    finally:
        for pid in workers:  # never leave one behind, whatever failed
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()


def test_a_lone_process_is_left_alone(monkeypatch):
    monkeypatch.setenv(lifeline.SUPERVISOR_ENV, str(os.getpid()))  # `serve` with one worker
    assert lifeline.from_env() is None
    monkeypatch.delenv(lifeline.SUPERVISOR_ENV)
    assert lifeline.from_env() is None


def test_a_worker_whose_parent_is_gone_stops_at_once(tmp_path):
    """The race: the supervisor died before the worker asked to follow it."""
    code = ("import os, time; from sovereign_guard.server import lifeline; "
            "lifeline.die_with_parent(os.getppid() + 1_000_000); time.sleep(30)")
    child = subprocess.run([sys.executable, "-c", code], timeout=60)
    assert child.returncode == -signal.SIGTERM
