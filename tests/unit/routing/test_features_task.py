"""Task-kind markers for open-ended chat (formal math, puzzles, extraction, writing,
role-play) and what they do to the word-problem gate and the score."""

from __future__ import annotations

import pytest

from bot.routing.difficulty import DifficultyScorer
from bot.routing.features import featurise


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Find the remainder when 7^2024 is divided by 13.", "formal_math_markers"),
        ("Two fair dice are rolled. What is the probability that both show a 6?",
         "formal_math_markers"),
        ("In how many ways can 8 people sit around a round table?", "formal_math_markers"),
        ("Knights always tell the truth and knaves always lie. Who is who?", "puzzle_markers"),
        ("Extract every person's name and e-mail from this footer as JSON.",
         "extraction_markers"),
        ("Write a haiku about the first frost of autumn.", "writing_markers"),
        ("rewrite this so it doesn't sound passive aggressive", "writing_markers"),
        ("Act as a sommelier and recommend a wine for risotto.", "roleplay_markers"),
        ("Pretend you are Sherlock Holmes and deduce where I work.", "roleplay_markers"),
    ],
)  # fmt: skip
def test_each_kind_of_task_is_marked(text: str, marker: str) -> None:
    assert featurise(text).rules[marker] >= 1.0


def test_engineering_words_are_not_mistaken_for_mathematics() -> None:
    """ "solve", "matrix", "mod" and "digits" have everyday engineering senses."""
    for text in (
        "how do I solve this merge conflict in go.mod?",
        "the CI matrix runs 3 python versions, can we drop one?",
        "mask all but the last 4 digits of the card in logs",
    ):
        assert featurise(text).rules["formal_math_markers"] == 0.0, text


def test_rewriting_code_is_not_writing_prose() -> None:
    rules = featurise("rewrite this in rust please\n```python\nprint(sum(range(10)))\n```").rules
    assert rules["writing_markers"] == 0.0
    assert featurise("rewrite `foo()` so it is async").rules["writing_markers"] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Find the remainder when 7^2024 is divided by 13.",
        "What is the sum of all integers from 1 to 200 that are divisible by 3 or 5?",
        "A says B is a knave. B says A and I are both knights. There are 2 people; who is a knave?",
    ],
)
def test_mathematics_and_puzzles_are_not_story_problems(text: str) -> None:
    """The word-problem head judges GSM8K stories by their length (short = easy); for a
    one-line contest problem that is wrong, so the general model scores it."""
    assert featurise(text).rules["word_problem"] == 0.0


def test_contest_mathematics_outranks_light_writing() -> None:
    """The blind open-chat sets put the largest gaps on math and reasoning and the smallest
    on short creative writing and role-play; the artifact before 2026-11-28.1 scored
    "7^2024 mod 13" at 0.04 and a haiku at 0.68."""
    scorer = DifficultyScorer.load()
    hard = [
        "Find the remainder when 7^2024 is divided by 13.",
        "Two fair dice are rolled. Given that at least one of them shows a 6, what is the "
        "probability that both show a 6?",
    ]
    light = [
        "Write a haiku about the first frost of autumn.",
        "You are a grumpy medieval blacksmith. A customer asks you to fix their smartphone. "
        "Respond in character.",
    ]
    assert min(scorer.score(t).value for t in hard) > max(scorer.score(t).value for t in light)
    assert "formal_math" in dict(scorer.score(hard[0]).drivers)
