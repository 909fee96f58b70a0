"""Where the guard's settings come from, resolved in one place: arguments (command-line flags,
keyword arguments), then `SOVEREIGN_GUARD_*` environment variables, then defaults.

Every door reads its settings here: `serve` (flags, then the environment it hands to its
workers), the sidecar factory `app_from_env`, `GuardTransport` and the decorator
(`Pipeline.from_files`). The environment is read when settings are resolved, not at import,
so a variable set after `import sovereign_guard` still counts.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from .errors import GuardError
from .files import shipped_dir
from .home import home

ENV = "SOVEREIGN_GUARD_"  # every variable is ENV + the field name in upper case


def policy_dir(env: Mapping[str, str] | None = None) -> Path:
    """The directory of the shipped policies (`default`, `strict`): the checkout's, or the
    installed package's data (files.shipped_dir)."""
    env = os.environ if env is None else env
    return Path(env.get(ENV + "POLICY_DIR") or shipped_dir("policies"))


def models_dir() -> Path:
    """The directory of the shipped model cards (and the built-in `local/echo`)."""
    return shipped_dir("models")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a door needs to build its pipeline and bind (None: not given anywhere)."""

    policy: str | None = None        # a shipped policy's name or a YAML path; None = default
    models: Path | None = None       # None = the shipped models/
    audit_dir: Path | None = None    # resolved: $SOVEREIGN_GUARD_HOME/audit
    keys: Path | None = None         # None = the keyset's own default path
    model: str | None = None         # the decorator's model when it names none
    host: str = "127.0.0.1"
    port: int = 8787
    workers: int = 1
    log_level: str = "info"
    # Slow and idle callers of the sidecar, per worker (README "Limits and timeouts"):
    header_timeout: float = 10.0  # seconds for a request's line and headers, then closed
    body_timeout: float = 60.0    # seconds for its body, then 408
    keep_alive: float = 5.0       # seconds an idle connection stays open between requests
    max_connections: int = 4096   # open connections per worker; beyond, requests get 503
    # Seconds between looks at the policy and card files while serving; changed files are
    # reloaded (reload.py). 0: only on SIGHUP.
    reload_interval: float = 2.0

    @classmethod
    def resolve(cls, env: Mapping[str, str] | None = None, **given: object) -> Settings:
        """Given values (None = not given) over `env` (default `os.environ`) over defaults."""
        env = os.environ if env is None else env
        unknown = set(given) - {f.name for f in fields(cls)}
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        values: dict[str, object] = {}
        for f in fields(cls):
            value = given.get(f.name)
            if value is None or value == "":
                value = env.get(ENV + f.name.upper()) or None
            if value is None:
                continue
            values[f.name] = _typed(f.name, value)
        if values.get("audit_dir") is None:
            values["audit_dir"] = home() / "audit"
        return cls(**values)  # type: ignore[arg-type]

    def as_env(self) -> dict[str, str]:
        """The settings as `SOVEREIGN_GUARD_*` variables, for worker processes to resolve."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None:
                out[ENV + f.name.upper()] = str(value)
        return out


def _typed(name: str, value: object) -> object:
    if name in ("models", "audit_dir", "keys"):
        return Path(str(value))
    try:
        if name in ("port", "workers", "max_connections"):
            return int(str(value))
        if name in ("header_timeout", "body_timeout", "keep_alive", "reload_interval"):
            return float(str(value))
    except ValueError:
        raise GuardError(f"{ENV}{name.upper()}: not a number: {str(value)[:32]!r}") from None
    return str(value)


__all__ = ["ENV", "Settings", "models_dir", "policy_dir"]
