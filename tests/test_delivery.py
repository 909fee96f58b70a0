"""What the audit says about a delivery is true (issue 16 item 14), in both doors: a stream the
vendor breaks, stalls or truncates, a caller that leaves, a vendor failing after its headers,
and a request refused while being prepared."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest
from conftest import model_card, pipeline_at, pipeline_events
from fakevendor import ServerThread
from starlette.testclient import TestClient

from sovereign_guard import GuardTransport, echo
from sovereign_guard.exchange import AsyncUpstream
from sovereign_guard.pipeline import Pipeline
from sovereign_guard.server import create_app

HELLO = {"model": "fake/gpt", "stream": True,
         "messages": [{"role": "user", "content": "hello there, dear friend"}]}
CHUNKS = list(echo.stream("chat/completions", HELLO))  # ends with data: [DONE]


class Vendor:
    """A MockTransport vendor whose answer can break: `chunks` then `error` (if any), each
    chunk after `delay` seconds (async only)."""

    def __init__(self):
        self.chunks: list[bytes] = CHUNKS
        self.error: Exception | None = None
        self.delay = 0.0
        self.sse = True

    def handler(self, request: httpx.Request) -> httpx.Response:
        vendor = self

        class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
            def __iter__(self):
                yield from vendor.chunks
                if vendor.error:
                    raise vendor.error

            async def __aiter__(self):
                for chunk in vendor.chunks:
                    await asyncio.sleep(vendor.delay)
                    yield chunk
                if vendor.error:
                    raise vendor.error

        kind = "text/event-stream" if self.sse else "application/json"
        return httpx.Response(200, headers={"content-type": kind}, stream=Body())


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory) -> Pipeline:
    return _pipeline(tmp_path_factory)


def _pipeline(tmp_path_factory) -> Pipeline:
    return pipeline_at(tmp_path_factory, [
        model_card("fake/gpt", "openai", "https://vendor.invalid/v1"),
        model_card("fake/claude", "anthropic", "https://vendor.invalid/v1")])


_events = pipeline_events


def _response_record(pipe: Pipeline, request_id: str, wait: float = 0.0) -> dict:
    deadline = time.monotonic() + wait
    while True:
        found = [e for e in _events(pipe, request_id) if e["kind"] == "response"]
        if found or time.monotonic() >= deadline:
            assert len(found) == 1, found
            return found[0]
        time.sleep(0.05)


class Doors:
    def __init__(self, pipe: Pipeline, vendor: Vendor):
        app = create_app(lambda: pipe.for_door("sidecar"), load_in_background=False)
        self.sidecar = TestClient(app)
        self.sidecar.__enter__()
        mock = httpx.MockTransport(vendor.handler)
        app.state.guard.upstream = AsyncUpstream(httpx, mock)
        self.transport = httpx.Client(base_url="https://app.invalid",
                                      transport=GuardTransport(mock, pipeline=pipe))

    def each(self):
        return (("sidecar", self.sidecar), ("transport", self.transport))

    def close(self):
        self.sidecar.__exit__(None, None, None)
        self.transport.close()


@pytest.fixture(scope="module")
def shared_vendor() -> Vendor:
    return Vendor()


@pytest.fixture
def vendor(shared_vendor) -> Vendor:
    shared_vendor.__init__()  # each test starts from a well-behaved vendor
    return shared_vendor


@pytest.fixture(scope="module")
def doors(pipeline, shared_vendor):
    """Both doors for the whole module: a sidecar that stops closes the shared audit log."""
    d = Doors(pipeline, shared_vendor)
    yield d
    d.close()


def _text(sse: str) -> str:
    out = []
    for line in sse.splitlines():
        if line.startswith("data: {"):
            data = json.loads(line[6:])
            out.extend(c.get("delta", {}).get("content") or "" for c in data.get("choices", []))
    return "".join(out)


def test_a_whole_stream_is_recorded_as_delivered(doors, pipeline, vendor):
    for name, client in doors.each():
        r = client.post("/v1/chat/completions", json=HELLO)
        assert _text(r.text) == "hello there, dear friend", name
        record = _response_record(pipeline, r.headers["x-sovereign-guard-request-id"])
        assert record["status"] == 200 and record["error"] is None, name
        assert record["details"]["bytes"] == len(r.content), name


@pytest.mark.parametrize("error", [httpx.ReadError("reset"), httpx.ReadTimeout("stalled")])
def test_a_vendor_failing_mid_stream_is_an_error_event_and_a_502_record(doors, pipeline, vendor,
                                                                         error):
    vendor.chunks, vendor.error = CHUNKS[:3], error
    for name, client in doors.each():
        r = client.post("/v1/chat/completions", json=HELLO)
        assert r.status_code == 200, name  # the status line had gone out already
        last = [line for line in r.text.splitlines() if line.startswith("data:")][-1]
        assert json.loads(last[5:])["error"]["code"] == "upstream_error", name
        record = _response_record(pipeline, r.headers["x-sovereign-guard-request-id"])
        assert (record["status"], record["error"]) == (502, "upstream_error"), name
        assert record["details"]["upstream_error"] == type(error).__name__, name
        assert record["details"]["first_status"] == 200, name


def test_an_anthropic_stream_failing_mid_way_ends_with_an_anthropic_error_event(doors,
                                                                                 pipeline, vendor):
    body = {"model": "fake/claude", "max_tokens": 5, "stream": True,
            "messages": [{"role": "user", "content": "hello"}]}
    vendor.chunks, vendor.error = list(echo.stream("messages", body))[:2], httpx.ReadError("x")
    for name, client in doors.each():
        r = client.post("/v1/messages", json=body, headers={"anthropic-version": "2023-06-01"})
        assert "event: error" in r.text, name
        last = [line for line in r.text.splitlines() if line.startswith("data:")][-1]
        assert json.loads(last[5:])["type"] == "error", name


def test_a_truncated_stream_is_recorded_incomplete(doors, pipeline, vendor):
    vendor.chunks = CHUNKS[:-2]  # neither the last chunk nor [DONE]
    for name, client in doors.each():
        r = client.post("/v1/chat/completions", json=HELLO)
        record = _response_record(pipeline, r.headers["x-sovereign-guard-request-id"])
        assert (record["status"], record["error"]) == (502, "stream_incomplete"), name


def test_a_caller_leaving_the_transport_stream_is_recorded(doors, pipeline, vendor):
    with doors.transport.stream("POST", "/v1/chat/completions", json=HELLO) as r:
        next(r.iter_raw())
        request_id = r.headers["x-sovereign-guard-request-id"]
    record = _response_record(pipeline, request_id)
    assert (record["status"], record["error"]) == (499, "client_disconnected")
    assert record["details"]["client_disconnected"] is True


def test_a_caller_leaving_the_sidecar_stream_is_recorded(tmp_path_factory):
    vendor = Vendor()
    vendor.delay = 0.2  # a slow vendor: the caller leaves long before the end
    pipeline = _pipeline(tmp_path_factory)  # its own: a stopping sidecar closes the audit log
    app = create_app(lambda: pipeline.for_door("sidecar"), load_in_background=False)
    with ServerThread(app) as server:
        app.state.guard.upstream = AsyncUpstream(httpx, httpx.MockTransport(vendor.handler))
        with httpx.Client() as client, client.stream(
                "POST", f"http://127.0.0.1:{server.port}/v1/chat/completions", json=HELLO) as r:
            next(r.iter_raw())
            request_id = r.headers["x-sovereign-guard-request-id"]
        record = _response_record(pipeline, request_id, wait=15)
    assert (record["status"], record["error"]) == (499, "client_disconnected")


def test_a_vendor_failing_after_its_headers_is_a_recorded_502_in_shape(doors, pipeline, vendor):
    vendor.sse, vendor.chunks, vendor.error = False, [b'{"id": "x", '], httpx.ReadError("reset")
    body = {**HELLO, "stream": False}
    for name, client in doors.each():
        r = client.post("/v1/chat/completions", json=body)
        assert r.status_code == 502, name
        assert r.json()["error"]["code"] == "upstream_unreachable", name
        assert r.headers["x-sovereign-guard-decision"] == "allow", name
        record = _response_record(pipeline, r.headers["x-sovereign-guard-request-id"])
        assert record["status"] == 502, name


def test_a_request_refused_while_being_prepared_is_recorded_as_a_block(doors, pipeline, vendor):
    deep: object = "x"
    for _ in range(300):  # readable, but deeper than the body can be serialised again
        deep = [deep]
    for name, client in doors.each():
        r = client.post("/v1/chat/completions",
                        content=json.dumps({**HELLO, "stream": False, "metadata": {"k": deep}}),
                        headers={"content-type": "application/json"})
        assert r.status_code == 422, name
        events = _events(pipeline, r.headers["x-sovereign-guard-request-id"])
        assert [(e["kind"], e["decision"]) for e in events] == [("request", "block")], name
