"""Postal blocks written as form fields, one per line:

    Street: 12 Elm Rd        Address line 1: ...      Address: 21 Close Lane
    City: Springfield        Address line 2: Apt 4    Town: Bath
    State: IL                Zip code: 62704          Postcode: BA1 1LT

`labels.LabeledValueRecognizer` reads an `Address:` or `Street:` value alone; the town, state
and postcode fields next to it are the same address. A block whose fields include a street,
an address line or a postcode is an address: each of its fields' values is reported. A
`City:` or `State:` field alone (or together) is a place, allowed like any LOCATION.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .common import compiled
from .labels import _cells as cells  # RFC 4180 cells with their offsets

# Field labels, by role: `street` and `code` make a block an address, `place` lines join it.
_STREET = (r"street(?:[ \t]address)?|address(?:[ \t]?(?:line)?[ \t]?[1-3])?|"
           r"addr\.?(?:[ \t]?[1-3])?|mailing[ \t]address|postal[ \t]address|home[ \t]address|"
           r"shipping[ \t]address|"
           r"billing[ \t]address|house(?:[ \t](?:no\.?|number))?|flat|apartment|apt\.?|unit|suite|"
           # Spanish, French, German, Italian, Portuguese forms (`Dirección:`, `Piso/puerta:`).
           r"direcci[oó]n|domicilio|adresse|anschrift|indirizzo|endere[cç]o|morada|stra(?:ß|ss)e|"
           r"calle")
_CODE = (r"zip(?:[ \t]?code)?|zip/postal(?:[ \t]code)?|postal(?:[ \t]?code)?|post[ \t]?code|"
         r"postcode|pin(?:[ \t]?code)?|cep|c\.p\.|plz|code[ \t]postal|código[ \t]postal|"
         r"cap|eircode|c[oó]digo[ \t]postal|postleitzahl|cod\.?[ \t]postal")
_PLACE = (r"city|town|suburb|locality|district|neighbou?rhood|barangay|colonia|state|province|"
          r"county|region|prefecture|state/province|country|st|"
          r"ciudad|localidad|provincia|ville|stadt|ort|citt[àa]|comune|cidade|pa[íi]s|pays|"
          # A floor or door joins a block, it does not make one (`Piso: 3` alone is a count).
          r"piso|puerta|[ée]tage|b[âa]timent|wohnung|interno")
# Keys of JSON, YAML and code name the same fields with `_` between words and a role
# before them (`postal_code`, `ship_street`, `address_line1`).
_ROLE = r"(?:(?:ship(?:ping)?|bill(?:ing)?|mail(?:ing)?|home|delivery|customer)[ _-])?"
_KEY_STREET = (r"address[ _-]?line(?:[ _-]?[1-3])?|line[ _-]?[1-3]|"  # `addressLine`, `line1`
               # `streetAddress` (schema.org), `street1`, `street_line_2`
               r"street[ _-]?(?:address|addr|line)?[ _-]?[1-3]|street[ _-]?address|"
               + _STREET.replace(r"[ \t]", r"[ \t_]"))
# A key naming the town (and state) with the postcode in one field (`town_postcode`,
# `city_zip`, `City/State/ZIP`) holds a postcode: a code field, which makes a block.
_KEY_CODE = (rf"(?:(?:{_PLACE})[ \t_/-]{{1,3}}){{0,2}}(?:zip[ _-]?(?:5|4|plus4)|"  # `zip5`
             + _CODE.replace(r"[ \t]", r"[ \t_]") + ")")
# `province_code`, `state_name`, schema.org's `addressLocality`, `addressRegion`.
_KEY_PLACE = rf"(?:address[ _-]?(?:locality|region|country)|(?:{_PLACE})(?:[ _-]?(?:code|name))?)"
# A label of two names (`Apt/Suite`, `City/Town`, `ZIP / Postal Code`) is read by its first.
_KEY_ALSO = r"(?:[ \t]?/[ \t]?[a-z]{2,12}(?:[ \t]code)?)?"
_KEYS = (rf"{_ROLE}(?:(?P<street>{_KEY_STREET})|(?P<code>{_KEY_CODE})|(?P<place>{_KEY_PLACE}))"
         rf"{_KEY_ALSO}")
FIELD = compiled(
    rf"(?im)^[ \t]{{0,8}}[*-]?[ \t]?{_KEYS}"
    r"[ \t]{0,3}[:=][ \t]{0,4}(?P<value>[^\n\t|;]{1,80}?)[ \t]*$"
)
# JSON's `"street": "12 Elm Rd"`, several on a line; `"`-quoted values only.
JSON_FIELD = compiled(rf'(?i)"{_KEYS}"[ \t]{{0,2}}:[ \t]{{0,2}}"(?P<value>[^"\n]{{1,80}})"')
_JSON_GAP = 160  # characters between two fields of one object, at most
LABEL_WORDS = ("street", "address", "addr", "addr.", "mailing", "postal", "home", "shipping",
               "billing", "house", "flat", "apartment", "apt", "apt.", "unit", "suite", "zip",
               "zip/postal", "post", "postcode", "pin", "cep", "c.p.", "plz", "code", "código",
               "cap", "eircode", "city", "town", "suburb", "locality", "district",
               "neighbourhood", "neighborhood", "barangay", "colonia", "state", "province",
               "county", "region", "prefecture", "state/province", "country", "line1", "line2",
               "ship", "shipping", "bill", "delivery", "customer", "st", "addr1", "addr2",
               "address1", "address2", "dirección", "direccion", "domicilio", "adresse",
               "anschrift", "indirizzo", "endereço", "endereco", "morada", "straße", "strasse",
               "calle", "piso", "puerta", "étage", "etage", "bâtiment", "batiment", "wohnung",
               "interno", "codigo", "postleitzahl", "cod.", "ciudad", "localidad", "provincia",
               "ville", "stadt", "ort", "città", "citta", "comune", "cidade", "país", "pais",
               "pays")
_GAP_LINES = 2  # other lines (`Name:`, `Phone:`) allowed between two fields of one block


def form_fields(text: str, starts: Iterator[int]) -> list[tuple[int, int]]:
    """The (start, end) of each address field's value in the postal blocks of `text`;
    `starts` are the offsets of label words (the trigger's hits)."""
    fields: dict[int, tuple[str, int, int]] = {}
    for at in starts:
        line = text.rfind("\n", 0, at) + 1
        if line in fields or text[line:at].strip(" \t*-"):
            continue  # the label word is not the line's first word
        m = FIELD.match(text, line)
        if m and m.group("value").strip():
            fields[line] = (_role(m), m.start("value"), m.end("value"))
    out: list[tuple[int, int]] = []
    block: list[tuple[str, int, int]] = []
    last_end = -1
    for line in sorted(fields):
        if block and text.count("\n", last_end, line) > _GAP_LINES + 1:
            out += _block(block, text)
            block = []
        block.append(fields[line])
        last_end = fields[line][2]
    return out + _block(block, text)


# Fields written on one line (`Street: 12 Elm St, City: Austin, State: TX, Zip: 78701`), each
# label after the line's start, a comma, a semicolon, a bar, a tab or two spaces; logs and
# query strings write them `key=value` (`street=48 Otter Ct; city=Boulder`, `&city=`), the
# next `key=` or a `&` ending the value.
_INLINE_FIELD = compiled(
    rf"(?i){_KEYS}[ \t]{{0,3}}(?::|(?P<eq>=))[ \t]{{0,4}}(?P<value>[^,;|\t\n&=]{{1,60}}?)"
    r"(?=[ \t]*(?:[,;|\t\n]|$)|[ \t]{2}|(?(eq)&|(?!))|(?(eq)[ \t][\w.-]{1,30}=|(?!)))"
)
_INLINE_BEFORE = compiled(r"(?:^|\n|[,;|\t&?][ \t]{0,3}|[ \t]{2})$")
_INLINE_SPACE = compiled(r"[\w\"'.-][ \t]$")  # `user=u7 street=...`: a space after a value


def inline_fields(text: str, starts) -> list[tuple[int, int]]:
    """The values of address fields written side by side on one line; a line's fields are
    one block, an address when it holds a street or a postcode field and another one."""
    out: list[tuple[int, int]] = []
    block: list[tuple[str, int, int]] = []
    line = -1
    for at in starts:
        before = _INLINE_BEFORE.search(text, max(0, at - 4), at)
        if not before and not _INLINE_SPACE.search(text, max(0, at - 2), at):
            continue
        m = _INLINE_FIELD.match(text, at)
        if m is None or not m.group("value").strip() or not (before or m.group("eq")):
            continue
        here = text.rfind("\n", 0, at)
        if here != line:
            out += _block(block, text)
            block, line = [], here
        block.append((_role(m), m.start("value"), m.end("value")))
    return out + _block(block, text)


# XML's `<street>12 Elm Rd</street><city>Springfield</city>`.
_XML_FIELD = compiled(rf"(?i)<(?P<tag>{_KEYS})>(?P<value>[^<\n]{{1,80}})</(?P=tag)>")


def xml_fields(text: str) -> list[tuple[int, int]]:
    """The values of XML elements named for address fields, grouped like JSON's."""
    return _grouped(_XML_FIELD, text) if "</" in text else []


def json_fields(text: str) -> list[tuple[int, int]]:
    """The values of the address fields of JSON objects (`"city": "..."`), grouped by
    distance like the lines of a form."""
    if '":' not in text and '" :' not in text:
        return []
    return _grouped(JSON_FIELD, text)


def _grouped(field: regex.Pattern, text: str) -> list[tuple[int, int]]:
    """The address spans of `field`'s matches, fields closer than `_JSON_GAP` one block."""
    out: list[tuple[int, int]] = []
    block: list[tuple[str, int, int]] = []
    for m in field.finditer(text):
        if block and m.start() - block[-1][2] > _JSON_GAP:
            out += _block(block, text)
            block = []
        if m.group("value").strip():
            block.append((_role(m), m.start("value"), m.end("value")))
    return out + _block(block, text)


# A delimited table's header naming address columns (`name,address,city,state,postal`).
_HEADER_CELL = compiled(rf"(?i)[ \t]*\"?{_KEYS}\"?[ \t]*")
_TABLE_GATE = compiled(r"(?im)^[^\n]{0,200}?(?:address|street|zip|post(?:al[ _]?)?code|city)"
                       r"[^\n]{0,200}$")
# What `_TABLE_GATE` needs in the lower-cased text, unless a letter that case-folds to an
# ASCII one but lower-cases otherwise (long s, Kelvin sign, Turkish i's) is there.
_TABLE_WORDS = ("address", "street", "zip", "post", "city")
_FOLDS_TO_ASCII = "\u017f\u212a\u0131\u0130"
_DELIMITERS = (",", ";", "\t", "|")
_RULE_LINE = compiled(r"[ \t]*[|+]?[ \t]*:?-{3,}[-+|: \t]{0,400}\r?\n")


def table_fields(text: str) -> list[tuple[int, int]]:
    """The cells under the address columns (street, postcode, town, state) of the data rows
    of a delimited table whose header names a street or a postcode column: `city` and
    `state` in a row are the same address as its `address`."""
    out: list[tuple[int, int]] = []
    if "\n" not in text:
        return out  # a header and at least one row
    if not any(c in text for c in _FOLDS_TO_ASCII):
        lower = text.lower()
        if not any(w in lower for w in _TABLE_WORDS):
            return out  # no header word (the gate tries every line start otherwise)
    for header in _TABLE_GATE.finditer(text):
        line = header.group()
        delim = max(_DELIMITERS, key=line.count)
        if not line.count(delim):
            continue
        names = [text[s:e] for s, e in cells(line, header.start(), delim)]
        roles = [(m.group("street") and "street") or (m.group("code") and "code")
                 or (m.group("place") and "place") if (m := _HEADER_CELL.fullmatch(n)) else None
                 for n in names]
        if not ({"street", "code"} & set(roles)):
            continue
        pos = header.end() + 1
        rule = _RULE_LINE.match(text, pos)
        if rule:  # psql's `----+----` and Markdown's `|---|---|` under the header
            pos = rule.end()
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            row = cells(text[pos:end].rstrip("\r"), pos, delim)
            if len(row) != len(roles):
                break
            out += [(s, e) for (s, e), role in zip(row, roles, strict=True)
                    if role and text[s:e].strip()]
            pos = end + 1
    return out


# SQL's `INSERT INTO customers (name, street, city, zip) VALUES ('Ann', '12 Elm St', ...)`:
# the values under address columns, grouped per row like a form's fields.
_SQL_INSERT = compiled(r"(?i)\bINSERT[ \t]+INTO[ \t]+[\w.\"`\[\]]{1,80}[ \t]*"
                       r"\((?P<cols>[^()\n]{1,400})\)[ \t\n]*VALUES[ \t\n]*")
_SQL_VALUE = compiled(r"[ \t]*(?:'(?P<q>(?:[^'\n]|''){0,200})'|(?P<u>[^,()'\n]{0,60}))[ \t]*"
                      r"(?P<sep>[,)])")
_SQL_NEXT_ROW = compiled(r"[ \t\n]{0,4},[ \t\n]{0,4}(?=\()")


def sql_fields(text: str) -> list[tuple[int, int]]:
    """The address values of the rows of `INSERT ... (columns) VALUES (...)` statements."""
    if "insert" not in text and "INSERT" not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _SQL_INSERT.finditer(text):
        roles = [_column_role(c.strip(" \t\"`[]")) for c in m.group("cols").split(",")]
        pos = m.end()
        while text.startswith("(", pos):  # each row: `(...)`, `, (...)`
            row, pos = [], pos + 1
            while (v := _SQL_VALUE.match(text, pos)) is not None:
                # Quoted values, and bare numbers (a ZIP); not `?`, `%s`, `:city`, NULL.
                quoted = v.group("q") is not None
                keep = quoted or v.group("u").strip().isdigit()
                row.append(v.span("q" if quoted else "u") if keep else (v.start(), v.start()))
                pos = v.end()
                if v.group("sep") == ")":
                    break
            if len(row) == len(roles):
                out += _block([(role, s, e) for role, (s, e) in zip(roles, row, strict=True)
                               if role and text[s:e].strip()], text)
            rest = _SQL_NEXT_ROW.match(text, pos)
            if rest is None:
                break
            pos = rest.end()
    return out


def _column_role(name: str) -> str | None:
    m = _HEADER_CELL.fullmatch(name)
    return _role(m) if m else None


# vCard's `ADR;TYPE=home:;;12 Elm St;Springfield;IL;62704;USA` (RFC 6350: box, extended,
# street, locality, region, code, country): the whole value past its empty leading parts.
_VCARD_ADR = compiled(r"(?im)^ADR(?:;[^:\n]{0,80})?:;{0,2}(?P<value>[^;\n][^\n]{0,200}?);*\r?$")


def vcard_fields(text: str) -> list[tuple[int, int]]:
    if "ADR" not in text and "adr" not in text:
        return []
    return [m.span("value") for m in _VCARD_ADR.finditer(text)]


def _role(m) -> str:
    return next(r for r in ("street", "code", "place") if m.group(r) is not None)


# Values that stand for no value (`Street: unknown, City: n/a`): no field of an address.
_PLACEHOLDER = compiled(r"(?i)[ \t\"']*(?:unknown|n/?a|none|null|nil|tbd|tba|-+|\?+|x+|"
                        r"not[ \t](?:provided|given|available|applicable)|redacted|"
                        r"see[ \t]above|same|same[ \t]as[ \t]above"
                        # a type in code's signatures and schemas (`postcode: str) -> bool`)
                        r"|(?:str|int|float|bool|string|number|integer|text|varchar|char|any|"
                        r"object|Optional\[str\])(?![\w])(?:[ \t]*[),=|\]][^\n]{0,60})?"
                        r")[ \t\"'.]*")


def _block(block: list[tuple[str, int, int]], text: str) -> list[tuple[int, int]]:
    block = [f for f in block if not _PLACEHOLDER.fullmatch(text, f[1], f[2])]
    roles = [role for role, _, _ in block]
    if len(block) < 2 or not ({"street", "code"} & set(roles)):
        return []
    return [(start, end) for _, start, end in block]
