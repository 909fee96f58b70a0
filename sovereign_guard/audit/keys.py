"""Audit keys: a keyset of (AES-256-GCM, Ed25519) key pairs, each with an id and an activation time.

File (`$SOVEREIGN_GUARD_HOME/audit-keys.json`, mode 0600), JSON:

    {"format": "sovereign-guard-audit-keyset/1", "primary": "3fa2c1d0",
     "keys": [{"kid": "3fa2c1d0", "activated": "2025-01-01T00:00:00.000000Z",
               "aead": "<base64 32 bytes>", "sign": "<base64 Ed25519 seed>",
               "public": "<base64 Ed25519 public key>"}]}

The primary key encrypts new records (with a per-log key derived from its `aead` secret,
`log_key`) and signs new checkpoints; every key keeps decrypting and
verifying, so rotation never strands old records. `activated` is the start of a key's epoch:
the verifier rejects a record or checkpoint that a key claims for a time before it existed
(a re-seal of old history with a newer key, systemd CVE-2023-31439).

A public-keys file has the same shape with format `sovereign-guard-audit-public-keys/1` and
no `aead`/`sign`: enough to verify signatures and chains on another machine, never to decrypt.

`SOVEREIGN_GUARD_AUDIT_KEY` (overrides the default file, not an explicit `--keys FILE`):
the keyset JSON itself, or its base64 (standard or URL-safe), e.g.
`export SOVEREIGN_GUARD_AUDIT_KEY=$(base64 -w0 audit-keys.json)`; or a single 32-byte master
key (exactly 64 hex or 43/44 base64 characters, see `home.decode_key`), from which one key
(epoch starting 1970) is derived with HKDF. A single master key cannot be rotated; use the
keyset form when rotation matters.

`Keyset.to_json()` writes the public keys only; the secrets are written only when a caller
asks with `to_json(include_secrets=True)` (the keyset file, the env value).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

import orjson
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import AuditError, GuardError
from ..home import decode_key, home, strict_b64, write_private

KEY_ENV = "SOVEREIGN_GUARD_AUDIT_KEY"
KEYSET_FILE = "audit-keys.json"
KEYSET_FORMAT = "sovereign-guard-audit-keyset/1"
PUBLIC_FORMAT = "sovereign-guard-audit-public-keys/1"
EPOCH_ZERO = datetime(1970, 1, 1, tzinfo=UTC)


def default_keyset_path() -> Path:
    return home() / KEYSET_FILE


def utc_iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class AuditKey:
    kid: str
    activated: datetime
    public: bytes
    aead: bytes | None = field(default=None, repr=False)
    sign: bytes | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        """The key name in checkpoint signature lines (C2SP signed note)."""
        return f"sovereign-guard-audit-{self.kid}"

    @cached_property
    def note_hash(self) -> bytes:
        # C2SP signed-note key hash for Ed25519: SHA-256(name || "\n" || 0x01 || public)[:4].
        return hashlib.sha256(self.name.encode() + b"\n\x01" + self.public).digest()[:4]

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.public).hexdigest()[:16]

    @cached_property
    def cipher(self) -> AESGCM:
        """The key itself: envelope v1, shared by every log (kept to read old logs)."""
        if self.aead is None:
            raise AuditError(f"audit key {self.kid}: public key only, cannot decrypt")
        return AESGCM(self.aead)

    def log_cipher(self, log_id: str) -> AESGCM:
        """The key of one log (envelope v2), derived from this key's secret with HKDF over the
        log id: every writer has its own log, so the 2^32 random-nonce budget of AES-GCM
        (NIST SP 800-38D) is counted per log instead of across every worker and replica."""
        cipher = self._log_ciphers.get(log_id)
        if cipher is None:
            if self.aead is None:
                raise AuditError(f"audit key {self.kid}: public key only, cannot decrypt")
            cipher = self._log_ciphers[log_id] = AESGCM(log_key(self.aead, log_id))
        return cipher

    @cached_property
    def _log_ciphers(self) -> dict[str, AESGCM]:
        return {}

    @cached_property
    def signer(self) -> Ed25519PrivateKey:
        if self.sign is None:
            raise AuditError(f"audit key {self.kid}: public key only, cannot sign")
        return Ed25519PrivateKey.from_private_bytes(self.sign)

    @cached_property
    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public)


@dataclass(frozen=True)
class Keyset:
    keys: tuple[AuditKey, ...]  # oldest activation first
    primary_id: str | None
    source: str = "keyset"

    @property
    def has_secrets(self) -> bool:
        return all(k.aead is not None and k.sign is not None for k in self.keys)

    @property
    def primary(self) -> AuditKey:
        key = self.get(self.primary_id or "")
        if key is None or key.aead is None or key.sign is None:
            raise AuditError(f"{self.source}: no primary secret key (public keys only?)")
        return key

    def get(self, kid: str) -> AuditKey | None:
        return self._by_kid.get(kid)

    def by_name(self, name: str) -> AuditKey | None:
        return self._by_name.get(name)

    @cached_property
    def _by_kid(self) -> dict[str, AuditKey]:
        return {k.kid: k for k in self.keys}

    @cached_property
    def _by_name(self) -> dict[str, AuditKey]:
        return {k.name: k for k in self.keys}

    def public(self) -> Keyset:
        keys = tuple(replace(k, aead=None, sign=None) for k in self.keys)
        return Keyset(keys, self.primary_id, source=self.source)

    def to_json(self, *, include_secrets: bool = False) -> bytes:
        """The keyset file. Public keys only unless the caller asks for the secrets: writing
        secret key material is always an explicit decision (keyset file, env value)."""
        if include_secrets and not self.has_secrets:
            raise AuditError(f"{self.source}: public keys only, no secrets to export")
        secret = include_secrets
        doc = {
            "format": KEYSET_FORMAT if secret else PUBLIC_FORMAT,
            "primary": self.primary_id,
            "keys": [_entry(k, secret) for k in self.keys],
        }
        return orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n"

    @classmethod
    def generate(cls, source: str = "keyset") -> Keyset:
        key = new_key(datetime.now(UTC), set())
        return cls((key,), key.kid, source=source)

    def rotated(self, now: datetime | None = None) -> Keyset:
        """A keyset with a fresh primary; the old keys stay to decrypt and verify."""
        now = now or datetime.now(UTC)
        newest = max(k.activated for k in self.keys)
        if now <= newest:  # epochs must be strictly ordered for the verifier's binding
            raise AuditError(f"{self.source}: clock is before the newest key's activation")
        key = new_key(now, {k.kid for k in self.keys})
        return Keyset((*self.keys, key), key.kid, source=self.source)


LOG_KEY_INFO = b"sovereign-guard audit log aead v2\n"


def log_key(secret: bytes, log_id: str) -> bytes:
    """HKDF-SHA256 (RFC 5869; no salt: the input is already a uniform 32-byte key) with the
    log id in `info`: one AES-256 key per log (log ids are ASCII, no newline)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=LOG_KEY_INFO + log_id.encode("utf-8")).derive(secret)


def new_key(now: datetime, taken: set[str]) -> AuditKey:
    kid = secrets.token_hex(4)
    while kid in taken:
        kid = secrets.token_hex(4)
    seed = secrets.token_bytes(32)
    return AuditKey(kid, now, _public_of(seed), aead=secrets.token_bytes(32), sign=seed)


def _public_of(seed: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _entry(key: AuditKey, secret: bool) -> dict[str, str]:
    doc = {"kid": key.kid, "activated": utc_iso(key.activated)}
    if secret:
        doc["aead"] = b64(key.aead or b"")
        doc["sign"] = b64(key.sign or b"")
    doc["public"] = b64(key.public)
    return doc


# -- the file format at the boundary --------------------------------------------------------


class _KeyEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kid: str = Field(pattern=r"^[0-9a-f]{8}$")
    activated: datetime
    aead: str | None = None
    sign: str | None = None
    public: str | None = None


class _KeysetDoc(BaseModel):
    model_config = ConfigDict(extra="forbid")
    format: str
    primary: str | None = None
    keys: list[_KeyEntry] = Field(min_length=1)


def parse_keyset(data: bytes, source: str) -> Keyset:
    """Keyset (or public-keys) JSON -> Keyset; AuditError naming `source` when it is wrong."""
    try:
        doc = _KeysetDoc.model_validate_json(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "document"
        raise AuditError(f"{source}: not an audit keyset ({where}: {err['msg']})") from None
    if doc.format not in (KEYSET_FORMAT, PUBLIC_FORMAT):
        raise AuditError(f"{source}: unknown keyset format {doc.format[:60]!r}")
    keys = []
    for e in doc.keys:
        keys.append(_key_from_entry(e, source, secret=doc.format == KEYSET_FORMAT))
    kids = [k.kid for k in keys]
    if len(set(kids)) != len(kids):
        raise AuditError(f"{source}: duplicate key id")
    if doc.format == KEYSET_FORMAT and doc.primary not in kids:
        raise AuditError(f"{source}: primary key {doc.primary!r} is not in the keyset")
    keys.sort(key=lambda k: k.activated)
    return Keyset(tuple(keys), doc.primary, source=source)


def _key_from_entry(e: _KeyEntry, source: str, *, secret: bool) -> AuditKey:
    activated = e.activated if e.activated.tzinfo else e.activated.replace(tzinfo=UTC)
    try:
        aead = unb64(e.aead) if e.aead else None
        sign = unb64(e.sign) if e.sign else None
        public = unb64(e.public) if e.public else None
    except (binascii.Error, ValueError):
        raise AuditError(f"{source}: key {e.kid}: not valid base64") from None
    if secret and (aead is None or sign is None):
        raise AuditError(f"{source}: key {e.kid}: secret keys missing")
    if (aead is not None and len(aead) != 32) or (sign is not None and len(sign) != 32):
        raise AuditError(f"{source}: key {e.kid}: secret keys must be 32 bytes")
    if sign is not None:
        derived = _public_of(sign)
        if public is not None and public != derived:
            raise AuditError(f"{source}: key {e.kid}: public key does not match its secret")
        public = derived
    if public is None or len(public) != 32:
        raise AuditError(f"{source}: key {e.kid}: public key missing or not 32 bytes")
    return AuditKey(e.kid, activated.astimezone(UTC), public, aead=aead, sign=sign)


def _from_env(value: str) -> Keyset:
    source = f"${KEY_ENV}"
    text = value.strip()
    if text.startswith("{"):
        return parse_keyset(text.encode(), source)
    if len(text) > 64:  # longer than any 32-byte key: the keyset JSON in base64
        raw = strict_b64(text)
        if raw is None or not raw.lstrip().startswith(b"{"):
            raise AuditError(f"{source}: {len(text)} characters that are not a base64 keyset "
                             "(expected a keyset JSON, its base64, or a 32-byte key)")
        return parse_keyset(raw, source)
    try:
        master = decode_key(text, what=source)
    except GuardError as exc:
        raise AuditError(f"{exc} (expected a keyset JSON, its base64, or a 32-byte key)") from None
    return _derived(master, source)


def _derived(master: bytes, source: str) -> Keyset:
    def hkdf(info: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master)

    seed = hkdf(b"sovereign-guard audit sign v1")
    kid = hkdf(b"sovereign-guard audit kid v1")[:4].hex()
    key = AuditKey(kid, EPOCH_ZERO, _public_of(seed),
                   aead=hkdf(b"sovereign-guard audit aead v1"), sign=seed)
    return Keyset((key,), kid, source=source)


# -- loading and creating --------------------------------------------------------------------


def read_keyset_file(path: Path) -> Keyset:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise AuditError(f"{path}: audit keyset not found (run `sovereign-guard keys init` "
                         f"or set {KEY_ENV})") from None
    except OSError as exc:
        raise AuditError(f"{path}: cannot read audit keyset ({exc.strerror})") from None
    return parse_keyset(data, str(path))


def _env_applies(path: Path | None) -> bool:
    # The env var stands in for the default file, never for a file named explicitly.
    return bool(os.environ.get(KEY_ENV)) and (path is None or path == default_keyset_path())


def load_keyset(path: Path | None = None) -> Keyset:
    """`path`, else `$SOVEREIGN_GUARD_AUDIT_KEY`, else the default home file."""
    if _env_applies(path):
        return _from_env(os.environ[KEY_ENV])
    return read_keyset_file(Path(path) if path else default_keyset_path())


def ensure_keyset(path: Path | None = None, audit_dir: Path | None = None
                  ) -> tuple[Keyset, Path, bool]:
    """Load the keyset, creating it (0600) when missing; returns (keyset, path, created).

    With `audit_dir`, a missing keyset is created only when that directory holds no logs yet:
    a typo in `--keys` or a lost keyset file must not start a new keyset whose records then
    land in logs written under the old one (they would fail `audit verify` from then on)."""
    target = Path(path) if path else default_keyset_path()
    if _env_applies(path):
        return _from_env(os.environ[KEY_ENV]), target, False
    if target.exists():
        return read_keyset_file(target), target, False
    if audit_dir is not None and (logs := _logs_in(audit_dir)):
        raise AuditError(f"{target}: audit keyset not found, and {audit_dir} already holds "
                         f"{len(logs)} audit log(s): pass the keyset that wrote them (--keys) "
                         "or a new --audit-dir; a keyset is created only for an empty one")
    keyset = Keyset.generate(source=str(target))
    try:
        created = create_exclusive(target, keyset.to_json(include_secrets=True))
    except OSError as exc:
        raise AuditError(f"{target}: cannot create audit keyset ({exc.strerror})") from None
    if not created:  # another process won the race: use its keyset, never two
        return read_keyset_file(target), target, False
    return keyset, target, True


def _logs_in(audit_dir: Path) -> list:
    from .store import find_logs

    if not audit_dir.is_dir():
        return []
    return [log for log in find_logs(audit_dir) if log.segments()]


def check_keyset_fits_logs(keyset: Keyset, audit_dir: Path) -> None:
    """AuditError unless `keyset` decrypts the newest record of every log under `audit_dir`.

    A writer appends to its log after a restart; under a keyset that did not write it (the
    wrong `--keys`, another `SOVEREIGN_GUARD_AUDIT_KEY`) the log would mix keys nobody holds
    together. One record per log: cheap at start-up."""
    from cryptography.exceptions import InvalidTag

    from .envelope import parse_line
    from .store import tail

    for log in _logs_in(audit_dir):
        line = None
        for _, segment in reversed(log.segments()):
            line, _, _ = tail(segment)
            if line:
                break
        if not line:
            continue
        try:
            env = parse_line(line)
        except ValueError:
            continue  # a damaged tail is crash recovery's and `audit verify`'s business
        key = keyset.get(env.kid)
        problem = None
        if key is None:
            problem = f"was written with key {env.kid}, which {keyset.source} does not hold"
        else:
            try:
                env.open(key)
            except (InvalidTag, AuditError):
                problem = f"does not decrypt with key {env.kid} of {keyset.source}"
        if problem:
            raise AuditError(f"audit log {log.path}: its newest record {problem}; start with "
                             "the keyset that wrote it (--keys) or a new --audit-dir")


def create_exclusive(path: Path, data: bytes) -> bool:
    """Write a 0600 file only if `path` does not exist yet; readers never see it half-written."""
    try:
        write_private(path, data, exclusive=True)
    except FileExistsError:
        return False
    return True


def save_keyset(path: Path, keyset: Keyset) -> None:
    try:
        write_private(path, keyset.to_json(include_secrets=True))
    except OSError as exc:
        raise AuditError(f"{path}: cannot write audit keyset ({exc.strerror})") from None


def encode_env(keyset: Keyset) -> str:
    """The `SOVEREIGN_GUARD_AUDIT_KEY` value for a keyset."""
    return b64(orjson.dumps(orjson.loads(keyset.to_json(include_secrets=True))))
