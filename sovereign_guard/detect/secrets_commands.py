"""Passwords given as arguments: of commands, of login calls, of the files made for them.

A password passed on a command line (`mysql -p...`, `net use ... /user:x pw`,
`ConvertTo-SecureString '...' -AsPlainText`) or to a call that logs in or builds a credential
(`smtp.login(user, pw)`, `NetworkCredential(u, p)`) has no key naming it: the command or the
call says which argument it is. Each rule is anchored on the command's or the call's name, so
`-p` is a password only after a command whose `-p` is one.
"""

from __future__ import annotations

import regex

from .secret_rules import Rule
from .secrets_values import CODE_VALUE, IDENTIFIER, PLACEHOLDER, VALUE, char_classes

__all__ = ["CLI_PASSWORD_RULES", "COMMAND_RULES", "LOGIN_CALL_RULES"]


def _password_ok(value: str, _m: regex.Match) -> bool:
    """A password given as a command's or a file's argument: a literal (not a variable, a
    prompt's `*`, an option or a placeholder), of mixed classes or long."""
    return (len(value) >= 6 and value[0] not in "$%<{-/*" and not PLACEHOLDER.match(value)
            and not CODE_VALUE.search(value) and not IDENTIFIER.match(value)
            and (char_classes(value) >= 2 or len(value) >= 12))


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
        return not PLACEHOLDER.match(value)
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
    return not (PLACEHOLDER.match(value) or CODE_VALUE.search(value) or value[0] in "$%{<")

def _cli_password_ok(value: str, _m: regex.Match) -> bool:
    # Not a variable, a prompt's placeholder, or a certificate file (`az login -p cert.pem`).
    return not (PLACEHOLDER.match(value) or CODE_VALUE.search(value) or value[0] in "$%<{-"
                or value.lower().endswith((".pem", ".pfx", ".p12", ".crt", ".key", ".txt")))

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
    + VALUE
)
_CLI_PASSWORD_KEYWORDS = ("login", "mysql", "sshpass", "redis-cli", "mongo")


LOGIN_CALL_RULES: tuple[Rule, ...] = (
    Rule("login-call-password", _LOGIN_CALL, _LOGIN_CALL_KEYWORDS, score=0.75,
         validate=_login_call_ok),
)
COMMAND_RULES: tuple[Rule, ...] = tuple(
    Rule("command-password", p, k, score=0.75, validate=_command_password_ok)
    for p, k in zip(_COMMAND_PASSWORDS, _COMMAND_KEYWORDS, strict=True)
)
CLI_PASSWORD_RULES: tuple[Rule, ...] = (
    Rule("cli-password", _CLI_PASSWORD, _CLI_PASSWORD_KEYWORDS, score=0.75,
         validate=_cli_password_ok),
)
