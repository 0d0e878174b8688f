"""RouteLLM's APGR / CPT on hand-computed cases, baselines, and file evaluation."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from bot.routing.evaluation import (
    ScoredRoute,
    apgr,
    apgr_interval,
    cpt,
    evaluate_file,
    is_heldout,
    main,
    ordering_auc,
    quality_curve,
    random_baseline,
    routing_metrics,
)

DATA = Path(__file__).resolve().parents[2] / "data" / "routing"

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


def test_heldout_split_is_deterministic_and_about_a_fifth() -> None:
    prompts = [f"question {i}" for i in range(2000)]
    share = sum(is_heldout(p) for p in prompts) / len(prompts)
    assert share == pytest.approx(0.2, abs=0.03)
    assert [is_heldout(p) for p in prompts] == [is_heldout(p) for p in prompts]


def test_evaluate_file_boolean_rows() -> None:
    report = evaluate_file(DATA / "mmlu_sample.jsonl", lambda t: ScoredRoute(float(len(t))))
    assert set(report.routing) == {"router", "length", "random"}
    assert report.routing["router"].apgr == pytest.approx(report.routing["length"].apgr)
    assert "APGR" in report.render()
    json.dumps(report.to_dict())


def test_evaluate_file_float_rows() -> None:
    report = evaluate_file(DATA / "scored_sample.jsonl", lambda t: ScoredRoute(float(len(t))))
    assert report.weak_quality is not None and report.strong_quality is not None
    assert report.strong_quality > report.weak_quality
    assert 0.0 <= report.routing["router"].cpt50 <= 1.0


def test_evaluate_file_sensitivity_rows() -> None:
    def route(text: str) -> ScoredRoute:
        flagged = "password" in text
        return ScoredRoute(score=0.9, sensitive=flagged, external=not flagged or "rotate" in text)

    report = evaluate_file(DATA / "sensitivity_sample.jsonl", route)
    s = report.sensitivity
    assert s is not None
    assert (s.sensitive_rows, s.clean_rows) == (3, 3)
    assert s.leaks == 1  # the e-mail address went out
    assert s.false_alarms == 0
    assert s.leak_rate == pytest.approx(1 / 3)
    assert "leaks 1/3" in report.render()


def test_evaluate_file_difficulty_rows() -> None:
    path = DATA / "engineering_questions.jsonl"
    report = evaluate_file(path, lambda t: ScoredRoute(float(len(t))))
    assert report.difficulty_auc is not None and report.difficulty_auc > 0.5
    assert not report.routing


def test_cli_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(DATA / "scored_sample.jsonl"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out[0]["routing"]["router"]["apgr"] is not None


def _write(tmp_path: Path, *rows: object) -> Path:
    path = tmp_path / "labelled.jsonl"
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


def test_labels_as_people_write_them(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {"question": "prove it", "weak_ok": "no", "strong_ok": "yes"},
        {"text": "hi", "weak_ok": 1, "strong_ok": 1},
        {"prompt": "my card 4111 1111 1111 1111", "sensitive": "true"},
        {"prompt": "how do I rebase?", "sensitive": "false"},
    )
    seen: list[str] = []

    def route(text: str) -> ScoredRoute:
        seen.append(text)
        return ScoredRoute(score=float(len(text)), sensitive="card" in text)

    report = evaluate_file(path, route)
    assert seen == ["prove it", "hi", "my card 4111 1111 1111 1111", "how do I rebase?"]
    assert (report.weak_quality, report.strong_quality) == (0.5, 1.0)  # "no" is not true
    assert report.sensitivity is not None
    assert (report.sensitivity.sensitive_rows, report.sensitivity.clean_rows) == (1, 1)
    assert report.sensitivity.false_alarms == 0


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("not json", "labelled.jsonl:2: Expecting value"),
        ('{"title": "no text"}', "labelled.jsonl:2: no 'prompt', 'text' or 'question'"),
        ('{"prompt": "x", "weak_ok": "maybe", "strong_ok": 1}', "labelled.jsonl:2: weak_ok"),
        ('{"prompt": "x", "weak_score": "high", "strong_score": 1}', "2: weak_score"),
        ("[1, 2]", "labelled.jsonl:2: not a JSON object"),
    ],
)
def test_a_bad_line_is_named_not_skipped(tmp_path: Path, bad: str, message: str) -> None:
    path = _write(tmp_path, {"prompt": "fine", "weak_ok": 0, "strong_ok": 1}, bad)
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        evaluate_file(path, lambda t: ScoredRoute(1.0))


def test_no_gap_is_undefined_not_a_number_in_json(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {"prompt": "a", "weak_ok": 1, "strong_ok": 1},
        {"prompt": "bb", "weak_ok": 0, "strong_ok": 0},
    )
    report = evaluate_file(path, lambda t: ScoredRoute(float(len(t))))
    assert "undefined" in report.render() and "n/a" in report.render()
    router = json.loads(json.dumps(report.to_dict(), allow_nan=False))["routing"]["router"]
    assert router == {"apgr": None, "cpt50": None, "cpt80": None}


def test_a_file_without_labels_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, {"prompt": "what does git rebase do?"})
    assert main([str(path)]) == 1
    assert "nothing to evaluate" in capsys.readouterr().out


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


def test_report_shows_the_interval(tmp_path: Path) -> None:
    rows = [{"prompt": "x" * (i + 1), "weak_ok": i % 3 == 0, "strong_ok": True} for i in range(60)]
    report = evaluate_file(_write(tmp_path, *rows), lambda t: ScoredRoute(float(len(t))))
    assert report.apgr_interval is not None
    assert "95% bootstrap interval" in report.render()
    assert json.loads(json.dumps(report.to_dict()))["apgr_interval"] == list(report.apgr_interval)
