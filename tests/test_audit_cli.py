"""`sovereign-guard audit ...` as an auditor uses it: exit codes, filters, formats, bundles."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil

import pytest
from test_audit_support import event, settings, snapshot

from sovereign_guard.audit import KEY_ENV, AuditLog, load_keyset
from sovereign_guard.cli import main


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))
    assert main(["keys", "init"]) == 0
    keys = load_keyset()
    audit = tmp_path / "audit"
    for replica in ("replica-a", "replica-b"):  # two replicas' audit dirs under one root
        with AuditLog(audit / replica, keys, settings(), log_id=f"{replica}-log") as log:
            for i in range(12):
                log.append(event(i, vendor="Anthropic" if i % 3 == 0 else "OpenAI",
                                 card_id="anthropic/claude" if i % 3 == 0 else "openai/gpt-5"))
    return tmp_path, audit


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_verify_ok_and_failures(env, capsys):
    _, audit = env
    code, out, _ = run(capsys, "audit", "verify", audit)
    assert code == 0 and "24/24 records valid" in out and "OK: no problems found" in out
    seg = audit / "replica-a" / "replica-a-log" / "seg-00000001.jsonl"
    lines = seg.read_bytes().splitlines(keepends=True)
    seg.write_bytes(b"".join(lines[:3] + lines[4:]))
    code, out, _ = run(capsys, "audit", "verify", audit)
    assert code == 1
    assert "INVALID replica-a-log/seg-00000001.jsonl line 4 (seq 4): sequence gap" in out
    assert "22/23 records valid" in out
    code, out, _ = run(capsys, "audit", "verify", seg, "--format", "json")  # a segment FILE
    doc = json.loads(out)
    assert code == 1 and not doc["ok"] and doc["totals"]["records"] == 11


def test_checkpoint_then_verify_against(env, capsys, tmp_path):
    _, audit = env
    code, out, _ = run(capsys, "audit", "checkpoint", audit)
    assert code == 0 and out.count("sovereign-guard/replica-") == 2
    kept = tmp_path / "siem.txt"
    kept.write_text(out)
    assert run(capsys, "audit", "verify", audit, "--against", kept)[0] == 0
    shutil.rmtree(audit / "replica-b")
    code, out, _ = run(capsys, "audit", "verify", audit, "--against", kept)
    assert code == 1 and "log replica-b-log not found" in out


def test_show_filters_and_formats(env, capsys):
    _, audit = env
    code, out, _ = run(capsys, "audit", "show", audit, "--decision", "block", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 6 and {r["decision"] for r in rows} == {"block"}
    assert {r["log_id"] for r in rows} == {"replica-a-log", "replica-b-log"}
    _, out, _ = run(capsys, "audit", "show", audit, "--vendor", "anthropic", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert len(table) == 8 and {r["card_id"] for r in table} == {"anthropic/claude"}
    _, out, _ = run(capsys, "audit", "show", audit, "--since", "2025-03-02", "--until",
                    "2025-03-02", "--format", "json")
    assert {r["time"][:10] for r in json.loads(out)} == {"2025-03-02"}
    assert len(json.loads(out)) == 8
    _, out, _ = run(capsys, "audit", "show", audit, "--data-class", "confidential",
                    "--entity", "person", "--format", "json")
    assert len(json.loads(out)) == 12
    _, out, _ = run(capsys, "audit", "show", audit, "--entity", "EMAIL_ADDRESS", "--format",
                    "json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "audit", "show", audit, "--decision", "allow")
    assert code == 0 and out.splitlines()[0].startswith("TIME") and "(6 record(s))" in out


def test_report_text_and_html(env, capsys, tmp_path):
    _, audit = env
    page = tmp_path / "report.html"
    code, out, _ = run(capsys, "audit", "report", audit, "--html", page)
    assert code == 0
    assert "requests: 24" in out and "integrity: 24/24 records valid" in out
    assert "secret_detected" in out and "PERSON" in out and "2025-03-01" in out
    html = page.read_text()
    assert html.startswith("<!DOCTYPE html>") and html.count("<svg") >= 5
    for external in ("<script", "src=", "http://", "https://", "<link"):
        assert external not in html
    _, out, _ = run(capsys, "audit", "report", audit, "--format", "json")
    doc = json.loads(out)
    assert doc["decisions"] == {"allow": 6, "redact": 6, "reroute": 6, "block": 6}
    assert doc["entities"] == {"PERSON": 24} and doc["ok"]


def test_reading_never_modifies_the_log(env, capsys, tmp_path):
    _, audit = env
    before = snapshot(audit)
    kept = tmp_path / "cp.txt"
    for argv in (["verify", audit], ["checkpoint", audit], ["show", audit],
                 ["show", audit, "--format", "csv"], ["report", audit],
                 ["export", audit, "--out", tmp_path / "bundle", "--decision", "block"]):
        code, out, _ = run(capsys, "audit", *argv)
        assert code == 0
        if argv[0] == "checkpoint":
            kept.write_text(out)
    assert run(capsys, "audit", "verify", audit, "--against", kept)[0] == 0
    assert snapshot(audit) == before


def test_export_bundle_verifies_on_another_machine(env, capsys, tmp_path, monkeypatch):
    home, audit = env
    pub = tmp_path / "pinned.json"
    assert run(capsys, "keys", "public", "--out", pub)[0] == 0
    code, out, _ = run(capsys, "audit", "export", audit, "--out", tmp_path / "b",
                       "--decision", "block")
    assert code == 0 and "exported 6 record(s) from 2 log(s)" in out
    _, cps, _ = run(capsys, "audit", "checkpoint", audit)
    (tmp_path / "cps.txt").write_text(cps)
    elsewhere = tmp_path / "auditor-laptop" / "bundle"
    shutil.copytree(tmp_path / "b", elsewhere)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "empty-home"))  # no keys there
    bundle_text = "\n".join(p.read_text() for p in elsewhere.iterdir())
    assert '"aead"' not in bundle_text and '"sign"' not in bundle_text  # no secret key
    code, out, _ = run(capsys, "audit", "verify", elsewhere)
    assert code == 0 and "NOT pinned" in out and "OK: no problems found" in out
    code, out, _ = run(capsys, "audit", "verify", elsewhere, "--keys", pub, "--against",
                       tmp_path / "cps.txt")
    assert code == 0 and "2/2 exported checkpoints matched" in out
    secret = home / "home" / "audit-keys.json"
    code, out, _ = run(capsys, "audit", "verify", elsewhere / "manifest.json", "--keys", secret)
    assert code == 0 and "payloads decrypted" in out
    code, out, _ = run(capsys, "audit", "show", elsewhere, "--keys", secret, "--format", "json")
    rows = json.loads(out)  # the selected records only, not the context lines
    assert code == 0 and len(rows) == 6 and {r["decision"] for r in rows} == {"block"}
    code, out, _ = run(capsys, "audit", "report", elsewhere, "--keys", secret)
    assert code == 0 and "requests: 6" in out
    assert re.search(r"integrity: (\d+)/\1 records valid, \d+/\d+ checkpoints valid: OK", out)
    # tampering with a record inside the bundle
    records = elsewhere / "records.jsonl"
    lines = records.read_text().splitlines(keepends=True)
    entry = json.loads(lines[0])
    entry["line"] = entry["line"].replace('"seq":', '"seq": ', 1)
    records.write_text(json.dumps(entry) + "\n" + "".join(lines[1:]))
    code, out, _ = run(capsys, "audit", "verify", elsewhere, "--keys", pub)
    assert code == 1
    assert "records.jsonl: changed after export" in out
    assert "records.jsonl line 1" in out and "malformed envelope" in out
    # a bundle signed by someone else's keys fails against the pinned public keys
    shutil.copytree(tmp_path / "b", tmp_path / "b2")
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "other-home"))
    assert run(capsys, "keys", "init")[0] == 0
    code, out, _ = run(capsys, "audit", "verify", tmp_path / "b2")
    assert code == 1 and "unknown key" in out


def test_export_includes_unsealed_records(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))
    assert main(["keys", "init"]) == 0
    log = AuditLog(tmp_path / "audit", load_keyset(), settings(checkpoint_every=10),
                   log_id="live")
    for i in range(14):  # a checkpoint at 10, four records after it
        log.append(event(i))
    code, _, _ = run(capsys, "audit", "export", tmp_path / "audit", "--out", tmp_path / "b")
    assert code == 0
    code, out, _ = run(capsys, "audit", "verify", tmp_path / "b")
    assert code == 0 and "14/14 records valid" in out
    assert "4 record(s) newer than the latest checkpoint" in out
    log.close()


@pytest.mark.parametrize("argv, message", [
    (["audit", "verify", "/nonexistent/dir"], "no such file or directory"),
    (["audit", "show", "{audit}", "--since", "yesterday"], "not an ISO date"),
    (["audit", "verify", "{audit}", "--against", "/nonexistent"], "cannot read"),
    (["audit", "verify", "{audit}", "--against", "{junk}"], "not a signed checkpoint"),
    (["audit", "export", "{audit}", "--out", "{audit}"], "not an empty directory"),
    (["audit", "show", "{audit}", "--keys", "{pub}"], "needs the secret keyset"),
    (["audit", "verify", "{empty}"], "no audit logs found"),
    (["audit", "checkpoint", "{empty}"], "no audit logs found"),
    (["audit", "verify", "{audit}", "--keys", "{junk}"], "not an audit keyset"),
])
def test_bad_input_is_one_line_and_exit_2(env, capsys, tmp_path, argv, message):
    _, audit = env
    (tmp_path / "junk.txt").write_text("hello\n")
    (tmp_path / "empty").mkdir()
    assert main(["keys", "public", "--out", str(tmp_path / "pub.json")]) == 0
    capsys.readouterr()
    paths = {"audit": audit, "junk": tmp_path / "junk.txt", "pub": tmp_path / "pub.json",
             "empty": tmp_path / "empty"}
    code, out, err = run(capsys, *[a.format(**paths) for a in argv])
    assert code == 2, (out, err)
    assert err.startswith("sovereign-guard: error: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_no_keys_anywhere_is_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "nothing"))
    (tmp_path / "audit" / "x").mkdir(parents=True)
    (tmp_path / "audit" / "x" / "seg-00000001.jsonl").write_bytes(b"")
    code, _, err = run(capsys, "audit", "verify", tmp_path / "audit")
    assert code == 2 and "keys init" in err
