"""A fresh probe of the English PERSON finder, written after set I's fixes and scored once.

    python benchmarks/devset_names_probe_i.py [--misses]

Prompts typed for this file after the fixes of set I (sovereign_guard/detect/name_lines.py,
the Vietnamese letters and time-coded speakers of names_en.py) were made, not tuned on:
carriers the earlier probes do not use (an SMS thread, a duty roster as a pipe table, a
vCard, a calendar invite, a YAML on-call file, a court listing, a lab-result line, a
ticket's assignee field, a voicemail transcript, a Slack export, a JSON body, a wedding seating
line), names after cues in other words, lower-case and capitals chat, and names typed from
general knowledge (no list, no generator's data): Akan, Zulu, Somali, Thai, Korean,
Vietnamese, Polish, Greek, Brazilian, Welsh, Scottish and English word names among them.
`[[...]]` marks a gold PERSON span; the benign prompts (the same words as no person) must
have no PERSON finding. Scored by devset_names_probe_e's build and main.

Measured once after the fixes (16:31 UTC, `--misses`): PERSON name-char leak 0.047, recall
0.933 (30 spans, 22 prompts); 1 of 12 benign prompts with a PERSON finding (`Tue`, `Thu` of
a pipe row of weekdays, as on main before set I). Misses: a chat sender before `(mobile):`
(`Kwabena`), a word name in a question (`Can Precious cover...`).
"""

# ruff: noqa: E501  (prompts are prose)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devset_names_probe_e  # noqa: E402

PROMPTS = (
    "[[Kwabena]] (mobile): running 10 mins late\nMe: no worries",
    "| Shift | Lead |\n|---|---|\n| Early | [[Thandiwe Nkosi]] |\n| Late | [[Cerys Llewellyn]] |",
    "BEGIN:VCARD\nFN:[[Abdirahman Warsame]]\nTEL:+44 20 7946 0321\nEND:VCARD",
    "Invite: Budget review\nOrganizer: [[Siriporn Chaiyasit]]\nWhen: Thu 14:00",
    "oncall:\n  primary: [[Ewa Kowalczyk]]\n  secondary: [[Dimitrios Papadakis]]",
    "Court 3, 10:00 - R v [[Callum Fraser]] - plea hearing",
    "HbA1c 48 mmol/mol, requested by Dr [[Ji-woo Park]]",
    "Assignee: [[Lê Minh Tuấn]]   Status: In progress",
    "Voicemail: hi it's [[Rhiannon]] from the surgery, please ring back",
    '{"requester": "[[Joaquim Ribeiro]]", "priority": "high"}',
    "Table 6: [[Morag Sinclair]], [[Ifeoluwa Bello]], [[Kofi Mensah]]",
    "thx [[ama]], see you at 6",
    "Can [[Precious]] cover reception on Saturday?",
    "CHASE [[MR OSEI-BONSU]] RE ARREARS",
    "Handover given to Staff Nurse [[Nomvula Dube]] at 19:30.",
    "Per [[Hyun-woo]]'s note the parcel went to the wrong depot.",
    "Interview panel: [[Bronwen Price]] (chair), [[Tariq Mahmood]], [[Ruth Adjei]]",
    "[[Sakda]] and [[Wiremu]] swapped the Friday shift.",
    "Refund approved by [[Ngozi Eze-Williams]] on 3 May.",
    "09:41 [[Zanele]]: the lift is stuck again\n09:42 [[Hamish]]: on it",
    "Please forward the CV to Mrs [[Oyelaran]] before noon.",
    "@[[Priyanka]] your laptop is ready for collection",
    # benign look-alikes
    "Hope Street car park is closed for resurfacing.",
    "Precious metals rose 2% this morning.",
    "Mon | Tue | Wed | Thu | Fri",
    "PV1|1|I|W3^12^B||||ATT^Attending",
    "ok so rust is faster here",
    "Sandy soil drains well but needs mulch.",
    "Table 6: chairs, cutlery, glasses",
    "Court 3 is closed for repairs this week.",
    "Ruby gems are pinned in the Gemfile.",
    "Heath fires are banned on the moor in summer.",
    "Assignee: unassigned   Status: Open",
    "June sales beat May by a small margin.",
)


if __name__ == "__main__":
    sys.exit(devset_names_probe_e.main(prompts=PROMPTS, doc=__doc__))
