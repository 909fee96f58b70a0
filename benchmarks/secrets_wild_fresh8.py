"""The eighth fresh group of the secrets dev set (`secrets_wild.py --fresh8`), and its probe.

Written before any fix for it, in styles the earlier groups lack: credentials handed over in
chat and e-mail prose (`type v and hit enter`, `the code is v`, `root / v`, a reply quoting
the value); runbooks (numbered steps, Vault's unseal output); CI logs that echo a secret
(`+ docker login -p`, `##[debug]Result:`, `Step 5/12 : ARG`, Jenkins' `-D` properties,
`terraform -var`); shell history (bash's numbered lines, zsh's `: ts:0;` lines,
`echo ... | docker secret create`); connection strings of more drivers (JDBC for DB2,
Snowflake and Redshift, ODBC for Postgres and Oracle, Mongo replica sets, Redis with an empty
user, AMQP with a vhost, SQLAlchemy dialect+driver URLs, Kafka's JAAS line, Neo4j's bolt,
ADO.NET with `Pwd`); config formats (HCL heredocs and provider blocks, TOML multi-line strings
and inline tables, INI, `.properties` with `:` and space separators, XML attributes,
YAML anchors, docker-compose env lists quoted, Helm values, systemd `Environment=`, Ansible
inventory lines); credentials in URLs' query strings (Azure Functions' `code=`, Jenkins'
`token=`, WebSocket `access_token=`); cloud CLIs (`oc login -p`, `cf login -p`, `mc alias
set`, `az storage --account-key`, `gcloud sql users set-password`); private keys pasted in
part (indented in YAML, as Python string concatenation, the middle lines alone).

The near-misses are what the same places hold that is no secret: file hashes in
`sha256sum` output, commit SHAs, UUIDs, npm `integrity` hashes, image digests, masked CI
values (`***`), placeholders and templating, documentation that explains a token's format,
connection strings with integrated auth, Helm values that point at an existing secret,
certificates, and prose about where a password is kept.

Measured once before any fix: 9.3% of secret characters leaked, 19 of 76 secrets out, 2 of 38
near-misses blocked (Helm's `passwordKey: admin-password`); after the fixes: 0.26%, 1 out (a
lowercase word and digits, `winter82103`, after `new one is`: two character classes), none
blocked.

`FRESH9_*` is the probe written after the fixes for this group (`--fresh9`), measured once:
6.94% leaked, 5 of 31 secrets out (`use <mailbox> with v`, `here, faster: v` in chat, a
`license string v`, a list item under `Credentials ...:`, `vault operator unseal v`), 0 of
15 near-misses flagged.
Values are drawn from `secrets_wild`'s seeded generator (its `_r`, `_password`, ...).
"""

# ruff: noqa: E501  (templates are pasted files and prose)
from __future__ import annotations

import base64
import random
from collections.abc import Callable

from benchmarks.secrets_wild import ALNUM, B64, HEXD, URLSAFE, _pem_body, _r


def _rand_bytes(r: random.Random, n: int) -> bytes:
    return bytes(r.getrandbits(8) for _ in range(n))


def _pem_lines(r: random.Random, n: int = 900) -> list[str]:
    # A PKCS#1 RSA key's base64 opens with `MII`: the DER SEQUENCE header.
    body = base64.b64encode(bytes.fromhex("308204a40201000282010100") + _rand_bytes(r, n)).decode()
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def _pem_indented(r: random.Random, label: str = "EC PRIVATE KEY", indent: str = "    ") -> str:
    lines = [f"-----BEGIN {label}-----", *_pem_lines(r, 160), f"-----END {label}-----"]
    return ("\n" + indent).join(lines)


def _pem_py_concat(r: random.Random) -> str:
    lines = ["-----BEGIN PRIVATE KEY-----", *_pem_lines(r, 600), "-----END PRIVATE KEY-----"]
    return '\\n"\n    "'.join(lines) + "\\n"


def _pem_truncated(r: random.Random) -> str:
    return "\n".join(["-----BEGIN RSA PRIVATE KEY-----", *_pem_lines(r, 900)[:6]])


def _pem_middle(r: random.Random) -> str:
    return "\n".join(_pem_lines(r, 900)[5:11])


GEN8: dict[str, Callable[[random.Random], str]] = {
    "vault_unseal": lambda r: base64.b64encode(_rand_bytes(r, 33)).decode(),
    "vault_root": lambda r: "hvs." + _r(r, 24),
    "azfn_code": lambda r: _r(r, 54, URLSAFE) + "==",
    "rand44": lambda r: _r(r, 44),
    "minio_secret": lambda r: _r(r, 40, ALNUM + "+/"),
    "minio_access": lambda r: _r(r, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
    "pem_yaml": lambda r: _pem_indented(r),
    "pem_py": _pem_py_concat,
    "pem_cut": _pem_truncated,
    "pem_middle": _pem_middle,
    "pgp_part": lambda r: "\n".join(["-----BEGIN PGP PRIVATE KEY BLOCK-----", "", *_pem_body(r, 300)]),
    # fillers
    "b64_88": lambda r: base64.b64encode(_rand_bytes(r, 64)).decode(),
    "b64_44": lambda r: base64.b64encode(_rand_bytes(r, 32)).decode(),
    "cert_pem": lambda r: "\n".join(["-----BEGIN CERTIFICATE-----", *_pem_body(r, 700), "-----END CERTIFICATE-----"]),
    "sha_short": lambda r: _r(r, 7, HEXD),
    "run_id": lambda r: str(r.randint(10**9, 10**10)),
    "b64_24": lambda r: _r(r, 24, B64),
}
FILLERS8 = {"b64_88", "b64_44", "cert_pem", "sha_short", "run_id", "b64_24"}

FRESH8_TEMPLATES: tuple[tuple[str, str], ...] = (
    # chat and e-mail handovers in prose
    ("chat", "Hi Dana,\n\nAs discussed on the call, the vendor portal login is dana.k and the temporary one is «pw». Please change it the first time you log in.\n\nBest,\nTom"),
    ("chat", "[10:02] mike: what's the staging db pw again?\n[10:03] sara: «pw»\n[10:03] mike: ty"),
    ("chat", "when the kiosk asks, type «pw» and hit enter"),
    ("chat", "the code is «rand24», it's good until Friday"),
    ("chat", "I sent the admin creds over Signal but for the record it's root / «pw»"),
    ("chat", "> Could you resend it?\nSure: «rand32»\nDon't forward this thread."),
    ("chat", "From: it-help@acme.example\nSubject: Your new VPN account\n\nUsername: jlee\nTemporary passphrase: «pw»\nYou will be asked to pick a new one."),
    ("chat", "ok I reset it, new one is «pw_simple» — same as the wifi lol"),
    ("chat", "login: ops-admin\n«pw»\n(don't paste this anywhere)"),
    # runbooks
    ("runbook", "## Rotate the reporting DB user\n1. ssh bastion.corp\n2. export PGPASSWORD='«pw»'\n3. psql -h reports.internal -U reporter -c 'select now()'"),
    ("runbook", "Step 4: open Grafana and sign in as admin with «pw» (reset it afterwards)."),
    ("runbook", "If Vault is sealed after a restart:\n\nUnseal Key 1: «vault_unseal»\nUnseal Key 2: «vault_unseal#2»\nUnseal Key 3: «vault_unseal#3»\n\nInitial Root Token: «vault_root»"),
    ("runbook", "### Break-glass\nThe local admin on the firewalls is `fwadmin`, password `«pw»`. Log every use in the ticket."),
    # CI logs that echo a secret
    ("ci-log", "2026-11-30T10:12:03.4412Z + docker login -u ci-bot -p «rand32» registry.gitlab.com\n2026-11-30T10:12:04.0011Z WARNING! Using --password via the CLI is insecure. Use --password-stdin."),
    ("ci-log", "##[debug]Evaluating: secrets.DEPLOY_TOKEN\n##[debug]Evaluating Index:\n##[debug]Result: '«rand40»'"),
    ("ci-log", "Step 5/12 : ARG DB_PASSWORD=«pw»\n ---> Running in 3f2a9c1d7e4b"),
    ("ci-log", "[Pipeline] sh\n+ mvn -B deploy -Dnexus.password=«pw» -DskipTests"),
    ("ci-log", "+ terraform apply -auto-approve -var 'db_password=«pw»' -var region=eu-west-1"),
    ("ci-log", "$ curl -sf -H \"X-Api-Key: «rand40»\" https://api.internal/health\n{\"status\":\"ok\"}"),
    ("ci-log", "Run ./scripts/notify.sh\n  ./scripts/notify.sh\n  shell: /usr/bin/bash -e {0}\n  env:\n    WEBHOOK_SECRET: «rand48»"),
    # shell history
    ("history", "  501  cd /srv/shop\n  502  mysql -u root -p«pw» shop < dump.sql\n  503  exit"),
    ("history", ": 1732960000:0;curl -u admin:«pw» http://localhost:9200/_cat/indices"),
    ("history", "  77  echo '«pw»' | docker secret create db_root -"),
    ("history", "  12  sshpass -p '«pw»' ssh ops@10.0.0.5\n  13  history"),
    ("history", "  45  openssl enc -aes-256-cbc -pbkdf2 -k «pw» -in backup.tar -out backup.enc"),
    ("history", "  33  git remote set-url origin https://x-access-token:«ghs»@github.com/acme/app.git"),
    ("history", "  88  export AWS_SECRET_ACCESS_KEY=«aws_secret»\n  89  aws s3 ls"),
    ("history", "  91  printf '%s' '«pw»' | podman secret create api_pw -"),
    # connection strings of more drivers
    ("conn", "jdbc:db2://db2.corp:50000/BANK:user=batch;password=«pw»;currentSchema=LEDGER;"),
    ("conn", "jdbc:snowflake://xy12345.snowflakecomputing.com/?user=etl&password=«pw»&warehouse=WH&db=DW"),
    ("conn", "jdbc:redshift://cluster.abc.eu-west-1.redshift.amazonaws.com:5439/dev;UID=awsuser;PWD=«pw»"),
    ("conn", "DRIVER={PostgreSQL Unicode};SERVER=pg.internal;PORT=5432;DATABASE=crm;UID=report;PWD=«pw»;"),
    ("conn", "Driver={Oracle in OraClient19Home1};Dbq=PROD;Uid=scott;Pwd=«pw»;"),
    ("conn", "mongodb://admin:«pw»@mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0&authSource=admin"),
    ("conn", "cache = redis.from_url('redis://:«pw»@cache.internal:6380/2')"),
    ("conn", "amqp://orders:«pw»@rabbitmq.internal:5672/%2Forders"),
    ("conn", "engine = create_engine(\"postgresql+psycopg2://etl:«pw»@warehouse:5432/dw\")"),
    ("conn", "SQLALCHEMY_DATABASE_URI = 'mssql+pyodbc://sa:«pw»@sqlsrv/erp?driver=ODBC+Driver+18+for+SQL+Server'"),
    ("conn", 'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-orders" password="«pw»";'),
    ("conn", "NEO4J_URI=bolt://neo4j:«pw»@graph.internal:7687"),
    ("conn", "Server=tcp:crm.database.windows.net,1433;Initial Catalog=crm;Uid=app;Pwd=«pw»;Encrypt=True;"),
    # config formats
    ("hcl", 'resource "aws_db_instance" "reports" {\n  username = "reporter"\n  password = <<EOF\n«pw»\nEOF\n}'),
    ("hcl", 'provider "vault" {\n  address = "https://vault.corp:8200"\n  token   = "«vault»"\n}'),
    ("toml", '[database]\nhost = "db.internal"\npassword = """«pw»"""'),
    ("toml", 'smtp = { host = "mail.internal", user = "noreply", pass = "«pw»" }'),
    ("ini", "[mail]\nsmtp_host = mail.internal\nsmtp_user = alerts\nsmtp_pass = «pw»"),
    ("properties", "ldap.url: ldaps://ldap.corp:636\nldap.bind.credentials: «pw»"),
    ("properties", "mail.smtp.user alerts\nmail.smtp.password «pw»"),
    ("xml", '<datasource jndi-name="java:/jdbc/App" pool-name="App">\n  <security user-name="app" password="«pw»"/>\n</datasource>'),
    ("xml", '<Resource name="jdbc/shop" auth="Container" type="javax.sql.DataSource" username="shop" password="«pw»" url="jdbc:mysql://db/shop"/>'),
    ("yaml", "x-db-env: &db-env\n  DB_USER: app\n  DB_PASS: «pw»\nservices:\n  api:\n    environment: *db-env"),
    ("compose", 'services:\n  mq:\n    image: rabbitmq:3\n    environment:\n      - "RABBITMQ_DEFAULT_USER=orders"\n      - "RABBITMQ_DEFAULT_PASS=«pw»"'),
    ("helm", "postgresql:\n  auth:\n    username: app\n    postgresPassword: «pw»\n    replicationPassword: «pw#2»"),
    ("helm", "grafana:\n  adminUser: admin\n  adminPassword: «pw»\n  persistence:\n    enabled: true"),
    ("systemd", "[Service]\nEnvironment=\"API_TOKEN=«rand40»\"\nExecStart=/usr/local/bin/sync"),
    ("ansible", "[web]\nweb1 ansible_host=10.0.0.5 ansible_user=deploy ansible_password=«pw»"),
    # secrets in URLs' query strings
    ("query", "https://acme-orders.azurewebsites.net/api/ingest?code=«azfn_code»"),
    ("query", "curl -X POST 'http://jenkins.corp:8080/job/deploy/build?token=«rand32»'"),
    ("query", "const ws = new WebSocket(`wss://stream.example.com/v2?access_token=«jwt»`);"),
    ("query", "https://api.partner.example/v1/export?format=csv&apikey=«rand32»&from=2026-11-01"),
    # cloud CLIs
    ("cloud", "oc login https://api.ocp.corp:6443 -u kubeadmin -p «pw» --insecure-skip-tls-verify"),
    ("cloud", "cf login -a https://api.cf.corp -u ops -p «pw» -o acme -s prod"),
    ("cloud", "mc alias set minio https://minio.internal:9000 «minio_access» «minio_secret»"),
    ("cloud", "az storage blob upload --account-name acmelogs --account-key «azure_storage» -c logs -f app.log"),
    ("cloud", "gcloud sql users set-password postgres --instance=main --password=«pw»"),
    ("cloud", "ibmcloud login --apikey «rand44» -r eu-de"),
    # private keys pasted in part
    ("key-part", "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n    «pem_yaml»"),
    ("key-part", 'PRIVATE_KEY = (\n    "«pem_py»"\n)'),
    ("key-part", "this is the start of it, the rest got cut off:\n«pem_cut»"),
    ("key-part", "the middle lines of the key (5 to 10) are:\n«pem_middle»"),
    ("key-part", "«pgp_part»\n[... truncated ...]"),
)

FRESH8_BENIGN: tuple[tuple[str, str], ...] = (
    # hashes of files, commit SHAs, UUIDs, digests
    ("hash", "$ sha256sum dist/*\n«sha256»  dist/app-1.4.2.tar.gz\n«sha256#2»  dist/app-1.4.2.whl"),
    ("hash", "commit «sha»\nAuthor: Dana Kim <dana@example.com>\nDate:   Mon Nov 30 10:02:11 2026\n\n    Rotate the token cache"),
    ("hash", '"node_modules/left-pad": {\n  "version": "1.3.0",\n  "integrity": "sha512-«b64_88»"\n}'),
    ("hash", "docker pull ghcr.io/acme/api@sha256:«sha256»"),
    ("hash", "golang.org/x/crypto v0.31.0 h1:«b64_44»"),
    ("hash", "correlation-id: «uuid»\nX-Request-Id: «uuid#2»"),
    ("hash", "Fixed in «sha_short» (see run «run_id»)."),
    # masked CI values and shell history without secrets
    ("ci-log", "+ docker login -u ci-bot -p *** registry.gitlab.com\nLogin Succeeded"),
    ("ci-log", "##[debug]Evaluating: secrets.DEPLOY_TOKEN\n##[debug]Result: '***'"),
    ("ci-log", "Step 5/12 : ARG DB_PASSWORD\n ---> Using cache"),
    ("ci-log", "+ terraform apply -auto-approve -var-file=prod.tfvars"),
    ("history", "  501  mysql -u root -p shop < dump.sql\n  502  echo 'hello world' | base64"),
    ("history", "  77  docker secret create db_root ./db_root.txt"),
    # placeholders and templating
    ("placeholder", 'password = <<EOF\n${var.db_password}\nEOF'),
    ("placeholder", '[database]\npassword = "${DB_PASSWORD}"'),
    ("placeholder", "ldap.bind.credentials: ${LDAP_BIND_PASSWORD}"),
    ("placeholder", "jdbc:db2://db2.corp:50000/BANK:user=batch;password=<password>;"),
    ("placeholder", "oc login https://api.ocp.corp:6443 -u kubeadmin -p $KUBEADMIN_PW"),
    ("placeholder", "mc alias set minio https://minio.internal:9000 ACCESS_KEY SECRET_KEY"),
    ("placeholder", "https://acme-orders.azurewebsites.net/api/ingest?code=<function-key>"),
    ("placeholder", "Unseal Key 1: <redacted>\nInitial Root Token: <redacted>"),
    # connection strings with no password
    ("conn", "Server=tcp:crm.database.windows.net,1433;Initial Catalog=crm;Authentication=Active Directory Default;"),
    ("conn", "Driver={ODBC Driver 18 for SQL Server};Server=sql01;Database=dw;Trusted_Connection=yes;"),
    ("conn", "mongodb://mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0"),
    ("conn", "engine = create_engine('sqlite:///app.db')"),
    ("helm", "postgresql:\n  auth:\n    existingSecret: pg-creds\n    secretKeys:\n      adminPasswordKey: postgres-password"),
    ("helm", "grafana:\n  admin:\n    existingSecret: grafana-admin\n    userKey: admin-user\n    passwordKey: admin-password"),
    # docs that explain formats, and prose about where a secret lives
    ("doc", "GitHub personal access tokens start with ghp_ followed by 36 letters and digits; fine-grained ones start with github_pat_."),
    ("doc", "A Vault service token begins with hvs. and is about 95 characters long."),
    ("doc", "The admin password is in 1Password (vault: Ops, item: grafana)."),
    ("doc", "when the kiosk asks, type your badge number and hit enter"),
    ("doc", "the code is in the PR description, not in the ticket"),
    ("doc", "Step 4: open Grafana and sign in as admin with the password from the vault."),
    ("query", "https://www.example.com/search?q=token+rotation&page=2&sort=desc"),
    ("query", "https://api.partner.example/v1/export?format=csv&from=2026-11-01&to=2026-11-30"),
    # public material
    ("public", "server.crt:\n«cert_pem»"),
    ("public", "apiVersion: v1\nkind: ConfigMap\ndata:\n  ca.crt: |\n    -----BEGIN CERTIFICATE-----\n    «b64_44»\n    -----END CERTIFICATE-----"),
    ("public", "AWS's documentation uses AKIAIOSFODNN7EXAMPLE as the example access key id."),
)

# The probe: written after the fixes for the group above, measured once (`--fresh9`).
FRESH9_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("chat", "Morning! For the shared mailbox just use ops@acme.example with «pw», I'll rotate it next week."),
    ("chat", "[14:20] lena: can someone DM me the jenkins admin password\n[14:21] raj: sent\n[14:21] raj: actually here, faster: «pw»"),
    ("chat", "Thanks for waiting. Your one-time access key is «rand24» and expires in 24 hours.\n\nKind regards,\nService Desk"),
    ("chat", "ssh in as deploy, the passphrase for the key is «pw_words»"),
    ("chat", "fwiw the token I used yesterday was «rand40» — probably revoke it"),
    ("runbook", "3. Paste the license string «rand48» into Settings → License and restart."),
    ("runbook", "- Credentials (until the SSO migration): svc_backup\n  - «pw»"),
    ("ci-log", "[2026-12-01 08:14:55] INFO  Connecting with DSN postgresql://ci:«pw»@pg-ci:5432/test"),
    ("ci-log", "  + helm upgrade api ./chart --set-string secrets.stripeKey=«stripe» --wait"),
    ("ci-log", "time=\"2026-12-01T08:15:01Z\" level=debug msg=\"auth ok\" api_key=«rand32» user=ci"),
    ("history", " 1203  mongosh \"mongodb://root:«pw»@localhost:27017/admin\""),
    ("history", " 1207  redis-cli -h cache.internal --pass «pw» ping"),
    ("history", "  19  vault operator unseal «vault_unseal»"),
    ("conn", "Provider=SQLOLEDB;Data Source=erp01;Initial Catalog=Ledger;User Id=batch;Password=«pw»;"),
    ("conn", "jdbc:mariadb://db.internal:3306/shop?user=shop&password=«pw»"),
    ("conn", "DATABASE_URL=mysql+aiomysql://api:«pw»@mysql.internal/api"),
    ("conn", "spring.rabbitmq.addresses=amqps://svc:«pw»@mq.internal:5671"),
    ("config", '[[registries]]\nurl = "https://registry.internal"\ntoken = """«rand40»"""'),
    ("config", "smtp:\n  <<: *defaults\n  password: «pw»"),
    ("config", '<appender name="db" class="DBAppender"><connectionSource><password>«pw»</password></connectionSource></appender>'),
    ("config", "environment:\n  - SMTP_PASSWORD=«pw»\n  - 'ADMIN_TOKEN=«rand40»'"),
    ("config", 'secret_key = <<-EOT\n  «rand48»\n  EOT'),
    ("config", "[auth]\nbind_pw\t= «pw»"),
    ("query", "https://files.partner.example/dl/report.pdf?expires=1733050000&signature=«hex64»"),
    ("query", "wss://realtime.example.com/socket/websocket?apikey=«rand40»&vsn=1.0.0"),
    ("cloud", "aws configure set aws_session_token «aws_session» --profile tmp"),
    ("cloud", "doctl auth init --context ops --access-token «do»"),
    ("cloud", "heroku login -i\nEmail: ana@example.com\nPassword: «pw»"),
    ("key-part", "  tls.key: |-\n    -----BEGIN PRIVATE KEY-----\n    «pem_middle»"),
    ("key-part", "key = \"\"\"\n«pem_cut»\n\"\"\""),
)
FRESH9_BENIGN: tuple[tuple[str, str], ...] = (
    ("chat", "For the shared mailbox just use ops@acme.example with your SSO login."),
    ("chat", "Your one-time access key has been sent by SMS and expires in 24 hours."),
    ("chat", "the token I used yesterday was the read-only one, no need to revoke it"),
    ("runbook", "3. Paste the license string from the welcome e-mail into Settings → License."),
    ("ci-log", "[2026-12-01 08:14:55] INFO  Connecting with DSN postgresql://ci@pg-ci:5432/test"),
    ("ci-log", "time=\"2026-12-01T08:15:01Z\" level=debug msg=\"auth ok\" request_id=«uuid» user=ci"),
    ("history", " 1207  redis-cli -h cache.internal ping"),
    ("hash", "SHA256 (app-2.0.1.dmg) = «sha256»"),
    ("hash", "Merge «sha_short» into «sha_short#2»"),
    ("config", '[[registries]]\nurl = "https://registry.internal"\ntoken = """${REGISTRY_TOKEN}"""'),
    ("config", "smtp:\n  <<: *defaults\n  password: !env SMTP_PASSWORD"),
    ("query", "https://files.partner.example/dl/report.pdf?expires=1733050000&page=2"),
    ("doc", "An Azure Functions key is passed as the code query parameter or the x-functions-key header."),
    ("doc", "The unseal keys are split with Shamir's scheme; three of five are needed."),
    ("public", "ca.pem:\n«cert_pem»"),
)
