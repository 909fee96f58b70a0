"""A small fresh probe of user names, handles and assigned numbers, written after the
devset_handles fixes and measured once.

    python benchmarks/devset_handles_probe.py [--misses]

Carriers none of the fixes was written against: other commands (`ftp`, `smbclient -U`, `id`,
`finger`, `last`, `who`), other paths (`/var/mail/`, `$HOME` expanded, `%APPDATA%` expanded),
other log shapes (nginx basic auth, Windows 4625 text, GitHub audit), prose (`her handle on
the forum is`, `dm me, I'm`), tickets (`CC:`, `Watchers:`), numbers (`membership card`,
`patient account`, `claim for policyholder`, `employee badge`), plates in other word orders.
Values are written here, marked `[[family:value]]` in the prompt, and scored as
devset_ids_probe.py scores: characters of a value no masking finding covers leak; a near-miss
counts when anything in it is masked.
"""

# ruff: noqa: E501  (prompts are prose)
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_ids_probe  # noqa: E402

PII = (
    "smbclient //fs01/share -U [[user:hokafor3]]",
    "ftp> user [[user:lmarsh]]",
    "id [[user:v.tanaka]] shows groups wheel and dev",
    "last -n 5 [[user:rkeane_2]]",
    "finger [[user:moreau.p]]@mail01",
    "You have new mail in /var/mail/[[user:sbergq]]",
    "HOME=/home/[[user:novak.e]] SHELL=/bin/zsh",
    "C:\\Users\\[[user:ines.varga]]\\AppData\\Roaming\\Code\\logs",
    '10.1.2.3 - [[user:tdubois7]] [05/Nov/2024:12:01:09 +0000] "GET /admin HTTP/1.1" 401',
    "An account failed to log on.\n  Account Name:  [[user:pkeane]]\n  Account Domain: ACME",
    '{"action": "org.remove_member", "user": "[[user:yuki-szabo]]"}',
    "her handle on the forum is [[user:bluefrost_88]]",
    "dm me, I'm [[user:olu.rahman]] there",
    "CC: [[user:mcastell]], [[user:aibsen]]",
    "Watchers: [[user:d_lindqvist]]",
    "please unlock [[user:tnovak12]]'s account",
    "hey @[[user:kenji_f]] did the backup finish?",
    "reviewed by @[[user:sade.okafor]] and merged",
    "membership card [[id:MB-20417733]] expired",
    "patient account [[id:PA0093321]] has a balance",
    "claim for policyholder [[id:HX-5521-0871]] filed",
    "employee badge [[id:E-552190]] deactivated",
    "client #[[id:C99120457]] asked for a callback",
    "my member number: [[id:W558812034]]",
    "Personal-Nr. [[id:7712035]]",
    "[[plate:LK68 TXA]] was caught on the speed camera",
    "registration plate: [[plate:BD51 SMR]]",
    "a red Audi with plates [[plate:HH-XY 445]]",
    "car reg is [[plate:YA19 KPL]]",
    "VIN and plate for the claim: plate [[plate:6TRJ244]]",
)

NEAR_MISSES = (
    "ssh -l root bastion.internal",
    "sudo -u nobody /usr/bin/true",
    "cat /home/*/.bash_history | wc -l",
    "C:\\Users\\All Users\\Microsoft",
    "WORKGROUP\\PRINTERS is shared",
    "@Injectable()\nexport class ApiService {}",
    "@tailwind base; @tailwind components;",
    "yarn add @emotion/react@11.11.1",
    "Thanks @here, see you Monday.",
    "Reporter: jira-bot",
    "user=anonymous action=view",
    "account balance: 1200.00",
    "customer 360 dashboard",
    "policy iam:PassRole denied",
    "plate tectonics chapter 4",
    "reg edit HKCU\\Software\\Acme",
)


def samples(prompts: tuple[str, ...] = PII) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """`[[family:value]]`-marked prompts as (text, gold spans)."""
    out = []
    for marked in prompts:
        text, spans, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", marked):
            text += marked[pos : m.start()]
            spans.append((len(text), len(text) + len(m.group(2)), m.group(1)))
            text += m.group(2)
            pos = m.end()
        out.append((text + marked[pos:], spans))
    return out


def main(argv: list[str] | None = None) -> int:
    return devset_ids_probe.run(argv, __doc__, samples(), NEAR_MISSES)


if __name__ == "__main__":
    sys.exit(main())
