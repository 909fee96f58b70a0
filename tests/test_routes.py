"""Routes (policy `vendors.routes`): ordered candidates per requested alias or card id, first
compliant wins; per-class orders; `vendors.route_on: detected`; and failover along a route."""

from __future__ import annotations

import httpx
import pytest
import yaml
from conftest import REPO, TENANT_KEY, model_card, write_models
from fakevendor import dead_url
from test_vendors import TODAY, card_data, policy, write_card

from sovereign_guard import GuardTransport
from sovereign_guard.errors import PolicyError, VendorError
from sovereign_guard.pipeline import Pipeline
from sovereign_guard.policy import DataClass
from sovereign_guard.vendors import load_registry, route


@pytest.fixture
def fleet(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    gpt = card_data("cloud/gpt", regions=["US"], max_classification="internal")
    gpt["aliases"] = ["gpt-5"]
    claude = card_data("cloud/claude", regions=["US"], max_classification="internal")
    onprem = card_data("onprem/llm", regions=["on-prem"])
    trains = card_data("cheap/trains", trains_on_customer_data=True)
    for data in (gpt, claude, onprem, trains):
        write_card(models, data)
    return models


def _route(models, pol, model, data_class):
    return route(load_registry(models, pol), pol, model, data_class, transformed=False,
                 today=TODAY)


def test_a_route_moves_an_alias_to_another_card_centrally(fleet):
    pol = policy(routes={"gpt-5": ["cloud/claude", "cloud/gpt"]})
    decision = _route(fleet, pol, "gpt-5", DataClass.INTERNAL)
    assert (decision.decision, decision.card.id, decision.requested.id) == \
        ("reroute", "cloud/claude", "cloud/gpt")
    assert decision.reasons == ("routed",)
    # the card id itself has no route: it is served as asked
    assert _route(fleet, pol, "cloud/gpt", DataClass.INTERNAL).card.id == "cloud/gpt"


def test_first_compliant_candidate_of_the_route_wins(fleet):
    pol = policy(routes={"cloud/gpt": ["cheap/trains", "cloud/gpt", "onprem/llm"]})
    public = _route(fleet, pol, "gpt-5", DataClass.PUBLIC)  # routed by the card's id
    assert (public.decision, public.card.id) == ("allow", "cloud/gpt")
    assert public.fallbacks_tried == (("cheap/trains", ("trains_on_customer_data",)),)
    confidential = _route(fleet, pol, "gpt-5", DataClass.CONFIDENTIAL)
    assert (confidential.decision, confidential.card.id) == ("reroute", "onprem/llm")


def test_per_class_order_sends_confidential_data_on_prem_first(fleet):
    pol = policy(routes={"gpt-5": {"default": ["cloud/gpt"],
                                   "confidential": ["onprem/llm", "cloud/gpt"]}})
    assert _route(fleet, pol, "gpt-5", DataClass.INTERNAL).card.id == "cloud/gpt"
    assert _route(fleet, pol, "gpt-5", DataClass.CONFIDENTIAL).card.id == "onprem/llm"


def test_nothing_compliant_on_the_route_or_fallbacks_blocks(fleet):
    pol = policy(routes={"gpt-5": ["cloud/claude"]}, fallbacks=["cheap/trains"])
    decision = _route(fleet, pol, "gpt-5", DataClass.CONFIDENTIAL)
    assert decision.decision == "block"
    assert decision.reasons == ("routed", "no_compliant_fallback")
    assert [cid for cid, _ in decision.fallbacks_tried] == ["cloud/claude", "cheap/trains"]


def test_routes_must_name_cards(fleet):
    with pytest.raises(VendorError, match="vendors.routes.gpt-5 names 'nope/x'"):
        load_registry(fleet, policy(routes={"gpt-5": ["nope/x"]}))
    with pytest.raises(VendorError, match="vendors.routes names 'no-such-alias'"):
        load_registry(fleet, policy(routes={"no-such-alias": ["cloud/gpt"]}))
    with pytest.raises(PolicyError, match="secret"):
        policy(routes={"gpt-5": {"secret": ["cloud/gpt"]}})


# -- through a door ----------------------------------------------------------------------------


def _pipe(tmp_path, vendor, **vendors) -> Pipeline:
    models = tmp_path / "models"
    models.mkdir(parents=True)
    dead = dead_url()
    write_models(models, [
        {**model_card("cloud/gpt", "openai", vendor.base_url, max_classification="internal"),
         "aliases": ["gpt-5"], "upstream_model": "gpt-model"},
        {**model_card("onprem/llm", "openai", vendor.base_url), "upstream_model": "llm-model"},
        {**model_card("onprem/dead", "openai", dead), "upstream_model": "dead-model"},
    ])
    data = yaml.safe_load((REPO / "policies" / "default.yaml").read_text())
    data["vendors"].update(vendors)
    (tmp_path / "p.yaml").write_text(yaml.safe_dump(data))
    return Pipeline.from_files(tmp_path / "p.yaml", models, tmp_path / "audit",
                               keys=tmp_path / "keys.json", tenant_key=TENANT_KEY)


def _send(pipe, text):
    with httpx.Client(base_url="https://app.invalid",
                      transport=GuardTransport(httpx.HTTPTransport(), pipeline=pipe)) as c:
        return c.post("/v1/chat/completions", json={
            "model": "gpt-5", "messages": [{"role": "user", "content": text}]})


PERSONAL = "mail jane.doe@example.org please"  # detected confidential, leaves public


def test_route_on_detected_class_sends_personal_data_on_prem(tmp_path, vendor):
    routes = {"gpt-5": {"default": ["cloud/gpt"], "confidential": ["onprem/llm"]}}
    outbound = _pipe(tmp_path / "a", vendor, routes=routes)
    detected = _pipe(tmp_path / "b", vendor, routes=routes, route_on="detected")
    vendor.clear()
    assert _send(outbound, PERSONAL).status_code == 200
    assert _send(detected, PERSONAL).status_code == 200
    assert [r.body["model"] for r in vendor.requests] == ["gpt-model", "llm-model"]


def test_failover_follows_the_route_order(tmp_path, vendor):
    pipe = _pipe(tmp_path, vendor, routes={"gpt-5": ["onprem/dead", "cloud/gpt", "onprem/llm"]})
    vendor.clear()
    vendor.failures.append((503, {"error": {"message": "down"}}, {}))
    r = _send(pipe, "hello")
    assert r.status_code == 200
    assert [q.body["model"] for q in vendor.requests] == ["gpt-model", "llm-model"]


def test_the_readme_example_policy_loads_with_the_shipped_cards():
    readme = (REPO / "README.md").read_text()
    section = readme[readme.index("**Routes and failover.**"):]
    snippet = section[section.index("```yaml") + 7: section.index("```", section.index("```yaml") + 7)]
    vendors = yaml.safe_load(snippet)["vendors"]
    pol = policy(**vendors)
    registry = load_registry(None, pol)
    confidential = route(registry, pol, "gpt-5", DataClass.CONFIDENTIAL, transformed=True,
                         today=TODAY)
    assert confidential.card.id == "self-hosted/llama-4"
    assert pol.vendors.failover.max_attempts == 3
