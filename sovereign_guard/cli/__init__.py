"""The CLI door: `sovereign-guard <command>` (also `python -m sovereign_guard`).

Each command family lives in its own module with a `register(subparsers)` function; handlers
import heavy machinery (Presidio, spaCy, uvicorn) lazily so `--help` stays instant.
Any `GuardError` becomes one line on stderr and exit code 2: no tracebacks for bad input.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from ..errors import GuardError
from . import audit, clients, scan, serve, vendors

EXIT_USAGE = 2


def version() -> str:
    """The installed distribution's version (package metadata); the source tree's when the
    package runs uninstalled (e.g. from a checkout on PYTHONPATH)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("sovereign-guard")
    except PackageNotFoundError:
        from .. import __version__

        return __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sovereign-guard",
        description="Data-sovereignty guard for LLM calls: redacts PII and secrets before a prompt "
        "leaves, checks the vendor's contract, restores the answer and keeps an encrypted, "
        "tamper-evident audit trail.",
    )
    parser.add_argument("--version", action="version",
                        version=f"sovereign-guard {version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (serve, scan, vendors, audit, clients):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # spaCy's matrices are small: OpenBLAS threads only add hand-off cost (12% slower NER on
    # 2 cores) and fight the other workers for cores. Must be set before numpy loads;
    # uvicorn's worker processes inherit it. An explicit setting wins.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except GuardError as exc:
        print(f"sovereign-guard: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
