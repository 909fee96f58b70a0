"""Confidential business data from the policy: term dictionaries, document markings and
custom regexes, each mapped to a data class (see `Policy.rule`).

Terms follow Google Sensitive Data Protection's custom dictionaries: case-insensitive,
non-alphanumerics treated as whitespace (`Project Nightingale` = `project-nightingale`),
whole-word at letter boundaries (`jen` matches `jen123`, not `jennifer`), and CJK-aware
(a CJK term needs no boundary, `天鷹計畫的預算` finds `天鷹計畫`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import regex

from ..policy import Policy
from .common import Keywords, SovereignPatternRecognizer

MARKING_ENTITY = "DOCUMENT_MARKING"
_SPLIT = regex.compile(r"[\W_]+")


def _edge(ch: str, before: bool) -> str:
    """Letter-boundary guard for a term edge; nothing for CJK or punctuation edges."""
    if not ch.isascii() or not ch.isalnum():
        return ""
    cls = "A-Za-z" if ch.isalpha() else "0-9"
    return f"(?<![{cls}])" if before else f"(?![{cls}])"


def either_script(part: str) -> str:
    """`part` escaped, each Chinese character that has a Traditional or Simplified
    counterpart widened to both (機密 matches 机密, 營業秘密 营业秘密): a policy lists a
    marking or a term once, prompts come in either script."""
    if part.isascii():
        return regex.escape(part)
    from .zh_lac import script_variants

    table = script_variants()
    return "".join(f"[{table[c]}]" if c in table else regex.escape(c) for c in part)


def term_words(terms: Iterable[str]) -> Keywords:
    """A trigger that any match of `terms` needs: one word of each, in either script for
    Chinese (one alternation of dozens of terms, case-insensitive, costs a third of a
    millisecond per KB of text, and more than a millisecond per KB once markings like `Do
    not forward` join it). Every word of a term is needed, so each term gives its longest
    Latin word (`forward`, not `do`: the rarest, as a rule) or its first Chinese character."""
    from .zh_lac import script_variants

    table = script_variants()
    words: set[str] = set()
    for term in terms:
        parts = [p for p in _SPLIT.split(term) if p]
        latin = [p for p in parts if p.isascii()]
        if latin:
            words.add(max(latin, key=len))
        elif parts:
            words.update(table.get(parts[0][0], parts[0][0]))
    return Keywords(*words)


def term_regex(term: str, separators: str = r"[\W_]{1,3}") -> str | None:
    parts = [p for p in _SPLIT.split(term) if p]
    if not parts:
        return None
    body = separators.join(either_script(p) for p in parts)
    return _edge(parts[0][0], True) + body + _edge(parts[-1][-1], False)


class TermRecognizer(SovereignPatternRecognizer):
    """One entity's dictionary terms (project code names, customer names...)."""

    FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.V0

    def __init__(self, entity: str, terms: Iterable[str], supported_language: str = "en"):
        terms = tuple(terms)
        alts = [r for t in sorted(set(terms), key=len, reverse=True) if (r := term_regex(t))]
        super().__init__(
            supported_language=supported_language,
            name=f"TermRecognizer[{entity}]",
            entity=entity,
            patterns=[("terms", "(?:" + "|".join(alts) + ")", 0.85)],
            context=(),
        )
        self.TRIGGER = term_words(terms)


# Chinese markings that are also everyday words, with what makes them the word: a degree
# adverb before the adjective (反應很機敏: quick-witted), 性 after the noun (機密性:
# confidentiality as a topic). (marking, not after, not before) as regex alternations.
_CJK_WORD_USES = (
    ("機敏", "很|非常|十分|相當|較|更|最|夠|反應|聰明", "性"),
    ("机敏", "很|非常|十分|相当|较|更|最|够|反应|聪明", "性"),
    ("機密", "", "性"),
    ("机密", "", "性"),
)


def _cjk_guarded(marking: str, body: str) -> str:
    for word, before, after in _CJK_WORD_USES:
        if marking == word:
            lookbehind = "".join(f"(?<!{either_script(b)})" for b in before.split("|") if b)
            return lookbehind + body + (f"(?!{after})" if after else "")
    return body


def _marking_regex(marking: str) -> str | None:
    words = [p for p in _SPLIT.split(marking) if p]
    if not words:
        return None
    if len(words) == 1 and not marking.isascii():
        return _cjk_guarded(marking, either_script(marking))
    if len(words) == 1 and marking.isascii() and marking.isalpha():
        # A one-word marking is a heading (CONFIDENTIAL, Confidential), not the adjective.
        forms = sorted({marking.upper(), marking.capitalize()})
        return _edge(marking[0], True) + "(?-i:" + "|".join(forms) + ")" + _edge(marking[-1], False)
    # TLP:AMBER+STRICT and friends keep their punctuation optional-spaced.
    sep = r"\s{0,2}[:+\-_/.]?\s{0,2}" if regex.search(r"[:+]", marking) else r"[\W_]{1,3}"
    return term_regex(marking, sep)


class MarkingRecognizer(SovereignPatternRecognizer):
    """DOCUMENT_MARKING: CONFIDENTIAL, Internal use only, TLP:RED, 機密, 限閱 ..."""

    FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.V0

    def __init__(self, markings: Iterable[str], supported_language: str = "en"):
        markings = tuple(markings)
        alts = [r for m in sorted(set(markings), key=len, reverse=True) if (r := _marking_regex(m))]
        super().__init__(
            supported_language=supported_language,
            name="MarkingRecognizer",
            entity=MARKING_ENTITY,
            patterns=[("markings", "(?:" + "|".join(alts) + ")", 0.9)],
            context=(),
        )
        self.TRIGGER = term_words(markings)


class CustomPatternRecognizer(SovereignPatternRecognizer):
    """A policy regex with its context words, e.g. contract or ticket numbers."""

    def __init__(self, name: str, entity: str, pattern: str, score: float,
                 context: Iterable[str], supported_language: str = "en"):
        super().__init__(
            supported_language=supported_language,
            name=name,
            entity=entity,
            patterns=[(name, pattern, score)],
            context=list(context),
        )


def business_recognizers(policy: Policy) -> Iterator[SovereignPatternRecognizer]:
    detection = policy.detection
    language = policy.nlp.language
    by_entity: dict[str, list[str]] = defaultdict(list)
    for term in detection.terms:
        by_entity[term.entity].append(term.term)
    for entity, terms in sorted(by_entity.items()):
        yield TermRecognizer(entity, terms, language)
    if detection.markings:
        yield MarkingRecognizer(detection.markings, language)
    for p in detection.patterns:
        yield CustomPatternRecognizer(p.name, p.entity, p.regex, p.score, p.context, language)
