"""Labelled JSONL rows, as the routing commands read them, and the held-aside split.

A row is a JSON object with the text under `prompt`, `text` or `question`, and any of:
`weak_ok`/`strong_ok` (yes/no) or `weak_score`/`strong_score` (numbers) for routing
quality, `sensitive` (yes/no) for leaks and false alarms, `difficulty` (a number) for
the ordering AUC. `tandem router eval` and `tandem router train` both read this.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any


def is_heldout(prompt: str) -> bool:
    """The held-aside split: sha256(prompt) mod 5 == 0; never trained or tuned on."""
    return int(hashlib.sha256(prompt.encode("utf-8")).hexdigest(), 16) % 5 == 0


def quality_pair(row: dict[str, Any]) -> tuple[float, float] | None:
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


def text_of(row: dict[str, Any]) -> str:
    """The question under `prompt`, `text` or `question` (the first that is a string).

    A blank one is an error, not a question: routed, it made a decision for nothing,
    and in a labelled file it is a row gone wrong upstream.
    """
    name = next((f for f in TEXT_FIELDS if isinstance(row.get(f), str)), None)
    if name is None:
        raise ValueError("no 'prompt', 'text' or 'question' string field")
    text: str = row[name]
    if not text.strip():
        raise ValueError(f"the {name!r} field is empty")
    return text


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
    text = text_of(row)
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
