"""Names in the slots of a request or an introduction, whatever the small model types them.

Prompts sent to an assistant at work put a person in a handful of slots: the object of a
request (`Please email X about`, `cc X`, `loop in X`, `ask X to`, `a note to X`), a source
(`according to X,`, `as X pointed out`), someone acted for (`on behalf of X`), a self-
introduction (`my name is X`, `I am X from accounts`, `this is X calling`) and a sign-off
(`Signed, X`, `Regards,\\nX`). There the small model calls a name made of words ORG, FAC or a
place (`Willow Gates`, `Heath Castle`, `Lark Black`), and the word-phrase and place-head rules
of names_en.py drop it. In such a slot two or three capitalised words are a person when the
first is a given name of the list (nam_dict), or, after the strongest cues (`my name is`,
`signed`), any two capitalised words that are no firm or office; unless a firm's words follow
(`email Charles Schwab support`, `according to Johnson Matthey's annual report`).

The same holds on the right of a name opening a clause: `X called twice`, `X from procurement
needs`, `X is on leave`, `X, can you review`: what people do, not places or firms.

Gated by one regex of the cue words, which most prompts never match.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from .common import compiled, words
from .name_cues import FIELD_LABELS, NOT_A_NAME, NOT_FIRST, ROLE_WORDS
from .name_lists import abstract_noun, name_frequency

_U = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_L = "a-zà-öø-ÿāăąćčďēęěğīıłńňōőœřśşšţťūůűźżž"
_CAP = rf"(?:[{_U}]['’])?[{_U}][{_L}]+(?:-[{_U}][{_L}]+)?"
_CAPS = rf"[{_U}]{{2,}}(?:-[{_U}]{{2,}})?"
_SPAN = rf"(?:{_CAP}(?:[ ]{_CAP}){{1,2}}|{_CAPS}(?:[ ]{_CAPS}){{1,2}})"

# Cues before the slot: a request's verb and its object, a source, an introduction, a sign-off.
# `very` ones take any two capitalised words; the others need a given name first.
_VERY = r"my[ ]name[ ]is|my[ ]name's|call[ ]me|signed,?"
_REQUEST = (
    r"e-?mail|cc|bcc|ping|ask|remind|invite|loop[ ]in|thank|notify|copy[ ]in|"
    r"(?:note|reminder|letter|message|invite|invitation|reply|thank-you[ ]note)[ ]to|"
    r"(?:call|meeting|1:1|chat)[ ]with|on[ ]behalf[ ]of|according[ ]to|as|feedback[ ]for|"
    r"(?:forward|send)[ ](?:(?:the|this|it|my|our|a|an|signed|[a-z]+)[ ]){0,3}to|"
    r"i[ ]am|i'm|this[ ]is|"
    r"(?m:^)[ \t]*(?:best|cheers|thanks|many[ ]thanks|regards|kind[ ]regards|best[ ]regards|"
    r"best[ ]wishes|warm[ ]regards|sincerely|yours[ ]sincerely|yours),?[ \t]*\n"
)
_BEFORE = compiled(
    rf"(?i:(?<![\w'’-])({_VERY})|(?<![\w'’-])(?:{_REQUEST}))(?:[ \t]+|(?<=\n))"
    rf"(?-i:({_SPAN}))(?![\w'’-]|[ ][{_U}])"
)
# A clause opening with the name, then what a person does.
_OPENER = compiled(
    rf"(?m)(?:^|(?<=[.!?][ ]))({_CAP}[ ]{_CAP})(?=(?:['’]s[ ]+(?:laptop|desk|car|phone|"
    r"account|leave|manager|team|badge|email|office))|[ ]+(?:called|emailed|rang|texted|"
    r"is[ ]on[ ]leave|is[ ]off|is[ ]out|joined|pointed[ ]out|will[ ]present|will[ ]chair|"
    r"signed|approved|from[ ](?:procurement|accounts|finance|legal|hr|it|sales|payroll|"
    r"marketing|support|the[ ][a-z]+[ ]team))\b|,[ ]+(?:can|could|would|will)[ ]you\b)"
)
# A firm's words after the span: `Charles Schwab support`, `Johnson Matthey's annual report`.
_FIRM_AFTER = compiled(
    r"(?i)(?:[ \t]+(?:customer|customers|support|sales|team|store|stores|shop|website|app|"
    r"helpdesk|help[ ]desk|services|service|group|plc|ltd|inc|llc|corp|couriers|stock|shares|"
    r"boutique|outlet|headquarters|hq)\b|['’]s[ \t]+(?:annual|quarterly|latest|website|share|"
    r"shares|stock|results|earnings|filing|filings|store|stores|shop|shops|products|customer|"
    r"customers|support|board|headquarters|ceo|new[ ]collection|collection|brand))"
)
_FIRM_WORDS = words(
    """inc ltd llc llp plc corp co company group gmbh bank university college institute school
    hospital clinic foundation labs technologies systems solutions partners associates
    holdings services international media capital consulting industries team department
    office committee council agency support sales store"""
)
# (field labels and sentence openers only as the first word: `Taylor Price`, `Hazel Swift`)
_NOT_FIRST_PART = NOT_FIRST | FIELD_LABELS
_NOT_PART = NOT_A_NAME | ROLE_WORDS | _FIRM_WORDS
# Last words of places' names that are rarely surnames (`Hunter Valley`, `Victoria Station`);
# `Street`, `Castle`, `Hall`, `Park`, `Church` are surnames too (`Taylor Street`).
_PLACE_LAST = words(
    """valley station airport square harbour harbor plaza springs heights gardens terrace
    crescent avenue boulevard road mountain mountains canyon falls island islands palace
    abbey cathedral quay wharf bay beach lake river county city town village"""
)
# Words whose presence a cheap test finds before the regexes run.
_GATE = ("mail", "cc", "best", "cheers", "thanks", "yours", "ping", "ask", "remind", "invite",
         "loop", "thank", "notify", "copy", " to ", "with", "behalf", "as ", "feedback", "i am",
         "i'm", "this is", "name", "call me", "signed", "sincerely", "regards")
_OPENER_GATE = ("called", "emailed", "rang", "texted", "leave", " off", " out", "joined",
                "pointed", "will ", "signed", "approved", "from ", " you", "'s ", "’s ")


def _name_like(span: str, very: bool, common: frozenset[str]) -> bool:
    low = [p.lower() for p in span.split()]
    if low[0] in _NOT_FIRST_PART or any(p in _NOT_PART for p in low) or low[-1] in _PLACE_LAST \
            or any(abstract_noun(p, common) for p in low[1:]):
        return False
    if very:
        return True
    return name_frequency().get(low[0], 0) >= 1


def slot_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Names in a request's, a source's, an introduction's or a sign-off's slot, and names
    opening a clause about what a person does (see the module doc)."""
    low = text.lower()
    out: list[tuple[int, int, float]] = []
    if any(g in low for g in _GATE):
        for m in _BEFORE.finditer(text):
            start, end = m.span(2)
            span = m.group(2)
            if span.count(" ") == 2 and span.rpartition(" ")[2].lower() in STOP_WORDS:
                end = start + len(span.rpartition(" ")[0])  # `MEETING WITH ANA LIMA AT 3PM`
                span = text[start:end]
            if _FIRM_AFTER.match(text, end):
                continue
            if _name_like(span, m.group(1) is not None, common):
                out.append((start, end, 0.85))
    if any(g in low for g in _OPENER_GATE):
        for m in _OPENER.finditer(text):
            if _name_like(m.group(1), False, common):
                out.append((m.start(1), m.end(1), 0.8))
    return out
