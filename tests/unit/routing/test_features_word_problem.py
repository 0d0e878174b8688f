"""Word-problem structure features: gated, numeric, and counting what they claim."""

from __future__ import annotations

import pytest

from bot.routing.features import DRIVER_OF_INPUT, featurise, model_inputs
from bot.routing.features_word_problem import (
    EASING_FEATURE_NAMES,
    WORD_PROBLEM_FEATURE_NAMES,
    question_sentence,
)

PROBLEM = (
    "Toulouse has twice as many sheep as Charleston. Charleston has 4 times as many sheep "
    "as Seattle. How many sheep do Toulouse, Charleston, and Seattle have together if "
    "Seattle has 20 sheep?"
)


def test_word_problem_structure_is_counted() -> None:
    rules = featurise(PROBLEM).rules
    assert rules["word_problem"] == 1.0
    assert rules["wp_relational"] >= 2.0  # "twice", "times as", "as many" x2
    assert rules["wp_total"] == 1.0
    assert rules["wp_names"] == 3.0
    assert rules["wp_distinct_numbers"] == 2.0
    assert rules["wp_question_quantities"] == 1.0  # "if Seattle has 20 sheep?"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann has 3 apples and buys 4 more. She eats 2. How many apples are left?", 0.0),
        ("Tom earns $12 an hour. How much does he earn in 3 weeks of 40 hours?", 2.0),
        ("Sam reads 20 pages a day. How many pages does he read in two weeks?", 1.0),
        ("A box holds 6 eggs. How many boxes for 30 eggs? Give the number.", 1.0),
        ("Mia had 5 pens. She gave away 2. Find the total she has now", 0.0),
    ],
)
def test_question_quantities_count_numbers_in_the_asking_sentence(
    text: str, expected: float
) -> None:
    rules = featurise(text).rules
    assert rules["word_problem"] == 1.0
    assert rules["wp_question_quantities"] == expected


def test_question_sentence_is_the_one_that_asks() -> None:
    assert question_sentence("Ann has 3. Bob has 4. How many in all?") == " How many in all?"
    assert question_sentence("Ann has 3. How many? Answer in words.") == " How many?"
    assert question_sentence("How many is 3 and 4") == "How many is 3 and 4"


def test_easing_inputs_have_their_own_driver_name() -> None:
    assert set(EASING_FEATURE_NAMES) <= set(WORD_PROBLEM_FEATURE_NAMES)
    assert DRIVER_OF_INPUT["wp_question_quantities"] == "numbers_in_question"
    assert DRIVER_OF_INPUT["wp_relational"] == "multi_step_math"


def test_engineering_messages_get_zeros() -> None:
    text = "Each time we deploy, the first pod costs $3 more per hour: why is it slow?"
    rules = featurise(text).rules
    inputs = model_inputs(rules)
    if not rules["word_problem"]:
        assert all(rules[name] == 0.0 for name in WORD_PROBLEM_FEATURE_NAMES)
    assert all(inputs[name] >= 0.0 for name in WORD_PROBLEM_FEATURE_NAMES)
    trace = "Why?\n```\nTraceback (most recent call last):\n  File 'a.py', line 1\n```"
    assert all(featurise(trace).rules[name] == 0.0 for name in WORD_PROBLEM_FEATURE_NAMES)


def test_features_are_numbers() -> None:
    rules = featurise(PROBLEM).rules
    assert all(isinstance(rules[name], float) for name in WORD_PROBLEM_FEATURE_NAMES)
