"""Slow clients against a real `sovereign-guard serve`: are legitimate requests still served?

    python benchmarks/slowclients.py [--slow 1100] [--seconds 30] [--nofile 1024] [--unbounded]

Starts `serve` (one worker, the built-in `local/echo` vendor, a throw-away home) and, for
`--seconds`, keeps `--slow` slow connections open: half trickle their request headers (one
header line every `--interval` seconds, never the blank line), half send whole headers and
then trickle their body. A slow connection the sidecar closes reconnects at once, so the
attack never lets up. Meanwhile a legitimate caller sends one chat request every 0.1 s on a
fresh connection (10 s client timeout). `--nofile` runs `serve` under that open-files limit
(hard and soft, as in the issue's 1,024); `--unbounded` turns the header/body deadlines and
the connection cap off (huge values), which is how the sidecar behaved before.

Prints and writes benchmarks/results/slowclients[-unbounded].json: legitimate requests
answered 200 / failed (by cause), their p50/p99/max latency, and how many slow connections
the sidecar closed. A benchmark, not a test: figures depend on the (shared, noisy) machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
BODY = json.dumps({"model": "local/echo",
                   "messages": [{"role": "user", "content": "Hi, I am Jane Doe."}]}).encode()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(port: int, home: Path, nofile: int | None, unbounded: bool) -> subprocess.Popen:
    env = {**os.environ, "SOVEREIGN_GUARD_HOME": str(home), "OPENBLAS_NUM_THREADS": "1",
           "PYTHONPATH": str(ROOT)}
    if unbounded:
        env.update({"SOVEREIGN_GUARD_HEADER_TIMEOUT": "1e9", "SOVEREIGN_GUARD_BODY_TIMEOUT": "1e9",
                    "SOVEREIGN_GUARD_MAX_CONNECTIONS": "1000000"})

    def limit() -> None:
        if nofile:
            resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))

    return subprocess.Popen([sys.executable, "-m", "sovereign_guard", "serve", "--port",
                             str(port), "--log-level", "error"], env=env, preexec_fn=limit,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _wait_ready(url: str, proc: subprocess.Popen) -> None:
    end = time.monotonic() + 120
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise SystemExit("serve exited")
        try:
            if httpx.get(url + "/readyz").status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("serve never became ready")


class Attack:
    def __init__(self, port: int, interval: float):
        self.port, self.interval = port, interval
        self.open = self.closed_by_server = self.refused = 0
        self.peak = 0

    async def one(self, body: bool, stop: float) -> None:
        while time.monotonic() < stop:
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
            except OSError:
                self.refused += 1
                await asyncio.sleep(self.interval)
                continue
            self.open += 1
            self.peak = max(self.peak, self.open)
            try:
                head = b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                if body:
                    head += (b"Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
                writer.write(head)
                while time.monotonic() < stop:
                    await writer.drain()
                    try:  # a byte from the server (an answer) or EOF: it gave up on us
                        if await asyncio.wait_for(reader.read(1024), self.interval) is not None:
                            self.closed_by_server += 1
                            break
                    except TimeoutError:
                        writer.write(b" " if body else b"X-Slow: 1\r\n")
            except (OSError, ConnectionError):
                self.closed_by_server += 1
            finally:
                self.open -= 1
                writer.close()


async def _legit(url: str, stop: float) -> dict:
    latencies: list[float] = []
    failed: dict[str, int] = {}

    async def once() -> None:
        started = time.monotonic()
        try:
            async with httpx.AsyncClient(timeout=10) as client:
                r = await client.post(url + "/v1/chat/completions", content=BODY,
                                      headers={"content-type": "application/json"})
            if r.status_code == 200:
                latencies.append(time.monotonic() - started)
            else:
                failed[str(r.status_code)] = failed.get(str(r.status_code), 0) + 1
        except httpx.HTTPError as exc:
            failed[type(exc).__name__] = failed.get(type(exc).__name__, 0) + 1

    tasks = []
    while time.monotonic() < stop:
        tasks.append(asyncio.create_task(once()))
        await asyncio.sleep(0.1)
    await asyncio.gather(*tasks)
    ms = sorted(x * 1000 for x in latencies)
    q = (statistics.quantiles(ms, n=100, method="inclusive") if len(ms) >= 2
         else ms * 99 or [0.0] * 99)
    return {"sent": len(tasks), "ok": len(ms), "failed": failed,
            "p50_ms": round(q[49], 1), "p99_ms": round(q[98], 1),
            "max_ms": round(max(ms), 1) if ms else None}


async def _run(port: int, args: argparse.Namespace) -> dict:
    url = f"http://127.0.0.1:{port}"
    attack = Attack(port, args.interval)
    stop = time.monotonic() + args.seconds
    slow = [asyncio.create_task(attack.one(i % 2 == 1, stop)) for i in range(args.slow)]
    await asyncio.sleep(min(5.0, args.seconds / 3))  # let the slow connections pile up first
    legit = await _legit(url, stop)
    await asyncio.gather(*slow)
    return {"legitimate": legit, "slow": {"connections": args.slow, "peak_open": attack.peak,
                                          "closed_by_server": attack.closed_by_server,
                                          "connect_failures": attack.refused}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--slow", type=int, default=1100)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--interval", type=float, default=2.0)
    parser.add_argument("--nofile", type=int, default=None)
    parser.add_argument("--unbounded", action="store_true")
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # this process holds them all
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="sg-slow-") as home:
        proc = _start(port, Path(home), args.nofile, args.unbounded)
        try:
            _wait_ready(f"http://127.0.0.1:{port}", proc)
            result = asyncio.run(_run(port, args))
        finally:
            proc.terminate()
            proc.wait(30)
    result["setup"] = {"slow": args.slow, "seconds": args.seconds, "interval": args.interval,
                       "nofile": args.nofile, "unbounded": args.unbounded,
                       "command": " ".join(["python", "benchmarks/slowclients.py", *sys.argv[1:]])}
    print(json.dumps(result, indent=2))
    name = "slowclients" + (f"-nofile{args.nofile}" if args.nofile else "") + \
        ("-unbounded" if args.unbounded else "") + ".json"
    out = ROOT / "benchmarks" / "results" / name
    out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
