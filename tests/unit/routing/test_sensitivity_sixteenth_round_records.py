"""Rules added after the sixteenth blind round's ``heldout49`` (people data), for its records:
a review's scale words and a PIP flag beside a named person, a research CSV whose columns
carry a number in their names, a taxpayer's record and income, union dues as a payroll
deduction's code, a fingerprint reader's enrolment log, an allergy written out in a child's
record, a criminal record's extract in the Nordic languages, a spreadsheet's cells pasted
with their references, an occupational health examination's findings, a log's lines joined
by a person's id, and employees a seed script calls fictional.

Each case is a fresh instance of the class of message a blind row belonged to (other names,
other values, other wording, other languages), so these tests pin the general rule, not
the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a review's rating in a scale's words, with no employee field or review cycle
    (
        "why does this loop skip people?\n\n```python\nrows = [\n"
        '    {"name": "Oskar Lindgren", "squad": "Payments", "rating": "Below expectations",\n'
        '     "notes": "Two missed on-call handovers"},\n]\n```',
        "pii.performance",
    ),
    (
        "head of the export:\n\nname,site,rating\nFatima Qureshi,Leeds,Partially meets\n"
        "Dmitri Sokolov,Leeds,Exceeds expectations\n",
        "pii.performance",
    ),
    # a PIP flag set beside a named person
    (
        "pandas: count per site?\n\nstaff_no,name,site,pip\n44120,Helena Brandt,Cork,Y\n"
        "44121,Jonas Weber,Cork,N\n",
        "pii.performance",
    ),
    # a research CSV whose columns carry a number (ethnicity_16cat, baseline_hba1c)
    (
        "read.csv drops rows, file starts:\n\nparticipant_name,site,ethnicity_5cat,bmi_v2\n"
        '"Amara Nwosu",LTH,Black African,31.2\n"Piotr Zielinski",LTH,White Other,24.8\n',
        "pii.ethnicity",
    ),
    # a taxpayer's record: family situation, income
    (
        "Teste de validação:\n\ncontribuinte: Rui Tavares\nestado_civil: divorciado\n"
        "dependentes: 1 (guarda partilhada)\n",
        "pii.family",
    ),
    (
        "Duplicates in this query?\n\n taxpayer       | tax_year | earned_income\n"
        "----------------+----------+--------------\n Marta Delgado  |     2024 |     41200.00\n"
        " Paulo Esteves  |     2024 |     58900.50\n",
        "pii.pay",
    ),
    (
        "SQL hilfe:\n\nname | jahr | einkommen\nKlaus Brenner | 2024 | 52300\n"
        "Ute Sommer | 2024 | 61800\n(Einkommen je Steuerpflichtigem)",
        "pii.pay",
    ),
    # a union's dues as a payroll deduction's code
    (
        "why is the deduction posted twice?\n\n employee      | code       | amount\n"
        "---------------+------------+-------\n Rhys Pritchard | GMB_DUES   | 12.40\n"
        " Rhys Pritchard | GMB_DUES   | 12.40\n",
        "pii.union",
    ),
    (
        "Lohnabrechnung, Abzug doppelt:\n\nMitarbeiter;Abzug;Betrag\n"
        "Sven Hoffmann;Gewerkschaftsbeitrag IG Metall;28,50\nSven Hoffmann;Kantine;41,00\n",
        "pii.union",
    ),
    # a fingerprint reader's enrolment log: a template under a named person
    (
        "door reader keeps failing for one person:\n\n"
        '2025-06-02T06:01:12Z door-07 enroll uid=55120 name="Marek Novak" finger=L_THUMB '
        "template=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4v\n",
        "pii.biometric",
    ),
    # an allergy written out at length in a child's record
    (
        "el banner no sale:\n{\n"
        '  "first_name": "Lucas",\n  "last_name": "Romero",\n'
        '  "alergias": "frutos secos, reacción grave; lleva autoinyector en la mochila"\n}',
        "pii.health",
    ),
    # an occupational health examination's finding
    (
        "Sortieren nach Schicht bitte:\n\nPersonalnr;Name;Schicht;Befund\n"
        "5510;Petra Lang;Nacht;beginnende Sehschwäche, Kontrolle in 12 Monaten\n"
        "5511;Jan Roth;Früh;ohne Befund\n",
        "pii.health",
    ),
    # a criminal record's extract in Finnish and Swedish
    (
        "Tarkista kysely:\n\n nimi | merkinnat\n------+----------\n"
        " Ville Laine | varkaus (2018), ehdollinen vankeus\n Sari Niemi | ei merkintöjä\n",
        "pii.criminal_record",
    ),
    (
        "Kolla frågan:\n\nnamn;enhet;utdrag\nLinnea Berg;Förskola Solen;dömd för misshandel 2016\n"
        "Oskar Ek;Förskola Månen;inga anteckningar\n",
        "pii.criminal_record",
    ),
    # a spreadsheet's cells pasted with their references, a foreign worker's permit
    (
        "Tolong semak formula ni:\n\nA5: 330192  B5: Budi Santoso (warga Indonesia)  "
        "C5: Permit kerja - Pembinaan  D5: 2025-09-30\n",
        "pii.immigration",
    ),
    # a log's lines joined by the person's id, and a case's code
    (
        "is the second line something I should see?\n\n"
        '2025-04-01T09:00:01Z INFO hr.api get emp=771203 display="Nadia Kowalski" dept=OPS\n'
        "2025-04-01T09:02:44Z INFO hr.cases open case_id=ER-310 emp=771203 "
        "type=FINAL_WRITTEN_WARNING status=OPEN\n",
        "pii.discipline",
    ),
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_people_data_in_these_records_is_sensitive(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


ORDINARY = [
    # employees a seed script calls fictional
    (
        "Seed data for the staging tenant, these are fictional employees:\n\n"
        '[{"name": "Robin Example", "rating": "Needs improvement", "salary": 51000}]\n'
        "How do I upsert instead?"
    ),
    # a product's or a service's rating, a customer's stars
    (
        'reviews = [{"name": "Dana Fischer", "rating": "4/5", "comment": "Great blender, '
        'a bit loud"}]\nhow do I average the ratings?'
    ),
    ('services = [{"name": "payments-api", "rating": "needs improvement", "owner": "core"}]'),
    # a pip column with nobody named, pip the installer
    "emp_id,site,pip\n1001,Cork,Y\n1002,Cork,N\n",
    "run `pip install -r requirements.txt` then `pip: Y` is set in the config",
    # columns with numbers and no rows, a header alone
    "participant_id,ethnicity_16cat,baseline_hba1c\n(no rows yet, schema only)",
    # dues that are not a union's: a club's, a debt past due
    (
        "name | code | amount\nLeo Martin | GYM_DUES | 30.00\nLeo Martin | PAST_DUES | 12.00\n"
        "why twice?"
    ),
    # a biometric word with no template, a log with no person
    "finger=R_INDEX quality=41 result=REJECT on reader tc-02, firmware 4.2.17",
    # an HRIS log whose lines share an id but say nothing of the person
    (
        '2025-04-01T09:00:01Z INFO hr.api get emp=771203 display="Nadia Kowalski" dept=OPS\n'
        "2025-04-01T09:02:44Z INFO hr.api get emp=771203 fields=team,location status=200\n"
    ),
    # income and tax words with nobody named
    "SELECT provincia, avg(rend_trabajo) FROM declaracion GROUP BY provincia;",
    "Our revenue and income per region: EMEA 4.2M, APAC 3.1M",
    # a Finnish criminal-record extract's query with no rows
    "SELECT h.nimi, r.merkinnat FROM henkilosto h JOIN rikosrekisteriote r ON r.hlo_id = h.id",
    # spreadsheet cells with no person
    "A2: 1200  B2: Widgets (blue)  C2: PLKS-style code  D2: 2025-04-28",
    # an occupational health form's empty template
    "Personalnr;Name;Schicht;Befund\n",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
