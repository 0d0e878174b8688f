"""Training on the files `tandem router train --help` allows, and on files it cannot use.

A new user's file has prompt / weak_ok / strong_ok (or scores) and no engineering
`difficulty` labels; it must train. A file that cannot train must say why, not crash.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.routing.difficulty import DifficultyScorer
from bot.routing.training import TrainingDataError, train
from bot.routing.training_fit import GENERAL_INPUTS, PRIOR_WEIGHTS, WORD_PROBLEM_INPUTS

DATA = Path(__file__).resolve().parents[2] / "data" / "routing"
Row = dict[str, Any]


def _rows(name: str) -> list[Row]:
    rows = [json.loads(line) for line in (DATA / name).read_text().splitlines()]
    return [{k: r[k] for k in ("prompt", "weak_ok", "strong_ok")} for r in rows]


MMLU, GSM8K = _rows("mmlu_sample.jsonl"), _rows("gsm8k_sample.jsonl")


def _write(path: Path, rows: list[Row]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_prompt_and_labels_only_trains_with_the_prior_rules(tmp_path: Path) -> None:
    data = _write(tmp_path / "lab.jsonl", MMLU[:120] + GSM8K[:60])
    out = tmp_path / "my.json"
    report = train([data], out, seed=0, version="lab.1")
    scorer = DifficultyScorer.load(out)
    assert scorer.version == "lab.1"
    assert 0.0 <= scorer.score("why does my pod crash-loop after the upgrade?").value <= 1.0
    weights = json.loads(out.read_text())["model"]["rule_weights"]
    general = [n for n in GENERAL_INPUTS if n != "word_problem" and n not in WORD_PROBLEM_INPUTS]
    assert {n: weights[n] for n in general} == {n: PRIOR_WEIGHTS[n] for n in general}
    assert report.engineering_auc is None
    assert "difficulty" in str(report) and "prior" in str(report)
    assert set(report.heldout) == {"lab"}


def test_scores_train_like_the_same_labels_as_yes_no(tmp_path: Path) -> None:
    """weak_score / strong_score are scaled to 0..1 over the file: 3 / 9 act as 0 / 1."""
    rows = MMLU[:120]
    scored = [
        {"prompt": r["prompt"], "weak_score": 3 + 6 * r[w], "strong_score": 3 + 6 * r[s]}
        for r in rows
        for w, s in [("weak_ok", "strong_ok")]
    ]
    (tmp_path / "ok").mkdir(), (tmp_path / "score").mkdir()
    as_ok = train([_write(tmp_path / "ok" / "lab.jsonl", rows)], tmp_path / "a.json")
    as_score = train([_write(tmp_path / "score" / "lab.jsonl", scored)], tmp_path / "b.json")
    assert as_score.heldout == as_ok.heldout
    assert "scaled from 3..9 to 0..1" in str(as_score)
    model = [json.loads((tmp_path / f).read_text())["model"] for f in ("a.json", "b.json")]
    assert model[0] == model[1]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: MMLU[:5], "too few"),
        (lambda: [r | {"strong_ok": r["weak_ok"]} for r in MMLU], "weak_ok == strong_ok"),
        (lambda: [r | {"weak_ok": True, "strong_ok": True} for r in MMLU], "weak_ok == strong_ok"),
        (lambda: [{"prompt": r["prompt"], "sensitive": False} for r in MMLU], "no row has"),
        (lambda: [], "too few"),
    ],
    ids=["five-rows", "models-agree", "one-class", "no-quality-labels", "empty"],
)
def test_a_file_that_cannot_train_says_why(
    tmp_path: Path, make: Callable[[], list[Row]], message: str
) -> None:
    out = tmp_path / "never.json"
    with pytest.raises(TrainingDataError, match=message):
        train([_write(tmp_path / "bad.jsonl", make())], out)
    assert not out.exists()


def test_a_bad_line_is_a_training_data_error(tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text(json.dumps(MMLU[0]) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(TrainingDataError, match=r"bad\.jsonl:2"):
        train([data], tmp_path / "never.json")


@pytest.mark.parametrize("rows", [MMLU, GSM8K], ids=["no-word-problems", "only-word-problems"])
def test_one_kind_of_question_trains(tmp_path: Path, rows: list[Row]) -> None:
    out = tmp_path / "one.json"
    train([_write(tmp_path / "one.jsonl", rows)], out)
    assert 0.0 <= DifficultyScorer.load(out).score("A farmer has 3 cows and buys 2.").value <= 1.0


def test_unlabelled_rows_are_skipped_and_counted(tmp_path: Path) -> None:
    rows = MMLU[:120] + [{"prompt": "is this a secret?", "sensitive": False}] * 3
    report = train([_write(tmp_path / "mixed.jsonl", rows)], tmp_path / "mixed.json")
    assert "3 rows" in str(report) and "skipped" in str(report)
    assert sum(report.rows["mixed"].values()) == 120
