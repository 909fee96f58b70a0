"""A second secrets dev set: credentials where real prompts carry them, next to near-misses.

Written before the recognizer was tuned on it, from general knowledge of vendor token formats
(public format descriptions of trufflehog's and detect-secrets' detectors, not their test
values) and of the files people paste: `.env`, docker-compose, kubeconfig, `~/.aws/credentials`,
GCP service-account JSON, PEM / OpenSSH / PuTTY / PGP private keys (whole, re-wrapped in a chat
line, JSON-escaped), connection strings, URLs with tokens in the query, HTTP headers in curl and
raw requests, CI configs, Terraform, Ansible, code in nine languages with the key in a variable
of any name, a key split over lines or concatenated, Markdown tables, logs and stack traces,
base64 / percent / hex encodings, Chinese labels, and bare vendor tokens with no keyword at all.
The near-miss group holds what must not block: placeholders, variables and templating, hashes,
git SHAs, UUIDs, image digests, base64 images, request and trace ids, public keys, certificates.

Every value is drawn from a seeded generator (`SEED`); nothing is copied from gitleaks,
trufflehog or detect-secrets. Scored per secret, `Guard(policy).protect(text)`: a secret's
character is protected when its prompt is blocked or a non-allow finding covers it.

Four groups, by when they were written: the main set and its near-misses (before any fix;
the last 14 near-misses after the first round), `--fresh` (45 carriers after round 1),
`--fresh2` (26 after round 2) and `--fresh3` (80 carriers and 41 near-misses after round 3). Each was measured once before the fixes it then got, so the
first figure of each is the honest one for text the recognizer had not been fitted to:
7.2% / 24.6% / 53.6% / 21.6% of secret characters leaked, 22 / 14 / 10 / 40 secrets out
(39 of fresh3's entirely; and 2 of its 41 near-misses blocked); after: 0 / 0 / 0 / 0 (and
none of fresh3's near-misses flagged). `--fresh4` (79 carriers, 40 near-misses, in shapes
none of the others has: see `secrets_wild_fresh4.py`): 26.1% before, 25 of 97 secrets out,
1 near-miss blocked; after: 0.0%, none. `--fresh5`, the probe written after those fixes:
5.3% (2 of 27 secrets out, 0 of 15 near-misses flagged) at its one measurement before fixes.
`--fresh6` (98 carriers, 63 near-misses, in layouts none of the others has: see
`secrets_wild_fresh6.py`): 10.49% before, 37 of 107 secrets out, 3 near-misses blocked;
after: 1.14%, 3 out, none. `--fresh7`, the probe written after those fixes: 4.09% (10 of 34
out, 1 of 15 near-misses blocked) at its one measurement. `--fresh8` (71 carriers, 38
near-misses, in styles none of the others has: see `secrets_wild_fresh8.py`): 9.3% before,
19 of 76 secrets out, 2 near-misses blocked; after: 0.26%, 1 out, none. `--fresh9`, the
probe written after those fixes: 6.94% (5 of 31 out, 0 of 15 near-misses flagged) at its
one measurement. `--fresh10` (62 carriers, 23 near-misses, mostly prose, chat and files none
of the others has: see `secrets_wild_fresh10.py`): 18.34% before, 35 of 70 secrets out,
1 near-miss blocked; after: 0.0%, none (and `--fresh9` 0.0%). `--fresh11`, the probe written
after those fixes: 15.81% (5 of 31 out, 0 of 15 near-misses flagged) at its one measurement;
after its fixes 0.0%. `--fresh12`, the probe written after them (`secrets_wild_fresh12.py`):
11.76% (3 of 20 out, 1 of 12 near-misses blocked) at its one measurement; after its fixes
0.0%. `--fresh13` (`secrets_wild_fresh13.py`, the lead's, after those fixes): 11.26% (2 of
30 out, 0 of 12 near-misses flagged) before any fix for it; after its fixes 0.0%. `--fresh14`
(`secrets_wild_fresh14.py`, the lead's, session 14): 13.84% (6 of 32 out, 0 of 12 near-misses
flagged) before any fix for it; after its fixes 0.0%. `--fresh15` (`secrets_wild_fresh15.py`):
18.38% (5 of 31 out, 0 of 12 near-misses flagged) before any fix for it. `--fresh16`
(`secrets_wild_fresh16.py`, session 16): 16.1% (4 of 33 out, 0 of 15 near-misses flagged)
before any fix for it; after its fixes 0.0%. `--fresh18` (`secrets_wild_fresh18.py`, session
18): see that file's docstring.

    python benchmarks/secrets_wild.py [--fresh | --fresh2 | ... | --fresh18]
        [--policy P] [--show] [--misses]

Writes benchmarks/results/secrets_wild[_fresh|_fresh2|...|_fresh18].json.
`--fresh4` and the probe `--fresh5` are in `secrets_wild_fresh4.py`; `--fresh6` and the probe
`--fresh7` in `secrets_wild_fresh6.py`; `--fresh8` and the probe `--fresh9` in
`secrets_wild_fresh8.py`; `--fresh10` and the probe `--fresh11` in `secrets_wild_fresh10.py`;
the probe `--fresh12` in `secrets_wild_fresh12.py`, `--fresh13` in `secrets_wild_fresh13.py`,
`--fresh14` in `secrets_wild_fresh14.py`, `--fresh15` in `secrets_wild_fresh15.py`,
`--fresh16` in `secrets_wild_fresh16.py`, `--fresh18` in `secrets_wild_fresh18.py`.
"""

# ruff: noqa: E501  (templates are pasted files and prose)
from __future__ import annotations

import argparse
import base64
import json
import random
import re
import string
import uuid
from collections.abc import Callable
from urllib.parse import quote

from benchmarks.adversarial import Sample
from benchmarks.common import masked, table, write

SEED = 20261201
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "_-"
B64 = ALNUM + "+/"
HEXD = "0123456789abcdef"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def _r(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choices(alphabet, k=n))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _pem_body(rng: random.Random, n: int = 600, width: int = 64) -> list[str]:
    body = _b64(bytes(rng.getrandbits(8) for _ in range(n)))
    return [body[i:i + width] for i in range(0, len(body), width)]


def _password(rng: random.Random) -> str:
    words = ("Harbor", "maple", "Quartz", "tiger", "Velvet", "orbit", "Cobalt", "lantern")
    return rng.choice(words) + rng.choice("!#%&*@$?") + str(rng.randint(10, 9999)) + rng.choice(words).lower()


def _jwt(rng: random.Random, alg: str = "HS256", claims: dict | None = None) -> str:
    head = _b64url(json.dumps({"alg": alg, "typ": "JWT"}).encode())
    body = _b64url(json.dumps(claims or {"sub": str(rng.randint(10**5, 10**7)), "iat": rng.randint(1.7e9, 1.8e9),
                                         "role": rng.choice(("admin", "service", "reader"))}).encode())
    return f"{head}.{body}.{_b64url(bytes(rng.getrandbits(8) for _ in range(32 if alg == 'HS256' else 256)))}"


def _discord(rng: random.Random) -> str:
    uid = _b64url(str(rng.randint(10**17, 10**18 * 2)).encode())
    return f"{uid}.{_r(rng, 6, URLSAFE)}.{_r(rng, 38, URLSAFE)}"


def _pem(rng: random.Random, label: str = "RSA PRIVATE KEY", sep: str = "\n") -> str:
    return sep.join([f"-----BEGIN {label}-----", *_pem_body(rng), f"-----END {label}-----"])


def _openssh(rng: random.Random) -> str:
    body = _b64(b"openssh-key-v1\x00" + bytes(rng.getrandbits(8) for _ in range(380)))
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----", *lines, "-----END OPENSSH PRIVATE KEY-----"])


def _pgp(rng: random.Random) -> str:
    return "\n".join(["-----BEGIN PGP PRIVATE KEY BLOCK-----", "", *_pem_body(rng, 700),
                      "=" + _r(rng, 4, B64), "-----END PGP PRIVATE KEY BLOCK-----"])


def _putty_private(rng: random.Random) -> str:
    lines = _pem_body(rng, 48)
    return f"Private-Lines: {len(lines)}\n" + "\n".join(lines) + f"\nPrivate-MAC: {_r(rng, 64, HEXD)}"


# -- generators: a field of a template, by name (trailing digits ignored: «pw#2» is a second pw)
GEN: dict[str, Callable[[random.Random], str]] = {
    # AI vendors
    "openai_proj": lambda r: "sk-proj-" + _r(r, 74, URLSAFE) + "T3BlbkFJ" + _r(r, 74, URLSAFE),
    "openai_proj_short": lambda r: "sk-proj-" + _r(r, 48, URLSAFE),
    "openai_legacy": lambda r: "sk-" + _r(r, 20) + "T3BlbkFJ" + _r(r, 20),
    "openai_plain": lambda r: "sk-" + _r(r, 48),
    "deepseek": lambda r: "sk-" + _r(r, 32, HEXD),
    "anthropic": lambda r: "sk-ant-api03-" + _r(r, 93, URLSAFE) + "AA",
    "anthropic_admin": lambda r: "sk-ant-admin01-" + _r(r, 93, URLSAFE) + "AA",
    "hf": lambda r: "hf_" + _r(r, 34, string.ascii_letters),
    "groq": lambda r: "gsk_" + _r(r, 52),
    "replicate": lambda r: "r8_" + _r(r, 37),
    "xai": lambda r: "xai-" + _r(r, 80),
    "pplx": lambda r: "pplx-" + _r(r, 48),
    "langsmith": lambda r: "lsv2_pt_" + _r(r, 32, HEXD) + "_" + _r(r, 10, HEXD),
    "pinecone": lambda r: "pcsk_" + _r(r, 6) + "_" + _r(r, 62),
    # code hosting, packages, CI
    "ghp": lambda r: "ghp_" + _r(r, 36),
    "ghs": lambda r: "ghs_" + _r(r, 36),
    "github_pat": lambda r: "github_pat_11" + _r(r, 20, UPPER_ALNUM) + "_" + _r(r, 59),
    "glpat": lambda r: "glpat-" + _r(r, 20, URLSAFE),
    "npm": lambda r: "npm_" + _r(r, 36),
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmc" + _r(r, 120, URLSAFE),
    "atlassian": lambda r: "ATATT3xFfGF0" + _r(r, 171, URLSAFE) + "=" + _r(r, 8, HEXD.upper()),
    "linear": lambda r: "lin_api_" + _r(r, 40),
    "notion_old": lambda r: "secret_" + _r(r, 43),
    "notion": lambda r: "ntn_" + _r(r, 11, string.digits) + _r(r, 35),
    "doppler": lambda r: "dp.st.prd." + _r(r, 40),
    "doppler_pt": lambda r: "dp.pt." + _r(r, 43),
    "vault": lambda r: "hvs.CAESI" + _r(r, 86, URLSAFE),
    "databricks": lambda r: "dapi" + _r(r, 32, HEXD),
    "shopify": lambda r: "shpat_" + _r(r, 32, HEXD),
    "tfc": lambda r: _r(r, 14) + ".atlasv1." + _r(r, 67),
    "sonar": lambda r: "squ_" + _r(r, 40, HEXD),
    "postman": lambda r: "PMAK-" + _r(r, 24, HEXD) + "-" + _r(r, 34, HEXD),
    # payments
    "stripe": lambda r: "sk_live_51" + _r(r, 97),
    "stripe_rk": lambda r: "rk_live_51" + _r(r, 97),
    "stripe_whsec": lambda r: "whsec_" + _r(r, 32),
    "square": lambda r: "EAAA" + _r(r, 60, URLSAFE),
    "square_secret": lambda r: "sq0csp-" + _r(r, 43, URLSAFE),
    "braintree": lambda r: "access_token$production$" + _r(r, 16, LOWER_ALNUM) + "$" + _r(r, 32, HEXD),
    "paypal_secret": lambda r: "E" + _r(r, 79, URLSAFE),
    # messaging
    "twilio_sk": lambda r: "SK" + _r(r, 32, HEXD),
    "hex32": lambda r: _r(r, 32, HEXD),
    "hex40": lambda r: _r(r, 40, HEXD),
    "sendgrid": lambda r: "SG." + _r(r, 22, URLSAFE) + "." + _r(r, 43, URLSAFE),
    "mailgun": lambda r: "key-" + _r(r, 32, HEXD),
    "mailgun_new": lambda r: _r(r, 32, HEXD) + "-" + _r(r, 8, HEXD) + "-" + _r(r, 8, HEXD),
    "slack_bot": lambda r: f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{_r(r, 24)}",
    "slack_user": lambda r: f"xoxp-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{_r(r, 32, HEXD)}",
    "slack_hook": lambda r: f"https://hooks.slack.com/services/T{_r(r, 8, UPPER_ALNUM)}/B{_r(r, 10, UPPER_ALNUM)}/{_r(r, 24)}",
    "discord": _discord,
    "telegram": lambda r: f"{r.randint(10**8, 10**10)}:AA{_r(r, 33, URLSAFE)}",
    # cloud, infra, SaaS
    "aws_id": lambda r: "AKIA" + _r(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    "aws_asia": lambda r: "ASIA" + _r(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    "aws_secret": lambda r: _r(r, 40, B64),
    "aws_session": lambda r: "IQoJb3JpZ2luX2VjE" + _r(r, 340, B64) + "==",
    "gcp_key": lambda r: "AIza" + _r(r, 35, URLSAFE),
    "fcm": lambda r: "AAAA" + _r(r, 7, URLSAFE) + ":APA91b" + _r(r, 134, URLSAFE),
    "azure_ad": lambda r: _r(r, 3) + str(r.randint(0, 9)) + "Q~" + _r(r, 34, URLSAFE + "~."),
    "azure_storage": lambda r: _b64(bytes(r.getrandbits(8) for _ in range(64))),
    "azure_sb": lambda r: _b64(bytes(r.getrandbits(8) for _ in range(32))),
    "sas_sig": lambda r: quote(_b64(bytes(r.getrandbits(8) for _ in range(32))), safe=""),
    "supabase_sbp": lambda r: "sbp_" + _r(r, 40, HEXD),
    "supabase_service": lambda r: _jwt(r, claims={"iss": "supabase", "ref": _r(r, 20, string.ascii_lowercase), "role": "service_role", "iat": 1718000000, "exp": 2033576000}),
    "vercel": lambda r: _r(r, 24),
    "netlify": lambda r: "nfp_" + _r(r, 36),
    "do": lambda r: "dop_v1_" + _r(r, 64, HEXD),
    "heroku": lambda r: str(uuid.UUID(int=r.getrandbits(128), version=4)),
    "heroku_v2": lambda r: "HRKU-AA" + _r(r, 58, URLSAFE),
    "cloudflare": lambda r: _r(r, 40, URLSAFE),
    "fastly": lambda r: _r(r, 32, URLSAFE),
    "newrelic": lambda r: "NRAK-" + _r(r, 27, UPPER_ALNUM),
    "sentry_user": lambda r: "sntryu_" + _r(r, 64, HEXD),
    "mapbox_sk": lambda r: "sk." + _b64url(json.dumps({"u": "acme-maps", "a": _r(r, 25, LOWER_ALNUM)}).encode()) + "." + _r(r, 22, URLSAFE),
    "okta": lambda r: "00" + _r(r, 40, URLSAFE),
    "age": lambda r: "AGE-SECRET-KEY-1" + _r(r, 58, BECH32),
    "jwt": _jwt,
    "jwt_rs": lambda r: _jwt(r, "RS256"),
    "rand40": lambda r: _r(r, 40),
    "rand32": lambda r: _r(r, 32),
    "rand48": lambda r: _r(r, 48),
    "rand36": lambda r: _r(r, 36),
    "rand20": lambda r: _r(r, 20),
    "rand18": lambda r: _r(r, 18),
    "rand18b": lambda r: _r(r, 18),
    "urlsafe43": lambda r: _r(r, 43, URLSAFE),
    "pw": _password,
    "pem_rsa": _pem,
    "pem_pkcs8": lambda r: _pem(r, "PRIVATE KEY"),
    "pem_ec": lambda r: _pem(r, "EC PRIVATE KEY"),
    "pem_oneline": lambda r: _pem(r, "PRIVATE KEY", " "),
    "pem_json": lambda r: _pem(r, "PRIVATE KEY", "\\n") + "\\n",
    "openssh": _openssh,
    "pgp": _pgp,
    "putty": _putty_private,
    # fillers: not secrets
    "uuid": lambda r: str(uuid.UUID(int=r.getrandbits(128), version=4)),
    "sha": lambda r: _r(r, 40, HEXD),
    "sha256": lambda r: _r(r, 64, HEXD),
    "trace": lambda r: _r(r, 32, HEXD),
    "span": lambda r: _r(r, 16, HEXD),
    "host": lambda r: r.choice(("db-prod-2.internal", "pg.corp.example.net", "10-0-3-7.svc.local", "orders.cluster-abc123.eu-west-1.rds.amazonaws.com")),
    "user": lambda r: r.choice(("app_rw", "svc_billing", "deploy", "analytics", "orders")),
    "project": lambda r: r.choice(("acme-data-prod", "orion-ml-dev", "ledger-svc-4412")),
    "b64img": lambda r: "iVBORw0KGgoAAAANSUhEUgAA" + _b64(bytes(r.getrandbits(8) for _ in range(150))),
}
# Fields whose value is a secret (gold); everything else is filler.
FILLERS = {"uuid", "sha", "sha256", "trace", "span", "host", "user", "project", "b64img"}
_FIELD = re.compile(r"«(\w+)(?:#(\d+))?(?::(\w+))?»")


def _encode(value: str, how: str | None) -> str:
    if how == "b64":
        return _b64(value.encode())
    if how == "url":
        return quote(value, safe="")
    if how == "hex":
        return value.encode().hex()
    if how == "esc":  # JSON-escaped: newlines as \n
        return value.replace("\n", "\\n")
    return value


def render(template: str, rng: random.Random) -> tuple[str, list[list[tuple[int, int]]]]:
    """A template's text and its secrets' spans. «name» draws from GEN[name] (the same value
    each time in one template); «name#2» is a second, independent value; «name:b64» the value
    encoded (b64, url, hex, esc)."""
    values: dict[str, str] = {}
    text, spans, pos = "", [], 0
    for literal, field in _split(template):
        text += literal
        pos += len(literal)
        if field is None:
            continue
        name, n, how = field
        key = f"{name}#{n}"
        if key not in values:
            values[key] = GEN[name](rng)
        value = _encode(values[key], how)
        if name not in FILLERS:
            spans.append([(pos, pos + len(value))])
        text += value
        pos += len(value)
    return text, spans


def _split(template: str) -> list[tuple[str, tuple[str, str, str | None] | None]]:
    out, last = [], 0
    for m in _FIELD.finditer(template):
        out.append((template[last:m.start()], (m.group(1), m.group(2), m.group(3))))
        last = m.end()
    out.append((template[last:], None))
    return out


# -- carriers ---------------------------------------------------------------------------------
# (kind, template). A template may carry several secrets; each is scored on its own.
SECRET_TEMPLATES: tuple[tuple[str, str], ...] = (
    # pasted config files
    ("dotenv", "Here's my .env, why does the app not start?\n\nNODE_ENV=production\nPORT=8080\nDATABASE_URL=postgres://«user»:«pw»@«host»:5432/orders\nOPENAI_API_KEY=«openai_proj»\nSTRIPE_SECRET_KEY=«stripe»\nLOG_LEVEL=info"),
    ("dotenv", "# .env.local\nNEXT_PUBLIC_SITE_URL=https://shop.example.com\nSUPABASE_SERVICE_ROLE_KEY=«supabase_service»\nRESEND_KEY=re_«rand32»\n"),
    ("dotenv", "export GROQ_API_KEY=«groq»\nexport HF_TOKEN=«hf»\npython train.py --epochs 3"),
    ("docker-compose", "services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=«user»\n      - POSTGRES_PASSWORD=«pw»\n  cache:\n    image: redis:7\n    command: redis-server --requirepass «pw#2»\n"),
    ("docker-compose", "version: '3.8'\nservices:\n  mysql:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: «pw»\n      MYSQL_DATABASE: shop\n"),
    ("kubeconfig", "apiVersion: v1\nkind: Config\nusers:\n- name: ci-deployer\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\n    client-key-data: «pem_rsa:b64»\n"),
    ("kubeconfig", "users:\n- name: dashboard\n  user:\n    token: «jwt_rs»\ncontexts:\n- context: {cluster: prod, user: dashboard}\n  name: prod"),
    ("k8s-secret", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-db\ntype: Opaque\ndata:\n  username: «user:b64»\n  password: «pw:b64»\n"),
    ("k8s-secret", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  STRIPE_KEY: «stripe_rk»\n"),
    ("aws-credentials", "cat ~/.aws/credentials\n[default]\naws_access_key_id = «aws_asia»\naws_secret_access_key = «aws_secret»\naws_session_token = «aws_session»\nregion = eu-west-1"),
    ("aws-credentials", "[profile prod]\naws_access_key_id=«aws_id»\naws_secret_access_key=«aws_secret»\n"),
    ("gcp-sa", '{\n  "type": "service_account",\n  "project_id": "«project»",\n  "private_key_id": "«sha»",\n  "private_key": "«pem_json»",\n  "client_email": "loader@«project».iam.gserviceaccount.com",\n  "client_id": "104857392017465839201"\n}'),
    ("gcp-sa", 'creds = json.loads(\'{"private_key": "«pem_json»", "client_email": "etl@«project».iam.gserviceaccount.com"}\')'),
    ("npmrc", "//registry.npmjs.org/:_authToken=«npm»\nalways-auth=true"),
    ("pypirc", "[pypi]\nusername = __token__\npassword = «pypi»\n"),
    ("git-credentials", "my ~/.git-credentials has https://deploy-bot:«ghp»@github.com and it still asks for a password"),
    ("docker-config", '{"auths": {"registry.example.com": {"auth": "«pw:b64»"}}}'),
    ("netrc", "machine api.heroku.com\n  login ops@example.com\n  password «heroku»\n"),
    ("tfvars", 'region        = "eu-central-1"\ndb_password   = "«pw»"\nclient_secret = "«azure_ad»"\ninstance_type = "t3.medium"'),
    ("tfvars", 'provider "cloudflare" {\n  api_token = "«cloudflare»"\n}\nprovider "digitalocean" {\n  token = "«do»"\n}'),
    ("ansible", "---\nansible_user: deploy\nansible_become_password: «pw»\nmysql_root_password: «pw#2»\n"),
    ("github-actions", "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      NETLIFY_AUTH_TOKEN: «netlify»\n      VERCEL_TOKEN: «vercel»\n    steps:\n      - run: npm ci && npm run deploy"),
    ("gitlab-ci", "variables:\n  DOCKER_DRIVER: overlay2\n  SONAR_TOKEN: «sonar»\n  DEPLOY_PASSWORD: \"«pw»\"\nstages: [build, deploy]"),
    ("properties", "spring.datasource.url=jdbc:postgresql://«host»:5432/app\nspring.datasource.username=«user»\nspring.datasource.password=«pw»\n"),
    ("xml", '<connectionStrings>\n  <add name="Main" connectionString="Server=«host»;Database=crm;User Id=«user»;Password=«pw»;" />\n</connectionStrings>'),
    # private keys
    ("pem", "Can you tell me why ssh refuses this key?\n\n«pem_rsa»\n"),
    ("pem", "«pem_ec»"),
    ("pem", "I copied the key from the vault UI, it came out on one line: «pem_oneline» is that valid?"),
    ("pem", 'const key = "«pem_json»";'),
    ("openssh", "id_ed25519:\n«openssh»"),
    ("pgp", "Please decrypt with this:\n«pgp»"),
    ("putty", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIJ0bT9hZ3m1q\nY2xpZW50LWtleQ==\n«putty»"),
    ("age", "# created: 2026-01-10\n# public key: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\n«age»"),
    # connection strings
    ("conn", "psql postgres://«user»:«pw»@«host»:5432/orders fails with SSL error"),
    ("conn", 'MONGO_URI="mongodb+srv://«user»:«pw»@cluster0.x1y2z.mongodb.net/app?retryWrites=true"'),
    ("conn", "REDIS_URL=redis://:«pw»@cache.internal:6379/0"),
    ("conn", "jdbc:mysql://«host»:3306/shop?user=«user»&password=«pw»&useSSL=true"),
    ("conn", "jdbc:sqlserver://«host»:1433;databaseName=erp;user=sa;password=«pw»;encrypt=true"),
    ("conn", "Driver={ODBC Driver 18 for SQL Server};Server=tcp:«host»,1433;Database=dw;Uid=«user»;Pwd=«pw»;Encrypt=yes;"),
    ("conn", "DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=«azure_storage»;EndpointSuffix=core.windows.net"),
    ("conn", "Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«azure_sb»"),
    ("conn", "amqp://«user»:«pw»@rabbit.internal:5672/vhost"),
    ("sas", "download it from https://acmelogs.blob.core.windows.net/exports/q3.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&spr=https&sig=«sas_sig»"),
    # URLs and headers
    ("url-token", "GET https://graph.example.com/v2/me/photos?access_token=«urlsafe43»&limit=25 returns 403"),
    ("url-token", "curl 'https://api.weather.example.io/v1/forecast?q=Berlin&api_key=«rand32»'"),
    ("url-token", "the webhook is «slack_hook», can you format the message JSON?"),
    ("header", 'curl -X POST https://api.example.com/v1/jobs -H "Authorization: Bearer «rand40»" -H "Content-Type: application/json" -d \'{"n":1}\''),
    ("header", "GET /api/orders HTTP/1.1\nHost: shop.internal\nAuthorization: Basic «pw:b64»\nAccept: */*"),
    ("header", "POST /v1/charges HTTP/1.1\nHost: pay.example.com\nX-API-Key: «rand32»\nContent-Length: 48"),
    ("header", "Request headers:\nCookie: sessionid=«rand32»; csrftoken=«rand32#2»\nUser-Agent: Mozilla/5.0"),
    ("header", "curl -H 'Authorization: Token «hex40»' https://ci.example.com/api/builds/"),
    ("header", "curl -u admin:«pw» https://jenkins.internal/job/deploy/build"),
    ("header", "Authorization: SSWS «okta»"),
    # code
    ("python", 'from openai import OpenAI\nclient = OpenAI(api_key="«openai_proj»")\nprint(client.models.list())'),
    ("python", 'import anthropic\nc = anthropic.Anthropic(api_key="«anthropic»")'),
    ("python", 'cfg = {"host": "«host»", "user": "«user»", "passwd": "«pw»"}\nconn = pymysql.connect(**cfg)'),
    ("python", 'from twilio.rest import Client\nclient = Client("AC«trace»", "«hex32»")\nmsg = client.messages.create(to="+15005550006", from_="+15005550001", body="hi")'),
    ("python", 'replicate_client = replicate.Client(api_token="«replicate»")'),
    ("js", "const stripe = require('stripe')('«stripe»');\nconst session = await stripe.checkout.sessions.create({mode: 'payment'});"),
    ("js", "const sg = require('@sendgrid/mail');\nsg.setApiKey('«sendgrid»');"),
    ("js", "export const config = {\n  mapboxToken: '«mapbox_sk»',\n  sentryAuth: '«sentry_user»',\n};"),
    ("go", 'func main() {\n\tc := slack.New("«slack_bot»")\n\t_, _, err := c.PostMessage("#ops", slack.MsgOptionText("deployed", false))\n}'),
    ("go", 'const linearKey = "«linear»"'),
    ("java", 'String url = "jdbc:postgresql://«host»/app";\nString pass = "«pw»";\nConnection c = DriverManager.getConnection(url, "«user»", pass);'),
    ("java", 'AmazonS3 s3 = AmazonS3ClientBuilder.standard().withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("«aws_id»", "«aws_secret»"))).build();'),
    ("csharp", 'var client = new SendGridClient("«sendgrid»");\nvar conn = new SqlConnection("Server=«host»;Database=Sales;User ID=«user»;Password=«pw»;");'),
    ("ruby", "Stripe.api_key = '«stripe_rk»'\nShopifyAPI::Context.setup(api_key: 'x', api_secret_key: '«shopify»')"),
    ("php", "<?php\n$mail->Username = 'noreply@example.com';\n$mail->Password = '«pw»';\n$mg = Mailgun::create('«mailgun»');"),
    ("rust", 'let client = Client::new("«databricks»");\nlet token: &str = "«vault»";'),
    ("shell", "curl -s -H \"PRIVATE-TOKEN: «glpat»\" https://gitlab.example.com/api/v4/projects"),
    ("shell", "npx vercel deploy --prod --token «vercel»"),
    ("shell", "docker login -u deploy -p «pw» registry.example.com"),
    ("variable", 'SERVICE_CFG = {"endpoint": "https://api.example.com", "k": "«groq»"}'),
    ("variable", "x1 = '«xai»'\nresp = requests.post(URL, headers={'Authorization': f'Bearer {x1}'})"),
    # split and concatenated
    ("split", 'key = "sk-" + "«rand48»"'),
    ("split", 'API = ("ghp_"\n       "«rand36»")'),
    ("concat", 'const token = "glpat-" + "«rand20»";'),
    ("split", "the token is ghp_«rand18»\n«rand18b» (copied from two lines of the terminal)"),
    # tables, logs, traces
    ("markdown", "| env | name | value |\n|---|---|---|\n| prod | STRIPE_KEY | «stripe» |\n| prod | SENDGRID | «sendgrid» |"),
    ("markdown", "| service | token |\n| --- | --- |\n| notion | «notion_old» |\n| linear | «linear» |"),
    ("log", "2026-03-02T10:11:12Z ERROR auth: rejected token «ghs» for repo acme/api (expired)"),
    ("log", "Traceback (most recent call last):\n  File \"app.py\", line 12, in <module>\n    conn = psycopg2.connect(\"host=«host» dbname=app user=«user» password=«pw»\")\npsycopg2.OperationalError: FATAL:  password authentication failed"),
    ("log", "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.example.com/v1/items?apikey=«rand32»"),
    ("log", "[worker-3] DEBUG sending to telegram bot «telegram» chat_id=-100123456"),
    # encoded
    ("encoded", "the config blob is «dotenv_line:b64» — can you decode it?"),
    ("encoded", "redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%3Ftoken%3D«ghp:url»"),
    ("encoded", "hex dump of the key file: «aws_secret_line:hex»"),
    # Chinese context
    ("zh", "資料庫密碼：«pw»，請幫我檢查連線設定"),
    ("zh", "這是我們的 API 金鑰 «rand40»，請不要外流"),
    ("zh", "存取令牌: «urlsafe43»"),
    ("zh", "测试环境的密钥是«rand32»，生产环境的另行发送"),
    ("zh", "帳號 admin 密碼 «pw»"),
    # prose passwords
    ("prose", "The wifi password for the office is «pw», please don't share it."),
    ("prose", "log in with admin / «pw» and reset it afterwards"),
    ("prose", "My bank PIN and password: the password is «pw»."),
    # bare vendor tokens, no keyword
    ("bare", "«openai_legacy»"),
    ("bare", "works with «openai_proj_short» but not the old one"),
    ("bare", "«anthropic_admin»"),
    ("bare", "«deepseek»"),
    ("bare", "is «hf» still valid?"),
    ("bare", "«groq»"),
    ("bare", "«replicate» and «pplx»"),
    ("bare", "try «langsmith»"),
    ("bare", "«pinecone»"),
    ("bare", "«github_pat»"),
    ("bare", "«npm»"),
    ("bare", "«atlassian»"),
    ("bare", "«notion»"),
    ("bare", "«doppler» or «doppler_pt»"),
    ("bare", "«tfc»"),
    ("bare", "«postman»"),
    ("bare", "«stripe_whsec»"),
    ("bare", "«square» «square_secret»"),
    ("bare", "«braintree»"),
    ("bare", "«twilio_sk»"),
    ("bare", "«slack_user»"),
    ("bare", "my bot «discord» got rate limited"),
    ("bare", "«telegram»"),
    ("bare", "«gcp_key»"),
    ("bare", "server key «fcm»"),
    ("bare", "«azure_ad»"),
    ("bare", "«supabase_sbp»"),
    ("bare", "«netlify»"),
    ("bare", "«heroku_v2»"),
    ("bare", "«newrelic»"),
    ("bare", "«mapbox_sk»"),
    ("bare", "«age»"),
    ("bare", "«jwt»"),
    ("bare", "«mailgun_new»"),
)
GEN["dotenv_line"] = lambda r: f"DB_PASSWORD={_password(r)}\nAPI_TOKEN={_r(r, 40)}\n"
GEN["aws_secret_line"] = lambda r: f"aws_secret_access_key={_r(r, 40, B64)}"

BENIGN_TEMPLATES: tuple[tuple[str, str], ...] = (
    # placeholders, variables, templating
    ("placeholder", "OPENAI_API_KEY=<your-key>\nANTHROPIC_API_KEY=<your-anthropic-key>\nPORT=3000"),
    ("placeholder", "export OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
    ("placeholder", 'api_key = os.environ["STRIPE_API_KEY"]\npassword = os.getenv("DB_PASSWORD")'),
    ("placeholder", "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET }}"),
    ("placeholder", "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app"),
    ("placeholder", "password: REDACTED\ntoken: '****'\napi_key: \"[REDACTED]\""),
    ("placeholder", 'client = OpenAI(api_key="YOUR_API_KEY_HERE")'),
    ("placeholder", "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"),
    ("placeholder", "curl -H \"Authorization: Bearer $TOKEN\" https://api.example.com/v1/me"),
    ("placeholder", "Authorization: Bearer <access_token>"),
    ("placeholder", 'db_password = var.db_password\napi_token   = data.vault_generic_secret.cf.data["token"]'),
    ("placeholder", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("placeholder", "- name: API_KEY\n  valueFrom:\n    secretKeyRef:\n      name: billing\n      key: api_key"),
    ("placeholder", "postgres://user:password@localhost:5432/mydb"),
    ("placeholder", "STRIPE_SECRET_KEY=sk_test_...\nSTRIPE_WEBHOOK_SECRET=whsec_..."),
    ("placeholder", "Set `HF_TOKEN` to your Hugging Face token (starts with `hf_`)."),
    ("placeholder", 'token = get_token(scope="read")\nsecret = vault.read(path)["data"]'),
    # hashes, ids, digests
    ("hash", "commit «sha»\nMerge: «sha#2»\n\n    rotate the api key handling in auth.py"),
    ("hash", "«sha256»  release-2.4.1.tar.gz\n«sha256#2»  release-2.4.1.zip"),
    ("hash", "FROM python:3.12-slim@sha256:«sha256»"),
    ("hash", "2026-03-02T10:11:12Z INFO request_id=«uuid» trace_id=«trace» span_id=«span» status=200"),
    ("hash", "traceparent: 00-«trace»-«span»-01"),
    ("hash", 'ETag: "«trace»"\nx-amz-request-id: «span»\nx-amz-id-2: «trace#2»'),
    ("hash", "oid sha256:«sha256»\nsize 1048576"),
    ("hash", "the job «uuid» failed; retry job «uuid#2»"),
    ("hash", '<img src="data:image/png;base64,«b64img»" alt="chart">'),
    ("hash", '"integrity": "sha512-«b64img»"'),
    ("hash", "Jenkins credentialsId: '«uuid»' is used by the deploy stage"),
    ("hash", "token_type: bearer\nexpires_in: 3600\nscope: read write"),
    ("public", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGh0ZWxsb3dvcmxkMTIzNDU2Nzg5MGFiY2RlZmdo deploy@ci"),
    ("public", "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq1W2bHVvd29ybGQxMjM0NTY3ODkw\nYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo=\n-----END PUBLIC KEY-----"),
    ("public", "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUaGVsbG93b3JsZDEyMzQ1Njc4OTBhYmNkMAoGCCqGSM49\nBAMCMC8xCzAJBgNVBAYTAlVTMSAwHgYDVQQDDBdleGFtcGxlLmludGVybmFsLmNv\n-----END CERTIFICATE-----"),
    ("public", "pk_live_51«rand40» is the publishable key used in the browser bundle"),
    # prose and code that talk about secrets
    ("prose", "Rotate the database password every 90 days and store API keys in the vault, never in git."),
    ("prose", "The password must be at least 12 characters; the token expires after one hour."),
    ("prose", "If you forgot your password, click 'Reset password' and we send a link."),
    ("code", "def check_password(user, password):\n    return bcrypt.checkpw(password.encode(), user.password_hash)"),
    ("code", "if (!apiKey) throw new Error('API key missing: set OPENAI_API_KEY');"),
    ("code", "SELECT id, email, password_hash, api_key_id FROM accounts WHERE created_at > now() - interval '1 day';"),
    ("code", 'const sessionId = crypto.randomUUID();\nres.cookie("sid", sessionId, { httpOnly: true });'),
    ("code", "password_min_length = 12\ntoken_ttl_seconds = 3600\nsecret_rotation_days = 90"),
    ("zh", "請重設您的密碼，新密碼需要至少12個字元。令牌有效期為一小時。"),
    ("zh", "金鑰管理請使用 KMS，不要把密钥写进代码。"),
    # Added after the first fixes, against the generic rules they brought (prefixed tokens,
    # any Authorization scheme, cookies, query credentials, user / password pairs): ids and
    # names of the same shapes.
    ("id", '{"id": "chatcmpl-«rand32»", "object": "chat.completion", "model": "gpt-4o"}'),
    ("id", "Stripe redirected to https://checkout.stripe.com/c/pay/cs_test_«rand48»#fid"),
    ("id", '{"id": "msg_«rand32»", "type": "message", "role": "assistant"}'),
    ("id", "@Test\nvoid test_shouldReturnUserAccountWhenIdentifierIsValid2() {}"),
    ("id", "kubectl logs web-7d4b9c8f6d-x2x9z -c app --since=1h"),
    ("id", "arn:aws:iam::123456789012:role/service-role/lambda-exec-«span»"),
    ("id", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL«rand32»"),
    ("id", "GET /search?key=summer_sale_products&page=2&sort_key=price"),
    ("id", "Cookie: _ga=GA1.2.1234567890.1700000000; theme=dark; lang=en-US"),
    ("id", 'headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}'),
    ("id", "authorization: Bearer ${{ secrets.API_TOKEN }}"),
    ("id", "Please log in with your SSO account / OAuth and open Settings."),
    ("id", "user / group: www-data / www-data, mode 0644"),
    ("id", "nonce=«urlsafe43» in the CSP header is regenerated per response"),
)

# Written after the first round of fixes, to see how far they carry to shapes not looked at
# while fixing (new carriers, same kinds of value); reported on their own (`--fresh`).
FRESH_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("notebook", '{"cell_type": "code", "source": ["import openai\\n", "openai.api_key = \\"«openai_proj»\\"\\n"]}'),
    ("helm", "postgresql:\n  auth:\n    username: «user»\n    postgresPassword: «pw»\n    database: app"),
    ("spring", "spring:\n  datasource:\n    url: jdbc:postgresql://«host»/app\n    username: «user»\n    password: «pw»"),
    ("appsettings", '{\n  "ConnectionStrings": {\n    "Default": "Host=«host»;Username=«user»;Password=«pw»;Database=app"\n  }\n}'),
    ("laravel", "APP_NAME=Shop\nAPP_KEY=base64:«azure_sb»\nAPP_DEBUG=false"),
    ("django", "SECRET_KEY = 'django-insecure-«django»'\nDEBUG = False"),
    ("rails", "RAILS_MASTER_KEY=«hex32»"),
    ("wordpress", "define( 'DB_NAME', 'wp' );\ndefine( 'DB_PASSWORD', '«pw»' );\ndefine( 'AUTH_KEY', '«wpkey»' );"),
    ("smtp", "MAIL_HOST=smtp.example.com\nMAIL_USERNAME=«user»\nMAIL_PASSWORD=«pw»"),
    ("cloudinary", "CLOUDINARY_URL=cloudinary://«digits15»:«rand27»@acme"),
    ("git-remote", "git remote set-url origin https://oauth2:«glpat»@gitlab.example.com/acme/api.git"),
    ("pip", "pip install --extra-index-url https://__token__:«rand40»@pkgs.example.com/simple acme-core"),
    ("dockerfile", "FROM node:20\nARG NPM_TOKEN=«npm»\nENV API_TOKEN=«rand40»\nRUN npm ci"),
    ("jenkins", "stage('deploy') {\n  steps {\n    sh 'curl -u admin:«pw» -X POST https://jenkins.internal/job/x/build'\n  }\n}"),
    ("ado-pat", "AZURE_DEVOPS_PAT=«ado»"),
    ("shopify", "SHOPIFY_API_SECRET=shpss_«hex32»"),
    ("snowflake", "SNOWFLAKE_ACCOUNT=xy12345.eu-central-1\nSNOWFLAKE_USER=«user»\nSNOWFLAKE_PASSWORD=«pw»"),
    ("sshpass", "sshpass -p '«pw»' ssh deploy@«host» 'sudo systemctl restart web'"),
    ("powershell", '$secure = ConvertTo-SecureString "«pw»" -AsPlainText -Force'),
    ("windows", "net use \\\\files01\\share /user:CORP\\svc_backup «pw»"),
    ("tfstate", '"attributes": {"access_key": "«aws_id»", "secret_key": "«aws_secret»", "region": "us-east-1"}'),
    ("basic-url", "open https://admin:«pw»@jenkins.corp.example.com/manage"),
    ("json-log", '{"level":"error","msg":"upstream 401","headers":{"x-api-key":"«rand32»","accept":"*/*"}}'),
    ("psk", "The new VPN pre-shared key is «rand32», it replaces last month's."),
    ("wifi", "WIFI:T:WPA;S:OfficeNet;P:«pw»;;"),
    ("openvpn", "<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n«ovpn»\n-----END OpenVPN Static key V1-----\n</tls-auth>"),
    ("pgpass", "# ~/.pgpass\n«host»:5432:orders:«user»:«pw»"),
    ("redis", "redis-cli -h cache.internal\n> AUTH «pw»\nOK"),
    ("rabbitmq", "rabbitmqctl add_user «user» «pw»"),
    ("mongo", 'db.createUser({user: "«user»", pwd: "«pw»", roles: ["readWrite"]})'),
    ("sql", "CREATE USER reporting WITH PASSWORD '«pw»';\nALTER USER app IDENTIFIED BY \"«pw#2»\";"),
    ("azure-openai", "curl https://acme.openai.azure.com/openai/deployments/gpt4/chat/completions -H \"api-key: «hex32»\""),
    ("goog-header", "x-goog-api-key: «gcp_key»"),
    ("gha-mask", 'echo "::add-mask::«rand40»"'),
    ("dict", 'SETTINGS = {"SECRET": "«rand40»", "DEBUG": False}'),
    ("b64-cmd", "export TOKEN=$(echo «ghp:b64» | base64 -d)"),
    ("zh", "帳號：admin／密碼：«pw»"),
    ("zh", "API密钥：«openai_plain»"),
    ("zh", "登入用的 token 是 «rand40»"),
    ("zh", "請用這組金鑰«rand32»連線"),
    ("bare", "curl -H 'Authorization: Bearer «groq»' https://api.groq.com/openai/v1/models"),
    ("bare", "the service account key «pem_pkcs8:b64»"),
    ("bare", "«jwt:b64»"),
    ("bare", "sk_test_«rand24»"),
    ("bare", "«sentry_user» «do»"),
)
# Written after the second round, measured once before any fix for it (`--fresh2`).
FRESH2_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("email", "Hi Tom, the staging DB creds are user: app_stg pass: «pw» — please rotate after the demo."),
    ("yaml-anchor", "x-common: &common\n  API_SECRET: \"«hex40»\"\nservices:\n  web:\n    <<: *common"),
    ("ini", "[database]\nhost = «host»\nuser = «user»\npassword = «pw»"),
    ("toml", '[http-basic.private]\nusername = "ci"\npassword = "«pw»"'),
    ("nginx", 'location /api/ {\n  proxy_set_header Authorization "Bearer «rand40»";\n}'),
    ("apache", "SetEnv DB_PASS «pw»\nSetEnv APP_ENV production"),
    ("systemd", '[Service]\nEnvironment="API_TOKEN=«rand40»"\nExecStart=/usr/bin/app'),
    ("kubectl", "kubectl create secret generic db --from-literal=username=«user» --from-literal=password=«pw»"),
    ("vault-cli", "vault kv put secret/app api_key=«rand32» region=eu"),
    ("aws-cli", "aws configure set aws_secret_access_key «aws_secret» --profile prod"),
    ("r", 'Sys.setenv(OPENAI_API_KEY = "«openai_proj»")'),
    ("swift", 'let apiKey = "«rand32»"\nlet session = URLSession.shared'),
    ("perl", "my $dbpass = '«pw»';\nmy $dbh = DBI->connect($dsn, 'app', $dbpass);"),
    ("lua", 'local token = "«rand40»"\nhttp.request{url = u, headers = {Authorization = token}}'),
    ("mysql", "mysql -uroot -p'«pw»' -h «host» shop < dump.sql"),
    ("form", "curl -X POST https://login.example.com/oauth2/token --data 'client_id=app&client_secret=«urlsafe43»&grant_type=client_credentials'"),
    ("jwk", '{"kty": "RSA", "kid": "k1", "n": "«b64n»", "e": "AQAB", "d": "«b64d»"}'),
    ("k8s-env", "env:\n  - name: DB_PASSWORD\n    value: «pw»\n  - name: LOG_LEVEL\n    value: info"),
    ("ecs-json", '"environment": [{"name": "STRIPE_SECRET", "value": "«rand32»"}, {"name": "PORT", "value": "8080"}]'),
    ("prose", "For the router admin page use the passphrase «pw» (it's printed on the sticker)."),
    ("prose", "Our Jira API token got leaked, it was «rand24», please revoke it."),
    ("zh", "我的 GitHub token：«ghp»"),
    ("zh", "資料庫連線字串 Server=«host»;User Id=«user»;Password=«pw»;"),
    ("zh", "這組帳密：admin / «pw»"),
    ("bare", "can you check why «dckr» is rejected by docker login?"),
    ("bare", "«stripe» «twilio_sk»"),
)
GEN["dckr"] = lambda r: "dckr_pat_" + _r(r, 27, URLSAFE)
GEN["b64n"] = lambda r: _b64url(bytes(r.getrandbits(8) for _ in range(256)))
GEN["b64d"] = lambda r: _b64url(bytes(r.getrandbits(8) for _ in range(256)))
GEN["django"] = lambda r: _r(r, 50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)")
GEN["wpkey"] = lambda r: _r(r, 64, ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|")
GEN["digits15"] = lambda r: _r(r, 15, string.digits)
GEN["rand27"] = lambda r: _r(r, 27, URLSAFE)
GEN["rand24"] = lambda r: _r(r, 24)
GEN["ado"] = lambda r: _r(r, 52, "abcdefghijklmnopqrstuvwxyz234567")
GEN["ovpn"] = lambda r: "\n".join(_r(r, 32, HEXD) for _ in range(16))

# Written after the third round (the module split), measured once before any fix for it
# (`--fresh3`): shapes none of the earlier sets has, and near-misses of the same shapes.
FRESH3_TEMPLATES: tuple[tuple[str, str], ...] = (
    # AWS: the console's credentials.csv, a secret next to its key id with no keyword
    ("aws-csv", "User name,Password,Access key ID,Secret access key,Console login link\nci-bot,«pw»,«aws_id»,«aws_secret»,https://123456789012.signin.aws.amazon.com/console"),
    ("aws-pair", "new keys for the backup job: «aws_id» / «aws_secret»"),
    ("aws-pair", "AccessKeyId «aws_asia»\nSecretAccessKey «aws_secret»\nSessionToken «aws_session»"),
    ("aws-pair", 'creds = ("«aws_id»", "«aws_secret»")'),
    # positional passwords in library calls
    ("ftplib", "from ftplib import FTP\nftp = FTP('ftp.«host»', '«user»', '«pw»')\nftp.retrlines('LIST')"),
    ("ftplib", "ftp = ftplib.FTP_TLS(host, user='«user»', passwd='«pw_simple»')"),
    ("smtplib", "with smtplib.SMTP_SSL('smtp.gmail.com', 465) as s:\n    s.login('reports@example.com', '«app_pw»')"),
    ("paramiko", "ssh = paramiko.SSHClient()\nssh.connect('«host»', username='root', password='«pw_simple»', timeout=10)"),
    ("ldap", 'conn = ldap.initialize("ldap://dc01.corp.local")\nconn.simple_bind_s("cn=admin,dc=corp,dc=local", "«pw»")'),
    ("pika", "credentials = pika.PlainCredentials('«user»', '«pw»')\nconn = pika.BlockingConnection(pika.ConnectionParameters('mq', 5672, '/', credentials))"),
    ("java-setter", 'HikariConfig cfg = new HikariConfig();\ncfg.setUsername("«user»");\ncfg.setPassword("«pw»");'),
    ("java-setter", 'ConnectionFactory f = new ConnectionFactory();\nf.setHost("mq.internal");\nf.setPassword("«pw_simple»");'),
    ("builder", 'let pool = PgConnectOptions::new().host("«host»").username("«user»").password("«pw»");'),
    ("go-dsn", 'db, err := sql.Open("mysql", "«user»:«pw»@tcp(«host»:3306)/shop?parseTime=true")'),
    ("js-setter", "client.setApiKey('«rand32»');\nclient.setToken(\"«rand40»\");"),
    # command lines
    ("mysql", "MYSQL_PWD='«pw»' mysqldump -u backup shop > shop.sql"),
    ("psql", "PGPASSWORD=«pw_simple» psql -h «host» -U «user» -d orders -c 'select 1'"),
    ("sqlcmd", "sqlcmd -S «host» -U sa -P '«pw»' -Q \"SELECT @@VERSION\""),
    ("sqlplus", "sqlplus app_owner/«pw_simple»@//«host»:1521/ORCLPDB1"),
    ("ldapsearch", 'ldapsearch -x -H ldap://dc01 -D "cn=admin,dc=corp,dc=local" -w \'«pw»\' -b "dc=corp,dc=local"'),
    ("keytool", "keytool -importkeystore -srckeystore app.p12 -srcstoretype PKCS12 -srcstorepass «pw_simple» -deststorepass «pw»"),
    ("openssl", "openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:«pw»"),
    ("smbclient", "smbclient //files01/finance -U «user»%«pw»"),
    ("psexec", "psexec \\\\srv-app-02 -u CORP\\admin -p «pw» cmd /c ipconfig"),
    ("cmdkey", "cmdkey /add:fileserver.corp.local /user:CORP\\svc_sync /pass:«pw»"),
    ("rdp", "xfreerdp /v:10.0.4.12 /u:Administrator /p:«pw» /cert:ignore"),
    ("plink", "plink -ssh deploy@«host» -pw «pw_simple» \"uptime\""),
    ("sudo-pipe", "echo '«pw»' | sudo -S systemctl restart nginx"),
    ("zip", "zip -P «pw_simple» payroll.zip payroll-2026-03.xlsx"),
    ("7z", "7z a -p«pw» -mhe=on backup.7z ./exports"),
    ("expect", 'expect "password:"\nsend "«pw»\\r"\nexpect "$ "'),
    ("docker", "docker login registry.gitlab.com -u ci --password «pw_simple»"),
    ("git-clone", "git clone https://«hex40»@github.com/acme/infra.git"),
    ("git-clone", "git clone https://oauth:«rand20»@git.internal.example.com/team/app.git"),
    ("curl-user", "curl --user admin:«pw_simple» https://«host»/api/health"),
    ("lftp", "lftp -u «user»,«pw» sftp://files.example.com"),
    ("powershell", "$cred = New-Object System.Management.Automation.PSCredential('CORP\\svc', (ConvertTo-SecureString -String '«pw»' -AsPlainText -Force))"),
    ("powershell", "Invoke-RestMethod -Uri $u -Headers @{ 'X-Api-Key' = '«rand32»' }"),
    # config files
    ("netrc", "machine ftp.example.org login «user» password «pw_simple»"),
    ("pgpass", "*:*:*:postgres:«pw_simple»"),
    ("jdbc", "jdbc:sqlserver://«host»:1433;database=hr;user=hr_app;pwd=«pw»;"),
    ("odbc", "DSN=warehouse;UID=«user»;PWD={«pw_sym»};"),
    ("dotnet-xml", '<appSettings>\n  <add key="SmtpPassword" value="«pw»" />\n  <add key="StripeApiKey" value="«stripe_rk»" />\n</appSettings>'),
    ("spring-xml", '<bean id="ds" class="org.apache.commons.dbcp2.BasicDataSource">\n  <property name="username" value="«user»"/>\n  <property name="password" value="«pw»"/>\n</bean>'),
    ("java-props-xml", '<entry key="db.password">«pw_simple»</entry>'),
    ("gradle", "signingConfigs {\n    release {\n        storeFile file('release.jks')\n        storePassword '«pw»'\n        keyAlias 'upload'\n        keyPassword \"«pw_simple»\"\n    }\n}"),
    ("wireguard", "[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = «wg»\n\n[Peer]\nPublicKey = «wg_pub»\nPresharedKey = «wg#2»\nEndpoint = vpn.example.com:51820"),
    ("wpa", 'network={\n    ssid="OfficeNet"\n    psk="«pw»"\n}'),
    ("env-symbols", "DB_PASSWORD=«pw_sym»\nDB_HOST=«host»"),
    ("passphrase", 'backup:\n  passphrase: "«passphrase»"'),
    ("app-password", "Gmail app password: «app_pw»"),
    ("tfvars", 'aws_secret_key   = "«aws_secret»"\nrds_master_pass  = "«pw»"'),
    ("helm", "helm upgrade --install pg bitnami/postgresql --set auth.postgresPassword=«pw» --set auth.replicationPassword=«pw_simple»"),
    ("helm", "redis:\n  auth:\n    enabled: true\n    password: «pw_simple»"),
    ("gha", "env:\n  SLACK_BOT_TOKEN: «slack_bot»\n  DD_API_KEY: «hex32»\n  SIGNING_KEY_PASSPHRASE: «pw»"),
    ("npmrc", "//npm.pkg.github.com/:_authToken=«ghp»\n@acme:registry=https://npm.pkg.github.com"),
    ("s3cfg", "[default]\naccess_key = «aws_id»\nsecret_key = «aws_secret»\nhost_base = s3.amazonaws.com"),
    # keys in odd wrappings
    ("openssh-body", "this is the key without its first and last line:\n«openssh_body»"),
    ("pem-crlf", '"ssh_key": "«pem_crlf»"'),
    ("pgp-oneline", "gpg key for the release bot: «pgp_oneline»"),
    ("pem-yaml", "tls:\n  key: |\n    «pem_indented»"),
    # logs and traces
    ("log", "2026-04-01 12:00:03 WARN  retrying upload with token=«rand40» failed (HTTP 401)"),
    ("log", 'botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) for AWS_SECRET_ACCESS_KEY="«aws_secret»"'),
    ("log", "DEBUG smtp: AUTH PLAIN «auth_plain»"),
    ("log", "nginx: 10.0.0.5 - - [01/Apr/2026] \"GET /export?format=csv&apiKey=«rand32» HTTP/1.1\" 200"),
    ("log", 'ERROR Login failed for user "svc_batch" with password "«pw»"'),
    # encoded
    ("url-encoded", "https://app.example.com/callback?next=%2Fadmin%3Fpassword%3D«pw:url»"),
    ("b64-json", "the secret blob is «creds_json:b64»"),
    ("b64-basic", "Proxy-Authorization: Basic «user_pw:b64»"),
    # split over chat lines
    ("split", "key part 1: sk-proj-«rand40»\nkey part 2 (append without spaces): «rand40#2»"),
    ("split", "password is «pw_part»\n...sorry, the rest is «pw_part#2»"),
    # Chinese
    ("zh", "伺服器密碼設為«pw»，明天再改"),
    ("zh", "登录口令为 «pw_simple»"),
    ("zh", "金鑰如下：\n«rand40»"),
    ("zh", "賬號和密碼分別是 admin 和 «pw»"),
    ("zh", "口令：«pw_sym»"),
    ("zh", "資料庫 root 的密码（臨時）：«pw»"),
    ("zh", "阿里雲 AccessKey ID：«ali_id»，AccessKey Secret：«ali_secret»"),
    ("zh", "私鑰是 «wg»，公鑰放在伺服器上"),
    ("zh", "這個 token 先借你用：«rand40»"),
)
# Near-misses of the same shapes, written with them (the `benign` group of `--fresh3`).
# `changeme`, `<your-token>`, `${VAR}` and the like are placeholders (a value nobody holds);
# vendors' published documentation examples (jwt.io's token, AWS's EXAMPLE keys) are public.
FRESH3_BENIGN: tuple[tuple[str, str], ...] = (
    ("lockfile", 'resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#«sha»"\nintegrity sha512-«b64img»'),
    ("lockfile", '[[package]]\nname = "requests"\nversion = "2.32.3"\nfiles = [\n    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:«sha256»"},\n]'),
    ("lockfile", '[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "«sha256»"'),
    ("lockfile", "golang.org/x/crypto v0.27.0 h1:«go_sum»\ngolang.org/x/crypto v0.27.0/go.mod h1:«go_sum#2»"),
    ("lockfile", "requests==2.32.3 \\\n    --hash=sha256:«sha256»"),
    ("sha", "git rebase -i «sha_short»~3 && git push --force-with-lease origin «sha»:main"),
    ("sha", "see https://github.com/acme/api/commit/«sha» and the revert «sha#2»"),
    ("uuid", "X-Request-Id: «uuid»\nX-Correlation-Id: «uuid#2»"),
    ("uuid", '{"error": "not found", "requestId": "«uuid»", "traceId": "«trace»"}'),
    ("placeholder", "export GITHUB_TOKEN=<your-token>\nexport NPM_TOKEN=<npm-token-here>"),
    ("placeholder", "password: changeme   # change this before the first start"),
    ("placeholder", "The default admin password is changeme; you are asked to change it at first login."),
    ("placeholder", 'psexec \\\\host -u admin -p %ADMIN_PASS% cmd\nsqlcmd -S db -U sa -P "$SA_PASSWORD"'),
    ("placeholder", "mysql -u root -p\nEnter password:"),
    ("placeholder", "echo \"$DOCKER_PASSWORD\" | docker login -u ci --password-stdin"),
    ("placeholder", "cfg.setPassword(System.getenv(\"DB_PASSWORD\"));\nclient.setApiKey(process.env.SENDGRID_API_KEY);"),
    ("placeholder", "keytool -genkey -alias app -keystore app.jks -storepass:env STORE_PASS"),
    ("placeholder", '<add key="SmtpPassword" value="" />\n<property name="password" value="${db.password}"/>'),
    ("placeholder", "git clone https://github.com/acme/infra.git\ngit clone git@github.com:acme/app.git"),
    ("vendor-example", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("vendor-example", "Paste a token into jwt.io, e.g. eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    ("b64-image", "background: url(data:image/png;base64,«b64img») no-repeat;"),
    ("b64-image", "Content-Type: image/jpeg; name=\"scan.jpg\"\nContent-Transfer-Encoding: base64\n\n«mime_lines»"),
    ("public", "[Peer]\nPublicKey = «wg_pub»\nAllowedIPs = 10.8.0.0/24"),
    ("public", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n«pgp_pub_body»\n-----END PGP PUBLIC KEY BLOCK-----"),
    ("public", "-----BEGIN PGP SIGNATURE-----\n\n«pgp_sig_body»\n-----END PGP SIGNATURE-----"),
    ("public", "Sentry.init({ dsn: 'https://«hex32»@o450123.ingest.sentry.io/5512345' });"),
    ("encrypted", "$ANSIBLE_VAULT;1.1;AES256\n«vault_hex»"),
    ("encrypted", "db_password: ENC[AES256_GCM,data:«rand24»,iv:«urlsafe43»,tag:«rand24#2»,type:str]"),
    ("log", "Caused by: java.sql.SQLException: Access denied for user 'root'@'10.0.0.7' (using password: YES)"),
    ("log", "WARN token expired for session «uuid», refreshing (attempt 2 of 3)"),
    ("code", 'password = getpass.getpass("Password: ")\nif password != confirm_password:\n    raise ValueError("passwords differ")'),
    ("code", "const [password, setPassword] = useState('');\n<input type=\"password\" onChange={e => setPassword(e.target.value)} />"),
    ("code", "interface LoginForm {\n  username: string;\n  password: string;\n  rememberMe: boolean;\n}"),
    ("code", "password_hash = \"$2b$12$«bcrypt»\"\nhashed_password: '$argon2id$v=19$m=65536,t=3,p=4$«rand24»$«urlsafe43»'"),
    ("id", "https://docs.google.com/document/d/«gdoc»/edit?usp=sharing"),
    ("id", "<input type=\"hidden\" name=\"csrf_token\" value=\"«urlsafe43»\">"),
    ("id", "https://accounts.example.com/authorize?client_id=web-app&state=«rand32»&code_challenge=«urlsafe43»&code_challenge_method=S256"),
    ("zh", "口令要求至少 12 位，且每 90 天更換一次；金鑰由 KMS 管理。"),
    ("zh", "密碼：請向管理員索取（不要寫在群裡）"),
    ("zh", "令牌過期了，請重新登入後再試。"),
)
GEN["pw_simple"] = lambda r: r.choice(("sunflower", "harbor", "winter", "rocket", "granite")) + str(r.randint(1000, 99999))
GEN["pw_sym"] = lambda r: _r(r, 5) + r.choice(";,#") + _r(r, 4) + r.choice("#;,") + _r(r, 3)
GEN["pw_part"] = lambda r: _r(r, 6)
GEN["passphrase"] = lambda r: " ".join(r.choice(("copper", "violin", "meadow", "glacier", "pocket", "saddle", "thunder", "orchid")) for _ in range(4))
GEN["app_pw"] = lambda r: " ".join(_r(r, 4, string.ascii_lowercase) for _ in range(4))
GEN["wg"] = lambda r: _b64(bytes(r.getrandbits(8) for _ in range(32)))
GEN["wg_pub"] = lambda r: _b64(bytes(r.getrandbits(8) for _ in range(32)))
GEN["openssh_body"] = lambda r: "\n".join(_openssh(r).split("\n")[1:-1])
GEN["pem_crlf"] = lambda r: _pem(r, "RSA PRIVATE KEY", "\\r\\n")
GEN["pgp_oneline"] = lambda r: _pgp(r).replace("\n", " ")
GEN["pem_indented"] = lambda r: _pem(r, "EC PRIVATE KEY", "\n    ")
GEN["auth_plain"] = lambda r: _b64(f"\x00reports@example.com\x00{_password(r)}".encode())
GEN["creds_json"] = lambda r: json.dumps({"username": "etl", "password": _password(r)})
GEN["user_pw"] = lambda r: f"proxyuser:{_password(r)}"
GEN["ali_id"] = lambda r: "LTAI" + _r(r, 20)
GEN["ali_secret"] = lambda r: _r(r, 30)
GEN["sha_short"] = lambda r: _r(r, 7, HEXD)
GEN["go_sum"] = lambda r: _b64(bytes(r.getrandbits(8) for _ in range(32)))
GEN["mime_lines"] = lambda r: "\n".join(_pem_body(r, 400, 76))
GEN["pgp_pub_body"] = lambda r: "\n".join(_pem_body(r, 500))
GEN["pgp_sig_body"] = lambda r: "\n".join(_pem_body(r, 200))
GEN["vault_hex"] = lambda r: "\n".join(_r(r, 80, HEXD) for _ in range(5))
GEN["bcrypt"] = lambda r: _r(r, 53, ALNUM + "./")
GEN["gdoc"] = lambda r: "1" + _r(r, 43, URLSAFE)
FILLERS.update({"wg_pub", "sha_short", "go_sum", "mime_lines", "pgp_pub_body", "pgp_sig_body", "vault_hex", "bcrypt", "gdoc"})


def generate(seed: int = SEED) -> list[Sample]:
    # The fourth and fifth groups live in their own module (imported here: it uses this
    # one's generators); their generators only add names, so earlier groups draw the same.
    from benchmarks import secrets_wild_fresh4 as f4
    from benchmarks import secrets_wild_fresh6 as f6
    from benchmarks import secrets_wild_fresh8 as f8
    from benchmarks import secrets_wild_fresh10 as f10
    from benchmarks import secrets_wild_fresh12 as f12
    from benchmarks import secrets_wild_fresh13 as f13
    from benchmarks import secrets_wild_fresh14 as f14
    from benchmarks import secrets_wild_fresh15 as f15
    from benchmarks import secrets_wild_fresh16 as f16
    from benchmarks import secrets_wild_fresh18 as f18

    GEN.update({k: v for k, v in f4.GEN4.items() if k not in GEN})
    GEN.update({k: v for k, v in f6.GEN6.items() if k not in GEN})
    GEN.update({k: v for k, v in f8.GEN8.items() if k not in GEN})
    GEN.update({k: v for k, v in f10.GEN10.items() if k not in GEN})
    GEN.update({k: v for k, v in f12.GEN12.items() if k not in GEN})
    GEN.update({k: v for k, v in f13.GEN13.items() if k not in GEN})
    GEN.update({k: v for k, v in f14.GEN14.items() if k not in GEN})
    GEN.update({k: v for k, v in f15.GEN15.items() if k not in GEN})
    GEN.update({k: v for k, v in f16.GEN16.items() if k not in GEN})
    GEN.update({k: v for k, v in f18.GEN18.items() if k not in GEN})
    FILLERS.update(f4.FILLERS4 | f6.FILLERS6 | f8.FILLERS8 | f10.FILLERS10 | f12.FILLERS12
                   | f13.FILLERS13 | f14.FILLERS14
                   | f15.FILLERS15 | f16.FILLERS16 | f18.FILLERS18)
    rng = random.Random(seed)
    samples = []
    for group, templates in (("secret", SECRET_TEMPLATES), ("benign", BENIGN_TEMPLATES),
                             ("fresh", FRESH_TEMPLATES), ("fresh2", FRESH2_TEMPLATES),
                             ("fresh3", FRESH3_TEMPLATES), ("fresh3_benign", FRESH3_BENIGN),
                             ("fresh4", f4.FRESH4_TEMPLATES), ("fresh4_benign", f4.FRESH4_BENIGN),
                             ("fresh5", f4.FRESH5_TEMPLATES), ("fresh5_benign", f4.FRESH5_BENIGN),
                             ("fresh6", f6.FRESH6_TEMPLATES), ("fresh6_benign", f6.FRESH6_BENIGN),
                             ("fresh7", f6.FRESH7_TEMPLATES), ("fresh7_benign", f6.FRESH7_BENIGN),
                             ("fresh8", f8.FRESH8_TEMPLATES), ("fresh8_benign", f8.FRESH8_BENIGN),
                             ("fresh9", f8.FRESH9_TEMPLATES), ("fresh9_benign", f8.FRESH9_BENIGN),
                             ("fresh10", f10.FRESH10_TEMPLATES), ("fresh10_benign", f10.FRESH10_BENIGN),
                             ("fresh11", f10.FRESH11_TEMPLATES), ("fresh11_benign", f10.FRESH11_BENIGN),
                             ("fresh12", f12.FRESH12_TEMPLATES), ("fresh12_benign", f12.FRESH12_BENIGN),
                             ("fresh13", f13.FRESH13_TEMPLATES), ("fresh13_benign", f13.FRESH13_BENIGN),
                             ("fresh14", f14.FRESH14_TEMPLATES), ("fresh14_benign", f14.FRESH14_BENIGN),
                             ("fresh15", f15.FRESH15_TEMPLATES), ("fresh15_benign", f15.FRESH15_BENIGN),
                             ("fresh16", f16.FRESH16_TEMPLATES), ("fresh16_benign", f16.FRESH16_BENIGN),
                             ("fresh18", f18.FRESH18_TEMPLATES), ("fresh18_benign", f18.FRESH18_BENIGN)):
        for n, (kind, template) in enumerate(templates):
            text, spans = render(template, rng)
            samples.append(Sample(f"{group}-{n:03d}", group, kind, kind if "benign" not in group else "benign", text, spans))
    return samples


def _visible(c: str) -> bool:
    return not c.isspace()


def evaluate(samples: list[Sample], protect: Callable[[str], object]) -> dict:
    """Per secret (not per prompt): characters leaked, secrets with any character out, secrets
    fully out; per near-miss prompt: blocked, flagged SECRET, characters masked."""
    t = {"secret_prompts": 0, "secrets": 0, "chars": 0, "chars_leaked": 0, "partly_out": 0,
         "fully_out": 0, "benign_prompts": 0, "benign_blocked": 0, "benign_flagged": 0,
         "benign_chars": 0, "benign_masked": 0}
    kinds: dict[str, list[int]] = {}
    rows = []
    for s in samples:
        p = protect(s.text)
        covered = masked(s.text, p.findings)
        if s.group == "benign":
            flagged = any(f.type == "SECRET" for f in p.findings)
            t["benign_prompts"] += 1
            t["benign_blocked"] += p.blocked
            t["benign_flagged"] += flagged
            t["benign_chars"] += len(s.text)
            t["benign_masked"] += len(s.text) if p.blocked else sum(covered)
            rows.append({"id": s.id, "group": s.group, "kind": s.kind, "blocked": p.blocked,
                         "flagged": flagged})
            continue
        t["secret_prompts"] += 1
        k = kinds.setdefault(s.kind, [0, 0])
        out_here = 0
        for pieces in s.spans:
            chars = [i for a, b in pieces for i in range(a, b) if _visible(s.text[i])]
            leaked = 0 if p.blocked else sum(not covered[i] for i in chars)
            t["secrets"] += 1
            t["chars"] += len(chars)
            t["chars_leaked"] += leaked
            t["partly_out"] += leaked > 0
            t["fully_out"] += leaked == len(chars)
            out_here += leaked > 0
            k[0] += 1
            k[1] += leaked > 0
        rows.append({"id": s.id, "group": s.group, "kind": s.kind, "blocked": p.blocked,
                     "secrets_out": out_here})
    return {"total": t, "per_kind": kinds, "samples": rows}


def _pct(a: int, b: int) -> float:
    return round(100 * a / b, 2) if b else 0.0


# The groups written after each round of fixes, oldest first: `--NAME` scores one of them.
FRESH_SETS = {
    "fresh": "the carriers written after round 1",
    "fresh2": "the carriers written after round 2",
    "fresh3": "the carriers and near-misses written after round 3",
    "fresh4": "the carriers and near-misses written after round 4 (new shapes)",
    "fresh5": "the probe written after the fixes for --fresh4",
    "fresh6": "the carriers and near-misses of secrets_wild_fresh6.py (new layouts)",
    "fresh7": "the probe written after the fixes for --fresh6",
    "fresh8": "the carriers and near-misses of secrets_wild_fresh8.py (new styles)",
    "fresh9": "the probe written after the fixes for --fresh8",
    "fresh10": "the carriers and near-misses of secrets_wild_fresh10.py (prose, chat, new files)",
    "fresh11": "the probe written after the fixes for --fresh10",
    "fresh12": "the probe of secrets_wild_fresh12.py, written after the fixes for --fresh11",
    "fresh13": "the probe of secrets_wild_fresh13.py, written after the fixes for --fresh12",
    "fresh14": "the probe of secrets_wild_fresh14.py, written after the fixes for --fresh13",
    "fresh15": "the probe of secrets_wild_fresh15.py, written after the fixes for --fresh14",
    "fresh16": "the probe of secrets_wild_fresh16.py, written after the fixes for --fresh15",
    "fresh18": "the probe of secrets_wild_fresh18.py, written after the fixes for --fresh16",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--policy", default="default")
    ap.add_argument("--show", action="store_true", help="print the generated prompts and exit")
    ap.add_argument("--misses", action="store_true", help="list leaked and flagged prompts")
    for group, about in FRESH_SETS.items():
        ap.add_argument(f"--{group}", action="store_true", help=about)
    args = ap.parse_args()
    # One set at a time; given several, the latest written wins.
    wanted = next((g for g in reversed(FRESH_SETS) if getattr(args, g)), None)
    samples = [s for s in generate() if s.group in (wanted, f"{wanted}_benign") or (
        wanted is None and s.group in ("secret", "benign"))]
    for s in samples:
        if s.group.startswith("fresh"):
            s.group = "benign" if s.group.endswith("_benign") else "secret"
    if args.show:
        for s in samples:
            print(f"--- {s.id} {s.kind} {s.spans}\n{s.text}")
        return
    from sovereign_guard.core import Guard

    guard = Guard(args.policy, tenant_key=b"\x12" * 32)
    result = evaluate(samples, guard.protect)
    t = result["total"]
    print(table([[k, n, out] for k, (n, out) in sorted(result["per_kind"].items())],
                ["kind", "secrets", "with characters out"]))
    print(f"\nsecrets: {t['secrets']} in {t['secret_prompts']} prompts")
    print(f"secret characters leaked: {_pct(t['chars_leaked'], t['chars'])}% "
          f"({t['chars_leaked']} of {t['chars']})")
    print(f"secrets with any character out: {t['partly_out']}; fully out: {t['fully_out']}")
    print(f"near-miss prompts: {t['benign_prompts']}; blocked {t['benign_blocked']}, "
          f"flagged SECRET {t['benign_flagged']}; characters masked or blocked "
          f"{_pct(t['benign_masked'], t['benign_chars'])}%")
    if args.misses:
        for r in result["samples"]:
            if r.get("secrets_out") or (r["group"] == "benign" and (r["blocked"] or r["flagged"])):
                print(" ", r["id"], r["kind"], "blocked" if r["blocked"] else "")
    summary = {k: t[k] for k in ("secrets", "secret_prompts", "partly_out", "fully_out",
                                 "benign_prompts", "benign_blocked", "benign_flagged")}
    summary["chars_leaked_pct"] = _pct(t["chars_leaked"], t["chars"])
    summary["benign_masked_pct"] = _pct(t["benign_masked"], t["benign_chars"])
    print("wrote", write("secrets_wild" + (f"_{wanted}" if wanted else ""), {"seed": SEED, "policy": args.policy, "summary": summary,
                                          **result}))


if __name__ == "__main__":
    main()
