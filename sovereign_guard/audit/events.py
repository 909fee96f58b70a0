"""What one audit record holds: the pydantic model the pipeline fills.

The writer never inspects content; the pipeline guarantees only redacted text, entity types,
counts, offsets and keyed (HMAC) fingerprints go in, never a raw value.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

# `failover`: written before a request is re-sent to another card after a vendor failure
# (nothing leaves unless its destination was recorded first). `reload`: policy and cards
# re-read while serving (reload.py), `details` holding the outcome and the old and new hashes.
EventKind = Literal["request", "response", "failover", "recovery", "startup", "shutdown",
                    "reload"]
Decision = Literal["allow", "redact", "reroute", "block"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EntitySummary(_Model):
    type: str
    count: int = Field(ge=0)
    action: str
    # (part index, start, end): where in which user-text part the entity was found.
    offsets: list[tuple[int, int, int]] = []


class Fingerprint(_Model):
    type: str
    hmac: str  # hex, keyed by the tenant key; the pipeline computes it


class AuditEvent(_Model):
    kind: EventKind = "request"
    request_id: str  # the record's own id, generated: unique whatever the caller sends
    # The caller's `x-sovereign-guard-request-id` when it sent a plain token, kept verbatim to
    # join with the caller's logs; callers may reuse ids, so it identifies nothing alone.
    caller_request_id: str | None = None
    time: datetime
    door: str = "sidecar"  # sidecar | transport | decorator | cli | writer (recovery)
    caller: str | None = None
    route: str | None = None
    model_requested: str | None = None
    vendor: str | None = None
    card_id: str | None = None
    card_hash: str | None = None
    requested_card_id: str | None = None
    policy_id: str = ""
    policy_hash: str = ""
    decision: Decision | None = None
    reasons: list[str] = []
    detected_class: str | None = None
    outbound_class: str | None = None
    entities: list[EntitySummary] = []
    fingerprints: list[Fingerprint] = []
    signals_sent: dict[str, str] = {}
    controls_sent: dict[str, Any] = {}
    # Names (never values) of client headers the allow-list kept from the vendor.
    headers_dropped: list[str] = []
    vendor_confirmed: dict[str, Any] = {}
    status: int | None = None
    latency_ms: dict[str, float] = {}
    redacted_text: list[str] = []
    # Images and audio the policy let through without inspection: kind, media type, bytes.
    unscanned_media: list[dict[str, Any]] = []
    error: str | None = None
    details: dict[str, Any] = {}
    # Every vendor tried for this request, in order: card id, outcome, HTTP status, latency.
    attempts: list[dict[str, Any]] = []
    # The answer's token counts from its usage object ({"input": n, "output": m}; counts
    # only), on response records: the concentration figures of `audit report`.
    tokens: dict[str, int] = {}

    @field_validator("time")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        # Naive times are taken as UTC so every record compares on one clock (AU-8).
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def to_json(self) -> bytes:
        return self.model_dump_json().encode("utf-8")
