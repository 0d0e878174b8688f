"""Shared fixtures of the routing tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

WriteRows = Callable[..., Path]


@pytest.fixture
def write_rows(tmp_path: Path) -> WriteRows:
    """Write rows (dicts as JSON, strings as they are) to `labelled.jsonl`, one per line."""

    def write(*rows: object) -> Path:
        path = tmp_path / "labelled.jsonl"
        path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
        return path

    return write
