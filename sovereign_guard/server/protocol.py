"""uvicorn's HTTP/1.1 protocol with a deadline for request headers.

uvicorn closes a connection idle after an answer (`timeout_keep_alive`), but none that is
still sending its request line and headers: a client trickling one header byte at a time
holds its connection (a file descriptor, a slot under `limit_concurrency`) forever, and a
thousand of them starve a worker of descriptors. Here a connection whose headers are not
complete `header_timeout` seconds after it opened, or after its previous answer, is closed.
The body has its own deadline, in the sidecar's body reader (server/app.py).

A deadline bounds what one slow connection costs, not how many a client keeps open by
reconnecting (tried: evicting the longest-waiting connection at the cap did not keep a
legitimate caller served under a reconnecting flood on loopback; see the README).
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0  # seconds for the request line and headers (nginx: 60, Apache: 20-40)


class BoundedH11Protocol(H11Protocol):
    def __init__(self, *args: Any, header_timeout: float = HEADER_TIMEOUT, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.header_timeout = header_timeout
        self._header_timer: asyncio.TimerHandle | None = None
        self._cycle_seen: object = None  # the request whose headers arrived last

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._await_headers()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._headers_in()

    def on_response_complete(self) -> None:
        super().on_response_complete()  # may start a pipelined request already received
        if not self._headers_in() and not self.transport.is_closing():
            self._await_headers()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_timer()
        super().connection_lost(exc)

    def _headers_in(self) -> bool:
        """Whether a new request's headers are complete (uvicorn made its cycle)."""
        if self.cycle is not None and self.cycle is not self._cycle_seen:
            self._cycle_seen = self.cycle
            self._stop_timer()
            return True
        return False

    def _await_headers(self) -> None:
        self._stop_timer()
        self._header_timer = self.loop.call_later(self.header_timeout, self._too_slow)

    def _stop_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _too_slow(self) -> None:
        self._stop_timer()
        if not self.transport.is_closing():
            self.transport.close()


__all__ = ["HEADER_TIMEOUT", "BoundedH11Protocol"]
