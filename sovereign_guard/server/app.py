"""The sidecar door: an OpenAI- and Anthropic-compatible proxy around the exchange.

Route handlers only translate ASGI to the exchange and back: read the body (bounded), hand
it to `Exchange`, answer with what it says. The guard loads in a background thread so
`/healthz` answers at once and `/readyz` tells when it can serve; until then every LLM
route fails closed with 503.
"""

from __future__ import annotations

import gc
import logging
import os
import threading
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from contextlib import asynccontextmanager
from typing import Any

import anyio
import anyio.to_thread
import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest, multiprocess
from starlette.background import BackgroundTask

from .. import metrics, reload
from ..adapters import Route
from ..audit.ship import start_from_env as start_shipper
from ..clients import Client, ClientStore
from ..errors import GuardError
from ..exchange import (
    Answer,
    AsyncUpstream,
    Exchange,
    Inbound,
    StreamSession,
    refusal,
    unsupported,
)
from ..pipeline import Pipeline, Refused
from ..policy import load_policy
from ..reload import LiveConfig, Loaded
from ..settings import Settings
from . import lifeline
from .auth import ClientAuth, client_of
from .browser import BrowserGuard, allowed_hosts_for
from .logs import log_event, setup_logging
from .overload import Offload, Saturated

log = logging.getLogger("sovereign_guard.server")

# Detection allocates tens of thousands of short-lived objects per request: with CPython's
# default thresholds (700, 10, 10) that is one collection every other request, each walking
# what start-up left behind (the spaCy pipeline, recognizers, tables). A sidecar owns its
# process, so once loaded it freezes those objects out of the collector and collects the young
# generation less often (measured: 0.29 ms of collection per request -> 0.06 ms).
GC_THRESHOLDS = (50_000, 20, 100)


class State:
    """The sidecar's moving parts. What serves is `config.current` (reload.py), read once per
    request so a reload never mixes two configurations in one; `pipeline` and `exchange` are
    None until loaded (or when loading failed)."""

    def __init__(self, factory: Callable[[], Pipeline], *, freeze_gc: bool = False,
                 clients: ClientStore | None = None, reload_interval: float = 0.0):
        self.factory = factory
        self.freeze_gc = freeze_gc
        self.clients = clients
        self.config: LiveConfig | None = None
        self.reload_interval = reload_interval  # seconds between looks at the files; 0: none
        self.watch_signals = False  # SIGHUP reloads (the process is ours: `serve`)
        self._hup = False  # a SIGHUP that came before the configuration was loaded
        self.problem: str | None = "starting"
        self.upstream: AsyncUpstream | None = None
        self.shipper = None  # audit shipping thread (audit/ship.py), when configured

    @property
    def live(self) -> Loaded | None:
        config = self.config
        return config.current if config is not None else None

    @property
    def pipeline(self) -> Pipeline | None:
        live = self.live
        return live.pipeline if live is not None else None

    @pipeline.setter
    def pipeline(self, pipeline: Pipeline) -> None:  # tools that swap pipelines by hand
        self.exchange = Exchange(pipeline)

    @property
    def exchange(self) -> Exchange | None:
        live = self.live
        return live.exchange if live is not None else None

    @exchange.setter
    def exchange(self, exchange: Exchange) -> None:
        self.config = LiveConfig(reload.first(exchange.pipeline),
                                 make_exchange=lambda p: exchange if p is exchange.pipeline
                                 else Exchange(p))

    @property
    def by_policy(self) -> Mapping[str, Exchange]:
        live = self.live
        return live.by_policy if live is not None else {}

    def load(self) -> None:
        try:
            pipeline = self.factory()
            loaded = reload.first(pipeline, self.clients, make_exchange=self.exchange_of)
            config = LiveConfig(loaded, clients=self.clients, make_exchange=self.exchange_of,
                                on_swap=self._swapped)
            self.config = config
            self.shipper = start_shipper(pipeline.audit)  # off unless *_AUDIT_SHIP_URL
            if self.freeze_gc:
                gc.collect()
                gc.freeze()
            self.problem = None
            log_event(log, "ready", policy=pipeline.policy.id, cards=len(pipeline.registry.cards),
                      config_hash=config.current.fingerprint.config)
            if self.reload_interval > 0 or self.watch_signals:
                config.watch(self.reload_interval)
            if self._hup:
                config.request("sighup")
        except GuardError as exc:
            # Clients see the kind of failure only: the message names files (audit log,
            # keyset, policy), which stay in the sidecar's log.
            self.problem = f"{type(exc).__name__} while loading (see the sidecar log)"
            log_event(log, "load_failed", level=logging.ERROR, error=str(exc))
        except Exception as exc:  # fail closed and say so; never half-serve
            self.problem = f"{type(exc).__name__} while loading"
            log_event(log, "load_failed", level=logging.ERROR, error=self.problem)

    def exchange_of(self, pipeline: Pipeline) -> Exchange:
        """How this sidecar drives a pipeline (at start-up and at every reload)."""
        return Exchange(pipeline)

    def request_reload(self) -> None:
        """SIGHUP: reload now (in the watcher thread), or once loaded."""
        config = self.config
        if config is None:
            self._hup = True
        else:
            config.request("sighup")

    def _swapped(self, old: Loaded, new: Loaded) -> None:
        if self.freeze_gc:  # what start-up froze stays out of the collector; the new part too
            gc.freeze()

    def ready(self) -> tuple[bool, str]:
        pipeline = self.pipeline
        if pipeline is None:
            return False, self.problem or "starting"
        audit = pipeline.audit
        if audit is not None and not audit.healthy:
            return False, audit.problem or "audit log not writable"  # a kind, never a path
        if self.clients is not None and self.clients.current_problem():
            return False, "client keys file unusable (see the sidecar log)"
        return True, "ready"

    def exchange_for(self, client: Client | None) -> Exchange | None:
        """The exchange of `client`'s policy (the sidecar's own without one), from one
        configuration; None when that policy is not loaded (a client bound to a new policy
        since the last load: a reload or a restart loads it)."""
        live = self.live
        if live is None:
            return None
        return live.exchange_for(client.policy if client is not None else None)


def create_app(factory: Callable[[], Pipeline], *, timeout: float | None = None,
               load_in_background: bool = True, owns_process: bool = False,
               clients: ClientStore | None = None,
               allowed_hosts: Iterable[str] | None = None,
               allowed_origins: Iterable[str] = (),
               body_timeout: float = 60.0,  # as Settings.body_timeout
               reload_interval: float = 0.0,
               offload: Offload | None = None) -> FastAPI:
    """The sidecar app. `owns_process` (the `serve` command) lets it tune the garbage
    collector for the whole process and reload on SIGHUP; an app embedded elsewhere leaves
    them alone. `reload_interval`: seconds between looks at the policy and card files, which
    are reloaded when they change (0: never; `app.state.guard.config.reload()` still
    does). `clients`:
    the client keys every request must present (None: any caller is served).
    `allowed_hosts` (None: any) and `allowed_origins` keep web pages out (server/browser.py).
    `body_timeout`: seconds to receive a request's body, then 408. `offload`: where
    detection runs, and how many requests may wait for it (server/overload.py; default 2
    threads, 64 waiting)."""
    if owns_process:
        gc.set_threshold(*GC_THRESHOLDS)
    state = State(factory, freeze_gc=owns_process, clients=clients,
                  reload_interval=reload_interval)
    if owns_process:  # as early as can be: SIGHUP's default would end the process
        state.watch_signals = reload.on_sighup(state.request_reload)
    offload = offload or Offload()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Every vendor connection may stay pooled: with fewer kept alive than in use, each
        # answer past the keep-alive count closed a connection the next request reopened.
        limits = httpx.Limits(max_connections=512, max_keepalive_connections=512)
        # One pooled transport serves every caller. Below a client there is no cookie jar (a
        # cookie a vendor sets for one caller never rides along on another's request) and no
        # redirect following.
        per_request = httpx.Timeout(timeout or 120.0, connect=10.0).as_dict()
        state.upstream = AsyncUpstream(httpx, httpx.AsyncHTTPTransport(limits=limits),
                                       extensions={"timeout": per_request})
        if load_in_background:
            threading.Thread(target=state.load, name="guard-loader", daemon=True).start()
        else:
            state.load()
        try:
            yield
        finally:
            # Requests still in detection write their records before the final checkpoint.
            await anyio.to_thread.run_sync(offload.shutdown)
            if state.config is not None:
                state.config.stop()
            await state.upstream.aclose()
            if state.pipeline and state.pipeline.audit:
                state.pipeline.audit.close()  # the final signed checkpoint
            if state.shipper:
                state.shipper.stop()  # one last round ships that checkpoint
            log_event(log, "stopped")

    app = FastAPI(title="sovereign-guard", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.state.guard = state
    app.add_middleware(BrowserGuard, allowed_hosts=allowed_hosts, allowed_origins=allowed_origins)
    if clients is not None:  # added last, so it runs first: a stranger learns nothing more
        app.add_middleware(ClientAuth, store=clients)

    @app.get("/healthz")
    async def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> JSONResponse:
        ok, detail = state.ready()
        return JSONResponse({"ready": ok, "detail": detail}, status_code=200 if ok else 503)

    @app.get("/metrics")
    async def metrics() -> Response:
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):  # `serve --workers N`: all workers
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)
            return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    async def proxy(request: Request) -> Response:
        client = client_of(request.scope)
        inbound = Inbound.of(request.method, request.url.path, request.headers.items(),
                             caller=client.name if client else None)
        route = Exchange.route(inbound)
        if route is None:
            exchange = state.exchange_for(client) if state.exchange is not None else None
            listed = exchange.models(inbound) if exchange is not None else None
            return _response(listed or unsupported(inbound))
        upstream = state.upstream
        if state.exchange is None or upstream is None:
            return _response(refusal(Refused(
                503, "not_ready", f"sovereign-guard is not ready: {state.problem}",
                flavour=route.flavour, request_id="-")))
        exchange = state.exchange_for(client)
        if exchange is None:  # policies load at start-up only: never serve under another
            return _response(refusal(Refused(
                503, "client_policy_not_loaded", "sovereign-guard has not loaded this client's "
                "policy (bound after start-up: restart the sidecar)", flavour=route.flavour,
                request_id="-")))
        try:
            raw = await _read_body(request, exchange.pipeline.policy.limits.max_body_bytes,
                                   body_timeout)
        except BodyTimeout:  # nothing read is recorded: there is no request to judge yet
            log_event(log, "refused", request_id="-", status=408, code="body_timeout")
            return _response(_closing(refusal(Refused(
                408, "body_timeout", f"request body not received within {body_timeout:g} s",
                flavour=route.flavour, request_id="-"))))
        try:  # detection and the request's audit record, off the event loop
            out = await offload.run(exchange.prepare, inbound, route, raw, queued=True)
        except Saturated as full:
            return _response(_overloaded(route, full.retry_after))
        if isinstance(out, Answer):
            if (refused := out.refused) is not None:
                log_event(log, "refused", request_id=refused.request_id, status=refused.status,
                          code=refused.code, reasons=list(refused.reasons))
            return _response(out)
        # The records written once the request left (failover, stream end), off the loop too.
        return _response(await exchange.asend(out, upstream, blocking=offload.record))

    app.add_api_route("/v1/{path:path}", proxy, include_in_schema=False,
                      methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
    return app


def _overloaded(route: Route, retry_after: int) -> Answer:
    """503 with Retry-After in the caller's shape: this worker has as many requests waiting
    for detection as it may. Counted (refusals_total{code="overloaded"}) and logged, not
    audited: like a body that never arrived, nothing was judged (the body is not even
    parsed), and a record per shed request would put the audit log's cost back on the
    worker that is shedding load to stay up."""
    metrics.observe_refusal(route.name, 503, "overloaded")
    log_event(log, "refused", request_id="-", status=503, code="overloaded",
              retry_after=retry_after)
    answer = refusal(Refused(503, "overloaded", "sovereign-guard is overloaded: too many "
                             f"requests waiting for detection; retry after {retry_after} s",
                             flavour=route.flavour, request_id="-"))
    answer.headers["retry-after"] = str(retry_after)
    return _closing(answer)


def _closing(answer: Answer) -> Answer:
    """The answer, then the connection closed (`Connection: close`): a caller told to come
    back later (503), or whose body never came whole (408, the rest may still be on its way),
    opens a new connection when it does, instead of finding its idle one closed under it."""
    answer.headers["connection"] = "close"
    return answer


class BodyTimeout(Exception):
    """The caller did not send its whole body in time (a slow or stalled client)."""


async def _read_body(request: Request, limit: int, seconds: float) -> bytes | None:
    """The body, or None when it is over `limit` (decided from Content-Length when given);
    raises `BodyTimeout` when it takes longer than `seconds` in all."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return None
    chunks, size = [], 0
    with anyio.move_on_after(seconds) as scope:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
    if scope.cancelled_caught:
        raise BodyTimeout
    return b"".join(chunks)


def _response(answer: Answer) -> Response:
    """An exchange's answer as an ASGI response. A complete answer's record is written once
    it is sent: the request record already holds the decision, and the caller need not wait
    for bookkeeping."""
    headers = {k: v for k, v in answer.headers.items() if k != "content-type"}
    if answer.stream is not None:
        return _Streamed(answer.stream, status_code=answer.status, headers=headers,
                         media_type="text/event-stream")
    return Response(answer.content, status_code=answer.status, headers=headers,
                    media_type=answer.media_type, background=BackgroundTask(answer.settle))


class _Streamed(StreamingResponse):
    """A stream session as an ASGI response that ends the session however the response
    ends: a caller gone mid-stream is recorded now, not when the session is collected."""

    def __init__(self, session: StreamSession, **kwargs: Any):
        super().__init__(session, **kwargs)
        self.session = session

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            with anyio.CancelScope(shield=True):
                await self.session.aclose()


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` (used with --workers): settings from SOVEREIGN_GUARD_*."""
    # Runs in every worker process uvicorn starts, so each one logs as JSON, not just the parent.
    settings = Settings.resolve()
    setup_logging(settings.log_level)
    lifeline.from_env()  # a worker of `serve --workers N` dies with the supervisor (lifeline.py)
    loaded = load_policy(settings.policy)
    hosts = allowed_hosts_for(settings.host, _listed("SOVEREIGN_GUARD_ALLOWED_HOSTS"))
    limits = loaded.limits
    return create_app(lambda: Pipeline.from_settings(settings),
                      timeout=limits.upstream_timeout_seconds, owns_process=True,
                      clients=ClientStore.from_policy(loaded), allowed_hosts=hosts,
                      allowed_origins=_listed("SOVEREIGN_GUARD_ALLOWED_ORIGINS"),
                      body_timeout=settings.body_timeout,
                      reload_interval=settings.reload_interval,
                      offload=Offload(limits.detection_threads, limits.max_waiting_requests))


def _listed(name: str) -> list[str]:
    return [item for item in os.environ.get(name, "").split(",") if item.strip()]


__all__ = ["create_app", "app_from_env", "State"]
