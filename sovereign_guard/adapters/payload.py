"""Every byte of a request body, as text the guard can scan, and how redacted text goes back.

The walk does not depend on knowing the API: every string value, every object key and every
number long enough to be an identifier is inspected, in any field, known shape or not (a
field a vendor adds next month is scanned like the rest). JSON carried inside a string (tool
call `arguments`, stringified payloads) is opened and walked the same way. What cannot be
read as text is classified instead of skipped (see `Walk`):

- `data:` URLs and base64 sources of text types are decoded and scanned, and written back
  re-encoded; PDFs are extracted with pypdf and scanned (read-only: they cannot be rewritten);
- images and audio are media: the policy lets them through (recorded as unscanned) or
  refuses them;
- arrays of token ids, files that cannot be decoded and media types we cannot read are
  unscannable: the pipeline refuses the request.

Only the request's `model` is not scanned: the guard replaces it with the card's.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from ..detect.labels import record_fields
from ..errors import GuardError

Path = tuple[str | int, ...]
Kind = Literal["value", "key", "number", "base64", "document"]

# Keys whose value the guard sets itself.
REPLACED = frozenset({"model"})
# Numbers with fewer digits cannot be an identifier (card, phone, account, SSN): max_tokens,
# temperatures, indices and timestamps in seconds pass unscanned.
MIN_NUMBER_DIGITS = 6
MAX_JSON_DEPTH = 64  # JSON inside strings inside JSON...: deeper is refused, not skipped
# Arrays and objects inside one another, counted through JSON inside strings too. orjson
# parses 1,024 levels but writes only 254, and the walk and the writing back recurse per
# level: a deeper body could be read but never sent, so it is refused as unreadable (422).
# Real requests (JSON-schema tool definitions included) stay far below.
MAX_NESTING = 128
MAX_DOCUMENT_CHARS = 2_000_000
_TEXT_TYPES = ("text/", "application/json", "application/xml", "application/x-yaml",
               "application/yaml", "application/csv", "application/javascript",
               "application/x-ndjson", "application/sql", "message/rfc822")
_FILE_KEYS = frozenset({"file_data", "data"})
# Answer fields whose string is JSON text (tool-call arguments): the restorer inserts
# originals JSON-escaped there.
JSON_STRINGS = frozenset({"arguments"})


@dataclass(frozen=True, slots=True)
class Slot:
    """One scannable piece: a path into the body, optionally into JSON inside a string.

    `kind` says how redacted text is written back: `value` replaces a string, `key` renames
    an object key, `number` replaces a number by its redacted text, `base64` re-encodes
    (`prefix` is the `data:` header kept in front), `document` is read-only (a PDF's text).
    `field` is the object key the value sits under, so structure can classify it."""

    path: Path
    kind: Kind = "value"
    inner: Slot | None = None  # the slot inside the JSON held by the string at `path`
    field: str | None = None
    prefix: str = ""


class LimitExceeded(GuardError):
    """The body is beyond what the guard reads for one request: too many parts or
    characters (413, the work per request is bounded) or nested too deeply (422). Raised
    while walking, as soon as the bound is crossed, so an oversize body costs no more than
    the bound; the message holds counts only."""

    def __init__(self, status: int, code: str, message: str, reason: str | None = None):
        super().__init__(message)
        self.status, self.code, self.reason = status, code, reason or code


@dataclass(slots=True)
class Walk:
    """What the walk found: scannable slots and their texts, media passed unscanned, and the
    reasons the request cannot be inspected (the pipeline refuses when there is any)."""

    slots: list[Slot] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    media: list[dict[str, Any]] = field(default_factory=list)
    unscannable: list[str] = field(default_factory=list)
    token_ids: bool = False  # a prompt given as token ids (`[1, 2, 3]`), not text
    chars: int = 0
    max_parts: int | None = None
    max_chars: int | None = None

    @property
    def fields(self) -> list[str | None]:
        return [s.field for s in self.slots]

    def add(self, slot: Slot, text: str) -> None:
        if text:
            self.slots.append(slot)
            self.texts.append(text)
            self.chars += len(text)
            if self.max_parts is not None and len(self.slots) > self.max_parts:
                raise LimitExceeded(413, "too_many_parts", "request body has more than "
                                    f"{self.max_parts} strings to inspect (limits.max_parts)")
            if self.max_chars is not None and self.chars > self.max_chars:
                raise LimitExceeded(413, "too_much_text", "request body has more than "
                                    f"{self.max_chars} characters of text to inspect "
                                    "(limits.max_text_chars)")


def walk(body: Any, *, max_parts: int | None = None, max_chars: int | None = None) -> Walk:
    """Every scannable piece of `body`, in document order. Raises `LimitExceeded` as soon
    as it finds more than `max_parts` pieces or `max_chars` characters of text, or nesting
    deeper than `MAX_NESTING`."""
    out = Walk(max_parts=max_parts, max_chars=max_chars)
    _walk(body, (), None, out, lambda s: s, 0, 0)
    return out


def collect(body: Any) -> list[tuple[Slot, str]]:
    """(slot, text) pairs of every scannable piece of `body` (see `walk`)."""
    w = walk(body)
    return list(zip(w.slots, w.texts, strict=True))


Wrap = Any  # Callable[[Slot], Slot]: puts a slot found inside a JSON string into its holder


def _walk(node: Any, path: Path, key: str | None, out: Walk, wrap: Wrap, depth: int,
          level: int) -> None:
    if isinstance(node, str):
        _string(node, path, key, out, wrap, depth, level)
    elif isinstance(node, bool) or node is None:
        return
    elif isinstance(node, (int, float)):
        text = repr(node) if isinstance(node, float) else str(node)
        if sum(c.isdigit() for c in text) >= MIN_NUMBER_DIGITS:
            out.add(wrap(Slot(path, "number", field=key)), text)
    elif isinstance(node, dict):
        level = _deeper(level)
        if _binary_source(node, path, out, wrap, depth, level):
            return
        person = "name" in node and record_fields(node).get("name") == "NAME"
        for k, v in node.items():
            if not isinstance(k, str):
                continue
            out.add(wrap(Slot((*path, k), "key")), k)
            if path == () and depth == 0 and k in REPLACED:
                continue
            _walk(v, (*path, k), _field_name(node, path, k, person), out, wrap, depth, level)
    elif isinstance(node, list):
        level = _deeper(level)
        if key in ("input", "prompt") and _token_ids(node):
            out.token_ids = True
            return
        for i, v in enumerate(node):
            _walk(v, (*path, i), key, out, wrap, depth, level)


def _deeper(level: int) -> int:
    if level >= MAX_NESTING:
        raise LimitExceeded(422, "invalid_body",
                            f"request body is nested more than {MAX_NESTING} levels deep",
                            reason="nested_too_deeply")
    return level + 1


# Anthropic's `redacted_thinking.data` is the vendor's own ciphertext, replayed in history: it
# is scanned as text (a smuggled value in it is still found), not read as a file.
VENDOR_CIPHERTEXT = "vendor_ciphertext"


def _field_name(node: dict, path: Path, key: str, person: bool) -> str:
    """The field a value is judged under. A bare `name` is a tool's, a file's or a
    service's, except beside person-ish fields (`{"name", "email"}`) and for a chat message,
    whose `name` is its author (`jane_doe`)."""
    if key == "data" and node.get("type") == "redacted_thinking":
        return VENDOR_CIPHERTEXT
    if key == "name" and (person or (len(path) >= 2 and path[-2] == "messages"
                                     and isinstance(path[-1], int))):
        return "full_name"
    return key


def _string(text: str, path: Path, key: str | None, out: Walk, wrap: Wrap, depth: int,
            level: int) -> None:
    head = text.lstrip()[:1]
    if head in ("{", "[") and (inner := _json_or_none(text)) is not None:
        if depth >= MAX_JSON_DEPTH:
            out.unscannable.append("unscannable:nested_json")
            return

        def inside(slot: Slot, outer: Slot = Slot(path, field=key)) -> Slot:
            return wrap(Slot(outer.path, "value", inner=slot, field=slot.field))

        _walk(inner, (), key, out, inside, depth + 1, level)
        return
    if text.startswith("data:") and "," in text[:256]:
        _data_url(text, path, key, out, wrap)
        return
    if key in _FILE_KEYS and len(text) >= 64 and " " not in text[:64]:
        raw = _b64(text)
        if raw is not None:
            _file(raw, _sniff(raw), path, key, "", out, wrap)
            return
    out.add(wrap(Slot(path, field=key)), text)


def _data_url(text: str, path: Path, key: str | None, out: Walk, wrap: Wrap) -> None:
    header, _, data = text.partition(",")
    params = header[5:].split(";")
    media_type = (params[0] or "text/plain").strip().lower()
    if "base64" in (p.strip().lower() for p in params[1:]):
        raw = _b64(data)
        if raw is None:
            out.unscannable.append("unscannable:file")
            return
        _file(raw, media_type, path, key, header + ",", out, wrap)
        return
    from urllib.parse import unquote_to_bytes  # percent-encoded data URL: read as text

    _file(unquote_to_bytes(data), media_type, path, key, None, out, wrap)


def _binary_source(node: dict, path: Path, out: Walk, wrap: Wrap, depth: int,
                   level: int) -> bool:
    """Anthropic `{"type": "base64", "media_type", "data"}` sources and OpenAI
    `input_audio` objects: classified by their media type; True when handled."""
    data = node.get("data")
    if not isinstance(data, str):
        return False
    if node.get("type") == "base64" and isinstance(node.get("media_type"), str):
        media_type = node["media_type"].lower()
    elif isinstance(node.get("format"), str) and path and path[-1] == "input_audio":
        media_type = f"audio/{node['format'].lower()}"
    else:
        return False
    raw = _b64(data)
    if raw is None:
        out.unscannable.append("unscannable:file")
        return True
    for k, v in node.items():  # the other members (type, media_type) are text like any other
        if k != "data":
            out.add(wrap(Slot((*path, k), "key")), k)
            _walk(v, (*path, k), k, out, wrap, depth, level)
    out.add(wrap(Slot((*path, "data"), "key")), "data")
    _file(raw, media_type, (*path, "data"), "data", "", out, wrap)
    return True


def _file(raw: bytes, media_type: str, path: Path, key: str | None, prefix: str | None,
          out: Walk, wrap: Wrap) -> None:
    """Decoded file content at `path`: text is scanned (and re-encoded after redaction unless
    `prefix` is None: a percent-encoded data URL is written back as a plain string), PDFs are
    extracted, media recorded, anything else refused."""
    if media_type.startswith(("image/", "audio/", "video/")):
        kind = media_type.split("/", 1)[0]
        # No path: object keys on it are the caller's text, and the audit holds no raw text.
        out.media.append({"kind": kind, "media_type": _safe_type(media_type), "bytes": len(raw)})
        return
    if media_type == "application/pdf":
        text = _pdf_text(raw)
        if text is None:
            out.unscannable.append("unscannable:file")
        else:
            out.add(wrap(Slot(path, "document", field=key)), text)
        return
    if media_type.startswith(_TEXT_TYPES):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            out.unscannable.append("unscannable:file")
            return
        if prefix is None:
            out.add(wrap(Slot(path, "value", field=key)), text)
        else:
            out.add(wrap(Slot(path, "base64", field=key, prefix=prefix)), text)
        return
    out.unscannable.append(f"unscannable:{_safe_type(media_type)}")


def _sniff(raw: bytes) -> str:
    if raw.startswith(b"%PDF"):
        return "application/pdf"
    for magic, kind in ((b"\x89PNG", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
                        (b"GIF8", "image/gif"), (b"RIFF", "audio/wav"), (b"ID3", "audio/mpeg")):
        if raw.startswith(magic):
            return kind
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "application/octet-stream"
    return "text/plain"


def _pdf_text(raw: bytes) -> str | None:
    """The text layer of a PDF (pypdf), or None when it cannot be read: encrypted, broken,
    or over the size bound. A PDF with no text layer at all (a scan) is unreadable too."""
    import pypdf  # only requests with PDFs pay for the import

    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            return None
        pieces, size = [], 0
        for page in reader.pages:
            piece = page.extract_text() or ""
            size += len(piece)
            if size > MAX_DOCUMENT_CHARS:
                return None
            pieces.append(piece)
    except Exception:  # pypdf raises many kinds on malformed input: all mean "unreadable"
        return None
    text = "\n".join(pieces)
    return text if text.strip() else None


def _b64(data: str) -> bytes | None:
    compact = "".join(data.split())
    try:
        if "-" in compact or "_" in compact:
            return base64.urlsafe_b64decode(compact + "=" * (-len(compact) % 4))
        return base64.b64decode(compact + "=" * (-len(compact) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def _token_ids(items: list) -> bool:
    """`[1, 2, 3]` or `[[1, 2], [3]]`: prompts given as token ids, which cannot be scanned."""
    flat = [x for v in items for x in (v if isinstance(v, list) else [v])]
    return bool(flat) and all(isinstance(x, int) and not isinstance(x, bool) for x in flat)


def _safe_type(media_type: str) -> str:
    return "".join(c for c in media_type[:60] if c.isalnum() or c in "/.+-") or "unknown"


def _json_or_none(text: str) -> Any:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, (dict, list)) else None


# -- writing back ----------------------------------------------------------------------------


def apply(body: Any, slots: list[Slot], texts: list[str], originals: list[str]) -> Any:
    """Write each changed text back into `body` (in place) at its slot."""
    changed = [(s, t) for s, t, o in zip(slots, texts, originals, strict=True) if t != o]
    _apply(body, changed)
    return body


def _apply(node: Any, changed: list[tuple[Slot, str]]) -> None:
    holders: dict[Path, list[tuple[Slot, str]]] = {}
    renames: list[tuple[Slot, str]] = []
    for slot, text in changed:
        if slot.inner is not None:
            holders.setdefault(slot.path, []).append((slot.inner, text))
        elif slot.kind == "key":
            renames.append((slot, text))
        elif slot.kind == "base64":
            _set(node, slot.path, slot.prefix + base64.b64encode(text.encode()).decode())
        elif slot.kind != "document":
            _set(node, slot.path, text)
    for path, inner in holders.items():
        holder = json.loads(_get(node, path))
        _apply(holder, inner)
        _set(node, path, json.dumps(holder, ensure_ascii=False))
    # Keys last, deepest first, so the paths above still name the original keys.
    for slot, text in sorted(renames, key=lambda r: -len(r[0].path)):
        parent = _get(node, slot.path[:-1])
        old = slot.path[-1]
        if text in parent and text != old:
            raise ValueError("a redacted key collides with another key")
        items = [(text if k == old else k, v) for k, v in parent.items()]
        parent.clear()
        parent.update(items)


def _get(node: Any, path: Path) -> Any:
    for part in path:
        node = node[part]
    return node


def _set(node: Any, path: Path, value: Any) -> None:
    if not path:
        raise ValueError("cannot replace the whole body")
    _get(node, path[:-1])[path[-1]] = value

