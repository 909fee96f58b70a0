"""Issue 16 items 8, 9 and 13: strict key parsing, explicit secret export, and `serve` never
starting a fresh keyset over existing logs (nor with a key file others can read)."""

from __future__ import annotations

import base64
import json
import os
import stat

import pytest
from test_audit_support import write_log

from sovereign_guard.audit import KEY_ENV, Keyset, ensure_keyset, load_keyset
from sovereign_guard.audit.keys import parse_keyset, save_keyset
from sovereign_guard.cli import main
from sovereign_guard.errors import AuditError, GuardError
from sovereign_guard.home import TENANT_KEY_ENV, decode_key, tenant_key
from sovereign_guard.server import logs as server_logs

KEY = bytes(range(32))

# -- item 8: strict key parsing ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    KEY.hex(), KEY.hex().upper(), base64.b64encode(KEY).decode(),
    base64.urlsafe_b64encode(KEY).decode().rstrip("="), f"  {KEY.hex()}\n",
])
def test_well_formed_32_byte_keys_are_read(text):
    assert decode_key(text, what="K") == KEY


@pytest.mark.parametrize("text, problem", [
    (KEY.hex()[:63], "hex key has 63 characters"),  # read as a different 47-byte key before
    (KEY.hex() + "0", "hex key has 65 characters"),
    (KEY.hex()[:62] + "zz", "not all are hex digits"),
    (base64.b64encode(KEY + b"x").decode(), "base64 key is 33 bytes"),
    (base64.b64encode(KEY).decode()[:-2] + "B=", "not canonical base64"),
    (KEY.hex()[:32] + " " + KEY.hex()[32:], "whitespace"),
    ("", "empty"),
    ("k€y" * 15, "outside the hex and base64 alphabets"),
])
def test_malformed_keys_are_one_line_errors_that_never_echo_the_key(text, problem):
    with pytest.raises(GuardError, match=problem) as err:
        decode_key(text, what="TENANT")
    message = str(err.value)
    assert "\n" not in message and message.startswith("TENANT: ")
    if len(text) > 8:
        assert text.strip()[:16] not in message


def test_tenant_key_env_with_63_hex_characters_is_refused(monkeypatch):
    monkeypatch.setenv(TENANT_KEY_ENV, KEY.hex()[:63])
    with pytest.raises(GuardError, match="63 characters"):
        tenant_key()


def test_audit_master_key_with_63_hex_characters_is_refused(monkeypatch):
    monkeypatch.setenv(KEY_ENV, KEY.hex()[:63])
    with pytest.raises(AuditError, match="63 characters"):
        load_keyset()
    monkeypatch.setenv(KEY_ENV, KEY.hex())
    assert load_keyset().primary.aead is not None  # the exact form still derives a key


def test_audit_key_env_with_base64_junk_is_refused(monkeypatch):
    keyset = Keyset.generate()
    good = base64.b64encode(keyset.to_json(include_secrets=True)).decode()
    monkeypatch.setenv(KEY_ENV, good[:40] + "!!" + good[40:])  # lenient base64 skipped "!!"
    with pytest.raises(AuditError, match="not a base64 keyset"):
        load_keyset()


# -- item 9: secrets leave only on request ----------------------------------------------------


def test_to_json_writes_public_keys_unless_secrets_are_asked_for():
    keyset = Keyset.generate()
    doc = json.loads(keyset.to_json())
    assert doc["format"].endswith("public-keys/1")
    assert all("aead" not in k and "sign" not in k for k in doc["keys"])
    full = json.loads(keyset.to_json(include_secrets=True))
    assert full["format"].endswith("keyset/1") and "aead" in full["keys"][0]
    with pytest.raises(AuditError, match="public keys only"):
        keyset.public().to_json(include_secrets=True)


def test_keyset_files_written_by_the_tools_still_hold_the_secrets(tmp_path):
    path = tmp_path / "k.json"
    keyset = Keyset.generate()
    save_keyset(path, keyset)
    assert parse_keyset(path.read_bytes(), "k").primary.aead == keyset.primary.aead
    created, target, _ = ensure_keyset(tmp_path / "new.json")
    assert load_keyset(target).primary.sign == created.primary.sign


# -- item 13: a missing or wrong keyset never starts over existing logs -----------------------


@pytest.fixture
def served(tmp_path, monkeypatch):
    """A home with a keyset and an audit directory holding a log written under it; uvicorn
    replaced by a recorder so `serve` stops right after its start-up checks."""
    from sovereign_guard.cli import serve as serve_cli

    monkeypatch.delenv(KEY_ENV, raising=False)
    home = tmp_path / "home"
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(home))
    for name in ("POLICY", "MODELS", "AUDIT_DIR", "KEYS", "LOG_LEVEL"):
        # serve exports these for its workers: set-then-delete so monkeypatch undoes that too
        monkeypatch.setenv(f"SOVEREIGN_GUARD_{name}", "")
        monkeypatch.delenv(f"SOVEREIGN_GUARD_{name}")
    keyset, keys_path, _ = ensure_keyset()
    audit = tmp_path / "audit"
    write_log(audit, keyset, 3)
    started: list[dict] = []
    # the server itself replaced (serve binds its port first: any free one here)
    monkeypatch.setattr(serve_cli, "serve_on", lambda sock, args: sock.close() or started.append(args) or 0)
    monkeypatch.setenv("SOVEREIGN_GUARD_PORT", "0")
    monkeypatch.setattr(server_logs, "setup_logging", lambda level: None)  # keep caplog's
    return keys_path, audit, started


def test_serve_reports_a_malformed_tenant_key_in_one_line(served, monkeypatch, capsys):
    _, audit, started = served
    monkeypatch.setenv(TENANT_KEY_ENV, KEY.hex()[:63])
    assert main(["serve", "--audit-dir", str(audit)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "63 characters" in err and KEY.hex()[:20] not in err
    assert started == []


def test_typo_in_keys_with_existing_logs_refuses_to_start(served, capsys, tmp_path):
    keys_path, audit, started = served
    typo = tmp_path / "home" / "audit-kyes.json"
    assert main(["serve", "--audit-dir", str(audit), "--keys", str(typo)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "audit keyset not found" in err and "1 audit log" in err
    assert not typo.exists() and started == []


def test_lost_keyset_with_existing_logs_refuses_to_start(served, capsys):
    keys_path, audit, started = served
    keys_path.unlink()
    assert main(["serve", "--audit-dir", str(audit)]) == 2
    assert "audit keyset not found" in capsys.readouterr().err
    assert not keys_path.exists() and started == []


def test_another_keyset_than_the_one_that_wrote_the_logs_refuses_to_start(served, capsys,
                                                                          tmp_path):
    _, audit, started = served
    other = tmp_path / "other.json"
    save_keyset(other, Keyset.generate())
    assert main(["serve", "--audit-dir", str(audit), "--keys", str(other)]) == 2
    err = capsys.readouterr().err
    assert "does not hold" in err and err.count("\n") == 1 and started == []


def test_wrong_master_key_in_env_refuses_to_start(served, capsys, monkeypatch):
    _, audit, started = served
    monkeypatch.setenv(KEY_ENV, "ab" * 32)
    assert main(["serve", "--audit-dir", str(audit)]) == 2
    assert "does not hold" in capsys.readouterr().err and started == []


def test_fresh_audit_directory_gets_a_new_keyset(served, capsys, tmp_path):
    _, _, started = served
    fresh = tmp_path / "fresh-keys.json"
    assert main(["serve", "--audit-dir", str(tmp_path / "empty-audit"),
                 "--keys", str(fresh)]) == 0
    assert "created audit keyset" in capsys.readouterr().err
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600 and len(started) == 1


def test_the_right_keyset_starts(served, capsys):
    keys_path, audit, started = served
    assert main(["serve", "--audit-dir", str(audit), "--keys", str(keys_path)]) == 0
    assert "warning" not in capsys.readouterr().err and len(started) == 1


def test_keyset_readable_by_others_refuses_to_start_with_the_chmod_hint(served, capsys):
    keys_path, audit, started = served
    os.chmod(keys_path, 0o644)
    assert main(["serve", "--audit-dir", str(audit)]) == 2
    err = capsys.readouterr().err
    assert "mode 0644" in err and f"chmod 600 {keys_path}" in err and started == []


def test_tenant_key_file_readable_by_others_refuses_to_start(served, capsys, monkeypatch):
    keys_path, audit, started = served
    monkeypatch.delenv(TENANT_KEY_ENV)
    tenant_key()  # creates home/tenant.key, 0600
    path = keys_path.parent / "tenant.key"
    os.chmod(path, 0o640)
    assert main(["serve", "--audit-dir", str(audit)]) == 2
    assert f"chmod 600 {path}" in capsys.readouterr().err and started == []


def test_home_directory_open_to_others_gets_a_warning(served, capsys):
    keys_path, audit, started = served
    os.chmod(keys_path.parent, 0o755)
    assert main(["serve", "--audit-dir", str(audit)]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "mode 0755" in err and "chmod 700" in err
    assert len(started) == 1
