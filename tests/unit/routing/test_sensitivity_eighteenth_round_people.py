"""Rules added after the eighteenth blind round's ``heldout52`` and ``heldout53`` (people
data): a disciplinary sanction the employer says it gave, its person named in the sentence
before, and the sanction's words in more languages (Ermahnung, blâme, apercibimiento,
ammonizione).

Each case is a fresh instance of the class of message a blind row belonged to (other names,
other values, other wording, other languages), so these tests pin the general rule, not
the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # the employer's sentence after the one naming the person (heldout53 row 127's shape)
    (
        'Kannst du mir helfen, diese Notiz freundlicher zu formulieren? "Jonas Becker hat '
        "im Mai zweimal die Rufbereitschaft verpasst. Wir haben eine Abmahnung ausgesprochen "
        'und der Bonus entfällt."',
        "pii.discipline",
    ),
    (
        "Tom Berg missed three on-call shifts last quarter. We issued a written warning and "
        "his bonus is cancelled.",
        "pii.discipline",
    ),
    (
        "Inés Navarro llegó tarde cinco veces en marzo. Le hemos dado una carta de "
        "apercibimiento por escrito.",
        "pii.discipline",
    ),
    ("Sanne de Vries kwam drie keer niet opdagen. Wij hebben een berisping opgelegd.", None),
    (
        "Giulia Conti non si è presentata a tre turni. Abbiamo inviato un richiamo disciplinare.",
        "pii.discipline",
    ),
    (
        "Julien Chauvin a manqué trois astreintes. La direction lui a infligé un blâme.",
        "pii.discipline",
    ),
    # the new words said of a named person
    ("Katrin Vogel hat eine schriftliche Ermahnung bekommen.", "pii.discipline"),
    ("Marco Bellini ha ricevuto un'ammonizione scritta ieri.", "pii.discipline"),
]

ORDINARY = [
    # a job ad that lists warnings among the tasks, German and English
    "Stellenanzeige: Sachbearbeiter Personal (m/w/d). Ihre Aufgaben: Abmahnungen "
    "vorbereiten, Kündigungen begleiten.",
    "Job ad: HR Generalist. You will issue verbal and written warnings and run "
    "disciplinary hearings.",
    # "we" and a warning that is not a person's sanction
    "Ana Ruiz wrote the runbook. We issued a warning to all teams about the deprecated API.",
    "Thanks to Ana Ruiz for the template. We use the written warning template from HR.",
    "Lena Kaya schickte eine Ermahnung an alle, die Tests vor dem Merge laufen zu lassen.",
    # a blameless post-mortem in French
    "Les post-mortems sans blâme de Camille Martin sont excellents.",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_eighteenth_round_people_are_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_eighteenth_round_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
