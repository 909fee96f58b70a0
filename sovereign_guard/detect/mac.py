"""MAC addresses (MAC_ADDRESS), as Presidio's recognizer finds them, minus its false hits.

Presidio's `\\b`-anchored pattern also matches any six groups inside a longer chain of
colon-separated hex bytes: a SHA-1 or SHA-256 certificate fingerprint
(`5E:FF:56:A2:...`, 20 or 32 groups) reads as three or five MAC addresses. Here a MAC has
exactly six groups (or Cisco's three dotted quads), with no further group on either side.
"""

from __future__ import annotations

from .common import SovereignPatternRecognizer, compiled

_HEX2 = "[0-9A-Fa-f]{2}"
# Not preceded or followed by another hex group joined with a separator.
_NO_GROUP_BEFORE = r"(?<![0-9A-Za-z_]|[0-9A-Fa-f][:.-])"
_NO_GROUP_AFTER = r"(?![0-9A-Za-z_]|[:.-][0-9A-Fa-f])"


class MacAddressRecognizer(SovereignPatternRecognizer):
    """MAC-48 in colon, hyphen and Cisco dot notation; the all-zero and broadcast addresses
    are not anyone's."""

    ENTITY = "MAC_ADDRESS"
    PATTERNS = (
        ("mac-colon-hyphen", rf"{_NO_GROUP_BEFORE}{_HEX2}([:-])(?:{_HEX2}\1){{4}}{_HEX2}"
                             rf"{_NO_GROUP_AFTER}", 0.6),
        ("mac-cisco", rf"{_NO_GROUP_BEFORE}[0-9A-Fa-f]{{4}}\.[0-9A-Fa-f]{{4}}\.[0-9A-Fa-f]{{4}}"
                      rf"{_NO_GROUP_AFTER}", 0.6),
    )
    CONTEXT = ("mac", "mac address", "hardware address", "physical address", "ethernet")
    TRIGGER = compiled(rf"{_HEX2}[:-]{_HEX2}[:-]|[0-9A-Fa-f]{{4}}\.[0-9A-Fa-f]{{4}}\.")

    def validate_result(self, pattern_text: str) -> bool:
        digits = "".join(c for c in pattern_text if c not in ":-.").upper()
        return digits not in ("000000000000", "FFFFFFFFFFFF")
