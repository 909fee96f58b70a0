"""Name shapes of particular genres, which the sentence-level evidence of names_en.py misses:
each a regex pass gated by a cheap character test, returning (start, end, score) like the
finders of name_shapes.py.

- Citations: APA author lists (`Roe, J. K., & Doe, M. (2019)`), Vancouver ones (`Roe JK, Doe
  M. Title.`), `Roe et al.`, author-year references (`(Roe & Doe, 2017; Lim, 2019)`). The
  shape is the evidence: nobody else writes `Surname, I.` lists before a year or `et al.`.
- Legal captions: `Roe v. Doe`, `JANE ROE, Plaintiff,`; capitals after a title
  (`JUDGE DUBOIS`, `DR. MARTA KIRK`).
- Sports reports: scorers with minute marks (`Goals: Roe 23', Doe 90+3'`) and a word no
  dictionary knows doing what players do (`Nieminen equalised`).
- Speaker labels the title-case finder does not read: one given name in capitals (subtitles,
  scripts: `ANNELIESE: Where were you?`) and lower-case chat speakers (`omri goldberg: ok`,
  `<ziv> brb`), two such lines at least or a subtitle timestamp.
- A lower-case given name and surname right before an e-mail address (`From: sabine dubois
  <s.d@...>`).
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from .common import compiled, words
from .name_cues import FIELD_LABELS, GROUP_WORDS, NOT_A_NAME, NOT_FIRST, ROLE_WORDS
from .name_layouts import surname_shaped
from .name_lists import given_names, is_word, name_frequency
from .name_shapes import name_shaped

_U = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_L = "a-zà-öø-ÿāăąćčďēęěğīıłńňōőœřśşšţťūůűźżžðþæ"
# A capitalised surname, particles first (`van der Merwe`, `de la Fuente`, `O'Hagan`,
# `Dell'Acqua`, `Lloyd-Evans`, `McKenzie`).
_PARTICLES = (r"(?:van|von|de|der|den|da|di|del|della|dos|das|du|le|la|ter|ten|zu|bin|al|el|"
              r"Van|Von|De|Del|Di|Da|Du|Le|La|Dos)")
_CAP = rf"(?:[{_U}]['’])?[{_U}][{_L}]+(?:[{_U}][{_L}]+)?(?:[-'’][{_U}]?[{_L}]+)*"
_SURNAME = rf"(?:{_PARTICLES}[ ]){{0,3}}{_CAP}"
_NOT_SURNAME = NOT_FIRST | NOT_A_NAME | FIELD_LABELS | ROLE_WORDS | words(
    """journal proceedings vol volume chapter page pages table figure fig section appendix
    university press department institute college school society association committee
    report review study studies the and et al see also cf ibid in on of for with from by
    state states people united commonwealth crown king queen rex regina city county council
    government ministry secretary board company bank inc ltd llc plc corporation insurance"""
)


def _surname_ok(span: str) -> bool:
    last = span.split()[-1].lower().strip(".,")
    return last not in _NOT_SURNAME and last not in STOP_WORDS


# --- citations -------------------------------------------------------------------------------
_INITIALS = rf"[{_U}]\.(?:[ -]?[{_U}]\.){{0,2}}"
_APA_AUTHOR = rf"({_SURNAME}),[ ]({_INITIALS})"
_APA_LIST = compiled(
    rf"(?<![\w.@/-]){_APA_AUTHOR}(?:,?[ ](?:&[ ]|and[ ])?{_APA_AUTHOR}){{0,12}}"
    rf"(?=,?[ ]\((?:\d{{4}}[a-z]?|n\.d\.)\)|,?[ ](?:&|and)[ ]|;|,[ ](?:[{_U}][{_L}]+,|et))"
)
_APA_ONE = compiled(_APA_AUTHOR)
# Vancouver: `Roe JK, Doe M, Lim A.` (two authors at least, the list closed by a full stop).
_VANC_AUTHOR = rf"{_SURNAME}[ ][{_U}]{{1,3}}"
_VANC_LIST = compiled(
    rf"(?<![\w.@/-]){_VANC_AUTHOR}(?:,[ ]{_VANC_AUTHOR}){{1,12}}(?=(?:,[ ]et[ ]al)?\.(?:[ ]|$))"
)
_VANC_ONE = compiled(rf"({_SURNAME})[ ][{_U}]{{1,3}}(?![\w])")
_ET_AL = compiled(
    rf"(?<![\w.@/-])({_SURNAME})(?:[ ](?:&|and)[ ]({_SURNAME}))?,?[ ]et[ ]al\.?"
)
# Author-year: `(Roe & Doe, 2017; Lim, 2019)`, `Roe and Doe (2017)`.
_YEAR_REF = compiled(
    rf"(?<![\w.@/-])({_SURNAME})(?:(?:,[ ]|[ ](?:&|and)[ ])({_SURNAME}))?"
    rf"(?:,[ ](?:\d{{4}}[a-z]?)(?=[;)])|[ ]\(\d{{4}}[a-z]?\))"
)


# Cheap tests for each shape, so that prose without one costs one scan (the lists' regexes try
# every capital).
_HAS_APA = compiled(rf",[ ][{_U}]\.")
_HAS_VANC = compiled(rf"(?<=[{_L}][ ])[{_U}]{{1,3}},[ ]")
_SPACE = compiled(r"[ \n(]+")
_HAS_YEAR = compiled(r"(?:,[ ]|\()\d{4}[a-z]?[;)]")


def citation_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Authors of references (see the module doc)."""
    if "." not in text and "(" not in text:
        return []
    out: list[tuple[int, int, float]] = []
    if _HAS_APA.search(text):
        for m in _APA_LIST.finditer(text):
            authors = list(_APA_ONE.finditer(text, m.start(), m.end()))
            if len(authors) < 2 and not text.startswith((" (", ", ("), m.end()):
                continue
            for a in authors:
                if _surname_ok(a.group(1)):
                    out.append((a.start(1), a.end(2), 0.8))
    seen = -1
    for hit in _HAS_VANC.finditer(text):
        if hit.start() < seen:
            continue
        # the list that opens with these initials' surname: tried at the few word starts just
        # before them (a scan of the whole text costs ~1 ms per KB)
        lo = max(0, hit.start() - 40)
        starts = [lo] + [w.end() for w in _SPACE.finditer(text, lo, hit.start())]
        m = next(filter(None, (_VANC_LIST.match(text, p) for p in starts)), None)
        if m is None:
            continue
        seen = m.end()
        authors = list(_VANC_ONE.finditer(text, m.start(), m.end()))
        unknown = sum(not is_word(a.group(1).split()[-1].lower(), common) for a in authors)
        if all(_surname_ok(a.group(1)) for a in authors) and 2 * unknown >= len(authors):
            out.extend((a.start(), a.end(), 0.8) for a in authors)
    if "et al" in text:
        for m in _ET_AL.finditer(text):
            for g in (1, 2):
                if m.group(g) and _surname_ok(m.group(g)):
                    out.append((m.start(g), m.end(g), 0.8))
    if _HAS_YEAR.search(text):
        for m in _YEAR_REF.finditer(text):
            names = [g for g in (1, 2) if m.group(g)]
            if not all(_surname_ok(m.group(g)) for g in names):
                continue
            # one word that is a dictionary word is a body or a title (`(Revised, 2019)`)
            if len(names) == 1 and is_word(m.group(1).lower(), common) \
                    and name_frequency().get(m.group(1).lower(), 0) < 3:
                continue
            out.extend((m.start(g), m.end(g), 0.75) for g in names)
    return out


# --- legal captions and titles in capitals --------------------------------------------------
# (a side followed by another capitalised word is a firm's or body's name: `v. Bluefin
# Robotics`)
_VERSUS = compiled(
    rf"(?<![\w.@/-])({_SURNAME})[ ]v(?:s)?\.?[ ]({_SURNAME})(?![\w'’-])"
)
_PARTY = compiled(
    rf"(?m)^[ \t]*((?:[{_U}]['’])?[{_U}]{{2,}}(?:[-'’][{_U}]+)?(?:[ ](?:[{_U}]['’])?[{_U}]{{2,}}"
    rf"(?:[-'’][{_U}]+)?){{1,3}}),?[ ](?:\(?(?:Plaintiff|Defendant|Claimant|Respondent|"
    r"Appellant|Petitioner|Applicant|Appellee)s?\b)"
)
_CAPS_TITLED = compiled(
    rf"\b(?:JUDGE|JUSTICE|MR|MRS|MS|MISS|DR|PROF|SIR|DAME|LORD|LADY|COACH|NURSE|SISTER|REV)\.?[ ]"
    rf"((?:[{_U}]['’])?[{_U}]{{2,}}(?:[-'’][{_U}]+)?"
    rf"(?:[ ](?:[{_U}]['’])?[{_U}]{{2,}}){{0,2}})(?![\w])"
)
_FIRM_GOES_ON = compiled(rf"[ ][{_U}]")
_CAPS_STOP = NOT_FIRST | NOT_A_NAME | FIELD_LABELS | words(
    "and or the of at on in to for re v vs between before after court honour honor his her"
)


def caption_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Parties of a case (`Roe v. Doe`, `JANE ROE, Plaintiff,`), capitals after a title."""
    out: list[tuple[int, int, float]] = []
    if any(v in text for v in (" v. ", " v ", " vs. ", " vs ")):
        for m in _VERSUS.finditer(text):
            for g in (1, 2):
                part = m.group(g)
                if g == 2 and _FIRM_GOES_ON.match(text, m.end(2)):
                    continue
                if _surname_ok(part) and part.split()[0].lower() not in _NOT_SURNAME:
                    out.append((m.start(g), m.end(g), 0.75))
    if "ant" in text or "ee" in text:
        for m in _PARTY.finditer(text):
            if not any(w.lower() in _CAPS_STOP for w in m.group(1).split()):
                out.append((*m.span(1), 0.75))
    for m in _CAPS_TITLED.finditer(text) if not text.islower() else ():
        kept = []
        for w in m.group(1).split():
            if w.lower() in _CAPS_STOP:
                break
            kept.append(w)
        if kept:
            out.append((m.start(1), m.start(1) + len(" ".join(kept)), 0.7))
    return out


# --- sports reports --------------------------------------------------------------------------
_SCORER = compiled(rf"(?<![\w.@/-])({_SURNAME})[ ]\d{{1,3}}(?:\+\d{{1,2}})?['’′](?![\w])")
_PLAYS = compiled(
    rf"(?<![\w.@/'’-])({_CAP})[ ](?:scored|scores|equali[sz]ed|equali[sz]es|netted|nets|"
    r"converted|saved|struck|opened the scoring|doubled the lead|levelled|leveled|headed|"
    r"volleyed|assisted|clinched|sealed|finished|missed|won|wins|beat|beats|defeated|"
    r"sprinted|served|serves|dribbled|pulled one back|hit|hits|crossed|fired|curled|tapped)\b"
)
_HAS_MINUTE = compiled(r"\d['’′]")
_PLAY_STEMS = ("scor", "equali", " net", "convert", "saved", "struck", "opened the", "doubled",
               "levelled", "leveled", "headed", "volley", "assisted", "clinched", "sealed",
               "finished", "missed", " won", " wins", " beat", "defeated", "sprinted", "serve",
               "dribbled", "pulled one", " hit", "crossed", "fired", "curled", "tapped")
_NOT_PLAYER = frozenset({"GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "DATE", "TIME"})


def sports_names(text: str, common: frozenset[str], labels: list | None = None
                 ) -> list[tuple[int, int, float]]:
    """Scorers and players (see the module doc)."""
    out: list[tuple[int, int, float]] = []
    if _HAS_MINUTE.search(text):
        scorers = [m for m in _SCORER.finditer(text) if _surname_ok(m.group(1))]
        if len(scorers) >= 2 or scorers and "goal" in text.lower():
            out.extend((*m.span(1), 0.75) for m in scorers)
    for m in _PLAYS.finditer(text) if any(v in text for v in _PLAY_STEMS) else ():
        word = m.group(1)
        low = word.lower()
        if low in _NOT_SURNAME or low in STOP_WORDS or is_word(low, common) \
                and name_frequency().get(low, 0) < 3:
            continue  # `Liverpool`, `Arsenal`: a dictionary word is a club or a place first
        if labels and any(s < m.end(1) and m.start(1) < e and lab in _NOT_PLAYER
                          for s, e, lab in labels):
            continue
        out.append((*m.span(1), 0.65))
    return out


# --- speaker labels --------------------------------------------------------------------------
_CAPS_SPEAKER = compiled(
    rf"(?m)^[ \t]*(?:[-–][ \t]*)?\[?((?:[{_U}]['’])?[{_U}]{{2,}}(?:-[{_U}]{{2,}})?)\]?:[ \t]+(?=\S)"
)
_LOWER_SPEAKER = compiled(
    rf"(?m)^[ \t]*(?:\[[0-9:. apmAPM]{{1,12}}\][ \t]*)?"
    rf"(?:<([{_L}]{{2,20}}(?:[ ][{_L}'’-]{{2,24}}){{0,3}})>"
    rf"|([{_L}]{{2,20}}(?:[ ][{_L}'’-]{{2,24}}){{1,3}}):)[ \t]+(?=\S)"
)
# `[ASTRID laughing]`, `[GUNNAR sighs]`: a script's direction names the speaker
_DIRECTION = compiled(
    rf"\[((?:[{_U}]['’])?[{_U}]{{2,}}(?:-[{_U}]{{2,}})?)[ ](?:[a-z]+ing|[a-z]+s)(?:[ ][a-z]+)?\]"
)
_SUBTITLE = compiled(r"\d\d:\d\d:\d\d[,.]\d{3}[ \t]*-->")
_LOWER_CONTACT = compiled(
    rf"(?<![\w.@/-])([{_L}]{{2,20}}(?:[ ](?:{_PARTICLES}))*[ ][{_L}'’-]{{2,24}})[ ]?<[\w.+-]+@"
)
_CHATTY = words(
    """lol omg ok okay yes no yeah nope sure thanks thx ty hey hi hello brb np pls plz btw
    idk imo tbh fyi asap morning evening night today tomorrow yesterday everyone team all"""
)


def _given(low: str, common: frozenset[str], strict: bool = False) -> bool:
    """A given name of the list, no stop or chat word; `strict`: no dictionary word either."""
    if low in STOP_WORDS or low in _CAPS_STOP or low in _CHATTY or low not in given_names():
        return False
    return not (strict and is_word(low, common))


# Capitals labels of logs, code and mail that read like names.
_CAPS_LABELS = words("todo fixme xxx hack nb ps fwd bcc eta tbd tba wip uat qa sre ops kpi okr "
                     "info debug warn error fatal trace")
_SPEECH = compiled(r"[^\n]*[a-z]{2}")


def _caps_surname(m, text: str, common: frozenset[str]) -> bool:
    """A speaker label in capitals that reads as a surname: no dictionary word, no label,
    spelled like a name, and the turn is speech (lower-case words), not a form's value."""
    low = m.group(1).lower()
    return len(low) >= 3 and low not in _CAPS_STOP and low not in _CAPS_LABELS \
        and low not in ROLE_WORDS and low not in STOP_WORDS and not is_word(low, common) \
        and surname_shaped(low) and _SPEECH.match(text, m.end()) is not None


def speaker_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """One given name in capitals or a lower-case name labelling a turn (see the module doc)."""
    if ":" not in text and "<" not in text and "[" not in text:
        return []
    out: list[tuple[int, int, float]] = []
    if ":" in text:
        caps = [m for m in _CAPS_SPEAKER.finditer(text)]
        timed = _SUBTITLE.search(text) is not None
        named = [m for m in caps if _given(m.group(1).lower(), common)]
        if len({m.group(1) for m in caps}) >= 2:
            # a transcript's turns (two speakers at least): a surname in capitals no
            # dictionary knows is a speaker too (`THANGAVEL: Shall we begin?`)
            named += [m for m in caps if m not in named and _caps_surname(m, text, common)]
        if named and (timed or len(caps) >= 2):
            out.extend((*m.span(1), 0.7) for m in named)
    if "[" in text:
        out.extend((*m.span(1), 0.7) for m in _DIRECTION.finditer(text)
                   if _given(m.group(1).lower(), common))
    lower = list(_LOWER_SPEAKER.finditer(text))
    if len(lower) >= 2:
        for m in lower:
            g = 1 if m.group(1) else 2
            parts = m.group(g).split()
            if _given(parts[0], common) and all(
                    p not in STOP_WORDS and p not in _CHATTY and p not in _CAPS_STOP
                    for p in parts[1:]) and (len(parts) > 1 or not is_word(parts[0], common)):
                out.append((*m.span(g), 0.7))
    if "@" in text:
        for m in _LOWER_CONTACT.finditer(text):
            parts = m.group(1).split()
            if _given(parts[0], common) and parts[-1] not in STOP_WORDS \
                    and name_shaped(parts[-1]):
                out.append((*m.span(1), 0.75))
    return out


# --- lower-case names the model cut short ----------------------------------------------------
_LOWER_PARTICLE = words("van von de der den da di del della dos das du le la los las ter ten "
                        "zu bin al el")
_NEXT_LOWER = compiled(
    r"((?:[ ](?:van|von|de|der|den|da|di|del|della|dos|das|du|le|la|los|las|ter|ten|zu|bin|"
    r"al|el))*)"
    rf"[ ]([{_L}]{{2,}}(?:['’-][{_L}]{{2,}})*)(?![\w@/-])"
)
_PREV_LOWER = compiled(rf"(?<![\w.@/'’-])([{_L}]{{2,20}})[ ]$")


def lower_extended(text: str, known: list[tuple[int, int]], common: frozenset[str]
                   ) -> list[tuple[int, int]]:
    """Lower-case PERSON spans with the rest of the name: `virginie de` + `villiers`,
    `eberhard` + `zu eltz`, `henry` + `steiner` (chat text drops capitals; the small model
    stops at a particle or finds only the surname)."""
    out = []
    for s, e in set(known):
        span = text[s:e]
        if not span.islower() or "\n" in span or not span.strip():
            continue
        parts = span.split()
        start, end = s, e
        m = _NEXT_LOWER.match(text, e)
        if m and (parts[-1] in _LOWER_PARTICLE or m.group(1)) \
                and m.group(2) not in STOP_WORDS and m.group(2) not in _CHATTY:
            end = m.end()
        p = _PREV_LOWER.search(text, max(0, s - 22), s)
        if p and len(parts) == 1 and _given(p.group(1), common) \
                and not is_word(parts[0], common) and p.group(1) not in _LOWER_PARTICLE:
            start = p.start(1)
        if (start, end) != (s, e):
            out.append((start, end))
    return out


# --- tables whose header names a person column ----------------------------------------------
# `last_name,first_name,dept`, `Contact Name\tPhone`, `| Owner | Task |`: every cell under such
# a header is a person's name when it is written like one (CRM and contact exports).
_CELL = compiled(r'"(?:[^"\n]|"")*"|[^,;\t|\n]*')
_HEADER_SPLIT = compiled(r"[,;\t|]")
_CELL_NAME = compiled(
    rf"^(?:[{_U}{_L}][{_U}{_L}'’.-]*)(?:[ ](?:[{_U}{_L}][{_U}{_L}'’.-]*)){{0,4}}"
    rf"(?:,[ ](?:[{_U}][{_U}{_L}'’.-]*)(?:[ ][{_U}][{_U}{_L}'’.-]*){{0,2}})?$"
)


def _person_column(label: str) -> bool:
    from .name_shapes import _NAME_LABEL, _PERSON_LABELS

    low = " ".join(label.strip(" \"'*").replace("_", " ").replace("-", " ").lower().split())
    return bool(low) and (low in _PERSON_LABELS or _NAME_LABEL.match(low) is not None)


_HEADER_WORD = compiled(r"[A-Za-z]+")
_SURNAME_COLUMN = compiled(r"(?i)last|surname|family")
_MD_RULE = compiled(r"[ \t]*\|?[ \t]*:?-{3,}")


def _header_cell(cell: str, common: frozenset[str]) -> bool:
    """A column's title: dictionary words and labels only (`First Name`, `lead_id`, `dept`),
    not a value (`Policyholder | Lotte Visser` is a label and its value, no header)."""
    tokens = _HEADER_WORD.findall(cell)
    return all(is_word(t.lower(), common) or t.lower() in FIELD_LABELS or t.lower() in NOT_A_NAME
               for t in tokens)


def table_names(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    """Cells of the columns a table's header names as people (see above)."""
    if "\n" not in text or not any(c in text for c in ",;\t|"):
        return []
    out: list[tuple[int, int, float]] = []
    lines = text.split("\n")
    at = 0
    header = None  # the delimiter, the person columns, the surname columns
    for line in lines:
        stripped = line.strip()
        if header is None:
            delims = [d for d in ("\t", "|", ";", ",") if d in line]
            if delims:
                delim = delims[0]
                cells = [c for c in stripped.strip("|").split(delim)]
                cols = [i for i, c in enumerate(cells) if _person_column(c)]
                # (a `|` table has its `|---|` rule: `Policyholder | Ana Lima` is a form's line)
                rule = delim != "|" or _MD_RULE.match(text, at + len(line) + 1) is not None
                if cols and len(cells) >= 2 and rule \
                        and all(_header_cell(c, common) for c in cells):
                    # a surname column holds one word that may be a word (`Stone`)
                    surnames = {i for i in cols if _SURNAME_COLUMN.search(cells[i])}
                    header = (delim, cols, surnames)
        elif not stripped or header[0] not in line:
            header = None
        elif not set(stripped) <= set("|-: "):
            delim, cols, surname_cols = header
            body_start = at + (len(line) - len(line.lstrip())) + (1 if stripped[:1] == "|" else 0)
            pos, i = body_start, 0
            while pos <= at + len(line):
                m = _CELL.match(text, pos, at + len(line)) if delim == "," else None
                end = m.end() if m else text.find(delim, pos, at + len(line))
                end = at + len(line) if end < 0 else end
                if i in cols:
                    s, e = pos, end
                    while s < e and text[s] in ' "':
                        s += 1
                    while e > s and text[e - 1] in ' "':
                        e -= 1
                    value = text[s:e]
                    low = value.lower()
                    one_word = " " not in value and "," not in value
                    if _CELL_NAME.match(value) and low not in _NOT_SURNAME \
                            and not any(w in _NOT_SURNAME or w in STOP_WORDS
                                        for w in low.replace(",", " ").split()) \
                            and not (one_word and i not in surname_cols and (
                                low in GROUP_WORDS or is_word(low, common)
                                and name_frequency().get(low, 0) < 2)):
                        out.append((s, e, 0.75))
                if end >= at + len(line):
                    break
                pos, i = end + 1, i + 1
        at += len(line) + 1
    return out
