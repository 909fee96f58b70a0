"""User names and handles where no label stands right before them, and assigned numbers the
ID sets lack, next to the near-misses that must stay.

    python benchmarks/devset_handles.py [--n 40] [--misses] [--show 5] [--seed 4417]

Written before any fix was measured against it. Account names in running prose (`ask user
k_nguyen to reset`, `account jsmith2 was locked`), in commands (`ssh dpatel@build01`, `sudo -u`,
`git log --author=`, `psql -U`), in paths (`C:\\Users\\anna.berg\\`, `/home/tkowal/`), after a
Windows domain (`CORP\\jdoe`), in auth logs (`Accepted publickey for`, `session opened for
user`), as chat mentions (`thanks @dpatel07`, Slack `<@U04ABCD12>`, fediverse `@x@host`) and in
ticket fields (`Assignee: dpatel`); bank account numbers in prose after `checking`, `savings`,
`a/c`; customer, member and loyalty numbers after `#` or a bare word (`member #A1234567`,
`customer 88120455 called`); insurance policy numbers (`policy HX-4471-2290`); employee and
badge numbers without `id`/`number` (`employee 48213`); licence plates with a car around them
(`reg KX19 ABC`, `Kennzeichen M-AB 1234`).

Values are made here from syllables of this file (no name list, no generator's data).

Decisions on what is PII here:
- an account's last four digits (`acct ending 4417`) are NOT masked, as set d decided for a
  card's last four (PCI DSS lets them be shown; four digits name no one): near-misses;
- system and service accounts (`root`, `postgres`, `ubuntu`, `www-data`, `svc-build`,
  `jenkins`) name a machine's role, not a person: near-misses, as are code identifiers
  (`get_user`, `user_id`), npm scopes and CSS at-rules (`@types/node`, `@media`), decorators
  (`@pytest.fixture`), `git@github.com`, `pkg@1.2.3` and placeholders (`$USER`, `<username>`);
- order, ticket, invoice, PR and flight numbers name a transaction or a thing, not a person:
  near-misses (as in the ID sets); a customer's, member's or policyholder's number is PII;
- a Slack user ID (`<@U04ABCD12>`) is one person in a workspace: USERNAME; a channel is not.

Scored as devset_ids.py scores (Guard('default'), findings that are not `allow`): per family
span recall, type and character leak; for `benign` the prompts with anything masked.
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import random
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import Sample  # noqa: E402
from devset_ids import _carrier, carrier_main  # noqa: E402

SEED = 4417
_D = string.digits
_U = string.ascii_uppercase

# Syllables to make given and family names of no one in particular.
_GIVEN = ("anna", "maria", "tomas", "priya", "kenji", "olu", "dara", "ines", "marek", "lena",
          "ravi", "sade", "yuki", "pavel", "nora", "tariq", "elif", "bruno", "mei", "arjun")
_FAMILY = ("kowal", "patel", "nguyen", "berg", "okafor", "lindqvist", "moreau", "tanaka",
           "haddad", "novak", "ferreira", "osei", "varga", "castell", "ibsen", "rahman",
           "dubois", "marsh", "keane", "szabo")
_GAMER = ("night", "owl", "frost", "pixel", "raven", "blaze", "echo", "nova", "viper", "drift")


def _num(r: random.Random, n: int, first: str = _D) -> str:
    return r.choice(first) + "".join(r.choice(_D) for _ in range(n - 1))


def username(r: random.Random) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    return r.choice((
        lambda: g[0] + f,                                  # tkowal
        lambda: g[0] + f + _num(r, r.choice((1, 2))),      # dpatel07
        lambda: f"{g}.{f}",                                # anna.berg
        lambda: f"{g}_{f}",                                # priya_nguyen
        lambda: f"{g[0]}_{f}",                             # k_nguyen
        lambda: f"{g}.{f[0]}",                             # maria.k
        lambda: f"{f}{g[0]}{_num(r, 2)}",                  # berga42
        lambda: f"{g}-{f}",                                # lena-moreau
        lambda: f"{g}{f[:3]}{_num(r, 1)}",                 # ravipat3
    ))()


def gamertag(r: random.Random) -> str:
    a, b = r.sample(_GAMER, 2)
    return r.choice((f"{a.title()}{b.title()}{_num(r, 2)}", f"xX{a}{b}Xx", f"{a}_{b}_{_num(r, 3)}",
                     f"{a.title()}{b.title()}"))


def slack_id(r: random.Random) -> str:
    return r.choice("UW") + _num(r, 2, "0123") + "".join(r.choice(_U + _D) for _ in range(r.choice((6, 8))))


def bank_account(r: random.Random) -> str:
    return r.choice((_num(r, r.randrange(8, 13)), f"{_num(r, 4)} {_num(r, 4)} {_num(r, 4)}",
                     f"{_num(r, 3)}-{_num(r, 6)}-{_num(r, 2)}", "00" + _num(r, 8)))


def customer_no(r: random.Random) -> str:
    return r.choice((r.choice(_U) + _num(r, 7), _num(r, 8, "123456789"), "C-" + _num(r, 7),
                     "".join(r.choice(_U) for _ in range(2)) + _num(r, 6), _num(r, 10, "123456789")))


def policy_no(r: random.Random) -> str:
    two = "".join(r.choice(_U) for _ in range(2))
    return r.choice((f"{two}-{_num(r, 4)}-{_num(r, 4)}", f"AUT-{_num(r, 7)}", f"P{_num(r, 9)}",
                     f"{two}{_num(r, 8)}", f"{_num(r, 4)}-{_num(r, 3)}-{_num(r, 3)}",
                     f"HOM{_num(r, 6)}-{_num(r, 2)}"))


def employee_no(r: random.Random) -> str:
    return r.choice((_num(r, 5, "123456789"), "E" + _num(r, 6), "W-" + _num(r, 5), _num(r, 7, "123456789"),
                     "A" + _num(r, 5)))


def plate(r: random.Random) -> str:
    L = lambda k: "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(k))  # noqa: E731
    return r.choice((
        f"{L(2)}{_num(r, 2)} {L(3)}",           # UK: KX19 ABC
        f"{_num(r, 1, '123456789')}{L(3)}{_num(r, 3)}",  # California: 7ABC123
        f"{L(1)}-{L(2)} {_num(r, 4, '123456789')}",       # Germany: M-AB 1234
        f"{L(2)}-{_num(r, 3)}-{L(2)}",          # France: AB-123-CD
        f"{_num(r, 4)} {L(3)}",                 # Spain: 1234 BCD
        f"{L(3)}-{_num(r, 4)}",                 # many US states: ABC-1234
    ))


GENERATORS = {
    "user_prose": username, "user_cmd": username, "user_path": username, "user_domain": username,
    "user_log": username, "mention": username, "ticket": username, "acct_prose": bank_account,
    "customer_no": customer_no, "policy_no": policy_no, "employee_no": employee_no, "plate": plate,
}

# {X}: the family's value; {U2} a second user name (USERNAME), {G} a gamertag (USERNAME),
# {S} a Slack user ID (USERNAME), {N} a filler number that is no one's.
TEMPLATES_H: dict[str, tuple[str, ...]] = {
    "user_prose": (
        "the login for the build server is {X}, same password as last quarter",
        "ask user {X} to reset their MFA token before Monday",
        "account {X} was locked after five failed attempts",
        "I created the account {X} for the new contractor yesterday.",
        "password reset requested for {X} via the self-service portal",
        "The AD account of the new hire is {X}; please add it to VPN-Users.",
        "Please add {X} to the dev-team group in Okta.",
        "my user is {X} if you need to look me up",
        "I log in with {X} and my usual password but it says denied",
        "reach me on Discord, I'm {G}",
        "Steam name {G}, add me for the raid tonight",
        "their gamertag is {G} on Xbox",
        "Can you disable {X}'s access? They left on Friday.",
        "Offboarding: remove {X} from all distribution lists.",
        "He signs in as {X} on the shared kiosk.",
    ),
    "user_cmd": (
        "ssh {X}@build01.internal",
        "scp report.pdf {X}@jump.example.net:/tmp/",
        "sudo -u {X} crontab -l",
        "su - {X}",
        "git log --author={X} --since=2.weeks",
        'git log --author="{X}" --oneline',
        "chown {X}:staff /srv/data/exports",
        "net user {X} /domain",
        "passwd {X}",
        "usermod -aG docker {X}",
        "mysql -u {X} -p -h db.internal",
        "psql -U {X} -h pg.internal -d billing",
        "runas /user:{X} cmd.exe",
        "crontab -u {X} -e",
        "rsync -av ./site/ {X}@web02.example.org:~/site/",
    ),
    "user_path": (
        "C:\\Users\\{X}\\AppData\\Local\\Temp\\setup.log",
        "open /home/{X}/projects/api/config.yaml and change the port",
        'File "/home/{X}/venv/lib/python3.11/site-packages/requests/api.py", line 73, in get',
        "/Users/{X}/Library/Logs/DiagnosticReports",
        "copy it to \\\\fileserver\\home$\\{X}\\docs",
        "the crash dump is in C:\\Users\\{X}\\Desktop\\dump.dmp",
        "ls -la /home/{X}/.ssh",
        "Permission denied: '/Users/{X}/Downloads/export.csv'",
        "mounted at /mnt/c/Users/{X}/Documents",
        "see ~{X}/public_html/index.html",
    ),
    "user_domain": (
        "CORP\\{X} cannot open the shared mailbox",
        "logged on as EXAMPLE\\{X} from WS-0412",
        "runas /netonly /user:ACME\\{X} mmc.exe",
        "Grant Modify to CONTOSO\\{X} on D:\\Shares\\Finance",
        "An account failed to log on. Account Name: {X} Account Domain: CORP",
        "Security ID: ACME\\{X}",
    ),
    "user_log": (
        "sshd[2211]: Accepted publickey for {X} from 203.0.113.9 port 51234 ssh2",
        "sshd[881]: Failed password for {X} from 198.51.100.7 port 2222 ssh2",
        "sshd[1022]: Failed password for invalid user {X} from 198.51.100.23 port 40112 ssh2",
        "pam_unix(sudo:session): session opened for user {X} by (uid=0)",
        "sudo: {X} : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/systemctl restart nginx",
        "ts=2024-11-05T12:01:09Z user={X} action=login status=ok",
        '{{"actor": "{X}", "event": "repo.push", "repo": "billing-api"}}',
        "[auth] lockout: {X} (5 attempts)",
        "AUTH_FAIL principal={X} reason=bad_password",
        "Nov  5 12:01:09 gw01 vpn: user '{X}' connected from 203.0.113.44",
        "audit: op=delete object=invoice/{N} by={X}",
        "kerberos: TGT issued to {X}@CORP.EXAMPLE.COM",
    ),
    "mention": (
        "thanks @{X} for the quick review!",
        "cc @{X} @{U2}",
        "@{X} can you take a look at the failing job?",
        "ping @{X} on Slack about the outage",
        "Reported by @{X} in #infra",
        "assigned to @{X}, due Friday",
        "<@{S}> please approve the deploy",
        "Hey <@{S}>, the build is green again.",
        "follow me on Mastodon: @{X}@mastodon.social",
        "@{X}: merged, thanks",
        "great catch by @{X} in the last standup",
    ),
    "ticket": (
        "Assignee: {X}\nStatus: In Progress",
        "Reporter: {X}\nPriority: P2",
        "Requested by: {X}",
        "Owner: {X} | Team: Payments",
        "Created by {X} on 2024-11-05",
        "Approved by {X}; change window Saturday 02:00",
        "| key | assignee | status |\n| OPS-{N} | {X} | open |",
        "author: {X}\ndate: 2024-11-05",
        "Reviewed-by: {X}",
    ),
    "acct_prose": (
        "wire it to my checking {X} at First Federal",
        "Transfer 500 from savings {X} to my current account.",
        "my a/c is {X}, sort code on file",
        "please refund to bank account {X}",
        "Kontonummer {X} bei der Sparkasse",
        "deposit into acct. {X} by Friday",
        "The payroll account is {X} (Chase).",
        "credit the amount to account {X}",
    ),
    "customer_no": (
        "member #{X} called about the renewal",
        "customer #{X} disputes the charge",
        "cust no {X} - address change",
        "Customer ref {X}",
        "loyalty card {X} has 2400 points",
        "Rewards # {X}",
        "customer {X} says the parcel never arrived",
        "Club member {X} asked for a refund.",
        "Please merge the duplicate profiles of account holder {X}.",
        "client {X} wants the invoice re-sent",
    ),
    "policy_no": (
        "my policy {X} renews in June",
        "claim under policy {X} for the water damage",
        "insurance policy #{X}",
        "Policy: {X}",
        "policy ref {X} (motor, comprehensive)",
        "the policyholder of {X} changed their address",
        "Versicherungsnummer {X}",
        "your home insurance ({X}) is due",
    ),
    "employee_no": (
        "employee {X} swiped in at 07:58",
        "Badge {X} was reported lost.",
        "worker id {X}",
        "staff #{X} is on leave",
        "Personalnummer {X}",
        "associate {X} completed the training",
        "payroll number {X}",
        "emp {X} requested PTO",
    ),
    "plate": (
        "a silver hatchback, reg {X}, was parked in bay 4",
        "the car's plate is {X}",
        "plates: {X}",
        "Kennzeichen {X}",
        "immatriculation {X}",
        "her Honda (plate {X}) was towed",
        "number plate reads {X}",
        "matrícula {X}",
        "registration {X}, blue Ford Focus",
        "parking ticket issued to vehicle {X}",
    ),
}

# Near-misses: none holds anything to mask. {N}: a number, {V} a version, {F} four digits.
BENIGN_H = (
    "Call get_user(user_id) before you check the login form.",
    "ssh root@build01.internal 'uptime'",
    "ssh -i key.pem ubuntu@ec2-3-91-12-4.compute-1.amazonaws.com",
    "ssh -i ~/.ssh/id_ed25519 ec2-user@bastion.internal",
    "git clone git@github.com:acme/billing-api.git",
    "sudo -u postgres psql -c 'select 1'",
    "su - postgres",
    "chown -R www-data:www-data /var/www/html",
    "C:\\Users\\Public\\Documents\\readme.txt",
    "C:\\Users\\Default\\AppData\\Roaming",
    "cd /home/ubuntu/app && make",
    "%USERPROFILE%\\Desktop\\notes.txt",
    "source /home/$USER/.bashrc",
    "copy it to C:\\Users\\<username>\\Downloads",
    "NT AUTHORITY\\SYSTEM started the service",
    "BUILTIN\\Administrators have full control",
    "npm i -D @types/node @types/react",
    "@media (max-width: 600px) {{ .nav {{ display: none; }} }}",
    "@pytest.fixture\ndef client():\n    return make_client()",
    "@dataclass(frozen=True)\nclass Point:\n    x: int",
    "@Override\npublic String toString() {{ return name; }}",
    "import {{ Component }} from '@angular/core';",
    "presets: ['@babel/preset-env']",
    "@keyframes spin {{ to {{ transform: rotate(360deg); }} }}",
    " * @param user the user to update\n * @returns the saved row",
    "@login_required\ndef dashboard(request):",
    "@app.route('/login')",
    "pin lodash@4.17.21 and react@18.2.0",
    "npm install @scope/pkg@{V}",
    "Failed password for root from 198.51.100.7 port 22 ssh2",
    "session opened for user root by (uid=0)",
    "The admin account was disabled during the audit.",
    "The login page returns 500 after the upgrade.",
    "Ask the user to reset their password.",
    "Each user has a login, a handle and a display name.",
    "svc-build lost access to the artifact registry",
    "the service account svc_backup runs the nightly job",
    "sudo -u jenkins /opt/scripts/cleanup.sh",
    "git log --oneline --since=2.weeks",
    "assigned to the on-call team",
    "posted in <#C024BE91L|general> and <!here>",
    "Visa ending 4417 was declined.",
    "acct ending {F}",
    "the account ending in {F} was charged twice",
    "Order #{N} shipped on Monday.",
    "Ticket #{F} closed, see PR #{F}.",
    "fixed in issue #{F}",
    "Invoice INV-2024-{F} is overdue.",
    "Room {F}, building 2",
    "flight BA 117 lands at 06:40",
    "model no. XPS-9320 is out of stock",
    "Policy 4.2 of the employee handbook applies.",
    "Our privacy policy was updated in v{V}.",
    "Member since 2019, gold tier.",
    "static member functions cannot be virtual",
    "employee count 12000 across 14 offices",
    "the customer segment B2B grew 12%",
    "Plate 4 of the atlas shows the delta.",
    "registration opens on 12 March",
    "the number plate recognition camera is offline",
    "Customer satisfaction rose to 87 percent.",
    "see page {F} of the manual",
    "HTTP 404 on /api/users/me",
    "docker pull nginx:{V}",
    "SELECT username FROM users WHERE user_id = 42;",
    "user.name and user.email must be set: git config --global user.name",
    "the handle leaks if you forget to close it",
    "mkdir -p /home/deploy/releases",
    "export PGUSER=postgres",
    "Thanks @everyone for joining!",
    "@channel the office is closed tomorrow",
    "x@1.2.3 and y@^2.0.0 conflict",
    "user_id, username, created_at are the columns",
    "The account was created on 2024-11-05.",
)


def _side(r: random.Random) -> dict[str, tuple[str, str | None]]:
    return {"U2": (username(r), "mention"), "G": (gamertag(r), "user_prose"),
            "S": (slack_id(r), "mention"), "N": (_num(r, 5, "123456789"), None)}


def _benign(r: random.Random, template: str) -> str:
    fills = {"N": _num(r, r.randrange(6, 10), "123456789"), "F": _num(r, 4),
             "V": f"{r.randrange(1, 20)}.{r.randrange(30)}.{r.randrange(30)}"}
    text, _ = _carrier(template, lambda b: None, lambda k: (fills[k], None))
    return text


def build(n: int = 40, seed: int = SEED) -> list[Sample]:
    r = random.Random(seed)
    samples = []
    for category, carriers in TEMPLATES_H.items():
        for i in range(n):
            template = carriers[i % len(carriers)]
            value, side = GENERATORS[category](r), _side(r)
            text, spans = _carrier(template, lambda b, v=value, c=category: b.value(v, c),
                                   side.__getitem__)
            samples.append(Sample(f"{category}-{i:03d}", category, text, spans))
    for i in range(n * 5):
        template = BENIGN_H[i % len(BENIGN_H)]
        samples.append(Sample(f"benign-{i:03d}", "benign", _benign(r, template), []))
    return samples


_USER = frozenset({"USERNAME"})
ENTITY_OK_H: dict[str, frozenset[str] | None] = {
    "user_prose": _USER, "user_cmd": _USER, "user_path": _USER, "user_domain": _USER,
    "user_log": _USER, "mention": _USER, "ticket": _USER,
    "acct_prose": frozenset({"US_BANK_NUMBER", "BANK_ACCOUNT"}),
    "customer_no": None,  # ID_NUMBER or a bank/loyalty type: any masking type
    "policy_no": None,
    "employee_no": None,
    "plate": frozenset({"VEHICLE_PLATE"}),
}


def main(argv: list[str] | None = None) -> int:
    return carrier_main(argv, __doc__, build, 40, SEED, ENTITY_OK_H,
                        n_help="prompts per family (benign: 5x)")


if __name__ == "__main__":
    sys.exit(main())
