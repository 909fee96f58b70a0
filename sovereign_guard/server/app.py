"""The sidecar door: an OpenAI- and Anthropic-compatible proxy around `Pipeline`.

Route handlers only move bytes: read the body (bounded), `prepare()`, forward with the one
shared `httpx.AsyncClient` (or let the built-in echo answer), restore, answer. The guard
loads in a background thread so `/healthz` answers at once and `/readyz` tells when it can
serve; until then every LLM route fails closed with 503.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from http.cookiejar import CookieJar, DefaultCookiePolicy

import httpx
import orjson
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest, multiprocess
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from ..adapters import ROUTES, error_body
from ..audit.ship import start_from_env as start_shipper
from ..errors import GuardError
from ..pipeline import Outbound, Pipeline, Refused
from ..policy import load_policy
from .logs import log_event, setup_logging

log = logging.getLogger("sovereign_guard.server")

# Bodies above this are analysed off the event loop so one large prompt cannot stall the rest.
INLINE_BYTES = 32 * 1024
# Response headers worth passing back (rate limits drive the SDKs' retries).
_PASS_BACK = ("content-type", "retry-after", "openai-processing-ms", "request-id", "x-request-id")
_PASS_BACK_PREFIXES = ("x-ratelimit-", "anthropic-ratelimit-")
# Detection allocates tens of thousands of short-lived objects per request: with CPython's
# default thresholds (700, 10, 10) that is one collection every other request, each walking
# what start-up left behind (the spaCy pipeline, recognizers, tables). A sidecar owns its
# process, so once loaded it freezes those objects out of the collector and collects the young
# generation less often (measured: 0.29 ms of collection per request -> 0.06 ms).
GC_THRESHOLDS = (50_000, 20, 100)


class State:
    """The sidecar's moving parts; `pipeline` is None until loaded (or when loading failed)."""

    def __init__(self, factory: Callable[[], Pipeline], *, freeze_gc: bool = False):
        self.factory = factory
        self.freeze_gc = freeze_gc
        self.pipeline: Pipeline | None = None
        self.problem: str | None = "starting"
        self.client: httpx.AsyncClient | None = None
        self.shipper = None  # audit shipping thread (audit/ship.py), when configured

    def load(self) -> None:
        try:
            self.pipeline = self.factory()
            self.shipper = start_shipper(self.pipeline.audit)  # off unless *_AUDIT_SHIP_URL
            if self.freeze_gc:
                gc.collect()
                gc.freeze()
            self.problem = None
            log_event(log, "ready", policy=self.pipeline.policy.id,
                      cards=len(self.pipeline.registry.cards))
        except GuardError as exc:
            # Clients see the kind of failure only: the message names files (audit log,
            # keyset, policy), which stay in the sidecar's log.
            self.problem = f"{type(exc).__name__} while loading (see the sidecar log)"
            log_event(log, "load_failed", level=logging.ERROR, error=str(exc))
        except Exception as exc:  # fail closed and say so; never half-serve
            self.problem = f"{type(exc).__name__} while loading"
            log_event(log, "load_failed", level=logging.ERROR, error=self.problem)

    def ready(self) -> tuple[bool, str]:
        if self.pipeline is None:
            return False, self.problem or "starting"
        audit = self.pipeline.audit
        if audit is not None and not audit.healthy:
            return False, "audit log not writable"
        return True, "ready"


def create_app(factory: Callable[[], Pipeline], *, timeout: float | None = None,
               load_in_background: bool = True, owns_process: bool = False) -> FastAPI:
    """The sidecar app. `owns_process` (the `serve` command) lets it tune the garbage
    collector for the whole process; an app embedded elsewhere leaves it alone."""
    if owns_process:
        gc.set_threshold(*GC_THRESHOLDS)
    state = State(factory, freeze_gc=owns_process)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        limits = httpx.Limits(max_connections=512, max_keepalive_connections=128)
        # One client serves every caller: a cookie a vendor sets for one must never ride along
        # on another's request, so the client keeps none.
        no_cookies = CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))
        state.client = httpx.AsyncClient(timeout=httpx.Timeout(timeout or 120.0, connect=10.0),
                                         limits=limits, follow_redirects=False,
                                         cookies=no_cookies)
        if load_in_background:
            threading.Thread(target=state.load, name="guard-loader", daemon=True).start()
        else:
            state.load()
        try:
            yield
        finally:
            await state.client.aclose()
            if state.pipeline and state.pipeline.audit:
                state.pipeline.audit.close()  # the final signed checkpoint
            if state.shipper:
                state.shipper.stop()  # one last round ships that checkpoint
            log_event(log, "stopped")

    app = FastAPI(title="sovereign-guard", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.state.guard = state

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
        rest = request.url.path.removeprefix("/v1/")
        flavour = ROUTES[rest]
        pipeline = state.pipeline
        if pipeline is None:
            return _refusal(Refused(503, "not_ready", f"sovereign-guard is not ready: "
                                    f"{state.problem}", flavour=flavour, request_id="-"))
        headers = {k.lower(): v for k, v in request.headers.items()}
        try:
            raw = await _read_body(request, pipeline.policy.limits.max_body_bytes)
            if raw is not None and len(raw) > INLINE_BYTES:
                out = await run_in_threadpool(pipeline.prepare, request.url.path, headers, raw)
            else:
                out = pipeline.prepare(request.url.path, headers, raw)
        except Refused as refused:
            log_event(log, "refused", request_id=refused.request_id, status=refused.status,
                      code=refused.code, reasons=list(refused.reasons))
            return _refusal(refused)
        if out.is_echo:
            return _echo(pipeline, out)
        return await _forward(state, pipeline, out)

    async def unsupported(request: Request) -> Response:
        # Anything else under /v1 (files, batches, model lists...) is refused in the caller's
        # own error shape rather than forwarded unscanned.
        flavour = "anthropic" if "anthropic-version" in request.headers else "openai"
        return _refusal(Refused(404, "unsupported_route", f"sovereign-guard does not serve "
                                f"{request.method} {request.url.path}", flavour=flavour,
                                request_id="-"))

    for rest in ROUTES:
        app.add_api_route(f"/v1/{rest}", proxy, methods=["POST"], include_in_schema=False)
    app.add_api_route("/v1/{path:path}", unsupported, include_in_schema=False,
                      methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
    return app


async def _read_body(request: Request, limit: int) -> bytes | None:
    """The body, or None when it is over `limit` (decided from Content-Length when given)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _refusal(refused: Refused) -> Response:
    return Response(refused.body(), status_code=refused.status, headers=refused.headers(),
                    media_type="application/json")


def _echo(pipeline: Pipeline, out: Outbound) -> Response:
    if out.stream:
        session = pipeline.stream_session(out)

        async def events() -> AsyncIterator[bytes]:
            for chunk in pipeline.echo_stream(out):
                if data := session.feed(chunk):
                    yield data
                await asyncio.sleep(0)
            if tail := session.close():
                yield tail
            session.finish(200)

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers=out.response_headers())
    status, content = pipeline.echo(out)
    return _answer(pipeline, out, status, content, out.response_headers(), "application/json")


def _answer(pipeline: Pipeline, out: Outbound, status: int, content: bytes,
            headers: dict[str, str], media_type: str) -> Response:
    """A complete answer, restored. Its audit record is written once the answer is sent: the
    request record already holds the decision, and the caller need not wait for bookkeeping."""
    restored, confirmed = pipeline.restore(out, status, content)

    async def record() -> None:
        pipeline.record_response(out, status, confirmed)

    return Response(restored, status_code=status, headers=headers, media_type=media_type,
                    background=BackgroundTask(record))


async def _forward(state: State, pipeline: Pipeline, out: Outbound) -> Response:
    client = state.client
    assert client is not None
    request = client.build_request("POST", out.url, headers=out.headers, content=out.content)
    try:
        upstream = await client.send(request, stream=True)
    except httpx.HTTPError as exc:
        pipeline.record_response(out, 502)
        message = f"vendor {out.card.id} unreachable ({type(exc).__name__})"
        body = orjson.dumps(error_body(out.flavour, 502, "upstream_unreachable", message))
        return Response(body, status_code=502, headers=out.response_headers(),
                        media_type="application/json")
    headers = {**_pass_back(upstream.headers), **out.response_headers()}
    is_sse = upstream.headers.get("content-type", "").startswith("text/event-stream")
    if not (out.stream and is_sse and upstream.status_code < 400):
        try:
            content = await upstream.aread()
        finally:
            await upstream.aclose()
        headers.pop("content-type", None)
        return _answer(pipeline, out, upstream.status_code, content, headers,
                       upstream.headers.get("content-type", "application/json"))

    session = pipeline.stream_session(out)

    async def events() -> AsyncIterator[bytes]:
        try:
            async for chunk in upstream.aiter_bytes():
                if data := session.feed(chunk):
                    yield data
            if tail := session.close():
                yield tail
        finally:
            await upstream.aclose()
            session.finish(upstream.status_code)

    headers.pop("content-type", None)
    return StreamingResponse(events(), status_code=upstream.status_code, headers=headers,
                             media_type="text/event-stream")


def _pass_back(headers: httpx.Headers) -> dict[str, str]:
    return {
        k: v for k, v in headers.items()
        if k in _PASS_BACK or k.startswith(_PASS_BACK_PREFIXES)
    }


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` (used with --workers): settings from SOVEREIGN_GUARD_*."""
    # Runs in every worker process uvicorn starts, so each one logs as JSON, not just the parent.
    setup_logging(os.environ.get("SOVEREIGN_GUARD_LOG_LEVEL", "info"))
    policy = os.environ.get("SOVEREIGN_GUARD_POLICY")
    timeout = load_policy(policy).limits.upstream_timeout_seconds
    return create_app(lambda: Pipeline.from_files(policy=policy), timeout=timeout,
                      owns_process=True)


__all__ = ["create_app", "app_from_env", "State", "run_in_threadpool"]
