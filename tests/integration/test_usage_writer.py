"""The usage log: batched writes, feedback, and no row lost while the database is down."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from decimal import Decimal

import pytest
from redis.asyncio import Redis
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine
from structlog.testing import capture_logs

from bot.usage import db
from bot.usage.records import UsageRecord
from bot.usage.tables import UsageEvent
from bot.usage.writer import SPOOL_KEY, UsageWriter
from tests.support.tcp_proxy import TcpProxy


def record(n: int, **overrides: object) -> UsageRecord:
    values: dict[str, object] = {
        "request_id": f"req-{n:04d}",
        "workspace": "T1",
        "channel": "C1",
        "user_id": "U1",
        "thread_key": "T1:C1:1.0",
        "surface": "cli",
        "status": "ok",
        "alias": "strong",
        "provider": "openai",
        "model": "gpt-4o",
        "prompt_tokens": 812,
        "completion_tokens": 240,
        "cost_usd": Decimal("0.00443000"),
        "route_reasons": ["score_high"],
        "features": {"length_tokens": 12.0},
    }
    values.update(overrides)
    return UsageRecord(**values)  # type: ignore[arg-type]


async def rows(engine: AsyncEngine) -> list[UsageEvent]:
    async with db.sessionmaker(engine)() as session:
        result = await session.execute(select(UsageEvent).order_by(UsageEvent.id))
        return list(result.scalars())


async def test_batched_rows_keep_exact_values(engine: AsyncEngine, redis: Redis) -> None:
    writer = UsageWriter(engine, redis, interval=0.05)
    writer.start()
    for n in range(25):
        writer.record(record(n))
    await writer.aclose()
    stored = await rows(engine)
    assert [r.request_id for r in stored] == [f"req-{n:04d}" for n in range(25)]
    first = stored[0]
    assert first.cost_usd == Decimal("0.00443000")
    assert first.route_reasons == ["score_high"]
    assert first.features == {"length_tokens": 12.0}
    assert first.created_at is not None


async def test_feedback_updates_the_row_even_in_the_same_batch(
    engine: AsyncEngine, redis: Redis
) -> None:
    writer = UsageWriter(engine, redis, interval=60)
    writer.record(record(1))
    writer.feedback("req-0001", -1)
    writer.feedback("req-0001", 1)
    assert await writer.flush()
    assert [r.feedback for r in await rows(engine)] == [1]


async def test_replayed_rows_are_not_duplicated(engine: AsyncEngine, redis: Redis) -> None:
    writer = UsageWriter(engine, redis, interval=60)
    writer.record(record(1))
    writer.record(record(1))
    await writer.flush()
    writer.record(record(1))
    await writer.flush()
    async with engine.connect() as connection:
        count = await connection.scalar(select(func.count()).select_from(UsageEvent))
    assert count == 1


@pytest.fixture
async def pg_behind_proxy(pg_url: str) -> AsyncIterator[tuple[TcpProxy, AsyncEngine]]:
    with TcpProxy("127.0.0.1", 5432) as proxy:
        url = pg_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
        engine = db.create_engine(url)
        async with engine.begin() as connection:
            await connection.execute(text("DELETE FROM usage_events"))
        yield proxy, engine
        await engine.dispose()


async def test_postgres_down_rows_spooled_then_written_in_order(
    pg_behind_proxy: tuple[TcpProxy, AsyncEngine], redis: Redis
) -> None:
    proxy, engine = pg_behind_proxy
    writer = UsageWriter(engine, redis, interval=0.05)
    writer.start()
    writer.record(record(0))
    await asyncio.sleep(0.3)
    proxy.cut()
    for n in range(1, 40):
        writer.record(record(n))
        await asyncio.sleep(0.01)
    writer.feedback("req-0005", -1)
    await asyncio.sleep(0.5)
    assert not writer.database_ok
    assert await redis.llen(SPOOL_KEY) > 0
    proxy.resume()
    for n in range(40, 45):
        writer.record(record(n))
    await asyncio.sleep(1.5)
    await writer.aclose()
    stored = await rows(engine)
    assert [r.request_id for r in stored] == [f"req-{n:04d}" for n in range(45)]
    assert next(r for r in stored if r.request_id == "req-0005").feedback == -1
    assert await redis.llen(SPOOL_KEY) == 0


async def test_shutdown_while_database_down_keeps_rows_in_redis(
    pg_behind_proxy: tuple[TcpProxy, AsyncEngine], redis: Redis
) -> None:
    proxy, engine = pg_behind_proxy
    proxy.cut()
    writer = UsageWriter(engine, redis, interval=60)
    for n in range(5):
        writer.record(record(n))
    await writer.aclose()
    assert await redis.llen(SPOOL_KEY) == 5
    proxy.resume()
    successor = UsageWriter(engine, redis, interval=60)
    assert await successor.flush()
    assert len(await rows(engine)) == 5


async def test_rows_wait_while_postgres_is_starting_up(
    pg_behind_proxy: tuple[TcpProxy, AsyncEngine], redis: Redis
) -> None:
    """A restarted PostgreSQL refuses connections for a while ("the database system is
    starting up", FATAL 57P03, which SQLAlchemy does not mark as a disconnect): the rows
    of that while are kept, the log says why, and they are written once it is up."""
    proxy, engine = pg_behind_proxy
    writer = UsageWriter(engine, redis, interval=60)
    writer.record(record(0))
    assert await writer.flush()
    proxy.postgres_starting_up()
    with capture_logs() as logs:
        writer.record(record(1))
        assert not await writer.flush()
        writer.record(record(2))
        writer.feedback("req-0001", 1)
        assert not await writer.flush()
    assert await redis.llen(SPOOL_KEY) == 3
    proxy.resume()
    assert await writer.flush()
    stored = await rows(engine)
    assert [r.request_id for r in stored] == ["req-0000", "req-0001", "req-0002"]
    assert stored[1].feedback == 1
    assert [(e["event"], e.get("sqlstate")) for e in logs] == [
        ("usage_database_unavailable", "57P03"),
        ("usage_spool_write_failed", "57P03"),
    ]


async def test_a_row_the_database_refuses_is_dropped_alone(
    pg_behind_proxy: tuple[TcpProxy, AsyncEngine], redis: Redis
) -> None:
    """A value PostgreSQL cannot store (a status longer than its column) loses that
    row only, with an error naming it; the rest of its batch is written."""
    _, engine = pg_behind_proxy
    writer = UsageWriter(engine, redis, interval=60)
    writer.record(record(1))
    writer.record(record(2, status="s" * 40))
    writer.record(record(3))
    with capture_logs() as logs:
        assert await writer.flush()
    assert [r.request_id for r in await rows(engine)] == ["req-0001", "req-0003"]
    [rejected] = [e for e in logs if e["event"] == "usage_row_rejected"]
    assert (rejected["request"], rejected["sqlstate"]) == ("req-0002", "22001")
    assert await redis.llen(SPOOL_KEY) == 0


async def test_an_unreadable_spool_entry_does_not_block_the_rest(
    engine: AsyncEngine, redis: Redis
) -> None:
    await redis.rpush(SPOOL_KEY, json.dumps({"op": "insert", "row": record(1).to_json()}))
    await redis.rpush(SPOOL_KEY, b'{"op": "ins')
    await redis.rpush(SPOOL_KEY, json.dumps({"op": "insert", "row": record(2).to_json()}))
    writer = UsageWriter(engine, redis, interval=60)
    with capture_logs() as logs:
        assert await writer.flush()
    assert [r.request_id for r in await rows(engine)] == ["req-0001", "req-0002"]
    assert [e["event"] for e in logs if e["log_level"] == "error"] == [
        "usage_spool_entry_unreadable"
    ]
    assert await redis.llen(SPOOL_KEY) == 0
