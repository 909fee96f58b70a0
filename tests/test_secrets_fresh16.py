"""The fixes for the misses of the sixteenth probe (`--fresh16`), each by its general shape:
Mosquitto's clients given `-P PASSWORD` (`-p` is their port), Poetry's stored repository
credentials (`poetry config http-basic.REPO USER PASSWORD`, `pypi-token.REPO TOKEN`), a
call's second string argument after a column of aligning spaces (wp-config's
`define( 'AUTH_KEY',        '...' )`), and Turkish `şifre` with its possessive suffix
(`şifresi`, `şifreniz`, `şifrem`). Near-misses must not match. Values are ours.
"""

from __future__ import annotations

import pytest

from tests.secret_support import covered, findings

PW = "Tarragon-5832!k"
SALT = "Qv3#Lp9(Zx]m;Wk2{Ns8|Hd~Rf.Tc4_Jb+Yg=Ue-Oa*Mi^Pl%Sq!Xn@Vw7<Bt>"

TRUE_POSITIVES = [
    (f"mosquitto_sub -h broker.lan -u meter12 -P {PW} -t house/power/#", PW),
    (f"mosquitto_pub -t a/b -m on --pw {PW} -u relay", PW),
    (f"poetry config http-basic.internal release-bot {PW}", PW),
    ("poetry config pypi-token.testpypi Zk82LmqPwX7nR4tYv0bS", "Zk82LmqPwX7nR4tYv0bS"),
    (f"define( 'LOGGED_IN_KEY',       '{SALT}' );", SALT),
    (f"define('DB_PASSWORD',          '{PW}');", PW),
    (f"Veritabanı şifresi: {PW} (kimseye söyleme)", PW),
    (f"Yeni şifreniz: {PW}", PW),
    # A call's key-value pair, the callee named right before its parenthesis.
    (f'settings.put( "smtp_password", "{PW}")', PW),
    (f"$opts = array('password', '{PW}');", PW),
]

NEAR_MISSES = [
    "mosquitto_sub -h broker.lan -p 1883 -u meter12 -t house/power/#",
    'mosquitto_pub -h broker.lan -u relay -P "$MQTT_PASS" -t a/b -m on',
    "poetry config http-basic.internal release-bot",
    "poetry config virtualenvs.in-project true",
    "define( 'WP_DEBUG',          false );",
    "define( 'DB_PASSWORD',       getenv('WP_DB_PASSWORD') );",
    # Structured cache keys under a bare `key` name: a few separators, repeated.
    'cache_key = "tenant:Zz71:Orders/Open#page=2&sort=desc;rev=14"',
    'key: "acct:5530:Billing/Invoices#view=List&lang=de-AT;v=8"',
    "Şifreniz en az 12 karakter olmalıdır.",
    "Şifresi unutulan hesaplar için sıfırlama bağlantısı gönderilir.",
    # A tuple or list of field names is no call's key and value.
    'REDACT = ("password", "username")',
    "columns = ( 'api_token', 'created_at' )",
]


@pytest.mark.parametrize(("text", "value"), TRUE_POSITIVES)
def test_fresh16_fixes_cover_the_secret(text: str, value: str) -> None:
    assert covered(text, value), findings(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_fresh16_near_misses_are_not_secrets(text: str) -> None:
    assert findings(text) == []
