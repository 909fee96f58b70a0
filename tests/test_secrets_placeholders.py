"""Issue 13, secrets: what is a stand-in, not a secret (placeholders, vendors' documentation
examples, credential references), and the command-line and header forms of real ones.

Values are fake: drawn from a fixed-seed generator, format-valid and belonging to no one.
"""

from __future__ import annotations

import base64
import json
import random
import string

import pytest
from secret_support import covered, findings

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def fake(alphabet: str, n: int, seed: int = 13) -> str:
    rnd = random.Random(f"{alphabet}{n}{seed}")
    return "".join(rnd.choice(alphabet) for _ in range(n))


STAND_INS = [
    # Placeholders in every family's shape.
    "GITHUB_TOKEN=ghp_" + "x" * 36,
    "export GITHUB_TOKEN=ghp_" + "X" * 36,
    "OPENAI_API_KEY=sk-" + "X" * 48,
    'api_key = "sk-...XXXX"',
    "Authorization: Bearer <your-token>",
    "Authorization: Bearer YOUR_API_TOKEN_HERE",
    "Bearer your-access-token-goes-here",
    "slack token xoxb-your-token-here",
    "token: ${TOKEN}",
    'password: "${DB_PASSWORD}"',
    "api_key: <your-api-key>",
    "STRIPE_KEY=sk_test_" + "X" * 24,
    # Alphabet and keyboard runs typed as a value.
    "use token ghp_1234567890abcdefghijklmnopqrstuvwxyz",
    'client_secret: "1234567890abcdef1234567890abcdef"',
    "api_key = qwertyuiop1234567890",
    # AWS's documentation key pairs (they end in EXAMPLE / EXAMPLEKEY).
    "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
    "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "aws_access_key_id = AKIAI44QH8DHBEXAMPLE\naws_secret_access_key = "
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    # A credential id is a reference to a stored credential, not the credential.
    "git(url: 'https://git.example/app.git', credentialsId: '"
    "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', branch: 'main')",
    'credentialsId "9b1d0c2e-4f6a-4b8c-8d2e-1a3b5c7d9e0f"',
    "sshagent(credentials: ['7c2e1f0a-9b3d-4d6e-8f1a-2c4b6d8e0f13']) {",
    # curl with a user only, or variables and placeholders for the password.
    "curl -u admin https://api.example/v1",
    "curl -u $USER:$PASS https://api.example/v1",
    'curl -u "${USER}:${PASSWORD}" https://api.example/v1',
    "curl -u 'admin:<password>' https://api.example/v1",
    "Please run: curl -u myname https://x and enter your password.",
    # Short password flags without a literal, or a flag that is no password.
    "docker login -u deploy -p $REGISTRY_PASSWORD registry.example",
    "docker login -u deploy --password-stdin < pw.txt",
    "docker login && docker run -p 8080:80 nginx",
    "mysql -u root -p",
    "mysql -u root -p -h db.internal",
    'mysql -uroot -p"$MYSQL_PWD" app',
    "redis-cli -a ${REDIS_PASSWORD} ping",
    "ssh -p 2222 admin@host",
    "az login --service-principal -u http://app -p ~/cert.pem --tenant x",
    "Use docker login -p <password> to sign in.",
    # Manifests that hold no secret.
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  mode: cHJvZHVjdGlvbg==",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n"
    "  password: {{ .Values.db.password | b64enc }}",
]


@pytest.mark.parametrize("text", STAND_INS)
def test_stand_ins_are_not_secrets(text):
    assert findings(text) == []


def test_example_suffix_only_at_the_end():
    # `EXAMPLE` inside a value is no marker: only AWS's convention of ending with it.
    value = "EXAMPLE" + fake(ALNUM, 33)
    assert covered(f"aws_secret_access_key = {value}", value)


PW = fake(ALNUM, 18)


@pytest.mark.parametrize("text", [
    f"docker login -u deploy -p {PW} registry.example",
    f"podman login registry.example -u ci -p '{PW}'",
    f"mysql -u root -p{PW} -h db",
    f"mysqldump -uroot -p'{PW}' app > app.sql",
    f"sshpass -p '{PW}' ssh admin@host",
    f"redis-cli -h cache -a {PW} ping",
    f"az login --service-principal -u 3f2a9c1e-7b4d-4e2a-9f1c-2b6d8e0a4c71 -p {PW} --tenant x",
    f"mongosh mongodb://db -u admin -p {PW}",
])
def test_short_password_flags(text):
    assert ("cli-password", PW) in findings(text)


@pytest.mark.parametrize("text", [
    f"curl -u admin:{PW} https://api.example/v1",
    f"curl --user deploy:{PW} https://x.internal/api",
    f"curl --user=ci:{PW} https://x",
    f"curl -X GET https://x \\\n  -u apikey:{PW}",
])
def test_curl_user_and_password(text):
    assert covered(text, PW)


def test_bearer_token_of_random_letters_and_digits_still_found():
    token = fake(ALNUM, 40)
    assert covered(f"$headers .= 'Authorization: Bearer {token}';", token)


def _b64url(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def test_sentry_org_token():
    body = _b64url({"iat": 1716000000.1, "url": "https://sentry.example",
                    "region_url": "https://us.sentry.example", "org": "acme"})
    token = f"sntrys_{body}_{fake(ALNUM, 43)}"
    assert covered(f"SENTRY_AUTH_TOKEN={token}", token)


def test_sidekiq_credentials_in_a_gem_source_url():
    cred = fake(HEX, 8) + ":" + fake(HEX, 8, 2)
    text = f'source "https://{cred}@gems.contribsys.com/" do'
    assert ("sidekiq-sensitive-url", cred) in findings(text)


def test_kubernetes_secret_in_json_and_with_data_before_kind():
    value = base64.b64encode(fake(ALNUM, 24).encode()).decode()
    as_json = ('{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "x"}, '
               '"data": {"token": "' + value + '"}}')
    assert covered(as_json, value)
    data_first = f"apiVersion: v1\ndata:\n  api-key: {value}\nkind: Secret\nmetadata:\n  name: x"
    assert covered(data_first, value)


def test_xml_element_with_the_value_on_its_own_line():
    value = fake(ALNUM, 20)
    assert covered(f"<config>\n  <password>\n    {value}\n  </password>\n</config>", value)


def test_base64_wrapped_jwt_of_our_own():
    jwt = f"{_b64url({'alg': 'HS256', 'typ': 'JWT'})}.{_b64url({'sub': 'u-7', 'n': 3})}." + fake(
        ALNUM, 43)
    wrapped = base64.b64encode(jwt.encode()).decode()
    assert ("jwt-base64", wrapped) in findings(f"token: {wrapped}")


TOKEN = fake(ALNUM, 40, 5)


@pytest.mark.parametrize("text, value", [
    # Keys named for what they sign or open, and `key` alone before a random value.
    (f"JWT_KEY={TOKEN}", TOKEN),
    (f"HMAC_KEY = '{fake(HEX, 40)}'", fake(HEX, 40)),
    (f'{{"key": "{TOKEN}"}}', TOKEN),
    (f"here's our staging key: {TOKEN}", TOKEN),
    (f"The api key is {TOKEN}", TOKEN),
    (f"secret key: {TOKEN}", TOKEN),
    (f"user: admin\npass: {PW}", PW),
    (f"openssl pkcs12 -export -in a.crt -passout pass:{PW} -out a.p12", PW),
    # ~/.netrc, on one line and on several.
    (f"machine api.example.com login octo password {PW}", PW),
    (f"machine git.example.com\n  login me@example.com\n  password {PW}", PW),
])
def test_more_keyed_forms(text, value):
    assert covered(text, value)


def test_laravel_app_key():
    key = base64.b64encode(fake(ALNUM, 32).encode()).decode()
    assert covered(f"APP_KEY=base64:{key}", key)


def test_discord_webhook_url():
    url = (f"https://discord.com/api/webhooks/{fake(string.digits, 18)}/"
           f"{fake(ALNUM + '_-', 68)}")
    assert ("discord-webhook-url", url) in findings(f"post to {url} please")


def test_putty_key_private_lines():
    private = fake(ALNUM + "+/", 64)
    text = ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: me\n"
            f"Public-Lines: 1\n{fake(ALNUM, 60)}\nPrivate-Lines: 1\n{private}\n"
            f"Private-MAC: {fake(HEX, 64)}")
    assert covered(text, private)


@pytest.mark.parametrize("text", [
    # `key` alone: object, cache, map and routing keys are names or paths, not secrets.
    "key: value",
    '"key": "user_id"',
    'cache_key = "user:1234:profile"',
    's3_key = "reports/2024/Q1-summary.csv"',
    '{"key": "3f2a9c1e-7b4d-4e2a-9f1c-2b6d8e0a4c71", "value": 3}',
    "routing_key: orders.created.v2",
    "ssh_key: ~/.ssh/id_ed25519.pub",
    "client_key: certs/client.key",
    "<key>CFBundleIdentifier</key><string>com.example.App</string>",
    "primary key: CustomerOrderId2024",
    "key = sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "key_id: 9f86d081884c7d659a2f",
    # `pass` as a word, not a key.
    "pass: true",
    "pass = args.pass",
    "--pass-through enabled",
    "pass rate: 98%",
    "bypass: " + fake(ALNUM, 16),
    "app_key: ${APP_KEY}",
    "The API key is stored in Vault.",
    "The API key is 32 characters long.",
    "The default password admin123 should be changed.",  # no netrc `machine` line
])
def test_key_and_pass_near_misses(text):
    assert findings(text) == []
