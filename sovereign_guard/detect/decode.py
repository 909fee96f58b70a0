"""TEMPORARY stub; replaced by the decoding layer (h-norm)."""

from __future__ import annotations

from .normalize import View


def decoded_views(view: View, *, max_depth: int = 3, max_chars: int = 200_000) -> list[View]:
    return []
