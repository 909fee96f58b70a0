"""What secret values and the keys naming them look like, for the structural rules.

A structural rule (`secrets_structural.py`) finds a value by where it sits (`password = v`,
`Authorization: v`, `?token=v`), so the value itself must be judged: these gates tell a
literal from a placeholder (`<your-token>`, `changeme`), code or templating (`os.getenv(...)`,
`${{ secrets.X }}`), a key that only talks about a secret (`token_type`, `password_length`)
and a key naming a vendor whose own rule knows the format (`cloudflare_api_key`).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .common import CJK, compiled
from .secret_rules import EXTRA_RULES, KEY_NAMES, MORE_VENDOR_RULES, TOKEN_START, VENDOR_RULES, Rule

PLACEHOLDER = compiled(
    r"(?i)^(?:x{3,}|\*{3,}|\.{3,}|-+|_+|#+|0+|null|none|nil|true|false|undefined|empty|"
    r"required|optional|string|str|int|text|secret|secrets|password|passwd|pwd|token|"
    r"hidden|redacted|masked|removed|changeme|change[_-]?me|placeholder|example|sample|"
    r"dummy|fake|foo|bar|foobar|test|testing|your[_-].*|my[_-].*|<.*>|\[.*\]|\{.*\}|"
    r"env|environ|getenv|process|settings|config|os|(.)\1*)$"
)
# gitleaks' global stopwords and its generic rule's public example value.
STOPWORDS = ("014df517-39d1-4453-b7b3-9930c563627c", "abcdefghijklmnopqrstuvwxyz",
             "6fe4476ee5a1832882e326b506d14126")
# Digit runs too, for generic keys and tokens only: gitleaks' own vendor examples use them
# (`...-1234-123456789012` UUIDs), and `1234567890` is a password people really choose.
DIGIT_RUN = compiled(r"0123456789|1234567890")
# A bearer value of words alone, one of them a stand-in's (`your-access-token-goes-here`,
# `TOKEN_GOES_HERE`): a sentence to fill in, not a token.
WORDS_PLACEHOLDER = compiled(
    r"(?i)^(?=[a-z_.-]*(?:your|here|placeholder|replace|insert|example|sample|dummy|fake|"
    r"changeme|redacted|token|secret|key))[a-z]+(?:[_.-][a-z]+)+$"
)
# Values that are code or templating, not a literal: calls, subscripts, variables, paths.
CODE_VALUE = compiled(
    r"[()\[\]{}]|^[$%@&!:]|"
    # A PowerShell cmdlet (`$pw = Read-Host -AsSecureString`).
    r"^(?:Get|Read|New|Set|ConvertTo|ConvertFrom|Import|Export|Invoke)-[A-Z][A-Za-z]+$|^(?:[A-Za-z_][A-Za-z0-9_]*\.)+[A-Za-z_][A-Za-z0-9_]*$|^[A-Z][A-Z0-9_]*$|"
    r"^/(?:bin|etc|home|opt|tmp|usr|var|Users)/|^(?:~|\.{1,2})/|"
    # A lookup table by type and path (Postfix's `hash:/etc/postfix/sasl_passwd`).
    r"^[a-z]{2,12}:/(?:bin|etc|home|opt|tmp|usr|var|Users)/|"
    # A file named for a key or a config (`client_key: certs/client.key`).
    r"\.(?:pem|key|crt|cer|p12|pfx|jks|keystore|pub|der|json|ya?ml|txt|csv|env|ini|conf|cfg|"
    r"xml|properties)$"
)
# Key names (snake-cased) that talk about a secret without holding one: `token_type`,
# `password_length`, Jenkins' `credentials_id`, gitleaks' generic allowlist.
NOT_A_SECRET_KEY = compiled(
    r"(?i)[_.-](?:id|ids|type|types|len|length|size|count|url|uri|endpoint|file|path|dir|name|"
    r"names|label|field|hash|hashed|policy|expires?|expiry|expiration|ttl|reset|min|max|limit|"
    r"prompt|hint|rules?|regex|pattern|header|param|env|var|ref|kind|mode|format|version|"
    r"enabled|required|provider|strategy|location|store|manager|input|validator|variable|"
    r"alias|algorithm|algo|usage|source)$|"
    r"(?:^|[_.-])(?:public|pub|csrf|xsrf|bucket|foreign|primary|natural|schema|sequence|hot|"
    r"idx|sort|partition|cache|lookup|registry|page|next|continuation|cursor|sync|resume)"
    r"[_.-]?(?:key|token)|keying|key[_.-]?vault|authenticity[_.-]?token|"
    r"jsonwebtoken|user[_.-]?secrets[_.-]?id|(?:mon|tur|don)key|with[_.-]?credentials"
)
# A password's hash in the PHC / crypt(3) format (`$2b$12$...`, `$argon2id$v=19$...`,
# `$6$salt$...`): what a system stores instead of the password, not the password.
PASSWORD_HASH = compiled(
    r"^\$(?:2[abxy]?|argon2(?:id|i|d)|[1567]|y|gy|apr1|pbkdf2(?:-sha\d+)?|scrypt|"
    r"sha(?:1|256|512)|md5)\$"
)
# A password hash under its scheme (LDAP's `userPassword: {SSHA}...`, Dovecot's
# `{SHA512-CRYPT}$6$...`): what follows is the hash. (`{PLAIN}` and `{CLEAR}` are no hash.)
HASH_SCHEME_BEFORE = compiled(
    r"(?i)\{(?:S?SHA(?:1|224|256|384|512)?|S?MD5|CRYPT|BCRYPT|ARGON2\w*|PBKDF2[\w-]*|"
    r"[\w-]*-CRYPT|SCRAM-[\w-]+|NTLM|LANMAN)\}$"
)
# Ciphertext stands under these (a SealedSecret's `encryptedData`, SOPS, Ansible Vault): what
# follows is encrypted for a key held elsewhere, no secret in itself.
ENCRYPTED_BEFORE = compiled(r"(?im)\bencryptedData:|^sops:|!vault[ \t]*\|")
# A call's first argument opens right before the key: `setProperty("db.password", ...`; a
# callee's name (or a call's or an index's end) before the parenthesis, so a tuple of field
# names (`fields = ("password", "username")`) is no call.
CALL_BEFORE = compiled(r"[\w$\])>]\s{0,2}\(\s{0,3}[\"']$")
SECRET_WORD = compiled(r"(?i)passw|secret|token|api_?key|credential")
# "Password" in other languages people paste credentials in (the Latin-script ones as
# `_KEY_CORE` words, the others beside the Chinese keys).
PASSWORD_WORDS = (
    # Turkish adds its possessive to the noun (`sunucu şifresi`, `şifreniz`, `şifrem`).
    r"(?<![a-z])(?:mot[ _.-]?de[ _.-]?passe|senha|wachtwoord|has[lł]o|[sş]ifre(?:si|niz|n|m)?|"
    r"l[öo]senord|"
    r"adgangskode|salasana|jelszó|contrase[ñn]as?)(?![a-z])"
)
# The words `PASSWORD_WORDS` and `KEY_INTL` match, for a rule's keyword gate.
PASSWORD_WORD_KEYS = ("mot de passe", "mot_de_passe", "senha", "wachtwoord", "hasło", "haslo",
                      "şifre", "sifre", "lösenord", "losenord", "adgangskode", "salasana",
                      "jelszó", "contraseña", "contrasena")
# `$dbpass`, `rootpass`: a password named for what it opens.
X_PASS = (r"(?:db|root|admin|my|user|app|sql|smtp|mail|ftp|ldap|vpn|wifi|sudo|login|remote|imap|"
          r"pop3?|proxy|bind|master|server|local)pass(?![a-z])")
# 비번 is the everyday short form of 비밀번호 (`와이파이 비번`).
KEY_INTL = r"пароль|パスワード|暗証番号|비밀번호|비번|패스워드|암호|كلمة المرور|סיסמה"
PASSWORDISH = compiled(
    rf"(?i)passw|pwd|passphrase|passcode|(?<![a-z])pass(?![a-z])|(?<![a-z])pw(?![a-z])|{X_PASS}|"
    # A Wi-Fi network's pre-shared key is its passphrase (`psk="..."`).
    r"(?<![a-z])psk(?![a-z])|"
    rf"密碼|密码|口令|通行|授权码|授權碼|"
    rf"{PASSWORD_WORDS}|{KEY_INTL}"
)
# A value in one token alphabet, base64 or base64url (not a path: `reports/2024/Q1-a.csv`).
ONE_ALPHABET = compiled(r"^(?:[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+)$")
# A key whose only secret word is `key` (`key: ...`, `s3_key = ...`): object keys, cache
# keys and map keys share the name, so only a random-looking value of mixed case and digits
# counts.
OTHER_KEY_WORD = compiled(
    r"(?i)passw|pwd|secret|token|api|access|auth|private|signing|encryption|master|credential|"
    r"creds|(?<![a-z])pat(?![a-z])|(?:app|jwt|hmac|client|session|cookie|aes|cipher|crypt|license|licence|shared|root|"
    r"service|webhook|deploy|bot|consumer|sas|storage|subscription|server|admin|merchant|"
    r"partner|integration)[_.-]?key|"
    # Chinese words for a secret key, private key, token: none of them names a map key.
    r"密钥|密鑰|金鑰|金钥|秘钥|秘鑰|密匙|私钥|私鑰|令牌|权杖|權杖"
)
# A token's characters (gitleaks' generic value class plus `~`, `%`, `/`, `+`).
TOKEN_CHARS = compiled(r"^[\w.=+/~%-]+$")
NAME_LIKE = compiled(r"^[A-Za-z_.-]+$")
IDENTIFIER = compiled(r"^[A-Za-z_]*_[A-Za-z_]*$|^[a-z]+(?:[A-Z][a-z]+)+$")
# A key that names a vendor: that vendor's rule alone judges the value (so a Cloudflare
# key of the wrong length is not re-found by the generic rule).
VENDOR_KEY = compiled(rf"(?i)(?<![a-z])(?:{'|'.join(KEY_NAMES)})")


def _prefixes(rules: Iterable[Rule]) -> tuple[str, ...]:
    """The literal prefixes of bare vendor tokens (`ghp_`, `xoxb-`, `sm_pat`): a value with
    one belongs to its vendor's rule, which may have rejected it as a placeholder."""
    return tuple(sorted({
        k for r in rules if TOKEN_START in r.pattern for k in r.keywords if len(k) >= 4
    }))


def char_classes(value: str) -> int:
    return sum((
        any(c.islower() for c in value), any(c.isupper() for c in value),
        any(c.isdigit() for c in value), any(not c.isalnum() for c in value),
    ))


def snake_case(key: str) -> str:
    return regex.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key)


def full_key_start(m: regex.Match) -> int:
    """Where the key a match names starts: before its core word (`DB_` of `DB_PASSWORD`)."""
    text, start = m.string, m.start("key")
    i = start
    while i > 0 and start - i < 30 and (text[i - 1].isascii() and (
            text[i - 1].isalnum() or text[i - 1] in "_.-")):
        i -= 1
    return i


VENDOR_PREFIXES = _prefixes(VENDOR_RULES + MORE_VENDOR_RULES + EXTRA_RULES)
# A literal value: quoted (no spaces; the other quote marks may occur: `"it's-Secret1"`), or
# bare up to a delimiter. The quotes may be escaped: code inside a JSON string (a notebook's
# `"source"`, a log's message) writes `password=\"v\"`.
VALUE = (
    # (A TOML / Python triple-quoted string too: `password = """v"""`.)
    # A string prefix may come first: Objective-C's and C#'s `@"v"`, Python's `b'v'`, `r"v"`.
    rf"(?:(?:@|(?<![A-Za-z0-9_])[rbuRBU])?\\?(?P<q>[\"'`])(?:(?P=q)(?P=q)(?=[^\"'`]))?(?P<v1>(?:(?!\\?(?P=q))\S){{4,150}})\\?(?P=q)"
    rf"|(?P<v2>[^\s\"'`,;)}}\]<>\\，。；、{CJK}]{{4,150}}))"
)
# Prefixes of ids shaped like tokens that are no credential: API object ids (`chatcmpl-`,
# `msg_`, Stripe's `cs_`, `pi_`, `cus_`), digests, data.
ID_PREFIXES = frozenset((
    "chatcmpl", "cmpl", "file", "msg", "req", "request", "call", "run", "asst", "thread",
    "toolu", "resp", "rs", "fc", "ft", "ftjob", "batch", "vs", "conv", "item", "step", "embd",
    "modr", "org", "proj", "user", "cs", "pi", "ch", "cus", "sub", "evt", "in", "ii", "pm",
    "src", "tok", "price", "prod", "acct", "pk", "phc", "sha1", "sha256", "sha384", "sha512",
    "md5", "data", "img", "image", "id", "uuid", "commit", "build", "trace", "span", "test",
))
