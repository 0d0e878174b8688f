"""Subscriptions in SQL (SQLite and PostgreSQL), and the table matching its migration."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.digest.schedule import Schedule
from bot.digest.subscriptions import SubscriptionRepository
from bot.usage.tables import Base, DigestSubscription

NOW = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)
WEEKLY = Schedule("weekly", time(17, 30), "Europe/Paris", 4)


async def test_add_get_list_disable(engine: AsyncEngine) -> None:
    repo = SubscriptionRepository(engine)
    usage = await repo.add(
        workspace="T1",
        kind="usage",
        channel="C1",
        schedule=Schedule("daily", time(9, 0), "UTC"),
        created_by="U1",
        now=NOW,
    )
    channel = await repo.add(
        workspace="T1", kind="channel", channel="C2", schedule=WEEKLY, created_by="U2", now=NOW
    )
    await repo.add(
        workspace="T2", kind="channel", channel="C9", schedule=WEEKLY, created_by="U9", now=NOW
    )
    fetched = await repo.get(channel.id)
    assert fetched == channel
    assert fetched is not None and fetched.schedule == WEEKLY
    assert fetched.created_at == NOW and fetched.last_fired_at is None
    assert [s.id for s in await repo.list("T1")] == [usage.id, channel.id]
    assert [s.id for s in await repo.list("T1", channel="C2")] == [channel.id]
    assert len(await repo.list()) == 3
    assert await repo.disable(usage.id)
    assert not await repo.disable(usage.id)
    assert [s.id for s in await repo.list("T1")] == [channel.id]
    assert [s.enabled for s in await repo.list("T1", include_disabled=True)] == [False, True]
    assert await repo.get(10_000) is None


async def test_mark_fired_only_moves_forward(engine: AsyncEngine) -> None:
    repo = SubscriptionRepository(engine)
    sub = await repo.add(
        workspace="T1", kind="channel", channel="C2", schedule=WEEKLY, created_by="U2", now=NOW
    )
    fire = datetime(2026, 11, 27, 16, 30, tzinfo=UTC)
    assert await repo.mark_fired(sub.id, fire)
    assert not await repo.mark_fired(sub.id, fire)
    assert not await repo.mark_fired(sub.id, fire - timedelta(days=7))
    stored = await repo.get(sub.id)
    assert stored is not None and stored.last_fired_at == fire


def _diff(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    ours = MetaData(naming_convention=Base.metadata.naming_convention)
    table = Base.metadata.tables[DigestSubscription.__tablename__]
    table.to_metadata(ours)
    return [
        change
        for change in compare_metadata(context, ours)
        if "digest_subscriptions" in repr(change)
    ]


async def test_table_matches_migration(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        assert await connection.run_sync(_diff) == []
