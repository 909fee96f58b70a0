"""Places in machine text where only an account name goes, found by their syntax: an option
that takes a user, a command whose argument is one, a shell prompt, a path under a home or
mail root, an ownership or ACL entry, a key named for a user, a people field of a ticket or
a commit, a VCS log line, an SQL account, an LDAP attribute.

Each row is (gate, pattern, strong), read by accounts.UsernameRecognizer: the gate's words
must be in the text before the pattern runs (one `in` each), the value is the group `v`
(repeated in a list: `Watchers: a, b`). A strong slot holds nothing but an account, so any
value passes that is no system account, placeholder or dictionary word; a weak one also
holds other things (`Reviewers: required`, `GRANT ... TO reporting`), so its value must look
like an account name (a digit, `_`, `.` or `-` inside, or lower case and no word).
"""

from __future__ import annotations

import regex

from .common import Keywords, compiled

# An account name; it ends where a word would (not inside `anna.berg.example` or a UUID).
NAME = r"(?P<v>[A-Za-z0-9][A-Za-z0-9._-]{0,30}[A-Za-z0-9_])"
_END = r"(?![A-Za-z0-9_-]|\.[A-Za-z0-9_])"
_Q = r"[\"'`]?"
# Options before a command's user argument: flags, their number or path values, and path
# arguments (`useradd -m -s /bin/bash X`, `htpasswd -c /etc/.htpasswd X`, `last -n 5 X`).
_OPTIONS = r"(?:[ \t]+(?:-{1,2}[A-Za-z][\w-]*(?:[ =](?:\d+|[/~][^\s]*))?|[/~.][^\s]*))*"
# After a command's argument: a word's end, a realm or a principal's instance (`X/admin`,
# not a service's `HTTP/web01.example.com`).
_ARG_END = r"(?=[ \t]*(?:$|[\n;|&)@:])|[ \t]+[^\s]|/[A-Za-z]+(?![\w.-]))"

# Commands whose first argument is an account (`id X`, `last -n 5 X`, `kinit X@REALM`).
_USER_COMMANDS = (
    r"id|groups|finger|pinky|last|lastb|lastlog|kinit|addprinc|delprinc|"
    r"getent[ \t]+(?:passwd|shadow|initgroups)|"
    r"loginctl[ \t]+(?:user-status|show-user|terminate-user|enable-linger|disable-linger)|write"
)
# Account tools whose arguments are accounts, groups, files and option values in any order
# (`useradd -m -G wheel -s /bin/zsh X`, `gpasswd -a X docker`, `htpasswd -c FILE X`): every
# bare word is a candidate and the value checks keep the accounts (a group is a word or a
# system group, a path or a number is no candidate).
_ACCOUNT_TOOLS = r"useradd|adduser|deluser|delgroup|chsh|chfn|gpasswd|smbpasswd|pdbedit|htpasswd|" \
    r"edquota|setquota|chage|faillock|pam_tally2|mkhomedir_helper"
_TOOL_ARGS = (
    r"(?:[ \t]+(?:-{1,2}[A-Za-z][\w-]*(?:=[^\s;|&]*)?(?=[\s;|&]|$)|[/~.][^\s;|&]*|"
    r"[\"']?" + NAME + r"[\"']?(?=[\s;|&]|$)|[^\s;|&]+))+"
)
# Commands whose `-u` (or `-U`) takes a user; elsewhere `-u` is no user (`git push -u origin`,
# `sort -u`, `python -u`).
_U_COMMANDS = (
    r"top|htop|ps|pgrep|pkill|killall|skill|lastlog|quota|docker|podman|nerdctl|oc|curl|"
    r"smbclient|rpcclient|mongo|mongosh|mongodump|mongorestore|redis-cli|lftp|atq|loginctl|"
    r"mysql|mysqldump|mysqladmin|mariadb|crontab|sudo|doas|psql|pg_dump|createdb|pgbench"
)
# A long option named for a user, with a value after `=` or a space (`--http-user=X`,
# `mongosh --username X`, `find -user X`, `-SamAccountName X`). Not a bare `--user` before
# a space: pip, systemctl and flatpak use it as a switch (`systemctl --user restart x`).
_USER_OPTION = (
    # opens on its `-` (a literal: the scan jumps from one to the next), not after a word
    r"(?i)-(?<![\w-]-)-?(?:(?:[a-z]+[_-]?)?(?:user|login)[_-]?name[ \t]+|"
    r"[a-z]+[_-]?user[ \t]+|sam[_-]?account[_-]?name[ \t]+|"
    r"(?:[a-z]+[_-])*(?:user(?:[_-]?name)?|login)=|(?<=[^-]-)(?-i:user|Members?)[ \t]+)"
    r"[\"']?" + NAME + r"(?=[\"',:\s]|$)"
)

# Verbs of tickets and chats whose `by` or `to` names a person (`Resolved by: X`,
# `escalated to X`); not any `-ed by` (`Powered by: nginx-1.25`, `Sponsored by: acme-corp`).
_BY_VERBS = (
    r"edited|resolved|closed|reopened|updated|modified|triaged|tested|verified|merged|"
    r"reverted|deleted|acknowledged|claimed|locked|unlocked|disabled|invited|suspended|banned|"
    r"escalated"
)
_TO_VERBS = r"escalated|reassigned|handed[ \t]+over"
_DONE_BY = rf"(?:{_BY_VERBS})[ \t]+by|(?:{_TO_VERBS})[ \t]+to"

_KEY_WORD = r"user(?:[_-]?name)?|logname|login[_-]?name"


def _at_command(commands: str) -> str:
    """`commands` where a shell command starts, the word first so the scan is for words."""
    return rf"(?:{commands})(?<=(?:^|[\n;&|`(\"']|[$#%>:][ \t]|\bsudo[ \t])[ \t]*(?:{commands}))"


ROWS = (
    # an option's value: `wget --http-user=X`, `Add-ADGroupMember -Members X`, `find -user X`
    (("-", "user|login|members|samaccountname"), _USER_OPTION, True),
    # `-u X` of a command that means a user by it: `top -u X`, `ps -fu X`, `docker login -u X`
    (("-", "u"),
     rf"-(?<=(?<![\w./-])(?:{_U_COMMANDS})\b[^\n|;&]{{0,60}}?[ \t]-)"
     r"(?:[A-Za-z]{0,3}[uU][ \t]+|[uU](?=[A-Za-z]))[\"']?" + NAME + r"(?=[\"':\s,]|$)",
     True),
    # a mount's option: `-o username=X,vers=3.0`
    ("username=|user=",
     r"(?i)user(?:name)?=(?<=(?:[ \t]-o[ \t]+(?:[^\s,]+,)*|,)user(?:name)?=)" + NAME
     + r"(?=[,\s]|$)", True),
    # a command whose argument is an account: `id X`, `gpasswd -a X docker`, `kinit X@REALM`
    ("id |groups |finger |last |lastb |lastlog |kinit |addprinc |delprinc |getent |loginctl |"
     "write |pinky ",
     rf"{_at_command(_USER_COMMANDS)}{_OPTIONS}[ \t]+{_Q}" + NAME + _ARG_END, False),
    (_ACCOUNT_TOOLS, rf"{_at_command(_ACCOUNT_TOOLS)}{_TOOL_ARGS}", False),
    # PowerShell's user cmdlets: `Get-ADUser X`, `Disable-ADAccount -Identity X`
    ("aduser|adaccount|localuser|msoluser|mguser",
     r"(?i)(?<![\w-])(?:get|set|remove|disable|enable|unlock|new|search)-"
     r"(?:ad(?:user|account)|localuser|msoluser|mguser)\b"
     r"(?:[^\n|;]{0,60}?[ \t]-identity|[ \t]-identity)?[ \t]+[\"']?" + NAME + _END, True),
    # a shell prompt: `X@devbox:~/api$`, `[X@web01 ~]$`, `X@MacBook-Pro ~ %`
    (("@", "$|#|%"),
     r"(?m)^[ \t]*\[?" + NAME + r"@[A-Za-z0-9][\w.-]*"
     r"(?::[^\s$#%]*[$#%]|[ \t]+[^\s\]]*\][$#%]|\][$#%]|[ \t]+[^\s]+[ \t]+[%$#])(?=[ \t]|$)",
     True),
    # a variable that holds the login: `LOGNAME=X`, `SUDO_USER=X`, `"TargetUserName": "X"`,
    # `remote_user=X` (a key that ends in a user word; not `user_agent`, `user_id=42`)
    ("user=|user\"|user'|user :|user:|username|user_name|user-name|logname|login_name|"
     "loginname|login-name|user =",
     rf"(?i)(?:{_KEY_WORD})(?<=(?<![A-Za-z0-9_.-])[\"']?[A-Za-z]*[_-]?(?:{_KEY_WORD}))"
     r"[\"']?(?:[ \t]*:[ \t]*[\"']|[ \t]*=[ \t]*[\"']?)" + NAME + r"(?=[\"'\s,;&)}]|$)", False),
    # a Windows event's XML: `<Data Name="TargetUserName">X</Data>`
    ("name=",
     r"(?i)name=[\"'][A-Za-z]*(?:user(?:name)?|account(?:name)?)[\"'][ \t]*>[ \t]*" + NAME
     + r"(?=[ \t]*<)", True),
    # ACL entries: `setfacl -m u:X:rwx`, getfacl's `user:X:r-x`, `default:user:X:rwx`
    (("u:|user:", ":r|:w|:x|:-"),
     r"(?<![\w:-])(?:(?:d|default):)?u(?:ser)?:" + NAME + r":[rwxX-]{1,3}(?![\w])", True),
    # icacls' grants: `/grant X:(OI)(CI)M`, `/setowner X`, with or without a domain
    ("/grant|/deny|/remove|/setowner",
     r"(?i)/(?:grant|deny|remove|setowner)(?::[rd])?[ \t]+[\"']?(?:[A-Za-z][\w-]{1,14}\\)?"
     + NAME + r"(?=[:\"' \t]|$)", True),
    # `ls -l`: owner and group after the mode and the link count
    ("rw-|r-x|r--|rwx|-wx|--x",
     r"(?m)^[-dlcbps][rwxsStT-]{9}[.+@]?[ \t]+\d+[ \t]+" + NAME + r"(?:[ \t]+" + NAME
     + r")?(?=[ \t]+\d)", True),
    # `ps aux`: the owner opens the line, before the pid and %CPU %MEM
    ((" 0.| 1.| 2.| 3.| 4.| 5.| 6.| 7.| 8.| 9.", ":", "pts/|?|tty"),
     r"(?m)^" + NAME + r"[ \t]+\d+[ \t]+\d+\.\d[ \t]+\d+\.\d[ \t]", True),
    # `stat`: `Uid: ( 1001/   X)`
    ("uid:", r"(?i)uid:[ \t]*\([ \t]*\d+/[ \t]*" + NAME + r"[ \t]*\)", True),
    # auth logs: `su: (to root) X on pts/1`, `new user: name=X`, `password changed for X`
    ("(to |new user|password changed|changing password",
     r"(?i)(?:\(to[ \t]+[\w.-]+\)[ \t]+" + NAME + r"(?=[ \t]+on\b)|new[ \t]+user:[ \t]+name="
     + NAME + r"|(?:password[ \t]+changed|changing[ \t]+password)[ \t]+for[ \t]+(?:user[ \t]+)?"
     + NAME + ")", True),
    # a people field opening its line, one name or a list: `Watchers: a, b`, `CC: X`,
    # `QA Contact: X`, `Resolved by: X`, `Escalated to: X`
    ("watchers:|watcher:|cc:|requester:|requestor:|participants:|participant:|reviewers:|"
     "reviewer:|approvers:|approver:|contact:|contacts:|on-call:|oncall:|members:|member:|"
     "assignees:|assignee:|owner:|owners:|by:|to:",
     r"(?im)^[ \t]*(?:[A-Za-z]+[ \t-]){0,2}?(?:watchers?|b?cc|requester|requestor|participants?|"
     rf"reviewers?|approvers?|contacts?|on-?call|members?|assignees?|owners?|{_DONE_BY})"
     r"[ \t]*:[ \t]*@?" + NAME + r"(?:[ \t]*[,;][ \t]*@?" + NAME + r")*" + _END, False),
    # who did it, after a verb of tickets and chats: `Last edited by X`, `escalated to X`
    (" by|".join(_BY_VERBS.split("|")) + " by|escalated to|reassigned to|over to",
     # the scan is for `by` and `to`, the verb looked behind
     rf"(?i)(?:by(?<=(?<![\w-])(?:{_BY_VERBS})[ \t]+by)|to(?<=(?<![\w-])(?:{_TO_VERBS})[ \t]+to))"
     r"[ \t]*:?[ \t]+@?" + NAME + r"(?![\w@(-])", False),
    # a commit's trailer: `Co-authored-by: X <...>`, `Tested-by: X`
    ("-by:",
     r"(?m)^[ \t]*[A-Za-z]+(?:-[A-Za-z]+)*-[Bb]y:[ \t]*" + NAME + r"(?![\w@(-])", False),
    # a code host's timeline: `X committed 3 days ago`, `X approved these changes`
    ("committed|approved these|requested changes|requested a review|opened this|closed this|"
     "reopened this|merged commit|force-pushed|commented|self-assigned|deleted the branch",
     r"(?m)^[ \t]*@?" + NAME + r"[ \t]+(?:committed|approved[ \t]+these[ \t]+changes|"
     r"requested[ \t]+(?:changes|a[ \t]+review)|(?:re)?opened[ \t]+this|closed[ \t]+this|"
     r"merged[ \t]+commit|force-pushed|commented|self-assigned|deleted[ \t]+the[ \t]+branch)\b",
     False),
    # VCS logs: svn's `r1234 | X | 2024-...`, git blame's `^a1b2c3d (X 2024-11-05`
    (("line", (" | ",)),
     r"(?m)^r\d+[ \t]+\|[ \t]+" + NAME + r"[ \t]+\|", True),
    (("(", " +0| -0| +1| -1"),
     r"\((?<=(?:^|\n)\^?[0-9a-f]{7,40}[ \t]+(?:[^\s(]+[ \t]+)?\()" + NAME
     + r"[ \t]+\d{4}-\d\d-\d\d", True),
    # Perforce: `Change 44120 on 2024/11/05 by X@X-ws`: the user and the workspace named for them
    (("change ", "by "),
     r"(?i)\bchange[ \t]+\d+[ \t]+(?:on[ \t]+[^\s]+[ \t]+)?by[ \t]+" + NAME + "@" + NAME, True),
    # SQL accounts: MySQL's `'X'@'host'`, `CREATE USER X`, a role `WITH LOGIN`
    ("'@|`@|\"@",
     r"(?<![\w@])[\"'`]" + NAME + r"[\"'`]@[\"'`]", True),
    ("create user|alter user|drop user|rename user|create login|alter login|drop login|"
     "create role|alter role",
     r"(?i)\b(?:create|alter|drop|rename)[ \t]+(?:user|login)[ \t]+(?:if[ \t]+(?:not[ \t]+)?"
     r"exists[ \t]+)?[\"'`\[]?" + NAME + _END + r"|\b(?:create|alter)[ \t]+role[ \t]+[\"']?"
     + NAME + r"[\"']?(?=[ \t]+(?:with[ \t]+)?(?:login|password|encrypted)\b)", True),
    # a grant's grantee: `GRANT analysts TO X;`, `REVOKE ALL ON SCHEMA hr FROM X;`
    (("grant|revoke", "to|from"),
     r"(?i)\b(?:grant\b[^;\n]{1,120}?[ \t]to|revoke\b[^;\n]{1,120}?[ \t]from)[ \t]+[\"'`]?"
     + NAME + r"[\"'`]?(?=[ \t]*(?:;|,|$|\n|with\b))", False),
    # LDAP: a DN's `uid=X,`, LDIF's `uid: X`, `sAMAccountName: X`, `memberUid: X`
    ("uid=",
     r"(?i)(?<![\w])uid=" + NAME + r"(?=,)", True),
    ("uid:|samaccountname|memberuid|userid:|mailnickname",
     r"(?im)^[ \t]*(?:uid|samaccountname|memberuid|userid|mailnickname)[ \t]*:[ \t]*" + NAME
     + _END, False),
    # a Kerberos principal after its label: `Default principal: X@REALM`
    ("principal:",
     r"(?i)principal:[ \t]*" + NAME + r"(?=@|/[A-Za-z]+@)", True),
)


class AllOf:
    """A gate of several word groups, each of which must be in the text (`@` and a prompt's
    `$`): one `in` per word, as Keywords, and a group that misses ends the test."""

    def __init__(self, *groups: Keywords):
        self.groups = groups

    def search(self, text: str) -> bool | None:
        return True if all(g.search(text) for g in self.groups) else None


def _keywords(group: str | tuple[str, ...]) -> Keywords:
    # a tuple holds words as they are (` | ` has the `|` that a string's words are split on)
    return Keywords(*group) if isinstance(group, tuple) else Keywords(*group.split("|"))


def cues(rows) -> tuple[tuple[Keywords | AllOf, regex.Pattern, bool], ...]:
    """(gate, pattern, strong) rows compiled: a gate is words `a|b`, or a tuple of such
    groups that must all be in the text."""
    return tuple((AllOf(*map(_keywords, gate)) if isinstance(gate, tuple) else _keywords(gate),
                  compiled(pattern), strong) for gate, pattern, strong in rows)


SLOTS = cues(ROWS)
