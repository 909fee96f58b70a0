"""STREET_ADDRESS: US, UK, continental-European, Latin American, Indian, Japanese, Korean,
Singapore, Hong Kong, Turkish and Czech street lines (romanised), Taiwan and mainland
addresses, each extended over the city / postcode lines that follow it and back over the
unit and building lines before it; postal blocks written as form fields.

Presidio has no street-address recognizer; spaCy's small model labels the city (allowed as
a quasi-identifier), types the house number DATE_TIME (allowed too) and leaves the street.
One street regex per style finds the anchor (the Latin-script ones in addresses_latin.py and
addresses_intl.py, chains of named parts without a house number in addresses_chain.py,
Cyrillic, Japanese and Korean script in addresses_scripts.py, form fields and JSON / YAML
keys in addresses_form.py);
a chain of postal elements, each matched right at the previous one's end, takes in the
unit, mail stop, town, state, postal code and country lines that belong to it, so the
address span covers the number and the city lines and owns their characters. Every
quantifier is bounded and every pattern starts at a digit, a capital or a keyword, so
matching stays linear.
"""

from __future__ import annotations

import bisect
import re

import ahocorasick
import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from . import addresses_chain as chain
from . import addresses_intl as intl
from . import addresses_latin as latin
from . import addresses_scripts as scripts
from . import addresses_zh as zh_units
from .addresses_form import (
    LABEL_WORDS,
    form_fields,
    inline_fields,
    json_fields,
    sql_fields,
    table_fields,
    vcard_fields,
    xml_fields,
)
from .addresses_more import chat_town
from .common import CJK, CONTEXT_BOOST, compiled, has_cjk, near, result, words_regex

ENTITY = "STREET_ADDRESS"


class WordGate:
    """Where any of a few words starts a word and a space follows it, found by one
    Aho-Corasick pass over the lower-cased text (a regex alternation tried at every word
    start costs ten times more)."""

    def __init__(self, words: tuple[str, ...], followers: str = " \t"):
        self._followers = followers
        self._automaton = ahocorasick.Automaton()
        for w in words:
            self._automaton.add_word(w.lower(), len(w))
        self._automaton.make_automaton()
        self._fallback = regex.compile(
            rf"(?<![\w])\L<words>[{regex.escape(followers)}]", regex.IGNORECASE, words=list(words),
        )

    def finditer(self, text: str) -> list[tuple[int, int]]:
        """Spans (start, end) of the words, the space after them excluded."""
        lower = _lower(text)
        if len(lower) != len(text):  # a letter whose lower case is longer shifts offsets
            return [(m.start(), m.end() - 1) for m in self._fallback.finditer(text)]
        size_of, followers, out = len(lower), self._followers, []
        for last, size in self._automaton.iter(lower):
            end = last + 1  # the follower first: most hits are inside a longer word
            if end < size_of and lower[end] in followers:
                start = end - size
                if start == 0 or not (lower[start - 1].isalnum() or lower[start - 1] == "_"):
                    out.append((start, end))
        return out


_LAST_LOWER: tuple[str, str] = ("", "")


def _lower(text: str) -> str:
    """`text.lower()`, once per text for all the gates (a one-entry cache)."""
    global _LAST_LOWER
    last = _LAST_LOWER
    if last[0] is text:
        return last[1]
    lower = text.lower()
    _LAST_LOWER = (text, lower)
    return lower


class _RegexGate:
    """A regex's spans, not searched for when the text lacks what every match holds:
    `needs` is a tuple of groups of strings, one string of each group in the text."""

    def __init__(self, pattern: regex.Pattern, *needs: tuple[str, ...],
                 starts: re.Pattern | None = None, pre: re.Pattern | None = None):
        self._pattern = pattern
        self._needs = needs
        self._starts = starts  # where every match starts, an ASCII digit its first
        # A looser `re` pattern every match of `pattern` holds: one fast scan of the text
        # before the `regex` one, which then runs only on texts with a hit.
        self._pre = pre

    def finditer(self, text: str):
        if not all(any(s in text for s in group) for group in self._needs):
            return ()
        if self._pre is not None and self._pre.search(text) is None:
            return ()
        if self._starts is not None and not _other_digits(text):
            return [m.span() for m in _at(self._pattern, text, _starts(self._starts, text))]
        return [m.span() for m in self._pattern.finditer(text)]


def _starts(starts: re.Pattern, text: str) -> list[int]:
    return [m.start() for m in starts.finditer(text)]


_LAST_OTHER: tuple[str, bool] = ("", False)


def _other_digits(text: str) -> bool:
    """Whether a digit of another script is in the text (where Python's `re`, which finds the
    candidate starts, and `regex` may not agree on `\\d`); once per text."""
    global _LAST_OTHER
    last = _LAST_OTHER
    if last[0] is text:
        return last[1]
    other = not text.isascii() and _OTHER_DIGIT.search(text) is not None
    _LAST_OTHER = (text, other)
    return other


def _at(pattern: regex.Pattern, text: str, starts, endpos: int | None = None):
    """`pattern.finditer(text, starts[0], endpos)` tried only at `starts` (ascending): the
    same matches when every match of the pattern starts at one of them, without the regex
    engine's attempt at every other character (which costs a big alternation ten times a
    cheap `re` scan)."""
    pos, endpos = 0, len(text) if endpos is None else endpos
    for start in starts:
        if start >= pos:
            m = pattern.match(text, start, endpos)
            if m is not None:
                yield m
                pos = max(m.end(), start + 1)


# Where a US / UK street line can start (a superset): at its number followed by a space and
# a capital or a digit (the street's first word), at an ordinal floor (`3rd Floor`), or at its
# unit prefix's designator followed by a number (`Apartment #12`); with no ASCII word
# character, `.` or `-` before it (a lookbehind looser than the street's own). Python's `re`
# finds these positions ten times faster than the street regex tries every character.
_STREET_STARTS = re.compile(
    rf"(?<![A-Za-z0-9_.\-])(?:(?={latin.NUM}[ \t]{{1,3}}(?:[A-Z]|\d)"
    rf"|\d{{1,2}}(?:st|nd|rd|th)[ \t]Floor)\d"
    rf"|(?={latin.UNIT_DESIGNATORS}[ \t]{{1,2}}#?\d)[A-Za-z])"
)


_US_UK_STREET = compiled(latin.US_UK_STREET)
_PO_BOX = compiled(latin.PO_BOX)
_GRID_STREET = compiled(latin.GRID_STREET)
# Where the full-text anchors can start, found by `re` (see `_STREET_STARTS`): a box's words
# (`P.O. Box`, `GPO Box`, `po box`, `Postfach`, `Locked Bag`, ...), a grid street's number.
_ANCHOR_STARTS = {
    _US_UK_STREET: _STREET_STARTS,
    _PO_BOX: re.compile(r"(?<![A-Za-z0-9_.])(?=G\.?[ \t]?P|P\.?[ \t]?O|[Pp][Oo]|Post|Locked"
                        r"|Private|Boîte|Apartado|Casella|Caixa)[A-Za-z]"),
    _GRID_STREET: re.compile(r"(?<![A-Za-z0-9_.\-])[0-9]"),
}


def _head_marks(text: str) -> list[int]:
    """Starts of `_HEAD_MARK` (`12/F`, `B-3`, `#5`), tried only where its branches can
    start: the digit before `/F`, the capital before `-`, a `#`."""
    starts = set()
    for needle, back in (("/F", 1), ("-", 1), ("#", 0)):
        at = text.find(needle)
        while at >= 0:
            if at >= back:
                starts.add(at - back)
            at = text.find(needle, at + 1)
    return [m.start() for m in _at(_HEAD_MARK, text, sorted(starts))]


# Taiwan and mainland: optional postcode, admin units, road / lane / alley, number, floor.
_ZH_NUM = zh_units.NUM
_ZH_ADMIN = (
    r"(?:台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|嘉義|苗栗|彰化|南投|雲林|屏東|宜蘭|"
    r"花蓮|台東|臺東|澎湖|金門|連江|北京|天津|上海|重庆|重慶|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|"
    r"安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|內蒙古|内蒙古|"
    r"广西|西藏|宁夏|新疆|香港|澳门|澳門)(?:省|市|縣|县|自治区|特别行政区|特別行政區)?"
)
# A postcode before the address: the PRC's six digits, Taiwan's three, 3+2 or 3+3 (10491,
# 104-91, 106-013).
_ZH_POSTCODE = r"(?:\d{3}-\d{2,3}|\d{3,6})"
_ZH_STOP = "到在於于是住寄送往去來来回搬位的與与及請请从從向為为給给址：:，,。、；（）() "
_ZH_CHAR = rf"(?:(?![{_ZH_STOP}])[{CJK}A-Za-z0-9])"
# The mandatory core: road (or lane), house number, then building, unit, floor and flat
# (addresses_zh's grammar, shared with zh_addresses), then a postcode.
_ZH_CORE = compiled(
    # 道 alone is Hong Kong's road word (告士打道, 軒尼詩道); the house number must follow, and
    # not the 道 of a word (我知道3號, 頻道5號, 車道2號, 街道 the subdistrict).
    # A section is numbered (四段) or a direction (经三路北段, 中山路南段).
    rf"(?:路|街|大道|(?<![知報报頻频味軌轨管通隧航車车賽赛跑難难坡匝步地行街一])道|巷|弄|胡同)(?:{_ZH_NUM}段|[东西南北中東]段)?(?:{_ZH_NUM}巷)?(?:{_ZH_NUM}弄)?"
    rf"(?:{_ZH_NUM}(?:號|号)(?:之{_ZH_NUM}|院)?|[A-Za-z0-9]{{1,3}}(?:座|栋|棟|幢))"
    # The building after the number, when a unit or floor follows it (…178號華懋世紀廣場20樓).
    rf"(?:[{CJK}]{{2,8}}?(?:大廈|大厦|廣場|广场|中心|大樓|大楼|花園|花园|小區|小区|商場|商场)"
    rf"(?={zh_units.SP}(?:{zh_units.NUM}|[A-Z]|B[1-9])))?"
    rf"{zh_units.UNITS_AFTER}"
    r"(?:[ \t]?\d{6}(?!\d))?"
)
# What may precede the core, ending at the road character: postcode, city / county (a known
# one preferred), districts and townships, the road's name.
_ZH_LEFT_ADMIN = compiled(
    rf"(?:{_ZH_POSTCODE}[ \t]?)?{_ZH_ADMIN}"
    rf"(?:{_ZH_CHAR}{{1,4}}?(?:市|區|区|縣|县|鄉|乡|鎮|镇|村|里|街道)){{0,3}}"
    rf"{_ZH_CHAR}{{1,6}}$"
)
_ZH_LEFT = compiled(
    rf"(?:{_ZH_POSTCODE}[ \t]?)?(?:{_ZH_CHAR}{{1,4}}?(?:市|區|区|縣|县|鄉|乡|鎮|镇)){{0,3}}"
    rf"{_ZH_CHAR}{{1,6}}$"
)
_ZH_WINDOW = 32

# (name, regex, score alone); a score of 0 means: an address only with a postal line after it.
_ANCHORS = (
    ("us-uk-street", _US_UK_STREET, 0.55),
    ("uk-flat-street", compiled(latin.UK_FLAT_STREET), 0.5),
    ("military", compiled(latin.MILITARY), 0.85),
    ("po-box", _PO_BOX, 0.6),
    ("po-box", compiled(latin.BP_BOX), 0.0),
    ("rural-route", compiled(latin.RURAL_BOX), 0.6),
    ("rural-route", compiled(latin.RURAL_ROUTE), 0.0),
    ("unit", compiled(latin.PARCEL), 0.0),
    ("mail-stop", compiled(latin.MAIL_STOP_STRONG), 0.5),
    ("unit", compiled(latin.LONE_UNIT), 0.4),  # `Suite 300`: an address with a context word
    ("rw-street", compiled(intl.RW_STREET), 0.6),
    ("po-box", compiled(latin.GENERAL_DELIVERY), 0.0),
    ("po-box", compiled(latin.BP_TOWN_COUNTRY), 0.6),
    ("grid-street", _GRID_STREET, 0.0),
)
# European streets, searched only in a window around a cheap trigger (a regex run from
# every word start over a whole text costs more than all the others together):
# (name, regex, score alone, trigger, reach before the trigger, reach after it).


_EU_TYPE_GATE = WordGate(latin.EU_TYPE_WORDS)
_EU_KEYWORD = compiled(latin.EU_KEYWORD)  # both its forms hold a house number
_DIGIT = compiled(r"\d")
# The postal hints start at a digit after a space (a state's code, a postcode's town) or a
# letter (a UK, Canadian or Irish postcode's first part); in lower case after a small letter.
_POSTAL_STARTS = re.compile(r"(?<=[ \tA-Z])[0-9]")
_LOWER_POSTAL_STARTS = re.compile(r"(?<=[ \ta-z])[0-9]")
_EU_NUMBER_START = re.compile(r"(?<![A-Za-z0-9_.,\-])[0-9N]")  # in ASCII, `EU_KEYWORD`'s
_OTHER_DIGIT = compiled(r"(?![0-9])\d")
# Every match of the Latin American unit gate holds one of its unit words.
_UNIT_STREET_WORDS = ("depto", "dpto", "Depto", "Dpto", "departamento", "of.", "Of.", "oficina",
                      "Oficina", "apto", "Apto", "piso", "Piso", "int.", "Int.", "local", "Local")
# One pass for both Japanese block styles.
_JP_GATE = _RegexGate(compiled(intl.JP_GATE), ("-", "〒"))
_EU_COMPOUND_GATE = _RegexGate(compiled(latin.EU_COMPOUND_GATE),
                               starts=re.compile(r"(?<=[ \t])[0-9]"))
_GATED = (
    ("eu-street", compiled(latin.EU_COMPOUND), 0.5, _EU_COMPOUND_GATE, 72, 20),
    ("eu-street", compiled(latin.BALTIC_SHORT), 0.0, _EU_COMPOUND_GATE, 40, 20),
    ("eu-street-keyword", _EU_KEYWORD, 0.45, _EU_TYPE_GATE, 12, 150),
    ("eu-street-keyword", compiled(latin.EU_KEYWORD_NAME), 0.0, _EU_TYPE_GATE, 0, 150),
    ("highway-km", compiled(intl.HIGHWAY_KM), 0.55, WordGate(intl.KM_WORDS), 72, 14),
    ("co-grid", compiled(intl.CO_GRID), 0.6,
     _RegexGate(compiled(intl.CO_GATE), ("-",), ("#", "No", "N°", "Nº")), 24, 14),
    ("gt-grid", compiled(intl.GT_GRID), 0.6, _RegexGate(compiled(intl.GT_GATE), ("Av", "Calle")),
     0, 30),
    ("th-moo", compiled(intl.TH_MOO), 0.0, WordGate(intl.TH_WORDS), 12, 6),
    ("cr-direction", compiled(intl.CR_DIRECTION), 0.55,
     _RegexGate(compiled(intl.CR_GATE), ("norte", "sur", "este")),
     60, 60),
    ("unit-street", compiled(intl.UNIT_STREET), 0.55,
     _RegexGate(compiled(intl.UNIT_STREET_GATE), _UNIT_STREET_WORDS), 60, 20),
    ("eu-street", compiled(latin.BARE_STREET), 0.0,
     _RegexGate(compiled(latin.BARE_GATE), (",", "\n"),
                starts=re.compile(r"(?<![A-Za-z0-9_.,\-])[0-9]"),
                pre=re.compile(r"(?:\d[a-zA-Z]?|-[A-Z]{1,3}|\d[ \t]bte\.?)[ \t]*[,\n][ \t]*\d\d")),
     64, 72),
    ("eu-street", compiled(latin.BARE_STREET), 0.0,
     _RegexGate(compiled(latin.BARE_POSTCODE_GATE), (",", "\n")), 96, 72),
    ("us-uk-street", compiled(latin.LABELLED_STREET), 0.55,
     WordGate(latin.LABEL_WORDS, " \t,\n"), 40, 80),
    ("us-uk-street", compiled(latin.LABELLED_STREET), 0.55,
     _RegexGate(compiled(latin.NUMBER_LINE_GATE), ("\n",)), 0, 80),
    ("us-uk-street", compiled(latin.LABELLED_STREET), 0.55,
     _RegexGate(compiled(r"(?<![\w])(?:No|Hse)\.?[ \t]\d"), ("No", "Hse")), 0, 80),
    ("us-uk-street", compiled(latin.LABELLED_STREET), 0.55,
     _RegexGate(compiled(latin.SLASH_NUMBER_GATE), ("/",), (",",)), 0, 80),
    ("route-street", compiled(latin.ROUTE_STREET), 0.0, _RegexGate(compiled(latin.ROUTE_GATE),
                starts=re.compile(r"(?<![A-Za-z0-9_.\-])(?:[0-9]|[NSEW](?=[0-9]))"),
                pre=re.compile(latin.ROUTE_PRE)),
     0, 40),
    ("us-uk-street", compiled(latin.COMMA_NUMBER_STREET), 0.0,
     _RegexGate(compiled(latin.COMMA_NUMBER_GATE), (",",)), 0, 80),
    # India's landmark line first: `Near Shiv Mandir, Gandhi Chowk, Varanasi, UP 221001`.
    ("landmark", compiled(latin.LANDMARK), 0.0, WordGate(latin.LANDMARK_WORDS), 0, 60),
    ("jp-block", compiled(intl.JP_BLOCK), 0.0, _JP_GATE, 40, 40),
    ("jp-block", compiled(intl.JP_WARDS_FIRST), 0.6, _JP_GATE, 60, 48),
    ("jp-postmark", compiled(intl.JP_POSTMARK), 0.85, _RegexGate(compiled("〒"), ("〒",)), 0, 48),
    ("kr-road", compiled(intl.KR_ROAD), 0.55, _RegexGate(compiled(intl.KR_GATE), ("-",)), 60, 30),
    ("tr-street", compiled(intl.TR_STREET), 0.6, WordGate(intl.TR_WORDS), 100, 40),
    ("cz-street", compiled(intl.CZ_STREET), 0.0, _RegexGate(compiled(intl.CZ_GATE), ("č", "/")),
     40, 20),
    # Vietnamese wards: a substring check, no pass of its own over texts without them.
    ("vn-street", compiled(intl.VN_STREET), 0.0,
     _RegexGate(compiled(intl.VN_GATE), intl.VN_WORDS), 60, 1),
    ("in-locality", compiled(intl.IN_LOCALITY), 0.0, WordGate(intl.IN_WORDS, " \t,\n"), 14, 24),
    ("in-locality", compiled(intl.IN_LOCALITY), 0.0,
     _RegexGate(compiled(intl.IN_LETTER_GATE), ("-",), (",",)),
     0, 8),
)
_CZ_STRONG = compiled(intl.CZ_STRONG)
_NUMBER_LINE = compiled(r"[ \t]*\d{1,5}[A-Za-z]?(?:/\d{1,4})?,?[ \t]*\n")
# Street types that pass for an address alone when capitalised (`Via Roma 12`, `Rue Foch
# 3`) or after a number in lower case (`12 rue de la Paix`); the others (`Place`, `Route`,
# `Square`, `Plaza`, `Campo`, `al.`) are also English words or abbreviations.
_STRONG_TYPE = compiled(
    r"(?:\d{1,4}[ \t]?(?:bis|ter),?[ \t]"
    r"|\d{1,4},?[ \t]{1,2}(?i:rue|avenue|boulevard|bd|chemin|impasse|allée|quai|calle|avenida|"
    r"rua|ul\.|ulica|viale|piazza|corso|carrer|travessa|praça|jalan|jl\.|đường|phố)"
    r"|(?:Rue|Avenue|Boulevard|Chemin|Impasse|Allée|Quai|Via|Viale|Piazza|Piazzale|Corso|Vicolo|"
    r"Strada|Calle|Avenida|Avda\.?|Paseo|Rambla|Rua|Rúa|Praça|Travessa|Estrada|Rodovia|Carrer|"
    r"Passeig|Plaça|Avinguda|Ulica|Aleja|Alameda|Glorieta|Lungomare|Largo|Av\.|ul\.|Jalan|Jl\.|"
    r"Đường|Phố|Ladeira|Urbanización)[ \t]"
    r"|Plaza[ \t](?:Mayor|de|del|San|Santa)[ \t,])"
)
_HEADS_BEFORE = compiled(intl.HEADS_BEFORE)
_HEAD_GATE = WordGate(intl.HEAD_WORDS, " \t,\n")
_HEAD_MARK = compiled(intl.HEAD_MARK)
_HEAD_REACH = 90
_FORM_GATE = WordGate(LABEL_WORDS, followers=" \t:=_/")
_CHAIN_GATE = WordGate(chain.GATE_WORDS, followers=" \t,\n")
# Searched only in the `_POSTAL_REACH` characters before a state + ZIP or a postcode: a
# street without a number (`Fourteenth Street ... NW.,\nWashington, DC 20230`) and
# `Stop SSOP`, `MS 22` lines.
_POSTAL_ANCHORS = (
    ("named-street", compiled(latin.NAMED_STREET), 0.0),
    ("mail-stop", compiled(latin.MAIL_STOP_ANY), 0.0),
)
_NAMED_LINE_ANCHORS = (("named-line", compiled(latin.NAMED_LINE), 0.0),)
_NUMBER_BEFORE_LINE = compiled(latin.NUMBER_BEFORE_LINE)
# Matched right after a cue (`I live at`, `ship to`, `address:`), in any case: addresses
# typed in lower case or inline in a sentence.
_CUE = compiled(latin.CUE_PREFIX)
# Cue words that also head headings and fields (`home: 3 easy ways`, `post - 5 quick views`).
_WEAK_CUE = compiled(r"(?i)(?:home|house|office|post|posted|mail|mailed|visit|send|sent|flat|"
                     r"apartment|stay|staying)(?![\w])")
_ON_AT = compiled(r"(?i)(?<![\w])(?:on|at)[ \t]*$")
_CUE_GATE = WordGate(latin.CUE_WORDS, followers=" \t:-")
_CUE_ANCHORS = (
    ("us-uk-street", compiled(latin.US_UK_STREET, regex.IGNORECASE), 0.55),
    ("us-uk-street", compiled(latin.LABELLED_STREET, regex.IGNORECASE), 0.55),
    ("eu-street", compiled(latin.EU_COMPOUND, regex.IGNORECASE), 0.5),
    ("eu-street-keyword", compiled(latin.EU_KEYWORD, regex.IGNORECASE), 0.45),
    # `I live on Larkspur Crescent`: after `on` / `at` only, an address with the cue's own
    # context word (`moved to Silicon Valley`, `located at Union Station` are not).
    ("named-street", compiled(latin.NAMED_STREET), 0.3),
)
_LOWER_ANCHORS = (("us-uk-street", compiled(latin.US_UK_STREET, regex.IGNORECASE)),
                  ("eu-street", compiled(latin.EU_COMPOUND, regex.IGNORECASE)))
# In lower case any word passes for a street's name: `ship to 3 people on the way` is not.
_FUNCTION_WORD = compiled(
    r"(?i)(?<![\w])(?:the|a|an|on|in|of|to|and|or|for|with|my|your|our|their|his|her|its|"
    r"this|that|these|those|some|many|more|few|people|items?|times?|days?|weeks?|hours?)(?![\w])"
)
_ZH_TRIGGER = compiled(r"[號号路街巷弄座栋棟]")
# A number after a word with a diacritic counts (`Calle Jacarandá 4512\nX5000HST Córdoba`).
_TRIGGER = compiled(r"\d(?:[ \t,]|$)|[A-Za-zÀ-ÿ\u0100-\u024f\u1e00-\u1eff.,:][ \t]{1,2}#?\d|〒")
# Street types that are also ordinary words (`3 Data Centers`, `2 Key Points`) need a
# postal line or a context word.
_AMBIGUOUS = compiled(
    r"(?i)(?<![A-Za-z])(?:Centers?|Centres?|Keys?|Pass|Run|Loop|Points?|Views?|Unions?|Station|Mall|Parks?|"
    r"Path|Ways?|Ports?|Locks?|Lights?|Fields?|Course|Track|Club|Camp|Rest|Mission|Summit|"
    r"Plains?|Commons?|Forest|Lodge|Gateway|Crossing|Landing|Oval|Trace|Spurs?|Islands?|"
    # USPS abbreviations that are other abbreviations too (`Pt`, `Ext`, `Sta`, `Est`).
    r"Pts?|Sta|Arc|Cors?|Exts?|Vis|Flds?|Flts?|Rst|Ests?|Trak|Clb|Mt|Lks?)\.?"
    r"(?:,?[ \t]{1,3}\S{1,12})?$"
)
# A house number of three digits or more and one word made of a place name's elements
# (`2764 Cedarcrest Way`, `410 Ashton Run`, `88 Willowbrook Crossing`: stem + crest, ton,
# brook) before the type: a street's name, not a word that counts (`2764 Error Way`, `3 Data
# Centers`), so an ambiguous type keeps its score.
_COMPOUND_STREET = compiled(
    r"\d{3,5}[A-Za-z]?[ \t]{1,2}[A-Z][a-z]{2,}(?:crest|wood|brook|field|dale|view|ridge|hill|"
    r"haven|ford|land|mont|mere|moor|shire|side|stone|gate|vale|wick|worth|ton|ville|bury|"
    r"burg|borough|ham|ley|glen|hurst|port|mill|well|water|meadow|grove|shore|croft|thorpe|"
    r"stead|cliff|dell|lake|park|spring|springs|creek|wood|haven|bridge|brae|fell|knoll)"
    r"[ \t]{1,2}[A-Z][a-z]*(?<!s)(?![a-z])"  # a singular type: `500 Milestone Points` counts
)
# An HTTP status and its reason (`200 OK`, `404 Not Found`) before a street type's word.
_HTTP_STATUS = compiled(
    r"(?:200[ \t]OK|201[ \t]Created|204[ \t]No|30[1278][ \t](?:Moved|Found|Temporary|Permanent)"
    r"|304[ \t]Not|40[0-9][ \t](?:Bad|Unauthorized|Payment|Forbidden|Not|Method|Request|Gone)"
    r"|50[0-4][ \t](?:Internal|Not|Bad|Service|Gateway))(?![\w])"
)
# Words after which a number counts or ranks something instead of numbering a house.
_COUNTED = compiled(
    r"(?i)\b(?:version|ver\.?|v|step|chapter|page|section|fig\.?|figure|table|item|line|no\.?|"
    r"number|phase|level|stage|round|top|over|about|around|than|only|just|all|the)[ \t]*$"
)
# A sentence's full stop after a town or street (`... 20121 Milano.`) is not the address's;
# an abbreviation's (`St.`, `D.C.`, `N.W.`) is.
_FULL_STOP = compiled(r"(?<![A-Za-zÀ-ÿ])[A-Za-zÀ-ÿ]{4,}\.$")
# Abbreviations of four letters or more whose full stop is their own (`749 Barley Blvd.`).
_ABBREVIATIONS = frozenset({"blvd", "pkwy", "expy", "cres", "bldg", "gdns", "frwy", "hway",
                            "sqrs", "apto", "dpto", "depto", "succ", "fracc", "calif", "mich",
                            "wash", "mass", "conn", "tenn", "colo", "terr"}
                           | {a.replace(x, y).lower() for a in latin.USPS_ABBREVIATIONS
                              for x, y in (("s?", ""), ("s?", "s"))})
_POSTAL_REACH = 160
_SEPARATORS = frozenset(" \t\n,;-–<")  # `<`: an HTML `<br>` between the lines
_CHAIN = 8  # postal elements after an anchor, at most (`No. 5, Nehru Marg, BTM Layout, ...`)
_TOWN_LINES = 3  # of which bare town lines (locality, town, state)


def extend(
    text: str, end: int, continuation: regex.Pattern = latin.CONTINUATION,
) -> tuple[int, bool]:
    """The end of the postal block that starts at `end`, and whether it has a postal line
    (a state, province or postcode), element by element."""
    postal, towns = False, 0
    for _ in range(_CHAIN):
        if text[end : end + 1] not in _SEPARATORS:
            break  # every element starts with a separator
        m = continuation.match(text, end)
        if m is None or m.end() <= end:
            break
        kind = m.lastgroup
        if kind == "postcode":
            if not towns:
                break  # `via Slack, 2019.`: a number, not a postcode
            kind = "postal"
        if kind == "town":
            if chat_town(m.group()):
                break  # `587 basalt ct, come by`: the sentence goes on
            towns += 1
            if towns > _TOWN_LINES:
                break
        end = m.end()
        postal = postal or kind == "postal"
        if kind == "country":
            break
    return end, postal


class StreetAddressRecognizer(EntityRecognizer):
    """STREET_ADDRESS in Western and Chinese formats."""

    CONTEXT = ("address", "live", "lives", "living", "located", "ship to", "deliver", "mail to",
               "street", "residence", "home", "office", "地址", "住址", "住在", "寄到", "送到",
               "收件", "居住", "adresse", "dirección", "indirizzo", "anschrift", "adres",
               "адрес", "адреса", "住所", "주소", "parcel", "postal", "send to", "visit us")

    def __init__(self, supported_language: str = "en", name: str | None = None):
        super().__init__(
            supported_entities=[ENTITY], supported_language=supported_language,
            name=name or "StreetAddressRecognizer", context=list(self.CONTEXT),
        )
        self._context_re = words_regex(self.CONTEXT)
        self._context_words = tuple({w.strip().lower() for w in self.CONTEXT if w.strip()})

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        found: list[RecognizerResult] = []
        memo: dict = {}  # per text: `_block`'s and `extend`'s answers
        if "\\" in text:
            text = _unescaped(text)
        if _TRIGGER.search(text):
            other = _other_digits(text)
            for name, pattern, score in _ANCHORS:
                starts = _ANCHOR_STARTS.get(pattern)
                if starts is not None and not other:
                    matches = _at(pattern, text, _starts(starts, text))
                else:
                    matches = pattern.finditer(text)
                for m in matches:
                    if not _COUNTED.search(text, max(0, m.start() - 12), m.start()):
                        self._add(found, text, m.start(), m.end(), _unwrapped(m, score), name,
                                  latin.CONTINUATION, memo)
            hits: dict[int, list[tuple[int, int]]] = {}  # per gate: one pass over the text
            for name, pattern, score, gate, before, after in _GATED:
                seen: set[tuple[int, int]] = set()
                if id(gate) not in hits:
                    hits[id(gate)] = list(gate.finditer(text))
                for at, to in hits[id(gate)]:
                    lo, hi = max(0, at - before), min(len(text), to + after)
                    if pattern is _EU_KEYWORD and not _DIGIT.search(text, lo, hi):
                        continue  # its house number: none in the window, no match in it
                    if gate is _EU_TYPE_GATE and text[max(0, lo - 1) : hi].isascii():
                        # Both European keyword forms start at a street type (one of the
                        # gate's words) or, the number first, at a digit or `No.`; in ASCII
                        # the gate's word boundary and case are the regex's.
                        starts = {a for a, _ in hits[id(gate)] if lo <= a < hi}
                        if pattern is _EU_KEYWORD:
                            starts.update(m.start() for m in _EU_NUMBER_START.finditer(
                                text, lo, hi))
                        matches = _at(pattern, text, sorted(starts), hi)
                    else:
                        matches = pattern.finditer(text, lo, hi)
                    for m in matches:
                        if m.span() not in seen and not _COUNTED.search(
                            text, max(0, m.start() - 12), m.start()
                        ):
                            seen.add(m.span())
                            self._add(found, text, m.start(), m.end(), _scored(name, m, score),
                                      name, latin.CONTINUATION, memo)
            # Only in the lines before a state + ZIP or a postcode.
            for hint in latin.POSTAL_HINT.finditer(text) if other else _at(
                latin.POSTAL_HINT, text, _starts(_POSTAL_STARTS, text)
            ):
                if any(r.start < hint.start() < r.end for r in found):
                    continue  # already the end of an address
                lo = max(0, hint.start() - _POSTAL_REACH)
                anchors = _POSTAL_ANCHORS
                if latin.UK_IE_HINT.match(text, hint.start() - 2) or latin.UK_IE_HINT.match(
                    text, hint.start() - 1
                ):
                    anchors += _NAMED_LINE_ANCHORS
                for name, pattern, score in anchors:
                    for m in pattern.finditer(text, lo, hint.start()):
                        start = m.start()
                        if name == "named-line":
                            number = _NUMBER_BEFORE_LINE.search(text, max(0, start - 40), start)
                            start = number.start() if number else start
                        self._add(found, text, start, m.end(), score, name,
                                  latin.CONTINUATION, memo)
            # Typed in lower case, without a cue: a lower-case street line before a
            # lower-case postal line (`3505 thatcher st, flagstaff, az 86001`).
            for hint in latin.LOWER_POSTAL_HINT.finditer(text) if other else _at(
                latin.LOWER_POSTAL_HINT, text, _starts(_LOWER_POSTAL_STARTS, text)
            ):
                if any(r.start < hint.start() < r.end for r in found):
                    continue
                lo = max(0, hint.start() - _POSTAL_REACH)
                for name, pattern in _LOWER_ANCHORS:
                    for m in pattern.finditer(text, lo, hint.start()):
                        if m.group().islower() and not _FUNCTION_WORD.search(m.group()):
                            self._add(found, text, m.start(), m.end(), 0.0, name,
                                      latin.CONTINUATION_ANY_CASE, memo)
        # After a cue word, with or without a digit in the text (`I live on Elm Street`).
        for at, _ in _CUE_GATE.finditer(text):
            cue = _CUE.match(text, at)
            if cue is None:
                continue
            for name, pattern, score in _CUE_ANCHORS:
                if name == "named-street" and not _ON_AT.search(cue.group()):
                    continue
                m = pattern.match(text, cue.end())
                if m and not _FUNCTION_WORD.search(m.group()):
                    # Any case for the postal lines only after a street typed in lower
                    # case: `Piazza San Marco 1, 30124 Venezia VE is closed` ends at `VE`.
                    lower = m.group().islower()
                    if lower and _AMBIGUOUS.search(m.group()) and _WEAK_CUE.match(
                        cue.group()
                    ) and extend(
                        text, m.end(), latin.CONTINUATION_ANY_CASE
                    )[0] == m.end():
                        continue  # `home: 3 easy ways`: no capitals, no town, a weak cue
                    self._add(found, text, m.start(), m.end(), _unwrapped(m, score), name,
                              latin.CONTINUATION_ANY_CASE if lower else latin.CONTINUATION, memo)
                    break
        # Named parts without a house number: `Villa 12, Street 5, Al Barsha 1, Dubai`.
        for start, end, score in chain.chains(text, _CHAIN_GATE.finditer(text)):
            self._add(found, text, start, end, score, "chain", latin.CONTINUATION, memo)
        if found:
            _heads(text, found)
        labels = [at for at, _ in _FORM_GATE.finditer(text)]
        for start, end in form_fields(text, labels) + inline_fields(text, labels) \
                + json_fields(text) + xml_fields(text) + table_fields(text) + vcard_fields(text) \
                + sql_fields(text):
            found.append(result(self, ENTITY, start, end, 0.85, name="form"))
        if has_cjk(text) and _ZH_TRIGGER.search(text):
            self._chinese(text, found)
        if not text.isascii():  # Cyrillic, Japanese, Korean: each gated by its own search
            for name, finder in _SCRIPTS:
                for start, end, score in finder(text):
                    if near(text, start, end, self._context_re):
                        score = min(1.0, score + CONTEXT_BOOST)
                    found.append(result(self, ENTITY, start, end, score, name=name))
        return _merge(text, found)

    def _add(self, found: list, text: str, start: int, end: int, score: float, name: str,
             continuation: regex.Pattern, memo: dict) -> None:
        # Several anchors find the same street (the plain, gated and cue passes): its block,
        # score and full stop are worked out once per text.
        key = (start, end, score, continuation)
        if key not in memo:
            memo[key] = self._block(text, start, end, score, continuation, memo)
        block = memo[key]
        if block is not None:
            found.append(result(self, ENTITY, start, block[0], block[1], name=name))

    def _block(self, text: str, start: int, end: int, score: float,
               continuation: regex.Pattern, memo: dict) -> tuple[int, float] | None:
        if (end, continuation) not in memo:
            memo[end, continuation] = extend(text, end, continuation)
        block_end, postal = memo[end, continuation]
        if text[start : start + 1] in "2345" and _HTTP_STATUS.match(text, start):
            return None  # `200 OK Street`: a status line, not a house
        if postal:  # the block's type wins its cluster: a ZIP+4 alone reads as a phone number
            score = 1.0
        elif not score:
            return None
        elif _AMBIGUOUS.search(text, start, end) and _AMBIGUOUS.search(
                text, start, block_end) and not _COMPOUND_STREET.match(text, start):
            score -= 0.2  # the street's type (not a town's), with no more than a word after it
        end = block_end
        stop = _FULL_STOP.search(text, max(start, end - 16), end)
        if stop and stop.group()[:-1].lower() not in _ABBREVIATIONS:
            end -= 1
        if near(text, start, end, self._context_re, starts=self._context_words):
            score = min(1.0, score + CONTEXT_BOOST)
        return end, score

    def _chinese(self, text: str, found: list) -> None:
        for m in _ZH_CORE.finditer(text):
            window_start = max(0, m.start() - _ZH_WINDOW)
            left = _ZH_LEFT_ADMIN.search(text, window_start, m.start()) or _ZH_LEFT.search(
                text, window_start, m.start()
            )
            if left is None:
                continue
            start, end = left.start(), m.end()
            score = 0.7 if end - start >= 6 else 0.5
            if near(text, start, end, self._context_re):
                score = min(1.0, score + CONTEXT_BOOST)
            found.append(result(self, ENTITY, start, end, score, name="zh-address"))


_SCRIPTS = (("cyrillic", scripts.cyrillic), ("jp-native", scripts.japanese),
            ("kr-native", scripts.korean))
# Anchors that head a block (`Mail Stop 4402, 300 Oak Rd, ...`, `P.O. Box 9\n1 Elm St`): the
# address right after one, past a separator, is the same address.
_HEADS = frozenset({"mail-stop", "po-box", "rural-route", "unit"})
_JOINER = compiled(r"[ \t]*[,;]?[ \t]*\n?[ \t]*")


def _merge(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """Overlapping anchors of different styles become one address (the union), and so does
    a heading line (mail stop, box, unit) with no postal line of its own and the address
    right after it."""
    found.sort(key=lambda r: (r.start, -r.end))
    merged: list[RecognizerResult] = []
    for r in found:
        last = merged[-1] if merged else None
        if last is not None and (r.start < last.end or (
            last.score < 1.0 and _name(last) in _HEADS
            and _JOINER.fullmatch(text, last.end, r.start) is not None
        )):
            last.end = max(last.end, r.end)
            last.score = max(last.score, r.score)
        else:
            merged.append(r)
    return merged


def _heads(text: str, found: list[RecognizerResult]) -> None:
    """Each address starts at the unit and building lines written before it (`Flat E, 12/F,
    Kingsway Tower, 88 Nathan Road`), found near one of their words (one pass for all)."""
    marks = sorted([at for at, _ in _HEAD_GATE.finditer(text)]
                   + _head_marks(text))
    if not marks:
        return
    for r in found:
        lo = max(0, r.start - _HEAD_REACH)
        i = bisect.bisect_left(marks, lo)
        if i < len(marks) and marks[i] < r.start:
            head = _HEADS_BEFORE.search(text, lo, r.start)
            if head is None:
                head = _upper_head(text, lo, r.start)
            if head is not None:
                r.start = head.start() if isinstance(head, regex.Match) else head


def _upper_head(text: str, lo: int, start: int) -> int | None:
    """Where a unit or building line in capitals (a shipping label's `APT 5, WEAVERS HALL`)
    starts before `start`: the same shapes read on the window title-cased, kept only when
    title-casing leaves its length (and so every offset) as it was."""
    window = text[lo:start]
    if not window.isupper():
        return None
    titled = window.title()
    if len(titled) != len(window):
        return None  # `ß` and ligatures change length: no safe reading
    head = _HEADS_BEFORE.search(titled)
    return None if head is None else lo + head.start()


def _scored(name: str, m: regex.Match, score: float) -> float:
    """A gated anchor's score alone, by what it says: a strong street type, a Czech street."""
    if name == "eu-street-keyword" and score and _STRONG_TYPE.match(m.group()):
        return 0.55
    if name == "cz-street" and _CZ_STRONG.search(m.group()):
        return 0.55
    if name == "cr-direction" and m.group()[:1].isdigit():
        return 0.4  # `200 metros al norte` without its landmark: an address with a context word
    if _NUMBER_LINE.match(m.group()):
        return 0.0  # `56\nGandhi Chowk`: a number on a line of its own needs a postal line
    return _unwrapped(m, score)


def _unwrapped(m: regex.Match, score: float) -> float:
    """A street whose type a line break parts from its name (`2622 Zephyr\nFwy,`) is an
    address only with a postal line after it: `3 Big\nWays, ...` is a heading's end."""
    return 0.0 if "wrap" in m.re.groupindex and m.group("wrap") else score


# iCalendar and vCard escape a value's commas and semicolons (`LOCATION:12 Elm St\\, Boston`),
# JSON and logs its line breaks (`"12 Elm St\\nBoston"`): read as the separators they stand
# for, each replaced by a space and itself so that every offset stays the same.
_ESCAPES = (("\\,", " ,"), ("\\;", " ;"), ("\\n", " \n"))


def _unescaped(text: str) -> str:
    for escaped, plain in _ESCAPES:
        text = text.replace(escaped, plain)
    return text


def _name(r: RecognizerResult) -> str:
    return (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")
