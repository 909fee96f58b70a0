"""Helpers shared by the audit tests (no tests here)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from sovereign_guard.audit import AuditEvent, AuditLog, Keyset
from sovereign_guard.audit.report import Report
from sovereign_guard.audit.verify import verify_target
from sovereign_guard.policy import AuditSettings

LOG_ID = "test-log"


def settings(**overrides) -> AuditSettings:
    base = {"checkpoint_every": 5, "fsync": "never"}
    return AuditSettings(**{**base, **overrides})


def event(i: int = 0, **overrides) -> AuditEvent:
    fields = {
        "request_id": f"req-{i}", "time": datetime(2025, 3, 1 + i % 3, 12, 0, i % 60, tzinfo=UTC),
        "door": "sidecar", "route": "/v1/chat/completions", "vendor": "OpenAI",
        "card_id": "openai/gpt-5", "card_hash": "c" * 64, "policy_id": "default@1",
        "policy_hash": "p" * 64, "decision": ("allow", "redact", "reroute", "block")[i % 4],
        "reasons": ["secret_detected"] if i % 4 == 3 else [],
        "detected_class": ("internal", "confidential")[i % 2],
        "entities": [{"type": "PERSON", "count": 1, "action": "pseudonymize",
                      "offsets": [(0, 3, 8)]}],
        "redacted_text": [f"Hi <PERSON_{i:06x}>"],
    }
    return AuditEvent(**{**fields, **overrides})


def write_log(directory: Path, keyset: Keyset, n: int, *, log_id: str = LOG_ID,
              start: int = 0, **overrides) -> Path:
    with AuditLog(directory, keyset, settings(**overrides), log_id=log_id,
                  recover_others=False) as log:
        for i in range(start, start + n):
            log.append(event(i))
    return directory / log_id


def segment(logdir: Path, number: int = 1) -> Path:
    return logdir / f"seg-{number:08d}.jsonl"


def verify(path: Path, keys: Keyset, against: list[str] | None = None) -> Report:
    return verify_target(path, keys, against=against)


def problem_texts(report: Report) -> list[str]:
    found = [p.text() for p in report.problems]
    for log in report.logs:
        found += [p.text() for p in log.problems]
    return found


def snapshot(root: Path) -> dict[str, str]:
    """Path -> SHA-256 of every file below root (to prove readers wrote nothing)."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}
