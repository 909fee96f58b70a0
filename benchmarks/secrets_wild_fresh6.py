"""The sixth fresh group of the secrets dev set (`secrets_wild.py --fresh6`), and its probe.

Written before any fix for it, in layouts the earlier groups do not have: a password given
in two pieces (two messages, two lines, two concatenated literals) or on the line after its
label; vendor tokens wrapped over lines with no word naming them; a secret handed over in
prose with no keyword (`the code you need is ...`, `use ... when it asks`); credentials in
URLs of schemes beyond http (AMQP, Redis, MongoDB SRV, JDBC Oracle thin, SMB with a domain,
FTP / SFTP, Snowflake, ClickHouse, NATS, MQTT); shell one-liners that store a secret
(`kubectl create secret --from-literal`, `heroku config:set`, `gh secret set --body`,
`az keyvault secret set --value`, `helm --set`, `PGPASSWORD=... psql`, `wget --password`);
dotfiles (`.my.cnf`, `.s3cfg`, `.pgpass`, `.msmtprc`, `.muttrc`, `rclone.conf`,
`wpa_supplicant.conf`, gem and cargo credentials); Windows (`setx`, PowerShell's
`ConvertTo-SecureString -AsPlainText` with its arguments in another order, `net use` with the
password before `/user:`, `sc.exe config ... password=`); Terraform `variable` defaults and
heredocs; GitHub Actions `with:` inputs; Kubernetes `stringData` under keys that do not say
secret; private keys with their PEM header stripped (the DER's own opening remains), one
escaped JSON line, twice escaped; TOTP seeds and recovery codes; webhook URLs of chat tools
(Discord, Teams, Google Chat, DingTalk, Feishu, WeCom, Mattermost, IFTTT, Zapier) in prose;
a browser's password CSV export, a TSV, an SQL INSERT with a password column.

The near-misses are what the same places hold that is no secret: the same URLs without a
password, placeholders (`<your-token>`, `xxxx`, `${TOKEN}`, `changeme`, `%API_KEY%`),
templating and secret references, digests and UUIDs under id-like names, vendors' public
documentation examples, public keys and certificates without their header, `.aws/config`,
SealedSecret ciphertext, recovery-code prose.

Measured once before any fix: 10.49% of secret characters leaked, 37 of 107 secrets out, 3 of
63 near-misses blocked; after the fixes: 1.14%, 3 out (a password in two halves with no
secret word about, a bare wrapped base64 key), none blocked.

`FRESH7_*` is the probe written after the fixes for this group (`--fresh7`), measured once:
4.09% leaked, 10 of 34 secrets out, 1 of 15 near-misses blocked (an LDAP bind DN,
`cn=svc,...`, under `stringData`).
Values are drawn from `secrets_wild`'s seeded generator (its `_r`, `_password`, ...).
"""

# ruff: noqa: E501  (templates are pasted files and prose)
from __future__ import annotations

import base64
import random
import string
import uuid
from collections.abc import Callable

from benchmarks.secrets_wild import ALNUM, HEXD, LOWER_ALNUM, URLSAFE, _openssh, _r

_B32 = string.ascii_uppercase + "234567"


def _rand_bytes(r: random.Random, n: int) -> bytes:
    return bytes(r.getrandbits(8) for _ in range(n))


def _wrap(value: str, width: int) -> str:
    return "\n".join(value[i:i + width] for i in range(0, len(value), width))


def _uuid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


# DER openings of keys, as the bytes say them (a header-stripped PEM keeps them).
_PKCS1_RSA = bytes.fromhex("308204a40201000282010100")
_PKCS8_RSA = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100")
_SEC1_EC = bytes.fromhex("30770201010420")
_SPKI_RSA = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
_CERT = bytes.fromhex("308203773082025fa003020102021400")


def _der(r: random.Random, head: bytes, n: int) -> str:
    return base64.b64encode(head + _rand_bytes(r, n)).decode()


def _ec_der(r: random.Random) -> str:
    body = _SEC1_EC + _rand_bytes(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + _rand_bytes(r, 64)
    return base64.b64encode(body).decode()


GEN6: dict[str, Callable[[random.Random], str]] = {
    "pw_piece": lambda r: _r(r, 7, ALNUM + "!#%&"),
    "wrap_anthropic": lambda r: _wrap("sk-ant-api03-" + _r(r, 93, URLSAFE) + "AA", 50),
    "wrap_github_pat": lambda r: _wrap("github_pat_11" + _r(r, 20, string.ascii_uppercase + string.digits) + "_" + _r(r, 59), 40),
    "wrap_stripe": lambda r: _wrap("sk_live_51" + _r(r, 97), 48),
    "wrap_b64": lambda r: _wrap(base64.b64encode(_rand_bytes(r, 96)).decode(), 64),
    "wrap_slack": lambda r: _wrap(f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{_r(r, 24)}", 30),
    "der_rsa_body": lambda r: _wrap(_der(r, _PKCS1_RSA, 1180), 64),
    "der_pkcs8_oneline": lambda r: _der(r, _PKCS8_RSA, 1180),
    "der_ec_oneline": _ec_der,
    "pem_dblesc": lambda r: "\\\\n".join(["-----BEGIN PRIVATE KEY-----", *_wrap(_der(r, _PKCS8_RSA, 1180), 64).split("\n"), "-----END PRIVATE KEY-----"]),
    "openssh_b64_indented": lambda r: "\n  ".join(_openssh(r).split("\n")[1:-1]),
    "totp_b32": lambda r: _r(r, 32, _B32),
    "totp_spaced": lambda r: " ".join(_r(r, 4, _B32.lower()) for _ in range(8)),
    "gh_recovery": lambda r: "\n".join(f"{_r(r, 5, HEXD)}-{_r(r, 5, HEXD)}" for _ in range(8)),
    "google_backup": lambda r: "  ".join(f"{r.randint(1000, 9999)} {r.randint(1000, 9999)}" for _ in range(5)),
    "discord_hook": lambda r: f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/{_r(r, 68, URLSAFE)}",
    "teams_hook": lambda r: f"https://acme.webhook.office.com/webhookb2/{_uuid(r)}@{_uuid(r)}/IncomingWebhook/{_r(r, 32, HEXD)}/{_uuid(r)}/V2{_r(r, 45, URLSAFE)}",
    "gchat_hook": lambda r: f"https://chat.googleapis.com/v1/spaces/AAAA{_r(r, 7, URLSAFE)}/messages?key=AIzaSy{_r(r, 33, URLSAFE)}&token={_r(r, 43, URLSAFE)}",
    "dingtalk_hook": lambda r: "https://oapi.dingtalk.com/robot/send?access_token=" + _r(r, 64, HEXD),
    "feishu_hook": lambda r: "https://open.feishu.cn/open-apis/bot/v2/hook/" + _uuid(r),
    "wecom_hook": lambda r: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + _uuid(r),
    "mm_hook": lambda r: "https://chat.acme.io/hooks/" + _r(r, 26, LOWER_ALNUM),
    "ifttt_hook": lambda r: "https://maker.ifttt.com/trigger/door_open/with/key/" + _r(r, 22, URLSAFE),
    "zapier_hook": lambda r: f"https://hooks.zapier.com/hooks/catch/{r.randint(10**6, 10**7)}/{_r(r, 6, LOWER_ALNUM)}/",
    "rubygems": lambda r: "rubygems_" + _r(r, 48, HEXD),
    "cio": lambda r: "cio" + _r(r, 32),
    # fillers
    "spki_body": lambda r: _wrap(_der(r, _SPKI_RSA, 260), 64),
    "cert_body": lambda r: _wrap(_der(r, _CERT, 860), 64),
    "sealed": lambda r: "AgB" + _r(r, 300, ALNUM + "+/"),
    "order_ids": lambda r: "\n".join(f"{_r(r, 5, string.digits)}-{_r(r, 5, string.digits)}" for _ in range(4)),
}
FILLERS6 = {"spki_body", "cert_body", "sealed", "order_ids"}

FRESH6_TEMPLATES: tuple[tuple[str, str], ...] = (
    # a password in two pieces, or on the line after its label
    ("split", "[09:14] ops: vpn pw part 1/2 → «pw_piece»\n[09:15] ops: part 2/2 → «pw_piece#2»"),
    ("split", "Splitting it so it's not in one message.\nfirst half: «pw_piece»\nsecond half: «pw_piece#2»"),
    ("split", "the wifi password is\n«pw»\n(case-sensitive)"),
    ("split", "Password:\n\n    «pw»\n"),
    ("split", 'DB_PASSWORD = "«pw_piece»" "«pw_piece#2»"  # concatenated by the compiler'),
    ("split", "msg 1: the root password begins «pw_piece»\nmsg 2: then «pw_piece#2», no spaces"),
    # vendor tokens wrapped over lines, no word naming them
    ("wrapped", "can you check whether this is still live?\n\n«wrap_anthropic»"),
    ("wrapped", "«wrap_github_pat»"),
    ("wrapped", "pasted from the terminal:\n«wrap_stripe»\nthanks"),
    ("wrapped", "is this base64 right? it came out of the HSM export\n«wrap_b64»"),
    ("wrapped", "«wrap_slack»\n^ from the app page"),
    # handed over in prose, no keyword
    ("prose", "the code you need is «rand24»"),
    ("prose", "Here you go: «rand40» — it's only valid for today."),
    ("prose", "use «urlsafe43» when the installer asks, then delete this message"),
    ("prose", "I set it to «pw» for now, change it after first login"),
    ("prose", "just paste «rand32» into the box on the settings page"),
    ("prose", "you can get in with «pw»"),
    ("prose", "enter «pw_words» at the prompt and you're in"),
    # URLs of other schemes
    ("url", "amqps://«user»:«pw»@rabbit.internal:5671/orders"),
    ("url", "CELERY_BROKER=amqp://worker:«pw»@mq:5672//"),
    ("url", "rediss://default:«pw»@redis-12345.c1.eu-west-1.ec2.cloud.redislabs.com:12345"),
    ("url", "mongodb+srv://«user»:«pw_form»@cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority"),
    ("url", "jdbc:oracle:thin:«user»/«pw»@//db.corp:1521/ORCL"),
    ("url", "jdbc:postgresql://«host»:5432/app?user=«user»&password=«pw»&ssl=true"),
    ("url", "mount it with smb://CORP;«user»:«pw»@fs01/share"),
    ("url", "ftp://upload:«pw»@ftp.example.org/incoming/"),
    ("url", "sftp://deploy:«pw»@files.partner.example:22/in"),
    ("url", "snowflake://etl:«pw»@xy12345.eu-central-1/analytics?warehouse=WH"),
    ("url", "clickhouse://default:«pw»@ch.internal:9000/events"),
    ("url", "nats://ops:«pw»@nats.internal:4222"),
    ("url", "mqtts://broker.example.com:8883?username=dev&password=«pw»"),
    ("url", "sqlserver://sa:«pw»@db.internal:1433?database=erp"),
    # shell one-liners that store a secret
    ("shell", "docker run --rm --env=SERVICE_TOKEN=«rand40» ghcr.io/acme/tool"),
    ("shell", "podman run -e 'DB_PASS=«pw»' -d app"),
    ("shell", "kubectl create secret generic db --from-literal=username=app --from-literal=password=«pw»"),
    ("shell", "heroku config:set SESSION_SECRET=«rand48» -a shop"),
    ("shell", 'gh secret set DEPLOY_KEY --body "«rand40»"'),
    ("shell", "aws secretsmanager create-secret --name prod/db --secret-string '{\"username\":\"app\",\"password\":\"«pw»\"}'"),
    ("shell", "az keyvault secret set --vault-name kv-prod --name sql-admin --value «pw»"),
    ("shell", "helm upgrade --install app ./chart --set postgresql.auth.password=«pw» --set image.tag=1.2"),
    ("shell", "PGPASSWORD=«pw» psql -h db -U app -c 'select 1'"),
    ("shell", "fly secrets set STRIPE_WEBHOOK=«rand48»"),
    ("shell", "vault kv put secret/payments api_key=«rand32»"),
    ("shell", "wget --user=deploy --password='«pw»' https://artifacts.internal/app.tar.gz"),
    ("shell", "git clone https://oauth2:«glpat»@gitlab.example.com/acme/app.git"),
    # dotfiles
    ("dotfile", "~/.my.cnf\n[client]\nuser=root\npassword=«pw»"),
    ("dotfile", "~/.s3cfg\n[default]\naccess_key = «aws_id»\nsecret_key = «aws_secret»\nhost_base = s3.amazonaws.com"),
    ("dotfile", "~/.pgpass\n*:*:*:replicator:«pw»"),
    ("dotfile", "~/.msmtprc\naccount gmail\nhost smtp.gmail.com\nuser me@gmail.com\npassword «app_pw»"),
    ("dotfile", "~/.gem/credentials\n---\n:rubygems_api_key: «rubygems»"),
    ("dotfile", '~/.cargo/credentials.toml\n[registry]\ntoken = "«cio»"'),
    ("dotfile", 'set imap_pass = "«pw»"\nset smtp_pass = "«pw#2»"'),
    ("dotfile", "[s3]\ntype = s3\nprovider = AWS\naccess_key_id = «aws_id»\nsecret_access_key = «aws_secret»"),
    ("dotfile", 'network={\n  ssid="HomeNet"\n  psk=«pw»\n}'),
    ("dotfile", "[Repository Remote]\nremoteuser = ana@example.com\nremotepass = «pw»"),
    # Windows
    ("windows", "setx API_TOKEN «rand40»"),
    ("windows", "setx /M DB_PASSWORD «pw»"),
    ("windows", "$cred = New-Object PSCredential('CORP\\svc', (ConvertTo-SecureString -AsPlainText -Force -String '«pw»'))"),
    ("windows", 'Set-ADAccountPassword -Identity jdoe -NewPassword (ConvertTo-SecureString -AsPlainText "«pw»" -Force) -Reset'),
    ("windows", "net use Z: \\\\fs01\\share «pw» /user:CORP\\ana /persistent:yes"),
    ("windows", "[Environment]::SetEnvironmentVariable('SERVICE_TOKEN', '«rand40»', 'User')"),
    ("windows", "sc.exe config MySvc obj= CORP\\svc password= «pw»"),
    # Terraform / HCL
    ("hcl", 'variable "db_password" {\n  type      = string\n  default   = "«pw»"\n  sensitive = true\n}'),
    ("hcl", 'variable "datadog_api_key" {\n  default = "«hex32»"\n}'),
    ("hcl", 'resource "kubernetes_secret" "app" {\n  data = {\n    "api-key" = "«rand40»"\n  }\n}'),
    ("hcl", "tls_key = <<EOF\n«der_rsa_body»\nEOF"),
    # GitHub Actions inputs
    ("gha", "- uses: docker/login-action@v3\n  with:\n    registry: ghcr.io\n    username: acme-bot\n    password: «rand40»"),
    ("gha", "- uses: appleboy/ssh-action@v1\n  with:\n    host: 203.0.113.10\n    username: deploy\n    password: «pw»"),
    ("gha", "    with: { api_token: «rand40», environment: prod }"),
    ("gha", "- uses: acme/notify@v2\n  with:\n    webhook_url: «discord_hook»"),
    # Kubernetes stringData under keys that do not say secret
    ("k8s", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: mq\nstringData:\n  rabbitmq-erlang-cookie: «rand32»"),
    ("k8s", "kind: Secret\nstringData:\n  config.json: '{\"endpoint\":\"https://api.partner.example\",\"credential\":\"«rand40»\"}'"),
    ("k8s", "kind: Secret\ntype: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: '{\"auths\":{\"ghcr.io\":{\"username\":\"bot\",\"password\":\"«rand40»\"}}}'"),
    ("k8s", "kind: Secret\nstringData:\n  GRAFANA_ADMIN: «pw»\n  GRAFANA_USER: admin"),
    # private keys without their header
    ("key-body", "this is the body of my id_rsa, I removed the BEGIN/END lines:\n«der_rsa_body»"),
    ("key-body", '{"kid": "2026-01", "key": "«der_pkcs8_oneline»"}'),
    ("key-body", "signing_key: «der_ec_oneline»"),
    ("key-body", "«der_rsa_body»\n-----END RSA PRIVATE KEY-----"),
    ("key-body", '{"config": "{\\"private_key\\": \\"«pem_dblesc»\\\\n\\"}"}'),
    ("key-body", "deploy_key: |\n  «openssh_b64_indented»"),
    # TOTP seeds and recovery codes
    ("totp", "otpauth://totp/Acme:ana@example.com?secret=«totp_b32»&issuer=Acme&digits=6"),
    ("totp", "2FA setup key (if you can't scan the QR): «totp_spaced»"),
    ("totp", "GitHub recovery codes:\n«gh_recovery»"),
    ("totp", "backup codes for the google account: «google_backup»"),
    ("totp", "MFA seed for the shared ops account: «totp_b32»"),
    # webhook URLs in prose
    ("webhook", "post alerts to «discord_hook» please"),
    ("webhook", "our Teams channel hook is «teams_hook»"),
    ("webhook", "Google Chat: «gchat_hook»"),
    ("webhook", "钉钉机器人：«dingtalk_hook»"),
    ("webhook", "feishu bot «feishu_hook»"),
    ("webhook", "WeCom 群机器人 «wecom_hook»"),
    ("webhook", "mattermost incoming hook «mm_hook»"),
    ("webhook", "IFTTT applet calls «ifttt_hook»"),
    ("webhook", "zap trigger: «zapier_hook»"),
    ("webhook", "curl -s https://api.telegram.org/bot«telegram»/sendMessage -d chat_id=-100123 -d text=hi"),
    # tables and SQL
    ("csv", "name,url,username,password,note\nGitLab,https://gitlab.com/users/sign_in,ana.lee,«pw»,\nAWS,https://console.aws.amazon.com,ana,«pw#2»,"),
    ("csv", "service\tuser\tpassword\nvpn\tana\t«pw»\nwiki\tana\t«pw#2»"),
    ("sql", "INSERT INTO users (email, password, role) VALUES ('ana@example.com', '«pw»', 'admin');"),
)

FRESH6_BENIGN: tuple[tuple[str, str], ...] = (
    # the same URLs without a password
    ("url", "amqps://rabbit.internal:5671/orders"),
    ("url", "redis://redis:6379/0"),
    ("url", "mongodb+srv://cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority"),
    ("url", "jdbc:postgresql://db:5432/app?ssl=true&sslmode=require"),
    ("url", "jdbc:oracle:thin:@//db.corp:1521/ORCL"),
    ("url", "smb://fs01/share/reports"),
    ("url", "ftp://anonymous@ftp.gnu.org/gnu/"),
    ("url", "postgres://app:${DB_PASSWORD}@db.internal:5432/app"),
    ("url", "mqtts://broker.example.com:8883?username=dev&keepalive=60"),
    # placeholders and templating
    ("placeholder", "Authorization: Bearer <your-token>"),
    ("placeholder", "api_key: xxxxxxxxxxxxxxxxxxxxxxxx"),
    ("placeholder", "export GITHUB_TOKEN=${TOKEN}"),
    ("placeholder", "POSTGRES_PASSWORD=changeme"),
    ("placeholder", "setx API_KEY %API_KEY%"),
    ("placeholder", "password: {{ .Values.db.password }}"),
    ("placeholder", "DB_PASS=$(cat /run/secrets/db_pass)"),
    ("placeholder", "client_secret = \"REPLACE_ME\""),
    ("placeholder", "token: your_api_key_here"),
    ("placeholder", "otpauth://totp/Acme:ana?secret=<SECRET>&issuer=Acme"),
    ("placeholder", "https://oapi.dingtalk.com/robot/send?access_token=YOUR_ACCESS_TOKEN"),
    ("placeholder", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"),
    ("placeholder", "with:\n  password: ${{ secrets.GHCR_TOKEN }}\n  token: ${{ github.token }}"),
    # ids, digests, uuids under id-like names
    ("id", '{"session_id": "«trace»", "commit_sha": "«sha»"}'),
    ("id", "request_id=«uuid» api_key_id=«uuid#2»"),
    ("id", "token_hash: «sha256»"),
    ("id", "secret_version: «uuid»"),
    ("id", "feishu chat id oc_«trace», open id ou_«trace#2»"),
    ("id", "webhook delivery «uuid» failed with 502"),
    ("id", "Order numbers:\n«order_ids»"),
    # vendors' public examples
    ("example", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("example", "Stripe publishable key: pk_live_«rand24»"),
    ("example", "the code you need is in the README, section 3"),
    ("example", "Here you go: https://drive.google.com/file/d/«gdrive»/view"),
    ("example", "use «sha» as the base commit when you rebase"),
    ("example", "just paste the link into the box on the settings page"),
    # shell and dotfiles with nothing secret
    ("shell", "docker run -e DB_PASSWORD -e API_KEY --env-file .env app:latest"),
    ("shell", "kubectl create secret generic db --from-file=password=./pw.txt"),
    ("shell", "heroku config:set LOG_LEVEL=debug -a shop"),
    ("shell", "helm upgrade --install app ./chart --set image.tag=1.2.3 --set replicas=3"),
    ("shell", "git clone https://github.com/acme/app.git && cd app"),
    ("shell", "history | grep -i token"),
    ("dotfile", "~/.aws/config\n[profile prod]\nregion = eu-west-1\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = default\nmfa_serial = arn:aws:iam::123456789012:mfa/ana"),
    ("dotfile", "~/.ssh/config\nHost bastion\n  User ana\n  IdentityFile ~/.ssh/id_ed25519"),
    ("dotfile", "credential_process = aws-vault export --format=json prod"),
    ("windows", "net use Z: \\\\fs01\\share /user:CORP\\ana *"),
    ("windows", "$pw = Read-Host -AsSecureString 'Password'"),
    ("windows", "ConvertTo-SecureString -AsPlainText -Force -String $env:SVC_PW"),
    ("windows", 'setx PATH "%PATH%;C:\\tools\\bin"'),
    ("hcl", 'variable "db_password" {\n  type      = string\n  sensitive = true\n}'),
    ("hcl", 'variable "region" {\n  default = "eu-west-1"\n}'),
    ("hcl", "password = random_password.db.result\ntoken    = var.vault_token"),
    ("k8s", "kind: ConfigMap\ndata:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: checkout,search"),
    ("k8s", "kind: SealedSecret\nspec:\n  encryptedData:\n    password: «sealed»"),
    ("k8s", "env:\n- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password"),
    # public keys and certificates without their header
    ("public", "the public half (SPKI, header removed):\n«spki_body»"),
    ("public", "cert body from the load balancer:\n«cert_body»"),
    ("public", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB7kq3m1ZxPz9l2nq0yWbVhF0m3oU2dT4rS8aXcYkJpL ana@laptop"),
    # prose about secrets
    ("prose", "Recovery codes are single-use; you have 8 left. Generate new ones under Settings."),
    ("prose", "The password must be at least 12 characters\nand contain a digit."),
    ("prose", "Paste your webhook URL into the field and click Save."),
    ("csv", "name,url,username,password\nGitLab,https://gitlab.com,ana.lee,\nAWS,https://console.aws.amazon.com,ana,"),
    ("sql", "INSERT INTO users (email, password_hash) VALUES ('ana@example.com', '$2b$12$«bcrypt»');"),
    ("sql", "SELECT email, password FROM users WHERE id = 7;"),
)

# The probe: written after the fixes for the group above, measured once (`--fresh7`).
FRESH7_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("split", "ok so the kiosk password, I'll send it in 3 bits\nbit 1: «pw_piece»\nbit 2: «pw_piece#2»"),
    ("split", "Passcode\n«pw»"),
    ("prose", "when it prompts you, type «pw» and hit enter"),
    ("prose", "try «rand32» — that one should work for the staging box"),
    ("prose", "the magic string is «urlsafe43»"),
    ("wrapped", "> «wrap_stripe»"),
    ("wrapped", "copied out of the portal:\n\n«wrap_github_pat»\n\n(expires in 30 days)"),
    ("url", "BROKER_URL=amqp://celery:«pw_form»@10.0.4.2:5672/prod"),
    ("url", "smb://«user»:«pw»@nas.local/backups"),
    ("url", "ldaps://cn=admin,dc=corp,dc=local:«pw»@ldap.corp:636"),
    ("url", "jdbc:db2://db2.corp:50000/SAMPLE:user=«user»;password=«pw»;"),
    ("shell", "gcloud secrets versions add api-key --data-file=- <<< '«rand40»'"),
    ("shell", "doppler secrets set STRIPE_KEY=«rand40» --project shop"),
    ("shell", "docker service create --name api --env SIGNING_SECRET=«rand48» acme/api:2"),
    ("shell", "echo -n '«pw»' | docker secret create db_password -"),
    ("dotfile", "~/.config/rclone/rclone.conf\n[box]\ntype = box\ntoken = {\"access_token\":\"«rand64»\",\"token_type\":\"bearer\"}"),
    ("dotfile", "~/.subversion/auth: K 8\npassword\nV 16\n«pw»"),
    ("dotfile", "[mysqldump]\nuser=backup\npassword=\"«pw»\""),
    ("windows", "runas /user:CORP\\admin /savecred \"cmd\" & cmdkey /add:fs01 /user:CORP\\admin /pass:«pw»"),
    ("windows", "$secure = '«pw»' | ConvertTo-SecureString -AsPlainText -Force"),
    ("hcl", 'variable "github_token" {\n  description = "CI token"\n  default     = "«ghp»"\n}'),
    ("hcl", 'resource "aws_db_instance" "main" {\n  engine         = "postgres"\n  master_password = <<-EOT\n    «pw»\n  EOT\n}'),
    ("gha", "      - uses: azure/login@v2\n        with:\n          creds: '{\"clientId\":\"«uuid»\",\"clientSecret\":\"«azure_ad»\",\"tenantId\":\"«uuid#2»\"}'"),
    ("k8s", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ldap\nstringData:\n  bind-dn: cn=svc,dc=corp\n  bind-credential: «pw»"),
    ("key-body", "\"signingKey\": \"«der_pkcs8_oneline»\""),
    ("key-body", "here's the key material without the armour:\n«der_rsa_body»"),
    ("totp", "TOTP secret for the root account (Bitwarden item): «totp_spaced»"),
    ("totp", "Backup codes\n1. «google_backup»"),
    ("webhook", "alerts go to «teams_hook» and «discord_hook#2»"),
    ("webhook", "飞书机器人地址 «feishu_hook»"),
    ("csv", "url,username,password,httpRealm\nhttps://router.local,admin,«pw»,"),
    ("sql", "UPDATE accounts SET api_secret = '«rand40»' WHERE id = 12;"),
)
FRESH7_BENIGN: tuple[tuple[str, str], ...] = (
    ("prose", "when it prompts you, type yes and hit enter"),
    ("prose", "try «sha» — that commit should fix the staging box"),
    ("prose", "the magic string is 'hello world'"),
    ("split", "bit 1: set up the repo\nbit 2: run the tests"),
    ("url", "ldaps://ldap.corp:636/dc=corp,dc=local"),
    ("url", "amqp://10.0.4.2:5672/prod"),
    ("shell", "gcloud secrets versions add api-key --data-file=./key.txt"),
    ("shell", "doppler secrets set STRIPE_KEY --project shop"),
    ("windows", "$secure = Read-Host 'Password' -AsSecureString"),
    ("hcl", 'variable "github_token" {\n  description = "CI token"\n  type        = string\n}'),
    ("k8s", "kind: Secret\nstringData:\n  bind-dn: cn=svc,dc=corp\n  bind-credential: {{ .Values.ldap.password }}"),
    ("totp", "TOTP codes rotate every 30 seconds; the backup codes are printed once."),
    ("webhook", "Create an incoming webhook in Teams and paste its URL here."),
    ("id", "tenantId «uuid», subscription «uuid#2», object id «uuid#3»"),
    ("public", "-----BEGIN PUBLIC KEY-----\n«spki_body»\n-----END PUBLIC KEY-----"),
)
