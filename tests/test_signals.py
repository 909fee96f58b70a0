"""Outbound signal headers, forced controls and header hygiene (the allow-list)."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest
import yaml

from sovereign_guard.errors import PolicyError
from sovereign_guard.policy import load_policy, parse_policy
from sovereign_guard.signals import (
    USER_AGENT,
    SFError,
    Token,
    body_controls,
    force_controls,
    parse_sf_dictionary,
    select_headers,
    serialize_sf_dictionary,
    vendor_confirmed,
)
from sovereign_guard.vendors import card_from_data, load_registry

BASE_POLICY = yaml.safe_load((Path(__file__).resolve().parent.parent / "policies" /
                              "default.yaml").read_text())
POLICY = load_policy("default")
REGISTRY = load_registry(None, POLICY)
OPENAI = REGISTRY.resolve("openai/gpt-5")
ANTHROPIC = REGISTRY.resolve("anthropic/claude")
ECHO = REGISTRY.resolve("local/echo")
LLAMA = REGISTRY.resolve("self-hosted/llama-4")


def outbound_headers(client, card, policy, *, requested=None) -> dict:
    """The headers the vendor receives (select_headers without the dropped names)."""
    return select_headers(client, card, policy, requested=requested)[0]


def apply_controls(body: dict, card, route: str | None = None) -> dict:
    """force_controls on a copy, so a test can check the caller's dict stays as it was."""
    out = copy.deepcopy(body)
    force_controls(out, card, route)
    return out


def policy_with_signals(headers: dict, forward: list | None = None) -> object:
    data = copy.deepcopy(BASE_POLICY)
    data["signals"] = {"headers": headers}
    if forward is not None:
        data["signals"]["forward_headers"] = forward
    return parse_policy(data, source="signals.yaml")


def card(api: str = "openai", env: str | None = None, controls: dict | None = None):
    data = {
        "id": f"test/{api}", "vendor": "T", "api": api,
        "base_url": "local://echo" if api == "echo" else "https://vendor.example/v1",
        "contract": {"trains_on_customer_data": False, "uses_data_for_ads": False,
                     "retention_days": 0, "regions": ["EU"], "dpa_signed": True,
                     "contract_expires": date(2030, 1, 1), "max_classification": "internal"},
    }
    if env:
        data["api_key_env"] = env
    if controls:
        data["controls"] = controls
    return card_from_data(data)


# -- RFC 9651 dictionaries ---------------------------------------------------------------------


def test_sf_dictionary_round_trip():
    members = parse_sf_dictionary("train-ai=n,  search=y;x=1, flag, b=?0, s=\"a \\\"q\\\"\", d=1.50")
    assert members["train-ai"] == (Token("n"), {})
    assert isinstance(members["train-ai"][0], Token)
    assert members["search"][0] == Token("y") and members["search"][1] == {"x": 1}
    assert members["flag"] == (True, {}) and members["b"] == (False, {})
    assert members["s"][0] == 'a "q"' and not isinstance(members["s"][0], Token)
    assert float(members["d"][0]) == 1.5
    assert serialize_sf_dictionary(members) == (
        'train-ai=n, search=y;x=1, flag, b=?0, s="a \\"q\\"", d=1.5')


def test_sf_last_duplicate_wins():
    assert parse_sf_dictionary("train-ai=y, train-ai")["train-ai"] == (True, {})


@pytest.mark.parametrize("bad", ["Train-AI=n", "train-ai=n,", "=n", "a=\"x",
                                 "a=n b=y", "a=?2", "a=é"])
def test_sf_dictionary_errors(bad):
    with pytest.raises(SFError):
        parse_sf_dictionary(bad)


def test_inner_list_is_not_an_aipref_value():
    from sovereign_guard.signals import normalize_content_usage

    with pytest.raises(ValueError, match="token y or n"):
        normalize_content_usage("train-ai=(n)")


# -- policy validation of signal headers -----------------------------------------------------


def test_default_signals():
    assert POLICY.signals.headers == {"Content-Usage": "train-ai=n", "Sec-GPC": "1"}


def test_content_usage_is_normalized():
    pol = policy_with_signals({"Content-Usage": "train-ai=n,search=y"})
    assert pol.signals.headers["Content-Usage"] == "train-ai=n, search=y"


@pytest.mark.parametrize("value", ["train-ai=no", 'train-ai="n"', "Train-AI=n", "train-ai",
                                   "train-ai=n,", ""])
def test_bad_content_usage_is_a_policy_error(value):
    with pytest.raises(PolicyError, match="signals.headers"):
        policy_with_signals({"Content-Usage": value})


@pytest.mark.parametrize("headers", [{"Sec-GPC": "0"}, {"Authorization": "Bearer x"},
                                     {"Connection": "close"}, {"X-Sovereign-Guard-Id": "1"},
                                     {"Bad Name": "1"}, {"X-A": "line\nbreak"},
                                     {"X-A": "1", "x-a": "2"}])
def test_bad_signal_headers_are_policy_errors(headers):
    with pytest.raises(PolicyError):
        policy_with_signals(headers)


# -- outbound headers ----------------------------------------------------------------------


CLIENT = {
    "Host": "127.0.0.1:8787", "Content-Length": "123", "Connection": "keep-alive, X-Hop",
    "X-Hop": "1", "Keep-Alive": "timeout=5", "Transfer-Encoding": "chunked", "TE": "trailers",
    "Accept-Encoding": "gzip", "Cookie": "session=abc", "Forwarded": "for=10.0.0.7",
    "X-Forwarded-For": "10.0.0.7", "X-Real-IP": "10.0.0.7", "traceparent": "00-abc-def-01",
    "X-Sovereign-Guard-Request-Id": "sg-123", "x-sovereign-guard-caller": "billing-app",
    "Proxy-Authorization": "Basic x", "User-Agent": "OpenAI/Python 1.99",
    "OpenAI-Organization": "org-1", "Content-Type": "application/json; charset=utf-8",
}


def test_hygiene_strips_hop_by_hop_internal_and_network_headers(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    out, dropped = select_headers(CLIENT, OPENAI, POLICY)
    assert set(out) == {"user-agent", "openai-organization", "content-type", "content-usage",
                        "sec-gpc"}
    assert out["content-type"] == "application/json"
    assert out["user-agent"] == USER_AGENT and USER_AGENT.startswith("sovereign-guard/")
    assert not any("sovereign" in name for name in out)
    assert "sg-123" not in out.values() and "billing-app" not in out.values()
    # framing, hop-by-hop and the guard's own headers are not "dropped" client information
    assert dropped == ["cookie", "forwarded", "traceparent",
                       "user-agent", "x-forwarded-for", "x-real-ip"]


SDK_AND_APP = {
    "Content-Type": "application/json", "Accept": "application/json",
    "Accept-Encoding": "gzip, br", "User-Agent": "Jane Doe's laptop (jane.doe@example.org)",
    "X-Stainless-OS": "MacOS", "X-Stainless-Arch": "arm64", "X-Stainless-Runtime": "CPython",
    "X-Stainless-Runtime-Version": "3.12.4", "X-Stainless-Lang": "python",
    "X-Stainless-Package-Version": "1.99.0", "X-Stainless-Retry-Count": "0",
    "X-Customer-Email": "customer@example.org", "X-Tenant": "acme-emea",
    "Anthropic-Version": "2023-06-01", "Anthropic-Beta": "prompt-caching-2024-07-31",
    "OpenAI-Beta": "assistants=v2", "OpenAI-Organization": "org-1", "OpenAI-Project": "proj-1",
    "Idempotency-Key": "stainless-retry-42", "X-Idempotency-Key": "k-42",
}


def test_only_the_allow_list_reaches_the_vendor(monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    out, dropped = select_headers(SDK_AND_APP, LLAMA, POLICY)
    assert out == {
        "content-type": "application/json", "accept": "application/json",
        "anthropic-version": "2023-06-01", "anthropic-beta": "prompt-caching-2024-07-31",
        "openai-beta": "assistants=v2", "openai-organization": "org-1",
        "openai-project": "proj-1", "idempotency-key": "stainless-retry-42",
        "x-idempotency-key": "k-42", "user-agent": USER_AGENT,
        "content-usage": "train-ai=n", "sec-gpc": "1",
    }
    assert dropped == ["user-agent", "x-customer-email", "x-stainless-arch", "x-stainless-lang",
                       "x-stainless-os", "x-stainless-package-version",
                       "x-stainless-retry-count", "x-stainless-runtime",
                       "x-stainless-runtime-version", "x-tenant"]
    assert "accept-encoding" not in out and "accept-encoding" not in dropped  # the door's


def test_dropped_names_are_lowercase_unique_and_never_values():
    pairs = [("X-Customer-Email", "a@example.org"), ("x-customer-email", "b@example.org"),
             ("X-A", "1")]
    out, dropped = select_headers(pairs, LLAMA, POLICY)
    assert dropped == ["x-a", "x-customer-email"]
    assert "example.org" not in repr(out) + repr(dropped)


def test_a_header_named_in_connection_is_not_forwarded_even_if_allowed():
    out, dropped = select_headers({"Connection": "accept", "Accept": "text/plain"}, LLAMA,
                                  POLICY)
    assert "accept" not in out and dropped == []


def test_policy_forwards_extra_headers():
    pol = policy_with_signals({"Sec-GPC": "1"}, forward=["X-Tenant", "User-Agent", "x-tenant"])
    assert pol.signals.forward_headers == ("x-tenant", "user-agent")
    out, dropped = select_headers(SDK_AND_APP, LLAMA, pol)
    assert out["x-tenant"] == "acme-emea" and out["user-agent"] == SDK_AND_APP["User-Agent"]
    assert "x-tenant" not in dropped and "user-agent" not in dropped
    assert "x-customer-email" in dropped
    assert POLICY.signals.forward_headers == ()


@pytest.mark.parametrize("name", ["Cookie", "Authorization", "x-api-key", "Connection", "Host",
                                  "X-Forwarded-For", "traceparent", "X-Sovereign-Guard-Caller",
                                  "Bad Name"])
def test_policy_cannot_forward_network_credential_or_internal_headers(name):
    with pytest.raises(PolicyError, match="forward_headers"):
        policy_with_signals({"Sec-GPC": "1"}, forward=[name])


def test_signals_cannot_be_removed_or_overridden_by_the_client(monkeypatch):
    client = {"content-usage": "train-ai=y", "SEC-GPC": "0", "Content-Usage": "search=y"}
    out = outbound_headers(client, LLAMA, POLICY)
    assert out["content-usage"] == "train-ai=n" and out["sec-gpc"] == "1"
    assert [n for n in out if n.lower() == "content-usage"] == ["content-usage"]


def test_card_control_headers_win_over_client_and_policy_over_card():
    c = card(controls={"headers": {"OpenAI-Beta": "zdr=1", "Content-Usage": "search=n"}})
    out = outbound_headers({"openai-beta": "assistants=v2"}, c, POLICY)
    assert out["openai-beta"] == "zdr=1"
    assert out["content-usage"] == "train-ai=n"


def test_card_credential_replaces_the_clients(monkeypatch):
    monkeypatch.setenv("SG_TEST_KEY", "sk-vendor")
    client = {"Authorization": "Bearer sk-client", "x-api-key": "client", "api-key": "c"}
    openai, dropped = select_headers(client, card("openai", "SG_TEST_KEY"), POLICY)
    assert openai["authorization"] == "Bearer sk-vendor"
    assert "x-api-key" not in openai and "api-key" not in openai
    assert dropped == ["api-key", "authorization", "x-api-key"]
    anthropic = outbound_headers(client, card("anthropic", "SG_TEST_KEY"), POLICY)
    assert anthropic["x-api-key"] == "sk-vendor" and "authorization" not in anthropic


def test_client_credential_passes_when_the_card_has_no_key(monkeypatch):
    monkeypatch.delenv("SG_TEST_KEY", raising=False)
    client = {"Authorization": "Bearer sk-client"}
    assert outbound_headers(client, card("openai"), POLICY)["authorization"] == "Bearer sk-client"
    # env var named but unset: the client's credential is forwarded (documented)
    assert outbound_headers(client, card("openai", "SG_TEST_KEY"), POLICY)["authorization"] \
        == "Bearer sk-client"


def test_credentials_never_reach_the_echo_or_an_unrequested_fallback():
    client = {"Authorization": "Bearer sk-client", "x-api-key": "k"}
    assert "authorization" not in outbound_headers(client, ECHO, POLICY)
    rerouted = outbound_headers(client, LLAMA, POLICY, requested=OPENAI)
    assert "authorization" not in rerouted and "x-api-key" not in rerouted
    same = outbound_headers(client, LLAMA, POLICY, requested=LLAMA)
    assert same["authorization"] == "Bearer sk-client"




# -- body controls -------------------------------------------------------------------------


def test_forced_body_controls_win_over_client_values():
    body = {"model": "gpt-5", "store": True, "messages": []}
    out = apply_controls(body, OPENAI, "chat/completions")
    assert out["store"] is False
    assert body["store"] is True  # the caller's dict is untouched
    claude = apply_controls({"model": "claude", "inference_geo": "global"}, ANTHROPIC, "messages")
    assert claude["inference_geo"] == "us"


def test_controls_deep_merge_and_route_filter():
    c = card(controls={"body": {"metadata": {"tier": "enterprise"}, "store": False},
                       "body_routes": ["chat/completions"]})
    body = {"metadata": {"tier": "free", "app": "x"}}
    merged = apply_controls(body, c, "chat/completions")
    assert merged["metadata"] == {"tier": "enterprise", "app": "x"} and merged["store"] is False
    assert apply_controls(body, c, "embeddings") == body
    assert apply_controls(body, c)["store"] is False  # no route: every control applies
    assert body_controls(c, "embeddings") == {}
    assert force_controls(dict(body), c, "chat/completions") == {
        "metadata": {"tier": "enterprise"}, "store": False}  # returned as sent


# -- what the vendor confirms ----------------------------------------------------------------


def test_vendor_confirmed_inference_geo():
    assert vendor_confirmed(ANTHROPIC, {"usage": {"inference_geo": "us"}}) == {
        "inference_geo": "us"}
    assert vendor_confirmed(ANTHROPIC, {"type": "message_start",
                                        "message": {"usage": {"inference_geo": "us"}}}) == {
        "inference_geo": "us"}
    assert vendor_confirmed(ANTHROPIC, {"usage": {"inference_geo": "global"}}) == {
        "inference_geo": "global", "mismatch": ["inference_geo"]}
    assert vendor_confirmed(ANTHROPIC, {"usage": {}}) == {}
    assert vendor_confirmed(OPENAI, {"usage": {"inference_geo": "us"}}) == {}
    assert vendor_confirmed(ANTHROPIC, ["not", "a", "dict"]) == {}
