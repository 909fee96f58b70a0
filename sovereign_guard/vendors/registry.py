"""The vendor registry: every card of a models directory, resolvable by id or alias.

Loading fails (VendorError) on a malformed card, two cards with one id, two cards claiming
one alias (or an alias that is another card's id), and a policy fallback or default model
that names no card. A card whose signature is bad (or missing / untrusted where the policy
requires signatures) loads, so `vendors check` can list it, but carries `problems` and is
never routable.

`local/echo` is built in: a models directory without a card of that id still gets the
shipped one, so the default flow works with any directory.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UnknownModel, VendorError
from ..policy import Policy
from ..settings import models_dir
from .cards import ModelCard, build_card, read_card_data
from .signing import load_trusted_keys, sig_path, verify_signature

MODELS_DIR = models_dir()
BUILTIN_ECHO = "local/echo"
BUILTIN_ECHO_FILE = "local-echo.yaml"
CARD_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Registry:
    cards: tuple[ModelCard, ...]
    directory: Path
    _names: dict[str, ModelCard] = field(repr=False)
    # Provider-wide aliases (`openai/*`, `text-embedding-*`), most specific first.
    _patterns: tuple[tuple[str, ModelCard], ...] = field(default=(), repr=False)

    def resolve(self, model: str) -> ModelCard:
        """The card named `model` (id or alias), else the one whose alias pattern matches it
        (the longest pattern wins, then the card id)."""
        card = self._names.get(model)
        if card is None:
            card = next((c for p, c in self._patterns if fnmatch.fnmatchcase(model, p)), None)
        if card is None:
            raise UnknownModel(f"model '{_printable(model)}' is not in the vendor registry")
        return card

    def wire_name(self, card: ModelCard, model: str) -> str:
        """The model name to send for a request that named `model` and resolved to `card`:
        under a `provider/*` pattern the provider prefix is dropped (`openai/gpt-4o` is sent
        as `gpt-4o`); any other name as asked."""
        if model in self._names:
            return model
        for pattern, owner in self._patterns:
            if owner is card and pattern.endswith("/*") and fnmatch.fnmatchcase(model, pattern):
                return model[len(pattern) - 1:] or model
        return model

    def get(self, model: str) -> ModelCard | None:
        return self._names.get(model)

    def __contains__(self, model: object) -> bool:
        return model in self._names

    def __iter__(self) -> Iterator[ModelCard]:
        return iter(self.cards)

    def __len__(self) -> int:
        return len(self.cards)


@dataclass
class Scan:
    """Everything found in a directory, problems included (for `vendors check`)."""

    directory: Path
    cards: list[ModelCard] = field(default_factory=list)
    file_errors: list[tuple[Path, str]] = field(default_factory=list)
    # Registry-wide problems: duplicate ids, alias collisions, dangling policy references.
    conflicts: list[str] = field(default_factory=list)
    conflicting_ids: set[str] = field(default_factory=set)


def _printable(name: str) -> str:
    return "".join(c for c in name[:100] if c.isprintable())


def _card_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix in CARD_SUFFIXES and p.is_file())


def _policy_dir(policy: Policy) -> Path | None:
    source = Path(policy.source)
    return source.parent if source.suffix else None


def scan(models_dir: Path | None, policy: Policy) -> Scan:
    directory = Path(models_dir) if models_dir is not None else MODELS_DIR
    if not directory.is_dir():
        raise VendorError(f"{directory}: models directory not found")
    trusted = load_trusted_keys(policy.vendors.trusted_keys, _policy_dir(policy))
    result = Scan(directory)
    for path in _card_files(directory):
        _load_file(path, trusted, policy, result)
    have_echo = any(c.id == BUILTIN_ECHO for c in result.cards)
    failed_echo = any(p.name == BUILTIN_ECHO_FILE for p, _ in result.file_errors)
    if not have_echo and not failed_echo and directory.resolve() != MODELS_DIR.resolve():
        _load_file(MODELS_DIR / BUILTIN_ECHO_FILE, trusted, policy, result)
    _find_conflicts(result, policy)
    return result


def _load_file(path: Path, trusted: dict, policy: Policy, result: Scan) -> None:
    try:
        data, canonical = read_card_data(path)
        card = build_card(data, canonical, path)
    except VendorError as exc:
        result.file_errors.append((path, str(exc)))
        return
    sig = sig_path(path)
    try:
        sig_text = sig.read_text(encoding="ascii") if sig.exists() else None
    except (OSError, UnicodeDecodeError):
        sig_text = ""  # unreadable counts as malformed: fail closed
    checked = verify_signature(canonical, sig_text, trusted)
    card._signature = checked.status  # type: ignore[assignment]
    card._signer = checked.signer
    card._problems = _load_problems(checked.status, policy)
    result.cards.append(card)


def _load_problems(status: str, policy: Policy) -> tuple[str, ...]:
    if status == "signature_invalid":
        return ("signature_invalid",)
    if policy.vendors.require_signatures and status == "missing":
        return ("signature_missing",)
    if policy.vendors.require_signatures and status == "untrusted_signer":
        return ("untrusted_signer",)
    return ()


def _where(card: ModelCard) -> str:
    return str(card.source) if card.source else card.id


def _find_conflicts(result: Scan, policy: Policy) -> None:
    owners: dict[str, ModelCard] = {}
    for card in result.cards:  # ids first, so "alias is another card's id" names the id
        if card.id in owners:
            result.conflicts.append(f"duplicate card id '{card.id}' in {_where(owners[card.id])} "
                                    f"and {_where(card)}")
            result.conflicting_ids.update({card.id})
        else:
            owners[card.id] = card
    for card in result.cards:
        for alias in card.aliases:
            other = owners.get(alias)
            if other is not None and other is not card:
                what = "id" if other.id == alias else "alias"
                result.conflicts.append(f"alias '{alias}' of {card.id} ({_where(card)}) is "
                                        f"already the {what} of {other.id} ({_where(other)})")
                result.conflicting_ids.update({card.id, other.id})
            else:
                owners[alias] = card
    routes = policy.vendors.routes
    for field_name, names in (("fallbacks", policy.vendors.fallbacks),
                              ("default_model", [policy.vendors.default_model]),
                              ("routes", sorted(routes)),
                              *((f"routes.{key}", sorted(r.names())) for key, r in routes.items())):
        for name in names:
            if name not in owners:
                result.conflicts.append(f"policy vendors.{field_name} names '{name}', which is "
                                        f"not a card in {result.directory}")


def load_registry(models_dir: Path | None, policy: Policy) -> Registry:
    """All cards of `models_dir` (default: the shipped `models/`) under `policy`."""
    result = scan(models_dir, policy)
    if result.file_errors:
        raise VendorError(result.file_errors[0][1])
    if result.conflicts:
        raise VendorError(f"{result.directory}: {result.conflicts[0]}")
    names: dict[str, ModelCard] = {}
    patterns: list[tuple[str, ModelCard]] = []
    for card in result.cards:
        for name in card.names:
            if is_pattern(name):
                patterns.append((name, card))
            else:
                names[name] = card
    patterns.sort(key=lambda pc: (-len(pc[0].replace("*", "").replace("?", "")), pc[1].id))
    cards = tuple(sorted(result.cards, key=lambda c: c.id))
    return Registry(cards, result.directory, names, tuple(patterns))


def is_pattern(name: str) -> bool:
    """An alias with fnmatch wildcards names every model it matches (a provider-wide card)."""
    return any(ch in name for ch in "*?[")
