"""The numbered units of a Chinese address after its house number or estate: building,
unit, floor and flat (3号楼2单元401室, B座1802, 12樓之3, 5单元804, 15樓B室).

One grammar for the two recognizers that read Chinese addresses: the LAC-free pass of
`addresses.StreetAddressRecognizer` (road, number, units) and `zh_addresses`' recognizer
(roads, estates and blocks found with LAC's place words). Both import these fragments, so a
new unit shape is written once.
"""

from __future__ import annotations

from .common import CJK

NUM = r"[0-9０-９一二三四五六七八九十百零〇]{1,5}"
SP = r"[ \t]?"
# A flat written as a bare number right after its block, unit or floor (B座1802, 3栋1201,
# 3单元502, 12楼401): three to five digits that no unit, count or date word follows (B座2023年,
# 3栋100人, 3楼2024年, 3栋100m, 3栋100.5 are not flats); a sentence's full stop or an
# English word after a space may (`6单元708.`, `6单元708 by Friday`).
BARE_FLAT = rf"(?:{SP}[0-9]{{3,5}}(?![0-9０-９A-Za-z%]|\.[0-9]|{SP}[{CJK}]))?"
# A building of an estate, its number first (8号楼, 第3棟, A座).
BLOCK = (rf"{SP}第?[0-9A-Za-z０-９一二三四五六七八九十]{{1,4}}{SP}(?:號樓|号楼|棟|栋|幢|座)"
         rf"{BARE_FLAT}")
UNIT = rf"{SP}{NUM}{SP}(?:單元|单元){BARE_FLAT}"
FLOOR = rf"{SP}(?:{NUM}|B[1-9]){SP}(?:樓|楼|層|层|F|f)(?:之{NUM})?"
# A flat is a number or a letter (15樓B室, 32樓A室); 房 only after a flat's three digits
# (1208房), as 3房2厅 counts rooms.
FLAT = (rf"{SP}(?:{NUM}[A-Z]?|[A-Z]{{1,2}}){SP}(?:室|號房|号房)|{SP}[0-9]{{3,5}}{SP}房"
        rf"|{SP}[A-Z]{SP}座")
# All of them, each optional, in the order they are written.
UNITS_AFTER = rf"(?:{BLOCK})?(?:{UNIT})?(?:{FLOOR}{BARE_FLAT})?(?:{FLAT})?"
