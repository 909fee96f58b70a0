"""`sovereign-guard audit report` as an auditor reads it: integrity verdict and exit status,
policy blocks apart from client errors, the blocked requests, doors, classes, vendor errors,
latency, and a day chart that renders offline in a real browser."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from test_audit_support import settings

from sovereign_guard.audit import KEY_ENV, AuditEvent, AuditLog, load_keyset
from sovereign_guard.cli import main


def _request(i: int, day: int, decision: str, *, status: int | None = None,
             reasons: tuple[str, ...] = (), door: str = "sidecar", **extra) -> AuditEvent:
    fields = {"vendor": "OpenAI", "card_id": "openai/gpt-5", **extra}
    return AuditEvent(
        kind="request", request_id=f"sg-{i:032x}", time=datetime(2026, 11, day, 9, i % 60,
                                                                  tzinfo=UTC),
        door=door, route="/v1/chat/completions", decision=decision, reasons=list(reasons),
        status=status, **fields)


def _response(i: int, day: int, status: int, total: float, *, card: str = "openai/gpt-5",
              detect: float = 5.0, error: str | None = None) -> AuditEvent:
    return AuditEvent(
        kind="response", request_id=f"sg-{i:032x}", time=datetime(2026, 11, day, 9, i % 60, 30,
                                                                   tzinfo=UTC),
        card_id=card, vendor=card.split("/")[0], decision="allow", status=status,
        latency_ms={"detect": detect, "total": total}, error=error)


def _trail() -> list[AuditEvent]:
    """Two days: passed requests with answers, policy blocks, client errors, a guard error."""
    events: list[AuditEvent] = []
    for i in range(10):  # day 1: 10 passed (allow / redact), answers 100..1000 ms
        events.append(_request(i, 1, ("allow", "redact")[i % 2], detected_class="confidential",
                               outbound_class="internal"))
        events.append(_response(i, 1, 200, 100.0 * (i + 1)))
    events.append(_request(10, 1, "block", status=403, reasons=("entity_blocked:API_KEY",),
                           caller_request_id="job-7"))
    events.append(_request(11, 2, "block", status=403,
                           reasons=("classification_exceeds_card", "dpa_not_signed"),
                           door="transport"))
    events.append(_request(12, 2, "block", status=422, reasons=("invalid_json",)))
    events.append(_request(13, 2, "block", status=422, reasons=("missing_model",)))
    events.append(_request(14, 2, "block", status=413, reasons=("body_too_large",)))
    events.append(_request(15, 2, "block", status=503, reasons=("detection_failed",),
                           error="detection_failed"))
    events.append(_request(16, 2, "reroute", reasons=("classification_exceeds_card",),
                           door="decorator", card_id="local/echo"))
    events.append(_response(16, 2, 200, 3.0, card="local/echo"))
    events.append(_request(17, 2, "allow"))
    events.append(_response(17, 2, 502, 40.0, error="ConnectError"))
    events.append(_request(18, 2, "allow"))
    events.append(_response(18, 2, 503, 60.0))
    return events


@pytest.fixture
def trail(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))
    assert main(["keys", "init"]) == 0
    audit = tmp_path / "audit"
    with AuditLog(audit, load_keyset(), settings(), log_id="report-log") as log:
        for e in _trail():
            log.append(e)
    return audit


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _tamper(audit) -> None:
    seg = audit / "report-log" / "seg-00000001.jsonl"
    lines = seg.read_bytes().splitlines(keepends=True)
    seg.write_bytes(b"".join(lines[:3] + lines[4:]))  # one record deleted


def test_report_exits_1_when_integrity_fails(trail, capsys, tmp_path):
    code, out, _ = run(capsys, "audit", "report", trail)
    assert code == 0 and "integrity: 32/32 records valid" in out
    _tamper(trail)
    page = tmp_path / "r.html"
    code, out, err = run(capsys, "audit", "report", trail, "--html", page)
    assert code == 1 and "FAILED" in out and "integrity FAILED" in err
    assert "integrity NOT verified" in page.read_text()  # still written, marked
    code, out, _ = run(capsys, "audit", "report", trail, "--format", "json")
    assert code == 1 and json.loads(out)["ok"] is False
    # the same verdict as `audit verify`
    assert run(capsys, "audit", "verify", trail)[0] == 1


def test_report_help_documents_the_exit_status(capsys):
    with pytest.raises(SystemExit):
        main(["audit", "report", "--help"])
    out = capsys.readouterr().out
    assert "exit status" in out and "1 integrity FAILED" in out and "2 bad" in out


# -- record ids: unique, the caller's own id kept apart ---------------------------------------


def test_repeated_caller_ids_get_unique_record_ids(guarded):
    from conftest import audit_events

    from sovereign_guard.audit import load_keyset
    from sovereign_guard.pipeline import REQUEST_ID_HEADER, Pipeline, Refused

    pipeline = Pipeline(guarded)
    body = json.dumps({"model": "local/echo",
                       "messages": [{"role": "user", "content": "hello"}]}).encode()
    headers = {REQUEST_ID_HEADER: "job-42", "content-type": "application/json"}
    outs = [pipeline.prepare("/v1/chat/completions", headers, body) for _ in range(2)]
    for out in outs:
        pipeline.finish(out, *pipeline.echo(out))
    with pytest.raises(Refused) as refused:
        pipeline.prepare("/v1/chat/completions", headers, b"{not json")
    with pytest.raises(Refused) as odd:  # not a plain token: not kept
        pipeline.prepare("/v1/chat/completions", {REQUEST_ID_HEADER: "a b\x00"}, b"{")
    ids = {outs[0].request_id, outs[1].request_id, refused.value.request_id}
    assert len(ids) == 3 and all(i.startswith("sg-") for i in ids)
    assert outs[0].response_headers()[REQUEST_ID_HEADER] == outs[0].request_id
    events = audit_events(load_keyset(guarded.audit_keys_path), guarded.audit.directory,
                          "job-42")
    assert sorted(e["kind"] for e in events) == ["request"] * 3 + ["response"] * 2
    assert {e["caller_request_id"] for e in events} == {"job-42"}
    assert {e["request_id"] for e in events} == ids
    (other,) = audit_events(load_keyset(guarded.audit_keys_path), guarded.audit.directory,
                            odd.value.request_id)
    assert other["caller_request_id"] is None


def test_show_and_export_carry_both_ids(trail, capsys, tmp_path):
    import csv
    import io

    code, out, _ = run(capsys, "audit", "show", trail, "--decision", "block", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["caller_request_id"] for r in rows].count("job-7") == 1
    assert all(r["request_id"].startswith("sg-") for r in rows)
    _, out, _ = run(capsys, "audit", "show", trail, "--decision", "block")
    header = out.splitlines()[0]
    assert "REQUEST ID" in header and "CALLER ID" in header
    assert f"sg-{10:032x}" in out and "job-7" in out
    bundle = tmp_path / "bundle"
    assert run(capsys, "audit", "export", trail, "--out", bundle, "--decision", "block")[0] == 0
    _, out, _ = run(capsys, "audit", "show", bundle, "--format", "json")
    (row,) = [r for r in json.loads(out) if r["caller_request_id"] == "job-7"]
    assert row["request_id"] == f"sg-{10:032x}"
