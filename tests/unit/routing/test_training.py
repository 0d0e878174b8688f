"""Offline training: the solver, a small end-to-end run, determinism and feedback."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.routing.difficulty import WORDING_FEATURE, DifficultyScorer
from bot.routing.features import INPUT_NAMES, RULE_FEATURE_NAMES
from bot.routing.features_word_problem import EASING_FEATURE_NAMES
from bot.routing.training import FeedbackRow, TrainReport, fit_offset_logistic, train
from bot.routing.training_fit import (
    WORD_PROBLEM_INPUTS,
    Example,
    TextFit,
    fit_word_problem_head,
    word_problem_signs,
)

DATA = Path(__file__).resolve().parents[2] / "data" / "routing"
SAMPLES = [
    DATA / "mmlu_sample.jsonl",
    DATA / "gsm8k_sample.jsonl",
    DATA / "engineering_questions.jsonl",
]


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[TrainReport, Path]:
    out = tmp_path_factory.mktemp("artifact") / "difficulty.json"
    return train(SAMPLES, out, seed=3, version="test.1"), out


def test_offset_logistic_recovers_coefficients() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(4000, 2))
    offset = rng.normal(size=4000)
    z = offset + 0.3 + x @ np.array([1.5, -0.7])
    y = (rng.random(4000) < 1 / (1 + np.exp(-z))).astype(float)
    b, w = fit_offset_logistic(x, y, np.ones(4000), offset, l2=1e-6)
    assert b == pytest.approx(0.3, abs=0.12)
    assert w == pytest.approx([1.5, -0.7], abs=0.12)


def test_offset_logistic_respects_sign_bounds() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(4000, 3))
    z = 0.2 + x @ np.array([-1.0, 1.0, 0.8])
    y = (rng.random(4000) < 1 / (1 + np.exp(-z))).astype(float)
    _, w = fit_offset_logistic(x, y, np.ones(4000), np.zeros(4000), l2=1e-6, signs=[1, -1, 0])
    assert w[0] == pytest.approx(0.0, abs=1e-6)  # wants -1.0, may not go below 0
    assert w[1] == pytest.approx(0.0, abs=1e-6)  # wants +1.0, may not go above 0
    assert 0.3 < w[2] < 0.9  # free (attenuated: the clamped effects act as noise)


def test_word_problem_head_is_monotone() -> None:
    """Structure counts only raise a word problem's score; easing inputs only lower it."""
    signs = dict(zip(WORD_PROBLEM_INPUTS, word_problem_signs(), strict=True))
    assert {n for n, s in signs.items() if s < 0} == set(EASING_FEATURE_NAMES)
    assert all(s == 1 for n, s in signs.items() if n not in EASING_FEATURE_NAMES)
    rng = np.random.default_rng(2)
    rows = []
    for _ in range(300):
        inputs = {n: float(rng.integers(0, 4)) for n in WORD_PROBLEM_INPUTS}
        # Labels pushed the "wrong" way: more relations -> easier, question numbers -> harder.
        hard = inputs["wp_question_quantities"] - inputs["wp_relational"] + rng.normal() > 0
        rows.append(Example("gsm8k", "", False, 1.0 if hard else 0.0, inputs=inputs))
    _, weights = fit_word_problem_head(rows, np.zeros(len(rows)))
    got = dict(zip(WORD_PROBLEM_INPUTS, weights.tolist(), strict=True))
    assert all(got[n] * s >= -1e-9 for n, s in signs.items())
    assert got["wp_relational"] == pytest.approx(0.0, abs=1e-6)
    assert got["wp_question_quantities"] == pytest.approx(0.0, abs=1e-6)


def test_small_training_run_produces_a_loadable_artifact(trained: tuple[TrainReport, Path]) -> None:
    report, out = trained
    scorer = DifficultyScorer.load(out)
    assert scorer.version == report.version == "test.1"
    assert report.rows["mmlu_sample"]["train"] + report.rows["mmlu_sample"]["heldout"] == 240
    assert report.rows["engineering_questions"]["heldout"] > 0
    assert set(report.heldout) == {"mmlu_sample", "gsm8k_sample"}
    for methods in report.heldout.values():
        assert set(methods) == {"router", "length", "random"}
    assert report.engineering_auc is not None and 0.0 <= report.engineering_auc <= 1.0
    assert 0.0 <= scorer.score("why does my pod crash-loop after the upgrade?").value <= 1.0
    assert "held-out" in str(report)
    json.dumps(report.to_dict())


def test_artifact_is_json_without_code(trained: tuple[TrainReport, Path]) -> None:
    _, out = trained
    art = json.loads(out.read_text())
    assert art["format"] == "tandem.difficulty/2"
    assert art["training"]["seed"] == 3
    assert art["feedback"] is None
    vocabulary = art["model"]["text"]["vocabulary"]
    assert all(isinstance(k, str) and len(v) == 3 for k, v in vocabulary.items())


def test_training_is_deterministic(tmp_path: Path, trained: tuple[TrainReport, Path]) -> None:
    _, first = trained
    again = tmp_path / "again.json"
    train(SAMPLES, again, seed=3, version="test.1")
    assert again.read_text() == first.read_text()


def _feedback(n: int) -> list[FeedbackRow]:
    """Local answers to pasted stack traces get escalated; plain lookups get thumbs-up."""
    rows = []
    for i in range(n):
        trace = i % 2 == 0
        feats = dict.fromkeys(RULE_FEATURE_NAMES, 0.0) | {"length_tokens": 40.0}
        feats |= {"has_stack_trace": 1.0, "code_lines": 12.0} if trace else {"lookup_markers": 1.0}
        feats[WORDING_FEATURE] = 0.0
        rows.append(FeedbackRow(feats, "local", None if trace else 1, escalated=trace))
    rows.append(FeedbackRow(feats, "external", -1, escalated=False))
    return rows


def test_feedback_layer_learns_from_reactions(
    tmp_path: Path, trained: tuple[TrainReport, Path]
) -> None:
    _, base_path = trained
    out = tmp_path / "with_feedback.json"
    report = train(SAMPLES, out, feedback=_feedback(60), seed=3, version="test.2")
    assert report.feedback_rows == 60
    layer = json.loads(out.read_text())["feedback"]
    assert layer["weights"]["stack_trace"] > 0
    trace = 'Why?\n```\nTraceback (most recent call last):\n  File "a.py", line 1\n```'
    base, tuned = DifficultyScorer.load(base_path), DifficultyScorer.load(out)
    assert tuned.explain(trace)[2] - base.explain(trace)[2] > 0


def test_too_little_feedback_is_ignored(tmp_path: Path) -> None:
    out = tmp_path / "few.json"
    report = train(SAMPLES, out, feedback=_feedback(6), seed=3, version="test.3")
    assert report.feedback_rows == 0
    assert json.loads(out.read_text())["feedback"] is None


def test_graded_word_problems_place_word_problems_without_reordering_them() -> None:
    """Stage 4 moves every word problem by one constant, learned from graded questions
    that are word problems: GSM8K's own order (and so its APGR) cannot change."""
    from bot.routing.training_fit import MIN_PLACEMENT_ROWS, place_word_problems

    def example(level: int | None, prompt: str) -> Example:
        inputs = dict.fromkeys(INPUT_NAMES, 0.0) | {"word_problem": 1.0}
        target = {1: 0.5, 2: 0.6, 3: 0.7}[level] if level else 0.6
        return Example("chat", prompt, False, target, difficulty=level, inputs=inputs)

    text = TextFit({}, np.zeros(0), (0.0, np.zeros(0)), (0.0, np.zeros(0)))
    weights = dict.fromkeys(INPUT_NAMES, 0.0)
    hard = [example(3, f"puzzle {i}") for i in range(MIN_PLACEMENT_ROWS)]
    assert place_word_problems(hard, 0.0, weights, text) > 0.5
    easy = [example(1, f"sum {i}") for i in range(MIN_PLACEMENT_ROWS)]
    assert place_word_problems(easy, 0.0, weights, text) < 0.1
    too_few = [*hard[: MIN_PLACEMENT_ROWS - 1], example(None, "gsm8k story")]
    assert place_word_problems(too_few, 0.0, weights, text) == 0.0


def test_each_graded_file_reports_its_own_ordering(tmp_path: Path) -> None:
    """A team's graded file and the engineering questions are not pooled into one AUC."""
    report = train([*SAMPLES, DATA / "chat_questions.jsonl"], tmp_path / "a.json", seed=3)
    assert set(report.graded_auc) == {"engineering_questions", "chat_questions"}
    assert report.engineering_auc == report.graded_auc["engineering_questions"]
    assert "chat_questions test-half ordering AUC" in str(report)
