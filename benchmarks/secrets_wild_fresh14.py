"""The fourteenth probe of the secrets dev set (`secrets_wild.py --fresh14`).

Written by the lead at the start of session 14, after the fixes for `--fresh13`, before
looking at what any rule makes of these carriers, in places the earlier groups do not use:
Windows autologon in a registry export and an unattend.xml, wpa_supplicant's `psk=`, Cisco
IOS `username ... secret 0` and SNMP communities, NetworkManager's `nmcli ... password`,
Django's `SECRET_KEY = 'django-insecure-...'`, Rails' `secret_key_base`, Terraform
`variable` defaults and `-var` flags, `helm --set`, `kubectl create secret --from-literal`,
`docker run -e`, pip's `index-url` with credentials, `.git-credentials`, a notebook cell
escaped inside JSON, a JSON body escaped inside a JSON string, a CSV export of logins, a
quoted e-mail reply, a passphrase of words, a one-time temporary password in a mail,
Japanese, Korean and Spanish prose, PowerShell `[string]$pw`, Go and Kotlin literals, and a
Basic authorization header in a log. The near-misses are those places without a secret.

Measured once on main at d48d4bf, before any fix for it: 13.84% of secret characters leaked
(88 of 636), 6 of 32 secrets out, all entirely: Cisco IOS `secret 0` (both lines), an SNMP
community, the two values escaped inside a JSON string (`\\"...\\"`), and a passphrase of
four lower-case words; 0 of 12 near-misses flagged.
"""

# ruff: noqa: E501  (templates are pasted files and prose)
from __future__ import annotations

import base64
import random
from collections.abc import Callable

from benchmarks.secrets_wild import ALNUM, HEXD, _r

_WORDS14 = ("Pelican", "Cobalt", "Maple", "Vortex", "Lantern", "Ember", "Glacier", "Nimbus")
_PASSPHRASE14 = ("copper", "violin", "harbor", "lemon", "atlas", "meadow", "quartz", "falcon",
                 "tundra", "orbit", "canyon", "sparrow")


def _pw14(r: random.Random) -> str:
    """A word, digits and a symbol (a person's password)."""
    w, d, s = r.choice(_WORDS14), str(r.randint(10, 9999)), r.choice("!#$%&*?@+")
    return r.choice((f"{w}{d}{s}", f"{w}{s}{d}", f"{d}{w}{s}"))


def _basic14(r: random.Random) -> str:
    return base64.b64encode(f"svc_export:{_pw14(r)}".encode()).decode()


GEN14: dict[str, Callable[[random.Random], str]] = {
    "pw14": _pw14,
    "pw14_gen": lambda r: _r(r, r.randint(16, 24), ALNUM + "!#%^*-_=+"),
    "phrase14": lambda r: " ".join(r.sample(_PASSPHRASE14, 4)),
    "django14": lambda r: "django-insecure-" + _r(r, 50, ALNUM + "!@#%^&*(-_=+)"),
    "hex14": lambda r: _r(r, 128, HEXD),
    "basic14": _basic14,
    "community14": lambda r: _r(r, 14, ALNUM),
}
FILLERS14: set[str] = set()

FRESH14_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("registry", 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\n"AutoAdminLogon"="1"\n"DefaultUserName"="kiosk"\n"DefaultPassword"="«pw14»"'),
    ("xml", "<UserAccounts>\n  <AdministratorPassword>\n    <Value>«pw14_gen»</Value>\n    <PlainText>true</PlainText>\n  </AdministratorPassword>\n</UserAccounts>"),
    ("dotfile", 'network={\n    ssid="Warehouse-5G"\n    psk="«pw14»"\n    key_mgmt=WPA-PSK\n}'),
    ("config", "hostname edge-rtr-02\nusername netadmin privilege 15 secret 0 «pw14»\nenable secret 0 «pw14_gen»"),
    ("config", "snmp-server community «community14» RW\nsnmp-server location DC2-row4"),
    ("cli", "nmcli dev wifi connect Warehouse-5G password '«pw14»'"),
    ("code", "# settings.py\nDEBUG = False\nSECRET_KEY = '«django14»'\nALLOWED_HOSTS = ['intranet.acme.example']"),
    ("yaml", "production:\n  secret_key_base: «hex14»"),
    ("hcl", 'variable "db_password" {\n  type    = string\n  default = "«pw14_gen»"\n}'),
    ("cli", "terraform apply -var 'db_password=«pw14»' -auto-approve"),
    ("cli", "helm upgrade --install pg bitnami/postgresql --set auth.postgresPassword=«pw14_gen»"),
    ("cli", "kubectl create secret generic ledger-db --from-literal=username=ledger --from-literal=password='«pw14»'"),
    ("cli", "docker run -d -e MYSQL_ROOT_PASSWORD=«pw14_gen» -p 3306:3306 mysql:8"),
    ("dotfile", "[global]\nindex-url = https://build:«pw14_gen»@pypi.acme.example/simple"),
    ("dotfile", "# ~/.git-credentials\nhttps://ana.ruiz:«pw14_gen»@git.acme.example"),
    ("json", '{"cell_type": "code", "source": ["import os\\n", "os.environ[\\"DB_PASS\\"] = \\"«pw14»\\"\\n"]}'),
    ("json", '{"event": "login_failed", "raw": "{\\"username\\":\\"ops\\",\\"password\\":\\"«pw14»\\"}"}'),
    ("csv", "username,password,role\nana.ruiz,«pw14»,admin\nkofi.m,«pw14#2»,viewer"),
    ("mail", "> Can you send me the staging login?\n\nuser: qa_lead\npassword: «pw14»\n\nDelete this mail after reading."),
    ("prose", "The vault passphrase is «phrase14» (all lower case, single spaces)."),
    ("mail", "Welcome aboard! Your temporary password is «pw14_gen» and must be changed at first sign-in."),
    ("prose", "サーバーのパスワードは «pw14» です。来週変更します。"),
    ("prose", "서버 비밀번호는 «pw14» 입니다"),
    ("prose", "La clave del wifi de la oficina es «pw14», no la compartas."),
    ("code", "[string]$pw = '«pw14»'\n$cred = New-Object PSCredential('acme\\svc', (ConvertTo-SecureString $pw -AsPlainText -Force))"),
    ("code", 'cfg := Config{\n\tUser:     "ledger",\n\tPassword: "«pw14_gen»",\n\tHost:     "db.internal",\n}'),
    ("code", 'val dataSource = HikariDataSource().apply {\n    username = "ledger"\n    password = "«pw14»"\n}'),
    ("log", "2026-12-01 10:02:11 GET /export 401 hdr.authorization=\"Basic «basic14»\""),
    ("prose", "fyi the new root pw for the nas is «pw14» , rotate it after the audit"),
    ("yaml", "smtp:\n  host: mail.acme.example\n  user: alerts\n  pass: «pw14»"),
)
FRESH14_BENIGN: tuple[tuple[str, str], ...] = (
    ("registry", '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\n"AutoAdminLogon"="0"\n"DefaultUserName"="kiosk"'),
    ("dotfile", 'network={\n    ssid="Warehouse-Guest"\n    key_mgmt=NONE\n}'),
    ("config", "username netadmin privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCTY3oFhs3ZzV1xYc"),
    ("cli", "nmcli dev wifi connect Warehouse-5G --ask"),
    ("code", "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']"),
    ("yaml", "production:\n  secret_key_base: <%= ENV[\"SECRET_KEY_BASE\"] %>"),
    ("hcl", 'variable "db_password" {\n  type      = string\n  sensitive = true\n}'),
    ("cli", "helm upgrade --install pg bitnami/postgresql --set auth.existingSecret=ledger-db"),
    ("cli", "kubectl create secret generic ledger-db --from-file=password=./db-password.txt"),
    ("csv", "username,password_last_changed,role\nana.ruiz,2026-11-02,admin"),
    ("prose", "サーバーのパスワードは Vault に保存されています。"),
    ("log", "2026-12-01 10:02:11 GET /export 401 hdr.authorization=<redacted>"),
)
