"""The fixes for the misses of the fourteenth and fifteenth probes (`--fresh14`, `--fresh15`),
each by its general shape:
network gear's configuration (Cisco IOS `secret 0` / `password 7`, TACACS and RADIUS keys, an
SNMP community that is not a factory default); a passphrase of lower-case words after its
name; a string literal holding escaped quotes (JSON pasted inside JSON, a notebook cell's
source) read with its escapes undone, its findings mapped back to the escaped text; C's
`#define KEY "v"`; a string prefix before the quote (`@"v"`, `b'v'`); a bare generated
password of all four character classes under a token's name; `creds for X: user/password`.
Near-misses must not match. Values are ours.
"""

from __future__ import annotations

import json

import pytest

from sovereign_guard.detect.decode import decoded_views
from sovereign_guard.detect.normalize import normalize
from tests.secret_support import covered, findings

PW = "Cobalt-4471!q"
HEX7 = "0822455D0A16"

TRUE_POSITIVES = [
    (f"hostname edge-rtr-02\nusername netadmin privilege 15 secret 0 {PW}", PW),
    (f"enable secret 0 {PW}", PW),
    (f"username ops password 7 {HEX7}", HEX7),
    (f"tacacs-server host 10.1.1.5 key {PW}", PW),
    (f"radius-server key {PW}", PW),
    (f" wpa-psk ascii 0 {PW}", PW),
    ("snmp-server community Nm8qWx2Lp RW", "Nm8qWx2Lp"),
    ("snmp-server community ops-r3ad0nly RO 10", "ops-r3ad0nly"),
    ("The vault passphrase is copper violin harbor lemon (all lower case).",
     "copper violin harbor lemon"),
    ("passphrase: river stone quiet maple", "river stone quiet maple"),
    ('backup pass phrase = "tundra orbit canyon sparrow falcon"',
     "tundra orbit canyon sparrow falcon"),
    (f'#define DB_PASS "{PW}"\n#define DB_HOST "10.0.3.9"', PW),
    ("NSString *apiPassword = @\"DxGxdDfqhuHb*eMcwY=+VqgF\";", "DxGxdDfqhuHb*eMcwY=+VqgF"),
    ('string connPassword = @"Qm7-Zr2!kP";', "Qm7-Zr2!kP"),
    ("SESSION_SECRET = b'Xk9mQ2vLp8RtW4zN7bYc'", "Xk9mQ2vLp8RtW4zN7bYc"),
    ("ARG NPM_TOKEN=5o0FbUth7VM9#v3+OXX5", "5o0FbUth7VM9#v3+OXX5"),
    ("secret_key = H2cVV33mk*M+QlZuRWmMhh", "H2cVV33mk*M+QlZuRWmMhh"),
    ("creds for the test tenant: qa_admin/Quill!184 (don't share)", "Quill!184"),
]

NEAR_MISSES = [
    "enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCTY3oFhs3ZzV1xYc",
    "enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0",
    "username ops secret 8 $8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs",
    "snmp-server community public RO",
    "snmp-server community private RW",
    "no snmp-server community",
    "the passphrase is stored in vault under the ops team",
    "Your passphrase is required for every login attempt",
    "The passphrase must contain four random words",
    "passphrase: minimum twelve characters and no reuse",
    "the passphrase is case sensitive",
    "#define PASSWORD_MAX_LEN 128",
    '#define PASSWORD_FIELD "password"',
    "#define SECRET_KEY_SIZE 64",
    'NSString *tokenName = @"accessToken";',
    "secret_key = Xy7!Xy7!Xy7!Xy7!",
    "secret_key = ${SECRET_KEY:-dev}",
    "my creds for the vpn: see the wiki/onboarding",
    "login for prod: admin/changeme",
]


@pytest.mark.parametrize(("text", "secret"), TRUE_POSITIVES)
def test_fresh14_fix_carrier_is_covered(text: str, secret: str) -> None:
    assert covered(text, secret), findings(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_fresh14_fix_near_miss_is_not_a_secret(text: str) -> None:
    assert findings(text) == []


# ---- escaped quotes ------------------------------------------------------------------------

_BODY = json.dumps({"username": "ops", "password": PW})
ESCAPED = [
    json.dumps({"event": "login_failed", "raw": _BODY}),  # JSON inside a JSON string
    json.dumps({"cell_type": "code", "source": ["import os\n", f'os.environ["DB_PASS"] = "{PW}"\n']}),
    f'log: "client sent \\"password\\": \\"{PW}\\" twice"',
]


@pytest.mark.parametrize("text", ESCAPED)
def test_escaped_quotes_are_read_unescaped(text: str) -> None:
    views = decoded_views(normalize(text))
    assert views, text
    view = views[0]
    assert f'"{PW}"' in view.text and '\\"' not in view.text
    # the value maps back to itself in the original, and each quote to its escape
    start = view.text.index(PW)
    a, b = view.span(start, start + len(PW))
    assert text[a:b] == PW
    q = view.span(start - 1, start)
    assert text[q[0]:q[1]] == '\\"'


@pytest.mark.parametrize("text", ESCAPED)
def test_escaped_secret_is_redacted_on_the_wire(guard, text: str) -> None:
    p = guard.protect(text)
    assert p.blocked or PW not in p.texts[0]


@pytest.mark.parametrize("text", [
    json.dumps({"raw": json.dumps({"username": "ops", "password": ""})}),
    json.dumps({"raw": json.dumps({"password": "${DB_PASSWORD}"})}),
    json.dumps({"source": ['print("hello, world")\n']}),
])
def test_escaped_near_misses_are_not_secrets(guard, text: str) -> None:
    assert not [f for f in guard.protect(text).findings if f.type == "SECRET"]


def test_escaped_strings_are_found_in_linear_time() -> None:
    # an unterminated escaped line and a long escaped document: one pass each, whatever
    # the number of quotes (a regex per quote was quadratic); bounded in size, not in time
    assert decoded_views(normalize('"' + '\\"a' * 20000)) == []
    inner = json.dumps({f"k{i}": f"value {i}" for i in range(3000)})
    (view,) = decoded_views(normalize(json.dumps({"raw": inner})))
    assert inner in view.text


def test_no_escape_no_view() -> None:
    assert decoded_views(normalize('He said "yes" and "no" and left \\ early')) == []
