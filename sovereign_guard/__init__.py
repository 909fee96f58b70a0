"""sovereign-guard: the data-sovereignty guard in front of every LLM call.

    from sovereign_guard import Guard, Pipeline, guard, GuardTransport, GuardError, GuardBlocked

Exports load lazily so the CLI and light imports do not pay for Presidio and spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import GuardBlocked, GuardError

if TYPE_CHECKING:
    from .core import Guard
    from .inprocess import GuardTransport, guard
    from .pipeline import Pipeline

__all__ = ["Guard", "GuardBlocked", "GuardError", "GuardTransport", "Pipeline", "guard"]
__version__ = "0.1.0"

_LAZY = {"Guard": ".core", "GuardTransport": ".inprocess", "Pipeline": ".pipeline",
         "guard": ".inprocess"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module 'sovereign_guard' has no attribute {name!r}")
