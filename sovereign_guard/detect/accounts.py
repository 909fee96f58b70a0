"""A person's accounts beyond their name and numbers: user names, social handles and profile
links (USERNAME), Ethereum wallets (CRYPTO, beside Presidio's Bitcoin), a card's security
code (CARD_SECURITY_CODE).

Each names one person on some system as surely as an e-mail address does, and none has a
shape that is safe to match alone (`jsmith_1988` is also a variable, `@priya_nat` a
decorator, `123` any number): each is found after its cue, and only the value is reported.

- USERNAME after a label (`username: mkowalski`, `login jsmith_1988`, `用户名是zhang_san`),
  a platform's `@handle` (`Twitter @priya_nat`, `IG: @x`), Reddit's `u/name`, and the handle
  part of a profile link (`linkedin.com/in/priya-natarajan-42`: the link stays a link). Not
  system accounts (`root`, `postgres`), placeholders (`your_username`), dictionary words
  (`login failed`, `handle errors`), numbers alone, nor code (`username = form.data`).
- CRYPTO: `0x` + 40 hex digits (an Ethereum address) near a wallet word. Without the
  Keccak-256 of EIP-55 (not in hashlib) the checksum is not verified; the cue does that work.
- CARD_SECURITY_CODE: three or four digits after `CVV`, `CVC`, `CSC`, `security code`.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .common import Keywords, SovereignPatternRecognizer, compiled, result, words
from .name_lists import is_word, model_words

# -- USERNAME ---------------------------------------------------------------------------------

# A label that says "the next word is someone's account name". `login` and `handle` are also
# verbs and nouns of their own (`login page`, `handle errors`): the value check sorts them.
_USER_LABEL = (
    r"user[ _-]?name|user[ _-]?id|login(?:[ _-]?(?:name|id))?|log[ _-]?on(?:[ _-]?name)?|"
    r"screen[ _-]?name|handle|gamer[ _-]?tag|nick[ _-]?name|"
    r"(?:signed|logged|log(?:ged)?)[ _-]in[ _-](?:as|with)|"
    r"用户名|用戶名|使用者名稱|使用者帳號|帳號名稱|登入帳號|登入名稱|登录名|登錄名|暱稱|昵称"
)
# Labels that are also a verb or a noun: a bare word after them, with no `:` or `is`, is
# the sentence going on (`login came from`, `handle errors`), unless it has a user name's
# digit, `_` or `.` (`login jsmith_1988`).
_VERB_LABEL = compiled(r"(?i)login|log[ _-]?on|handle")
_USER_VALUE = r"(?P<q>[\"'`“‘]?)(?P<v>@?[A-Za-z0-9][A-Za-z0-9._-]{1,38}[A-Za-z0-9_])"
_LABELED_USER = compiled(
    rf"(?i)(?<![A-Za-z0-9_])(?:{_USER_LABEL})"
    # a JSON key's closing quote or an XML tag's `>` may stand between label and value
    r"(?P<sep>[\"']?[ \t]*(?:[:=：]|\bis\b|\bwas\b|是|為|为)[ \t]*(?:is[ \t]+)?|>|[ \t]+)"
    + _USER_VALUE
)
# A platform named just before an @handle, within a few words. Not `follow` or `use`: code
# talks of decorators and annotations (`follow the @dataclass pattern`).
_PLATFORM = (
    r"twitter|x\.com|tweet(?:ed|s)?|instagram|insta|ig|tiktok|telegram|tg|threads|mastodon|"
    r"bluesky|bsky|github|gitlab|snapchat|discord|twitch|youtube|reddit|linkedin|facebook|fb|"
    r"wechat|微信|dm"
)
_HANDLE = compiled(
    rf"(?i)(?<![A-Za-z0-9_])(?:{_PLATFORM})\b[^\n@]{{0,24}}?"
    r"(?<![A-Za-z0-9_.@])(?P<v>@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![A-Za-z0-9_@])"
)
_REDDIT = compiled(r"(?<![A-Za-z0-9_/.])/?u/(?P<v>[A-Za-z0-9_-]{3,20})(?![A-Za-z0-9_/-])")
# Profile links: the path segment that is the person. A host's own pages are no one's.
_PROFILE = compiled(
    r"(?i)(?<![A-Za-z0-9_.-])(?:https?://)?(?:www\.|[a-z]{2}\.|m\.)?"
    r"(?P<host>linkedin\.com/in|twitter\.com|x\.com|instagram\.com|facebook\.com|fb\.com|"
    r"tiktok\.com/@|t\.me|medium\.com/@|youtube\.com/@|threads\.net/@|github\.com|gitlab\.com|"
    r"reddit\.com/u(?:ser)?|bsky\.app/profile)/(?P<v>[A-Za-z0-9_.-]{2,60})(?P<rest>/[^\s]*)?"
)
_HOST_PAGES = words("""
    about home search explore settings login signup join share sharer intent i hashtag
    features pricing enterprise orgs organizations marketplace topics trending collections
    sponsors notifications pulls issues new help privacy terms security customer-stories
    groups pages events watch gaming business jobs company school feed messages developers
    status policies legal careers blog docs login.php dialog plugins tr p reel reels stories
    share.php hashtag channel c user s
""")
# Hosts whose second path segment is a repository or a post, not a person: a profile only
# when the handle is the whole path.
_SINGLE_SEGMENT = ("github.com", "gitlab.com")
_SYSTEM_ACCOUNTS = words("""
    root admin administrator sysadmin postgres mysql oracle ubuntu centos ec2-user debian
    guest anonymous nobody www-data sa test tester demo user username default system service
    jenkins git deploy deployer backup operator support info noreply no-reply null none
    undefined true false example sample placeholder changeme xxx foo bar baz me you
""")
_PLACEHOLDER = compiled(r"(?i)^(?:your|my|the|example|sample|dummy|test|fake)[_.-]?"
                        r"(?:user(?:name)?|login|handle|name|account|id)$")


# The objects code reads a user name from (`request.form`, `self.user`, `os.environ`).
_CODE_OBJECT = compiled(r"(?i)^(?:request|req|self|this|form|args|kwargs|os|env|config|cfg|"
                        r"settings|params|ctx|context|data|user|session|props|state|input|"
                        r"options|opts|process|payload|body|event|row|record|obj)\.")


def username_ok(value: str, common: frozenset[str]) -> bool:
    """An account name that could be someone's: not a system account, a placeholder, a
    number alone, code, or a dictionary word with nothing of a user name (digit, `_`, `.`)."""
    bare = value.lstrip("@").rstrip(".-")
    low = bare.lower()
    if len(bare) < 2 or low in _SYSTEM_ACCOUNTS or _PLACEHOLDER.match(low) or bare.isdigit() \
            or _CODE_OBJECT.match(bare):
        return False
    return not (bare.isalpha() and is_word(low, common))


def _code_after(text: str, end: int) -> bool:
    """The value is code (`username = request.form[...]`, `login(user)`), not a name."""
    nxt = text[end : end + 1]
    return nxt in ("(", "[", "{") or (nxt == "." and text[end + 1 : end + 2].isalpha())


class UsernameRecognizer(EntityRecognizer):
    """USERNAME: account names after a label, platform handles and profile links."""

    ENTITY = "USERNAME"
    # One cheap gate per finder: most texts have e-mail addresses (`@`, `.com/`), few a label.
    LABELS = Keywords("user", "login", "log in", "logged in", "logon", "log on", "signed in",
                      "handle", "nick", "gamer", "screen name", "用户名", "用戶名", "使用者",
                      "帳號名稱", "登入", "登录", "登錄", "暱稱", "昵称")
    HANDLE_AT = compiled(r"(?<![A-Za-z0-9_.+-])@[A-Za-z0-9_]")  # not an e-mail's @
    PROFILE_HOSTS = Keywords("linkedin.com/", "twitter.com/", "x.com/", "instagram.com/",
                             "facebook.com/", "fb.com/", "tiktok.com/", "t.me/", "medium.com/",
                             "youtube.com/", "threads.net/", "github.com/", "gitlab.com/",
                             "reddit.com/", "bsky.app/")

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entities=[self.ENTITY], name="UsernameRecognizer",
                         supported_language=supported_language)

    def load(self) -> None:  # nothing to load: patterns are compiled at import
        pass

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        found: list[RecognizerResult] = []
        if self.LABELS.search(text):
            found.extend(self._labeled(text, model_words(nlp_artifacts)))
        found.extend(self._handles(text))
        if self.PROFILE_HOSTS.search(text):
            found.extend(self._profiles(text))
        return found

    def _labeled(self, text: str, common: frozenset[str]):
        for m in _LABELED_USER.finditer(text):
            value = m.group("v").rstrip(".-")  # a sentence's full stop is no part of it
            start = m.start("v")
            end = start + len(value)
            quoted = bool(m.group("q"))
            unquoted_assignment = "=" in m.group("sep") and not quoted
            if text[end : end + 1] == "@" or not username_ok(value, common):
                continue  # an e-mail address (its own recognizer), or no one's account
            if _code_after(text, end) or unquoted_assignment and "." in value:
                continue
            if _VERB_LABEL.fullmatch(text, m.start(), m.start("sep")) and value.isalpha() \
                    and not m.group("sep").strip():
                continue  # `last login came from`: a verb or noun follows, not a name
            yield result(self, self.ENTITY, start, end, 0.75)

    def _handles(self, text: str):
        if "@" in text and self.HANDLE_AT.search(text):
            for m in _HANDLE.finditer(text):
                if not m.group("v")[1:].isdigit() and not _code_after(text, m.end("v")):
                    yield result(self, self.ENTITY, *m.span("v"), 0.75)
        if "u/" in text:
            for m in _REDDIT.finditer(text):
                yield result(self, self.ENTITY, *m.span("v"), 0.7)

    def _profiles(self, text: str):
        for m in _PROFILE.finditer(text):
            host, value = m.group("host").lower(), m.group("v").rstrip(".-")
            if value.lower() in _HOST_PAGES or value.startswith("."):
                continue
            if host in _SINGLE_SEGMENT and (m.group("rest") or "").strip("/"):
                continue  # github.com/openai/whisper: an organisation's repository
            start = m.start("v")
            yield result(self, self.ENTITY, start, start + len(value), 0.75)


# -- CRYPTO: Ethereum ---------------------------------------------------------------------------


class EthereumAddressRecognizer(SovereignPatternRecognizer):
    """CRYPTO: an Ethereum (or any EVM chain's) address near a word about wallets or coins."""

    ENTITY = "CRYPTO"
    PATTERNS = (("eth-address", r"(?<![0-9A-Za-z_])0x[0-9a-fA-F]{40}(?![0-9A-Za-z_])", 0.4),)
    CONTEXT = ("wallet", "eth", "ether", "ethereum", "erc-20", "erc20", "usdt", "usdc",
               "metamask", "polygon", "arbitrum", "bsc", "bnb", "send", "transfer", "deposit",
               "withdraw", "payout", "pay to", "錢包", "钱包", "地址", "轉帳", "转账")
    TRIGGER = compiled(r"0x[0-9a-fA-F]{40}")

    def validate_result(self, pattern_text: str) -> bool | None:
        # None keeps the pattern's score (True would raise it to 1.0: the cue must decide);
        # 0x000…0 and 0xfff…f are burn and sentinel addresses, no one's wallet.
        return None if len(set(pattern_text[2:].lower())) > 2 else False


# -- CARD_SECURITY_CODE --------------------------------------------------------------------------


_SECURITY_CODE = (
    r"(?i)(?<![A-Za-z0-9])(?:cvv2?|cvc2?|csc|cvn|card[ \t]+security[ \t]+code|security[ \t]+code|"
    r"card[ \t]+verification(?:[ \t]+(?:value|code|number))?|安全碼|安全码|末三碼|背面三碼)"
    r"(?:[ \t]*(?:[:=#：]|is|code|no\.?|number|為|为|是))*[ \t]*(?P<v>[0-9]{3,4})(?![0-9])"
)


class CardSecurityCodeRecognizer(SovereignPatternRecognizer):
    """CARD_SECURITY_CODE: the 3-4 digits after a CVV/CVC label, which a card's number and
    expiry need to be used online (PCI DSS forbids keeping it after authorisation)."""

    ENTITY = "CARD_SECURITY_CODE"
    PATTERNS = (("card-security-code", _SECURITY_CODE, 0.8),)
    VALUE_GROUP = "v"
    TRIGGER = Keywords("cvv", "cvc", "csc", "cvn", "security code", "card verification",
                       "安全碼", "安全码", "三碼")


ACCOUNT_RECOGNIZERS = (UsernameRecognizer, EthereumAddressRecognizer, CardSecurityCodeRecognizer)
