"""A fresh probe of user names where consumers, not admins, write them (sign-up mail, social
profiles, games, forums, support chat), compact dates of birth, and account numbers in prose.

    python benchmarks/devset_handles_probe_d.py [--misses]

Written in session 18 (2026-12-04) on main at 0f7dfd0, before any fix was measured against it;
the earlier handle sets (devset_handles a-d, probes a-c) hold mostly admin carriers (shells,
logs, directories, grants), so this one asks the question the way a generator's templates or
a support inbox would: `your username is X`, `log in as X`, `my IG is @X`, `u/X`, `X#4821` on
Discord, `gamertag X`, a profile URL's last segment, `screen name`, `alias`, `nick`. Values
(`[[family:value]]`) are typed here: syllables and digits, no name list, no generator's data.

Decisions, as in the earlier sets: a system or service account, a code identifier, a
placeholder and a brand's official account (`@support`, `@AcmeHelp` named as the company's)
are no one's, near-misses; a card's or account's last four digits are not masked.

Measured once before any fix (main at 0f7dfd0): 47 values, span recall 0.702, char leak
0.280; near-misses masked 1/25 (`@AcmeSupport`, a brand's account, as USERNAME). Every date
of birth and account number was found; the misses were 13 user names (a Discord tag, profile
URLs of Steam and Twitch, `Username - X`, `goes by X`, `nickname ... is X`, `this is X from`,
`Player X`, `merge accounts X and Y`, `His Snapchat is X`, `sign in with X /`, `alias: X`) and
a 16-digit loyalty card number in groups of four.

After the fixes (accounts.py: a Discord tag, a platform before `is` or a colon, profile links
of Steam, Twitch and ten more sites, `goes by` / `known as` / `this is X from` / `alias:`, a
label a few words before its `is`, `sign in with`, players and listed accounts;
assigned_ids.py: a number in groups of four after its word): recall 1.000, char leak 0.000,
near-misses 1/25 (the same `@AcmeSupport`). Unchanged: devset_handles a-d and probes b, c;
probe a 0.742 -> 0.774; crosscheck6 --n 300 0.056 / benign 0.088, crosscheck5 0.041 / 0.076.
"""

# ruff: noqa: E501  (prompts are prose)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_handles_probe  # noqa: E402
import devset_ids_probe  # noqa: E402

PII = (
    "Welcome aboard! Your username is [[user:pelmora_77]] and your temporary PIN was sent by SMS.",
    "I can't log in as [[user:zarvik.t]] since yesterday, it says the account is suspended.",
    "my IG is @[[user:lunatoffee.ng]] if you want to see the photos",
    "follow me on twitter: @[[user:qorvath]]",
    "Posted by u/[[user:throwaway_kelmi]] in r/personalfinance",
    "add me on discord, I'm [[user:brisket#4821]]",
    "my gamertag is [[user:xXVornakXx]] on Xbox",
    "Steam profile: steamcommunity.com/id/[[user:dralvo]]",
    "Her TikTok handle is [[user:okaribe.dance]] and she has 40k followers",
    "screen name: [[user:mintcloud_92]]",
    "Username - [[user:tovesalm]]",
    "He goes by [[user:ghostpanda_k]] on the forum",
    "reset the password for user [[user:amaru.quispe9]] please",
    "The account [[user:bellweather21]] was created on 12 May.",
    "Contact me on Telegram: @[[user:siyabonga_m]]",
    "linkedin.com/in/[[user:keoni-alapai-4b1]]",
    "github.com/[[user:vesnaprk]] has the fork",
    "Login: [[user:harmaja]]\nPassword: (sent separately)",
    "sign in with [[user:nkechi.o]] / the password from the welcome letter",
    "Account holder alias: [[user:RiverStone44]]",
    "The customer's nickname in the app is [[user:pipsqueak_ro]].",
    "Hi, this is [[user:tamsin_v]] from the community board, I lost access.",
    "Player [[user:K0rvalis]] was banned for cheating.",
    "Can you merge accounts [[user:dorit.l]] and [[user:dorit_lev2]]?",
    "His Snapchat is [[user:fenwick.o]]",
    "Twitch: twitch.tv/[[user:zulemagames]]",
    "Date of birth: [[dob:03MAR1988]]",
    "DOB [[dob:19880303]]",
    "born [[dob:3rd of March 1988]] in Accra",
    "She was born on [[dob:March 3, 1988]].",
    "birthday [[dob:03.03.88]]",
    "Birth date (MM/DD/YYYY): [[dob:07/22/1979]]",
    "D.O.B.: [[dob:22-Jul-1979]]",
    "my account number is [[acct:40817233]] at the credit union",
    "please send it to checking [[acct:000123458991]]",
    "Acct No [[acct:7730021954]] routing [[acct:021000021]]",
    "savings account ending in 3390, full number [[acct:118830043390]]",
    "the wire goes to account [[acct:GB82WEST12345698765432]]",
    "Member ID [[id:XK4471920]] on the insurance card",
    "Patient ID: [[id:MRN-00482913]]",
    "Policy number [[id:PLN7718203]] lapsed last month",
    "student number [[id:20231847]] at the registrar",
    "Employee No. [[id:E77120]]",
    "loyalty card [[id:6035 1122 9034 7781]]",
    "frequent flyer number [[id:UA4418227731]]",
)

NEAR_MISSES = (
    "Follow @AcmeSupport for outage updates.",
    "The `username` field must be unique; see the users table.",
    "Run as root or with sudo.",
    "Our Discord server has a #general channel.",
    "Use @Override on the subclass method.",
    "Install with npm i @babel/core",
    "The default admin account is disabled after setup.",
    "r/personalfinance has a wiki on budgeting.",
    "Log in as an administrator to change this.",
    "Your username must be 6-20 characters.",
    "Enter <username> and <password> on the next screen.",
    "github.com/pallets/flask is the upstream repository.",
    "The account was created on 12 May and closed in June.",
    "Born in the 1980s, the format took off later.",
    "Version 19880303 of the schema is deprecated.",
    "Order 40817233 shipped yesterday.",
    "Card ending 3390 was declined.",
    "ticket 7730021954 is a duplicate",
    "Call extension 4471 for the help desk.",
    "See RFC 2119 for MUST and SHOULD.",
    "The Twitch API returns a 429 when rate limited.",
    "Player count peaked at 120,000.",
    "Gamertag rules: no spaces, 15 characters max.",
    "Use the @here mention sparingly.",
    "screen resolution: 2560x1440",
)


def main(argv: list[str] | None = None) -> int:
    return devset_ids_probe.run(argv, __doc__, devset_handles_probe.samples(PII), NEAR_MISSES)


if __name__ == "__main__":
    sys.exit(main())
