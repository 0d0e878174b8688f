"""Rules added after the fourteenth blind round's ``heldout44`` (people data), for its
records: tables printed with aligned columns (a pandas frame with its index, a SQL Server
grid), fields naming a person in more languages and roles (a trial's participant, a
student, a party to a case, "nama", "Họ tên", "Colaborador"), fields named for a kind
(sexual orientation, gender identity, religion, a garnishment) and the kinds' words in a
field's value (a family situation, a faith, a school's or another language's disciplinary
record, a condition as a record writes it).

Each case is a fresh instance of the class of message a blind row belonged to (other names,
other values, other wording, other languages), so these tests pin the general rule, not
the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a psql table's free-text column: a family situation
    (
        "the award query returns dupes:\n\n award_id | full_name      | amount | note\n"
        "----------+----------------+--------+------------------------------\n"
        " 9912     | Marta Quiroga  | 4200   | orphaned, lives with grandmother\n(1 row)",
        "pii.family",
    ),
    # a Markdown table in Indonesian: a warning letter
    (
        "Bisa bantu bikin pivot?\n| nik | nama | jenis | catatan |\n|---|---|---|---|\n"
        "| 2201 | Agus Pratama | SP1 | teguran tertulis, terlambat 5 kali |",
        "pii.discipline",
    ),
    # a pandas frame with its index: the reason of sickness absence (Bradford factor)
    (
        "Bradford scores per person, print(df):\n"
        "    employee          episodes  days  reason\n"
        "0   Carla Mendes      2         6     migraine attacks\n"
        "1   Oskar Lindberg    1         2     -\n",
        "pii.health",
    ),
    (
        "why is this frame sorted wrong?\n"
        "   agent             spells  reason\n"
        "0  Ruth Adeyemi      3       work-related stress\n"
        "1  Piotr Zielinski   1       -\n",
        "pii.health",
    ),
    # an HR system's self-identification fields
    (
        "sync error payload={employeeId: 'E123', displayName: 'Rosa Lindqvist', "
        "demographics: {sexualOrientation: 'Bisexual'}}",
        "pii.orientation",
    ),
    (
        "{'legal_name': 'Sam Okoye', 'gender_identity': 'Non-binary', 'team': 'ops'}",
        "pii.orientation",
    ),
    # a garnishment's columns in a pandas frame
    (
        "groupby drops a column:\n"
        "   worker           site    garnishment_amt  garnishment_type\n"
        "0  Lena Brandt      Leeds   310.00           child support\n"
        "1  Tom Okafor       Leeds   0.00             -\n",
        "pii.finances",
    ),
    # a clinical trial's key: a participant's adverse event
    (
        "participant_id,participant_name,visit,adverse_event\n"
        "P-01,Maria Holm,V2,grade 2 nephrotoxicity\nP-02,Jonas Berg,V2,none",
        "pii.health",
    ),
    # a SQL Server grid: union membership
    (
        "EmpID   EmployeeName        UnionMember  Dues\n"
        "E100    Paolo Greco         Y            21.00\n"
        "E101    Hanna Virtanen      N            NULL",
        "pii.union",
    ),
    # a Vietnamese sheet: a disability
    (
        "MSSV\tHọ tên\tGhi chú\n2101\tDaniel Vu\tkhuyết tật, cần hỗ trợ đi lại",
        "pii.health",
    ),
    # a student's record: academic probation, an honour-code case
    ('Contact.Name,Standing__c\n"Aisha Bello",Academic Probation', "pii.discipline"),
    (
        "student_name;case;outcome\nTheo Marchetti;honor code violation;zero on the exam",
        "pii.discipline",
    ),
    # a conflicts check: a party's conviction
    (
        "PARTY: Marek Novak | ROLE: Respondent | OUTCOME: pleaded guilty, misdemeanor theft",
        "pii.criminal_record",
    ),
]

ORDINARY = [
    # aligned output with nobody named, or named people and nothing of a kind
    "print(df):\n   service        errors  reason\n0  payments-api   3       stress test timeout",
    "   agent             tickets  csat\n0  Kwabena Asante    41       4.6\n1  Mia Novak  38  4.8",
    # a refusal to answer and a schema are not data
    "{'legal_name': 'Jo Park', 'sexualOrientation': 'Prefer not to say'}",
    "enum SexualOrientation { GAY, STRAIGHT, BISEXUAL } -- how do I map this in Prisma?",
    # a garnishment column with nothing withheld
    "   worker          garnish_amt\n0  Ana Silva       0.00\n1  Rui Costa       0.00\n",
    # a service pack, a stress test, a career talk
    "| nama | os |\n|---|---|\n| Budi Santoso | Windows Server 2019 SP2 |",
    "| name | result |\n|---|---|\n| Ana Silva | stress test passed |",
    "employee: Nora Blum, reason: career counselling with her mentor, room: 4B",
    # an organisation as a party, and a student's ordinary record
    "PARTY: Greyfield Holdings LLC | ROLE: Defendant | OUTCOME: settled",
    'Contact.Name,Account.Industry\n"Aisha Bello",Education',
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_fourteenth_round_records_are_found(text: str, label: str) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_fourteenth_round_record_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
