"""Shipping audit logs to a real PostgreSQL server (tests/pg.py): byte-for-byte copies,
idempotence, crashes and cut connections, the shipper role's grants, forks, retention,
and verifying the fleet's evidence from the store."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from prometheus_client import REGISTRY
from test_audit_support import event, settings, write_log

from sovereign_guard.audit import AuditLog, Keyset
from sovereign_guard.audit.envelope import line_hash, parse_line, seal
from sovereign_guard.audit.pgschema import CHECKPOINTS, FORKS, RECORDS, schema_sql
from sovereign_guard.audit.pgstore import redact_url, verify_store
from sovereign_guard.audit.ship import LogShipped, Shipper, ShipperThread, start_from_env
from sovereign_guard.audit.shipped import prune, status
from sovereign_guard.audit.store import LogDir, read_lines
from sovereign_guard.cli import main

KEYS = Keyset.generate()
REPO = Path(__file__).resolve().parent.parent
_names = itertools.count()


def new_database(postgres) -> tuple[str, str]:
    """A database with the store's schema, set up as an administrator would."""
    name = f"audit_{os.getpid()}_{next(_names)}"
    with psycopg.connect(postgres.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    admin = postgres.url(database=name)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(schema_sql("sg_shipper"))
    return admin, postgres.url("sg_shipper", name)


@pytest.fixture(scope="module")
def database(postgres):
    return new_database(postgres)


@pytest.fixture
def own_store(postgres):
    """A database of this test's own (for views over the whole store)."""
    return (*new_database(postgres), f"t{next(_names)}-log")


@pytest.fixture
def store(database):
    """(admin URL, shipper URL, a log id no other test uses): tests share one database."""
    return (*database, f"t{next(_names)}-log")


def rows(url: str, log_id: str, table: str = RECORDS) -> list[tuple[int, bytes]]:
    key = "seq" if table == RECORDS else "idx"
    with psycopg.connect(url) as conn:
        return [(k, bytes(v)) for k, v in conn.execute(
            f"SELECT {key}, line FROM {table} WHERE log_id = %s ORDER BY {key}", (log_id,))]


def local_lines(logdir: Path) -> list[bytes]:
    out = []
    for _, path in LogDir(logdir).segments():
        out += read_lines(path)[0]
    return out


def ship(url: str, directory: Path, **kw):
    shipper = Shipper(url, **kw)
    try:
        return shipper.ship(directory)
    finally:
        shipper.close()


def wait_for(predicate, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.02)


def test_ships_lines_byte_for_byte_idempotently_and_resumes(tmp_path, store):
    admin, url, lid = store
    logdir = write_log(tmp_path, KEYS, 23, rotate_bytes=4096, log_id=lid)  # several segments
    assert len(LogDir(logdir).segments()) > 1
    [res] = ship(url, tmp_path, batch=7)
    n_cks = len(read_lines(logdir / "checkpoints.jsonl")[0])  # every 5 and at each rotation
    assert (res.records, res.checkpoints, res.shipped, res.fork) == (23, n_cks, 23, None)
    assert rows(admin, lid) == list(enumerate(local_lines(logdir)))
    assert [v for _, v in rows(admin, lid, CHECKPOINTS)] == read_lines(logdir / "checkpoints.jsonl")[0]
    [again] = ship(url, tmp_path)
    assert (again.records, again.checkpoints, again.shipped) == (0, 0, 23)
    write_log(tmp_path, KEYS, 4, start=23, rotate_bytes=4096, log_id=lid)  # the same log carries on
    [more] = ship(url, tmp_path)
    assert (more.records, more.shipped) == (4, 27)
    assert rows(admin, lid) == list(enumerate(local_lines(logdir)))
    assert verify_store(url, KEYS, log_ids=[lid]).ok


def test_shipper_role_inserts_and_reads_never_updates_or_deletes(tmp_path, store):
    admin, url, lid = store
    write_log(tmp_path, KEYS, 5, log_id=lid)
    ship(url, tmp_path)
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute(f"SELECT count(*) FROM {RECORDS} WHERE log_id = %s",
                            (lid,)).fetchone()[0] == 5
        for sql in (f"UPDATE {RECORDS} SET line = 'x' WHERE log_id = '{lid}'",
                    f"DELETE FROM {RECORDS} WHERE log_id = '{lid}'",
                    f"TRUNCATE {RECORDS}",
                    f"UPDATE {CHECKPOINTS} SET size = 0",
                    f"DELETE FROM {FORKS}"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
    # Even the owner is stopped by the triggers (a superuser must drop them first).
    with psycopg.connect(admin, autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
            conn.execute(f"UPDATE {RECORDS} SET line = 'x' WHERE log_id = %s", (lid,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
            conn.execute(f"DELETE FROM {RECORDS} WHERE log_id = %s", (lid,))
    assert len(rows(admin, lid)) == 5


def test_crash_mid_batch_then_restart_ships_every_row_once(tmp_path, store, monkeypatch):
    admin, url, lid = store
    logdir = write_log(tmp_path, KEYS, 60, log_id=lid)
    real = Shipper._insert
    calls = itertools.count()

    def dies_on_third_batch(self, *args, **kw):
        if next(calls) == 2:
            raise RuntimeError("killed mid-batch")
        return real(self, *args, **kw)

    monkeypatch.setattr(Shipper, "_insert", dies_on_third_batch)
    with pytest.raises(RuntimeError):
        ship(url, tmp_path, batch=10)
    assert [k for k, _ in rows(admin, lid)] == list(range(20))  # the third batch rolled back
    monkeypatch.setattr(Shipper, "_insert", real)
    [res] = ship(url, tmp_path, batch=10)
    assert (res.records, res.duplicates, res.shipped) == (40, 0, 60)
    assert rows(admin, lid) == list(enumerate(local_lines(logdir)))


def test_killed_shipper_process_resumes(tmp_path, store, capsys):
    admin, url, lid = store
    logdir = write_log(tmp_path, KEYS, 600, checkpoint_every=100, log_id=lid)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "sovereign_guard", "audit", "ship", str(tmp_path), "--to",
           url, "--batch", "1"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: len(rows(admin, lid)) > 0)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    cut = len(rows(admin, lid))
    assert 0 < cut < 600  # it died part-way
    assert main(cmd[3:-2]) == 0  # restarted (in-process: quicker than a second interpreter)
    assert "store holds 600" in capsys.readouterr().out
    assert rows(admin, lid) == list(enumerate(local_lines(logdir)))
    assert len(rows(admin, lid, CHECKPOINTS)) == 6


def test_cut_connection_while_writing_then_catch_up(tmp_path, store, postgres):
    admin, url, lid = store
    log = AuditLog(tmp_path, KEYS, settings(checkpoint_every=10), log_id=lid,
                   recover_others=False)
    thread = ShipperThread(tmp_path, url, interval=0.05)
    thread.start()
    try:
        for i in range(20):
            log.append(event(i))
        wait_for(lambda: len(rows(admin, lid)) == 20)
        # 1. the backend is terminated under the shipper
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE usename = 'sg_shipper'")
        for i in range(20, 30):
            log.append(event(i))
        wait_for(lambda: len(rows(admin, lid)) == 30)
        # 2. the server goes away; the writer keeps writing (the local log is the record)
        postgres.stop()
        for i in range(30, 55):
            assert log.append(event(i)) == i
        failures = REGISTRY.get_sample_value("sovereign_guard_audit_ship_failures_total")
        wait_for(lambda: thread.last_error is not None)
        assert "password" not in thread.last_error
        wait_for(lambda: REGISTRY.get_sample_value(
            "sovereign_guard_audit_ship_failures_total") > failures)
        postgres.start()
        wait_for(lambda: len(rows(admin, lid)) == 55, timeout=60)
    finally:
        log.close()
        thread.stop()
    assert not thread.is_alive()
    assert REGISTRY.get_sample_value("sovereign_guard_audit_shipped_records_total") >= 55
    assert rows(admin, lid) == list(enumerate(local_lines(tmp_path / lid)))
    # the final checkpoint (written at close) went out in the last round
    assert len(rows(admin, lid, CHECKPOINTS)) == len(read_lines(tmp_path / lid /
                                                           "checkpoints.jsonl")[0])
    assert verify_store(url, KEYS, log_ids=[lid]).ok


def test_a_different_record_for_a_stored_seq_is_a_fork_never_an_overwrite(tmp_path, store,
                                                                           capsys):
    admin, url, lid = store
    write_log(tmp_path / "a", KEYS, 10, log_id=lid)
    ship(url, tmp_path / "a")
    original = rows(admin, lid)
    write_log(tmp_path / "b", KEYS, 12, start=100, log_id=lid)  # another writer under the same log id
    [res] = ship(url, tmp_path / "b")
    assert res.fork == "record seq 9" and res.records == 0
    assert rows(admin, lid) == original
    with psycopg.connect(admin) as conn:
        assert conn.execute(f"SELECT log_id, seq FROM {FORKS} WHERE log_id = %s",
                            (lid,)).fetchall() == [(lid, 9)]
    report = verify_store(url, KEYS, log_ids=[lid])
    assert not report.ok
    assert any("fork" in p.text() and "seq 9" in p.text() for p in report.logs[0].problems)
    code = main(["audit", "ship", str(tmp_path / "b"), "--to", url])
    out = capsys.readouterr().out
    assert code == 1 and "FORK at record seq 9" in out


def test_fork_inside_a_batch_keeps_what_precedes_it(tmp_path, store):
    admin, url, lid = store
    write_log(tmp_path / "a", KEYS, 6, log_id=lid)
    ship(url, tmp_path / "a")
    lines = local_lines(write_log(tmp_path / "b", KEYS, 9, log_id=lid))  # other bytes (fresh nonces)
    shipper = Shipper(url)
    conn = shipper.connection()
    res = LogShipped(lid)
    ok = shipper._insert(conn, "record", lid, list(range(6, 9)) + [3],
                         lines[6:9] + [lines[3]], res)
    shipper.close()
    assert not ok and res.fork == "record seq 3" and res.records == 3
    assert [k for k, _ in rows(admin, lid)] == list(range(9))


def test_status_says_how_far_each_log_is_shipped(tmp_path, own_store, capsys):
    admin, url, lid = own_store
    write_log(tmp_path, KEYS, 12, log_id=f"{lid}-replica-a")
    write_log(tmp_path, KEYS, 7, log_id=f"{lid}-replica-b")
    ship(url, tmp_path)
    write_log(tmp_path, KEYS, 3, log_id=f"{lid}-replica-b", start=7)
    by_id = {s.log_id: s for s in status(tmp_path, url)}
    a, b = by_id[f"{lid}-replica-a"], by_id[f"{lid}-replica-b"]
    assert (a.local_records, a.shipped_records, a.behind, a.shipped_sealed) == (12, 12, 0, 12)
    assert (b.local_records, b.shipped_records, b.behind) == (10, 7, 3)
    code = main(["audit", "ship", str(tmp_path), "--to", url, "--status"])
    out = capsys.readouterr().out
    assert code == 0 and f"{lid}-replica-b" in out and "LAST SHIPPED" in out
    _tamper(admin, f"{lid}-replica-a", f"DELETE FROM {RECORDS} WHERE seq = 3 AND log_id = %s")
    code = main(["audit", "ship", str(tmp_path), "--to", url, "--status"])
    out = capsys.readouterr().out
    assert code == 1 and "GAP: 1 seq(s) missing in the store" in out


def test_prune_deletes_only_what_the_store_holds_under_a_checkpoint(tmp_path, store):
    admin, url, lid = store
    done = write_log(tmp_path, KEYS, 12, log_id=f"{lid}-done")
    unshipped = write_log(tmp_path, KEYS, 5, log_id=f"{lid}-unshipped")
    live = AuditLog(tmp_path, KEYS, settings(), log_id=f"{lid}-live", recover_others=False)
    for i in range(7):
        live.append(event(i))
    live.checkpoint()
    ship(url, tmp_path)
    write_log(tmp_path, KEYS, 2, log_id=f"{lid}-unshipped", start=5)  # newer than the store
    try:
        result = {p.log_id: p for p in prune(tmp_path, url, KEYS.public())}
    finally:
        live.close()
    assert result[f"{lid}-done"].pruned and not done.exists()
    assert not result[f"{lid}-unshipped"].pruned and "ship first" in result[f"{lid}-unshipped"].why
    assert not result[f"{lid}-live"].pruned and "writer alive" in result[f"{lid}-live"].why
    assert unshipped.exists() and (tmp_path / f"{lid}-live").exists()
    ids = [f"{lid}-done", f"{lid}-unshipped", f"{lid}-live"]
    assert verify_store(url, KEYS, log_ids=ids).ok  # the evidence is all still there
    st = {s.log_id: s for s in status(tmp_path, url)}
    assert st[f"{lid}-done"].local_records is None and st[f"{lid}-done"].shipped_records == 12


def test_prune_refuses_a_log_whose_last_checkpoint_lags(tmp_path, store):
    admin, url, lid = store
    logdir = write_log(tmp_path, KEYS, 12, log_id=lid)
    lines = (logdir / "checkpoints.jsonl").read_bytes().splitlines(keepends=True)
    (logdir / "checkpoints.jsonl").write_bytes(b"".join(lines[:-1]))  # last one lost
    ship(url, tmp_path)
    [res] = prune(tmp_path, url, KEYS)
    assert not res.pruned and "covers 10 of 12" in res.why


def _tamper(admin: str, lid: str, sql: str, *args) -> None:
    """`sql` (a statement on this test's rows: `log_id = %s` comes first) as an insider DBA."""
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"ALTER TABLE {RECORDS} DISABLE TRIGGER append_only")
        conn.execute(sql, (*args, lid))
        conn.execute(f"ALTER TABLE {RECORDS} ENABLE TRIGGER append_only")


def _problems(report) -> list[str]:
    return [p.text() for log in report.logs for p in log.problems] + [
        p.text() for p in report.problems]


@pytest.mark.parametrize("attack,attempt", [("bit_flip", 0), ("bit_flip", 1), ("bit_flip", 2),
                                            ("deleted_row", 0), ("swapped_rows", 0),
                                            ("forged_row", 0)])
def test_verify_from_the_store_names_each_tampering(tmp_path, store, attack, attempt):
    admin, url, lid = store
    write_log(tmp_path, KEYS, 20, log_id=lid)
    ship(url, tmp_path)
    stored = dict(rows(admin, lid))
    if attack == "bit_flip":
        line = bytearray(stored[7])
        line[line.index(b'"ct":"') + 20 + attempt] ^= 0x01
        _tamper(admin, lid, f"UPDATE {RECORDS} SET line = %s WHERE seq = 7 AND log_id = %s",
                bytes(line))
    elif attack == "deleted_row":
        _tamper(admin, lid, f"DELETE FROM {RECORDS} WHERE seq = 7 AND log_id = %s")
    elif attack == "swapped_rows":
        _tamper(admin, lid, f"UPDATE {RECORDS} SET line = CASE seq WHEN 7 THEN %s ELSE %s END "
                "WHERE seq IN (7, 8) AND log_id = %s", stored[8], stored[7])
    else:  # holds the keyset, re-seals seq 7 with new content and a valid chain link
        env = parse_line(stored[7])
        forged = seal(KEYS.primary, lid, 7, env.ts, line_hash(stored[6]),
                      os.urandom(12), event(99).to_json())
        _tamper(admin, lid, f"UPDATE {RECORDS} SET line = %s WHERE seq = 7 AND log_id = %s",
                forged)
    report = verify_store(url, KEYS, log_ids=[lid])
    found = _problems(report)
    assert not report.ok
    text = "\n".join(found)
    if attack == "bit_flip":  # a bad MAC, or a malformed line, as the flipped bit falls
        assert f"{lid}/store row 7" in text and ("bad MAC" in text or "malformed" in text)
        assert any(t.startswith(f"INVALID {lid}/store row 8 (seq 8):") and "broken chain" in t
                   for t in found)
    elif attack == "deleted_row":
        assert f"{lid}/store row 8 (seq 8): sequence gap: expected seq 7, found 8" in text
    elif attack == "swapped_rows":
        assert f"{lid}/store row 7 (seq 8): reordering" in text
    else:  # chained to 6, but 8 no longer chains to it, and the checkpoints' roots differ
        assert f"{lid}/store row 8 (seq 8): broken chain" in text
        assert "Merkle root mismatch" in text and f"{lid}/store checkpoint 1" in text


def test_cli_verify_accepts_a_store_url(tmp_path, store, capsys, monkeypatch):
    admin, url, lid = store
    keys_file = tmp_path / "keys.json"
    keys_file.write_bytes(KEYS.to_json(include_secrets=True))
    os.chmod(keys_file, 0o600)
    write_log(tmp_path / "audit", KEYS, 8, log_id=lid)
    assert main(["audit", "ship", str(tmp_path / "audit"), "--to", url]) == 0
    capsys.readouterr()
    code = main(["audit", "verify", url, "--keys", str(keys_file), "--log", lid])
    out = capsys.readouterr().out
    assert code == 0 and "8/8 records valid" in out


def test_errors_are_one_line_and_never_show_the_password(tmp_path, capsys):
    write_log(tmp_path, KEYS, 2)
    url = "postgresql://sg_shipper:s3cr3t-pw@127.0.0.1:1/audit?connect_timeout=1"
    code = main(["audit", "ship", str(tmp_path), "--to", url])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "s3cr3t-pw" not in err and "sg_shipper:***@127.0.0.1:1" in err
    assert redact_url("postgres://u:p@h/db?password=x&sslmode=require") == \
        "postgres://u:***@h/db?password=***&sslmode=require"
    assert redact_url("postgres//u:s3cr3t@h/db") == "postgres//u:***@h/db"
    assert redact_url("postgresql://h:5432/db") == "postgresql://h:5432/db"
    assert main(["audit", "ship", str(tmp_path), "--to", "mysql://x"]) == 2


def test_print_sql_is_the_set_up_script(capsys):
    assert main(["audit", "ship", "--print-sql", "--role", "fleet_shipper"]) == 0
    sql = capsys.readouterr().out
    assert "GRANT SELECT, INSERT ON" in sql and "fleet_shipper" in sql
    assert "UPDATE" not in sql.split("GRANT", 1)[1].split(";")[0]
    assert main(["audit", "ship", "--print-sql", "--role", "x; DROP TABLE y"]) == 2


def test_sidecar_shipper_is_off_unless_configured(tmp_path, store, monkeypatch, caplog):
    admin, url, lid = store
    monkeypatch.delenv("SOVEREIGN_GUARD_AUDIT_SHIP_URL", raising=False)
    log = AuditLog(tmp_path, KEYS, settings(), log_id=lid, recover_others=False)
    try:
        assert start_from_env(log) is None
        monkeypatch.setenv("SOVEREIGN_GUARD_AUDIT_SHIP_URL", "postgres//sg:pw@db/audit")
        assert start_from_env(log) is None  # a typo is logged, not retried forever
        assert "NOT started" in caplog.text and "pw" not in caplog.text
        monkeypatch.setenv("SOVEREIGN_GUARD_AUDIT_SHIP_URL", url)
        monkeypatch.setenv("SOVEREIGN_GUARD_AUDIT_SHIP_INTERVAL", "0.05")
        thread = start_from_env(log)
        log.append(event(0))
        wait_for(lambda: len(rows(admin, lid)) == 1)
    finally:
        log.close()
        if thread := locals().get("thread"):
            thread.stop()


def test_sidecar_keeps_serving_while_the_store_is_down_then_catches_up(
        tmp_path, store, postgres, vendor, monkeypatch):
    import httpx
    from conftest import TENANT_KEY, model_card, write_models
    from fakevendor import ServerThread

    from sovereign_guard.core import Guard
    from sovereign_guard.pipeline import Pipeline
    from sovereign_guard.policy import load_policy
    from sovereign_guard.server import create_app
    from sovereign_guard.vendors import load_registry

    admin, url, lid = store
    monkeypatch.setenv("SOVEREIGN_GUARD_AUDIT_SHIP_URL", url)
    monkeypatch.setenv("SOVEREIGN_GUARD_AUDIT_SHIP_INTERVAL", "0.05")
    policy = load_policy("default")
    models = write_models(tmp_path, [model_card("fake/gpt", "openai", vendor.base_url)])
    audit = AuditLog(tmp_path / "audit", KEYS, policy.audit, log_id=f"{lid}-sidecar")
    pipeline = Pipeline(Guard(policy, tenant_key=TENANT_KEY), load_registry(models, policy),
                        audit)
    app = create_app(lambda: pipeline, load_in_background=False)

    def ask(client: httpx.Client, i: int) -> int:
        return client.post("/v1/chat/completions", json={
            "model": "fake/gpt", "messages": [{"role": "user", "content": f"hello {i}"}]},
            headers={"authorization": "Bearer k"}).status_code

    with ServerThread(app) as server, httpx.Client(
            base_url=f"http://127.0.0.1:{server.port}", timeout=30) as client:
        assert app.state.guard.shipper is not None
        assert [ask(client, i) for i in range(3)] == [200] * 3
        wait_for(lambda: len(rows(admin, f"{lid}-sidecar")) == audit.size)
        postgres.stop()
        try:
            assert [ask(client, i) for i in range(3, 8)] == [200] * 5  # never blocked
            assert client.get("/readyz").status_code == 200
            wait_for(lambda: app.state.guard.shipper.last_error is not None)
        finally:
            postgres.start()
        wait_for(lambda: len(rows(admin, f"{lid}-sidecar")) == audit.size, timeout=60)
    # shutdown: the final checkpoint is written, then shipped by the last round
    local = read_lines(tmp_path / "audit" / f"{lid}-sidecar" / "checkpoints.jsonl")[0]
    assert [v for _, v in rows(admin, f"{lid}-sidecar", CHECKPOINTS)] == local
    assert verify_store(url, KEYS, log_ids=[f"{lid}-sidecar"]).ok


def test_a_replica_whose_stored_log_stops_short_of_its_checkpoint_is_reported(tmp_path, store):
    admin, url, lid = store
    write_log(tmp_path, KEYS, 20, log_id=lid)
    ship(url, tmp_path)
    _tamper(admin, lid, f"DELETE FROM {RECORDS} WHERE seq >= 17 AND log_id = %s")
    text = "\n".join(_problems(verify_store(url, KEYS, log_ids=[lid])))
    assert "truncation: checkpoint commits to 20 records, the log has 17" in text


def test_an_insider_with_the_keyset_rewrites_history_only_an_exported_checkpoint_tells(
        tmp_path, store):
    """Holding the keyset (not the exported checkpoint), an insider re-seals seq 7 onwards
    and re-signs every checkpoint: the store verifies on its own, `--against` names it."""
    from sovereign_guard.audit.checkpoint import checkpoint_line, sign_checkpoint
    from sovereign_guard.audit.merkle import CompactRange, leaf_hash

    admin, url, lid = store
    logdir = write_log(tmp_path, KEYS, 20, log_id=lid)
    exported = [json.loads(read_lines(logdir / "checkpoints.jsonl")[0][-1])["note"]]
    ship(url, tmp_path)
    stored = dict(rows(admin, lid))
    lines, tree = [], CompactRange()
    for seq in range(20):
        line = stored[seq]
        if seq >= 7:
            env = parse_line(line)
            payload = event(99 if seq == 7 else seq).to_json()
            line = seal(KEYS.primary, lid, seq, env.ts, line_hash(lines[-1]),
                        os.urandom(12), payload)
        lines.append(line)
        tree.append(leaf_hash(line))
    with psycopg.connect(admin, autocommit=True) as conn:
        for table in (RECORDS, CHECKPOINTS):
            conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER append_only")
        for seq in range(7, 20):
            conn.execute(f"UPDATE {RECORDS} SET line = %s WHERE seq = %s AND log_id = %s",
                         (lines[seq], seq, lid))
        for idx, size in conn.execute(f"SELECT idx, size FROM {CHECKPOINTS} WHERE log_id = %s",
                                      (lid,)).fetchall():
            part = CompactRange()
            for line in lines[:size]:
                part.append(leaf_hash(line))
            cp = sign_checkpoint(lid, size, part.root(), parse_line(lines[size - 1]).time,
                                 KEYS.primary)
            conn.execute(f"UPDATE {CHECKPOINTS} SET line = %s WHERE idx = %s AND log_id = %s",
                         (checkpoint_line(cp).rstrip(b"\n"), idx, lid))
        for table in (RECORDS, CHECKPOINTS):
            conn.execute(f"ALTER TABLE {table} ENABLE TRIGGER append_only")
    assert verify_store(url, KEYS, log_ids=[lid]).ok  # self-consistent: the keyset alone cannot tell
    report = verify_store(url, KEYS, against=exported, log_ids=[lid])
    text = "\n".join(_problems(report))
    assert not report.ok and f"{lid} vs --against checkpoint (size 20)" in text
    assert "rewrite" in text


def test_a_row_inserted_ahead_of_the_shipper_is_a_fork_when_the_replica_ships(tmp_path, store):
    """The shipper role may INSERT: a forged next record (even validly sealed and chained)
    sits unsigned after the last checkpoint until the replica ships its own: then a fork."""
    admin, url, lid = store
    logdir = write_log(tmp_path, KEYS, 10, log_id=lid)
    ship(url, tmp_path)
    last = rows(admin, lid)[-1][1]
    forged = seal(KEYS.primary, lid, 10, parse_line(last).ts, line_hash(last),
                  os.urandom(12), event(99).to_json())
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"INSERT INTO {RECORDS} (log_id, seq, line) VALUES (%s, 10, %s)",
                     (lid, forged))
    write_log(tmp_path, KEYS, 3, start=10, log_id=lid)
    [res] = ship(url, tmp_path)
    assert res.fork == "record seq 10" and res.records == 0
    text = "\n".join(_problems(verify_store(url, KEYS, log_ids=[lid])))
    assert f"{lid}/store fork of record seq 10" in text
    assert rows(admin, lid)[10][1] == forged and len(local_lines(logdir)) == 13


def test_show_report_and_export_read_the_store_as_a_directory(tmp_path, own_store, capsys):
    from sovereign_guard.audit.review import Filters, Reader, select

    admin, url, lid = own_store
    keys_file = tmp_path / "keys.json"
    keys_file.write_bytes(KEYS.to_json(include_secrets=True))
    os.chmod(keys_file, 0o600)
    for replica in ("a", "b"):
        write_log(tmp_path / "fleet" / replica, KEYS, 8, log_id=f"{lid}-{replica}")
    assert main(["audit", "ship", str(tmp_path / "fleet"), "--to", url]) == 0
    from sovereign_guard.audit.pgstore import Store

    source = Store(url, log_ids=[f"{lid}-a", f"{lid}-b"])
    try:
        from_store = select(Reader(KEYS), source, Filters(decision="block"))
    finally:
        source.close()
    from_dir = select(Reader(KEYS), tmp_path / "fleet", Filters(decision="block"))
    assert [(r.log_id, r.index, r.line) for r in from_store] == [
        (r.log_id, r.index, r.line) for r in from_dir] and len(from_dir) == 4
    capsys.readouterr()
    assert main(["audit", "show", url, "--keys", str(keys_file), "--decision", "block",
                 "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.count(f"{lid}-a") == 2 and out.count(f"{lid}-b") == 2
    bundle = tmp_path / "bundle"
    code = main(["audit", "export", url, "--keys", str(keys_file), "--out", str(bundle)])
    out = capsys.readouterr().out
    assert f"{lid}-a" in (bundle / "records.jsonl").read_text() and "exported" in out
    assert code == 0 and "sg_shipper@" in (bundle / "manifest.json").read_text()
    assert main(["audit", "verify", str(bundle), "--keys", str(keys_file)]) == 0
    assert "16/16 records valid" in capsys.readouterr().out
    assert main(["audit", "checkpoint", url]) == 2  # reads a local directory only


def test_report_covers_the_fleet_per_replica_company_and_class(tmp_path, own_store, capsys):
    # its own database: `report` verifies the whole store, and other tests tamper with theirs
    admin, url, lid = own_store
    keys_file = tmp_path / "keys.json"
    keys_file.write_bytes(KEYS.to_json(include_secrets=True))
    os.chmod(keys_file, 0o600)
    write_log(tmp_path / "fleet", KEYS, 6, log_id=f"{lid}-a")
    with AuditLog(tmp_path / "fleet", KEYS, settings(), log_id=f"{lid}-b") as log:
        for i in range(3):
            log.append(event(i, vendor="Anthropic", card_id="anthropic/claude"))
    assert main(["audit", "ship", str(tmp_path / "fleet"), "--to", url]) == 0
    capsys.readouterr()
    assert main(["audit", "report", url, "--keys", str(keys_file), "--format", "json",
                 "--since", "2025-01-01", "--until", "2025-12-31"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["replicas"][f"{lid}-a"] == 6 and doc["replicas"][f"{lid}-b"] == 3
    assert doc["companies"]["OpenAI"] >= 6 and doc["companies"]["Anthropic"] >= 3
    # the fleet's concentration: passed requests per company, the policy block apart
    shares = doc["concentration"]["companies"]
    assert (shares["OpenAI"]["requests"], shares["OpenAI"]["blocked"]) == (5, 1)
    assert shares["Anthropic"]["requests"] == 3 and shares["Anthropic"]["request_share"] == 37.5
    assert doc["data_classes"] and doc["vendors"]["anthropic/claude"] >= 3


def test_reading_on_from_a_cursor_sees_what_a_full_read_sees(tmp_path):
    """The thread's byte cursors: resuming mid-segment, across rotation and over a line being
    written gives the same (position, line) as reading the log from the start."""
    from sovereign_guard.audit.ship import _file_lines, _local_lines

    logdir = LogDir(write_log(tmp_path, KEYS, 9, rotate_bytes=4096))
    *_, (_, _, cursor) = _local_lines(logdir, 0, None)
    assert cursor.position == 9
    write_log(tmp_path, KEYS, 6, start=9, rotate_bytes=4096)
    last = logdir.segments()[-1][1]
    with open(last, "ab") as fh:
        fh.write(b'{"v":1,"log_id":"test')  # a line being written
    resumed = [(p, x) for p, x, _ in _local_lines(logdir, 9, cursor) if x is not None]
    full = [(p, x) for p, x, _ in _local_lines(logdir, 9, None) if x is not None]
    assert resumed == full and [p for p, _ in full] == list(range(9, 15))
    assert full[-1][1] == local_lines(logdir.path)[-1]
    *_, (n, _, end) = _file_lines(logdir.checkpoints, 0, None)
    assert [x for _, x, _ in _file_lines(logdir.checkpoints, 0, end) if x] == []
    assert n == len(read_lines(logdir.checkpoints)[0])
