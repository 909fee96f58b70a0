"""MAC addresses: found in the usual notations, not inside longer hex chains."""

from __future__ import annotations

import pytest


def _macs(guard, text):
    return [text[f.start:f.end] for f in guard.protect(text).findings if f.type == "MAC_ADDRESS"]


@pytest.mark.parametrize("text, mac", [
    ("the laptop's MAC is 3C:22:FB:9A:10:7E now", "3C:22:FB:9A:10:7E"),
    ("eth0 hwaddr 3c-22-fb-9a-10-7e", "3c-22-fb-9a-10-7e"),
    ("switch port 3c22.fb9a.107e is flapping", "3c22.fb9a.107e"),
])
def test_mac_addresses(guard, text, mac):
    assert _macs(guard, text) == [mac]


@pytest.mark.parametrize("text", [
    "SHA1 Fingerprint=5E:FF:56:A2:AF:15:88:25:F5:9B:1F:EB:3C:51:AE:E5:D8:3E:7C:12",
    "sha256 AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89",
    "broadcast ff:ff:ff:ff:ff:ff and null 00:00:00:00:00:00",
    "IPv6 fe80::1ff:fe23:4567:890a on eth0",
])
def test_not_mac_addresses(guard, text):
    assert _macs(guard, text) == []
