"""The twentieth blind round's people in prose (``heldout57``): a person named by their chat
handle, as the other one of a 1:1's notes, by initials with a pronoun, by a description only
they fit, as a request's object, as the addressee of a letter to check, as a status line's
subject above its reason; a suspension on full pay, a probation extended, a layoff list's
severance. Then the false alarms: a test fixture's fake employees, a vendor's support desk a
ticket is opened with, a visa policy with nobody. Each rule with the blind row's shape,
variants written for it and the opposite cases that must keep their verdict."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # A. a chat handle ("@bfarrell") and a clinician's finding given as the reason
    (
        "hey, can you update the capacity sheet — @bfarrell is on reduced hours (60%) for the "
        "next 3 months, occupational health confirmed long covid and chronic fatigue. Don't "
        "put the reason in the sheet, just the %.",
        "pii.health",
    ),
    ("@m.okafor is out next week, her chemo starts Monday", "pii.health"),
    (
        "cc @tjansen: on reduced duties for six weeks and working from home, his GP confirmed "
        "long covid",
        "pii.health",
    ),
    # B. notes of a 1:1 with a person by their user name or first name
    (
        "notes from 1:1 w/ ahollis (10 Jan)\n- PIP week 4 of 8. Still missing sprint "
        "commitments (3/9 tickets)\n- said he's been struggling with sleep since the divorce, "
        "on antidepressants, asked for flexible start\n- HR (Lena) says if no improvement by "
        "wk 8 we move to final written warning\n- action: pair him with Rowan on the shader "
        "pipeline",
        "pii.discipline",
    ),
    (
        "1:1 with Priya - 3 March\n- back from sick leave, still on antidepressants\n"
        "- wants fewer on-call shifts",
        "pii.health",
    ),
    (
        "Einzelgespräch mit Jonas (12.02.)\n- hat eine Abmahnung wegen Zuspätkommens bekommen\n"
        "- möchte Teilzeit",
        "pii.discipline",
    ),
    # C. initials with a gendered pronoun after them
    (
        "infra team standup notes: MK out Tue/Thu afternoons for the next month – IVF "  # noqa: RUF001
        "appointments, she asked we keep it between the four of us. Wei covers her reviews.",
        "pii.health",
    ),
    ("standup: JT is off Friday for his knee surgery, he asked us not to share it", "pii.health"),
    # D. a description only one person fits, as the sentence's subject
    (
        'draft for the Oslo office lead, please tidy:\n"The only designer in the Oslo office '
        "has told me in confidence they are transgender and will be starting to transition "
        'next month, including a name change in all systems."',
        "pii.orientation",
    ),
    (
        "Our only pharmacist at the Leeds branch told me she is pregnant, please keep it off "
        "the rota notes.",
        "pii.health",
    ),
    # E. a first name as a request's object, a pronoun after it
    (
        "Please leave Tom off the on-call rota for the 12th – his custody hearing is that day "  # noqa: RUF001
        "(ex-wife is contesting access to the kids).",
        "pii.family",
    ),
    (
        "take Priya off nights for a month, her chemo starts on the 3rd",
        "pii.health",
    ),
    # F. a letter to check before it is sent to a named person, "your" in it
    (
        "Hey, can you double check this email before I send it to Rafael Okonkwo?\n\n"
        "\"Following our meeting, I'm confirming that your probation period will be extended "
        "by three months due to attendance concerns (11 absences since March, 7 of them "
        'related to your ongoing migraine condition)."',
        "pii.discipline",
    ),
    (
        "Can you proofread the letter I'm sending to Hannah Brooks?\n\n"
        '"We have decided to extend your probation by two months."',
        "pii.discipline",
    ),
    ("Rafael Okonkwo's probation period was extended after the review.", "pii.discipline"),
    # G. suspended on full pay pending an investigation into a complaint
    (
        "For the SIS access change: Callum Ashdown (Y8 science teacher, Ridgeway Middle) is "
        "suspended on full pay pending the LADO investigation into the complaint from a "
        "parent. Please remove gradebook access today.",
        "pii.discipline",
    ),
    (
        "Nadia Rahman was suspended on half pay pending an investigation into the missing stock.",
        "pii.discipline",
    ),
    # H. a layoff list: names and their severance
    (
        "Final list for Thursday (studio restructure):\n"
        "- Bram Strand (Audio) — severance 18 wks, £17,414\n"
        "- Lucinda Oyelaran (Env Art) — severance 12 wks, £33,404\nDO NOT forward.",
        "pii.pay",
    ),
    ("Jonas Weber bekommt eine Abfindung von 45.000 €.", "pii.pay"),
    ("Marta Ruiz's severance is $62,000 plus COBRA.", "pii.pay"),
    # I. a status line names the person, the reason field under it
    (
        "crew-sched bot: ⚠️ FO Maren Halloran (staff C119628) status → GROUNDED\n"
        "reason: Class 1 medical not renewed – AME deferred pending cardiology review "  # noqa: RUF001
        "(arrhythmia)\npairings affected: 3438, 3500, 3609",
        "pii.health",
    ),
    (
        "roster alert: Capt. Olu Bankole status -> UNAVAILABLE\nreason: atrial fibrillation, "
        "off until cleared",
        "pii.health",
    ),
    # J. the policy's words said of a named person
    ("Anna Kowalski's Blue Card expires in March and the renewal was refused.", "pii.immigration"),
    ("Ahmed Yilmaz is on a Skilled Worker visa that expires next month.", "pii.immigration"),
]

ORDINARY = [
    # A. handles that are groups, decorators, packages; a clinician's words with nobody
    "@here the capacity sheet is updated, occupational health confirmed the new policy",
    "@sre-team the pod is unhealthy again, can someone look?",
    "```python\n@property\ndef health(self):\n    return self._diagnosis\n```",
    "npm i @types/node, then the chemo-dashboard build works",
    # B. a 1:1 with a role or a group; 1:1 notes with no personal data
    "1:1 with my manager: she says the PIP template needs a section on goals",
    "notes from 1:1 w/ ahollis (10 Jan)\n- shader pipeline is on track\n- wants to lead the "
    "perf work",
    # C. acronyms before a verb
    "PR is merged, he said the CI is green; the IVF clinic app ships Friday",
    "QA is out Tue/Thu, he said the regression suite for the IVF booking flow is flaky",
    # D. a description that fits nobody in particular, a policy
    "The only designer role in the Oslo office is open; the job ad mentions transgender "
    "health coverage.",
    # E. a request's object that is a tool; a first name with no personal data
    "leave Kafka off the critical path, his team will migrate it next quarter",
    "please leave Tom off the rota for the 12th, he is at a conference",
    # F. a letter with nothing sensitive; a policy on probation
    'Can you double check this email before I send it to Rafael Okonkwo? "Your start date '
    'is 3 March and your laptop ships next week."',
    "Our policy: the probation period can be extended once, by up to three months.",
    "Probation extension requests go through HR; the template is in Confluence.",
    # G. things suspended
    "the cronjob is suspended pending the investigation into the outage",
    # H. severance policy, an aggregate
    "The severance policy is 2 weeks per year of service, capped at £20,000.",
    "Severance for L3 is 12 weeks, about £17,000 on average.",
    # I. a reason field with no person
    "deploy bot: job build-4411 status → FAILED\nreason: OOM in the arrhythmia classifier",
    # J. the blind false alarms: a fixture of fake employees, a vendor's desk a ticket is
    # opened with, a visa policy
    "test fixture for the people-api, does this cover enough edge cases?\n```python\n"
    "FAKE_EMPLOYEES = [\n"
    '    {"id": 1, "name": "Jane Testperson", "email": "jane.test@example.com", '
    '"dob": "1900-01-01", "phone": "+1-202-555-0143"},\n'
    '    {"id": 3, "name": "Ünïcødé Tëst", "email": "unicode@people.test", '
    '"dob": "2000-02-29", "phone": "555-0199"},\n]\n```',
    "fake_users = [{'name': 'Ola Nordmann', 'dob': '1985-03-08'}]  # seed for the demo",
    "If the HRIS sync keeps failing with 503 we should open a ticket with "
    "support@bamboohr.com — they asked for the webhook delivery ids, not the payloads.",
    "the payroll export breaks on umlauts, I filed a ticket with help@personio-support.de",
    "Policy question from finance: we sponsor Skilled Worker visas for L3+ engineering "
    "roles in the UK and Blue Card in DE/NL. Does the careers page need to say that?",
    "Wir unterstützen die Blue Card für alle Senior-Rollen; steht das in der Stellenanzeige?",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twentieth_round_people_in_prose_are_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_twentieth_round_ordinary_stays_ordinary(text: str) -> None:
    assert_ordinary(text)
