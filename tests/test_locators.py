"""Where a person is, what they drive, their PIN (detect/locators.py): found after a cue;
decimals, codes and four digits without one are nobody's."""

from __future__ import annotations

import pytest
from conftest import masked_by_type


@pytest.mark.parametrize(("text", "value"), [
    ("The pickup point is at coordinates 40.712776, -74.005974.", "40.712776, -74.005974"),
    ("GPS: 51.5074° N, 0.1278° W", "51.5074° N, 0.1278° W"),
    ("lat=37.7749&lng=-122.4194", "37.7749&lng=-122.4194"),
    ("Location: (-33.8688, 151.2093)", "-33.8688, 151.2093"),
    ('"latitude": 48.8566, "longitude": 2.3522', '48.8566, "longitude": 2.3522'),
    ("Meet at 40°42′46″N 74°00′22″W tomorrow.", "40°42′46″N 74°00′22″W"),
    ("他的定位是 25.033964, 121.564468", "25.033964, 121.564468"),
])
def test_a_coordinate_pair_after_its_cue_is_one_finding(guard, text, value):
    assert masked_by_type(guard, text).get("GPS_COORDINATES") == {value}


@pytest.mark.parametrize("text", [
    "The embedding is [0.1234, -0.5678, 0.9012].",
    "The price is 12.3456, 7.8901 per unit.",
    "Location: 123.4567, 400.1234 (out of range)",
    "Version 1.2.3 was released, see table 4.5, 6.7.",
    "GPS accuracy improved by 2.5 m in firmware 4.1.",
])
def test_decimals_without_a_cue_or_out_of_range_are_no_coordinates(guard, text):
    assert "GPS_COORDINATES" not in masked_by_type(guard, text)


@pytest.mark.parametrize(("text", "value"), [
    ("His car's license plate is 7ABC123.", "7ABC123"),
    ("Vehicle registration: AB12 CDE", "AB12 CDE"),
    ("Registration number: KA-01-AB-1234", "KA-01-AB-1234"),
    ("車牌號碼ABC-1234的車停在門口。", "ABC-1234"),
])
def test_a_plate_after_a_plate_word_is_masked(guard, text, value):
    assert value in masked_by_type(guard, text).get("VEHICLE_PLATE", set())


@pytest.mark.parametrize("text", [
    "The plate number is unknown.",
    "Registration number: pending",
    "Tag number 42 is missing from the release notes.",
    "Please renew the vehicle registration before June.",
])
def test_no_plate_without_a_plate_shaped_value(guard, text):
    assert "VEHICLE_PLATE" not in masked_by_type(guard, text)


@pytest.mark.parametrize("text", ["My PIN is 4821, don't share it.", "PIN code: 730912"])
def test_a_pin_with_its_digits_is_a_secret(guard, text):
    protected = guard.protect(text)
    assert protected.blocked
    assert any(f.type == "SECRET" and f.recognizer == "pin" for f in protected.findings)


@pytest.mark.parametrize("text", [
    "Pin the dependency to version 2.31.0 please.",
    "Enter your PIN at the terminal.",
    "PIN 2 of the GPIO header is 5V.",
])
def test_pin_as_a_verb_or_without_digits_is_no_secret(guard, text):
    assert not guard.protect(text).blocked
