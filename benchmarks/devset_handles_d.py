"""User names in plain login positions and dates of birth in the ways forms and people write
them, next to the near-misses that must stay.

    python benchmarks/devset_handles_d.py [--misses]

Written before any fix was measured against it. Before any fix (main at 0daaa1d): 216 values,
span recall 0.505, char leak 0.506; near-misses masked 2/46 (a PHONE_NUMBER on an account
number, a PERSON on `YYYY-MM`, neither this set's families). Misses by family: u_label 24,
u_admin 17, u_as 6, u_key 6, d_paren 20, d_prose 18, d_after 9, d_label 7 (u_cmd, u_sys,
u_chat none).
After the fixes (b0e71f8 dates of birth, a7ce177 user names): span recall 1.000, char leak
0.000; near-misses masked 2/46 (the same two).
Families (the `--misses` lines say which):
- `u_label`: a login after a label with a colon or a dash, alone on its line or before a
  bracket (`Affected user: X`, `Account: X (disabled)`, `Login - X`, `user id: X`);
- `u_admin`: an admin's request about one account (`Reset MFA for X`, `reset the password
  for X`, `revoke all sessions for X`, `unlock X's account`);
- `u_as`: who a thing runs or signs in as (`log in as X`, `runs as user X`, `impersonate X`);
- `u_key`: a log's key for the login (`user=X`, `account=X`, `acct=X`, `"username": "X"`),
  including logins whose parts are words (`noble_mit`, `fern_ash`);
- `u_cmd` / `u_sys`: commands and system files (`ssh X@host`, `sudo -u X`, `docker run
  --user X`, `Get-LocalUser -Name X`, `AllowUsers X`, a sudoers rule, a crontab row,
  `uid=1001(X)`);
- `u_chat`: @mentions;
- `d_label`: a birth cue and a label's separator (`DOB: X`, `D.O.B. X`, `Birthdate - X`,
  `"date_of_birth": "X"`, `dob=X`);
- `d_paren`: the date in brackets after its cue, or a format hint between (`date of birth
  (X)`, `Name (b. X)`, `(born X)`, `DOB (dd/mm/yyyy): X`);
- `d_prose`: sentences (`born on X`, `was born in Oslo on X`, `her birthday is X`,
  `date of birth on file: X`, `DOB of the patient is X`, `listed as X`);
- `d_after`: the cue after the date (`X (DOB)`, `X - date of birth`).
Dates are drawn in many orders: d.m.yyyy, yyyy/mm/dd, dd-Mon-yyyy, Mon d yyyy, m/d/yy,
`3 Jul '95`, `July 3rd, 1995`, ISO with and without a time, a weekday before.

Decisions on what is PII here (the older sets' convention): system and service accounts,
placeholders, role words and numbers alone stay; a date that no birth cue governs stays (a
meeting, a release, a log's time stamp, an invoice), as does a birth cue with no date after
it and a year alone.

Values are made here from syllables of this file (none from a name list or a generator).
Each marked `[[family:value]]` and scored as devset_ids_probe.py scores: characters of a
value no masking finding covers leak; a near-miss counts when anything in it is masked.
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_ids_probe  # noqa: E402

SEED = 20261204

# Syllables of no one in particular (not the older sets' own).
_GIVEN = ("tariq", "inge", "lowen", "mireille", "bao", "odile", "kenji", "saoirse", "teodor",
          "amara", "ruslan", "ines", "femi", "halla", "dov", "liesel", "yusra", "arvo")
_FAMILY = ("okonkwo", "brekke", "valdes", "haruna", "lindqvist", "petrak", "mbeki", "sorensen",
           "quiroga", "takeda", "falk", "novikova", "adeyemi", "strand", "ferreira", "kowal")
# Words people build handles from (and logins whose parts are words).
_WORDS = ("ash", "fern", "noble", "pike", "wren", "slate", "ember", "moss", "tide", "quill")


def login(r: random.Random) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    d = str(r.randrange(1, 99))
    return r.choice((
        lambda: g[0] + f,                               # tokonkwo
        lambda: f"{g}.{f}{d}",                          # tariq.okonkwo12
        lambda: f"{f}_{g[:3]}",                         # okonkwo_tar
        lambda: f"{g}.{f}",                             # tariq.okonkwo
        lambda: f + g[0] + d,                           # okonkwot7
        lambda: r.choice(_WORDS) + r.choice(_WORDS) + d,  # ashfern42
        lambda: f"{r.choice(_WORDS)}_{g[:3]}",          # noble_tar
        lambda: f"{g}-{f[:3]}",                         # tariq-oko
    ))()


_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_DAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _th(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def birth_date(r: random.Random) -> str:
    y, m, d = r.randrange(1931, 2008), r.randrange(1, 13), r.randrange(1, 29)
    return r.choice((
        lambda: f"{d}.{m}.{y}",
        lambda: f"{d:02d}.{m:02d}.{y}",
        lambda: f"{y}/{m:02d}/{d:02d}",
        lambda: f"{d:02d}-{_MON[m - 1]}-{y}",
        lambda: f"{_MON[m - 1]} {d} {y}",
        lambda: f"{_MON[m - 1]}. {d}, {y}",
        lambda: f"{m}/{d}/{y % 100:02d}",
        lambda: f"{d} {_MON[m - 1]} '{y % 100:02d}",
        lambda: f"{_MONTH[m - 1]} {d}{_th(d)}, {y}",
        lambda: f"{y}-{m:02d}-{d:02d}",
        lambda: f"{y}-{m:02d}-{d:02d}T00:00:00",
        lambda: f"{_DAY[r.randrange(7)]}, {d} {_MONTH[m - 1]} {y}",
        lambda: f"{d:02d} {_MON[m - 1].upper()} {y}",
        lambda: f"{d}{_th(d)} of {_MONTH[m - 1]}, {y}",
    ))()


# family -> templates; {X} and {Y} are two values of the family's kind (a login for u_*,
# a birth date for d_*).
TEMPLATES: dict[str, tuple[str, ...]] = {
    "u_label": (
        "Incident 4471\nAffected user: {X}\nFirst seen: 09:40",
        "User: {X}\nRole: editor\nLast login: yesterday",
        "Account: {X} (disabled since Monday)",
        "Login - {X}",
        "user id: {X}",
        "Target account: {X}\nAction: password reset",
        "Locked account: {X}, {Y}",
        "Requested for user: {X}",
    ),
    "u_admin": (
        "Reset MFA for {X} and tell them to re-enrol.",
        "Please reset the password for {X}.",
        "Can you revoke all sessions for {X}? The laptop was stolen.",
        "reset 2FA for user {X} please",
        "Unlock {X}'s account after the lockout.",
        "Rotate the API key for {X} and send the new one by Signal.",
        "Disable login for {X} until HR confirms.",
        "Re-enable the account of {X} now that she is back.",
    ),
    "u_as": (
        "I can log in as {X} but not as admin.",
        "The nightly job runs as user {X} on build02.",
        "Try to impersonate {X} in the staging console.",
        "After I signed in as {X} the dashboard was empty.",
        "The process was started as {X} via runuser.",
    ),
    "u_key": (
        "2026-11-28T02:13:57Z WARN login failed user={X} src=10.4.5.6",
        "audit: op=delete account={X} obj=/finance/q3.xlsx",
        "acct={X} action=download bytes=88213",
        '{{"event": "login", "username": "{X}", "ok": false}}',
        "level=info msg=\"token issued\" login={X} ttl=3600",
        "denied: usr={X} resource=billing",
    ),
    "u_cmd": (
        "ssh {X}@bastion.example.net -p 2222",
        "sudo -u {X} psql orders",
        "docker run --user {X} -it alpine sh",
        "Get-LocalUser -Name {X} | Select-Object Enabled",
        "su - {X}",
        "runas /user:{X} cmd.exe",
        "kubectl get secrets --as={X}",
    ),
    "u_sys": (
        "AllowUsers {X} {Y}",
        "{X} ALL=(ALL) NOPASSWD: ALL",
        "*/5 * * * * {X} /usr/local/bin/poll.sh",
        "uid=1001({X}) gid=1001({X}) groups=1001({X}),27(sudo)",
        "ls -la /home/{X}/.ssh/",
    ),
    "u_chat": (
        "@{X} can you take the pager tonight?",
        "thanks @{X}, merged",
        "cc @{X} @{Y}",
    ),
    "d_label": (
        "DOB: {X}",
        "D.O.B. {X}",
        "Date of birth: {X}",
        "Birthdate - {X}",
        "Birthday: {X}",
        '{{"name": "(on file)", "date_of_birth": "{X}"}}',
        "dob={X}&plan=gold",
        "Patient DOB {X}",
    ),
    "d_paren": (
        "Ask the caller to confirm their date of birth ({X}) before any change.",
        "Witness: (on file) (b. {X})",
        "the applicant (born {X}) has no record",
        "DOB (dd/mm/yyyy): {X}",
        "Date of birth (MM/DD/YY): {X}",
        "Date of birth [YYYY-MM-DD]: {X}",
        "DOB [{X}]",
    ),
    "d_prose": (
        "I was born on {X}, so I qualify for the senior fare.",
        "She was born in Tromsø on {X}.",
        "His birthday is {X}.",
        "Date of birth on file: {X}",
        "The DOB of the patient is {X}.",
        "date of birth listed as {X} on the old form",
        "born on the {X} in a small town",
    ),
    "d_after": (
        "{X} (DOB)",
        "{X} - date of birth",
        "Verified: {X} (date of birth), postcode matches",
    ),
}

NEAR_MISSES = (
    # chat roles and labels with no login after them
    "User: can you summarise this thread for me?",
    "User: hello\nAssistant: Hi! How can I help?",
    "Account: Enterprise plan, renews yearly",
    "Account: 4417-2231-09",
    "Affected users: 312",
    "Affected user: none",
    "Login: required",
    "User: admin",
    "Account: ACME Corporation",
    "Handle: with care",
    # admin requests about no one
    "Reset MFA for all users in the finance group.",
    "Please reset the password for the admin account.",
    "reset password for root",
    "Revoke all sessions for service accounts.",
    "Rotate the API key for prod-db before Friday.",
    "Disable login for guests on the kiosk.",
    "Unlock the account after 30 minutes.",
    # as / keys
    "The container runs as root by default.",
    "Log in as admin and open Settings.",
    "Sign in as a guest to try it.",
    "user=root uid=0",
    "user=${USER} home=$HOME",
    "account=checking currency=EUR",
    "acct=savings",
    '{"username": "", "ok": false}',
    "login=true remember=1",
    "usr=nobody",
    "GRANT SELECT ON ALL TABLES IN SCHEMA public TO readonly;",
    "DATABASE_URL=postgres://web_anon@db01/app",
    # dates with no birth cue
    "The meeting moved to 3/7/25 at 10:00.",
    "Release 4.2 shipped on 25.07.2024.",
    "2026-11-28T02:13:57Z ERROR upstream timeout host=db02",
    "Invoice date: 22-Oct-2024, due in 30 days.",
    "Sprint ends Sep 22 2025; retro the day after.",
    "Backups from 1999/03/10 are on tape.",
    "Contract signed 14 Jul '23 and renewed 14 Jul '24.",
    "Wednesday, 3 December 2025 - all-hands in the atrium",
    # birth cues with no date, a year alone, a field's definition
    "Date of birth is required.",
    "Add a date_of_birth column of type DATE, default NULL.",
    "He was born in 1961.",
    "She was born in Lagos and moved to Leeds in 2004.",
    "Validate that the date of birth is before today's date.",
    "The DOB field format is YYYY-MM-DD.",
    "birthday reminders are sent at 09:00 every day",
    "The project was born out of a hackathon on 2023-10-02.",
    "Python 3.12 was released on 2023-10-02, born of PEP 703 discussions.",
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


def samples(seed: int = SEED, per: int = 3) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Each template filled `per` times with fresh values."""
    r = random.Random(seed)
    out = []
    for family, templates in TEMPLATES.items():
        make = login if family.startswith("u_") else birth_date
        for template in templates:
            for _ in range(per):
                out.append(_fill(template, {"X": make(r), "Y": make(r)}, family))
    return out


def main(argv: list[str] | None = None) -> int:
    return devset_ids_probe.run(argv, __doc__, samples(), list(NEAR_MISSES))


if __name__ == "__main__":
    sys.exit(main())
