"""The figures of one measured block (latency percentiles, throughput, CPU per request) and
their medians over rounds, with the latency each path adds to going direct."""

from __future__ import annotations

import statistics

from ..common import pct
from .loadgen import Block


def block_stats(block: Block, server_cpu: float | None, client_cpu: float, stream: bool) -> dict:
    lat, n = block.latencies, len(block.latencies)
    out = {"n": n, "errors": sum(block.errors.values()), "error_kinds": dict(block.errors),
           "statuses": {str(k): v for k, v in block.statuses.items()},
           "content_mismatches": block.mismatches, "wall_s": round(block.wall, 3),
           "shed": block.statuses.get(503, 0), "warmup_timed_out": block.warmup_timed_out}
    if n:
        out.update({"p50_ms": round(statistics.median(lat), 3), "p95_ms": round(pct(lat, 95), 3),
                    "p99_ms": round(pct(lat, 99), 3), "mean_ms": round(statistics.fmean(lat), 3),
                    "max_ms": round(max(lat), 3),
                    "rps": round(n / block.wall, 1) if block.wall else None})
    if stream and block.ttft:
        out.update({"ttft_p50_ms": round(statistics.median(block.ttft), 3),
                    "ttft_p95_ms": round(pct(block.ttft, 95), 3),
                    "ttft_p99_ms": round(pct(block.ttft, 99), 3)})
    if block.decisions:
        out["decisions"] = dict(block.decisions)
    if block.samples:
        out["failed_samples"] = block.samples
    if block.failed_reuse:  # (answers carried, seconds idle) of each connection that failed
        out["failed_reuse"] = block.failed_reuse
    if server_cpu is not None and n:
        out["server_cpu_ms_per_req"] = round(server_cpu * 1000 / n, 3)
    if n:
        out["client_cpu_ms_per_req"] = round(client_cpu * 1000 / n, 3)
    return out


def med(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return round(statistics.median(values), 3) if values else None


def summarise(rounds: dict, paths: list[str]) -> dict:
    """Medians over rounds of each figure, and added latency per round (path - direct)."""
    out: dict = {}
    keys = ("p50_ms", "p95_ms", "p99_ms", "mean_ms", "max_ms", "shed", "rps",
            "server_cpu_ms_per_req",
            "client_cpu_ms_per_req", "ttft_p50_ms", "ttft_p95_ms", "ttft_p99_ms",
            "busiest_worker_cpu_share", "foreign_cpu_cores", "steal_cpu_cores")
    for cell, by_path in rounds.items():
        out[cell] = {}
        direct = by_path.get("direct", [])
        for path in paths:
            if path not in by_path:
                continue
            rs = by_path[path]
            s = {k: med([r.get(k) for r in rs]) for k in keys}
            s = {k: v for k, v in s.items() if v is not None}
            s["rounds"] = len(rs)
            if path != "direct" and direct:
                for k in ("p50_ms", "p95_ms", "p99_ms", "mean_ms", "ttft_p50_ms",
                          "ttft_p95_ms"):
                    diffs = [r[k] - d[k] for r, d in zip(rs, direct, strict=True)
                             if k in r and k in d]
                    if diffs:
                        s["added_" + k] = med(diffs)
                ratios = [r["p50_ms"] / d["p50_ms"] for r, d in zip(rs, direct, strict=True)
                          if "p50_ms" in r and d.get("p50_ms")]
                if ratios:
                    s["ratio_p50_to_direct"] = med(ratios)
            dets = [r["sidecar_detection"] for r in rs if r.get("sidecar_detection")]
            if dets:
                s["detection_mean_ms"] = med([d["mean_ms"] for d in dets])
                s["detection_p50_ms_est"] = med([d["p50_ms_est"] for d in dets])
                s["detection_p95_ms_est"] = med([d["p95_ms_est"] for d in dets])
                if direct:
                    minus = [r["mean_ms"] - d["mean_ms"] - r["sidecar_detection"]["mean_ms"]
                             for r, d in zip(rs, direct, strict=True)
                             if r.get("sidecar_detection") and "mean_ms" in r and "mean_ms" in d]
                    s["added_mean_minus_detection_ms"] = med(minus)
                    minus = [r["p50_ms"] - d["p50_ms"] - r["sidecar_detection"]["mean_ms"]
                             for r, d in zip(rs, direct, strict=True)
                             if r.get("sidecar_detection") and "p50_ms" in r and "p50_ms" in d]
                    s["added_p50_minus_detection_ms"] = med(minus)
                    minus = [r["ttft_p50_ms"] - d["ttft_p50_ms"] - r["sidecar_detection"]["mean_ms"]
                             for r, d in zip(rs, direct, strict=True)
                             if r.get("sidecar_detection") and "ttft_p50_ms" in r
                             and "ttft_p50_ms" in d]
                    if minus:
                        s["added_ttft_p50_minus_detection_ms"] = med(minus)
            ups = [r["sidecar_upstream"] for r in rs if r.get("sidecar_upstream")]
            if ups:
                s["upstream_incl_restore_mean_ms"] = med([u["mean_ms"] for u in ups])
            out[cell][path] = s
    return out
