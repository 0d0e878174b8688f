"""Shared fixtures: the real Redis and PostgreSQL on this machine, cleaned per test.

Redis tests use database 15 (flushed before each test). PostgreSQL tests get a
database created for this test run and dropped at the end, migrated by Alembic
like production, with tables emptied before each test.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import structlog
from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.usage import db
from tests.fakes.fixtures import *  # noqa: F403
from tests.support.databases import PG_ADMIN_DSN, scratch_database

REDIS_URL = os.environ.get("TANDEM_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
ALL_TABLES = (
    "usage_events",
    "user_preferences",
    "digest_subscriptions",
    "slack_installations",
    "slack_bots",
    "slack_oauth_states",
)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No developer .env or shell variable leaks into a test's Settings."""
    owned = ("TANDEM_", "SLACK_", "OPENAI_", "OLLAMA_", "DATABASE_URL", "REDIS_URL")
    for name in list(os.environ):
        if name.startswith(owned) and not name.startswith("TANDEM_TEST_"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(autouse=True)
def _structlog_restored() -> Iterator[None]:
    """A command run in-process (CliRunner) configures logging onto its own stderr, which
    is closed when it returns: later tests' log lines must not be written there."""
    saved = structlog.get_config()
    yield
    structlog.configure(**saved)


@pytest.fixture
async def redis() -> AsyncIterator[Redis]:
    client = Redis.from_url(REDIS_URL)
    await client.flushdb()
    yield client
    await client.flushdb()
    await client.aclose()


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this run, at the schema's head."""
    with scratch_database("tandem_test") as name:
        base = PG_ADMIN_DSN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
        url = f"{base}/{name}"
        db.upgrade(url)
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'tandem.db'}"
    db.upgrade(url)
    return url


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> str:
    """Run a test against both supported databases."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = db.create_engine(database_url)
    async with engine.begin() as connection:
        for table in ALL_TABLES:
            await connection.execute(text(f"DELETE FROM {table}"))  # noqa: S608
    yield engine
    await engine.dispose()
