"""Issue 16 item 2: both shipped policies keep every data class, `public` included, away from
vendors that train on customer data or use it for ads; a site policy may relax that."""

from __future__ import annotations

from datetime import date

import pytest

from sovereign_guard.policy import DataClass, load_policy, parse_policy
from sovereign_guard.vendors import card_from_data, check_contract

TODAY = date(2026, 11, 29)


def _card(**contract) -> dict:
    terms = {"trains_on_customer_data": False, "uses_data_for_ads": False,
             "retention_days": 0, "regions": ["on-prem"], "dpa_signed": True,
             "contract_expires": date(2027, 12, 31), "max_classification": "restricted"}
    terms.update(contract)
    return {"id": "acme/model", "aliases": [], "vendor": "Acme", "api": "openai",
            "base_url": "https://api.acme.example/v1", "contract": terms}


@pytest.mark.parametrize("policy_name", ["default", "strict"])
@pytest.mark.parametrize("data_class", list(DataClass))
@pytest.mark.parametrize("flag, reason", [("trains_on_customer_data", "trains_on_customer_data"),
                                          ("uses_data_for_ads", "uses_data_for_ads")])
def test_shipped_policies_refuse_training_and_ads_vendors_for_every_class(policy_name,
                                                                         data_class, flag,
                                                                         reason):
    policy = load_policy(policy_name)
    card = card_from_data(_card(**{flag: True}))
    assert reason in check_contract(card, policy, data_class, TODAY)
    # The same card without the flag is fine for the class (the flag alone is the refusal;
    # strict also wants signatures, which this unsigned card lacks).
    clean = check_contract(card_from_data(_card()), policy, data_class, TODAY)
    assert reason not in clean


def test_a_site_policy_may_send_public_material_to_a_training_vendor():
    site = parse_policy({"name": "site", "version": "1", "vendors": {"requirements": {
        "public": {"no_training": False, "no_ads": False}}}}, source="site.yaml")
    card = card_from_data(_card(trains_on_customer_data=True, uses_data_for_ads=True))
    assert check_contract(card, site, DataClass.PUBLIC, TODAY) == []
    # Unlisted classes keep the safe defaults.
    assert check_contract(card, site, DataClass.INTERNAL, TODAY) == [
        "trains_on_customer_data", "uses_data_for_ads"]
