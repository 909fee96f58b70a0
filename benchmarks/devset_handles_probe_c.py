"""A small fresh probe of user names in system carriers, written after the devset_handles_c
fixes and measured once, never tuned on. Measured once (Guard default): 35 values, span
recall 0.343, char leak 0.616; near-misses masked 0/16.

    python benchmarks/devset_handles_probe_c.py [--misses]

Carriers and values none of the fixes was written against: other tools' outputs (`finger`'s
`Login:`, `passwd -S`, `lslogins`, Windows' `klist` `Client:`), other config files
(access.conf, `machinectl`, `runuser`), auditd's `acct="X"`, Kerberos events 4768, other SQL
(`GRANT ROLE r TO USER X`, `DROP OWNED BY X`, `COMMENT ON ROLE X`), other URLs
(`svn+ssh://X@`, `smb://X@`), other CI variables (`CIRCLE_USERNAME`,
`BUILDKITE_BUILD_CREATOR`), other chat and tracker shapes (`X joined the meeting`, Zulip's
`@**X**`, `assignees: [X, Y]`), `kubectl config set-credentials X`, `oc adm groups
add-users`, and homes elsewhere (`/home2/X`, `C:\\Users\\X.CORP`, a roaming profile share,
`/home/CORP/X`). Values are written here, marked `[[user:value]]`, and scored as
devset_ids_probe.py scores: characters of a value no masking finding covers leak; a
near-miss counts when anything in it is masked. System accounts stay unmasked, as
devset_handles_b decided.
"""

# ruff: noqa: E501  (prompts are prose)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_handles_probe  # noqa: E402
import devset_ids_probe  # noqa: E402

PII = (
    "$ finger [[user:rhalvorsen]]\nLogin: [[user:rhalvorsen]]        Name: (on file)\nDirectory: /home/[[user:rhalvorsen]]",
    "$ passwd -S [[user:d.mbeki]]\n[[user:d.mbeki]] P 2024-10-01 0 99999 7 -1",
    "$ lslogins -u\n UID USER       PROC PWD-LOCK PWD-DENY\n1005 [[user:ahussain4]]    3        0        0",
    "+ : [[user:ftakeda]] : ALL",
    "runuser -l [[user:kbaptiste]] -c 'make deploy'",
    "machinectl shell [[user:o.lindgren]]@ /bin/bash",
    'type=USER_LOGIN msg=audit(1730800000.123:812): pid=2211 uid=0 auid=1005 acct="[[user:vtorres_]]" exe="/usr/sbin/sshd" res=failed',
    "A Kerberos authentication ticket (TGT) was requested.\nAccount Information:\n\tAccount Name:\t\t[[user:pquintero]]\n\tSupplied Realm Name:\tCORP",
    "Client: [[user:nabara]] @ CORP.EXAMPLE.COM",
    "GRANT ROLE analyst TO USER [[user:jsorensen]];",
    "DROP OWNED BY [[user:m_achterberg]];",
    "COMMENT ON ROLE [[user:tpham9]] IS 'contractor until March';",
    "svn checkout svn+ssh://[[user:lcosta]]@svn.example.org/repos/app",
    "smb://[[user:gokafor]]@nas02/finance",
    "CIRCLE_USERNAME=[[user:hwinther]]",
    "BUILDKITE_BUILD_CREATOR=[[user:e.novikova]]",
    "[[user:rbalogun]] pushed to branch main at platform/api",
    "[[user:skowalski2]] joined the meeting",
    "@**[[user:aderinto]]** can you take the pager tonight?",
    "assignees: [[[user:jmarin]], [[user:ywu7]]]",
    "kubectl config set-credentials [[user:fabiola.r]] --client-certificate=fr.crt",
    "oc adm groups add-users developers [[user:tnakagawa]]",
    "/home2/[[user:bosei]]/public_html/index.html",
    "C:\\Users\\[[user:mkeller]].CORP\\AppData\\Roaming",
    "\\\\fs01\\profiles$\\[[user:ilarsen]].V6\\Desktop",
    "/home/CORP/[[user:hsato3]]/.bashrc",
    "sudo -u [[user:cmoreno]] -H bash -l",
    "lxc exec web01 -- sudo --login --user [[user:wkamau]]",
    "Access granted to [[user:ebrennan]] by policy VPN-Staff",
    "Nick change: [[user:dvu]] -> [[user:dvu_away]]",
)

NEAR_MISSES = (
    "$ passwd -S root\nroot L 2024-10-01 0 99999 7 -1",
    "+ : root : cron crond :0 tty1",
    "- : ALL : ALL",
    "GRANT ROLE analyst TO ROLE sysadmin;",
    "DROP OWNED BY postgres;",
    "svn checkout svn+ssh://svn.example.org/repos/app",
    "CIRCLE_USERNAME=$CIRCLE_USERNAME",
    "dependabot[bot] pushed to branch main",
    "The meeting was joined by 12 people",
    "assignees: []",
    "kubectl config set-credentials kubernetes-admin --token=REDACTED",
    "/home2/backups/",
    "C:\\Users\\Default User\\NTUSER.DAT",
    "lxc exec web01 -- sudo --login --user root",
    "runuser -l postgres -c 'pg_ctl reload'",
    "Client: krbtgt @ CORP.EXAMPLE.COM",
)


def main(argv: list[str] | None = None) -> int:
    return devset_ids_probe.run(argv, __doc__, devset_handles_probe.samples(PII), NEAR_MISSES)


if __name__ == "__main__":
    sys.exit(main())
