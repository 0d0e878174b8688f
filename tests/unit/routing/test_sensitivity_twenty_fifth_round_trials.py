"""The twenty-fifth blind round's people data (``heldout67``, a biotech's and a car maker's
evaluator): a trial participant's diary words for her mood, a named colleague's bonus as a
percentage, a lower-case first name with a pregnancy said of "she", union membership
answered by a lead-in and a colon, an offer letter's figures for the candidate it names,
and trial subjects' ids glossed with what singles their person out, with an adverse event.
Each rule with the row's shape, variants written for it and the look-alikes that must keep
their verdict."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a participant's own words for suicidal or depressive thoughts, under her name
    (
        "ePRO free text export, do I need to notify the PI?\n\nsite 4410 | subj 4410-012 | "
        'Marisol Quintero Vega | day 9 | "the dark thoughts are back, I skipped the morning dose"',
        "pii.health",
    ),
    ("Henrik Aalto mentioned the intrusive thoughts got worse since the move", "pii.health"),
    (
        "in week 3 Oona Freyberg wrote she has thoughts of ending it at night again",
        "pii.health",
    ),
    # a named colleague's bonus or raise as a percentage
    (
        "is it fair that Mattis got a 17% bonus and Ilse only 8%? same level, same team",
        "pii.pay",
    ),
    ("Priya Narang's raise was 4% this cycle, can we revisit it?", "pii.pay"),
    ("Jorik Vermeulen bekam 6 % Gehaltserhöhung, der Rest 3 %", "pii.pay"),
    ("Sanna's 12% bonus came through, how do I explain it to the others?", "pii.pay"),
    # a lower-case first name, in a message that drops capitals, and "she" after it
    (
        "can you redo the bench rota so orsolya isn't on the radiochem room next month, "
        "she told me in confidence she's 9 wks pregnant",
        "pii.health",
    ),
    (
        "pls move the standup so marta isn't on it, she's at the hospital for chemo on tuesdays",
        "pii.health",
    ),
    ("swap the shifts because jonas has a broken leg, he can't climb the ladder", "pii.health"),
    # a "which of" question about union membership, answered by a lead-in with a colon
    (
        "works council asks which of the fitters joined IG Metall this year. the ones I know "
        "of: Rainer Voss, Petra Lindqvist, Omar Sadiq",
        "pii.union",
    ),
    (
        "who in the paint shop is a union member? those I'm sure about: Ilka Brandt and "
        "Tobias Renner",
        "pii.union",
    ),
    # an offer letter's figures for the candidate it names
    (
        "write the offer letter for Radek Nowicki, Senior Firmware Engineer, battery team. "
        "base €91,500, sign-on €6,000, start 1 March. he asked for 100k",
        "pii.pay",
    ),
    (
        "draft the job offer for Ana Ruiz, Data Analyst. salary $88,000, start March 3",
        "pii.pay",
    ),
    (
        "Lettre d'offre pour Camille Martin, ingénieure. Salaire 58 000 €, début le 2 mai",
        "pii.pay",
    ),
    # a trial subject's id glossed with what singles the person out, and an adverse event
    (
        'site 022 wrote: "subj 022-011 \u2014 the vet who runs the only practice in Kirkwall, '
        'his wife teaches at the school \u2014 fainted in the car park after dose 2"',
        "pii.health",
    ),
    (
        "participant 3108-004, that's the TV presenter the nurses all recognised (Maren, "
        "the weather one), had febrile neutropenia. how do I word the SAE form?",
        "pii.health",
    ),
    (
        "patient 118-004, i.e. the mayor (Ingrid, she chairs the council), had a syncopal episode",
        "pii.health",
    ),
]

ORDINARY = [
    # a trial subject's id alone: the pseudonym hides the person
    "subj 014-007 fainted at the counter ~40 min after dose 3, SAE or SUSAR?",
    "participant 2207-015 had the grade 4 neutropenia, that's the second case this week",
    "participant 2207-015, that's the one from Site B, had the grade 4 neutropenia",
    "subj 3021-044 at the only site in Hella reported syncope, is that expected?",
    # dark thoughts that are a product's, nobody's
    "the dark thoughts theme for the reading app, pick a palette",
    "Jonas Weber: our dark thoughts playlist is live",
    # a percentage that is a plan's, a policy's, or not pay at all
    "the target bonus for L5 is 15%, Jonas said",
    "Jonas got 18% more tests passing after the refactor",
    "Jonas asked if an 18% bonus is normal for the industry",
    "Jonas got the memo that the 18% bonus pool is fixed",
    "Priya's team got a 9% bonus on average",
    # lower-case words where a name would stand, or a message that writes its capitals
    "so prod isn't up again, she said the cancer research page is down",
    "can you fix it so everyone has access, she's pregnant with ideas lol",
    "Can you rearrange the rota so the bench isn't double-booked? she said pregnancy leave "
    "policy is in the wiki",
    # a who question answered by a lead-in with no names
    "which of the lab techs joined ver.di? the ones I know of: none, ask HR",
    # an offer letter without a person, or with a figure that is not pay
    "write an offer letter template for senior engineers. base €94,000 to €110,000",
    "send the offer letter for Tomasz Wójcik today. parking at the office costs €80 a month",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twenty_fifth_round_trials_data_is_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_twenty_fifth_round_trials_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
