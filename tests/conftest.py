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


@pytest.fixture(scope="session")
def guard():
    from sovereign_guard.core import Guard

    return Guard("default", tenant_key=TENANT_KEY)


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
