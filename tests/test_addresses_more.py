"""Street addresses of addresses_more.py's layouts (Québec French, Central European `DDD DD`
postcodes after a street with no type word, Latin American street corners, SQL UPDATE
assignments), a chat sentence going on after a lower-case street, and their near misses.

Every example is ours (invented streets and houses; real towns and public postcodes), none
taken from benchmarks/addresses_probe.py."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.addresses import StreetAddressRecognizer
from sovereign_guard.detect.addresses_more import StreetAddressMoreRecognizer, chat_town

RECOGNIZERS = (StreetAddressRecognizer(), StreetAddressMoreRecognizer())


def addresses(text: str) -> list[str]:
    """Address spans a default policy acts on (score at or above 0.5), overlapping ones of
    the two recognizers joined as the guard masks them."""
    spans = sorted((r.start, r.end) for rec in RECOGNIZERS
                   for r in rec.analyze(text, ["STREET_ADDRESS"]) if r.score >= 0.5)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [text[s:e] for s, e in merged]


@pytest.mark.parametrize("text, value", [
    # Québec: the number, a comma, an abbreviated type in lower case, a unit word, the
    # province in brackets or as a code.
    ("Écrivez-nous au 1155, boul. Robert-Bourassa, bureau 1200, Montréal (Québec) H3B 3A7.",
     "1155, boul. Robert-Bourassa, bureau 1200, Montréal (Québec) H3B 3A7"),
    ("85, ch. du Lac-Noir, Saint-Donat QC J0T 2C0", "85, ch. du Lac-Noir, Saint-Donat QC J0T 2C0"),
    ("app. 6, 4410 av. de Lorimier, Montréal QC H2H 2B1",
     "app. 6, 4410 av. de Lorimier, Montréal QC H2H 2B1"),
    ("312, rang Saint-Joseph, Sainte-Perpétue (Québec) G0R 3Z0",
     "312, rang Saint-Joseph, Sainte-Perpétue (Québec) G0R 3Z0"),
    ("Livraison : 9-275, montée Sainte-Julie, local 4, Varennes QC J3X 1P7",
     "9-275, montée Sainte-Julie, local 4, Varennes QC J3X 1P7"),
    # A street named without a type word, then a `DDD DD` postcode line.
    ("Adresa: Vodičkova 41, 110 00 Praha 1", "Vodičkova 41, 110 00 Praha 1"),
    ("Masarykova 118/4\n602 00 Brno 2", "Masarykova 118/4\n602 00 Brno 2"),
    ("Hurbanova 17, 911 01 Trenčín, Slovakia", "Hurbanova 17, 911 01 Trenčín, Slovakia"),
    ("třída Svobody 9, 779 00 Olomouc", "třída Svobody 9, 779 00 Olomouc"),
    ("Drottninggatan 71, 111 36 Stockholm", "Drottninggatan 71, 111 36 Stockholm"),
    # A corner of two streets.
    ("Oficina: Calle 53 y Av. Federico Boyd, Edificio Omega, Piso 3, Panamá",
     "Calle 53 y Av. Federico Boyd, Edificio Omega, Piso 3, Panamá"),
    ("Av. 10 de Agosto esq. Riofrío, Quito", "Av. 10 de Agosto esq. Riofrío, Quito"),
    ("Rua Augusta e Rua Oscar Freire, São Paulo", "Rua Augusta e Rua Oscar Freire, São Paulo"),
])
def test_more_layouts(text, value):
    assert value in addresses(text)


@pytest.mark.parametrize("text, values", [
    ("UPDATE customers SET address1 = '9 Birch Hl', postal_code = 'K7L 3N6' WHERE id = 2;",
     ["9 Birch Hl", "K7L 3N6"]),
    ("update t set city='Ames', zip=50010 where id=3", ["Ames", "50010"]),
])
def test_sql_update(text, values):
    found = addresses(text)
    for v in values:
        assert any(v in f for f in found), (v, found)


@pytest.mark.parametrize("text, value", [
    ("meet me at 587 basalt ct, come by after 6", "587 basalt ct"),
    ("im at 14 quarry rd, pls hurry", "14 quarry rd"),
])
def test_chat_sentence_after_street_is_not_a_town(text, value):
    assert addresses(text) == [value]


def test_lower_case_town_after_street_still_taken():
    assert addresses("we live at 42 wallaby way, sydney") == ["42 wallaby way, sydney"]
    assert not chat_town(", sydney")
    assert not chat_town(", Come By")  # capitalised: a town's name, not chat
    assert chat_town(", see u at 6")


@pytest.mark.parametrize("text", [
    # French words and a Canadian postcode elsewhere, no street line.
    "Chapitre 3, chemin de fer du Nord; code H3B 3A7 pour le lot.",
    "Nous avons vendu 2200, avenue de croissance, cible H3H 1R6",
    # A count before a `DDD DD` number.
    "Chapter 25, 110 00 Words in the draft",
    "Page 12, 340 55 Results shown",
    # Two things joined by `y` that are not streets; a street with no corner.
    "Calle 13 y Residente ganaron otro premio.",
    "Carrera de 5 y Tour de Francia",
    # UPDATE of non-address columns, or one address column only.
    "UPDATE orders SET status = 'shipped', total = 40 WHERE id = 4;",
    "UPDATE users SET city = 'n/a' WHERE id = 1;",
])
def test_near_misses(text):
    assert addresses(text) == []
