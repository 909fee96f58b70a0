"""Web pages may not drive the sidecar (issue 17 item 6): Host, Origin and content type."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from sovereign_guard.server.browser import BrowserGuard, allowed_hosts_for

BODY = b'{"model": "x", "messages": []}'
JSON = {"content-type": "application/json"}


async def _inner(scope, receive, send):
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"reached"})


def _client(hosts=frozenset({"127.0.0.1", "localhost", "::1"}), origins=()):
    return TestClient(BrowserGuard(_inner, allowed_hosts=hosts, allowed_origins=origins),
                      base_url="http://127.0.0.1:8787")


def test_an_sdk_request_passes():
    r = _client().post("/v1/chat/completions", content=BODY, headers=JSON)
    assert r.status_code == 200 and r.text == "reached"


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8787", "127.0.0.1.nip.io"])
def test_a_rebound_host_name_is_refused_in_the_callers_shape(host):
    r = _client().post("/v1/messages", content=BODY, headers={**JSON, "host": host})
    assert r.status_code == 421
    assert r.json()["type"] == "error" and "evil" not in r.text


@pytest.mark.parametrize("host", ["localhost:8787", "[::1]:8787", "LOCALHOST"])
def test_loopback_names_with_ports_pass(host):
    assert _client().post("/v1/embeddings", content=BODY,
                          headers={**JSON, "host": host}).status_code == 200


def test_a_page_on_another_site_is_refused_even_with_a_simple_request():
    r = _client().post("/v1/chat/completions", content=BODY,
                       headers={"content-type": "text/plain", "origin": "https://evil.example"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "origin_not_allowed"
    r = _client().post("/v1/chat/completions", content=BODY,
                       headers={**JSON, "sec-fetch-site": "cross-site"})
    assert r.status_code == 403


def test_a_listed_origin_passes():
    client = _client(origins=["https://app.example.com/"])
    r = client.post("/v1/chat/completions", content=BODY,
                    headers={**JSON, "origin": "https://app.example.com"})
    assert r.status_code == 200


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x"])
def test_llm_routes_take_json_only(content_type):
    headers = {"content-type": content_type} if content_type else {}
    r = _client().post("/v1/chat/completions", content=BODY, headers=headers)
    assert r.status_code == 415 and r.json()["error"]["code"] == "unsupported_media_type"


def test_json_with_parameters_and_vendor_json_types_pass():
    for content_type in ("application/json; charset=utf-8", "application/vnd.api+json"):
        assert _client().post("/v1/chat/completions", content=BODY,
                              headers={"content-type": content_type}).status_code == 200


def test_health_routes_are_left_alone():
    r = _client().get("/healthz", headers={"host": "evil.example"})
    assert r.status_code == 200


@pytest.mark.parametrize(("bind", "extra", "expected"), [
    ("127.0.0.1", [], {"127.0.0.1", "localhost", "::1"}),
    ("10.0.0.5", ["guard.internal"], {"127.0.0.1", "localhost", "::1", "10.0.0.5",
                                      "guard.internal"}),
    ("0.0.0.0", [], None),                         # the operator names what reaches it
    ("0.0.0.0", ["guard.svc"], {"127.0.0.1", "localhost", "::1", "guard.svc"}),
    ("127.0.0.1", ["*"], None),
])
def test_allowed_hosts_follow_the_bound_address(bind, extra, expected):
    hosts = allowed_hosts_for(bind, extra)
    assert (None if hosts is None else set(hosts)) == expected


def test_the_sidecar_mounts_the_guard(sidecar_app):
    r = sidecar_app.post("/v1/chat/completions", content=BODY,
                         headers={"content-type": "text/plain", "origin": "https://evil.example"})
    assert r.status_code == 403


@pytest.fixture
def sidecar_app():
    from sovereign_guard.server import create_app

    def never():  # the guard answers before anything would load or be parsed
        raise AssertionError("the pipeline was reached")

    with TestClient(create_app(never, load_in_background=False)) as client:
        yield client
