"""Cross-validation runs the serving scorer on folds of the training split only."""

from __future__ import annotations

from pathlib import Path

from bot.routing.training import load_examples
from bot.routing.training_cv import _fold_ids, cross_validate

DATA = Path(__file__).resolve().parents[2] / "data" / "routing"
SAMPLES = [
    DATA / "mmlu_sample.jsonl",
    DATA / "gsm8k_sample.jsonl",
    DATA / "engineering_questions.jsonl",
]


def test_cross_validate_reports_each_benchmark() -> None:
    examples = load_examples(SAMPLES)
    report = cross_validate(examples, k=3, seeds=(0,))
    assert set(report.apgr) == {"mmlu_sample", "gsm8k_sample"}
    for mean, spread in report.apgr.values():
        assert -1.0 <= mean <= 2.0 and spread >= 0.0
    assert report.engineering_auc is not None and 0.0 <= report.engineering_auc <= 1.0
    assert "APGR" in str(report)


def test_folds_are_balanced_per_source() -> None:
    examples = [e for e in load_examples(SAMPLES) if not e.heldout]
    folds = _fold_ids(examples, 5, seed=1)
    for source in {e.source for e in examples}:
        counts = [
            sum(1 for e, f in zip(examples, folds, strict=True) if e.source == source and f == j)
            for j in range(5)
        ]
        assert max(counts) - min(counts) <= 1
