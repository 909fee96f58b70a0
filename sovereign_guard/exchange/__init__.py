"""The exchange: one request's trip from a door to a vendor and back, the same in every door.

    route → (door reads the body) → prepare → upstream → restore → answer → record

A door (the sidecar's ASGI app, the httpx transport) translates its own I/O into an
`Inbound`, asks `Exchange` for an `Answer`, and translates that back; it knows nothing
else. Here, once for both: the route is parsed, refusals are answered in the caller's error
shape, an unreachable vendor is a recorded 502, the vendor's headers pass back through one
allow-list (`headers.PASS_BACK`), and a streamed answer is a `StreamSession` that drives
itself.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import orjson

from .. import metrics
from ..adapters import Route, error_body, flavour_of, parse_route
from ..headers import pass_back
from ..pipeline import DECISION_HEADER, REQUEST_ID_HEADER, Outbound, Pipeline, Refused
from ..translate import Untranslatable
from . import discovery
from .stream import StreamSession
from .upstream import AsyncReply, AsyncUpstream, Reply, SyncReply, Upstream, UpstreamError

JSON = "application/json"
T = TypeVar("T")
# Runs a blocking step (an audit append) somewhere it cannot stall the event loop.
Blocking = Callable[[Callable[[], T]], Awaitable[T]]
log = logging.getLogger("sovereign_guard.exchange")


@dataclass(slots=True)
class Inbound:
    """A request as a door received it (body aside: the door reads it its own way).

    The one place who is calling enters the exchange: `caller` is the identity the door
    authenticated (a client key's name), recorded as the audit event's caller; when None,
    the policy's caller header names it."""

    method: str
    path: str
    headers: dict[str, str]  # names lowercased
    caller: str | None = None

    @classmethod
    def of(cls, method: str, path: str, headers: Iterable[tuple[str, str]], *,
           caller: str | None = None) -> Inbound:
        return cls(method.upper(), path, {k.lower(): v for k, v in headers}, caller)


@dataclass(slots=True)
class Answer:
    """What goes back to the caller. `headers` include the content type; a streamed answer
    has `stream` instead of `content`. `settle` writes the response record: the door calls
    it once the answer is on its way (the sidecar after sending, the transport at once)."""

    status: int
    headers: dict[str, str]
    content: bytes = b""
    stream: StreamSession | None = None
    settle: Callable[[], None] = field(default=lambda: None)
    refused: Refused | None = None  # why, when the request did not leave (for the door's log)

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", JSON)


def refusal(refused: Refused) -> Answer:
    """A refusal in the caller's error shape, with the guard's headers."""
    return Answer(refused.status, {**refused.headers(), "content-type": JSON}, refused.body(),
                  refused=refused)


def unsupported(inbound: Inbound) -> Answer:
    """A route the guard does not serve (files, batches...): refused in the
    caller's own error shape rather than forwarded unscanned. Not recorded: nothing was read."""
    return refusal(Refused(404, "unsupported_route",
                           f"sovereign-guard does not serve {inbound.method} {inbound.path}",
                           flavour=flavour_of(inbound.headers), request_id="-"))


class Exchange:
    """Drives requests through one pipeline; shared by every request of a door."""

    def __init__(self, pipeline: Pipeline):
        self.pipeline = pipeline

    @staticmethod
    def route(inbound: Inbound) -> Route | None:
        """The request's route, parsed once for the whole exchange (None: not served)."""
        return parse_route(inbound.path) if inbound.method == "POST" else None

    def models(self, inbound: Inbound) -> Answer | None:
        """`GET /v1/models` and `/v1/models/{id}` answered from the cards usable under this
        policy (exchange/discovery.py); None for any other request."""
        if inbound.method not in ("GET", "HEAD"):
            return None
        model = discovery.model_path(inbound.path)
        if model is None:
            return None
        status, body = discovery.listing(self.pipeline, flavour_of(inbound.headers), model)
        return Answer(status, {"content-type": JSON}, body)

    def prepare(self, inbound: Inbound, route: Route, raw: bytes | None, *,
                queued_ms: float | None = None) -> Outbound | Answer:
        """The request made safe to send, or the refusal to answer with. `queued_ms`: how
        long it waited for detection (recorded in its audit records' latency)."""
        try:
            return self.pipeline.prepare(route, inbound.headers, raw, caller=inbound.caller,
                                         queued_ms=queued_ms)
        except Refused as refused:
            return refusal(refused)

    # -- the vendor's answer -------------------------------------------------------------------

    def send(self, out: Outbound, upstream: Upstream,
             extensions: Mapping[str, Any] | None = None) -> Answer:
        while True:  # one vendor per turn; another only when failover says (see `_next`)
            began = time.perf_counter()
            try:
                with out.trace.step("forward", sg_card=out.card.id) as span:
                    reply = upstream.send(out, extensions, deadline=self._deadline)
                    span.set(**{"http.response.status_code": reply.status})
            except UpstreamError as exc:
                if (retry := self._next(out, began, _error_outcome(exc.kind))) is not None:
                    out = retry
                    continue
                return self._unreachable(out, exc)
            if (retry := self._next(out, began, _status_outcome(reply.status), reply)):
                reply.close()
                out = retry
                continue
            break
        headers = self._headers(out, reply)
        if self._streams(out, reply):
            out.trace.open("restore", sg_stream=True, sg_placeholders=len(out.protected.mapping))
            return Answer(reply.status, headers, stream=StreamSession(
                self.pipeline, out, reply.status, reply.chunks(), close=reply.close))
        if self._exhausted(out):
            reply.close()
            return self._exhausted_answer(out, reply.status)
        try:
            content = reply.read()
        except UpstreamError as exc:
            return self._unreachable(out, exc)
        return self._complete(out, reply, content, headers)

    async def asend(self, out: Outbound, upstream: AsyncUpstream,
                    extensions: Mapping[str, Any] | None = None, *,
                    blocking: Blocking | None = None) -> Answer:
        """As `send`, on an event loop. `blocking` runs the steps that write audit records
        (a failover's, an unreachable vendor's, a stream's response record) off the loop:
        they fsync (the sidecar's writer thread, server/overload.py); without it they run
        in place."""
        run = blocking or _in_place
        while True:
            began = time.perf_counter()
            try:
                with out.trace.step("forward", sg_card=out.card.id) as span:
                    reply: AsyncReply = await upstream.send(out, extensions,
                                                             deadline=self._deadline)
                    span.set(**{"http.response.status_code": reply.status})
            except UpstreamError as exc:
                outcome = _error_outcome(exc.kind)
                if self._attempted(out, began, outcome) and (
                        retry := await run(functools.partial(self._retarget, out, outcome))):
                    out = retry
                    continue
                return await run(functools.partial(self._unreachable, out, exc))
            outcome = _status_outcome(reply.status)
            if self._attempted(out, began, outcome, reply) and (
                    retry := await run(functools.partial(self._retarget, out, outcome))):
                await reply.close()
                out = retry
                continue
            break
        headers = self._headers(out, reply)
        if self._streams(out, reply):
            out.trace.open("restore", sg_stream=True, sg_placeholders=len(out.protected.mapping))
            return Answer(reply.status, headers, stream=StreamSession(
                self.pipeline, out, reply.status, reply.chunks(), aclose=reply.close,
                record=blocking))
        if self._exhausted(out):
            await reply.close()
            return await run(functools.partial(self._exhausted_answer, out, reply.status))
        try:
            content = await reply.read()
        except UpstreamError as exc:
            return await run(functools.partial(self._unreachable, out, exc))
        return self._complete(out, reply, content, headers)

    # -- failover ------------------------------------------------------------------------------

    def _next(self, out: Outbound, began: float, outcome: str,
              reply: Reply | None = None) -> Outbound | None:
        """Record the attempt just made; the request re-targeted at the next candidate when
        the policy fails over on `outcome` and attempts are left, else None. Nothing of the
        failed answer has reached the caller (only its status and headers were read)."""
        if not self._attempted(out, began, outcome, reply):
            return None
        return self._retarget(out, outcome)

    def _attempted(self, out: Outbound, began: float, outcome: str,
                   reply: Reply | None = None) -> bool:
        """Note the attempt just made (cheap, no I/O); whether the policy fails over on its
        outcome with attempts left."""
        attempt: dict[str, Any] = {"card": out.card.id, "outcome": outcome,
                                   "ms": round((time.perf_counter() - began) * 1000, 3)}
        if reply is not None:
            attempt["status"] = reply.status
            wait = _retry_after(reply)
            if wait is not None:
                attempt["retry_after"] = wait
        out.attempts.append(attempt)
        metrics.observe_attempt(out.card.id, outcome)
        failover = self.pipeline.policy.vendors.failover
        return outcome in failover.when and len(out.attempts) < failover.max_attempts

    def _retarget(self, out: Outbound, outcome: str) -> Outbound | None:
        """The request re-targeted at the next candidate that can carry it (its `failover`
        record written: blocking), else None."""
        for card in self.pipeline.candidates(out):
            try:
                return self.pipeline.retarget(out, card, outcome)
            except Untranslatable:  # this card's API cannot carry the request: the next
                continue
            except Refused:  # the re-send could not be recorded: it does not leave
                return None
        return None

    @staticmethod
    def _exhausted(out: Outbound) -> bool:
        """Several vendors were tried and the last failed too (429 / 5xx; a 4xx is the last
        vendor's answer to the request itself and goes back as it is)."""
        return len(out.attempts) > 1 and out.attempts[-1]["outcome"] in ("429", "5xx")

    def _exhausted_answer(self, out: Outbound, status: int) -> Answer:
        """Every candidate failed: one error in the caller's shape naming each card and how it
        failed, with the shortest `Retry-After` a vendor asked for."""
        self.pipeline.record_response(out, status, error="upstream_exhausted")
        tried = ", ".join(f"{a['card']} ({a['outcome']})" for a in out.attempts)
        body = orjson.dumps(error_body(out.flavour, status, "upstream_exhausted",
                                       f"no vendor could answer; tried {tried}"))
        headers = {**out.response_headers(), "content-type": JSON}
        waits = [a["retry_after"] for a in out.attempts if "retry_after" in a]
        if waits:
            headers["retry-after"] = str(min(waits))
        return Answer(status, headers, body)

    @property
    def _deadline(self) -> float:
        """Seconds from the request's arrival for the vendor's whole answer (policy limits)."""
        return self.pipeline.policy.limits.upstream_deadline_seconds

    @staticmethod
    def _streams(out: Outbound, reply: Reply) -> bool:
        return out.stream and reply.is_sse and reply.status < 400

    @staticmethod
    def _headers(out: Outbound, reply: Reply) -> dict[str, str]:
        headers = pass_back(reply.headers)
        headers.setdefault("content-type", JSON)
        headers.update(out.response_headers())
        return headers

    def _complete(self, out: Outbound, reply: Reply, content: bytes,
                  headers: dict[str, str]) -> Answer:
        restored, confirmed = self.pipeline.restore(out, reply.status, content)
        return Answer(reply.status, headers, restored, settle=functools.partial(
            self.pipeline.record_response, out, reply.status, confirmed))

    def _unreachable(self, out: Outbound, exc: UpstreamError) -> Answer:
        """The one upstream-failure path: logged and recorded with its cause (an exception
        class or `deadline_exceeded`, never a message: it may quote a URL or a body), then a
        502 (504 past the deadline) in the caller's shape; after a failover, one answer naming
        every card tried."""
        if len(out.attempts) > 1:
            return self._exhausted_answer(out, exc.status)
        status, cause = exc.status, f"{exc.code}:{exc.kind}"
        log.warning("upstream_failed", extra={"fields": {
            "request_id": out.request_id, "card": out.card.id, "status": status,
            "error": exc.code, "kind": exc.kind}})
        self.pipeline.record_response(out, status, error=cause,
                                      details={"upstream_error": exc.kind})
        what = "did not answer in time" if status == 504 else "unreachable"
        message = f"vendor {out.card.id} {what} ({exc.kind})"
        body = orjson.dumps(error_body(out.flavour, status, exc.code, message))
        return Answer(status, {**out.response_headers(), "content-type": JSON}, body)


async def _in_place(fn: Callable[[], T]) -> T:
    return fn()


def _error_outcome(kind: str) -> str:
    """A transport failure's failover outcome, from its exception class name."""
    if "Timeout" in kind:
        return "timeout"
    return "connect" if "Connect" in kind else "error"


def _status_outcome(status: int) -> str:
    if status == 429:
        return "429"
    if status >= 500:
        return "5xx"
    return "4xx" if status >= 400 else "ok"


def _retry_after(reply: Reply) -> int | None:
    """A vendor's `Retry-After` in seconds, when given as such (an HTTP date is ignored)."""
    for name, value in reply.headers:
        if name.lower() == "retry-after" and value.strip().isdigit():
            return min(int(value.strip()), 86400)
    return None


__all__ = [
    "DECISION_HEADER", "REQUEST_ID_HEADER", "Answer", "AsyncUpstream", "Blocking", "Exchange",
    "Inbound", "StreamSession", "SyncReply", "Upstream", "UpstreamError", "refusal", "unsupported",
]
