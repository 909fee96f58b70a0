"""Issue 16 item 5: an evidence bundle's manifest is signed, so dropping records and
recomputing the manifest's hashes no longer verifies."""

from __future__ import annotations

import hashlib
import json

import pytest
from test_audit_support import event, settings

from sovereign_guard.audit import KEY_ENV, AuditLog, load_keyset
from sovereign_guard.cli import main


@pytest.fixture
def bundle(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))
    assert main(["keys", "init"]) == 0
    with AuditLog(tmp_path / "audit", load_keyset(), settings(), log_id="b-log") as log:
        for i in range(12):
            log.append(event(i))
    assert main(["keys", "public", "--out", str(tmp_path / "pinned.json")]) == 0
    out = tmp_path / "bundle"
    assert main(["audit", "export", str(tmp_path / "audit"), "--out", str(out)]) == 0
    capsys.readouterr()
    return out, tmp_path / "pinned.json"


def _verify(capsys, bundle, pinned) -> tuple[int, str]:
    code = main(["audit", "verify", str(bundle), "--keys", str(pinned)])
    return code, capsys.readouterr().out


def _recompute_manifest(bundle) -> None:
    manifest = json.loads((bundle / "manifest.json").read_text())
    for name in manifest["files"]:
        manifest["files"][name] = hashlib.sha256((bundle / name).read_bytes()).hexdigest()
    (bundle / "manifest.json").write_text(json.dumps(manifest, indent=2))


def test_intact_bundle_verifies_and_names_the_manifest_signer(bundle, capsys):
    out, pinned = bundle
    code, text = _verify(capsys, out, pinned)
    assert code == 0 and "manifest signed by key" in text and "OK: no problems found" in text


def test_dropped_records_with_a_recomputed_manifest_fail(bundle, capsys):
    out, pinned = bundle
    records = out / "records.jsonl"
    lines = records.read_text().splitlines(keepends=True)
    records.write_text("".join(lines[:-3]))  # the newest records gone
    _recompute_manifest(out)
    code, text = _verify(capsys, out, pinned)
    assert code == 1 and "manifest signature does not verify" in text


def test_a_removed_manifest_signature_fails(bundle, capsys):
    out, pinned = bundle
    (out / "manifest.sig").unlink()
    code, text = _verify(capsys, out, pinned)
    assert code == 1 and "the manifest is not signed" in text


def test_a_manifest_signed_by_an_unpinned_key_fails(bundle, capsys, tmp_path, monkeypatch):
    out, _ = bundle
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "other"))
    assert main(["keys", "init"]) == 0
    assert main(["keys", "public", "--out", str(tmp_path / "other.json")]) == 0
    capsys.readouterr()
    code, text = _verify(capsys, out, tmp_path / "other.json")
    assert code == 1 and "manifest signed by unknown key" in text


def test_export_with_public_keys_only_is_refused(bundle, capsys, tmp_path):
    _, pinned = bundle
    code = main(["audit", "export", str(tmp_path / "audit"), "--out", str(tmp_path / "b2"),
                 "--keys", str(pinned)])
    assert code == 2 and "secret keyset" in capsys.readouterr().err
    assert not (tmp_path / "b2").exists()
