"""User names where no label stands right before them, and assigned numbers after a bare word
(detect/accounts.py, assigned_ids.py, locators.py): each cue finds its value, and the same
shapes with no person behind them (system and service accounts, code, npm scopes, CSS
at-rules, decorators, last four digits, order and ticket numbers) stay as they are."""

from __future__ import annotations

import pytest
from conftest import masked_by_type


@pytest.mark.parametrize(("text", "value"), [
    # commands and hosts
    ("ssh tkowal@build01.internal", "tkowal"),
    ("scp out.tar anna.berg@jump01:/tmp/", "anna.berg"),
    ("sudo -u k_nguyen crontab -l", "k_nguyen"),
    ("su - dpatel07", "dpatel07"),
    ("git log --author=maria.k --since=1.week", "maria.k"),
    ("psql -U rmoreau -h pg.internal", "rmoreau"),
    ("usermod -aG docker lena-osei", "lena-osei"),
    ("chown yhaddad:staff /srv/x", "yhaddad"),
    # home folders and domains
    ("C:\\Users\\anna.berg\\AppData\\Local", "anna.berg"),
    ("cat /home/tkowal/.profile", "tkowal"),
    ("/Users/mnovak3/Library/Caches", "mnovak3"),
    ("CORP\\jdoe cannot print", "jdoe"),
    # auth logs and log keys
    ("sshd[9]: Accepted publickey for pvarga from 203.0.113.5 port 2 ssh2", "pvarga"),
    ("Failed password for invalid user okeane4 from 192.0.2.1", "okeane4"),
    ("pam_unix(sudo:session): session opened for user ibsen_t by (uid=0)", "ibsen_t"),
    ("level=info user=dara.szabo action=logout", "dara.szabo"),
    ('{"actor": "mrahman", "event": "push"}', "mrahman"),
    # prose and tickets
    ("the login for the wiki is ecastell, ask IT for the password", "ecastell"),
    ("ask user k_nguyen to reset their token", "k_nguyen"),
    ("account jsmith2 was locked overnight", "jsmith2"),
    ("She signs in as maria.k on the kiosk.", "maria.k"),
    ("Please add tferreira9 to the dev-team group.", "tferreira9"),
    ("Assignee: dpatel\nStatus: open", "dpatel"),
    ("Reviewed-by: bruno_osei", "bruno_osei"),
    # chat mentions
    ("thanks @dpatel07 for the review!", "dpatel07"),
    ("cc @anna.berg @k_nguyen", "k_nguyen"),
    ("<@U04ABCD12> please approve", "U04ABCD12"),
])
def test_an_account_name_where_only_one_goes_is_masked(guard, text, value):
    assert value in masked_by_type(guard, text).get("USERNAME", set())


@pytest.mark.parametrize("text", [
    "ssh root@build01.internal uptime",
    "git clone git@github.com:acme/api.git",
    "sudo -u postgres psql",
    "sudo -u jenkins /opt/cleanup.sh",
    "chown -R www-data:www-data /var/www",
    "C:\\Users\\Public\\Documents and C:\\Users\\Default\\AppData",
    "cd /home/ubuntu/app && make",
    "source /home/$USER/.bashrc",
    "NT AUTHORITY\\SYSTEM and BUILTIN\\Administrators",
    "HKLM\\Software\\Vendor is the key",
    "svc-build lost access to the registry",
    "Failed password for root from 192.0.2.1 port 22 ssh2",
    "Ask the user to reset their password.",
    "The admin account was disabled.",
    "the user table has a login column",
    "Call get_user(user_id) first.",
    "user = get_current_user()",
    "npm i -D @types/node @angular/core",
    "@media (max-width: 600px) { .nav { display: none; } }",
    "@pytest.fixture\ndef client():\n    return make()",
    "@dataclass(frozen=True)\nclass P:\n    x: int",
    "@app.route('/login')",
    " * @param user the user\n * @returns the row",
    "pin lodash@4.17.21 and react@18.2.0",
    "Thanks @everyone for joining!",
    "posted in <#C024BE91L|general>",
    "Owner: QA",
])
def test_the_same_places_without_a_person_stay(guard, text):
    assert "USERNAME" not in masked_by_type(guard, text)


@pytest.mark.parametrize(("text", "value"), [
    ("member #MT237291 called about the renewal", "MT237291"),
    ("staff #48213 is on leave", "48213"),
    ("employee 48213 swiped in at 07:58", "48213"),
    ("my policy HX-4471-2290 renews in June", "HX-4471-2290"),
    ("insurance policy #P215651453", "P215651453"),
    ("policy ref AO37415826 (motor)", "AO37415826"),
    ("cust no 88120455 - address change", "88120455"),
    ("customer 88120455 says the parcel never arrived", "88120455"),
    ("Personalnummer 48213", "48213"),
])
def test_a_number_after_its_owners_word_is_masked(guard, text, value):
    assert value in set().union(*masked_by_type(guard, text).values())


@pytest.mark.parametrize(("text", "value"), [
    ("a silver hatchback, reg KX19 ABC, in bay 4", "KX19 ABC"),
    ("the car's plate is 7ABC123", "7ABC123"),
    ("Kennzeichen M-AB 1234", "M-AB 1234"),
    ("immatriculation AB-123-CD", "AB-123-CD"),
])
def test_a_plate_after_a_plate_word_is_masked(guard, text, value):
    # masked, whatever the type (a name recognizer may take `Kennzeichen M-AB` first)
    assert value not in guard.protect(text).texts[0]
    assert "Kennzeichen" in text or value in masked_by_type(guard, text).get("VEHICLE_PLATE", set())


@pytest.mark.parametrize("text", [
    "acct ending 4417",
    "Visa ending 4417 was declined.",
    "Order #881204551 shipped on Monday.",
    "Ticket #4417 closed, see PR #4417.",
    "Member since 2019, gold tier.",
    "employee count 12000 across 14 offices",
    "Policy 4.2 of the handbook applies.",
    "policy 2024 review is due",
    "Plate 4 of the atlas shows the delta.",
    "registration opens on 12 March",
    "the customer segment B2B grew 12%",
])
def test_numbers_that_name_no_one_stay(guard, text):
    assert not masked_by_type(guard, text)
