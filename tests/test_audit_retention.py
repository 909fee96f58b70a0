"""Retention of a live log (issue 18): closed segments pruned once the store confirmed them and
a checkpoint covers them, behind a signed pruned-prefix note that the writer, the shipper and
the verifier go on from; a real PostgreSQL server (tests/pg.py)."""

from __future__ import annotations

import json
import shutil

import psycopg
import pytest
from test_audit_ship import new_database, rows, ship, wait_for
from test_audit_support import event, problem_texts, settings, verify

from sovereign_guard.audit import AuditLog, Keyset
from sovereign_guard.audit.keys import save_keyset
from sovereign_guard.audit.pgschema import RECORDS
from sovereign_guard.audit.pgstore import verify_store
from sovereign_guard.audit.prefix import (
    PRUNED,
    parse_prefix,
    read_prefix,
    sign_prefix,
    write_prefix,
)
from sovereign_guard.audit.ship import INTERVAL_ENV, PRUNE_ENV, URL_ENV, start_from_env
from sovereign_guard.audit.shipped import prune, status
from sovereign_guard.audit.store import LogDir, read_lines
from sovereign_guard.cli import main
from sovereign_guard.errors import AuditError

KEYS = Keyset.generate()
SMALL = {"rotate_bytes": 4096}  # a segment every few records


@pytest.fixture(scope="module")
def database(postgres):
    return new_database(postgres)


_n = iter(range(10_000))


@pytest.fixture
def store(database):
    return (*database, f"r{next(_n)}-log")


def live_log(directory, lid, n, keys=KEYS) -> AuditLog:
    log = AuditLog(directory, keys, settings(**SMALL), log_id=lid, recover_others=False)
    for i in range(n):
        log.append(event(i))
    return log


def all_lines(logdir) -> list[bytes]:
    return [line for _, p in LogDir(logdir).segments() for line in read_lines(p)[0]]


def test_a_live_logs_closed_segments_are_pruned_and_everything_goes_on(tmp_path, store):
    admin, url, lid = store
    log = live_log(tmp_path, lid, 30)
    logdir = tmp_path / lid
    before = LogDir(logdir).segments()
    assert len(before) >= 4
    ship(url, tmp_path)
    [res] = prune(tmp_path, url, KEYS)
    assert res.pruned, res.why
    after = LogDir(logdir).segments()
    assert after == before[-1:]  # only the open segment stays
    assert sorted(res.files) == sorted(p.name for _, p in before[:-1])
    assert not any((logdir / name).exists() for name in res.files)
    prefix = read_prefix(logdir)
    first_kept = json.loads(read_lines(before[-1][1])[0][0])["seq"]
    assert prefix.size == first_kept and prefix.segment == before[-1][0]
    # The directory still verifies, naming what was pruned.
    rep = verify(tmp_path, KEYS)
    assert rep.ok, problem_texts(rep)
    assert any("pruned prefix: seq 0.." in n and "segments 1-" in n for n in rep.logs[0].notes)
    # The live writer appends on; the shipper (a fresh one: no cursor) ships the new records.
    for i in range(30, 45):
        log.append(event(i))
    log.close()
    [more] = ship(url, tmp_path)
    assert more.fork is None and more.shipped == 45
    assert [seq for seq, _ in rows(admin, lid)] == list(range(45))
    assert verify(tmp_path, KEYS).ok
    assert verify_store(url, KEYS, log_ids=[lid]).ok
    # A new writer of the same log goes on from the prefix: seq and chain continue.
    with AuditLog(tmp_path, KEYS, settings(**SMALL), log_id=lid, recover_others=False) as again:
        assert again.size == 45 and again.append(event(45)) == 45
    rep = verify(tmp_path, KEYS)
    assert rep.ok, problem_texts(rep)
    [st] = status(tmp_path, url)
    assert st.local_records == 46 and st.shipped_records == 45  # the pruned ones count


def test_a_second_prune_moves_the_prefix_and_a_finished_log_goes_whole(tmp_path, store):
    admin, url, lid = store
    log = live_log(tmp_path, lid, 20)
    ship(url, tmp_path)
    assert prune(tmp_path, url, KEYS)[0].pruned
    first = read_prefix(tmp_path / lid).size
    for i in range(20, 40):
        log.append(event(i))
    ship(url, tmp_path)
    [res] = prune(tmp_path, url, KEYS)
    assert res.pruned and read_prefix(tmp_path / lid).size > first
    assert verify(tmp_path, KEYS).ok
    log.close()
    ship(url, tmp_path)
    [done] = prune(tmp_path, url, KEYS)
    assert done.pruned and PRUNED in done.files and not (tmp_path / lid).exists()
    assert verify_store(url, KEYS, log_ids=[lid]).ok


def test_nothing_is_pruned_that_the_store_lacks_or_without_the_signing_key(tmp_path, store):
    admin, url, lid = store
    log = live_log(tmp_path, lid, 12)
    try:
        [unshipped] = prune(tmp_path, url, KEYS)
        assert not unshipped.pruned and "ship first" in unshipped.why
        assert "writer alive" in unshipped.why
        ship(url, tmp_path)
        [public] = prune(tmp_path, url, KEYS.public())
        assert not public.pruned and "secret keyset" in public.why
        assert read_prefix(tmp_path / lid) is None
        assert len(LogDir(tmp_path / lid).segments()) > 1
    finally:
        log.close()


def test_the_store_must_hold_the_covering_checkpoint_too(tmp_path, store, postgres):
    admin, url, lid = store
    log = live_log(tmp_path, lid, 12)
    try:
        ship(url, tmp_path)
        # Another store holding the records but none of the checkpoints.
        other_admin, other = new_database(postgres)
        with psycopg.connect(other_admin, autocommit=True) as conn:
            for seq, line in rows(admin, lid):
                conn.execute(f"INSERT INTO {RECORDS} (log_id, seq, line) VALUES (%s, %s, %s)",
                             (lid, seq, line))
        [res] = prune(tmp_path, other, KEYS)
        assert not res.pruned and "ship first" in res.why
        assert len(LogDir(tmp_path / lid).segments()) > 1
    finally:
        log.close()


def _pruned_log(tmp_path, url, lid, n=20):
    log = live_log(tmp_path, lid, n)
    log.close()
    ship(url, tmp_path)
    # A writer again (live): its closed segments go, the log stays.
    log = AuditLog(tmp_path, KEYS, settings(**SMALL), log_id=lid, recover_others=False)
    [res] = prune(tmp_path, url, KEYS)
    log.close()
    assert res.pruned, res.why
    return tmp_path / lid, res


def test_verify_names_a_removed_old_or_forged_prefix(tmp_path, store):
    admin, url, lid = store
    logdir, res = _pruned_log(tmp_path, url, lid)
    note = (logdir / PRUNED).read_bytes()
    (logdir / PRUNED).unlink()
    assert any("segment missing" in t for t in problem_texts(verify(tmp_path, KEYS)))
    # A prefix signed by a keyset that is not the log's.
    other = Keyset.generate()
    prefix = json.loads(note)["note"]
    p = parse_prefix(note)
    forged = sign_prefix(lid, p.tree(), p.head, p.segment, p.checkpoint.time, other.primary)
    write_prefix(logdir, forged, {})
    assert any("pruned-prefix note: unknown key" in t for t in problem_texts(verify(tmp_path, KEYS)))
    # A prefix whose range was altered (the signature covers it).
    (logdir / PRUNED).write_bytes(json.dumps({"note": prefix.replace("range ", "range AAAA", 1)}).encode())
    texts = problem_texts(verify(tmp_path, KEYS))
    assert any("pruned.json" in t for t in texts)
    with pytest.raises(AuditError, match="pruned.json"):
        AuditLog(tmp_path, KEYS, settings(**SMALL), log_id=lid, recover_others=False)
    (logdir / PRUNED).write_bytes(note)
    assert verify(tmp_path, KEYS).ok


def test_a_prune_cut_short_leaves_covered_segments_that_the_next_one_deletes(tmp_path, store):
    admin, url, lid = store
    keep = tmp_path / "copy"
    log = live_log(tmp_path / "audit", lid, 20)
    logdir = tmp_path / "audit" / lid
    shutil.copytree(logdir, keep)
    ship(url, tmp_path / "audit")
    [res] = prune(tmp_path / "audit", url, KEYS)
    assert res.pruned
    for name in res.files[:2]:  # as if the pruner died after writing pruned.json
        shutil.copy2(keep / name, logdir / name)
    assert verify(tmp_path / "audit", KEYS).ok
    for i in range(20, 25):
        log.append(event(i))
    log.close()
    with AuditLog(tmp_path / "audit", KEYS, settings(**SMALL), log_id=lid,
                  recover_others=False) as again:
        assert again.size == 25
        ship(url, tmp_path / "audit")
        [res2] = prune(tmp_path / "audit", url, KEYS)
    assert res2.pruned and set(res.files[:2]) <= set(res2.files)
    assert not any((logdir / n).exists() for n in res.files)
    assert verify(tmp_path / "audit", KEYS).ok
    # Left over again, then the finished log goes whole: nothing of it stays behind.
    shutil.copy2(keep / res.files[0], logdir / res.files[0])
    ship(url, tmp_path / "audit")
    [whole] = prune(tmp_path / "audit", url, KEYS)
    assert whole.pruned and res.files[0] in whole.files and not logdir.exists()


def test_cli_prunes_a_live_log_and_verify_and_show_read_on(tmp_path, store, capsys, monkeypatch):
    admin, url, lid = store
    keys = tmp_path / "keys.json"
    save_keyset(keys, KEYS)
    audit = tmp_path / "audit"
    log = live_log(audit, lid, 20)
    try:
        code = main(["audit", "ship", str(audit), "--to", url, "--prune", "--keys", str(keys)])
        out = capsys.readouterr().out
        assert code == 0 and f"log {lid}: pruned: segments 1-" in out
        code = main(["audit", "verify", str(audit), "--keys", str(keys)])
        out = capsys.readouterr().out
        assert code == 0 and "pruned prefix" in out and "OK: no problems found" in out
        code = main(["audit", "show", str(audit), "--keys", str(keys), "--format", "json"])
        shown = capsys.readouterr().out
        assert code == 0 and "req-19" in shown and '"req-0"' not in shown
        code = main(["audit", "export", str(audit), "--keys", str(keys), "--out",
                     str(tmp_path / "bundle")])
        err = capsys.readouterr().err
        assert code == 2 and "export from the store" in err
    finally:
        log.close()



def test_the_sidecars_shipper_prunes_when_asked(tmp_path, store, monkeypatch):
    admin, url, lid = store
    log = live_log(tmp_path, lid, 20)
    monkeypatch.setenv(URL_ENV, url)
    monkeypatch.setenv(INTERVAL_ENV, "0.05")
    monkeypatch.setenv(PRUNE_ENV, "0.05")
    thread = start_from_env(log)
    try:
        wait_for(lambda: (tmp_path / lid / PRUNED).exists())
        for i in range(20, 30):
            log.append(event(i))
        wait_for(lambda: len(rows(admin, lid)) == 30)
    finally:
        thread.stop()
        log.close()
    assert len(LogDir(tmp_path / lid).segments()) < 4
    assert verify(tmp_path, KEYS).ok and verify_store(url, KEYS, log_ids=[lid]).ok


def test_the_sidecars_shipper_never_prunes_unless_asked(tmp_path, store, monkeypatch):
    admin, url, lid = store
    log = live_log(tmp_path, lid, 20)
    monkeypatch.setenv(URL_ENV, url)
    monkeypatch.setenv(INTERVAL_ENV, "0.05")
    monkeypatch.delenv(PRUNE_ENV, raising=False)
    thread = start_from_env(log)
    try:
        wait_for(lambda: thread.rounds >= 3 and len(rows(admin, lid)) == 20)
    finally:
        thread.stop()
        log.close()
    assert not (tmp_path / lid / PRUNED).exists() and len(LogDir(tmp_path / lid).segments()) >= 4
