"""Secrets in the layouts of the dev set's sixth fresh group: handed over in prose with no key,
given in pieces or on the line after the label, Terraform variable defaults, Kubernetes
`stringData`, TOTP seeds and recovery codes, vendor tokens wrapped with no cue, chat webhooks,
`setx`, PowerShell and `net use` argument orders, `--value` and `secrets set` commands, Oracle
thin URLs, `*pass` keys; each with the near-misses that must not match. Values are ours."""

from __future__ import annotations

import random
import string

import pytest

from tests.secret_support import covered, findings

_RNG = random.Random(20261202)
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "_-"
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"


def rand(n: int, alphabet: str = ALNUM) -> str:
    return "".join(_RNG.choices(alphabet, k=n))


def wrap(value: str, width: int) -> str:
    return "\n".join(value[i:i + width] for i in range(0, len(value), width))


TOKEN = rand(40)
PW = "Lantern&5521copper"
UUID = "3f6c2a1e-8b4d-4e9a-9c7f-1d2e3b4a5c6d"

# (text, the secret every character of which must be covered)
TRUE_POSITIVES = [
    # handed over in prose, no key
    (f"the code you need is {TOKEN}", TOKEN),
    (f"Here it is: {TOKEN} (valid until Friday)", TOKEN),
    (f"use {PW} when the VPN client asks", PW),
    (f"paste {TOKEN} into the field on the admin page", TOKEN),
    (f"you can log in with {PW}", PW),
    (f"I changed it to {PW} this morning", PW),
    # pieces and next-line values
    ("vault pw part 1/2: Kq7#mZ\nvault pw part 2/2: r2P!xw", "Kq7#mZ"),
    ("vault pw part 1/2: Kq7#mZ\nvault pw part 2/2: r2P!xw", "r2P!xw"),
    ("the admin password begins Tz9&qL\nthen 4mW!pe", "Tz9&qL"),
    ("the admin password begins Tz9&qL\nthen 4mW!pe", "4mW!pe"),
    (f"Password:\n\n  {PW}\n", PW),
    (f"wifi passphrase:\n{PW}", PW),
    # Terraform variable defaults (a vendor-named one too)
    (f'variable "admin_password" {{\n  type = string\n  default = "{PW}"\n}}', PW),
    (f'variable "sendgrid_api_key" {{\n  default = "{TOKEN}"\n}}', TOKEN),
    # Kubernetes stringData under keys that do not say secret
    (f"kind: Secret\nstringData:\n  erlang-cookie: {TOKEN}\n", TOKEN),
    (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\nstringData:\n  ADMIN: {PW}", PW),
    (f"kind: Secret\nstringData:\n  bind-dn: cn=svc,ou=apps,dc=corp\n  bind-credential: {PW}", PW),
    # TOTP seeds and recovery codes
    ("Authenticator setup key: " + " ".join(rand(4, B32.lower()) + "" for _ in range(8)), None),
    ("MFA seed: " + (seed := "JBQW4ZLSMFZXG6K7NRUW4Z3FONXW233B"), seed),
    ("Your recovery codes:\n1f3a9-7c2e0\n88b41-0d6fa\n5e2c7-a9b13", "1f3a9-7c2e0\n88b41-0d6fa\n5e2c7-a9b13"),
    # vendor tokens wrapped with no cue
    (wrapped := wrap("sk-ant-api03-" + rand(93, URLSAFE) + "AA", 45), wrapped),
    (wrapped2 := wrap("github_pat_11" + rand(20, string.ascii_uppercase + string.digits) + "_" + rand(59), 36), wrapped2),
    # chat webhooks
    (hook := f"https://open.feishu.cn/open-apis/bot/v2/hook/{UUID}", hook),
    (hook2 := f"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={UUID}", hook2),
    (hook3 := "https://chat.example.org/hooks/" + "k3x9" + rand(22, string.ascii_lowercase + string.digits), hook3),
    (hook4 := "https://maker.ifttt.com/trigger/alarm/with/key/" + rand(22, URLSAFE), hook4),
    (hook5 := "https://hooks.zapier.com/hooks/catch/8812345/b7x2kq/", hook5),
    # Windows
    (f"setx SERVICE_TOKEN {TOKEN}", TOKEN),
    (f"setx /M DB_PASSWORD {PW}", PW),
    (f"ConvertTo-SecureString -AsPlainText -Force -String '{PW}'", PW),
    (f'(ConvertTo-SecureString -AsPlainText "{PW}" -Force)', PW),
    (f"net use Y: \\\\files01\\dept {PW} /user:CORP\\bo", PW),
    # commands that store secrets, Oracle thin URLs, `*pass` keys, app passwords
    (f"az keyvault secret set --vault-name kv --name db --value {PW}", PW),
    (f"aws ssm put-parameter --name /app/db --type SecureString --value '{PW}'", PW),
    (f"flyctl secrets set WEBHOOK_SIGNING={TOKEN} OTHER=1", TOKEN),
    (f"jdbc:oracle:thin:scott/{PW}@//db:1521/XE", PW),
    (f"remotepass = {PW}", PW),
    (f"proxypass: {PW}", PW),
    ("password qwzt hbnx rkvm plyd", "qwzt hbnx rkvm plyd"),
]


@pytest.mark.parametrize("text,secret", TRUE_POSITIVES)
def test_true_positive_is_covered(text: str, secret: str | None) -> None:
    if secret is None:  # the whole spaced seed after its label
        secret = text.split(": ", 1)[1]
    assert covered(text, secret), findings(text)


NEAR_MISSES = [
    # prose handing over no secret
    "the code you need is in the README",
    "use 9f2c1e7a4b3d5e6f8a9b0c1d2e3f4a5b6c7d8e9f as the base commit when you rebase",
    "just paste the link into the box on the settings page",
    "Here you go: https://docs.example.com/setup",
    "you can log in with your badge",
    "set it to true when debugging",
    # pieces and labels without a secret
    "part 1/2: Introduction\npart 2/2: Results",
    "first half: Q3revenue up, second half: flat",
    "Forgot password:\nClick here",
    "Password:\n  - must be 12 characters",
    # Terraform
    'variable "region" {\n  default = "eu-west-1"\n}',
    'variable "db_password" {\n  type      = string\n  sensitive = true\n}',
    'variable "api_key" {\n  default = "REPLACE_ME"\n}',
    # Kubernetes
    "kind: ConfigMap\ndata:\n  stringData: x\n  LOG_LEVEL: debug-verbose",
    "kind: Secret\nstringData:\n  username: admin\n  password: ${DB_PASSWORD}",
    # an LDAP distinguished name names an entry, whatever the key
    "kind: Secret\nstringData:\n  bind-dn: cn=svc-reader,ou=apps,dc=corp,dc=example",
    "kind: Secret\nstringData:\n  LDAP_BASE: ou=people, dc=example, dc=org",
    "kind: SealedSecret\nspec:\n  encryptedData:\n    password: AgB" + rand(200, ALNUM + "+/"),
    # TOTP and recovery codes
    "Recovery codes are single-use; you have 8 left.",
    "Enable 2FA under Settings > Security and scan the QR code.",
    "otpauth://totp/Acme:bo?secret=<SECRET>&issuer=Acme",
    # wrapped text that is no token
    "ghp_ tokens start with that prefix\nand are 40 characters long\nin total",
    # webhooks: placeholders and docs
    "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    "Paste your webhook URL (https://open.feishu.cn/open-apis/bot/v2/hook/...) here",
    "https://github.com/acme/app/settings/hooks/412345678",
    # Windows
    "setx API_KEY %API_KEY%",
    'setx PATH "%PATH%;C:\\tools"',
    "ConvertTo-SecureString -AsPlainText -Force -String $env:SVC_PW",
    "net use Z: \\\\fs01\\share /user:CORP\\ana *",
    "$pw = Read-Host -AsSecureString 'Password'",
    # commands
    "az keyvault secret set --vault-name kv --name db --value $DB_PW",
    "fly secrets set LOG_LEVEL=$LEVEL",
    "heroku config:set LOG_LEVEL=debug",
    "jdbc:oracle:thin:@//db:1521/XE",
    "bypass = true\ncompass = north",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_flagged(text: str) -> None:
    assert findings(text) == []
