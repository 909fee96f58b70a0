"""Numbers read out digit by digit (`five five five, two three four, nine eight seven six`).

Call transcripts and voice notes write a phone number, an SSN or a card as words, which no
digit pattern sees. Seven or more digit words in a row (`oh` for zero, `double` / `triple`
for repeats, commas, dashes or spaces between) are a number read out: an SSN when nine
digits follow an SSN word, a card when 13 to 19 Luhn-valid digits follow a card word, else
a phone number. Fewer than nine digits need a phone word to count.
"""

from __future__ import annotations

import ahocorasick

from .common import Keywords, SovereignPatternRecognizer, compiled, luhn_ok, result

_DIGIT_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_REPEAT = r"(?:(?:double|triple)[ ]+)?"
_SPOKEN = compiled(
    # between digits: a space, a comma or dash, an ellipsis (`...`, `…`) or the word `dash`
    rf"(?i)(?<![A-Za-z])(?:{_REPEAT}{_WORD}"
    rf"(?:[ ]?(?:[,\-]|\.{{2,3}}|…)[ ]?|[ ]+(?:dash[ ]+)?)){{3,18}}{_REPEAT}{_WORD}"
    r"(?![A-Za-z])"
)


class _PairTrigger:
    """Two digit words in a row (`five five`, `two, one`, `oh-seven`): one Aho-Corasick pass
    over the lower-cased text, a tenth of what a case-insensitive regex of the words costs
    scanning every position; prose almost never has such a pair."""

    def __init__(self) -> None:
        self._automaton = ahocorasick.Automaton()
        for a in _DIGIT_WORDS:
            for b in _DIGIT_WORDS:
                for sep in (" ", ", ", "-", " - ", ","):
                    self._automaton.add_word(f"{a}{sep}{b}", None)
        self._automaton.make_automaton()

    def search(self, text: str) -> bool | None:
        return True if next(self._automaton.iter(Keywords.lower(text)), None) else None


_TRIGGER = _PairTrigger()
_SSN_WORD = compiled(r"(?i)(?<![a-z])(?:ssn|social|ss#)")
_CARD_WORD = compiled(r"(?i)(?<![a-z])(?:card|visa|mastercard|amex|credit|debit)")
_PHONE_WORD = compiled(
    r"(?i)(?<![a-z])(?:phone|number|call|reach|mobile|cell|tel|contact|whatsapp|text me|ring)")


def spoken_digits(value: str) -> str:
    words = [w for w in value.lower().replace(",", " ").replace("-", " ").replace(".", " ")
             .replace("…", " ").split() if w and w != "dash"]
    out, repeat = [], 1
    for w in words:
        if w in ("double", "triple"):
            repeat = 2 if w == "double" else 3
            continue
        out.append(_DIGIT_WORDS[w] * repeat)
        repeat = 1
    return "".join(out)


class SpokenNumberRecognizer(SovereignPatternRecognizer):
    """PHONE_NUMBER, US_SSN or CREDIT_CARD written as digit words; see the module's docstring."""

    ENTITY = "PHONE_NUMBER"
    PATTERNS = (("spoken-digits", _SPOKEN.pattern, 0.6),)
    TRIGGER = _TRIGGER

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.supported_entities = ["PHONE_NUMBER", "US_SSN", "CREDIT_CARD"]

    def find(self, text, entities, nlp_artifacts):
        found = []
        for m in _SPOKEN.finditer(text):
            digits = spoken_digits(m.group())
            before = text[max(0, m.start() - 48) : m.start()]
            if len(digits) == 9 and _SSN_WORD.search(before):
                found.append(result(self, "US_SSN", *m.span(), 0.85))
            elif 13 <= len(digits) <= 19 and luhn_ok(digits) and _CARD_WORD.search(before):
                found.append(result(self, "CREDIT_CARD", *m.span(), 0.85))
            elif 13 <= len(digits) <= 19 and luhn_ok(digits):
                found.append(result(self, "CREDIT_CARD", *m.span(), 0.6))
            elif 9 <= len(digits) <= 15 or (len(digits) >= 7 and _PHONE_WORD.search(before)):
                found.append(result(self, "PHONE_NUMBER", *m.span(), 0.6))
        return found


SPOKEN_RECOGNIZERS = (SpokenNumberRecognizer,)
