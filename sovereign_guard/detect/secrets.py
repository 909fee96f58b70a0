"""Secrets and credentials: entity SECRET, the recognizer name says which kind.

Formats, keywords and entropy thresholds follow the public rule sets of gitleaks
(config/gitleaks.toml, MIT) and detect-secrets (plugins, Apache-2.0), re-expressed here:
each rule is a bounded regex whose capture group is the secret, keywords that must occur in
the text before the regex runs (gitleaks' cheap pre-filter), an optional Shannon-entropy
floor on the captured value, and an optional validator. detect-secrets itself is not used:
it scans line by line, returns values without offsets and keeps global settings, which
fits neither span-level redaction nor the latency budget.

The vendor formats (gitleaks' ~200 rules, and ~35 formats it has no rule for) are tables in
`secret_rules.py`; this module adds the structural rules (PEM blocks, connection strings,
Authorization headers of any scheme, session cookies, credentials in URL queries, JWTs,
passwords as commands' and login calls' arguments), a rule for any vendor's prefixed random
token by its shape (`_PREFIXED`), and the generic assignment rule, then runs them all behind
one keyword pass; the few rules no keyword can gate run on the text's long words alone.

Assignments (`password = ...`, `api_key: ...`, `密碼是...`) are found in any syntax (see
`_ASSIGNMENT`, `_XML_ELEMENT`, `_CLI_FLAG`) and gated the way gitleaks' generic-api-key
rule is (entropy >= 3.5 for keys and tokens, its allowlisted key names), with a looser gate
for passwords (people choose low-entropy passwords) that still rejects code references,
templating and placeholders. A value under a key naming a vendor (`cloudflare_api_key`) or
carrying a vendor prefix (`xoxp-...`) is left to that vendor's rule: it knows the format.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable

import ahocorasick
import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from .common import CJK, compiled, result, shannon_entropy
from .secret_rules import (
    KEY_NAMES,
    MORE_VENDOR_RULES,
    TOKEN_START,
    VENDOR_RULES,
    Rule,
    random_body,
    tok,
)

ENTITY = "SECRET"
__all__ = ["ENTITY", "RULES", "Rule", "SecretsRecognizer"]


def _jwt_ok(value: str, _m: regex.Match) -> bool:
    # detect-secrets' JwtTokenDetector: the header must decode to JSON.
    head = value.split(".", 1)[0]
    try:
        decoded = base64.urlsafe_b64decode(head + "=" * (-len(head) % 4))
        return isinstance(json.loads(decoded), dict)
    except (ValueError, UnicodeDecodeError):
        return False


_PLACEHOLDER = compiled(
    r"(?i)^(?:x{3,}|\*{3,}|\.{3,}|-+|_+|#+|0+|null|none|nil|true|false|undefined|empty|"
    r"required|optional|string|str|int|text|secret|secrets|password|passwd|pwd|token|"
    r"hidden|redacted|masked|removed|changeme|change[_-]?me|placeholder|example|sample|"
    r"dummy|fake|foo|bar|foobar|test|testing|your[_-].*|my[_-].*|<.*>|\[.*\]|\{.*\}|"
    r"env|environ|getenv|process|settings|config|os|(.)\1*)$"
)
# gitleaks' global stopwords and its generic rule's public example value.
_STOPWORDS = ("014df517-39d1-4453-b7b3-9930c563627c", "abcdefghijklmnopqrstuvwxyz",
              "6fe4476ee5a1832882e326b506d14126")
# Values nobody holds as a secret, whichever rule found them: the documentation examples
# vendors publish (AWS's end in `EXAMPLE`, `EXAMPLEKEY`) and alphabet or keyboard runs typed
# as stand-ins (`ghp_1234567890abcdefghijklmnopqrstuvwxyz`). A random token holds such a run
# with a probability under 1e-20.
_FAKE_VALUE = compiled(r"EXAMPLE(?:KEY)?$|(?i:abcdefghijklmnop|qwertyuiop|asdfghjkl)")
# Digit runs too, for generic keys and tokens only: gitleaks' own vendor examples use them
# (`...-1234-123456789012` UUIDs), and `1234567890` is a password people really choose.
_DIGIT_RUN = compiled(r"0123456789|1234567890")
# A bearer value of words alone, one of them a stand-in's (`your-access-token-goes-here`,
# `TOKEN_GOES_HERE`): a sentence to fill in, not a token.
_WORDS_PLACEHOLDER = compiled(
    r"(?i)^(?=[a-z_.-]*(?:your|here|placeholder|replace|insert|example|sample|dummy|fake|"
    r"changeme|redacted|token|secret|key))[a-z]+(?:[_.-][a-z]+)+$"
)
# Values that are code or templating, not a literal: calls, subscripts, variables, paths.
_CODE_VALUE = compiled(
    r"[()\[\]{}]|^[$%@&!:]|^(?:[A-Za-z_][A-Za-z0-9_]*\.)+[A-Za-z_][A-Za-z0-9_]*$|^[A-Z][A-Z0-9_]*$|"
    r"^/(?:bin|etc|home|opt|tmp|usr|var|Users)/|^(?:~|\.{1,2})/|"
    # A file named for a key or a config (`client_key: certs/client.key`).
    r"\.(?:pem|key|crt|cer|p12|pfx|jks|keystore|pub|der|json|ya?ml|txt|csv|env|ini|conf|cfg|"
    r"xml|properties)$"
)
# Key names (snake-cased) that talk about a secret without holding one: `token_type`,
# `password_length`, Jenkins' `credentials_id`, gitleaks' generic allowlist.
_NOT_A_SECRET_KEY = compiled(
    r"(?i)[_.-](?:id|ids|type|types|len|length|size|count|url|uri|endpoint|file|path|dir|name|"
    r"names|label|field|hash|hashed|policy|expires?|expiry|expiration|ttl|reset|min|max|limit|"
    r"prompt|hint|rules?|regex|pattern|header|param|env|var|ref|kind|mode|format|version|"
    r"enabled|required|provider|strategy|location|store|manager|input|validator|variable|"
    r"alias|algorithm|algo|usage|source)$|"
    r"(?:^|[_.-])(?:public|pub|csrf|xsrf|bucket|foreign|primary|natural|schema|sequence|hot|"
    r"idx|sort|partition|cache|lookup|registry|page|next|continuation|cursor|sync|resume)"
    r"[_.-]?(?:key|token)|keying|key[_.-]?vault|authenticity[_.-]?token|"
    r"jsonwebtoken|user[_.-]?secrets[_.-]?id|(?:mon|tur|don)key|with[_.-]?credentials"
)
# A call's first argument opens right before the key: `setProperty("db.password", ...`.
_CALL_BEFORE = compiled(r"\(\s{0,3}[\"']$")
_SECRET_WORD = compiled(r"(?i)passw|secret|token|api_?key|credential")
# "Password" in other languages people paste credentials in (the Latin-script ones as
# `_KEY_CORE` words, the others beside the Chinese keys).
_PASSWORD_WORDS = (
    r"(?<![a-z])(?:mot[ _.-]?de[ _.-]?passe|senha|wachtwoord|has[lł]o|[sş]ifre|l[öo]senord|"
    r"adgangskode|salasana|jelszó)(?![a-z])"
)
# `$dbpass`, `rootpass`: a password named for what it opens.
_X_PASS = r"(?:db|root|admin|my|user|app|sql|smtp|mail|ftp|ldap|vpn|wifi|sudo|login)pass(?![a-z])"
_KEY_INTL = r"пароль|パスワード|暗証番号|비밀번호|암호|كلمة المرور|סיסמה"
_PASSWORDISH = compiled(
    rf"(?i)passw|pwd|passphrase|passcode|(?<![a-z])pass(?![a-z])|(?<![a-z])pw(?![a-z])|{_X_PASS}|"
    rf"密碼|密码|口令|通行|"
    rf"{_PASSWORD_WORDS}|{_KEY_INTL}"
)
# A value in one token alphabet, base64 or base64url (not a path: `reports/2024/Q1-a.csv`).
_ONE_ALPHABET = compiled(r"^(?:[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+)$")
# A key whose only secret word is `key` (`key: ...`, `s3_key = ...`): object keys, cache
# keys and map keys share the name, so only a random-looking value of mixed case and digits
# counts.
_OTHER_KEY_WORD = compiled(
    r"(?i)passw|pwd|secret|token|api|access|auth|private|signing|encryption|master|credential|"
    r"creds|(?<![a-z])pat(?![a-z])|(?:app|jwt|hmac|client|session|cookie|aes|cipher|crypt|license|licence|shared|root|"
    r"service|webhook|deploy|bot|consumer|sas|storage|subscription|server|admin|merchant|"
    r"partner|integration)[_.-]?key"
)
# A token's characters (gitleaks' generic value class plus `~`, `%`, `/`, `+`).
_TOKEN_CHARS = compiled(r"^[\w.=+/~%-]+$")
_NAME_LIKE = compiled(r"^[A-Za-z_.-]+$")
_IDENTIFIER = compiled(r"^[A-Za-z_]*_[A-Za-z_]*$|^[a-z]+(?:[A-Z][a-z]+)+$")
# A key that names a vendor: that vendor's rule alone judges the value (so a Cloudflare
# key of the wrong length is not re-found by the generic rule).
_VENDOR_KEY = compiled(rf"(?i)(?<![a-z])(?:{'|'.join(KEY_NAMES)})")


def _prefixes(rules: Iterable[Rule]) -> tuple[str, ...]:
    """The literal prefixes of bare vendor tokens (`ghp_`, `xoxb-`, `sm_pat`): a value with
    one belongs to its vendor's rule, which may have rejected it as a placeholder."""
    return tuple(sorted({
        k for r in rules if TOKEN_START in r.pattern for k in r.keywords if len(k) >= 4
    }))


def _classes(value: str) -> int:
    return sum((
        any(c.islower() for c in value), any(c.isupper() for c in value),
        any(c.isdigit() for c in value), any(not c.isalnum() for c in value),
    ))


def _snake(key: str) -> str:
    return regex.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key)


def _key_start(m: regex.Match) -> int:
    """Where the key a match names starts: before its core word (`DB_` of `DB_PASSWORD`)."""
    text, start = m.string, m.start("key")
    i = start
    while i > 0 and start - i < 30 and (text[i - 1].isascii() and (
            text[i - 1].isalnum() or text[i - 1] in "_.-")):
        i -= 1
    return i


def _assignment_ok(value: str, m: regex.Match) -> bool:
    key_start = _key_start(m)
    key = _snake(m.string[key_start:m.end("key")])
    if value.startswith("base64:"):  # Laravel's APP_KEY: the key is the base64 after it
        value = value[len("base64:"):]
    low = value.lower()
    quoted = m.group("q") is not None
    # A quoted literal of any printable characters, long and random (Django's SECRET_KEY,
    # WordPress' AUTH_KEY hold brackets and `$`): generated, not code.
    generated = (quoted and len(value) >= 24 and not _TOKEN_CHARS.match(value)
                 and _classes(value) >= 3 and shannon_entropy(value) >= 4.2)
    if (_NOT_A_SECRET_KEY.search(key) or _PLACEHOLDER.match(value)
            or (_CODE_VALUE.search(value) and not generated) or _VENDOR_KEY.search(key)
            or low.startswith(_VENDOR_PREFIXES)
            or any(w in low for w in _STOPWORDS)):
        return False
    if m.groupdict().get("comma") and not _CALL_BEFORE.search(
            m.string, max(0, key_start - 12), key_start):
        return False  # `"a_token", "b"`: a list of strings, not `set("a_token", "b")`
    if value.isalpha() and _SECRET_WORD.search(value):
        return False  # `PASSWORD: "challengePassword"`: a name for the field, not its value
    passwordish = _PASSWORDISH.search(key) is not None
    if not quoted and not passwordish and m.string[m.end():m.end() + 1] in (")", "]", "}"):
        return False  # `f(token: x)`: an argument expression, not a literal
    if passwordish:
        # Human passwords: mixed character classes, or a quoted literal, or long and random;
        # not a bare word (`:param password: Unicode`) nor a variable (`= password_mgr`).
        if len(value) < 6 or (not quoted and (_IDENTIFIER.match(value) or (
                value.isalpha() and len(value) < 10))):
            return False
        return _classes(value) >= 2 or (quoted and len(value) >= 8) or shannon_entropy(value) >= 3.0
    if not _OTHER_KEY_WORD.search(key):  # `key` alone
        return (len(value) >= 20 and _ONE_ALPHABET.match(value) is not None
                and _classes(value.strip("=")) >= 3 and any(c.isupper() for c in value)
                and any(c.islower() for c in value) and shannon_entropy(value) >= 4.0
                and not _DIGIT_RUN.search(value))
    if generated:
        return True
    # Keys and tokens: gitleaks' generic-api-key gate (and its allowlist: a value of letters
    # and `_.-` alone is a name, `Proxy-Authorization`, not a key).
    if (len(value) < 10 or not _TOKEN_CHARS.match(value) or _NAME_LIKE.match(value)
            or _DIGIT_RUN.search(value)):
        return False
    limit = 3.0 if all(c in "0123456789abcdefABCDEF" for c in value) else 3.5
    return shannon_entropy(value) >= limit


# A PEM block's header, footer and line breaks: what is left is the key material.
_PEM_FRAME = compiled(r"-----[A-Z0-9 _-]+-----|\s|\\n")


def _header_ok(value: str, _m: regex.Match) -> bool:
    return not (_PLACEHOLDER.match(value) or _WORDS_PLACEHOLDER.match(value))


def _cli_password_ok(value: str, _m: regex.Match) -> bool:
    # Not a variable, a prompt's placeholder, or a certificate file (`az login -p cert.pem`).
    return not (_PLACEHOLDER.match(value) or _CODE_VALUE.search(value) or value[0] in "$%<{-"
                or value.lower().endswith((".pem", ".pfx", ".p12", ".crt", ".key", ".txt")))


def _conn_ok(value: str, _m: regex.Match) -> bool:
    return not (_PLACEHOLDER.match(value) or value.startswith(("$", "{", "<", "%")))


_B = r"(?<![A-Za-z0-9_-])"  # token start
_E = r"(?![A-Za-z0-9_-])"  # token end
_KEY_CORE = (
    r"passw(?:or)?d|passphrase|passcode|(?<![a-z])pass(?![a-z])|pwd|secret[ _.-]key|secret|"
    r"token|api[ _.-]?key|apikey|access[ _.-]?key|auth[_.-]?key|private[ _.-]?key|"
    r"signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|"
    # Keys named for what they sign or open: Laravel's APP_KEY, JWT_KEY, HMAC_KEY, ...
    r"(?:app|jwt|hmac|client|session|cookie|aes|cipher|crypt|license|licence|shared|root|"
    r"service|webhook|deploy|bot|consumer|sas|storage|subscription|server|admin|merchant|"
    r"partner|integration)[_.-]?key|"
    # A key named `key` alone: held to a stricter gate (`_assignment_ok`).
    r"(?<![a-z])key(?![a-z])|"
    # `pat`: a personal access token (`AZURE_DEVOPS_PAT`, `GH_PAT`).
    rf"credentials?|creds|auth(?!or)|(?<![a-z])pat(?![a-z])|(?<![a-z])pw(?![a-z])|{_X_PASS}|"
    rf"contraseña|passwort|"
    rf"{_PASSWORD_WORDS}"
)
_KEY = rf"[A-Za-z0-9_.-]{{0,30}}?(?:{_KEY_CORE})[A-Za-z0-9_.-]{{0,20}}"
_KEY_ZH = rf"密碼|密码|口令|金鑰|密鑰|密钥|令牌|通行碼|通行码|{_KEY_INTL}"
# A literal value: quoted (no spaces; the other quote marks may occur: `"it's-Secret1"`), or
# bare up to a delimiter.
_VALUE = (
    rf"(?:(?P<q>[\"'`])(?P<v1>(?:(?!(?P=q))\S){{4,150}})(?P=q)"
    rf"|(?P<v2>[^\s\"'`,;)}}\]<>\\，。；、{CJK}]{{4,150}}))"
)
# `key = value` in any syntax: an optional type (`var k string =`, `val k: String =`), any
# assignment operator (`=`, `:=`, `::=`, `?=`, `.=`, `+=`, `=>`, `->`, `:`), a call's next
# argument (`setProperty("k", "v")`), or prose (`the password for X is v`, `密碼是v`).
_ASSIGNMENT = (
    # The key from its core word on (a leading `[\w.-]{0,30}?` would be tried at every
    # position of the text: ten times the cost); `_full_key` reads the part before it.
    rf"(?i)(?P<key>(?:{_KEY_CORE})[A-Za-z0-9_.-]{{0,20}}|{_KEY_ZH})"
    r"(?:(?:(?:\s+[A-Za-z_][\w.\[\]]{0,20}|\s{0,2}:\s{0,2}[A-Za-z_][\w.<>?\[\]]{0,20})(?=\s{0,3}:?=))?"
    r"[\"']?\]?[ \t]{0,3}(?:[.?+]?=|:{1,3}=|=>|->|:|：)[ \t]{0,3}"
    r"|[\"'][ \t]{0,3}(?P<comma>,)[ \t]{0,3}(?=[\"'])"
    # After a key in a script without spaces between words (`API 金鑰 v`, `密碼 v`), a space
    # is separator enough: the value is Latin, the key is not.
    r"|(?<=[^\x00-\x7f])[ \t\u3000]{0,3}(?=[\x21-\x7e])"
    r"|(?:\s+(?:for|of|on|to)(?:\s+[\w.-]{1,30}){1,5}|(?:,?\s+[\w.'-]{1,30}){1,5},?)?"
    r"\s+(?:is|was)(?:\s+now)?\s+"
    r"|[ \t]{0,2}(?:是|為|为)[ \t]{0,2})"
    + _VALUE
)
# `SetEnv DB_PASS v` (Apache), `setenv` (csh), `ENV API_TOKEN v` (Dockerfile),
# `aws configure set aws_secret_access_key v`: a command, the key, a space, the value.
_SET_COMMAND = (
    rf"(?i)\b(?:setenv|env|(?:configure|config)[ \t]+set)[ \t]+[A-Za-z0-9_.-]{{0,30}}?"
    rf"(?P<key>(?:{_KEY_CORE})[A-Za-z0-9_.-]{{0,20}})[ \t]+" + _VALUE
)
# A name and a value as two fields: Kubernetes' `- name: DB_PASSWORD` / `value: v`, ECS's
# and GitHub's `{"name": "STRIPE_SECRET", "value": "v"}`.
_NAME_VALUE = (
    rf"""(?i)["']?name["']?[ \t]*:[ \t]*["']?[A-Za-z0-9_.-]{{0,30}}?"""
    rf"""(?P<key>(?:{_KEY_CORE})[A-Za-z0-9_.-]{{0,20}})["']?[ \t]*,?\s{{0,40}}?"""
    rf"""["']?value["']?[ \t]*:[ \t]*""" + _VALUE
)
# Prose with no operator: `use the passphrase v (...)`. The value must look like a
# password (see `_user_pass_ok`) and be 8+ characters.
_PROSE_PASSWORD = (
    r"(?i)(?<![\w$%{])(?:passw(?:or)?d|passphrase|passcode)[ \t]{1,3}[\"'`]?"
    r"([^\s\"'`,;)}\]<>]{8,64})"
)
# `<password>value</password>`, also with the value on its own line.
_XML_ELEMENT = (
    rf"(?i)<(?P<key>{_KEY})(?:\s[^<>]{{0,100}})?>\s{{0,12}}{_VALUE}\s{{0,12}}</"
)
# `--password value`, `--api-token=value` on a command line.
_CLI_FLAG = rf"(?i)(?<![\w-])--(?P<key>{_KEY})(?:=|[ \t]{{1,3}}){_VALUE}"
# Short password flags of commands that take a password as an argument: `docker login -p v`,
# `mysql -pV` (glued: a bare `-p` prompts for it), `sshpass -p v`, `redis-cli -a v`,
# `az login -p v`, `mongosh -p v`. Only after the command's name: `-p` is a port elsewhere.
_CLI_PASSWORD = (
    r"(?i)(?:\b(?:docker|podman|nerdctl|buildah|oras|helm[ \t]+registry)[ \t]+(?:registry[ \t]+)?"
    r"login\b[^\n;&|]{0,200}?[ \t]-p(?:=|[ \t]+)"
    r"|\baz[ \t]+login\b[^\n;&|]{0,300}?[ \t](?:-p|--password)(?:=|[ \t]+)"
    r"|\bmysql(?:dump|admin|sh|import)?\b[^\n;&|]{0,200}?[ \t]-p"
    r"|\bsshpass[ \t]+-p[ \t]*"
    r"|\bredis-cli\b[^\n;&|]{0,200}?[ \t]-a[ \t]+"
    r"|\bmongo(?:sh|dump|restore|export|import)?\b[^\n;&|]{0,200}?[ \t]-p[ \t]+)"
    + _VALUE
)
_CLI_PASSWORD_KEYWORDS = ("login", "mysql", "sshpass", "redis-cli", "mongo")
_ASSIGNMENT_KEYWORDS = (
    "pass", "pwd", "pw", "passphrase", "secret", "token", "key", "credential", "creds", "auth",
    "pat",
    "contraseña", "passwort", "mot de passe", "mot_de_passe", "senha", "wachtwoord", "hasło",
    "haslo", "şifre", "sifre", "lösenord", "losenord", "adgangskode", "salasana", "jelszó",
    "密碼", "密码", "口令", "金鑰", "密鑰", "密钥", "令牌", "通行碼", "通行码",
    *_KEY_INTL.split("|"),
)

# Formats gitleaks does not cover, or covers narrower than tokens seen in the wild.
EXTRA_RULES: tuple[Rule, ...] = (
    Rule("aws-secret-key",
         r"(?i)aws[A-Za-z0-9_.-]{0,25}?(?:secret|sk|private)[A-Za-z0-9_.-]{0,25}?[\"']?\s{0,3}"
         r"(?:=|:|=>|:=)\s{0,3}[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
         ("aws",), entropy=3.5),
    Rule("gcp-oauth-client-secret", rf"{_B}(GOCSPX-[A-Za-z0-9_-]{{28}}){_E}", ("gocspx",)),
    Rule("gcp-oauth-access-token", rf"{_B}(ya29\.[0-9A-Za-z_-]{{20,1024}}){_E}", ("ya29.",)),
    Rule("azure-storage-account-key",
         r"(?i)AccountKey\s{0,3}=\s{0,3}([A-Za-z0-9+/]{86,88}={0,2})", ("accountkey",)),
    Rule("azure-sas-token", r"(?i)[?&]sig=([A-Za-z0-9%+/]{40,128}(?:%3D|=){0,2})(?=[&\s\"']|$)",
         ("sig=",)),
    Rule("azure-ad-client-secret",
         r"(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])",
         ("q~",), entropy=3.0),
    Rule("stripe-webhook-secret", tok(r"whsec_[0-9A-Za-z]{24,64}"), ("whsec_",), entropy=3.0),
    Rule("openai-api-key",
         tok(r"sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{16,200}T3BlbkFJ[A-Za-z0-9_-]{16,200}"),
         ("t3blbkfj",), entropy=3.0),
    Rule("openai-project-key", tok(r"sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}"),
         ("sk-proj-", "sk-svcacct-", "sk-admin-"), entropy=3.5),
    # A webhook URL is its own credential: whoever has it can post as the integration.
    Rule("discord-webhook-url",
         r"(https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{17,20}/"
         r"[A-Za-z0-9_-]{60,80})", ("discord",)),
    # ~/.netrc: `machine HOST login USER password VALUE`, on one line or several.
    Rule("netrc-password",
         r"(?i)\b(?:machine[ \t]+\S+(?:\s+(?:login|account|port)[ \t]+\S+){0,3}"
         r"|default(?:\s+(?:login|account)[ \t]+\S+){1,3})"
         r"\s+password[ \t]+(\S{4,150})", ("machine", "default"), score=0.75,
         validate=lambda v, m: _conn_ok(v, m) and not _CODE_VALUE.search(v)),
    # A PuTTY key file's private part (the public lines above it are no secret).
    Rule("putty-private-key",
         r"(?i)(Private-Lines:[ \t]*\d{1,3}\r?\n(?:[A-Za-z0-9+/=]{4,128}(?:\r?\n|$)){1,300})",
         ("private-lines:",)),
)

# A bare token of a vendor we have no rule for: a short prefix or two (`gsk_`, `lsv2_pt_`,
# `pcsk_x1Yz_`) then 28+ random characters of mixed case and digits, the shape nearly every
# vendor now gives its keys so that scanners can find them. Ids of the same shape that are
# no credential (API object ids, digests, data) are told apart by their prefix.
_PREFIXED = (
    r"(?<![A-Za-z0-9_.$/+@%-])((?:[A-Za-z][A-Za-z0-9]{1,11}[_-]){1,3}[A-Za-z0-9]{28,250})"
    # Not cut short (`ops_eyJz...`: an example, elided).
    r"(?![A-Za-z0-9_/+=-]|\.[A-Za-z0-9]|\.\.|…)"
)
_ID_PREFIXES = frozenset((
    "chatcmpl", "cmpl", "file", "msg", "req", "request", "call", "run", "asst", "thread",
    "toolu", "resp", "rs", "fc", "ft", "ftjob", "batch", "vs", "conv", "item", "step", "embd",
    "modr", "org", "proj", "user", "cs", "pi", "ch", "cus", "sub", "evt", "in", "ii", "pm",
    "src", "tok", "price", "prod", "acct", "pk", "phc", "sha1", "sha256", "sha384", "sha512",
    "md5", "data", "img", "image", "id", "uuid", "commit", "build", "trace", "span", "test",
))


def _prefixed_ok(value: str, _m: regex.Match) -> bool:
    *prefix, body = regex.split(r"[_-]", value)
    # A vendor's prefix: its rule knows the format (and may have allow-listed the value).
    return (prefix[0].lower() not in _ID_PREFIXES
            and not value.lower().startswith(_VENDOR_PREFIXES + ("sk-", "sk_", "rk_", "hf_"))
            and random_body(body)
            and any(c.isupper() for c in body) and any(c.islower() for c in body)
            and shannon_entropy(body) >= 3.8)


# `Authorization: <scheme> <credential>` for any scheme (`SSWS`, `Splunk`, `GenieKey`,
# `Klaviyo-API-Key`) or none (a raw key, as some APIs take it).
_AUTHORIZATION = (
    r"(?i)\b(?:proxy-)?authorization[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?"
    # Bearer, Basic and Token have their own rules (a Basic credential must be base64).
    r"(?:(?!(?:bearer|basic|token)\b)[A-Za-z][A-Za-z0-9_-]{1,30}[ \t]{1,3})?"
    r"([A-Za-z0-9._~+/=-]{16,4096})"
    r"(?![A-Za-z0-9._~+/=-])"
)


def _authorization_ok(value: str, m: regex.Match) -> bool:
    return _header_ok(value, m) and not _CODE_VALUE.search(value) and (
        random_body(value) or shannon_entropy(value) >= 4.0)


# A session cookie is a bearer credential: `Cookie: sessionid=...`, `Set-Cookie: sid=...`.
_COOKIE = (
    r"(?i)(?<=\bcookie\b[^\n]{0,400}?)(?<![\w.-])"
    r"[\w.-]{0,30}(?:sess|sid|auth|token|jwt|remember|login|identity)[\w.-]{0,30}="
    r"[\"']?([A-Za-z0-9%._~+/=:-]{16,4096})"
)


def _cookie_ok(value: str, _m: regex.Match) -> bool:
    return not _PLACEHOLDER.match(value) and shannon_entropy(value) >= 3.0


# A credential in a URL's query (`?access_token=...&`, `&api_key=...`): the value ends at
# `&` or `#`, which the assignment rule's bare value (passwords hold `&`) does not stop at.
_QUERY = (
    r"(?i)[?&;](?P<key>[\w.-]{0,30}?(?:token|key|secret|sig|signature|passw(?:or)?d|pwd|auth|"
    r"credential|session)[\w.-]{0,20})=(?P<v>[^&#\s\"'<>\\]{8,2048})"
)
_QUERY_WORD = compiled(r"(?i)token|secret|sig|passw|pwd|auth|credential|session|api")


def _query_ok(value: str, m: regex.Match) -> bool:
    key = _snake(m.group("key"))
    if (_NOT_A_SECRET_KEY.search(key) or _PLACEHOLDER.match(value) or _CODE_VALUE.search(value)
            or _NAME_LIKE.match(value) or _DIGIT_RUN.search(value) or value[0] in "$%{<"):
        return False
    if _PASSWORDISH.search(key):
        return len(value) >= 6 and _classes(value) >= 2
    if not _QUERY_WORD.search(key):  # `key` alone: object and cache keys share the name
        return len(value) >= 20 and random_body(value) and shannon_entropy(value) >= 4.0
    return len(value) >= 12 and shannon_entropy(value) >= 3.2


# `log in with admin / S3cret!pw`, `user: deploy | Tr0ub4dor&3`: a user name, a slash or a
# bar, a password-shaped word (letters, digits and a capital or a symbol).
_USER_PASS = (
    r"(?i)(?:(?<![/\w.-])(?:log[ -]?in|sign[ -]?in|user(?:name)?|account|creds?|credentials)\b"
    r"(?:[ \t]+(?:with|as|is|using))?|帳號|账号|帳密|帐密|账密|用户名?|使用者)"
    r"[ \t]{0,3}[:：=]?[ \t]{0,3}"
    r"[\w.@+-]{2,64}[ \t]{0,2}[/|][ \t]{0,2}([^\s\"'`,;)}\]<>/|]{6,64})(?![/\w])"
)
_USER_PASS_KEYWORDS = ("login", "log in", "log-in", "sign in", "signin", "sign-in", "user",
                       "account", "cred", "帳號", "账号", "帳密", "帐密", "账密", "用户", "使用者")


def _user_pass_ok(value: str, _m: regex.Match) -> bool:
    value = value.rstrip(".,:!?")
    return (not (_PLACEHOLDER.match(value) or _CODE_VALUE.search(value))
            and any(c.islower() for c in value) and any(c.isdigit() for c in value)
            and (any(c.isupper() for c in value) or not value.isalnum()))


def _password_ok(value: str, _m: regex.Match) -> bool:
    """A password given as a command's or a file's argument: a literal (not a variable, a
    prompt's `*`, an option or a placeholder), of mixed classes or long."""
    return (len(value) >= 6 and value[0] not in "$%<{-/*" and not _PLACEHOLDER.match(value)
            and not _CODE_VALUE.search(value) and not _IDENTIFIER.match(value)
            and (_classes(value) >= 2 or len(value) >= 12))


_ARG = r"""(?:"([^"\s]{4,128})"|'([^'\s]{4,128})'|([^\s"'`;|<>]{4,128}))"""
# Passwords as arguments of commands and lines of files made for them: PowerShell's
# ConvertTo-SecureString, `net use` / `net user`, rabbitmqctl, htpasswd -b, `chpasswd`,
# Redis' AUTH and requirepass, SQL's CREATE/ALTER USER, ~/.pgpass, a Wi-Fi QR code, the
# value GitHub Actions is told to mask.
_COMMAND_PASSWORDS = (
    rf"(?i)ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?{_ARG}(?=[ \t]+-AsPlainText)",
    rf"(?i)\bnet[ \t]+use\b[^\n]{{0,200}}?[ \t]/user:\S+[ \t]+{_ARG}",
    rf"(?i)\bnet[ \t]+user[ \t]+\S+[ \t]+{_ARG}(?=[ \t]+/(?:add|domain)\b)",
    rf"\brabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+\S+[ \t]+{_ARG}",
    rf"\bhtpasswd[ \t]+-[a-zA-Z]*b[a-zA-Z]*[ \t]+(?:-\S+[ \t]+)*\S+[ \t]+\S+[ \t]+{_ARG}",
    r"""(?i)\becho[ \t]+["']?[\w.-]{1,32}:([^\s"':]{4,128})["']?[ \t]*\|[ \t]*"""
    r"(?:sudo[ \t]+)?chpasswd",
    rf"(?m)^[ \t]*(?:[\w.:-]*>[ \t]*)?AUTH[ \t]+(?:[\w.-]{{1,64}}[ \t]+)?{_ARG}[ \t]*$",
    rf"(?i)\b(?:requirepass|masterauth)[ \t]+{_ARG}",
    # SQL: a quoted literal in any case; bare (Oracle) only in SQL's capitals, since
    # "identified by full_name" is prose.
    r"""(?i)\b(?:with[ \t]+(?:encrypted[ \t]+)?password|identified[ \t]+by)[ \t]+"""
    r"""(?:"([^"\s]{4,128})"|'([^'\s]{4,128})')""",
    r"\b(?:WITH[ \t]+(?:ENCRYPTED[ \t]+)?PASSWORD|IDENTIFIED[ \t]+BY)[ \t]+([^\s\"';]{4,128})",
    r"(?m)^[\w.*-]{1,255}:(?:\d{1,5}|\*):[\w.*-]{1,63}:[\w.*@-]{1,63}:([^\s:]{4,128})$",
    r"WIFI:(?:[A-Z]:[^;]*;)*?P:((?:\\.|[^;\\]){4,63});",
    r"::add-mask::([^\s$][^\s]{3,256})",
)
_COMMAND_KEYWORDS = (
    ("convertto-securestring",), ("net use",), ("net user",), ("rabbitmqctl",), ("htpasswd",),
    ("chpasswd",), ("auth",), ("requirepass", "masterauth"), ("password", "identified by"),
    ("password", "identified by"),
    (":",), ("wifi:",), ("::add-mask::",),
)
_MASK = _COMMAND_PASSWORDS[-1]


def _command_password_ok(value: str, m: regex.Match) -> bool:
    if m.re.pattern == _MASK:  # whatever a workflow masks is a secret to it
        return not _PLACEHOLDER.match(value)
    return _password_ok(value, m)


# A password as the literal after the user's in a call made to log in or to build a
# credential: `smtp.login("me@x.com", "abcd efgh ijkl mnop")` (a Gmail app password),
# `HTTPBasicAuth("u", "p")`, `auth=("u", "p")`, `NetworkCredential("u", "p")`,
# `DriverManager.getConnection(url, "u", "p")`, `smtp.PlainAuth("", "u", "p", host)`.
_LOGIN_CALL = (
    r"""(?:\.login|\bHTTP(?:Basic|Digest)Auth|\bNetworkCredential|\bPasswordAuthentication|"""
    r"""\bUsernamePasswordCredentials|\bgetConnection|\bPlainAuth|"""
    r"""\bauth[ \t]*=[ \t]*)[ \t]*\([ \t]*(?:[^()\n]{0,200}?,[ \t]*)??"""
    r"""(?P<u>["'])[^"'\n]{1,100}(?P=u)[ \t]*,[ \t]*(?P<p>["'])(?P<v>[^"'\n]{4,128})(?P=p)"""
)
_LOGIN_CALL_KEYWORDS = ("login", "auth", "networkcredential", "passwordauthentication",
                        "usernamepasswordcredentials", "getconnection")


def _login_call_ok(value: str, _m: regex.Match) -> bool:
    return not (_PLACEHOLDER.match(value) or _CODE_VALUE.search(value) or value[0] in "$%{<")


def _prose_password_ok(value: str, m: regex.Match) -> bool:
    return (_user_pass_ok(value, m) and _classes(value.rstrip(".,:!?")) >= 3
            and "://" not in value)


STRUCTURAL_RULES: tuple[Rule, ...] = (
    Rule("password-assignment", _SET_COMMAND, ("setenv", "env", "set"), score=0.75,
         validate=_assignment_ok),
    Rule("password-assignment", _NAME_VALUE, ("value",), score=0.75, validate=_assignment_ok),
    Rule("password-in-prose", _PROSE_PASSWORD, ("passw", "passphrase", "passcode"), score=0.7,
         validate=_prose_password_ok),
    # A JSON Web Key's private part (`d` of RSA / EC / OKP keys, `k` of a symmetric key).
    Rule("private-key",
         r'(?s)"kty"[ \t]*:.{0,4000}?"(?:d|k)"[ \t]*:[ \t]*"([A-Za-z0-9_-]{16,4096})"',
         ('"kty"',), entropy=3.5),
    Rule("login-call-password", _LOGIN_CALL, _LOGIN_CALL_KEYWORDS, score=0.75,
         validate=_login_call_ok),
    *(Rule("command-password", p, k, score=0.75, validate=_command_password_ok)
      for p, k in zip(_COMMAND_PASSWORDS, _COMMAND_KEYWORDS, strict=True)),
    # OpenVPN's shared key: a PEM-like block that is not a `PRIVATE KEY`.
    Rule("openvpn-static-key",
         r"(-----BEGIN OpenVPN Static key V\d-----[\s\S]{64,2000}?"
         r"-----END OpenVPN Static key V\d-----)",
         ("openvpn static key",)),
    Rule("prefixed-token", _PREFIXED, (), score=0.85, validate=_prefixed_ok),
    Rule("authorization-header", _AUTHORIZATION, ("authorization",), score=0.8,
         entropy=3.0, validate=_authorization_ok),
    Rule("session-cookie", _COOKIE, ("cookie",), score=0.8, validate=_cookie_ok),
    Rule("url-query-credential", _QUERY, ("token", "key", "secret", "sig", "pass", "pwd",
                                          "auth", "credential", "session"),
         score=0.8, validate=_query_ok),
    Rule("user-password-pair", _USER_PASS, _USER_PASS_KEYWORDS, score=0.7,
         validate=_user_pass_ok),
    # gitleaks' shape, for tokens whose header is not (or no longer) valid JSON.
    Rule("jwt",
         tok(r"ey[a-zA-Z0-9]{17,}\.ey[a-zA-Z0-9/\\_-]{17,}\.(?:[a-zA-Z0-9/\\_-]{10,}={0,2})?", ""),
         ("ey",), score=0.9, entropy=3.0),
    Rule("jwt",
         rf"{_B}(ey[A-Za-z0-9_-]{{10,2048}}\.ey[A-Za-z0-9_/\\-]{{10,4096}}\.[A-Za-z0-9_/\\-]{{0,2048}}={{0,2}})",
         ("eyj",), validate=_jwt_ok),
    Rule("private-key",
         r"(-----BEGIN[ A-Z0-9_-]{0,60}PRIVATE KEY(?: BLOCK)?-----[\s\S]{16,40000}?"
         r"-----END[ A-Z0-9_-]{0,60}PRIVATE KEY(?: BLOCK)?-----)",
         ("-----begin",), validate=lambda v, _m: len(_PEM_FRAME.sub("", v)) >= 32),
    # A pasted key cut short before its END line: the header and the base64 lines after it.
    Rule("private-key",
         r"(-----BEGIN[ A-Z0-9_-]{0,60}PRIVATE KEY(?: BLOCK)?-----"
         r"(?:(?:\\n|\s){1,4}(?:[A-Za-z-]{1,20}: [^\n]{1,100}|[A-Za-z0-9+/=]{16,100})){1,600})",
         ("-----begin",)),
    Rule("connection-string-password",
         # The password may hold an unescaped `@`: the host starts after the last one.
         r"(?i)(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,20}://[^\s:/@'\"`<>]{0,128}:"
         r"([^\s'\"`<>/]{1,256})@[A-Za-z0-9._-]{1,255}",
         ("://",), validate=_conn_ok),
    # A Basic credential is base64 of `user:pass`; a bearer token or a `token` may be any
    # token68 (RFC 7235). `Basic <a JWT>` is no Basic credential (the jwt rule finds it).
    Rule("authorization-header",
         r"(?i)(?<![A-Za-z])(?:bearer|token)\s{1,3}([A-Za-z0-9._~+/-]{19,4095}[A-Za-z0-9_~+/-]={0,2})"
         r"(?![A-Za-z0-9._~+/=-])",
         ("bearer", "token"), score=0.8, entropy=3.0, validate=_header_ok),
    Rule("authorization-header",
         r"(?i)(?<![A-Za-z])basic\s{1,3}([A-Za-z0-9+/]{19,4095}={0,2})(?![A-Za-z0-9._~+/=-])",
         ("basic",), score=0.8, entropy=3.0),
    Rule("password-assignment", _ASSIGNMENT, _ASSIGNMENT_KEYWORDS, score=0.75,
         validate=_assignment_ok),
    Rule("password-assignment", _XML_ELEMENT, _ASSIGNMENT_KEYWORDS, score=0.75,
         validate=_assignment_ok),
    Rule("password-assignment", _CLI_FLAG, _ASSIGNMENT_KEYWORDS, score=0.75,
         validate=_assignment_ok),
    Rule("cli-password", _CLI_PASSWORD, _CLI_PASSWORD_KEYWORDS, score=0.75,
         validate=_cli_password_ok),
)

RULES: tuple[Rule, ...] = VENDOR_RULES + MORE_VENDOR_RULES + EXTRA_RULES + STRUCTURAL_RULES
_VENDOR_PREFIXES = _prefixes(VENDOR_RULES + MORE_VENDOR_RULES + EXTRA_RULES)



def _automaton(rules: Iterable[Rule]) -> ahocorasick.Automaton:
    """Every rule's keywords in one Aho-Corasick automaton: one pass over the lowercased
    text finds all of them, overlapping ones too (`test_pub` holds `test_` and `_pub`),
    at a cost independent of how many rules there are (a 260-way `re` alternation costs
    thirty times as much per KB of prompt)."""
    automaton = ahocorasick.Automaton()
    for k in {k for r in rules for k in r.keywords}:
        automaton.add_word(k, k)
    automaton.make_automaton()
    return automaton


_KEYWORDS = _automaton(RULES)


class SecretsRecognizer(EntityRecognizer):
    """SECRET: tokens, keys, private keys, passwords in connection strings and assignments."""

    def __init__(self, supported_language: str = "en", rules: Iterable[Rule] = RULES):
        super().__init__(
            supported_entities=[ENTITY], supported_language=supported_language,
            name="SecretsRecognizer",
        )
        self.rules = tuple(rules)
        # Which rules each keyword gates, so a text runs only the rules its keywords name.
        self._by_keyword: dict[str, list[int]] = {}
        for i, rule in enumerate(self.rules):
            for k in rule.keywords:
                self._by_keyword.setdefault(k, []).append(i)
        self._keyless = tuple(i for i, rule in enumerate(self.rules) if not rule.keywords)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        present = {k for _, k in _KEYWORDS.iter(text.lower())}
        keyed = {i for k in present for i in self._by_keyword.get(k, ())}
        # A rule without keywords matches one long word (a token of 30 characters and
        # more): it runs on those alone, so prose costs it nothing.
        long_words = _long_words(text) if self._keyless else []
        if long_words:
            keyed.update(self._keyless)
        found: list[RecognizerResult] = []
        for i in sorted(keyed):
            rule = self.rules[i]
            if rule.keywords:
                matches = rule.compiled.finditer(text)
            else:
                matches = (m for a, b in long_words for m in rule.compiled.finditer(text, a, b))
            for m in matches:
                group = _value_group(m)
                start, end = m.span(group)
                if group == "v2":  # a bare value ends before a sentence's full stop
                    # ... and before the next parameter of a form or query (`&grant_type=`)
                    cut = _PARAM_BOUNDARY.search(text, start, end)
                    if cut:
                        end = cut.start()
                    while end > start and text[end - 1] in ".,:":
                        end -= 1
                value = text[start:end]
                if rule.entropy and shannon_entropy(value) < rule.entropy:
                    continue
                if _FAKE_VALUE.search(value):
                    continue
                if rule.validate is not None and not rule.validate(value, m):
                    continue
                found.append(result(self, ENTITY, start, end, rule.score, name=rule.id))
        # One finding per secret: where rules overlap, the most specific (highest score,
        # then longest) wins; a PEM block's two patterns, `token ghp_...` (a GitHub token,
        # not a generic bearer value).
        found.sort(key=lambda r: (-r.score, r.start - r.end))
        kept: list[RecognizerResult] = []
        for r in found:
            if not any(k.start < r.end and r.start < k.end for k in kept):
                kept.append(r)
        return sorted(kept, key=lambda r: r.start)


_LONG_WORD = 30
_PARAM_BOUNDARY = compiled(r"&[A-Za-z_][\w.-]{0,40}=")


# Stdlib `re`: three times faster than `regex` on a character-class run.
_ASCII_RUN = re.compile(rf"[\x21-\x7e]{{{_LONG_WORD},}}")


def _long_words(text: str) -> list[tuple[int, int]]:
    """Spans of the whitespace-separated words of `_LONG_WORD` characters or more; in a
    word of other scripts too (Chinese has no spaces), its printable ASCII runs."""
    words = text.split()
    if not words or len(max(words, key=len)) < _LONG_WORD:
        return []
    spans, pos = [], 0
    for w in words:
        if len(w) >= _LONG_WORD:
            pos = text.find(w, pos)
            if w.isascii():
                spans.append((pos, pos + len(w)))
            elif len(w.encode("ascii", "ignore")) >= _LONG_WORD:  # enough ASCII for a run
                spans.extend(m.span() for m in _ASCII_RUN.finditer(text, pos, pos + len(w)))
            pos += len(w)
    return spans


def _value_group(m: regex.Match) -> int | str:
    """The capture group holding the secret: whichever value alternative of an assignment
    matched, else the first group that took part (a rule may have alternatives)."""
    names = m.groupdict()
    if "v" in names:
        return "v"
    if "v1" in names:
        return "v1" if m.group("v1") is not None else "v2"
    return next((i for i in range(1, len(m.groups()) + 1) if m.start(i) >= 0), 1)
