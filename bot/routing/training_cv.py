"""Cross-validation on the training split: how every modelling choice was judged.

The held-aside split (sha256 % 5 == 0) is looked at once per shipped model; choices are
made on these numbers instead. Folds are stratified by source, scores come from the
serving code (`DifficultyScorer.explain`), so CV measures exactly what ships.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from bot.routing.apgr import apgr, ordering_auc
from bot.routing.difficulty import ARTIFACT_FORMAT, DifficultyScorer
from bot.routing.training_fit import ENGINEERING_SOURCE, Example, FloatArray, fit_model


@dataclass(frozen=True)
class CVReport:
    """Per-benchmark APGR: mean and spread over folds, and of the pooled out-of-fold scores."""

    folds: int
    seeds: tuple[int, ...]
    apgr: dict[str, tuple[float, float]]
    pooled_apgr: dict[str, float]
    engineering_auc: float | None

    def __str__(self) -> str:
        lines = [f"{self.folds}-fold CV on the training split, seeds {list(self.seeds)}"]
        for bench, (mean, sd) in self.apgr.items():
            pooled = self.pooled_apgr[bench]
            lines.append(f"  {bench:<8} APGR {mean:.4f} +- {sd:.3f} (pooled {pooled:.4f})")
        lines.append(f"  engineering tune-half out-of-fold AUC {self.engineering_auc}")
        return "\n".join(lines)


def _fold_ids(examples: Sequence[Example], k: int, seed: int) -> FloatArray:
    """Fold of each example, dealt round-robin in a seeded order within each source."""
    rng = np.random.default_rng(seed)
    out = np.zeros(len(examples))
    for source in sorted({ex.source for ex in examples}):
        idx = [i for i, ex in enumerate(examples) if ex.source == source]
        for j, p in enumerate(rng.permutation(len(idx))):
            out[idx[p]] = j % k
    return out


def _raw_scorer(model: dict[str, Any]) -> DifficultyScorer:
    return DifficultyScorer(
        {
            "format": ARTIFACT_FORMAT,
            "version": "cv",
            "model": model,
            "squash": {"center": 0.0, "scale": 1.0},
            "reference": {},
            "calibration": {"quantiles": [0.0, 1.0]},
        }
    )


def _apgr_of(examples: Sequence[Example], scores: FloatArray) -> float:
    weak = [float(ex.weak_ok or 0.0) for ex in examples]
    strong = [float(ex.strong_ok or 0.0) for ex in examples]
    return apgr(scores, weak, strong)


def out_of_fold(examples: Sequence[Example], k: int, seed: int) -> tuple[FloatArray, FloatArray]:
    """(raw logit of every example from the model not trained on it, fold ids)."""
    folds = _fold_ids(examples, k, seed)
    oof = np.zeros(len(examples))
    for j in range(k):
        fitted = [ex for ex, f in zip(examples, folds, strict=True) if f != j]
        scorer = _raw_scorer(fit_model(fitted))
        for i in np.flatnonzero(folds == j).tolist():
            oof[i] = scorer.explain(examples[i].prompt)[2]
    return oof, folds


def _r(value: Any) -> float:
    return round(float(value), 4)


def cross_validate(
    examples: Sequence[Example], *, k: int = 5, seeds: Sequence[int] = (0,)
) -> CVReport:
    """k-fold CV of the whole model on the training split (held-aside rows are dropped)."""
    train = [ex for ex in examples if not ex.heldout]
    benches = sorted({ex.source for ex in train if ex.difficulty is None})
    per_fold: dict[str, list[float]] = {b: [] for b in benches}
    pooled: dict[str, list[float]] = {b: [] for b in benches}
    aucs: list[float] = []
    for seed in seeds:
        oof, folds = out_of_fold(train, k, seed)
        for bench in benches:
            idx = np.array([i for i, ex in enumerate(train) if ex.source == bench])
            pooled[bench].append(_apgr_of([train[i] for i in idx.tolist()], oof[idx]))
            for j in range(k):
                part = idx[folds[idx] == j]
                per_fold[bench].append(_apgr_of([train[i] for i in part.tolist()], oof[part]))
        # The engineering questions' AUC (every graded file's if there is none of those).
        graded = [i for i, ex in enumerate(train) if ex.difficulty]
        if any(train[i].source == ENGINEERING_SOURCE for i in graded):
            graded = [i for i in graded if train[i].source == ENGINEERING_SOURCE]
        if graded:
            labels = [float(train[i].difficulty or 0) for i in graded]
            aucs.append(ordering_auc(oof[graded].tolist(), labels))
    return CVReport(
        folds=k,
        seeds=tuple(seeds),
        apgr={b: (_r(np.mean(v)), _r(np.std(v))) for b, v in per_fold.items()},
        pooled_apgr={b: _r(np.mean(v)) for b, v in pooled.items()},
        engineering_auc=_r(np.mean(aucs)) if aucs else None,
    )
