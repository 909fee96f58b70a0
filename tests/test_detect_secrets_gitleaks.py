"""The gitleaks-derived rule table: vendor formats, syntax independence, allow-listed values.

Values are fake: drawn from a fixed-seed generator in the vendor's alphabet, so they are
format-valid and random enough to pass each rule's entropy floor, and belong to no one.
"""

from __future__ import annotations

import random
import string

import pytest
from secret_support import covered, findings

ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"


def fake(alphabet: str, n: int, seed: int = 7) -> str:
    rnd = random.Random(f"{alphabet}{n}{seed}")
    return "".join(rnd.choice(alphabet) for _ in range(n))


def uuid(seed: int = 1) -> str:
    h = fake(HEX, 32, seed)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# Bare tokens: found with no keyword around them, in a sentence.
BARE = [
    ("notion-api-token", "ntn_" + fake(string.digits, 11) + fake(ALNUM, 35)),
    ("sourcegraph-access-token", "sgp_" + fake(HEX, 16) + "_" + fake(HEX, 40)),
    ("easypost-api-token", "EZAK" + fake(ALNUM, 54)),
    ("1password-secret-key", "A3-" + "-".join(fake(string.ascii_uppercase + string.digits, n, i)
                                             for i, n in enumerate((6, 11, 5, 5, 5)))),
    ("age-secret-key", "AGE-SECRET-KEY-1" + fake("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)),
    ("perplexity-api-key", "pplx-" + fake(ALNUM, 48)),
    ("airtable-personal-access-token", "pat" + fake(ALNUM, 14) + "." + fake(HEX, 64)),
    ("github-token", "ghp_" + fake(ALNUM, 36)),
    ("gitlab-token", "glpat-" + fake(ALNUM, 20)),
    ("slack-token", f"xoxb-{fake(string.digits, 11)}-{fake(string.digits, 12)}-{fake(ALNUM, 24)}"),
    ("stripe-secret-key", "sk_live_" + fake(ALNUM, 24)),
    ("anthropic-api-key", "sk-ant-api03-" + fake(ALNUM + "_-", 93) + "AA"),
    ("huggingface-access-token", "hf_" + fake(string.ascii_letters, 34)),
    ("planetscale-token", "pscale_tkn_" + fake(ALNUM, 43)),
    ("settlemint-token", "sm_pat_" + fake(ALNUM, 16)),
    ("vault-service-token", "hvs." + fake(ALNUM + "_-", 95)),
    ("sentry-user-token", "sntryu_" + fake(HEX, 64)),
    ("dynatrace-api-token", "dt0c01." + fake(ALNUM, 24) + "." + fake(ALNUM, 64)),
    ("shopify-token", "shpat_" + fake(HEX, 32)),
    ("grafana-service-account-token", "glsa_" + fake(ALNUM, 32) + "_" + fake(HEX, 8)),
    ("flyio-access-token", "fm2_" + fake(B64, 120)),
    ("postman-api-token", "PMAK-" + fake(HEX, 24) + "-" + fake(HEX, 34)),
    ("infracost-api-token", "ico-" + fake(ALNUM, 32)),
    ("openshift-user-token", "sha256~" + fake(ALNUM + "_-", 43)),
    ("clickhouse-cloud-api-secret-key", "4b1d" + fake(ALNUM, 38)),
]


@pytest.mark.parametrize("rule, token", BARE, ids=[r for r, _ in BARE])
def test_bare_vendor_token_in_prose(rule, token):
    text = f"It fails with {token}. Any idea why?"
    assert (rule, token) in findings(text)


# A keyed value (recognizable only next to its vendor's name), in every syntax people paste.
SYNTAXES = [
    '{name}_TOKEN = "{v}"', "{name}Token: {v}", "{name}Token: '{v}'", '"{name}_token": "{v}"',
    'var {name}Token string = "{v}"', "{name}Token := `{v}`", 'String {name}Token = "{v}";',
    '${name}Token .= "{v}";', 'System.setProperty("{name}.token", "{v}");',
    "{name}_TOKEN ?= {v}", "{name}_TOKEN ::= {v}", "{name}_TOKEN :::= {v}",
    '  "{name}Token" => "{v}"', "<{name}Token>\n    {v}\n</{name}Token>",
    '{{"config.ini": "{name}_TOKEN={v}\\nDEBUG=false"}}',
]
KEYED = [
    ("airtable-api-key", "airtable", fake(ALNUM, 17)),
    ("sidekiq-secret", "BUNDLE_ENTERPRISE__CONTRIBSYS__COM", fake(HEX, 8) + ":" + fake(HEX, 8, 2)),
    ("bitbucket-client-secret", "bitbucket", fake(ALNUM + "_-", 64)),
    ("datadog-access-token", "datadog", fake(LOWER, 40)),
    ("heroku-api-key", "heroku", uuid()),
    ("twitter-api-secret", "twitter", fake(LOWER, 50)),
]


@pytest.mark.parametrize("syntax", SYNTAXES)
@pytest.mark.parametrize("rule, name, value", KEYED, ids=[r for r, _, _ in KEYED])
def test_keyed_vendor_value_in_any_syntax(syntax, rule, name, value):
    text = "Is this right?\n" + syntax.format(name=name, v=value) + "\nthanks"
    assert (rule, value) in findings(text)


GENERIC = fake(ALNUM, 28)
PASSWORD = "Ex4mple-Pa55!"  # mixed classes, as people's passwords are
GENERIC_SYNTAXES = [
    f'API_KEY = "{GENERIC}"', f"api_key: {GENERIC}", f'"authToken": "{GENERIC}"',
    f'var dbPassword string = "{PASSWORD}"', f'val password: String = "{PASSWORD}"',
    f"DB_PASSWORD ?= {PASSWORD}", f"SECRET_KEY ::= {GENERIC}", f'$password .= "{PASSWORD}";',
    f'System.setProperty("db.password", "{PASSWORD}");', f"<password>{PASSWORD}</password>",
    f"<clientSecret>\n    {GENERIC}\n</clientSecret>", f"mysql --password {PASSWORD} -h db",
    f"deploy --api-token={GENERIC}", f"the admin password is {PASSWORD} (do not share)",
    f'settings["access_token"] => "{GENERIC}"', f"creds = {GENERIC}",
    f"curl -u deploy:{PASSWORD} https://ci.internal/api",
]


@pytest.mark.parametrize("text", GENERIC_SYNTAXES)
def test_generic_assignment_in_any_syntax_covers_the_whole_value(text):
    value = GENERIC if GENERIC in text else PASSWORD
    assert covered(text, value)


def test_quoted_password_may_hold_the_other_quote_mark():
    text = """db_password: "it's-Sup3r!" """
    assert covered(text, "it's-Sup3r!")


def test_kubernetes_secret_data_value():
    text = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n"
            "  password: " + fake(B64, 24) + "==\n")
    assert [r for r, _ in findings(text)] == ["kubernetes-secret-yaml"]


def test_base64_wrapped_jwt():
    # base64('{"alg":"HS256"}.{"sub":...}.sig') starts `ZXlKaGJHY2lPaU`: a JWT encoded again.
    token = "ZXlKaGJHY2lPaUpJVXpJMU5pSjkuZXlKemRXSWlPaUl4TWpNME5UWTNPRGt3SW4wLg" + fake(ALNUM, 30)
    assert ("jwt-base64", token) in findings(f"cookie value {token}")


def test_curl_user_and_header():
    pw = fake(ALNUM, 16)
    assert ("curl-auth-user", f"ops:{pw}") in findings(f"curl -s -u ops:{pw} https://x.example")
    tok = fake(ALNUM, 32)
    text = f"curl https://api.example -H 'Authorization: Token {tok}'"
    assert covered(text, tok)


NEAR_MISSES = [
    "ghp_" + "x" * 36,  # placeholder: below the rule's entropy floor
    "github_pat_" + "x" * 82,
    "glpat-XXXXXXXXXXXXXXXXXXXX",
    "xoxb-xxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx",
    "AKIAIOSFODNN7EXAMPLE",  # AWS's documentation key
    "AIzaSyabcdefghijklmnopqrstuvwxyz1234567",  # a published example key
    "A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX",
    "credentialsId: '" + uuid(3) + "'",  # Jenkins: a reference to a credential, not one
    "withCredentials([usernamePassword(credentialsId: '" + uuid(4) + "')])",
    'publicToken = "' + fake(ALNUM, 40) + '"',
    "csrf_token = " + fake(ALNUM, 40),
    "keyVaultToStoreSecrets: cmp2-qat-1208358310",
    'notes = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"',
    "GITHUB_API_KEY=\nDYNATRACE_API_KEY=",
    "MailchimpSDK.initialize(token: computeToken(user))",
    "the sha256 of the release is " + fake(HEX, 64),
    "commit " + fake(HEX, 40) + " fixed it",
    "http://cdn.example/assets/video_box.ico-" + fake(HEX, 32) + ".png",
    "-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----",
    '<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />',
    'cloudflare_api_key = "' + "a" * 40 + '"',
    "kind: Secret\nmetadata:\n  name: app\n---\nkind: ConfigMap\ndata:\n  mode: production",
    "curl -u admin:changeme https://localhost:9200",
    "curl -u $USER:$PASSWORD https://localhost:9200",
    "$config = array('secret_key' => 'sk_abcdefghijklmnopqrstuvwxyz123');",
    # Code and prose around the words, no value: variables, field names, sentences.
    "self.passwd = password_mgr",
    "username, password = url_user_password",
    ":param password: Unicode password.",
    "Check whether the password is missing.",
    '__all__ = ["splitpasswd", "splitport", "splittag"]',
    'CHALLENGE_PASSWORD: "challengePassword",',
    'proxy_auth_hdr = "Proxy-Authorization"',
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses(text):
    assert findings(text) == []


def test_a_key_naming_a_vendor_is_left_to_that_vendor():
    # 40 hex digits with an odd capital are no Meraki key; the generic rule does not re-find it.
    assert findings("meraki-api-key: acdeFf05b1a6d4c890237bf08c5e6e8d2b4d0f2e") == []


def test_vendor_prefixed_placeholder_not_refound_as_generic():
    assert findings('"token": "xoxp-1234-1234-1234-' + fake(HEX, 32) + '"') == []


def _b64(raw: str) -> str:
    import base64

    return base64.b64encode(raw.encode()).decode()


def test_basic_credential_is_base64_of_user_and_password():
    cred = _b64("deploy:" + fake(ALNUM, 14))
    for text in (f"curl -H \"Authorization: Basic {cred}\" https://ci.example",
                 f"Authorization: Basic {cred}"):
        assert covered(text, cred)


def test_basic_then_a_jwt_is_the_jwt_not_a_basic_credential():
    head = _b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    body = _b64('{"sub":"svc-build","n":7}').rstrip("=")
    jwt = f"{head}.{body}.{fake(ALNUM + '_-', 43)}"
    text = f"curl -X POST -H \"Authorization: Basic {jwt}\" https://api.example"
    assert [rule for rule, _ in findings(text)] == ["jwt"]


@pytest.mark.parametrize("text", [
    # Not base64 (dots, dashes, underscores are not in its alphabet): not a Basic credential.
    "curl -H 'Authorization: Basic some.dotted-value_here_" + fake(LOWER, 12) + "' https://x",
    "Authorization: Basic user.name-with_dashes-" + fake(LOWER, 12),
])
def test_basic_with_a_non_base64_value_is_not_a_credential(text):
    assert findings(text) == []
