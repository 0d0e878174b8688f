"""Offline training of the difficulty scorer: fit, calibrate, evaluate, write the artifact.

Why it is shaped this way (5-fold CV on the training split; held-out numbers live in
the artifact's `metrics`):

* Target. Sending a prompt to the strong model gains quality only where it is right and
  the weak one wrong, and loses it in the reverse case; elsewhere it does not matter.
  Ranking by E[strong_ok - weak_ok | text] therefore maximises APGR, and a logistic fit
  to the soft label (1 + strong_ok - weak_ok) / 2 estimates 0.5 + E/2 on a logit scale.
* Two stages. Stage 1 fits the named rule inputs (`features.model_inputs`) offset by a
  hand-set engineering prior, so inputs the benchmarks never exercise (stack traces,
  logs, code) keep sensible weights. Stage 2 fits sublinear-tf, idf, L2-normed word
  counts with the stage-1 logit as a fixed offset: fitted jointly, the words memorised
  the small GSM8K set and length lost its credit (GSM8K CV 0.55 -> 0.60 staged).
  Function words are left out of the word model (in MMLU "i"/"my" mark the moral
  scenarios; in Slack they are everywhere) and its logit is shrunk by n / (n + 5) for
  n known words, so chit-chat is not judged on a few words (engineering AUC 0.85 ->
  0.89 in CV, MMLU -0.004).
* Engineering questions. The tune half of tests/data/routing/engineering_questions.jsonl
  (our labels 1..3) joins stage 1 with targets 0.5 / 0.6 / 0.7 on the benchmark label's
  scale. It costs MMLU about 0.013 APGR in CV (0.656 -> 0.643) and buys the ordering
  of engineering questions (AUC 0.61 -> 0.85); the test half is never trained on.
* Held-aside split: sha256(prompt) % 5 == 0, per benchmark, never fitted or tuned on.
  Only prompt text is used, never `subject`.
* Feedback. `FeedbackRow`s (stored, text-free features of past questions) become a
  strongly regularised logistic correction on top of the model, fitted with the model's
  logit as offset: local answers with a thumbs-down or an "ask the strong model" click
  count as "needed strong", local thumbs-up as "did not"; external answers say nothing
  about whether local would have done, so they are left out. Its weights are stored
  apart in the artifact and added at load time.

Deterministic for a given seed (it draws the calibration sample and the random
baseline); only `version` changes from day to day unless it is passed in.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import optimize, sparse  # type: ignore[import-untyped]

from bot.routing.difficulty import ARTIFACT_FORMAT, WORDING_FEATURE, DifficultyScorer, calibrate
from bot.routing.evaluation import compare_with_baselines, is_heldout, ordering_auc, read_rows
from bot.routing.features import (
    FEATURE_CONFIG,
    FUNCTION_WORDS,
    INPUT_NAMES,
    RULE_FEATURE_NAMES,
    featurise,
    model_inputs,
)

FloatArray = npt.NDArray[np.float64]

PRIOR_WEIGHTS: dict[str, float] = {
    "length": 0.5, "code": 0.3, "stack_trace": 1.0, "logs": 0.4, "debugging": 0.4,
    "math": 0.2, "numbers": 0.1, "reasoning": 0.6, "design": 0.7, "comparison": 0.4,
    "constraints": 0.3, "sub_questions": 0.4, "lookup": -0.4, "short_factual": -1.0,
    "word_problem": 0.0, "word_problem_length": 0.0,
}  # fmt: skip
HYPERPARAMETERS: dict[str, Any] = {
    "c_rules": 1.0,
    "c_text": 0.3,
    "min_df": 2,
    "engineering_weight": 100.0,
    "engineering_targets": {"1": 0.5, "2": 0.6, "3": 0.7},
    "word_problem_text_scale": 0.5,
    "calibration_per_benchmark": 300,
    "calibration_engineering_share": 0.6,
    "feedback_min_rows": 20,
    "feedback_l2": 5.0,
    "drop_function_words": True,
    "text_shrinkage": 5.0,
}


@dataclass(frozen=True)
class FeedbackRow:
    """One answered question as stored in the usage table: features, route, reaction."""

    features: Mapping[str, float]
    alias_privacy: str
    feedback: int | None
    escalated: bool


@dataclass(frozen=True)
class TrainReport:
    """What a training run used and reached; `str()` is the human summary."""

    rows: dict[str, dict[str, int]]
    heldout: dict[str, dict[str, dict[str, float]]]
    engineering_auc: float | None
    artifact_path: Path
    version: str
    feedback_rows: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"artifact_path": str(self.artifact_path)}

    def __str__(self) -> str:
        lines = [f"difficulty artifact {self.version} -> {self.artifact_path}"]
        lines += [f"  rows {src}: {counts}" for src, counts in self.rows.items()]
        for bench, methods in self.heldout.items():
            for name, m in methods.items():
                lines.append(
                    f"  held-out {bench:<6} {name:<7} APGR {m['apgr']:.4f} "
                    f"CPT(50%) {m['cpt50']:.2%} CPT(80%) {m['cpt80']:.2%}"
                )
        lines.append(f"  engineering test-half ordering AUC {self.engineering_auc}")
        return "\n".join(lines)


@dataclass
class Example:
    """A labelled prompt, featurised once."""

    source: str
    prompt: str
    heldout: bool
    target: float | None
    weak_ok: bool | None = None
    strong_ok: bool | None = None
    difficulty: int | None = None
    inputs: FloatArray = field(default_factory=lambda: np.zeros(0))
    words: Mapping[str, int] = field(default_factory=dict)


def _example(source: str, row: Mapping[str, Any]) -> Example:
    prompt = str(row["prompt"])
    if "difficulty" in row:
        level = int(row["difficulty"])
        target = HYPERPARAMETERS["engineering_targets"][str(level)]
        ex = Example(source, prompt, row.get("split") == "test", target, difficulty=level)
    else:
        weak, strong = bool(row["weak_ok"]), bool(row["strong_ok"])
        target = (1.0 + strong - weak) / 2.0
        ex = Example(source, prompt, is_heldout(prompt), target, weak, strong)
    feats = featurise(prompt)
    inputs = model_inputs(feats.rules)
    ex.inputs = np.array([inputs[name] for name in INPUT_NAMES])
    ex.words = feats.words
    return ex


def load_examples(paths: Sequence[Path]) -> list[Example]:
    """Benchmark rows (weak_ok/strong_ok) and graded rows (difficulty 1..3) of JSONL files."""
    return [_example(p.name.split(".")[0], row) for p in paths for row in read_rows(p)]


def fit_offset_logistic(
    x: Any, y: FloatArray, weight: FloatArray, offset: FloatArray, l2: float
) -> tuple[float, FloatArray]:
    """Weighted L2 logistic regression (soft labels) with a fixed per-row offset.

    sklearn has no offsets, and the offset is what lets stage 2 and the feedback layer
    learn only what the earlier stage did not. Returns (intercept, coefficients).
    """

    def loss(theta: FloatArray) -> tuple[float, FloatArray]:
        z = offset + x @ theta[1:] + theta[0]
        value = np.sum(weight * (np.logaddexp(0.0, z) - y * z))
        resid = weight * (1.0 / (1.0 + np.exp(-z)) - y)
        grad = np.concatenate(([resid.sum()], x.T @ resid + l2 * theta[1:]))
        return float(value + 0.5 * l2 * theta[1:] @ theta[1:]), grad

    start = np.zeros(x.shape[1] + 1)
    res = optimize.minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return float(res.x[0]), np.asarray(res.x[1:], dtype=np.float64)


def _standardise(x: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Z-scores, with (numerically) constant columns zeroed so they get no weight."""
    mu, sd = x.mean(axis=0), x.std(axis=0)
    constant = sd < 1e-9
    sd[constant] = 1.0
    z = (x - mu) / sd
    z[:, constant] = 0.0
    return z, mu, sd


def _fit_rules(r: FloatArray, y: FloatArray, w: FloatArray) -> tuple[float, FloatArray]:
    """Stage 1: rule weights = prior + standardised, L2-penalised adjustments."""
    prior = np.array([PRIOR_WEIGHTS[name] for name in INPUT_NAMES])
    z, mu, sd = _standardise(r)
    b, beta = fit_offset_logistic(z, y, w, r @ prior, 1.0 / HYPERPARAMETERS["c_rules"])
    return b - float(np.sum(beta * mu / sd)), prior + beta / sd


def _vocabulary(docs: Sequence[Mapping[str, int]]) -> tuple[dict[str, int], FloatArray]:
    """Words in at least min_df training prompts, with smoothed idf (as sklearn's)."""
    df: dict[str, int] = {}
    for doc in docs:
        for word in doc:
            df[word] = df.get(word, 0) + 1
    skip = FUNCTION_WORDS if HYPERPARAMETERS["drop_function_words"] else frozenset()
    words = sorted(wd for wd, n in df.items() if n >= HYPERPARAMETERS["min_df"] and wd not in skip)
    idf = np.array([math.log((1 + len(docs)) / (1 + df[wd])) + 1.0 for wd in words])
    return {wd: i for i, wd in enumerate(words)}, idf


def _tfidf(examples: Sequence[Example], index: Mapping[str, int], idf: FloatArray) -> Any:
    """The runtime's word features as a sparse matrix: shrunk rows, scaled word problems."""
    data: list[float] = []
    cols: list[int] = []
    ptr = [0]
    scale = np.ones(len(examples))
    k = HYPERPARAMETERS["text_shrinkage"]
    for i, ex in enumerate(examples):
        for word, count in ex.words.items():
            j = index.get(word)
            if j is not None:
                cols.append(j)
                data.append((1.0 + math.log(count)) * idf[j])
        found = len(cols) - ptr[-1]
        ptr.append(len(cols))
        scale[i] = found / (found + k) if found else 1.0
        if ex.inputs[INPUT_NAMES.index("word_problem")] > 0:
            scale[i] *= HYPERPARAMETERS["word_problem_text_scale"]
    m = sparse.csr_matrix((data, cols, ptr), shape=(len(examples), len(index)))
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0.0] = 1.0
    return sparse.diags(scale / norms) @ m


def fit_model(train: Sequence[Example]) -> dict[str, Any]:
    """Both stages on the training examples; returns the artifact's `model` section.

    Graded engineering questions inform the rule weights only: 80 questions are too few
    to teach word weights without memorising their topics ("kafka" is not hard).
    """
    r = np.array([ex.inputs for ex in train])
    y = np.array([ex.target for ex in train], dtype=np.float64)
    w = np.array([HYPERPARAMETERS["engineering_weight"] if ex.difficulty else 1.0 for ex in train])
    b1, rule_w = _fit_rules(r, y, w)
    keep = [i for i, ex in enumerate(train) if not ex.difficulty]
    bench = [train[i] for i in keep]
    index, idf = _vocabulary([ex.words for ex in bench])
    offset = (r @ rule_w + b1)[keep]
    b2, text_w = fit_offset_logistic(
        _tfidf(bench, index, idf), y[keep], w[keep], offset, 1.0 / HYPERPARAMETERS["c_text"]
    )
    vocabulary = {
        word: [float(f"{text_w[j] * idf[j]:.5g}"), round(float(idf[j] ** 2), 4)]
        for word, j in index.items()
    }
    return {
        "bias": round(b1 + b2, 6),
        "rule_weights": {n: round(float(v), 6) for n, v in zip(INPUT_NAMES, rule_w, strict=True)},
        "prior_weights": PRIOR_WEIGHTS,
        "word_problem_text_scale": HYPERPARAMETERS["word_problem_text_scale"],
        "text_shrinkage": HYPERPARAMETERS["text_shrinkage"],
        "vocabulary": vocabulary,
    }


def _feedback_label(row: FeedbackRow) -> float | None:
    if row.alias_privacy != "local":
        return None
    if row.escalated or row.feedback == -1:
        return 1.0
    return 0.0 if row.feedback == 1 else None


def fit_feedback(scorer: DifficultyScorer, rows: Sequence[FeedbackRow]) -> dict[str, Any] | None:
    """The stacking correction learned from the team's reactions, or None if too few."""
    labelled = [(r, lab) for r in rows if (lab := _feedback_label(r)) is not None]
    if len(labelled) < HYPERPARAMETERS["feedback_min_rows"]:
        return None
    names = (*INPUT_NAMES, WORDING_FEATURE)
    feats = []
    offset = []
    for row, _ in labelled:
        rules = {k: float(row.features.get(k, 0.0)) for k in RULE_FEATURE_NAMES}
        inputs = model_inputs(rules)
        wording = float(row.features.get(WORDING_FEATURE, 0.0))
        feats.append([*(inputs[n] for n in INPUT_NAMES), wording])
        offset.append(scorer.logit(inputs, wording))
    z, mu, sd = _standardise(np.array(feats))
    y = np.array([lab for _, lab in labelled])
    b, g = fit_offset_logistic(
        z, y, np.ones(len(y)), np.array(offset), HYPERPARAMETERS["feedback_l2"]
    )
    return {
        "bias": round(b - float(np.sum(g * mu / sd)), 6),
        "weights": {n: round(float(v), 6) for n, v in zip(names, g / sd, strict=True)},
        "rows": len(labelled),
    }


def _calibration_set(examples: Sequence[Example], seed: int) -> tuple[list[Example], FloatArray]:
    """Engineering questions (all) plus a seeded sample of each benchmark's training rows."""
    rng = np.random.default_rng(seed)
    graded = [ex for ex in examples if ex.difficulty]
    chosen: list[Example] = list(graded)
    weights = [HYPERPARAMETERS["calibration_engineering_share"] / len(graded)] * len(graded)
    benches = sorted({ex.source for ex in examples if ex.difficulty is None})
    for bench in benches:
        pool = [ex for ex in examples if ex.source == bench and not ex.heldout]
        take = min(HYPERPARAMETERS["calibration_per_benchmark"], len(pool))
        picked = [pool[i] for i in sorted(rng.choice(len(pool), size=take, replace=False))]
        share = (1.0 - HYPERPARAMETERS["calibration_engineering_share"]) / len(benches)
        chosen += picked
        weights += [share / take] * take
    return chosen, np.array(weights)


def _calibrate(artifact: dict[str, Any], examples: Sequence[Example], seed: int) -> None:
    chosen, weights = _calibration_set(examples, seed)
    calibrate(artifact, [ex.prompt for ex in chosen], weights.tolist())
    artifact["calibration"]["rows"] = _row_counts(chosen)
    artifact["calibration"]["engineering_share"] = HYPERPARAMETERS["calibration_engineering_share"]


def heldout_metrics(
    scorer: DifficultyScorer, examples: Sequence[Example], seed: int
) -> dict[str, dict[str, dict[str, float]]]:
    """Router and baselines on each benchmark's held-aside rows, separately."""
    out: dict[str, dict[str, dict[str, float]]] = {}
    for bench in sorted({ex.source for ex in examples if ex.difficulty is None}):
        rows = [ex for ex in examples if ex.source == bench and ex.heldout]
        methods = compare_with_baselines(
            [scorer.score(ex.prompt).value for ex in rows],
            [ex.prompt for ex in rows],
            [float(bool(ex.weak_ok)) for ex in rows],
            [float(bool(ex.strong_ok)) for ex in rows],
            seed=seed,
        )
        out[bench] = {name: m.rounded() for name, m in methods.items()}
        out[bench]["router"]["rows"] = len(rows)
    return out


def _row_counts(examples: Sequence[Example]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for ex in examples:
        c = counts.setdefault(ex.source, {"train": 0, "heldout": 0})
        c["heldout" if ex.heldout else "train"] += 1
    return counts


def build_artifact(
    examples: Sequence[Example], feedback: Sequence[FeedbackRow], seed: int, version: str
) -> dict[str, Any]:
    """Fit on the training split, add the feedback layer, calibrate."""
    artifact: dict[str, Any] = {
        "format": ARTIFACT_FORMAT,
        "version": version,
        "model": fit_model([ex for ex in examples if not ex.heldout]),
        "squash": {"center": 0.0, "scale": 1.0},
        "reference": {},
        "calibration": {"quantiles": [0.0, 1.0]},
        "feature_config": FEATURE_CONFIG,
    }
    artifact["feedback"] = fit_feedback(DifficultyScorer(artifact), feedback)
    _calibrate(artifact, examples, seed)
    return artifact


def _engineering_auc(scorer: DifficultyScorer, examples: Sequence[Example]) -> float | None:
    graded = [ex for ex in examples if ex.difficulty and ex.heldout]
    if not graded:
        return None
    scores = [scorer.score(ex.prompt).value for ex in graded]
    return round(ordering_auc(scores, [float(ex.difficulty or 0) for ex in graded]), 6)


def train(
    dataset_paths: Sequence[Path],
    out_path: Path,
    *,
    feedback: Sequence[FeedbackRow] = (),
    seed: int = 0,
    version: str | None = None,
) -> TrainReport:
    """Fit on the training split, calibrate, measure on the held-aside split, write JSON."""
    examples = load_examples(dataset_paths)
    version = version or f"{dt.date.today().isoformat()}.1"
    artifact = build_artifact(examples, feedback, seed, version)
    scorer = DifficultyScorer(artifact)
    report = TrainReport(
        rows=_row_counts(examples),
        heldout=heldout_metrics(scorer, examples, seed),
        engineering_auc=_engineering_auc(scorer, examples),
        artifact_path=out_path,
        version=version,
        feedback_rows=(artifact["feedback"] or {}).get("rows", 0),
    )
    artifact["training"] = {
        "seed": seed,
        "rows": report.rows,
        "hyperparameters": HYPERPARAMETERS,
        "split": "held out: sha256(prompt) % 5 == 0; engineering: split == test",
        "feedback_rows": report.feedback_rows,
    }
    artifact["metrics"] = {
        "heldout": report.heldout,
        "engineering_test_auc": report.engineering_auc,
    }
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(artifact, separators=(",", ":")) + "\n", encoding="utf-8")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """CLI: python -m bot.routing.training --out ARTIFACT DATASET.jsonl..."""
    parser = argparse.ArgumentParser(prog="python -m bot.routing.training")
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--version", default=None)
    args = parser.parse_args(argv)
    print(train(args.datasets, args.out, seed=args.seed, version=args.version))
    return 0


if __name__ == "__main__":
    sys.exit(main())
