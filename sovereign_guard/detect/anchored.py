"""Numbers attached to a person's name: `Margaret-Thornbury-536228451.txt`, `Jane Doe, 4471093`.

A bare six-to-thirteen-digit number says nothing alone (order numbers, log ids), so no
recognizer claims it without a context word. Written right against a name it is that
person's number: a file named after a customer and her SSN, a roster line, a CRM export.
This pass runs after the recognizers, on their PERSON findings, and types the number by its
shape: an SSN-valid nine digits is `US_SSN`, anything else `NATIONAL_ID`. Dates written as
digits (`Jane_Doe_20241201`) and ranges (`2024-2025`) are left alone: they are not
identifiers.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import regex

from .us_ids import itin_ok, ssn_ok

# One to three separators between name and number, as file names, CSV and rosters join them.
_SEP = r"[ \t_\-,:;#/(]{1,3}"
_NUMBER = r"\d(?:[\d\-]{4,17})\d"
_AFTER = regex.compile(rf"{_SEP}(?:no\.?\s?)?({_NUMBER})(?![\w@])", regex.IGNORECASE)
_BEFORE = regex.compile(rf"(?<![\w@.\-])({_NUMBER}){_SEP}\Z")
_REACH = 24


def _as_date(digits: str) -> bool:
    """YYYYMMDD, DDMMYYYY or MMDDYYYY that is a real calendar day."""
    if len(digits) != 8:
        return False
    for y, m, d in ((digits[:4], digits[4:6], digits[6:]), (digits[4:], digits[2:4], digits[:2]),
                    (digits[4:], digits[:2], digits[2:4])):
        try:
            if 1900 <= int(y) <= 2100:
                date(int(y), int(m), int(d))
                return True
        except ValueError:
            continue
    return False


def _range(value: str) -> bool:
    """`2024-2025`, `100-250`: two equal-length groups, the second larger."""
    groups = value.split("-")
    return len(groups) == 2 and len(groups[0]) == len(groups[1]) and groups[0] < groups[1]


def _entity(value: str) -> str | None:
    digits = value.replace("-", "")
    if not 6 <= len(digits) <= 13 or "--" in value or _as_date(digits) or _range(value):
        return None
    if len(digits) == 9 and itin_ok(digits):
        return "US_ITIN"
    if len(digits) == 9 and ssn_ok(digits):
        return "US_SSN"
    return "NATIONAL_ID"


def anchored_numbers(text: str, names: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, entity) of each number written right before or after a name span."""
    for start, end in names:
        after = _AFTER.match(text, end)
        if after and (entity := _entity(after.group(1))):
            yield after.start(1), after.end(1), entity
        before = _BEFORE.search(text, max(0, start - _REACH), start)
        if before and (entity := _entity(before.group(1))):
            yield before.start(1), before.end(1), entity
