"""Vendor concentration: each vendor company's share of the traffic that left, for
`audit report` (the lock-in at a glance).

A forwarded request counts for the company whose card answered it (its response record;
after a failover the last card tried, even when it failed too), with the tokens of that
answer's usage. Kept apart,
never in the shares: requests refused by policy (for the company of the card asked for,
nothing left), and failovers (`away`: attempts at a company's card that failed and went
elsewhere; `in`: requests a company answered after another card failed). Only counts.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .review import Record

PASSED = ("allow", "redact", "reroute")


def _share(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def concentration(rows: list[Record], outcome_of) -> dict[str, Any]:
    """Per company: requests, share, tokens in and out, token share, answers without usage,
    failed over away and in, blocked by policy. `outcome_of(event)` is the report's outcome."""
    # (log id, request id) -> its request record, its (last) response record: a request's
    # records are all in the log of the process that served it
    requests: dict[tuple[str, str], Any] = {}
    answers: dict[tuple[str, str], Any] = {}
    company_of: dict[str, str] = {}  # card id -> company, from every record naming both
    for r in rows:
        e = r.event
        if e is None:
            continue
        if e.card_id and e.vendor:
            company_of.setdefault(e.card_id, e.vendor)
        if e.kind == "request":
            requests[r.log_id, e.request_id] = e
        elif e.kind == "response":
            answers[r.log_id, e.request_id] = e
    table: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(
        ("requests", "input_tokens", "output_tokens", "untokened", "failed_over_away",
         "failed_over_in", "blocked"), 0))
    for key, e in requests.items():
        what = outcome_of(e)
        if what == "block":
            table[e.vendor or "(none)"]["blocked"] += 1
            continue
        if what not in PASSED:
            continue
        answer = answers.get(key)
        final = answer if answer is not None else e
        row = table[final.vendor or e.vendor or "(none)"]
        row["requests"] += 1
        if answer is not None and answer.tokens:
            row["input_tokens"] += answer.tokens.get("input", 0)
            row["output_tokens"] += answer.tokens.get("output", 0)
        else:
            row["untokened"] += 1
        attempts = answer.attempts if answer is not None else []
        for a in attempts[:-1]:  # every attempt but the last moved the request elsewhere
            table[company_of.get(a.get("card", ""), "(unknown)")]["failed_over_away"] += 1
        if len(attempts) > 1:
            row["failed_over_in"] += 1
    total_requests = sum(v["requests"] for v in table.values())
    total_tokens = sum(v["input_tokens"] + v["output_tokens"] for v in table.values())
    out = {}
    for company, v in sorted(table.items(), key=lambda kv: (-kv[1]["requests"], kv[0])):
        tokens = v["input_tokens"] + v["output_tokens"]
        out[company] = {**v, "tokens": tokens,
                        "request_share": _share(v["requests"], total_requests),
                        "token_share": _share(tokens, total_tokens)}
    return {"companies": out, "requests": total_requests, "tokens": total_tokens}
