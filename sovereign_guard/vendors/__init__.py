"""Vendor model cards, their signatures, contract verification and the routing decision.

    from sovereign_guard.vendors import load_registry, route
    registry = load_registry(None, policy)            # the shipped models/
    decision = route(registry, policy, "gpt-5", DataClass.CONFIDENTIAL, transformed=True)

Modules: `cards` (schema, canonical bytes, hash), `signing` (Ed25519 keys and `.sig` files),
`registry` (loading, aliases), `contract` (reason codes, `check_contract`, `route`).
"""

from __future__ import annotations

from .cards import (
    Contract,
    Controls,
    Evidence,
    ModelCard,
    canonical_bytes,
    card_from_data,
    load_card,
)
from .contract import (
    REASONS,
    RouteDecision,
    check_contract,
    compliant_classes,
    days_left,
    expires_soon,
    is_expired,
    route,
)
from .registry import MODELS_DIR, Registry, Scan, load_registry, scan
from .signing import (
    SIGNING_CONTEXT,
    generate_keypair,
    load_private_key,
    load_trusted_keys,
    sig_path,
    sign_bytes,
    verify_signature,
)

__all__ = [
    "MODELS_DIR", "REASONS", "SIGNING_CONTEXT", "Contract", "Controls", "Evidence", "ModelCard",
    "Registry", "RouteDecision", "Scan", "canonical_bytes", "card_from_data", "check_contract",
    "compliant_classes", "days_left", "expires_soon", "generate_keypair", "is_expired",
    "load_card", "load_private_key", "load_registry", "load_trusted_keys", "route", "scan",
    "sig_path", "sign_bytes", "verify_signature",
]
