"""Secrets found by the layout that hands them over rather than by a key naming them.

- `handover-token`: a value handed over in prose with no word naming it (`the code you
  need is v`, `here you go: v`, `use v when it asks`, `you can get in with v`): the value
  must read as a password (letters, digits and a capital or a symbol) or as a drawn token.
- `password-piece`: a secret given in parts (`part 1/2 → v`, `first half: v`, `... begins v`
  / `then v`), counted only where a secret word was said shortly before.
- `password-next-line`: a line holding only a password's label, the value alone on one of the
  next two lines.
- `hcl-variable-default`: Terraform's `variable "db_password" { default = "v" }`.
- `k8s-secret-string-data`: every entry under a Kubernetes Secret's `stringData:` is secret
  data whatever its key is called (`rabbitmq-erlang-cookie`, `GRAFANA_ADMIN`).
- `totp-seed`: a TOTP seed in base32 (also in groups of four, as authenticators show it)
  after a word naming two-factor setup; `recovery-codes`: the list after `recovery codes`.
- `wrapped-vendor-token`: a token with a vendor's prefix wrapped over lines of one width
  (a terminal's or a portal's copy), with no word naming it.
- `secrets-set-command`: `fly secrets set K=v`: whatever such a command stores is a secret.
"""

from __future__ import annotations

import regex

from .common import compiled, shannon_entropy
from .secret_rules import Rule, random_body
from .secrets_structural import assignment_ok, user_pass_ok
from .secrets_told import NOT_VALUE_AFTER, told_shape
from .secrets_values import (
    CODE_VALUE,
    KEY_INTL,
    PASSWORD_WORD_KEYS,
    PASSWORD_WORDS,
    PASSWORDISH,
    PLACEHOLDER,
    SECRET_WORD,
    VALUE,
    VENDOR_KEY,
    VENDOR_PREFIXES,
    char_classes,
    snake_case,
)

__all__ = ["LAYOUT_RULES"]

_BARE = r"([^\s\"'`,;)}\]<>]{6,128})"


def _password_like(value: str) -> bool:
    """A human password (`Harbor@976harbor`, `BlueRiver284?`) or a drawn token."""
    value = value.rstrip(".,:!?")
    if PLACEHOLDER.match(value) or CODE_VALUE.search(value) or "/" in value or "@" in value[1:2]:
        return False
    if (len(value) >= 16 and random_body(value) and any(c.isupper() for c in value)
            and any(c.islower() for c in value) and shannon_entropy(value) >= 3.6):
        return True
    return (len(value) >= 8 and char_classes(value) >= 3 and any(c.isdigit() for c in value)
            and any(c.isalpha() for c in value))


# A value handed over with a verb or a phrase that says "here is what you type".
_HANDOVER = (
    r"(?i)(?:\bthe[ \t]+(?:code|one)[ \t]+(?:you[ \t]+need|to[ \t]+use)[ \t]+is"
    r"|\bhere[ \t]+(?:you[ \t]+go|it[ \t]+is)[ \t]*[:：,—-]?"
    r"|\b(?:just[ \t]+)?(?:use|paste|enter|type)(?=[ \t]+\S+[ \t]+(?:when|at|into|in[ \t]+the|"
    r"as[ \t]+the|to[ \t]+(?:log|sign|get|unlock)))"
    r"|\b(?:get|log|sign)[ \t]+in(?:[ \t]+as[ \t]+[\w.@-]{1,40})?[ \t]+with"
    # `use ops@acme.example with v`: a mailbox or an account, then what opens it.
    r"|\b(?:use|try)[ \t]+(?:[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+"
    r"|(?:user|account|login)[ \t]+[\w.@+-]{1,64})"
    r"[ \t]+(?:with|and)(?:[ \t]+(?:password|pw|pass))?"
    r"|\bset[ \t]+it[ \t]+to|\bchanged[ \t]+it[ \t]+to"
    # `the code is v`, `the temporary one is v`: what to type, named by the sentence.
    r"|\bthe[ \t]+(?:(?:access|entry|door|unlock|login|one-time)[ \t]+)?code[ \t]+is"
    r"|\b(?:the[ \t]+)?(?:temporary|temp|new|initial|one-time)[ \t]+one[ \t]+is"
    # `type v and hit enter`: a keystroke sequence, the value typed before the key.
    r"|\b(?:type|enter|key[ \t]+in)(?=[ \t]+\S+[ \t]+(?:and|then)[ \t]+(?:hit|press|push)"
    r"[ \t]+(?:enter|return|ok)\b)"
    # A reply handing the value over: `Sure: v`, `as requested: v`.
    r"|(?<![\w ])[ \t]*(?:sure|as[ \t]+requested|there[ \t]+you[ \t]+go)[ \t]*[:：—-])"
    r"[ \t]+" + _BARE
)
_HANDOVER_KEYWORDS = ("code you need", "code to use", "one you need", "one to use",
                      "here you go", "here it is", "use ", "paste ", "enter ", "type ",
                      "in with", "set it to", "changed it to", "code is", "one is", "key in",
                      "sure", "as requested", "there you go")
# A release or a version (`the code is v2.4.1-rc1`), an error code (`0x8007000E`): not
# what one types.
_VERSION = compiled(r"(?i)^v?\d+(?:\.\d+)+|^0x[0-9a-f]+$")


def _handover_ok(value: str, _m: regex.Match) -> bool:
    return "://" not in value and not _VERSION.match(value) and (
        _password_like(value) or told_shape(value.rstrip(".,:!?")))


# A piece of a secret: `part 1/2 → v`, `first half: v`, `then v` after `begins v`.
_PIECE = (
    r"(?i)(?:\bpart[ \t]*\d(?:[ \t]*(?:/|of)[ \t]*\d)?|\b(?:first|second|last|other|1st|2nd)"
    r"[ \t]+(?:half|part|piece|bit)|\bthe[ \t]+rest|\bthen|\bfollowed[ \t]+by"
    r"|\b(?:starts|begins|ends))[ \t]*(?:is[ \t]+|with[ \t]+)?(?:[:：=]|→|->|—)?[ \t]*" + _BARE
)
_PIECE_KEYWORDS = ("part", "half", "piece", "the rest", "then", "followed by", "starts",
                   "begins", "ends")
_PIECE_START = compiled(r"(?i)\b(?:starts|begins|part[ \t]*1|first[ \t]+(?:half|part|piece))")


def _piece_ok(value: str, m: regex.Match) -> bool:
    value = value.rstrip(".,:!?")
    if (len(value) < 6 or PLACEHOLDER.match(value) or CODE_VALUE.search(value)
            or "/" in value or not (not value.isalpha() or regex.search(r"[a-z][A-Z]", value))
            or char_classes(value) < 2):
        return False
    before = m.string[max(0, m.start() - 300):m.start()]
    if not (PASSWORDISH.search(before) or SECRET_WORD.search(before)):
        return False
    cue = m.group().lower()
    if cue.startswith(("then", "followed", "the rest")):  # a continuation: after a start
        return _PIECE_START.search(before) is not None
    return True


_NEXT_LINE = (
    r"(?im)^[ \t]*[\w .-]{0,30}?(?:password|passphrase|passwd|pwd|pw|passcode)[ \t]*[:：][ \t]*"
    r"\r?\n(?:[ \t]*\r?\n)?[ \t]*([^\s\"'`]{6,128})[ \t]*$"
)


def _next_line_ok(value: str, _m: regex.Match) -> bool:
    return (not (PLACEHOLDER.match(value) or CODE_VALUE.search(value))
            and value[0] not in "-#*$%<{" and not value.endswith(":")
            and _password_like(value))


# A question asking for a password, in any language our users write (`¿cuál es la contraseña
# del wifi?`, `와이파이 비번 뭐였지?`), the next line (a chat message: `[10:03] sara: v`, a
# quoted reply) holding only the value: the answer.
_QUESTION_ANSWER = (
    r"(?im)(?:passw(?:or)?d|passwort|passphrase|passcode|(?<![a-z])(?:pw|pwd|creds?)(?![a-z])|"
    rf"{PASSWORD_WORDS}|{KEY_INTL}|密码|密碼|口令)"
    r"(?P<after>[^\n?？]{0,60})[?？][ \t]*\r?\n"
    r"(?:[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?:[\w.@-]{1,30}[ \t]*[:>][ \t]*)?|[ \t]*>[ \t]*)"
    r"(?P<v>[^\s\"'`]{6,128})[ \t]*$"
)
# A line naming the user (`login: ops-admin`), the password alone on the next line.
_USER_THEN_PASSWORD = (
    r"(?im)^[ \t]*(?:login|user(?:name)?|user[ \t]+id)[ \t]*[:：=][ \t]*[\w.@+-]{2,64}"
    r"[ \t]*\r?\n[ \t]*([^\s\"'`:=]{8,128})[ \t]*$"
)
_FILE_NAME = compiled(r"\.[A-Za-z]{2,4}$")
# Lowercase words joined by hyphens (`see-ticket-4412`, `mobile-v2`): a slug, a label; a
# date or a time stamp (`2026-11-30T10:00Z`).
_SLUG = compiled(r"^[a-z]+(?:-[a-z0-9]+)+$|^\d{4}-\d{2}|^\d{1,2}[:/.]\d{2}")


def _answer_ok(value: str, _m: regex.Match) -> bool:
    return (value[0] not in "-#*$%<{(" and not value.endswith((":", "?"))
            and _FILE_NAME.search(value) is None and not _SLUG.match(value) and "=" not in value
            and _next_line_ok(value, _m))


# A word and digits (`girasole10134`): what a Wi-Fi or a shared password often is, taken only
# as the whole answer to a question asking for one.
_WORD_DIGITS = compiled(r"[a-z]{4,}\d{3,}|\d{3,}[a-z]{4,}")


def _question_answer_ok(value: str, m: regex.Match) -> bool:
    if NOT_VALUE_AFTER.match(m.group("after")):
        return False  # `what is the password policy?`: asks about the rules, not the value
    if _WORD_DIGITS.fullmatch(value):
        return not (PLACEHOLDER.match(value) or CODE_VALUE.search(value))
    return _answer_ok(value, m)


# `it's root / v` after a word naming credentials: a user, a spaced slash, the password.
_SLASH_PAIR = (
    r"(?i)(?<![\w/.-])[\w.@+-]{2,64}[ \t]+/[ \t]+([^\s\"'`,;)}\]<>/|]{6,64})(?![/\w])"
    r"(?<=(?:cred|login|passw|(?<![a-z])pw(?![a-z])|account)[^\n]{0,100})"
)


def _slash_pair_ok(value: str, m: regex.Match) -> bool:
    value = value.rstrip(".,:!?")
    return user_pass_ok(value, m) and char_classes(value) >= 3 and not _SLUG.match(value)


_HEREDOC_KEY = r"passw(?:or)?d|passphrase|pwd|secret|token|api[_.-]?key|private[_.-]?key|credential"
# A heredoc holding one line under a key naming a secret: `password = <<EOF` / `v` / `EOF`
# (Terraform, shell).
_HEREDOC = (
    rf"(?i)(?P<key>(?:{_HEREDOC_KEY})[A-Za-z0-9_.-]{{0,20}})[\"']?[ \t]*[:=][ \t]*"
    r"<<-?[ \t]*[\"']?(?P<tag>[A-Z][A-Z0-9_]{0,15})[\"']?[ \t]*\r?\n"
    r"[ \t]*(?P<v>[^\s]{4,256})[ \t]*\r?\n[ \t]*(?P=tag)\b"
)


def _heredoc_ok(value: str, m: regex.Match) -> bool:
    return (not (PLACEHOLDER.match(value) or CODE_VALUE.search(value))
            and (PASSWORDISH.search(m.group("key")) is not None or len(value) >= 12)
            and (char_classes(value) >= 2 or len(value) >= 12))


# `variable "db_password" { ... default = "v" }`: the variable names the secret.
_HCL_DEFAULT = (
    r"(?i)\bvariable[ \t]+\"(?P<key>[A-Za-z0-9_.-]{1,60})\"[ \t]*\{[^{}]{0,400}?"
    r"\bdefault[ \t]*=[ \t]*" + VALUE
)


def _hcl_default_ok(value: str, m: regex.Match) -> bool:
    key = snake_case(m.group("key"))
    if not (PASSWORDISH.search(key) or SECRET_WORD.search(key)
            or regex.search(r"(?i)(?<![a-z])key(?![a-z])|_key$", key)):
        return False
    if VENDOR_KEY.search(key):
        # A vendor's own rule reads `name = value`, not a variable's default: judged here as
        # any key of its kind.
        return (len(value) >= 16 and not PLACEHOLDER.match(value) and not CODE_VALUE.search(value)
                and shannon_entropy(value) >= (3.0 if regex.fullmatch(r"[0-9a-fA-F]+", value)
                                               else 3.5))
    return assignment_ok(value, m)


# An entry under a Kubernetes Secret's `stringData:`.
_STRING_DATA_ENTRY = r"(?m)^(?P<i>[ \t]+)(?P<k>[A-Za-z0-9_.-]{1,80}):[ \t]+" + VALUE
_KIND_SECRET = compiled(r"(?m)^[ \t]*kind:[ \t]*Secret[ \t]*$")
_NOT_SECRET_ENTRY = compiled(r"(?i)(?:^|[_.-])(?:user|username|login|host|hostname|port|name|"
                             r"database|db|region|url|endpoint|email|mode|type|dn)$")
# An LDAP distinguished name (cn=svc,ou=apps,dc=corp) names an entry; it opens nothing.
_DN = compiled(r"(?i)^(?:cn|uid|ou|dc|o)=[^,=\s]+(?:,[ ]?(?:cn|uid|ou|dc|o|c|l|st)=[^,=]+)+$")


def _string_data_ok(value: str, m: regex.Match) -> bool:
    text, line_start = m.string, m.start()
    if not _KIND_SECRET.search(text):
        return False
    indent = len(m.group("i").expandtabs())
    # The nearest line above that is less indented must be `stringData:`.
    above = text[max(0, line_start - 3000):line_start].splitlines()
    for line in reversed(above):
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip())
        if depth < indent:
            if line.strip() != "stringData:":
                return False
            break
    else:
        return False
    line_end = text.find("\n", m.end("k"))
    entry = text[m.end("k") + 1 : line_end if line_end >= 0 else len(text)].strip(" \t'\"")
    if _NOT_SECRET_ENTRY.search(m.group("k")) or _DN.match(entry) or PLACEHOLDER.match(
            value) or CODE_VALUE.search(value) and not value.startswith("{"):
        return False
    return len(value) >= 6 and (char_classes(value) >= 2 or len(value) >= 12)


_TOTP = (
    r"(?i)(?:\b(?:2fa|mfa|totp|otp|two[ -]factor|authenticator)\b|\bsetup[ \t]+key"
    # What setup screens say beside the key typed in by hand (`Can't scan the QR code?
    # Enter this key instead`), and the Chinese names of an authenticator and of 2FA.
    r"|\bcan['’]?t[ \t]+scan|\benter[ \t]+this[ \t]+(?:key|code)|验证器|驗證器|两步验证|兩步驗證|"
    r"二次验证|双重验证|雙重驗證|动态口令|動態密碼)"
    r"(?:[^\n]{0,60}?|[^\n]{0,60}\r?\n[ \t]*)(?<![A-Za-z0-9])"
    r"(?-i:((?:[A-Z2-7]{4}[ \t]){3,15}[A-Z2-7]{4}|(?:[a-z2-7]{4}[ \t]){3,15}[a-z2-7]{4}"
    r"|[A-Z2-7]{16,128}))(?![A-Za-z0-9])"
)


def _totp_ok(value: str, _m: regex.Match) -> bool:
    body = value.replace(" ", "").replace("\t", "")
    # A 16-character seed (80 bits) cannot reach the entropy a 32-character one does.
    return (len(body) >= 16 and any(c in "234567" for c in body)
            and sum(c.isalpha() for c in body) >= len(body) // 2
            and shannon_entropy(body) >= (3.5 if len(body) >= 24 else 3.0))


_CODE = r"(?:[A-Za-z0-9]{4,6}-[A-Za-z0-9]{4,6}|\d{4}[ -]?\d{4}|[A-Za-z0-9]{8,12})"
_RECOVERY = (
    r"(?i)\b(?:recovery|backup|scratch|emergency)[ \t]+(?:codes?|keys?)\b[^\n:：]{0,40}[:：]?"
    rf"\s{{0,4}}((?:\d{{1,2}}[.)][ \t]*)?{_CODE}"
    r"(?:(?:[ \t]*[,;]?[ \t]*\r?\n|[ \t]*[,;][ \t]*|[ \t]{2,})"
    rf"(?:\d{{1,2}}[.)][ \t]*)?{_CODE}){{1,20}})"
)


def _recovery_ok(value: str, _m: regex.Match) -> bool:
    codes = regex.findall(_CODE, value)
    return len(codes) >= 2 and all(any(c.isdigit() for c in code) for code in codes)


# A vendor-prefixed token wrapped over lines of one width, nothing naming it.
_WRAPPED = (r"(?m)^[ \t]*([A-Za-z][A-Za-z0-9]{1,12}[_-][A-Za-z0-9_-]{14,}"
            r"(?:\r?\n[A-Za-z0-9_-]{4,})+)")
_WRAP_KEYWORDS = tuple(p for p in VENDOR_PREFIXES if p.endswith(("_", "-")))


def _wrapped_ok(value: str, _m: regex.Match) -> bool:
    lines = value.replace("\r", "").split("\n")
    width = len(lines[0])
    if (width < 20 or any(len(line) != width for line in lines[1:-1])
            or len(lines[-1]) > width):
        return False
    joined = "".join(lines)
    if not joined.lower().startswith(VENDOR_PREFIXES):
        return False
    body = joined.split("_", 1)[-1] if "_" in joined[:16] else joined.split("-", 1)[-1]
    return random_body(body) and shannon_entropy(body) >= 4.0


# `fly secrets set K=v`: the command stores secrets, whatever their names.
_SECRETS_SET = (
    r"(?i)[ \t][A-Za-z_][A-Za-z0-9_]{0,60}="
    r"(?<=\b(?:fly|flyctl|doppler|railway|wrangler|render|convex|supabase)[ \t]+secrets?[ \t]+"
    r"(?:set|put|add)\b[^\n;&|]{0,300})" + VALUE
)


def _secrets_set_ok(value: str, _m: regex.Match) -> bool:
    return (len(value) >= 6 and not PLACEHOLDER.match(value) and not CODE_VALUE.search(value)
            and value[0] not in "$%<{-" and char_classes(value) >= 2)


LAYOUT_RULES: tuple[Rule, ...] = (
    Rule("handover-token", _HANDOVER, _HANDOVER_KEYWORDS, score=0.7, validate=_handover_ok),
    Rule("password-piece", _PIECE, _PIECE_KEYWORDS, score=0.7, validate=_piece_ok),
    Rule("password-next-line", _NEXT_LINE, ("passw", "pwd", "pw", "passphrase", "passcode"),
         score=0.75, validate=_next_line_ok),
    Rule("password-next-line", _QUESTION_ANSWER, ("passw", "passphrase", "passcode", "pw",
                                                  "pwd", "cred", "密码", "密碼", "口令",
                                                  *PASSWORD_WORD_KEYS, *KEY_INTL.split("|")),
         score=0.75, validate=_question_answer_ok),
    Rule("password-next-line", _USER_THEN_PASSWORD, ("login", "user"), score=0.7,
         validate=_answer_ok),
    Rule("user-password-pair", _SLASH_PAIR, (" / ",), score=0.7, validate=_slash_pair_ok),
    Rule("heredoc-secret", _HEREDOC, ("<<",), score=0.75, validate=_heredoc_ok),
    Rule("hcl-variable-default", _HCL_DEFAULT, ("variable",), score=0.75,
         validate=_hcl_default_ok),
    Rule("k8s-secret-string-data", _STRING_DATA_ENTRY, ("stringdata",), score=0.75,
         validate=_string_data_ok),
    Rule("totp-seed", _TOTP, ("2fa", "mfa", "totp", "otp", "two-factor", "two factor",
                              "authenticator", "setup key", "can't scan", "can’t scan", "cant scan",
                              "enter this", "验证器", "驗證器", "两步验证", "兩步驗證", "二次验证",
                              "双重验证", "雙重驗證", "动态口令", "動態密碼"),
         score=0.8, validate=_totp_ok),
    Rule("recovery-codes", _RECOVERY, ("recovery", "backup", "scratch", "emergency"),
         score=0.8, validate=_recovery_ok),
    Rule("wrapped-vendor-token", _WRAPPED, _WRAP_KEYWORDS, score=0.85, validate=_wrapped_ok),
    Rule("secrets-set-command", _SECRETS_SET, ("secrets set", "secret set", "secrets put",
                                               "secret put", "secrets add"),
         score=0.75, validate=_secrets_set_ok),
)
