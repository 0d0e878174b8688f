"""Rules added after the twelfth blind round's ``heldout38`` (people data), for its records:
a named person and a special category about them as fields of one row, object, log line or
field list (``bot.routing.sensitivity.person_records``).

Each case is a fresh instance of the class of message a blind row belonged to (other names,
values, wording, formats and languages), so these tests pin the general rule, not the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import DETECTOR
from tests.unit.routing.sensitivity_rounds import show as _show

SENSITIVE = [
    # pay: a table's rows with "Last, First" names (quoted in a CSV), old and new columns
    (
        "the upsert doubles rows, here's the input\n```\nid,full_name,base_salary_eur\n"
        '17,"Brandt, Helena",71500\n18,"Kovacs, Imre",66000\n```',
        "pii.pay",
    ),
    (
        "Gehaltsrunde, bitte als CSV für den Import:\nMitarbeiter|vorher|nachher\n"
        "Yilmaz, Deniz|58.200|61.000\nHartmann, Jule|49.900|52.400\n",
        "pii.pay",
    ),
    ("salary review sheet:\nname,old,new\nPriya Raman,88000,93500\n", "pii.pay"),
    # pay: a headerless export whose cells name their field, names in capitals
    (
        "la exportación de nóminas rompe las tildes:\n"
        "48291Q;MARTÍNEZ RUIZ, ELENA;2025-03;BRUTO 2.980,00;NETO 2.301,45\n",
        "pii.pay",
    ),
    # pay: a log line's key=value pairs, a JSON object, a Python repr, a listed line
    (
        "comp job warning: WARN sync employee='Tomás Ortega' base_salary=91000 "
        "currency=EUR result=skipped",
        "pii.pay",
    ),
    (
        'raise import fails: {"employee_name": "Hannah Berg", "current_salary": 65000, '
        '"new_salary": 70000}',
        "pii.pay",
    ),
    (
        "our payroll lib logs Employee(name='Anna Lindgren', gross_monthly=5400, dept='eng')",
        "pii.pay",
    ),
    (
        "payroll form preview: Name: Lars Holm | Dept: Platform Engineering Berlin | "
        "Level: L4 | Salary: 72000",
        "pii.pay",
    ),
    (
        "workday export: "
        '{"worker": {"id": "W17", "name": "Anna Lindgren"}, '
        '"compensation": {"annual_base": 91000, "currency": "EUR"}} why is payroll off?',
        "pii.pay",
    ),
    (
        "Nom complet;Salaire brut annuel\nLefèvre, Hugo;52 000 €\nMartin, Chloé;47 500 €\n",
        "pii.pay",
    ),
    (
        "INSERT INTO payroll (full_name, annual_salary) VALUES ('Noor Haddad', 84000), "
        "('Ivo Petrov', 79000);",
        "pii.pay",
    ),
    # pay: a letter's heading line names the person, the fields say the raise
    (
        "draft the salary letter:\nTobias Meyer, Data Engineer\nbase: €64.000 -> €68.500\n"
        "bonus target: 10%\n",
        "pii.pay",
    ),
    ("Mitarbeiter: Paul Neumann\nStundenlohn: 18,50 €\nLohnart: Gehalt\n", "pii.pay"),
    # health: the reason of a sick leave, in Dutch, Spanish, French, German and English
    (
        "verzuim export:\nmedewerker: Joris de Vries\nziek sinds: 3 maart\n"
        "reden: hernia, twee keer per week naar de fysio\nhoe importeer ik dit?",
        "pii.health",
    ),
    (
        'el webhook falla: {"empleado":"Lucía Fernández","tipo":"baja médica",'
        '"motivo":"ansiedad generalizada"}',
        "pii.health",
    ),
    (
        "log: {'salarié': 'Hugo Lefèvre', 'motif_arret': 'lombalgie aiguë', 'jours': 12}",
        "pii.health",
    ),
    ("Mitarbeiter: Lukas Brandt\nKrankmeldung ab 02.05.\nGrund: Gürtelrose\n", "pii.health"),
    (
        "HR desk ticket\nRequester: Sean O'Brien\nType: Medical leave\n"
        "Description: outpatient programme for gambling, three evenings a week\n",
        "pii.health",
    ),
    # health: a diagnosis field (a code too), a field about the person's health
    ('diag export {"patient":"Marta Kowalczyk","diagnosis":"F32.1","ward":"B"}', "pii.health"),
    ("Mitarbeiter: Jonas Keller\nBehinderung: GdB 50\nAbteilung: IT", "pii.health"),
    (
        "offsite signup\nCandidate: Olivia Brandt\nallergies: peanuts (severe)\nstart: May",
        "pii.health",
    ),
    # discipline: a PIP's consequence, a warning's field, a field list under its title
    (
        "PIP draft:\n**Name:** Carla Mendes\n**Start:** 1 March\n"
        "**Outcome if not met:** up to and including dismissal",
        "pii.discipline",
    ),
    (
        "Entwurf\nMitarbeiter: Jonas Becker\nVorwurf: dreimal unentschuldigt gefehlt\n"
        "Folge: im Wiederholungsfall bis hin zur Kündigung",
        "pii.discipline",
    ),
    ("Employee: Tom Becker\nWarning level: final\nReason: repeated lateness\n", "pii.discipline"),
    (
        "please format this written warning:\n\nEmployee: Fatou Diallo\nTeam: Support\n"
        "Date: 4 June",
        "pii.discipline",
    ),
    # performance: an employee's rating with a written summary
    (
        "jq for the review export:\n"
        '[{"employee":"Zoe Adams","cycle":"2024H2","rating":2,'
        '"summary":"missed two launches, late to standups"}]',
        "pii.performance",
    ),
    (
        "employee,cycle,rating,manager_comment\nAnna Schulz,2024H2,2,missed most goals\n",
        "pii.performance",
    ),
]

ORDINARY = [
    # records of services, products and systems
    "name='payments-api' rating=4 owner=team-core region=eu",
    "INSERT INTO services (name, replicas) VALUES ('payments-api', 3);",
    "| name | base | replicas |\n|---|---|---|\n| Api Gateway | 1200 | 3 |",
    "Reporter: Marco Rossi\nComponent: sick-leave-service\nDescription: crashes on null end_date",
    "BUG-12 Sick leave balance wrong for part-timers\nReporter: Anna Lee\n"
    "Description: accrual uses full FTE instead of the contract hours",
    '{"fields":{"summary":"Sick leave API returns 500","reporter":{"displayName":"Anna Lee"},'
    '"description":"when reason is null the endpoint crashes"}}',
    "Reporter: Priya Raman\nSummary: rating widget shows 0 for every product\nRating: 4\n",
    "Name: Anna Lee\nHealth check: failing since the deploy\nService: payments",
    "payroll infra notes\nLena Kaya\nservice: payroll-api\nbase: 3000 rps\n",
    "deploy log: user='Marco Rossi' env=prod base=main sha=9f8e7d1 status=ok",
    "Author: Lena Kaya | Warnings: 3 | File: main.py",
    "Name: Bram Visser\nWarning: the script drops the old index\nTeam: SRE",
    # generated, placeholder and masked people; templates
    '{"name": "Test User", "salary": 50000, "bonus": 5000}',
    '{"name": "user_001", "salary": 50000}',
    '{"first_name":"Test","last_name":"Candidate","salary_expectation":90000}',
    '{"employees":[{"id":"4412","fields":{"firstName":"***","lastName":"***","payRate":"***"}}]}',
    'employees = [{"name": fake.name(), "salary": fake.random_int(50000, 120000)}]',
    "offer template:\nEmployee: {{employee.name}}\nSalary: {{offer.base_salary}}\n",
    # column names with no rows, schemas
    "name,salary,bonus_pct\n\nwhat types should these be in postgres?",
    "CREATE TABLE leave_request (employee_id uuid, type text, reason text, start date);",
    "sick leave schema: employee, type (sick|medical), reason (free text), start, end",
    # a customer's product review, a benefits plan, a sick leave with no reason
    '{"customer":"Anna Lee","rating":2,"comment":"arrived damaged, box was crushed"}',
    '{"employee":"Anna Lee","medical_plan":"PPO-2","dental_plan":"basic"}',
    "Employee: Bram Visser\nType: Sick leave\nFrom: 3 May\nUntil: 7 May",
    "Salarié : Chloé Martin\nType d'absence : congés payés\nMotif : vacances\n",
    "loyalty export for the bonus campaign:\nName: Anna Lee\nBonus points: 1200\nTier: gold",
    # people in harmless records
    "name;shift;notes\nAnna Lee;night;prefers weekends\nBen Ode;day;none",
    "user_id=42 name='Grace Liu' action=login status=ok latency=35ms",
    "Paris, France;Hotel 12;Price 300;nights 2\nLyon, France;Hotel 4;Price 210;nights 1",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twelfth_round_records_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_twelfth_round_record_look_alikes_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)
