"""Servers started as child processes for a benchmark: readiness, the CPU and memory they use
(read from /proc), and a stop that only ends processes we started, by pid."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx

from ..common import REPO


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                kids += [int(x) for x in f.read().split()]
    except OSError:
        pass
    return kids


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _status_kb(pid: int, key: str) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids: list[int]) -> dict[int, float]:
    """utime + stime of each process (all its threads), in seconds."""
    out = {}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            out[pid] = (int(fields[11]) + int(fields[12])) / _TICK
        except (OSError, IndexError, ValueError):
            out[pid] = 0.0
    return out


def machine_cpu() -> tuple[float, float]:
    """Whole-machine busy and steal CPU seconds so far (from /proc/stat)."""
    try:
        with open("/proc/stat") as f:
            v = [int(x) / _TICK for x in f.readline().split()[1:9]]
    except (OSError, ValueError):
        return 0.0, 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = v + [0.0] * (8 - len(v))
    return user + nice + system + irq + softirq, steal


class Server:
    """One server process we started (and its uvicorn workers); stopped by pid only."""

    def __init__(self, name: str, cmd: list[str], port: int, env: dict, logdir: Path,
                 ready_path: str = "/healthz"):
        self.name, self.cmd, self.port, self.env = name, cmd, port, env
        self.ready_path = ready_path
        self.log_path = logdir / f"{name}.log"
        self.proc: subprocess.Popen | None = None
        self.known_workers: list[int] = []

    def start(self) -> Server:
        self.log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(self.cmd, env=self.env, stdout=self.log,
                                     stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     cwd=str(REPO))
        return self

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def wait_ready(self, timeout: float, consecutive: int = 1) -> float:
        """Poll the readiness path on fresh connections until `consecutive` 200s in a row."""
        assert self.proc is not None
        started = time.monotonic()
        streak = 0
        while time.monotonic() - started < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n"
                                   f"{self.log_tail()}")
            try:
                ok = httpx.get(self.url(self.ready_path), timeout=2.0).status_code == 200
            except httpx.HTTPError:
                ok = False
            streak = streak + 1 if ok else 0
            if streak >= consecutive:
                return time.monotonic() - started
            time.sleep(0.05 if ok else 0.2)
        raise RuntimeError(f"{self.name} not ready after {timeout:.0f} s:\n{self.log_tail()}")

    def workers(self) -> list[int]:
        """uvicorn's worker processes (spawned children), or the server itself with one worker."""
        assert self.proc is not None
        spawned = [k for k in _children(self.proc.pid) if "spawn_main" in _cmdline(k)]
        if spawned:
            self.known_workers = sorted(set(self.known_workers) | set(spawned))
        return spawned or [self.proc.pid]

    def rss(self) -> dict:
        assert self.proc is not None
        workers = self.workers()
        out = {"workers": [{"pid": p, "rss_mb": _mb(_status_kb(p, "VmRSS")),
                            "peak_rss_mb": _mb(_status_kb(p, "VmHWM"))} for p in workers]}
        if workers != [self.proc.pid]:
            out["supervisor_rss_mb"] = _mb(_status_kb(self.proc.pid, "VmRSS"))
        return out

    def stop(self) -> None:
        if self.proc is None:
            return
        workers = set(self.known_workers) | set(_children(self.proc.pid))
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        for pid in workers:  # only processes this server spawned, by pid
            if _cmdline(pid) and "spawn_main" in _cmdline(pid):
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
        self.log.close()
        self.proc = None


def _mb(kb: int | None) -> float | None:
    return None if kb is None else round(kb / 1024, 1)


def server_env(extra: dict | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOVEREIGN_GUARD_")}
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra or {})
    return env
