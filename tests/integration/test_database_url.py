"""A DATABASE_URL as a managed PostgreSQL gives it (libpq's `sslmode`) works end to end."""

from __future__ import annotations

from sqlalchemy import text

from bot.config import Settings
from bot.usage import db


async def test_sslmode_url_connects(pg_url: str) -> None:
    given = pg_url.replace("postgresql+asyncpg://", "postgresql://") + "?sslmode=prefer"
    settings = Settings(_env_file=None, database_url=given)  # type: ignore[call-arg]
    engine = db.create_engine(settings.database_url)
    try:
        async with engine.connect() as connection:
            assert (await connection.execute(text("SELECT 1"))).scalar() == 1
    finally:
        await engine.dispose()
