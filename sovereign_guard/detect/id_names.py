"""Names of identity documents and numbers, as their countries write them.

They are capitalised like a person's name and no list knows their words, so the small model
and the name finders read `Teudat Zehut`, `Nomor Induk Kependudukan` or `Codice Fiscale` as
a person. They name a kind of document, never someone: a PERSON span that lies within one
of them (`Nomor Induk` of `Nomor Induk Kependudukan`) is dropped; one that holds a name
beside it (`Codice Fiscale Mario Rossi`) is left to the finders that trim labels.

Hand-written from the documents' official names; the numbers themselves are found by the ID
recognizers (`eu_ids`, `intl_ids`, `world_ids`), whose context words these often are.
"""

from __future__ import annotations

from .common import compiled

# One document name a line, lower case; spaces match any run of spaces.
ID_DOCUMENT_NAMES = """
teudat zehut
mispar zehut
nomor induk kependudukan
kartu tanda penduduk
nomor pokok wajib pajak
kad pengenalan
mykad
codice fiscale
partita iva
carta d'identità
documento nacional de identidad
número de identidad de extranjero
cadastro de pessoas físicas
cadastro de pessoas fisicas
cadastro nacional da pessoa jurídica
registro geral
clave única de registro de población
registro federal de contribuyentes
rol único tributario
rol unico tributario
cédula de ciudadanía
cedula de ciudadania
cédula de identidad
tc kimlik
kimlik numarası
numéro de sécurité sociale
carte nationale d'identité
burgerservicenummer
rijksregisternummer
personnummer
fødselsnummer
fodselsnummer
henkilötunnus
henkilotunnus
kennitala
personas kods
asmens kodas
isikukood
rodné číslo
rodne cislo
steuer-identifikationsnummer
steueridentifikationsnummer
sozialversicherungsnummer
personalausweis
jumin deungnok beonho
kojin bangō
kojin bango
my number
aadhaar
aadhar
emirates id
iqama
"""

_ID_NAME = compiled(
    r"(?i)(?<![\w'’-])(?:"
    + "|".join(n.strip().replace(" ", r"\s+") for n in ID_DOCUMENT_NAMES.strip().splitlines())
    + r")(?![\w'’-])"
)
_REACH = 48  # longer than any name above


def in_id_document_name(text: str, start: int, end: int) -> bool:
    """`text[start:end]` lies within an identity document's name (`Teudat Zehut`, `Nomor
    Induk` of `NOMOR INDUK KEPENDUDUKAN`)."""
    for m in _ID_NAME.finditer(text, max(0, start - _REACH), min(len(text), end + _REACH)):
        if m.start() <= start and end <= m.end():
            return True
    return False
