"""The tenth fresh group of the secrets dev set (`secrets_wild.py --fresh10`), and its probe.

Written before any fix for it, in carriers the earlier groups lack, most of them prose and
chat (where the held-out set leaks): passwords told with no `password=` key (`the wifi is v`,
`log into the NAS as alice, pass is v`, `it's now v`, `set to v`, a PIN or a door code, a
passphrase after a dash, a Login-details block with no colons); recovery codes of several
vendors' shapes (Microsoft's five groups of five, BitLocker's eight groups of six digits,
Apple's recovery key, a numbered list of backup codes); TOTP seeds (an `otpauth://` URL in a
password manager's CSV export, `Can't scan? Enter this key`, `pyotp.TOTP("...")`); mail
clients' settings (an Apple `.mobileconfig` plist, a settings screen copied as columns,
QQ Mail's 授权码); DSNs in more drivers and calls (ClickHouse, PHP's PDO, Perl's DBI,
cx_Oracle's `user/password@`, a percent-encoded password); `.netrc` with several machines,
`.pgpass` with an escaped colon, Dovecot's `{PLAIN}` passwd-file; registry logins given as
`--creds user:v` (skopeo, buildah); WireGuard's `wg genkey` output, an OpenVPN
`auth-user-pass` file shown with `cat`; an OpenSSH and a PKCS#1 key body pasted without their
header line, a PGP private block with CRLF and a Comment header; Terraform's `.tfvars.json`
(a Scaleway secret key is a UUID) and Ansible (a `vault view` output, a vault password file
written by `echo`); secrets in URLs (a private iCal feed's path, a presigned S3 URL's
signature, a GitLab `private_token`); browser devtools' copies (the headers panel with name
and value on separate lines, Copy as fetch, Copy as PowerShell's `System.Net.Cookie`, Copy
as cURL (cmd) with `^"` quoting); cookies in a Netscape `cookies.txt`, in the Application
tab's rows, in chat; webhooks in an Alertmanager config, prose, a Power Automate URL's `sig`;
and Chinese prompts (`改成了 v`, `秘钥`, `用户名 admin 密码 v` with spaces, a PIN, an
authenticator key, AppSecret).

The near-misses are what those places hold that is no secret: placeholders, redacted and
masked values (`••••••••`, `[REDACTED]`, `******`), hashes shown as checksums or stored as
`$apr1$` / `{SSHA}`, UUIDs that are ids, public keys (WireGuard's, `ssh-ed25519`), PGP
messages and signatures (ciphertext and signatures, no key), the TOTP documentation example
`JBSWY3DPEHPK3PXP`, and prose about where a password is.

Values are drawn from `secrets_wild`'s seeded generator with this module's own generators,
each in its format (a WireGuard key is clamped Curve25519 scalar bytes, a BitLocker group a
multiple of 11, an OpenSSH body opens with `openssh-key-v1`).

Measured once before any fix: 18.34% of secret characters leaked, 35 of 70 secrets out (33
entirely), 1 of 23 near-misses blocked (an LDAP `userPassword: {SSHA}...` hash); after the
fixes (`secrets_told.py`, `secrets_files.py`): 0.0%, none out, none flagged.

`FRESH11_*` is the probe written after those fixes (`--fresh11`: other carriers and values,
written without looking at what the fixes miss), measured once: 15.81% leaked, 5 of 31
secrets out (a German `Passwort geändert: v`, a `sqlite3` dump of `moz_cookies` as
`name|value`, Google Authenticator's `otpauth-migration://offline?data=` export, the two
secrets in an Outlook published-calendar URL's path), 0 of 15 near-misses flagged.
"""

# ruff: noqa: E501  (templates are pasted files and prose)
from __future__ import annotations

import base64
import random
import string
import struct
import uuid
from collections.abc import Callable
from urllib.parse import quote

from benchmarks.secrets_wild import ALNUM, B64, HEXD, URLSAFE, _r

_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_WORDS = ("tundra", "velvet", "spoon", "orbit", "candle", "mossy", "harbor", "pickle", "lantern",
          "gravel", "quiver", "saffron", "walrus", "cobalt", "meadow", "trumpet", "biscuit", "canyon")
_NOUNS = ("Lighthouse", "Pancake", "Otter", "Sparrow", "Granite", "Tulip", "Rocket", "Walnut")
_PINYIN = ("huanghe", "xiaomao", "laowang", "tiantian", "chenfei", "dongfang", "beibei")


def _rb(r: random.Random, n: int) -> bytes:
    return bytes(r.getrandbits(8) for _ in range(n))


def _pw_human(r: random.Random) -> str:
    """A password a person picks: a word, digits and a symbol in one of a few orders."""
    w, d, s = r.choice(_NOUNS), str(r.randint(10, 2029)), r.choice("!#$%&*?@")
    return r.choice((f"{w}{d}{s}", f"{s}{w}{d}", f"{w}{s}{d}", f"{w[:4]}{d}{w[4:].upper()}{s}"))


def _pw_manager(r: random.Random) -> str:
    """A password manager's: 16-20 random characters with symbols."""
    return _r(r, r.randint(16, 20), ALNUM + "!#$%^&*-_+=")


def _pw_dice(r: random.Random) -> str:
    return "-".join(r.sample(_WORDS, r.randint(3, 4)))


def _pw_lower(r: random.Random) -> str:
    return r.choice(_WORDS) + str(r.randint(100, 99999))


def _pw_cn(r: random.Random) -> str:
    return r.choice((r.choice(_PINYIN) + str(r.randint(1980, 2005)) + r.choice("@#!"),
                     r.choice(_PINYIN).capitalize() + "@" + str(r.randint(1000, 9999))))


def _wg_private(r: random.Random) -> str:
    k = bytearray(_rb(r, 32))
    k[0] &= 248
    k[31] = (k[31] & 127) | 64
    return base64.b64encode(bytes(k)).decode()


def _sshstr(b: bytes | str) -> bytes:
    b = b.encode() if isinstance(b, str) else b
    return struct.pack(">I", len(b)) + b


def _openssh_body(r: random.Random, lines: int | None = None) -> str:
    """An unencrypted ed25519 key in OpenSSH's format, base64 in 70-column lines."""
    pub = _rb(r, 32)
    pub_blob = _sshstr("ssh-ed25519") + _sshstr(pub)
    check = _rb(r, 4)
    priv = check + check + pub_blob + _sshstr(_rb(r, 32) + pub) + _sshstr("ana@laptop")
    priv += bytes(range(1, 1 + (-len(priv) % 8)))
    raw = (b"openssh-key-v1\x00" + _sshstr("none") + _sshstr("none") + _sshstr(b"")
           + struct.pack(">I", 1) + _sshstr(pub_blob) + _sshstr(priv))
    body = base64.b64encode(raw).decode()
    out = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "\n".join(out[:lines] if lines else out)


def _pkcs1_body(r: random.Random, lines: int = 8) -> str:
    body = base64.b64encode(bytes.fromhex("308204a302010002820101") + b"\x00" + _rb(r, 1180)).decode()
    return "\n".join(body[i:i + 64] for i in range(0, 64 * lines, 64))


def _pgp_crlf(r: random.Random) -> str:
    body = base64.b64encode(b"\x95\x03\xc6\x04" + _rb(r, 640)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "\r\n".join(["-----BEGIN PGP PRIVATE KEY BLOCK-----", "Comment: ana@acme.example (backup)", "",
                        *lines, "=" + _r(r, 4, B64), "-----END PGP PRIVATE KEY BLOCK-----"])


def _bitlocker(r: random.Random) -> str:
    return "-".join(f"{11 * r.randint(0, 65535):06d}" for _ in range(8))


def _ms_recovery(r: random.Random) -> str:
    return "-".join(_r(r, 5, "BCDFGHJKMPQRTVWXY2346789") for _ in range(5))


def _uuid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


GEN10: dict[str, Callable[[random.Random], str]] = {
    "pw_h": _pw_human,
    "pw_pm": _pw_manager,
    "pw_dice": _pw_dice,
    "pw_low": _pw_lower,
    "pw_cn": _pw_cn,
    "pw_pm_url": lambda r: quote(_pw_manager(r), safe=""),
    "pw_colon": lambda r: _r(r, 5) + "\\:" + _r(r, 6) + r.choice("!#%"),
    "pin4": lambda r: f"{r.randint(0, 9999):04d}",
    "pin6": lambda r: f"{r.randint(0, 999999):06d}",
    "totp": lambda r: _r(r, 32, _B32),
    "totp16": lambda r: _r(r, 16, _B32),
    "totp_g": lambda r: " ".join(_r(r, 4, _B32.lower()) for _ in range(8)),
    "bitlocker": _bitlocker,
    "ms_recovery": _ms_recovery,
    "apple_rk": lambda r: "-".join(_r(r, 4, string.ascii_uppercase + string.digits) for _ in range(7)),
    "backup_list": lambda r: "\n".join(f"{i}. {_r(r, 4, string.ascii_lowercase + string.digits)}-{_r(r, 4, string.ascii_lowercase + string.digits)}" for i in range(1, 9)),
    "qq_auth": lambda r: _r(r, 16, string.ascii_lowercase),
    "fm_app": lambda r: _r(r, 16, string.ascii_lowercase + string.digits),
    "wg_priv": _wg_private,
    "openssh_part": lambda r: _openssh_body(r, 4),
    "pkcs1_part": _pkcs1_body,
    "pgp_crlf": _pgp_crlf,
    "scw_secret": _uuid,
    "hcloud": lambda r: _r(r, 64),
    "linode": lambda r: _r(r, 64, HEXD),
    "aws_key": lambda r: "AKIA" + _r(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    "aws_sec": lambda r: _r(r, 40, B64),
    "glpat20": lambda r: _r(r, 20, URLSAFE),
    "hex32": lambda r: _r(r, 32, HEXD),
    "hex64": lambda r: _r(r, 64, HEXD),
    "tok40": lambda r: _r(r, 40),
    "tok43": lambda r: _r(r, 43, URLSAFE),
    "tok32": lambda r: _r(r, 32),
    "opaque": lambda r: _r(r, 8, HEXD) + "." + _r(r, 56, URLSAFE),
    "django_sess": lambda r: _r(r, 32, string.ascii_lowercase + string.digits),
    "jsess": lambda r: _r(r, 32, "0123456789ABCDEF"),
    "phpsess": lambda r: _r(r, 26, "abcdefghijklmnopqrstuv0123456789"),
    "slack_hook10": lambda r: f"https://hooks.slack.com/services/T0{_r(r, 8, string.ascii_uppercase + string.digits)}/B0{_r(r, 9, string.ascii_uppercase + string.digits)}/{_r(r, 24)}",
    "discord_hook10": lambda r: f"https://discordapp.com/api/webhooks/{r.randint(10**18, 10**19 - 1)}/{_r(r, 68, URLSAFE)}",
    "teams_legacy": lambda r: f"https://acmecorp.webhook.office.com/webhookb2/{_uuid(r)}@{_uuid(r)}/IncomingWebhook/{_r(r, 32, HEXD)}/{_uuid(r)}",
    "flow_sig": lambda r: _r(r, 43, URLSAFE),
    "ali_id10": lambda r: "LTAI5t" + _r(r, 18),
    "ali_sec10": lambda r: _r(r, 30),
    "wx_secret": lambda r: _r(r, 32, HEXD),
    # fillers
    "uuid10": _uuid,
    "sha256_10": lambda r: _r(r, 64, HEXD),
    "md5_10": lambda r: _r(r, 32, HEXD),
    "sha40": lambda r: _r(r, 40, HEXD),
    "wg_pub10": lambda r: base64.b64encode(_rb(r, 32)).decode(),
    "ed_pub": lambda r: base64.b64encode(_sshstr("ssh-ed25519") + _sshstr(_rb(r, 32))).decode(),
    "pgp_msg": lambda r: "\n".join(base64.b64encode(b"\x84\x5e\x03" + _rb(r, 300)).decode()[i:i + 64] for i in range(0, 400, 64)),
    "apr1": lambda r: "$apr1$" + _r(r, 8, ALNUM + "./") + "$" + _r(r, 22, ALNUM + "./"),
    "ssha": lambda r: "{SSHA}" + base64.b64encode(_rb(r, 24)).decode(),
    "key_id8": lambda r: _r(r, 8, "0123456789ABCDEF"),
}
FILLERS10 = {"uuid10", "sha256_10", "md5_10", "sha40", "wg_pub10", "ed_pub", "pgp_msg", "apr1", "ssha", "key_id8"}

FRESH10_TEMPLATES: tuple[tuple[str, str], ...] = (
    # passwords told in prose and chat, no `password=` key
    ("prose", "btw the wifi is «pw_dice» (all lowercase, with the dashes)"),
    ("prose", "You can log into the NAS as alice, pass is «pw_low»."),
    ("prose", "I changed the router admin password, it's now «pw_h» — write it down somewhere safe."),
    ("prose", "Hello Ana,\n\nYour temporary password has been set to «pw_pm». You will be asked to change it at first sign-in.\n\nIT Service Desk"),
    ("prose", "The PIN for the door keypad is «pin6» and the alarm code is «pin4»."),
    ("prose", "ssh key passphrase — «pw_dice»"),
    ("chat", "[09:14] kim: whats the pw for the printer admin page\n[09:15] lee: «pw_low» lol\n[09:15] kim: thx"),
    ("chat", "creds for the staging box: deploy@10.2.0.4, «pw_h»"),
    ("chat", "u: admin  p: «pw_h»"),
    ("chat", "My bank card PIN is «pin4», can you suggest a mnemonic so I don't forget it?"),
    ("chat", "sudo on the build box is the same as before: «pw_h»"),
    ("mail", "Your login details are below.\n\n    Username    jsmith\n    Password    «pw_pm»\n\nPlease keep them safe."),
    # recovery codes
    ("recovery", "Microsoft account recovery code: «ms_recovery»"),
    ("recovery", "BitLocker asked for the key after the BIOS update; the one from my account page is «bitlocker»"),
    ("recovery", "Apple ID recovery key (printed it, but just in case): «apple_rk»"),
    ("recovery", "Here are my Proton backup codes, can you format them as a table?\n«backup_list»"),
    # TOTP seeds
    ("totp", "title,username,password,otp\nAWS root,root@acme.example,«pw_pm»,otpauth://totp/AWS:root?secret=«totp»&issuer=AWS"),
    ("totp", "Can't scan the QR code? Enter this key in your app instead:\n«totp_g»"),
    ("totp", "import pyotp\nprint(pyotp.TOTP(\"«totp16»\").now())"),
    # mail clients
    ("mail-client", "<dict>\n  <key>EmailAccountType</key>\n  <string>EmailTypeIMAP</string>\n  <key>IncomingMailServerHostName</key>\n  <string>imap.acme.example</string>\n  <key>IncomingPassword</key>\n  <string>«pw_h»</string>\n</dict>"),
    ("mail-client", "Server Name  smtp.office365.com   Port  587   User Name  ana@acme.example   Password  «pw_pm»"),
    ("mail-client", "QQ邮箱的 SMTP 授权码是 «qq_auth»，发件服务器 smtp.qq.com 端口 465"),
    ("mail-client", "Fastmail app password for Thunderbird (IMAP only): «fm_app»"),
    # DSNs in more drivers and calls
    ("dsn", "CLICKHOUSE_URL=clickhouse://default:«pw_h»@ch.internal:9000/analytics"),
    ("dsn", "$pdo = new PDO('pgsql:host=db;dbname=shop', 'shop', '«pw_h»');"),
    ("dsn", 'my $dbh = DBI->connect("dbi:mysql:database=crm;host=db", "crm", "«pw_pm»");'),
    ("dsn", 'conn = cx_Oracle.connect("hr/«pw_h»@dbhost:1521/ORCLPDB1")'),
    ("dsn", "DATABASE_URL=postgres://app:«pw_pm_url»@pg.internal:5432/app"),
    # dotfiles
    ("netrc", "$ cat ~/.netrc\nmachine github.com login ana password «tok40»\nmachine api.fly.io\n\tlogin ana@acme.example\n\tpassword «tok43»"),
    ("pgpass", "db.internal:5432:*:report:«pw_colon»"),
    ("passwd-file", "# /etc/dovecot/users\nana@acme.example:{PLAIN}«pw_h»:1000:1000::/home/ana"),
    # registry logins
    ("registry", "skopeo copy --dest-creds ci:«pw_pm» docker-archive:app.tar docker://registry.acme.example/app:1.4"),
    ("registry", "buildah push --creds ana:«tok40» localhost/app docker://quay.io/acme/app"),
    # VPN keys
    ("vpn", "$ wg genkey | tee privatekey\n«wg_priv»"),
    ("vpn", "auth-user-pass /etc/openvpn/creds.txt\n\n$ cat /etc/openvpn/creds.txt\nvpn_ana\n«pw_h»"),
    # private keys pasted partly, PGP
    ("key-part", "does this look like a valid key? first lines:\n«openssh_part»"),
    ("key-part", "copying the body without the header, it's:\n«pkcs1_part»"),
    ("pgp", "«pgp_crlf»"),
    # Terraform and Ansible
    ("tfvars", '{\n  "hcloud_token": "«hcloud»",\n  "scw_secret_key": "«scw_secret»",\n  "linode_token": "«linode»"\n}'),
    ("ansible", "$ ansible-vault view group_vars/prod/vault.yml\nVault password:\nvault_db_password: «pw_h»\nvault_aws_secret_key: «aws_sec»"),
    ("ansible", "echo '«pw_pm»' > ~/.vault_pass.txt && chmod 600 ~/.vault_pass.txt"),
    # secrets in URLs
    ("url", "subscribe to https://calendar.google.com/calendar/ical/ana%40acme.example/private-«hex32»/basic.ics in Outlook"),
    ("url", "https://acme-exports.s3.eu-west-1.amazonaws.com/q3.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261202T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=«hex64»"),
    ("url", "curl 'https://gitlab.acme.example/api/v4/projects/42/jobs/artifacts/main/download?job=build&private_token=«glpat20»' -o a.zip"),
    # browser devtools
    ("devtools", ":authority\napi.acme.example\n:method\nGET\naccept\napplication/json\nauthorization\nBearer «opaque»\nuser-agent\nMozilla/5.0"),
    ("devtools", 'fetch("https://api.acme.example/v1/me", {\n  "headers": {\n    "accept": "*/*",\n    "x-auth-token": "«tok40»"\n  },\n  "method": "GET"\n});'),
    ("devtools", '$session.Cookies.Add((New-Object System.Net.Cookie("sessionid", "«django_sess»", "/", "app.acme.example")))'),
    ("devtools", 'curl ^"https://api.acme.example/v1/orders^" ^\n  -H ^"authorization: Bearer «tok43»^" ^\n  -H ^"accept: application/json^"'),
    # cookies
    ("cookie", "# Netscape HTTP Cookie File\n.app.acme.example\tTRUE\t/\tTRUE\t1798761600\tsessionid\t«django_sess»"),
    ("cookie", "Name\tValue\tDomain\tPath\tExpires\nJSESSIONID\t«jsess»\tshop.acme.example\t/\tSession"),
    ("cookie", "if you want to test as me just set PHPSESSID to «phpsess» in your browser"),
    # webhooks
    ("webhook", "receivers:\n  - name: ops\n    slack_configs:\n      - api_url: «slack_hook10»\n        channel: '#alerts'"),
    ("webhook", "post the nightly build result to «discord_hook10» please"),
    ("webhook", "Teams connector for #release: «teams_legacy»"),
    ("webhook", "https://prod-27.westeurope.logic.azure.com:443/workflows/«hex32»/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=«flow_sig»"),
    # Chinese
    ("zh", "服务器 root 密码改成了«pw_cn»，记得更新文档"),
    ("zh", "阿里云 AccessKey ID：«ali_id10»，AccessKey Secret：«ali_sec10»"),
    ("zh", "秘钥发你：«tok32»"),
    ("zh", "用户名 admin 密码 «pw_cn»"),
    ("zh", "手机开机密码是 «pin6»"),
    ("zh", "这是我的 Google 身份验证器密钥：«totp_g»"),
    ("zh", "微信小程序 AppSecret 是 «wx_secret»"),
)

FRESH10_BENIGN: tuple[tuple[str, str], ...] = (
    ("prose", "the wifi password is on the sticker under the router"),
    ("prose", "Your PIN is 4 to 6 digits; the bank will never ask for it."),
    ("prose", "You can log into the NAS as alice with your usual password."),
    ("mail-client", "Incoming server: imap.acme.example  Port: 993  Username: ana@acme.example  Password: ••••••••  (click the eye to reveal)"),
    ("masked", "DB_PASSWORD=[REDACTED]\nAPI_KEY=sk-****************************a1b2"),
    ("masked", "密码：******（已隐藏）"),
    ("placeholder", "authorization\nBearer <token>\naccept\napplication/json"),
    ("placeholder", "https://discord.com/api/webhooks/<webhook-id>/<webhook-token>"),
    ("placeholder", "hostname:port:database:username:password"),
    ("placeholder", "echo $CR_PAT | docker login ghcr.io -u ana --password-stdin"),
    ("hash", "SHA-256 checksum: «sha256_10»\nMD5 (setup.exe) = «md5_10»"),
    ("hash", "# /etc/nginx/.htpasswd\nadmin:«apr1»"),
    ("hash", "dn: uid=ana,ou=people,dc=acme,dc=example\nuserPassword: «ssha»"),
    ("hash", "see https://github.com/acme/app/commit/«sha40»?diff=split"),
    ("id", "Tenant ID: «uuid10»\nSubscription ID: «uuid10#2»\nClient ID: «uuid10#3»"),
    ("id", "BitLocker recovery key ID: «key_id8» (the key itself is in your Microsoft account)"),
    ("public", "[Peer]\nPublicKey = «wg_pub10»\nAllowedIPs = 10.8.0.0/24\nEndpoint = vpn.acme.example:51820"),
    ("public", "ssh-ed25519 «ed_pub» ana@laptop"),
    ("public", "-----BEGIN PGP MESSAGE-----\n\n«pgp_msg»\n=Xy7Q\n-----END PGP MESSAGE-----"),
    ("doc", "The otpauth example from the Key Uri Format page: otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"),
    ("doc", "Store your recovery codes somewhere safe; each one can be used only once."),
    ("zh", "密码至少 8 位，需包含大小写字母和数字。"),
    ("zh", "请把 AccessKey Secret 填到 .env 里，不要发群里。"),
)


def _otp_migration(r: random.Random) -> str:
    # Google Authenticator's export: a protobuf of accounts, each with its raw seed, base64 then
    # percent-encoded into `otpauth-migration://offline?data=`.
    raw = b"\n" + bytes([44]) + b"\n\x14" + _rb(r, 20) + b"\x12\x0bana@example" + b"\x1a\x04Acme" + b" \x01(\x010\x02"
    return quote(base64.b64encode(raw).decode(), safe="")


GEN10.update({
    "pw_h2": _pw_human,
    "pw_pm2": _pw_manager,
    "pw_low2": _pw_lower,
    "pin5": lambda r: f"{r.randint(10000, 99999)}",
    "otp_mig": _otp_migration,
    "op_secret": lambda r: "A3-" + "-".join(_r(r, n, "ABCDEFGHJKLMNPQRSTVWXYZ23456789") for n in (6, 6, 5, 5, 5, 5)),
    "pypi_tok": lambda r: "pypi-AgEIcHlwaS5vcmc" + _r(r, 100, URLSAFE),
    "docker_auth": lambda r: base64.b64encode(f"ana:{_pw_manager(r)}".encode()).decode(),
    "sess_tok": lambda r: _r(r, 40, URLSAFE),
    "basic_b64": lambda r: base64.b64encode(f"svc-report:{_pw_human(r)}".encode()).decode(),
    "mm_hook10": lambda r: "https://chat.acme.example/hooks/" + _r(r, 26, string.ascii_lowercase + string.digits),
})

# The probe: written after the fixes for the group above, measured once (`--fresh11`).
FRESH11_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("chat", "Q: what did IT set the new password to?\nA: «pw_h2»"),
    ("mail", "Account: j.doe\nInitial password — «pw_pm2»\nPlease change it on first login."),
    ("prose", "psst… the root pw on the old NAS was «pw_low2», in case you need the backups"),
    ("prose", "Hey, can you check my account? email is ana@acme.example and the password is below\n«pw_h»"),
    ("prose", "ich habe das Passwort geändert: «pw_h2»"),
    ("prose", "The garage keypad code is «pin5» now (I changed it Sunday)."),
    ("prose", "the shared drive password is the same as last year's plus 1: «pw_h»"),
    ("dotfile", "default login ana password «pw_pm»"),
    ("dotfile", "[pypi]\n  username = __token__\n  password = «pypi_tok»"),
    ("dotfile", '{\n  "auths": {\n    "registry.acme.example": {\n      "auth": "«docker_auth»"\n    }\n  }\n}'),
    ("har", '{"name": "authorization", "value": "Basic «basic_b64»"}'),
    ("devtools", "const res = await fetch(url, { headers: { Authorization: 'Basic «basic_b64»' } });"),
    ("cookie", 'document.cookie = "session_token=«sess_tok»; path=/; secure";'),
    ("cookie", '$ sqlite3 cookies.sqlite "select name, value from moz_cookies where host like \'%acme%\'"\nsessionid|«django_sess»\n_ga|GA1.2.1199283.1733000000'),
    ("webhook", "the webhook for #deploys is «slack_hook10»"),
    ("webhook", "MATTERMOST_HOOK=«mm_hook10»"),
    ("zh", "我把 WiFi 密码设成了 «pw_low»"),
    ("zh", "管理员账号 root，初始密码 «pw_cn»"),
    ("zh", "口令：«pw_h2»（区分大小写）"),
    ("zh", "密碼我改成 «pw_h» 了"),
    ("zh", "這是 API 金鑰：«tok40»"),
    ("recovery", "1Password Secret Key: «op_secret»"),
    ("totp", "exported from Google Authenticator: otpauth-migration://offline?data=«otp_mig»"),
    ("dsn", 'db, err := sql.Open("postgres", "user=app password=«pw_h» dbname=app sslmode=disable")'),
    ("cli", "kubectl create secret generic db-creds --from-literal=username=app --from-literal=password=«pw_pm»"),
    ("cli", "TF_VAR_db_password='«pw_h2»' terraform apply"),
    ("cli", "ansible-playbook site.yml -i prod -e 'ansible_ssh_pass=«pw_h»'"),
    ("key", "here's my id_ed25519 (I know, I know):\n-----BEGIN OPENSSH PRIVATE KEY-----\n«openssh_part»\n..."),
    ("vpn", "[Interface]\nPrivateKey=«wg_priv»\nListenPort=51820"),
    ("url", "https://outlook.office365.com/owa/calendar/«hex32»@acme.example/«tok32»/calendar.ics"),
)
FRESH11_BENIGN: tuple[tuple[str, str], ...] = (
    ("prose", "the new password must differ from your last five"),
    ("chat", "Q: what did IT set the new password to?\nA: no idea, ask Sam"),
    ("prose", "wifi password: see the sticker on the router"),
    ("masked", "PIN: ****  (hidden)"),
    ("placeholder", "session_token=<redacted>"),
    ("placeholder", 'db, err := sql.Open("postgres", "user=app password=${PGPASSWORD} dbname=app")'),
    ("placeholder", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"),
    ("hash", "sha1: «sha40»"),
    ("hash", "commit «sha40» fixes the login bug"),
    ("cookie", '$ sqlite3 cookies.sqlite "select name from moz_cookies"\n_ga\n_gid'),
    ("zh", "验证码已发送到你的手机，请在 10 分钟内输入。"),
    ("zh", "密碼我改好了，晚點告訴你"),
    ("public", "ed25519 public key: ssh-ed25519 «ed_pub»"),
    ("id", "tenant «uuid10» is the one to use"),
    ("prose", "Your verification code expires in 10 minutes."),
)
