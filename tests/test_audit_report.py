"""`sovereign-guard audit report` as an auditor reads it: integrity verdict and exit status,
policy blocks apart from client errors, the blocked requests, doors, classes, vendor errors,
latency, and a day chart that renders offline in a real browser."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime
from html.parser import HTMLParser

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
    html = page.read_text()
    assert "integrity NOT verified" in html and "<h2>Integrity problems" in html  # marked
    assert "sequence gap" in html  # the problem itself, as `audit verify` names it
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
    from sovereign_guard.pipeline import REQUEST_ID_HEADER, Refused

    pipeline = guarded
    body = json.dumps({"model": "local/echo",
                       "messages": [{"role": "user", "content": "hello"}]}).encode()
    headers = {REQUEST_ID_HEADER: "job-42", "content-type": "application/json"}
    outs = [pipeline.prepare("/v1/chat/completions", headers, body) for _ in range(2)]
    for out in outs:
        pipeline.record_response(out, 200)
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


# -- what the report says ---------------------------------------------------------------------


def test_report_counts_client_errors_apart_from_policy_blocks(trail, capsys):
    code, out, _ = run(capsys, "audit", "report", trail, "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["outcomes"] == {"passed": 13, "blocked_by_policy": 2,
                                             "client_errors": 3, "guard_errors": 1}
    assert doc["client_errors"] == {"invalid_json": 1, "missing_model": 1, "body_too_large": 1}
    assert doc["guard_errors"] == {"detection_failed": 1}
    assert "invalid_json" not in doc["reasons"]  # policy reasons are the policy's only
    assert doc["reasons"] == {"classification_exceeds_card": 2, "entity_blocked:API_KEY": 1,
                              "dpa_not_signed": 1}
    assert doc["per_day"]["2026-11-02"] == {"allow": 2, "reroute": 1, "block": 1,
                                            "client_error": 3, "guard_error": 1}
    _, out, _ = run(capsys, "audit", "report", trail)
    assert "blocked by policy 2, client errors 3, guard errors 1" in out


def test_report_lists_blocked_requests_without_values(trail, capsys):
    _, out, _ = run(capsys, "audit", "report", trail, "--format", "json")
    blocked = json.loads(out)["blocked"]
    assert [b["outcome"] for b in blocked] == ["block", "block", "client_error",
                                               "client_error", "client_error", "guard_error"]
    first = blocked[0]
    assert first["request_id"] == f"sg-{10:032x}" and first["caller_request_id"] == "job-7"
    assert first["time"].startswith("2026-11-01T09:10") and first["status"] == 403
    assert first["reasons"] == ["entity_blocked:API_KEY"] and first["log_id"] == "report-log"
    assert set(first) == {"time", "request_id", "caller_request_id", "log_id", "seq",
                          "outcome", "status", "door", "card_id", "reasons"}
    _, out, _ = run(capsys, "audit", "report", trail)
    (line,) = [x for x in out.splitlines() if "job-7" in x]
    assert f"sg-{10:032x}" in line and "403" in line and "entity_blocked:API_KEY" in line


def test_report_shows_doors_classes_vendor_errors_and_latency(trail, capsys):
    _, out, _ = run(capsys, "audit", "report", trail, "--format", "json")
    doc = json.loads(out)
    assert doc["doors"] == {"sidecar": 17, "transport": 1, "decorator": 1}
    assert doc["outbound_classes"] == {"internal": 10, "(none)": 9}
    assert doc["data_classes"] == {"confidential": 10, "(none)": 9}
    gpt = doc["vendor_answers"]["openai/gpt-5"]
    assert gpt["responses"] == 12 and gpt["vendor_errors"] == 2
    assert gpt["errors"] == {"502 ConnectError": 1, "503": 1}
    # totals 40, 60, 100..1000 ms: median 450; p95 between the two largest
    assert gpt["total_ms"]["p50"] == 450.0 and 900 < gpt["total_ms"]["p95"] <= 1000
    assert gpt["vendor_ms"]["p50"] == 445.0  # less the 5 ms of detection
    assert doc["vendor_answers"]["local/echo"]["vendor_errors"] == 0
    _, text, _ = run(capsys, "audit", "report", trail)
    for title in ("Outbound data class:", "Doors:", "Vendor answers", "Vendor errors"):
        assert title in text
    assert "502 ConnectError" in text and "450.0" in text


# -- the HTML page, as a browser and an auditor see it -----------------------------------------


class _Svg(HTMLParser):
    """The texts and rectangles of one <svg id=...> and every URL-bearing attribute."""

    def __init__(self, svg_id: str):
        super().__init__()
        self.svg_id, self.depth = svg_id, 0
        self.texts: list[str] = []
        self.rects: list[dict] = []
        self.lines = 0
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.urls += [v for k, v in attrs if k in ("src", "href", "xlink:href", "action")]
        if tag == "svg" and a.get("id") == self.svg_id:
            self.depth = 1
        elif self.depth and tag == "svg":
            self.depth += 1
        elif self.depth and tag == "rect":
            self.rects.append(a)
        elif self.depth and tag == "line":
            self.lines += 1

    def handle_endtag(self, tag):
        if self.depth and tag == "svg":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and data.strip():
            self.texts.append(data.strip())


def _page(trail, capsys, tmp_path) -> str:
    page = tmp_path / "report.html"
    assert run(capsys, "audit", "report", trail, "--html", page)[0] == 0
    return page.read_text()


def test_html_day_chart_has_labelled_axes_and_values(trail, capsys, tmp_path):
    html = _page(trail, capsys, tmp_path)
    svg = _Svg("day-chart")
    svg.feed(html)
    assert "requests" in svg.texts and "day (UTC)" in svg.texts  # axis titles
    assert {"0", "5", "10", "15"} <= set(svg.texts)  # y ticks
    assert {"2026-11-01", "2026-11-02"} <= set(svg.texts)  # x ticks
    assert {"11", "8"} <= set(svg.texts)  # totals above the bars
    assert svg.texts.count("3") >= 1  # a segment's own value (3 client errors)
    assert len(svg.rects) == 8 and svg.lines >= 6  # segments; axes and gridlines
    assert "<td>2026-11-02</td><td>2</td><td>0</td><td>1</td><td>1</td><td>3</td><td>1</td>" \
        "<td>8</td>" in html  # the same numbers as a table
    for section in ("Blocked requests", "Vendor answers", "Vendor errors", "Doors",
                    "Outbound data class", "Client errors by code"):
        assert f"<h2>{section}" in html
    assert "job-7" in html and f"sg-{10:032x}" in html


def test_html_needs_nothing_from_the_network(trail, capsys, tmp_path):
    html = _page(trail, capsys, tmp_path)
    svg = _Svg("day-chart")
    svg.feed(html)
    assert svg.urls == []
    for external in ("<script", "<link", "<img", "<iframe", "@import", "url(", "http://",
                     "https://", "//cdn"):
        assert external not in html.lower()
    assert "default-src 'none'" in html  # and the CSP forbids fetching anything anyway


def test_day_chart_spans_quiet_days_and_scales(tmp_path):
    from sovereign_guard.audit.page import day_chart

    per_day = {"2026-11-01": {"allow": 1200}, "2026-11-04": {"block": 7, "allow": 3}}
    svg = _Svg("day-chart")
    svg.feed(day_chart(per_day))
    assert {"2026-11-02", "2026-11-03"} <= set(svg.texts)  # quiet days keep their place
    assert {"0", "500", "1000", "1200", "10"} <= set(svg.texts)


def _browser() -> str | None:
    return next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(n)), None)


@pytest.mark.skipif(_browser() is None, reason="no Chromium on this machine (Debian: apt-get "
                    "install chromium); README 'Checking the HTML report' gives the manual check")
def test_html_report_renders_in_headless_chromium(trail, capsys, tmp_path):
    """What an auditor opens: the page rendered offline by a real browser, as a screenshot
    (not blank) and as a printed PDF whose text holds the chart's axes and values."""
    from pypdf import PdfReader

    page = tmp_path / "report.html"
    assert run(capsys, "audit", "report", trail, "--html", page)[0] == 0
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><html><body style='background:#fff'></body></html>")

    def chromium(*args: str) -> None:
        subprocess.run([_browser(), "--headless", "--no-sandbox", "--disable-gpu",
                        "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}",
                        "--host-resolver-rules=MAP * ~NOTFOUND", *args],
                       check=True, capture_output=True, timeout=120)

    shots = {}
    for name, source in (("report", page), ("blank", blank)):
        shots[name] = tmp_path / f"{name}.png"
        chromium(f"--screenshot={shots[name]}", "--window-size=1100,1400", source.as_uri())
    data = shots["report"].read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    # A page of the same size with nothing on it compresses to a few KB; charts, tables and
    # text do not.
    assert len(data) > 5 * len(shots["blank"].read_bytes())
    pdf = tmp_path / "report.pdf"
    chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    text = unicodedata.normalize("NFKC", " ".join(p.extract_text()
                                                  for p in PdfReader(pdf).pages))  # ligatures
    for seen in ("Requests per day", "day (UTC)", "requests", "2026-11-01", "integrity verified",
                 "Blocked requests", "reason codes", "job-7", "502 ConnectError"):
        assert seen in text


def test_day_chart_totals_stand_on_end_when_columns_are_narrow():
    from sovereign_guard.audit.page import day_chart

    per_day = {f"2026-{m}-{d:02d}": {"allow": 900 + d} for m in (10, 11) for d in range(1, 31)}
    html = day_chart(per_day)  # 61 days: 16-pixel columns
    svg = _Svg("day-chart")
    svg.feed(html)
    assert {str(900 + d) for d in range(1, 31)} <= set(svg.texts)  # every total is shown
    assert html.count('class="value" transform="rotate(-90') == 60


@pytest.mark.parametrize("given, kept", [
    ("job-42", True),
    ("550e8400-e29b-41d4-a716-446655440000", True),  # a UUID, whatever its digits
    ("run-2026-a7", True),
    ("req.2026.12", False),                            # read as a number: dropped
    ("4111111111111111", False),                       # a card number as an id
    ("4111-1111-1111-1111", False),                    # separators do not hide it
    ("acct:078-05-1120", False),
    ("555.123.4567", False),
    ("a b", False),
])
def test_a_caller_id_that_reads_like_a_number_is_not_kept(given, kept):
    from sovereign_guard.pipeline import _request_id

    assert (_request_id(given) == given) is kept


# -- vendor concentration: each company's share of what left ---------------------------------


def _answer(i: int, card: str, company: str, tokens: dict, attempts: list | None = None,
            status: int = 200) -> AuditEvent:
    return AuditEvent(kind="response", request_id=f"sg-{i:032x}",
                      time=datetime(2026, 11, 3, 10, i % 60, 30, tzinfo=UTC), card_id=card,
                      vendor=company, decision="allow", status=status, tokens=tokens,
                      attempts=attempts or [{"card": card, "outcome": "ok", "ms": 1.0}])


def _shares_trail() -> list[AuditEvent]:
    """OpenAI answers 3 (one after Anthropic failed), Anthropic 1, Mistral 1 without usage;
    two policy blocks meant for OpenAI and one for Mistral stay out of the shares."""
    at = {"day": 3}
    events = []
    for i in range(3):
        events.append(_request(i, **at, decision="allow"))
        events.append(_answer(i, "openai/gpt-5", "OpenAI", {"input": 100, "output": 50}))
    events.append(_request(3, **at, decision="allow", vendor="Anthropic",
                           card_id="anthropic/claude"))
    events.append(_answer(3, "anthropic/claude", "Anthropic", {"input": 300, "output": 150}))
    # asked for Claude, Claude answered 503, the failover went to GPT-5
    events.append(_request(4, **at, decision="allow", vendor="Anthropic",
                           card_id="anthropic/claude"))
    events.append(AuditEvent(kind="failover", request_id=f"sg-{4:032x}",
                             time=datetime(2026, 11, 3, 10, 4, 10, tzinfo=UTC),
                             card_id="openai/gpt-5", vendor="OpenAI", decision="reroute",
                             reasons=["failover:5xx"]))
    events.append(_answer(4, "openai/gpt-5", "OpenAI", {"input": 10, "output": 5}, [
        {"card": "anthropic/claude", "outcome": "5xx", "status": 503, "ms": 2.0},
        {"card": "openai/gpt-5", "outcome": "ok", "status": 200, "ms": 3.0}]))
    events.append(_request(5, **at, decision="redact", vendor="Mistral AI",
                           card_id="mistral/large"))
    events.append(_answer(5, "mistral/large", "Mistral AI", {}))
    events.append(_request(6, **at, decision="block", status=403, reasons=("dpa_not_signed",)))
    events.append(_request(7, **at, decision="block", status=403, reasons=("dpa_not_signed",)))
    events.append(_request(8, **at, decision="block", status=403, vendor="Mistral AI",
                           card_id="mistral/large", reasons=("entity_blocked:API_KEY",)))
    events.append(_request(9, **at, decision="block", status=422, reasons=("invalid_json",)))
    return events


@pytest.fixture
def shares(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv("SOVEREIGN_GUARD_HOME", str(tmp_path / "home"))
    assert main(["keys", "init"]) == 0
    audit = tmp_path / "audit"
    with AuditLog(audit, load_keyset(), settings(), log_id="shares-log") as log:
        for e in _shares_trail():
            log.append(e)
    return audit


def test_report_shows_each_companys_share_of_requests_and_tokens(shares, capsys, tmp_path):
    code, out, _ = run(capsys, "audit", "report", shares, "--format", "json")
    assert code == 0
    c = json.loads(out)["concentration"]
    assert (c["requests"], c["tokens"]) == (6, 915)
    openai, claude, mistral = (c["companies"][k] for k in ("OpenAI", "Anthropic", "Mistral AI"))
    assert list(c["companies"]) == ["OpenAI", "Anthropic", "Mistral AI"]  # biggest first
    # the failed-over request is OpenAI's (it answered), the failure Anthropic's
    assert (openai["requests"], openai["request_share"]) == (4, 66.7)
    assert (openai["input_tokens"], openai["output_tokens"], openai["token_share"]) == \
        (310, 155, 50.8)
    assert (openai["failed_over_in"], openai["failed_over_away"]) == (1, 0)
    assert (claude["requests"], claude["tokens"], claude["failed_over_away"]) == (1, 450, 1)
    # blocked by policy: apart, for the company asked for; the client error not at all
    assert (openai["blocked"], claude["blocked"], mistral["blocked"]) == (2, 0, 1)
    assert (mistral["requests"], mistral["untokened"], mistral["token_share"]) == (1, 1, 0.0)
    _, text, _ = run(capsys, "audit", "report", shares)
    assert "Vendor concentration" in text
    (line,) = [x for x in text.splitlines() if x.strip().startswith("OpenAI")]
    assert line.split()[1:] == ["4", "66.7", "310", "155", "50.8", "0", "0", "1", "2"]
    page = tmp_path / "shares.html"
    assert run(capsys, "audit", "report", shares, "--html", page)[0] == 0
    html = page.read_text()
    assert "<h2>Vendor concentration</h2>" in html and "<h2>Share of tokens (%)</h2>" in html
    assert "<td>66.7</td>" in html and ">49.2</text>" in html  # Anthropic's token share


def test_answers_record_their_token_counts(vendor, tmp_path_factory):
    """The response record carries the usage's counts, both flavours, JSON and SSE, same
    flavour and translated; counts only."""
    import httpx
    from conftest import model_card, pipeline_at, pipeline_events

    from sovereign_guard import GuardTransport

    pipe = pipeline_at(tmp_path_factory, [
        model_card("fake/gpt", "openai", vendor.base_url),
        model_card("fake/claude", "anthropic", vendor.base_url)])
    client = httpx.Client(base_url="https://app.invalid", transport=GuardTransport(
        httpx.HTTPTransport(), pipeline=pipe))
    for route, model, stream in (("/v1/chat/completions", "fake/gpt", False),
                                 ("/v1/messages", "fake/claude", False),
                                 ("/v1/messages", "fake/claude", True),
                                 ("/v1/chat/completions", "fake/claude", True),
                                 ("/v1/messages", "fake/gpt", False)):
        body = {"model": model, "max_tokens": 50, "stream": stream,
                "messages": [{"role": "user", "content": "hello there"}]}
        if route == "/v1/chat/completions" and stream:
            body["stream_options"] = {"include_usage": True}
        r = client.post(route, json=body)
        assert r.status_code == 200, r.text
        *_, record = pipeline_events(pipe, r.headers["x-sovereign-guard-request-id"])
        assert record["kind"] == "response" and record["status"] == 200
        tokens = record["tokens"]
        assert set(tokens) == {"input", "output"}, (route, model, stream)
        assert tokens["input"] >= 1 and tokens["output"] >= 1
    client.close()


def test_token_counts_from_large_answers_and_split_stream_events():
    from sovereign_guard.usage import StreamTokens, from_answer

    big = json.dumps({"object": "list", "data": [{"embedding": [0.1] * 20000, "index": 0}],
                      "usage": {"prompt_tokens": 12, "total_tokens": 12}}).encode()
    assert len(big) > 64 * 1024 and from_answer(big) == {"input": 12, "output": 0}
    assert from_answer(b'{"choices": []}') == {} and from_answer(b"not json usage") == {}
    cached = b'{"usage": {"input_tokens": 3, "cache_read_input_tokens": 40, "output_tokens": 2}}'
    assert from_answer(cached) == {"input": 43, "output": 2}
    events = (b'event: message_start\ndata: {"type":"message_start","message":{"usage":'
              b'{"input_tokens":25,"output_tokens":1}}}\n\n'
              b'event: message_delta\ndata: {"type":"message_delta","usage":'
              b'{"output_tokens":17}}\n\n')
    counted = StreamTokens()
    for i in range(0, len(events), 7):  # events cut at every 7th byte, "usage" included
        counted.feed(events[i:i + 7])
    assert counted.counts == {"input": 25, "output": 17}
