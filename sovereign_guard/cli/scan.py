"""`sovereign-guard scan`: run the guard over a file or stdin and show what would leave."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import IO, Any

import orjson

from ..errors import GuardError

FORMATS = ("text", "json", "jsonl")
# Exit statuses, documented in `--help` and the README so `scan` can gate CI. 2 is every
# other error (bad file, bad policy: one line on stderr), as for every command.
EXIT_OK, EXIT_FAILED_LINES, EXIT_BLOCKED = 0, 1, 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "scan",
        help="redact a text or a JSONL batch and show the findings",
        description="Detect PII, secrets and confidential data in FILE (or stdin) and print what "
        "the guard would send. text: the redacted text. json: one object with the redacted "
        'text, classification and findings. jsonl: one input object {"id": ..., "text": ...} '
        "per line, one output object per line in the same order; a bad line yields "
        '{"id", "error"} and the rest go on. The reasons the sidecar would block the request '
        "(a secret, a blocked entity) go to stderr with their line and column, never the value.",
        epilog="exit status: 0 nothing the guard would block (redactions may apply); "
        "1 a jsonl line could not be read; 2 an error (file, policy); "
        "3 the sidecar would block the request (any jsonl line) - the status to gate CI on",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", nargs="?", default="-", metavar="FILE", help="input file, - for stdin")
    p.add_argument("--policy", default=None, help="policy name (default, strict) or YAML path")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (text)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..core import Guard

    stream = _open(args.file)
    try:
        guard = Guard(args.policy)
        if args.format == "jsonl":
            return _jsonl(guard, stream, sys.stdout)
        raw = stream.read()
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GuardError(f"{_name(args.file)}: not valid UTF-8 (byte {exc.start})") from None
    result = guard.protect(text)
    if args.format == "text":
        sys.stdout.write(result.texts[0])
        if not result.texts[0].endswith("\n"):
            sys.stdout.write("\n")
    else:
        sys.stdout.write(orjson.dumps(_record(result), option=orjson.OPT_INDENT_2).decode() + "\n")
    for line in _block_lines(text, result):
        print(f"sovereign-guard: {line}", file=sys.stderr)
    return EXIT_BLOCKED if result.blocked else EXIT_OK


def _block_lines(text: str, result: Any, where: str = "") -> Iterator[str]:
    """One line per finding that blocks: its type, kind and position; never its value."""
    for f in result.findings:
        if f.action.value != "block":
            continue
        line = text.count("\n", 0, f.start) + 1
        column = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        kind = f" ({f.recognizer})" if f.recognizer and f.recognizer != f.type else ""
        yield f"blocked: {where}{f.type}{kind} at line {line}, column {column}"


def _name(path: str) -> str:
    return "stdin" if path == "-" else path


def _open(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by the caller
    except FileNotFoundError:
        raise GuardError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise GuardError(f"{path}: is a directory") from None
    except OSError as exc:
        raise GuardError(f"{path}: cannot read ({exc.strerror})") from None


def _record(result: Any) -> dict[str, Any]:
    return {
        "redacted": result.texts[0],
        "classification": result.detected_class.value,
        "outbound_class": result.outbound_class.value,
        "blocked": result.blocked,
        "block_reasons": result.block_reasons,
        "findings": [
            {k: v for k, v in f.as_dict().items() if k != "recognizer"} for f in result.findings
        ],
    }


_BATCH = 32


def _jsonl(guard: Any, stream: IO[bytes], out: IO[str]) -> int:
    """Stream line by line in batches of 32 (one `nlp.pipe` pass each), keeping input order."""
    failed = blocked = 0
    batch: list[tuple[Any, str | None, str]] = []
    for item in _parse_lines(stream):
        batch.append(item)
        if len(batch) >= _BATCH:
            f, b = _emit(guard, batch, out)
            failed, blocked, batch = failed + f, blocked + b, []
    if batch:
        f, b = _emit(guard, batch, out)
        failed, blocked = failed + f, blocked + b
    if blocked:
        return EXIT_BLOCKED
    return EXIT_FAILED_LINES if failed else EXIT_OK


def _emit(guard: Any, batch: list[tuple[Any, str | None, str]], out: IO[str]) -> tuple[int, int]:
    """Write the batch's records; (lines that failed, lines the sidecar would block)."""
    good = [text for _, error, text in batch if error is None]
    try:
        results = iter(list(guard.protect_batch([t] for t in good)))
    except GuardError:
        results = iter([_protect_one(guard, t) for t in good])  # isolate the failing line
    failed = blocked = 0
    for ident, error, text in batch:
        result = next(results) if error is None else error
        if isinstance(result, str):
            failed += 1
            record: dict[str, Any] = {"id": ident, "error": result}
        else:
            record = {"id": ident, **_record(result)}
            if result.blocked:
                blocked += 1
                label = orjson.dumps(ident).decode() if ident is not None else "?"
                for line in _block_lines(text, result, where=f"id {label}: "):
                    print(f"sovereign-guard: {line}", file=sys.stderr)
        out.write(orjson.dumps(record).decode() + "\n")
    out.flush()
    return failed, blocked


def _protect_one(guard: Any, text: str) -> Any:
    try:
        return guard.protect(text)
    except GuardError as exc:
        return str(exc)


def _parse_lines(stream: IO[bytes]) -> Iterator[tuple[Any, str | None, str]]:
    """Yield (id, error or None, text) per non-blank input line."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError:
            problem = "not valid JSON" if _is_utf8(line) else "not valid UTF-8"
            yield None, f"line {number}: {problem}", ""
            continue
        ident = obj.get("id") if isinstance(obj, dict) else None
        text = obj.get("text") if isinstance(obj, dict) else None
        if not isinstance(obj, dict):
            yield None, f"line {number}: expected an object {{\"id\", \"text\"}}", ""
        elif not isinstance(text, str):
            yield ident, f'line {number}: "text" must be a string', ""
        else:
            yield ident, None, text


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
