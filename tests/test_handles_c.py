"""User names in system files, logs, directories, grants, connection strings, code review,
CI, chat, trackers, cloud and cluster policies (detect/account_slots.py, accounts.py): each
is masked where only an account stands; the same carriers holding a system or service
account, a placeholder, a role, a group or a number stay as they are."""

from __future__ import annotations

import pytest
from conftest import masked_by_type


@pytest.mark.parametrize(("text", "value"), [
    # account tables
    ("tbarros:x:1207:1207:,,,:/home/tbarros:/bin/bash", "tbarros"),
    ("m.okeke:x:501:20:M:/Users/m.okeke:/bin/zsh", "m.okeke"),
    ("wheel:x:10:root,ekarlsen", "ekarlsen"),
    ("video:x:44:p_lindahl,ekarlsen", "p_lindahl"),
    ("ekarlsen:$y$j9T$3kd:19800:0:99999:7:::", "ekarlsen"),
    ("rvoss2:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=", "rvoss2"),
    ("tbarros:165536:65536", "tbarros"),
    ("*:*:ledger:rvoss2:hunter", "rvoss2"),
    ("rvoss2 soft nofile 4096", "rvoss2"),
    ("[scans]\n  valid users = ekarlsen, @scanners", "ekarlsen"),
    # sudoers and sshd
    ("tbarros ALL=(ALL) NOPASSWD: ALL", "tbarros"),
    ("m.okeke web01 = (postgres) /usr/bin/psql", "m.okeke"),
    ("User_Alias OPS = rvoss2, ekarlsen", "ekarlsen"),
    ("Defaults:p_lindahl timestamp_timeout=0", "p_lindahl"),
    ("DenyUsers rvoss2 tbarros", "tbarros"),
    ("Match User p_lindahl,ekarlsen\n  X11Forwarding no", "ekarlsen"),
    ("Host db\n  HostName db.internal\n  Port 2222\n  User m.okeke", "m.okeke"),
    ("ssh -p 2222 -l rvoss2 bastion", "rvoss2"),
    ("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 ekarlsen@laptop-07", "ekarlsen"),
    # cron
    ("30 4 * * 1-5 tbarros /usr/local/bin/report.sh", "tbarros"),
    ("@daily p_lindahl /opt/rotate.sh", "p_lindahl"),
    ("crond[77]: (rvoss2) CMD (run-parts /etc/cron.daily)", "rvoss2"),
    # auth and session logs
    ("login[55]: FAILED LOGIN 1 FROM tty1 FOR m.okeke, Authentication failure", "m.okeke"),
    ("authenticated as unix-user:tbarros", "tbarros"),
    ("session opened for user ekarlsen(uid=1002) by (uid=0)", "ekarlsen"),
    ("session opened for user root(uid=0) by rvoss2(uid=1001)", "rvoss2"),
    ("sudo[311]: p_lindahl : TTY=pts/2 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls", "p_lindahl"),
    ("Failed none for invalid user tbarros from bastion.example.net port 4411 ssh2", "tbarros"),
    ("User m.okeke from 192.0.2.7 not allowed because listed in DenyUsers", "m.okeke"),
    ("error: PAM: change password of user 'rvoss2' failed", "rvoss2"),
    ("ekarlsen  tty7         2025-01-02 09:10 (:0)", "ekarlsen"),
    ("uid=1207(tbarros) gid=1207(tbarros) groups=1207(tbarros),998(docker)", "tbarros"),
    ("grep -i ^p_lindahl: /etc/shadow", "p_lindahl"),
    ("last -F | grep rvoss2", "rvoss2"),
    # tables with a USER column
    ("USER       PID %CPU %MEM COMMAND\nm.okeke   4411  1.0  0.2 vim", "m.okeke"),
    ("  PID USER      PR  NI COMMAND\n 4411 ekarlsen  20   0 node", "ekarlsen"),
    (" USERNAME   SESSIONNAME  ID  STATE\n>tbarros    rdp-tcp#3     2  Active", "tbarros"),
    # Windows and AD
    ("SubjectUserName : rvoss2", "rvoss2"),
    ("C:\\> whoami\nacme\\p_lindahl", "p_lindahl"),
    ("net group Helpdesk m.okeke /add /domain", "m.okeke"),
    ("net localgroup administrators ekarlsen /delete", "ekarlsen"),
    ("dsquery user -samid tbarros", "tbarros"),
    ("Unlock-ADAccount -Identity rvoss2", "rvoss2"),
    ("Get-ADPrincipalGroupMembership -Identity p_lindahl", "p_lindahl"),
    ("Remove-LocalUser -Name m.okeke", "m.okeke"),
    ("Add-LocalGroupMember -Group Users -Member ekarlsen", "ekarlsen"),
    ("CN=tbarros,OU=Contractors,DC=acme,DC=local", "tbarros"),
    # SQL
    ("ALTER DATABASE ledger OWNER TO rvoss2;", "rvoss2"),
    ("SET ROLE p_lindahl;", "p_lindahl"),
    ("CREATE SCHEMA AUTHORIZATION m.okeke;", "m.okeke"),
    ("REASSIGN OWNED BY ekarlsen TO tbarros;", "tbarros"),
    ("EXEC sp_addsrvrolemember 'sysadmin', 'rvoss2';", "rvoss2"),
    ("EXEC sp_addlogin 'p_lindahl';", "p_lindahl"),
    ("CREATE LOGIN [m.okeke] FROM WINDOWS; CREATE USER okeke FOR LOGIN [m.okeke];", "m.okeke"),
    ("hostssl ledger ekarlsen 0.0.0.0/0 md5", "ekarlsen"),
    ("SELECT * FROM pg_roles WHERE rolname = 'tbarros';", "tbarros"),
    ('LOG: password authentication failed for user "rvoss2"', "rvoss2"),
    # connection strings
    ("redis://p_lindahl:pw@cache01:6379/0", "p_lindahl"),
    ("sftp://m.okeke@files.example.org/in", "m.okeke"),
    ("Data Source=sql03;Initial Catalog=Ops;User ID=ekarlsen;Password=x", "ekarlsen"),
    ("host=db02 port=5432 dbname=ops user=tbarros", "tbarros"),
    ("jdbc:mysql://db03/ops?useSSL=true&user=rvoss2", "rvoss2"),
    ("sqlplus -s p_lindahl/secret@PROD", "p_lindahl"),
    ("[mysqldump]\nuser=m.okeke\nquick", "m.okeke"),
    # code review and CI
    ("$ git shortlog -sne\n    41\tekarlsen <e@example.org>", "ekarlsen"),
    ("committer tbarros\ncommitter-mail <t@example.org>", "tbarros"),
    ('git config user.name "rvoss2"', "rvoss2"),
    ("Merge pull request #7 from p_lindahl/docs", "p_lindahl"),
    ("CI_COMMIT_AUTHOR=m.okeke", "m.okeke"),
    ("BUILD_REQUESTED_FOR=ekarlsen", "ekarlsen"),
    ("Job #88 was kicked off by tbarros", "tbarros"),
    ("Rollback triggered by rvoss2", "rvoss2"),
    # chat and trackers
    ("[14:02:11] <p_lindahl> the queue is drained", "p_lindahl"),
    ("<m.okeke> restarting the worker", "m.okeke"),
    ("-!- ekarlsen [~ek@host] has quit [Ping timeout]", "ekarlsen"),
    ("thanks [~tbarros], merged", "tbarros"),
    ("assignee was rvoss2 AND status changed", "rvoss2"),
    ("reporter in (p_lindahl, m.okeke)", "m.okeke"),
    ('{"reporter": {"key": "ekarlsen", "displayName": "E"}}', "ekarlsen"),
    ("Reported on 2025-01-02 by tbarros", "tbarros"),
    ("the owner is rvoss2", "rvoss2"),
    # cloud, clusters, containers
    ("arn:aws:iam::111122223333:user/ops/p_lindahl", "p_lindahl"),
    ("arn:aws-us-gov:sts::111122223333:assumed-role/ReadOnly/m.okeke", "m.okeke"),
    ("- apiGroup: rbac.authorization.k8s.io\n  kind: User\n  name: ekarlsen", "ekarlsen"),
    ("kubectl --as tbarros get secrets", "tbarros"),
    ("oc adm policy remove-role-from-user admin rvoss2", "rvoss2"),
    ("podman run --user p_lindahl:wheel ubi9 id", "p_lindahl"),
    ("ADD --chown=m.okeke src/ /app/", "m.okeke"),
    ("chown ekarlsen:tbarros report.pdf", "tbarros"),
    # homes of other systems
    ("C:\\Documents and Settings\\rvoss2\\Favorites", "rvoss2"),
    ("%HOMEDRIVE%\\Users\\p_lindahl\\Music", "p_lindahl"),
    ("/d/Users/m.okeke/go/bin", "m.okeke"),
    ("/usr/home/ekarlsen/ports", "ekarlsen"),
    ("/Volumes/Backup/Users/tbarros/Documents", "tbarros"),
    ("\\\\filer\\homes\\rvoss2", "rvoss2"),
    ("/afs/cs.example.edu/user/p/p_lindahl/www", "p_lindahl"),
])
def test_an_account_in_a_system_carrier_is_masked(guard, text, value):
    assert value in masked_by_type(guard, text).get("USERNAME", set())


@pytest.mark.parametrize(("text", "value"), [
    ("renew the ticket for ekarlsen@ACME.LOCAL", "ekarlsen"),
    ("kvno rvoss2@EXAMPLE.ORG", "rvoss2"),
])
def test_a_principal_before_its_realm_is_masked(guard, text, value):
    # the e-mail recognizer may take `user@REALM` whole: any masking finding will do
    assert any(value in v for vs in masked_by_type(guard, text).values() for v in vs)


@pytest.mark.parametrize("text", [
    # system accounts in account tables
    "bin:x:2:2:bin:/bin:/usr/sbin/nologin",
    "mysql:x:112:118:MySQL Server,,,:/nonexistent:/bin/false",
    "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin",
    "systemd-timesync:x:997:997::/:/usr/sbin/nologin",
    "adm:x:4:syslog",
    "root:$6$abc$def:19000:0:99999:7:::",
    # sudoers and sshd without a person
    "root ALL=(ALL) ALL",
    "%devs ALL=(ALL) NOPASSWD: /usr/bin/systemctl",
    "ADMINS ALL = (ALL) ALL",
    "ENV PATH=/usr/local/bin",
    "Defaults:%admin !requiretty",
    "AllowUsers *@10.0.0.0/8",
    "Host github.com\n  User git",
    "ssh -l root db01",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI root@buildhost",
    # cron without a user column
    "0 3 * * * python3 /opt/cleanup.py",
    "*/5 * * * * /usr/bin/flock -n /tmp/x.lock /opt/x.sh",
    "@reboot root /usr/sbin/ntpdate pool.ntp.org",
    # logs without a person
    "session opened for user root(uid=0) by (uid=0)",
    "Invalid user admin from scanner.example.net port 22",
    "uid=0(root) gid=0(root) groups=0(root)",
    'FATAL: password authentication failed for user "postgres"',
    "USER       PID %CPU %MEM COMMAND\nroot         1  0.0  0.1 /sbin/init",
    "  PID USER      PR  NI COMMAND\n    1 root      20   0 systemd",
    # Windows and AD built-ins
    "SubjectUserName : SYSTEM",
    "net localgroup administrators",
    "Get-LocalUser -Name Guest",
    "CN=WS-0442,OU=Workstations,DC=acme,DC=local",
    "CN=Domain Users,CN=Users,DC=acme,DC=local",
    # SQL roles and owners that are no one
    "ALTER TABLE t OWNER TO postgres;",
    "SET ROLE NONE;",
    "GRANT SELECT ON ALL TABLES IN SCHEMA api TO read_only;",
    "GRANT USAGE ON SCHEMA api TO web_anon;",
    "ALTER DEFAULT PRIVILEGES FOR ROLE app_owner GRANT SELECT ON TABLES TO reporting;",
    "EXEC sp_addrolemember 'db_owner', 'dbo';",
    "host all all 10.0.0.0/8 scram-sha-256",
    "Authorization: Bearer abc.def",
    # connection strings without a person
    "postgresql://db01:5432/app",
    "postgres://$DB_USER:$DB_PASS@db01/app",
    "Server=sql01;Database=HR;Integrated Security=true",
    "sqlplus / as sysdba",
    "[client]\nuser = root\n",
    "[tool.poetry]\nname = \"app\"",
    # git, CI and chat that are no one
    "Merge pull request #12 from dependabot/pip/requests-2.32",
    'git config user.name "$NAME"',
    "GITHUB_ACTOR=${{ github.actor }}",
    "Pipeline triggered by schedule",
    "<html> <body>",
    "<div> hello </div>",
    "<T> void sort(List<T> xs)",
    "*** Topic for #ops is maintenance",
    "assignee = currentUser()",
    "assignee is EMPTY",
    # cloud, clusters, containers
    "arn:aws:iam::111122223333:role/Deploy",
    "arn:aws:iam::111122223333:user/${aws:username}",
    "arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForSupport/support",
    "subjects:\n- kind: ServiceAccount\n  name: builder",
    "kubectl get pods --as=system:serviceaccount:ci:runner",
    "docker run --user 1000 alpine",
    "COPY --chown=node:node . .",
    "USER appuser",
    "npm i left-pad@1.3.0 react@18.2.0",
    "pip install --user requests",
    "chown -R nobody:nogroup /srv",
    # homes without a user
    "C:\\Documents and Settings\\All Users",
    "/usr/home/",
    "/Volumes/Backup/Users/Shared",
    "\\\\filer\\homes\\%USERNAME%",
])
def test_a_system_carrier_without_a_person_stays(guard, text):
    assert "USERNAME" not in masked_by_type(guard, text)
