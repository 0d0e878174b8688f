"""A DATABASE_URL as a managed PostgreSQL gives it (libpq's `sslmode`) works end to end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from bot.config import Settings
from bot.usage import db
from tests.support.cli import ROOT


async def test_sslmode_url_connects(pg_url: str) -> None:
    given = pg_url.replace("postgresql+asyncpg://", "postgresql://") + "?sslmode=prefer"
    settings = Settings(_env_file=None, database_url=given)  # type: ignore[call-arg]
    engine = db.create_engine(settings.database_url)
    try:
        async with engine.connect() as connection:
            assert (await connection.execute(text("SELECT 1"))).scalar() == 1
    finally:
        await engine.dispose()


def test_alembic_by_hand_migrates_the_database_given_with_x_url(tmp_path: Path) -> None:
    """alembic.ini says `alembic -x url=... upgrade head`; env.py ignored -x and migrated
    (creating it if need be) the ini's own `tandem.db` in the current folder instead."""
    ini = (ROOT / "alembic.ini").read_text()
    (tmp_path / "alembic.ini").write_text(
        ini.replace("script_location = migrations", f"script_location = {ROOT / 'migrations'}")
    )
    target = tmp_path / "wanted.db"
    result = subprocess.run(
        [sys.executable, "-m", "alembic", "-x", f"url=sqlite:///{target}", "upgrade", "head"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "tandem.db").exists()
    assert db.current_revision(f"sqlite+aiosqlite:///{target}") is not None
