"""Our second dev set: real text, not generated, with gold spans we annotated.

    python benchmarks/realtext.py        # counts per label and source, a few samples

Provenance and licence. 103 sentences, address blocks and leadership-table rows quoted from
works of the US federal government, which are not subject to copyright in the United States
(17 U.S.C. 105): GAO reports and testimonies (each states "This is a work of the U.S.
government and is not subject to copyright protection in the United States"), editions of
the U.S. Government Manual (a special edition of the Federal Register, 1 CFR 9.1),
Federal Register documents and a National Archives web page. Each sample names its source;
`benchmarks/data/realtext.json` lists every source with its title, the address of the copy
it was quoted from, and its licence, and states the normalisation and annotation rules
(quoted as published, typos included; PERSON without titles; STREET_ADDRESS is the whole
postal address...). The annotations are ours. Nothing comes from a source the peer suites'
README names as held out (presidio-evaluator, presidio-research, CLUENER2020), nor from Faker
or any other generator.

What it is for: names, organisations, places, postal addresses and phone numbers as they
occur in real prose and directory listings (initials, suffixes, hyphenated and two-word
surnames, mail stops, en-dash phone numbers, vanity numbers), which the synthetic dev set
(benchmarks/devset.py) does not exercise. It is small (100 PERSON, 92 ORGANIZATION,
43 LOCATION, 37 DATE_TIME, 13 PHONE_NUMBER, 7 STREET_ADDRESS, 4 URL, 1 EMAIL_ADDRESS spans)
and we can read it while developing: a dev set, not a held-out test.

Scored by benchmarks/quality.py --suite realtext (as the dev set: per-entity precision /
recall / F2 and character leak / over-mask rates, category `real`).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import Sample  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "realtext.json"
CATEGORY = "real"


def spans_of(text: str, annotations: list[list[str]]) -> list[tuple[int, int, str]]:
    """Character spans of [value, label] annotations, each value searched from the end of the
    previous one (annotations are in text order and do not nest)."""
    out = []
    at = 0
    for value, label in annotations:
        start = text.find(value, at)
        if start < 0:
            raise ValueError(f"annotation {label} not found in order in its sample")
        out.append((start, start + len(value), label))
        at = start + len(value)
    return out


def load(path: Path = DATA) -> tuple[dict, list[Sample]]:
    """(the file's `about` and `sources`, the samples as dev-set Samples of category `real`)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    samples = []
    for item in data["samples"]:
        if item["source"] not in data["sources"]:
            raise ValueError(f"sample {item['id']} names an unknown source")
        samples.append(Sample(item["id"], CATEGORY, item["text"],
                              spans_of(item["text"], item["spans"])))
    return {"about": data["about"], "sources": data["sources"]}, samples


def main() -> int:
    meta, samples = load()
    labels = Counter(label for s in samples for *_, label in s.spans)
    print(f"{len(samples)} samples from {len(meta['sources'])} sources; {meta['about']['licence']}")
    print("spans: " + ", ".join(f"{k} {v}" for k, v in labels.most_common()))
    for s in samples[:: max(1, len(samples) // 5)]:
        print(f"\n{s.id}: {s.text!r}")
        for start, end, label in s.spans:
            print(f"  {label:15} {s.text[start:end]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
