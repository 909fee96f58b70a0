"""Issue 13, user names in plain login positions (detect/accounts.py): a label before a colon
or a dash, an admin's request about one account, who a thing runs as, `account=` and `acct=`
keys, logins of a family name and a given name's head that spell a short word, and a
`given.family` login with no cue; and what must stay (chat roles, accounts of no one, role
names, files, hosts, code)."""

from __future__ import annotations

import pytest

from sovereign_guard.policy import Action


def masked(guard, text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start:f.end]) for f in guard.protect(text).findings
            if f.action is not Action.ALLOW]


def users(guard, text: str) -> list[str]:
    guard.known.clear()
    return [v for t, v in masked(guard, text) if t == "USERNAME"]


def covered(guard, text: str, value: str) -> bool:
    """Every character of `value` is under some masking finding."""
    guard.known.clear()
    a = text.index(value)
    spans = [(f.start, f.end) for f in guard.protect(text).findings if f.action is not Action.ALLOW]
    return all(any(s <= i < e for s, e in spans) for i in range(a, a + len(value)))


@pytest.mark.parametrize("text, value", [
    ("Incident 4471\nAffected user: rookery44\nFirst seen: 09:40", "rookery44"),
    ("User: tvaldes\nRole: editor", "tvaldes"),
    ("Account: okonkwo_tar (disabled since Monday)", "okonkwo_tar"),
    ("Login - pike_ash", "pike_ash"),
    ("Target account: hfalk\nAction: password reset", "hfalk"),
    ("Locked account: tbrekke, amara.falk7", "amara.falk7"),
    ("Reset MFA for mgrabowski (owner on file) and log it.", "mgrabowski"),
    ("Please reset the password for brekked95.", "brekked95"),
    ("Can you revoke all sessions for novikova_rus?", "novikova_rus"),
    ("reset 2FA for user ashfern41 please", "ashfern41"),
    ("Re-enable the account of rnovikova now", "rnovikova"),
    ("Try to impersonate bao-pet in the staging console.", "bao-pet"),
    ("The process was started as nobleslate16 via runuser.", "nobleslate16"),
    ("The nightly job runs as user apetrak on build02.", "apetrak"),
    ("audit: op=delete account=lharuna obj=/finance/q3.xlsx", "lharuna"),
    ("acct=iquiroga action=download", "iquiroga"),
    # a family name and a given name's head that spells a word by chance
    ("login failed user=noble_mit ip=10.0.0.1", "noble_mit"),
    ("acct=strand_low action=download", "strand_low"),
])
def test_logins_in_login_positions_are_masked(guard, text, value):
    assert value in users(guard, text)


@pytest.mark.parametrize("text, value", [
    ("Reset MFA for nilufar.rangi35 (owner on file)", "nilufar.rangi35"),
    ("ping nilufar.rangi35 about the cert", "nilufar.rangi35"),
    ("thanks to sophie.martin for the review.", "sophie.martin"),
    ("I asked ilse.dahl yesterday", "ilse.dahl"),
])
def test_a_dotted_login_is_masked_whole(guard, text, value):
    assert covered(guard, text, value)


@pytest.mark.parametrize("text", [
    "User: can you summarise this thread for me?",
    "User: hello\nAssistant: Hi! How can I help?",
    "User: thanks!",
    "Account: Enterprise plan, renews yearly",
    "Affected users: 312",
    "Affected user: none",
    "User: admin",
    "Account: ACME Corporation",
    "account: checking",
    "Reset MFA for all users in the finance group.",
    "Please reset the password for the admin account.",
    "reset password for root",
    "Revoke all sessions for service accounts.",
    "Rotate the API key for prod-db before Friday.",
    "Clear the cache for node_modules.",
    "Reset the counter for page_views.",
    "Disable login for guests on the kiosk.",
    "The container runs as root by default.",
    "It runs as expected.",
    "The service runs as www-data.",
    "account=checking currency=EUR",
    "acct=savings",
    "GRANT SELECT ON ALL TABLES IN SCHEMA public TO readonly;",
    "GRANT USAGE ON SCHEMA api TO web_anon;",
    "acct=read_only",
    # dotted words that are no login
    "import jax.numpy as jnp",
    "open maria.json and anna.py",
    "see max.length and grace.period and will.change",
    "call john.doe() then lisa.fit(X)",
    "host maria.example.com is down",
    "the values are in config.settings and user.name",
    "see http://example.com/anna.berg/profile",
])
def test_no_ones_account_stays(guard, text):
    assert users(guard, text) == []
