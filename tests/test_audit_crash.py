"""Crash safety: torn tails are quarantined (never dropped) and a recovery event is sealed."""

from __future__ import annotations

import gc
import os
import signal
import stat
import subprocess
import sys

from test_audit_support import (
    LOG_ID,
    event,
    problem_texts,
    segment,
    settings,
    snapshot,
    verify,
    write_log,
)

from sovereign_guard.audit import AuditLog, Keyset, recover_directory
from sovereign_guard.audit.envelope import line_hash
from sovereign_guard.audit.review import Reader
from sovereign_guard.audit.store import LogDir

KEYS = Keyset.generate()
TESTS = os.path.dirname(__file__)
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([TESTS, os.path.dirname(TESTS)])}


def _events(path):
    return [r.event for r in Reader(KEYS).records(path)]


def _check_recovered(audit, torn: bytes, last_good_line: bytes, last_good_seq: int):
    logdir = next(p for p in audit.iterdir() if p.is_dir())
    quarantine = list(logdir.glob("quarantine-*.bin"))
    assert len(quarantine) == 1
    assert quarantine[0].read_bytes() == torn  # moved aside byte for byte, never dropped
    assert stat.S_IMODE(quarantine[0].stat().st_mode) == 0o600
    recovery = _events(audit)[-1]
    assert recovery.kind == "recovery" and recovery.reasons == ["torn_write"]
    assert recovery.details["last_good_seq"] == last_good_seq
    assert recovery.details["last_good_hash"] == line_hash(last_good_line)
    assert recovery.details["quarantine"] == quarantine[0].name
    assert recovery.details["torn_bytes"] == len(torn)
    report = verify(audit, KEYS)
    assert report.ok, problem_texts(report)
    assert any("recovery (torn_write)" in n for n in report.logs[0].notes)


def test_torn_tail_is_reported_then_quarantined_on_reopen(tmp_path):
    logdir = write_log(tmp_path, KEYS, 8)
    seg = segment(logdir)
    lines = seg.read_bytes().splitlines()
    torn = lines[3][:57]  # the first bytes of a line, as a torn write leaves them
    with open(seg, "ab") as fh:
        fh.write(torn)
    report = verify(tmp_path, KEYS)
    assert not report.ok
    assert any(f"{seg.name} line 9" in p and "torn last line" in p for p in problem_texts(report))
    AuditLog(tmp_path, KEYS, settings(), log_id=LOG_ID, recover_others=False).close()
    _check_recovered(tmp_path, torn, lines[-1], 7)


CRASH_MID_WRITE = """
import os, signal, sys
from pathlib import Path
from sovereign_guard.audit import AuditLog
from sovereign_guard.audit.keys import parse_keyset
from test_audit_support import event, settings
keys = parse_keyset(Path(sys.argv[2]).read_bytes(), "k")
log = AuditLog(Path(sys.argv[1]), keys, settings(checkpoint_every=4), log_id="victim")
for i in range(6):
    log.append(event(i))
real_write = os.write
def write_half_then_die(fd, data):
    real_write(fd, data[: len(data) // 3])
    os.kill(os.getpid(), signal.SIGKILL)
os.write = write_half_then_die
log.append(event(6))
"""


def test_kill_9_mid_write_is_recovered_by_the_next_writer(tmp_path):
    keyfile = tmp_path / "keys.json"
    keyfile.write_bytes(KEYS.to_json(include_secrets=True))
    audit = tmp_path / "audit"
    proc = subprocess.run([sys.executable, "-c", CRASH_MID_WRITE, str(audit), str(keyfile)],
                          env=ENV, timeout=60)
    assert proc.returncode == -signal.SIGKILL
    data = segment(audit / "victim").read_bytes()
    good, torn = data[: data.rfind(b"\n") + 1], data[data.rfind(b"\n") + 1:]
    assert torn and not torn.endswith(b"\n")
    assert not verify(audit, KEYS).ok
    # a new process's writer (its own log id) repairs the dead writer's log on open
    with AuditLog(audit, KEYS, settings()) as fresh:
        assert fresh.log_id != "victim"
    _check_recovered_victim(audit, torn, good.splitlines()[-1])


def _check_recovered_victim(audit, torn, last_good_line):
    victim = list(Reader(KEYS).log_records(LogDir(audit / "victim")))
    assert [r.event.kind for r in victim] == ["request"] * 6 + ["recovery"]
    details = victim[-1].event.details
    assert details["last_good_seq"] == 5 and details["last_good_hash"] == line_hash(last_good_line)
    assert (audit / "victim" / details["quarantine"]).read_bytes() == torn
    report = verify(audit, KEYS)
    assert report.ok, problem_texts(report)


LOOP_WRITER = """
import sys
from pathlib import Path
from sovereign_guard.audit import AuditLog
from sovereign_guard.audit.keys import parse_keyset
from test_audit_support import event, settings
keys = parse_keyset(Path(sys.argv[2]).read_bytes(), "k")
log = AuditLog(Path(sys.argv[1]), keys, settings(checkpoint_every=1000), log_id="looper")
i = 0
while True:
    log.append(event(i))
    i += 1
    if i == 20:
        print("ready", flush=True)
"""


def test_kill_9_between_writes_seals_the_unsealed_tail(tmp_path):
    keyfile = tmp_path / "keys.json"
    keyfile.write_bytes(KEYS.to_json(include_secrets=True))
    audit = tmp_path / "audit"
    proc = subprocess.Popen([sys.executable, "-c", LOOP_WRITER, str(audit), str(keyfile)],
                            env=ENV, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert recover_directory(audit, KEYS, settings()) == ["looper"]
    events = _events(audit)
    assert len(events) >= 21 and events[-1].kind == "recovery"
    assert events[-1].reasons in (["unclean_shutdown"], ["torn_write"])
    report = verify(audit, KEYS)
    assert report.ok, problem_texts(report)
    assert report.logs[0].sealed == report.logs[0].records  # everything signed now
    assert recover_directory(audit, KEYS, settings()) == []  # idempotent


def test_live_writer_is_left_alone(tmp_path):
    live = AuditLog(tmp_path, KEYS, settings(checkpoint_every=1000), log_id="live",
                    recover_others=False)
    for i in range(3):
        live.append(event(i))
    before = snapshot(tmp_path)
    assert recover_directory(tmp_path, KEYS, settings()) == []
    assert snapshot(tmp_path) == before
    live.close()


def test_torn_checkpoint_line_is_quarantined(tmp_path):
    logdir = write_log(tmp_path, KEYS, 7)
    ck = logdir / "checkpoints.jsonl"
    with open(ck, "ab") as fh:
        fh.write(b'{"note":"sovereign-guard/test-log\\n8\\n')  # died while sealing
    assert any("torn checkpoint line" in p for p in problem_texts(verify(tmp_path, KEYS)))
    AuditLog(tmp_path, KEYS, settings(), log_id=LOG_ID, recover_others=False).close()
    recovery = _events(tmp_path)[-1]
    assert recovery.kind == "recovery"
    name = recovery.details["checkpoint_quarantine"]
    assert (logdir / name).read_bytes().startswith(b'{"note":"sovereign-guard/test-log')
    report = verify(tmp_path, KEYS)
    assert report.ok, problem_texts(report)


def test_abandoned_log_is_sealed_when_collected(tmp_path):
    log = AuditLog(tmp_path, KEYS, settings(checkpoint_every=1000), log_id=LOG_ID,
                   recover_others=False)
    log.append(event(0))
    del log
    gc.collect()
    report = verify(tmp_path, KEYS)
    assert report.ok and report.logs[0].sealed == 1
    AuditLog(tmp_path, KEYS, settings(), log_id=LOG_ID, recover_others=False).close()  # lock free
