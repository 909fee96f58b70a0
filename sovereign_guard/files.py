"""Reading the YAML files people write (policies, model cards), with one-line errors, and
finding the ones we ship."""

from __future__ import annotations

import atexit
import contextlib
import difflib
import types
import typing
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ValidationError

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


def validation_message(exc: ValidationError, model: type[BaseModel] | None = None) -> str:
    """The first problem as `field 'a.b': what is wrong`, and how many more there are.

    An unknown key comes first, with the nearest known key at its place: a misspelt required
    key also shows up as that key missing, and "field 'contract.trains_on_custmer_data':
    unknown key (did you mean 'trains_on_customer_data'?)" says what to fix where "field
    required" misleads."""
    errors = exc.errors()
    unknown = [e for e in errors if e["type"] == "extra_forbidden"]
    err = unknown[0] if unknown else errors[0]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    if err["type"] != "extra_forbidden":
        return f"field '{field_path(err['loc'])}': {err['msg']}{more}"
    *parent, key = err["loc"]
    known = _keys_at(model, parent) if model else set()
    known |= {str(e["loc"][-1]) for e in errors
              if e["type"] == "missing" and list(e["loc"][:-1]) == parent}
    close = difflib.get_close_matches(str(key), sorted(known), n=1, cutoff=0.75)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    # The misspelt key's "missing" twin is the same problem, not one more.
    rest = [e for e in errors if e is not err and not (
        close and e["type"] == "missing" and list(e["loc"]) == [*parent, close[0]])]
    more = f" (and {len(rest)} more)" if rest else ""
    return f"field '{field_path(err['loc'])}': unknown key{hint}{more}"


def _keys_at(model: type[BaseModel], loc: list) -> set[str]:
    """The field names (and aliases) a model accepts at `loc`, following nested models
    through optional, list and mapping types; empty where the path leaves the models."""
    shape: Any = model
    for step in loc:
        shape = _model_in(shape)
        if shape is None:
            return set()
        field = shape.model_fields.get(str(step))
        if field is None:  # a mapping key or list index: step into the value type
            continue
        shape = field.annotation
    shape = _model_in(shape)
    if shape is None:
        return set()
    return {n for name, f in shape.model_fields.items() for n in (name, f.alias) if n}


def _model_in(shape: Any) -> type[BaseModel] | None:
    if isinstance(shape, type) and issubclass(shape, BaseModel):
        return shape
    origin = typing.get_origin(shape)
    if origin in (typing.Union, types.UnionType, list, dict, tuple, typing.Annotated) or (
            isinstance(origin, type) and issubclass(origin, (list, dict, tuple))):
        for arg in typing.get_args(shape):
            if (found := _model_in(arg)) is not None:
                return found
    return None
