"""Who may call the sidecar: the client keys file (the design's "Who is calling").

Each client has a name (the audit event's caller), the SHA-256 of its key and, optionally,
the policy it gets. The key itself is printed once by `sovereign-guard clients add` and kept
nowhere: a 256-bit random token needs no slow hash, and a stolen file gives no key.

The file is YAML, read through a pydantic model (its boundary) into frozen dataclasses:
```yaml
version: 1
clients:
- name: billing-app
  key_sha256: 3f1c...   # 64 hex digits
  policy: strict        # optional: a shipped policy name or an absolute YAML path
  created: '2026-12-01T10:30:00Z'
```
Which file: `SOVEREIGN_GUARD_CLIENT_KEYS`, else the policy's `clients.keys_file`, else
`$SOVEREIGN_GUARD_HOME/clients.yaml` when it exists. A file named explicitly must exist; the
home file is optional, and without any file the sidecar accepts every caller.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import logging
import os
import re
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import GuardError
from .files import validation_message
from .home import home, write_private

if TYPE_CHECKING:  # pragma: no cover
    from .policy import Policy

KEYS_ENV = "SOVEREIGN_GUARD_CLIENT_KEYS"
KEYS_FILE = "clients.yaml"
KEY_PREFIX = "sgk_"  # recognisable in a leaked config or a pasted prompt, like `sk-ant-`
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_HEX64 = r"^[0-9a-f]{64}$"
log = logging.getLogger("sovereign_guard.clients")


class ClientKeysError(GuardError):
    """The client keys file is missing, unreadable, malformed or open to others."""

    code = "client_keys_invalid"


# -- the file boundary (pydantic) -----------------------------------------------------------


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=_NAME.pattern.join("^$"))
    key_sha256: str = Field(pattern=_HEX64)
    policy: str | None = Field(default=None, min_length=1)
    created: datetime


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: Literal[1] = 1
    clients: list[_Entry] = []


# -- inside (dataclasses) -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Client:
    name: str
    digest: bytes  # SHA-256 of the key
    policy: str | None
    created: datetime

    @property
    def fingerprint(self) -> str:
        """Short and safe to show: a prefix of the hash of a 256-bit random key."""
        return "sha256:" + self.digest.hex()[:12]


@dataclass(frozen=True, slots=True)
class ClientKeys:
    path: Path
    clients: tuple[Client, ...] = ()

    def match(self, key: str) -> Client | None:
        """The client holding `key`. Every stored hash is compared, in constant time, so
        neither the answer's timing nor its position in the file says how close a guess was."""
        digest = hash_key(key)
        found = None
        for client in self.clients:
            if hmac.compare_digest(client.digest, digest):
                found = client
        return found

    def get(self, name: str) -> Client | None:
        return next((c for c in self.clients if c.name == name), None)

    @property
    def policies(self) -> set[str]:
        return {c.policy for c in self.clients if c.policy}

    def add(self, name: str, policy: str | None = None,
            now: datetime | None = None) -> tuple[ClientKeys, str]:
        """A copy with a new client, and its key (to show once)."""
        check_name(name)
        if self.get(name) is not None:
            raise ClientKeysError(f"{self.path}: a client named '{name}' already exists "
                                  f"(revoke it first to issue a new key)")
        key = new_key()
        created = (now or datetime.now(UTC)).replace(microsecond=0)
        client = Client(name, hash_key(key), policy, created)
        return replace(self, clients=(*self.clients, client)), key

    def revoke(self, name: str) -> ClientKeys:
        if self.get(name) is None:
            raise ClientKeysError(f"{self.path}: no client named '{_printable(name)}' "
                                  "(see `sovereign-guard clients list`)")
        return replace(self, clients=tuple(c for c in self.clients if c.name != name))


def new_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)  # 256 bits


def hash_key(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()


def check_name(name: str) -> None:
    if not _NAME.fullmatch(name):
        raise ClientKeysError(f"client name '{_printable(name)}' is not valid: use 1-64 "
                              "letters, digits, '.', '_' or '-', starting with a letter or digit")


def _printable(text: str) -> str:
    return "".join(c for c in text[:64] if c.isprintable())


def load_client_policy(ref: str, *, client: str | None = None) -> Policy:
    """The policy a client is bound to; an unknown name is one line naming the client."""
    from .errors import PolicyError
    from .policy import load_policy, resolve_policy_path
    from .settings import policy_dir

    try:
        return load_policy(ref)
    except PolicyError as exc:
        who = f"client '{client}': " if client else ""
        if resolve_policy_path(ref) != Path(ref):  # a name, not a path
            shipped = ", ".join(sorted(p.stem for p in policy_dir().glob("*.yaml")))
            raise ClientKeysError(f"{who}unknown policy '{_printable(ref)}' (shipped: "
                                  f"{shipped}; or give a YAML path)") from None
        raise ClientKeysError(f"{who}{exc}") from None


# -- which file --------------------------------------------------------------------------------


def keys_path(policy: Policy | None = None) -> tuple[Path, bool]:
    """The client keys file and whether it was named explicitly (env or policy): an explicit
    file must exist, the home one is used whenever it exists."""
    if env := os.environ.get(KEYS_ENV):
        return Path(env), True
    if policy is not None and policy.clients.keys_file:
        path = Path(policy.clients.keys_file).expanduser()
        if not path.is_absolute() and Path(policy.source).is_file():
            path = Path(policy.source).parent / path  # beside the policy, wherever the cwd
        return path, True
    return home() / KEYS_FILE, False


def find_keys(policy: Policy | None = None) -> ClientKeys | None:
    """The clients the sidecar accepts, or None when it accepts any caller."""
    path, explicit = keys_path(policy)
    if not explicit and not path.exists():
        return None
    return load_keys(path)


# -- reading and writing ----------------------------------------------------------------------


def load_keys(path: Path) -> ClientKeys:
    return _load(path)[0]


def _load(path: Path) -> tuple[ClientKeys, tuple]:
    """The file's clients and the stamp of what was read (see `ClientStore`)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        raise ClientKeysError(f"{path}: client keys file not found (create it with "
                              "`sovereign-guard clients add NAME`)") from None
    except OSError as exc:
        raise ClientKeysError(f"{path}: cannot read the client keys file "
                              f"({exc.strerror})") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        check_mode(path, info.st_mode)  # on what was opened, not on a name that may move
        raw = fh.read()
    return parse_keys(raw, path), _stamp(info)


def check_mode(path: Path, mode: int) -> None:
    """Refused, as the audit keyset is: a file others may write lets them add a client (or
    undo a revocation), and one they may read lists who calls with which policy."""
    bits = stat.S_IMODE(mode)
    if bits & 0o077:
        raise ClientKeysError(f"{path}: client keys file is accessible by group/others (mode "
                              f"{bits:04o}); run `chmod 600 {path}` and check its clients")


def parse_keys(raw: bytes, path: Path) -> ClientKeys:
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ClientKeysError(f"{path}: client keys file is not UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ClientKeysError(f"{path}: client keys file: YAML syntax error{where}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ClientKeysError(f"{path}: client keys file must be a mapping with 'clients'")
    try:
        doc = _File.model_validate(data)
    except ValidationError as exc:
        raise ClientKeysError(f"{path}: client keys file: {validation_message(exc)}") from None
    clients, names, digests = [], set(), set()
    for entry in doc.clients:
        if entry.name in names:
            raise ClientKeysError(f"{path}: client '{entry.name}' is listed twice")
        if entry.key_sha256 in digests:
            raise ClientKeysError(f"{path}: client '{entry.name}' has another client's key")
        names.add(entry.name)
        digests.add(entry.key_sha256)
        created = entry.created if entry.created.tzinfo else entry.created.replace(tzinfo=UTC)
        clients.append(Client(entry.name, bytes.fromhex(entry.key_sha256), entry.policy,
                              created))
    return ClientKeys(path, tuple(clients))


def dump_keys(keys: ClientKeys) -> bytes:
    doc = {"version": 1, "clients": [
        {"name": c.name, "key_sha256": c.digest.hex(),
         **({"policy": c.policy} if c.policy else {}),
         "created": c.created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
        for c in keys.clients
    ]}
    head = ("# sovereign-guard client keys: the SHA-256 of each key, never the key.\n"
            "# Managed with `sovereign-guard clients add|list|revoke`; keep it mode 0600.\n")
    return (head + yaml.safe_dump(doc, sort_keys=False)).encode()


def save_keys(keys: ClientKeys) -> None:
    """Atomically, mode 0600 (a reader sees the old file or the new one, never half)."""
    try:
        write_private(keys.path, dump_keys(keys))
    except OSError as exc:
        raise ClientKeysError(f"{keys.path}: cannot write the client keys file "
                              f"({exc.strerror})") from None


@contextmanager
def editing(path: Path, *, create: bool) -> Iterator[list[ClientKeys]]:
    """Read-modify-write under an exclusive lock, so a revoke and an add run at the same time
    cannot undo each other. Yields a one-item list: replace its item to save a change."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock_fd = os.open(path.with_name(f".{path.name}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise ClientKeysError(f"{path}: cannot lock the client keys file "
                              f"({exc.strerror})") from None
    try:
        fcntl.flock(lock_fd, fcntl.LOCK_EX)
        before = ClientKeys(path) if create and not path.exists() else load_keys(path)
        box = [before]
        yield box
        if box[0] is not before:
            save_keys(box[0])
    finally:
        os.close(lock_fd)


# -- while serving ----------------------------------------------------------------------------


def _stamp(info: os.stat_result) -> tuple:
    return (info.st_ino, info.st_size, info.st_mtime_ns, info.st_mode)


class ClientStore:
    """The keys file as the sidecar sees it, re-read whenever it changes on disk (one `stat`
    per request: a revocation takes effect on the next request, in every worker).

    A file that becomes unreadable, malformed, open to others or is deleted while serving
    fails closed: `current()` raises until it is fixed; the door never opens by itself."""

    def __init__(self, path: Path):
        self.path = path
        self._keys, self._stamp = _load(path)
        self.problem: str | None = None

    @classmethod
    def from_policy(cls, policy: Policy | None = None) -> ClientStore | None:
        path, explicit = keys_path(policy)
        if not explicit and not path.exists():
            return None
        return cls(path)

    def current(self) -> ClientKeys:
        try:
            stamp = _stamp(os.stat(self.path))
        except OSError:
            stamp = None
        if stamp != self._stamp:
            self._stamp = stamp
            try:
                self._keys, self._stamp = _load(self.path)
                self.problem = None
                log.info("clients_reloaded", extra={"fields": {
                    "path": str(self.path), "clients": len(self._keys.clients)}})
            except ClientKeysError as exc:
                self.problem = str(exc)  # names the file and the problem, never a key
                log.error("clients_unavailable", extra={"fields": {"error": self.problem}})
        if self.problem is not None:
            raise ClientKeysError(self.problem)
        return self._keys

    def current_problem(self) -> str | None:
        """Why the file cannot be used right now (None when it can), for readiness."""
        try:
            self.current()
        except ClientKeysError as exc:
            return str(exc)
        return None


__all__ = [
    "KEYS_ENV", "KEYS_FILE", "KEY_PREFIX", "Client", "ClientKeys", "ClientKeysError",
    "ClientStore", "editing", "find_keys", "hash_key", "keys_path", "load_client_policy",
    "load_keys", "new_key", "parse_keys", "save_keys",
]
