"""Typed placeholders, their restoration, and restoration across stream chunks.

A placeholder is `<TYPE_hex>` where `hex` is the start of HMAC-SHA256(tenant key, TYPE, value)
over the normalised value: stable across messages, turns and processes under one tenant key,
unreadable without it. Two values whose digests share a prefix get a longer one (the vault
remembers digests, never values), so placeholders never collide.
"""

from __future__ import annotations

import bisect
import hashlib
import hmac
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Mapping

PLACEHOLDER_HEX = 6
MAX_HEX = 32
MAX_TYPE_LEN = 40
# Longest placeholder text the restorer may have to wait for: "<" TYPE "_" hex ">".
MAX_PLACEHOLDER_LEN = 1 + MAX_TYPE_LEN + 1 + MAX_HEX + 1
PLACEHOLDER_RE = re.compile(
    rf"<([A-Z][A-Z0-9_]{{0,{MAX_TYPE_LEN - 1}}})_([0-9a-f]{{{PLACEHOLDER_HEX},{MAX_HEX}}})>"
)

_SEPARATORS = re.compile(r"[\s\-./()]+")
_WS = re.compile(r"\s+")
# Types whose values are numbers written with free-form separators: "4111 1111-1111 1111"
# and "4111111111111111" are one card.
_DIGIT_TYPES = {
    "CREDIT_CARD", "PHONE_NUMBER", "IBAN_CODE", "US_SSN", "US_ITIN", "US_BANK_NUMBER",
    "UK_NHS", "TW_NATIONAL_ID", "TW_RESIDENT_CERT", "TW_BUSINESS_ID", "CN_RESIDENT_ID",
    "CA_SIN", "IN_AADHAAR", "AU_TFN", "AU_MEDICARE", "IMEI", "BANK_ACCOUNT",
    "DE_TAX_ID", "FR_NIR", "ES_NIF", "ES_NIE", "NL_BSN", "PL_PESEL", "SE_PERSONNUMMER",
    "US_NPI", "ICCID", "IMSI", "MEDICAL_RECORD_NUMBER",
    "BR_CPF", "BR_CNPJ", "KR_RRN", "JP_MY_NUMBER", "ZA_ID",
}


def normalise(entity_type: str, value: str) -> str:
    text = unicodedata.normalize("NFKC", value).casefold().strip()
    if entity_type in _DIGIT_TYPES:
        return _SEPARATORS.sub("", text)
    return _WS.sub(" ", text)


def keyed_digest(key: bytes, entity_type: str, value: str, *, purpose: bytes) -> str:
    value_bytes = normalise(entity_type, value).encode()
    msg = b"\x00".join((purpose, entity_type.encode(), value_bytes))
    return hmac.new(key, msg, hashlib.sha256).hexdigest()


class PseudonymVault:
    """Assigns placeholders; remembers which digest owns each prefix (bounded, no plaintext)."""

    def __init__(self, key: bytes, *, capacity: int = 200_000):
        self.key = key
        self._owners: OrderedDict[str, str] = OrderedDict()  # placeholder -> full digest
        self._capacity = capacity
        self._lock = threading.Lock()

    def placeholder(self, entity_type: str, value: str) -> str:
        return self.assign(entity_type, self.digest(entity_type, value))

    def digest(self, entity_type: str, value: str) -> str:
        return keyed_digest(self.key, entity_type, value, purpose=b"pseudonym")

    def assign(self, entity_type: str, digest: str) -> str:
        """The placeholder of the value whose digest is `digest`."""
        with self._lock:
            for length in range(PLACEHOLDER_HEX, MAX_HEX + 1, 2):
                candidate = f"<{entity_type}_{digest[:length]}>"
                if self._claim(candidate, digest):
                    return candidate
        # 128 bits of HMAC colliding is not a thing that happens; refuse rather than alias.
        raise RuntimeError("placeholder space exhausted")

    def holds(self, placeholder: str, digest: str) -> bool:
        """Whether `placeholder` (assigned earlier) still stands for `digest`; claims it again
        if it was forgotten meanwhile. False when another value took it."""
        with self._lock:
            return self._claim(placeholder, digest)

    def _claim(self, placeholder: str, digest: str) -> bool:
        owner = self._owners.get(placeholder)
        if owner is None:
            self._owners[placeholder] = digest
            if len(self._owners) > self._capacity:
                self._owners.popitem(last=False)
            return True
        if owner == digest:
            self._owners.move_to_end(placeholder)
            return True
        return False

    def fingerprint(self, entity_type: str, value: str) -> str:
        """Keyed fingerprint for the audit trail (a different HMAC domain than placeholders)."""
        return keyed_digest(self.key, entity_type, value, purpose=b"fingerprint")

    def hash_token(self, entity_type: str, value: str) -> str:
        """The irreversible token of the `hash` action: linkable, not restorable."""
        return keyed_digest(self.key, entity_type, value, purpose=b"hash")[:12]


# -- restoring answers ---------------------------------------------------------------------
#
# Answers do not always carry a placeholder as it was sent. A vendor's JSON encoder may escape
# the brackets (Go writes `\u003c` / `\u003e`), and models rewrite them: `[PERSON_1b31bd]`,
# `person_1b31bd`, `PERSON_1b31bd` bare, full-width `＜…＞`, markdown `\<…\>`. The placeholder's
# core `TYPE_hex` survives all of these, so it is matched case-insensitively at a token boundary
# with optional brackets; only cores of this request's mapping are replaced, and the brackets
# go with the placeholder only when they pair up (a lone `(` stays).

# kind: (opening forms, closing forms). Matched case-insensitively (`\u003C`, `&LT;`); `\\<`
# is markdown's `\<` as JSON text (tool-call arguments) writes it.
_BRACKETS = {
    "angle": (("<", "\\u003c", "＜", "\\<", "\\\\<", "&lt;"),
              (">", "\\u003e", "＞", "\\>", "\\\\>", "&gt;")),
    "square": (("[", "［"), ("]", "］")),
    "round": (("(", "（"), (")", "）")),
    "curly": (("{", "｛"), ("}", "｝")),
}
_KIND = {form: kind for kind, forms in _BRACKETS.items() for side in forms for form in side}
_OPEN = "|".join(re.escape(f) for opening, _ in _BRACKETS.values() for f in opening)
_CLOSE = "|".join(re.escape(f) for _, closing in _BRACKETS.values() for f in closing)
_WORD = "A-Za-z0-9_"
# A core starts a token: after a non-word character, or after a written `\n`, `\r`, `\t`
# (JSON text inside tool-call arguments).
_BOUNDARY = rf"(?:(?<![{_WORD}\\])|(?<=\\[nrt]))"
_CORE = (rf"[A-Za-z][{_WORD}]{{0,{MAX_TYPE_LEN - 1}}}_[0-9a-f]{{{PLACEHOLDER_HEX},{MAX_HEX}}}")
# re.ASCII: case-insensitive letters stay ASCII (no Kelvin sign for `k`).
_FLAGS = re.IGNORECASE | re.ASCII
_VARIANT = re.compile(
    rf"(?:(?P<open>{_OPEN})|{_BOUNDARY})(?P<core>{_CORE})(?![{_WORD}])(?P<close>{_CLOSE})?",
    _FLAGS)
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"
# Longest first: where forms overlap (`\\<`, `\<`, `<`) the earliest start is the match's.
_OPENINGS = sorted((f for opening, _ in _BRACKETS.values() for f in opening), key=len,
                   reverse=True)
_ESCAPED_OPEN = "\\u003c"  # the one opening that ends in a word character


def _starts_of(forms) -> tuple[str, ...]:
    """Proper prefixes of multi-character forms (`\\u00` of `\\u003c`), longest first."""
    return tuple(sorted({f[:i] for f in forms for i in range(1, len(f))}, key=len,
                        reverse=True))


_OPEN_STARTS = _starts_of(_OPENINGS)
_CLOSE_STARTS = _starts_of(_BRACKETS["angle"][1])
# Last characters of each family, so most tails skip the loops over forms at once.
_OPENING_ENDS = frozenset(f[-1] for f in _OPENINGS)
_OPEN_START_ENDS = frozenset(p[-1] for p in _OPEN_STARTS)
_CLOSE_START_ENDS = frozenset(c for p in _CLOSE_STARTS for c in (p[-1], p[-1].upper()))
# Last characters a withheld tail can end with, besides word characters.
_TAIL_ENDS = frozenset("<＜;[［(（{｛\\&")


def _is_word(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c == "_")


def _boundary(ctx: str, at: int) -> bool:
    """Whether a core may start at `at` (mirrors `_BOUNDARY`)."""
    if at == 0:
        return True
    c = ctx[at - 1]
    if c in "nrt" and ctx[at - 2:at - 1] == "\\":
        return True
    return not _is_word(c) and c != "\\"


class KnownPlaceholders:
    """One request's placeholders, findable in any of their variants (see above).

    Matching is anchored on the hex digits of the mapping's placeholders (found with `str.find`
    in the lowercased text), so text without them costs one `lower()` and a few substring
    searches, and text with them a couple of anchored regex matches per occurrence."""

    def __init__(self, mapping: Mapping[str, str]):
        self.mapping = mapping
        self._by_core = {key[1:-1].lower(): value for key, value in mapping.items()
                         if PLACEHOLDER_RE.fullmatch(key)}
        self._cores = sorted(self._by_core)
        self._by_hex: dict[str, list[str]] = {}
        for core in self._cores:
            self._by_hex.setdefault(core.rsplit("_", 1)[1], []).append(core)
        self._hexes = tuple(self._by_hex)
        self._hexes_b = tuple(h.encode() for h in self._hexes)
        self._longest = max((len(c) for c in self._cores), default=0)

    def __bool__(self) -> bool:
        return bool(self._cores)

    def present(self, text: str | bytes) -> bool:
        """Whether `text` may hold one of the placeholders (no false negatives)."""
        low = text.lower()
        hexes = self._hexes_b if isinstance(low, bytes) else self._hexes
        return any(h in low for h in hexes)  # type: ignore[operator]

    # -- whole texts -------------------------------------------------------------------------

    def restore(self, text: str, before: str = "") -> str:
        """`text` with every known placeholder replaced; `before` is what preceded it (token
        boundaries)."""
        if not self._cores:
            return text
        ctx, off = before + text, len(before)
        lowered = ctx.lower()
        # lower() keeps ASCII offsets unless a character such as 'İ' changes length
        if len(lowered) == len(ctx):
            found: Iterable[re.Match[str]] = self._anchored(ctx, lowered, off)
        elif any(h in lowered for h in self._hexes):
            found = _VARIANT.finditer(ctx, off)
        else:
            return text
        pieces: list[str] = []
        last = off
        for m in found:
            value = self._by_core.get(m["core"].lower())
            if value is None or m.start() < last:
                continue
            opening, closing = m["open"], m["close"]
            if opening and closing and _KIND[opening.lower()] == _KIND[closing.lower()]:
                pieces += (ctx[last:m.start()], value)
            else:  # a lone bracket is the text's, not the placeholder's
                pieces += (ctx[last:m.start()], opening or "", value, closing or "")
            last = m.end()
        if not pieces:
            return text
        pieces.append(ctx[last:])
        return "".join(pieces)

    def _anchored(self, ctx: str, lowered: str, off: int) -> list[re.Match[str]]:
        """The `_VARIANT` matches a scan of `ctx` from `off` finds for known cores, in order:
        each occurrence of a known hex is tried where its core would start (after an opening,
        if one is written there)."""
        found: dict[int, re.Match[str]] = {}
        for digits, cores in self._by_hex.items():
            i = lowered.find(digits, off)
            while i != -1:
                for core in cores:
                    s = i + len(digits) - len(core)
                    if s >= off and lowered.startswith(core, s):
                        m = self._match_at(ctx, lowered, s, off)
                        if m is not None:
                            found.setdefault(m.start(), m)
                i = lowered.find(digits, i + 1)
        return [found[k] for k in sorted(found)]

    @staticmethod
    def _match_at(ctx: str, lowered: str, s: int, off: int) -> re.Match[str] | None:
        if s > off and lowered[s - 1] in _OPENING_ENDS:
            for form in _OPENINGS:
                start = s - len(form)
                if start >= off and lowered.startswith(form, start):
                    m = _VARIANT.match(ctx, start)
                    if m is not None and m.start("core") == s:
                        return m
        m = _VARIANT.match(ctx, s)
        return m if m is not None and m.start("core") == s else None

    # -- stream tails ------------------------------------------------------------------------

    def held_from(self, text: str, before: str = "") -> int:
        """Where the tail of `text` that could still become a known placeholder starts
        (`len(text)` when there is none)."""
        if not self._cores or not text:
            return len(text)
        end = text[-1]
        if end not in _TAIL_ENDS and not _is_word(end):
            return len(text)
        ctx, off = before + text, len(before)
        start = self._tail_start(ctx)
        return len(text) if start is None or start < off else start - off

    def _tail_start(self, ctx: str) -> int | None:
        # earliest first: <core + the start of a closing, then [opening] core prefix, then
        # the start of an opening
        if ctx[-1] in _CLOSE_START_ENDS:
            tail = ctx[-len(_CLOSE_STARTS[0]):].lower()
            for part in _CLOSE_STARTS:
                if tail.endswith(part):
                    start = self._opening_and_core(ctx[:-len(part)], whole=True)
                    if start is not None:
                        return start
        start = self._opening_and_core(ctx, whole=False)
        if start is not None or ctx[-1] not in _OPEN_START_ENDS:
            return start
        tail = ctx[-len(_OPEN_STARTS[0]):].lower()
        return next((len(ctx) - len(p) for p in _OPEN_STARTS if tail.endswith(p)), None)

    def _opening_and_core(self, ctx: str, *, whole: bool) -> int | None:
        """Start of `[opening] core` ending `ctx`, where core is a known core (`whole`, and the
        opening angle) or a prefix of one."""
        j = len(ctx.rstrip(_WORD_CHARS))
        run = ctx[j:]
        if len(run) > self._longest + len(_ESCAPED_OPEN):  # longer than any placeholder
            return None
        candidates: list[tuple[int, str, str | None]] = []  # (start, core text, opening)
        if run[:5].lower() == _ESCAPED_OPEN[1:] and ctx[j - 1:j] == "\\":
            candidates.append((j - 1, run[5:], _ESCAPED_OPEN))
        else:
            if j and ctx[j - 1] in _OPENING_ENDS:
                before = ctx[max(0, j - len(_OPENINGS[0])):j].lower()
                form = next((f for f in _OPENINGS if before.endswith(f)), None)
                if form is not None:  # `;` need not end `&lt;`
                    candidates.append((j - len(form), run, form))
            if run[:1].isalpha() and _boundary(ctx, j):
                candidates.append((j, run, None))
            elif run[:1] in ("n", "r", "t") and ctx[j - 1:j] == "\\" and run[1:2].isalpha():
                candidates.append((j + 1, run[1:], None))
        for start, core, opening in candidates:
            if self._fits(core.lower(), opening, whole):
                return start
        return None

    def _fits(self, core: str, opening: str | None, whole: bool) -> bool:
        if whole:
            return opening is not None and _KIND[opening] == "angle" and core in self._by_core
        i = bisect.bisect_left(self._cores, core)
        return i < len(self._cores) and self._cores[i].startswith(core)


def _known(mapping: Mapping[str, str] | KnownPlaceholders) -> KnownPlaceholders:
    return mapping if isinstance(mapping, KnownPlaceholders) else KnownPlaceholders(mapping)


def restore(text: str, mapping: Mapping[str, str] | KnownPlaceholders) -> str:
    """Replace every known placeholder, in any variant and however often it occurs; leave
    unknown ones alone."""
    if not mapping:
        return text
    return _known(mapping).restore(text)


class StreamRestorer:
    """Restores placeholders in a text stream, holding back only a possible placeholder prefix.

    Withheld is only a tail that could still become one of the mapping's placeholders (in any
    variant), at most a bracket, the longest known core and a bracket; everything else is
    emitted at once. The pieces joined equal `restore` of the whole text.
    """

    def __init__(self, mapping: Mapping[str, str] | KnownPlaceholders):
        self._known = _known(mapping)
        self._pending = ""
        self._before = ""  # the last characters released, as written: token-boundary context

    def feed(self, chunk: str) -> str:
        text = self._pending + chunk
        cut = self._known.held_from(text, self._before)
        self._pending = text[cut:]
        return self._release(text[:cut])

    def _release(self, text: str) -> str:
        out = self._known.restore(text, self._before)
        if text:
            self._before = (self._before + text)[-2:]
        return out

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> str:
        rest, self._pending = self._pending, ""
        return self._release(rest)
