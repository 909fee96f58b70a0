"""`sovereign-guard clients add|list|revoke`: who may call the sidecar."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

_FILE_HELP = ("client keys file (default: $SOVEREIGN_GUARD_CLIENT_KEYS, else the "
              "clients.keys_file of $SOVEREIGN_GUARD_POLICY, else "
              "$SOVEREIGN_GUARD_HOME/clients.yaml)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "clients",
        help="issue, list and revoke the client keys the sidecar requires",
        description="Client keys decide who may call the sidecar. Once a client keys file "
        "exists, every request must carry one of its keys ('Authorization: Bearer KEY' or "
        "'x-api-key: KEY'; missing or unknown: 401), the client's name is the caller in the "
        "audit trail and a client bound to a policy gets that policy. The file holds only "
        "each key's SHA-256. Without it, `serve` accepts any caller that reaches its address.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n"
        "  sovereign-guard clients add billing-app --policy strict   # prints the key once\n"
        "  sovereign-guard clients list\n"
        "  sovereign-guard clients revoke billing-app\n"
        "A running sidecar re-reads the file on its next request: keys added or revoked take "
        "effect at once;\na client bound to a policy the sidecar did not load at start-up is "
        "refused (503) until a restart.",
    )
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)

    add = verbs.add_parser("add", help="create a client and print its key (once)",
                           description="Create client NAME with a new random key, print the "
                           "key once on stdout (store it now: only its SHA-256 is kept) and "
                           "write the keys file (mode 0600).")
    add.add_argument("name", metavar="NAME",
                     help="client name, recorded as the caller in the audit trail "
                     "(letters, digits, '.', '_', '-')")
    add.add_argument("--policy", metavar="P",
                     help="policy this client gets instead of the sidecar's (a shipped name "
                     "such as strict, or a YAML path); checked now")
    add.add_argument("--file", metavar="F", help=_FILE_HELP)
    add.set_defaults(handler=run_add)

    ls = verbs.add_parser("list", help="names, policies, creation times and key fingerprints",
                          description="List the clients: name, policy, created, and a short "
                          "fingerprint of the key's hash (never the key).")
    ls.add_argument("--file", metavar="F", help=_FILE_HELP)
    ls.add_argument("--format", choices=["table", "json"], default="table")
    ls.set_defaults(handler=run_list)

    rm = verbs.add_parser("revoke", help="remove a client; its key stops working",
                          description="Remove client NAME. A running sidecar refuses its key "
                          "from the next request on. Revoking the last client leaves an empty "
                          "file: the sidecar then refuses every request (delete the file and "
                          "restart to accept any caller again).")
    rm.add_argument("name", metavar="NAME")
    rm.add_argument("--file", metavar="F", help=_FILE_HELP)
    rm.set_defaults(handler=run_revoke)


def _path(args: argparse.Namespace) -> tuple[Path, bool]:
    """The keys file these commands act on, as `serve` would find it (and if explicit)."""
    from ..clients import keys_path

    if args.file:
        return Path(args.file), True
    policy = None
    if os.environ.get("SOVEREIGN_GUARD_POLICY"):  # its clients.keys_file, as serve reads it
        from ..policy import load_policy

        policy = load_policy(os.environ["SOVEREIGN_GUARD_POLICY"])
    return keys_path(policy)


def _policy_ref(given: str) -> str:
    """What the file records for --policy: a shipped policy's name, or an absolute path (the
    sidecar may run elsewhere). Loading it now makes a typo an error here, not at start-up."""
    from ..clients import load_client_policy
    from ..policy import resolve_policy_path

    load_client_policy(given)
    path = resolve_policy_path(given)
    return given if path != Path(given) else str(path.resolve())


def run_add(args: argparse.Namespace) -> int:
    from ..clients import check_name, editing

    check_name(args.name)
    policy = _policy_ref(args.policy) if args.policy else None
    path, _ = _path(args)
    with editing(path, create=True) as box:
        box[0], key = box[0].add(args.name, policy)
    print(key)
    print(f"sovereign-guard: client '{args.name}' added to {path}"
          f"{f' with policy {policy}' if policy else ''}; this key is shown once: store it "
          f"now (send it as 'Authorization: Bearer KEY' or 'x-api-key: KEY')", file=sys.stderr)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from ..clients import load_keys

    path, explicit = _path(args)
    if not explicit and not path.exists():
        print(f"sovereign-guard: no client keys file ({path}): the sidecar accepts any "
              "caller on its address; add one with `sovereign-guard clients add NAME`",
              file=sys.stderr)
        if args.format == "json":
            print("[]")
        return 0
    keys = load_keys(path)
    rows = [{"name": c.name, "policy": c.policy, "created": c.created.isoformat(),
             "fingerprint": c.fingerprint} for c in keys.clients]
    if args.format == "json":
        print(json.dumps(rows, indent=2))
        return 0
    table = [("NAME", "POLICY", "CREATED", "KEY")] + [
        (r["name"], r["policy"] or "(sidecar's)", r["created"], r["fingerprint"]) for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    print(f"sovereign-guard: {len(rows)} client(s) in {path}", file=sys.stderr)
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from ..clients import editing

    path, _ = _path(args)
    with editing(path, create=False) as box:
        box[0] = box[0].revoke(args.name)
        left = len(box[0].clients)
    print(f"sovereign-guard: client '{args.name}' revoked in {path}; a running sidecar "
          "refuses its key from the next request", file=sys.stderr)
    if not left:
        print(f"sovereign-guard: no clients left: the sidecar now refuses every request "
              f"(delete {path} and restart it to accept any caller)", file=sys.stderr)
    return 0
