"""Guard cost per request in a 20-turn chat that resends the whole history every turn.

    python benchmarks/conversation.py [--turns 20] [--repeat 5]

Each request is what a chat API receives: all previous turns plus the new one (~300 chars of
PII-laden text per turn, alternating user/assistant). Reports the guard's time at turn 1, 10
and 20, the ratio to turn 1, and what re-analysing everything would cost (cache cleared).
Writes benchmarks/results/conversation.json.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import time

from benchmarks.common import ENGLISH, table, write


def turn_text(i: int) -> str:
    return f"Turn {i}: " + ENGLISH.replace("4471", str(4471 + i)).replace("Friday", f"day {i}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5, help="conversations to run (median)")
    args = parser.parse_args()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    os.environ.setdefault("SOVEREIGN_GUARD_TENANT_KEY", "42" * 32)
    from sovereign_guard.core import Guard

    guard = Guard("default")
    guard.protect("warm up with Jane Doe")
    cached: dict[int, list[float]] = {}
    cold: dict[int, list[float]] = {}
    for rep in range(args.repeat):
        guard.clear_cache()
        history: list[str] = []
        for turn in range(1, args.turns + 1):
            history.append(turn_text(turn + 1000 * rep))
            t = time.perf_counter()
            guard.protect(history)
            cached.setdefault(turn, []).append((time.perf_counter() - t) * 1000)
        if rep == 0:  # what it costs without the cache, for the same requests
            for turn in (1, args.turns // 2, args.turns):
                guard.clear_cache()
                t = time.perf_counter()
                guard.protect(history[:turn])
                cold.setdefault(turn, []).append((time.perf_counter() - t) * 1000)
    base = statistics.median(cached[1])
    rows, out = [], []
    for turn in (1, args.turns // 2, args.turns):
        ms = statistics.median(cached[turn])
        cold_ms = statistics.median(cold[turn])
        rows.append([turn, round(ms, 2), round(ms / base, 2), round(cold_ms, 2),
                     round(cold_ms / base, 2)])
        out.append({"turn": turn, "guard_ms": round(ms, 3), "ratio_to_turn1": round(ms / base, 3),
                    "reanalyse_all_ms": round(cold_ms, 3),
                    "reanalyse_ratio": round(cold_ms / base, 3)})
    print(table(rows, ["turn", "guard ms", "x turn 1", "re-analyse all ms", "x turn 1"]))
    path = write("conversation", {"command": "python benchmarks/conversation.py",
                                  "turns": args.turns, "repeat": args.repeat, "rows": out})
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
