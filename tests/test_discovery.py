"""Discovery: `GET /v1/models` answered by the guard from the cards usable under the policy,
in both doors and both API shapes; provider-wide cards whose alias is a pattern."""

from __future__ import annotations

import anthropic
import httpx
import httpx2
import openai
import pytest
from conftest import TENANT_KEY, model_card, write_models
from fakevendor import ServerThread
from test_vendors import TODAY, card_data, policy, write_card

from sovereign_guard import GuardTransport
from sovereign_guard.exchange.discovery import model_path
from sovereign_guard.pipeline import Pipeline
from sovereign_guard.policy import DataClass
from sovereign_guard.server import create_app
from sovereign_guard.vendors import load_registry, route


@pytest.fixture(scope="module")
def pipe(vendor, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("discovery")
    models = tmp / "models"
    models.mkdir()
    write_models(models, [
        {**model_card("fake/gpt", "openai", vendor.base_url), "aliases": ["gpt-x"]},
        {**model_card("fake/embed", "openai", vendor.base_url),
         "aliases": ["text-embedding-*"]},
        {**model_card("fake/openai", "openai", vendor.base_url), "aliases": ["openai/*"]},
        model_card("fake/claude", "anthropic", vendor.base_url),
        model_card("fake/expired", "openai", vendor.base_url, contract_expires="2020-01-01"),
        model_card("fake/trains", "openai", vendor.base_url, trains_on_customer_data=True),
    ])
    return Pipeline.from_files("default", models, tmp / "audit", keys=tmp / "keys.json",
                               tenant_key=TENANT_KEY)


@pytest.fixture(scope="module")
def bases(pipe):
    server = ServerThread(create_app(lambda: pipe.for_door("sidecar"), load_in_background=False))
    with server:
        yield {"sidecar": (f"http://127.0.0.1:{server.port}", None),
               "transport": ("https://app.invalid", GuardTransport(httpx.HTTPTransport(),
                                                                   pipeline=pipe))}


DOORS = ["sidecar", "transport"]


def _client(bases, door):
    base, transport = bases[door]
    return httpx.Client(base_url=base, transport=transport)


@pytest.mark.parametrize("door", DOORS)
def test_openai_list_names_usable_cards_and_aliases(bases, door):
    with _client(bases, door) as c:
        r = c.get("/v1/models")
    assert r.status_code == 200
    body = r.json()
    assert body["object"] == "list"
    ids = [m["id"] for m in body["data"]]
    # the Anthropic card too: an OpenAI chat request to it is translated
    assert ids == ["echo", "fake/claude", "fake/embed", "fake/gpt", "fake/openai", "gpt-x",
                   "local/echo"]
    assert {m["object"] for m in body["data"]} == {"model"}


@pytest.mark.parametrize("door", DOORS)
def test_anthropic_list_when_anthropic_version_is_sent(bases, door):
    with _client(bases, door) as c:
        r = c.get("/v1/models", headers={"anthropic-version": "2023-06-01"})
    body = r.json()
    assert [m["id"] for m in body["data"]] == ["echo", "fake/claude", "fake/embed", "fake/gpt",
                                               "fake/openai", "gpt-x", "local/echo"]
    assert body["has_more"] is False and body["first_id"] == "echo"
    assert {m["type"] for m in body["data"]} == {"model"}


@pytest.mark.parametrize("door", DOORS)
def test_the_official_sdks_list_and_retrieve_models(bases, door):
    base, transport = bases[door]
    oa = openai.OpenAI(api_key="k", base_url=base + "/v1",
                       http_client=httpx.Client(transport=transport) if transport else None)
    assert "gpt-x" in [m.id for m in oa.models.list()]
    assert oa.models.retrieve("fake/gpt").owned_by == "Fake openai"
    with pytest.raises(openai.NotFoundError):
        oa.models.retrieve("fake/expired")
    extra = {} if transport is None else {"http_client": httpx2.Client(
        transport=GuardTransport(httpx2.HTTPTransport(), pipeline=transport.pipeline))}
    an = anthropic.Anthropic(api_key="k", base_url=base, **extra)
    assert "fake/claude" in [m.id for m in oa.models.list()]  # reached by translation
    assert [m.id for m in an.models.list()][:3] == ["echo", "fake/claude", "fake/embed"]


@pytest.mark.parametrize("door", DOORS)
def test_an_sdk_default_model_name_resolves_to_a_provider_wide_card(bases, vendor, door):
    vendor.clear()
    with _client(bases, door) as c:
        emb = c.post("/v1/embeddings", json={"model": "text-embedding-3-small", "input": "hi"})
        chat = c.post("/v1/chat/completions", json={
            "model": "openai/gpt-4o", "messages": [{"role": "user", "content": "hi"}]})
    assert emb.status_code == 200 and chat.status_code == 200
    # the pattern's own name is forwarded; `provider/*` drops the provider prefix
    assert [r.body["model"] for r in vendor.requests] == ["text-embedding-3-small", "gpt-4o"]


def test_models_path_is_read_after_any_base_path():
    assert model_path("/v1/models") == "" and model_path("/openai/v1/models/") == ""
    assert model_path("/v1/models/fake/gpt") == "fake/gpt"
    assert model_path("/v1/modelsx") is None and model_path("/v1/files") is None


def test_an_exact_name_beats_a_pattern_and_the_longest_pattern_wins(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    wide, narrow, exact = card_data("p/wide"), card_data("p/narrow"), card_data("p/exact")
    wide["aliases"], narrow["aliases"], exact["aliases"] = ["gpt-*"], ["gpt-4*"], ["gpt-4o"]
    for data in (wide, narrow, exact):
        write_card(models, data)
    registry = load_registry(models, policy())
    assert registry.resolve("gpt-4o").id == "p/exact"
    assert registry.resolve("gpt-4.1").id == "p/narrow"
    assert registry.resolve("gpt-3.5").id == "p/wide"
    decision = route(registry, policy(), "gpt-4.1", DataClass.PUBLIC, transformed=False,
                     today=TODAY)
    assert decision.upstream_model == "gpt-4.1"


@pytest.mark.parametrize("door", DOORS)
def test_count_tokens_is_forwarded_after_scanning(bases, vendor, door):
    base, transport = bases[door]
    extra = {} if transport is None else {"http_client": httpx2.Client(
        transport=GuardTransport(httpx2.HTTPTransport(), pipeline=transport.pipeline))}
    an = anthropic.Anthropic(api_key="k", base_url=base, **extra)
    vendor.clear()
    counted = an.messages.count_tokens(model="fake/claude", messages=[
        {"role": "user", "content": "mail jane.doe@example.org about it"}])
    assert counted.input_tokens > 0
    [got] = vendor.requests
    assert got.path == "messages/count_tokens"
    assert "jane.doe@example.org" not in got.raw.decode() and "<EMAIL_ADDRESS_" in got.raw.decode()
