"""Web pages may not drive the sidecar: a pure ASGI middleware in front of the LLM routes.

A sidecar on loopback holds the vendor's key, so any page the user opens could POST a prompt
to it: `text/plain` bodies need no CORS preflight, and after DNS rebinding
(`evil.example` resolving to 127.0.0.1) the page can read the answer too. Three checks, before
anything is read or parsed, each refused in the caller's own error shape:

- `Host` must name an address the sidecar serves (`allowed_hosts`; a rebound name does not);
- a request that says it comes from a web page (`Origin`, `Sec-Fetch-Site: cross-site`) is
  refused unless its origin is listed in `allowed_origins`;
- LLM routes take JSON only (`application/json`, `+json`): 415 otherwise, so no form or
  plain-text body from a page ever reaches the pipeline (other routes are refused anyway).

`/healthz`, `/readyz` and `/metrics` are GETs without side effects and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

import orjson
from starlette.types import ASGIApp, Receive, Scope, Send

from ..adapters import Route, error_body, flavour_of, parse_route

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_WILDCARDS = frozenset({"0.0.0.0", "::", ""})


def allowed_hosts_for(bind_host: str, extra: Iterable[str] = ()) -> frozenset[str] | None:
    """The Host names to accept for a sidecar bound to `bind_host`: loopback and the bound
    address, plus `extra`; None (any Host) for a wildcard bind with nothing configured, since
    the names that reach such a sidecar are the operator's to list."""
    extra = {h.strip().lower() for h in extra if h.strip()}
    if "*" in extra or (bind_host in _WILDCARDS and not extra):
        return None
    names = set(LOOPBACK_HOSTS) | extra
    if bind_host not in _WILDCARDS:
        names.add(bind_host.lower())
    return frozenset(names)


class BrowserGuard:
    def __init__(self, app: ASGIApp, *, allowed_hosts: Iterable[str] | None = None,
                 allowed_origins: Iterable[str] = ()) -> None:
        self.app = app
        self.hosts = None if allowed_hosts is None else frozenset(h.lower() for h in allowed_hosts)
        self.origins = frozenset(o.rstrip("/").lower() for o in allowed_origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        route = parse_route(scope["path"])
        problem = self._problem(scope["method"], route, headers)
        if problem is None:
            await self.app(scope, receive, send)
            return
        status, code, message = problem
        flavour = route.flavour if route else flavour_of(headers)
        body = orjson.dumps(error_body(flavour, status, code, message))
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    def _problem(self, method: str, route: Route | None,
                 headers: dict[str, str]) -> tuple[int, str, str] | None:
        if self.hosts is not None and _hostname(headers.get("host", "")) not in self.hosts:
            # The name is the caller's (perhaps a rebinding attacker's): not echoed back.
            return 421, "host_not_allowed", "this sidecar does not serve the requested host"
        origin = headers.get("origin")
        if origin is not None and origin.rstrip("/").lower() not in self.origins:
            return 403, "origin_not_allowed", "requests from web pages are refused"
        if origin is None and headers.get("sec-fetch-site") == "cross-site":
            return 403, "origin_not_allowed", "requests from web pages are refused"
        if method == "POST" and route is not None and not _is_json(headers.get("content-type", "")):
            return 415, "unsupported_media_type", "the body must be JSON (application/json)"
        return None


def _hostname(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):  # [::1]:8787
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/")
                                            and media.endswith("+json"))
