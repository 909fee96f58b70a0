"""Where sovereign-guard keeps its state: `$SOVEREIGN_GUARD_HOME` (default `~/.sovereign-guard/`).

Secret files are created with mode 0600 inside a 0700 directory, atomically, so a reader
never sees a half-written key.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import secrets
import stat
from pathlib import Path

from .errors import GuardError

TENANT_KEY_ENV = "SOVEREIGN_GUARD_TENANT_KEY"
TENANT_KEY_FILE = "tenant.key"


def home() -> Path:
    return Path(os.environ.get("SOVEREIGN_GUARD_HOME") or Path.home() / ".sovereign-guard")


def exposed_mode(path: Path) -> int | None:
    """`path`'s permission bits when group or others have any access to it, else None
    (None too when it does not exist)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return None
    return mode if mode & 0o077 else None


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def write_private(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write `data` to `path` with mode 0600, atomically (temp file + rename).

    `exclusive`: fail with FileExistsError rather than replace an existing file (two
    processes creating the same key must not end up with different keys)."""
    ensure_private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if exclusive:
            try:
                os.link(tmp, path)  # atomic and exclusive, unlike rename
            except FileExistsError:
                raise
            except OSError:  # a filesystem without hard links: check, then rename
                if path.exists():
                    raise FileExistsError(path) from None
                os.replace(tmp, path)
            tmp.unlink(missing_ok=True)
        else:
            os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


KEY_BYTES = 32
_HEX_KEY = re.compile(r"[0-9a-fA-F]{64}")
# 32 bytes in base64: 43 characters and one optional "=" (standard or URL-safe alphabet).
_B64_KEY = re.compile(r"[A-Za-z0-9+/]{43}=?|[A-Za-z0-9_-]{43}=?")
_B64_TEXT = re.compile(r"[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+={0,2}")


def decode_key(text: str, *, what: str) -> bytes:
    """A 32-byte key given as exactly 64 hex characters or 43/44 base64 characters.

    Strict on purpose: a lenient decoder reads a 63-character hex key as some other key
    (base64 of hex digits), which then silently derives different pseudonyms or audit keys.
    Errors name the problem and the length, never the key."""
    text = text.strip()
    if _HEX_KEY.fullmatch(text):
        return bytes.fromhex(text)
    if _B64_KEY.fullmatch(text):
        key = strict_b64(text)
        if key is not None and len(key) == KEY_BYTES:
            return key
    raise GuardError(f"{what}: {_key_problem(text)}; expected 32 bytes as 64 hex characters "
                     "or 43/44 base64 characters")


def _key_problem(text: str) -> str:
    n = len(text)
    if not text:
        return "key is empty"
    if any(c.isspace() for c in text):
        return "key contains whitespace"
    if all(c in "0123456789abcdefABCDEF" for c in text):
        return f"hex key has {n} characters"
    if n == 64:
        return "key has 64 characters but not all are hex digits"
    if _B64_KEY.fullmatch(text):
        return "key is not canonical base64 (last character mistyped?)"
    if _B64_TEXT.fullmatch(text):
        data = strict_b64(text)
        return (f"base64 key is {len(data)} bytes" if data is not None
                else f"base64 key has {n} characters, not a whole number of bytes")
    return "key has characters outside the hex and base64 alphabets"


def strict_b64(text: str) -> bytes | None:
    """Standard or URL-safe base64, padding optional; None unless every character is part of
    the encoding (no skipped junk, no stray padding) and the bits are canonical."""
    if not _B64_TEXT.fullmatch(text):
        return None
    body = text.rstrip("=")
    if len(body) % 4 == 1 or (body != text and len(text) % 4):  # impossible length, or padding
        return None
    try:
        data = base64.b64decode(body.translate(_URLSAFE) + "=" * (-len(body) % 4),
                                validate=True)
    except (binascii.Error, ValueError):
        return None
    # Non-canonical trailing bits mean a mistyped last character: refuse rather than guess.
    if base64.b64encode(data).decode("ascii").rstrip("=") != body.translate(_URLSAFE):
        return None
    return data


_URLSAFE = str.maketrans("-_", "+/")


def tenant_key(create: bool = True) -> bytes:
    """The HMAC key behind pseudonyms and fingerprints: env first, else the home file."""
    if env := os.environ.get(TENANT_KEY_ENV):
        return decode_key(env, what=TENANT_KEY_ENV)
    path = home() / TENANT_KEY_FILE
    try:
        return decode_key(path.read_text(), what=str(path))
    except FileNotFoundError:
        if not create:
            raise GuardError(f"{path}: tenant key not found (set {TENANT_KEY_ENV})") from None
    key = secrets.token_bytes(32)
    try:
        write_private(path, key.hex().encode() + b"\n", exclusive=True)
    except FileExistsError:
        return decode_key(path.read_text(), what=str(path))  # another process was first
    except OSError as exc:
        raise GuardError(f"{path}: cannot create tenant key ({exc.strerror})") from None
    return key
