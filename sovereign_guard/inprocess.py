"""The in-process doors: `GuardTransport` for httpx-based SDKs and the `@guard` decorator.

Both run the sidecar's `Pipeline` unchanged: same adapters, decisions, signals, controls,
restoration and audit records; only the way bytes travel differs.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import os
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import orjson

from .adapters import ROUTES
from .core import Guard
from .errors import GuardBlocked, GuardError
from .pipeline import Outbound, Pipeline, Refused

_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
_DROP = {"content-length", "content-encoding", "transfer-encoding", "connection"}


def _route_of(path: str) -> str | None:
    """`/v1/chat/completions` (after any base path) -> `chat/completions`."""
    for rest in sorted(ROUTES, key=len, reverse=True):
        if path.rstrip("/").endswith("/" + rest):
            return rest
    return None


def _http_module(transport: object, http: str | None) -> ModuleType:
    """httpx or its successor httpx2 (newer openai/anthropic SDKs): whichever the wrapped
    transport comes from, else the one named, else httpx."""
    name = http or (type(transport).__module__.split(".")[0] if transport is not None else "httpx")
    if name not in ("httpx", "httpx2"):
        raise TypeError(f"GuardTransport wraps httpx or httpx2 transports, not {name}")
    return importlib.import_module(name)


class GuardTransport:
    """Wraps an httpx (or httpx2) transport; every LLM call through it is guarded exactly as
    the sidecar does.

    As in the sidecar, the model card picks the destination (`base_url` + route), whatever base
    URL the SDK was given. Body-less reads (GET/HEAD, e.g. listing models) pass through;
    any other request to a route the guard does not understand is refused, not sent unscanned.

        GuardTransport(httpx.HTTPTransport(), guard=Guard.from_files(...))
        GuardTransport(httpx2.AsyncHTTPTransport())        # policy/models/audit from env
    """

    def __new__(cls, transport: Any = None, *, guard: Guard | None = None,
                policy: str | Path | None = None, models: str | Path | None = None,
                audit_dir: str | Path | None = None, http: str | None = None):
        impl = _transport_class(_http_module(transport, http))
        guard = guard or Guard.from_files(policy, models, audit_dir)
        return impl(transport, Pipeline(guard, door="transport"))


@functools.cache
def _transport_class(mod: ModuleType) -> type:
    """The transport, built against one http module (httpx and httpx2 share the API)."""

    class _GuardTransport(mod.BaseTransport, mod.AsyncBaseTransport):
        __doc__ = GuardTransport.__doc__

        def __init__(self, transport: Any, pipeline: Pipeline):
            self.pipeline = pipeline
            self._inner = transport

        def handle_request(self, request):
            inner = self._inner or mod.HTTPTransport()
            if not isinstance(inner, mod.BaseTransport):
                raise TypeError("GuardTransport wraps an async transport: use an AsyncClient")
            out = self._prepare(request, request.read())
            if isinstance(out, mod.Response):
                return out
            if out.is_echo:
                return self._echo(out)
            upstream = inner.handle_request(self._outbound(out))
            if out.stream and _is_sse(upstream) and upstream.status_code < 400:
                return self._response(out, upstream, _SyncStream(self.pipeline, out, upstream))
            content = upstream.read()
            upstream.close()
            return self._response(out, upstream,
                                  self.pipeline.finish(out, upstream.status_code, content))

        async def handle_async_request(self, request):
            inner = self._inner or mod.AsyncHTTPTransport()
            if not isinstance(inner, mod.AsyncBaseTransport):
                raise TypeError("GuardTransport wraps a sync transport: use a Client")
            out = self._prepare(request, await request.aread())
            if isinstance(out, mod.Response):
                return out
            if out.is_echo:
                return self._echo(out)
            upstream = await inner.handle_async_request(self._outbound(out))
            if out.stream and _is_sse(upstream) and upstream.status_code < 400:
                return self._response(out, upstream, _AsyncStream(self.pipeline, out, upstream))
            content = await upstream.aread()
            await upstream.aclose()
            return self._response(out, upstream,
                                  self.pipeline.finish(out, upstream.status_code, content))

        def _prepare(self, request, raw: bytes):
            rest = _route_of(request.url.path)
            if rest is None:
                if request.method in _SAFE_METHODS and isinstance(self._inner, mod.BaseTransport):
                    return self._inner.handle_request(request)
                return mod.Response(403, request=request, json={"error": {
                    "message": f"sovereign-guard does not guard {request.method} "
                               f"{request.url.path}; refused rather than sent unscanned",
                    "type": "sovereign_guard_policy", "code": "route_not_guarded"}})
            headers = {k.lower(): v for k, v in request.headers.items()}
            try:
                return self.pipeline.prepare("/v1/" + rest, headers, raw)
            except Refused as refused:
                return mod.Response(refused.status, content=refused.body(), request=request,
                                    headers={**refused.headers(),
                                             "content-type": "application/json"})

        @staticmethod
        def _outbound(out: Outbound):
            return mod.Request("POST", out.url, headers=out.headers, content=out.content)

        def _echo(self, out: Outbound):
            headers = out.response_headers()
            if out.stream:
                session = self.pipeline.stream_session(out)
                chunks = [session.feed(c) for c in self.pipeline.echo_stream(out)]
                session.finish(200)
                return mod.Response(200, content=b"".join(chunks) + session.close(),
                                    headers={**headers, "content-type": "text/event-stream"})
            status, content = self.pipeline.echo(out)
            return mod.Response(status, content=self.pipeline.finish(out, status, content),
                                headers={**headers, "content-type": "application/json"})

        @staticmethod
        def _response(out: Outbound, upstream, body):
            headers = {k: v for k, v in upstream.headers.items() if k.lower() not in _DROP}
            headers.update(out.response_headers())
            if isinstance(body, bytes):
                return mod.Response(upstream.status_code, headers=headers, content=body)
            return mod.Response(upstream.status_code, headers=headers, stream=body)

    class _SyncStream(mod.SyncByteStream):
        def __init__(self, pipeline: Pipeline, out: Outbound, upstream):
            self.pipeline, self.out, self.upstream = pipeline, out, upstream
            self.session = pipeline.stream_session(out)

        def __iter__(self) -> Iterator[bytes]:
            for chunk in self.upstream.iter_bytes():
                if data := self.session.feed(chunk):
                    yield data
            if tail := self.session.close():
                yield tail

        def close(self) -> None:
            self.upstream.close()
            self.session.finish(self.upstream.status_code)

    class _AsyncStream(mod.AsyncByteStream):
        def __init__(self, pipeline: Pipeline, out: Outbound, upstream):
            self.pipeline, self.out, self.upstream = pipeline, out, upstream
            self.session = pipeline.stream_session(out)

        async def __aiter__(self) -> AsyncIterator[bytes]:
            async for chunk in self.upstream.aiter_bytes():
                if data := self.session.feed(chunk):
                    yield data
            if tail := self.session.close():
                yield tail

        async def aclose(self) -> None:
            await self.upstream.aclose()
            self.session.finish(self.upstream.status_code)

    return _GuardTransport


def _is_sse(response: Any) -> bool:
    return response.headers.get("content-type", "").startswith("text/event-stream")


# -- the decorator ---------------------------------------------------------------------------

_PIPELINES: dict[tuple, Pipeline] = {}
_PIPELINES_LOCK = threading.Lock()


def _shared_pipeline(policy, models, audit_dir) -> Pipeline:
    key = (str(policy or os.environ.get("SOVEREIGN_GUARD_POLICY") or ""),
           str(models or ""), str(audit_dir or ""))
    with _PIPELINES_LOCK:
        if key not in _PIPELINES:
            _PIPELINES[key] = Pipeline.from_files(policy, models, audit_dir, door="decorator")
        return _PIPELINES[key]


def _restored(restorer: Any, piece: Any) -> Any:
    """A streamed piece with placeholders restored; None while text is withheld (it may be
    the start of a placeholder); non-text pieces pass as they are."""
    if not isinstance(piece, str):
        return piece
    return restorer.feed(piece) or None


def guard(model: str | None = None, *, policy: str | Path | None = None, param: str | None = None,
          models: str | Path | None = None, audit_dir: str | Path | None = None,
          using: Guard | None = None) -> Callable:
    """Guard a function whose prompt arrives as `prompt: str`, `messages: list` or `param`.

    Before the call the prompt is redacted and the vendor's contract checked (a block raises
    `GuardBlocked` and the function is not called); string results, and the pieces a
    generator yields, come back restored. One audit record per call, written before the call.
    """

    def decorate(fn: Callable) -> Callable:
        signature = inspect.signature(fn)
        name = param or next((p for p in ("prompt", "messages") if p in signature.parameters),
                             None)
        if name is None:
            raise TypeError(f"@guard: {fn.__qualname__} has no 'prompt' or 'messages' "
                            "parameter; name one with @guard(param=...)")
        target_model = model or os.environ.get("SOVEREIGN_GUARD_MODEL")

        def before(args, kwargs):
            bound = signature.bind(*args, **kwargs)
            value = bound.arguments.get(name)
            if not isinstance(value, (str, list)):
                raise GuardError(f"@guard: argument '{name}' must be a str or a list of messages")
            pipe = (Pipeline(using, door="decorator") if using
                    else _shared_pipeline(policy, models, audit_dir))
            chosen = target_model or pipe.policy.vendors.default_model
            messages = value if isinstance(value, list) else [{"role": "user", "content": value}]
            # Speak the flavour of the model's card, so the same contract checks apply.
            try:
                api = pipe.registry.resolve(chosen).api
            except GuardError as exc:
                raise GuardError(f"@guard: {exc}") from None
            route = "/v1/messages" if api == "anthropic" else "/v1/chat/completions"
            payload = {"model": chosen, "messages": messages}
            try:
                out = pipe.prepare(route, {}, orjson.dumps(payload))
            except Refused as refused:
                if refused.status == 403:
                    raise GuardBlocked(refused.reasons, str(refused)) from None
                raise GuardError(str(refused)) from None
            redacted = out.body["messages"]
            bound.arguments[name] = redacted[0]["content"] if isinstance(value, str) else redacted
            return bound, out

        def restore(result: Any, out: Outbound) -> Any:
            if isinstance(result, str):
                return out.restorer.text(result)
            return result

        if inspect.isasyncgenfunction(fn):
            @functools.wraps(fn)
            async def agen_wrapper(*args, **kwargs):
                bound, out = before(args, kwargs)
                restorer = out.protected.stream_restorer()
                async for piece in fn(*bound.args, **bound.kwargs):
                    if (restored := _restored(restorer, piece)) is not None:
                        yield restored
                if tail := restorer.flush():
                    yield tail
            return agen_wrapper

        if inspect.isgeneratorfunction(fn):
            @functools.wraps(fn)
            def gen_wrapper(*args, **kwargs):
                bound, out = before(args, kwargs)
                restorer = out.protected.stream_restorer()
                for piece in fn(*bound.args, **bound.kwargs):
                    if (restored := _restored(restorer, piece)) is not None:
                        yield restored
                if tail := restorer.flush():
                    yield tail
            return gen_wrapper

        if inspect.iscoroutinefunction(fn):
            @functools.wraps(fn)
            async def async_wrapper(*args, **kwargs):
                bound, out = before(args, kwargs)
                return restore(await fn(*bound.args, **bound.kwargs), out)
            return async_wrapper

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            bound, out = before(args, kwargs)
            return restore(fn(*bound.args, **bound.kwargs), out)
        return wrapper

    return decorate
