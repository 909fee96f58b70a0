"""Hot reload (issue 15 item 6): policy and cards re-read while serving, swapped whole; a
broken file keeps the old configuration, and every reload is an audit event with hashes."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
import yaml
from conftest import REPO, TENANT_KEY, audit_events, model_card, write_models
from fakevendor import ServerThread, free_port
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY

from sovereign_guard import reload
from sovereign_guard.audit import load_keyset
from sovereign_guard.audit.review import Filters, Reader, select
from sovereign_guard.pipeline import Pipeline
from sovereign_guard.server.app import create_app

ECHO = yaml.safe_load((REPO / "models" / "local-echo.yaml").read_text())


class Site:
    """A policy file, a models directory and an audit log of one's own, all editable."""

    def __init__(self, root: Path, cards: list[dict] = ()):
        self.root = root
        self.policy = root / "policy.yaml"
        shutil.copy(REPO / "policies" / "default.yaml", self.policy)
        self.models = write_models(_mkdir(root / "models"), list(cards))
        self.audit_dir, self.keys = root / "audit", root / "keys.json"

    def pipeline(self) -> Pipeline:
        return Pipeline.from_files(self.policy, self.models, self.audit_dir, keys=self.keys,
                                   tenant_key=TENANT_KEY)

    def add_echo(self, card_id: str) -> Path:
        path = self.models / (card_id.replace("/", "-") + ".yaml")
        path.write_text(yaml.safe_dump({**ECHO, "id": card_id, "aliases": []}))
        return path

    def edit_policy(self, change) -> None:
        data = yaml.safe_load(self.policy.read_text())
        change(data)
        self.policy.write_text(yaml.safe_dump(data, allow_unicode=True))

    def events(self, kind: str = "reload") -> list[dict]:
        rows = select(Reader(keys=load_keyset(self.keys)), self.audit_dir, Filters())
        return [r.event.model_dump(mode="json") for r in rows if r.event.kind == kind]


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _reloads(trigger: str, outcome: str) -> float:
    value = REGISTRY.get_sample_value("sovereign_guard_reloads_total",
                                      {"trigger": trigger, "outcome": outcome})
    return value or 0.0


def _chat(client, model: str, text: str = "hello", **extra) -> httpx.Response:
    return client.post("/v1/chat/completions", json={
        "model": model, "messages": [{"role": "user", "content": text}], **extra})


@pytest.fixture
def site(tmp_path):
    return Site(tmp_path)


@pytest.fixture
def sidecar(site):
    app = create_app(site.pipeline, load_in_background=False)
    with TestClient(app) as client:
        client.site, client.state = site, app.state.guard
        yield client


# -- a changed file is what the next request gets ---------------------------------------------


def test_a_new_card_serves_the_next_request_after_a_reload(sidecar):
    assert _chat(sidecar, "test/second").status_code == 404
    sidecar.site.add_echo("test/second")
    result = sidecar.state.config.reload()
    assert result.ok and result.trigger == "call"
    answer = _chat(sidecar, "test/second")
    assert answer.status_code == 200
    assert answer.headers["x-sovereign-guard-route"] == "test/second"
    listed = {m["id"] for m in sidecar.get("/v1/models").json()["data"]}
    assert "test/second" in listed
    assert sidecar.get("/readyz").status_code == 200


def test_the_watcher_reloads_a_changed_card_once_it_has_settled(sidecar):
    config = sidecar.state.config
    assert config.poll() is None  # nothing changed
    sidecar.site.add_echo("test/watched")
    assert config.poll() is None  # changing: looked at again next time
    result = config.poll()
    assert result is not None and result.ok and result.trigger == "watch"
    assert _chat(sidecar, "test/watched").status_code == 200
    assert config.poll() is None  # and once only


def test_the_watcher_thread_reloads_without_being_asked(site):
    app = create_app(site.pipeline, load_in_background=False, reload_interval=0.05)
    with TestClient(app) as client:
        site.add_echo("test/polled")
        deadline = time.monotonic() + 30
        while _chat(client, "test/polled").status_code != 200:
            assert time.monotonic() < deadline, "the watcher never reloaded"
            time.sleep(0.05)
    (event,) = site.events()
    assert event["details"]["trigger"] == "watch"
    assert event["details"]["changed"] == ["test-polled.yaml"]


def test_a_kubernetes_configmap_update_is_seen(tmp_path):
    # A ConfigMap volume: each file a symlink into `..data`, itself a symlink that the kubelet
    # swaps atomically to a new timestamped directory (no file the watcher reads is edited).
    site = Site(tmp_path)
    mounted = _mkdir(tmp_path / "mounted")
    for version, cards in (("..v1", ["local-echo.yaml"]), ("..v2", ["local-echo.yaml",
                                                                    "test-mounted.yaml"])):
        _mkdir(mounted / version)
        for name in cards:
            shutil.copy(site.models / "local-echo.yaml", mounted / version / name)
    extra = yaml.safe_load((mounted / "..v2" / "test-mounted.yaml").read_text())
    (mounted / "..v2" / "test-mounted.yaml").write_text(
        yaml.safe_dump({**extra, "id": "test/mounted", "aliases": []}))
    (mounted / "..data").symlink_to("..v1")
    for name in ("local-echo.yaml", "test-mounted.yaml"):
        (mounted / name).symlink_to(f"..data/{name}")  # dangling until ..v2
    pipe = Pipeline.from_files(site.policy, mounted, site.audit_dir, keys=site.keys,
                               tenant_key=TENANT_KEY)
    config = reload.LiveConfig(reload.first(pipe))
    assert "test/mounted" not in config.current.pipeline.registry
    (mounted / "..data_tmp").symlink_to("..v2")
    os.replace(mounted / "..data_tmp", mounted / "..data")
    config.poll()
    result = config.poll()
    assert result is not None and result.ok
    assert "test/mounted" in config.current.pipeline.registry
    assert result.new.changed(result.old) == [str(mounted / "test-mounted.yaml")]


def test_a_changed_policy_decides_the_next_request(sidecar):
    said = "write to ada.lovelace@example.org"
    before = _chat(sidecar, "local/echo", said)
    assert before.status_code == 200 and before.headers["x-sovereign-guard-decision"] == "redact"

    def block_email(data):
        data["entities"]["EMAIL_ADDRESS"]["action"] = "block"
    sidecar.site.edit_policy(block_email)
    assert sidecar.state.config.reload().ok
    after = _chat(sidecar, "local/echo", said)
    assert after.status_code == 403
    assert "entity_blocked:EMAIL_ADDRESS" in after.json()["error"]["message"]


def test_values_redacted_before_a_policy_reload_are_still_found_after_it(sidecar):
    # Once detected, always detected survives the new guard a changed policy brings.
    first = _chat(sidecar, "local/echo", "my employee number is QX-58213-ZK, says Ada Lovelace")
    assert first.status_code == 200
    old = sidecar.state.pipeline.guard
    sidecar.site.edit_policy(lambda data: data.update(version="2026.12-reload"))
    assert sidecar.state.config.reload().ok
    assert sidecar.state.pipeline.guard is not old
    assert len(sidecar.state.pipeline.guard.known) == len(old.known) > 0


# -- a broken file keeps the old configuration ------------------------------------------------


def test_a_broken_card_keeps_the_old_cards_counts_and_audits(sidecar):
    site = sidecar.site
    good = site.add_echo("test/kept")
    assert sidecar.state.config.reload().ok
    old_hash = sidecar.state.config.current.fingerprint.config
    failed_before = _reloads("call", "failed")

    good.write_text("id: test/kept\naliases: [unterminated\n")  # not YAML
    result = sidecar.state.config.reload()
    assert not result.ok and result.error == "VendorError"
    assert "YAML syntax error" in result.problem
    assert _reloads("call", "failed") == failed_before + 1
    assert _chat(sidecar, "test/kept").status_code == 200  # the old card still serves
    assert sidecar.state.config.current.fingerprint.config == old_hash
    assert sidecar.get("/readyz").status_code == 200

    failed = site.events()[-1]
    assert failed["details"]["outcome"] == "failed" and failed["error"] == "VendorError"
    assert failed["details"]["old"]["config"] == old_hash
    assert failed["details"]["new"]["config"] == result.new.config != old_hash
    assert failed["details"]["changed"] == ["test-kept.yaml"]
    assert failed["policy_hash"] == _sha256(site.policy)  # the policy still serving


def test_a_broken_policy_keeps_the_old_policy(sidecar):
    site = sidecar.site
    serving = sidecar.state.pipeline.policy
    site.edit_policy(lambda data: data["entities"]["EMAIL_ADDRESS"].update(action="shred"))
    result = sidecar.state.config.reload()
    assert not result.ok and result.error == "PolicyError"
    assert "EMAIL_ADDRESS" in result.problem
    assert sidecar.state.pipeline.policy is serving
    said = _chat(sidecar, "local/echo", "mail ada.lovelace@example.org")
    assert said.status_code == 200 and said.headers["x-sovereign-guard-decision"] == "redact"
    event = site.events()[-1]
    assert event["details"]["outcome"] == "failed"
    assert event["details"]["new"]["policy"] == _sha256(site.policy)
    assert event["details"]["old"]["policy"] == serving.sha256 != _sha256(site.policy)


def test_a_policy_naming_a_card_that_is_not_there_is_refused(sidecar):
    sidecar.site.edit_policy(lambda data: data["vendors"].update(fallbacks=["nowhere/model"]))
    result = sidecar.state.config.reload()
    assert not result.ok and "nowhere/model" in result.problem
    assert _chat(sidecar, "local/echo").status_code == 200


def test_changed_audit_settings_wait_for_a_restart(sidecar):
    sidecar.site.edit_policy(lambda data: data["audit"].update(enabled=False))
    result = sidecar.state.config.reload()
    assert not result.ok and result.error == "ReloadRefused"
    assert sidecar.state.pipeline.audit is not None
    assert sidecar.site.events()[-1]["details"]["outcome"] == "failed"


def test_a_broken_file_is_reported_once_by_the_watcher(sidecar):
    config = sidecar.state.config
    (sidecar.site.models / "broken.yaml").write_text("id: [\n")
    config.poll()
    failed = config.poll()
    assert failed is not None and not failed.ok
    assert config.poll() is None and config.poll() is None
    (sidecar.site.models / "broken.yaml").unlink()  # back as it was: nothing to reload
    config.poll()
    assert config.poll() is None
    assert len(sidecar.site.events()) == 1


# -- the audit event ---------------------------------------------------------------------------


def test_a_reload_records_the_old_and_new_hashes(sidecar):
    site = sidecar.site
    old = sidecar.state.config.current.fingerprint
    assert old.policy == _sha256(site.policy) == sidecar.state.pipeline.policy.sha256
    site.add_echo("test/hashed")
    site.edit_policy(lambda data: data.update(version="2026.12-hashed"))
    result = sidecar.state.config.reload()
    assert result.ok
    (event,) = site.events()
    details = event["details"]
    assert details["outcome"] == "ok" and details["trigger"] == "call"
    assert details["old"] == old.as_dict()
    assert details["new"]["policy"] == _sha256(site.policy) == event["policy_hash"]
    assert details["new"]["cards"] != old.cards and details["new"]["config"] != old.config
    assert details["changed"] == ["policy.yaml", "test-hashed.yaml"]
    # the requests after it name the new policy
    answer = _chat(sidecar, "test/hashed")
    (request,) = audit_events(load_keyset(site.keys), site.audit_dir,
                              answer.headers["x-sovereign-guard-request-id"])[:1]
    assert request["policy_hash"] == details["new"]["policy"]


def test_audit_review_reads_reload_events(sidecar, capsys):
    from sovereign_guard.cli import main

    site = sidecar.site
    site.add_echo("test/reviewed")
    assert sidecar.state.config.reload().ok
    assert _chat(sidecar, "test/reviewed").status_code == 200
    (site.models / "test-reviewed.yaml").write_text(":\n")
    assert not sidecar.state.config.reload().ok
    sidecar.state.pipeline.audit.checkpoint()
    keys = ["--keys", str(site.keys)]
    capsys.readouterr()
    assert main(["audit", "verify", str(site.audit_dir), *keys]) == 0
    assert main(["audit", "show", str(site.audit_dir), "--format", "json", *keys]) == 0
    shown = capsys.readouterr().out
    assert shown.count('"kind": "reload"') == 2 or shown.count('"kind":"reload"') == 2
    assert main(["audit", "report", str(site.audit_dir), "--format", "json", *keys]) == 0
    report = capsys.readouterr().out
    assert '"reload": 2' in report and '"requests": 1' in report


# -- in flight ---------------------------------------------------------------------------------


@pytest.fixture
def vended(tmp_path, vendor):
    """A sidecar on a port of its own whose one vendor card points at the fake vendor."""
    vendor.clear()
    site = Site(tmp_path, [model_card("fake/gpt", "openai", vendor.base_url)])
    app = create_app(site.pipeline, load_in_background=False)
    with ServerThread(app) as server:
        server.site, server.state = site, app.state.guard
        server.url = f"http://127.0.0.1:{server.port}"
        yield server
    vendor.clear()


@pytest.mark.parametrize("stream", [False, True])
def test_a_request_in_flight_finishes_under_the_configuration_it_started_with(vended, vendor,
                                                                             stream):
    vendor.stall = 60  # the vendor holds the request until released
    said = "please call Ada Lovelace at ada.lovelace@example.org"
    got: list[httpx.Response] = []

    def call():
        with httpx.Client(base_url=vended.url, timeout=60) as client:
            got.append(_chat(client, "fake/gpt", said, stream=stream))

    caller = threading.Thread(target=call)
    caller.start()
    deadline = time.monotonic() + 30
    while not vendor.requests:
        assert time.monotonic() < deadline, "the request never reached the vendor"
        time.sleep(0.02)
    (vended.site.models / "fake-gpt.yaml").unlink()  # the card goes away mid-request
    assert vended.state.config.reload().ok
    vendor.stall = 0
    caller.join(timeout=60)
    (answer,) = got
    assert answer.status_code == 200
    assert answer.headers["x-sovereign-guard-route"] == "fake/gpt"
    text = answer.text
    assert "ada.lovelace@example.org" in text.replace("\\", "")  # restored by the old config
    assert "ada.lovelace@example.org" not in vendor.everything_received()
    with httpx.Client(base_url=vended.url) as client:
        assert _chat(client, "fake/gpt").status_code == 404  # the next one: new config


# -- who may call ------------------------------------------------------------------------------


def test_a_client_bound_to_a_new_policy_is_served_after_a_reload(site):
    from sovereign_guard.clients import ClientKeys, ClientStore, save_keys

    keys, billing = ClientKeys(site.root / "clients.yaml").add("billing")
    save_keys(keys)
    store = ClientStore(keys.path)
    app = create_app(site.pipeline, load_in_background=False, clients=store)
    with TestClient(app) as client:
        own = yaml.safe_load(site.policy.read_text())
        own.update(name="late-policy", version="1")
        (site.root / "late.yaml").write_text(yaml.safe_dump(own, allow_unicode=True))
        keys, late = keys.add("late", str(site.root / "late.yaml"))
        save_keys(keys)
        auth = {"authorization": f"Bearer {late}"}
        body = {"model": "local/echo", "messages": [{"role": "user", "content": "hi"}]}
        refused = client.post("/v1/chat/completions", json=body, headers=auth)
        assert refused.status_code == 503 and "client_policy_not_loaded" in refused.text
        config = app.state.guard.config
        assert config.poll() is None  # the keys file names a policy not loaded: settling
        result = config.poll()  # the watcher loads it
        assert result is not None and result.ok and result.new.other != result.old.other
        served = client.post("/v1/chat/completions", json=body, headers=auth)
        assert served.status_code != 503
        assert app.state.guard.exchange_for(store.current().get("late")).pipeline.policy.id \
            == "late-policy@1"


# -- the in-process door -----------------------------------------------------------------------


def test_the_transport_reloads_its_cards(site):
    from sovereign_guard import GuardTransport

    transport = GuardTransport(httpx.MockTransport(lambda r: httpx.Response(599)),
                               pipeline=site.pipeline())
    with httpx.Client(transport=transport, base_url="https://api.invalid") as client:
        assert _chat(client, "test/inproc").status_code == 404
        site.add_echo("test/inproc")
        assert transport.reload().ok
        assert _chat(client, "test/inproc").status_code == 200
    (event,) = site.events()
    assert event["door"] == "transport"


def test_the_decorator_reloads_its_cards(site):
    from sovereign_guard import guard
    from sovereign_guard.errors import GuardError

    @guard(model="test/decorated", using=site.pipeline())
    def ask(prompt: str) -> str:
        return f"got: {prompt}"

    with pytest.raises(GuardError, match="test/decorated"):
        ask("hello")
    site.add_echo("test/decorated")
    assert ask.reload().ok
    assert ask("hello") == "got: hello"
    (event,) = site.events()
    assert event["door"] == "decorator"


def test_a_broken_card_keeps_the_decorator_serving(site):
    from sovereign_guard import guard

    site.add_echo("test/decorated")

    @guard(model="test/decorated", using=site.pipeline())
    def ask(prompt: str) -> str:
        return prompt

    (site.models / "broken.yaml").write_text("id: [unclosed\n")
    result = ask.reload()
    assert not result.ok and "broken.yaml" in result.problem
    assert ask("still served") == "still served"


# -- SIGHUP ------------------------------------------------------------------------------------


def test_sighup_calls_the_handler_in_this_process():
    calls: list[int] = []
    before = signal.getsignal(signal.SIGHUP)
    try:
        assert reload.on_sighup(lambda: calls.append(1))
        os.kill(os.getpid(), signal.SIGHUP)
        deadline = time.monotonic() + 10
        while not calls and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        signal.signal(signal.SIGHUP, before)
    assert calls == [1]


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(p) for p in (task / "children").read_text().split())
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_sighup_reloads_every_worker_of_serve_in_place(tmp_path):
    site = Site(tmp_path)
    port = free_port()
    home = tmp_path / "home"
    env = {**os.environ, "SOVEREIGN_GUARD_HOME": str(home), "TMPDIR": str(tmp_path),
           "OPENBLAS_NUM_THREADS": "1"}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "sovereign_guard", "serve", "--port", str(port), "--workers",
         "2", "--models", str(site.models), "--policy", str(site.policy), "--reload-interval",
         "0", "--log-level", "info"], env=env, stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "serve.log").open("wb"))
    url = f"http://127.0.0.1:{port}"
    body = {"model": "test/hup", "messages": [{"role": "user", "content": "hi"}]}

    def status() -> int:
        try:
            return httpx.post(url + "/v1/chat/completions", json=body,
                              headers={"connection": "close"}).status_code
        except httpx.HTTPError:
            return 0

    try:
        deadline = time.monotonic() + 120
        in_a_row = 0
        # Both workers loaded, each announcing it (each has its own SO_REUSEPORT listener,
        # so answers alone could all come from the first one ready), and refusing the card
        # they do not have.
        while in_a_row < 8 or (tmp_path / "serve.log").read_text().count('"event":"ready"') < 2:
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, "sidecar never became ready"
            in_a_row = in_a_row + 1 if status() == 404 else 0
            time.sleep(0.05)
        workers = _children(proc.pid)
        site.add_echo("test/hup")
        assert status() == 404  # no watching: only the signal reloads
        proc.send_signal(signal.SIGHUP)
        in_a_row = 0
        while in_a_row < 8:  # fresh connections: both workers serve the new card
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, "SIGHUP did not reload every worker"
            in_a_row = in_a_row + 1 if status() == 200 else 0
            time.sleep(0.05)
        assert _children(proc.pid) == workers, (tmp_path / "serve.log").read_text()[-3000:]
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    keys = load_keyset(home / "audit-keys.json")
    rows = select(Reader(keys=keys), home / "audit", Filters())
    reloads = [r for r in rows if r.event.kind == "reload"]
    assert len({r.log_id for r in reloads}) == 2  # one per worker
    assert [(r.event.details["trigger"], r.event.details["outcome"], r.event.details["changed"])
            for r in reloads] == [("sighup", "ok", ["test-hup.yaml"])] * 2
