"""IDs, set e: national numbers of Brazil, Mexico, Singapore, Korea, Japan and South Africa
(world_ids.py), field keys as context words, UK bank details written as a pair, BICs after a
wire, dotted card groups, IMEIs printed TAC-serial-check, numbers read out with ellipses or
`dash`; and the near-misses each rule must leave alone (the same shapes with a failed check,
without their word, counts of things, numbers after another identifier's word). Values are
our own, their check digits computed by python-stdnum."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.spoken import spoken_digits
from sovereign_guard.detect.world_ids import key_forms, nric_ok, rrn_date_ok
from sovereign_guard.policy import Action


def masked(guard, text: str) -> list[tuple[str, str]]:
    found = guard.protect(text).findings
    return [(f.type, text[f.start:f.end]) for f in found if f.action is not Action.ALLOW]


FOUND = [
    # (text, the value, its type)
    ("Cliente informou o CPF 277.989.754-62 no cadastro.", "277.989.754-62", "BR_CPF"),
    ("Seu número 277.989.754-62 foi aceito.", "277.989.754-62", "BR_CPF"),  # dotted: alone
    ("cpf: 654 614 371 25", "654 614 371 25", "BR_CPF"),
    ("Fornecedor 51.617.097/0001-17 (MEI)", "51.617.097/0001-17", "BR_CNPJ"),
    ("CNPJ 20330951000136", "20330951000136", "BR_CNPJ"),
    ("La clave JELK690402HNLBVW06 aparece en el acta.", "JELK690402HNLBVW06", "MX_CURP"),
    ("RFC: HOTM761125UO7", "HOTM761125UO7", "MX_RFC"),
    ('{"rfc": "QAZG800813IK7"}', "QAZG800813IK7", "MX_RFC"),
    ("Tenant S7978204A moved in on Monday.", "S7978204A", "SG_NRIC_FIN"),
    ("FIN: G7201146K", "G7201146K", "SG_NRIC_FIN"),
    ("visa form lists 540720-2896068", "540720-2896068", "KR_RRN"),
    ("マイナンバー: 2741-0225-5200", "2741-0225-5200", "JP_MY_NUMBER"),
    ("staff,my_number\nA-17,135333122017", "135333122017", "JP_MY_NUMBER"),
    ("ID number: 7107038288086", "7107038288086", "ZA_ID"),
    ('{"tax_file_number": "123 456 782"}', "123 456 782", "AU_TFN"),
    ('{"steuer_id": "71 358 952 543"}', "71 358 952 543", "DE_TAX_ID"),
    ("Swedish personal number 811218-9876", "811218-9876", "SE_PERSONNUMMER"),
    ("Please pay into 40-47-84 / 70872490 by Friday.", "40-47-84", "BANK_ACCOUNT"),
    ("Please pay into 40-47-84 / 70872490 by Friday.", "70872490", "BANK_ACCOUNT"),
    ("acct 31926819 sort 20 00 00", "20 00 00", "BANK_ACCOUNT"),
    ("Wire via DEUTDEFF500, ref 'rent'.", "DEUTDEFF500", "SWIFT_CODE"),
    ("card: 4111.1111.1111.1111", "4111.1111.1111.1111", "CREDIT_CARD"),
    ("IMEI 35209900 176148 1 reported stolen", "35209900 176148 1", "IMEI"),
    ("device,imei\nPixel 7,352099001761481", "352099001761481", "IMEI"),
    ("*#06# shows 352099001761481", "352099001761481", "IMEI"),
    ("id,cpf\n88213,277.989.754-62", "277.989.754-62", "BR_CPF"),
    ("Berlin office (+49) (0)30 1234 5678", "(+49) (0)30 1234 5678", "PHONE_NUMBER"),
]


@pytest.mark.parametrize("text, value, entity", FOUND)
def test_found(guard, text, value, entity):
    assert (entity, value) in masked(guard, text)


def test_a_compact_rrn_that_is_also_a_luhn_number_is_masked(guard):
    # 13 digits from 6 that pass Luhn are a card number too; which type wins the tie is
    # the overlap rule's (core.SPECIFICITY), what matters here is that none of it leaks.
    assert [v for _, v in masked(guard, "주민등록번호 6901082150718")] == ["6901082150718"]


def test_spoken_with_ellipses_and_dash_is_one_number(guard):
    text = "sure, it's five one two... three four... eight eight one nine, got it?"
    assert masked(guard, text) == [("PHONE_NUMBER", "five one two... three four... eight eight one nine")]
    assert spoken_digits("two four five dash five seven eight") == "245578"


NOT_MASKED = [
    "CPF 277.989.754-63 inválido, verifique.",  # check digits fail: no CPF, and no phone
    "Release JELK690402HNLBVW07 is the build tag.",  # CURP shape, check digit wrong
    "Part S7978204B is out of stock.",  # NRIC shape, wrong check letter
    "batch 540720-2896069 expired",  # RRN layout, check digit wrong, no word
    "ID number: 7107038288087",  # ZA ID with a failed Luhn
    "Aadhaar: 4705-4761-4435 is invalid",  # fails Verhoeff: no Aadhaar, and no phone
    "Room 123, meeting ID 281 3546 2032",
    "counter: 834-007-6708 (requests since boot)",
    "The model has 73 582 980 123 parameters.",
    "Results sorted 12-05-24 by date.",  # `sorted`, not `sort`
    "Version 4.12.3.1 released.",
    "ratio (+12) 3 4 5 in the table",

]


@pytest.mark.parametrize("text", NOT_MASKED)
def test_not_masked(guard, text):
    assert masked(guard, text) == []


def test_a_plain_cpf_layout_needs_its_word(guard):
    types = {t for t, _ in masked(guard, "Ratio 654 614 371 25 in the table.")}
    assert "BR_CPF" not in types


def test_a_count_after_a_phone_word_stays_a_phone(guard):
    assert ("PHONE_NUMBER", "020 7946 0958") in masked(guard, "Call 020 7946 0958 users say")


def test_key_forms_spell_a_phrase_as_field_keys():
    assert key_forms(("tax file", "tfn")) == ("tax file", "tax_file", "tax-file", "taxfile", "tfn")


def test_nric_check_letter_and_rrn_century():
    assert nric_ok("S1234567D") and not nric_ok("S1234567E")
    assert rrn_date_ok("900101-1234567") and not rrn_date_ok("901301-1234567")
    assert not rrn_date_ok("900101-3234567")  # a 2000s sex digit: born 2090


def test_a_national_number_that_also_passes_luhn_keeps_its_own_type(guard):
    """A Korean RRN or a South African ID is 13 digits that may pass Luhn too: the rarer
    check (SPECIFICITY) names it, and the dashed and compact forms share one placeholder."""
    rrn = "6904211785743"  # valid RRN check digit and valid Luhn
    assert masked(guard, f"주민등록번호 {rrn}") == [("KR_RRN", rrn)]
    p = guard.protect(f"RRN {rrn[:6]}-{rrn[6:]}; again: 주민등록번호 {rrn}")
    assert len(set(p.mapping)) == 1
    assert masked(guard, "ID number: 7107038288086") == [("ZA_ID", "7107038288086")]
