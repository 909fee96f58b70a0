"""Presidio's own recognizer unit-test cases, run through `Guard('default').protect`.

    python benchmarks/peer_presidio.py [--misses]

Reads ../shared/datasets/presidio_tests.jsonl (not part of the repository; skipped with a
message when missing) and scores it as the dataset README says:

- a positive case's gold span is caught when the request is blocked or every character of
  the span is covered by findings whose action is not `allow`; for entities the default
  policy lets through (URL) a span counts as detected when findings of any action cover it;
- a negative case is flagged when any finding whose action is not `allow` overlaps the
  text (the policy would change it).

Recall is per recognizer and micro over spans, split by "redacted by policy" and "allowed".
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

from benchmarks.common import REPO, table

DATASET = REPO.parent.parent / "shared" / "datasets" / "presidio_tests.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--misses", action="store_true", help="print misses and flags")
    ap.add_argument("--data", type=Path, default=DATASET)
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"skipped: {args.data} not found")
        return 0
    os.environ.setdefault("SOVEREIGN_GUARD_TENANT_KEY", "42" * 32)
    from sovereign_guard.core import Guard
    from sovereign_guard.policy import Action

    guard = Guard("default")
    policy = guard.policy
    per = defaultdict(lambda: {"spans": 0, "caught": 0, "neg": 0, "flagged": 0})
    micro = {"redact": [0, 0], "allow": [0, 0]}
    notes = []
    for line in args.data.read_text().splitlines():
        case = json.loads(line)
        text = case["text"]
        prot = guard.protect(text)
        masking = [f for f in prot.findings if f.action is not Action.ALLOW]
        row = per[case["recognizer"]]
        if case["kind"] == "neg":
            row["neg"] += 1
            if masking:
                row["flagged"] += 1
                notes.append(("FP", case["id"], text, [(f.type, text[f.start:f.end])
                                                      for f in masking]))
            continue
        for span in case["spans"]:
            allowed = policy.rule(span["label"]).action is Action.ALLOW
            cover = prot.findings if allowed else masking
            ok = prot.blocked or all(
                any(f.start <= i < f.end for f in cover) for i in range(span["start"], span["end"])
            )
            row["spans"] += 1
            row["caught"] += ok
            bucket = micro["allow" if allowed else "redact"]
            bucket[0] += 1
            bucket[1] += ok
            if not ok:
                notes.append(("MISS", case["id"], text[span["start"]:span["end"]],
                              [(f.type, text[f.start:f.end], f.action.value)
                               for f in prot.findings]))
    rows = [[name, v["spans"], f"{v['caught'] / v['spans']:.3f}" if v["spans"] else "-",
             v["neg"], v["flagged"]] for name, v in sorted(per.items())]
    print(table(rows, ["recognizer", "gold spans", "caught", "negatives", "flagged"]))
    for key, (n, ok) in micro.items():
        label = "redacted by policy" if key == "redact" else "allowed by policy (detected)"
        print(f"{label}: {ok}/{n} = {ok / n:.3f}" if n else f"{label}: none")
    total_neg = sum(v["neg"] for v in per.values())
    print(f"negatives flagged: {sum(v['flagged'] for v in per.values())}/{total_neg}")
    if args.misses:
        for kind, cid, value, found in notes:
            print(f"{kind:4} {cid:24} {value!r} -> {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
