"""What recognizers see: the text with disguises taken off, and a map back to the original.

`normalize` removes format and invisible characters, folds Unicode compatibility forms
(full-width, math alphanumerics, ligatures), other digit scripts and odd spaces, folds
look-alike letters to their Latin skeleton inside Latin tokens (Unicode's confusables data,
as shipped by `confusable-homoglyphs`), and writes written-out and defanged forms back
(`john dot smith at acme dot com`, `john[at]acme[.]com`, `hxxp://`, `10[.]0[.]0[.]1`).

Every character of the view knows the original characters it came from, so a finding in the
view redacts the original characters, invisible ones included: a removed invisible character
belongs to the token it touches (the character before it, or the one after it when it follows
a space or starts the text). Ordinary ASCII prose and text that nothing changes get an
identity view after one or two C-level scans.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import orjson
import regex
from confusable_homoglyphs import utils as confusables_files


@dataclass(frozen=True, slots=True)
class View:
    """What recognizers see, and where each of its characters came from in the original."""

    text: str
    starts: Sequence[int] | None  # None = identity view (text is the original)
    ends: Sequence[int] | None  # char i of `text` came from original[starts[i]:ends[i]]

    @property
    def identity(self) -> bool:
        return self.starts is None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering view text[start:end].

        Removed invisible characters are already part of the span of the character they
        touch, so the span of a token covers the invisible characters hidden in and at it.
        """
        if self.starts is None or self.ends is None:
            return start, end
        if end > start:
            return self.starts[start], self.ends[end - 1]
        if start < len(self.starts):  # an empty span: a position
            return self.starts[start], self.starts[start]
        last = self.ends[-1] if self.ends else 0
        return last, last


_KEEP = "，：；（）！？"  # full-width punctuation Chinese recognizers match as written
_CJK_SCRIPTS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Bopomofo}"

# Characters the per-character pass changes: invisible (format and default-ignorable,
# which covers variation selectors and tag characters), spaces and line separators, digits
# of other scripts, and compatibility forms. ASCII, the kept punctuation and CJK
# compatibility ideographs and radicals (CJK text must come out unchanged) are not touched.
_SPECIAL = regex.compile(
    r"[[\p{Cf}\p{DI}\p{Zs}\p{Zl}\p{Zp}\p{Nd}\p{NFKC_QC=N}]"
    rf"--[\x00-\x7f{_KEEP}\u2f00-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]]+",
    regex.V1,
)


def _char_class(code_points: Iterable[int]) -> str:
    """A stdlib `re` character class body (ranges) for these code points."""
    spans: list[list[int]] = []
    for cp in sorted(code_points):
        if spans and spans[-1][1] == cp - 1:
            spans[-1][1] = cp
        else:
            spans.append([cp, cp])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in spans
    )


def _bmp_matches(pattern: regex.Pattern) -> list[int]:
    every = "".join(map(chr, range(0x80, 0x10000)))
    return [0x80 + i for m in pattern.finditer(every) for i in range(m.start(), m.end())]


# The pre-check: a stdlib class of the Basic Multilingual Plane's special characters (a
# bitmap, one lookup per character, ~20x faster on CJK text than the property class), plus
# any astral character (math alphanumerics, tags, supplementary variation selectors).
_ANY_SPECIAL = re.compile(f"[{_char_class(_bmp_matches(_SPECIAL))}\U00010000-\U0010ffff]+")

# Written-out and defanged separators. Bracketed forms are unambiguous and written back
# anywhere; the bare words `at` and `dot` only inside an e-mail-shaped run.
_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"
_B_AT = rf"[ \t]*{_OPEN}[ \t]*(?:[aA][tT]|@)[ \t]*{_CLOSE}[ \t]*"
_B_DOT = rf"[ \t]*{_OPEN}[ \t]*(?:[dD][oO][tT]|\.)[ \t]*{_CLOSE}[ \t]*"
_AT = rf"(?:{_B_AT}|[ \t]+[aA][tT][ \t]+|@)"
_DOT = rf"(?:{_B_DOT}|[ \t]+[dD][oO][tT][ \t]+|\.)"
_LOCAL = r"[A-Za-z0-9_%+\-]+"
_LABEL = r"[A-Za-z0-9\-]+"
# Bounded repetitions (and a possessive local part, which cannot hold an `at`) keep a long
# chain of `a dot a dot …` linear.
_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9_%+\-.@]){_LOCAL}(?:{_DOT}{_LOCAL}){{0,10}}+{_AT}"
    rf"{_LABEL}(?:{_DOT}{_LABEL}){{0,8}}{_DOT}[A-Za-z]{{2,24}}(?![A-Za-z0-9\-])"
)
_JOINER = re.compile(
    rf"(?P<at>{_B_AT}|[ \t]+[aA][tT][ \t]+)|(?P<dot>{_B_DOT}|[ \t]+[dD][oO][tT][ \t]+)"
)
_DEFANG = re.compile(
    rf"(?P<at>{_B_AT})|(?P<dot>{_B_DOT})|(?P<colon>{_OPEN}(?::|://){_CLOSE})"
    r"|(?P<http>\b[hH][xX]{2}[pP](?=[sS]?(?:://|\[:\]|\[://\])))"
)
# Whether any of the above can apply: two substring tests and one stdlib scan (the
# `regex` module is ~3x slower at this on prose).
_BRACKET_CUE = re.compile(rf"{_OPEN}[ \t]*(?:[aA][tT]|[dD][oO][tT]|[.@:]|://)[ \t]*{_CLOSE}")


def _cue(text: str) -> bool:
    lower = text.lower()
    return "dot" in lower or "hxxp" in lower or _BRACKET_CUE.search(text) is not None


# (g) Digit groups joined by a separator no number recognizer expects: `5111/8222/7272/5328`,
# `211_31_5945`, `202–512–1991` (a typographic dash). Three or more groups of which the
# first and last have 3+ digits, one separator throughout, so dates (`12/05/2024`) and
# paths are left alone; the separator reads as `-`.
_DASHES = "‐‑‒–—―−﹘﹣－"
_GROUPS = re.compile(
    rf"(?<![\w/])\d{{3,4}}(?P<sep>[_/{_DASHES}])\d{{2,4}}(?:(?P=sep)\d{{2,4}}){{0,2}}"
    rf"(?P=sep)\d{{3,4}}(?![\w/])"
)


_DASH_BETWEEN_DIGITS = re.compile(rf"(?<=\d)[{_DASHES}](?=\d)")  # `(866) 512–1800`, ranges


def _digit_groups(text: str, starts: Sequence[int], ends: Sequence[int]) -> _Map | None:
    edits = {(m.start() + i, m.start() + i + 1, "-") for m in _GROUPS.finditer(text)
             for i, c in enumerate(m.group()) if c == m.group("sep")}
    if not text.isascii():
        edits.update((m.start(), m.end(), "-") for m in _DASH_BETWEEN_DIGITS.finditer(text))
    return _apply(text, starts, ends, sorted(edits)) if edits else None


_Map = tuple[str, list[int], list[int]]


def normalize(text: str) -> View:
    """The view recognizers scan; an identity view when nothing in `text` changes."""
    if text.isascii():
        grouped = _digit_groups(text, range(len(text)), range(1, len(text) + 1)) if (
            "_" in text or "/" in text) else None
        if grouped is not None:
            text1, starts, ends = grouped
            return _written_out(text1, starts, ends) or View(text1, starts, ends)
        if not _cue(text):
            return View(text, None, None)
        return _written_out(text, range(len(text)), range(1, len(text) + 1)) or View(
            text, None, None
        )
    changed = False
    if _ANY_SPECIAL.search(text) is not None:
        text1, starts, ends = _per_character(text)
        changed = text1 != text  # (astral characters are candidates; most stay as they are)
    else:
        text1, starts, ends = text, range(len(text)), range(1, len(text) + 1)
    folded = _confusables(text1, starts, ends)
    if folded is not None:
        text1, starts, ends = folded
        changed = True
    grouped = _digit_groups(text1, starts, ends)
    if grouped is not None:
        text1, starts, ends = grouped
        changed = True
    view = _written_out(text1, starts, ends) if _cue(text1) else None
    if view is not None:
        return view
    return View(text1, starts, ends) if changed else View(text, None, None)


# ---- (a)-(d): one character at a time -------------------------------------------------


@cache
def _char(ch: str) -> str:
    """What one special character becomes ('' = removed)."""
    cat = unicodedata.category(ch)
    if cat == "Cf" or _DEFAULT_IGNORABLE.match(ch):
        return ""
    if cat == "Zs":
        return " "
    if cat in ("Zl", "Zp"):
        return "\n"
    if cat == "Nd":
        return str(unicodedata.digit(ch))
    return unicodedata.normalize("NFKC", ch)


_DEFAULT_IGNORABLE = regex.compile(r"\p{DI}")


def _per_character(text: str) -> _Map:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    pending = -1  # start of removed characters waiting for the next character
    for m in _ANY_SPECIAL.finditer(text):
        a, b = m.span()
        if a > pos:
            out.append(text[pos:a])
            first = len(starts)
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
            if pending >= 0:
                starts[first] = pending
                pending = -1
        for i in range(a, b):
            rep = _char(text[i])
            if rep:
                out.append(rep)
                starts.extend([pending if pending >= 0 else i] + [i] * (len(rep) - 1))
                ends.extend([i + 1] * len(rep))
                pending = -1
            elif pending >= 0:
                continue  # joins the removed run waiting for the next character
            elif out and not out[-1][-1].isspace():
                ends[-1] = i + 1  # belongs to the token it follows
            else:
                pending = i
        pos = b
    if pos < len(text):
        out.append(text[pos:])
        first = len(starts)
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
        if pending >= 0:
            starts[first] = pending
            pending = -1
    if pending >= 0 and ends:
        ends[-1] = len(text)  # trailing invisible characters after a space
    return "".join(out), starts, ends


# ---- (e): look-alike letters inside Latin tokens ---------------------------------------

# A token: letters, digits and the punctuation of addresses and keys; `/`, `=`, `&` end one,
# so a genuine word in a URL path does not shield a spoofed host name.
_TOKEN = regex.compile(rf"[[\p{{L}}\p{{M}}\p{{N}}@._+\-]--[{_CJK_SCRIPTS}]]+", regex.V1)
_ANCHOR = regex.compile(r"[A-Za-z0-9@]")
_NON_LATIN_LETTER = regex.compile(r"[\p{L}--\p{Latin}]", regex.V1)
_NOT_FOLDED = regex.compile(rf"[{_CJK_SCRIPTS}\p{{Nd}}\u3000-\u303f\uff00-\uffef{_KEEP}]", regex.V1)
_SKELETON_TARGET = regex.compile(r"[A-Za-z0-9]{1,3}|[@._\-+%]")


@cache
def _skeletons() -> tuple[dict[str, str], re.Pattern]:
    """Non-ASCII character -> its ASCII skeleton, and a trigger for mixed tokens.

    Unicode's confusables map each character to a prototype (`а` -> `a`, `Ι` -> `l`); where
    the prototype's own ASCII look-alikes include one of the character's case or kind
    (`l`, `I`, `1`), that one is taken, so Greek capital iota reads `I` as it looks.
    Loaded on first use: the data is 0.9 MB of JSON.
    """
    with open(confusables_files.path("confusables.json"), "rb") as f:
        data = orjson.loads(f.read())
    ascii_alikes = {
        k: [e["c"] for e in v if e["c"].isascii()] for k, v in data.items() if k.isascii()
    }
    table: dict[str, str] = {}
    for key, entries in data.items():
        src = key.strip("\u200e")
        if len(src) != 1 or src.isascii() or _NOT_FOLDED.match(src):
            continue
        targets = [e["c"].strip("\u200e") for e in entries]
        proto = next((t for t in targets if t.isascii() and _SKELETON_TARGET.fullmatch(t)), None)
        if proto is None:
            continue
        if len(proto) == 1:
            kin = [proto, *ascii_alikes.get(proto, ())]
            want = str.isupper if src.isupper() else str.islower if src.islower() else None
            proto = next((t for t in kin if want and len(t) == 1 and want(t)), proto)
        table[src] = proto
    bmp = _char_class(ord(c) for c in table if c <= "\uffff")
    return table, re.compile(f"[{bmp}\\U00010000-\\U0010ffff]")


def _confusables(text: str, starts: Sequence[int], ends: Sequence[int]) -> _Map | None:
    """Fold look-alikes in tokens that also hold ASCII letters, digits or `@`, when the whole
    token then reads as Latin (so genuine Cyrillic and Greek words, even next to a digit,
    are left alone)."""
    table, trigger = _skeletons()
    if trigger.search(text) is None:
        return None
    edits: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text):
        token = m.group()
        if token.isascii() or _ANCHOR.search(token) is None:
            continue
        folded = "".join(table.get(c, c) for c in token)
        if folded == token or _NON_LATIN_LETTER.search(folded):
            continue
        base = m.start()
        edits.extend((base + i, base + i + 1, table[c]) for i, c in enumerate(token) if c in table)
    return _apply(text, starts, ends, edits) if edits else None


# ---- (f): written-out and defanged forms -----------------------------------------------


def _written_out(text: str, starts: Sequence[int], ends: Sequence[int]) -> View | None:
    edits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    lower = text.lower()
    bracket = _BRACKET_CUE.search(text) is not None
    emails = _EMAIL.finditer(text) if bracket or "dot" in lower else ()
    for m in emails:
        joins = [
            (j.start(), j.end(), "@" if j.group("at") else ".")
            for j in _JOINER.finditer(text, m.start(), m.end())
        ]
        if joins:
            edits.extend(joins)
            taken.append(m.span())
    for d in _DEFANG.finditer(text) if bracket or "hxxp" in lower else ():
        if any(a <= d.start() < b for a, b in taken):
            continue
        kind = d.lastgroup
        if kind == "at":
            rep = "@"
        elif kind == "dot":
            rep = "."
        elif kind == "colon":
            rep = d.group()[1:-1]
        else:
            rep = "http"
        edits.append((d.start(), d.end(), rep))
    if not edits:
        return None
    edits.sort()
    new_text, new_starts, new_ends = _apply(text, starts, ends, edits)
    return View(new_text, new_starts, new_ends)


def _apply(
    text: str, starts: Sequence[int], ends: Sequence[int], edits: list[tuple[int, int, str]]
) -> _Map:
    """Replace text[a:b] by each edit's text (sorted, not overlapping); every replacing
    character maps to the original span of what it replaces."""
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for a, b, rep in edits:
        out.append(text[pos:a])
        new_starts.extend(starts[pos:a])
        new_ends.extend(ends[pos:a])
        out.append(rep)
        new_starts.extend([starts[a]] * len(rep))
        new_ends.extend([ends[b - 1]] * len(rep))
        pos = b
    out.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(out), new_starts, new_ends
