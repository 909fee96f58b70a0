"""Audit trail throughput: writer records/s (fsync per record, batched, none), append latency,
verify records/s (with the secret keyset: AEAD tags checked; public keys only: chain,
Merkle roots and signatures) and `audit show` decrypt+filter records/s.

    python benchmarks/audit_bench.py [--records 20000] [--always 2000] [--dir DIR]

Records are a realistic request event (~9 entity types with offsets, HMAC fingerprints,
signals and controls, ~300 chars of redacted text; ~3.8 KB per line on disk). `--dir` picks
the filesystem to write on (default: a temp dir under the system temp directory): fsync cost
is a property of the disk, so report which one. Writes results/audit.json.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import summary, table, write
from sovereign_guard.audit import AuditEvent, AuditLog, Keyset, verify_target
from sovereign_guard.audit.review import Filters, Reader, select
from sovereign_guard.policy import AuditSettings

TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "US_SSN",
         "LOCATION", "TW_NATIONAL_ID", "API_KEY")


def make_event(i: int) -> AuditEvent:
    return AuditEvent(
        request_id=f"req-{i:08d}", time=datetime.now(UTC), door="sidecar", caller="team-a",
        route="/v1/chat/completions", model_requested="gpt-5", vendor="OpenAI",
        card_id="openai/gpt-5", card_hash="c" * 64, policy_id="default@1", policy_hash="p" * 64,
        decision=("allow", "redact", "reroute", "block")[i % 4],
        reasons=["secret_detected"] if i % 4 == 3 else [], detected_class="confidential",
        outbound_class="internal",
        entities=[{"type": t, "count": 2, "action": "pseudonymize",
                   "offsets": [(0, 10 * k, 10 * k + 8), (1, 5 * k, 5 * k + 6)]}
                  for k, t in enumerate(TYPES)],
        fingerprints=[{"type": t, "hmac": f"{k:02x}" * 32} for k, t in enumerate(TYPES)],
        signals_sent={"Content-Usage": "train-ai=n", "Sec-GPC": "1"},
        controls_sent={"store": False}, status=200,
        latency_ms={"detect": 9.1, "total": 412.5},
        redacted_text=["Hi team, please follow up with <PERSON_7f3a91> (<EMAIL_ADDRESS_1b2c3d>, "
                       "<PHONE_NUMBER_a0b1c2>) about invoice 4471. Her card <CREDIT_CARD_0f1e2d> "
                       "was charged twice on 3 March. She lives at <LOCATION_9a8b7c>.",
                       "Loop in <PERSON_4d5e6f> and send the summary before Friday."],
    )


def bench_writer(directory: Path, keys: Keyset, n: int, fsync: str) -> dict:
    events = [make_event(i) for i in range(n)]  # built outside the timed loop
    settings = AuditSettings(fsync=fsync, fsync_batch=64, checkpoint_every=1000)
    log = AuditLog(directory, keys, settings, log_id=f"bench-{fsync}", recover_others=False)
    latencies = []
    start = time.perf_counter()
    for e in events:
        t = time.perf_counter()
        log.append(e)
        latencies.append((time.perf_counter() - t) * 1000)
    elapsed = time.perf_counter() - start
    log.close()
    size = sum(p.stat().st_size for p in (directory / f"bench-{fsync}").glob("seg-*"))
    return {"fsync": fsync, "records": n, "records_per_s": round(n / elapsed),
            "append": summary(latencies), "bytes_per_record": round(size / n)}


def best_of(runs: int, fn) -> float:
    return min(_timed(fn) for _ in range(runs))


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=20000, help="records for batch/never")
    parser.add_argument("--always", type=int, default=2000, help="records for fsync=always")
    parser.add_argument("--dir", help="directory to write in (default: system temp)")
    args = parser.parse_args()
    keys = Keyset.generate()
    root = Path(tempfile.mkdtemp(prefix="sg-audit-bench-", dir=args.dir))
    try:
        writers = [bench_writer(root / "always", keys, args.always, "always"),
                   bench_writer(root / "batch", keys, args.records, "batch"),
                   bench_writer(root / "never", keys, args.records, "never")]
        target = root / "batch"
        n = args.records
        secret = best_of(3, lambda: _check(verify_target(target, keys)))
        public = best_of(3, lambda: _check(verify_target(target, keys.public())))
        show = best_of(3, lambda: select(Reader(keys), target, Filters(decision="block")))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    readers = [{"what": "verify (secret keyset: AEAD + chain + Merkle + signatures)",
                "records_per_s": round(n / secret)},
               {"what": "verify (public keys: chain + Merkle + signatures)",
                "records_per_s": round(n / public)},
               {"what": "show --decision block (decrypt + parse + filter)",
                "records_per_s": round(n / show)}]
    print(table([[w["fsync"], w["records"], w["records_per_s"], w["append"]["p50_ms"],
                  w["append"]["p99_ms"], w["bytes_per_record"]] for w in writers],
                ["fsync", "records", "records/s", "p50 ms", "p99 ms", "bytes/record"]))
    print()
    print(table([[r["what"], n, r["records_per_s"]] for r in readers],
                ["reader", "records", "records/s"]))
    path = write("audit", {"command": "python benchmarks/audit_bench.py", "dir": str(root.parent),
                           "writer": writers, "reader": readers})
    print(f"\nwrote {path}")


def _check(report) -> None:
    if not report.ok:
        raise SystemExit("benchmark log did not verify:\n" + report.text())


if __name__ == "__main__":
    main()
