"""The encrypted, tamper-evident audit trail: writer, keys, checkpoints, verify, review.

    from sovereign_guard.audit import AuditEvent, AuditLog, Keyset, load_keyset, ensure_keyset

Modules: `events` (what a record holds), `keys` (keyset, env format), `envelope` (one line),
`merkle` (RFC 9162), `checkpoint` (C2SP signed notes), `store` (layout on disk), `writer`
(append, rotation, crash recovery), `verify` + `report`, `review` (show/report),
`bundle` (evidence export and its verification), `html` (the report page); the central
PostgreSQL store: `pgschema` (tables, triggers, grants), `pgstore` (connecting, reading logs
back for verify and review), `ship` (the shipper and the sidecar's thread), `shipped`
(status and retention).
"""

from __future__ import annotations

from .events import AuditEvent, EntitySummary, Fingerprint
from .keys import KEY_ENV, AuditKey, Keyset, default_keyset_path, ensure_keyset, load_keyset
from .verify import verify_target
from .writer import AuditLog, default_log_id, recover_directory

__all__ = [
    "KEY_ENV",
    "AuditEvent",
    "AuditKey",
    "AuditLog",
    "EntitySummary",
    "Fingerprint",
    "Keyset",
    "default_keyset_path",
    "default_log_id",
    "ensure_keyset",
    "load_keyset",
    "recover_directory",
    "verify_target",
]
