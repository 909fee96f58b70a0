"""Reading decrypted events for `audit show`, `report` and `export` (AU-7: review without
altering the records; every file is opened read-only)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import orjson
from cryptography.exceptions import InvalidTag
from pydantic import ValidationError

from ..errors import AuditError
from .envelope import Envelope, parse_line
from .events import AuditEvent
from .keys import Keyset
from .store import LogDir, bundle_root, find_logs, is_bundle, read_lines


@dataclass
class Record:
    log_id: str
    index: int  # position in the log's Merkle tree (equals seq in an intact log)
    line: bytes
    envelope: Envelope
    event: AuditEvent | None = None


@dataclass
class Reader:
    """Iterates the events under a path; counts what it could not read instead of failing."""

    keys: Keyset
    decrypt: bool = True
    unreadable: int = 0
    logs: int = 0

    def records(self, target: Path) -> Iterator[Record]:
        if is_bundle(target):
            yield from self.bundle_records(bundle_root(target))
            return
        for logdir in find_logs(target):
            self.logs += 1
            yield from self.log_records(logdir)

    def bundle_records(self, root: Path) -> Iterator[Record]:
        """The selected records of an evidence bundle (`audit verify` checks their proofs)."""
        lines, _ = read_lines(root / "records.jsonl")
        for raw in lines:
            try:
                doc = orjson.loads(raw)
                if not doc["selected"]:
                    continue
                log_id, index, line = doc["log_id"], doc["index"], doc["line"].encode("ascii")
            except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError, UnicodeError):
                self.unreadable += 1
                continue
            record = self.record(str(log_id), int(index), line)
            if record is not None:
                yield record

    def log_records(self, logdir: LogDir) -> Iterator[Record]:
        prefix = logdir.prefix() if hasattr(logdir, "prefix") else None
        index = prefix.size if prefix is not None else 0  # after retention: seq numbers go on
        for _, path in logdir.segments():
            lines, _ = read_lines(path)
            for line in lines:
                record = self.record(logdir.log_id, index, line)
                index += 1
                if record is not None:
                    yield record

    def record(self, log_id: str, index: int, line: bytes) -> Record | None:
        try:
            env = parse_line(line)
        except ValueError:
            self.unreadable += 1
            return None
        record = Record(log_id, index, line, env)
        if not self.decrypt:
            return record
        key = self.keys.get(env.kid)
        try:
            if key is None:
                raise KeyError(env.kid)
            record.event = AuditEvent.model_validate_json(env.open(key))
        except (KeyError, InvalidTag, ValidationError, AuditError):
            self.unreadable += 1
            return None
        return record


@dataclass
class Filters:
    since: datetime | None = None
    until: datetime | None = None
    vendor: str | None = None
    decision: str | None = None
    data_class: str | None = None
    entity: str | None = None
    describe: dict[str, str] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.since, self.until, self.vendor, self.decision,
                                           self.data_class, self.entity))

    def match(self, e: AuditEvent) -> bool:
        if self.since is not None and e.time < self.since:
            return False
        if self.until is not None and e.time >= self.until:
            return False
        if self.vendor is not None:
            v = self.vendor.lower()
            names = {(e.vendor or "").lower(), (e.card_id or "").lower()}
            if v not in names and not (e.card_id or "").lower().startswith(v + "/"):
                return False
        if self.decision is not None and e.decision != self.decision:
            return False
        if self.data_class is not None and self.data_class not in (e.detected_class,
                                                                   e.outbound_class):
            return False
        return self.entity is None or any(x.type.upper() == self.entity.upper()
                                          for x in e.entities)


def parse_time(text: str, *, end: bool = False) -> datetime:
    """ISO date or date-time; naive means UTC. A bare date as `--until` includes that day."""
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            moment = datetime.combine(day + timedelta(days=1 if end else 0), time(), UTC)
        else:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            # --until with a time is inclusive of that instant
            moment = moment + timedelta(microseconds=1) if end else moment
    except ValueError:
        raise AuditError(f"not an ISO date or date-time: {text[:40]!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def select(reader: Reader, target: Path, filters: Filters) -> list[Record]:
    rows = [r for r in reader.records(target) if r.event is not None and filters.match(r.event)]
    rows.sort(key=lambda r: (r.event.time, r.log_id, r.index))  # type: ignore[union-attr]
    return rows


# -- output formats -------------------------------------------------------------------------

CSV_COLUMNS = ("time", "log_id", "seq", "kind", "request_id", "caller_request_id", "door",
               "caller", "route", "vendor", "card_id", "decision", "reasons", "detected_class",
               "outbound_class", "entities", "status", "latency_ms_total", "error")


def _entities(e: AuditEvent) -> str:
    return ";".join(f"{x.type}:{x.count}" for x in e.entities)


def _row(r: Record) -> dict[str, str]:
    e = r.event
    assert e is not None
    return {"time": e.time.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "log_id": r.log_id,
            "seq": str(r.envelope.seq), "kind": e.kind, "request_id": e.request_id,
            "caller_request_id": e.caller_request_id or "",
            "door": e.door, "caller": e.caller or "", "route": e.route or "",
            "vendor": e.vendor or "", "card_id": e.card_id or "", "decision": e.decision or "",
            "reasons": ";".join(e.reasons), "detected_class": e.detected_class or "",
            "outbound_class": e.outbound_class or "", "entities": _entities(e),
            "status": "" if e.status is None else str(e.status),
            "latency_ms_total": str(e.latency_ms.get("total", "")), "error": e.error or ""}


# A cell a spreadsheet would read as a formula (OWASP "CSV injection"): a caller name like
# `=HYPERLINK(...)` must stay text. Tab and CR count too (Excel trims and re-parses them).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    """A value as a spreadsheet shows it literally: a leading `'` before formula triggers."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def to_csv(rows: list[Record]) -> str:
    buf = io.StringIO()
    # Every cell quoted (OWASP), quotes inside doubled by the csv module.
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n",
                            quoting=csv.QUOTE_ALL)
    writer.writeheader()
    for r in rows:
        writer.writerow({k: csv_cell(v) for k, v in _row(r).items()})
    return buf.getvalue()


def to_json(rows: list[Record]) -> str:
    items = [orjson.dumps({"log_id": r.log_id, "seq": r.envelope.seq,
                           **r.event.model_dump(mode="json")}).decode()  # type: ignore[union-attr]
             for r in rows]
    return "[\n" + ",\n".join(items) + ("\n]\n" if items else "]\n")


def to_table(rows: list[Record]) -> str:
    cols = (("TIME", 20), ("LOG:SEQ", 26), ("REQUEST ID", 35), ("CALLER ID", 20), ("KIND", 8),
            ("DECISION", 8), ("CARD", 24), ("CLASS", 26), ("ENTITIES", 30), ("REASONS", 40))
    lines = ["  ".join(name.ljust(width) for name, width in cols).rstrip()]
    for r in rows:
        d = _row(r)
        cls = d["detected_class"] + (f"->{d['outbound_class']}" if d["outbound_class"] else "")
        cells = (d["time"][:19] + "Z", f"{r.log_id[-18:]}:{d['seq']}", d["request_id"],
                 d["caller_request_id"] or "-", d["kind"],
                 d["decision"] or "-", d["card_id"] or "-", cls or "-",
                 d["entities"] or "-", d["reasons"] or "-")
        lines.append("  ".join(_fit(c, w) for c, (_, w) in zip(cells, cols, strict=True))
                     .rstrip())
    lines.append(f"({len(rows)} record(s))")
    return "\n".join(lines) + "\n"


def _fit(text: str, width: int) -> str:
    text = "".join(c if c.isprintable() else "?" for c in text)  # no terminal escapes
    return (text[: width - 1] + "~" if len(text) > width else text).ljust(width)
