"""Talking to the central store (see `pgschema`): connect, redact, read logs back.

`connect` takes a libpq URL (`postgresql://user@host:5432/db?sslmode=verify-full`); keep the
password out of it (PGPASSWORD, ~/.pgpass or a client certificate: libpq reads them), since a
URL ends up in process lists. Whatever goes wrong is one `AuditError` line with the URL's
password replaced by `***`.

`StoreLog` is one log read back from the store, in the shape `verify.verify_log` reads a log
directory (`log_id`, `path`, `segments()`, `checkpoints`): its "segments" are windows of
`WINDOW` sequence numbers, fetched one at a time (the next one in a thread while the verifier
checks this one), so the same checks run on a directory and on the store. Problems name the
row: `<log_id>/store row K (seq S)` is the record stored under seq K (S: the seq it claims,
when readable), `<log_id>/store checkpoint K` the checkpoint stored under index K.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..errors import AuditError
from .pgschema import CHECKPOINTS, FORKS, RECORDS

SCHEMES = ("postgresql://", "postgres://")
# Records fetched per query when reading a log back. Small enough that a window's rows (~4 KB
# each) are not one huge result: 50,000 fetched at a third of the speed of 5,000 (libpq and
# the rows' memory), measured with benchmarks/audit_bench.py.
WINDOW = 5_000
CONNECT_TIMEOUT = 5  # seconds; the sidecar's shipper retries, the CLI fails fast


_NET_DEFAULTS = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
                 "keepalives_count": 3, "tcp_user_timeout": 30_000}


def is_store_url(target: str) -> bool:
    return target.startswith(SCHEMES)


def redact_url(url: str) -> str:
    """The URL with its password (userinfo or `password=` parameter) replaced by ***."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            user, _, host = netloc.rpartition("@")
            if ":" in user:
                user = user.split(":", 1)[0] + ":***"
            netloc = f"{user}@{host}"
        query = re.sub(r"(?i)(^|&)(password)=[^&]*", r"\1\2=***", parts.query)
        out = urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:
        return "<unparsable database URL>"
    # a malformed URL ("postgres//user:pw@host") is not split into userinfo: still no secret
    return re.sub(r"(?i)password=[^&\s]*", "password=***", re.sub(r":[^:/@\s]+@", ":***@", out))


def _password(url: str) -> str | None:
    try:
        return urlsplit(url).password
    except ValueError:
        return None


def scrub(message: str, url: str) -> str:
    """First line of a driver message, never the password (libpq may echo connection info)."""
    line = (message.strip().splitlines() or ["error"])[0]
    secret = _password(url)
    if secret:
        line = line.replace(secret, "***")
    return re.sub(r"(?i)password=\S+", "password=***", line)


def store_error(url: str, exc: BaseException, doing: str) -> AuditError:
    return AuditError(f"audit store {redact_url(url)}: {doing} failed: "
                      f"{scrub(str(exc) or type(exc).__name__, url)}")


def connect(url: str, *, timeout: int = CONNECT_TIMEOUT, application: str = "sovereign-guard"):
    """A psycopg connection (autocommit off) or AuditError, never a password in the error."""
    if not is_store_url(url):
        raise AuditError(f"{redact_url(url)}: not a postgresql:// URL")
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        given = conninfo_to_dict(url)
        # A cut that sends no reset (a partition, a dead node) must not hang the shipper for
        # the kernel's ~15 minutes of retransmissions: libpq keepalives and a TCP user timeout
        # give up after ~30 s. Settings in the URL win.
        defaults = {**_NET_DEFAULTS, "connect_timeout": timeout, "application_name": application}
        return psycopg.connect(url, **{k: v for k, v in defaults.items() if k not in given})
    except psycopg.Error as exc:
        raise store_error(url, exc, "connect") from None
    except ValueError as exc:  # a malformed URL or option
        raise AuditError(f"{redact_url(url)}: {scrub(str(exc), url)}") from None


def store_log_ids(conn: Any) -> list[str]:
    """Every log id with records or checkpoints in the store (loose index scans, no full
    scan: a recursive walk over the primary keys' first column)."""
    ids: set[str] = set()
    for table in (RECORDS, CHECKPOINTS):
        rows = conn.execute(f"""
            WITH RECURSIVE ids(log_id) AS (
                (SELECT log_id FROM {table} ORDER BY log_id LIMIT 1)
                UNION ALL
                SELECT (SELECT t.log_id FROM {table} t WHERE t.log_id > ids.log_id
                        ORDER BY t.log_id LIMIT 1)
                FROM ids WHERE ids.log_id IS NOT NULL)
            SELECT log_id FROM ids WHERE log_id IS NOT NULL""").fetchall()
        ids.update(r[0] for r in rows)
    return sorted(ids)


def shipped_heads(conn: Any, log_ids: list[str]) -> dict[str, tuple[int, int]]:
    """log id -> (next record seq, next checkpoint idx) in the store (0, 0 when absent)."""
    if not log_ids:
        return {}
    rows = conn.execute(f"""
        SELECT l, (SELECT max(seq) FROM {RECORDS} WHERE log_id = l),
               (SELECT max(idx) FROM {CHECKPOINTS} WHERE log_id = l)
        FROM unnest(%s::text[]) AS l""", (log_ids,)).fetchall()
    return {r[0]: ((r[1] + 1) if r[1] is not None else 0,
                   (r[2] + 1) if r[2] is not None else 0) for r in rows}


# -- reading a log back, in verify_log's shape --------------------------------------------------


@dataclass(frozen=True)
class StoreFile:
    """A window of one log's records, or its checkpoints, fetched on `read_lines`."""

    conn: Any
    log_id: str
    first: int  # records: seqs first .. last; checkpoints: first = last = -1
    last: int
    keys: dict  # first -> the row keys read, in order (names problems by row)
    url: str  # redacted
    ahead: _Ahead | None = None  # fetches the next window while this one is checked

    @property
    def name(self) -> str:
        return "store checkpoints" if self.first < 0 else f"store seq {self.first}-{self.last}"

    def exists(self) -> bool:
        return True

    def read_lines(self) -> tuple[list[bytes], bytes]:
        with _reading(self.url):
            return self._read()

    def _read(self) -> tuple[list[bytes], bytes]:
        if self.first < 0:
            rows = self.conn.execute(f"SELECT idx, line FROM {CHECKPOINTS} WHERE log_id = %s "
                                     "ORDER BY idx", (self.log_id,)).fetchall()
        elif self.ahead is not None:
            rows = self.ahead.take(self.first)
        else:
            rows = _window(self.conn, self.log_id, self.first, self.last)
        self.keys[self.first] = [r[0] for r in rows]
        return [bytes(r[1]) for r in rows], b""


def _window(conn: Any, log_id: str, first: int, last: int) -> list:
    return conn.execute(f"SELECT seq, line FROM {RECORDS} WHERE log_id = %s AND seq BETWEEN "
                        "%s AND %s ORDER BY seq", (log_id, first, last),
                        binary=True).fetchall()  # bytea as is, not as hex


class _Ahead:
    """One log's windows, each fetched in a thread while the one before is being checked
    (the server's reading and the transfer overlap the verifier's work; psycopg serialises
    the connection's use). At most one window is fetched ahead."""

    def __init__(self, executor: Any, conn: Any, log_id: str, top: int):
        self.executor, self.conn, self.log_id, self.top = executor, conn, log_id, top
        self.pending: dict[int, Any] = {}

    def take(self, first: int) -> list:
        future = self.pending.pop(first, None)
        rows = (future.result() if future is not None
                else _window(self.conn, self.log_id, first, first + WINDOW - 1))
        following = first + WINDOW
        if following <= self.top and following not in self.pending:
            self.pending[following] = self.executor.submit(
                _window, self.conn, self.log_id, following, following + WINDOW - 1)
        return rows


@dataclass(frozen=True)
class StoreLog:
    conn: Any
    log_id: str
    url: str  # redacted
    keys: dict = field(default_factory=dict)  # see StoreFile.keys
    executor: Any = None  # the store's prefetching thread (None: fetch when read)

    @property
    def path(self) -> str:
        return f"{self.url}#{self.log_id}"

    @property
    def checkpoints(self) -> StoreFile:
        return StoreFile(self.conn, self.log_id, -1, -1, self.keys, self.url)

    def segments(self) -> list[tuple[int, StoreFile]]:
        with _reading(self.url):
            top = self.conn.execute(f"SELECT max(seq) FROM {RECORDS} WHERE log_id = %s",
                                    (self.log_id,)).fetchone()[0]
        if top is None:
            return []
        ahead = (_Ahead(self.executor, self.conn, self.log_id, top)
                 if self.executor is not None else None)
        return [(n + 1, StoreFile(self.conn, self.log_id, start, start + WINDOW - 1, self.keys,
                                  self.url, ahead))
                for n, start in enumerate(range(0, top + 1, WINDOW))]

    def prefix(self) -> None:
        """Nothing is ever pruned from the store."""
        return None

    def alive(self) -> bool:
        return False  # nobody appends to the store's copy line by line

    def name_rows(self, problems: list) -> None:
        """`store seq A-B line N` -> `store row K` (K = the row's key: its seq, or its
        checkpoint index), once the verifier has read the rows."""
        for p in problems:
            m = _WHERE.match(p.where[len(self.log_id) + 1:])
            if not m or not p.where.startswith(self.log_id + "/"):
                continue
            first = -1 if m.group(1) is None else int(m.group(1))
            keys, n = self.keys.get(first, []), int(m.group(3)) - 1
            if 0 <= n < len(keys):
                what = "row" if first >= 0 else "checkpoint"
                p.where = f"{self.log_id}/store {what} {keys[n]}"


@contextlib.contextmanager
def _reading(url: str) -> Iterator[None]:
    import psycopg

    try:
        yield
    except psycopg.Error as exc:
        raise store_error(url, exc, "reading") from None


class Store:
    """The central store as a review target: `find_logs(Store(url))` lists its logs in the
    shape of log directories, so `audit show|report|export|verify` read it as they read DIR.
    One read-only connection, opened on first use; `log_ids` narrows the logs."""

    def __init__(self, url: str, log_ids: list[str] | None = None):
        self.url, self.shown, self.log_ids = url, redact_url(url), log_ids
        self._conn: Any = None
        self._executor: Any = None
        self.read: dict[str, StoreLog] = {}

    def __str__(self) -> str:
        return self.shown

    @property
    def conn(self) -> Any:
        if self._conn is None:
            self._conn = connect(self.url, application="sovereign-guard-review")
            self._conn.read_only = True
        return self._conn

    def logs(self) -> list[StoreLog]:
        with _reading(self.url):
            ids = store_log_ids(self.conn)
        if self.log_ids is not None:
            ids = [i for i in ids if i in set(self.log_ids)]
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(1, thread_name_prefix="audit-store-read")
        self.read = {i: StoreLog(self.conn, i, self.shown, executor=self._executor)
                     for i in ids}
        return list(self.read.values())

    def forks(self) -> list[tuple[str, str, int, bytes]]:
        with _reading(self.url):
            return [f for f in forks(self.conn)
                    if self.log_ids is None or f[1] in self.log_ids]

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)  # before the connection
            self._executor = None
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None


_WHERE = re.compile(r"^(?:store seq (\d+)-(\d+)|checkpoints\.jsonl) line (\d+)$")


def forks(conn: Any, log_id: str | None = None) -> Iterator[tuple[str, str, int, bytes]]:
    """(kind, log id, seq, offered line) of every fork a shipper reported."""
    where, args = ("WHERE log_id = %s", (log_id,)) if log_id else ("", ())
    for kind, lid, seq, line in conn.execute(
            f"SELECT kind, log_id, seq, line FROM {FORKS} {where} ORDER BY log_id, seq", args):
        yield kind, lid, seq, bytes(line)


def verify_store(url: str | Store, keys: Any, *, against: list[str] | None = None,
                 key_source: str = "", log_ids: list[str] | None = None,
                 cadence: Any = None, jobs: int = 1) -> Any:
    """`audit verify postgresql://...`: every log in the store (or those in `log_ids`)
    through `verify.verify_target` (chain, seq, keys and epochs, AEAD tags, checkpoints,
    `--against`), problems named by row, plus every fork a shipper reported. Reads only."""
    from .report import Problem
    from .verify import verify_target

    store = url if isinstance(url, Store) else Store(url, log_ids)
    try:
        report = verify_target(store, keys, against=against, key_source=key_source,  # type: ignore[arg-type]
                               cadence=cadence, jobs=jobs)
        by_id = {rep.log_id: rep for rep in report.logs}
        for log_id, source in store.read.items():
            source.name_rows(by_id[log_id].problems)
        for kind, log_id, seq, line in store.forks():
            what = "record seq" if kind == "record" else "checkpoint index"
            problem = Problem(f"{log_id}/store fork of {what} {seq}",
                              [f"fork: a shipper offered a different {kind} for ({log_id}, "
                               f"{seq}) ({len(line)} bytes, sha256 "
                               f"{hashlib.sha256(line).hexdigest()[:16]}); the stored one "
                               "was kept"], seq if kind == "record" else None)
            (by_id[log_id].problems if log_id in by_id else report.problems).append(problem)
        if log_ids is not None:
            report.problems += [Problem(f"log {m}", ["not in the store"])
                                for m in sorted(set(log_ids) - set(by_id))]
        return report
    finally:
        if not isinstance(url, Store):
            store.close()
