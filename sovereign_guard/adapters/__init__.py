"""API flavours: which routes exist, where user text lives, and each flavour's error shape."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .payload import Slot, Walk, apply, collect, walk
from .restore import Restorer, SSERestorer

Flavour = Literal["openai", "anthropic"]

# Path after the API version -> flavour. The sidecar maps /v1/<rest> to <base_url>/<rest>.
ROUTES: dict[str, Flavour] = {
    "chat/completions": "openai",
    "completions": "openai",
    "embeddings": "openai",
    "responses": "openai",
    "messages": "anthropic",
    # Anthropic's token counter: the same body as a message, so scanned the same way before
    # it is forwarded (a prompt counted is a prompt sent).
    "messages/count_tokens": "anthropic",
}

# Longest first, so `chat/completions` is not read as `completions`.
_BY_LENGTH = sorted(ROUTES, key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class Route:
    """A route the guard serves: its name after the API version and its flavour."""

    name: str
    flavour: Flavour

    @property
    def path(self) -> str:
        return f"/v1/{self.name}"


_PARSED = {name: Route(name, flavour) for name, flavour in ROUTES.items()}


def parse_route(path: str) -> Route | None:
    """The route a request path ends with (`/v1/chat/completions`, or after any base path an
    SDK was given, `/openai/v1/chat/completions`), or None for anything else."""
    path = path.rstrip("/")
    for name in _BY_LENGTH:
        if path.endswith(name) and path[-len(name) - 1 : -len(name)] == "/":
            return _PARSED[name]
    return None


def flavour_of(headers) -> Flavour:
    """The caller's API flavour when the route does not say it (an unknown route)."""
    return "anthropic" if "anthropic-version" in headers else "openai"


_ANTHROPIC_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    422: "invalid_request_error",
    502: "api_error",
    503: "overloaded_error",
}
_OPENAI_TYPES = {403: "sovereign_guard_policy", 503: "sovereign_guard_unavailable"}


def error_body(flavour: Flavour, status: int, code: str, message: str) -> dict:
    """An error in the flavour's own shape, so the official SDKs raise a readable exception."""
    if flavour == "anthropic":
        kind = _ANTHROPIC_TYPES.get(status, "api_error")
        return {"type": "error", "error": {"type": kind, "message": message}}
    kind = _OPENAI_TYPES.get(status, "invalid_request_error")
    return {"error": {"message": message, "type": kind, "code": code, "param": None}}


__all__ = [
    "ROUTES", "Flavour", "Restorer", "Route", "SSERestorer", "Slot", "Walk", "apply", "collect",
    "error_body", "flavour_of", "parse_route", "walk",
]
