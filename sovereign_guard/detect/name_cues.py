"""Word lists the English name recognizers share (`ner`, `names_en`).

Hand-written from English grammar and from the labels of forms, logs and chat transcripts;
they are not name lists. A capitalised word from one of them that opens a line or a
sentence (`Convert to TypeScript`, `Status: open`) is read as a word, not a person.
"""

from __future__ import annotations

from .common import compiled, words
from .name_lists import name_frequency
from .world_ids import ID_LABEL_WORDS, id_label_word

# Words that head a field or greet rather than name someone (`Email:`, `Hi`, `Regards`).
NOT_A_NAME = words(
    "email e-mail mail phone tel telephone mobile fax address name hi hello hey dear thanks "
    "thank regards best cheers please pls customer user admin team manager support sir "
    "madam mr mrs ms dr prof api json yaml sql null none true false todo fixme note warning "
    "error info debug trace select insert update delete from where join order group limit "
    "values table index key id ip url http https ssn iban card visa mastercard amex "
    "password token secret bearer subject re fwd cc bcc attn ok okay yes no"
)
# Labels of form fields and roles in transcripts: `Agent: ...`, `Status: open`.
FIELD_LABELS = words(
    """agent assistant system bot user customer client caller interviewer interviewee host
    guest moderator speaker operator support staff q a question answer reply response note
    notes status state priority severity type kind category title date time dob birth born
    age sex gender nationality country city zip postcode street address phone mobile fax email
    website url name first last middle surname given full applicant employee patient
    passport license licence id number no ssn itin tin mrn account iban bic swift routing
    amount total price cost qty quantity item items description summary subject from to cc
    bcc sent received attachment attachments comment comments message output input result
    results error warning info debug trace step steps example examples usage returns return
    parameters params args options default value values source target version build commit
    author date issued expires expiry valid signature signed witness department dept office
    role position company employer school program course grade score level count restart
    started image container ready reason driver drivers"""
)
# Job titles and roles: the line under a name in a signature (`Hiring Manager`).
ROLE_WORDS = words(
    """manager director engineer analyst officer lead intern head president vice ceo cto cfo
    coo vp coordinator assistant consultant specialist developer designer architect
    administrator supervisor representative associate partner founder owner chair chairman
    secretary treasurer professor lecturer researcher scientist editor writer accountant
    counsel attorney lawyer nurse physician technician clerk recruiter hiring senior junior
    principal chief executive staff product sales marketing hr operations handler adviser
    advisor controller planner buyer dispatcher paralegal pharmacist therapist surveyor
    adjuster underwriter inspector receptionist"""
)
# Departments and groups spoken to like people (`Finance, please send`, `Legal, can you`).
GROUP_WORDS = words(
    """finance legal sales marketing hr ops operations engineering accounting accounts
    procurement payroll admin administration facilities management dispatch reception
    security compliance audit it devops infra infrastructure design product research
    everyone everybody all folks guys team teams people friends colleagues gentlemen ladies
    class kids children students staff crew committee board mom mum dad"""
)
# Words that open English sentences or instructions, and calendar words.
NOT_FIRST = words(
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
    meeting minutes status budget agenda summary subject re fwd candidates who
    open close click select choose enter type press install import export load save
    optimize optimise refactor implement return print parse validate start stop
    urgent important attention reminder welcome congratulations sorry invite contact
    notify inform ping message text visit book upload compare rank
    met called emailed asked told thanked invited phoned texted messaged pinged"""
)

# Offices and relations written before a surname as a title (`Chairman Harris`, `Ranking Member
# Miller`, `Senator Young`): a person follows, but the title is not part of the name. One
# capitalised dictionary word after one is a surname; two or more are an office's name
# (`Director Forensic Audits`).
ROLE_TITLES = words(
    """chairman chairwoman chairperson chair member senator sen rep representative congressman
    congresswoman governor gov mayor judge president secretary commissioner inspector
    sergeant sgt captain capt lieutenant lt colonel col admiral adm professor coach detective
    det officer pastor father sister brother rabbi reverend rev uncle aunt auntie grandma
    grandpa ambassador minister chancellor dean councillor councilman councilwoman speaker
    deputy director general major agent nurse doctor ranking acting"""
)


# What a person is to a case, a trip or a job, written before the name like a title (`Driver
# Tempest Kahale`, `Passenger Honor Al-Mansouri`, `Courier Blaze Kaniho`): the small model
# takes the word into the name and calls the whole an ORG. The word is a cue, not the name.
PERSON_ROLE_WORDS = words(
    """driver courier passenger technician witness landlord landlady caller claimant
    defendant plaintiff respondent appellant victim suspect resident carer caregiver
    volunteer contractor cashier pharmacist therapist paramedic recipient borrower
    buyer seller patient applicant tenant interviewer interviewee trainee apprentice
    housekeeper porter receptionist midwife surveyor plumber electrician"""
)
PERSON_ROLES = "|".join(sorted(PERSON_ROLE_WORDS, key=len, reverse=True))

# Words that end the names of software, services and products, not of people (`Jupyter
# Notebook`, `Salesforce Marketing Cloud`, `Google Sheets`).
PRODUCT_WORDS = words(
    """cloud notebook notebooks sheets docs slides suite platform server servers console portal
    app apps framework sdk api database db analytics storage postgres kafka compose actions
    laptop laptops monitor router headset dock desk licence license"""
)
# A place's context right before a span: `office in Kraków`, `restaurants in Sierra Leone`,
# `a flight from Le Havre to Abu Dhabi`. Not the phrasal verbs that take a person (`loop in`,
# `fill in`, `sign in`), nor `from` / `to` alone (`an email from`, `send it to`).
_IN_PLACE = compiled(
    r"(?i)(?<!\b(?:loop|looped|fill|filled|sign|signed|check|checked|log|logged|chime|chimed|"
    r"bring|brought|call|called|pencil|pencilled|rope|roped|cut|let|send|sent|put)"
    r"[ \t])\b(?:in|at|near|via|visit|visited|visiting)[ \t]+$"
)
_TRAVEL = compiled(
    r"(?i)\b(?:flights?|fly|flew|flying|trains?|train times|trip|travel\w*|drive|drove|driving|"
    r"move|moved|moving|relocat\w+|route|bus|ferry|cruise|commute|road trip)[ \t]+"
    r"(?:from|to|into)[ \t]+(?:\S+[ \t]+){0,3}?(?:(?:from|to)[ \t]+)?$"
    r"|\b(?:weather|forecast|hotels?|restaurants?|things to do|time zone)[ \t]+"
    r"(?:for|in|near|at)[ \t]+$"
)


def place_context(text: str, start: int) -> bool:
    """A place's context before `start` (see _IN_PLACE, _TRAVEL)."""
    return bool(_IN_PLACE.search(text, max(0, start - 30), start)
                or _TRAVEL.search(text, max(0, start - 60), start))


def role_title(word: str) -> bool:
    """An office written before a name (`Chairman`, `Senator`), not a common given name that is
    one too (`Major Okafor` is a person named Major)."""
    low = word.lower().strip(".")
    return low in ROLE_TITLES and name_frequency().get(low, 0) < 2


_PERSONAL = r"(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|madam|mme|mlle|herr|frau|sr|sra|srta)"
_PERSONAL_TITLE = compiled(rf"(?i)^{_PERSONAL}\.?$")
_TITLE_BEFORE = compiled(rf"(?i)\b{_PERSONAL}\.?[ \t]+$")
# A run of office titles before a name, not after `of` or `the` (`Office of Inspector General
# Regarding`, `the Acting Director`: an office spoken of, no one addressed).
_ROLE_BEFORE = compiled(
    r"(?i)(?<!\bof[ \t])(?<!\bthe[ \t])(?<![\w.])(?:(?:"
    + "|".join(sorted(ROLE_TITLES, key=len, reverse=True)) + r")\.?[ \t]+)+$"
)
# Cues strong enough for a name made of dictionary words (`Dear Grant Bell`, `my name is Rich
# Hall`, `Park said`); weak ones (`was`, `with`, `by`) precede offices and topics as often.
_STRONG_BEFORE = compiled(
    r"(?i)(?:\b(?:my name is|my name's|name is|i'm|i am|call me|named|signed|signed by|dear|"
    r"hi|hello|hey|thanks|thank you|attn|name)[ \t:,]*"
    r"|^[ \t]*(?:thanks|thank you|cheers|best|regards|best regards|kind regards|sincerely|"
    r"yours|--)[ \t]*[,.!]?[ \t]*\n[ \t]*)$",
    0,
)
# A contact right after a name: `Ana Lima (ana@x.org)`, `Ana Lima - +44 20 7946 0000`.
_CONTACT = r"[ \t]*(?:[(<\[,]|[—–-][ \t])?[ \t]*(?:[\w.+-]+@|\+?\d[\d ()-]{6,})"
CONTACT_AFTER = compiled(_CONTACT)
_SPEECH_AFTER = compiled(
    r"(?:[ \t]+(?:said|says|told|asked|wrote|replied|emailed|texted|called|answered|explained|"
    r"added|smiled|laughed|nodded|signed)\b|,[ \t]+(?:who|aged?|\d{1,3}[ \t]+years)\b"
    rf"|{_CONTACT})"
)
# An office goes on (`Inspector General Frances Garcia`, `Archivist of the United States`).
_OFFICE_AFTER = compiled(r"[ \t]+(?:of|for|to|on|at|and|&)\b|[ \t]+[A-Z]")
_INITIAL = compiled(r"^[A-Z]\.?$")
_DOTTED_INITIAL = compiled(r"^[A-Z]\.$")
_INITIAL_BEFORE = compiled(r"(?<![\w.])[A-Z]\.[ \t]$")
NAME_SUFFIXES = words(
    "jr jr. sr sr. ii iii iv phd ph.d. md m.d. mba b.a. b.sc. m.a. m.sc. b.eng. m.eng. ll.m. "
    "dipl.-ing. dds dvm esq esq. cpa"
)
_PARTICLES = words(
    "van de der den da di del della von le la du dos das do bin bint ibn al el abu ter ten op "
    "y e ní nic ó ap ab dela dei degli zu af av vom zum"
)


def name_words(span: str) -> tuple[list[str], str]:
    """The words of a candidate name that say whether it is one (without titles, initials,
    suffixes and particles), and the kind of title opening it: "personal", "role" or ""."""
    words_ = span.split()
    title = ""
    while len(words_) > 1:
        if _PERSONAL_TITLE.match(words_[0]):
            title = "personal"
        elif role_title(words_[0]):
            title = title or "role"
        else:
            break
        words_ = words_[1:]
    return [w for w in words_ if not _INITIAL.match(w) and w.lower().strip(",") not in NAME_SUFFIXES
            and w.lower() not in _PARTICLES], title


def _surname_after_office(word: str) -> bool:
    """Not another office, an abstract noun or an -ing form (`General Government`,
    `Inspector General Regarding`)."""
    low = word.lower().strip(".,")
    return low not in ROLE_TITLES | ROLE_WORDS and (
        not low.endswith(("ing", "ment", "ments", "tion", "tions", "sion", "sions", "ity", "ities",
                          "ness"))
        or low in name_frequency())


_SPOKEN_OF = compiled(r"(?i)\b(?:of|the)[ \t]+$")


def wordlike_cued(text: str, start: int, end: int, span: str | None = None) -> bool:
    """Evidence that a span of dictionary words names a person all the same (see
    name_lists.wordlike): a personal title, an office title before one surname, a strong cue
    before it, or speech or contact data right after it."""
    span = text[start:end] if span is None else span
    kept, title = name_words(span)
    before = text[max(0, start - 40) : start]
    if any(_DOTTED_INITIAL.match(w) for w in span.split()[:-1]) or _INITIAL_BEFORE.search(before):
        return True  # `S. King`, `John P. Ryan`: initials are written for people
    if title == "personal" or _TITLE_BEFORE.search(before) or _STRONG_BEFORE.search(before):
        return True
    # `Chairman Harris,`; not `Acting Archivist of the United States`
    office = title == "role" and not _SPOKEN_OF.search(before) or _ROLE_BEFORE.search(before)
    if office and len(kept) == 1 and _surname_after_office(kept[0]) \
            and not _OFFICE_AFTER.match(text, end):
        return True
    return _SPEECH_AFTER.match(text, end) is not None


# --- PERSON spans that name something else ---------------------------------------------------
# A surname alone before the thing named after its owner: `Hashimoto's thyroiditis`,
# `Asperger syndrome`, `Kalman filter`, `Dijkstra's algorithm`. The possessive takes only the
# nouns of medicine and science (`Jane's test` is hers); without it, the wider set.
_EPONYM_OWNS = (
    r"disease|syndrome|palsy|lymphoma|sarcoma|thyroiditis|phenomenon|anomaly|disorder|ulcer|"
    r"law|laws|theorem|lemma|conjecture|algorithm|paradox|principle|razor|constant|equations?|"
    r"hypothesis|inequality|criterion|fallacy|sign|reflex|triad"
)
_EPONYM = compiled(
    rf"(?i)(?:['’]s?[ \t]+(?:{_EPONYM_OWNS})"
    rf"|[ \t]+(?:{_EPONYM_OWNS}|distance|filter|inference|transform|sequence|test|scheme|"
    r"maneuver|manoeuvre|effect|method|chain|elimination|prize|medal|scale|curve|series|"
    r"distribution|process|formula|integral|problem|reaction|cycle|index|interpretation|"
    r"number|numbers|algebra|mechanics|geometry|calculus|space|spaces|matrix|operator))\b"
)
# Abbreviated weekdays and months next to a date's digits: `On Tue, 4 Mar 2025`.
_DATE_ABBR = words("mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug "
                   "sep sept oct nov dec")
_DIGIT_AFTER = compiled(r",?[ \t]*\d")
_DIGIT_BEFORE = compiled(r"\d[ \t]+$")
# Words that open the names of places, saints' days and clubs (`Saint Lucia`, `Santa Cruz`,
# `Mount Rainier`, `Paris Saint-Germain`), and that end a place's name (`Victoria Harbour`,
# `Alice Springs`).
_SAINTS = words("saint sainte san santa são sao st st. mount mt lake cape port fort")
_SAINT_WORD = compiled(r"(?:^|[ -])(?:Saint|Sainte|San|Santa|St)-\w")
# (not `park`, `lane`, `hill`, `rivers`: surnames too, `Grace Park`, `Lois Lane`)
PLACE_HEADS = words(
    """square harbour harbor springs plaza quay wharf heights gardens terrace crescent
    falls islands mountain mountains valley canyon street road avenue boulevard airport
    station palace castle abbey cathedral"""
)


# The Latin capitals and small letters of the names we read (Western and Central European,
# Baltic, Turkish), as regex class bodies, and a capitalised name word (`O'Brien`,
# `Al-Hashimi`): one definition for the name finders that share them.
NAME_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
NAME_LOWER = "a-zà-öø-ÿāăąćčďēęěğīıłńňōőœřśşšţťūůűźżž"
_U, _L = NAME_UPPER, NAME_LOWER
NAME_WORD = rf"(?:[{_U}]['’])?[{_U}][{_L}]+(?:-[{_U}]?[{_L}]+)?"
# Heads of airports' and memorials' names that are no surnames (`hall`, `day` are, so they end
# a place's name only after `Jr.`).
_FACILITY_HEADS = words("international intercontinental memorial")
_JR_THINGS = PLACE_HEADS | _FACILITY_HEADS | words("day hall center centre park bridge")
_THING_AFTER = compiled(
    r"(?:[ ][A-Z][a-z]+)?(?:,?[ ]Jr\.?[ ](?:Day|Center|Centre)\b|(?:,?[ ]Jr\.?)?[ ]"
    r"(?:International|Intercontinental|Memorial|Airport|Boulevard|Avenue|Street|Square|"
    r"Station|Bridge)\b)"
)
# `Simmons & Simmons`, `Allen & Overy`, `Latham & Watkins`: one surname each side of `&`,
# the second no given name, nothing capitalised after it; people joined by `&` are given
# names (`Anna & Ben`) or full names (`Anna Lee & Ben Ross`).
_AMP_PAIR = compiled(
    rf"(?<![{_U}][\w'’-]*[ ])(?<![\w'’-])([{_U}][{_L}]+)[ ]&[ ]([{_U}][{_L}]+)(?![\w'’-]|[ ][{_U}])"
)


# `(Brankovic & Oyelowo, 2016)`, `Roe & Doe (2019)`: authors cited with a year, not a firm
_YEAR_AFTER = compiled(r",?[ ]\(?\d{4}")


def _surname_firm(text: str, start: int, end: int) -> bool:
    for m in _AMP_PAIR.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if m.start() <= start and end <= m.end() and not _YEAR_AFTER.match(text, m.end()) and (
                m.group(1) == m.group(2) or name_frequency().get(m.group(2).lower(), 0) < 2):
            return True
    return False


def names_a_thing(text: str, start: int, end: int) -> bool:
    """A PERSON-shaped span that is an eponym, a date's abbreviation or a place's or saint's
    name (see above)."""
    span = text[start:end]
    parts = span.split()
    if not parts:
        return False
    label = [id_label_word(p) for p in parts]
    if all(w in ID_LABEL_WORDS for w in label) \
            and (len(label) > 1 or not name_frequency().get(label[0], 0)):
        # `Teudat Zehut`, `Nomor Induk Kependudukan`: a national number's label (one word
        # only when no list knows it as a name: `Dear Tin`, `Ask Nin` are people)
        return True
    first, last = parts[0].lower().strip(".,"), parts[-1].lower().strip(".,")
    if len(parts) == 1:
        if _EPONYM.match(text, end):
            return True
        if first in _DATE_ABBR and (_DIGIT_AFTER.match(text, end)
                                    or _DIGIT_BEFORE.search(text, max(0, start - 4), start)):
            return True
    elif first in _SAINTS or (last in PLACE_HEADS or last in _FACILITY_HEADS
                              or parts[-2].lower() in ("jr.", "jr") and last in _JR_THINGS) \
            and not _PERSONAL_TITLE.match(parts[0]):
        return True  # `John F. Kennedy International`, `Martin Luther King Jr. Day`
    if _THING_AFTER.match(text, end) and not _PERSONAL_TITLE.match(parts[0]):
        return True  # `Luther King` of `... King Jr. Boulevard`, `Charles de Gaulle Airport`
    if "&" in text and _surname_firm(text, start, end):
        return True
    if parts[0] == "Q." and len(parts) > 1:
        return True  # `Q. State your name.`: a deposition's question, not an initial
    return _SAINT_WORD.search(span) is not None


# The capitalised word right before a one-word span: `Carlo` of `Monte Carlo`, `Leone` of
# `Sierra Leone`, `Rainier` of `Mount Rainier`.
_PREV_CAP = compiled(rf"(?<![\w.'’-])([{_U}][{_L}]+)[ ]$")
_NEXT_CAP = compiled(rf"[ ]([{_U}][{_L}]+)(?![\w'’-])")
_CLAUSE_OPEN = compiled(r"(?:^|[.!?:;\n])[ \t\"'“(]*$")
# Words before a name that are cues, not part of a proper noun (`Thanks Carlo`, `Coach Moser`).
CUE_BEFORE = NOT_FIRST | NOT_A_NAME | FIELD_LABELS | ROLE_TITLES | GROUP_WORDS | words(
    """congrats congratulations cheers thx welcome sorry love ask asked ping cc thank tell
    told invite invited meet met with by for from to and or dear hi hello hey goodbye bye
    morning evening night yesterday today tomorrow then also said says hiya yo pt sgt capt
    insp det supt cllr rev fr hon"""
)

# Verbs an instruction opens with and a person follows (`Tell Maria to...`, `Ping Ngozi when
# ready`): the model and the finders run them into the name. None is a given name (unlike
# `Will`, `Bill`, `Pat`, `Mark`, which are kept).
_ADDRESSING_VERBS = words(
    """tell ask remind ping email e-mail call phone message text invite thank cc bcc notify
    inform nudge loop introduce congratulate welcome help meet pay forward"""
)
_LEADING_VERB = compiled(rf"([{_U}][{_L}]+(?:-[{_L}]+)?)[ ]+(?=[{_U}])")


def past_leading_verb(text: str, start: int, end: int) -> int:
    """`start` moved past an instruction's verb that opens the span at a clause's start
    (`Tell Maria` is Maria), when a word is left."""
    m = _LEADING_VERB.match(text, start, end)
    if m is None or m.group(1).lower() not in _ADDRESSING_VERBS \
            or not _CLAUSE_OPEN.search(text, max(0, start - 8), start) and start > 0:
        return start
    return m.end()


def proper_noun_fragment(text: str, start: int, end: int) -> bool:
    """A one-word span that is the second word of a place's name (`Book a hotel in Monte
    Carlo`, `Mount Rainier`) or the first of one (`Victoria Falls`): the word before is
    capitalised, no cue, and either no given name or in a place's context; or the word after
    ends a place's name."""
    if " " in text[start:end].strip():
        return False
    nxt = _NEXT_CAP.match(text, end)
    if nxt and nxt.group(1).lower() in PLACE_HEADS:
        return True
    prev = _PREV_CAP.search(text, max(0, start - 30), start)
    if not prev or prev.group(1).lower() in CUE_BEFORE or _PERSONAL_TITLE.match(prev.group(1)):
        return False
    if _CLAUSE_OPEN.search(text, max(0, prev.start() - 4), prev.start()) \
            and not place_context(text, prev.start()):
        return False  # `Yesterday Carlo told me`: the clause's first word
    return name_frequency().get(prev.group(1).lower(), 0) < 2 or place_context(text, prev.start())
