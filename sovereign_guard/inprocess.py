"""The in-process doors: `GuardTransport` for httpx-based SDKs and the `@guard` decorator.

Both run the sidecar's `Pipeline` unchanged: same adapters, decisions, signals, controls,
restoration and audit records; the transport drives it through the same `Exchange` as the
sidecar, only the way bytes travel differs.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from .errors import GuardBlocked, GuardError
from .exchange import (
    Answer,
    AsyncUpstream,
    Exchange,
    Inbound,
    StreamSession,
    Upstream,
    unsupported,
)
from .pipeline import Outbound, Pipeline, Refused
from .reload import LiveConfig, Result, first
from .settings import Settings

_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def _http_modules() -> tuple[ModuleType, ...]:
    """httpx and, when installed, its successor httpx2 (newer openai/anthropic SDKs)."""
    found = []
    for name in ("httpx", "httpx2"):
        try:
            found.append(importlib.import_module(name))
        except ImportError:
            continue
    return tuple(found)


_HTTP = _http_modules()
_BASES = tuple(base for mod in _HTTP for base in (mod.BaseTransport, mod.AsyncBaseTransport))


class GuardTransport(*_BASES):  # type: ignore[misc]
    """Wraps an httpx (or httpx2) transport; every LLM call through it is guarded exactly as
    the sidecar does, through the same exchange.

    As in the sidecar, the model card picks the destination (`base_url` + route), whatever base
    URL the SDK was given. `GET /v1/models` is answered by the guard (exchange/discovery.py);
    other body-less reads (GET/HEAD) pass through to the inner transport; any other request to
    a route the guard does not understand is refused
    (404 in the caller's error shape), not sent unscanned.

        GuardTransport(httpx.HTTPTransport(), pipeline=Pipeline.from_files(...))
        GuardTransport(httpx2.AsyncHTTPTransport())   # policy/models/audit from env
        GuardTransport()   # for httpx or httpx2, sync or async: a default transport, built once

    It is an httpx and an httpx2 transport (when both are installed); which library a request
    speaks is told by `isinstance`, so third-party transport subclasses are welcome. Closing it
    closes the inner transport. `reload()` re-reads the policy and cards (see reload.py): a
    request already under way finishes under the configuration it started with.
    """

    def __init__(self, transport: Any = None, *, pipeline: Pipeline | None = None,
                 policy: str | Path | None = None, models: str | Path | None = None,
                 audit_dir: str | Path | None = None):
        if transport is not None and not isinstance(transport, _BASES):
            raise TypeError("GuardTransport wraps httpx or httpx2 transports, not "
                            f"{type(transport).__name__}")
        pipeline = pipeline or Pipeline.from_files(policy, models, audit_dir)
        self.config = LiveConfig(first(pipeline.for_door("transport")))
        self._inner = transport
        self._defaults: dict[tuple[ModuleType, bool], Any] = {}  # built once, on first use
        self._upstreams: dict[tuple[ModuleType, bool], Any] = {}
        self._lock = threading.Lock()

    @property
    def pipeline(self) -> Pipeline:
        return self.config.current.pipeline

    @property
    def exchange(self) -> Exchange:
        return self.config.current.exchange

    def reload(self) -> Result:
        """Re-read the policy and cards and serve the next requests with them; a broken file
        keeps the current ones (`Result.ok` is False, the problem is logged and audited)."""
        return self.config.reload("call")

    # -- the two ways in -----------------------------------------------------------------------

    def handle_request(self, request: Any) -> Any:
        http = _module_of(request)
        inner = self._inner_for(http, sync=True)
        inbound = Inbound.of(request.method, request.url.path, request.headers.items())
        exchange = self.exchange  # once: the whole request under one configuration
        route = Exchange.route(inbound)
        if route is None:
            if (listed := exchange.models(inbound)) is not None:
                return _response(http, listed)
            if inbound.method in _SAFE_METHODS:
                return inner.handle_request(request)
            return _response(http, unsupported(inbound))
        out = exchange.prepare(inbound, route, request.read())
        if isinstance(out, Answer):
            return _response(http, out)
        upstream = self._upstream(http, inner, sync=True)
        return _response(http, exchange.send(out, upstream, _extensions(request)))

    async def handle_async_request(self, request: Any) -> Any:
        http = _module_of(request)
        inner = self._inner_for(http, sync=False)
        inbound = Inbound.of(request.method, request.url.path, request.headers.items())
        exchange = self.exchange  # once: the whole request under one configuration
        route = Exchange.route(inbound)
        if route is None:
            if (listed := exchange.models(inbound)) is not None:
                return _response(http, listed)
            if inbound.method in _SAFE_METHODS:
                return await inner.handle_async_request(request)
            return _response(http, unsupported(inbound))
        out = exchange.prepare(inbound, route, await request.aread())
        if isinstance(out, Answer):
            return _response(http, out)
        upstream = self._upstream(http, inner, sync=False)
        return _response(http, await exchange.asend(out, upstream, _extensions(request)))

    # -- closing -------------------------------------------------------------------------------

    def close(self) -> None:
        for inner in self._closable(sync=True):
            inner.close()

    async def aclose(self) -> None:
        for inner in self._closable(sync=False):
            await inner.aclose()

    def _closable(self, *, sync: bool) -> list[Any]:
        kind = _kind(sync)
        inners = [t for (_, s), t in self._defaults.items() if s == sync]
        if self._inner is not None and isinstance(self._inner, kind):
            inners.insert(0, self._inner)
        return inners

    # -- the inner transport, once -------------------------------------------------------------

    def _inner_for(self, http: ModuleType, *, sync: bool) -> Any:
        base = http.BaseTransport if sync else http.AsyncBaseTransport
        if self._inner is not None:
            if not isinstance(self._inner, base):
                raise TypeError("GuardTransport wraps an async transport: use an AsyncClient"
                                if sync else
                                "GuardTransport wraps a sync transport: use a Client")
            return self._inner
        key = (http, sync)
        with self._lock:
            if key not in self._defaults:
                self._defaults[key] = http.HTTPTransport() if sync else http.AsyncHTTPTransport()
            return self._defaults[key]

    def _upstream(self, http: ModuleType, inner: Any, *, sync: bool) -> Any:
        key = (http, sync)
        found = self._upstreams.get(key)
        if found is None or found.transport is not inner:
            found = (Upstream if sync else AsyncUpstream)(http, inner)
            self._upstreams[key] = found
        return found


def _kind(sync: bool) -> tuple[type, ...]:
    return tuple(m.BaseTransport if sync else m.AsyncBaseTransport for m in _HTTP)


def _module_of(request: Any) -> ModuleType:
    for http in _HTTP:
        if isinstance(request, http.Request):
            return http
    raise TypeError(f"GuardTransport handles httpx or httpx2 requests, not "
                    f"{type(request).__name__}")


def _extensions(request: Any) -> dict[str, Any]:
    """What of the SDK's request applies to the vendor's: its timeouts."""
    timeout = request.extensions.get("timeout")
    return {"timeout": timeout} if timeout is not None else {}


def _response(http: ModuleType, answer: Answer) -> Any:
    if answer.stream is not None:
        return http.Response(answer.status, headers=answer.headers,
                             stream=_byte_stream(http)(answer.stream))
    answer.settle()  # nothing to wait for: the caller holds the whole answer
    return http.Response(answer.status, headers=answer.headers, content=answer.content)


@functools.cache
def _byte_stream(http: ModuleType) -> type:
    """A stream session as `http`'s byte stream (sync and async)."""

    class SessionStream(http.SyncByteStream, http.AsyncByteStream):
        def __init__(self, session: StreamSession):
            self.session = session

        def __iter__(self) -> Iterator[bytes]:
            return iter(self.session)

        def close(self) -> None:
            self.session.close()

        def __aiter__(self) -> AsyncIterator[bytes]:
            return aiter(self.session)

        async def aclose(self) -> None:
            await self.session.aclose()

    return SessionStream


# -- the decorator ---------------------------------------------------------------------------

# One live configuration per resolved settings, shared by every decorated function that
# resolves to them: one analyzer in memory, and one reload re-reads the files for all.
_CONFIGS: dict[Settings, LiveConfig] = {}
_CONFIGS_LOCK = threading.Lock()


def _shared_config(settings: Settings) -> LiveConfig:
    with _CONFIGS_LOCK:
        if settings not in _CONFIGS:
            _CONFIGS[settings] = LiveConfig(first(Pipeline.from_settings(settings,
                                                                          door="decorator")))
        return _CONFIGS[settings]


def _restored(restorer: Any, piece: Any) -> Any:
    """A streamed piece with placeholders restored; None while text is withheld (it may be
    the start of a placeholder); non-text pieces pass as they are."""
    if not isinstance(piece, str):
        return piece
    return restorer.feed(piece) or None


def guard(model: str | None = None, *, policy: str | Path | None = None, param: str | None = None,
          models: str | Path | None = None, audit_dir: str | Path | None = None,
          using: Pipeline | None = None) -> Callable:
    """Guard a function whose prompt arrives as `prompt: str`, `messages: list` or `param`.

    Before the call the prompt is redacted and the vendor's contract checked (a block raises
    `GuardBlocked` and the function is not called); string results, and the pieces a
    generator yields, come back restored. One audit record per call, written before the call.

    The decorated function's `reload()` re-reads the policy and cards it is guarded with (as
    `GuardTransport.reload()`; a broken file keeps the current ones, `Result.ok` is False);
    a call already under way finishes under the configuration it started with.
    """

    def decorate(fn: Callable) -> Callable:
        signature = inspect.signature(fn)
        name = param or next((p for p in ("prompt", "messages") if p in signature.parameters),
                             None)
        if name is None:
            raise TypeError(f"@guard: {fn.__qualname__} has no 'prompt' or 'messages' "
                            "parameter; name one with @guard(param=...)")
        explicit = LiveConfig(first(using.for_door("decorator"))) if using else None

        def config() -> tuple[LiveConfig, Settings]:
            settings = Settings.resolve(policy=policy and str(policy), models=models,
                                        audit_dir=audit_dir, model=model)
            return explicit or _shared_config(settings), settings

        def reload() -> Result:
            return config()[0].reload("call")

        def before(args, kwargs):
            bound = signature.bind(*args, **kwargs)
            value = bound.arguments.get(name)
            if not isinstance(value, (str, list)):
                raise GuardError(f"@guard: argument '{name}' must be a str or a list of messages")
            live, settings = config()
            pipe = live.current.pipeline  # read once: the whole call runs under it
            chosen = settings.model or pipe.policy.vendors.default_model
            messages = value if isinstance(value, list) else [{"role": "user", "content": value}]
            try:  # in the flavour of the model's card, so the same contract checks apply
                out = pipe.prepare_call(chosen, messages)
            except Refused as refused:
                if refused.code == "model_not_found":
                    raise GuardError(f"@guard: {refused}") from None
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
            agen_wrapper.reload = reload  # type: ignore[attr-defined]
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
            gen_wrapper.reload = reload  # type: ignore[attr-defined]
            return gen_wrapper

        if inspect.iscoroutinefunction(fn):
            @functools.wraps(fn)
            async def async_wrapper(*args, **kwargs):
                bound, out = before(args, kwargs)
                return restore(await fn(*bound.args, **bound.kwargs), out)
            async_wrapper.reload = reload  # type: ignore[attr-defined]
            return async_wrapper

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            bound, out = before(args, kwargs)
            return restore(fn(*bound.args, **bound.kwargs), out)
        wrapper.reload = reload  # type: ignore[attr-defined]
        return wrapper

    return decorate
