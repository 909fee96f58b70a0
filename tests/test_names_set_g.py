"""Names set G's causes (benchmarks/devset_names_g.py): names made of words in a request's,
a source's, an introduction's or a sign-off's slot, names opening a clause about what a person
does, person keys and labels of records; and the firms, brands and products named after people
that the words around them give away. Names and sentences written for these tests, not taken
from the dev set or any peer suite."""

from __future__ import annotations

import pytest
from conftest import covered, person_values


@pytest.mark.parametrize("text, name", [
    # a request's object, a source, someone acted for
    ("Could you email Misty Rivers about the lease extension?", "Misty Rivers"),
    ("Remind Holly Bridge that the audit starts on Monday.", "Holly Bridge"),
    ("As Robin Sweet said in the review, the scope is too wide.", "Robin Sweet"),
    ("Send the signed copy to Dale Castle before noon.", "Dale Castle"),
    ("I'm writing on behalf of Penny Street regarding her pension.", "Penny Street"),
    # introductions and sign-offs the small model types as a place or a firm
    ("Hello, my name is Sunny Hall and my parcel never arrived.", "Sunny Hall"),
    ("I am Hazel Church from the payroll team.", "Hazel Church"),
    ("Many thanks for sorting this out.\n\nSigned, Rocky Field", "Rocky Field"),
    ("Kind regards,\nMisty Castle\nHarbourview Dental", "Misty Castle"),
    # a clause opening with the name, then what a person does or has
    ("Robin Street rang twice about the invoice.", "Robin Street"),
    ("Holly Stone, could you check the rota?", "Holly Stone"),
    ("Penny Marsh's laptop needs a new battery.", "Penny Marsh"),
])
def test_slot_names_masked(guard, text, name):
    assert covered(guard, text, name), name


@pytest.mark.parametrize("text", [
    # a request's slot holding a firm, its staff or its figures after it
    "Please email Ralph Lauren customer services about the refund.",
    "cc Jimmy Choo support on the complaint.",
    "According to Tommy Hilfiger's annual report, sales fell.",
    "Walt Disney reported record revenue this quarter.",
    "Is Michael Kors a good stock to buy?",
    "Regards,\nThe Calvin Klein team",
    # a firm's place before it
    "We have an account at Charles Schwab.",
    "I bought a scarf from Paul Smith last week.",
    # a place's last word after a given name, in a slot
    "Please send the brochure to Hunter Valley Tourism.",
    "Ask Victoria Station staff about lost property.",
])
def test_firms_in_slots_not_person(guard, text):
    assert person_values(guard, text) == []


@pytest.mark.parametrize("text", [
    # a product's record: the `name` key and column hold products
    '{"name": "Rose Quartz Tumbler", "price": 14.5, "sku": "RQ-11"}',
    "name,qty,price\nHolly Garland,3,9.99\nAmber Lantern,1,24.00",
    "product: Willow Picnic Hamper\nprice: 45",
    # a vendor column holds firms
    "| Vendor | Terms |\n|---|---|\n| Marc Jacobs | 30 days |",
])
def test_product_and_vendor_values_not_person(guard, text):
    assert person_values(guard, text) == []


def test_person_record_next_to_product_keys_stays(guard):
    # a customer's name beside an order's price is still the customer's
    text = '{"customer_name": "Oluwaseyi Brandt", "price": 20, "qty": 2}'
    assert covered(guard, text, "Oluwaseyi Brandt")


@pytest.mark.parametrize("text, name", [
    # person keys and labels of records, values made of words or in capitals
    ('{"reviewer": "Sunny Marsh", "state": "approved"}', "Sunny Marsh"),
    ("WITNESS: PENNY MARSH\nDATE: 03/04/2025", "PENNY MARSH"),
    ("SIGNATURE OF APPLICANT: HOLLY WOOD", "HOLLY WOOD"),
    ("NAME OF POLICYHOLDER ....... DALE SWIFT", "DALE SWIFT"),
    ('maintainer = "Adaeze Fothergill"\nlicense = "MIT"', "Adaeze Fothergill"),
    ('level=info msg="export done" user="Robin Mercer"', "Robin Mercer"),
    ("approvers:\n  - Misty Field\n  - Olumide Harcastle", "Misty Field"),
])
def test_record_values_masked(guard, text, name):
    assert covered(guard, text, name), name


@pytest.mark.parametrize("text", [
    "Owner: Platform Engineering\nTier: 2",
    'title = "Quarterly Review"\ndraft = true',
    "milestones:\n  - Beta Launch\n  - General Availability",
])
def test_record_values_not_person(guard, text):
    assert person_values(guard, text) == []
