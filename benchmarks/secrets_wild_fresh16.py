"""The sixteenth probe of the secrets dev set (`secrets_wild.py --fresh16`).

Written by secrets17 in session 16, after the fixes for `--fresh15`, before looking at what
any rule makes of these carriers, in places fresh4..fresh15 do not use: admin CLIs given a
password as a short flag (`ipmitool -P`, `mosquitto_pub -P`, `x11vnc -passwd`,
`mongosh --password`) or as a bare positional argument (`rabbitmqctl add_user NAME v`,
`wpa_passphrase SSID v`, `poetry config http-basic.REPO USER v`), a password after a shell
line continuation, `.npmrc`'s `_auth=` (base64 of user:password), `.yarnrc.yml`'s
`npmAuthToken`, `gradle.properties` (`signing.password`, `ossrhPassword`), `.tfvars`,
positional credentials in calls (C# `new NetworkCredential("u", "p")`, Go
`smtp.PlainAuth("", u, p, host)`, sbt `Credentials(realm, host, u, p)`, Python
`auth=("u", "p")`), PHP `define('DB_PASSWORD', 'v')`, WordPress salts, Flask
`app.secret_key = b'...'`, a Rust `const ...: &str`, Java `System.setProperty(
"...keyStorePassword", v)`, JS `localStorage.setItem("access_token", v)`, an `expect`
script's `send`, `curl --oauth2-bearer`, `git -c http.extraHeader=`, a raw request's
`Proxy-Authorization: Basic` and `X-Vault-Token:`, a Consul ACL token that is a UUID,
`ansible-playbook -e ansible_password=`, and German, Russian and Turkish prose.
The near-misses are those places without a secret: env references, an empty password,
a reset URL, a policy, a labelled hash, a UUID that is an id, a marked test fixture.

Measured once on main at 087c7ef, before any fix for it: 16.1% of secret characters leaked
(113 of 702), 4 of 33 secrets out, all entirely: `mosquitto_pub -P v`, `poetry config
http-basic.REPO USER v`, a WordPress `define('AUTH_KEY', '<64 symbols>')` salt, and Turkish
`şifresi: v`; 0 of 15 near-misses flagged SECRET or blocked (4.01% of their characters
masked, by other detectors). After its fixes (Mosquitto's `-P`, `poetry config`'s stored
credentials, a call's argument after aligning spaces and a 64-printable `*_KEY` value, Turkish
`şifre` with its suffix; tests in `tests/test_secrets_fresh16.py`): 0.0%, 0 out, 0 of 15
near-misses flagged (the same 4.01% masked by other detectors).
"""

# ruff: noqa: E501  (templates are pasted files and prose)
from __future__ import annotations

import base64
import random
import uuid
from collections.abc import Callable

from benchmarks.secrets_wild import ALNUM, _r

_WORDS16 = ("Marlin", "Juniper", "Falcon", "Sorrel", "Granite", "Kestrel", "Lagoon", "Thistle")


def _pw16(r: random.Random) -> str:
    """A word, digits and a symbol (a person's password)."""
    w, d, s = r.choice(_WORDS16), str(r.randint(10, 9999)), r.choice("!#$%&*?@+")
    return r.choice((f"{w}{d}{s}", f"{w}{s}{d}", f"{d}{w}{s}"))


def _npm_auth16(r: random.Random) -> str:
    return base64.b64encode(f"ci-{_r(r, 4, 'abcdefghijklmnop')}:{_pw16(r)}".encode()).decode()


GEN16: dict[str, Callable[[random.Random], str]] = {
    "pw16": _pw16,
    "pw16_gen": lambda r: _r(r, r.randint(16, 24), ALNUM + "!%^*-_=+"),
    "tok16": lambda r: _r(r, r.randint(32, 44), ALNUM),
    "npm_auth16": _npm_auth16,
    "salt16": lambda r: _r(r, 64, ALNUM + "!#%^*()-_=+[]{}<>;:,.|~"),
    "hvs16": lambda r: "hvs." + _r(r, 24, ALNUM),
    "uuid16": lambda r: str(uuid.UUID(int=r.getrandbits(128), version=4)),
    "hex16": lambda r: _r(r, 64, "0123456789abcdef"),
}
FILLERS16: set[str] = {"hex16"}

FRESH16_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("cli", "ipmitool -I lanplus -H 10.20.0.15 -U ADMIN -P «pw16» chassis power status"),
    ("cli", "mosquitto_pub -h mqtt.acme.example -u sensor07 -P «pw16_gen» -t plant/temp -m 21.4"),
    ("cli", "x11vnc -display :0 -passwd «pw16» -forever"),
    ("cli", "mongosh --host db1.acme.example --username admin --password «pw16» --authenticationDatabase admin"),
    ("cli", "rabbitmqctl add_user ledger «pw16»\nrabbitmqctl set_user_tags ledger monitoring"),
    ("cli", "wpa_passphrase \"Acme-Guest\" «pw16» >> /etc/wpa_supplicant.conf"),
    ("cli", "poetry config http-basic.acme ci-bot «pw16_gen»"),
    ("cli", "docker login registry.acme.example \\\n  --username ci \\\n  --password «pw16_gen»"),
    ("cli", "curl --oauth2-bearer «tok16» https://api.acme.example/v2/orders"),
    ("cli", "git -c http.extraHeader=\"Authorization: Bearer «tok16»\" clone https://git.acme.example/ops/infra.git"),
    ("cli", "ansible-playbook site.yml -i hosts -e \"ansible_user=deploy ansible_password=«pw16»\""),
    ("dotfile", "registry=https://npm.acme.example/\n_auth=«npm_auth16»\nalways-auth=true"),
    ("yaml", "npmRegistryServer: \"https://npm.acme.example\"\nnpmAuthToken: \"«tok16»\""),
    ("properties", "signing.keyId=24875D73\nsigning.password=«pw16»\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg"),
    ("properties", "ossrhUsername=acme-release\nossrhPassword=«pw16_gen»"),
    ("hcl", "region         = \"eu-west-1\"\ndb_username    = \"ledger\"\nadmin_password = \"«pw16»\""),
    ("code", "var cred = new NetworkCredential(\"svc_mail\", \"«pw16»\");\nclient.Credentials = cred;"),
    ("code", "auth := smtp.PlainAuth(\"\", \"alerts@acme.example\", \"«pw16»\", \"smtp.acme.example\")"),
    ("code", "credentials += Credentials(\"Sonatype Nexus\", \"nexus.acme.example\", \"deploy\", \"«pw16»\")"),
    ("code", "resp = requests.get(url, auth=(\"reports\", \"«pw16»\"), timeout=10)"),
    ("code", "define('DB_NAME', 'wp_acme');\ndefine('DB_USER', 'wp_acme');\ndefine('DB_PASSWORD', '«pw16»');"),
    ("code", "define( 'AUTH_KEY',         '«salt16»' );"),
    ("code", "app = Flask(__name__)\napp.secret_key = b'«tok16»'"),
    ("code", "const API_TOKEN: &str = \"«tok16»\";\nlet client = Client::new();"),
    ("code", "System.setProperty(\"javax.net.ssl.keyStorePassword\", \"«pw16»\");"),
    ("code", "localStorage.setItem(\"access_token\", \"«tok16»\");"),
    ("code", "spawn ssh deploy@10.0.4.2\nexpect \"assword:\"\nsend \"«pw16»\\r\"\ninteract"),
    ("http", "CONNECT api.acme.example:443 HTTP/1.1\nHost: api.acme.example:443\nProxy-Authorization: Basic «npm_auth16»"),
    ("http", "curl -H \"X-Vault-Token: «hvs16»\" https://vault.acme.example:8200/v1/secret/data/ledger"),
    ("cli", "export CONSUL_HTTP_TOKEN=«uuid16»\nconsul kv get service/ledger/config"),
    ("prose", "Hallo Jonas, das Passwort für den Drucker-Admin lautet «pw16». Bitte nicht weitergeben."),
    ("prose", "Привет! Логин admin, пароль «pw16», поменяй после входа."),
    ("prose", "Sunucu şifresi: «pw16» (yarın değiştireceğim)"),
)
FRESH16_BENIGN: tuple[tuple[str, str], ...] = (
    ("cli", "ipmitool -I lanplus -H 10.20.0.15 -U ADMIN -E chassis power status"),
    ("cli", "mosquitto_pub -h mqtt.acme.example -u sensor07 -P \"$MQTT_PASSWORD\" -t plant/temp -m 21.4"),
    ("dotfile", "registry=https://npm.acme.example/\n//npm.acme.example/:_authToken=${NPM_TOKEN}"),
    ("code", "var cred = new NetworkCredential(user, config[\"Smtp:Password\"]);"),
    ("code", "define('DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD'));"),
    ("code", "resp = requests.get(url, auth=(username, password), timeout=10)"),
    ("yaml", "smtp:\n  username: alerts\n  password: \"\"\n  password_reset_url: https://acme.example/account/reset"),
    ("prose", "Passwords must be at least 14 characters long and contain a digit and a symbol such as ! or #."),
    ("log", "stored hash (sha256) of the uploaded file: «hex16»"),
    ("json", "{\"node_id\": \"«uuid16»\", \"datacenter\": \"eu1\", \"status\": \"alive\"}"),
    ("code", "# test fixture: a wrong password must be rejected\nassert not login(\"alice\", \"wrong-password\")"),
    ("code", "spawn ssh deploy@10.0.4.2\nexpect \"assword:\"\nsend \"$env(DEPLOY_PASS)\\r\""),
    ("cli", "curl --oauth2-bearer \"$TOKEN\" https://api.acme.example/v2/orders"),
    ("prose", "Hallo Jonas, das Passwort für den Drucker-Admin bekommst du von der IT."),
    ("hcl", "admin_password = var.admin_password\ndb_password    = data.vault_generic_secret.db.data[\"password\"]"),
)
