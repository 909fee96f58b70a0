"""Shared bits of the benchmark scripts: prompts, timing, machine facts and the JSON output."""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

# As the sidecar runs (sovereign_guard.cli sets it): single-threaded BLAS, for both systems.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

RESULTS = Path(__file__).resolve().parent / "results"
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

ENGLISH = (
    "Hi team, please follow up with Jane Doe (jane.doe@example.org, +1 212-555-0199) about "
    "invoice 4471. Her card 4111 1111 1111 1111 was charged twice on 3 March. She lives at "
    "1600 Pennsylvania Avenue NW, Washington, DC 20500. Loop in Robert Miles from Contoso "
    "and send the summary to robert.miles@contoso.com before Friday. Thanks! "
)
MIXED = (
    "請幫我回覆王小明的信，他的電子郵件是wang.xm@example.com.tw，電話：0912-345-678，"
    "身分證字號A123456789。Please also cc Jane Doe at jane.doe@example.org and check the order "
    "for 台北市信義區信義路五段7號 before Friday. 信用卡4111111111111111已經扣款兩次。謝謝！ "
)


def prompt_of(base: str, size: int) -> str:
    """A prompt of about `size` characters, made of whole copies of `base` (PII throughout)."""
    copies = max(1, round(size / len(base)))
    return (base * copies)[: max(size, len(base))] if size < len(base) else base * copies


def timed(fn: Callable[[], object], repeat: int, warmup: int = 2) -> list[float]:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return samples


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def summary(samples: list[float]) -> dict:
    return {"p50_ms": round(statistics.median(samples), 3), "p95_ms": round(pct(samples, 95), 3),
            "p99_ms": round(pct(samples, 99), 3), "n": len(samples)}


def machine() -> dict:
    return {"python": platform.python_version(), "platform": platform.platform(),
            "cpus": os.cpu_count(), "processor": platform.processor() or platform.machine()}


def write(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    data = {"generated": datetime.now(UTC).isoformat(timespec="seconds"), "machine": machine(),
            **data}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return path


def table(rows: list[list], header: list[str]) -> str:
    cells = [header] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def datasets_dir() -> Path:
    """The peer suites' folder: $SOVEREIGN_GUARD_DATASETS, else ../shared/datasets beside the
    repo (never committed into it)."""
    override = os.environ.get("SOVEREIGN_GUARD_DATASETS")
    if override:
        return Path(override)
    beside = (REPO / ".." / "shared" / "datasets").resolve()
    # A git worktree under <project>/wt/NAME sits one level deeper than the main checkout.
    worktree = (REPO / ".." / ".." / "shared" / "datasets").resolve()
    return worktree if not beside.is_dir() and worktree.is_dir() else beside


def analyze_batch(analyzer, texts: list[str], language: str = "en", batch_size: int = 32) -> list:
    """Presidio results per text, spaCy run once over all texts through `nlp.pipe` (as the
    Guard does), so plain Presidio is not charged a per-call pipeline start."""
    batch = analyzer.nlp_engine.process_batch(list(texts), language, batch_size=batch_size)
    return [analyzer.analyze(text, language, nlp_artifacts=artifacts) for text, artifacts in batch]
