"""User names in system files, logs, directories, grants, connection strings, code review,
CI, chat, trackers, cloud and cluster policies, where neither devset_handles nor
devset_handles_b names the carrier, next to the near-misses that must stay.

    python benchmarks/devset_handles_c.py [--misses]

Written before any fix was measured against it. Before any fix: 378 values, span recall
0.423, char leak 0.572; near-misses masked 18/187 (six PERSON on `arn`, two
EMAIL_ADDRESS on service principals, USERNAME on `readonly`, `web_anon`, `appuser`, `sshd`).
Families (the `--misses` lines say which):
- `etc`: account tables and their kin (/etc/passwd, shadow, group, gshadow, subuid,
  .htpasswd, .pgpass, limits.conf, smb.conf `valid users`);
- `sudoers`: sudoers rules, `User_Alias`, `Defaults:X`;
- `sshd`: sshd_config `AllowUsers` / `DenyUsers` / `Match User`, ssh_config `User`, an
  authorized_keys comment;
- `cron`: /etc/crontab's and cron.d's user column, cron's own log, `crontab -l -u X`;
- `authlog`: auth.log and journald lines the older sets lack (PAM's `user=X`, `FAILED SU`,
  `FAILED LOGIN ... FOR`, polkit's `unix-user:X`, `session opened for user X(uid=...)`,
  `Disconnected from user X`, `who` / `last` / `loginctl` rows);
- `winlog`: Windows security events 4624 / 4625 / 4720 / 4740 as text and as PowerShell's
  list output, `whoami`, `query user`;
- `ad`: Active Directory `DOMAIN\\X` in other places, `net user` / `net group ... /domain`,
  `dsquery`, an AD DN's `CN=X,OU=`;
- `ldap`/`krb`: `member: uid=X,...`, `ldapwhoami`, `X@REALM` in KDC logs, `kvno`, `ktutil`;
- `sql`: grantees and owners (`OWNER TO X`, `SET ROLE X`, `AUTHORIZATION X`,
  `sp_addrolemember`), server logs (`password authentication failed for user "X"`,
  `Access denied for user 'X'@`), pg_hba.conf rows;
- `dsn`: a connection string's user (`postgresql://X:...@`, `User Id=X;`, `?user=X&`,
  `sqlplus X/...@`, my.cnf `user =`);
- `git`: `git shortlog` rows, porcelain blame's `author X`, `Merge pull request #n from X/`,
  `git@github.com:X/repo`, `git config user.name`, trailers the older sets lack;
- `ci`: `Started by user X`, `triggered by X`, `GITHUB_ACTOR=X`, `GITLAB_USER_LOGIN`,
  `approved by X` in a deployment;
- `chat`: @mentions in new places, IRC `<X>` and joins, Matrix `@X:server`, Slack export keys;
- `tracker`: Jira `[~X]`, JQL `assignee = X`, JSON `"assignee": {"name": "X"}`, CODEOWNERS,
  GitHub API `"login": "X"`;
- `iam`: AWS ARNs `arn:aws:iam::123:user/X`, assumed-role sessions, `--user-name X`,
  CloudTrail's `userName`;
- `k8s`: RBAC subjects `kind: User` / `name: X`, `--user=X`, `--as=X`, kubeconfig users,
  `add-role-to-user`;
- `container`: `docker run --user X`, `docker exec -u X`, `COPY --chown=X`, PowerShell's
  and `net`'s local users (`New-LocalUser -Name X`, `net localgroup ... X /add`);
- `home`: home folders of other systems (`C:\\Documents and Settings\\X`, `C:/Users/X`,
  `/c/Users/X`, `/cygdrive/c/Users/X`, `/usr/home/X`, `/var/home/X`, `\\\\wsl$\\...\\home\\X`,
  AFS's `/afs/.../user/x/X`, `\\\\nas\\homes\\X`).

Decisions on what is PII here (the older sets' convention):
- system and service accounts (`root`, `nobody`, `daemon`, `www-data`, `postgres`, `nginx`,
  `sshd`, `systemd-*`, `system:serviceaccount:...`, `NT AUTHORITY\\SYSTEM`, `krbtgt`,
  `appuser` in a Dockerfile, a `svc-` account) name a machine's role, not a person: they stay;
- placeholders (`<user>`, `$USER`, `${USERNAME}`, `%USERNAME%`, `{{ user }}`, `USERNAME`,
  `your-user`), generic role words (`admin`, `readonly`, `developers`, `Domain Admins`),
  groups (`%wheel`), numbers alone (`uid=1001`) and paths without a user stay.

Values are made here from syllables of this file (none from a name list or a generator):
shapes as logins come (`kmwangi`, `k.mwangi`, `kwame.mwangi`, `mwangik`, `kmwangi2`,
`ab12345`, `KMwangi`, `kwame_m`, `kwame-dev`). Each marked `[[family:value]]` and scored as
devset_ids_probe.py scores: characters of a value no masking finding covers leak; a
near-miss counts when anything in it is masked.
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_ids_probe  # noqa: E402

SEED = 20261203

# Syllables for given and family names of no one in particular (not devset_handles' own).
_GIVEN = ("kwame", "ilse", "farid", "bryn", "caio", "gita", "hugo", "orla", "pilar", "umar",
          "tove", "zeno", "yara", "nadia", "mads", "lucia", "ade", "wren", "sami", "joao")
_FAMILY = ("mwangi", "achebe", "brandao", "dahl", "fonseca", "holm", "iyer", "jansen", "lund",
           "nakata", "ortiz", "quist", "rossi", "sato", "toivonen", "vidal", "weiss",
           "yilmaz", "zuniga", "eze")


def login(r: random.Random) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    d = str(r.randrange(1, 99))
    return r.choice((
        lambda: g[0] + f,                                      # kmwangi
        lambda: f"{g[0]}.{f}",                                 # k.mwangi
        lambda: f"{g}.{f}",                                    # kwame.mwangi
        lambda: f + g[0],                                      # mwangik
        lambda: g[0] + f + d,                                  # kmwangi2
        lambda: g[0] + f[0] + str(r.randrange(10000, 99999)),  # km40213 (a campus login)
        lambda: g[0].upper() + f.title(),                      # KMwangi
        lambda: f"{g}_{f[0]}",                                 # kwame_m
        lambda: f"{g}-{f[:4]}",                                # kwame-mwan
        lambda: g + f[:2] + d,                                 # kwamemw7
    ))()


# family -> templates; {X} and {Y} are two accounts.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "etc": (
        "{X}:x:1004:1004:{X},,,:/home/{X}:/bin/bash",
        "grep ^{X}: /etc/passwd\n{X}:x:1012:100::/home/{X}:/usr/bin/zsh",
        "{X}:$6$Qm3r$Hk2cU0.9:19710:0:99999:7:::",
        "docker:x:998:{X},{Y}",
        "developers:x:1050:{X},{Y}",
        "{X}:100000:65536",
        "{X}:$apr1$8f1Kz9$wq1qkHjR7m1",
        "db01.internal:5432:billing:{X}:*",
        "{X}  hard  nproc  200",
        "[finance]\n   path = /srv/finance\n   valid users = {X} {Y}",
    ),
    "sudoers": (
        "{X} ALL=(ALL:ALL) ALL",
        "{X}  ALL=(root) NOPASSWD: /usr/bin/systemctl restart nginx",
        "User_Alias  DBA = {X}, {Y}",
        "Defaults:{X} !requiretty",
        "echo '{X} ALL=(ALL) NOPASSWD:ALL' | sudo tee /etc/sudoers.d/90-{X}",
    ),
    "sshd": (
        "AllowUsers {X} {Y}@10.0.0.0/8",
        "DenyUsers {X}",
        "Match User {X}\n    ForceCommand internal-sftp\n    ChrootDirectory /srv/sftp",
        "Host bastion\n    HostName 198.51.100.20\n    User {X}\n    IdentityFile ~/.ssh/id_ed25519",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx3k9Jm0q {X}@thinkpad",
        "ssh -l {X} gateway.example.net",
        "ssh -o User={X} jump01",
    ),
    "cron": (
        "17 *\t* * *\t{X}\tcd / && run-parts --report /etc/cron.hourly",
        "0 2 * * * {X} /opt/backup/nightly.sh >> /var/log/backup.log 2>&1",
        "CRON[22841]: ({X}) CMD (/home/{X}/bin/sync.sh)",
        "crontab -l -u {X}",
        "@reboot {X} /usr/local/bin/agent --start",
    ),
    "authlog": (
        "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.50  user={X}",
        "sshd[3120]: Disconnected from user {X} 192.0.2.14 port 53122",
        "su[4410]: FAILED SU (to root) {X} on pts/3",
        "login[912]: FAILED LOGIN (2) on '/dev/tty3' FOR '{X}', Authentication failure",
        "polkitd[640]: Operator of unix-session:5 successfully authenticated as unix-user:{X} to gain TEMPORARY authorization",
        "pam_unix(cron:session): session opened for user {X}(uid=1003) by (uid=0)",
        "sshd[2219]: pam_unix(sshd:session): session opened for user {X}(uid=1001) by {X}(uid=0)",
        "sudo[7713]:    {X} : TTY=pts/0 ; PWD=/home/{X} ; USER=root ; COMMAND=/usr/bin/apt update",
        "{X}    pts/0        2024-11-05 09:12 (10.20.0.7)",
        "{X}    pts/1        10.20.0.7        Tue Nov  5 09:12   still logged in",
        "SESSION  UID USER     SEAT  TTY\n     12 1001 {X} seat0 tty2",
        "accounts-daemon[812]: request by system-bus-name::1.80: change password of user '{X}' (1004)",
        "sshd[901]: error: maximum authentication attempts exceeded for {X} from 198.51.100.7 port 40112 ssh2 [preauth]",
        "sshd[55]: User {X} from 192.0.2.9 not allowed because not listed in AllowUsers",
        "gdm-password]: pam_unix(gdm-password:session): session opened for user {X} by (uid=0)",
    ),
    "winlog": (
        "An account was successfully logged on.\n\nNew Logon:\n\tSecurity ID:\t\tS-1-5-21-3623811015-3361044348-30300820-1013\n\tAccount Name:\t\t{X}\n\tAccount Domain:\t\tCORP",
        "EventID 4625 An account failed to log on. Account For Which Logon Failed: Account Name: {X} Account Domain: CORP Failure Reason: Unknown user name or bad password.",
        "A user account was created.\n  New Account:\n    Security ID: CORP\\{X}\n    Account Name: {X}\n  Attributes:\n    SAM Account Name: {X}",
        "A user account was locked out.\nAccount That Was Locked Out:\n\tAccount Name:\t{X}\nAdditional Information:\n\tCaller Computer Name:\tWS-0112",
        "TimeCreated   : 11/5/2024 9:12:44 AM\nId            : 4624\nTargetUserName : {X}\nTargetDomainName : CORP",
        "PS> whoami\ncorp\\{X}",
        " USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME\n>{X}                 console             1  Active      none   11/5/2024 8:58 AM",
    ),
    "ad": (
        "net user {X} /domain",
        "net group \"Domain Admins\" {X} /add /domain",
        "dsquery user -samid {X} | dsget user -memberof",
        "CN={X},OU=Staff,OU=Users,DC=corp,DC=example,DC=com",
        "Enter-PSSession -ComputerName fs02 -Credential EXAMPLE\\{X}",
        "Get-ADPrincipalGroupMembership {X} | Select-Object name",
        "Set-ADAccountPassword -Identity {X} -Reset",
    ),
    "ldap": (
        "member: uid={X},ou=people,dc=example,dc=net",
        "$ ldapwhoami -x -D uid={X},ou=people,dc=example,dc=net -W\ndn:uid={X},ou=people,dc=example,dc=net",
        "ldappasswd -S -x -D cn=admin,dc=example,dc=net uid={X},ou=people,dc=example,dc=net",
        "dn: cn=devs,ou=groups,dc=example,dc=net\nmemberUid: {X}\nmemberUid: {Y}",
        "userPrincipalName: {X}@corp.example.com",
    ),
    "krb": (
        "krb5kdc[1201]: AS_REQ (4 etypes {{18 17 20 19}}) 10.0.0.5: ISSUE: authtime 1730800000, etypes {{rep=18 tkt=18 ses=18}}, {X}@CORP.EXAMPLE.COM for krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM",
        "kvno {X}@EXAMPLE.NET",
        "ktutil: addent -password -p {X}@EXAMPLE.NET -k 1 -e aes256-cts",
        "cat ~/.k5login\n{X}@CORP.EXAMPLE.COM",
        "kpasswd {X}",
    ),
    "sql": (
        "ALTER TABLE invoices OWNER TO {X};",
        "SET ROLE {X};",
        "SET SESSION AUTHORIZATION {X};",
        "CREATE SCHEMA sandbox AUTHORIZATION {X};",
        "REASSIGN OWNED BY {X} TO {Y};",
        "EXEC sp_addrolemember 'db_datareader', '{X}';",
        "CREATE USER [{X}] FOR LOGIN [{X}];",
        "ALTER DEFAULT PRIVILEGES FOR ROLE {X} IN SCHEMA public GRANT SELECT ON TABLES TO analysts;",
        "FATAL:  password authentication failed for user \"{X}\"",
        "ERROR 1045 (28000): Access denied for user '{X}'@'10.0.3.7' (using password: YES)",
        "LOG:  connection authorized: user={X} database=orders application_name=psql",
        "host    orders    {X}    10.0.0.0/24    scram-sha-256",
        "SELECT pid, state FROM pg_stat_activity WHERE usename = '{X}';",
        "GRANT CONNECT ON DATABASE orders TO {X};",
    ),
    "dsn": (
        "DATABASE_URL=postgresql://{X}:Vx7-pq2@db01.internal:5432/orders",
        "mysql://{X}@10.0.2.5:3306/crm",
        "Server=sql01;Database=HR;User Id={X};Password=;TrustServerCertificate=true",
        "jdbc:postgresql://db01:5432/orders?user={X}&ssl=true",
        "mongodb://{X}@mongo01:27017/?authSource=admin",
        "sqlplus {X}@ORCLPDB1",
        "[client]\nuser = {X}\nhost = db01",
        "Driver={{ODBC Driver 18 for SQL Server}};Server=sql02;UID={X};",
        "amqp://{X}@rabbit01:5672/%2F",
        "psql \"host=db01 dbname=orders user={X} sslmode=require\"",
    ),
    "git": (
        "$ git shortlog -sn\n   212\t{X}\n    87\t{Y}",
        "author {X}\nauthor-mail <{X}@users.noreply.example.com>\nauthor-time 1730800000",
        "Merge pull request #2291 from {X}/fix-timeouts",
        "git clone git@github.com:{X}/dotfiles.git",
        "git remote add fork https://github.com/{X}/api-server.git",
        "git config --global user.name {X}",
        "Reported-by: {X} <{X}@example.org>",
        "Suggested-by: {X}",
        "Merge branch 'main' of github.com:{X}/infra",
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8\nAuthor: {X} <{X}@example.net>\nDate:   Tue Nov 5 09:12:44 2024 +0100",
    ),
    "ci": (
        "Started by user {X}",
        "Pipeline #48812 triggered by {X}",
        "GITHUB_ACTOR={X}",
        "GITLAB_USER_LOGIN={X}",
        "Deployment to production approved by {X}",
        "Build #912 was triggered by {X} via the web UI",
        "Manual job deploy:prod played by {X}",
        "BUILD_REQUESTEDFOR={X}",
    ),
    "chat": (
        "@{X} can you look at the failing migration?",
        "ping @{X} about the cert renewal",
        "thanks @{X} and @{Y} for the review",
        "<{X}> has anyone seen the disk alert?",
        "*** {X} has joined #ops",
        "@{X}:matrix.example.org invited you to #infra",
        '{{"type": "message", "user_name": "{X}", "text": "deploy done"}}',
        "[09:12] <{X}> rebooting db02 now",
        "/remind @{X} rotate the keys tomorrow",
    ),
    "tracker": (
        "[~{X}] please confirm the fix on staging",
        "project = OPS AND assignee = {X} AND status = Open",
        "assignee in ({X}, {Y}) ORDER BY priority",
        '"assignee": {{"name": "{X}", "active": true}}',
        "/src/payments/ @{X} @{Y}",
        '"login": "{X}", "type": "User"',
        "Bugzilla: Reported 2024-11-05 by {X}",
        "reporter was {X}, assignee is {Y}",
    ),
    "iam": (
        "arn:aws:iam::123456789012:user/{X}",
        "arn:aws:iam::210987654321:user/engineering/{X}",
        "arn:aws:sts::123456789012:assumed-role/AdminAccess/{X}",
        "aws iam create-access-key --user-name {X}",
        '"userIdentity": {{"type": "IAMUser", "arn": "arn:aws:iam::123456789012:user/{X}", "userName": "{X}"}}',
        "aws iam add-user-to-group --group-name Developers --user-name {X}",
    ),
    "k8s": (
        "subjects:\n- kind: User\n  name: {X}\n  apiGroup: rbac.authorization.k8s.io",
        "kubectl create rolebinding {X}-view --clusterrole=view --user={X} -n payments",
        "kubectl auth can-i delete pods --as={X}",
        "kubectl get pods --as {X} -n default",
        "users:\n- name: {X}\n  user:\n    client-certificate: {X}.crt",
        "oc adm policy add-role-to-user edit {X} -n payments",
        '"user": {{"username": "{X}", "groups": ["system:authenticated"]}}',
    ),
    "container": (
        "docker run --user {X} -v /data:/data busybox ls",
        "docker exec -it -u {X} web01 bash",
        "COPY --chown={X}:{X} app/ /srv/app/",
        "New-LocalUser -Name {X} -NoPassword",
        "Add-LocalGroupMember -Group Administrators -Member {X}",
        "net localgroup \"Remote Desktop Users\" {X} /add",
        "net user {X} * /add",
        "podman exec --user {X} db01 psql",
    ),
    "home": (
        "C:\\Documents and Settings\\{X}\\Local Settings\\Temp",
        "C:/Users/{X}/AppData/Local/Programs/Python/Python312/python.exe",
        "/c/Users/{X}/projects/api",
        "/cygdrive/c/Users/{X}/Downloads",
        "/usr/home/{X}/.cshrc",
        "/var/home/{X}/.config/containers",
        "\\\\wsl$\\Ubuntu\\home\\{X}\\src",
        "/afs/example.edu/user/{x0}/{X}/public",
        "\\\\nas01\\homes\\{X}\\Documents",
        "file:///C:/Users/{X}/Desktop/report.html",
        "%SystemDrive%\\Users\\{X}\\OneDrive",
        "/Volumes/Macintosh HD/Users/{X}/Desktop",
    ),
}

# System and service accounts and placeholders, put in the same carriers: each must stay.
# Near-misses hold no other PII (hosts by name, not address), so a mask in one is a USERNAME
# or a PERSON read in a system word.
NOBODY = ("root", "nobody", "daemon", "www-data", "postgres", "sshd", "nginx", "$USER",
          "${USERNAME}", "<user>", "%USERNAME%", "{{ user }}")
# carriers whose slot can hold a NOBODY value and read naturally
_NOBODY_CARRIERS = (
    "{X}:x:1004:1004:{X},,,:/home/{X}:/bin/bash",
    "{X} ALL=(ALL:ALL) ALL",
    "AllowUsers {X}",
    "0 2 * * * {X} /opt/backup/nightly.sh",
    "sshd[3120]: Disconnected from user {X} gw01.example.net port 53122",
    "pam_unix(cron:session): session opened for user {X}(uid=0) by (uid=0)",
    "ALTER TABLE invoices OWNER TO {X};",
    "FATAL:  password authentication failed for user \"{X}\"",
    "postgresql://{X}@db01:5432/orders",
    "docker run --user {X} busybox id",
    "kubectl auth can-i list pods --as={X}",
    "C:/Users/{X}/AppData/Local",
    "Started by user {X}",
)

NEAR_MISSES = (
    # system and service accounts in their files
    "root:x:0:0:root:/root:/bin/bash",
    "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin",
    "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin",
    "postgres:x:113:120:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash",
    "systemd-network:x:998:998:systemd Network Management:/:/usr/sbin/nologin",
    "sshd:*:19710:0:99999:7:::",
    "sudo:x:27:",
    "wheel:x:10:root",
    "root ALL=(ALL:ALL) ALL",
    "%sudo   ALL=(ALL:ALL) ALL",
    "%wheel ALL=(ALL) NOPASSWD: ALL",
    "%admin ALL=(ALL) ALL",
    "Defaults    env_reset",
    "Defaults:%wheel !lecture",
    "17 *\t* * *\troot    cd / && run-parts --report /etc/cron.hourly",
    "*/10 * * * * www-data php /var/www/cron.php",
    "CRON[22841]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)",
    "pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)",
    "pam_unix(sudo:session): session opened for user root by (uid=0)",
    "sshd[55]: Invalid user admin from scan01.example.net port 40112",
    "sshd[56]: Disconnected from invalid user test gw01.example.net port 53122 [preauth]",
    "PermitRootLogin no",
    "AllowUsers *@192.168.1.*",
    "AllowGroups sshusers",
    "Match Group sftponly\n    ChrootDirectory %h",
    "Host *\n    User git\n    IdentitiesOnly yes",
    "uid=0(root) gid=0(root) groups=0(root)",
    "uid=33(www-data) gid=33(www-data) groups=33(www-data)",
    "Account Name:\t\tSYSTEM\nAccount Domain:\t\tNT AUTHORITY",
    "Security ID:\t\tNT AUTHORITY\\SYSTEM",
    "Account Name:\t\t-\nAccount Domain:\t\t-",
    "TargetUserName : ANONYMOUS LOGON",
    "NT AUTHORITY\\NETWORK SERVICE",
    "BUILTIN\\Administrators",
    "net localgroup Administrators",
    "net user guest /active:no",
    "net user administrator /active:yes",
    "Get-LocalUser -Name Administrator",
    "CN=Administrator,CN=Users,DC=corp,DC=example,DC=com",
    "CN=Domain Admins,CN=Users,DC=corp,DC=example,DC=com",
    "OU=Workstations,DC=corp,DC=example,DC=com",
    "krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM",
    "host/web01.corp.example.com@CORP.EXAMPLE.COM",
    "ALTER TABLE invoices OWNER TO postgres;",
    "SET ROLE NONE;",
    "RESET ROLE;",
    "SET SESSION AUTHORIZATION DEFAULT;",
    "GRANT SELECT ON ALL TABLES IN SCHEMA public TO readonly;",
    "GRANT USAGE ON SCHEMA api TO web_anon;",
    "EXEC sp_addrolemember 'db_owner', 'dbo';",
    "host    all    all    samenet    scram-sha-256",
    "local   all    postgres              peer",
    "FATAL:  role \"root\" does not exist",
    "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: NO)",
    "postgresql://localhost:5432/orders",
    "DATABASE_URL=postgres://${DB_USER}:${DB_PASS}@${DB_HOST}/app",
    "Server=sql01;Database=HR;Integrated Security=SSPI;",
    "jdbc:mysql://db01:3306/crm?useSSL=true",
    "mongodb://mongo01:27017/?replicaSet=rs0",
    "[client]\nuser = root\nsocket = /var/run/mysqld/mysqld.sock",
    "Merge pull request #412 from dependabot/npm_and_yarn/lodash-4.17.21",
    "Merge branch 'main' into release/2.4",
    "Merge remote-tracking branch 'origin/main'",
    "git clone git@github.com:torvalds/linux.git",
    "git clone https://github.com/kubernetes/kubernetes.git",
    "git config --global user.name \"$GIT_USER\"",
    "Signed-off-by: github-actions[bot]",
    "author Not Committed Yet",
    "   212\tdependabot[bot]",
    "Started by timer",
    "Started by an SCM change",
    "Started by upstream project \"api-build\" build number 812",
    "Pipeline #48812 triggered by schedule",
    "Triggered by push to main",
    "GITHUB_ACTOR=${{ github.actor }}",
    "GITLAB_USER_LOGIN=$GITLAB_USER_LOGIN",
    "@channel the deploy is done",
    "@everyone standup in 5",
    "@here who owns the cert?",
    "@staticmethod\ndef parse(x):",
    "@Test\npublic void parsesDates() {}",
    "<html> <body> </body> </html>",
    "*** Topic for #ops: maintenance at 22:00",
    "[09:12] <ChanServ> You are now identified",
    "assignee = currentUser() AND resolution = Unresolved",
    "assignee is EMPTY",
    '"assignee": null',
    "* @acme/platform-team",
    "/docs/ @acme/docs",
    '"login": "dependabot[bot]", "type": "Bot"',
    "arn:aws:iam::123456789012:role/AdminAccess",
    "arn:aws:iam::123456789012:root",
    "arn:aws:iam::aws:policy/ReadOnlyAccess",
    "arn:aws:iam::123456789012:user/${aws:username}",
    "arn:aws:sts::123456789012:assumed-role/AWSServiceRoleForECS/ecs-tasks",
    "aws iam list-users --max-items 10",
    "subjects:\n- kind: ServiceAccount\n  name: default\n  namespace: kube-system",
    "subjects:\n- kind: Group\n  name: system:masters",
    "kubectl auth can-i '*' '*' --as=system:serviceaccount:kube-system:default",
    "kubectl get pods --as=system:admin",
    "users:\n- name: kubernetes-admin\n  user:\n    client-certificate-data: REDACTED",
    "oc adm policy add-scc-to-user anyuid -z default",
    "USER appuser",
    "USER 1000:1000",
    "USER node",
    "docker run --user 1000:1000 alpine",
    "docker run --user \"$(id -u):$(id -g)\" alpine",
    "docker exec -u root web01 sh",
    "COPY --chown=node:node . /app",
    "New-LocalUser -Name $Username -Password $Password",
    "Add-LocalGroupMember -Group Administrators -Member $env:USERNAME",
    "C:\\Users\\Public\\Desktop",
    "C:\\Users\\Default\\AppData",
    "C:/Users/%USERNAME%/AppData/Local",
    "C:\\Documents and Settings\\All Users\\Application Data",
    "/c/Users/$USER/projects",
    "/usr/home/",
    "/var/home/${USER}/.config",
    "/home/lost+found",
    "/home/<user>/.bashrc",
    "/Users/Shared/Adobe",
    "\\\\nas01\\homes\\%USERNAME%",
    "file:///tmp/report.html",
    "ssh -l root bastion01",
    "ssh -o User=ubuntu jump01",
    "crontab -l -u root",
    "kpasswd",
    "whoami\nroot",
    "user = ${USERNAME}",
    "USERNAME=<your-user>",
    "the user logs in with their corporate account",
    "ask an admin to add the user to the developers group",
    "Add the service account to the readers role",
    "every developer has sudo on their own VM",
    "only members of Domain Admins can do that",
)


def _fill(template: str, values: dict[str, str], family: str):
    """`{X}`-style slots filled, `{{` and `}}` kept as one brace; the spans of X and Y."""
    text, spans = "", []
    for literal, key in _SLOT.findall(template):
        text += literal.replace("{{", "{").replace("}}", "}")
        if key in ("X", "Y"):
            spans.append((len(text), len(text) + len(values[key]), family))
        text += values.get(key, "")
    return text, spans


_SLOT = re.compile(r"((?:[^{}]|\{\{|\}\})*)(?:\{(\w+)\}|$)")


def samples(seed: int = SEED, per: int = 2) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Each template filled `per` times with fresh accounts (`{X}` may repeat in a prompt:
    every copy is a gold span; `{x0}` is X's first letter, as AFS files homes)."""
    r = random.Random(seed)
    out = []
    for family, templates in TEMPLATES.items():
        for template in templates:
            for _ in range(per):
                x, y = login(r), login(r)
                out.append(_fill(template, {"X": x, "Y": y, "x0": x[0].lower()}, family))
    return out


def near_misses() -> list[str]:
    """The hand-written near-misses, and four NOBODY values in turn in each of the carriers
    above."""
    out = list(NEAR_MISSES)
    for k, template in enumerate(_NOBODY_CARRIERS):
        for j in range(4):
            out.append(template.replace("{X}", NOBODY[(4 * k + j) % len(NOBODY)]))
    return out


def main(argv: list[str] | None = None) -> int:
    return devset_ids_probe.run(argv, __doc__, samples(), near_misses())


if __name__ == "__main__":
    sys.exit(main())
