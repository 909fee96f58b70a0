"""`audit verify --jobs N`: logs verified in worker processes give the report one process
gives, problems named the same (a directory, and the central store by row)."""

from __future__ import annotations

from test_audit_ship import _tamper, new_database, ship
from test_audit_support import segment, write_log

from sovereign_guard.audit import Keyset, verify_target
from sovereign_guard.audit.pgschema import RECORDS
from sovereign_guard.audit.pgstore import verify_store
from sovereign_guard.cli import main

KEYS = Keyset.generate()


def _same(one, many) -> None:
    a, b = one.to_dict(), many.to_dict()
    assert a["ok"] == b["ok"] and a["totals"] == b["totals"]
    assert [log["problems"] for log in a["logs"]] == [log["problems"] for log in b["logs"]]
    assert [log["log_id"] for log in a["logs"]] == [log["log_id"] for log in b["logs"]]


def test_a_directory_verified_by_workers_reads_as_one_process_reads_it(tmp_path):
    for i in range(3):
        write_log(tmp_path, KEYS, 12, log_id=f"pod-{i}")
    seg = segment(tmp_path / "pod-1")
    data = bytearray(seg.read_bytes())
    data[data.index(b'"ct":"') + 30] ^= 0x01
    seg.write_bytes(bytes(data))
    one = verify_target(tmp_path, KEYS)
    many = verify_target(tmp_path, KEYS, jobs=2)
    assert not one.ok
    _same(one, many)
    _same(verify_target(tmp_path, KEYS.public()), verify_target(tmp_path, KEYS.public(), jobs=3))


def test_the_store_verified_by_workers_names_the_same_rows(tmp_path, postgres, capsys):
    admin, url = new_database(postgres)
    for i in range(3):
        write_log(tmp_path, KEYS, 15, log_id=f"fleet-{i}")
    ship(url, tmp_path)
    _tamper(admin, "fleet-2", f"DELETE FROM {RECORDS} WHERE seq = 4 AND log_id = %s")
    one = verify_store(url, KEYS)
    many = verify_store(url, KEYS, jobs=2)
    _same(one, many)
    text = many.text()
    assert "fleet-2/store row 5 (seq 5): sequence gap: expected seq 4, found 5" in text
    code = main(["audit", "verify", admin, "--jobs", "2", "--log", "fleet-0", "--log",
                 "fleet-1", "--keys", str(_keys_file(tmp_path))])
    assert code == 0 and "OK: no problems found" in capsys.readouterr().out


def _keys_file(tmp_path):
    from sovereign_guard.audit.keys import save_keyset

    path = tmp_path / "keys.json"
    save_keyset(path, KEYS)
    return path


def test_windows_read_ahead_in_a_thread_name_rows_across_windows(tmp_path, postgres,
                                                                  monkeypatch):
    from sovereign_guard.audit import pgstore

    admin, url = new_database(postgres)
    write_log(tmp_path, KEYS, 40, log_id="wide")
    ship(url, tmp_path)
    monkeypatch.setattr(pgstore, "WINDOW", 7)  # six windows, each fetched ahead of its turn
    assert verify_store(url, KEYS).ok
    _tamper(admin, "wide", f"DELETE FROM {RECORDS} WHERE seq = 23 AND log_id = %s")
    report = verify_store(url, KEYS)
    assert "wide/store row 24 (seq 24): sequence gap: expected seq 23, found 24" in report.text()
    assert report.logs[0].records == 39
