"""uvicorn's HTTP/1.1 protocol with a deadline for request headers, and a reason for every
connection it closes.

uvicorn closes a connection idle after an answer (`timeout_keep_alive`), but none that is
still sending its request line and headers: a client trickling one header byte at a time
holds its connection (a file descriptor, a slot under `limit_concurrency`) forever, and a
thousand of them starve a worker of descriptors. Here a connection whose headers are not
complete `header_timeout` seconds after it opened, or after its previous answer, is closed
(without an answer, as nginx does: a client that slow is not listening; the log says why).
The body has its own deadline, in the sidecar's body reader (server/app.py).

Every close is counted by reason (`sovereign_guard_connections_closed_total`), and the ones
the sidecar decides (idle keep-alive, header deadline, shutdown, a malformed request) are
logged with the connection's idle time and request count: a caller that sees its connection
end without an answer can tell from the sidecar's log whether the sidecar closed it and why.
Closes the caller starts, and closes after an answer sent with `Connection: close` (a
refusal, logged as such), are counted only.

A deadline bounds what one slow connection costs, not how many a client keeps open by
reconnecting (tried: evicting the longest-waiting connection at the cap did not keep a
legitimate caller served under a reconnecting flood on loopback; see the README).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .. import metrics
from .logs import log_event

HEADER_TIMEOUT = 10.0  # seconds for the request line and headers (nginx: 60, Apache: 20-40)
# Closes the sidecar decides; the others (the caller's, after a `Connection: close` answer)
# are counted and not logged, one line per connection being more than they tell.
LOGGED = frozenset({"keep_alive_idle", "header_timeout", "shutdown", "protocol_error"})

log = logging.getLogger("sovereign_guard.server")


class BoundedH11Protocol(H11Protocol):
    def __init__(self, *args: Any, header_timeout: float = HEADER_TIMEOUT, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.header_timeout = header_timeout
        self._header_timer: asyncio.TimerHandle | None = None
        self._cycle_seen: object = None  # the request whose headers arrived last
        self._close_reason: str | None = None  # set when the sidecar closes the connection
        self._requests = 0
        self._idle_since = time.monotonic()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._await_headers()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._headers_in()

    def on_response_complete(self) -> None:
        self._requests += 1
        self._idle_since = time.monotonic()
        super().on_response_complete()  # may start a pipelined request already received
        if not self._headers_in() and not self.transport.is_closing():
            self._await_headers()

    def timeout_keep_alive_handler(self) -> None:
        if not self.transport.is_closing():
            self._close_reason = "keep_alive_idle"
        super().timeout_keep_alive_handler()

    def shutdown(self) -> None:
        if self.cycle is None or self.cycle.response_complete:
            self._close_reason = "shutdown"
        super().shutdown()

    def send_400_response(self, msg: str) -> None:
        self._close_reason = "protocol_error"
        super().send_400_response(msg)

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_timer()
        self._closed(self._close_reason or self._why_lost(exc))
        super().connection_lost(exc)

    def _why_lost(self, exc: Exception | None) -> str:
        """Why a connection the sidecar did not deliberately close ended."""
        if exc is not None:
            return "reset"
        if self.conn.our_state in (h11.MUST_CLOSE, h11.CLOSED):
            return "closed_after_answer"  # `Connection: close`, or an answer uvicorn ended
        if self.cycle is not None and not self.cycle.response_complete:
            return "peer_closed_mid_request"
        return "peer_closed"

    def _closed(self, reason: str) -> None:
        metrics.observe_connection_closed(reason)
        if reason in LOGGED:
            log_event(log, "connection_closed", reason=reason, requests=self._requests,
                      idle_s=round(time.monotonic() - self._idle_since, 3))

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
            self._close_reason = "header_timeout"
            self.transport.close()


__all__ = ["HEADER_TIMEOUT", "BoundedH11Protocol"]
