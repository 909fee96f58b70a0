"""Signed checkpoints in C2SP signed-note form (tlog-checkpoint), one per line of a log's
`checkpoints.jsonl` as `{"note": "<text>"}`:

    sovereign-guard/<log_id>
    <tree size>
    <base64 RFC 9162 root>
    time <UTC timestamp>

    — sovereign-guard-audit-<kid> <base64(4-byte key hash || Ed25519 signature)>

The signature covers the body (the lines before the blank line, each newline-terminated).
The origin line names the log, so a checkpoint copied to another log is refused.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson
from cryptography.exceptions import InvalidSignature

from .keys import AuditKey, Keyset, b64, unb64, utc_iso

ORIGIN_PREFIX = "sovereign-guard/"
SIG_PREFIX = "\u2014 "  # em dash + space, as the signed-note spec writes it
_SIZE = re.compile(r"^(0|[1-9][0-9]{0,18})$")


def origin_of(log_id: str) -> str:
    return ORIGIN_PREFIX + log_id


@dataclass(frozen=True)
class Checkpoint:
    log_id: str
    size: int
    root: bytes
    time: datetime
    body: str
    signatures: tuple[tuple[str, bytes, bytes], ...]  # (key name, key hash, signature)

    @property
    def note(self) -> str:
        sigs = "".join(f"{SIG_PREFIX}{n} {b64(h + s)}\n" for n, h, s in self.signatures)
        return f"{self.body}\n{sigs}"


def sign_checkpoint(log_id: str, size: int, root: bytes, time: datetime,
                    key: AuditKey) -> Checkpoint:
    body = f"{origin_of(log_id)}\n{size}\n{b64(root)}\ntime {utc_iso(time)}\n"
    sig = key.signer.sign(body.encode("utf-8"))
    return Checkpoint(log_id, size, root, time.astimezone(UTC), body,
                      ((key.name, key.note_hash, sig),))


def parse_note(text: str) -> Checkpoint:
    """One signed note -> Checkpoint (signatures not yet verified); ValueError says why not."""
    body, sep, sigblock = text.partition("\n\n")
    if not sep:
        raise ValueError("no blank line between body and signatures")
    lines = body.split("\n")
    if len(lines) < 4:
        raise ValueError("body needs origin, size, root and time lines")
    origin, size, root, ext = lines[0], lines[1], lines[2], lines[3:]
    if not origin.startswith(ORIGIN_PREFIX) or len(origin) == len(ORIGIN_PREFIX):
        raise ValueError(f"origin is not {ORIGIN_PREFIX}<log_id>")
    if not _SIZE.match(size):
        raise ValueError("size is not a decimal number")
    try:
        root_bytes = unb64(root)
    except (binascii.Error, ValueError):
        root_bytes = b""
    if len(root_bytes) != 32 or b64(root_bytes) != root:
        raise ValueError("root is not a canonical base64 SHA-256 hash")
    times = [e[5:] for e in ext if e.startswith("time ")]
    try:
        when = datetime.fromisoformat(times[0].replace("Z", "+00:00"))
    except (IndexError, ValueError):
        raise ValueError("missing or bad time line") from None
    sigs = []
    for line in sigblock.rstrip("\n").split("\n"):
        if not line.startswith(SIG_PREFIX):
            raise ValueError("signature line does not start with an em dash")
        name, _, blob = line[len(SIG_PREFIX):].partition(" ")
        try:
            raw = unb64(blob)
        except (binascii.Error, ValueError):
            raise ValueError("signature is not base64") from None
        if len(raw) != 4 + 64 or b64(raw) != blob:
            raise ValueError("signature has the wrong length or is not canonical base64")
        sigs.append((name, raw[:4], raw[4:]))
    if not sigs:
        raise ValueError("no signature")
    return Checkpoint(origin[len(ORIGIN_PREFIX):], int(size), root_bytes,
                      when.astimezone(UTC), body + "\n", tuple(sigs))


def check_signature(cp: Checkpoint, keys: Keyset) -> tuple[AuditKey | None, str | None]:
    """(the signing key, None) when one known key's signature verifies, else (key?, reason)."""
    reasons = []
    for name, khash, sig in cp.signatures:
        key = keys.by_name(name)
        if key is None or key.note_hash != khash:
            reasons.append(f"unknown key {name}")
            continue
        try:
            key.verifier.verify(sig, cp.body.encode("utf-8"))
        except InvalidSignature:
            return key, f"bad signature by key {key.kid}"
        return key, None
    return None, "; ".join(reasons) or "no signature"


def split_notes(text: str) -> list[str]:
    """Notes from text holding several: the output of `audit checkpoint` (notes separated by
    blank lines) or a `checkpoints.jsonl` file."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        notes = []
        for line in stripped.splitlines():
            if line.strip():
                try:
                    notes.append(orjson.loads(line)["note"])
                except (orjson.JSONDecodeError, KeyError, TypeError):
                    raise ValueError("not a checkpoints.jsonl line") from None
        return notes
    notes, current, in_sigs = [], [], False
    for line in text.splitlines():
        if line.startswith(SIG_PREFIX):
            in_sigs = True
            current.append(line)
        elif not line.strip():
            if in_sigs:
                notes.append("\n".join(current) + "\n")
                current, in_sigs = [], False
            elif current:
                current.append("")
        elif in_sigs:
            notes.append("\n".join(current) + "\n")
            current, in_sigs = [line], False
        else:
            current.append(line)
    if current:
        notes.append("\n".join(current) + "\n")
    return notes


def checkpoint_line(cp: Checkpoint) -> bytes:
    return orjson.dumps({"note": cp.note}) + b"\n"
