"""Offline training of the difficulty scorer: fit, calibrate, evaluate, write the artifact.

Repro (writes the shipped artifact and prints held-aside metrics; add --cv for the CV):
    .venv/bin/python -m bot.routing.training --version 2026-11-28.1 \
      --out bot/routing/artifacts/difficulty.json /work/shared/routing/mmlu.dev.jsonl \
      /work/shared/routing/gsm8k.dev.jsonl tests/data/routing/engineering_questions.jsonl \
      tests/data/routing/chat_questions.jsonl

Why it is shaped this way. Every choice below was made on 5-fold CV of the training
split (seeds 0 and 1, `training_cv`; "APGR a / b" = MMLU / GSM8K mean over folds);
the held-aside split (sha256(prompt) % 5 == 0) was not used to choose anything.

* Target. Sending a prompt to the strong model gains quality only where it is right and
  the weak one wrong, so ranking by E[strong_ok - weak_ok | text] maximises APGR.
  Stage 1 fits it as a soft label (1 + strong_ok - weak_ok) / 2. For the words, two
  heads, P(strong right) and P(weak right), ranked by their difference, beat the soft
  label (MMLU 0.662 -> 0.678, word-only model), ridge on the gap (0.659) and a logistic
  fit only on the rows where the models disagree (0.627): every row informs each head.
* Stage 1, rules (`training_fit.fit_rules`): the named inputs offset by a hand-set
  engineering prior, fitted with the tune half of tests/data/routing/
  engineering_questions.jsonl (our labels 1..3 as targets 0.5 / 0.6 / 0.7), so inputs
  the benchmarks never exercise (stack traces, logs, code) keep sensible weights. On
  its own it orders MMLU badly (0.544); its job is Slack traffic.
* Stage 2, wording (`fit_text`): the two word heads (sublinear tf-idf, function words
  dropped, C 0.3), combined as the logit of (1 + d) / 2 times a gain of 8, shrunk by
  n / (n + 5) for n known words so short chat is judged on its rules. Gain 1 / 2 / 4 /
  8: MMLU 0.640 / 0.657 / 0.666 / 0.666 with engineering out-of-fold AUC falling 0.91 ->
  0.84-0.88; 8 keeps the AUC well above 0.8. Word bigrams (+0.003) and character
  n-grams (+0.000) were not worth the artifact size and lookups.
* Stage 3, word problems (`fit_word_problem_head`): the wording says little about a
  GSM8K problem (words alone: 0.52-0.54, noise), its structure does. Counts of
  relational quantities, ages, ordinals, remainders, fractions, units, clauses and
  numbers (`features_word_problem`, only behind the word-problem gate) get their own
  L2 logistic head, fitted on word problems of mostly-word-problem sources with the
  earlier stages as offset, and folded into the rule weights. For word problems the
  wording is scaled to 1/16. GSM8K CV: 0.604 (old model) -> 0.64. Tried and not
  better in CV: gradient-boosted trees on the same counts (0.61-0.62), random forest
  (0.626), fitting the head on MMLU's quantitative questions too (-0.02), the wording
  as a head input (0.57: in-sample wording leaks).
* Stage 3, revised (2026-11-27.3). Two changes, each judged on the same CV (seeds 0, 1;
  then confirmed on fold seeds 2, 3, 4, never used for a choice): (a) a new input,
  `wp_question_quantities`, the numbers stated in the sentence that asks ("... in 3
  weeks?"): it lowers the score, since the last step starts from a given value instead
  of from everything derived before it; (b) sign-constrained head weights (each
  structure count >= 0, the easing input <= 0) with L2 100 instead of 300.
  GSM8K / MMLU / engineering AUC: before 0.645 +- 0.061 / 0.670 / 0.867; (a) alone
  0.653 / 0.670; (b) alone 0.650 / 0.669; both, L2 300: 0.660 / 0.670; both, L2 100
  (shipped): 0.664 +- 0.055 / 0.670 / 0.867 (pooled GSM8K 0.632 -> 0.659). Seeds 2-4:
  GSM8K 0.649 -> 0.671, MMLU 0.665 -> 0.664, AUC 0.842 -> 0.842. Head L2 30-150 all
  gave 0.663-0.668 (flat). Tried and not better, on a harness that refits only this
  head over cached per-fold offsets (equal to the full CV at the old setting): counts
  of operation words (each / per / times / half / percent / remaining / more than ...),
  a steps estimate (operations + quantities - 1), quantities in total, sentences with
  a number, implied constants (dozen, week, hour ...), clock times, the largest number,
  non-integers, back-references (it / remaining / then ...) and sentences that operate
  on an earlier result, question-asks-for-a-difference/ratio, number density: each
  -0.003..+0.002 alone (free fit) and +0.000..+0.005 with the sign constraints, so none
  was added; "share of all quantities that are in the question" (0.659) and "numbers
  before the question" (0.648) did worse than the plain count; rank-averaging the head
  with the earlier stages instead of adding logits: 0.640-0.669 for weights 0.75-0.25,
  no better than adding (0.666 there) and it would need stored rank tables at run time.
* Stage 3, tried after 2026-11-27.3; nothing adopted. Rule fixed first: +0.010 GSM8K on
  fold seeds 0-1 and on 2-4, MMLU and AUC within 0.003. Judged on a harness that refits
  only the head over cached per-fold offsets (equal to the full CV at the shipped
  setting): GSM8K / MMLU / AUC 0.664 +- 0.055 / 0.670 / 0.867 (seeds 0-1), 0.671 +-
  0.066 / 0.664 / 0.842 (seeds 2-4). GSM8K, seeds 0-1: the head bagged over 50
  bootstraps 0.661; heads averaged over L2 30-1000 0.665; a gain of 0.7-1.5 on the head
  0.662-0.667; products of two counts (quantities x sentences / commas / relational /
  ordinals ..., 11 pairs) 0.662-0.669; a monotone step function per count (a monotone
  additive model) 0.618-0.663; two structure heads, P(strong right) and P(weak right),
  0.651-0.661, or 0.670 added to the linear head; a pairwise ranking loss 0.665-0.668;
  target 1 - weak_ok or strong_ok * (1 - weak_ok) 0.635-0.654; the general inputs
  re-weighted for word problems 0.660-0.669; eight light-parse counts (kinds of things
  counted, numbers after each / per, most numbers in one sentence, sentences without a
  number, relational sentences, question words not in the body, numbers outside the
  question, question length) 0.659-0.665; word-problem wording scale 0 / 1/32 / 1/8
  0.668 / 0.667 / 0.661 (MMLU 0.669 / 0.669 / 0.671); L2 on the raw instead of the
  standardised scale 0.650-0.670 (best, L2 10: 0.670, then 0.669 on seeds 2-4). Best of
  all, monotone gradient boosting (depth-3 trees on the head's inputs over the same
  offset, 200 rounds of 0.05, leaves >= 40 rows): 0.683 +- 0.054 / 0.670 / 0.868, but
  seeds 2-4 gave 0.678 +- 0.072 (+0.006) / 0.665 / 0.842, and its gain hangs on one
  split, age problems (58 rows, weak 0.48 / strong 0.91): with leaves >= 45 rows it
  cannot isolate them and falls to 0.642-0.665.
* A label artefact, deliberately not learned: GPT-4's `strong_ok` is 0.44 on the GSM8K
  problems that quote cent prices ("$4.00", "$1.50"; 48 training rows, 18 of the 59
  where only the weak model is right) against 0.88 on the rest, while the weak model
  is 0.65 on both; "$X.00" problems are the worst (0.31). That is answer formatting
  meeting an exact-match grader, not difficulty. Letting `wp_decimals` lower the score
  (easing sign) gives GSM8K CV 0.674 / 0.680 (seeds 0-1 / 2-4), with L2 on the raw scale
  0.679 / 0.682, MMLU and AUC unchanged; it would teach the scorer the grader, and a
  Slack user asking such a question needs the strong model as much as for any other.
  The held-aside rows presumably carry the same artefact, part of the gap to 0.65.
* Honest caveat: the word-problem categories were picked after reading word / gap
  statistics of the GSM8K training split, so its CV is somewhat optimistic. The
  best GSM8K CV of any variant was 0.67 (a GSM8K-only regex-feature logistic); with
  838 training rows and fold APGR spread +-0.05, 0.65 on 211 held-aside rows is
  within noise either way. The same holds for `wp_question_quantities` (2026-11-27.3):
  it was one of ~17 candidates screened by correlation and CV on that training split,
  though its gain held on fold seeds that played no part in choosing it.
* Held-aside looks (each a full train + held-aside evaluation), in order: 1. the
  previous model, MMLU 0.633 / GSM8K 0.500. 2. 2026-11-27.2 (CV above fixed first),
  MMLU 0.670 / GSM8K 0.617, engineering test-half AUC 0.825. The same model was
  retrained once more only to record the feature list in the artifact (same numbers).
  3. 2026-11-27.3 (everything above fixed on CV first; this look chose nothing):
  MMLU 0.666 (CPT50 28.6%, CPT80 60.0%) / GSM8K 0.598 (CPT50 45.3%, CPT80 67.4%),
  engineering test-half AUC 0.825; length rule 0.603 / 0.491, random 0.501 / 0.509.
  GSM8K is 0.019 below look 2 although CV rose 0.645 -> 0.664: with 211 rows and a
  fold spread of +-0.055 that is within noise, but it is not the 0.65 of Issue 4.
* The word-problem gate, 2026-11-27.4 (a generalisation fix, not chosen on any benchmark
  figure). Until .3 a question was a word problem if it held two numbers and asked
  something, so 25 of 32 engineering questions holding numbers ("Why does Python 3.12
  break code that worked on 3.11?", "Should we use 3 or 5 replicas for etcd?") were scored
  by the word-problem head, with their wording at 1/16: 0.03-0.13 against 0.31-0.96 for the
  same questions without the numbers, and a footer naming "multi_step_math". The gate now
  also wants no software numbers (versions, sizes, latencies, ``p99``, ``HTTP/2``,
  ``O(n)``) and a quantity stated before the question sentence (or a quantity question
  over three or more); it keeps 98.2 % of GSM8K's development problems and lets 5 of the
  32 through (two are arithmetic in engineering dress). CV, seeds 0-1: GSM8K / MMLU / AUC
  0.664 / 0.670 / 0.867 -> 0.655 +- 0.057 / 0.670 / 0.866 (GSM8K within its fold spread;
  the 8 development problems the gate drops are scored by the general model). Held-aside
  look 4 (this look chose nothing): MMLU 0.666 (CPT50 27.9 %, CPT80 62.7 %) / GSM8K 0.598
  (CPT50 46.8 %, CPT80 67.2 %), engineering test-half AUC 0.825: as look 3. Tried with it
  and not kept: dropping digit shapes (``#``, ``##``) from the words, which still pull
  "Postgres 15 vs MySQL 8" down (0.05 against 0.50 without the numbers): GSM8K 0.659,
  MMLU 0.653 (-0.017), engineering OOF AUC 0.878 (+0.012), test-half AUC 0.863; the MMLU
  loss is larger than the fold spread (+-0.025 over folds, but the same folds), and MMLU
  is the target that is met, so the shapes stay.
* Digit shapes next to software numbers, 2026-11-27.5 (again for Slack traffic). A
  question holding a software number (the gate's test: 2.7 % of MMLU, 0.2 % of GSM8K,
  11.5 % of the engineering set) is read by the wording without its digit shapes, since
  there a bare number marks nothing; elsewhere they stay. CV, seeds 0-1: GSM8K / MMLU /
  engineering OOF AUC 0.655 / 0.670 / 0.866 -> 0.657 +- 0.056 / 0.669 / 0.876. Pairs of
  questions with and without their numbers now score alike ("Postgres 15 and MySQL 8"
  0.05 -> 0.50, against 0.52 without; "3 or 5 replicas" 0.40 -> 0.35, 0.33). Held-aside
  look 5 (chose nothing): MMLU 0.666 (CPT50 26.8 %, CPT80 60.7 %) / GSM8K 0.594 (CPT50
  46.8 %, CPT80 67.8 %), engineering test-half AUC 0.822: as look 4 within noise.
* Open-ended chat, 2026-11-28.1 (a generalisation fix; issue 4 judges the router on "open-ended
  chat questions" it has never seen). Three sets of chat and Slack questions with judged
  weak / strong scores (MT-Bench's 1-10 scale for a Llama-3.1-8B-class and a GPT-4-class
  answer) were written blind by helper sessions that read nothing in the repository; the
  labels are one writer's estimate each, not model outputs. First sight of 2026-11-27.5: set
  A 0.495, set B 0.509, set C 0.481 APGR, against a prompt-length rule at 0.553 / 0.563 /
  0.563: random. It scored "7^2024 mod 13" 0.04 and a haiku 0.68 (math and reasoning have
  the largest gaps in all three sets, writing and role-play the smallest), because (a) the
  word-problem head judges every question with numbers and a question like a GSM8K story,
  where short means easy; (b) the MMLU-learned wording, at gain 8, ordered free-form
  questions worse than none (engineering test-half AUC 0.822 at gain 8, 0.93 at gain 1).
  Changes, chosen on sets A and B (now `tests/data/routing/chat_questions.jsonl`, graded
  1 / 2 / 3 by gap <= 1 / 2-3 / >= 4 and split like the engineering file) and the benchmark
  CV; set C (`chat_heldout.jsonl`) was looked at once, after:
  - task-kind inputs (`features_task`): formal mathematics, puzzles, extraction, prose
    writing, role-play; mathematics and puzzles are not word problems (the gate);
  - the wording at full gain only for questions offering lettered answers (the kind it was
    learned from), a quarter elsewhere (`free_form_text_scale`; 0 / 0.25 / 0.5 / 1: chat
    0.562 / 0.558 / 0.549 / 0.539, engineering AUC 0.92 / 0.92 / 0.89 / 0.81); MMLU, all
    exam-style, is untouched by it;
  - stage 4 (`place_word_problems`): one constant for all word problems, fitted on graded
    questions that are word problems (20 in A and B), so puzzles sit where their gaps put
    them; GSM8K's order cannot change (chat test half 0.572 -> 0.593);
  - graded rows weigh 300 instead of 100 (30 / 100 / 300 / 1000: chat test half 0.548 /
    0.567 / 0.572 / 0.577; 100 / 300 / 1000: GSM8K CV 0.650 / 0.649 / 0.646, MMLU 0.661 /
    0.660 / 0.660);
  - the threshold is calibrated on the graded (Slack-style) questions alone
    (`calibration_engineering_share` 1.0): with 40 % benchmark rows, whose full-strength
    wording spreads them wider, the bundled 25 % target sent 14 of 56 hard engineering
    questions to the strong model; now 43 (and 0 of 59 easy ones).
  CV, seeds 0-1, GSM8K / MMLU: 0.657 / 0.669 -> 0.648 / 0.657 (within the fold spread);
  engineering test-half AUC 0.822 -> 0.922. Held-aside look 6 was an intermediate candidate (task
  inputs, set A graded, free-form scale; before the weight, stage 4 and the calibration change,
  which were chosen on sets A and B and CV): MMLU 0.664 / GSM8K 0.583. Look 7 (2026-11-28.1, chose
  nothing): MMLU 0.658 (CPT50 25.6 %, CPT80 64.3 %), GSM8K 0.606 (45.3 %, 66.5 %). Set C, once:
  0.555 (bootstrap 0.530-0.581) against 0.481 before; the length rule 0.563. So on open chat the
  score is now better than random and about as good as length, not better: in-sample, a ridge on
  every rule input reaches only 0.63 on set A, so more needs a model of what the question asks,
  which these inputs do not have.
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
import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.routing.apgr import compare_with_baselines, ordering_auc
from bot.routing.difficulty import ARTIFACT_FORMAT, WORDING_FEATURE, DifficultyScorer, calibrate
from bot.routing.features import FEATURE_CONFIG, INPUT_NAMES, RULE_FEATURE_NAMES, model_inputs
from bot.routing.training_data import (
    TrainingDataError,
    check_trainable,
    load_examples,
    load_training_data,
    run_notes,
)
from bot.routing.training_fit import (
    ENGINEERING_SOURCE,
    HYPERPARAMETERS,
    Example,
    FloatArray,
    fit_model,
    fit_offset_logistic,
    standardise,
)

REPRO = (
    ".venv/bin/python -m bot.routing.training --version VERSION --out "
    "bot/routing/artifacts/difficulty.json /work/shared/routing/mmlu.dev.jsonl "
    "/work/shared/routing/gsm8k.dev.jsonl tests/data/routing/engineering_questions.jsonl "
    "tests/data/routing/chat_questions.jsonl"
)
__all__ = [
    "FeedbackRow",
    "TrainReport",
    "TrainingDataError",
    "fit_offset_logistic",
    "load_examples",
    "main",
    "train",
]


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
    graded_auc: dict[str, float]
    artifact_path: Path
    version: str
    feedback_rows: int = 0
    notes: tuple[str, ...] = ()

    @property
    def engineering_auc(self) -> float | None:
        """The test-half AUC of the engineering questions (of the one graded file if the
        run had another)."""
        if ENGINEERING_SOURCE in self.graded_auc or len(self.graded_auc) != 1:
            return self.graded_auc.get(ENGINEERING_SOURCE)
        return next(iter(self.graded_auc.values()))

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
        lines += [
            f"  {source} test-half ordering AUC {auc}" for source, auc in self.graded_auc.items()
        ]
        lines += [f"  note: {note}" for note in self.notes]
        return "\n".join(lines)


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
    z, mu, sd = standardise(np.array(feats))
    y = np.array([lab for _, lab in labelled])
    b, g = fit_offset_logistic(
        z, y, np.ones(len(y)), np.array(offset), HYPERPARAMETERS["feedback_l2"]
    )
    return {
        "bias": round(b - float(np.sum(g * mu / sd)), 6),
        "weights": {n: round(float(v), 6) for n, v in zip(names, g / sd, strict=True)},
        "rows": len(labelled),
    }


def _engineering_share(examples: Sequence[Example]) -> float:
    """The calibration weight of the graded questions: none when the files have none."""
    graded = any(ex.difficulty for ex in examples)
    return float(HYPERPARAMETERS["calibration_engineering_share"]) if graded else 0.0


def _calibration_set(examples: Sequence[Example], seed: int) -> tuple[list[Example], FloatArray]:
    """Engineering questions (all) plus a seeded sample of each benchmark's training rows."""
    rng = np.random.default_rng(seed)
    graded = [ex for ex in examples if ex.difficulty]
    chosen: list[Example] = list(graded)
    weights = [_engineering_share(examples) / len(graded)] * len(graded) if graded else []
    pools = {
        bench: pool
        for bench in sorted({ex.source for ex in examples if ex.difficulty is None})
        if (pool := [ex for ex in examples if ex.source == bench and not ex.heldout])
    }
    for pool in pools.values():
        take = min(HYPERPARAMETERS["calibration_per_benchmark"], len(pool))
        picked = [pool[i] for i in sorted(rng.choice(len(pool), size=take, replace=False))]
        share = (1.0 - _engineering_share(examples)) / len(pools)
        chosen += picked
        weights += [share / take] * take
    return chosen, np.array(weights)


def _calibrate(artifact: dict[str, Any], examples: Sequence[Example], seed: int) -> None:
    chosen, weights = _calibration_set(examples, seed)
    calibrate(artifact, [ex.prompt for ex in chosen], weights.tolist())
    artifact["calibration"]["rows"] = _row_counts(chosen)
    artifact["calibration"]["engineering_share"] = _engineering_share(examples)


def heldout_metrics(
    scorer: DifficultyScorer, examples: Sequence[Example], seed: int
) -> dict[str, dict[str, dict[str, float]]]:
    """Router and baselines on each benchmark's held-aside rows, separately.

    A benchmark whose held-aside rows give both models the same mean quality (or that
    has none) is left out: there is no gap to recover, APGR is undefined.
    """
    out: dict[str, dict[str, dict[str, float]]] = {}
    for bench in sorted({ex.source for ex in examples if ex.difficulty is None}):
        rows = [ex for ex in examples if ex.source == bench and ex.heldout]
        weak = [float(ex.weak_ok or 0.0) for ex in rows]
        strong = [float(ex.strong_ok or 0.0) for ex in rows]
        if not rows or np.mean(weak) == np.mean(strong):
            continue
        scores = [scorer.score(ex.prompt).value for ex in rows]
        methods = compare_with_baselines(
            scores, [ex.prompt for ex in rows], weak, strong, seed=seed
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


def _graded_auc(scorer: DifficultyScorer, examples: Sequence[Example]) -> dict[str, float]:
    """Per graded file, how well the score orders its test half by difficulty."""
    aucs: dict[str, float] = {}
    for source in sorted({ex.source for ex in examples if ex.difficulty and ex.heldout}):
        graded = [ex for ex in examples if ex.difficulty and ex.heldout and ex.source == source]
        scores = [scorer.score(ex.prompt).value for ex in graded]
        labels = [float(ex.difficulty or 0) for ex in graded]
        aucs[source] = round(ordering_auc(scores, labels), 6)
    return aucs


def _training_section(report: TrainReport, seed: int) -> dict[str, Any]:
    """How the artifact was made; `notes` only when the run had to fall back."""
    section: dict[str, Any] = {
        "seed": seed,
        "rows": report.rows,
        "hyperparameters": HYPERPARAMETERS,
        "repro": REPRO,
        "split": "held out: sha256(prompt) % 5 == 0; engineering: split == test",
        "feedback_rows": report.feedback_rows,
    }
    return section | ({"notes": list(report.notes)} if report.notes else {})


def train(
    dataset_paths: Sequence[Path],
    out_path: Path,
    *,
    feedback: Sequence[FeedbackRow] = (),
    seed: int = 0,
    version: str | None = None,
) -> TrainReport:
    """Fit on the training split, calibrate, measure on the held-aside split, write JSON.

    Raises `TrainingDataError` (nothing written) when the files cannot train a model.
    """
    data = load_training_data(dataset_paths)
    check_trainable(data)
    examples = data.examples
    version = version or f"{dt.date.today().isoformat()}.1"
    artifact = build_artifact(examples, feedback, seed, version)
    scorer = DifficultyScorer(artifact)
    heldout = heldout_metrics(scorer, examples, seed)
    report = TrainReport(
        rows=_row_counts(examples),
        heldout=heldout,
        graded_auc=_graded_auc(scorer, examples),
        artifact_path=out_path,
        version=version,
        feedback_rows=(artifact["feedback"] or {}).get("rows", 0),
        notes=run_notes(data, set(heldout)),
    )
    artifact["training"] = _training_section(report, seed)
    artifact["metrics"] = {
        "heldout": report.heldout,
        "engineering_test_auc": report.engineering_auc,
        "graded_test_auc": report.graded_auc,
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
    parser.add_argument("--cv", action="store_true", help="also print 5-fold CV (2 seeds)")
    args = parser.parse_args(argv)
    if args.cv:
        from bot.routing.training_cv import cross_validate

        print(cross_validate(load_examples(args.datasets), seeds=(0, 1)))
    try:
        print(train(args.datasets, args.out, seed=args.seed, version=args.version))
    except TrainingDataError as exc:
        print(f"cannot train: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
