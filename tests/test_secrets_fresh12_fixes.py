"""The fixes for the misses of the twelfth and thirteenth probes (`--fresh12`, `--fresh13`),
each by its general shape: a
question asking for a password in the languages our users write, answered alone on the next
line (a word and digits is enough there); a command that prints a stored secret (a keychain,
a password manager, a cloud secret store) and the line it printed; a lookup table named by
type and path (`hash:/etc/...`) is not a password; a capability link's path token after a
word naming an invitation or a one-time link; a question answered in the same line (`pw? it's
v`); a password that ends in `%` (where a share is digits and `%`). Near-misses must not
match. Values are ours.
"""

from __future__ import annotations

import random
import string

import pytest

from tests.secret_support import covered, findings

_RNG = random.Random(20261203)
TOKEN = "".join(_RNG.choices(string.ascii_letters + string.digits, k=22))
WORDY = "lanterna58213"
PW = "Corvid-8841!x"

TRUE_POSITIVES = [
    (f"[09:14] marta: ¿cuál es la contraseña del wifi de la sala?\n[09:15] joan: {WORDY}", WORDY),
    (f"수진: 회의실 와이파이 비번 뭐야?\n태호: {WORDY}", WORDY),
    (f"小林：会議室のパスワードは？\n田中：{WORDY}", WORDY),
    (f"阿明：打印机的密码是多少？\n小美：{PW}", PW),
    (f"qual é a senha do roteador?\n> {WORDY}", WORDY),
    (f"what's the wifi password?\nlee: {WORDY}", WORDY),
    (f"$ security find-generic-password -s 'corp-vpn' -a ana -w\n{TOKEN}", TOKEN),
    (f"$ pass show infra/db/primary\n{PW}", PW),
    (f"$ op read \"op://Ops/Postgres/password\"\n{TOKEN}", TOKEN),
    (f"bw get password github.com\n{TOKEN}", TOKEN),
    (f"$ vault kv get -field=password secret/app/db\n{TOKEN}", TOKEN),
    (f"$ aws secretsmanager get-secret-value --secret-id prod/db --query SecretString "
     f"--output text\n{TOKEN}", TOKEN),
    (f"$ gcloud secrets versions access latest --secret=smtp-pass\n{TOKEN}", TOKEN),
    (f"$ kubectl get secret db -o jsonpath='{{.data.password}}' | base64 -d\n{TOKEN}", TOKEN),
    (f"$ secret-tool lookup service smtp user ana\n{PW}", PW),
    (f"Join the workspace: https://app.acme.example/invite/{TOKEN}", TOKEN),
    (f"https://id.acme.example/u/ana/reset-password/{TOKEN}?lang=en", TOKEN),
    (f"Sign in with this link: https://acme.example/auth/magic-link/{TOKEN}.", TOKEN),
    ("[14:20] nora: the staging admin pw? it's Saffron2231% , same as before", "Saffron2231%"),
    ("the vpn pw? that is Marmota88!x", "Marmota88!x"),
    ("la contraseña es Quokka4471%", "Quokka4471%"),
    ("$secure = 'Bramble*7731otter' | ConvertTo-SecureString -AsPlainText -Force",
     "Bramble*7731otter"),
]

NEAR_MISSES = [
    "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd",
    "virtual_alias_maps = lmdb:/etc/postfix/virtual",
    "what is the password policy?\nbob: version2026",
    "¿cuál es la contraseña del wifi?\nmarta: no la sé",
    "can you reset my password?\nhelpdesk: ticket opened",
    "what's the wifi password?\nlee: ask-facilities",
    "we pass tests\nbuild20261203",
    "$ pass insert infra/db/primary\nEnter password for infra/db/primary:",
    "$ security find-generic-password -s 'corp-vpn'\nkeychain: \"/Users/ana/Library/Keychains\"",
    "$ kubectl get secrets\nNAME TYPE DATA AGE",
    "https://app.acme.example/invite/new-members-guide",
    "https://docs.acme.example/reset/password-reset-instructions",
    "https://acme.example/join/",
    "what's the password? I forgot it. it's fine, I'll reset it",
    "password coverage is 87.5%",
    "the pw? it is in the vault",
    "$s = 'Bramble*7731otter' | ConvertTo-SecureString -Key $aesKey",
    '$s = "$env:SVC_PW" | ConvertTo-SecureString -AsPlainText -Force',
]


@pytest.mark.parametrize(("text", "secret"), TRUE_POSITIVES)
def test_fresh12_fix_carrier_is_covered(text: str, secret: str) -> None:
    assert covered(text, secret), findings(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_fresh12_fix_near_miss_is_not_a_secret(text: str) -> None:
    assert findings(text) == []
