"""Exam and textbook questions name made-up people: their pay and health are nobody's.

A benchmark question pasted into Slack ("Lloyd earns $10 an hour... How much did he
earn?", an MMLU item with options) must not be kept on the local model as a colleague's
pay or health (``examples.exam_question``); colleagues named in full in a sum still count.
"""

from __future__ import annotations

import pytest

from bot.routing.sensitivity import SensitivityDetector

DETECTOR = SensitivityDetector(company_domains=["acme.io", "acmecorp.com"])

EXAM_QUESTIONS = [
    # arithmetic word problems about first-named people
    "Ravi earns $12 an hour walking dogs. He walked dogs for 6 hours on Monday and 4 hours "
    "on Tuesday. How much did he earn in the two days?",
    "Amara spends 1/3 of her salary on rent and 1/4 on food. If her salary is $3600 a "
    "month, how much is left?",
    "Theo's paycheck is $1,800.00. He saves 15% of his pay. How many dollars does he save "
    "in 4 paychecks?",
    # lettered answer options
    "Ines earns $7.25 per hour at her weekend job. How many hours must she work to earn "
    "$116?\nA. 12\nB. 14\nC. 16\nD. 18\nAnswer:",
    "Omar's therapist asks him to picture the crowded lift while he relaxes. This is an "
    "example of\nA. flooding\nB. systematic desensitization\nC. aversion therapy\n"
    "D. modelling\nAnswer:",
    "Kira is pregnant and asks which vaccine is safe. (A) MMR (B) influenza (C) varicella "
    "(D) yellow fever",
]

STILL_SENSITIVE = [
    # colleagues named in full, a sum over their pay
    (
        "Julia Becker earns $68,000 and Tom Weber earns $74,000 after the raise. What is the "
        "total payroll for the two of them?",
        "pii.pay",
    ),
    ("Lukas Petrovic goes from 72k to 79.2k next year. How much of a raise is that?", "pii.pay"),
    # no question at all, no options
    ("Nadia is off from the 8th for her second round of chemo", "pii.health"),
    # a table and an identifier are data, not a story
    (
        "salary export, need a pivot:\nemployee,net\nAnna Weiss,4120.00\nMarc Duval,3980.00\n"
        "why does pivot_table give a total of 8100 and how much is the average?",
        "pii.pay",
    ),
]


@pytest.mark.parametrize("text", EXAM_QUESTIONS)
def test_exam_questions_people_are_made_up(text: str) -> None:
    labels = DETECTOR.scan(text).labels
    assert "pii.pay" not in labels
    assert "pii.health" not in labels


@pytest.mark.parametrize(("text", "label"), STILL_SENSITIVE)
def test_colleagues_pay_and_health_still_reported(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels


# Capitalised medical and scientific terms are not a person's first and last name.
TERMS = [
    "Acute Myeloid Leukemia is a malignant cancer in which myeloid progenitor cells divide "
    "rapidly. Which gene is mutated most often?",
    "Multiple Sclerosis is diagnosed with an MRI and a lumbar puncture, how reliable is that?",
    "Major Depressive Disorder is treated with therapy and SSRIs first, why not both?",
    "Kaposi Sarcoma is a cancer of the lining of blood vessels; what virus causes it?",
    "In Gestalt therapy, what does the empty chair technique do?",
    "Cognitive Behavioural Therapy has the best evidence for panic disorder, doesn't it?",
]
NAMED = [
    ("Lena Kaya's cancer is back, she starts chemo on Monday", "pii.health"),
    ("Tom Major is in hospital since Friday, can you cover his on-call?", "pii.health"),
]


@pytest.mark.parametrize("text", TERMS)
def test_medical_terms_are_not_people(text: str) -> None:
    assert "pii.health" not in DETECTOR.scan(text).labels


@pytest.mark.parametrize(("text", "label"), NAMED)
def test_colleagues_named_beside_terms_still_reported(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels
