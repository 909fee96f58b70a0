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
    consignee maintainer
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
    r"(?m)^[ \t]*(?:[-*•][ \t]*)?([A-Za-z][A-Za-z' ]{1,30}?)[ \t]*"
    r"(?::|\||[ \t]-|[ \t]*\.{3,})[ \t]*"
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
_NOT_LATER = NOT_A_NAME | ROLE_WORDS | _ORGISH | words("n/a na none unknown tbd tba pending")


def field_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Values of person labels (see the module doc)."""
    if ":" not in text and "|" not in text and " - " not in text and "</" not in text \
            and "..." not in text and '="' not in text and '= "' not in text:
        return []
    out = []
    fields = [(m.group(1), m.group(2), m.start(2)) for m in _FIELD.finditer(text)]
    if '"' in text or "<" in text:
        # JSON and XML: `"assignee": "Adwoa Owusu"`, `"firstName": "Thandiwe"`, `<name>..`
        fields += [(_CAMEL.sub(" ", m.group(1)).replace("_", " ").replace("-", " "),
                    m.group(2), m.start(2)) for m in _KEYED.finditer(text)]
    if ":\n" in text or ": \n" in text:
        for m in _YAML_LIST.finditer(text):
            if m.group(1).lower().replace("_", " ").strip() in _PLURAL_PEOPLE:
                fields += [("reviewer", i.group(1), i.start(1))
                           for i in _YAML_ITEM.finditer(text, m.start(2), m.end(2))]
    for key, value, start in fields:
        label = " ".join(key.lower().split())
        named = _NAME_LABEL.match(label) is not None
        if not named and label not in _PERSON_LABELS:
            # `Signature of witness`, `Name of account holder`: a person label last
            label = label.rpartition(" of ")[2]
            named = _NAME_LABEL.match(label) is not None
            if not named and label not in _PERSON_LABELS:
                continue
        if _VALUE.match(value):
            tokens = [t.strip(",").lower() for t in value.split()]
            # (a field label or a sentence opener only as the first word: `Taylor Street`,
            # `Hazel Swift` are names)
            if tokens[0] in _NOT_VALUE or any(t in _NOT_LATER for t in tokens[1:]):
                continue
            if not named and _dictionary_phrase(tokens, common) and not (
                    len(tokens) in (2, 3) and name_frequency().get(tokens[0], 0) >= 1):
                continue  # `Owner: Platform Engineering`, `Contact: Front Desk`
            out.append((start, start + len(value), 0.8 if named else 0.7))
        elif _LOWER_VALUE.match(value):
            first = value.split()[0]
            given = named and name_frequency().get(first, 0) >= 3  # `Name: grace park`
            if first not in _NOT_VALUE and (given or first not in common):
                out.append((start, start + len(value), 0.7))
    return out


_KEYED = compiled(
    r"(?|\"([A-Za-z][A-Za-z_ -]{1,30})\"[ \t]*:[ \t]*\"([^\"\n]{2,80})\""
    r"|<([A-Za-z][A-Za-z_-]{1,30})>([^<\n]{2,80})</\1>"
    # TOML and log lines: `author = "Ama Diallo"`, `user="Ama Diallo"`
    r"|(?<![\w.-])([A-Za-z][A-Za-z_-]{1,30})[ \t]*=[ \t]*\"([^\"\n]{2,80})\")"
)
# A YAML list under a person key: `reviewers:\n  - Ama Diallo\n  - Dale Price`.
_YAML_LIST = compiled(
    r"(?m)^[ \t]*([A-Za-z][A-Za-z_ -]{1,30}):[ \t]*\n((?:[ \t]+-[ \t]+[^\n]+(?:\n|$))+)"
)
_YAML_ITEM = compiled(r"(?m)^[ \t]+-[ \t]+([^\n]*[^\n \t])")
_PLURAL_PEOPLE = words(
    """reviewers approvers owners assignees attendees authors maintainers members contacts
    participants signatories witnesses recipients managers users people staff"""
)
_CAMEL = compiled(r"(?<=[a-z])(?=[A-Z])")


def _dictionary_phrase(tokens: list[str], common: frozenset[str]) -> bool:
    """Only dictionary words and no given name: a team, a thing, a place (`Front Desk`)."""
    names = name_frequency()
    words_ = [t for t in tokens if len(t.rstrip(".")) > 1]
    return bool(words_) and all(is_word(t, common) and names.get(t, 0) < 3 for t in words_)


# `Surname, Given`: the surname may be two words (`Sánchez Martínez, Cipriano`).
_SURNAME_FIRST = compiled(
    rf"(?<![\w.@/-])((?:(?:van|von|de|der|den|da|di|del|della|du|dos|das|le|la|ter|ten|zu|"
    rf"bin|al|el)[ ]){{0,3}}{_PART}(?:[ ]{_PART})?),[ ]([{_U}][{_L}]+(?:-[{_U}]?[{_L}]+)?)"
    rf"((?:[ ][{_U}]\.){{0,2}})(?![\w@/-])"
)
_LF_BEFORE = compiled(
    r"(?im)(?:^[ \t]*(?:(?:[-*•]|\d{1,3}[.)])[ \t]*)?|[:;|(][ \t]*|^\"|"
    r"\b(?:by|to|for|from|with|and|"
    r"cc|attn|dear|patient|employee|applicant|customer|client|member|issued to|assigned to|"
    r"name is|name to|offer|hire|hired|notify|contact)[ \t]+)$"
)
# (`"Esposito, Leonarda","Accounts"`: a quoted CSV cell)
# (a tab ends a TSV cell: `Ugwu, Bolanle<TAB>23727`)
_LF_AFTER = compiled(r"\t|[ \t]*(?:$|\n|[;:.)(|]|\"[,\t;]|,[ \t]*(?:\d|[\w.+-]+@)|"
                     r"[ \t](?:on|effective|from|"
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
        if any(w in _NOT_VALUE or w in NOT_FIRST for w in low_s) \
                or low_g in _NOT_VALUE or low_g in NOT_FIRST:
            continue
        if low_g not in names and not (
                # `Okoro, Chidi` in a roster, `Lim, Hyun-woo C.`: no word on either side
                not is_word(low_g, common) and not any(is_word(w, common) for w in low_s)
                and (m.group(3) or _LINE_OR_LABEL.search(text, max(0, start - 40), start))):
            continue
        words_only = (is_word(low_g, common) or names.get(low_g, 0) < 2) \
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
        if " " in word or not word[:1].isupper() \
                or low in _NOT_VALUE or low in NAME_SUFFIXES or low in NOT_FIRST:
            continue
        if names.get(low, 0) >= 3 and _KIN_AFTER.match(text, e) or is_word(low, common):
            # `Pierce's CV`, `at Brooklyn's place`: a common given name, then what a person
            # has, is a person even where it is a word or after `at` (not `Apple's phone`)
            if names.get(low, 0) >= 3 and OWNS_AFTER.match(text, e):
                out.append((s, e, 0.7))
            continue
        before = text[max(0, s - 50) : s]
        if _PLACE_BEFORE.search(before):
            if OWNS_AFTER.match(text, e) and names.get(low, 0) >= 2:
                out.append((s, e, 0.7))
            continue
        if names.get(low, 0) >= 2 and (
                _PERSON_BEFORE.search(before) and _PERSON_AFTER.match(text, e)
                or _DOES_AFTER.match(text, e)):
            out.append((s, e, 0.7))  # `Siobhan and Rafael will cover`, `Luyanda can take`
        elif OWNS_AFTER.match(text, e) and name_shaped(low) and (
                names.get(low, 0) or _KIN_AFTER.match(text, e)):
            out.append((s, e, 0.7))  # `Titilayo's email is`
    return out


# What a person does or has, right after the name (the small model's place or firm does not
# `approve` or have a `wife`).
_DOES_AFTER = compiled(
    r"(?:[ \t]+(?:and[ \t]+[A-Z][\w'-]+[ \t]+)?(?:will|can|could|would|said|says|told|asked|"
    r"wants|thinks|approved|signed|called|emailed|texted|replied|agreed|joined|left|"
    r"arrived|is still|was still|has been|had been|is out|is off)\b"
    r"|,[ \t]+(?:our|my|the|his|her|their|your)[ \t]+[a-z])"
)
_KIN_AFTER = compiled(
    r"['’]s[ \t]+(?:wife|husband|partner|mom|mum|dad|mother|father|son|daughter|brother|"
    r"sister|boss|manager)\b"
)
OWNS_AFTER = compiled(
    r"['’]s[ \t]+(?:e-?mail|phone|number|mobile|cell|address|birthday|wife|husband|partner|"
    r"mom|mum|dad|mother|father|son|daughter|brother|sister|boss|manager|salary|account|"
    r"passport|password|id|ssn|dob|cv|resume|presentation|office|desk|car|flat|apartment|"
    r"house|place|report|charger|laptop|flight|contract|notes|signature|approval|request|"
    r"application|appointment|leave|visa|wedding|funeral|kids|children|family|parents|"
    r"team|line manager|replacement|reference|payslip|invoice|medical|diagnosis|surgery)\b"
)


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

    def common_name(word: str) -> bool:
        """A common given name that is also a word (`Edward`, `dolores`), as a handle."""
        low = word.lower()
        return names.get(low, 0) >= 3 and low not in _NOT_VALUE and low not in CHAT_NOT_NAMES \
            and low not in NOT_FIRST

    # `@Edward can you review`; not a decorator (`@Override`, `@property\n`)
    out = [(m.start(1), m.end(1), 0.7) for m in _MENTION.finditer(text)
           if named(m.group(1)) or common_name(m.group(1)) and _SPOKEN_TO.match(text, m.end())]
    def unknown(word: str) -> bool:
        low = word.lower()
        return not is_word(low, common) and name_shaped(low) and low not in _NOT_VALUE \
            and low not in CHAT_NOT_NAMES

    turns = [m for m in _HANDLE_LINE.finditer(text)]
    if len(turns) >= 2:
        # `dolores: running late` / `kwaku: np`: handles that are common names or spelled
        # like names, when one of them is a listed name no dictionary knows
        sure = any(named(t.group(1)) or common_name(t.group(1)) for t in turns)
        out += [(m.start(1), m.end(1), 0.7) for m in turns
                if named(m.group(1)) or sure and (common_name(m.group(1)) or unknown(m.group(1)))]
    return out


_SPOKEN_TO = compiled(r"[ \t]*(?:,|[ \t](?:can|could|would|will|pls|please|are|did|do|have|"
                      r"thanks|thank|you|u|what|when|where|how|is|any)\b)")


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


# -- given names in chat, written in lower case ------------------------------------------------
# `hey chidi, can you send the file to ngozi`, `can u ping grace about the booking`,
# `cc efua pls`, `thanks kelechi!!`: chat drops capitals, so the cue before the word and the
# word itself carry the evidence. Three kinds of word, from most to least evidence needed:
# - a given name of the licensed list that is no dictionary word (`ngozi`, `siobhan`): after
#   any cue below, strong or weak (`to`, `with`, `and`);
# - a word no dictionary or list knows, shaped like a name (`efua`, `ekow`, `nnamdi`): after a
#   strong cue only (a greeting, `ping`, `ask`, `tell`, `cc`, `thanks`, `@`);
# - a common given name that is a word (`grace`, `dean`, `joy`): after a verb that takes a
#   person and before a word that goes on about a person (`ping grace about`, `ask dean if`),
#   or spoken to (`thanks joy!`); never a modal (`will`, `may`) or `hope`.
_STRONG_CHAT = (
    r"hey|hi|hiya|hello|yo|morning|thanks|thank you|thx|ty|tysm|ping|pinged|ask|asked|tell|"
    r"told|cc|cc'd|bcc|remind|reminded|dm|dm'd|dmed|message|messaged|text|texted|"
    r"talked to|talk to|spoke to|spoke with|speak to|speak with|chat with|chatted with|"
    r"congrats|bye|sorry|love you|miss you|call|called|email|emailed|me and|loop in|looped in|"
    r"ok|okay|cheers[,!.]?[ \t]*\n|best[,!.]?[ \t]*\n|love[,!.]?[ \t]*\n|xx[,!.]?[ \t]*\n"
)
_WEAK_CHAT = (
    r"to|with|w/|and|from|for|by|met|meet|did|does|is|has|or|so|but|then|omg|lol|oh|wow|haha|"
    r"yay|aww|btw|fyi"
)
_CHAT_NAME = compiled(
    rf"(?:(?<![\w@.])(?P<at>@)|(?i:(?:^|(?<=[^\w'’]))(?:(?P<strong>{_STRONG_CHAT})|"
    rf"(?P<weak>{_WEAK_CHAT}))[ \t,]+))"
    rf"(?P<name>[{_L}]{{2}}-[{_L}]{{2,20}}|[{_L}]{{3,20}}(?:-[{_L}]{{2,20}})?)(?![\w@/'’-]|\.\w)"
)
_NOT_MENTION = words("channel here everyone all team devs admin admins mods")
# `use the @dataclass decorator`, `@Injectable(`: code talks of its decorators like mentions.
_CODE_MENTION = compiled(r"\(|[ \t]+(?:decorators?|annotations?|directives?|attributes?|"
                         r"macros?|hooks?)\b")
_ARTICLE_BEFORE = compiled(r"(?i)\b(?:the|a|an)[ \t]+$")
# After a dictionary-word name: what people are pinged, asked and told about.
_ABOUT_AFTER = compiled(
    r"[ \t]*(?:$|[,.!?;:)]|[ \t](?:about|if|whether|to|that|for|re|pls|please|when|asap|and|"
    r"or|on|i|we|he|she|they|you|said|says|is|was|will|can|has|had|back|are|were)\b)"
)
# After a word no list knows: the sentence goes on as it does after a person.
_PERSON_GOES_ON = compiled(
    r"[ \t]*(?:$|[,.!?;:)\n]|[ \t](?:about|if|whether|to|that|for|re|pls|please|when|asap|and|"
    r"or|on|i|we|he|she|they|you|said|says|is|was|will|can|could|has|had|back|did|does|are|"
    r"were|before|after|at|in|yet|too|again|tomorrow|today|tonight|later|now|know|the|a|an|"
    r"my|your|his|her|our|their|this|that|it|what|how|u|ur|reply|replied|say|call|text|send|"
    r"sent|come|get|got|see|saw|answer|respond|pay|paid|finish|sign|email|join|bring|tmrw|tmr|"
    r"coming|going|rn)\b)"
)
# Before `to`, `with`, `and` and a word no list knows: something given or done with a person
# (`send the file to ngozi`, `lunch with ekow`), not a move to a place or a tool
# (`upgrade to vite`, `go to kumasi`).
_GIVE_BEFORE = compiled(
    r"(?i)\b(?:send|sent|give|gave|forward|forwarded|pass|passed|hand|handed|show|showed|reply|"
    r"replied|write|wrote|talk|talked|talking|speak|spoke|introduce|introduced|lunch|dinner|"
    r"coffee|call|meeting|sync|catch up|hang out|met|meet|me|you|him|her|us|them)\b"
    r"[^.!?\n]{0,30}$"
)
# Dictionary-word given names that are read as the word after `ask`, `tell`, `thanks`
# (`ask will`, `thanks chase`, `ping grant`): modals, a bank, a verb.
_NEVER_DICT_NAME = words("will may can hope chase grant bill sue pat guy rob art wade buck chip")
# Chat words, tools and services typed in lower case after `ping`, `ask`, `with` that no
# dictionary lists; they are not people.
CHAT_NOT_NAMES = words(
    """lol lmao rofl omg wtf idk lmk brb btw fyi imo imho tbh ngl smh np nvm pls plz thx tysm
    asap eod eow ooo wfh gonna wanna gotta kinda sorta yall ya yea yeah yep yup nah nope hmm
    huh ugh yay woo haha hehe bruh fam bro sis dude mate guys folks everyone everybody anyone
    someone somebody noone nobody whoever u ur urs yours mine ours theirs hers his tmrw tmr
    tonite rn gm gn ok okay kk alright sure cool nice great awesome
    dev devs ops devops sre qa infra prod staging admin admins mods mod support helpdesk
    localhost server servers api apis db repo repos github gitlab bitbucket jenkins docker
    kubernetes slack zoom teams jira confluence notion figma trello asana sharepoint onedrive
    dropbox outlook gmail google chatgpt openai claude gemini copilot siri alexa cortana
    bixby okta pagerduty datadog grafana sentry nginx redis postgres mysql mongo kafka
    vercel heroku netlify stripe paypal venmo zelle whatsapp telegram signal discord reddit
    twitter facebook insta instagram tiktok linkedin youtube spotify netflix uber lyft
    doordash amazon ebay etsy shopify excel powerpoint
    man men girl girls boy boys lady ladies sir love dear babe honey buddy pal champ chief
    boss friend friends channel"""
)
_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēęěīıōőœūůű")


def name_shaped(low: str) -> bool:
    """Spelled like a given name: a vowel, no run of four consonants (`chatgpt`), no letter
    three times in a row (`hmmm`), no vowel-less abbreviation (`lmk`), an opening that names
    have."""
    run = 0
    for i, ch in enumerate(low):
        if ch in "-'’":
            run = 0
            continue
        run = 0 if ch in _VOWELS else run + 1
        if run >= 4 or i >= 2 and ch == low[i - 1] == low[i - 2]:
            return False
        if run == 3 and not any(c in "hlrnmswy" for c in low[i - 2 : i + 1]):
            return False  # `abcd`, `fgh`: no liquid, nasal or h to carry three consonants
    if low[:1] not in _VOWELS and low[1:2] not in _VOWELS and low[:2] not in _ONSETS:
        return False  # `pkce`, `mkdir`: no name opens with those two consonants
    return any(ch in _VOWELS for ch in low)


# Two consonants that open given names in the languages set C covers (`Chidi`, `Nkechi`,
# `Mbali`, `Kwame`, `Zhang`, `Shreya`, `Tsegaye`, `Sven`).
_ONSETS = words(
    "bh bl br ch cl cr dh dr dw dz fl fr gb gh gl gr gw hr hy jh kh kl kn kp kr kw ky mb mr mw "
    "nd ng nj nk nn ns nt nw ny ph pl pr ps rh sc sh sk sl sm sn sp sr st sv sw sz th tr ts tw "
    "ty vl vr wr zh zw zl"
)


_INFINITIVE_TO = compiled(
    r"(?i)\b(?:us|me|you|him|them|want|wants|wanted|need|needs|needed|going|trying|tried|"
    r"able|have|has|had|used|ought|like|love|hate|plan|planning|forgot|remember)[ \t]+to$"
)


def chat_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Lower-case given names in chat after a cue (see above)."""
    names = name_frequency()
    out: list[tuple[int, int, float]] = []
    for m in _CHAT_NAME.finditer(text):
        low = m.group("name")
        if low in _NOT_VALUE or low in CHAT_NOT_NAMES or low in NOT_FIRST:
            continue
        start, end = m.span("name")
        if (m.group("weak") or "").lower() == "to" \
                and _INFINITIVE_TO.search(text, max(0, m.start() - 12), m.end("weak")):
            continue  # `asked us to resend`: a verb after an infinitive's `to`
        strong = m.group("weak") is None or bool(
            # `cc vivaan and ekow`: the second of two joined by `and`, `or`
            out and m.group("weak").lower() in ("and", "or")
            and text[out[-1][1] : m.start("weak")].strip() == "")
        word = is_word(low, common)
        listed = names.get(low, 0)
        if listed and not word:
            ok = strong or _PERSON_GOES_ON.match(text, end) is not None
        elif not listed and not word:
            ok = (strong or _GIVE_BEFORE.search(text, max(0, m.start() - 40), m.start()))\
                and name_shaped(low) and _PERSON_GOES_ON.match(text, end) is not None
        else:
            ok = (strong and listed >= 4 and low not in _NEVER_DICT_NAME
                  and (m.group("at") is not None or _ABOUT_AFTER.match(text, end) is not None))
        if not ok and m.group("at") and low not in _NOT_MENTION \
                and not _CODE_MENTION.match(text, end) \
                and not _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            ok = bool(listed) or not word and name_shaped(low)  # `@nga are you joining`
        if ok:
            out.append((start, end, 0.7 if strong else 0.65))
    for m in _SPEAKS.finditer(text) if any(v in text for v in _SPEAKS_VERBS) else ():
        # `mylene said the keys are under the mat`: a name no dictionary knows opening a line
        low = m.group(1)
        if not is_word(low, common) and low not in _NOT_VALUE and low not in CHAT_NOT_NAMES \
                and (names.get(low, 0) or name_shaped(low)):
            out.append((m.start(1), m.end(1), 0.65))
    return out


_SPEAKS_VERBS = ("said", "says", "told", "asked", "replied", "wants", "thinks", "texted", "called",
                 "emailed", "messaged")
# (_SPEAKS is searched only when one of its verbs is in the text at all)
# (a chat interjection may open the line first: `btw mylene said`, `omg kojo told me`)
_SPEAKS = compiled(
    r"(?m)^[ \t]*(?:(?:btw|fyi|omg|lol|ok|so|and|also|ugh|oh|hey)[ \t,]+)?"
    rf"([{_L}]{{3,20}}(?:-[{_L}]{{2,20}})?)[ \t]+(?:{'|'.join(_SPEAKS_VERBS)})\b"
)


# A name, then its role between commas or in brackets: `Priya, our CFO, approved`, `Trung,
# head of sales, signed`, `Clémence (my manager) is out`.
_ROLE_NOUNS = ROLE_WORDS | words(
    """intern boss colleague coworker neighbour neighbor landlord landlady tenant friend
    cousin aunt uncle niece nephew wife husband partner mentor tutor teacher doctor nurse
    dentist lawyer accountant driver nanny cleaner plumber contractor client customer
    supervisor"""
)
_APPOSITIVE = compiled(
    rf"(?<![\w'’.@-])([{_U}][{_L}]+(?:-[{_U}]?[{_L}]+)?)(?:[ ]([{_U}][{_L}]+(?:-[{_U}]?[{_L}]+)?))?"
    r"(?:,[ \t]+|[ \t]+\()((?:(?:our|my|the|his|her|their|your|a|an|new|former)[ \t]+)?"
    r"(?:[a-z-]+[ \t]+){0,3}?([A-Za-z]+)\b(?:[ \t]+(?:of|at|for|in)[ \t]+[\w &-]{2,30}?)?)[,)]"
)


def appositive_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Names before a role in commas or brackets (see above)."""
    if "," not in text and "(" not in text:
        return []
    names = name_frequency()
    out = []
    for m in _APPOSITIVE.finditer(text):
        role = m.group(4).lower()
        if role not in _ROLE_NOUNS and not any(w.lower() in _ROLE_NOUNS
                                               for w in m.group(3).split()):
            continue
        parts = [g for g in (m.group(1), m.group(2)) if g]
        low = [w.lower() for w in parts]
        if any(w in _NOT_VALUE or w in NOT_FIRST or w in _ORGISH for w in low):
            continue
        if all(is_word(w, common) and names.get(w, 0) < 3 for w in low):
            continue  # `Sales, our biggest team,`
        out.append((m.start(1), m.end(2) if m.group(2) else m.end(1), 0.7))
    return out


# Transcript speakers written in brackets: `[Marites Lacson] Yes`, `Speaker 2 (Efua Owusu): I
# agree`; two name-shaped words at least, not a phrase of words (`[Draft Notes]`).
_BRACKET_SPEAKER = compiled(
    rf"(?m)^[ \t]*(?:\[|(?i:speaker|participant|caller|guest|panelist|witness)[ \t]*\d{{0,2}}"
    rf"[ \t]*\()({_PART}(?:[ ]{_PART}){{1,3}})[\])][ \t]*:?[ \t]+\S"
)


def bracket_speakers(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Speakers in brackets opening a line (see above)."""
    if "[" not in text and "(" not in text:
        return []
    out = []
    for m in _BRACKET_SPEAKER.finditer(text):
        tokens = [t.strip(".").lower() for t in m.group(1).split()]
        if any(t in _NOT_VALUE for t in tokens) or _dictionary_phrase(tokens, common):
            continue
        out.append((m.start(1), m.end(1), 0.7))
    return out
