"""Word-problem structure features: gated, numeric, and counting what they claim."""

from __future__ import annotations

from bot.routing.features import featurise, model_inputs
from bot.routing.features_word_problem import WORD_PROBLEM_FEATURE_NAMES

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
