"""The fifteenth probe of the secrets dev set (`secrets_wild.py --fresh15`).

Written by the lead in session 14, after the fixes for `--fresh14`, before looking at what
any rule makes of these carriers, in languages and files the earlier groups do not use:
Dockerfile `ENV` / `ARG`, Puppet's `=>`, Elixir keyword lists, Groovy's `storePassword "v"`
(no operator), Objective-C `@"v"`, a C `#define`, Pascal `:=`, VB `Dim ... As String =`,
Lua `local`, Perl `my $`, R's `Sys.setenv`, Ruby `||=`, an SQL `INSERT` of a user row, LDIF
`userPassword:` and its base64 form `::`, FileZilla's base64 `<Pass>`, `.s3cfg`, `smb://` and
`ftp://` URLs, an INI key with spaces, `login / pass` and `user/password` pairs in mail, a
ticket that sets a password `to v`, an old Vault token `s.`, a list of 2FA recovery codes,
and Chinese `密码=`. The near-misses are those places without a secret.

Measured once on main at f28505b, before any fix for it: 18.38% of secret characters leaked
(84 of 457), 5 of 31 secrets out, all entirely: Dockerfile `ARG NPM_TOKEN=v`, Objective-C
`@"v"`, a C `#define DB_PASS "v"`, `.s3cfg`'s `secret_key = v`, and `user/password` in a
mail; 0 of 12 near-misses flagged.
"""

# ruff: noqa: E501  (templates are pasted files and prose)
from __future__ import annotations

import base64
import random
from collections.abc import Callable

from benchmarks.secrets_wild import ALNUM, _r

_WORDS15 = ("Heron", "Basalt", "Cedar", "Plover", "Zephyr", "Quill", "Tamarack", "Orca")


def _pw15(r: random.Random) -> str:
    """A word, digits and a symbol (a person's password)."""
    w, d, s = r.choice(_WORDS15), str(r.randint(10, 9999)), r.choice("!#$%&*?@+")
    return r.choice((f"{w}{d}{s}", f"{w}{s}{d}", f"{d}{w}{s}"))


def _b64pw15(r: random.Random) -> str:
    return base64.b64encode(_pw15(r).encode()).decode()


def _codes15(r: random.Random) -> str:
    return "\n".join(f"{_r(r, 4, '0123456789')}-{_r(r, 4, '0123456789')}" for _ in range(4))


GEN15: dict[str, Callable[[random.Random], str]] = {
    "pw15": _pw15,
    "pw15_gen": lambda r: _r(r, r.randint(16, 24), ALNUM + "!#%^*-_=+"),
    "b64pw15": _b64pw15,
    "vault15": lambda r: "s." + _r(r, 24, ALNUM),
    "codes15": _codes15,
}
FILLERS15: set[str] = set()

FRESH15_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("dockerfile", "FROM node:20-alpine\nENV NODE_ENV=production DB_PASSWORD=«pw15_gen»\nCMD [\"node\", \"server.js\"]"),
    ("dockerfile", "ARG NPM_TOKEN=«pw15_gen»\nRUN npm ci"),
    ("code", "mysql::db { 'ledger':\n  user     => 'ledger',\n  password => '«pw15»',\n  host     => 'localhost',\n}"),
    ("code", "config :ledger, Ledger.Repo,\n  username: \"ledger\",\n  password: \"«pw15»\",\n  hostname: \"db.internal\""),
    ("code", "signingConfigs {\n    release {\n        storeFile file('release.jks')\n        storePassword '«pw15»'\n        keyAlias 'upload'\n        keyPassword '«pw15#2»'\n    }\n}"),
    ("code", "NSString *apiPassword = @\"«pw15_gen»\";"),
    ("code", "#define DB_PASS \"«pw15»\"\n#define DB_HOST \"10.0.3.9\""),
    ("code", "Conn.Params.Values['Password'] := '«pw15»';"),
    ("code", "Dim smtpPassword As String = \"«pw15»\""),
    ("code", "local redis_password = \"«pw15_gen»\"\nlocal red = redis:new()"),
    ("code", "my $dbpass = '«pw15»';\nmy $dbh = DBI->connect($dsn, 'ledger', $dbpass);"),
    ("code", "Sys.setenv(LEDGER_DB_PASSWORD = \"«pw15»\")"),
    ("code", "ENV['SMTP_PASSWORD'] ||= '«pw15»'"),
    ("sql", "INSERT INTO users (login, password, role) VALUES ('ana.ruiz', '«pw15»', 'admin');"),
    ("ldif", "dn: uid=svc_ldap,ou=people,dc=acme,dc=example\nobjectClass: inetOrgPerson\nuserPassword: «pw15»"),
    ("ldif", "dn: uid=backup,ou=people,dc=acme,dc=example\nuserPassword:: «b64pw15»"),
    ("xml", "<Server>\n  <Host>ftp.acme.example</Host>\n  <User>deploy</User>\n  <Pass encoding=\"base64\">«b64pw15»</Pass>\n</Server>"),
    ("dotfile", "[default]\naccess_key = AKIAIOSFODNN7EXAMPLE\nsecret_key = «pw15_gen»\nhost_base = s3.acme.example"),
    ("url", "mount -t cifs smb://scan:«pw15»@fileserver.acme.example/scans /mnt/scans"),
    ("url", "wget ftp://deploy:«pw15»@ftp.acme.example/releases/app.tar.gz"),
    ("ini", "[Database]\nAdmin Password = «pw15»\nServer Name = db01"),
    ("mail", "Hi Kofi, your VPN access is ready.\nLogin: kofi.mensah / Pass: «pw15»\nPlease change it today."),
    ("mail", "creds for the test tenant: qa_admin/«pw15» (don't share)"),
    ("ticket", "INC-4471: reset the password for j.ortega to «pw15» and force change at next logon."),
    ("ticket", "Done — I've changed the service account password to «pw15_gen», updated the vault entry too."),
    ("cli", "export VAULT_TOKEN=«vault15»\nvault kv get secret/ledger"),
    ("mail", "Your backup codes (each works once):\n«codes15»"),
    ("prose", "测试环境数据库 root 密码=«pw15»，用完改掉"),
    ("yaml", "jobs:\n  deploy:\n    env:\n      DEPLOY_PASSWORD: «pw15_gen»\n    steps:\n      - run: ./deploy.sh"),
    ("code", "let password = \"«pw15»\"\nlet session = try await api.login(user: \"ana\", password: password)"),
)
FRESH15_BENIGN: tuple[tuple[str, str], ...] = (
    ("dockerfile", "ARG NPM_TOKEN\nRUN --mount=type=secret,id=npm npm ci"),
    ("code", "mysql::db { 'ledger':\n  user     => 'ledger',\n  password => lookup('ledger::db_password'),\n}"),
    ("code", "signingConfigs {\n    release {\n        storePassword System.getenv('STORE_PASSWORD')\n    }\n}"),
    ("code", "#define PASSWORD_MAX_LEN 128\n#define PASSWORD_FIELD \"password\""),
    ("sql", "INSERT INTO users (login, password_hash) VALUES ('ana.ruiz', crypt('x', gen_salt('bf')));"),
    ("ldif", "dn: uid=svc_ldap,ou=people,dc=acme,dc=example\nuserPassword: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g="),
    ("url", "mount -t cifs //fileserver.acme.example/scans /mnt/scans -o credentials=/root/.smbcred"),
    ("mail", "Login: kofi.mensah — your password was sent by SMS."),
    ("ticket", "INC-4472: reset the password for j.ortega to a temporary one and force change at next logon."),
    ("mail", "Your backup codes were regenerated on 2026-12-01; the old ones no longer work."),
    ("prose", "测试环境数据库 root 密码请找运维申请"),
    ("yaml", "jobs:\n  deploy:\n    env:\n      DEPLOY_PASSWORD: ${{ secrets.DEPLOY_PASSWORD }}"),
)
