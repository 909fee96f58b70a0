"""A fresh probe of the many-kinds-per-sentence style of published synthetic PII samples: one
or two sentences of business or service prose, each carrying three to six values of
different kinds (a name, an account, a building number and street, a secondary address line,
a password, a PIN, an IMEI, a MAC, an IPv6, a vehicle's VIN and plate, a wallet, a user
agent's device), often in the odd word orders generated text has.

    python benchmarks/devset_mixed_probe.py [--misses]

Written in session 18 (2026-12-04) on main at eb62f8f, before any fix was measured against
it. Values (`[[family:value]]`) are typed here from the writer's own knowledge: no name list,
no generator's data, nothing from a held-out source. Families: `name` (given, family or
both), `street` (building number and street, or the whole line), `unit` (a secondary
address line: `Apt. 4B`, `Suite 210`), `acct` (account, IBAN, card, routing), `cred`
(password, PIN), `dev` (IMEI, MAC, IPv4/IPv6), `veh` (VIN, plate), `id` (SSN, passport,
licence), `user`, `mail`, `phone`. Scored as devset_ids_probe.py scores: characters of a
value no masking finding covers leak; a near-miss counts when anything in it is masked.

Measured once before any fix (main at eb62f8f): 78 values, span recall 0.859, char leak
0.095; near-misses masked 2/15 (the documentation prefix `2001:db8::/32` as IP_ADDRESS,
`Bitcoin` as PERSON). Missed: a PIN after `PIN` and a space and a gate code (`7731#`), two
logins (`X was locked`, `answer for X:`), a security answer, `EMP-448213` after `badge
reads`, streets with no street word or in another order (`56 Nguyen Trai`, `1130 Via del
Corso`, `Oakridge Plaza`), `interno 7`, and two given names alone that the model types
ORGANIZATION / LOCATION (`To verify, Ngaio gave`, `Our agent, Zinhle, confirmed`).

After the PIN and login fixes (locators.py: `PIN 4490`, gate / door / alarm codes;
accounts.py: an account named by what happened to it): recall 0.897, char leak 0.077,
near-misses 2/15. Names and streets are left to the name and address work.
"""

# ruff: noqa: E501  (prompts are prose)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_handles_probe  # noqa: E402
import devset_ids_probe  # noqa: E402

PII = (
    "Dear [[name:Ottoline]], your claim for the flood at [[street:4417 Wrenfield Crescent]], [[unit:Apt. 12C]] has been approved; the payout goes to account [[acct:60112298]].",
    "[[name:Bertrand Achterberg]] updated his password to [[cred:Gv7!mQ2#rT]] after the breach notice.",
    "To verify, [[name:Ngaio]] gave PIN [[cred:4490]] and the last login IP [[dev:2001:db8:85a3::8a2e:370:7334]].",
    "The device with IMEI [[dev:35-209900-176148-1]] and MAC [[dev:3C:22:FB:91:0A:7E]] was reported stolen by [[name:Ruairí Mac Giolla]].",
    "Vehicle [[veh:1HGCM82633A004352]] registered to [[name:Ileana Voskresenskaya]], plate [[veh:KPL 4471]], was towed from [[street:88 Hollowmere Lane]].",
    "Please ship the order to [[name:Tavita Leaupepe]], [[street:2290 Kauhale Street]], [[unit:Unit 5]], Honolulu, HI 96815.",
    "Our records show [[name:Mr. Osvaldo Pereyra]] with SSN [[id:538-29-7716]] and date of birth 14/02/1979.",
    "Transfer confirmation: from [[acct:DE89 3704 0044 0532 0130 00]] to [[name:Kalani Brightwater]], reference INV-7731.",
    "[[name:Liesl]] from accounting asked to reset the PIN for card [[acct:5425 2334 3010 9903]].",
    "Candidate [[name:Adaeze Nwachukwu-Ibe]] lives at [[street:17 Copperleaf Road]] and can be reached at [[phone:+44 7700 900412]].",
    "Username [[user:mvondrak_77]] and password [[cred:autumn-Lantern-92]] were found in the paste.",
    "Wallet [[acct:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq]] belongs to [[name:Sven-Erik Hallgren]].",
    "The tenant, [[name:Marisela Quintanilla]], has moved from [[street:305 Beacon Hill Rd]] to [[street:12 Juniper Court]], [[unit:Suite 210]].",
    "Hi [[name:Dagny]], the Wi-Fi password for the [[street:Oakridge Plaza]] office is [[cred:Tr0ub4dor&3]].",
    "Send the statement to [[mail:h.ferreira-lutz@proton.me]] and copy [[name:Hélène Ferreira-Lutz]]'s assistant.",
    "Passport [[id:X48219376]] was issued to [[name:Anahí Condori]] on 03/11/2019.",
    "Driver [[name:Kwabena Asante-Darko]], licence [[id:ASANT709154KA9]], parked at [[street:Bay 14, 220 Wharf Street]].",
    "The account of [[name:Ms. Yevgenia Olkhovskaya]] ([[acct:0211-4478-90]]) shows a failed login from [[dev:198.51.100.77]].",
    "[[name:Thandiwe]] and [[name:Sipho]] share the joint account [[acct:62004417289]].",
    "Billing address: [[street:9 Rue des Tanneurs]], 67000 Strasbourg; cardholder [[name:Gaëlle Schertzer]].",
    "[[name:Caoimhe Ní Bhriain]] reported that [[user:cnibhriain]] was locked after three wrong PINs.",
    "Replacement SIM for [[phone:(415) 555-0143]], owner [[name:Dariusz Wróblewski]], IMEI [[dev:490154203237518]].",
    "A refund of 212.40 was issued to [[name:Bongani]] at [[street:41 Protea Avenue]], [[unit:Flat 3]].",
    "[[name:Fenella Ashdown-Pryce]]'s employee badge reads [[id:EMP-448213]].",
    "The courier left it with [[name:Aurelio]] at [[street:1130 Via del Corso]], [[unit:interno 7]].",
    "Security question answer for [[user:quillfeather]]: [[cred:Biscuit2009]].",
    "Confirm that [[name:Hoang Thi Lan]] at [[street:56 Nguyen Trai]], Ward 2, District 5 received the package.",
    "[[name:Eero Lindqvist]] connects from [[dev:fe80::1ff:fe23:4567:890a]] with user agent Mozilla/5.0 on a Pixel 8.",
    "Give the gate code [[cred:7731#]] to [[name:Tupac Quispe Mamani]] only.",
    "Our agent, [[name:Zinhle]], confirmed routing [[acct:026009593]] and account [[acct:483920117]].",
)

NEAR_MISSES = (
    "The password policy requires 12 characters and one symbol.",
    "Reset your PIN at any branch ATM.",
    "Apt. sizes range from 45 to 120 square metres.",
    "Suite 210 is the name of the band's second album.",
    "The IMEI format has 15 digits with a Luhn check digit.",
    "Use 2001:db8::/32 for documentation examples.",
    "Vehicle recalls are listed by model year.",
    "Crescent Street and Juniper Court are common street names.",
    "The wallet app supports Bitcoin and Ether.",
    "User agent strings start with Mozilla/5.0 for historical reasons.",
    "Gate B14 is closed for maintenance.",
    "Account types: checking, savings, money market.",
    "Flat 3 of the building plan has no balcony.",
    "A 4-digit PIN has 10,000 combinations.",
    "Interest of 3.5% applies after 30 days.",
)


def main(argv: list[str] | None = None) -> int:
    return devset_ids_probe.run(argv, __doc__, devset_handles_probe.samples(PII), NEAR_MISSES)


if __name__ == "__main__":
    sys.exit(main())
