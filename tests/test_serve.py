"""`sovereign-guard serve --workers 2` as a real process: one /metrics view of all workers."""

from __future__ import annotations

import re
import signal
import time
from pathlib import Path

import httpx
from fakevendor import free_port, serve_workers

_COUNT = re.compile(r"^sovereign_guard_requests_total\{[^}]*\} ([0-9.e+]+)$", re.M)


def _requests_total(url: str) -> float:
    # A fresh connection per scrape, so the answering worker varies.
    with httpx.Client() as client:
        text = client.get(url + "/metrics", headers={"connection": "close"}).text
    return sum(float(v) for v in _COUNT.findall(text))


def _logs_with_records(audit: Path) -> int:
    return sum(1 for log in audit.iterdir()
               if log.is_dir() and any(f.stat().st_size for f in log.glob("seg-*.jsonl")))


def test_metrics_add_up_over_workers(tmp_path):
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("wb") as stderr:
        proc = serve_workers(tmp_path, port, stderr=stderr, log_level="info")
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240  # two workers loading spaCy on a busy machine
        # Both workers said they are ready (the kernel picks the worker of each connection,
        # so any number of 200s in a row could all have been the first one's).
        while log.read_text().count('"event":"ready"') < 2 \
                or httpx.get(url + "/readyz").status_code != 200:
            assert proc.poll() is None, log.read_text()[-2000:]
            assert time.monotonic() < deadline, "sidecar never became ready"
            time.sleep(0.1)
        body = {"model": "local/echo", "messages": [{"role": "user", "content": "hi"}]}
        sent = 0
        audit = tmp_path / "home" / "audit"
        while sent < 10 or _logs_with_records(audit) < 2:  # until both workers have served
            assert sent < 300, "every request went to one worker"
            r = httpx.post(url + "/v1/chat/completions", json=body,
                           headers={"connection": "close"})
            assert r.status_code == 200, r.text
            sent += 1
        assert [_requests_total(url) for _ in range(6)] == [sent] * 6
        (metrics_dir,) = tmp_path.glob("sovereign-guard-metrics-*")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert not metrics_dir.exists()  # removed when the sidecar stops
