"""The twenty-fourth blind round's people data (``heldout66``): union cards answered by
names after a "who" question, a surgery on a date, initials described as the only one of
their role, a Russian surname in the dative, a staff number with a pronoun, a one-person
role's health, a UK driving licence, an Aadhaar number named in Hindi; and its false
alarms: a historical conviction and a placeholder patient's seed row. Each rule with the
row's shape, variants written for it and the look-alikes that must keep their verdict."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a "who" question about a union word, answered by names in the next sentence
    (
        "legal asked who at the Tulsa depot joined the union. as far as I know it's "
        "Marta Quill and Orin Baptiste",
        "pii.union",
    ),
    (
        "who on the line crew signed union cards last month? they are Hal Brenner and Ida Vos, "
        "per the shift lead",
        "pii.union",
    ),
    (
        "who on the night shift is getting a final warning? I think it's Tomas Gerlach, "
        "check with HR",
        "pii.discipline",
    ),
    # a surgery on a date is the person's, not code's
    (
        "Priya Raman will be out, she's having knee surgery on the 14th, cover her shifts",
        "pii.health",
    ),
    ("Lena Fischer has surgery on the 3rd, back on the 20th", "pii.health"),
    # initials the message describes as the only one of their role
    (
        "TB's sick note says depression, six weeks. TB is the only DBA we have in Austin "
        "so who covers the migrations?",
        "pii.health",
    ),
    (
        "RM is in hospital since Friday; RM was our sole recruiter in the Lyon office",
        "pii.health",
    ),
    # a Russian surname in the dative, instrumental or a woman's oblique case
    (
        "Сергею Павлову объявили выговор за то, что он выгрузил базу на личный диск.",
        "pii.discipline",
    ),
    ("Дмитрию Ковальскому объявили выговор за прогулы.", "pii.discipline"),
    ("Ирине Смирновой провели служебное расследование.", "pii.discipline"),
    # a staff number with a gendered pronoun after it
    (
        "E-48213 on FMLA until 5/02 (cardiac rehab). pull from the rota, his tickets go to E-48377",
        "pii.health",
    ),
    ("EMP-55102 is out for chemo until June, reassign her reviews", "pii.health"),
    # a role only one person holds in the writer's company
    ("our CFO started chemo last week, the board deck will slip", "pii.health"),
    ("my co-founder is in hospital since Monday, can you move our board call", "pii.health"),
    (
        "Our CEO is out for a while, she had a heart attack on Sunday. draft an update",
        "pii.health",
    ),
    # a UK driving licence number, named
    (
        "rental form wants Tom's driving licence no. BRENT802154HJ9AB, it says too long",
        "pii.national_id",
    ),
    ("DVLA check for the new van driver: licence KOWAL711209MA8QZ", "pii.national_id"),
    ("her license number is LEE99654228AB7CD, can you fill the insurer form", "pii.national_id"),
    # an Aadhaar number named in Hindi (Verhoeff's check holds)
    ("सुनीता वर्मा का आधार नंबर 7392 0184 6557 है, फॉर्म में भरना है", "pii.national_id"),
    ("आधार: 5620 8831 4770, KYC अपडेट करना है", "pii.national_id"),
]

ORDINARY = [
    # a "who" question with a name in the next sentence that answers nothing
    "who is eligible for union membership? Dave Kowalski from HR says the policy covers everyone.",
    "who signed union cards at Reno? it's none of our business, says Dave Kowalski.",
    # surgery on code
    "Priya Raman will do some code surgery on the repo on the 14th",
    "Priya Raman plans surgery on the billing module",
    # initials that are a place or a thing
    "KL is the only office we have in Malaysia; burnout survey results are in",
    "CI is the only check we run; the anxiety about flaky tests is real",
    # a place's name in the genitive
    "Новой Зеландии объявили выговор? нет, это про спорт.",
    "Нужен шаблон приказа: работнику объявлен выговор.",
    # a ticket's key, no pronoun
    "INC-48213 cardiac rehab app outage, pull from pager rotation",
    "E-48213 rehab module release notes, ship them today",
    # a role speaking of a topic, another company's role, a role many hold
    "our CTO is giving a talk on mental health at work, draft the intro",
    "our CEO wrote a post about burnout in startups, summarise it",
    "Apple's CEO had surgery, says the news; does it move the stock?",
    "our CFO asked whether the cancer research grant fits in the Q2 budget",
    # a licence-shaped value that fails the dates, the DVLA's published specimen, no name
    "license key ABCDE913456AB9XY for the IDE expired",
    "the DVLA sample licence MORGA657054SM9IJ, what does each part mean?",
    "BRENT802154HJ9AB is the build id from the pipeline",
    # "आधार" as "basis", and a number that fails Verhoeff
    "इस आधार पर 7392 0184 6550 वाला ऑर्डर रद्द करें",
    "आधार नंबर 7392 0184 6550 पोर्टल invalid बोल रहा है",
    # a historical conviction
    "Alan Turing was convicted in 1952 and pardoned in 2013, check the dates for our slide",
    "Oscar Wilde's 1895 conviction, a timeline for our reading group",
    # a placeholder patient's seed row
    "seed rows for staging:\nINSERT INTO patients (mrn, name, dob) VALUES\n"
    "('TEST-0001','Jane Testpatient','1970-01-01');",
    "patient John Doe, DOB 1980-06-15, is our form's example row",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twenty_fourth_round_people_b_data_is_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_twenty_fourth_round_people_b_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Berg was convicted in 2019 of fraud, can he still be hired?",
        "Tom Berg has a 1998 felony conviction, is that a blocker for the driver role?",
        "Tom Berg, born 1955, was convicted of assault last year",
    ],
)
def test_recent_convictions_stay_sensitive(text: str) -> None:
    assert_sensitive(text, "pii.criminal_record")


def test_a_real_person_on_a_seed_row_keeps_a_date_of_birth() -> None:
    assert_sensitive(
        "INSERT INTO patients (name, dob) VALUES ('Maria Testa','1970-01-01');",
        "pii.dob",
    )
