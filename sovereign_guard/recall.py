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
# Chinese names are two or three characters (王芳, 韩冰, 周志偉): one found with its cue
# (联系人：韩冰) would pass where it is repeated without one. A short Chinese PERSON value is
# remembered when the finding was confident, it starts with a surname of ours and it is no
# everyday word of jieba's dictionary; see `_short_cjk_name`.
SHORT_CJK_SCORE = 0.7
# jieba's frequency under which a word its dictionary tags nr is a name it learnt (高翔 17,
# 温雅 35), not a word that is also a name (林立 695, 高峰 1556, 白雪 1572): those, recalled,
# would take the word from every later text (高楼林立, 历史高峰).
RARE_NR = 100
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

    def add(self, entity_type: str, value: str, score: float = 1.0) -> None:
        key = value.strip().lower()
        if entity_type in NOT_RECALLED or len(key) > MAX_LEN \
                or not any(c.isalnum() for c in key):
            return
        if len(key) < MIN_LEN and not (entity_type == "PERSON" and score >= SHORT_CJK_SCORE
                                       and _short_cjk_name(key)):
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
        edged: set[tuple[int, int]] = set()  # hits written against Chinese text
        if automaton is not None:
            for last, key in automaton.iter(low):
                entity = values.get(key)  # evicted values stay in the automaton until rebuilt
                if entity is not None:
                    _hit(low, last + 1 - len(key), last + 1, entity, hits, edged)
        for key in pending:
            entity = values.get(key)
            at = low.find(key) if entity is not None else -1
            while at != -1:
                _hit(low, at, at + len(key), entity, hits, edged)
                at = low.find(key, at + 1)
        if as_written:
            hits = [h for h in hits if _stands(text, h, as_written)]
        if edged:
            hits = _cjk_words(text, hits, edged)
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


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _short_cjk_name(key: str) -> bool:
    """A two- or three-character Chinese name that starts with a surname and is no word of
    jieba's dictionary but a rare one it tags a name (韩冰, 温雅; not 石头, 林立, 谢谢)."""
    if not 2 <= len(key) <= 3 or not all(_cjk(c) for c in key):
        return False
    from .detect import names_zh
    from .detect.zh_lac import simplified

    if not names_zh._surname(key):
        return False
    seg, tags = names_zh._segmenter()
    plain = simplified(key)
    tag = tags.get(plain)
    return tag is None or (tag == "nr" and seg.FREQ.get(plain, 0) < RARE_NR)


def _hit(text: str, start: int, end: int, entity: str, hits: list,
         edged: set[tuple[int, int]]) -> None:
    # A value that starts (ends) with a letter or digit must not continue a longer token:
    # `4111111111111111` is not found inside `941111111111111112`. Chinese has no spaces:
    # a value written against Chinese text is checked against jieba's words instead.
    cjk_edge = False
    if start > 0 and text[start].isalnum() and text[start - 1].isalnum():
        if not (_cjk(text[start]) and _cjk(text[start - 1])):
            return
        cjk_edge = True
    if end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        if not (_cjk(text[end - 1]) and _cjk(text[end])):
            return
        cjk_edge = True
    hits.append((start, end, entity))
    if cjk_edge:
        edged.add((start, end))


def _cjk_words(text: str, hits: list[tuple[int, int, str]],
               edged: set[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Hits against Chinese text kept where no word of jieba's dictionary runs across their
    edges: a remembered 何平 is not found in 如何平衡 (如何|平衡), 韩冰 is in 韩冰上周."""
    from .detect.names_zh import _segmenter, cut
    from .detect.zh_lac import simplified

    freq = _segmenter()[0].FREQ
    memo: dict[str, list[str]] = {}
    out = []
    for start, end, entity in hits:
        if (start, end) not in edged:
            out.append((start, end, entity))
            continue
        run_start, run_end = start, end
        while run_start > 0 and _cjk(text[run_start - 1]):
            run_start -= 1
        while run_end < len(text) and _cjk(text[run_end]):
            run_end += 1
        pos, crossed = run_start, False
        for word in cut(simplified(text[run_start:run_end]), memo):
            w_start, pos = pos, pos + len(word)
            if (w_start < start < pos or w_start < end < pos) and freq.get(word, 0):
                crossed = True
                break
        if not crossed:
            out.append((start, end, entity))
    return out
