"""RouteLLM's APGR / CPT on hand-computed cases, the baselines and the bootstrap interval."""

from __future__ import annotations

import math

import numpy as np
import pytest

from bot.routing.apgr import (
    apgr,
    apgr_interval,
    cpt,
    ordering_auc,
    quality_curve,
    random_baseline,
    routing_metrics,
)

# Four prompts by falling score: strong-only win, strong-only win, both right, both wrong.
SCORES = [4.0, 3.0, 2.0, 1.0]
WEAK = [0, 0, 1, 0]
STRONG = [1, 1, 1, 0]


def test_curve_follows_routellm_quantile_cutoffs() -> None:
    shares, quality = quality_curve(SCORES, WEAK, STRONG)
    assert len(shares) == 11
    assert shares.tolist() == [0.0] + [0.25] * 3 + [0.5] * 3 + [0.75] * 3 + [1.0]
    assert quality.tolist() == [0.25] + [0.5] * 3 + [0.75] * 7


def test_apgr_hand_computed() -> None:
    # Trapezoids: 0.09375 + 0.15625 + 0.1875 + 0.1875 = 0.625; weak 0.25, strong 0.75.
    assert apgr(SCORES, WEAK, STRONG) == pytest.approx((0.625 - 0.25) / 0.5)


def test_cpt_hand_computed() -> None:
    # Half the gap (quality 0.5) is reached at 25 % strong calls; 80 % (0.65) at 40 %.
    assert cpt(SCORES, WEAK, STRONG, 0.5) == pytest.approx(0.25)
    assert cpt(SCORES, WEAK, STRONG, 0.8) == pytest.approx(0.40)


def _concentrated_gain(n: int = 200, seed: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """10 % strong-only wins, the rest both right or both wrong: room for a router."""
    rng = np.random.default_rng(seed)
    wins = np.zeros(n, dtype=bool)
    wins[rng.choice(n, size=n // 10, replace=False)] = True
    both = rng.random(n) < 0.6
    weak = np.where(wins, 0.0, both.astype(float))
    strong = np.where(wins, 1.0, both.astype(float))
    return wins.astype(float) + rng.random(n) * 0.5, weak, strong


def test_perfect_router_recovers_almost_all_of_the_gap() -> None:
    perfect, weak, strong = _concentrated_gain()
    assert apgr(perfect, weak, strong) == pytest.approx(0.95, abs=0.01)
    assert cpt(perfect, weak, strong, 0.8) <= 0.1


def test_reversed_router_recovers_little() -> None:
    perfect, weak, strong = _concentrated_gain()
    assert apgr(-perfect, weak, strong) < 0.1


def test_random_router_is_about_half() -> None:
    _, weak, strong = _concentrated_gain()
    rng = np.random.default_rng(0)
    draws = [apgr(rng.random(len(weak)), weak, strong) for _ in range(300)]
    assert float(np.mean(draws)) == pytest.approx(0.5, abs=0.03)
    assert random_baseline(weak, strong, draws=50).apgr == pytest.approx(0.5, abs=0.05)


def test_constant_score_is_a_straight_line() -> None:
    _, weak, strong = _concentrated_gain()
    assert apgr(np.zeros(len(weak)), weak, strong) == pytest.approx(0.5)


def test_no_gap_gives_nan() -> None:
    assert math.isnan(apgr([1.0, 2.0], [1, 0], [1, 0]))


def test_float_scores_work_like_booleans() -> None:
    bools = routing_metrics(SCORES, WEAK, STRONG)
    floats = routing_metrics(SCORES, [w * 10.0 for w in WEAK], [s * 10.0 for s in STRONG])
    assert bools.apgr == pytest.approx(floats.apgr)
    assert bools.cpt50 == pytest.approx(floats.cpt50)


def test_ordering_auc() -> None:
    assert ordering_auc([1, 2, 3], [1, 2, 3]) == 1.0
    assert ordering_auc([3, 2, 1], [1, 2, 3]) == 0.0
    assert ordering_auc([1, 1], [0, 1]) == 0.5
    assert math.isnan(ordering_auc([1, 2], [1, 1]))


def test_apgr_interval_brackets_the_figure_and_narrows_with_rows() -> None:
    rng = np.random.default_rng(1)

    def sample(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        score = rng.random(n)
        weak = (rng.random(n) > score).astype(float)  # a higher score: the weak model fails more
        strong = (rng.random(n) < 0.9).astype(float)
        return score, weak, strong

    small, large = sample(200), sample(5000)
    small_low, small_high = apgr_interval(*small) or (math.nan, math.nan)
    large_low, large_high = apgr_interval(*large) or (math.nan, math.nan)
    assert small_low < apgr(*small) < small_high
    assert large_low < apgr(*large) < large_high
    assert large_high - large_low < (small_high - small_low) / 3
    assert apgr_interval([1.0], [0.0], [1.0]) is None
