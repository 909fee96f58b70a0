"""Issue 13, dates of birth as forms and people write them: the date in brackets after its
cue, a form's order hint or a record's words between, a birthplace, the cue after the date,
a weekday or a time with the date; and dates no birth cue governs, which stay."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.identifiers import DateOfBirthRecognizer
from sovereign_guard.policy import Action


def masked(guard, text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start:f.end]) for f in guard.protect(text).findings
            if f.action is not Action.ALLOW]


def hits(text: str) -> list[str]:
    r = DateOfBirthRecognizer()
    return [text[x.start:x.end] for x in r.analyze(text, r.supported_entities)]


@pytest.mark.parametrize("text, value", [
    ("please confirm your date of birth (3/7/95) first", "3/7/95"),
    ("date of birth (1959/03/10)", "1959/03/10"),
    ("her date of birth [25.07.1961]", "25.07.1961"),
    ("date of birth (22-Oct-1958)", "22-Oct-1958"),
    ("date of birth (Sep 22, 1961)", "Sep 22, 1961"),
    ("Jane Roe (b. 14.02.1948) was the first", "14.02.1948"),
    ("Jane Roe, b. 1948-02-14, was the first", "1948-02-14"),
    ("the witness (born 2 March 1950) said", "2 March 1950"),
    ("DOB (dd/mm/yyyy): 25/07/1961", "25/07/1961"),
    ("Date of birth (MM/DD/YY): 07/25/61", "07/25/61"),
    ("Date of birth [YYYY-MM-DD]: 1961-07-25", "1961-07-25"),
    ('{"date_of_birth": "1961-07-25"}', "1961-07-25"),
    ("dateOfBirth=1961-07-25T00:00:00Z", "1961-07-25T00:00:00Z"),
    ("birth_date: 1961-07-25 00:00:00", "1961-07-25 00:00:00"),
    ("Date of birth on file: 9 Jul '61", "9 Jul '61"),
    ("The DOB of the patient is 25.07.1961.", "25.07.1961"),
    ("date of birth listed as 3/7/95 on the form", "3/7/95"),
    ("She was born in Tromsø on 3 July 1995.", "3 July 1995"),
    ("born on the 3rd of July, 1995", "the 3rd of July, 1995"),
    ("Birthday: Tuesday, 3 July 1984", "Tuesday, 3 July 1984"),
    ("Birthdate - 14 OCT 1996", "14 OCT 1996"),
    ("3/7/95 (DOB)", "3/7/95"),
    ("Verified 25.07.1961 (date of birth) and postcode", "25.07.1961"),
    ("1961-07-25 - date of birth", "1961-07-25"),
])
def test_birth_dates_in_brackets_hints_and_prose_are_masked(guard, text, value):
    assert ("DATE_OF_BIRTH", value) in masked(guard, text)


@pytest.mark.parametrize("text", [
    "The meeting moved to 3/7/25 at 10:00.",
    "Release 4.2 shipped on 25.07.2024.",
    "2026-11-28T02:13:57Z ERROR upstream timeout host=db02",
    "Invoice date: 22-Oct-2024 (b. ledger)",
    "Backups from 1999/03/10 are on tape.",
    "Wednesday, 3 December 2025 - all-hands in the atrium",
    "Date of birth is required; the form closes 2024-12-01.",
    "Validate that the date of birth is before 2024-12-01.",
    "Add a date_of_birth column of type DATE, default 1970-01-01.",
    "He was born in 1961.",
    "The project was born out of a hackathon on 2023-10-02.",
    "She was born in Lagos and moved to Leeds on 3 May 2004.",
    "Sprint ends Sep 22 2025, birthday lunch after.",
    "2024-11-05 - birthday party for the team",
    "see section 3b. 12/05/2024",
    "the web. 12/05/2024 update",
])
def test_dates_no_birth_cue_governs_stay(text):
    assert hits(text) == []
