"""OpenTelemetry spans (sovereign_guard/tracing.py): one trace per request with parse, detect,
decide, forward and restore; counts and decisions as attributes, never a value; off unless
the OTEL_* environment asks, and then without importing the SDK."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
import pytest
from conftest import REPO, model_card, pipeline_at

from sovereign_guard import GuardTransport, tracing

pytest.importorskip("opentelemetry.sdk")

from opentelemetry.sdk.trace import TracerProvider  # noqa: E402
from opentelemetry.sdk.trace.export import SimpleSpanProcessor  # noqa: E402
from opentelemetry.sdk.trace.export.in_memory_span_exporter import (  # noqa: E402
    InMemorySpanExporter,
)

EMAIL = "jane.doe@example.org"
PHONE = "+1 415 555 0132"
SECRET = "AKIAZ7Q3XK2M5N6P4R7T"
PARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"


@pytest.fixture
def spans():
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracing.configure(provider)
    yield exporter
    tracing.reset()


@pytest.fixture(scope="module")
def client(vendor, tmp_path_factory):
    pipe = pipeline_at(tmp_path_factory, [model_card("fake/gpt", "openai", vendor.base_url)])
    with httpx.Client(base_url="https://app.invalid",
                      transport=GuardTransport(httpx.HTTPTransport(), pipeline=pipe)) as c:
        yield c


def _chat(client, text: str, **extra):
    return client.post("/v1/chat/completions", headers=extra.pop("headers", {}), json={
        "model": "fake/gpt", "messages": [{"role": "user", "content": text}], **extra})


def _by_name(exporter) -> dict[str, list]:
    out: dict[str, list] = {}
    for s in exporter.get_finished_spans():
        out.setdefault(s.name.removeprefix("sovereign_guard."), []).append(s)
    return out


def _everything(exporter) -> str:
    """Every span's JSON without its random ids and clock readings: those are hex and digits
    that by chance hold any short fragment (a span id 0xd10132fc... held the phone's `0132`),
    and carry nothing of the request."""
    spans = [json.loads(s.to_json()) for s in exporter.get_finished_spans()]
    for span in spans:
        for key in ("context", "parent_id", "start_time", "end_time"):
            span.pop(key, None)
        for event in span.get("events", ()):
            event.pop("timestamp", None)
        for link in span.get("links", ()):
            link.pop("context", None)
    return "\n".join(json.dumps(span, ensure_ascii=False) for span in spans)


def test_one_trace_with_each_step_and_counts_never_values(client, spans):
    answer = _chat(client, f"Mail {EMAIL} or call {PHONE} about the refund.")
    assert answer.status_code == 200
    assert EMAIL in answer.text  # restored for the caller
    by = _by_name(spans)
    assert set(by) == {"request", "parse", "detect", "decide", "forward", "restore"}
    root = by["request"][0]
    for name in ("parse", "detect", "decide", "forward", "restore"):
        (step,) = by[name]
        assert step.context.trace_id == root.context.trace_id
        assert step.parent.span_id == root.context.span_id
    detect = by["detect"][0].attributes
    assert detect["sg.entities.EMAIL_ADDRESS"] == 1
    assert detect["sg.entities"] >= 2 and "EMAIL_ADDRESS" in detect["sg.entity_types"]
    assert detect["sg.actions.pseudonymize"] >= 2
    assert detect["sg.outbound_class"]
    decide = by["decide"][0].attributes
    assert decide["sg.decision"] == "redact" and decide["sg.card"] == "fake/gpt"
    forward = by["forward"][0].attributes
    assert forward["http.response.status_code"] == 200 and forward["sg.card"] == "fake/gpt"
    assert by["restore"][0].attributes["sg.placeholders"] >= 2
    assert root.attributes["http.response.status_code"] == 200
    assert root.attributes["sg.route"] == "chat/completions"
    text = _everything(spans)
    for value in (EMAIL, "jane.doe", PHONE, "0132", "refund"):
        assert value not in text


def test_a_refusal_ends_the_trace_without_a_forward(client, spans):
    answer = _chat(client, f"my key is {SECRET}")
    assert answer.status_code == 403
    by = _by_name(spans)
    assert "forward" not in by and "restore" not in by
    root = by["request"][0].attributes
    assert root["sg.decision"] == "block" and root["http.response.status_code"] == 403
    assert root["sg.code"] == "policy_blocked"
    assert any(r.startswith("entity_blocked:") for r in root["sg.reasons"])
    assert by["detect"][0].attributes["sg.actions.block"] >= 1
    assert SECRET not in _everything(spans) and "AKIA" not in _everything(spans)


def test_an_invalid_body_is_a_refused_trace(client, spans):
    answer = client.post("/v1/chat/completions", content=b'{"model": "fake/gpt", "messages"',
                         headers={"content-type": "application/json"})
    assert answer.status_code == 422
    (root,) = _by_name(spans)["request"]
    assert root.attributes["sg.code"] == "invalid_json"


def test_a_stream_restores_under_the_same_trace(client, spans):
    with client.stream("POST", "/v1/chat/completions", json={
            "model": "fake/gpt", "stream": True,
            "messages": [{"role": "user", "content": f"write to {EMAIL}"}]}) as answer:
        body = b"".join(answer.iter_bytes())
    assert EMAIL.encode() in body
    by = _by_name(spans)
    (restore,) = by["restore"]
    assert restore.attributes["sg.stream"] is True
    assert restore.parent.span_id == by["request"][0].context.span_id
    assert EMAIL not in _everything(spans)


def test_the_callers_traceparent_is_the_parent(client, spans):
    _chat(client, "hello", headers={"traceparent": PARENT})
    (root,) = _by_name(spans)["request"]
    assert format(root.context.trace_id, "032x") == PARENT.split("-")[1]
    assert format(root.parent.span_id, "016x") == PARENT.split("-")[2]


def test_off_by_default_and_the_standard_switches():
    assert tracing.requested({}) is None
    assert tracing.requested({"OTEL_TRACES_EXPORTER": "none"}) is None
    assert tracing.requested({"OTEL_TRACES_EXPORTER": "console"}) == "console"
    assert tracing.requested({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4318"}) == "otlp"
    assert tracing.requested({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://c:4318"}) == "otlp"
    assert tracing.requested({"OTEL_TRACES_EXPORTER": "otlp",
                              "OTEL_SDK_DISABLED": "true"}) is None


_RUN = """
import sys
from sovereign_guard import tracing
from sovereign_guard.pipeline import Pipeline
pipe = Pipeline.from_files("default", audit_dir=sys.argv[1] + "/audit", keys=sys.argv[1] + "/k.json")
out = pipe.prepare("/v1/chat/completions", {}, b'{"model": "local/echo", "messages": [{"role": "user", "content": "mail jane.doe@example.org"}]}')
pipe.finish(out, 200, b'{"choices": []}')
print("SDK_LOADED", "opentelemetry.sdk" in sys.modules, file=sys.stderr)
"""


def _run(tmp_path, **env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    return subprocess.run([sys.executable, "-c", _RUN, str(tmp_path)], cwd=REPO,
                          env={**clean, "PYTHONPATH": str(REPO), **env},
                          capture_output=True, text=True, timeout=120, check=True)


def test_off_imports_no_sdk_and_the_console_exporter_from_the_environment(tmp_path):
    off = _run(tmp_path / "off")
    assert "SDK_LOADED False" in off.stderr and "sovereign_guard" not in off.stdout
    on = _run(tmp_path / "on", OTEL_TRACES_EXPORTER="console", OTEL_SERVICE_NAME="sg-test")
    names = {span["name"] for span in _json_objects(on.stdout)}
    assert {"sovereign_guard.request", "sovereign_guard.detect",
            "sovereign_guard.restore"} <= names
    assert "sg-test" in on.stdout
    assert "jane.doe" not in on.stdout


def _json_objects(text: str) -> list[dict]:
    """The console exporter prints one indented JSON object per span."""
    decoder, out, i = json.JSONDecoder(), [], 0
    while (i := text.find("{", i)) >= 0:
        span, i = decoder.raw_decode(text, i)
        out.append(span)
    return out
