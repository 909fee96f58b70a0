"""Detached Ed25519 signatures over model cards.

Signed message: `SIGNING_CONTEXT + canonical card bytes` (see cards.py). The fixed prefix is
domain separation: a signature made for a card can never be replayed as, say, an audit
checkpoint signature by the same key, and vice versa.

`<card>.yaml.sig` holds one line of ASCII:

    <base64 signature (64 bytes)> <base64 signer public key (32 bytes)>

The second field is a hint naming the signer so that "signed by a key we do not trust" and
"bytes changed after signing" are told apart; trust comes only from the policy's
`vendors.trusted_keys`, never from the file. A file with the signature alone is accepted too
(then every trusted key is tried).

Keys: `sovereign-guard vendors keygen` writes the private key as unencrypted PKCS#8 PEM
(mode 0600; `vendors sign` accepts nothing else, so a public key is never taken for a seed)
and prints the raw public key in base64, the form `vendors.trusted_keys` takes (an entry may
also be a path to a file holding that base64 text or a PEM public key).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from ..errors import PolicyError, VendorError
from ..home import write_private

SIGNING_CONTEXT = b"sovereign-guard/model-card/v1\n"
SIG_SUFFIX = ".sig"


def sig_path(card_path: Path) -> Path:
    return card_path.with_name(card_path.name + SIG_SUFFIX)


def _b64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def public_key_b64(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


# -- keys ----------------------------------------------------------------------------------


def generate_keypair(prefix: Path, *, force: bool = False) -> tuple[Path, Path, str]:
    """Write `<prefix>.key` (PKCS#8 PEM, 0600) and `<prefix>.pub` (base64 raw public key)."""
    key_path = prefix.with_name(prefix.name + ".key")
    pub_path = prefix.with_name(prefix.name + ".pub")
    for path in (key_path, pub_path):
        if path.exists() and not force:
            raise VendorError(f"{path}: already exists (use --force to replace it)")
    if not prefix.parent.is_dir():
        raise VendorError(f"{prefix.parent}: directory does not exist")
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    write_private(key_path, pem)
    public = public_key_b64(private.public_key())
    pub_path.write_text(public + "\n", encoding="ascii")
    return key_path, pub_path, public


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """An unencrypted PKCS#8 PEM Ed25519 private key (what `vendors keygen` writes).

    Only a form that says it is private is accepted: a bare base64 32-byte string could be a
    public key just as well (`card.pub`), and taking it as a seed would let anyone "sign" with
    a public key."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise VendorError(f"{path}: cannot read signing key ({exc.strerror})") from None
    text = raw.lstrip()
    if text.startswith(b"-----BEGIN PUBLIC KEY") or _looks_like_raw_key(raw):
        raise VendorError(f"{path}: this is a public key (or a bare base64 key); sign with the "
                          "private .key file that `vendors keygen` wrote")
    if not text.startswith(b"-----BEGIN PRIVATE KEY"):
        raise VendorError(f"{path}: not an Ed25519 private key (expected PKCS#8 PEM, "
                          "'-----BEGIN PRIVATE KEY-----')")
    try:
        key = serialization.load_pem_private_key(raw, password=None)
    except (ValueError, TypeError):
        raise VendorError(f"{path}: not an unencrypted Ed25519 private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise VendorError(f"{path}: not an Ed25519 private key")
    return key


def _looks_like_raw_key(raw: bytes) -> bool:
    try:
        return len(_b64(raw.decode("ascii").strip())) == 32
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False


def key_fingerprint(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw public key, hex: what an operator compares out of band."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def _public_from_text(text: str, where: str) -> Ed25519PublicKey:
    text = text.strip()
    try:
        if text.startswith("-----BEGIN"):
            key = serialization.load_pem_public_key(text.encode("ascii"))
            if not isinstance(key, Ed25519PublicKey):
                raise ValueError
            return key
        return Ed25519PublicKey.from_public_bytes(_b64(text))
    except (ValueError, TypeError, UnicodeEncodeError, binascii.Error):
        raise PolicyError(f"{where}: not a base64 raw Ed25519 public key (32 bytes) "
                          "or a PEM public key") from None


def load_trusted_keys(entries: list[str], base_dir: Path | None = None
                      ) -> dict[str, Ed25519PublicKey]:
    """`vendors.trusted_keys` -> {base64 raw public key: key}. An entry is the base64 key
    itself or a path to a file holding it (relative paths: against the policy's directory)."""
    keys: dict[str, Ed25519PublicKey] = {}
    for i, entry in enumerate(entries):
        where = f"policy field 'vendors.trusted_keys.{i}'"
        try:
            looks_inline = len(_b64(entry.strip())) == 32
        except (binascii.Error, ValueError, UnicodeEncodeError):
            looks_inline = False
        if looks_inline:
            key = _public_from_text(entry, where)
        else:
            path = Path(entry).expanduser()
            if not path.is_absolute() and base_dir is not None:
                path = base_dir / path
            try:
                text = path.read_text(encoding="ascii")
            except (OSError, UnicodeDecodeError):
                raise PolicyError(f"{where}: neither a base64 Ed25519 public key nor a "
                                  f"readable key file ({path})") from None
            key = _public_from_text(text, f"{where} ({path})")
        keys[public_key_b64(key)] = key
    return keys


# -- sign / verify -------------------------------------------------------------------------


def sign_bytes(canonical: bytes, key: Ed25519PrivateKey) -> str:
    """The `.sig` file content for these canonical card bytes."""
    signature = key.sign(SIGNING_CONTEXT + canonical)
    return (f"{base64.b64encode(signature).decode('ascii')} "
            f"{public_key_b64(key.public_key())}\n")


@dataclass(frozen=True)
class Verification:
    status: str  # valid | missing | untrusted_signer | signature_invalid
    signer: str | None = None


def verify_signature(canonical: bytes, sig_text: str | None,
                     trusted: dict[str, Ed25519PublicKey]) -> Verification:
    if sig_text is None:
        return Verification("missing")
    fields = sig_text.split()
    try:
        if len(fields) not in (1, 2):
            raise ValueError
        signature = _b64(fields[0])
        hint = Ed25519PublicKey.from_public_bytes(_b64(fields[1])) if len(fields) == 2 else None
        if len(signature) != 64:
            raise ValueError
    except (ValueError, binascii.Error, UnicodeEncodeError):
        return Verification("signature_invalid")  # malformed: fail closed like a bad signature
    message = SIGNING_CONTEXT + canonical
    if hint is not None:
        name = public_key_b64(hint)
        if not _verifies(hint, signature, message):
            return Verification("signature_invalid")
        return Verification("valid", name) if name in trusted else Verification("untrusted_signer")
    for name, key in trusted.items():
        if _verifies(key, signature, message):
            return Verification("valid", name)
    # Without a signer hint and no trusted key to try, nobody vouches for the card.
    return Verification("signature_invalid" if trusted else "untrusted_signer")


def _verifies(key: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True
