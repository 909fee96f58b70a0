"""Secrets in the carriers of the dev set's tenth fresh group: passwords told in prose and chat
with no key syntax (`it's now v`, `set to v`, `the wifi is v`, `passphrase — v`, a reply under
a question, a credential word a line or two above, PINs and door codes, `u: x  p: v`), Chinese
keys (`秘钥`, `授权码`, `改成了`), TOTP seeds beside a setup screen's words, recovery keys in
groups and BitLocker's by its checksum, property-list pairs, exported cookies, DSN calls,
`{PLAIN}` passwords, printed keys and password files, `vault operator unseal`, a secret in a
URL's path; each with the near-misses that must not match. Values are ours."""

from __future__ import annotations

import random
import string

import pytest

from tests.secret_support import covered, findings

_RNG = random.Random(20261210)
ALNUM = string.ascii_letters + string.digits


def rand(n: int, alphabet: str = ALNUM) -> str:
    return "".join(_RNG.choices(alphabet, k=n))


TOKEN = rand(32)
PW = "Juniper#5512fox"
PW2 = "&Quill2047"
WORDY = "harvest4471"
DICE = "pebble-lantern-otter-violin"
B32 = rand(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
SPACED = " ".join(B32[i:i + 4] for i in range(0, 32, 4))  # as authenticator apps show it
BITLOCKER = "-".join(f"{11 * _RNG.randint(0, 65535):06d}" for _ in range(8))
# One group off the checksum (not a multiple of 11): no BitLocker key.
NOT_BITLOCKER = BITLOCKER[:-1] + str((int(BITLOCKER[-1]) + 1) % 10)
GROUPED = "-".join(rand(5, "BCDFGHJKMPQRTVWXY2346789") for _ in range(5))
SESSION = rand(32, string.ascii_lowercase + string.digits)
WG = "mEq3h1k8r0Zf6Wc2yTnB9vXoPa4LsDgU7iJeKqHtN1A="
AUTH16 = rand(16, string.ascii_lowercase)
APP16 = rand(16, string.ascii_lowercase + string.digits)
HEX32 = rand(32, "0123456789abcdef")

# (text, the secret every character of which must be covered)
TRUE_POSITIVES = [
    # told in prose, after a cue
    (f"I reset the VPN password, it's now {PW} — don't lose it", PW),
    (f"Your temporary password has been set to {PW2}. Change it at first sign-in.", PW2),
    (f"the NAS pass is {WORDY} btw", WORDY),
    (f"guest wifi is {DICE}", DICE),
    (f"gpg passphrase — {DICE}", DICE),
    (f"sudo on db-2 is the same as the jump host: {PW}", PW),
    (f"[10:01] ana: whats the pw for the label printer\n[10:02] bo: {WORDY} lol", WORDY),
    (f"Morning! just use reports@acme.example with {PW}, I'll rotate it later", PW),
    (f"ok I reset it, new one is {WORDY}", WORDY),
    # a credential word a line or two above
    (f"- Credentials (temporary): svc_report\n  - {PW}", PW),
    (f"can you send me the grafana password\n[14:21] raj: sent\n[14:21] raj: here: {PW2}", PW2),
    (f"creds for the lab box: ops@10.9.0.3, {PW2}", PW2),
    (f"u: admin  p: {PW}", PW),
    # PINs and codes
    ("The PIN for the side gate is 830291.", "830291"),
    ("alarm code: 4719", "4719"),
    ("my card PIN is 5082, help me remember it", "5082"),
    ("手机开机密码是 730916", "730916"),
    # Chinese keys
    (f"数据库密码改成了{PW}，记得更新", PW),
    (f"秘钥发你：{TOKEN}", TOKEN),
    (f"163 邮箱的 SMTP 授权码是 {AUTH16}，别外传", AUTH16),
    # TOTP seeds and recovery keys
    (f"Can't scan the QR code? Enter this key instead:\n{SPACED.lower()}", SPACED.lower()),
    (f'totp = pyotp.TOTP("{B32[:16]}")', B32[:16]),
    (f"这是身份验证器的密钥：{SPACED}", SPACED),
    (f"Microsoft account recovery code: {GROUPED}", GROUPED),
    (f"the key my laptop asked for after the update: {BITLOCKER}", BITLOCKER),
    (f"Paste the license string {TOKEN} into Settings and restart.", TOKEN),
    # files, calls and command output
    (f"<key>OutgoingPassword</key>\n<string>{PW}</string>", PW),
    (f".shop.example\tTRUE\t/\tTRUE\t1798761600\tsessionid\t{SESSION}", SESSION),
    (f"Name\tValue\tDomain\nJSESSIONID\t{TOKEN.upper()}\tshop.example", TOKEN.upper()),
    (f'$s.Cookies.Add((New-Object System.Net.Cookie("sessionid", "{SESSION}", "/", "x.example")))',
     SESSION),
    (f"just set PHPSESSID to {SESSION} in devtools", SESSION),
    (f"$db = new PDO('mysql:host=db;dbname=crm', 'crm', '{PW}');", PW),
    (f'my $dbh = DBI->connect("dbi:Pg:dbname=dw;host=pg", "etl", "{PW2}");', PW2),
    (f'odbc_connect("DSN=ledger", "batch", "{PW}")', PW),
    (f'pool = oracledb.create_pool(dsn="scott/{PW}@db01:1521/ORCL")', PW),
    (f"ana@acme.example:{{PLAIN}}{PW}:1000:1000::/home/ana", PW),
    ("db.internal:5432:*:report:Ab3\\:kd9Q!x", "Ab3\\:kd9Q!x"),
    (f"$ wg genkey | tee /etc/wireguard/private.key\n{WG}", WG),
    (f"$ cat /etc/openvpn/auth.txt\nvpn_ana\n{PW2}", PW2),
    (f"$ cat ~/.vault_pass\n{PW}", PW),
    (f"echo '{PW}' > ~/.vault_pass.txt", PW),
    ("vault operator unseal 3kQ9vZx1LmN0pR7sT2uW5yA8bC4dE6fG", "3kQ9vZx1LmN0pR7sT2uW5yA8bC4dE6fG"),
    (f"https://calendar.google.com/calendar/ical/ana/private-{HEX32}/basic.ics", HEX32),
    (f"Fastmail app password for Thunderbird (IMAP only): {APP16}", APP16),
]

NEAR_MISSES = [
    # prose about passwords, with no value
    "the wifi password is on the sticker under the router",
    "the wifi is down again, is it just me?",
    "the wifi is WPA2-Personal only",
    "Your password must be at least 12 characters and is checked against known breaches.",
    "the password policy is v2.1 now",
    "You can log into the NAS as alice with your usual password.",
    "sudo apt install python3.11-venv libssl-dev",
    "creds for staging: deploy@10.2.0.4 (key auth only)",
    "u: admin  p: ${ADMIN_PW}",
    "DB_PASSWORD=[REDACTED]\nAPI_KEY=sk-****************************a1b2",
    "Jenkins credentialsId: '48829caa-ba2d-421f-a37e-e90cb293239f' is used by the deploy stage",
    # PINs and codes that are no secret
    "Your PIN is 4 to 6 digits; the bank will never ask for it.",
    "the PIN is 1234 by default, change it",
    "alarm code: 0000 (factory default)",
    "GPIO pin 13 is 3.3V tolerant",
    "the zip code is 94110",
    "the error code is 4613",
    "开机密码是 6 位数字",
    # hashes and ciphertext under a password's name
    "userPassword: {SSHA}3GVrnf9NkRLftHqUr3+f/DPERrtCLc9N",
    "ana:{SHA512-CRYPT}$6$rounds=5000$abc$Zx9kQ2:1000:1000",
    "db_password: ENC[AES256_GCM,data:x4XpNmyQWlQUalWdv7RHiBAr,iv:JYMM1dD3dHsFOBiH,type:str]",
    # Chinese prose
    "秘钥请找管理员要，不要发群里",
    "授权码在邮箱设置里生成",
    "密码改成了什么？我忘了",
    # setup screens and codes without a secret
    "Can't scan the QR code? Make sure the camera has permission.",
    "otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example",
    "recovery code format: XXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
    "backup card 4111-1111-1111-1111 expired",
    "BitLocker recovery key ID: 1A2B3C4D",
    "order 123456-234567-345678-456789-567890-678901-789012-890123 shipped",
    f"the key my laptop asked for after the update: {NOT_BITLOCKER}",
    "the license key is in the vault, ask Ops",
    # files, calls and output without a secret
    "<key>IncomingPassword</key>\n<string></string>",
    ".example.com\tTRUE\t/\tFALSE\t1798761600\t_ga\tGA1.2.1234567890.1700000000",
    'Cookie("theme", "dark-mode-enabled")',
    "set PHPSESSID to the value from your browser",
    "$pdo = new PDO($dsn, $user, $pass);",
    "$pdo = new PDO('sqlite:/tmp/app.db');",
    "conn = cx_Oracle.connect(user, password, dsn)",
    "$ wg genkey | tee privatekey | wg pubkey\nxTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=",
    "$ cat README.md\nHello world",
    "$ cat /etc/openvpn/auth.txt\ncat: /etc/openvpn/auth.txt: No such file or directory",
    "echo $VAULT_PASS > ~/.vault_pass.txt",
    "echo 'hello' > notes.txt",
    "vault operator unseal -reset",
    "https://example.com/private-beta/signup",
]


@pytest.mark.parametrize(("text", "secret"), TRUE_POSITIVES)
def test_fresh10_carrier_is_covered(text: str, secret: str) -> None:
    assert covered(text, secret), findings(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_fresh10_near_miss_is_not_a_secret(text: str) -> None:
    assert findings(text) == []
