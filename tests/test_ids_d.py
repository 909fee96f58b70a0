"""IDs, set d: APIS `DOCS` lines and MRZ lines, SSNs in pipe tables, numbers read out as words,
compact MACs, MICR lines, employee / customer / member numbers, EIN and VAT numbers, dates of
birth in airline and database forms, cards with doubled spaces; the overlap rule's tie-break;
and the near-misses each fix must leave alone (passport expiry dates, quotes in 3-3-3
groups, twelve-digit references, code columns, counting words). Values are our own."""

from __future__ import annotations

import pytest
from stdnum import luhn

from sovereign_guard.core import Finding, resolve_overlaps
from sovereign_guard.detect.phone import PhoneNumberRecognizer
from sovereign_guard.detect.spoken import spoken_digits
from sovereign_guard.detect.travel import mrz_check
from sovereign_guard.policy import Action, DataClass


def _mrz(number: str, nation: str, born: str, expires: str = "320101") -> str:
    doc = (number + "<" * 9)[:9]
    personal = "<" * 14
    line = (doc + mrz_check(doc) + nation + born + mrz_check(born) + "F" + expires
            + mrz_check(expires) + personal + mrz_check(personal))
    return line + mrz_check(line[0:10] + line[13:20] + line[21:43])


MRZ = _mrz("X4R0021K7", "NLD", "790224")
CARD = "4929" + "1203" + "5566" + "718"
CARD += luhn.calc_check_digit(CARD)


def masked(guard, text: str) -> list[tuple[str, str]]:
    found = guard.protect(text).findings
    return [(f.type, text[f.start:f.end]) for f in found if f.action is not Action.ALLOW]


FOUND = [
    # (text, the value, an accepted type)
    ("SSR DOCS YY HK1 P/CAN/GK552190/CAN/02FEB77/F/11JUN29", "GK552190", "PASSPORT"),
    ("SSR DOCS YY HK1 P/CAN/GK552190/CAN/02FEB77/F/11JUN29", "02FEB77", "DATE_OF_BIRTH"),
    ("3DOCS/P/USA/531907264/USA/19AUG81/M/30MAR31", "531907264", "US_PASSPORT"),
    ("pax 1 doc P-ITA-YA2290471 dob 07OCT59", "YA2290471", "PASSPORT"),
    ("pax 1 doc P-ITA-YA2290471 dob 07OCT59", "07OCT59", "DATE_OF_BIRTH"),
    (f"MRZ: {MRZ}", "X4R0021K7", "PASSPORT"),
    (f"MRZ: {MRZ}", "790224", "DATE_OF_BIRTH"),
    ("| id | team | number |\n|---|---|---|\n| 7 | Ops | 412907731 |", "412907731", "US_SSN"),
    ("20931 | (on file) | 523418890 | Legal", "523418890", "US_SSN"),
    ("She gave her social as five two three, four one, eight eight nine oh.",
     "five two three, four one, eight eight nine oh", "US_SSN"),
    ("call me back on seven one eight, five five two, nine oh one three",
     "seven one eight, five five two, nine oh one three", "PHONE_NUMBER"),
    ("Bluetooth address 9C8E99A1B2C3 paired", "9C8E99A1B2C3", "MAC_ADDRESS"),
    ("MAC: 3c22fb-0a9e41", "3c22fb-0a9e41", "MAC_ADDRESS"),
    ("\u2446021000021\u2446 8830012947\u2448 0412", "021000021", "US_BANK_NUMBER"),
    ("\u2446021000021\u2446 8830012947\u2448 0412", "8830012947", "US_BANK_NUMBER"),
    ("Employee ID: K220981", "K220981", "ID_NUMBER"),
    ("customer number 55120934 asked for a callback", "55120934", "ID_NUMBER"),
    ("Member ID: QXH440912773", "QXH440912773", "ID_NUMBER"),
    ("my policy number is HOM-220917-04", "HOM-220917-04", "ID_NUMBER"),
    ("Employer Identification Number 04-2103594", "04-2103594", "US_EIN"),
    ("VAT reg. no. DE136695976", "DE136695976", "VAT_ID"),
    ("DOB 19770202", "19770202", "DATE_OF_BIRTH"),
    ("date of birth: 02-FEB-1977", "02-FEB-1977", "DATE_OF_BIRTH"),
    (f"Card number: {CARD[:4]}  {CARD[4:8]}  {CARD[8:12]}  {CARD[12:]}",
     f"{CARD[:4]}  {CARD[4:8]}  {CARD[8:12]}  {CARD[12:]}", "CREDIT_CARD"),
    ("Intermediary: CHASUS33XXX", "CHASUS33XXX", "SWIFT_CODE"),
]


@pytest.mark.parametrize("text, value, entity", FOUND)
def test_found(guard, text, value, entity):
    assert (entity, value) in masked(guard, text)


NOT_MASKED = [
    "Passport expiry 25OCT32; renew six months ahead.",
    "Quote 757-757-757 valid 30 days.",
    "Quote number 123-456-789 is attached.",
    "Order number 482913570264 was refunded.",
    "| order id | status |\n|---|---|\n| 385188193 | shipped |",
    "SELECT name FROM staff WHERE customer_id = 20931",
    "Policy POL-44120 renewal premium: 310.00 USD.",
    "employee number 2024-02-01 is no number at all",
    "one two three, go! four five six seven at most",
    "The user's last login came from the office.",
    "machine 16BA2C2B4A1E is a hash prefix",
    "Card on file: **** **** **** 4242 (Visa), exp 09/27.",
    "VAT 20% applies to DE136695970.",
]


@pytest.mark.parametrize("text", NOT_MASKED)
def test_not_masked(guard, text):
    assert masked(guard, text) == []


def test_spoken_digits_read_doubles_and_oh():
    assert spoken_digits("double five, oh one two - triple nine") == "55012999"


def test_phone_words_not_number_make_a_three_three_three_group_a_phone():
    rec = PhoneNumberRecognizer()
    best = {text: max((r.score for r in rec.analyze(text, ["PHONE_NUMBER"])), default=0.0)
            for text in ("Quote number 612 345 678", "call me on 612 345 678")}
    assert best["Quote number 612 345 678"] < 0.5 <= best["call me on 612 345 678"]


def _finding(entity: str, start: int, end: int, score: float = 1.0) -> Finding:
    return Finding(entity, start, end, score, Action.PSEUDONYMIZE, "r", DataClass.RESTRICTED)


def test_overlap_tie_goes_to_the_rarer_check_not_the_type_name():
    # A NIR that is also a Luhn-valid card number, both sure at 1.0: mod 97 beats Luhn.
    merged = resolve_overlaps([_finding("CREDIT_CARD", 0, 15), _finding("FR_NIR", 0, 15)])
    assert [f.type for f in merged] == ["FR_NIR"]


def test_overlap_tie_of_equal_specificity_goes_to_the_longer_span():
    merged = resolve_overlaps([_finding("PHONE_NUMBER", 0, 10), _finding("ID_NUMBER", 0, 12)])
    assert [(f.type, f.start, f.end) for f in merged] == [("ID_NUMBER", 0, 12)]


def test_overlap_a_higher_score_still_wins_over_specificity():
    merged = resolve_overlaps([_finding("CREDIT_CARD", 0, 16, 1.0),
                               _finding("IBAN_CODE", 0, 16, 0.6)])
    assert [f.type for f in merged] == ["CREDIT_CARD"]
