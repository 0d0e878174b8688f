"""The `tandem` command as a user runs it: a subprocess, its environment, its database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[2]
TANDEM = [sys.executable, "-m", "bot"]
OWNED_ENV = ("TANDEM_", "SLACK_", "OPENAI_", "OLLAMA_", "DATABASE_URL", "REDIS_URL")


def run(
    args: list[str], env: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*TANDEM, *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=env.get("TANDEM_TEST_CWD", str(ROOT)),
        check=False,
    )


def usage_rows(env: dict[str, str]) -> list[dict[str, object]]:
    url = env["DATABASE_URL"]
    engine = create_engine(url)
    with engine.connect() as connection:
        result = connection.execute(text("SELECT * FROM usage_events ORDER BY id"))
        return [dict(row._mapping) for row in result]
