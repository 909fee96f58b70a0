"""The fourth fresh group of the secrets dev set (`secrets_wild.py --fresh4`), and the probe.

Written before any fix for it, in shapes none of the earlier groups has: a secret wrapped
over pasted lines or split over chat messages; inside stack traces, raw HTTP, HAR files,
`curl -v` output, shell history, Terraform state, `docker build --build-arg`, GitHub Actions
logs, `printenv` dumps and Jupyter JSON; base64 / URL / hex encoded; wallet secrets (BIP-39
seed phrases with their checksum, Bitcoin WIF keys and BIP-32 `xprv` keys, base58check with
their checksum, an Ethereum key after its name); PGP blocks with armour headers, PuTTY `.ppk`
files pasted indented, Kerberos keytabs and `ktutil` sessions, OAuth / SAML client secrets
in prose, and Chinese prompts. The near-misses are what the same places hold that is no
secret: digests, UUIDs, commit SHAs, placeholders, documentation examples, public keys and
addresses, masked values, random-looking ids.

`FRESH5_*` is the probe written after the fixes for this group (`--fresh5`), measured once:
the honest figure for shapes the fixes were not made on.

Values are drawn from `secrets_wild`'s seeded generator; the BIP-39 words are the standard
English list (`sovereign_guard/detect/secret_bip39.py`, which gives its source and licence).
"""

# ruff: noqa: E501  (templates are pasted files and prose)
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import struct
from collections.abc import Callable
from urllib.parse import quote

from benchmarks.secrets_wild import ALNUM, B64, HEXD, URLSAFE, _jwt, _password, _pem_body, _r
from sovereign_guard.detect.secret_bip39 import WORDS

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _rand_bytes(r: random.Random, n: int) -> bytes:
    return bytes(r.getrandbits(8) for _ in range(n))


def _b58check(payload: bytes) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, out = int.from_bytes(raw, "big"), ""
    while n:
        n, d = divmod(n, 58)
        out = _B58[d] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def _mnemonic(r: random.Random, words: int = 12, valid: bool = True) -> str:
    bits = words * 11 * 32 // 33
    entropy = _rand_bytes(r, bits // 8)
    check = bin(int.from_bytes(hashlib.sha256(entropy).digest(), "big"))[2:].zfill(256)
    stream = bin(int.from_bytes(entropy, "big"))[2:].zfill(bits) + check[:words * 11 - bits]
    idx = [int(stream[i:i + 11], 2) for i in range(0, words * 11, 11)]
    if not valid:
        idx[-1] ^= 1 << (words * 11 - bits - 1)  # flip a checksum bit: a mistyped last word
    return " ".join(WORDS[i] for i in idx)


def _wif(r: random.Random, compressed: bool = True) -> str:
    return _b58check(b"\x80" + _rand_bytes(r, 32) + (b"\x01" if compressed else b""))


def _bip32(r: random.Random, private: bool) -> str:
    version = bytes.fromhex("0488ade4" if private else "0488b21e")
    key = b"\0" + _rand_bytes(r, 32) if private else b"\x02" + _rand_bytes(r, 32)
    return _b58check(version + bytes([3]) + _rand_bytes(r, 4) + struct.pack(">I", 0x80000000)
                     + _rand_bytes(r, 32) + key)


def _chunks(items: list[str], n: int) -> list[list[str]]:
    return [items[i:i + n] for i in range(0, len(items), n)]


def _wrap(value: str, width: int) -> str:
    return "\n".join(value[i:i + width] for i in range(0, len(value), width))


def _pgp_armoured(r: random.Random, prefix: str = "") -> str:
    lines = ["-----BEGIN PGP PRIVATE KEY BLOCK-----", "Version: GnuPG v2", "Comment: release signing key", "",
             *_pem_body(r, 900), "=" + _r(r, 4, B64), "-----END PGP PRIVATE KEY BLOCK-----"]
    return "\n".join(prefix + line for line in lines)


def _ppk_indented(r: random.Random) -> str:
    public = _pem_body(r, 100)
    private = _pem_body(r, 300)
    lines = ["PuTTY-User-Key-File-3: ssh-rsa", "Encryption: aes256-cbc", "Comment: rsa-key-20260301",
             f"Public-Lines: {len(public)}", *public, "Key-Derivation: Argon2id", "Argon2-Memory: 8192",
             "Argon2-Passes: 13", "Argon2-Parallelism: 1", f"Argon2-Salt: {_r(r, 32, HEXD)}",
             f"Private-Lines: {len(private)}", *private, f"Private-MAC: {_r(r, 64, HEXD)}"]
    return "\n".join("    " + line for line in lines)


def _keytab(r: random.Random) -> str:
    principal = b"CORP.LOCAL" + b"HTTP" + b"web01.corp.local"
    entry = struct.pack(">H", 2) + principal + struct.pack(">IBH", 1, 3, 18) + struct.pack(">H", 32) + _rand_bytes(r, 32)
    return base64.b64encode(b"\x05\x02" + struct.pack(">i", len(entry)) + entry).decode()


def _tf_private_pem(r: random.Random) -> str:
    return "\\n".join(["-----BEGIN RSA PRIVATE KEY-----", *_pem_body(r), "-----END RSA PRIVATE KEY-----"]) + "\\n"


GEN4: dict[str, Callable[[random.Random], str]] = {
    "bip39_12": lambda r: _mnemonic(r, 12),
    "bip39_24": lambda r: _mnemonic(r, 24),
    "bip39_18": lambda r: _mnemonic(r, 18),
    "bip39_bad12": lambda r: _mnemonic(r, 12, valid=False),
    "bip39_numbered": lambda r: "\n".join(f"{i}. {w}" for i, w in enumerate(_mnemonic(r, 12).split(), 1)),
    "bip39_comma": lambda r: ", ".join(_mnemonic(r, 12).split()),
    "wif": _wif,
    "wif_u": lambda r: _wif(r, compressed=False),
    "xprv": lambda r: _bip32(r, private=True),
    "eth_pk": lambda r: "0x" + _r(r, 64, HEXD),
    "eth_pk_bare": lambda r: _r(r, 64, HEXD),
    "wrap_proj": lambda r: _wrap("sk-proj-" + _r(r, 74, URLSAFE) + "T3BlbkFJ" + _r(r, 74, URLSAFE), 76),
    "wrap_jwt": lambda r: _wrap(_jwt(r, "RS256"), 64),
    "wrap_azure": lambda r: _wrap(base64.b64encode(_rand_bytes(r, 64)).decode(), 60),
    "wrap_ghp": lambda r: _wrap("ghp_" + _r(r, 36), 22),
    "pgp_armoured": _pgp_armoured,
    "pgp_quoted": lambda r: _pgp_armoured(r, "> "),
    "ppk_indented": _ppk_indented,
    "keytab": _keytab,
    "tf_pem": _tf_private_pem,
    "glcbt": lambda r: "glcbt-64_" + _r(r, 20, URLSAFE),
    "ses": lambda r: "B" + _r(r, 43, B64),
    "xapp": lambda r: f"xapp-1-A{_r(r, 10, string.ascii_uppercase + string.digits)}-{r.randint(10**12, 10**13)}-{_r(r, 64, HEXD)}",
    "pw_form": lambda r: quote(_password(r), safe=""),
    "hex64": lambda r: _r(r, 64, HEXD),
    "rand64": lambda r: _r(r, 64),
    "rand24": lambda r: _r(r, 24),
    "rand16": lambda r: _r(r, 16),
    "urlsafe64": lambda r: _r(r, 64, URLSAFE),
    "okta_secret": lambda r: _r(r, 40, URLSAFE),
    "sf_secret": lambda r: _r(r, 64, "0123456789ABCDEF"),
    "pw_words": lambda r: r.choice(("Blue", "Rapid", "Silent", "Amber")) + r.choice(("Falcon", "River", "Summit")) + str(r.randint(100, 999)) + r.choice("!?#"),
    "creds_env": lambda r: f"DB_USER=etl\nDB_PASSWORD={_password(r)}\n",
    "dsn_line": lambda r: f"postgres://etl:{_password(r)}@db.internal:5432/dw",
    # fillers
    "btc_addr": lambda r: _b58check(b"\x00" + _rand_bytes(r, 20)),
    "btc_p2sh": lambda r: _b58check(b"\x05" + _rand_bytes(r, 20)),
    "xpub": lambda r: _bip32(r, private=False),
    "eth_addr": lambda r: "0x" + _r(r, 40, HEXD),
    "txid": lambda r: _r(r, 64, HEXD),
    "sha7": lambda r: _r(r, 7, HEXD),
    "run_id": lambda r: str(r.randint(10**9, 10**10)),
    "b64_json": lambda r: base64.b64encode(json.dumps({"theme": "dark", "lang": "en", "tz": "Europe/Berlin"}).encode()).decode(),
    "png_hex": lambda r: "89504e470d0a1a0a0000000d49484452" + _r(r, 48, HEXD),
    "ray": lambda r: _r(r, 16, HEXD) + "-FRA",
    "ssh_pub": lambda r: "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + _r(r, 300, B64),
    "gdrive": lambda r: "1" + _r(r, 32, URLSAFE),
    "yt": lambda r: _r(r, 11, URLSAFE),
    "stripe_obj": lambda r: _r(r, 24),
}
FILLERS4 = {"pgp_fpr", "btc_addr", "btc_p2sh", "xpub", "eth_addr", "txid", "sha7", "run_id", "b64_json", "png_hex",
            "ray", "ssh_pub", "gdrive", "yt", "stripe_obj"}

_GHA = "2026-05-04T09:12:{s}.{f}Z "
_TS = "2026-05-04T09:12:33.4417203Z"

FRESH4_TEMPLATES: tuple[tuple[str, str], ...] = (
    # wrapped by the terminal or split over chat messages
    ("wrapped", "the key got wrapped when I copied it from the terminal:\n«wrap_proj»\nis it still valid?"),
    ("wrapped", "kubectl get secret dash -o jsonpath='{.data.token}' | base64 -d\n«wrap_jwt»"),
    ("wrapped", "AccountKey (the portal wrapped it):\n«wrap_azure»"),
    ("wrapped", "token:\n«wrap_ghp»"),
    ("split-chat", "[10:02] ana: here's the stripe key, first half sk_live_51«rand48»\n[10:03] ana: second half «rand48#2»"),
    ("split-chat", "me: the db password starts with «pw_half»\nme: and ends with «pw_half#2»"),
    # stack traces
    ("trace", "Traceback (most recent call last):\n  File \"/srv/app/sync.py\", line 88, in run\n    client = hvac.Client(url=VAULT_ADDR, token=\"«vault»\")\n  File \"/usr/lib/python3.12/site-packages/hvac/v1/__init__.py\", line 94, in __init__\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='vault.internal', port=8200)"),
    ("trace", "Exception in thread \"main\" java.lang.IllegalStateException: login rejected for user=svc_report password=«pw»\n\tat com.acme.report.Db.connect(Db.java:41)\n\tat com.acme.report.Main.main(Main.java:12)"),
    ("trace", "sentry event locals:\n  self = <SyncJob id=44>\n  api_key = '«rand40»'\n  retries = 3"),
    ("trace", "AxiosError: Request failed with status code 401\n    at settle (node_modules/axios/lib/core/settle.js:19:12)\n  config: {\n    headers: {\n      Accept: 'application/json',\n      Authorization: 'Bearer «rand40»'\n    },\n    url: 'https://api.partner.example/v2/orders'\n  }"),
    ("trace", "panic: stripe: invalid request (api key «stripe_rk»)\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:27 +0x1d5"),
    # raw HTTP
    ("http", "POST /oauth/token HTTP/1.1\nHost: login.example.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=reporting&client_secret=«urlsafe43»"),
    ("http", "HTTP/1.1 200 OK\nContent-Type: application/json\nSet-Cookie: __Host-session=«rand40»; Path=/; Secure; HttpOnly\n\n{\"access_token\":\"«jwt»\",\"refresh_token\":\"«rand48»\",\"expires_in\":3600}"),
    ("http", "GET /internal/metrics HTTP/1.1\r\nHost: metrics.internal\r\nX-Auth-Token: «hex40»\r\nAccept: */*\r\n\r\n"),
    # HAR
    ("har", '{"request": {"method": "GET", "url": "https://api.example.com/v1/me", "headers": [{"name": "authorization", "value": "Bearer «rand40»"}, {"name": "accept", "value": "application/json"}]}}'),
    ("har", '"cookies": [{"name": "sessionid", "value": "«rand32»", "httpOnly": true}, {"name": "theme", "value": "dark"}]'),
    ("har", '"postData": {"mimeType": "application/x-www-form-urlencoded", "text": "username=ann.lee&password=«pw_form»&remember=1"}'),
    ("har", '"headers": [{"name": "X-API-Key", "value": "«rand32»"}, {"name": "X-Request-Id", "value": "«uuid»"}]'),
    # curl -v
    ("curl-v", "$ curl -v https://api.example.com/v1/me\n> GET /v1/me HTTP/2\n> Host: api.example.com\n> authorization: Bearer «rand40»\n> user-agent: curl/8.5.0\n>\n< HTTP/2 401\n< www-authenticate: Bearer error=\"invalid_token\""),
    ("curl-v", "< HTTP/1.1 302 Found\n< Location: https://app.example.com/#access_token=«jwt»&token_type=Bearer&expires_in=3600\n< Set-Cookie: remember_token=«rand40»; path=/"),
    # shell history
    ("history", "$ history | tail -4\n  498  export OPENAI_API_KEY=«openai_proj»\n  499  mysql -h db -u root -p«pw»\n  500  git push\n  501  history | tail -4"),
    ("history", ": 1714556400:0;export VAULT_TOKEN=«vault»\n: 1714556412:0;vault kv get secret/app"),
    ("history", "  77  curl -H \"X-Api-Key: «rand32»\" https://api.example.com/v1/ping\n  78  psql postgresql://app:«pw»@db.internal/app"),
    # Terraform state
    ("tfstate", '{\n  "version": 4,\n  "resources": [{\n    "type": "aws_db_instance",\n    "instances": [{"attributes": {"username": "admin", "password": "«pw»", "engine": "postgres"}}]\n  }]\n}'),
    ("tfstate", '{"type": "aws_iam_access_key", "instances": [{"attributes": {"id": "«aws_id»", "secret": "«aws_secret»", "ses_smtp_password_v4": "«ses»", "user": "ci"}}]}'),
    ("tfstate", '{"type": "random_password", "name": "db", "instances": [{"attributes": {"length": 24, "special": true, "result": "«pw_sym»"}}]}'),
    ("tfstate", '{"type": "tls_private_key", "instances": [{"attributes": {"algorithm": "RSA", "private_key_pem": "«tf_pem»"}}]}'),
    # docker
    ("docker", "docker build --build-arg NPM_TOKEN=«npm» --build-arg DB_PASSWORD=«pw» -t shop:latest ."),
    ("docker", "docker run -d -e POSTGRES_PASSWORD=«pw» -e API_KEY=«rand32» -p 5432:5432 postgres:16"),
    ("docker", '"Env": [\n    "PATH=/usr/local/bin:/usr/bin",\n    "REDIS_PASSWORD=«pw_simple»",\n    "SENDGRID_API_KEY=«sendgrid»"\n]'),
    # GitHub Actions logs
    ("gha-log", f"{_TS} ##[group]Run ./scripts/deploy.sh\n{_TS} env:\n{_TS}   AWS_REGION: eu-west-1\n{_TS}   SNOWFLAKE_PASSWORD: «pw»\n{_TS} ##[endgroup]"),
    ("gha-log", f"{_TS} + curl -fsS -H 'Authorization: token «ghs»' https://api.github.com/repos/acme/app/releases\n{_TS} curl: (22) The requested URL returned error: 401"),
    ("gha-log", f"{_TS} Run docker login ghcr.io -u acme-bot -p «ghp»\n{_TS} WARNING! Using --password via the CLI is insecure."),
    # printenv dumps
    ("printenv", "$ printenv | sort\nCI=true\nCI_JOB_TOKEN=«glcbt»\nCI_REGISTRY_PASSWORD=«rand20»\nHOME=/root\nHOSTNAME=runner-7f9c8d-project-42\nTWINE_PASSWORD=«pypi»"),
    ("printenv", "env output from the pod:\nKUBERNETES_SERVICE_HOST=10.96.0.1\nDATADOG_API_KEY=«hex32»\nCODECOV_TOKEN=«heroku»\nPYTHONUNBUFFERED=1"),
    ("printenv", "SHELL=/bin/bash\nSLACK_APP_TOKEN=«xapp»\nLANG=C.UTF-8\nMINIO_ROOT_PASSWORD=«pw_words»"),
    # Jupyter
    ("jupyter", '{"cell_type": "code", "execution_count": 3, "source": ["%env ANTHROPIC_API_KEY=«anthropic»\\n", "import anthropic"], "outputs": []}'),
    ("jupyter", '{"output_type": "execute_result", "data": {"text/plain": ["\'«hf»\'"]}, "execution_count": 7}'),
    ("jupyter", '{"cell_type": "code", "source": ["!pip install --index-url https://ci:«pw»@pypi.internal.example/simple acme-ml\\n"]}'),
    ("jupyter", '"source": ["conn = snowflake.connector.connect(\\n", "    user=\\"etl\\",\\n", "    password=\\"«pw»\\",\\n", "    account=\\"xy12345\\")\\n"]'),
    # encodings
    ("base64", "echo «creds_env:b64» | base64 -d > .env"),
    ("base64", "the DSN is stored base64'd in the config map: «dsn_line:b64»"),
    ("url-encoded", "https://hooks.example.com/relay?target=https%3A%2F%2Fapi.example.com%2Fv1%3Fapi_key%3D«rand32:url»"),
    ("hex", "xxd -p of the token file: «ghp:hex»"),
    ("hex", "bytes.fromhex('«creds_env:hex»')"),
    # wallet secrets
    ("bip39", "my recovery phrase is «bip39_12», can I restore it in another wallet?"),
    ("bip39", "Seed (24 words):\n«bip39_24»"),
    ("bip39", "«bip39_numbered»"),
    ("bip39", "wallet backup: «bip39_comma»"),
    ("bip39", "Electrum won't accept my mnemonic: «bip39_bad12»"),
    ("bip39", "«bip39_18»"),
    ("wif", "importprivkey «wif» \"cold-storage\" false"),
    ("wif", "paper wallet private key (WIF): «wif_u»"),
    ("wif", "«wif»"),
    ("xprv", "the extended private key of the hot wallet is «xprv»"),
    ("eth", "PRIVATE_KEY=«eth_pk» npx hardhat run scripts/deploy.js --network mainnet"),
    ("eth", "my MetaMask private key: «eth_pk_bare»"),
    # PGP and PuTTY
    ("pgp", "exported with gpg --armor --export-secret-keys:\n«pgp_armoured»"),
    ("pgp", "> On Mon, Bob wrote:\n«pgp_quoted»"),
    ("ppk", "my .ppk file, indented as in the wiki:\n\n«ppk_indented»"),
    # Kerberos
    ("kerberos", "ktutil:  addent -password -p svc_http@CORP.LOCAL -k 3 -e aes256-cts-hmac-sha1-96\nPassword for svc_http@CORP.LOCAL: «pw»\nktutil:  wkt /etc/http.keytab"),
    ("kerberos", "here is the keytab, base64: «keytab»"),
    ("kerberos", "echo '«pw_simple»' | kinit svc_etl@CORP.LOCAL"),
    # OAuth / SAML in prose
    ("oauth-prose", "Our Okta OIDC app uses client id 0oa8f3kd92HxZq1Lw5d7 and the client secret «okta_secret»."),
    ("oauth-prose", "The Salesforce connected app's consumer secret is «sf_secret», consumer key 3MVG9«rand64»."),
    ("oauth-prose", "For the SAML SP we share a secret with Keycloak; it reads «urlsafe64» and must be rotated yearly."),
    ("oauth-prose", "OAuth2 creds for the partner API — id: partner-portal, secret: «rand40»"),
    ("oauth-prose", "Google OAuth client: «gcp_key» is the API key and the client secret is GOCSPX-«rand28»"),
    ("oauth-prose", "the Auth0 app secret (Settings > Basic Information) → «urlsafe64#2»"),
    # Chinese
    ("zh", "服务器的密码是«pw»，别告诉别人"),
    ("zh", "密钥：«rand32»"),
    ("zh", "我的助记词是 «bip39_12»，帮我看看能不能恢复钱包"),
    ("zh", "比特币私钥 «wif»"),
    ("zh", "微信公众号的 AppSecret：«hex32»"),
    ("zh", "阿里云 AccessKeySecret=«ali_secret»"),
    ("zh", "root 密码 «pw_simple»"),
    ("zh", "数据库连接串：mysql://root:«pw»@10.0.0.12:3306/erp"),
    ("zh", "這是 GitHub 權杖 «ghp»，用完請撤銷"),
    ("zh", "登录凭据：用户名 admin，密码 «pw_words»"),
)
GEN4["rand28"] = lambda r: _r(r, 28, URLSAFE)
GEN4["rand43"] = lambda r: _r(r, 43, URLSAFE)
GEN4["bip39_24_lines"] = lambda r: "\n".join(" ".join(ws) for ws in _chunks(_mnemonic(r, 24).split(), 6))
GEN4["bip39_15"] = lambda r: _mnemonic(r, 15)
GEN4["wif_test"] = lambda r: _b58check(b"\xef" + _rand_bytes(r, 32) + b"\x01")
GEN4["wrap_rand"] = lambda r: _wrap(_r(r, 150, URLSAFE), 64)
GEN4["wrap_sb"] = lambda r: _wrap(base64.b64encode(_rand_bytes(r, 32)).decode(), 30)
GEN4["pgp_fpr"] = lambda r: " ".join(_r(r, 4, "0123456789ABCDEF") for _ in range(10))
GEN4["pw_half"] = lambda r: _r(r, 6, ALNUM + "!#%")

FRESH4_BENIGN: tuple[tuple[str, str], ...] = (
    # digests, SHAs, UUIDs
    ("digest", "Status: Downloaded newer image for postgres:16\nDigest: sha256:«sha256»"),
    ("sha", f"{_TS} HEAD is now at «sha7» fix flaky test\n{_TS} GITHUB_SHA=«sha»"),
    ("sha", "$ history\n  12  git checkout «sha»\n  13  git cherry-pick «sha7#2»"),
    ("uuid", '{"name": "x-request-id", "value": "«uuid»"}, {"name": "etag", "value": "W/\\"«trace»\\""}'),
    ("uuid", '{"version": 4, "terraform_version": "1.9.5", "serial": 12, "lineage": "«uuid»", "outputs": {}}'),
    ("hash", "X-Hub-Signature-256: sha256=«sha256»\nX-GitHub-Delivery: «uuid»"),
    ("hash", "md5sum backup.tar.gz\n«trace»  backup.tar.gz"),
    ("txid", "the transaction «txid» has 6 confirmations"),
    # placeholders and masked values
    ("masked", f"{_TS} env:\n{_TS}   DB_PASSWORD: ***\n{_TS}   API_TOKEN: ***"),
    ("placeholder", "docker build --build-arg NPM_TOKEN=$NPM_TOKEN --build-arg VERSION=1.4.2 --build-arg COMMIT_SHA=«sha» ."),
    ("placeholder", '{"key": "client_secret", "value": "{{client_secret}}", "enabled": true}'),
    ("placeholder", "client_secret=<YOUR_CLIENT_SECRET>&grant_type=client_credentials"),
    ("placeholder", "export OPENAI_API_KEY=sk-...\nexport ANTHROPIC_API_KEY=sk-ant-..."),
    ("placeholder", "$ printenv | grep -i token\nGITHUB_TOKEN=\nNPM_TOKEN=${NPM_TOKEN}"),
    ("placeholder", '"password": "(sensitive value)", "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]'),
    ("placeholder", "ktutil:  addent -password -p svc_http@CORP.LOCAL -k 3 -e aes256-cts-hmac-sha1-96\nPassword for svc_http@CORP.LOCAL:\nktutil:  wkt /etc/http.keytab"),
    # documentation examples
    ("doc-example", "BIP-39 test vector: abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"),
    ("doc-example", "Run `npx hardhat node`: it prints 20 test accounts funded with 10000 ETH, whose keys are public."),
    # public keys and addresses
    ("public", "send it to «btc_addr» or the multisig «btc_p2sh»"),
    ("public", "watch-only wallet, account xpub: «xpub»"),
    ("public", "contract deployed at «eth_addr» (tx «txid»)"),
    ("public", "-----BEGIN PGP PUBLIC KEY BLOCK-----\nVersion: GnuPG v2\n\n«pgp_pub_body»\n-----END PGP PUBLIC KEY BLOCK-----"),
    ("public", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIB7kq3m1ZxPz\n9l2nq0yWbVhF0m3oU2dT4rS8aXcYkJpL"),
    ("public", "ssh-rsa «ssh_pub» ana@laptop"),
    ("kerberos", "$ klist -k /etc/krb5.keytab\nKeytab name: FILE:/etc/krb5.keytab\nKVNO Principal\n---- ------------------------------------\n   3 host/web01.corp.local@CORP.LOCAL\n   3 HTTP/web01.corp.local@CORP.LOCAL"),
    ("kerberos", "kinit -kt /etc/http.keytab HTTP/web01.corp.local@CORP.LOCAL && klist"),
    # random-looking ids
    ("id", "Cloudflare Ray ID: «ray» • Your IP: 203.0.113.7"),
    ("id", "https://drive.google.com/file/d/«gdrive»/view and https://youtu.be/«yt»"),
    ("id", f"{_TS} Run ID: «run_id», job «uuid», artifact «sha256»"),
    ("id", "printenv\nHOSTNAME=web-5f7d8c9b6-x8k2q\nHOME=/home/app\nPATH=/usr/local/bin:/usr/bin\nLANG=C.UTF-8"),
    ("id", '{"cell_type": "code", "id": "«uuid»", "execution_count": 12, "metadata": {"collapsed": false}, "source": ["df.head()"]}'),
    ("encoded", "the prefs cookie is just base64 JSON: prefs=«b64_json»"),
    ("encoded", "first bytes of the upload: «png_hex»"),
    # prose about secrets
    ("prose", "Never paste your OAuth client secret into a chat; rotate it in the portal instead."),
    ("prose", "The client secret expires after 24 months; set a reminder to rotate it."),
    ("prose", "Write your 12-word recovery phrase on paper and never type it into a website."),
    ("zh", "密码是什么？我忘了，能帮我重置吗"),
    ("zh", "密钥：请联系管理员获取，不要发到群里"),
    ("zh", "助记词一共 12 个单词，请抄在纸上妥善保管。"),
    ("zh", "私钥和公钥的区别是什么？"),
)
FRESH4_FILLER_GEN = {"pgp_pub_body"}  # from `secrets_wild.GEN`

# The probe: written after the fixes for the group above, measured once (`--fresh5`).
FRESH5_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("bip39", "Ledger asked me to re-enter my 24 words:\n«bip39_24_lines»"),
    ("bip39", "seed words (keep offline!) — «bip39_15»"),
    ("bip39", "Trust Wallet 助記詞：«bip39_12»"),
    ("wif", "bitcoin-cli importprivkey «wif_test» \"\" false"),
    ("wif", "the sweep failed for key «wif_u»; is the format right?"),
    ("xprv", "BIP32 root key: «xprv»"),
    ("wrapped", "Here is the service token the CLI printed (it wraps at 64 columns):\n«wrap_rand»"),
    ("wrapped", "SharedAccessKey=«wrap_sb»"),
    ("trace", "ERROR [auth] refresh failed: {'grant_type': 'refresh_token', 'refresh_token': '«rand48»', 'client_id': 'cli'}"),
    ("trace", "  File \"/app/pay.py\", line 9, in <module>\n    stripe.api_key = \"«stripe»\"\nNameError: name 'stripe' is not defined"),
    ("http", "PUT /api/v2/settings HTTP/1.1\nHost: admin.internal\nCookie: connect.sid=s%3A«rand32».«rand43»\nContent-Type: application/json"),
    ("har", '{"name": "Private-Token", "value": "«glpat»"}'),
    ("curl-v", "* Server auth using Basic with user 'deploy'\n> GET /artifactory/api/repositories HTTP/1.1\n> Authorization: Basic «user_pw:b64»"),
    ("history", "10021  aws configure set aws_secret_access_key «aws_secret»\n10022  aws s3 ls"),
    ("printenv", "declare -x GOOGLE_CLIENT_SECRET=\"GOCSPX-«rand28»\"\ndeclare -x HOME=\"/home/ci\""),
    ("docker", "docker buildx build --secret id=npm,env=NPM_TOKEN --build-arg SENTRY_AUTH_TOKEN=«sentry_user» ."),
    ("tfstate", '"outputs": {"admin_password": {"value": "«pw_sym»", "type": "string", "sensitive": true}}'),
    ("jupyter", '{"output_type": "stream", "name": "stdout", "text": ["Logged in with key «openai_proj_short»\n"]}'),
    ("kerberos", "Password for admin/admin@EXAMPLE.ORG: «pw»"),
    ("oauth-prose", "Use client secret «urlsafe43» together with the tenant id when you call the token endpoint."),
    ("oauth-prose", "the webhook signing secret from the dashboard: «rand40»"),
    ("zh", "新的登录密码：«pw_words»，请尽快修改"),
    ("zh", "API 密钥发你了：«rand40»"),
    ("zh", "钱包私钥是 «eth_pk»"),
    ("hex", "key as hex (from the HSM dump): «aws_secret:hex»"),
    ("url-encoded", "state=%7B%22token%22%3A%22«rand40»%22%7D"),
)
FRESH5_BENIGN: tuple[tuple[str, str], ...] = (
    ("bip39-like", "Packing list: rocket tent lamp rope water bread coffee sugar salt blanket compass knife"),
    ("bip39-like", "Tags: ocean sunset beach travel summer holiday family photo island nature wave sand"),
    ("public", "Bitcoin donations: «btc_addr» (legacy) — thank you!"),
    ("public", "xpub for the accounting export: «xpub»"),
    ("public", "ETH address «eth_addr», tx hash «txid»"),
    ("hash", "sha256(token) = «sha256» is what we store, never the token itself"),
    ("hash", "Key fingerprint = «pgp_fpr»"),
    ("id", "Your session «uuid» has expired; request id «trace»"),
    ("id", "secret name: prod/db/credentials (version id «uuid»)"),
    ("placeholder", "client_secret: ${CLIENT_SECRET}\npassword: \"{{ vault_db_password }}\""),
    ("placeholder", "Password for admin@EXAMPLE.ORG:"),
    ("docs", "Tokens look like ghp_ followed by 36 characters; never commit them."),
    ("masked", "DB_PASSWORD=******** API_KEY=sk-...a1b2"),
    ("zh", "密钥轮换周期为 90 天，私钥由 HSM 保管。"),
    ("code", "const key = crypto.randomBytes(32).toString('hex'); // generated per request"),
)
