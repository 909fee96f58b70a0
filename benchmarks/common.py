"""Shared bits of the benchmark scripts: prompts, timing, machine facts and the JSON output."""

from __future__ import annotations

import base64
import binascii
import contextlib
import io
import json
import os
import platform
import re
import statistics
import struct
import time
import unicodedata
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

# As the sidecar runs (sovereign_guard.cli sets it): single-threaded BLAS, for both systems.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

RESULTS = Path(__file__).resolve().parent / "results"
REPO = Path(__file__).resolve().parent.parent

ENGLISH = (
    "Hi team, please follow up with Jane Doe (jane.doe@example.org, +1 212-555-0199) about "
    "invoice 4471. Her card 4111 1111 1111 1111 was charged twice on 3 March. She lives at "
    "1600 Pennsylvania Avenue NW, Washington, DC 20500. Loop in Robert Miles from Contoso "
    "and send the summary to robert.miles@contoso.com before Friday. Thanks! "
)
MIXED = (
    "請幫我回覆王小明的信，他的電子郵件是wang.xm@example.com.tw，電話：0912-345-678，"
    "身分證字號A123456789。Please also cc Jane Doe at jane.doe@example.org and check the order "
    "for 台北市信義區信義路五段7號 before Friday. 信用卡4111111111111111已經扣款兩次。謝謝！ "
)


def prompt_of(base: str, size: int) -> str:
    """A prompt of about `size` characters, made of whole copies of `base` (PII throughout)."""
    copies = max(1, round(size / len(base)))
    return (base * copies)[: max(size, len(base))] if size < len(base) else base * copies


def timed(fn: Callable[[], object], repeat: int, warmup: int = 2) -> list[float]:
    return timed_together([fn], repeat, warmup)[0]


def timed_together(fns: list[Callable[[], object]], repeat: int,
                   warmup: int = 2) -> list[list[float]]:
    """ms per call of each of `fns`, called in turn within each round: on a shared machine
    the speed drifts by tens of percent within a minute, and a drift then slows all of them
    alike instead of whichever happened to run during it, so their ratio holds."""
    for _ in range(warmup):
        for fn in fns:
            fn()
    samples: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, out in zip(fns, samples, strict=True):
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) * 1000)
    return samples


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def summary(samples: list[float]) -> dict:
    return {"p50_ms": round(statistics.median(samples), 3), "p95_ms": round(pct(samples, 95), 3),
            "p99_ms": round(pct(samples, 99), 3), "n": len(samples)}


def machine() -> dict:
    return {"python": platform.python_version(), "platform": platform.platform(),
            "cpus": os.cpu_count(), "processor": platform.processor() or platform.machine()}


def write(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    data = {"generated": datetime.now(UTC).isoformat(timespec="seconds"), "machine": machine(),
            **data}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return path


def table(rows: list[list], header: list[str]) -> str:
    cells = [header] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def datasets_dir() -> Path:
    """The peer suites' folder: $SOVEREIGN_GUARD_DATASETS, else ../shared/datasets beside the
    repo (never committed into it)."""
    override = os.environ.get("SOVEREIGN_GUARD_DATASETS")
    if override:
        return Path(override)
    beside = (REPO / ".." / "shared" / "datasets").resolve()
    # A git worktree under <project>/wt/NAME sits one level deeper than the main checkout.
    worktree = (REPO / ".." / ".." / "shared" / "datasets").resolve()
    return worktree if not beside.is_dir() and worktree.is_dir() else beside


def analyze_batch(analyzer, texts: list[str], language: str = "en", batch_size: int = 32) -> list:
    """Presidio results per text, spaCy run once over all texts through `nlp.pipe` (as the
    Guard does), so plain Presidio is not charged a per-call pipeline start."""
    batch = analyzer.nlp_engine.process_batch(list(texts), language, batch_size=batch_size)
    return [analyzer.analyze(text, language, nlp_artifacts=artifacts) for text, artifacts in batch]


# -- egress measurement: what a vendor could read out of what it received ------------------
# Used by benchmarks/egress.py and tests/test_egress_shapes.py. A recording vendor keeps every
# byte; `readable()` turns one received request into the texts a vendor could read from it
# (JSON strings, keys and numbers, JSON inside strings, base64 and data: URLs, PDF text
# layers, printable runs in binaries, %-encoding, byte-level token ids), and `leaked()` says
# which known values appear there raw or trivially normalised (casefolded, compacted, digits).

_B64_RUN = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_PRINTABLE_RUN = re.compile(rb"[\x20-\x7e]{4,}")


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    raw: bytes


@dataclass
class RecordingVendor:
    """An httpx.MockTransport handler that records every request and answers like the echo
    vendor (sync handler: works under httpx.Client and httpx.AsyncClient alike)."""

    requests: list[Received] = field(default_factory=list)

    def handler(self, request):
        import httpx

        from sovereign_guard import echo

        raw = request.read()
        rest = request.url.path.split("/v1/", 1)[-1]
        self.requests.append(Received(rest, dict(request.headers), raw))
        try:
            body = json.loads(raw)
            if body.get("stream"):
                return httpx.Response(200, content=b"".join(echo.stream(rest, body)),
                                      headers={"content-type": "text/event-stream"})
            status, content = echo.respond(rest, body)
        except Exception:  # the vendor must answer something whatever it got
            status, content = 200, b"{}"
        return httpx.Response(status, content=content, headers={"content-type": "application/json"})

    def texts(self) -> list[str]:
        return [t for r in self.requests for t in readable(r.raw, r.headers)]


def readable(raw: bytes, headers: dict[str, str] | None = None) -> list[str]:
    """Everything a vendor could read out of one request body and its headers."""
    out = [raw.decode("utf-8", "replace")]
    out += [f"{k}: {v}" for k, v in (headers or {}).items()]
    with contextlib.suppress(ValueError):
        _walk(json.loads(raw), out, 0)
    return out


def _walk(value: object, out: list[str], depth: int) -> None:
    if depth > 8:
        return
    if isinstance(value, dict):
        for k, v in value.items():
            out.append(str(k))
            _walk(v, out, depth + 1)
    elif isinstance(value, list):
        if value and all(isinstance(x, int) and not isinstance(x, bool) for x in value):
            out.append(token_text(value))
        for v in value:
            _walk(v, out, depth + 1)
    elif isinstance(value, str):
        _string(value, out, depth)
    elif value is not None:
        out.append(json.dumps(value))


def _string(s: str, out: list[str], depth: int) -> None:
    out.append(s)
    if "%" in s:
        out.append(unquote(s))
    if s[:1] in "{[":
        with contextlib.suppress(ValueError):
            _walk(json.loads(s), out, depth + 1)
    blobs = [s.split(",", 1)[1]] if s.startswith("data:") and "," in s else []
    blobs += [m.group() for m in _B64_RUN.finditer(s)]
    for blob in blobs:
        data = _unbase64(blob)
        if data:
            out.extend(_bytes_text(data))


def _unbase64(blob: str) -> bytes | None:
    blob = blob.strip()
    try:
        return base64.b64decode(blob + "=" * (-len(blob) % 4), altchars=b"-_" if (
            "-" in blob or "_" in blob) else None, validate=True)
    except (ValueError, binascii.Error):
        return None


def _bytes_text(data: bytes) -> list[str]:
    if data.startswith(b"%PDF"):
        try:
            from pypdf import PdfReader

            return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
        except Exception:
            return []
    try:
        return [data.decode("utf-8")]
    except UnicodeDecodeError:
        return [m.group().decode() for m in _PRINTABLE_RUN.finditer(data)]


def token_ids(text: str) -> list[int]:
    """Byte-level token ids (what `token_text` reads back, as a vendor's tokenizer would)."""
    return list(text.encode())


def token_text(ids: list[int]) -> str:
    return bytes(i for i in ids if 0 <= i < 256).decode("utf-8", "replace")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if unicodedata.category(c) != "Cf").casefold()


def forms(value: str) -> tuple[str, str, str]:
    """(casefolded, compact, digits) forms; digits only when the value has 7 or more."""
    folded = _fold(value)
    compact = re.sub(r"[\s\-_.()/]", "", folded)
    digits = re.sub(r"\D", "", folded)
    return folded, compact, digits if len(digits) >= 7 else ""


def masked(text: str, findings) -> list[bool]:
    """Per character of `text`: covered by a finding whose action is not `allow` (what goes
    out replaced or not at all). `findings` are `Guard.protect` findings."""
    covered = [False] * len(text)
    for f in findings:
        if str(getattr(f.action, "value", f.action)) != "allow":
            for i in range(max(0, f.start), min(len(text), f.end)):
                covered[i] = True
    return covered


def leaked(values: dict[str, str], texts: list[str]) -> list[str]:
    """Labels of `values` (label -> raw value) readable in `texts`, raw or trivially
    normalised. Longest values first, and each hit is blanked out, so a name is not reported
    again just because the leaked e-mail address spells it."""
    units = [_fold(t) for t in texts]
    hits = []
    for label, value in sorted(values.items(), key=lambda kv: -len(kv[1])):
        folded, compact, digits = forms(value)
        if any(folded in u or (len(compact) >= 6 and compact in forms(u)[1])
               or (digits and digits in forms(u)[2]) for u in units):
            hits.append(label)
            units = [u.replace(folded, "\x00") for u in units]
    return sorted(hits, key=list(values).index)


# -- small files with a text layer, built by hand (no generator library needed) -------------

def pdf_with_text(text: str) -> bytes:
    """A one-page PDF whose text layer is `text` (one line per line), readable by pypdf."""
    lines = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").split("\n")
    ops = "BT /F1 11 Tf 50 750 Td 14 TL " + " ".join(f"({ln}) '" for ln in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops.encode("latin-1")),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf, offsets = b"%PDF-1.4\n", []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (n, obj)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return pdf


def png_with_text(text: str) -> bytes:
    """A 1x1 PNG carrying `text` in a tEXt chunk (image metadata a vendor can read)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"tEXt", b"Comment\x00" + text.encode("latin-1"))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def wav_with_text(text: str) -> bytes:
    """A short silent WAV carrying `text` in its LIST/INFO name tag (audio metadata)."""
    name = text.encode("latin-1") + b"\x00"
    name += b"\x00" * (len(name) % 2)
    info = b"INFO" + b"INAM" + struct.pack("<I", len(name)) + name
    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 16000, 2, 16)
    data = b"\x00\x00" * 800
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
            + b"LIST" + struct.pack("<I", len(info)) + info
            + b"data" + struct.pack("<I", len(data)) + data)
    return b"RIFF" + struct.pack("<I", len(body)) + body
