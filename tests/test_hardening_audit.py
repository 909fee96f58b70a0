"""Issue 16 items 7, 12 and 15 (and 13's in-process door): a key per log, an audit directory
deleted while serving fails closed, and what `audit verify` can and cannot see."""

from __future__ import annotations

import base64
import json
import shutil

import httpx
import orjson
import pytest
from conftest import TENANT_KEY, model_card, write_models
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from fakevendor import ServerThread
from test_audit_support import (
    LOG_ID,
    event,
    problem_texts,
    segment,
    settings,
    verify,
    write_log,
)

from sovereign_guard.audit import KEY_ENV, AuditLog, Keyset
from sovereign_guard.audit import envelope as envelope_mod
from sovereign_guard.audit.envelope import aad, parse_line
from sovereign_guard.audit.keys import log_key, save_keyset
from sovereign_guard.cli import main
from sovereign_guard.core import Guard
from sovereign_guard.errors import AuditError
from sovereign_guard.pipeline import Pipeline
from sovereign_guard.server import create_app
from sovereign_guard.vendors import load_registry

KEYS = Keyset.generate()


def _envelopes(logdir):
    return [parse_line(line) for line in segment(logdir).read_bytes().splitlines()]


def _cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def keys_file(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    path = tmp_path / "keys.json"
    save_keyset(path, KEYS)
    return path


# -- item 7: one AES-256-GCM key per log --------------------------------------------------------


def test_two_logs_get_different_keys(tmp_path):
    secret = KEYS.primary.aead
    a, b = log_key(secret, "replica-a-1"), log_key(secret, "replica-b-1")
    assert len(a) == len(b) == 32 and len({a, b, secret}) == 3
    assert log_key(secret, "replica-a-1") == a  # derived, not random: readers find it again
    logdir = write_log(tmp_path, KEYS, 3, log_id="replica-a-1")
    for env in _envelopes(logdir):
        assert env.version == 2
        plain = AESGCM(a).decrypt(env.nonce, env.ct, aad(env.header))  # the log's own key
        assert json.loads(plain)["kind"] == "request"
        with pytest.raises(InvalidTag):  # not the shared key any more
            AESGCM(secret).decrypt(env.nonce, env.ct, aad(env.header))


def test_a_record_under_one_logs_key_does_not_decrypt_under_anothers(tmp_path):
    write_log(tmp_path, KEYS, 3, log_id="log-a")
    write_log(tmp_path, KEYS, 3, log_id="log-b")
    env = _envelopes(tmp_path / "log-a")[1]
    other = AESGCM(log_key(KEYS.primary.aead, "log-b"))
    with pytest.raises(InvalidTag):
        other.decrypt(env.nonce, env.ct, aad(env.header))
    with pytest.raises(InvalidTag):  # nor with the header rewritten to claim the other log
        other.decrypt(env.nonce, env.ct, aad({**env.header, "log_id": "log-b"}))
    # log b's line 2 replaced by log a's ciphertext under b's header: a bad MAC, line 2
    seg_b = segment(tmp_path / "log-b")
    lines = seg_b.read_bytes().splitlines(keepends=True)
    doc = orjson.loads(lines[1])
    doc["ct"] = base64.b64encode(env.ct).decode()
    doc["nonce"] = base64.b64encode(env.nonce).decode()
    lines[1] = orjson.dumps(doc) + b"\n"
    seg_b.write_bytes(b"".join(lines))
    texts = problem_texts(verify(tmp_path, KEYS))
    assert any("log-b/seg-00000001.jsonl line 2" in t and "bad MAC" in t for t in texts), texts


def _old_format_log(directory, monkeypatch, n=6, **kw):
    """A log as writers wrote it before per-log keys: envelope v1, the keyset's key itself."""
    with monkeypatch.context() as m:
        m.setattr(envelope_mod, "VERSION", 1)
        return write_log(directory, KEYS, n, **kw)


def test_an_old_format_log_still_verifies_and_shows(tmp_path, monkeypatch, keys_file, capsys):
    audit = tmp_path / "audit"
    logdir = _old_format_log(audit, monkeypatch)
    for env in _envelopes(logdir):  # really the old format: v1, sealed with the shared key
        assert env.header["v"] == 1
        AESGCM(KEYS.primary.aead).decrypt(env.nonce, env.ct, aad(env.header))
    write_log(audit, KEYS, 4, log_id="new-log")  # and a log of today next to it
    code, out, _ = _cli(capsys, "audit", "verify", audit, "--keys", keys_file)
    assert code == 0, out
    assert "10/10 records valid" in out and "6 record(s) in envelope v1" in out
    code, out, _ = _cli(capsys, "audit", "show", audit, "--keys", keys_file, "--format", "json")
    shown = json.loads(out)
    assert code == 0 and len(shown) == 10
    assert {e["request_id"] for e in shown} >= {f"req-{i}" for i in range(6)}
    bundle = tmp_path / "bundle"  # and exported evidence of it verifies elsewhere
    assert _cli(capsys, "audit", "export", audit, "--keys", keys_file, "--out", bundle)[0] == 0
    code, out, _ = _cli(capsys, "audit", "verify", bundle, "--keys", keys_file)
    assert code == 0 and "10/10 records valid" in out, out


def test_an_old_log_continued_by_a_new_writer_verifies(tmp_path, monkeypatch):
    _old_format_log(tmp_path, monkeypatch, n=4)
    write_log(tmp_path, KEYS, 4, start=4)  # e.g. crash recovery after an upgrade
    report = verify(tmp_path, KEYS)
    assert report.ok, problem_texts(report)
    assert [e.version for e in _envelopes(tmp_path / LOG_ID)] == [1] * 4 + [2] * 4


def test_a_downgrade_to_the_shared_key_is_a_finding(tmp_path, monkeypatch):
    write_log(tmp_path, KEYS, 4)
    _old_format_log(tmp_path, monkeypatch, n=2, start=4)
    texts = problem_texts(verify(tmp_path, KEYS))
    assert any("line 5" in t and "downgrade: envelope v1 after v2" in t for t in texts), texts


# -- item 12: the audit directory deleted, moved or replaced while serving ----------------------


def _open_log(directory):
    return AuditLog(directory, KEYS, settings(), log_id=LOG_ID, recover_others=False)


def _replace_with_copy(path):
    """What a restore from backup does: same names and bytes, other inodes."""
    copy = path.with_name(path.name + ".copy")
    shutil.copytree(path, copy) if path.is_dir() else shutil.copy2(path, copy)
    shutil.rmtree(path) if path.is_dir() else path.unlink()
    copy.rename(path)


@pytest.mark.parametrize("change", [
    "delete audit dir", "delete log dir", "move audit dir", "replace audit dir",
    "replace segment", "delete checkpoints",
])
def test_a_writer_refuses_once_its_files_are_not_on_disk(tmp_path, change, caplog):
    audit = tmp_path / "audit"
    log = _open_log(audit)
    log.append(event(0))
    assert log.healthy and log.problem is None
    logdir = audit / LOG_ID
    {"delete audit dir": lambda: shutil.rmtree(audit),
     "delete log dir": lambda: shutil.rmtree(logdir),
     "move audit dir": lambda: audit.rename(tmp_path / "elsewhere"),
     "replace audit dir": lambda: _replace_with_copy(audit),
     "replace segment": lambda: _replace_with_copy(segment(logdir)),
     "delete checkpoints": lambda: (logdir / "checkpoints.jsonl").unlink()}[change]()
    with caplog.at_level("ERROR", logger="sovereign_guard.audit"):
        assert not log.healthy  # readiness sees it without waiting for a request
        with pytest.raises(AuditError, match="deleted, moved or replaced"):
            log.append(event(1))
    assert log.problem == "audit directory deleted, moved or replaced"
    assert str(tmp_path) not in log.problem  # the kind of failure; the path is in the log
    assert any(str(tmp_path) in r.getMessage() for r in caplog.records)
    with pytest.raises(AuditError, match="unusable"):  # and stays refused: no new files
        log.append(event(2))
    log.close()  # no final checkpoint into unlinked files, no error at shutdown
    assert not (audit / LOG_ID / "seg-00000002.jsonl").exists()


def test_rotation_and_reopening_keep_a_writer_healthy(tmp_path):
    with AuditLog(tmp_path, KEYS, settings(rotate_bytes=4096), log_id=LOG_ID,
                  recover_others=False) as log:
        for i in range(30):
            log.append(event(i))
        assert log.healthy
    assert len(list((tmp_path / LOG_ID).glob("seg-*"))) > 1
    with _open_log(tmp_path) as log:  # reopened: the newest segment is pinned again
        log.append(event(30))
        assert log.healthy
    assert verify(tmp_path, KEYS).ok


@pytest.fixture
def sidecar(tmp_path, vendor):
    (tmp_path / "models").mkdir()
    models = write_models(tmp_path / "models",
                          [model_card("fake/gpt", "openai", vendor.base_url)])
    policy = Guard("default", tenant_key=TENANT_KEY).policy
    audit = AuditLog(tmp_path / "audit", KEYS, policy.audit)
    pipeline = Pipeline(Guard(policy, tenant_key=TENANT_KEY), load_registry(models, policy),
                        audit)
    app = create_app(lambda: pipeline, load_in_background=False)
    vendor.clear()
    with ServerThread(app) as server:
        server.url = f"http://127.0.0.1:{server.port}"
        server.audit_dir = tmp_path / "audit"
        yield server


def test_audit_dir_deleted_while_serving_fails_closed(sidecar, vendor, caplog):
    chat = {"model": "fake/gpt", "messages": [{"role": "user", "content": "hello"}]}
    assert httpx.post(sidecar.url + "/v1/chat/completions", json=chat).status_code == 200
    assert httpx.get(sidecar.url + "/readyz").status_code == 200
    assert len(vendor.requests) == 1
    vendor.clear()
    shutil.rmtree(sidecar.audit_dir)
    with caplog.at_level("ERROR", logger="sovereign_guard.audit"):
        r = httpx.post(sidecar.url + "/v1/chat/completions", json=chat)
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "audit_unavailable"
    assert str(sidecar.audit_dir.parent) not in r.text  # no paths in what clients see
    ready = httpx.get(sidecar.url + "/readyz")
    assert ready.status_code == 503
    assert ready.json() == {"ready": False,
                            "detail": "audit directory deleted, moved or replaced"}
    assert vendor.requests == []  # nothing left for the vendor
    assert any("is gone" in r.getMessage() and str(sidecar.audit_dir) in r.getMessage()
               for r in caplog.records)
    r = httpx.post(sidecar.url + "/v1/chat/completions", json=chat)
    assert r.status_code == 503 and vendor.requests == []  # still refused, not re-created
    assert not sidecar.audit_dir.exists()


# -- item 13, the in-process door: `Pipeline.from_files` keeps to the same keyset rules as `serve` --


def test_in_process_door_never_creates_a_keyset_over_existing_logs(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    audit = tmp_path / "audit"
    write_log(audit, KEYS, 3)
    typo = tmp_path / "keyz.json"
    with pytest.raises(AuditError, match="audit keyset not found.*holds 1 audit log"):
        Pipeline.from_files("default", audit_dir=audit, keys=typo, tenant_key=TENANT_KEY)
    assert not typo.exists()  # nothing created silently
    other = tmp_path / "other.json"
    save_keyset(other, Keyset.generate())
    with pytest.raises(AuditError, match="does not hold"):  # nor run under another keyset
        Pipeline.from_files("default", audit_dir=audit, keys=other, tenant_key=TENANT_KEY)
    assert sorted(p.name for p in audit.iterdir()) == [LOG_ID]  # no log opened, none repaired


def test_in_process_door_creates_a_keyset_for_a_fresh_directory_and_reuses_it(tmp_path,
                                                                                monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    keys, audit = tmp_path / "keys.json", tmp_path / "audit"
    pipeline = Pipeline.from_files("default", audit_dir=audit, keys=keys, tenant_key=TENANT_KEY)
    pipeline.audit.close()
    assert keys.exists() and (keys.stat().st_mode & 0o777) == 0o600
    again = Pipeline.from_files("default", audit_dir=audit, keys=keys, tenant_key=TENANT_KEY)
    again.audit.close()
    assert len(list(audit.iterdir())) == 2


# -- item 15: what verify cannot see, and checkpoints that went missing ------------------------


def _checkpoint_lines(logdir):
    return (logdir / "checkpoints.jsonl").read_bytes().splitlines(keepends=True)


def test_verify_says_what_it_cannot_see_without_an_exported_checkpoint(tmp_path, keys_file,
                                                                      capsys):
    logdir = write_log(tmp_path / "audit", KEYS, 7)
    code, out, _ = _cli(capsys, "audit", "verify", tmp_path / "audit", "--keys", keys_file)
    assert code == 0 and "OK: no problems found" in out
    said = " ".join(out.split())
    for blind_spot in ("Without an exported checkpoint (--against) this cannot see",
                       "a tail truncated together with the checkpoints that covered it",
                       "a deleted log", "rolled back to an older copy",
                       "re-encrypted and re-signed by an insider"):
        assert blind_spot in said, blind_spot
    code, out, _ = _cli(capsys, "audit", "verify", tmp_path / "audit", "--keys", keys_file,
                        "--format", "json")
    assert "cannot see" in json.loads(out)["limits"][0]
    exported = tmp_path / "siem.txt"
    exported.write_text(json.loads(_checkpoint_lines(logdir)[-1])["note"])
    code, out, _ = _cli(capsys, "audit", "verify", tmp_path / "audit", "--keys", keys_file,
                        "--against", exported)
    assert code == 0 and "Checked against 1 exported checkpoint(s)" in out
    assert "cannot see" not in out


def test_a_deleted_checkpoints_file_is_a_finding(tmp_path, keys_file, capsys):
    logdir = write_log(tmp_path / "audit", KEYS, 7)
    (logdir / "checkpoints.jsonl").unlink()
    code, out, _ = _cli(capsys, "audit", "verify", tmp_path / "audit", "--keys", keys_file)
    assert code == 1, out
    assert (f"INVALID {LOG_ID}/checkpoints.jsonl: missing: 7 record(s) and no checkpoints "
            "file") in out
    assert "FAILED: 1 problem(s)" in out


def test_checkpoints_dropped_beyond_the_writers_cadence_are_a_finding(tmp_path, keys_file,
                                                                      capsys):
    logdir = write_log(tmp_path / "audit", KEYS, 150, checkpoint_every=100)
    ck = logdir / "checkpoints.jsonl"
    ck.write_bytes(_checkpoint_lines(logdir)[0])  # keep size 100 only: 50 unsealed
    assert verify(tmp_path, KEYS).ok  # 50 < 1000, the default policy's cadence
    report = verify_target_with(tmp_path, checkpoint_every=20)
    texts = problem_texts(report)
    assert any("no checkpoint within the cadence: 50 record(s) after the last valid "
               "checkpoint (size 100), more than checkpoint_every (20)" in t for t in texts)
    ck.write_bytes(b"")  # emptied rather than deleted: all 150 unsealed
    code, out, _ = _cli(capsys, "audit", "verify", tmp_path / "audit", "--keys", keys_file,
                        "--policy", "strict")  # strict seals every 100 records
    assert code == 1 and "more than checkpoint_every (100)" in out
    code, out, _ = _cli(capsys, "audit", "verify", tmp_path / "audit", "--keys", keys_file)
    assert code == 0  # within the default policy's 1000 records and 60 s: cannot tell


def verify_target_with(path, **cadence):
    from sovereign_guard.audit.verify import verify_target

    return verify_target(path, KEYS, cadence=settings(**cadence))


def test_unsealed_records_spanning_more_than_the_sealer_allows_are_a_finding(tmp_path,
                                                                              monkeypatch):
    from datetime import UTC, datetime, timedelta

    from sovereign_guard.audit import writer as writer_mod

    clock = [datetime.now(UTC) + timedelta(seconds=1)]

    def five_minutes_a_call():
        clock[0] += timedelta(minutes=5)
        return clock[0]

    monkeypatch.setattr(writer_mod, "_now", five_minutes_a_call)
    logdir = write_log(tmp_path, KEYS, 7, checkpoint_every=5)  # sealed at 5 and (close) 7
    monkeypatch.undo()
    ck = logdir / "checkpoints.jsonl"
    ck.write_bytes(_checkpoint_lines(logdir)[0])  # the final checkpoint dropped
    texts = problem_texts(verify_target_with(tmp_path, checkpoint_every=5,
                                             checkpoint_seconds=60))
    assert any("2 record(s) after the last valid checkpoint (size 5), written over" in t
               and "more than twice checkpoint_seconds (60 s)" in t for t in texts), texts
    assert verify_target_with(tmp_path, checkpoint_every=5, checkpoint_seconds=3600).ok


def test_a_crashed_writers_unsealed_tail_within_the_cadence_is_only_a_note(tmp_path):
    log = _open_log(tmp_path)
    for i in range(3):
        log.append(event(i))
    log._stop.set()  # as kill -9 leaves it: descriptors gone, no final checkpoint
    log._release()
    log._closed = True
    report = verify_target_with(tmp_path, checkpoint_every=5)
    assert report.ok, problem_texts(report)
    assert any("3 record(s) after the last checkpoint" in n for n in report.logs[0].notes)
