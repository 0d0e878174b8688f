"""Offline evaluation of routers, with RouteLLM's metrics computed exactly as RouteLLM does.

RouteLLM (lm-sys/RouteLLM, routellm/evals/benchmarks.py and evaluate.py) scores a router
by sweeping its threshold: the score's 11 quantile cut-offs (pandas ``qcut`` into 10 bins)
each route the prompts scoring ``>=`` the cut-off to the strong model (``>`` for the top
cut-off, so the sweep ends at 0 % strong), giving a quality curve over the share of
strong calls. Then

* APGR = (AUC(router) - AUC(weak)) / (AUC(strong) - AUC(weak)), trapezoids over the
  strong share, with the weak and strong models as flat lines;
* CPT(x) = ``np.interp`` of weak + x * (strong - weak) on that curve: the share of strong
  calls needed to recover x of the gap.

We reproduce those steps (including interpolating on a curve that need not be
monotone), except that duplicate cut-offs are kept where ``pd.qcut`` would raise; the
result is the same whenever the cut-offs are distinct. Shares are fractions (RouteLLM
prints percentages). The random baseline averages the curves of several seeded draws,
as RouteLLM's ``--random-iters`` does.

Sensitivity rows (``sensitive`` label) are scored as leaks (sensitive yet routed to an
external model) and false alarms (not sensitive yet flagged), because for those rows a
leak is the failure that matters, not the quality curve.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
DEFAULT_BINS = 10


class RouteOutcome(Protocol):
    """What evaluation needs from a routing decision; any object with these fields works."""

    @property
    def score(self) -> float: ...
    @property
    def sensitive(self) -> bool: ...
    @property
    def external(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class ScoredRoute:
    """A minimal RouteOutcome, for evaluating a bare score (nothing flagged, nothing sent)."""

    score: float
    sensitive: bool = False
    external: bool = False


def is_heldout(prompt: str) -> bool:
    """The held-aside split: sha256(prompt) mod 5 == 0; never trained or tuned on."""
    return int(hashlib.sha256(prompt.encode("utf-8")).hexdigest(), 16) % 5 == 0


def quality_curve(
    scores: Sequence[float] | FloatArray,
    weak: Sequence[float] | FloatArray,
    strong: Sequence[float] | FloatArray,
    num_results: int = DEFAULT_BINS,
) -> tuple[FloatArray, FloatArray]:
    """(strong share, mean quality) at each of RouteLLM's quantile cut-offs, by share."""
    s = np.asarray(scores, dtype=np.float64)
    w = np.asarray(weak, dtype=np.float64)
    st = np.asarray(strong, dtype=np.float64)
    cutoffs = np.quantile(s, np.linspace(0.0, 1.0, num_results + 1))
    shares = np.empty(len(cutoffs))
    quality = np.empty(len(cutoffs))
    for i, cut in enumerate(cutoffs):
        chosen = s >= cut if i != len(cutoffs) - 1 else s > cut
        shares[i] = chosen.mean()
        quality[i] = np.where(chosen, st, w).mean()
    order = np.argsort(shares, kind="stable")
    return shares[order], quality[order]


def _gap(
    weak: Sequence[float] | FloatArray, strong: Sequence[float] | FloatArray
) -> tuple[float, float]:
    return float(np.mean(np.asarray(weak, dtype=np.float64))), float(
        np.mean(np.asarray(strong, dtype=np.float64))
    )


def apgr_from_curve(shares: FloatArray, quality: FloatArray, weak: float, strong: float) -> float:
    """APGR of a quality curve; NaN when both models score the same (no gap to recover)."""
    width = float(shares[-1] - shares[0])
    if strong == weak or width == 0.0:
        return float("nan")
    auc = float(np.trapezoid(quality, shares))
    return (auc - weak * width) / ((strong - weak) * width)


def cpt_from_curve(
    shares: FloatArray, quality: FloatArray, weak: float, strong: float, fraction: float
) -> float:
    """Share of strong calls at which the curve reaches weak + fraction * (strong - weak);
    NaN when there is no gap to recover."""
    if strong == weak:
        return float("nan")
    target = weak + fraction * (strong - weak)
    return float(np.interp(target, quality, shares))


def apgr(
    scores: Sequence[float] | FloatArray,
    weak_ok: Sequence[float] | FloatArray,
    strong_ok: Sequence[float] | FloatArray,
    *,
    num_results: int = DEFAULT_BINS,
) -> float:
    """Average performance gap recovered when the highest scores go to the strong model."""
    shares, quality = quality_curve(scores, weak_ok, strong_ok, num_results)
    return apgr_from_curve(shares, quality, *_gap(weak_ok, strong_ok))


def cpt(
    scores: Sequence[float] | FloatArray,
    weak_ok: Sequence[float] | FloatArray,
    strong_ok: Sequence[float] | FloatArray,
    fraction: float,
    *,
    num_results: int = DEFAULT_BINS,
) -> float:
    """Call-performance threshold: strong share needed to recover `fraction` of the gap."""
    shares, quality = quality_curve(scores, weak_ok, strong_ok, num_results)
    return cpt_from_curve(shares, quality, *_gap(weak_ok, strong_ok), fraction)


@dataclass(frozen=True, slots=True)
class RoutingMetrics:
    """APGR and CPT(50 %) / CPT(80 %) of one router on one file (shares are fractions)."""

    apgr: float
    cpt50: float
    cpt80: float

    @classmethod
    def from_curve(
        cls, shares: FloatArray, quality: FloatArray, weak: float, strong: float
    ) -> RoutingMetrics:
        return cls(
            apgr=apgr_from_curve(shares, quality, weak, strong),
            cpt50=cpt_from_curve(shares, quality, weak, strong, 0.5),
            cpt80=cpt_from_curve(shares, quality, weak, strong, 0.8),
        )

    def rounded(self, digits: int = 6) -> dict[str, float]:
        """JSON-friendly form for artifacts and reports."""
        return {k: round(v, digits) for k, v in asdict(self).items()}


def routing_metrics(
    scores: Sequence[float] | FloatArray,
    weak: Sequence[float] | FloatArray,
    strong: Sequence[float] | FloatArray,
    num_results: int = DEFAULT_BINS,
) -> RoutingMetrics:
    """APGR, CPT(50 %) and CPT(80 %) of one score on one set of rows."""
    shares, quality = quality_curve(scores, weak, strong, num_results)
    return RoutingMetrics.from_curve(shares, quality, *_gap(weak, strong))


def random_baseline(
    weak: Sequence[float] | FloatArray,
    strong: Sequence[float] | FloatArray,
    *,
    draws: int = 20,
    seed: int = 0,
    num_results: int = DEFAULT_BINS,
) -> RoutingMetrics:
    """Metrics of random routing, its curve averaged over seeded draws as RouteLLM does."""
    rng = np.random.default_rng(seed)
    n = len(weak)
    curves = [quality_curve(rng.random(n), weak, strong, num_results) for _ in range(draws)]
    shares = np.mean([c[0] for c in curves], axis=0)
    quality = np.mean([c[1] for c in curves], axis=0)
    return RoutingMetrics.from_curve(shares, quality, *_gap(weak, strong))


def apgr_interval(
    scores: Sequence[float] | FloatArray,
    weak: Sequence[float] | FloatArray,
    strong: Sequence[float] | FloatArray,
    *,
    draws: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> tuple[float, float] | None:
    """Percentile bootstrap interval of APGR over the rows: how far the figure could move
    on another sample of the same size (on 200 rows, about +-0.12). None when fewer than
    two rows, or when too few resamples have a gap to recover."""
    s, w, st = (np.asarray(a, dtype=np.float64) for a in (scores, weak, strong))
    n = len(s)
    if n < 2:
        return None
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(draws):
        pick = rng.integers(0, n, n)
        value = apgr(s[pick], w[pick], st[pick])
        if math.isfinite(value):
            values.append(value)
    if len(values) < draws // 2:
        return None
    tail = (1.0 - level) / 2 * 100
    low, high = np.percentile(values, [tail, 100 - tail])
    return float(low), float(high)


def compare_with_baselines(
    scores: Sequence[float],
    prompts: Sequence[str],
    weak: Sequence[float],
    strong: Sequence[float],
    *,
    seed: int = 0,
    draws: int = 20,
) -> dict[str, RoutingMetrics]:
    """The router next to the baselines the README quotes: prompt length and random."""
    return {
        "router": routing_metrics(scores, weak, strong),
        "length": routing_metrics([float(len(p)) for p in prompts], weak, strong),
        "random": random_baseline(weak, strong, draws=draws, seed=seed),
    }


def ordering_auc(scores: Sequence[float], labels: Sequence[float]) -> float:
    """Share of differently-labelled pairs the scores put in the labels' order (ties 1/2).

    With two label values this is the ROC AUC; with ordinal difficulty labels it checks
    the whole ordering, which is what a threshold on the score relies on.
    """
    s = np.asarray(scores, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    higher = y[:, None] > y[None, :]
    pairs = int(higher.sum())
    if pairs == 0:
        return float("nan")
    wins = (s[:, None] > s[None, :]) & higher
    ties = (s[:, None] == s[None, :]) & higher
    return float((wins.sum() + 0.5 * ties.sum()) / pairs)


@dataclass(frozen=True, slots=True)
class SensitivityMetrics:
    """Leaks (sensitive rows routed external) and false alarms (clean rows flagged)."""

    sensitive_rows: int
    clean_rows: int
    leaks: int
    false_alarms: int

    @property
    def leak_rate(self) -> float:
        return self.leaks / self.sensitive_rows if self.sensitive_rows else 0.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.clean_rows if self.clean_rows else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return asdict(self) | {
            "leak_rate": self.leak_rate,
            "false_alarm_rate": self.false_alarm_rate,
        }


@dataclass(frozen=True)
class EvalReport:
    """Everything measured on one file; renders as a text table or as JSON."""

    path: str
    rows: int
    routing: dict[str, RoutingMetrics] = field(default_factory=dict)
    weak_quality: float | None = None
    strong_quality: float | None = None
    apgr_interval: tuple[float, float] | None = None
    sensitivity: SensitivityMetrics | None = None
    difficulty_auc: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (shares as fractions)."""
        return {
            "path": self.path,
            "rows": self.rows,
            "weak_quality": self.weak_quality,
            "strong_quality": self.strong_quality,
            "routing": {
                name: {k: _finite(v) for k, v in asdict(m).items()}
                for name, m in self.routing.items()
            },
            "apgr_interval": list(self.apgr_interval) if self.apgr_interval else None,
            "sensitivity": self.sensitivity.to_dict() if self.sensitivity else None,
            "difficulty_auc": self.difficulty_auc,
        }

    @property
    def evaluated(self) -> bool:
        """The file had labels this command measures (else it is the wrong file)."""
        return bool(self.routing) or self.sensitivity is not None or self.difficulty_auc is not None

    def render(self) -> str:
        """Plain text table, one line per router/baseline."""
        lines = [f"{self.path}  ({self.rows} rows)"]
        if not self.evaluated:
            lines.append(
                "  nothing to evaluate: no row has weak_ok/strong_ok, weak_score/strong_score, "
                "sensitive or difficulty labels"
            )
        if self.routing:
            weak, strong = self.weak_quality or 0.0, self.strong_quality or 0.0
            lines.append(f"  weak quality {weak:.4f}  strong {strong:.4f}")
            if weak == strong:
                lines.append("  no gap between the models here: APGR and CPT are undefined")
            elif strong < weak:
                lines.append("  the strong model scores below the weak one on this file")
            lines.append(f"  {'method':<10} {'APGR':>7} {'CPT(50%)':>9} {'CPT(80%)':>9}")
            for name, m in self.routing.items():
                apgr, cpt50, cpt80 = (
                    f"{v:{spec}}" if math.isfinite(v) else "n/a"
                    for v, spec in ((m.apgr, ".4f"), (m.cpt50, ".2%"), (m.cpt80, ".2%"))
                )
                lines.append(f"  {name:<10} {apgr:>7} {cpt50:>9} {cpt80:>9}")
            if self.apgr_interval is not None:
                low, high = self.apgr_interval
                lines.append(
                    f"  router APGR 95% bootstrap interval {low:.3f} to {high:.3f}"
                    " (what another sample of this size could give)"
                )
        if self.sensitivity:
            s = self.sensitivity
            lines.append(
                f"  leaks {s.leaks}/{s.sensitive_rows} ({s.leak_rate:.2%})  "
                f"false alarms {s.false_alarms}/{s.clean_rows} ({s.false_alarm_rate:.2%})"
            )
        if self.difficulty_auc is not None:
            lines.append(f"  ordering AUC vs difficulty labels {self.difficulty_auc:.4f}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render()


def _finite(value: float) -> float | None:
    """JSON has no NaN: an undefined metric is null."""
    return value if math.isfinite(value) else None


def _quality_pair(row: dict[str, Any]) -> tuple[float, float] | None:
    if "weak_ok" in row and "strong_ok" in row:
        return float(row["weak_ok"]), float(row["strong_ok"])
    if "weak_score" in row and "strong_score" in row:
        return float(row["weak_score"]), float(row["strong_score"])
    return None


TEXT_FIELDS = ("prompt", "text", "question")
FLAG_FIELDS = ("weak_ok", "strong_ok", "sensitive")
SCORE_FIELDS = ("weak_score", "strong_score", "difficulty")
_TRUE = {"true", "yes", "1", "y", "t"}
_FALSE = {"false", "no", "0", "n", "f", ""}


def _flag(value: object) -> bool:
    """A yes/no label as people write them: true/false, 1/0, "yes"/"no" (not any non-empty
    string, which `bool()` would call true)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ValueError(f"{value!r} is not true/false, 1/0 or yes/no")


def _row(line: str) -> dict[str, Any]:
    """One labelled row, its text under `prompt` and its labels checked."""
    row = json.loads(line)
    if not isinstance(row, dict):
        raise ValueError("not a JSON object")
    text = next((row[f] for f in TEXT_FIELDS if isinstance(row.get(f), str)), None)
    if text is None:
        raise ValueError("no 'prompt', 'text' or 'question' string field")
    row["prompt"] = text
    for name in FLAG_FIELDS:
        if name in row:
            try:
                row[name] = _flag(row[name])
            except ValueError as exc:
                raise ValueError(f"{name}: {exc}") from None
    for name in SCORE_FIELDS:
        if name in row:
            value = row[name]
            if isinstance(value, bool) or not isinstance(value, int | float | str):
                raise ValueError(f"{name}: {value!r} is not a number")
            try:
                row[name] = float(value)
            except ValueError:
                raise ValueError(f"{name}: {value!r} is not a number") from None
    return row


def read_rows(path: Path, *, heldout_only: bool = False) -> list[dict[str, Any]]:
    """JSONL rows of a file, optionally only the held-aside split.

    The text may be under `prompt`, `text` or `question`; a line that is not a labelled
    row stops the read with its file and line (a metric over the rows that happened to
    parse would look fine and be wrong).
    """
    rows = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rows.append(_row(line))
            except ValueError as exc:  # json.JSONDecodeError is a ValueError
                raise ValueError(f"{path}:{number}: {exc}") from None
    return [r for r in rows if not heldout_only or is_heldout(str(r["prompt"]))]


def _routing_section(
    rows: list[dict[str, Any]], scores: list[float], seed: int, draws: int
) -> dict[str, Any]:
    labelled = [(i, pair) for i, r in enumerate(rows) if (pair := _quality_pair(r))]
    weak = [pair[0] for _, pair in labelled]
    strong = [pair[1] for _, pair in labelled]
    metrics = compare_with_baselines(
        [scores[i] for i, _ in labelled],
        [str(rows[i]["prompt"]) for i, _ in labelled],
        weak,
        strong,
        seed=seed,
        draws=draws,
    )
    return {
        "routing": metrics,
        "apgr_interval": apgr_interval([scores[i] for i, _ in labelled], weak, strong, seed=seed),
        "weak_quality": float(np.mean(weak)),
        "strong_quality": float(np.mean(strong)),
    }


def _sensitivity_section(
    rows: list[dict[str, Any]], outcomes: list[RouteOutcome]
) -> SensitivityMetrics:
    labelled = [
        (bool(r["sensitive"]), o) for r, o in zip(rows, outcomes, strict=True) if "sensitive" in r
    ]
    return SensitivityMetrics(
        sensitive_rows=sum(1 for lab, _ in labelled if lab),
        clean_rows=sum(1 for lab, _ in labelled if not lab),
        leaks=sum(1 for lab, o in labelled if lab and o.external),
        false_alarms=sum(1 for lab, o in labelled if not lab and o.sensitive),
    )


def evaluate_file(
    path: Path,
    route: Callable[[str], RouteOutcome],
    *,
    heldout_only: bool = False,
    seed: int = 0,
    random_draws: int = 20,
) -> EvalReport:
    """Route every prompt of a JSONL file and measure whatever its labels allow.

    Quality labels (weak_ok/strong_ok or weak_score/strong_score) give APGR and CPT for
    the router and for the prompt-length and random baselines; `sensitive` labels give
    leaks and false alarms; `difficulty` labels give the ordering AUC.
    """
    rows = read_rows(path, heldout_only=heldout_only)
    outcomes = [route(str(r["prompt"])) for r in rows]
    scores = [float(o.score) for o in outcomes]
    report: dict[str, Any] = {"path": str(path), "rows": len(rows)}
    if any(_quality_pair(r) is not None for r in rows):
        report |= _routing_section(rows, scores, seed, random_draws)
    if any("sensitive" in r for r in rows):
        report["sensitivity"] = _sensitivity_section(rows, outcomes)
    graded = [
        (s, float(r["difficulty"])) for s, r in zip(scores, rows, strict=True) if "difficulty" in r
    ]
    if graded:
        report["difficulty_auc"] = ordering_auc([g[0] for g in graded], [g[1] for g in graded])
    return EvalReport(**report)


def _difficulty_router(artifact: Path | None) -> Callable[[str], RouteOutcome]:
    from bot.routing.difficulty import DifficultyScorer

    scorer = DifficultyScorer.load(artifact)
    return lambda text: ScoredRoute(score=scorer.score(text).value)


def main(argv: Iterable[str] | None = None) -> int:
    """CLI: evaluate the shipped difficulty scorer on labelled JSONL files."""
    parser = argparse.ArgumentParser(prog="python -m bot.routing.evaluation")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--heldout", action="store_true", help="only the held-aside split")
    parser.add_argument("--artifact", type=Path, default=None)
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = parser.parse_args(list(argv) if argv is not None else None)
    route = _difficulty_router(args.artifact)
    reports = [evaluate_file(p, route, heldout_only=args.heldout) for p in args.files]
    if args.json:
        print(json.dumps([r.to_dict() for r in reports], indent=2))
    else:
        print("\n\n".join(r.render() for r in reports))
    return 0 if all(r.evaluated for r in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
