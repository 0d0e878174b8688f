"""The twenty-second blind round's people data in records and prose (``heldout60``): a log
record's fields one per line, a middle initial after "Last, First", a seed's INSERTs with no
column names, a raw HRIS row with a name, a date of birth and an SSN-shaped cell, and a
dismissal for cause in Portuguese, French and Italian. Each rule with the row's shape,
variants written for it and the look-alikes that must stay ordinary."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a log record's ``key=value`` fields one per line: a name and a salary
    (
        "payroll-sync is throwing on one record:\n```\n"
        "ERROR payroll_sync.mapper  failed to map worker record\n"
        "  worker_id=E-55120\n"
        '  legal_name="Adeyemi, Tolulope B."\n'
        "  base_salary_usd=143500\n"
        "  bonus_target_pct=10\n```",
        "pii.pay",
    ),
    (
        "comp import rejected this record, any idea?\n"
        "employee_id=88213\nname=Henrik Solberg\nsalary=98000\n",
        "pii.pay",
    ),
    # "Last, First M." with its period (the initial is no article)
    ("payroll row:\nname: Okafor, Chinedu A.\nbase salary: $121,000\n", "pii.pay"),
    # a seed's INSERTs with no column names into a table of people
    (
        "-- copied from prod\n"
        "INSERT INTO employees VALUES (2211, 'Mateus', 'Ferreira', 140000, 'PIP');\n",
        "pii.discipline",
    ),
    (
        "INSERT INTO staff VALUES (7, 'Ingrid', 'Halvorsen', 'final written warning');",
        "pii.discipline",
    ),
    (
        "insert into employee values (3, 'Kwabena', 'Asante', 'terminated - gross misconduct');",
        "pii.discipline",
    ),
    # a delimited row with no header: a name, a date of birth and an SSN-shaped cell
    (
        "HRIS import failing on row 88, the raw line:\n\n"
        "E-31877|Rosalind|Okafor|1990-06-12|412-55-0193|Denver CO|Data Eng|L4\n",
        "pii.national_id",
    ),
    ("bad row: 4471;Dawit Bekele;07/22/1979;531-20-7788;Denver", "pii.national_id"),
    ("E-9\tHiroshi\tTanabe\t1975-01-30\t287-41-6602\tRemote", "pii.national_id"),
    # a dismissal for cause said of a named person
    (
        "Só pra registrar: o Rafael Moura foi demitido por justa causa ontem, já revoguei os "
        "acessos.",
        "pii.discipline",
    ),
    ("A Beatriz Lopes foi despedida por fraude no reembolso.", "pii.discipline"),
    ("Claire Martin a été licenciée pour faute grave, on coupe ses accès.", "pii.discipline"),
    ("Marco Bellini è stato licenziato per giusta causa venerdì.", "pii.discipline"),
    # a named candidate's pay in Turkish: "maaş" with "-\u0131" (her salary), in lira
    (
        "Mülakat notlar\u0131: Aday Derya Aksoy, güçlü bir aday. "
        "Şu anki maaş\u0131 ayl\u0131k 87.500 TL.",
        "pii.pay",
    ),
    ("Aday Burak Demir güçlü. Mevcut maaş\u0131 85.000 TL net.", "pii.pay"),
    # a letter to a person quoted on one line: "Hi Lucas — ... your new base will be €78,500"
    (
        'reword this? "Hi Tomas — after the promo your new base will be €81,200 from April 1."',
        "pii.pay",
    ),
    ('draft: "Hi Priya, your new salary will be $132,000 from May 1."', "pii.pay"),
]

ORDINARY = [
    # key=value lines with no person, or a person with work facts only
    "worker sync config:\n  batch_size=500\n  retry_limit=3\n  timeout_ms=1500\n",
    "payroll-sync deploy:\n  owner=Henrik Solberg\n  region=eu-west-1\n  replicas=3\n",
    "name=payments-api\nsalary_band_max=180000\n",
    # INSERTs of placeholder people, of people with work facts, of products
    "INSERT INTO employees VALUES (1, 'Test', 'User', 0, NULL);",
    "INSERT INTO employees VALUES (1043, 'Arash', 'Tehrani', 'Platform', NULL);",
    "INSERT INTO users VALUES (1, 'Jane', 'Doe', 'PIP');",
    "INSERT INTO products VALUES (1, 'Final', 'Warning', 'termination');",
    # delimited rows: no SSN-shaped cell, no date of birth, no name, the published example
    "E-1|Marisol|Ybarra|2021-02-15|Austin TX|L5",
    "ticket|INC-1|2023-04-05|205-93-5648|open",
    "E-1|Marisol|Ybarra|1988-11-04|123-45-6789|Remote",
    "E-1|Test|User|2001-03-09|531-20-7788|Remote",
    "E-1|Marisol|Ybarra|2021-02-15|531-20-7788|Remote",
    # dismissals as policy, with no person, or with no cause
    "O que acontece com os acessos quando alguém é demitido por justa causa?",
    "Quand un salarié est licencié pour faute grave, qui désactive le compte ?",
    "o Rafael Moura foi demitido ontem, vamos sentir falta dele",
    # a pay band with no person, a base image, a payout date
    "Bu pozisyonun maaş band\u0131 80.000-110.000 TL aras\u0131.",
    "Hi team, your base image will be 3.12-slim from April 1",
    "Hi all — your bonus payout date moves to March 15 this year.",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sensitive(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
