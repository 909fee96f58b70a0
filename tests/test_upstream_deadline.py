"""A vendor that hangs or trickles is cut off at the policy's total deadline, and every
upstream failure says why, in the log and the audit record (issue 17 item 7). In both doors
(the sidecar, GuardTransport sync and async), against the loopback FakeVendor.

No timing assertions beyond "it ended within the deadline plus generous slack": the per-read
timeout is 30 s, so only the deadline (0.5 s) can have ended these answers that soon."""

from __future__ import annotations

import asyncio
import json
import logging
import time

import httpx
import pytest
from conftest import TENANT_KEY, audit_events, model_card, write_models
from fakevendor import dead_url
from starlette.testclient import TestClient

from sovereign_guard import GuardTransport
from sovereign_guard.exchange.upstream import Deadline
from sovereign_guard.pipeline import Pipeline
from sovereign_guard.policy import Limits
from sovereign_guard.server import create_app

DEADLINE = 0.5
SLACK = 8.0  # a loaded 2-core machine: far below the 30 s read timeout all the same
CHAT = {"model": "fake/gpt", "messages": [{"role": "user", "content": "hello there, dear friend"}]}


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory, vendor) -> Pipeline:
    models = write_models(tmp_path_factory.mktemp("models"), [
        model_card("fake/gpt", "openai", vendor.base_url),
        model_card("fake/claude", "anthropic", vendor.base_url),
        model_card("dead/gpt", "openai", dead_url())])
    home = tmp_path_factory.mktemp("home")
    base = Pipeline.from_files("default", models, home / "audit", keys=home / "keys.json",
                               tenant_key=TENANT_KEY)
    limits = Limits(upstream_timeout_seconds=30, upstream_deadline_seconds=DEADLINE)
    pipe = base.with_policy(base.policy.model_copy(update={"limits": limits}))
    pipe.keys_path = home / "keys.json"
    return pipe


class Doors:
    """Each door as `post(path, body, headers) -> (status, headers, text)`."""

    def __init__(self, pipe: Pipeline):
        self.sidecar = TestClient(create_app(lambda: pipe.for_door("sidecar"),
                                             load_in_background=False, timeout=30))
        self.sidecar.__enter__()
        self.sync = httpx.Client(base_url="https://app.invalid", timeout=30,
                                 transport=GuardTransport(httpx.HTTPTransport(), pipeline=pipe))
        self.pipe = pipe

    def _async(self, path: str, body: dict, headers: dict) -> httpx.Response:
        async def go() -> httpx.Response:
            transport = GuardTransport(httpx.AsyncHTTPTransport(), pipeline=self.pipe)
            async with httpx.AsyncClient(base_url="https://app.invalid", timeout=30,
                                         transport=transport) as client:
                r = await client.post(path, json=body, headers=headers)
                await r.aread()
                return r
        return asyncio.run(go())

    def each(self):
        yield "sidecar", lambda p, b, h: self.sidecar.post(p, json=b, headers=h)
        yield "transport", lambda p, b, h: self.sync.post(p, json=b, headers=h)
        yield "async transport", self._async

    def close(self) -> None:
        self.sidecar.__exit__(None, None, None)
        self.sync.close()


@pytest.fixture(scope="module")
def doors(pipeline):
    d = Doors(pipeline)
    yield d
    d.close()


@pytest.fixture
def fake(vendor):
    vendor.clear()
    yield vendor
    vendor.clear()  # releases a vendor left hanging


def _record(pipe: Pipeline, request_id: str) -> dict:
    from sovereign_guard.audit import load_keyset

    found = [e for e in audit_events(load_keyset(pipe.keys_path), pipe.audit.directory,
                                     request_id) if e["kind"] == "response"]
    assert len(found) == 1, found
    return found[0]


def _timed(post, *args):
    started = time.monotonic()
    r = post(*args)
    return r, time.monotonic() - started


def test_a_hanging_vendor_is_a_504_in_the_callers_shape_within_the_deadline(doors, pipeline,
                                                                            fake):
    fake.stall = 60.0  # longer than anything else in the test: only the deadline ends it
    for name, post in doors.each():
        r, took = _timed(post, "/v1/chat/completions", CHAT, {})
        assert r.status_code == 504, name
        assert took < DEADLINE + SLACK, (name, took)
        assert r.json()["error"]["code"] == "upstream_timeout", name
        record = _record(pipeline, r.headers["x-sovereign-guard-request-id"])
        assert (record["status"], record["error"]) == (504, "upstream_timeout:deadline_exceeded")
    assert len(fake.requests) == 3  # it did reach the vendor, each time


def test_an_anthropic_caller_gets_the_504_in_its_own_shape(doors, fake):
    fake.stall = 60.0
    body = {"model": "fake/claude", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]}
    for name, post in doors.each():
        r = post("/v1/messages", body, {"anthropic-version": "2023-06-01"})
        assert r.status_code == 504, name
        assert r.json()["type"] == "error" and r.json()["error"]["type"], name


@pytest.mark.parametrize("model, path, extra", [
    ("fake/gpt", "/v1/chat/completions", {}),
    ("fake/claude", "/v1/messages", {"max_tokens": 5}),
])
def test_a_trickling_stream_ends_at_the_deadline_with_an_error_event(doors, pipeline, fake,
                                                                    model, path, extra):
    fake.gap = 2.0  # each gap is well under the 30 s read timeout; the whole is not
    body = {**CHAT, "model": model, "stream": True, **extra}
    headers = {"anthropic-version": "2023-06-01"}
    for name, post in doors.each():
        r, took = _timed(post, path, body, headers)
        assert r.status_code == 200, name  # the status line had gone out already
        assert took < DEADLINE + SLACK, (name, took)
        last = [line for line in r.text.splitlines() if line.startswith("data:")][-1]
        error = json.loads(last[5:])
        assert error["error"]["type" if model == "fake/claude" else "code"], name
        if model == "fake/claude":
            assert "event: error" in r.text, name
        else:
            assert error["error"]["code"] == "upstream_timeout", name
        record = _record(pipeline, r.headers["x-sovereign-guard-request-id"])
        assert (record["status"], record["error"]) == (504, "upstream_timeout"), name
        assert record["details"]["upstream_error"] == "deadline_exceeded", name
        assert record["details"]["first_status"] == 200, name


def test_a_stream_within_the_deadline_is_untouched(doors, pipeline, fake):
    body = {**CHAT, "stream": True}
    for name, post in doors.each():
        r = post("/v1/chat/completions", body, {})
        assert "hello" in r.text and "[DONE]" in r.text, name
        record = _record(pipeline, r.headers["x-sovereign-guard-request-id"])
        assert (record["status"], record["error"]) == (200, None), name


class _Lines(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_an_unreachable_vendor_is_logged_and_recorded_with_its_cause(doors, pipeline, fake):
    lines = _Lines()
    logger = logging.getLogger("sovereign_guard.exchange")
    logger.addHandler(lines)
    try:
        for name, post in doors.each():
            r = post("/v1/chat/completions", {**CHAT, "model": "dead/gpt"}, {})
            assert r.status_code == 502 and r.json()["error"]["code"] == "upstream_unreachable"
            record = _record(pipeline, r.headers["x-sovereign-guard-request-id"])
            assert record["error"] == "upstream_unreachable:ConnectError", name
            assert record["details"]["upstream_error"] == "ConnectError", name
    finally:
        logger.removeHandler(lines)
    assert [r.getMessage() for r in lines.records] == ["upstream_failed"] * 3
    fields = [r.fields for r in lines.records]  # type: ignore[attr-defined]
    assert {f["kind"] for f in fields} == {"ConnectError"}
    assert {f["status"] for f in fields} == {502}
    said = json.dumps(fields)
    assert "127.0.0.1" not in said and "hello" not in said  # no URL, no body


def test_blocking_io_never_waits_past_the_deadline():
    soon = Deadline(time.perf_counter() + 2.0)
    capped = soon.cap({"connect": 10.0, "read": None, "write": 1.0, "pool": 5.0})
    assert capped is not None
    assert capped["connect"] <= 2.0 and capped["read"] <= 2.0 and capped["pool"] <= 2.0
    assert capped["write"] == 1.0  # a shorter timeout stays
    assert Deadline(None).cap(None) is None and not Deadline(None).passed
    assert Deadline(time.perf_counter() - 1).passed
