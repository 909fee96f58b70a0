"""Typed placeholders, their restoration, and restoration across stream chunks.

A placeholder is `<TYPE_hex>` where `hex` is the start of HMAC-SHA256(tenant key, TYPE, value)
over the normalised value: stable across messages, turns and processes under one tenant key,
unreadable without it. Two values whose digests share a prefix get a longer one (the vault
remembers digests, never values), so placeholders never collide.
"""

from __future__ import annotations

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


def restore(text: str, mapping: Mapping[str, str]) -> str:
    """Replace every known placeholder (however often it occurs); leave unknown ones alone."""
    if not mapping or "<" not in text:
        return text
    return PLACEHOLDER_RE.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)


_PREFIX_BODY = re.compile(r"(?:[A-Z][A-Z0-9_]*[0-9a-f]*)?")


def _could_become_placeholder(tail: str) -> bool:
    """True when `tail` (starting at '<') is still a prefix of some placeholder."""
    return len(tail) < MAX_PLACEHOLDER_LEN and _PREFIX_BODY.fullmatch(tail, 1) is not None


class StreamRestorer:
    """Restores placeholders in a text stream, holding back only a possible placeholder prefix.

    At most `MAX_PLACEHOLDER_LEN` characters are withheld, and only while the tail of what
    has arrived could still turn into a placeholder; everything else is emitted at once.
    """

    def __init__(self, mapping: Mapping[str, str]):
        self._mapping = mapping
        self._pending = ""

    def feed(self, chunk: str) -> str:
        text = self._pending + chunk
        cut = text.rfind("<")
        if cut == -1 or not _could_become_placeholder(text[cut:]):
            self._pending = ""
            return restore(text, self._mapping)
        self._pending = text[cut:]
        return restore(text[:cut], self._mapping)

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> str:
        rest, self._pending = self._pending, ""
        return restore(rest, self._mapping)

    def iter(self, chunks: Iterator[str]) -> Iterator[str]:
        for chunk in chunks:
            if out := self.feed(chunk):
                yield out
        if out := self.flush():
            yield out
