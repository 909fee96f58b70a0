"""Person-shaped spans that the words around them say are a firm, a brand or a product.

Many firms and brands carry a founder's name (`Ralph Lauren`, `Johnson Matthey`, `Charles
Schwab`, `Ted Baker`); no rule tells them from a person by their words alone, but the text
around them often does, and a person is never spoken of so:

- a firm's department or staff right after (`Ralph Lauren customer services`, `cc Jimmy Choo
  support`, `The Kate Spade team`, `Ted Baker couriers`), or a firm's figures (`Calvin
  Klein's annual report`, `Walt Disney reported weaker sales`, `Is Dow Jones a good stock`,
  `Michael Kors shares`);
- a firm's place before (`our account at Charles Schwab`, `works at Hewlett Packard`,
  `ordered the set from Paul Smith`);
- a value of a `name`, `product` or `item` key or column in a record that also has a
  product's keys (`price`, `qty`, `sku`, `in_stock`): `{"name": "Rose Gold Case", "price":
  ...}`, `name,qty\\nWillow Basket,4`; and the cells of a `vendor` or `brand` column.

`firm_context` answers for one span; both PERSON recognizers (names_en.py and ner.py) drop
a span it holds. Each test is one anchored regex at the span's edges, run only for PERSON
candidates; the record test runs only when the text has one of the product keys.
"""

from __future__ import annotations

from functools import lru_cache

from .common import compiled

_STAFF_AFTER = compiled(
    r"(?i)[ \t]+(?:customer[ ]services?|customer[ ]care|customer[ ]support|support[ ]team|"
    r"support(?![ \t]+(?:from|of|for)\b)|helpdesk|help[ ]desk|couriers?|stores?|boutiques?|"
    r"outlets?|shares|share[ ]price|stock(?![ \t]+(?:of|for)\b)|headquarters|hq|"
    r"team(?![ \t]+(?:lead|leader|manager|member|members|mate|mates)\b))\b"
)
_FIGURES_AFTER = compiled(
    r"(?i)(?:(?:['’]s?)?[ \t]+(?:annual|quarterly|half-year|interim|latest|q[1-4])[ \t]+"
    r"(?:report|results|filing|earnings|accounts)"
    r"|['’]s?[ \t]+(?:share[ ]price|shares|stock|earnings|revenue|profits?|headquarters|"
    r"new[ ]collection|spring[ ]collection|autumn[ ]collection|website|online[ ]store)"
    r"|[ \t]+reported[ \t]+(?:[a-z]+[ \t]+){0,2}(?:sales|profits?|revenues?|earnings|losses|"
    r"results|growth)"
    r"|[ \t]+(?:a[ \t]+)?(?:good|bad|safe|risky|solid)[ \t]+(?:stock|buy|investment|share)s?)\b"
)
_FIRM_BEFORE = compiled(
    r"(?i)(?:\b(?:account|accounts|shares|stock|works?|worked|working|job|internship|"
    r"shopping|shop|shopped)[ \t]+at"
    r"|\b(?:ordered|bought|purchased|order|buy|buying)\b[^.\n]{0,40}\bfrom)[ \t]+$"
)
_PRODUCT_KEYS = compiled(r"(?i)(?:^|[\"',;\t|{ \n])(?:price|unit_price|qty|quantity|sku|"
                         r"in_stock|stock_level|list_price|msrp)(?:[\"']?[ \t]*[:=,;\t|\n]|$)")
_ITEM_KEY = compiled(
    r"(?i)(?:\"(?:name|product|item|title)\"[ \t]*:[ \t]*\""
    r"|(?m:^)[ \t]*(?:product|item)[ \t]*:[ \t]*)$"
)
_HEADER = compiled(r"(?i)^[ \t|]*(?:name|product|item|title|vendor|brand|supplier|maker|"
                   r"manufacturer|retailer|merchant|store|shop)[ \t]*$")
_FIRM_HEADER = compiled(r"(?i)^[ \t|]*(?:vendor|brand|supplier|maker|manufacturer|retailer|"
                        r"merchant|store|shop|company|firm)[ \t]*$")
_DELIMS = (",", "\t", "|", ";")


def _column_header(text: str, start: int) -> str | None:
    """The header of the table column `start` lies in, when the text is a table whose first
    line holds the header (`name,qty`, `| Vendor | Contact |`)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return None
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    delim = next((d for d in _DELIMS if d in line), None)
    if delim is None:
        return None
    head_start = 0
    while text.startswith(" ", head_start):
        head_start += 1
    header = text[head_start : text.find("\n")]
    if delim not in header:
        return None
    index = text.count(delim, line_start, start)
    cells = header.split(delim)
    return cells[index] if index < len(cells) else None


# The rest of a firm's name after a one-word span (`Walt` of `Walt Disney support`).
_REST = compiled(r"(?:[ ][A-Z][A-Za-z'’-]+){1,2}")


@lru_cache(maxsize=8)
def _product_record(text: str) -> bool:
    """The text has a product's keys (searched once per text, not once per candidate)."""
    return _PRODUCT_KEYS.search(text) is not None


def firm_context(text: str, start: int, end: int) -> bool:
    """The span `text[start:end]` is a firm's, a brand's or a product's name by the words
    around it (see the module doc)."""
    rest = _REST.match(text, end)
    for at in (end, rest.end()) if rest else (end,):
        if _STAFF_AFTER.match(text, at) or _FIGURES_AFTER.match(text, at):
            return True
    if _FIRM_BEFORE.search(text, max(0, start - 60), start):
        return True
    header = _column_header(text, start) if text.rfind("\n", 0, start) >= 0 else None
    if header is not None and _FIRM_HEADER.match(header):
        return True  # `| Vendor | ... |`: the column holds firms
    if _product_record(text):  # a product's record: its `name` is the product's
        return _ITEM_KEY.search(text, max(0, start - 30), start) is not None \
            or header is not None and _HEADER.match(header) is not None
    return False
