"""Reading the YAML files people write (policies, model cards), with one-line errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .errors import GuardError


def read_yaml(path: Path, what: str, error: type[GuardError]) -> tuple[Any, bytes]:
    """The parsed document and its raw bytes; `error` names the file and the problem."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise error(f"{path}: {what} not found") from None
    except OSError as exc:
        raise error(f"{path}: cannot read {what} ({exc.strerror})") from None
    try:
        return yaml.safe_load(raw.decode("utf-8")), raw
    except UnicodeDecodeError:
        raise error(f"{path}: {what} is not UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise error(f"{path}: YAML syntax error{where}: {problem}") from None


def field_path(loc: tuple) -> str:
    # pydantic marks a bad mapping key with a trailing "[key]" element.
    parts = [str(p) for p in loc if p != "[key]"]
    return (".".join(parts) or "<root>") + (" (key)" if "[key]" in loc else "")


def validation_message(exc: ValidationError) -> str:
    """The first problem as `field 'a.b': what is wrong`, and how many more there are."""
    err = exc.errors()[0]
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    msg = err["msg"].replace("Extra inputs are not permitted", "unknown key")
    return f"field '{field_path(err['loc'])}': {msg}{more}"
