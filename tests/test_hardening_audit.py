"""Issue 16 items 7, 12 and 15 (and 13's in-process door): a key per log, an audit directory
deleted while serving fails closed, and what `audit verify` can and cannot see."""

from __future__ import annotations

import base64
import json

import orjson
import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from test_audit_support import LOG_ID, problem_texts, segment, verify, write_log

from sovereign_guard.audit import KEY_ENV, Keyset
from sovereign_guard.audit import envelope as envelope_mod
from sovereign_guard.audit.envelope import aad, parse_line
from sovereign_guard.audit.keys import log_key, save_keyset
from sovereign_guard.cli import main

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
