"""A third Chinese dev set, hand-written: news (Simplified and Traditional), chat, HR, finance,
customer-service, legal and English/mixed enterprise prompts, and benign text with places,
organisations and road words (see `devset_zh3_data.py` for what it holds and how it was
written). It was written before the fixes it measures, from general knowledge; it is ours,
not a held-out set.

    python benchmarks/devset_zh3.py [--part a|b|c|d|e|f|g|h|i|j|k|l|m|n|o] [--misses]

Reports, through the default policy (thresholds and actions as the Guard applies them):
- names fully masked, per script and per kind of name;
- street-level addresses fully masked; identifiers and phone numbers fully masked;
- markings detected (any action: the default policy records them and lets them through);
- PII characters leaked (names, addresses, identifiers: characters no masking finding covers);
- benign over-mask: share of the characters of the benign rows some finding masks.

Part c (264 rows in genres a and b hardly cover: wire copy with many names, sports, press
releases, judgments, medical records, chat, HR, listings, shipping forms, Hong Kong, mixed
mail) was written and measured before its fixes; part d (80 rows, the same genres in other
words) after them, measured once, not tuned on:

    part  names fully masked     street addresses  PII chars leaked  benign over-mask
    c     0.900 -> 0.982         0.792 -> 1.000    9.01% -> 0.52%    1.69% -> 0.38%
    d     0.966 (first run)      0.923             2.97%             2.93% (all three
                                                                     over-masks predate c's fixes)

Part e (141 rows, `devset_zh3_e.py`: foreign-name wire copy, rosters, stage names, director
lists, court and school notices, Taiwan 里/鄰, Hong Kong and Macau buildings, PRC 村/组,
romanised names in English, double surnames, names that are words; brand, place, dish and
idiom near-misses) was written and measured before its fixes; part f (40 rows, e's genres in
other words) after them, measured once, not tuned on:

    part  names fully masked     street addresses  PII chars leaked  benign over-mask
    e     0.947 -> 0.992         0.750 -> 1.000    3.94% -> 0.18%    6.61% -> 0.26%
    f     0.974 (first run)      1.000             0.64%             1.46% (關公, a saying)
    d     0.966 -> 0.966         0.923 -> 1.000    2.97% -> 0.79%    1.76% -> 1.76% (after e)

Part g (172 rows, `devset_zh3_g.py`: news and forum prose - long sentences with many names,
titles after names, quoted names, sports and entertainment, transliterated names without
the interpunct, Japanese/Korean/Thai names, Latin names in Chinese, Hong Kong usage,
news-style addresses, CJK/IDN e-mail, team and country near-misses) was written and measured
before its fixes; part h (44 rows, g's genres in other words) after them, measured once:

    part  names fully masked     street addresses  PII chars leaked  benign over-mask
    g     0.967 -> 0.995         0.875 -> 1.000    9.31% -> 0.22%    2.11% -> 0.00%
    h     0.884 (first run)      1.000             5.45%             1.77% (白云飘过)

Part i (144 rows, `devset_zh3_i.py`: court judgments and service notices, government
notices, Hong Kong/Macau/Taiwan local news, business news with executives, addresses in
running prose, short names repeated without their cue, player nouns outside the role table,
Thai names, mixed English/Chinese tickets; brand, dish, idiom and place near-misses) was
written and measured before its fixes; part j (45 rows, i's genres in other words) after
them, measured once, not tuned on:

    part  names fully masked     street addresses  PII chars leaked  benign over-mask
    i     0.901 -> 0.950         0.941 -> 1.000    4.28% -> 1.88%    1.20% -> 0.00%
    j     0.951 (first run)      1.000             0.61%             1.77% (白云蓝天下)
    h     0.884 -> 0.930         1.000 -> 1.000    5.45% -> 3.11%    1.77% -> 0.00% (after i)

Part k (99 rows, `devset_zh3_k.py`: WeChat/LINE group-chat exports, customer-service call
transcripts, HR onboarding forms, hospital discharge notes, order and delivery slips, police
and court notices, press releases with transliterated names, sports and entertainment,
government bulletins, Hong Kong addresses and Cantonese-style text, mixed English/Chinese
engineering tickets; benign rows with surname characters and place words as ordinary words)
was written and measured before its fixes; part l (46 rows, k's carriers in other words)
after them, measured once, not tuned on:

    part  names fully masked     street addresses  PII chars leaked  benign over-mask
    k     0.922 -> 0.981         1.000 -> 1.000    3.14% -> 1.66%    4.28% -> 4.28% (bare
                                                                     road names, 林子大了,
                                                                     楊桃汁)
    l     0.980 (first run)      1.000             0.40%             0.00%
    i     0.950 -> 0.957         1.000 -> 1.000    1.88% -> 1.36%    0.00% -> 0.00% (after k)

Part m (146 rows, `devset_zh3_m.py`: news-wire prose - datelines and bylines, politics and
diplomacy, economy, sports results, court reports, obituaries, local news, transliterated
names with and without the interpunct, Japanese and Korean names, 、-lists, 等人, quoted
speech, a given name alone after first mention; benign places, organisations, idioms and
如何平衡-style traps) was written and measured before its fixes:

    part  names fully masked     PII chars leaked  benign over-mask
    m     0.950 -> 0.981         4.10% -> 1.86%    3.09% -> 2.51% (two road names alone, 向陽)
    h, j, k, l unchanged by m's fixes (0.930, 0.951, 0.981, 1.000 names fully masked)

Part n (120 rows, `devset_zh3_n.py`: street addresses in many shapes - PRC, Taiwan, Hong
Kong, spaced with postcodes, in news prose, romanized, buildings and estates, delivery slips;
titled, transliterated and Latin names; IDs with Chinese labels; markings; bare roads,
landmarks, brands, dishes and idioms as near-misses) was written and measured before its
fixes:

    part  street addresses  IDs             PII chars leaked  benign over-mask
    n     0.889 -> 0.968    0.933 -> 1.000  4.94% -> 0.52%    4.66% -> 4.66% (bare road names)
    a-m: names, addresses, leaks and benign over-mask unchanged by n's fixes

Part o (178 rows, `devset_zh3_o.py`: People's-Daily/MSRA and CNA-style wire copy - name
lists, titles, bylines, sports, obituaries, courts, minority and transliterated names,
historical figures counted as names, street addresses in news sentences) was written and
measured before its fixes:

    part  names fully masked  street addresses  PII chars leaked  benign over-mask
    o     0.952 -> 0.993      1.000 -> 1.000    1.51% -> 0.20%    2.31% -> 1.90%
    d, f, k, m, n unchanged by o's fixes
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import write  # noqa: E402
from devset_zh3_data import ROWS, ROWS_B, ROWS_C, ROWS_D  # noqa: E402
from devset_zh3_e import ROWS_E, ROWS_F  # noqa: E402
from devset_zh3_g import ROWS_G, ROWS_H  # noqa: E402
from devset_zh3_i import ROWS_I, ROWS_J  # noqa: E402
from devset_zh3_k import ROWS_K, ROWS_L  # noqa: E402
from devset_zh3_m import ROWS_M  # noqa: E402
from devset_zh3_n import ROWS_N  # noqa: E402
from devset_zh3_o import ROWS_O  # noqa: E402

_MARK = re.compile(r"\[\[([PGAIM])\|(.+?)\]\]")
_TITLE = re.compile(
    r"(?:先生|小姐|女士|太太|經理|经理|總|总|會計|会计|律師|律师|醫師|医师|老師|老师|主任|教授)$")
_COMPOUND = ("歐陽", "欧阳", "司馬", "司马", "張簡", "上官", "諸葛", "诸葛")
FAMILY = {"P": "name", "G": "name", "A": "address", "I": "id", "M": "marking"}


def parse(text: str) -> tuple[str, list[tuple[str, int, int]]]:
    """The plain text and its gold spans (kind letter, start, end)."""
    out, spans, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(text):
        out.append(text[pos : m.start()])
        length += m.start() - pos
        value = m.group(2)
        spans.append((m.group(1), length, length + len(value)))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def name_kind(kind: str, value: str) -> str:
    if kind == "G":
        return "given"
    if any(d in value for d in "·‧•"):
        return "foreign"
    if value.isascii():
        return "latin"
    if _TITLE.search(value):
        return "titled"
    if len(value) == 2 and value[0] in "小老阿":
        return "familiar"
    if value[:2] in _COMPOUND:
        return "compound"
    return {2: "two", 3: "three"}.get(len(value), "four+")


def samples(part: str = "a") -> list[dict]:
    out = []
    parts = {"a": ROWS, "b": ROWS_B, "c": ROWS_C, "d": ROWS_D, "e": ROWS_E, "f": ROWS_F,
             "g": ROWS_G, "h": ROWS_H, "i": ROWS_I, "j": ROWS_J, "k": ROWS_K,
             "l": ROWS_L, "m": ROWS_M, "n": ROWS_N, "o": ROWS_O}
    for i, (style, script, marked) in enumerate(parts[part]):
        text, spans = parse(marked)
        out.append({"id": f"{style}-{script}-{i}", "style": style, "script": script,
                    "text": text, "spans": spans})
    return out


def evaluate(rows: list[dict], misses: bool = False) -> dict:
    os.environ.setdefault("SOVEREIGN_GUARD_TENANT_KEY", "42" * 32)
    from sovereign_guard.core import Guard

    guard = Guard("default")
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    chars = {"pii": 0, "leaked": 0, "benign": 0, "masked": 0, "outside": 0, "outside_masked": 0}
    leak_by_script: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed = []
    for s in rows:
        text = s["text"]
        protected = guard.protect(text)
        masked = [False] * len(text)
        detected = [False] * len(text)
        for f in protected.findings:
            for k in range(f.start, f.end):
                detected[k] = True
                if f.action.value != "allow":
                    masked[k] = True
        if not s["spans"]:
            chars["benign"] += len(text)
            chars["masked"] += sum(masked)
            if any(masked) and misses:
                missed.append((s["id"], "over-mask", _masked_values(text, protected.findings)))
            continue
        gold = [False] * len(text)
        for kind, start, end in s["spans"]:
            for k in range(start, end):
                gold[k] = True
            family = FAMILY[kind]
            cover = detected if kind == "M" else masked
            ok = all(cover[start:end])
            keys = [family, f"{family}/{s['script']}"]
            if family == "name":
                keys.append(f"name/{name_kind(kind, text[start:end])}")
            for key in keys:
                tally[key][0] += 1
                tally[key][1] += ok
            if kind != "M":
                leaked = sum(not c for c in masked[start:end])
                chars["pii"] += end - start
                chars["leaked"] += leaked
                leak_by_script[s["script"]][0] += end - start
                leak_by_script[s["script"]][1] += leaked
            if not ok and misses:
                missed.append((s["id"], kind, text[start:end], text))
        outside = [m for m, g in zip(masked, gold, strict=True) if not g]
        chars["outside"] += len(outside)
        chars["outside_masked"] += sum(outside)
    return {
        "fully_masked": {k: {"n": n, "rate": round(ok / n, 3)}
                         for k, (n, ok) in sorted(tally.items())},
        "leak_rate": round(chars["leaked"] / chars["pii"], 4),
        "leak_by_script": {k: round(v[1] / v[0], 4) for k, v in sorted(leak_by_script.items())},
        "overmask_rate": round(chars["masked"] / chars["benign"], 4),
        "outside_gold_masked": round(chars["outside_masked"] / chars["outside"], 4),
        "misses": missed,
    }


def _masked_values(text: str, findings) -> list[str]:
    return [f"{f.type}:{text[f.start:f.end]}" for f in findings if f.action.value != "allow"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--part", choices=tuple("abcdefghijklmno"), default="a",
                    help="a: rows written before the fixes; b: rows written after, not tuned on;"
                         " c: new genres, written before their own fixes; d: c's genres, written"
                         " after c's fixes, not tuned on; e: genres a-d lack (devset_zh3_e.py),"
                         " written before their own fixes; f: a probe of e's genres written"
                         " after e's fixes, not tuned on; g: news and forum prose"
                         " (devset_zh3_g.py), written before its own fixes; h: a probe of"
                         " g's genres written after g's fixes, not tuned on; i: court, government,"
                         " Hong Kong/Macau/Taiwan news, business, addresses in prose, repeated"
                         " short names, tickets (devset_zh3_i.py), written before its own fixes;"
                         " j: a probe of i's genres written after i's fixes, not tuned on;"
                         " k: chat exports, call transcripts, forms, discharge notes, slips,"
                         " notices, press releases, Hong Kong/Cantonese, tickets"
                         " (devset_zh3_k.py), written before its own fixes; l: a probe of k's"
                         " carriers written after k's fixes, not tuned on; m: news-wire prose"
                         " (datelines, politics, economy, sports, courts, obituaries, local news,"
                         " transliterated, Japanese and Korean names, lists, quotes;"
                         " devset_zh3_m.py), written before its own fixes; n: street addresses"
                         " in many shapes, titled and transliterated names, IDs with Chinese"
                         " labels, markings (devset_zh3_n.py), written before its own fixes;"
                         " o: People's-Daily/MSRA and CNA-style wire copy - name lists,"
                         " titles, bylines, sports, obituaries, courts, street addresses in"
                         " news sentences (devset_zh3_o.py), written before its own fixes")
    args = ap.parse_args(argv)
    out = evaluate(samples(args.part), args.misses)
    for key, v in out["fully_masked"].items():
        print(f"{key:22} {v['n']:5} {v['rate']:.3f}")
    print(f"leaked PII characters {out['leak_rate']:.4f} {out['leak_by_script']}, "
          f"over-masked benign characters {out['overmask_rate']:.4f}, "
          f"masked outside gold in PII rows {out['outside_gold_masked']:.4f}")
    if args.misses:
        for m in out["misses"]:
            print("MISS", *m)
    write("devset_zh3" if args.part == "a" else f"devset_zh3{args.part}",
          {"command": f"python benchmarks/devset_zh3.py --part {args.part}",
                         **{k: v for k, v in out.items() if k != "misses"}})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
