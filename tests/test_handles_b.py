"""User names by the slot they fill in machine text (detect/account_slots.py, accounts.py): an
option that takes a user, a command's user argument, a prompt, a home, mail or cron path, an
env var or key named for a user, ACL and ownership lines, auth logs, people fields, VCS
lines, SQL accounts, LDAP and Kerberos. Each is masked; the same shapes with no person in
them (system accounts, flags that take no user, paths without a user, placeholders, field
values that are no one, versions and ids) stay as they are."""

from __future__ import annotations

import pytest
from conftest import masked_by_type


@pytest.mark.parametrize(("text", "value"), [
    # option values
    ("wget --ftp-user=hvoss --ask-password ftp://files.example.org/a.iso", "hvoss"),
    ("mongosh --username l.amaro --authenticationDatabase admin", "l.amaro"),
    ("find /data -user k_bright7 -type f", "k_bright7"),
    ("Add-ADGroupMember -Identity Finance -Members jkarlsson", "jkarlsson"),
    ("htop -u wmensah", "wmensah"),
    ("ps -eu r.okoye | grep node", "r.okoye"),
    ("docker login -u fabi-ortega ghcr.io", "fabi-ortega"),
    ("mount -t cifs //fs/x /mnt/x -o vers=3.0,username=dlarue", "dlarue"),
    # a command's user argument
    ("groups hvoss", "hvoss"),
    ("$ id -Gn qamaro3", "qamaro3"),
    ("sudo useradd -m -G wheel -s /bin/zsh t.ekwueme", "t.ekwueme"),
    ("gpasswd -d jkarlsson wheel", "jkarlsson"),
    ("Get-ADUser mrivas2 -Properties *", "mrivas2"),
    # prompts and paths
    ("wmensah@buildbox:~/src$ git status", "wmensah"),
    ("[l.amaro@db02 ~]# uptime", "l.amaro"),
    ("mail is in /var/spool/mail/hvoss", "hvoss"),
    ("crontab file /var/spool/cron/crontabs/k_bright7", "k_bright7"),
    ("HOME=/home/r.okoye", "r.okoye"),
    ("PS C:\\Users\\fabi-ortega> dir", "fabi-ortega"),
    # env vars and keys
    ("SUDO_USER=dlarue", "dlarue"),
    ("LOGNAME=qamaro3 SHELL=/bin/bash", "qamaro3"),
    ('{"TargetUserName": "mrivas2", "LogonType": 10}', "mrivas2"),
    ('<Data Name="SubjectUserName">pbrandt</Data>', "pbrandt"),
    # ACL and ownership
    ("setfacl -m u:t.ekwueme:rw /srv/x", "t.ekwueme"),
    ("user:hvoss:rwx", "hvoss"),
    ("-rw-------  1 wmensah  wheel  220 Jan  2 09:10 .netrc", "wmensah"),
    ("icacls E:\\Data /grant jkarlsson:(R)", "jkarlsson"),
    ("k_bright7  9911  1.2  0.4 99000 4200 pts/3  Sl  09:10  0:02 node server.js", "k_bright7"),
    # auth logs
    ("su: (to postgres) l.amaro on pts/2", "l.amaro"),
    ("useradd[88]: new user: name=r.okoye, UID=1010", "r.okoye"),
    ("pam_unix(passwd:chauthtok): password changed for fabi-ortega", "fabi-ortega"),
    # people fields, trailers, timelines
    ("Watchers: dlarue, qamaro3, mrivas2", "qamaro3"),
    ("Watchers: dlarue, qamaro3, mrivas2", "mrivas2"),
    ("Bcc: pbrandt", "pbrandt"),
    ("Release Approver: t.ekwueme", "t.ekwueme"),
    ("Closed by: hvoss", "hvoss"),
    ("the incident was escalated to wmensah at 03:00", "wmensah"),
    ("Signed-off-by: jkarlsson <j@example.org>", "jkarlsson"),
    ("k_bright7 force-pushed the fix-auth branch", "k_bright7"),
    # VCS lines
    ("r2201 | l.amaro | 2025-01-02 09:10:11 +0100 (Thu, 02 Jan 2025) | 1 line", "l.amaro"),
    ("3f9e1a2b (r.okoye 2025-01-02 09:10:11 +0100 7) import os", "r.okoye"),
    ("Change 901 by fabi-ortega@laptop-ws 'tidy'", "fabi-ortega"),
    # SQL, LDAP, Kerberos
    ("GRANT ALL ON shop.* TO 'dlarue'@'%';", "dlarue"),
    ("CREATE USER IF NOT EXISTS qamaro3;", "qamaro3"),
    ("CREATE ROLE mrivas2 WITH LOGIN PASSWORD 'x';", "mrivas2"),
    ("REVOKE INSERT ON orders FROM pbrandt;", "pbrandt"),
    ("dn: uid=t.ekwueme,ou=staff,dc=example,dc=net", "t.ekwueme"),
    ("sAMAccountName: hvoss", "hvoss"),
    # mentions
    ("read @jkarlsson's notes first", "jkarlsson"),
    ("@k_bright7++", "k_bright7"),
    ("nice work @l.amaro\nshipping it", "l.amaro"),
])
def test_an_account_in_its_slot_is_masked(guard, text, value):
    assert value in masked_by_type(guard, text).get("USERNAME", set())


@pytest.mark.parametrize(("text", "value"), [
    ("kinit pbrandt@EXAMPLE.ORG", "pbrandt"),
    ("Default principal: wmensah@CORP.EXAMPLE.NET", "wmensah"),
    ("kadmin.local -q 'addprinc l.amaro/admin'", "l.amaro"),
])
def test_a_kerberos_principal_is_masked(guard, text, value):
    # the e-mail recognizer may take `user@REALM` whole: any masking finding will do
    assert any(value in v for vs in masked_by_type(guard, text).values() for v in vs)


@pytest.mark.parametrize("text", [
    # system and service accounts
    "sudo -u www-data php artisan migrate",
    "setfacl -m u:nginx:rx /srv/www",
    "GRANT ALL PRIVILEGES ON *.* TO 'root'@'localhost';",
    "root@host01:~# reboot",
    "drwxr-xr-x  2 root root 4096 Nov  5 12:01 bin",
    "You have new mail in /var/mail/root",
    "Get-ADUser -Identity svc-backup",
    # flags that take no user, commands alone
    "git push -u origin main",
    "sort -u names.txt",
    "python -u train.py",
    "id -u",
    "systemctl --user restart pipewire",
    "pip install --user httpx",
    "useradd --help",
    # paths without a user, service principals
    "ls /var/mail/ and /var/spool/cron/crontabs/",
    "cp ~/.ssh/config ~/.ssh/config.bak",
    "kinit -k -t /etc/krb5.keytab HTTP/web01",
    # placeholders
    "ssh <user>@<host>",
    "id $USER",
    "docker login -u your_username",
    "setfacl -m u:<username>:rwx /srv/share",
    # field values that are no one, roles, versions and ids
    "Assignee: Unassigned",
    "CC: none",
    "Watchers: 3",
    "Reviewers: required",
    "ALTER ROLE readonly SET statement_timeout = '5s';",
    "GRANT SELECT ON reports TO PUBLIC;",
    "uid: d9607e19-f88f-11e6-a518-42010a800195",
    'last_login="2024-11-05"',
    "the lockfile was updated by 2.0.1",
    "Last time I checked it worked",
    "Powered by: nginx-1.25",
    "Sponsored by: acme-corp",
    "bash --login deploy_all.sh",
    # decorators alone on their line
    "@dataclass\nclass Point:",
    "@Injectable()\nexport class Api {}",
])
def test_the_slot_without_a_person_stays(guard, text):
    assert "USERNAME" not in masked_by_type(guard, text)
