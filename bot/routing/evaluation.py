"""`tandem router eval`: route every row of a labelled file and measure what its labels
allow: RouteLLM's APGR and CPT against the baselines (`bot/routing/apgr.py`), with a
bootstrap interval; leaks (sensitive yet routed to an external model) and false alarms
(not sensitive yet flagged), because for those rows a leak is the failure that matters,
not the quality curve; the ordering AUC against difficulty labels.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from bot.routing.apgr import RoutingMetrics, apgr_interval, compare_with_baselines, ordering_auc
from bot.routing.labelled import quality_pair, read_rows


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


@dataclass(frozen=True, slots=True)
class SensitivityMetrics:
    """Leaks (sensitive rows routed external), misses (sensitive rows the detector did
    not flag: a leak whenever the score, a rule or a person sends them out) and false
    alarms (clean rows flagged)."""

    sensitive_rows: int
    clean_rows: int
    leaks: int
    false_alarms: int
    missed: int = 0

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
                f"missed {s.missed}/{s.sensitive_rows}  "
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


def _routing_section(
    rows: list[dict[str, Any]], scores: list[float], seed: int, draws: int
) -> dict[str, Any]:
    labelled = [(i, pair) for i, r in enumerate(rows) if (pair := quality_pair(r))]
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
        missed=sum(1 for lab, o in labelled if lab and not o.sensitive),
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
    if any(quality_pair(r) is not None for r in rows):
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
