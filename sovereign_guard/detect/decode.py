"""Encoded content, decoded: extra views of a text in which encoded runs read as plain text.

`decoded_views` finds runs of base64 / base64url (also multi-line blocks), hex (`0x…`,
`\\x41`), percent-encoding, JSON `\\u` escapes, HTML entities, quoted-printable and string
literals split by `+` or line breaks, and returns views of the whole text with each run that
decodes to plausible text (valid UTF-8, printable) replaced by its normalized decoding. Every
character of a decoded run maps to the whole run in the original, so a finding inside acts on
the whole run (a secret inside base64 redacts the base64); escapes that decode one character
each (`%40`, `\\u0040`, `&#64;`) map to their own escape. Decoded text is decoded again, up
to `max_depth` levels (base64 of base64, base64 of a JWT), one view per level. Hashes, UUIDs,
image data and random base64 decode to bytes that are not text, and yield no view.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
import quopri
import re
from collections.abc import Iterator, Sequence
from urllib.parse import unquote_to_bytes

from .normalize import View, normalize

_MAX_RUNS = 1_000  # decoded runs per call, over all levels
_MAX_ATTEMPTS = 20_000  # candidate runs tried per call

_B64 = r"A-Za-z0-9+/_\-"
_LITERAL = r"(?:\"[^\"\n\\]*\"|'[^'\n\\]*')"
_JOIN = r"(?:\s*\+\s*|[ \t]*\\?\r?\n\s*)"  # `+`, a line break, `\\` + line break
# A token cut by a line break (`ghp_Jx1av⏎7F7hZj…`, as a pasted or wrapped terminal line is):
# joined only when its first part opens like a vendor credential, since an identifier at the
# end of a line followed by one at the start of the next is how all code looks.
_SPLIT_HEAD = (
    r"(?<![A-Za-z0-9_\-])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AIza|ya29\.|gh[pousr]_|github_pat_|"
    r"gl(?:pat|dt|rt|ptt)-|xox[abposr]-|xapp-|(?:sk|rk|pk)_(?:live|test|prod)_|whsec_|sk-|"
    r"npm_|hf_|pypi-|SG\.|shp(?:at|ca|pa|ss)_|do[opr]_v1_|dapi|ntn_|pplx-|AGE-SECRET-KEY-|"
    r"gsk_|r8_|xai-|lsv2_|pcsk_|sbp_|nf[pco]_|dckr_pat_|fig[dou]_|phx_|hv[sb]\.|dp\.[a-z]{2,5}\.|"
    r"lin_api_|glsa_|glc_|sntry[su]_|AKID|NRAK-|sq0csp-|CFPAT-|tskey-|1//0)"
    r"[A-Za-z0-9_\-]{2,}"
)
class _EscapedStrings:
    """String literals holding an escaped quote, found in one pass over the quotes, escapes
    and line ends (a regex tried at every quote of a long escaped line is quadratic)."""

    _TOKEN = re.compile(r'\\.|["\n]')
    _WHOLE = re.compile(r'(?P<jstr>".*")', re.S)

    def finditer(self, text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
        start, escaped = -1, False
        for m in self._TOKEN.finditer(text, lo, hi):
            token = m.group()
            if token == "\n":
                start = -1
            elif token == '"':
                if start < 0:
                    start, escaped = m.start(), False
                else:
                    if escaped:
                        found = self._WHOLE.fullmatch(text, start, m.end())
                        if found is not None:
                            yield found
                    start = -1
            elif token == '\\"' and start >= 0:
                escaped = True


# Candidate runs, by family; a family runs only when its first characters occur (`re` tries
# every branch of an alternation at every position, so one big alternation is 30x slower).
# Named groups say the kind.
_FAMILIES: tuple[tuple[str, re.Pattern[str] | _EscapedStrings], ...] = (
    (
        "",
        re.compile(
            rf"(?<![{_B64}])(?:(?P<block>(?:[A-Za-z0-9+/]{{16,}}[ \t]*\r?\n[ \t]*)+"
            rf"[A-Za-z0-9+/]{{4,}}={{0,2}})"
            rf"|(?P<hex>(?:0[xX])?[0-9a-fA-F]{{16,}})"
            rf"|(?P<b64>[{_B64}]{{16,}}={{0,2}}))(?![{_B64}=])"
        ),
    ),
    (
        "\\%&",
        re.compile(
            r"(?P<xesc>(?:\\x[0-9a-fA-F]{2})+)"
            r"|(?P<uesc>(?:\\u[0-9a-fA-F]{4})+)"
            r"|(?P<pct>(?:%[0-9a-fA-F]{2})+)"
            r"|(?P<ent>(?:&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)+)"
        ),
    ),
    ("=", re.compile(r"(?<![!-<>-~])(?P<qp>(?:[!-<>-~]*(?:=[0-9A-F]{2}|=\r?\n))+[!-<>-~]*)")),
    # A string literal holding escaped quotes: JSON pasted inside JSON
    # (`"{\"password\":\"v\"}"`), a notebook cell's source, a log's escaped body. Read
    # unescaped, `\"password\":\"v\"` is the `"password":"v"` every key rule knows.
    ("\\", _EscapedStrings()),
    ("\"'", re.compile(rf"(?P<concat>{_LITERAL}(?:{_JOIN}{_LITERAL})+)")),
    ("\n", re.compile(rf"(?P<split>{_SPLIT_HEAD}[ \t]*\r?\n[ \t]*[A-Za-z0-9_\-]{{4,}})")),
    ("_-", re.compile(
        r"(?<![A-Za-z0-9_-])(?P<under>[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)+)(?![A-Za-z0-9_-])")),
)
# Words joined by underscores as file, tool and handle names are (`Jane_Doe_ssn_536228451`,
# `mail_Jane_Doe`) are read again with spaces: every part a word or a number, one of them a
# capitalised word or a long number. Random tokens (`sk_live_FbOLpj3…`) and snake_case code
# (`max_len_2`) do not qualify; the text as written is analysed as well.
_UNDER_PART = re.compile(r"[A-Z][a-z]+|[a-z]+|[0-9]+|(?:[A-Z][a-z]+){2,4}")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_UNDER_CUE = re.compile(r"[A-Z][a-z]{2,}[_-]|[A-Za-z0-9][_-][A-Z][a-z]{2}|[A-Za-z][_-][0-9]{6}")


def _runs(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Candidate runs in text[lo:hi], left to right, the longer first where two start
    together (a soft-broken quoted-printable line over the base64 inside it); the caller
    takes the first that decodes and skips those it overlaps."""
    found: list[re.Match[str]] = []
    for cues, pattern in _FAMILIES:
        if not cues or any(c in text for c in cues):
            found.extend(pattern.finditer(text, lo, hi))
    found = [m for m in found if not _padding_not_soft_break(m)]
    found.sort(key=lambda m: (m.start(), -m.end()))
    return found


_HEX_ESCAPE = re.compile(r"=[0-9A-F]{2}")
_PADDED_LINE_END = re.compile(r"[A-Za-z0-9+/]{15,}=\r?\n")


def _padding_not_soft_break(m: re.Match[str]) -> bool:
    """A "quoted-printable" run with no `=XX` escape whose `=` ends a base64 token at a line
    end: that `=` is base64 padding, not a soft line break (the base64 run is decoded)."""
    run = m.group()
    return (m.lastgroup == "qp" and _HEX_ESCAPE.search(run) is None
            and _PADDED_LINE_END.search(run) is not None)


# The cheap test that nothing above can match, in C: a 16-character base64 run shows as 16
# `a`s once base64 characters are mapped to `a` and other ASCII to a space; each escape
# kind starts with its own character (prose has few).
_B64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-")
_FLAT_BYTES = bytes(ord("a") if chr(i) in _B64_CHARS else ord(" ") for i in range(256))
_SIXTEEN = b"a" * 16
_ESCAPE_CUES = (
    ("\\", re.compile(r"\\[xu][0-9a-fA-F]")),
    ("\\", re.compile(r'\\"')),
    ("%", re.compile(r"%[0-9a-fA-F]{2}")),
    ("&", re.compile(r"&#?\w+;")),
    ("=", re.compile(r"=(?:[0-9A-F]{2}|\r?\n)")),
    ('"', re.compile(r'"[ \t]*(?:\+|\\?\r?\n)')),
    ("'", re.compile(r"'[ \t]*(?:\+|\\?\r?\n)")),
    ("\n", re.compile(rf"{_SPLIT_HEAD}[ \t]*\r?\n")),
)


def _has_candidate(text: str) -> bool:
    if _UNDER_CUE.search(text) is not None and _FAMILIES[-1][1].search(text):
        return True
    # UTF-8 bytes of non-ASCII characters are >= 0x80 and map to spaces
    if _SIXTEEN in text.encode("utf-8", "surrogatepass").translate(_FLAT_BYTES):
        return True
    return any(c in text and cue.search(text) for c, cue in _ESCAPE_CUES)


_LINE = re.compile(r"\s+|\S+")
_ENTITY = re.compile(r"&[^;&]+;")
_WHITESPACE = str.maketrans("", "", "\t\n\r")

# A decoded run: its text and, for each character, the span of the view text it came from.
_Decoded = tuple[str, list[int], list[int]]


class _Budget:
    __slots__ = ("attempts", "chars", "runs")

    def __init__(self, chars: int) -> None:
        self.chars = chars
        self.runs = _MAX_RUNS
        self.attempts = _MAX_ATTEMPTS


def decoded_views(view: View, *, max_depth: int = 3, max_chars: int = 200_000,
                  context: int | None = None) -> list[View]:
    """Views of `view`'s text with its encoded runs decoded (original-text coordinates);
    [] when nothing decodes.

    With `context`, each level is cut to windows around its decoded runs, `context`
    characters either side (widened to whitespace), one view per window: the text between
    windows reads as in `view`, which is analysed anyway, and one hyphenated name in a
    long prompt then costs an analysis of a few hundred characters, not of the prompt."""
    if not _has_candidate(view.text):
        return []
    budget = _Budget(max_chars)
    views: list[View] = []
    current, regions = view, [(0, len(view.text))]
    for _ in range(max_depth):
        level = _decode_level(current, regions, budget)
        if level is None:
            break
        current, regions = level
        views.extend([current] if context is None else _windows(current, regions, context))
    return views


_SPACE = re.compile(r"\s")


def _windows(view: View, regions: list[tuple[int, int]], context: int) -> list[View]:
    """`view` cut to the decoded `regions` and `context` characters around each, windows
    that touch merged; the whole view when one window would cover most of it."""
    text = view.text
    spans: list[list[int]] = []
    for lo, hi in regions:
        a, b = max(0, lo - context), min(len(text), hi + context)
        if spans and a <= spans[-1][1]:
            spans[-1][1] = b
        else:
            spans.append([a, b])
    covered = sum(b - a for a, b in spans)
    if view.starts is None or view.ends is None or covered * 4 >= len(text) * 3:
        return [view]
    out = []
    for a, b in spans:
        while a > 0 and not text[a - 1].isspace():  # never start or end inside a word
            a -= 1
        m = _SPACE.search(text, b)
        b = m.start() if m else len(text)
        out.append(View(text[a:b], view.starts[a:b], view.ends[a:b]))
    return out


def _decode_level(
    view: View, regions: list[tuple[int, int]], budget: _Budget
) -> tuple[View, list[tuple[int, int]]] | None:
    """The view with every decodable run in `regions` replaced, and where the decoded text
    now is; None when no run decodes."""
    text = view.text
    if view.starts is None or view.ends is None:
        o_starts: Sequence[int] = range(len(text))
        o_ends: Sequence[int] = range(1, len(text) + 1)
    else:
        o_starts, o_ends = view.starts, view.ends
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    new_regions: list[tuple[int, int]] = []
    pos = size = 0
    for lo, hi in regions:
        taken = lo
        for m in _runs(text, lo, hi):
            if m.start() < taken:
                continue
            if budget.runs <= 0 or budget.chars <= 0 or budget.attempts <= 0:
                break
            budget.attempts -= 1
            decoded = _decode(m, budget)
            if decoded is None:
                continue
            taken = m.end()
            budget.runs -= 1
            d_text, d_starts, d_ends = decoded
            a = m.start()
            out.append(text[pos:a])
            starts.extend(o_starts[pos:a])
            ends.extend(o_ends[pos:a])
            size += a - pos
            out.append(d_text)
            starts.extend(o_starts[s] for s in d_starts)
            ends.extend(o_ends[e - 1] for e in d_ends)
            new_regions.append((size, size + len(d_text)))
            size += len(d_text)
            pos = m.end()
    if not new_regions:
        return None
    out.append(text[pos:])
    starts.extend(o_starts[pos:])
    ends.extend(o_ends[pos:])
    return View("".join(out), starts, ends), new_regions


def _decode(m: re.Match[str], budget: _Budget) -> _Decoded | None:
    """The run's decoded, normalized text with each character's span in the view text."""
    kind, run, a, b = m.lastgroup, m.group(), m.start(), m.end()
    pieces: list[tuple[str, int, int]]  # (decoded text, view start, view end)
    if kind == "concat":
        return _concat(run, a)
    if kind == "under":
        sep = "_" if "_" in run else "-"
        parts = run.split(sep)
        names = sum(len(p) >= 3 and p[0].isupper() for p in parts)
        numbers = sum(len(p) >= 6 and p.isdigit() for p in parts)
        # `-` joins words in prose too (`X-Ray`, `e-mail`): it needs two names, or a name
        # and a long number (`Jane-Doe-536228451.txt`).
        enough = names + numbers >= (1 if sep == "_" else 2) and names >= (sep == "-")
        if sep in "_-" and ("_" in run) == ("-" in run) or not enough or not all(
                _UNDER_PART.fullmatch(p) for p in parts):
            return None
        # CamelCase parts (`proj_MargaretThornbury`) are read as words too; each inserted
        # space maps to the letter it stands before.
        text, starts = [], []
        for i, c in enumerate(run):
            if c == sep:
                text.append(" ")
            else:
                if i and c.isupper() and run[i - 1].islower():
                    text.append(" ")
                    starts.append(a + i)
                text.append(c)
            starts.append(a + i)
        return "".join(text), starts, [i + 1 for i in starts]
    if kind == "jstr":
        return _unescaped(run, a, budget)
    if kind == "split":
        kept = [(c, a + i) for i, c in enumerate(run) if not c.isspace()]
        return "".join(c for c, _ in kept), [i for _, i in kept], [i + 1 for _, i in kept]
    if kind in ("xesc", "uesc", "pct"):
        width = {"xesc": 4, "uesc": 6, "pct": 3}[kind]
        text = _escapes(kind, run)
        if text is None or not _plausible(text):
            return None
        if len(text) * width == len(run):  # one character per escape
            pieces = [(c, a + i * width, a + (i + 1) * width) for i, c in enumerate(text)]
        else:
            pieces = [(text, a, b)]
    elif kind == "ent":
        pieces = []
        for e in _ENTITY.finditer(run):
            pieces.append((html.unescape(e.group()), a + e.start(), a + e.end()))
        if all(t == run[s - a : e - a] for t, s, e in pieces) or not _plausible(
            "".join(t for t, _, _ in pieces)
        ):
            return None
    else:
        if len(run) > 2 * budget.chars:
            return None
        raw = _binary(kind, run)
        text = _text(raw) if raw is not None else None
        if text is None:
            # separate strings on consecutive lines, not one block
            return _lines(run, a, budget) if kind == "block" else None
        pieces = [(text, a, b)]
    return _normalized(pieces, budget)


def _binary(kind: str | None, run: str) -> bytes | None:
    try:
        if kind == "hex":
            digits = run[2:] if run[:2] in ("0x", "0X") else run
            return bytes.fromhex(digits) if len(digits) % 2 == 0 else None
        if kind == "qp":
            if run.count("=") < 2 and "=\n" not in run and "=\r\n" not in run:
                return None  # one `=41` is an assignment more often than an encoding
            return quopri.decodestring(run.encode("ascii"))
        return _base64("".join(run.split()))
    except (ValueError, binascii.Error):
        return None


def _base64(run: str) -> bytes | None:
    body = run.rstrip("=")
    url = "-" in body or "_" in body
    if (url and ("+" in body or "/" in body)) or len(body) % 4 == 1:
        return None
    padded = body + "=" * (-len(body) % 4)
    return base64.b64decode(padded, altchars=b"-_" if url else None, validate=True)


def _lines(run: str, a: int, budget: _Budget) -> _Decoded | None:
    """A block that is not one base64 string: decode each line on its own."""
    pieces: list[tuple[str, int, int]] = []
    changed = False
    for part in _LINE.finditer(run):
        text = part.group()
        if not text.isspace():
            raw = _binary("b64", text) if len(text) >= 16 else None
            decoded = _text(raw) if raw is not None else None
            if decoded is not None:
                text, changed = decoded, True
        pieces.append((text, a + part.start(), a + part.end()))
    return _normalized(pieces, budget) if changed else None


def _escapes(kind: str | None, run: str) -> str | None:
    try:
        if kind == "uesc":
            text: str = json.loads(f'"{run}"')
            text.encode("utf-8")  # a lone surrogate is not text
            return text
        raw = bytes.fromhex(run.replace("\\x", "")) if kind == "xesc" else unquote_to_bytes(run)
    except (ValueError, UnicodeEncodeError):
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # `\xe9` in JavaScript is a code point, not a byte of UTF-8
        return raw.decode("latin-1") if kind == "xesc" else None


_STRING_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t", "r": "\r", "b": " ",
                   "f": " ", "'": "'"}


def _unescaped(run: str, a: int, budget: _Budget) -> _Decoded | None:
    """A string literal with its backslash escapes undone, each character mapped to its
    escape; `\\uXXXX` and unknown escapes (`\\d` in a regex) are left as written."""
    pieces: list[tuple[str, int, int]] = []
    i, n = 0, len(run)
    while i < n:
        c = run[i]
        if c == "\\" and i + 1 < n and run[i + 1] in _STRING_ESCAPES:
            pieces.append((_STRING_ESCAPES[run[i + 1]], a + i, a + i + 2))
            i += 2
        else:
            pieces.append((c, a + i, a + i + 1))
            i += 1
    return _normalized(pieces, budget)


def _text(raw: bytes) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if _plausible(text) else None


def _plausible(text: str) -> bool:
    """Text, not bytes that happen to decode: at least 90% printable."""
    if not text:
        return False
    flat = text.translate(_WHITESPACE)
    if flat.isprintable():
        return True
    bad = sum(1 for c in flat if not c.isprintable())
    return bad <= len(text) * 0.1


def _concat(run: str, a: int) -> _Decoded:
    """`"AKIA" + "IOSF…"` -> `"AKIAIOSF…"`: the quotes map to the first and last quote, the
    joined content to everything between them."""
    literals = list(re.finditer(_LITERAL, run))
    joined = "".join(m.group()[1:-1] for m in literals)
    quote = run[0]
    first, last = a, a + len(run) - 1
    text = quote + joined + quote
    starts = [first] + [first + 1] * len(joined) + [last]
    ends = [first + 1] + [last] * len(joined) + [last + 1]
    return text, starts, ends


def _normalized(pieces: list[tuple[str, int, int]], budget: _Budget) -> _Decoded | None:
    """Join decoded pieces, normalize them, and map each character to its piece's span."""
    text = "".join(t for t, _, _ in pieces)
    if len(text) > budget.chars:
        return None
    budget.chars -= len(text)
    p_starts: list[int] = []
    p_ends: list[int] = []
    for t, s, e in pieces:
        p_starts.extend([s] * len(t))
        p_ends.extend([e] * len(t))
    view = normalize(text)
    if view.starts is None or view.ends is None:
        return view.text, p_starts, p_ends
    starts = [p_starts[i] for i in view.starts]
    ends = [p_ends[i - 1] for i in view.ends]
    return view.text, starts, ends
