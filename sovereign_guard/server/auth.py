"""Client authentication for the sidecar: a pure ASGI middleware with one job.

With a client keys file, every request but the probes (`OPEN_PATHS`) must carry one of its
keys, as `Authorization: Bearer <key>` (OpenAI SDKs, Anthropic's `auth_token`) or
`x-api-key: <key>` (Anthropic SDKs). A missing or unknown key gets 401 in the caller's
flavour's error shape before the body is read. An accepted request goes on without any
credential header (the client key never reaches a vendor: the card's `api_key_env` supplies
the vendor's) and with its `Client` in the ASGI scope's state, for the route to pick the
client's policy and record its name as the caller (`client_of`).

Unauthenticated requests are logged and counted (`sovereign_guard_refusals_total`), never
audited: the audit trail records what callers did, and strangers must not be able to fill it.
"""

from __future__ import annotations

import logging
import uuid

import orjson
from starlette.types import ASGIApp, Receive, Scope, Send

from .. import metrics
from ..adapters import ROUTES, Flavour, error_body
from ..clients import Client, ClientKeysError, ClientStore
from ..pipeline import DECISION_HEADER, REQUEST_ID_HEADER
from ..signals import CREDENTIAL_HEADERS
from .logs import log_event

log = logging.getLogger("sovereign_guard.server")

# Liveness, readiness and Prometheus scrapes stay open: probes and scrapers hold no client
# key, and these answer with status and bounded counters only, never request data.
OPEN_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})
STATE_KEY = "sovereign_guard.client"
_CREDENTIALS = frozenset(name.encode() for name in CREDENTIAL_HEADERS)


class ClientAuth:
    """`app` behind a client key check against `store` (re-read when the file changes)."""

    def __init__(self, app: ASGIApp, store: ClientStore,
                 open_paths: frozenset[str] = OPEN_PATHS):
        self.app, self.store, self.open_paths = app, store, open_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan" or (scope["type"] == "http"
                                           and scope["path"] in self.open_paths):
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":  # no websocket routes: nothing else is let through
            await send({"type": "websocket.close", "code": 1008})
            return
        headers: list[tuple[bytes, bytes]] = scope["headers"]
        try:
            keys = self.store.current()
        except ClientKeysError:  # logged by the store; fail closed, no path to the client
            await _refuse(scope, send, 503, "client_keys_unavailable",
                          "sovereign-guard cannot read its client keys (see the sidecar log)")
            return
        presented = _presented(headers)
        matched = {c for c in map(keys.match, presented) if c is not None}
        if len(matched) != 1:
            await _refuse(scope, send, 401, *_why(presented, matched))
            return
        (client,) = matched
        state = {**(scope.get("state") or {}), STATE_KEY: client}
        clean = [(k, v) for k, v in headers if k.lower() not in _CREDENTIALS]
        await self.app({**scope, "headers": clean, "state": state}, receive, send)


def client_of(scope: Scope) -> Client | None:
    """The authenticated client of a request (None when the sidecar has no keys file)."""
    return (scope.get("state") or {}).get(STATE_KEY)


def _presented(headers: list[tuple[bytes, bytes]]) -> list[str]:
    """The candidate keys a request carries (Bearer tokens and `x-api-key` values)."""
    found = []
    for name, value in headers:
        name = name.lower()
        text = value.decode("latin-1").strip()
        if name == b"authorization":
            scheme, _, token = text.partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                found.append(token.strip())
        elif name == b"x-api-key" and text:
            found.append(text)
    return found


def _why(presented: list[str], matched: set[Client]) -> tuple[str, str]:
    if not presented:
        return "client_key_missing", ("sovereign-guard needs a client key: send it as "
                                      "'Authorization: Bearer <key>' or 'x-api-key: <key>'")
    if matched:
        return "client_key_conflict", "the request carries the keys of different clients"
    return "client_key_invalid", "sovereign-guard does not know this client key"


def _flavour(scope: Scope) -> Flavour:
    rest = scope["path"].removeprefix("/v1/")
    if rest in ROUTES:
        return ROUTES[rest]
    names = {k.lower() for k, _ in scope["headers"]}
    return "anthropic" if b"anthropic-version" in names else "openai"


async def _refuse(scope: Scope, send: Send, status: int, code: str, message: str) -> None:
    # A fresh id: nothing an unauthenticated caller sends goes into our logs.
    request_id = "sg-" + uuid.uuid4().hex
    route = scope["path"].removeprefix("/v1/")
    log_event(log, "refused", request_id=request_id, status=status, code=code)
    metrics.observe_refusal(route, status, code)
    body = orjson.dumps(error_body(_flavour(scope), status, code, message))
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (REQUEST_ID_HEADER.encode(), request_id.encode()),
        (DECISION_HEADER.encode(), b"block"),
    ]
    if status == 401:
        headers.append((b"www-authenticate", b'Bearer realm="sovereign-guard"'))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


__all__ = ["OPEN_PATHS", "ClientAuth", "client_of"]
