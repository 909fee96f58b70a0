"""Typed errors. Messages never carry a guarded value: they name files, fields and types only."""

from __future__ import annotations


class GuardError(Exception):
    """Anything that must stop a request from leaving. Callers fail closed on it."""

    code = "guard_error"


class PolicyError(GuardError):
    """A policy file is missing, unreadable or invalid."""

    code = "policy_invalid"


class DetectionError(GuardError):
    """The detector failed; the text was not (fully) analysed."""

    code = "detection_failed"


class VendorError(GuardError):
    """A model card is missing, invalid, badly signed or unknown."""

    code = "vendor_invalid"


class UnknownModel(VendorError):
    code = "unknown_model"


class AuditError(GuardError):
    """The audit trail could not be written or read."""

    code = "audit_failed"


class GuardBlocked(GuardError):
    """The policy refused the request. `reasons` are machine-readable codes."""

    code = "blocked"

    def __init__(self, reasons: list[str] | tuple[str, ...], message: str | None = None):
        self.reasons = list(reasons)
        super().__init__(message or "blocked by policy: " + ", ".join(self.reasons))
