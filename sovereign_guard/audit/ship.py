"""Shipping audit logs to the central store (`pgschema`): catch-up, status, retention.

The local segment files stay the write-ahead record: a request's record is on disk before it
leaves, whatever the database does. The shipper copies each log's lines, unchanged, into
`audit_records` keyed by (log id, seq) and its `checkpoints.jsonl` lines into
`audit_checkpoints`, in batches of `batch` lines, one transaction per batch:

- resuming: it asks the store for each log's next seq (an index lookup per log) and reads on
  from there (the sidecar's thread keeps a byte cursor per segment, so a round costs a stat);
  a crash or a cut connection loses at most the uncommitted batch, which the next round sends
  again;
- idempotent: INSERT ... ON CONFLICT DO NOTHING; a row already stored with the same bytes is a
  duplicate (a resent batch), one with different bytes is a FORK: it is recorded in
  `audit_forks`, reported, and that log is not shipped further (never an overwrite);
- a checkpoint is shipped only once every record it covers is in the store, so the store
  never holds a checkpoint for records it lacks, except by tampering;
- where the store and the local log meet (the last stored record) the bytes are compared
  before shipping on, so rows someone else inserted ahead of the shipper are a fork, not a
  silent skip.

How far each log is shipped, and retention, are in `shipped.py`.

A fork right after a power loss (fsync `batch`) has an innocent reading: the shipper had
copied records the local disk then lost, and the recovered log wrote new ones in their place;
the store's copy is the evidence then. Any other fork is two writers under one log id or a
tampered log: verify both.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from prometheus_client import Counter, Gauge

from ..errors import AuditError
from .checkpoint import parse_note
from .envelope import valid_log_id
from .pgschema import CHECKPOINTS, FORKS, RECORDS
from .pgstore import (
    CONNECT_TIMEOUT,
    connect,
    is_store_url,
    redact_url,
    shipped_heads,
    store_error,
)
from .store import LogDir, find_logs

logger = logging.getLogger("sovereign_guard.audit.ship")

# On the sidecar's /metrics (no labels: log ids are unbounded). Alert on the timestamp going
# stale or failures rising; `audit ship --status` then says which log lags.
SHIPPED = Counter("sovereign_guard_audit_shipped_records_total",
                  "Audit records the shipper thread inserted into the central store")
SHIP_FAILURES = Counter("sovereign_guard_audit_ship_failures_total",
                        "Shipping rounds that failed (store unreachable, refused, ...)")
SHIP_FORKS = Counter("sovereign_guard_audit_ship_forks_total",
                     "Logs the shipper stopped shipping because the store holds other bytes")
LAST_SHIPPED = Gauge("sovereign_guard_audit_ship_last_success_timestamp_seconds",
                     "Unix time of the shipper thread's last successful round",
                     multiprocess_mode="max")

PRUNED_FILES = Counter("sovereign_guard_audit_pruned_files_total",
                       "Local audit files the shipper thread deleted once the store held them")

URL_ENV = "SOVEREIGN_GUARD_AUDIT_SHIP_URL"
INTERVAL_ENV = "SOVEREIGN_GUARD_AUDIT_SHIP_INTERVAL"
PRUNE_ENV = "SOVEREIGN_GUARD_AUDIT_PRUNE_SECONDS"  # 0 / unset: the sidecar never prunes
BATCH = 1000
MAX_BATCH_BYTES = 8 << 20

# %b: binary parameters (bytea as is; as text it is hex, twice the bytes, and 3x slower).
INSERT_RECORDS = f"""INSERT INTO {RECORDS} (log_id, seq, line)
SELECT %s, k, l FROM unnest(%b::bigint[], %b::bytea[]) AS t(k, l)
ON CONFLICT (log_id, seq) DO NOTHING RETURNING seq"""
INSERT_CHECKPOINTS = f"""INSERT INTO {CHECKPOINTS} (log_id, idx, line, size)
SELECT %s, k, l, s FROM unnest(%b::bigint[], %b::bytea[], %s::bigint[]) AS t(k, l, s)
ON CONFLICT (log_id, idx) DO NOTHING RETURNING idx"""
INSERT_FORK = (f"INSERT INTO {FORKS} (kind, log_id, seq, line) VALUES (%s, %s, %s, %s) "
               "ON CONFLICT DO NOTHING")


@dataclass
class LogShipped:
    """What one round did for one log."""

    log_id: str
    records: int = 0  # rows inserted
    checkpoints: int = 0
    duplicates: int = 0  # already stored, same bytes
    held: int = 0  # checkpoints waiting for their records
    shipped: int = 0  # the store's record count for this log after the round (next seq)
    fork: str | None = None  # "record seq 17": the log is not shipped past it


@dataclass
class _Cursor:
    """Where the local read stands: the next line's position, segment and byte offset."""

    segment: int
    offset: int
    position: int


@dataclass
class _LogState:
    records: _Cursor | None = None
    checkpoints: _Cursor | None = None  # segment unused


class Shipper:
    """Ships every log under a directory; one connection, reopened after any failure.
    Not thread-safe: one shipper per thread."""

    def __init__(self, url: str, *, batch: int = BATCH, timeout: int = CONNECT_TIMEOUT):
        if batch < 1:
            raise AuditError("batch must be at least 1")
        self.url, self.batch, self.timeout = url, batch, timeout
        self.halted: dict[str, str] = {}  # log id -> fork: not shipped further
        self._conn: Any = None
        self._state: dict[str, _LogState] = {}

    def connection(self) -> Any:
        if self._conn is None or self._conn.closed:
            self._conn = connect(self.url, timeout=self.timeout,
                                 application="sovereign-guard-shipper")
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None
        self._state.clear()  # re-derive positions from the store after any failure

    def ship(self, directory: Path | str) -> list[LogShipped]:
        """One round over every log under `directory`; AuditError on failure (the committed
        batches stay, the next round resumes after them)."""
        import psycopg

        try:
            logs = [d for d in find_logs(Path(directory)) if valid_log_id(d.log_id)]
        except AuditError:
            return []  # no directory yet: nothing written, nothing to ship
        conn = self.connection()
        try:
            heads = shipped_heads(conn, [d.log_id for d in logs])
            conn.commit()
            out = []
            for logdir in logs:
                if logdir.log_id in self.halted:
                    continue
                try:
                    out.append(self._ship_log(conn, logdir, *heads[logdir.log_id]))
                except FileNotFoundError:  # pruned or removed meanwhile
                    self._state.pop(logdir.log_id, None)
            return out
        except psycopg.Error as exc:
            self.close()
            raise store_error(self.url, exc, "shipping") from None
        except BaseException:
            self.close()
            raise

    # -- one log ----------------------------------------------------------------------------

    def _ship_log(self, conn: Any, logdir: LogDir, next_seq: int, next_idx: int) -> LogShipped:
        log_id = logdir.log_id
        res = LogShipped(log_id, shipped=next_seq)
        state = self._state.setdefault(log_id, _LogState())
        cursor = state.records
        if cursor is not None and cursor.position > next_seq:
            cursor = None  # the store went backwards (another database?): read afresh
        if (next_seq and (cursor is None or cursor.position != next_seq)
                and not self._joins(conn, logdir, next_seq, res)):
            return res
        seqs: list[int] = []
        lines: list[bytes] = []
        size = 0
        after = None
        for pos, line, after in _local_lines(logdir, next_seq, cursor):
            if line is None:  # the end: nothing new means the cursor stands here
                if not seqs and after is not None and after.position == next_seq:
                    state.records = after
                break
            seqs.append(pos)
            lines.append(line)
            size += len(line)
            if len(seqs) >= self.batch or size >= MAX_BATCH_BYTES:
                if not self._insert(conn, "record", log_id, seqs, lines, res):
                    return res
                state.records = after  # committed
                seqs, lines, size = [], [], 0
        if seqs:
            if not self._insert(conn, "record", log_id, seqs, lines, res):
                return res
            state.records = after
        res.shipped = next_seq + res.records + res.duplicates
        self._ship_checkpoints(conn, logdir, next_idx, res, state)
        return res

    def _joins(self, conn: Any, logdir: LogDir, next_seq: int, res: LogShipped) -> bool:
        """The store's last record equals the local line at that position (else a fork)."""
        stored = conn.execute(f"SELECT line FROM {RECORDS} WHERE log_id = %s AND seq = %s",
                              (logdir.log_id, next_seq - 1)).fetchone()
        conn.commit()
        pruned = _pruned(logdir)
        if next_seq == pruned and stored is not None:  # the last pruned line: the prefix head
            head = logdir.prefix().head
            if hashlib.sha256(bytes(stored[0])).hexdigest() == head:
                return True
        if next_seq < pruned:
            res.fork = (f"record seq {next_seq - 1}: the store holds {next_seq} records, fewer "
                        f"than the {pruned} pruned here (another database, or rows deleted)")
            self._halt(logdir.log_id, res.fork)
            return False
        pos, local, _ = next(_local_lines(logdir, next_seq - 1, None))
        if pos != next_seq - 1:
            local = None
        if stored is not None and local is not None and bytes(stored[0]) == local:
            return True
        if local is None:
            res.fork = (f"record seq {next_seq - 1}: the store holds {next_seq} records, "
                        "this log fewer (local truncation, or rows inserted by another writer)")
        else:
            res.fork = f"record seq {next_seq - 1}"
            conn.execute(INSERT_FORK, ("record", logdir.log_id, next_seq - 1, local))
            conn.commit()
        self._halt(logdir.log_id, res.fork)
        return False

    def _insert(self, conn: Any, kind: str, log_id: str, keys: list[int], lines: list[bytes],
                res: LogShipped, sizes: list[int | None] | None = None) -> bool:
        """One batch in one transaction; False (and the log halted) on a fork."""
        if kind == "record":
            cur = conn.execute(INSERT_RECORDS, (log_id, keys, lines))
        else:
            cur = conn.execute(INSERT_CHECKPOINTS, (log_id, keys, lines, sizes))
        inserted = {r[0] for r in cur.fetchall()}
        taken = [i for i, k in enumerate(keys) if k not in inserted]
        fork_at = None
        if taken:
            table, key = (RECORDS, "seq") if kind == "record" else (CHECKPOINTS, "idx")
            stored = dict(conn.execute(
                f"SELECT {key}, line FROM {table} WHERE log_id = %s AND {key} = ANY(%s)",
                (log_id, [keys[i] for i in taken])).fetchall())
            for i in taken:
                if bytes(stored[keys[i]]) != lines[i]:
                    fork_at = i
                    break
        if fork_at is None:
            conn.commit()
            n = len(keys) - len(taken)
            if kind == "record":
                res.records += n
                res.duplicates += len(taken)
            else:
                res.checkpoints += n
            return True
        # Keep what precedes the fork, record the fork, ship nothing after it.
        conn.rollback()
        if fork_at:
            self._insert(conn, kind, log_id, keys[:fork_at], lines[:fork_at], res,
                         sizes[:fork_at] if sizes is not None else None)
        conn.execute(INSERT_FORK, (kind, log_id, keys[fork_at], lines[fork_at]))
        conn.commit()
        res.fork = f"{kind} {'seq' if kind == 'record' else 'index'} {keys[fork_at]}"
        self._halt(log_id, res.fork)
        return False

    def _halt(self, log_id: str, fork: str) -> None:
        self.halted[log_id] = fork
        logger.error("audit log %s: FORK at %s: the store holds different bytes; this log is "
                     "no longer shipped (never overwritten). Run `audit verify` on both.",
                     log_id, fork)

    def _ship_checkpoints(self, conn: Any, logdir: LogDir, next_idx: int, res: LogShipped,
                          state: _LogState) -> None:
        cursor = state.checkpoints
        if cursor is not None and cursor.position > next_idx:
            cursor = None
        idxs: list[int] = []
        lines: list[bytes] = []
        sizes: list[int | None] = []
        after = cursor
        for idx, line, end in _file_lines(logdir.checkpoints, next_idx, cursor):
            if line is None:
                if not idxs and end is not None and end.position == next_idx:
                    after = end  # nothing new: remember where the file ends
                break
            size = checkpoint_size(line)
            if size is not None and size > res.shipped:
                res.held += 1
                break  # its records are not all in the store yet
            idxs.append(idx)
            lines.append(line)
            sizes.append(size)
            after = end
        if idxs and not self._insert(conn, "checkpoint", logdir.log_id, idxs, lines, res,
                                     sizes):
            return
        state.checkpoints = after


def _pruned(logdir: LogDir) -> int:
    """Records retention pruned from this log (0: none; an unreadable prefix counts none, and
    the shipper then finds the log shorter than the store: a fork, reported)."""
    try:
        prefix = logdir.prefix()
    except AuditError:
        return 0
    return prefix.size if prefix is not None else 0


def checkpoint_size(line: bytes) -> int | None:
    try:
        return parse_note(orjson.loads(line)["note"]).size
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return None  # shipped as it is; the verifier names what is wrong with it


def _local_lines(logdir: LogDir, start: int, cursor: _Cursor | None):
    """(position, line, cursor after it) of each complete line at position >= start, over
    the log's segments in order, then once (position, None, cursor) at the end of what is
    complete; a cursor skips what was read before."""
    segments = logdir.segments()
    if cursor is not None and cursor.segment not in {n for n, _ in segments}:
        cursor = None
    pos, end = _pruned(logdir), cursor  # after retention the first line on disk is not seq 0
    for number, path in segments:
        offset = 0
        if cursor is not None:
            if number < cursor.segment:
                continue
            if number == cursor.segment:
                pos, offset = cursor.position, cursor.offset
        with open(path, "rb") as fh:
            fh.seek(offset)
            data = fh.read()
        cut = data.rfind(b"\n")
        if cut < 0:
            end = _Cursor(number, offset, pos)
            continue  # nothing complete yet (a line being written)
        lines = data[:cut].split(b"\n")
        if pos + len(lines) <= start:
            pos += len(lines)
            end = _Cursor(number, offset + cut + 1, pos)
            continue
        for line in lines:
            offset += len(line) + 1
            if pos >= start:
                yield pos, line, _Cursor(number, offset, pos + 1)
            pos += 1
        end = _Cursor(number, offset, pos)
    yield pos, None, end


def _file_lines(path: Path, start: int, cursor: _Cursor | None):
    """As `_local_lines`, for one file (checkpoints.jsonl), ending with (idx, None, cursor)."""
    pos, offset = (cursor.position, cursor.offset) if cursor is not None else (0, 0)
    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            data = fh.read()
    except FileNotFoundError:
        yield pos, None, cursor
        return
    cut = data.rfind(b"\n")
    for line in data[:cut].split(b"\n") if cut >= 0 else ():
        offset += len(line) + 1
        if pos >= start:
            yield pos, line, _Cursor(0, offset, pos + 1)
        pos += 1
    yield pos, None, _Cursor(0, offset, pos)


# -- the sidecar's background shipper ------------------------------------------------------------


class ShipperThread(threading.Thread):
    """Ships `directory` every `interval` seconds until stopped, then once more (after the
    writer's final checkpoint). Never raises into the sidecar: failures are logged (once per
    distinct error) and retried with back-off up to a minute."""

    def __init__(self, directory: Path | str, url: str, *, interval: float = 2.0,
                 batch: int = BATCH, prune_every: float = 0.0, keys: Any = None):
        super().__init__(name="audit-shipper", daemon=True)
        self.directory, self.interval = Path(directory), interval
        # Retention (shipped.prune) every `prune_every` seconds after a good round; 0: never.
        self.prune_every, self.keys, self._pruned_at = prune_every, keys, 0.0
        self._url = url
        self.shipper = Shipper(url, batch=batch)
        self.url = redact_url(url)
        self.last_error: str | None = None
        self.rounds = 0
        self._stopping = threading.Event()

    def run(self) -> None:
        delay = self.interval
        while True:
            stopping = self._stopping.wait(delay)
            try:
                forks = len(self.shipper.halted)
                results = self.shipper.ship(self.directory)
                SHIPPED.inc(sum(r.records for r in results))
                SHIP_FORKS.inc(len(self.shipper.halted) - forks)
                LAST_SHIPPED.set_to_current_time()
                self._prune()
                if self.last_error is not None:
                    logger.warning("audit shipping to %s resumed", self.url)
                self.last_error, delay = None, self.interval
            except Exception as exc:  # never let shipping reach a request
                why = str(exc) if isinstance(exc, AuditError) else type(exc).__name__
                if why != self.last_error:
                    logger.warning("audit shipping: %s; the local log keeps every record, "
                                   "retrying", why)
                self.last_error = why
                SHIP_FAILURES.inc()
                self.shipper.close()
                delay = min(max(delay, self.interval) * 2, 60.0)
            self.rounds += 1
            if stopping:
                break
        self.shipper.close()

    def _prune(self) -> None:
        if not self.prune_every or self.keys is None:
            return
        now = time.monotonic()
        if now - self._pruned_at < self.prune_every:
            return
        self._pruned_at = now
        from .shipped import prune

        try:
            results = prune(self.directory, self._url, self.keys)
        except Exception as exc:  # retention waits for the next turn; shipping goes on
            why = str(exc) if isinstance(exc, AuditError) else type(exc).__name__
            logger.warning("audit retention: %s; nothing deleted, retrying later", why)
            return
        for p in results:
            if p.pruned:
                PRUNED_FILES.inc(len(p.files))
                logger.info("audit log %s pruned: %s", p.log_id, p.why)

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        if self.is_alive():
            self.join(timeout)


def start_from_env(audit: Any) -> ShipperThread | None:
    """The sidecar's shipper when `SOVEREIGN_GUARD_AUDIT_SHIP_URL` is set (off otherwise);
    `audit` is the sidecar's AuditLog (its directory is shipped)."""
    url = os.environ.get(URL_ENV, "").strip()
    if not url or audit is None:
        return None
    if not is_store_url(url):  # a typo must not look like shipping that never succeeds
        logger.error("%s is not a postgresql:// URL (%s): audit shipping NOT started; the "
                     "local log keeps every record", URL_ENV, redact_url(url)[:80])
        return None
    try:
        interval = float(os.environ.get(INTERVAL_ENV, "2"))
    except ValueError:
        interval = 2.0
    try:
        prune_every = max(float(os.environ.get(PRUNE_ENV, "0")), 0.0)
    except ValueError:
        prune_every = 0.0
    thread = ShipperThread(audit.directory, url, interval=max(interval, 0.05),
                           prune_every=prune_every, keys=getattr(audit, "keyset", None))
    thread.start()
    logger.info("audit shipping %s to %s every %.1fs", audit.directory, thread.url,
                thread.interval)
    return thread
