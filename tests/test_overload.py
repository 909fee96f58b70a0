"""Overload control (issue 17 item 2): detection runs off the event loop in a bounded
executor (server/overload.py), and a worker with as many requests waiting for it as it may
answers 503 with Retry-After in the caller's shape instead of queueing without bound.

Detection is made to wait on an event here, so "slow" is a state, not a duration: while a
request is stuck in detection the worker still answers /healthz, and a request beyond the
executor's capacity is refused at once."""

from __future__ import annotations

import asyncio
import re
import threading
import time

import httpx
import pytest
from conftest import pipeline_at, pipeline_events
from fakevendor import ServerThread

from sovereign_guard.server import create_app
from sovereign_guard.server.overload import Offload, Saturated

WAIT = 60.0  # seconds any single step may take on a loaded machine; never reached when right
CHAT = {"model": "local/echo", "messages": [{"role": "user", "content": "Hello from Ada"}]}
ANTHROPIC = {"model": "local/echo", "max_tokens": 16,
             "messages": [{"role": "user", "content": "Hello"}]}


class Gate:
    """Holds every detection until opened; tells when one has entered."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.open = threading.Event()

    def wrap(self, prepare):
        def held(*args, **kwargs):
            self.entered.set()
            assert self.open.wait(WAIT), "the test never opened the gate"
            return prepare(*args, **kwargs)
        return held


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    pipe = pipeline_at(tmp_path_factory, [])
    gate = Gate()
    real = pipe.prepare
    pipe.prepare = gate.wrap(real)
    offload = Offload(threads=1, max_waiting=1)
    app = create_app(lambda: pipe, load_in_background=False, offload=offload)
    with ServerThread(app) as server:
        yield f"http://127.0.0.1:{server.port}", gate, offload, pipe
    gate.open.set()


def _overloaded(url: str) -> float:
    text = httpx.get(url + "/metrics", timeout=WAIT).text
    return sum(float(v) for v in re.findall(
        r'^sovereign_guard_refusals_total\{[^}]*code="overloaded"[^}]*\} (\S+)$', text, re.M))


def _gauge(url: str, name: str) -> float:
    text = httpx.get(url + "/metrics", timeout=WAIT).text
    return float(re.search(rf"^{name} (\S+)$", text, re.M).group(1))


def _post(url: str, path: str, body: dict, results: list, **headers: str) -> threading.Thread:
    def go() -> None:
        results.append(httpx.post(url + path, json=body, headers=headers, timeout=WAIT))
    t = threading.Thread(target=go, daemon=True)
    t.start()
    return t


def _until(condition, what: str) -> None:
    done = threading.Event()
    for _ in range(int(WAIT * 20)):
        if condition():
            return
        done.wait(0.05)
    raise AssertionError(f"never: {what}")


def test_a_saturated_worker_sheds_load_in_the_callers_shape_and_keeps_serving(served):
    url, gate, offload, pipe = served
    shed_before = _overloaded(url)
    depth, admitted = (_gauge(url, "sovereign_guard_detection_queue_depth"),
                       _gauge(url, "sovereign_guard_detection_admitted"))
    results: list[httpx.Response] = []
    first = _post(url, "/v1/chat/completions", CHAT, results)
    assert gate.entered.wait(WAIT)  # the first request is in detection, and stays there
    second = _post(url, "/v1/chat/completions", CHAT, results)
    _until(lambda: offload.admitted == offload.capacity, "the second request waits")
    held_from = time.perf_counter()  # the second request waits from before this...
    # One running, one waiting for the thread: both gauges say so.
    assert _gauge(url, "sovereign_guard_detection_queue_depth") == depth + 1
    assert _gauge(url, "sovereign_guard_detection_admitted") == admitted + 2

    # The event loop is free while detection runs: the worker answers at once.
    assert httpx.get(url + "/healthz", timeout=WAIT).status_code == 200
    assert not gate.open.is_set()

    r = httpx.post(url + "/v1/chat/completions", json=CHAT, timeout=WAIT)
    assert r.status_code == 503
    assert r.headers["retry-after"].isdigit() and 1 <= int(r.headers["retry-after"]) <= 30
    error = r.json()["error"]
    assert error["code"] == "overloaded" and error["type"] == "sovereign_guard_unavailable"
    assert "retry after" in error["message"]
    # A whole answer, and the caller is told the connection ends with it: it reconnects
    # when it comes back rather than reuse one the keep-alive may close under it.
    assert r.headers["connection"] == "close"

    r = httpx.post(url + "/v1/messages", json=ANTHROPIC, timeout=WAIT,
                   headers={"anthropic-version": "2023-06-01", "x-api-key": "k"})
    assert r.status_code == 503 and r.headers["retry-after"].isdigit()
    assert r.json()["type"] == "error"
    assert r.json()["error"]["type"] == "overloaded_error"
    assert _overloaded(url) == shed_before + 2  # counted

    held_ms = (time.perf_counter() - held_from) * 1000  # ...to after this, at least
    gate.open.set()  # the held requests go through, and their slots come back
    first.join(WAIT)
    second.join(WAIT)
    assert [x.status_code for x in results] == [200, 200]
    assert results[0].json()["choices"][0]["message"]["content"] == "Hello from Ada"
    _until(lambda: offload.admitted == 0, "every slot given back")
    assert _gauge(url, "sovereign_guard_detection_queue_depth") == depth
    assert _gauge(url, "sovereign_guard_detection_admitted") == admitted

    # The wait for a detection thread is in the records: the caller waited it too.
    for answer in results:
        rid = answer.headers["x-sovereign-guard-request-id"]
        _until(lambda rid=rid: len(pipeline_events(pipe, rid)) == 2, "both records")
        request, response = pipeline_events(pipe, rid)
        queue = request["latency_ms"]["queue"]
        assert queue >= 0 and response["latency_ms"]["queue"] == queue
        assert response["latency_ms"]["total"] >= queue + response["latency_ms"]["detect"]
        assert response["latency_ms"]["upstream"] >= 0
    # The second one waited for the first one's detection, which the test held.
    waited = max(pipeline_events(pipe, a.headers["x-sovereign-guard-request-id"])[0]
                 ["latency_ms"]["queue"] for a in results)
    assert waited >= held_ms
    assert _queue_observations(url) >= 2
    assert httpx.post(url + "/v1/chat/completions", json=CHAT, timeout=WAIT).status_code == 200


def _queue_observations(url: str) -> float:
    text = httpx.get(url + "/metrics", timeout=WAIT).text
    return float(re.search(r"^sovereign_guard_detection_queue_ms_count (\S+)$", text,
                           re.M).group(1))


def test_a_request_cancelled_while_waiting_gives_its_slot_back():
    offload = Offload(threads=1, max_waiting=1)
    started, release = threading.Event(), threading.Event()

    def held() -> str:
        started.set()
        release.wait(WAIT)
        return "done"

    async def scenario() -> None:
        running = asyncio.ensure_future(offload.run(held))
        await asyncio.get_running_loop().run_in_executor(None, started.wait, WAIT)
        waiting = asyncio.ensure_future(offload.run(lambda: "never run"))
        await asyncio.sleep(0)
        assert offload.admitted == 2
        with pytest.raises(Saturated) as full:
            await offload.run(lambda: "refused")
        assert full.value.retry_after >= 1
        assert offload.waiting == 1
        waiting.cancel()  # the caller went away before its turn
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert offload.admitted == 1 and offload.waiting == 0
        release.set()
        assert await running == "done"
        assert offload.admitted == 0

    try:
        asyncio.run(scenario())
    finally:
        release.set()
        offload.shutdown()


def test_limits_configure_the_executor():
    from sovereign_guard.policy import Limits

    limits = Limits()
    assert (limits.detection_threads, limits.max_waiting_requests) == (2, 64)
    with pytest.raises(ValueError):
        Limits(detection_threads=0)
    with pytest.raises(ValueError):
        Offload(threads=1, max_waiting=-1)
