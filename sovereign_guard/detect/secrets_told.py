"""Passwords told in prose and chat: a word naming one, then the value, with no key syntax.

People hand passwords over in sentences (`I changed the router password, it's now v`, `your
temporary password has been set to v`, `ssh key passphrase — v`, `the wifi is v`), in chat
replies under a question (`whats the pw for the printer` / `lee: v lol`), after a word for
credentials a line or two above (`Credentials: svc_backup` / `- v`), as PINs and door codes
(`the alarm code is 4613`, `开机密码是 284581`) and as terse `u: admin  p: v` pairs. None of
these has the `key = value` shape the assignment rules read, so each rule here needs two
things: a word naming a password near the value, and a value shaped like one.

How close the word must be depends on how much the value's shape says on its own:

- `password-told`: right after a cue (`is`, `'s`, `to`, `now`, `:`, `—`, `是`, `改成了`) on
  the line that names the password (or, in a chat reply, the line above): a value of three
  character classes, a word and digits (`winter82103`: the commonest human password), or,
  under `password`, `passphrase` or `wifi` themselves, words joined by dashes (a diceware
  passphrase: `tundra-velvet-spoon`).
- `password-near-word`: anywhere within three lines after a credential word: only a value
  that could hardly be anything else, letters, digits and a symbol typed in one word
  (`tiger*7344velvet`, `@Otter1716`), and not an e-mail, a host, a URL, a path or a version.
- `pin-told`: four to eight digits after a PIN's or a door code's name and a cue, not a
  run (`1234`) nor one digit repeated, nor a count (`4 digits`, `6 位`).
"""

from __future__ import annotations

import regex

from .common import compiled, shannon_entropy
from .secret_rules import Rule, random_body
from .secrets_values import (
    CODE_VALUE,
    ENCRYPTED_BEFORE,
    IDENTIFIER,
    NOT_A_SECRET_KEY,
    PASSWORD_HASH,
    PLACEHOLDER,
    char_classes,
    snake_case,
)

__all__ = ["NOT_VALUE_AFTER", "TOLD_RULES", "told_shape"]

# The password's name in the other languages our users write (Chinese is above): German,
# French (and its chat abbreviation `mdp`), Spanish, Portuguese, Dutch, Japanese, Korean.
# Italian says `password`.
_FOREIGN = (
    r"passw[oö]rt(?:e|er)?(?![a-z])|kennw[oö]rt(?:e|er)?(?![a-z])|"
    r"mots?[ \t]+de[ \t]+passe(?![a-z])|(?<![a-z])mdp(?![a-z])|"
    r"contrase[ñn]as?(?![a-z])|(?<![a-z])senhas?(?![a-z])|wachtwoord(?:en)?(?![a-z])|"
    r"パスワード|暗証番号|비밀번호|패스워드|암호"
)
_FOREIGN_KEYWORDS = ("passw", "kennw", "mot de passe", "mots de passe", "mdp", "contrase",
                     "senha", "wachtwoord", "パスワード", "暗証番号", "비밀번호", "패스워드",
                     "암호")

# Words that name a password in a sentence. `wifi` and `sudo` stand for theirs in speech
# (`the wifi is v`, `sudo is the same as before: v`).
_WORD = (
    r"passw(?:or)?ds?(?![a-z])|passphrases?(?![a-z])|passcodes?(?![a-z])|passwd(?![a-z])|"
    r"(?<![a-z])(?:pw|pwd|pass|creds?|credentials)(?![a-z])|(?<![a-z])wi-?fi(?![a-z])|"
    r"(?<![a-z])sudo(?![a-z])|"
    r"密码|密碼|口令|通行码|通行碼|"
    rf"{_FOREIGN}"
)
_WORD_RE = compiled(rf"(?i){_WORD}")
# The words under which words joined by dashes are a passphrase, not a slug.
_DICE_WORD = compiled(r"(?i)passw|passphrase|wi-?fi|密码|密碼|口令|kennw|mots?[ \t]|mdp|contrase|"
                      r"senha|wachtwoord|パスワード|비밀번호|패스워드|암호")
# A word that names the password's rules or its tooling, not its value (`password policy
# is v2`, `password manager: 1Password8`).
NOT_VALUE_AFTER = compiled(
    r"(?i)^[ \t]*(?:s[ \t])?(?:polic(?:y|ies)|requirements?|rules?|length|hint|manager|"
    r"reset[ \t]+link|field|prompt|strength|expir\w*|history|hash(?:es|ed)?|change[ \t]+form)"
    r"(?![a-z])"
)
_SENTENCE_END = compiled(r"[.!?。！？](?:\s|$)")
# A question answered in the same line (`the admin pw? it's v`): the `?` ends a sentence
# whose next one gives the value.
_ANSWERED_HERE = compiled(r"(?i)^[^\n.!?]{0,40}[?？][ \t]+(?:it|that|this)[ \t]*$")
# A chat line's prefix (`[09:15] lee: `, `raj> `): the reply answers the line above.
# (The cue, the `:` after the name, is not part of it.)
_CHAT_PREFIX = compiled(r"(?m)^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?<?[\w.@-]{1,30}>?[ \t]*$")

# What a told value may not be: an e-mail, `user@host`, a URL, a path, a version, a file,
# a date or a time, an assignment (`VAR=abc1`), a mention of a price or a percentage.
_NOT_PASSWORD = compiled(
    r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^[\w.+-]+@\d{1,3}(?:\.\d{1,3}){3}$|://|[/\\]|"
    r"^[A-Za-z][\w.-]*?[-_]?v?\d+(?:\.\d+)+[\w.-]*$|^v?\d+(?:\.\d+)+|"
    # (`data:O+5l4g==`: a field of SOPS' `ENC[...]`, base64's padding; `87.5%`: a share, where
    # `Tangerine5346%` is a password.)
    r"\.(?:[a-z]{2,4})$|^\d{1,4}[-/:.]\d{1,2}|^[A-Za-z_][\w.-]*[=:]|==$|^[$%€£¥]\d|^[^A-Za-z]*\d%$|^#|"
    # Masked or elided (`sk-****a1b2`, `ab12…`).
    r"\*{3,}|[•●…]|\.\.\.|"
    # A UUID: an id (Jenkins' `credentialsId`), not what a person types.
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)
_WORD_DIGITS = compiled(r"^(?:[A-Za-z]{3,}\d{2,}|\d{2,}[A-Za-z]{3,})[!#$%&*?@^~+=.]?$")
# (Joined by `-`: with `_` or `.` the words are an identifier, `url_user_password`.)
_DICE = compiled(r"^[a-z]{3,12}(?:-[a-z]{3,12}){2,6}(?:-?\d{1,4})?$")
_SYMBOLS = "!#$%&*?@^~+="


def _strong(value: str) -> bool:
    """Letters, digits and a typed symbol in one word: a password's shape, not a word's."""
    return (8 <= len(value) <= 64 and any(c.isalpha() for c in value)
            and any(c.isdigit() for c in value) and any(c in _SYMBOLS for c in value))


def told_shape(value: str, *, dice: bool = False) -> bool:
    """A value told as a password: three character classes with letters and digits, a word
    and digits, a long random token, or (`dice`) words joined by dashes."""
    if (PLACEHOLDER.match(value) or _NOT_PASSWORD.search(value) or PASSWORD_HASH.match(value)
            or IDENTIFIER.match(value)
            or (CODE_VALUE.search(value) and not _strong(value))):
        return False
    if dice and _DICE.match(value):
        return len(set(value.replace("-", ""))) >= 6
    if (len(value) >= 16 and random_body(value) and shannon_entropy(value) >= 3.6
            and any(c.isupper() for c in value) and any(c.islower() for c in value)):
        return True  # drawn (not hex: a digest, a commit)
    if len(value) < 7:
        return False
    if _WORD_DIGITS.match(value):
        return len(set(value.lower())) >= 5
    return (len(value) >= 8 and char_classes(value) >= 3 and any(c.isdigit() for c in value)
            and any(c.isalpha() for c in value))


_TOLD = (
    r"(?i)(?:(?<![A-Za-z])(?:is|was|are|to|now|still|be)[ \t]+|['’]s[ \t]+(?:now[ \t]+)?"
    # The copulas of the languages above (`ist`, `est`, `es`, `é`, `è`, `lautet`, `wordt`).
    r"|(?<![\p{L}])(?:ist|war|lautet|est|es|era|é|è|wordt)[ \t]+"
    r"|[:：=—–][ \t]*|(?<=[ \t])-[ \t]+|(?:是|为|為|改成了?|改为了?|改為了?|换成了?|換成了?|"
    r"设为|設為|设成了?|設成了?|は|는|은)[ \t]*)"
    # (Not kana, hangul nor hanzi: `パスワードはv です` ends the value where the sentence goes on.)
    r"[\"'`「“]?([^\s\"'`,;，。；、）)}\]<>「」“”\p{Hiragana}\p{Katakana}\p{Hangul}\p{Han}]{4,64})"
)


def _told_ok(value: str, m: regex.Match) -> bool:
    value = value.rstrip(".,:!?")
    text, cue = m.string, m.start()
    line_start = text.rfind("\n", 0, cue) + 1
    start, end = line_start, cue
    if line_start and _CHAT_PREFIX.match(text, line_start, cue):
        # A reply: the line above asks (and the reply's prefix is no part of the sentence).
        start, end = text.rfind("\n", 0, line_start - 1) + 1, line_start - 1
    start = max(start, cue - 100)
    keys = list(_WORD_RE.finditer(text, start, end))
    if not keys:
        return False
    key = keys[-1]
    between = text[key.end():end]
    if ((_SENTENCE_END.search(between) and not _ANSWERED_HERE.match(between))
            or NOT_VALUE_AFTER.match(between)
            or _CODE_BETWEEN.search(between)
            or _names_no_secret(text, key) or _encrypted(text, key.start())):
        return False
    word = key.group().lower()
    dice = _DICE_WORD.match(word) is not None
    if word == "sudo" or word.startswith("wi"):
        # Named only by use (and a network's own name reads `MyHome-5G`, `WPA2-Personal`):
        # a typed symbol, a word and digits, or a passphrase.
        return told_shape(value, dice=dice) and (
            _strong(value) or _WORD_DIGITS.match(value) is not None
            or (dice and _DICE.match(value) is not None))
    return told_shape(value, dice=dice)


_NAME = compiled(r"[A-Za-z0-9_.-]*")
# Between the word and the cue, prose: not code, a hash's parameters (`$argon2id$v=19$m=`)
# or an encrypted value's fields (SOPS' `ENC[AES256_GCM,data:...`).
_CODE_BETWEEN = compiled(r"[=$\[\]{}\"`]")


def _encrypted(text: str, at: int) -> bool:
    """Under a SealedSecret's `encryptedData`, SOPS or Ansible Vault: ciphertext."""
    return ENCRYPTED_BEFORE.search(text, max(0, at - 300), at) is not None


def _names_no_secret(text: str, key: regex.Match) -> bool:
    """The word is part of a name the assignment rules know holds no secret
    (`password_hash`, `passwordPolicy`)."""
    start = key.start()
    while start > max(0, key.start() - 30) and (text[start - 1].isalnum()
                                                 or text[start - 1] in "_.-"):
        start -= 1
    name = text[start:_NAME.match(text, key.end()).end()]
    return NOT_A_SECRET_KEY.search(snake_case(name)) is not None


# The value first, its credential word looked for behind it (`_near_password_ok`).
_TOKEN = r"[^\s\"'`,;)}\]<>，。；、]"
_NEAR = (
    rf"(?<![^\s(\[{{,:;\"'`=>])(?={_TOKEN}{{0,63}}[0-9])(?={_TOKEN}{{0,63}}[A-Za-z])"
    rf"(?={_TOKEN}{{0,63}}[!#$%&*?@^~+=])({_TOKEN}{{8,64}})(?!{_TOKEN})"
)
_NEAR_WORD = compiled(
    r"(?i)passw(?:or)?ds?(?![a-z])|passphrases?(?![a-z])|passcodes?(?![a-z])|"
    r"(?<![a-z])(?:pw|pwd|creds?|credentials)(?![a-z])|"
    r"log[ -]?in[ \t]+details|密码|密碼|口令|"
    rf"{_FOREIGN}"
)


def _near_password_ok(value: str, m: regex.Match) -> bool:
    value = value.rstrip(".,:!?")
    if not (_strong(value) and told_shape(value)):
        return False
    text, start = m.string, m.start(1)
    # The value's line and the three above it.
    context = "\n".join(text[max(0, start - 160):start].split("\n")[-4:])
    keys = list(_NEAR_WORD.finditer(context))
    if not keys:
        return False
    return not (NOT_VALUE_AFTER.match(context[keys[-1].end():])
                or _names_no_secret(context, keys[-1]) or _encrypted(text, start)
                or "ENC[" in context)


# `The PIN for the door keypad is 813524`, `alarm code: 4613`, `开机密码是 284581`.
_CODE_OF = ("door", "gate", "alarm", "garage", "keypad", "lock", "safe", "entry", "locker",
            "unlock", "building")
_PIN = (
    r"(?i)(?:(?<![a-z])pin(?:[ -]?codes?)?(?![a-z])(?![ \t]*\d)|passcodes?|passw(?:or)?d|"
    rf"(?<![a-z])(?:{'|'.join(_CODE_OF)})[ \t]+code|"
    r"密码|密碼|口令|暗証番号|비밀번호|passw[oö]rt|kennw[oö]rt|senha|contrase[ñn]a|wachtwoord)"
    # Words between the name and the cue, not code (`hashed_password: '$argon2id$...m=65536`).
    r"[\w \t,()'’-]{0,40}?(?:(?<![\p{L}])(?:is|was|ist|est|es|é|è)[ \t]+|[:：=][ \t]*|"
    r"(?:是|为|為|は|는|은)[ \t]*)"
    r"(\d{4,8})(?![\d%]|[.,:/-]\d|[ \t]*(?:digits?|numbers?|characters?|chars|位|个|個|次|天|年|"
    r"days?|hours?|minutes?|times))"
)


def _pin_ok(value: str, _m: regex.Match) -> bool:
    steps = {int(b) - int(a) for a, b in zip(value, value[1:], strict=False)}
    return len(set(value)) > 1 and steps not in ({1}, {-1}, {-9, 1}, {9, -1})


# `u: admin  p: v`, `user=deploy, pw: v`: a user's and a password's short labels in turn.
_SHORT_PAIR = (
    r"(?i)(?<![\w-])(?:u|usr|user|login)[ \t]*[:=][ \t]*[\w.@+-]{1,64}[ \t,;/|]+"
    r"(?:p|pw|pwd|pass)[ \t]*[:=][ \t]*([^\s\"'`,;)}\]<>]{4,64})"
)


def _short_pair_ok(value: str, _m: regex.Match) -> bool:
    return told_shape(value.rstrip(".,:!?"))


_TOLD_KEYWORDS = ("pass", "pw", "cred", "wifi", "wi-fi", "sudo", "密码", "密碼", "口令", "通行",
                  *_FOREIGN_KEYWORDS)
TOLD_RULES: tuple[Rule, ...] = (
    Rule("password-told", _TOLD, _TOLD_KEYWORDS, score=0.7, validate=_told_ok),
    Rule("password-near-word", _NEAR, ("passw", "passphrase", "passcode", "pw", "cred",
                                       "login details", "log-in details", "密码", "密碼", "口令",
                                       *_FOREIGN_KEYWORDS),
         score=0.7, validate=_near_password_ok),
    Rule("pin-told", _PIN, ("pin", "passcode", "passw", *(f"{w} code" for w in _CODE_OF),
                            "密码", "密碼", "口令", "暗証番号", "비밀번호", "kennw", "senha",
                            "contrase", "wachtwoord"),
         score=0.7, validate=_pin_ok),
    Rule("user-password-pair", _SHORT_PAIR, ("p:", "p=", "pw", "pass"), score=0.7,
         validate=_short_pair_ok),
)
