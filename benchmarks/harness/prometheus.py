"""Histograms read from a Prometheus text page (the sidecar's /metrics), and what changed
between two scrapes, with quantiles estimated from the buckets as Prometheus does."""

from __future__ import annotations

import re

import httpx

_METRIC = re.compile(
    r'^sovereign_guard_(detection|upstream)_ms_(bucket|sum|count)\{([^}]*)\} (\S+)$')


def scrape(url: str, route: str = "chat/completions") -> dict:
    """`histograms` of the /metrics page at `url` (empty when the server does not answer in
    time: a saturated server's figures are still worth having without its histograms)."""
    try:
        return histograms(httpx.get(url, timeout=30.0).text, route)
    except httpx.HTTPError:
        return {}


def histograms(text: str, route: str = "chat/completions") -> dict:
    """The sidecar's detection and upstream histograms of one route, from a Prometheus text
    page: {name: {"buckets": {le: n}, "sum": s, "count": n}} (`le` as a float, +Inf too)."""
    out: dict = {}
    for line in text.splitlines():
        m = _METRIC.match(line)
        if not m or f'route="{route}"' not in m.group(3):
            continue
        h = out.setdefault(m.group(1), {"buckets": {}, "sum": 0.0, "count": 0.0})
        if m.group(2) == "bucket":
            le = re.search(r'le="([^"]+)"', m.group(3)).group(1)
            h["buckets"][float(le)] = float(m.group(4))
        else:
            h[m.group(2)] = float(m.group(4))
    return out


def histogram_delta(before: dict, after: dict, name: str) -> dict | None:
    a, b = after.get(name), before.get(name, {"buckets": {}, "sum": 0.0, "count": 0.0})
    if not a or a["count"] - b["count"] <= 0:
        return None
    count = a["count"] - b["count"]
    buckets = sorted((le, n - b["buckets"].get(le, 0.0)) for le, n in a["buckets"].items())

    def quantile(q: float) -> float:  # linear within the bucket, as Prometheus does
        rank, lower, below = q * count, 0.0, 0.0
        for le, n in buckets:
            if n >= rank:
                if le == float("inf"):
                    return lower
                return lower + (le - lower) * ((rank - below) / max(n - below, 1e-9))
            lower, below = le, n
        return lower

    return {"count": int(count), "mean_ms": round((a["sum"] - b["sum"]) / count, 3),
            "p50_ms_est": round(quantile(0.5), 2), "p95_ms_est": round(quantile(0.95), 2)}
