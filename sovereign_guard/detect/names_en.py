"""PERSON names in Latin script that spaCy's small model mislabels or misses.

The small English model calls many person names ORG or WORK_OF_ART (`Alexa Hart`, `Dear
Victoria Estes`) and reads nothing in mixed Chinese/English text (`外籍員工Michael Garcia的`
is one token to it). Each capitalised name-shaped sequence is scored from evidence, in the
spirit of Presidio's context enhancement:

- spaCy's label on it: another label than PERSON still says "a name of something";
- a cue before it: a title or greeting (`Dr.`, `Dear`, `Hi`, `my name is`, `姓名`, `戶名`)
  or a role (`customer`, `patient`, `contact`, `cc`, `聯絡人`);
- contact data right after it (`Alexa Hart (alexa@...)`, `Jane Doe <...>`, `, +1 ...`);
- CJK text on either side (Latin words inside Chinese text are mostly names).

Spans with organisation words (`Inc`, `Bank`, `University`...) and spans starting with
words that open sentences (`Please`, `Convert`, `The`) are not names; nor are eponyms, dates'
abbreviations, saints' and places' names and one word of a longer place name
(name_cues.names_a_thing, proper_noun_fragment). Genre shapes (citations, captions, sports,
speaker labels, tables) are in name_genres.py, form and chat shapes in name_shapes.py.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from .common import CJK, compiled, result, words
from .name_cues import (
    CONTACT_AFTER,
    FIELD_LABELS,
    GROUP_WORDS,
    NAME_SUFFIXES,
    NOT_A_NAME,
    NOT_FIRST,
    PERSON_ROLE_WORDS,
    PERSON_ROLES,
    PRODUCT_WORDS,
    ROLE_WORDS,
    name_words,
    names_a_thing,
    past_leading_verb,
    place_context,
    proper_noun_fragment,
    role_title,
    wordlike_cued,
)
from .name_deeds import deed_names
from .name_edges import edge_words
from .name_firms import firm_context
from .name_frames import frame_names
from .name_genres import (
    caption_names,
    citation_names,
    lower_extended,
    speaker_names,
    sports_names,
    table_names,
)
from .name_layouts import export_names, lower_titled, surname_caps_given
from .name_lines import FINDERS as LINE_FINDERS
from .name_lines import title_start
from .name_lists import (
    abstract_noun,
    dictionary_words,
    given_names,
    is_word,
    listed_surname,
    model_words,
    name_frequency,
    wordlike,
)
from .name_morph import morph_names, surname_shaped
from .name_pairs import FINDERS as PAIR_FINDERS
from .name_records import label_names, row_names
from .name_shapes import (
    CHAT_NOT_NAMES,
    OWNS_AFTER,
    appositive_names,
    bracket_speakers,
    chat_handles,
    chat_names,
    closing_name,
    field_names,
    lone_line_name,
    name_shaped,
    retyped_given_names,
    surname_first,
)
from .name_slots import slot_names
from .ner import _CELLS, in_firm, outside_owned, product_or_place

_NOT_FIRST = NOT_FIRST

ENTITY = "PERSON"

# Vietnamese writes its names with đ, ơ, ư and the stacked tone marks of Latin Extended
# Additional (`Nguyễn Thị Lan`, `Ngọc Anh`); without them such a name split at every vowel.
_VN_LOWER = "đơư" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA) if chr(c).islower())
_VN_UPPER = "ĐƠƯ" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA) if chr(c).isupper())
# Baltic, Romanian and German letters too (`Petrauskaitė`, `Bērziņš`, `Ștefănescu`,
# `Weißenborn`): without them such a name was cut at the letter.
_BALTIC_LOWER, _BALTIC_UPPER = "ßėįųģķļņŗșțĩũŭ", "ĖĮŲĢĶĻŅŖȘȚĨŨŬ"
_LOWER = "a-zà-öø-ÿāăąćčďēęěğīıłńňōőœřśşšţťūůűźżž" + _BALTIC_LOWER + _VN_LOWER
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ" + _BALTIC_UPPER + _VN_UPPER
# `O'Connor`, `D'Souza`: one capital and an apostrophe before the capitalised word
_WORD = (
    rf"(?:[{_UPPER}]['’](?=[{_UPPER}]))?"
    rf"[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:[-'’][{_UPPER}]?[{_LOWER}]+)*"
)
# Particles of surnames (`van der Berg`, `de la Cruz`, `bin Abdullah`, `Ní Bhriain`); the
# later ones as written only, since `Do` and `El` open English and Spanish phrases.
_PARTICLE = (
    r"(?:(?i:van|de|der|den|da|di|del|della|von|le|la|du|dos|das|bin|al|ter|ten|op|y|e)"
    r"|do|bint|ibn|el|abu|Abu|ní|Ní|nic|Nic|Ó|ap|ab|dela|Dela|dei|degli|zu|af|av|vom|zum)"
)
_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Mme|Mlle|Herr|Frau|Sr|Sra|Srta|Dott|Dott\.ssa|"
    r"Sgt|Capt|Cpl|Lt|Col|Maj|Rev|Fr|Hon|Insp|Det|Supt|Cllr|"
    r"Sig|Sig\.ra|Ing|Avv|Arch|Univ\.Prof|Dipl\.-Ing|Mag|Dr\.med|Prof\.Dr)\.?"
)
_SUFFIX = (
    r"(?:,?[ \t](?:Jr\.?|Sr\.?|II|III|IV|Ph\.?D\.?|M\.?D\.?|B\.A\.|B\.Sc\.|M\.A\.|M\.Sc\.|MBA|"
    r"B\.Eng\.|M\.Eng\.|Dipl\.-Ing\.|LL\.M\.|DDS|DVM|Esq\.?|CPA))?"
)
# Words of a name are joined by spaces; a tab separates table cells (`Public Affairs<TAB>Charles
# Young` is an office and a name).
# Initials are written for people (`Atiye D. Aydın`, `P.A. Olawale`, `J. R. Smith`); not the
# abbreviations of places and bodies (`U.S. Customs`).
_INITIALS = r"(?!(?:U\.S|U\.K|E\.U|U\.N|D\.C|N\.Y|L\.A|St)\.)(?:[A-Z]\.[ ]?){1,3}"
# (Every branch opens with a capital: the lookahead lets the regex engine skip the other
# positions at once, three times faster over a prompt than trying each branch there.)
_NAME = compiled(
    rf"(?=[{_UPPER}])(?<![A-Za-z0-9_.@/-])(?:(?:{_TITLE} )?{_WORD}"
    rf"(?: (?:[A-Z]\. )?(?:{_PARTICLE} ){{0,3}}{_WORD}){{1,3}}{_SUFFIX}"
    rf"|{_TITLE} {_WORD}{_SUFFIX}"
    rf"|(?:{_TITLE} )?{_INITIALS}(?<= ){_WORD}{_SUFFIX})"
)
_POSSESSIVE = ("'s", "’s")
_TITLED = compiled(rf"^{_TITLE}[ \t]")
_STRONG_CUE = compiled(
    r"(?i)(?:\b(?:dear|hi|hello|hey|attn:?|my name is|name is|named|name:|signed|sincerely,?|"
    r"(?:english|legal|full|preferred|maiden|birth|given|christian)[ \t]name|"
    r"regards,?|thanks,?|vcard:)|姓名|名字|戶名|户名|收件人|聯絡人|联系人|申請人|申请人)[ \t:：]*$"
)
_WEAK_CUE = compiled(
    r"(?i)(?:\b(?:customer|client|patient|engineer|employee|applicant|holder|contact|cc|ask|"
    r"loop in|is|was|were|meet|met|invite|thank|interviewed|hired|attendees?|references?|"
    r"i'm|i am|this is|signed by|approved by|assigned to|owner|notify|inform|"
    r"tell|call|phone|ring|text|ping|email|e-mail|mail|from|with|by|for|to|and|or|dr|doctor|"
    r"manager|owner|"
    r"candidates?:?|user|member|tenant|guest|student|nurse|agent|rep|"
    # people named by what they are to a case or a job (`Driver Tempest Kahale`)
    rf"{PERSON_ROLES})|員工|员工|客戶|客户|"
    r"同事|經理|经理|先生|小姐|[給给和與与跟請请找問问]|[:：])[ \t]*$"
)
# What people do right after their name: `X met`, `X, who`, `X, Sales manager at`.
_RIGHT_CUE = compiled(
    r"(?:[ \t]+(?:met|meets|said|says|told|asked|wrote|called|emailed|joined|left|will|would|"
    r"has|had|is a|was a|who|just|yesterday|today)\b|,[ \t]+(?:who|our|aged?|\d{1,3}[ \t]+years)\b"
    r"|,[ \t]+[A-Za-z][A-Za-z ,/&-]{2,60}[ \t]+at[ \t]+[A-Z])"
)
_CJK_EDGE = compiled(f"[{CJK}]")
_ORG_WORDS = words(
    """inc inc. ltd ltd. llc llp plc corp corp. co co. company group gmbh ag sa bv nv spa srl
    bank university college institute school hospital clinic foundation labs lab technologies
    technology tech systems solutions partners associates holdings services international
    media health capital consulting industries enterprises ventures studio studios agency
    council committee department ministry office team project street avenue road lane
    drive boulevard way court place square park center centre hotel airport station county
    district province borough township valley river lake island bay beach museum library
    stadium arena mall plaza cathedral mount mt cape fort port falls banco banca banque grupo
    groupe gruppo société sociedad compañía compagnie
    freight logistics couriers shipping software insurance assurance mutual legal dental
    pharmacy pharma pharmaceuticals property properties realty management motors airlines
    airways energy telecom networks financial builders construction engineering robotics
    therapeutics biosciences association"""
    # (the line above: the trade in a firm's name, `Harbourline Mutual`, `Kestrel Dental`;
    # none of them is a surname in common use)
) | PRODUCT_WORDS
_LIST_SEP = compiled(r"^(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)$")


class PersonNameRecognizer(EntityRecognizer):
    """PERSON from name-shaped Latin sequences plus evidence (see the module doc)."""

    def __init__(self, supported_language: str = "en", name: str | None = None):
        super().__init__(
            supported_entities=[ENTITY], supported_language=supported_language,
            name=name or "PersonNameRecognizer",
        )

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        labels = _spacy_labels(nlp_artifacts)
        found: dict[tuple[int, int], float] = {}

        def add(start: int, end: int, score: float) -> None:
            if score >= 0.5 and found.get((start, end), 0.0) < score:
                found[(start, end)] = min(score, 0.95)

        common = model_words(nlp_artifacts)
        for m in _NAME.finditer(text):
            start, end = m.span()
            if m.group(0).endswith(_POSSESSIVE):
                end -= 2  # `Dr. King’s speech`
            words = text[start:end].split()
            titled = _TITLED.match(m.group(0)) is not None
            first = words[1] if titled and len(words) > 1 else words[0]
            if first.lower().strip(".,") in _NOT_FIRST and not titled:
                # `Dear Victoria Estes`, `Loop Ricardo`: drop the opening word, keep the rest.
                if len(words) < 3 or words[1].lower() in _NOT_FIRST:
                    continue
                start = start + len(words[0]) + 1
                words = words[1:]
            while not titled and len(words) > 1 and (
                    role_title(words[0]) or words[0].lower() in PERSON_ROLE_WORDS):
                # `Chairman Harris`, `Ranking Member Miller`: an office, then the name
                start = start + len(words[0]) + 1
                words = words[1:]
            if not titled and len(words) >= 3 and _verb_lead(words, common) \
                    and _SENTENCE_START.search(text, max(0, start - 8), start):
                # `Pay Tharindu Jayawardena`, `Put Bongani Dlamini down`: a word, then a name
                start = start + len(words[0]) + 1
                words = words[1:]
            if any(w.lower().strip(",") in _ORG_WORDS for w in words) \
                    and not _surname_like_place(text, start, words, common):
                continue
            if _job_title(words):
                continue  # `Claims Handler`, `Senior Account Manager`: a role, not a name
            if len(words) < 2 and not titled:
                # `Ranking Member Osei,`: a surname after an office (spaCy calls it ORG)
                if words[0].lower() not in _NOT_NAME_WORD and wordlike_cued(text, start, end):
                    add(start, end, 0.7)
                continue
            add(start, end, self._evidence(text, start, end, titled, labels, common))
        for start, end in _lower_surnames(text, labels, common):
            add(start, end, 0.85)
        for start, end, score in _cued_single_names(text, labels, common):
            add(start, end, score)
        for start, end, score in _caps_line_names(text, nlp_artifacts):
            add(start, end, score)
        for start, end, score in _speakers(text, common):
            add(start, end, score)
        for start, end, score in _list_names(text, labels, nlp_artifacts):
            add(start, end, score)
        for finder in (field_names, surname_first, lone_line_name, chat_handles, closing_name,
                       chat_names, appositive_names, bracket_speakers, citation_names,
                       caption_names, speaker_names, table_names, export_names, lower_titled,
                       surname_caps_given, label_names, frame_names, deed_names, morph_names,
                       *LINE_FINDERS, *PAIR_FINDERS):
            for start, end, score in finder(text, common):
                add(start, end, score)
        for start, end, score in row_names(text, labels, common):
            add(start, end, score)
        for start, end, score in retyped_given_names(text, labels, common):
            add(start, end, score)
        # a request's or an introduction's slot says person over a place's last word
        # (`my name is Heath Castle`, `assign it to Taylor Street`)
        slotted = set()
        for start, end, score in slot_names(text, common):
            add(start, end, score)
            slotted.add((start, end))
        for start, end, score in sports_names(text, common, labels):
            add(start, end, score)
        # spaCy's PERSON results as ner.py keeps them (`Forensic Audits`, `Dhabi` of a flight
        # to Abu Dhabi are none)
        known = [(s, e) for s, e, lab in labels if lab == "PERSON"
                 and not (wordlike(name_words(text[s:e])[0], common)
                          and not wordlike_cued(text, s, e))
                 and not product_or_place(text, s, e, name_words(text[s:e])[0], common)
                 and not names_a_thing(text, s, e)]
        known += [k for k, v in found.items() if v >= 0.6]
        for start, end in _listed_names(text, known, labels, common):
            add(start, end, 0.7)
        known += [k for k, v in found.items() if v >= 0.6]
        for start, end in _name_column(text, known, common):
            add(start, end, 0.7)
        for start, end in _mentions(text, known, common):
            add(start, end, 0.7)
        known += [k for k, v in found.items() if v >= 0.6]
        for start, end in _extended(text, known, common):
            add(start, end, 0.85)
        for start, end in lower_extended(text, known, common):
            add(start, end, 0.8)
        edges = edge_words(text, known, common)
        for start, end in edges:
            add(start, end, 0.8)
        if edges:  # `Manager: Tempest Rafaela Ó Dálaigh ... Tempest responded`
            for start, end in _mentions(text, known + edges, common):
                add(start, end, 0.7)
        return [result(self, ENTITY, past_leading_verb(text, title_start(text, s, e), e), e, v)
                for (s, e), v in sorted(found.items())
                if ((s, e) in slotted
                    or not names_a_thing(text, s, e) and not proper_noun_fragment(text, s, e))
                and not firm_context(text, s, e)]

    @staticmethod
    def _evidence(text: str, start: int, end: int, titled: bool, labels: list,
                  common: frozenset[str]) -> float:
        first = _first_overlapping(labels, start, end)
        label = first[2] if first else None
        kept, _ = name_words(text[start:end])
        if label != "PERSON" and wordlike(kept, common) and not wordlike_cued(text, start, end):
            return 0.0  # `Natural Resources`, `Lead Editor`, `Comptroller General`
        if not titled and product_or_place(text, start, end, kept, common):
            return 0.0  # `Microsoft Teams`, `Zoho Books`
        if first is not None and label == "PERSON":
            # spaCy's PERSON result covers it, unless spaCy cut the name short
            # (`Dewi van` of `Dewi van der Klein`, `Leanne Holden` of `Miss Leanne Holden`);
            # not when the words it adds are words (`Special Investigations` + `John P. Ryan`).
            s, e, _ = first
            if not (start < s or e < end) or not _extends_name(text, start, end, s, e, common):
                return 0.0
            return 0.85

        before = text[max(0, start - 24) : start]
        if _placed(text, start, end) and not (
                titled or _STRONG_CUE.search(before) or CONTACT_AFTER.match(text, end)):
            return 0.0  # `our office in Kraków`, `a flight from Le Havre to Abu Dhabi`
        # A name of something else (ORG, WORK_OF_ART) is half-way to a person; a place is
        # evidence against (`Welcome to New York`).
        score = {None: 0.35, "GPE": 0.2, "LOC": 0.2, "FAC": 0.2}.get(label, 0.45)
        lead = kept[0].lower().strip(".,") if kept else ""
        if label in ("GPE", "LOC", "FAC") and (
                not any(is_word(w.lower().strip(".,"), common) for w in kept)
                or not is_word(lead, common) and (
                    lead in given_names() or kept[-1].lower() in _PLACE_SURNAMES)):
            score = 0.45  # the dictionary knows most places; `Nkechi Adebisi` it does not
        elif label in ("GPE", "LOC", "FAC") and len(kept) == 3 \
                and all(not is_word(w.lower(), common) and name_shaped(w.lower())
                        for w in kept[1:]):
            score = 0.45  # `Ocean Ifeoma Brandvold`: a word-name, then two names no list has
        if kept and surname_shaped(kept[-1], common):
            # `Everest Stojanović` (GPE), `Rudo Szymańska` (WORK_OF_ART): a family name's ending
            score = max(score, 0.45) + 0.2
        elif kept and len(kept) > 1 and _listed_last(kept, label, common) \
                and not _DETERMINER.search(text, max(0, start - 5), start):
            # `Tharindu Jayawardena`, `Bongani Dlamini`: a family name of the Census list that is no
            # word (name_lists.listed_surname); not a thing's name (`the Monte Carlo method`)
            score = max(score, 0.45) + 0.2
        elif titled and score < 0.3:
            score = 0.3  # `Dr Everest Smith`: a personal title outweighs the model's place
        before = text[max(0, start - 24) : start]
        if score < 0.45 and kept and (
                name_frequency().get(kept[0].lower(), 0) >= 3
                or not is_word(kept[0].lower(), common) and name_shaped(kept[0].lower())) \
                and (_very_strong(text, before) or _STRONG_CUE.search(before)):
            score = 0.45  # `My name is Grace Park`: the model's place, a person by the cue
        if label in (None, "ORG", "WORK_OF_ART", "NORP", "PRODUCT") \
                and not _DETERMINER.search(text, max(0, start - 5), start) \
                and _unknown_words(kept, label, common):
            # `Rajesh Iyengar`, `Nasiru Olaniyan` (ORG): words only names are; a given name
            # of the list is enough alone, a word no list knows needs one more cue
            score += 0.3 if name_frequency().get(kept[0].lower(), 0) >= 2 else 0.2
        if titled or _STRONG_CUE.search(before) or _sign_off(before):
            score += 0.35
        elif _WEAK_CUE.search(before):
            score += 0.25
        if _coordinated(text, start, end, labels):
            score += 0.25
        if CONTACT_AFTER.match(text, end) or _RIGHT_CUE.match(text, end):
            # `Hope Rivers will chair`: a common given name doing what people do says more
            score += 0.3 if _RIGHT_CUE.match(text, end) and kept \
                and name_frequency().get(kept[0].lower(), 0) >= 3 else 0.2
        elif OWNS_AFTER.match(text, end) and kept and name_frequency().get(kept[0].lower(), 0):
            score += 0.25  # `Grace Steel's report`: a given name, then what a person has
        if _CJK_EDGE.match(text[max(0, start - 1) : start + 1]) or _CJK_EDGE.match(text, end):
            score += 0.2
        return score

    def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results,
                              nlp_artifacts, context=None):
        # Addresses, terms and e-mail addresses own their capitalised words; a name running
        # into one keeps its words outside it.
        return outside_owned(text, raw_recognizer_results, other_raw_recognizer_results)


def _verb_lead(words_: list[str], common: frozenset[str]) -> bool:
    """The first word a dictionary word and no given name, the second a name no dictionary
    knows, the last a listed surname: at a sentence's start the first word is the sentence's,
    not the name's (mid-sentence it can be a word-name: `for Ocean Ifeoma Brandvold`)."""
    low = [w.strip(".,;:'’\"()").lower() for w in words_]
    return is_word(low[0], common) and low[0] not in given_names() \
        and not is_word(low[1], common) and listed_surname(low[-1], common)


def _listed_last(kept: list[str], label: str | None, common: frozenset[str]) -> bool:
    """The last word a listed surname that is no word; for the model's place, after a given
    name that is no word either (not `San Jose`, `Costa Rica`)."""
    low = [w.strip(".,;:'’\"()").lower() for w in kept]
    if not listed_surname(low[-1], common) or low[0] in STOP_WORDS \
            or any(w in _NOT_NAME_WORD for w in low):
        return False
    if label in ("GPE", "LOC", "FAC"):
        return low[0] in given_names() and not is_word(low[0], common)
    return True


def _placed(text: str, start: int, end: int) -> bool:
    """In a place's context (name_cues.place_context), not as the owner of a person's thing
    (`the party is at Lina Fedorov's place`)."""
    return place_context(text, start) and not OWNS_AFTER.match(text, end)


def _unknown_words(kept: list[str], label: str | None, common: frozenset[str]) -> bool:
    """Two or three capitalised words no dictionary knows, spelled like names, opened by a
    given name (for the model's ORG, a listed one): `Aarav Iyer`, `Taiwo Onyeama`; not
    `Kubernetes Ingress`, `Vercel Postgres`, `Grace Hopper Academy`."""
    low = [w.strip(".,;:'’\"()").lower() for w in kept]
    if not 2 <= len(low) <= 3 or any(w in _NOT_NAME_WORD or w in CHAT_NOT_NAMES for w in low):
        return False
    names = name_frequency()
    first = low[0]
    if not (names.get(first, 0) >= 2 or label is None and not is_word(first, common)
            and name_shaped(first)):
        return False
    return all(not is_word(w, common) and name_shaped(w) for w in low[1:])


# Place words that are common surnames too: after a given name and a cue that says a person
# (`My name is Grace Park`, `Dear May Hall`), they are the surname.
_PLACE_SURNAMES = words("park hall lane court house field church banks wood way")


def _surname_like_place(text: str, start: int, words_: list[str],
                        common: frozenset[str]) -> bool:
    """`Deepika Park` (a first word no dictionary knows), `My name is Grace Park` (a common
    given name after a cue); not `Victoria Park`, `Central Park`."""
    if len(words_) != 2 or words_[1].lower().strip(",") not in _PLACE_SURNAMES:
        return False
    low = words_[0].lower()
    if not is_word(low, common):
        return True  # `Xiaoming Park`, `Deepika Park`
    if name_frequency().get(low, 0) < 3:
        return False
    before = text[max(0, start - 24) : start]
    return bool(_STRONG_CUE.search(before) or _very_strong(text, before)
                or _sign_off(before))


class _Labels(list):
    """spaCy's labels of one text, in order and not overlapping, so the first one over a span
    is found by bisection (a scan per candidate name was quadratic in a long prompt)."""

    _ends: list[int] | None = None

    def first(self, start: int, end: int) -> tuple[int, int, str] | None:
        if self._ends is None:
            self._ends = [e for _, e, _ in self]
        i = bisect.bisect_right(self._ends, start)
        return self[i] if i < len(self) and self[i][0] < end else None


def _first_overlapping(labels: list, start: int, end: int) -> tuple[int, int, str] | None:
    """The first of `labels` that overlaps [start, end)."""
    if isinstance(labels, _Labels):
        return labels.first(start, end)
    return next(((s, e, lab) for s, e, lab in labels if s < end and start < e), None)


def _first_label(labels: list, start: int, end: int) -> str | None:
    found = _first_overlapping(labels, start, end)
    return found[2] if found else None


def _extends_name(text: str, start: int, end: int, s: int, e: int,
                  common: frozenset[str]) -> bool:
    """The words `start:end` adds to spaCy's name `s:e` can be part of a name: titles,
    particles, initials, suffixes, given names, words that are not dictionary words, and any
    word after a particle (`Dewi van` + `der Klein`, `Imke van` + `Orleans`)."""
    particle = False
    for m in _TOKENS.finditer(text, start, end):
        word = m.group(0)
        low = word.strip(".,").lower()
        if _PARTICLE_RE.match(low):
            particle = True
        if s <= m.start() < e or particle:
            continue
        if m.start() >= e:  # a surname after spaCy's given name (`Gift` + `Lam`)
            if low in _NOT_NAME_WORD or abstract_noun(low, common):
                return False
            continue
        if not (_TITLED.match(word + " ") or len(low) == 1 or word.lower() in NAME_SUFFIXES
                or low in given_names() or not is_word(low, common)
                or low in _VN_FAMILY and m.end() < s and " " in text[s:e].strip()):
            return False
    return True


# The common Vietnamese family names, written first: `Do Thanh Tam`, `Ngo Bich Ngoc`, where
# spaCy finds the given names and the family name is an English word or a stop word.
_VN_FAMILY = words("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly")


_TOKENS = compiled(r"\S+")


_PARTICLE_RE = compiled(rf"^{_PARTICLE}$")


def _spacy_labels(nlp_artifacts) -> list[tuple[int, int, str]]:
    doc = getattr(nlp_artifacts, "tokens", None)
    ents = getattr(doc, "ents", None)
    if not ents:
        return _Labels()
    # spaCy's spans over CJK text are clauses, not entities (see ner.py); a span running
    # over a line break or a tab is one label per line or cell (`Duc Pham\nPassport` is not
    # one name).
    out = _Labels()
    for e in ents:
        span = e.text
        if _CJK_EDGE.search(span):
            continue
        at = e.start_char
        if "\n" not in span and "\t" not in span:  # one line, one label (most spans)
            if span.strip():
                lead = len(span) - len(span.lstrip(" \t-*•"))
                out.append((at + lead, at + len(span.rstrip()), e.label_))
            continue
        for line in _CELLS.split(span):
            if line.strip():
                lead = len(line) - len(line.lstrip(" \t-*•"))
                out.append((at + lead, at + len(line.rstrip()), e.label_))
            at += len(line) + 1
    return out


# One capitalised word (or, after `my name is`, any word) right after a strong cue:
# `Thanks Aoife!`, `Hi Grace,`, `my name is olga`, `Cheers,\nDeclan`.
_ONE_WORD = compiled(rf"(?<![\w.@/-])(?:{_WORD}|[{_UPPER}]{{2,}}(?:[-'’][{_UPPER}]+)?)(?![\w@])")
_VERY_STRONG = compiled(
    r"(?i)\b(?:my name is|my name's|name is|i'm|i am|call me|this is|named|signed|name:)"
    r"[ \t:]*$"
)
_GREETING = compiled(
    r"(?i)(?:\b(?:dear|hi|hello|hey|thanks|thank you|thx|cheers|welcome|congrats|"
    r"happy birthday|happy retirement|good luck|"
    r"congratulations|attn:?|goodbye|bye|morning|evening|sorry|love|regards|sincerely|"
    r"best|yours|cc|attn)[ \t,:]*"
    r"|^[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]*)$",
    0,
)
_SIGN_OFF = compiled(
    r"(?im)^[ \t]*(?:thanks|thank you|many thanks|cheers|best|regards|best regards|kind regards|"
    r"warm regards|warmly|sincerely|yours|yours truly|cordially|respectfully|love|take care|"
    r"all the best|signed|best wishes|kind wishes|warm wishes|with thanks|speak soon|talk soon|"
    r"yours sincerely|yours faithfully|--)[ \t]*[,.!]?[ \t]*\n(?:[ \t]*\n)?[ \t]*\Z"
)


def _very_strong(text: str, before: str) -> bool:
    """_VERY_STRONG at the end of `before` (a window of `text`); searched only when one of
    its phrases is in the text at all (a windowed search per capitalised word is costly)."""
    return _says_name(text) and _VERY_STRONG.search(before) is not None


@lru_cache(maxsize=8)
def _says_name(text: str) -> bool:
    """Every phrase of _VERY_STRONG has one of these; `İ` and `ſ` are the letters that match
    it case-insensitively without lower-casing to it."""
    if "İ" in text or "ſ" in text:
        return True
    low = text.lower()
    return any(w in low for w in ("name", "i'm", "i am", "call me", "this is", "signed"))


def _sign_off(before: str) -> bool:
    """_SIGN_OFF at the end of `before`, which it can only be with a line break in it."""
    return "\n" in before and _SIGN_OFF.search(before) is not None


_LOWER_WORD = compiled(
    rf"[{_LOWER}]{{2,20}}(?:-[{_LOWER}]{{2,20}})?(?:[ \t][{_LOWER}]{{2,20}})?(?![\w@])"
)
_LOWER_COORD = compiled(
    rf"(?<![\w@/-])([{_LOWER}]{{2,20}})[ \t]+(?:and|&)[ \t]+([{_LOWER}]{{2,20}})(?![\w@/-])"
)


def _cued_single_names(text: str, labels: list, common: frozenset[str]
                       ) -> list[tuple[int, int, float]]:
    out = []
    for m in _ONE_WORD.finditer(text):
        start, end = m.span()
        word = m.group(0).lower()
        if word in _NOT_FIRST or word in NOT_A_NAME or word in _ORG_WORDS:
            continue
        before = text[max(0, start - 40) : start]
        label = _first_label(labels, start, end)
        if label in ("PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"):
            continue  # spaCy's own PERSON stays; a date word (`May`) needs a stronger case
        if _very_strong(text, before) or _sign_off(before):
            out.append((start, end, 0.75))
        elif label in ("ORG", "GPE", "LOC", "NORP", "FAC") and _ONE_RIGHT_CUE.match(text, end) \
                and not wordlike([word], common):
            # `Adebayo previously ran a bakery`: spaCy's ORG doing what people do.
            out.append((start, end, 0.65))
        elif _GREETING.search(before) and text[end : end + 1] in ("", ",", "!", ".", "\n", " "):
            score = 0.65 if label else 0.6
            if text[end : end + 1] in ",!\n" or end == len(text):
                out.append((start, end, score + 0.05))
            elif label:
                out.append((start, end, score))
        elif _SHAPED.match(m.group(0)) and word not in GROUP_WORDS \
                and word not in _NOT_NAME_WORD and (
                _addressed(text, start, end, strict=wordlike([word], common))):
            # `Ask Temitope to`, `Kiri, can you`, `said Amaka`; a word only when spoken to or
            # quoted (`Comfort, can you`, `Sorry for the delay, Precious.`, `said Blessing`)
            out.append((start, end, 0.7))
    for cue in _VERY_STRONG_ANY.finditer(text) if _says_name(text) else ():
        m = _LOWER_WORD.match(text, cue.end())
        if m and not any(w in _STOP for w in m.group(0).split()):
            out.append((m.start(), m.end(), 0.7))
    for cue in _LOWER_GREETING.finditer(text):
        # `hey tendai can u send`: a chat greeting, then a word no dictionary knows
        m = _LOWER_WORD.match(text, cue.end())
        first = m.group(0).split()[0] if m else ""
        vocative = text[m.start() + len(first) : m.start() + len(first) + 1] in (",", "!") \
            if m else False  # `hey mien,`: spoken to, a given name even if a word
        if m and first not in _STOP and first not in STOP_WORDS and (
                not is_word(first, common)
                or vocative and first not in _CHAT_WORDS
                and name_frequency().get(first, 0) >= 2):
            out.append((m.start(), m.start() + len(first), 0.65))
    for m in _LOWER_COORD.finditer(text):
        # `lol damon and abidin are coming`: two given names, one that no dictionary knows
        a, b = m.group(1), m.group(2)
        if all(w in given_names() and w not in _STOP and w not in STOP_WORDS for w in (a, b)) \
                and not (is_word(a, common) and is_word(b, common)) \
                and _LOWER_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
                and _LOWER_AFTER.match(text, m.end()):
            out.append((m.start(1), m.end(1), 0.6))
            out.append((m.start(2), m.end(2), 0.6))
    for m in _CAPS_NAME.finditer(text) if _CAPS_PAIR.search(text) else ():
        words = m.group(0).split()
        lead = next((i for i, w in enumerate(words) if w.lower() not in _STOP), len(words))
        n = next((i for i, w in enumerate(words[lead:], lead) if w.lower() in _STOP), len(words))
        if n - lead < 2:
            continue  # `CALL KIRI VUONG ABOUT THE INVOICE`: the name between the words
        start = m.start() + len(" ".join(words[:lead])) + (1 if lead else 0)
        end = start + len(" ".join(words[lead:n]))
        before = text[max(0, start - 24) : start]
        if _STRONG_CUE.search(before) or _very_strong(text, before) or _WEAK_CUE.search(before) \
                and not wordlike([w.lower() for w in words[lead:n]], common):
            out.append((start, end, 0.65))  # not `RE: OUTSTANDING BALANCE`
        elif (_SENTENCE_START.search(before) or _CAPS_FIELD_BEFORE.search(before)) \
                and _CAPS_AFTER.match(text, end) and _caps_person(words[lead:n], common):
            # `ANALYN OCAMPO - account suspended`, `VISITOR LOG - EKENE OBI - SIGNED IN`
            out.append((start, end, 0.65))
    return out


# A notice's fields are separated by a spaced dash, bar or slash on either side of a name.
_CAPS_FIELD_BEFORE = compiled(r"[ \t][-–—|/][ \t]*$")
# (a slash separates a notice's fields: `TAMIMI PARVEEN / DOB ...`; a name can be a line of its
# own: `VISITOR PASS\nFOLASADE OYEBANJI\nHOST: ...`)
_CAPS_AFTER = compiled(r"[ \t]*(?:[:;(]|\n|\Z|[ \t][-–—|/][ \t])")


def _caps_person(words_: list[str], common: frozenset[str]) -> bool:
    """Capitals with no cue: a given name no dictionary knows, then words no dictionary
    knows (`MARITES MENDOZA`, `HO NGOC TRUNG`), not `ROSE GOLD EDITION`, `NEW ORDER`."""
    low = [w.lower() for w in words_]
    names = name_frequency()
    lead = low[0]
    if not (names.get(lead, 0) >= 2 and not is_word(lead, common) or lead in _VN_FAMILY
            or len(low) <= 3 and all(len(w) > 2 and name_shaped(w) and not is_word(w, common)
                                     for w in low)):
        return False
    return all(not is_word(w, common) or w in _VN_FAMILY or names.get(w, 0) >= 3
               for w in low[1:]) and not any(w in _NOT_NAME_WORD for w in low)


# Someone addressed or spoken of: `Ask Temitope to`, `cc Kiri`, `said Amaka`, `Kiri, can you`,
# `Sorry for the delay, Precious.`, `Nomvula - please review`.
_PEOPLE_VERB_BEFORE = compiled(
    r"(?i)\b(?:ask|asked|tell|told|ping|pinged|remind|reminded|loop in|looped in|cc|thank|"
    r"thanked|call|called|phone|phoned|email|emailed|message|messaged|text|texted|invite|"
    r"invited|meet|met|said|answered|replied|signed by|filled in by|on behalf of|"
    r"in the name of|introduce|introduced|congratulate|congratulated|reach|reached)[ \t]+$"
)
_NEXT_WORD = compiled(r"[ \t]+(\S+)")
_SAID_BEFORE = compiled(r"(?i)[,\"”'’][ \t]*(?:said|says|asked|answered|replied|added)[ \t]+$")
_LINE_START = compiled(r"(?:^|[.!?\n][\"'”’)]?)[ \t]*$")
_VOCATIVE_AFTER = compiled(
    r"[ \t]*(?:,|[–—-])[ \t]*(?:please|pls|can|could|would|will|do|did|are|have|thanks|"
    r"thank|let|i|we|you|just|any|when|where|what|how|quick|sorry)\b",
    regex.IGNORECASE,
)
_SALUTE_BEFORE = compiled(
    r"(?i)(?:^|[.!?\n][ \t]*)(?:[-–][ \t]*)?(?:sorry|thanks|thank you|"
    r"good (?:morning|afternoon|evening|night)|night|morning|bye|goodbye|see you|"
    r"hello|hi|hey|welcome|congratulations|congrats|well done|great job|noted|ok|okay|sure|"
    r"yes|no)\b[^.!?\n]{0,60},[ \t]*$"
)
# What a person does in dialogue in prose: `Sun-Ho shouted from the stairs`, `Ana and I`.
_DIALOGUE = (r"shouted|whispered|yelled|muttered|sighed|laughed|smiled|nodded|shrugged|grinned|"
             r"frowned|looked at|and I")
_SPEECH = compiled(rf"[ \t]+(?:said|says|asked|answered|replied|wrote|added|{_DIALOGUE})\b")
# Spoken to at the opening of a quotation: `"Piotr, wait!"`, `"Kimberley!"`.
_QUOTE_OPEN = compiled(r"(?:^|[ \t\n(])[\"“][ \t]*$")
_QUOTE_VOCATIVE = compiled(r"[ \t]*(?:,|!)")
_SHAPED = compiled(rf"^(?:Ma?c)?[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}]?[{_LOWER}]+)*$")
_LOWER_GREETING = compiled(r"(?i)(?:^|[\n.!?]|\b(?:and|so|oh|ok))[ \t]*"
                           r"(?:hey|hi|hello|thanks|thx|ty)"
                           r"[ \t,]+(?=[a-z])")


def _addressed(text: str, start: int, end: int, strict: bool = False) -> bool:
    before = text[max(0, start - 80) : start]
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1).lower().strip(".,") in _ORG_WORDS:
        return False  # `met Stanley Ltd`
    if _SAID_BEFORE.search(before[-30:]):
        return True
    if not strict and (_PEOPLE_VERB_BEFORE.search(before[-30:]) or _SPEECH.match(text, end)):
        return True  # not for a word (`Azure says`)
    if _LINE_START.search(before) and _VOCATIVE_AFTER.match(text, end):
        return True
    if _QUOTE_OPEN.search(before[-4:]) and _QUOTE_VOCATIVE.match(text, end):
        return True
    return bool(_SALUTE_BEFORE.search(before)) and (end == len(text) or text[end] in ".!?\n")


_ONE_RIGHT_CUE = compiled(
    r"[ \t]+(?:said|says|told|asked|wrote|called|emailed|joined|left|previously|presents|"
    r"will present|closes|thinks|wants|needs|agreed|replied|signed|"
    rf"{_DIALOGUE}|is my|was my)\b"
    # a person's role or kin in brackets after the name: `Dariusz (assistant to Dr Ezeilo)`
    r"|[ \t]+\((?:assistant|secretary|deputy|colleague|wife|husband|partner|son|daughter|mother|"
    r"father|sister|brother)\b"
)
# (each phrase has one of _says_name's)
_VERY_STRONG_ANY = compiled(
    r"(?i)\b(?:my name is|my name's|call me|named)[ \t:]*"
)
# `O'BRIEN`, `D'SOUZA`: an apostrophe after one capital
_CAPS_WORD = rf"(?:[{_UPPER}]['’])?[{_UPPER}]{{2,}}(?:[-'’][{_UPPER}]+)?"
_CAPS_NAME = compiled(rf"(?<![\w.@/'’-]){_CAPS_WORD}(?:[ \t]{_CAPS_WORD}){{1,3}}(?![\w@])")
# Two words in capitals meet at a capital, a space or tab, a capital: a scan cheaper than
# _CAPS_NAME's says whether it can match at all.
_CAPS_PAIR = compiled(rf"[{_UPPER}][ \t][{_UPPER}]")
_STOP = _NOT_FIRST | NOT_A_NAME | FIELD_LABELS | words(
    """before after about at on in of for with from to by the a an and or is are was were be
    been has have had will would can could should not asap today tomorrow now here there
    it me us them him her our your my their all any some am pm re fyi eod eta urgent"""
)


# ALL-CAPS lines (`APPLICANT: DUC PHAM`): the small model reads capitals as acronyms, so the
# line goes through it once more title-cased (same length, offsets stay).
_CAPS_LINE = compiled(r"(?m)^[^a-z\n]*[A-Z]{2,}[ \t]+[A-Z]{2,}[^a-z\n]*$")


def _caps_line_names(text: str, nlp_artifacts) -> list[tuple[int, int, float]]:
    engine = getattr(nlp_artifacts, "nlp_engine", None)
    nlp = getattr(engine, "nlp", None)
    if not nlp or _CAPS_LINE.search(text) is None:
        return []
    model = nlp.get(getattr(nlp_artifacts, "language", "en")) or next(iter(nlp.values()))
    out = []
    for m in _CAPS_LINE.finditer(text):
        line = m.group(0)
        titled = line.title()
        if len(titled) != len(line):
            continue
        for ent in model(titled).ents:
            if ent.label_ != "PERSON" or "\n" in ent.text:
                continue
            words = [w.lower() for w in ent.text.split()]
            if any(w in _NOT_FIRST or w in _ORG_WORDS or w in FIELD_LABELS for w in words):
                continue
            start, end = m.start() + ent.start_char, m.start() + ent.end_char
            before = text[max(0, start - 24) : start]
            if _STRONG_CUE.search(before) or _WEAK_CUE.search(before):
                out.append((start, end, 0.7))  # capitals are codes too: a cue must say "person"
    return out


# Lists of names: `A, B and C`, bullet or line lists. When one item is a person (spaCy's
# PERSON or a finding above), or a heading names people (`Attendees:`), every item is.
_ITEM = rf"(?:{_TITLE} )?(?:[{_UPPER}]\. )?{_WORD}(?: {_WORD}){{0,2}}"
_INLINE_LIST = compiled(
    rf"(?<![\w.@/-]){_ITEM}(?:(?:[,;][ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+){_ITEM}){{1,12}}"
    r"(?![\w@])"
)
_ITEM_RE = compiled(_ITEM)
_LINE_ITEM = compiled(
    rf"(?m)^[ \t]*(?:[-*•]|\d{{1,3}}[.)])?[ \t]*({_ITEM})[ \t]*"
    r"(?:\([^)\n]{0,30}\)|,[ \t]*[a-z][^\n]{0,30}|[|–—-][^\n]{0,40})?[ \t]*$"
)
_JOINED = compiled(r"[ \t](?:and|&)[ \t]|;")
# Verbs whose object is people: `Invite Declan, Min-jun and Milena`.
_LIST_CUE = compiled(
    r"(?i)\b(?:invite|invited|ask|asked|tell|told|meet|met|ping|email|emailed|call|called|"
    r"thank|thanked|loop in|introduce|hire|hired|interview|interviewed|congratulate|cc)[ \t]+$"
)
_JOB_AFTER = compiled(r"[ \t]+(?:at|of|for)[ \t]")
_PEOPLE_HEADING = compiled(
    r"(?i)\b(?:attendees|participants|invitees|present|absent|apologies|team|roster|members|"
    r"speakers|panelists|panel|guests|people|contacts|cc|to|from|authors?|reviewers?|"
    r"approvers?|signatories|witnesses|candidates|students|players|staff|with|on call|on duty|"
    r"rota|shifts?|volunteers|owners?|assignees?|drivers|helpers|hosts|winners|tenants|"
    r"residents|patients|clients|customers|employees)\b[^\n]{0,20}$"
)


# Speakers in a transcript: `Grace: are you coming?`, `[10:02] olga: did u send it`.
_SPEAKER = compiled(
    # a time code in brackets or bare (`[00:01:15]`, `00:01:15 Sutrisno:` of a transcript)
    rf"(?m)^[ \t]*(?:\[[0-9:. apmAPM]{{1,12}}\][ \t]*"
    rf"|\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[.,]\d{{1,3}})?[ \t]+)?"
    rf"((?:{_WORD}(?:[ \t]{_WORD}){{0,2}})|(?<=\][ \t]*)[{_LOWER}]{{2,20}}):[ \t]+"
    r"(?=[^\n]*[A-Za-z]{2,})"
)


def _speakers(text: str, common: frozenset[str]) -> list[tuple[int, int, float]]:
    if text.count(":") < 2:
        return []
    found = []
    turns = 0  # speaker lines, roles included (`Interviewer:` answered by `Emeka Young:`)
    timed = 0  # turns after a time code: a transcript's layout whatever the speakers' words
    for m in _SPEAKER.finditer(text):
        turns += 1
        timed += m.group(0).lstrip()[:1] in "[0123456789"
        words = [w.lower() for w in m.group(1).split()]
        if any(w in FIELD_LABELS or w in NOT_A_NAME or w in ROLE_WORDS
               or w in _ORG_WORDS and not _surname_like_place(text, m.start(1), words, common)
               for w in words) or (len(words) == 1 and words[0] in _STOP):
            continue
        if wordlike(m.group(1).split(), common):
            continue  # `Action Items:`, `Root Cause:`: headings
        said = text[m.end() : text.find("\n", m.end()) % (len(text) + 1)].split()
        if len(said) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in said) \
                and wordlike(m.group(1).split(), common):
            continue  # `Guardian: Ferhan Koç`, `Child: Summer`: a label and its value
        found.append(m.span(1))
    if turns < 2 or not found or len(found) < 2 and turns < 3 and timed < 2:
        return []
    return [(s, e, 0.65) for s, e in found]


_NOT_PEOPLE = frozenset({"NORP", "LANGUAGE", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW",
                         "DATE", "TIME", "MONEY", "CARDINAL"})


_NEVER_PEOPLE = frozenset({"NORP", "LANGUAGE", "DATE", "TIME", "MONEY", "CARDINAL"})


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Without an opening sentence word or office: `Invite Layla` is the item `Layla`,
    `Ranking Member Miller` the item `Miller`."""
    first, _, rest = text[start:end].partition(" ")
    if rest and first.lower() in _NOT_FIRST:
        start, first = start + len(first) + 1, rest.partition(" ")[0]
        rest = rest.partition(" ")[2]
    while rest and role_title(first):
        start += len(first) + 1
        first, _, rest = rest.partition(" ")
    return start, end


def _job_title(words: list[str]) -> bool:
    """A capitalised job title (`Site Supervisor`, `Payroll Specialist`, the line under a name
    in a signature): its last word is a role noun and none before it is a given name
    people are commonly called (`Grace Porter` stays a name)."""
    if len(words) < 2 or words[-1].lower().strip(".,") not in ROLE_WORDS:
        return False
    names = name_frequency()
    return not any(names.get(w.lower().strip(".,"), 0) >= 2 for w in words[:-1])


def _listed_names(text: str, known: list[tuple[int, int]], labels: list,
                  common: frozenset[str]) -> list[tuple[int, int]]:
    def usable(start: int, end: int, people: bool = False) -> bool:
        """An item of a list; `people`: under a heading or verb that names people
        (`Present:`, `On call:`, `Invite`), where one word can be a name that is a word
        (`Favour`, `Blessing`) and spaCy's place for a name it does not know (`Olumide`)."""
        words = [w.lower().strip(".,") for w in text[start:end].split()]
        single = people and len(words) == 1 and words[0] not in GROUP_WORDS \
            and not abstract_noun(words[0], common)
        if any(s < end and start < e and lab in _NOT_PEOPLE
               and not (single and lab not in _NEVER_PEOPLE) for s, e, lab in labels):
            return False  # `Spanish and French`, `Netflix, Spotify`
        if wordlike(name_words(text[start:end])[0], common) and not single \
                and not wordlike_cued(text, start, end):
            return False  # `Education, Workforce, and Income Security`: a heading
        return not any(w in _ORG_WORDS or w in FIELD_LABELS or w in ROLE_WORDS
                       for w in words) and not (
            words and words[0] in _NOT_FIRST
        )

    def person(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in known)

    out = []
    for m in _INLINE_LIST.finditer(text):
        items = [_trim(text, i.start(), i.end())
                 for i in _ITEM_RE.finditer(text, m.start(), m.end())]
        if in_firm(text, *items[0]):
            continue  # `with Williams, Thomas and Moore` is a firm (see ner.py)
        joined = _JOINED.search(text, m.start(), m.end()) is not None
        if len(items) < 3 and not joined:
            continue  # `Jane Doe, Ophthalmologist at ...`: a name and a title, no list
        heading = _PEOPLE_HEADING.search(text, max(0, m.start() - 30), m.start())
        cue = _LIST_CUE.search(text, max(0, items[0][0] - 16), items[0][0])
        if heading or cue or any(person(s, e) for s, e in items):
            out.extend((s, e) for s, e in items
                       if usable(s, e, bool(heading or cue)) and not _JOB_AFTER.match(text, e))
    block: list[tuple[int, int]] = []
    last_end = -2
    for m in [*_LINE_ITEM.finditer(text), None]:
        if m is not None and m.start() == last_end + 1:
            block.append(m.span(1))
            last_end = m.end()
            continue
        if block:
            first_line = text.rfind("\n", 0, block[0][0]) + 1
            heading_line = text[text.rfind("\n", 0, max(0, first_line - 1)) + 1 : first_line]
            cued = _PEOPLE_HEADING.search(heading_line.rstrip(": \t\n") + "") is not None
            if (len(block) >= 2 or cued) and (cued or any(person(s, e) for s, e in block)):
                out.extend((s, e) for s, e in block if usable(s, e, cued))
        block = [m.span(1)] if m is not None else []
        last_end = m.end() if m is not None else -2
    return out


def _name_column(text: str, known: list[tuple[int, int]], common: frozenset[str]
                 ) -> list[tuple[int, int]]:
    """A table whose last column holds names (`Office<TAB>Name` rows): when two rows' last
    cells are people, a name-shaped last cell of another row is one too (`Lawrance Evans,
    Jr.`, which spaCy calls ORG)."""
    if "\t" not in text:
        return []
    cells = [m.span(1) for m in _LAST_CELL.finditer(text)]
    people = [c for c in cells if any(s <= c[0] < e or c[0] <= s < c[1] for s, e in known)]
    if len(people) < 2:
        return []
    return [c for c in cells if c not in people and _NAME.fullmatch(text, *c)
            and not any(w.lower().strip(",") in _ORG_WORDS for w in text[c[0] : c[1]].split())
            and not wordlike(name_words(text[c[0] : c[1]])[0], common)]


_LAST_CELL = compiled(r"(?m)\t[ ]*([^\t\n]*[^\t\n ])[ ]*$")


def _lower_surnames(text: str, labels: list, common: frozenset[str]) -> list[tuple[int, int]]:
    """spaCy's lower-case PERSON and the word after it that no dictionary knows: `ibrahim`
    + `truong`, `gift` + `adeyemi` (chat text drops capitals)."""
    out = []
    names = given_names()
    for m in _LOWER_PAIR.finditer(text):
        # `pls loop in ibrahim truong`: a given name, then a word no dictionary knows
        first, second = m.group(1), m.group(2)
        if first in names and first not in _STOP and second not in _STOP \
                and second not in STOP_WORDS and (
                    not is_word(second, common)
                    # `met francisco mills at`: a given name no dictionary knows, then a
                    # surname that is a word, then the sentence goes on
                    or not is_word(first, common) and name_frequency().get(first, 0) >= 3
                    and second not in _CHAT_WORDS and _LOWER_PAIR_END.match(text, m.end())):
            out.append((m.start(1), m.end(2)))
    for s, e, lab in labels:
        if lab != "PERSON" or not text[s:e].islower():
            continue
        m = _LOWER_NEXT.match(text, e)
        if m and m.group(1) not in _STOP and not is_word(m.group(1), common):
            out.append((s, m.end()))
    return out


_LOWER_PAIR = compiled(
    rf"(?i:\b(?:loop in|looped in|cc|ask|asked|tell|told|ping|pinged|remind|invite|with|and|"
    rf"talked to|talk to|spoke to|spoke with|speak to|met with|meet with|"
    rf"thanks|thank|call|email|message|text|meet|met|for|by|lol|omg|haha))[ \t]+"
    rf"([{_LOWER}]{{2,20}}) ([{_LOWER}]{{2,20}}(?:[-'’][{_LOWER}]{{2,20}})?)(?![\w@/'’-])"
)
# Chat words after a name or greeting that are no surname or given name (`met olga yesterday`,
# `hey man,`).
_CHAT_WORDS = words(
    """yesterday today tomorrow tonight later earlier soon now again there here outside inside
    downstairs upstairs online offline last next morning evening afternoon night week weekend
    man dude bro buddy mate girl girls boys folks guys sis babe honey love dear sir everyone
    team friend friends fam boss chief champ pal lady ladies"""
)
_LOWER_PAIR_END = compiled(r"[ \t]*(?:$|[,;.!?:)]|[ \t](?:at|on|and|about|from|yesterday|today)\b)")
_LOWER_NEXT = compiled(rf" ([{_LOWER}]{{2,20}}(?:-[{_LOWER}]{{2,20}})?)(?![\w@/-])")


def _mentions(text: str, known: list[tuple[int, int]], common: frozenset[str]
              ) -> list[tuple[int, int]]:
    """The given name or surname of a full name found in the text, standing alone elsewhere in
    it: `Imani Robinson ... Robinson never answered`, `Chinedu Okafor ... thanks, chinedu`.
    A part that is a dictionary word is matched as written (`Grace`, not `grace`)."""
    parts: set[str] = set()
    for s, e in known:
        kept = [w.strip(".,;:'’") for w in name_words(text[s:e])[0]]
        if len(kept) < 2:
            continue
        for part in (kept[0], kept[-1]):
            low = part.lower()
            if len(part) > 1 and part[:1].isupper() and low not in _STOP \
                    and low not in _NOT_NAME_WORD and low not in STOP_WORDS:
                parts.add(part)
    if not parts:
        return []
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text  # a capital whose lower case is longer (`İ`): offsets would move
    out = []
    for part in parts:
        caseless = not is_word(part.lower(), common)  # `chinedu`, not `grace`
        hay, needle = (lowered, part.lower()) if caseless else (text, part)
        at = hay.find(needle)
        while at >= 0:
            end = at + len(needle)
            if not (at and (hay[at - 1].isalnum() or hay[at - 1] in "_.@/-")) \
                    and not (end < len(hay) and (hay[end].isalnum() or hay[end] in "_@/-")) \
                    and not any(s <= at < e for s, e in known):
                out.append((at, end))
            at = hay.find(needle, end)
    return out


# A name-shaped word next to a PERSON span, with or without particles between: the part of the
# name the small model left out (`Analyn` + `Ocampo`, `Vitória` + `do Nascimento`, `Vo` +
# `Thanh Long`, `Seo-yeon` + `Kang`, `VU MINH` + `SON`).
_PART_WORD = rf"(?:[{_UPPER}]['’])?(?:{_WORD}|[{_UPPER}]{{2,}}(?:[-'’][{_UPPER}]+)?)"
_NEXT_PART = compiled(rf"((?:[ ](?:{_PARTICLE}))*)[ ]({_PART_WORD})(?![\w@'’-]|\.\w)")
_PREV_PART = compiled(rf"(?<![\w.@/'’-])({_PART_WORD})((?:[ ](?:{_PARTICLE}))*)[ ]$")
_CLAUSE_END = compiled(r"[ \t]*(?:$|[\n,;:.!?()|<\[\]\"]|[ \t][-–—][ \t])")


def _name_part(word: str, shape: str, after_particle: bool, common: frozenset[str]) -> bool:
    """`word` can continue a name written in `shape` (see _extended)."""
    low = word.lower()
    if _shape(word) != shape or low in _NOT_NAME_WORD and low not in _PLACE_SURNAMES \
            or low in _STOP or low in STOP_WORDS or role_title(word):
        return False
    if after_particle or low in _VN_FAMILY or low in _PLACE_SURNAMES:
        return True  # a surname that is a word ends the name only where the clause ends
    return not is_word(low, common) or name_frequency().get(low, 0) >= 3 \
        and not abstract_noun(low, common)


def _extended(text: str, known: list[tuple[int, int]], common: frozenset[str]
              ) -> list[tuple[int, int]]:
    """Known PERSON spans with the name-shaped words next to them (see _NEXT_PART)."""
    out = []
    for s, e in set(known):
        span = text[s:e]
        parts = span.split()
        if not parts or "\n" in span:
            continue
        start, end = s, e
        shape = _shape(parts[-1].strip(".,"))
        m = _NEXT_PART.match(text, e)
        if shape in ("cap", "upper") and m and _name_part(m.group(2), shape, bool(m.group(1)),
                                                          common):
            word = m.group(2).lower()
            # a dictionary word ends a name only where the clause ends (`VU MINH SON`,
            # `Hyun-woo Park.`), not `Heather Hill Road`
            after = _NEXT_WORD.match(text, m.end())
            if after and after.group(1).lower().strip(".,") in _ORG_WORDS:
                pass  # `Kofi Annan Boulevard`, `Efua Sutherland Park`: a place's name
            elif not is_word(word, common) or m.group(1) or _CLAUSE_END.match(text, m.end()) \
                    and (word in _PLACE_SURNAMES or word in _VN_FAMILY or shape == "upper"):
                end = m.end()
        shape = _shape(parts[0].strip(".,"))
        m = _PREV_PART.search(text, max(0, s - 40), s)
        p = _LONE_PARTICLE.search(text, max(0, s - 12), s)
        if shape not in ("cap", "upper"):
            pass
        elif m and m.group(2):  # `Yusuf` + `bint Khalid`; `Meeting with` + `de León`
            start = m.start(1) if _name_part(m.group(1), shape, True, common) \
                and not _SENTENCE_START.search(text, 0, m.start(1)) \
                or m.group(1).lower() not in NOT_FIRST and not is_word(m.group(1).lower(), common) \
                else m.start(2) + 1
        elif m and _name_part(m.group(1), shape, False, common) and (
                not is_word(m.group(1).lower(), common)
                or m.group(1).lower() in _VN_FAMILY and len(parts) >= 2):
            start = m.start(1)  # `Seo-yeon` + `Kang`, `Vo` + `Thanh Long`
        elif p:
            start = p.start(1)  # `- de León, Santiago`
        if (start, end) != (s, e):
            out.append((start, end))
    return out


_LONE_PARTICLE = compiled(rf"(?:^|[\n;,:(\[-][ ]*|[ ])((?:(?:{_PARTICLE})[ ])+)$")


def _coordinated(text: str, start: int, end: int, labels: list) -> bool:
    """In a list with a spaCy PERSON: `attendees Aimée Valette, Antonello Niscoromni and...`."""
    for s, e, lab in labels:
        if lab != "PERSON":
            continue
        between = text[e:start] if e <= start else text[end:s] if end <= s else None
        if between is not None and len(between) <= 6 and _LIST_SEP.match(between):
            return True
    return False


# Given names from a licensed list (see name_lists.py), for names without a title or greeting:
# `then Chinedu closes`, `olga, anh and priya`, `May Tanaka`, `TRAN, Declan`. A name that is
# also an English word (`May`, `Will`, `Grace`, `Bill`) needs a partner name or a people verb.
# (a possessive `'s` is not part of the name: `Jackie Robinson’s`)
_TOKEN = compiled(
    rf"(?<![\w.@/#-])[{_UPPER}{_LOWER}]+(?:(?:-|['’](?![sS]\b))[{_UPPER}{_LOWER}]+)*(?![\w@/-])"
)
_NOT_NAME_WORD = NOT_A_NAME | FIELD_LABELS | ROLE_WORDS | _ORG_WORDS
_SENTENCE_START = compiled(r"(?:^|[.!?:;\n]|^[ \t]*(?:[-*•>]|\d{1,3}[.)]))[ \t\"'“(]*$")
# Around a lower-case name in a chat list: `notes – olga, anh and priya.`
_LOWER_BEFORE = compiled(
    r"(?i)(?:^|[.,;:(\n–—-]|\b(?:and|&|cc|with|ask|ping|tell|thanks|thx|ty|from|to|lol|haha|"
    r"omg|btw|also|oh|ok|okay|yeah|so|if|whether)|@)[ \t]*$"
)
_LOWER_AFTER = compiled(
    r"[ \t]*(?:$|[,;.!?):\n]|(?:and|&)[ \t])|[ \t]+(?:said|says|will|wants|needs|asked|is|was|"
    r"are|were|has|had|joined|left|agreed|replied|thinks|can|could|present|absent|"
    r"to[ \t]+(?:follow|send|check|review|call|email|share|draft|update|book|fix))\b"
)
_PLACE_PREP = compiled(r"(?i)\b(?:to|in|at|near|from|visit|visited|via)[ \t]+$")
_DETERMINER = compiled(r"(?i)\b(?:the|a|an)[ \t]+$")
_VETO = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "CARDINAL", "PERCENT",
                   "PRODUCT", "EVENT", "LAW", "LANGUAGE", "QUANTITY", "ORDINAL"})


def _shape(word: str) -> str:
    if word[1:2] in ("'", "’") and len(word) > 2:
        word = word[2:]  # `O'Connor`
    if word.isupper():
        return "upper" if len(word) > 1 else ""
    if word.islower():
        return "lower"
    return "cap" if word[0].isupper() and word[1:2].islower() else ""


def _list_names(text: str, labels: list, nlp_artifacts) -> list[tuple[int, int, float]]:
    names = given_names()
    if not names:
        return []
    engine = getattr(nlp_artifacts, "nlp_engine", None)
    nlp = getattr(engine, "nlp", None) or {}
    model = nlp.get(getattr(nlp_artifacts, "language", "en")) if nlp else None
    common = dictionary_words(model) if model is not None else names
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    out: list[tuple[int, int, float]] = []
    taken = -1  # end of the last pair: its surname is not a given name of its own
    for i, (s, e, w) in enumerate(toks):
        low = w.lower()
        if s < taken or low not in names or low in _NOT_NAME_WORD or role_title(w):
            continue
        shape = _shape(w)
        if not shape or _DETERMINER.search(text, max(0, s - 5), s):
            continue  # `the Monte Carlo method`, `a Victoria sponge`: a thing, not a person
        word1 = is_word(low, common)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        after = toks[i + 2][2].lower() if i + 2 < len(toks) else ""
        if nxt and text[e:nxt[0]] == " " and _pair(shape, word1, nxt[2], names, common) \
                and after not in _ORG_WORDS \
                and not (_first_label(labels, s, nxt[1]) in ("GPE", "LOC", "FAC")
                         and _PLACE_PREP.search(text, max(0, s - 12), s)) \
                and not _placed(text, s, nxt[1]):
            # not `Santa Clara County`, `moved to Santa Monica`
            # a pair that extends spaCy's PERSON (`May Tanaka` of `Tanaka`) outranks it
            extends = any(lab == "PERSON" and s <= ls and le <= nxt[1] for ls, le, lab in labels)
            out.append((s, nxt[1], 0.9 if extends else 0.7 if shape == "upper" else 0.75))
            taken = nxt[1]
            continue
        prev = toks[i - 1] if i else None
        if shape == "cap" and (
                nxt and text[e:nxt[0]] == " " and _shape(nxt[2]) == "cap" and (
                    after in _ORG_WORDS or _placed(text, s, nxt[1])
                    or _first_label(labels, s, nxt[1]) in ("GPE", "LOC", "FAC"))
                or proper_noun_fragment(text, s, e)):
            # `Abu` of `a flight to Abu Dhabi`, `Carlo` of `Carlo Alberto Square` and of `a
            # hotel in Monte Carlo`: one word of a place's name, which the pair above did not
            # take for a person's; not `Hyun-woo` of `Hyun-woo Park`
            continue
        if (shape == "cap" and prev and text[prev[1]:s] == ", " and _shape(prev[2]) == "upper"
                and prev[2].lower() not in common and prev[2].lower() not in _NOT_NAME_WORD
                and _SENTENCE_START.search(text, 0, prev[0])):
            out.append((prev[0], e, 0.9))  # `TRAN, Declan`: surname first in a roster
            continue
        label = _first_label(labels, s, e)
        if word1 or label in _VETO or shape == "upper":
            # not a modal (`Will`, `May`): a name remembered as a known value masks every later
            # `will` in the conversation
            if (shape == "cap" and word1 and label not in _VETO and low not in STOP_WORDS
                    and _ONE_RIGHT_CUE.match(text, e)):
                out.append((s, e, 0.6))  # `Faith will present`, `Grace said`
            continue
        before = text[max(0, s - 30) : s]
        if shape == "cap":
            if in_firm(text, s, e) or _among_surnames(text, toks, i, names):
                continue  # `at Carey, Davis and Holmes`
            if not _SENTENCE_START.search(before) or _ONE_RIGHT_CUE.match(text, e) \
                    or _RIGHT_CUE.match(text, e):
                out.append((s, e, 0.6))  # a capitalised given name mid-sentence
        elif _LOWER_BEFORE.search(before) and _LOWER_AFTER.match(text, e):
            out.append((s, e, 0.6))  # `olga, anh and priya`
    return out


def _among_surnames(text: str, toks: list, i: int, names: frozenset) -> bool:
    """Listed with capitalised words that are no given names: `Sanchez, Wong and Calhoun` is a
    firm (in_firm needs a firm word), `Olga, Priya and Anh` are people."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(toks):
            a, b = (toks[j][1], toks[i][0]) if j < i else (toks[i][1], toks[j][0])
            if text[a:b] in (", ", " and ", " & ", ", and ") and _shape(toks[j][2]) == "cap" \
                    and toks[j][2].lower() not in names:
                return True
    return False


def _pair(shape: str, word1: bool, second: str, names: frozenset, common: frozenset) -> bool:
    """Given name + surname: `May Tanaka`, `tunde hall`, `GRANT CHUKWU`; not `Bill Payment`."""
    low = second.lower()
    if _shape(second) != shape or low in _NOT_NAME_WORD or low in _STOP:
        return False
    word2 = is_word(low, common) and low not in names
    if shape == "lower":
        word2 = low in common and low not in names  # `morales` is no inflected `morale` here
        # chat text: both must be rare words (`ximena choi`, not `khalid present`)
        return not word1 and not word2 and "-" not in second
    return not (word1 and word2)
