"""The fixes for the misses of the eighteenth probe (`--fresh18`), each by its general shape:
strongSwan's `ipsec.secrets` (`selectors : PSK|EAP|XAUTH|NTLM secret`), a mail or file
protocol session captured as text (IMAP `TAG LOGIN user password`, POP3 / FTP `PASS v`,
SASL `AUTH PLAIN <base64 of NUL user NUL password>` and SASL LOGIN's answer to
`334 UGFzc3dvcmQ6`), PgBouncer's `userlist.txt` (`"user" "password"`), and a key and its
quoted value as an Erlang or Elixir tuple (`{default_pass, <<"v">>}`, `{:password, "v"}`).
Near-misses must not match. Values are ours, not the probe's.
"""

from __future__ import annotations

import base64

import pytest

from tests.secret_support import covered, findings

PW = "Juniper_7710#q"
PLAIN = base64.b64encode(b"\0noc@corp.test\0" + PW.encode()).decode()
LOGIN_B64 = base64.b64encode(PW.encode()).decode()

TRUE_POSITIVES = [
    (f': PSK "{PW}"', PW),
    ("vpn-gw.corp.test 203.0.113.9 : PSK 0x7be1c04a93f2d5e8a61c", "0x7be1c04a93f2d5e8a61c"),
    (f'dave : XAUTH "{PW}"', PW),
    (f'%any : EAP "{PW}"', PW),
    (f"* OK IMAP4rev1 ready\nb7 LOGIN k.adeyemi {PW}\nb7 OK done", PW),
    (f'C: x1 LOGIN "k.adeyemi" "{PW}"', PW),
    (f"USER mirror\nPASS {PW}\n+OK maildrop ready", PW),
    (f"---> PASS {PW}\n230 User logged in", PW),
    (f"C: AUTH PLAIN {PLAIN}\nS: 235 ok", PLAIN),
    (f"t3 AUTHENTICATE PLAIN {PLAIN}", PLAIN),
    (f"S: 334 VXNlcm5hbWU6\nC: bm9jQGNvcnAudGVzdA==\nS: 334 UGFzc3dvcmQ6\nC: {LOGIN_B64}\n",
     LOGIN_B64),
    (f'"billing" "{PW}"\n"audit" "md5{"3c" * 16}"', PW),
    (f'"svc"\t"{PW}"', PW),
    (f'{{rabbit, [{{default_pass, <<"{PW}">>}}]}}', PW),
    (f'{{password, "{PW}"}}', PW),
    ('[{:api_token, "Rk7mQ2xVz9LpT4wN8cYb"}]', "Rk7mQ2xVz9LpT4wN8cYb"),
]

NEAR_MISSES = [
    ": RSA gatewayKey.pem",
    "@gw : ECDSA gw.der",
    "PASS ****",
    "we PASS the build to QA",
    "C: a1 LOGIN alice {11}",
    "Then LOGIN as admin",
    "AUTH PLAIN " + base64.b64encode(b"no separators in this one").decode(),
    "S: 334 UGFzc3dvcmQ6\nC: *",
    '"fr" "Francais"\n"de" "Deutsch"',
    '"start" "Stop-Service"',
    f'"billing" "md5{"9e" * 16}"',
    '"billing" "SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy"',
    "{password, Password}",
    "{password, PasswordFromVault}",
    '{password, os:getenv("RABBIT_PASS")}',
    '{default_pass, <<"guest">>}',
]


@pytest.mark.parametrize(("text", "value"), TRUE_POSITIVES)
def test_fresh18_fixes_cover_the_secret(text: str, value: str) -> None:
    assert covered(text, value), findings(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_fresh18_near_misses_are_not_secrets(text: str) -> None:
    assert findings(text) == []
