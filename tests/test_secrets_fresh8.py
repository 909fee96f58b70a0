"""Secrets in the styles of the dev set's eighth fresh group: handed over in chat prose (`the
code is v`, `type v and hit enter`, `Sure: v`, a question's answer, `root / v` after a word
naming credentials, the line after `login:`), heredocs under a secret's key, TOML's triple
quotes, `.properties` lines with a space separator, `*.credentials` keys, Azure Functions'
`code=`, `echo`/`printf` piped into a command that stores a secret, any CLI's `login -u -p`,
MinIO's `mc alias set`; each with the near-misses that must not match. Values are ours."""

from __future__ import annotations

import random
import string

import pytest

from tests.secret_support import covered, findings

_RNG = random.Random(20261208)
ALNUM = string.ascii_letters + string.digits


def rand(n: int, alphabet: str = ALNUM) -> str:
    return "".join(_RNG.choices(alphabet, k=n))


TOKEN = rand(32)
PW = "Copper#4417meadow"
PW2 = "Birch!208violet"

# (text, the secret every character of which must be covered)
TRUE_POSITIVES = [
    # handovers in prose
    (f"the code is {TOKEN}, valid until Friday", TOKEN),
    (f"the door code is {PW}", PW),
    (f"the login is ana.k and the temporary one is {PW}. Change it soon.", PW),
    (f"at the prompt type {PW} and hit enter", PW),
    (f"enter {PW2} then press return", PW2),
    (f"> can you resend it?\nSure: {TOKEN}\nthanks", TOKEN),
    (f"as requested: {PW}", PW),
    (f"Step 3: sign in as admin with {PW} and reset it", PW),
    # a question's answer on the next line
    (f"[09:01] ana: what's the wifi password?\n[09:02] bo: {PW}", PW),
    (f"anyone have the pw for the build box?\n> {PW2}", PW2),
    (f"Do you still have the creds for staging?\n{PW}", PW),
    # the line after the user
    (f"login: ops-admin\n{PW}\n(keep it private)", PW),
    (f"Username: jlee\n{PW2}", PW2),
    # user / password after a credentials word
    (f"I sent the creds on Signal but it's root / {PW}", PW),
    (f"login for the NAS is admin / {PW2}", PW2),
    # heredocs
    (f'password = <<EOF\n{PW}\nEOF', PW),
    (f'  master_password = <<-EOT\n    {PW2}\n  EOT', PW2),
    (f"api_token = <<EOT\n{TOKEN}\nEOT", TOKEN),
    # TOML triple quotes, .properties with a space, credentials keys
    (f'[db]\npassword = """{PW}"""', PW),
    (f"password = '''{PW2}'''", PW2),
    (f"mail.smtp.password {PW}", PW),
    (f"spring.datasource.password\t{PW2}", PW2),
    (f"ldap.bind.credentials: {PW}", PW),
    (f"bindCredentials={PW2}", PW2),
    # Azure Functions' key in the query
    (f"https://orders.azurewebsites.net/api/ingest?code={TOKEN}==", TOKEN + "=="),
    (f"POST https://x-fn.azurewebsites.net/api/hook?clientId=default&code={TOKEN}", TOKEN),
    # echo / printf into a command storing a secret
    (f"echo '{PW}' | docker secret create db_root -", PW),
    (f"printf '%s' '{PW2}' | podman secret create api -", PW2),
    (f"echo -n {TOKEN} | gcloud secrets versions add api-key --data-file=-", TOKEN),
    # any CLI's login with -u and -p
    (f"oc login https://api.ocp:6443 -u kubeadmin -p {PW} --insecure-skip-tls-verify", PW),
    (f"cf login -a https://api.cf.corp -u ops -p {PW2} -o acme", PW2),
    (f"skopeo login --username bot --password {PW} quay.io", PW),
    # MinIO client
    (f"mc alias set s3 https://minio.local:9000 AKMINIO7Q2 {TOKEN}", TOKEN),
    (f"mc config host add s3 http://10.0.0.9:9000 minio {PW}", PW),
]

NEAR_MISSES = [
    # prose that names what to type without being it
    "the code is in the PR description",
    "the code is v2.4.1-rc1 now, please upgrade",
    "when the kiosk asks, type your badge number and hit enter",
    "type yes and press enter",
    "Sure: 3 o'clock works",
    "sign in as admin with the password from the vault",
    "the new one is better than the old one",
    # questions and labels followed by prose
    "what's the wifi password?\nask reception",
    "what's the wifi password?\n[09:02] bo: ask-reception",
    "Do you still have the creds?\nconfig.yaml",
    "login: ops-admin\nlast login: yesterday",
    "Username: jlee\nsee-ticket-4412",
    "Login: jdoe\n2026-11-30T10:00Z",
    "Should we pin the version?\nnumpy==1.26.4",
    "Any idea why the password reset fails?\nRESET_TOKEN=abc123XYZ",
    "the error code is 0x8007000E",
    # slashes that are no pair
    "creds rotation: weekly / monthly",
    "login page redesign: desktop / mobile-v2",
    "account balance 1200 / 3400 EUR",
    # heredocs of references and other keys
    "password = <<EOF\n${var.db_password}\nEOF",
    "description = <<EOF\nThe admin password for the portal\nEOF",
    'user_data = <<EOF\n#!/bin/bash\nEOF',
    # placeholders and names
    'password = """${DB_PASSWORD}"""',
    "mail.smtp.password ${SMTP_PASSWORD}",
    "mail.smtp.host smtp.example.com",
    "credentials: same-origin",
    "fetch(url, {credentials: 'include'})",
    "passwordKey: admin-password",
    "adminPasswordKey: postgres-password",
    "secretKeys:\n  userPasswordKey: user-password",
    # Azure Functions URL with a placeholder, other hosts' `code=`
    "https://orders.azurewebsites.net/api/ingest?code=<function-key>",
    "https://github.com/login/oauth/callback?code=AbCdEf0123456789abcd",
    # echo and login without a secret
    "echo 'hello world' | base64",
    "docker secret create db_root ./db_root.txt",
    'echo "$DB_PW" | docker secret create db -',
    "oc login https://api.ocp:6443 -u kubeadmin -p $KUBEADMIN_PW",
    "ssh -p 2222 -u ops login.example.com",
    "mc alias set s3 https://minio.local:9000 ACCESS_KEY SECRET_KEY",
    "mc alias set s3 https://minio.local:9000 $MINIO_USER $MINIO_PASS",
]


@pytest.mark.parametrize(("text", "secret"), TRUE_POSITIVES)
def test_fresh8_layout_is_covered(text: str, secret: str) -> None:
    assert covered(text, secret), findings(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_fresh8_near_miss_is_not_a_secret(text: str) -> None:
    assert findings(text) == []
