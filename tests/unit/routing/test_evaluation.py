"""`tandem router eval`'s file evaluation: routing, sensitivity and difficulty labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.routing.evaluation import ScoredRoute, evaluate_file, main
from tests.unit.routing.conftest import WriteRows

DATA = Path(__file__).resolve().parents[2] / "data" / "routing"


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
    assert s.missed == 1  # the same row: not flagged, whatever the route
    assert s.false_alarms == 0
    assert s.leak_rate == pytest.approx(1 / 3)
    assert "leaks 1/3" in report.render() and "missed 1/3" in report.render()


def test_a_miss_routed_locally_by_its_score_is_a_miss_not_a_leak() -> None:
    """A detector miss that the score happened to keep local leaks the day the score,
    a rule or a person sends it out; the report must show it."""
    report = evaluate_file(
        DATA / "sensitivity_sample.jsonl", lambda t: ScoredRoute(0.1, sensitive=False)
    )
    s = report.sensitivity
    assert s is not None and (s.leaks, s.missed) == (0, 3)
    assert report.to_dict()["sensitivity"]["missed"] == 3


def test_evaluate_file_difficulty_rows() -> None:
    path = DATA / "engineering_questions.jsonl"
    report = evaluate_file(path, lambda t: ScoredRoute(float(len(t))))
    assert report.difficulty_auc is not None and report.difficulty_auc > 0.5
    assert not report.routing


def test_cli_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(DATA / "scored_sample.jsonl"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out[0]["routing"]["router"]["apgr"] is not None


def test_labels_as_people_write_them(write_rows: WriteRows) -> None:
    path = write_rows(
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


def test_no_gap_is_undefined_not_a_number_in_json(write_rows: WriteRows) -> None:
    path = write_rows(
        {"prompt": "a", "weak_ok": 1, "strong_ok": 1},
        {"prompt": "bb", "weak_ok": 0, "strong_ok": 0},
    )
    report = evaluate_file(path, lambda t: ScoredRoute(float(len(t))))
    assert "undefined" in report.render() and "n/a" in report.render()
    router = json.loads(json.dumps(report.to_dict(), allow_nan=False))["routing"]["router"]
    assert router == {"apgr": None, "cpt50": None, "cpt80": None}


def test_a_file_without_labels_fails(
    write_rows: WriteRows, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_rows({"prompt": "what does git rebase do?"})
    assert main([str(path)]) == 1
    assert "nothing to evaluate" in capsys.readouterr().out


def test_report_shows_the_interval(write_rows: WriteRows) -> None:
    rows = [{"prompt": "x" * (i + 1), "weak_ok": i % 3 == 0, "strong_ok": True} for i in range(60)]
    report = evaluate_file(write_rows(*rows), lambda t: ScoredRoute(float(len(t))))
    assert report.apgr_interval is not None
    assert "95% bootstrap interval" in report.render()
    assert json.loads(json.dumps(report.to_dict()))["apgr_interval"] == list(report.apgr_interval)
