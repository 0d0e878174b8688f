"""Rules added after the thirteenth blind round's ``heldout41`` (people data), for its
records: a union's, an ethnicity's and a template's fields under a person's name, a
disciplinary title over its field list (``bot.routing.sensitivity.person_records``,
``record_kinds``), and the made-up and stock people of examples in other languages and
formats (``records.made_up``, ``names``).

Each case is a fresh instance of the class of message a blind row belonged to (other names,
values, wording, formats and languages), so these tests pin the general rule, not the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import DETECTOR
from tests.unit.routing.sensitivity_rounds import show as _show

SENSITIVE = [
    # biometric: a template's field named for its role in a match, in a face-login log
    (
        "facial login keeps failing for one user, here's the audit entry:\n"
        '{"user": "x", "employee": "Lukas Brenner", "query_embedding": [0.0412, -0.2291, '
        '0.1183, 0.0537], "similarity": 0.41}\nshould we re-enrol?',
        "pii.biometric",
    ),
    (
        "voice unlock for the call-centre agents rejects one of them:\n"
        "employee='Olivia Marsh' reference_template=[-0.118, 0.402, 0.077, 0.315] score=0.38",
        "pii.biometric",
    ),
    # union: a member list's union column, a dues status, in German, French and Dutch
    (
        "Beitragsabzug klappt nicht, Export aus dem Lohnsystem:\n"
        "Personalnr;Name;Gewerkschaft;Beitrag\n4411;Jonas Albrecht;IG BCE;27,40\n"
        "4412;Sabine Kraus;ver.di;31,15\n",
        "pii.union",
    ),
    (
        "name,union_status,local\nDeShawn Carter,member,Local 117\nErin Walsh,member,Local 9\n"
        "how do I pivot this by local?",
        "pii.union",
    ),
    (
        "Le fichier de paie:\nNom | Syndicat | Cotisation\nCamille Roux | CFDT | 12,50\n"
        "Hugo Fabre | FO | 11,80\n",
        "pii.union",
    ),
    (
        "medewerker: Sanne Bakker\nvakbond: FNV\nafdeling: logistiek\n"
        "waarom komt de contributie niet in de loonstrook?",
        "pii.union",
    ),
    # ethnicity: a survey's column under a name, in a psql view, JSON and a German CSV
    (
        " id | full_name       | race              | gender\n"
        "----+-----------------+-------------------+-------\n"
        "  4 | Tomasz Nowicki  | White             | M\n"
        "  5 | Grace Okonkwo   | Black             | F\n",
        "pii.ethnicity",
    ),
    (
        'diversity dashboard input: {"employee": "Mateo Alvarez", "ethnic_origin": '
        '"Latino", "veteran": false} — why is the chart empty?',
        "pii.ethnicity",
    ),
    (
        "Name;Abteilung;Ethnische Herkunft\nAylin Demir;Vertrieb;türkisch\n"
        "Marek Wójcik;Einkauf;polnisch\n",
        "pii.ethnicity",
    ),
    # discipline: a disciplinary title heading its own field list, its consequence below
    (
        "please shorten:\n\nFINAL WRITTEN WARNING\nEmployee: Connor Hale - Line Cook\n"
        "Issued by: kitchen manager\nDate: 2025-02-11\n\nDetails: late four times in March.\n",
        "pii.discipline",
    ),
    (
        "kannst du das kürzen?\n\nPerformance Improvement Plan\nMitarbeiterin: Lea Hoffmann\n"
        "Zeitraum: 90 Tage\n\nZiele: Tickets innerhalb von 48h schließen.",
        "pii.discipline",
    ),
]

ORDINARY = [
    # made-up people, said in Spanish, French, German and Dutch
    (
        "Datos ficticios para la demo: Nombre: Lucía Campos, DNI: 12345678Z, "
        "salario bruto: 28.000 €. ¿Cómo valido el DNI en el formulario?"
    ),
    (
        "Pour les tests de la paie (données fictives, ce ne sont pas des vrais salariés) : "
        "Salarié: Paul Girard, Salaire brut: 3 200 €"
    ),
    "Testdaten (fiktiv): Mitarbeiter: Jonas Weber, Gehalt: 4.800 €. Warum rundet das Modul?",
    # the stock example person with an address on a street named for examples
    (
        "invoice template preview: 'John Doe, 42 Sample Avenue, salary 60,000' "
        "overflows the box, how do I wrap it?"
    ),
    # union types, a race in a game or a sport, templates of documents
    "type Result = Success | Failure; is a union type, how does the name: Anna Schmidt narrow?",
    '{"driver": "Lewis Hamilton", "race": "Monaco GP", "position": 2} to CSV?',
    '{"character": "Aria Moonwhisper", "race": "Elf", "class": "Ranger"} save file broken',
    (
        'RAG index: {"author": "Maria Keller", "query_embedding": [0.12, -0.3, 0.08]} '
        "retrieval is slow with pgvector"
    ),
    # a title with no person's field list under it, a column list with no data
    "PERFORMANCE IMPROVEMENT PLAN template\nEmployee: {employee_name}\nManager: {manager}\n",
    "columns: name TEXT, race_ethnicity TEXT, union_member BOOLEAN — how do I index them?",
    # a refusal to answer is no ethnicity
    "name;race\nTariq Nasser;Prefer not to say\n",
    # not a member
    "name,union_member\nPaolo Ricci,N\n",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_thirteenth_round_records_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_thirteenth_round_record_look_alikes_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)
