"""Discovery: `GET /v1/models` (and `/v1/models/{id}`) answered by the guard itself.

The list is what the caller may use under the pipeline's policy: every valid card whose
contract is not expired and that can take at least one data class, and which the caller's API
flavour can reach, by id and by each alias (provider-wide patterns such as `openai/*` are not
names and are not listed). OpenAI's list shape, Anthropic's when the request carries
`anthropic-version`. Nothing is read or sent, so nothing is recorded.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import orjson

from ..adapters import Flavour, error_body
from ..pipeline import Pipeline
from ..vendors import ModelCard, compliant_classes
from ..vendors.registry import is_pattern

_EPOCH = "1970-01-01T00:00:00Z"  # cards carry no creation date; SDKs require the field


def model_path(path: str) -> str | None:
    """'' for a models list path (`/v1/models`, after any base path), the id for
    `/v1/models/{id}`, None for anything else."""
    path = path.rstrip("/")
    head, sep, rest = path.partition("/models")
    if not sep or not head.endswith("v1"):
        return None
    return rest.removeprefix("/") if rest == "" or rest.startswith("/") else None


def usable(pipeline: Pipeline, flavour: Flavour) -> list[tuple[str, ModelCard]]:
    """(name, card) for every name the caller may send as `model`, sorted by name."""
    today = date.today()
    found = []
    for card in pipeline.registry:
        if not pipeline.admits(card, flavour) or not compliant_classes(card, pipeline.policy,
                                                                       today):
            continue
        found += [(name, card) for name in card.names if not is_pattern(name)]
    return sorted(found, key=lambda nc: nc[0])


def _entry(name: str, card: ModelCard, flavour: Flavour) -> dict[str, Any]:
    if flavour == "anthropic":
        return {"type": "model", "id": name, "display_name": card.description or name,
                "created_at": _EPOCH}
    return {"id": name, "object": "model", "created": 0, "owned_by": card.vendor}


def listing(pipeline: Pipeline, flavour: Flavour, model: str) -> tuple[int, bytes]:
    """The status and body answering a models list (`model` == '') or one model's entry."""
    names = usable(pipeline, flavour)
    if model:
        for name, card in names:
            if name == model:
                return 200, orjson.dumps(_entry(name, card, flavour))
        shown = "".join(c for c in model[:100] if c.isprintable())
        return 404, orjson.dumps(error_body(flavour, 404, "model_not_found",
                                            f"model '{shown}' is not available"))
    data = [_entry(name, card, flavour) for name, card in names]
    if flavour == "anthropic":
        return 200, orjson.dumps({"data": data, "has_more": False,
                                  "first_id": data[0]["id"] if data else None,
                                  "last_id": data[-1]["id"] if data else None})
    return 200, orjson.dumps({"object": "list", "data": data})
