"""The eighteenth probe of the secrets dev set (`secrets_wild.py --fresh18`).

Written by secrets18 in session 18, after the fixes for `--fresh16`, before looking at what
any rule makes of these carriers. The carriers were chosen after listing the docstrings of
fresh4..fresh16, to avoid theirs: Pulumi stack config (`ns:key: v`) and `pulumi config set`,
a Terraform `locals` map, Ansible's `password_hash` filter around a literal, Kustomize
`secretGenerator` literals, supervisord `environment=`, a crontab line with an inline env,
GitLab CI `variables:`, a Jenkinsfile `environment {}`, a GitHub Actions step `env:`,
`systemd-run --setenv=`, docker-compose `command: redis-server --requirepass`, `redis.conf`,
HAProxy `insecure-password`, strongSwan `ipsec.secrets`, PgBouncer `userlist.txt`, Mongo's
`db.createUser({pwd:})`, `chpasswd`, `mount -t cifs -o ...,password=`, `schtasks /RP`,
`sqlcmd -P`, `ldapsearch -w`, sssd's `ldap_default_authtok`, nodemailer `auth: {pass}`,
`appsettings.json` connection strings, Spring's OAuth `client-secret`, Erlang `<<"v">>`,
Clojure EDN, Nix, Dart, Swift `static let`, Kotlin Gradle `buildConfigField`, a notebook's
`%env` magic, a Postman collection's `{"key": "token", "value": v}`, nginx
`proxy_set_header Authorization "Basic ..."`, PHP-FPM `env[...]`, Apache `SetEnv`,
`aws ssm put-parameter --value`, `aws configure set`, `gh auth login --with-token <<<`,
`git config url.insteadOf` with an installation token, an imagePullSecret's
`.dockerconfigjson`, a requests debug log's headers dict, a traceback's frame locals, SMTP
`AUTH PLAIN` and IMAP `LOGIN` in a captured session, a Google API key in a URL query, a
Celery SQS broker URL with AWS keys, an EC key in a TOML multi-line string, a PKCS#8 key in
a `.properties` line with `\\n` escapes, a `.pypirc`, a Teams paste, and vendor tokens of
about twenty providers in chat and mail with no keyword (GitLab, Hugging Face, DigitalOcean,
Telegram, SendGrid, Mailgun, Anthropic, npm, PyPI, Databricks, Grafana, Pulumi, Terraform
Cloud, Postman, Linear, Shopify, age, Doppler, Sonar, Fly.io, Slack, Stripe, OpenAI).
Every value is drawn from the seeded generator below in the vendor's published shape; none
is copied from any tool's examples.

The near-misses are those places without a secret: Pulumi `secure:` ciphertext, Kustomize
file references, supervisord `%(ENV_X)s`, `${{ secrets.X }}`, Jenkins `credentials('id')`
and a `credentialsId` UUID, redis.conf's commented `foobared`, `${REDIS_PASSWORD}`,
`<new-password>`, Mongo's `passwordPrompt()`, a `$6$` crypt hash, a BSD-style SHA256 line,
an Azure subscription UUID, a `git log` commit, an `age1` recipient and an `ssh-ed25519`
public key, a `Bearer xxxx` doc example, a Postman `{{apiToken}}`, nginx
`$http_authorization`, a doc's `changeme`, prose describing a token's format, an image
digest, integrated auth.

Measured once on main at 0f7dfd0, before any fix for it: 2.5% of secret characters leaked
(122 of 4882), 6 of 76 secrets in 66 prompts out, all entirely: strongSwan `: PSK "v"` and
`carol : EAP "v"`, PgBouncer's `"user" "v"` line, Erlang `{default_pass, <<"v">>}`, SMTP
`AUTH PLAIN <base64>` and IMAP `a1 LOGIN user v` in a captured session; 0 of 22 near-misses
flagged SECRET or blocked (0.84% of their characters masked, by other detectors). After
its fixes (strongSwan's `selectors : PSK|EAP|XAUTH|NTLM v`; IMAP `LOGIN`, POP3/FTP `PASS`,
SASL `AUTH PLAIN` checked by its NULs and SASL LOGIN's answer to `334 UGFzc3dvcmQ6`;
PgBouncer's quoted pair; an Erlang/Elixir `{key, <<"v">>}` tuple; tests in
`tests/test_secrets_fresh18.py`): 0.0%, 0 out, 0 of 22 near-misses flagged (the same 0.84%
masked by other detectors).
"""

# ruff: noqa: E501  (templates are pasted files and prose)
from __future__ import annotations

import base64
import json
import random
import uuid
from collections.abc import Callable

from benchmarks.secrets_wild import ALNUM, B64, BECH32, HEXD, LOWER_ALNUM, URLSAFE, _r

_WORDS18 = ("Orchid", "Tundra", "Saffron", "Meridian", "Copper", "Willow", "Harrier", "Obsidian")
_B32UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _pw18(r: random.Random) -> str:
    """A word, digits and a symbol (a person's password)."""
    w, d, s = r.choice(_WORDS18), str(r.randint(10, 9999)), r.choice("!#$%&*?@+")
    return r.choice((f"{w}{d}{s}", f"{w}{s}{d}", f"{d}{s}{w}"))


def _b64s(s: str | bytes) -> str:
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def _basic18(r: random.Random) -> str:
    return _b64s(f"svc-{_r(r, 5, 'abcdefghijkmnpqrstuvwxyz')}:{_pw18(r)}")


def _smtp_plain18(r: random.Random) -> str:
    return _b64s(f"\0alerts@acme.example\0{_pw18(r)}")


def _dockercfg18(r: random.Random) -> str:
    pw = _r(r, 24, ALNUM)
    cfg = {"auths": {"registry.acme.example": {"username": "ci-pull", "password": pw,
                                              "auth": _b64s(f"ci-pull:{pw}")}}}
    return _b64s(json.dumps(cfg, separators=(",", ":")))


def _ec_pem18(r: random.Random) -> str:
    der = bytes([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]) + bytes(r.getrandbits(8) for _ in range(114))
    body = _b64s(der)
    return "\n".join(["-----BEGIN EC PRIVATE KEY-----", *(body[i:i + 64] for i in range(0, len(body), 64)),
                      "-----END EC PRIVATE KEY-----"])


def _pkcs8_escaped18(r: random.Random) -> str:
    head = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8")
    body = _b64s(head + bytes(r.getrandbits(8) for _ in range(1190)))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "\\n".join(["-----BEGIN PRIVATE KEY-----", *lines, "-----END PRIVATE KEY-----"])


def _crypt6(r: random.Random) -> str:
    return "$6$" + _r(r, 16, ALNUM + "./") + "$" + _r(r, 86, ALNUM + "./")


GEN18: dict[str, Callable[[random.Random], str]] = {
    "pw18": _pw18,
    "gen18": lambda r: _r(r, r.randint(18, 26), ALNUM + "!%^*-_=+@#"),
    "tok18": lambda r: _r(r, 40, ALNUM),
    "hex18": lambda r: _r(r, 40, HEXD),
    "basic18": _basic18,
    "smtp_plain18": _smtp_plain18,
    "dockercfg18": _dockercfg18,
    "ec_pem18": _ec_pem18,
    "pkcs8_esc18": _pkcs8_escaped18,
    "akid18": lambda r: "AKIA" + _r(r, 16, _B32UP),
    "awssec18": lambda r: _r(r, 40, B64),
    # vendor tokens, in their published shapes
    "glpat18": lambda r: "glpat-" + _r(r, 20, URLSAFE),
    "hf18": lambda r: "hf_" + _r(r, 34, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "dop18": lambda r: "dop_v1_" + _r(r, 64, HEXD),
    "tg18": lambda r: str(r.randint(10**8 * 5, 10**10 - 1)) + ":AA" + _r(r, 33, URLSAFE),
    "sg18": lambda r: "SG." + _r(r, 22, URLSAFE) + "." + _r(r, 43, URLSAFE),
    "mg18": lambda r: "key-" + _r(r, 32, HEXD),
    "ant18": lambda r: "sk-ant-api03-" + _r(r, 93, URLSAFE) + "AA",
    "npm18": lambda r: "npm_" + _r(r, 36, ALNUM),
    "pypi18": lambda r: "pypi-AgEIcHlwaS5vcmc" + _r(r, r.randint(60, 80), URLSAFE),
    "dapi18": lambda r: "dapi" + _r(r, 32, HEXD),
    "glsa18": lambda r: "glsa_" + _r(r, 32, ALNUM) + "_" + _r(r, 8, HEXD),
    "pul18": lambda r: "pul-" + _r(r, 40, HEXD),
    "tfc18": lambda r: _r(r, 14, ALNUM) + ".atlasv1." + _r(r, 67, ALNUM),
    "pmak18": lambda r: "PMAK-" + _r(r, 24, HEXD) + "-" + _r(r, 34, HEXD),
    "lin18": lambda r: "lin_api_" + _r(r, 40, ALNUM),
    "shpat18": lambda r: "shpat_" + _r(r, 32, HEXD),
    "age18": lambda r: "AGE-SECRET-KEY-1" + _r(r, 58, BECH32),
    "doppler18": lambda r: "dp.pt." + _r(r, 43, LOWER_ALNUM),
    "squ18": lambda r: "squ_" + _r(r, 40, HEXD),
    "fly18": lambda r: "fo1_" + _r(r, 43, URLSAFE),
    "xoxb18": lambda r: f"xoxb-{r.randint(10**10, 10**11 - 1)}-{r.randint(10**12, 10**13 - 1)}-{_r(r, 24, ALNUM)}",
    "stripe18": lambda r: "sk_live_" + _r(r, 99, ALNUM),
    "oai18": lambda r: "sk-proj-" + _r(r, 64, URLSAFE) + "T3BlbkFJ" + _r(r, 64, URLSAFE),
    "ghs18": lambda r: "ghs_" + _r(r, 36, ALNUM),
    "ghpat18": lambda r: "github_pat_" + _r(r, 22, ALNUM) + "_" + _r(r, 59, ALNUM),
    "aiza18": lambda r: "AIza" + _r(r, 35, URLSAFE),
    # fillers (no secret)
    "uuid18": lambda r: str(uuid.UUID(int=r.getrandbits(128), version=4)),
    "sha18": lambda r: _r(r, 40, HEXD),
    "sha256_18": lambda r: _r(r, 64, HEXD),
    "crypt18": _crypt6,
    "pulumi_cipher18": lambda r: "v1:" + _r(r, 16, B64) + ":" + _r(r, 44, B64),
    "age_pub18": lambda r: "age1" + _r(r, 58, BECH32.lower()),
    "ssh_pub18": lambda r: _b64s(b"\0\0\0\x0bssh-ed25519\0\0\0\x20" + bytes(r.getrandbits(8) for _ in range(32))),
    "md5_18": lambda r: "md5" + _r(r, 32, HEXD),
}
FILLERS18: set[str] = {"uuid18", "sha18", "sha256_18", "crypt18", "pulumi_cipher18", "age_pub18",
                       "ssh_pub18", "md5_18"}

FRESH18_TEMPLATES: tuple[tuple[str, str], ...] = (
    # infrastructure as code and deploy configs
    ("yaml", "config:\n  aws:region: eu-central-1\n  ledger:dbUser: ledger\n  ledger:dbPassword: «pw18»"),
    ("cli", "pulumi config set ledger:stripeWebhookSecret «tok18» --plaintext --stack prod"),
    ("hcl", "locals {\n  smtp = {\n    host = \"smtp.acme.example\"\n    user = \"mailer\"\n    pass = \"«pw18»\"\n  }\n}"),
    ("yaml", "- name: create the deploy user\n  ansible.builtin.user:\n    name: deploy\n    password: \"{{ '«pw18»' | password_hash('sha512') }}\"\n    shell: /bin/bash"),
    ("yaml", "secretGenerator:\n- name: ledger-secrets\n  literals:\n  - DB_PASS=«pw18»\n  - API_SIGNING_KEY=«tok18»"),
    ("ini", "[program:worker]\ncommand=/opt/ledger/bin/worker --queue default\nenvironment=APP_ENV=\"prod\",PAYMENTS_API_KEY=\"«tok18»\"\nautorestart=true"),
    ("cron", "30 3 * * * RESTIC_PASSWORD='«gen18»' restic -r s3:s3.amazonaws.com/acme-backups backup /srv >> /var/log/restic.log 2>&1"),
    ("yaml", "variables:\n  DOCKER_DRIVER: overlay2\n  SONAR_HOST_URL: https://sonar.acme.example\n  SONAR_TOKEN: «squ18»"),
    ("groovy", "pipeline {\n  agent any\n  environment {\n    NEXUS = credentials('nexus-deploy')\n    SLACK_BOT = '«xoxb18»'\n  }\n}"),
    ("yaml", "      - name: Deploy\n        run: flyctl deploy --remote-only\n        env:\n          FLY_API_TOKEN: «fly18»"),
    ("cli", "systemd-run --unit=reindex --setenv=SEARCH_ADMIN_PASS=«pw18» /usr/local/bin/reindex --full"),
    ("yaml", "services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass «gen18» --appendonly yes"),
    ("conf", "bind 127.0.0.1 -::1\nport 6379\nrequirepass «gen18»\nmasterauth «gen18»"),
    ("conf", "userlist admins\n    user ops insecure-password «pw18»\n\nfrontend stats\n    bind :8404"),
    ("conf", "# /etc/ipsec.secrets\n: PSK \"«gen18»\"\ncarol : EAP \"«pw18#2»\""),
    ("conf", "\"ledger\" \"«pw18»\"\n\"reports\" \"«md5_18»\""),
    ("yaml", "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\nmetadata:\n  name: regcred\ndata:\n  .dockerconfigjson: «dockercfg18»"),
    # admin commands
    ("js", "use ledger\ndb.createUser({ user: \"ledger_app\", pwd: \"«pw18»\", roles: [ { role: \"readWrite\", db: \"ledger\" } ] })"),
    ("cli", "echo 'deploy:«pw18»' | sudo chpasswd"),
    ("cli", "sudo mount -t cifs //nas.acme.example/archive /mnt/archive -o username=svc_backup,password=«pw18»,vers=3.0"),
    ("cli", "schtasks /Create /TN \"Nightly export\" /TR C:\\jobs\\export.bat /SC DAILY /ST 02:00 /RU ACME\\svc_jobs /RP «pw18»"),
    ("cli", "sqlcmd -S sql01.acme.example -U sa -P «gen18» -Q \"SELECT name FROM sys.databases\""),
    ("cli", "ldapsearch -x -H ldaps://ldap.acme.example -D \"cn=readonly,dc=acme,dc=example\" -w «pw18» -b \"dc=acme,dc=example\" \"(uid=jdoe)\""),
    ("ini", "[domain/acme]\nid_provider = ldap\nldap_default_bind_dn = cn=sssd,ou=services,dc=acme,dc=example\nldap_default_authtok_type = password\nldap_default_authtok = «pw18»"),
    ("cli", "aws ssm put-parameter --name /prod/ledger/db-password --type SecureString --value '«gen18»' --overwrite"),
    ("cli", "aws configure set aws_access_key_id «akid18»\naws configure set aws_secret_access_key «awssec18»"),
    ("cli", "gh auth login --hostname github.com --with-token <<< «ghpat18»"),
    ("cli", "git config --global url.\"https://x-access-token:«ghs18»@github.com/\".insteadOf \"https://github.com/\""),
    # application code and config
    ("js", "const transporter = nodemailer.createTransport({\n  host: \"smtp.acme.example\",\n  port: 587,\n  auth: { user: \"alerts@acme.example\", pass: \"«pw18»\" },\n});"),
    ("json", "{\n  \"ConnectionStrings\": {\n    \"Ledger\": \"Server=tcp:sql01.acme.example,1433;Initial Catalog=ledger;User ID=ledger_app;Password=«pw18»;Encrypt=True;\"\n  }\n}"),
    ("yaml", "spring:\n  security:\n    oauth2:\n      client:\n        registration:\n          github:\n            client-id: Iv1.7c2e94a1b0d35f68\n            client-secret: «hex18»"),
    ("erlang", "[{rabbit, [{default_user, <<\"ledger\">>},\n           {default_pass, <<\"«pw18»\">>}]}]."),
    ("clojure", "{:db {:host \"db1.acme.example\" :user \"ledger\" :password \"«pw18»\"}\n :port 8080}"),
    ("nix", "services.grafana.settings.security.admin_password = \"«pw18»\";"),
    ("dart", "class Env {\n  static const String apiSecret = '«tok18»';\n}"),
    ("swift", "enum Keys {\n    static let backendSecret = \"«tok18»\"\n}"),
    ("kotlin", "android {\n    defaultConfig {\n        buildConfigField(\"String\", \"MAPS_SECRET\", \"\\\"«tok18»\\\"\")\n    }\n}"),
    ("json", "{\n \"cell_type\": \"code\",\n \"source\": [\n  \"%env OPENAI_API_KEY=«oai18»\\n\",\n  \"import openai\"\n ]\n}"),
    ("json", "\"auth\": {\n  \"type\": \"bearer\",\n  \"bearer\": [\n    {\n      \"key\": \"token\",\n      \"value\": \"«tok18»\",\n      \"type\": \"string\"\n    }\n  ]\n}"),
    ("conf", "location /api/ {\n    proxy_pass https://upstream.acme.example;\n    proxy_set_header Authorization \"Basic «basic18»\";\n}"),
    ("conf", "[ledger]\nuser = www-data\nenv[DB_HOST] = db1.acme.example\nenv[DB_PASSWORD] = «pw18»"),
    ("conf", "<VirtualHost *:443>\n    ServerName ledger.acme.example\n    SetEnv LEDGER_APP_SECRET «tok18»\n</VirtualHost>"),
    ("python", "app.conf.broker_url = 'sqs://«akid18»:«awssec18:url»@'"),
    ("toml", "[signing]\nalgorithm = \"ES256\"\nkey = \"\"\"\n«ec_pem18»\n\"\"\""),
    ("properties", "jwt.issuer=https://auth.acme.example\njwt.private-key=«pkcs8_esc18»"),
    ("ini", "[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = «pypi18»"),
    # logs, traces, captures, URLs
    ("log", "2026-11-30 10:14:07 DEBUG urllib3.connectionpool: https://api.acme.example:443 \"POST /v2/charges HTTP/1.1\" 201 512\n2026-11-30 10:14:07 DEBUG billing.client: request headers={'User-Agent': 'python-requests/2.32.3', 'Authorization': 'Token «hex18»', 'Accept': '*/*'}"),
    ("log", "Traceback (most recent call last):\n  File \"/srv/app/billing.py\", line 88, in charge\n    resp = client.post(url, headers=headers)\n  locals:\n    url = 'https://api.acme.example/v2/charges'\n    headers = {'X-Api-Secret': '«tok18»', 'Accept': 'application/json'}\nrequests.exceptions.ConnectTimeout: timed out"),
    ("log", "S: 220 mail.acme.example ESMTP Postfix\nC: EHLO ci-runner\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN «smtp_plain18»\nS: 235 2.7.0 Authentication successful"),
    ("log", "* OK [CAPABILITY IMAP4rev1] Dovecot ready.\na1 LOGIN priya.n «pw18»\na1 OK Logged in"),
    ("url", "curl 'https://maps.googleapis.com/maps/api/geocode/json?address=10+Main+St&key=«aiza18»'"),
    ("chat", "Morgan Lee 09:14\nsure, staging db creds -> ledger_rw / «pw18»\nMorgan Lee 09:15\ndon't put them in the wiki pls"),
    # vendor tokens in chat and mail, no keyword
    ("chat", "[09:12] dana: rotated the gitlab one, new is «glpat18», old one revoked"),
    ("chat", "ok this works for pulling the weights: «hf18»"),
    ("chat", "fwiw «dop18» can only touch the staging droplets"),
    ("chat", "BotFather gave me «tg18», I put it in the unit file on the pi"),
    ("chat", "pasting for Lena: «sg18» (mail relay), «mg18» (old one, kill after Friday)"),
    ("chat", "«ant18» is the team one, please don't commit it again 🙏"),
    ("mail", "Hi Tom,\n\nas agreed, the CI publisher for the org is «npm18»\nand for the Python side «pypi18#2»\n\nBest,\nAna"),
    ("chat", "workspace https://adb-4471920356180527.7.azuredatabricks.net, use «dapi18»"),
    ("chat", "grafana alerts stopped; swapped in «glsa18» and «pul18» for the stack"),
    ("chat", "terraform login keeps asking, so here: «tfc18»"),
    ("chat", "«pmak18» <- postman\n«lin18» <- linear\n«shpat18» <- shopify admin"),
    ("chat", "for the backups (keep offline): «age18»"),
    ("chat", "staging: «doppler18»\nprod is in 1Password"),
    ("chat", "checkout still failing with «stripe18», can you look?"),
)
FRESH18_BENIGN: tuple[tuple[str, str], ...] = (
    ("yaml", "config:\n  aws:region: eu-central-1\n  ledger:dbPassword:\n    secure: «pulumi_cipher18»"),
    ("yaml", "secretGenerator:\n- name: ledger-secrets\n  envs:\n  - secrets.env\n  files:\n  - tls.key"),
    ("ini", "[program:worker]\ncommand=/opt/ledger/bin/worker\nenvironment=PAYMENTS_API_KEY=\"%(ENV_PAYMENTS_API_KEY)s\""),
    ("yaml", "        env:\n          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}"),
    ("groovy", "withCredentials([usernamePassword(credentialsId: '«uuid18»', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {\n  sh './gradlew publish'\n}"),
    ("conf", "# If the master is password protected it is possible to tell the replica\n# requirepass foobared\n# masterauth <master-password>"),
    ("yaml", "services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass ${REDIS_PASSWORD}"),
    ("cli", "echo 'deploy:<new-password>' | sudo chpasswd"),
    ("js", "db.createUser({ user: \"ledger_app\", pwd: passwordPrompt(), roles: [ \"readWrite\" ] })"),
    ("conf", "userlist admins\n    user ops password «crypt18»"),
    ("log", "SHA256 (ledger-2.4.1.tar.gz) = «sha256_18»"),
    ("hcl", "provider \"azurerm\" {\n  features {}\n  subscription_id = \"«uuid18»\"\n  client_secret   = var.client_secret\n}"),
    ("log", "commit «sha18»\nAuthor: Dana Ortiz <dana@acme.example>\nDate:   Mon Nov 30 10:02:11 2026 +0100\n\n    Move the Stripe key to Vault"),
    ("chat", "backups are encrypted to «age_pub18», the identity file is on the offline laptop"),
    ("conf", "ssh-ed25519 «ssh_pub18» deploy@ci-runner"),
    ("md", "```\ncurl -H \"Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxx\" https://api.acme.example/v2/orders\n```"),
    ("json", "\"auth\": {\"type\": \"bearer\", \"bearer\": [{\"key\": \"token\", \"value\": \"{{apiToken}}\", \"type\": \"string\"}]}"),
    ("conf", "location /api/ {\n    proxy_set_header Authorization $http_authorization;\n}"),
    ("md", "The appliance ships with the admin password `changeme`; you are asked to change it at first login."),
    ("prose", "GitLab personal access tokens start with glpat- followed by 20 characters; revoke one under Settings > Access tokens."),
    ("yaml", "image: ghcr.io/acme/ledger@sha256:«sha256_18»\nimagePullPolicy: IfNotPresent"),
    ("json", "{\"ConnectionStrings\": {\"Ledger\": \"Server=sql01.acme.example;Database=ledger;Trusted_Connection=True;\"}}"),
)
