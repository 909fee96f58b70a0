"""Model cards: the schema of `models/*.yaml`, canonical bytes and the card hash.

Canonical card bytes (what `card_hash` digests and a signature covers): the YAML file parsed
with `yaml.safe_load`, dates written as ISO-8601 strings, then serialized as JSON with sorted
keys, no insignificant whitespace, UTF-8 (non-ASCII kept as is), NaN/Infinity refused, keys
must be strings. Reformatting the YAML or editing comments keeps the bytes; changing any
value, key or list order changes them. Defaults the schema fills in are *not* part of the
bytes: what is signed is what the author wrote.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from ..errors import VendorError
from ..files import read_yaml, validation_message
from ..headers import validate_forced_headers
from ..policy import DataClass

Api = Literal["openai", "anthropic", "echo"]
# Signature states (set by the registry). `not_checked` only for a card built in code.
SignatureStatus = Literal["valid", "missing", "untrusted_signer", "signature_invalid",
                          "not_checked"]

_ID = r"^[a-z0-9][a-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._:-]*$"
_ENV = r"^[A-Z_][A-Z0-9_]*$"
NonEmpty = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Contract(_Strict):
    """What the vendor agreed to (or, where marked in `assumptions`, what we assume)."""

    trains_on_customer_data: bool
    uses_data_for_ads: bool
    retention_days: int = Field(ge=0)  # 0 = zero data retention
    regions: list[NonEmpty] = Field(min_length=1)
    dpa_signed: bool
    contract_expires: date  # valid ON this date, expired from the next day
    max_classification: DataClass
    legal_entity: str | None = None


class Controls(_Strict):
    """Forced on every outbound request to this vendor; the card wins over the client."""

    body: dict[str, Any] = {}
    # Routes (e.g. "chat/completions") the body controls apply to; None = every route.
    body_routes: list[NonEmpty] | None = None
    headers: dict[str, str] = {}

    @field_validator("headers")
    @classmethod
    def _headers(cls, value: dict[str, str]) -> dict[str, str]:
        return validate_forced_headers(value, what="controls.headers")


class Evidence(_Strict):
    claim: NonEmpty
    url: Annotated[str, Field(pattern=r"^https://\S+$")]
    retrieved: date
    grade: Literal["V", "S", "U"] | None = None  # verified / secondary / unverified


class Incident(_Strict):
    """A public event bearing on the vendor's risk (outage, breach, enforcement action)."""

    date: date
    link: Annotated[str, Field(pattern=r"^https://\S+$")]
    summary: NonEmpty


class Risk(_Strict):
    """The vendor-risk register entry: when it was last reviewed and what was found.
    `vendors check` flags a `last_review` older than policy `vendors.review_max_days`."""

    last_review: date | None = None
    financial_outlook: Literal["stable", "positive", "watch", "negative", "unknown"] | None = None
    incidents: list[Incident] = []
    notes: str = ""


class ModelCard(_Strict):
    id: Annotated[str, Field(pattern=_ID)]
    aliases: list[NonEmpty] = []
    vendor: NonEmpty
    description: str = ""
    api: Api
    base_url: NonEmpty
    upstream_model: NonEmpty | None = None  # the name the vendor knows; None: see route()
    api_key_env: Annotated[str, Field(pattern=_ENV)] | None = None
    contract: Contract
    controls: Controls = Controls()
    # Where the vendor's answer confirms a control: name -> dotted paths into the response.
    vendor_confirms: dict[NonEmpty, list[NonEmpty]] = {}
    # Field path (e.g. "contract.contract_expires") -> why it is our assumption, not public.
    assumptions: dict[NonEmpty, NonEmpty] = {}
    evidence: list[Evidence] = []
    risk: Risk | None = None

    _canonical: bytes = PrivateAttr(default=b"")
    _source: Path | None = PrivateAttr(default=None)
    _signature: SignatureStatus = PrivateAttr(default="not_checked")
    _signer: str | None = PrivateAttr(default=None)
    _problems: tuple[str, ...] = PrivateAttr(default=())

    @field_validator("vendor_confirms", mode="before")
    @classmethod
    def _paths(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: [v] if isinstance(v, str) else v for k, v in value.items()}
        return value

    @field_validator("base_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not re.match(r"^(https?|local)://[^\s/?#]+(/[^\s?#]*)?$", value):
            raise ValueError("must be an http(s):// URL without query or fragment "
                             "(local:// for the built-in echo)")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _coherent(self) -> ModelCard:
        local = self.base_url.startswith("local://")
        if (self.api == "echo") != local:
            raise ValueError("api 'echo' goes with a local:// base_url and only with it")
        if self.id in self.aliases:
            raise ValueError("an alias repeats the card's own id")
        if len(set(self.aliases)) != len(self.aliases):
            raise ValueError("aliases repeat a name")
        for path in self.assumptions:
            if not _field_exists(path):
                raise ValueError(f"assumptions: '{path}' names no card field")
        return self

    def __hash__(self) -> int:  # list/dict fields are unhashable; a card is its id + bytes
        return hash((self.id, self._canonical))

    # -- set by the loader ------------------------------------------------------------------

    @property
    def canonical_bytes(self) -> bytes:
        return self._canonical

    @property
    def card_hash(self) -> str:
        """sha256 hex of the canonical card bytes."""
        return hashlib.sha256(self._canonical).hexdigest()

    @property
    def source(self) -> Path | None:
        return self._source

    @property
    def signature(self) -> SignatureStatus:
        return self._signature

    @property
    def signer(self) -> str | None:
        """The trusted public key (base64) that verified the signature, if any."""
        return self._signer

    @property
    def problems(self) -> tuple[str, ...]:
        """Reason codes that make this card invalid under the loading policy (never routable)."""
        return self._problems

    @property
    def valid(self) -> bool:
        return not self._problems

    @property
    def names(self) -> tuple[str, ...]:
        return (self.id, *self.aliases)


def _field_exists(path: str) -> bool:
    head, _, rest = path.partition(".")
    if head not in ModelCard.model_fields:
        return False
    if head == "contract" and rest:
        return rest in Contract.model_fields
    if head == "controls" and rest:
        return rest.split(".")[0] in Controls.model_fields
    return True


# -- canonical bytes ---------------------------------------------------------------------------


def _jsonable(value: Any, where: str) -> Any:
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise VendorError(f"{where}: keys must be strings, found {k!r}")
            out[k] = _jsonable(v, where)
        return out
    if isinstance(value, list):
        return [_jsonable(v, where) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if value is None or isinstance(value, str | bool | int | float):
        return value
    raise VendorError(f"{where}: unsupported YAML value of type {type(value).__name__}")


def canonical_bytes(data: Any, where: str = "<card>") -> bytes:
    """Canonical JSON bytes of parsed card data (see the module docstring)."""
    try:
        text = json.dumps(_jsonable(data, where), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False, allow_nan=False)
    except ValueError:
        raise VendorError(f"{where}: NaN and Infinity are not allowed") from None
    return text.encode("utf-8")


def read_card_data(path: Path) -> tuple[dict[str, Any], bytes]:
    """Parse a card file: its data and its canonical bytes. VendorError on any problem."""
    data, _ = read_yaml(path, "model card", VendorError)
    if not isinstance(data, dict):
        raise VendorError(f"{path}: a model card must be a mapping at the top level")
    return data, canonical_bytes(data, str(path))


def build_card(data: dict[str, Any], canonical: bytes, source: Path | None = None) -> ModelCard:
    where = str(source) if source else "<card>"
    try:
        card = ModelCard.model_validate(data)
    except ValidationError as exc:
        raise VendorError(f"{where}: {validation_message(exc, ModelCard)}") from None
    card._canonical = canonical
    card._source = source
    return card


def card_from_data(data: dict[str, Any], source: Path | None = None) -> ModelCard:
    """A card from already-parsed data (tests, tools); its signature is `not_checked`."""
    return build_card(data, canonical_bytes(data, str(source or "<card>")), source)


def load_card(path: Path) -> ModelCard:
    data, canonical = read_card_data(path)
    return build_card(data, canonical, path)
