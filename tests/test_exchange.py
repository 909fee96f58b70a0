"""The exchange layer under both doors: one route parser, one refusal path, one upstream-failure
path, one header policy back to the caller, one self-driving stream session; and the
`GuardTransport` class itself (issue 14)."""

from __future__ import annotations

import asyncio
import json

import httpx
import httpx2
import pytest
from conftest import model_card, pipeline_at, pipeline_events
from fakevendor import ServerThread, dead_url

from sovereign_guard import GuardTransport, echo
from sovereign_guard.adapters import parse_route
from sovereign_guard.pipeline import Pipeline
from sovereign_guard.server import create_app

EMAIL = "jane.doe@example.org"


@pytest.fixture(scope="module")
def pipeline(vendor, tmp_path_factory) -> Pipeline:
    """Cards at the loopback fake vendor, plus one at a port nobody listens on."""
    dead = dead_url()
    return pipeline_at(tmp_path_factory, [
        model_card("fake/gpt", "openai", vendor.base_url),
        model_card("fake/claude", "anthropic", vendor.base_url),
        model_card("dead/gpt", "openai", dead),
    ])


_events = pipeline_events


class Doors:
    """The same pipeline behind the sidecar (over loopback) and the transport."""

    def __init__(self, pipe: Pipeline):
        self.server = ServerThread(create_app(lambda: pipe.for_door("sidecar"),
                                              load_in_background=False))
        self.server.__enter__()
        self.sidecar = httpx.Client(base_url=f"http://127.0.0.1:{self.server.port}")
        self.transport = httpx.Client(base_url="https://app.invalid", transport=GuardTransport(
            httpx.HTTPTransport(), pipeline=pipe))

    def both(self, method: str, path: str, **kw) -> dict[str, httpx.Response]:
        return {"sidecar": self.sidecar.request(method, path, **kw),
                "transport": self.transport.request(method, path, **kw)}

    def close(self) -> None:
        self.sidecar.close()
        self.transport.close()
        self.server.__exit__(None, None, None)


@pytest.fixture(scope="module")
def doors(pipeline):
    d = Doors(pipeline)
    yield d
    d.close()


_DIFFER = {"request_id", "time", "door", "latency_ms"}


def _timeless(record: dict) -> dict:
    """A record without what differs between doors (attempts keep all but their latency)."""
    out = {k: v for k, v in record.items() if k not in _DIFFER}
    out["attempts"] = [{k: v for k, v in a.items() if k != "ms"} for a in out["attempts"]]
    return out


def _same_records(pipe: Pipeline, answers: dict[str, httpx.Response]) -> list[dict]:
    """Both doors' records of one request each, compared field by field (ids and times
    aside); returns the sidecar's."""
    side, tran = (_events(pipe, answers[d].headers["x-sovereign-guard-request-id"])
                  for d in ("sidecar", "transport"))
    assert [e["kind"] for e in side] == [e["kind"] for e in tran]
    for s, t in zip(side, tran, strict=True):
        assert _timeless(s) == _timeless(t)
        assert (s["door"], t["door"]) == ("sidecar", "transport")
    return side


# -- one route parser ------------------------------------------------------------------------


def test_route_parser_reads_the_route_after_any_base_path():
    assert parse_route("/v1/chat/completions").name == "chat/completions"
    assert parse_route("/openai/v1/chat/completions/").name == "chat/completions"
    assert parse_route("/v1/messages").flavour == "anthropic"
    assert parse_route("/v1/models") is None and parse_route("/v1/files") is None


def test_route_is_parsed_once_and_the_card_resolved_once(pipeline, vendor, monkeypatch):
    import sovereign_guard.adapters as adapters
    from sovereign_guard.vendors import Registry

    calls = {"route": 0, "resolve": 0}
    real_parse, real_resolve = adapters.parse_route, Registry.resolve

    def parse(path):
        calls["route"] += 1
        return real_parse(path)

    def resolve(self, name):
        calls["resolve"] += 1
        return real_resolve(self, name)

    monkeypatch.setattr(Registry, "resolve", resolve)
    monkeypatch.setattr("sovereign_guard.exchange.parse_route", parse)
    monkeypatch.setattr("sovereign_guard.pipeline.parse_route", parse)
    vendor.clear()
    with httpx.Client(transport=GuardTransport(httpx.HTTPTransport(), pipeline=pipeline)) as c:
        r = c.post("https://x.invalid/v1/chat/completions", json={
            "model": "fake/gpt", "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 200 and calls == {"route": 1, "resolve": 1}


def test_controls_are_forced_once_and_recorded_as_sent(pipeline, vendor, monkeypatch):
    import sovereign_guard.signals as signals

    forced = []
    real = signals.body_controls
    monkeypatch.setattr(signals, "body_controls",
                        lambda *a, **k: forced.append(1) or real(*a, **k))
    vendor.clear()
    with httpx.Client(transport=GuardTransport(httpx.HTTPTransport(), pipeline=pipeline)) as c:
        r = c.post("https://x.invalid/v1/chat/completions", json={
            "model": "fake/gpt", "store": True,
            "messages": [{"role": "user", "content": f"mail {EMAIL}"}]})
    assert r.status_code == 200 and len(forced) == 1
    (request,) = [e for e in _events(pipeline, r.headers["x-sovereign-guard-request-id"])
                  if e["kind"] == "request"]
    (got,) = vendor.requests
    assert request["controls_sent"] == {"store": False} == {"store": got.body["store"]}
    assert request["signals_sent"] == {k: got.headers[k] for k in ("content-usage", "sec-gpc")}


# -- one refusal path ------------------------------------------------------------------------


def test_unknown_route_is_the_same_404_in_both_doors_in_the_callers_shape(doors, vendor):
    vendor.clear()
    for name, r in doors.both("POST", "/v1/files", content=b"secret file").items():
        assert r.status_code == 404, name
        assert r.json()["error"]["code"] == "unsupported_route"
    anthropic = doors.both("POST", "/v1/batches", content=b"{}",
                           headers={"anthropic-version": "2023-06-01"})
    for r in anthropic.values():
        assert r.status_code == 404 and r.json()["type"] == "error"
    assert vendor.requests == []


def test_refusals_are_answered_and_recorded_alike(doors, pipeline, vendor):
    vendor.clear()
    answers = doors.both("POST", "/v1/chat/completions", json={
        "model": "fake/gpt", "messages": [{"role": "user", "content": "AKIAZ7Q3XK2M5N6P4R7T"}]})
    assert {r.status_code for r in answers.values()} == {403}
    assert answers["sidecar"].json() == answers["transport"].json()
    (record,) = _same_records(pipeline, answers)
    assert record["decision"] == "block" and vendor.requests == []


# -- one upstream-failure path ---------------------------------------------------------------


def test_upstream_failure_is_a_502_recorded_in_both_doors(doors, pipeline):
    answers = doors.both("POST", "/v1/chat/completions", json={
        "model": "dead/gpt", "messages": [{"role": "user", "content": "hi"}]})
    for name, r in answers.items():
        assert r.status_code == 502, name
        assert r.json()["error"]["code"] == "upstream_unreachable"
        assert r.headers["x-sovereign-guard-decision"] == "allow"
    request, response = _same_records(pipeline, answers)
    assert response["kind"] == "response" and response["status"] == 502


# -- one header policy back to the caller ----------------------------------------------------


def test_vendor_headers_come_back_through_the_same_allow_list(doors, vendor):
    answers = doors.both("POST", "/v1/chat/completions", json={
        "model": "fake/gpt", "messages": [{"role": "user", "content": "hi"}]})
    for name, r in answers.items():
        assert r.status_code == 200, name
        # the fake vendor sets both; neither is on the allow-list
        assert "set-cookie" not in r.headers and "x-vendor-edge" not in r.headers, name
    own = {"content-length", "server", "date"}  # set by the sidecar's HTTP server itself
    assert {k for k in answers["sidecar"].headers if k not in own} == \
        {k for k in answers["transport"].headers if k not in own}


# -- streams ---------------------------------------------------------------------------------


def test_streams_send_and_record_the_same_in_both_doors(doors, pipeline, vendor):
    body = {"model": "fake/claude", "max_tokens": 5, "stream": True,
            "messages": [{"role": "user", "content": f"stream {EMAIL} please"}]}
    sent, answers = [], {}
    for name, client in (("sidecar", doors.sidecar), ("transport", doors.transport)):
        vendor.clear()
        answers[name] = client.post("/v1/messages", json=body,
                                    headers={"anthropic-version": "2023-06-01"})
        sent.append(vendor.requests[0].body)
        assert f"stream {EMAIL} please" in "".join(
            json.loads(line[5:]).get("delta", {}).get("text", "")
            for line in answers[name].text.splitlines() if line.startswith("data:"))
    assert sent[0] == sent[1] and EMAIL not in json.dumps(sent[0])
    request, response = _same_records(pipeline, answers)
    assert response["status"] == 200 and response["vendor_confirmed"] == {"inference_geo": "us"}


def test_stream_session_feeds_flushes_and_finishes_itself(pipeline):
    from sovereign_guard.exchange import StreamSession

    out = pipeline.prepare("/v1/chat/completions", {}, json.dumps({
        "model": "local/echo", "stream": True,
        "messages": [{"role": "user", "content": f"to {EMAIL}"}]}).encode())
    chunks = list(echo.stream("chat/completions", out.body))
    closed = []
    session = StreamSession(pipeline, out, 200, iter(chunks), close=lambda: closed.append(1))
    text = b"".join(session).decode()
    assert EMAIL in text and closed == [1]
    (response,) = [e for e in _events(pipeline, out.request_id) if e["kind"] == "response"]
    assert response["status"] == 200

    async def agen():
        for c in chunks:
            yield c

    out2 = pipeline.prepare("/v1/chat/completions", {}, json.dumps({
        "model": "local/echo", "stream": True,
        "messages": [{"role": "user", "content": f"to {EMAIL}"}]}).encode())

    async def collect():
        s = StreamSession(pipeline, out2, 200, agen())
        return b"".join([c async for c in s]).decode()

    assert EMAIL in asyncio.run(collect())


# -- the echo vendor is an upstream ----------------------------------------------------------


@pytest.mark.parametrize("http", [httpx, httpx2])
def test_echo_vendor_is_a_mock_transport_handler(http):
    with http.Client(transport=http.MockTransport(echo.handler)) as client:
        r = client.post("local://echo/chat/completions", json={
            "model": "local/echo", "messages": [{"role": "user", "content": "hi"}]})
        assert r.json()["choices"][0]["message"]["content"] == "hi"
        s = client.post("local://echo/messages", json={
            "model": "local/echo", "stream": True, "messages": [{"role": "user", "content": "hi"}]})
        assert s.headers["content-type"] == "text/event-stream" and b"message_stop" in s.content


def test_no_door_knows_the_echo_vendor():
    import inspect

    import sovereign_guard.inprocess as inprocess
    import sovereign_guard.pipeline as pipe
    import sovereign_guard.server.app as app

    for module in (app, inprocess, pipe):
        assert "is_echo" not in inspect.getsource(module), module.__name__


# -- GuardTransport, a real class ------------------------------------------------------------


class SiteTransport(httpx.BaseTransport):
    """A third party's transport (its module is not httpx): records closing."""

    def __init__(self):
        self.closed = 0
        self.inner = httpx.MockTransport(lambda r: httpx.Response(200, json={"data": []}))

    def handle_request(self, request):
        return self.inner.handle_request(request)

    def close(self):
        self.closed += 1


class SiteAsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self):
        self.closed = 0

    async def handle_async_request(self, request):
        return httpx.Response(200, json={"data": [{"id": "fake/gpt"}]})

    async def aclose(self):
        self.closed += 1


def test_guard_transport_is_a_real_class_accepting_third_party_transports(pipeline):
    inner = SiteTransport()
    t = GuardTransport(inner, pipeline=pipeline)
    assert isinstance(t, GuardTransport) and isinstance(t, httpx.BaseTransport)
    with httpx.Client(transport=t) as client:
        assert client.get("https://x.invalid/v1/files").json() == {"data": []}
    assert inner.closed == 1  # the client closed the guard, which closed the inner transport
    t2 = GuardTransport(httpx2.MockTransport(lambda r: httpx2.Response(200)), pipeline=pipeline)
    assert isinstance(t2, GuardTransport) and isinstance(t2, httpx2.BaseTransport)


def test_async_guard_transport_passes_gets_through_and_closes_its_inner(pipeline):
    inner = SiteAsyncTransport()

    async def run():
        async with httpx.AsyncClient(transport=GuardTransport(inner, pipeline=pipeline)) as c:
            return await c.get("https://x.invalid/v1/files")  # /v1/models: the guard answers

    r = asyncio.run(run())
    assert r.status_code == 200 and r.json()["data"][0]["id"] == "fake/gpt"
    assert inner.closed == 1


def test_default_inner_transport_is_built_once(pipeline, vendor, monkeypatch):
    built = []
    real = httpx.HTTPTransport

    class Counting(real):
        def __init__(self, *a, **k):
            built.append(1)
            super().__init__(*a, **k)

    monkeypatch.setattr(httpx, "HTTPTransport", Counting)
    t = GuardTransport(pipeline=pipeline)
    with httpx.Client(transport=t) as client:
        for _ in range(3):
            r = client.post("https://x.invalid/v1/chat/completions", json={
                "model": "fake/gpt", "messages": [{"role": "user", "content": "hi"}]})
            assert r.status_code == 200
        # a GET through the default inner transport reaches the fake vendor (a 404 of its own)
        assert client.get(vendor.base_url + "/files").status_code in (404, 405)
    assert len(built) == 1


def test_guard_transport_refuses_what_is_not_a_transport(pipeline):
    with pytest.raises(TypeError, match="httpx or httpx2"):
        GuardTransport(object(), pipeline=pipeline)


def test_pass_back_keeps_the_sdks_retry_hints_and_nothing_else():
    from sovereign_guard.headers import pass_back

    vendor = [("Retry-After-Ms", "250"), ("x-should-retry", "true"), ("retry-after", "1"),
              ("x-ratelimit-remaining-requests", "0"), ("set-cookie", "a=b"), ("server", "x")]
    assert pass_back(vendor) == {"retry-after-ms": "250", "x-should-retry": "true",
                                 "retry-after": "1", "x-ratelimit-remaining-requests": "0"}
