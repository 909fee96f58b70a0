"""Where sovereign-guard keeps its state: `$SOVEREIGN_GUARD_HOME` (default `~/.sovereign-guard/`).

Secret files are created with mode 0600 inside a 0700 directory, atomically, so a reader
never sees a half-written key.
"""

from __future__ import annotations

import base64
import os
import secrets
from pathlib import Path

from .errors import GuardError

TENANT_KEY_ENV = "SOVEREIGN_GUARD_TENANT_KEY"
TENANT_KEY_FILE = "tenant.key"


def home() -> Path:
    return Path(os.environ.get("SOVEREIGN_GUARD_HOME") or Path.home() / ".sovereign-guard")


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


def decode_key(text: str, *, what: str) -> bytes:
    """A 32-byte key given as hex or base64 (urlsafe or standard)."""
    text = text.strip()
    try:
        if len(text) == 64:
            key = bytes.fromhex(text)
        else:
            key = base64.b64decode(text + "==", altchars=b"-_")
    except ValueError:
        raise GuardError(f"{what}: not valid hex or base64") from None
    if len(key) < 32:
        raise GuardError(f"{what}: key must be at least 32 bytes, got {len(key)}")
    return key


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
