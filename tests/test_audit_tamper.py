"""The failure matrix of tamper-evident logs (CloudTrail, CT, journald): each tampering has
its expected verdict from the verifier, naming the file and line."""

from __future__ import annotations

import base64
import json
import os
import shutil

import pytest
from test_audit_support import (
    LOG_ID,
    problem_texts,
    segment,
    settings,
    verify,
    write_log,
)

from sovereign_guard.audit import AuditLog, Keyset
from sovereign_guard.audit.checkpoint import checkpoint_line, parse_note, sign_checkpoint
from sovereign_guard.audit.envelope import parse_line, seal

KEYS = Keyset.generate()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """One log of 40 records in 2 segments with checkpoints every 5, written once."""
    root = tmp_path_factory.mktemp("pristine")
    write_log(root, KEYS, 40, rotate_bytes=40000)
    return root


@pytest.fixture
def audit(tmp_path, pristine):
    shutil.copytree(pristine, tmp_path / "audit")
    return tmp_path / "audit"


def _lines(path):
    return path.read_bytes().splitlines(keepends=True)


def _write(path, lines):
    path.write_bytes(b"".join(lines))


def _has(report, *needles):
    texts = problem_texts(report)
    return any(all(n in t for n in needles) for t in texts)


def test_pristine_log_verifies(audit):
    report = verify(audit, KEYS)
    assert report.ok, problem_texts(report)
    assert report.totals()["valid"] == report.totals()["records"] == 40
    assert len(list((audit / LOG_ID).glob("seg-*"))) == 2


def test_empty_log_verifies(tmp_path):
    AuditLog(tmp_path, KEYS, settings(), log_id=LOG_ID, recover_others=False).close()
    report = verify(tmp_path, KEYS)
    assert report.ok and report.totals()["records"] == 0


@pytest.mark.parametrize("secret", [True, False])
def test_bit_flip_at_many_offsets_of_a_segment(audit, secret):
    keys = KEYS if secret else KEYS.public()
    seg = segment(audit / LOG_ID)
    original = seg.read_bytes()
    step = 41 if secret else 97  # prime strides walk every field of every line
    for offset in range(0, len(original), step):
        bit = offset % 8
        data = bytearray(original)
        data[offset] ^= 1 << bit
        seg.write_bytes(bytes(data))
        report = verify(audit, keys)
        assert not report.ok, f"flip at {offset} bit {bit} undetected"
        if secret:  # with the keys every flip is pinned to its own line
            line = original[:offset].count(b"\n") + 1
            assert _has(report, f"{seg.name} line {line}:") or \
                _has(report, f"{seg.name} line {line} "), (offset, problem_texts(report))
    seg.write_bytes(original)
    assert verify(audit, keys).ok


def test_bit_flip_in_checkpoints(audit):
    ck = audit / LOG_ID / "checkpoints.jsonl"
    original = ck.read_bytes()
    for offset in range(0, len(original), 13):
        data = bytearray(original)
        data[offset] ^= 1 << (offset % 8)
        ck.write_bytes(bytes(data))
        report = verify(audit, KEYS)
        line = original[:offset].count(b"\n") + 1
        assert not report.ok and _has(report, f"checkpoints.jsonl line {line}"), offset


def test_deleted_middle_line(audit):
    seg = segment(audit / LOG_ID)
    lines = _lines(seg)
    del lines[7]
    _write(seg, lines)
    report = verify(audit, KEYS)
    assert not report.ok
    assert _has(report, f"{seg.name} line 8", "sequence gap: expected seq 7, found 8",
                "broken chain")
    assert _has(report, "checkpoints.jsonl", "Merkle root mismatch")


def test_swapped_lines(audit):
    seg = segment(audit / LOG_ID)
    lines = _lines(seg)
    lines[10], lines[11] = lines[11], lines[10]
    _write(seg, lines)
    report = verify(audit, KEYS)
    assert not report.ok
    assert _has(report, f"{seg.name} line 11", "reordering: seq 11 appears before seq 10")
    assert _has(report, f"{seg.name} line 12", "reordering")
    assert not _has(report, "sequence gap")


def test_inserted_forged_line(audit):
    seg = segment(audit / LOG_ID)
    lines = _lines(seg)
    victim = json.loads(lines[5])
    # An attacker without the keys: well-formed, right seq and prev, ciphertext of its own.
    forged = dict(victim, ct=base64.b64encode(os.urandom(80)).decode())
    lines.insert(5, json.dumps(forged, separators=(",", ":")).encode() + b"\n")
    _write(seg, lines)
    report = verify(audit, KEYS)
    assert not report.ok
    assert _has(report, f"{seg.name} line 6", "bad MAC")
    assert _has(report, f"{seg.name} line 7", "insertion: duplicate seq 5")
    # An attacker with a key of its own: unknown key.
    other = Keyset.generate()
    env = parse_line(lines[5].rstrip(b"\n"))
    lines[5] = seal(other.primary, LOG_ID, 5, env.ts, env.prev, os.urandom(12), b"{}") + b"\n"
    _write(seg, lines)
    assert _has(verify(audit, KEYS), f"{seg.name} line 6", "unknown key")


def test_dropped_tail_needs_an_exported_checkpoint(audit):
    logdir = audit / LOG_ID
    ck = logdir / "checkpoints.jsonl"
    exported = json.loads(_lines(ck)[-1])["note"]  # what `audit checkpoint` sent to the SIEM
    seg = sorted(logdir.glob("seg-*"))[-1]
    lines = _lines(seg)
    _write(seg, lines[:-7])  # drop the last 7 records ...
    kept = [c for c in _lines(ck) if parse_note(json.loads(c)["note"]).size <= 33]
    _write(ck, kept)  # ... and the checkpoints that covered them
    assert verify(audit, KEYS).ok  # undetectable from the host alone (CloudTrail, CT)
    report = verify(audit, KEYS, against=[exported])
    assert not report.ok
    assert _has(report, "--against", "truncation: checkpoint commits to 40 records, the log has 33")


def test_dropped_lines_against_own_checkpoint(audit):
    seg = sorted((audit / LOG_ID).glob("seg-*"))[-1]
    _write(seg, _lines(seg)[:-2])
    report = verify(audit, KEYS)
    assert _has(report, "checkpoints.jsonl", "truncation: checkpoint commits to 40 records")


def test_rewritten_log_detected_against_exported_checkpoint(audit, tmp_path):
    exported = json.loads(_lines(audit / LOG_ID / "checkpoints.jsonl")[-1])["note"]
    shutil.rmtree(audit / LOG_ID)  # an insider with the keys writes a fresh history
    write_log(audit, KEYS, 40, start=100, rotate_bytes=40000)
    assert verify(audit, KEYS).ok
    report = verify(audit, KEYS, against=[exported])
    assert _has(report, "--against", "rewrite")


def test_deleted_log_detected_against_exported_checkpoint(audit, tmp_path):
    exported = json.loads(_lines(audit / LOG_ID / "checkpoints.jsonl")[-1])["note"]
    write_log(audit, KEYS, 3, log_id="other")
    shutil.rmtree(audit / LOG_ID)
    assert _has(verify(audit, KEYS, against=[exported]), f"log {LOG_ID} not found")


def test_key_rotation_mid_log(tmp_path):
    write_log(tmp_path, KEYS, 12)
    rotated = KEYS.rotated()
    write_log(tmp_path, rotated, 12, start=12)  # the same log, continued after rotation
    report = verify(tmp_path, rotated)
    assert report.ok, problem_texts(report)
    assert report.logs[0].keys == {KEYS.primary.kid: 12, rotated.primary.kid: 12}
    # the new primary alone, without the old key: unknown key, reported, no crash
    only_new = Keyset((rotated.primary,), rotated.primary.kid)
    report = verify(tmp_path, only_new)
    assert not report.ok
    assert _has(report, "seg-00000001.jsonl line 1", f"unknown key {KEYS.primary.kid}")
    assert _has(report, "checkpoints.jsonl line 1", "unknown key")
    assert report.logs[0].valid == 12


def test_wrong_epoch_signature_is_rejected(tmp_path):
    logdir = write_log(tmp_path, KEYS, 10)
    rotated = KEYS.rotated()
    ck = logdir / "checkpoints.jsonl"
    original = _lines(ck)
    old = parse_note(json.loads(original[0])["note"])
    # A newer key re-sealing an old checkpoint, keeping its time ...
    resealed = sign_checkpoint(LOG_ID, old.size, old.root, old.time, rotated.primary)
    _write(ck, [checkpoint_line(resealed)] + original[1:])
    report = verify(tmp_path, rotated)
    assert _has(report, "checkpoints.jsonl line 1", "wrong-epoch signature", "before key")
    # ... or claiming a time after the key's activation: the records it signs are older.
    restamped = sign_checkpoint(LOG_ID, old.size, old.root, rotated.primary.activated,
                                rotated.primary)
    _write(ck, [checkpoint_line(restamped)] + original[1:])
    report = verify(tmp_path, rotated)
    assert _has(report, "checkpoints.jsonl line 1", "wrong-epoch signature",
                "signs records written before it existed")
    _write(ck, original)
    assert verify(tmp_path, rotated).ok


def test_record_resealed_with_a_newer_key_is_rejected(tmp_path):
    logdir = write_log(tmp_path, KEYS, 6)
    rotated = KEYS.rotated()
    seg = segment(logdir)
    lines = _lines(seg)
    env = parse_line(lines[5].rstrip(b"\n"))
    plaintext = env.open(KEYS.primary)
    lines[5] = seal(rotated.primary, LOG_ID, 5, env.ts, env.prev, os.urandom(12),
                    plaintext) + b"\n"
    _write(seg, lines)
    report = verify(tmp_path, rotated)
    assert _has(report, f"{seg.name} line 6", "wrong-epoch key")


def test_malformed_files_are_reported_and_verification_continues(audit):
    write_log(audit, KEYS, 4, log_id="healthy")
    seg = segment(audit / LOG_ID)
    lines = _lines(seg)
    lines[2] = b"\x00\xffnot json at all\n"
    lines[4] = b'{"v":1}\n'
    _write(seg, lines)
    ck = audit / LOG_ID / "checkpoints.jsonl"
    _write(ck, [b"[1, 2]\n"] + _lines(ck)[1:])
    report = verify(audit, KEYS)
    assert not report.ok
    assert _has(report, f"{seg.name} line 3", "malformed line: not JSON")
    assert _has(report, f"{seg.name} line 5", "malformed line: missing field")
    assert _has(report, "checkpoints.jsonl line 1", "malformed checkpoint")
    healthy = next(log for log in report.logs if log.log_id == "healthy")
    assert healthy.valid == 4 and not healthy.problems
    (audit / LOG_ID / "seg-00000002.jsonl").write_bytes(os.urandom(300).replace(b"\n", b"x"))
    assert _has(verify(audit, KEYS), "seg-00000002.jsonl line 1", "torn last line")


def test_missing_segment_file(audit):
    logdir = audit / LOG_ID
    write_log(audit, KEYS, 30, start=40, rotate_bytes=40000)  # a third segment
    os.remove(segment(logdir, 2))
    report = verify(audit, KEYS)
    assert _has(report, "seg-00000002.jsonl", "segment missing")
    assert _has(report, "seg-00000003.jsonl line 1", "sequence gap")


def test_relocated_record_and_checkpoint(audit):
    write_log(audit, KEYS, 6, log_id="other")
    other_seg = segment(audit / "other")
    seg = segment(audit / LOG_ID)
    lines = _lines(seg)
    lines[3] = _lines(other_seg)[3]
    _write(seg, lines)
    ck = audit / LOG_ID / "checkpoints.jsonl"
    _write(ck, _lines(ck) + [_lines(audit / "other" / "checkpoints.jsonl")[0]])
    report = verify(audit, KEYS)
    assert _has(report, f"{seg.name} line 4", "record of another log (other): relocated")
    assert _has(report, "checkpoints.jsonl", "checkpoint of another log (other)")


def test_time_travel_in_checkpoints(audit):
    ck = audit / LOG_ID / "checkpoints.jsonl"
    lines = _lines(ck)
    _write(ck, lines + [lines[0]])  # an old checkpoint replayed as the newest
    report = verify(audit, KEYS)
    assert _has(report, f"checkpoints.jsonl line {len(lines) + 1}", "time travel")
