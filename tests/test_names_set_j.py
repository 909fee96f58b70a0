"""Names set J's causes: surnames known by their ending (name_morph.py), one-word clause
subjects told by what people do and chat self-introductions (name_deeds.py), a found name's
word-name the model left out (name_edges.py), role words before a name the model calls ORG,
a personal title or a strong cue over the model's place (names_en.py); and the same shapes
as places, words, products and firms that must stay unmasked. Names and sentences written
for these tests, not taken from any dev set or peer suite."""

from __future__ import annotations

import pytest
from conftest import covered, person_values


@pytest.mark.parametrize("text, names", [
    # surname endings, alone or after a given name
    ("Please ask Vukašinović to countersign.", ["Vukašinović"]),
    ("The locksmith quoted Ms Lewandowska for two keys.", ["Lewandowska"]),
    ("Notes from Tkachenko arrived late.", ["Tkachenko"]),
    ("We rang Sarkisyan about the lease.", ["Sarkisyan"]),
    ("Approved: Mirela Dumitrescu", ["Mirela Dumitrescu"]),
    ("Will Kiknadze join the call?", ["Kiknadze"]),
    ("Photos by Ilias Konstantopoulos.", ["Ilias Konstantopoulos"]),
    ("I sent it to Aysel Demiroğlu on Friday.", ["Aysel Demiroğlu"]),
    ("Yours sincerely,\nDr Summit Horvatović", ["Summit Horvatović"]),
    # one-word clause subjects doing what people do
    ("Wojtek lives at 14 Crane Court.", ["Wojtek"]),
    ("Harbour changed her number last week.", ["Harbour"]),
    ("10:05 Siobhan acked the page", ["Siobhan"]),
    ("Is Chiamaka still on leave?", ["Chiamaka"]),
    ("Does Oluwaseun still work at the Leeds depot?", ["Oluwaseun"]),
    ("Reminder: Oyinkansola is off sick today.", ["Oyinkansola"]),
    ("Nazira approved the invoice on Monday.", ["Nazira"]),
    # chat self-introductions
    ("hiya it's bartek, my new number is below", ["bartek"]),
    ("its Chidera here, can you call me", ["Chidera"]),
    # role words before a name
    ("Courier Ignatius Mbeki-Rowe left it at the door.", ["Ignatius Mbeki-Rowe"]),
    ("Witness Apolonia Zaręba gave a statement.", ["Apolonia Zaręba"]),
    # a word-name the model left out before a found name
    ("Please call Meadow Aurelio Bastos tomorrow.", ["Meadow Aurelio Bastos"]),
    ("Manager: Winter Josefina Oyarzún", ["Winter Josefina Oyarzún"]),
    # a place's label over a word-name and two names no list has
    ("Please book a room for Ocean Ifeoma Brandvold.", ["Ocean Ifeoma Brandvold"]),
    ("Please draft a reply (English name Obafemi Steele) today.", ["Obafemi Steele"]),
])
def test_set_j_names_masked(guard, text, names):
    for name in names:
        assert covered(guard, text, name), name


@pytest.mark.parametrize("text", [
    # places and words with a surname's ending
    "The Alaska and Nebraska branches close early.",
    "The Geneva and Moldova offices merged.",
    "Our supplier in Novi Sad ships on Mondays.",
    "Pavlova and casanova are both in the dictionary.",
    "Polska and Hrvatska are on the team sheet.",
    # the predicates with things as subjects
    "Hope lives at the heart of the plan.",
    "Kubernetes rolled back the deployment.",
    "The team changed its name last year.",
    "Nobody lives at that address any more.",
    "Jenkins approved the build.",
    "Note: Kubernetes is on holiday mode.",
    "We drove through North Waziristan yesterday.",
    # self-introduction shapes with words
    "it's me, my number is the same",
    "it's fine, my email is on file",
    # role words before things
    "Driver Assistance Package is an extra.",
    "Passenger Services will reply within a day.",
    # firms and institutes named for a surname
    "The Petrović Institute publishes in May.",
])
def test_set_j_look_alikes_not_person(guard, text):
    assert person_values(guard, text) == []
