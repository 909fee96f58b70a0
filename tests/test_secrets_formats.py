"""Secrets beyond gitleaks' rule set: vendor formats it has no rule for, tokens of any vendor
by their shape, credentials in headers, cookies, URL queries, `user / password` pairs and
labels in other languages; each with the near-misses that must not match. Values are ours:
drawn from a seeded generator, not copied from any vendor's or scanner's examples."""

from __future__ import annotations

import base64
import random
import string

import pytest

from tests.secret_support import covered, findings

_RNG = random.Random(4242)
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rand(n: int, alphabet: str = ALNUM) -> str:
    return "".join(_RNG.choices(alphabet, k=n))


def discord_token() -> str:
    head = base64.urlsafe_b64encode(b"1187364520938172736").decode().rstrip("=")
    return f"{head}.{rand(6)}.{rand(38, ALNUM + '_-')}"


# (what, text with {v}, value)
FORMATS = [
    ("OpenAI legacy key", "key {v} here", "sk-" + rand(48)),
    ("DeepSeek key", "{v}", "sk-" + rand(32, HEX)),
    ("OpenRouter key", "OPENROUTER={v}", "sk-or-v1-" + rand(64, HEX)),
    ("Anthropic OAuth token", "{v}", "sk-ant-oat01-" + rand(90, ALNUM + "_-") + "AA"),
    ("Groq", "use {v} for llama", "gsk_" + rand(52)),
    ("Replicate", "{v}", "r8_" + rand(37)),
    ("xAI", "'{v}'", "xai-" + rand(80)),
    ("LangSmith", "{v}", "lsv2_pt_" + rand(32, HEX) + "_" + rand(10, HEX)),
    ("Pinecone", "{v}", "pcsk_" + rand(6) + "_" + rand(60)),
    ("Supabase access token", "{v}", "sbp_" + rand(40, HEX)),
    ("Netlify", "{v}", "nfp_" + rand(36)),
    ("FCM server key", "server key {v}", "AAAA" + rand(7) + ":APA91b" + rand(134, ALNUM + "_-")),
    ("Google refresh token", "{v}", "1//0" + rand(60, ALNUM + "_-")),
    ("Tencent SecretId", "{v}", "AKID" + rand(32)),
    ("Doppler service token", "{v}", "dp.st.prd." + rand(40)),
    ("Tailscale auth key", "{v}", "tskey-auth-" + rand(12) + "-" + rand(30)),
    ("Docker Hub PAT", "{v}", "dckr_pat_" + rand(27)),
    ("Buildkite", "{v}", "bkua_" + rand(40, HEX)),
    ("Dropbox short-lived", "{v}", "sl." + rand(140, ALNUM + "_-")),
    ("New Relic user key", "{v}", "NRAK-" + rand(27, string.ascii_uppercase + string.digits)),
    ("Figma", "{v}", "figd_" + rand(40, ALNUM + "_-")),
    ("PostHog personal key", "{v}", "phx_" + rand(43)),
    ("Contentful PAT", "{v}", "CFPAT-" + rand(43)),
    ("HubSpot private app", "{v}", "pat-na1-" + "-".join(rand(n, HEX) for n in (8, 4, 4, 4, 12))),
    ("Brevo SMTP", "{v}", "xsmtpsib-" + rand(64, HEX) + "-" + rand(16)),
    ("Mailgun key-", "{v}", "key-" + rand(32, HEX)),
    ("Mailgun current", "{v}", rand(32, HEX) + "-" + rand(8, HEX) + "-" + rand(8, HEX)),
    ("Mapbox secret", "{v}", "sk.eyJ1IjoiYWNtZSIsImEiOiJ" + rand(30) + "." + rand(22)),
    ("Square OAuth secret", "{v}", "sq0csp-" + rand(43, ALNUM + "_-")),
    ("Braintree", "{v}", "access_token$production$" + rand(16, string.ascii_lowercase + string.digits)
     + "$" + rand(32, HEX)),
    ("Twilio auth token after the SID", 'Client("AC' + rand(32, HEX) + '", "{v}")', rand(32, HEX)),
    ("Okta SSWS", "Authorization: SSWS {v}", "00" + rand(40, ALNUM + "_-")),
    ("Discord bot token", "my bot {v} got rate limited", discord_token()),
    # Any vendor, by shape: a prefix, then random characters of mixed case and digits.
    ("unknown vendor, one prefix", "ACME={v}", "acme_" + rand(40)),
    ("unknown vendor, two prefixes", "{v}", "zq_live_" + rand(36)),
]


@pytest.mark.parametrize(("what", "text", "value"), FORMATS, ids=[f[0] for f in FORMATS])
def test_vendor_format_is_found_bare(what: str, text: str, value: str) -> None:
    assert covered(text.replace("{v}", value), value), what


CONTEXTS = [
    ("Authorization, another scheme", "Authorization: GenieKey {v}", rand(36)),
    ("Authorization, no scheme", 'headers: {"Authorization": "{v}"}', "lin_oauth_" + rand(40, HEX)),
    ("Authorization, no scheme, raw", "authorization: {v}", rand(40)),
    ("session cookie", "Cookie: theme=dark; sessionid={v}; lang=en", rand(32)),
    ("Set-Cookie", "Set-Cookie: connect.sid={v}; Path=/; HttpOnly", "s%3A" + rand(40)),
    ("query access_token", "GET https://graph.example.com/me?access_token={v}&limit=5",
     rand(43, ALNUM + "_-")),
    ("query api_key", "https://api.example.io/v1?q=x&api_key={v}#top", rand(32)),
    ("Chinese key, space only", "這是 API 金鑰 {v}，請保密", rand(40)),
    ("Chinese password, space only", "帳號 admin 密碼 {v}", "Quartz?4471maple"),
    ("French", "mot de passe : {v}", "Velvet#2291orbit"),
    ("Portuguese", "senha={v}", "Lanterna!88sol"),
    ("Japanese", "パスワード: {v}", "Harbor%5531tiger"),
    ("Russian", "пароль: {v}", "Cobalt&7712orbit"),
    ("user / password", "log in with admin / {v} and change it", "Harbor#8679cobalt"),
    ("user | password", "user: deploy | {v}", "S3cure!pass2"),


    ("Chinese key, no space", "請用這組金鑰{v}連線", rand(32)),
    ("token 是", "登入用的 token 是 {v}", rand(40)),
    ("personal access token", "AZURE_DEVOPS_PAT={v}", rand(52, "abcdefghijklmnopqrstuvwxyz234567")),
    ("generated key with symbols", "SECRET_KEY = 'django-insecure-{v}'",
     rand(50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)")),
    # passwords as commands' arguments and lines of files made for them
    ("PowerShell", '$s = ConvertTo-SecureString "{v}" -AsPlainText -Force', "Orbit%5512maple"),
    ("net use", r"net use \\files01\share /user:CORP\svc {v}", "Tiger!3391velvet"),
    ("net user", "net user backup {v} /add", "Maple#2201harbor"),
    ("rabbitmqctl", "rabbitmqctl add_user app {v}", "Quartz*7781orbit"),
    ("htpasswd", "htpasswd -b /etc/nginx/.htpasswd admin {v}", "Velvet@1123tiger"),
    ("chpasswd", "echo 'deploy:{v}' | sudo chpasswd", "Cobalt$9902lantern"),
    ("Redis AUTH", "redis-cli -h cache\n> AUTH {v}\nOK", "Harbor?4410quartz"),
    ("requirepass", "redis-server --requirepass {v}", "Lantern&6612cobalt"),
    ("SQL CREATE USER", "CREATE USER rpt WITH PASSWORD '{v}';", "Orbit!8823velvet"),
    ("SQL IDENTIFIED BY", 'ALTER USER app IDENTIFIED BY "{v}";', "Tiger#5517maple"),
    ("Oracle IDENTIFIED BY, bare", "CREATE USER app IDENTIFIED BY {v};", "Tiger5517maple"),
    (".pgpass", "db.internal:5432:orders:app:{v}", "Maple%3319harbor"),
    ("Wi-Fi QR", "WIFI:T:WPA;S:OfficeNet;P:{v};;", "Quartz@2288cobalt"),
    ("GitHub Actions mask", 'echo "::add-mask::{v}"', rand(40)),
    ("Apache SetEnv", "SetEnv DB_PASS {v}", "Orbit!2231maple"),
    ("Dockerfile ENV, space", "ENV API_TOKEN {v}", rand(40)),
    ("aws configure set", "aws configure set aws_secret_access_key {v} --profile p",
     rand(40, ALNUM + "+/")),
    ("Perl $dbpass", "my $dbpass = '{v}';", "Velvet#8812tiger"),
    ("Kubernetes env name/value", "env:\n  - name: DB_PASSWORD\n    value: {v}\n",
     "Lantern%1190orbit"),
    ("ECS name/value", '[{"name": "STRIPE_SECRET", "value": "{v}"}]', rand(32)),
    ("passphrase in prose", "use the passphrase {v} (on the sticker)", "tiger!7371velvet"),
    ("token ... it was", "Our Jira API token got leaked, it was {v}, please revoke it.", rand(24)),
    ("帳密", "這組帳密：admin / {v}", "Harbor#3585orbit"),
    ("form body", "--data 'client_id=app&client_secret={v}&grant_type=client_credentials'",
     rand(43, ALNUM + "_-")),
    ("JWK private exponent", '{"kty": "RSA", "n": "' + rand(60, ALNUM + "_-") + '", "d": "{v}"}',
     rand(80, ALNUM + "_-")),
]


@pytest.mark.parametrize(("what", "text", "value"), CONTEXTS, ids=[c[0] for c in CONTEXTS])
def test_credential_in_context_is_found(what: str, text: str, value: str) -> None:
    assert covered(text.replace("{v}", value), value), what


NEAR_MISSES = [
    # API object ids and digests of the prefixed-token shape
    ("OpenAI completion id", '{"id": "chatcmpl-' + rand(32) + '"}'),
    ("Anthropic message id", '{"id": "msg_' + rand(32) + '"}'),
    ("Stripe checkout session", "https://checkout.stripe.com/c/pay/cs_test_" + rand(48) + "#x"),
    ("Stripe publishable key", "pk_live_" + rand(60) + " is in the browser bundle"),
    ("camel-case test name", "void test_shouldReturnUserAccountWhenIdentifierIsValid2() {}"),
    ("pod name", "kubectl logs web-7d4b9c8f6d-x2x9z"),
    ("placeholder of a known prefix", "GROQ_API_KEY=gsk_" + "X" * 52),
    ("placeholder sk-", "export OPENAI_API_KEY=sk-" + "x" * 40),
    ("elided token", "OP_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6Ly9teS5vbmVw..."),
    ("dotted base64 that is no bot id",
     base64.urlsafe_b64encode(b"hello-world-abc-xyz").decode().rstrip("=") + "." + rand(6) + "."
     + rand(30)),
    ("UUID", "job 3f1c9a7e-2b4d-4e8f-9a6c-1d2e3f4a5b6c failed"),
    ("Twilio SID alone", 'Client("AC' + rand(32, HEX) + '", auth_token)'),
    # headers, cookies, queries, pairs without a credential
    ("Authorization from a variable", "curl -H \"Authorization: Bearer $TOKEN\" https://x.example"),
    ("Authorization template", "authorization: Bearer ${{ secrets.API_TOKEN }}"),
    ("Authorization concatenated", 'h = {"Authorization": "Bearer " + token}'),
    ("cookies with no session", "Cookie: _ga=GA1.2.1234567890.1700000000; theme=dark; lang=en-US"),
    ("query key that is a name", "GET /search?key=summer_sale_products&page=2"),
    ("pagination token", "GET /v1/items?page_token=" + rand(40) + "&size=50"),
    ("next page token assignment", 'next_page_token = "' + rand(40) + '"'),
    ("user / group", "user / group: www-data / www-data, mode 0644"),
    ("login with a provider", "Please log in with your SSO account / OAuth and open Settings."),
    ("Chinese password talk", "密碼 reset 請聯絡 IT；令牌有效期為一小時。"),
    ("Japanese password rule", "パスワード: 8文字以上"),
    ("Chinese key then a word", "金鑰KMS管理，令牌API文件"),
    ("path, not a token", 'GH_PAT_FILE = "/run/secrets/gh_pat"'),
    ("quoted code, not generated", 'SECRET_KEY = "os.environ.get(KEY)"'),
    ("PowerShell from a variable", "$s = ConvertTo-SecureString $env:PW -AsPlainText -Force"),
    ("net use prompting", r"net use \\files01\share /user:CORP\svc *"),
    ("Redis AUTH from a variable", "> AUTH $REDIS_PASSWORD"),
    ("SQL with a bind parameter", "CREATE USER rpt WITH PASSWORD :pw;"),
    ("a time, not a .pgpass line", "12:30:45:00:utc"),
    ("identified by, in prose", "Raises: KeyError for the type identified by full_name."),
    ("user in a URL path", 'see "https://example.io/en/latest/userguide/config.html#opt-2"'),
    ("mask a variable", 'echo "::add-mask::$TOKEN"'),
    ("OpenVPN config without its key", "remote vpn.example.com 1194\nproto udp\ndev tun"),
    ("env name/value that is no secret", "- name: LOG_LEVEL\n  value: info"),
    ("secret name, variable value", '{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:x"}'),
    ("SetEnv of a setting", "SetEnv APP_ENV production"),
    ("a word holding a foreign password word", "('haslocaldir', 'haslocaldir'),"),
    ("Rails CSRF field", '<input type="hidden" name="authenticity_token" value="'
     + rand(86, ALNUM + "_-") + '">'),
    ("password in prose, no password", "Enter the password twice to confirm it."),
    ("passphrase advice", "Choose a passphrase longer than 12 characters."),
    ("token prose", "The token was revoked yesterday, it was old."),
    ("public JWK", '{"kty": "RSA", "kid": "k1", "e": "AQAB", "n": "' + rand(60, ALNUM) + '"}'),
]


@pytest.mark.parametrize(("what", "text"), NEAR_MISSES, ids=[n[0] for n in NEAR_MISSES])
def test_near_miss_is_not_a_secret(what: str, text: str) -> None:
    assert findings(text) == [], what


def test_openvpn_static_key_block_is_found() -> None:
    block = ("-----BEGIN OpenVPN Static key V1-----\n"
             + "\n".join(rand(32, HEX) for _ in range(16))
             + "\n-----END OpenVPN Static key V1-----")
    assert covered(f"<tls-auth>\n{block}\n</tls-auth>", block)


LOGIN_CALLS = [
    ("Gmail app password", 'server.login("ops@example.com", "{v}")', "qhzt wkbm ravx pleu"),
    ("requests basic auth", "requests.get(url, auth=('deploy', '{v}'))", "Orbit#4410harbor"),
    ("HTTPBasicAuth", 'HTTPBasicAuth("svc", "{v}")', "Maple!7123tiger"),
    ("NetworkCredential", 'new NetworkCredential("svc", "{v}", "CORP")', "Velvet%9812orbit"),
    ("JDBC getConnection", 'DriverManager.getConnection(url, "app", "{v}")', "Cobalt&1129maple"),
    ("Go PlainAuth", 'smtp.PlainAuth("", "me@example.com", "{v}", "smtp.example.com")',
     "Harbor*5531quartz"),
    ("short pw key", "DB_PW={v}", "Quartz#2231velvet"),
]


@pytest.mark.parametrize(("what", "text", "value"), LOGIN_CALLS, ids=[c[0] for c in LOGIN_CALLS])
def test_password_argument_of_a_login_call_is_found(what: str, text: str, value: str) -> None:
    assert covered(text.replace("{v}", value), value), what


@pytest.mark.parametrize("text", [
    'server.login(user, password)',
    'server.login("ops@example.com", os.environ["SMTP_PASSWORD"])',
    "requests.get(url, auth=('deploy', '<password>'))",
    'HTTPBasicAuth("svc", "${SVC_PASSWORD}")',
    "pw = st.text_input('Password', type='password')",
])
def test_login_call_without_a_literal_password_is_not_a_secret(text: str) -> None:
    assert findings(text) == []


def test_telegram_token_in_a_bot_api_url_is_found() -> None:
    token = "7395028461:AA" + rand(33, ALNUM + "_-")
    assert covered(f"requests.get('https://api.telegram.org/bot{token}/getUpdates')", token)


@pytest.mark.parametrize("opening", [
    "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",  # PKCS#8 RSA 2048
    "MIIJQQIBADANBgkqhkiG9w0BAQEFAASC",  # PKCS#8 RSA 4096
    "MIIEowIBAAKCAQEA",  # PKCS#1 RSA
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0w",  # PKCS#8 EC P-256
    "MHcCAQEEI",  # SEC1 EC P-256
    "MC4CAQAwBQYDK2VwBCIEI",  # PKCS#8 Ed25519
])
def test_private_key_der_without_its_pem_lines_is_found(opening: str) -> None:
    key = opening + rand(120, ALNUM + "+/")
    assert covered(f'"signing_material": "{key}"', key)


@pytest.mark.parametrize("text", [
    # Public keys and certificates open with other ASN.1.
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rand(100, ALNUM + "+/"),
    "MIIDXTCCAkWgAwIBAgIJAKL0UG+mRKe" + rand(100, ALNUM + "+/"),
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rand(60, ALNUM + "+/"),
])
def test_public_key_der_is_not_a_private_key(text: str) -> None:
    assert findings(text) == []
