"""No raw value on disk: every byte the audit trail writes (segments, checkpoints, quarantine,
temp files, bundles, reports) is scanned for the raw values a run used and their SHA-256."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime

from test_audit_support import settings

from sovereign_guard.audit import KEY_ENV, AuditEvent, AuditLog, load_keyset
from sovereign_guard.cli import main
from sovereign_guard.pseudonym import PseudonymVault

TENANT_KEY = bytes(range(32))
RAW = {
    "PERSON": "Alice Johnson",
    "EMAIL_ADDRESS": "alice.johnson@example.com",
    "PHONE_NUMBER": "+1 415 555 0132",
    "IBAN_CODE": "DE89370400440532013000",
    "CREDIT_CARD": "4111 1111 1111 1111",
    "US_SSN": "078-05-1120",
    "TW_NATIONAL_ID": "A123456789",
    "ZH_PERSON": "王小明",
    "API_KEY": "sk-proj-Zx81QmTq0PLk3vN7rS2wYb9d",
}
TEXT = ("Hi, I am {PERSON} ({ZH_PERSON}), mail {EMAIL_ADDRESS} or call {PHONE_NUMBER}. "
        "IBAN {IBAN_CODE}, card {CREDIT_CARD}, SSN {US_SSN}, ID {TW_NATIONAL_ID}, "
        "key {API_KEY}.")


def needles(values) -> dict[bytes, str]:
    found = {}
    for value in values:
        for form in {value, value.lower(), value.upper(), value.replace(" ", ""),
                     value.replace("-", "")}:
            found[form.encode()] = value
            found[form.encode("utf-16-le")] = value
            found[base64.b64encode(form.encode())] = value
            digest = hashlib.sha256(form.encode()).hexdigest()
            found[digest.encode()] = value
            found[digest.upper().encode()] = value
    return found


def scan(data: bytes, where: str, table: dict[bytes, str]) -> list[str]:
    return [f"{where}: {table[n]!r}" for n in table if n in data]


def request_event(i: int, vault: PseudonymVault) -> AuditEvent:
    """What the pipeline records for TEXT: offsets, placeholders, keyed fingerprints."""
    text, redacted = TEXT, TEXT
    entities, prints = [], []
    for kind, value in RAW.items():
        start = TEXT.format(**RAW).index(value)
        entities.append({"type": kind, "count": 1, "action": "pseudonymize",
                         "offsets": [(0, start, start + len(value))]})
        prints.append({"type": kind, "hmac": vault.fingerprint(kind, value)})
        redacted = redacted.replace("{" + kind + "}", vault.placeholder(kind, value))
    text = text.format(**RAW)
    assert all(v not in redacted for v in RAW.values()) and text != redacted
    return AuditEvent(request_id=f"req-{i}", time=datetime.now(UTC), door="sidecar",
                      caller="team-a", route="/v1/chat/completions", vendor="OpenAI",
                      card_id="openai/gpt-5", card_hash="c" * 64, policy_id="default@1",
                      policy_hash="p" * 64, decision="redact", entities=entities,
                      fingerprints=prints, detected_class="restricted",
                      outbound_class="internal", signals_sent={"Sec-GPC": "1"},
                      controls_sent={"store": False}, latency_ms={"detect": 1.5},
                      redacted_text=[redacted])


CRASH = """
import os, signal, sys
from pathlib import Path
from sovereign_guard.audit import load_keyset, AuditLog
from sovereign_guard.pseudonym import PseudonymVault
from test_audit_support import settings
from test_audit_nopii import request_event, TENANT_KEY
vault = PseudonymVault(TENANT_KEY)
log = AuditLog(Path(sys.argv[1]), load_keyset(), settings(), log_id="crashed")
log.append(request_event(0, vault))
real = os.write
def torn(fd, data):
    real(fd, data[: len(data) // 2])
    os.kill(os.getpid(), signal.SIGKILL)
os.write = torn
log.append(request_event(1, vault))
"""


def test_no_raw_value_or_its_hash_is_ever_written(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))
    table = needles(RAW.values())
    written: list[bytes] = []
    real_write = os.write

    def recording_write(fd, data):
        written.append(bytes(data))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", recording_write)
    assert main(["keys", "init"]) == 0
    keys = load_keyset()
    audit = tmp_path / "audit"
    # a crash mid-write in another process: its torn bytes end up in a quarantine file
    tests = os.path.dirname(__file__)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([tests, os.path.dirname(tests)])}
    proc = subprocess.run([sys.executable, "-c", CRASH, str(audit)], env=env, timeout=60)
    assert proc.returncode == -signal.SIGKILL
    vault = PseudonymVault(TENANT_KEY)
    with AuditLog(audit, keys, settings(rotate_bytes=8192, checkpoint_every=3)) as log:
        for i in range(12):
            log.append(request_event(i, vault))
    assert list(audit.rglob("quarantine-*.bin"))
    assert main(["audit", "export", str(audit), "--out", str(tmp_path / "bundle")]) == 0
    assert main(["audit", "report", str(audit), "--html", str(tmp_path / "r.html")]) == 0
    assert main(["audit", "verify", str(audit)]) == 0
    printed = capsys.readouterr().out
    assert main(["audit", "show", str(audit), "--format", "json"]) == 0
    shown = capsys.readouterr().out
    # the records are not empty: they carry the placeholders and fingerprints
    rows = json.loads(shown)
    assert len(rows) == 14 and vault.placeholder("PERSON", RAW["PERSON"]) in shown
    assert vault.fingerprint("IBAN_CODE", RAW["IBAN_CODE"]) in shown

    hits = []
    for path in sorted(tmp_path.rglob("*")):
        if path.is_file():
            hits += scan(path.read_bytes(), str(path.relative_to(tmp_path)), table)
    hits += scan(b"\x00".join(written), "os.write stream", table)
    hits += scan((printed + shown).encode(), "command output", table)
    assert not hits, hits
    assert written and any(b'"ct":"' in w for w in written)


def test_the_scanner_finds_what_it_looks_for(tmp_path):
    table = needles(RAW.values())
    for value in RAW.values():
        planted = b"xx" + hashlib.sha256(value.encode()).hexdigest().encode() + b"yy"
        assert scan(planted, "f", table) == [f"f: {value!r}"]
        assert scan(f"..{value}..".encode(), "f", table)
    assert not scan(b"Hi <PERSON_7f3a91>", "f", table)
