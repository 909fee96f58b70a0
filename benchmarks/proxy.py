"""What the sidecar adds to an LLM call: direct vs bare passthrough vs sidecar, same run.

    python benchmarks/proxy.py [--quick] [--repeats N] [--workers 1,2] [--concurrency 1,16,64]

Four servers, each in its own process, all on 127.0.0.1: the fake vendor
(benchmarks/fake_vendor.py, one uvicorn worker, echoes the prompt back), the bare passthrough
floor (benchmarks/passthrough.py: FastAPI + one shared httpx.AsyncClient, no guard), the
sidecar (`sovereign-guard serve`, default policy, a model card pointing at the fake vendor)
and, at concurrency 1 only, the "cpu-floor": the passthrough burning as much CPU per request
as the sidecar's detection takes, which shows what any CPU-heavy step costs the rest of the
path on this machine (cold caches, an idle vendor process waking up).
This process is the load generator only: a minimal HTTP/1.1 keep-alive client on asyncio
(uvloop when installed), one connection per concurrent user, closed loop (each user sends
its next request as soon as its previous answer is complete).

Every request carries a ~1 KB English chat prompt full of PII (benchmarks/common.ENGLISH)
made unique by a request number, so the sidecar's per-text analysis cache never hits: every
figure is a cold detection. Answers are checked: the sidecar must restore every placeholder
(the echo must equal the prompt) and every decision header is counted (a `block` would mean
the figure measured a refusal, not a forward).

For each worker count (the passthrough and the sidecar run with the same count) and each
round, the three paths are measured back to back at each concurrency (order rotated per
round), then streams at concurrency 1. Per round: p50/p95/p99 latency, requests/s, server
CPU per request. Added latency = path percentile - direct percentile of the SAME round and
concurrency (a difference of percentiles, not a percentile of differences: the two
distributions are measured separately). Reported figures are medians over the rounds.
"Added minus detection" subtracts the sidecar's mean detection time from the added MEAN
latency (means add up, percentiles do not); the floor is the passthrough's added mean. Each
block also records how much CPU other processes on the machine used meanwhile ("other cpu",
in cores), so a noisy neighbour shows in the figures.
Detection time comes from the sidecar's own /metrics (histogram
sovereign_guard_detection_ms, difference of two scrapes around the block; with several
workers `serve` pools their counters, so a scrape covers them all). RSS per sidecar worker is
read from /proc after the load. Writes benchmarks/results/proxy.json (--quick:
proxy-quick.json, so a smoke run never overwrites the reference figures). About 4-5 minutes;
--quick about 1 to 1.5.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import orjson
from common import ENGLISH, REPO, pct, prompt_of, table, write

HERE = Path(__file__).resolve().parent
PY = sys.executable
SIDECAR_BIN = Path(PY).with_name("sovereign-guard")
PATHS = ("direct", "passthrough", "cpu-floor", "sidecar")
MODEL = "bench/gpt"
CARD = """\
id: bench/gpt
aliases: []
vendor: Bench
description: The proxy benchmark's fake vendor on loopback.
api: openai
base_url: http://127.0.0.1:{port}/v1
contract:
  trains_on_customer_data: false
  uses_data_for_ads: false
  retention_days: 0
  regions: [US]
  dpa_signed: true
  contract_expires: 2099-01-01
  max_classification: confidential
controls: {{body: {{store: false}}, body_routes: [chat/completions, responses], headers: {{}}}}
"""
REQUEST_TIMEOUT = 30.0
TARGETS = {  # from issue 8
    "added_p50_ms": 15.0, "added_p99_ms": 30.0, "floor_slack_ms": 1.0, "rps_2_workers": 150.0,
    "ttft_added_ms": 5.0, "rss_mb_per_worker": 400.0,
}


# -- processes ------------------------------------------------------------------------------

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


def _env(extra: dict | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOVEREIGN_GUARD_")}
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra or {})
    return env


# -- the load generator: a minimal HTTP/1.1 keep-alive client --------------------------------

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

    async def open(self) -> Conn:
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port,
                                                                 limit=1 << 22)
        sock = self.writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return self

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None

    async def exchange(self, request: bytes, stream: bool) -> Answer:
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
    wall: float = 0.0


async def run_block(port: int, prompts: Prompts, n: int, concurrency: int, *, stream: bool,
                    warmup: int, time_limit: float, on_measure=None,
                    ramp_ms: float = 5.0) -> Block:
    """`n` requests over `concurrency` keep-alive connections (closed loop), after `warmup`
    requests; `on_measure()` runs between the two (counters are read there)."""
    conns = [Conn(port) for _ in range(concurrency)]
    block = Block()

    async def one(conn: Conn, record: bool) -> None:
        prompt = prompts.next()
        body = {"model": MODEL, "messages": [{"role": "user", "content": prompt}],
                "max_tokens": 256}
        if stream:
            body["stream"] = True
        raw = request_bytes(port, orjson.dumps(body))
        t0 = time.perf_counter()
        try:
            ans = await asyncio.wait_for(conn.exchange(raw, stream), REQUEST_TIMEOUT)
        except (OSError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                ValueError) as exc:
            conn.close()
            if record:
                block.errors[type(exc).__name__] += 1
            return
        if not record:
            return
        block.statuses[ans.status] += 1
        decision = ans.headers.get("x-sovereign-guard-decision")
        if decision:
            block.decisions[decision] += 1
        if ans.status != 200:
            if len(block.samples) < 3:
                block.samples.append({"status": ans.status, "headers": ans.headers,
                                      "body": ans.body[:600].decode(errors="replace")})
            return
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

    remaining = [0]
    deadline = [0.0]

    async def user(conn: Conn, record: bool) -> None:
        while remaining[0] > 0 and time.perf_counter() < deadline[0]:
            remaining[0] -= 1
            await one(conn, record)

    async def ramp(i: int, conn: Conn) -> None:
        # Connections are opened one by one, each warmed at once, `ramp_ms` apart: with several
        # uvicorn workers sharing one listening socket, a burst of connects is accepted by
        # whichever worker wakes first, while a ramp lets a busy worker's peer take the next.
        await asyncio.sleep(i * ramp_ms / 1000)
        await conn.open()
        for _ in range(per_conn):
            await one(conn, False)

    per_conn = max(1, -(-warmup // concurrency))
    await asyncio.wait_for(asyncio.gather(*(ramp(i, c) for i, c in enumerate(conns))),
                           time_limit + concurrency * ramp_ms / 1000)
    if on_measure is not None:
        on_measure()
    remaining[0], deadline[0] = n, time.perf_counter() + time_limit
    started = time.perf_counter()
    await asyncio.gather(*(user(c, True) for c in conns))
    block.wall = time.perf_counter() - started
    for c in conns:
        c.close()
    return block


# -- the sidecar's own metrics -----------------------------------------------------------------

_METRIC = re.compile(
    r'^sovereign_guard_(detection|upstream)_ms_(bucket|sum|count)\{([^}]*)\} (\S+)$')


def scrape(server: Server) -> dict:
    """Histograms for chat/completions: {name: {"buckets": {le: n}, "sum": s, "count": n}}."""
    text = httpx.get(server.url("/metrics"), timeout=5.0).text
    out: dict = {}
    for line in text.splitlines():
        m = _METRIC.match(line)
        if not m or 'route="chat/completions"' not in m.group(3):
            continue
        h = out.setdefault(m.group(1), {"buckets": {}, "sum": 0.0, "count": 0.0})
        if m.group(2) == "bucket":
            le = re.search(r'le="([^"]+)"', m.group(3)).group(1)
            h["buckets"][float(le)] = float(m.group(4))
        else:
            h[m.group(2)] = float(m.group(4))
    return out


def histogram_delta(before: dict, after: dict, name: str) -> dict | None:
    a, b = after.get(name), before.get(name, {"buckets": {}, "sum": 0.0, "count": 0.0})
    if not a or a["count"] - b["count"] <= 0:
        return None
    count = a["count"] - b["count"]
    buckets = sorted((le, n - b["buckets"].get(le, 0.0)) for le, n in a["buckets"].items())

    def quantile(q: float) -> float:  # linear within the bucket, as Prometheus does
        rank, lower, below = q * count, 0.0, 0.0
        for le, n in buckets:
            if n >= rank:
                if le == float("inf"):
                    return lower
                return lower + (le - lower) * ((rank - below) / max(n - below, 1e-9))
            lower, below = le, n
        return lower

    return {"count": int(count), "mean_ms": round((a["sum"] - b["sum"]) / count, 3),
            "p50_ms_est": round(quantile(0.5), 2), "p95_ms_est": round(quantile(0.95), 2)}


# -- orchestration -----------------------------------------------------------------------------

def stats(block: Block, server_cpu: float | None, client_cpu: float, stream: bool) -> dict:
    lat, n = block.latencies, len(block.latencies)
    out = {"n": n, "errors": sum(block.errors.values()), "error_kinds": dict(block.errors),
           "statuses": {str(k): v for k, v in block.statuses.items()},
           "content_mismatches": block.mismatches, "wall_s": round(block.wall, 3)}
    if n:
        out.update({"p50_ms": round(statistics.median(lat), 3), "p95_ms": round(pct(lat, 95), 3),
                    "p99_ms": round(pct(lat, 99), 3), "mean_ms": round(statistics.fmean(lat), 3),
                    "rps": round(n / block.wall, 1) if block.wall else None})
    if stream and block.ttft:
        out.update({"ttft_p50_ms": round(statistics.median(block.ttft), 3),
                    "ttft_p95_ms": round(pct(block.ttft, 95), 3),
                    "ttft_p99_ms": round(pct(block.ttft, 99), 3)})
    if block.decisions:
        out["decisions"] = dict(block.decisions)
    if block.samples:
        out["failed_samples"] = block.samples
    if server_cpu is not None and n:
        out["server_cpu_ms_per_req"] = round(server_cpu * 1000 / n, 3)
    if n:
        out["client_cpu_ms_per_req"] = round(client_cpu * 1000 / n, 3)
    return out


def med(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return round(statistics.median(values), 3) if values else None


def start_servers(workers: int, vendor_port: int, tmp: Path, with_sidecar: bool) -> dict:
    servers = {}
    pt_port = free_port()
    servers["passthrough"] = Server(
        f"passthrough-w{workers}",
        [PY, str(HERE / "passthrough.py"), "--port", str(pt_port), "--upstream",
         f"http://127.0.0.1:{vendor_port}/v1", "--workers", str(workers)],
        pt_port, _env(), tmp).start()
    if with_sidecar:
        sc_port = free_port()
        home = tmp / f"home-w{workers}"
        home.mkdir()
        servers["sidecar"] = Server(
            f"sidecar-w{workers}",
            [str(SIDECAR_BIN), "serve", "--host", "127.0.0.1", "--port", str(sc_port),
             "--models", str(tmp / "models"), "--audit-dir", str(home / "audit"),
             "--keys", str(home / "audit-keys.json"), "--workers", str(workers)],
            sc_port,
            _env({"SOVEREIGN_GUARD_HOME": str(home),
                  "SOVEREIGN_GUARD_TENANT_KEY": secrets.token_hex(32)}),
            tmp, ready_path="/readyz").start()
    return servers


def run(args: argparse.Namespace) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="sg-bench-proxy-"))
    prompts = Prompts(args.size)
    vendor_port = free_port()
    vendor = Server("vendor", [PY, str(HERE / "fake_vendor.py"), "--port", str(vendor_port),
                               "--chunks", str(args.chunks), "--chunk-delay-ms",
                               str(args.chunk_delay_ms)], vendor_port, _env(), tmp)
    (tmp / "models").mkdir()
    (tmp / "models" / "bench.yaml").write_text(CARD.format(port=vendor_port))
    shutil.copy(REPO / "models" / "local-echo.yaml", tmp / "models" / "local-echo.yaml")
    busy0 = machine_cpu()[0]
    time.sleep(1.0)
    idle_busy = round(machine_cpu()[0] - busy0, 2)
    result: dict = {"per_workers": {}, "logs": str(tmp), "busy_cores_before_start": idle_busy}
    if idle_busy > 0.3:
        print(f"warning: the machine is already busy ({idle_busy} cores) before the benchmark",
              flush=True)
    started_all = time.monotonic()
    vendor.start()
    try:
        vendor.wait_ready(30)
        for workers in args.workers:
            servers = start_servers(workers, vendor_port, tmp, not args.skip_sidecar)
            try:
                result["per_workers"][str(workers)] = run_workers(args, workers, vendor,
                                                                  servers, prompts)
            finally:
                for s in servers.values():
                    s.stop()
    finally:
        vendor.stop()
    result["elapsed_s"] = round(time.monotonic() - started_all, 1)
    if not args.keep_logs:
        shutil.rmtree(tmp, ignore_errors=True)
        result.pop("logs")
    return result


def run_workers(args, workers: int, vendor: Server, servers: dict, prompts: Prompts) -> dict:
    t = time.monotonic()
    servers["passthrough"].wait_ready(60)
    ready = {"passthrough_s": round(time.monotonic() - t, 2)}
    if "sidecar" in servers:
        t = time.monotonic()
        ready["sidecar_s"] = round(servers["sidecar"].wait_ready(180, consecutive=4 * workers), 2)
        settle(servers["sidecar"], workers)
    if "sidecar" in servers and not args.skip_cpu_floor:
        start_cpu_floor(args, servers, vendor, workers, prompts)
    print(f"\n== {workers} worker(s): ready {ready}", flush=True)
    ports = {"direct": vendor.port, **{k: s.port for k, s in servers.items()}}
    paths = [p for p in PATHS if p in ports]
    rounds: dict = {f"c{c}": {p: [] for p in paths if p != "cpu-floor" or c == 1}
                    for c in args.concurrency}
    rounds["stream_c1"] = {p: [] for p in paths if p != "cpu-floor"}
    for r in range(args.repeats):
        order = paths[r % len(paths):] + paths[: r % len(paths)]
        cells = [(c, False) for c in args.concurrency] + [(1, True)]
        for c, stream in cells:
            key = "stream_c1" if stream else f"c{c}"
            n = args.streams if stream else (args.requests_c1 if c == 1 else args.requests)
            for path in order:
                if path not in rounds[key]:
                    continue
                server = vendor if path == "direct" else servers[path]
                pids = server.workers()
                ours = ([vendor.proc.pid] + [q for x in servers.values()
                                             for q in {x.proc.pid, *x.workers()}])
                before: dict = {}
                watch = path == "sidecar"

                def measuring(server=server, pids=pids, watch=watch, before=before,
                              ours=ours) -> None:
                    before["cpu"], before["client"] = cpu_seconds(pids), time.process_time()
                    before["ours"], before["machine"] = cpu_seconds(ours), machine_cpu()
                    if watch:
                        before["metrics"] = scrape(server)

                block = asyncio.run(run_block(
                    ports[path], prompts, n, c, stream=stream, warmup=max(c, 10),
                    time_limit=args.block_seconds, on_measure=measuring))
                cpu_after = cpu_seconds(pids)
                per_pid = [cpu_after[p] - before["cpu"].get(p, 0.0) for p in pids]
                cpu = sum(per_pid)
                s = stats(block, cpu, time.process_time() - before["client"], stream)
                if len(pids) > 1 and cpu > 0:
                    s["busiest_worker_cpu_share"] = round(max(per_pid) / cpu, 3)
                # Noise: CPU the rest of the machine used meanwhile (in cores), and steal.
                busy, steal = machine_cpu()
                mine = (sum(cpu_seconds(ours).values()) - sum(before["ours"].values())
                        + time.process_time() - before["client"])
                if block.wall > 0:
                    s["foreign_cpu_cores"] = round(
                        max(0.0, busy - before["machine"][0] - mine) / block.wall, 3)
                    s["steal_cpu_cores"] = round((steal - before["machine"][1]) / block.wall, 3)
                rounds[key][path].append(s)
                if watch:
                    after = scrape(server)
                    s["sidecar_detection"] = histogram_delta(before["metrics"], after, "detection")
                    s["sidecar_upstream"] = histogram_delta(before["metrics"], after, "upstream")
                extra = f" ttft p50 {s.get('ttft_p50_ms')}" if stream else ""
                if "busiest_worker_cpu_share" in s:
                    extra += f" busiest worker {s['busiest_worker_cpu_share']:.0%} of cpu"
                bad = (f" ERRORS {s['errors']} {s['error_kinds']} statuses {s['statuses']}"
                       if s["errors"] or set(s["statuses"]) - {"200"} else "")
                bad += f" MISMATCH {s['content_mismatches']}" if s["content_mismatches"] else ""
                print(f"  round {r + 1} {key:9} {path:11} n={s['n']:4} p50 {s.get('p50_ms')} "
                      f"p99 {s.get('p99_ms')} rps {s.get('rps')}{extra}"
                      f"{' ' + str(s['decisions']) if 'decisions' in s else ''}{bad}", flush=True)
    out = {"ready": ready, "rounds": rounds, "summary": summarise(rounds, paths)}
    out["rss"] = {k: s.rss() for k, s in servers.items()}
    out["rss"]["vendor"] = vendor.rss()
    out["decisions"] = dict(sum((Counter(s.get("decisions", {})) for cell in rounds.values()
                                 for s in cell.get("sidecar", [])), Counter()))
    out["errors"] = {f"{key}/{p}": sum(s["errors"] for s in ss)
                     for key, cell in rounds.items() for p, ss in cell.items()}
    out["non_200"] = {f"{key}/{p}": sum(v for s in ss for k, v in s["statuses"].items()
                                        if k != "200")
                      for key, cell in rounds.items() for p, ss in cell.items()}
    foreign = [s.get("foreign_cpu_cores", 0.0) for cell in rounds.values()
               for ss in cell.values() for s in ss]
    steal = [s.get("steal_cpu_cores", 0.0) for cell in rounds.values()
             for ss in cell.values() for s in ss]
    out["noise"] = {"median": med(foreign), "max": max(foreign, default=None),
                    "steal_max": max(steal, default=None)}
    out["content_mismatches"] = {f"{key}/{p}": sum(s["content_mismatches"] for s in ss)
                                 for key, cell in rounds.items() for p, ss in cell.items()}
    return out


def start_cpu_floor(args, servers: dict, vendor: Server, workers: int,
                    prompts: Prompts) -> None:
    """The passthrough again, burning as much CPU per request as the sidecar's detection
    takes (its mean, calibrated from /metrics on the first worker count, then reused)."""
    if args.cpu_floor_ms is None:
        before = scrape(servers["sidecar"])
        asyncio.run(run_block(servers["sidecar"].port, prompts, 60, 1, stream=False,
                              warmup=0, time_limit=30))
        delta = histogram_delta(before, scrape(servers["sidecar"]), "detection")
        if not delta or not delta.get("mean_ms"):
            return
        args.cpu_floor_ms = delta["mean_ms"]
    port = free_port()
    servers["cpu-floor"] = Server(
        f"cpu-floor-w{workers}",
        [PY, str(HERE / "passthrough.py"), "--port", str(port), "--upstream",
         f"http://127.0.0.1:{vendor.port}/v1", "--cpu-ms", str(args.cpu_floor_ms)],
        port, _env(), servers["sidecar"].log_path.parent).start()
    servers["cpu-floor"].wait_ready(60)


def settle(server: Server, workers: int, limit: float = 90.0) -> None:
    """With several workers /readyz answers from one of them: wait until a burst of real
    requests over fresh connections (spread over the workers) all gets 200."""
    prompts = Prompts(256)
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        block = asyncio.run(run_block(server.port, prompts, 8 * workers, 4 * workers,
                                      stream=False, warmup=0, time_limit=30))
        if block.statuses == Counter({200: 8 * workers}):
            return
        time.sleep(0.5)
    raise RuntimeError(f"sidecar never answered 200 to all of a burst:\n{server.log_tail()}")


def summarise(rounds: dict, paths: list[str]) -> dict:
    """Medians over rounds of each figure, and added latency per round (path - direct)."""
    out: dict = {}
    keys = ("p50_ms", "p95_ms", "p99_ms", "mean_ms", "rps", "server_cpu_ms_per_req",
            "client_cpu_ms_per_req", "ttft_p50_ms", "ttft_p95_ms", "ttft_p99_ms",
            "busiest_worker_cpu_share", "foreign_cpu_cores", "steal_cpu_cores")
    for cell, by_path in rounds.items():
        out[cell] = {}
        direct = by_path.get("direct", [])
        for path in paths:
            if path not in by_path:
                continue
            rs = by_path[path]
            s = {k: med([r.get(k) for r in rs]) for k in keys}
            s = {k: v for k, v in s.items() if v is not None}
            s["rounds"] = len(rs)
            if path != "direct" and direct:
                for k in ("p50_ms", "p95_ms", "p99_ms", "mean_ms", "ttft_p50_ms",
                          "ttft_p95_ms"):
                    diffs = [r[k] - d[k] for r, d in zip(rs, direct, strict=True)
                             if k in r and k in d]
                    if diffs:
                        s["added_" + k] = med(diffs)
                ratios = [r["p50_ms"] / d["p50_ms"] for r, d in zip(rs, direct, strict=True)
                          if "p50_ms" in r and d.get("p50_ms")]
                if ratios:
                    s["ratio_p50_to_direct"] = med(ratios)
            dets = [r["sidecar_detection"] for r in rs if r.get("sidecar_detection")]
            if dets:
                s["detection_mean_ms"] = med([d["mean_ms"] for d in dets])
                s["detection_p50_ms_est"] = med([d["p50_ms_est"] for d in dets])
                s["detection_p95_ms_est"] = med([d["p95_ms_est"] for d in dets])
                if direct:
                    minus = [r["mean_ms"] - d["mean_ms"] - r["sidecar_detection"]["mean_ms"]
                             for r, d in zip(rs, direct, strict=True)
                             if r.get("sidecar_detection") and "mean_ms" in r and "mean_ms" in d]
                    s["added_mean_minus_detection_ms"] = med(minus)
                    minus = [r["p50_ms"] - d["p50_ms"] - r["sidecar_detection"]["mean_ms"]
                             for r, d in zip(rs, direct, strict=True)
                             if r.get("sidecar_detection") and "p50_ms" in r and "p50_ms" in d]
                    s["added_p50_minus_detection_ms"] = med(minus)
                    minus = [r["ttft_p50_ms"] - d["ttft_p50_ms"] - r["sidecar_detection"]["mean_ms"]
                             for r, d in zip(rs, direct, strict=True)
                             if r.get("sidecar_detection") and "ttft_p50_ms" in r
                             and "ttft_p50_ms" in d]
                    if minus:
                        s["added_ttft_p50_minus_detection_ms"] = med(minus)
            ups = [r["sidecar_upstream"] for r in rs if r.get("sidecar_upstream")]
            if ups:
                s["upstream_incl_restore_mean_ms"] = med([u["mean_ms"] for u in ups])
            out[cell][path] = s
    return out


# -- report ------------------------------------------------------------------------------------

def targets(res: dict) -> list[dict]:
    per = res["per_workers"]
    rows = []

    def cell(workers: str, key: str, path: str) -> dict:
        return per.get(workers, {}).get("summary", {}).get(key, {}).get(path, {})

    sc1, pt1 = cell("1", "c1", "sidecar"), cell("1", "c1", "passthrough")

    def add(name, measured, target, ok, note=""):
        rows.append({"target": name, "measured": measured, "goal": target,
                     "met": None if measured is None else ok, "note": note})

    v = sc1.get("added_p50_ms")
    add("sidecar added p50, 1 KB, c=1, 1 worker", v, "<= 15 ms",
        v is not None and v <= TARGETS["added_p50_ms"])
    v = sc1.get("added_p99_ms")
    add("sidecar added p99, 1 KB, c=1, 1 worker", v, "<= 30 ms",
        v is not None and v <= TARGETS["added_p99_ms"])
    v, floor = sc1.get("added_mean_minus_detection_ms"), pt1.get("added_mean_ms")
    add("sidecar added latency minus detection vs passthrough floor + 1 ms (means, c=1)", v,
        f"<= {None if floor is None else round(floor + 1, 3)} ms (floor {floor} ms)",
        v is not None and floor is not None and v <= floor + TARGETS["floor_slack_ms"],
        "means, since means add up and percentiles do not; p50-based: "
        f"{sc1.get('added_p50_minus_detection_ms')} vs floor p50 {pt1.get('added_p50_ms')}")
    cf1 = cell("1", "c1", "cpu-floor")
    v, burn = sc1.get("added_mean_minus_detection_ms"), res.get("cpu_floor_ms")
    floor = (None if cf1.get("added_mean_ms") is None or burn is None
             else round(cf1["added_mean_ms"] - burn, 3))
    add("  same, vs a passthrough burning the detection's CPU first (informative)", v,
        f"<= {None if floor is None else round(floor + 1, 3)} ms (floor {floor} ms)",
        v is not None and floor is not None and v <= floor + TARGETS["floor_slack_ms"],
        f"cpu-floor burns {burn} ms per request: what a CPU-heavy step costs the rest of the "
        "path on this machine (caches, an idle upstream waking up)")
    best, where = None, None
    for key in ("c16", "c64"):
        rps = cell("2", key, "sidecar").get("rps")
        if rps is not None and (best is None or rps > best):
            best, where = rps, key
    cpu_ms = cell("2", where, "sidecar").get("server_cpu_ms_per_req") if where else None
    ceiling = (round(min(2, os.cpu_count() or 2) * 1000 / cpu_ms, 1) if cpu_ms else None)
    add("sidecar throughput, 1 KB, 2 workers", best, ">= 150 req/s",
        best is not None and best >= TARGETS["rps_2_workers"],
        f"best of c16/c64 ({where}); CPU-bound ceiling {ceiling} req/s = 2 cores / "
        f"{cpu_ms} ms sidecar CPU per request")
    st = cell("1", "stream_c1", "sidecar")
    v = st.get("added_ttft_p50_ms")
    add("stream time-to-first-token added (p50, c=1, 1 worker)", v, "<= 5 ms",
        v is not None and v <= TARGETS["ttft_added_ms"],
        "includes the prompt's detection, which must finish before the request leaves")
    v = st.get("added_ttft_p50_minus_detection_ms")
    add("  same, minus the sidecar's detection time (informative)", v, "<= 5 ms",
        v is not None and v <= TARGETS["ttft_added_ms"],
        "streaming restoration and forwarding cost only")
    rss = [w["rss_mb"] for p in per.values() for w in p.get("rss", {}).get("sidecar", {})
           .get("workers", []) if w.get("rss_mb") is not None]
    v = max(rss) if rss else None
    add("sidecar RSS per worker (max over workers, after load)", v, "<= 400 MB",
        v is not None and v <= TARGETS["rss_mb_per_worker"])
    return rows


def report(res: dict) -> str:
    out = []
    rows = []
    for workers, per in res["per_workers"].items():
        for key, by_path in per["summary"].items():
            if key.startswith("stream"):
                continue
            for path, s in by_path.items():
                rows.append([workers, key.removeprefix("c"), path, s.get("p50_ms"),
                             s.get("p95_ms"), s.get("p99_ms"), s.get("added_p50_ms", "-"),
                             s.get("added_p95_ms", "-"), s.get("added_p99_ms", "-"),
                             s.get("ratio_p50_to_direct", "-"), s.get("rps"),
                             s.get("server_cpu_ms_per_req", "-"),
                             s.get("busiest_worker_cpu_share", "-"),
                             s.get("detection_mean_ms", "-"), s.get("foreign_cpu_cores")])
    out.append(table(rows, ["workers", "conc", "path", "p50 ms", "p95 ms", "p99 ms",
                            "+p50 ms", "+p95 ms", "+p99 ms", "x direct", "req/s",
                            "srv cpu ms/req", "top worker cpu", "detect ms",
                            "other cpu"]))
    rows = []
    for workers, per in res["per_workers"].items():
        for path, s in per["summary"].get("stream_c1", {}).items():
            rows.append([workers, path, s.get("ttft_p50_ms"), s.get("ttft_p95_ms"),
                         s.get("added_ttft_p50_ms", "-"), s.get("added_ttft_p95_ms", "-"),
                         s.get("detection_mean_ms", "-"),
                         s.get("added_ttft_p50_minus_detection_ms", "-"),
                         s.get("p50_ms"), s.get("added_p50_ms", "-")])
    out.append("\nstreams, concurrency 1 (ttft: request sent -> first non-empty content chunk):")
    out.append(table(rows, ["workers", "path", "ttft p50", "ttft p95", "+ttft p50",
                            "+ttft p95", "detect ms", "+ttft p50 - detect", "total p50",
                            "+total p50"]))
    rows = []
    for workers, per in res["per_workers"].items():
        for name, r in per["rss"].items():
            for w in r["workers"]:
                rows.append([workers, name, w["pid"], w["rss_mb"], w["peak_rss_mb"]])
    out.append("\nmemory after load:")
    out.append(table(rows, ["workers", "server", "pid", "RSS MB", "peak RSS MB"]))
    for workers, per in res["per_workers"].items():
        out.append(f"\n{workers} worker(s): sidecar decisions {per['decisions']}; "
                   f"non-200 {sum(per['non_200'].values())}; transport errors "
                   f"{sum(per['errors'].values())}; answers not matching the prompt "
                   f"{ {k: v for k, v in per['content_mismatches'].items() if v} or 0}; "
                   f"other processes' CPU during the blocks: median {per['noise']['median']} "
                   f"max {per['noise']['max']} cores (steal max {per['noise']['steal_max']})")
    out.append("\ntargets (issue 8):")
    out.append(table([[t["target"], t["measured"], t["goal"],
                       {True: "met", False: "NOT MET", None: "n/a"}[t["met"]], t["note"]]
                      for t in res["targets"]], ["target", "measured", "goal", "status", "note"]))
    return "\n".join(out)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="about a minute: fewer requests and rounds")
    p.add_argument("--repeats", type=int, help="rounds per worker count (default 3, quick 2)")
    p.add_argument("--workers", default="1,2", help="worker counts (default 1,2)")
    p.add_argument("--concurrency", default="1,16,64", help="concurrency levels (default 1,16,64)")
    p.add_argument("--requests-c1", type=int, help="requests per block at c=1 (default 300)")
    p.add_argument("--requests", type=int, help="requests per block at c>1 (default 400)")
    p.add_argument("--streams", type=int, help="streams per block (default 100)")
    p.add_argument("--size", type=int, default=1024, help="prompt size in characters (1024)")
    p.add_argument("--chunks", type=int, default=16, help="content chunks per stream (16)")
    p.add_argument("--chunk-delay-ms", type=float, default=1.0,
                   help="vendor delay between stream chunks (1 ms)")
    p.add_argument("--block-seconds", type=float, default=40.0,
                   help="time limit of one measured block (40 s)")
    p.add_argument("--skip-sidecar", action="store_true", help="direct and passthrough only")
    p.add_argument("--keep-logs", action="store_true", help="keep the servers' logs and audit")
    p.add_argument("--cpu-floor-ms", type=float,
                   help="CPU the cpu-floor passthrough burns per request (default: the "
                        "sidecar's mean detection time, calibrated on the first worker count)")
    p.add_argument("--skip-cpu-floor", action="store_true", help="no cpu-floor passthrough")
    args = p.parse_args()
    quick = args.quick
    args.repeats = args.repeats or (2 if quick else 3)
    args.requests_c1 = args.requests_c1 or (100 if quick else 300)
    args.requests = args.requests or (120 if quick else 400)
    args.streams = args.streams or (30 if quick else 100)
    args.workers = [int(x) for x in args.workers.split(",")]
    args.concurrency = [int(x) for x in args.concurrency.split(",")]
    try:
        import uvloop

        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
        loop = "uvloop"
    except ImportError:
        loop = "asyncio"
    res = run(args)
    res["cpu_floor_ms"] = args.cpu_floor_ms
    res["targets"] = targets(res)
    text = report(res)
    print("\n" + text)
    data = {"command": "python benchmarks/proxy.py" + "".join(" " + a for a in sys.argv[1:]),
            "settings": {"quick": quick, "repeats": args.repeats, "workers": args.workers,
                         "concurrency": args.concurrency, "requests_c1": args.requests_c1,
                         "requests": args.requests, "streams": args.streams,
                         "prompt_chars": len(Prompts(args.size).next()),
                         "stream_chunks": args.chunks, "chunk_delay_ms": args.chunk_delay_ms,
                         "client_loop": loop, "sidecar": not args.skip_sidecar},
            "method": {
                "added_latency": "per round and concurrency: percentile of the path minus the "
                                 "same percentile of direct-to-vendor, measured back to back in "
                                 "the same round; the median over rounds is reported",
                "added_minus_detection": "sidecar added MEAN latency minus the mean of "
                                         "sovereign_guard_detection_ms over the same measured "
                                         "requests (/metrics scraped after warm-up and after "
                                         "the block; 1 worker only), compared with the "
                                         "passthrough's added mean + 1 ms; the p50-based "
                                         "variant is also given",
                "throughput": "closed loop, c keep-alive connections, n requests / wall time",
                "ttft": "request sent -> first SSE event with non-empty delta.content",
                "rss": "VmRSS of each uvicorn worker process from /proc after the load",
                "prompts": "unique per request (request number prefix): no analysis cache hit",
            },
            **res, "table": text}
    print(f"\nwrote {write('proxy-quick' if quick else 'proxy', data)}")


if __name__ == "__main__":
    main()
