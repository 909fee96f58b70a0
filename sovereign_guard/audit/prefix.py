"""The pruned prefix of a log: what retention deleted locally, and where the chain goes on.

`audit ship --prune` deletes the closed segments of a log, a live writer's included, once the
store holds their records and checkpoints byte for byte and a checkpoint covers exactly those
records (a writer signs one at every rotation). What the writer and the verifier need to go
on without the deleted lines is `pruned.json` in the log's directory, `{"note": ..., ...}`,
the note a signed checkpoint of the pruned records with two extension lines:

    sovereign-guard/<log_id>
    <records pruned = the first seq still on disk>
    <base64 Merkle root of the pruned records>
    time <when pruned>
    pruned <first segment still on disk> <hex SHA-256 of the last pruned line>
    range <base64 root of each perfect subtree of the pruned records, largest first>

    — sovereign-guard-audit-<kid> <base64 signature>

signed by the key that signed the covering checkpoint (so a newer key never vouches for older
records). The root binds the range (the Merkle tree's right edge: later checkpoints' roots are
recomputed from it plus the records still here); the next record's `prev` binds the head.
Removing `pruned.json` leaves segment 1 missing, an older copy names segments that are gone,
a forged one fails its signature: each is a verify finding. The other fields (`segments`,
`store`, `pruned_at`) say what was deleted and where it went, for people; they are not signed.
"""

from __future__ import annotations

import binascii
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from ..errors import AuditError
from .checkpoint import SIG_PREFIX, Checkpoint, check_signature, origin_of, parse_note
from .keys import AuditKey, Keyset, b64, unb64, utc_iso
from .merkle import CompactRange

PRUNED = "pruned.json"
_HEAD = "pruned "
_RANGE = "range "


@dataclass(frozen=True)
class Prefix:
    """A log's pruned prefix, read from its signed note (signature not yet checked)."""

    checkpoint: Checkpoint
    segment: int  # the first segment still on disk
    head: str  # hex SHA-256 of the last pruned line: the next record's `prev`
    range: tuple[bytes, ...]  # the compact range of the pruned records
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return self.checkpoint.size

    @property
    def log_id(self) -> str:
        return self.checkpoint.log_id

    def tree(self) -> CompactRange:
        """The Merkle tree's right edge after the pruned records, to append the rest to."""
        return CompactRange.resume(self.size, self.range)

    def describe(self) -> str:
        segs = self.meta.get("segments") or f"1-{self.segment - 1}"
        where = f" to {self.meta['store']}" if self.meta.get("store") else ""
        when = f" at {self.meta['pruned_at']}" if self.meta.get("pruned_at") else ""
        return (f"pruned prefix: seq 0..{self.size - 1} ({self.size} records, segments "
                f"{segs}) deleted here{when} after the store{where} confirmed them; the chain "
                f"goes on from the signed prefix note (verify the store for those records)")


def sign_prefix(log_id: str, tree: CompactRange, head: str, segment: int, when: datetime,
                key: AuditKey) -> Checkpoint:
    body = (f"{origin_of(log_id)}\n{tree.size}\n{b64(tree.root())}\ntime {utc_iso(when)}\n"
            f"{_HEAD}{segment} {head}\n{_RANGE}{' '.join(b64(h) for h in tree.stack)}\n")
    sig = key.signer.sign(body.encode("utf-8"))
    return parse_note(f"{body}\n{SIG_PREFIX}{key.name} {b64(key.note_hash + sig)}\n")


def parse_prefix(raw: bytes) -> Prefix:
    """`pruned.json` -> Prefix; ValueError says what is wrong."""
    try:
        doc = orjson.loads(raw)
        note = doc["note"]
    except (orjson.JSONDecodeError, KeyError, TypeError):
        raise ValueError("not a pruned-prefix file") from None
    cp = parse_note(note)
    ext = cp.body.split("\n")[4:]
    heads = [e[len(_HEAD):].split(" ") for e in ext if e.startswith(_HEAD)]
    ranges = [e[len(_RANGE):] for e in ext if e.startswith(_RANGE)]
    if len(heads) != 1 or len(heads[0]) != 2 or len(ranges) != 1:
        raise ValueError("the note lacks its pruned and range lines")
    segment, head = heads[0]
    if not segment.isdigit() or int(segment) < 2 or len(head) != 64:
        raise ValueError("bad pruned line")
    try:
        stack = tuple(unb64(h) for h in ranges[0].split(" ") if h)
    except (binascii.Error, ValueError):
        raise ValueError("range is not base64") from None
    if len(stack) != cp.size.bit_count() or any(len(h) != 32 for h in stack):
        raise ValueError(f"range does not fit {cp.size} records")
    meta = {k: v for k, v in doc.items() if k != "note" and isinstance(v, str)}
    return Prefix(cp, int(segment), head, stack, meta)


def read_prefix(directory: Path) -> Prefix | None:
    """The log's pruned prefix, None when nothing was pruned; AuditError when unreadable."""
    try:
        raw = (directory / PRUNED).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise AuditError(f"{directory / PRUNED}: cannot read ({exc.strerror})") from None
    try:
        return parse_prefix(raw)
    except ValueError as exc:
        raise AuditError(f"{directory / PRUNED}: malformed ({exc})") from None


def prefix_problems(prefix: Prefix, log_id: str, keys: Keyset) -> list[str]:
    """What is wrong with a prefix note for `log_id` (signature, log, range against root)."""
    reasons = []
    if prefix.log_id != log_id:
        reasons.append(f"prefix of another log ({prefix.log_id}): relocated")
    key, why = check_signature(prefix.checkpoint, keys)
    if why or key is None:
        reasons.append(f"pruned-prefix note: {why or 'no signature'}")
    elif prefix.checkpoint.time < key.activated:
        reasons.append(f"pruned-prefix note signed before key {key.kid} was activated")
    if prefix.tree().root() != prefix.checkpoint.root:
        reasons.append("pruned-prefix note: its range does not make its root")
    return reasons


def write_prefix(directory: Path, note: Checkpoint, meta: dict[str, str]) -> None:
    """Replace `pruned.json` atomically (temporary file, fsync, rename, directory fsync)."""
    tmp = directory / f".{PRUNED}.tmp"
    data = orjson.dumps({"note": note.note, **meta}, option=orjson.OPT_INDENT_2) + b"\n"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, directory / PRUNED)
    dirfd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dirfd)
    finally:
        os.close(dirfd)
