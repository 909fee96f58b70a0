"""Secrets and credentials: each rule's format, entropy gates and near-misses."""

from __future__ import annotations

import base64
import json

import pytest

from sovereign_guard.detect.secrets import SecretsRecognizer

SECRETS = SecretsRecognizer()


def found(text: str) -> list[tuple[str, str]]:
    """(rule id, value) of each SECRET result."""
    return sorted(
        (r.recognition_metadata["recognizer_name"], text[r.start : r.end])
        for r in SECRETS.analyze(text, ["SECRET"])
    )


def _jwt() -> str:
    enc = lambda d: base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")  # noqa: E731
    return f"{enc({'alg': 'HS256', 'typ': 'JWT'})}.{enc({'sub': '1234567890'})}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"


PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi9Z3xrB6p2Ew0QnE0gk0AqWbg8\n"
    "kq1v5y2Q3cX1p9r0Yb6Zt4Jm8Nw2Lk5Hs7Df3Ga1Qe9Rc6Tu4Vy2Wx8Zz0Aa1Bb2Cc3D\n-----END RSA PRIVATE KEY-----"
)
CASES = [
    ("aws-access-key", "key AKIAQ3EGRTXNB7PLWX2Z ok", "AKIAQ3EGRTXNB7PLWX2Z"),
    ("aws-secret-key", "aws_secret_access_key = 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",
     "amMQUejtjc0ZL7xtZpk6mVO/GrJ4wcNdiC7fEm/g"),
    ("gcp-api-key", "key=AIzaSyD4x9Yq2mK7bH1nP0rS3tU6vW8xZ1aB2cD", "AIzaSyD4x9Yq2mK7bH1nP0rS3tU6vW8xZ1aB2cD"),
    ("github-token", "token ghp_ZU30nX5SUVjmDOxgu1AOEj2a2gNzyc2ZaolR.",
     "ghp_ZU30nX5SUVjmDOxgu1AOEj2a2gNzyc2ZaolR"),
    ("gitlab-token", "CI_TOKEN=glpat-xY3kP9qR2sT5vW8zA1bC", "glpat-xY3kP9qR2sT5vW8zA1bC"),
    ("slack-token", "bot xoxb-4718250936-8150372946213-Qm7TzVb2LcXe9RwNk4HsYd6J",
     "xoxb-4718250936-8150372946213-Qm7TzVb2LcXe9RwNk4HsYd6J"),
    ("stripe-secret-key", 'stripe.api_key = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"',
     "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    ("openai-api-key", "sk-proj-" + "a1B2c3D4e5" * 5 + "T3BlbkFJ" + "Z9y8X7w6V5" * 5,
     "sk-proj-" + "a1B2c3D4e5" * 5 + "T3BlbkFJ" + "Z9y8X7w6V5" * 5),
    ("anthropic-api-key", "sk-ant-api03-" + "Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7" * 3 + "Xy1Zb2Cd3Ef4AA",
     "sk-ant-api03-" + "Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7" * 3 + "Xy1Zb2Cd3Ef4AA"),
    ("twilio-api-key", "new Twilio(sid, 'SK2f8c6a9e1b7d4c3f5a0e9b8d7c6f5a4e')", "SK2f8c6a9e1b7d4c3f5a0e9b8d7c6f5a4e"),
    ("sendgrid-api-key", "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",
     "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"),
    ("jwt", f"Bearer-less token in a cookie: session={_jwt()};", _jwt()),
    ("private-key", f"oops:\n{PEM}\nhow to rotate?", PEM),
    ("connection-string-password", "postgres://app:s3cr3t-Pa55@db.internal:5432/app", "s3cr3t-Pa55"),
    ("connection-string-password", "mongodb+srv://rep:i9@Krm#hoPv@cluster0.x1.mongodb.net/prod", "i9@Krm#hoPv"),
    ("password-assignment", "DB_PASSWORD=Summer2024!", "Summer2024!"),
    ("password-assignment", '{"password": "correct horse"}', None),  # spaces: not a token value
    ("password-assignment", "我的資料庫密碼是Abc12345，請幫我", "Abc12345"),
    ("password-assignment", "The admin password for the staging box is h7WAyl1v5MrME5y96 - rotate it",
     "h7WAyl1v5MrME5y96"),
    ("password-assignment", "api_key: 9f2c4e7a1b8d3f6e0a5c", "9f2c4e7a1b8d3f6e0a5c"),
]


@pytest.mark.parametrize("rule, text, value", CASES)
def test_rule_finds_the_secret(rule, text, value):
    got = found(text)
    if value is None:
        assert got == []
    else:
        assert (rule, value) in got


def test_private_key_cut_short_still_found():
    text = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACDp"
    assert [r for r, _ in found(text)] == ["private-key"]


def test_json_escaped_private_key():
    text = '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\nBKcwggSjAgEAAoIBAQC7\\n-----END PRIVATE KEY-----\\n"}'
    # The key itself; gitleaks also reports the service-account marker beside it.
    assert "private-key" in [r for r, _ in found(text)]


@pytest.mark.parametrize("text", [
    'password = os.environ["DB_PASSWORD"]',
    "token = get_token(data['user_id'])",
    "password: ${{ secrets.DB_PASSWORD }}",
    'api_key: str = None',
    "password=args.password",
    "tokenType = 'bearer'",
    "password_length = 12",
    "token_url = https://auth.example.com/oauth/token",
    "the password is stored in the vault",
    "the token is expired",
    "password: changeme",
    "AKIAIOSFODNN7EXAMPLE is the documentation key",
    "commit 514ae948a6a3e227c5fae9b53ed467b3ff77718c",
    "request_id=da5c8534-03ec-4b04-9cb5-f9195207c5d4",
    "sha256:" + "ab" * 32,
    "https://example.com:8080/path@v2",
    "secretKeyRef: {name: billing, key: api_key}",
    "eyJhbGciOi.eyJzdWIiOi.sig is not a token",  # header does not decode to JSON
    "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----",
])
def test_near_misses(text):
    assert found(text) == []


def test_no_keyword_no_regex_run():
    # The keyword pre-filter: an ordinary prompt costs one scan and yields nothing.
    assert SECRETS.analyze("Summarize this meeting in three bullet points.", ["SECRET"]) == []


@pytest.mark.parametrize("text", ["密码：Zx9!kq2Lm", 'DB_PASSWORD="S3cr3t!Pass"'])
def test_labelled_passwords_block(guard, text):
    assert guard.protect(text).blocked
