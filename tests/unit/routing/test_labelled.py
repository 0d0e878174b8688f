"""Labelled rows as people write them, a bad line named, and the held-aside split."""

from __future__ import annotations

import pytest

from bot.routing.labelled import is_heldout, read_rows
from tests.unit.routing.conftest import WriteRows


def test_labels_are_read_strictly(write_rows: WriteRows) -> None:
    path = write_rows(
        {"question": "prove it", "weak_ok": "no", "strong_ok": "Yes", "difficulty": "2"},
        {"text": "hi", "weak_ok": 1, "strong_ok": 0.0, "sensitive": "false"},
    )
    first, second = read_rows(path)
    assert (first["prompt"], first["weak_ok"], first["strong_ok"]) == ("prove it", False, True)
    assert first["difficulty"] == 2.0
    assert (second["prompt"], second["weak_ok"], second["strong_ok"]) == ("hi", True, False)
    assert second["sensitive"] is False


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("not json", "labelled.jsonl:2: Expecting value"),
        ('{"title": "no text"}', "labelled.jsonl:2: no 'prompt', 'text' or 'question'"),
        ('{"prompt": "x", "weak_ok": "maybe", "strong_ok": 1}', "labelled.jsonl:2: weak_ok"),
        ('{"prompt": "x", "weak_score": "high", "strong_score": 1}', "2: weak_score"),
        ("[1, 2]", "labelled.jsonl:2: not a JSON object"),
        ('{"prompt": "  ", "weak_ok": 0, "strong_ok": 1}', "2: the 'prompt' field is empty"),
    ],
)
def test_a_bad_line_is_named_not_skipped(write_rows: WriteRows, bad: str, message: str) -> None:
    path = write_rows({"prompt": "fine", "weak_ok": 0, "strong_ok": 1}, bad)
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        read_rows(path)


def test_heldout_split_is_deterministic_and_about_a_fifth() -> None:
    prompts = [f"question {i}" for i in range(2000)]
    share = sum(is_heldout(p) for p in prompts) / len(prompts)
    assert share == pytest.approx(0.2, abs=0.03)
    assert [is_heldout(p) for p in prompts] == [is_heldout(p) for p in prompts]
