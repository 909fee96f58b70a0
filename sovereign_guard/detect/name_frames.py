"""Names in the frames of a question about a person and of what a person alone has.

- A question about someone puts the name between an auxiliary and what people do: `Is Aminu
  still on leave?`, `Has Temitope Oladipo signed?`, `What did Chinedu say about it?`, `How
  long has Obinna Okafor worked here?`, `When does Rhea get back?`. The verbs after the name
  are those of people (say, sign, reply, work here, be on leave), not of firms or places.
- A name, then a possessive and what only a person has (`Folake's visa`,
  `Tomasz's manager`, `Tanvi's signature`, `Jade's badge`): a firm or a place has no visa,
  payslip, line manager or wife. (names_en.py scores longer names with a possessive; the
  model's one-word places and firms are retyped in name_shapes.retyped_given_names.)

A name here is one to three capitalised words whose first is a given name of the licensed
list and which do not read as a phrase of words, or words no dictionary knows that are
spelled like names (name_shapes.name_shaped). Gated by cheap substring tests.
"""

from __future__ import annotations

from .common import compiled, words
from .name_cues import (
    FIELD_LABELS,
    NAME_LOWER,
    NAME_UPPER,
    NAME_WORD,
    NOT_A_NAME,
    NOT_FIRST,
    ROLE_WORDS,
)
from .name_lists import is_word, name_frequency, wordlike
from .name_shapes import CHAT_NOT_NAMES, name_shaped

_U, _L = NAME_UPPER, NAME_LOWER
_CAP = NAME_WORD
_SPAN = rf"{_CAP}(?:[ ]{_CAP}){{0,2}}"

# What people do or are, after the name in a question.
# (not what tools and firms do too: `Is Django still maintained`, `Does Vite have`, `Has
# Xero sent`, `Does Svelte work with`)
_PEOPLE_DO = (
    r"still[ ](?:on[ ]leave|off|out|sick|away|here|around|in[ ]the[ ]office|with[ ]us)|"
    r"back[ ](?:from|yet|at[ ]work|in[ ]the[ ]office)|on[ ](?:leave|holiday|vacation)|"
    r"out[ ]sick|off[ ]sick|in[ ]today|in[ ]the[ ]office[ ]today|"
    r"say|said|mention|mentioned|think|thought|reply|replied|respond|responded|sign|signed|"
    r"agree|agreed|call[ ]back|ring|rang|text|texted|"
    r"(?:get|come|be)[ ]back|"
    r"(?:work|worked|works|been[ ]working)[ ](?:here|for[ ]us|with[ ]us)|live|lived|sit|sat|"
    r"still[ ]works?[ ]at[ ](?:the|our|your)\b|"
    r"have[ ](?:admin|access[ ]to[ ]the|rights|permission)"
)
_QUESTION = compiled(
    rf"(?m)(?:^|(?<=[.!?][ ]))(?i:(?:(?:what|when|where|why|how(?:[ ]long|[ ]often|[ ]much)?|"
    rf"which|who)[ ]+)?(?:is|was|has|had|did|does|do|will|would|can|could|should|have))"
    rf"[ ]+({_SPAN})[ ]+(?i:{_PEOPLE_DO})\b"
)
_QUESTION_GATE = ("Is ", "Was ", "Has ", "Had ", "Did ", "Does ", "Do ", "Will ", "Would ",
                  "Can ", "Could ", "Should ", "Have ", " did ", " does ", " has ", " is ")
# What only a person has, after the name and a possessive; `own` ones a firm has too
# (`Tesco's manager training`, `Apple's signature product`), after a listed given name only.
_ONE_OWNS = compiled(
    rf"(?<![\w'’.@/-])({_SPAN})['’]s[ \t]+(?:(?:visa|passport|payslip|badge|wife|husband|"
    r"girlfriend|boyfriend|mum|mom|dad|mother|father|son|daughter|kids|birthday|cv|resume|dob|"
    r"sick[ ]note|maternity|paternity|home[ ]address)|(?P<own>manager|line[ ]manager|"
    r"signature|salary|phone[ ]number|bank[ ]details|partner|children|leave[ ]request))\b"
)
_NOT_NAME = NOT_A_NAME | FIELD_LABELS | ROLE_WORDS | NOT_FIRST | CHAT_NOT_NAMES | words(
    """company firm bank team client customer store shop council government office
    department school hospital"""
)


# Capitalised words before the owner that open a sentence or a request.
_OPENERS = NOT_FIRST | words("update where find get put need ask tell send book cancel renew")


def _person(span: str, common: frozenset[str]) -> bool:
    ws = span.split()
    low = [w.lower() for w in ws]
    if any(w in _NOT_NAME for w in low):
        return False
    if name_frequency().get(low[0], 0) and not wordlike(ws, common):
        return not (len(low) == 1 and is_word(low[0], common)
                    and name_frequency().get(low[0], 0) < 3)
    return not any(is_word(w, common) for w in low) and all(name_shaped(w) for w in low)


def frame_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Names asked about and names that own what only people have (see the module doc)."""
    out: list[tuple[int, int, float]] = []
    if any(g in text for g in _QUESTION_GATE):
        for m in _QUESTION.finditer(text):
            if _person(m.group(1), common):
                out.append((m.start(1), m.end(1), 0.7))
    if "'s " in text or "’s " in text:
        for m in _ONE_OWNS.finditer(text):
            start, span = m.start(1), m.group(1)
            while " " in span and span.split()[0].lower() in _OPENERS:
                # `Update Chinedu Okoro's bank details`: the request's verb is no name
                cut = span.index(" ") + 1
                start, span = start + cut, span[cut:]
            if _person(span, common) and (
                    not m.group("own") or name_frequency().get(span.split()[0].lower(), 0)):
                out.append((start, m.end(1), 0.7))
    return out
