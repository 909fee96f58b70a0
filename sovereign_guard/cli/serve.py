"""`sovereign-guard serve`: run the sidecar proxy."""

from __future__ import annotations

import argparse
import atexit
import dataclasses
import errno
import os
import shutil
import socket
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..policy import Policy
    from ..settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="run the sidecar proxy (OpenAI- and Anthropic-compatible)",
        description="Run the sidecar: point your applications' LLM base URL at "
        "http://HOST:PORT/v1. Every request is redacted per policy, checked against the "
        "vendor's model card, forwarded to the card's base_url, restored and audited. "
        "Flags override SOVEREIGN_GUARD_* environment variables (resolved in settings.py). "
        "Without a client keys file it serves any caller that reaches its address; with one, "
        "only holders of a client key (see `sovereign-guard clients --help`). SIGHUP, or a "
        "change to the policy or card files, reloads them without a restart; a broken file "
        "keeps the running configuration (README \"Reloading policy and cards\").",
    )
    # No defaults here: a flag not given is None, and `Settings.resolve` fills it from the
    # environment, then its own defaults, as for every other door.
    p.add_argument("--host", help="address to bind (default 127.0.0.1: loopback only)")
    p.add_argument("--port", type=port_number,
                   help="port, 0-65535 (default 8787; 0: any free port, printed at start)")
    p.add_argument("--policy",
                   help="policy name (default, strict) or YAML path (default: default)")
    p.add_argument("--models",
                   help="directory of vendor model cards (default: the shipped models/)")
    p.add_argument("--audit-dir",
                   help="audit log directory (default: $SOVEREIGN_GUARD_HOME/audit)")
    p.add_argument("--keys",
                   help="audit keyset file (default: $SOVEREIGN_GUARD_HOME/audit-keys.json, "
                   "created only when missing and the audit directory holds no logs)")
    p.add_argument("--allowed-host", action="append", dest="allowed_hosts", metavar="NAME",
                   default=[],
                   help="a Host name clients use to reach the sidecar, besides loopback and "
                   "--host (repeatable; '*' for any). Other names are refused (421), which "
                   "stops DNS-rebinding pages")
    p.add_argument("--allowed-origin", action="append", dest="allowed_origins", metavar="ORIGIN",
                   default=[],
                   help="a web origin (https://app.example) allowed to call the sidecar "
                   "(repeatable); requests from any other web page are refused (403)")
    p.add_argument("--workers", type=worker_count,
                   help="worker processes; each writes its own audit log (default 1)")
    p.add_argument("--reload-interval", type=seconds, metavar="SECONDS",
                   help="seconds between looks at the policy and card files; changed files "
                   "are reloaded without a restart, as on SIGHUP (default 2; 0: SIGHUP only)")
    p.add_argument("--log-level", choices=["debug", "info", "warning", "error"])
    p.set_defaults(handler=run)


def port_number(text: str) -> int:
    """An argparse type: a TCP port. Out-of-range ports are refused, not wrapped modulo
    65536 into another port."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"port {value} is out of range (0-65535)")
    return value


def worker_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of workers: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def seconds(text: str) -> float:
    """An argparse type: a finite number of seconds, 0 or more."""
    import math

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds, got {text!r}")
    return value


def _check_numbers(settings: Settings) -> None:
    """Port and workers from the environment have not been through argparse's checks."""
    from ..errors import GuardError

    for name, check, value in (("port", port_number, settings.port),
                               ("workers", worker_count, settings.workers),
                               ("reload interval", seconds, settings.reload_interval)):
        try:
            check(str(value))
        except argparse.ArgumentTypeError as exc:
            raise GuardError(f"{name}: {exc}") from None


def run(args: argparse.Namespace) -> int:
    import signal

    if not hasattr(signal, "SIGHUP"):
        return _run(args)
    # SIGHUP's default ends the process: ignored until the app (or the supervisor) hooks it
    # to reload; nothing is loaded before then, so nothing is missed.
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        return _run(args)
    finally:
        signal.signal(signal.SIGHUP, before)


def _run(args: argparse.Namespace) -> int:
    from ..server.logs import setup_logging
    from ..settings import ENV, Settings

    settings = Settings.resolve(policy=args.policy, models=args.models, audit_dir=args.audit_dir,
                                keys=args.keys, host=args.host, port=args.port,
                                workers=args.workers, log_level=args.log_level,
                                reload_interval=args.reload_interval)
    _check_numbers(settings)  # from the environment they have not been through argparse
    # The port first: a busy one is one line before anything is created or loaded (no
    # keyset, no audit log left behind by a start that could never serve).
    listener = bind_listener(settings.host, settings.port, settings.workers)
    settings = dataclasses.replace(settings, port=listener.getsockname()[1])  # 0: the real one
    policy, keys_path, created, warnings = preflight(settings)
    warnings += usable_card_warnings(settings, policy)
    callers, clients_path, client_warnings = check_clients(settings, policy)
    warnings += client_warnings
    if clients_path is not None:  # every worker reads this very file, or fails to start
        os.environ["SOVEREIGN_GUARD_CLIENT_KEYS"] = str(clients_path.resolve())
    # The workers (`app_from_env`) resolve the same settings from the environment; the
    # browser checks' lists add the flags to what the environment already lists.
    os.environ.update(dataclasses.replace(settings, keys=keys_path).as_env())
    for name, items in (("ALLOWED_HOSTS", args.allowed_hosts),
                        ("ALLOWED_ORIGINS", args.allowed_origins)):
        if joined := ",".join(filter(None, (os.environ.get(ENV + name, ""), *items))):
            os.environ[ENV + name] = joined
    setup_logging(settings.log_level)
    if settings.workers > 1:
        _shared_metrics()
        # Workers die with this process, even killed with -9 (server/lifeline.py).
        from ..server.lifeline import SUPERVISOR_ENV

        os.environ[SUPERVISOR_ENV] = str(os.getpid())
    for warning in warnings:
        print(f"sovereign-guard: warning: {warning}", file=sys.stderr)
    if created:
        print(f"sovereign-guard: created audit keyset {keys_path} (mode 0600); back it up",
              file=sys.stderr)
    print(f"sovereign-guard: serving http://{settings.host}:{settings.port}/v1 with policy "
          f"{policy.id} ({settings.workers} worker(s))", file=sys.stderr)
    print(f"sovereign-guard: {callers}", file=sys.stderr)
    return serve_on(listener, settings)


def bind_listener(host: str, port: int, workers: int = 1) -> socket.socket:
    """The listening socket, bound here rather than by uvicorn: "serving" is printed only
    once the address is ours, and a busy port is one line and exit 2.

    With several workers on Linux the socket is bound with SO_REUSEPORT and never listens: it
    holds the port while each worker listens on a socket of its own in the same group
    (`WorkerListener`), and the kernel spreads new connections over the workers by a hash of
    their addresses. On one shared listening socket the first worker to wake accepts a whole
    burst, so persistent connections opened together land on one worker (measured 16/0,
    15/1 of 16)."""
    from ..errors import GuardError

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    spread = workers > 1 and SPREAD
    try:
        if spread:
            sock = _port_holder(host, port, family)
        else:
            sock = socket.create_server((host, port), family=family, backlog=BACKLOG)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise GuardError(f"cannot listen on {host}:{port}: the port is already in use "
                             "(another sidecar?); stop it or choose another --port") from None
        raise GuardError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    sock.set_inheritable(True)  # the worker processes serve this very socket (or its port)
    return sock


BACKLOG = 2048
WORKER_HEALTHCHECK_SECONDS = 30
# Linux balances SO_REUSEPORT listeners; BSD and macOS give each new connection to the last
# bound socket, which would be no spread at all: there the workers share one socket.
SPREAD = sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def _port_holder(host: str, port: int, family: int) -> socket.socket:
    """A socket bound to the port with SO_REUSEPORT, not listening (the kernel hands
    connections to listening sockets only).

    SO_REUSEPORT would also let another process of this user join the port unnoticed (a
    second sidecar under another policy), so the port is first bound without it, as one
    worker binds it (SO_REUSEADDR: an earlier run's TIME_WAIT connections do not count):
    taken is EADDRINUSE. The holder itself has no SO_REUSEADDR, so that probe fails against
    it too while the workers start; only when TIME_WAIT connections of an earlier
    single-socket run refuse it does it take SO_REUSEADDR as well."""
    with _bound(host, port, family, reuse_port=False) as probe:
        port = probe.getsockname()[1]  # 0: the free port the kernel chose
    try:
        return _bound(host, port, family, reuse_addr=False)
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        return _bound(host, port, family)


def _bound(host: str, port: int, family: int, *, reuse_addr: bool = True,
           reuse_port: bool = True) -> socket.socket:
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        if reuse_addr:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)  # as create_server
        sock.bind((host, port))
    except BaseException:
        sock.close()
        raise
    return sock


class WorkerListener:
    """Stands for the port in the list of sockets uvicorn's supervisor hands every worker:
    pickled to a worker (multiprocessing spawn), it becomes a new listening socket of that
    worker's own, in the SO_REUSEPORT group of the supervisor's `_port_holder`. A worker
    that dies closes only its own socket; its replacement makes another."""

    def __init__(self, holder: socket.socket):
        name = holder.getsockname()
        self.host, self.port, self.family = name[0], name[1], holder.family

    def __reduce__(self) -> tuple:
        return _worker_listener, (self.host, self.port, int(self.family))


def _worker_listener(host: str, port: int, family: int) -> socket.socket:
    sock = _bound(host, port, family)
    sock.listen(BACKLOG)
    return sock


def serve_on(listener: socket.socket, settings: Settings) -> int:
    """uvicorn on the socket `bind_listener` opened (one process, or `--workers` processes
    sharing it, or each listening on its own socket of its port: see `bind_listener`)."""
    import functools

    import uvicorn

    from ..server.protocol import BoundedH11Protocol

    cap = min(settings.max_connections, _more_descriptors())
    config = uvicorn.Config(
        "sovereign_guard.server.app:app_from_env",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        log_level=settings.log_level if settings.log_level != "info" else "warning",
        access_log=False,  # access logs carry paths and client data we do not want in logs
        timeout_graceful_shutdown=10,
        # uvicorn kills a worker that does not answer its supervisor's ping within this; its
        # default (5 s) kills workers still loading spaCy on a busy host, again and again.
        timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS,
        # Slow and idle clients cannot hold connections for ever (server/protocol.py): headers
        # within header_timeout, bodies within body_timeout (the app's body reader), idle
        # connections closed after keep_alive, at most max_connections per worker (503 beyond).
        http=functools.partial(BoundedH11Protocol, header_timeout=settings.header_timeout),
        timeout_keep_alive=settings.keep_alive,  # type: ignore[arg-type]
        # ...and every answer says how long (RFC 9110 Keep-Alive; undici and others expire a
        # pooled connection before that), so a client does not reuse one as it is closed.
        headers=[("keep-alive", f"timeout={int(settings.keep_alive)}")],
        limit_concurrency=cap,
        h11_max_incomplete_event_size=H11_MAX_HEADER_BYTES,
        backlog=BACKLOG,
    )
    server = uvicorn.Server(config)
    try:
        if settings.workers > 1:
            listening = listener.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN)
            sockets = [listener] if listening else [WorkerListener(listener)]
            _supervisor(config, sockets=sockets).run()
            return 0
        server.run(sockets=[listener])
    except KeyboardInterrupt:
        pass
    finally:
        listener.close()
    return 0 if server.started or settings.workers > 1 else 1


def _supervisor(config, sockets):  # uvicorn is imported only to serve
    """uvicorn's supervisor of `--workers N`, with SIGHUP passed on to every worker: each
    reloads its policy and cards in place (reload.py). uvicorn's own SIGHUP restarts the
    workers instead: every one reloads spaCy, and one whose new files are broken replaces a
    serving worker with one that never gets ready."""
    import contextlib
    import signal

    from uvicorn.supervisors import Multiprocess

    class Supervisor(Multiprocess):
        def handle_hup(self) -> None:
            for process in self.processes:
                # Only to a worker that has started: before, SIGHUP's default would end it,
                # and it has not read its files yet (it will read the new ones).
                if process.pid is not None and process.exitcode is None and process.is_ready(
                        timeout=5):
                    with contextlib.suppress(ProcessLookupError):  # gone: it is replaced
                        os.kill(process.pid, signal.SIGHUP)

    return Supervisor(config, sockets)


def check_audit_dir(directory: Path) -> None:
    """The audit directory can be created and written: a path that is a file, a read-only
    file system or a full disk is one line now rather than a sidecar that never gets ready.
    Nothing is created here."""
    from ..errors import GuardError

    if directory.exists() and not directory.is_dir():
        raise GuardError(f"audit directory {directory} is a file, not a directory "
                         "(choose another --audit-dir)")
    existing = directory
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise GuardError(f"audit directory {directory}: {existing} is a file, not a directory")
    try:
        stats = os.statvfs(existing)
    except OSError as exc:
        raise GuardError(f"audit directory {directory}: cannot check it "
                         f"({exc.strerror or exc})") from None
    if stats.f_flag & os.ST_RDONLY:
        raise GuardError(f"audit directory {directory}: read-only file system")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise GuardError(f"audit directory {directory}: {existing} is not writable by this "
                         "user (permission denied)")
    if stats.f_bavail == 0:
        raise GuardError(f"audit directory {directory}: no space left on its file system")


def usable_card_warnings(settings: Settings, policy: Policy) -> list[str]:
    """A warning when no card may receive even public data under `policy` (the strict policy
    with the shipped, unsigned cards): the sidecar starts, and refuses every request."""
    from ..reload import usable_warnings
    from ..vendors import load_registry

    return usable_warnings(load_registry(settings.models, policy), policy)


H11_MAX_HEADER_BYTES = 64 * 1024  # request line and headers together (uvicorn's default: 16 KiB)


def _more_descriptors() -> int:
    """Raise the soft open-files limit to the hard one (at most 65,536): the default 1,024 is
    fewer than `max_connections` plus the audit log and the vendor connections. Returns how
    many connections fit: each may need a vendor connection too, and some descriptors are the
    process's own. A cap above that would let slow clients exhaust them before it applies."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        want = 65536 if hard == resource.RLIM_INFINITY else min(hard, 65536)
        if soft != resource.RLIM_INFINITY and soft < want:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
            soft = want
    except (ImportError, ValueError, OSError):  # not Unix, or not allowed: keep the limit
        return 1 << 30
    return max(16, (soft - 64) // 2) if soft != resource.RLIM_INFINITY else 1 << 30


def preflight(settings: Settings) -> tuple[Policy, Path, bool, list[str]]:
    """Check what can be checked before binding a port: a broken policy, card directory,
    tenant key or keyset is one line and exit 2 here, not a server that never becomes ready.
    Returns (policy, keyset path, whether the keyset was created, warnings)."""
    from ..audit.keys import check_keyset_fits_logs, ensure_keyset
    from ..errors import GuardError
    from ..home import TENANT_KEY_ENV, TENANT_KEY_FILE, exposed_mode, home, tenant_key
    from ..policy import load_policy
    from ..vendors import load_registry

    if settings.workers < 1:
        raise GuardError("--workers must be at least 1")
    policy = load_policy(settings.policy)
    if policy.audit.enabled:
        check_audit_dir(settings.audit_dir or home() / "audit")
    load_registry(settings.models, policy)
    secrets: list[Path] = []
    if not os.environ.get(TENANT_KEY_ENV):
        secrets.append(home() / TENANT_KEY_FILE)
    _refuse_exposed(secrets)  # before reading: never use a key others may have copied
    tenant_key()  # a malformed key is one line here (created 0600 when missing)
    audit_dir = settings.audit_dir or home() / "audit"
    keyset, keys_path, created = ensure_keyset(settings.keys, audit_dir=audit_dir)
    from_file = not keyset.source.startswith("$")
    if from_file:
        _refuse_exposed([keys_path])
    if not created:  # a keyset that did not write these logs must not append to them
        check_keyset_fits_logs(keyset, audit_dir)
    dirs = [home(), *([keys_path.parent] if from_file else [])]
    warnings: list[str] = []
    for directory in dict.fromkeys(d.resolve() for d in dirs if d.exists()):
        mode = exposed_mode(directory)
        if mode is not None:
            warnings.append(f"{directory} is accessible by group/others (mode {mode:04o}); "
                            f"run `chmod 700 {directory}`")
    return policy, keys_path, created, warnings


def check_clients(settings: Settings, policy: Policy) -> tuple[str, Path | None,
                                                                  list[str]]:
    """Who may call: the start-up line saying so, the client keys file (None: any caller) and
    warnings. A malformed or exposed keys file, or a client bound to a policy that does not
    load (or under which the cards do not), is one line and exit 2 here."""
    from ..clients import find_keys, keys_path, load_client_policy
    from ..errors import GuardError
    from ..home import exposed_mode
    from ..vendors import load_registry

    address = f"{settings.host}:{settings.port}"
    keys = find_keys(policy)
    if keys is None:
        path, _ = keys_path(policy)
        exposed = [] if _loopback(settings.host) else [
            f"{settings.host} is not a loopback address and there are no client keys: anyone who "
            "reaches it spends the vendor keys (`sovereign-guard clients add NAME`)"]
        return (f"no client keys file ({path}): accepting any caller that can reach {address} "
                "(add one with `sovereign-guard clients add NAME`)"), None, exposed
    models = settings.models
    for ref in sorted(keys.policies):
        who = next(c.name for c in keys.clients if c.policy == ref)
        try:
            load_registry(models, load_client_policy(ref, client=who))
        except GuardError as exc:
            raise GuardError(f"client '{who}' (policy {ref}): {exc}") from None
    warnings: list[str] = []
    mode = exposed_mode(keys.path.parent)
    if mode is not None and mode & 0o022:
        warnings.append(f"{keys.path.parent} is writable by group/others (mode {mode:04o}): "
                        f"they can replace the client keys file; run `chmod 700 "
                        f"{keys.path.parent}`")
    bare = [c.id for c in load_registry(models, policy).cards if c.api != "echo"
            and not (c.api_key_env and os.environ.get(c.api_key_env, "").strip())]
    if bare:
        named = ", ".join(bare[:3]) + (f" and {len(bare) - 3} more" if len(bare) > 3 else "")
        warnings.append("client keys are never forwarded to vendors, and these cards have no "
                        f"credential of their own (set their api_key_env): {named}")
    n = len(keys.clients)
    if not n:
        return (f"client keys file {keys.path} lists no clients: every request is refused "
                "(401)"), keys.path, warnings
    return (f"{n} client(s) in {keys.path}: a request without one of their keys gets 401"
            ), keys.path, warnings


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: cannot tell without resolving it
        return False


def _refuse_exposed(paths: list[Path]) -> None:
    from ..errors import GuardError
    from ..home import exposed_mode

    for path in paths:
        mode = exposed_mode(path)
        if mode is not None:
            raise GuardError(f"{path}: secret key file is readable by group/others (mode "
                             f"{mode:04o}); run `chmod 600 {path}` and check who copied it")


def _shared_metrics() -> None:
    """Let every worker's counters land in one place, so a scrape of /metrics (answered by
    whichever worker) reports the whole sidecar: Prometheus' multiprocess mode. The files
    hold metric names and our bounded labels only; they go when the sidecar stops."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return  # the site manages its own directory
    directory = tempfile.mkdtemp(prefix="sovereign-guard-metrics-")  # mode 0700
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = directory
    atexit.register(shutil.rmtree, directory, ignore_errors=True)
