"""Taiwan / PRC identifiers with checksums, NHS, US driver licences, ages; phone numbers."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.identifiers import (
    AgeRecognizer,
    CnResidentIdRecognizer,
    TwBusinessIdRecognizer,
    TwNationalIdRecognizer,
    TwResidentCertRecognizer,
    UkNhsRecognizer,
    UsDriverLicenseRecognizer,
    cn_resident_id_ok,
    tw_checksum_ok,
)
from sovereign_guard.detect.phone import PhoneNumberRecognizer, phone_score


def hits(recognizer, text: str, threshold: float = 0.5) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, recognizer.supported_entities)
            if r.score >= threshold]


def test_tw_checksums():
    assert tw_checksum_ok("A123456789")  # the textbook example
    assert not tw_checksum_ok("A123456788")
    assert tw_checksum_ok("AC01234567")  # old ARC: second letter counts as its code's last digit
    assert not tw_checksum_ok("AE01234567")  # second letters run A-D only


TW_ID = TwNationalIdRecognizer()


@pytest.mark.parametrize("text, value", [
    ("身分證字號A123456789。", "A123456789"),
    ("ID: A123456789, thanks", "A123456789"),
    ("（Ａ１２３４５６７８９）", "Ａ１２３４５６７８９"),  # full-width forms
])
def test_tw_national_id_hits(text, value):
    assert hits(TW_ID, text) == [value]


@pytest.mark.parametrize("text", ["A123456788", "A1234567890", "XA123456789", "a123456789x", "A323456789"])
def test_tw_national_id_near_misses(text):
    assert hits(TW_ID, text) == []


TW_ARC = TwResidentCertRecognizer()


def test_tw_resident_cert_new_and_old_formats():
    assert hits(TW_ARC, "居留證AC01234567，統一證號A800000014") == ["AC01234567", "A800000014"]
    assert hits(TW_ARC, "居留證AC01234568") == []  # bad check digit
    assert hits(TW_ID, "統一證號A800000014") == []  # not a national ID


UBN = TwBusinessIdRecognizer()


def test_tw_business_id_needs_context_and_checksum():
    assert hits(UBN, "統一編號04595257，謝謝") == ["04595257"]
    assert hits(UBN, "統編：00501503") == ["00501503"]
    assert hits(UBN, "統一編號04595258") == []  # bad checksum
    assert hits(UBN, "order 04595257 shipped") == []  # eight digits alone are not enough


CN = CnResidentIdRecognizer()


def test_cn_resident_id():
    assert cn_resident_id_ok("11010519491231002X")
    assert hits(CN, "身份证号11010519491231002X，请核对") == ["11010519491231002X"]
    assert hits(CN, "身份证号110105194912310021") == []  # bad check character
    assert hits(CN, "110105194913310028") == []  # month 13
    assert hits(CN, "990105194912310021") == []  # no province 99
    assert hits(CN, "id 1101051949123100212") == []  # 19 digits


NHS = UkNhsRecognizer()


def test_nhs_needs_context():
    assert hits(NHS, "NHS number 943 476 5919") == ["943 476 5919"]
    assert hits(NHS, "call 943-476-5919") == []  # Presidio flags this shape as NHS
    assert hits(NHS, "NHS number 943 476 5918") == []


DL = UsDriverLicenseRecognizer()


@pytest.mark.parametrize("text, value", [
    ("driver's license D1234567", "D1234567"),
    ("DL# S123-456-78-901-0 (Florida)", "S123-456-78-901-0"),
    ("Driver License No. 123456789", "123456789"),
])
def test_driver_license_with_context(text, value):
    assert hits(DL, text) == [value]


def test_driver_license_without_context_is_nothing():
    assert hits(DL, "ticket D1234567 and build 123456789") == []


@pytest.mark.parametrize("text, value", [
    ("CDL: K48201937", "K48201937"),  # a commercial driver's licence
    ("lic# K48201937 (exp 2027)", "K48201937"),
    ("Driver Lic. No. K48201937", "K48201937"),
    ("learner's permit K48201937", "K48201937"),
])
def test_driver_license_form_abbreviations(text, value):
    assert hits(DL, text) == [value]


@pytest.mark.parametrize("text, value", [
    ("DL: 48-201-937", "48-201-937"),  # digits in groups
    ("License No. 482 019 374", "482 019 374"),
    ("driver's licence number: MORGA753116SM9IJ", "MORGA753116SM9IJ"),  # UK (DVLA)
    ("Her driving licence is SMITH761223J99AB.", "SMITH761223J99AB"),
])
def test_driver_license_grouped_and_uk(text, value):
    assert hits(DL, text) == [value]


@pytest.mark.parametrize("text", [
    "DL: 48-201",  # too few digits
    "licence MORGA753116SM9I",  # UK shape one character short
    "driver MORGA783116SM9IJ",  # month digit 8: no UK licence month
    "dll 48-201-937 loaded",  # `dl` inside a word
])
def test_driver_license_grouped_and_uk_near_misses(text):
    assert hits(DL, text) == []


@pytest.mark.parametrize("text", [
    "building permit K48201937",  # a permit, but no driving one
    "see public.K48201937 and relic K48201937",  # `lic` inside other words
])
def test_driver_license_abbreviation_near_misses(text):
    assert hits(DL, text) == []


@pytest.mark.parametrize("text, value", [
    ("CHI number 943 476 5919", "943 476 5919"),  # Scotland: the same mod-11 check
    ("H&C number 9434765919", "9434765919"),  # Northern Ireland's Health and Care number
    ("Health and Care no. 9434765919", "9434765919"),
    ("N.H.S. number 9434765919", "9434765919"),
])
def test_nhs_check_across_the_uk_health_numbers(text, value):
    assert hits(NHS, text) == [value]


@pytest.mark.parametrize("text", [
    "CHI number 943 476 5918",  # check digit wrong
    "chicago 9434765919",  # `chi` inside a word
    "order 9434765919 shipped",  # no context: 1 in 11 ten-digit numbers pass the check
])
def test_nhs_near_misses(text):
    assert hits(NHS, text) == []


AGE = AgeRecognizer()


@pytest.mark.parametrize("text, value", [
    ("Patient, 34 years old, male", "34"), ("a 7-year-old boy", "7"), ("age: 52", "52"),
    ("他今年42歲", "42"), ("年龄：35", "35"),
])
def test_age(text, value):
    assert hits(AGE, text) == [value]


@pytest.mark.parametrize("text", ["page 34", "the 2024 years", "age 300", "message 12"])
def test_age_near_misses(text):
    assert hits(AGE, text) == []


PHONE = PhoneNumberRecognizer()


@pytest.mark.parametrize("text, value", [
    ("電話：0912-345-678", "0912-345-678"),
    ("手機0912345678，謝謝", "0912345678"),
    ("(02) 2345-6789", "(02) 2345-6789"),
    ("手机13812345678", "13812345678"),
    ("call +1 212-555-0199 now", "+1 212-555-0199"),
    ("+44 20 7946 0958", "+44 20 7946 0958"),
    ("+49(0)8190 937865", "+49(0)8190 937865"),
    ("Tel. +33 1 87 46 62 69.", "+33 1 87 46 62 69"),
    ("phone (997)697-1147x104", "(997)697-1147x104"),
    ("010-87601978", "010-87601978"),
    # North America's trunk prefix: 1-800 and 1 (212) numbers, every separator.
    ("Call 1-866-272-6272 today.", "1-866-272-6272"),
    ("Tel: 1 (212) 555-0147", "1 (212) 555-0147"),
    ("fax 1.212.555.0147", "1.212.555.0147"),
    ("dial 1 212 555 0147 ext. 12", "1 212 555 0147 ext. 12"),
])
def test_phone_formats(text, value):
    assert hits(PHONE, text) == [value]


def test_phone_swallowed_neighbour_is_trimmed():
    assert hits(PHONE, "call 212 555 0199 10 times") == ["212 555 0199"]


def test_phone_leaves_card_numbers_to_the_card_recognizer(guard):
    text = "card 5555 5555 5555 4444, call 0912 3456 7890 1234"
    assert hits(PHONE, text, threshold=0.0) == ["0912 3456 7890"]
    types = {(text[r.start:r.end], r.entity_type) for r in guard.analyze_uncached([text])[0]}
    assert ("5555 5555 5555 4444", "CREDIT_CARD") in types
    assert not any(t == "PHONE_NUMBER" and "5555" in s for s, t in types)


@pytest.mark.parametrize("text", [
    "2024-05-01 12:30:45", "v1.2.3.4567", "10.20.30.40", "took 12345678 ms", "1,234,567",
    "order #12345678", "id=0912345678", "sha 4b702a8cc3171c011e", "3.14159265",
    "ISBN 1-86197-876-2", "release 1-2024-10-11", "version 1.123.456.7890",
])
def test_phone_near_misses(text):
    assert hits(PHONE, text) == []


def test_phone_score_tiers():
    assert phone_score("+886 912 345 678") > phone_score("0912-345-678") > 0.5
    assert 0 < phone_score("23456789") < 0.5  # compact landline: needs a context word
    assert phone_score("2024-05-01") == 0
