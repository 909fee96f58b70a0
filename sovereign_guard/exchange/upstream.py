"""Upstreams: where an `Outbound` is sent, over an httpx or httpx2 transport.

One sender for both doors (the sidecar's pooled transport, the transport door's inner one),
with the built-in echo vendor mounted for `local://` like any other transport. Transport
errors become `UpstreamError`, whichever library raised them, so the exchange has one
upstream-failure path.

Two clocks bound a vendor's answer: the http library's per-operation timeouts (connect, each
read: `limits.upstream_timeout_seconds`), and a total deadline from the request's arrival
(`limits.upstream_deadline_seconds`) so a vendor that trickles bytes cannot hold a caller, a
connection and a worker slot forever. Past the deadline the answer fails with
`UpstreamDeadline` (504). Async: the deadline cancels the pending operation. Sync: nothing can
interrupt a blocking read, so every timeout of the request is capped at the time left when it
is sent, and the deadline is checked after each chunk (a trickle ends at most one gap late).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from types import ModuleType
from typing import Any

import anyio

from .. import echo
from ..pipeline import Outbound

# The door negotiates compression with the vendor (the client's own header is never
# forwarded); the http library decodes what comes back.
ACCEPT_ENCODING = "gzip, deflate"


class UpstreamError(Exception):
    """The vendor could not be reached, or failed while answering. Carries the failure's
    kind (an exception class name), never its message (which may quote a URL or a body)."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind

    status = 502
    code = "upstream_unreachable"  # the caller's error code and the audit record's error


class UpstreamDeadline(UpstreamError):
    """The vendor had not finished answering by the request's total deadline."""

    status = 504
    code = "upstream_timeout"

    def __init__(self) -> None:
        super().__init__("deadline_exceeded")


class Deadline:
    """When the vendor's answer must have ended (`time.perf_counter` clock; None: never)."""

    def __init__(self, until: float | None):
        self.until = until

    @classmethod
    def after(cls, started: float, seconds: float | None) -> Deadline:
        return cls(None if seconds is None else started + seconds)

    def left(self) -> float | None:
        return None if self.until is None else self.until - time.perf_counter()

    @property
    def passed(self) -> bool:
        left = self.left()
        return left is not None and left <= 0

    def check(self) -> None:
        if self.passed:
            raise UpstreamDeadline

    def failure(self, exc: Exception) -> UpstreamError:
        """What a transport error means: a timeout that ran into the deadline is the deadline."""
        return UpstreamDeadline() if self.passed else UpstreamError(type(exc).__name__)

    def cap(self, timeouts: Mapping[str, float | None] | None) -> dict[str, float | None] | None:
        """The request's timeouts, none longer than the time left (for blocking I/O)."""
        left = self.left()
        if left is None:
            return dict(timeouts) if timeouts is not None else None
        left = max(left, 0.001)
        names = ("connect", "read", "write", "pool")
        given = dict(timeouts or {})
        return {n: left if given.get(n) is None else min(given[n], left)  # type: ignore[type-var]
                for n in names}

    def scope(self) -> Any:
        """An async scope that cancels what runs in it at the deadline."""
        left = self.left()
        return contextlib.nullcontext() if left is None else anyio.fail_after(max(left, 0))


class _Sender:
    def __init__(self, http: ModuleType, transport: Any, *,
                 extensions: Mapping[str, Any] | None = None):
        self.http = http
        self.transport = transport
        self.extensions = dict(extensions or {})
        self.mounts = {echo.SCHEME: http.MockTransport(echo.handler)}

    def _request(self, out: Outbound, extensions: Mapping[str, Any] | None,
                 deadline: Deadline) -> tuple[Any, Any]:
        headers = {**out.headers}
        headers.setdefault("accept-encoding", ACCEPT_ENCODING)
        merged = {**self.extensions, **(extensions or {})}
        if (timeouts := deadline.cap(merged.get("timeout"))) is not None:
            merged["timeout"] = timeouts
        request = self.http.Request("POST", out.url, headers=headers, content=out.content,
                                    extensions=merged)
        return request, self.mounts.get(request.url.scheme, self.transport)


class Reply:
    """A vendor's answer with its headers received and its body not yet read."""

    def __init__(self, response: Any, errors: type[Exception], deadline: Deadline):
        self.response, self._errors, self.deadline = response, errors, deadline
        self.status: int = response.status_code
        self.headers: list[tuple[str, str]] = list(response.headers.items())
        self.content_type: str = response.headers.get("content-type", "")

    @property
    def is_sse(self) -> bool:
        return self.content_type.startswith("text/event-stream")


class SyncReply(Reply):
    def read(self) -> bytes:
        try:
            return b"".join(self.chunks())  # chunk by chunk, to check the deadline
        finally:
            self.response.close()

    def chunks(self) -> Iterator[bytes]:
        try:
            for chunk in self.response.iter_bytes():
                self.deadline.check()
                yield chunk
        except self._errors as exc:
            raise self.deadline.failure(exc) from None

    def close(self) -> None:
        self.response.close()


class AsyncReply(Reply):
    async def read(self) -> bytes:
        try:
            with self.deadline.scope():
                return await self.response.aread()
        except TimeoutError:
            raise UpstreamDeadline from None
        except self._errors as exc:
            raise self.deadline.failure(exc) from None
        finally:
            await self.response.aclose()

    async def chunks(self) -> AsyncIterator[bytes]:
        pieces = self.response.aiter_bytes()
        try:
            while True:
                with self.deadline.scope():  # never spans a yield
                    chunk = await anext(pieces)
                yield chunk
        except StopAsyncIteration:
            return
        except TimeoutError:
            raise UpstreamDeadline from None
        except self._errors as exc:
            raise self.deadline.failure(exc) from None

    async def close(self) -> None:
        await self.response.aclose()


class Upstream(_Sender):
    """Sends over a sync transport (`http.BaseTransport`)."""

    def send(self, out: Outbound, extensions: Mapping[str, Any] | None = None, *,
             deadline: float | None = None) -> SyncReply:
        """`deadline`: seconds from the request's arrival (`out.started`) for the whole answer."""
        until = Deadline.after(out.started, deadline)
        request, transport = self._request(out, extensions, until)
        try:
            return SyncReply(transport.handle_request(request), self.http.HTTPError, until)
        except self.http.HTTPError as exc:
            raise until.failure(exc) from None

    def close(self) -> None:
        self.transport.close()


class AsyncUpstream(_Sender):
    """Sends over an async transport (`http.AsyncBaseTransport`)."""

    async def send(self, out: Outbound, extensions: Mapping[str, Any] | None = None, *,
                   deadline: float | None = None) -> AsyncReply:
        until = Deadline.after(out.started, deadline)
        request, transport = self._request(out, extensions, until)
        try:
            with until.scope():
                response = await transport.handle_async_request(request)
        except TimeoutError:
            raise UpstreamDeadline from None
        except self.http.HTTPError as exc:
            raise until.failure(exc) from None
        return AsyncReply(response, self.http.HTTPError, until)

    async def aclose(self) -> None:
        await self.transport.aclose()


__all__ = ["AsyncReply", "AsyncUpstream", "Deadline", "Reply", "SyncReply", "Upstream",
           "UpstreamDeadline", "UpstreamError"]
