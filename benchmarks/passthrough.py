"""The floor: a bare passthrough proxy, FastAPI + one shared httpx.AsyncClient, no guard.

It forwards POST /v1/chat/completions bodies untouched to the upstream and passes the answer
back, streamed when the upstream streams (decided from the upstream's content type, as the
sidecar does; the body is never parsed). Same server stack and client settings as the
sidecar (uvicorn with its default loop and HTTP parser, the sidecar's connection limits), so
sidecar minus passthrough is the cost of the guard itself.

    python benchmarks/passthrough.py --port 8802 --upstream http://127.0.0.1:8801/v1 [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

UPSTREAM = os.environ.get("PASSTHROUGH_UPSTREAM", "http://127.0.0.1:8801/v1").rstrip("/")
# --cpu-ms: CPU burnt per request before forwarding, standing in for the guard's detection, so
# the benchmark can tell what a CPU-heavy step costs the rest of the path on this machine
# (cold caches, an idle upstream waking up) apart from what the guard's own code costs.
CPU_SECONDS = float(os.environ.get("PASSTHROUGH_CPU_MS", "0")) / 1000
_FORWARD = ("content-type", "authorization", "accept")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    limits = httpx.Limits(max_connections=512, max_keepalive_connections=128)
    app.state.client = httpx.AsyncClient(timeout=httpx.Timeout(120.0, connect=10.0),
                                         limits=limits, follow_redirects=False)
    try:
        yield
    finally:
        await app.state.client.aclose()


app = FastAPI(title="passthrough", lifespan=lifespan, docs_url=None, redoc_url=None,
              openapi_url=None)


@app.get("/healthz")
async def healthz() -> dict:
    return {"status": "ok"}


@app.post("/v1/chat/completions")
async def chat(request: Request) -> Response:
    client: httpx.AsyncClient = request.app.state.client
    raw = await request.body()
    if CPU_SECONDS:
        until = time.thread_time() + CPU_SECONDS
        while time.thread_time() < until:
            pass
    headers = {k: v for k, v in request.headers.items() if k.lower() in _FORWARD}
    outgoing = client.build_request("POST", UPSTREAM + "/chat/completions", headers=headers,
                                    content=raw)
    try:
        upstream = await client.send(outgoing, stream=True)
    except httpx.HTTPError as exc:
        return JSONResponse({"error": {"message": type(exc).__name__}}, status_code=502)
    media = upstream.headers.get("content-type", "application/json")
    if not media.startswith("text/event-stream"):
        try:
            content = await upstream.aread()
        finally:
            await upstream.aclose()
        return Response(content, status_code=upstream.status_code, media_type=media)

    async def events() -> AsyncIterator[bytes]:
        try:
            async for chunk in upstream.aiter_bytes():
                yield chunk
        finally:
            await upstream.aclose()

    return StreamingResponse(events(), status_code=upstream.status_code, media_type=media)


def main() -> None:
    import uvicorn

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--upstream", default=UPSTREAM)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--cpu-ms", type=float, default=0.0,
                   help="CPU time to burn per request before forwarding (default 0)")
    args = p.parse_args()
    os.environ["PASSTHROUGH_UPSTREAM"] = args.upstream  # read again by each worker on import
    os.environ["PASSTHROUGH_CPU_MS"] = str(args.cpu_ms)
    uvicorn.run("passthrough:app", app_dir=os.path.dirname(os.path.abspath(__file__)),
                host="127.0.0.1", port=args.port, workers=args.workers, log_level="warning",
                access_log=False, timeout_graceful_shutdown=10,
                timeout_worker_healthcheck=30)  # as `serve`: 5 s killed workers on a busy box


if __name__ == "__main__":
    main()
