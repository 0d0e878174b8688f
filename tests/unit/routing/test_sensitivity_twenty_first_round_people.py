"""The twenty-first blind round's people data (``heldout58``, ``heldout59``): a student's
record and grades, a professor's psychiatric hospitalisation, a passport number after its
word in prose, JSON and tables, and a board's finding of academic misconduct. Each rule with
the row's shape, variants written for it and the look-alikes that must stay ordinary."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a student information system's query result: "Last, First M" with a date of birth
    (
        "SIS query result, is the DOB right?\n"
        " emplid  | name              | dob        | program\n"
        "---------+-------------------+------------+--------------\n"
        " 4419027 | Castellanos, Maya R | 2003-04-17 | BA History\n"
        "(1 row)",
        "pii.dob",
    ),
    (
        "name|birthdate|campus\nOyelaran, Tobi K|11/02/2001|North\n",
        "pii.dob",
    ),
    # a gradebook's export: student ids, names and marks
    (
        "gradebook export fails on import:\n"
        "student_id,last_name,first_name,section,midterm,final,letter\n"
        "70418852,Varga,Lilla,BIO-110-02,81,77,B\n"
        "30955127,Mensah,Kofi,BIO-110-01,58,64,D\n",
        "pii.performance",
    ),
    ("StudentID;Nachname;Vorname;Note\n4471023;Brandt;Lukas;2,3\n", "pii.performance"),
    ("name,student_number,gpa\nMaya Lindgren,2201934,3.42\n", "pii.performance"),
    ("student: Kayla Summers\ncourse: HIST 240\ngrade: F\n", "pii.performance"),
    # a named professor's psychiatric hospitalisation, the title before the name
    (
        "Please take Prof. Ellen Hartley off the committee lists; she's on medical leave "
        "for a psychiatric hospitalization until March.",
        "pii.health",
    ),
    (
        "Prof. Rahul Menon won't teach this week, he was hospitalized after a breakdown",
        "pii.health",
    ),
    # a passport number right after the word, in prose, JSON and tables
    (
        "Visa letter for the visiting scholar: Dr. Aiko Matsuda, passport TZ3667735, "
        "expiry 2031-05-19.",
        "pii.national_id",
    ),
    ("guest passport: 549201377, arriving Monday", "pii.national_id"),
    (
        '{"traveler": {"name": "Olek Ramaswamy", "passport_no": "P89599871", "nationality": "DE"}}',
        "pii.national_id",
    ),
    ('{"passportNumber": "X55829173", "expiry": "2030-01-01"}', "pii.national_id"),
    (
        "| name | passport | nationality |\n|---|---|---|\n| Olek Ramaswamy | P89599871 | DE |",
        "pii.national_id",
    ),
    # a board's finding of academic misconduct, and a sanction, said of a named student
    (
        "Re the ticket: the academic integrity board found Kayla Summers (HIST 240) "
        "responsible for contract cheating; keep the Turnitin report.",
        "pii.discipline",
    ),
    ("Kayla Summers was found guilty of plagiarism by the honor board.", "pii.discipline"),
    (
        "The conduct office found Marcus Bell responsible for an honor code violation.",
        "pii.discipline",
    ),
    ("Priya Natarajan has been placed on academic probation for spring.", "pii.discipline"),
]

ORDINARY = [
    # grade statistics with no names, a roster's shape with no rows
    "section,midterm_avg,final_avg,n\nCHEM-201-01,71.2,68.4,34\nCHEM-201-02,74.9,70.1,31\n",
    "Canvas export header is student_id,last_name,first_name,section,midterm,final,letter"
    " and Banner expects sis_id first. Which mapping do we need?",
    "student_id,last_name,first_name,section,midterm,final,letter\n",
    "Median on the CHEM 201 final was 72, 14% got an F, same as last year.",
    # an employee's pay grade is not a student's grade
    "employee,grade,location\nAnna Berg,G7,Oslo\n",
    # passport the library, a passport's format, a session's user
    "passport.js 0.7.0 with passport-local 1.0.0 keeps logging us out after 5 minutes",
    "upgrade passport to 0.6.0 and passport-saml to 3.2.4 before the SSO cutover",
    "The form should accept passport numbers like AB1234567 (letters then digits).",
    '{"cookie": {"maxAge": 86400000}, "passport": {"user": "64f1c2"}}',
    "| name | passport | nationality |\n|---|---|---|",
    # people thanked and professors named with no health or record said of them
    "Huge thanks to Prof. Ellen Hartley for the guest lecture on psychiatric epidemiology.",
    "Prof. Okoro chairs the academic misconduct panel this year.",
    "Thanks to Maria Lopez for the academic integrity training slides!",
    "who is responsible for the plagiarism detection tool? Maria Lopez asked",
    "Dr. Patel will present the new psychiatric hospitalization guidelines on Friday.",
    # a professor's subject is not their health
    "Prof. Dan Lee runs the depression study, please give him access to the REDCap project",
    "Prof. Ana Ruiz (oncology) needs a new laptop before the semester",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sensitive(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
