"""The audit keyset: file mode, env formats, rotation, errors as one line."""

from __future__ import annotations

import base64
import json
import stat

import pytest

from sovereign_guard.audit import KEY_ENV, Keyset, ensure_keyset, load_keyset
from sovereign_guard.audit.keys import encode_env, parse_keyset
from sovereign_guard.cli import main
from sovereign_guard.errors import AuditError


@pytest.fixture(autouse=True)
def _no_env(monkeypatch, tmp_path):
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))


def test_ensure_creates_once_with_private_modes(tmp_path):
    keyset, path, created = ensure_keyset()
    assert created and path == tmp_path / "home" / "audit-keys.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    again, _, created_again = ensure_keyset()
    assert not created_again and again.primary.kid == keyset.primary.kid
    assert load_keyset().primary.aead == keyset.primary.aead
    assert not list(path.parent.glob(".*tmp"))  # no temp file left behind


def test_env_forms(monkeypatch):
    keyset = Keyset.generate()
    for value in (encode_env(keyset), keyset.to_json(include_secrets=True).decode(),
                  base64.urlsafe_b64encode(keyset.to_json(include_secrets=True)).decode().rstrip("=")):
        monkeypatch.setenv(KEY_ENV, value)
        assert load_keyset().primary.aead == keyset.primary.aead
        loaded, _, created = ensure_keyset()
        assert not created and loaded.primary.kid == keyset.primary.kid
    monkeypatch.setenv(KEY_ENV, "ab" * 32)  # a single master key: one derived key
    one, two = load_keyset(), load_keyset()
    assert one.primary.kid == two.primary.kid and one.primary.aead == two.primary.aead
    monkeypatch.setenv(KEY_ENV, "not a key")
    with pytest.raises(AuditError, match=KEY_ENV):
        load_keyset()


def test_explicit_file_wins_over_env(monkeypatch, tmp_path):
    monkeypatch.setenv(KEY_ENV, encode_env(Keyset.generate()))
    path = tmp_path / "k.json"
    keyset, got, created = ensure_keyset(path)
    assert created and got == path and load_keyset(path).primary.kid == keyset.primary.kid


def test_rotation_keeps_old_keys_and_moves_primary():
    keyset = Keyset.generate()
    rotated = keyset.rotated()
    assert rotated.primary.kid != keyset.primary.kid
    assert rotated.get(keyset.primary.kid).aead == keyset.primary.aead
    assert rotated.primary.activated > keyset.primary.activated
    reparsed = parse_keyset(rotated.to_json(include_secrets=True), "x")
    assert [k.kid for k in reparsed.keys] == [k.kid for k in rotated.keys]


def test_public_keyset_has_no_secrets():
    keyset = Keyset.generate()
    public = parse_keyset(keyset.public().to_json(), "pub")
    doc = json.loads(keyset.public().to_json())
    assert doc["format"].endswith("public-keys/1")
    assert all(set(k) == {"kid", "activated", "public"} for k in doc["keys"])
    assert not public.has_secrets and public.keys[0].public == keyset.keys[0].public
    with pytest.raises(AuditError):
        _ = public.primary


@pytest.mark.parametrize("content, message", [
    (b"", "not an audit keyset"),
    (b"{not json", "not an audit keyset"),
    (b'{"format": "other/1", "primary": "aaaaaaaa", "keys": [{"kid": "aaaaaaaa", '
     b'"activated": "2025-01-01T00:00:00Z", "public": "AAAA"}]}', "unknown keyset format"),
    (b'{"format": "sovereign-guard-audit-keyset/1", "primary": "bbbbbbbb", "keys": []}',
     "not an audit keyset"),
])
def test_corrupt_keyset_is_one_line_error(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(AuditError, match=message) as err:
        load_keyset(path)
    assert "\n" not in str(err.value)


def test_tampered_public_key_is_refused(tmp_path):
    doc = json.loads(Keyset.generate().to_json(include_secrets=True))
    doc["keys"][0]["public"] = base64.b64encode(b"\x01" * 32).decode()
    path = tmp_path / "k.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(AuditError, match="does not match its secret"):
        load_keyset(path)


def test_missing_keyset_names_the_fix():
    with pytest.raises(AuditError, match="keys init"):
        load_keyset()


def test_cli_init_rotate_public_list(tmp_path, capsys):
    path = tmp_path / "home" / "audit-keys.json"
    assert main(["keys", "init"]) == 0
    first = load_keyset().primary.kid
    assert main(["keys", "init"]) == 2  # never overwrites a keyset
    assert "already exists" in capsys.readouterr().err
    assert main(["keys", "rotate"]) == 0
    rotated = load_keyset()
    assert rotated.primary.kid != first and rotated.get(first) is not None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    out = tmp_path / "pub.json"
    assert main(["keys", "public", "--out", str(out)]) == 0
    public = parse_keyset(out.read_bytes(), "pub")
    assert not public.has_secrets and {k.kid for k in public.keys} == {first, rotated.primary.kid}
    capsys.readouterr()
    assert main(["keys", "list"]) == 0
    listing = capsys.readouterr().out
    assert first in listing and rotated.primary.kid in listing
    assert main(["keys", "rotate", "--keys", str(out)]) == 2  # public keys cannot rotate


def test_cli_env_keyset_rotation_prints_new_value(monkeypatch, capsys):
    keyset = Keyset.generate()
    monkeypatch.setenv(KEY_ENV, encode_env(keyset))
    assert main(["keys", "rotate"]) == 0
    value = capsys.readouterr().out.strip()
    monkeypatch.setenv(KEY_ENV, value)
    assert load_keyset().get(keyset.primary.kid) is not None
    assert load_keyset().primary.kid != keyset.primary.kid
