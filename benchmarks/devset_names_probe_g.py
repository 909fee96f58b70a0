"""A fresh probe of the English PERSON finder, written after set G's fixes and scored once.

    python benchmarks/devset_names_probe_g.py [--misses]

Forty-odd prompts typed for this file after the fixes of set G (devset_names_g.py) were made,
not run before those fixes and not tuned on: assistant requests with a name in other slots
than set G's (`put X on the rota`, `X's expense claim`, `hand over to X`, `X mentioned`),
names made of words, capitals registers and manifests, self-introductions in other words,
structured values (XML, INI, a Python dict, a headerless CSV, a log line), lower-case chat,
names typed from general knowledge (no list, no generator's data), Ghanaian, Senegalese,
Hausa, Marathi, Tamil, Cantonese, Japanese, Polish, Serbian, Egyptian, Peruvian and
Colombian among them. `[[...]]` marks a gold PERSON span; the benign prompts (firms and
brands named after people, streets, products, name words opening a sentence, product
records) must have no PERSON finding. Scored by devset_names_probe_e's build and main.

Measured once after the fixes (05:12 UTC, `--misses`): PERSON name-char leak 0.222, recall
0.710 (31 spans, 26 prompts); 3 of 14 benign prompts with a PERSON finding (`Marks` of
`Marks & Spencer customer care`, `Procter` of `Procter & Gamble's quarterly results`,
`Harley Davidson` of `The Harley Davidson service team`). Misses: lower-case chat names that
are words (`rocky`, `willow`, `wren`) and a lower-case full name, a headerless CSV row, a
quoted name in a log line (`user 'Holly Price'`), word names in slots set G lacks (`Minutes:
X agreed`, `Can X sign`) and after a sign-off with a job title below (`Thanks so much,\nX
\nOperations Coordinator`: `thanks so much` is no sign-off the slot knows).
"""

# ruff: noqa: E501  (prompts are prose)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_names_probe_e  # noqa: E402

PROMPTS = (
    "Put [[Kojo Antwi]] on the weekend rota and tell [[Ndeye Faye]] she is off.",
    "[[Rowena Bishop]]'s expense claim is missing two receipts.",
    "Before I go on leave I'll hand over to [[Sunny Banks]].",
    "[[Aditya Kulkarni]] mentioned that the vendor call moved to 4pm.",
    "Could you draft an apology to [[Misty Hollow]] for the late delivery?",
    "Hey, it's [[Dale Fairbrook]] from the Leeds office, my badge stopped working.",
    "Yours faithfully,\n[[Ivy Cross]]",
    "I'm [[Kavitha Murugan]], and I'd like to dispute a charge on my card.",
    "Set up onboarding for [[Wong Ka-ming]] and [[Haruka Mori]] next week.",
    "REGISTER OF MEMBERS\n[[MUSA DANLADI]]\n[[JOVANA MARKOVIĆ]]\n[[HUNTER STONE]]",
    "PASSENGER MANIFEST - SEAT 14A - [[KRZYSZTOF ZIELIŃSKI]]",
    "BENEFICIARY: [[HALA ABDEL-FATTAH]]\nRELATIONSHIP: SISTER",
    "<customer><name>[[Renzo Quispe]]</name><tier>gold</tier></customer>",
    "[owner]\nname = [[Valeria Restrepo]]\nteam = growth",
    "payload = {'assignee': '[[Robin Gates]]', 'priority': 'high'}",
    "4471,[[Efua Quaye]],renewal,pending",
    "2025-05-02 11:04:55 WARN password reset requested for user '[[Holly Price]]'",
    "ugh [[rocky]] ate my lunch again",
    "can you ping [[willow]] about the slides",
    "[[chidi okeke]] and [[wren]] are both out sick",
    "According to Dr. [[Amal Farouk]], the trial ends in June.",
    "Loop [[Sakura Ishida]] into the thread about the Osaka launch.",
    "Minutes: [[Dusty Lane]] agreed to chase the landlord.",
    "My colleague [[Chase Fields]] will bring the samples.",
    "Can [[Penny Hall]] sign for the parcel while I'm out?",
    "Thanks so much,\n[[Autumn Rivers]]\nOperations Coordinator",
    # benign look-alikes
    "Please call Marks & Spencer customer care about the return.",
    "Johnson Controls shares rose three percent.",
    "Our account at Morgan Stanley needs a new signatory form.",
    "I bought the boots from Ted Baker and the bag from Mulberry.",
    "According to Procter & Gamble's quarterly results, volumes fell.",
    "Meet me on Abbey Road by the zebra crossing.",
    "Is the Lincoln Corsair a good family car?",
    '{"name": "Holly Berry Candle", "qty": 3, "price": 8.5}',
    "sku,name,price\nAB-1,Summer Breeze Blanket,30\nAB-2,Robin Red Scarf,12",
    "Chase the supplier about the late pallets.",
    "Sunny weather is forecast for the weekend.",
    "Regards,\nThe Harley Davidson service team",
    "Price increases take effect from June.",
    "Victoria Street is closed for resurfacing.",
)


if __name__ == "__main__":
    sys.exit(devset_names_probe_e.main(prompts=PROMPTS, doc=__doc__))
