"""Names that the layout of working text gives away, where the words alone do not: each a regex
pass gated by a cheap character test, returning (start, end, score) like the finders of
name_shapes.py and name_genres.py.

- Chat exports: the sender after an exported message's date and time (`[12/03/2025, 09:14:22]
  Ayo Obiora: ...`, `12/03/2025, 21:04 - Emeka: ...`, `3/4/25, 8:02 AM - Iris: ...`), the
  people of their system lines (`X created group`, `X added Y`), a Slack sender line (`Ayo
  Obiora  10:42 AM`) and a caption block's speaker (`00:12:03 Ayo Obiora` over a line of
  speech, twice at least). The export's layout is the evidence: a sender is a person, even
  one whose name is a word (`Will Marsh`, `Iris`).
- Lower-case honorifics: `mr. soriano`, `dr wilberforce`, `prof. yetunde onwuachi`, `miss
  marchbank`; the title
  says a person, so the first word after it is a name unless it is a stop word, and later
  words are taken while they are no dictionary words or are given names.
- Surname in capitals, then the given name (`OKPARA Funmilayo`, `PARK Yong-Ho:`, `SZYMAŃSKI
  Lesław`), the order of rosters, passenger lists and East Asian and French forms: a listed
  given name after a capitals word that reads as a name, where a clause ends.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from .common import compiled, words
from .name_cues import FIELD_LABELS, NOT_A_NAME, NOT_FIRST, ROLE_WORDS
from .name_lists import is_word, name_frequency
from .name_shapes import name_shaped

_U = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_L = "a-zà-öø-ÿāăąćčďēęěğīıłńňōőœřśşšţťūůűźżžðþæ"
# Words no name is: labels, roles, the first words of sentences, chat and log words.
_NOT_NAME = NOT_FIRST | NOT_A_NAME | FIELD_LABELS | ROLE_WORDS | words(
    """you me we us it system admin bot info debug warning error note todo fixme nb ps re fwd
    cc bcc fyi eta tbd tba wip asap eod pm am today tomorrow yesterday tonight everyone all
    team group channel unknown deleted"""
)

# --- chat exports ------------------------------------------------------------------------------
# An exported message's stamp: a date and a time, in brackets or followed by a dash.
_DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}"
_CLOCK = r"\d{1,2}:\d\d(?::\d\d)?(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?"
_STAMP = rf"(?:\[{_DATE},?[ ]{_CLOCK}\]|{_DATE},?[ ]{_CLOCK}[ ]?[-–])"
_SENDER = rf"[{_U}{_L}][{_L}{_U}'’.-]*(?:[ ][{_U}{_L}][{_L}{_U}'’.-]*){{0,3}}"
_EXPORT_LINE = compiled(
    rf"(?m)^[ \t]*{_STAMP}[ \t]*(?:<({_SENDER})>|({_SENDER}):)[ \t]"
)
_SYSTEM_LINE = compiled(
    rf"(?m)^[ \t]*{_STAMP}[ \t]*({_SENDER})[ ](?:created group|added|removed|left|joined|"
    rf"changed (?:the|this)|pinned)\b(?:[ ]({_SENDER})[ \t]*$)?"
)
# Slack's sender line: the name, two spaces, the time, nothing else.
_SLACK_LINE = compiled(rf"(?m)^[ \t]*({_SENDER})[ ]{{2,}}{_CLOCK}[ \t]*$")
# A caption block: a time and the speaker on a line of their own, speech on the next.
_CAPTION_LINE = compiled(rf"(?m)^[ \t]*{_CLOCK}[ \t]+({_SENDER})[ \t]*\n(?=[^\n]*[a-z]{{2}})")
_HAS_CLOCK = compiled(r"\d:\d\d")


# (a sender may be named like a sentence's first word: `Will Marsh`)
_NOT_SENDER = _NOT_NAME - NOT_FIRST


def _sender(name: str) -> bool:
    """A sender's name: words with letters only, none a label, role or chat word."""
    low = [w.strip(".'’-").lower() for w in name.split()]
    return bool(low) and all(w and w not in _NOT_SENDER for w in low) \
        and not (len(low) == 1 and low[0] in STOP_WORDS)


def export_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Senders and members of a chat export (see the module doc)."""
    if _HAS_CLOCK.search(text) is None:
        return []
    out = []
    for m in _EXPORT_LINE.finditer(text):
        g = 1 if m.group(1) else 2
        if _sender(m.group(g)):
            out.append((*m.span(g), 0.8))
    for m in _SYSTEM_LINE.finditer(text):
        for g in (1, 2):
            if m.group(g) and _sender(m.group(g)):
                out.append((*m.span(g), 0.8))
    for finder in (_SLACK_LINE, _CAPTION_LINE):
        found = [m.span(1) for m in finder.finditer(text) if _sender(m.group(1))]
        if len(found) >= 2:  # one line of the shape is no transcript
            out.extend((s, e, 0.75) for s, e in found)
    return out


# --- lower-case honorifics ---------------------------------------------------------------------
_LOWER_TITLE = compiled(
    rf"(?<![\w.@/'’-])(?:(mrs?|mx)\.?|(ms|dr|prof|miss)\.|(dr|ms|miss))[ ]"
    rf"([{_L}]{{2,20}}(?:[-'’][{_L}]{{2,20}})?)((?:[ ][{_L}]{{2,20}}(?:-[{_L}]{{2,20}})?){{0,2}})"
)
_HAS_LOWER_TITLE = compiled(r"(?<![\w.])(?:mrs?|mx|ms|dr|prof|miss)\b")


_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēęěīıōőœūůű")


def surname_shaped(low: str) -> bool:
    """Spelled like a surname of any language: three letters or more, a vowel, no run of five
    consonants (`Vashchenko`, `Lundqvist` have four), no letter three times in a row."""
    run = 0
    for i, ch in enumerate(low):
        run = 0 if ch in _VOWELS or ch in "-'’" else run + 1
        if run >= 5 or i >= 2 and ch == low[i - 1] == low[i - 2]:
            return False
    return len(low) >= 3 and any(ch in _VOWELS for ch in low)


def _name_word(low: str, common: frozenset[str]) -> bool:
    return low not in STOP_WORDS and low not in _NOT_NAME and (
        not is_word(low, common) or name_frequency().get(low, 0) >= 2)


def lower_titled(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """A lower-case name after a lower-case honorific (see the module doc)."""
    if _HAS_LOWER_TITLE.search(text) is None:
        return []
    out = []
    for m in _LOWER_TITLE.finditer(text):
        first = m.group(4)
        if first in STOP_WORDS or first in _NOT_NAME:
            continue  # `mr. and mrs. Lee`
        if m.group(3) and not (_name_word(first, common) and len(first) >= 3
                               and any(c in _VOWELS for c in first)):
            continue  # `oak dr north`, `ms teams`, `ms sql`, `miss the bus`: without a period
            # these are a street's, a product's or a verb too
        end = m.end(4)
        for w in m.group(5).split():
            if not _name_word(w, common):
                break
            end = text.find(w, end) + len(w)
        out.append((m.start(4), end, 0.75))
    return out


# --- surname in capitals, then the given name --------------------------------------------------
_CAPS = rf"(?:[{_U}]['’])?[{_U}]{{2,}}(?:-[{_U}]{{2,}})?"
_SURNAME_GIVEN = compiled(
    rf"(?<![\w.@/'’-]|[{_U}][ ])((?:(?:DE[ ]LA|DELA|DEL|DOS|DA|VAN|VON|BIN)[ ])?{_CAPS})"
    rf"[ ]([{_U}][{_L}]+(?:-[{_U}]?[{_L}]+)?)"
    r"(?=[ \t]*(?:$|[\n,;:|()/]|[ ][-–—][ ]|[ ]\d))"
)
_CAPS_THEN_CAP = compiled(rf"[{_U}]{{2}}[ ][{_U}][{_L}]")


def surname_caps_given(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """`OKPARA Funmilayo`, `PARK Yong-Ho:` (see the module doc); not `NOTE Rose`, `IBM Watson`,
    `URGENT Mark`: the capitals word must read as a name, and a dictionary word there needs a
    given name that is none."""
    if _CAPS_THEN_CAP.search(text) is None:
        return []
    names = name_frequency()
    out = []
    for m in _SURNAME_GIVEN.finditer(text):
        surname = m.group(1).strip()
        caps = [w.lower() for w in surname.replace("-", " ").split()]
        given = m.group(2).lower()
        if given in _NOT_NAME or given in STOP_WORDS:
            continue
        core = caps[-1]
        if any(w in _NOT_NAME for w in caps) or not surname_shaped(core):
            continue
        if names.get(given, 0) < 1 and (len(given) < 4 or len(core) < 4 or is_word(given, common)
                                        or is_word(core, common) or not name_shaped(given)):
            continue  # a given name no list has: both words unknown and spelled like names
        if is_word(core, common) and (is_word(given, common) or names.get(given, 0) < 3):
            continue  # `CHURCH Mark`, `YOUNG Amber`: two words say nothing
        out.append((m.start(1), m.end(2), 0.75))
    return out
