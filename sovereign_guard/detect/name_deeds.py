"""One name opening a clause, told by what it does, and a name told by the chat that says it.

- A clause's subject whose predicate only people take: `Evander lives at 457 Lomas Blvd`,
  `Jadwiga changed her number to...`, `02:31 Clementine rolled back release 3.7`, `Kazuki
  applied with passport...`. The small model leaves most such one-word subjects untyped or
  calls them ORG or GPE. With a pronoun or a home in the predicate (`changed her number`,
  `lives at 12...`) even a dictionary word is a name there (`Journey changed her number`);
  the other predicates (`rolled back`, `paged`, `applied with`) are done by tools and teams
  too, so they take a given name of the list or a word no dictionary knows spelled like a
  name (name_shapes.name_shaped).
- A self-introduction in chat: `new phone who dis - it's gonzalo, my number is...`,
  `it's Ocean here`: `it's` and a word, then what someone says about themself.

Gated by cheap substring tests; no model call.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from .common import Keywords, compiled
from .name_cues import (
    FIELD_LABELS,
    GROUP_WORDS,
    NAME_LOWER,
    NAME_UPPER,
    NAME_WORD,
    NOT_A_NAME,
    NOT_FIRST,
    ROLE_TITLES,
    ROLE_WORDS,
)
from .name_lists import is_word, name_frequency
from .name_shapes import CHAT_NOT_NAMES, name_shaped

_U, _L = NAME_UPPER, NAME_LOWER
_CAP = NAME_WORD
# A clause opens before the subject: the text or a line, a sentence, a time stamp of a log or
# timeline line, a conjunction.
_OPEN = compiled(
    r"(?:^|\n)[ \t]*$|[.!?;:][ \t]+$|(?:^|\n)\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?UTC)?[ \t]+$"
    r"|\b(?:and|but|then|so)[ \t]+$"
)
# What a person alone does: a home, a pronoun of their own.
_OWN = (
    r"(?:lives|lived|living)[ ](?:at|in|on|with|near)[ ]"
    r"(?=[\d{U}]|[a-z]{1,4}\.[ ])"  # a number, a name, a street's abbreviation (`ul.`)
    r"|changed[ ](?:her|his|their)[ ](?:phone[ ]|mobile[ ]|home[ ]|e-?mail[ ])?"
    r"(?:number|address|email|e-mail|name|surname|details)"
    r"|(?:updated|moved)[ ](?:her|his|their)[ ](?:address|number|details)"
    r"|born[ ](?:in|on)"
).replace("{U}", _U)
# What people do that tools and teams do too: a listed given name or a name-shaped non-word.
_DOES = (
    r"rolled[ ]back|acked|acknowledged[ ]the[ ](?:page|alert)|paged|escalated[ ]to|"
    r"took[ ]over|handed[ ]over|applied[ ](?:with|for)|signed[ ]the|paid[ ](?:with|by|for)|"
    r"called[ ](?:in|back)|resigned|retired|hired|approved[ ]the|"
    r"(?:on|off)[ ](?:leave|sick|holiday|vacation)"
)
# (each predicate opens with one of these; they are found by the shared keyword pass and
# str.find, the predicate matched there and its subject read backwards)
_HEADS = ("lives ", "lived ", "living ", "changed ", "updated ", "moved ", "born ",
          "rolled back", "acked", "acknowledged ", "paged", "escalated ", "took over",
          "handed over", "applied ", "signed the", "paid ", "called ", "resigned", "retired",
          "hired", "approved the", "on leave", "off sick", "on holiday", "on vacation")
_GATE = Keywords(*_HEADS)
_PREDICATE = compiled(rf"(?:(?P<own>{_OWN})|{_DOES})\b")
# the subject, and the auxiliary of `is living`, `was born`, `was paged`, `was hired`
_SUBJECT = compiled(
    rf"(?<![\w.@/'’-])({_CAP}(?:[ ]{_CAP}){{0,2}})[ ](?:(?:is|was|has|had)[ ])?$"
)
_NOT_NAME = (NOT_A_NAME | FIELD_LABELS | ROLE_WORDS | ROLE_TITLES | NOT_FIRST | GROUP_WORDS
             | CHAT_NOT_NAMES)

# `it's gonzalo, my number is`, `its Ocean here`, `this is annelies from flat 2`
_SELF = compiled(
    rf"(?i)\b(?:it'?s|it’s|it[ ]is)[ ]+((?-i:[{_L}][{_L}]+(?:-[{_L}]+)?|{_CAP}))"
    r"(?:,?[ ]+(?:here\b|my[ ](?:new[ ])?(?:number|phone|mobile|cell|email|e-mail)\b)"
    r"|[ ]+from[ ](?:the[ ])?(?:flat|apartment|apt|room|house|number|no\.?)\b)"
)
_SELF_GATE = Keywords("it's ", "its ", "it’s ", "it is ")


def _named(span: str, common: frozenset[str], own: bool) -> bool:
    low = [w.lower() for w in span.split()]
    if any(w in _NOT_NAME or w in STOP_WORDS for w in low):
        return False
    names = name_frequency()
    if own:
        return all(name_shaped(w) or names.get(w, 0) for w in low)
    return names.get(low[0], 0) >= 2 and not is_word(low[0], common) \
        or all(not is_word(w, common) and name_shaped(w) for w in low)


def deed_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Clause subjects that do what people do, and chat self-introductions (module doc)."""
    out: list[tuple[int, int, float]] = []
    if _GATE.search(text):
        for head in _HEADS:
            at = text.find(head)
            while at > 0:
                p = _PREDICATE.match(text, at) if text[at - 1] == " " else None
                m = p and _SUBJECT.search(text, max(0, at - 60), at)
                if m and _OPEN.search(text, max(0, m.start() - 30), m.start()) \
                        and _named(m.group(1), common, p.group("own") is not None):
                    out.append((m.start(1), m.end(1), 0.7))
                at = text.find(head, at + 1)
    if _SELF_GATE.search(text):
        for m in _SELF.finditer(text):
            word = m.group(1).lower()
            if word in _NOT_NAME or word in STOP_WORDS:
                continue
            # (a dictionary word only as a common given name: `it's merit`, not `it's fine`)
            if name_frequency().get(word, 0) >= 3 \
                    or not is_word(word, common) and name_shaped(word):
                out.append((m.start(1), m.end(1), 0.7))
    return out
