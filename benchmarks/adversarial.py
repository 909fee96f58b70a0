"""Our own adversarial dev set: secrets and PII written to slip past detection.

A seeded, deterministic generator of ~60 prompts carrying a secret (AWS key, GitHub token,
Stripe key, Slack token) and ~60 carrying PII (card, phone, e-mail, SSN, IBAN, IP), each value
rendered with one evasion technique: invisible characters inside it (zero-width joiner or
space, soft hyphen, word joiner), full-width / math-bold / Arabic-Indic forms, Cyrillic
look-alikes, odd spaces (NNBSP, thin, ideographic) or `/` `_` as separators, written-out and
defanged forms, encodings (base64, hex, %-encoding, `\\u` escapes, HTML entities,
quoted-printable), a secret split across lines or concatenated in code; `plain` is the
control. Plus a benign set (code, logs, SQL, prose, hashes, image data, UUIDs) for over-masking.

Gold spans are offsets into the ORIGINAL text and cover the whole rendered value, invisible
characters included (a redaction must remove them too). Values, names and carriers are ours;
nothing comes from presidio-evaluator, presidio-research or Faker's lists.

System under test: `Guard('default').protect(text)`: `blocked`, `findings[].start/end/action`.
A character is protected when its prompt is blocked or a finding whose action is not `allow`
covers it; a value is leaked when any of its visible characters is not protected.

    python benchmarks/adversarial.py [--samples N] [--policy P]

Writes benchmarks/results/adversarial.json.
"""

# ruff: noqa: E501  (carrier sentences are prose)
from __future__ import annotations

import argparse
import base64
import random
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.common import masked, table, write

SEED = 1212

# -- value generators (ours; the checksummed ones pass their checks) --------------------------
GIVEN = ("olwen", "tamsin", "idris", "casimir", "perpetua", "lorcan", "marisol", "anselm",
         "wilhelmina", "teodor", "ysolde", "barnaby", "ottoline", "rafferty", "seraphina", "evander")
FAMILY = ("pennywhistle", "ardagh", "kowalczyk", "ferreira-lund", "okonkwo", "vasquez",
          "halloran", "lindqvist", "abernathy", "marchetti", "oyelaran", "thistlewood")
DOMAINS = ("northgate-logistics.com", "example.org", "bluewharf.io", "acme-insure.co.uk", "kestrel.dev")
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
ALNUM = string.ascii_letters + string.digits


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    prefix = rng.choice(("4", "51", "52", "55"))
    body = prefix + "".join(rng.choices(string.digits, k=15 - len(prefix)))
    digits = body + luhn_digit(body)
    return " ".join(digits[i:i + 4] for i in range(0, 16, 4))


def phone(rng: random.Random) -> str:
    area = rng.choice(("212", "415", "617", "303", "206", "512", "646", "718"))
    return f"({area}) {rng.randint(201, 989)}-{rng.randint(1000, 9999)}"


def email(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)}.{rng.choice(FAMILY)}@{rng.choice(DOMAINS)}"


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(101, 660) if a != 666])
    return f"{area:03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"


def iban(rng: random.Random) -> str:
    bban = "".join(rng.choices(string.digits, k=18))
    check = 98 - int(bban + "131400") % 97  # D=13 E=14, then "00"
    raw = f"DE{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def ip(rng: random.Random) -> str:
    return f"{rng.choice((10, 172, 192, 203))}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def aws_key(rng: random.Random) -> str:
    return "AKIA" + "".join(rng.choices(B32, k=16))


def github_token(rng: random.Random) -> str:
    return "ghp_" + "".join(rng.choices(ALNUM, k=36))


def stripe_key(rng: random.Random) -> str:
    return "sk_live_" + "".join(rng.choices(ALNUM, k=24))


def slack_token(rng: random.Random) -> str:
    return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**11, 10**12)}-" + "".join(rng.choices(ALNUM, k=24))


SECRET_KINDS: dict[str, Callable[[random.Random], str]] = {
    "aws_key": aws_key, "github_token": github_token, "stripe_key": stripe_key, "slack_token": slack_token}
PII_KINDS: dict[str, Callable[[random.Random], str]] = {
    "card": card, "phone": phone, "email": email, "ssn": ssn, "iban": iban, "ip": ip}

# -- evasion techniques: value -> segments (text, is_part_of_the_value) ----------------------
Segments = list[tuple[str, bool]]

ZWJ, ZWSP, SHY, WJ = "\u200d", "\u200b", "\u00ad", "\u2060"
NNBSP, THIN, IDEO = "\u202f", "\u2009", "\u3000"
CYRILLIC = dict(zip("aeopcxyiAEOPCXBMHKT", "аеорсхуіАЕОРСХВМНКТ", strict=True))


def _inside(char: str) -> Callable[[str, random.Random], Segments]:
    def render(v: str, rng: random.Random) -> Segments:
        cuts = sorted(rng.sample(range(1, len(v)), k=min(3, len(v) - 1)))
        out, last = [], 0
        for c in cuts:
            out.append(v[last:c])
            last = c
        return [(char.join(out + [v[last:]]), True)]
    return render


def _map(table_: Callable[[str], str]) -> Callable[[str, random.Random], Segments]:
    return lambda v, rng: [("".join(table_(c) for c in v), True)]


def _fullwidth(c: str) -> str:
    return IDEO if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c


def _math_bold(c: str) -> str:
    if c.isdigit():
        return chr(0x1D7CE + int(c))
    if "A" <= c <= "Z":
        return chr(0x1D400 + ord(c) - 65)
    if "a" <= c <= "z":
        return chr(0x1D41A + ord(c) - 97)
    return c


def _arabic_indic(c: str) -> str:
    return chr(0x0660 + int(c)) if c.isdigit() else c


def _cyrillic(v: str, rng: random.Random) -> Segments:
    spots = [i for i, c in enumerate(v) if c in CYRILLIC]
    chosen = set(rng.sample(spots, k=min(3, len(spots))))
    return [("".join(CYRILLIC[c] if i in chosen else c for i, c in enumerate(v)), True)]


def _separators(sep: str) -> Callable[[str, random.Random], Segments]:
    return lambda v, rng: [("".join(sep if c in " -" else c for c in v), True)]


def _spelled(v: str, rng: random.Random) -> Segments:
    user, domain = v.split("@")
    return [(" dot ".join(user.split(".")) + " at " + " dot ".join(domain.split(".")), True)]


def _defanged(v: str, rng: random.Random) -> Segments:
    return [(v.replace("@", "[at]").replace(".", "[.]"), True)]


def _b64(v: str, rng: random.Random) -> Segments:
    return [(base64.b64encode(v.encode()).decode(), True)]


def _hex(v: str, rng: random.Random) -> Segments:
    return [(v.encode().hex(), True)]


def _percent(v: str, rng: random.Random) -> Segments:
    return [("".join(f"%{b:02X}" for b in v.encode()), True)]


def _u_escapes(v: str, rng: random.Random) -> Segments:
    if "@" in v:  # an e-mail: escape only the punctuation, as a JSON encoder might
        return [(v.replace("@", "\\u0040").replace(".", "\\u002e"), True)]
    return [("".join(f"\\u{ord(c):04x}" for c in v), True)]


def _entities(v: str, rng: random.Random) -> Segments:
    if "@" in v:
        return [(v.replace("@", "&#64;").replace(".", "&#46;"), True)]
    return [("".join(f"&#{ord(c)};" if rng.random() < 0.6 else c for c in v), True)]


def _quoted_printable(v: str, rng: random.Random) -> Segments:
    cut = len(v) // 2
    enc = "".join(f"={ord(c):02X}" if not c.isalnum() or rng.random() < 0.3 else c for c in v[:cut])
    return [(enc + "=\n" + "".join(f"={ord(c):02X}" if not c.isalnum() else c for c in v[cut:]), True)]


def _split_lines(v: str, rng: random.Random) -> Segments:
    cut = rng.randint(len(v) // 3, 2 * len(v) // 3)
    return [(v[:cut], True), ("\n", False), (v[cut:], True)]


def _concat(v: str, rng: random.Random) -> Segments:
    cut = 4 if v.startswith("AKIA") else rng.randint(len(v) // 3, 2 * len(v) // 3)
    return [('"', False), (v[:cut], True), ('" + "', False), (v[cut:], True), ('"', False)]


def _plain(v: str, rng: random.Random) -> Segments:
    return [(v, True)]


# technique: (renderer, kinds it applies to)
TECHNIQUES: dict[str, tuple[Callable[[str, random.Random], Segments], set[str]]] = {
    "plain":             (_plain, {"aws_key", "github_token", "stripe_key", "slack_token", "card", "phone", "email", "ssn", "iban", "ip"}),
    "zero_width_joiner": (_inside(ZWJ), {"aws_key", "github_token", "card", "phone", "email", "ssn", "iban"}),
    "zero_width_space":  (_inside(ZWSP), {"stripe_key", "slack_token", "card", "email"}),
    "soft_hyphen":       (_inside(SHY), {"aws_key", "github_token", "card", "email", "ssn"}),
    "word_joiner":       (_inside(WJ), {"stripe_key", "slack_token", "card", "phone", "iban"}),
    "fullwidth":         (_map(_fullwidth), {"aws_key", "github_token", "card", "phone", "email", "ssn", "iban", "ip"}),
    "math_bold":         (_map(_math_bold), {"aws_key", "stripe_key", "card", "ssn"}),
    "arabic_indic":      (_map(_arabic_indic), {"card", "phone", "ssn"}),
    "cyrillic":          (_cyrillic, {"aws_key", "github_token", "email", "iban"}),
    "nnbsp":             (_separators(NNBSP), {"card", "iban", "phone"}),
    "thin_space":        (_separators(THIN), {"card", "phone", "ssn"}),
    "ideographic_space": (_separators(IDEO), {"card", "iban"}),
    "slash_separators":  (_separators("/"), {"card"}),
    "underscore_separators": (_separators("_"), {"card", "ssn"}),
    "spelled_out":       (_spelled, {"email"}),
    "defanged":          (_defanged, {"email", "ip"}),
    "base64":            (_b64, {"aws_key", "github_token", "stripe_key", "slack_token", "card", "email"}),
    "hex":               (_hex, {"aws_key", "github_token", "stripe_key", "card"}),
    "percent":           (_percent, {"aws_key", "slack_token", "email"}),
    "u_escapes":         (_u_escapes, {"aws_key", "github_token", "email"}),
    "html_entities":     (_entities, {"aws_key", "stripe_key", "email"}),
    "quoted_printable":  (_quoted_printable, {"github_token", "slack_token", "email"}),
    "split_lines":       (_split_lines, {"aws_key", "github_token", "stripe_key", "slack_token"}),
    "concatenated":      (_concat, {"aws_key", "github_token", "stripe_key", "slack_token"}),
}

# -- carriers ---------------------------------------------------------------------------------
SECRET_CARRIERS = (
    "Can you check why the deploy fails? I exported {v} in the CI settings.",
    "Here is the snippet:\nclient = connect(credential={v})\nIt times out.",
    "Rotate this one before Friday: {v}",
    "The old value was {v}; the new one is in the vault.",
    "Paste into the .env of the staging box:\n{v}\nthen restart the worker.",
    "Is it safe to commit {v} to the public repo?",
)
PII_CARRIERS = (
    "Please update the customer record: {v}. Thanks!",
    "The caller gave us {v} and asked for a refund.",
    "Note from the front desk: {v} (verified in person).",
    "Reconcile the ledger entry for {v} before month end.",
    "Forward the summary to the contact on file, {v}, tomorrow.",
    "Support ticket 4471: customer supplied {v} over chat.",
)
PII_HINTS = {"card": "card ", "phone": "phone ", "email": "e-mail ", "ssn": "SSN ", "iban": "IBAN ", "ip": "IP "}


@dataclass
class Sample:
    id: str
    group: str            # secret | pii | benign
    kind: str
    technique: str
    text: str
    spans: list[list[tuple[int, int]]] = field(default_factory=list)  # per value: its pieces


def _sample(sid: str, group: str, kind: str, technique: str, carrier: str, segments: Segments) -> Sample:
    head, tail = carrier.split("{v}")
    pos, text, pieces = len(head), head, []
    for seg, sensitive in segments:
        if sensitive:
            pieces.append((pos, pos + len(seg)))
        text += seg
        pos += len(seg)
    return Sample(sid, group, kind, technique, text + tail, [pieces])


def generate(per_group: int = 60, seed: int = SEED) -> list[Sample]:
    rng = random.Random(seed)
    samples: list[Sample] = []
    for group, kinds, carriers in (("secret", SECRET_KINDS, SECRET_CARRIERS), ("pii", PII_KINDS, PII_CARRIERS)):
        pairs = [(t, k) for t, (_, ks) in TECHNIQUES.items() for k in kinds if k in ks]
        chosen = list(pairs) if len(pairs) <= per_group else rng.sample(pairs, per_group)
        evasive = [pair for pair in pairs if pair[0] != "plain"]
        rng.shuffle(evasive)
        while len(chosen) < per_group:  # more samples than pairs: evasions again, new values
            chosen.append(evasive[(len(chosen) - len(pairs)) % len(evasive)])
        for n, (technique, kind) in enumerate(sorted(chosen, key=lambda tk: list(TECHNIQUES).index(tk[0]))):
            value = kinds[kind](rng)
            render = TECHNIQUES[technique][0]
            carrier = rng.choice(carriers)
            if group == "pii":
                carrier = carrier.replace("{v}", PII_HINTS[kind] + "{v}")
            samples.append(_sample(f"{group}-{n:03d}", group, kind, technique, carrier, render(value, rng)))
    return samples + benign(rng)


def benign(rng: random.Random) -> list[Sample]:
    """Texts with nothing sensitive, dense in look-alikes: hashes, image data, UUIDs, code."""
    def hexs(n: int) -> str:
        return "".join(rng.choices("0123456789abcdef", k=n))

    def b64(n: int) -> str:
        return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()

    png = "iVBORw0KGgoAAAANSUhEUgAA" + b64(96)
    texts = [
        f"commit {hexs(40)}\nAuthor: build-bot\n\n    bump lodash to 4.17.21",
        f"sha256sum dist/app.tar.gz\n{hexs(64)}  dist/app.tar.gz",
        f'<img alt="logo" src="data:image/png;base64,{png}">',
        f"background: url(data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==); color: #{hexs(6)};",
        f"2026-02-11T09:14:03.221Z INFO  request_id={hexs(32)} route=/api/v2/orders status=200 latency_ms=41",
        f"2026-02-11T09:14:05.010Z WARN  retry attempt=3 backoff_ms=800 trace={hexs(16)} span={hexs(16)}",
        "SELECT id, created_at, password_hash FROM users WHERE last_login < NOW() - INTERVAL '90 days' LIMIT 500;",
        "UPDATE orders SET status = 'shipped', shipped_at = CURRENT_TIMESTAMP WHERE order_id IN (4471, 4472, 4480);",
        "def load_token():\n    token = os.environ.get(\"API_TOKEN\")\n    if not token:\n        raise RuntimeError(\"API_TOKEN is not set\")\n    return token",
        "for (let i = 0; i < 1024; i += 16) { buf.writeUInt32LE(0xdeadbeef, i); }",
        f"docker pull registry.internal/app@sha256:{hexs(64)}",
        f"Content-MD5: {b64(16)}\nETag: \"{hexs(32)}\"",
        f"uuid={rng.choice(['', ''])}{hexs(8)}-{hexs(4)}-4{hexs(3)}-a{hexs(3)}-{hexs(12)} version=3.11.4 port=8443",
        "The committee met on Tuesday to discuss the roadmap; the second quarter targets stay as they are and the migration slips to autumn.",
        "Our onboarding guide explains how to set up the laptop, install the toolchain and run the test suite before the first pull request.",
        f"integrity=\"sha384-{b64(48)}\" crossorigin=\"anonymous\"",
        f"npm notice tarball sha512: {b64(64)}",
        "Build 2026.02.11.4 passed: 1,482 tests, 0 failures, coverage 87.3%, duration 6m12s.",
        f"-----BEGIN CERTIFICATE REQUEST----- is not what we need; the fingerprint is SHA1:{':'.join(hexs(2) for _ in range(20))}",
        "kubectl rollout status deployment/web -n prod --timeout=120s && kubectl get pods -l app=web",
        f"aGVsbG8gd29ybGQ= is just 'hello world' in base64, and {hexs(24)} is a random nonce.",
        "Q3 revenue grew 12% year over year to 4.1 million; churn fell to 2.3% and NPS rose to 41.",
        f"font-face src: url(data:font/woff2;base64,{b64(120)}) format('woff2');",
        "git rebase -i HEAD~3 then git push --force-with-lease origin feature/checkout-v2",
    ]
    return [Sample(f"benign-{i:03d}", "benign", "benign", "benign", t) for i, t in enumerate(texts)]


# -- scoring ----------------------------------------------------------------------------------
def _visible(c: str) -> bool:
    return not c.isspace() and unicodedata.category(c) != "Cf"


def score(samples: list[Sample], protect: Callable[[str], object]) -> dict:
    per: dict[str, dict] = {}
    per_kind: dict[str, dict] = {}
    rows_out = []
    total = {"secret_prompts": 0, "secret_not_blocked": 0, "chars": 0, "chars_leaked": 0,
             "values": 0, "values_leaked": 0, "benign_chars": 0, "benign_masked": 0,
             "benign_blocked": 0, "benign_prompts": 0}
    for s in samples:
        p = protect(s.text)
        covered = masked(s.text, p.findings)
        if s.group == "benign":
            total["benign_prompts"] += 1
            total["benign_chars"] += len(s.text)
            total["benign_masked"] += sum(covered)
            total["benign_blocked"] += bool(p.blocked)
            rows_out.append({"id": s.id, "group": s.group, "blocked": p.blocked,
                             "masked_chars": sum(covered), "chars": len(s.text)})
            continue
        blank = {"prompts": 0, "secret_prompts": 0, "secret_not_blocked": 0,
                 "chars": 0, "chars_leaked": 0, "values": 0, "values_leaked": 0}
        t = per.setdefault(s.technique, dict(blank))
        k = per_kind.setdefault(s.kind, dict(blank))
        chars = [i for pieces in s.spans for a, b in pieces for i in range(a, b)]
        leaked_chars = 0 if p.blocked else sum(not covered[i] for i in chars)
        value_leaked = not p.blocked and any(not covered[i] and _visible(s.text[i]) for i in chars)
        for d in (t, k, total):
            d["chars"] += len(chars)
            d["chars_leaked"] += leaked_chars
            d["values"] += 1
            d["values_leaked"] += value_leaked
            if s.group == "secret":
                d["secret_prompts"] += 1
                d["secret_not_blocked"] += not p.blocked
        t["prompts"] += 1
        k["prompts"] += 1
        rows_out.append({"id": s.id, "group": s.group, "kind": s.kind, "technique": s.technique,
                         "blocked": p.blocked, "chars": len(chars), "chars_leaked": leaked_chars,
                         "value_leaked": value_leaked})
    return {"per_technique": per, "per_kind": per_kind, "total": total, "samples": rows_out}


def _pct(a: int, b: int) -> float:
    return round(100 * a / b, 1) if b else 0.0


def _rows(groups: dict[str, dict]) -> list[list]:
    rows = []
    for name, t in groups.items():
        secret = f"{t['secret_not_blocked']}/{t['secret_prompts']}" if t["secret_prompts"] else "-"
        rows.append([name, t["prompts"], secret, f"{_pct(t['chars_leaked'], t['chars'])}%",
                     f"{t['values_leaked']}/{t['values']}"])
    return rows


def report(result: dict) -> None:
    header = ["prompts", "secret not blocked", "chars leaked", "values leaked"]
    print(table(_rows(result["per_technique"]), ["technique", *header]))
    print()
    print(table(_rows(result["per_kind"]), ["kind", *header]))
    t = result["total"]
    print(f"\nsecret prompts not blocked: {t['secret_not_blocked']} of {t['secret_prompts']}")
    print(f"sensitive characters leaked: {_pct(t['chars_leaked'], t['chars'])}% "
          f"({t['chars_leaked']} of {t['chars']})")
    print(f"values leaked: {_pct(t['values_leaked'], t['values'])}% ({t['values_leaked']} of {t['values']})")
    print(f"benign: over-masked characters {_pct(t['benign_masked'], t['benign_chars'])}% "
          f"({t['benign_masked']} of {t['benign_chars']}), prompts blocked "
          f"{t['benign_blocked']} of {t['benign_prompts']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--samples", type=int, default=60, help="prompts per group (secret, pii)")
    ap.add_argument("--policy", default="default")
    ap.add_argument("--show", action="store_true", help="print the generated prompts and exit")
    args = ap.parse_args()
    samples = generate(args.samples)
    if args.show:
        for s in samples:
            print(s.id, s.technique, s.kind, repr(s.text), s.spans)
        return
    from sovereign_guard.core import Guard

    guard = Guard(args.policy, tenant_key=b"\x11" * 32)
    result = score(samples, guard.protect)
    report(result)
    t = result["total"]
    summary = {"secret_not_blocked": t["secret_not_blocked"], "secret_prompts": t["secret_prompts"],
               "chars_leaked_pct": _pct(t["chars_leaked"], t["chars"]),
               "values_leaked_pct": _pct(t["values_leaked"], t["values"]),
               "benign_over_masked_pct": _pct(t["benign_masked"], t["benign_chars"]),
               "benign_blocked": t["benign_blocked"], "benign_prompts": t["benign_prompts"]}
    print("wrote", write("adversarial", {"seed": SEED, "policy": args.policy, "summary": summary, **result}))


if __name__ == "__main__":
    main()
