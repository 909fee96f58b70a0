"""`sovereign-guard vendors check | keygen | sign`: model card status, signing keys, signatures.

`check` exits 1 when any card is malformed, invalid under the policy (bad signature; missing
or untrusted where signatures are required), expired, or expiring within the policy's
`vendors.expiry_warning_days`, whose risk review or evidence is older than
`vendors.review_max_days` (default 365), or when the registry would not load (alias collision, a
fallback naming no card). Bad input (no such directory or policy) exits 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import GuardError, VendorError


def register(sub: argparse._SubParsersAction) -> None:
    vendors = sub.add_parser("vendors", help="vendor model cards: check, keygen, sign",
                             description="Vendor model cards: contract status, signing keys "
                             "and detached Ed25519 signatures.")
    actions = vendors.add_subparsers(dest="vendors_command", metavar="ACTION", required=True)

    check = actions.add_parser("check", help="table of cards with contract status",
                               description=__doc__.split("\n\n")[1].replace("\n", " "))
    check.add_argument("--models", metavar="DIR", help="directory of model cards "
                       "(default: the shipped models/)")
    check.add_argument("--policy", metavar="P", help="policy name or file (default: default)")
    check.add_argument("--format", choices=("table", "json"), default="table")
    check.add_argument("--today", metavar="DATE", type=_iso_date,
                       help="check as of this date (YYYY-MM-DD; default: today)")
    check.set_defaults(handler=run_check)

    keygen = actions.add_parser("keygen", help="create an Ed25519 card-signing key pair",
                                description="Writes PREFIX.key (PKCS#8 PEM, mode 0600) and "
                                "PREFIX.pub, and prints the base64 public key for "
                                "vendors.trusted_keys on stdout.")
    keygen.add_argument("--out", metavar="PREFIX", default="card-signing",
                        help="path prefix of the key files (default: ./card-signing)")
    keygen.add_argument("--force", action="store_true", help="replace existing key files")
    keygen.set_defaults(handler=run_keygen)

    sign = actions.add_parser("sign", help="write CARD.sig, a detached Ed25519 signature",
                              description="Signs the canonical bytes of each card and writes "
                              "<card>.yaml.sig next to it.")
    sign.add_argument("cards", nargs="+", metavar="CARD", help="model card file(s)")
    sign.add_argument("--key", required=True, metavar="K",
                      help="private key PREFIX.key from keygen (a public key is refused)")
    sign.set_defaults(handler=run_sign)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


# -- check -----------------------------------------------------------------------------------


def check_report(models: Path | None, policy_name: str | None, today: date) -> dict[str, Any]:
    """Everything `vendors check` prints, as data."""
    from ..policy import load_policy
    from ..vendors import compliant_classes, days_left, expires_soon, is_expired, scan

    policy = load_policy(policy_name)
    result = scan(models, policy)
    window = policy.vendors.expiry_warning_days
    rows = []
    for card in sorted(result.cards, key=lambda c: c.id):
        problems = list(card.problems)
        if is_expired(card, today):
            problems.append("contract_expired")
        elif expires_soon(card, today, window):
            problems.append("expires_soon")
        if card.id in result.conflicting_ids:
            problems.append("name_conflict")
        problems += _stale(card, today, policy.vendors.review_max_days)
        oldest = min((e.retrieved for e in card.evidence), default=None)
        rows.append({
            "id": card.id, "file": str(card.source) if card.source else None,
            "vendor": card.vendor, "api": card.api, "base_url": card.base_url,
            "aliases": list(card.aliases),
            "max_classification": card.contract.max_classification.value,
            "retention_days": card.contract.retention_days,
            "regions": list(card.contract.regions),
            "contract_expires": card.contract.contract_expires.isoformat(),
            "days_left": days_left(card, today),
            "signature": card.signature, "signer": card.signer, "card_hash": card.card_hash,
            "compliant_classes": [c.value for c in compliant_classes(card, policy, today)],
            "assumptions": sorted(card.assumptions),
            "last_review": (card.risk.last_review.isoformat()
                            if card.risk and card.risk.last_review else None),
            "financial_outlook": card.risk.financial_outlook if card.risk else None,
            "incidents": len(card.risk.incidents) if card.risk else 0,
            "oldest_evidence": oldest.isoformat() if oldest else None,
            "problems": problems,
        })
    errors = [{"file": str(path), "error": message} for path, message in result.file_errors]
    ok = not errors and not result.conflicts and not any(r["problems"] for r in rows)
    return {
        "ok": ok, "today": today.isoformat(), "policy": policy.id,
        "models_dir": str(result.directory), "expiry_warning_days": window,
        "require_signatures": policy.vendors.require_signatures,
        "cards": rows, "errors": errors, "conflicts": list(result.conflicts),
    }


def _stale(card, today: date, max_days: int) -> list[str]:
    """`review_overdue` when the card's risk review, `evidence_stale` when any evidence was
    recorded more than `max_days` days before `today` (a card without either is not flagged)."""
    found = []
    if card.risk and card.risk.last_review and (today - card.risk.last_review).days > max_days:
        found.append("review_overdue")
    if any((today - e.retrieved).days > max_days for e in card.evidence):
        found.append("evidence_stale")
    return found


_COLUMNS = (("ID", "id"), ("VENDOR", "vendor"), ("API", "api"), ("MAX CLASS", "max"),
            ("RETENTION", "retention"), ("REGIONS", "regions"), ("EXPIRES", "expires"),
            ("SIGNATURE", "signature"), ("OK FOR", "classes"), ("PROBLEMS", "problems"))


def _cells(row: dict[str, Any]) -> dict[str, str]:
    vendor = row["vendor"] if len(row["vendor"]) <= 20 else row["vendor"][:19] + "…"
    return {
        "id": row["id"], "vendor": vendor, "api": row["api"], "max": row["max_classification"],
        "retention": f"{row['retention_days']}d",
        "regions": ",".join(row["regions"]),
        # A far-future date (the built-in echo) needs no countdown.
        "expires": row["contract_expires"] + (f" ({row['days_left']}d)"
                                               if row["days_left"] < 3650 else ""),
        "signature": row["signature"],
        "classes": ",".join(row["compliant_classes"]) or "-",
        "problems": ",".join(row["problems"]) or "-",
    }


def render_table(report: dict[str, Any]) -> str:
    cells = [_cells(r) for r in report["cards"]]
    widths = {key: max([len(title)] + [len(c[key]) for c in cells]) for title, key in _COLUMNS}
    lines = ["  ".join(title.ljust(widths[key]) for title, key in _COLUMNS).rstrip()]
    lines += ["  ".join(c[key].ljust(widths[key]) for _, key in _COLUMNS).rstrip() for c in cells]
    for err in report["errors"]:
        lines.append(f"malformed: {err['error']}")
    for conflict in report["conflicts"]:
        lines.append(f"conflict: {conflict}")
    bad = sum(1 for r in report["cards"] if r["problems"]) + len(report["errors"])
    verdict = "all cards valid" if report["ok"] else f"{bad} card(s) need attention"
    if report["conflicts"]:
        verdict += f", {len(report['conflicts'])} registry conflict(s)"
    lines.append(f"{len(report['cards'])} card(s) in {report['models_dir']}, policy "
                 f"{report['policy']}, as of {report['today']} (warning window "
                 f"{report['expiry_warning_days']}d): {verdict}")
    return "\n".join(lines)


def run_check(args: argparse.Namespace) -> int:
    report = check_report(Path(args.models) if args.models else None, args.policy,
                          args.today or date.today())
    if args.format == "json":
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(render_table(report))
    return 0 if report["ok"] else 1


# -- keys and signatures -----------------------------------------------------------------------


def run_keygen(args: argparse.Namespace) -> int:
    from ..vendors import generate_keypair

    key_path, pub_path, public = generate_keypair(Path(args.out), force=args.force)
    print(f"sovereign-guard: wrote {key_path} (private, mode 0600: keep it off the guard's "
          f"hosts) and {pub_path}; add the public key below to vendors.trusted_keys",
          file=sys.stderr)
    print(public)
    return 0


def run_sign(args: argparse.Namespace) -> int:
    from ..vendors import load_card, load_private_key, sig_path, sign_bytes
    from ..vendors.signing import key_fingerprint, public_key_b64

    key = load_private_key(Path(args.key))
    for name in args.cards:
        path = Path(name)
        if not path.is_file():
            raise VendorError(f"{path}: model card not found")
        card = load_card(path)  # refuse to sign what would not load
        target = sig_path(path)
        try:
            target.write_text(sign_bytes(card.canonical_bytes, key), encoding="ascii")
        except OSError as exc:
            raise GuardError(f"{target}: cannot write signature ({exc.strerror})") from None
        print(f"signed {card.id} (sha256 {card.card_hash}) -> {target}")
    # Who signed, to check against `vendors.trusted_keys` before the cards ship.
    print(f"signer {public_key_b64(key.public_key())} "
          f"(sha256 fingerprint {key_fingerprint(key.public_key())})")
    return 0
