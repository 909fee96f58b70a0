"""Detection: the Presidio analyzer and the recognizers we add to it."""

from .engine import build_analyzer, register_recognizers

__all__ = ["build_analyzer", "register_recognizers"]
