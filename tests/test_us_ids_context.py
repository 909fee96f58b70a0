"""Issue 13, IDs and numbers through the Guard: a ZIP+4 is a postcode (no SSN, ITIN or phone),
birth dates after a cue are masked and other dates pass, passports and accounts take the
country the words name, and the context words of licences, routing and NHS numbers."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.identifiers import UkNhsRecognizer, UsDriverLicenseRecognizer
from sovereign_guard.detect.intl_ids import UkNinoRecognizer
from sovereign_guard.detect.phone import PhoneNumberRecognizer
from sovereign_guard.detect.us_ids import ItinRecognizer, SsnRecognizer, is_zip4
from sovereign_guard.policy import Action


def masked(guard, text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start:f.end]) for f in guard.protect(text).findings
            if f.action is not Action.ALLOW]


def hits(recognizer, text: str, threshold: float = 0.5) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, recognizer.supported_entities)
            if r.score >= threshold]


# -- ZIP+4 ----------------------------------------------------------------------------------

def test_zip4_after_a_zip_word_is_no_ssn(guard):
    text = "His SSN is 536228741 and his ZIP is 62704-1234."
    assert masked(guard, text) == [("US_SSN", "536228741")]


@pytest.mark.parametrize("text", [
    "zip code: 62704-1234",
    "Zip 90210-3301",
    "postal code 10001-0001",
    "Springfield, IL 62704-1234",
    "Austin, TX. 73301-0001",
])
def test_zip4_is_no_identifier(guard, text):
    zip4 = text[-10:]
    assert [v for _, v in masked(guard, text) if zip4 in v or v in zip4] == []


def test_zip4_shape_needs_the_postcode_position():
    assert is_zip4("ZIP 62704-1234", 4, 14)
    assert not is_zip4("SSN 62704-1234", 4, 14)
    assert not is_zip4("ZIP 627041234", 4, 13)  # not the 5-4 shape


@pytest.mark.parametrize("text, value", [
    ("social security 53622-8741", "53622-8741"),  # the odd 5-4 SSN form, with its word
    ("phone: 62704-1234", "62704-1234"),  # a phone word: then it is a phone number
])
def test_five_four_with_its_own_word_still_counts(text, value):
    recognizer = SsnRecognizer() if "social" in text else PhoneNumberRecognizer()
    assert hits(recognizer, text) == [value]


def test_itin_odd_form_after_zip_is_a_postcode():
    assert hits(ItinRecognizer(), "taxpayer zip 91170-1234") == []
    assert hits(ItinRecognizer(), "taxpayer ITIN 91170-1234") == ["91170-1234"]


# -- dates of birth -------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("DOB: 04/12/1987", "04/12/1987"),
    ("She was born on 12 April 1987 in Leeds.", "12 April 1987"),
    ("date of birth 1987-04-12", "1987-04-12"),
    ("birthday is March 3, 1990", "March 3, 1990"),
    ("D.O.B. 03.05.1955", "03.05.1955"),
    ("born on 3rd of March 1990", "3rd of March 1990"),
])
def test_birth_dates_after_a_cue_are_masked(guard, text, value):
    assert ("DATE_OF_BIRTH", value) in masked(guard, text)


@pytest.mark.parametrize("text", [
    "The meeting on 12 April 1987 moved to Friday.",
    "Invoice dated 04/12/1987.",
    "He was born in 1987.",  # a year alone: no birth date
])
def test_other_dates_pass(guard, text):
    assert "DATE_OF_BIRTH" not in [t for t, _ in masked(guard, text)]


def test_a_cue_far_from_the_date_is_no_cue(guard):
    text = "Born and raised here; the release is due 12 April 2027."
    assert masked(guard, text) == []


# -- passports and accounts by country -------------------------------------------------------

@pytest.mark.parametrize("text, value, entity", [
    ("Canadian passport GA302922", "GA302922", "PASSPORT"),
    ("German passport number C01X00T47", "C01X00T47", "PASSPORT"),
    ("UK passport number: 925665416", "925665416", "PASSPORT"),
    ("French passport 12AB34567", "12AB34567", "PASSPORT"),
    ("US passport 912803456", "912803456", "US_PASSPORT"),
    ("passport: 912803456", "912803456", "US_PASSPORT"),
    ("sort code 12-34-56 account 41234567", "41234567", "BANK_ACCOUNT"),
    ("sort code 12-34-56 account 41234567", "12-34-56", "BANK_ACCOUNT"),
    ("routing 021000021", "021000021", "US_BANK_NUMBER"),
    ("RTN 026009593", "026009593", "US_BANK_NUMBER"),
])
def test_typed_by_the_country_named(guard, text, value, entity):
    assert (entity, value) in masked(guard, text)


@pytest.mark.parametrize("text", [
    "passport photo booth 12, open 9-17",
    "Passport office ticket 2024",  # four digits: no passport shape
    "the PASSPORT library v2.3.1",
])
def test_passport_word_without_a_number(guard, text):
    assert masked(guard, text) == []


def test_generic_passport_shape_needs_the_word_right_before(guard):
    assert masked(guard, "passport renewed; order ref AB12CD34 shipped to the office") == []


# -- context words ----------------------------------------------------------------------------

def test_dl_as_a_word_is_licence_context(guard):
    assert ("US_DRIVER_LICENSE", "D1234567") in masked(guard, "Her DL number is D1234567.")
    assert masked(guard, "load kernel32.dll 12345678") == []


def test_nhs_test_range_is_no_patient():
    nhs = UkNhsRecognizer()
    assert hits(nhs, "NHS number 943 476 5919") == ["943 476 5919"]
    assert hits(nhs, "NHS number 999 000 0018") == []  # mod 11 passes: NHS Digital's test range


@pytest.mark.parametrize("text", [
    "Case number 912345678 is closed.",
    "Reference number: 904561288",
    "order 49071584 was refunded",
])
def test_reference_digits_are_no_phone(text):
    assert hits(PhoneNumberRecognizer(), text) == []


def test_reference_digits_after_a_phone_word_stay_a_phone():
    assert hits(PhoneNumberRecognizer(), "call 912345678 (ticket line)") == ["912345678"]


@pytest.mark.parametrize("text", [
    "Part no. 555-0491-A is out of stock.",
    "SKU 800-413-0440 ships Monday.",
    "Reference: invoice 2024-118 is unpaid.",
    "Order #: 212-555-0199 was cancelled.",
])
def test_grouped_codes_after_a_catalogue_word_are_no_phone(text):
    assert hits(PhoneNumberRecognizer(), text) == []


@pytest.mark.parametrize("text, value", [
    ("Call the order desk at 212-555-0199.", "212-555-0199"),
    ("Case 415-555-2671, call 415-555-2671 back.", "415-555-2671"),
])
def test_a_phone_word_keeps_a_grouped_number_a_phone(text, value):
    assert value in hits(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize("text, value", [
    ("nameserver 127.0.0.53", "127.0.0.53"),  # `...ver` ends the word: no `version` cue
    ("dns server 10.0.0.2", "10.0.0.2"),
    ("dev 10.1.2.3 is up", "10.1.2.3"),
])
def test_hosts_after_words_ending_like_version_cues(guard, text, value):
    assert ("IP_ADDRESS", value) in masked(guard, text)


@pytest.mark.parametrize("text", ["version 1.2.3.4", "v1.2.3.4", "pip install foo==1.2.3.4"])
def test_versions_stay(guard, text):
    assert masked(guard, text) == []


def test_licence_numbers_whole_and_licence_dates_not(guard):
    assert ("US_DRIVER_LICENSE", "K2289-33411-09812") in masked(
        guard, "license no. K2289-33411-09812")
    assert masked(guard, "license expires 2027-05-01") == []
    assert masked(guard, "driver license issued 05-01-2019") == []
    assert ("US_DRIVER_LICENSE", "1234-56-7890") in masked(guard, "driver license 1234-56-7890")


def test_medicare_beneficiary_identifier(guard):
    assert ("US_MBI", "1EG4-TE5-MK73") in masked(guard, "My Medicare ID 1EG4-TE5-MK73")
    assert masked(guard, "Medicare 1EG4-TE5-MK7") == []  # one character short
    assert masked(guard, "ticket 1EG4-TE6-MK74 closed") == []  # no Medicare word


@pytest.mark.parametrize("text, found", [
    ("A/C no. 3526678239791", True),
    ("checking account 4098765432", True),
    ("AWS account 123456789012 hosts staging", False),
    ("service account 12345678901", False),
])
def test_bank_accounts_not_cloud_accounts(guard, text, found):
    types = [t for t, _ in masked(guard, text)]
    assert ("US_BANK_NUMBER" in types) is found


@pytest.mark.parametrize("value", [
    "123AB4567", "12ABC34567", "A-123-456-789-012", "A 123 456 789 012", "A1234 56789 01234",
    "ABC-12-3456", "1234567A", "123456-789", "1234567890123", "K12-34-5678",
])
def test_state_licence_shapes_after_the_licence_words(guard, value):
    for text in (f"Driver's license number: {value}", f"my drivers license is {value}, thanks"):
        assert ("US_DRIVER_LICENSE", value) in masked(guard, text)


@pytest.mark.parametrize("text", [
    "driver license is valid until 2027",
    "MIT license 2024",
    "license key ABCD-1234-EFGH-5678",  # eight letters: a key, not a licence number
    "License number 2 of 5",
    "the 123AB4567 part ships Monday",  # the shape without the words
])
def test_licence_words_without_a_number(guard, text):
    assert "US_DRIVER_LICENSE" not in [t for t, _ in masked(guard, text)]


def test_nino_shape_after_a_licence_word_is_the_licence():
    text = "Idaho driver's license AB123456C"
    assert hits(UsDriverLicenseRecognizer(), text) == ["AB123456C"]
    assert hits(UkNinoRecognizer(), text) == []


def test_phone_in_a_csv_row_is_still_a_phone():
    assert hits(PhoneNumberRecognizer(), "Alice Chen, 0912345678, Taipei") == ["0912345678"]
