"""The append-only writer: one `AuditLog` per process, its own `log_id` and segment files.

Hot path (`append`): encrypt, one `write()` of one line to an O_APPEND descriptor, one or two
SHA-256 for the chain and the incremental Merkle tree, fsync per policy. Every
`checkpoint_every` records, on rotation, on close, and from a background thread for records
older than `checkpoint_seconds`, a signed checkpoint is appended to the log's
`checkpoints.jsonl`, after the records it covers are fsynced.

Durability (`AuditSettings.fsync`): `always` fdatasyncs every record (a record is on disk when
`append` returns; costs one disk flush per request); `batch` every `fsync_batch` records and
before each checkpoint (a power loss or kernel crash loses at most `fsync_batch` records or
`checkpoint_seconds` worth, whichever is less; a killed process loses nothing, its writes are
already in the kernel); `never` leaves flushing to the OS. Checkpoints only ever cover
flushed records.

Crash safety: opening a log repairs it. Bytes after the last newline (a write torn by kill -9,
a full disk, a power loss) are moved to a 0600 `quarantine-*.bin` file, never dropped, and a
`recovery` event naming the last good seq and line hash is appended and sealed; so is a log
whose writer died before its final checkpoint. Each writer holds an exclusive flock on its
`checkpoints.jsonl` for its lifetime: a second writer for the same log is refused, and
`recover_directory` (called when a writer opens) repairs only logs whose writer is dead
(flock needs a local filesystem).

Still on disk: a writer keeps descriptors on its log directory, open segment and checkpoints
file, and compares their (st_dev, st_ino) with what the paths name now: the segment before
every append (one stat: a deleted, moved or replaced directory takes the segment's path with
it), all three before every checkpoint, at every sealer tick and readiness check. A directory
deleted while serving would otherwise swallow records into unlinked files; the writer marks
itself broken instead, so every request fails closed (503) and readiness turns red.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import fcntl
import logging
import os
import re
import secrets
import socket
import threading
import uuid
import weakref
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson

from ..errors import AuditError
from ..home import ensure_private_dir
from ..policy import AuditSettings
from .checkpoint import checkpoint_line, parse_note, sign_checkpoint
from .envelope import genesis, line_hash, parse_line, seal, valid_log_id
from .events import AuditEvent
from .keys import Keyset, utc_iso
from .merkle import CompactRange, leaf_hash
from .store import (
    QUARANTINE_PREFIX,
    LogDir,
    find_logs,
    read_lines,
    segment_name,
    tail,
    writer_alive,
)

logger = logging.getLogger("sovereign_guard.audit")
_fdatasync = getattr(os, "fdatasync", os.fsync)


class LogInUse(AuditError):
    """Another live writer holds this log."""


def default_log_id() -> str:
    host = re.sub(r"[^A-Za-z0-9._-]", "-", socket.gethostname())[:48].strip(".-_") or "host"
    return f"{host}-{os.getpid()}-{secrets.token_hex(3)}"


class AuditLog:
    """Thread-safe appender for one log. Any failure raises `AuditError`: fail the request."""

    def __init__(self, directory: Path | str, keyset: Keyset,
                 settings: AuditSettings | None = None, log_id: str | None = None, *,
                 recover_others: bool = True):
        self.directory = Path(directory)
        self.log_id = log_id or default_log_id()
        if not valid_log_id(self.log_id):
            raise AuditError(f"invalid audit log id {self.log_id[:80]!r}")
        self.settings = settings or AuditSettings()
        self.key = keyset.primary
        self.keyset = keyset  # the shipper's retention verifies (and signs) with it
        self._healthy = True
        self._problem: str | None = None  # the kind of failure, for readiness (no paths)
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._closed = False
        self._broken: str | None = None
        self._dir = LogDir(self.directory / self.log_id)
        self._fd = self._ckfd = self._dirfd = -1
        self._pinned: dict[str, tuple[Path, tuple[int, int]]] = {}  # role: (path, dev+ino)
        try:
            ensure_private_dir(self.directory)
            ensure_private_dir(self._dir.path)
            self._open()
        except OSError as exc:
            self._release()
            raise AuditError(f"audit log {self._dir.path}: cannot open "
                             f"({exc.strerror or exc})") from None
        except BaseException:
            self._release()
            raise
        ref = weakref.ref(self)
        self._atexit = lambda: (log := ref()) is not None and log._close_quietly()
        atexit.register(self._atexit)
        self._stop = threading.Event()
        _start_sealer(ref, self._stop, self.settings.checkpoint_seconds, self.log_id)
        if self.key.activated > _now():
            logger.warning("audit key %s activates at %s, after this host's clock: its "
                           "records will fail the verifier's key-epoch check",
                           self.key.kid, utc_iso(self.key.activated))
        if recover_others:
            recover_directory(self.directory, keyset, self.settings, skip=self.log_id)

    # -- public API --------------------------------------------------------------------------

    def append(self, event: AuditEvent) -> int:
        """Encrypt and append one event; returns its seq."""
        plaintext = event.to_json()
        with self._lock:
            return self._append(plaintext)

    def checkpoint(self) -> None:
        """Sign a checkpoint now (no-op when nothing was appended since the last one)."""
        with self._lock:
            self._usable()
            self._checkpoint(_now())

    def close(self) -> None:
        """Seal with a final checkpoint and release the log. Idempotent."""
        with self._lock:
            if self._closed:
                return
            self._stop.set()
            try:
                if os.getpid() == self._pid:
                    self._still_on_disk(raise_error=False)  # never seal into unlinked files
                if self._broken is None and os.getpid() == self._pid:
                    self._checkpoint(_now())
            finally:
                self._closed = True
                self._release()
                atexit.unregister(self._atexit)

    @property
    def healthy(self) -> bool:
        """False after a failed write or flush, or once the log's directory or files are no
        longer the ones on disk (checked now, unless an append holds the lock)."""
        if self._healthy and not self._closed and self._lock.acquire(blocking=False):
            try:
                self._still_on_disk(raise_error=False)
            finally:
                self._lock.release()
        return self._healthy

    @property
    def problem(self) -> str | None:
        """What is wrong, as a kind of failure without paths (for `/readyz`); None when
        healthy."""
        return None if self.healthy else self._problem or "audit log not writable"

    @property
    def size(self) -> int:
        return self._size

    @property
    def path(self) -> Path:
        return self._dir.path

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- opening and recovery ----------------------------------------------------------------

    def _open(self) -> None:
        ck = self._dir.checkpoints
        # Held for the log's lifetime: an inode stays allocated while open, so a directory
        # deleted and made again can never come back with the number pinned here.
        self._dirfd = os.open(self._dir.path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        self._pin("directory", self._dir.path, self._dirfd)
        self._ckfd = os.open(ck, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self._ckfd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LogInUse(f"audit log {self.log_id} is in use by another writer") from None
        self._pin("checkpoints file", ck, self._ckfd)
        self._load()
        recovery = self._repair_tail()
        if not self._dir.segments():
            self._new_segment(_now())
        else:
            self._fd = os.open(self._seg_path, os.O_WRONLY | os.O_APPEND)
            self._pin("segment", self._seg_path, self._fd)
        if recovery is None and self._sealed != self._size:
            recovery = {"reason": "unclean_shutdown", "segment": self._seg_path.name}
        if recovery is not None and self._sealed > self._size:
            recovery["checkpointed_size"] = self._sealed  # the verifier reports truncation
        if recovery is not None:
            last = self._size - 1
            recovery.update(last_good_seq=last if last >= 0 else None,
                            last_good_hash=self._last, recovered_by=f"pid {os.getpid()}")
            now = _now()
            event = AuditEvent(kind="recovery", request_id=f"recovery-{uuid.uuid4().hex}",
                               time=now, door="writer", reasons=[recovery["reason"]],
                               details=recovery)
            self._append(event.to_json())
            self._checkpoint(_now())
            logger.warning("audit log %s recovered (%s, last good seq %s)", self.log_id,
                           recovery["reason"], recovery["last_good_seq"])

    def _load(self) -> None:
        """Chain head, Merkle right edge and checkpoint size from what is on disk."""
        self._tree, self._size, self._last = CompactRange(), 0, genesis(self.log_id)
        self._seg_no, self._seg_bytes, self._torn, self._unsynced = 0, 0, b"", 0
        prefix = self._dir.prefix()  # after retention: go on from the pruned prefix
        if prefix is not None:
            self._tree, self._size, self._last = prefix.tree(), prefix.size, prefix.head
            self._seg_no = prefix.segment - 1
        self._seg_started = _now()
        segments = self._dir.segments()
        for number, path in segments:
            lines, torn = read_lines(path)
            self._seg_started = _now()
            for line in lines:
                self._tree.append(leaf_hash(line))
                self._last = line_hash(line)
            self._size += len(lines)
            self._seg_no, self._seg_path = number, path
            self._torn = torn  # only the last segment's torn tail matters to the writer
            self._seg_bytes = path.stat().st_size
            if lines:
                with contextlib.suppress(ValueError):
                    self._seg_started = parse_line(lines[0]).time
        self._sealed = last_checkpoint_size(self._dir)

    def _repair_tail(self) -> dict | None:
        """Quarantine a torn segment tail (and a torn checkpoint line, which would otherwise
        glue itself to the next checkpoint); the returned facts go into the recovery event."""
        facts: dict = {}
        if self._torn:
            good = self._seg_bytes - len(self._torn)
            name = self._quarantine(self._seg_path, good, self._torn, f"{self._seg_no:08d}")
            facts = {"reason": "torn_write", "segment": self._seg_path.name, "offset": good,
                     "torn_bytes": len(self._torn), "quarantine": name}
            self._seg_bytes, self._torn = good, b""
        ck = self._dir.checkpoints
        _, good, size = tail(ck)
        if good != size:
            torn = ck.read_bytes()[good:]
            facts["checkpoint_quarantine"] = self._quarantine(ck, good, torn, "checkpoints")
            facts.setdefault("reason", "unclean_shutdown")
        return facts or None

    def _quarantine(self, path: Path, good: int, torn: bytes, label: str) -> str:
        """Move the bytes after offset `good` aside (0600 file, fsynced), then truncate."""
        name = f"{QUARANTINE_PREFIX}{label}-{good}-{secrets.token_hex(3)}.bin"
        fd = os.open(self._dir.path / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, torn)
            os.fsync(fd)
        finally:
            os.close(fd)
        fd = os.open(path, os.O_WRONLY)
        try:
            os.ftruncate(fd, good)
            os.fsync(fd)
        finally:
            os.close(fd)
        _sync_dir(self._dir.path)
        return name

    # -- appending ---------------------------------------------------------------------------

    def _usable(self) -> None:
        if self._closed:
            raise AuditError(f"audit log {self.log_id} is closed")
        if os.getpid() != self._pid:
            raise AuditError(f"audit log {self.log_id} belongs to process {self._pid}; "
                             "open a new AuditLog after fork")
        if self._broken is not None:
            raise AuditError(f"audit log {self.log_id} is unusable after {self._broken}")

    # -- still the files on disk -------------------------------------------------------------

    def _pin(self, role: str, path: Path, fd: int) -> None:
        st = os.fstat(fd)
        self._pinned[role] = (path, (st.st_dev, st.st_ino))

    def _still_on_disk(self, *roles: str, raise_error: bool = True) -> None:
        """Break the log (and raise) when its directory, segment or checkpoints file (`roles`,
        default all) is not what its path names now: deleted, moved or replaced."""
        if self._broken is None:
            for role in roles or tuple(self._pinned):
                path, pinned = self._pinned[role]
                try:
                    st = os.stat(path)
                    found: tuple[int, int] | None = (st.st_dev, st.st_ino)
                except OSError:
                    found = None
                if found != pinned:
                    self._healthy = False
                    self._problem = "audit directory deleted, moved or replaced"
                    self._broken = f"its {role} was deleted, moved or replaced"
                    logger.error("audit log %s: %s %s; every request is refused until "
                                 "the process restarts and opens a new log",
                                 self.log_id, path,
                                 "is gone" if found is None else "is not the file opened")
                    break
        if raise_error and self._broken is not None:
            raise AuditError(f"audit log {self.log_id} is unusable: {self._broken}")

    def _append(self, plaintext: bytes) -> int:
        self._usable()
        # One stat per record, of the file it goes into: a directory deleted, moved or
        # replaced takes its segment's path with it. The rest is checked at checkpoints.
        self._still_on_disk("segment")
        now = _now()
        seq = self._size
        line = seal(self.key, self.log_id, seq, utc_iso(now), self._last, os.urandom(12),
                    plaintext)
        s = self.settings
        if self._seg_bytes and (self._seg_bytes + len(line) + 1 > s.rotate_bytes
                                or now - self._seg_started >= timedelta(seconds=s.rotate_seconds)):
            self._guard(self._rotate, now)
        self._write(line + b"\n")
        self._tree.append(leaf_hash(line))
        self._last = line_hash(line)
        self._size += 1
        self._seg_bytes += len(line) + 1
        self._unsynced += 1
        if s.fsync == "always" or (s.fsync == "batch" and self._unsynced >= s.fsync_batch):
            self._guard(self._sync)
        if self._size - self._sealed >= s.checkpoint_every:
            self._checkpoint(now)
        self._healthy, self._problem = True, None
        return seq

    def _write(self, data: bytes) -> None:
        """One write() per line. On failure roll the file back so the next line starts clean."""
        try:
            written = os.write(self._fd, data)
            if written != len(data):
                raise OSError(errno.ENOSPC, f"short write ({written} of {len(data)} bytes)")
        except OSError as exc:
            self._healthy, self._problem = False, "audit write failed"
            try:
                os.ftruncate(self._fd, self._seg_bytes)
            except OSError:
                self._broken = "a failed write that could not be rolled back"
            raise AuditError(f"audit log {self.log_id}: write failed "
                             f"({exc.strerror or exc})") from None

    def _guard(self, fn, *args) -> None:
        """Run a flush/rotation step; after an fsync error the page cache state is unknown,
        so the log refuses further writes (the caller fails closed) until reopened."""
        try:
            fn(*args)
        except OSError as exc:
            self._healthy, self._problem = False, "audit I/O error"
            self._broken = f"an I/O error ({exc.strerror or exc})"
            raise AuditError(f"audit log {self.log_id}: {exc.strerror or exc}") from None

    def _sync(self) -> None:
        if self.settings.fsync != "never" and self._unsynced:
            _fdatasync(self._fd)
        self._unsynced = 0

    def _checkpoint(self, now: datetime) -> None:
        if self._size == 0 or self._size == self._sealed:
            return
        self._still_on_disk()

        def write() -> None:
            self._sync()  # a checkpoint never covers records that are not on disk
            cp = sign_checkpoint(self.log_id, self._size, self._tree.root(), now, self.key)
            data = checkpoint_line(cp)
            if os.write(self._ckfd, data) != len(data):
                raise OSError(errno.ENOSPC, "short write of a checkpoint")
            if self.settings.fsync != "never":
                _fdatasync(self._ckfd)
            self._sealed = self._size

        self._guard(write)

    def _rotate(self, now: datetime) -> None:
        self._checkpoint(now)
        self._sync()
        os.close(self._fd)
        self._fd = -1
        self._new_segment(now)

    def _new_segment(self, now: datetime) -> None:
        self._seg_no += 1
        self._seg_path = self._dir.path / segment_name(self._seg_no)
        self._fd = os.open(self._seg_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_EXCL,
                           0o600)
        self._pin("segment", self._seg_path, self._fd)
        if self.settings.fsync != "never":
            _sync_dir(self._dir.path)
        self._seg_bytes, self._seg_started = 0, now

    # -- closing -----------------------------------------------------------------------------

    def _release(self) -> None:
        for name in ("_fd", "_ckfd", "_dirfd"):
            fd = getattr(self, name, -1)
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)  # closing the checkpoints fd drops the flock
                setattr(self, name, -1)

    def __del__(self) -> None:
        # An abandoned log still gets its final checkpoint and releases its descriptors.
        if getattr(self, "_stop", None) is not None and not self._closed:
            with contextlib.suppress(Exception):
                self._close_quietly()

    def _seal_due(self) -> None:
        """The sealer thread's tick: fsync and sign what is not yet signed."""
        with self._lock:
            if self._closed or self._broken is not None or os.getpid() != self._pid:
                return
            self._still_on_disk(raise_error=False)  # logs the cause even when idle
            if self._broken is not None:
                return
            try:
                self._checkpoint(_now())
            except AuditError as exc:  # healthy is False now; readyz reports it
                logger.error("audit log %s: periodic checkpoint failed: %s", self.log_id, exc)

    def _close_quietly(self) -> None:
        try:
            self.close()
        except AuditError as exc:
            logger.error("audit log %s: final checkpoint failed: %s", self.log_id, exc)


def _now() -> datetime:
    return datetime.now(UTC)


def _start_sealer(ref: weakref.ref, stop: threading.Event, seconds: int, name: str) -> None:
    # Holds only a weak reference, so an abandoned log can still be collected.
    def loop() -> None:
        while not stop.wait(seconds):
            log = ref()
            if log is None:
                return
            log._seal_due()
            del log

    threading.Thread(target=loop, name=f"audit-sealer-{name}", daemon=True).start()


def _sync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def last_checkpoint_size(logdir: LogDir) -> int:
    try:
        line, _, _ = tail(logdir.checkpoints)
    except FileNotFoundError:
        return 0
    if line is None:
        return 0
    try:
        return parse_note(orjson.loads(line)["note"]).size
    except (ValueError, KeyError, TypeError):
        return 0


# -- repairing logs of dead writers ------------------------------------------------------------


def _needs_repair(logdir: LogDir) -> bool:
    sealed = last_checkpoint_size(logdir)
    for _, path in reversed(logdir.segments()):
        line, good_end, size = tail(path)
        if good_end != size:
            return True  # torn tail
        if line is not None:
            try:
                return parse_line(line).seq + 1 != sealed
            except ValueError:
                return True
    return sealed != 0


def recover_directory(directory: Path | str, keyset: Keyset,
                      settings: AuditSettings | None = None, *,
                      skip: str | None = None) -> list[str]:
    """Repair every log under `directory` whose writer is gone (torn tail or never sealed):
    quarantine, `recovery` event, checkpoint. Logs with a live writer are left alone.
    Returns the ids of the logs repaired; problems are logged, never raised, so one broken
    old log cannot stop the sidecar from starting."""
    repaired = []
    try:
        logs = find_logs(Path(directory))
    except AuditError:
        return repaired
    for logdir in logs:
        if logdir.log_id == skip or not valid_log_id(logdir.log_id):
            continue
        try:
            if writer_alive(logdir) or not _needs_repair(logdir):
                continue
            AuditLog(logdir.path.parent, keyset, settings, logdir.log_id,
                     recover_others=False).close()
            repaired.append(logdir.log_id)
        except LogInUse:
            continue  # another process got there first
        except (AuditError, OSError) as exc:
            logger.warning("audit log %s not repaired: %s", logdir.log_id, exc)
    return repaired


