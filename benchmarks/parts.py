"""Cost per request by number of parts and by size: the pipeline should cost per byte, not per
string.

    python benchmarks/parts.py [--parts 100,1000,5000,19000] [--mb 0.1,0.25] [--repeat 3]

Each request goes through `Pipeline.prepare` (walk, detect, decide, transform, audit) to the
built-in echo card, cache cleared before each run so every text is analysed. Rows: N walked
strings as tiny messages (`{"role": "user", "content": "ok 12"}`: two keys and two values
each, every content distinct; the default policy takes up to 20,000 strings), and one
message of English prose of the given size. Prints ms per request,
µs per part and ms per MB; writes benchmarks/results/parts.json. Timings on a shared machine
are noisy: compare runs taken together.
"""

from __future__ import annotations

import argparse
import logging
import os
import tempfile
import time

import orjson

from benchmarks.common import ENGLISH, prompt_of, summary, table, timed, write


def tiny_parts(strings: int) -> bytes:
    """About `strings` walked strings: `model` and `messages` keys, the model's value, and
    four per message."""
    messages = [{"role": "user", "content": f"ok {i}"} for i in range(max(1, (strings - 3) // 4))]
    return orjson.dumps({"model": "local/echo", "messages": messages})


def pipeline_walk(raw: bytes) -> list[str]:
    from sovereign_guard.adapters import walk

    return walk(orjson.loads(raw)).texts


def prose(size: int) -> bytes:
    text = prompt_of(ENGLISH, size)
    return orjson.dumps({"model": "local/echo", "messages": [{"role": "user", "content": text}]})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default="100,1000,5000,19000",
                        help="walked strings, comma-separated (default 100,1000,5000,19000)")
    parser.add_argument("--mb", default="0.1,0.25", help="prose sizes in MB (default 0.1,0.25)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per row (default 3)")
    args = parser.parse_args()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    os.environ.setdefault("SOVEREIGN_GUARD_TENANT_KEY", "42" * 32)
    os.environ.setdefault("SOVEREIGN_GUARD_HOME", tempfile.mkdtemp(prefix="sg-parts-"))

    from sovereign_guard.pipeline import Pipeline

    pipeline = Pipeline.from_files(audit_dir=tempfile.mkdtemp(prefix="sg-parts-audit-"))

    def run(raw: bytes):
        pipeline.guard.clear_cache()
        pipeline.guard.known.clear()
        return pipeline.prepare("/v1/chat/completions", {}, raw)

    rows, cells = [], []
    for n in (int(x) for x in args.parts.split(",") if x):
        raw = tiny_parts(n)
        walked = len(pipeline_walk(raw))
        s = summary(timed(lambda r=raw: run(r), args.repeat, warmup=1))
        per_part_us = round(s["p50_ms"] * 1000 / walked, 1)
        per_mb = round(s["p50_ms"] / (len(raw) / 2**20), 1)
        cells.append({"kind": "tiny_parts", "walked_strings": walked,
                      "bytes": len(raw), **s, "us_per_string": per_part_us, "ms_per_mb": per_mb})
        rows.append([f"{walked // 4} messages", walked, len(raw), s["p50_ms"], per_part_us, per_mb])
    for mb in (float(x) for x in args.mb.split(",") if x):
        raw = prose(int(mb * 2**20))
        s = summary(timed(lambda r=raw: run(r), max(1, args.repeat - 1), warmup=0))
        per_mb = round(s["p50_ms"] / (len(raw) / 2**20), 1)
        cells.append({"kind": "prose", "mb": mb, "bytes": len(raw), **s, "ms_per_mb": per_mb})
        rows.append([f"{mb} MB prose", 6, len(raw), s["p50_ms"], "-", per_mb])
    print(table(rows, ["request", "strings", "bytes", "p50 ms", "µs/string", "ms/MB"]))
    started = time.strftime("%H:%M:%S")
    path = write("parts", {"command": "python benchmarks/parts.py " + " ".join(
        f"--{k} {v}" for k, v in vars(args).items()), "at": started, "cells": cells})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
