"""Word lists the English name recognizers share (`ner`, `names_en`).

Hand-written from English grammar and from the labels of forms, logs and chat transcripts;
they are not name lists. A capitalised word from one of them that opens a line or a
sentence (`Convert to TypeScript`, `Status: open`) is read as a word, not a person.
"""

from __future__ import annotations

from .common import words

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
    principal chief executive staff product sales marketing hr operations"""
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
    notify inform ping message text"""
)
