"""A small fresh probe of IDs and numbers, written after the set-e fixes and measured once.

    python benchmarks/devset_ids_probe_e.py [--misses]

Values in carriers none of the set-e fixes was written against (query strings, markdown
tables, XML attributes, registry phrasing such as `CNPJ/MF sob o nº`, `個人番号：`, other phone
layouts, bank details on one line), and near-misses (tracking and order numbers, an EAN, a
meeting ID, page counts, hashes, a repeated-digit CPF, a CURP shape with a wrong check).
Values are computed here with a fixed seed (python-stdnum check digits via devset_ids_e's
generators), marked by the pattern that finds them in the prompt. Scored as
devset_ids_probe.py scores: characters of each value that no masking finding covers leak;
a near-miss counts when anything in it is masked.

Measured once, 2026-12-02, on commit 919b635 (after the set-e fixes, not tuned on): 44
values, span recall 0.977, char leak 0.017, near-misses masked 0/16. The one miss: a Spanish
DNI after the dotted abbreviation `D.N.I. nº` (the DNI word list has `dni` only; the number
was read as a DATE_TIME).
"""

# ruff: noqa: E501  (prompts are prose)
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from stdnum import luhn

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_ids as ids  # noqa: E402
import devset_ids_e as e  # noqa: E402
from devset_ids_probe import run  # noqa: E402

_R = random.Random(20261202)


def _n(k: int, first: str = "0123456789") -> str:
    return ids._num(_R, k, first)


def _compact(v: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", v)


CPF = e.cpf(_R)
CPF2 = _compact(e.cpf(_R))
CNPJ = e.cnpj(_R)
CURP = e.curp(_R)
RFC = e.rfc(_R)
NRIC = e.nric(_R)
NRIC2 = e.nric(_R)
RRN = e.rrn(_R)
MYNUM = e.my_number(_R)
ZA = e.za_id(_R)
TFN = e.tfn(_R)
SIN = e.sin(_R)
NINO = ids._nino(_R)
AADHAAR = ids._aadhaar(_R)
DNI = e.dni(_R)
CF = e.codice_fiscale(_R)
PESEL = e.pesel(_R)
BSN = e.bsn(_R)
SSN = ids._ssn(_R)
ITIN = e.itin(_R)
VIN = ids._vin(_R)
IMEI = ids._imei(_R)
ROUTING = ids._routing(_R)
BIC = ids._bic(_R)
IBAN = e.iban(_R)
_VISA = "4" + _n(14)
VISA = _VISA + luhn.calc_check_digit(_VISA)

# (prompt, family, the value's text in the prompt, or a pattern that finds it)
CARRIERS = (
    (f"Dados do titular — CPF nº {CPF}, residente em Belo Horizonte.", "br_cpf", CPF),
    (f"GET /api/cliente?cpf={CPF2}&uf=RJ", "br_cpf", CPF2),
    (f"inscrita no CNPJ/MF sob o nº {CNPJ}, neste ato representada", "br_cnpj", CNPJ),
    (f"Consulta de CURP {CURP} en RENAPO: vigente.", "mx_curp", CURP),
    (f"R.F.C. {RFC}", "mx_rfc", RFC),
    (f"Patient NRIC {NRIC} – allergies: penicillin", "sg_nric", NRIC),
    (f"| Name | FIN |\n| --- | --- |\n| (on file) | {NRIC2} |", "sg_nric", NRIC2),
    (f"<applicant rrn=\"{RRN}\" />", "kr_rrn", RRN),
    (f"個人番号：{MYNUM}", "jp_my_number", MYNUM),
    (f"SA identity number {ZA} (green barcoded ID book)", "za_id", ZA),
    (f"Employee TFN: {TFN}", "au_tfn", TFN),
    (f"SIN # {SIN}", "ca_sin", SIN),
    (f"NI no. {NINO}", "uk_nino", NINO),
    (f"Aadhaar No. {AADHAAR[:4]}-{AADHAAR[4:8]}-{AADHAAR[8:]}", "in_aadhaar", f"{AADHAAR[:4]}-{AADHAAR[4:8]}-{AADHAAR[8:]}"),
    (f"D.N.I. nº {DNI}", "es_dni", DNI),
    (f"Intestatario: codice fiscale {CF}", "it_cf", CF),
    (f"numer PESEL: {PESEL}", "pl_pesel", PESEL),
    (f"BSN-nummer {BSN}", "nl_bsn", BSN),
    (f"<person ssn=\"{SSN}\" role=\"dependent\"/>", "ssn", SSN),
    (f"ITIN: {ITIN}", "itin", ITIN),
    (f"she read it out: {e.say(_R, VISA, (4, 4, 4, 4))}", "spoken", None),
    (f"Mobile: +91 22 {_n(4, '2345')} {_n(4)}", "phone", re.compile(r"\+91.*")),
    (f"Lagos office +234 (0) 809 {_n(3)} {_n(4)}", "phone", re.compile(r"\+234.*")),
    (f"Tel. +55 11 3{_n(3)}-{_n(4)}", "phone", re.compile(r"\+55.*")),
    (f"上海 +86 (21) 6{_n(3)} {_n(4)}", "phone", re.compile(r"\+86.*")),
    (f"Cape Town: +27 (0)21 {_n(3, '4')} {_n(4)}", "phone", re.compile(r"\+27.*")),
    (f"text me on +61 4{_n(2)} {_n(3)} {_n(3)}", "phone", re.compile(r"\+61.*")),
    (f"Cork mobile 087 {_n(3)} {_n(4)}", "phone", re.compile(r"087.*")),
    (f"Vancouver desk +1 604-{_n(3, '2345689')}-{_n(4)} ext 204", "phone", re.compile(r"\+1 604-\d{3}-\d{4}")),
    (f"Passport: {_n(9, '123456789')}", "passport", re.compile(r"\d{9}")),
    (f"passport no. X{_n(8)}", "passport", re.compile(r"X\d{8}")),
    (f"DL No: D{_n(3)}-{_n(4)}-{_n(4)}", "licence", re.compile(r"D\d{3}-\d{4}-\d{4}")),
    (f"VIN#{VIN}", "vin", VIN),
    (f"IMEI1: {IMEI}", "imei", IMEI),
    (f"Sort Code: {_n(2, '123456')}-{_n(2)}-{_n(2)} Account No: {_n(8, '123456789')}", "bank", re.compile(r"\d\d-\d\d-\d\d")),
    (f"routing/ABA {ROUTING} acct {_n(10, '123456789')}", "bank", ROUTING),
    (f"BIC/SWIFT: {BIC}", "bic", BIC),
    (f"IBAN: {IBAN}", "iban", IBAN),
    (f"upstream ::ffff:{_R.randrange(11, 224)}.{_R.randrange(256)}.{_R.randrange(256)}.{_R.randrange(1, 255)} timed out", "ip", re.compile(r"::ffff:\S+")),
    ("curl http://127.0.0.1:8080/health", "ip", re.compile(r"127\.0\.0\.1")),
    (f"whitelist {_R.randrange(11, 224)}.{_R.randrange(256)}.{_R.randrange(256)}.0/24 for the VPN", "ip", re.compile(r"\d+\.\d+\.\d+\.0/24")),
    (f"Visa {VISA[:4]} {VISA[4:8]} {VISA[8:12]} {VISA[12:]} was declined", "card", re.compile(r"\d{4} \d{4} \d{4} \d{4}")),
)


def samples() -> list[tuple[str, list[tuple[int, int, str]]]]:
    out = []
    for text, family, value in CARRIERS:
        if value is None:  # spoken: everything after the colon
            a = text.index(": ") + 2
            out.append((text, [(a, len(text), family)]))
            continue
        m = (value if isinstance(value, re.Pattern) else re.compile(re.escape(value))).search(text)
        out.append((text, [(m.start(), m.end(), family)]))
    # the account after the sort code and after the routing number is PII too
    for i, (text, spans) in enumerate(out):
        if "Account No: " in text or " acct " in text:
            m = re.search(r"(?<=Account No: )\d+|(?<= acct )\d+", text)
            out[i] = (text, [*spans, (m.start(), m.end(), "bank")])
    return out


NEAR_MISSES = (
    f"Invoice 2024-{_n(8, '0')} settled",
    "ISBN 0-306-40615-2 (paperback)",
    "Tracking # 1Z999AA10123456784",
    f"git sha {''.join(_R.choice('0123456789abcdef') for _ in range(40))}",
    "Upgrade path: v2.14.0-beta.3 → v2.14.1",
    f"timestamp 17331{_n(5)}",
    f"Order 112-{_n(7)}-{_n(7)} arrives Tuesday",
    "CPF 111.111.111-11 é inválido",
    f"Meeting ID: 845 {_n(4)} {_n(4)}",
    "Error 0x80070005 (access denied)",
    "Population 8 336 817 in 2020",
    "Page 12 of 340",
    "EAN 4006381333931 on the box",
    f"Build 20241202.{_R.randrange(1, 20)}",
    f"Release tag {CURP[:-1]}{(int(CURP[-1]) + 1) % 10} is frozen",
    f"{_R.randrange(2, 9)} 412 887 tokens were processed",
)


def main(argv: list[str] | None = None) -> int:
    return run(argv, __doc__, samples(), NEAR_MISSES)


if __name__ == "__main__":
    sys.exit(main())
