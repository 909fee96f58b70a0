"""`sovereign-guard audit verify|checkpoint|show|report|export|ship`, `keys init|rotate|...`.

`audit ship` is the one audit command that writes (to the PostgreSQL store, and with `--prune`
deletes local copies the store holds entirely); `audit verify` also takes a postgresql:// URL.

Every audit command reads only (files are opened read-only) and takes `--keys FILE`: a keyset
or a public-keys file (`keys public`). Without `--keys`: `$SOVEREIGN_GUARD_AUDIT_KEY`, else
`$SOVEREIGN_GUARD_HOME/audit-keys.json`; `verify BUNDLE` falls back to the bundle's own
public keys and says so. `show` and `report` decrypt, `export` and `checkpoint --seal`
sign, so they need the secret keyset. `verify` exits 1 on any problem, `report` exits 1 when
the trail does not verify (the summary is still written, marked so), `export` exits 1 when
the source did not verify (the bundle is still written, its report says why); bad input
exits 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..errors import AuditError

DECISIONS = ("allow", "redact", "reroute", "block")
DATA_CLASSES = ("public", "internal", "confidential", "restricted")


def register(sub: argparse._SubParsersAction) -> None:
    _register_audit(sub)
    _register_keys(sub)


def _keys_option() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--keys", metavar="FILE",
                        help="audit keyset or public-keys file (default: "
                        "$SOVEREIGN_GUARD_AUDIT_KEY, else $SOVEREIGN_GUARD_HOME/audit-keys.json)")
    return common


_DIR_HELP = ("audit directory (the sidecar's --audit-dir, default "
             "$SOVEREIGN_GUARD_HOME/audit); every log under it is read")
_SOURCE_HELP = _DIR_HELP + ", or a postgresql:// URL: every log shipped to that store"


def _filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", metavar="ISO", help="events at or after this UTC date/time")
    p.add_argument("--until", metavar="ISO", help="events up to this date (inclusive) or time")
    p.add_argument("--vendor", metavar="V", help="vendor name, model card id or card prefix")
    p.add_argument("--decision", choices=DECISIONS)
    p.add_argument("--data-class", choices=DATA_CLASSES,
                   help="detected or outbound data class")
    p.add_argument("--entity", metavar="TYPE", help="entity type, e.g. PERSON")


def _register_audit(sub: argparse._SubParsersAction) -> None:
    common = _keys_option()
    audit = sub.add_parser("audit", help="verify, review and export the audit trail",
                           description="Verify, filter, summarise and export the encrypted, "
                           "tamper-evident audit trail. Reading never modifies the log.")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    p = actions.add_parser("verify", parents=[common], help="check integrity; exit 1 on problems",
                           description="Check every record (format, chain, sequence, key, "
                           "AEAD tag) and every signed checkpoint of every log under DIR, or "
                           "an evidence bundle. Exit 0 when all is valid, 1 naming each "
                           "problem's file and line.")
    p.add_argument("path", metavar="DIR|FILE|URL",
                   help="audit directory (or one log below it), an evidence bundle, or a "
                   "postgresql:// URL (the central store: every replica's log)")
    p.add_argument("--against", metavar="CHECKPOINT", action="append", default=[],
                   help="file of signed checkpoints kept elsewhere (output of `audit "
                   "checkpoint`); detects tail truncation, deleted logs, rollbacks and "
                   "rewrites, which the host alone cannot show. Repeatable.")
    p.add_argument("--policy", metavar="P", help="the writers' policy, whose audit "
                   "checkpoint_every/checkpoint_seconds a log must keep (default: "
                   "$SOVEREIGN_GUARD_POLICY, else default)")
    p.add_argument("--log", metavar="ID", action="append",
                   help="with a postgresql:// store: verify only this log (repeatable)")
    p.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="verify N logs at once in worker processes (a fleet; default 1; "
                   "0: one per CPU)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=run_verify)

    p = actions.add_parser("checkpoint", parents=[common],
                           help="print the latest signed checkpoint of each log",
                           description="Print the latest signed checkpoint of each log, to "
                           "keep outside this host (SIEM, WORM store) for `verify --against`; "
                           "stderr says how many of the log's records each one covers.")
    p.add_argument("path", metavar="DIR", help=_DIR_HELP)
    p.add_argument("--seal", action="store_true",
                   help="verify each log, then sign and print a fresh checkpoint covering "
                   "every record now on disk (needs the secret keyset; writes nothing)")
    p.set_defaults(handler=run_checkpoint)

    p = actions.add_parser("show", parents=[common], help="decrypted events, filtered",
                           description="Decrypt and list events, oldest first. Records hold "
                           "entity types, offsets and keyed fingerprints, never raw values.",
                           epilog="example: sovereign-guard audit show DIR --since 2026-11-01 "
                           "--decision block --format csv > blocked.csv")
    p.add_argument("path", metavar="DIR|URL", help=_SOURCE_HELP)
    _filter_options(p)
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=run_show)

    p = actions.add_parser("report", parents=[common], help="summary as text or HTML; exit 1 "
                           "when integrity fails",
                           description="Summarise the selected events: decisions, policy "
                           "blocks apart from client errors, the blocked requests (ids, times, "
                           "reason codes), doors, data classes, entity types, vendor errors and "
                           "latency per vendor, requests per day. The whole DIR is verified "
                           "too, as `audit verify` does.",
                           formatter_class=argparse.RawDescriptionHelpFormatter,
                           epilog="exit status: 0 the summary was written and every record and "
                           "checkpoint verified;\n  1 integrity FAILED (the summary and --html "
                           "page are still written, marked as\n  not verified: run `audit "
                           "verify DIR` for the file and line of each problem);\n  2 bad "
                           "input (no such DIR, no usable keys, bad date, unwritable --html)."
                           "\n\nexample: sovereign-guard audit report DIR --since 2026-11-01 "
                           "--html report.html")
    p.add_argument("path", metavar="DIR|URL", help=_SOURCE_HELP)
    _filter_options(p)
    p.add_argument("--html", metavar="FILE", help="also write a self-contained HTML page")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=run_report)

    p = actions.add_parser("export", parents=[common], help="write an evidence bundle",
                           description="Write an evidence bundle (selected records with "
                           "inclusion proofs, checkpoints, public keys, verification report) "
                           "that `audit verify BUNDLE` checks on another machine.")
    p.add_argument("path", metavar="DIR|URL", help=_SOURCE_HELP)
    p.add_argument("--out", metavar="BUNDLE", required=True, help="new directory to create")
    _filter_options(p)
    p.set_defaults(handler=run_export)

    p = actions.add_parser("ship", parents=[common], help="copy logs to the PostgreSQL store",
                           description="Copy every log under DIR, unchanged and still "
                           "encrypted, into the central PostgreSQL store (resumes where it "
                           "stopped, idempotent; a different record for a stored (log, seq) "
                           "is a fork: reported, never overwritten). Exit 0 when shipped, "
                           "1 on a fork (with --status: when the store shows a fork or a gap), "
                           "2 when the store is unreachable.",
                           epilog="set-up: sovereign-guard audit ship --print-sql | psql "
                           "postgresql://ADMIN@HOST/DB; then point --to (or "
                           "$SOVEREIGN_GUARD_AUDIT_SHIP_URL) at postgresql://sg_shipper@HOST/DB "
                           "(password in PGPASSWORD or ~/.pgpass, not in the URL)")
    p.add_argument("path", metavar="DIR", nargs="?", help=_DIR_HELP)
    p.add_argument("--to", metavar="URL", default=os.environ.get("SOVEREIGN_GUARD_AUDIT_SHIP_URL"),
                   help="postgresql:// URL of the store (default "
                   "$SOVEREIGN_GUARD_AUDIT_SHIP_URL)")
    p.add_argument("--status", action="store_true",
                   help="ship nothing; show how far each log is shipped")
    p.add_argument("--prune", action="store_true",
                   help="after shipping, delete what the store holds under a verified "
                   "checkpoint: a finished log whole, else (a live log too) its closed "
                   "segments behind a signed pruned-prefix note (needs the secret keyset)")
    p.add_argument("--batch", type=int, default=1000, help="lines per transaction")
    p.add_argument("--print-sql", action="store_true",
                   help="print the store's set-up SQL (tables, append-only triggers, the "
                   "shipper role's INSERT+SELECT grants) for an administrator to run")
    p.add_argument("--role", default="sg_shipper", help="shipper role for --print-sql")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=run_ship)


def _register_keys(sub: argparse._SubParsersAction) -> None:
    common = _keys_option()
    keys = sub.add_parser("keys", help="create, rotate and list the audit keys",
                          description="The audit keyset: AES-256-GCM + Ed25519 keys with ids; "
                          "one primary; old keys keep decrypting and verifying.")
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = actions.add_parser("init", parents=[common], help="create the keyset (mode 0600)")
    p.add_argument("--print-env", action="store_true", help="print a new keyset as a "
                   "SOVEREIGN_GUARD_AUDIT_KEY value instead of writing a file")
    p.set_defaults(handler=run_keys_init)
    p = actions.add_parser("rotate", parents=[common], help="add a new primary key")
    p.set_defaults(handler=run_keys_rotate)
    p = actions.add_parser("public", parents=[common],
                           help="write the public key history (for verifiers elsewhere)")
    p.add_argument("--out", metavar="FILE", help="default: stdout")
    p.set_defaults(handler=run_keys_public)
    p = actions.add_parser("list", parents=[common], help="key ids, epochs, fingerprints")
    p.set_defaults(handler=run_keys_list)


# -- helpers ----------------------------------------------------------------------------------


def _resolve_keys(args: argparse.Namespace, *, secret: bool, bundle: Path | None = None):
    from ..audit.keys import KEY_ENV, default_keyset_path, load_keyset

    if args.keys:
        keys, source = load_keyset(Path(args.keys)), args.keys
    elif os.environ.get(KEY_ENV):
        keys, source = load_keyset(None), f"${KEY_ENV}"
    elif default_keyset_path().exists() or bundle is None:
        keys, source = load_keyset(None), str(default_keyset_path())
    else:
        from ..audit.bundle import load_bundle_keys

        keys = load_bundle_keys(bundle)
        prints = ", ".join(f"{k.kid}={k.fingerprint}" for k in keys.keys)
        source = f"the bundle's own public keys, NOT pinned (compare fingerprints: {prints})"
    if secret and not keys.has_secrets:
        raise AuditError(f"{source}: public keys only; this command decrypts events and "
                         "needs the secret keyset")
    return keys, source


def _cadence(args: argparse.Namespace):
    """The audit settings the writers ran with: how often a log must have been sealed."""
    from ..policy import load_policy

    return load_policy(getattr(args, "policy", None)
                       or os.environ.get("SOVEREIGN_GUARD_POLICY")).audit


def _existing(path: str, *, store: bool = False):
    """The Path named on the command line; with `store`, a postgresql:// URL is the central
    store (`pgstore.Store`, read as a directory of logs)."""
    from ..audit.pgstore import Store, is_store_url

    if is_store_url(path):
        if not store:
            raise AuditError("this command reads a local directory, not a postgresql:// store")
        return Store(path)
    p = Path(path)
    if not p.exists():
        raise AuditError(f"{p}: no such file or directory")
    return p


def _filters(args: argparse.Namespace):
    from ..audit.review import Filters, parse_time

    f = Filters(since=parse_time(args.since) if args.since else None,
                until=parse_time(args.until, end=True) if args.until else None,
                vendor=args.vendor, decision=args.decision, data_class=args.data_class,
                entity=args.entity)
    f.describe = {k: v for k, v in (("since", args.since), ("until", args.until),
                                    ("vendor", args.vendor), ("decision", args.decision),
                                    ("data_class", args.data_class), ("entity", args.entity))
                  if v}
    return f


def _reader(args: argparse.Namespace):
    from ..audit.review import Reader

    path = _existing(args.path, store=True)
    keys, _ = _resolve_keys(args, secret=True)
    return path, keys, Reader(keys)


def _warn_unreadable(reader) -> None:
    if reader.unreadable:
        print(f"sovereign-guard: warning: {reader.unreadable} record(s) could not be read "
              "(malformed, unknown key or bad MAC); run `audit verify`", file=sys.stderr)


# -- audit handlers ---------------------------------------------------------------------------


def run_verify(args: argparse.Namespace) -> int:
    import orjson

    from ..audit.bundle import verify_bundle
    from ..audit.checkpoint import parse_note, split_notes
    from ..audit.pgstore import is_store_url, verify_store
    from ..audit.store import is_bundle
    from ..audit.verify import verify_target

    store = is_store_url(args.path)
    if args.log and not store:
        raise AuditError("--log selects logs in a postgresql:// store; for a directory, "
                         "name the log's own directory")
    path = Path(args.path) if store else _existing(args.path)
    notes: list[str] = []
    for name in args.against:
        try:
            text = Path(name).read_text(encoding="utf-8")
            found = split_notes(text)
        except OSError as exc:
            raise AuditError(f"{name}: cannot read ({exc.strerror})") from None
        except (UnicodeDecodeError, ValueError):
            raise AuditError(f"{name}: not a file of signed checkpoints") from None
        if not found:
            raise AuditError(f"{name}: no signed checkpoint in it")
        for i, note in enumerate(found, 1):
            try:
                parse_note(note)
            except ValueError as exc:
                raise AuditError(f"{name}: checkpoint {i} is not a signed checkpoint "
                                 f"({exc})") from None
        notes += found
    bundle = not store and is_bundle(path)
    keys, source = _resolve_keys(args, secret=False, bundle=path if bundle else None)
    if args.jobs < 0:
        raise AuditError("--jobs must be 0 (one per CPU) or more")
    jobs = args.jobs or os.cpu_count() or 1
    if store:
        report = verify_store(args.path, keys, against=notes, key_source=source,
                              log_ids=args.log, cadence=_cadence(args), jobs=jobs)
    elif bundle:
        report = verify_bundle(path, keys, against=notes, key_source=source)
    else:
        report = verify_target(path, keys, against=notes, key_source=source,
                               cadence=_cadence(args), jobs=jobs)
    if args.format == "json":
        sys.stdout.write(orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2).decode()
                         + "\n")
    else:
        sys.stdout.write(report.text())
    return 0 if report.ok else 1


def run_checkpoint(args: argparse.Namespace) -> int:
    import orjson

    from ..audit.checkpoint import parse_note
    from ..audit.store import find_logs, tail
    from ..audit.verify import log_tree, seal_log

    logs = find_logs(_existing(args.path))
    if not logs:
        raise AuditError(f"{args.path}: no audit logs found")
    keys = _resolve_keys(args, secret=True)[0] if args.seal else None
    printed = refused = 0
    for logdir in logs:
        if keys is not None:
            cp, rep = seal_log(logdir, keys, cadence=_cadence(args))
            if cp is None:
                refused += 1
                print(f"sovereign-guard: log {logdir.log_id}: NOT sealed, it does not verify "
                      f"({len(rep.problems)} problem(s)); run `audit verify`", file=sys.stderr)
                continue
            note, covered, total = cp.note, cp.size, cp.size
        else:
            line = None
            if logdir.checkpoints.exists():
                line, _, _ = tail(logdir.checkpoints)
            try:
                note = orjson.loads(line)["note"] if line else None
                covered = parse_note(note).size if isinstance(note, str) else 0
            except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
                note, covered = None, 0
            total = log_tree(logdir)[0].size
            if not isinstance(note, str):
                print(f"sovereign-guard: log {logdir.log_id}: no readable checkpoint yet "
                      f"({total} record(s)); `--seal` signs one now", file=sys.stderr)
                continue
        sys.stdout.write(("\n" if printed else "") + note)
        printed += 1
        # stderr, so stdout stays a file of notes for the SIEM / `verify --against`
        behind = (f"; {total - covered} newer record(s) not covered, `--seal` signs them now"
                  if covered < total else "")
        what = "sealed now, covers" if keys is not None else "checkpoint covers"
        print(f"sovereign-guard: log {logdir.log_id}: {what} {covered} of {total} "
              f"record(s){behind}", file=sys.stderr)
    if refused:
        return 1
    if not printed:
        raise AuditError(f"{args.path}: no signed checkpoints found")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from ..audit.review import select, to_csv, to_json, to_table

    path, _, reader = _reader(args)
    rows = select(reader, path, _filters(args))
    out = {"table": to_table, "json": to_json, "csv": to_csv}[args.format](rows)
    sys.stdout.write(out)
    _warn_unreadable(reader)
    return 0


def run_report(args: argparse.Namespace) -> int:
    import orjson

    from ..audit.bundle import verify_bundle
    from ..audit.page import summary_html
    from ..audit.pgstore import verify_store
    from ..audit.review import select
    from ..audit.store import is_bundle
    from ..audit.summary import summarise, summary_text
    from ..audit.verify import verify_target

    path, keys, reader = _reader(args)
    rows = select(reader, path, _filters(args))
    summary = summarise(rows)
    if not isinstance(path, Path):  # the central store: also its forks, problems named by row
        integrity = verify_store(path, keys, cadence=_cadence(args))
    elif is_bundle(path):
        integrity = verify_bundle(path, keys)
    else:
        integrity = verify_target(path, keys, cadence=_cadence(args))
    if args.format == "json":
        doc = {**summary, "integrity": integrity.to_dict()["totals"], "ok": integrity.ok}
        sys.stdout.write(orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        sys.stdout.write(summary_text(summary, str(path), integrity))
    if args.html:
        try:
            Path(args.html).write_text(summary_html(summary, str(path), integrity),
                                       encoding="utf-8")
        except OSError as exc:
            raise AuditError(f"{args.html}: cannot write ({exc.strerror})") from None
        print(f"sovereign-guard: wrote {args.html}", file=sys.stderr)
    _warn_unreadable(reader)
    if not integrity.ok:  # the same verdict as `audit verify`, so a pipeline can gate on it
        print("sovereign-guard: integrity FAILED; run `audit verify` for each problem",
              file=sys.stderr)
        return 1
    return 0


def run_export(args: argparse.Namespace) -> int:
    from ..audit.bundle import export_bundle

    path = _existing(args.path, store=True)
    filters = _filters(args)
    keys, source = _resolve_keys(args, secret=True)  # the manifest is signed
    report, counts = export_bundle(path, Path(args.out), keys, filters, source,
                                   _cadence(args))
    t = report.totals()
    print(f"exported {sum(counts.values())} record(s) from {len(counts)} log(s) to {args.out}")
    print(f"source: {t['valid']}/{t['records']} records valid, {t['checkpoints_valid']}/"
          f"{t['checkpoints']} checkpoints valid" + ("" if report.ok else
                                                    " - FAILED, see report.txt in the bundle"))
    return 0 if report.ok else 1


def run_ship(args: argparse.Namespace) -> int:
    import orjson

    from ..audit.pgschema import schema_sql
    from ..audit.ship import Shipper
    from ..audit.shipped import prune, status

    if args.print_sql:
        try:
            sys.stdout.write(schema_sql(args.role))
        except ValueError as exc:
            raise AuditError(f"--role: {exc}") from None
        return 0
    if not args.to:
        raise AuditError("--to postgresql://... (or $SOVEREIGN_GUARD_AUDIT_SHIP_URL) is "
                         "required")
    if not args.path:
        raise AuditError("DIR is required")
    path = _existing(args.path)
    if args.status:
        rows = status(path, args.to)
        if args.format == "json":
            sys.stdout.write(orjson.dumps([r.to_dict() for r in rows],
                                          option=orjson.OPT_INDENT_2).decode() + "\n")
        else:
            sys.stdout.write(_status_table(rows))
        # for monitoring: a fork or a hole in the store is worth a page
        return 1 if any(r.forks or r.next_seq != r.shipped_records for r in rows) else 0
    if args.batch < 1:
        raise AuditError("--batch must be at least 1")
    shipper = Shipper(args.to, batch=args.batch)
    try:
        results = shipper.ship(path)
    finally:
        shipper.close()
    code = 0
    for r in results:
        line = (f"log {r.log_id}: {r.records} record(s) and {r.checkpoints} checkpoint(s) "
                f"shipped, store holds {r.shipped}")
        if r.duplicates:
            line += f" ({r.duplicates} already there)"
        if r.held:
            line += "; newest checkpoint waits for its records"
        if r.fork:
            line += f"; FORK at {r.fork}: the store holds different bytes, not shipped further"
            code = 1
        print(line)
    if not results:
        print(f"no audit logs under {path}", file=sys.stderr)
    if args.prune and code == 0:
        keys, _ = _resolve_keys(args, secret=False)
        for p in prune(path, args.to, keys):
            print(f"log {p.log_id}: {'pruned' if p.pruned else 'kept'}: {p.why}")
    return code


def _status_table(rows) -> str:
    head = (f"{'LOG':<40} {'LOCAL':>8} {'SHIPPED':>8} {'BEHIND':>7} {'SEALED local/store':>19}"
            f"  LAST SHIPPED")
    out = [head]
    for r in rows:
        local = "-" if r.local_records is None else str(r.local_records)
        behind = "-" if r.behind is None else str(r.behind)
        sealed = (f"{'-' if r.local_sealed is None else r.local_sealed}/"
                  f"{'-' if r.shipped_sealed is None else r.shipped_sealed}")
        extra = "" if r.local_records is not None else "  (store only)"
        if r.next_seq != r.shipped_records:
            extra += f"  GAP: {r.next_seq - r.shipped_records} seq(s) missing in the store"
        if r.forks:
            extra += f"  FORKS: {r.forks}"
        out.append(f"{r.log_id:<40} {local:>8} {r.shipped_records:>8} {behind:>7} "
                   f"{sealed:>19}  {r.last_shipped_at or '-'}{extra}")
    if len(out) == 1:
        out.append("(no logs)")
    return "\n".join(out) + "\n"


# -- keys handlers ----------------------------------------------------------------------------


def run_keys_init(args: argparse.Namespace) -> int:
    from ..audit.keys import (
        KEY_ENV,
        Keyset,
        create_exclusive,
        default_keyset_path,
        encode_env,
    )

    if args.print_env:
        print(encode_env(Keyset.generate()))
        return 0
    path = Path(args.keys) if args.keys else default_keyset_path()
    if args.keys and not path.parent.is_dir():  # a typo must not grow a directory tree
        what = "is not a directory" if path.parent.exists() else "does not exist"
        raise AuditError(f"{path}: directory {path.parent} {what} (create it first, mode 0700)")
    keyset = Keyset.generate(source=str(path))
    try:
        created = create_exclusive(path, keyset.to_json(include_secrets=True))
    except OSError as exc:
        raise AuditError(f"{path}: cannot create ({exc.strerror})") from None
    if not created:
        raise AuditError(f"{path}: already exists (use `sovereign-guard keys rotate`)")
    print(f"created audit keyset {path} (mode 0600), primary key {keyset.primary_id}; "
          "back it up: without it the audit trail cannot be read")
    if os.environ.get(KEY_ENV) and not args.keys:
        print(f"sovereign-guard: note: ${KEY_ENV} is set and takes precedence over this file",
              file=sys.stderr)
    return 0


def run_keys_rotate(args: argparse.Namespace) -> int:
    from ..audit.keys import KEY_ENV, default_keyset_path, encode_env, load_keyset, save_keyset

    from_env = not args.keys and bool(os.environ.get(KEY_ENV))
    keyset = load_keyset(Path(args.keys) if args.keys else None)
    if not keyset.has_secrets:
        raise AuditError(f"{keyset.source}: public keys only, cannot rotate")
    rotated = keyset.rotated()
    if from_env:
        print(encode_env(rotated))
        print(f"sovereign-guard: new primary {rotated.primary_id}; the keyset came from "
              f"${KEY_ENV}: replace its value with the line above", file=sys.stderr)
        return 0
    path = Path(args.keys) if args.keys else default_keyset_path()
    save_keyset(path, rotated)
    print(f"rotated {path}: new primary key {rotated.primary_id}; older keys are kept to "
          "decrypt and verify. Running writers switch on restart.")
    return 0


def run_keys_public(args: argparse.Namespace) -> int:
    from ..audit.keys import load_keyset

    data = load_keyset(Path(args.keys) if args.keys else None).public().to_json()
    if args.out:
        try:
            Path(args.out).write_bytes(data)
        except OSError as exc:
            raise AuditError(f"{args.out}: cannot write ({exc.strerror})") from None
        print(f"wrote public keys to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(data.decode())
    return 0


def run_keys_list(args: argparse.Namespace) -> int:
    from ..audit.keys import load_keyset, utc_iso

    keyset = load_keyset(Path(args.keys) if args.keys else None)
    print(f"{'KID':<10}{'ACTIVATED':<30}{'PRIMARY':<9}{'SECRET':<8}FINGERPRINT")
    for k in keyset.keys:
        primary = "yes" if k.kid == keyset.primary_id else ""
        print(f"{k.kid:<10}{utc_iso(k.activated):<30}{primary:<9}"
              f"{'yes' if k.aead else 'no':<8}{k.fingerprint}")
    return 0
