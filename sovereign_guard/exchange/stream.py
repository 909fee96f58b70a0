"""A streamed answer that feeds, flushes and finishes itself.

Iterate it (`for` or `async for`): each vendor chunk goes through the SSE restorer, the
withheld tail is flushed at the end, the upstream is closed and the response record written,
exactly once, however the iteration ends (exhausted, closed early, or failed).

The record says how the delivery really went, not the status line the caller saw first: a
vendor that fails mid-stream (reset, stalled past the read timeout) is `502
upstream_error`, one still streaming at the total deadline `504 upstream_timeout`, and the
caller gets an error event in its own API's shape; a stream that
ends without its API's closing event is `502 stream_incomplete`; a caller that goes away is
`499 client_disconnected`. `details` holds the bytes delivered and the first status.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import Any

import orjson

from ..adapters import SSERestorer, error_body
from ..pipeline import Outbound, Pipeline
from ..signals import vendor_confirmed
from ..usage import StreamTokens
from .upstream import UpstreamDeadline, UpstreamError

# Each API's last event: chat and completions `data: [DONE]`, Anthropic `message_stop`, the
# Responses API `response.completed` (or its failed/incomplete ends); a vendor's own error
# event ends a stream too.
_TERMINAL = (b"[DONE]", b"message_stop", b"response.completed", b"response.failed",
             b"response.incomplete", b"event: error")
_WINDOW = 32  # bytes kept from the previous chunk, for a closing event split across two
CLIENT_GONE = 499  # nginx's "client closed request": the caller left before the end


class StreamSession:
    """Restores one SSE answer and, at its end, records it with what the vendor confirmed
    in the stream's opening event (Anthropic `message_start` carries `usage.inference_geo`).

    `chunks` is the vendor's body (sync or async iterable of bytes); `close` / `aclose`
    release the upstream once the stream ends. `record` (async iteration) runs the response
    record's audit append, which fsyncs, off the event loop (the sidecar's writer thread);
    without it the record is written in place."""

    def __init__(self, pipeline: Pipeline, out: Outbound, status: int,
                 chunks: Iterable[bytes] | AsyncIterable[bytes], *,
                 close: Callable[[], None] | None = None,
                 aclose: Callable[[], Awaitable[None]] | None = None,
                 record: Callable[[Callable[[], None]], Awaitable[None]] | None = None):
        self.pipeline, self.out, self.status = pipeline, out, status
        self.restorer = SSERestorer(out.protected.mapping)
        # Restored in the vendor's shape (the restorer knows its delta fields), then
        # translated into the caller's: a placeholder split across chunks is whole again
        # before the translator sees it.
        self.translator = out.translation.stream() if out.translation is not None else None
        self.confirmed: dict[str, Any] = {}
        self.tokens = StreamTokens()  # the vendor's usage events, counted for the audit
        self._chunks, self._close, self._aclose = chunks, close, aclose
        self._record = record
        self._looking = bool(out.card.vendor_confirms)
        self._finished = False
        self.bytes_sent = 0
        self.upstream_error: str | None = None  # the failure's kind
        self._failure: UpstreamError | None = None
        self.client_disconnected = False
        self.complete = False  # the vendor's closing event was seen
        self._delivered = False  # the iteration ran to its end
        self._tail = b""
        self._gen: Iterator[bytes] | None = None
        self._agen: AsyncIterator[bytes] | None = None

    # -- the pieces ------------------------------------------------------------------------

    def feed(self, data: bytes) -> bytes:
        if self._looking and b"message_start" in data:
            self._confirm(data)
        if not self.complete:
            window = self._tail + data
            self.complete = any(marker in window for marker in _TERMINAL)
            self._tail = window[-_WINDOW:]
        self.tokens.feed(data)
        restored = self.restorer.feed(data)
        return self.translator.feed(restored) if self.translator is not None else restored

    def flush(self) -> bytes:
        tail = self.restorer.close()
        if self.translator is not None:
            # A vendor that failed or stopped short gets no translated closing event: the
            # caller's error event (or its absence) says so, as for a same-flavour stream.
            tail = self.translator.feed(tail) + self.translator.close(
                end=self.complete and self.upstream_error is None)
        return tail

    def finish(self) -> None:
        """Record the answer (once), as it was delivered."""
        if not self._finished:
            self._finished = True
            self._write_record()

    async def afinish(self) -> None:
        """`finish`, with the append off the event loop when the session was given where."""
        if self._finished:
            return
        self._finished = True  # on the loop: a second ending never hands over a second record
        if self._record is None:
            self._write_record()
        else:
            await self._record(self._write_record)

    def _write_record(self) -> None:
        status, error = self.status, None
        if self._failure is not None:
            status, error = self._failure_status()
        elif self.client_disconnected:
            status, error = CLIENT_GONE, "client_disconnected"
        elif not self._delivered:  # the guard failed while streaming (logged by the door)
            status, error = 500, "stream_failed"
        elif not self.complete:
            status, error = 502, "stream_incomplete"
        details = {"bytes": self.bytes_sent, "first_status": self.status,
                   "client_disconnected": status == CLIENT_GONE,
                   "upstream_error": self.upstream_error}
        self.out.tokens = self.tokens.counts
        self.pipeline.record_response(self.out, status, self.confirmed, error=error,
                                      details=details)

    def _sent(self, data: bytes) -> bytes:
        self.bytes_sent += len(data)
        return data

    def _failed(self, exc: UpstreamError) -> None:
        self._failure, self.upstream_error = exc, exc.kind

    def _failure_status(self) -> tuple[int, str]:
        assert self._failure is not None
        if isinstance(self._failure, UpstreamDeadline):
            return 504, UpstreamDeadline.code
        return 502, "upstream_error"

    def _error_event(self) -> bytes:
        """The vendor failed after the status line: say so in the caller's stream shape (the
        SDKs raise on it) rather than end as if the answer were whole."""
        status, code = self._failure_status()
        message = f"vendor {self.out.card.id} failed mid-stream ({self.upstream_error})"
        body = orjson.dumps(error_body(self.out.flavour, status, code, message))
        head = b"event: error\n" if self.out.flavour == "anthropic" else b""
        return head + b"data: " + body + b"\n\n"

    def _ending(self) -> Iterator[bytes]:
        if tail := self.flush():
            yield self._sent(tail)
        if self._failure is not None:
            yield self._sent(self._error_event())

    # -- driving itself --------------------------------------------------------------------

    def __iter__(self) -> Iterator[bytes]:
        if self._gen is None:
            self._gen = self._run()
        return self._gen

    def _run(self) -> Iterator[bytes]:
        assert isinstance(self._chunks, Iterable)
        try:
            try:
                for chunk in self._chunks:
                    if data := self.feed(chunk):
                        yield self._sent(data)
            except UpstreamError as exc:
                self._failed(exc)
            yield from self._ending()
            self._delivered = True
        except GeneratorExit:
            self.client_disconnected = True
            raise
        finally:
            self._end()

    def close(self) -> None:
        """The caller is done with the stream, read to its end or not."""
        if not self._delivered:
            self.client_disconnected = True
        if self._gen is not None:
            self._gen.close()  # runs the generator's finally
        self._end()

    def _end(self) -> None:
        try:
            if self._close is not None:
                close, self._close = self._close, None
                close()
        finally:
            self.finish()

    def __aiter__(self) -> AsyncIterator[bytes]:
        if self._agen is None:
            self._agen = self._arun()
        return self._agen

    async def _arun(self) -> AsyncIterator[bytes]:
        assert isinstance(self._chunks, AsyncIterable)
        try:
            try:
                async for chunk in self._chunks:
                    if data := self.feed(chunk):
                        yield self._sent(data)
            except UpstreamError as exc:
                self._failed(exc)
            for data in self._ending():
                yield data
            self._delivered = True
        except BaseException as exc:
            if not isinstance(exc, Exception):  # GeneratorExit, or the door's task cancelled
                self.client_disconnected = True
            raise
        finally:
            await self._aend()

    async def aclose(self) -> None:
        if not self._delivered:
            self.client_disconnected = True
        if self._agen is not None:
            await self._agen.aclose()  # type: ignore[attr-defined]
        await self._aend()

    async def _aend(self) -> None:
        try:
            if self._aclose is not None:
                aclose, self._aclose = self._aclose, None
                await aclose()
        finally:
            await self.afinish()

    def _confirm(self, data: bytes) -> None:
        for line in data.split(b"\n"):
            if line.startswith(b"data:") and b"message_start" in line:
                try:
                    self.confirmed = vendor_confirmed(self.out.card, orjson.loads(line[5:]))
                except (orjson.JSONDecodeError, TypeError, AttributeError):
                    continue
                self._looking = False
                return
