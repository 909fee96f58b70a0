"""IDs and accounts, carriers `f`: passports after a nationality, IFSC branch codes, SSNs in
delimited rows, chat speakers and log users, licences after a dash, birth dates in forms.

    python benchmarks/devset_ids_f.py [--n 12] [--misses] [--show 5] [--seed 1423]

Written before any fix was measured against it, for the shapes crosscheck5 (tuned) left:
a passport number after `<nationality> passport` and a comma, a bracket or a dash; Indian
IFSC codes (four letters of a bank, `0`, six branch characters) after IFSC / NEFT words and
under an `ifsc` column; undashed SSNs in semicolon, pipe and tab rows under an `ssn`,
`social` or `tax_id` header; a user name as a chat's speaker (`[10:14] name: text`,
`<name> text`, `name: text` in a transcript) and in a Chinese or Japanese log line
(`用户 name 登录失败`); a login in brackets (`(login name)`); driver licences after `- it's`,
with a letter prefix and separated groups, Indian and German shapes; dates of birth after a
dot leader (`Born ....... 1987-03-02`), `b. 1987-03-02`, `the 3rd of May, 1990`.

Values are generated here (the bank codes and nationalities are the public ones; user names
from syllables; no person's name). `benign` holds near-misses: a label whose value is a
word (`Last login: yesterday`, `Login: via SAML`), service accounts (`started as
cron_job`), chat lines whose speaker is a log level or a form word (`[10:02] INFO: ...`,
`Note: ...`), dotted code (`config.yaml`, `self.name`, `user.email`), IFSC-like codes with
no bank cue, passport prose with no number, a day of a party.

Scored as devset_ids.py scores (80 % of a value's characters masked = found; any masking
type).

Measured 2026-12-03 (n=12 per family, seed 1423), commit before any fix:

| carriers   | span recall | char leak | benign prompts masked | other chars masked |
| ---------- | ----------: | --------: | --------------------: | -----------------: |
| f, before  | 0.531       | 0.468     | 9/56 (chars 2.7%)     | 0.3%               |
| f, after   | 1.000       | 0.000     | 0/56 (chars 0.0%)     | 0.3%               |

Before, by family: IFSC 0.00, chat speakers and log users 0.22, licences 0.42, passports
0.58, dates of birth 0.67 (a dot leader, `b.` before a long date), SSN rows 0.83 (`tax_id`,
`social` headers), logins in brackets 0.92; near-misses masked as USERNAME: `yesterday`,
`today`, `via`, `with` after `Login:`, `cron_job` after `started as`.

After (branch ids14, commits 9e968b1 and 7886559 and the one after them): every family 1.000
at seed 1423; at `--seed 7 --n 20` 0.994 (a German licence of three digits, `D40DPHCUNW1`,
below the four a capital-and-digit token needs). Other chars: `NEFT` read as PERSON (the
names' recognizers).
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import random
import string
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_ids as ids  # noqa: E402
from devset import Sample  # noqa: E402

SEED = 1423
_D = string.digits
_U = string.ascii_uppercase
_L = string.ascii_lowercase


def _n(r: random.Random, k: int, first: str = _D) -> str:
    return ids._num(r, k, first)


def _t(r: random.Random, alphabet: str, k: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(k))


_NATIONS = ("Kenyan", "Ghanaian", "Peruvian", "Irish", "Mexican", "Turkish", "Swedish", "Polish",
            "Egyptian", "Korean", "Vietnamese", "Nigerian", "Indonesian", "Chilean", "Portuguese",
            "Canadian", "New Zealand", "Pakistani", "Ukrainian", "Moroccan")


def passport(r: random.Random) -> str:
    return r.choice((
        lambda: r.choice(_U) + _n(r, 7),
        lambda: r.choice(_U) + _n(r, 8),
        lambda: _t(r, _U, 2) + _n(r, 7),
        lambda: _n(r, 9, "123456789"),
        lambda: _t(r, _U, 2) + _n(r, 6),
        lambda: r.choice(_U) + _t(r, _U + _D, 7) + _n(r, 1),
        lambda: _n(r, 2) + _t(r, _U, 2) + _n(r, 5),
    ))()


_BANKS = ("SBIN", "HDFC", "ICIC", "UTIB", "PUNB", "KKBK", "BARB", "CNRB", "IDIB", "YESB", "INDB",
          "UBIN", "IOBA", "FDRL", "MAHB")


def ifsc(r: random.Random) -> str:
    tail = _n(r, 6) if r.random() < 0.6 else _t(r, _U + _D, 6)
    return r.choice(_BANKS) + "0" + tail


def ssn(r: random.Random) -> str:
    return ids._ssn(r)


_SYL = ("ka", "ri", "mo", "tse", "lin", "dar", "vek", "sol", "nu", "pra", "gen", "zo", "fay",
        "bel", "tor", "wen", "ish", "qua", "ro", "sha")


def handle(r: random.Random) -> str:
    stem = "".join(r.choice(_SYL) for _ in range(r.randrange(2, 4)))
    return r.choice((
        lambda: stem + _n(r, r.choice((2, 4))),
        lambda: stem + "_" + "".join(r.choice(_SYL) for _ in range(2)),
        lambda: stem + "." + r.choice(_L) + _n(r, 2),
        lambda: stem + "-" + r.choice(_SYL),
        lambda: r.choice(_L) + stem,
        lambda: stem + "_" + _n(r, 2),
    ))()


def licence(r: random.Random) -> str:
    L = r.choice(_U)
    return r.choice((
        lambda: f"{L}{_n(r, 3)}-{_n(r, 3)}-{_n(r, 3)}-{_n(r, 3)}",
        lambda: f"{L} {_n(r, 3)} {_n(r, 3)} {_n(r, 3)} {_n(r, 3)}",
        lambda: f"{L}-{_n(r, 3)}-{_n(r, 3)}-{_n(r, 3)}-{_n(r, 3)}",
        lambda: f"{L}{_n(r, 4)} {_n(r, 5)} {_n(r, 5)}",
        lambda: f"{r.choice(('GJ', 'RJ', 'UP', 'WB', 'AP'))}{r.randrange(1, 40):02d} {r.randrange(2003, 2024)}{_n(r, 7)}",
        lambda: f"{r.choice(('GJ', 'RJ', 'UP', 'WB', 'AP'))}-{r.randrange(1, 40):02d}-{r.randrange(2003, 2024)}-{_n(r, 7)}",
        lambda: f"{L}{_n(r, 2)}{_t(r, _U + _D, 7)}{_n(r, 1)}",
    ))()


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def dob(r: random.Random) -> str:
    y, m, d = r.randrange(1940, 2006), r.randrange(1, 13), r.randrange(1, 29)
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    return r.choice((
        lambda: f"{y}-{m:02d}-{d:02d}",
        lambda: f"the {d}{suffix} of {_MONTHS[m - 1]}, {y}",
        lambda: f"{_MONTHS[m - 1]} {d}{suffix}, {y}",
        lambda: f"{d:02d}/{m:02d}/{y}",
        lambda: f"{d} {_MONTHS[m - 1][:3]}. {y}",
        lambda: f"{y}{m:02d}{d:02d}",
        lambda: f"{d:02d}.{m:02d}.{y % 100:02d}",
    ))()


# Each family: (value generator, carriers). `{X}` is the value, `{N}` a nationality (no gold),
# `{Y}` a second value of the same family, `{A}` a bank account (family `account`).
FAMILIES: dict[str, tuple[Callable[[random.Random], str], tuple[str, ...]]] = {
    "passport": (passport, (
        "She renewed her {N} passport, {X}, last spring.",
        "Please attach a scan of the {N} passport ({X}) to the visa file.",
        "Traveller holds a {N} passport - {X} - valid to 2031.",
        "His {N} passport is {X}; the airline needs it by Friday.",
        "Documents on file: {N} passport {X}, utility bill.",
        "The guest's {N} passport number: {X}",
    )),
    "ifsc": (ifsc, (
        "Please NEFT the refund; IFSC {X}, account {A}.",
        "IFSC code: {X}",
        "beneficiary_name,ifsc,account_no\n(on file),{X},{A}",
        "Bank: State branch, IFS code {X}, savings account.",
        "RTGS details - IFSC: {X} / A/c {A}",
        '{{"ifsc": "{X}", "account_type": "savings"}}',
        "Use branch IFSC {X} for the salary credit.",
    )),
    "ssn_rows": (ssn, (
        "emp_id;full_name;ssn;dept\nE-204;(withheld);{X};Finance",
        "id|ssn|state\n7781|{X}|TX",
        "member\tssn\tplan\nM-11\t{X}\tPPO",
        "ref;tax_id;city\nR-5;{X};Austin",
        "applicant | social | status\nA-3 | {X} | pending",
        "employee,social_security_no,start\n5512,{X},2022-01-10",
    )),
    "chat_user": (handle, (
        "Slack thread:\n[10:14] {X}: can someone review my PR?\n[10:15] {Y}: on it",
        "IRC log\n<{X}> anyone seen the build break?\n<{Y}> yes, looking",
        "Transcript:\n{X}: hi, my order never arrived\nagent: sorry to hear that",
        "Discord export\n10:02 {X}: gg everyone\n10:03 {Y}: rematch tomorrow?",
        "用户 {X} 登录失败，请检查密码。",
        "使用者 {X} 於 09:12 登入失敗三次，帳號已鎖定。",
        "ユーザー {X} がログインに失敗しました。",
        "账号 {X} 已被冻结，请联系管理员。",
    )),
    "login_paren": (handle, (
        "Access for the new locum (login {X}) was approved.",
        "New starter (user id: {X}) needs VPN.",
        "Escalated by the night shift (username {X}).",
    )),
    "licence": (licence, (
        "The clerk asked for my licence number - it's {X}.",
        "Driver licence (state of issue on file): {X}",
        "my driving licence no is {X} if you need it",
        "DL number — {X}",
        "license #: {X}",
    )),
    "dob": (dob, (
        "Applicant\n  Family name ....... (withheld)\n  Born ....... {X}",
        "The founder (b. {X}) joined in 2019.",
        "Date of birth ..... {X}",
        "DOB — {X}",
        "patient born {X}, allergies: none",
        "Birth date: {X}",
    )),
}


def _side(family: str, r: random.Random) -> dict[str, tuple[str, str | None]]:
    make = FAMILIES[family][0]
    return {"N": (r.choice(_NATIONS), None), "Y": (make(r), family if family == "chat_user" else None),
            "A": (_n(r, r.randrange(9, 15), "123456789"), "account")}


# -- near-misses ----------------------------------------------------------------------------------

BENIGN: tuple[Callable[[random.Random], str], ...] = (
    lambda r: "Last login: yesterday",
    lambda r: f"Last login: {r.choice(('never', 'today', 'unknown', 'pending'))}",
    lambda r: "Login: via SAML (Okta)",
    lambda r: "Login: with your corporate account",
    lambda r: "Username: required, 3-20 characters",
    lambda r: "the job started as cron_job at 02:00",
    lambda r: f"worker started as {r.choice(('nightly_backup_job', 'report_bot', 'ingest_daemon', 'etl_svc'))}",
    lambda r: "[10:02] INFO: cache warmed in 3.2s\n[10:03] WARN: slow query",
    lambda r: "Note: the staging box reboots at 6.\nTip: use the VPN.",
    lambda r: "Q: how do I reset the router?\nA: hold the button for 10 seconds.",
    lambda r: "Step 1: open settings\nStep 2: click Save",
    lambda r: "Error: disk full\nWarning: retrying",
    lambda r: "TODO: refactor the parser\nFIXME: flaky test",
    lambda r: "<html> <body> hello </body>",
    lambda r: "Load config.yaml, then read self.name and user.email from os.path.",
    lambda r: "grace.period is 30 days; max.length defaults to 255",
    lambda r: f"Part number ABCD0{_n(r, 6)} ships from the Pune warehouse.",
    lambda r: "IFSC codes are 11 characters: four letters, a zero, six characters.",
    lambda r: "An Irish passport holder can work in the UK without a visa.",
    lambda r: "Bring your Kenyan passport and two photos to the embassy.",
    lambda r: "It was her birthday, 2024-05-03, and we had cake.",
    lambda r: "Release 2024-05-03 (born from the old v2 branch)",
    lambda r: "用户 可以 在 设置 中 修改 密码。",
    lambda r: "使用者 登入 後 可 查看 報表。",
    lambda r: "id|status|count\n7781|ok|344\n7782|fail|2",
    lambda r: f"ref;amount;city\nR-5;{_n(r, 9, '123456789')};Austin",
    lambda r: "The licence - it's MIT - allows reuse.",
    lambda r: "user: can you summarise this thread?",
)


# -- building and scoring ---------------------------------------------------------------------------

def build(n: int = 12, seed: int = SEED) -> list[Sample]:
    return ids.build_carriers(FAMILIES, BENIGN, _side, n, seed, benign_rounds=2)


ENTITY_OK_F: dict[str, frozenset[str] | None] = {family: None for family in (*FAMILIES, "account")}


def main(argv: list[str] | None = None) -> int:
    return ids.carrier_main(argv, __doc__, build, 12, SEED, ENTITY_OK_F)


if __name__ == "__main__":
    sys.exit(main())
