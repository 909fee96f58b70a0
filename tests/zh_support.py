"""What the Chinese name and address tests share: one recognizer of each and what they find."""

from __future__ import annotations

from sovereign_guard.detect.names_zh import ChineseNameRecognizer
from sovereign_guard.detect.zh_addresses import ChineseAddressRecognizer

NAMES = ChineseNameRecognizer()
ADDRESSES = ChineseAddressRecognizer()


def names(text: str) -> list[str]:
    return [text[r.start : r.end] for r in NAMES.analyze(text, ["PERSON"]) if r.score >= 0.6]


def addresses(text: str) -> list[str]:
    return [text[r.start : r.end] for r in ADDRESSES.analyze(text, ["STREET_ADDRESS"])
            if r.score >= 0.5]
