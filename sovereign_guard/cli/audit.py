"""`sovereign-guard audit verify|checkpoint|show|report|export` and `keys init|rotate|public|list`.

Every audit command reads only (files are opened read-only) and takes `--keys FILE`: a keyset
or a public-keys file (`keys public`). Without `--keys`: `$SOVEREIGN_GUARD_AUDIT_KEY`, else
`$SOVEREIGN_GUARD_HOME/audit-keys.json`; `verify BUNDLE` falls back to the bundle's own
public keys and says so. `show` and `report` decrypt, `export` and `checkpoint --seal`
sign, so they need the secret keyset. `verify` exits 1 on any problem, `export` exits 1 when
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
    p.add_argument("path", metavar="DIR|FILE",
                   help="audit directory (or one log below it), or an evidence bundle")
    p.add_argument("--against", metavar="CHECKPOINT", action="append", default=[],
                   help="file of signed checkpoints kept elsewhere (output of `audit "
                   "checkpoint`); detects tail truncation, deleted logs, rollbacks and "
                   "rewrites, which the host alone cannot show. Repeatable.")
    p.add_argument("--policy", metavar="P", help="the writers' policy, whose audit "
                   "checkpoint_every/checkpoint_seconds a log must keep (default: "
                   "$SOVEREIGN_GUARD_POLICY, else default)")
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
    p.add_argument("path", metavar="DIR", help=_DIR_HELP)
    _filter_options(p)
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=run_show)

    p = actions.add_parser("report", parents=[common], help="summary as text or HTML",
                           description="Summarise decisions, vendors, data classes and entity "
                           "types over the selected events.",
                           epilog="example: sovereign-guard audit report DIR --since 2026-11-01 "
                           "--html report.html")
    p.add_argument("path", metavar="DIR", help=_DIR_HELP)
    _filter_options(p)
    p.add_argument("--html", metavar="FILE", help="also write a self-contained HTML page")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=run_report)

    p = actions.add_parser("export", parents=[common], help="write an evidence bundle",
                           description="Write an evidence bundle (selected records with "
                           "inclusion proofs, checkpoints, public keys, verification report) "
                           "that `audit verify BUNDLE` checks on another machine.")
    p.add_argument("path", metavar="DIR", help=_DIR_HELP)
    p.add_argument("--out", metavar="BUNDLE", required=True, help="new directory to create")
    _filter_options(p)
    p.set_defaults(handler=run_export)


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


def _existing(path: str) -> Path:
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

    path = _existing(args.path)
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
    from ..audit.store import is_bundle
    from ..audit.verify import verify_target

    path = _existing(args.path)
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
    bundle = is_bundle(path)
    keys, source = _resolve_keys(args, secret=False, bundle=path if bundle else None)
    if bundle:
        report = verify_bundle(path, keys, against=notes, key_source=source)
    else:
        report = verify_target(path, keys, against=notes, key_source=source,
                               cadence=_cadence(args))
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
    from ..audit.review import select
    from ..audit.store import is_bundle
    from ..audit.summary import summarise, summary_html, summary_text
    from ..audit.verify import verify_target

    path, keys, reader = _reader(args)
    rows = select(reader, path, _filters(args))
    summary = summarise(rows)
    integrity = (verify_bundle(path, keys) if is_bundle(path)
                 else verify_target(path, keys, cadence=_cadence(args)))
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
    return 0


def run_export(args: argparse.Namespace) -> int:
    from ..audit.bundle import export_bundle

    path = _existing(args.path)
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
