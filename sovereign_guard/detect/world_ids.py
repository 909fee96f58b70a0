"""National numbers of Latin America, Asia and Africa, each validated by python-stdnum.

| entity       | what                                        | check (stdnum)        | alone?   |
| ------------ | ------------------------------------------- | --------------------- | -------- |
| BR_CPF       | Brazilian individual taxpayer number        | br.cpf (two mod 11)   | dotted   |
| BR_CNPJ      | Brazilian company number (sole traders too) | br.cnpj (two mod 11)  | slashed  |
| MX_CURP      | Mexican population registry key, 18 chars   | mx.curp (date, check) | yes      |
| MX_RFC       | Mexican taxpayer number, 12 or 13 chars     | mx.rfc (date, check)  | no       |
| SG_NRIC_FIN  | Singapore NRIC / FIN (`S1234567D`)          | mod 11 letter (ICA)   | yes      |
| KR_RRN       | South Korean resident registration number   | kr.rrn (date, check)  | dashed   |
| JP_MY_NUMBER | Japanese Individual Number, 12 digits       | jp.in_ (mod 11)       | no       |
| ZA_ID        | South African ID number, 13 digits          | za.idnr (date, Luhn)  | no       |

A layout of its own plus a check a random string passes once in a hundred or more (the
CPF's dots and dash, the CNPJ's slash, the CURP's letter-date-sex-state order, the NRIC's
check letter, the RRN's date-dash-sex digit) counts alone; digits written as any number
are (a compact CPF, a My Number, a South African ID) need their word within reach. Context
words also match as field keys (`tax_id`, `my_number`, `id-number`), since forms and JSON
write them so.

A value that needs its word scores 0.65, so with it 1.0 (as eu_ids.py's do): over a
phone or date guess at the same digits.

Korean RRNs issued since October 2020 carry no check digit: next to an RRN word a valid
birth date and sex digit are enough.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Callable, Iterable

from stdnum import luhn as std_luhn
from stdnum.ar import cuit as std_ar_cuit
from stdnum.be import nn as std_be_nn
from stdnum.br import cnpj as std_cnpj
from stdnum.br import cpf as std_cpf
from stdnum.cl import rut as std_cl_rut
from stdnum.dk import cpr as std_dk_cpr
from stdnum.fi import hetu as std_fi_hetu
from stdnum.id import nik as std_nik
from stdnum.ie import pps as std_ie_pps
from stdnum.il import idnr as std_il_idnr
from stdnum.jp import in_ as std_jp_in
from stdnum.ke import pin as std_ke_pin
from stdnum.kr import rrn as std_rrn
from stdnum.mx import curp as std_curp
from stdnum.mx import rfc as std_rfc
from stdnum.my import nric as std_my_nric
from stdnum.no import fodselsnummer as std_no_fnr
from stdnum.nz import ird as std_nz_ird
from stdnum.pl import nip as std_pl_nip
from stdnum.th import pin as std_th_pin
from stdnum.tr import tckimlik as std_tr_tck
from stdnum.za import idnr as std_za_idnr

from .common import (
    ALNUM,
    DIGIT,
    LB,
    NUM_LB,
    NUM_RB,
    RB,
    Keywords,
    SovereignPatternRecognizer,
    compiled,
    digits_of,
    fold,
    near,
    words,
)

_D = DIGIT
# A long run of digits may follow a CSV row's comma (`E-2231,638838284749`): no thousands
# group is that long, so only a dot, slash or dash after a digit bars it (unlike NUM_LB).
CSV_LB = rf"(?<![{ALNUM}_]|{_D}[./-])"


def key_forms(words: Iterable[str]) -> tuple[str, ...]:
    """Each context word as prose writes it and as a field key does (`tax file number`,
    `tax_file_number`, `tax-file-number`, `taxfilenumber`)."""
    out: list[str] = []
    for w in words:
        out.append(w)
        if " " in w:
            out.extend((w.replace(" ", "_"), w.replace(" ", "-"), w.replace(" ", "")))
    return tuple(dict.fromkeys(out))


class _Layout(SovereignPatternRecognizer):
    """Checked by `_ok`; a match of a pattern named in `_ALONE` counts without its word,
    every other one needs it."""

    _ALONE: tuple[str, ...] = ()

    def _ok(self, value: str) -> bool:
        raise NotImplementedError

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if self._ok(fold(pattern_text).upper()) else False

    def accept(self, text, result) -> bool:
        explanation = result.analysis_explanation
        alone = explanation is not None and explanation.pattern_name in self._ALONE
        if alone and self._alone_ok(text[result.start : result.end]):
            return True
        return near(text, result.start, result.end, self._context_re)

    def _alone_ok(self, value: str) -> bool:
        return True


class BrCpfRecognizer(_Layout):
    """Brazilian CPF: 9 digits and 2 check digits, `123.456.789-09`, spaced or compact."""

    ENTITY = "BR_CPF"
    PATTERNS = (
        ("br-cpf", rf"{CSV_LB}{_D}{{3}}\.{_D}{{3}}\.{_D}{{3}}-{_D}{{2}}{NUM_RB}", 0.6),
        ("br-cpf-plain",
         rf"{CSV_LB}{_D}{{3}}([ ]?){_D}{{3}}\1{_D}{{3}}[ -]?{_D}{{2}}{NUM_RB}", 0.65),
    )
    CONTEXT = key_forms(("cpf", "cadastro de pessoas", "brazilian taxpayer", "brazilian tax",
                         "contribuinte", "taxpayer number"))
    TRIGGER = compiled(rf"{_D}{{3}}[. ]?{_D}{{3}}[. ]?{_D}{{3}}[- ]?{_D}{{2}}")
    _ALONE = ("br-cpf",)

    def _ok(self, value: str) -> bool:
        number = digits_of(value)
        return len(set(number)) > 1 and std_cpf.is_valid(number)


class BrCnpjRecognizer(_Layout):
    """Brazilian CNPJ: 8-digit root, 4-digit branch, 2 check digits, `12.345.678/0001-95`."""

    ENTITY = "BR_CNPJ"
    PATTERNS = (
        ("br-cnpj", rf"{NUM_LB}{_D}{{2}}\.{_D}{{3}}\.{_D}{{3}}/{_D}{{4}}-{_D}{{2}}{NUM_RB}", 0.6),
        ("br-cnpj-plain", rf"{CSV_LB}{_D}{{14}}{NUM_RB}", 0.65),
    )
    CONTEXT = key_forms(("cnpj", "cadastro nacional"))
    TRIGGER = compiled(rf"{_D}{{2}}\.?{_D}{{3}}\.?{_D}{{3}}/?{_D}{{4}}-?{_D}{{2}}")
    _ALONE = ("br-cnpj",)

    def _ok(self, value: str) -> bool:
        number = digits_of(value)
        return len(set(number)) > 1 and std_cnpj.is_valid(number)


class MxCurpRecognizer(_Layout):
    """Mexican CURP: name letters, birth date, sex, state, consonants, a check digit."""

    ENTITY = "MX_CURP"
    PATTERNS = (("mx-curp", rf"{LB}[A-Z]{{4}}{_D}{{6}}[HMX][A-Z]{{5}}[0-9A-Z]{_D}{RB}", 0.65),)
    CONTEXT = key_forms(("curp", "clave única", "clave unica", "registro de población"))
    TRIGGER = compiled(r"[A-Z]{4}[0-9]{6}[HMX][A-Z]{5}")
    _ALONE = ("mx-curp",)

    def _ok(self, value: str) -> bool:
        return std_curp.is_valid(value)


class MxRfcRecognizer(_Layout):
    """Mexican RFC: 4 (a person) or 3 (a company) letters, the date, a 3-character homoclave
    whose last is a check digit; after its word (`RFC`, `registro federal`, `CFDI`)."""

    ENTITY = "MX_RFC"
    PATTERNS = (("mx-rfc", rf"{LB}[A-ZÑ&]{{3,4}}{_D}{{6}}[A-Z0-9]{{3}}{RB}", 0.65),)
    CONTEXT = key_forms(("rfc", "r.f.c", "registro federal", "mexican tax", "tax id", "cfdi",
                         "facturar", "factura"))
    TRIGGER = Keywords("rfc", "r.f.c", "registro federal", "mexican tax", "tax id", "tax_id",
                       "cfdi", "factura")

    def _ok(self, value: str) -> bool:
        return std_rfc.is_valid(value, validate_check_digits=True)


_NRIC_LETTERS = {"S": (0, "JZIHGFEDCBA"), "T": (4, "JZIHGFEDCBA"), "F": (0, "XWUTRQPNMLK"),
                 "G": (4, "XWUTRQPNMLK"), "M": (3, "KLJNPQRTUWX")}


def nric_ok(value: str) -> bool:
    """ICA's check letter: digits weighted 2,7,6,5,4,3,2, plus the prefix's offset, mod 11."""
    if len(value) != 9 or value[0] not in _NRIC_LETTERS or not value[1:8].isdigit():
        return False
    offset, letters = _NRIC_LETTERS[value[0]]
    total = offset + sum(int(c) * w for c, w in zip(value[1:8], (2, 7, 6, 5, 4, 3, 2), strict=True))
    return letters[total % 11] == value[8]


class SgNricRecognizer(_Layout):
    """Singapore NRIC / FIN: S, T, F, G or M, seven digits, the check letter."""

    ENTITY = "SG_NRIC_FIN"
    PATTERNS = (("sg-nric", rf"{LB}[STFGM]{_D}{{7}}[A-Z]{RB}", 0.6),)
    CONTEXT = key_forms(("nric", "fin", "ic number", "ic no", "identity card", "i/c", "nric no",
                         "singpass", "work pass"))
    TRIGGER = compiled(r"[STFGM][0-9]{7}[A-Z]")
    _ALONE = ("sg-nric",)

    def _ok(self, value: str) -> bool:
        return nric_ok(value)


def rrn_date_ok(value: str) -> bool:
    """A real birth date, its century by the sex digit (1/2 and 5/6: 1900s, 3/4 and 7/8: 2000s,
    9/0: 1800s)."""
    number = digits_of(value)
    if len(number) != 13:
        return False
    century = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000,
               "8": 2000, "9": 1800, "0": 1800}[number[6]]
    try:
        born = datetime.date(century + int(number[:2]), int(number[2:4]), int(number[4:6]))
    except ValueError:
        return False
    return born <= datetime.date.today()


class KrRrnRecognizer(_Layout):
    """South Korean resident registration number: YYMMDD, a dash, sex digit, six more."""

    ENTITY = "KR_RRN"
    PATTERNS = (
        ("kr-rrn", rf"{NUM_LB}{_D}{{6}}-[1-8]{_D}{{6}}{NUM_RB}", 0.6),
        ("kr-rrn-plain", rf"{CSV_LB}{_D}{{6}}[ ]?[1-8]{_D}{{6}}{NUM_RB}", 0.65),
    )
    CONTEXT = key_forms(("rrn", "주민등록번호", "주민번호", "주민등록", "resident registration",
                         "registration number", "korean id"))
    TRIGGER = compiled(rf"{_D}{{6}}[- ]?[1-8]{_D}{{6}}")
    _ALONE = ("kr-rrn",)

    def _ok(self, value: str) -> bool:
        return rrn_date_ok(value)

    def _alone_ok(self, value: str) -> bool:
        # Alone, the check digit too (numbers since 2020 have none: those need the word).
        return std_rrn.is_valid(digits_of(value))


class JpMyNumberRecognizer(_Layout):
    """Japanese Individual Number (My Number): 12 digits, the last a mod-11 check."""

    ENTITY = "JP_MY_NUMBER"
    PATTERNS = (("jp-my-number", rf"{CSV_LB}{_D}{{4}}([ -]?){_D}{{4}}\1{_D}{{4}}{NUM_RB}", 0.65),)
    CONTEXT = key_forms(("my number", "mynumber", "マイナンバー", "個人番号", "individual number",
                         "個人番号カード"))
    TRIGGER = Keywords("my number", "mynumber", "my_number", "my-number", "マイナンバー",
                       "個人番号", "individual number", "individual_number")

    def _ok(self, value: str) -> bool:
        return std_jp_in.is_valid(digits_of(value))


class ZaIdRecognizer(_Layout):
    """South African ID number: YYMMDD, a 4-digit sequence (sex), citizenship, 8, Luhn."""

    ENTITY = "ZA_ID"
    PATTERNS = (("za-id", rf"{CSV_LB}{_D}{{6}}( ?){_D}{{4}}\1{_D}{{3}}{NUM_RB}", 0.65),)
    CONTEXT = key_forms(("id number", "id no", "identity number", "sa id", "rsa id", "id",
                         "south african", "identity document", "fica", "id_number"))
    TRIGGER = compiled(rf"{_D}{{6}} ?{_D}{{4}} ?{_D}{{3}}")

    def _ok(self, value: str) -> bool:
        return std_za_idnr.is_valid(digits_of(value))


WORLD_ID_RECOGNIZERS = (
    BrCpfRecognizer, BrCnpjRecognizer, MxCurpRecognizer, MxRfcRecognizer, SgNricRecognizer,
    KrRrnRecognizer, JpMyNumberRecognizer, ZaIdRecognizer,
)


# -- national numbers under their own countries' label words -----------------------------------
# One row per number: entity NATIONAL_ID (restricted like US_SSN in every policy), its regex,
# the stdnum check (or a layout check where the issuer publishes none), and the words its own
# country's forms write before it. Digits alone pass these checks 1 time in 10 or 11 and read
# like phones, dates and order numbers: each needs one of its words within reach (Presidio's
# context window), and next to it scores 1.0, over a DATE_TIME or phone guess.

def _luhn_ok(number: str) -> bool:
    return std_luhn.is_valid(digits_of(number))


def _not_repeated(number: str) -> bool:
    return len(set(digits_of(number))) > 2


def _egypt_ok(number: str) -> bool:
    """Egypt's national number: century (2: 1900s, 3: 2000s), YYMMDD, governorate, serial."""
    number = digits_of(number)
    if len(number) != 14 or number[0] not in "23":
        return False
    try:
        born = datetime.date(1700 + 100 * int(number[0]) + int(number[1:3]), int(number[3:5]),
                             int(number[5:7]))
    except ValueError:
        return False
    return born <= datetime.date.today() and 1 <= int(number[7:9]) <= 88


def _saudi_ok(number: str) -> bool:
    number = digits_of(number)
    return len(number) == 10 and number[0] in "12" and _luhn_ok(number)


def _emirates_ok(number: str) -> bool:
    number = digits_of(number)
    return len(number) == 15 and number.startswith("784") and _luhn_ok(number)


_SEP = "[ -]?"
# (entity-name suffix, regex, check on the value with separators dropped, context words)
LOCAL_IDS: tuple[tuple[str, str, Callable[[str], bool], tuple[str, ...]], ...] = (
    ("IdNik", rf"{CSV_LB}{_D}{{16}}{NUM_RB}", std_nik.is_valid,
     ("nik", "nomor induk kependudukan", "ktp", "e-ktp", "no. ktp", "kependudukan")),
    ("IlTeudatZehut", rf"{CSV_LB}{_D}{{8}}-?{_D}{NUM_RB}", std_il_idnr.is_valid,
     ("teudat zehut", "zehut", "ת.ז", "ת\"ז", "תעודת זהות", "מספר זהות", "מס' זהות",
      "israeli id")),
    ("PlNip", rf"{CSV_LB}{_D}{{3}}-?{_D}{{2,3}}-?{_D}{{2}}-?{_D}{{2,3}}{NUM_RB}",
     std_pl_nip.is_valid, ("nip", "identyfikacji podatkowej", "polish tax id")),
    ("ArCuit", rf"{CSV_LB}(?:2[03457]|3[034])-?{_D}{{8}}-?{_D}{NUM_RB}", std_ar_cuit.is_valid,
     ("cuit", "c.u.i.t", "cuil", "c.u.i.l", "identificación tributaria", "cdi")),
    ("ClRut", rf"{CSV_LB}{_D}{{1,2}}(?:\.?{_D}{{3}}){{2}}-?[0-9kK]{RB}", std_cl_rut.is_valid,
     ("rut", "r.u.t", "run", "r.u.n", "rol único tributario", "rol unico tributario")),
    ("TrKimlik", rf"{CSV_LB}[1-9]{_D}{{10}}{NUM_RB}", std_tr_tck.is_valid,
     ("kimlik", "tckn", "tc no", "t.c. no", "tc kimlik")),
    ("MyMyKad", rf"{CSV_LB}{_D}{{6}}-?{_D}{{2}}-?{_D}{{4}}{NUM_RB}", std_my_nric.is_valid,
     ("mykad", "mykid", "kad pengenalan", "k/p", "ic number", "ic no", "nric", "malaysian ic")),
    ("ThPin", rf"{CSV_LB}[1-8]{_SEP}{_D}{{4}}{_SEP}{_D}{{5}}{_SEP}{_D}{{2}}{_SEP}{_D}{NUM_RB}",
     std_th_pin.is_valid,
     ("เลขประจำตัวประชาชน", "บัตรประชาชน", "เลขบัตร", "thai id", "thai national id")),
    ("PhId", rf"{CSV_LB}(?:{_D}{{3}}-{_D}{{3}}-{_D}{{3}}-{_D}{{3,5}}|{_D}{{2}}-{_D}{{7}}-{_D}"
             rf"|{_D}{{4}}([ -]){_D}{{4}}\1{_D}{{4}}(?:\1{_D}{{4}})?){NUM_RB}", _not_repeated,
     ("tin", "sss", "philsys", "pcn", "philid", "umid", "crn", "psn", "bir")),
    ("NgNinBvn", rf"{CSV_LB}{_D}{{11}}{NUM_RB}", _not_repeated,
     ("nin", "bvn", "bank verification number", "national identification number")),
    ("KeId", rf"{CSV_LB}{_D}{{7,8}}{NUM_RB}", _not_repeated,
     ("kitambulisho", "huduma", "kenyan id", "national id number")),
    ("KeKraPin", rf"{LB}[AP]{_D}{{9}}[A-Z]{RB}", std_ke_pin.is_valid, ("kra", "pin")),
    ("EgNationalId", rf"{CSV_LB}[23]{_D}{{13}}{NUM_RB}", _egypt_ok,
     ("الرقم القومي", "رقم البطاقة", "egyptian national id", "national id")),
    ("SaNationalId", rf"{CSV_LB}[12]{_D}{{9}}{NUM_RB}", _saudi_ok,
     ("رقم الهوية", "الهوية الوطنية", "iqama", "رقم الإقامة", "الإقامة", "saudi national id",
      "saudi id", "national id")),
    ("AeEmiratesId", rf"{CSV_LB}784-?{_D}{{4}}-?{_D}{{7}}-?{_D}{NUM_RB}", _emirates_ok,
     ("emirates id", "eid", "الهوية الإماراتية", "رقم الهوية", "emirates identity")),
    ("BeNationalNumber",
     rf"{CSV_LB}{_D}{{2}}\.?{_D}{{2}}\.?{_D}{{2}}[-.]?{_D}{{3}}[.-]?{_D}{{2}}{NUM_RB}",
     std_be_nn.is_valid,
     ("rijksregisternummer", "rijksregister", "numéro national", "numero national",
      "registre national", "insz", "niss", "national number")),
    ("NoFodselsnummer", rf"{CSV_LB}{_D}{{6}} ?{_D}{{5}}{NUM_RB}", std_no_fnr.is_valid,
     ("fødselsnummer", "fodselsnummer", "fnr", "personnummer", "d-nummer",
      "norwegian national identity")),
    ("FiHetu", rf"{CSV_LB}{_D}{{6}}[-+A-FU-Y]{_D}{{3}}[0-9A-FHJ-NPR-Y]{RB}", std_fi_hetu.is_valid,
     ("henkilötunnus", "henkilotunnus", "hetu", "personal identity code", "personbeteckning")),
    ("DkCpr", rf"{CSV_LB}{_D}{{6}}-?{_D}{{4}}{NUM_RB}", std_dk_cpr.is_valid,
     ("cpr", "cpr-nummer", "cpr-nr", "cpr nr", "personnummer")),
    ("IePps", rf"{CSV_LB}{_D}{{7}}[A-W][ABHWTX]?{RB}", std_ie_pps.is_valid,
     ("pps", "ppsn", "personal public service", "psp")),
    ("NzIrd", rf"{CSV_LB}{_D}{{2,3}}-?{_D}{{3}}-?{_D}{{3}}{NUM_RB}", std_nz_ird.is_valid,
     ("ird", "inland revenue")),
)


class _LocalId(SovereignPatternRecognizer):
    """A row of LOCAL_IDS: its check on the value without separators, its words required."""

    ENTITY = "NATIONAL_ID"
    REQUIRE_CONTEXT = True
    CHECK: Callable[[str], bool] = staticmethod(lambda v: False)

    def validate_result(self, pattern_text: str) -> bool | None:
        # stdnum's checks drop their own separators (and HETU's `-` / `A` is its century)
        return None if type(self).CHECK(fold(pattern_text).upper()) else False


def _local_class(name: str, pattern: str, check: Callable[[str], bool],
                 context: tuple[str, ...]) -> type[_LocalId]:
    forms = key_forms(context)  # the gate opens on a field key too (`thai_id`, `israeli-id`)
    return type(f"{name}Recognizer", (_LocalId,), {
        "PATTERNS": ((name.lower(), pattern, 0.65),),
        "CONTEXT": forms,
        "CHECK": staticmethod(check),
        "TRIGGER": Keywords(*forms),
        "__doc__": f"{name}: a national number after its own words (LOCAL_IDS).",
    })


LOCAL_ID_RECOGNIZERS = tuple(_local_class(*row) for row in LOCAL_IDS)
WORLD_ID_RECOGNIZERS = WORLD_ID_RECOGNIZERS + LOCAL_ID_RECOGNIZERS

# The words of national numbers' labels, in their countries' languages: a span made of them
# only (`Teudat Zehut`, `Nomor Induk Kependudukan`, `T.C. Kimlik`, `Rol Único Tributario`,
# `رقم الهوية`) names a number, not a person, even capitalised the way names are.
def id_label_word(word: str) -> str:
    """A word as ID_LABEL_WORDS holds it and as a span's word is looked up in it: NFKC (as
    normalize() gives the text), lower case, without the punctuation around it (`T.C.` is
    `t.c`, `No.` is `no`)."""
    return unicodedata.normalize("NFKC", word).strip(".,:;'’\"()").lower()


ID_LABEL_WORDS = frozenset(id_label_word(w) for w in (
    *(w for row in LOCAL_IDS for phrase in row[3] for w in phrase.split()), *words("""
    teudat zehut mispar nomor induk kependudukan kartu tanda penduduk t.c. tc kimlik numarası
    numarasi rol único unico tributario clave identificación identificacion registro de
    población poblacion federal contribuyentes del contribuyente mykad mykid kad pengenalan
    nombor no. nº n° número numero numer pesel nip cuit cuil rut run personal public service
    number rijksregisternummer insz fødselsnummer henkilötunnus cpr-nummer burgerservicenummer
    bsn mijn il mio codice fiscale mi meu cpf cnpj nin bvn iqama emirates umid crn philsys
    philid tin sss kra ya kitambulisho nambari رقم الهوية الوطنية الإماراتية الرقم القومي
    البطاقة الإقامة מספר תעודת זהות""")))
