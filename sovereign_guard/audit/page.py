"""`audit report --html`: one self-contained page (inline CSS and SVG; no scripts, fonts or
images fetched, a CSP that forbids loading anything), readable offline and printable.

Every chart states its numbers: bars carry their values, the day chart has labelled axes,
gridlines and a total above each day, and a table under it repeats the figures.
"""

from __future__ import annotations

import html
import math
from datetime import date, timedelta
from typing import Any

from .. import __version__
from .report import Report
from .summary import (
    BLOCKED_SHOWN,
    CONCENTRATION_HEAD,
    CONCENTRATION_NOTE,
    SERIES,
    SERIES_TITLES,
    clean,
    concentration_rows,
    integrity_line,
)

COLOURS = {"allow": "#2e7d32", "redact": "#1565c0", "reroute": "#ef6c00", "block": "#c62828",
           "client_error": "#8e24aa", "guard_error": "#546e7a"}
COLOURS.update({SERIES_TITLES[k]: v for k, v in list(COLOURS.items())})
_E = html.escape


def _bars(title: str, data: dict[str, int], colour: str = "#455a64", note: str = "") -> str:
    """Horizontal bars, label on the left, value at the end of each bar."""
    head = f"<section><h2>{_E(title)}</h2>" + (f"<p>{_E(note)}</p>" if note else "")
    if not data:
        return head + "<p>(none)</p></section>"
    top = max(data.values()) or 1
    row_h, label_w, bar_w = 22, 300, 380
    rows = []
    for i, (label, value) in enumerate(list(data.items())[:30]):
        y = i * row_h
        w = max(1, round(bar_w * value / top))
        rows.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">'
            f"{_E(clean(label)[:44])}</text>"
            f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row_h - 6}" '
            f'fill="{COLOURS.get(label, colour)}"/>'
            f'<text x="{label_w + w + 6}" y="{y + 15}" class="value">{value}</text>')
    return (head + f'<svg width="{label_w + bar_w + 70}" height="{row_h * len(rows)}" '
            f'role="img" aria-label="{_E(title)}">{"".join(rows)}</svg></section>')


def _nice_step(top: int, ticks: int = 5) -> int:
    """A 1-2-5 tick step giving at most `ticks` intervals up to `top`."""
    raw = max(1.0, top / ticks)
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def _all_days(per_day: dict[str, dict[str, int]]) -> list[str]:
    """Every day from the first to the last, so a quiet day shows as an empty column."""
    first, last = date.fromisoformat(min(per_day)), date.fromisoformat(max(per_day))
    if (last - first).days > 366:
        return sorted(per_day)
    return [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]


def day_chart(per_day: dict[str, dict[str, int]]) -> str:
    """Stacked columns per UTC day: x axis days, y axis requests, values on the bars."""
    title = "<h2>Requests per day</h2>"
    if not per_day:
        return f"<section>{title}<p>(none)</p></section>"
    days = _all_days(per_day)
    totals = [sum(per_day.get(d, {}).values()) for d in days]
    step = _nice_step(max(totals))
    y_max = step * math.ceil(max(totals) / step)
    col_w = max(16, min(90, 760 // len(days)))
    digits = len(str(max(totals)))
    upright = digits * 7 + 4 <= col_w  # totals fit across their column, else stand on end
    left, top, plot_h, bottom = 64, 26 if upright else 12 + digits * 7, 260, 86
    bar_w = max(10, round(col_w * 0.7))
    plot_w = col_w * len(days)
    base = top + plot_h
    scale = plot_h / y_max
    out = []
    for tick in range(0, y_max + 1, step):  # gridlines and y tick labels
        y = base - round(tick * scale)
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y}" y2="{y}" class="grid"/>'
                   f'<text x="{left - 6}" y="{y + 4}" text-anchor="end">{tick}</text>')
    every = max(1, math.ceil(len(days) / 31))  # label at most ~31 days
    for i, (day, total) in enumerate(zip(days, totals, strict=True)):
        x = left + i * col_w + (col_w - bar_w) // 2
        y = base
        for s in SERIES:
            n = per_day.get(day, {}).get(s, 0)
            if not n:
                continue
            h = n * scale
            y -= h
            out.append(f'<rect x="{x}" y="{y:.1f}" width="{bar_w}" height="{h:.1f}" '
                       f'fill="{COLOURS[s]}"><title>{_E(day)} {SERIES_TITLES[s]}: {n}'
                       "</title></rect>")
            if h >= 14 and bar_w >= 18 and len(str(n)) * 7 <= bar_w:
                out.append(f'<text x="{x + bar_w / 2:.1f}" y="{y + h / 2 + 4:.1f}" '
                           f'text-anchor="middle" class="inbar">{n}</text>')
        if total and upright:
            out.append(f'<text x="{x + bar_w / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" '
                       f'class="value">{total}</text>')
        elif total:
            tx, ty = x + bar_w / 2 + 4, y - 4
            out.append(f'<text x="{tx:.1f}" y="{ty:.1f}" class="value" '
                       f'transform="rotate(-90 {tx:.1f} {ty:.1f})">{total}</text>')
        if i % every == 0:
            cx, cy = x + bar_w / 2, base + 12
            out.append(f'<text x="{cx:.1f}" y="{cy}" text-anchor="end" '
                       f'transform="rotate(-45 {cx:.1f} {cy})">{_E(day)}</text>')
    out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{base}" y2="{base}" class="axis"/>'
               f'<line x1="{left}" x2="{left}" y1="{top}" y2="{base}" class="axis"/>'
               f'<text x="{left + plot_w / 2:.1f}" y="{base + bottom - 6}" text-anchor="middle" '
               'class="axis-title">day (UTC)</text>'
               f'<text x="16" y="{top + plot_h / 2:.1f}" text-anchor="middle" class="axis-title" '
               f'transform="rotate(-90 16 {top + plot_h / 2:.1f})">requests</text>')
    legend = " ".join(f'<span class="key"><span class="swatch" style="background:{COLOURS[s]}">'
                      f"</span>{SERIES_TITLES[s]}</span>" for s in SERIES)
    svg = (f'<svg id="day-chart" width="{left + plot_w + 24}" height="{base + bottom}" '
           f'role="img" aria-label="requests per day, stacked by outcome">{"".join(out)}</svg>')
    head = "".join(f"<th>{SERIES_TITLES[s]}</th>" for s in SERIES)
    body = "".join(
        f"<tr><td>{_E(d)}</td>" + "".join(f"<td>{per_day.get(d, {}).get(s, 0)}</td>"
                                         for s in SERIES) + f"<td>{t}</td></tr>"
        for d, t in zip(days, totals, strict=True))
    table = (f'<table class="grid"><tr><th>day (UTC)</th>{head}<th>total</th></tr>{body}'
             "</table>")
    return f'<section>{title}<p class="legend">{legend}</p><div class="wide">{svg}</div>' \
        f"{table}</section>"


def _table(title: str, header: tuple[str, ...], rows: list[tuple], note: str = "") -> str:
    head = f"<section><h2>{_E(title)}</h2>" + (f"<p>{_E(note)}</p>" if note else "")
    if not rows:
        return head + "<p>(none)</p></section>"
    th = "".join(f"<th>{_E(h)}</th>" for h in header)
    trs = "".join("<tr>" + "".join(f"<td>{_E(clean(c))}</td>" for c in row) + "</tr>"
                  for row in rows)
    return head + f'<div class="wide"><table class="grid"><tr>{th}</tr>{trs}</table></div>' \
        "</section>"


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _concentration(c: dict[str, Any]) -> list[str]:
    """The concentration table, then each company's share of requests and of tokens."""
    companies = c["companies"]
    return [
        _table("Vendor concentration", CONCENTRATION_HEAD, concentration_rows(c),
               f"{CONCENTRATION_NOTE}. {c['requests']} requests forwarded, {c['tokens']} "
               "tokens. Failed over away: attempts at the company's cards that failed and "
               "went elsewhere; in: requests it answered after another card failed."),
        _bars("Share of forwarded requests (%)",
              {k: v["request_share"] for k, v in companies.items() if v["requests"]},
              "#006064"),
        _bars("Share of tokens (%)",
              {k: v["token_share"] for k, v in companies.items() if v["tokens"]}, "#00695c"),
    ]


def summary_html(s: dict[str, Any], target: str, integrity: Report | None) -> str:
    ok = integrity is not None and integrity.ok
    o = s["outcomes"]
    facts = [("Source", target), ("Period", f"{s['first'] or '-'} .. {s['last'] or '-'}"),
             ("Integrity", integrity_line(integrity)), ("Requests", str(s["requests"])),
             ("Passed", str(o["passed"])), ("Blocked by policy", str(o["blocked_by_policy"])),
             ("Client errors", str(o["client_errors"])),
             ("Guard errors", str(o["guard_errors"])), ("Records", str(s["records"])),
             ("Generated by", f"sovereign-guard {__version__}")]
    table = "".join(f"<tr><th>{_E(k)}</th><td>{_E(v)}</td></tr>" for k, v in facts)
    problems = ""
    if integrity is not None and not ok:
        found = [p.text() for p in integrity.problems]
        found += [p.text() for log in integrity.logs for p in log.problems]
        problems = _table("Integrity problems", ("problem",), [(p,) for p in found[:50]],
                          "run `sovereign-guard audit verify` for the full report")
    blocked = [(b["time"][:19] + "Z", b["request_id"], b["caller_request_id"] or "-",
                f"{b['log_id']}:{b['seq']}", b["status"] or "-", SERIES_TITLES[b["outcome"]],
                b["door"], b["card_id"] or "-", "; ".join(b["reasons"]) or "-")
               for b in s["blocked"][:BLOCKED_SHOWN]]
    more = len(s["blocked"]) - len(blocked)
    answers = [(card, v["responses"], v["vendor_errors"], _ms(v["total_ms"]["p50"]),
                _ms(v["total_ms"]["p95"]), _ms(v["vendor_ms"]["p50"]),
                _ms(v["vendor_ms"]["p95"]))
               for card, v in s["vendor_answers"].items()]
    errors = [(card, k, n) for card, v in s["vendor_answers"].items()
              for k, n in v["errors"].items()]
    outcomes = {"passed": o["passed"], SERIES_TITLES["block"]: o["blocked_by_policy"],
                SERIES_TITLES["client_error"]: o["client_errors"],
                SERIES_TITLES["guard_error"]: o["guard_errors"]}
    sections = [
        problems,
        _bars("Outcomes", {k: v for k, v in outcomes.items() if v},
              note="blocked by policy = refused by policy (403); client error = malformed request "
              "(4xx: not JSON, no model, unknown model, body too large); guard error = "
              "failed closed (5xx), nothing sent"),
        day_chart(s["per_day"]),
        _bars("Decisions", s["decisions"]),
        _bars("Blocked by policy / rerouted: reasons", s["reasons"], "#c62828"),
        _bars("Client errors by code", s["client_errors"], "#8e24aa"),
        _bars("Guard errors by code", s["guard_errors"], "#546e7a"),
        _table("Blocked requests", ("time (UTC)", "record id", "caller's id", "log:seq",
                                    "status", "outcome", "door", "model card", "reason codes"),
               blocked, f"{more} more not shown: `audit show DIR --decision block`"
               if more > 0 else ""),
        *_concentration(s["concentration"]),
        _table("Vendor answers", ("model card", "answers", "5xx", "p50 ms", "p95 ms",
                                  "vendor p50 ms", "vendor p95 ms"), answers,
               "ms through the guard (request in to answer recorded) and at the vendor "
               "(the same less detection)"),
        _table("Vendor errors (5xx, upstream failures)", ("model card", "status / cause",
                                                          "count"), errors),
        _bars("Doors", s["doors"], "#37474f"),
        _bars("Vendors (model card)", s["vendors"], "#00838f"),
        _bars("Replicas (audit log)", s["replicas"], "#455a64"),
        _bars("Detected data class", s["data_classes"], "#5d4037"),
        _bars("Outbound data class", s["outbound_classes"], "#795548"),
        _bars("Entities by type", s["entities"], "#6a1b9a"),
    ]
    badge = ('<p class="ok">integrity verified</p>' if ok
             else '<p class="bad">integrity NOT verified</p>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>sovereign-guard audit report</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; max-width: 84em;
       background: #fff; }}
th {{ text-align: left; padding-right: 1em; }} svg text {{ font-size: 12px; fill: #222; }}
svg text.value {{ font-weight: bold; }} svg text.inbar {{ fill: #fff; font-size: 11px; }}
svg text.axis-title {{ font-size: 13px; font-weight: bold; }}
svg line.axis {{ stroke: #222; stroke-width: 1.5; }} svg line.grid {{ stroke: #ddd; }}
table.grid {{ border-collapse: collapse; margin-top: .5em; font-size: 12px; }}
table.grid td, table.grid th {{ border: 1px solid #ccc; padding: 2px 6px;
                                white-space: nowrap; }}
.ok {{ color: #2e7d32; font-weight: bold; }} .bad {{ color: #c62828; font-weight: bold; }}
.key {{ margin-right: 1em; white-space: nowrap; }} .wide {{ overflow-x: auto; }}
.swatch {{ display: inline-block; width: .9em; height: .9em; margin-right: .3em;
          vertical-align: -.1em; }}
section {{ margin-top: 1.5em; }}
@media print {{ body {{ margin: 0; max-width: none; font-size: 11px; }}
  .wide {{ overflow: visible; }} table.grid td, table.grid th {{ white-space: normal; }} }}
</style></head><body>
<h1>Audit report</h1>{badge}
<table>{table}</table>
{"".join(sections)}
</body></html>
"""
