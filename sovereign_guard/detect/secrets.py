"""Secrets and credentials: entity SECRET, the recognizer name says which kind.

Formats, keywords and entropy thresholds follow the public rule sets of gitleaks
(config/gitleaks.toml, MIT) and detect-secrets (plugins, Apache-2.0), re-expressed here:
each rule is a bounded regex whose capture group is the secret, keywords that must occur in
the text before the regex runs (gitleaks' cheap pre-filter), an optional Shannon-entropy
floor on the captured value, and an optional validator. detect-secrets itself is not used:
it scans line by line, returns values without offsets and keeps global settings, which
fits neither span-level redaction nor the latency budget.

The rules come in six tables: vendor formats (gitleaks' ~200 rules, and ~35 formats it has
no rule for) in `secret_rules.py`; secrets found by where they sit (assignments, headers,
cookies, queries, connection strings) in `secrets_structural.py`; passwords given as
arguments of commands and calls in `secrets_commands.py`; tokens named in prose, prompt
answers and a few file formats in `secrets_prose.py`; wallet keys checked by base58check
(and seed phrases by their BIP-39 checksum, outside the rule tables) in `secrets_wallet.py`;
and here the keys and tokens known by their shape alone (PEM and JWK private keys, JWTs,
any vendor's prefixed random token: `_PREFIXED`). The recognizer
runs them all behind one keyword pass; the few rules no keyword can gate run on the text's
long words alone.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable

import ahocorasick
import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from .common import compiled, result, shannon_entropy
from .secret_rules import (
    DOC_EXAMPLES,
    EXTRA_RULES,
    MORE_VENDOR_RULES,
    VENDOR_RULES,
    Rule,
    random_body,
    tok,
)
from .secrets_files import FILE_RULES
from .secrets_layouts import LAYOUT_RULES
from .secrets_prose import PROSE_RULES
from .secrets_structural import STRUCTURAL_RULES
from .secrets_told import TOLD_RULES
from .secrets_values import ID_PREFIXES, VENDOR_PREFIXES
from .secrets_wallet import WALLET_RULES, seed_phrases

ENTITY = "SECRET"
__all__ = ["ENTITY", "RULES", "Rule", "SecretsRecognizer"]


def _jwt_ok(value: str, _m: regex.Match) -> bool:
    # detect-secrets' JwtTokenDetector: the header must decode to JSON.
    head = value.split(".", 1)[0]
    try:
        decoded = base64.urlsafe_b64decode(head + "=" * (-len(head) % 4))
        return isinstance(json.loads(decoded), dict)
    except (ValueError, UnicodeDecodeError):
        return False


_JWT_SHAPE = compiled(r"ey[A-Za-z0-9_-]{10,}\.ey[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*")


def _wrapped_jwt_ok(value: str, m: regex.Match) -> bool:
    joined = value.replace("\r", "").replace("\n", "")
    return "\n" in value and _JWT_SHAPE.fullmatch(joined) is not None and _jwt_ok(joined, m)


# Values nobody holds as a secret, whichever rule found them: the documentation examples
# vendors publish (AWS's end in `EXAMPLE`, `EXAMPLEKEY`) and alphabet or keyboard runs typed
# as stand-ins (`ghp_1234567890abcdefghijklmnopqrstuvwxyz`). A random token holds such a run
# with a probability under 1e-20.
# Eight `X`s in a row: the blanks of a documented template (Slack's `.../XXXXXXXX...`).
_FAKE_VALUE = compiled(
    r"EXAMPLE(?:KEY)?$|(?i:abcdefghijklmnop|qwertyuiop|asdfghjkl)|XXXXXXXX|xxxxxxxx"
)
# A PEM block's header, footer and line breaks: what is left is the key material.
_PEM_FRAME = compiled(r"-----[A-Z0-9 _-]+-----|\s|\\n")
_B = r"(?<![A-Za-z0-9_-])"  # token start


# A bare token of a vendor we have no rule for: a short prefix or two (`gsk_`, `lsv2_pt_`,
# `pcsk_x1Yz_`) then 28+ random characters of mixed case and digits, the shape nearly every
# vendor now gives its keys so that scanners can find them. Ids of the same shape that are
# no credential (API object ids, digests, data) are told apart by their prefix (`ID_PREFIXES`).
_PREFIXED = (
    r"(?<![A-Za-z0-9_.$/+@%-])((?:[A-Za-z][A-Za-z0-9]{1,11}[_-]){1,3}[A-Za-z0-9]{28,250})"
    # Not cut short (`ops_eyJz...`: an example, elided).
    r"(?![A-Za-z0-9_/+=-]|\.[A-Za-z0-9]|\.\.|…)"
)


def _prefixed_ok(value: str, _m: regex.Match) -> bool:
    *prefix, body = regex.split(r"[_-]", value)
    # A vendor's prefix: its rule knows the format (and may have allow-listed the value).
    return (prefix[0].lower() not in ID_PREFIXES
            and not value.lower().startswith(VENDOR_PREFIXES + ("sk-", "sk_", "rk_", "hf_"))
            and random_body(body)
            and any(c.isupper() for c in body) and any(c.islower() for c in body)
            and shannon_entropy(body) >= 3.8)


KEY_SHAPE_RULES: tuple[Rule, ...] = (
    # A JSON Web Key's private part (`d` of RSA / EC / OKP keys, `k` of a symmetric key).
    Rule("private-key",
         r'(?s)"kty"[ \t]*:.{0,4000}?"(?:d|k)"[ \t]*:[ \t]*"([A-Za-z0-9_-]{16,4096})"',
         ('"kty"',), entropy=3.5),
    # OpenVPN's shared key: a PEM-like block that is not a `PRIVATE KEY`.
    Rule("openvpn-static-key",
         r"(-----BEGIN OpenVPN Static key V\d-----[\s\S]{64,2000}?"
         r"-----END OpenVPN Static key V\d-----)",
         ("openvpn static key",)),
    Rule("prefixed-token", _PREFIXED, (), score=0.85, validate=_prefixed_ok),
    # gitleaks' shape, for tokens whose header is not (or no longer) valid JSON.
    Rule("jwt",
         tok(r"ey[a-zA-Z0-9]{17,}\.ey[a-zA-Z0-9/\\_-]{17,}\.(?:[a-zA-Z0-9/\\_-]{10,}={0,2})?", ""),
         ("ey",), score=0.9, entropy=3.0),
    Rule("jwt",
         rf"{_B}(ey[A-Za-z0-9_-]{{10,2048}}\.ey[A-Za-z0-9_/\\-]{{10,4096}}\.[A-Za-z0-9_/\\-]{{0,2048}}={{0,2}})",
         ("eyj",), validate=_jwt_ok),
    # A JWT wrapped over lines as a terminal or a mail client pastes it: the header (decoded
    # once the breaks are out) says it is one. Continuation lines hold a digit, `_` or `-`.
    Rule("jwt",
         rf"{_B}(eyJ[A-Za-z0-9_-]{{8,}}(?:[A-Za-z0-9_.-]|\r?\n(?=[A-Za-z0-9_.-]*[0-9_-])){{30,12000}})",
         ("eyj",), score=0.9, validate=_wrapped_jwt_ok),
    Rule("private-key",
         r"(-----BEGIN[ A-Z0-9_-]{0,60}PRIVATE KEY(?: BLOCK)?-----[\s\S]{16,40000}?"
         r"-----END[ A-Z0-9_-]{0,60}PRIVATE KEY(?: BLOCK)?-----)",
         ("-----begin",), validate=lambda v, _m: len(_PEM_FRAME.sub("", v)) >= 32),
    # A pasted key cut short before its END line: the header and the base64 lines after it.
    Rule("private-key",
         r"(-----BEGIN[ A-Z0-9_-]{0,60}PRIVATE KEY(?: BLOCK)?-----"
         r"(?:(?:\\n|\s){1,4}(?:[A-Za-z-]{1,20}: [^\n]{1,100}|[A-Za-z0-9+/=]{16,100})){1,600})",
         ("-----begin",)),
)

RULES: tuple[Rule, ...] = (VENDOR_RULES + MORE_VENDOR_RULES + EXTRA_RULES + KEY_SHAPE_RULES
                           + STRUCTURAL_RULES + PROSE_RULES + LAYOUT_RULES + TOLD_RULES
                           + FILE_RULES + WALLET_RULES)




def _automaton(rules: Iterable[Rule]) -> ahocorasick.Automaton:
    """Every rule's keywords in one Aho-Corasick automaton: one pass over the lowercased
    text finds all of them, overlapping ones too (`test_pub` holds `test_` and `_pub`),
    at a cost independent of how many rules there are (a 260-way `re` alternation costs
    thirty times as much per KB of prompt)."""
    automaton = ahocorasick.Automaton()
    for k in {k for r in rules for k in r.keywords}:
        automaton.add_word(k, k)
    automaton.make_automaton()
    return automaton


_KEYWORDS = _automaton(RULES)


class SecretsRecognizer(EntityRecognizer):
    """SECRET: tokens, keys, private keys, passwords in connection strings and assignments."""

    def __init__(self, supported_language: str = "en", rules: Iterable[Rule] = RULES):
        super().__init__(
            supported_entities=[ENTITY], supported_language=supported_language,
            name="SecretsRecognizer",
        )
        self.rules = tuple(rules)
        # Which rules each keyword gates, so a text runs only the rules its keywords name.
        self._by_keyword: dict[str, list[int]] = {}
        for i, rule in enumerate(self.rules):
            for k in rule.keywords:
                self._by_keyword.setdefault(k, []).append(i)
        self._keyless = tuple(i for i, rule in enumerate(self.rules) if not rule.keywords)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        present = {k for _, k in _KEYWORDS.iter(text.lower())}
        keyed = {i for k in present for i in self._by_keyword.get(k, ())}
        # A rule without keywords matches one long word (a token of 30 characters and
        # more): it runs on those alone, so prose costs it nothing.
        long_words = _long_words(text) if self._keyless else []
        if long_words:
            keyed.update(self._keyless)
        found: list[RecognizerResult] = []
        for i in sorted(keyed):
            rule = self.rules[i]
            if rule.keywords:
                matches = rule.compiled.finditer(text)
            else:
                matches = (m for a, b in long_words for m in rule.compiled.finditer(text, a, b))
            for m in matches:
                group = _value_group(m)
                start, end = m.span(group)
                if group == "v2":  # a bare value ends before a sentence's full stop
                    # ... and before the next parameter of a form or query (`&grant_type=`)
                    cut = _PARAM_BOUNDARY.search(text, start, end)
                    if cut:
                        end = cut.start()
                    while end > start and text[end - 1] in ".,:":
                        end -= 1
                value = text[start:end]
                if rule.entropy and shannon_entropy(value) < rule.entropy:
                    continue
                if _FAKE_VALUE.search(value) or value in DOC_EXAMPLES:
                    continue
                if rule.validate is not None and not rule.validate(value, m):
                    continue
                found.append(result(self, ENTITY, start, end, rule.score, name=rule.id))
        # A seed phrase is words, not a token: found by its checksum (`secrets_wallet`).
        found.extend(result(self, ENTITY, a, b, 0.9, name="bip39-seed-phrase")
                     for a, b in seed_phrases(text))
        # One finding per secret: where rules overlap, the most specific (highest score,
        # then longest) wins; a PEM block's two patterns, `token ghp_...` (a GitHub token,
        # not a generic bearer value).
        found.sort(key=lambda r: (-r.score, r.start - r.end))
        kept: list[RecognizerResult] = []
        for r in found:
            if not any(k.start < r.end and r.start < k.end for k in kept):
                kept.append(r)
        return sorted(kept, key=lambda r: r.start)


_LONG_WORD = 30
_PARAM_BOUNDARY = compiled(r"&[A-Za-z_][\w.-]{0,40}=")


# Stdlib `re`: three times faster than `regex` on a character-class run.
_ASCII_RUN = re.compile(rf"[\x21-\x7e]{{{_LONG_WORD},}}")


def _long_words(text: str) -> list[tuple[int, int]]:
    """Spans of the whitespace-separated words of `_LONG_WORD` characters or more; in a
    word of other scripts too (Chinese has no spaces), its printable ASCII runs."""
    words = text.split()
    if not words or len(max(words, key=len)) < _LONG_WORD:
        return []
    spans, pos = [], 0
    for w in words:
        if len(w) >= _LONG_WORD:
            pos = text.find(w, pos)
            if w.isascii():
                spans.append((pos, pos + len(w)))
            elif len(w.encode("ascii", "ignore")) >= _LONG_WORD:  # enough ASCII for a run
                spans.extend(m.span() for m in _ASCII_RUN.finditer(text, pos, pos + len(w)))
            pos += len(w)
    return spans


def _value_group(m: regex.Match) -> int | str:
    """The capture group holding the secret: whichever value alternative of an assignment
    matched, else the first group that took part (a rule may have alternatives)."""
    names = m.groupdict()
    if "v" in names:
        return "v"
    if "v1" in names:
        return "v1" if m.group("v1") is not None else "v2"
    return next((i for i in range(1, len(m.groups()) + 1) if m.start(i) >= 0), 1)
