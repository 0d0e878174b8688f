"""The async SQLAlchemy engine and Alembic, for SQLite (embedded default) and PostgreSQL."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.ext.asyncio import AsyncSession as AsyncSession


def create_engine(url: str) -> AsyncEngine:
    """One engine per process; pre-ping so a restarted PostgreSQL is reconnected to."""
    if url.startswith("sqlite"):
        engine = create_async_engine(url, connect_args={"timeout": 15})
        _sqlite_pragmas(engine.sync_engine)
        return engine
    return create_async_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: object, _record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


def sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def migrations_dir() -> Path:
    """`migrations/` in a source checkout, `bot/_migrations` in an installed wheel."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package.parent / "migrations", package / "_migrations"):
        if (candidate / "env.py").exists():
            return candidate
    raise FileNotFoundError("Alembic migrations not found next to the bot package")


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


class RevisionRefused(ValueError):
    """`upgrade` was asked for a revision it cannot go to: unknown, or below the database's."""


def _revision_of(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def _read_revision(url: str) -> str | None:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(_revision_of)
    finally:
        await engine.dispose()


def current_revision(url: str) -> str | None:
    """The revision the database is at (None: no schema yet); blocking, like `upgrade`."""
    return asyncio.run(_read_revision(url))


def _check_target(config: Config, url: str, revision: str) -> None:
    """Refuse an unknown revision, or one below the database's: Alembic's upgrade
    would do nothing and return as if it had succeeded. The head is never below,
    so every start-up's migration skips the extra connection this takes."""
    if revision in ("head", "heads") or revision.startswith("+"):
        return
    scripts = ScriptDirectory.from_config(config)
    try:
        targets = {script.revision for script in scripts.get_revisions(revision)}
    except CommandError:
        raise RevisionRefused(f"no migration is called {revision!r}") from None
    current = current_revision(url)
    if current is None:
        return
    below = {script.revision for script in scripts.iterate_revisions(current, "base")}
    if targets <= below - {current}:
        raise RevisionRefused(
            f"the database is at {current}, above {revision}: upgrade does not downgrade"
        )


def upgrade(url: str, revision: str = "head") -> None:
    """Run migrations to `revision` (`current_revision` says where that left it).

    Blocking (Alembic's env.py runs its own event loop): call it from a thread
    inside an event loop. Raises `RevisionRefused` for a revision it cannot reach.
    """
    config = alembic_config(url)
    _check_target(config, url, revision)
    command.upgrade(config, revision)
