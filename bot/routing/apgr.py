"""RouteLLM's router metrics (APGR, CPT, the baselines), computed exactly as RouteLLM does.

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
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
DEFAULT_BINS = 10


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
