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
words that open sentences (`Please`, `Convert`, `The`) are not names.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .common import CJK, compiled, result, words
from .ner import owns_words

ENTITY = "PERSON"

_LOWER = "a-zà-öø-ÿāăąćčďēęěğīıłńňōőœřśşšţťūůűźżž"
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:[-'’][{_UPPER}]?[{_LOWER}]+)*"
_PARTICLE = r"(?i:van|de|der|den|da|di|del|della|von|le|la|du|dos|das|bin|al|ter|ten|op|y|e)"
_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Mme|Mlle|Herr|Frau|Sr|Sra|Srta|Dott|Dott\.ssa|"
    r"Sig|Sig\.ra|Ing|Avv|Arch|Univ\.Prof|Dipl\.-Ing|Mag|Dr\.med|Prof\.Dr)\.?"
)
_SUFFIX = (
    r"(?:,?[ \t](?:Jr\.?|Sr\.?|II|III|IV|Ph\.?D\.?|M\.?D\.?|B\.A\.|B\.Sc\.|M\.A\.|M\.Sc\.|MBA|"
    r"B\.Eng\.|M\.Eng\.|Dipl\.-Ing\.|LL\.M\.))?"
)
_NAME = compiled(
    rf"(?<![A-Za-z0-9_.@/-])(?:{_TITLE}[ \t])?{_WORD}"
    rf"(?:[ \t](?:{_PARTICLE}[ \t]){{0,3}}{_WORD}){{1,3}}{_SUFFIX}"
    rf"|(?<![A-Za-z0-9_.@/-]){_TITLE}[ \t]{_WORD}{_SUFFIX}"
)
_TITLED = compiled(rf"^{_TITLE}[ \t]")
_STRONG_CUE = compiled(
    r"(?i)(?:\b(?:dear|hi|hello|hey|attn:?|my name is|name is|named|name:|signed|sincerely,?|"
    r"regards,?|thanks,?|vcard:)|姓名|名字|戶名|户名|收件人|聯絡人|联系人|申請人|申请人)[ \t:：]*$"
)
_WEAK_CUE = compiled(
    r"(?i)(?:\b(?:customer|client|patient|engineer|employee|applicant|holder|contact|cc|ask|"
    r"loop in|is|was|were|meet|met|invite|thank|interviewed|hired|attendees?|references?|"
    r"i'm|i am|this is|signed by|approved by|assigned to|owner|notify|inform|"
    r"tell|call|ping|email|e-mail|mail|from|with|by|for|to|and|or|dr|doctor|manager|owner|"
    r"candidates?:?|user|member|tenant|guest|student|nurse|agent|rep)|員工|员工|客戶|客户|"
    r"同事|經理|经理|先生|小姐|[給给和與与跟請请找問问]|[:：])[ \t]*$"
)
# What people do right after their name: `X met`, `X, who`, `X, Sales manager at`.
_RIGHT_CUE = compiled(
    r"^(?:[ \t]+(?:met|meets|said|says|told|asked|wrote|called|emailed|joined|left|will|would|"
    r"has|had|is a|was a|who|just|yesterday|today)\b|,[ \t]+(?:who|our|aged?|\d{1,3}[ \t]+years)\b"
    r"|,[ \t]+[A-Za-z][A-Za-z ,/&-]{2,60}[ \t]+at[ \t]+[A-Z])"
)
_CONTACT_AFTER = compiled(r"^[ \t]*(?:[(<\[,]|[—–-][ \t])?[ \t]*(?:[\w.+-]+@|\+?\d[\d ()-]{6,})")
_CJK_EDGE = compiled(f"[{CJK}]")
_ORG_WORDS = words(
    """inc inc. ltd ltd. llc llp plc corp corp. co co. company group gmbh ag sa bv nv spa srl
    bank university college institute school hospital clinic foundation labs lab technologies
    technology tech systems solutions partners associates holdings services international
    media health capital consulting industries enterprises ventures studio studios agency
    council committee department ministry office team project street avenue road lane
    drive boulevard way court place square park center centre hotel airport station"""
)
_NOT_FIRST = words(
    """the this that these those please thanks thank our my your his her their its we you
    they when what who why how where which if and but or so can could would should will
    shall may might must let make write draft send translate summarize summarise explain
    check call email reply format fix rewrite convert keep add use give help create update
    find show list tell ask loop read review prepare schedule book cancel confirm delete
    remove set get put run build deploy test compare describe generate suggest benchmark
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december new old all any each every
    no not yes hi hello dear good best kind warm happy merry restart count total error
    warning info debug note todo see also mixed background complaint patient customer
    meeting minutes status budget agenda summary subject re fwd candidates who"""
)
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
        found = []
        for m in _NAME.finditer(text):
            start, end = m.span()
            words = m.group(0).split()
            titled = _TITLED.match(m.group(0)) is not None
            first = words[1] if titled and len(words) > 1 else words[0]
            if first.lower().strip(".,") in _NOT_FIRST and not titled:
                # `Dear Victoria Estes`, `Loop Ricardo`: drop the opening word, keep the rest.
                if len(words) < 3 or words[1].lower() in _NOT_FIRST:
                    continue
                start = start + len(words[0]) + 1
                words = words[1:]
            if any(w.lower().strip(",") in _ORG_WORDS for w in words):
                continue
            score = self._evidence(text, start, end, titled, labels)
            if score >= 0.5:
                found.append(result(self, ENTITY, start, end, min(score, 0.95)))
        return found

    @staticmethod
    def _evidence(text: str, start: int, end: int, titled: bool, labels: list) -> float:
        overlapping = [(s, e, lab) for s, e, lab in labels if s < end and start < e]
        label = overlapping[0][2] if overlapping else None
        if label == "PERSON":
            # spaCy's PERSON result covers it, unless spaCy cut the name short
            # (`Dewi van` of `Dewi van der Klein`, `Leanne Holden` of `Miss Leanne Holden`).
            s, e, _ = overlapping[0]
            return 0.85 if (start < s or e < end) else 0.0
        # A name of something else (ORG, WORK_OF_ART) is half-way to a person; a place is
        # evidence against (`Welcome to New York`).
        score = {None: 0.35, "GPE": 0.2, "LOC": 0.2, "FAC": 0.2}.get(label, 0.45)
        before = text[max(0, start - 24) : start]
        if titled or _STRONG_CUE.search(before):
            score += 0.35
        elif _WEAK_CUE.search(before):
            score += 0.25
        if _coordinated(text, start, end, labels):
            score += 0.25
        if _CONTACT_AFTER.match(text, end) or _RIGHT_CUE.match(text, end):
            score += 0.2
        if _CJK_EDGE.match(text[max(0, start - 1) : start + 1]) or _CJK_EDGE.match(text, end):
            score += 0.2
        return score

    def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results,
                              nlp_artifacts, context=None):
        # Addresses, terms and e-mail addresses own their capitalised words.
        owned = [o for o in other_raw_recognizer_results if o.score >= 0.5 and owns_words(o)]
        return [r for r in raw_recognizer_results
                if not any(o.start < r.end and r.start < o.end for o in owned)]


def _spacy_labels(nlp_artifacts) -> list[tuple[int, int, str]]:
    doc = getattr(nlp_artifacts, "tokens", None)
    ents = getattr(doc, "ents", None)
    if not ents:
        return []
    # spaCy's spans over CJK text are clauses, not entities (see ner.py).
    return [(e.start_char, e.end_char, e.label_) for e in ents if not _CJK_EDGE.search(e.text)]


def _coordinated(text: str, start: int, end: int, labels: list) -> bool:
    """In a list with a spaCy PERSON: `attendees Aimée Valette, Antonello Niscoromni and...`."""
    for s, e, lab in labels:
        if lab != "PERSON":
            continue
        between = text[e:start] if e <= start else text[end:s] if end <= s else None
        if between is not None and len(between) <= 6 and _LIST_SEP.match(between):
            return True
    return False
