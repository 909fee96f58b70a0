"""Latin-script street addresses: postal blocks of many countries, and what must not match.

Every example is ours (invented streets, real towns, each national post's layout)."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.addresses import StreetAddressRecognizer

ADDR = StreetAddressRecognizer()


def addresses(text: str) -> list[str]:
    """Address spans a default policy acts on (score at or above 0.5)."""
    return [text[r.start : r.end] for r in ADDR.analyze(text, ["STREET_ADDRESS"]) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    # US letterheads: quadrant with and without dots, a blank line, ZIP+4 with an en dash.
    ("Acme Corp\n1207 K Street NW., Washington, DC 20005\nPhone 555", "1207 K Street NW., Washington, DC 20005"),
    ("77 H St. N.W.\n\nWashington, DC 20001-4956\n\nMay 2, 2024", "77 H St. N.W.\n\nWashington, DC 20001-4956"),
    ("Write to 90 Canal St S.E., Atlanta, GA 30303–1101.", "90 Canal St S.E., Atlanta, GA 30303–1101"),
    ("at 15 3rd Ave, Apt. 4B, Brooklyn, NY 11217 today", "15 3rd Ave, Apt. 4B, Brooklyn, NY 11217"),
    ("2201 Bluebonnet Lane, Suite 300\nAustin, Texas 78704", "2201 Bluebonnet Lane, Suite 300\nAustin, Texas 78704"),
    ("Suite 1200\n55 Harbor Point Blvd\nBoston, MA 02210", "Suite 1200\n55 Harbor Point Blvd\nBoston, MA 02210"),
    ("1 Riverfront Plaza, Ste 12, Newark, NJ 07102, USA", "1 Riverfront Plaza, Ste 12, Newark, NJ 07102, USA"),
    ("600 Elm Street Unit 7, Room 210\nDenver, CO 80202", "600 Elm Street Unit 7, Room 210\nDenver, CO 80202"),
    ("3rd Floor, 18 Pine St, Portland, OR 97204", "3rd Floor, 18 Pine St, Portland, OR 97204"),
    # No house number: a named street before its postal line.
    ("One Lakeshore Drive, Madison, WI 53703", "One Lakeshore Drive, Madison, WI 53703"),
    ("Ninth Street between Walnut and Vine Streets NW.,\nWashington, DC 20004",
     "Ninth Street between Walnut and Vine Streets NW.,\nWashington, DC 20004"),
    # Boxes, mail stops, rural routes.
    ("P.O. Box 4410\nBoise, ID 83701", "P.O. Box 4410\nBoise, ID 83701"),
    ("PO Box 72, Albany, NY 12201", "PO Box 72, Albany, NY 12201"),
    ("Mail Stop 4402, 300 Oak Rd, Richmond, VA 23219", "Mail Stop 4402, 300 Oak Rd, Richmond, VA 23219"),
    ("Mail: Stop ABQ, Salem, OR 97301-0002", "Stop ABQ, Salem, OR 97301-0002"),
    ("Attn: MS-22, Reno, NV 89501", "MS-22, Reno, NV 89501"),
    ("Send forms to Mailstop 4D-12 in building B", "Mailstop 4D-12"),
    ("RR 3, Box 118\nPlainview, NE 68769", "RR 3, Box 118\nPlainview, NE 68769"),
    ("Rural Route 2, Box 51", "Rural Route 2, Box 51"),
    ("HC 64 Box 12, Tok, AK 99780", "HC 64 Box 12, Tok, AK 99780"),
    ("Unit 8400 Box 1276\nDPO AP 96338", "Unit 8400 Box 1276\nDPO AP 96338"),  # military
    # Canada, Australia, UK, Ireland.
    ("88 Queen St W, Toronto, ON M5H 2N2", "88 Queen St W, Toronto, ON M5H 2N2"),
    ("RR 2, Box 15, Wolfville, NS", "RR 2, Box 15, Wolfville, NS"),
    ("Unit 5/12 Banksia Pde, Parramatta NSW 2150", "Unit 5/12 Banksia Pde, Parramatta NSW 2150"),
    ("42 Wattle Tce\nHobart TAS 7000", "42 Wattle Tce\nHobart TAS 7000"),
    ("14 Mill Lane\nLower Slaughter\nGloucestershire\nGL54 2HS", "14 Mill Lane\nLower Slaughter\nGloucestershire\nGL54 2HS"),
    ("Flat 2, 9 Green Close, Oxford OX1 2JD", "Flat 2, 9 Green Close, Oxford OX1 2JD"),
    ("4 Birch Drive, Little Haddon, Surrey", "4 Birch Drive, Little Haddon, Surrey"),  # no postcode
    ("18 Harbour Road, Howth, D13 E1K2", "18 Harbour Road, Howth, D13 E1K2"),
    # Continental Europe and Latin America.
    ("Bahnhofstraße 10, 10115 Berlin", "Bahnhofstraße 10, 10115 Berlin"),
    ("Lindenstr. 4a\nD-50667 Köln", "Lindenstr. 4a\nD-50667 Köln"),
    ("Rosengasse 3, 1010 Wien, Österreich", "Rosengasse 3, 1010 Wien, Österreich"),
    ("12 rue des Lilas\n69002 Lyon Cedex 02", "12 rue des Lilas\n69002 Lyon Cedex 02"),
    ("BP 48, 31000 Toulouse", "BP 48, 31000 Toulouse"),
    ("Via dei Tigli 30, 50122 Firenze (FI)", "Via dei Tigli 30, 50122 Firenze (FI)"),
    ("Calle del Olmo, 5, 3º B, 28013 Madrid", "Calle del Olmo, 5, 3º B, 28013 Madrid"),
    ("Rua das Acácias 100, 1100-053 Lisboa", "Rua das Acácias 100, 1100-053 Lisboa"),
    ("Rua do Carmo, 85 - São Paulo - SP, 01001-000", "Rua do Carmo, 85 - São Paulo - SP, 01001-000"),
    ("Molenstraat 12, 3011 AD Rotterdam", "Molenstraat 12, 3011 AD Rotterdam"),
    ("Nørregade 7, 1165 København K", "Nørregade 7, 1165 København K"),
    ("Send it to Bakke gate 14, 0154 Oslo", "Bakke gate 14, 0154 Oslo"),
    ("Björkgatan 9, 111 22 Stockholm", "Björkgatan 9, 111 22 Stockholm"),
    ("ul. Długa 7, 31-042 Kraków", "ul. Długa 7, 31-042 Kraków"),
])
def test_postal_blocks(text, value):
    assert addresses(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("i live at 42 wallaby way, sydney", "42 wallaby way, sydney"),
    ("ship to 12 oak st, portland or 97201 please", "12 oak st, portland or 97201"),
    ("my address is 9 station road, leeds ls1 4ap", "9 station road, leeds ls1 4ap"),
    ("send it to via roma 12, 00184 roma", "via roma 12, 00184 roma"),
    ("i live at 42 wallaby way", "42 wallaby way"),  # `way` is also a word; `live at` says street
    ("I live on Larkspur Crescent near the school", "Larkspur Crescent"),  # no number
    ("my office is on Harbour Street, Leeds", "Harbour Street, Leeds"),
    # Capitalised after a cue: the postal lines stay case-sensitive.
    ("The office at Piazza San Marco 1, 30124 Venezia is closed", "Piazza San Marco 1, 30124 Venezia"),
])
def test_lower_case_after_a_cue(text, value):
    assert addresses(text) == [value]


@pytest.mark.parametrize("text", [
    "Upgrade to version 3 Main Street Edition",  # a version
    "The meeting is at 10 30 in Room 4",  # a time, a meeting room
    "We shipped 12 Main features and 3 Park benches",  # quantities
    "## 2 Key Points\n- 3 Data Centers",  # headings
    "Room for improvement: 4 Floor plans",
    "def f():\n    return 12\n    x = 5 Way",  # code
    "SELECT street, city, state, zip FROM customers WHERE zip = '20548' LIMIT 10;",  # SQL
    "2024-01-02 10:30:01 INFO worker 12 Stop 5 processed",  # a log line
    "Stop 5 seconds before the end",
    "Office Suite 365 and Creative Suite 6 licences",  # products
    "Blood pressure BP 120 over 80",
    "send to 3 people on the way",  # a cue, then no address
    "I live at 5 and work at 9",
    "Please send it to me at 5 pm",
    "Chapter 12 Road Trip",
    "Windows 11 Pro, Build 22631",
    "Set MS-22 to 40 and restart",  # a mail-stop shape, no postal line
    "RR 2 is the second round robin",  # a rural-route shape, no box, no postal line
    "we moved to Silicon Valley last year",  # a street type after `to`, not `on` / `at`
    "He is located at Union Station, today",  # an ambiguous street type
    "Send to Main Street Capital",
    "home: 3 easy ways to save",  # a heading after a weak cue word
    "POST /api/v1/users sent to 10 main servers",
])
def test_near_misses(text):
    assert addresses(text) == []


def test_full_stop_is_not_part_of_the_town():
    assert addresses("Deliver to Via Roma 12, 00184 Roma.") == ["Via Roma 12, 00184 Roma"]
    assert addresses("at 1 Elm St., Dallas, TX 75201.") == ["1 Elm St., Dallas, TX 75201"]


def test_lone_unit_needs_a_context_word():
    assert addresses("Suite 300 is booked") == []
    assert addresses("Our office address: Suite 300") == ["Suite 300"]


def masked(guard, text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start : f.end]) for f in guard.protect(text).findings
            if f.action.value != "allow"]


@pytest.mark.parametrize("text, value", [
    # spaCy types the house number DATE_TIME and the city lines LOCATION (both allowed):
    # the address span takes them in.
    ("Please ship it to 1990 Cedar Lane, Springfield, IL 62704 by Friday.",
     "1990 Cedar Lane, Springfield, IL 62704"),
    ("Our new office:\n2024 Harbor Blvd\nCosta Mesa, CA 92627\nUSA", "2024 Harbor Blvd\nCosta Mesa, CA 92627\nUSA"),
    # A ZIP+4 alone reads as a phone number; inside a block the block's type wins.
    ("8601 Maple Road, College Park, MD 20740-6001", "8601 Maple Road, College Park, MD 20740-6001"),
])
def test_whole_block_is_masked_through_the_guard(guard, text, value):
    assert ("STREET_ADDRESS", value) in masked(guard, text)


def test_text_whose_lower_case_is_longer_still_finds_street_types():
    # `İ` lower-cases to two characters, which would shift the keyword gate's offsets.
    text = "İzmir office moved: Via dei Tigli 30, 50122 Firenze (FI)"
    assert addresses(text) == ["Via dei Tigli 30, 50122 Firenze (FI)"]
    assert addresses("İ live at 9 station road, leeds ls1 4ap") == ["9 station road, leeds ls1 4ap"]
