"""Outbound assembly: the headers and body that go to a vendor, and what is recorded of them.

Two kinds of marking go out with each request (README, "What leaves is what was scanned"):

* advisory headers from the policy (`signals.headers`), by default
  `Content-Usage: train-ai=n` (IETF aipref vocabulary, RFC 9651 dictionary) and `Sec-GPC: 1`
  (Global Privacy Control: no sale/sharing, i.e. no ads). No LLM vendor documents honouring
  them, so they are a statement of intent for the record, not a control;
* the model card's binding controls (`controls.body`, `controls.headers`), e.g. OpenAI
  `store: false` or Anthropic `inference_geo`: parameters the vendor's API does act on.

The header rules themselves (what may be forced, forwarded, passed back) are tables in
`headers`, a leaf that `policy` and the cards import; this module sits above policy and
vendors. A client can neither remove nor override a signal or a control.

Header hygiene: only an allow-list of client headers reaches the vendor, and the client's
credential unless the card brings its own. Everything else a client sends (`x-customer-email`,
the SDKs' `x-stainless-*` OS/runtime fingerprint, cookies, tracing, its user agent) is
dropped; the vendor sees our neutral `user-agent`. The names (never values) of what was
dropped go into the request's audit record; hop-by-hop and framing headers the door sets
itself, and the guard's own `x-sovereign-guard-*` headers, are not counted as dropped.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable, Mapping
from typing import Any

from .headers import (
    CREDENTIAL_HEADERS,
    FORWARDED,
    NOT_COUNTED,
    USER_AGENT,
    SFError,
    Token,
    normalize_content_usage,
    parse_sf_dictionary,
    serialize_sf_dictionary,
    validate_forced_headers,
    validate_forward_headers,
)
from .policy import Policy
from .vendors import ModelCard

# -- what goes out ---------------------------------------------------------------------------


def _credential(card: ModelCard) -> dict[str, str] | None:
    """The card's credential header, or None when the card has no (set) key env var."""
    if not card.api_key_env or card.api == "echo":
        return None
    key = os.environ.get(card.api_key_env, "").strip()
    if not key:
        return None
    if card.api == "anthropic":
        return {"x-api-key": key}
    return {"authorization": f"Bearer {key}"}


def select_headers(client_headers: Mapping[str, str] | Iterable[tuple[str, str]],
                   card: ModelCard, policy: Policy, *, requested: ModelCard | None = None
                   ) -> tuple[dict[str, str], list[str]]:
    """The headers to send to `card`'s vendor (names lowercased), and the names of the client
    headers that were dropped (lowercased, sorted, unique; for the audit record).

    Credentials: the card's key from `api_key_env` when that variable is set (any client
    credential is dropped); otherwise the client's own `Authorization` / `x-api-key` /
    `api-key` pass through, except to the built-in echo and, when `requested` is given and is
    not `card` (a reroute), to a vendor the client did not address."""
    items = client_headers.items() if isinstance(client_headers, Mapping) else client_headers
    pairs = [(str(k).lower(), str(v)) for k, v in items]
    # RFC 9110 7.6.1: headers named in Connection are hop-by-hop for this message too.
    listed = {t.strip().lower() for k, v in pairs if k == "connection" for t in v.split(",")}
    caller = policy.audit.caller_header.lower()
    own = _credential(card)
    rerouted = requested is not None and requested.id != card.id
    credentials_pass = own is None and card.api != "echo" and not rerouted
    allowed = FORWARDED | set(policy.signals.forward_headers)
    out: dict[str, str] = {}
    dropped: set[str] = set()
    for name, value in pairs:
        forwarded = name in allowed and name not in listed
        if forwarded or (name in CREDENTIAL_HEADERS and credentials_pass):
            out[name] = value
        elif not (name in NOT_COUNTED or name in listed or name == caller
                  or name.startswith("x-sovereign-guard-")):
            dropped.add(name)
    out.update(own or {})
    out.setdefault("user-agent", USER_AGENT)
    out["content-type"] = "application/json"  # the pipeline always re-serializes the body
    for name, value in card.controls.headers.items():
        out[name.lower()] = value
    for name, value in policy.signals.headers.items():
        out[name.lower()] = value
    return out, sorted(dropped)


# Forwarded headers whose values are protocol tokens, not text a person wrote.
_PROTOCOL_VALUES = frozenset({"content-type", "accept", "anthropic-version"})


def scannable_headers(client_headers: Mapping[str, str], policy: Policy) -> list[tuple[str, str]]:
    """(name, value) of the client headers that may be forwarded and carry free text
    (idempotency keys, project ids, a site's `forward_headers`): the pipeline scans them."""
    allowed = (FORWARDED | set(policy.signals.forward_headers)) - _PROTOCOL_VALUES
    return [(k.lower(), v) for k, v in client_headers.items() if k.lower() in allowed and v]



def _deep_merge(base: dict[str, Any], forced: Mapping[str, Any]) -> dict[str, Any]:
    for key, value in forced.items():
        if isinstance(value, Mapping) and isinstance(base.get(key), dict):
            base[key] = _deep_merge(base[key], value)
        else:
            base[key] = copy.deepcopy(value)
    return base


def body_controls(card: ModelCard, route: str | None = None) -> dict[str, Any]:
    """The card's body controls that apply to `route` (all of them when route is None)."""
    controls = card.controls
    if route is not None and controls.body_routes is not None and route not in controls.body_routes:
        return {}
    return copy.deepcopy(controls.body)



def force_controls(body: dict[str, Any], card: ModelCard, route: str | None = None
                   ) -> dict[str, Any]:
    """Force the card's body controls for `route` into `body` in place (the card wins), and
    return them as sent: the pipeline owns the body it parsed, so no copy of it is made."""
    controls = body_controls(card, route)
    _deep_merge(body, controls)
    return controls



def _lookup(data: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(data, Mapping) or part not in data:
            return None
        data = data[part]
    return data


def vendor_confirmed(card: ModelCard, response_json: Any) -> dict[str, Any]:
    """What the vendor's answer confirms, per the card's `vendor_confirms` (name -> dotted
    paths into the response, first hit wins); e.g. Anthropic `usage.inference_geo`.

    When a confirmed name is also a forced body control and the values differ, the name is
    listed under `mismatch`: the vendor did not do what the card forces. {} when nothing to
    confirm."""
    found: dict[str, Any] = {}
    for name, paths in card.vendor_confirms.items():
        for path in paths:
            value = _lookup(response_json, path)
            if isinstance(value, str | int | float | bool):
                found[name] = value
                break
    forced = card.controls.body
    mismatch = [n for n, v in found.items() if n in forced and forced[n] != v]
    if mismatch:
        found["mismatch"] = mismatch
    return found


__all__ = [
    "CREDENTIAL_HEADERS", "FORWARDED", "USER_AGENT", "SFError", "Token", "body_controls",
    "force_controls", "normalize_content_usage",
    "parse_sf_dictionary", "select_headers", "serialize_sf_dictionary",
    "validate_forced_headers", "validate_forward_headers", "vendor_confirmed",
]
