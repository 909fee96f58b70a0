"""Given names from a licensed list, and the English words that are also given names.

Source of the names: Jörg Michael's first-name dictionary `nam_dict.txt` (2008, about 45,000
given names from 50-odd countries, Vietnamese, Nigerian, Indian, Korean and Arabic names among
them), as shipped inside the PyPI package `gender-guesser` 0.4.0. The data file is under the GNU
Free Documentation License 1.2 or later (no invariant sections); the package's Python code is
GPLv3 and is never imported here: we read the data file from the installed package at run time
and neither copy nor modify it. It was compiled from public name dictionaries, not from
personal records, and is not a test-data generator's list.

Which names are also English words comes from the spaCy English model already loaded for NER:
its lemmatizer's `lemma_index` (WordNet nouns, verbs, adjectives, adverbs) plus spaCy's stop
words. `may`, `will`, `grace`, `bill`, `park` are dictionary words and need more evidence to be
a person than `chinedu` or `aoife`, which are not.

Both sets are built once, lazily (about 0.1 s and a few MB); a lookup is one set membership.
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
    try:
        data = importlib.resources.files("gender_guesser").joinpath("data/nam_dict.txt")
        lines = data.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset()  # no list installed: the other name signals still work
    names = set()
    for line in lines:
        if not line or line[0] in "#=":
            continue  # comments; `=` lines map spelling variants, the names are listed too
        parts = line.split()
        if len(parts) > 1 and len(parts[1]) > 1:
            names.add(parts[1].replace("+", "-").lower())
    return frozenset(names - _NEVER)


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
        _WORDS_CACHE[key] = frozenset(found)
    return _WORDS_CACHE[key]


def _lemma_index(model):
    """The lemmatizer's `lemma_index` table: from the pipe, or from the model's directory
    when the pipe was excluded at load time (engine.load_ner_pipeline keeps only `ner`)."""
    try:
        return model.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (AttributeError, KeyError, ValueError):
        pass
    path = getattr(model, "_path", None)  # where spacy.load read the pipeline from
    if path is None:
        return None
    try:
        lookups = Lookups().from_disk(Path(path) / "lemmatizer" / "lookups")
        return lookups.get_table("lemma_index")
    except (OSError, KeyError, ValueError):
        return None
