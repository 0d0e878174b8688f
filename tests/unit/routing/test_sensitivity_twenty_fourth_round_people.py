"""The twenty-fourth blind round's people data (``heldout66``): a colleague's insulin kept
in the office fridge, a child's health problems given as the reason in Polish, a background
check's finding after its colon, a second warning letter in Indonesian with its
abbreviation in brackets, a comp tool's record keyed by a user's login, a written warning in
Hebrew's other word, colleagues' religious practice (a holy day's refusals, Friday prayers
after an adverb), a student's self-harm flag with the name in the brackets of its id; and
job ads' salary bands whose titles were read as names (Portuguese, Ukrainian). Each rule
with the row's shape, variants written for it and the look-alikes that must keep their
verdict; the rows themselves are in the corpus gate once the set is moved in."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a treatment a named colleague keeps or carries (insulin, an inhaler, an EpiPen)
    (
        "note for facilities: keep the kitchen fridge on floor 2 unlocked, Oskar keeps his "
        "insulin in there and couldn't reach it on monday",
        "pii.health",
    ),
    ("Felix keeps his inhaler in the top drawer of his desk.", "pii.health"),
    ("Marta carries an EpiPen because of her peanut allergy, tell the caterer.", "pii.health"),
    # health problems as a reason, the child's (Polish, English, Spanish)
    (
        "Magdalena Wi\u015bniewska wraca z urlopu 3 kwietnia, ale chce pracowa\u0107 "
        "na p\u00f3\u0142 etatu bo c\u00f3rka ma problemy zdrowotne. Jak u\u0142o\u017cy\u0107 "
        "grafik?",
        "pii.health",
    ),
    (
        "Agnes Kowalczyk returns from maternity leave on May 2 but wants 3/4 time because "
        "the baby has health problems.",
        "pii.health",
    ),
    (
        "Luc\u00eda Ortega pide media jornada porque su hijo tiene problemas de salud.",
        "pii.health",
    ),
    # a background check's finding after its colon
    (
        "Background check for the SRE candidate (Marcus Bell) came back: one felony "
        "conviction, 2016, misdemeanor reduced later. How do I word the adjudication?",
        "pii.criminal_record",
    ),
    (
        "Background check for Hana Sato returned: a 2018 DUI conviction, probation done.",
        "pii.criminal_record",
    ),
    # a warning letter for a named person, its abbreviation in brackets (Indonesian, English)
    (
        "Tolong buatkan Surat Peringatan pertama (SP1) untuk Siti Rahmawati, alasannya "
        "terlambat lima kali bulan ini.",
        "pii.discipline",
    ),
    (
        "Draft a final written warning (FWW) for Dana Okafor about the missed shifts.",
        "pii.discipline",
    ),
    # a comp record keyed by a user's login
    (
        "payroll export for one user breaks the chart, why?\n"
        '{"user":"pnakamura","level":"L4","salary":98000,"bonus_pct":10}',
        "pii.pay",
    ),
    (
        "comp API response, the rsu column renders empty:\n"
        '{"username": "j.okafor", "base": 121000, "bonus_target": 0.1}',
        "pii.pay",
    ),
    # a written warning in Hebrew's other word (התראה)
    (
        "\u05d9\u05e2\u05dc \u05dc\u05d5\u05d9 \u05e7\u05d9\u05d1\u05dc\u05d4 \u05de\u05db"
        "\u05ea\u05d1 \u05d4\u05ea\u05e8\u05d0\u05d4 \u05d1\u05d2\u05dc\u05dc "
        "\u05d4\u05d9\u05e2\u05d3\u05e8\u05d5\u05d9\u05d5\u05ea",
        "pii.discipline",
    ),
    (
        "\u05e8\u05d5\u05e2\u05d9 \u05db\u05d4\u05df \u05e7\u05d9\u05d1\u05dc \u05d4\u05ea"
        "\u05e8\u05d0\u05d4 \u05d1\u05db\u05ea\u05d1 \u05e2\u05dc \u05d0\u05d9\u05d7"
        "\u05d5\u05e8\u05d9\u05dd",
        "pii.discipline",
    ),
    # religious practice: a holy day's refusals, Friday prayers after an adverb
    (
        "don't book the launch dinner on friday night, Noa is observant and won't drive or "
        "use her phone on shabbat",
        "pii.beliefs",
    ),
    ("Miriam won't answer slack during yom kippur, plan the release around it", "pii.beliefs"),
    ("Hamza always goes to jumu'ah, so no meetings at 1pm on fridays", "pii.beliefs"),
    # a named minor flagged, the name in the brackets of their id with an apposition
    (
        "the counselor alert didn't fire for student 512207 (Lucas Brandt, 8th grade) even "
        "though the journal classifier flagged self-harm language",
        "pii.health",
    ),
    (
        "alert didn't fire for patient 20931 (Tom Becker, ward 4) even though the triage "
        "model flagged suicidal ideation",
        "pii.health",
    ),
]

ORDINARY = [
    # job ads with a band: the title is not a person (Portuguese, Ukrainian, Spanish)
    "Oi, preciso de uma vaga para Desenvolvedora Backend Pleno, faixa salarial R$ 9.000 a "
    "R$ 13.000, h\u00edbrido. Consegue escrever?",
    "\u0414\u043e\u043f\u043e\u043c\u043e\u0436\u0438 \u043d\u0430\u043f\u0438\u0441\u0430"
    "\u0442\u0438 \u0432\u0430\u043a\u0430\u043d\u0441\u0456\u044e Middle Go Developer, "
    "\u0437\u0430\u0440\u043f\u043b\u0430\u0442\u043d\u0430 \u0432\u0438\u043b\u043a\u0430 "
    "3000\u20134200 $, \u0432\u0456\u0434\u0434\u0430\u043b\u0435\u043d\u043e.",
    "Necesito una oferta para Ingeniero de Datos Senior, salario 45.000 \u20ac - 55.000 \u20ac.",
    # insulin and inhalers as products
    "the insulin pump firmware update keeps failing on the staging devices",
    "Our inhaler tracking service returns 500s after the deploy.",
    # health problems of a system
    "Marco says the cluster has health issues since friday, can you check the probes?",
    # a background check's schema, a policy question
    "Background check came back: does a DUI conviction matter for a role with no driving?",
    "Our background check vendor returns: felony conviction, misdemeanor conviction as enum "
    "values.",
    # a warning letter's template
    "Tolong buatkan template Surat Peringatan (SP1) untuk semua karyawan baru.",
    # system accounts and placeholders in a comp record, a login with no pay
    '{"user":"deploy-bot","base":132500,"bonus_target":"0.15"} comp tool fixture',
    '{"user":"admin","bonus_target":0.15} what does the comp fixture mean?',
    'the bonus service logs {"user":"lmartinez","action":"login","status":200}',
    # a warning the system sends (Hebrew)
    "\u05d4\u05de\u05e2\u05e8\u05db\u05ea \u05e9\u05d5\u05dc\u05d7\u05ea \u05d4\u05ea\u05e8"
    "\u05d0\u05d4 \u05d1\u05db\u05ea\u05d1 \u05dc\u05de\u05e9\u05ea\u05de\u05e9\u05d9"
    "\u05dd \u05db\u05e9\u05d4\u05e9\u05e8\u05ea \u05e0\u05d5\u05e4\u05dc",
    # what we do on a holy day
    "Ari says we don't deploy on the sabbath, it's a joke from the old ops team",
    # a team's owner in brackets, a season's model
    "the dashboard for team Apollo (Tom Becker, owner) crashed when the flu season model loaded",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twenty_fourth_round_people_data_is_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_twenty_fourth_round_people_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
