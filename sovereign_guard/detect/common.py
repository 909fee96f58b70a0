"""Shared pieces of our recognizers: CJK-safe boundaries, context windows, checksums, entropy.

Presidio's predefined patterns anchor on `\\b`, and Python counts every CJK character as a
word character, so `請寄信到john@acme.com謝謝` has no boundary around the address. Our
patterns anchor on ASCII (and full-width) letters and digits instead: a CJK character or a
full-width punctuation mark next to a value is a boundary, a letter or digit is not.
"""

from __future__ import annotations

import bisect
import itertools
import math
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import ClassVar

import ahocorasick
import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

# Letters and digits that continue a token: ASCII and their full-width forms.
ALNUM = "0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
DIGIT = "[0-9\uff10-\uff19]"
UPPER = "[A-Z\uff21-\uff3a]"
# Zero-width boundaries usable in any pattern.
LB = f"(?<![{ALNUM}_])"
RB = f"(?![{ALNUM}_])"
# No digit (nor a digit group continuing after a separator) around a number.
NUM_LB = f"(?<![{ALNUM}_]|{DIGIT}[.,/-])"
NUM_RB = f"(?![{ALNUM}_]|[.,/-]{DIGIT})"

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = regex.compile(f"[{CJK}]")

# Presidio's context enhancer raises a score by this much when a context word is near.
CONTEXT_BOOST = 0.35
ENHANCED = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY

_COMPILED: dict[tuple[str, int], regex.Pattern] = {}


def compiled(pattern: str, flags: int = 0) -> regex.Pattern:
    """One compiled regex per (pattern, flags) per process, shared by every guard."""
    key = (pattern, flags)
    found = _COMPILED.get(key)
    if found is None:
        found = _COMPILED[key] = regex.compile(pattern, flags)
    return found


def words(text: str) -> frozenset[str]:
    """A set of whitespace-separated words (keeps long word lists readable)."""
    return frozenset(text.split())


def has_cjk(text: str) -> bool:
    return CJK_RE.search(text) is not None


def fold(text: str) -> str:
    """Full-width letters and digits to ASCII, so checksums and libraries see plain text."""
    return unicodedata.normalize("NFKC", text) if not text.isascii() else text


def digits_of(text: str) -> str:
    return "".join(c for c in fold(text) if c.isdigit())


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def checked_by(check: Callable[[str], bool], drop: str = " -", upper: bool = False):
    """A `validate_result` from a stdnum-style `is_valid`, applied to the value folded,
    without the separators in `drop` (and upper-cased): a valid value keeps the pattern score
    (context still decides), an invalid one is dropped."""
    table = str.maketrans("", "", drop)

    def validate_result(self, pattern_text: str) -> bool | None:
        value = fold(pattern_text).translate(table)
        return None if check(value.upper() if upper else value) else False

    return validate_result


def shannon_entropy(value: str) -> float:
    """Bits per character, the measure gitleaks and detect-secrets gate secrets with."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


class Keywords:
    """A `TRIGGER` of plain keywords: does the lower-cased text contain one of them?

    Over a hundred recognizers and sub-passes each gate on a few words. Testing each word
    with `in` scanned a 1 KB text some 650 times (half a millisecond); instead every gate's
    words go into one Aho-Corasick automaton, the text is lower-cased and scanned once
    (Presidio hands each recognizer the same string in turn), and a gate is a set test on
    the ids of the words found. The last text, its lower case, the ids found and the
    automaton that found them are swapped as one tuple, so threads cannot mix them; a gate
    made later (a policy reload) rebuilds the automaton, and the stale ids are recomputed.
    """

    _last: ClassVar[tuple] = (None, "", None, None)  # text, lower case, ids found, automaton
    _ids: ClassVar[dict[str, int]] = {}
    _automaton: ClassVar[ahocorasick.Automaton | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, *words: str):
        self.words = tuple(unicodedata.normalize("NFKC", w).lower() for w in words)  # as the text
        self._always = "" in self.words  # "" is in every text
        with Keywords._lock:
            for w in self.words:
                if w and w not in Keywords._ids:
                    Keywords._ids[w] = len(Keywords._ids)
                    Keywords._automaton = None  # rebuilt with the new word when next used
            self._mine = frozenset(Keywords._ids[w] for w in self.words if w)

    @classmethod
    def lower(cls, text: str) -> str:
        seen, low, found, automaton = cls._last
        if seen is not text:
            low = text.lower()
            Keywords._last = (text, low, None, None)
        return low

    @classmethod
    def _built(cls) -> ahocorasick.Automaton:
        automaton = cls._automaton
        if automaton is None:
            with cls._lock:
                automaton = cls._automaton
                if automaton is None:
                    automaton = ahocorasick.Automaton()
                    for word, i in cls._ids.items():
                        automaton.add_word(word, i)
                    automaton.make_automaton()
                    Keywords._automaton = automaton
        return automaton

    @classmethod
    def found(cls, text: str) -> set[int]:
        """Ids of every registered word the lower-cased `text` contains."""
        seen, low, found, automaton = cls._last
        current = cls._built() if cls._ids else None
        if seen is not text or found is None or automaton is not current:
            if seen is not text:
                low = text.lower()
            found = {i for _, i in current.iter(low)} if current is not None else set()
            Keywords._last = (text, low, found, current)
        return found

    def search(self, text: str) -> bool | None:
        if self._always or not self._mine.isdisjoint(self.found(text)):
            return True
        return None


def words_regex(words: Iterable[str]) -> regex.Pattern | None:
    """Case-insensitive alternation of context words, longest first; None for no words."""
    # (NFKC, as normalize() gives the recognizers the text: Thai เลขประจำตัว's SARA AM is
    # two characters there, so the word as written would never match)
    words = sorted({unicodedata.normalize("NFKC", w.strip()).lower() for w in words if w.strip()},
                   key=len, reverse=True)
    if not words:
        return None
    # ASCII words match at the start of a word (`ip` in `ipv4`, not in `ship`); CJK words
    # anywhere, since CJK has no spaces.
    alts = [
        (f"(?<![{ALNUM}])" if w[0].isascii() and w[0].isalnum() else "") + regex.escape(w)
        for w in words
    ]
    return compiled("|".join(alts), regex.IGNORECASE)


def near(
    text: str, start: int, end: int, words: regex.Pattern | None, before: int = 48,
    after: int = 20, starts: Sequence[str] | None = None,
) -> bool:
    """A context word within `before` characters ahead of or `after` behind the span.

    Character windows instead of Presidio's five lemmas: CJK text has no spaces, so
    `身分證字號A123456789` is one spaCy token and lemma windows never see the context.

    `starts`, the lower-cased words `words` was built from, gives the same answer sooner: in
    an ASCII window (where lower case and case folding agree) the pattern is tried only where
    one of them begins, instead of at every character (a long alternation costs about a
    microsecond a character)."""
    if words is None:
        return False
    windows = ((max(0, start - before), start), (end, min(len(text), end + after)))
    if starts is None:
        return any(words.search(text, lo, hi) for lo, hi in windows)
    for lo, hi in windows:
        window = text[lo:hi]
        if not window.isascii():
            if words.search(text, lo, hi):
                return True
            continue
        window = window.lower()
        for word in starts:
            at = window.find(word)
            while at >= 0:
                if words.match(text, lo + at, hi):
                    return True
                at = window.find(word, at + 1)
    return False


class SovereignPatternRecognizer(PatternRecognizer):
    """Presidio's PatternRecognizer with three additions every recognizer of ours uses.

    - `TRIGGER`: a cheap regex (a keyword, a character class) that must occur in the text
      before any pattern runs; most texts fail it and cost one scan.
    - character-window context (see `near`): a context word within reach adds
      `CONTEXT_BOOST`; with `REQUIRE_CONTEXT` a match without one is dropped. The results
      are marked as context-enhanced so Presidio's lemma enhancer does not boost twice.
    - `accept(text, result)`: a veto with the surrounding text, for checks that need more
      than the matched value (which is all `validate_result` receives).
    """

    ENTITY: ClassVar[str]
    NAME: ClassVar[str | None] = None  # default: the class name
    PATTERNS: ClassVar[Sequence[tuple[str, str, float]]]  # (name, regex, score)
    CONTEXT: ClassVar[Sequence[str]] = ()
    TRIGGER: ClassVar[regex.Pattern | None] = None
    REQUIRE_CONTEXT: ClassVar[bool] = False
    # Report only this named group of each match, at its pattern's score: the pattern finds
    # a cue and its value (`DOB: 04/12/1987`, `CVV 123`), the finding is the value alone.
    VALUE_GROUP: ClassVar[str | None] = None
    FLAGS: ClassVar[int] = regex.MULTILINE

    def __init__(
        self,
        supported_language: str = "en",
        name: str | None = None,
        context: Sequence[str] | None = None,
        entity: str | None = None,
        patterns: Sequence[tuple[str, str, float]] | None = None,
    ):
        built = []
        for pname, rx, score in patterns if patterns is not None else self.PATTERNS:
            pattern = Pattern(pname, rx, score)
            # Share the compiled regex across instances (one analyzer per policy).
            pattern.compiled_regex = compiled(rx, self.FLAGS)
            pattern.compiled_with_flags = self.FLAGS
            built.append(pattern)
        words = list(self.CONTEXT if context is None else context)
        super().__init__(
            supported_entity=entity or self.ENTITY,
            name=name or self.NAME or type(self).__name__,
            supported_language=supported_language,
            patterns=built,
            context=words or None,
            global_regex_flags=self.FLAGS,
        )
        self._context_re = words_regex(words)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if self.TRIGGER is not None and self.TRIGGER.search(text) is None:
            return []
        kept = []
        for result in self.find(text, entities, nlp_artifacts):
            if not self.accept(text, result):
                continue
            boosted = near(text, result.start, result.end, self._context_re)
            if self.REQUIRE_CONTEXT and not boosted:
                continue
            if boosted:
                result.score = min(1.0, result.score + CONTEXT_BOOST)
            result.recognition_metadata[ENHANCED] = True
            kept.append(result)
        return kept

    def find(self, text: str, entities, nlp_artifacts) -> list[RecognizerResult]:
        """The candidate results; Presidio's pattern matching and `validate_result`, or each
        match's `VALUE_GROUP`."""
        if self.VALUE_GROUP is None:
            return super().analyze(text, entities, nlp_artifacts, self.FLAGS)
        return [result(self, self.supported_entities[0], *m.span(self.VALUE_GROUP), p.score)
                for p in self.patterns for m in p.compiled_regex.finditer(text)]

    def find_shrinking(self, text: str) -> list[RecognizerResult]:
        """Like `find`, but a match failing validation is retried without its trailing
        groups: `4111 1111 1111 1111 123` (a CVV after the card) still finds the card."""
        found = []
        for pattern in self.patterns:
            for match in pattern.compiled_regex.finditer(text):
                start, end = match.span()
                while end - start >= 4:
                    if self.validate_result(text[start:end]):
                        found.append(result(self, self.supported_entities[0], start, end, 1.0))
                        break
                    value = text[start:end]
                    cut = max(value.rfind(" "), value.rfind("-"))
                    if cut <= 0:
                        break
                    end = start + cut
        return found

    def accept(self, text: str, result: RecognizerResult) -> bool:
        return True


def result(
    recognizer, entity: str, start: int, end: int, score: float, name: str | None = None,
) -> RecognizerResult:
    """A RecognizerResult carrying the metadata Presidio and the Guard read back."""
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: name or recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            ENHANCED: True,
        },
    )


class SpanIndex:
    """Questions about a set of (start, end) spans in O(log n) each rather than a scan of all
    of them per question: with thousands of findings in a large prompt those scans made
    detection quadratic in its length. Spans may overlap one another."""

    __slots__ = ("_max_end", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_end = list(itertools.accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares a character with [start, end)."""
        i = bisect.bisect_left(self._starts, end)  # the spans starting before `end`
        return i > 0 and self._max_end[i - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Some span contains [start, end)."""
        i = bisect.bisect_right(self._starts, start)  # the spans starting at or before it
        return i > 0 and self._max_end[i - 1] >= end
