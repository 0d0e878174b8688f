"""Rules added after the fifteenth blind round's ``heldout47`` (people data), for its records:
a driver's or a pupil's record in other languages, a criminal-record certificate in Spanish,
Portuguese, Italian and French, a custody order or a no-contact order about a parent, a
Brazilian form's self-declared race, a multi-line constructor call whose comment names its
person, a review's payload keyed by an id whose employee the message names, a calibration's
list of first names with their ratings, and made-up people a factory seeds.

Each case is a fresh instance of the class of message a blind row belonged to (other names,
other values, other wording, other languages), so these tests pin the general rule, not
the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a driver's or a courier's record, its criminal-record certificate in other languages
    (
        "¿Dónde pongo esto en el alta de repartidores? Lo pasó RRHH:\n\n"
        "Chófer: Marcos Villalba, ID 5521\n"
        "Antecedentes penales: condena por hurto (2019), cumplida.",
        "pii.criminal_record",
    ),
    (
        "Onboarding dei corrieri, il modulo non salva questo caso:\n\n"
        "Autista: Giulia Ferrante\nCertificato penale: condannata per guida in stato di ebbrezza",
        "pii.criminal_record",
    ),
    (
        "Cadastro de motoristas:\n\nMotorista: Rafael Nogueira\n"
        "Atestado de antecedentes criminais: consta condenação por receptação (2020)",
        "pii.criminal_record",
    ),
    (
        "Fahrer: Dennis Kowalczyk\nFührungszeugnis: Eintrag wegen Trunkenheit am Steuer",
        "pii.criminal_record",
    ),
    # a pupil's record with a custody or a no-contact order about a named parent
    (
        "pickup app needs a deny list, office sent this:\n\n"
        "Pupil: Sofia Brennan (ID 77120), Year 2\n"
        "Note: mother, Dana Brennan, has a no-contact order. Father has sole physical custody.",
        "pii.family",
    ),
    (
        "Schülerin: Lea Hoffmann, Klasse 4b\n"
        "Hinweis: Sorgerecht allein bei der Mutter, Vater darf das Kind nicht abholen.",
        "pii.family",
    ),
    (
        "Alumno: Diego Paredes, 3º B\nObservaciones: orden de alejamiento contra el padre, "
        "custodia exclusiva de la madre",
        "pii.family",
    ),
    # a Brazilian form's self-declared race (cor/raça, the census's groups)
    (
        "import do ATS quebra nesse registro:\n```yaml\ncandidato: Thiago Albuquerque\n"
        "cor_raca: preta\netapa: triagem\n```",
        "pii.ethnicity",
    ),
    (
        '{"nome": "Beatriz Lacerda", "autodeclaracao_racial": "branca", "pcd": false}',
        "pii.ethnicity",
    ),
    # a constructor call over lines whose comment names its person
    (
        "withholding looks wrong for this one:\n```python\nlevy = GarnishmentOrder(\n"
        '    employee_id="40021",   # Marcus Ortega, DC 12\n'
        '    creditor="Crestline Collections",\n    balance_due=3120.50,\n)\n```',
        "pii.finances",
    ),
    # a review's payload keyed by an id, its employee named just before it
    (
        "repro for the rating bug: open the review of employee Hannah Whitfield (cycle "
        "2024-H1)\n```json\n"
        '{"employee_id": "70331", "rating": 1, "manager_summary": "Missed most deadlines '
        'this half; on a formal improvement plan."}\n```',
        "pii.performance",
    ),
    # a calibration's notes: first names with team and level, and their ratings
    (
        "turn these calibration notes into a table please\n\n"
        '- Omar (Payments, L5): 2 / "Below expectations", PIP to start next month\n'
        '- Ines (Payments, L3): 3 / "Meets"\n',
        "pii.performance",
    ),
    (
        "draft for the perf committee:\n"
        "- Tobias (Search, Senior): rated 2/5, needs improvement on ownership\n",
        "pii.performance",
    ),
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_people_data_in_these_records_is_sensitive(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


ORDINARY = [
    # a driver or a conductor that is software or a part
    "Driver: PostgreSQL JDBC 42.7\nStatus: connected",
    "Conductor: Netflix workflow engine\nVersion: 3.15",
    # criminal-record certificates as a form's fields with nobody named
    "the onboarding form asks for 'Certificado de antecedentes penales' as a PDF upload; "
    "how do we validate the file type?",
    "Certificato penale: upload obbligatorio per i nuovi autisti (PDF, max 5 MB)",
    # custody about assets or a pupil record with nothing in it
    "Custodian: BNY Mellon\nCustody account: 44-1190\nClient: Harbor Pension Fund",
    "Student: Ava Lindqvist (ID 55012), Grade 5\nBus route: 14\nLunch: packed",
    "our school app should let admins record custody orders and no-contact orders; "
    "what schema do you suggest?",
    # a race field of a game and a census enum with nobody named
    "o campo raca_cor aceita PRETA, PARDA, BRANCA, AMARELA ou INDIGENA; como validar o enum?",
    '{"player": "Kai Storm", "race": "Elf", "class": "Ranger"}',
    # calls whose comments are not people, and a call without a person
    "```python\ncfg = RetryPolicy(\n    max_attempts=5,   # Exponential Backoff\n"
    "    base_delay=0.2,\n)\n```",
    "```python\norder = GarnishmentOrder(\n    employee_id=EMPLOYEE_ID,\n"
    '    order_type="CREDITOR",\n    balance_due=Decimal("0"),\n)\n```',
    # a review's payload with nobody named
    'why does the mapping break? {"employee_id": "E-1", "rating": 2, "manager_summary": '
    '"placeholder text for the test"} -- rating 2 should read "Below expectations"',
    # a list of services with their scores
    "- Redis (cache): p99 fine\n- Kafka (events): lag rising\n- Checkout (web): 3 / 5 stars "
    "from the UX review",
    # made-up people a factory seeds
    "test factory, these are seeded fake employees, nothing real:\n```python\n"
    'EmployeeFactory(name="Mock Person 7", salary=Decimal("85000"))\n```\n'
    "why is salary a string?",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
