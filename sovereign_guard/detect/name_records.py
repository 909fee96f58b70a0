"""Names in records with no header and in labelled lines: the English PERSON finder's layouts
of exported rows and transcripts (see names_en.py), each a cheap regex pass behind a
character test.

- A headerless row (`4471,Efua Quaye,renewal,pending`, `81658|Danladi|Usman|Nurse`, an SQL
  `VALUES (51444, 'Marites', 'De Guzman', 'Sales')` tuple): a record is three cells or more
  with one that holds a number, a date or an e-mail address. In it, a cell of two to four
  name-shaped words is a person when its first word is a given name of the licensed list or
  no word of it is a dictionary word; two neighbouring one-word cells are a given name and a
  surname when neither is a dictionary word and at least one is a listed given name (or the
  row has a job, a department, an e-mail address or a sex cell and no place of the model in
  the pair). Words
  of the dictionary (`Olive,Oil`, `Rose Gold`) are a name only where the row also carries a
  person's field (an e-mail address, a sex `F` / `M`); a cell the model reads as a place
  (`Hong Kong`) only there too.
- A labelled line of a transcript or an action list (`Joon-ho: I led a team`, `- Rodel: book
  the hall`, `NIGEL: great`, `[10:03] Eko > deploying now`, `Agent (Babatunde): Thanks`): when
  the text has two such lines or more and one of its labels is an anchor (a transcript role
  such as `Interviewer`, `Agent`, `Customer`, or a listed given name that is no dictionary
  word), every label that is name-shaped and no dictionary word is a person; a listed given
  name that is a word (`May`, `Will`) only where another label is a person. A role with a
  name in brackets (`Agent (Babatunde):`, `Speaker 2 (Wulan Susanto):`) is a person alone.
"""

from __future__ import annotations

from .common import compiled, words
from .name_cues import FIELD_LABELS, NAME_LOWER, NAME_UPPER, NOT_A_NAME, NOT_FIRST, ROLE_WORDS
from .name_lists import is_word, name_frequency, wordlike
from .name_shapes import CHAT_NOT_NAMES, name_shaped

_U, _L = NAME_UPPER, NAME_LOWER
# One word of a name in a cell: `Efua`, `Al-Qahtani`, `O'Brien`, `KOWALCZYK`, or a particle
_CELL_WORD = rf"(?:[{_U}][{_L}]+(?:[-'’][{_U}]?[{_L}]+)*|[{_U}]{{2,}}(?:[-'’][{_U}]+)*)"
_PARTICLES = words("de del dela la van von der den da dos das di le du bin binti al el ibn y")
_PARTICLE = "|".join(sorted(_PARTICLES | {p.title() for p in _PARTICLES}))
_NAME_CELL = compiled(
    rf"^(?:(?:{_PARTICLE})[ ])?{_CELL_WORD}(?:[ ](?:(?:{_PARTICLE})[ ])?{_CELL_WORD}){{0,3}}$"
)
# Cells that make a line a record: a number, a date, an amount, an ID, an e-mail address.
_DATA_CELL = compiled(r"\d|@")
_EMAIL_CELL = compiled(r"^[\w.+-]+@[\w-]+\.[\w.-]+$")
_SEX_CELL = words("f m male female")
# One line's cells: split on the separator that occurs twice or more in it.
_SEPARATORS = ("\t", "|", ";", ",")
# An SQL tuple of quoted values: `(51444, 'Marites', 'De Guzman', 'Sales')`
_TUPLE = compiled(r"\(([^()\n]*'[^()\n]*)\)")
_QUOTED = compiled(r"'((?:[^'\n]|'')*)'|(-?\d[\d.]*)|(NULL|null|TRUE|FALSE|true|false)")
_NOT_CELL = NOT_A_NAME | FIELD_LABELS | ROLE_WORDS | NOT_FIRST | CHAT_NOT_NAMES | words(
    """active inactive suspended pending open closed approved rejected paid unpaid overdue
    lapsed gold silver bronze platinum yes no true false null none n/a tbd"""
)


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of a delimited line, stripped of spaces and quotes."""
    sep = next((s for s in _SEPARATORS if line.count(s) >= 2), None)
    if sep is None:
        return []
    out, pos = [], 0
    for part in line.split(sep):
        a, b = pos, pos + len(part)
        pos = b + len(sep)
        while a < b and line[a] in " \"'":
            a += 1
        while b > a and line[b - 1] in " \"'":
            b -= 1
        out.append((offset + a, offset + b))
    return out


def _tuple_cells(text: str) -> list[list[tuple[int, int]]]:
    """The values of each SQL tuple of `text` (quoted strings without their quotes)."""
    rows = []
    for m in _TUPLE.finditer(text):
        cells = []
        for v in _QUOTED.finditer(m.group(1)):
            g = 1 if v.group(1) is not None else 2 if v.group(2) is not None else 3
            cells.append((m.start(1) + v.start(g), m.start(1) + v.end(g)))
        rows.append(cells)
    return rows


def _name_words(cell: str) -> list[str] | None:
    """The lower-cased words of a cell written like a name, else None."""
    if not _NAME_CELL.match(cell):
        return None
    low = [w.lower() for w in cell.split() if w.lower() not in _PARTICLES]
    if not low or any(w in _NOT_CELL for w in low):
        return None
    return low


def _row_names(text: str, cells: list[tuple[int, int]], places: list[tuple[int, int]],
               common: frozenset[str]) -> list[tuple[int, int, float]]:
    values = [text[a:b] for a, b in cells]
    if len(values) < 3 or not any(_DATA_CELL.search(v) for v in values):
        return []
    # a person's field in the row: dictionary words may then be a name (`Crystal Summers`)
    personal = any(_EMAIL_CELL.match(v) or v.lower() in _SEX_CELL for v in values)
    # a job or department cell: two words no list knows may then be a name (`Okoro|Chidi|Nurse`)
    staffed = personal or any(v.lower() in ROLE_WORDS for v in values)
    names = name_frequency()
    low = [_name_words(v) for v in values]
    out: list[tuple[int, int, float]] = []
    for i, ws in enumerate(low):
        if not ws or len(ws) < 2:
            continue
        listed = names.get(ws[0], 0) > 0
        unknown = not any(is_word(w, common) for w in ws) and all(name_shaped(w) for w in ws)
        if not listed and not unknown or _overlaps(cells[i], places) and not personal:
            continue  # `Hong Kong`, `Kuala Lumpur`: the model's place, in a row of no person
        if personal and not wordlike(values[i].split(), common) \
                or not all(is_word(w, common) for w in ws[1:]):
            out.append((*cells[i], 0.7))  # `Tanvi Desai`; `Mark Park` only beside an e-mail
    for i in range(len(low) - 1):
        a, b = low[i], low[i + 1]
        if not a or not b or len(a) != 1 or len(b) != 1:
            continue
        pair = (a[0], b[0])
        if not all(name_shaped(w) for w in pair):
            continue
        if not any(names.get(w, 0) for w in pair) and (
                not staffed or any(_overlaps(c, places) for c in cells[i : i + 2])):
            continue  # (a listed given name beside a word no dictionary knows is a name even
            # where the model reads a place: `Villanueva,Mai`; two unknown words in a staff row)
        words_ = [w for w in pair if is_word(w, common)]
        if not words_ or personal and len(words_) == 1 and names.get(words_[0], 0) >= 3:
            out.append((*cells[i], 0.7))  # `Danladi|Usman`, `Duong,Mai`
            out.append((*cells[i + 1], 0.7))
    return out


def _overlaps(cell: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < cell[1] and cell[0] < e for s, e in spans)


def row_names(text: str, labels: list, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Names in headerless delimited rows and SQL value tuples (see the module doc); `labels`
    are spaCy's (start, end, label), whose places stay places."""
    if not any(s in text for s in ",|;\t"):
        return []
    places = [(s, e) for s, e, lab in labels if lab in ("GPE", "LOC", "FAC")]
    out: list[tuple[int, int, float]] = []
    if "'" in text and "(" in text:
        for cells in _tuple_cells(text):
            out += _row_names(text, cells, places, common)
    pos = 0
    for line in text.split("\n"):
        if "(" not in line or "'" not in line:
            out += _row_names(text, _cells(line, pos), places, common)
        pos += len(line) + 1
    return out


# A labelled line: optional bullet and `[10:02]` time, a one-word label, `:` or `>`.
_LABEL_LINE = compiled(
    rf"(?m)^[ \t]*(?:[-*•][ \t]*)?(?:\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\][ \t]*)?"
    rf"(?P<label>[{_U}][{_L}]+(?:-[{_U}{_L}][{_L}]+)?|[{_U}]{{2,}}(?:-[{_U}]+)?)"
    rf"(?:[ \t]+(?P<n>\d{{1,2}}))?"
    rf"(?:[ \t]+\((?P<named>[{_U}][^()\n:]{{1,40}})\))?[ \t]*(?::|[ \t]>)[ \t]+\S"
)
# Labels that make a run of labelled lines a transcript.
_ROLES = words(
    """interviewer interviewee agent customer caller support host guest moderator speaker
    operator user assistant me doctor patient q a rep representative advisor adviser
    counsellor counselor officer witness"""
)


def _label_kind(low: str, common: frozenset[str]) -> str | None:
    """`role`, `name` (listed, no word), `unknown` (name-shaped, no word), `word` (a listed
    given name that is a word) or None."""
    if low in _ROLES:
        return "role"
    if low in _NOT_CELL or low in NOT_FIRST:
        return None
    freq = name_frequency().get(low, 0)
    word = is_word(low, common)
    if not word:
        if freq:
            return "name"
        return "unknown" if name_shaped(low) else None
    return "word" if freq >= 3 else None


def label_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Speakers and owners of labelled lines (see the module doc)."""
    if ":" not in text and ">" not in text:
        return []
    lines = list(_LABEL_LINE.finditer(text))
    out: list[tuple[int, int, float]] = []
    for m in lines:
        named = m.group("named")
        if named and m.group("label").lower() in _ROLES:
            ws = named.split()
            low = [w.lower() for w in ws]
            if _NAME_CELL.match(named) and not any(w in _NOT_CELL for w in low) \
                    and not wordlike(ws, common):
                out.append((m.start("named"), m.end("named"), 0.75))
    if len(lines) < 2:
        return out
    kinds = [(m, _label_kind(m.group("label").lower(), common)) for m in lines
             if not m.group("named") and not m.group("n")]
    if not any(k in ("role", "name") for _, k in kinds):
        return out
    people = [m for m, k in kinds if k in ("name", "unknown")]
    for m, k in kinds:
        if k in ("name", "unknown") or k == "word" and any(p is not m for p in people):
            out.append((m.start("label"), m.end("label"), 0.7))
    return out
