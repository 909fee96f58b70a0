"""Reading the YAML files people write (policies, model cards), with one-line errors, and
finding the ones we ship."""

from __future__ import annotations

import atexit
import contextlib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import ValidationError

from .errors import GuardError

# A source checkout: the package sits next to pyproject.toml and the top-level folders.
_CHECKOUT = Path(__file__).resolve().parent.parent
# Where the wheel carries those folders (pyproject.toml: force-include).
_DATA = "_data"
_extracted = contextlib.ExitStack()  # only used when the package is not on disk (a zip)
atexit.register(_extracted.close)


@cache
def shipped_dir(kind: Literal["policies", "models"]) -> Path:
    """The shipped `policies/` or `models/` directory.

    In a checkout, the repository's folder (so an edit there takes effect without a
    reinstall); in an installed wheel, the copy packed as package data, found through
    `importlib.resources` (a zipped package's copy is extracted to a temporary directory,
    which `as_file` does for directories from Python 3.12 on)."""
    folder = _CHECKOUT / kind
    if (_CHECKOUT / "pyproject.toml").is_file() and folder.is_dir():
        return folder
    data = resources.files(__package__) / _DATA / kind
    if isinstance(data, Path):
        return data
    return _extracted.enter_context(resources.as_file(data))


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
