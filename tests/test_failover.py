"""Failover (policy `vendors.failover`): a vendor that refuses the connection, answers 5xx or
429 before any byte reached the caller is replaced by the next compliant candidate, in both
doors, with the same redacted request re-targeted at the new card; every attempt recorded."""

from __future__ import annotations

import time

import httpx
import pytest
import yaml
from conftest import REPO, TENANT_KEY, audit_events, model_card, write_models
from fakevendor import ServerThread, dead_url

from sovereign_guard import GuardTransport, metrics
from sovereign_guard.audit import load_keyset
from sovereign_guard.pipeline import Pipeline
from sovereign_guard.server import create_app

EMAIL = "jane.doe@example.org"
BUSY = (429, {"error": {"message": "slow down", "type": "rate_limit", "code": None}},
        {"retry-after": "7"})
DOWN = (503, {"error": {"message": "overloaded", "type": "server_error", "code": None}}, {})


def _card(card_id: str, api: str, url: str, upstream: str, **contract) -> dict:
    return {**model_card(card_id, api, url, **contract), "upstream_model": upstream}


def _pipeline(tmp, vendor, **failover) -> Pipeline:
    dead = dead_url()
    (tmp / "models").mkdir()
    models = write_models(tmp / "models", [
        _card("dead/gpt", "openai", dead, "dead-model"),
        _card("fake/primary", "openai", vendor.base_url, "primary-model"),
        _card("fake/backup", "openai", vendor.base_url, "backup-model"),
        _card("fake/trains", "openai", vendor.base_url, "trains-model",
              trains_on_customer_data=True),
        _card("fake/claude", "anthropic", vendor.base_url, "claude-model"),
        _card("fake/claude-backup", "anthropic", vendor.base_url, "claude-backup-model"),
    ])
    policy = yaml.safe_load((REPO / "policies" / "default.yaml").read_text())
    policy["vendors"]["fallbacks"] = ["fake/trains", "fake/backup", "fake/claude-backup"]
    if failover:
        policy["vendors"]["failover"] = failover
    (tmp / "policy.yaml").write_text(yaml.safe_dump(policy))
    pipe = Pipeline.from_files(tmp / "policy.yaml", models, tmp / "audit",
                               keys=tmp / "keys.json", tenant_key=TENANT_KEY)
    pipe.keys_path = tmp / "keys.json"
    return pipe


def _records(pipe: Pipeline, response: httpx.Response) -> list[dict]:
    """The request's records, its response record included (the sidecar writes that one
    just after sending the answer)."""
    rid = response.headers["x-sovereign-guard-request-id"]
    for _ in range(200):
        found = audit_events(load_keyset(pipe.keys_path), pipe.audit.directory, rid)
        if found and found[-1]["kind"] == "response":
            return found
        time.sleep(0.01)
    raise AssertionError("no response record")


class Doors:
    def __init__(self, pipe: Pipeline):
        self.server = ServerThread(create_app(lambda: pipe.for_door("sidecar"),
                                              load_in_background=False))
        self.server.__enter__()
        self.clients = {
            "sidecar": httpx.Client(base_url=f"http://127.0.0.1:{self.server.port}"),
            "transport": httpx.Client(base_url="https://app.invalid", transport=GuardTransport(
                httpx.HTTPTransport(), pipeline=pipe)),
        }

    def close(self) -> None:
        for c in self.clients.values():
            c.close()
        self.server.__exit__(None, None, None)


@pytest.fixture(scope="module")
def setup(vendor, tmp_path_factory):
    pipe = _pipeline(tmp_path_factory.mktemp("failover"), vendor)
    doors = Doors(pipe)
    yield pipe, doors
    doors.close()


DOORS = ["sidecar", "transport"]


def _chat(model: str, text: str = f"mail {EMAIL} please") -> dict:
    return {"model": model, "messages": [{"role": "user", "content": text}]}


@pytest.mark.parametrize("door", DOORS)
def test_refused_connection_fails_over_to_the_next_compliant_card(setup, vendor, door):
    pipe, doors = setup
    vendor.clear()
    r = doors.clients[door].post("/v1/chat/completions", json=_chat("dead/gpt"),
                                 headers={"authorization": "Bearer sk-client-own"})
    assert r.status_code == 200, r.text
    assert EMAIL in r.json()["choices"][0]["message"]["content"]  # restored
    assert r.headers["x-sovereign-guard-decision"] == "reroute"
    # fake/trains is first among the fallbacks but trains on data: never tried.
    [got] = vendor.requests
    assert got.body["model"] == "backup-model" and got.body["store"] is False
    assert "authorization" not in got.headers  # the client's key is for the card it named
    assert EMAIL not in vendor.everything_received()
    request, failover, response = _records(pipe, r)
    assert (request["kind"], request["card_id"]) == ("request", "dead/gpt")
    assert (failover["kind"], failover["card_id"], failover["decision"]) == \
        ("failover", "fake/backup", "reroute")
    assert failover["reasons"] == ["failover:connect"]
    assert response["card_id"] == "fake/backup" and response["status"] == 200
    assert [(a["card"], a["outcome"]) for a in response["attempts"]] == \
        [("dead/gpt", "connect"), ("fake/backup", "ok")]
    assert all(a["ms"] >= 0 for a in response["attempts"])


@pytest.mark.parametrize("door", DOORS)
def test_a_503_is_retried_elsewhere_with_the_same_redacted_body(setup, vendor, door):
    pipe, doors = setup
    vendor.clear()
    vendor.failures.append(DOWN)
    r = doors.clients[door].post("/v1/chat/completions", json=_chat("fake/primary"))
    assert r.status_code == 200, r.text
    first, second = vendor.requests
    assert (first.body["model"], second.body["model"]) == ("primary-model", "backup-model")
    assert first.body["messages"] == second.body["messages"]  # the one redaction, re-sent
    assert EMAIL not in vendor.everything_received()
    assert [(a["card"], a["outcome"], a.get("status")) for a in _records(pipe, r)[-1]["attempts"]] \
        == [("fake/primary", "5xx", 503), ("fake/backup", "ok", 200)]


@pytest.mark.parametrize("door", DOORS)
def test_all_candidates_busy_is_one_error_in_the_callers_shape_with_retry_after(
        setup, vendor, door):
    pipe, doors = setup
    vendor.clear()
    vendor.failures += [BUSY, (*BUSY[:2], {"retry-after": "3"}), BUSY]
    r = doors.clients[door].post("/v1/chat/completions", json=_chat("fake/primary"))
    assert r.status_code == 429
    assert r.headers["retry-after"] == "3"
    error = r.json()["error"]
    assert error["code"] == "upstream_exhausted"
    assert "fake/primary (429)" in error["message"] and "fake/backup (429)" in error["message"]
    response = _records(pipe, r)[-1]
    assert response["status"] == 429 and response["error"] == "upstream_exhausted"


@pytest.mark.parametrize("door", DOORS)
def test_anthropic_requests_fail_over_to_anthropic_cards_first(setup, vendor, door):
    pipe, doors = setup
    vendor.clear()
    vendor.failures += [DOWN, DOWN, DOWN]
    r = doors.clients[door].post("/v1/messages", headers={"anthropic-version": "2023-06-01"},
                                 json={"model": "fake/claude", "max_tokens": 10,
                                       "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 503
    assert r.json()["type"] == "error" and "fake/claude-backup (5xx)" in \
        r.json()["error"]["message"]
    # the route's order: fake/backup (OpenAI, translated) is a fallback before claude-backup
    assert [q.body["model"] for q in vendor.requests] == ["claude-model", "backup-model",
                                                          "claude-backup-model"]
    assert vendor.requests[2].body["inference_geo"] == "us"  # the new card's controls


@pytest.mark.parametrize("door", DOORS)
def test_client_errors_are_not_failed_over(setup, vendor, door):
    _, doors = setup
    vendor.clear()
    vendor.failures.append((400, {"error": {"message": "bad", "type": "x", "code": None}}, {}))
    r = doors.clients[door].post("/v1/chat/completions", json=_chat("fake/primary"))
    assert r.status_code == 400 and r.json()["error"]["message"] == "bad"
    assert len(vendor.requests) == 1


def test_attempts_are_counted_by_card_and_outcome(setup, vendor):
    _, doors = setup
    vendor.clear()

    def count(card, outcome):
        return metrics.ATTEMPTS.labels(card, outcome)._value.get()

    before = count("dead/gpt", "connect"), count("fake/backup", "ok")
    doors.clients["transport"].post("/v1/chat/completions", json=_chat("dead/gpt"))
    assert (count("dead/gpt", "connect"), count("fake/backup", "ok")) == \
        (before[0] + 1, before[1] + 1)


def test_failover_off_passes_the_vendors_error_as_before(vendor, tmp_path):
    pipe = _pipeline(tmp_path, vendor, max_attempts=1)
    vendor.clear()
    vendor.failures.append(DOWN)
    with httpx.Client(base_url="https://app.invalid", transport=GuardTransport(
            httpx.HTTPTransport(), pipeline=pipe)) as client:
        r = client.post("/v1/chat/completions", json=_chat("fake/primary"))
    assert r.status_code == 503 and r.json()["error"]["message"] == "overloaded"
    assert len(vendor.requests) == 1


def test_failover_only_on_the_outcomes_the_policy_names(vendor, tmp_path):
    pipe = _pipeline(tmp_path, vendor, when=["connect"])
    vendor.clear()
    vendor.failures.append(DOWN)
    with httpx.Client(base_url="https://app.invalid", transport=GuardTransport(
            httpx.HTTPTransport(), pipeline=pipe)) as client:
        r = client.post("/v1/chat/completions", json=_chat("fake/primary"))
        assert r.status_code == 503 and len(vendor.requests) == 1
        ok = client.post("/v1/chat/completions", json=_chat("dead/gpt"))
    assert ok.status_code == 200


@pytest.mark.parametrize("door", DOORS)
def test_a_streamed_request_fails_over_before_its_first_byte(setup, vendor, door):
    _, doors = setup
    vendor.clear()
    vendor.failures.append(DOWN)
    with doors.clients[door].stream("POST", "/v1/chat/completions", json={
            **_chat("fake/primary"), "stream": True}) as r:
        text = r.read().decode()
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    assert EMAIL in text and "[DONE]" in text
    assert [q.body["model"] for q in vendor.requests] == ["primary-model", "backup-model"]


def test_a_vendor_timing_out_fails_over(setup, vendor):
    pipe, _ = setup
    vendor.clear()
    vendor.stalls.append(2.0)
    with httpx.Client(base_url="https://app.invalid", timeout=0.5, transport=GuardTransport(
            httpx.HTTPTransport(), pipeline=pipe)) as client:
        r = client.post("/v1/chat/completions", json=_chat("fake/primary"))
    assert r.status_code == 200
    assert [(a["card"], a["outcome"]) for a in _records(pipe, r)[-1]["attempts"]] == \
        [("fake/primary", "timeout"), ("fake/backup", "ok")]


def test_a_client_error_from_the_next_card_is_its_own_answer(setup, vendor):
    _, doors = setup
    vendor.clear()
    vendor.failures += [DOWN, (400, {"error": {"message": "no such param", "type": "x",
                                               "code": None}}, {})]
    r = doors.clients["transport"].post("/v1/chat/completions", json=_chat("fake/primary"))
    assert r.status_code == 400 and r.json()["error"]["message"] == "no such param"


def test_each_card_gets_its_own_controls_and_no_other_cards(vendor, tmp_path):
    dead = dead_url()
    plain = {**model_card("x/plain", "openai", dead), "upstream_model": "plain",
             "controls": {"body": {}, "headers": {}}}
    store = {**model_card("x/store", "openai", vendor.base_url), "upstream_model": "store"}
    user = {**model_card("x/user", "openai", vendor.base_url), "upstream_model": "user",
            "controls": {"body": {"user": "guard"}, "headers": {"x-tenant": "t1"}}}
    (tmp_path / "models").mkdir()
    models = write_models(tmp_path / "models", [plain, store, user])
    policy = yaml.safe_load((REPO / "policies" / "default.yaml").read_text())
    policy["vendors"]["routes"] = {"x/plain": ["x/plain", "x/store", "x/user"]}
    (tmp_path / "p.yaml").write_text(yaml.safe_dump(policy))
    pipe = Pipeline.from_files(tmp_path / "p.yaml", models, tmp_path / "audit",
                               keys=tmp_path / "keys.json", tenant_key=TENANT_KEY)
    vendor.clear()
    vendor.failures.append(DOWN)
    with httpx.Client(base_url="https://app.invalid", transport=GuardTransport(
            httpx.HTTPTransport(), pipeline=pipe)) as client:
        r = client.post("/v1/chat/completions", json=_chat("x/plain"))
    assert r.status_code == 200
    first, second = vendor.requests
    assert (first.body["model"], first.body["store"]) == ("store", False)
    assert second.body["model"] == "user" and second.body["user"] == "guard"
    assert "store" not in second.body and second.headers["x-tenant"] == "t1"
