"""Evidence bundles: `audit export DIR --out BUNDLE` and `audit verify BUNDLE`.

A bundle is a directory (zip or tar it to hand it over):

    manifest.json       format, source, filters, per-log counts, SHA-256 of every other file
    manifest.sig        `<kid> <base64 Ed25519 signature>` over the manifest's bytes by the
                        exporting keyset's primary key: without it anyone could drop records
                        and recompute the manifest's hashes
    records.jsonl       {"log_id", "index", "line", "proof", "selected"}: the original envelope
                        lines, byte for byte, each with an RFC 9162 inclusion proof (base64
                        hashes) against its log's latest signed checkpoint in the bundle
    checkpoints.jsonl   {"log_id", "note", "consistency"}: every valid signed checkpoint of
                        each exported log, with a consistency proof to the latest one
    public-keys.json    the key history without secrets (verifies signatures, cannot decrypt)
    report.txt/.json    the verification report of the source logs at export time

Only selected records travel, not whole logs. Records newer than the latest checkpoint have
no proof; instead the bundle carries every line from the last signed one up to them, so they
hash-chain to a signed leaf (reported as chained, not signed). The newest record each
checkpoint covers is included too (`selected: false`), so the verifier can bind every
checkpoint to the key epoch of what it signs. Verifying needs no secret key: with a keyset at
hand it also decrypts and checks every AEAD tag. Trust comes from the public keys: pin them
with `--keys` (a file from `sovereign-guard keys public`), else the report says the bundle's
own keys were used and prints their fingerprints to compare out of band. Exporting signs,
so it needs the secret keyset; a bundle whose manifest is unsigned or badly signed fails.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import orjson
from cryptography.exceptions import InvalidSignature

from .. import __version__
from ..errors import AuditError
from ..policy import AuditSettings
from .checkpoint import Checkpoint, check_signature, parse_note
from .envelope import Envelope, genesis, line_hash, parse_line
from .keys import Keyset, b64, parse_keyset, unb64, utc_iso
from .merkle import Tree, leaf_hash, verify_consistency, verify_inclusion
from .report import LogReport, Problem, Report
from .review import Filters, Reader
from .store import BUNDLE_MANIFEST, bundle_root, find_logs, read_lines
from .verify import check_record, parse_against, signature_problems, verify_target

BUNDLE_FORMAT = "sovereign-guard-evidence/1"
MANIFEST = BUNDLE_MANIFEST
MANIFEST_SIG = "manifest.sig"
# Domain separation: a manifest signature can never pass for a checkpoint or card signature.
MANIFEST_CONTEXT = b"sovereign-guard/evidence-manifest/v1\n"
FILES = ("records.jsonl", "checkpoints.jsonl", "public-keys.json", "report.txt", "report.json")


# -- export -----------------------------------------------------------------------------------


@dataclass
class _LogExport:
    log_id: str
    lines: list[bytes]
    tree: Tree
    checkpoints: list[Checkpoint] = field(default_factory=list)
    entries: dict[int, bool] = field(default_factory=dict)  # index -> selected

    @property
    def latest(self) -> Checkpoint | None:
        return max(self.checkpoints, key=lambda c: c.size, default=None)


def export_bundle(target: Path, out: Path, keys: Keyset, filters: Filters,
                  key_source: str, cadence: AuditSettings | None = None
                  ) -> tuple[Report, dict[str, int]]:
    """Write the bundle; returns the source's verification report and records per log."""
    if filters.active and not keys.has_secrets:
        raise AuditError("filters read the events: pass the secret keyset with --keys")
    try:
        _ = keys.primary  # the manifest is signed with it
    except AuditError:
        raise AuditError(f"{key_source or keys.source}: public keys only; exporting signs the "
                         "bundle's manifest and needs the secret keyset (--keys)") from None
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise AuditError(f"{out}: already exists and is not an empty directory")
    report = verify_target(target, keys, key_source=key_source, cadence=cadence)
    reader = Reader(keys, decrypt=filters.active)
    exports = []
    for logdir in find_logs(target):
        if logdir.prefix() is not None:  # proofs need every leaf of the tree
            raise AuditError(f"audit log {logdir.log_id}: its first records were pruned here "
                             "after shipping; export from the store (postgresql://...)")
        lines = [line for _, path in logdir.segments() for line in read_lines(path)[0]]
        ex = _LogExport(logdir.log_id, lines, Tree([leaf_hash(x) for x in lines]))
        ex.checkpoints = _valid_checkpoints(logdir.checkpoints, ex, keys)
        for i, line in enumerate(lines):
            record = reader.record(ex.log_id, i, line)
            if record is not None and (record.event is None or filters.match(record.event)):
                ex.entries[i] = True
        if ex.entries:
            _add_context(ex)
            exports.append(ex)
    _write(out, target, exports, keys, report, filters)
    return report, {ex.log_id: sum(ex.entries.values()) for ex in exports}


def _valid_checkpoints(path: Path, ex: _LogExport, keys: Keyset) -> list[Checkpoint]:
    """Checkpoints of this log that verify against it now (the report lists the others)."""
    if not path.exists():
        return []
    good = []
    for raw in read_lines(path)[0]:
        try:
            cp = parse_note(orjson.loads(raw)["note"])
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            continue
        if cp.log_id != ex.log_id or not 0 < cp.size <= ex.tree.size:
            continue
        try:
            last = parse_line(ex.lines[cp.size - 1])
        except ValueError:
            continue
        if not signature_problems(cp, keys, last) and ex.tree.root(cp.size) == cp.root:
            good.append(cp)
    return good


def _add_context(ex: _LogExport) -> None:
    latest = ex.latest
    sealed = latest.size if latest else 0
    unsealed = [i for i in ex.entries if i >= sealed]
    if unsealed:  # chain them back to the newest signed leaf (or to the genesis)
        for i in range(max(sealed - 1, 0), max(unsealed) + 1):
            ex.entries.setdefault(i, False)
    for cp in ex.checkpoints:
        ex.entries.setdefault(cp.size - 1, False)


def _write(out: Path, target: Path, exports: list[_LogExport], keys: Keyset, report: Report,
           filters: Filters) -> None:
    files: dict[str, bytes] = {}
    records, checkpoints = [], []
    for ex in exports:
        latest = ex.latest
        for i in sorted(ex.entries):
            proof = None
            if latest is not None and i < latest.size:
                proof = [b64(h) for h in ex.tree.inclusion_proof(i, latest.size)]
            records.append(orjson.dumps({"log_id": ex.log_id, "index": i,
                                         "line": ex.lines[i].decode("ascii", "replace"),
                                         "proof": proof, "selected": ex.entries[i]}))
        for cp in ex.checkpoints:
            assert latest is not None
            proof = ex.tree.consistency_proof(cp.size, latest.size)
            checkpoints.append(orjson.dumps({"log_id": ex.log_id, "note": cp.note,
                                             "consistency": [b64(h) for h in proof]}))
    files["records.jsonl"] = b"".join(r + b"\n" for r in records)
    files["checkpoints.jsonl"] = b"".join(c + b"\n" for c in checkpoints)
    files["public-keys.json"] = keys.public().to_json()
    files["report.txt"] = report.text().encode()
    files["report.json"] = orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2)
    manifest = {
        "format": BUNDLE_FORMAT, "created": utc_iso(datetime.now(UTC)),
        "tool": f"sovereign-guard {__version__}", "source": str(target),
        "filters": filters.describe, "source_verified": report.ok,
        "logs": {ex.log_id: {"selected": sum(ex.entries.values()), "included": len(ex.entries),
                             "checkpoint_size": ex.latest.size if ex.latest else 0}
                 for ex in exports},
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
    }
    files[MANIFEST] = orjson.dumps(manifest, option=orjson.OPT_INDENT_2)
    signer = keys.primary
    signature = signer.signer.sign(MANIFEST_CONTEXT + files[MANIFEST])
    files[MANIFEST_SIG] = f"{signer.kid} {b64(signature)}\n".encode("ascii")
    try:
        out.mkdir(mode=0o700, parents=True, exist_ok=True)
        for name, data in files.items():
            fd = os.open(out / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
    except OSError as exc:
        raise AuditError(f"{out}: cannot write the bundle ({exc.strerror or exc})") from None


# -- verify -----------------------------------------------------------------------------------


def load_bundle_keys(path: Path) -> Keyset:
    root = bundle_root(path)
    try:
        data = (root / "public-keys.json").read_bytes()
    except OSError:
        raise AuditError(f"{root}: bundle has no public-keys.json") from None
    return parse_keyset(data, f"{root / 'public-keys.json'}")


def verify_bundle(path: Path, keys: Keyset, *, against: list[str] | None = None,
                  key_source: str = "") -> Report:
    root = bundle_root(path)
    manifest = _manifest(root)
    report = Report(str(root), kind="bundle", key_source=key_source,
                    decrypted=keys.has_secrets)
    report.notes.append(f"exported {manifest.get('created')} from {manifest.get('source')} "
                        f"by {manifest.get('tool')}; filters {manifest.get('filters') or 'none'}")
    report.problems += _manifest_signature(root, keys, report)
    for name in FILES:
        want = manifest["files"].get(name)
        try:
            data = (root / name).read_bytes()
        except OSError:
            report.problems.append(Problem(name, ["file missing from the bundle"]))
            continue
        if want != hashlib.sha256(data).hexdigest():
            report.problems.append(Problem(name, ["changed after export (hash differs from "
                                                  "manifest.json)"]))
    cps = _bundle_checkpoints(root, report)
    records = _bundle_records(root, report)
    for log_id in sorted(set(cps) | set(records)):
        report.logs.append(_verify_bundle_log(log_id, cps.get(log_id, []),
                                              records.get(log_id, {}), keys))
    _against(report, cps, against or [])
    return report


def _manifest(root: Path) -> dict:
    try:
        manifest = orjson.loads((root / MANIFEST).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        raise AuditError(f"{root}: not an evidence bundle (unreadable {MANIFEST})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT \
            or not isinstance(manifest.get("files"), dict):
        raise AuditError(f"{root}: not a {BUNDLE_FORMAT} bundle")
    return manifest


def _manifest_signature(root: Path, keys: Keyset, report: Report) -> list[Problem]:
    """The manifest commits to every file's hash; its signature is what stops someone from
    dropping records and recomputing it."""
    try:
        data = (root / MANIFEST).read_bytes()
        text = (root / MANIFEST_SIG).read_text(encoding="ascii")
    except FileNotFoundError:
        return [Problem(MANIFEST_SIG, ["missing: the manifest is not signed, so records may "
                                       "have been removed and the manifest recomputed"])]
    except (OSError, UnicodeDecodeError):
        return [Problem(MANIFEST_SIG, ["unreadable manifest signature"])]
    kid, _, blob = text.strip().partition(" ")
    try:
        signature = unb64(blob)
    except (ValueError, TypeError):
        signature = b""
    if len(signature) != 64:
        return [Problem(MANIFEST_SIG, ["malformed manifest signature"])]
    key = keys.get(kid)
    if key is None:
        return [Problem(MANIFEST_SIG, [f"manifest signed by unknown key {kid[:16]}"])]
    try:
        key.verifier.verify(signature, MANIFEST_CONTEXT + data)
    except InvalidSignature:
        return [Problem(MANIFEST, ["manifest signature does not verify: changed after "
                                   "export"])]
    report.notes.append(f"manifest signed by key {key.kid} (fingerprint {key.fingerprint})")
    return []


def _jsonl(root: Path, name: str, report: Report):
    try:
        lines, _ = read_lines(root / name)
    except AuditError:
        return
    for n, raw in enumerate(lines, 1):
        try:
            doc = orjson.loads(raw)
            if not isinstance(doc, dict):
                raise TypeError
            yield n, doc
        except (orjson.JSONDecodeError, TypeError):
            report.problems.append(Problem(f"{name} line {n}", ["malformed line"]))


def _bundle_checkpoints(root: Path, report: Report) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for n, doc in _jsonl(root, "checkpoints.jsonl", report):
        try:
            cp = parse_note(doc["note"])
            proof = [unb64(h) for h in doc["consistency"]]
            log_id = doc["log_id"]
        except (KeyError, TypeError, ValueError) as exc:
            report.problems.append(Problem(f"checkpoints.jsonl line {n}",
                                           [f"malformed checkpoint: {exc}"]))
            continue
        out.setdefault(log_id, []).append((f"checkpoints.jsonl line {n}", cp, proof))
    return out


def _bundle_records(root: Path, report: Report) -> dict[str, dict[int, tuple]]:
    out: dict[str, dict[int, tuple]] = {}
    for n, doc in _jsonl(root, "records.jsonl", report):
        try:
            log_id, index, line = doc["log_id"], doc["index"], doc["line"].encode("ascii")
            proof = None if doc["proof"] is None else [unb64(h) for h in doc["proof"]]
            if not isinstance(index, int) or index < 0:
                raise ValueError("bad index")
        except (KeyError, TypeError, ValueError, AttributeError, UnicodeError) as exc:
            report.problems.append(Problem(f"records.jsonl line {n}",
                                           [f"malformed record entry: {exc}"]))
            continue
        out.setdefault(log_id, {})[index] = (f"records.jsonl line {n}", line, proof,
                                             bool(doc.get("selected")))
    return out


def _verify_bundle_log(log_id: str, cps: list[tuple], records: dict[int, tuple],
                       keys: Keyset) -> LogReport:
    rep = LogReport(log_id, "bundle")
    envs: dict[int, Envelope] = {}
    for index, (_, line, _, _) in records.items():
        with contextlib.suppress(ValueError):  # reported as malformed below
            envs[index] = parse_line(line)
    rep.checkpoints = len(cps)
    latest = max((c for _, c, _ in cps), key=lambda c: c.size, default=None)
    for where, cp, proof in cps:
        reasons = [] if cp.log_id == log_id else [f"checkpoint of another log ({cp.log_id})"]
        reasons += signature_problems(cp, keys, envs.get(cp.size - 1))
        if latest is not None and not verify_consistency(cp.size, latest.size, cp.root,
                                                         latest.root, proof):
            reasons.append(f"not consistent with the latest checkpoint (size {latest.size}): "
                           "history rewritten")
        if reasons:
            rep.problems.append(Problem(where, reasons))
        else:
            rep.checkpoints_valid += 1
    if latest is not None and check_signature(latest, keys)[1] is None:
        rep.sealed = latest.size
    selected = 0
    for index in sorted(records):
        where, line, proof, chosen = records[index]
        selected += chosen
        rep.records += 1
        env = envs.get(index)
        if env is None:
            rep.problems.append(Problem(where, ["malformed envelope line"]))
            continue
        reasons = []
        if env.seq != index:
            reasons.append(f"seq {env.seq} does not match its tree position {index}")
        chained = None
        if proof is not None:
            if latest is None or not verify_inclusion(leaf_hash(line), index, latest.size,
                                                      proof, latest.root):
                reasons.append("inclusion proof fails: not the record the checkpoint signed")
        elif latest is not None and index < latest.size:
            reasons.append("no inclusion proof for a record the checkpoint covers")
        elif index == 0:
            chained = genesis(log_id)
        elif index - 1 in records:
            chained = line_hash(records[index - 1][1])
        else:
            reasons.append("not covered by a checkpoint and its predecessor is missing")
        reasons += check_record(env, log_id, keys, chained, rep)
        if reasons:
            rep.problems.append(Problem(where, reasons, env.seq))
        else:
            rep.valid += 1
    unsealed = sum(1 for i in records if i >= rep.sealed)
    rep.notes.append(f"{selected} selected record(s), {rep.records - selected} included as "
                     "context")
    if unsealed:
        rep.notes.append(f"{unsealed} record(s) newer than the latest checkpoint: hash-chained "
                         "to a signed record, not signed themselves")
    return rep


def _against(report: Report, cps: dict[str, list[tuple]], notes: list[str]) -> None:
    by_log = {r.log_id: r for r in report.logs}
    for ext in (cp for found in parse_against(notes, report).values() for cp in found):
        rep = by_log.get(ext.log_id)
        where = f"{ext.log_id} vs --against checkpoint (size {ext.size})"
        if rep is None:
            report.problems.append(Problem(where, ["log not in the bundle"]))
            continue
        rep.against += 1
        same = [c for _, c, _ in cps.get(ext.log_id, []) if c.size == ext.size]
        if not same:
            reason = (f"truncation: the bundle's log ends at {rep.sealed} records"
                      if ext.size > rep.sealed else "no checkpoint of that size in the bundle")
            rep.problems.append(Problem(where, [reason]))
        elif same[0].root != ext.root:
            rep.problems.append(Problem(where, ["rewrite: different root for the same size"]))
        else:
            rep.against_valid += 1
