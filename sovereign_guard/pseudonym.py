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
from collections.abc import Iterator, Mapping

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


def _starts(forms) -> str:
    """Proper prefixes of the multi-character forms (`\\u00` of `\\u003c`), as a pattern."""
    return "|".join(sorted({re.escape(f[:i]) for f in forms for i in range(1, len(f))}))


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
# What a stream's tail may be while it can still become a placeholder: an opening and/or the
# start of a core (then, after a whole core, the start of a multi-character closing), or the
# start of a multi-character opening. Each candidate is checked against the mapping's cores.
_TAIL = re.compile(
    rf"(?:(?P<open>{_OPEN})|{_BOUNDARY}(?=[A-Za-z]))(?P<core>[{_WORD}]*)"
    rf"(?P<close>{_starts(_BRACKETS['angle'][1])})?\Z"
    rf"|(?P<opening>{_starts(f for opening, _ in _BRACKETS.values() for f in opening)})\Z",
    _FLAGS)
# Last characters such a tail can end with, besides word characters.
_TAIL_ENDS = frozenset("<＜;[［(（{｛\\&")
_LONGEST_BRACKET = max(len(f) for f in _KIND)


class KnownPlaceholders:
    """One request's placeholders, findable in any of their variants (see above)."""

    def __init__(self, mapping: Mapping[str, str]):
        self.mapping = mapping
        self._by_core = {key[1:-1].lower(): value for key, value in mapping.items()
                         if PLACEHOLDER_RE.fullmatch(key)}
        self._cores = sorted(self._by_core)
        # Every variant contains the hex digits: the cheap test for "nothing to restore".
        hexes = sorted({core.rsplit("_", 1)[1] for core in self._cores})
        self._hexes = tuple(hexes)
        self._hexes_b = tuple(h.encode() for h in hexes)
        longest = max((len(c) for c in self._cores), default=0)
        self._window = 2 * _LONGEST_BRACKET + longest

    def __bool__(self) -> bool:
        return bool(self._cores)

    def present(self, text: str | bytes) -> bool:
        """Whether `text` may hold one of the placeholders (no false negatives)."""
        low = text.lower()
        hexes = self._hexes_b if isinstance(low, bytes) else self._hexes
        return any(h in low for h in hexes)  # type: ignore[operator]

    def restore(self, text: str, before: str = "") -> str:
        """`text` with every known placeholder replaced; `before` is what preceded it (token
        boundaries)."""
        if not self._cores or not self.present(text):
            return text
        ctx = before + text
        pieces: list[str] = []
        last = len(before)
        for m in _VARIANT.finditer(ctx, last):
            value = self._by_core.get(m["core"].lower())
            if value is None:
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

    def held_from(self, text: str, before: str = "") -> int:
        """Where the tail of `text` that could still become a known placeholder starts
        (`len(text)` when there is none)."""
        if not self._cores or not text:
            return len(text)
        end = text[-1]
        if end not in _TAIL_ENDS and not (end.isascii() and (end.isalnum() or end == "_")):
            return len(text)
        ctx = before + text
        pos = max(len(before), len(ctx) - self._window)
        while (m := _TAIL.search(ctx, pos)) is not None:
            if self._could_become(m):
                return m.start() - len(before)
            pos = m.start() + 1
        return len(text)

    def _could_become(self, m: re.Match[str]) -> bool:
        if m["opening"] is not None:  # `\u00`, `&l`: may still open a placeholder
            return True
        core = m["core"].lower()
        if m["close"]:  # a whole core, then maybe the start of `\u003e` / `&gt;`
            return (m["open"] is not None and _KIND[m["open"].lower()] == "angle"
                    and core in self._by_core)
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

    def iter(self, chunks: Iterator[str]) -> Iterator[str]:
        for chunk in chunks:
            if out := self.feed(chunk):
                yield out
        if out := self.flush():
            yield out
