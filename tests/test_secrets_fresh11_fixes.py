"""The fixes for the misses of the eleventh probe (`--fresh11`), each by its general shape:
a password's name in the languages our users write (German, French, Spanish, Portuguese,
Dutch, Japanese, Korean) with their copulas, a cookie row as `sqlite3` prints it
(`name|value`), Google Authenticator's `otpauth-migration://` export, and the drawn
segments of a published calendar's `.ics` path; each with near-misses that must not match
(the same words in benign prose, public feeds, placeholders). Values are ours."""

from __future__ import annotations

import random
import string

import pytest

from tests.secret_support import covered, findings

_RNG = random.Random(20261211)
ALNUM = string.ascii_letters + string.digits


def rand(n: int, alphabet: str = ALNUM) -> str:
    return "".join(_RNG.choices(alphabet, k=n))


PW = "Kestrel4719!"
WORDY = "sommer20481"
SESSION = rand(32, string.ascii_lowercase + string.digits)
HEX = rand(32, "0123456789abcdef")
TOKEN = rand(32)
MIGRATION = rand(60, ALNUM + "+/") + "%3D%3D"

TRUE_POSITIVES = [
    (f"ich habe das Passwort geändert: {PW}", PW),
    (f"das neue Kennwort lautet {PW}", PW),
    (f"Dein WLAN-Passwort ist {WORDY}", WORDY),
    (f"le mot de passe est {PW} (ne le partage pas)", PW),
    (f"mdp: {PW}", PW),
    (f"la contraseña es {PW}", PW),
    (f"a senha do servidor é {WORDY}", WORDY),
    (f"het wachtwoord is {PW}", PW),
    (f"サーバーのパスワードは {PW} です", PW),
    (f"パスワードは「{PW}」です", PW),
    (f"비밀번호는 {PW} 입니다", PW),
    ("暗証番号は 5830 です", "5830"),
    (f"$ sqlite3 Cookies \"select name, value from cookies\"\nsessionid|{SESSION}", SESSION),
    (f"sqlite> select host, name, value from moz_cookies;\n.acme.example|auth_token|{SESSION}",
     SESSION),
    (f"otpauth-migration://offline?data={MIGRATION}", MIGRATION),
    (f"https://outlook.office365.com/owa/calendar/{HEX}@acme.example/{TOKEN}/calendar.ics",
     TOKEN),
    (f"https://outlook.office365.com/owa/calendar/{HEX}@acme.example/{TOKEN}/calendar.ics",
     HEX),
    (f"webcal://cal.acme.example/feeds/{TOKEN}/team.ics", TOKEN),
]

NEAR_MISSES = [
    "das Passwort muss mindestens 12 Zeichen lang sein",
    "Passwort vergessen? Dann klicke auf den Link in der Mail.",
    "le mot de passe est trop court",
    "la contraseña es incorrecta, inténtalo de nuevo",
    "a senha é obrigatória",
    "het wachtwoord is verlopen",
    "パスワードは8文字以上にしてください",
    "비밀번호는 8자 이상이어야 합니다",
    "mdp: voir le post-it sur l'écran",
    "sqlite> select name, value from moz_cookies;\n_ga|GA1.2.1199283.1733000000",
    "login|2026-12-02T10:00:00Z|ok",
    "grep -E 'auth|token|session' app.log",
    "otpauth-migration://offline?data=<DATA>",
    "https://calendar.google.com/calendar/ical/en.usa%23holiday%40group.v.calendar.google.com"
    "/public/basic.ics",
    "https://calendar.acme.example/calendars/team-offsite-schedule-2026/events.ics",
    f"https://calendar.acme.example/shared/{TOKEN}/public/basic.ics",
]


@pytest.mark.parametrize(("text", "secret"), TRUE_POSITIVES)
def test_fresh11_fix_carrier_is_covered(text: str, secret: str) -> None:
    assert covered(text, secret), findings(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_fresh11_fix_near_miss_is_not_a_secret(text: str) -> None:
    assert findings(text) == []
