"""Secrets that sit near their name rather than after an operator, and a few file formats.

- `near-keyword-token`: a random token a few words after a word naming a secret, in prose
  (`the client secret RgV8...`, `we share a secret with Keycloak; it reads ...`, `app secret
  (Settings > Basic) → ...`), also on the next line and wrapped over lines as a terminal or a
  portal pastes it. The value must read as drawn (mixed case and digits, no words, high
  entropy), as detect-secrets' keyword-plus-entropy plugins require; a name that says it is
  no secret (`public key`, `key id`) does not count.
- A passphrase of lower-case words after its name (`the passphrase is copper violin ...`).
- A prompt answered on the same line (`Password for svc@CORP.LOCAL: v`: kinit, ktutil, sudo).
- A session cookie given as a name/value pair (HAR files, browser exports).
- Terraform state: the `result` of a `random_password` resource.
- A Kerberos keytab in base64 (it opens with the format's version, 0x0502: `BQIAA`).
- A PuTTY key file that holds a private part: the whole file, also indented or quoted.
"""

from __future__ import annotations

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .common import compiled, shannon_entropy
from .secret_rules import Rule, random_body, tok
from .secrets_values import (
    ENCRYPTED_BEFORE,
    HASH_SCHEME_BEFORE,
    ID_PREFIXES,
    NOT_A_SECRET_KEY,
    PLACEHOLDER,
    snake_case,
)

__all__ = ["PROSE_RULES"]

_TOKEN_CLASS = r"A-Za-z0-9+/_\-"
# The value first, its name looked for behind it (`_near_ok`): a key word's alternation tried
# at every position would cost more. A wrapped value continues on lines of token characters
# alone, each with a digit or the padding (`Thanks` on the next line is no part of it).
_NEAR_VALUE = (
    rf"(?<![{_TOKEN_CLASS}=.@:$\\])([{_TOKEN_CLASS}]{{20,512}}"
    rf"(?:\r?\n[ \t]{{0,4}}(?=[{_TOKEN_CLASS}]*[0-9=])[{_TOKEN_CLASS}]{{4,512}}={{0,2}}"
    rf"(?=[ \t]*(?:\r?\n|$)))*={{0,2}})"
    rf"(?![{_TOKEN_CLASS}=]|\.[A-Za-z0-9])"
)
_NEAR_KEY = compiled(
    r"(?i)secret|token|passw|passphrase|credential|(?<![a-z])keys?(?![a-z])|"
    r"(?-i:(?<=[a-z])Key)|密钥|密鑰|金鑰|金钥|秘钥|秘鑰|密匙|私钥|私鑰|令牌|权杖|權杖|密码|密碼|"
    # A licence string is what unlocks the product (`Paste the license string v into ...`).
    r"licen[cs]e(?:[ \t]+(?:key|string|code))?"
)
_NEAR_KEYWORDS = ("secret", "token", "key", "passw", "passphrase", "credential", "licen",
                  "密钥", "密鑰", "金鑰", "金钥", "秘钥", "秘鑰", "密匙", "私钥", "私鑰", "令牌",
                  "权杖", "權杖", "密码", "密碼")
# Before the name: it is public (`public key`, `publishable key`, `pub key`) or a test's.
_NOT_SECRET_BEFORE = compiled(r"(?i)(?:public|publishable|pub|primary|foreign|sort|cache)[ _-]?$")
# Right after the name: it names something else (`key id`, `token_type`, `secret name`).
_NOT_SECRET_AFTER = compiled(
    r"(?i)^(?:s)?[ _-]?(?:id|ids|name|names|hash|type|fingerprint|length|size|count|url|uri|"
    r"file|path|ref|version|endpoint|expir\w*|ttl|scope)(?![a-z])"
)
_WINDOW = 120
# Base64 that opens like data, not a key: an SSH public key's wire format, images, a PDF
# (and whatever follows a data URI's `base64,`).
_NOT_KEY_DATA = ("AAAA", "iVBORw0KGgo", "/9j/", "R0lGOD", "UklGR", "JVBERi0")
_HEX = compiled(r"^(?:0x)?[0-9a-f]+$|^[0-9A-F]+$")
_OPERATOR_END = compiled(r"(?:[:=：]|\b(?:is|are)|是|为|為|如下)[ \t]*(?:\r?\n[ \t]*)?$")
_DIGEST_WORD = compiled(
    r"(?i)sha\d*|md5|hash|digest|checksum|fingerprint|commit|revision|etag|crc|blake|"
    r"(?<![a-z])(?:id|ids)(?![a-z])|uuid|trace|span|request"
)


def _near_ok(value: str, m: regex.Match) -> bool:
    body = value.replace("\r", "").replace("\n", "").replace(" ", "").replace("\t", "")
    body = body.rstrip("=")
    head = regex.match(r"([a-z][a-z0-9]{0,11})[_-]", body)
    text, start = m.string, m.start(1)
    context = text[max(0, start - _WINDOW):start]
    hexadecimal = _HEX.match(body) is not None
    if hexadecimal:
        # Hex digits are as often a digest as a key: only right after an operator or `is`,
        # with no digest word about (`sha256(token) = ...`, `commit ...`).
        if (len(body) < 24 or shannon_entropy(body) < 3.4 or not _OPERATOR_END.search(context)
                or _DIGEST_WORD.search(context)):
            return False
    elif (len(body) < 20 or body.startswith(_NOT_KEY_DATA) or context.endswith("base64,")
            or (head is not None and head.group(1) in ID_PREFIXES)
            or not (any(c.isupper() for c in body) and any(c.islower() for c in body))
            or not random_body(body)
            or shannon_entropy(body) < (4.0 if len(body) >= 32 else 3.6)):
        return False
    keys = list(_NEAR_KEY.finditer(context))
    if not keys or ENCRYPTED_BEFORE.search(context) or HASH_SCHEME_BEFORE.search(context):
        return False
    key = keys[-1]  # the nearest name
    before = context[max(0, key.start() - 14):key.start()]
    after = context[key.end():]
    # The whole name the word is part of (`password_hash`, `csrf_token`): one the
    # assignment rules know to hold no secret holds none here either.
    name = _NAME_AROUND.search(context, max(0, key.start() - 30), key.end() + 20)
    return not (_NOT_SECRET_BEFORE.search(before) or _NOT_SECRET_AFTER.match(after)
                or "public" in after.lower()
                or (name is not None and NOT_A_SECRET_KEY.search(snake_case(name.group()))))


_NAME_AROUND = compiled(r"[A-Za-z0-9_.-]*(?:[Ss]ecret|[Tt]oken|[Kk]ey|[Pp]ass\w*|[Cc]redential)"
                        r"[A-Za-z0-9_.-]*")


# `Password for svc_http@CORP.LOCAL: v`: a prompt and what was typed at it, on one line.
_PROMPT_ANSWER = (
    r"(?i)(?<![\w-])(?:password|passphrase|passcode|pin)[ \t]+for[ \t]+[^\s:]{1,100}:"
    r"[ \t]*([^\s]{4,128})[ \t]*$"
)


def _prompt_ok(value: str, _m: regex.Match) -> bool:
    return not PLACEHOLDER.match(value) and value[0] not in "$%<{*"


# A session cookie as a name/value pair: `{"name": "sessionid", "value": "..."}`.
_COOKIE_PAIR = (
    r"""(?i)["']name["'][ \t]*:[ \t]*["'][\w.-]{0,30}(?:sess|sid|auth|token|jwt|remember|"""
    r"""login|identity)[\w.-]{0,30}["'][ \t]*,[ \t]*["']value["'][ \t]*:[ \t]*"""
    r"""["']([A-Za-z0-9%._~+/=:-]{16,4096})["']"""
)


def _cookie_pair_ok(value: str, _m: regex.Match) -> bool:
    return not PLACEHOLDER.match(value) and shannon_entropy(value) >= 3.0


# A passphrase of words (`the vault passphrase is copper violin harbor lemon`): four to
# eight lower-case words after the name and its verb, none of them a function word; prose
# about a passphrase (`is stored in Vault`, `is never sent by mail`) always has one.
_PASSPHRASE = (
    r"(?i)\bpass[ -]?phrase(?:[ \t]+(?:is|was|will[ \t]+be)|[ \t]*[:=：])[ \t]*[\"'`“]?"
    r"((?-i:[a-z]{3,12})(?:[ \t-](?-i:[a-z]{3,12})){3,7})(?![\w-])"
)


def _passphrase_ok(value: str, _m: regex.Match) -> bool:
    return not any(w in STOP_WORDS for w in regex.split(r"[ \t-]", value))


_PPK_LINE = r"[ \t>]*[^\r\n]*\r?\n"
PROSE_RULES: tuple[Rule, ...] = (
    Rule("near-keyword-token", _NEAR_VALUE, _NEAR_KEYWORDS, score=0.7, validate=_near_ok),
    Rule("password-prompt-answer", _PROMPT_ANSWER, ("password for", "passphrase for",
                                                    "passcode for", "pin for"),
         score=0.75, validate=_prompt_ok),
    Rule("passphrase-words", _PASSPHRASE, ("passphrase", "pass phrase", "pass-phrase"),
         score=0.75, validate=_passphrase_ok),
    Rule("session-cookie", _COOKIE_PAIR, ('"value"', "'value'"), score=0.8,
         validate=_cookie_pair_ok),
    Rule("terraform-random-password",
         r'(?s)"type"[ \t]*:[ \t]*"random_password".{0,2000}?'
         r'"result"[ \t]*:[ \t]*"([^"\\]{4,256})"',
         ("random_password",), score=0.8, validate=lambda v, _m: not PLACEHOLDER.match(v)),
    Rule("kerberos-keytab", tok(r"BQIA[A-D][A-Za-z0-9+/]{60,20000}={0,2}", r"(?![A-Za-z0-9+/=])"),
         ("bqia",), entropy=3.5),
    # The whole file, header to MAC, when it has a private part: public lines and all are
    # one pasted secret (quoted `> ` or indented lines too).
    Rule("putty-private-key",
         r"(?i)((?<=^[ \t>]*)PuTTY-User-Key-File-\d:[^\r\n]*\r?\n(?:" + _PPK_LINE + r"){1,40}?"
         r"[ \t>]*Private-Lines:[ \t]*\d{1,3}\r?\n"
         r"(?:[ \t>]*[A-Za-z0-9+/=]{4,128}(?:\r?\n|$)){1,300}"
         r"(?:[ \t>]*Private-(?:MAC|Hash):[ \t]*[0-9a-f]{40,64})?)",
         ("private-lines:",)),
    # Private lines alone, indented or quoted (the unindented case is `putty-private-key`
    # of `EXTRA_RULES`).
    Rule("putty-private-key",
         r"(?i)(Private-Lines:[ \t]*\d{1,3}\r?\n"
         r"(?:[ \t>]+[A-Za-z0-9+/=]{4,128}(?:\r?\n|$)){1,300})",
         ("private-lines:",)),
)
