"""The audit appends made after a request left run off the event loop (issue 17 item 2): a
stream's response record and a failover's record fsync like the request record, and the
sidecar hands them to its writer thread (server/overload.py `Offload.record`), as it hands
detection to its detection threads. Each append is held here on an event, so "slow" is a
state, not a duration: while one is held the worker still answers /healthz, and once it is
let go every request has exactly one request and one response record, in order."""

from __future__ import annotations

import threading

import httpx
import pytest
from fakevendor import ServerThread
from test_failover import EMAIL, _pipeline, _records

from sovereign_guard.server import create_app

WAIT = 60.0  # seconds any single step may take on a loaded machine; never reached when right
ALIVE = 15.0  # /healthz while an append is held: on a blocked loop it never answers


class HeldAppends:
    """Holds the audit appends of some kinds until opened; tells when one has entered."""

    def __init__(self, audit, kinds: set[str]) -> None:
        self.audit, self.kinds, self.real = audit, kinds, audit.append
        self.entered, self.open = threading.Event(), threading.Event()
        self.threads: list[str] = []

    def append(self, event):
        if event.kind in self.kinds:
            self.threads.append(threading.current_thread().name)
            self.entered.set()
            assert self.open.wait(WAIT), "the test never let the append go"
        return self.real(event)

    def __enter__(self) -> HeldAppends:
        self.audit.append = self.append
        return self

    def __exit__(self, *exc) -> None:
        self.open.set()
        del self.audit.append  # the writer's own method again


@pytest.fixture(scope="module")
def sidecar(vendor, tmp_path_factory):
    pipe = _pipeline(tmp_path_factory.mktemp("records"), vendor)
    app = create_app(lambda: pipe.for_door("sidecar"), load_in_background=False)
    with ServerThread(app) as server:
        yield pipe, f"http://127.0.0.1:{server.port}"


def _in_thread(fn) -> tuple[threading.Thread, list]:
    out: list = []
    t = threading.Thread(target=lambda: out.append(fn()), daemon=True)
    t.start()
    return t, out


def _chat(model: str, **extra) -> dict:
    return {"model": model, "messages": [{"role": "user", "content": f"mail {EMAIL}"}], **extra}


def test_a_streams_response_record_is_written_off_the_event_loop(sidecar, vendor):
    pipe, url = sidecar
    vendor.clear()

    def stream() -> tuple[httpx.Response, str]:
        with httpx.stream("POST", url + "/v1/chat/completions", timeout=WAIT,
                          json=_chat("fake/primary", stream=True)) as r:
            return r, r.read().decode()

    with HeldAppends(pipe.audit, {"response"}) as held:
        t, out = _in_thread(stream)
        assert held.entered.wait(WAIT)  # the stream's end is being recorded, and stays so
        assert httpx.get(url + "/healthz", timeout=ALIVE).status_code == 200
        assert not held.open.is_set()
        held.open.set()
        t.join(WAIT)
    (r, body), = out
    assert r.status_code == 200 and EMAIL in body and "[DONE]" in body
    assert held.threads == ["sg-audit_0"]
    records = _records(pipe, r)
    assert [e["kind"] for e in records] == ["request", "response"]
    assert records[1]["status"] == 200 and records[1]["details"]["bytes"] > 0


def test_a_failover_record_is_written_off_the_event_loop(sidecar, vendor):
    pipe, url = sidecar
    vendor.clear()
    with HeldAppends(pipe.audit, {"failover"}) as held:
        t, out = _in_thread(lambda: httpx.post(url + "/v1/chat/completions", timeout=WAIT,
                                               json=_chat("dead/gpt")))
        assert held.entered.wait(WAIT)  # refused by dead/gpt; the re-send is being recorded
        assert httpx.get(url + "/healthz", timeout=ALIVE).status_code == 200
        assert not vendor.requests  # nothing re-sent before its record is written
        held.open.set()
        t.join(WAIT)
    (r,) = out
    assert r.status_code == 200 and EMAIL in r.json()["choices"][0]["message"]["content"]
    records = _records(pipe, r)
    assert [e["kind"] for e in records] == ["request", "failover", "response"]
    assert [a["outcome"] for a in records[-1]["attempts"]] == ["connect", "ok"]


def test_concurrent_streams_each_get_one_request_and_one_response_record(sidecar, vendor):
    pipe, url = sidecar
    vendor.clear()

    def stream() -> httpx.Response:
        with httpx.stream("POST", url + "/v1/chat/completions", timeout=WAIT,
                          json=_chat("fake/primary", stream=True)) as r:
            r.read()
            return r

    threads = [_in_thread(stream) for _ in range(6)]
    for t, _ in threads:
        t.join(WAIT)
    answers = [out[0] for _, out in threads]
    assert all(r.status_code == 200 for r in answers)
    for r in answers:
        assert [e["kind"] for e in _records(pipe, r)] == ["request", "response"]
