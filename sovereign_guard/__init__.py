"""sovereign-guard: the data-sovereignty guard in front of every LLM call."""

from .errors import GuardBlocked, GuardError

__all__ = ["GuardBlocked", "GuardError"]
__version__ = "0.1.0"
