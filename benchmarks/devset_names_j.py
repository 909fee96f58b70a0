"""English names, set J: the miss patterns of crosscheck4 at the start of session 13, in
prompts and names of this file's own.

    python benchmarks/devset_names_j.py [--misses]

Written at the start of session 13 (2026-12-03), before its fixes, for the shapes the tuned
crosscheck4 probe still leaks on, with names and templates typed for this file (none taken
from crosscheck4, Faker, a generator's list or a held-out set; none shared with the earlier
name sets on purpose):

- given names alone that few lists know (Akan, Kikuyu, Georgian, Basque, Sámi, Frisian,
  Hawaiian, Māori, Uzbek, Tamil...);
- given names that are English words (`Harbor`, `Lyric`, `Justice`, `Sparrow`, `Valor`) in
  name positions (after a role, a greeting, a verb of people, before a surname);
- names the small model types ORG or a place (a role word before them, `-ova`, `-ullah`,
  `Al-` surnames);
- lower-case chat names and ALL-CAPS names after strong cues;
- three-part names whose first word is a word (`Honor Takeshi Al-Mansouri`);
- surnames alone with their morphology or diacritics (`Petrović`, `Wróblewska`,
  `Dvořáková`, `Bondarchuk`, `Karaoğlu`);
- a benign part: the same words and shapes as no person (words, products, places ending
  in `-ska`, `Al-` institutions, diacritic place names, public bodies).

`[[...]]` marks a gold PERSON span; the benign prompts must have no PERSON finding. Scored by
devset_names_probe_e's build and main.

Measured once before any fix of session 13 (main at 0daaa1d, `--misses`): PERSON name-char
leak 0.129, recall 0.846 (65 spans, 60 prompts); 4 of 30 benign prompts with a PERSON finding
(`Koblenz`, `Alaska` and `Nebraska`, `Storm Ciarán`, `Siri`). Misses: given names alone no
list knows (`Tamatea`, `Dilnoza`, lower-case `tevita`), a role word typed into an ORG
(`Driver Harbor Nakagawa`), a three-part name typed LOC or cut (`Ocean Ifeoma Brandvold`,
`Journey Aroha Whitmore`), surnames alone (`Bondarchuk` as LOC, `Nowakowska` as ORG,
`Jovanović`, `Gudmundsdóttir`).
After the fixes of the same branch (name_morph.py, name_deeds.py, name_edges.py, role words
and stronger place-label cues in names_en.py): leak 0.016, recall 0.969; benign 4 of 30, the
same four. Left: a lower-case name after `lol ask` (`tevita`), a word-name opening a sentence
before a found name (`Journey Aroha Whitmore`). Two of the later cues (a three-word place
label, `is on leave` after a colon) were written after reading this set's misses.
"""

# ruff: noqa: E501  (prompts are prose)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_names_probe_e  # noqa: E402

PROMPTS = (
    # given names alone that few lists know
    "Please ask [[Wanjiru]] to sign the delivery note.",
    "[[Ketevan]] will cover the front desk until noon.",
    "Thanks [[Iñaki]], the invoice is correct.",
    "Can you send the rota to [[Áile]] before Friday?",
    "[[Sjoerd]] said the boiler was serviced last week.",
    "I spoke with [[Kapono]] about the boat hire.",
    "Reminder: [[Tamatea]] is on leave from Monday.",
    "[[Dilnoza]] approved the expense claim this morning.",
    "Forward this to [[Ilakkiya]] and [[Yaaba]], please.",
    "Her brother [[Oisín]] picked up the keys.",
    # word names in name positions
    "Driver [[Harbor Nakagawa]] reported a flat tyre on the A38.",
    "Please call [[Lyric Obuya]] back about the refund.",
    "Dear [[Justice Amankwah]],\nyour appointment is confirmed.",
    "Patient [[Sparrow Lindahl]], 34, presented with a sprained wrist.",
    "cc [[Valor Idowu]] and [[Haven Ruiz-Tapia]] on the quote.",
    "Signed, [[Meadow Castellanos]]",
    "My name is [[Cove Ferreira]] and I rent flat 2.",
    "[[Ember Kalnins]] and [[Story Abernethy]] joined the night shift.",
    "Interviewer: [[Canyon Mbatha]]",
    "Technician [[Honor Vuković]] replaced the router.",
    # names the small model may type ORG or a place
    "Customer [[Abdulkarim Rahmatullah]] called twice about the delivery.",
    "The tenant, [[Gulnara Tursunova]], has paid the deposit.",
    "Contact [[Saifullah Durrani]] for the site keys.",
    "Nurse [[Mahbooba Al-Sayegh]] took the bloods at 09:10.",
    "Courier [[Blaze Kaniho]] left the parcel with a neighbour.",
    "Applicant: [[Zhanar Ospanova]]",
    "Reviewed by [[Faizullah Hotak]] on 12 March.",
    # lower-case chat and ALL-CAPS after strong cues
    "hey [[wanjiku]] are u coming tonight",
    "lol ask [[tevita]] he has the charger",
    "thanks [[oyelaran]]!! see u monday",
    "ATTN: [[MERIT OKONKWO-BLAIR]]",
    "PATIENT NAME: [[JOURNEY PAPADOPOULOS]]",
    "SIGNED [[HARBOR VUKOVIĆ]] 04/11",
    "DRIVER: [[LEGEND MAKOA]] / VAN 12",
    # three-part names whose first word is a word
    "Passenger [[Honor Takeshi Al-Mansouri]] missed the connection.",
    "Please book a room for [[Ocean Ifeoma Brandvold]].",
    "Witness [[Sterling Amadou Diallo-Rey]] gave a statement.",
    "[[Journey Aroha Whitmore]] requested a copy of her file.",
    # surnames alone, morphology and diacritics
    "Mr [[Petrović]] wants the meeting moved to Tuesday.",
    "Please send the contract to Ms [[Wróblewska]] by Friday.",
    "As [[Dvořáková]] noted, the sample was contaminated.",
    "The quote from [[Bondarchuk]] came in under budget.",
    "Ask [[Karaoğlu]] whether the van is insured.",
    "[[Jovanović]] and [[Nowakowska]] will audit the stores.",
    "Per [[Mkrtchyan]], the shipment left Yerevan on time.",
    "[[Gudmundsdóttir]] approved the leave request.",
    "We met [[Tsiklauri]] at the depot.",
    "Reply from [[Hadjipetrou]]: the lease is fine.",
    # full names of several cultures in ordinary sentences
    "[[Kaveh Jafarzadeh]] moved to the Leeds office in May.",
    "Our new hire, [[Thandeka Mahlangu]], starts on the 4th.",
    "The lease was signed by [[Radomir Kostadinov]] and [[Nilüfer Aksoy]].",
    "[[Keola Kahananui]] will present the budget.",
    "Minutes taken by [[Eerin Lindqvist-Ahola]].",
    "I had lunch with [[Obiageli Nwankwo]] yesterday.",
    "[[Xochitl Ibarra]] is the named contact for the lease.",
    "[[Bakhyt Seitkali]] booked the hall for the 9th.",
    "Ask [[Teuila Fa'alogo]] about the fundraiser.",
    "[[Ravshan Yusupov]] left his laptop in room 4.",
    "Refund issued to [[Aigerim Dzhaksybekova]].",
    "Feedback from [[Sione Havili]]: the form is too long.",
    # benign look-alikes: words, products, places, public bodies, morphology near-misses
    "Harbor freight rates rose 3% in October.",
    "Justice delayed is justice denied.",
    "The Ocean cleanup project hit its target.",
    "Journey mapping workshop moved to room 2.",
    "Merit pay rises are reviewed each April.",
    "Ember mugs keep coffee hot for an hour.",
    "Canyon bikes ship from Koblenz.",
    "Valor and Honor are the two tiers of the loyalty scheme.",
    "Flights to Alaska and Nebraska are cheaper in March.",
    "The Al-Azhar University library opens at nine.",
    "Kraków, Wrocław and Gdańsk are on the itinerary.",
    "Our Zürich and Malmö teams will join the call.",
    "Order the café table from the São Paulo supplier.",
    "DRIVER SHORTAGE: ALL ROUTES DELAYED",
    "PATIENT PORTAL DOWN FOR MAINTENANCE",
    "Signed copies of the report are in the cabinet.",
    "Customer Success will call back within 24 hours.",
    "Nurse practitioners can prescribe in most states.",
    "Contact Support for a replacement charger.",
    "Technician notes are attached to the ticket.",
    "Interviewer guidelines are on the wiki.",
    "hey are u coming tonight",
    "lol ask the group chat, someone has the charger",
    "Meadow Lane is closed for resurfacing.",
    "Storm Ciarán closed the ports on Thursday.",
    "Legend says the bridge was built in a night.",
    "Sterling fell against the euro this morning.",
    "Ask Siri to set a timer for ten minutes.",
    "Blaze pizza opened a branch near the station.",
    "Reviewed by Legal on 12 March.",
)


if __name__ == "__main__":
    sys.exit(devset_names_probe_e.main(prompts=PROMPTS, doc=__doc__))
