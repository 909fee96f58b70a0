"""Issue 16 items 3, 4 and 10: `--version`, `vendors sign` refusing public keys, and a CSV
export a spreadsheet cannot turn into formulas."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import subprocess
import sys
from importlib.metadata import version

import pytest
import yaml
from test_audit_support import event, settings

from sovereign_guard.audit import KEY_ENV, AuditLog, load_keyset
from sovereign_guard.cli import main
from sovereign_guard.vendors import sig_path

# -- item 3 ------------------------------------------------------------------------------------


def test_version_prints_the_package_version_and_exits_0():
    proc = subprocess.run([sys.executable, "-m", "sovereign_guard", "--version"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"sovereign-guard {version('sovereign-guard')}"


# -- item 4 ------------------------------------------------------------------------------------


@pytest.fixture
def card(tmp_path):
    path = tmp_path / "acme.yaml"
    path.write_text(yaml.safe_dump({
        "id": "acme/model", "aliases": [], "vendor": "Acme", "api": "openai",
        "base_url": "https://api.acme.example/v1",
        "contract": {"trains_on_customer_data": False, "uses_data_for_ads": False,
                     "retention_days": 0, "regions": ["EU"], "dpa_signed": True,
                     "contract_expires": "2027-12-31", "max_classification": "internal"}}))
    return path


def test_sign_with_the_public_key_is_refused(tmp_path, card, capsys):
    assert main(["vendors", "keygen", "--out", str(tmp_path / "ops")]) == 0
    capsys.readouterr()
    code = main(["vendors", "sign", str(card), "--key", str(tmp_path / "ops.pub")])
    err = capsys.readouterr().err
    assert code == 2 and "public key" in err and err.count("\n") == 1
    assert not sig_path(card).exists()


def test_sign_refuses_a_pem_public_key_and_a_bare_seed(tmp_path, card, capsys):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    pem_pub = tmp_path / "pub.pem"
    pem_pub.write_bytes(private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    seed = tmp_path / "seed.b64"  # indistinguishable from a base64 public key: refused too
    seed.write_text(base64.b64encode(private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption())).decode())
    junk = tmp_path / "junk.key"
    junk.write_text("hello")
    for key in (pem_pub, seed, junk):
        assert main(["vendors", "sign", str(card), "--key", str(key)]) == 2
        assert "sovereign-guard: error:" in capsys.readouterr().err
    assert not sig_path(card).exists()


def test_sign_prints_the_signers_fingerprint(tmp_path, card, capsys):
    assert main(["vendors", "keygen", "--out", str(tmp_path / "ops")]) == 0
    public = capsys.readouterr().out.strip()
    assert main(["vendors", "sign", str(card), "--key", str(tmp_path / "ops.key")]) == 0
    out = capsys.readouterr().out
    fingerprint = hashlib.sha256(base64.b64decode(public)).hexdigest()
    assert public in out and fingerprint in out and "signed acme/model" in out
    assert sig_path(card).read_text().split()[1] == public


# -- item 10 -----------------------------------------------------------------------------------

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1)",
            "\tcmd", "\r=1"]


@pytest.mark.parametrize("value", FORMULAS)
def test_formula_triggers_are_neutralised(value):
    from sovereign_guard.audit.review import csv_cell

    assert csv_cell(value) == "'" + value
    assert csv_cell("jane") == "jane" and csv_cell("") == ""


def test_audit_show_csv_quotes_and_neutralises_caller_cells(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))
    assert main(["keys", "init"]) == 0
    keys = load_keyset()
    callers = [*FORMULAS, 'say "hi", twice\nnew line', "plain"]
    with AuditLog(tmp_path / "audit", keys, settings(), log_id="csv-log") as log:
        for i, caller in enumerate(callers):
            log.append(event(i, caller=caller, error="=1+1" if i == 0 else None))
    capsys.readouterr()
    assert main(["audit", "show", str(tmp_path / "audit"), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(out)))
    got = sorted(r["caller"] for r in rows)
    assert got == sorted(["'" + c for c in FORMULAS] + ['say "hi", twice\nnew line', "plain"])
    assert any(r["error"] == "'=1+1" for r in rows)
    # Every cell is quoted, so no cell of the raw text starts with a formula character.
    for raw in csv.reader(io.StringIO(out)):
        assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in raw)
    assert out.splitlines()[0].startswith('"time","log_id"')


# -- item 6 ------------------------------------------------------------------------------------


@pytest.fixture
def live_log(tmp_path, monkeypatch):
    """A log with a checkpoint at 10 of 14 records, its writer still open."""
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))
    assert main(["keys", "init"]) == 0
    log = AuditLog(tmp_path / "audit", load_keyset(), settings(checkpoint_every=10),
                   log_id="live")
    for i in range(14):
        log.append(event(i))
    yield tmp_path / "audit", log
    log.close()


def test_checkpoint_says_how_many_records_it_covers(live_log, capsys):
    audit, _ = live_log
    capsys.readouterr()
    assert main(["audit", "checkpoint", str(audit)]) == 0
    out, err = capsys.readouterr()
    assert "sovereign-guard/live\n10\n" in out
    assert "covers 10 of 14 record(s)" in err and "4 newer record(s) not covered" in err
    assert "covers" not in out  # stdout stays a file of notes


def test_seal_signs_a_fresh_checkpoint_that_catches_truncation(live_log, capsys, tmp_path):
    audit, log = live_log
    capsys.readouterr()
    assert main(["audit", "checkpoint", str(audit), "--seal"]) == 0
    out, err = capsys.readouterr()
    assert "sovereign-guard/live\n14\n" in out and "covers 14 of 14" in err
    kept = tmp_path / "sealed.txt"
    kept.write_text(out)
    assert main(["audit", "verify", str(audit), "--against", str(kept)]) == 0
    assert "1/1 exported checkpoints matched" in capsys.readouterr().out
    log.close()
    segment = audit / "live" / "seg-00000001.jsonl"
    lines = segment.read_bytes().splitlines(keepends=True)
    segment.write_bytes(b"".join(lines[:12]))  # the last two records dropped
    assert main(["audit", "verify", str(audit), "--against", str(kept)]) == 1
    assert "truncation" in capsys.readouterr().out


def test_seal_refuses_a_log_that_does_not_verify(live_log, capsys):
    audit, log = live_log
    log.close()
    segment = audit / "live" / "seg-00000001.jsonl"
    lines = segment.read_bytes().splitlines(keepends=True)
    segment.write_bytes(b"".join(lines[:3] + lines[4:]))  # a deleted record
    capsys.readouterr()
    assert main(["audit", "checkpoint", str(audit), "--seal"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "NOT sealed" in err


def test_seal_after_rotation_uses_the_key_that_wrote_the_records(live_log, capsys, tmp_path):
    audit, log = live_log
    log.close()
    assert main(["keys", "rotate"]) == 0
    capsys.readouterr()
    assert main(["audit", "checkpoint", str(audit), "--seal"]) == 0
    kept = tmp_path / "sealed.txt"
    kept.write_text(capsys.readouterr().out)
    assert main(["audit", "verify", str(audit), "--against", str(kept)]) == 0


def test_seal_needs_the_secret_keyset(live_log, capsys, tmp_path):
    audit, _ = live_log
    pub = tmp_path / "pub.json"
    assert main(["keys", "public", "--out", str(pub)]) == 0
    capsys.readouterr()
    assert main(["audit", "checkpoint", str(audit), "--seal", "--keys", str(pub)]) == 2
    assert "secret keyset" in capsys.readouterr().err
