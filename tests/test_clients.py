"""Issue 16 item 1: client keys. Who may call the sidecar, with which policy, recorded as whom.

End to end through uvicorn on loopback (official SDKs and raw httpx) to the fake vendor, plus
the keys file and the `clients` commands on their own."""

from __future__ import annotations

import json
import os
import stat

import anthropic
import httpx
import openai
import pytest
import yaml
from conftest import REPO, TENANT_KEY, audit_events, model_card, write_models
from fakevendor import ServerThread

from sovereign_guard.clients import (
    KEY_PREFIX,
    KEYS_ENV,
    ClientKeys,
    ClientKeysError,
    ClientStore,
    editing,
    keys_path,
    load_keys,
    parse_keys,
    save_keys,
)
from sovereign_guard.core import Guard
from sovereign_guard.pipeline import Pipeline
from sovereign_guard.policy import parse_policy
from sovereign_guard.server import create_app

VENDOR_KEY_ENV = "SG_TEST_VENDOR_KEY"
VENDOR_KEY = "vendor-secret-from-the-card-env"
CARD = "4111 1111 1111 1111"
CHAT = {"model": "fake/gpt", "messages": [{"role": "user", "content": "hello there"}]}
MESSAGES = {"model": "fake/claude", "max_tokens": 5,
            "messages": [{"role": "user", "content": "hello there"}]}


def _tight_policy(path):
    """The default policy, except that a card number blocks the request."""
    data = yaml.safe_load((REPO / "policies" / "default.yaml").read_text())
    data["name"] = "tight"
    data["entities"]["CREDIT_CARD"] = {"action": "block", "data_class": "restricted"}
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory, vendor):
    """A sidecar with a client keys file: `billing` (the sidecar's policy) and `hr` (bound to
    the tight policy). Cards bring their own vendor credential from VENDOR_KEY_ENV."""
    from sovereign_guard.audit import AuditLog, ensure_keyset
    from sovereign_guard.vendors import load_registry

    base = tmp_path_factory.mktemp("clients")
    cards = [model_card("fake/gpt", "openai", vendor.base_url),
             model_card("fake/claude", "anthropic", vendor.base_url)]
    for card in cards:
        card["api_key_env"] = VENDOR_KEY_ENV
    bare = model_card("fake/bare", "openai", vendor.base_url)  # no credential of its own
    models = write_models(tmp_path_factory.mktemp("models"), [*cards, bare])
    tight = _tight_policy(base / "tight.yaml")
    keys, billing = ClientKeys(base / "clients.yaml").add("billing")
    keys, hr = keys.add("hr", str(tight))
    save_keys(keys)

    policy = parse_policy(yaml.safe_load((REPO / "policies" / "default.yaml").read_text()),
                          source=str(REPO / "policies" / "default.yaml"))
    keyset, _, _ = ensure_keyset(base / "audit-keys.json")
    audit = AuditLog(base / "audit", keyset, policy.audit)
    pipeline = Pipeline(Guard(policy, tenant_key=TENANT_KEY), load_registry(models, policy),
                        audit)
    app = create_app(lambda: pipeline, load_in_background=False,
                     clients=ClientStore(keys.path))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(VENDOR_KEY_ENV, VENDOR_KEY)
        with ServerThread(app) as server:
            server.url = f"http://127.0.0.1:{server.port}"
            server.keys_file, server.keyset, server.audit_dir = keys.path, keyset, base / "audit"
            server.billing, server.hr = billing, hr
            yield server


@pytest.fixture
def fresh(site, vendor):
    vendor.clear()
    return site


def _events(site, response: httpx.Response) -> list[dict]:
    return audit_events(site.keyset, site.audit_dir,
                        response.headers["x-sovereign-guard-request-id"])


# -- 401 before anything is parsed ----------------------------------------------------------


@pytest.mark.parametrize("headers", [{}, {"authorization": "Bearer sgk_not-a-client"},
                                     {"authorization": "Basic c2drX3g6eA=="}])
def test_openai_route_without_a_valid_key_gets_401_in_openai_shape(fresh, vendor, headers):
    # Not even JSON: a 422 would mean the body was read before the caller was known.
    r = httpx.post(fresh.url + "/v1/chat/completions", content=b'{"model": ',
                   headers={"content-type": "application/json", **headers})
    assert r.status_code == 401
    error = r.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert error["code"] in ("client_key_missing", "client_key_invalid")
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert r.headers["x-sovereign-guard-decision"] == "block"
    assert vendor.requests == []
    assert not any(_events(fresh, r))  # strangers are logged and counted, not audited


@pytest.mark.parametrize("headers", [{}, {"x-api-key": "sgk_not-a-client"}])
def test_anthropic_route_without_a_valid_key_gets_401_in_anthropic_shape(fresh, vendor, headers):
    r = httpx.post(fresh.url + "/v1/messages", content=b"\xff\xfe not json",
                   headers={"anthropic-version": "2023-06-01", **headers})
    assert r.status_code == 401
    assert r.json()["type"] == "error"
    assert r.json()["error"]["type"] == "authentication_error"
    assert vendor.requests == []


def test_the_sdks_raise_their_authentication_errors(fresh, vendor):
    oai = openai.OpenAI(base_url=fresh.url + "/v1", api_key="sgk_wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError, match="does not know this client key"):
        oai.chat.completions.create(**CHAT)
    claude = anthropic.Anthropic(base_url=fresh.url, api_key="sgk_wrong", max_retries=0)
    with pytest.raises(anthropic.AuthenticationError, match="does not know this client key"):
        claude.messages.create(**MESSAGES)
    assert vendor.requests == []


def test_unsupported_routes_need_a_key_too_but_probes_stay_open(fresh):
    assert httpx.get(fresh.url + "/v1/models").status_code == 401
    assert httpx.get(fresh.url + "/healthz").status_code == 200
    assert httpx.get(fresh.url + "/readyz").status_code == 200
    assert httpx.get(fresh.url + "/metrics").status_code == 200


# -- a valid key passes, and goes no further ------------------------------------------------


def test_valid_keys_pass_and_the_vendor_gets_the_cards_credential_only(fresh, vendor):
    oai = openai.OpenAI(base_url=fresh.url + "/v1", api_key=fresh.billing, max_retries=0)
    assert oai.chat.completions.create(**CHAT).choices[0].message.content == "hello there"
    claude = anthropic.Anthropic(base_url=fresh.url, api_key=fresh.billing, max_retries=0)
    assert claude.messages.create(**MESSAGES).content[0].text == "hello there"
    # Anthropic's `auth_token` (Authorization: Bearer) and a client key beside a vendor key.
    r = httpx.post(fresh.url + "/v1/messages", json=MESSAGES,
                   headers={"authorization": f"Bearer {fresh.billing}",
                            "x-api-key": "the-callers-own-vendor-key"})
    assert r.status_code == 200
    seen = vendor.everything_received()
    assert fresh.billing not in seen and fresh.billing.removeprefix(KEY_PREFIX) not in seen
    assert "the-callers-own-vendor-key" not in seen
    openai_req, claude_req, claude_req2 = vendor.requests
    assert openai_req.headers["authorization"] == f"Bearer {VENDOR_KEY}"
    assert claude_req.headers["x-api-key"] == VENDOR_KEY == claude_req2.headers["x-api-key"]


def test_a_card_without_its_own_credential_gets_none_not_the_client_key(fresh, vendor):
    oai = openai.OpenAI(base_url=fresh.url + "/v1", api_key=fresh.billing, max_retries=0)
    oai.chat.completions.create(**{**CHAT, "model": "fake/bare"})
    r = httpx.post(fresh.url + "/v1/chat/completions", json={**CHAT, "model": "fake/bare"},
                   headers={"x-api-key": fresh.billing, "authorization": "Bearer vendor-key"})
    assert r.status_code == 200
    assert fresh.billing not in vendor.everything_received()
    assert "vendor-key" not in vendor.everything_received()
    assert all(not {"authorization", "x-api-key", "api-key"} & set(q.headers)
               for q in vendor.requests)


def test_keys_of_two_clients_in_one_request_are_refused(fresh, vendor):
    r = httpx.post(fresh.url + "/v1/chat/completions", json=CHAT,
                   headers={"authorization": f"Bearer {fresh.billing}", "x-api-key": fresh.hr})
    assert r.status_code == 401 and r.json()["error"]["code"] == "client_key_conflict"
    assert vendor.requests == []


def test_the_audit_caller_is_the_client_name_whatever_the_caller_header_says(fresh):
    r = httpx.post(fresh.url + "/v1/chat/completions", json=CHAT,
                   headers={"authorization": f"Bearer {fresh.billing}",
                            "x-sovereign-guard-caller": "someone-else"})
    assert r.status_code == 200
    (request,) = [e for e in _events(fresh, r) if e["kind"] == "request"]
    assert request["caller"] == "billing"
    assert fresh.billing not in json.dumps(_events(fresh, r))


def test_a_client_bound_to_a_policy_gets_that_policys_decision(fresh, vendor):
    body = {"model": "fake/gpt", "messages": [{"role": "user", "content": f"card {CARD}"}]}
    default = httpx.post(fresh.url + "/v1/chat/completions", json=body,
                         headers={"authorization": f"Bearer {fresh.billing}"})
    assert default.status_code == 200  # the sidecar's default policy pseudonymizes it
    assert default.headers["x-sovereign-guard-decision"] == "redact"
    tight = httpx.post(fresh.url + "/v1/chat/completions", json=body,
                       headers={"authorization": f"Bearer {fresh.hr}"})
    assert tight.status_code == 403 and "CREDIT_CARD" in tight.json()["error"]["message"]
    (event,) = _events(fresh, tight)
    assert event["caller"] == "hr" and event["policy_id"].startswith("tight@")
    assert len(vendor.requests) == 1


def test_a_revoked_key_stops_working_on_the_next_request(fresh):
    with editing(fresh.keys_file, create=False) as box:
        box[0], key = box[0].add("temp")
    auth = {"authorization": f"Bearer {key}"}
    assert httpx.post(fresh.url + "/v1/chat/completions", json=CHAT, headers=auth).status_code == 200
    with editing(fresh.keys_file, create=False) as box:
        box[0] = box[0].revoke("temp")
    r = httpx.post(fresh.url + "/v1/chat/completions", json=CHAT, headers=auth)
    assert r.status_code == 401 and r.json()["error"]["code"] == "client_key_invalid"


def test_a_client_whose_policy_was_not_loaded_at_start_is_refused(fresh, tmp_path, vendor):
    with editing(fresh.keys_file, create=False) as box:
        box[0], key = box[0].add("late", str(_tight_policy(tmp_path / "late.yaml")))
    try:
        r = httpx.post(fresh.url + "/v1/chat/completions", json=CHAT,
                       headers={"authorization": f"Bearer {key}"})
        assert r.status_code == 503 and "restart" in r.json()["error"]["message"]
        assert vendor.requests == []
    finally:
        with editing(fresh.keys_file, create=False) as box:
            box[0] = box[0].revoke("late")


@pytest.mark.parametrize("breakage", ["garbage", "chmod", "delete"])
def test_a_keys_file_broken_while_serving_fails_closed(fresh, vendor, breakage):
    path = fresh.keys_file
    saved = path.read_bytes()
    auth = {"authorization": f"Bearer {fresh.billing}"}
    try:
        if breakage == "garbage":
            path.write_bytes(b"clients: [oops")
        elif breakage == "chmod":
            os.chmod(path, 0o644)
        else:
            path.unlink()
        r = httpx.post(fresh.url + "/v1/chat/completions", json=CHAT, headers=auth)
        assert r.status_code == 503 and r.json()["error"]["code"] == "client_keys_unavailable"
        assert str(path) not in r.text  # paths stay in the sidecar's log
        assert httpx.get(fresh.url + "/readyz").status_code == 503
        assert vendor.requests == []
    finally:
        path.write_bytes(saved)
        os.chmod(path, 0o600)
    assert httpx.post(fresh.url + "/v1/chat/completions", json=CHAT, headers=auth).status_code == 200


def test_a_client_bound_to_strict_gets_strict(tmp_path):
    """Shipped policies and cards: `strict` blocks a card number `default` pseudonymizes."""
    from fastapi.testclient import TestClient

    keys, plain = ClientKeys(tmp_path / "clients.yaml").add("plain")
    keys, regulated = keys.add("regulated", "strict")
    save_keys(keys)
    pipeline = Pipeline.from_files("default", None, tmp_path / "audit",
                                   keys=tmp_path / "k.json", tenant_key=TENANT_KEY)
    app = create_app(lambda: pipeline, load_in_background=False,
                     clients=ClientStore(keys.path))
    body = {"model": "local/echo", "messages": [{"role": "user", "content": f"card {CARD}"}]}
    with TestClient(app) as client:
        ok = client.post("/v1/chat/completions", json=body,
                         headers={"authorization": f"Bearer {plain}"})
        assert ok.status_code == 200 and ok.headers["x-sovereign-guard-decision"] == "redact"
        refused = client.post("/v1/chat/completions", json=body,
                              headers={"authorization": f"Bearer {regulated}"})
        assert refused.status_code == 403
        assert "entity_blocked:CREDIT_CARD" in refused.json()["error"]["message"]


def test_without_a_keys_file_any_caller_is_served():
    from fastapi.testclient import TestClient

    pipeline = Pipeline.from_files("default", None, None, tenant_key=TENANT_KEY)
    with TestClient(create_app(lambda: pipeline, load_in_background=False)) as client:
        r = client.post("/v1/chat/completions", json={**CHAT, "model": "local/echo"})
        assert r.status_code == 200


# -- the keys file ------------------------------------------------------------------------------


def test_the_file_keeps_only_the_hash_of_a_prefixed_high_entropy_key(tmp_path):
    keys, key = ClientKeys(tmp_path / "c.yaml").add("app")
    _, other = keys.add("app2")
    save_keys(keys)
    assert key.startswith(KEY_PREFIX) and len(key) >= len(KEY_PREFIX) + 43 and key != other
    text = (tmp_path / "c.yaml").read_text()
    assert key not in text and key.removeprefix(KEY_PREFIX) not in text
    assert keys.clients[0].digest.hex() in text
    assert stat.S_IMODE((tmp_path / "c.yaml").stat().st_mode) == 0o600
    loaded = load_keys(tmp_path / "c.yaml")
    assert loaded.match(key).name == "app" and loaded.match(other) is None
    assert loaded.match(key + "x") is None and loaded.match("") is None


GOOD = {"name": "a", "key_sha256": "ab" * 32, "created": "2026-01-01T00:00:00Z"}


@pytest.mark.parametrize("content, problem", [
    (b"clients: [oops", "YAML syntax error"),
    (b"- just a list", "must be a mapping"),
    (b"\xff\xfe", "not UTF-8"),
    (yaml.safe_dump({"clients": [{**GOOD, "key": "sgk_x"}]}).encode(), "unknown key"),
    (yaml.safe_dump({"clients": [{**GOOD, "key_sha256": "ab" * 31}]}).encode(), "key_sha256"),
    (yaml.safe_dump({"clients": [{**GOOD, "name": "=cmd()"}]}).encode(), "clients.0.name"),
    (yaml.safe_dump({"clients": [GOOD, {**GOOD, "key_sha256": "cd" * 32}]}).encode(),
     "listed twice"),
    (yaml.safe_dump({"clients": [GOOD, {**GOOD, "name": "b"}]}).encode(), "another client's key"),
    (yaml.safe_dump({"version": 2, "clients": []}).encode(), "version"),
])
def test_malformed_keys_files_are_one_line_errors(tmp_path, content, problem):
    with pytest.raises(ClientKeysError, match=problem) as err:
        parse_keys(content, tmp_path / "c.yaml")
    assert "\n" not in str(err.value) and str(tmp_path / "c.yaml") in str(err.value)


@pytest.mark.parametrize("mode", [0o644, 0o660, 0o604])
def test_a_keys_file_open_to_others_is_refused_with_the_chmod_hint(tmp_path, mode):
    path = tmp_path / "c.yaml"
    save_keys(ClientKeys(path).add("app")[0])
    os.chmod(path, mode)
    with pytest.raises(ClientKeysError, match=f"mode {mode:04o}.*chmod 600 {path}"):
        load_keys(path)


def test_the_keys_file_is_found_as_documented(tmp_path, monkeypatch):
    monkeypatch.delenv(KEYS_ENV, raising=False)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))
    assert keys_path() == (tmp_path / "home" / "clients.yaml", False)
    policy_file = tmp_path / "site" / "p.yaml"
    policy_file.parent.mkdir()
    policy_file.write_text("name: p\nversion: '1'\nclients: {keys_file: keys/clients.yaml}\n")
    from sovereign_guard.policy import load_policy

    policy = load_policy(policy_file)
    assert keys_path(policy) == (tmp_path / "site" / "keys" / "clients.yaml", True)
    monkeypatch.setenv(KEYS_ENV, str(tmp_path / "env.yaml"))
    assert keys_path(policy) == (tmp_path / "env.yaml", True)


def test_the_store_rereads_a_changed_file(tmp_path):
    path = tmp_path / "c.yaml"
    keys, first = ClientKeys(path).add("first")
    save_keys(keys)
    store = ClientStore(path)
    assert store.current().match(first).name == "first"
    keys, second = keys.revoke("first").add("second")
    save_keys(keys)
    assert store.current().match(first) is None and store.current().match(second).name == "second"
    path.unlink()
    with pytest.raises(ClientKeysError, match="not found"):
        store.current()  # a vanished file closes the door, it does not open it


# -- the commands -----------------------------------------------------------------------------


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    from sovereign_guard.cli import main

    monkeypatch.delenv(KEYS_ENV, raising=False)
    monkeypatch.delenv("SOVEREIGN_GUARD_POLICY", raising=False)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    run.path = tmp_path / "home" / "clients.yaml"
    return run


def test_clients_add_prints_the_key_once_and_list_never_shows_it(cli):
    code, out, err = cli("clients", "add", "billing-app", "--policy", "strict")
    assert code == 0
    key = out.strip()
    assert out == key + "\n" and key.startswith(KEY_PREFIX)  # stdout is the key alone
    assert key not in err and "shown once" in err
    assert stat.S_IMODE(cli.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(cli.path.parent.stat().st_mode) == 0o700
    assert load_keys(cli.path).match(key).policy == "strict"
    code, out, err = cli("clients", "list")
    assert code == 0 and key not in out + err and key[len(KEY_PREFIX):][:8] not in out
    (row,) = out.splitlines()[1:]
    fingerprint = load_keys(cli.path).clients[0].fingerprint
    assert row.split() == ["billing-app", "strict", row.split()[2], fingerprint]
    code, out, _ = cli("clients", "list", "--format", "json")
    assert json.loads(out)[0]["name"] == "billing-app" and key not in out


def test_clients_add_refuses_duplicates_bad_names_and_unknown_policies(cli):
    assert cli("clients", "add", "app")[0] == 0
    code, out, err = cli("clients", "add", "app")
    assert code == 2 and "already exists" in err and err.count("\n") == 1 and out == ""
    code, _, err = cli("clients", "add", "=HYPERLINK(1)")
    assert code == 2 and "not valid" in err
    code, _, err = cli("clients", "add", "other", "--policy", "stricter")
    assert code == 2 and "unknown policy 'stricter'" in err and "strict" in err
    assert [c.name for c in load_keys(cli.path).clients] == ["app"]


def test_clients_add_with_a_policy_path_records_it_absolute(cli, tmp_path, monkeypatch):
    _tight_policy(tmp_path / "tight.yaml")
    monkeypatch.chdir(tmp_path)
    assert cli("clients", "add", "app", "--policy", "tight.yaml")[0] == 0
    assert load_keys(cli.path).clients[0].policy == str(tmp_path / "tight.yaml")


def test_clients_revoke(cli):
    cli("clients", "add", "a")
    key_b = cli("clients", "add", "b")[1].strip()
    code, _, err = cli("clients", "revoke", "a")
    assert code == 0 and "revoked" in err
    assert [c.name for c in load_keys(cli.path).clients] == ["b"]
    code, _, err = cli("clients", "revoke", "a")
    assert code == 2 and "no client named 'a'" in err
    code, _, err = cli("clients", "revoke", "b")
    assert code == 0 and "refuses every request" in err
    assert load_keys(cli.path).clients == () and load_keys(cli.path).match(key_b) is None


def test_clients_list_without_a_file_says_any_caller_is_accepted(cli):
    code, out, err = cli("clients", "list")
    assert code == 0 and out == "" and "accepts any caller" in err
    code, _, err = cli("clients", "list", "--file", str(cli.path.parent / "nope.yaml"))
    assert code == 2 and "not found" in err


def test_clients_commands_refuse_a_malformed_or_exposed_file(cli):
    cli.path.parent.mkdir(mode=0o700)
    cli.path.write_text("clients: [oops")
    os.chmod(cli.path, 0o600)
    for argv in (("list",), ("add", "x"), ("revoke", "x")):
        code, _, err = cli("clients", *argv)
        assert code == 2 and "YAML syntax error" in err and err.count("\n") == 1
    save_keys(ClientKeys(cli.path).add("x")[0])
    os.chmod(cli.path, 0o644)
    code, _, err = cli("clients", "add", "y")
    assert code == 2 and "chmod 600" in err


def test_clients_help_says_how_keys_are_sent(capsys):
    from sovereign_guard.cli import main

    with pytest.raises(SystemExit) as done:
        main(["clients", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "Authorization: Bearer" in out and "x-api-key" in out and "revoke" in out


# -- serve says who may call -------------------------------------------------------------------


@pytest.fixture
def served(tmp_path, monkeypatch):
    """`serve` with uvicorn replaced by a recorder: it stops right after its start-up checks."""
    from sovereign_guard.cli import serve as serve_cli
    from sovereign_guard.server import logs as server_logs

    home = tmp_path / "home"
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(home))
    for name in ("POLICY", "MODELS", "AUDIT_DIR", "KEYS", "LOG_LEVEL", "CLIENT_KEYS"):
        monkeypatch.setenv(f"SOVEREIGN_GUARD_{name}", "")  # serve exports some: undo that too
        monkeypatch.delenv(f"SOVEREIGN_GUARD_{name}")
    started: list[dict] = []
    # the server itself replaced (serve binds its port first: any free one here)
    monkeypatch.setattr(serve_cli, "serve_on", lambda sock, args: sock.close() or started.append(args) or 0)
    monkeypatch.setenv("SOVEREIGN_GUARD_PORT", "0")
    monkeypatch.setattr(server_logs, "setup_logging", lambda level: None)
    return home / "clients.yaml", started


def _serve(capsys, *argv):
    from sovereign_guard.cli import main

    code = main(["serve", *argv])
    return code, capsys.readouterr().err


def test_serve_without_keys_says_it_accepts_any_caller(served, capsys):
    _, started = served
    code, err = _serve(capsys, "--host", "127.0.0.2", "--port", "9999")
    assert code == 0 and len(started) == 1
    (line,) = [x for x in err.splitlines() if "caller" in x]
    assert "accepting any caller that can reach 127.0.0.2:9999" in line
    assert KEYS_ENV not in os.environ and "warning" not in err  # loopback


def test_serve_on_every_interface_without_keys_gets_a_warning(served, capsys):
    code, err = _serve(capsys, "--host", "0.0.0.0")
    assert code == 0 and "warning: 0.0.0.0 is not a loopback address" in err


def test_serve_with_keys_says_how_many_and_pins_the_file_for_its_workers(served, capsys):
    path, started = served
    keys = ClientKeys(path).add("a")[0].add("b", "strict")[0]
    save_keys(keys)
    code, err = _serve(capsys)
    assert code == 0 and len(started) == 1
    assert f"2 client(s) in {path}" in err and "any caller" not in err
    assert os.environ[KEYS_ENV] == str(path.resolve())


def test_serve_refuses_a_client_bound_to_an_unknown_policy(served, capsys):
    path, started = served
    save_keys(ClientKeys(path).add("a", "no-such-policy")[0])
    code, err = _serve(capsys)
    assert code == 2 and started == [] and err.count("\n") == 1
    assert "client 'a'" in err and "unknown policy 'no-such-policy'" in err


def test_serve_refuses_an_exposed_or_missing_explicit_keys_file(served, capsys, monkeypatch,
                                                               tmp_path):
    path, started = served
    save_keys(ClientKeys(path).add("a")[0])
    os.chmod(path, 0o640)
    code, err = _serve(capsys)
    assert code == 2 and f"chmod 600 {path}" in err and started == []
    monkeypatch.setenv(KEYS_ENV, str(tmp_path / "typo.yaml"))
    code, err = _serve(capsys)
    assert code == 2 and "client keys file not found" in err and started == []


def test_serve_with_an_empty_keys_file_says_everyone_is_refused(served, capsys):
    path, _ = served
    save_keys(ClientKeys(path))
    code, err = _serve(capsys)
    assert code == 0 and "lists no clients: every request is refused" in err


# -- a client key pasted into a prompt is a secret ------------------------------------------


def test_a_client_key_in_a_prompt_blocks_it(guard):
    _, key = ClientKeys(REPO / "unused.yaml").add("app")
    for text in (f"my sidecar key is {key}, keep it", f"SG_KEY={key}", f'{{"key": "{key}"}}'):
        found = guard.protect(text)
        assert found.blocked and "entity_blocked:SECRET" in found.block_reasons, text
    assert not guard.protect("sgk_ is our prefix; sgk_short is not a key").blocked
