"""Model cards, the registry, contract verification and routing (no spaCy, no network)."""

from __future__ import annotations

import copy
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from sovereign_guard.errors import PolicyError, UnknownModel, VendorError
from sovereign_guard.policy import DataClass, load_policy, parse_policy
from sovereign_guard.vendors import (
    MODELS_DIR,
    REASONS,
    card_from_data,
    check_contract,
    load_registry,
    route,
)

TODAY = date(2026, 11, 29)
BASE_POLICY = yaml.safe_load((Path(__file__).resolve().parent.parent / "policies" /
                              "default.yaml").read_text())


def card_data(card_id: str = "acme/model", **contract) -> dict:
    data = {
        "id": card_id,
        "aliases": [],
        "vendor": "Acme",
        "api": "openai",
        "base_url": "https://api.acme.example/v1",
        "contract": {
            "trains_on_customer_data": False,
            "uses_data_for_ads": False,
            "retention_days": 0,
            "regions": ["EU"],
            "dpa_signed": True,
            "contract_expires": date(2027, 12, 31),
            "max_classification": "restricted",
        },
    }
    data["contract"].update(contract)
    return data


def write_card(directory: Path, data: dict, name: str | None = None) -> Path:
    path = directory / (name or data["id"].replace("/", "-") + ".yaml")
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def policy(**vendors):
    data = copy.deepcopy(BASE_POLICY)
    data["vendors"].update(vendors)
    return parse_policy(data, source="test.yaml")


@pytest.fixture
def models(tmp_path):
    directory = tmp_path / "models"
    directory.mkdir()
    return directory


# -- shipped cards -----------------------------------------------------------------------------


def test_shipped_cards_load_and_resolve_aliases():
    registry = load_registry(None, load_policy("default"))
    expected = {"openai/gpt-5", "azure-openai/gpt-5", "microsoft/mai-1", "anthropic/claude",
                "google-vertex/gemini", "aws-bedrock/claude", "mistral/large",
                "self-hosted/llama-4", "local/echo"}
    assert {c.id for c in registry} == expected
    assert registry.resolve("gpt-5").id == "openai/gpt-5"
    assert registry.resolve("claude").id == "anthropic/claude"
    assert registry.resolve("echo").id == "local/echo"
    assert registry.directory == MODELS_DIR
    for card in registry:
        assert len(card.card_hash) == 64 and card.valid
        assert card.api != "echo" or card.base_url.startswith("local://")
        if card.api != "echo":
            assert card.evidence, f"{card.id} has no evidence"
            assert "contract.contract_expires" in card.assumptions
            # a risk entry from the dated reference notes: reviewed, nothing invented
            assert card.risk is not None and card.risk.last_review is not None
            assert card.risk.financial_outlook == "unknown" and "reference notes" in \
                card.risk.notes
            assert all(i.link.startswith("https://") for i in card.risk.incidents)


def test_shipped_cards_name_one_company_one_way():
    # `vendor` is the company `audit report` adds up for concentration: Azure OpenAI is a
    # Microsoft contract, so it must not count as a company apart from MAI-1's
    registry = load_registry(None, load_policy("default"))
    by_entity: dict[str, set[str]] = {}
    for card in registry:
        if card.contract.legal_entity:
            entity = card.contract.legal_entity.split()[0]
            by_entity.setdefault(entity, set()).add(card.vendor)
    assert by_entity["Microsoft"] == {"Microsoft"}
    assert registry.resolve("azure-openai/gpt-5").vendor == \
        registry.resolve("microsoft/mai-1").vendor


def test_shipped_cards_all_compliant_today_under_default_policy():
    pol = load_policy("default")
    registry = load_registry(None, pol)
    for card in registry:
        assert check_contract(card, pol, DataClass.INTERNAL, TODAY) == []
    echo = registry.resolve("local/echo")
    assert check_contract(echo, pol, DataClass.RESTRICTED, TODAY) == []
    assert echo.contract.retention_days == 0 and echo.contract.regions == ["on-prem"]


def test_shipped_controls_and_confirmations():
    registry = load_registry(None, load_policy("default"))
    assert registry.resolve("openai/gpt-5").controls.body == {"store": False}
    claude = registry.resolve("anthropic/claude")
    assert claude.controls.body == {"inference_geo": "us"}
    assert "usage.inference_geo" in claude.vendor_confirms["inference_geo"]
    llama = registry.resolve("self-hosted/llama-4")
    assert llama.contract.max_classification == DataClass.RESTRICTED
    assert llama.contract.retention_days == 0 and llama.base_url == "http://127.0.0.1:8000/v1"


def test_unknown_model():
    registry = load_registry(None, load_policy("default"))
    with pytest.raises(UnknownModel):
        registry.resolve("gpt-0")
    with pytest.raises(UnknownModel):
        route(registry, load_policy("default"), "gpt-0", DataClass.PUBLIC, transformed=False)


# -- schema ------------------------------------------------------------------------------------


@pytest.mark.parametrize("mutate, field", [
    (lambda d: d.update(colour="blue"), "colour"),
    (lambda d: d["contract"].update(trains=False), "contract.trains"),
    (lambda d: d["contract"].pop("dpa_signed"), "contract.dpa_signed"),
    (lambda d: d.update(api="gemini"), "api"),
    (lambda d: d["contract"].update(retention_days=-1), "contract.retention_days"),
    (lambda d: d["contract"].update(max_classification="secret"), "contract.max_classification"),
    (lambda d: d.update(controls={"headers": {"Connection": "close"}}), "controls.headers"),
    (lambda d: d.update(assumptions={"contract.nope": "x"}), "<root>"),
])
def test_malformed_card_is_a_load_error(models, mutate, field):
    data = card_data()
    mutate(data)
    write_card(models, data)
    with pytest.raises(VendorError, match=f"field '{field}'"):
        load_registry(models, policy())


def test_echo_api_and_local_url_go_together(models):
    data = card_data()
    data["api"] = "echo"
    write_card(models, data)
    with pytest.raises(VendorError, match="local://"):
        load_registry(models, policy())


def test_yaml_syntax_error_names_file_and_line(models):
    (models / "bad.yaml").write_text("id: [unclosed\n")
    with pytest.raises(VendorError, match=r"bad\.yaml: YAML syntax error at line"):
        load_registry(models, policy())


# -- aliases and the registry ---------------------------------------------------------------


def test_two_cards_claiming_one_alias_is_a_load_error(models):
    a, b = card_data("acme/one"), card_data("acme/two")
    a["aliases"], b["aliases"] = ["shared"], ["shared"]
    write_card(models, a)
    write_card(models, b)
    with pytest.raises(VendorError, match="alias 'shared'"):
        load_registry(models, policy())


def test_alias_equal_to_another_cards_id_is_a_load_error(models):
    a, b = card_data("acme/one"), card_data("acme/two")
    b["aliases"] = ["acme/one"]
    write_card(models, a)
    write_card(models, b)
    with pytest.raises(VendorError, match="already the id of acme/one"):
        load_registry(models, policy())


def test_duplicate_card_id_is_a_load_error(models):
    write_card(models, card_data("acme/one"), "a.yaml")
    write_card(models, card_data("acme/one"), "b.yaml")
    with pytest.raises(VendorError, match="duplicate card id 'acme/one'"):
        load_registry(models, policy())


def test_builtin_echo_is_always_present(models):
    write_card(models, card_data())
    registry = load_registry(models, policy())
    assert registry.resolve("local/echo").api == "echo"
    assert {c.id for c in registry} == {"acme/model", "local/echo"}


def test_policy_fallback_naming_no_card_is_a_load_error(models):
    write_card(models, card_data())
    with pytest.raises(VendorError, match="vendors.fallbacks names 'nope/model'"):
        load_registry(models, policy(fallbacks=["nope/model"]))


def test_missing_models_directory(tmp_path):
    with pytest.raises(VendorError, match="models directory not found"):
        load_registry(tmp_path / "absent", policy())


# -- canonical bytes ---------------------------------------------------------------------------


def test_card_hash_ignores_formatting_but_not_values(models):
    data = card_data()
    path = write_card(models, data)
    first = load_registry(models, policy()).resolve("acme/model").card_hash
    reformatted = "# a comment\n" + yaml.safe_dump(data, sort_keys=True, indent=4)
    path.write_text(reformatted)
    assert load_registry(models, policy()).resolve("acme/model").card_hash == first
    data["contract"]["retention_days"] = 1
    write_card(models, data)
    assert load_registry(models, policy()).resolve("acme/model").card_hash != first


# -- contract checks: every reason code -------------------------------------------------------


def _reasons(data: dict, pol=None, data_class=DataClass.CONFIDENTIAL, today=TODAY) -> list[str]:
    return check_contract(card_from_data(data), pol or policy(), data_class, today)


def test_compliant_card_has_no_reasons():
    assert _reasons(card_data()) == []


@pytest.mark.parametrize("contract, data_class, reason", [
    ({"trains_on_customer_data": True}, DataClass.INTERNAL, "trains_on_customer_data"),
    ({"uses_data_for_ads": True}, DataClass.INTERNAL, "uses_data_for_ads"),
    ({"retention_days": 31}, DataClass.CONFIDENTIAL, "retention_too_long"),
    ({"retention_days": 1}, DataClass.RESTRICTED, "retention_too_long"),
    ({"dpa_signed": False}, DataClass.CONFIDENTIAL, "dpa_not_signed"),
    ({"max_classification": "internal"}, DataClass.CONFIDENTIAL, "classification_exceeds_card"),
    ({"contract_expires": TODAY - timedelta(days=1)}, DataClass.PUBLIC, "contract_expired"),
])
def test_each_contract_reason(contract, data_class, reason):
    assert _reasons(card_data(**contract), data_class=data_class) == [reason]


def test_public_data_reaches_a_vendor_that_trains_only_where_a_site_policy_says_so():
    data = card_data(trains_on_customer_data=True, uses_data_for_ads=True)
    assert _reasons(data, data_class=DataClass.PUBLIC) == ["trains_on_customer_data",
                                                           "uses_data_for_ads"]
    site = policy(requirements={**BASE_POLICY["vendors"]["requirements"],
                                "public": {"no_training": False, "no_ads": False}})
    assert _reasons(data, site, data_class=DataClass.PUBLIC) == []


def test_region_not_allowed():
    pol = policy(requirements={"confidential": {"allowed_regions": ["eu", "on-prem"]}})
    assert _reasons(card_data(regions=["EU"]), pol) == []  # case-insensitive
    assert _reasons(card_data(regions=["EU", "US"]), pol) == ["region_not_allowed"]


def test_unlisted_class_gets_safe_defaults():
    pol = policy(requirements={})
    assert _reasons(card_data(trains_on_customer_data=True), pol) == ["trains_on_customer_data"]


def test_signature_required_for_one_class_only(models):
    write_card(models, card_data())
    pol = policy(requirements={"restricted": {"signature_required": True},
                               "internal": {}})
    card = load_registry(models, pol).resolve("acme/model")
    assert card.valid and card.signature == "missing"
    assert check_contract(card, pol, DataClass.INTERNAL, TODAY) == []
    assert check_contract(card, pol, DataClass.RESTRICTED, TODAY) == ["signature_missing"]


def test_require_signatures_makes_unsigned_cards_invalid(models):
    write_card(models, card_data())
    pol = policy(require_signatures=True, default_model="acme/model")
    card = load_registry(models, pol).resolve("acme/model")
    assert not card.valid
    assert check_contract(card, pol, DataClass.PUBLIC, TODAY) == ["card_invalid",
                                                                  "signature_missing"]


def test_several_reasons_are_all_reported():
    reasons = _reasons(card_data(trains_on_customer_data=True, dpa_signed=False,
                                 retention_days=90, max_classification="internal"))
    assert reasons == ["classification_exceeds_card", "trains_on_customer_data",
                       "retention_too_long", "dpa_not_signed"]


def test_every_reason_code_is_documented():
    from sovereign_guard.vendors import contract

    for code in REASONS:
        assert code in contract.__doc__


# -- expiry boundary ---------------------------------------------------------------------------


def test_contract_is_valid_on_its_expiry_day_and_expired_the_day_after():
    expires = date(2027, 3, 31)
    data = card_data(contract_expires=expires)
    assert _reasons(data, today=expires) == []
    assert _reasons(data, today=expires + timedelta(days=1)) == ["contract_expired"]


def test_route_on_the_boundary_days(models):
    write_card(models, card_data(contract_expires=date(2027, 3, 31)))
    pol = policy()
    registry = load_registry(models, pol)
    on_day = route(registry, pol, "acme/model", DataClass.INTERNAL, transformed=False,
                   today=date(2027, 3, 31))
    after = route(registry, pol, "acme/model", DataClass.INTERNAL, transformed=False,
                  today=date(2027, 4, 1))
    assert on_day.decision == "allow"
    assert after.decision == "block" and after.reasons == ("contract_expired",)


# -- routing -----------------------------------------------------------------------------------


@pytest.fixture
def fleet(models):
    """A vendor that may only see internal data, two candidate fallbacks, the echo."""
    us = card_data("cloud/us", regions=["US"], retention_days=30, max_classification="internal")
    us["aliases"] = ["us-model"]
    trains = card_data("cheap/trains", trains_on_customer_data=True)
    onprem = card_data("onprem/llm", regions=["on-prem"])
    onprem["aliases"] = ["llm"]
    for data in (us, trains, onprem):
        write_card(models, data)
    return models


def test_allow_and_redact(fleet):
    pol = policy()
    registry = load_registry(fleet, pol)
    allow = route(registry, pol, "us-model", DataClass.INTERNAL, transformed=False, today=TODAY)
    redact = route(registry, pol, "us-model", DataClass.PUBLIC, transformed=True, today=TODAY)
    assert (allow.decision, allow.card.id, allow.reasons) == ("allow", "cloud/us", ())
    assert redact.decision == "redact" and redact.card is redact.requested
    # no upstream_model on the card: the client's own name is forwarded
    assert allow.upstream_model == "us-model"


def test_reroute_picks_the_first_compliant_fallback(fleet):
    pol = policy(fallbacks=["cheap/trains", "llm"])
    registry = load_registry(fleet, pol)
    decision = route(registry, pol, "cloud/us", DataClass.CONFIDENTIAL, transformed=True,
                     today=TODAY)
    assert decision.decision == "reroute"
    assert decision.card.id == "onprem/llm"
    assert decision.requested.id == "cloud/us"
    assert decision.reasons == ("classification_exceeds_card",)
    assert decision.upstream_model == "llm"  # the fallback's first alias
    assert decision.fallbacks_tried == (("cheap/trains", ("trains_on_customer_data",)),)
    audit = decision.to_audit()
    assert audit["card"] == "onprem/llm" and audit["card_hash"] == decision.card.card_hash


def test_block_when_no_fallback_complies(fleet):
    pol = policy(fallbacks=["cheap/trains"])
    registry = load_registry(fleet, pol)
    decision = route(registry, pol, "cloud/us", DataClass.CONFIDENTIAL, transformed=True,
                     today=TODAY)
    assert decision.decision == "block" and decision.card is None
    assert decision.reasons == ("classification_exceeds_card", "no_compliant_fallback")


def test_block_without_fallbacks_has_no_fallback_reason(fleet):
    pol = policy()
    registry = load_registry(fleet, pol)
    decision = route(registry, pol, "cloud/us", DataClass.RESTRICTED, transformed=False,
                     today=TODAY)
    assert decision.decision == "block"
    assert "no_compliant_fallback" not in decision.reasons
    assert "classification_exceeds_card" in decision.reasons


def test_reroute_skips_a_fallback_speaking_another_api(fleet):
    claude = card_data("other/claude", regions=["on-prem"])
    claude["api"] = "anthropic"
    write_card(fleet, claude)
    pol = policy(fallbacks=["other/claude", "onprem/llm"])
    registry = load_registry(fleet, pol)
    decision = route(registry, pol, "cloud/us", DataClass.CONFIDENTIAL, transformed=True,
                     today=TODAY, api="openai")
    assert decision.card.id == "onprem/llm"
    assert decision.fallbacks_tried == (("other/claude", ("api_mismatch",)),)


def test_upstream_model_field_wins(models):
    data = card_data()
    data["aliases"], data["upstream_model"] = ["m"], "acme-model-2026"
    write_card(models, data)
    pol = policy()
    decision = route(load_registry(models, pol), pol, "m", DataClass.PUBLIC, transformed=False,
                     today=TODAY)
    assert decision.upstream_model == "acme-model-2026"


def test_strict_policy_reroutes_to_signed_self_hosted_fallback(tmp_path):
    """End to end with the shipped cards: sign two of them, trust the key, use strict."""
    import shutil

    from sovereign_guard.vendors import generate_keypair, load_private_key, sig_path, sign_bytes
    from sovereign_guard.vendors.cards import read_card_data

    models = tmp_path / "models"
    shutil.copytree(MODELS_DIR, models)
    key_path, pub_path, public = generate_keypair(tmp_path / "k")
    key = load_private_key(key_path)
    for name in ("azure-openai-gpt-5.yaml", "self-hosted-llama-4.yaml", "local-echo.yaml"):
        _, canonical = read_card_data(models / name)
        sig_path(models / name).write_text(sign_bytes(canonical, key))
    data = yaml.safe_load((Path(__file__).resolve().parent.parent / "policies" /
                           "strict.yaml").read_text())
    data["vendors"]["trusted_keys"] = [public]
    pol = parse_policy(data, source="strict-test.yaml")
    registry = load_registry(models, pol)
    internal = route(registry, pol, "azure-gpt-5", DataClass.INTERNAL, transformed=True,
                     today=TODAY)
    assert internal.decision == "redact"
    confidential = route(registry, pol, "azure-gpt-5", DataClass.CONFIDENTIAL, transformed=True,
                         today=TODAY)
    assert confidential.decision == "reroute"
    assert confidential.card.id == "self-hosted/llama-4"
    assert confidential.reasons == ("retention_too_long",)
    unsigned = route(registry, pol, "gpt-5", DataClass.INTERNAL, transformed=False, today=TODAY)
    assert unsigned.decision == "reroute"
    assert unsigned.reasons[:2] == ("card_invalid", "signature_missing")


def test_trusted_key_entry_that_is_neither_key_nor_file(models):
    write_card(models, card_data())
    with pytest.raises(PolicyError, match="trusted_keys.0"):
        load_registry(models, policy(trusted_keys=["not-a-key"]))


def test_a_misspelt_contract_key_is_named_not_reported_as_the_right_one_missing():
    data = card_data()
    data["contract"]["trains_on_custmer_data"] = data["contract"].pop("trains_on_customer_data")
    with pytest.raises(VendorError) as info:
        card_from_data(data)
    assert str(info.value) == ("<card>: field 'contract.trains_on_custmer_data': unknown key "
                               "(did you mean 'trains_on_customer_data'?)")
