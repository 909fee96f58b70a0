"""parse → detect → decide → transform → (the exchange forwards) → restore → audit.

The one implementation behind every door. The pipeline owns the guard (detection), the vendor
registry and the audit log; `exchange` drives a request through it and an upstream
(`prepare()`, send `Outbound.content` to `Outbound.url`, `finish()` or a stream session),
and the doors only translate their own I/O. Nothing leaves unless the decision was written to
the audit log first.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import orjson

from . import metrics, tracing
from .adapters import Flavour, Restorer, Route, Walk, apply, error_body, parse_route, walk
from .adapters.payload import LimitExceeded
from .audit import AuditEvent, AuditLog, ensure_keyset
from .audit.keys import check_keyset_fits_logs
from .core import Guard, Protected
from .errors import AuditError, GuardError, UnknownModel
from .policy import Action, DataClass, Policy, load_policy
from .settings import Settings
from .signals import (
    body_controls,
    force_controls,
    scannable_headers,
    select_headers,
    vendor_confirmed,
)
from .translate import PAIRS, Translation, Untranslatable, reshape, translatable, translation_for
from .usage import from_answer as tokens_from_answer
from .usage import from_document as tokens_from_document
from .vendors import ModelCard, Registry, check_contract, load_registry, route
from .vendors.contract import fallback_model as _upstream_model

log = logging.getLogger("sovereign_guard.pipeline")

REQUEST_ID_HEADER = "x-sovereign-guard-request-id"
DECISION_HEADER = "x-sovereign-guard-decision"
ROUTE_HEADER = "x-sovereign-guard-route"  # the card that answered


class Refused(GuardError):
    """The request does not leave. Carries everything a door needs to answer in kind."""

    def __init__(self, status: int, code: str, message: str, *, flavour: Flavour,
                 request_id: str, decision: str = "block", reasons: tuple[str, ...] = ()):
        super().__init__(message)
        self.status, self.code, self.flavour = status, code, flavour
        self.request_id, self.decision, self.reasons = request_id, decision, reasons

    def body(self) -> bytes:
        return orjson.dumps(error_body(self.flavour, self.status, self.code, str(self)))

    def headers(self) -> dict[str, str]:
        return {REQUEST_ID_HEADER: self.request_id, DECISION_HEADER: self.decision}


@dataclass
class Outbound:
    """A request that passed: where it goes, what it carries, how to restore its answer."""

    request_id: str
    route: str
    flavour: Flavour
    card: ModelCard
    url: str
    headers: dict[str, str]
    body: dict[str, Any]
    stream: bool
    decision: str
    protected: Protected
    started: float
    detect_ms: float
    restorer: Restorer = field(repr=False)
    content: bytes = field(repr=False, default=b"")  # `body` serialised, once, as sent
    # What was forced, as sent (the audit records these, not a second computation).
    signals_sent: dict[str, str] = field(default_factory=dict)
    controls_sent: dict[str, Any] = field(default_factory=dict)
    caller_request_id: str | None = None  # the caller's own id, when it sent one
    # The caller's flavour differs from the card's: the body was translated before it was
    # scanned, and the answer is translated back after it is restored (None: same flavour).
    translation: Translation | None = None
    # For failover: what the caller asked for, the redacted body before this card's controls
    # were forced (None: it had none, `content` is it), the client headers that may be sent,
    # and every vendor tried so far (card, outcome, status, latency).
    model: str = ""
    requested: ModelCard | None = field(default=None, repr=False)
    unforced: bytes | None = field(default=None, repr=False)
    client_headers: Mapping[str, str] = field(default_factory=dict, repr=False)
    attempts: list[dict[str, Any]] = field(default_factory=list)
    tokens: dict[str, int] = field(default_factory=dict)  # the answer's usage, counts only
    trace: Any = field(default=tracing.NOOP, repr=False)  # the request's spans (tracing.py)
    # Milliseconds the request waited for a detection thread before `started` (the sidecar's
    # executor, server/overload.py); None where nothing queues it (the in-process doors).
    queue_ms: float | None = None

    @property
    def vendor_route(self) -> str:
        """The route the vendor is sent (the caller's, unless the body was translated)."""
        return self.translation.vendor_route if self.translation else self.route

    @property
    def vendor_flavour(self) -> str:
        return self.translation.vendor if self.translation else self.flavour

    def response_headers(self) -> dict[str, str]:
        return {REQUEST_ID_HEADER: self.request_id, DECISION_HEADER: self.decision,
                ROUTE_HEADER: self.card.id}


class Pipeline:
    """The request pipeline: a `Guard` (detection), the vendor registry and the audit log."""

    def __init__(self, guard: Guard, registry: Registry, audit: AuditLog | None = None, *,
                 door: str = "sidecar"):
        self.guard = guard
        self.policy: Policy = guard.policy
        self.registry = registry
        self.audit = audit
        self.door = door

    @classmethod
    def from_settings(cls, settings: Settings, *, door: str = "sidecar",
                      tenant_key: bytes | None = None) -> Pipeline:
        """Policy, vendor cards and audit log as `settings` say."""
        policy = load_policy(settings.policy)
        registry = load_registry(settings.models, policy)
        audit = None
        if policy.audit.enabled:
            assert settings.audit_dir is not None  # resolve() fills it in
            # As `serve`: a keyset is created only for an audit directory without logs, and
            # one that did not write those logs must not recover or continue them.
            keyset, _, created = ensure_keyset(settings.keys, audit_dir=settings.audit_dir)
            if not created:
                check_keyset_fits_logs(keyset, settings.audit_dir)
            audit = AuditLog(settings.audit_dir, keyset, policy.audit)
        return cls(Guard(policy, tenant_key=tenant_key), registry, audit, door=door)

    @classmethod
    def from_files(cls, policy: str | Path | None = None, models: str | Path | None = None,
                   audit_dir: str | Path | None = None, *, door: str = "sidecar",
                   keys: str | Path | None = None, tenant_key: bytes | None = None) -> Pipeline:
        """Policy, vendor cards and audit log from files; unset arguments come from the
        environment (SOVEREIGN_GUARD_POLICY, _MODELS, _AUDIT_DIR, _KEYS), then defaults."""
        settings = Settings.resolve(policy=policy and str(policy), models=models,
                                    audit_dir=audit_dir, keys=keys)
        return cls.from_settings(settings, door=door, tenant_key=tenant_key)

    def for_door(self, door: str) -> Pipeline:
        """The same guard, registry and audit log, recorded as another door."""
        return Pipeline(self.guard, self.registry, self.audit, door=door)

    def with_policy(self, policy: Policy) -> Pipeline:
        """This pipeline's vendor cards, audit log and tenant key under another policy: what a
        client bound to its own policy gets (the cards are re-checked under that policy)."""
        registry = load_registry(self.registry.directory, policy)
        return Pipeline(Guard(policy, tenant_key=self.guard.vault.key), registry, self.audit,
                        door=self.door)

    # -- before anything leaves --------------------------------------------------------------

    def prepare(self, route: Route | str, headers: Mapping[str, str], raw: bytes | None, *,
                caller: str | None = None, queued_ms: float | None = None) -> Outbound:
        """Parse, detect, decide, transform and audit one request; raises `Refused`.

        `route` is the parsed route (or a path, parsed here); `raw` is None when the door
        stopped reading a body over the size limit. `caller`, when given, is who the door
        authenticated; else the policy's caller header names the caller. `queued_ms`: how
        long the request waited for a detection thread (the sidecar), recorded as
        `latency_ms.queue` and counted in the response record's `total`."""
        ctx = self._context(route, headers, caller)
        if queued_ms is not None:
            ctx.latency["queue"] = queued_ms
        return self._guarded(ctx, lambda: self._prepare(ctx, raw))

    def prepare_call(self, model: str, messages: list) -> Outbound:
        """The decorator's entry point: a prompt as chat messages for `model`, in the
        flavour of the model's card, without a request body to serialise and parse back."""
        ctx = self._context("/v1/chat/completions", {}, None)

        def run() -> Outbound:
            card = self._resolve(ctx, model)
            if card.api == "anthropic":
                ctx.route, ctx.flavour = "messages", "anthropic"
            return self._prepare_body(ctx, {"model": model, "messages": messages}, card)

        return self._guarded(ctx, run)

    def _context(self, route: Route | str, headers: Mapping[str, str],
                 caller: str | None) -> _Context:
        parsed = route if isinstance(route, Route) else parse_route(route)
        name = parsed.name if parsed else route.removeprefix("/").removeprefix("v1/")
        flavour = parsed.flavour if parsed else "openai"
        ctx = _Context(self, "sg-" + uuid.uuid4().hex, name, flavour, headers,
                       time.perf_counter(), known=parsed is not None, caller=caller)
        ctx.caller_request_id = _request_id(headers.get(REQUEST_ID_HEADER))
        ctx.trace = tracing.begin(headers, sg_door=self.door, sg_route=name, sg_flavour=flavour)
        return ctx

    def _guarded(self, ctx: _Context, run: Callable[[], Outbound]) -> Outbound:
        try:
            try:
                return run()
            except Refused:
                raise
            except RecursionError:  # JSON nested deeper than the walk (or a copy) can follow
                raise ctx.refuse(422, "invalid_body",
                                 "request body is nested too deeply") from None
            except GuardError as exc:  # a step's own failure: fail closed, its kind only
                raise ctx.refuse(503, "prepare_failed", f"request not sent: "
                                 f"{type(exc).__name__} while preparing it") from None
            except Exception as exc:  # a fault: nothing leaves; the class, never the text
                log.error("request %s not sent: %s while preparing it", ctx.request_id,
                          type(exc).__name__)
                raise ctx.refuse(503, "prepare_failed", "request not sent: internal error "
                                 "while preparing it",
                                 reasons=(f"prepare_failed:{type(exc).__name__}",)) from None
        except Refused as refused:  # counted once, whichever step refused
            metrics.observe_refusal(ctx.route, refused.status, refused.code)
            ctx.trace.end(**{"http.response.status_code": refused.status}, sg_decision="block",
                          sg_code=refused.code, sg_reasons=list(refused.reasons))
            raise

    def _resolve(self, ctx: _Context, model: str) -> ModelCard:
        ctx.model = model
        try:
            card = self.registry.resolve(model)
        except UnknownModel:
            raise ctx.refuse(404, "model_not_found",
                             f"model '{_safe(model)}' is not in the vendor registry") from None
        ctx.requested = card
        return card

    def _prepare(self, ctx: _Context, raw: bytes | None) -> Outbound:
        if not ctx.known:
            raise ctx.refuse(404, "unknown_route",
                             f"sovereign-guard does not serve /v1/{_safe(ctx.route)}")
        limit = self.policy.limits.max_body_bytes
        if raw is None or len(raw) > limit:
            raise ctx.refuse(413, "body_too_large", f"request body is over the {limit}-byte limit")
        body = _parse(raw, ctx)
        return self._prepare_body(ctx, body, self._resolve(ctx, body["model"]))

    def _prepare_body(self, ctx: _Context, body: dict[str, Any], card: ModelCard) -> Outbound:
        started, request_id, rest, flavour = ctx.started, ctx.request_id, ctx.route, ctx.flavour
        headers = ctx.headers
        model = body["model"]
        # Translation first, so that what is scanned (and audited) is what leaves; nothing
        # to do, not even a lookup past this test, when the flavours match.
        translation = None
        if card.api not in (flavour, "echo"):
            translation = translation_for(rest, card.api, card.base_url)
        if translation is not None:
            try:
                body = translation.request(body)
            except Untranslatable as exc:
                raise ctx.refuse(400, "unsupported_parameter",
                                 f"cannot send this request to {card.api} API: {_safe(str(exc))}"
                                 ) from None
            vendor_route, vendor_flavour = translation.vendor_route, translation.vendor
        else:
            vendor_route, vendor_flavour = rest, flavour

        limits = self.policy.limits
        try:
            with ctx.trace.step("parse", sg_route=vendor_route) as span:
                walked = walk(body, max_parts=limits.max_parts, max_chars=limits.max_text_chars)
                span.set(sg_texts=len(walked.texts), sg_media=len(walked.media))
        except LimitExceeded as exc:
            raise ctx.refuse(exc.status, exc.code, str(exc), reasons=(exc.reason,)) from None
        ctx.media = walked.media
        refusals = self._unscannable(walked)
        if refusals:
            raise ctx.refuse(403, "policy_blocked", _blocked_message(refusals), reasons=refusals)
        # Client headers that may be forwarded carry text too (`idempotency-key: refund-<e-mail>`):
        # scanned with the body; one holding anything to redact is dropped instead of sent.
        header_values = scannable_headers(headers, self.policy)
        texts = walked.texts + [value for _, value in header_values]
        try:
            with ctx.trace.step("detect", sg_texts=len(texts)) as span:
                protected = self.guard.protect(texts, walked.fields + [None] * len(header_values))
                span.set(**tracing.entity_attributes(protected.findings),
                         sg_detected_class=protected.detected_class.value,
                         sg_outbound_class=protected.outbound_class.value)
        except GuardError as exc:
            raise ctx.refuse(503, "detection_failed", f"request not sent: {exc}") from None
        ctx.protected = protected
        detect_ms = (time.perf_counter() - started) * 1000
        ctx.latency["detect"] = detect_ms
        metrics.observe_detection(rest, detect_ms, protected)

        if protected.blocked or (in_docs := _redacted_in_documents(walked.slots, protected)):
            reasons = tuple(protected.block_reasons) if protected.blocked else in_docs
            raise ctx.refuse(403, "policy_blocked", _blocked_message(reasons),
                             reasons=reasons)
        with ctx.trace.step("decide") as span:
            decision = route(self.registry, self.policy, model, self._route_class(protected),
                             transformed=protected.transformed, today=date.today(),
                             api=self._apis(vendor_route, vendor_flavour),
                             requested=card)
            span.set(sg_decision=decision.decision, sg_reasons=list(decision.reasons),
                     sg_card=decision.card.id if decision.card else None)
        if decision.decision == "block" or decision.card is None:
            raise ctx.refuse(403, "policy_blocked", _blocked_message(decision.reasons),
                             reasons=decision.reasons)
        target = decision.card

        try:
            apply(body, walked.slots, protected.texts[: len(walked.slots)], walked.texts)
        except ValueError:
            raise ctx.refuse(403, "policy_blocked", _blocked_message(("unscannable:keys",)),
                             reasons=("unscannable:keys",)) from None
        if target.api not in (vendor_flavour, "echo"):  # a route's card of the other flavour
            try:
                body, translation = self._reshaped(
                    body, rest, flavour, translation, target, model,
                    set(protected.texts[: len(walked.slots)]))
            except Untranslatable as exc:
                reasons = (*decision.reasons, "api_mismatch")
                raise ctx.refuse(403, "policy_blocked", f"{_blocked_message(reasons)} "
                                 f"({_safe(str(exc))})", reasons=reasons) from None
            vendor_route = translation.vendor_route if translation else rest
        body["model"] = decision.upstream_model
        try:
            # Kept only when a failover could re-send it to a card with other controls.
            unforced = (orjson.dumps(body) if self.policy.vendors.failover.max_attempts > 1
                        and body_controls(target, vendor_route) else None)
            controls = force_controls(body, target, vendor_route)  # in place: the body is ours
            content = orjson.dumps(body)
        except TypeError as exc:  # orjson's depth limit (or, from the decorator, an object)
            deep = "Recursion" in str(exc)
            raise ctx.refuse(422, "invalid_body", "request body is nested too deeply" if deep
                             else "request body is not JSON",
                             reasons=("nested_too_deeply",) if deep else ()) from None
        tainted = {header_values[f.part - len(walked.slots)][0] for f in protected.findings
                   if f.part >= len(walked.slots) and f.action is not Action.ALLOW}
        clean = {k: v for k, v in headers.items() if k.lower() not in tainted}
        sent, dropped = select_headers(clean, target, self.policy, requested=card)
        if translation is not None:
            sent = translation.headers(sent)
        ctx.headers_dropped = sorted(set(dropped) | tainted)
        forced = {n.lower() for n in (*target.controls.headers, *self.policy.signals.headers)}
        out = Outbound(
            request_id=request_id, route=rest, flavour=flavour, card=target,
            url=f"{target.base_url.rstrip('/')}/{vendor_route}",
            headers=sent, body=body,
            stream=bool(body.get("stream")), decision=decision.decision, protected=protected,
            started=started, detect_ms=detect_ms, restorer=Restorer(protected.mapping),
            content=content, signals_sent={n: sent[n] for n in sorted(forced) if n in sent},
            controls_sent=controls, caller_request_id=ctx.caller_request_id,
            translation=translation,
            model=model, requested=card, unforced=unforced, client_headers=clean,
            trace=ctx.trace, queue_ms=ctx.latency.get("queue"),
        )
        ctx.write(self._event(ctx, decision.decision, decision.reasons, target, out=out))
        return out

    # -- failover ----------------------------------------------------------------------------

    def admits(self, card: ModelCard, flavour: Flavour, route: str | None = None) -> bool:
        """Whether a request of `flavour` (on `route`, when known) can be sent to `card`: as
        it is, or translated (chat completions ⇄ Messages)."""
        if card.api in (flavour, "echo"):
            return True
        if route is None:
            route = "chat/completions" if flavour == "openai" else "messages"
        return translatable(route, card.api)

    @staticmethod
    def _apis(vendor_route: str, vendor_flavour: str) -> tuple[str, ...]:
        """The APIs a request on `vendor_route` can be routed to (translated if need be)."""
        return (vendor_flavour, *(api for r, api in PAIRS if r == vendor_route))

    def _reshaped(self, body: dict[str, Any], rest: str, flavour: str,
                  current: Translation | None, card: ModelCard, model: str,
                  scanned: set[str] | None = None
                  ) -> tuple[dict[str, Any], Translation | None]:
        """A redacted body (the caller's `flavour`, or as `current` translated it) made fit
        for `card` (translate.reshape). What leaves is what was
        scanned: a text the reshaping made (texts joined into one, tool arguments as JSON)
        is scanned too, and found holding anything to redact, it does not leave
        (`Untranslatable`)."""
        vendor = current.vendor if current else flavour
        new, translation = reshape(body, rest, current, vendor, card.api, card.base_url, model)
        if new is not body:
            limits = self.policy.limits
            try:
                if scanned is None:  # a failover: the body as the last card got it
                    scanned = set(walk(body).texts)
                fresh = [t for t in walk(new, max_parts=limits.max_parts,
                                         max_chars=limits.max_text_chars).texts
                         if t not in scanned]
            except LimitExceeded as exc:
                raise Untranslatable("messages", str(exc)) from None
            if fresh:
                found = self.guard.protect(fresh)
                if found.blocked or any(f.action is not Action.ALLOW for f in found.findings):
                    raise Untranslatable("messages", "joined for that API would hold data "
                                         "the guard must redact")
        return new, translation

    def _route_class(self, protected: Protected) -> DataClass:
        """The class that orders routes and is checked against contracts (`vendors.route_on`)."""
        if self.policy.vendors.route_on == "detected":
            return protected.detected_class
        return protected.outbound_class

    def candidates(self, out: Outbound) -> list[ModelCard]:
        """The cards that may serve `out` instead, best first: its route (or the requested
        card), then the fallbacks; each compliant for the request's class and admitted for
        its API, the ones already tried left out."""
        tried = {a["card"] for a in out.attempts} | {out.card.id}
        data_class, today = self._route_class(out.protected), date.today()
        requested = out.requested.id if out.requested is not None else out.card.id
        names = self.policy.vendors.candidates(out.model, requested, data_class)
        found: list[ModelCard] = []
        for name in names:
            card = self.registry.get(name)
            if (card is None or card.id in tried or card in found
                    or not self.admits(card, out.vendor_flavour, out.vendor_route)
                    or check_contract(card, self.policy, data_class, today)):
                continue
            found.append(card)
        return found

    def retarget(self, out: Outbound, card: ModelCard, cause: str) -> Outbound:
        """The same prepared (redacted) request re-targeted at `card`: its model name, its
        forced controls and headers, recorded (kind `failover`) before it may leave; raises
        `Refused` (503) when that record cannot be written. `card` comes from `candidates`."""
        unforced = out.unforced if out.unforced is not None else out.content
        body = orjson.loads(unforced)
        translation = out.translation
        if card.api not in (out.vendor_flavour, "echo") or translation is not None:
            # raises Untranslatable: this card cannot be sent the request
            body, translation = self._reshaped(body, out.route, out.flavour, translation,
                                               card, out.model)
            if translation is not out.translation:  # its shape: the next failover starts here
                unforced = orjson.dumps(body)
        vendor_route = translation.vendor_route if translation else out.route
        asked = out.requested is not None and card.id == out.requested.id
        body["model"] = (card.upstream_model or out.model) if asked else _upstream_model(card)
        controls = force_controls(body, card, vendor_route)
        sent, dropped = select_headers(out.client_headers, card, self.policy,
                                       requested=out.requested)
        if translation is not None:
            sent = translation.headers(sent)
        forced = {n.lower() for n in (*card.controls.headers, *self.policy.signals.headers)}
        new = dataclasses.replace(
            out, card=card, url=f"{card.base_url.rstrip('/')}/{vendor_route}", headers=sent,
            translation=translation,
            body=body, content=orjson.dumps(body), decision="reroute",
            signals_sent={n: sent[n] for n in sorted(forced) if n in sent},
            controls_sent=controls, attempts=out.attempts,
            # a later failover starts again from the body without any card's controls
            unforced=unforced,
        )
        event = AuditEvent(
            kind="failover", request_id=out.request_id, caller_request_id=out.caller_request_id,
            time=_now(), door=self.door, route=f"/v1/{out.route}",
            model_requested=_safe(out.model), vendor=card.vendor, card_id=card.id,
            card_hash=card.card_hash,
            requested_card_id=out.requested.id if out.requested else None,
            policy_id=self.policy.id, policy_hash=self.policy.sha256, decision="reroute",
            reasons=[f"failover:{cause}"],
            outbound_class=out.protected.outbound_class.value,
            signals_sent=new.signals_sent, controls_sent=controls,
            headers_dropped=sorted(dropped), attempts=list(out.attempts),
        )
        if self.audit is not None:
            try:
                self.audit.append(event)
            except AuditError:
                raise Refused(503, "audit_unavailable",
                              "request not re-sent: the audit trail cannot be written",
                              flavour=out.flavour, request_id=out.request_id) from None
        return new

    def _unscannable(self, walked: Walk) -> tuple[str, ...]:
        """Why parts of the request cannot be inspected, under this policy (sorted, unique)."""
        reasons = set(walked.unscannable)
        egress = self.policy.egress
        if walked.token_ids and egress.token_ids != "allow":
            reasons.add("unscannable:token_ids")
        for m in walked.media:
            if getattr(egress, m["kind"], "refuse") != "allow":
                reasons.add(f"unscannable:{m['kind']}")
        return tuple(sorted(reasons))

    # -- after the vendor answered -----------------------------------------------------------

    def finish(self, out: Outbound, status: int, content: bytes) -> bytes:
        """Restore a complete answer (errors included) and record how it went."""
        restored, confirmed = self.restore(out, status, content)
        self.record_response(out, status, confirmed)
        return restored

    def restore(self, out: Outbound, status: int, content: bytes) -> tuple[bytes, dict]:
        """A complete answer with the originals put back, and what the vendor confirmed in it
        (e.g. where it ran); `record_response` with both completes `finish`."""
        with out.trace.step("restore", sg_placeholders=len(out.protected.mapping)):
            restored = out.restorer.body(content)
        confirmed: dict[str, Any] = {}
        if status < 400 and out.card.vendor_confirms:  # the answer is parsed once for both
            try:
                document = orjson.loads(content)
            except orjson.JSONDecodeError:
                out.tokens = {}
            else:
                out.tokens = tokens_from_document(document)
                try:
                    confirmed = vendor_confirmed(out.card, document)
                except (TypeError, AttributeError):
                    confirmed = {}
        elif status < 400:
            out.tokens = tokens_from_answer(content)
        if out.translation is not None:  # restored in the vendor's shape, then translated
            restored = out.translation.response(status, restored)
        return restored, confirmed

    def record_response(self, out: Outbound, status: int, confirmed: dict | None = None, *,
                        error: str | None = None, details: dict[str, Any] | None = None
                        ) -> None:
        """The answer's audit record. The request already left, so a failure here is logged by
        the audit writer's health flag (readyz turns red) rather than raised at the client."""
        elapsed = (time.perf_counter() - out.started) * 1000
        upstream_ms = elapsed - out.detect_ms
        latency = {"detect": round(out.detect_ms, 3)}
        if out.queue_ms is not None:  # waited for detection: part of the caller's wait
            latency.update(queue=round(out.queue_ms, 3), upstream=round(upstream_ms, 3))
        latency["total"] = round(elapsed + (out.queue_ms or 0.0), 3)
        metrics.observe_response(out.route, out.decision, out.card.id, status, upstream_ms)
        out.trace.end(**{"http.response.status_code": status, "error.type": error},
                      sg_decision=out.decision, sg_card=out.card.id)
        if self.audit is None:
            return
        event = AuditEvent(
            kind="response", request_id=out.request_id, caller_request_id=out.caller_request_id,
            time=_now(), door=self.door,
            route=f"/v1/{out.route}", card_id=out.card.id, vendor=out.card.vendor,
            policy_id=self.policy.id, policy_hash=self.policy.sha256, decision=out.decision,
            status=status, vendor_confirmed=confirmed or {},
            latency_ms=latency, error=error, details=details or {}, attempts=list(out.attempts),
            tokens=out.tokens,
        )
        try:
            self.audit.append(event)
        except AuditError as exc:  # the writer marks itself unhealthy
            _log_audit_failure(exc)

    def _event(self, ctx: _Context, decision: str, reasons, target: ModelCard | None,
               status: int | None = None, error: str | None = None,
               out: Outbound | None = None) -> AuditEvent:
        p = ctx.protected
        return AuditEvent(
            kind="request", request_id=ctx.request_id, caller_request_id=ctx.caller_request_id,
            time=_now(), door=self.door,
            caller=ctx.caller or ctx.headers.get(self.policy.audit.caller_header.lower()),
            route=f"/v1/{ctx.route}", model_requested=_safe(ctx.model) if ctx.model else None,
            vendor=target.vendor if target else None, card_id=target.id if target else None,
            card_hash=target.card_hash if target else None,
            requested_card_id=ctx.requested.id if ctx.requested else None,
            policy_id=self.policy.id, policy_hash=self.policy.sha256, decision=decision,
            reasons=list(reasons),
            detected_class=p.detected_class.value if p else None,
            outbound_class=p.outbound_class.value if p else None,
            entities=_entity_summary(p) if p else [],
            fingerprints=[{"type": t, "hmac": h} for t, h in p.fingerprints] if p else [],
            signals_sent=out.signals_sent if out else {},
            controls_sent=out.controls_sent if out else {},
            headers_dropped=ctx.headers_dropped,
            status=status, latency_ms={k: round(v, 3) for k, v in ctx.latency.items()},
            redacted_text=list(p.texts) if p and self.policy.audit.keep_redacted_text else [],
            unscanned_media=list(ctx.media),
            error=error,
        )


class _Context:
    """What is known about a request so far; builds refusals and writes the decision record."""

    def __init__(self, pipeline: Pipeline, request_id: str, route: str, flavour: Flavour,
                 headers: Mapping[str, str], started: float, *, known: bool = True,
                 caller: str | None = None):
        self.pipeline, self.request_id, self.route = pipeline, request_id, route
        self.flavour, self.headers, self.started = flavour, headers, started
        self.known = known
        self.caller = caller  # the authenticated client, when there is one
        self.model: str | None = None
        self.requested: ModelCard | None = None
        self.protected: Protected | None = None
        self.latency: dict[str, float] = {}
        self.trace: tracing.Trace | tracing._Null = tracing.NOOP
        self.media: list[dict[str, Any]] = []
        self.headers_dropped: list[str] = []  # names only, known once the request may leave
        self.caller_request_id: str | None = None  # the caller's own id, when it sent one

    def refuse(self, status: int, code: str, message: str, *,
               reasons: tuple[str, ...] = ()) -> Refused:
        """The refusal to raise, its block record written first (a 503 if it cannot be)."""
        reasons = reasons or (code,)
        event = self.pipeline._event(self, "block", reasons, self.requested, status=status,
                                     error=code if status >= 500 else None)
        try:
            self.write(event)
        except Refused as unavailable:
            return unavailable
        return Refused(status, code, message, flavour=self.flavour,
                       request_id=self.request_id, reasons=reasons)

    def write(self, event: AuditEvent) -> None:
        log = self.pipeline.audit
        if log is None:
            return
        try:
            log.append(event)
        except AuditError as exc:  # its cause (disk full, read-only...) goes to the log
            _log_audit_failure(exc)
            raise Refused(503, "audit_unavailable",
                          "request not sent: the audit trail cannot be written",
                          flavour=self.flavour, request_id=self.request_id) from None


def _parse(raw: bytes, ctx: _Context) -> dict[str, Any]:
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ctx.refuse(422, "invalid_encoding", "request body is not UTF-8") from None
        raise ctx.refuse(422, "invalid_json", "request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise ctx.refuse(422, "invalid_body", "request body must be a JSON object")
    if not isinstance(body.get("model"), str) or not body["model"]:
        raise ctx.refuse(422, "missing_model", "request body needs a 'model' string")
    return body


def _log_audit_failure(exc: AuditError) -> None:
    """An audit write that failed, with its cause: the writer's messages name the log and the
    OS error (`write failed (No space left on device)`), never a record's content."""
    log.error("audit record not written: %s", exc)


def _redacted_in_documents(slots, p: Protected) -> tuple[str, ...]:
    """Reasons to refuse: a finding that must be redacted inside a document the guard can
    read but not rewrite (a PDF's text layer)."""
    docs = {i for i, slot in enumerate(slots) if _innermost(slot).kind == "document"}
    found = {f.type for f in p.findings if f.part in docs and f.action is not Action.ALLOW}
    return tuple(sorted(f"document_contains:{t}" for t in found))


def _innermost(slot):
    while slot.inner is not None:
        slot = slot.inner
    return slot


def _entity_summary(p: Protected) -> list[dict[str, Any]]:
    groups: dict[tuple[str, Action], list] = {}
    for f in p.findings:
        groups.setdefault((f.type, f.action), []).append((f.part, f.start, f.end))
    return [
        {"type": t, "action": a.value, "count": len(offsets), "offsets": offsets}
        for (t, a), offsets in sorted(groups.items())
    ]


def _blocked_message(reasons) -> str:
    return "sovereign-guard blocked this request: " + ", ".join(reasons)


def _safe(model: str | None) -> str:
    """Client-chosen model names go into messages and audit; keep them short and printable."""
    return "".join(c for c in (model or "")[:100] if c.isprintable())


_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# Six digits or more, separators between digits ignored: an account, card or phone number
# used as a request id would otherwise be stored verbatim in the audit record.
_NUMBER_LIKE = re.compile(r"\d(?:[._:-]?\d){5}")


def _request_id(given: str | None) -> str | None:
    """The caller's id when it is a plain token (so logs and audit can be joined with the
    caller's), else none: a header value is never trusted to be short or printable, and an id
    that reads like a number (six digits or more; a UUID is fine) is not kept. It is recorded
    as `caller_request_id` only; callers reuse ids, so each record gets its own."""
    if not given or not _REQUEST_ID.fullmatch(given):
        return None
    if _UUID.fullmatch(given) or not _NUMBER_LIKE.search(given):
        return given
    return None


def _now() -> datetime:
    return datetime.now(UTC)


__all__ = ["DataClass", "Outbound", "Pipeline", "Refused"]
