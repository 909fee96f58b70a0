"""Contract verification per request and the routing decision.

Reason codes (machine-readable; they go into the audit event and the 403 answer):

==============================  =================================================================
code                            the card fails because ...
==============================  =================================================================
card_invalid                    the card is unusable under this policy (always followed by the
                                load problem: signature_invalid, or signature_missing /
                                untrusted_signer when `vendors.require_signatures` is on)
signature_missing               a signature is required (policy-wide or for this data class)
                                and `<card>.yaml.sig` does not exist
signature_invalid               the `.sig` file is malformed or does not verify over the card's
                                canonical bytes (the card was changed after signing); always
                                invalidates the card, whatever the policy requires
untrusted_signer                a signature is required and the card is signed by a key that is
                                not in `vendors.trusted_keys`
contract_expired                the request date is after `contract.contract_expires` (a
                                contract expiring on D is valid on D, expired on D+1)
classification_exceeds_card     the request's outbound data class is above the card's
                                `contract.max_classification`
trains_on_customer_data         the class requires `no_training` and the vendor trains on
                                customer data
uses_data_for_ads               the class requires `no_ads` and the vendor uses data for ads
retention_too_long              `contract.retention_days` > the class's `max_retention_days`
region_not_allowed              a region of `contract.regions` is not in the class's
                                `allowed_regions` (compared case-insensitively)
dpa_not_signed                  the class requires a DPA and `contract.dpa_signed` is false
api_mismatch                    (fallbacks only, when `route(api=...)` is given) the fallback
                                speaks another API than the client's request
no_compliant_fallback           (block only) the requested card failed and none of the policy's
                                `vendors.routes` / `vendors.fallbacks` satisfies them either
routed                          (not a failure) the policy's `vendors.routes` sends the
                                requested name to another card first
==============================  =================================================================

A data class the policy's `vendors.requirements` does not list gets `ClassRequirements()`'s
defaults (no training, no ads). Expiry, classification and a valid card are checked for every
class.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from ..policy import ClassRequirements, DataClass, Policy
from .cards import ModelCard
from .registry import Registry

REASONS: dict[str, str] = {
    "card_invalid": "the model card is invalid under this policy",
    "signature_missing": "the policy requires a signed model card and it is unsigned",
    "signature_invalid": "the model card's signature does not verify (changed after signing?)",
    "untrusted_signer": "the model card is signed by a key the policy does not trust",
    "contract_expired": "the vendor contract has expired",
    "classification_exceeds_card": "the data class is above what the vendor may receive",
    "trains_on_customer_data": "the vendor trains on customer data",
    "uses_data_for_ads": "the vendor uses customer data for advertising",
    "retention_too_long": "the vendor retains data longer than the policy allows",
    "region_not_allowed": "the vendor processes data in a region the policy does not allow",
    "dpa_not_signed": "no data processing agreement is signed with the vendor",
    "api_mismatch": "the vendor speaks another API than the request",
    "no_compliant_fallback": "no fallback vendor satisfies the policy either",
    "routed": "the policy routes the requested model to another card",
}
_SIGNATURE_REASON = {"missing": "signature_missing", "not_checked": "signature_missing",
                     "untrusted_signer": "untrusted_signer",
                     "signature_invalid": "signature_invalid"}

Decision = Literal["allow", "redact", "reroute", "block"]


def requirements_for(policy: Policy, data_class: DataClass) -> ClassRequirements:
    return policy.vendors.requirements.get(data_class, ClassRequirements())


def is_expired(card: ModelCard, today: date) -> bool:
    """Valid on the expiry date itself, expired from the day after."""
    return today > card.contract.contract_expires


def days_left(card: ModelCard, today: date) -> int:
    return (card.contract.contract_expires - today).days


def expires_soon(card: ModelCard, today: date, warning_days: int) -> bool:
    """Not yet expired and at most `warning_days` days left (0 = the last valid day)."""
    return 0 <= days_left(card, today) <= warning_days


def signature_reason(card: ModelCard) -> str | None:
    return _SIGNATURE_REASON.get(card.signature)


def check_contract(card: ModelCard, policy: Policy, data_class: DataClass,
                   today: date | None = None) -> list[str]:
    """Reason codes why `card` may not receive data of `data_class` today; [] = compliant."""
    today = today or date.today()
    reasons: list[str] = []
    if card.problems:
        reasons += ["card_invalid", *card.problems]
    req = requirements_for(policy, data_class)
    c = card.contract
    if req.signature_required or policy.vendors.require_signatures:
        code = signature_reason(card)
        if code:
            reasons.append(code)
    if is_expired(card, today):
        reasons.append("contract_expired")
    if data_class > c.max_classification:
        reasons.append("classification_exceeds_card")
    if req.no_training and c.trains_on_customer_data:
        reasons.append("trains_on_customer_data")
    if req.no_ads and c.uses_data_for_ads:
        reasons.append("uses_data_for_ads")
    if req.max_retention_days is not None and c.retention_days > req.max_retention_days:
        reasons.append("retention_too_long")
    if req.allowed_regions is not None:
        allowed = {r.casefold() for r in req.allowed_regions}
        if any(r.casefold() not in allowed for r in c.regions):
            reasons.append("region_not_allowed")
    if req.dpa_required and not c.dpa_signed:
        reasons.append("dpa_not_signed")
    return list(dict.fromkeys(reasons))  # a load problem can repeat a signature reason


def compliant_classes(card: ModelCard, policy: Policy, today: date) -> list[DataClass]:
    return [dc for dc in DataClass if not check_contract(card, policy, dc, today)]


@dataclass(frozen=True)
class RouteDecision:
    """Where one request goes, decided once and recorded in its audit event.

    allow:   the requested card complies and nothing was transformed;
    redact:  the requested card complies with the payload as we redacted it;
    reroute: the requested card fails (`reasons`), `card` is the first compliant fallback;
    block:   nothing complies; `card` is None."""

    decision: Decision
    card: ModelCard | None
    requested: ModelCard
    reasons: tuple[str, ...]
    upstream_model: str
    data_class: DataClass = DataClass.PUBLIC
    # Each fallback that was tried and failed, with its reasons (for the audit).
    fallbacks_tried: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())

    def __repr__(self) -> str:  # the cards' full repr would drown the decision
        card = self.card.id if self.card else None
        return (f"RouteDecision({self.decision!r}, card={card!r}, "
                f"requested={self.requested.id!r}, reasons={self.reasons!r}, "
                f"upstream_model={self.upstream_model!r})")

    def to_audit(self) -> dict[str, Any]:
        return {
            "decision": self.decision,
            "requested_card": self.requested.id,
            "card": self.card.id if self.card else None,
            "card_hash": self.card.card_hash if self.card else None,
            "data_class": self.data_class.value,
            "reasons": list(self.reasons),
            "fallbacks_tried": {cid: list(r) for cid, r in self.fallbacks_tried},
            "upstream_model": self.upstream_model,
        }


def fallback_model(card: ModelCard) -> str:
    return card.upstream_model or (card.aliases[0] if card.aliases else card.id)


def route(registry: Registry, policy: Policy, model: str, data_class: DataClass, *,
          transformed: bool, today: date | None = None,
          api: str | tuple[str, ...] | None = None,
          requested: ModelCard | None = None) -> RouteDecision:
    """Decide where a request for `model` carrying `data_class` data goes.

    The candidates are `policy.vendors.candidates`: the route for `model` (or its card), else
    the requested card, then the fallbacks; the first compliant one serves. `api`, when given
    (the client's flavour, "openai" or "anthropic", or every API the request can be translated
    to), skips candidates other than the requested card that speak another API (the built-in
    echo speaks both). `requested`, when given, is
    `model`'s card already resolved by the caller. Raises UnknownModel for an unknown `model`."""
    today = today or date.today()
    requested = requested or registry.resolve(model)
    asked = requested.upstream_model or registry.wire_name(requested, model)
    names = policy.vendors.candidates(model, requested.id, data_class)
    routed = names[0] != requested.id  # a route chose another first card
    reasons: tuple[str, ...] = ("routed",) if routed else ()
    tried: list[tuple[str, tuple[str, ...]]] = []
    for name in names:
        candidate = registry.get(name)
        if candidate is None:
            continue
        if candidate.id == requested.id:
            failed = tuple(check_contract(requested, policy, data_class, today))
            if not failed:
                return RouteDecision("redact" if transformed else "allow", requested,
                                     requested, reasons, asked, data_class, tuple(tried))
            if not routed and not tried:  # the requested card's own reasons come first
                reasons = failed
                continue
        elif api is not None and candidate.api not in (
                (api, "echo") if isinstance(api, str) else (*api, "echo")):
            failed = ("api_mismatch",)
        else:
            failed = tuple(check_contract(candidate, policy, data_class, today))
            if not failed:
                return RouteDecision("reroute", candidate, requested, reasons,
                                     fallback_model(candidate), data_class, tuple(tried))
        tried.append((candidate.id, failed))
    if tried:
        reasons = (*reasons, "no_compliant_fallback")
    return RouteDecision("block", None, requested, reasons, asked, data_class, tuple(tried))
