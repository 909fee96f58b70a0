"""Numbers that are identifiers only by what is written next to them, as Chinese prompts
write them: bank accounts (帳號/账号), passports (護照/护照), Taiwan NHI cards (健保卡號).

Chinese context words only (but `NHI card`, Taiwan's own English name): an English `account
number` is the US or international recognizers' (us_ids, intl_ids), which weigh the words
before it (a sort code, a cloud account) and score it like every other context match.

None has a checksum or a format of its own that sets it apart from other numbers, so every
one needs its context word within reach (`near`: 48 characters before, 20 after) and a
cheap keyword trigger keeps texts without one at a single scan.
"""

from __future__ import annotations

import re

from .common import DIGIT, LB, NUM_LB, NUM_RB, RB, SovereignPatternRecognizer, compiled, fold
from .zh_email import ChineseEmailRecognizer

# One gate for the three recognizers, computed once per text: the first characters of their
# Chinese context words (stdlib `re` scans a character class twice as fast as `regex`) and
# their English words. Most texts fail it; those that pass go through each one's TRIGGER.
_GATE_CJK = re.compile("[帳账帐戶户匯汇轉转存開开護护旅健銀银借記记儲储金]")
_GATE_EN = compiled(r"(?i)nhi|health")
_last: tuple[str | None, bool] = (None, False)


def _gate(text: str) -> bool:
    global _last
    seen, passed = _last
    if seen is not text:
        passed = bool(_GATE_EN.search(text) or _GATE_CJK.search(text))
        _last = (text, passed)
    return passed


class _Gated(SovereignPatternRecognizer):
    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        return super().analyze(text, entities, nlp_artifacts, regex_flags) if _gate(text) else []


class BankAccountRecognizer(_Gated):
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
               "收款帳", "收款账", "匯到", "汇到", "匯入", "汇入", "退款到",
               # A debit card's number is the account's on PRC forms (银行卡 6217…, 借记卡号):
               # 16 to 19 digits, often not Luhn-valid as typed, so no credit-card match.
               "銀行卡", "银行卡", "借記卡", "借记卡", "儲蓄卡", "储蓄卡", "金融卡")
    TRIGGER = compiled(r"帳號|账号|帐号|帳戶|账户|帐户|戶頭|户头|匯款|汇款|轉帳|转账|轉入|转入|"
                       r"存摺|存折|開戶|开户|戶名|户名|匯到|汇到|匯入|汇入|"
                       r"銀行卡|银行卡|借記卡|借记卡|儲蓄卡|储蓄卡|金融卡")
    REQUIRE_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        # None keeps the pattern score (0.3, 0.65 with the context word): True would make it
        # 1.0, above numbers that carry a checksum.
        digits = sum(c.isdigit() for c in fold(pattern_text))
        return None if 8 <= digits <= 20 else False


class PassportRecognizer(_Gated):
    """Passport numbers next to 護照/护照: Taiwan's nine digits, the PRC's E/G
    letter forms, and the common one-or-two-letters-then-digits forms."""

    ENTITY = "PASSPORT"
    # Above the form-label recognizer's US_PASSPORT (0.85 for `護照號碼：`) once the context
    # word adds its boost: a Chinese passport cue types the number PASSPORT.
    PATTERNS = (
        ("passport-digits", rf"{NUM_LB}{DIGIT}{{9}}{NUM_RB}", 0.55),
        ("passport-alnum", rf"{LB}[A-Z]{{1,2}}{DIGIT}{{6,8}}{RB}", 0.55),
    )
    # English `passport` context is the US passport recognizer's (us_ids), which types the
    # same number US_PASSPORT: one word, one type.
    CONTEXT = ("護照", "护照", "旅行證件", "旅行证件")
    TRIGGER = compiled(r"護照|护照|旅行證件|旅行证件")
    REQUIRE_CONTEXT = True


class TwNhiCardRecognizer(_Gated):
    """Taiwan National Health Insurance card numbers: twelve digits next to 健保卡."""

    ENTITY = "TW_NHI_CARD"
    PATTERNS = (
        # 1.0 with the word (required): over a phone guess at twelve grouped digits (0.95).
        ("tw-nhi", rf"{NUM_LB}{DIGIT}{{4}}[ -]?{DIGIT}{{4}}[ -]?{DIGIT}{{4}}{NUM_RB}", 0.65),
    )
    CONTEXT = ("健保卡", "健保", "nhi card", "health insurance card")
    TRIGGER = compiled(r"(?i)健保|nhi|health insurance")
    REQUIRE_CONTEXT = True


def zh_id_recognizers(language: str) -> list[SovereignPatternRecognizer]:
    return [BankAccountRecognizer(language), PassportRecognizer(language),
            TwNhiCardRecognizer(language), ChineseEmailRecognizer(language)]
