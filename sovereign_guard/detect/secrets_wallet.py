"""Wallet secrets: BIP-39 seed phrases and base58check private keys (WIF, BIP-32 `xprv`).

Whoever has a wallet's seed phrase or private key has its funds; both are checkable, so they
are found by their checksums rather than by what the text calls them:

- A BIP-39 phrase is 12, 15, 18, 21 or 24 words of the standard list whose last word's low
  bits are the first bits of the SHA-256 of the rest (1 in 16 random 12-word runs passes, 1 in
  256 for 24). A run of list words with no valid window is still a phrase when the text calls
  it one (`recovery phrase`, `mnemonic`, `助记词`): people mistype a word.
- WIF keys (`5...`, `K...`, `L...`; testnet `9...`, `c...`) and extended keys (`xprv...`,
  `tprv...`) are base58 with a double-SHA-256 check of four bytes: the version byte says
  private (addresses and `xpub` keys are public, and carry other versions).
"""

from __future__ import annotations

import hashlib
import re

import regex

from .secret_bip39 import INDEX
from .secret_rules import Rule

__all__ = ["WALLET_RULES", "seed_phrases"]

# A word, a number (`1.` `12)` numbering a list), or a run of anything else.
_TOKEN = re.compile(r"[A-Za-z]+|[0-9]+|[^\sA-Za-z0-9]+")
# Where a phrase can be: 12 or more words of 3-8 letters in a row, with only separators and
# list numbers between them. Prose has none (its `a`, `of`, `to`, `is` and long words break
# every run), so the word-by-word check (`_TOKEN`) runs on these spans alone.
_SEP = r"(?:[\s,;:.)(|/-]{1,4}(?:[0-9]{1,2}[\s,;:.)(|/-]{1,4})?)"
_CANDIDATE = re.compile(
    rf"\b(?:[A-Za-z]{{3,8}}+{_SEP}){{11,}}[A-Za-z]{{3,8}}\b")
_SEPARATORS = frozenset(".,;:)(-|/")
_LENGTHS = (24, 21, 18, 15, 12)
_CUE = re.compile(
    r"(?i)seed|mnemonic|recovery|backup|wallet|secret|phrase|words|metamask|ledger|trezor|"
    r"electrum|助记词|助記詞|種子|种子|钱包|錢包|恢复词|恢復詞"
)


def _checksum_ok(idx: list[int]) -> bool:
    n = len(idx)
    cs = n // 3  # checksum bits: one per 32 bits of entropy
    value = 0
    for i in idx:
        value = (value << 11) | i
    entropy = (value >> cs).to_bytes((n * 11 - cs) // 8, "big")
    return (value & ((1 << cs) - 1)) == hashlib.sha256(entropy).digest()[0] >> (8 - cs)


def _drawn(idx: list[int]) -> bool:
    # Published test vectors repeat words (`abandon` x11 + `about`, `legal winner thank ...`);
    # 12 random words repeat one with probability 3%, two almost never.
    return len(set(idx)) >= int(len(idx) * 0.9)


def seed_phrases(text: str) -> list[tuple[int, int]]:
    """Spans of BIP-39 phrases: the longest checksum-valid window of each run of list words
    (numbering and commas between them allowed), else a whole run of 12-24 words the text
    names as a seed phrase within the 80 characters before it."""
    spans: list[tuple[int, int]] = []
    for candidate in _CANDIDATE.finditer(text):
        spans.extend(_phrases_in(text, *candidate.span()))
    return spans


def _phrases_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, int]] = []

    def close() -> None:
        if len(run) >= 12:
            spans.extend(_judge(text, run))
        run.clear()

    for m in _TOKEN.finditer(text, start, end):
        tok = m.group()
        if tok[0].isalpha():
            i = INDEX.get(tok.lower()) if len(tok) <= 8 else None
            if i is None:
                close()
            else:
                run.append((m.start(), m.end(), i))
        elif tok.isdigit():
            if len(tok) > 2:
                close()
        elif len(tok) > 2 or not _SEPARATORS.issuperset(tok):
            close()
    close()
    return spans


def _judge(text: str, run: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    idx = [i for _, _, i in run]
    for n in _LENGTHS:
        for s in range(len(run) - n + 1):
            window = idx[s:s + n]
            if _drawn(window) and _checksum_ok(window):
                return [(run[s][0], run[s + n - 1][1])]
    if (len(run) <= 25 and _drawn(idx)
            and _CUE.search(text, max(0, run[0][0] - 80), run[0][0])):
        return [(run[0][0], run[-1][1])]
    return []


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}


def _b58check(value: str) -> bytes | None:
    """The payload of a base58check string, or None when its checksum fails."""
    n = 0
    for c in value:
        n = n * 58 + _B58_INDEX[c]
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    raw = b"\0" * (len(value) - len(value.lstrip("1"))) + raw
    payload, check = raw[:-4], raw[-4:]
    if len(raw) < 5 or hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != check:
        return None
    return payload


def _wif_ok(value: str, _m: regex.Match) -> bool:
    payload = _b58check(value)
    # Version 0x80 (mainnet) or 0xef (testnet), a 32-byte key, 0x01 if compressed.
    return payload is not None and payload[0] in (0x80, 0xEF) and (
        len(payload) == 33 or (len(payload) == 34 and payload[-1] == 1))


# BIP-32 versions of extended private keys: xprv/tprv and SLIP-132's yprv/zprv/Yprv/Zprv/
# uprv/vprv (their public twins, `xpub` and kin, are not secrets).
_XPRV_VERSIONS = frozenset(bytes.fromhex(v) for v in (
    "0488ade4", "04358394", "049d7878", "04b2430c", "0295b005", "02aa7a99", "044a4e28",
    "045f18bc",
))


def _xprv_ok(value: str, _m: regex.Match) -> bool:
    payload = _b58check(value)
    return payload is not None and len(payload) == 78 and payload[:4] in _XPRV_VERSIONS


_B58_CLASS = "1-9A-HJ-NP-Za-km-z"
WALLET_RULES: tuple[Rule, ...] = (
    # No keyword: 51-52 characters, the keyless rules' long words (see `SecretsRecognizer`).
    Rule("bitcoin-wif-private-key",
         rf"(?<![{_B58_CLASS}])([5KLc9][{_B58_CLASS}]{{50,51}})(?![{_B58_CLASS}])", (),
         validate=_wif_ok),
    Rule("bip32-extended-private-key",
         rf"(?<![{_B58_CLASS}])([xtyzuvYZUV]prv[{_B58_CLASS}]{{100,112}})(?![{_B58_CLASS}])",
         ("prv",), validate=_xprv_ok),
)
