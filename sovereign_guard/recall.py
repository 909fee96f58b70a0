"""Once detected, always detected: values this process already redacted for its tenant are
found again by exact match in later requests, whatever their context.

The case it exists for: turn 1 carries `SSN 123-45-6789`, which is pseudonymized; the answer
is restored for the user with the raw value; the client replays that answer as history in
turn 2, now in a sentence no recognizer would flag (`{"ssn": "123-45-6789"}` inside a tool
call, a bare number in a table). The guard had that value in hand, so it is found again.

The values are the only plaintext the guard keeps, and only in this process's memory (never
logged, cached on disk or exported), bounded by `capacity` with least-recently-seen eviction.
Matching is one pass of an Aho-Corasick automaton (pyahocorasick) over the lowercased text,
plus a short list of values added since the automaton was last built, so adding a value
never costs a rebuild on the request path.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import ahocorasick

MIN_LEN = 4  # shorter values (initials, `Li`) would match inside everyday text
# A card's 3-4 digit security code is some other number everywhere else: found by its
# label only, never again by its value alone.
NOT_RECALLED = frozenset({"CARD_SECURITY_CODE"})
MAX_LEN = 256
# One-word names are words too (`Rose`, `Grace`, `Mark`, `Bill`, `Will`): recalled
# everywhere, one redacted `Rose` would take the word from every later `revenue rose 12%` and
# `Mark the invoice as paid` of the tenant. Such a name is found again only as it was
# written, capitalised, and not where any word is capitalised (a sentence's or a line's
# start): the replay recall exists for writes the name back as it was, mid-sentence
# (`ask Rose`). Names in caseless scripts (Chinese) and full names are recalled as before.
_WORD_LIKE = frozenset({"PERSON"})
_SENTENCE_END = frozenset(".!?:;\n\"'“‘(*#>-•")
PENDING = 256  # values searched one by one before the automaton is rebuilt


class KnownValues:
    """Exact-match memory of redacted values: `add` after redaction, `find` before."""

    def __init__(self, capacity: int = 50_000):
        self.capacity = capacity
        self._values: OrderedDict[str, str] = OrderedDict()  # lowercased value -> entity type
        self._as_written: dict[str, str] = {}  # lowercased one-word name -> as written
        self._automaton: ahocorasick.Automaton | None = None
        self._in_automaton: frozenset[str] = frozenset()
        self._pending: list[str] = []
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._values)

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._as_written.clear()
            self._automaton, self._pending = None, []

    def add(self, entity_type: str, value: str) -> None:
        key = value.strip().lower()
        if entity_type in NOT_RECALLED or not MIN_LEN <= len(key) <= MAX_LEN \
                or not any(c.isalnum() for c in key):
            return
        word = entity_type in _WORD_LIKE and _one_cased_word(key)
        if word and not value.strip()[:1].isupper():
            return  # a lower-case one-word name (`thanks grace!`) is the word itself
        with self._lock:
            if key in self._values:
                self._values.move_to_end(key)
                return
            self._values[key] = entity_type
            if word:
                self._as_written[key] = value.strip()
            self._pending.append(key)
            while len(self._values) > self.capacity:
                evicted, _ = self._values.popitem(last=False)
                self._as_written.pop(evicted, None)
            if len(self._pending) > PENDING:
                self._rebuild()

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, entity type) of every known value in `text`, at token boundaries."""
        if not self._values:
            return []
        low = text.lower()
        if len(low) != len(text):  # a few characters change length when lowercased
            low = text
        with self._lock:
            automaton, values, pending = self._automaton, self._values, list(self._pending)
            as_written = dict(self._as_written) if self._as_written else None
        hits: list[tuple[int, int, str]] = []
        if automaton is not None:
            for last, key in automaton.iter(low):
                entity = values.get(key)  # evicted values stay in the automaton until rebuilt
                if entity is not None:
                    _hit(low, last + 1 - len(key), last + 1, entity, hits)
        for key in pending:
            entity = values.get(key)
            at = low.find(key) if entity is not None else -1
            while at != -1:
                _hit(low, at, at + len(key), entity, hits)
                at = low.find(key, at + 1)
        if as_written:
            hits = [h for h in hits if _stands(text, h, as_written)]
        return hits

    def _rebuild(self) -> None:
        automaton = ahocorasick.Automaton()
        for key in self._values:
            automaton.add_word(key, key)
        automaton.make_automaton()
        self._automaton, self._pending = automaton, []


def _one_cased_word(key: str) -> bool:
    return key.isalpha() and key != key.upper()


def _stands(text: str, hit: tuple[int, int, str], as_written: dict[str, str]) -> bool:
    """Whether a hit of a one-word name is that name: written as it was, mid-sentence."""
    start, end, _ = hit
    written = as_written.get(text[start:end].lower())
    if written is None:
        return True
    if text[start:end] != written:
        return False
    before = text[:start].rstrip(" \t")
    return bool(before) and before[-1] not in _SENTENCE_END


def _hit(text: str, start: int, end: int, entity: str, hits: list) -> None:
    # A value that starts (ends) with a letter or digit must not continue a longer token:
    # `4111111111111111` is not found inside `941111111111111112`.
    if start > 0 and text[start].isalnum() and text[start - 1].isalnum():
        return
    if end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        return
    hits.append((start, end, entity))
