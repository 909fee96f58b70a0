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
started), whichever thread that happens on.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

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
        self._lock = threading.Lock()
        self._admitted = 0  # running or waiting
        self._mean = 0.02  # seconds per job, moving average (seeds the first Retry-After)

    @property
    def admitted(self) -> int:
        return self._admitted

    @property
    def capacity(self) -> int:
        return self.threads + self.max_waiting

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` on a detection thread; raises `Saturated` at once when full."""
        with self._lock:
            if self._admitted >= self.capacity:
                raise Saturated(self.retry_after())
            self._admitted += 1
        try:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="sg-detect")
            job = self._pool.submit(self._timed, fn, *args)
        except BaseException:
            self._release(None)
            raise
        job.add_done_callback(self._release)
        return await asyncio.wrap_future(job)

    def retry_after(self) -> int:
        """Seconds until the queue ahead of a new request has likely drained (1 to 30)."""
        estimate = self._admitted * self._mean / self.threads
        return max(1, min(MAX_RETRY_AFTER, math.ceil(estimate)))

    def _timed(self, fn: Callable[..., T], *args: Any) -> T:
        began = time.perf_counter()
        try:
            return fn(*args)
        finally:
            took = time.perf_counter() - began
            with self._lock:
                self._mean += (took - self._mean) * 0.1

    def _release(self, _job: Future | None) -> None:
        with self._lock:
            self._admitted -= 1

    def shutdown(self) -> None:
        """Wait for running jobs (their audit records), drop waiting ones."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


__all__ = ["MAX_WAITING", "THREADS", "Offload", "Saturated"]
