"""CJK-safe structured identifiers: e-mail, URL, IP, credit card, IBAN.

They replace Presidio's \\b-anchored recognizers of the same entities (see `common.LB`), so
`請寄信到john.smith@acme.com謝謝` and `信用卡4111111111111111。` are found, and they close two
of Presidio's precision gaps on the way: URLs inside e-mail addresses, and cards only in
the IIN ranges Presidio's pattern happens to cover.
"""

from __future__ import annotations

import ipaddress

import tldextract
from presidio_analyzer import RecognizerResult
from stdnum import iban as stdnum_iban

from .common import (
    ALNUM,
    CJK,
    DIGIT,
    LB,
    NUM_LB,
    NUM_RB,
    RB,
    SovereignPatternRecognizer,
    compiled,
    digits_of,
    fold,
    luhn_ok,
    result,
)

# The public-suffix snapshot bundled with tldextract: never a download.
OFFLINE_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_TLD = r"(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{1,59}|[\u0370-\u03ff\u0400-\u04ff]{2,24})"
# Addresses may be written in Latin, Greek and Cyrillic letters beyond ASCII (RFC 6531:
# `josé.núñez@correo.es`, `info@müller.de`); without them the match began after the last
# accented letter and the rest of the local part went out. CJK stays out of the characters:
# it is the text an address is glued to (`請寄信到john@acme.com`), not part of the address.
_INTL = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff"
_MAIL_LABEL = rf"[A-Za-z0-9{_INTL}](?:[A-Za-z0-9{_INTL}-]{{0,61}}[A-Za-z0-9{_INTL}])?"
_DOMAIN = rf"(?:{_MAIL_LABEL}\.){{1,8}}{_TLD}"
_LOCAL = rf"[A-Za-z0-9{_INTL}_%+'-](?:[A-Za-z0-9{_INTL}._%+'-]{{0,62}}[A-Za-z0-9{_INTL}_%+'-])?"


class EmailAddressRecognizer(SovereignPatternRecognizer):
    """E-mail addresses, ASCII or with accented Latin, Greek or Cyrillic letters, glued to
    CJK text or not."""

    NAME = "EmailRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        (
            "email",
            rf"(?<![{ALNUM}{_INTL}._%+'-]){_LOCAL}@{_DOMAIN}(?![A-Za-z0-9{_INTL}-]|\.[A-Za-z0-9])",
            0.45,
        ),
    )
    CONTEXT = ("email", "e-mail", "mail", "contact", "郵件", "邮件", "信箱", "邮箱", "電郵")
    TRIGGER = compiled("@")

    def validate_result(self, pattern_text: str) -> bool | None:
        # A public suffix makes it certain; an internal domain (corp.local) stays possible
        # and needs a context word, as does `logo@2x.png`.
        domain = pattern_text.rsplit("@", 1)[1]
        return True if OFFLINE_TLD(domain).suffix else None

    def accept(self, text: str, result: RecognizerResult) -> bool:
        # `git@github.com:org/repo.git` is an SSH remote, not a mailbox; in
        # `scheme://user:pass@host` the part before the host is a credential (see secrets).
        if text[result.end : result.end + 1] == ":" and text.startswith("git@", result.start):
            return False
        token_start = max(text.rfind(" ", 0, result.start), text.rfind("\n", 0, result.start))
        before = text[token_start + 1 : result.start]
        if "://" not in before:
            return True
        # In a URL's path or query (`/c/jane@acme.com`, `?owner=jane@acme.com`) it is one.
        return any(c in before.split("://", 1)[1] for c in "/?=&#")


# Bare domains count only with TLDs that are not also file extensions (.py, .sh, .md, .rs,
# .pl, .zip, .in): `setup.py` is code, `acme.com` is a site.
_BARE_TLDS = (
    "com|net|org|edu|gov|mil|int|io|ai|dev|app|co|info|biz|cloud|tech|tw|cn|hk|jp|kr|sg|uk|"
    "de|fr|nl|eu|ch|au|ca|us|es|it|se|no|dk|fi|pl|be|at|ie|nz|br|mx"
)
_URL_STOP = rf"\s<>\"'`{{}}|\\^{CJK}\u3000-\u303f\uff01-\uff5e"
_URL_TAIL = rf"[^{_URL_STOP}]{{0,2047}}[^{_URL_STOP}.,;:!?)\]]"


class WebUrlRecognizer(SovereignPatternRecognizer):
    """URLs with a scheme or `www.`, and bare domains, never inside an e-mail address."""

    NAME = "UrlRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "URL"
    PATTERNS = (
        ("url", rf"(?i)(?<![A-Za-z0-9])(?:https?|ftps?|wss?)://{_URL_TAIL}", 0.6),
        ("www", rf"(?i)(?<![A-Za-z0-9.@/-])www\d{{0,3}}\.{_URL_TAIL}", 0.6),
        (
            "domain",
            rf"(?<![A-Za-z0-9@._%+/:-])(?:{_LABEL}\.){{1,6}}(?:{_BARE_TLDS})"
            rf"(?:/{_URL_TAIL})?(?![A-Za-z0-9@_-]|\.[A-Za-z0-9])",
            0.5,
        ),
    )
    CONTEXT = ("url", "website", "link", "site", "網址", "网址", "網站", "网站", "連結", "链接")
    TRIGGER = compiled(r"\.")


_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_H16 = "[0-9A-Fa-f]{1,4}"
_IPV6 = (
    rf"(?:(?:{_H16}:){{7}}{_H16}|(?:{_H16}:){{1,7}}:|(?:{_H16}:){{1,6}}:{_H16}"
    rf"|(?:{_H16}:){{1,5}}(?::{_H16}){{1,2}}|(?:{_H16}:){{1,4}}(?::{_H16}){{1,3}}"
    rf"|(?:{_H16}:){{1,3}}(?::{_H16}){{1,4}}|(?:{_H16}:){{1,2}}(?::{_H16}){{1,5}}"
    rf"|{_H16}:(?::{_H16}){{1,6}}|:(?::{_H16}){{1,7}})"
)
# `version 1.2.3.4`, and a package pin (`foo==1.2.3.4`, `>=`, `~=`, `~>`, `^`); whole words
# (`server 10.0.0.1`, `dev 10.0.0.1` end in `ver`, `v`: they are hosts).
_VERSION_BEFORE = compiled(
    r"(?i)(?<![a-z])(?:version|ver\.?|release|build|v)\s*[:=]?\s*$|(?:[=<>~!]=|~>|\^)\s*$"
)


_V4 = rf"(?:{_OCTET}\.){{3}}{_OCTET}"
# An address, then a prefix length or nothing that continues a number (`10.0.0.0/123` is
# still the address `10.0.0.0`).
_IP_RB = rf"(?![{ALNUM}_]|[.,\-]{DIGIT})"


class IpAddressRecognizer(SovereignPatternRecognizer):
    """IPv4 and IPv6 addresses, IPv4-mapped and -embedded IPv6 (`::ffff:10.0.0.1`), CIDR
    prefixes, loopback and unspecified addresses (`127.0.0.1`, `::1`, `::`: still the
    network layout of whoever wrote them). Netmasks and versions are not addresses."""

    NAME = "IpRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "IP_ADDRESS"
    PATTERNS = (
        ("ipv4", rf"{NUM_LB}{_V4}(?:/(?:3[0-2]|[12]?\d)(?!\d))?{_IP_RB}", 0.6),
        # A private address with one stray group after it (`192.168.1.1.1`, a typo or a
        # port written with a dot): still that address. Only private ones: `1.3.6.1.4` is
        # an OID, `4.15.2.1.3` a version.
        ("ipv4-private-extra", rf"{NUM_LB}{_V4}(?=\.\d{{1,3}}(?![{ALNUM}_]|[.,\-]{DIGIT}))", 0.6),
        (
            "ipv6-v4",
            rf"(?<![{ALNUM}_:])(?=[0-9A-Fa-f]{{0,4}}:)[0-9A-Fa-f:]{{1,36}}:{_V4}"
            rf"(?:/(?:12[0-8]|1[01]\d|[1-9]?\d)(?!\d))?{_IP_RB}",
            0.6,
        ),
        (
            "ipv6",
            rf"(?<![{ALNUM}_:]){_IPV6}(?:%[0-9A-Za-z]{{1,15}})?(?:/(?:12[0-8]|1[01]\d|[1-9]?\d))?"
            rf"(?![{ALNUM}_:]|\.\d)",
            0.6,
        ),
        # The unspecified address on its own: `src=:: dst=::1`, `::/0`.
        ("ipv6-unspecified", r"(?<![^\s=\[(])::(?:/(?:12[0-8]|1[01]\d|[1-9]?\d))?(?=$|[\s\]),;])",
         0.6),
    )
    CONTEXT = ("ip", "ipv4", "ipv6", "address", "host", "server", "位址", "地址", "伺服器",
               "服务器")
    TRIGGER = compiled(r"\d\.\d|::|:[0-9A-Fa-f]*:")

    def validate_result(self, pattern_text: str) -> bool | None:
        try:
            ipaddress.ip_interface(pattern_text)
        except ValueError:
            return False
        # `dead::beef`-like words are hex, not addresses: an address (but `::`) has a digit.
        head = pattern_text.split("/")[0]
        if ":" in head and head.strip(":") and not any(c.isdigit() for c in head):
            return False
        return None

    def accept(self, text: str, result: RecognizerResult) -> bool:
        before = text[max(0, result.start - 12) : result.start]
        if _VERSION_BEFORE.search(before):
            return False
        value = text[result.start : result.end]
        if _STRAY_GROUP.match(text, result.end) and not _private_v4(value):
            return False  # `1.3.6.1.4`: more groups than an address has
        if value.startswith("255.") and _MASK_BEFORE.search(before):
            return False  # `netmask 255.255.255.0`
        # `x[::2]`, `a[::-1]`: a slice, not an address.
        return not (value.startswith("::") and result.start >= 2 and text[result.start - 1] == "["
                    and (text[result.start - 2].isalnum() or text[result.start - 2] in "_)]"))


_MASK_BEFORE = compiled(r"(?i)mask[\s:=]*$")
_STRAY_GROUP = compiled(r"\.\d")


def _private_v4(value: str) -> bool:
    try:
        address = ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return address.is_private and not address.is_unspecified


def card_iin_ok(number: str) -> bool:
    """Issuer ranges and lengths of the payment card schemes (ISO/IEC 7812 registrations)."""
    n = len(number)
    p2, p4 = int(number[:2]), int(number[:4])
    first = number[0]
    if first == "4":  # Visa
        return n in (13, 16, 19)
    if 2221 <= p4 <= 2720:  # Mastercard 2-series
        return n == 16
    if 2200 <= p4 <= 2204:  # Mir
        return 16 <= n <= 19
    if p2 in (34, 37):  # American Express
        return n == 15
    if p2 in (30, 36, 38, 39):  # Diners Club
        return 14 <= n <= 19
    if p2 == 35:  # JCB
        return 16 <= n <= 19
    if 51 <= p2 <= 55:  # Mastercard
        return n == 16
    if first in "56":  # Maestro, Discover, UnionPay, RuPay, Verve, Elo...
        return 12 <= n <= 19
    if p2 in (81, 82):  # UnionPay, RuPay
        return 16 <= n <= 19
    if p4 == 9792:  # Troy
        return n == 16
    if first == "1":  # UATP
        return n == 15
    if number.startswith("0604"):  # Maestro (UK, ex-Switch)
        return 12 <= n <= 19
    return False


class PaymentCardRecognizer(SovereignPatternRecognizer):
    """12-19-digit Luhn-valid card numbers in every issuer range, compact or grouped."""

    NAME = "CreditCardRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "CREDIT_CARD"
    PATTERNS = (
        (
            "card",
            # One separator throughout, so `4012-8888-8888-1881 4012 8888 8888 1881` is two
            # cards, not one too long; two spaces as a card's print spaces its groups.
            rf"{NUM_LB}(?:{DIGIT}{{4}}(?P<a>[ -]){DIGIT}{{6}}(?P=a){DIGIT}{{4,5}}"
            # Dots too (`4111.1111.1111.1111`), as some forms and European receipts print it.
            rf"|{DIGIT}{{4}}(?P<g>  |[ .-]?){DIGIT}{{4}}(?P=g){DIGIT}{{4}}"
            rf"(?:(?P=g){DIGIT}{{1,4}}){{0,2}}"
            rf"|{DIGIT}{{12}}){NUM_RB}",
            0.6,
        ),
    )
    CONTEXT = (
        "credit", "card", "visa", "mastercard", "amex", "discover", "jcb", "diners", "maestro",
        "unionpay", "payment", "信用卡", "卡號", "卡号", "銀行卡", "银行卡", "刷卡",
    )
    TRIGGER = compiled(rf"{DIGIT}{{4}}")

    def find(self, text, entities, nlp_artifacts):
        return self.find_shrinking(text)

    def validate_result(self, pattern_text: str) -> bool:
        return card_number_ok(pattern_text)

    def accept(self, text: str, result: RecognizerResult) -> bool:
        # After a country code and check digits (`RS35 2600 0560 1001 6113 70`) the digits
        # are an IBAN's, one whose checksum failed, not a card that passed Luhn by chance.
        return _IBAN_HEAD_BEFORE.search(text, max(0, result.start - 8), result.start) is None


def card_number_ok(text: str) -> bool:
    """A payment card number as the card recognizer accepts it (separators included)."""
    seps = {c for c in text if not c.isdigit()}
    if len(seps) > 1:  # `4111 1111-1111 1111` is not how anyone writes a card
        return False
    number = digits_of(text)
    if not 12 <= len(number) <= 19 or len(set(number)) == 1:
        return False
    return card_iin_ok(number) and luhn_ok(number)


_IBAN_HEAD_BEFORE = compiled(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}[ -]?$")


class IbanCodeRecognizer(SovereignPatternRecognizer):
    """IBANs, compact or in groups of four, validated by country length and ISO 7064 mod 97."""

    NAME = "IbanRecognizer"  # Presidio's name: `disabled_recognizers` keeps working
    ENTITY = "IBAN_CODE"
    PATTERNS = (
        # Groups of four may break across a line (a form's narrow column, a pasted PDF).
        ("iban", rf"{LB}[A-Z]{{2}}\d{{2}}(?:[ \n]?[A-Z0-9]{{4}}){{2,7}}"
                 rf"(?:[ \n]?[A-Z0-9]{{1,3}})?{RB}", 0.5),
        ("iban-dashed", rf"{LB}[A-Z]{{2}}\d{{2}}(?:-[A-Z0-9]{{4}}){{2,7}}(?:-[A-Z0-9]{{1,3}})?{RB}",
         0.5),
    )
    CONTEXT = ("iban", "bank", "account", "transfer", "帳戶", "账户", "匯款", "汇款")
    TRIGGER = compiled(r"[A-Z]{2}\d{2}")

    def find(self, text, entities, nlp_artifacts):
        found = self.find_shrinking(text)
        if "\n" not in text:
            return found
        # `find_shrinking` retries at spaces and dashes; a match that ran over a line break
        # into the next line's word (`...0130 00\nBIC: ...`) is retried at the break too.
        for pattern in self.patterns:
            for match in pattern.compiled_regex.finditer(text):
                start, end = match.span()
                while "\n" in text[start:end] and not any(r.start == start for r in found):
                    end = text.rfind("\n", start, end)
                    if self.validate_result(text[start:end]):
                        found.append(result(self, self.ENTITY, start, end, 1.0))
        return found

    def validate_result(self, pattern_text: str) -> bool:
        # Country length and ISO 7064 mod 97; not the national account checksums stdnum also
        # tries, which reject specimen IBANs banks print (`BE68 5390 0754 7034`).
        compact = fold(pattern_text).replace(" ", "").replace("-", "").replace("\n", "")
        return stdnum_iban.is_valid(compact, check_country=False)

