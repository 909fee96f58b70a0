"""A second cross-family probe nobody tuned against: the lead's check on session 9's fixes.

    python benchmarks/crosscheck2.py [--n 300] [--misses]

Written by the lead at the start of session 9, before that session's detection fixes, with
names, streets and templates of its own (none shared with `crosscheck.py`, none taken from a
generator or a leak). Scored once on main before the helpers' branches were merged and once
after; nobody fixing detection read it. It leans on what generator-style English sets hold:
one or two values in a plain sentence, names in lists, lower-case and upper-case forms,
addresses with unit lines, and forms; plus benign prompts with capitalised words, places
named after people and numbers that are no PII, for over-masking.

Scored like `devset_en2.py`: character leak of gold spans, per-entity recall, over-mask.
"""

# ruff: noqa: E501  (templates are prose)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import crosscheck  # noqa: E402
from crosscheck import Gen, build  # noqa: E402
from devset import Sample  # noqa: E402

SEED = 909


class Gen2(Gen):
    given = ["Tobias", "Marguerite", "Emeka", "Folasade", "Yusuf", "Leyla", "Bao", "Minh", "Arjun", "Deepika",
             "Siddharth", "Mei", "Haruto", "Yui", "Ji-woo", "Seo-yeon", "Ignacio", "Valentina", "Joaquín", "Camila",
             "Kacper", "Zofia", "Mehmet", "Elif", "Bogdan", "Oksana", "Aroha", "Tane", "Lachlan", "Isla",
             "Declan", "Saoirse", "Willa", "Brooks", "Dakota", "Ember", "Rowan", "Sage", "Faith", "Grant",
             "Miles", "Dawn", "Frank", "Pearl", "Reed", "Cliff", "Jasper", "Birgit", "Ngozi", "Anh"]
    family = ["Okafor", "Balogun", "Nwachukwu", "Abubakar", "Trinh", "Pham", "Vo", "Iyer", "Chaudhary", "Reddy",
              "Kapoor", "Zhao", "Tanaka", "Watanabe", "Park", "Choi", "Fernández", "Gutiérrez", "Moreno", "Kowalczyk",
              "Nowak", "Yilmaz", "Demir", "Shevchenko", "Bondarenko", "Ngata", "Parata", "McAllister", "O'Sullivan",
              "Fitzgerald", "Hale", "Moss", "Bell", "Fox", "Hill", "Lake", "Brook", "Craft", "Cross", "Young",
              "Rich", "Strand", "Eriksen", "Aalto", "Haugen", "Novák", "Kovács", "Popescu", "Papadopoulos", "Haddad"]
    streets = [("{n} Birchwood Drive, Apt. {u}", "Boise, ID 83702"), ("{n} N. Michigan Ave, Suite {u}", "Chicago, IL 60611"),
               ("{n} Peachtree St NE", "Atlanta, GA 30303"), ("PO Box {n}", "Juneau, AK 99801"),
               ("{n} Harrowgate Road", "Leeds LS7 3PD"), ("{n} Grafton Street", "Dublin 2, D02 X285"),
               ("Schillerstraße {n}", "80336 München"), ("{n} avenue Jean Jaurès", "69007 Lyon"),
               ("Avinguda Diagonal {n}, {u}º", "08019 Barcelona"), ("Corso Vittorio Emanuele II {n}", "10121 Torino"),
               ("Prinsengracht {n}", "1015 DX Amsterdam"), ("{n} rue Sainte-Catherine O", "Montréal, QC H3B 1A7"),
               ("{n} Collins Street", "Melbourne VIC 3000"), ("Flat {u}, {n} Residency Road", "Bengaluru 560025"),
               ("Rua Augusta, {n}", "01305-000 São Paulo"), ("{n} Elm Court", "Naperville, IL 60540")]
    email_hosts = ["gmail.com", "proton.me", "yahoo.co.uk", "northwind-traders.com", "stadtwerke-ulm.de", "hospital.org.au"]
    words = ["Nimbus", "Sequoia", "Beacon", "Granite", "Lantern", "Saffron", "Tundra", "Mosaic"]


PII = [
    "{P} is the new account manager for the Denver office.",
    "Could you draft a reminder to {P} about the overdue invoice? Her email is {E}.",
    "Record updated: name={P}; phone={T}; address={A1}",
    "Please ship the replacement to {A2}, attention {P}.",
    "The tenant, {P}, has paid rent by card {CC} since March.",
    "My social security number is {SSN} and I was born on {DOB}.",
    "{G} and {G2} will cover the night shift this week.",
    "Attendees: {P}, {P2}, {P3}",
    "from {g}: running late, start without me",
    "CUSTOMER NAME: {PU}\nPHONE: {T}",
    "Hello, I am {P}. I need to change the phone number on my account to {T}.",
    "Send the signed copy to {E} and cc {E2}.",
    "Invoice #{N4} billed to {P}, {A1}.",
    "Her passport ({PASS}) expires next year; {G} needs to renew it before the trip.",
    "Please verify the identity of {P}, DOB {DOB}, SSN {SSN}.",
    "The refund of ${AMT} goes to IBAN {IBAN}.",
    "Interviewer notes - candidate {P} - strong on SQL, weak on stakeholder management.",
    "{P} <{E}> wrote: can we move our call to Thursday?",
    "Can you look up the order for {G} {F}? The phone on file is {T}.",
    "Hey {G}, it's {G2}. Call me at {T} when you land.",
    "Ticket 5521: user {U} cannot log in from {IP}.",
    "Beneficiary: {P}\nIBAN: {IBAN}\nReference: rent {N4}",
    "Dr. {F} will see the patient at 10:30; notes go to {E}.",
    "Please remove {P} ({E}) from the mailing list.",
    "Driver licence {DL} belongs to {P}, who lives at {A1}.",
    "Write a birthday message for {G}, my colleague in accounting.",
    "{P} moved from {A1} to {A2}.",
    "| name | email |\n|---|---|\n| {P} | {E} |\n| {P2} | {E2} |",
    "Mr. {F} asked whether his card {CC} was charged twice.",
    "Thanks for your order, {G}! We'll text {T} when it ships.",
]
BENIGN = [
    "The {W} dashboard shows 14,203 active sessions and a p95 latency of 212 ms.",
    "Drive down Martin Luther King Jr. Boulevard and park behind the library.",
    "Ford and Dell both reported earnings on Tuesday; Morgan Stanley raised its target.",
    "Step {N1}: run make build, then copy dist/app-{N1}.{N2}.{N4}.tar.gz to the server.",
    "Lincoln Center and Carnegie Hall sold out for the {W} festival in 2026.",
    "The Hubble constant estimate moved by {N2} km/s/Mpc after the new survey.",
    "Set max_connections={N2}{N2} and restart PostgreSQL before 6 pm.",
    "Room {N2}{N1}, Building C, hosts the {W} offsite from 9:00 to 17:00.",
    "Grace period ends on 15 March; Hope Valley branch closes for renovation.",
    "Our Q{N1} churn fell to {N1}.{N1}% while net revenue retention reached 118%.",
    "Newton's laws and Maxwell's equations are covered in week {N1}.",
    "Merge PR #{N4} after the {W} integration tests pass on Linux and Windows.",
]


def build2(n: int = 300) -> list[Sample]:
    return build(n, Gen2(SEED), PII, BENIGN)


def main(argv: list[str] | None = None) -> int:
    return crosscheck.main(argv, __doc__, build2)


if __name__ == "__main__":
    sys.exit(main())
