"""The seventeenth blind round's last misses (``heldout50`` and ``heldout51``): a rating's
field with a rating's words as a sentence of its own after the sentence that names the
person ("Petra Pfannkuch hat ... verfehlt. Bewertung: 'unter Erwartung'."), and an overall
rating in Japanese, Chinese and Korean (総合評価は「C」); a pay figure after the title and
surname alone of a person the message named in full before ("Subject: Retention adjustment
- Prof. Tomasz Okafor" ... "for Prof. Okafor: base salary moves from $117,500"); a
person's initials as the subject of their sentence ("G.C. is on a final written warning").
Each rule with the blind row's shape, fresh variants, and the ordinary look-alikes it
must leave alone."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a rating's field after the sentence that names the person
    (
        "Bitte freundlicher formulieren: \u201eJonas Brettschneider hat seine Ziele klar "
        "verfehlt (1 von 5). Bewertung: 'unter Erwartung'. Ab August folgt ein PIP.\u201c",
        "pii.performance",
    ),
    (
        "Soften this for me: Carla Mendes missed both launch dates this half. "
        "Rating: 'Below expectations'. We will revisit in January.",
        "pii.performance",
    ),
    (
        "Notes for calibration: Viktor Aalto shipped nothing on the billing rewrite. "
        "Rating: needs improvement.",
        "pii.performance",
    ),
    (
        "Kannst du das umformulieren? Halbjahresgespr\u00e4ch mit Ines Kowalczyk, "
        "Bewertung: unter den Erwartungen.",
        "pii.performance",
    ),
    # an overall rating in Japanese, Chinese, Korean
    (
        "\u8b70\u4e8b\u9332\u3092\u6574\u3048\u3066\u304f\u3060\u3055\u3044\u3002\n"
        "\u30fb\u4f50\u85e4 \u7fd4\u3055\u3093\uff08\u904b\u7528\u8ab2\uff09\uff1a"
        "\u4eca\u671f\u306e\u7dcf\u5408\u8a55\u4fa1\u306f\u300cC\u300d\u3067\u78ba\u5b9a\u3002",
        "pii.performance",
    ),
    (
        "\u30fb\u9ad8\u6a4b \u7f8e\u5948\u3055\u3093\uff1a\u7dcf\u5408\u8a55\u4fa1\u306f"
        "\u300cD\u300d\u3001\u6765\u671f\u306f\u6539\u5584\u8a08\u753b\u3092\u5b9f\u65bd",
        "pii.performance",
    ),
    (
        "\u5458\u5de5: \u9648\u4e3d\u5a1c\uff0c\u672c\u5e74\u5ea6\u7efc\u5408\u8bc4\u4ef7\uff1aC",
        "pii.performance",
    ),
    # a pay figure after a title and surname of a person named in full before
    (
        "Tighten this email:\n\nSubject: Retention adjustment - Prof. Tomasz Okafor\n\n"
        "HR approved a market retention adjustment for Prof. Okafor effective 2025-12-22: base "
        "salary moves from $117,500 to $128,500 (9-month).",
        "pii.pay",
    ),
    (
        "Subject: Counter-offer for Dr. Amara Lindqvist\n\nWe propose that Dr. Lindqvist's "
        "base salary rise to \u00a392,000 from 1 March, please keep it quiet.",
        "pii.pay",
    ),
    (
        "Re: Ravi Chandrasekar's promotion. Ravi gets a salary of 84.000 \u20ac from May.",
        "pii.pay",
    ),
    # initials as the subject of their sentence
    (
        "Small payroll team (4 of us), tidy these notes:\n\n- Q3 close on track\n"
        "- G.C. is on a final written warning after the duplicate-payment incident\n"
        "- next sync Thursday",
        "pii.discipline",
    ),
    (
        "Stand-up notes: M.K. has been in hospital since Friday, T.O. covers her queue.",
        "pii.health",
    ),
    (
        "Heads up, J.R. was suspended pending an investigation for theft from the till.",
        "pii.discipline",
    ),
]

ORDINARY = [
    # initials that are a country's or a team's, or no subject of a statement
    "The U.S. is on a final warning from the panel, says the article; summarise it.",
    "Q.A. is on a final pass over the release notes before Friday.",
    "G.C. is the general counsel's shared drive; the warning template lives there.",
    # a title and surname with pay figures, nobody named in full; a budget
    "Meeting with Prof. Okafor: the base salary range for postdocs is $55,000 to $62,000.",
    "Tomasz Okafor presented the plan. For Okafor's lab the equipment budget goes from "
    "$117,500 to $128,500.",
    "Tomasz Okafor asked what the base salary band for L4 is. It is $120,000 to $140,000.",
    # ratings with nobody named: a rubric, a policy, a template
    "Our rating scale: 'Exceeds expectations', 'Meets expectations', 'Below expectations'.",
    "Die Bewertung 'unter Erwartung' bedeutet laut Richtlinie, dass ein PIP gepr\u00fcft wird.",
    "Template: {employee_name} hat die Ziele verfehlt. Bewertung: 'unter Erwartung'.",
    "Add a dropdown for the rating field with 'Needs improvement' as the lowest option.",
    "The app's rating: 'below expectations' on the App Store this week, 2.1 stars.",
    "Maria Lopez wrote the review rubric. Rating: a five-point scale.",
    "\u7dcf\u5408\u8a55\u4fa1\u306fA\u301cE\u306e5\u6bb5\u968e\u3067\u3059\u3002"
    "\u8a55\u4fa1\u30b7\u30fc\u30c8\u306e\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u3092\u4f5c\u3063"
    "\u3066\u304f\u3060\u3055\u3044\u3002",
    "\u4f50\u85e4 \u7fd4\u3055\u3093\u304c\u7dcf\u5408\u8a55\u4fa1\u306e\u96c6\u8a08"
    "\u30b9\u30af\u30ea\u30d7\u30c8\u3092\u66f8\u304d\u307e\u3057\u305f\u3002",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sensitive(text: str, label: str) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
