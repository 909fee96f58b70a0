"""Street addresses at the edges of session 14's fixes, and their near misses: a typeless
German street after a sentence word (`Bitte an Ahornweg 8`), a house number and a street
named with one compound word before a type that is also a word (`2764 Cedarcrest Way`), an
HTTP status before a street type's word (`200 OK Street`).

Every example is ours (invented streets and houses; real towns and postcodes)."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.addresses import StreetAddressRecognizer

ADDR = StreetAddressRecognizer()


def addresses(text: str) -> list[str]:
    """Address spans a default policy acts on (score at or above 0.5)."""
    return [text[r.start : r.end] for r in ADDR.analyze(text, ["STREET_ADDRESS"]) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    # The sentence's words before the street are not the street's.
    ("Bitte an Ahornweg 8, 01067 Dresden", "Ahornweg 8, 01067 Dresden"),
    ("Bitte an Ahornweg 8", "Ahornweg 8"),
    ("Liefern Sie an Ahornweg 8, 01067 Dresden", "Ahornweg 8, 01067 Dresden"),
    ("Paket an Lerchenweg 14, 04103 Leipzig", "Lerchenweg 14, 04103 Leipzig"),
    # A capitalised particle still starts a street's name; a lower-case one at a line start.
    ("An der Alster 12, 20099 Hamburg", "An der Alster 12, 20099 Hamburg"),
    ("Wohnhaft in Unter den Linden 77, 10117 Berlin", "Unter den Linden 77, 10117 Berlin"),
    ("Am Lindenbrunnen 6\nDG links\n53111 Bonn", "Am Lindenbrunnen 6\nDG links\n53111 Bonn"),
    # One compound word of a place name's elements before an ambiguous type.
    ("2764 Cedarcrest Way", "2764 Cedarcrest Way"),
    ("Drop it off at 2764 Cedarcrest Way, Springfield", "2764 Cedarcrest Way, Springfield"),
    ("410 Ashton Run", "410 Ashton Run"),
    ("1185 Willowbrook Crossing", "1185 Willowbrook Crossing"),
    ("200 Oak Street", "200 Oak Street"),
])
def test_addresses(text, value):
    assert addresses(text) == [value]


@pytest.mark.parametrize("text", [
    "2764 Error Way",  # a word, not a place name's elements
    "404 Not Found",
    "200 OK Street",  # an HTTP status line
    "404 Not Found Road",
    "12 Main features",
    "3 Data Centers",
    "We shipped 500 Milestone Points",  # a plural type counts
    "Release 2764 Crestview Ways",
])
def test_near_misses(text):
    assert addresses(text) == []
