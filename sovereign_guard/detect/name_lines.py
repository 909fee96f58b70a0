"""PERSON in line layouts and cues the other passes do not read (names set I's causes).

- a rota or a schedule: two or more lines of a weekday, a dash or colon and a name
  (`Mon - Bongani`, `Tue: Senthil Kumar`); a line of words (`Wed - Closed`) is none;
- an HL7 v2 segment's person-name fields (PID-5 patient, PID-6 mother's maiden name, NK1-2
  next of kin), whose components are joined by `^` (`PID|1||448812||OKAFOR^CHIDIMMA^N`);
- a lower-case name after a chat opener, then what people do (`ok so tunde said`, `lol
  chiamaka is there`); a dictionary word there (`ok so docker is down`) is none;
- a given name of the list addressed after a greeting, then a comma (`Morning Honey,`); a
  collective (`Morning team,`) or a word no list gives as a name is none;
- a given name of the list opening a sentence, `from` a department, then a verb of saying
  (`Faith from payroll says`); `Faith-based groups` or `Coffee from the kitchen` are none.

Every finder is gated by a substring test, so a prompt without the cue costs one `in`.
"""

from __future__ import annotations

from .common import compiled, words
from .name_lists import given_names, is_word, name_frequency, wordlike

_L = "a-zà-öø-ÿāăąćčďēęěğīıłńňōőœřśşšţťūůűźżžđơư" + "".join(
    chr(c) for c in range(0x1EA0, 0x1EFA) if chr(c).islower())
_U = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽĐƠƯ" + "".join(
    chr(c) for c in range(0x1EA0, 0x1EFA) if chr(c).isupper())
_CAP = rf"[{_U}][{_L}]+(?:[-'’][{_U}]?[{_L}]+)*"

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ROTA_LINE = compiled(
    r"(?m)^[ \t]*(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?"
    rf"[ \t]*[-–—:|][ \t]*({_CAP}(?:[ ]{_CAP}){{0,3}})[ \t]*$"
)


def rota_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    if "\n" not in text or not any(d in text for d in _DAYS):
        return []
    lines = list(_ROTA_LINE.finditer(text))
    if len(lines) < 2:
        return []  # one `Mon - Holiday` line is a note, a rota repeats the layout
    return [(m.start(1), m.end(1), 0.8) for m in lines
            if not wordlike(m.group(1).split(), common)]


# HL7 v2: segment id, then `|`-separated fields; which fields hold an XPN (person name)
_HL7_NAME_FIELDS = {"PID": (5, 6), "NK1": (2,), "GT1": (3,), "IN1": (16,)}
_HL7_SEGMENT = compiled(r"(?m)^(PID|NK1|GT1|IN1)\|[^\r\n]*")
_HL7_PART = compiled(rf"[{_U}{_L}][{_U}{_L}'’ -]*[{_U}{_L}]")


def hl7_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    if "|" not in text or "^" not in text or not any(
            seg in text for seg in ("PID|", "NK1|", "GT1|", "IN1|")):
        return []
    found = []
    for seg in _HL7_SEGMENT.finditer(text):
        fields, at = [], seg.start()
        for value in seg.group(0).split("|"):
            fields.append((at, value))
            at += len(value) + 1
        for index in _HL7_NAME_FIELDS[seg.group(1)]:
            if index >= len(fields):
                continue
            start, value = fields[index]
            # family ^ given ^ middle ^ suffix ^ prefix: the family and given components
            # (a one-letter middle initial says nothing alone)
            offset = 0
            for part in value.split("^")[:3]:
                m = _HL7_PART.fullmatch(part)
                if m and len(part) >= 2:
                    found.append((start + offset, start + offset + len(part), 0.85))
                offset += len(part) + 1
    return found


_OPENERS = ("lol", "ok so", "okay so", "omg", "btw", "haha", "lmao", "tbh", "ngl", "fyi")
_OPENER_LOWER = compiled(
    r"(?i:(?:^|(?<=[\n.!?])[ \t]*)(?:ok(?:ay)?[ ,]+so|lol|omg|btw|haha|lmao|tbh|ngl|fyi)[ \t,]+)"
    rf"([{_L}]{{3,15}})(?=[ \t]+(?:said|says|is|was|has|had|will|wants|asked|told|just|"
    r"already|can|thinks|'ll|’ll|'s|’s)\b|'ll|’ll)"
)
_NOT_LOWER_NAME = words("everyone everybody someone somebody nobody anyone they she he we it "
                        "this that there here mine mum mom dad bro sis babe boss")


def opener_lower_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    low = text.lower()
    if not any(o in low for o in _OPENERS):
        return []
    found = []
    for m in _OPENER_LOWER.finditer(text):
        word = m.group(1)
        if word in _NOT_LOWER_NAME or is_word(word, common) and word not in given_names():
            continue  # `ok so docker is down`: a thing, not a person
        found.append((m.start(1), m.end(1), 0.7))
    return found


_GREETED = compiled(
    # the greeting in any case, the name capitalised (`hey man,` is no one)
    r"(?m)(?:^|(?<=[\n.!?])[ \t]*)(?i:(?:good[ \t]+)?(?:morning|afternoon|evening|hi|hey|hello|"
    rf"hiya)[ \t]+)({_CAP})(?=[ \t]*[,!])"
)
_COLLECTIVE = words("team all everyone everybody folks guys gang people there world friends "
                    "sir madam ladies gents colleagues both you")


def greeted_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    if "," not in text and "!" not in text:
        return []
    low = text.lower()
    if not any(g in low for g in ("morning", "afternoon", "evening", "hi", "hey", "hello")):
        return []
    names = name_frequency()
    return [(m.start(1), m.end(1), 0.7) for m in _GREETED.finditer(text)
            if m.group(1).lower() not in _COLLECTIVE and names.get(m.group(1).lower(), 0)]


_DEPARTMENT = (r"(?:payroll|hr|accounts|finance|it|legal|marketing|sales|ops|operations|support|"
               r"reception|security|procurement|facilities|admin|compliance|engineering|design|"
               r"logistics|purchasing|recruitment|housekeeping|dispatch|billing|"
               r"the[ \t][a-z]+[ \t](?:team|office|desk|department))")
_FROM_DEPT = compiled(
    rf"(?m)(?:^|(?<=[.!?])[ \t]+)[ \t]*({_CAP})[ \t]+from[ \t]+(?i:{_DEPARTMENT})[ \t]+"
    r"(?:says|said|asked|called|rang|emailed|wrote|mentioned|confirmed|told|replied|thinks|"
    r"wants)\b"
)


def department_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    if " from " not in text:
        return []
    names = name_frequency()
    return [(m.start(1), m.end(1), 0.75) for m in _FROM_DEPT.finditer(text)
            if names.get(m.group(1).lower(), 0) or not is_word(m.group(1).lower(), common)]


FINDERS = (rota_names, hl7_names, opener_lower_names, greeted_names, department_names)


# A title or an abbreviated given name written before a name another pass found: capitals
# before capitals (`DR HASSAN EL-AMIN`), the Filipino `Ma.` of María (`Ma. Lourdes Bernardo`).
_CAPS_TITLE_BEFORE = compiled(r"(?<![\w.])(?:DR|MR|MRS|MS|MISS|PROF|SGT|CAPT|REV)\.?[ ]$")
_MA_BEFORE = compiled(r"(?<![\w.])Ma\.[ ]$")


def title_start(text: str, start: int, end: int) -> int:
    """`start` moved back over such a title, when there is one."""
    before = text[max(0, start - 6) : start]
    if not before.endswith(" "):
        return start
    m = _CAPS_TITLE_BEFORE.search(before) if text[start:end].isupper() else None
    m = m or _MA_BEFORE.search(before)
    return start - (len(before) - m.start()) if m else start
