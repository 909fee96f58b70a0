"""Secrets found by where they sit rather than by their format: entity SECRET.

A value of any format is a secret in the places made for one: an assignment to a key naming
a secret (`password = ...`, `api_key: ...`, `<password>...</password>`, `--api-token ...`,
`密碼是...`, in any syntax: `_ASSIGNMENT`, `_XML_ELEMENT`, `_CLI_FLAG`), an Authorization
header of any scheme, a session cookie, a credential in a URL's query or a form body, the
password of a connection string or a `.netrc`, a password as a command's argument
(`ConvertTo-SecureString`, `net use`, `mysql -p`, SQL's `IDENTIFIED BY`) or as a login
call's (`smtp.login(user, pw)`), a `user / password` pair in prose.

Assignments are gated the way gitleaks' generic-api-key rule is (entropy >= 3.5 for keys and
tokens, its allowlisted key names), with a looser gate for passwords (people choose
low-entropy passwords) that still rejects code references, templating and placeholders (the
gates are in `secrets_values.py`). A value under a key naming a vendor (`cloudflare_api_key`)
or carrying a vendor prefix (`xoxp-...`) is left to that vendor's rule: it knows the format.
"""

from __future__ import annotations

import regex

from .common import compiled, shannon_entropy
from .secret_rules import Rule, random_body
from .secrets_commands import CLI_PASSWORD_RULES, COMMAND_RULES, LOGIN_CALL_RULES
from .secrets_values import (
    CALL_BEFORE,
    CODE_VALUE,
    DIGIT_RUN,
    ENCRYPTED_BEFORE,
    IDENTIFIER,
    KEY_INTL,
    NAME_LIKE,
    NOT_A_SECRET_KEY,
    ONE_ALPHABET,
    OTHER_KEY_WORD,
    PASSWORD_HASH,
    PASSWORD_WORD_KEYS,
    PASSWORD_WORDS,
    PASSWORDISH,
    PLACEHOLDER,
    SECRET_WORD,
    STOPWORDS,
    TOKEN_CHARS,
    VALUE,
    VENDOR_KEY,
    VENDOR_PREFIXES,
    WORDS_PLACEHOLDER,
    X_PASS,
    char_classes,
    full_key_start,
    snake_case,
)

__all__ = ["STRUCTURAL_RULES"]


def _assignment_ok(value: str, m: regex.Match) -> bool:
    key_start = full_key_start(m)
    key = snake_case(m.string[key_start:m.end("key")])
    if value.startswith("base64:"):  # Laravel's APP_KEY: the key is the base64 after it
        value = value[len("base64:"):]
    low = value.lower()
    quoted = m.groupdict().get("q") is not None
    # A quoted literal of any printable characters, long and random (Django's SECRET_KEY,
    # WordPress' AUTH_KEY hold brackets and `$`): generated, not code.
    generated = (quoted and len(value) >= 24 and not TOKEN_CHARS.match(value)
                 and char_classes(value) >= 3 and shannon_entropy(value) >= 4.2) or (
        # bare, a generator's password (`NPM_TOKEN=5o0FbUth7VM9#v3+OXX5`): all four classes,
        # a generator's symbols; not a URL, a path or an expression (`f(x)`, `${X}`)
        len(value) >= 16 and char_classes(value) == 4 and shannon_entropy(value) >= 3.8
        and GENERATED_BARE.match(value) is not None)
    if (NOT_A_SECRET_KEY.search(key) or PUBLIC_BEFORE.search(m.string, max(0, key_start - 14),
                                                             key_start)
            or PLACEHOLDER.match(value)
            or (CODE_VALUE.search(value) and not generated) or VENDOR_KEY.search(key)
            or low.startswith(VENDOR_PREFIXES)
            or any(w in low for w in STOPWORDS) or PASSWORD_HASH.match(value)):
        return False
    if ENCRYPTED_BEFORE.search(m.string, max(0, key_start - 300), key_start):
        return False  # ciphertext: a SealedSecret's `encryptedData`, SOPS, Ansible Vault
    if m.groupdict().get("comma") and not CALL_BEFORE.search(
            m.string, max(0, key_start - 12), key_start):
        return False  # `"a_token", "b"`: a list of strings, not `set("a_token", "b")`
    if (value.isalpha() or FIELD_NAME.match(value)) and SECRET_WORD.search(value):
        # `PASSWORD: "challengePassword"`, Helm's `passwordKey: admin-password`: a name for
        # the field (or for the key of a Secret that holds it), not its value.
        return False
    passwordish = PASSWORDISH.search(key) is not None or (
        # `ldap.bind.credentials: v`: credentials given as one value are a password; only
        # one shaped like a password counts (`credentials: same-origin` is a fetch option).
        CREDENTIAL_KEY.search(key) is not None and char_classes(value) >= 3
        and any(c.isdigit() for c in value))
    if not quoted and not passwordish and m.string[m.end():m.end() + 1] in (")", "]", "}"):
        return False  # `f(token: x)`: an argument expression, not a literal
    if passwordish:
        # Human passwords: mixed character classes, or a quoted literal, or long and random;
        # not a bare word (`:param password: Unicode`) nor a variable (`= password_mgr`).
        if len(value) < 6 or (not quoted and (IDENTIFIER.match(value) or (
                value.isalpha() and len(value) < 10))):
            return False
        return (char_classes(value) >= 2 or (quoted and len(value) >= 8)
                or shannon_entropy(value) >= 3.0)
    if not OTHER_KEY_WORD.search(key):  # `key` alone
        # wp-config's `LOGGED_IN_KEY`, `NONCE_KEY`: 64 random printables, a fifth or more of
        # them symbols of ten kinds or more; a structured cache key
        # (`user:8821:Profile/Settings#Theme=dark`) repeats a few separators.
        if generated and len(value) >= 40 and char_classes(value) == 4:
            symbols = [c for c in value if not c.isalnum()]  # (only for such a value)
            if len(symbols) >= len(value) / 5 and len(set(symbols)) >= 10:
                return True
        return (len(value) >= 20 and ONE_ALPHABET.match(value) is not None
                and char_classes(value.strip("=")) >= 3 and any(c.isupper() for c in value)
                and any(c.islower() for c in value) and shannon_entropy(value) >= 4.0
                and not DIGIT_RUN.search(value))
    if generated:
        return True
    # Keys and tokens: gitleaks' generic-api-key gate (and its allowlist: a value of letters
    # and `_.-` alone is a name, `Proxy-Authorization`, not a key).
    if (len(value) < 10 or not TOKEN_CHARS.match(value) or NAME_LIKE.match(value)
            or DIGIT_RUN.search(value)):
        return False
    limit = 3.0 if all(c in "0123456789abcdefABCDEF" for c in value) else 3.5
    return shannon_entropy(value) >= limit


assignment_ok = _assignment_ok  # for the layout rules (`secrets_layouts`)


GENERATED_BARE = compiled(r"^[A-Za-z0-9!#%^*+=_~.-]+$")
# Words joined by `-`, `_` or `.`, or camelCase: the name of a field, not a value.
FIELD_NAME = compiled(r"^[A-Za-z][a-z]*(?:(?:[-_.][A-Za-z]|[A-Z])[a-z]*)*$")
CREDENTIAL_KEY = compiled(r"(?i)(?:^|[_.-])(?:credentials?|creds)$")


# `the public key is v`, `Stripe publishable key: v`: the key's name, words apart.
PUBLIC_BEFORE = compiled(r"(?i)(?<![a-z])(?:public|publishable|pub)[ \t]+$")


def _header_ok(value: str, _m: regex.Match) -> bool:
    return not (PLACEHOLDER.match(value) or WORDS_PLACEHOLDER.match(value))


def _conn_ok(value: str, _m: regex.Match) -> bool:
    return not (PLACEHOLDER.match(value) or value.startswith(("$", "{", "<", "%")))



_KEY_CORE = (
    r"passw(?:or)?d|passphrase|passcode|(?<![a-z])pass(?![a-z])|pwd|secret[ _.-]key|secret|"
    r"(?<![a-z])psk(?![a-z])|pre[_-]?shared[_-]?key|"
    r"token|api[ _.-]?key|apikey|access[ _.-]?key|auth[_.-]?key|private[ _.-]?key|"
    r"signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|"
    # Keys named for what they sign or open: Laravel's APP_KEY, JWT_KEY, HMAC_KEY, ...
    r"(?:app|jwt|hmac|client|session|cookie|aes|cipher|crypt|license|licence|shared|root|"
    r"service|webhook|deploy|bot|consumer|sas|storage|subscription|server|admin|merchant|"
    r"partner|integration)[_.-]?key|"
    # A key named `key` alone: held to a stricter gate (`_assignment_ok`).
    r"(?<![a-z])key(?![a-z])|"
    # `pat`: a personal access token (`AZURE_DEVOPS_PAT`, `GH_PAT`).
    rf"credentials?|creds|auth(?!or)|(?<![a-z])pat(?![a-z])|(?<![a-z])pw(?![a-z])|{X_PASS}|"
    rf"passwort|{PASSWORD_WORDS}"
)
_KEY = rf"[A-Za-z0-9_.-]{{0,30}}?(?:{_KEY_CORE})[A-Za-z0-9_.-]{{0,20}}"
# 秘钥 and 密匙 are common spellings of 密钥; 授权码 is the password QQ and NetEase mail give
# an SMTP or IMAP client.
_KEY_ZH = (rf"密碼|密码|口令|金鑰|密鑰|密钥|秘钥|秘鑰|密匙|授权码|授權碼|私鑰|私钥|令牌|"
           rf"通行碼|通行码|{KEY_INTL}")
# `key = value` in any syntax: an optional type (`var k string =`, `val k: String =`), any
# assignment operator (`=`, `:=`, `::=`, `?=`, `.=`, `+=`, `=>`, `->`, `:`), a call's next
# argument (`setProperty("k", "v")`), or prose (`the password for X is v`, `密碼是v`,
# `the password starts with v`: a half given in one message, the rest in the next).
_ASSIGNMENT = (
    # The key from its core word on (a leading `[\w.-]{0,30}?` would be tried at every
    # position of the text: ten times the cost); `full_key_start` finds where it begins.
    rf"(?i)(?P<key>(?:{_KEY_CORE})[A-Za-z0-9_.-]{{0,20}}|{_KEY_ZH})"
    r"(?:(?:(?:\s+[A-Za-z_][\w.\[\]]{0,20}|\s{0,2}:\s{0,2}[A-Za-z_][\w.<>?\[\]]{0,20})(?=\s{0,3}:?=))?"
    r"[\"']?\]?[ \t]{0,3}(?:[.?+]?=|:{1,3}=|=>|->|:|：)[ \t]{0,3}"
    # (After the comma, a column's worth of spaces: wp-config aligns its `define()` values.)
    r"|[\"'][ \t]{0,3}(?P<comma>,)[ \t]{0,16}(?=[\"'])"
    # After a key in a script without spaces between words (`API 金鑰 v`, `密碼 v`), a space
    # is separator enough: the value is Latin, the key is not.
    r"|(?<=[^\x00-\x7f])[ \t\u3000]{0,3}(?=[\x21-\x7e])"
    r"|(?:\s+(?:for|of|on|to)(?:\s+[\w.-]{1,30}){1,5}|(?:,?\s+[\w.'-]{1,30}){1,5},?)?"
    r"\s+(?:(?:is|was)(?:\s+now)?|(?:starts|begins|ends)(?:\s+with)?)\s+"
    # `password for Thunderbird (IMAP only): v`: what it opens, a remark, a colon.
    r"|[ \t]+(?:for|of|on|to)(?:[ \t]+[\w.@-]{1,30}){1,5}[ \t]*\([^()\n]{1,40}\)[ \t]*[:：]"
    r"[ \t]{0,3}"
    r"|[ \t]{0,2}(?:設為|设为|設成|设成|改為|改为|改成|換成|换成|設定為|设定为|設置為|设置为|"
    r"是|為|为)[ \t]{0,2}"
    # A few words or a parenthesis of Chinese before the colon (`金鑰如下：`, `密码（臨時）：`,
    # `token 先借你用：`); the value may start on the next line.
    r"|[ \t]{0,2}(?:[（(][^）)\n]{1,12}[）)]|[\u3400-\u9fff]{1,8})[ \t]{0,2}[:：][ \t]{0,3}"
    r"(?:\r?\n[ \t]{0,3})?"
    r"|：[ \t]{0,3}\r?\n[ \t]{0,3})"
    + VALUE
)
# `SetEnv DB_PASS v` (Apache), `setenv` (csh), `ENV API_TOKEN v` (Dockerfile), C's
# `#define DB_PASS "v"`,
# `aws configure set aws_secret_access_key v`: a command, the key, a space, the value.
_SET_COMMAND = (
    rf"(?i)(?:\b(?:setenv|env|setx(?:[ \t]+/[Mm])?|(?:configure|config)[ \t]+set)"
    rf"|(?m:^)[ \t]*#[ \t]*define)[ \t]+"
    rf"[A-Za-z0-9_.-]{{0,30}}?"
    rf"(?P<key>(?:{_KEY_CORE})[A-Za-z0-9_.-]{{0,20}})[ \t]+" + VALUE
)
# A name and a value as two fields: Kubernetes' `- name: DB_PASSWORD` / `value: v`, ECS's
# and GitHub's `{"name": "STRIPE_SECRET", "value": "v"}`, Postman's `{"key": ..., "value": v}`.
_NAME_VALUE = (
    rf"""(?i)["']?(?:name|key)["']?[ \t]*:[ \t]*["']?[A-Za-z0-9_.-]{{0,30}}?"""
    rf"""(?P<key>(?:{_KEY_CORE})[A-Za-z0-9_.-]{{0,20}})["']?[ \t]*,?\s{{0,40}}?"""
    rf"""["']?value["']?[ \t]*:[ \t]*""" + VALUE
)
# A key holding an object whose `value` is the literal: Terraform's outputs and variables
# (`"admin_password": {"value": "v", "sensitive": true}`), parameter-store exports.
_VALUE_OBJECT = (
    rf"""(?i)["'][A-Za-z0-9_.-]{{0,30}}?(?P<key>(?:{_KEY_CORE})[A-Za-z0-9_.-]{{0,20}})["']"""
    rf"""[ \t]*:[ \t]*\{{\s{{0,20}}"""
    rf"""["']value["'][ \t]*:[ \t]*""" + VALUE
)
# A key and its value as a two-element tuple: Erlang's and Elixir's configuration
# (`{default_pass, <<"v">>}`, `{:password, "v"}`, `{password, "v"}`), where a binary's
# `<<"...">>` wraps the string. Only right after `{`: a tuple opening with the key.
_TUPLE = (
    rf"""\{{[ \t]*:?[A-Za-z0-9_]{{0,30}}?(?P<key>(?i:{_KEY_CORE})[A-Za-z0-9_]{{0,20}})"""
    # (The value quoted: a bare one is a variable, `{password, Password}`, or a call.)
    rf"""[ \t]*,[ \t]*(?:<<[ \t]*)?(?=["'])""" + VALUE
)
# Prose with no operator: `use the passphrase v (...)`. The value must look like a
# password (see `_user_pass_ok`) and be 8+ characters.
_PROSE_PASSWORD = (
    r"(?i)(?<![\w$%{])(?:passw(?:or)?d|passphrase|passcode|pwd|pw)[ \t]{1,3}[\"'`]?"
    r"([^\s\"'`,;)}\]<>]{8,64})"
)
# `<password>value</password>`, also with the value on its own line.
_XML_ELEMENT = (
    rf"(?i)<(?P<key>{_KEY})(?:\s[^<>]{{0,100}})?>\s{{0,12}}{VALUE}\s{{0,12}}</"
)
# `--password value`, `--api-token=value` on a command line.
_CLI_FLAG = rf"(?i)(?<![\w-])--(?P<key>{_KEY})(?:=|[ \t]{{1,3}}){VALUE}"
# A setter or a builder given the literal: `cfg.setPassword("v")`, `.password("v")`,
# `client.setApiKey('v')`, `withToken("v")` (not `get_secret("path")`: a getter's argument
# names what it reads).
_SETTER_CALL = (
    rf"(?i)(?:\.(?:set|with|use)?_?|(?<![\w$.])(?:set|with)_?)"
    rf"(?P<key>(?:{_KEY_CORE})[A-Za-z0-9_]{{0,20}})[ \t]*\([ \t]*"
    r"(?P<q>[\"'`])(?P<v1>(?:(?!(?P=q))\S){4,150})(?P=q)[ \t]*\)"
)
# A key and its value as attributes or as an element's text, the key named by `key` or
# `name`: .NET's `<add key="SmtpPassword" value="v"/>`, Spring's `<property name="password"
# value="v"/>`, Java's XML properties `<entry key="db.password">v</entry>`.
_XML_KEY_VALUE = (
    rf"""(?i)<[\w:.-]{{1,40}}\s[^<>]{{0,100}}?\b(?:key|name)[ \t]*=[ \t]*["']"""
    rf"""[A-Za-z0-9_.-]{{0,30}}?"""
    rf"""(?P<key>(?:{_KEY_CORE})[A-Za-z0-9_.-]{{0,20}})["']"""
    rf"""(?:[^<>]{{0,100}}?\bvalue[ \t]*=[ \t]*|[^<>]{{0,100}}?>\s{{0,12}})""" + VALUE
)
# A line holding only a key and a quoted literal, a call without parentheses: Gradle's
# `storePassword 'v'`, Ruby and Chef DSLs' `password "v"`.
# (Both line rules start at the value and look behind for the key: tried at every line
# start, the key's alternation would cost ten times as much.)
_DSL_LINE = (
    rf"""(?im)(?<=^[ \t]*[A-Za-z0-9_.]{{0,30}}?"""
    rf"""(?P<key>(?:{_KEY_CORE})[A-Za-z0-9_]{{0,20}})[ \t]+)"""
    r"""(?P<q>["'])(?P<v1>(?:(?!(?P=q))\S){4,150})(?P=q)[ \t]*;?[ \t]*$"""
)
# A `.env` line: the value runs to the end of the word, `,`, `;` and `#` included (a
# password may hold them), not a shell's `&`, `|`, `<`, `>` (a value with them is quoted).
_DOTENV_LINE = (
    rf"(?im)(?<=^[ \t]*(?:export[ \t]+)?[A-Za-z0-9_.-]{{0,30}}?"
    rf"(?P<key>(?:{_KEY_CORE})[A-Za-z0-9_.-]{{0,20}}))=(?P<v>[^\s\"'`&|<>]{{4,150}})"
)
# A Java `.properties` line whose separator is a space or a tab (`mail.smtp.password v`):
# the key is dotted, the value runs to the end of the line.
_PROPERTIES_LINE = (
    rf"(?im)^[ \t]*[A-Za-z0-9_-]{{1,30}}(?:\.[A-Za-z0-9_-]{{1,30}}){{0,6}}\."
    rf"(?P<key>[A-Za-z0-9_-]{{0,20}}?(?:{_KEY_CORE})[A-Za-z0-9_-]{{0,20}})[ \t]+"
    r"(?P<v>[^\s\"'`=:][^\s]{3,150})[ \t]*$"
)
# An Azure Functions URL: its function key rides in the query as `code=`.
_AZURE_FUNCTION_KEY = (
    r"(?i)\bhttps?://[a-z0-9-]{1,60}\.azurewebsites\.net/api/[^\s?#\"'<>]{0,200}\?"
    r"(?:[^\s#\"'<>]{0,300}?&)?code=([A-Za-z0-9_%-]{20,200}(?:=|%3D){0,2})"
)
# A quoted passphrase of three words or more (`passphrase: "copper violin meadow orchid"`,
# `the passphrase for the key is '...'`):
# spaces are part of it. Prose under such a key (`"must be 12 characters"`) is told apart by
# its words; two words are more often a label (`"not set"`, `"correct horse"`) than a secret.
_SPACED_PASSWORD = (
    r"(?i)(?P<key>pass[ _-]?phrase|passw(?:or)?d|passwd|pwd)[\"']?"
    # An operator, or prose: `the passphrase for the key file is '...'`.
    r"(?:[ \t]{0,3}(?:=|:|：)[ \t]{0,3}|(?:[ \t]+[\w.-]{1,30}){0,5}[ \t]+(?:is|was)[ \t]+)"
    r"(?P<q>[\"'])(?P<v>[^\"'\n ]{2,30}(?: [^\"'\n ]{2,30}){2,7})(?P=q)"
)
_PROSE_WORDS = compiled(
    r"(?i)(?<![a-z])(?:the|a|an|is|are|be|your|you|must|should|enter|please|not|of|to|for|and|"
    r"or|with|at|least|characters?|required|here|this|that|in|on|it|new|old|change|set|use)"
    r"(?![a-z])"
)


def _spaced_password_ok(value: str, _m: regex.Match) -> bool:
    return not (PLACEHOLDER.match(value) or _PROSE_WORDS.search(value)
                or SECRET_WORD.search(value) or CODE_VALUE.search(value)
                or "/" in value or "\\" in value)  # a path (`pwd: "C:\\Program Files"`)


# A Google app password: four groups of four lowercase letters, after `app password`.
_APP_PASSWORD = (
    r"(?i)\bapp(?:lication)?[ _-]?(?:specific[ _-]?)?passw(?:or)?d[^\n]{0,40}?"
    r"(?<![a-z])(?-i:([a-z]{4} ?[a-z]{4} ?[a-z]{4} ?[a-z]{4}))(?![a-z])"
)


# The same shape as a password's value with no `app` before it (`password abcd efgh ...` in a
# `.msmtprc`): four groups of four lowercase letters are what Google issues.
_SPACED_APP_PASSWORD = (
    r"(?i)passw(?:or)?d[\"']?[ \t]{0,3}[:=]?[ \t]{0,3}[\"']?"
    r"(?<![a-z])(?-i:([a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}))(?![a-z])"
)


def _app_password_ok(value: str, _m: regex.Match) -> bool:
    # Random letters, not four English words (a random 16 has 3 vowels, words twice that).
    letters = value.replace(" ", "")
    return sum(c in "aeiou" for c in letters) <= 5


# An ODBC value in braces may hold `;` (`PWD={a;b}`).
_BRACED_PASSWORD = (
    r"(?i)(?:^|[;\"'])[ \t]*(?:pwd|password)[ \t]*=[ \t]*\{([^{}\r\n]{1,128})\}"
    r"(?=[ \t]*(?:;|$|[\"']))"
)
# Go's MySQL DSN: `user:password@tcp(host:port)/db`, no scheme.
_GO_DSN = r"""(?<=["'`])[\w.-]{1,64}:([^\s"'`@/]{1,128})@(?:tcp|unix|udp)\("""
# A token as a URL's user with no password: `https://<token>@github.com/org/repo.git`.
# A Sentry DSN has the same shape but its key is public by design (browsers send it).
_TOKEN_USER_URL = r"(?i)(?<![A-Za-z0-9+.-])https?://([A-Za-z0-9_-]{20,255})@([A-Za-z0-9.-]{1,255})"


def _token_user_ok(value: str, m: regex.Match) -> bool:
    host = m.group(2).lower()
    return (not host.endswith("sentry.io") and ".ingest." not in host
            and random_body(value) and shannon_entropy(value) >= 3.5)


# `帳號和密碼分別是 admin 和 v`: a user and a password named together, given in turn.
_ZH_USER_AND_PASSWORD = (
    r"(?:帳號|账号|賬號|帐号|用戶名|用户名|使用者名稱)[ \t]*(?:和|與|与|及|/|／)[ \t]*"
    r"(?:密碼|密码|口令)"
    r"(?:分別|分别)?(?:是|為|为|：|:)[ \t]*[\w.@+-]{1,64}[ \t]*(?:和|與|与|及|/|／|,|，)[ \t]*"
    r"([^\s，。；、]{4,64})"
)


def _named_password_ok(value: str, _m: regex.Match) -> bool:
    # Named a password outright: any literal of mixed classes (not `_user_pass_ok`'s shape).
    return (len(value) >= 6 and char_classes(value) >= 2
            and not (PLACEHOLDER.match(value) or CODE_VALUE.search(value)))


_ASSIGNMENT_KEYWORDS = (
    "pass", "pwd", "pw", "passphrase", "secret", "token", "key", "credential", "creds", "auth",
    "pat", "psk",
    "passwort", *PASSWORD_WORD_KEYS,
    "密碼", "密码", "口令", "金鑰", "密鑰", "密钥", "秘钥", "秘鑰", "密匙", "授权码", "授權碼",
    "私鑰", "私钥", "令牌", "通行碼", "通行码",
    *KEY_INTL.split("|"),
)

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
    return _header_ok(value, m) and not CODE_VALUE.search(value) and (
        random_body(value) or shannon_entropy(value) >= 4.0)


# A session cookie is a bearer credential: `Cookie: sessionid=...`, `Set-Cookie: sid=...`.
# (`Cookie` is looked for behind the `=`, not at every position of the text: a quarter of
# the cost.)
_COOKIE = (
    r"(?i)(?<![\w.-])"
    r"[\w.-]{0,30}(?:sess|sid|auth|token|jwt|remember|login|identity)[\w.-]{0,30}="
    r"(?<=\bcookie\b[^\n]{0,470})[\"']?([A-Za-z0-9%._~+/=:-]{16,4096})"
)


def _cookie_ok(value: str, _m: regex.Match) -> bool:
    return not PLACEHOLDER.match(value) and shannon_entropy(value) >= 3.0


# A credential in a URL's query (`?access_token=...&`, `&api_key=...`): the value ends at
# `&` or `#`, which the assignment rule's bare value (passwords hold `&`) does not stop at.
_QUERY = (
    r"(?i)[?&;](?P<key>[\w.-]{0,30}?(?:token|key|secret|sig|signature|passw(?:or)?d|pwd|auth|"
    r"credential|session)[\w.-]{0,20})=(?P<v>[^&#\s\"'<>\\]{8,2048})"
)
_QUERY_WORD = compiled(r"(?i)token|secret|sig|passw|pwd|auth|credential|session|api")


def _query_ok(value: str, m: regex.Match) -> bool:
    key = snake_case(m.group("key"))
    if (NOT_A_SECRET_KEY.search(key) or PLACEHOLDER.match(value) or CODE_VALUE.search(value)
            or NAME_LIKE.match(value) or DIGIT_RUN.search(value) or value[0] in "$%{<"):
        return False
    if PASSWORDISH.search(key):
        return len(value) >= 6 and char_classes(value) >= 2
    if not _QUERY_WORD.search(key):  # `key` alone: object and cache keys share the name
        return len(value) >= 20 and random_body(value) and shannon_entropy(value) >= 4.0
    return len(value) >= 12 and shannon_entropy(value) >= 3.2


# `log in with admin / S3cret!pw`, `user: deploy | Tr0ub4dor&3`: a user name, a slash or a
# bar, a password-shaped word (letters, digits and a capital or a symbol).
_USER_PASS = (
    r"(?i)(?:(?<![/\w.-])(?:log[ -]?in|sign[ -]?in|user(?:name)?|account|creds?|credentials)\b"
    r"(?:[ \t]+(?:with|as|is|using))?"
    # what they open, before the colon: `creds for the test tenant: u/p`
    r"(?:[ \t]+(?:for|of|on|to)(?:[ \t]+[\w.-]{1,30}){1,4}(?=[ \t]*[:：]))?"
    r"|帳號|账号|帳密|帐密|账密|用户名?|使用者)"
    r"[ \t]{0,3}[:：=]?[ \t]{0,3}"
    r"[\w.@+-]{2,64}[ \t]{0,2}[/|][ \t]{0,2}([^\s\"'`,;)}\]<>/|]{6,64})(?![/\w])"
)
_USER_PASS_KEYWORDS = ("login", "log in", "log-in", "sign in", "signin", "sign-in", "user",
                       "account", "cred", "帳號", "账号", "帳密", "帐密", "账密", "用户", "使用者")


def _user_pass_ok(value: str, _m: regex.Match) -> bool:
    value = value.rstrip(".,:!?")
    return (not (PLACEHOLDER.match(value) or CODE_VALUE.search(value))
            and any(c.islower() for c in value) and any(c.isdigit() for c in value)
            and (any(c.isupper() for c in value) or not value.isalnum()))


user_pass_ok = _user_pass_ok  # for the layout rules (`secrets_layouts`)


def _prose_password_ok(value: str, m: regex.Match) -> bool:
    return (_user_pass_ok(value, m) and char_classes(value.rstrip(".,:!?")) >= 3
            and "://" not in value)


STRUCTURAL_RULES: tuple[Rule, ...] = (
    # ~/.netrc: `machine HOST login USER password VALUE`, on one line or several.
    Rule("netrc-password",
         r"(?i)\b(?:machine[ \t]+\S+(?:\s+(?:login|account|port)[ \t]+\S+){0,3}"
         r"|default(?:\s+(?:login|account)[ \t]+\S+){1,3})"
         r"\s+password[ \t]+(\S{4,150})", ("machine", "default"), score=0.75,
         validate=lambda v, m: _conn_ok(v, m) and not CODE_VALUE.search(v)),
    Rule("password-assignment", _SET_COMMAND, ("setenv", "env", "set", "setx", "define"),
         score=0.75, validate=_assignment_ok),
    Rule("password-assignment", _NAME_VALUE, ("value",), score=0.75, validate=_assignment_ok),
    Rule("password-assignment", _VALUE_OBJECT, ('"value"', "'value'"), score=0.75,
         validate=_assignment_ok),
    Rule("password-in-prose", _PROSE_PASSWORD, ("passw", "passphrase", "passcode", "pwd", "pw"),
         score=0.7,
         validate=_prose_password_ok),
    *LOGIN_CALL_RULES,
    *COMMAND_RULES,
    Rule("authorization-header", _AUTHORIZATION, ("authorization",), score=0.8,
         entropy=3.0, validate=_authorization_ok),
    Rule("session-cookie", _COOKIE, ("cookie",), score=0.8, validate=_cookie_ok),
    Rule("url-query-credential", _QUERY, ("token", "key", "secret", "sig", "pass", "pwd",
                                          "auth", "credential", "session"),
         score=0.8, validate=_query_ok),
    Rule("user-password-pair", _USER_PASS, _USER_PASS_KEYWORDS, score=0.7,
         validate=_user_pass_ok),
    Rule("connection-string-password",
         # The password may hold an unescaped `@`: the host starts after the last one.
         r"(?i)(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,20}://[^\s:/@'\"`<>]{0,128}:"
         r"([^\s'\"`<>/]{1,256})@[A-Za-z0-9._-]{1,255}",
         ("://",), validate=_conn_ok),
    # A Basic credential is base64 of `user:pass`; a bearer token or a `token` may be any
    # token68 (RFC 7235). `Basic <a JWT>` is no Basic credential (the jwt rule finds it).
    # The scheme and its credential share a line (`grep -i token` then a variable is none).
    Rule("authorization-header",
         r"(?i)(?<![A-Za-z])(?:bearer|token)[ \t]{1,3}"
         r"([A-Za-z0-9._~+/-]{19,4095}[A-Za-z0-9_~+/-]={0,2})(?![A-Za-z0-9._~+/=-])",
         ("bearer", "token"), score=0.8, entropy=3.0, validate=_header_ok),
    Rule("authorization-header",
         r"(?i)(?<![A-Za-z])basic\s{1,3}([A-Za-z0-9+/]{19,4095}={0,2})(?![A-Za-z0-9._~+/=-])",
         ("basic",), score=0.8, entropy=3.0),
    Rule("password-assignment", _ASSIGNMENT, _ASSIGNMENT_KEYWORDS, score=0.75,
         validate=_assignment_ok),
    Rule("password-assignment", _SETTER_CALL, _ASSIGNMENT_KEYWORDS, score=0.75,
         validate=_assignment_ok),
    Rule("password-assignment", _TUPLE, _ASSIGNMENT_KEYWORDS, score=0.75,
         validate=_assignment_ok),
    Rule("password-assignment", _XML_KEY_VALUE, _ASSIGNMENT_KEYWORDS, score=0.75,
         validate=_assignment_ok),
    Rule("password-assignment", _DSL_LINE, _ASSIGNMENT_KEYWORDS, score=0.75,
         validate=_assignment_ok),
    Rule("password-assignment", _DOTENV_LINE, _ASSIGNMENT_KEYWORDS, score=0.75,
         validate=_assignment_ok),
    Rule("password-assignment", _PROPERTIES_LINE, _ASSIGNMENT_KEYWORDS, score=0.75,
         validate=_assignment_ok),
    Rule("url-query-credential", _AZURE_FUNCTION_KEY, ("azurewebsites.net",), score=0.8,
         entropy=3.5, validate=lambda v, _m: random_body(regex.sub(r"(?:=|%3D)+$", "", v))),
    Rule("password-assignment", _SPACED_PASSWORD, ("pass", "pwd"), score=0.75,
         validate=_spaced_password_ok),
    Rule("password-assignment", _APP_PASSWORD, ("app password", "app-password", "app_password",
                                                "apppassword", "application", "specific"),
         score=0.75, validate=_app_password_ok),
    Rule("password-assignment", _SPACED_APP_PASSWORD, ("passw",), score=0.75,
         validate=_app_password_ok),
    Rule("connection-string-password", _BRACED_PASSWORD, ("pwd", "pass"), validate=_conn_ok),
    Rule("connection-string-password", _GO_DSN, ("@tcp(", "@unix(", "@udp("), validate=_conn_ok),
    Rule("connection-string-password", _TOKEN_USER_URL, ("://",), score=0.8,
         validate=_token_user_ok),
    Rule("user-password-pair", _ZH_USER_AND_PASSWORD, ("帳號", "账号", "賬號", "帐号", "用戶名",
                                                        "用户名", "使用者"),
         score=0.75, validate=_named_password_ok),
    Rule("password-assignment", _XML_ELEMENT, _ASSIGNMENT_KEYWORDS, score=0.75,
         validate=_assignment_ok),
    Rule("password-assignment", _CLI_FLAG, _ASSIGNMENT_KEYWORDS, score=0.75,
         validate=_assignment_ok),
    *CLI_PASSWORD_RULES,
)
