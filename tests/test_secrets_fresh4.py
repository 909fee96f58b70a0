"""Secrets in the shapes of the dev set's fourth fresh group: wallet secrets checked by their
checksums (BIP-39 phrases, WIF and xprv keys), tokens wrapped over lines or named in prose,
prompt answers, HAR / Postman / Terraform / notebook JSON, keytabs, indented PuTTY files; each
with the near-misses that must not match (public keys and addresses, mistyped or published
phrases, ids, hashes, placeholders). Values are ours, drawn from a seeded generator."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import struct

import pytest

from sovereign_guard.detect.secret_bip39 import INDEX, WORDS
from tests.secret_support import covered, findings

_RNG = random.Random(20261201)
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "_-"
HEX = "0123456789abcdef"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def rand(n: int, alphabet: str = ALNUM) -> str:
    return "".join(_RNG.choices(alphabet, k=n))


def rand_bytes(n: int) -> bytes:
    return bytes(_RNG.getrandbits(8) for _ in range(n))


def b58check(payload: bytes) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, out = int.from_bytes(raw, "big"), ""
    while n:
        n, d = divmod(n, 58)
        out = B58[d] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def checksum_ok(words: list[str]) -> bool:
    n, value = len(words), 0
    for w in words:
        value = (value << 11) | INDEX[w]
    cs = n // 3
    entropy = (value >> cs).to_bytes((n * 11 - cs) // 8, "big")
    return value & ((1 << cs) - 1) == hashlib.sha256(entropy).digest()[0] >> (8 - cs)


def mnemonic(words: int = 12, valid: bool = True) -> str:
    while True:
        phrase = _RNG.sample(WORDS, words)  # distinct words, as a drawn phrase nearly always is
        if checksum_ok(phrase) == valid:
            return " ".join(phrase)


def wif(compressed: bool = True, version: int = 0x80) -> str:
    return b58check(bytes([version]) + rand_bytes(32) + (b"\x01" if compressed else b""))


def bip32(version: str, key_prefix: bytes) -> str:
    return b58check(bytes.fromhex(version) + b"\x02" + rand_bytes(4) + struct.pack(">I", 0)
                    + rand_bytes(32) + key_prefix + rand_bytes(32))


def jwt() -> str:
    def enc(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    head = enc(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
    body = enc(json.dumps({"sub": "svc-42", "iat": 1767000000}).encode())
    return f"{head}.{body}.{enc(rand_bytes(256))}"


def wrap(value: str, width: int) -> str:
    return "\n".join(value[i:i + width] for i in range(0, len(value), width))


PHRASE_12 = mnemonic(12)
PHRASE_24 = mnemonic(24)
MISTYPED = mnemonic(12, valid=False)
WRAPPED_JWT = wrap(jwt(), 64)
WRAPPED_B64 = wrap(base64.b64encode(rand_bytes(64)).decode(), 60)
KEYTAB = base64.b64encode(b"\x05\x02" + struct.pack(">i", 60) + rand_bytes(60)).decode()
PPK_PRIVATE = [base64.b64encode(rand_bytes(48)).decode() for _ in range(4)]
PPK = "\n".join("    " + line for line in [
    "PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Comment: ci",
    "Public-Lines: 1", base64.b64encode(rand_bytes(48)).decode(),
    f"Private-Lines: {len(PPK_PRIVATE)}", *PPK_PRIVATE, f"Private-MAC: {rand(64, HEX)}"])

# (what, text with {v}, the secret)
SECRETS = [
    ("12-word phrase, bare", "{v}", PHRASE_12),
    ("12-word phrase in a sentence", "restore from {v} please", PHRASE_12),
    ("24-word phrase over lines", "Seed:\n{v}", PHRASE_24.replace(" ", "\n", 3)),
    ("numbered phrase", "1. {v}",
     "\n".join(f"{i}. {w}" for i, w in enumerate(PHRASE_12.split(), 1))[3:]),
    ("comma-separated phrase", "backup: {v}", ", ".join(PHRASE_12.split())),
    ("mistyped phrase named one", "my recovery phrase is {v}, why is it rejected?", MISTYPED),
    ("mistyped phrase, Chinese cue", "我的助记词是 {v}，帮我看看", MISTYPED),
    ("WIF, compressed", "importprivkey {v} \"\" false", wif()),
    ("WIF, uncompressed", "{v}", wif(compressed=False)),
    ("WIF, testnet", "key {v}", wif(version=0xEF)),
    ("xprv", "root: {v}", bip32("0488ade4", b"\x00")),
    ("wrapped JWT", "kubectl ... | base64 -d\n{v}", WRAPPED_JWT),
    ("wrapped key after its name", "AccountKey (the portal wrapped it):\n{v}", WRAPPED_B64),
    ("client secret in prose", "the client secret {v}.", rand(40, URLSAFE)),
    ("shared secret, value later in the sentence",
     "For the SAML SP we share a secret with Keycloak; it reads {v} and expires yearly.",
     rand(64, URLSAFE)),
    ("prompt answered", "Password for svc_http@CORP.LOCAL: {v}", "maple@3682harbor"),
    ("kinit reads stdin", "echo '{v}' | kinit svc_etl@CORP.LOCAL", "winter81604"),
    ("HAR cookie", '{{"name": "sessionid", "value": "{v}", "httpOnly": true}}', rand(32)),
    ("Postman variable", '{{"key": "api_key", "value": "{v}", "enabled": true}}', rand(32)),
    ("escaped quotes (notebook source)", '"source": ["    password=\\"{v}\\",\\n"]',
     "Velvet#2625tiger"),
    ("Terraform random_password",
     '{{"type": "random_password", "instances": [{{"attributes": {{"result": "{v}"}}}}]}}',
     "q4G05;nLIP#ugx"),
    ("Terraform output", '"admin_password": {{"value": "{v}", "sensitive": true}}',
     "okOYm#euXo;D8W"),
    ("keytab in base64", "the keytab: {v}", KEYTAB),
    ("indented PuTTY file, private lines", "my .ppk:\n\n    {v}", PPK.lstrip()),
    ("Datadog API key", "DATADOG_API_KEY={v}", rand(32, HEX)),
    ("Codecov token", "CODECOV_TOKEN={v}", "69527308-62df-4014-9479-447772cc52ee"),
    ("Ethereum key after 私钥", "钱包私钥是 {v}", "0x" + rand(64, HEX)),
    ("half a password", "the db password starts with {v}", "VTfoX!"),
    ("pwd in prose", "SMTP creds: user reports@acme.io / pwd {v}", "Zx9#qLm2vR"),
    ("quoted passphrase after 'is'", "the passphrase for the key file is '{v}'",
     "copper violin meadow orchid"),
    ("hex token after a colon", "Use this token when calling the API: {v}", rand(32, HEX)),
    ("hex key after 密钥如下", "密钥如下 {v}", rand(32, HEX)),
]


@pytest.mark.parametrize(("what", "template", "value"), SECRETS, ids=[s[0] for s in SECRETS])
def test_secret_is_covered(what, template, value):
    text = template.format(v=value)
    assert covered(text, value), findings(text)


def test_the_indented_ppk_is_covered_from_header_to_mac():
    text = f"my .ppk:\n\n{PPK}"
    for line in PPK.split("\n"):
        assert covered(text, line.strip()), line


def test_a_wrapped_jwt_does_not_take_the_next_line_of_prose():
    text = f"token:\n{WRAPPED_JWT}\nThanks a lot"
    assert any(WRAPPED_JWT.split("\n")[0] in v for _, v in findings(text))
    assert not any("Thanks" in v for _, v in findings(text))


NEAR_MISSES = [
    ("12 list words, checksum wrong, no cue", MISTYPED),
    ("BIP-39's published test vector", " ".join(["abandon"] * 11 + ["about"])),
    ("Bitcoin address", "send it to " + b58check(bytes([0]) + rand_bytes(20))),
    ("P2SH address", "multisig " + b58check(bytes([5]) + rand_bytes(20))),
    ("xpub", "watch-only: " + bip32("0488b21e", bytes([2]))),
    ("WIF with a broken checksum",
     "importprivkey " + (lambda w: w[:-1] + ("2" if w[-1] != "2" else "3"))(wif())),
    ("Ethereum address", f"contract at 0x{rand(40, HEX)}"),
    ("transaction hash", f"tx {rand(64, HEX)} has 6 confirmations"),
    ("grep for a token, then empty variables",
     "$ printenv | grep -i token\nGITHUB_TOKEN=\nNPM_TOKEN=${NPM_TOKEN}"),
    ("public key after its name", f"the public key is {rand(44)}"),
    ("key id after its name", f"key id {rand(24)} (rotate the key yearly)"),
    ("csrf token field", f'<input type="hidden" name="csrf_token" value="{rand(43, URLSAFE)}">'),
    ("password hash", f'password_hash = "$2b$12${rand(53, ALNUM + "./")}"'),
    ("prompt not answered", "Password for admin@EXAMPLE.ORG:\nktutil:  wkt /etc/http.keytab"),
    ("klist output", "$ klist -k /etc/krb5.keytab\nKVNO Principal\n   3 HTTP/web01.corp.local@CORP.LOCAL"),
    ("SSH public key after 'key'", f"add this key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rand(43)} me@x"),
    ("commit SHA after 'token'", f"the token refresh was fixed in {rand(40, HEX)}"),
    ("UUID after 'secret name'", "secret name: prod/db (version 3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f)"),
    ("identifier after 'secret'", "the secret lives in getUserAccountSettingsFromCache now"),
    ("Terraform's redacted value", '"password": "(sensitive value)", "sensitive": true'),
    ("Postman variable reference", '{"key": "client_secret", "value": "{{client_secret}}"}'),
    ("published test vector named a mnemonic",
     'mnemonic="legal winner thank year wave sausage worth useful legal winner thank yellow"'),
    ("digest of a token", f"sha256(token) = {rand(64, HEX)} is what we store"),
    ("hex after 'token', no operator", f"the token cache was rebuilt in {rand(32, HEX)}"),
    ("image data after 'key'", "the key image: data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA"
                               + base64.b64encode(rand_bytes(60)).decode()),
    ("packing list of list words", "Packing list: rocket tent lamp water bread coffee sugar "
                                   "salt blanket knife tomato cheese"),
]


@pytest.mark.parametrize(("what", "text"), NEAR_MISSES, ids=[n[0] for n in NEAR_MISSES])
def test_near_miss_is_not_a_secret(what, text):
    assert findings(text) == []


def test_the_packing_list_is_a_real_near_miss():
    # Its words are all in the list; only the checksum (and no cue) keeps it out.
    words = ["rocket", "tent", "lamp", "water", "bread", "coffee", "sugar", "salt", "blanket",
             "knife", "tomato", "cheese"]
    assert all(w in INDEX for w in words) and not checksum_ok(words)


def test_the_mistyped_phrase_fails_its_checksum():
    assert not checksum_ok(MISTYPED.split()) and checksum_ok(PHRASE_12.split())
