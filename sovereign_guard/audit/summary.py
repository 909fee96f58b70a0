"""`audit report`: requests, decisions, reasons, entity counts, vendors and days, as text or
as one self-contained HTML page (inline CSS and SVG, no scripts, nothing fetched)."""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from typing import Any

from .. import __version__
from .report import Report
from .review import Record

DECISIONS = ("allow", "redact", "reroute", "block")
_COLOURS = {"allow": "#2e7d32", "redact": "#1565c0", "reroute": "#ef6c00", "block": "#c62828"}


def summarise(rows: list[Record]) -> dict[str, Any]:
    kinds: Counter[str] = Counter()
    decisions: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    entities: Counter[str] = Counter()
    vendors: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    doors: Counter[str] = Counter()
    companies: Counter[str] = Counter()
    replicas: Counter[str] = Counter()  # one audit log per sidecar process: the fleet view
    days: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        e = r.event
        assert e is not None
        kinds[e.kind] += 1
        if e.kind != "request":
            continue
        decision = e.decision or "none"
        decisions[decision] += 1
        days[e.time.date().isoformat()][decision] += 1
        if decision in ("block", "reroute"):
            reasons.update(e.reasons)
        for x in e.entities:
            entities[x.type] += x.count
        vendors[e.card_id or e.vendor or "(none)"] += 1
        companies[e.vendor or "(none)"] += 1
        replicas[r.log_id] += 1
        classes[e.detected_class or "(none)"] += 1
        doors[e.door] += 1
    times = [r.event.time for r in rows if r.event is not None]
    return {
        "records": len(rows), "requests": kinds["request"], "kinds": dict(kinds),
        "first": min(times).isoformat() if times else None,
        "last": max(times).isoformat() if times else None,
        "decisions": dict(decisions.most_common()), "reasons": dict(reasons.most_common()),
        "entities": dict(entities.most_common()), "vendors": dict(vendors.most_common()),
        "companies": dict(companies.most_common()), "replicas": dict(replicas.most_common()),
        "data_classes": dict(classes.most_common()), "doors": dict(doors.most_common()),
        "per_day": {d: dict(c) for d, c in sorted(days.items())},
    }


def _integrity_line(report: Report | None) -> str:
    if report is None:
        return "not checked"
    t = report.totals()
    verdict = "OK" if report.ok else "FAILED (run `audit verify`)"
    return (f"{t['valid']}/{t['records']} records valid, {t['checkpoints_valid']}/"
            f"{t['checkpoints']} checkpoints valid: {verdict}")


def summary_text(s: dict[str, Any], target: str, integrity: Report | None) -> str:
    out = [f"Audit report for {target}",
           f"period: {s['first'] or '-'} .. {s['last'] or '-'}",
           f"integrity: {_integrity_line(integrity)}",
           f"records: {s['records']} ({', '.join(f'{k} {v}' for k, v in s['kinds'].items())})",
           f"requests: {s['requests']}", ""]
    for title, key in (("Decisions", "decisions"), ("Blocked / rerouted reasons", "reasons"),
                       ("Entities by type", "entities"), ("Vendors (model card)", "vendors"),
                       ("Vendor companies", "companies"),
                       ("Detected data class", "data_classes"), ("Doors", "doors"),
                       ("Replicas (audit log)", "replicas")):
        out.append(f"{title}:")
        items = s[key].items()
        out += [f"  {_clean(k):<40} {v:>8}" for k, v in items] or ["  (none)"]
        out.append("")
    out.append("Per day:")
    out.append("  " + "date".ljust(12) + "".join(d.rjust(9) for d in DECISIONS) + "total".rjust(9))
    for day, counts in s["per_day"].items():
        out.append("  " + day.ljust(12) + "".join(str(counts.get(d, 0)).rjust(9)
                                                  for d in DECISIONS)
                   + str(sum(counts.values())).rjust(9))
    return "\n".join(out) + "\n"


def _clean(text: str) -> str:
    return "".join(c if c.isprintable() else "?" for c in str(text))


# -- HTML -------------------------------------------------------------------------------------


def _bars(title: str, data: dict[str, int], colour: str = "#455a64") -> str:
    if not data:
        return f"<section><h2>{html.escape(title)}</h2><p>(none)</p></section>"
    top = max(data.values()) or 1
    row_h, label_w, bar_w = 22, 260, 420
    rows = []
    for i, (label, value) in enumerate(list(data.items())[:30]):
        y = i * row_h
        w = max(1, round(bar_w * value / top))
        fill = _COLOURS.get(label, colour)
        rows.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">'
            f"{html.escape(_clean(label)[:40])}</text>"
            f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row_h - 6}" fill="{fill}"/>'
            f'<text x="{label_w + w + 6}" y="{y + 15}">{value}</text>')
    height = row_h * len(rows)
    return (f"<section><h2>{html.escape(title)}</h2>"
            f'<svg width="{label_w + bar_w + 80}" height="{height}" role="img" '
            f'aria-label="{html.escape(title)}">{"".join(rows)}</svg></section>')


def _days(per_day: dict[str, dict[str, int]]) -> str:
    if not per_day:
        return "<section><h2>Requests per day</h2><p>(none)</p></section>"
    top = max(sum(c.values()) for c in per_day.values()) or 1
    col_w, height = 28, 200
    bars = []
    for i, (day, counts) in enumerate(per_day.items()):
        x, y = 40 + i * col_w, height
        for d in (*DECISIONS, "none"):
            n = counts.get(d, 0)
            if not n:
                continue
            h = max(1, round((height - 20) * n / top))
            y -= h
            bars.append(f'<rect x="{x}" y="{y}" width="{col_w - 6}" height="{h}" '
                        f'fill="{_COLOURS.get(d, "#9e9e9e")}"><title>{html.escape(day)} '
                        f"{d}: {n}</title></rect>")
        bars.append(f'<text x="{x}" y="{height + 14}" font-size="9" '
                    f'transform="rotate(45 {x} {height + 14})">{html.escape(day[5:])}</text>')
    legend = " ".join(f'<span style="color:{_COLOURS[d]}">&#9632; {d}</span>'
                      for d in DECISIONS)
    width = 60 + col_w * len(per_day)
    return (f"<section><h2>Requests per day</h2><p>{legend}</p>"
            f'<svg width="{width}" height="{height + 50}" role="img" '
            f'aria-label="requests per day">{"".join(bars)}</svg></section>')


def summary_html(s: dict[str, Any], target: str, integrity: Report | None) -> str:
    e = html.escape
    ok = integrity is not None and integrity.ok
    facts = [("Source", target), ("Period", f"{s['first'] or '-'} .. {s['last'] or '-'}"),
             ("Integrity", _integrity_line(integrity)), ("Requests", str(s["requests"])),
             ("Records", str(s["records"])), ("Generated by", f"sovereign-guard {__version__}")]
    table = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in facts)
    sections = [_bars("Decisions", s["decisions"]), _days(s["per_day"]),
                _bars("Blocked / rerouted reasons", s["reasons"], "#c62828"),
                _bars("Entities by type", s["entities"], "#6a1b9a"),
                _bars("Vendors (model card)", s["vendors"], "#00838f"),
                _bars("Vendor companies", s["companies"], "#00838f"),
                _bars("Detected data class", s["data_classes"], "#5d4037"),
                _bars("Replicas (audit log)", s["replicas"], "#455a64")]
    badge = ('<p class="ok">integrity verified</p>' if ok
             else '<p class="bad">integrity NOT verified</p>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>sovereign-guard audit report</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; max-width: 60em; }}
th {{ text-align: left; padding-right: 1em; }} svg text {{ font-size: 12px; fill: #222; }}
.ok {{ color: #2e7d32; font-weight: bold; }} .bad {{ color: #c62828; font-weight: bold; }}
section {{ margin-top: 1.5em; }}
</style></head><body>
<h1>Audit report</h1>{badge}
<table>{table}</table>
{"".join(sections)}
</body></html>
"""
