"""Detection quality: sovereign-guard against plain Presidio with the same spaCy model, side
by side, on our two dev sets and on two peer suites.

    python benchmarks/quality.py [--suite devset|peers|realtext|all] [--n 200] [--repeat 3]
                                 [--misses]

Whose data is what (the output and the JSON say it too):
- `devset` (OURS, synthetic, tuned on): benchmarks/devset.py, prompts we generated and
  labelled; detection was developed against it.
- `realtext` (OURS, real text, annotated by us): benchmarks/realtext.py, US-government text
  whose spans we annotated; we can read it, so it is a dev set too, not a held-out test.
- `peers` (NOT OURS): gitleaks' and Presidio's own recognizer test cases
  (../shared/datasets, or $SOVEREIGN_GUARD_DATASETS), run for measurement only and scored by
  that folder's README (see benchmarks/peers.py). A missing folder skips them, saying so.

Dev set: both systems are judged through the same policy (policies/default.yaml plus the dev
set's confidential terms): a finding counts when its score reaches the policy threshold of its
type, and it masks when the policy's action for its type is not `allow`.

- per entity: precision (a finding is right when at least half of its characters lie in
  gold spans of its type), recall (a gold span is found when findings of its type cover at
  least 80 % of it), F2 (recall weighted twice, a leak costs more than an over-mask);
- character leak rate: share of the characters of sensitive gold spans (those whose type
  the policy does not allow) that no masking finding covers, per category;
- over-mask rate: share of the characters outside every gold span that a masking finding
  covers, per category (the benign category is code, logs and SQL without PII);
- time: mean analyzer time per ~300-character prompt (en and zh prompts joined to length).

Real text: the same measures, category `real`, through the Guard (`Guard.protect`: resolved
findings, as a request sees them, so a merged cluster counts under its strictest member's
type) and plain Presidio, policies/default.yaml.
Peer suites: through the Guard and plain Presidio, policies/default.yaml, each case as a
fresh tenant would see it; gitleaks' FP examples strict and without those gitleaks' own rule
set flags (see benchmarks/peers.py); counts only in the JSON (never a gitleaks value);
`--misses` prints them elided.

Writes benchmarks/results/quality.json (`all` or `devset`; the dev-set keys are unchanged,
the other suites are under `suites`), or quality-peers.json / quality-realtext.json.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peers  # noqa: E402
import realtext  # noqa: E402
from common import datasets_dir, table, write  # noqa: E402
from devset import CONFIDENTIAL_TERMS, Sample, build  # noqa: E402

from sovereign_guard.policy import Action, Policy, Term, load_policy  # noqa: E402

RECALL_COVER = 0.8
PRECISION_INSIDE = 0.5
STRUCTURED = ("EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "TW_NATIONAL_ID", "TW_RESIDENT_CERT",
              "TW_BUSINESS_ID", "CN_RESIDENT_ID")
PROVENANCE = {
    "devset": "ours: synthetic prompts we generated and labelled (benchmarks/devset.py); "
              "detection was tuned on it",
    "realtext": "ours: real US-government text (public domain), spans annotated by us "
                "(benchmarks/data/realtext.json); a dev set we can read, not a held-out test",
    "peers": "not ours: gitleaks' and Presidio's own recognizer test cases "
             "(shared/datasets), run for measurement only, never used to build or tune",
}
TARGETS = {
    "leak_en": 0.05, "leak_zh": 0.05, "leak_secrets": 0.02, "structured_recall": 0.99,
    "overmask_benign": 0.01, "time_ratio": 1.2,
}


def harness_policy() -> Policy:
    base = load_policy("default")
    terms = [Term(term=t) for t in CONFIDENTIAL_TERMS]
    return base.model_copy(update={"detection": base.detection.model_copy(update={"terms": terms})})


def findings(policy: Policy, text: str, results) -> list[tuple[int, int, str, bool]]:
    """(start, end, type, masks) of the results the policy keeps."""
    allow = set(policy.allow_list)
    out = []
    for r in results:
        if r.end <= r.start or r.score < policy.threshold(r.entity_type):
            continue
        if text[r.start : r.end] in allow:
            continue
        masks = policy.rule(r.entity_type).action is not Action.ALLOW
        out.append((r.start, r.end, r.entity_type, masks))
    return out


def _covered(n: int, spans) -> list[bool]:
    mask = [False] * n
    for start, end in spans:
        for i in range(max(0, start), min(n, end)):
            mask[i] = True
    return mask


def evaluate(policy: Policy, samples: list[Sample], predicted: list[list]) -> dict:
    per_entity = defaultdict(lambda: {"gold": 0, "found": 0, "pred": 0, "right": 0})
    chars = defaultdict(lambda: {"pii": 0, "leaked": 0, "other": 0, "masked": 0})
    structured = defaultdict(lambda: [0, 0])
    gold_types = {e for s in samples for *_, e in s.spans}
    misses = []
    for sample, preds in zip(samples, predicted, strict=True):
        n = len(sample.text)
        masking = _covered(n, [(s, e) for s, e, _, m in preds if m])
        in_gold = _covered(n, [(s, e) for s, e, _ in sample.spans])
        by_type_gold = defaultdict(list)
        for start, end, ent in sample.spans:
            by_type_gold[ent].append((start, end))
        by_type_pred = defaultdict(list)
        for start, end, ent, _ in preds:
            by_type_pred[ent].append((start, end))
        for ent, spans in by_type_gold.items():
            cover = _covered(n, by_type_pred.get(ent, []))
            for start, end in spans:
                ok = sum(cover[start:end]) >= RECALL_COVER * (end - start)
                per_entity[ent]["gold"] += 1
                per_entity[ent]["found"] += ok
                if ent in STRUCTURED:
                    lang = "zh" if sample.category == "zh" else "en"
                    structured[lang][0] += 1
                    structured[lang][1] += ok
                if not ok:
                    misses.append((sample.id, ent, sample.text[start:end]))
        for ent, spans in by_type_pred.items():
            if ent not in gold_types:
                continue
            gold = _covered(n, by_type_gold.get(ent, []))
            for start, end in spans:
                per_entity[ent]["pred"] += 1
                per_entity[ent]["right"] += sum(gold[start:end]) >= PRECISION_INSIDE * (end - start)
        sensitive = _covered(n, [(s, e) for s, e, ent in sample.spans
                                 if policy.rule(ent).action is not Action.ALLOW])
        c = chars[sample.category]
        for i in range(n):
            if sensitive[i]:
                c["pii"] += 1
                c["leaked"] += not masking[i]
            elif not in_gold[i]:
                c["other"] += 1
                c["masked"] += masking[i]
    entities = {}
    for ent, v in sorted(per_entity.items()):
        p = v["right"] / v["pred"] if v["pred"] else 0.0
        r = v["found"] / v["gold"] if v["gold"] else 0.0
        f2 = 5 * p * r / (4 * p + r) if p + r else 0.0
        entities[ent] = {**v, "precision": round(p, 4), "recall": round(r, 4), "f2": round(f2, 4)}
    categories = {
        cat: {
            "leak_rate": round(v["leaked"] / v["pii"], 4) if v["pii"] else None,
            "overmask_rate": round(v["masked"] / v["other"], 4) if v["other"] else None,
            "pii_chars": v["pii"], "other_chars": v["other"],
        }
        for cat, v in sorted(chars.items())
    }
    structured_recall = {
        lang: round(found / total, 4) if total else None
        for lang, (total, found) in structured.items()
    }
    return {"entities": entities, "categories": categories,
            "structured_recall": structured_recall, "misses": misses}


def run(analyzer, samples: list[Sample]) -> list:
    return [analyzer.analyze(s.text, "en") for s in samples]


def timing_prompts(samples: list[Sample], size: int = 300) -> list[Sample]:
    """~300-character prompts: consecutive en (and zh) prompts joined until long enough."""
    out: list[Sample] = []
    for category in ("en", "zh"):
        text = ""
        for s in samples:
            if s.category != category:
                continue
            text = f"{text} {s.text}" if text else s.text
            if len(text) >= size:
                out.append(Sample(f"timing-{len(out)}", category, text))
                text = ""
    return out


def timing(systems: dict, samples: list[Sample], repeat: int) -> dict:
    """Mean over prompts of each prompt's median time, the systems interleaved."""
    per = {name: [] for name in systems}
    for s in samples:
        runs = {name: [] for name in systems}
        for _ in range(repeat):
            for name, analyzer in systems.items():
                t = time.perf_counter()
                analyzer.analyze(s.text, "en")
                runs[name].append((time.perf_counter() - t) * 1000)
        for name, values in runs.items():
            per[name].append(statistics.median(values))
    return {name: round(statistics.fmean(v), 3) for name, v in per.items()}


def _fmt(x) -> str:
    return "-" if x is None else f"{x:.3f}"



def _entity_rows(sg: dict, pr: dict) -> list[list]:
    rows = []
    for ent in sorted(set(sg["entities"]) | set(pr["entities"])):
        a, b = sg["entities"].get(ent, {}), pr["entities"].get(ent, {})
        rows.append([ent, a.get("gold", b.get("gold", 0)), _fmt(a.get("precision")),
                     _fmt(a.get("recall")), _fmt(a.get("f2")), _fmt(b.get("precision")),
                     _fmt(b.get("recall")), _fmt(b.get("f2"))])
    return rows


ENTITY_HEADER = ["entity", "gold", "SG P", "SG R", "SG F2", "Presidio P", "Presidio R",
                 "Presidio F2"]


def devset_suite(args, plain) -> dict:
    """The synthetic dev set, as before: raw analyzers, harness policy, timing."""
    from sovereign_guard.detect import build_analyzer

    policy = harness_policy()
    samples = build(args.n)
    ours = build_analyzer(policy)
    for analyzer in (ours, plain):  # warm-up: lazy loads (jieba, tldextract) are not timed
        run(analyzer, samples[:: max(1, len(samples) // 20)])

    results = {}
    for name, analyzer in (("sovereign-guard", ours), ("presidio", plain)):
        raw = run(analyzer, samples)
        preds = [findings(policy, s.text, r) for s, r in zip(samples, raw, strict=True)]
        results[name] = evaluate(policy, samples, preds)
    prompts = timing_prompts(samples)
    times = timing({"sovereign-guard": ours, "presidio": plain}, prompts, args.repeat)
    avg_len = statistics.fmean(len(s.text) for s in prompts)

    sg, pr = results["sovereign-guard"], results["presidio"]
    print(f"== dev set ({PROVENANCE['devset']})")
    print(f"dev set: {len(samples)} prompts ({args.n} per category), seed-deterministic\n")
    print(table(_entity_rows(sg, pr), ENTITY_HEADER))
    rows = []
    for cat in sg["categories"]:
        a, b = sg["categories"][cat], pr["categories"][cat]
        rows.append([cat, _fmt(a["leak_rate"]), _fmt(b["leak_rate"]), _fmt(a["overmask_rate"]),
                     _fmt(b["overmask_rate"])])
    print()
    print(table(rows, ["category", "SG leak", "Presidio leak", "SG over-mask",
                       "Presidio over-mask"]))
    print()
    rows = [[f"structured IDs/e-mail/cards recall ({lang})",
             _fmt(sg["structured_recall"].get(lang)), _fmt(pr["structured_recall"].get(lang))]
            for lang in ("en", "zh")]
    rows.append([f"mean ms per prompt (en/zh, {avg_len:.0f} chars)",
                 f"{times['sovereign-guard']:.2f}", f"{times['presidio']:.2f}"])
    print(table(rows, ["measure", "sovereign-guard", "presidio"]))

    ratio = times["sovereign-guard"] / times["presidio"]
    cats = sg["categories"]
    achieved = {
        "leak_en": cats["en"]["leak_rate"], "leak_zh": cats["zh"]["leak_rate"],
        "leak_secrets": cats["secrets"]["leak_rate"],
        "structured_recall": min(v for v in sg["structured_recall"].values() if v is not None),
        "overmask_benign": cats["benign"]["overmask_rate"], "time_ratio": round(ratio, 3),
    }
    met = {k: (v >= TARGETS[k] if k == "structured_recall" else v <= TARGETS[k])
           for k, v in achieved.items()}
    print("\ntargets: " + ", ".join(
        f"{k} {achieved[k]:.3f} {'<=' if k != 'structured_recall' else '>='} {TARGETS[k]} "
        f"{'met' if met[k] else 'NOT met'}" for k in achieved))
    if args.misses:
        print("\nsovereign-guard misses:")
        for sid, ent, value in sg["misses"]:
            print(f"  {sid:12} {ent:18} {value!r}")
    return {
        "dev_set": {"per_category": args.n, "prompts": len(samples),
                    "timing_prompts": len(prompts),
                    "timing_prompt_chars_mean": round(avg_len, 1)},
        "policy": "policies/default.yaml + dev-set confidential terms",
        "definitions": {"recall_cover": RECALL_COVER, "precision_inside": PRECISION_INSIDE},
        "systems": {name: {k: v for k, v in res.items() if k != "misses"}
                    for name, res in results.items()},
        "time_ms_per_prompt": times, "time_ratio": round(ratio, 3),
        "targets": {k: {"target": TARGETS[k], "achieved": achieved[k], "met": met[k]}
                    for k in TARGETS},
    }


def _guard_preds(outcomes: list) -> list[list[tuple[int, int, str, bool]]]:
    return [[(h.start, h.end, h.type, h.action != Action.ALLOW.value) for h in o.hits]
            for o in outcomes]


def realtext_suite(args, guard, plain) -> dict:
    meta, samples = realtext.load()
    policy = guard.policy
    texts = [s.text for s in samples]
    outcomes = {"sovereign-guard": peers.guard_outcomes(guard, texts),
                "presidio": peers.presidio_outcomes(plain, policy, texts)}
    results = {n: evaluate(policy, samples, _guard_preds(o)) for n, o in outcomes.items()}
    sg, pr = results["sovereign-guard"], results["presidio"]
    print(f"\n== real text ({PROVENANCE['realtext']})")
    print(f"{len(samples)} samples from {len(meta['sources'])} US-government sources\n")
    print(table(_entity_rows(sg, pr), ENTITY_HEADER))
    a, b = sg["categories"][realtext.CATEGORY], pr["categories"][realtext.CATEGORY]
    print()
    print(table([["real", _fmt(a["leak_rate"]), _fmt(b["leak_rate"]), _fmt(a["overmask_rate"]),
                  _fmt(b["overmask_rate"])]],
                ["category", "SG leak", "Presidio leak", "SG over-mask", "Presidio over-mask"]))
    if args.misses:
        print("\nsovereign-guard misses (public-domain text):")
        for sid, ent, value in sg["misses"]:
            print(f"  {sid:8} {ent:16} {value!r}")
    return {"provenance": PROVENANCE["realtext"], "samples": len(samples),
            "sources": len(meta["sources"]), "licence": meta["about"]["licence"],
            "policy": "policies/default.yaml", "through": "Guard.protect (resolved findings)",
            "definitions": {"recall_cover": RECALL_COVER, "precision_inside": PRECISION_INSIDE},
            "systems": {name: {k: v for k, v in res.items() if k != "misses"}
                        for name, res in results.items()}}


def peer_suites(args, guard, plain) -> dict:
    out = {}
    for name, key in (("gitleaks", "gitleaks"), ("presidio", "presidio_tests")):
        cases = peers.load_suite(name)
        print(f"\n== peer suite {name} ({PROVENANCE['peers']})")
        if cases is None:
            where = datasets_dir() / peers.SUITES[name]
            print(f"skipped: {where} not found (set SOVEREIGN_GUARD_DATASETS)")
            out[key] = {"skipped": f"{peers.SUITES[name]} not found in the datasets folder"}
            continue
        texts = [c["text"] for c in cases]
        outcomes = {"sovereign-guard": peers.guard_outcomes(guard, texts),
                    "presidio": peers.presidio_outcomes(plain, guard.policy, texts)}
        results = {n: peers.score(name, cases, o, guard.policy) for n, o in outcomes.items()}
        print(f"{len(cases)} cases\n")
        print(peers.report(name, results))
        if args.misses:
            for n, res in results.items():
                print(f"\n{n}: {len(res['wrong'])} missed or flagged")
                print("\n".join(peers.misses(name, cases, outcomes[n], res["wrong"])))
        out[key] = {"provenance": PROVENANCE["peers"], "cases": len(cases),
                    "file": peers.SUITES[name], "policy": "policies/default.yaml",
                    "rules": "shared/datasets/README.md (see benchmarks/peers.py)",
                    "systems": {n: {k: v for k, v in r.items() if k != "wrong"}
                                for n, r in results.items()}}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--suite", choices=("devset", "peers", "realtext", "all"), default="all")
    ap.add_argument("--n", type=int, default=200, help="dev-set prompts per category")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs per prompt and system")
    ap.add_argument("--misses", action="store_true",
                    help="print sovereign-guard's misses (peer suites: both systems')")
    args = ap.parse_args(argv)

    from baseline import plain_presidio

    plain, _ = plain_presidio(load_policy("default").nlp.spacy_model)
    data: dict = {"command": "python benchmarks/quality.py " + " ".join(argv or sys.argv[1:]),
                  "provenance": {k: PROVENANCE[k] for k in PROVENANCE
                                 if args.suite in (k, "all")}}
    if args.suite in ("devset", "all"):
        data.update(devset_suite(args, plain))
    suites: dict = {}
    if args.suite in ("realtext", "peers", "all"):
        from sovereign_guard.core import Guard

        guard = Guard(load_policy("default"), tenant_key=b"\x00" * 32)
        if args.suite in ("realtext", "all"):
            suites["realtext"] = realtext_suite(args, guard, plain)
        if args.suite in ("peers", "all"):
            suites.update(peer_suites(args, guard, plain))
    if suites:
        data["suites"] = suites
    name = "quality" if args.suite in ("devset", "all") else f"quality-{args.suite}"
    path = write(name, data)
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
