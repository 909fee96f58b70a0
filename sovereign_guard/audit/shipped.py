"""Comparing local logs with the central store: how far each is shipped (`audit ship
--status`) and retention (`audit ship --prune`).

Retention: a log whose writer is gone is deleted locally only when every record and
checkpoint is in the store byte for byte and its last checkpoint covers every record, is
signed by a known key and matches the Merkle root of the records; the writer's flock is held
while deciding and deleting, so no writer can reopen the log meanwhile. A live writer's log is
never pruned: the writer (on reopening) and the local verifier rebuild its chain from segment
1, so pruning the closed segments of a running log needs a signed record of the pruned prefix
that both read (not done).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from ..errors import AuditError
from .checkpoint import check_signature, parse_note
from .envelope import valid_log_id
from .keys import Keyset
from .merkle import CompactRange, leaf_hash
from .pgschema import CHECKPOINTS, FORKS, RECORDS
from .pgstore import connect, store_error, store_log_ids
from .ship import checkpoint_size
from .store import LogDir, find_logs, read_lines, writer_alive

# -- status -------------------------------------------------------------------------------------


@dataclass
class LogStatus:
    log_id: str
    local_records: int | None  # None: not in this directory (pruned, or another replica)
    local_checkpoints: int | None
    local_sealed: int | None  # records covered by the newest local checkpoint
    shipped_records: int  # rows in the store
    next_seq: int  # the store's highest seq + 1
    shipped_checkpoints: int
    shipped_sealed: int | None  # records covered by the newest stored checkpoint
    last_shipped_at: str | None
    forks: int = 0
    writer_alive: bool = False

    @property
    def behind(self) -> int | None:
        if self.local_records is None:
            return None
        return max(self.local_records - self.shipped_records, 0)

    def to_dict(self) -> dict:
        return {**self.__dict__, "behind": self.behind}


def status(directory: Path | str | None, url: str) -> list[LogStatus]:
    """How far each log is shipped: every log under `directory` and every log in the store."""
    import psycopg

    local: dict[str, LogDir] = {}
    if directory is not None:
        with contextlib.suppress(AuditError):
            local = {d.log_id: d for d in find_logs(Path(directory))}
    conn = connect(url)
    try:
        ids = sorted(set(local) | set(store_log_ids(conn)))
        out = []
        for log_id in ids:
            n, next_seq = conn.execute(f"SELECT count(*), coalesce(max(seq) + 1, 0) FROM "
                                       f"{RECORDS} WHERE log_id = %s", (log_id,)).fetchone()
            cks = conn.execute(f"SELECT count(*) FROM {CHECKPOINTS} WHERE log_id = %s",
                               (log_id,)).fetchone()[0]
            last = conn.execute(f"SELECT size, shipped_at FROM {CHECKPOINTS} WHERE log_id = "
                                "%s AND size IS NOT NULL ORDER BY idx DESC LIMIT 1",
                                (log_id,)).fetchone()
            newest = conn.execute(f"SELECT shipped_at FROM {RECORDS} WHERE log_id = %s "
                                  "AND seq = %s", (log_id, next_seq - 1)).fetchone()
            forks = conn.execute(f"SELECT count(*) FROM {FORKS} WHERE log_id = %s",
                                 (log_id,)).fetchone()[0]
            st = LogStatus(log_id, None, None, None, n, next_seq, cks,
                           last[0] if last else None,
                           newest[0].isoformat() if newest else None, forks)
            if log_id in local:
                d = local[log_id]
                st.local_records = sum(_count_lines(p) for _, p in d.segments())
                ck_lines = read_lines(d.checkpoints)[0] if d.checkpoints.exists() else []
                st.local_checkpoints = len(ck_lines)
                st.local_sealed = next((s for s in map(checkpoint_size, reversed(ck_lines))
                                        if s is not None), 0)
                st.writer_alive = writer_alive(d)
            out.append(st)
        return out
    except psycopg.Error as exc:
        raise store_error(url, exc, "status") from None
    finally:
        conn.close()


def _count_lines(path: Path) -> int:
    with open(path, "rb") as fh:
        return fh.read().count(b"\n")


# -- retention ----------------------------------------------------------------------------------


@dataclass
class Pruned:
    log_id: str
    pruned: bool
    why: str  # what was deleted, or why not
    files: list[str] = field(default_factory=list)


def prune(directory: Path | str, url: str, keys: Keyset) -> list[Pruned]:
    """Delete the local copy of each finished log that the store holds entirely (see the
    module docstring for the conditions). Ship first: this only deletes, never ships."""
    import psycopg

    out = []
    try:
        logs = find_logs(Path(directory))
    except AuditError:
        return out
    conn = connect(url)
    try:
        for logdir in logs:
            out.append(_prune_log(conn, logdir, keys))
            conn.commit()
    except psycopg.Error as exc:
        raise store_error(url, exc, "prune") from None
    finally:
        conn.close()
    return out


def _prune_log(conn: Any, logdir: LogDir, keys: Keyset) -> Pruned:
    log_id = logdir.log_id
    if not valid_log_id(log_id) or not logdir.checkpoints.exists():
        return Pruned(log_id, False, "no checkpoints file: not sealed")
    fd = os.open(logdir.checkpoints, os.O_RDONLY)
    try:
        try:  # hold the writer lock while deciding and deleting: no writer can reopen it
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return Pruned(log_id, False, "writer alive: a live log is never pruned")
        return _prune_locked(conn, logdir, keys)
    finally:
        os.close(fd)


def _prune_locked(conn: Any, logdir: LogDir, keys: Keyset) -> Pruned:
    log_id = logdir.log_id
    segments = logdir.segments()
    lines: list[bytes] = []
    for _, path in segments:
        seg_lines, torn = read_lines(path)
        if torn:
            return Pruned(log_id, False, f"{path.name} has a torn tail: repair first "
                          "(a writer opening the directory does)")
        lines += seg_lines
    ck_lines, torn = read_lines(logdir.checkpoints)
    if torn or not ck_lines or not lines:
        return Pruned(log_id, False, "not sealed (no complete checkpoint or no records)")
    try:
        cp = parse_note(orjson.loads(ck_lines[-1])["note"])
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return Pruned(log_id, False, "last checkpoint unreadable")
    if cp.log_id != log_id or cp.size != len(lines):
        return Pruned(log_id, False, f"last checkpoint covers {cp.size} of {len(lines)} "
                      "records")
    key, why = check_signature(cp, keys)
    if why or key is None:
        return Pruned(log_id, False, f"last checkpoint not verified: {why}")
    tree = CompactRange()
    for line in lines:
        tree.append(leaf_hash(line))
    if tree.root() != cp.root:
        return Pruned(log_id, False, "last checkpoint does not match the records (run "
                      "`audit verify`)")
    stored = conn.execute(f"SELECT seq, sha256(line) FROM {RECORDS} WHERE log_id = %s "
                          "ORDER BY seq", (log_id,)).fetchall()
    if len(stored) != len(lines) or any(
            s != i or bytes(h) != hashlib.sha256(line).digest()
            for (s, h), (i, line) in zip(stored, enumerate(lines), strict=True)):
        return Pruned(log_id, False, f"store holds {len(stored)} of {len(lines)} records or "
                      "different bytes: ship first")
    stored_cks = conn.execute(f"SELECT idx, sha256(line) FROM {CHECKPOINTS} WHERE log_id = "
                              "%s ORDER BY idx", (log_id,)).fetchall()
    if len(stored_cks) != len(ck_lines) or any(
            s != i or bytes(h) != hashlib.sha256(line).digest()
            for (s, h), (i, line) in zip(stored_cks, enumerate(ck_lines), strict=True)):
        return Pruned(log_id, False, f"store holds {len(stored_cks)} of {len(ck_lines)} "
                      "checkpoints or different bytes: ship first")
    files = [p for _, p in segments] + [logdir.checkpoints]
    for path in files:
        path.unlink()
    dirfd = os.open(logdir.path, os.O_RDONLY)
    try:
        os.fsync(dirfd)
    finally:
        os.close(dirfd)
    with contextlib.suppress(OSError):
        logdir.path.rmdir()  # stays when it holds quarantined torn bytes
    return Pruned(log_id, True, f"{len(lines)} records and {len(ck_lines)} checkpoints "
                  "confirmed in the store", [p.name for p in files])


