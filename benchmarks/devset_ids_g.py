"""IDs and numbers, carriers `g`: national identity and tax numbers of forty-odd countries under
their LOCAL label words, US numbers without dashes, bank details, and numeric near-misses.

    python benchmarks/devset_ids_g.py [--n 8] [--misses] [--show 5] [--seed 1717]

Written before any fix was measured against it. Sets a-f hold the national numbers of a
dozen countries mostly under English words (`CPF`, `PESEL`, `personnummer`); this one writes
each number as its own country's forms and people write it: Indonesia's NIK (`Nomor Induk
Kependudukan`, `No. KTP`), Israel's Teudat Zehut (`ת.ז.`), Poland's PESEL and NIP, Brazil's
CPF and CNPJ (`inscrito no CPF sob o nº`), Mexico's CURP and RFC, Argentina's CUIT / CUIL,
Chile's RUT / RUN, Turkey's T.C. Kimlik No, South Africa's ID, Korea's 주민등록번호, Japan's
個人番号, Singapore's NRIC, Malaysia's MyKad (`No. Kad Pengenalan`), Thailand's
เลขประจำตัวประชาชน, the Philippines' TIN / SSS / PhilSys numbers, Nigeria's NIN and BVN,
Kenya's ID and KRA PIN, Egypt's الرقم القومي, Saudi national ID and Iqama, the UAE's Emirates
ID, Spain's DNI / NIE, Italy's codice fiscale, France's NIR (`n° de sécu`), the Netherlands'
BSN, Belgium's rijksregisternummer / numéro national, Sweden's personnummer, Norway's
fødselsnummer, Finland's henkilötunnus, Denmark's CPR-nummer, Ireland's PPSN, the UK's NINO,
Canada's SIN / NAS, Australia's TFN and Medicare, New Zealand's IRD, India's Aadhaar and PAN
(`आधार संख्या`); US SSNs and ITINs without dashes, passports and driver licences after their
words, bank account with routing numbers. Carriers: form lines, prose, CSV and Markdown
tables, JSON, chat, mixed language.

Values are generated here with valid check digits: python-stdnum computes or verifies each
(id.nik, il.idnr, pl.pesel, pl.nip, ar.cuit, cl.rut, tr.tckimlik, my.nric, th.pin, eg/sa/ae
by Luhn where they use it, be.nn, no.fodselsnummer, fi.hetu, dk.cpr, ie.pps, nz.ird, us.rtn
and the earlier sets' generators); numbers with no public check (Nigeria, Kenya's ID, the
Philippines, Egypt's last digit) are random in their layout. No person's name appears in a
carrier: every masked character outside a value is an over-mask.

`benign` (~25 % of prompts) holds near-misses: case, order, invoice and ticket numbers, part
numbers shaped like phones, 13-digit court case numbers (read as CREDIT_CARD before), the
same national shapes with a wrong check digit and no label, the ID words alone
(`PESEL`, `Teudat Zehut`, `Nomor Induk Kependudukan` in prose about the system, read as
PERSON before), versions, dates and build numbers.

Scored as devset_ids.py scores (80 % of a value's characters masked = found; any masking
type; char leak; benign prompts with any masked character).

Measured 2026-12-04 (n=8 per family: 336 values in 328 prompts, 102 near-miss prompts, seed
1717); before = commit 087c7ef (main when this file was written), before any fix:

| carriers  | span recall | char leak | benign prompts masked | other chars masked |
| --------- | ----------: | --------: | --------------------: | -----------------: |
| g, before | 0.530       | 0.465     | 23/102 (chars 9.8%)   | 10.3%              |
| g, after  | 0.917       | 0.072     | 13/102 (chars 5.4%)   | 8.2%               |

Before, never found: Emirates ID, Chile RUT, Denmark CPR, Egypt national ID, Finland HETU,
Indonesia NIK, Ireland PPSN, Kenya ID / KRA PIN, MyKad, NZ IRD, Thai ID; 1 in 8: Argentina
CUIT, Teudat Zehut, Norway fødselsnummer; mostly read as DATE_TIME (allowed). Over-masks:
the label words themselves as PERSON (`T.C. Kimlik`, `Rol Único Tributario`, `رقم الهوية`,
`MyKad`, `Teudat Zehut`, `Nomor Induk Kependudukan`, `Personal Public Service Number`), a
13-digit `Perkara No.` as NATIONAL_ID, dotted and spaced part numbers and a meeting ID as
phones, a bad-checksum serial as US_ITIN. One near-miss is arguably no miss: decimal
coordinates (GPS_COORDINATES, a location) — kept as written, counted against us.

After (branch ids17: world_ids.LOCAL_IDS, 21 national numbers after their local words, each
checked by stdnum or its layout, NATIONAL_ID; world_ids.ID_LABEL_WORDS, a model PERSON made
of label words only is dropped in ner._looks_like_name): every new country 1.000 but Kenya's
8-digit ID after a bare `ID No.` (left: too generic a word) and two Thai IDs after the Thai
label (the recognizer finds them alone; the Guard's resolution drops them: not traced).
Left as before: Spanish DNI/NIE after `D.N.I.` / `Número de Identidad de Extranjero` (0.375),
Swedish `pnr` and 12-digit personnummer (0.625), TFN / Medicare (0.5), undashed SSNs read as
DATE_TIME (0.75), accounts after a routing number (0.75). Near-misses still masked: phones
in dotted / spaced part numbers and a meeting ID, 13-digit `Perkara No.` as NATIONAL_ID,
PERSON on `disidangkan hari ini`, coordinates.
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import random
import string
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_ids as ids  # noqa: E402
import devset_ids_e as e  # noqa: E402
from devset import Sample  # noqa: E402
from stdnum import luhn  # noqa: E402
from stdnum.ar import cuit as std_cuit  # noqa: E402
from stdnum.be import nn as std_be_nn  # noqa: E402
from stdnum.cl import rut as std_rut  # noqa: E402
from stdnum.dk import cpr as std_cpr  # noqa: E402
from stdnum.fi import hetu as std_hetu  # noqa: E402
from stdnum.id import nik as std_nik  # noqa: E402
from stdnum.ie import pps as std_pps  # noqa: E402
from stdnum.ie import vat as std_ie_vat  # noqa: E402
from stdnum.il import idnr as std_il  # noqa: E402
from stdnum.in_ import pan as std_pan  # noqa: E402
from stdnum.ke import pin as std_ke_pin  # noqa: E402
from stdnum.my import nric as std_mykad  # noqa: E402
from stdnum.no import fodselsnummer as std_fnr  # noqa: E402
from stdnum.nz import ird as std_ird  # noqa: E402
from stdnum.pl import nip as std_nip  # noqa: E402
from stdnum.th import pin as std_th  # noqa: E402
from stdnum.tr import tckimlik as std_tck  # noqa: E402
from stdnum.us import rtn as std_rtn  # noqa: E402

SEED = 1717
_D = string.digits
_U = string.ascii_uppercase


def _n(r: random.Random, k: int, first: str = _D) -> str:
    return ids._num(r, k, first)


_until = e._until
_groups = e._groups
_ymd = e._ymd


def _sep(r: random.Random, v: str, sizes: tuple[int, ...], seps: str = " -") -> str:
    """The value compact or grouped with one of `seps`."""
    return v if r.random() < 0.4 else _groups(v, sizes, r.choice(seps))


# -- national numbers --------------------------------------------------------------------------

_ID_PROVINCES = ("11", "12", "13", "14", "31", "32", "33", "34", "35", "36", "51", "52", "61",
                 "64", "71", "73", "81", "91")


def nik(r: random.Random) -> str:
    def make() -> str:
        y, m, d = _ymd(r, 1950, 2004)
        day = d + (40 if r.random() < 0.5 else 0)
        return (r.choice(_ID_PROVINCES) + f"{r.randrange(1, 30):02d}{r.randrange(1, 30):02d}"
                + f"{day:02d}{m:02d}{y % 100:02d}" + f"{r.randrange(1, 999):04d}")
    return _until(make, std_nik.is_valid)


def teudat_zehut(r: random.Random) -> str:
    body = _n(r, 8, "0123")
    return body + luhn.calc_check_digit(body)


def nip(r: random.Random) -> str:
    v = _until(lambda: _n(r, 10, "123456789"), std_nip.is_valid)
    return r.choice((v, std_nip.format(v), f"{v[:3]}-{v[3:5]}-{v[5:7]}-{v[7:]}"))


def cuit(r: random.Random) -> str:
    body = r.choice(("20", "23", "27", "30", "33")) + _n(r, 8, "123456789")
    v = body + std_cuit.calc_check_digit(body)
    if v[-1] not in _D or not std_cuit.is_valid(v):
        return cuit(r)
    return std_cuit.format(v) if r.random() < 0.7 else v


def rut(r: random.Random) -> str:
    body = str(r.randrange(5_000_000, 26_000_000))
    v = body + std_rut.calc_check_digit(body)
    return std_rut.format(v) if r.random() < 0.7 else f"{body}-{v[-1]}"


def tckn(r: random.Random) -> str:
    body = _n(r, 9, "123456789")
    return body + std_tck.calc_check_digits(body)


def mykad(r: random.Random) -> str:
    def make() -> str:
        y, m, d = _ymd(r, 1950, 2004)
        return f"{y % 100:02d}{m:02d}{d:02d}" + f"{r.randrange(1, 17):02d}" + _n(r, 4)
    v = _until(make, std_mykad.is_valid)
    return std_mykad.format(v) if r.random() < 0.7 else v


def thai_id(r: random.Random) -> str:
    body = _n(r, 12, "12345678")
    v = body + std_th.calc_check_digit(body)
    return std_th.format(v) if r.random() < 0.6 else v


def ph_id(r: random.Random) -> str:
    return r.choice((
        lambda: f"{_n(r, 3, '123456789')}-{_n(r, 3)}-{_n(r, 3)}-000",   # TIN
        lambda: f"{_n(r, 2, '0123')}-{_n(r, 7)}-{_n(r, 1)}",             # SSS
        lambda: f"{_n(r, 4, '123456789')}-{_n(r, 4)}-{_n(r, 4)}-{_n(r, 4)}",  # PhilSys PCN
        lambda: f"{_n(r, 4, '123456789')} {_n(r, 4)} {_n(r, 4)}",        # PhilSys PSN / UMID CRN
    ))()


def nin_bvn(r: random.Random) -> str:
    return r.choice((_n(r, 11, "123456789"), "22" + _n(r, 9)))


def ke_id(r: random.Random) -> str:
    if r.random() < 0.5:
        return _n(r, 8, "123456789")
    v = _until(lambda: r.choice("AP") + _n(r, 9) + r.choice(_U), std_ke_pin.is_valid)
    return v


def egypt_nid(r: random.Random) -> str:
    y, m, d = _ymd(r, 1950, 2004)
    century = "2" if y < 2000 else "3"
    return (century + f"{y % 100:02d}{m:02d}{d:02d}" + f"{r.choice((1, 2, 12, 13, 21, 88)):02d}"
            + _n(r, 4) + _n(r, 1, "123456789"))


def saudi_id(r: random.Random) -> str:
    body = r.choice("12") + _n(r, 8)
    return body + luhn.calc_check_digit(body)


def emirates_id(r: random.Random) -> str:
    y = r.randrange(1960, 2005)
    body = f"784{y}" + _n(r, 7)
    v = body + luhn.calc_check_digit(body)
    return f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}" if r.random() < 0.75 else v


def be_nn(r: random.Random) -> str:
    def make() -> str:
        y, m, d = _ymd(r, 1950, 2004)
        body = f"{y % 100:02d}{m:02d}{d:02d}{r.randrange(1, 998):03d}"
        base = int(body) if y < 2000 else int("2" + body)
        return body + f"{97 - base % 97:02d}"
    v = _until(make, std_be_nn.is_valid)
    return r.choice((std_be_nn.format(v), v, f"{v[:6]}-{v[6:9]}-{v[9:]}"))


def fodselsnummer(r: random.Random) -> str:
    def make() -> str:
        y, m, d = _ymd(r, 1950, 2000)
        body = f"{d:02d}{m:02d}{y % 100:02d}" + _n(r, 3, "0123")
        c1 = std_fnr.calc_check_digit1(body)
        c2 = std_fnr.calc_check_digit2(body + c1)
        return body + c1 + c2
    v = _until(make, lambda v: len(v) == 11 and std_fnr.is_valid(v))
    return v if r.random() < 0.6 else f"{v[:6]} {v[6:]}"


def hetu(r: random.Random) -> str:
    def make() -> str:
        y, m, d = _ymd(r, 1950, 2004)
        sign = "-" if y < 2000 else "A"
        serial = f"{r.randrange(2, 899):03d}"
        check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d:02d}{m:02d}{y % 100:02d}{serial}") % 31]
        return f"{d:02d}{m:02d}{y % 100:02d}{sign}{serial}{check}"
    return _until(make, std_hetu.is_valid)


def cpr(r: random.Random) -> str:
    def make() -> str:
        y, m, d = _ymd(r, 1950, 1999)
        return f"{d:02d}{m:02d}{y % 100:02d}" + _n(r, 4, "0123")
    v = _until(make, std_cpr.is_valid)
    return f"{v[:6]}-{v[6:]}" if r.random() < 0.7 else v


def pps(r: random.Random) -> str:
    body = _n(r, 7)
    if r.random() < 0.6:
        v = body + std_ie_vat.calc_check_digit(body + "A") + "A"
    else:
        v = body + std_ie_vat.calc_check_digit(body)
    assert std_pps.is_valid(v)
    return v


def ird(r: random.Random) -> str:
    def make() -> str:
        body = _n(r, 8, "123456789")
        return body + std_ird.calc_check_digit(body)
    v = _until(make, lambda v: v[-1] in _D and std_ird.is_valid(v))
    return std_ird.format(v) if r.random() < 0.6 else v


def pan(r: random.Random) -> str:
    return _until(lambda: _t(r, _U, 3) + "P" + r.choice(_U) + _n(r, 4) + r.choice(_U), std_pan.is_valid)


def _t(r: random.Random, alphabet: str, k: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(k))


def ssn_plain(r: random.Random) -> str:
    return r.choice((ids._ssn(r), _until(lambda: ids._itin(r), e.std_itin.is_valid)))


def us_doc(r: random.Random) -> str:
    return r.choice((e.us_passport(r), e.licence(r)))


def routing(r: random.Random) -> str:
    body = _n(r, 8, "0123")
    return body + std_rtn.calc_check_digit(body)


def account(r: random.Random) -> str:
    return _n(r, r.randrange(8, 14), "123456789")


# Each family: (value generator, carriers). `{X}` is the value, `{Y}` a second one of the same
# family, `{R}` a routing number (family `routing`), `{A}` a bank account (family `account`).
FAMILIES: dict[str, tuple[Callable[[random.Random], str], tuple[str, ...]]] = {
    "id_nik": (nik, (
        "Nomor Induk Kependudukan: {X}",
        "NIK {X} sudah terdaftar di Dukcapil.",
        "Mohon kirim foto KTP; No. KTP: {X}",
        "nama,nik,kota\n(terlampir),{X},Bandung",
        "Please verify the customer's NIK ({X}) before disbursement.",
        '{{"nik": "{X}", "status": "verified"}}',
    )),
    "il_tz": (teudat_zehut, (
        "Teudat Zehut: {X}",
        "מספר תעודת זהות: {X}",
        "ת.ז. {X}",
        "The tenant's Israeli ID (teudat zehut) is {X}.",
        "| field | value |\n| --- | --- |\n| mispar zehut | {X} |",
        "מס' זהות {X} – נא לאמת",
    )),
    "pl_pesel": (e.pesel, (
        "Numer PESEL: {X}",
        "Proszę podać PESEL {X} w formularzu.",
        "pacjent, PESEL {X}, skierowanie do poradni",
        "imie;pesel;miasto\n(dane);{X};Kraków",
        "Her Polish national ID number (PESEL) is {X}.",
    )),
    "pl_nip": (nip, (
        "NIP: {X}",
        "Numer identyfikacji podatkowej {X}",
        "Faktura VAT, nabywca NIP {X}",
        "Polish tax ID (NIP) of the sole trader: {X}",
    )),
    "br_cpf": (e.cpf, (
        "inscrito no CPF sob o nº {X}",
        "CPF/MF nº {X}",
        "Meu CPF é {X}, pode emitir a nota?",
        "nome;cpf;cidade\n(omitido);{X};Recife",
        "Cadastro de Pessoas Físicas: {X}",
    )),
    "br_cnpj": (e.cnpj, (
        "inscrita no CNPJ sob o nº {X}",
        "CNPJ/MF {X}",
        "Razão social: (omitida) – CNPJ: {X}",
        "Emitente do boleto, CNPJ {X}",
    )),
    "mx_curp": (e.curp, (
        "Clave Única de Registro de Población: {X}",
        "Mi CURP es {X}",
        "CURP: {X}",
        "curp,estado\n{X},Jalisco",
    )),
    "mx_rfc": (e.rfc, (
        "RFC del contribuyente: {X}",
        "Registro Federal de Contribuyentes {X}",
        "Para facturar: RFC {X}, uso CFDI G03",
    )),
    "ar_cuit": (cuit, (
        "CUIT: {X}",
        "C.U.I.T. N° {X}",
        "Mi CUIL es {X}, ¿me pasás el recibo?",
        "Clave Única de Identificación Tributaria {X}",
        "Proveedor (responsable inscripto), CUIT {X}",
    )),
    "cl_rut": (rut, (
        "RUT: {X}",
        "R.U.N. {X}",
        "Rol Único Tributario {X}",
        "Mi RUT es {X}, para la boleta por favor.",
        "rut;comuna\n{X};Providencia",
    )),
    "tr_tckn": (tckn, (
        "T.C. Kimlik No: {X}",
        "TC kimlik numarası {X}",
        "TCKN {X} ile başvuru yapıldı.",
        "Kimlik numaranız: {X}",
        "Turkish national ID (TC Kimlik) {X}",
    )),
    "za_id": (e.za_id, (
        "ID-nommer: {X}",
        "Identity number {X} (green barcoded ID book)",
        "South African ID no. {X}",
        "RSA ID {X} for the FICA check",
    )),
    "kr_rrn": (e.rrn, (
        "주민등록번호: {X}",
        "주민번호 {X} 확인 부탁드립니다.",
        "Korean resident registration no. {X}",
    )),
    "jp_my_number": (e.my_number, (
        "個人番号：{X}",
        "マイナンバー {X} を記入してください。",
        "個人番号カードの番号は{X}です。",
    )),
    "sg_nric": (e.nric, (
        "NRIC No.: {X}",
        "Please key in your NRIC/FIN {X} at the counter.",
        "IC: {X}",
        "身份证号码 {X}（新加坡）",
    )),
    "my_mykad": (mykad, (
        "No. Kad Pengenalan: {X}",
        "MyKad {X}",
        "No. K/P: {X}",
        "IC number (MyKad) {X}",
        "nombor kad pengenalan baru {X}",
    )),
    "th_id": (thai_id, (
        "เลขประจำตัวประชาชน {X}",
        "เลขบัตรประชาชน: {X}",
        "Thai national ID card no. {X}",
        "Thai ID {X} (บัตรประชาชน)",
    )),
    "ph_id": (ph_id, (
        "TIN: {X}",
        "SSS No. {X}",
        "PhilSys Card Number (PCN): {X}",
        "My PhilID number is {X}",
        "UMID CRN {X}",
    )),
    "ng_nin_bvn": (nin_bvn, (
        "NIN: {X}",
        "BVN {X}",
        "Kindly send your Bank Verification Number ({X}) for the KYC.",
        "National Identification Number: {X}",
        "my nin na {X}",
    )),
    "ke_id": (ke_id, (
        "ID No. {X}",
        "Nambari ya kitambulisho: {X}",
        "KRA PIN {X}",
        "National ID number {X} (Huduma)",
    )),
    "eg_nid": (egypt_nid, (
        "الرقم القومي: {X}",
        "رقم البطاقة {X}",
        "Egyptian national ID number {X}",
        "National ID (الرقم القومي) {X}",
    )),
    "sa_id": (saudi_id, (
        "رقم الهوية الوطنية: {X}",
        "Iqama No. {X}",
        "رقم الإقامة {X}",
        "Saudi national ID {X}",
        "iqama number: {X}",
    )),
    "ae_eid": (emirates_id, (
        "Emirates ID: {X}",
        "رقم الهوية الإماراتية {X}",
        "EID No. {X}",
        "Please upload the Emirates ID ({X}) front and back.",
    )),
    "es_dni_nie": (lambda r: r.choice((e.dni(r), e.nie(r))), (
        "DNI: {X}",
        "con D.N.I. número {X}",
        "NIE {X}",
        "Número de Identidad de Extranjero: {X}",
        "Documento Nacional de Identidad {X}",
    )),
    "it_cf": (e.codice_fiscale, (
        "C.F. {X}",
        "Codice Fiscale: {X}",
        "cod. fisc. {X}",
        "il mio codice fiscale è {X}",
    )),
    "fr_nir": (e.insee, (
        "n° de sécu : {X}",
        "Numéro de sécurité sociale {X}",
        "N° INSEE : {X}",
        "numéro d'inscription au répertoire (NIR) {X}",
    )),
    "nl_bsn": (e.bsn, (
        "BSN: {X}",
        "Burgerservicenummer {X}",
        "Mijn BSN is {X}.",
        "sofinummer {X}",
    )),
    "be_nn": (be_nn, (
        "Rijksregisternummer: {X}",
        "Numéro national : {X}",
        "INSZ {X}",
        "N° de registre national {X}",
    )),
    "se_pnr": (e.personnummer, (
        "Personnummer: {X}",
        "pnr {X}",
        "Mitt personnummer är {X}.",
    )),
    "no_fnr": (fodselsnummer, (
        "Fødselsnummer: {X}",
        "fnr. {X}",
        "personnummer (11 siffer) {X}",
        "Norwegian national identity number {X}",
    )),
    "fi_hetu": (hetu, (
        "Henkilötunnus: {X}",
        "HETU {X}",
        "hetu: {X}",
        "Finnish personal identity code {X}",
    )),
    "dk_cpr": (cpr, (
        "CPR-nummer: {X}",
        "CPR nr. {X}",
        "Mit CPR er {X}.",
        "Danish CPR number {X}",
    )),
    "ie_pps": (pps, (
        "PPS number: {X}",
        "PPSN {X}",
        "Personal Public Service Number {X}",
        "uimhir PSP: {X}",
    )),
    "uk_nino": (e.nino, (
        "NI number: {X}",
        "National Insurance No. {X}",
        "NINO {X}",
    )),
    "ca_sin": (e.sin, (
        "Numéro d'assurance sociale (NAS) : {X}",
        "NAS {X}",
        "SIN: {X}",
    )),
    "au_tfn_medicare": (lambda r: r.choice((e.tfn(r), e.medicare(r))), (
        "TFN {X}",
        "Medicare card no. {X}",
        "Tax File Number: {X}",
        "Medicare number {X} (IRN 1)",
    )),
    "nz_ird": (ird, (
        "IRD number: {X}",
        "IRD no. {X}",
        "Inland Revenue number {X}",
        "tau IRD {X}",
    )),
    "in_aadhaar_pan": (lambda r: r.choice((e.aadhaar(r), pan(r))), (
        "आधार संख्या: {X}",
        "Aadhaar No. {X}",
        "पैन कार्ड नंबर {X}",
        "PAN: {X}",
        "mera aadhar number {X} hai",
    )),
    "us_ssn_plain": (ssn_plain, (
        "SSN {X}",
        "ssn:{X}",
        "ITIN {X} on the W-7",
        "social security no {X}",
        "taxpayer id (SSN/ITIN): {X}",
    )),
    "us_doc": (us_doc, (
        "US passport no. {X}",
        "passport number: {X}",
        "driver's license number {X}",
        "DL# {X}",
    )),
    "bank": (account, (
        "Routing number {R}, account number {X}",
        "ABA {R} / Acct {X}",
        "routing,account\n{R},{X}",
        "Direct deposit: RTN {R}, checking account {X}",
    )),
}


def _side(family: str, r: random.Random) -> dict[str, tuple[str, str | None]]:
    make = FAMILIES[family][0]
    return {"Y": (make(r), family), "R": (routing(r), "routing"), "A": (account(r), "account")}


# -- near-misses ----------------------------------------------------------------------------------

def _bad(r: random.Random, make: Callable[[], str], check: Callable[[str], bool]) -> str:
    return _until(make, lambda v: not check(v))


BENIGN: tuple[Callable[[random.Random], str], ...] = (
    lambda r: f"Case number {_n(r, 13, '123456789')} was closed by the court.",
    lambda r: f"Perkara No. {_n(r, 13, '123456789')} disidangkan hari ini.",
    lambda r: f"Docket {_n(r, 13, '123456789')}: hearing moved to Tuesday.",
    lambda r: f"Order #{_n(r, 10, '123456789')} shipped via DHL.",
    lambda r: f"Invoice {_n(r, 11, '123456789')} is due in 30 days.",
    lambda r: f"Nota fiscal {_n(r, 9, '123456789')} emitida.",
    lambda r: f"Ticket {_n(r, 8, '123456789')} reopened by the support bot.",
    lambda r: f"Part no. {_n(r, 3)}-{_n(r, 3)}-{_n(r, 4)} fits the 2019 model.",
    lambda r: f"Replacement filter {_n(r, 3)}.{_n(r, 3)}.{_n(r, 4)} in stock.",
    lambda r: f"Build {_n(r, 11, '123456789')} passed all checks.",
    lambda r: f"Tracking {_n(r, 12, '123456789')} delivered at 14:02.",
    lambda r: "PESEL is the Polish national identification number.",
    lambda r: "The form asks for your PESEL and NIP.",
    lambda r: "Teudat Zehut is the Israeli identity card.",
    lambda r: "Nomor Induk Kependudukan wajib untuk semua warga.",
    lambda r: "The Nomor Induk Kependudukan has 16 digits.",
    lambda r: "Fødselsnummer og D-nummer er personlige identifikatorer.",
    lambda r: "Henkilötunnus is issued at birth in Finland.",
    lambda r: "A CPR-nummer has ten digits.",
    lambda r: "El CUIT y el CUIL tienen once dígitos.",
    lambda r: "El RUT chileno termina en un dígito verificador o K.",
    lambda r: "TC Kimlik numarası 11 hanelidir.",
    lambda r: "MyKad replaced the old identity card in 2001.",
    lambda r: "The Emirates ID is mandatory for residents.",
    lambda r: "Enter your BVN and NIN to open the account.",
    lambda r: "Rijksregisternummer: zie uw identiteitskaart.",
    lambda r: "PPS numbers are issued by the Department of Social Protection.",
    lambda r: "IRD numbers have eight or nine digits.",
    lambda r: "เลขประจำตัวประชาชนมี 13 หลัก",
    lambda r: "الرقم القومي يتكون من 14 رقما",
    lambda r: f"Reference {_bad(r, lambda: _n(r, 11, '123456789'), e.std_pesel.is_valid)} is pending.",
    lambda r: f"Lot {_bad(r, lambda: _n(r, 9, '0123'), std_il.is_valid)} passed QA.",
    lambda r: f"Serial {_bad(r, lambda: _n(r, 11, '123456789'), std_tck.is_valid)} returned.",
    lambda r: f"Batch {_bad(r, lambda: _n(r, 13, '12345678'), std_th.is_valid)} archived.",
    lambda r: f"Meter reading {_bad(r, lambda: _n(r, 10, '123456789'), std_nip.is_valid)} kWh total.",
    lambda r: f"Shipment {_bad(r, lambda: _n(r, 16, '123456789'), std_nik.is_valid)} cleared customs.",
    lambda r: f"Container {_n(r, 15, '123456789')} unloaded.",
    lambda r: "Version 20.12.345 released; see 2.13.4567-1 for notes.",
    lambda r: "Released 2024-05-03, hotfix 2024.05.17.",
    lambda r: f"Between {_n(r, 4, '12')}-{r.randrange(1, 13):02d}-{r.randrange(1, 28):02d} and now, uptime was 99.95%.",
    lambda r: f"The meeting ID is {_n(r, 3)} {_n(r, 4)} {_n(r, 4)}.",
    lambda r: f"Revenue 2023: {_n(r, 3, '123456789')}.{_n(r, 3)}.{_n(r, 3)} reais.",
    lambda r: f"Population of the region: {_n(r, 2, '123456789')} {_n(r, 3)} {_n(r, 3)}.",
    lambda r: f"SKU {_n(r, 13, '123456789')} (EAN) back in stock.",
    lambda r: f"Commit {_n(r, 6)}a{_n(r, 5)} fixes the NIK parser.",
    lambda r: f"Error code {_n(r, 2, '123456789')}-{_n(r, 8)}-{_n(r, 1)} from the gateway.",
    lambda r: f"Room {_n(r, 3, '123456789')}, floor 4; extension {_n(r, 4)}.",
    lambda r: f"Coordinates {r.randrange(10, 60)}.{_n(r, 6)}, {r.randrange(10, 60)}.{_n(r, 6)}",
    lambda r: "The RFC 9110 spec replaced RFC 7231.",
    lambda r: "Use the SIN function for angles; NAS storage is full.",
    lambda r: f"Policy doc v{r.randrange(1, 9)}.{r.randrange(0, 20)} approved on 12.03.2024.",
)


# -- building and scoring ---------------------------------------------------------------------------

def build(n: int = 8, seed: int = SEED) -> list[Sample]:
    return ids.build_carriers(FAMILIES, BENIGN, _side, n, seed, benign_rounds=2)


ENTITY_OK_G: dict[str, frozenset[str] | None] = {
    family: None for family in (*FAMILIES, "routing", "account")}


def main(argv: list[str] | None = None) -> int:
    return ids.carrier_main(argv, __doc__, build, 8, SEED, ENTITY_OK_G)


if __name__ == "__main__":
    sys.exit(main())
