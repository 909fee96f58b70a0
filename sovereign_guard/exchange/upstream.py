"""Upstreams: where an `Outbound` is sent, over an httpx or httpx2 transport.

One sender for both doors (the sidecar's pooled transport, the transport door's inner one),
with the built-in echo vendor mounted for `local://` like any other transport. Transport
errors become `UpstreamError`, whichever library raised them, so the exchange has one
upstream-failure path.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from types import ModuleType
from typing import Any

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


class _Sender:
    def __init__(self, http: ModuleType, transport: Any, *,
                 extensions: Mapping[str, Any] | None = None):
        self.http = http
        self.transport = transport
        self.extensions = dict(extensions or {})
        self.mounts = {echo.SCHEME: http.MockTransport(echo.handler)}

    def _request(self, out: Outbound, extensions: Mapping[str, Any] | None) -> tuple[Any, Any]:
        headers = {**out.headers}
        headers.setdefault("accept-encoding", ACCEPT_ENCODING)
        request = self.http.Request("POST", out.url, headers=headers, content=out.content,
                                    extensions={**self.extensions, **(extensions or {})})
        return request, self.mounts.get(request.url.scheme, self.transport)


class Reply:
    """A vendor's answer with its headers received and its body not yet read."""

    def __init__(self, response: Any, errors: type[Exception]):
        self.response, self._errors = response, errors
        self.status: int = response.status_code
        self.headers: list[tuple[str, str]] = list(response.headers.items())
        self.content_type: str = response.headers.get("content-type", "")

    @property
    def is_sse(self) -> bool:
        return self.content_type.startswith("text/event-stream")


class SyncReply(Reply):
    def read(self) -> bytes:
        try:
            return self.response.read()
        except self._errors as exc:
            raise UpstreamError(type(exc).__name__) from None
        finally:
            self.response.close()

    def chunks(self) -> Iterator[bytes]:
        try:
            yield from self.response.iter_bytes()
        except self._errors as exc:
            raise UpstreamError(type(exc).__name__) from None

    def close(self) -> None:
        self.response.close()


class AsyncReply(Reply):
    async def read(self) -> bytes:
        try:
            return await self.response.aread()
        except self._errors as exc:
            raise UpstreamError(type(exc).__name__) from None
        finally:
            await self.response.aclose()

    async def chunks(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.response.aiter_bytes():
                yield chunk
        except self._errors as exc:
            raise UpstreamError(type(exc).__name__) from None

    async def close(self) -> None:
        await self.response.aclose()


class Upstream(_Sender):
    """Sends over a sync transport (`http.BaseTransport`)."""

    def send(self, out: Outbound, extensions: Mapping[str, Any] | None = None) -> SyncReply:
        request, transport = self._request(out, extensions)
        try:
            return SyncReply(transport.handle_request(request), self.http.HTTPError)
        except self.http.HTTPError as exc:
            raise UpstreamError(type(exc).__name__) from None

    def close(self) -> None:
        self.transport.close()


class AsyncUpstream(_Sender):
    """Sends over an async transport (`http.AsyncBaseTransport`)."""

    async def send(self, out: Outbound,
                   extensions: Mapping[str, Any] | None = None) -> AsyncReply:
        request, transport = self._request(out, extensions)
        try:
            return AsyncReply(await transport.handle_async_request(request),
                              self.http.HTTPError)
        except self.http.HTTPError as exc:
            raise UpstreamError(type(exc).__name__) from None

    async def aclose(self) -> None:
        await self.transport.aclose()


__all__ = ["AsyncReply", "AsyncUpstream", "Reply", "SyncReply", "Upstream", "UpstreamError"]
