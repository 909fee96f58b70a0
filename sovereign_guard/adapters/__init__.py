"""API flavours: which routes exist, where user text lives, and each flavour's error shape."""

from __future__ import annotations

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
}

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
    "ROUTES", "Flavour", "Restorer", "SSERestorer", "Slot", "Walk", "apply", "collect",
    "error_body", "walk",
]
