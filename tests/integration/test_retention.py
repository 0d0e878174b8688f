"""Usage retention: rows past it go (in batches), newer rows stay, once a day across replicas."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from redis.asyncio import Redis
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.usage import retention
from bot.usage.tables import UsageEvent

NOW = datetime(2026, 11, 27, 3, 30, tzinfo=UTC)


def row(n: int, age_days: float) -> dict[str, object]:
    return {
        "request_id": f"req-{n:04d}",
        "step": 0,
        "created_at": NOW - timedelta(days=age_days),
        "workspace": "T1",
        "channel": "C1",
        "user_id": "U1",
        "thread_key": "T1:C1:1.0",
        "surface": "mention",
        "status": "ok",
    }


async def add(engine: AsyncEngine, rows: list[dict[str, object]]) -> None:
    async with engine.begin() as connection:
        await connection.execute(insert(UsageEvent), rows)


async def request_ids(engine: AsyncEngine) -> list[str]:
    async with engine.connect() as connection:
        result = await connection.execute(select(UsageEvent.request_id).order_by(UsageEvent.id))
        return list(result.scalars())


async def test_rows_past_retention_go_in_batches_and_newer_rows_stay(engine: AsyncEngine) -> None:
    old = [row(n, 41 + n) for n in range(7)]
    young = [row(100, 39.9), row(101, 1), row(102, 0)]
    await add(engine, [*old[:4], *young, *old[4:]])
    before = retention.cutoff(NOW, 40)

    assert await retention.count_older(engine, before) == 7
    assert await retention.prune(engine, before, batch=3) == 7

    assert await request_ids(engine) == ["req-0100", "req-0101", "req-0102"]
    assert await retention.prune(engine, before, batch=3) == 0


def test_a_retention_under_the_floor_is_refused() -> None:
    with pytest.raises(ValueError, match="floor of 35"):
        retention.cutoff(NOW, 30)
    assert retention.cutoff(NOW, 35) == NOW - timedelta(days=35)


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_the_daily_prune_runs_once_a_day_across_replicas(
    engine: AsyncEngine, redis: Redis
) -> None:
    await add(engine, [row(1, 50), row(2, 10)])
    assert await retention.prune_daily(engine, redis, 40, NOW) == 1

    await add(engine, [row(3, 60)])  # another replica, later the same day: already done
    assert await retention.prune_daily(engine, redis, 40, NOW + timedelta(hours=5)) is None
    assert await request_ids(engine) == ["req-0002", "req-0003"]

    assert await retention.prune_daily(engine, redis, 40, NOW + timedelta(days=1)) == 1
    assert await request_ids(engine) == ["req-0002"]


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_the_daily_prune_still_runs_with_redis_away(engine: AsyncEngine) -> None:
    away = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.5)
    await add(engine, [row(1, 50), row(2, 10)])
    try:
        assert await retention.prune_daily(engine, away, 40, NOW) == 1
        assert await request_ids(engine) == ["req-0002"]
    finally:
        await away.aclose()
