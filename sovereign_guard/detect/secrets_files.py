"""Secrets found by the file, the call or the command output that holds them.

- An Apple property list's `<key>IncomingPassword</key>` / `<string>v</string>` pair (mail
  and VPN profiles: `.mobileconfig`).
- Session cookies as browsers export them: a Netscape `cookies.txt` line (seven tab-separated
  fields), a row of the developer tools' cookie table (`name<TAB>value<TAB>domain`), a
  `name|value` row as `sqlite3` prints a cookie store, a
  `Cookie("sessionid", "v", ...)` constructor (PowerShell's and Java's), and a framework's
  session cookie named in prose (`set PHPSESSID to v`).
- A password as the third literal of a call whose first is a DSN (`new PDO("pgsql:host=..",
  "u", "p")`, `DBI->connect("dbi:mysql:..", "u", "p")`, `odbc_connect("DSN=..", "u", "p")`),
  and Oracle's `user/password@host` given to a connect call.
- A plaintext password under its scheme (`{PLAIN}v`, `{CLEAR}v`: Dovecot and LDAP), where
  `{SSHA}` and the other schemes hold hashes.
- Private material printed by a command: `wg genkey`'s key, `cat` of a file named for a
  password, a secret or credentials (OpenVPN's `auth-user-pass` file: user, then password),
  `echo v > ~/.vault_pass`, `vault operator unseal v`.
- A secret in a URL's path (`.../private-<hex>/basic.ics`: a private calendar feed), and a
  drawn segment of any published calendar's `.ics` path (Outlook's `.../<hex>@domain/<token>/
  calendar.ics`); Google Authenticator's `otpauth-migration://offline?data=` export.
- Recovery and product keys in groups (`XXXXX-XXXXX-...`: Microsoft's, Apple's), after a word
  naming one; a BitLocker recovery key bare, by its checksum (each of its eight six-digit
  groups is a multiple of 11 below 720896).
"""

from __future__ import annotations

import regex

from .common import compiled, shannon_entropy
from .secret_rules import Rule, random_body
from .secrets_commands import password_ok
from .secrets_structural import assignment_ok
from .secrets_values import PLACEHOLDER, char_classes

__all__ = ["FILE_RULES"]

_SECRET_KEY = (
    r"[A-Za-z0-9_.-]{0,30}?(?:passw(?:or)?d|passphrase|secret|token|api[_-]?key|"
    r"private[_-]?key|credential|shared[_-]?secret)[A-Za-z0-9_.-]{0,20}"
)
_PLIST = (
    rf"(?i)<key>[ \t]*(?P<key>{_SECRET_KEY})[ \t]*</key>\s{{0,40}}<string>[ \t]*"
    r"(?P<v>[^<>\s]{4,150})[ \t]*</string>"
)

# A cookie name that says it carries a session or a login.
_SESSION_NAME = r"[\w.-]{0,30}(?:sess|sid|auth|token|jwt|remember|login|identity)[\w.-]{0,30}"
_COOKIE_VALUE = r"[A-Za-z0-9%._~+/=:-]{16,4096}"
_COOKIES_TXT = (
    r"(?im)^(?:#HttpOnly_)?[\w.-]{1,255}\t(?:TRUE|FALSE)\t[^\t\n]{1,200}\t(?:TRUE|FALSE)\t"
    rf"\d{{1,12}}\t{_SESSION_NAME}\t({_COOKIE_VALUE})[ \t]*$"
)
_COOKIE_ROW = rf"(?im)^[ \t]*{_SESSION_NAME}\t({_COOKIE_VALUE})(?=\t|[ \t]*$)"
# The same row as `sqlite3` prints it from a browser's cookie store (`select name, value
# from moz_cookies`): `|` between the columns, the name's column first or after a host.
_COOKIE_PIPE_ROW = (
    rf"(?im)^[ \t]*(?:\.?[\w-]+(?:\.[\w-]+)+\|)?{_SESSION_NAME}\|({_COOKIE_VALUE})"
    r"(?=\||[ \t]*$)"
)
_COOKIE_CALL = (
    rf"""(?i)\bCookie[ \t]*\([ \t]*["']{_SESSION_NAME}["'][ \t]*,[ \t]*["']({_COOKIE_VALUE})["']"""
)
# Frameworks' session cookies, whose name alone says what the value is.
_FRAMEWORK_SESSION = (
    r"PHPSESSID|JSESSIONID|ASP\.NET_SessionId|ASPSESSIONID[A-Z]{0,12}|connect\.sid|"
    r"laravel_session|ci_session|sessionid|_[a-z0-9]{1,30}_session|"
    r"(?:__Secure-)?next-auth\.session-token"
)
_NAMED_SESSION = (
    rf"(?i)(?<![\w.-])(?:{_FRAMEWORK_SESSION})[\"']?[ \t]*(?:[:=]|[ \t](?:to|is|as)[ \t])"
    rf"[ \t]*[\"']?({_COOKIE_VALUE})"
)


def _cookie_ok(value: str, _m: regex.Match) -> bool:
    return not PLACEHOLDER.match(value) and shannon_entropy(value) >= 3.0 and (
        any(c.isdigit() for c in value))


def _cookie_pipe_ok(value: str, m: regex.Match) -> bool:
    # `|` also joins words (`login|logout|token_refresh`) and a log's fields (`auth|2026-12-02
    # T10:00:00Z`): a drawn value only.
    return _cookie_ok(value, m) and random_body(value)


# `new PDO("pgsql:host=db;dbname=shop", "shop", "v")`: a DSN, a user, a password.
_DSN_CALL = (
    r"""(?i)\([ \t]*(?P<d>["'])(?:dbi:\w+:|[a-z][a-z0-9]{1,15}:)?[^"'\n]{0,200}?"""
    r"""(?:host|dbname|database|server|dsn|data[ \t]source)[ \t]*=[^"'\n]{0,200}(?P=d)[ \t]*,"""
    r"""\s{0,20}(?P<u>["'])[^"'\n]{1,100}(?P=u)[ \t]*,\s{0,20}"""
    r"""(?P<p>["'])(?P<v>[^"'\n]{4,128})(?P=p)"""
)
# `cx_Oracle.connect("hr/v@dbhost:1521/ORCL")`, `dsn="scott/v@db"`.
_EZCONNECT = (
    r"""(?i)(?:\bconnect|\bSessionPool|\bcreate_pool|\bdsn)[ \t]*[(=:][ \t]*"""
    r"""(?:[a-z_]{1,12}[ \t]*=[ \t]*)?["'][\w$#]{1,30}/([^\s@/"']{4,128})@[\w.-]{1,255}"""
)


# A quoted literal's interpolations and templating (`"$pass"`, `"{{ pw }}"`, `"%PW%"`).
_INTERPOLATED = compiled(r"^\$[\w{]|^\{\{|^%\w+%$|^<[^<>]+>$|^\$$")


def _call_password_ok(value: str, _m: regex.Match) -> bool:
    # A quoted literal: `&`, `!` or `:` may open it (code-shaped values are not rejected).
    return not (PLACEHOLDER.match(value) or _INTERPOLATED.match(value))


_PLAIN_SCHEME = r"(?i)\{(?:PLAIN|CLEAR|CLEARTEXT|PLAINTEXT)\}([^\s:]{4,128})"

# A private key printed by the command that makes it or reads its file (not `wg pubkey`).
_PRINTED_KEY = (
    r"(?im)^[^\n]*\b(?:wg[ \t]+genkey\b(?![^\n]*\bpubkey)|cat[ \t]+[^\s|;&]*priv[^\s|;&]*)"
    r"[^\n]*\r?\n[ \t]*([A-Za-z0-9+/]{43}=)[ \t]*$"
)
# `cat` of a file named for a password or credentials, and what it printed: one line (the
# password) or two (a user, then the password: OpenVPN's `auth-user-pass` file).
_CAT_FILE = (
    r"(?im)^[ \t]*(?:[$#>%][ \t]*)?(?:sudo[ \t]+)?cat[ \t]+"
    r"[^\s|;&]*(?:passw|pass\b|[_.-]pass|cred|secret|auth)[^\s|;&]*[ \t]*\r?\n"
    r"(?:[^\s]{1,64}[ \t]*\r?\n)?([^\s]{4,128})[ \t]*(?:\r?\n|$)"
)


def _printed_ok(value: str, _m: regex.Match) -> bool:
    # The file's content: a literal even when it opens with `$` (no shell expands it).
    return (len(value) >= 6 and not PLACEHOLDER.match(value) and value[0] not in "{[<#"
            and not value.endswith(":") and (char_classes(value) >= 2 or len(value) >= 12))


# `echo 'v' > ~/.vault_pass.txt`: a literal written to a file named for a secret.
_ECHO_TO_FILE = (
    r"""(?i)\becho[ \t]+(?:-[ne]+[ \t]+)?(?:"([^"\s$`]{4,128})"|'([^'\s]{4,128})'|"""
    r"""([^\s"'`|;$<>]{4,128}))[ \t]*>>?[ \t]*[^\s|;&]*"""
    r"""(?:passw|pass\b|[_.-]pass|secret|token|cred|auth|\.key\b|key\.txt)"""
)
# A command that prints a stored secret, and the line it printed: a keychain's or a password
# manager's read (`security find-generic-password -w`, `pass show`, `op read`, `bw get
# password`, `secret-tool lookup`) or a cloud secret store's (`vault kv get -field=`, `aws
# secretsmanager get-secret-value ... --output text`, `gcloud secrets versions access`, `az
# keyvault secret show ... -o tsv`, a Kubernetes Secret through `base64 -d`).
_SECRET_READ = (
    r"security[ \t]+find-(?:generic|internet)-password\b[^\n]*[ \t]-w\b|"
    r"(?:pass|gopass)[ \t]+(?:show[ \t]+[\w./@-]+|[\w.@-]+/[\w./@-]+)[ \t]*$|"
    r"(?<![\w-])op[ \t]+(?:read[ \t]+[\"']?op://|item[ \t]+get\b[^\n]*--fields?)|"
    r"(?<![\w-])bw[ \t]+get[ \t]+(?:password|totp)\b|(?<![\w-])lpass[ \t]+show\b[^\n]*--password|"
    r"(?<![\w-])secret-tool[ \t]+lookup\b|(?<![\w-])keyring[ \t]+get\b|"
    r"(?<![\w-])vault[ \t]+(?:kv[ \t]+get|read)\b[^\n]*-field=|"
    r"secretsmanager[ \t]+get-secret-value\b[^\n]*--output[ \t]+text|"
    r"gcloud[ \t]+secrets[ \t]+versions[ \t]+access\b|"
    r"az[ \t]+keyvault[ \t]+secret[ \t]+show\b[^\n]*(?:-o|--output)[ \t]+tsv|"
    r"kubectl[ \t]+get[ \t]+secrets?\b[^\n]*\|[ \t]*base64[ \t]+(?:-d|--decode)\b"
)
_SECRET_PRINTED = (
    rf"(?im)^[ \t]*(?:[$#>%][ \t]*)?(?:sudo[ \t]+)?(?:aws[ \t]+)?(?:{_SECRET_READ})[^\n]*\r?\n"
    r"[ \t]*([^\s]{6,256})[ \t]*(?:\r?\n|$)"
)
_SECRET_READ_KEYWORDS = ("find-generic-password", "find-internet-password", "pass ", "op ",
                         "bw get", "lpass", "secret-tool", "keyring get", "-field=",
                         "get-secret-value", "versions access", "keyvault", "base64")
_VAULT_UNSEAL = (
    r"\bvault[ \t]+operator[ \t]+unseal(?:[ \t]+-[\w=-]+)*[ \t]+"
    r"([A-Za-z0-9+/]{20,100}={0,2})(?![A-Za-z0-9+/=])"
)
# A published calendar's feed (`.ics`: Outlook's `.../calendar/<hex>@domain/<token>/
# calendar.ics`, any `webcal://` feed): its path is the key, so a drawn segment is a secret
# (unless the path says the feed is public).
_ICS_PATH_SECRET = (
    r"(?i)(?<=://[^\s/]{1,255}/[^\s?#]{0,300}?/)([A-Za-z0-9_-]{16,128})"
    r"(?=(?:@[\w.-]{1,255})?/(?:[^\s?#/]{1,128}/){0,4}[^\s?#/]{0,128}\.ics(?![\w.]))"
)


def _ics_secret_ok(value: str, m: regex.Match) -> bool:
    rest = m.string[m.end(1):m.end(1) + 700].split(None, 1)[0] if m.end(1) < len(
        m.string) else ""
    if "/public/" in rest.lower() or PLACEHOLDER.match(value):
        return False
    return _path_secret_ok(value.removeprefix("private-"), m)


# Google Authenticator's export (`otpauth-migration://offline?data=`): every account's seed
# in one base64 protobuf.
_OTP_MIGRATION = r"(?i)otpauth-migration://offline\?data=([A-Za-z0-9%+/=_-]{16,8192})"

_URL_PATH_SECRET = r"(?i)://[^\s/]{1,255}/[^\s?#]{0,300}?/(?:private|secret)-([A-Za-z0-9]{16,128})(?=/|[?#\s]|$)"
# A capability link: the path segment after a word naming a one-time or invitation link is
# its key (`/invite/<token>`, `/reset-password/<token>`, `/magic-link/<token>`).
_LINK_WORDS = ("invite", "invites", "invitation", "invitations", "join", "accept-invite",
               "reset", "reset-password", "password-reset", "magic", "magic-link", "activate",
               "activation", "verify", "confirm", "onboarding")
_LINK_PATH_SECRET = (
    rf"(?i)://[^\s/]{{1,255}}/(?:[^\s?#/]{{1,64}}/){{0,4}}(?:{'|'.join(_LINK_WORDS)})/"
    r"([A-Za-z0-9_-]{16,128})(?=/|[?#\s.,;)\]>\"']|$)"
)


def _path_secret_ok(value: str, _m: regex.Match) -> bool:
    if all(c in "0123456789abcdefABCDEF" for c in value):
        return len(value) >= 16 and shannon_entropy(value) >= 3.0
    return random_body(value) and shannon_entropy(value) >= 3.5


# Groups of four to six capitals and digits joined by `-`, after a word naming a recovery,
# backup, product or licence key.
_GROUPED_KEY = (
    r"(?i)(?:recovery|backup|product|licen[cs]e|activation|serial|bitlocker|恢复|恢復|激活|序列号)"
    r"[^\n]{0,80}?(?<![A-Za-z0-9-])(?-i:((?:[A-Z0-9]{4,6}-){3,9}[A-Z0-9]{4,6}))(?![A-Za-z0-9-])"
)


def _grouped_ok(value: str, _m: regex.Match) -> bool:
    groups = value.split("-")
    if len({len(g) for g in groups}) != 1:
        return False
    if value.replace("-", "").isdigit():
        return _bitlocker_ok(value, _m)
    with_digit = sum(any(c.isdigit() for c in g) for g in groups)
    return (with_digit >= len(groups) // 2 and any(c.isalpha() for c in value)
            and shannon_entropy(value.replace("-", "")) >= 3.5)


_BITLOCKER = r"(?<![\d-])((?:\d{6}-){7}\d{6})(?![\d-])"


def _bitlocker_ok(value: str, _m: regex.Match) -> bool:
    groups = [int(g) for g in value.split("-")]
    return (len(groups) == 8 and all(g % 11 == 0 and g < 720896 for g in groups)
            and len(set(groups)) > 2)


FILE_RULES: tuple[Rule, ...] = (
    Rule("password-assignment", _PLIST, ("<key>",), score=0.75, validate=assignment_ok),
    Rule("session-cookie", _COOKIES_TXT, ("\ttrue\t", "\tfalse\t"), score=0.8, validate=_cookie_ok),
    Rule("session-cookie", _COOKIE_ROW, ("\t",), score=0.8, validate=_cookie_ok),
    Rule("session-cookie", _COOKIE_PIPE_ROW, ("|",), score=0.8, validate=_cookie_pipe_ok),
    Rule("session-cookie", _COOKIE_CALL, ("cookie",), score=0.8, validate=_cookie_ok),
    Rule("session-cookie", _NAMED_SESSION, ("phpsessid", "jsessionid", "sessionid", "connect.sid",
                                            "_session", "session-token"),
         score=0.8, validate=_cookie_ok),
    Rule("login-call-password", _DSN_CALL, ("host", "dbname", "database", "server", "dsn",
                                            "data source"),
         score=0.75, validate=_call_password_ok),
    Rule("connection-string-password", _EZCONNECT, ("connect", "sessionpool", "create_pool", "dsn"),
         score=0.75, validate=password_ok),
    Rule("password-assignment", _PLAIN_SCHEME, ("{plain}", "{clear", "{plaintext}"), score=0.75,
         validate=lambda v, _m: not PLACEHOLDER.match(v)),
    Rule("private-key", _PRINTED_KEY, ("genkey", "priv"), score=0.8, entropy=3.5),
    Rule("command-password", _CAT_FILE, ("cat ",), score=0.75, validate=_printed_ok),
    Rule("command-password", _ECHO_TO_FILE, ("echo",), score=0.75, validate=_printed_ok),
    Rule("command-password", _SECRET_PRINTED, _SECRET_READ_KEYWORDS, score=0.75,
         validate=_printed_ok),
    Rule("vault-unseal-key", _VAULT_UNSEAL, ("unseal",), score=0.8, entropy=3.5),
    Rule("url-path-secret", _URL_PATH_SECRET, ("/private-", "/secret-"), score=0.8,
         validate=_path_secret_ok),
    Rule("url-path-secret", _LINK_PATH_SECRET, tuple(f"/{w}/" for w in _LINK_WORDS),
         score=0.8, validate=_path_secret_ok),
    Rule("url-path-secret", _ICS_PATH_SECRET, (".ics",), score=0.8, validate=_ics_secret_ok),
    Rule("totp-seed", _OTP_MIGRATION, ("otpauth-migration",), score=0.8,
         validate=lambda v, _m: not PLACEHOLDER.match(v) and shannon_entropy(v) >= 3.5),
    Rule("recovery-codes", _GROUPED_KEY, ("recovery", "backup", "product", "licen", "activation",
                                          "serial", "bitlocker", "恢复", "恢復", "激活", "序列号"),
         score=0.8, validate=_grouped_ok),
    Rule("recovery-codes", _BITLOCKER, (), score=0.8, validate=_bitlocker_ok),
)
