"""Outbound signals and binding controls; header hygiene for every request that leaves.

Two kinds of marking go out with each request (DESIGN.md, pipeline step 5):

* advisory headers from the policy (`signals.headers`), by default
  `Content-Usage: train-ai=n` (IETF aipref vocabulary, RFC 9651 dictionary) and `Sec-GPC: 1`
  (Global Privacy Control: no sale/sharing, i.e. no ads). No LLM vendor documents honouring
  them, so they are a statement of intent for the record, not a control;
* the model card's binding controls (`controls.body`, `controls.headers`), e.g. OpenAI
  `store: false` or Anthropic `inference_geo`: parameters the vendor's API does act on.

Precedence, case-insensitively: policy signal headers > card control headers > client
headers. A client can neither remove nor override a signal or a control.

Header hygiene: only an allow-list of client headers reaches the vendor (`FORWARDED`: content
type and negotiation, the vendor's API-version and beta headers, idempotency keys, plus the
policy's `signals.forward_headers`), and the client's credential unless the card brings its
own. Everything else a client sends (`x-customer-email`, the SDKs' `x-stainless-*` OS/runtime
fingerprint, cookies, tracing, its user agent) is dropped; the vendor sees our neutral
`user-agent`. The names (never values) of what was dropped go into the request's audit record;
hop-by-hop and framing headers the door sets itself, and the guard's own `x-sovereign-guard-*`
headers, are not counted as dropped.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import http_sf

from . import __version__

if TYPE_CHECKING:  # pragma: no cover
    from .policy import Policy
    from .vendors import ModelCard

# -- RFC 9651 structured fields (http-sf) ----------------------------------------------------

SFError = (http_sf.StructuredFieldError, UnicodeEncodeError)
Token = http_sf.Token


def parse_sf_dictionary(text: str) -> dict[str, Any]:
    """An RFC 9651 Dictionary as {key: (item, params)}; raises one of `SFError`."""
    return http_sf.parse(text.encode("ascii"), tltype="dictionary")


def serialize_sf_dictionary(members: Mapping[str, Any]) -> str:
    return http_sf.ser(dict(members))


# -- header rules shared by policy signals and card controls ---------------------------------

# Client headers a vendor receives (lowercase). Not accept-encoding: the door negotiates it.
FORWARDED = frozenset({
    "content-type", "accept",                                   # content and negotiation
    "anthropic-version", "anthropic-beta",                      # Anthropic API version, betas
    "openai-beta", "openai-organization", "openai-project",     # OpenAI betas and billing ids
    "idempotency-key", "x-idempotency-key",                     # safe retries
})
USER_AGENT = f"sovereign-guard/{__version__}"

HOP_BY_HOP = frozenset({
    "connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization",
    "te", "trailer", "transfer-encoding", "upgrade",
})
# Set by the door for the bytes it actually sends, or never forwarded to a vendor: cookies are
# browser state, the rest describes the client's network or traces it.
DROPPED = frozenset({
    "host", "content-length", "content-encoding", "accept-encoding", "expect", "cookie",
    "forwarded", "via", "x-real-ip", "x-client-ip", "true-client-ip", "cf-connecting-ip",
    "traceparent", "tracestate", "baggage", "x-request-id", "x-correlation-id",
    "x-amzn-trace-id", "x-cloud-trace-context", "x-b3-traceid", "x-b3-spanid",
    "x-b3-parentspanid", "x-b3-sampled", "x-b3-flags", "b3",
})
DROPPED_PREFIXES = ("x-forwarded-", "x-sovereign-guard-")
# Not "dropped" in the audit sense: set per hop by the door, or addressed to the guard itself.
_NOT_COUNTED = HOP_BY_HOP | {"host", "content-length", "content-encoding", "accept-encoding",
                             "expect"}
CREDENTIAL_HEADERS = frozenset({"authorization", "x-api-key", "api-key"})
_FIELD_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_FIELD_VALUE = re.compile(r"^[\t\x20-\x7e]*$")

CONTENT_USAGE = "content-usage"
AIPREF_VALUES = ("y", "n")


def _dropped(name: str) -> bool:
    return name in HOP_BY_HOP or name in DROPPED or name.startswith(DROPPED_PREFIXES)


def validate_forced_headers(headers: Mapping[str, str], *, what: str) -> dict[str, str]:
    """Check headers the guard will force (policy signals, card controls); returns them with
    `Content-Usage` normalized. Raises ValueError naming the header (pydantic reports it)."""
    seen: set[str] = set()
    out: dict[str, str] = {}
    for name, value in headers.items():
        lower = name.lower()
        if not _FIELD_NAME.match(name):
            raise ValueError(f"{what}: '{name}' is not a valid header name")
        if lower in seen:
            raise ValueError(f"{what}: header '{name}' is given twice (names are case-insensitive)")
        seen.add(lower)
        if _dropped(lower) or lower in CREDENTIAL_HEADERS:
            raise ValueError(f"{what}: header '{name}' cannot be forced (hop-by-hop, credential "
                             "or internal)")
        if not isinstance(value, str) or not _FIELD_VALUE.match(value) or value != value.strip():
            raise ValueError(f"{what}: header '{name}' has an invalid value")
        if lower == CONTENT_USAGE:
            value = normalize_content_usage(value)
        elif lower == "sec-gpc" and value != "1":
            raise ValueError(f"{what}: Sec-GPC only has the value \"1\" (absent = no preference)")
        out[name] = value
    return out


def validate_forward_headers(names: Iterable[str]) -> list[str]:
    """Extra client headers a policy forwards (`signals.forward_headers`), lowercased. Raises
    ValueError for names the guard never forwards as given (hop-by-hop, framing, cookies,
    network and tracing metadata, credentials, its own)."""
    out: list[str] = []
    for name in names:
        lower = name.lower()
        if not _FIELD_NAME.match(name):
            raise ValueError(f"forward_headers: '{name}' is not a valid header name")
        if _dropped(lower) or lower in CREDENTIAL_HEADERS:
            raise ValueError(f"forward_headers: '{name}' cannot be forwarded (hop-by-hop, "
                             "network, credential or internal; credentials follow the card)")
        if lower not in out:
            out.append(lower)
    return out


def normalize_content_usage(value: str) -> str:
    """An aipref `Content-Usage` value: an SF dictionary, every member Token `y` or `n`.

    aipref reads anything else (a String "n", a boolean, `no`) as *unknown*, so a typo would
    silently send no preference at all: here it is an error instead."""
    try:
        members = parse_sf_dictionary(value)
    except SFError as exc:
        raise ValueError(f"Content-Usage is not an RFC 9651 dictionary: {exc}") from None
    if not members and value.strip():
        raise ValueError("Content-Usage is not an RFC 9651 dictionary")
    if not members:
        raise ValueError("Content-Usage is empty")
    for key, (item, _params) in members.items():
        if not isinstance(item, Token) or item not in AIPREF_VALUES:
            raise ValueError(f"Content-Usage member '{key}' must be the token y or n")
    return serialize_sf_dictionary(members)


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
        elif not (name in _NOT_COUNTED or name in listed or name == caller
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


def outbound_headers(client_headers: Mapping[str, str] | Iterable[tuple[str, str]],
                     card: ModelCard, policy: Policy, *,
                     requested: ModelCard | None = None) -> dict[str, str]:
    """The headers of `select_headers`, without the dropped names."""
    return select_headers(client_headers, card, policy, requested=requested)[0]


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


def apply_controls(body: Mapping[str, Any], card: ModelCard, route: str | None = None
                   ) -> dict[str, Any]:
    """A new body with the card's body controls forced (deep merge, the card wins).

    `route` (e.g. "chat/completions") limits the controls to the card's `body_routes`, so a
    parameter such as `store` is not sent to an endpoint that rejects unknown parameters."""
    return _deep_merge(copy.deepcopy(dict(body)), body_controls(card, route))


def signals_sent(card: ModelCard, policy: Policy, route: str | None = None
                 ) -> tuple[dict[str, str], dict[str, Any]]:
    """For the audit record: the forced headers (never credentials) and the forced body
    controls, as the vendor receives them."""
    headers = {name.lower(): value for name, value in card.controls.headers.items()}
    headers.update({name.lower(): value for name, value in policy.signals.headers.items()})
    return headers, body_controls(card, route)


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
    "SFError", "Token", "apply_controls", "body_controls", "normalize_content_usage",
    "outbound_headers", "parse_sf_dictionary", "select_headers", "serialize_sf_dictionary",
    "signals_sent", "validate_forced_headers", "validate_forward_headers", "vendor_confirmed",
]
