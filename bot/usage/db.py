"""The async SQLAlchemy engine and Alembic, for SQLite (embedded default) and PostgreSQL."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.ext.asyncio import AsyncSession as AsyncSession

from bot.config import PG_COUNTS, PG_SECONDS, PG_SERVER_SETTINGS, PG_SSL_FILES


def asyncpg_arguments(url: str) -> tuple[URL, dict[str, Any]]:
    """The URL SQLAlchemy passes on, and asyncpg.connect's typed arguments for the libpq
    options `bot.config` accepted: SQLAlchemy hands every query option to asyncpg.connect
    as a string keyword, which asyncpg refuses (`connect_timeout`, `application_name`)
    or cannot use (a timeout of "10"). `ssl`, `target_session_attrs` and
    `prepared_statement_cache_size` stay in the URL: SQLAlchemy and asyncpg take them."""
    parsed = make_url(url)
    query = {name: value for name, value in parsed.query.items()}
    connect: dict[str, Any] = {}
    server_settings: dict[str, str] = {}
    ssl_files: dict[str, str] = {}
    for name, given in list(query.items()):
        value = given[-1] if isinstance(given, tuple) else given
        if name in PG_SECONDS:
            connect["timeout" if name == "connect_timeout" else name] = float(value)
        elif name in PG_COUNTS and name != "prepared_statement_cache_size":
            connect[name] = int(value)
        elif name in PG_SERVER_SETTINGS:
            server_settings[name] = value
        elif name in PG_SSL_FILES:
            ssl_files[name] = value
        else:
            continue
        del query[name]
    if server_settings:
        connect["server_settings"] = server_settings
    if ssl_files:  # asyncpg reads these only from a DSN; its keywords override the rest
        connect["dsn"] = f"postgresql://?{urlencode(ssl_files)}"
    return parsed.set(query=query), connect


def engine_for(url: str, **options: Any) -> AsyncEngine:
    """An async engine for a URL `bot.config` normalised (its PostgreSQL options typed)."""
    if url.startswith("sqlite"):
        return create_async_engine(url, **options)
    target, connect_args = asyncpg_arguments(url)
    return create_async_engine(target, connect_args=connect_args, **options)


def create_engine(url: str) -> AsyncEngine:
    """One engine per process; pre-ping so a restarted PostgreSQL is reconnected to.
    Errors never quote a statement's parameters: they reach the logs."""
    if url.startswith("sqlite"):
        engine = create_async_engine(url, connect_args={"timeout": 15}, hide_parameters=True)
        _sqlite_pragmas(engine.sync_engine)
        return engine
    return engine_for(url, pool_pre_ping=True, pool_size=10, max_overflow=10, hide_parameters=True)


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
    engine = engine_for(url)
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
