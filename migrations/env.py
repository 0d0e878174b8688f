"""Alembic environment: async engine, URL from the Alembic config (set by `tandem db upgrade`)."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from bot.config import normalise_database_url
from bot.usage.db import engine_for
from bot.usage.tables import Base

target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_online(url: str) -> None:
    engine = engine_for(url)  # libpq options in the URL as asyncpg takes them
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_configure)
    finally:
        await engine.dispose()


def run_offline(url: str) -> None:
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


# `alembic -x url=postgresql://... upgrade head` (by hand, as alembic.ini says) names the
# database; `tandem db upgrade` sets sqlalchemy.url instead. Either way on the async driver.
_given = context.get_x_argument(as_dictionary=True).get("url")
_url = (
    normalise_database_url(_given) if _given else context.config.get_main_option("sqlalchemy.url")
)
_url = _url or ""
if context.is_offline_mode():
    run_offline(_url)
else:
    asyncio.run(_run_online(_url))
