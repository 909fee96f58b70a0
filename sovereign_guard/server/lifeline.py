"""Workers die with their supervisor.

`serve --workers N` runs uvicorn's supervisor, which binds the port and spawns the workers; the
workers inherit the listening socket. If the supervisor is killed outright (`kill -9`, the OOM
killer) nobody tells the workers: they are orphaned, keep serving on the inherited socket, and
the next `serve` fails with EADDRINUSE. So each worker, at start-up, asks to be sent SIGTERM
when its parent goes (Linux `prctl(PR_SET_PDEATHSIG)`), or elsewhere watches its parent pid
from a thread. SIGTERM, not SIGKILL: the worker drains as on any stop, closing its listener at
once and sealing its audit log with a final checkpoint.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
import threading

SUPERVISOR_ENV = "SOVEREIGN_GUARD_SUPERVISOR_PID"  # set by `serve` for its workers
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
WATCH_SECONDS = 0.5

log = logging.getLogger("sovereign_guard.server")


def die_with_parent(supervisor: int) -> str:
    """Arrange SIGTERM for this process when `supervisor` (its parent) goes; returns how
    ("prctl" or "watchdog"). Already orphaned (the parent died before we got here): now."""
    how = "watchdog"
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) == 0:
                how = "prctl"
        except (OSError, AttributeError):  # no libc symbol: fall back to watching
            pass
    if how == "watchdog":
        threading.Thread(target=_watch, args=(supervisor,), name="parent-watch",
                         daemon=True).start()
    if os.getppid() != supervisor:  # the race: the parent went before prctl took effect
        os.kill(os.getpid(), signal.SIGTERM)
    return how


def _watch(supervisor: int) -> None:
    stop = threading.Event()
    while not stop.wait(WATCH_SECONDS):
        if os.getppid() != supervisor:
            log.warning("supervisor gone: stopping", extra={"fields": {"supervisor": supervisor}})
            os.kill(os.getpid(), signal.SIGTERM)
            return


def from_env() -> str | None:
    """In a worker `serve` started: die with it. Elsewhere (one process, embedded): nothing."""
    value = os.environ.get(SUPERVISOR_ENV, "")
    if not value.isdigit() or int(value) == os.getpid():
        return None
    return die_with_parent(int(value))


__all__ = ["SUPERVISOR_ENV", "die_with_parent", "from_env"]
