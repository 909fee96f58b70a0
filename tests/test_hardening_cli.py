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
