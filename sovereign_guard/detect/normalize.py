"""TEMPORARY identity stub; replaced by the normalisation layer (h-norm)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class View:
    text: str
    starts: Sequence[int] | None = None
    ends: Sequence[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None:
            return start, end
        return self.starts[start], self.ends[end - 1]

    @property
    def identity(self) -> bool:
        return self.starts is None


def normalize(text: str) -> View:
    return View(text)
