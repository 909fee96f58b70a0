"""A person's accounts (detect/accounts.py): user names, handles and profile links, Ethereum
wallets and card security codes are masked after their cue, and only the value; the same
shapes in code, system accounts, placeholders and prose stay as they are."""

from __future__ import annotations

import pytest
from conftest import masked_by_type


@pytest.mark.parametrize(("text", "value"), [
    ("My username is jsmith_1988 and I can't log in.", "jsmith_1988"),
    ("Login: mkowalski", "mkowalski"),
    ("user name: Priya.N", "Priya.N"),
    ('Please reset the password for username "dchen42".', "dchen42"),
    ("She was logged in as tkowalczyk all night.", "tkowalczyk"),
    ("Screen name: n0vak_ana", "n0vak_ana"),
    ("用户名是zhang_san88，請幫我重設。", "zhang_san88"),
    ("使用者帳號：lin.meiling", "lin.meiling"),
    ('{"username": "jsmith_1988", "email": "j@example.com"}', "jsmith_1988"),
    ("<username>dchen42</username>", "dchen42"),
])
def test_an_account_name_after_its_label_is_masked(guard, text, value):
    assert value in masked_by_type(guard, text).get("USERNAME", set())
    assert value not in guard.protect(text).texts[0]


@pytest.mark.parametrize(("text", "value"), [
    ("Follow me on Twitter @priya_nat for updates", "@priya_nat"),
    ("Instagram: @priya.travels", "@priya.travels"),
    ("my Telegram is @olu_bakare", "@olu_bakare"),
    ("Reddit user u/throwaway_8812 posted the leak", "throwaway_8812"),
])
def test_a_platform_handle_is_masked(guard, text, value):
    assert value in masked_by_type(guard, text).get("USERNAME", set())


@pytest.mark.parametrize(("text", "value"), [
    ("LinkedIn: linkedin.com/in/priya-natarajan-42", "priya-natarajan-42"),
    ("code at https://github.com/dchen42 mostly", "dchen42"),
    ("https://www.instagram.com/olu.bakare/", "olu.bakare"),
])
def test_the_person_in_a_profile_link_is_masked_and_the_link_kept(guard, text, value):
    out = guard.protect(text).texts[0]
    assert value not in out and "USERNAME" in out
    assert ("linkedin.com/in/" in out) == ("linkedin.com/in/" in text)


@pytest.mark.parametrize("text", [
    "Login failed for user root after 3 attempts.",
    "We should handle errors in the login page.",
    'username = request.form["username"]',
    "user_id = 42",
    "Set USERNAME=your_username in .env",
    "login(user) returns a session",
    "See https://github.com/openai/whisper and https://twitter.com/home",
    "Please login with your company account.",
    "The nickname field is optional.",
    '{"username": "admin"}',
    '{"user_name": "${USER}"}',
])
def test_code_system_accounts_and_prose_are_no_username(guard, text):
    assert "USERNAME" not in masked_by_type(guard, text)


def test_an_ethereum_wallet_near_its_cue_is_masked(guard):
    text = "Send the refund to my ETH wallet 0x71C7656EC7ab88b098defB751B7401B5f6d8976F today"
    assert "0x71C7656EC7ab88b098defB751B7401B5f6d8976F" in masked_by_type(guard, text)["CRYPTO"]


@pytest.mark.parametrize("text", [
    "0x0000000000000000000000000000000000000000 is the zero address.",
    "the hash prefix 0x71C7656EC7ab88b098defB751B7401B5f6d8976F appears in the dump",
])
def test_no_wallet_without_a_cue_or_for_the_zero_address(guard, text):
    assert "CRYPTO" not in masked_by_type(guard, text)


@pytest.mark.parametrize(("text", "value"), [
    ("Card 4111 1111 1111 1111, exp 09/27, CVV 123.", "123"),
    ("CVC: 4821", "4821"),
    ("the security code is 907", "907"),
    ("信用卡安全碼：318", "318"),
])
def test_a_card_security_code_is_masked(guard, text, value):
    assert value in masked_by_type(guard, text).get("CARD_SECURITY_CODE", set())


def test_a_security_code_is_not_remembered_as_a_value(guard):
    guard.protect("CVV 123")
    assert "CARD_SECURITY_CODE" not in masked_by_type(guard, "Room 123 is on floor 2.")


@pytest.mark.parametrize("text", [
    "The security code is printed on the back of the card.",
    "CVV2 verification failed (code 05)",
])
def test_no_security_code_without_its_digits(guard, text):
    assert "CARD_SECURITY_CODE" not in masked_by_type(guard, text)


def test_fields_named_for_an_account_or_a_security_code_classify_their_values(guard):
    text = '{"login": "octocat", "id": 583231, "cvv": "123", "username": "root"}'
    found = masked_by_type(guard, text)
    assert found.get("USERNAME") == {"octocat"}
    assert found.get("CARD_SECURITY_CODE") == {"123"}


def test_a_csv_with_username_and_cvv_columns(guard):
    text = "username,email,cvv\nsunshine_77,a@example.com,907\n"
    found = masked_by_type(guard, text)
    assert "sunshine_77" in found.get("USERNAME", set())
    assert "907" in found.get("CARD_SECURITY_CODE", set())
