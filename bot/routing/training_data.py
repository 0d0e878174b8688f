"""The labelled files training reads, as `Example`s, and whether they can train at all.

`tandem router train --help` promises JSONL rows of prompt / weak_ok / strong_ok; the
reader also takes weak_score / strong_score (as `router eval` does) and the project's
graded engineering questions (`difficulty` 1..3). A file that cannot train (too few
rows, or nothing that tells easy from hard) is a `TrainingDataError` with one line
saying why, raised before any fit: a fit on such data crashed deep in the numerics or,
worse, wrote a meaningless artifact.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.routing.difficulty import MIN_CHOICES
from bot.routing.features import featurise, model_inputs
from bot.routing.labelled import is_heldout, quality_pair, read_rows
from bot.routing.training_fit import (
    HYPERPARAMETERS,
    MIN_WORD_PROBLEM_ROWS,
    Example,
    word_problem_rows,
)

# Below this many training-split rows the fit is noise and the calibration sample tiny.
MIN_TRAINING_ROWS = 20
SCORES = ("weak_score", "strong_score")
LABELS = "weak_ok/strong_ok, weak_score/strong_score or difficulty"


class TrainingDataError(ValueError):
    """Labelled files that training cannot use; the message is the one line to show."""


@dataclass
class TrainingData:
    """The usable examples, and per source how many rows had no label training uses."""

    examples: list[Example]
    skipped: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _featurised(ex: Example) -> Example:
    feats = featurise(ex.prompt)
    ex.inputs = model_inputs(feats.rules)
    ex.words = feats.words
    ex.choices = feats.rules["answer_choices"] >= MIN_CHOICES
    return ex


def _graded(source: str, row: Mapping[str, Any], where: str) -> Example:
    targets = HYPERPARAMETERS["engineering_targets"]
    if row["difficulty"] not in (1, 2, 3):
        raise TrainingDataError(f"{where}: difficulty {row['difficulty']!r} is not 1, 2 or 3")
    level = int(row["difficulty"])
    prompt = str(row["prompt"])
    return Example(
        source, prompt, row.get("split") == "test", targets[str(level)], difficulty=level
    )


def _is_scored(row: dict[str, Any]) -> bool:
    """A quality row labelled by weak_score / strong_score (weak_ok / strong_ok win)."""
    has_ok = "weak_ok" in row and "strong_ok" in row
    return "difficulty" not in row and not has_ok and quality_pair(row) is not None


def _score_scale(rows: Sequence[dict[str, Any]]) -> tuple[float, float] | None:
    """(low, high) of the weak_score / strong_score values of a file, if it has any.

    Scores come on any scale (MT-bench's 1..10); scaled to 0..1 over the file they mean
    what weak_ok / strong_ok do, so the same fit applies. APGR is unchanged by it.
    """
    values = [float(row[k]) for row in rows if _is_scored(row) for k in SCORES]
    return (min(values), max(values)) if values else None


def _file_examples(path: Path, data: TrainingData) -> None:
    source = path.name.split(".")[0]
    try:
        rows = read_rows(path)
    except (ValueError, OSError) as exc:  # a bad line names its file and line already
        text = str(exc) if str(exc).startswith(str(path)) else f"{path}: {exc}"
        raise TrainingDataError(text) from None
    scale = _score_scale(rows)
    if scale is not None:
        data.notes.append(
            f"weak_score/strong_score of {source} scaled from {scale[0]:g}..{scale[1]:g} to 0..1"
        )
    low, high = scale or (0.0, 1.0)
    span = high - low or 1.0
    for number, row in enumerate(rows, start=1):
        if "difficulty" in row:
            data.examples.append(_featurised(_graded(source, row, f"{path} row {number}")))
            continue
        pair = quality_pair(row)
        if pair is None:
            data.skipped[source] = data.skipped.get(source, 0) + 1
            continue
        weak, strong = ((v - low) / span for v in pair) if _is_scored(row) else pair
        ex = Example(source, row["prompt"], is_heldout(row["prompt"]), (1.0 + strong - weak) / 2.0)
        ex.weak_ok, ex.strong_ok = weak, strong
        data.examples.append(_featurised(ex))


def load_training_data(paths: Sequence[Path]) -> TrainingData:
    """Every labelled row of the files; rows with none of the labels are counted, not used."""
    data = TrainingData([])
    for path in paths:
        _file_examples(path, data)
    for source, count in data.skipped.items():
        data.notes.append(f"{count} rows of {source} skipped: no {LABELS}")
    return data


def load_examples(paths: Sequence[Path]) -> list[Example]:
    """Benchmark rows (weak_ok/strong_ok or scores) and graded rows (difficulty 1..3)."""
    return load_training_data(paths).examples


def check_trainable(data: TrainingData) -> None:
    """Raise `TrainingDataError` unless the training split can teach anything."""
    if not data.examples and data.skipped:
        raise TrainingDataError(f"no row has {LABELS}")
    train = [ex for ex in data.examples if not ex.heldout]
    if len(train) < MIN_TRAINING_ROWS:
        raise TrainingDataError(
            f"too few rows: {len(train)} to train on, at least {MIN_TRAINING_ROWS} needed "
            f"({len(data.examples)} labelled; a fifth, sha256(prompt) % 5 == 0, is held aside)"
        )
    if len({ex.target for ex in train}) < 2:
        raise TrainingDataError(
            "every training row has weak_ok == strong_ok (or equal scores, or one difficulty "
            "level): nothing tells the questions that need the strong model from the rest"
        )


def run_notes(data: TrainingData, measured: set[str]) -> tuple[str, ...]:
    """What a run on these files did differently from one on the project's data, and why.

    `measured` are the benchmarks that got held-out metrics.
    """
    notes = list(data.notes)
    if not any(ex.difficulty for ex in data.examples):
        notes.append(
            "no engineering difficulty labels: the rule weights keep their hand-set prior "
            "(only the bias is fitted), the threshold is calibrated on these rows alone, "
            "and there is no engineering AUC"
        )
    bench = [ex for ex in data.examples if ex.difficulty is None]
    if len(word_problem_rows([ex for ex in bench if not ex.heldout])) < MIN_WORD_PROBLEM_ROWS:
        notes.append(
            f"fewer than {MIN_WORD_PROBLEM_ROWS} word problems in files that are mostly word "
            "problems: no word-problem head (its weights stay 0)"
        )
    for source in sorted({ex.source for ex in bench} - measured):
        notes.append(
            f"no held-out metrics for {source}: no held-aside rows where the models differ"
        )
    return tuple(notes)
