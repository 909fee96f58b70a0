"""A streamed answer that feeds, flushes and finishes itself.

Iterate it (`for` or `async for`): each vendor chunk goes through the SSE restorer, the
withheld tail is flushed at the end, the upstream is closed and the response record written,
exactly once, however the iteration ends (exhausted, closed early, or failed).
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import Any

import orjson

from ..adapters import SSERestorer
from ..pipeline import Outbound, Pipeline
from ..signals import vendor_confirmed


class StreamSession:
    """Restores one SSE answer and, at its end, records it with what the vendor confirmed
    in the stream's opening event (Anthropic `message_start` carries `usage.inference_geo`).

    `chunks` is the vendor's body (sync or async iterable of bytes); `close` / `aclose`
    release the upstream once the stream ends."""

    def __init__(self, pipeline: Pipeline, out: Outbound, status: int,
                 chunks: Iterable[bytes] | AsyncIterable[bytes], *,
                 close: Callable[[], None] | None = None,
                 aclose: Callable[[], Awaitable[None]] | None = None):
        self.pipeline, self.out, self.status = pipeline, out, status
        self.restorer = SSERestorer(out.protected.mapping)
        self.confirmed: dict[str, Any] = {}
        self._chunks, self._close, self._aclose = chunks, close, aclose
        self._looking = bool(out.card.vendor_confirms)
        self._finished = False
        self._gen: Iterator[bytes] | None = None
        self._agen: AsyncIterator[bytes] | None = None

    # -- the pieces ------------------------------------------------------------------------

    def feed(self, data: bytes) -> bytes:
        if self._looking and b"message_start" in data:
            self._confirm(data)
        return self.restorer.feed(data)

    def flush(self) -> bytes:
        return self.restorer.close()

    def finish(self) -> None:
        """Record the answer (once)."""
        if not self._finished:
            self._finished = True
            self.pipeline.record_response(self.out, self.status, self.confirmed)

    # -- driving itself --------------------------------------------------------------------

    def __iter__(self) -> Iterator[bytes]:
        if self._gen is None:
            self._gen = self._run()
        return self._gen

    def _run(self) -> Iterator[bytes]:
        assert isinstance(self._chunks, Iterable)
        try:
            for chunk in self._chunks:
                if data := self.feed(chunk):
                    yield data
            if tail := self.flush():
                yield tail
        finally:
            self._end()

    def close(self) -> None:
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
            async for chunk in self._chunks:
                if data := self.feed(chunk):
                    yield data
            if tail := self.flush():
                yield tail
        finally:
            await self._aend()

    async def aclose(self) -> None:
        if self._agen is not None:
            await self._agen.aclose()  # type: ignore[attr-defined]
        await self._aend()

    async def _aend(self) -> None:
        try:
            if self._aclose is not None:
                aclose, self._aclose = self._aclose, None
                await aclose()
        finally:
            self.finish()

    def _confirm(self, data: bytes) -> None:
        for line in data.split(b"\n"):
            if line.startswith(b"data:") and b"message_start" in line:
                try:
                    self.confirmed = vendor_confirmed(self.out.card, orjson.loads(line[5:]))
                except (orjson.JSONDecodeError, TypeError, AttributeError):
                    continue
                self._looking = False
                return
