"""Rules added after the seventeenth blind round's ``heldout51`` (people data), for its
structured rows: a name in Chinese, Greek, Cyrillic, Arabic or Hebrew letters under a
name's field (``name_ar`` too), pay columns in those languages, and a Gulf state's
residence permit (iqama, kafala) and other immigration fields.

Each case is a fresh instance of the class of message a blind row belonged to (other names,
other values, other wording, other languages), so these tests pin the general rule, not
the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a name in other scripts under a name's field, with pay columns in the same language
    (
        "为什么 groupby 之后金额不对?\n\n```\n   员工编号   姓名   月薪    奖金\n"
        "0  B1182   王芳   28000   45000\n```",
        "pii.pay",
    ),
    (
        "Γιατί το export βγάζει λάθος κωδικοποίηση;\n\n| full_name | salary |\n|---|---|\n"
        "| Ελένη Παπαδοπούλου | 2.980,00 |\n",
        "pii.pay",
    ),
    (
        "Скрипт падает на этой записи:\n\n"
        '{"employee_id": "R-771", "full_name": "Ольга Смирнова", "оклад": "185000"}',
        "pii.pay",
    ),
    # a Gulf residence permit and its sponsorship, an asylum field, under a name in Arabic
    (
        "الكود يرجع خطأ مع هذا السجل:\n\n"
        '{"emp": "K-2291", "name_ar": "سعيد القحطاني", "iqama_expiry": "2025-01-30", '
        '"kafala_transfer": "rejected by sponsor"}',
        "pii.immigration",
    ),
    (
        'worker sync fails on this one: {"name": "Tomasz Wrona", "asylum_status": '
        '"application pending, hearing in March"}',
        "pii.immigration",
    ),
    # a rank or a title written out before the name in a record's person field
    (
        'mapping error on this resource: {"subject": {"display": "Sergeant Dana Whitlock"}, '
        '"valueString": "not fit - severe depression, no firearm until re-evaluation"}',
        "pii.health",
    ),
    (
        "| patient | ward | note |\n|---|---|---|\n| Nurse Kofi Mensah | B4 | "
        "needlestick injury, HIV PEP started |",
        "pii.health",
    ),
    # a drug test's result in a log line or a record, by its keys
    (
        "why does the sync skip this one?\n"
        '2025-03-01T10:02:11Z WARN labsync: emp=8812 name="R. Okonkwo" panel=10-panel '
        "result=POSITIVE analyte=cocaine mro_verified=true",
        "pii.health",
    ),
    (
        '{"worker": "Hana Sato", "drug_screen_result": "non-negative", "analyte": "amphetamine"}',
        "pii.health",
    ),
    # a log line's id with its person's name in brackets
    (
        "ledger post fails here:\n"
        "2025-06-02T09:14:00Z WARN garnishment applied emp=K1290 (Sofia Marchetti) "
        "type=CHILD_SUPPORT_ORDER amt=310.00",
        "pii.family",
    ),
    # a union by name or its local, a steward, in a member's record
    (
        'payload: {"worker": {"name": "Denise Okafor"}, "affiliation": {"local": "SEIU Local '
        '1199", "role": "shop steward"}}',
        "pii.union",
    ),
    (
        "member_name,local,dues_start\nGrant Whitfield,UAW Local 600,2024-09-01\n",
        "pii.union",
    ),
    # a gender change in a record's keys, a deadname field
    (
        "Okta keeps reverting this user:\nworker_id: W5512\nlegal_name: Jonah Reyes\n"
        "sex_reassignment_date: 2024-11-02\nemail: jreyes@example.org",
        "pii.orientation",
    ),
    (
        '{"employee": "Mara Lindgren", "deadname": "do not display", "team": "Finance"}',
        "pii.orientation",
    ),
    # a pregnancy by its Portuguese, Spanish or Italian word in a record's note
    (
        "| funcionária | setor | obs |\n|---|---|---|\n| Beatriz Moura | Caixa | gestante, "
        "repouso indicado |",
        "pii.health",
    ),
    (
        "empleada: Lucía Ferrer, motivo: gestación de alto riesgo, desde: 2025-02-01",
        "pii.health",
    ),
    # a record's next line of one pair, under its line of pairs with the name
    (
        "the worker dumps the raw vendor body, see:\n\n"
        'applicant_id=9c1e7 name="Owen Tremblay" package=standard status=review\n'
        'raw="Statewide search: felony theft 2019, disposition: convicted, 18 mo. probation"',
        "pii.criminal_record",
    ),
    # an id the message says is a person's, then a record under that id; an infusion
    (
        "context: W-40211 = Harriet Oduya (lab ops). The endpoint returns\n"
        '{"employee": "W-40211", "adjustments": [{"kind": "schedule", "note": "off on IV '
        'infusion weeks"}]}',
        "pii.health",
    ),
    # rows of names and bare amounts under a pay title
    (
        "SUMIF returns 0, why? Tab is 'Q4 salaries - Lyon office'\n\n"
        "A2: Camille Roussel   B2: Analyst   C2: 48,200\n"
        "A3: Hugo Marchand   B3: Lead   C3: 61,900\n",
        "pii.pay",
    ),
    # an officer by their role's column, with an internal affairs finding
    (
        "importing the county's disclosure list, first rows:\n\n"
        "deputy;star_no;finding\nKelsey Donovan;2281;Sustained - excessive force\n",
        "pii.discipline",
    ),
    (
        "nurse,unit,flag\nAnton Vidal,ICU,Brady-listed 2023\n",
        "pii.discipline",
    ),
]

ORDINARY = [
    # names in other scripts with nothing about the person
    "帮我看看这个 merge:\n\n```\n   工号   姓名   部门\n0  A1   李娜   算法组\n```",
    '{"full_name": "Ελένη Παπαδοπούλου", "team": "Crew Ops", "desk": "3B"}',
    # pay columns with a product's or a team's name, not a person's
    "| 姓名 | 月薪 |\n|---|---|\n| 示例 | 20000 |\n",
    "SELECT name, salary FROM employees LIMIT 0; -- the columns come back as name_ar, salary",
    # an immigration field that is a system's, or says nothing yet
    '{"name": "visa-gateway", "iqama_api_url": "https://gov.example/iqama"}',
    '{"name_en": "Tomasz Wrona", "asylum_status": "none"}',
    # a title before a name with nothing about the person; a lab's analyte with nobody named
    '{"subject": {"display": "Officer Priya Adeyemi"}, "unit": "Patrol Div. 3"}',
    "Validator: analyte=glucose result=POSITIVE control sample QC-7 mro_verified=false",
    "log: batch=7781 pulled 40 results from vendor, analyte panel=DOT-10, status=ok",
    # a bracketed remark that is not a name; a union local with nobody named; a data steward
    "INFO sync run=4411 (nightly batch) employees=388 type=CHILD_SUPPORT_ORDER mapped",
    "What does the Teamsters Local 501 contract say about overtime for warehouse shifts?",
    '{"dataset": "payroll", "owner": "Grant Whitfield", "role": "data steward"}',
    # a gender field with no change, a change log of something else, gestation of livestock
    '{"name": "Jonah Reyes", "gender": "M", "password_change_date": "2024-11-02"}',
    "Why does the herd report show gestation_days = 0 for every cow in pen 4?",
    # a continuation line after a paragraph break is not the record's; a line of a log after
    # another line's person
    'applicant_id=9c1e7 name="Owen Tremblay" status=review\n\nraw="felony-game-mode enabled"',
    '10:00:01 INFO emp=1 name="Owen Tremblay" status=ok\n'
    '10:00:02 WARN emp=2 check=criminal result="misdemeanor, convicted"',
    # an id glossed with a name and nothing about them; an infusion that is a drink
    'E-5512 = Harriet Oduya. {"employee": "E-5512", "desk": "4F", "shift": "late"}',
    '{"chef": "Harriet Oduya", "dish": "mint infusion with lemon", "price": 6}',
    # rows of names and amounts under a title that is not about pay
    "SUMIF returns 0, why? Tab is 'Q4 tickets closed - Lyon office'\n\n"
    "A2: Camille Roussel   B2: Analyst   C2: 1,204\nA3: Hugo Marchand   B3: Lead   C3: 2,310\n",
    # an officer's roster with nothing about them; a sustained load in a perf test
    "officer,badge,shift\nKelsey Donovan,2281,nights\nAnton Vidal,1190,days\n",
    "name,result\nKelsey Donovan,sustained 400 rps for 10 min\n",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sensitive(text: str, label: str) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
