"""Places in machine text where only an account name goes, found by their syntax: an option
that takes a user, a command whose argument is one, a shell prompt, a path under a home or
mail root, an ownership or ACL entry, a key named for a user, a people field of a ticket or
a commit, a VCS log line, an SQL account, an LDAP attribute; and the system carriers: account
tables (passwd, group, shadow, subuid, .pgpass, limits.conf), sshd, sudoers and smb.conf
lists, the system crontab's user column, auth and session logs, Windows events and `net`
commands, SQL owners and server logs, a connection string's user, git and CI variables, IRC
and Jira, IAM ARNs, RBAC subjects, container `--user` and `--chown`, a Kerberos principal.

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
    r"id|groups|finger|pinky|last|lastb|lastlog|kinit|kpasswd|ksu|addprinc|delprinc|"
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
    r"[a-z]+[_-]?user[ \t]+|sam[_-]?account[_-]?name[ \t]+|samid[ \t]+|"
    r"(?:[a-z]+[_-])*(?:user(?:[_-]?name)?|login)=|(?<=[^-]-)(?-i:user|Members?)[ \t]+)"
    r"[\"']?" + NAME + r"(?=[\"',:\s]|$)"
)

# Verbs of tickets and chats whose `by` or `to` names a person (`Resolved by: X`,
# `escalated to X`); not any `-ed by` (`Powered by: nginx-1.25`, `Sponsored by: acme-corp`).
_BY_VERBS = (
    r"edited|resolved|closed|reopened|updated|modified|triaged|tested|verified|merged|"
    r"reverted|deleted|acknowledged|claimed|locked|unlocked|disabled|invited|suspended|banned|"
    r"escalated|triggered|played|launched|initiated|kicked[ \t]+off|cancell?ed|retried|aborted|"
    # a CI's and a tracker's events: `Pipeline #48812 triggered by X`, `Reported 2024-11-05 by X`
    r"reported|deployed|promoted|rolled[ \t]+back"
)
_TO_VERBS = r"escalated|reassigned|handed[ \t]+over"
# a date may stand between the verb and `by` (`Reported 2024-11-05 by X`)
_WHEN = r"(?:[ \t]+(?:on[ \t]+)?\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?)?"
_DONE_BY = rf"(?:{_BY_VERBS}){_WHEN}[ \t]+by|(?:{_TO_VERBS})[ \t]+to"

_KEY_WORD = r"user(?:[_-]?name)?|logname|login[_-]?name"

# Commands that open a user crontab's line, where the system crontab has its user column
# (`0 2 * * * python3 /opt/x.py` has no user).
_CRON_COMMANDS = (
    r"cd|sh|bash|zsh|dash|ksh|csh|python[\d.]*|perl|php[\d.]*|ruby|node|java|curl|wget|test|"
    r"run-parts|flock|nice|ionice|timeout|find|rm|tar|rsync|docker|podman|kubectl|systemctl|"
    r"echo|sleep|cp|mv|mkdir|touch|gzip|make|git|ansible-playbook|certbot|logrotate|env|"
    r"exec|source|cat|ls|chmod|chown|date|mysqldump|pg_dump|psql|mysql|npm|npx|yarn|sudo|su"
)
# HTML's elements, which open a line as `<X>` as an IRC log's speaker does.
_HTML_TAGS = (
    r"(?i:html|head|body|div|span|p|a|ul|ol|li|table|tr|td|th|thead|tbody|tfoot|br|hr|img|"
    r"form|input|button|label|select|option|textarea|script|style|link|meta|title|nav|header|"
    r"footer|section|article|main|aside|pre|code|em|strong|b|i|u|small|sub|sup|h[1-6]|iframe|"
    r"svg|path|g|template|slot|dl|dt|dd|blockquote|figure|figcaption|canvas|video|audio|"
    r"source|picture|noscript|details|summary|caption|col|colgroup|fieldset|legend|"
    r"xml|root|item|entry|config|name|value|key|string|dict|array|integer|true|false)"
)



def _at_command(commands: str) -> str:
    """`commands` where a shell command starts, the word first so the scan is for words."""
    return rf"(?:{commands})(?<=(?:^|[\n;&|`(\"']|[$#%>:][ \t]|\bsudo[ \t])[ \t]*(?:{commands}))"


ROWS = (
    # an option's value: `wget --http-user=X`, `Add-ADGroupMember -Members X`, `find -user X`
    (("-", "user|login|member|samaccountname|samid"), _USER_OPTION, True),
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
    ("id |groups |finger |last |lastb |lastlog |kinit |kpasswd |ksu |addprinc |delprinc |getent |"
     "loginctl |"
     "write |pinky ",
     rf"{_at_command(_USER_COMMANDS)}{_OPTIONS}[ \t]+{_Q}" + NAME + _ARG_END, False),
    (_ACCOUNT_TOOLS, rf"{_at_command(_ACCOUNT_TOOLS)}{_TOOL_ARGS}", False),
    # PowerShell's user cmdlets: `Get-ADUser X`, `Disable-ADAccount -Identity X`,
    # `Set-ADAccountPassword -Identity X`, `Get-ADPrincipalGroupMembership X`,
    # `New-LocalUser -Name X` (a noun of users or accounts, not of groups or services)
    ("aduser|adaccount|adprincipal|localuser|msoluser|mguser",
     r"(?i)(?<![\w-])(?:get|set|remove|disable|enable|unlock|new|search|rename)-"
     r"(?:ad(?:user|account|principal)|localuser|msoluser|mguser)[a-z]*\b"
     r"(?:[^\n|;]{0,60}?[ \t]-(?:identity|name|samaccountname)|[ \t]-(?:identity|name))?"
     r"[ \t]+[\"']?" + NAME + _END, True),
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
    ("watchers:|watcher:|cc:|requester:|requestor:|participants:|participant:|reviewers:|submitter:|"
     "reviewer:|approvers:|approver:|contact:|contacts:|on-call:|oncall:|members:|member:|"
     "assignees:|assignee:|owner:|owners:|by:|to:",
     r"(?im)^[ \t]*(?:[A-Za-z]+[ \t-]){0,2}?(?:watchers?|b?cc|requester|requestor|participants?|"
     r"submitter|"
     rf"reviewers?|approvers?|contacts?|on-?call|members?|assignees?|owners?|{_DONE_BY})"
     r"[ \t]*:[ \t]*@?" + NAME + r"(?:[ \t]*[,;][ \t]*@?" + NAME + r")*" + _END, False),
    # who did it, after a verb of tickets and chats: `Last edited by X`, `escalated to X`
    (" by|".join(_BY_VERBS.replace("[ \\t]+", " ").split("|")) + " by|escalated to|reassigned to|"
     "over to|reported 2|reported on",
     # the scan is for `by` and `to`, the verb looked behind
     rf"(?i)(?:by(?<=(?<![\w-])(?:{_BY_VERBS}){_WHEN}[ \t]+by)|"
     rf"to(?<=(?<![\w-])(?:{_TO_VERBS})[ \t]+to))"
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
    # -- account tables and the configs that list accounts, one row per line ---------------
    # /etc/passwd: a person's row has a UID from 1000 (the distributions' first user) or a
    # home under /home or /Users; below that, without such a home, a system account
    # (`daemon:x:1:1:...`, `postgres:x:113:120:...:/var/lib/postgresql:/bin/bash`)
    (":x:|:*:",
     r"(?m)^" + NAME + r":[x*!]?:(?:(?=[1-9]\d{3,}:)\d+:\d+:|\d+:\d+:(?=[^:\n]*:(?:/export)?"
     r"/(?:home|Users|usr/home|var/home)/))[^:\n]*:[^:\n]*:[^:\n]*$", True),
    # /etc/group and gshadow: the member list after the GID (`docker:x:998:a,b`)
    (":x:|:!:|:*:",
     r"(?m)^[A-Za-z_][\w.-]*:[x!*]?:\d+:" + NAME + r"(?:," + NAME + r")*[ \t]*$", True),
    # shadow and htpasswd: an account before a crypt(3) hash or an LDAP-style digest
    (":$|:!$|:{sha",
     r"(?im)^" + NAME
     + r":!{0,2}(?:\$(?:apr1|2[abxy]?|[1-9]|y|gy|md5|sha1)\$|\{s?sha(?:256|512)?\})",
     True),
    # /etc/subuid and subgid: `X:100000:65536`
    ("subuid|subgid|:65536",
     r"(?m)^" + NAME + r":\d{5,}:\d{3,}[ \t]*$", True),
    # ~/.pgpass: `host:port:database:X:password`
    ("pgpass|:5432:|:*:",
     r"(?m)^[^\s:#]+:(?:\d{2,5}|\*):[^\s:]+:" + NAME + r":[^\n]*$", True),
    # limits.conf: `X  hard  nproc  200` (not `@group` or `*`)
    ("hard |soft ",
     r"(?m)^" + NAME + r"[ \t]+(?:hard|soft|-)[ \t]+(?:nproc|nofile|core|data|fsize|memlock|"
     r"rss|stack|cpu|as|maxlogins|maxsyslogins|priority|locks|sigpending|msgqueue|nice|"
     r"rtprio)\b", True),
    # account lists of sshd_config, smb.conf and sudoers: `AllowUsers a b@10.0.0.0/8`,
    # `Match User a,b`, `valid users = a b`, `User_Alias DBA = a, b`
    ("allowusers|denyusers|match user|valid users|invalid users|admin users|read list|"
     "write list|user_alias",
     r"(?im)^[ \t]*(?:(?:allow|deny)users[ \t]+|match[ \t]+user[ \t]+|"
     r"(?:valid|invalid|admin)[ \t]+users[ \t]*=[ \t]*|(?:read|write)[ \t]+list[ \t]*=[ \t]*|"
     r"user_alias[ \t]+[A-Z][A-Z0-9_]*[ \t]*=[ \t]*)"
     + NAME + r"(?:@[^\s,]+)?(?:(?:[ \t]*,[ \t]*|[ \t]+)" + NAME + r"(?:@[^\s,]+)?)*" + _END, True),
    # a sudoers rule: `X ALL=(ALL:ALL) ALL`, `X host = (root) NOPASSWD: /usr/bin/x`, one
    # quoted into a drop-in (`echo 'X ALL=...' | sudo tee`), and `Defaults:X !requiretty`
    ("all=|all =|defaults:|=(|= (",
     # (not an alias or a Dockerfile's `ENV X=/y`: capitals)
     r"(?m)(?:^|(?<=['\"]))[ \t]*(?![A-Z0-9_]+[ \t])" + NAME
     + r"[ \t]+(?:ALL|[A-Za-z0-9_.-]+)[ \t]*=[ \t]*"
     r"(?:\([^)\n]*\)[ \t]*)?(?:(?:NO)?PASSWD:|SETENV:|NOEXEC:|ALL\b|/)"
     r"|(?<![\w])Defaults:" + NAME, True),
    # ssh_config: `User X` inside a `Host` or `Match` block
    (("host ", "user "),
     # (read forward from the block's head: a lookbehind over its lines would backtrack)
     r"(?im)^[ \t]*(?:host|match)[ \t][^\n]*\n(?:[ \t]+(?!user[ \t=])[^\n]*\n){0,12}?"
     r"[ \t]+user[ \t=]+" + NAME + r"[ \t]*$", True),
    # ssh's login switch and an authorized key's comment: `ssh -l X host`,
    # `ssh-ed25519 AAAA... X@laptop`
    (("ssh|slogin", " -l"),
     r"(?<![\w-])(?:ssh|slogin|autossh)\b[^\n|;&]{0,40}?[ \t]-l[ \t]*" + NAME + _END, True),
    ("ssh-|ecdsa-",
     r"(?<![\w-])(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com)"
     r"[ \t]+AAAA[A-Za-z0-9+/=]+[ \t]+" + NAME + r"(?=@)", True),
    # the system crontab's user column, after five time fields or an `@reboot`; a command
    # there would be a user crontab's line, which has no user column
    ("* |@reboot|@daily|@hourly|@weekly|@monthly|@yearly|@annually|@midnight",
     r"(?m)^[ \t]*(?:@(?:reboot|yearly|annually|monthly|weekly|daily|midnight|hourly)|"
     r"(?:[\d*/,-]+[ \t]+){3}[\d*/,A-Za-z-]+[ \t]+[\d*/,A-Za-z-]+)[ \t]+"
     r"(?!(?:" + _CRON_COMMANDS + r")(?![\w.-]))" + NAME + r"[ \t]+(?=[/\w$\"'(.~])", True),
    # cron's own log: `CRON[22841]: (X) CMD (...)`
    ("cron[|crond[", r"(?i)\bcrond?\[\d+\]:[ \t]*\(" + NAME + r"\)[ \t]+(?:CMD|RELOAD|REPLACE|LIST|"
     r"BEGIN|END|DELETE)", True),
    # -- auth logs in shapes of their own ---------------------------------------------------
    # `FAILED LOGIN (2) on '/dev/tty3' FOR 'X'`, polkit's `unix-user:X`
    ("failed login|unix-user:",
     r"(?i)failed[ \t]+login\b[^\n]{0,60}?\bfor[ \t]+['\"]?" + NAME
     + r"|(?<![\w-])unix-user:" + NAME + _END, True),
    # sshd's `for X from HOST port N`, `User X from HOST not allowed because ...`
    (" port |not allowed",
     r"(?i)(?:\bfor|(?-i:\bUser))[ \t]+(?:invalid[ \t]+user[ \t]+)?" + NAME + r"[ \t]+from[ \t]+"
     r"[\w.:-]+(?:[ \t]+port[ \t]+\d+|[ \t]+not[ \t]+allowed)", True),
    # a user quoted in a log: `change password of user 'X'`, `failed for user "X"`
    ("user '|user \"",
     r"(?i)\b(?:for|of|to)[ \t]+user[ \t]+(?:'" + NAME + r"'|\"" + NAME + r"\")", True),
    # PAM's `session opened for user X(uid=1001) by X(uid=0)`: the one who opened it
    ("(uid=", r"\bby[ \t]+" + NAME + r"(?=\(uid=\d+\))", True),
    # `chown X:G`: the group after an owner (the owner is accounts' `chown` cue)
    ("chown", r"(?<![\w-])chown(?:[ \t]+-[A-Za-z-]+)*[ \t]+[\"']?[A-Za-z0-9][\w.-]*:" + NAME
     + r"(?=[\s\"']|$)", True),
    # `who` and `last` rows: the login, then a terminal
    ("pts/|tty|console",
     r"(?m)^" + NAME + r"[ \t]+(?:pts/\d+|tty\w*|console|:\d+(?:\.\d+)?)[ \t]+(?=\S)", True),
    # `id`'s output: `uid=1001(X) gid=1001(X) groups=1001(X),27(sudo)`
    ("uid=",
     r"(?<![\w])(?:e?uid|e?gid|groups)=\d+\(" + NAME + r"\)(?:,\d+\(" + NAME + r"\))*", True),
    # a search for an account in an account table or a login log: `grep ^X: /etc/passwd`,
    # `lastb | grep X`
    ("grep",
     r"(?<![\w-])grep(?:[ \t]+-\w+)*[ \t]+['\"]?\^?" + NAME + r":?['\"]?[ \t]+/etc/"
     r"(?:passwd|shadow|group|gshadow|subuid|subgid|sudoers)\b"
     r"|(?<![\w-])(?:last|lastb|lastlog|who|w|users|getent[ \t]+(?:passwd|shadow|group))\b"
     r"[^\n|]*\|[ \t]*grep(?:[ \t]+-\w+)*[ \t]+['\"]?" + NAME + _END, True),
    # -- Windows ------------------------------------------------------------------------------
    # PowerShell's list output of an event: `TargetUserName : X`
    ("username :|username:",
     r"(?m)^[ \t]*(?:Target|Subject|Caller|Member|Account)?UserName[ \t]*:[ \t]*"
     + NAME + r"[ \t]*$", True),
    # `whoami` and its answer on the next line: `corp\X`
    ("whoami",
     r"(?i)\bwhoami(?:[ \t]+/\w+)*[ \t]*\r?\n[ \t]*[\w.-]+\\" + NAME + _END, True),
    # `net group "Domain Admins" X /add`, `net localgroup Administrators X /add`
    ("net group|net localgroup",
     r"(?i)\bnet[ \t]+(?:local)?group[ \t]+(?:\"[^\"\n]+\"|[^\s\"]+)[ \t]+" + NAME
     + r"[ \t]+/(?:add|delete|del)\b", True),
    # an AD DN's common name before its OU (`CN=ezew,OU=Staff,...`): a person's login or a
    # display name (PERSON's); a computer's name is in capitals
    ("cn=",
     r"(?<![\w])CN=(?![A-Z0-9-]+,)" + NAME + r"(?=,(?:OU|CN|DC)=)", False),
    # -- SQL ----------------------------------------------------------------------------------
    # an owner or a session's role: `OWNER TO X`, `SET ROLE X`, `AUTHORIZATION X`,
    # `REASSIGN OWNED BY X TO Y`, `FOR ROLE X`
    ("owner to|set role|authorization|owned by|for role|for user",
     r"(?i)\b(?:owner[ \t]+to|set[ \t]+(?:local[ \t]+|session[ \t]+)?role|authorization|"
     r"owned[ \t]+by|for[ \t]+(?:role|user))[ \t]+[\"'`]?" + NAME + r"[\"'`]?"
     r"(?:[ \t]+to[ \t]+[\"'`]?" + NAME + r"[\"'`]?)?"
     r"(?=[ \t]*(?:;|$|\n|[ \t](?:to|in|grant|revoke|with|set)\b))", False),
    # SQL Server's procedures: `sp_addrolemember 'db_datareader', 'X'`, `sp_addlogin 'X'`
    ("sp_add|sp_drop|sp_grant|sp_revoke",
     r"(?i)\bsp_(?:add|drop)(?:role|srvrole)member[ \t]+N?'[^'\n]*'[ \t]*,[ \t]*N?'" + NAME + "'"
     r"|\bsp_(?:add|drop|grant|revoke)(?:login|user)[ \t]+N?'" + NAME + "'", True),
    # a bracketed account: `CREATE USER [X] FOR LOGIN [X]`
    ("login [", r"(?i)\bfor[ \t]+login[ \t]+\[" + NAME + r"\]", True),
    # pg_hba.conf: `host  database  X  address  method`
    ("host |local |hostssl ",
     r"(?m)^[ \t]*(?:host|hostssl|hostnossl|hostgssenc|hostnogssenc|local)[ \t]+[^\s#]+[ \t]+"
     + NAME + r"[ \t]+(?=[\d:a-f./]+[ \t]|samehost|samenet|all[ \t]|trust|peer|ident|md5|"
     r"scram-sha-256|password|gss|sspi|ldap|radius|cert|pam|reject)", True),
    # a catalog's user column compared with a literal: `WHERE usename = 'X'`
    ("usename|rolname|grantee|user_name|login_name",
     r"(?i)\b(?:usename|rolname|grantee|user_name|login_name)[ \t]*(?:=|like|in[ \t]*\()[ \t]*'"
     + NAME + "'", True),
    # -- connection strings -------------------------------------------------------------------
    # a URL's user before its host: `postgresql://X:secret@db01`, `amqp://X@rabbit01`
    ("://",
     r"(?i)://(?<=(?<![\w+.-])[a-z][a-z0-9+.-]{1,20}://)" + NAME + r"(?=(?::[^@\s/]*)?@[\w\[])",
     True),
    # keyword strings: `User Id=X;`, `UID=X;`, libpq's `user=X` beside a host or a database
    ((("server=", "host=", "data source=", "database=", "dbname=", "driver=", "dsn=",
       "initial catalog="),),
     r"(?i)(?:^|(?<=[;\"'\s]))(?:user[ \t]?id|uid|user(?:[ \t]?name)?|login)[ \t]*=[ \t]*" + NAME
     + r"(?=[ \t]*(?:;|$)|[\"'\s])", True),
    # a URL's query: `jdbc:postgresql://db01/orders?user=X&ssl=true`
    ("?user=|&user=|?username=|&username=|;user=",
     r"(?i)[?&;](?:user(?:name)?|login|uid)=" + NAME + r"(?=[&#;\s\"']|$)", True),
    # `sqlplus X@ORCL`, `sqlplus X/password@ORCL`
    ("sqlplus", r"(?i)\bsqlplus(?:[ \t]+-[a-z]+)*[ \t]+" + NAME + r"(?=[/@ \t]|$)", True),
    # an INI section's user key: `[client]\nuser = X`
    (("[", "user", "="),
     r"(?im)^\[[\w. -]+\][ \t]*\n(?:(?![ \t]*(?:user(?:name)?|login)[ \t]*=)[^\n\[]*\n){0,20}?"
     r"[ \t]*(?:user(?:name)?|login)[ \t]*=[ \t]*[\"']?" + NAME + r"[\"']?[ \t]*$", True),
    # -- code review, CI, chat, trackers ------------------------------------------------------
    # `git shortlog -sn` rows, porcelain blame's `author X`, `git config user.name X`
    ("shortlog", r"(?m)^[ \t]*\d+\t" + NAME + r"(?:[ \t]+<[^>\n]*>)?[ \t]*$", True),
    ("author-mail|committer-mail",
     r"(?m)^(?:author|committer)[ \t]+" + NAME + r"[ \t]*\n(?=(?:author|committer)-mail)", True),
    ("user.name",
     r"(?i)\bgit\b[^\n]{0,30}?\bconfig\b[^\n]*?\buser\.name[ \t=]+[\"']?" + NAME
     + r"(?=[\"']?(?:\s|$))", True),
    # a pull request merged from a fork: `Merge pull request #2291 from X/fix-timeouts`
    ("merge pull request",
     r"(?i)\bmerge[ \t]+pull[ \t]+request[ \t]+#\d+[ \t]+from[ \t]+" + NAME + r"(?=/)", False),
    # CI's variables for who ran it: `GITHUB_ACTOR=X`, `GITLAB_USER_LOGIN=X`,
    # `BUILD_REQUESTEDFOR=X`, `GIT_COMMITTER_NAME=X`
    ("actor=|login=|requestedfor=|requested_for=|_author=|committer=|_name=|triggerer=|"
     "triggered_by=",
     r"(?<![\w.-])(?-i:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:ACTOR|USER_LOGIN|LOGIN|REQUESTEDFOR|"
     r"REQUESTED_FOR|AUTHOR|AUTHOR_NAME|COMMITTER|COMMITTER_NAME|TRIGGERER|TRIGGERED_BY))="
     r"[\"']?" + NAME + r"(?=[\"'\s;&]|$)", True),
    # IRC: `<X> text`, `[09:12] <X> text`, `*** X has joined #ops`
    (("<", ">"),
     r"(?m)^(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+)?<[@+%&~]?(?!(?:" + _HTML_TAGS + r")>)" + NAME
     + r">[ \t]+(?=[^\s<])",
     False),
    ("has joined|has quit|has left|now known as",
     r"(?im)^(?:\[[^\]\n]*\][ \t]+)?(?:\*{1,3}|-!-|-->|<--)[ \t]+" + NAME + r"[ \t]+"
     r"(?:[(\[][^)\]\n]*[)\]][ \t]+)?"
     r"(?:has[ \t]+(?:joined|quit|left)|is[ \t]+now[ \t]+known[ \t]+as)",
     True),
    # Jira's mention `[~X]`, JQL's `assignee = X`, `assignee in (X, Y)`
    ("[~", r"\[~(?:accountid:)?" + NAME + r"\]", True),
    ("assignee|reporter|creator|watcher|voter",
     r"(?i)\b(?:assignee|reporter|creator|watcher|voter)[ \t]*(?:!?=|(?:not[ \t]+)?in[ \t]*\(|"
     r"was(?:[ \t]+not)?(?:[ \t]+in[ \t]*\()?)[ \t]*[\"']?" + NAME + r"[\"']?"
     r"(?:[ \t]*,[ \t]*[\"']?" + NAME + r"[\"']?)*(?=[ \t]*(?:\)|$|\n)|[ \t]+(?:and|or|order)\b)",
     True),
    # a people object in JSON: `"assignee": {"name": "X"`, `"user": {"username": "X"`
    ("\": {|\":{",
     r"(?i)\"(?:assignee|reporter|creator|author|owner|user|actor|sender|requester|committer)\""
     r"[ \t]*:[ \t]*\{[^{}]{0,120}?\"(?:name|login|username|key|screen_name)\"[ \t]*:[ \t]*\""
     + NAME + "\"", True),
    # -- cloud and clusters -------------------------------------------------------------------
    # an IAM user's ARN (after its path), an assumed role's session (not a service-linked
    # role's, which a service names)
    ("arn:aws",
     r"\barn:aws[\w-]*:iam::\d{12}:user/(?:[\w+=,.@-]+/)*" + NAME + _END
     + r"|\barn:aws[\w-]*:sts::\d{12}:assumed-role/(?!AWSServiceRole)[\w+=,.@-]+/" + NAME + _END,
     True),
    # RBAC: a subject of kind User (`kind: User` / `name: X`), `--as=X`, OpenShift's
    # `add-role-to-user ROLE X`
    ("kind: user",
     r"(?m)kind:[ \t]*User[ \t]*\n(?:[ \t]*apiGroup:[^\n]*\n)?[ \t]*name:[ \t]*[\"']?" + NAME
     + r"|(?m)name:[ \t]*[\"']?" + NAME + r"[\"']?[ \t]*\n[ \t]*kind:[ \t]*User\b", True),
    ("--as", r"(?<![\w-])--as(?:=|[ \t]+)[\"']?" + NAME + r"(?=[\"'\s]|$)", True),
    ("-to-user|-from-user",
     r"(?i)\b(?:add|remove)-(?:cluster-)?role-(?:to|from)-user[ \t]+[^\s-][^\s]*[ \t]+" + NAME
     + _END, True),
    # containers: `docker run --user X`, `podman exec --user X`, `COPY --chown=X:X`
    ("--user",
     r"(?<=(?<![\w-])(?:docker|podman|nerdctl|buildah|runuser|setpriv)\b[^\n|;&]{0,80}?)"
     r"--user[ \t]+[\"']?" + NAME + r"(?=[\"':\s]|$)", True),
    ("--chown=", r"--chown=" + NAME + r"(?::" + NAME + r")?(?=[\s:]|$)", True),
    # a Kerberos principal: `X@REALM` (a realm is upper case by convention, where an e-mail
    # has its domain; not a package's `@4.17.21`: the last label opens on a letter)
    ("@", r"@(?<=(?<![\w.+/@-])" + NAME + r"@)(?=[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z][A-Z0-9-]*"
     r"(?![\w.-]))", True),
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
