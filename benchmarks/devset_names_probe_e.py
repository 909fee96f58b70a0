"""A fresh probe of the English PERSON finder, written after set E's fixes and scored once.

    python benchmarks/devset_names_probe_e.py [--misses]

Thirty-odd prompts typed for this file after the fixes of set E (devset_names_e.py) were made,
not run before those fixes and not tuned on: genres neither set D nor set E has (git logs,
podcast notes, seating plans, obituaries, voicemail transcriptions, invoices, school reports,
flight manifests, Jira comments, recipe credits), names typed from general knowledge (no list,
no generator's data). `[[...]]` marks a gold PERSON span. The benign prompts must have no
PERSON finding. Its figure is the honest one for text the fixes were not made on; it is small,
so one name is about 2 % of it.
"""

# ruff: noqa: E501  (prompts are prose)
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset import Builder, Sample  # noqa: E402

PROMPTS = (
    "commit 3f9a2c1\nAuthor: [[Teodora Vasquez-Lind]] <t.vl@example.org>\nDate: Mon Mar 3 10:02:11 2025 +0100\n\n    fix flaky upload test",
    "In this episode [[Marguerite Oyelaran]] talks to [[Declan Huxtable]] about rewilding farmland.",
    "Table 4: [[Ingrid Solveig]], [[Tomasz Wierzbicki]], [[Abena Owusu-Ansah]], [[Rafferty Cole]]",
    "[[Harold Beaumont Pryce]], 88, of Whitby, died peacefully on 2 May. He is survived by his daughter [[Celia]].",
    "Voicemail from [[Priyanka Raghunathan]]: hi it's priya, call me back about the lease when you can.",
    "INVOICE 2025-114\nBill to: [[Ozan Kılınç]]\nAmount due: 410.00 EUR",
    "Report card for [[Maisie Threlfall]] — Maths: B+, English: A. Teacher: Mr [[Okonjo]].",
    "Manifest\n1A [[HALVORSEN/ERIK]] MR\n1B [[HALVORSEN/LIV]] MRS",
    "Comment by [[Bartholomew Nkemelu]]: reproduced on staging, assigning to [[Yuki Fairweather]].",
    "Recipe adapted from Nonna [[Giuseppina Ferraro]]'s notebook.",
    "thx [[marek]]! and tell [[aurelie dufresne]] the slides are great",
    "[[KOWALCZYK, Anna Maria]]; [[de Souza, Thiago]]; [[Ó Briain, Siobhán]]",
    "The keynote by Dr. [[Femi Adeyinka]] starts at nine; Prof. [[Lindqvist]] closes the day.",
    "[[Rosalind]] and [[Kit Marlowe-Hughes]] will share the lab bench.",
    "Parents' evening: Mrs [[Dunleavy]] would like to see [[Oscar Pemberton-Wright]]'s parents.",
    "Thanks to [[Hemi Walker]], [[Aroha Ngata]] and [[Sione Tupou]] for the photos.",
    "[[JOAQUÍN ECHEVERRÍA]] / ACCT 55102 / OVERDUE",
    "Dear Ms [[Achterberg]],\nyour parcel could not be delivered.\nRegards,\n[[Lukas Brandl]]",
    "[[Vo Thi Hanh]] and [[Nguyen Quoc Bao]] signed the lease on Friday.",
    "Seating plan — table 3: [[Imogen Farley]], [[Caspian Reyes]], [[Delphine Aubert]]",
    "Reviewed-by: [[Sunniva Eide]] <sunniva@example.net>",
    "Ask [[Chidinma]] if the van is free tomorrow.",
    "Photo: [[Ayumi Kuroda]] / Reuters-style caption",
    "meeting notes 12/3 — [[olu]], [[bex]] and [[santi]] present; [[bex]] to email the council",
    # benign look-alikes
    "The Hubble constant and Planck's law are covered in week 3.",
    "Our Lisbon and Porto offices close at noon on Christmas Eve.",
    "Upgrade to Windows Server 2022 before the Jenkins migration.",
    "Tickets for Manchester United vs Real Sociedad go on sale Friday.",
    "Try the Caesar salad and the Beef Wellington.",
    "Rename the class JohnsonCounter to CounterJohnson.",
    "Use the Wilcoxon test and a Bonferroni correction.",
    "Pick up the Ford Transit from Gate B at Heathrow.",
    "Gantt charts and Venn diagrams make the plan easier to read.",
    "Book a table at Rosa's Cantina near Union Square.",
)


def build(prompts: tuple[str, ...] = PROMPTS) -> list[Sample]:
    """`prompts` as samples, `[[...]]` spans as gold PERSON; shared by later probes."""
    out = []
    for i, p in enumerate(prompts):
        b = Builder()
        pos = 0
        for m in re.finditer(r"\[\[(.+?)\]\]", p):
            b.text(p[pos : m.start()])
            b.value(m.group(1), "PERSON")
            pos = m.end()
        b.text(p[pos:])
        text, spans = b.build()
        out.append(Sample(f"probe-{i:02d}", "benign" if not spans else "names", text, spans))
    return out


def main(argv: list[str] | None = None, prompts: tuple[str, ...] = PROMPTS,
         doc: str | None = None) -> int:
    """Score `prompts` once and print the probe's figures (a later probe passes its own)."""
    ap = argparse.ArgumentParser(description=(doc or __doc__).split("\n\n")[0])
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    os.environ.setdefault("SOVEREIGN_GUARD_TENANT_KEY", "42" * 32)
    from devset_en2 import score

    from sovereign_guard.core import Guard

    samples = build(prompts)
    res = score(samples, Guard("default"))
    n, found, chars, leaked = res["entities"]["PERSON"]
    benign = {s.id for s in samples if s.category == "benign"}
    hit = {sid for sid, e, _ in res["overmasks"] if e == "PERSON" and sid in benign}
    print(f"PERSON name-char leak {leaked / chars:.3f}  recall {found / n:.3f}  ({n} spans, "
          f"{len(samples) - len(benign)} prompts)")
    print(f"benign prompts with a PERSON finding: {len(hit)} of {len(benign)}")
    if args.misses:
        for sid, e, value, got in res["misses"]:
            print(f"MISS {sid} {e:8} {value!r} -> {got}")
        for sid, e, value in res["overmasks"]:
            print(f"OVER {sid} {e:15} {value!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
