"""TEMPORARY stub; replaced by the structure-as-context module (h-struct)."""

from __future__ import annotations

_FIELDS = {"first_name": "PERSON", "last_name": "PERSON", "phone": "PHONE_NUMBER",
           "ssn": "US_SSN", "email": "EMAIL_ADDRESS", "card_number": "CREDIT_CARD"}


def field_entity(name: str) -> str | None:
    return _FIELDS.get(name.lower())


def value_fits(entity: str, value: str) -> bool:
    return bool(value.strip())
