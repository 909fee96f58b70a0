"""The skeleton the address sets share: an address put into a sentence frame, structured
pieces with their gold parts, and the loop that cycles a set's layouts.

A set module (addresses_world, addresses_world2, addresses_world3) keeps only its word stock,
its layouts and its frames; `generate` draws from one `random.Random(seed)` in a fixed order,
so a set built through it is the same, prompt for prompt, as long as its layouts are.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping

Gold = list[tuple[int, int]]
Prompt = tuple[str, str, Gold]  # layout, text, gold spans


def num(rng: random.Random, hi: int = 999) -> int:
    return rng.randint(1, hi)


def framed(address: str, frame: str) -> tuple[str, Gold]:
    """The frame with its `{a}` replaced by the address; gold is the address."""
    head, _, tail = frame.partition("{a}")
    return head + address + tail, [(len(head), len(head) + len(address))]


def pieces(parts: list[tuple[str, bool]]) -> tuple[str, Gold]:
    """Pieces joined; gold is each piece marked True."""
    text, gold = "", []
    for piece, is_gold in parts:
        if is_gold:
            gold.append((len(text), len(text) + len(piece)))
        text += piece
    return text, gold


def generate(n: int, seed: int, slot: Callable[[int], str],
             layouts: Mapping[str, Callable[[random.Random], str]],
             structured: Mapping[str, Callable[[random.Random], tuple[str, Gold]]],
             frame: Callable[[str, random.Random], str]) -> list[Prompt]:
    """Prompt i is layout `slot(i)`: a structured one builds its own text and gold, any other
    is an address from `layouts` put into `frame(layout, rng)` (drawn after the address)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        layout = slot(i)
        if layout in structured:
            text, gold = structured[layout](rng)
        else:
            address = layouts[layout](rng)
            text, gold = framed(address, frame(layout, rng))
        out.append((layout, text, gold))
    return out
