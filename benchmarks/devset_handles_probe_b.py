"""A small fresh probe of user names by their slot, written after the devset_handles_b fixes
and measured once, never tuned on.

    python benchmarks/devset_handles_probe_b.py [--misses]

Carriers and values none of the fixes was written against: other commands and switches
(`pgrep -lu`, `sudo -iu`, `docker run --user`, `Get-LocalUser -Name`, `net localgroup ... /add`),
config files (sshd's `AllowUsers`, sudoers, /etc/crontab's user column, ssh_config `User`,
/etc/passwd), other logs (`FAILED LOGIN ... FOR 'X'`, polkit's `unix-user:X`, CloudTrail's
`userName`, `id` output), other people fields (`Submitter:`, `Point of contact:`), merge
commits (`from X/branch`), other paths (`Documents and Settings`, `%SystemDrive%\\Users`).
Values are written here, marked `[[user:value]]`, and scored as devset_ids_probe.py scores:
characters of a value no masking finding covers leak; a near-miss counts when anything in it
is masked. System accounts stay unmasked, as devset_handles_b decided.
"""

# ruff: noqa: E501  (prompts are prose)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_handles_probe  # noqa: E402
import devset_ids_probe  # noqa: E402

PII = (
    "pgrep -lu [[user:marisol_v]] java",
    "sudo -iu [[user:bkarimi]]",
    "docker run --rm --user [[user:cdurand]] alpine id",
    "Get-LocalUser -Name [[user:rsoto7]]",
    "net localgroup Administrators [[user:lfournier2]] /add",
    "chown -R [[user:kmensah]]:[[user:kmensah]] ~/repo",
    "ncdu /home/[[user:alvarez.j]]",
    "C:\\Documents and Settings\\[[user:t-okonkwo]]\\Desktop",
    "%SystemDrive%\\Users\\[[user:hbaptiste]]\\Downloads",
    "AllowUsers [[user:wei.zhang]] [[user:o.adeyemi]]",
    "[[user:ptrivedi]] ALL=(ALL) NOPASSWD: /usr/bin/systemctl",
    "*/5 * * * * [[user:gkowalczyk]] /usr/local/bin/sync.sh",
    "Host build\n  HostName 10.0.4.7\n  User [[user:emuller4]]",
    "[[user:sfarah]]:x:1003:1003:,,,:/home/[[user:sfarah]]:/bin/bash",
    "login[912]: FAILED LOGIN (1) on '/dev/tty2' FOR '[[user:nhassan]]', Authentication failure",
    "polkitd[640]: Operator of unix-session:3 successfully authenticated as unix-user:[[user:jnakamura]]",
    '"userIdentity": {"type": "IAMUser", "userName": "[[user:ylin_88]]"}',
    "uid=1001([[user:aquispe]]) gid=1001([[user:aquispe]]) groups=1001([[user:aquispe]]),27(sudo)",
    "Submitter: [[user:mbianchi]]",
    "Point of contact: [[user:rdelacruz]]",
    "Merge pull request #412 from [[user:ikaur]]/fix-typo",
    "shoutout to @[[user:jschultz]]!",
    "@[[user:fokoro]], @[[user:vrossi]] and @[[user:tnguyen21]] please review",
    "ALTER USER [[user:aali.k]] IDENTIFIED BY VALUES 'x';",
    "SHOW GRANTS FOR '[[user:dsilva]]'@'%';",
    "member: uid=[[user:pwozniak]],ou=people,dc=example,dc=org",
    "renew ticket for [[user:k.asante]]@EXAMPLE.COM",
    "lastb | grep [[user:zmorales]]",
    "Reviewer: [[user:lpetrov3]]",
    "export GIT_COMMITTER_NAME=[[user:ojimenez]]",
)

NEAR_MISSES = (
    "git push -u upstream feature/login",
    "sudo -u#1000 id",
    "ls /etc/skel/",
    "ps -u root",
    "Reviewer: TBD",
    "@media print { body { color: black } }",
    "docker run --user 1000:1000 alpine",
    "cn=admin,dc=example,dc=org",
    "chown :staff notes.txt",
    "CC: all",
    "ls /home/lost+found",
    "icacls D:\\x /grant Everyone:F",
    "AllowUsers *@10.0.0.0/8",
    "root ALL=(ALL:ALL) ALL",
    "Merge pull request #9 from acme/release-2.4",
    "uid=0(root) gid=0(root) groups=0(root)",
)


def main(argv: list[str] | None = None) -> int:
    return devset_ids_probe.run(argv, __doc__, devset_handles_probe.samples(PII), NEAR_MISSES)


if __name__ == "__main__":
    sys.exit(main())
