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
    # an XML record: a faith in an element's text
    (
        'JAXB chokes on this:\n<LeaveRequest>\n  <Worker ref="W881">Samir Haddad</Worker>\n'
        "  <Kind>OTHER</Kind>\n  <Note>practising Sikh, needs time off for Vaisakhi</Note>\n"
        "</LeaveRequest>",
        "pii.beliefs",
    ),
    # a case page headed by its number and the person's name
    (
        "el export rompe los acentos:\n# Expediente 5120 — Lucas Ferreira\n"
        "**Estado:** petición de asilo en trámite\n**Gestora:** Ana (equipo Sur)",
        "pii.immigration",
    ),
    (
        "Dossier n° 4471 - Hugo Marchand\nSanté : diabète de type 1, "
        "pompe à insuline\nAgent : Claire",
        "pii.health",
    ),
    # a one-line form whose keys are several words: a review's rating, a court garnishment
    (
        "formata isso pra mim: Colaboradora: Ana Ribeiro | Time: Suporte | Nota final: 1/5 "
        "| Comentários: atrasos frequentes, metas não atingidas",
        "pii.performance",
    ),
    (
        "الموظف: Omar Haddad | القسم: المبيعات | حجز (نفقة): 1200 درهم",
        "pii.finances",
    ),
    # a health field: a pregnancy test in a screening log, a diagnosis in Greek
    (
        "SubjID\tName\tSite\tSerum hCG\n201-7\tElena Sorbo\tSite 4\tpositive\n"
        "201-8\tJuha Lehto\tSite 4\tnegative",
        "pii.health",
    ),
    (
        # (Greek, written escaped: its letters look like Latin ones)
        "\u0391\u03c3\u03c6\u03b1\u03bb\u03b9\u03c3\u03bc\u03ad\u03bd\u03b7: Sofia Pappas"
        "\n\u0394\u03b9\u03ac\u03b3\u03bd\u03c9\u03c3\u03b7: \u03c3\u03ba\u03bb\u03ae"
        "\u03c1\u03c5\u03bd\u03c3\u03b7 \u03ba\u03b1\u03c4\u03ac \u03c0\u03bb\u03ac\u03ba"
        "\u03b1\u03c2, \u03b8\u03b5\u03c1\u03b1\u03c0\u03b5\u03af\u03b1 \u03bc\u03b5 "
        "\u03b5\u03bd\u03ad\u03c3\u03b5\u03b9\u03c2",
        "pii.health",
    ),
    # a query's result pasted under its SELECT, as comments or a grid
    (
        "why no rows for expired ones?\nselect full_name, visa_status from staff;\n"
        " Ana Lima      | H-1B transfer pending\n Tom Reyes     | citizen",
        "pii.immigration",
    ),
    (
        "SELECT nominativo, note FROM personale;\n-- Marco Bellini | richiedente asilo, "
        "audizione fissata",
        "pii.immigration",
    ),
    # a roster's line with its note: a crew member stood down pending a test
    (
        "crew diff:\n+ 2231 MAN-AMS  CPT L. Haas   SFO Nadia Brenner   [note: stood down "
        "pending drug test after the incident]",
        "pii.discipline",
    ),
    # a roster's people listed by handle, and a reason about one of them
    (
        "the scheduler skips the override, config:\n```yaml\nteam:\n  - jonas\n  - mirela\n"
        "overrides:\n  - engineer: mirela\n    days: [sat, sun]\n"
        "    reason: diabetes, needs regular meals\n```",
        "pii.health",
    ),
    # a named person's device ids
    (
        "Fraud team linked Carmen Ibarra to the refund ring: her IDFA "
        "6D92078A-8246-4BA4-AE5B-76104861E7DC shows up on four accounts.",
        "pii.device_id",
    ),
    (
        "Support ticket from Marco Rossi, his GAID is 1cb359da-acf7-45dd-86b6-6cfc7c6de362 "
        "and the app crashes on login",
        "pii.device_id",
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
    # XML with people and nothing of a kind, a case heading with nobody named
    "<Request>\n  <Employee>Ana Lima</Employee>\n  <Type>VACATION</Type>\n"
    "  <Days>5</Days>\n</Request>\nwhy does the unmarshaller drop Days?",
    "# Case 4411 — Login page broken\n**Status:** open\n**Notes:** stress test fails",
    # a product's rating, a shift roster in a one-line form
    "Produto: Cadeira Ergo X | Nota final: 4/5 | Comentários: confortável, caro",
    "Colaborador: Pedro Weber | Equipe: Atendimento N2 | Turno: manhã",
    # fixtures the message says are generated
    "Faker-generated fixtures, none of these people exist:\n"
    "{'name': 'Lena Vogt', 'diagnosis': 'asthma', 'salary': 61000}\n"
    "{'name': 'Omar Said', 'diagnosis': 'migraine', 'salary': 58000}",
    # a query's result with nothing of a kind, a roster with no note
    "SELECT name, status FROM services;\n api-gateway | healthy\n billing | degraded",
    "SELECT nome, reparto FROM dipendenti;\n-- Luca Ferri | Vendite\n-- Sara Conti | IT",
    "roster:\n  0612 LHR-JFK  CPT M. Ortega   FO Rohan Weber\n  0614 JFK-LHR  CPT A. Ruiz  FO Li",
    "CI job suspended pending review of the flaky test; owner: Rohan Weber, team: QA, eta: fri",
    # handles in a roster with an ordinary reason, and a service named in a list
    "```yaml\nmembers:\n  - dana\n  - felix\nexclude:\n  - member: dana\n"
    "    reason: conference in Berlin that week\n```",
    "```yaml\nteam:\n  - api\n  - worker\nchecks:\n  - name: api\n"
    "    reason: health check flaps\n```",
    # device ids with nobody's name on them, or the all-zero id of limited ad tracking
    "The SDK logs IDFV 0484C444-F0A2-4CC2-A762-AA986CDB437D on launch, is that expected?",
    "Priya Shah: why is the GAID 1cb359da-acf7-45dd-86b6-6cfc7c6de362 on our test phone "
    "missing from the allowlist?",
    "IDFA 00000000-0000-0000-0000-000000000000 for Lena Kaya: tracking is limited, right?",
    # a lab column with nobody named
    "site\tvisit\tserum hCG\nSite 4\tV2\tpositive\nSite 5\tV2\tnegative",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_fourteenth_round_records_are_found(text: str, label: str) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_fourteenth_round_record_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
