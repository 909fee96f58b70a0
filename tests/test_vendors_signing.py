"""Signed cards and the `sovereign-guard vendors` commands."""

from __future__ import annotations

import base64
import copy
import json
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from sovereign_guard.cli import main
from sovereign_guard.policy import DataClass, parse_policy
from sovereign_guard.vendors import (
    check_contract,
    generate_keypair,
    load_private_key,
    load_registry,
    route,
    sig_path,
    sign_bytes,
)
from sovereign_guard.vendors.cards import read_card_data

REPO = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 29)
BASE_POLICY = yaml.safe_load((REPO / "policies" / "default.yaml").read_text())


def card_data(card_id: str = "acme/model", expires: date = date(2027, 12, 31)) -> dict:
    return {
        "id": card_id, "vendor": "Acme", "api": "openai",
        "base_url": "https://api.acme.example/v1",
        "contract": {
            "trains_on_customer_data": False, "uses_data_for_ads": False,
            "retention_days": 0, "regions": ["EU"], "dpa_signed": True,
            "contract_expires": expires, "max_classification": "restricted",
        },
    }


def write_card(directory: Path, data: dict) -> Path:
    path = directory / (data["id"].replace("/", "-") + ".yaml")
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def make_policy(path: Path | None = None, **vendors):
    data = copy.deepcopy(BASE_POLICY)
    data["vendors"].update(vendors)
    if path is not None:
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return parse_policy(data, source=str(path) if path else "test.yaml")


def sign(path: Path, key_path: Path) -> None:
    _, canonical = read_card_data(path)
    sig_path(path).write_text(sign_bytes(canonical, load_private_key(key_path)))


@pytest.fixture
def keys(tmp_path):
    trusted = generate_keypair(tmp_path / "trusted")
    other = generate_keypair(tmp_path / "other")
    return trusted, other


@pytest.fixture
def models(tmp_path):
    directory = tmp_path / "models"
    directory.mkdir()
    return directory


# -- signatures --------------------------------------------------------------------------------


def test_keygen_writes_private_key_0600_and_public_key(keys):
    (key_path, pub_path, public) = keys[0]
    assert stat.S_IMODE(os.stat(key_path).st_mode) == 0o600
    assert key_path.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    assert pub_path.read_text().strip() == public
    assert len(base64.b64decode(public)) == 32


def test_valid_signature_by_trusted_key(models, keys):
    (key_path, _, public), _ = keys
    path = write_card(models, card_data())
    sign(path, key_path)
    pol = make_policy(require_signatures=True, trusted_keys=[public], default_model="acme/model")
    card = load_registry(models, pol).resolve("acme/model")
    assert card.signature == "valid" and card.signer == public and card.valid
    assert check_contract(card, pol, DataClass.RESTRICTED, TODAY) == []


def test_signature_survives_reformatting(models, keys):
    (key_path, _, public), _ = keys
    data = card_data()
    path = write_card(models, data)
    sign(path, key_path)
    path.write_text("# reviewed 2026-11\n" + yaml.safe_dump(data, sort_keys=True, indent=4))
    card = load_registry(models, make_policy(trusted_keys=[public])).resolve("acme/model")
    assert card.signature == "valid"


def test_tampered_card_bytes_invalidate_the_card_under_any_policy(models, keys):
    (key_path, _, public), _ = keys
    path = write_card(models, card_data())
    sign(path, key_path)
    path.write_text(path.read_text().replace("retention_days: 0", "retention_days: 365"))
    for pol in (make_policy(trusted_keys=[public]),
                make_policy(require_signatures=True, trusted_keys=[public],
                            default_model="local/echo")):
        registry = load_registry(models, pol)
        card = registry.resolve("acme/model")
        assert card.signature == "signature_invalid" and not card.valid
        assert check_contract(card, pol, DataClass.PUBLIC, TODAY) == ["card_invalid",
                                                                      "signature_invalid"]
        decision = route(registry, pol, "acme/model", DataClass.PUBLIC, transformed=False,
                         today=TODAY)
        assert decision.decision == "block"


def test_signature_by_untrusted_key(models, keys):
    (_, _, trusted_public), (other_key, _, _) = keys
    path = write_card(models, card_data())
    sign(path, other_key)
    # Signatures not required: an untrusted signature is like none, the card stays usable.
    lax = make_policy(trusted_keys=[trusted_public])
    card = load_registry(models, lax).resolve("acme/model")
    assert card.signature == "untrusted_signer" and card.valid
    assert check_contract(card, lax, DataClass.RESTRICTED, TODAY) == []
    strict = make_policy(require_signatures=True, trusted_keys=[trusted_public],
                         default_model="acme/model")
    card = load_registry(models, strict).resolve("acme/model")
    assert check_contract(card, strict, DataClass.PUBLIC, TODAY) == ["card_invalid",
                                                                     "untrusted_signer"]
    per_class = make_policy(trusted_keys=[trusted_public],
                            requirements={"restricted": {"signature_required": True}})
    card = load_registry(models, per_class).resolve("acme/model")
    assert check_contract(card, per_class, DataClass.RESTRICTED, TODAY) == ["untrusted_signer"]


def test_bare_signature_without_signer_hint(models, keys):
    (key_path, _, public), (_, _, other_public) = keys
    path = write_card(models, card_data())
    sign(path, key_path)
    sig = sig_path(path)
    sig.write_text(sig.read_text().split()[0] + "\n")
    assert load_registry(models, make_policy(trusted_keys=[other_public, public])
                         ).resolve("acme/model").signature == "valid"
    assert load_registry(models, make_policy(trusted_keys=[other_public])
                         ).resolve("acme/model").signature == "signature_invalid"


@pytest.mark.parametrize("content", ["", "not base64!", "AAAA", "a b c"])
def test_malformed_signature_file_fails_closed(models, content):
    path = write_card(models, card_data())
    sig_path(path).write_text(content)
    card = load_registry(models, make_policy()).resolve("acme/model")
    assert card.signature == "signature_invalid" and not card.valid


def test_trusted_key_from_file_relative_to_policy(models, keys, tmp_path):
    (key_path, pub_path, _), _ = keys
    path = write_card(models, card_data())
    sign(path, key_path)
    pol = make_policy(tmp_path / "policy.yaml", trusted_keys=[pub_path.name])
    assert load_registry(models, pol).resolve("acme/model").signature == "valid"


# -- the CLI -----------------------------------------------------------------------------------


def test_cli_keygen_and_sign(tmp_path, models, capsys):
    assert main(["vendors", "keygen", "--out", str(tmp_path / "ops")]) == 0
    public = capsys.readouterr().out.strip()
    assert len(base64.b64decode(public)) == 32
    assert main(["vendors", "keygen", "--out", str(tmp_path / "ops")]) == 2  # no overwrite
    assert "already exists" in capsys.readouterr().err
    card = write_card(models, card_data())
    assert main(["vendors", "sign", str(card), "--key", str(tmp_path / "ops.key")]) == 0
    out = capsys.readouterr().out
    assert "signed acme/model" in out and sig_path(card).exists()
    pol = make_policy(tmp_path / "p.yaml", require_signatures=True, trusted_keys=[public],
                      default_model="acme/model")
    assert load_registry(models, pol).resolve("acme/model").signature == "valid"


def test_cli_sign_refuses_an_invalid_card(tmp_path, models, keys, capsys):
    (key_path, _, _), _ = keys
    bad = models / "bad.yaml"
    bad.write_text("id: x/y\nvendor: V\n")
    assert main(["vendors", "sign", str(bad), "--key", str(key_path)]) == 2
    assert "bad.yaml" in capsys.readouterr().err and not sig_path(bad).exists()


def test_cli_check_shipped_cards_pass(capsys):
    assert main(["vendors", "check", "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "openai/gpt-5" in out and "all cards valid" in out


def test_cli_check_json(capsys):
    assert main(["vendors", "check", "--format", "json", "--today", "2026-11-29"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and len(report["cards"]) == 9
    row = next(r for r in report["cards"] if r["id"] == "anthropic/claude")
    assert row["signature"] == "missing" and row["problems"] == []
    assert row["compliant_classes"] == ["public", "internal"]
    assert set(row) >= {"id", "vendor", "api", "max_classification", "retention_days",
                        "regions", "contract_expires", "signature", "problems", "card_hash"}


def test_cli_check_expiry_warning_window_boundary(tmp_path, models, capsys):
    write_card(models, card_data(expires=TODAY + timedelta(days=30)))
    args = ["vendors", "check", "--models", str(models), "--format", "json"]
    assert main([*args, "--today", (TODAY - timedelta(days=1)).isoformat()]) == 0
    capsys.readouterr()
    assert main([*args, "--today", TODAY.isoformat()]) == 1  # 30 days left: inside the window
    row = next(r for r in json.loads(capsys.readouterr().out)["cards"] if r["id"] == "acme/model")
    assert row["problems"] == ["expires_soon"] and row["days_left"] == 30
    expiry = (TODAY + timedelta(days=30)).isoformat()
    assert main([*args, "--today", expiry]) == 1
    capsys.readouterr()
    assert main([*args, "--today", (TODAY + timedelta(days=31)).isoformat()]) == 1
    row = next(r for r in json.loads(capsys.readouterr().out)["cards"] if r["id"] == "acme/model")
    assert row["problems"] == ["contract_expired"]


def test_cli_check_lists_bad_cards_and_exits_1(tmp_path, models, keys, capsys):
    (key_path, _, public), _ = keys
    tampered = write_card(models, card_data("acme/tampered"))
    sign(tampered, key_path)
    tampered.write_text(tampered.read_text().replace("EU", "US"))
    (models / "broken.yaml").write_text("id: a/b\nvendor: V\napi: openai\n")
    a, b = card_data("acme/one"), card_data("acme/two")
    a["aliases"] = b["aliases"] = ["same"]
    write_card(models, a)
    write_card(models, b)
    policy_path = tmp_path / "p.yaml"
    make_policy(policy_path, trusted_keys=[public])
    assert main(["vendors", "check", "--models", str(models), "--policy", str(policy_path),
                 "--today", "2026-11-29"]) == 1
    out = capsys.readouterr().out
    assert "signature_invalid" in out
    assert "malformed:" in out and "broken.yaml" in out
    assert "conflict: alias 'same'" in out and "name_conflict" in out


def test_cli_check_strict_policy_requires_signatures(capsys):
    assert main(["vendors", "check", "--policy", "strict", "--today", "2026-11-29"]) == 1
    assert "signature_missing" in capsys.readouterr().out


def test_cli_check_bad_input_exits_2(tmp_path, capsys):
    assert main(["vendors", "check", "--models", str(tmp_path / "nope")]) == 2
    assert "models directory not found" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["vendors", "check", "--today", "yesterday"])
    assert exc.value.code == 2
