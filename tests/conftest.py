"""Shared fixtures. The spaCy pipeline loads once per session (engine cache in detect.engine)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Never touch the developer's real ~/.sovereign-guard; fix the tenant key so placeholders
# are reproducible across the session.
_HOME = tempfile.mkdtemp(prefix="sg-test-home-")
os.environ["SOVEREIGN_GUARD_HOME"] = _HOME
os.environ["SOVEREIGN_GUARD_TENANT_KEY"] = "11" * 32

TENANT_KEY = bytes.fromhex("11" * 32)
REPO = Path(__file__).resolve().parent.parent


_SHARED: list = []  # the session guard, once built


@pytest.fixture(scope="session")
def guard():
    from sovereign_guard.core import Guard

    _SHARED.append(Guard("default", tenant_key=TENANT_KEY))
    return _SHARED[0]


@pytest.fixture(autouse=True)
def _forget_known_values():
    """Each test sees the shared guard as new: values an earlier test redacted are not
    remembered (once detected, always detected would make tests depend on their order)."""
    yield
    for g in _SHARED:
        g.known.clear()


@pytest.fixture(autouse=True)
def _restore_guard_environment():
    """`serve` exports its settings (SOVEREIGN_GUARD_*) for its workers; a test that runs it
    in-process must not hand them to the tests after it."""
    saved = {k: v for k, v in os.environ.items() if k.startswith("SOVEREIGN_GUARD_")}
    yield
    for name in [k for k in os.environ if k.startswith("SOVEREIGN_GUARD_")]:
        if name not in saved:
            del os.environ[name]
    os.environ.update(saved)


@pytest.fixture(scope="session")
def make_guard():
    """Build a guard from the default policy with `overrides` (entities are merged per type)."""
    import yaml

    from sovereign_guard.core import Guard
    from sovereign_guard.policy import parse_policy

    base = yaml.safe_load((REPO / "policies" / "default.yaml").read_text())

    def build(overrides: dict | None = None, key: bytes = TENANT_KEY) -> Guard:
        data = {**base, "name": "test", "version": "1", "allow_list": []}
        overrides = dict(overrides or {})
        data["entities"] = {**base["entities"], **overrides.pop("entities", {})}
        data.update(overrides)
        return Guard(parse_policy(data, source="test.yaml"), tenant_key=key)

    return build


@pytest.fixture(scope="module")
def vendor():
    """A fake vendor on loopback that records every byte it receives (one per module)."""
    from fakevendor import FakeVendor, ServerThread

    fake = FakeVendor()
    with ServerThread(fake.app()) as server:
        fake.port = server.port
        yield fake


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    """A pipeline with two mock cards (openai, anthropic) and its own audit log and keyset."""
    from sovereign_guard.pipeline import Pipeline

    d = write_models(tmp_path_factory.mktemp("models"), [
        model_card("mock/gpt", "openai", "https://vendor.invalid/v1"),
        model_card("mock/claude", "anthropic", "https://vendor.invalid/v1"),
    ])
    home = tmp_path_factory.mktemp("home")
    pipeline = Pipeline.from_files("default", d, home / "audit", keys=home / "keys.json",
                                   tenant_key=TENANT_KEY)
    pipeline.audit_keys_path = home / "keys.json"
    return pipeline


def model_card(card_id: str, api: str, base_url: str, **contract) -> dict:
    """A compliant test model card for `api`, with the shipped cards' controls; `contract`
    overrides contract fields (e.g. trains_on_customer_data=True)."""
    controls = (
        {"body": {"store": False}, "body_routes": ["chat/completions", "responses"],
         "headers": {}} if api == "openai" else {"body": {"inference_geo": "us"}, "headers": {}}
    )
    confirms = ({"vendor_confirms": {"inference_geo": ["usage.inference_geo",
                                                       "message.usage.inference_geo"]}}
                if api == "anthropic" else {})
    return {
        "id": card_id, "aliases": [], "vendor": "Fake " + api, "api": api, "base_url": base_url,
        "contract": {"trains_on_customer_data": False, "uses_data_for_ads": False,
                     "retention_days": 0, "regions": ["US"], "dpa_signed": True,
                     "contract_expires": "2099-01-01", "max_classification": "confidential",
                     **contract},
        "controls": controls, **confirms,
    }


def write_models(directory: Path, cards: list[dict]) -> Path:
    """A models directory: the shipped local/echo card plus `cards`."""
    import shutil

    import yaml

    shutil.copy(REPO / "models" / "local-echo.yaml", directory / "local-echo.yaml")
    for card in cards:
        (directory / (card["id"].replace("/", "-") + ".yaml")).write_text(yaml.safe_dump(card))
    return directory


def pipeline_at(tmp_path_factory, cards: list[dict]):
    """A pipeline over `cards` with its own audit log and keyset (`keys_path` kept on it)."""
    from sovereign_guard.pipeline import Pipeline

    models = write_models(tmp_path_factory.mktemp("models"), cards)
    home = tmp_path_factory.mktemp("home")
    pipe = Pipeline.from_files("default", models, home / "audit", keys=home / "keys.json",
                               tenant_key=TENANT_KEY)
    pipe.keys_path = home / "keys.json"
    return pipe


def masked_by_type(guard, text: str) -> dict[str, set[str]]:
    """What `guard` would not let through in `text`: entity type -> the values found."""
    found: dict[str, set[str]] = {}
    for f in guard.protect(text).findings:
        if f.action.value != "allow":
            found.setdefault(f.type, set()).add(text[f.start:f.end])
    return found


def person_values(guard, text: str) -> list[str]:
    """The PERSON values `guard` would not let through in `text`, in order."""
    return [text[f.start : f.end] for f in guard.protect(text).findings
            if f.type == "PERSON" and f.action.value != "allow"]


def covered(guard, text: str, name: str) -> bool:
    """Every character of `name` (first occurrence) is inside a PERSON finding."""
    at = text.index(name)
    spans = [(f.start, f.end) for f in guard.protect(text).findings
             if f.type == "PERSON" and f.action.value != "allow"]
    return all(any(s <= i < e for s, e in spans) for i in range(at, at + len(name))
               if not text[i].isspace())


def pipeline_events(pipe, request_id: str) -> list[dict]:
    """The audit events of `pipeline_at`'s pipeline with this (record or caller's) id."""
    from sovereign_guard.audit import load_keyset

    return audit_events(load_keyset(pipe.keys_path), pipe.audit.directory, request_id)


def audit_events(keys, directory: Path, request_id: str) -> list[dict]:
    """The decrypted audit events of one request (its record id, or the caller's own id),
    oldest first."""
    from sovereign_guard.audit.review import Filters, Reader, select

    rows = select(Reader(keys=keys), directory, Filters())
    return [r.event.model_dump(mode="json") for r in rows
            if request_id in (r.event.request_id, r.event.caller_request_id)]


@pytest.fixture(scope="session")
def postgres():
    """A throw-away PostgreSQL server on a loopback port (tests/pg.py); skips when the
    server binaries are not installed."""
    from pg import cluster

    with cluster() as server:
        yield server
