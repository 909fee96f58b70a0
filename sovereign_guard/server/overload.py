"""Detection off the event loop, with back-pressure.

Detection is CPU-bound (a few ms per KB, ~230 ms for a 32 KB body) and the request's audit
record is written (and, per policy, fsynced) inside it. On the event loop, one large prompt
stalls every other caller of the worker: their reads, their vendor traffic, /healthz. So the
sidecar runs `Exchange.prepare` in a small thread pool, and bounds how many requests may wait
for it: past `threads + max_waiting` admitted requests the worker answers 503 with
`Retry-After` at once instead of queueing without bound (every queued request makes all the
later ones slower; a caller told to come back can go to another worker or sidecar).

Threads, not processes: spaCy and Presidio release the GIL only in parts (measured on 1 KB
English, `Guard.protect` from 1, 2 and 3 threads: 17.5, 14.7 and 15.2 texts/s on a busy
machine, no gain), so a second thread buys no throughput; it buys fairness (a small prompt
is not stuck behind a 32 KB one for its whole detection) and overlap with the audit log's
disk flushes, which release the GIL. The loop
thread gets the GIL back at every switch interval (5 ms) instead of after a whole detection.

The count of admitted requests is the one number back-pressure needs: it is taken on the
loop when a request is admitted and given back when its job ends (or is cancelled before it
started), whichever thread that happens on. Gauges show it (`sovereign_guard_detection_
admitted`, and `..._queue_depth` for those not yet running), and the time each job waited
for a thread goes to the job (`run(..., queued=True)` passes it as `queued_ms`: the audit
record's `latency_ms.queue`) and to `sovereign_guard_detection_queue_ms`.

The audit appends made after a request left (a stream's response record, a failover's
record, an unreachable vendor's) fsync too: `record` runs them on one writer thread of their
own, never refused (a record is owed once the request left) and never behind detection
jobs. One thread, so the records reach the log in the order they were handed over.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import math
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from .. import metrics

T = TypeVar("T")

THREADS = 2  # detection threads per worker (policy limits.detection_threads)
MAX_WAITING = 64  # requests admitted beyond those running (policy limits.max_waiting_requests)
MAX_RETRY_AFTER = 30  # seconds: a longer estimate says "much later", and callers back off


class Saturated(Exception):
    """The worker has as many requests waiting for detection as it may: answer 503."""

    def __init__(self, retry_after: int):
        super().__init__(f"{retry_after}")
        self.retry_after = retry_after


class Offload:
    """A bounded executor for the CPU-bound and blocking parts of a request."""

    def __init__(self, threads: int = THREADS, max_waiting: int = MAX_WAITING):
        if threads < 1 or max_waiting < 0:
            raise ValueError("threads >= 1 and max_waiting >= 0")
        self.threads, self.max_waiting = threads, max_waiting
        self._pool: ThreadPoolExecutor | None = None  # made at first use, again after shutdown
        self._writer: ThreadPoolExecutor | None = None  # audit appends after a request left
        self._lock = threading.Lock()
        self._admitted = 0  # running or waiting
        self._waiting = 0  # admitted, not yet running
        self._mean = 0.02  # seconds per job, moving average (seeds the first Retry-After)

    @property
    def admitted(self) -> int:
        return self._admitted

    @property
    def waiting(self) -> int:
        return self._waiting

    @property
    def capacity(self) -> int:
        return self.threads + self.max_waiting

    async def run(self, fn: Callable[..., T], *args: Any, queued: bool = False) -> T:
        """`fn(*args)` on a detection thread; raises `Saturated` at once when full. With
        `queued`, `fn` also gets `queued_ms=` the milliseconds it waited for the thread."""
        submitted = time.perf_counter()  # before it counts as admitted: its wait begins
        with self._lock:
            if self._admitted >= self.capacity:
                raise Saturated(self.retry_after())
            self._admitted += 1
            self._waiting += 1
        metrics.ADMITTED.inc()
        metrics.QUEUE_DEPTH.inc()
        try:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="sg-detect")
            job = self._pool.submit(self._timed, submitted, queued, fn, *args)
        except BaseException:
            self._release(None)
            raise
        job.add_done_callback(self._release)
        return await asyncio.wrap_future(job)

    async def record(self, fn: Callable[[], T]) -> T:
        """`fn()` (an audit append) on the writer thread, in the order of the calls. The
        caller waits for it; cancelled meanwhile, the append still runs, once."""
        with self._lock:
            if self._writer is None:
                self._writer = ThreadPoolExecutor(1, thread_name_prefix="sg-audit")
            job = self._writer.submit(contextvars.copy_context().run, fn)
        return await asyncio.shield(asyncio.wrap_future(job))

    def retry_after(self) -> int:
        """Seconds until the queue ahead of a new request has likely drained (1 to 30)."""
        estimate = self._admitted * self._mean / self.threads
        return max(1, min(MAX_RETRY_AFTER, math.ceil(estimate)))

    def _timed(self, submitted: float, queued: bool, fn: Callable[..., T], *args: Any) -> T:
        began = time.perf_counter()
        with self._lock:
            self._waiting -= 1
        metrics.QUEUE_DEPTH.dec()
        waited_ms = (began - submitted) * 1000
        metrics.observe_queue(waited_ms)
        if queued:
            fn = functools.partial(fn, queued_ms=waited_ms)
        try:
            return fn(*args)
        finally:
            took = time.perf_counter() - began
            with self._lock:
                self._mean += (took - self._mean) * 0.1

    def _release(self, job: Future | None) -> None:
        never_ran = job is None or job.cancelled()  # still counted as waiting
        with self._lock:
            self._admitted -= 1
            if never_ran:
                self._waiting -= 1
        metrics.ADMITTED.dec()
        if never_ran:
            metrics.QUEUE_DEPTH.dec()

    def shutdown(self) -> None:
        """Wait for running jobs (their audit records), drop waiting ones; then write every
        record handed over."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            writer, self._writer = self._writer, None
        if writer is not None:
            writer.shutdown(wait=True)


__all__ = ["MAX_WAITING", "THREADS", "Offload", "Saturated"]
