"""Per-user settings kept in SQL (they must survive Redis being flushed)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.usage.tables import UserPreference


class Preferences:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def default_model(self, workspace: str, user: str) -> str | None:
        query = select(UserPreference.default_model).where(
            UserPreference.workspace == workspace, UserPreference.user_id == user
        )
        async with self._engine.connect() as connection:
            return (await connection.execute(query)).scalar_one_or_none()

    async def set_default_model(self, workspace: str, user: str, alias: str | None) -> None:
        """`None` (or "auto") hands the choice back to the policy."""
        value = None if alias in (None, "auto") else alias
        insert = pg_insert if self._engine.dialect.name == "postgresql" else sqlite_insert
        statement = insert(UserPreference).values(
            workspace=workspace, user_id=user, default_model=value, updated_at=datetime.now(UTC)
        )
        statement = statement.on_conflict_do_update(
            index_elements=["workspace", "user_id"],
            set_={"default_model": value, "updated_at": statement.excluded.updated_at},
        )
        async with self._engine.begin() as connection:
            await connection.execute(statement)
