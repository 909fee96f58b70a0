"""Where logs live on disk, and read-only access to them.

    <audit dir>/<log_id>/seg-00000001.jsonl    envelopes, one per line, append-only
    <audit dir>/<log_id>/seg-00000002.jsonl    next segment after rotation (chain continues)
    <audit dir>/<log_id>/checkpoints.jsonl     signed checkpoints, append-only
    <audit dir>/<log_id>/quarantine-*.bin      torn bytes moved aside by crash recovery
    <audit dir>/<log_id>/pruned.json           after retention: the signed pruned prefix

One directory per log, one log per writer process: replicas and uvicorn workers never share a
file. Review commands accept any directory above logs (e.g. one holding many replicas' audit
directories) and find every log below it.
"""

from __future__ import annotations

import fcntl
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import AuditError

if TYPE_CHECKING:
    from .prefix import Prefix

SEGMENT_RE = re.compile(r"^seg-(\d{8})\.jsonl$")
CHECKPOINTS = "checkpoints.jsonl"
QUARANTINE_PREFIX = "quarantine-"
BUNDLE_MANIFEST = "manifest.json"  # marks an evidence bundle directory (see bundle.py)


def segment_name(number: int) -> str:
    return f"seg-{number:08d}.jsonl"


@dataclass(frozen=True)
class LogDir:
    path: Path

    @property
    def log_id(self) -> str:
        return self.path.name

    @property
    def checkpoints(self) -> Path:
        return self.path / CHECKPOINTS

    def segments(self) -> list[tuple[int, Path]]:
        """The segments on disk in order; after retention, those from the pruned prefix's
        first segment on (older ones left by a prune cut short are pruned already)."""
        found = []
        for entry in os.scandir(self.path):
            m = SEGMENT_RE.match(entry.name)
            if m and entry.is_file():
                found.append((int(m.group(1)), Path(entry.path)))
        try:
            prefix = self.prefix()
        except AuditError:
            prefix = None  # the verifier reports it; the writer refuses to open
        if prefix is not None:
            found = [(n, p) for n, p in found if n >= prefix.segment]
        return sorted(found)

    def prefix(self) -> Prefix | None:
        """What retention pruned from this log (`prefix.py`); None when nothing was."""
        from .prefix import read_prefix

        return read_prefix(self.path)


def is_bundle(path: Path) -> bool:
    if not isinstance(path, Path):
        return False  # the central store (pgstore.Store)
    return (path / BUNDLE_MANIFEST).is_file() if path.is_dir() else path.name == BUNDLE_MANIFEST


def bundle_root(path: Path) -> Path:
    return path if path.is_dir() else path.parent


def find_logs(target: Path) -> list[LogDir]:
    """Every log at or below `target` (a directory, a segment file or a checkpoints file), or
    every log of the central store (a `pgstore.Store`, read back in the same shape)."""
    if not isinstance(target, Path):
        return target.logs()
    if target.is_file():
        if SEGMENT_RE.match(target.name) or target.name == CHECKPOINTS:
            return [LogDir(target.parent)]
        raise AuditError(f"{target}: not an audit segment or checkpoints file")
    if not target.is_dir():
        raise AuditError(f"{target}: no such file or directory")
    logs = []
    for root, dirs, files in os.walk(target):
        dirs.sort()
        if CHECKPOINTS in files or any(SEGMENT_RE.match(f) for f in files):
            logs.append(LogDir(Path(root)))
    return sorted(logs, key=lambda d: str(d.path))


def read_lines(path: Path) -> tuple[list[bytes], bytes]:
    """(complete lines without newline, bytes after the last newline). Read-only.
    A non-file source (the central store's `pgstore.StoreFile`) reads itself."""
    if not isinstance(path, Path):
        return path.read_lines()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AuditError(f"{path}: cannot read ({exc.strerror})") from None
    lines = data.split(b"\n")
    torn = lines.pop()
    return lines, torn


def tail(path: Path, chunk: int = 65536) -> tuple[bytes | None, int, int]:
    """(last complete line or None, offset just after it, file size), reading from the end."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        buf, start = b"", size
        while start > 0 and buf.count(b"\n") < 2:
            step = min(chunk, start)
            start -= step
            fh.seek(start)
            buf = fh.read(step) + buf
    cut = buf.rfind(b"\n")
    if cut < 0:
        return None, 0, size
    prev = buf.rfind(b"\n", 0, cut)  # -1 when the line starts the file
    return buf[prev + 1:cut], start + cut + 1, size


def writer_alive(logdir: LogDir) -> bool:
    """True while a writer holds the log (its exclusive flock on checkpoints.jsonl)."""
    if not isinstance(logdir, LogDir):
        return logdir.alive()  # a log read back from the central store
    try:
        fd = os.open(logdir.checkpoints, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # also drops our shared lock at once
