"""One API in, any vendor out: OpenAI chat completions ⇄ Anthropic Messages.

The pipeline asks `translation_for(route, card.api)` once the requested card is known; None
(the same flavour, the echo card, or a route with no counterpart) means no translation work
at all. Otherwise the `Translation` turns the caller's body into the vendor's before it is
scanned (what is scanned is what leaves), and the vendor's answer (already restored, in the
vendor's own shape, where the restorers know every delta field) back into the caller's.
The mapping, with what is dropped and what is refused, is the table in the README.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import orjson

from ..adapters import error_body
from .requests import DEFAULT_MAX_TOKENS, Untranslatable, anthropic_to_openai, openai_to_anthropic
from .responses import chat_to_message, error_message, message_to_chat
from .stream import AnthropicToOpenAI, OpenAIToAnthropic

ANTHROPIC_VERSION = "2023-06-01"  # sent to an Anthropic vendor when the caller spoke OpenAI

# OpenAI's own endpoints reject `max_tokens` for reasoning models (GPT-5, o-series) and take
# `max_completion_tokens`; most OpenAI-compatible servers (Mistral, vLLM, Gemini's) know
# `max_tokens`. The card's host decides which one an Anthropic caller's `max_tokens` becomes.
MAX_COMPLETION_HOSTS = ("api.openai.com", ".openai.azure.com")

# (caller's route, card api) → the vendor's route
PAIRS = {("chat/completions", "anthropic"): "messages",
         ("messages", "openai"): "chat/completions"}


@dataclass(slots=True)
class Translation:
    caller: str  # the caller's flavour: "openai" or "anthropic"
    vendor: str
    vendor_route: str
    model: str = ""  # the model name the caller asked for, put back in answers
    include_usage: bool = False  # an OpenAI caller's stream_options.include_usage
    max_tokens_field: str = "max_tokens"  # the OpenAI vendor's name for it

    def request(self, body: dict[str, Any]) -> dict[str, Any]:
        """The vendor's body; raises `Untranslatable` naming the field it cannot carry."""
        self.model = body["model"]
        if self.caller == "openai":
            self.include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            return openai_to_anthropic(body)
        out = anthropic_to_openai(body)
        if "max_tokens" in out and self.max_tokens_field != "max_tokens":
            out[self.max_tokens_field] = out.pop("max_tokens")
        return out

    def headers(self, sent: dict[str, str]) -> dict[str, str]:
        """The vendor's headers: its own credential header and version, not the caller's."""
        out = dict(sent)
        if self.vendor == "anthropic":
            auth = out.pop("authorization", None)
            if auth and "x-api-key" not in out and auth.lower().startswith("bearer "):
                out["x-api-key"] = auth[7:]
            out.setdefault("anthropic-version", ANTHROPIC_VERSION)
        else:
            key = out.pop("x-api-key", None)
            if key and "authorization" not in out:
                out["authorization"] = f"Bearer {key}"
            for name in [n for n in out if n.startswith("anthropic-")]:
                del out[name]
        return out

    def response(self, status: int, content: bytes) -> bytes:
        """A complete answer (or error) in the caller's shape."""
        try:
            body = orjson.loads(content)
        except orjson.JSONDecodeError:
            body = None
        if status >= 400 or not isinstance(body, dict):
            return orjson.dumps(self._error(status, error_message(body)))
        if self.caller == "openai":
            answer = message_to_chat(body, self.model)
        else:
            answer = chat_to_message(body, self.model)
        return orjson.dumps(answer)

    def stream(self) -> AnthropicToOpenAI | OpenAIToAnthropic:
        """A translator for the vendor's (restored) SSE bytes."""
        if self.caller == "openai":
            return AnthropicToOpenAI(self.model, self.include_usage)
        return OpenAIToAnthropic(self.model)

    def _error(self, status: int, message: str) -> dict:
        return error_body(self.caller, status, "upstream_error", message)  # type: ignore[arg-type]


def translation_for(route: str, api: str, base_url: str = "") -> Translation | None:
    """How to send a request on `route` to a card speaking `api` (None: as it is)."""
    vendor_route = PAIRS.get((route, api))
    if vendor_route is None:
        return None
    caller = "openai" if route == "chat/completions" else "anthropic"
    host = urlsplit(base_url).hostname or ""
    field = ("max_completion_tokens" if any(host == h or (h[0] == "." and host.endswith(h))
                                            for h in MAX_COMPLETION_HOSTS) else "max_tokens")
    return Translation(caller, api, vendor_route, max_tokens_field=field)


__all__ = ["DEFAULT_MAX_TOKENS", "PAIRS", "Translation", "Untranslatable", "translation_for"]
