"""`audit report`: what happened to the selected requests, as numbers an auditor can check.

Refused requests are told apart by the status the pipeline recorded with its `block` record:
403 is the policy's refusal; any other 4xx is the client's own error (not JSON, no `model`, an
unknown model, a body over the limit); 5xx is the guard failing closed (detection or audit
unavailable). Only codes, ids, times and counts are reported, never values.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from typing import Any

from .concentration import concentration
from .report import Report
from .review import Record

DECISIONS = ("allow", "redact", "reroute", "block")
# The series of the day chart and the per-day table: a `block` split by who caused it.
SERIES = ("allow", "redact", "reroute", "block", "client_error", "guard_error")
SERIES_TITLES = {"allow": "allow", "redact": "redact", "reroute": "reroute",
                 "block": "blocked by policy", "client_error": "client error",
                 "guard_error": "guard error"}
# Reason codes of client errors, for records without a status (written before statuses were).
CLIENT_CODES = frozenset({"invalid_json", "invalid_encoding", "invalid_body", "missing_model",
                          "model_not_found", "body_too_large", "unknown_route",
                          "unsupported_media_type"})
GUARD_CODES = frozenset({"detection_failed", "audit_unavailable", "overloaded"})
BLOCKED_SHOWN = 200  # rows of the blocked-requests list in text and HTML (JSON has all)


def outcome(status: int | None, decision: str | None, reasons: list[str]) -> str:
    """One of SERIES (or "none"): what became of a request, by its request record."""
    if decision != "block":
        return decision or "none"
    if status is None:
        if any(r in CLIENT_CODES for r in reasons):
            return "client_error"
        return "guard_error" if any(r in GUARD_CODES for r in reasons) else "block"
    if status >= 500:
        return "guard_error"
    return "client_error" if 400 <= status < 500 and status != 403 else "block"


def percentile(values: list[float], pct: int) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0], 1)
    cuts = statistics.quantiles(values, n=100, method="inclusive")  # cuts[k-1] is p_k
    return round(cuts[pct - 1], 1)


def summarise(rows: list[Record]) -> dict[str, Any]:
    c: dict[str, Counter[str]] = defaultdict(Counter)
    days: dict[str, Counter[str]] = defaultdict(Counter)
    blocked: list[dict[str, Any]] = []
    vendors: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"statuses": Counter(), "errors": Counter(), "total": [], "vendor": []})
    for r in rows:
        e = r.event
        assert e is not None
        c["kinds"][e.kind] += 1
        if e.kind == "response":
            v = vendors[e.card_id or e.vendor or "(none)"]
            v["statuses"][str(e.status) if e.status is not None else "none"] += 1
            if (e.status or 0) >= 500 or e.error:
                v["errors"][f"{e.status or '-'} {e.error or ''}".strip()] += 1
            if "total" in e.latency_ms:
                total = e.latency_ms["total"]
                v["total"].append(total)
                vendor = total - e.latency_ms.get("detect", 0.0)
                v["vendor"].append(max(0.0, e.latency_ms.get("upstream", vendor)))
            continue
        if e.kind != "request":
            continue
        what = outcome(e.status, e.decision, e.reasons)
        c["decisions"][e.decision or "none"] += 1
        c["outcomes"][what] += 1
        days[e.time.date().isoformat()][what] += 1
        if what in ("block", "reroute"):
            c["reasons"].update(e.reasons)
        elif what in ("client_error", "guard_error"):
            c[what + "s"].update(e.reasons or ["(none)"])
        if what in ("block", "client_error", "guard_error"):
            blocked.append({
                "time": e.time.isoformat(), "request_id": e.request_id,
                "caller_request_id": e.caller_request_id, "log_id": r.log_id,
                "seq": r.envelope.seq, "outcome": what, "status": e.status, "door": e.door,
                "card_id": e.requested_card_id or e.card_id, "reasons": list(e.reasons)})
        for x in e.entities:
            c["entities"][x.type] += x.count
        c["vendors"][e.card_id or e.vendor or "(none)"] += 1
        c["data_classes"][e.detected_class or "(none)"] += 1
        c["outbound_classes"][e.outbound_class or "(none)"] += 1
        c["doors"][e.door] += 1
        c["companies"][e.vendor or "(none)"] += 1
        c["replicas"][r.log_id] += 1  # one audit log per sidecar process: the fleet view
    times = [r.event.time for r in rows if r.event is not None]
    o = c["outcomes"]
    return {
        "records": len(rows), "requests": c["kinds"]["request"], "kinds": dict(c["kinds"]),
        "first": min(times).isoformat() if times else None,
        "last": max(times).isoformat() if times else None,
        "outcomes": {"passed": o["allow"] + o["redact"] + o["reroute"] + o["none"],
                     "blocked_by_policy": o["block"], "client_errors": o["client_error"],
                     "guard_errors": o["guard_error"]},
        **{k: dict(c[k].most_common()) for k in (
            "decisions", "reasons", "client_errors", "guard_errors", "entities", "vendors",
            "data_classes", "outbound_classes", "doors", "companies", "replicas")},
        "blocked": blocked,
        "concentration": concentration(rows, lambda e: outcome(e.status, e.decision,
                                                                   e.reasons)),
        "vendor_answers": {card: _vendor(v) for card, v in sorted(vendors.items())},
        "per_day": {d: {s: n[s] for s in SERIES if n[s]} for d, n in sorted(days.items())},
    }


def _vendor(v: dict[str, Any]) -> dict[str, Any]:
    statuses: Counter[str] = v["statuses"]
    return {"responses": sum(statuses.values()), "statuses": dict(sorted(statuses.items())),
            "vendor_errors": sum(n for s, n in statuses.items() if s.isdigit() and int(s) >= 500),
            "errors": dict(v["errors"].most_common()), "timed": len(v["total"]),
            "total_ms": {"p50": percentile(v["total"], 50), "p95": percentile(v["total"], 95)},
            "vendor_ms": {"p50": percentile(v["vendor"], 50),
                          "p95": percentile(v["vendor"], 95)}}


def integrity_line(report: Report | None) -> str:
    if report is None:
        return "not checked"
    t = report.totals()
    verdict = "OK" if report.ok else "FAILED (run `audit verify`)"
    return (f"{t['valid']}/{t['records']} records valid, {t['checkpoints_valid']}/"
            f"{t['checkpoints']} checkpoints valid: {verdict}")


def clean(text: object) -> str:
    return "".join(c if c.isprintable() else "?" for c in str(text))


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


CONCENTRATION_NOTE = ("forwarded requests and their tokens (the answer's usage) by the company "
                      "whose card answered (or was tried last); refused by policy and "
                      "failovers apart, not in the shares")
CONCENTRATION_HEAD = ("company", "requests", "share %", "tokens in", "tokens out", "share %",
                      "no usage", "failed over away", "failed over in", "blocked by policy")


def concentration_rows(c: dict[str, Any]) -> list[tuple]:
    return [(company, v["requests"], _pct(v["request_share"]), v["input_tokens"],
             v["output_tokens"], _pct(v["token_share"]), v["untokened"], v["failed_over_away"],
             v["failed_over_in"], v["blocked"]) for company, v in c["companies"].items()]


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def concentration_text(c: dict[str, Any]) -> list[str]:
    out = [f"Vendor concentration ({CONCENTRATION_NOTE}):",
           f"  {c['requests']} requests forwarded, {c['tokens']} tokens",
           "  " + "company".ljust(30) + "".join(h.rjust(10) for h in (
               "requests", "share %", "tok in", "tok out", "share %", "no usage", "away",
               "in", "blocked"))]
    out += ["  " + clean(row[0])[:29].ljust(30) + "".join(str(x).rjust(10) for x in row[1:])
            for row in concentration_rows(c)] or ["  (none)"]
    out += ["  (away: attempts at the company's cards that failed and went to another card; "
            "in: requests it answered after another card failed; no usage: answers without "
            "token counts, e.g. an OpenAI stream without stream_options.include_usage)", ""]
    return out


def summary_text(s: dict[str, Any], target: str, integrity: Report | None) -> str:
    o = s["outcomes"]
    out = [f"Audit report for {target}",
           f"period: {s['first'] or '-'} .. {s['last'] or '-'}",
           f"integrity: {integrity_line(integrity)}",
           f"records: {s['records']} ({', '.join(f'{k} {v}' for k, v in s['kinds'].items())})",
           f"requests: {s['requests']} (passed {o['passed']}, blocked by policy "
           f"{o['blocked_by_policy']}, client errors {o['client_errors']}, guard errors "
           f"{o['guard_errors']})", ""]
    for title, key in (("Decisions", "decisions"),
                       ("Blocked by policy / rerouted: reasons", "reasons"),
                       ("Client errors (refused as malformed, not by policy)", "client_errors"),
                       ("Guard errors (refused failing closed, nothing sent)", "guard_errors"),
                       ("Entities by type", "entities"), ("Vendors (model card)", "vendors"),
                       ("Detected data class", "data_classes"),
                       ("Outbound data class", "outbound_classes"), ("Doors", "doors"),
                       ("Replicas (audit log)", "replicas")):
        out.append(f"{title}:")
        out += [f"  {clean(k):<52} {v:>8}" for k, v in s[key].items()] or ["  (none)"]
        out.append("")
    out += concentration_text(s["concentration"])
    out.append("Vendor answers (ms through the guard / at the vendor):")
    out.append("  " + "card".ljust(30) + "".join(h.rjust(10) for h in (
        "answers", "5xx", "p50", "p95", "vend p50", "vend p95")))
    for card, v in s["vendor_answers"].items():
        t, w = v["total_ms"], v["vendor_ms"]
        out.append("  " + clean(card)[:29].ljust(30) + "".join(str(x).rjust(10) for x in (
            v["responses"], v["vendor_errors"], _ms(t["p50"]), _ms(t["p95"]), _ms(w["p50"]),
            _ms(w["p95"]))))
    if not s["vendor_answers"]:
        out.append("  (none)")
    out += ["", "Vendor errors (5xx, upstream failures):"]
    errors = [(card, k, n) for card, v in s["vendor_answers"].items()
              for k, n in v["errors"].items()]
    out += [f"  {clean(card)[:29]:<30} {clean(k):<30} {n:>8}" for card, k, n in errors] \
        or ["  (none)"]
    out += ["", "Blocked requests:"]
    out.append("  " + "time (UTC)".ljust(22) + "record id".ljust(37) + "caller's id".ljust(22)
               + "status".ljust(8) + "outcome".ljust(19) + "reason codes")
    for b in s["blocked"][:BLOCKED_SHOWN]:
        out.append(f"  {b['time'][:19] + 'Z':<22}{clean(b['request_id'])[:36]:<37}"
                   f"{clean(b['caller_request_id'] or '-')[:21]:<22}{b['status'] or '-'!s:<8}"
                   f"{SERIES_TITLES[b['outcome']]:<19}{clean(';'.join(b['reasons']) or '-')}")
    if len(s["blocked"]) > BLOCKED_SHOWN:
        out.append(f"  ... {len(s['blocked']) - BLOCKED_SHOWN} more: `audit show DIR "
                   "--decision block`")
    if not s["blocked"]:
        out.append("  (none)")
    out += ["", "Per day (UTC):",
            "  " + "date".ljust(12) + "".join(x.rjust(9) for x in (
                "allow", "redact", "reroute", "block", "client", "guard", "total"))]
    for day, counts in s["per_day"].items():
        out.append("  " + day.ljust(12) + "".join(str(counts.get(d, 0)).rjust(9)
                                                  for d in SERIES)
                   + str(sum(counts.values())).rjust(9))
    return "\n".join(out) + "\n"
