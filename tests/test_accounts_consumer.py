"""Issue 13, user names where consumers write them (detect/accounts.py): a Discord tag, a
platform before `is` or a colon, profile links of more sites, `goes by` / `known as` / `this
is X from` / `alias:`, a label a few words before its `is`, `sign in with X`, players and
listed accounts; a loyalty card's number in groups of four (detect/assigned_ids.py). And the
same words with no one's account behind them."""

from __future__ import annotations

import pytest

from sovereign_guard.policy import Action


def masked(guard, text: str) -> list[tuple[str, str]]:
    guard.known.clear()
    return [(f.type, text[f.start:f.end]) for f in guard.protect(text).findings
            if f.action is not Action.ALLOW]


@pytest.mark.parametrize("text, value", [
    ("ping me on Discord: I'm saltmarsh#0917", "saltmarsh#0917"),
    ("we play on discord most nights, add quillon.b#3310", "quillon.b#3310"),
    ("Her Instagram is wren.okoro_", "wren.okoro_"),
    ("my Telegram: kestrel_dm", "kestrel_dm"),
    ("Snapchat - obi.lanre22", "obi.lanre22"),
    ("profile at steamcommunity.com/id/morrowvale", "morrowvale"),
    ("live at twitch.tv/harlen_plays tonight", "harlen_plays"),
    ("my art is on behance.net/ilse-vantongeren", "ilse-vantongeren"),
    ("she goes by brambleowl_3 on the forum", "brambleowl_3"),
    ("known online as tesla.coil88", "tesla.coil88"),
    ("Hi, this is marisol_q from the beta group", "marisol_q"),
    ("Alias: Copperfox19", "Copperfox19"),
    ("his username on the old site is vantorq", "vantorq"),
    ("sign in with hollis.r and the one-time code", "hollis.r"),
    ("Player Zeph1r_ was kicked from the lobby", "Zeph1r_"),
    ("please merge accounts anneke.v and anneke_v2", "anneke.v"),
    ("please merge accounts anneke.v and anneke_v2", "anneke_v2"),
    ("Username - odalric", "odalric"),
])
def test_a_consumer_account_name_is_masked(guard, text, value):
    assert ("USERNAME", value) in masked(guard, text)


@pytest.mark.parametrize("text", [
    "Twitter is down again today.",
    "My Instagram is private.",
    "GitHub: https://github.com/acme/tools",
    "We use Discord for standups; see issue#4821 and PR#1022.",
    "YouTube - Broadcast Yourself",
    "He goes by Bob on the team.",
    "known as the Great Fire of London",
    "accounts payable and receivable are closed",
    "Players and coaches met on Monday.",
    "Player count peaked at 120,000.",
    "alias ll='ls -la'",
    "this is fine from my side",
    "twitch.tv/directory/game/chess",
    "sign in with Google or your email",
])
def test_the_same_words_with_no_account_stay(guard, text):
    assert [v for t, v in masked(guard, text) if t == "USERNAME"] == []


def test_a_loyalty_card_number_in_groups_of_four_is_masked(guard):
    text = "scan loyalty card 7402 5518 0093 2264 at the till"
    assert ("ID_NUMBER", "7402 5518 0093 2264") in masked(guard, text)


@pytest.mark.parametrize("text", [
    "member since 2019 2020 2021",
    "customer 2024 2025 renewal",
])
def test_years_after_a_bare_word_stay(guard, text):
    assert [v for t, v in masked(guard, text) if t == "ID_NUMBER"] == []


@pytest.mark.parametrize("text, value", [
    ("after the outage, hvoss_2 was locked out", "hvoss_2"),
    ("mbelcourt's account got suspended on Friday", "mbelcourt"),
])
def test_an_account_named_by_what_happened_to_it_is_masked(guard, text, value):
    assert ("USERNAME", value) in masked(guard, text)


@pytest.mark.parametrize("text", [
    "the account was locked after three attempts",
    "root was disabled on all hosts",
    "Everything was blocked by the firewall.",
])
def test_no_account_behind_was_locked_stays(guard, text):
    assert [v for t, v in masked(guard, text) if t == "USERNAME"] == []


@pytest.mark.parametrize("text, value", [
    ("at the branch she typed PIN 8316 twice", "8316"),
    ("the keypad door code is 2958", "2958"),
    ("leave it inside, gate code 4127#", "4127#"),
])
def test_a_pin_or_a_keypad_code_is_a_secret(guard, text, value):
    assert ("SECRET", value) in [(f.type, text[f.start:f.end])
                                 for f in guard.protect(text).findings]


@pytest.mark.parametrize("text", [
    "A 4-digit PIN has 10,000 combinations.",
    "PIN 2 of 3 was rejected",
    "Use error code 4040 to look it up.",
    "postal code 10115 Berlin",
    "the access code 2048 characters limit",
])
def test_numbers_that_open_nothing_stay(guard, text):
    assert "SECRET" not in [f.type for f in guard.protect(text).findings]
