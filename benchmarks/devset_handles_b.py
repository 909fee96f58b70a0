"""User names by the place they hold in a command, a path, a log, a header or a grant, where
no rule of devset_handles names the carrier, next to the near-misses that must stay.

    python benchmarks/devset_handles_b.py [--misses]

Written before any fix was measured against it. Families (the `--misses` lines say which):
- `opt`: a user-ish option's value (`--http-user=X`, `-o username=X`, `top -u X`, PowerShell
  `-Identity X`, `find -user X`);
- `arg`: a command whose argument is an account (`id X`, `groups X`, `useradd -m X`,
  `gpasswd -a X docker`, `htpasswd file X`, `kinit X@REALM`, `dscl . -read /Users/X`);
- `prompt`: a shell prompt (`X@devbox:~/api$`, `[X@web01 ~]$`, `PS C:\\Users\\X>`);
- `path`: mail spools, cron tabs, homes at a path's end (`/var/mail/X`, `HOME=/home/X`);
- `env`: variables that hold the login (`LOGNAME=X`, `SUDO_USER=X`, `USERPROFILE=C:\\Users\\X`);
- `acl`: ownership and ACL lines (`setfacl -m u:X:rwx`, `user:X:r-x`, `ls -l` owner,
  `icacls ... /grant X:(OI)(CI)M`, `ps aux` owner);
- `log`: auth and audit logs in shapes the set lacks (Windows 4624 `TargetUserName`,
  `su: (to root) X on pts/1`, `X : user NOT in sudoers`, `new user: name=X`);
- `ticket`: people fields (`Watchers:`, `CC:`, `Requester:`, `QA Contact:`, `Resolved by:`)
  with one name or a list;
- `mention`: chat mentions where the old rule stops (`@X's`, `@X++`, `@X` at a line's end);
- `vcs`: git, SVN and Perforce author lines (`r1234 | X | 2024-...`, `git blame`, `by X@ws`);
- `sql`: grants and users in SQL (`GRANT ... TO 'X'@'%'`, `CREATE USER X`, `ALTER ROLE X`);
- `ldap`/`krb`: `uid=X,ou=people`, `sAMAccountName: X`, `memberUid: X`, principals.

Decisions on what is PII here:
- system and service accounts (`root`, `nobody`, `www-data`, `nginx`, `postgres`,
  `svc-backup`, `krbtgt`, `HTTP/host@REALM`) name a machine's role, not a person: they stay
  (near-misses), as devset_handles decided;
- command names, flags that take no user (`git push -u origin`, `sort -u`, `python -u`),
  paths without a user (`/var/mail/`, `~/.ssh`, `/Users/Shared`), placeholders (`<user>`,
  `$USER`, `%USERNAME%`, `{username}`, `your_username`) and field values that are no one
  (`Assignee: Unassigned`, `CC: none`, `Watchers: 3`) stay.

Values are made with devset_handles' syllables (no name list), marked `[[family:value]]` and
scored as devset_ids_probe.py scores: characters of a value no masking finding covers leak;
a near-miss counts when anything in it is masked.
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_ids_probe  # noqa: E402
from devset_handles import username  # noqa: E402

SEED = 20261202

# family -> templates; {X} and {Y} are two accounts.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "opt": (
        "wget --http-user={X} --ask-password https://files.example.net/q3.zip",
        "mount -t cifs //nas01/home /mnt/h -o username={X},vers=3.0",
        "top -u {X}",
        "pkill -u {X} -f jupyter",
        "ps -fu {X}",
        "curl -u {X} https://jira.example.com/rest/api/2/myself",
        "docker login -u {X} registry.example.com",
        "find /srv -user {X} -mtime -7",
        "Get-ADUser -Identity {X} -Properties LastLogonDate",
        "Add-ADGroupMember -Identity VPN-Users -Members {X}",
        "mongosh --username {X} --authenticationDatabase admin",
        "oc login -u {X} https://api.ocp.example.com:6443",
    ),
    "arg": (
        "id {X}",
        "$ groups {X}",
        "useradd -m -s /bin/bash {X}",
        "sudo adduser {X} sudo",
        "gpasswd -a {X} docker",
        "htpasswd -c /etc/nginx/.htpasswd {X}",
        "smbpasswd -a {X}",
        "chsh -s /bin/zsh {X}",
        "getent passwd {X}",
        "deluser --remove-home {X}",
        "dscl . -read /Users/{X} NFSHomeDirectory",
        "sudo sysadminctl -addUser {X} -admin",
        "lastlog -u {X}",
    ),
    "prompt": (
        "{X}@devbox:~/api$ make test",
        "[{X}@web01 ~]$ sudo systemctl status nginx",
        "PS C:\\Users\\{X}> Get-Process",
        "{X}@MacBook-Pro ~ % brew upgrade",
    ),
    "path": (
        "You have new mail in /var/spool/mail/{X}",
        "HOME=/home/{X}",
        "ls /var/spool/cron/crontabs/{X}",
        "the quota on /home/{X} is full",
        "dscl shows /Users/{X} as the home",
        "cd C:\\Users\\{X}",
        "mailbox /var/mail/{X} is 2.1 GB",
        "/export/home/{X}/.profile",
    ),
    "env": (
        "LOGNAME={X}",
        "SUDO_USER={X} SUDO_UID=1001",
        "USERPROFILE=C:\\Users\\{X}",
        "export USER={X}",
        "set GIT_AUTHOR_EMAIL= && set USERNAME={X}",
        "env: PGUSER={X} PGHOST=db01",
    ),
    "acl": (
        "setfacl -m u:{X}:rwx /srv/share/reports",
        "# file: srv/share\nuser::rwx\nuser:{X}:r-x\ngroup::r-x",
        "-rw-r--r--  1 {X}  staff  4096 Nov  5 12:01 notes.txt",
        "drwxr-x---. 2 {X} {Y} 4096 Nov  5 12:01 exports",
        "icacls D:\\Shares\\HR /grant {X}:(OI)(CI)M",
        "{X}     2211  0.0  0.1 123456  7890 pts/0    S+   12:01   0:00 python app.py",
        "chgrp -R finance /srv/fin && chown {X} /srv/fin/q3.xlsx",
        "default:user:{X}:rwx",
    ),
    "log": (
        '<Data Name="TargetUserName">{X}</Data>',
        '"SubjectUserName": "{X}", "EventID": 4624',
        "su: (to root) {X} on pts/1",
        "sudo: {X} : user NOT in sudoers ; TTY=pts/1 ; PWD=/home ; USER=root",
        "useradd[1201]: new user: name={X}, UID=1004, GID=1004",
        "systemd-logind[611]: New session 42 of user {X}.",
        "sshd[2211]: Connection closed by authenticating user {X} 203.0.113.9 port 51234 [preauth]",
        "userdel[22]: delete user '{X}'",
        "passwd[1410]: pam_unix(passwd:chauthtok): password changed for {X}",
        "remote_user={X} status=401 uri=/admin",
    ),
    "ticket": (
        "Watchers: {X}, {Y}",
        "CC: {X}",
        "Requester: {X}\nPriority: High",
        "QA Contact: {X}",
        "Resolved by: {X}",
        "Participants: {X}; {Y}",
        "Reviewers: {X}",
        "On-call: {X}",
        "Last edited by {X} 3 minutes ago",
        "Escalated to {X} at 02:14",
    ),
    "mention": (
        "see @{X}'s comment above",
        "@{X}++ for fixing the flaky test",
        "LGTM, thanks @{X}\nmerging now",
        "/assign @{X}",
        "(@{X})",
        "- [ ] @{X} to update the runbook",
    ),
    "vcs": (
        "r18422 | {X} | 2024-11-05 12:01:09 +0000 (Tue, 05 Nov 2024) | 3 lines",
        "^a1b2c3d ({X} 2024-11-05 12:01:09 +0000 42)     return total",
        "Change 44120 on 2024/11/05 by {X}@{X}-ws 'fix rounding'",
        "Author: {X} <noreply@example.com>",
        "{X} committed 3 days ago",
        "{X} approved these changes",
        "Co-authored-by: {X} <dev@example.com>",
    ),
    "sql": (
        "GRANT SELECT ON billing.* TO '{X}'@'10.0.%';",
        "CREATE USER '{X}'@'localhost' IDENTIFIED BY RANDOM PASSWORD;",
        "ALTER ROLE {X} WITH LOGIN;",
        "GRANT analysts TO {X};",
        "DROP USER IF EXISTS {X};",
        "REVOKE ALL ON SCHEMA hr FROM {X};",
    ),
    "ldap": (
        'ldapsearch -x -D "uid={X},ou=people,dc=example,dc=com" -W',
        "dn: uid={X},ou=People,dc=example,dc=org",
        "sAMAccountName: {X}",
        "memberUid: {X}",
        "uid: {X}\ncn: (on file)",
    ),
    "krb": (
        "kinit {X}@CORP.EXAMPLE.COM",
        "Default principal: {X}@EXAMPLE.ORG",
        "kadmin: addprinc {X}/admin",
        "klist: Ticket cache: FILE:/tmp/krb5cc_1001  Default principal: {X}@AD.EXAMPLE.NET",
    ),
}

NEAR_MISSES = (
    # system and service accounts
    "sudo -u www-data php artisan migrate",
    "chown -R nobody:nogroup /srv/tmp",
    "GRANT ALL PRIVILEGES ON *.* TO 'root'@'localhost';",
    "setfacl -m u:nginx:rx /srv/www",
    "You have new mail in /var/mail/root",
    "USER=root HOME=/root",
    "su: (to root) root on pts/0",
    "kinit -k -t /etc/krb5.keytab HTTP/web01.example.com@EXAMPLE.COM",
    "krbtgt/EXAMPLE.COM@EXAMPLE.COM",
    "drwxr-xr-x  2 root root 4096 Nov  5 12:01 bin",
    "-rw-r-----  1 postgres postgres 8192 Nov  5 12:01 pg_hba.conf",
    "root      1  0.0  0.1 169428 13140 ?  Ss  Nov05  0:09 /sbin/init",
    "Get-ADUser -Identity svc-backup",
    "useradd --system --no-create-home prometheus",
    # flags that take no user, commands alone
    "git push -u origin main",
    "sort -u names.txt > unique.txt",
    "python -u train.py --epochs 3",
    "id -u",
    "top -b -n 1",
    "useradd --help",
    "find . -name '*.py' -newer setup.cfg",
    "git add -u && git commit -m 'wip'",
    "curl -u \"$API_USER:$API_TOKEN\" https://api.example.com",
    # paths without a user
    "ls /var/mail/",
    "cp ~/.ssh/config ~/.ssh/config.bak",
    "/Users/Shared/Installers",
    "C:\\Users\\Public\\Documents",
    "HOME=/home/$USER",
    "mkdir -p /home/*/backups",
    # placeholders
    "ssh <user>@<host>",
    "id $USER",
    "echo %USERNAME%",
    "GRANT SELECT ON db.* TO '{username}'@'%';",
    "setfacl -m u:<username>:rwx /srv/share",
    "docker login -u your_username",
    "CREATE USER 'user'@'host' IDENTIFIED BY 'password';",
    "uid=%s,ou=people,dc=example,dc=com",
    # fields that are no one
    "Assignee: Unassigned",
    "CC: none",
    "Watchers: 3",
    "Reviewers: required",
    "Requester: customer portal",
    "Resolved by: automation",
    "On-call: see PagerDuty",
    # mentions and code that are no one
    "@here the build is green",
    "@Override\npublic String toString()",
    "@param user the user to look up",
    "npm i @angular/core@17",
    "r18422 | (no author) | 2024-11-05 12:01:09 +0000",
    "Author: dependabot[bot]",
    "GRANT SELECT ON reports TO PUBLIC;",
    "ALTER ROLE readonly SET statement_timeout = '5s';",
    "memberUid: 1001",
    "Event 4624: An account was successfully logged on.",
)


def samples(seed: int = SEED, per: int = 2) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Each template filled `per` times with fresh accounts (`{X}` may repeat in a prompt:
    every copy is a gold span)."""
    r = random.Random(seed)
    out = []
    for family, templates in TEMPLATES.items():
        for template in templates:
            for _ in range(per):
                values = {"X": username(r), "Y": username(r)}
                text, spans, pos = "", [], 0
                while (i := template.find("{", pos)) >= 0:
                    key = template[i + 1]
                    text += template[pos:i]
                    spans.append((len(text), len(text) + len(values[key]), family))
                    text += values[key]
                    pos = i + 3
                out.append((text + template[pos:], spans))
    return out


def main(argv: list[str] | None = None) -> int:
    return devset_ids_probe.run(argv, __doc__, samples(), list(NEAR_MISSES))


if __name__ == "__main__":
    sys.exit(main())
