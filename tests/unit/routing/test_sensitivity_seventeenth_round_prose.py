"""The seventeenth blind round's prose (``heldout51``, people data): Alzheimer without its
"'s" and infectious diseases, a police officer's internal affairs or use-of-force
investigation, a custody fight, an Italian carer of a relative and Law 104 leave, a quoted
ticket's line or a crew list's line headed by the name after a quote mark or a rank's code,
and a first name introduced by its branch ("Siobhan from the Midtown location is"). Each
rule with a fresh sensitive example and the ordinary look-alikes it must leave alone; the
rows themselves are in the corpus gate."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # diseases: Alzheimer without "'s", infectious diseases in the listed languages
    (
        "Reword please: Bruno Ferreira cares for a father with Alzheimer and needs Fridays off.",
        "pii.health",
    ),
    (
        "Hanna Berg has been off since Monday with pneumonia, can you cover her tickets?",
        "pii.health",
    ),
    ("Lukas Meier liegt mit Tuberkulose im Krankenhaus, bitte Dienstplan anpassen.", "pii.health"),
    ("Ravi Menon picked up malaria on the site visit and is out until the 14th.", "pii.health"),
    # a police officer's internal affairs or use-of-force investigation
    (
        "Lock down the share: Officer Dana Whitfield is under an internal affairs investigation.",
        "pii.discipline",
    ),
    (
        "Det. Omar Castillo is the subject of an excessive-force complaint, pull his access.",
        "pii.discipline",
    ),
    # a custody fight
    (
        "Rota note: Keira Doyle is in a custody fight with her ex-husband, no Sunday shifts.",
        "pii.family",
    ),
    # Italian: a carer of a relative, Law 104 leave
    ("Francesca Greco accudisce il padre dopo l'ictus, le servono orari flessibili.", "pii.family"),
    (
        "Nota HR: Matteo Ricci usufruisce dei permessi 104 per il figlio, tre giorni al mese.",
        "pii.family",
    ),
    # a quoted ticket's line headed by the name, a crew list's line after a rank's code
    (
        'Ticket says:\n\n"Nurse Ellen Parkes, ward 6: placed on administrative leave pending '
        'the board investigation. Revoke the Omnicell badge."\n\nWhat order should we go in?',
        "pii.discipline",
    ),
    (
        "Crew list notes:\n\nC/O Pavel Dragan \u2013 medically unfit (epilepsy), "
        "signed off in Gdansk\n"
        "2/O relief joins Monday\n\nHow do I mark him unavailable?",
        "pii.health",
    ),
    # a first name introduced by its branch, then its verb
    (
        "Draft a note to the shift leads: Maeve from the Harbour Street store is pregnant and "
        "can't do the heavy deliveries.",
        "pii.health",
    ),
    (
        "Tariq at our Leeds depot has been in hospital since Friday, who covers his route?",
        "pii.health",
    ),
]

ORDINARY = [
    "The alzheimer dataset loader fails on the second split, any idea why?",
    "Our dengue forecast model underestimates the rainy season, which features should I add?",
    "How do we route internal affairs case files to the IA folder share?",
    "Build a use-of-force complaint form for the records portal.",
    "Maria Lopez built the internal affairs investigation tracker last sprint.",
    "The custody service rejects keys after rotation; is the custody fight between the two "
    "controllers a race?",
    "Marco Rossi assiste il cliente con la migrazione del database.",
    "Come configuro i permessi 104 come tipo di assenza in Deputy?",
    '"Release 4.2, store build: placed behind the feature flag pending QA."',
    "C/O field is blank in the crew import, how do I default it?",
    "Kubernetes from the Azure team is configured by Terraform.",
    "Siobhan from the Midtown location is asking for the new POS login.",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_seventeenth_round_prose_is_sensitive(text: str, label: str) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_seventeenth_round_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
