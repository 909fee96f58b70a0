"""A small fresh probe of IDs and numbers, written after the set-d fixes and measured once.

    python benchmarks/devset_ids_probe.py [--misses]

32 prompts with a value each, in carriers none of the fixes was written against (other
APIS and MRZ variants, CSV rows, spoken cards, other phone layouts, IPv6 forms, IBANs and
VAT numbers of other countries, badge and subscriber numbers, birth dates with a
two-digit year), and 16 near-misses. Values are computed here (python-stdnum check digits,
a fixed seed), marked `[[family:value]]` in the prompt. Scored as devset_ids.py scores:
characters of each value that no masking finding covers leak (AGE and URL, which the
default policy allows, are scored as detected by any finding); a near-miss counts when
anything in it is masked.
"""

# ruff: noqa: E501  (prompts are prose)
from __future__ import annotations

import argparse
import os
import random
import re
import sys
from pathlib import Path

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.eu import vat as std_vat
from stdnum.us import ein as std_ein
from stdnum.us import rtn as std_rtn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devset_ids_d import mrz_line  # noqa: E402

_R = random.Random(20261201)


def _n(k: int, first: str = "0123456789") -> str:
    return _R.choice(first) + "".join(_R.choice("0123456789") for _ in range(k - 1))


def _card(prefix: str, length: int) -> str:
    body = prefix + _n(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def _iban(country: str, bban_len: int, spaced: bool) -> str:
    body = _n(bban_len)
    v = country + std_iban.calc_check_digits(country + "00" + body) + body
    return std_iban.format(v) if spaced else v


def _valid(make, check) -> str:
    while True:
        v = make()
        if check(v):
            return v


_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _say(digits: str, groups: tuple[int, ...]) -> str:
    out, i = [], 0
    for g in groups:
        out.append(" ".join(_WORDS[int(c)] for c in digits[i : i + g]))
        i += g
    return ", ".join(out)


VISA = _card("4", 16)
MC = _card("52", 16)
AMEX = _card("37", 15)
MRZ, MRZ_NO, _, MRZ_DOB = mrz_line(_R)
ROUTING = _valid(lambda: "0" + _n(8, "123456789"), std_rtn.is_valid)
EIN = _valid(lambda: _n(9, "123456789"), std_ein.is_valid)
VAT_BE = _valid(lambda: "BE0" + _n(9), std_vat.is_valid)
VAT_IT = _valid(lambda: "IT" + _n(11), std_vat.is_valid)

PII = (
    f"SR DOCS HK1/P/NZL/LA{_n(6)}/NZL/14MAR88/M/02JUN31",
    f"DOCS P/D<</C{_n(8)}/D<</03OCT71/F/19JAN33",
    f"Scan result (passport, 2nd MRZ row):\n{MRZ}",
    f"name,ssn,state\n(on file),{_n(3, '1234567')}-{_n(2, '123456789')}-{_n(4, '123456789')},TX",
    f"| Name | Social | Start |\n| --- | --- | --- |\n| (on file) | {_n(3, '1234567')}{_n(2, '123456789')}{_n(4, '123456789')} | 2021 |",
    f"ok so it's {_say('2' + _n(2) + '3' + _n(2) + _n(4), (3, 3, 4))}, got that?",
    f"the card is {_say(VISA, (4, 4, 4, 4))}",
    f"Ring me: +49 (0)89 {_n(4)} {_n(4)}",
    f"mobile (+44) 7700 9{_n(5)}",
    f"tel. +32 2 5{_n(2)} {_n(2)} {_n(2)}",
    f"Office: +1 (212) 5{_n(2)}-{_n(4)} ext 12",
    f"peer fd12:3456:789a:{_n(1)}::{_n(2)} is unreachable",
    f"Source IP 2001:DB8:{_n(2)}::8A2E:370:7334 blocked",
    f"ssh -p 22 admin@[fe80::{_n(2)}:1] failed",
    f"mac=001b63{_n(6)}",
    f"NIC 00-1B-63-{_n(2)}-{_n(2)}-E6 is down",
    f"Charged {MC[:4]} {MC[4:8]} {MC[8:12]} {MC[12:]} yesterday, the customer says it was not them.",
    f"amex {AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}",
    f"Funds go to {_iban('NO', 11, True)} (DNB).",
    f"IBAN: {_iban('HU', 24, False)}",
    f"ABA {ROUTING} for incoming wires",
    "SWIFT: BOFAUS3N",
    "bic code NWBKGB2L",
    f"date of birth: {_R.randrange(1, 13):02d}/{_R.randrange(1, 29):02d}/'{_n(2)}",
    f"DOB: March {_R.randrange(1, 29)}th, 19{_n(2)}",
    f"He's a {_R.randrange(20, 90)} yo male",
    f"Badge number {_n(5, '123456789')} was deactivated.",
    f"Subscriber no. XKP{_n(6)}",
    f"Tax ID (EIN): {EIN[:2]}-{EIN[2:]}",
    f"n° TVA {VAT_BE}",
    f"P.IVA {VAT_IT}",
    "my site is https://about.me/jdoe88",
)
# The marked value of each PII prompt: the first match of the family's pattern.
FAMILIES = (
    ("passport", r"LA\d{6}"), ("passport", r"C\d{8}"), ("passport", re.escape(MRZ_NO)),
    ("ssn", r"\d{3}-\d{2}-\d{4}"), ("ssn", r"\d{9}"), ("spoken", r"two.*?(?=, got)"),
    ("spoken", r"(?<=is ).*"), ("phone", r"\+49.*"), ("phone", r"\(\+44\).*"), ("phone", r"\+32.*"),
    ("phone", r"\+1.*"), ("ip", r"fd12\S*"), ("ip", r"2001\S*"), ("ip", r"fe80[^\]]*"),
    ("mac", r"001b63\d{6}"), ("mac", r"00-1B\S*"), ("card", r"\d{4} \d{4} \d{4} \d{4}"),
    ("card", r"\d{4} \d{6} \d{5}"), ("iban", r"NO[\d ]+\d"), ("iban", r"HU\d+"),
    ("routing", r"\d{9}"), ("bic", r"BOFAUS3N"), ("bic", r"NWBKGB2L"), ("dob", r"\d\d/\d\d/'\d\d"),
    ("dob", r"March.*"), ("age", r"\d+(?= yo)"), ("id", r"\d{5}"), ("id", r"XKP\d+"),
    ("ein", r"\d\d-\d{7}"), ("vat", r"BE\d+"), ("vat", r"IT\d+"), ("url", r"https\S+"),
)
MRZ_DOB_FAMILY = ("dob", re.escape(MRZ_DOB))

NEAR_MISSES = (
    f"Order #{_n(10, '123456789')} shipped on Monday.",
    "ISBN 978-1-4028-9462-6 is out of print.",
    f"ts=1717{_n(9)} level=warn",
    "Bump to version 4.12.3-rc.2 before Friday.",
    "Price: $12,499.00 (list), $9,999.00 (sale).",
    '{"lat": 48.8566, "lon": 2.3522, "zoom": 12}',
    "accent: #1E90FF; border: #ccc",
    "Paid with card **** 4242, exp 11/29.",
    f"Ticket {_n(3, '123456789')}-{_n(3)}-{_n(3)} reopened.",
    f"sku {_n(12, '123456789')} out of stock",
    "I counted one, two, three, four, five, six, seven sheep.",
    "employee count 12000 across 14 offices",
    "Member since 2019, gold tier.",
    "The docs for P/E ratios are in section 4.",
    "Build 20241105.3 deployed at 14:02.",
    "Wi-Fi channel 149, 80 MHz, 5 GHz band",
)
DETECT_ONLY = frozenset({"age", "url"})


def samples() -> list[tuple[str, list[tuple[int, int, str]]]]:
    out = []
    for text, (family, pattern) in zip(PII, FAMILIES, strict=True):
        m = re.search(pattern, text)
        spans = [(m.start(), m.end(), family)]
        if text.startswith("Scan result"):
            d = re.search(MRZ_DOB_FAMILY[1], text[m.end() :])
            spans.append((m.end() + d.start(), m.end() + d.end(), "dob"))
        out.append((text, spans))
    return out


def run(argv: list[str] | None, doc: str, carriers: list[tuple[str, list]],
        near_misses: list[str], detect_only: frozenset[str] = frozenset()) -> int:
    """Score a probe: span recall and character leak of `carriers`' gold spans (a family in
    `detect_only` counts when found at all, even if the policy lets it through), and how many
    `near_misses` get a masked finding."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    os.environ.setdefault("SOVEREIGN_GUARD_TENANT_KEY", "42" * 32)
    from sovereign_guard.core import Guard
    from sovereign_guard.policy import Action

    guard = Guard("default")
    chars = leaked = found = n = 0
    for text, spans in carriers:
        guard.known.clear()
        findings = guard.protect(text).findings
        for a, b, family in spans:
            cover = [f for f in findings
                     if family in detect_only or f.action is not Action.ALLOW]
            gold = [i for i in range(a, b) if not text[i].isspace()]
            miss = [i for i in gold if not any(f.start <= i < f.end for f in cover)]
            n += 1
            chars += len(gold)
            leaked += len(miss)
            found += len(miss) <= 0.2 * len(gold)
            if args.misses and miss:
                print(f"MISS {family:8} {text[a:b]!r} -> {[(f.type, text[f.start:f.end]) for f in findings]}")
    flagged = 0
    for text in near_misses:
        guard.known.clear()
        masked = [f for f in guard.protect(text).findings if f.action is not Action.ALLOW]
        flagged += bool(masked)
        if args.misses and masked:
            print(f"OVER {text!r} -> {[(f.type, text[f.start:f.end]) for f in masked]}")
    print(f"values: {n}, span recall {found / n:.3f}, char leak {leaked / chars:.3f}")
    print(f"near-misses masked: {flagged}/{len(near_misses)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(argv, __doc__, samples(), NEAR_MISSES, DETECT_ONLY)


if __name__ == "__main__":
    sys.exit(main())
