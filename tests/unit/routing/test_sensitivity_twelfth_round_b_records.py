"""Rules added after the twelfth blind round's ``heldout39`` (people data, a second take), for
its records: immigration status, a criminal record, a credit record, biometric data, equity
grants and a disability list as fields of a row, object, log line or field list
(``bot.routing.sensitivity.record_kinds``, read by ``person_records``), Markdown tables with
a closing pipe, fixed-width rows, and identifiers the message does not name (an A-number's
``a_number=`` key, an unnamed codice fiscale).

Each case is a fresh instance of the class of message a blind row belonged to (other names,
values, wording, formats and languages), so these tests pin the general rule, not the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import DETECTOR
from tests.unit.routing.sensitivity_rounds import show as _show

SENSITIVE = [
    # immigration: a status field (work permit, visa type, residence title), an E-Verify
    # case's result, a visa type as a table's value, an A-number under a record's key
    (
        '{"empleado": "Lucía Moreno", "permiso_de_trabajo": "TIE, caduca 2026-02-01"}',
        "pii.immigration",
    ),
    (
        "Name;Staatsangehörigkeit;Aufenthaltstitel;gültig bis\n"
        "Mehmet Yilmaz;türkisch;Niederlassung;unbefristet\n",
        "pii.immigration",
    ),
    ("employee: Rahul Mehta\nvisa_type: L-1A\nvisa_expiry: 2026-03-01\n", "pii.immigration"),
    (
        "medewerker: Piotr Nowak | verblijfstitel: regulier bepaalde tijd | team: data",
        "pii.immigration",
    ),
    (
        "salarié : Amadou Diallo\ntitre de séjour : carte de résident pluriannuelle\n"
        "service : logistique\n",
        "pii.immigration",
    ),
    (
        "everify poller: case=1234 employee='Nadia Haddad' result=FINAL_NONCONFIRMATION",
        "pii.immigration",
    ),
    (
        "| Employee | Category | Expires |\n|---|---|---|\n| Arjun Rao | H-1B | 2026-01-09 |\n",
        "pii.immigration",
    ),
    ("i9 audit: alien_number='A098765432' section=2 status=open", "pii.immigration"),
    # criminal record: an offense or conviction field, a conviction's outcome as a value
    (
        '{"candidate_name": "Marcus Hill", "criminal_history": "possession 2017"}',
        "pii.criminal_record",
    ),
    ("name,offense,outcome\nDerek Olsen,shoplifting,convicted\n", "pii.criminal_record"),
    (
        "candidato: Javier Ruiz | delito: robo con fuerza | puesto: chofer",
        "pii.criminal_record",
    ),
    ("kandidaat: Sem Bakker\nstrafblad: fraude (2019)\nfunctie: kassa\n", "pii.criminal_record"),
    (
        "bewerber:\n  name: Lukas Brandt\n  pruefung:\n    - straftat: Betrug\n"
        "      ergebnis: verurteilt\n",
        "pii.criminal_record",
    ),
    # credit record: a credit score, insolvency and defaults in notes, in five languages
    ('{"applicant": "Helen Price", "credit_score": 512, "segment": "retail"}', "pii.finances"),
    ("Kunde: Stefan Braun; Vermerk: Privatinsolvenz 2021; Filiale: Köln", "pii.finances"),
    ("client: Julie Moreau, statut: fichée Banque de France, agence: Lyon", "pii.finances"),
    ("| cliente | estado |\n|---|---|\n| Pedro Gil | moroso, en ASNEF |\n", "pii.finances"),
    ("klant;status\nLotte Jansen;BKR-registratie, schuldsanering loopt\n", "pii.finances"),
    (
        "| Applicant | Check | Notes |\n|---|---|---|\n| Dana Whitfield | credit | 3 defaults, "
        "IVA |\n",
        "pii.finances",
    ),
    (
        "credit check results for the shortlist:\nCandidate;Result\nOwen Fraser;Adverse\n",
        "pii.finances",
    ),
    # biometric data: a template field, or an embedding in a message about faces or voices
    (
        'enrol job: employee_id=77 name="Mia Schulz" '
        'fingerprint_template="Rk1SACAyMAAAAAE8AAABAAGQAMUA"',
        "pii.biometric",
    ),
    (
        'speaker verification db:\nname,voiceprint\nOmar Haddad,"[0.013, -0.221, 0.118]"\n',
        "pii.biometric",
    ),
    (
        '{"mitarbeiter": "Lena Vogel", "gesichts_vorlage": "AAECAwQFBgcICQoLDA0ODxAREhM="}',
        "pii.biometric",
    ),
    (
        "salarié: Hugo Petit; empreinte_digitale: 3a7f9c0e1b2d4f6a8c9e0b1d2f3a4c5e",
        "pii.biometric",
    ),
    (
        'face unlock enrolment: {"name": "Priya Nair", "encoding": [0.11, -0.04, 0.32]}',
        "pii.biometric",
    ),
    # equity of named people is pay: options and strike, RSUs, a cap table's shares
    (
        "vesting report\nname;options;strike\nJonas Keller;12000;1,20\nMara Lenz;8000;1,20\n",
        "pii.pay",
    ),
    ('RSU export {"grantee": "Sofia Rossi", "rsus": 2400, "grant_date": "2024-03-01"}', "pii.pay"),
    (
        "cap table:\n| Shareholder | Class | Shares |\n|---|---|---|\n"
        "| Tom Becker | Common | 1,200,000 |\n| Ines Vidal | Common | 800,000 |\n",
        "pii.pay",
    ),
    # pay: a Markdown table with a closing pipe, old and new columns
    (
        "salary round, check my formula:\n| Employee | Before | After |\n|---|---|---|\n"
        "| Oskar Lind | 71,500 | 76,000 |\n",
        "pii.pay",
    ),
    # a disability list: a title naming disabled staff, rows with a degree
    (
        "SELECT * FROM empleados_con_discapacidad;\n"
        "Juan García       45%   Madrid\nLaura Gómez       33%   Sevilla\n",
        "pii.health",
    ),
    (
        "disabled employees (for the quota report):\nAnna Becker  Finance  50 %\n"
        "Tom Kraus  IT  30 %\n",
        "pii.health",
    ),
    # an unnamed codice fiscale in a fixed-width row
    ("Lucia Ferri  FRRLCU80A41H501O  Roma", "pii.national_id"),
]

ORDINARY = [
    # a card's brand, a key fingerprint, a document or profile embedding
    '{"billing_details": {"name": "Grace Lee"}, "card": {"brand": "visa", "last4": "4242"}}',
    '{"name": "Anna Lee", "email": "anna@acme.io", "fingerprint": "3AA5C34371567BD2AA5C3437"}',
    'recommendations: {"name": "Anna Lee", "embedding": [0.12, -0.3, 0.5], "segment": "pro"}',
    "Face detection demo: {'name': 'Anna Lee', 'bbox': [10, 20, 50, 60], 'score': 0.98}",
    # shares of a post, equity with nobody named, a game's offense
    "name,posts,likes,shares\nAnna Lee,12,340,56\nBen Ode,3,20,1\n",
    "how do we model vesting schedules? columns: holder, shares, strike, grant_date",
    '{"player": "Tom Brady", "offense": 87, "defense": 80}',
    # no result yet, nothing on record, collections of an API tool, a feature's name
    '{"name": "Anna Lee", "criminal_check": "pending", "start": "May"}',
    "Name: Anna Lee\nCriminal record: none\nTeam: SRE",
    '{"name": "Anna Lee", "credit_check": "clear", "team": "SRE"}',
    "| Name | Collections | Environments |\n|---|---|---|\n| Anna Lee | 2 collections | 5 |\n",
    "Anna Lee  2 days ago  fixed default config for bankruptcy-module import",
    "the payroll API returns the garnishment endpoint 500 for everyone, Anna Lee saw it first",
    # disabled accounts, aligned output with no special field, a coverage table
    "disabled users:\nAnna Lee  anna.lee  2024-03-01\nBen Ode  ben.ode  2024-03-02\n",
    "top 3 by coverage:\nAnna Lee  payments  87%\nBen Ode  search  65%\nCara Diaz  infra  91%\n",
    # schemas and column names with no rows
    "how do I model visa status, citizenship and work permits in our HR schema?",
    "CREATE TABLE candidates (name text, offense text, disposition text, credit_score int);",
    "citizenship,visa_type\n\nwhat enum values should these have?",
    # people in harmless records
    "Marco fixed the flaky test; ask Priya about the deploy",
    "log: user='Anna Lee' action=export status=defaulted_to_csv",
    "| Name | Role | Result |\n|---|---|---|\n| Anna Lee | SRE | passed |\n",
    "| Name | Citizenship | Born |\n|---|---|---|\n| Marie Curie | Poland, France | 1867 |\n",
    "Name: Anna Lee\nWork status: remote\nEmployment status: full-time\n",
    '{"client": "Anna Lee", "credit_check_api": "down", "result": "negative"}',
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twelfth_round_b_records_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_twelfth_round_b_record_look_alikes_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)
