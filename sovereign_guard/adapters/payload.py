"""Where user text lives in a request body, and how redacted text is put back.

Rather than whitelisting the fields we know (and leaking the ones a vendor adds next month),
every string value in the body is user text unless its key is structural (model, role, ids,
enum-like settings) or binary (images, audio, signatures). Tool-call arguments that hold JSON
inside a string are opened and scanned value by value, then re-serialised. So an unknown
shape is scanned as a whole, never passed through unscanned.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

# Keys whose string values are protocol, not prose.
STRUCTURAL = frozenset({
    "model", "role", "type", "id", "tool_call_id", "tool_use_id", "call_id", "object",
    "finish_reason", "stop_reason", "service_tier", "reasoning_effort", "modality",
    "encoding_format", "previous_response_id", "truncation", "media_type", "detail", "format",
    "voice", "status", "tool_choice", "parallel_tool_calls", "store", "stream", "inference_geo",
    "signature", "cache_control", "response_format", "text_format",
})
# Keys whose values are binary payloads or definitions written by the developer, not users.
OPAQUE = frozenset({
    "image_url", "input_audio", "source", "file_data", "tools", "functions",
    "stream_options", "logit_bias", "prediction", "audio",
})
# Keys whose string value is JSON text (function/tool-call arguments).
JSON_STRINGS = frozenset({"arguments"})

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Slot:
    """One piece of user text: a path into the body, optionally into JSON inside a string."""

    path: Path
    inner: Path | None = None  # path inside the JSON held by the string at `path`


def collect(body: Any) -> list[tuple[Slot, str]]:
    """Every user-text string in `body`, in document order."""
    out: list[tuple[Slot, str]] = []
    for path, key, value in _strings(body, ()):
        if key in JSON_STRINGS:
            inner = _json_or_none(value)
            if isinstance(inner, (dict, list)):
                out.extend((Slot(path, ipath), ival) for ipath, _, ival in _strings(inner, ()))
                continue
        if value:
            out.append((Slot(path), value))
    return out


def apply(body: Any, slots: list[Slot], texts: list[str]) -> Any:
    """Write `texts` into `body` (in place) at `slots`; JSON-in-string slots are re-serialised."""
    opened: dict[Path, Any] = {}
    for slot, text in zip(slots, texts, strict=True):
        if slot.inner is None:
            _set(body, slot.path, text)
        else:
            holder = opened.get(slot.path)
            if holder is None:
                holder = opened[slot.path] = json.loads(_get(body, slot.path))
            _set(holder, slot.inner, text)
    for path, holder in opened.items():
        _set(body, path, json.dumps(holder, ensure_ascii=False))
    return body


StringAt = tuple[Path, str | None, str]  # (path, the key holding it, the string)


def _strings(node: Any, path: Path, key: str | None = None) -> Iterator[StringAt]:
    if isinstance(node, str):
        yield path, key, node
    elif isinstance(node, dict):
        if node.get("type") == "redacted_thinking":  # an encrypted vendor blob
            return
        for k, v in node.items():
            if k in OPAQUE or (k in STRUCTURAL and not isinstance(v, (dict, list))):
                continue
            yield from _strings(v, (*path, k), k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _strings(v, (*path, i), key)


def _json_or_none(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _get(node: Any, path: Path) -> Any:
    for part in path:
        node = node[part]
    return node


def _set(node: Any, path: Path, value: Any) -> None:
    if not path:
        raise ValueError("cannot replace the whole body")
    _get(node, path[:-1])[path[-1]] = value
