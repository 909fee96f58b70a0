"""What the secret-recognizer tests share: one recognizer and two ways to ask it."""

from __future__ import annotations

from sovereign_guard.detect.secrets import SecretsRecognizer

SECRETS = SecretsRecognizer()


def findings(text: str) -> list[tuple[str, str]]:
    """(recognizer, matched text) of every SECRET finding in `text`."""
    return [(r.recognition_metadata["recognizer_name"], text[r.start:r.end])
            for r in SECRETS.analyze(text, ["SECRET"])]


def covered(text: str, value: str) -> bool:
    """Every character of `value` lies inside one SECRET finding (nothing leaks)."""
    start = text.index(value)
    return any(r.start <= start and start + len(value) <= r.end
               for r in SECRETS.analyze(text, ["SECRET"]))
