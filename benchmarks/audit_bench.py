"""Audit trail throughput: writer records/s (fsync per record, batched, none), append latency,
verify records/s (with the secret keyset: AEAD tags checked; public keys only: chain,
Merkle roots and signatures) and `audit show` decrypt+filter records/s; shipping to
PostgreSQL: catch-up records/s, a live run (a writer at `--rate` requests/s, two records
each, with the sidecar's shipper thread: lag and drain time) and verify from the store.

    python benchmarks/audit_bench.py [--records 20000] [--always 2000] [--dir DIR]
                                     [--pg ADMIN_URL | --no-pg] [--rate 2000] [--seconds 5]
                                     [--fleet] [--jobs N]

`--fleet` is the issue's fleet figure: 20 logs of 50,000 records (1 million) written,
shipped and verified from the store, one process and `--jobs` worker processes (default:
one per CPU); without it the fleet run is 20 logs of 1,000 records, to stay short. The
fleet figures split verify-from-store into the store's part (fetching every row, nothing
checked) and the verifier's (records per CPU-second of the verifying process).

Without `--pg` a throw-away PostgreSQL cluster is started as the tests do (tests/pg.py:
loopback port, fsync off, so the figures are the shipper's and the protocol's, not a disk's).

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
    parser.add_argument("--pg", metavar="ADMIN_URL", help="PostgreSQL to ship into (a "
                        "database the benchmark may create the store's schema in); default: "
                        "a throw-away cluster")
    parser.add_argument("--no-pg", action="store_true", help="skip the shipping figures")
    parser.add_argument("--rate", type=int, default=2000, help="live run: requests/s")
    parser.add_argument("--seconds", type=float, default=5.0, help="live run: duration")
    parser.add_argument("--fleet-logs", type=int, default=20, help="fleet verify: logs")
    parser.add_argument("--fleet-records", type=int, default=1000,
                        help="fleet verify: records per log (the issue's figure: 50000)")
    parser.add_argument("--fleet", action="store_true",
                        help="the issue's fleet: 20 logs x 50,000 records (1 million)")
    parser.add_argument("--jobs", type=int, default=0,
                        help="fleet verify: worker processes (default: one per CPU)")
    args = parser.parse_args()
    if args.fleet:
        args.fleet_logs, args.fleet_records = 20, 50_000
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
        shipping = None if args.no_pg else bench_shipping(args, root, keys, target, n)
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
    if shipping:
        print()
        print(table([[k, v] for k, v in shipping.items() if not isinstance(v, dict)]
                    + [[f"fleet {k}", v] for k, v in shipping["fleet"].items()
                       if not k.startswith("fleet_verify")],
                    ["shipping to PostgreSQL", "value"]))
    command = "python benchmarks/audit_bench.py" + (" --fleet" if args.fleet else "")
    path = write("audit", {"command": command, "dir": str(root.parent),
                           "writer": writers, "reader": readers, "shipping": shipping})
    print(f"\nwrote {path}")


def bench_shipping(args, root: Path, keys: Keyset, target: Path, n: int) -> dict:
    import contextlib
    import sys

    import psycopg

    from sovereign_guard.audit.pgschema import schema_sql
    from sovereign_guard.audit.pgstore import verify_store
    from sovereign_guard.audit.ship import Shipper, ShipperThread

    with contextlib.ExitStack() as stack:
        if args.pg:
            admin = args.pg
        else:
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
            from pg import cluster

            admin = stack.enter_context(cluster()).url()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(schema_sql())
            conn.execute("SELECT 1")
        out: dict = {"server": "given --pg" if args.pg else "throw-away cluster (fsync off)"}
        shipper = Shipper(admin)
        t = time.perf_counter()
        shipped = sum(r.records for r in shipper.ship(target))
        out["catch_up_records_per_s"] = round(shipped / (time.perf_counter() - t))
        shipper.close()
        t = time.perf_counter()
        _check(verify_store(admin, keys, log_ids=["bench-batch"]))
        out["verify_store_records_per_s (secret keyset)"] = round(n / (time.perf_counter() - t))
        t = time.perf_counter()
        _check(verify_store(admin, keys.public(), log_ids=["bench-batch"]))
        out["verify_store_records_per_s (public keys)"] = round(n / (time.perf_counter() - t))
        out["fleet"] = bench_fleet(args, root / "fleet", keys, admin)
        out.update({k: v for k, v in out["fleet"].items() if k.startswith("fleet_verify")})
        live = bench_live(root / "live", keys, admin, args.rate, args.seconds, ShipperThread)
        out.update({f"live_{k}": v for k, v in live.items()})
        return out


def bench_fleet(args, fleet: Path, keys: Keyset, admin: str) -> dict:
    """`--fleet-logs` logs of `--fleet-records` each: written, shipped, then verified from the
    store by one process and by `--jobs` processes; the store's share measured alone."""
    import os

    from sovereign_guard.audit.pgstore import Store, verify_store
    from sovereign_guard.audit.ship import Shipper

    ids = [f"fleet-{i:02d}" for i in range(args.fleet_logs)]
    total = args.fleet_logs * args.fleet_records
    events = [make_event(i) for i in range(1000)]
    for log_id in ids:
        with AuditLog(fleet, keys, AuditSettings(fsync="never"), log_id=log_id,
                      recover_others=False) as log:
            for i in range(args.fleet_records):
                log.append(events[i % 1000])
    shipper = Shipper(admin)
    t = time.perf_counter()
    shipper.ship(fleet)
    shipped = time.perf_counter() - t
    shipper.close()
    shutil.rmtree(fleet, ignore_errors=True)  # the store is what is verified
    store = Store(admin, ids)
    t = time.perf_counter()
    fetched = sum(len(f.read_lines()[0]) for log in store.logs() for _, f in log.segments())
    fetch = time.perf_counter() - t
    store.close()
    assert fetched == total
    t, cpu = time.perf_counter(), time.process_time()
    _check(verify_store(admin, keys, log_ids=ids))
    one, one_cpu = time.perf_counter() - t, time.process_time() - cpu
    jobs = args.jobs or os.cpu_count() or 1
    t = time.perf_counter()
    _check(verify_store(admin, keys, log_ids=ids, jobs=jobs))
    many = time.perf_counter() - t
    name = f"({args.fleet_logs} logs, {total} records)"
    return {"logs": args.fleet_logs, "records": total,
            "ship_records_per_s": round(total / shipped),
            "store_fetch_only_records_per_s": round(total / fetch),
            f"fleet_verify_records_per_s {name}": round(total / one),
            "fleet_verify_records_per_cpu_s (verifier process)": round(total / one_cpu),
            f"fleet_verify_records_per_s, --jobs {jobs} {name}": round(total / many)}


def bench_live(directory: Path, keys: Keyset, url: str, rate: int, seconds: float,
               thread_cls) -> dict:
    """A writer at `rate` requests/s (a request and a response record each) for `seconds`,
    the sidecar's shipper thread shipping every 0.5 s: the lag it leaves and the drain time."""
    import psycopg

    events = [make_event(i) for i in range(1000)]
    log = AuditLog(directory, keys, AuditSettings(fsync="batch"), log_id="bench-live",
                   recover_others=False)
    thread = thread_cls(directory, url, interval=0.5)
    thread.start()

    def stored() -> int:
        with psycopg.connect(url) as conn:
            return conn.execute("SELECT count(*) FROM sovereign_guard.audit_records WHERE "
                                "log_id = 'bench-live'").fetchone()[0]

    start, written, lags = time.perf_counter(), 0, []
    next_sample = start + 1
    while (now := time.perf_counter()) - start < seconds:
        due = int((now - start) * rate) * 2
        while written < due:
            log.append(events[written % 1000])
            written += 1
        if now >= next_sample:
            lags.append(written - stored())
            next_sample += 1
        time.sleep(0.001)
    elapsed = time.perf_counter() - start
    t = time.perf_counter()
    while stored() < written and time.perf_counter() - t < 60:
        time.sleep(0.05)
    drain = time.perf_counter() - t
    caught_up = stored() >= written
    thread.stop()
    log.close()
    return {"target_requests_per_s": rate, "achieved_records_per_s": round(written / elapsed),
            "max_lag_records": max(lags, default=0), "drain_s": round(drain, 2),
            "caught_up": caught_up, "shipper_error": thread.last_error}


def _check(report) -> None:
    if not report.ok:
        raise SystemExit("benchmark log did not verify:\n" + report.text())


if __name__ == "__main__":
    main()
