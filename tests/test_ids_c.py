"""IDs, set c: European national numbers, NPI, MRN, ICCID, IMSI, BSB, compact sort codes, BICs
under MT103 tags, and the Chinese bank-account recognizer's words. Each found with its check
and its word, and its near-misses (a failed check, no word, another identifier's word) left
alone. Values are our own, computed here with python-stdnum."""

from __future__ import annotations

import pytest
from stdnum import luhn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel

from sovereign_guard.detect.eu_ids import (
    DeIdNrRecognizer,
    EsDniRecognizer,
    EsNieNumberRecognizer,
    FrNirRecognizer,
    ItCodiceFiscaleRecognizer,
    NlBsnRecognizer,
    PeselRecognizer,
    SePnrRecognizer,
)
from sovereign_guard.detect.identifiers import DeaNumberRecognizer
from sovereign_guard.detect.intl_ids import (
    BsbRecognizer,
    IccidRecognizer,
    ImsiRecognizer,
    SortCodeRecognizer,
    SwiftCodeRecognizer,
)
from sovereign_guard.detect.labels import classify
from sovereign_guard.detect.us_ids import MedicalRecordNumberRecognizer, NpiRecognizer
from sovereign_guard.detect.zh_ids import BankAccountRecognizer


def _complete(body: str, valid) -> str:
    """`body` and the one trailing digit that makes `valid` pass."""
    return next(body + d for d in "0123456789" if valid(body + d))


def _wrong(value: str) -> str:
    """`value` with its last digit changed: the check fails."""
    return value[:-1] + str((int(value[-1]) + 1) % 10)


IDNR = _complete("8625709241", idnr.is_valid)
NIR_BODY = "1840575123456"
NIR = NIR_BODY + nir.calc_check_digits(NIR_BODY)
DNI = "47848463" + dni.calc_check_digit("47848463")
NIE = "Z0489488" + nie.calc_check_digit("Z0489488")
CF_BODY = "RSSMRA85T10A562"
CF = CF_BODY + codicefiscale.calc_check_digit(CF_BODY)
BSN = next(v for v in (f"11122233{d}" for d in "0123456789") if bsn.is_valid(v))
PESEL = "7003058179" + pesel.calc_check_digit("7003058179")
PNR_BODY = "650427324"
PNR = f"{PNR_BODY[:6]}-{PNR_BODY[6:]}{luhn.calc_check_digit(PNR_BODY)}"
NPI = "110570154" + luhn.calc_check_digit("80840110570154")
ICCID_BODY = "898601123456789012"
ICCID = ICCID_BODY + luhn.calc_check_digit(ICCID_BODY)


def hits(recognizer, text: str, threshold: float = 0.5) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, recognizer.supported_entities)
            if r.score >= threshold]


CASES = [
    # (recognizer, found, not found)
    (DeIdNrRecognizer, [f"Steuer-ID: {IDNR}", f"Steueridentifikationsnummer {IDNR[:2]} "
                        f"{IDNR[2:5]} {IDNR[5:8]} {IDNR[8:]}"],
     [f"Steuer-ID: {_wrong(IDNR)}", f"Kundennummer {IDNR}", f"order {IDNR}"]),
    (FrNirRecognizer, [f"NIR {NIR}", f"numéro de sécurité sociale : {NIR[0]} {NIR[1:3]} "
                       f"{NIR[3:5]} {NIR[5:7]} {NIR[7:10]} {NIR[10:13]} {NIR[13:]}"],
     [f"NIR {NIR[:-2]}{(int(NIR[-2:]) % 97) + 1:02d}", f"facture {NIR}"]),
    (EsDniRecognizer, [f"DNI: {DNI}", f"mi dni es {DNI[:8]}-{DNI[8]}"],
     [f"DNI: {DNI[:8]}{'A' if DNI[8] != 'A' else 'B'}", f"ref {DNI}"]),
    (EsNieNumberRecognizer, [f"NIE {NIE}", f"número de identidad de extranjero {NIE}"],
     [f"NIE {NIE[:8]}{'A' if NIE[8] != 'A' else 'B'}", f"part {NIE}"]),
    (ItCodiceFiscaleRecognizer, [f"Codice fiscale: {CF}", f"il mio CF {CF}", CF],
     [f"Codice fiscale: {CF[:15]}{'A' if CF[15] != 'A' else 'B'}", "CODICEFISCALE123"]),
    (NlBsnRecognizer, [f"BSN: {BSN}", f"burgerservicenummer {BSN[:4]}.{BSN[4:6]}.{BSN[6:]}"],
     [f"BSN: {_wrong(BSN)}", f"ordernummer {BSN}"]),
    (PeselRecognizer, [f"PESEL: {PESEL}", f"numer PESEL {PESEL}"],
     [f"PESEL: {_wrong(PESEL)}", f"NIP {PESEL}"]),
    (SePnrRecognizer, [f"Personnummer: {PNR}", f"personnr 19{PNR}"],
     [f"Personnummer: {_wrong(PNR)}", f"order {PNR}"]),
    (NpiRecognizer, [f"Referring provider NPI: {NPI}", f"npi={NPI}"],
     [f"NPI: {_wrong(NPI)}", f"invoice {NPI}"]),
    (IccidRecognizer, [f"ICCID {ICCID}", f"SIM card number: {ICCID[:4]} {ICCID[4:8]} "
                       f"{ICCID[8:12]} {ICCID[12:16]} {ICCID[16:]}"],
     [f"ICCID {_wrong(ICCID)}", f"tracking {ICCID}"]),
    (ImsiRecognizer, ["IMSI 310260275498578", "imsi=262011234567890"],
     ["IMSI 123450275498578",  # no such country and network code
      "order 310260275498578"]),
    (BsbRecognizer, ["BSB 062-000", "BSB: 033590"], ["062-000", "ext 062-000"]),
    (SortCodeRecognizer, ["Sort code: 320146", "sort code 43 33 26"],
     ["320146", "code 320146"]),
    (SwiftCodeRecognizer, [":57A:DEUTDEFF", ":52A:NWBKGB2L100"], [":20:DEUTDEFF", "DEUTDEFF"]),
    (MedicalRecordNumberRecognizer, ["Patient MRN: 00123456", "medical record number 089-432-185",
                                     "MRN88791836", "mrn=027-836-063"],
     ["order 00123456", "call 089-432-185", "MRN-ish"]),
]


@pytest.mark.parametrize("recognizer, text", [(r, t) for r, pos, _ in CASES for t in pos])
def test_found(recognizer, text):
    assert hits(recognizer(), text)


@pytest.mark.parametrize("recognizer, text", [(r, t) for r, _, neg in CASES for t in neg])
def test_not_found(recognizer, text):
    assert not hits(recognizer(), text)


def test_a_checked_eu_number_next_to_its_word_outscores_a_phone_guess():
    found = DeIdNrRecognizer().analyze(f"Steuer-ID: {IDNR}", ["DE_TAX_ID"])
    assert [r.score for r in found] == [1.0]


@pytest.mark.parametrize("text", [
    "Direct deposit: account number 12345678, routing 021000021.",
    "acct 4955019340",
    "Please wire it to account no. 123456789012",
])
def test_chinese_bank_recognizer_leaves_english_account_words_alone(text):
    assert not BankAccountRecognizer().analyze(text, ["BANK_ACCOUNT"])


def test_chinese_bank_account_keeps_its_pattern_score():
    found = BankAccountRecognizer().analyze("請匯款到帳號：012-345678-901", ["BANK_ACCOUNT"])
    assert [round(r.score, 2) for r in found] == [0.65]


def test_dea_shape_after_a_passport_word_is_left_to_the_passport():
    dea = DeaNumberRecognizer()
    assert not hits(dea, "passport no MZ3353733, issued in Tokyo")
    assert hits(dea, "Prescriber DEA number: MZ3353733")


@pytest.mark.parametrize("field, value, entity", [
    ("健保卡號", "0934 2622 4185", "TW_NHI_CARD"),
    ("mrn", "00123456", "MEDICAL_RECORD_NUMBER"),
    ("bank_routing", "021000021", "US_BANK_NUMBER"),
    ("ssn", "175.86.3663", "US_SSN"),
])
def test_labels(field, value, entity):
    assert classify(field, value) == entity


def test_labels_refuse_mixed_ssn_separators():
    assert classify("ssn", "175.86-3663") is None


@pytest.mark.parametrize("text, entity", [
    (f"Steuer-ID: {IDNR}", "DE_TAX_ID"),
    (f"Numer PESEL {PESEL}", "PL_PESEL"),
    (f"Dutch citizen service number (BSN) {BSN[:4]}.{BSN[4:6]}.{BSN[6:]}", "NL_BSN"),
    (f"Billing provider NPI {NPI}, taxonomy 207R00000X", "US_NPI"),
    ("Medical record number 089-432-185 - discharge summary attached.",
     "MEDICAL_RECORD_NUMBER"),
    ("健保卡號：0934 2622 4185", "TW_NHI_CARD"),
    ("UK bank details\nSort code: 320146\nAccount number: 49467952", "BANK_ACCOUNT"),
])
def test_guard_types_the_value(guard, text, entity):
    types = {f.type for f in guard.protect(text).findings}
    assert entity in types


@pytest.mark.parametrize("text", [
    f"Quote Q-{IDNR} valid for 30 days.",
    "Flight LH6823 departs gate B23 at 14:52.",
    "Release v3.12.4 (build 48213) fixes the login bug.",
    "Container MSCU4821937 arrived at the port.",
])
def test_guard_leaves_near_misses(guard, text):
    from sovereign_guard.policy import Action

    assert not [f for f in guard.protect(text).findings if f.action is not Action.ALLOW]


@pytest.mark.parametrize("text, value", [
    ("IBAN\nDE89 3704 0044\n0532 0130 00", "DE89 3704 0044\n0532 0130 00"),
    ("IBAN DE89 3704 0044 0532 0130 00\nBIC: DEUTDEFF", "DE89 3704 0044 0532 0130 00"),
])
def test_iban_broken_across_lines(text, value):
    from sovereign_guard.detect.structured import IbanCodeRecognizer

    assert hits(IbanCodeRecognizer(), text) == [value]


def test_lines_of_capitals_are_no_iban():
    from sovereign_guard.detect.structured import IbanCodeRecognizer

    assert not hits(IbanCodeRecognizer(), "code AB12\nCDEF\nGHIJ\nKLMN")


def test_an_ssn_before_a_licence_word_is_not_the_licence():
    from sovereign_guard.detect.identifiers import UsDriverLicenseRecognizer

    text = "Check the SSN 708-84-9818 and the driver's license 635201160 please."
    assert hits(UsDriverLicenseRecognizer(), text) == ["635201160"]
