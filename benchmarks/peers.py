"""The peer suites: other projects' own detector tests, run through sovereign-guard (and plain
Presidio) and scored by the rules of /work/shared/datasets/README.md.

    python benchmarks/peers.py gitleaks [--family F] [--misses] [--baseline]
    python benchmarks/peers.py presidio [--family F] [--misses] [--baseline]

- `gitleaks`: gitleaks' per-rule true positives (a secret in a short prompt) and false
  positives (look-alikes). A true positive is caught when the request would be blocked, or
  every character of its gold `SECRET` span is covered by findings whose action is not
  `allow`; a false positive is flagged when any `SECRET` finding overlaps the example.
  Recall and FP rate per family, and micro over all cases (also split literal/generated:
  `generated` examples were made by gitleaks from a rule's regex, so read like noise). The
  FP rate is printed strict, then without the examples gitleaks' own full rule set flags
  (sibling-rule TPs), then also without those that are a TP's text but for the file path
  (`fp_categories`).
- `presidio`: Presidio's own recognizer test cases. For an entity the policy redacts, a
  positive case counts when every expected span is caught as above (redacted or blocked);
  for one the policy deliberately lets through (URL...), it counts when every expected span
  is *detected*: covered by findings of that entity (any action) or by redacting ones. A
  negative case is flagged when the same test fires anywhere in its text (anything redacted
  or blocked; for a let-through entity, any finding of it). Per recognizer and micro, and
  micro over the redacted entities alone.

Each case is scored as a fresh tenant would see it (`fresh_tenant`): the Guard's memory of
values it redacted in other cases is left out.

`--family F` keeps the cases whose gitleaks family or rule, or Presidio recognizer, is F.
`--misses` prints the cases missed and the negatives flagged, with what was found there;
gitleaks values are shown elided (first characters and length), never in full.
`--baseline` also runs plain Presidio (benchmarks/baseline.py, same spaCy model) beside us.
Policy: policies/default.yaml. The suites are read from $SOVEREIGN_GUARD_DATASETS, else
../shared/datasets beside the repo; missing, the command says so and exits 2. Writes nothing:
benchmarks/quality.py --suite peers records the figures.

Library use (benchmarks/quality.py): `load_suite`, `guard_outcomes`, `presidio_outcomes`,
`score`, `report`, `misses`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import analyze_batch, datasets_dir, table  # noqa: E402

from sovereign_guard.detect.normalize import normalize  # noqa: E402
from sovereign_guard.policy import Action, Policy  # noqa: E402

SUITES = {"gitleaks": "gitleaks.jsonl", "presidio": "presidio_tests.jsonl"}
ALLOW, BLOCK = Action.ALLOW.value, Action.BLOCK.value


class Hit(NamedTuple):
    """One finding as the scoring sees it: offsets into the case's text, type, action."""

    start: int
    end: int
    type: str
    action: str
    recognizer: str = ""


class Outcome(NamedTuple):
    hits: list[Hit]
    blocked: bool


# -- scoring rules (README of the datasets) --------------------------------------------------


def covered(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether the union of `spans` covers every character of [start, end)."""
    at = start
    for s, e in sorted(spans):
        if s > at:
            break
        at = max(at, e)
        if at >= end:
            return True
    return at >= end


def _redacting(outcome: Outcome) -> list[tuple[int, int]]:
    return [(h.start, h.end) for h in outcome.hits if h.action != ALLOW]


def caught(start: int, end: int, outcome: Outcome) -> bool:
    """A true positive is caught when the request is blocked or its span is fully redacted."""
    return outcome.blocked or covered(start, end, _redacting(outcome))


def detected(start: int, end: int, entity: str, outcome: Outcome) -> bool:
    """For a let-through entity: the span is covered by findings of it or redacting ones."""
    spans = _redacting(outcome) + [(h.start, h.end) for h in outcome.hits if h.type == entity]
    return covered(start, end, spans)


def flagged(start: int, end: int, outcome: Outcome) -> bool:
    """A false-positive example is flagged when any SECRET finding overlaps it."""
    return any(h.type == "SECRET" and h.start < end and start < h.end for h in outcome.hits)


def lets_through(policy: Policy, entity: str) -> bool:
    return policy.rule(entity).action is Action.ALLOW


def presidio_case_hit(case: dict, outcome: Outcome, let_through: bool) -> bool:
    """Positive: every expected span caught (or detected); negative: the same test fires."""
    entity = case["entity"]
    if case["kind"] == "pos":
        if let_through:
            return all(detected(s["start"], s["end"], entity, outcome) for s in case["spans"])
        return all(caught(s["start"], s["end"], outcome) for s in case["spans"])
    if let_through:
        return any(h.type == entity or h.action != ALLOW for h in outcome.hits)
    return outcome.blocked or any(h.action != ALLOW for h in outcome.hits)


def _rate(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


# -- gitleaks' false-positive examples that gitleaks itself flags ------------------------------
#
# gitleaks tests each rule's `fps` against that rule alone, so some of them hold what another
# of its rules reports, or differ from one of the rule's own `tps` only in the file path the
# rule is restricted to. Counting those as over-blocking would ask a detector to miss a key
# gitleaks itself finds. The strict figure keeps every example; two columns leave these out:
# - SIBLING: gitleaks' full rule set (all rules, their allow-lists, stop words, entropy
#   floors) flags the example's text. Found in the data when the example holds the gold
#   value of another rule's TP (`cloudflare_api_key = "<a valid global key>"` is an fp of
#   the API-key rule, a tp of the global-key rule); listed below, with the rule and why,
#   where no TP of the suite holds the value.
# - PATH_ONLY: the example's text is the text of one of the same rule's TPs; gitleaks tells
#   them apart by the file name (`nuget.config` against `some.xml`), which a prompt has not.
SIBLING, PATH_ONLY = "sibling-rule TP", "path-only"
FLAGGED_BY_GITLEAKS = {
    "gl-anthropic-api-key-fp-002":
        "anthropic-admin-api-key: 93 characters and `AA` after `sk-ant-admin01-`; the api03 "
        "form of the same body is an anthropic-api-key TP",
    "gl-curl-auth-header-fp-008":
        "jwt: `Basic` then a JWT is no Basic credential (why curl-auth-header lists it), but "
        "the JWT matches gitleaks' jwt rule (three segments, entropy over 3)",
    "gl-settlemint-application-access-token-fp-000":
        "generic-api-key: `...Token := \"<16 characters>\"`, entropy 3.6 >= 3.5, no stop word",
    "gl-settlemint-personal-access-token-fp-000":
        "generic-api-key: `...Token := \"<16 characters>\"`, entropy 3.75 >= 3.5, no stop word",
}
_MIN_GOLD = 8  # shorter gold values (a 5-digit id) occur by chance


def fp_categories(cases: Sequence[dict]) -> dict[int, str]:
    """Index of each false-positive example that gitleaks' full rule set flags (SIBLING) or
    that is one of its rule's TPs but for the file path (PATH_ONLY); see above."""
    gold: dict[str, set[str]] = defaultdict(set)  # value -> rules whose TPs report it
    examples: dict[str, set[str]] = defaultdict(set)  # rule -> its TPs' example texts
    for c in cases:
        if c["kind"] == "tp":
            examples[c["rule"]].add(_example(c))
            for s in c["spans"]:
                if s["end"] - s["start"] >= _MIN_GOLD:
                    gold[c.get("text", "")[s["start"]:s["end"]]].add(c["rule"])
    out = {}
    for i, c in enumerate(cases):
        if c["kind"] != "fp":
            continue
        example = _example(c)
        if c.get("id") in FLAGGED_BY_GITLEAKS or any(
                value in example and rules - {c["rule"]} for value, rules in gold.items()):
            out[i] = SIBLING
        elif example in examples[c["rule"]]:
            out[i] = PATH_ONLY
    return out


def _example(case: dict) -> str:
    return case.get("text", "")[case["example_start"]:case["example_end"]]


def score_gitleaks(cases: Sequence[dict], outcomes: Sequence[Outcome]) -> dict:
    fams: dict[str, dict] = defaultdict(lambda: {"tp": 0, "caught": 0, "fp": 0, "flagged": 0})
    split = {k: {"tp": 0, "caught": 0} for k in ("literal", "generated")}
    kinds = {k: {"fp": 0, "flagged": 0} for k in (SIBLING, PATH_ONLY, "other")}
    category = fp_categories(cases)
    wrong = []
    for i, (case, out) in enumerate(zip(cases, outcomes, strict=True)):
        f = fams[case["family"]]
        if case["kind"] == "tp":
            ok = all(caught(s["start"], s["end"], out) for s in case["spans"])
            f["tp"] += 1
            f["caught"] += ok
            part = split["generated" if case.get("generated") else "literal"]
            part["tp"] += 1
            part["caught"] += ok
            if not ok:
                wrong.append(i)
        else:
            bad = flagged(case["example_start"], case["example_end"], out)
            f["fp"] += 1
            f["flagged"] += bad
            kind = kinds[category.get(i, "other")]
            kind["fp"] += 1
            kind["flagged"] += bad
            if bad:
                wrong.append(i)
    families = {name: {**v, "recall": _rate(v["caught"], v["tp"]),
                       "fp_rate": _rate(v["flagged"], v["fp"])}
                for name, v in sorted(fams.items())}
    tp = sum(v["tp"] for v in fams.values())
    hit = sum(v["caught"] for v in fams.values())
    fp = sum(v["fp"] for v in fams.values())
    bad = sum(v["flagged"] for v in fams.values())
    sib, path, other = kinds[SIBLING], kinds[PATH_ONLY], kinds["other"]
    micro = {"tp": tp, "caught": hit, "recall": _rate(hit, tp), "fp": fp, "flagged": bad,
             "fp_rate": _rate(bad, fp),
             # Without the examples gitleaks' own rule set flags; then also without those
             # only a file path tells from a TP (see fp_categories).
             "fp_sibling": sib["fp"], "flagged_sibling": sib["flagged"],
             "fp_rate_no_sibling": _rate(bad - sib["flagged"], fp - sib["fp"]),
             "fp_path_only": path["fp"], "flagged_path_only": path["flagged"],
             "fp_rate_text_only": _rate(other["flagged"], other["fp"]),
             **{f"recall_{k}": _rate(v["caught"], v["tp"]) for k, v in split.items()},
             "families": len(families),
             "families_full_recall": sum(v["recall"] == 1.0 for v in families.values())}
    return {"micro": micro, "families": families, "wrong": wrong}


def score_presidio(cases: Sequence[dict], outcomes: Sequence[Outcome], policy: Policy) -> dict:
    recs: dict[str, dict] = {}
    wrong = []
    for i, (case, out) in enumerate(zip(cases, outcomes, strict=True)):
        through = lets_through(policy, case["entity"])
        r = recs.setdefault(case["recognizer"], {
            "entity": case["entity"], "scored_as": "detected" if through else "redacted",
            "pos": 0, "caught": 0, "neg": 0, "flagged": 0})
        hit = presidio_case_hit(case, out, through)
        if case["kind"] == "pos":
            r["pos"] += 1
            r["caught"] += hit
        else:
            r["neg"] += 1
            r["flagged"] += hit
        if hit != (case["kind"] == "pos"):
            wrong.append(i)
    recognizers = {name: {**v, "recall": _rate(v["caught"], v["pos"]),
                          "neg_flagged_rate": _rate(v["flagged"], v["neg"])}
                   for name, v in sorted(recs.items())}
    pos = sum(v["pos"] for v in recs.values())
    hit = sum(v["caught"] for v in recs.values())
    neg = sum(v["neg"] for v in recs.values())
    bad = sum(v["flagged"] for v in recs.values())
    red = [v for v in recs.values() if v["scored_as"] == "redacted"]
    red_pos, red_hit = sum(v["pos"] for v in red), sum(v["caught"] for v in red)
    micro = {"pos": pos, "caught": hit, "recall": _rate(hit, pos), "neg": neg, "flagged": bad,
             "neg_flagged_rate": _rate(bad, neg),
             # The entities the policy redacts only (a let-through URL is scored as detected).
             "pos_redacted": red_pos, "caught_redacted": red_hit,
             "recall_redacted": _rate(red_hit, red_pos)}
    return {"micro": micro, "recognizers": recognizers, "wrong": wrong}


def score(name: str, cases: Sequence[dict], outcomes: Sequence[Outcome], policy: Policy) -> dict:
    """Counts and rates of one suite; `wrong` lists the indices of misses and flagged negatives
    (for --misses; leave it out of any results file)."""
    if name == "gitleaks":
        return score_gitleaks(cases, outcomes)
    return score_presidio(cases, outcomes, policy)


# -- running the systems ---------------------------------------------------------------------


def load_suite(name: str, family: str | None = None) -> list[dict] | None:
    """The suite's cases (those of `family` only, if given); None when the folder is missing."""
    path = datasets_dir() / SUITES[name]
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    if family:
        keys = ("family", "rule") if name == "gitleaks" else ("recognizer",)
        cases = [c for c in cases if any(c.get(k) == family for k in keys)]
    return cases


_CHUNK = 512  # texts analysed per nlp.pipe batch (fewer than the Guard's cache holds)


def guard_outcomes(guard, texts: Sequence[str]) -> list[Outcome]:
    """Through the real Guard, batched: resolved findings as a request would see them, each
    case as a fresh tenant would see it (`fresh_tenant`)."""
    out = []
    for at in range(0, len(texts), _CHUNK):
        chunk = texts[at : at + _CHUNK]
        for _ in guard.protect_batch([t] for t in chunk):  # analysis, cached per text
            pass
        out.extend(fresh_tenant(guard, t) for t in chunk)
    return out


def fresh_tenant(guard, text: str) -> Outcome:
    """The case's outcome with the Guard's memory holding this case's values alone.

    The Guard remembers every value it redacted for a tenant and redacts it again wherever
    it recurs. Run over a suite in one Guard, that memory would carry values from one case
    into the next (a TP's secret masking an FP example that repeats it, a passport number
    found next to `passport` in one case found bare in the next): scores would depend on the
    order of the cases. So: forget, protect (the cached analysis, nothing recalled), remember
    what this case redacted, as the Guard does after redacting, and protect again."""
    guard.known.clear()
    protected = guard.protect([text])
    for f in protected.findings:
        if f.action is not Action.ALLOW:
            guard.known.add(f.type, normalize(text[f.start : f.end]).text)
    if len(guard.known):
        protected = guard.protect([text])
    return Outcome([Hit(f.start, f.end, f.type, f.action.value, f.recognizer)
                    for f in protected.findings], protected.blocked)


def policy_hits(policy: Policy, text: str, results) -> list[Hit]:
    """Plain Presidio's results as the policy would act on them (threshold, allow-list)."""
    allow = set(policy.allow_list)
    hits = []
    for r in results:
        if r.end <= r.start or r.score < policy.threshold(r.entity_type):
            continue
        if text[r.start : r.end] in allow:
            continue
        meta = r.recognition_metadata or {}
        hits.append(Hit(r.start, r.end, r.entity_type, policy.rule(r.entity_type).action.value,
                        str(meta.get("recognizer_name", ""))))
    return hits


def presidio_outcomes(analyzer, policy: Policy, texts: Sequence[str]) -> list[Outcome]:
    out = []
    for text, results in zip(texts, analyze_batch(analyzer, list(texts)), strict=True):
        hits = policy_hits(policy, text, results)
        out.append(Outcome(hits, any(h.action == BLOCK for h in hits)))
    return out


# -- printing --------------------------------------------------------------------------------


def _fmt(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def report(name: str, results: dict[str, dict], worst: int = 25) -> str:
    """Side-by-side table of the systems in `results` (name -> score()), micro first."""
    systems = list(results)
    first = results[systems[0]]
    lines = []
    if name == "gitleaks":
        rows = [[sys_name, r["micro"]["tp"], f"{r['micro']['caught']}",
                 _fmt(r["micro"]["recall"]), _fmt(r["micro"]["recall_literal"]),
                 _fmt(r["micro"]["recall_generated"]),
                 f"{r['micro']['families_full_recall']}/{r['micro']['families']}"]
                for sys_name, r in results.items()]
        lines.append(table(rows, ["system", "TPs", "caught", "recall", "literal", "generated",
                                  "families at 1.0"]))
        rows = []
        for sys_name, r in results.items():
            m = r["micro"]
            rest = m["fp"] - m["fp_sibling"]
            text_only = rest - m["fp_path_only"]
            rows.append([
                sys_name, f"{m['flagged']}/{m['fp']}", _fmt(m["fp_rate"]),
                f"{m['flagged_sibling']}/{m['fp_sibling']}",
                f"{m['flagged'] - m['flagged_sibling']}/{rest}", _fmt(m["fp_rate_no_sibling"]),
                f"{m['flagged_path_only']}/{m['fp_path_only']}",
                f"{m['flagged'] - m['flagged_sibling'] - m['flagged_path_only']}/{text_only}",
                _fmt(m["fp_rate_text_only"])])
        lines += ["", "false-positive examples flagged SECRET: strict (all), then without the "
                  f"{SIBLING}s (gitleaks' full rule set flags them too), then also without the "
                  f"{PATH_ONLY} ones (a TP's text; only the file name differs); see "
                  "peers.fp_categories",
                  table(rows, ["system", "strict", "rate", f"{SIBLING}s", "others", "rate",
                               f"{PATH_ONLY}", "text-decidable", "rate"])]
        fams = sorted(first["families"].items(),
                      key=lambda kv: (kv[1]["recall"] if kv[1]["recall"] is not None else 2,
                                      -(kv[1]["fp_rate"] or 0), kv[0]))
        shown = [(k, v) for k, v in fams if v["recall"] != 1.0 or v["flagged"]][:worst]
        if shown:
            rows = []
            for fam, v in shown:
                row = [fam, v["tp"], _fmt(v["recall"]), f"{v['flagged']}/{v['fp']}"]
                for other in systems[1:]:
                    o = results[other]["families"].get(fam, {})
                    row += [_fmt(o.get("recall")), f"{o.get('flagged', 0)}/{o.get('fp', 0)}"]
                rows.append(row)
            header = ["family", "TPs", f"{systems[0]} recall", "FPs flagged"]
            for other in systems[1:]:
                header += [f"{other} recall", "FPs flagged"]
            lines += ["", f"families below full recall or with FPs flagged ({systems[0]}, "
                      f"worst {len(shown)}):", table(rows, header)]
        return "\n".join(lines)
    rows = []
    for rec, v in first["recognizers"].items():
        row = [rec, v["entity"], v["scored_as"], v["pos"], _fmt(v["recall"]),
               f"{v['flagged']}/{v['neg']}"]
        for other in systems[1:]:
            o = results[other]["recognizers"].get(rec, {})
            row += [_fmt(o.get("recall")), f"{o.get('flagged', 0)}/{o.get('neg', 0)}"]
        rows.append(row)
    row = ["micro", "", "", first["micro"]["pos"], _fmt(first["micro"]["recall"]),
           f"{first['micro']['flagged']}/{first['micro']['neg']}"]
    for other in systems[1:]:
        m = results[other]["micro"]
        row += [_fmt(m["recall"]), f"{m['flagged']}/{m['neg']}"]
    rows.append(row)
    row = ["micro, redacted entities", "", "redacted", first["micro"]["pos_redacted"],
           _fmt(first["micro"]["recall_redacted"]), ""]
    for other in systems[1:]:
        row += [_fmt(results[other]["micro"]["recall_redacted"]), ""]
    rows.append(row)
    header = ["recognizer", "entity", "scored as", "pos", f"{systems[0]} recall", "neg flagged"]
    for other in systems[1:]:
        header += [f"{other} recall", "neg flagged"]
    return table(rows, header)


def elide(value: str) -> str:
    """A secret shown by its first characters and length only."""
    return f"{value[:4]}…({len(value)} chars)"


def misses(name: str, cases: Sequence[dict], outcomes: Sequence[Outcome],
           wrong: Sequence[int]) -> list[str]:
    """One line per missed case or flagged negative, with the findings there (type/recognizer).
    Gitleaks values are elided; Presidio's cases are public test literals, shown as they are."""
    lines = []
    category = fp_categories(cases) if name == "gitleaks" else {}
    for i in wrong:
        case, out = cases[i], outcomes[i]
        found = ", ".join(f"{h.type}/{h.recognizer or '?'}:{h.action}@{h.start}-{h.end}"
                          for h in out.hits) or "nothing"
        if name == "gitleaks":
            span = case["spans"][0] if case["spans"] else None
            what = (elide(case["text"][span["start"]:span["end"]]) if span else
                    elide(case["text"][case["example_start"]:case["example_end"]]))
            kind = "missed " if case["kind"] == "tp" else "FP flagged"
            where = f"@{span['start']}-{span['end']}" if span else ""
            why = f"  [{category[i]}]" if i in category else ""
            lines.append(f"  {kind:10} {case['id']:44} {case.get('template') or '-':34} "
                         f"{what}{where}  found: {found}{why}")
        else:
            kind = "missed " if case["kind"] == "pos" else "neg flagged"
            spans = ",".join(f"{s['start']}-{s['end']}" for s in case["spans"])
            lines.append(f"  {kind:11} {case['id']:24} {case['text'][:90]!r} gold {spans or '-'}"
                         f"  found: {found}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("suite", choices=sorted(SUITES))
    ap.add_argument("--family", help="gitleaks family or rule, or Presidio recognizer")
    ap.add_argument("--misses", action="store_true", help="print misses and flagged negatives")
    ap.add_argument("--baseline", action="store_true", help="also run plain Presidio")
    args = ap.parse_args(argv)

    cases = load_suite(args.suite, args.family)
    if cases is None:
        print(f"peer suites not found at {datasets_dir()} (set SOVEREIGN_GUARD_DATASETS)")
        return 2
    if not cases:
        print(f"no {args.suite} cases for {args.family!r}")
        return 2
    from sovereign_guard.core import Guard
    from sovereign_guard.policy import load_policy

    policy = load_policy("default")
    texts = [c["text"] for c in cases]
    outcomes = {"sovereign-guard": guard_outcomes(Guard(policy, tenant_key=b"\x00" * 32), texts)}
    if args.baseline:
        from baseline import plain_presidio

        plain, _ = plain_presidio(policy.nlp.spacy_model)
        outcomes["presidio"] = presidio_outcomes(plain, policy, texts)
    results = {n: score(args.suite, cases, o, policy) for n, o in outcomes.items()}
    print(f"{args.suite}: {len(cases)} cases"
          + (f" of {args.family}" if args.family else "") + " (peer suite, not ours)\n")
    print(report(args.suite, results, worst=10**6 if args.family else 25))
    if args.misses:
        for n, res in results.items():
            print(f"\n{n}: {len(res['wrong'])} missed or flagged")
            print("\n".join(misses(args.suite, cases, outcomes[n], res["wrong"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
