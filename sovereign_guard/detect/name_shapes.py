"""Name shapes of forms and records that need no model: the English PERSON finder's structural
evidence (see names_en.py), each a cheap regex pass gated by a character test.

- A value after a label that names a person (`Patient: Powell, Agnes`, `Applicant: Alejandro`,
  `Signed: ngo thanh mui`, `Policyholder | LE HONG NHUNG`, `Contact: Faruk (m30@...)`): the
  whole value, when every word of it is name-shaped (capitalised, all capitals, initials,
  particles, suffixes, or lower case after a label that says `name`).
- `Surname, Given` (`Nnamdi, Loretta`, `IBRAHIM, Bashir`, `Hart, Gloria`), when the second
  word is a given name of the licensed list (name_lists.py) and the pair stands alone: at the
  start of a line or after a label, a person cue or a list separator, and not inside a longer
  comma list (`Austin, Dallas and Houston`).
- One given name the small model types as a place, an organisation or a group
  (`processed by Uyen`, `offer Marina the role`, `for Takehiro is`), after words that take a
  person (`by`, `for`, `offer`, `email to`); after `in`, `at`, `near`, `visit` it stays a place.
  Not for dictionary words (`Austin`, `Virginia`, `Georgia` are in WordNet: places first).
"""

from __future__ import annotations

from .common import compiled, words
from .name_cues import FIELD_LABELS, NAME_SUFFIXES, NOT_A_NAME, NOT_FIRST, ROLE_WORDS
from .name_lists import given_names, is_word, name_frequency

_U = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_L = "a-zà-öø-ÿāăąćčďēęěğīıłńňōőœřśşšţťūůűźżž"
# One word of a written name: `Powell`, `O'Brien`, `Al-Sayed`, `McKenzie`, `LE`, `ngo`, `B.`
_PART = (
    rf"(?:[{_U}][{_L}]+(?:[{_U}][{_L}]+)?(?:[-'’][{_U}]?[{_L}]+)*"
    rf"|[{_U}]{{2,}}(?:[-'’][{_U}]+)*|[{_U}]\.(?:[ ]?[{_U}]\.)*)"
)
_LOWER_PART = rf"[{_L}]{{2,}}(?:-[{_L}]{{2,}})?"

# Labels whose value is a person (lower-cased, spaces inside). `name` ones also take a value in
# lower case (`Name: olga zhang`).
_PERSON_LABELS = words(
    """patient applicant candidate employee customer client contact guardian parent child
    spouse beneficiary holder policyholder cardholder insured member tenant landlord owner
    buyer seller sender recipient addressee attn attention signed signatory witness author
    reviewer approver requester requestor assignee physician doctor teacher student passenger
    driver guest visitor attendee user nominee payee claimant dependent dependant caller
    interviewee interviewer supervisor manager representative rep agent officer"""
) | frozenset({
    "emergency contact", "account holder", "card holder", "contact person", "next of kin",
    "referred by", "approved by", "reviewed by", "prepared by", "submitted by", "requested by",
    "assigned to", "signed by", "written by", "filed by", "reported by", "entered by",
    "completed by", "issued to", "bill to", "ship to", "deliver to", "sold to", "paid to",
    "primary contact", "legal guardian", "point of contact", "case worker", "caseworker",
    "referring physician", "attending physician", "primary care physician",
})
_NAME_LABEL = compiled(
    r"(?i)^(?:(?:full|first|last|middle|given|family|maiden|legal|preferred|nick|display|"
    r"contact|patient|customer|client|employee|applicant|member|account|card|holder|"
    r"beneficiary|guardian|parent|spouse|child|father'?s|mother'?s|insured|tenant|owner|"
    r"student|user|driver|passenger|guest|emergency contact|recipient|sender|[a-z]+'s)[ ]?)?"
    r"(?:name|names|surname|nickname)$"
)
# A label line: `Label: value`, `Label | value`, `LABEL - value`, bullet first.
_FIELD = compiled(
    r"(?m)^[ \t]*(?:[-*•][ \t]*)?([A-Za-z][A-Za-z' ]{1,30}?)[ \t]*(?::|\||[ \t]-)[ \t]*"
    r"([^\n:|]{2,80}?)[ \t]*(?=$|\n|[ \t]*[(<]|,[ \t]*(?:\+?\(?\d|[\w.+-]+@)|[ \t]{2,}|[ \t]*\|)"
)
_VALUE = compiled(
    rf"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ ])?{_PART}(?:,?[ ]{_PART}){{0,4}}"
    r"(?:,?[ ](?:Jr\.?|Sr\.?|II|III|IV))?$"
)
_LOWER_VALUE = compiled(rf"^{_LOWER_PART}(?:[ ]{_LOWER_PART}){{1,3}}$")
_ORGISH = words(
    """inc inc. ltd ltd. llc llp plc corp corp. co co. company group gmbh ag sa bank
    university college school hospital clinic foundation team department dept office desk
    services solutions systems support committee board council ministry agency"""
)
_NOT_VALUE = NOT_A_NAME | FIELD_LABELS | ROLE_WORDS | _ORGISH | NOT_FIRST | words(
    "n/a na none unknown tbd tba pending yes no self same above below other"
)


def field_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Values of person labels (see the module doc)."""
    if ":" not in text and "|" not in text and " - " not in text:
        return []
    out = []
    for m in _FIELD.finditer(text):
        label = " ".join(m.group(1).lower().split())
        named = _NAME_LABEL.match(label) is not None
        if not named and label not in _PERSON_LABELS:
            continue
        value = m.group(2)
        start = m.start(2)
        if _VALUE.match(value):
            tokens = [t.strip(",").lower() for t in value.split()]
            if any(t in _NOT_VALUE for t in tokens):
                continue
            if not named and _dictionary_phrase(tokens, common):
                continue  # `Owner: Platform Engineering`, `Contact: Front Desk`
            out.append((start, start + len(value), 0.8 if named else 0.7))
        elif _LOWER_VALUE.match(value):
            first = value.split()[0]
            given = named and name_frequency().get(first, 0) >= 3  # `Name: grace park`
            if first not in _NOT_VALUE and (given or first not in common):
                out.append((start, start + len(value), 0.7))
    return out


def _dictionary_phrase(tokens: list[str], common: frozenset[str]) -> bool:
    """Only dictionary words and no given name: a team, a thing, a place (`Front Desk`)."""
    names = name_frequency()
    words_ = [t for t in tokens if len(t.rstrip(".")) > 1]
    return bool(words_) and all(is_word(t, common) and names.get(t, 0) < 3 for t in words_)


# `Surname, Given`: the surname may be two words (`Sánchez Martínez, Cipriano`).
_SURNAME_FIRST = compiled(
    rf"(?<![\w.@/-])({_PART}(?:[ ]{_PART})?),[ ]([{_U}][{_L}]+(?:-[{_U}]?[{_L}]+)?)(?![\w@/-])"
)
_LF_BEFORE = compiled(
    r"(?im)(?:^[ \t]*(?:(?:[-*•]|\d{1,3}[.)])[ \t]*)?|[:;|(][ \t]*|\b(?:by|to|for|from|with|and|"
    r"cc|attn|dear|patient|employee|applicant|customer|client|member|issued to|assigned to|"
    r"name is|name to|offer|hire|hired|notify|contact)[ \t]+)$"
)
_LF_AFTER = compiled(r"[ \t]*(?:$|\n|[;:.)(|]|,[ \t]*(?:\d|[\w.+-]+@)|[ \t](?:on|effective|from|"
                     r"was|is|has|will|and|as|\(|<|—|–|-)\b|[ \t]*[<(—–]|[ \t]+[-–—][ \t])")
_LIST_AFTER = compiled(
    r",[ \t]*(?:and[ \t]+)?[A-Z]|[ \t]+(?:and|&)[ \t]+[A-Z][\w'-]+(?![\w'-]*,[ ][A-Z])"
)


def surname_first(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """`Nnamdi, Loretta`, `IBRAHIM, Bashir` (see the module doc)."""
    if ", " not in text:
        return []
    names = name_frequency()
    out = []
    for m in _SURNAME_FIRST.finditer(text):
        start, surname, given = m.start(), m.group(1), m.group(2)
        first, _, rest = surname.partition(" ")
        if rest and (first.lower() in _NOT_VALUE or first.lower() in NOT_FIRST):
            start, surname = start + len(first) + 1, rest  # `Employee Al-Sayed, Javeed`
        low_s = [w.lower().strip(".") for w in surname.split()]
        low_g = given.lower()
        if low_g not in names or any(w in _NOT_VALUE or w in NOT_FIRST for w in low_s) \
                or low_g in _NOT_VALUE or low_g in NOT_FIRST:
            continue
        words_only = (is_word(low_g, common) or names[low_g] < 2) \
            and all(is_word(w, common) for w in low_s) and surname[1:2].islower()
        if words_only and not _LINE_OR_LABEL.search(text, max(0, start - 40), start):
            continue  # `Hart, Gloria` only as a record (a line of its own, after a label or `;`)
        if not _LF_BEFORE.search(text, max(0, start - 30), start):
            continue
        if not _LF_AFTER.match(text, m.end()) or _LIST_AFTER.match(text, m.end()):
            continue  # `Austin, Dallas and Houston`
        out.append((start, m.end(), 0.75))
    return out


_LINE_OR_LABEL = compiled(r"(?:^|\n|[:;|])[ \t]*(?:(?:[-*•]|\d{1,3}[.)])[ \t]*)?$")

# Words before a person, not a place: `processed by Uyen`, `offer Marina the role`, `Approved
# by Vahide`, `for Takehiro is`, `an email to Billie`.
_PERSON_BEFORE = compiled(
    r"(?i)(?:\b(?:by|for|offer|offered|hire|hired|thank|thanks|met|meet|ask|asked|tell|told|"
    r"invite|invited|get|buy|bought|congratulate|remind|pay|paid|named|call|called|"
    r"(?:email|e-mail|message|letter|note|reminder|invite|card|gift|reply|send|sent|"
    r"write|wrote|talk|speak|spoke|talked|assigned|issued|given|give|introduce|say|said|"
    r"hi|hello|name)\b[^.\n]{0,30}\bto)|\b(?:dear|hi|hello|hey))[ \t]+$"
)
_PLACE_BEFORE = compiled(
    r"(?i)\b(?:in|at|near|visit|visited|visiting|fly|flew|flying|drive|drove|move|moved|"
    r"moving|travel|travelled|traveled|trip|office|offices|branch|city|town|state|"
    r"county|country|north|south|east|west|central|downtown|across|around|outside|inside|"
    r"through|via|from)[ \t]+(?:\w+[ \t]+){0,3}$"
)
_PERSON_AFTER = compiled(
    r"[ \t]*(?:[.,!?;:)]|$|[ \t]+(?:is|was|on|for|the|a|an|said|says|will|and|or|who|has|had)\b)"
)
_RETYPED = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})


def retyped_given_names(text: str, labels: list, common: frozenset[str]
                        ) -> list[tuple[int, int, float]]:
    """One given name the model typed as something else, in a person's place (module doc)."""
    names = name_frequency()
    out = []
    for s, e, lab in labels:
        if lab not in _RETYPED or e - s < 3:
            continue
        word = text[s:e]
        low = word.lower()
        if " " in word or not word[:1].isupper() or names.get(low, 0) < 2 \
                or is_word(low, common) or low in _NOT_VALUE or low in NAME_SUFFIXES:
            continue
        before = text[max(0, s - 50) : s]
        if _PLACE_BEFORE.search(before) or not _PERSON_BEFORE.search(before):
            continue
        if _PERSON_AFTER.match(text, e):
            out.append((s, e, 0.7))
    return out


def lone_line_name(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """A given name alone on the first line of a message, then a message in lower case or a
    sentence (`Delores\\nthe file is on the shared drive now`): a name opening a chat line."""
    m = _LONE_LINE.match(text)
    if not m:
        return []
    low = m.group(1).lower()
    if low in given_names() and name_frequency().get(low, 0) >= 2 and not is_word(low, common) \
            and low not in _NOT_VALUE:
        return [(m.start(1), m.end(1), 0.65)]
    return []


def chat_handles(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Given names as chat handles: `<olivia> anyone?`, `olivia: running late` (two such lines
    at least), `@Wacław can you review`; not decorators or words (`@Override`, `todo:`)."""
    if "@" not in text and "<" not in text and ":" not in text:
        return []
    names = name_frequency()

    def named(word: str) -> bool:
        low = word.lower()
        return names.get(low, 0) >= 2 and low not in _NOT_VALUE and not is_word(low, common)

    out = [(m.start(1), m.end(1), 0.7) for m in _MENTION.finditer(text) if named(m.group(1))]
    turns = [m for m in _HANDLE_LINE.finditer(text)]
    if len(turns) >= 2:
        out += [(m.start(1), m.end(1), 0.7) for m in turns
                if named(m.group(1)) or m.group(1).lower() in names and "<" in m.group(0)]
    return out


_MENTION = compiled(rf"(?<![\w.@])@([{_U}{_L}][{_L}]+(?:-[{_U}{_L}][{_L}]+)?)(?![\w@.(-])")
_HANDLE = rf"[{_L}{_U}][{_L}]+(?:-[{_L}{_U}]?[{_L}]+)?"
_HANDLE_LINE = compiled(
    rf"(?m)^[ \t]*(?|<({_HANDLE})>|([{_L}]{{2,20}}(?:-[{_L}]{{2,20}})?):)[ \t]+\S"
)


def closing_name(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """A message's opener `Kerri -` and its last line alone after a blank line (`\n\nJoy`):
    the one addressed and the one writing, in a letter's two places for names."""
    out = []
    names = given_names()
    m = _OPENER.match(text)
    if m and m.group(1).lower() in names and m.group(1).lower() not in _NOT_VALUE:
        out.append((m.start(1), m.end(1), 0.65))
    m = _CLOSER.search(text)
    if m and "\n\n" in text[: m.start(1)] and m.group(1).lower() in names \
            and m.group(1).lower() not in _NOT_VALUE:
        out.append((m.start(1), m.end(1), 0.65))
    return out


_OPENER = compiled(rf"^[ \t]*([{_U}][{_L}]+(?:-[{_U}]?[{_L}]+)?)[ \t]*[-–—][ \t]*\n")
_CLOSER = compiled(rf"\n[ \t]*\n[ \t]*(?:[-–—~][ \t]*)?([{_U}][{_L}]+(?:-[{_U}]?[{_L}]+)?)[ \t]*$")


_LONE_LINE = compiled(rf"^[ \t]*([{_U}][{_L}]+(?:-[{_U}]?[{_L}]+)?)[ \t]*[,!]?[ \t]*\n[ \t]*[a-z]")
