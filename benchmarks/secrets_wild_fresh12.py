"""The twelfth probe of the secrets dev set (`secrets_wild.py --fresh12`).

Written after the fixes for `--fresh11`'s misses (a password's name in other languages, a
`sqlite3` cookie row, Google Authenticator's export, a published calendar's path), without
looking at what those fixes miss, in carriers and values the earlier groups do not use:
passwords told in Italian, Spanish, Portuguese, French, Dutch, Korean and Japanese chat and
mail; Windows' `cmdkey` and `net use`, `redis-cli -a`, `mysql -p` glued to its value, a
Postfix `sasl_passwd` line, macOS' `security find-generic-password -w` output, a git
credential store line, a Jupyter server's token URL, a Google Calendar private address, a
Bitwarden JSON export, a Heroku config listing, a Chrome cookie row read with `sqlite3
-separator`, a KeePass CSV row. The near-misses are those places without a secret: prompts
for a password, environment variables, forgotten-password prose, public feeds, placeholders.

Measured once, not tuned on: 11.76% of secret characters leaked (48 of 408), 3 of 20
secrets out, all entirely: two chat replies under a question (`¿cuál es la contraseña del
wifi de la oficina?` / `pablo: v`, where the `?` ends the sentence before the reply; Korean
slang `비번` for a password), and `security find-generic-password -w`'s printed password; 1 of
12 near-misses blocked (Postfix `smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd`,
a map's path read as the password).
"""

# ruff: noqa: E501  (templates are pasted files and prose)
from __future__ import annotations

import random
import string
from collections.abc import Callable

from benchmarks.secrets_wild import ALNUM, HEXD, URLSAFE, _r

_NOUNS12 = ("Castello", "Girasol", "Jabuti", "Mouette", "Tulpen", "Hanbok", "Sakura", "Fenicottero")


def _pw_told(r: random.Random) -> str:
    """A word, digits and a symbol, in a few orders (a person's password)."""
    w, d, s = r.choice(_NOUNS12), str(r.randint(10, 2031)), r.choice("!#$%&*?@")
    return r.choice((f"{w}{d}{s}", f"{w}{s}{d}", f"{s}{w}{d}"))


GEN12: dict[str, Callable[[random.Random], str]] = {
    "pw12": _pw_told,
    "pw12_pm": lambda r: _r(r, r.randint(14, 22), ALNUM + "!#$%^&*-_+=."),
    "pw12_low": lambda r: r.choice(("girasole", "paloma", "colibri", "nuvem", "haeseong")) + str(r.randint(100, 99999)),
    "jupyter12": lambda r: _r(r, 48, HEXD),
    "gcal12": lambda r: _r(r, 32, HEXD),
    "ghp12": lambda r: "ghp_" + _r(r, 36),
    "chrome_sess12": lambda r: _r(r, 40, URLSAFE),
    "redis12": lambda r: _r(r, 24, string.ascii_letters + string.digits),
}
FILLERS12: set[str] = set()

FRESH12_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("prose", "ciao Marco, la password del router è «pw12», cambiala dopo"),
    ("chat", "[10:02] lucia: ¿cuál es la contraseña del wifi de la oficina?\n[10:03] pablo: «pw12_low»"),
    ("prose", "Oi! A nova senha do e-mail ficou «pw12»"),
    ("mail", "Bonjour,\nvoici vos identifiants : utilisateur jdupont, mot de passe «pw12_pm»\nCordialement"),
    ("prose", "Je hebt een tijdelijk wachtwoord gekregen: «pw12»"),
    ("chat", "민수: 와이파이 비번 뭐였지?\n지은: «pw12_low»"),
    ("mail", "初期パスワード：«pw12_pm»\nログイン後に変更してください。"),
    ("cli", "cmdkey /add:fileserver01 /user:ACME\\svc_print /pass:«pw12»"),
    ("cli", "net use Z: \\\\fileserver01\\finance «pw12» /user:ACME\\ana"),
    ("cli", "redis-cli -h cache.acme.example -p 6379 -a «redis12» --no-auth-warning"),
    ("cli", "mysql -h db.acme.example -u report -p«pw12_pm» analytics"),
    ("dotfile", "# /etc/postfix/sasl_passwd\n[smtp.acme.example]:587 alerts@acme.example:«pw12»"),
    ("cli", "$ security find-generic-password -s 'acme-vpn' -w\n«pw12_pm»"),
    ("dotfile", "$ cat ~/.git-credentials\nhttps://ana:«ghp12»@github.com"),
    ("url", "    To access the server, open this file in a browser:\n    http://127.0.0.1:8888/lab?token=«jupyter12»"),
    ("url", "Secret address in iCal format: https://calendar.google.com/calendar/ical/ana%40acme.example/private-«gcal12»/basic.ics"),
    ("json", '{"items": [{"type": 1, "name": "VPN", "login": {"username": "ana", "password": "«pw12_pm»", "totp": null}}]}'),
    ("cli", "$ heroku config -a acme-api\n=== acme-api Config Vars\nDATABASE_URL: postgres://u8dk2:«pw12_pm»@ec2-52-1-2-3.compute-1.amazonaws.com:5432/d9k"),
    ("cookie", "$ sqlite3 -separator ' = ' Cookies \"select name, value from cookies where host_key like '%acme%'\"\n__Host-session = «chrome_sess12»"),
    ("csv", '"Group","Title","Username","Password","URL"\n"Root","NAS","admin","«pw12»","https://nas.local"'),
)
FRESH12_BENIGN: tuple[tuple[str, str], ...] = (
    ("prose", "Ho dimenticato la password, puoi resettarla?"),
    ("prose", "la contraseña del wifi está pegada en la nevera"),
    ("prose", "パスワードを忘れた場合は、こちらから再設定してください。"),
    ("prose", "비밀번호를 잊으셨나요? 이메일로 재설정 링크를 보내드립니다."),
    ("cli", "cmdkey /list"),
    ("cli", "net use Z: \\\\fileserver01\\finance /user:ACME\\ana *"),
    ("cli", "redis-cli -a \"$REDIS_PASSWORD\" ping"),
    ("cli", "mysql -h db.acme.example -u report -p analytics"),
    ("dotfile", "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd"),
    ("url", "http://127.0.0.1:8888/lab?token=<your-token>"),
    ("url", "https://calendar.google.com/calendar/ical/en.italian%23holiday%40group.v.calendar.google.com/public/basic.ics"),
    ("csv", '"Group","Title","Username","Password","URL"'),
)
