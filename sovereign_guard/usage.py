"""Token counts from a vendor's answer, for the audit's concentration figures.

Only the two counts are kept (`{"input": n, "output": m}`), never any value of the answer.
Both flavours' usage objects are read: OpenAI's `prompt_tokens` / `completion_tokens`
(chat, completions, embeddings) and Anthropic's `input_tokens` (plus its prompt-cache reads
and writes, which are input too) / `output_tokens` (Messages; the Responses API uses the same
names). An answer without usage (an OpenAI stream the caller did not ask usage for) gives {}.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

_INPUT = ("input_tokens", "cache_read_input_tokens", "cache_creation_input_tokens")
_WHOLE = 64 * 1024  # answers up to this size are parsed whole; larger (embeddings) from the tail
_DECODER = json.JSONDecoder()


def tokens(usage: Any) -> dict[str, int]:
    """`{"input", "output"}` from one usage object of either flavour ({} when it is none)."""
    if not isinstance(usage, dict):
        return {}
    if "prompt_tokens" in usage or "completion_tokens" in usage:
        return {"input": _int(usage.get("prompt_tokens")),
                "output": _int(usage.get("completion_tokens"))}
    if "input_tokens" in usage or "output_tokens" in usage:
        return {"input": sum(_int(usage.get(k)) for k in _INPUT),
                "output": _int(usage.get("output_tokens"))}
    return {}


def _int(value: Any) -> int:
    return value if isinstance(value, int) and value >= 0 else 0


def _usage_of(event: Any) -> Any:
    """The usage object of an answer or stream event: top level, or inside Anthropic's
    `message_start.message` or the Responses API's `response.completed.response`."""
    if not isinstance(event, dict):
        return None
    if "usage" in event:
        return event["usage"]
    for key in ("message", "response"):
        inner = event.get(key)
        if isinstance(inner, dict) and "usage" in inner:
            return inner["usage"]
    return None


def from_document(document: Any) -> dict[str, int]:
    """The counts of an answer already parsed (by a caller that needed it parsed anyway)."""
    return tokens(_usage_of(document))


def from_answer(content: bytes) -> dict[str, int]:
    """The counts of a complete JSON answer. A large one (an embeddings list) is not parsed
    whole: its usage object, which vendors put last, is decoded from its last occurrence."""
    if b'"usage"' not in content:
        return {}
    if len(content) <= _WHOLE:
        try:
            return from_document(orjson.loads(content))
        except orjson.JSONDecodeError:
            return {}
    text = content[content.rfind(b'"usage"') + 7:].decode("utf-8", "replace").lstrip()
    if not text.startswith(":"):
        return {}
    try:
        value, _ = _DECODER.raw_decode(text[1:].lstrip())
    except ValueError:
        return {}
    return tokens(value)


class StreamTokens:
    """Counts from an SSE answer, fed the vendor's bytes as they come. Anthropic reports input
    in `message_start` and cumulative output in `message_delta`, OpenAI both in its last chunk
    (only with `stream_options.include_usage`): later numbers replace earlier ones."""

    def __init__(self) -> None:
        self._partial = b""
        self._usage: dict[str, Any] = {}

    def feed(self, data: bytes) -> None:
        buffer = self._partial + data
        cut = buffer.rfind(b"\n") + 1
        self._partial = buffer[cut:][-(1 << 20):]  # an unterminated line: at most 1 MiB kept
        if b'"usage"' not in buffer[:cut]:
            return
        for line in buffer[:cut].split(b"\n"):
            if line.startswith(b"data:") and b'"usage"' in line:
                try:
                    usage = _usage_of(orjson.loads(line[5:]))
                except orjson.JSONDecodeError:
                    continue
                if isinstance(usage, dict):
                    self._usage.update({k: v for k, v in usage.items() if v is not None})

    @property
    def counts(self) -> dict[str, int]:
        return tokens(self._usage)
