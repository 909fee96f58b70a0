"""gitleaks' own rule tests (tps / fps) through the guard: recall per family, over-blocking.

    python benchmarks/gitleaks_score.py [--datasets DIR] [--fast]

The short form of `benchmarks/peers.py gitleaks`, with the same scoring (see that module):
a true positive is caught when the request is blocked or every character of its gold span is
covered by non-allow findings; a false-positive example is flagged when any SECRET finding
overlaps it, each case seen as a fresh tenant would see it. The FP figure is printed strict,
then without the examples gitleaks' own full rule set flags (sibling-rule TPs), then also
without those that are one of the rule's TPs but for the file path (`peers.fp_categories`).
`--fast` runs the secrets recognizer alone (SECRET is `block` in the default policy, so any
SECRET finding blocks): the same figures for this suite, in seconds instead of a minute.
Reads `gitleaks.jsonl` from DIR (default $SOVEREIGN_GUARD_DATASETS, else ../shared/datasets);
skips with a message when it is missing.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peers  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", help="folder holding gitleaks.jsonl")
    parser.add_argument("--fast", action="store_true", help="the secrets recognizer alone")
    args = parser.parse_args()
    if args.datasets:
        os.environ["SOVEREIGN_GUARD_DATASETS"] = args.datasets
    cases = peers.load_suite("gitleaks")
    if cases is None:
        print("skipped: gitleaks.jsonl not found (set --datasets or SOVEREIGN_GUARD_DATASETS)")
        return 0
    t0 = time.perf_counter()
    texts = [c["text"] for c in cases]
    outcomes = _fast_outcomes(texts) if args.fast else _guard_outcomes(texts)
    scored = peers.score_gitleaks(cases, outcomes)
    m = scored["micro"]
    low = sorted((v["recall"], f, v["caught"], v["tp"])
                 for f, v in scored["families"].items()
                 if v["recall"] is not None and v["recall"] < 0.95)
    print(f"gitleaks ({'recognizer' if args.fast else 'Guard default'}, "
          f"{time.perf_counter() - t0:.0f} s)")
    print(f"  TP caught {m['caught']}/{m['tp']} = {100 * m['recall']:.2f}%, families at 100%: "
          f"{m['families_full_recall']}/{m['families']}")
    print(f"  families below 95%: {len(low)}"
          + "".join(f"\n    {f}: {c}/{n}" for _, f, c, n in low))
    rest = m["fp"] - m["fp_sibling"]
    print(f"  FP examples flagged SECRET, strict: {m['flagged']}/{m['fp']} = "
          f"{100 * m['fp_rate']:.2f}%")
    print(f"  without the {m['fp_sibling']} {peers.SIBLING}s: "
          f"{m['flagged'] - m['flagged_sibling']}/{rest} = {100 * m['fp_rate_no_sibling']:.2f}%")
    print(f"  also without the {m['fp_path_only']} {peers.PATH_ONLY}: "
          f"{m['flagged'] - m['flagged_sibling'] - m['flagged_path_only']}/"
          f"{rest - m['fp_path_only']} = {100 * m['fp_rate_text_only']:.2f}%")
    return 0


def _guard_outcomes(texts: list[str]) -> list[peers.Outcome]:
    from sovereign_guard.core import Guard
    from sovereign_guard.policy import load_policy

    return peers.guard_outcomes(Guard(load_policy("default"), tenant_key=b"\x00" * 32), texts)


def _fast_outcomes(texts: list[str]) -> list[peers.Outcome]:
    from sovereign_guard.detect.secrets import SecretsRecognizer

    recognizer = SecretsRecognizer()
    out = []
    for text in texts:
        hits = [peers.Hit(r.start, r.end, "SECRET", peers.BLOCK) for r in
                recognizer.analyze(text, ["SECRET"]) if r.score >= 0.4]
        out.append(peers.Outcome(hits, bool(hits)))
    return out


if __name__ == "__main__":
    sys.exit(main())
