"""Prometheus metrics. Labels are routes, decisions, card ids, entity types and status codes:
bounded vocabularies chosen by us, never a value from a prompt."""

from __future__ import annotations

from collections import Counter

from prometheus_client import Counter as PromCounter
from prometheus_client import Gauge, Histogram

_MS = (1, 2, 5, 10, 15, 20, 30, 50, 75, 100, 200, 500, 1000, 2000, 5000, 30000)

REQUESTS = PromCounter(
    "sovereign_guard_requests_total", "Requests by route, decision, vendor card and status",
    ["route", "decision", "vendor", "status"],
)
REFUSALS = PromCounter(
    "sovereign_guard_refusals_total", "Requests refused before leaving, by reason code",
    ["route", "status", "code"],
)
ATTEMPTS = PromCounter(
    "sovereign_guard_vendor_attempts_total",
    "Vendor attempts by card and outcome (ok, connect, timeout, error, 429, 4xx, 5xx)",
    ["card", "outcome"],
)
ENTITIES = PromCounter(
    "sovereign_guard_entities_total", "Sensitive values found, by entity type and action",
    ["type", "action"],
)
RELOADS = PromCounter(
    "sovereign_guard_reloads_total",
    "Reloads of policy and model cards by trigger (sighup, watch, call) and outcome (ok, failed)",
    ["trigger", "outcome"],
)
DETECT_MS = Histogram(
    "sovereign_guard_detection_ms", "Detection and redaction time per request (ms)", ["route"],
    buckets=_MS,
)
QUEUE_MS = Histogram(
    "sovereign_guard_detection_queue_ms",
    "Time a request waited for a detection thread before its detection began (ms)",
    buckets=_MS,
)
# Gauges of the detection executor (server/overload.py), summed over live workers under
# `serve --workers N`. Admitted = running + waiting; past its capacity requests get 503.
QUEUE_DEPTH = Gauge(
    "sovereign_guard_detection_queue_depth",
    "Requests admitted and waiting for a detection thread (not yet running)",
    multiprocess_mode="livesum",
)
ADMITTED = Gauge(
    "sovereign_guard_detection_admitted",
    "Requests admitted to detection: running plus waiting (503 beyond the capacity)",
    multiprocess_mode="livesum",
)
CONNECTIONS_CLOSED = PromCounter(
    "sovereign_guard_connections_closed_total",
    "Client connections closed, by reason (keep_alive_idle, header_timeout, shutdown, "
    "protocol_error, closed_after_answer, peer_closed, peer_closed_mid_request, reset)",
    ["reason"],
)
UPSTREAM_MS = Histogram(
    "sovereign_guard_upstream_ms", "Vendor time per request incl. restore (ms)", ["route"],
    buckets=_MS,
)


def _route(route: str) -> str:
    from .adapters import ROUTES

    return route if route in ROUTES else "other"  # a client-chosen path is not a label


def observe_detection(route: str, ms: float, protected) -> None:
    DETECT_MS.labels(_route(route)).observe(ms)
    counts = Counter((f.type, f.action.value) for f in protected.findings)
    for (kind, action), n in counts.items():  # one labels() lookup per type, not per finding
        ENTITIES.labels(kind, action).inc(n)


def observe_response(route: str, decision: str, vendor: str, status: int, ms: float) -> None:
    REQUESTS.labels(_route(route), decision, vendor, str(status)).inc()
    UPSTREAM_MS.labels(_route(route)).observe(ms)


def observe_attempt(card: str, outcome: str) -> None:
    ATTEMPTS.labels(card, outcome).inc()


def observe_refusal(route: str, status: int, code: str) -> None:
    REFUSALS.labels(_route(route), str(status), code).inc()
    REQUESTS.labels(_route(route), "block", "", str(status)).inc()


def observe_reload(trigger: str, outcome: str) -> None:
    RELOADS.labels(trigger, outcome).inc()


def observe_queue(ms: float) -> None:
    QUEUE_MS.observe(ms)


def observe_connection_closed(reason: str) -> None:
    CONNECTIONS_CLOSED.labels(reason).inc()
