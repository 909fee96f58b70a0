"""One audit line: `{v, log_id, seq, ts, kid, nonce, ct, prev}` (JSON, ASCII, newline-ended).

`ct` is AES-256-GCM over the event JSON with the canonical JSON of the header (every field
but `ct`, keys sorted) as associated data. `v` says which key: 2 (written today) is the
log's own key, derived from key `kid` with HKDF over the log id (`keys.log_key`); 1 (logs
written before) is key `kid` itself, shared by every log. Both are read; `v` is in the
associated data, so changing it fails the tag, as does moving a ciphertext to another log,
position or key. `prev` is the SHA-256 hex of the previous line's bytes (without its
newline); a log's first line chains to `genesis(log_id)`, and the chain runs on across
segment files. Merkle leaves are the same line bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .keys import AuditKey

VERSION = 2  # what writers write
VERSIONS = (1, 2)  # what readers read
FIELDS = ("v", "log_id", "seq", "ts", "kid", "nonce", "ct", "prev")
NONCE_BYTES = 12
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_LOG_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def valid_log_id(log_id: str) -> bool:
    return bool(_LOG_ID.match(log_id)) and ".." not in log_id


def genesis(log_id: str) -> str:
    return hashlib.sha256(b"sovereign-guard/genesis\n" + log_id.encode("utf-8")).hexdigest()


def line_hash(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()


def aad(header: dict) -> bytes:
    return orjson.dumps(header, option=orjson.OPT_SORT_KEYS)


def cipher(key: AuditKey, version: int, log_id: str) -> AESGCM:
    return key.cipher if version == 1 else key.log_cipher(log_id)


def seal(key: AuditKey, log_id: str, seq: int, ts: str, prev: str, nonce: bytes,
         plaintext: bytes, *, version: int | None = None) -> bytes:
    """The line bytes (no newline) of one encrypted record (envelope `VERSION` by default)."""
    v = VERSION if version is None else version
    header = {"v": v, "log_id": log_id, "seq": seq, "ts": ts, "kid": key.kid,
              "nonce": base64.b64encode(nonce).decode("ascii"), "prev": prev}
    ct = cipher(key, v, log_id).encrypt(nonce, plaintext, aad(header))
    header["ct"] = base64.b64encode(ct).decode("ascii")
    return orjson.dumps({name: header[name] for name in FIELDS})  # the documented order


@dataclass(frozen=True, slots=True)
class Envelope:
    log_id: str
    seq: int
    ts: str
    time: datetime
    kid: str
    nonce: bytes
    ct: bytes
    prev: str
    header: dict
    version: int

    def open(self, key: AuditKey) -> bytes:
        """Plaintext event JSON; raises cryptography's InvalidTag on any change."""
        return cipher(key, self.version, self.log_id).decrypt(self.nonce, self.ct,
                                                              aad(self.header))


def parse_line(line: bytes) -> Envelope:
    """Envelope from line bytes; ValueError names what is malformed."""
    try:
        doc = orjson.loads(line)
    except orjson.JSONDecodeError:
        raise ValueError("not JSON") from None
    if not isinstance(doc, dict):
        raise ValueError("not a JSON object")
    if set(doc) != set(FIELDS):
        missing = sorted(set(FIELDS) - set(doc))
        raise ValueError(f"missing field {missing[0]}" if missing else "unexpected field")
    if doc["v"] not in VERSIONS or isinstance(doc["v"], bool):
        raise ValueError("unsupported version")
    log_id, seq, ts, kid, prev = doc["log_id"], doc["seq"], doc["ts"], doc["kid"], doc["prev"]
    if not isinstance(log_id, str) or not valid_log_id(log_id):
        raise ValueError("bad log_id")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise ValueError("bad seq")
    if not isinstance(kid, str) or not isinstance(prev, str) or not _HEX64.match(prev):
        raise ValueError("bad kid or prev")
    try:
        when = datetime.fromisoformat(ts.replace("Z", "+00:00"))
        # strict_mode: validate=True's checks in C (b64decode runs a regex over the whole
        # ciphertext first: a fifth of a record's verify time), and no data after padding.
        nonce = binascii.a2b_base64(doc["nonce"], strict_mode=True)
        ct = binascii.a2b_base64(doc["ct"], strict_mode=True)
    except (AttributeError, TypeError, ValueError, binascii.Error):
        raise ValueError("bad ts, nonce or ct encoding") from None
    if when.tzinfo is None or len(nonce) != NONCE_BYTES or len(ct) < 16:
        raise ValueError("bad ts, nonce or ct")
    # Byte-exact canonical form: no two spellings of one record (every bit of a line counts,
    # even the unused low bits of a base64 character).
    if orjson.dumps({k: doc[k] for k in FIELDS}) != line:
        raise ValueError("not in canonical form")
    header = {k: doc[k] for k in FIELDS if k != "ct"}
    return Envelope(log_id, seq, ts, when.astimezone(UTC), kid, nonce, ct, prev, header,
                    doc["v"])
