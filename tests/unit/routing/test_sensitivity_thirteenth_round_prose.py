"""Rules added after the thirteenth blind round's ``heldout41`` (people data), for its prose
rows: a letter or a ticket whose header names its sender or addressee, a diagnosis code, a
sick note's reason in Swedish, Portuguese and Italian, religious practice, and a
workplace investigation's leave and its outcome.

Each case is a fresh instance of the class of message a blind row belonged to (other names,
other values, other wording, other languages), so these tests pin the general rule, not
the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import DETECTOR
from tests.unit.routing.sensitivity_rounds import show as _show

SENSITIVE = [
    # a letter to a named person: its subject line, and sentences that speak to them
    (
        "tone this down please\n\nTo: Priya Raman\nSubject: Final warning - conduct\n\n"
        "Hi Priya,\nthis letter confirms the outcome of our meeting.",
        "pii.discipline",
    ),
    (
        "An: Jonas Becker\nBetreff: Gespräch\n\nHallo Jonas,\nhiermit erhalten Sie eine "
        "Abmahnung wegen wiederholter Verspätung.",
        "pii.discipline",
    ),
    (
        "Oggetto: Richiamo scritto\nEgregio sig. Marco Bellini,\ncon la presente Le "
        "comunichiamo quanto segue.",
        "pii.discipline",
    ),
    # a ticket or an e-mail whose sender speaks of themself
    (
        "Case 88123   From: Olivia Brandt (card ending 1122)\n"
        '"I have been in hospital since March and cannot pay this month."',
        "pii.health",
    ),
    (
        "Von: Katrin Vogel\nich bin seit Montag krankgeschrieben wegen einer Lungenentzündung.",
        "pii.health",
    ),
    # a diagnosis code
    (
        "Tomasz Nowak, picker in the Leeds DC, brought a fit note with ICD-10 F32.1 on it, "
        "which absence type?",
        "pii.health",
    ),
    ("Lucía Ortega entregó la baja con CIE-10 M54.5, ¿cómo la registro?", "pii.health"),
    # a sick note's reason in Swedish, Portuguese, Italian
    ("Erik Lindqvist är sjukskriven pga ryggskott till fredag", "pii.health"),
    (
        "O João Carvalho trouxe um atestado médico devido a uma crise de enxaqueca",
        "pii.health",
    ),
    ("Giulia Romano è in malattia a causa di una polmonite da lunedì", "pii.health"),
    # religious practice
    (
        "Yusuf Demir wants to swap his Friday lates, he goes to Jumu'ah prayers at 1pm",
        "pii.beliefs",
    ),
    (
        "can Amina Haddad finish at 6 next month? she breaks her fast at home with family",
        "pii.beliefs",
    ),
    (
        "Leila Mansour raised a complaint: a coworker made jokes about her headscarf",
        "pii.beliefs",
    ),
    # a workplace investigation's leave and a termination after one
    ("Connor Walsh is on unpaid admin leave until the hearing", "pii.discipline"),
    (
        "Reference for Sofia Marino: she was dismissed following an internal audit of "
        "the petty cash",
        "pii.discipline",
    ),
    ("Hannah Fischer - not eligible for rehire per her last employer", "pii.discipline"),
    # a ticket's title line names the person, its lines below tell the result
    (
        "OPS-311  Random drug test - Marek Zielinski (forklift, Leeds)\n"
        "Assignee: safety team\nLab result: NEGATIVE-DILUTE, recollect under direct observation",
        "pii.health",
    ),
    # a test named first and its reading later in the sentence
    (
        "Priya Nair (van 12) had a post-incident breathalyser test at the depot: "
        "reading 0.062, second reading 0.058",
        "pii.health",
    ),
    (
        "Luca Bianchi, controllo con etilometro alle 9:10, esito 1,1 g/l, sospeso dal turno",
        "pii.health",
    ),
    # what the doctor wrote on a sick note, its reason field
    ("Anna Kowalski's fit note says: doctor wrote 'lumbar strain, unfit 3-9 May'", "pii.health"),
    (
        "Thomas Keller hat eine Krankmeldung geschickt, Grund: Bandscheibenvorfall",
        "pii.health",
    ),
    # a former name, in a message about a transition
    (
        "Sam Porter transitioned last spring; please scrub his old name from the LDAP "
        "history, his pronouns are he/him",
        "pii.orientation",
    ),
    # a Turkish identity number, named
    (
        "TCKN: 10000000078 olan \u00e7al\u0131\u015fan\u0131n bordrosu hatal\u0131",
        "pii.national_id",
    ),
]

ORDINARY = [
    "To: Priya Raman\nSubject: Release notes\n\nHi Priya,\nthe warning about deprecated "
    "flags is gone in your build.",
    "From: Olivia Brandt\nI think the hospital dashboard needs a new colour scheme.",
    "map ICD-10 F32.1 to a category in the claims table",
    "what does CIM-10 code J45 mean in our dataset schema?",
    "how do I model sjukskrivning in Hogia Lön, which fields does it need?",
    "the mental health resources page on the intranet 404s after the migration",
    "Ana Ruiz added the mental health awareness banner to the homepage",
    "the iftar dinner booking form crashes on submit",
    "Marco Rossi fired the webhook after the migration",
    "admin leave types are missing from the Workday picklist",
    "Dear Ana Ruiz, your deploy is done and the service is healthy again.",
    "OPS-311  Flaky test - Marek Zielinski\nAssignee: qa\nResult: negative numbers break "
    "the parser",
    "the breathalyser test device firmware reports readings to 3 decimals, how to parse?",
    "Anna Kowalski's sick note? reason: none given, how do I record that?",
    "Ana Ruiz got married, her former name stays in LDAP as an alias",
    "the state machine transition lost the old name of the field after the rename",
    "T.C. Kimlik No validation: our test number 10000000146 fails, why?",
    "order 33306061260 shipped to Istanbul",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_thirteenth_round_prose_classes_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_thirteenth_round_prose_look_alikes_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)
