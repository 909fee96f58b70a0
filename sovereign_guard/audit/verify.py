"""`audit verify`: check every line, the hash chain, the sequence, keys and their epochs,
every AEAD tag (when the secret keys are at hand) and every signed checkpoint against the
Merkle root recomputed from the log; with `--against`, also checkpoints kept elsewhere.

Reading only: files are opened read-only and nothing is ever written back.

Checkpoint cadence: a writer creates `checkpoints.jsonl` before its first record and seals
every `checkpoint_every` records and every `checkpoint_seconds` while it runs. A log with
records and no checkpoints file, or whose records after the last checkpoint outgrow that
cadence, lost checkpoints (deleted or truncated): a finding. The cadence is the writers'
policy's (`--policy`; default: the default policy's 1000 records / 60 s).

What no verifier on the host alone can see (`LIMITS`): a tail truncated together with its
checkpoints, a deleted log, a directory rolled back to an older copy, a history re-encrypted
and re-signed by an insider holding the keyset. A checkpoint exported before (`--against`)
sees all of them for the records it covers.

Key epochs (CVE-2023-31439 lesson): a key is valid from its `activated` time on. A record
whose timestamp predates its key, or a checkpoint that a key signs for records written before
that key existed, is a "wrong-epoch" problem: a newer key cannot re-seal older history.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import orjson
from cryptography.exceptions import InvalidTag

from ..errors import AuditError
from ..policy import AuditSettings
from .checkpoint import Checkpoint, check_signature, parse_note, sign_checkpoint
from .envelope import Envelope, genesis, line_hash, parse_line
from .keys import Keyset, utc_iso
from .merkle import CompactRange, leaf_hash
from .prefix import Prefix, prefix_problems
from .report import LogReport, Problem, Report
from .store import CHECKPOINTS, LogDir, find_logs, read_lines, writer_alive


@dataclass
class _Scan:
    """What one pass over a log's lines leaves behind for the checkpoint checks."""

    envelopes: dict[int, Envelope] = field(default_factory=dict)  # by tree index, wanted only
    roots: dict[int, bytes] = field(default_factory=dict)  # by tree size, wanted only
    times: dict[int, datetime] = field(default_factory=dict)  # first record after each size
    last_time: datetime | None = None
    size: int = 0
    pruned: int = 0  # records pruned by retention (prefix.py): checked in the store only


def verify_target(target: Path, keys: Keyset, *, against: list[str] | None = None,
                  key_source: str = "", cadence: AuditSettings | None = None,
                  jobs: int = 1) -> Report:
    """Verify every log at or below `target`; `against` are signed notes kept elsewhere;
    `cadence` the writers' audit settings (how often they seal); `jobs` > 1 verifies that
    many logs at once in worker processes (a fleet: each log is one process's work)."""
    report = Report(str(target), key_source=key_source, decrypted=keys.has_secrets,
                    against_given=len(against or []))
    logs = find_logs(target)
    if not logs:
        raise AuditError(f"{target}: no audit logs found")
    external = parse_against(against or [], report)
    ids = Counter(log.log_id for log in logs)
    for log_id in sorted(i for i, n in ids.items() if n > 1):  # e.g. a backup copy below DIR
        report.notes.append(f"log id {log_id} appears in {ids[log_id]} places (copies?); "
                            "each is verified on its own")
    if jobs > 1 and len(logs) > 1:
        report.logs += _verify_in_parallel(target, logs, keys, external, cadence, jobs)
    else:
        for logdir in logs:
            report.logs.append(verify_log(logdir, keys, external.get(logdir.log_id, []),
                                          cadence=cadence))
    for log_id, cps in external.items():
        for cp in cps if log_id not in ids else ():
            report.problems.append(Problem(f"--against checkpoint of {log_id} (size {cp.size})",
                                           [f"log {log_id} not found (deleted?)"]))
    return report


def _verify_in_parallel(target, logs: list[LogDir], keys: Keyset,
                        external: dict[str, list[Checkpoint]], cadence: AuditSettings | None,
                        jobs: int) -> list[LogReport]:
    """Each log in a worker process (spawned: no inherited connections or threads), which
    reads the keyset from its JSON and opens its own connection to a store; the reports in
    the order of `logs`."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    secret = keys.has_secrets
    if not secret and any(k.aead is not None for k in keys.keys):
        # A partly secret keyset has no file form to hand a worker: one log after another.
        return [verify_log(d, keys, external.get(d.log_id, []), cadence=cadence) for d in logs]
    data = keys.to_json(include_secrets=secret)
    store = getattr(target, "url", None)  # a pgstore.Store: workers connect themselves
    with ProcessPoolExecutor(min(jobs, len(logs)),
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(_verify_one, store, d.log_id if store else str(d.path), data,
                               keys.source, external.get(d.log_id, []), cadence)
                   for d in logs]
        return [f.result() for f in futures]


def _verify_one(store: str | None, log: str, data: bytes, source: str,
                against: list[Checkpoint], cadence: AuditSettings | None) -> LogReport:
    from .keys import parse_keyset

    keys = parse_keyset(data, source)
    if store is None:
        return verify_log(LogDir(Path(log)), keys, against, cadence=cadence)
    from .pgstore import Store

    reading = Store(store, [log])
    try:
        found = [s for s in reading.logs() if s.log_id == log]
        if not found:
            raise AuditError(f"log {log} is no longer in the store")
        rep = verify_log(found[0], keys, against, cadence=cadence)
        found[0].name_rows(rep.problems)  # rows are named where they were read
        return rep
    finally:
        reading.close()


def parse_against(notes: list[str], report: Report) -> dict[str, list[Checkpoint]]:
    found: dict[str, list[Checkpoint]] = {}
    for i, note in enumerate(notes, 1):
        try:
            cp = parse_note(note)
        except ValueError as exc:
            report.problems.append(Problem(f"--against note {i}", [f"malformed: {exc}"]))
            continue
        found.setdefault(cp.log_id, []).append(cp)
    return found


def verify_log(logdir: LogDir, keys: Keyset, against: Sequence[Checkpoint] = (), *,
               cadence: AuditSettings | None = None) -> LogReport:
    log_id = logdir.log_id
    rep = LogReport(log_id, str(logdir.path))
    cps = _read_checkpoints(logdir, rep)
    wanted = {cp.size for _, cp in cps} | {cp.size for cp in against}
    scan = _scan_lines(logdir, keys, rep, wanted, _prefix(logdir, keys, rep))
    valid_sizes: list[int] = []
    previous: Checkpoint | None = None
    for where, cp in cps:
        reasons = _check_checkpoint(cp, log_id, keys, scan)
        if previous is not None:
            if cp.size < previous.size or cp.time < previous.time:
                reasons.append("time travel: size or time goes backwards")
            elif cp.size == previous.size and cp.root != previous.root:
                reasons.append("fork: same size as the previous checkpoint, different root")
        previous = cp
        if reasons:
            rep.problems.append(Problem(where, reasons))
        else:
            rep.checkpoints_valid += 1
            valid_sizes.append(cp.size)
    for cp in against:
        rep.against += 1
        if 0 < cp.size < scan.pruned:
            rep.notes.append(f"--against checkpoint (size {cp.size}) covers pruned records "
                             "only: check it against the store")
            continue
        reasons = _check_checkpoint(cp, log_id, keys, scan, external=True)
        if reasons:
            rep.problems.append(Problem(f"{log_id} vs --against checkpoint (size {cp.size})",
                                        reasons))
        else:
            rep.against_valid += 1
    rep.sealed = max(valid_sizes, default=0)
    late = _cadence_problem(logdir, rep, scan, cadence or AuditSettings())
    if late:
        rep.problems.append(late)
    elif scan.size > rep.sealed and not rep.problems:
        rep.notes.append(f"{scan.size - rep.sealed} record(s) after the last checkpoint, "
                         "chained but not yet signed (a writer seals them within its "
                         "cadence, on rotation and on close; a dead one's at recovery)")
    return rep


def _cadence_problem(logdir: LogDir, rep: LogReport, scan: _Scan,
                     cadence: AuditSettings) -> Problem | None:
    """A log whose checkpoints are missing or fall behind what any writer does."""
    where = f"{logdir.log_id}/{CHECKPOINTS}"
    unsealed = scan.size - rep.sealed
    if rep.records and not logdir.checkpoints.exists():
        return Problem(where, [f"missing: {rep.records} record(s) and no checkpoints file "
                               "(a writer creates it before its first record): deleted?"])
    if unsealed <= 0:
        return None
    # Killed between a record and its checkpoint, a writer leaves checkpoint_every unsealed.
    if unsealed > cadence.checkpoint_every:
        why = f"more than checkpoint_every ({cadence.checkpoint_every})"
    else:
        # The sealer signs every record within checkpoint_seconds while its writer runs; a
        # writer still appending twice that long after a record did not skip the signing.
        first, last = scan.times.get(rep.sealed), scan.last_time
        span = (last - first).total_seconds() if first and last else 0.0
        if span <= 2 * cadence.checkpoint_seconds:
            return None
        why = (f"written over {span:.0f} s, more than twice checkpoint_seconds "
               f"({cadence.checkpoint_seconds} s)")
    return Problem(where, [f"no checkpoint within the cadence: {unsealed} record(s) after the "
                           f"last valid checkpoint (size {rep.sealed}), {why}: checkpoints "
                           "deleted or truncated? (or pass the writers' --policy)"])


def _read_checkpoints(logdir: LogDir, rep: LogReport) -> list[tuple[str, Checkpoint]]:
    where = f"{logdir.log_id}/{CHECKPOINTS}"
    if not logdir.checkpoints.exists():
        return []
    lines, torn = read_lines(logdir.checkpoints)
    out = []
    for n, raw in enumerate(lines, 1):
        rep.checkpoints += 1
        try:
            out.append((f"{where} line {n}", parse_note(orjson.loads(raw)["note"])))
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            reason = str(exc) if isinstance(exc, ValueError) and str(exc) else "not a checkpoint"
            rep.problems.append(Problem(f"{where} line {n}", [f"malformed checkpoint: {reason}"]))
    if torn and writer_alive(logdir):
        rep.notes.append(f"{where}: a checkpoint is being written by the live writer")
    elif torn:
        rep.checkpoints += 1
        rep.problems.append(Problem(f"{where} line {len(lines) + 1}",
                                    [f"torn checkpoint line ({len(torn)} bytes, no newline)"]))
    return out


def _prefix(logdir: LogDir, keys: Keyset, rep: LogReport) -> Prefix | None:
    """The log's pruned prefix when it checks out (else a problem, and the log is read as if
    nothing was pruned: its first segments are then missing)."""
    reading = getattr(logdir, "prefix", None)  # the central store's logs have none
    if reading is None:
        return None
    where = f"{logdir.log_id}/pruned.json"
    try:
        prefix = reading()
    except AuditError as exc:
        rep.problems.append(Problem(where, [str(exc).rsplit(": ", 1)[-1]]))
        return None
    if prefix is None:
        return None
    reasons = prefix_problems(prefix, logdir.log_id, keys)
    if reasons:
        rep.problems.append(Problem(where, reasons))
        return None
    rep.notes.append(prefix.describe())
    return prefix


def _scan_lines(logdir: LogDir, keys: Keyset, rep: LogReport, wanted: set[int],
                prefix: Prefix | None = None) -> _Scan:
    log_id, scan, tree = logdir.log_id, _Scan(), CompactRange()
    last, expected, top = genesis(log_id), 0, -1
    first = 1
    if prefix is not None:  # the chain and the tree go on from the pruned prefix
        tree, last, expected, first = prefix.tree(), prefix.head, prefix.size, prefix.segment
        scan.pruned, scan.roots[prefix.size] = prefix.size, prefix.checkpoint.root
    seen: set[int] = set()
    newest_v, shared_key = 0, 0  # envelope versions: 1 = the key shared by every log
    gaps: list[tuple[Problem, int, int, int]] = []  # (problem, reason index, expected, found)
    segments = logdir.segments()
    rep.segments = len(segments)
    for want, (number, _) in enumerate(segments, first):
        if number != want:
            rep.problems.append(Problem(f"{log_id}/seg-{want:08d}.jsonl",
                                        ["segment missing (numbering has a gap)"]))
            break
    for i, (_, path) in enumerate(segments):
        lines, torn = read_lines(path)
        for n, line in enumerate(lines, 1):
            index = tree.size
            tree.append(leaf_hash(line))
            if tree.size in wanted:
                scan.roots[tree.size] = tree.root()
            where = f"{log_id}/{path.name} line {n}"
            rep.records += 1
            try:
                env = parse_line(line)
            except ValueError as exc:
                rep.problems.append(Problem(where, [f"malformed line: {exc}"]))
                last = line_hash(line)
                continue
            if index + 1 in wanted:
                scan.envelopes[index] = env
            if index in wanted or index == scan.pruned:
                scan.times[index] = env.time
            scan.last_time = env.time
            reasons = check_record(env, log_id, keys, last, rep)
            if env.version < newest_v:  # writers only move on to per-log keys, never back
                reasons.append(f"downgrade: envelope v{env.version} after v{newest_v} records")
            newest_v = max(newest_v, env.version)
            shared_key += env.version == 1
            gap = env.seq > expected and env.seq not in seen
            if env.seq != expected:
                if env.seq in seen:
                    reasons.insert(0, f"insertion: duplicate seq {env.seq}")
                elif env.seq > expected:
                    reasons.insert(0, f"sequence gap: expected seq {expected}, found {env.seq}")
                else:
                    reasons.insert(0, f"reordering: seq {env.seq} after seq {top}")
            seen.add(env.seq)
            if env.seq > top:
                top = env.seq
            if reasons:
                problem = Problem(where, reasons, env.seq)
                rep.problems.append(problem)
                if gap:
                    gaps.append((problem, 0, expected, env.seq))
            else:
                rep.valid += 1
            expected = max(expected, env.seq + 1)
            last = line_hash(line)
        if torn:
            where = f"{log_id}/{path.name} line {len(lines) + 1}"
            if i < len(segments) - 1:
                rep.problems.append(Problem(where, [f"segment ends without a newline "
                                                    f"({len(torn)} bytes)"]))
            elif writer_alive(logdir):  # a line being appended right now
                rep.notes.append(f"{where}: {len(torn)} bytes being written by the live writer")
            else:
                rep.problems.append(Problem(where, [
                    f"torn last line: incomplete write ({len(torn)} bytes), quarantined "
                    "when a writer next opens this directory"]))
    # A "gap" whose missing records all turned up later was a reordering, not a deletion.
    for problem, idx, exp, found in gaps:
        if all(s in seen for s in range(exp, found)):
            problem.reasons[idx] = f"reordering: seq {found} appears before seq {exp}"
    if shared_key:
        rep.notes.append(f"{shared_key} record(s) in envelope v1, encrypted with the key "
                         "shared by every log (written before per-log keys)")
    scan.size = tree.size
    return scan


def check_record(env: Envelope, log_id: str, keys: Keyset, last: str | None,
                 rep: LogReport) -> list[str]:
    """Problems of one parsed record: log, chain (`last` = hash of the line before, None when
    an inclusion proof stands in for the chain), key, key epoch, AEAD tag."""
    reasons = []
    if env.log_id != log_id:
        reasons.append(f"record of another log ({env.log_id}): relocated")
    if last is not None and env.prev != last:
        reasons.append("broken chain: prev is not the hash of the line before")
    key = keys.get(env.kid)
    if key is None:
        reasons.append(f"unknown key {env.kid}")
    else:
        rep.keys[env.kid] = rep.keys.get(env.kid, 0) + 1
        if env.time < key.activated:
            reasons.append(f"wrong-epoch key: written {env.ts}, before key {env.kid} "
                           f"was activated ({utc_iso(key.activated)})")
        if key.aead is not None:
            try:
                plaintext = env.open(key)
            except InvalidTag:
                reasons.append("bad MAC: ciphertext or header modified")
            else:
                if b'"kind":"recovery"' in plaintext:
                    rep.notes.append(_recovery_note(env, plaintext))
    if rep.first_time is None or env.ts < rep.first_time:
        rep.first_time = env.ts
    if rep.last_time is None or env.ts > rep.last_time:
        rep.last_time = env.ts
    return reasons


def _recovery_note(env: Envelope, plaintext: bytes) -> str:
    try:
        details = orjson.loads(plaintext).get("details", {})
    except orjson.JSONDecodeError:
        details = {}
    what = details.get("reason", "recovery")
    extra = (f", {details['torn_bytes']} torn bytes quarantined to {details['quarantine']}"
             if details.get("quarantine") else "")
    return (f"seq {env.seq}: recovery ({what}) at {env.ts}; last good seq "
            f"{details.get('last_good_seq')}{extra}")


def _check_checkpoint(cp: Checkpoint, log_id: str, keys: Keyset, scan: _Scan, *,
                      external: bool = False) -> list[str]:
    reasons = []
    if cp.log_id != log_id:
        reasons.append(f"checkpoint of another log ({cp.log_id}): relocated")
    reasons += signature_problems(cp, keys, scan.envelopes.get(cp.size - 1))
    if cp.size > scan.size:
        reasons.append(f"truncation: checkpoint commits to {cp.size} records, the log has "
                       f"{scan.size}")
    elif cp.size < scan.pruned:
        pass  # its records were pruned here: the store's copy is checked against it
    elif cp.size and scan.roots.get(cp.size) != cp.root:
        what = "rewrite" if external else "Merkle root mismatch"
        reasons.append(f"{what}: the first {cp.size} records are not the ones this "
                       "checkpoint signed (modified, deleted, inserted or reordered)")
    return reasons


def signature_problems(cp: Checkpoint, keys: Keyset, last: Envelope | None) -> list[str]:
    """Signature and key epoch of a checkpoint; `last` is the newest record it covers."""
    key, why = check_signature(cp, keys)
    if why or key is None:
        return [why or "no signature"]
    reasons = []
    if cp.time < key.activated:
        reasons.append(f"wrong-epoch signature: signed at {utc_iso(cp.time)}, before key "
                       f"{key.kid} was activated ({utc_iso(key.activated)})")
    if last is not None and last.time < key.activated:
        reasons.append(f"wrong-epoch signature: key {key.kid} (activated "
                       f"{utc_iso(key.activated)}) signs records written before it "
                       f"existed (seq {last.seq} at {last.ts})")
    return reasons


# -- coverage and sealing now (`audit checkpoint [--seal]`) ---------------------------------


def log_tree(logdir: LogDir) -> tuple[CompactRange, bytes | None]:
    """The Merkle tree over every complete line of a log, and its newest line."""
    prefix = logdir.prefix()
    tree, last = (prefix.tree() if prefix else CompactRange()), None
    for _, path in logdir.segments():
        lines, _ = read_lines(path)
        for line in lines:
            tree.append(leaf_hash(line))
            last = line
    return tree, last


def seal_log(logdir: LogDir, keys: Keyset, now: datetime | None = None, *,
             cadence: AuditSettings | None = None) -> tuple[Checkpoint | None, LogReport]:
    """A fresh signed checkpoint over every record of `logdir` now on disk, or (None, report)
    when the log does not verify (sealing a tampered log would vouch for the tampering).

    Signed by the key that wrote the newest record: the verifier binds a checkpoint to the key
    valid for its range, so a newer primary may not seal older records. Nothing is written:
    the note is for the caller to keep outside the host."""
    tree, last = log_tree(logdir)
    if last is None:
        raise AuditError(f"audit log {logdir.log_id}: no records to seal")
    try:
        kid = parse_line(last).kid
    except ValueError:
        kid = None
    key = keys.get(kid) if kid else None
    if kid is not None and (key is None or key.sign is None):
        raise AuditError(f"audit log {logdir.log_id}: the keyset lacks the secret of key "
                         f"{kid}, which wrote the newest record")
    if key is None:  # a malformed newest line: let the verification say what is wrong
        return None, verify_log(logdir, keys, cadence=cadence)
    cp = sign_checkpoint(logdir.log_id, tree.size, tree.root(), now or datetime.now(UTC), key)
    rep = verify_log(logdir, keys, [cp], cadence=cadence)
    return (None if rep.problems else cp), rep
