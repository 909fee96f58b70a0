"""Issue 13, carriers `f` (benchmarks/devset_ids_f.py): a passport number in apposition to
its word, Indian IFSC codes, tax and social columns of delimited rows, chat speakers and
logins in CJK log lines, a login in brackets, licences after `- it's` and in long groups,
birth dates after a dot leader or a word's `b.`; and what must stay: label values that say
how or when, service accounts, log levels and form words before a colon, YAML keys, code's
dotted names, IFSC-shaped codes with no bank word, licence prose, a party's day."""

from __future__ import annotations

import pytest

from sovereign_guard.policy import Action


def masked(guard, text: str) -> list[tuple[str, str]]:
    guard.known.clear()
    return [(f.type, text[f.start:f.end]) for f in guard.protect(text).findings
            if f.action is not Action.ALLOW]


def values(guard, text: str) -> list[str]:
    return [v for _, v in masked(guard, text)]


def typed(guard, text: str, entity: str) -> list[str]:
    return [v for t, v in masked(guard, text) if t == entity]


# -- passports ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("She renewed her Kenyan passport, A1234567, last spring.", "A1234567"),
    ("Please attach the Peruvian passport (PE4471920) to the file.", "PE4471920"),
    ("Traveller holds a Ghanaian passport - G0384412 - valid to 2031.", "G0384412"),
    ("on a Turkish passport, U07213984.", "U07213984"),
    ("your passport (ML2113121) and proof of address", "ML2113121"),
])
def test_a_passport_in_apposition_to_its_word_is_masked(guard, text, value):
    assert value in values(guard, text)


@pytest.mark.parametrize("text", [
    "Passport photo size (35x45mm) and a signature.",
    "An Irish passport holder can work in the UK without a visa.",
    "passport renewed; order ref AB12CD34 shipped",
])
def test_passport_prose_without_a_number_stays(guard, text):
    assert not [t for t, _ in masked(guard, text) if "PASSPORT" in t]


# -- IFSC -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("IFSC SBIN0001234, account no. 62517498466", "SBIN0001234"),
    ("Please NEFT it to HDFC0ABC123 today.", "HDFC0ABC123"),
    ("RTGS details - IFSC: UTIB0LJNZ4K / A/c 3344556677", "UTIB0LJNZ4K"),
    ('{"ifsc": "ICIC0677606", "account_type": "savings"}', "ICIC0677606"),
])
def test_an_ifsc_code_near_its_word_is_masked(guard, text, value):
    assert ("BANK_ACCOUNT", value) in masked(guard, text)


@pytest.mark.parametrize("text", [
    "Part number ABCD0123456 ships from the Pune warehouse.",
    "IFSC code format: ABCD0XXXXXX",
    "Ticket PROJ0123456 was closed.",
])
def test_ifsc_shapes_with_no_bank_word_or_placeholders_stay(guard, text):
    assert "BANK_ACCOUNT" not in [t for t, _ in masked(guard, text)]


# -- tax and social columns ------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("ref;tax_id;city\nR-5;231894652;Austin", "231894652"),
    ("applicant | social | status\nA-3 | 412345678 | pending", "412345678"),
    ("emp_id;full_name;ssn;dept\nE-204;(withheld);518223344;Finance", "518223344"),
    ("Our TIN: 123456789", "123456789"),
])
def test_an_id_under_a_tax_or_social_column_is_masked(guard, text, value):
    assert value in values(guard, text)


@pytest.mark.parametrize("text", [
    "id|status|count\n7781|ok|344\n7782|fail|2",
    "tin,weight\nsn-2,40",
])
def test_other_columns_stay(guard, text):
    assert masked(guard, text) == []


# -- chat speakers and CJK log lines -------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Slack thread:\n[10:14] praish2255: can someone review my PR?\n[10:15] rishator.n45: on it",
     "praish2255"),
    ("Slack thread:\n[10:14] praish2255: can someone review my PR?\n[10:15] rishator.n45: on it",
     "rishator.n45"),
    ("10:02 zogenbel_07: gg everyone\n10:03 vekwen: rematch tomorrow?", "zogenbel_07"),
    ("Transcript:\nnuvekwen_18: hi, my order never arrived\nagent: sorry to hear that",
     "nuvekwen_18"),
    ("用户 shazotse.l93 登录失败，请检查密码。", "shazotse.l93"),
    ("使用者 nuquaro.n05 於 09:12 登入失敗三次，帳號已鎖定。", "nuquaro.n05"),
    ("ユーザー rovek.r35 がログインに失敗しました。", "rovek.r35"),
    ("账号 zshagenvek 已被冻结，请联系管理员。", "zshagenvek"),
    ("Access for the new locum (login iridar) was approved.", "iridar"),
])
def test_chat_speakers_and_log_users_are_masked(guard, text, value):
    assert value in typed(guard, text, "USERNAME")


@pytest.mark.parametrize("text", [
    "[10:02] INFO: cache warmed in 3.2s\n[10:03] WARN: slow query",
    "[10:02] worker_3: started\n[10:03] worker_4: lag 5",
    "db:\n  max_retries: 3\nretry_policy: exponential backoff here\nerror_message: went wrong",
    "Note: the staging box reboots at 6.\nTip: use the VPN.",
    "Q: how do I reset the router?\nA: hold the button for 10 seconds.",
    "用户 可以 在 设置 中 修改 密码。",
    "使用者 Email 登入 後 可 查看 報表。",
])
def test_log_levels_keys_and_form_words_before_a_colon_stay(guard, text):
    assert typed(guard, text, "USERNAME") == []


# -- label values that are no login, service accounts, dotted code ------------------------------

@pytest.mark.parametrize("text", [
    "Last login: yesterday",
    "Last login: never",
    "Login: via SAML (Okta)",
    "Login: with your corporate account",
    "the job started as cron_job at 02:00",
    "worker started as nightly_backup_job",
    "it runs as ingest_daemon under systemd",
    "the function mark.parametrize and pytest.fixture",
    "Load config.yaml, then read self.name and user.email from os.path.",
])
def test_no_ones_login_stays(guard, text):
    assert typed(guard, text, "USERNAME") == []


@pytest.mark.parametrize("text, value", [
    ("username: sunshine", "sunshine"),
    ("The process was started as nobleslate16 via runuser.", "nobleslate16"),
    ("ask mark.whitfield about it", "mark.whitfield"),
])
def test_logins_beside_those_near_misses_are_still_masked(guard, text, value):
    assert value in typed(guard, text, "USERNAME")


# -- driver licences --------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The clerk wants her license no. - it's F2740 19368 03375.", "F2740 19368 03375"),
    ("her Maryland license no. - it's B-078-643-637-791.", "B-078-643-637-791"),
    ("Michigan license no. - it's S 531 959 301 487.", "S 531 959 301 487"),
    ("My licence number is MH55 20165138997 and home is", "MH55 20165138997"),
    ("German license no. - it's P012EATMV91.", "P012EATMV91"),
    ("Driver licence (state of issue on file): P5224 29029 60518", "P5224 29029 60518"),
])
def test_a_licence_after_its_words_is_masked_whole(guard, text, value):
    assert value in values(guard, text)


@pytest.mark.parametrize("text", [
    "The licence - it's MIT - allows reuse.",
    "License: Apache-2.0",
    "License GPL3 applies",
    "licence number is 2024 renewal pending",
])
def test_licence_prose_stays(guard, text):
    assert "US_DRIVER_LICENSE" not in [t for t, _ in masked(guard, text)]


# -- dates of birth -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Applicant\n  Born ....... 01/04/1972", "01/04/1972"),
    ("Date of birth ..... the 22nd of October, 1975", "the 22nd of October, 1975"),
    ("Born … 14 Dec. 1990", "14 Dec. 1990"),
    ("pt Roe b. 1987-03-02 seen today", "1987-03-02"),
    ("Our records list the holder (b. the 8th of September, 2001).", "the 8th of September, 2001"),
    ("INSERT INTO p (id, email, dob) VALUES\n(1, 'x@example.org', 'the 12th of July, 1986');",
     "the 12th of July, 1986"),
])
def test_birth_dates_after_a_leader_or_a_words_b_are_masked(guard, text, value):
    assert ("DATE_OF_BIRTH", value) in masked(guard, text)


@pytest.mark.parametrize("text", [
    "a. 2024-01-05 kickoff\nb. 2024-02-01 review",
    "Release 2024-05-03 (born from the old v2 branch)",
    "It was her birthday, 2024-05-03, and we had cake.",
    "2024-05-03 - birthday party at the office",
])
def test_dates_no_birth_cue_governs_stay(guard, text):
    assert "DATE_OF_BIRTH" not in [t for t, _ in masked(guard, text)]
