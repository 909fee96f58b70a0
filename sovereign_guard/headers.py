"""Header rules: which headers may be forced, forwarded or passed back, as plain tables.

A leaf module (it imports nothing of the guard but its version), so the policy schema and
the model cards validate their headers with it, and `signals` (outbound assembly, above
both) and the doors read the same tables.

Precedence, case-insensitively: policy signal headers > card control headers > client
headers. Only an allow-list of client headers reaches the vendor (`FORWARDED`, plus the
policy's `signals.forward_headers`) and only an allow-list of vendor headers comes back to
the caller (`PASS_BACK`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import http_sf

from . import __version__

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
NOT_COUNTED = HOP_BY_HOP | {"host", "content-length", "content-encoding", "accept-encoding",
                             "expect"}
CREDENTIAL_HEADERS = frozenset({"authorization", "x-api-key", "api-key"})
_FIELD_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_FIELD_VALUE = re.compile(r"^[\t\x20-\x7e]*$")

CONTENT_USAGE = "content-usage"
AIPREF_VALUES = ("y", "n")


def never_forwarded(name: str) -> bool:
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
        if never_forwarded(lower) or lower in CREDENTIAL_HEADERS:
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
        if never_forwarded(lower) or lower in CREDENTIAL_HEADERS:
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


# -- what comes back ---------------------------------------------------------------------------

# Vendor response headers a caller receives: the SDKs' retry hints (`retry-after`, the
# openai/anthropic SDKs' `retry-after-ms` and `x-should-retry`) and rate limits, request ids;
# everything else (cookies, the vendor's tracing and edge metadata) stays with the guard, in
# every door.
PASS_BACK = frozenset({"content-type", "retry-after", "retry-after-ms", "x-should-retry",
                       "openai-processing-ms", "request-id", "x-request-id"})
PASS_BACK_PREFIXES = ("x-ratelimit-", "anthropic-ratelimit-")


def pass_back(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The vendor response headers that go back to the caller (names lowercased)."""
    out: dict[str, str] = {}
    for name, value in headers:
        lower = name.lower()
        if lower in PASS_BACK or lower.startswith(PASS_BACK_PREFIXES):
            out[lower] = value
    return out
