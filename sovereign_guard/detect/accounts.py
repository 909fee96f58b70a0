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

import re

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from .account_slots import NAME as _NAME
from .account_slots import SLOTS, cues
from .common import CJK, Keywords, SovereignPatternRecognizer, compiled, result, words
from .name_lists import given_names, is_word, model_words

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
# A chat mention with no platform named: `thanks @dpatel07`, `cc @a @b`, `@x: merged`; the @
# opens a word (not `pass#@host` in a connection URL, not an e-mail). Not a
# decorator alone on its line, an npm scope (`@types/`), a call or an at-rule (`@media (`), nor
# the words below (CSS at-rules, doc tags, decorators, broadcasts). A mention may end its line
# (`thanks @x` then a new line) or take a possessive or a `++` (`@x's comment`, `@x++`), but a
# word alone on its line after `@` is a decorator (checked in the recognizer).
_MENTION = compiled(
    r"(?:(?<=^|[\s(\[\"'“])|(?<=\bcc:?[ ]?))@(?P<v>[A-Za-z][A-Za-z0-9_.-]{0,28}[A-Za-z0-9_])"
    r"(?=[ \t]*[,:!?)]|[ \t]+[A-Za-z@#<]|\.(?:\s|$)|[ \t]*(?:\n|$)|['’]s\b|\+\+)"
)
_SLACK_USER = compiled(r"<@(?P<v>[UW][A-Z0-9]{6,12})(?:\|[^>\n]{0,40})?>")
_NOT_MENTIONS = words("""
    media import keyframes font-face supports page charset namespace layer container property
    tailwind apply use forward mixin include extend if else each for while function return
    content error warn debug at-root screen variants param returns throws type typedef see
    since deprecated author example override todo link inheritdoc internal private public
    protected readonly template callback event fires module class static abstract interface
    dataclass staticmethod classmethod abstractmethod cached_property functools pytest mock
    patch fixture test before after beforeeach aftereach autowired component injectable input
    output entity column bean service controller restcontroller getmapping postmapping
    requestmapping transactional value nullable nonnull suppresswarnings functionalinterface
    everyone channel here all team admins mention someone latest next beta canary
""")
_REDDIT = compiled(r"(?<![A-Za-z0-9_/.])/?u/(?P<v>[A-Za-z0-9_-]{3,20})(?![A-Za-z0-9_/-])")
# Profile links: the path segment that is the person. A host's own pages are no one's.
_PROFILE = compiled(
    r"(?i)(?<![A-Za-z0-9_.-])(?:https?://)?(?:www\.|[a-z]{2}\.|m\.)?"
    r"(?P<host>linkedin\.com/in|twitter\.com|x\.com|instagram\.com|facebook\.com|fb\.com|"
    r"tiktok\.com/@|t\.me|medium\.com/@|youtube\.com/@|threads\.net/@|github\.com|gitlab\.com|"
    r"reddit\.com/u(?:ser)?|bsky\.app/profile|steamcommunity\.com/(?:id|profiles)|twitch\.tv|"
    r"soundcloud\.com|pinterest\.com|patreon\.com|vk\.com|flickr\.com/people|behance\.net|"
    r"dribbble\.com|codepen\.io|keybase\.io|snapchat\.com/add|kick\.com)"
    r"/(?P<v>[A-Za-z0-9_.-]{2,60})(?P<rest>/[^\s]*)?"
)
_HOST_PAGES = words("""
    about home search explore settings login signup join share sharer intent i hashtag
    features pricing enterprise orgs organizations marketplace topics trending collections
    sponsors notifications pulls issues new help privacy terms security customer-stories
    groups pages events watch gaming business jobs company school feed messages developers
    status policies legal careers blog docs login.php dialog plugins tr p reel reels stories
    share.php hashtag channel c user s directory videos downloads discover charts
    search.php pin ideas shots tags
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
# A label's value that says how or when, not who: `Last login: yesterday`, `Login: via
# SAML`, `Login: with your badge`. A closed set of function, time and status words: under a
# `username` key any other word may be a login (`sunshine`).
_NOT_LOGINS = words("""
    via with without from by at on in to into for through using over under per and or not
    the a an your my our their his her its this that these those any all each every some
    yesterday today tonight tomorrow now never ever always sometimes recently soon later
    earlier ago before after since until daily weekly monthly hourly once twice
    pending unknown failed failure success successful succeeded ok denied allowed granted
    blocked locked unlocked expired disabled enabled active inactive unavailable available
    required optional automatic manual invalid valid unsuccessful attempted attempts
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
    if len(bare) < 2 or low in _SYSTEM_ACCOUNTS or low in _NOT_LOGINS \
            or _PLACEHOLDER.match(low) or bare.isdigit() or _CODE_OBJECT.match(bare):
        return False
    return not (bare.isalpha() and is_word(low, common))


def _bracketed(text: str, start: int, end: int) -> bool:
    """The label and its value are all a bracket holds: `(login jdoe)`, an aside that names
    the account, where the label is no verb."""
    return text[start - 1 : start] in ("(", "[") and text[end : end + 1] in (")", "]")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """`@name` alone on a line with more below: a decorator or an annotation (`@Override`
    over a method). The text's last line may be a mention alone (`@dpatel07`)."""
    line_end = text.find("\n", end)
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return line_end >= 0 and not before.strip() and not text[end:line_end].strip()


def _code_after(text: str, end: int) -> bool:
    """The value is code (`username = request.form[...]`, `login(user)`), not a name; a PAM
    log's `X(uid=1001)` is no call."""
    nxt = text[end : end + 1]
    if nxt == "(" and text.startswith("(uid=", end):
        return False
    return nxt in ("(", "[", "{") or (nxt == "." and text[end + 1 : end + 2].isalpha())


# -- USERNAME by where it stands: no label, but a place only an account name goes ---------------

# The nouns for a user or an account in Chinese (both scripts), Japanese and Korean.
_CJK_ACCOUNT_NOUNS = ("用户|用戶|使用者|账号|帳號|賬號|账户|帳戶|会员|會員|"
                      "ユーザー|アカウント|사용자|계정")

# (gate, pattern, strong): the gate's words must be in the text before its pattern runs (one
# str.find each; most texts have none). A strong cue holds only an account name (`ssh X@`,
# `/home/X/`, `sudo -u X`), so a bare word after it is one; after a weak one (`ask user X`,
# `account X was locked`, `Assignee: X`) it must look like an account name: a digit, `_`, `.`
# or `-` inside, or all lower case and no dictionary word.
_CUED_USER: tuple[tuple[Keywords, regex.Pattern, bool], ...] = cues((
        # a login on a host: `ssh dpatel@build01`, `scp f anna.berg@jump:/tmp`, `rsync -av`
        ("ssh|scp|sftp|rsync|mosh",
         r"(?i)(?<![A-Za-z0-9_])(?:ssh|scp|sftp|rsync|mosh)\b[^\n@]{0,80}?"
         rf"(?<![A-Za-z0-9_.+-]){_NAME}@(?=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?![A-Za-z0-9@-]))",
         True),
        # a command's user argument: `sudo -u X`, `su - X`, `psql -U X`, `--author=X`
        ("sudo|crontab|mysql|doas|psql|pg_dump|createdb|su -|passwd|usermod|userdel|chage|"
         "net user|runas|--author|--committer|--user|chown",
         r"(?<![A-Za-z0-9_])(?:(?:sudo|crontab|mysql|mysqldump|doas)[ \t]+-u|"
         r"(?:psql|pg_dump|createdb)\b[^\n]{0,40}?-U|su[ \t]+-(?:l[ \t]+)?|passwd|"
         r"usermod\b[^\n]{0,40}|userdel(?:[ \t]+-r)?|chage[ \t]+-l|net[ \t]+user|"
         r"runas(?:[ \t]+/netonly)?[ \t]+/user:(?:[A-Z][A-Z0-9-]{1,14}\\)?|"
         r"--(?:author|committer|user(?:name)?)=[\"']?|chown(?:[ \t]+-R)?)[ \t]*"
         rf"(?<=[ \t=:\\\"'])[\"']?{_NAME}(?=[\"':\s]|$)", True),
        # a home folder: `C:\Users\X\`, `/home/X/`, `/Users/X/`, `\\srv\home$\X\`, `~X/`
        # and a mail spool or a cron table (`/var/mail/X`, `/var/spool/cron/crontabs/X`); a
        # root's segment may end the path (`HOME=/home/X`, `PS C:\Users\X>`)
        ("\\users\\|\\home|/home/|/users/|/mail/|/cron/|documents and settings|/afs/",
         # each branch opens on `\` or `/` (a drive letter is looked behind), so the scan
         # skips other characters fast
         # and other systems' homes: Windows XP's `Documents and Settings`, `%SystemDrive%`,
         # Git Bash's and Cygwin's drives (`/c/Users/X`), BSD's `/usr/home`, Silverblue's
         # `/var/home`, a Mac volume's `/Volumes/Disk/Users/X`, a NAS's `homes` share, AFS's
         # `/afs/cell/user/x/X`
         r"(?i)(?:(?:(?<=\b[a-z]:)|(?<=%\w{1,20}%))\\(?:users|documents and settings)\\|"
         r"\\homes?\$?\\|(?<![A-Za-z0-9_.])(?:/mnt|/cygdrive)?/[a-z]/users/|"
         r"(?<![A-Za-z0-9_.])(?:/(?:export|usr|var|nfs))?/(?:home|users)/|"
         r"(?<=/volumes/[^/\n]{1,40})/users/|(?<![A-Za-z0-9_.])/afs/[^/\s]+/user/[a-z]/|"
         r"(?<![A-Za-z0-9_.])/var/(?:spool/)?mail/|"
         r"(?<![A-Za-z0-9_.])/var/spool/cron/(?:crontabs/|tabs/|(?!(?:cron)?tabs\b)))"
         + _NAME + r"(?=[\\/\s\"'`,;:)>\]]|\.(?:\s|$)|$)", True),
        ("~",
         r"(?<![A-Za-z0-9_/~])~(?P<v>[A-Za-z][A-Za-z0-9._-]{0,30}[A-Za-z0-9_])(?=/)", True),
        # a Windows domain account: `CORP\jdoe` (a NetBIOS name in capitals, not a drive)
        ("\\",
         r"(?<![A-Za-z0-9_\\$])(?P<dom>[A-Z][A-Z0-9-]{1,14})\\"
         r"(?P<v>[A-Za-z][A-Za-z0-9._-]{0,30}[A-Za-z0-9_])(?![\\A-Za-z0-9_])", True),
        # auth logs: sshd, PAM, sudo, Windows events, Kerberos
        ("password for|publickey for|interactive for|none for|invalid user|session opened|"
         "session closed|account name:|tgt issued|lockout:|sudo:|sudo[",
         r"(?i)(?:(?:accepted|failed)[ \t]+(?:password|publickey|keyboard-interactive"
         r"(?:/pam)?|none)[ \t]+for(?:[ \t]+invalid[ \t]+user)?|invalid[ \t]+user|"
         r"session[ \t]+(?:opened|closed)[ \t]+for[ \t]+user|account[ \t]+name:|"
         r"(?-i:TGT)[ \t]+issued[ \t]+to|lockout:|(?-i:^|\n)[^\n]{0,20}?sudo(?:\[\d+\])?:)"
         rf"[ \t]+[\"']?{_NAME}", True),
        # a log's or an event's key for who did it: `user=X`, `"actor": "X"`, `by=X`
        ("user=|usr=|actor|principal=|by=|uid=|login=|user\":|user':|account=|acct=",
         r"(?i)(?<![A-Za-z0-9_.])[\"']?(?:user|usr|actor|principal|by|uid|login|account|acct)"
         r"(?:[\"']?[ \t]*:[ \t]*[\"']|=[\"']?)" + _NAME + r"(?=[\"'\s,;&)}]|$)", False),
        # prose: `the login for the build server is X`, `ask user X`, `account X was locked`
        ("login for|account for|user for|username for",
         r"(?i)(?<![A-Za-z0-9_])(?:login|account|user|username)[ \t]+for[ \t]+"
         r"[^\n.,;:]{1,40}?[ \t]+is[ \t]+" + _NAME, False),
        ("user |account ",
         r"(?i)(?<![A-Za-z0-9_@/.$%{-])(?:user|account)[ \t]+[\"']?" + _NAME
         + r"(?![A-Za-z0-9_@(])",
         False),
        # a label of its own before a colon or a dash, the value alone on its line or before
        # a bracket or a list's comma (`Affected user: X`, `Account: X (disabled)`,
        # `Login - X`, `Locked account: X, Y`); a chat's `User: can you ...` goes on as a
        # sentence, and its word is no account name
        ("user:|user :|user -|account:|account :|account -|login:|login -|acct:|user id:|"
         "user name:|username -|username –|username —|login name -",
         r"(?im)(?<![A-Za-z0-9_.-])(?:user|account|login|acct)(?:[ \t_-]?(?:name|id))?"
         r"(?:[ \t]*[:：]|[ \t]+[-–—])[ \t]*[\"']?" + _NAME + r"[\"']?"
         r"(?:[ \t]*,[ \t]*" + _NAME.replace("P<v>", "P<w>") + r")*"
         r"(?=[ \t]*(?:$|[,;)\]]|\()|\.(?:\s|$))", False),
        # an admin's request about one account's access: `Reset MFA for X`, `reset the
        # password for user X`, `revoke all sessions for X`, `re-enable the account of X`
        # (the gate wants a verb and a thing of access: `reset` and `clear` are common words)
        (("reset|enable|disable|revoke|rotate|unlock|suspend|expire|re-issue|reissue|clear",
          "mfa|2fa|otp|password|passcode|pin|credential|session|token|access|login|sign-in|"
          "signin|key|account|authenticator|passkey|device"),
         r"(?i)(?<![A-Za-z0-9_-])(?:re-?set|re-?enable|enable|disable|revoke|rotate|unlock|"
         r"suspend|expire|re-?issue|clear)[ \t]+(?:(?:the|all|any|all[ \t]+the)[ \t]+)?"
         r"(?:[A-Za-z0-9-]+[ \t]+)?(?:mfa|2fa|otp|totp|passwords?|passcodes?|pins?|"
         r"credentials?|sessions?|tokens?|access|logins?|sign-?ins?|(?:api[ \t]+|ssh[ \t]+)?keys?|"
         r"accounts?|authenticators?|passkeys?|devices?)[ \t]+(?:for|of|on)[ \t]+"
         r"(?:(?:the[ \t]+)?(?:user|account)[ \t]+)?" + _NAME
         + r"(?![A-Za-z0-9_@(-]|\.[A-Za-z0-9])",
         False),
        # who a thing runs as: `impersonate X`, `started as X`, `runs as user X`,
        # `switch to user X`
        ("impersonat|run as|runs as|ran as|running as|started as|executed as|execute as|"
         "launched as|spawned as|switch to user|switched to user|su to",
         r"(?i)(?<![A-Za-z0-9_-])(?:impersonat(?:e|es|ed|ing)(?:[ \t]+user)?|"
         r"(?:run|runs|ran|running|started|executed|execute|launched|spawned)[ \t]+as"
         r"(?:[ \t]+user)?|switch(?:ed)?[ \t]+to[ \t]+user|su[ \t]+to)[ \t]+[\"']?" + _NAME
         + r"(?![A-Za-z0-9_@(-]|\.[A-Za-z0-9])", False),
        ("sign in|signs in|log in|logs in|my user is|created the account|account of|"
         "password reset",
         r"(?i)(?<![A-Za-z0-9_])(?:signs?[ \t]+in[ \t]+(?:as|with)|logs?[ \t]+in[ \t]+(?:as|with)|"
         r"my[ \t]+user[ \t]+is|created[ \t]+the[ \t]+account|"
         r"account[ \t]+of[ \t]+[^\n.]{1,30}?is|password[ \t]+reset[ \t]+(?:requested[ \t]+)?for)"
         r"[ \t]+" + _NAME, False),
        # a gamer's name is any word they chose (`RavenBlaze`): its cue says enough
        ("steam name|gamertag|gamer tag|discord",
         r"(?i)(?<![A-Za-z0-9_])(?:steam[ \t]+name|gamer[ \t]?tag[ \t]+is|xbox[ \t]+gamertag|"
         r"discord,?[ \t]+i'?m)[ \t]+" + _NAME, True),
        # a Discord tag, a name and four digits after `#` (`brisket#4821`): the digits make
        # any word an account, where Discord is named in the text; not a record's number
        # (`issue#4821`, `PR#1022`, `order#5530`)
        ("discord",
         r"(?i)(?<![A-Za-z0-9_.#@/-])(?!(?:issue|bug|pr|mr|ticket|case|order|item|task|story|"
         r"build|run|job|step|page|line|rule|test|room|no|nr|ref|inv|invoice|po|req|cr|"
         r"incident|change|sku|part|commit|rev|version|v)#)"
         r"(?P<v>[A-Za-z0-9_.]{2,32}#\d{4})(?![A-Za-z0-9_#])", True),
        # a platform, then `is` or a colon, then the account: `His Snapchat is X`, `my
        # Instagram: X`, `Telegram - X`; a word (`Twitter is down`) has no account's shape
        ("twitter|instagram|insta|ig|tiktok|telegram|threads|mastodon|bluesky|bsky|github|"
         "gitlab|snapchat|discord|twitch|youtube|reddit|linkedin|facebook|fb|wechat|微信",
         rf"(?i)(?<![A-Za-z0-9_])(?:{_PLATFORM})(?:[ \t]+(?:handle|name|username|account|id))?"
         r"(?:[ \t]+(?:is|=)|[ \t]*[:：]|[ \t]+[-–—])[ \t]+(?![A-Za-z0-9_.-]*\.[a-z]{2,6}/)" + _NAME
         + r"(?![A-Za-z0-9_@(/]|\.[A-Za-z0-9]|:/)", False),
        # who someone is online: `he goes by X on the forum`, `known online as X`, `this is X
        # from the community board`, `alias: X`, `nickname in the app is X`
        ("goes by|go by|went by|known as|known online|this is|alias|nickname|handle|"
         "screen name|username",
         r"(?i)(?<![A-Za-z0-9_])(?:(?:goes|go|going|went)[ \t]+by|known[ \t]+(?:online[ \t]+)?as|"
         r"this[ \t]+is(?=[ \t]+\S+[ \t]+(?:from|on|here)\b)|alias(?:[ \t]*[:：]|[ \t]+is)|"
         r"(?:nick[ \t]?name|handle|screen[ \t]+name|user[ \t]?name)[ \t]+(?:on|in|at|for)"
         r"[ \t]+[^\n.,;:]{1,40}?[ \t]+is)[ \t]+[\"'“]?" + _NAME
         + r"(?![A-Za-z0-9_@(-]|\.[A-Za-z0-9])", False),
        # an account named by what happened to it: `cnovak was locked after three tries`,
        # `t_iwu's account got suspended`; a word or a role (`root`, `the account`) is none
        (("locked|suspended|banned|disabled|deactivated|compromised|hacked|blocked",
          " was | is | got | has been | had been "),
         r"(?i)(?<![A-Za-z0-9_@/.$%{-])" + _NAME + r"(?:['’]s[ \t]+account)?[ \t]+"
         r"(?:was|is|got|has[ \t]+been|had[ \t]+been)[ \t]+(?:(?:temporarily|permanently|"
         r"automatically|just)[ \t]+)?(?:locked|suspended|banned|disabled|deactivated|"
         r"compromised|hacked|blocked)\b", False),
        # the people of a game, a forum or a channel, by their account: `Player K0rvalis was
        # banned`, `streamer zulema_g`, `accounts dorit.l and dorit_lev2`
        ("player|streamer|poster|commenter|redditor|subscriber|follower|moderator|accounts|"
         "users",
         r"(?i)(?<![A-Za-z0-9_@/.$%{-])(?:player|streamer|poster|commenter|redditor|"
         r"subscriber|follower|moderator|accounts|users)[ \t]+[\"']?" + _NAME
         + r"(?:[ \t]*(?:,|and|&)[ \t]*" + _NAME.replace("P<v>", "P<w>") + r")*"
         + r"(?![A-Za-z0-9_@(])", False),
        # an admin's request: `add X to the dev-team group`, `disable X's access`
        ("add |remove |disable |unlock |suspend |lock ",
         r"(?i)(?<![A-Za-z0-9_])(?:(?:add|remove)[ \t]+" + _NAME + r"[ \t]+(?:to|from)[ \t]+"
         r"(?:the[ \t]+|all[ \t]+)?(?:[\w-]+[ \t]+){0,2}(?:groups?|lists?|team|channel|role)\b|"
         r"(?:disable|unlock|suspend|lock)[ \t]+" + _NAME.replace("P<v>", "P<w>") + r"'s)",
         False),
        # an account noun of Chinese, Japanese or Korean before a Latin login, CJK text
        # after it: `用户 jdoe 登录失败`, `使用者 jdoe 從 10.0.0.5 登入`, `ユーザー jdoe が`
        (_CJK_ACCOUNT_NOUNS,
         rf"(?:{_CJK_ACCOUNT_NOUNS})[ \t]*[「『“\"']?" + _NAME
         + rf"[」』”\"']?(?=[ \t]*(?:[{CJK}\u3040-\u30ff\uac00-\ud7af，。、：（]|$))", False),
        # a ticket's or a commit's people fields: `Assignee: X`, `Reviewed-by: X`
        ("assignee|reporter|requested by|owner|created by|approved by|reviewed-by|acked-by|"
         "author|submitted by|opened by|assigned to",
         r"(?i)(?<![A-Za-z0-9_])(?:assignee|reporter|requested[ \t]+by|owner|created[ \t]+by|"
         r"approved[ \t]+by|reviewed-by|acked-by|author|submitted[ \t]+by|opened[ \t]+by|"
         r"assigned[ \t]+to)(?:[ \t]*:[ \t]*|[ \t]+(?:is[ \t]+|was[ \t]+)?)" + _NAME
         + r"(?![A-Za-z0-9_@(])", False),
)) + SLOTS
# A domain that is no domain: registry hives, Windows' own principals.
_NOT_DOMAINS = words("hklm hkcu hkcr hku hkcc nt builtin workgroup font window")
# Service and built-in accounts: a machine's role, no person (`svc-build`, `sa_backup`).
# A name of lower_snake words ending in a job's word is a scheduled task's (`cron_job`,
# `nightly_backup_job`, `ingest_daemon`, `report_worker`), no person's login.
_SERVICE = compiled(r"(?i)^(?:svc|srv|sa|sys|app|bot|ci|build|cron|job|daemon)[_-]|"
                    r"[_-](?:svc|bot|service|ci|job|jobs|daemon|worker|cron|runner|task|"
                    r"scheduler|agent)$|"
                    r"^(?:administrators?|users|guests|system|local ?service|network ?service|"
                    r"public|default|all ?users|default ?user|defaultapppool|ansible|vagrant|"
                    r"runner|gitlab-runner|nginx|apache|httpd|redis|docker|daemon|bin|sys|mail|"
                    # a distribution's own groups, beside accounts in `gpasswd -a X docker`
                    r"sudo|sudoers|wheel|adm|staff|plugdev|dialout|netdev|lpadmin|sambashare|"
                    r"libvirt|kvm|render|systemd-journal|cdrom|floppy|tty|disk|lp|"
                    # daemons' own accounts, and bots that commit and merge
                    r"sshd|ntp|chrony|messagebus|polkitd|avahi|colord|syslog|_apt|uuidd|tcpdump|"
                    r"dnsmasq|postfix|dovecot|named|bind|squid|tomcat|elasticsearch|grafana|"
                    r"prometheus|zabbix|nagios|haproxy|memcached|rabbitmq|mongodb|kafka|"
                    r"zookeeper|hdfs|games|man|news|uucp|proxy|list|irc|gnats|dbo|guest|"
                    r"kubernetes-admin|dependabot|renovate|greenkeeper|mergify|codecov|"
                    r"github-actions|web_anon|anon|authenticator|nogroup|nfsnobody|svc|bot)$|^systemd-")


# A value with no account's shape: no letter (`2024-11-05`), a version (`v2.0.1`, `1.2.3rc1`)
# or a hex id (`d9607e19`, a UUID's head).
_NOT_ACCOUNT = compiled(r"(?i)^(?:[^a-z]*|v?\d+(?:[._-]\d+)+[a-z]*\d*|(?=[a-f]*\d)[0-9a-f]{8,})$")


# A Kerberos realm after `@` (upper case by convention), where an e-mail has its domain.
_REALM = compiled(r"@[A-Z0-9-]+(?:\.[A-Z0-9-]+)+(?![A-Za-z0-9.-])")


# Words of role and service account names beside dictionary words (`web_anon`, `app_rw`,
# `etl-loader`): a name made only of these and words is a role, not a person's login.
# Three letters or fewer count as a role's part only when listed: a login of a family name and
# a given name's head (`noble_mit`, `strand_low`) spells a short word by chance.
_ROLE_PARTS = words("""
    anon app api db dba ro rw etl bi qa dev prod stg uat ops sys sql srv svc adm admin
    readonly readwrite rds iam k8s ci cd web log job bot ftp www usr tmp raw pub sub all
    new old std ext int net sec key run get set put top aws gcp git sso
""")


def _role_name(value: str, common: frozenset[str]) -> bool:
    """`web_anon`, `read_only`, `readonly`, `appuser`: words joined by `_`, `-`, `.` or run
    together (two words of three letters or more); a single letter makes a login
    (`kwame_m`)."""
    low = value.lower()
    parts = [p for p in regex.split(r"[_.-]", low) if p]
    if len(parts) > 1:
        return all(_role_part(p, common) for p in parts)
    return low.isalpha() and any(_role_part(low[:i], common) and _role_part(low[i:], common)
                                 for i in range(3, len(low) - 2))


def _role_part(part: str, common: frozenset[str]) -> bool:
    return part in _ROLE_PARTS or len(part) > 3 and is_word(part, common)


def _user_shaped(value: str, common: frozenset[str]) -> bool:
    """After a weak cue: a digit, `_`, `.` or `-` inside, or lower case and no word, and no
    role's name made of words."""
    if common and _role_name(value, common):
        return False
    if any(c.isdigit() or c in "_.-" for c in value.strip("_.-")):
        return True
    return value.islower() and len(value) >= 4 and not is_word(value, common)


# A table's header of capitals with a column of logins: `ps aux`'s and `top`'s USER,
# `loginctl`'s USER, `w`'s USER, Windows' `query user` USERNAME. A row's value is the word
# under that column's header.
_TABLE_HEADER = compiled(
    r"(?m)^[ \t>]*(?:[A-Z][A-Z0-9%+@/_-]*|%[A-Z]+)(?:[ \t]+(?:[A-Z][A-Z0-9%+@/_()-]*|%[A-Z]+))+"
    r"[ \t]*$"
)
_LOGIN_COLUMN = compiled(r"(?<![^ \t>])(?:USER|USERNAME|UNAME|LOGIN|OWNER)(?![^ \t])")
_WORD = compiled(r"[^\s]+")
_ACCOUNT_NAME = compiled(r">?" + _NAME)


def table_logins(text: str):
    """(start, end) of each value under a USER-like column of a header of capitals, in the
    rows below it up to a blank line (at most 50)."""
    for header in _TABLE_HEADER.finditer(text):
        column = _LOGIN_COLUMN.search(text, header.start(), header.end())
        if column is None:
            continue
        line_start = text.rfind("\n", 0, header.start()) + 1
        lo, hi = column.start() - line_start, column.end() - line_start
        pos = header.end() + 1
        for _ in range(50):
            if pos >= len(text):
                break
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if not text[pos:end].strip():
                break
            for w in _WORD.finditer(text, pos, end):
                if w.start() - pos < hi and w.end() - pos > lo:
                    m = _ACCOUNT_NAME.fullmatch(text, w.start(), w.end())
                    if m:
                        yield m.span("v")
                    break
            pos = end + 1


# A chat's speaker opening a line after the message's time: `[10:14] jdoe: text`, `10:14
# jdoe: text` (an IRC log's `<jdoe>` is a slot of account_slots); without the time only in a
# transcript or a chat export (`jdoe: text`), where a word before a colon is otherwise a
# YAML key or a form's label. Two such lines make a conversation; what the speaker says is
# words (`deploy at 11?`), not a log's value (`lag 5`). A log's level or a form's word is
# no account name (the weak value checks: a digit, `_`, `.` or `-`, or lower case and no
# word).
_CHAT_TIME = r"\[?\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp][Mm])?\]?[ \t]+"
# (the standard library's `re`: this runs on every line with a colon, and is several times
# faster per call than `regex`)
_SPEAKER = re.compile(rf"[ \t]*(?P<t>{_CHAT_TIME})?" + _NAME + r"[ \t]*:[ \t]+(?=\S)")
_LOGIN_CHARS = re.compile(r"[\d_.-]")
_SAID_WORD = re.compile(rf"[^\W\d_]{{2,}}|[{CJK}]")
_CHAT_WORDS = ("transcript", "chat", "conversation", "slack", "discord", "teams", "whatsapp",
               "telegram", "irc", "messenger", "thread", "channel")


def chat_speakers(text: str):
    """(start, end) of each speaker of a chat's lines (see `_SPEAKER`)."""
    lines, pos = [], 0
    while pos < len(text):  # one match at each line's start (a `^` scan tries everywhere)
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        colon = text.find(":", pos, end)
        if 0 < colon - pos <= 60:
            m = _SPEAKER.match(text, pos, end)
            if m:
                lines.append(m)
        pos = end + 1
    timed = [m for m in lines if m.group("t")]
    if len(timed) >= 2:
        lines = timed
    elif len(lines) < 2:
        return
    elif not any(_LOGIN_CHARS.search(m.group("v")) or m.group("v").islower() for m in lines):
        return  # `Note:`, `User:`: a form's words, before the chat words are looked for
    else:
        low = text.lower()  # one `in` per word: a regex alternation costs far more
        if not any(w in low for w in _CHAT_WORDS):
            return
    for m in lines:
        end = text.find("\n", m.end())
        said = text[m.end() : end if end >= 0 else len(text)]
        if len(_SAID_WORD.findall(said, 0, 400)) >= 2:
            yield m.span("v")


# A login of a given name, a dot and a family name, with or without a number
# (`nilufar.rangi35`, `kwame.mwangi`), with no cue: the names recognizer reads the given name
# as a PERSON and leaves the rest, so the whole token is reported. The scan opens on the dot
# (a literal) and looks behind for the given name. Not a file, a host, an e-mail, a call or
# an attribute: the family part is no dictionary word, file extension or top-level domain,
# and no `.`, `@`, `(` or `/` follows.
_DOTTED = compiled(
    r"\.(?<=(?<![\w./@:\\~$%{`'-])(?P<g>[a-z]{3,20})\.)(?P<f>[a-z][a-z'-]{1,24}[a-z])(?P<d>\d{0,4})"
    r"(?![\w@(/\\-]|\.[A-Za-z0-9]|['`])"
)
_NOT_FAMILY = words("""
    com net org edu gov mil int info biz name pro io co uk de fr nl es it eu us ca au jp cn
    ru br in ch se no dk fi pl cz at be app dev ai me tv ly gg xyz online site tech cloud
    py pyc pyi js jsx ts tsx mjs cjs md rst txt log json yaml yml toml xml csv tsv html htm
    css scss sass less sh bash zsh ps psm rb go rs java kt kts scala php sql cfg ini conf
    env lock bak tmp old orig swp zip tar gz tgz bz xz rar pdf doc docx xls xlsx ppt pptx
    png jpg jpeg gif svg webp ico mp mov exe dll so dylib bin img iso dmg pkg deb rpm apk
    ipynb vue svelte dart lua pl pm hs ex exs erl clj cpp hpp cc cxx mdx tf tfvars hcl
    proto graphql gql lua key pem crt cer der pfx csr pub asc gpg sig local internal lan
    corp home test example invalid localhost
""")
# Endings of a method's or an attribute's name, no family name's (`mark.parametrize`,
# `ray.initialize`, `max.aggregation`): beside a given name that is also a word, code.
_CODE_ENDING = compiled(r"(?:i[sz]e[sd]?|ify|ified|ization|isation|able|ment|ness|ings?)$")
# The import path of code, where a module may be named for a person's given name
# (`import jax.numpy`).
_IMPORT_BEFORE = compiled(r"(?:\bimport|\bfrom|\brequire\(|\buse)[ \t]+[\w.]*$")


def dotted_logins(text: str, common: frozenset[str]):
    """(start, end) of each `given.family` login in `text` (see `_DOTTED`)."""
    names = None
    for m in _DOTTED.finditer(text):
        given, family = m.group("g"), m.group("f")
        if family in _NOT_FAMILY or "'" in family and not m.group("d"):
            continue
        if names is None:
            names = given_names()
        # a family name may be a word (`sophie.martin`), not beside a given name that is one
        # too (`grace.period`, `max.length`, `ray.serve`), unless a number follows
        if given not in names or not m.group("d") and is_word(given, common) \
                and (is_word(family, common) or _CODE_ENDING.search(family)) \
                or _IMPORT_BEFORE.search(text, max(0, m.start("g") - 40), m.start("g")):
            continue
        yield m.start("g"), m.end()


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
                             "reddit.com/", "bsky.app/", "steamcommunity.com/", "twitch.tv/",
                             "soundcloud.com/", "pinterest.com/", "patreon.com/", "vk.com/",
                             "flickr.com/", "behance.net/", "dribbble.com/", "codepen.io/",
                             "keybase.io/", "snapchat.com/", "kick.com/")

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entities=[self.ENTITY], name="UsernameRecognizer",
                         supported_language=supported_language)

    def load(self) -> None:  # nothing to load: patterns are compiled at import
        pass

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        found: list[RecognizerResult] = []
        if self.LABELS.search(text):
            found.extend(self._labeled(text, model_words(nlp_artifacts)))
        found.extend(self._cued(text, nlp_artifacts))
        if "USER" in text or "LOGIN" in text or "OWNER" in text:
            found.extend(self._tables(text, nlp_artifacts))
        found.extend(self._handles(text, nlp_artifacts))
        if "." in text:
            found.extend(self._dotted(text, nlp_artifacts))
        if ": " in text or ":\t" in text:
            found.extend(self._speakers(text, nlp_artifacts))
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
                    and not m.group("sep").strip() and not _bracketed(text, m.start(), end):
                continue  # `last login came from`: a verb or noun follows, not a name
            if text[m.start() - 1 : m.start()] == "-" and not m.group("sep").strip():
                continue  # a switch (`bash --login x.sh`); a user option is account_slots
            yield result(self, self.ENTITY, start, end, 0.75)

    def _cued(self, text: str, nlp_artifacts):
        common = None
        for gate, pattern, strong in _CUED_USER:
            if not gate.search(text):
                continue
            if common is None:
                common = model_words(nlp_artifacts)
            for m in pattern.finditer(text):
                if "dom" in pattern.groupindex and m.group("dom").lower() in _NOT_DOMAINS:
                    continue
                # every capture: a list slot (`Watchers: a, b`) holds several
                spans = m.spans("v") + (m.spans("w") if "w" in pattern.groupindex else [])
                for start, end in spans:
                    value = text[start:end].rstrip(".-")
                    end = start + len(value)
                    if not username_ok(value, common) or _SERVICE.search(value) \
                            or _NOT_ACCOUNT.match(value) or _code_after(text, end) \
                            or text[end : end + 1] == "@" and not strong \
                            and not _REALM.match(text, end):
                        continue
                    if not strong and not _user_shaped(value, common):
                        continue
                    yield result(self, self.ENTITY, start, end, 0.7)

    def _tables(self, text: str, nlp_artifacts):
        common = None
        for start, end in table_logins(text):
            if common is None:
                common = model_words(nlp_artifacts)
            value = text[start:end]
            if username_ok(value, common) and not _SERVICE.search(value) \
                    and not _NOT_ACCOUNT.match(value):
                yield result(self, self.ENTITY, start, end, 0.7)

    def _handles(self, text: str, nlp_artifacts):
        if "@" in text and self.HANDLE_AT.search(text):
            common = model_words(nlp_artifacts)
            for m in _HANDLE.finditer(text):
                if not m.group("v")[1:].isdigit() and not _code_after(text, m.end("v")):
                    yield result(self, self.ENTITY, *m.span("v"), 0.75)
            for m in _MENTION.finditer(text):
                value = m.group("v").rstrip(".-")
                end = m.start("v") + len(value)
                if value.lower() in _NOT_MENTIONS or not username_ok(value, common) \
                        or _code_after(text, end) or text[end : end + 1] in ("/", "@") \
                        or _alone_on_line(text, m.start(), end):
                    continue
                # the word without its `@` and below a name's score: `@thuy` is the names
                # recognizer's PERSON when it reads one, USERNAME otherwise
                yield result(self, self.ENTITY, m.start("v"), end, 0.6)
        if "<@" in text:
            for m in _SLACK_USER.finditer(text):
                yield result(self, self.ENTITY, *m.span("v"), 0.75)
        if "u/" in text:
            for m in _REDDIT.finditer(text):
                yield result(self, self.ENTITY, *m.span("v"), 0.7)

    def _dotted(self, text: str, nlp_artifacts):
        common = model_words(nlp_artifacts)
        for start, end in dotted_logins(text, common):
            value = text[start:end]
            if username_ok(value, common) and not _SERVICE.search(value) \
                    and not _role_name(value, common):
                yield result(self, self.ENTITY, start, end, 0.7)

    def _speakers(self, text: str, nlp_artifacts):
        common = None
        for start, end in chat_speakers(text):
            if common is None:
                common = model_words(nlp_artifacts)
            value = text[start:end]
            if username_ok(value, common) and not _SERVICE.search(value) \
                    and not _NOT_ACCOUNT.match(value) and _user_shaped(value, common):
                yield result(self, self.ENTITY, start, end, 0.7)

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
