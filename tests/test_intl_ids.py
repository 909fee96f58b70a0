"""Issue 13, IDs and numbers beyond the US: each national, bank and device identifier found with
its issuer's check and context, and its near-misses (a failed check, no context word, a word
that only starts like the context) left alone. Values are our own, computed with python-stdnum
or the published weights."""

from __future__ import annotations

import re

import pytest

from sovereign_guard.detect.intl_ids import (
    AadhaarRecognizer,
    AuMedicareRecognizer,
    AuTfnRecognizer,
    CaSinRecognizer,
    ImeiRecognizer,
    PanRecognizer,
    SortCodeRecognizer,
    SwiftCodeRecognizer,
    UkNinoRecognizer,
    VinRecognizer,
    foreign_marker,
    medicare_ok,
    vin_check_ok,
)


def hits(recognizer, text: str, threshold: float = 0.5) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, recognizer.supported_entities)
            if r.score >= threshold]


CASES = [
    # (recognizer, found, not found)
    (CaSinRecognizer, ["SIN: 130 692 544", "social insurance number 130-692-544", "SIN 130692544"],
     ["SIN: 130 692 545",  # Luhn fails
      "SIN 830 692 540",  # 8 first: never issued
      "since 130 692 544 items",  # `since` is no SIN
      "order 130 692 544"]),
    (UkNinoRecognizer, ["NI number AB 12 34 56 C", "nino: JG103759A", "her NINO is CE123456D"],
     ["QQ123456C",  # Q never first
      "GB123456A",  # a prefix HMRC does not issue
      "AB123456E",  # suffix beyond D
      "XAB123456C"]),
    (AadhaarRecognizer, ["Aadhaar: 2345 6789 0124", "aadhaar no 234567890124"],
     ["Aadhaar: 2345 6789 0125",  # Verhoeff fails
      "Aadhaar 1345 6789 0124",  # 0 or 1 first: never issued
      "2345 6789 0124"]),  # no context: 0.4, under the threshold
    (PanRecognizer, ["PAN: ABCPE1234F", "pan card AAPPV8261K"],
     ["ABMXA3211G",  # X is no holder type
      "ACUPA0000R",  # serial 0000
      "abcpe1234f"]),
    (AuTfnRecognizer, ["TFN: 123 456 782", "tax file number 123456782"],
     ["TFN: 123 456 783", "123 456 782"]),
    (AuMedicareRecognizer, ["Medicare number 2123 45670 1", "medicare card 2123456701"],
     ["Medicare number 2123 45671 1",  # check digit wrong
      "Medicare number 7123 45670 1",  # 7 first
      "2123 45670 1"]),
    (SwiftCodeRecognizer, ["SWIFT: DEUTDEFF", "BIC code NWBKGB2L100", "swift/bic: BOFAUS3N"],
     ["DEUTDEFF",  # no context: eight capitals are any word in capitals
      "SWIFT: DEUTQQFF",  # QQ is no country
      "BIC: CONFIDENTIAL"]),  # a word: no country code at 5-6 (`DE`.. `NT` is no ISO code)
    (SortCodeRecognizer, ["sort code 12-34-56", "Sort-code: 20 00 00"],
     ["12-34-56", "the 12-34-56 ratio"]),
    (ImeiRecognizer, ["IMEI: 490154203237518", "imei 49-015420-323751-8"],
     ["IMEI: 490154203237519",  # Luhn fails
      "490154203237518",  # no context
      "imei 49-015420 323751-8"]),  # mixed separators
    (VinRecognizer, ["VIN 1HGCM82633A004352", "my car 1HGCM82633A004352.",
                     "VIN: WVWZZZ1JZXW000001"],  # European, no check digit: with context
     ["1HGCM82643A004352",  # check digit wrong, no context
      "1HGCM8263UA004352",  # U is no model year
      "ABCDEFGHJKLMN1234"]),  # check digit wrong, too few digits
]


@pytest.mark.parametrize("recognizer, text", [(r, t) for r, pos, _ in CASES for t in pos])
def test_found(recognizer, text):
    assert hits(recognizer(), text)


@pytest.mark.parametrize("recognizer, text", [(r, t) for r, _, neg in CASES for t in neg])
def test_near_misses(recognizer, text):
    assert hits(recognizer(), text) == []


def test_reported_span_is_the_value():
    text = "SIN: 130 692 544, thanks"
    assert hits(CaSinRecognizer(), text) == ["130 692 544"]
    assert hits(UkNinoRecognizer(), "NI number AB 12 34 56 C.") == ["AB 12 34 56 C"]


def test_checks():
    assert medicare_ok("2123456701") and not medicare_ok("2123456711")
    assert vin_check_ok("1HGCM82633A004352") and not vin_check_ok("1HGCM82643A004352")


@pytest.mark.parametrize("before, foreign", [
    ("Canadian passport ", True),
    ("UK passport number: ", True),
    ("sort code 12-34-56 account ", True),
    ("IFSC HDFC0000123, account ", True),
    ("US passport ", False),
    ("passport ", False),
    ("checking account ", False),
    ("a German colleague's U.S. passport ", False),  # the nearer country word wins
    ("Europe trip, passport ", False),  # `Europe` is no country adjective
])
def test_foreign_marker(before, foreign):
    assert foreign_marker(before + "123456789", len(before)) is foreign


@pytest.mark.parametrize(("policy", "blocked"), [("default", False), ("strict", True)])
def test_policies_treat_a_sin_like_an_ssn(policy, blocked):
    # Listed as restricted in both shipped policies (not the confidential default_entity),
    # blocked by strict as it blocks US_SSN; spaced and compact forms are one placeholder.
    from sovereign_guard.core import Guard
    from sovereign_guard.policy import DataClass, load_policy

    guard = Guard(load_policy(policy), tenant_key=b"\0" * 32)
    out = guard.protect("My SIN is 130 692 544; again, SIN 130692544.")
    assert out.blocked is blocked
    assert out.detected_class is DataClass.RESTRICTED
    if not blocked:
        assert "692" not in out.texts[0]
        assert len(set(re.findall(r"<CA_SIN_[0-9a-f]+>", out.texts[0]))) == 1
