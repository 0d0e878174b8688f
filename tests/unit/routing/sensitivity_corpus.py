"""Main (tuning) sensitivity corpora: ordinary engineering chat and messages that leak.

Each template (``sensitivity_ordinary``, ``sensitivity_leaks``) is instantiated three times
with fresh random values from ``sensitivity_values``; the output is committed under
``tests/data/sensitivity/`` and the generator is seeded, so
``python -m tests.unit.routing.sensitivity_corpus`` reproduces the files byte for byte
(a test checks this).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.unit.routing import sensitivity_leaks, sensitivity_ordinary

SEED = 20240611
DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "sensitivity"
ROUNDS = 3

Row = dict[str, object]


def build() -> tuple[list[Row], list[Row]]:
    """Return (ordinary rows, sensitive rows) for ``ROUNDS`` instantiations."""
    rng = random.Random(SEED)
    ordinary: list[Row] = []
    sensitive: list[Row] = []
    for _ in range(ROUNDS):
        for text in sensitivity_ordinary.ordinary(rng):
            ordinary.append({"text": text, "sensitive": False, "labels": []})
        for text, labels in sensitivity_leaks.sensitive(rng):
            sensitive.append({"text": text, "sensitive": True, "labels": labels})
    return ordinary, sensitive


def render(rows: list[Row]) -> str:
    """JSON-lines text of ``rows`` (what is committed)."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main() -> None:
    """Write ordinary.jsonl and sensitive.jsonl."""
    ordinary, sensitive = build()
    (DATA_DIR / "ordinary.jsonl").write_text(render(ordinary), encoding="utf-8")
    (DATA_DIR / "sensitive.jsonl").write_text(render(sensitive), encoding="utf-8")


if __name__ == "__main__":
    main()
