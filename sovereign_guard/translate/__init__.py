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
from .requests import (
    DEFAULT_MAX_TOKENS,
    Untranslatable,
    anthropic_to_openai,
    completions_to_anthropic,
    openai_to_anthropic,
)
from .responses import chat_to_message, error_message, message_to_chat, message_to_completion
from .stream import AnthropicToCompletions, AnthropicToOpenAI, OpenAIToAnthropic

ANTHROPIC_VERSION = "2023-06-01"  # sent to an Anthropic vendor when the caller spoke OpenAI

# OpenAI's own endpoints reject `max_tokens` for reasoning models (GPT-5, o-series) and take
# `max_completion_tokens`; most OpenAI-compatible servers (Mistral, vLLM, Gemini's) know
# `max_tokens`. The card's host decides which one an Anthropic caller's `max_tokens` becomes.
MAX_COMPLETION_HOSTS = ("api.openai.com", ".openai.azure.com")

# (caller's route, card api) → the vendor's route
PAIRS = {("chat/completions", "anthropic"): "messages",
         ("completions", "anthropic"): "messages",  # legacy: the prompt as one user turn
         ("messages", "openai"): "chat/completions"}


# Why a route is not translated to a flavour: said in the refusal (403 api_mismatch).
NO_COUNTERPART = {
    ("embeddings", "anthropic"): "cannot go to Anthropic: it has no embeddings API",
    ("responses", "anthropic"): "is not translated to Messages: use /v1/chat/completions",
    ("messages/count_tokens", "openai"): "cannot go to OpenAI: it has no token counting",
}


@dataclass(slots=True)
class Translation:
    caller: str  # the caller's flavour: "openai" or "anthropic"
    vendor: str
    vendor_route: str
    model: str = ""  # the model name the caller asked for, put back in answers
    include_usage: bool = False  # an OpenAI caller's stream_options.include_usage
    max_tokens_field: str = "max_tokens"  # the OpenAI vendor's name for it
    legacy: bool = False  # the caller sent a legacy /v1/completions request

    def request(self, body: dict[str, Any]) -> dict[str, Any]:
        """The vendor's body; raises `Untranslatable` naming the field it cannot carry."""
        self.model = body["model"]
        if self.caller == "openai":
            self.include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            return completions_to_anthropic(body) if self.legacy else openai_to_anthropic(body)
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
        if self.legacy:
            answer = message_to_completion(body, self.model)
        elif self.caller == "openai":
            answer = message_to_chat(body, self.model)
        else:
            answer = chat_to_message(body, self.model)
        return orjson.dumps(answer)

    def stream(self) -> AnthropicToOpenAI | OpenAIToAnthropic:
        """A translator for the vendor's (restored) SSE bytes."""
        if self.legacy:
            return AnthropicToCompletions(self.model, self.include_usage)
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
    caller = "anthropic" if route == "messages" else "openai"
    host = urlsplit(base_url).hostname or ""
    field = ("max_completion_tokens" if any(host == h or (h[0] == "." and host.endswith(h))
                                            for h in MAX_COMPLETION_HOSTS) else "max_tokens")
    return Translation(caller, api, vendor_route, max_tokens_field=field,
                       legacy=route == "completions")


def translatable(route: str, api: str) -> bool:
    """Whether a request on `route` (the caller's or the vendor's) can be sent to `api`."""
    return (route, api) in PAIRS


def reshape(body: dict[str, Any], route: str, current: Translation | None, vendor: str,
            api: str, base_url: str, model: str) -> tuple[dict[str, Any], Translation | None]:
    """A body as it was sent to one card (redacted, in that card's flavour) made fit for
    another card speaking `api`, and the translation its answer then needs (None: the
    caller's own flavour). `route` is the caller's route, `vendor` the flavour `body` is in,
    `model` the name the caller asked for.

    Another flavour: translated from the last card's shape (fields the first translation
    dropped stay dropped). The same flavour after a translation: the new host's name for
    the token limit (`max_completion_tokens` on OpenAI's own hosts). Raises `Untranslatable`.
    """
    if api == "echo" or (api == vendor and current is None):
        return body, current
    if api == vendor:
        assert current is not None
        new = translation_for(route, api, base_url)
        assert new is not None
        new.model, new.include_usage = model, current.include_usage
        if api == "openai":
            for name in ("max_tokens", "max_completion_tokens"):
                if name in body and name != new.max_tokens_field:
                    body = {**body, new.max_tokens_field: body[name]}
                    del body[name]
        return body, new
    converter = translation_for(current.vendor_route if current else route, api, base_url)
    if converter is None:
        raise Untranslatable(f"/v1/{route}", NO_COUNTERPART.get(
            (route, api), f"has no counterpart in the {api} API"))
    if current is not None and api == current.caller and converter.vendor_route != route:
        raise Untranslatable(f"/v1/{route}", f"cannot go back to the {api} API translated")
    out = converter.request(body)
    if current is not None and api == current.caller:  # back in the caller's own flavour
        if current.include_usage:
            out["stream_options"] = {"include_usage": True}
        else:
            out.pop("stream_options", None)  # the caller did not ask for a usage chunk
        return out, None
    converter.model = model
    return out, converter


__all__ = ["DEFAULT_MAX_TOKENS", "PAIRS", "Translation", "Untranslatable", "reshape",
           "translatable", "translation_for"]
