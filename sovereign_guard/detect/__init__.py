"""Detection: the Presidio analyzer and the recognizers we add to it.

Each family of recognizers lives in its own module and is registered here, at import time,
through `register_recognizers`: `build_analyzer` then adds them to every analyzer, reading
the policy (`detection.secrets`, `.chinese_names`, `.terms`, `.markings`, `.patterns`,
`.disabled_recognizers`).
"""

from __future__ import annotations

from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer

from ..policy import Policy
from .accounts import ACCOUNT_RECOGNIZERS
from .addresses import StreetAddressRecognizer
from .addresses_more import StreetAddressMoreRecognizer
from .business import business_recognizers
from .engine import build_analyzer, register_recognizers
from .identifiers import (
    AgeRecognizer,
    CnResidentIdRecognizer,
    DateOfBirthRecognizer,
    DeaNumberRecognizer,
    TwBusinessIdRecognizer,
    TwNationalIdRecognizer,
    TwResidentCertRecognizer,
    UkNhsRecognizer,
    UsDriverLicenseRecognizer,
)
from .intl_ids import INTL_ID_RECOGNIZERS
from .labels import LabeledValueRecognizer
from .locators import LOCATOR_RECOGNIZERS
from .mac import MacAddressRecognizer
from .names_en import PersonNameRecognizer
from .names_zh import ChineseNameRecognizer
from .ner import FilteredSpacyRecognizer
from .phone import PhoneNumberRecognizer
from .secrets import SecretsRecognizer
from .structured import (
    EmailAddressRecognizer,
    IbanCodeRecognizer,
    IpAddressRecognizer,
    PaymentCardRecognizer,
    WebUrlRecognizer,
)
from .us_ids import US_ID_RECOGNIZERS
from .zh_addresses import ChineseAddressRecognizer
from .zh_ids import zh_id_recognizers

# Presidio recognizers superseded by ours (same names, so `disabled_recognizers` in a
# policy switches off ours just as it did theirs).
REPLACED = (
    "EmailRecognizer", "UrlRecognizer", "IpRecognizer", "CreditCardRecognizer",
    "IbanRecognizer", "PhoneRecognizer", "NhsRecognizer", "UsLicenseRecognizer",
    "MedicalLicenseRecognizer", "SpacyRecognizer", "MacAddressRecognizer",
    "UsSsnRecognizer", "UsItinRecognizer", "UsPassportRecognizer", "UsBankRecognizer",
)


def sovereign_recognizers(policy: Policy) -> Iterator[EntityRecognizer]:
    lang = policy.nlp.language
    detection = policy.detection
    candidates: list[EntityRecognizer] = [
        FilteredSpacyRecognizer(lang), PersonNameRecognizer(lang),
        EmailAddressRecognizer(lang), WebUrlRecognizer(lang), IpAddressRecognizer(lang),
        PaymentCardRecognizer(lang), IbanCodeRecognizer(lang), PhoneNumberRecognizer(lang),
        UkNhsRecognizer(lang), UsDriverLicenseRecognizer(lang), DeaNumberRecognizer(lang),
        AgeRecognizer(lang), MacAddressRecognizer(lang),
        TwNationalIdRecognizer(lang), TwResidentCertRecognizer(lang),
        TwBusinessIdRecognizer(lang), CnResidentIdRecognizer(lang),
        StreetAddressRecognizer(lang), StreetAddressMoreRecognizer(lang),
        LabeledValueRecognizer(lang),
        ChineseAddressRecognizer(lang), *zh_id_recognizers(lang),
        *(cls(lang) for cls in US_ID_RECOGNIZERS),
        *(cls(lang) for cls in INTL_ID_RECOGNIZERS), DateOfBirthRecognizer(lang),
        *(cls(lang) for cls in ACCOUNT_RECOGNIZERS), *(cls(lang) for cls in LOCATOR_RECOGNIZERS),
    ]
    if detection.secrets:
        candidates.append(SecretsRecognizer(lang))
    if detection.chinese_names:
        candidates.append(ChineseNameRecognizer(lang))
    candidates.extend(business_recognizers(policy))
    disabled = set(detection.disabled_recognizers)
    return (r for r in candidates if r.name not in disabled)


register_recognizers(sovereign_recognizers, replaces=REPLACED)

__all__ = ["build_analyzer", "register_recognizers"]
