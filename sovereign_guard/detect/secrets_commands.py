"""Passwords given as arguments: of commands, of login calls, of the files made for them.

A password passed on a command line (`mysql -p...`, `net use ... /user:x pw`,
`ConvertTo-SecureString '...' -AsPlainText`) or to a call that logs in or builds a credential
(`smtp.login(user, pw)`, `NetworkCredential(u, p)`) has no key naming it: the command or the
call says which argument it is. Each rule is anchored on the command's or the call's name, so
`-p` is a password only after a command whose `-p` is one.
"""

from __future__ import annotations

import base64
import binascii

import regex

from .secret_rules import Rule, random_body
from .secrets_values import CODE_VALUE, IDENTIFIER, PLACEHOLDER, VALUE, char_classes

__all__ = ["CLI_PASSWORD_RULES", "COMMAND_RULES", "LOGIN_CALL_RULES"]


def _password_ok(value: str, _m: regex.Match) -> bool:
    """A password given as a command's or a file's argument: a literal (not a variable, a
    prompt's `*`, an option or a placeholder), of mixed classes or long."""
    return (len(value) >= 6 and value[0] not in "$%<{-/*" and not PLACEHOLDER.match(value)
            and not CODE_VALUE.search(value) and not IDENTIFIER.match(value)
            and (char_classes(value) >= 2 or len(value) >= 12))


password_ok = _password_ok  # for the file rules (`secrets_files`)


_ARG = r"""(?:"([^"\s]{4,128})"|'([^'\s]{4,128})'|([^\s"'`;|<>]{4,128}))"""
# Passwords as arguments of commands and lines of files made for them, one row each: the
# keywords that gate the rule, then its pattern. PowerShell's ConvertTo-SecureString, `net
# use` / `net user`, rabbitmqctl, htpasswd -b, `chpasswd`, Redis' AUTH and requirepass, SQL's
# CREATE/ALTER USER, ~/.pgpass, a Wi-Fi QR code, Oracle's `user/password@db`.
_COMMAND_PASSWORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("convertto-securestring",),
     rf"(?i)ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?{_ARG}(?=[ \t]+-AsPlainText)"),
    (("net use",), rf"(?i)\bnet[ \t]+use\b[^\n]{{0,200}}?[ \t]/user:\S+[ \t]+{_ARG}"),
    # The password may come before `/user:` too; and the switches before the string.
    (("net use",),
     rf"(?i)\bnet[ \t]+use[ \t]+(?:[A-Z]:[ \t]+|\*[ \t]+)?\\\\\S+[ \t]+{_ARG}(?=[ \t]+/user:)"),
    (("convertto-securestring",),
     rf"(?i)ConvertTo-SecureString[ \t]+(?:-(?:AsPlainText|Force)[ \t]+){{1,2}}"
     rf"(?:-String[ \t]+)?{_ARG}"),
    # Oracle's JDBC thin URL: `jdbc:oracle:thin:user/password@host`.
    (("oracle:thin",), r"(?i)\bjdbc:oracle:thin:[\w$#]{1,30}/([^\s@/\"']{4,128})@"),
    (("net user",), rf"(?i)\bnet[ \t]+user[ \t]+\S+[ \t]+{_ARG}(?=[ \t]+/(?:add|domain)\b)"),
    (("rabbitmqctl",),
     rf"\brabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+\S+[ \t]+{_ARG}"),
    (("htpasswd",),
     rf"\bhtpasswd[ \t]+-[a-zA-Z]*b[a-zA-Z]*[ \t]+(?:-\S+[ \t]+)*\S+[ \t]+\S+[ \t]+{_ARG}"),
    (("chpasswd",),
     r"""(?i)\becho[ \t]+["']?[\w.-]{1,32}:([^\s"':]{4,128})["']?[ \t]*\|[ \t]*"""
     r"(?:sudo[ \t]+)?chpasswd"),
    (("auth",),
     # (`AUTH PLAIN <base64>` is SASL, not Redis' user and password: `_SASL_PLAIN`.)
     r"(?m)^[ \t]*(?:[\w.:-]*>[ \t]*)?AUTH[ \t]+"
     rf"(?:(?!PLAIN[ \t])[\w.-]{{1,64}}[ \t]+)?{_ARG}[ \t]*$"),
    (("requirepass", "masterauth"), rf"(?i)\b(?:requirepass|masterauth)[ \t]+{_ARG}"),
    # SQL: a quoted literal in any case; bare (Oracle) only in SQL's capitals, since
    # "identified by full_name" is prose.
    (("password", "identified by"),
     r"""(?i)\b(?:with[ \t]+(?:encrypted[ \t]+)?password|identified[ \t]+by)[ \t]+"""
     r"""(?:"([^"\s]{4,128})"|'([^'\s]{4,128})')"""),
    (("password", "identified by"),
     r"\b(?:WITH[ \t]+(?:ENCRYPTED[ \t]+)?PASSWORD|IDENTIFIED[ \t]+BY)[ \t]+([^\s\"';]{4,128})"),
    # (~/.pgpass escapes `:` and `\` in a field with a backslash.)
    ((":",),
     r"(?m)^[\w.*-]{1,255}:(?:\d{1,5}|\*):[\w.*-]{1,63}:[\w.*@-]{1,63}:"
     r"((?:\\[:\\]|[^\s:\\]){4,128})$"),
    (("wifi:",), r"WIFI:(?:[A-Z]:[^;]*;)*?P:((?:\\.|[^;\\]){4,63});"),
    # Oracle's `user/password@db` (sqlplus and its siblings).
    (("sqlplus", "sqlldr", "expdp", "impdp", "rman", "dgmgrl"),
     r"(?i)\b(?:sqlplus|sqlldr|expdp|impdp|rman[ \t]+target=?|dgmgrl)\b(?:[ \t]+-\w+)*[ \t]+"
     r"[\w$#]{1,30}/([^\s@/\"']{4,128})(?=@|[ \t]|$)"),
    # A literal piped to a command that reads a password from its input (`sudo -S`,
    # `--password-stdin`, `passwd --stdin`, Kerberos' `kinit`); `echo "$PW" | ...` is a variable.
    # Also commands that store their input as a secret (`docker secret create db -`,
    # `gcloud secrets versions add k --data-file=-`), and `printf '%s' v`.
    (("echo", "printf"),
     r"""(?i)\b(?:echo[ \t]+(?:-[ne]+[ \t]+)?|printf[ \t]+(?:["']%s(?:\\n)?["'][ \t]+)?)"""
     r"""(?:"([^"\s$`]{4,128})"|'([^'\s]{4,128})'|"""
     r"""([^\s"'`|;$<>]{4,128}))[ \t]*\|[ \t]*(?:sudo(?:[ \t]+-[A-Za-z]+)*[ \t]+-S\b|"""
     r"[^\n|;&]{0,120}?(?:--password-stdin|passwd[ \t]+--stdin)\b|kinit\b"
     r"|(?:docker|podman)[ \t]+secret[ \t]+create\b|[^\n|;&]{0,120}?--data-file[= ]-(?![\w.-]))"),
    # An expect script answering a password prompt: `expect "password:"` / `send "v\r"`.
    (("expect",),
     r"""(?i)\bexpect[ \t]+(?:-\w+[ \t]+)?["'{][^"'}\n]{0,40}(?:assword|assphrase)[^"'}\n]{0,40}"""
     r"""["'}][ \t]*(?:\r?\n[ \t]*|;[ \t]*)(?:exp_)?send[ \t]+(?:--[ \t]+)?["{]"""
     r"""([^"}\s\\]{4,128})(?:\\r|\\n)?["}]"""),
    # Network gear's configuration (Cisco IOS and its imitators): `enable secret 0 v`,
    # `username u privilege 15 password 7 v`, `tacacs-server key v`, `wpa-psk ascii 0 v`.
    # Type 0 is the password as typed and type 7 a reversible encoding of it; types 5, 8 and
    # 9 are one-way hashes (`$9$...`), which `_password_ok` leaves out by their `$`.
    (("secret", "password", "key", "wpa-psk"),
     r"(?im)^[ \t]*(?:(?:enable|username[ \t]+\S+(?:[ \t]+privilege[ \t]+\d{1,2})?"
     r"|(?:tacacs|radius)-server(?:[ \t]+host[ \t]+\S+)?|ppp[ \t]+chap)"
     r"[ \t]+(?:secret|password|key)|wpa-psk[ \t]+(?:ascii|hex))"
     r"[ \t]+(?:[07][ \t]+)?([^\s\"']{4,128})[ \t]*$"),
    # A quoted string piped to PowerShell's `ConvertTo-SecureString -AsPlainText`.
    (("convertto-securestring",),
     r"""(?i)(?:"([^"\s$`]{4,128})"|'([^'\s]{4,128})')[ \t]*\|[ \t]*ConvertTo-SecureString\b"""
     r"(?=[^\n|]*-AsPlainText)"),
    # strongSwan's / FreeS/WAN's `ipsec.secrets`: `[selectors] : TYPE secret`, the type in
    # capitals (PSK, EAP, XAUTH, NTLM hold a shared secret or a password; RSA, ECDSA, P12
    # name a key file, which `_password_ok` leaves out as a path).
    (("psk", "eap", "xauth", "ntlm"),
     r"(?m)^[ \t]*(?:[^\s:#\"][^\n:#\"]{0,200})?:[ \t]*"
     rf"(?:PSK|EAP|XAUTH|NTLM)[ \t]+{_ARG}[ \t]*$"),
    # A mail or file protocol session captured as text (`openssl s_client`, `curl -v`, a
    # debug log): IMAP's `TAG LOGIN user password`, POP3's and FTP's `PASS password`,
    # optionally behind a client marker (`C:`, `>`, `--->`). The verbs in capitals, as
    # clients send them: `a1 login ...` in lower case is prose more often than a session.
    (("login",),
     r"(?m)^[ \t]*(?:C:[ \t]*|-*>[ \t]*)?[A-Za-z0-9.]{1,12}[ \t]+LOGIN[ \t]+"
     rf"(?:\"[^\"\n]{{1,64}}\"|[^\s\"]{{1,64}})[ \t]+{_ARG}[ \t]*$"),
    (("pass",), rf"(?m)^[ \t]*(?:C:[ \t]*|-*>[ \t]*)?PASS[ \t]+{_ARG}[ \t]*$"),
)
# An SNMP community string is the device's password (`snmp-server community v RO`); the
# factory defaults `public` and `private` are no secret, only a finding for a scanner.
_SNMP_COMMUNITY = (r"(?im)^[ \t]*snmp-server[ \t]+community[ \t]+([^\s\"']{4,64})"
                   r"[ \t]+(?:RO|RW|view)\b")


def _community_ok(value: str, _m: regex.Match) -> bool:
    return value.lower() not in ("public", "private") and not PLACEHOLDER.match(value)


# The value a GitHub Actions workflow is told to mask: a secret to the workflow, whatever its
# shape, so only placeholders are let through.
_ADD_MASK = r"::add-mask::([^\s$][^\s]{3,256})"


def _mask_ok(value: str, _m: regex.Match) -> bool:
    return not PLACEHOLDER.match(value)


# A password as the literal after the user's in a call made to log in or to build a
# credential: `smtp.login("me@x.com", "abcd efgh ijkl mnop")` (a Gmail app password),
# `HTTPBasicAuth("u", "p")`, `auth=("u", "p")`, `NetworkCredential("u", "p")`,
# `DriverManager.getConnection(url, "u", "p")`, `smtp.PlainAuth("", "u", "p", host)`.
_LOGIN_CALL = (
    r"""(?:\.login|\bHTTP(?:Basic|Digest)Auth|\bNetworkCredential|\bPasswordAuthentication|"""
    r"""\bUsernamePasswordCredentials|\bgetConnection|\bPlainAuth|\bPlainCredentials|"""
    r"""\bsimple_bind(?:_s)?|\bbasic_auth|\bSMBConnection|"""
    r"""\bauth[ \t]*=[ \t]*)[ \t]*\([ \t]*(?:[^()\n]{0,200}?,[ \t]*)??"""
    r"""(?P<u>["'])[^"'\n]{1,100}(?P=u)[ \t]*,[ \t]*(?:Some\([ \t]*)?"""
    r"""(?P<p>["'])(?P<v>[^"'\n]{4,128})(?P=p)"""
)
_LOGIN_CALL_KEYWORDS = ("login", "auth", "networkcredential", "passwordauthentication",
                        "usernamepasswordcredentials", "getconnection", "plaincredentials",
                        "simple_bind", "smbconnection")
# `FTP(host, user, password)`, `mysqli_connect(host, user, password)`: the third literal.
_HOST_USER_PASSWORD_CALL = (
    r"""(?i)(?:\bFTP(?:_TLS)?|\bmysqli_connect|\bmysql_connect|\bnew[ \t]+mysqli|"""
    r"""\bMySQLdb\.connect|\bpymysql\.connect)[ \t]*\([ \t]*"""
    r"""(?P<h>["'])[^"'\n]{1,255}(?P=h)[ \t]*,[ \t]*(?P<u>["'])[^"'\n]{1,100}(?P=u)[ \t]*,[ \t]*"""
    r"""(?P<p>["'])(?P<v>[^"'\n]{4,128})(?P=p)"""
)


def _login_call_ok(value: str, _m: regex.Match) -> bool:
    return not (PLACEHOLDER.match(value) or CODE_VALUE.search(value) or value[0] in "$%{<")


def _host_user_password_ok(value: str, m: regex.Match) -> bool:
    # Anonymous FTP's password is, by convention, any e-mail address: no secret.
    user = m.string[m.end("u"):m.start("p")].split(m.group("u"))[0].lower()
    return user not in ("anonymous", "ftp") and _login_call_ok(value, m)


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
    r"|\bmongo(?:sh|dump|restore|export|import)?\b[^\n;&|]{0,200}?[ \t]-p[ \t]+"
    # Any CLI's `login` given a user and a password (`oc login -u kubeadmin -p v`, `cf login`):
    # beside `-u`, `-p` is the password.
    r"|(?<=\b[a-z][\w.-]{0,20}[ \t]+)login\b(?=[^\n;&|]{0,300}?[ \t](?:-u|--user(?:name)?)[ =])"
    r"[^\n;&|]{0,300}?[ \t](?:-p|--password)(?:=|[ \t]+))"
    + VALUE
)
_CLI_PASSWORD_KEYWORDS = ("login", "mysql", "sshpass", "redis-cli", "mongo")
# More commands and the flag that takes their password, one row each: (command, flag, the
# keywords that gate it). A command may take several (`keytool -srcstorepass a
# -deststorepass b`): the command is looked for behind the flag, not consumed with it.
# `(?-i:...)`: the flag's case matters (`sqlcmd -p` prints statistics, `-P` is the password).
_CLI_FLAGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (r"sqlcmd|bcp|osql|isql|ipmitool", r"(?-i:-P)[ \t]*",
     ("sqlcmd", "bcp", "osql", "isql", "ipmitool")),
    (r"ldap[a-z]{2,10}", r"(?-i:-w)[ \t]+", ("ldap",)),
    (r"keytool|jarsigner", r"-(?:src|dest)?(?:store|key)pass[ \t]+|-new[ \t]+",
     ("keytool", "jarsigner")),
    (r"openssl", r"-pass(?:in|out)?[ \t]+pass:|(?-i:-k)[ \t]+", ("openssl",)),
    (r"smbclient|rpcclient|smbmap|smbcacls|smbget|winexe",
     r"""(?:-U[ \t]*|--user(?:name)?[= ])[^\s%'"]{1,64}%""", ("smb", "rpcclient", "winexe")),
    (r"psexec(?:64)?(?:\.exe)?|paexec(?:\.exe)?", r"-p[ \t]+", ("psexec", "paexec")),
    (r"[xw]?freerdp3?|rdesktop", r"[/-]p:|(?-i:-p)[ \t]+", ("freerdp", "rdesktop")),
    (r"plink|pscp|psftp|putty", r"-pw[ \t]+", ("plink", "pscp", "psftp", "putty")),
    (r"zip|zipcloak", r"(?-i:-P)[ \t]+", ("zip",)),
    (r"7z[az]?|7zr|rar|unrar", r"(?-i:-p)(?=[^\s-])", ("7z", "rar")),
    (r"lftp", r"""-u[ \t]+[^\s,'"]{1,64},""", ("lftp",)),
    (r"cmdkey", r"/pass:", ("cmdkey",)),
    (r"schtasks", r"/rp[ \t]+", ("schtasks",)),
    (r"wmic", r"/password:", ("wmic",)),
    (r"rabbitmqadmin|influx", r"(?-i:-p)[ \t]+|-password[ \t]+", ("rabbitmqadmin", "influx")),
    (r"ssh-keygen", r"(?-i:-[NP])[ \t]+", ("ssh-keygen",)),
    # Mosquitto's clients: `-u USER -P PASSWORD` (`-p` is the port), or `--pw`.
    (r"mosquitto_(?:pub|sub|rr|passwd)", r"(?-i:-P)[ \t]+|--pw[ \t]+", ("mosquitto",)),
    # Commands that store a secret given as `--value`.
    (r"az[ \t]+keyvault[ \t]+secret[ \t]+set|aws[ \t]+ssm[ \t]+put-parameter",
     r"--value(?:=|[ \t]+)", ("keyvault", "put-parameter")),
)


# MinIO's client: `mc alias set NAME URL ACCESS_KEY SECRET_KEY` (and the older `mc config
# host add`): the last two arguments, together, open the store.
_MC_ALIAS = (
    r"\bmc[ \t]+(?:alias[ \t]+set|config[ \t]+host[ \t]+add)[ \t]+\S+[ \t]+https?://\S+[ \t]+"
    r"([^\s\"'`]{3,128}[ \t]+[^\s\"'`]{8,128})(?=[ \t]|$)"
)


# Poetry's stored repository credentials: `poetry config http-basic.REPO USER PASSWORD` (the
# last argument; given alone, poetry prompts for it) and `poetry config pypi-token.REPO TOKEN`.
_POETRY_CONFIG = (
    r"\bpoetry[ \t]+config[ \t]+(?:http-basic\.[\w.-]+[ \t]+[^\s\"'`]{1,64}|pypi-token\.[\w.-]+)"
    r"[ \t]+" + VALUE
)


def _mc_alias_ok(value: str, m: regex.Match) -> bool:
    access, secret = value.split()
    return not PLACEHOLDER.match(access) and _password_ok(secret, m)


# SASL PLAIN (RFC 4616) in an SMTP, IMAP or XMPP session: `AUTH PLAIN <base64>`, the base64
# of `authzid NUL user NUL password`. The NULs tell it from any other base64 after `AUTH`.
_SASL_PLAIN = (r"(?i)\bAUTH(?:ENTICATE)?[ \t]+PLAIN[ \t]+([A-Za-z0-9+/]{8,1024}={0,2})"
               r"(?![A-Za-z0-9+/=])")


def _b64(value: str) -> bytes | None:
    """`value` decoded as base64 whose padding may have been dropped; None if it is none."""
    try:
        return base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def _sasl_plain_ok(value: str, _m: regex.Match) -> bool:
    parts = (_b64(value) or b"").split(b"\0")
    return len(parts) == 3 and len(parts[2]) >= 4


# SASL LOGIN: the server asks `334 UGFzc3dvcmQ6` (base64 of `Password:`), the client's next
# line is the password in base64.
_SASL_LOGIN = (r"\b334[ \t]+(?:UGFzc3dvcmQ6|cGFzc3dvcmQ6)[ \t]*\r?\n"
               r"[ \t]*(?:C:[ \t]*)?([A-Za-z0-9+/]{4,512}={0,2})[ \t]*(?=\r?\n|$)")


def _sasl_login_ok(value: str, _m: regex.Match) -> bool:
    return len(_b64(value) or b"") >= 4


# PgBouncer's `auth_file` (`userlist.txt`): a line of two quoted strings, the user and the
# password. Two quoted words are common elsewhere (`"en" "English"`), so the second must
# look generated or like a person's password (three character classes), and not be the
# hash PgBouncer also accepts there (`md5` + 32 hex, `SCRAM-SHA-256$...`).
_QUOTED_PAIR_LINE = r'(?m)^[ \t]*"[\w.@+-]{1,64}"[ \t]+"([^"\s]{6,128})"[ \t]*$'
_PGBOUNCER_HASH = regex.compile(r"^(?:md5[0-9a-f]{32}|SCRAM-SHA-256\$)")


def _quoted_pair_ok(value: str, m: regex.Match) -> bool:
    if not _password_ok(value, m) or _PGBOUNCER_HASH.match(value):
        return False
    # Letters and digits and a third class (`"start" "Stop-Process"` has no digit), or long
    # and random.
    return ((char_classes(value) >= 3 and any(c.isdigit() for c in value)
             and any(c.isalpha() for c in value))
            or (len(value) >= 16 and random_body(value)))


LOGIN_CALL_RULES: tuple[Rule, ...] = (
    Rule("login-call-password", _LOGIN_CALL, _LOGIN_CALL_KEYWORDS, score=0.75,
         validate=_login_call_ok),
    Rule("login-call-password", _HOST_USER_PASSWORD_CALL,
         ("ftp", "mysqli", "mysql_connect", "mysqldb", "pymysql"), score=0.75,
         validate=_host_user_password_ok),
)
COMMAND_RULES: tuple[Rule, ...] = (
    *(Rule("command-password", pattern, keywords, score=0.75, validate=_password_ok)
      for keywords, pattern in _COMMAND_PASSWORDS),
    Rule("command-password", _ADD_MASK, ("::add-mask::",), score=0.75, validate=_mask_ok),
    Rule("snmp-community", _SNMP_COMMUNITY, ("snmp-server",), score=0.75,
         validate=_community_ok),
    Rule("command-password", _SASL_PLAIN, ("plain",), score=0.75, validate=_sasl_plain_ok),
    Rule("command-password", _SASL_LOGIN, ("ugfzc3dvcmq6", "cgfzc3dvcmq6"), score=0.75,
         validate=_sasl_login_ok),
    Rule("command-password", _QUOTED_PAIR_LINE, ('" "', '"\t"'), score=0.75,
         validate=_quoted_pair_ok),
)
CLI_PASSWORD_RULES: tuple[Rule, ...] = (
    Rule("cli-password", _CLI_PASSWORD, _CLI_PASSWORD_KEYWORDS, score=0.75,
         validate=_cli_password_ok),
    Rule("cli-password", _MC_ALIAS, ("mc alias", "mc config"), score=0.75,
         validate=_mc_alias_ok),
    Rule("cli-password", _POETRY_CONFIG, ("http-basic.", "pypi-token."), score=0.75,
         validate=_cli_password_ok),
    *(Rule("cli-password",
           rf"(?i)[ \t](?:{flag})(?<=\b(?:{command})\b[^\n;&|]{{0,300}})" + VALUE, keywords,
           score=0.75, validate=_cli_password_ok)
      for command, flag, keywords in _CLI_FLAGS),
)
