"""E-mail addresses with Chinese characters in them (internationalised mailboxes and
domains, RFC 6531 / IDNA): `張三@例子.公司`, `客服@範例.台灣`, `zhoujing@公司.中国`.

`structured.EmailAddressRecognizer` takes ASCII and Latin, Greek or Cyrillic letters; an
address holding a CJK character is ours. The domain ends in a Chinese top-level domain of
the table below (the registry's delegated IDN TLDs, written out by us) or an ASCII one.

A Chinese mailbox is glued to the sentence before it (`请发邮件至张三@例子.公司`): it starts
after the last cue of sending or of a label (至, 到, 寄, 給, 信箱, 邮箱, ：), and without
one it keeps the last four characters before `@` (a name or a role mailbox: 客服, 招聘).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .common import CJK, CJK_RE, compiled, result, words

ENTITY = "EMAIL_ADDRESS"

# Chinese-script top-level domains in the root zone (Simplified and Traditional), longest
# first so that 中国 does not stop 中国移动's match short.
_ZH_TLDS = sorted(words(
    "中国 中國 中信 公司 网络 網絡 网店 网址 網址 商城 商店 商标 在线 台湾 台灣 香港 澳门 澳門 "
    "新加坡 移动 集团 我爱你 政务 公益 企业 手机 信息 游戏 娱乐 广东 佛山 慈善 时尚 购物 餐厅 "
    "八卦 健康 珠宝 世界 书籍 电讯盈科 嘉里 嘉里大酒店 大拿 联通 点看 點看 谷歌 微博 天主教 "
    "飞利浦 组织机构 機構 机构"
), key=len, reverse=True)
_LABEL = rf"[A-Za-z0-9{CJK}](?:[A-Za-z0-9{CJK}-]{{0,61}}[A-Za-z0-9{CJK}])?"
_TLD = rf"(?:{'|'.join(_ZH_TLDS)}|[A-Za-z]{{2,24}}(?![A-Za-z0-9-]))"
# Matched from the `@` on (a scan that starts only there); the mailbox is walked back to.
_AT_DOMAIN = compiled(rf"[@＠](?P<domain>(?:{_LABEL}\.){{1,6}}{_TLD})")
_LOCAL_CHAR = compiled(rf"[A-Za-z0-9{CJK}._%+-]")
_MAX_LOCAL = 64
# The last cue before a Chinese mailbox: a verb of sending, a preposition of destination,
# a label, a separator.
_CUE = compiled(
    r"(?:至|到|寄|給|给|發|发|為|为|是|向|信箱|邮箱|郵箱|邮件|郵件|電郵|电邮|地址|帳號|账号|"
    r"[:：,，、（(\s])")
_MAX_BARE = 4
_CUE_SCAN = 12  # characters before `@` looked at for a cue


class ChineseEmailRecognizer(EntityRecognizer):
    """EMAIL_ADDRESS holding Chinese characters; one `@` scan on other text."""

    def __init__(self, supported_language: str = "en", name: str | None = None):
        super().__init__(supported_entities=[ENTITY], supported_language=supported_language,
                         name=name or "ChineseEmailRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if "@" not in text and "＠" not in text:
            return []
        out = []
        for m in _AT_DOMAIN.finditer(text):
            local_start = m.start()
            while (local_start > 0 and m.start() - local_start < _MAX_LOCAL
                   and _LOCAL_CHAR.match(text, local_start - 1)):
                local_start -= 1
            if local_start == m.start() or not CJK_RE.search(text, local_start, m.end()):
                continue
            start = _mailbox_start(text, local_start, m.start())
            if start is None or not CJK_RE.search(text, start, m.end()):
                continue  # ASCII and Latin addresses are `structured.EmailAddressRecognizer`'s
            out.append(result(self, ENTITY, start, m.end(), 0.85, name="zh-email"))
        return out


def _mailbox_start(text: str, start: int, end: int) -> int | None:
    """Where the mailbox starts in the run of characters before `@`: an ASCII mailbox at
    its first character, a Chinese one after the last cue (or its last four characters)."""
    local = text[start:end]
    if local.isascii():
        return start
    scan_from = max(start, end - _CUE_SCAN)
    cue_end = None
    for c in _CUE.finditer(text, scan_from, end):
        cue_end = c.end()
    if cue_end is not None:
        start = cue_end
    elif end - start > _MAX_BARE:
        start = end - _MAX_BARE
    return start if start < end else None
