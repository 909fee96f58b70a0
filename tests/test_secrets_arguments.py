"""Secrets with no key of their own or in shapes the assignment rule cannot read: passwords as
arguments of commands and calls (positional, setters, builders), keys and values as XML
attributes, DSL lines, `.env` values holding `,` or `;`, passphrases of words, a token as a
URL's user, Go's DSN, Chinese phrasings, a private key's body without its PEM lines; each with
the near-misses of the same shape that must not match. Values are ours (seeded generator)."""

from __future__ import annotations

import base64
import random
import string

import pytest

from tests.secret_support import covered, findings

_RNG = random.Random(20261201)
ALNUM = string.ascii_letters + string.digits


def rand(n: int, alphabet: str = ALNUM) -> str:
    return "".join(_RNG.choices(alphabet, k=n))


def password() -> str:
    return rand(5) + _RNG.choice("!#%&*@?") + rand(6)


# (what, text with {v}, value)
SECRETS_IN_PLACE = [
    ("ftplib positional", "ftp = FTP('ftp.acme.test', 'ops', '{v}')", password()),
    ("ldap simple bind", 'l.simple_bind_s("cn=root,dc=acme,dc=test", "{v}")', password()),
    ("AMQP credentials", "pika.PlainCredentials('etl', '{v}')", password()),
    ("mysqli positional", '$db = mysqli_connect("db.acme.test", "shop", "{v}");', password()),
    ("Java setter", 'ds.setPassword("{v}");', password()),
    ("builder call", 'opts.host("db").password("{v}")', password()),
    ("JS setter", "mail.setApiKey('{v}');", rand(36)),
    ("sqlcmd -P", "sqlcmd -S db01 -U sa -P {v} -Q 'select 1'", password()),
    ("ldapsearch -w", "ldapsearch -x -D cn=root -w '{v}' -b dc=acme", password()),
    ("keytool, second flag", "keytool -importkeystore -srcstorepass abc12345 -deststorepass {v}",
     password()),
    ("openssl pass:", "openssl rsa -in k.pem -passin pass:{v} -out plain.pem", password()),
    ("smbclient user%pass", "smbclient //nas/backup -U ops%{v}", password()),
    ("psexec -p", "psexec \\\\app01 -u ACME\\ops -p {v} hostname", password()),
    ("xfreerdp /p:", "xfreerdp /v:10.1.2.3 /u:ops /p:{v}", password()),
    ("plink -pw", "plink -ssh ops@app01 -pw {v} uptime", password()),
    ("zip -P", "zip -P {v} out.zip report.pdf", password()),
    ("7z glued -p", "7z a -p{v} out.7z docs/", password()),
    ("lftp -u user,pass", "lftp -u ops,{v} sftp://files.acme.test", password()),
    ("cmdkey /pass:", "cmdkey /add:nas01 /user:ACME\\ops /pass:{v}", password()),
    ("sqlplus user/pass@", "sqlplus scott_app/{v}@//db01:1521/PDB1", rand(10)),
    ("echo | sudo -S", "echo '{v}' | sudo -S reboot", password()),
    ("echo | --password-stdin", "echo {v} | docker login -u ci --password-stdin ghcr.io",
     password()),
    ("expect / send", 'expect "Password:"\nsend "{v}\\r"', password()),
    ("XML key/value attributes", '<add key="MailPassword" value="{v}" />', password()),
    ("XML name/value attributes", '<property name="password" value="{v}"/>', password()),
    ("XML entry text", '<entry key="jdbc.password">{v}</entry>', password()),
    ("Gradle DSL line", "    keyPassword '{v}'", password()),
    ("wpa_supplicant psk", 'network={{\n  ssid="Lab"\n  psk="{v}"\n}}', password()),
    ("WireGuard preshared key", "PresharedKey = {v}",
     base64.b64encode(_RNG.randbytes(32)).decode()),
    (".env value with , and ;", "SMTP_PASSWORD={v}\nSMTP_HOST=mail", rand(4) + ",x;" + rand(5)),
    ("ODBC braced value", "Driver=x;Uid=etl;Pwd={{{v}}};", rand(4) + ";" + rand(6)),
    ("passphrase of words", 'passphrase: "{v}"', "amber falcon ripple quarry"),
    ("Google app password", "my app password is {v}", "qzvt kxjw pmrd bnhc"),
    ("token as URL user", "git clone https://{v}@git.acme.test/ops/infra.git", rand(40)),
    ("Go MySQL DSN", 'sql.Open("mysql", "shop:{v}@tcp(db:3306)/shop")', password()),
    ("Chinese 設為", "測試機的密碼設為{v}，用完請改掉", password()),
    ("Chinese words before the colon", "金鑰如下：\n{v}", rand(40)),
    ("Chinese parenthesis before the colon", "密码（备用）：{v}", password()),
    ("Chinese user and password in turn", "帳號和密碼分別是 ops 和 {v}", password()),
    ("Chinese 私鑰", "私钥是 {v}", rand(44)),
    ("Latin key, Chinese words, colon", "這個 token 給你測試用：{v}", rand(40)),
]


@pytest.mark.parametrize("what,template,value", SECRETS_IN_PLACE,
                         ids=[c[0] for c in SECRETS_IN_PLACE])
def test_secret_in_place_is_covered(what: str, template: str, value: str) -> None:
    text = template.format(v=value)
    assert covered(text, value), (what, findings(text))


def test_openssh_key_body_without_its_pem_lines() -> None:
    body = base64.b64encode(b"openssh-key-v1\x00" + _RNG.randbytes(300)).decode()
    lines = "\n".join(body[i:i + 70] for i in range(0, len(body), 70))
    text = f"the key without its first and last line:\n{lines}"
    assert covered(text, lines)


NEAR_MISSES = [
    ("setter of a variable", "ds.setPassword(System.getenv(\"DB_PASSWORD\"));"),
    ("getter naming a secret", 'secret = client.get_secret("projects/acme/secrets/db/latest")'),
    ("setter of a placeholder", 'cfg.setPassword("changeme");'),
    ("setter of a field name", 'client.setSecretName("prod-db");'),
    ("XML key that names a setting", '<add key="PasswordMinLength" value="12"/>'),
    ("XML templated value", '<property name="password" value="${db.password}"/>'),
    ("DSL line of a file", "    storeFile file('release.jks')"),
    ("variable piped to sudo", 'echo "$SUDO_PASS" | sudo -S reboot'),
    ("prompted password", "mysql -u root -p\nEnter password:"),
    ("keytool reading the environment", "keytool -list -keystore a.jks -storepass:env KS_PASS"),
    ("7z extract to a folder", "7z x archive.7z -o./out"),
    ("sqlplus as sysdba", "sqlplus / as sysdba"),
    ("anonymous FTP", 'ftp = FTP("ftp.acme.test", "anonymous", "guest@acme.test")'),
    ("Sentry DSN", "dsn: 'https://" + rand(32, "0123456789abcdef") + "@o12345.ingest.sentry.io/67'"),
    ("URL user that is a name", "git clone https://gitlab-ci-token@gitlab.com/acme/app.git"),
    ("prose under a password key", 'password: "must be at least 12 characters"'),
    ("a path under pwd", 'pwd: "C:\\Program Files"'),
    ("app password instructions", "Open the app password page and then click create"),
    ("bcrypt hash", 'password_hash = "$2b$12$' + rand(53, ALNUM + "./") + '"'),
    ("argon2 hash", "hashed_password: '$argon2id$v=19$m=65536,t=3,p=4$" + rand(22) + "$"
     + rand(43) + "'"),
    ("jwt.io's published example",
     "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwi"
     "aWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    ("Chinese rule about passwords", "密碼（至少12位）：請混用大小寫與數字"),
    ("Chinese strength label", "密碼強度：strong"),
    ("Chinese page of keys", "API 金鑰管理頁面：https://console.acme.test/keys"),
    ("WireGuard public key", "PublicKey = " + base64.b64encode(_RNG.randbytes(32)).decode()),
]


@pytest.mark.parametrize("what,text", NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_near_miss_is_not_a_secret(what: str, text: str) -> None:
    assert findings(text) == [], what
