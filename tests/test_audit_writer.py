"""The writer: format, modes, rotation, checkpoints, fsync policy, concurrency, failures."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import stat
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.exceptions import InvalidTag
from test_audit_support import LOG_ID, event, problem_texts, segment, settings, verify, write_log

from sovereign_guard.audit import AuditEvent, AuditLog, Keyset
from sovereign_guard.audit import writer as writer_mod
from sovereign_guard.audit.envelope import FIELDS, genesis, line_hash, parse_line
from sovereign_guard.audit.review import Reader
from sovereign_guard.errors import AuditError

KEYS = Keyset.generate()


def test_round_trip_format_and_modes(tmp_path):
    logdir = write_log(tmp_path / "audit", KEYS, 12)
    lines = segment(logdir).read_bytes().splitlines()
    assert len(lines) == 12
    docs = [json.loads(x) for x in lines]
    assert all(list(d) == list(FIELDS) for d in docs)
    assert [d["seq"] for d in docs] == list(range(12))
    assert docs[0]["prev"] == genesis(LOG_ID)
    assert all(docs[i]["prev"] == line_hash(lines[i - 1]) for i in range(1, 12))
    assert len({d["nonce"] for d in docs}) == 12
    # checkpoints at 5, 10 and the final one at close
    notes = [json.loads(x)["note"] for x in (logdir / "checkpoints.jsonl").read_text().splitlines()]
    assert [n.split("\n")[1] for n in notes] == ["5", "10", "12"]
    assert notes[0].startswith(f"sovereign-guard/{LOG_ID}\n")
    for path in [tmp_path / "audit", logdir]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o700
    for path in logdir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    events = [r.event for r in Reader(KEYS).records(tmp_path / "audit")]
    assert [e.request_id for e in events] == [f"req-{i}" for i in range(12)]
    assert events[3] == event(3)
    assert verify(tmp_path / "audit", KEYS).ok


def test_header_is_bound_to_the_ciphertext(tmp_path):
    write_log(tmp_path, KEYS, 2)
    env = parse_line(segment(tmp_path / LOG_ID).read_bytes().splitlines()[1])
    assert env.open(KEYS.primary)  # decrypts as written
    moved = dataclasses.replace(env, header={**env.header, "seq": 0})
    with pytest.raises(InvalidTag):
        moved.open(KEYS.primary)


def test_rotation_by_size_keeps_one_chain(tmp_path):
    logdir = write_log(tmp_path, KEYS, 40, rotate_bytes=4096, checkpoint_every=1000)
    segments = sorted(logdir.glob("seg-*.jsonl"))
    assert len(segments) > 3
    assert all(p.stat().st_size <= 4096 for p in segments)
    report = verify(tmp_path, KEYS)
    assert report.ok and report.logs[0].records == 40
    # a checkpoint on every rotation and at close
    assert report.logs[0].checkpoints == len(segments)


def test_rotation_by_time(tmp_path, monkeypatch):
    log = AuditLog(tmp_path, KEYS, settings(rotate_seconds=60), log_id=LOG_ID,
                   recover_others=False)
    log.append(event(0))
    log._seg_started -= timedelta(seconds=61)  # as if the segment were a minute old
    log.append(event(1))
    log.close()
    assert [p.name for p in sorted((tmp_path / LOG_ID).glob("seg-*"))] == [
        "seg-00000001.jsonl", "seg-00000002.jsonl"]
    assert verify(tmp_path, KEYS).ok


@pytest.mark.parametrize("mode, batch, expected", [("always", 64, 10), ("batch", 4, 2),
                                                   ("never", 64, 0)])
def test_fsync_policy(tmp_path, monkeypatch, mode, batch, expected):
    calls = []
    monkeypatch.setattr(writer_mod, "_fdatasync", lambda fd: calls.append(fd))
    log = AuditLog(tmp_path, KEYS, settings(fsync=mode, fsync_batch=batch,
                                            checkpoint_every=1000), log_id=LOG_ID,
                   recover_others=False)
    for i in range(10):
        log.append(event(i))
    assert len(calls) == expected
    log.close()  # flushes the rest, then the checkpoint file
    if mode != "never":
        assert len(calls) >= expected + 1


def test_threads_append_without_interleaving(tmp_path):
    log = AuditLog(tmp_path, KEYS, settings(checkpoint_every=7, rotate_bytes=8192),
                   log_id=LOG_ID, recover_others=False)
    seqs: list[int] = []

    def work(t: int) -> None:
        for i in range(25):
            seqs.append(log.append(event(t * 100 + i)))

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log.close()
    assert sorted(seqs) == list(range(200))
    report = verify(tmp_path, KEYS)
    assert report.ok, problem_texts(report)


def test_second_writer_for_the_same_log_is_refused(tmp_path):
    with AuditLog(tmp_path, KEYS, settings(), log_id=LOG_ID, recover_others=False) as log:
        log.append(event(0))
        with pytest.raises(AuditError, match="in use"):
            AuditLog(tmp_path, KEYS, settings(), log_id=LOG_ID, recover_others=False)
    # and after close the log can be continued, its chain intact
    write_log(tmp_path, KEYS, 3, start=1)
    report = verify(tmp_path, KEYS)
    assert report.ok and report.logs[0].records == 4


def test_default_log_ids_are_distinct_per_writer(tmp_path):
    a = AuditLog(tmp_path, KEYS, settings())
    b = AuditLog(tmp_path, KEYS, settings())
    assert a.log_id != b.log_id and str(os.getpid()) in a.log_id
    a.append(event(0))
    b.append(event(1))
    a.close()
    b.close()
    assert len(verify(tmp_path, KEYS).logs) == 2


WORKER = """
import sys
from pathlib import Path
from sovereign_guard.audit import AuditLog
from sovereign_guard.audit.keys import parse_keyset
from test_audit_support import event, settings
keys = parse_keyset(Path(sys.argv[2]).read_bytes(), "k")
log = AuditLog(Path(sys.argv[1]), keys, settings(checkpoint_every=10))
for i in range(50):
    log.append(event(i))
log.close()
"""


def test_processes_write_their_own_logs(tmp_path):
    keyfile = tmp_path / "keys.json"
    keyfile.write_bytes(KEYS.to_json(include_secrets=True))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [os.path.dirname(__file__), os.path.dirname(os.path.dirname(__file__))])}
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(tmp_path / "audit"),
                               str(keyfile)], env=env) for _ in range(4)]
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0, 0]
    report = verify(tmp_path / "audit", KEYS)
    assert report.ok, problem_texts(report)
    assert len(report.logs) == 4 and all(log.records == 50 for log in report.logs)
    assert len({log.log_id for log in report.logs}) == 4


def test_write_failure_raises_rolls_back_and_recovers(tmp_path, monkeypatch):
    log = AuditLog(tmp_path, KEYS, settings(), log_id=LOG_ID, recover_others=False)
    log.append(event(0))
    real_write = os.write

    def full_disk(fd, data):
        real_write(fd, data[: len(data) // 2])  # a torn, partial write, then ENOSPC
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(AuditError, match="No space left"):
        log.append(event(1))
    assert not log.healthy
    monkeypatch.setattr(os, "write", real_write)
    assert log.append(event(2)) == 1  # the failed record never got a seq
    assert log.healthy
    log.close()
    report = verify(tmp_path, KEYS)
    assert report.ok, problem_texts(report)


def test_fsync_failure_makes_the_log_refuse_writes(tmp_path, monkeypatch):
    log = AuditLog(tmp_path, KEYS, settings(fsync="always"), log_id=LOG_ID,
                   recover_others=False)

    def failing(fd):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(writer_mod, "_fdatasync", failing)
    with pytest.raises(AuditError, match="Input/output"):
        log.append(event(0))
    assert not log.healthy
    with pytest.raises(AuditError, match="unusable"):
        log.append(event(1))
    log.close()


def test_closed_log_refuses_and_close_is_idempotent(tmp_path):
    log = AuditLog(tmp_path, KEYS, settings(), log_id=LOG_ID, recover_others=False)
    log.close()
    log.close()
    with pytest.raises(AuditError, match="closed"):
        log.append(event(0))


def test_public_keys_cannot_write(tmp_path):
    with pytest.raises(AuditError, match="public"):
        AuditLog(tmp_path, KEYS.public(), settings())


def test_bad_log_id_is_refused(tmp_path):
    with pytest.raises(AuditError, match="invalid audit log id"):
        AuditLog(tmp_path, KEYS, settings(), log_id="../escape")


def test_naive_event_time_is_utc():
    e = AuditEvent(request_id="r", time=datetime(2025, 1, 1, 12))
    assert e.time.tzinfo == UTC
    assert e.time == datetime(2025, 1, 1, 12, tzinfo=UTC)


def test_background_sealer_signs_what_is_pending(tmp_path):
    log = AuditLog(tmp_path, KEYS, settings(checkpoint_every=1000, checkpoint_seconds=3600),
                   log_id=LOG_ID, recover_others=False)
    for i in range(3):
        log.append(event(i))
    assert verify(tmp_path, KEYS).logs[0].sealed == 0
    log._seal_due()  # what the sealer thread does every checkpoint_seconds
    log._seal_due()  # nothing new: no second checkpoint
    report = verify(tmp_path, KEYS)
    assert report.logs[0].sealed == 3 and report.logs[0].checkpoints == 1
    log.close()
    assert verify(tmp_path, KEYS).logs[0].checkpoints == 1


def test_partial_line_of_a_live_writer_is_a_note_not_a_problem(tmp_path):
    log = AuditLog(tmp_path, KEYS, settings(), log_id=LOG_ID, recover_others=False)
    log.append(event(0))
    with open(segment(tmp_path / LOG_ID), "ab") as fh:
        fh.write(b'{"v":1,"log_id":"te')  # as a reader may catch an append in flight
    report = verify(tmp_path, KEYS)
    assert report.ok and any("being written by the live writer" in n
                             for n in report.logs[0].notes)
    log.close()
    assert any("torn last line" in p for p in problem_texts(verify(tmp_path, KEYS)))
