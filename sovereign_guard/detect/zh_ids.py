"""Numbers that are identifiers only by what is written next to them, as Chinese (and
English) prompts write them: bank accounts (帳號/账号), passports (護照/护照), Taiwan NHI
cards (健保卡號).

None has a checksum or a format of its own that sets it apart from other numbers, so every
one needs its context word within reach (`near`: 48 characters before, 20 after) and a
cheap keyword trigger keeps texts without one at a single scan.
"""

from __future__ import annotations

from .common import DIGIT, LB, NUM_LB, NUM_RB, RB, SovereignPatternRecognizer, compiled, fold


class BankAccountRecognizer(SovereignPatternRecognizer):
    """Bank account numbers: 8 to 20 digits, optionally grouped, optionally after a
    parenthesised bank code (`(822) 1234-5678-9012`)."""

    ENTITY = "BANK_ACCOUNT"
    PATTERNS = (
        ("bank-account",
         rf"{NUM_LB}(?:\({DIGIT}{{3}}\)[ -]?|{DIGIT}{{3}}[ -])?{DIGIT}{{2,8}}"
         rf"(?:[ -]?{DIGIT}{{2,8}}){{0,4}}{NUM_RB}", 0.3),
    )
    CONTEXT = ("帳號", "账号", "帐号", "帳戶", "账户", "帐户", "戶頭", "户头", "匯款", "汇款",
               "轉帳", "转账", "轉入", "转入", "存摺", "存折", "戶名", "户名", "開戶", "开户",
               "收款帳", "收款账", "bank account", "account no", "account number", "acct")
    TRIGGER = compiled(r"(?i)帳號|账号|帐号|帳戶|账户|帐户|戶頭|户头|匯款|汇款|轉帳|转账|轉入|转入|"
                       r"存摺|存折|開戶|开户|account|acct")
    REQUIRE_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool:
        digits = sum(c.isdigit() for c in fold(pattern_text))
        return 8 <= digits <= 20


class PassportRecognizer(SovereignPatternRecognizer):
    """Passport numbers next to 護照/护照/passport: Taiwan's nine digits, the PRC's E/G
    letter forms, and the common one-or-two-letters-then-digits forms."""

    ENTITY = "PASSPORT"
    PATTERNS = (
        ("passport-digits", rf"{NUM_LB}{DIGIT}{{9}}{NUM_RB}", 0.4),
        ("passport-alnum", rf"{LB}[A-Z]{{1,2}}{DIGIT}{{6,8}}{RB}", 0.45),
    )
    CONTEXT = ("護照", "护照", "passport", "旅行證件", "旅行证件")
    TRIGGER = compiled(r"(?i)護照|护照|passport|旅行證件|旅行证件")
    REQUIRE_CONTEXT = True


class TwNhiCardRecognizer(SovereignPatternRecognizer):
    """Taiwan National Health Insurance card numbers: twelve digits next to 健保卡."""

    ENTITY = "TW_NHI_CARD"
    PATTERNS = (
        ("tw-nhi", rf"{NUM_LB}{DIGIT}{{4}}[ -]?{DIGIT}{{4}}[ -]?{DIGIT}{{4}}{NUM_RB}", 0.4),
    )
    CONTEXT = ("健保卡", "健保", "nhi card", "health insurance card")
    TRIGGER = compiled(r"(?i)健保|nhi|health insurance")
    REQUIRE_CONTEXT = True


def zh_id_recognizers(language: str) -> list[SovereignPatternRecognizer]:
    return [BankAccountRecognizer(language), PassportRecognizer(language),
            TwNhiCardRecognizer(language)]
