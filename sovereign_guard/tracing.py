"""OpenTelemetry spans for a request's steps: parse, detect, decide, forward, restore.

Off by default, and free when off: `opentelemetry` is imported only once tracing is switched
on. The switch is the standard environment (read once, at the first request):

* on when `OTEL_TRACES_EXPORTER` names an exporter (`otlp`, `console`, any installed
  `opentelemetry_traces_exporter` entry point; `otlp` is OTLP over HTTP/protobuf), or when
  `OTEL_EXPORTER_OTLP_ENDPOINT` / `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is set (then `otlp`);
* off when neither is set, when `OTEL_TRACES_EXPORTER=none`, or when `OTEL_SDK_DISABLED=true`.

Everything else is the SDK's own reading of `OTEL_*` (service name and resource attributes,
sampler, batch processor, the exporter's endpoint, headers and timeout). The optional extra
`sovereign-guard[tracing]` installs the SDK and the OTLP/HTTP exporter.

One trace per request: a `sovereign_guard.request` span (a child of the caller's span when
the request carries a W3C `traceparent`, or when an in-process caller has one current) with
`sovereign_guard.parse`, `.detect`, `.decide`, `.forward` (one per vendor tried) and
`.restore` under it. Attributes are counts, types, classes, decisions, card ids and statuses,
never a value: no text, no model name the caller chose, no exception message (its class only).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

log = logging.getLogger("sovereign_guard.tracing")

PREFIX = "sovereign_guard."
_TRUE = {"true", "1", "yes", "on"}

_tracer: Any = None  # an opentelemetry Tracer once switched on
_decided = False  # the environment was read (or `configure` was called)


class _Null:
    """The span and the trace when tracing is off: every call does nothing."""

    __slots__ = ()

    def set(self, **attributes: Any) -> None:
        pass

    @contextmanager
    def step(self, name: str, **attributes: Any) -> Iterator[_Null]:
        yield self

    def open(self, name: str, **attributes: Any) -> None:
        pass

    def end(self, **attributes: Any) -> None:
        pass


NOOP = _Null()


def requested(env: Mapping[str, str] = os.environ) -> str | None:
    """The exporter names the environment asks for ("otlp", "console,otlp"), or None: off."""
    if env.get("OTEL_SDK_DISABLED", "").strip().lower() in _TRUE:
        return None
    names = env.get("OTEL_TRACES_EXPORTER", "").strip().lower()
    if names:
        return None if names == "none" else names
    if env.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or env.get("OTEL_EXPORTER_OTLP_ENDPOINT"):
        return "otlp"
    return None


def configure(provider: Any = None) -> None:
    """Trace into `provider` (an SDK TracerProvider: tests, or an application that set up its
    own); None switches tracing off. The environment is not read afterwards."""
    global _tracer, _decided
    _decided = True
    _tracer = provider.get_tracer("sovereign_guard") if provider is not None else None


def reset() -> None:
    """Forget the decision: the environment is read again at the next request (tests)."""
    global _tracer, _decided
    _tracer, _decided = None, False


def _from_environment() -> Any:
    names = requested()
    if names is None:
        return None
    try:
        from opentelemetry import trace
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor
    except ImportError:
        log.warning("OTEL_* asks for traces but opentelemetry-sdk is not installed "
                    "(pip install 'sovereign-guard[tracing]'); tracing stays off")
        return None
    current = trace.get_tracer_provider()
    if isinstance(current, TracerProvider):  # the application configured its own
        return current.get_tracer("sovereign_guard")
    resource = Resource.create({"service.name": "sovereign-guard"}
                               if not os.environ.get("OTEL_SERVICE_NAME") else {})
    provider = TracerProvider(resource=resource)  # sampler from OTEL_TRACES_SAMPLER
    for name in dict.fromkeys(n.strip() for n in names.split(",") if n.strip()):
        exporter = _exporter(name)
        if exporter is not None:
            provider.add_span_processor(BatchSpanProcessor(exporter))  # OTEL_BSP_*
    # Kept to ourselves, not made the global provider: a global one would switch on other
    # libraries' own telemetry (FastAPI's records query strings and exception messages).
    return provider.get_tracer("sovereign_guard")  # flushed at exit (shutdown_on_exit)


def _exporter(name: str) -> Any:
    """An exporter by its entry-point name (`otlp`: the HTTP/protobuf one we depend on)."""
    from importlib.metadata import entry_points

    wanted = "otlp_proto_http" if name == "otlp" else name
    for point in entry_points(group="opentelemetry_traces_exporter"):
        if point.name == wanted:
            return point.load()()  # endpoint, headers, timeout: OTEL_EXPORTER_OTLP_*
    log.warning("OTEL_TRACES_EXPORTER names %r, which is not installed; skipped", name[:40])
    return None


def tracer() -> Any:
    global _tracer, _decided
    if not _decided:
        _decided = True
        _tracer = _from_environment()
    return _tracer


def begin(headers: Mapping[str, str] | None = None, **attributes: Any) -> Trace | _Null:
    """The request's trace (its root span started now), or `NOOP` when tracing is off.
    `headers` (lower-cased) may carry the caller's `traceparent`; only its ids are used."""
    t = tracer()
    if t is None:
        return NOOP
    return Trace(t, headers, attributes)


class Trace:
    """One request's spans: the root, and its steps as children (explicit parent, so a step
    in another task or thread, such as a stream's restore, still lands in this trace)."""

    __slots__ = ("_ctx", "_open", "_root", "_tracer")

    def __init__(self, tracer: Any, headers: Mapping[str, str] | None,
                 attributes: dict[str, Any]):
        from opentelemetry import propagate, trace

        parent = None
        if headers and "traceparent" in headers:
            parent = propagate.extract({"traceparent": headers["traceparent"]})
        self._tracer = tracer
        self._root = tracer.start_span(PREFIX + "request", context=parent,
                                       kind=trace.SpanKind.SERVER,
                                       attributes=_attrs(attributes))
        self._ctx = trace.set_span_in_context(self._root)
        self._open: list[Any] = []

    def set(self, **attributes: Any) -> None:
        self._root.set_attributes(_attrs(attributes))

    @contextmanager
    def step(self, name: str, **attributes: Any) -> Iterator[_Span]:
        span = self._tracer.start_span(PREFIX + name, context=self._ctx,
                                       attributes=_attrs(attributes))
        try:
            yield _Span(span)
        except BaseException as exc:
            _failed(span, exc)
            raise
        finally:
            span.end()

    def open(self, name: str, **attributes: Any) -> None:
        """A step that ends with the request (a stream's restore)."""
        self._open.append(self._tracer.start_span(PREFIX + name, context=self._ctx,
                                                  attributes=_attrs(attributes)))

    def end(self, **attributes: Any) -> None:
        """The request is over: open steps and the root end, once (later calls do nothing)."""
        if self._root is None:
            return
        for span in self._open:
            span.end()
        self._open.clear()
        self._root.set_attributes(_attrs(attributes))
        status = attributes.get("http.response.status_code")
        if isinstance(status, int) and status >= 500:
            from opentelemetry.trace import Status, StatusCode

            self._root.set_status(Status(StatusCode.ERROR))
        self._root.end()
        self._root = None


class _Span:
    __slots__ = ("_span",)

    def __init__(self, span: Any):
        self._span = span

    def set(self, **attributes: Any) -> None:
        self._span.set_attributes(_attrs(attributes))


def _failed(span: Any, exc: BaseException) -> None:
    """The exception's class, never its message (it may quote a body or a URL)."""
    from opentelemetry.trace import Status, StatusCode

    span.set_attribute("error.type", type(exc).__name__)
    span.set_status(Status(StatusCode.ERROR))


def _attrs(attributes: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword names to attribute names: `sg_card` → `sg.card`; dotted names pass as given
    (through **{...}); None values are left out (OpenTelemetry rejects them)."""
    return {k.replace("_", ".", 1) if k.startswith("sg_") else k: v
            for k, v in attributes.items() if v is not None}


def entity_attributes(findings) -> dict[str, Any]:
    """Counts per entity type and per action of a request's findings (never their text)."""
    per_type: dict[str, int] = {}
    per_action: dict[str, int] = {}
    for f in findings:
        per_type[f.type] = per_type.get(f.type, 0) + 1
        per_action[f.action.value] = per_action.get(f.action.value, 0) + 1
    out: dict[str, Any] = {"sg.entities": sum(per_type.values()),
                           "sg.entity_types": sorted(per_type)}
    out.update({f"sg.entities.{t}": n for t, n in per_type.items()})
    out.update({f"sg.actions.{a}": n for a, n in per_action.items()})
    return out


__all__ = ["NOOP", "Trace", "begin", "configure", "entity_attributes", "requested", "reset"]
