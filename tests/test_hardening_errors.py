"""Issue 16 item 11: error bodies a client sees never name internal paths (they stay in logs).

`State.load` used to copy the load error's text, which names the audit file, into `/readyz`
and every 503."""

from __future__ import annotations

from fastapi.testclient import TestClient

from sovereign_guard.pipeline import Pipeline
from sovereign_guard.server import create_app


def test_a_load_failure_does_not_show_the_audit_path_to_clients(tmp_path, monkeypatch):
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")  # the audit directory cannot be created below a file

    def factory() -> Pipeline:
        return Pipeline.from_files(None, None, blocker / "audit", keys=str(tmp_path / "k.json"))

    app = create_app(factory, load_in_background=False)
    with TestClient(app) as client:
        ready = client.get("/readyz")
        answer = client.post("/v1/chat/completions", json={
            "model": "local/echo", "messages": [{"role": "user", "content": "hi"}]})
    assert ready.status_code == 503 and answer.status_code == 503
    for body in (ready.text, answer.text):
        assert str(tmp_path) not in body and "not-a-directory" not in body
