"""The Guard core every door calls: detect, resolve overlaps, apply actions, classify, restore.

Overlap rule (deterministic, documented in the README): findings below their type's
threshold or in the allow-list are dropped. Findings whose action is not `allow` that overlap
form one cluster, replaced as a single span covering the union of its members, so no
character any recognizer flagged leaves. The cluster takes the type of its strictest member
(block > mask > hash > pseudonymize), ties broken by higher score, then the more specific
type (`SPECIFICITY`: the rarer a random string of its shape passes its check), then longer
span, then type name. An `allow` finding that overlaps a cluster is dropped; one that does
not is kept for classification only.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from presidio_analyzer import RecognizerResult

from .detect import build_analyzer
from .detect.anchored import anchored_numbers
from .detect.common import SpanIndex
from .detect.decode import decoded_views
from .detect.labels import classify, field_kind
from .detect.normalize import normalize
from .errors import DetectionError, GuardError
from .home import tenant_key as default_tenant_key
from .policy import Action, DataClass, Policy, load_policy
from .pseudonym import PseudonymVault, StreamRestorer, restore
from .recall import KnownValues

_STRICTNESS = {
    Action.ALLOW: 0, Action.PSEUDONYMIZE: 1, Action.HASH: 2, Action.MASK: 3, Action.BLOCK: 4
}
# How rarely a string of the type's shape passes its recognizer's check by chance, which
# breaks a tie between overlapping findings of equal score (two recognizers both sure of the
# same digits, at 1.0 with their context words): the rarer, the more the match says. Unlisted
# types (names, places, phone numbers, labelled values with no check) are 0.
SPECIFICITY: dict[str, int] = {
    # a check of 1 in 97 or more, or a fixed structure a random string hardly has
    **dict.fromkeys((
        "IBAN_CODE", "FR_NIR", "CN_RESIDENT_ID", "TW_NATIONAL_ID", "TW_RESIDENT_CERT",
        "IN_AADHAAR", "DE_TAX_ID", "IT_FISCAL_CODE", "ES_NIF", "ES_NIE", "PL_PESEL", "VIN",
        "EMAIL_ADDRESS", "IP_ADDRESS", "MAC_ADDRESS", "SECRET", "VAT_ID",
        "BR_CPF", "BR_CNPJ", "MX_CURP", "KR_RRN",
    ), 3),
    # a check of 1 in 10 or 11 (Luhn, mod 11, the DEA sum) or an issuer's narrow ranges
    **dict.fromkeys((
        "CREDIT_CARD", "IMEI", "ICCID", "US_NPI", "CA_SIN", "SE_PERSONNUMMER", "NL_BSN",
        "UK_NHS", "AU_TFN", "AU_MEDICARE", "MEDICAL_LICENSE", "US_ITIN", "UK_NINO", "IN_PAN",
        "US_MBI", "SWIFT_CODE", "DATE_OF_BIRTH", "US_EIN",
        "SG_NRIC_FIN", "JP_MY_NUMBER", "ZA_ID", "MX_RFC",
    ), 2),
    # an issuer's shape without a check
    **dict.fromkeys((
        "US_SSN", "US_PASSPORT", "PASSPORT", "US_DRIVER_LICENSE", "MEDICAL_RECORD_NUMBER",
        "IMSI", "TW_BUSINESS_ID", "TW_NHI_CARD",
    ), 1),
}
_BATCH = 32
_MAX_BATCH = 1024
_BATCH_CHARS = 64 * 1024
FIELD_SCORE = 0.9  # a value under a field that names its kind (`"ssn": "..."`)
ANCHORED_SCORE = 0.7  # a number written against a person's name
# Characters either side of a decoded run that its view keeps: a sentence or two, an address
# block, a JSON object; the rest of a decoded view reads as the original, analysed anyway.
DECODED_CONTEXT = 150


@dataclass(frozen=True, slots=True)
class Finding:
    """One resolved finding. Offsets index the original text of part `part`."""

    type: str
    start: int
    end: int
    score: float
    action: Action
    recognizer: str
    data_class: DataClass
    part: int = 0

    def as_dict(self) -> dict:
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 3),
            "action": self.action.value,
            "recognizer": self.recognizer,
        }


@dataclass(slots=True)
class Protected:
    """What `Guard.protect` returns. Its repr never shows an original value."""

    texts: list[str]
    findings: list[Finding]
    detected_class: DataClass
    outbound_class: DataClass
    fingerprints: list[tuple[str, str]] = field(repr=False)
    mapping: dict[str, str] = field(repr=False)

    @property
    def blocked(self) -> bool:
        return any(f.action is Action.BLOCK for f in self.findings)

    @property
    def block_reasons(self) -> list[str]:
        blocked = {f.type for f in self.findings if f.action is Action.BLOCK}
        return sorted(f"entity_blocked:{t}" for t in blocked)

    @property
    def transformed(self) -> bool:
        return any(f.action is not Action.ALLOW for f in self.findings)

    def restore(self, text: str) -> str:
        return restore(text, self.mapping)

    def stream_restorer(self) -> StreamRestorer:
        return StreamRestorer(self.mapping)


@dataclass(slots=True)
class _Part:
    """One text's protection, cached under the text's keyed hash: offsets, types, placeholders,
    keyed digests and fingerprints, never an original value (those are sliced from the text
    each time)."""

    findings: list[Finding]
    swaps: list[tuple[int, int, str, str | None]] = field(default_factory=list)
    fingerprints: list[tuple[str, str]] = field(default_factory=list)
    detected: DataClass = DataClass.PUBLIC
    outbound: DataClass = DataClass.PUBLIC


class Guard:
    """Detection, redaction and restoration under one policy, nothing else.

    `protect()` is the one entry point of detection and redaction; `Pipeline` (which owns
    the vendor registry and the audit log) adds the vendor decision and audit around it.
    """

    CACHE_SIZE = 4096  # texts whose protection is remembered

    def __init__(
        self,
        policy: Policy | str | Path | None = None,
        *,
        tenant_key: bytes | None = None,
    ):
        self.policy = policy if isinstance(policy, Policy) else load_policy(policy)
        self.vault = PseudonymVault(tenant_key if tenant_key is not None else default_tenant_key())
        # What this process redacted for its tenant, found again wherever it reappears.
        self.known = KnownValues()
        self.analyzer = build_analyzer(self.policy)
        self._allow = set(self.policy.allow_list)
        self._parts: OrderedDict[bytes, _Part] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._cache_hmac_key = hmac.new(self.vault.key, b"analysis-cache", hashlib.sha256).digest()
        self._min_threshold = min(
            [self.policy.detection.score_threshold, self.policy.default_entity.threshold or 1.0]
            + [r.threshold for r in self.policy.entities.values() if r.threshold is not None]
        )

    # -- detection -------------------------------------------------------------------------

    def _keys(self, texts: Sequence[str],
              fields: Sequence[str | None] | None = None) -> list[bytes]:
        for text in texts:
            if not isinstance(text, str):
                raise DetectionError(f"cannot analyse a {type(text).__name__}, expected text")
        if fields is None:
            return [self._cache_key(t) for t in texts]
        return [self._cache_key(t, f) for t, f in zip(texts, fields, strict=True)]

    def _through(self, cache: OrderedDict, texts: Sequence[str], keys: list[bytes],
                 compute: Callable[[list[bytes], list[str]], list]) -> dict:
        """Values for `keys` from the LRU `cache`; the missing ones computed together
        (`compute(keys, texts)` of those)."""
        with self._cache_lock:
            known = {k: cache[k] for k in keys if k in cache}
            for k in known:
                cache.move_to_end(k)
        todo = {k: t for k, t in zip(keys, texts, strict=True) if k not in known}
        if todo:
            fresh = dict(zip(todo, compute(list(todo), list(todo.values())), strict=True))
            self._store(cache, fresh)
            known.update(fresh)
        return known

    def _store(self, cache: OrderedDict, fresh: dict) -> None:
        with self._cache_lock:
            cache.update(fresh)
            while len(cache) > self.CACHE_SIZE:
                cache.popitem(last=False)

    def clear_cache(self) -> None:
        with self._cache_lock:
            self._parts.clear()

    def _cache_key(self, text: str, field_name: str | None = None) -> bytes:
        entity = field_kind(field_name) if field_name else None
        data = text.encode("utf-8", "surrogatepass")
        if entity is not None:  # the same text under `ssn` is judged differently
            data = entity.encode() + b"\x00" + data
        return hmac.new(self._cache_hmac_key, data, hashlib.sha256).digest()

    def analyze_uncached(self, texts: Sequence[str]) -> list[list[RecognizerResult]]:
        """Presidio over the spaCy pipeline, batched through `nlp.pipe`, on what each text
        says rather than how it is written: every recognizer sees the normalised text
        (compatibility forms, invisible characters, look-alikes, written-out e-mails) and
        each decoded reading of it (base64, hex, percent, escapes...); offsets come back in
        the original text, a finding inside an encoded run covering the whole run."""
        language = self.policy.nlp.language
        try:
            nlp = self.analyzer.nlp_engine
            views = [[v := normalize(t), *decoded_views(v, context=DECODED_CONTEXT)] for t in texts]
            flat = [v for vs in views for v in vs]
            batch = nlp.process_batch([v.text for v in flat], language,
                                      batch_size=_batch_size(flat))
            analysed = []
            for view, (text, artifacts) in zip(flat, batch, strict=True):
                found = self.analyzer.analyze(text, language, nlp_artifacts=artifacts,
                                              score_threshold=self._min_threshold)
                if not view.identity:
                    for r in found:
                        r.start, r.end = view.span(r.start, r.end)
                analysed.append(found)
            results, at = [], 0
            for vs in views:
                results.append([r for found in analysed[at : at + len(vs)] for r in found])
                at += len(vs)
            return results
        except GuardError:
            raise
        except Exception as exc:
            # The exception text may quote the input: report its type only.
            raise DetectionError(f"detector failed ({type(exc).__name__})") from None

    def protect(self, texts: str | Sequence[str],
                fields: Sequence[str | None] | None = None) -> Protected:
        """Detect and redact `texts` together (one request). `fields[i]`, when given, is the
        field name text i sits under (a JSON key): a name that announces a kind of data
        (`ssn`, `phone`, `姓名`) classifies a value that fits it."""
        if isinstance(texts, str):
            texts = [texts]
        texts = list(texts)
        if fields is not None:
            fields = list(fields)
        return self._protect(texts, self._keys(texts, fields), fields)

    def protect_batch(self, items: Iterable[Sequence[str]]) -> Iterator[Protected]:
        """Protect many independent requests, batching NER across them; order is kept."""
        for chunk in _chunks(items, _BATCH):
            flat = [t for texts in chunk for t in texts]
            keys = self._keys(flat)
            self._parts_of(flat, keys)  # one nlp.pipe batch; _protect then finds every part
            at = 0
            for texts in chunk:
                yield self._protect(list(texts), keys[at : at + len(texts)])
                at += len(texts)

    # -- transformation --------------------------------------------------------------------

    def _protect(self, texts: list[str], keys: list[bytes],
                 fields: list[str | None] | None = None) -> Protected:
        """Redact each text from its `_Part`: computed once per text (under its keyed hash)
        and reused while the text keeps coming back, as chat history does every turn."""
        known = self._parts_of(texts, keys, fields)
        mapping: dict[str, str] = {}
        fingerprints: list[tuple[str, str]] = []
        redacted: list[str] = []
        findings: list[Finding] = []
        detected = outbound = DataClass.PUBLIC
        for index, (text, key) in enumerate(zip(texts, keys, strict=True)):
            part = self._recalled(text, known[key])
            out = self._redact(text, part, mapping)
            if out is None:  # a placeholder now stands for another value: assign afresh
                part = self._part(text, part.findings)
                self._store(self._parts, {key: part})
                out = self._redact(text, part, mapping)
                if out is None:  # cannot happen: fresh placeholders are ours; fail closed
                    raise DetectionError("could not assign placeholders")
            redacted.append(out)
            fingerprints.extend(part.fingerprints)
            findings.extend(f if f.part == index else replace(f, part=index)
                            for f in part.findings)
            detected = max(detected, part.detected)
            outbound = max(outbound, part.outbound)
        return Protected(redacted, findings, detected, outbound, fingerprints, mapping)

    def _parts_of(self, texts: Sequence[str], keys: list[bytes],
                  fields: Sequence[str | None] | None = None) -> dict[bytes, _Part]:
        """Each text's `_Part`, from the cache or analysed together in one `nlp.pipe` batch."""
        field_of = dict(zip(keys, fields, strict=True)) if fields is not None else {}

        def compute(todo_keys: list[bytes], todo: list[str]) -> list[_Part]:
            parts = []
            for t, k, raw in zip(todo, todo_keys, self.analyze_uncached(todo), strict=True):
                found = list(self._findings(t, raw))
                found.extend(self._field_findings(t, field_of.get(k)))
                found.extend(self._anchored(t, found))
                parts.append(self._part(t, resolve_overlaps(found)))
            return parts

        return self._through(self._parts, texts, keys, compute)

    def _field_findings(self, text: str, field_name: str | None) -> Iterator[Finding]:
        """The whole value, when its field announces a kind of data and the value fits it."""
        entity = classify(field_name, text) if field_name else None
        if entity is None and field_name and "_" in text:  # `jane_doe`, as handles are written
            entity = classify(field_name, text.replace("_", " "))
        if entity is None:
            return
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        rule = self.policy.rule(entity)
        yield Finding(entity, start, end, FIELD_SCORE, rule.action, "field", rule.data_class)

    def _anchored(self, text: str, found: list[Finding]) -> Iterator[Finding]:
        """Numbers written against a redacted name (`Jane-Doe-536228451.txt`): hers."""
        names = [(f.start, f.end) for f in found
                 if f.type == "PERSON" and f.action is not Action.ALLOW]
        for start, end, entity in anchored_numbers(text, names) if names else ():
            rule = self.policy.rule(entity)
            yield Finding(entity, start, end, ANCHORED_SCORE, rule.action, "person-anchored",
                          rule.data_class)

    def _recalled(self, text: str, part: _Part) -> _Part:
        """`part`, plus any value already redacted for this tenant that the text repeats
        in a form no recognizer flagged this time (not cached: the memory grows)."""
        if not len(self.known):
            return part
        view = normalize(text)
        extra = []
        redacted = SpanIndex((f.start, f.end) for f in part.findings
                             if f.action is not Action.ALLOW)
        for start, end, entity in self.known.find(view.text):
            start, end = view.span(start, end) if not view.identity else (start, end)
            if redacted.covers(start, end):
                continue
            rule = self.policy.rule(entity)
            extra.append(Finding(entity, start, end, 1.0, rule.action, "known-value",
                                 rule.data_class))
        if not extra:
            return part
        return self._part(text, resolve_overlaps(part.findings + extra))

    def _part(self, text: str, resolved: list[Finding]) -> _Part:
        """What one text's resolved findings replace, and by what; no original value kept."""
        part = _Part(resolved)
        for f in resolved:
            part.detected = max(part.detected, f.data_class)
            if f.action is Action.ALLOW or f.action is Action.BLOCK:
                part.outbound = max(part.outbound, f.data_class)
            if f.action is Action.ALLOW:
                continue
            # What the value says, not how it was written: `4111\u00ad1111...` and
            # `4111 1111...` get one placeholder, and replayed either way is found again.
            value = normalize(text[f.start : f.end]).text
            self.known.add(f.type, value, f.score)
            digest = None
            if f.action is Action.PSEUDONYMIZE:
                digest = self.vault.digest(f.type, value)
                replacement = self.vault.assign(f.type, digest)
            elif f.action is Action.HASH:
                replacement = f"[{f.type}:{self.vault.hash_token(f.type, value)}]"
            else:
                replacement = f"[{f.type}]"  # mask, and the value that made a blocked request
            part.swaps.append((f.start, f.end, replacement, digest))
            part.fingerprints.append((f.type, self.vault.fingerprint(f.type, value)))
        return part

    def _redact(self, text: str, part: _Part, mapping: dict[str, str]) -> str | None:
        pieces: list[str] = []
        pos = 0
        for start, end, replacement, digest in part.swaps:
            if digest is not None:
                if not self.vault.holds(replacement, digest):
                    return None
                mapping.setdefault(replacement, text[start:end])
            pieces.append(text[pos:start])
            pieces.append(replacement)
            pos = end
        pieces.append(text[pos:])
        return "".join(pieces)

    def _findings(self, text: str, raw: list[RecognizerResult]) -> Iterator[Finding]:
        policy = self.policy
        for r in raw:
            if r.end <= r.start or r.score < policy.threshold(r.entity_type):
                continue
            if text[r.start : r.end] in self._allow:
                continue
            rule = policy.rule(r.entity_type)
            meta = r.recognition_metadata or {}
            yield Finding(
                type=r.entity_type,
                start=r.start,
                end=r.end,
                score=float(r.score),
                action=rule.action,
                recognizer=str(meta.get("recognizer_name", "")),
                data_class=rule.data_class,
            )


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Apply the module's overlap rule; returns non-overlapping findings sorted by start."""
    acting = sorted((f for f in findings if f.action is not Action.ALLOW), key=lambda f: f.start)
    clusters: list[list[Finding]] = []
    end = -1
    for f in acting:
        if clusters and f.start < end:
            clusters[-1].append(f)
            end = max(end, f.end)
        else:
            clusters.append([f])
            end = f.end
    merged = []
    for cluster in clusters:
        top = min(
            cluster,
            key=lambda f: (-_STRICTNESS[f.action], -f.score, -SPECIFICITY.get(f.type, 0),
                           -(f.end - f.start), f.type),
        )
        start = min(f.start for f in cluster)
        stop = max(f.end for f in cluster)
        merged.append(
            Finding(top.type, start, stop, top.score, top.action, top.recognizer,
                    max(f.data_class for f in cluster), top.part)
        )
    allowed = _non_overlapping_allows(findings, merged)
    return sorted(merged + allowed, key=lambda f: (f.start, f.end, f.type))


def _non_overlapping_allows(findings: list[Finding], merged: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    allows = sorted(
        (f for f in findings if f.action is Action.ALLOW), key=lambda f: (f.start, -f.end)
    )
    clusters = SpanIndex((m.start, m.end) for m in merged)
    for f in allows:
        if clusters.overlaps(f.start, f.end):
            continue
        if out and f.start < out[-1].end:  # overlapping allows: keep the first, longest
            continue
        out.append(f)
    return out


def _batch_size(views: list) -> int:
    """Docs per `nlp.pipe` batch: `_BATCH` prompts of ordinary size, more when they are tiny
    (a request of thousands of short strings: spaCy's per-batch cost dominates, and 256 a
    batch halves it), bounded to about `_BATCH_CHARS` characters a batch."""
    average = sum(len(v.text) for v in views) / max(1, len(views))
    return max(_BATCH, min(_MAX_BATCH, int(_BATCH_CHARS / max(1.0, average))))


def _chunks(items: Iterable[Sequence[str]], size: int) -> Iterator[list[Sequence[str]]]:
    chunk: list[Sequence[str]] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
