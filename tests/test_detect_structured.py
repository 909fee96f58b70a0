"""CJK-safe e-mail, URL, IP, card and IBAN recognizers: hits, near-misses, CJK glue."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.structured import (
    EmailAddressRecognizer,
    IbanCodeRecognizer,
    IpAddressRecognizer,
    PaymentCardRecognizer,
    WebUrlRecognizer,
    card_iin_ok,
)


def hits(recognizer, text: str, threshold: float = 0.5) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, recognizer.supported_entities)
            if r.score >= threshold]


EMAIL = EmailAddressRecognizer()


@pytest.mark.parametrize("text, value", [
    ("請寄信到john.smith@acme.com謝謝", "john.smith@acme.com"),
    ("他的電子郵件是wang.xm@example.com.tw，電話", "wang.xm@example.com.tw"),
    ("mail：ｊane@x.io。", None),  # full-width local part is not an address
    ("write to jane.doe+tag@example.org.", "jane.doe+tag@example.org"),
    ("<o'brien@mail.example.co.uk>", "o'brien@mail.example.co.uk"),
    # Accented Latin, Greek and Cyrillic letters (RFC 6531): the whole address, not its tail.
    ("contact josé.núñez@correo.es today", "josé.núñez@correo.es"),
    ("Grüße an info@müller.de", "info@müller.de"),
    ("пишите ivan.petrov@почта.рф", "ivan.petrov@почта.рф"),
    ("Ελένη: ελένη@example.gr", "ελένη@example.gr"),
    ("聯絡josé@correo.es謝謝", "josé@correo.es"),
])
def test_email_hits_including_cjk_glue(text, value):
    assert hits(EMAIL, text) == ([value] if value else [])


@pytest.mark.parametrize("text", [
    "git@github.com:org/repo.git",  # an SSH remote
    "logo@2x.png and icon@3x.png",  # no public suffix, no context
    "postgres://user:secret@db.example.com/app",  # a credential, owned by the secrets rules
    "@decorator.method(x)",
    "user@localhost",
    "Größe@2x.png",  # accented letters do not make a file name an address
])
def test_email_near_misses(text):
    assert hits(EMAIL, text) == []


@pytest.mark.parametrize("text, value", [
    ("https://crm.example.org/c/jane.doe@example.org", "jane.doe@example.org"),
    ("https://cdn.example.org/p.png?owner=jane.doe@example.org&x=1", "jane.doe@example.org"),
])
def test_email_in_a_url_path_or_query(text, value):
    assert hits(EMAIL, text) == [value]


def test_email_internal_domain_needs_context():
    assert hits(EMAIL, "ping alice@build.corp") == []
    assert hits(EMAIL, "e-mail: alice@build.corp") == ["alice@build.corp"]


URL = WebUrlRecognizer()


def test_url_never_inside_an_email_address():
    assert hits(URL, "jane.doe@example.org and robert.miles@contoso.com") == []


@pytest.mark.parametrize("text, value", [
    ("see https://example.com/a?b=1.", "https://example.com/a?b=1"),
    ("官網https://例.tw不對，是https://acme.com.tw/zh。", "https://acme.com.tw/zh"),
    ("visit www.acme.io/docs today", "www.acme.io/docs"),
    ("docs at acme.com.tw", "acme.com.tw"),
])
def test_url_hits(text, value):
    assert value in hits(URL, text)


@pytest.mark.parametrize("text", ["run setup.py and main.rs", "os.path.join(a, b)", "v1.2.3"])
def test_url_near_misses(text):
    assert hits(URL, text) == []


IP = IpAddressRecognizer()


@pytest.mark.parametrize("text, value", [
    ("伺服器IP是192.168.1.10，請檢查", "192.168.1.10"),
    ("from 2001:db8::8a2e:370:7334 port 22", "2001:db8::8a2e:370:7334"),
    ("subnet 10.0.0.0/24", "10.0.0.0/24"),
    # Loopback, unspecified, mapped and embedded forms, CIDR: still someone's network.
    ("localhost is 127.0.0.1 here", "127.0.0.1"),
    ("connecting from ::1", "::1"),
    ("src=:: dst", "::"),
    ("mapped ::ffff:10.0.0.1 now", "::ffff:10.0.0.1"),
    ("tunnel to 2001:db8::10.0.0.1", "2001:db8::10.0.0.1"),
    ("prefix fe80::/10", "fe80::/10"),
    ("route 10.0.0.0/123 ignored", "10.0.0.0"),
])
def test_ip_hits(text, value):
    assert hits(IP, text) == [value]


@pytest.mark.parametrize("text", [
    "version 1.2.3.4", "v2.0.0.1", "1.2.3.4.5", "::ffff:256.0.0.1", "2001::db8::1",
    "mask 255.255.255.0", "12:30:45", "00:1A:2B:3C:4D:5E", "std::vector", "dead::beef",
    "xs[::2]", "rev = a[::-1]", "MyClass::toString", "text2001:db8::1",
])
def test_ip_near_misses(text):
    assert hits(IP, text) == []


CARD = PaymentCardRecognizer()


@pytest.mark.parametrize("number", [
    "4111111111111111", "4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005",
    "3782 822463 10005", "2223003122003222",  # Mastercard 2-series
    "6200000000000005", "6221260000000000", "3530111333300000", "30569309025904",
    "6759649826438453", "501888995799", "2200152914177764",  # Mir
])
def test_card_issuer_ranges(number):
    assert hits(CARD, f"card {number} ok") == [number]


def test_card_glued_to_cjk_and_fullwidth_punctuation():
    assert hits(CARD, "信用卡4111111111111111。已扣款") == ["4111111111111111"]
    assert hits(CARD, "卡號：４１１１１１１１１１１１１１１１，謝謝") == ["４１１１１１１１１１１１１１１１"]


def test_card_followed_by_cvv_still_found():
    assert hits(CARD, "4111 1111 1111 1111 123") == ["4111 1111 1111 1111"]


@pytest.mark.parametrize("text", [
    "4111111111111112",  # bad Luhn
    "1234567890123452",  # Luhn-valid, no issuer
    "4111 1111-1111 1111",  # mixed separators
    "0000000000000000",
    "ts=1700000000000 id=17000000000000000",
    "sha 4111111111111111111111",  # longer run of digits
])
def test_card_near_misses(text):
    assert hits(CARD, text) == []


def test_iin_lengths():
    assert card_iin_ok("4" * 16) and not card_iin_ok("4" * 15)
    assert card_iin_ok("34" + "0" * 13) and not card_iin_ok("34" + "0" * 14)


IBAN = IbanCodeRecognizer()


@pytest.mark.parametrize("text, value", [
    ("IBAN DE89370400440532013000 please", "DE89370400440532013000"),
    ("匯款到GB82 WEST 1234 5698 7654 32，謝謝", "GB82 WEST 1234 5698 7654 32"),
    ("FR14 2004 1010 0505 0001 3M02 606 THEN", "FR14 2004 1010 0505 0001 3M02 606"),
])
def test_iban_hits(text, value):
    assert hits(IBAN, text) == [value]


@pytest.mark.parametrize("text", ["DE89370400440532013001", "AB12 3456 7890 1234", "ISO8601 format"])
def test_iban_near_misses(text):
    assert hits(IBAN, text) == []


@pytest.mark.parametrize("text", ["from 2020-2021 we grew", "years 2020\u20132021 were hard",
                                  "在2020-2021年間", "in 1999 / 2000"])
def test_year_ranges_are_not_phone_numbers(guard, text):
    assert not [f for f in guard.protect(text).findings if f.type == "PHONE_NUMBER"]


@pytest.mark.parametrize("text, number", [
    ("call 202\u2013512\u20131991 today", "202\u2013512\u20131991"),
    ("or (866) 512\u20131800 toll free", "(866) 512\u20131800"),
])
def test_phone_numbers_with_typographic_dashes(guard, text, number):
    found = [text[f.start:f.end] for f in guard.protect(text).findings if f.type == "PHONE_NUMBER"]
    assert found == [number]
