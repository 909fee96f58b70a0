"""European national numbers, each validated by python-stdnum and (but one) only next to its
own word.

| entity          | what                                   | check (stdnum)     | context  |
| --------------- | -------------------------------------- | ------------------ | -------- |
| DE_TAX_ID       | German Steuer-ID (IdNr), 11 digits     | de.idnr (ISO 7064) | required |
| FR_NIR          | French NIR / INSEE number, 13 + 2 key  | fr.nir (mod 97)    | required |
| ES_NIF          | Spanish DNI, 8 digits and a letter     | es.dni (mod 23)    | required |
| ES_NIE          | Spanish NIE, X/Y/Z, 7 digits, a letter | es.nie (mod 23)    | required |
| IT_FISCAL_CODE  | Italian codice fiscale, 16 characters  | it.codicefiscale   | boosts   |
| NL_BSN          | Dutch BSN, 9 digits                    | nl.bsn (11-proof)  | required |
| PL_PESEL        | Polish PESEL, 11 digits                | pl.pesel           | required |
| SE_PERSONNUMMER | Swedish personnummer (YYMMDD-NNNC)     | se.personnummer    | required |

Digit-only numbers pass their check by chance (1 in 10 or 11) and are written like phone
numbers, order numbers and dates: their own word within reach decides, and a checked number
next to it scores 1.0 (Presidio's score for a validated number), over a phone guess. The
codice fiscale's letter-digit layout plus its check character is rare enough to count alone
(0.65).

One keyword gate for all eight, computed once per text: most texts name none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer

from .common import (
    DIGIT,
    LB,
    NUM_LB,
    NUM_RB,
    RB,
    Keywords,
    SovereignPatternRecognizer,
    checked_by,
)
from .world_ids import key_forms

_D = DIGIT


class _Checked(SovereignPatternRecognizer):
    """A stdnum `is_valid` decides (`_valid`); a valid value keeps the pattern score, and only
    its own word next to it makes it a finding."""

    REQUIRE_CONTEXT = True

    def __init__(self, *args, **kwargs):
        # Field keys name them too (`"steuer_id": ...`, `personal_identity_number,`).
        kwargs.setdefault("context", key_forms(self.CONTEXT))
        super().__init__(*args, **kwargs)


def _valid(check: Callable[[str], bool]):
    # Written with spaces, dashes or dots; stdnum wants the letters upper-case.
    return checked_by(check, drop=" -.", upper=True)


class DeIdNrRecognizer(_Checked):
    """German tax identification number: 11 digits, compact or `12 345 678 901`."""

    ENTITY = "DE_TAX_ID"
    PATTERNS = (
        ("de-idnr", rf"{NUM_LB}[1-9]{_D}(?:{_D}{{9}}|(?: {_D}{{3}}){{3}}){NUM_RB}", 0.65),
    )
    CONTEXT = ("steuer-id", "steuerid", "steuer id", "steueridentifikationsnummer",
               "identifikationsnummer", "idnr", "steuernummer", "german tax", "tax id")
    TRIGGER = Keywords("steuer", "idnr", "identifikationsnummer", "german tax", "tax id")
    validate_result = _valid(idnr.is_valid)


class FrNirRecognizer(_Checked):
    """French social security number (NIR, `numéro INSEE`): sex, year, month, department
    (2A/2B for Corsica), commune, order, then a two-digit key; compact or spaced."""

    ENTITY = "FR_NIR"
    PATTERNS = (("fr-nir", rf"{NUM_LB}[1-478] ?{_D}{{2}} ?{_D}{{2}} ?(?:{_D}{{2}}|2[AB]) ?"
                           rf"{_D}{{3}} ?{_D}{{3}} ?{_D}{{2}}{NUM_RB}", 0.65),)
    CONTEXT = ("nir", "insee", "sécurité sociale", "securite sociale", "sécu", "carte vitale",
               "social security", "numéro ss", "n° ss")
    TRIGGER = Keywords("nir", "insee", "sécurité sociale", "securite sociale", "sécu", "vitale",
                     "social security", "n° ss", "numéro ss")
    validate_result = _valid(nir.is_valid)


class EsDniRecognizer(_Checked):
    """Spanish DNI (the NIF of a resident citizen): 8 digits and a check letter."""

    ENTITY = "ES_NIF"
    PATTERNS = (("es-dni", rf"{NUM_LB}{_D}{{8}}-?[A-HJ-NP-TV-Z]{RB}", 0.65),)
    CONTEXT = ("dni", "nif", "documento nacional", "spanish id", "spanish national id")
    TRIGGER = Keywords("dni", "nif", "documento nacional", "spanish")
    validate_result = _valid(dni.is_valid)


class EsNieNumberRecognizer(_Checked):
    """Spanish foreigner identity number (NIE): X, Y or Z, 7 digits, a check letter."""

    ENTITY = "ES_NIE"
    PATTERNS = (("es-nie", rf"{LB}[XYZ]-?{_D}{{7}}-?[A-HJ-NP-TV-Z]{RB}", 0.65),)
    CONTEXT = ("nie", "extranjero", "foreigner", "foreign national", "residencia")
    TRIGGER = Keywords("nie", "extranjero", "foreign", "residencia")
    validate_result = _valid(nie.is_valid)


class ItCodiceFiscaleRecognizer(_Checked):
    """Italian codice fiscale: surname and name consonants, birth year, month letter, day
    (+40 for women), the town's code, a check letter. Digits may be replaced by letters
    (omocodia), so each digit position also takes L-V."""

    ENTITY = "IT_FISCAL_CODE"
    _N = "[0-9LMNPQRSTUV]"
    PATTERNS = (("it-cf", rf"{LB}[A-Z]{{6}}{_N}{{2}}[ABCDEHLMPRST]{_N}{{2}}[A-Z]{_N}{{3}}[A-Z]{RB}",
                 0.65),)
    CONTEXT = ("codice fiscale", "cod. fisc", "fiscal code", "tax code", "cf", "c.f.")
    # The standard library's engine scans this class run about twice as fast as `regex`.
    TRIGGER = re.compile(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST]")
    REQUIRE_CONTEXT = False
    validate_result = _valid(codicefiscale.is_valid)


class NlBsnRecognizer(_Checked):
    """Dutch citizen service number (BSN): 9 digits (`1234.56.782` too), the 11-proof."""

    ENTITY = "NL_BSN"
    PATTERNS = (("nl-bsn", rf"{NUM_LB}{_D}{{4}}\.?{_D}{{2}}\.?{_D}{{3}}{NUM_RB}", 0.65),)
    CONTEXT = ("bsn", "burgerservicenummer", "sofinummer", "sofi", "citizen service")
    TRIGGER = Keywords("bsn", "burgerservice", "sofi", "citizen service")
    validate_result = _valid(bsn.is_valid)


class PeselRecognizer(_Checked):
    """Polish PESEL: birth date (month +20 from 2000), serial, sex, a weighted check."""

    ENTITY = "PL_PESEL"
    PATTERNS = (("pl-pesel", rf"{NUM_LB}{_D}{{11}}{NUM_RB}", 0.65),)
    CONTEXT = ("pesel",)
    TRIGGER = Keywords("pesel")
    validate_result = _valid(pesel.is_valid)


class SePnrRecognizer(_Checked):
    """Swedish personal identity number: (CC)YYMMDD, `-` (or `+` past 100), 3 digits, Luhn."""

    ENTITY = "SE_PERSONNUMMER"
    PATTERNS = (("se-pnr", rf"{NUM_LB}(?:19|20)?{_D}{{6}}[-+]?{_D}{{4}}{NUM_RB}", 0.65),)
    CONTEXT = ("personnummer", "personnr", "person nr", "personal identity number",
               "personal number", "samordningsnummer", "swedish id")
    TRIGGER = Keywords("personnummer", "personnr", "person nr", "personal identity",
                     "personal number", "samordningsnummer", "swedish")
    # stdnum reads the `-` or `+` (a centenarian) before the last four digits itself; only
    # spaces are dropped.
    validate_result = checked_by(personnummer.is_valid, drop=" ")


EU_ID_RECOGNIZERS = (
    DeIdNrRecognizer, FrNirRecognizer, EsDniRecognizer, EsNieNumberRecognizer,
    ItCodiceFiscaleRecognizer, NlBsnRecognizer, PeselRecognizer, SePnrRecognizer,
)
