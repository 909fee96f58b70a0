"""Issue 13, identifiers: numbers written bare (no separators, no context word) that still are
someone's, and the counters, references, versions and code literals of the same shape that
are not; IP notations; numbers shaped like a card or an IBAN that are no phone or card."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.phone import PhoneNumberRecognizer
from sovereign_guard.detect.structured import IpAddressRecognizer, PaymentCardRecognizer
from sovereign_guard.detect.us_ids import ItinRecognizer, PassportRecognizer
from sovereign_guard.policy import Action


def hits(recognizer, text: str, threshold: float = 0.5) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, recognizer.supported_entities)
            if r.score >= threshold]


def masked(guard, text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start:f.end]) for f in guard.protect(text).findings
            if f.action is not Action.ALLOW]


ITIN = ItinRecognizer()
PASSPORT = PassportRecognizer()


@pytest.mark.parametrize("text, value", [
    ("937814402", "937814402"),  # group 81: an IRS range
    ("forms for 905621188 and her", "905621188"),
    ("ITIN 912-70-1234 on file", "912-70-1234"),
    ("tax id: 948921113", "948921113"),
])
def test_itin_compact_in_the_irs_ranges_counts_alone(text, value):
    assert hits(ITIN, text) == [value]


@pytest.mark.parametrize("text", [
    "937894402",  # group 89: no ITIN group
    "order 937814402 shipped",
    "Invoice no. 905621188 is overdue",
    "see ticket #948921113",
    '{"id": 937814402, "status": "ok"}',
    "WHERE order_id = 937814402;",
    "INSERT INTO t VALUES (937814402, 'x');",
    "processed 937814402 bytes",
    "the request took 905621188 ns",
    "Error code 948921113 at startup",
    "937-81-44021",  # too long
])
def test_itin_shaped_counters_and_literals_are_not_itins(text):
    assert hits(ITIN, text) == []


def test_itin_word_wins_over_a_reference_word():
    assert hits(ITIN, "ITIN for the case file: 937814402") == ["937814402"]


@pytest.mark.parametrize("text, value", [
    ("A12803456", "A12803456"),  # next-generation book number, bare
    ("Her number is Z40517293, valid to 2031.", "Z40517293"),
    ("護照E12345678", "E12345678"),  # the PRC's E-passport has the same shape
    ("passport 604173928", "604173928"),  # nine digits: only with the word
    ("travel document: K70413928", "K70413928"),
])
def test_passport_numbers(text, value):
    assert hits(PASSPORT, text) == [value]


@pytest.mark.parametrize("text", [
    "604173928",  # nine digits without the word: any number
    "build K70413928 passed",
    "Error code E12345678 occurred",
    "see /data/A12345678/report.pdf",
    "part P12345678-01 ships in May",
    "file A12345678.csv",
    "order #B12345678",
    "AB12345678",  # two letters
    "A123456789",  # nine digits after the letter
    "a12345678",  # lower case
])
def test_passport_shaped_codes_are_not_passports(text):
    assert hits(PASSPORT, text) == []


def test_bare_passport_number_is_masked(guard):
    assert ("US_PASSPORT", "A12803456") in masked(guard, "Here it is: A12803456")


IP = IpAddressRecognizer()


@pytest.mark.parametrize("text, value", [
    ("ping 192.168.1.1.1 fails", "192.168.1.1"),  # a private address with a stray group
    ("host 10.20.30.40.5", "10.20.30.40"),
    ("listens on 127.0.0.1:8080", "127.0.0.1"),
    ("::1 port 8080", "::1"),
    ("mapped ::ffff:10.0.0.1 here", "::ffff:10.0.0.1"),
    ("allow 10.0.0.0/8 only", "10.0.0.0/8"),
    ("route 2001:db8::/32 via", "2001:db8::/32"),
])
def test_ip_notations(text, value):
    assert hits(IP, text) == [value]


@pytest.mark.parametrize("text", [
    "OID 1.3.6.1.4.1.9 is Cisco's",
    "version 8.8.8.8.1",
    "4.15.2.1.3 is the release",  # a public address with a stray group: a version
    "pip install foo==1.2.3.4",
    "requires bar>=10.0.0.1",
    'gem "x", "~> 1.2.3.4"',
])
def test_dotted_numbers_that_are_not_addresses(text):
    assert hits(IP, text) == []


def test_an_assignment_is_no_version_pin():
    assert hits(IP, "host=10.0.0.1") == ["10.0.0.1"]


PHONE = PhoneNumberRecognizer()
CARD = PaymentCardRecognizer()


@pytest.mark.parametrize("text", [
    "my card number is 4012-8888-8888-1882",  # card-shaped, bad Luhn; `number` is no phone word
    "G T82 TRAJ 0102 0000 0012 1002 9690",  # an account's groups of four
    "ref 1234 5678 9012 3456 7890",
])
def test_groups_of_four_are_not_phone_numbers(text):
    assert hits(PHONE, text) == []


def test_card_shaped_number_after_a_phone_word_is_a_phone():
    assert hits(PHONE, "call 0912 3456 7890") == ["0912 3456 7890"]


@pytest.mark.parametrize("text", [
    "RS35 2600 0560 1001 6113 70",  # a bad-checksum IBAN whose digits pass Luhn
    "LT12 1000 0111 0100 1001",
])
def test_iban_shaped_digits_are_not_cards(text):
    assert hits(CARD, text) == []


def test_a_card_after_a_word_is_still_a_card():
    assert hits(CARD, "card 4111 1111 1111 1111 exp 12/29") == ["4111 1111 1111 1111"]
