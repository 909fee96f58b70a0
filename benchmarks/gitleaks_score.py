"""gitleaks' own rule tests (tps / fps) through the guard: recall per family, over-blocking.

    python benchmarks/gitleaks_score.py [--datasets DIR] [--fast]

Reads `gitleaks.jsonl` from the peer-suite folder (default `/work/shared/datasets`, or
`$SOVEREIGN_GUARD_DATASETS`), skips with a message when it is missing. Scoring as the
folder's README says: a true positive is caught when the request is blocked or every
character of its gold span is covered by non-allow findings; a false-positive example is
flagged when any SECRET finding overlaps it. `--fast` runs the secrets recognizer alone
(SECRET is `block` in the default policy, so any SECRET finding blocks): same figures for
this suite, in seconds instead of minutes.

Some false-positive examples hold another rule's true positive (gitleaks tests each rule's
fps against that rule only: `cloudflare_api_key = "<a valid global key>"` is an fp of the
API-key rule and a tp of the global-key rule), or one gitleaks reports only for certain
file paths; flagging those is required, so the figure without them is printed as well.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", default=os.environ.get("SOVEREIGN_GUARD_DATASETS",
                                                             "/work/shared/datasets"))
    parser.add_argument("--fast", action="store_true", help="the secrets recognizer alone")
    args = parser.parse_args()
    path = Path(args.datasets) / "gitleaks.jsonl"
    if not path.exists():
        print(f"skipped: {path} not found")
        return
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    spans_of = _fast_spans() if args.fast else _guard_spans()

    t0 = time.perf_counter()
    families: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    caught = covered_all = tp_n = 0
    flagged: list[str] = []
    for row in rows:
        blocked, spans = spans_of(row["text"])
        if row["kind"] == "tp":
            tp_n += 1
            families[row["family"]][1] += 1
            cover = {i for start, end, _secret in spans for i in range(start, end)}
            covered = all(set(range(s["start"], s["end"])) <= cover for s in row["spans"])
            covered_all += covered
            if blocked or covered:
                caught += 1
                families[row["family"]][0] += 1
        elif any(secret and s < row["example_end"] and row["example_start"] < e
                 for s, e, secret in spans):
            flagged.append(row["id"])
    fp_n = len(rows) - tp_n
    gold = {r["text"][s["start"]:s["end"]] for r in rows if r["kind"] == "tp" for s in r["spans"]}
    contradictory = {
        r["id"] for r in rows if r["kind"] == "fp"
        and any(len(g) >= 8 and g in r["text"][r["example_start"]:r["example_end"]] for g in gold)
    }
    clean = [i for i in flagged if i not in contradictory]
    low = sorted((c / n, f, c, n) for f, (c, n) in families.items() if c / n < 0.95)
    print(f"gitleaks ({'recognizer' if args.fast else 'Guard default'}, "
          f"{time.perf_counter() - t0:.0f} s)")
    print(f"  TP caught {caught}/{tp_n} = {100 * caught / tp_n:.2f}%  "
          f"(whole span covered {100 * covered_all / tp_n:.2f}%)")
    print(f"  families below 95%: {len(low)}"
          + "".join(f"\n    {f}: {c}/{n}" for _, f, c, n in low))
    print(f"  FP examples flagged SECRET {len(flagged)}/{fp_n} = {100 * len(flagged) / fp_n:.2f}%")
    print(f"  without the {len(contradictory)} that hold a TP value: {len(clean)}/"
          f"{fp_n - len(contradictory)} = {100 * len(clean) / (fp_n - len(contradictory)):.2f}%"
          + (f"  {clean}" if clean else ""))


def _guard_spans():
    from sovereign_guard.core import Guard

    guard = Guard("default")

    def spans(text: str):
        p = guard.protect(text)
        return p.blocked, [(f.start, f.end, f.type == "SECRET") for f in p.findings
                           if str(getattr(f.action, "value", f.action)) != "allow"]
    return spans


def _fast_spans():
    from sovereign_guard.detect.secrets import SecretsRecognizer

    recognizer = SecretsRecognizer()

    def spans(text: str):
        found = [(r.start, r.end, True) for r in recognizer.analyze(text, ["SECRET"])
                 if r.score >= 0.4]
        return bool(found), found
    return spans


if __name__ == "__main__":
    sys.exit(main())
