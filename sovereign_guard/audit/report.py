"""The verification report (modelled on CloudTrail's `validate-logs` output): per problem the
file, line and reason, then `N/N records valid` and `N/N checkpoints valid` totals."""

from __future__ import annotations

import textwrap
from dataclasses import asdict, dataclass, field

from .. import __version__ as _version

# Inherent to verifying on the host alone (CloudTrail and CT need a remembered head too).
LIMITS = ("a tail truncated together with the checkpoints that covered it",
          "a deleted log", "an audit directory rolled back to an older copy",
          "a history re-encrypted and re-signed by an insider holding the keyset")


@dataclass
class Problem:
    where: str  # "<log_id>/seg-00000002.jsonl line 17", "<log_id>/checkpoints.jsonl line 3"
    reasons: list[str]
    seq: int | None = None

    def text(self) -> str:
        seq = f" (seq {self.seq})" if self.seq is not None else ""
        return f"INVALID {self.where}{seq}: {'; '.join(self.reasons)}"


@dataclass
class LogReport:
    log_id: str
    path: str
    segments: int = 0
    records: int = 0
    valid: int = 0
    checkpoints: int = 0
    checkpoints_valid: int = 0
    against: int = 0
    against_valid: int = 0
    sealed: int = 0
    first_time: str | None = None
    last_time: str | None = None
    keys: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Report:
    target: str
    kind: str = "logs"  # logs | bundle
    key_source: str = ""
    decrypted: bool = False
    against_given: int = 0  # exported checkpoints passed with --against
    logs: list[LogReport] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # not tied to one log
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and not any(log.problems for log in self.logs)

    def totals(self) -> dict[str, int]:
        keys = ("records", "valid", "checkpoints", "checkpoints_valid", "against",
                "against_valid")
        return {k: sum(getattr(log, k) for log in self.logs) for k in keys}

    def to_dict(self) -> dict:
        return {"target": self.target, "kind": self.kind, "ok": self.ok,
                "verifier": f"sovereign-guard {_version}", "key_source": self.key_source,
                "decrypted": self.decrypted, "totals": self.totals(),
                "logs": [asdict(log) for log in self.logs],
                "problems": [asdict(p) for p in self.problems], "notes": self.notes,
                "limits": self.limits()}

    def limits(self) -> list[str]:
        """What this verification could not see, said plainly in every logs report."""
        if self.kind != "logs":
            return []
        if not self.against_given:
            return [f"Without an exported checkpoint (--against) this cannot see: "
                    f"{'; '.join(LIMITS)}. Keep the output of `audit checkpoint DIR` off "
                    "this host and pass it with --against."]
        return [f"Checked against {self.against_given} exported checkpoint(s): what they "
                "cover cannot be truncated, rolled back, deleted or rewritten unseen; records "
                "written after them, and logs they do not name, can."]

    def text(self) -> str:
        what = "evidence bundle" if self.kind == "bundle" else "audit logs under"
        tags = ("payloads decrypted, AEAD tags checked" if self.decrypted
                else "public keys only: AEAD tags not checked, chain and signatures are")
        out = [f"Verifying {what} {self.target}",
               f"keys: {self.key_source} ({tags}); verifier sovereign-guard {_version}", ""]
        out += [f"  {n}" for n in self.notes]
        out += [p.text() for p in self.problems]
        for log in self.logs:
            keys = ", ".join(f"{k} ({n})" for k, n in sorted(log.keys.items())) or "none"
            span = f", {log.first_time} .. {log.last_time}" if log.first_time else ""
            segs = "" if self.kind == "bundle" else f"{log.segments} segment(s), "
            out.append(f"Log {log.log_id}: {segs}{log.records} records, "
                       f"{log.checkpoints} checkpoint(s), sealed {log.sealed}, "
                       f"keys {keys}{span}")
            out += [f"  {p.text()}" for p in log.problems]
            out += [f"  note: {n}" for n in log.notes]
        t = self.totals()
        for limit in self.limits():
            out += ["", textwrap.fill(limit, 92)]
        out += ["", "Results:", f"{t['valid']}/{t['records']} records valid",
                f"{t['checkpoints_valid']}/{t['checkpoints']} checkpoints valid"]
        if t["against"]:
            out.append(f"{t['against_valid']}/{t['against']} exported checkpoints matched")
        problems = len(self.problems) + sum(len(log.problems) for log in self.logs)
        out.append("OK: no problems found" if self.ok else f"FAILED: {problems} problem(s)")
        return "\n".join(out) + "\n"
