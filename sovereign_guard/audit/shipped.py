"""Comparing local logs with the central store: how far each is shipped (`audit ship
--status`) and retention (`audit ship --prune`).

Retention, per log, only ever deleting what the store holds byte for byte:

- a log whose writer is gone goes whole when every record and checkpoint is in the store and
  its last checkpoint covers every record, is signed by a known key and matches the Merkle
  root of the records (the writer's flock is held while deciding and deleting, so no writer
  can reopen it meanwhile);
- otherwise, a live writer's log included, its closed segments (never the one being written)
  up to the last one whose end a valid checkpoint covers exactly, once the store holds those
  records and every checkpoint up to that one. A signed pruned-prefix note (`prefix.py`,
  signed by the covering checkpoint's key: the secret keyset is needed) is written first, then
  the segments are deleted; the writer (on reopening), the shipper and the verifier go on from
  the note. A prune cut short leaves segments the note already covers; the next one deletes
  them. Pruners exclude each other with a flock on the log's directory.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from ..errors import AuditError
from .checkpoint import Checkpoint, check_signature, parse_note
from .envelope import line_hash, valid_log_id
from .keys import Keyset, utc_iso
from .merkle import CompactRange, leaf_hash
from .pgschema import CHECKPOINTS, FORKS, RECORDS
from .pgstore import connect, redact_url, store_error, store_log_ids
from .prefix import PRUNED, Prefix, prefix_problems, sign_prefix, write_prefix
from .ship import _pruned, checkpoint_size
from .store import SEGMENT_RE, LogDir, find_logs, read_lines, writer_alive

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
                st.local_records = (_pruned(d)  # what retention deleted still counts
                                    + sum(_count_lines(p) for _, p in d.segments()))
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
    """Delete what the store holds of each log under `directory` (see the module docstring for
    the conditions). Ship first: this only deletes, never ships."""
    import psycopg

    out = []
    try:
        logs = find_logs(Path(directory))
    except AuditError:
        return out
    conn = connect(url)
    try:
        for logdir in logs:
            out.append(_prune_log(conn, logdir, keys, redact_url(url)))
            conn.commit()
    except psycopg.Error as exc:
        raise store_error(url, exc, "prune") from None
    finally:
        conn.close()
    return out


def _prune_log(conn: Any, logdir: LogDir, keys: Keyset, store: str) -> Pruned:
    log_id = logdir.log_id
    if not valid_log_id(log_id) or not logdir.checkpoints.exists():
        return Pruned(log_id, False, "no checkpoints file: not sealed")
    dirfd = os.open(logdir.path, os.O_RDONLY)
    fd = os.open(logdir.checkpoints, os.O_RDONLY)
    try:
        try:  # one pruner at a time per log
            fcntl.flock(dirfd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return Pruned(log_id, False, "another prune of this log is running")
        try:  # the writer lock, held while deciding and deleting: no writer can reopen it
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            live = False
        except BlockingIOError:
            live = True
        try:
            prefix = logdir.prefix()
        except AuditError as exc:
            return Pruned(log_id, False, f"{exc}: run `audit verify`")
        if prefix is not None and (bad := prefix_problems(prefix, log_id, keys)):
            return Pruned(log_id, False, f"pruned.json: {'; '.join(bad)}: run `audit verify`")
        whole = None if live else _prune_whole(conn, logdir, keys, prefix)
        if whole is not None and whole.pruned:
            return whole
        part = _prune_closed(conn, logdir, keys, prefix, store)
        if live and not part.pruned:
            part.why = f"writer alive: {part.why}"
        return part if part.pruned or whole is None else whole
    finally:
        os.close(fd)
        os.close(dirfd)


def _local(logdir: LogDir, segments: list[tuple[int, Path]]) -> list[bytes] | str:
    lines: list[bytes] = []
    for _, path in segments:
        seg_lines, torn = read_lines(path)
        if torn:
            return (f"{path.name} has a torn tail: repair first (a writer opening the "
                    "directory does)")
        lines += seg_lines
    return lines


def _stored_match(conn: Any, log_id: str, first: int, lines: list[bytes]) -> int:
    """How many of `lines` (seq `first` on) the store holds byte for byte, from the first."""
    rows = conn.execute(f"SELECT seq, sha256(line) FROM {RECORDS} WHERE log_id = %s AND seq "
                        ">= %s AND seq < %s ORDER BY seq",
                        (log_id, first, first + len(lines))).fetchall()
    n = 0
    for (seq, digest), line in zip(rows, lines, strict=False):
        if seq != first + n or bytes(digest) != hashlib.sha256(line).digest():
            break
        n += 1
    return n


def _checkpoints_stored(conn: Any, log_id: str, ck_lines: list[bytes]) -> bool:
    """The store holds these checkpoint lines (index 0 on) byte for byte."""
    rows = conn.execute(f"SELECT idx, sha256(line) FROM {CHECKPOINTS} WHERE log_id = %s AND "
                        "idx < %s ORDER BY idx", (log_id, len(ck_lines))).fetchall()
    return len(rows) == len(ck_lines) and all(
        i == idx and bytes(digest) == hashlib.sha256(line).digest()
        for i, ((idx, digest), line) in enumerate(zip(rows, ck_lines, strict=True)))


def _prune_whole(conn: Any, logdir: LogDir, keys: Keyset, prefix: Prefix | None) -> Pruned:
    log_id = logdir.log_id
    segments = logdir.segments()
    lines = _local(logdir, segments)
    if isinstance(lines, str):
        return Pruned(log_id, False, lines)
    base = prefix.size if prefix is not None else 0
    ck_lines, torn = read_lines(logdir.checkpoints)
    if torn or not ck_lines or not lines:
        return Pruned(log_id, False, "not sealed (no complete checkpoint or no records)")
    try:
        cp = parse_note(orjson.loads(ck_lines[-1])["note"])
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return Pruned(log_id, False, "last checkpoint unreadable")
    if cp.log_id != log_id or cp.size != base + len(lines):
        return Pruned(log_id, False, f"last checkpoint covers {cp.size} of {base + len(lines)} "
                      "records")
    key, why = check_signature(cp, keys)
    if why or key is None:
        return Pruned(log_id, False, f"last checkpoint not verified: {why}")
    tree = prefix.tree() if prefix is not None else CompactRange()
    for line in lines:
        tree.append(leaf_hash(line))
    if tree.root() != cp.root:
        return Pruned(log_id, False, "last checkpoint does not match the records (run "
                      "`audit verify`)")
    below = conn.execute(f"SELECT count(*) FROM {RECORDS} WHERE log_id = %s AND seq < %s",
                         (log_id, base)).fetchone()[0]
    matched = _stored_match(conn, log_id, base, lines)
    if below != base or matched != len(lines):
        return Pruned(log_id, False, f"store holds {below + matched} of {base + len(lines)} "
                      "records or different bytes: ship first")
    if not _checkpoints_stored(conn, log_id, ck_lines):
        return Pruned(log_id, False, f"store lacks some of the {len(ck_lines)} checkpoints "
                      "or holds different bytes: ship first")
    # Every segment file, those a prune cut short left below the prefix included.
    files = sorted(Path(e.path) for e in os.scandir(logdir.path) if SEGMENT_RE.match(e.name))
    files.append(logdir.checkpoints)
    if prefix is not None:
        files.append(logdir.path / PRUNED)
    _delete(logdir, files)
    with contextlib.suppress(OSError):
        logdir.path.rmdir()  # stays when it holds quarantined torn bytes
    return Pruned(log_id, True, f"{base + len(lines)} records and {len(ck_lines)} checkpoints "
                  "confirmed in the store", [p.name for p in files])


def _prune_closed(conn: Any, logdir: LogDir, keys: Keyset, prefix: Prefix | None,
                  store: str) -> Pruned:
    """The closed segments up to the last one a checkpoint covers exactly and the store holds
    (records and checkpoints), behind a new signed pruned-prefix note."""
    log_id = logdir.log_id
    closed = logdir.segments()[:-1]  # the newest is the one a writer appends to
    if not closed:
        return Pruned(log_id, False, "no closed segment to prune (only the open one)")
    ck_lines, _ = read_lines(logdir.checkpoints)
    covering: dict[int, tuple[int, Checkpoint]] = {}
    for idx, raw in enumerate(ck_lines):
        with contextlib.suppress(orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            cp = parse_note(orjson.loads(raw)["note"])
            covering.setdefault(cp.size, (idx, cp))
    tree = prefix.tree() if prefix is not None else CompactRange()
    base = tree.size
    lines: list[bytes] = []
    ends = []  # (segment number, records, tree, head, checkpoint index, checkpoint)
    for number, path in closed:
        seg_lines, torn = read_lines(path)
        if torn:
            break
        for line in seg_lines:
            tree.append(leaf_hash(line))
        lines += seg_lines
        found = covering.get(tree.size)
        if seg_lines and found and found[1].log_id == log_id and found[1].root == tree.root():
            ends.append((number, tree.size, CompactRange.resume(tree.size, tree.stack),
                         line_hash(seg_lines[-1]), *found))
    if not ends:
        return Pruned(log_id, False, "no checkpoint covers exactly the end of a closed segment")
    confirmed = base + _stored_match(conn, log_id, base, lines)
    for number, size, at, head, idx, cp in reversed(ends):
        if size > confirmed or not _checkpoints_stored(conn, log_id, ck_lines[:idx + 1]):
            continue
        key, why = check_signature(cp, keys)
        if why or key is None:
            continue
        if key.sign is None:
            return Pruned(log_id, False, f"pruning closed segments signs a pruned-prefix note "
                          f"with key {key.kid}: pass the secret keyset (--keys)")
        now = datetime.now(UTC)
        note = sign_prefix(log_id, at, head, number + 1, now, key)
        write_prefix(logdir.path, note, {"segments": f"1-{number}", "records": str(size),
                                         "store": store, "pruned_at": utc_iso(now)})
        gone = [Path(e.path) for e in os.scandir(logdir.path)
                if (m := SEGMENT_RE.match(e.name)) and int(m.group(1)) <= number]
        _delete(logdir, sorted(gone))
        first = prefix.segment if prefix is not None else 1
        return Pruned(log_id, True, f"segments {first}-{number} (seq {base}..{size - 1}) "
                      f"confirmed in the store and covered by checkpoint {idx + 1}; {size} "
                      "records pruned in all, the chain goes on from pruned.json",
                      sorted(p.name for p in gone))
    return Pruned(log_id, False, f"store holds {confirmed} records: no closed segment is "
                  "confirmed with its covering checkpoint yet: ship first")


def _delete(logdir: LogDir, files: list[Path]) -> None:
    for path in files:
        path.unlink()
    dirfd = os.open(logdir.path, os.O_RDONLY)
    try:
        os.fsync(dirfd)
    finally:
        os.close(dirfd)
