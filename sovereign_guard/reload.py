"""Hot reload: the policy and the model cards re-read while serving, swapped whole.

What serves is one `Loaded`: the main pipeline, its exchange, the exchanges of the policies
clients are bound to, and the fingerprint of the files they came from. A request reads it
once when it starts, so it runs entirely under the old configuration or entirely under the
new one, and a stream in flight keeps the one it started with.

A reload builds the successor off to the side from the same files (the policy's path, the
models directory, the clients' policies), checks it as start-up does (the policy parses, the
cards load and verify under it, the analyzer builds), writes a `reload` audit event with the
old and new hashes, and only then swaps the one reference. Anything wrong keeps the old
configuration serving: an error log line (the file and the problem, never a value), a count
in `sovereign_guard_reloads_total{outcome="failed"}` and a `reload` event with the hashes of
what was attempted. Audit settings are bound to the open audit log: a policy that changes
them is refused until a restart.

Triggers: SIGHUP (every worker of `serve --workers N`: the supervisor forwards it), a poll of
the files every `interval` seconds (`stat` only; content hashes decide whether anything
changed, after the files stayed the same for one more poll so a half-written file is not
read), and `LiveConfig.reload()` in-process.
"""

from __future__ import annotations

import hashlib
import logging
import os
import signal
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import metrics
from .audit import AuditEvent
from .core import Guard
from .errors import AuditError, GuardError
from .policy import DataClass, Policy, load_policy, resolve_policy_path
from .vendors import Registry, check_contract, compliant_classes, load_registry
from .vendors.registry import CARD_SUFFIXES
from .vendors.signing import SIG_SUFFIX

if TYPE_CHECKING:  # pragma: no cover
    from .clients import ClientStore
    from .exchange import Exchange
    from .pipeline import Pipeline

log = logging.getLogger("sovereign_guard.reload")

_WATCHED = (*CARD_SUFFIXES, SIG_SUFFIX)  # a models directory's files that make its cards
WARM_UP = "Reload check: the new guard reads this sentence once before it serves."
MISSING = "missing"  # the digest of a file that is not there (or not readable)


# -- what was loaded from which bytes ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """Content hashes (SHA-256, hex) of the files a configuration was built from."""

    policy: str  # the main policy file: equals `Policy.sha256` of the policy it parsed to
    cards: str   # every card and signature file of the models directory, with its name
    other: str   # trusted-key files and the policies clients are bound to
    files: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def config(self) -> str:
        """One hash for the whole configuration."""
        return _digest(f"{self.policy}\n{self.cards}\n{self.other}".encode())

    def as_dict(self) -> dict[str, str]:
        return {"config": self.config, "policy": self.policy, "cards": self.cards,
                "other": self.other}

    def changed(self, other: Fingerprint) -> list[str]:
        """The files whose content differs between the two (names only, sorted)."""
        names = set(self.files) | set(other.files)
        return sorted(n for n in names if self.files.get(n) != other.files.get(n))


@dataclass(frozen=True, slots=True)
class Sources:
    """The files a configuration is read from (the main policy's path is None when it was
    not read from a file: then only the cards reload)."""

    policy: Path | None
    models: Path
    keys: tuple[Path, ...] = ()  # trusted-key files named by the policies
    client_policies: tuple[tuple[str, Path], ...] = ()  # (reference, file)

    def paths(self) -> list[Path]:
        fixed = [self.policy] if self.policy is not None else []
        return [*fixed, *self.keys, *(p for _, p in self.client_policies), *self.card_files()]

    def card_files(self) -> list[Path]:
        try:
            names = sorted(os.listdir(self.models))
        except OSError:
            return []
        return [self.models / n for n in names if n.endswith(_WATCHED)]

    def stamp(self) -> tuple:
        """Cheap: what `stat` says of every file (a changed stamp means: hash them)."""
        out = []
        for path in self.paths():
            try:
                info = os.stat(path)
                out.append((str(path), info.st_ino, info.st_size, info.st_mtime_ns))
            except OSError:
                out.append((str(path), None))
        return tuple(out)

    def fingerprint(self) -> Fingerprint:
        files: dict[str, str] = {}
        policy = _file_digest(self.policy) if self.policy is not None else MISSING
        if self.policy is not None:
            files[str(self.policy)] = policy
        cards = []
        for path in self.card_files():
            files[str(path)] = digest = _file_digest(path)
            cards.append(f"{path.name}\0{digest}\n")
        other = []
        for path in self.keys:
            files[str(path)] = digest = _file_digest(path)
            other.append(f"key\0{path}\0{digest}\n")
        for ref, path in self.client_policies:
            files[str(path)] = digest = _file_digest(path)
            other.append(f"client\0{ref}\0{digest}\n")
        return Fingerprint(policy, _digest("".join(cards).encode()),
                           _digest("".join(other).encode()), files)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_digest(path: Path) -> str:
    try:
        return _digest(path.read_bytes())
    except OSError:
        return MISSING


def _policy_file(policy: Policy) -> Path | None:
    path = Path(policy.source)
    return path if path.is_file() else None


def _key_files(policy: Policy) -> list[Path]:
    """`vendors.trusted_keys` entries that are files (inline keys are in the policy itself)."""
    source = _policy_file(policy)
    out = []
    for entry in policy.vendors.trusted_keys:
        path = Path(entry.strip()).expanduser()
        if not path.is_absolute() and source is not None:
            path = source.parent / path
        if path.is_file():
            out.append(path)
    return out


# -- the configuration that serves ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Loaded:
    """One configuration, whole: what a request reads once when it starts."""

    pipeline: Pipeline
    exchange: Exchange
    by_policy: Mapping[str, Exchange]  # clients' own policies, by the reference they name
    sources: Sources
    fingerprint: Fingerprint
    warnings: tuple[str, ...] = ()

    def exchange_for(self, policy: str | None) -> Exchange | None:
        """The exchange of a client's policy (the main one without); None when it is not
        loaded (a client bound to a new policy since the last load)."""
        if not policy:
            return self.exchange
        return self.by_policy.get(policy)


def _exchange(pipeline: Pipeline) -> Exchange:
    from .exchange import Exchange

    return Exchange(pipeline)


def first(pipeline: Pipeline, clients: ClientStore | None = None, *,
          make_exchange: Callable[[Pipeline], Exchange] = _exchange) -> Loaded:
    """The configuration of a freshly loaded pipeline: the clients' policies loaded beside it
    (sharing its cards directory, audit log and tenant key)."""
    from .clients import load_client_policy

    refs = _client_refs(clients, ())
    pipelines: dict[str, Pipeline] = {}
    for ref in refs:
        policy = load_client_policy(ref)
        same = _same(policy, pipeline.policy)
        pipelines[ref] = pipeline if same else pipeline.with_policy(policy)
    return _assemble(pipeline, pipelines, make_exchange)


def successor(current: Loaded, clients: ClientStore | None = None, *,
              make_exchange: Callable[[Pipeline], Exchange] = _exchange,
              fingerprint: Fingerprint | None = None) -> Loaded:
    """The next configuration, read from `current`'s files and checked; raises GuardError
    (the file and the problem) when it cannot serve. `fingerprint`: of the files as they
    were just before they were read (a change while loading is then seen at the next look)."""
    from .clients import load_client_policy

    old = current.pipeline
    source = current.sources.policy
    policy = load_policy(source) if source is not None else old.policy
    if policy.audit != old.policy.audit:
        raise ReloadRefused(f"{policy.source}: the audit settings changed; they apply to the "
                            "open audit log at the next restart")
    main = _next(old, policy, load_registry(current.sources.models, policy))
    pipelines: dict[str, Pipeline] = {}
    for ref in _client_refs(clients, tuple(current.by_policy)):
        bound = load_client_policy(ref)
        if _same(bound, policy):
            pipelines[ref] = main
            continue
        before = current.by_policy.get(ref)
        prev = before.pipeline if before is not None and before.pipeline is not old else None
        registry = load_registry(current.sources.models, bound)
        pipelines[ref] = _next(prev, bound, registry, key_of=main)
    return _assemble(main, pipelines, make_exchange, fingerprint)


def _assemble(main: Pipeline, pipelines: Mapping[str, Pipeline],
              make_exchange: Callable[[Pipeline], Exchange],
              fingerprint: Fingerprint | None = None) -> Loaded:
    exchange = make_exchange(main)
    by_policy = {ref: exchange if p is main else make_exchange(p)
                 for ref, p in pipelines.items()}
    sources = Sources(
        policy=_policy_file(main.policy), models=main.registry.directory,
        keys=tuple(dict.fromkeys(k for p in (main, *pipelines.values())
                                 for k in _key_files(p.policy))),
        client_policies=tuple((ref, Path(p.policy.source)) for ref, p in sorted(pipelines.items())
                              if _policy_file(p.policy) is not None))
    warnings = tuple(usable_warnings(main.registry, main.policy))
    return Loaded(main, exchange, by_policy, sources, fingerprint or sources.fingerprint(),
                  warnings)


def _next(prev: Pipeline | None, policy: Policy, registry: Registry, *,
          key_of: Pipeline | None = None) -> Pipeline:
    """`prev`'s successor under `policy` and `registry`: its guard kept when the policy is
    the same (its caches and analyzer stay warm), else a new guard that keeps its memory of
    values already redacted (once detected, always detected survives a reload)."""
    from .pipeline import Pipeline

    base = prev if prev is not None else key_of
    assert base is not None
    if prev is not None and _same(policy, prev.policy):
        guard = prev.guard
    else:
        guard = Guard(policy, tenant_key=base.guard.vault.key)
        # Run once off to the side: the analyzer works, and the first request after the swap
        # does not pay for what a guard sets up on first use.
        guard.protect([WARM_UP])
        if prev is not None:
            guard.known = prev.guard.known
    return Pipeline(guard, registry, base.audit, door=base.door)


def _same(a: Policy, b: Policy) -> bool:
    return a.source == b.source and a.sha256 == b.sha256


def _client_refs(clients: ClientStore | None, fallback: tuple[str, ...]) -> list[str]:
    """The policies clients are bound to now; the ones already loaded when the keys file
    cannot be read (the store itself fails closed on it, request by request)."""
    if clients is None:
        return []
    from .clients import ClientKeysError

    try:
        return sorted(clients.current().policies)
    except ClientKeysError:
        return sorted(fallback)


def usable_warnings(registry: Registry, policy: Policy) -> list[str]:
    """A warning when no card may receive even public data under `policy` (the strict policy
    with the shipped, unsigned cards): every request will be refused."""
    today = date.today()
    if any(compliant_classes(card, policy, today) for card in registry.cards):
        return []
    reasons = sorted({r for card in registry.cards
                      for r in check_contract(card, policy, DataClass.PUBLIC, today)})
    return [f"no vendor card is usable under policy {policy.id} ({len(registry.cards)} "
            f"card(s); reasons: {', '.join(reasons) or 'none'}): every request will be "
            "refused (403) until a card complies (`sovereign-guard vendors check`)"]


class ReloadRefused(GuardError):
    """The new files load but cannot replace the running configuration."""


# -- swapping it ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Result:
    """How one reload went. `new` is what was attempted (the files as read)."""

    outcome: str  # ok | failed
    trigger: str  # sighup | watch | call
    old: Fingerprint
    new: Fingerprint
    error: str | None = None  # the exception's class
    problem: str | None = None  # its message: the file and what is wrong, never a value
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


class LiveConfig:
    """The one reference to the configuration that serves, and how it is replaced.

    `current` is read once per request. `reload()` (any thread) builds, checks, records and
    swaps; `request()` asks the watcher thread to (safe in a signal handler); `watch()`
    starts that thread, which also polls the files every `interval` seconds (0: SIGHUP and
    `reload()` only)."""

    def __init__(self, loaded: Loaded, *, clients: ClientStore | None = None,
                 make_exchange: Callable[[Pipeline], Exchange] = _exchange,
                 on_swap: Callable[[Loaded, Loaded], None] | None = None):
        self.current = loaded
        self.clients = clients
        self.make_exchange = make_exchange
        self.on_swap = on_swap
        self._lock = threading.Lock()  # one reload at a time
        self._wake = threading.Event()
        self._triggers: list[str] = []
        self._thread: threading.Thread | None = None
        self._stop = False
        # The watcher's view: the files' last stamp, and the fingerprint last tried (a
        # broken file is reported once, not at every poll).
        self._seen = loaded.sources.stamp()
        self._tried = loaded.fingerprint.config

    def reload(self, trigger: str = "call") -> Result:
        with self._lock:
            return self._reload(trigger)

    def _reload(self, trigger: str) -> Result:
        current = self.current
        sources = self._sources(current)
        stamp, attempted = sources.stamp(), sources.fingerprint()  # before anything is read
        self._tried = attempted.config
        try:
            new = successor(current, self.clients, make_exchange=self.make_exchange,
                            fingerprint=attempted)
        except GuardError as exc:
            return self._failed(current, attempted, trigger, exc, str(exc))
        except Exception as exc:  # a fault: keep serving; the class only, never a message
            return self._failed(current, attempted, trigger, exc, None)
        result = Result("ok", trigger, current.fingerprint, new.fingerprint,
                        warnings=new.warnings)
        try:
            self._record(current, result, new.pipeline.policy)
        except AuditError as exc:  # nothing changes unless the change was recorded
            return self._failed(current, attempted, trigger, exc, str(exc), recorded=False)
        self.current = new
        self._seen = stamp
        metrics.observe_reload(trigger, "ok")
        log.info("reloaded", extra={"fields": {
            "trigger": trigger, "policy": new.pipeline.policy.id,
            "cards": len(new.pipeline.registry.cards), "old_hash": result.old.config,
            "new_hash": result.new.config, "changed": _names(result)}})
        for warning in new.warnings:
            log.warning("reload_warning", extra={"fields": {"warning": warning}})
        if self.on_swap is not None:
            self.on_swap(current, new)
        return result

    def _sources(self, current: Loaded) -> Sources:
        """`current`'s files, with the clients' policies as the keys file names them now."""
        refs = _client_refs(self.clients, tuple(current.by_policy))
        if refs == sorted(current.by_policy):
            return current.sources
        known = dict(current.sources.client_policies)
        paths = tuple((r, known.get(r) or resolve_policy_path(r)) for r in refs)
        return Sources(current.sources.policy, current.sources.models, current.sources.keys,
                       paths)

    def _failed(self, current: Loaded, attempted: Fingerprint, trigger: str, exc: Exception,
                problem: str | None, *, recorded: bool = True) -> Result:
        result = Result("failed", trigger, current.fingerprint, attempted,
                        error=type(exc).__name__, problem=problem)
        metrics.observe_reload(trigger, "failed")
        log.error("reload_failed", extra={"fields": {
            "trigger": trigger, "error": result.error, "problem": problem,
            "old_hash": result.old.config, "attempted_hash": result.new.config}})
        if recorded:
            try:
                self._record(current, result, current.pipeline.policy)
            except AuditError as audit_exc:
                log.error("audit record not written: %s", audit_exc)
        return result

    def _record(self, current: Loaded, result: Result, policy: Policy) -> None:
        audit = current.pipeline.audit
        if audit is None:
            return
        details: dict[str, Any] = {
            "outcome": result.outcome, "trigger": result.trigger,
            "old": result.old.as_dict(), "new": result.new.as_dict(),
            "changed": _names(result),
        }
        if result.problem:
            details["problem"] = result.problem
        if result.warnings:
            details["warnings"] = list(result.warnings)
        audit.append(AuditEvent(
            kind="reload", request_id=f"reload-{uuid.uuid4().hex}", time=datetime.now(UTC),
            door=current.pipeline.door, policy_id=policy.id, policy_hash=policy.sha256,
            error=result.error, details=details))

    # -- triggers ---------------------------------------------------------------------------

    def request(self, trigger: str = "sighup") -> None:
        """Ask the watcher thread for a reload (what a signal handler may do)."""
        self._triggers.append(trigger)
        self._wake.set()

    def poll(self) -> Result | None:
        """One look at the files: a reload when their content changed and they stayed the
        same since the previous look (None: nothing to do)."""
        current = self.current
        sources = self._sources(current)
        stamp = sources.stamp()
        if stamp != self._seen:  # changing: look again next time, when it has settled
            self._seen = stamp
            return None
        attempted = sources.fingerprint()
        if attempted.config in (current.fingerprint.config, self._tried):
            return None
        return self.reload("watch")

    def watch(self, interval: float) -> None:
        """Start the watcher thread (a daemon): SIGHUP-requested reloads, and a poll of the
        files every `interval` seconds when it is above 0."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, args=(interval,),
                                        name="guard-reload", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop = True
        self._wake.set()

    def _run(self, interval: float) -> None:
        while not self._stop:
            woken = self._wake.wait(interval if interval > 0 else None)
            if self._stop:
                return
            try:
                if woken:
                    self._wake.clear()
                    triggers, self._triggers[:] = list(self._triggers), []
                    self.reload(triggers[0] if triggers else "sighup")
                else:
                    self.poll()
            except Exception as exc:  # the watcher never dies of one bad look
                log.error("reload_failed", extra={"fields": {"error": type(exc).__name__}})


def _names(result: Result) -> list[str]:
    return sorted(Path(n).name for n in result.new.changed(result.old))


def on_sighup(callback: Callable[[], None]) -> bool:
    """Call `callback` on SIGHUP (it must only set a flag or an event). Main thread only;
    False where signals cannot be handled here (another thread, or no SIGHUP)."""
    if not hasattr(signal, "SIGHUP") or threading.current_thread() is not threading.main_thread():
        return False
    signal.signal(signal.SIGHUP, lambda signum, frame: callback())
    return True


__all__ = ["Fingerprint", "LiveConfig", "Loaded", "Result", "Sources", "first", "successor",
           "usable_warnings", "on_sighup"]
