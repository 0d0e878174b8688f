"""A DATABASE_URL as a managed PostgreSQL gives it (libpq's `sslmode`) works end to end."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from bot.config import Settings
from bot.usage import db
from tests.support.cli import ROOT
from tests.support.databases import PG_ADMIN_DSN, scratch_database


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


async def _session_settings(url: str) -> tuple[str, str, str]:
    engine = db.create_engine(url)
    try:
        async with engine.connect() as connection:
            shown = (await connection.execute(text("SHOW application_name"))).scalar()
            timeout = (await connection.execute(text("SHOW statement_timeout"))).scalar()
            activity = await connection.execute(
                text("SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()")
            )
            return str(shown), str(activity.scalar()), str(timeout)
    finally:
        await engine.dispose()


def test_libpq_options_connect_migrate_and_reach_the_server() -> None:
    """`connect_timeout`, `application_name` and `options` (in the URLs operators and
    managed PostgreSQL use) went to asyncpg.connect as unknown keywords: a TypeError."""
    options = "connect_timeout=5&application_name=tandem-test&options=-c%20statement_timeout%3D5000"
    base = PG_ADMIN_DSN.rsplit("/", 1)[0]
    with scratch_database("tandem_url") as name:
        given = f"{base}/{name}?{options}"
        settings = Settings(_env_file=None, database_url=given)  # type: ignore[call-arg]
        db.upgrade(settings.database_url)
        assert db.current_revision(settings.database_url) is not None
        shown = asyncio.run(_session_settings(settings.database_url))
        assert shown == ("tandem-test", "tandem-test", "5s")


def test_an_unknown_url_option_is_one_line_naming_it_without_the_password(
    tmp_path: Path,
) -> None:
    url = "postgresql://tandem:s3cret-pw@127.0.0.1:5432/tandem?sslmode=require&sslmdoe=x"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "usage"],
        env={**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": url},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("tandem: bad setting DATABASE_URL: ")
    assert "sslmdoe" in line and "s3cret-pw" not in line
