"""The thirteenth probe of the secrets dev set (`secrets_wild.py --fresh13`).

Written by the lead at the start of session 13, after the fixes for `--fresh12`, before
looking at what any rule makes of these carriers, in places the earlier groups do not use:
SQL that makes or alters a user (`IDENTIFIED BY`, `WITH PASSWORD`), archive and crypto tools
given a password (`zip -P`, `7z -p`, `openssl -pass pass:`, `sshpass -p`, `htpasswd -b`),
a `.pgpass` line, `redis://:pw@host`, .NET `appSettings` and `<password>` XML, an HTML
password input with its value, a Markdown table of credentials, systemd `Environment=`,
Ansible's `ansible_become_pass`, a Kubernetes env list (`name:` then `value:`), Docker's
`config.json` `auth` (base64 of user:password), reset and invitation links carrying their
token, a Python dict of a login, Chinese prose giving an account and its password without
punctuation, a password spelled out after "it's", Robot Framework and Cypress test steps.
The near-misses are those places without a secret.

Measured once on main at d7ef147, before any fix for it: 11.26% of secret characters leaked
(57 of 506), 2 of 30 secrets out, both entirely: an invitation link's path token
(`/invite/<token>`) and a chat password after `pw? it's` followed by ` , same as`; 0 of 12
near-misses flagged.
"""

# ruff: noqa: E501  (templates are pasted files and prose)
from __future__ import annotations

import base64
import random
from collections.abc import Callable

from benchmarks.secrets_wild import ALNUM, HEXD, URLSAFE, _r

_WORDS13 = ("Marmota", "Kolibri", "Tangerine", "Quokka", "Bramble", "Saffron", "Otter", "Juniper")


def _pw13(r: random.Random) -> str:
    """A word, digits and a symbol (a person's password)."""
    w, d, s = r.choice(_WORDS13), str(r.randint(10, 9999)), r.choice("!#$%&*?@+")
    return r.choice((f"{w}{d}{s}", f"{w}{s}{d}", f"{d}{w}{s}"))


def _docker_auth(r: random.Random) -> str:
    return base64.b64encode(f"deploy:{_r(r, 20)}".encode()).decode()


GEN13: dict[str, Callable[[random.Random], str]] = {
    "pw13": _pw13,
    "pw13_gen": lambda r: _r(r, r.randint(16, 24), ALNUM + "!#%^*-_=+"),
    "reset13": lambda r: _r(r, 43, URLSAFE),
    "hex13": lambda r: _r(r, 40, HEXD),
    "docker13": _docker_auth,
}
FILLERS13: set[str] = set()

FRESH13_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("sql", "CREATE USER report_ro IDENTIFIED BY '«pw13»';\nGRANT SELECT ON sales.* TO report_ro;"),
    ("sql", "ALTER ROLE app_writer WITH LOGIN PASSWORD '«pw13_gen»';"),
    ("sql", "CREATE LOGIN etl_svc WITH PASSWORD = N'«pw13»', CHECK_POLICY = OFF;"),
    ("cli", "zip -r -P «pw13» payroll-2026.zip payroll/"),
    ("cli", "7z a -p«pw13_gen» -mhe=on backup.7z ./exports"),
    ("cli", "openssl enc -aes-256-cbc -salt -in db.sql -out db.sql.enc -pass pass:«pw13»"),
    ("cli", "sshpass -p '«pw13»' ssh ops@10.20.4.17 'systemctl restart billing'"),
    ("cli", "htpasswd -b -c /etc/nginx/.htpasswd grafana «pw13»"),
    ("dotfile", "# ~/.pgpass\ndb-prod.internal:5432:ledger:ledger_app:«pw13_gen»"),
    ("url", "CACHE_URL=redis://:«pw13_gen»@cache.internal:6379/0"),
    ("xml", '<appSettings>\n  <add key="SmtpUser" value="alerts" />\n  <add key="SmtpPassword" value="«pw13»" />\n</appSettings>'),
    ("xml", "<datasource>\n  <user-name>ledger</user-name>\n  <password>«pw13_gen»</password>\n</datasource>"),
    ("html", '<input type="password" name="pwd" value="«pw13»" autocomplete="off">'),
    ("markdown", "| env | user | password |\n|-----|------|----------|\n| staging | admin | «pw13» |"),
    ("dotfile", '[Service]\nEnvironment="DB_PASSWORD=«pw13_gen»"\nExecStart=/opt/ledger/bin/server'),
    ("yaml", "all:\n  vars:\n    ansible_user: deploy\n    ansible_become_pass: «pw13»"),
    ("yaml", "env:\n  - name: DB_USER\n    value: ledger\n  - name: DB_PASSWORD\n    value: «pw13_gen»"),
    ("json", '{\n  "auths": {\n    "registry.acme.example": {\n      "auth": "«docker13»"\n    }\n  }\n}'),
    ("url", "Click to choose a new password: https://id.acme.example/reset-password?token=«reset13»\nThe link expires in 30 minutes."),
    ("url", "You've been invited to the Acme workspace: https://app.acme.example/invite/«reset13»"),
    ("code", "creds = {'username': 'svc_report', 'passwd': '«pw13»'}\nclient.login(**creds)"),
    ("prose", "财务系统的账号 finance01 密码 «pw13» 下周过期"),
    ("prose", "帳號：ops_tw\n密碼　«pw13»"),
    ("chat", "[14:20] nora: the staging admin pw? it's «pw13» , same as last quarter"),
    ("code", "Input Text    id=password    «pw13»\nClick Button    Sign in"),
    ("code", "cy.get('#password').type('«pw13»')\ncy.get('button[type=submit]').click()"),
    ("code", "await page.fill('input[name=\"password\"]', '«pw13_gen»');"),
    ("prose", "Mot de passe provisoire : «pw13» — à changer à la première connexion."),
    ("cli", "curl -s -X POST https://api.acme.example/v1/login -d 'user=ana&password=«pw13»'"),
    ("log", "2026-12-03T09:14:07Z DEBUG auth request body={\"user\":\"ana\",\"pass\":\"«pw13»\"}"),
)
FRESH13_BENIGN: tuple[tuple[str, str], ...] = (
    ("sql", "CREATE USER report_ro IDENTIFIED BY :password;"),
    ("sql", "ALTER ROLE app_writer WITH LOGIN PASSWORD NULL;"),
    ("cli", "zip -r -e payroll-2026.zip payroll/   # prompts for the password"),
    ("cli", "openssl enc -aes-256-cbc -in db.sql -out db.sql.enc -pass env:BACKUP_PASS"),
    ("cli", "sshpass -f ~/.ssh/pw.txt ssh ops@10.20.4.17"),
    ("html", '<input type="password" name="pwd" placeholder="Password" required>'),
    ("markdown", "| env | user | password |\n|-----|------|----------|\n| staging | admin | (in Vault) |"),
    ("yaml", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: ledger-db\n        key: password"),
    ("url", "Forgot your password? Visit https://id.acme.example/reset-password to choose a new one."),
    ("code", "cy.get('#password').type(Cypress.env('PASSWORD'))"),
    ("prose", "财务系统的账号密码请到 Vault 查询，不要发在群里"),
    ("log", "2026-12-03T09:14:07Z INFO auth ok user=ana duration_ms=42"),
)
