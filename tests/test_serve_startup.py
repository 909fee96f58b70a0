"""`serve` start-up (issue 17 item 8): ranges checked, "serving" only once the port is bound,
one clear line and exit 2 for a busy port or an unusable audit directory, nothing left behind
by a start that fails, a warning when no card is usable; `keys init` creates no directories."""

from __future__ import annotations

import logging
import os
import socket

import pytest

from sovereign_guard.cli import main
from sovereign_guard.cli import serve as serve_cli


@pytest.fixture
def served(tmp_path, monkeypatch):
    """`serve` in a fresh home with the server replaced by a recorder of (socket, args)."""
    from sovereign_guard.server import logs as server_logs

    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))
    for name in ("POLICY", "MODELS", "AUDIT_DIR", "KEYS", "LOG_LEVEL", "CLIENT_KEYS", "PORT",
                 "WORKERS", "AUDIT_KEY"):
        monkeypatch.setenv(f"SOVEREIGN_GUARD_{name}", "")  # serve exports some: undo that too
        monkeypatch.delenv(f"SOVEREIGN_GUARD_{name}")
    started: list[tuple[int, int, str]] = []

    def record(listener: socket.socket, args) -> int:
        with socket.create_connection(("127.0.0.1", args.port), timeout=5):  # bound, listening
            pass
        started.append((listener.getsockname()[1], args.port, ""))
        listener.close()
        return 0

    monkeypatch.setattr(serve_cli, "serve_on", record)
    monkeypatch.setattr(server_logs, "setup_logging", lambda level: None)
    return tmp_path, started


def _lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


@pytest.mark.parametrize("argv", [["--port", "84323"], ["--port", "-1"], ["--port", "http"],
                                  ["--workers", "0"], ["--workers", "two"]])
def test_out_of_range_port_and_workers_are_refused(argv, served, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["serve", *argv])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {argv[0]}:" in err and ("range" in err or "not a" in err or "least" in err)
    assert served[1] == []


def test_a_port_from_the_environment_is_checked_too(served, monkeypatch, capsys):
    monkeypatch.setenv("SOVEREIGN_GUARD_PORT", "70000")
    assert main(["serve"]) == 2  # resolved by settings, then checked: one line, exit 2
    assert "port 70000 is out of range" in capsys.readouterr().err


def test_serving_is_printed_once_the_port_is_bound_and_names_the_real_port(served, capsys):
    tmp, started = served
    assert main(["serve", "--port", "0", "--audit-dir", str(tmp / "audit")]) == 0
    ((bound, announced, _),) = started
    assert bound == announced != 0
    err = capsys.readouterr().err
    assert f"serving http://127.0.0.1:{bound}/v1" in err


def test_a_busy_port_is_one_line_and_exit_2_with_nothing_created(served, capsys):
    tmp, started = served
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = main(["serve", "--port", str(port), "--audit-dir", str(tmp / "audit")])
    err = capsys.readouterr().err
    assert code == 2 and started == []
    assert _lines(err) == [f"sovereign-guard: error: cannot listen on 127.0.0.1:{port}: the port "
                           "is already in use (another sidecar?); stop it or choose another "
                           "--port"]
    assert not (tmp / "audit").exists()  # no empty log
    assert not (tmp / "home" / "audit-keys.json").exists()


def test_an_audit_dir_that_is_a_file_is_one_clear_line(served, capsys):
    tmp, started = served
    (tmp / "afile").write_text("")
    code = main(["serve", "--port", "0", "--audit-dir", str(tmp / "afile")])
    err = capsys.readouterr().err
    assert code == 2 and started == []
    assert _lines(err) == [f"sovereign-guard: error: audit directory {tmp / 'afile'} is a file, "
                           "not a directory (choose another --audit-dir)"]
    assert "File exists" not in err
    code = main(["serve", "--port", "0", "--audit-dir", str(tmp / "afile" / "below")])
    assert code == 2 and "is a file" in capsys.readouterr().err


def test_read_only_and_full_audit_file_systems_are_named(served, monkeypatch, capsys):
    tmp, started = served
    real = os.statvfs

    class Fake:
        def __init__(self, path, flag=0, free=1000):
            st = real(path)
            self.f_flag, self.f_bavail = (st.f_flag | flag), free

    monkeypatch.setattr(os, "statvfs", lambda p: Fake(p, flag=os.ST_RDONLY))
    assert main(["serve", "--port", "0", "--audit-dir", str(tmp / "audit")]) == 2
    assert "read-only file system" in capsys.readouterr().err
    monkeypatch.setattr(os, "statvfs", lambda p: Fake(p, free=0))
    assert main(["serve", "--port", "0", "--audit-dir", str(tmp / "audit")]) == 2
    assert "no space left" in capsys.readouterr().err
    assert started == [] and not (tmp / "audit").exists()


def test_no_usable_card_is_a_start_up_warning(served, capsys):
    tmp, started = served
    assert main(["serve", "--port", "0", "--policy", "strict", "--audit-dir",
                 str(tmp / "a1")]) == 0
    warned = [line for line in _lines(capsys.readouterr().err) if "no vendor card" in line]
    assert len(warned) == 1 and warned[0].startswith("sovereign-guard: warning:")
    assert "strict@" in warned[0] and "signature_missing" in warned[0]
    assert main(["serve", "--port", "0", "--policy", "default", "--audit-dir",
                 str(tmp / "a2")]) == 0
    assert "no vendor card" not in capsys.readouterr().err


def test_keys_init_does_not_create_missing_directories(tmp_path, capsys):
    target = tmp_path / "no" / "such" / "keys.json"
    assert main(["keys", "init", "--keys", str(target)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()
    (tmp_path / "ok").mkdir()
    assert main(["keys", "init", "--keys", str(tmp_path / "ok" / "keys.json")]) == 0


def test_audit_write_failures_log_their_cause(guarded, monkeypatch, caplog):
    from sovereign_guard.errors import AuditError
    from sovereign_guard.pipeline import Refused

    def full(event):
        raise AuditError("audit log vm-1-abc: write failed (No space left on device)")

    pipeline = guarded.for_door("sidecar")
    monkeypatch.setattr(pipeline.audit, "append", full)
    body = b'{"model": "mock/gpt", "messages": [{"role": "user", "content": "hi"}]}'
    with caplog.at_level(logging.ERROR, logger="sovereign_guard.pipeline"), \
            pytest.raises(Refused) as exc:
        pipeline.prepare("/v1/chat/completions", {}, body)
    assert exc.value.status == 503 and exc.value.code == "audit_unavailable"
    assert "No space left on device" in caplog.text
