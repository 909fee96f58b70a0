"""Names found by what their words are: a family name of the Census list after a given name.

The cue-based finders (names_en.py, name_shapes.py) need a word around a name that says
"person"; untuned text often has none (`cardholder KWABENA ASANTE.`, `pt tharindu wickramasinghe,
dob`, `NDLOVU, Lerato`). Two licensed lists are independent evidence (name_lists.py):
nam_dict's given names and the US Census 2010 family names. A family name of the list that is
no English word (`asante`, `ndlovu`, `tupou`; see name_lists.listed_surname) says "person"
after a word that can be a given name, in any case; capitalised pairs get the same evidence in
names_en's scoring, these finders take the cases its capitalised-word regex does not see:

| finder          | shape                                   | evidence                          |
| --------------- | --------------------------------------- | --------------------------------- |
| lower-case pair | `tharindu wickramasinghe`              | listed surname + a given name's   |
|                 |                                         | shape, no code on the line        |
| capitals pair   | `KWABENA ASANTE`, `AKOSUA MENSAH`      | listed surname + a given name     |
| surname, given  | `NDLOVU, Lerato`, `Okafor, C.`         | a cell of its own + listed        |
|                 |                                         | surname or an unknown word        |

Dictionary words decide how much more a pair needs: `young`, `price`, `park` are surnames of
the list and words, so `will be young` and `mark price changes` are never pairs here; `grace
park` in chat is left to the cued finders.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from .common import compiled, words
from .name_cues import FIELD_LABELS, NAME_LOWER, NAME_UPPER, NOT_A_NAME, NOT_FIRST, ROLE_WORDS
from .name_lists import given_names, irregular_forms, is_word, listed_surname, surnames
from .name_shapes import name_shaped

_U, _L = NAME_UPPER, NAME_LOWER
# Words no given name of a pair is: labels, roles, sentence openers, chat and log words.
_NOT_GIVEN = NOT_FIRST | NOT_A_NAME | FIELD_LABELS | ROLE_WORDS | words(
    """lol omg haha hmm ok okay pls plz thx ty btw idk imo tbh brb np yep nope yeah hey hi
    sudo npm pip apt brew yarn git cd ls rm mv cp cat echo grep sed awk curl wget ssh scp
    kubectl docker helm make cargo go node deno java python ruby perl php lua bash zsh sh
    info debug warn error fatal trace get post put patch delete head todo fixme note
    login logon logout signin signup backend frontend config repo wifi inbox admin sysadmin"""
)
# Code or a command line around a lower-case pair: `pip install conda lua`, `$ vite serve`,
# `import koa`, `x = deno run`, `f(x)`, or inside backticks (not a date's slashes).
_CODE_LINE = compiled(
    r"[`{}\\]|\$[ ({A-Za-z]|\w\(|[^ ]=|=[^ ]| = |</|->|::"
    r"|\b(?:import|install|def|class|npm|pip|sudo|apt|brew|yarn|cargo)\b"
)

# --- lower case and capitals pairs ---------------------------------------------------------------
# Words of one case, with what stands between them; a pair is two of them a space apart.
_LOWER_TOKEN = compiled(
    rf"(?<![\w.@/#'’:=-])[{_L}]{{3,20}}(?:-[{_L}]{{3,20}})?(?![\w@/'’=(-]|\.\w)")
_CAPS_TOKEN = compiled(rf"(?<![\w.@/#'’:=-])[{_U}]{{3,20}}(?:-[{_U}]{{3,20}})?(?![\w@/'’=(-]|\.\w)")
# A scan cheaper than the tokens' that says whether a capitals pair can be there at all
_CAPS_GATE = compiled(rf"[{_U}]{{3}} [{_U}]{{3}}")


def _given_word(low: str, common: frozenset[str]) -> bool:
    """`low` can be the given name of a pair: a listed given name that is no word, or a word
    no dictionary or list knows, spelled like a name (`tharindu`, `rukmini`)."""
    if low in _NOT_GIVEN or low in STOP_WORDS or is_word(low, common):
        return False
    return low in given_names() or name_shaped(low)


def _family(low: str, family: frozenset[str], common: frozenset[str]) -> bool:
    """Every part of `low` a surname of the list that is no word (see listed_surname); the
    set lookups first, since most words of a prompt are words."""
    irregular = irregular_forms(common)  # `came`, `went`: Census surnames, and verbs
    return all(p in family and p not in common and p not in irregular
               and listed_surname(p, common) and name_shaped(p) for p in low.split("-"))


def listed_pairs(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Lower-case and capitals given name + listed surname pairs (see the module doc)."""
    family = surnames()
    if not family:
        return []
    out = []
    for token, score in ((_LOWER_TOKEN, 0.7), (_CAPS_TOKEN, 0.75)):
        if score == 0.75 and _CAPS_GATE.search(text) is None:
            continue
        prev = None
        for m in token.finditer(text):
            low = m.group(0).lower()
            if prev is not None and prev.end() + 1 == m.start() and text[prev.end()] == " " \
                    and low not in _NOT_GIVEN and _family(low, family, common) \
                    and _given_word(prev.group(0).lower(), common) \
                    and (score == 0.75 or not _code_line(text, prev.start(), m.end())):
                out.append((prev.start(), m.end(), score))
            prev = m
    return out


def _code_line(text: str, start: int, end: int) -> bool:
    """The line of `start:end` reads as code or a command (see _CODE_LINE)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _CODE_LINE.search(text, line_start, line_end if line_end >= 0 else len(text)) \
        is not None


# --- surname, given ------------------------------------------------------------------------------
_CAPS_WORD = rf"(?:[{_U}]['’])?[{_U}]{{2,}}(?:-[{_U}]{{2,}})?"
_CAP_WORD = rf"[{_U}][{_L}]+(?:-[{_U}]?[{_L}]+)?"
# A cell or a line of its own: the start of a line, a quote, `;`, a tab or bar, a label's
# colon or dots, a spaced dash; the same after it (or a comma, a bracket, a digit).
_CELL_BEFORE = r"(?:^|(?<=[\"“;|\t]|:[ ]|\.\.[ ]|[ ][-–—][ ]))[ \t]*"
_CELL_AFTER = r"(?=[ \t]*(?:$|[\"”;|\t,(]|[ ][-–—][ ]|[ ]\d))"
_SURNAME_COMMA = compiled(
    rf"(?m){_CELL_BEFORE}({_CAPS_WORD}(?:[ ]{_CAPS_WORD})?),[ ]({_CAP_WORD}(?:[ ]{_CAP_WORD})?)"
    rf"{_CELL_AFTER}"
)
_SURNAME_INITIAL = compiled(
    rf"(?m){_CELL_BEFORE}({_CAP_WORD}),[ ]([{_U}]\.(?:[ ]?[{_U}]\.)?){_CELL_AFTER}"
)
# Scans cheaper than the two above that say whether they can match at all
_CAPS_COMMA_GATE = compiled(rf"[{_U}]{{2}}, [{_U}][{_L}]")
_INITIAL_GATE = compiled(rf"[{_L}], [{_U}]\.")


def _family_word(low: str, common: frozenset[str]) -> bool:
    """A surname in a `SURNAME, Given` cell: a listed one that is no word, or a word no
    dictionary knows spelled like a name (`ndlovu`, `kowalczyk`)."""
    if low in _NOT_GIVEN or low in STOP_WORDS:
        return False
    return all(listed_surname(p, common) or not is_word(p, common) and name_shaped(p)
               for p in low.replace("'", "-").replace("’", "-").split("-") if len(p) > 1)


def surname_comma_given(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """`TUPOU, Siosaia`, `"NDLOVU, Lerato";`, `Okafor, C.` in a cell or a line of their
    own (see the module doc); not `NOTE, Please`, `URGENT, Mark`, `Paris, France`."""
    names = given_names()
    out = []
    for m in _SURNAME_COMMA.finditer(text) if _CAPS_COMMA_GATE.search(text) else ():
        family = [w.lower() for w in m.group(1).split()]
        given = [w.lower() for w in m.group(2).split()]
        if not all(_family_word(w, common) for w in family):
            continue
        if any(g in _NOT_GIVEN or g in STOP_WORDS for g in given):
            continue
        # the given name: listed, or no word; a listed surname that is no word vouches for a
        # given name that is one (`KOWALCZYK, Marta`; not `NOTE, Please`)
        if not all(g in names or not is_word(g, common) for g in given) \
                and not all(listed_surname(w, common) for w in family):
            continue
        out.append((m.start(1), m.end(2), 0.75))
    for m in _SURNAME_INITIAL.finditer(text) if _INITIAL_GATE.search(text) else ():
        low = m.group(1).lower()
        if listed_surname(low, common) and low not in _NOT_GIVEN:
            out.append((m.start(1), m.end(2), 0.7))  # `Okafor, C.`
    return out


FINDERS = (listed_pairs, surname_comma_given)
