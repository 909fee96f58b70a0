"""Guard.protect vs plain Presidio analyze+anonymize, same spaCy pipeline, same run.

    python benchmarks/detect.py [--repeat N]

English and mixed Chinese/English prompts of ~300 B, 1 KB, 4 KB, 16 KB and 100 KB; p50/p95 in
ms and the ratio guard/presidio (below 1 = faster); presidio = analyze + anonymize, and
analyze alone for reference. Those prompts repeat one short text (prompt_of), which flatters
any per-text memo; the `varied` rows time 1 KB prompts of distinct dev-set texts (English;
Chinese with English) and give the ratio of the summed medians. The guard's per-text cache is
cleared before every call, so these are cold-analysis figures. The three are called in turn
within each round (`timed_together`), so a machine that slows down mid-run slows all three
alike.
Writes benchmarks/results/detect.json.
"""

from __future__ import annotations

import argparse
import logging
import os
import time

from benchmarks.common import ENGLISH, MIXED, prompt_of, summary, table, timed_together, write

SIZES = [300, 1024, 4096, 16384, 102400]
VARIED = 8  # distinct 1 KB prompts per language


def varied_prompts() -> dict[str, list[str]]:
    """~1 KB prompts of distinct dev-set texts, none repeated: English prompts, and Chinese
    news and forum prose interleaved with mixed Chinese/English enterprise prompts."""
    import devset
    import devset_zh3

    samples = devset.build(60)
    news = (r["text"] for part in "abcdef" for r in devset_zh3.samples(part))
    mixed = (s.text for s in samples if s.category == "zh")
    pools = {
        "en-varied": [s.text for s in samples if s.category == "en"],
        "zh-varied": [t for pair in zip(mixed, news, strict=False) for t in pair],
    }
    out: dict[str, list[str]] = {}
    for lang, pool in pools.items():
        prompts, current = [], ""
        for text in pool:
            current += text + "\n"
            if len(current) >= 1024:
                prompts.append(current)
                current = ""
        out[lang] = prompts[:VARIED]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed runs per cell (default 15)")
    args = parser.parse_args()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    os.environ.setdefault("SOVEREIGN_GUARD_TENANT_KEY", "42" * 32)

    from baseline import plain_presidio

    from sovereign_guard.core import Guard

    t = time.perf_counter()
    guard = Guard("default")
    load_guard = time.perf_counter() - t
    t = time.perf_counter()
    analyzer, anonymizer = plain_presidio()
    load_presidio = time.perf_counter() - t

    def run_guard(text: str):
        guard.clear_cache()
        return guard.protect(text)

    def run_presidio(text: str):
        return anonymizer.anonymize(text, analyzer.analyze(text, language="en"))

    rows, cells = [], []
    for lang, base in (("en", ENGLISH), ("zh-mixed", MIXED)):
        for size in SIZES:
            text = prompt_of(base, size)
            repeat = args.repeat if size <= 16384 else max(3, args.repeat // 5)
            g, p, a = (summary(s) for s in timed_together(
                [lambda t=text: run_guard(t), lambda t=text: run_presidio(t),
                 lambda t=text: analyzer.analyze(t, language="en")], repeat, warmup=1))
            ratio = round(g["p50_ms"] / p["p50_ms"], 2)
            per_kb = round(g["p50_ms"] / (len(text) / 1024), 3)
            cells.append({"lang": lang, "chars": len(text), "guard": g, "presidio": p,
                          "presidio_analyze_only": a, "ratio_p50": ratio,
                          "ratio_vs_analyze_only": round(g["p50_ms"] / a["p50_ms"], 2),
                          "guard_ms_per_kb": per_kb})
            rows.append([lang, len(text), g["p50_ms"], g["p95_ms"], p["p50_ms"], p["p95_ms"], ratio,
                         a["p50_ms"], per_kb])
            print(" ".join(str(c) for c in rows[-1]), flush=True)
    for lang, texts in varied_prompts().items():
        g_sum = p_sum = a_sum = 0.0
        for text in texts:
            g, p, a = (summary(s)["p50_ms"] for s in timed_together(
                [lambda t=text: run_guard(t), lambda t=text: run_presidio(t),
                 lambda t=text: analyzer.analyze(t, language="en")],
                max(3, args.repeat // 3), warmup=1))
            g_sum, p_sum, a_sum = g_sum + g, p_sum + p, a_sum + a
        n, chars = len(texts), sum(map(len, texts)) // len(texts)
        ratio = round(g_sum / p_sum, 2)
        cells.append({"lang": lang, "prompts": n, "mean_chars": chars,
                      "guard_mean_p50_ms": round(g_sum / n, 3),
                      "presidio_mean_p50_ms": round(p_sum / n, 3),
                      "presidio_analyze_only_mean_p50_ms": round(a_sum / n, 3),
                      "ratio_p50": ratio})
        rows.append([lang, chars, round(g_sum / n, 2), "-", round(p_sum / n, 2), "-", ratio,
                     round(a_sum / n, 2), round(g_sum / n / (chars / 1024), 3)])
        print(" ".join(str(c) for c in rows[-1]), flush=True)
    print()
    print(f"model load: guard {load_guard:.2f} s, presidio {load_presidio:.2f} s")
    print(table(rows, ["lang", "chars", "guard p50", "guard p95", "presidio p50", "presidio p95",
                       "ratio", "analyze-only p50", "guard ms/KB"]))
    path = write("detect", {"command": "python benchmarks/detect.py", "repeat": args.repeat,
                            "load_seconds": {"guard": round(load_guard, 3),
                                             "presidio": round(load_presidio, 3)},
                            "cells": cells})
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
