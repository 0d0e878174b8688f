"""Budget counters in the real Redis, rebuilt from the real usage table."""

from __future__ import annotations

from decimal import Decimal

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.routing.budgets import Budgets
from bot.routing.policy import BudgetsSchema
from bot.usage.records import UsageRecord
from bot.usage.writer import UsageWriter

CAPS = BudgetsSchema(
    user_daily_usd=Decimal("1.00"),
    channel_monthly_usd=Decimal("10.00"),
    workspace_monthly_usd=Decimal("100.00"),
    soft_fraction=0.8,
)


async def test_levels_follow_spend(engine: AsyncEngine, redis: Redis) -> None:
    budgets = Budgets(redis, engine, CAPS)
    assert (await budgets.status("T1", "C1", "U1")).level == "ok"
    await budgets.charge("T1", "C1", "U1", Decimal("0.85"))
    soft = await budgets.status("T1", "C1", "U1")
    assert (soft.level, soft.scope) == ("soft", "user")
    assert soft.spent == Decimal("0.85")
    await budgets.charge("T1", "C1", "U1", Decimal("0.15000001"))
    hard = await budgets.status("T1", "C1", "U1")
    assert (hard.level, hard.scope) == ("hard", "user")
    assert (await budgets.status("T1", "C1", "U2")).level == "ok"
    assert (await budgets.status("T2", "C1", "U1")).level == "ok"


async def test_channel_cap_applies_to_everyone_in_it(engine: AsyncEngine, redis: Redis) -> None:
    budgets = Budgets(redis, engine, CAPS.model_copy(update={"user_daily_usd": None}))
    for user in ("U1", "U2", "U3", "U4", "U5"):
        await budgets.charge("T1", "C1", user, Decimal("2.00"))
    status = await budgets.status("T1", "C1", "U9")
    assert (status.level, status.scope) == ("hard", "channel")


async def test_no_caps_means_no_redis_reads(engine: AsyncEngine, redis: Redis) -> None:
    budgets = Budgets(redis, engine, BudgetsSchema())
    await redis.aclose()
    assert (await budgets.status("T1", "C1", "U1")).level == "ok"


async def test_counters_rebuilt_from_usage_table(engine: AsyncEngine, redis: Redis) -> None:
    writer = UsageWriter(engine, redis)
    for n, (alias, user, cost) in enumerate(
        [
            ("strong", "U1", "0.40"),
            ("strong", "U1", "0.45"),
            ("local", "U1", "0"),
            ("strong", "U2", "0.10"),
        ]
    ):
        writer.record(
            UsageRecord(
                request_id=f"r{n}",
                workspace="T1",
                channel="C1",
                user_id=user,
                thread_key="T1:C1:x",
                surface="cli",
                status="ok",
                alias=alias,
                cost_usd=Decimal(cost),
            )
        )
    assert await writer.flush()
    await redis.flushdb()
    budgets = Budgets(redis, engine, CAPS)
    assert await budgets.rebuild(["strong"]) > 0
    status = await budgets.status("T1", "C1", "U1")
    assert (status.level, status.spent) == ("soft", Decimal("0.85"))


async def test_rebuild_with_redis_away_is_skipped_not_raised(engine: AsyncEngine) -> None:
    """`tandem serve` rebuilds the counters at start: with this month's spend in the
    usage table and Redis unreachable, that must not stop the server from starting
    (it answers without Redis, and /readyz says Redis is down)."""
    writer = UsageWriter(engine, Redis.from_url("redis://127.0.0.1:1/0"))
    writer.record(
        UsageRecord(
            request_id="paid",
            workspace="T1",
            channel="C1",
            user_id="U1",
            thread_key="T1:C1:x",
            surface="cli",
            status="ok",
            alias="strong",
            cost_usd=Decimal("0.40"),
        )
    )
    assert await writer.flush()
    nowhere = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=1)
    try:
        assert await Budgets(nowhere, engine, CAPS).rebuild(["strong"]) is None
    finally:
        await nowhere.aclose()


async def test_counters_never_rebuilt_say_so_until_a_rebuild_succeeds(
    engine: AsyncEngine, redis: Redis
) -> None:
    """The database away at start: the rebuild is skipped, and the guard must try again."""
    away = create_async_engine("postgresql+asyncpg://postgres@127.0.0.1:1/none")
    try:
        assert await Budgets(redis, away, CAPS).rebuild(["strong"]) is None
    finally:
        await away.dispose()
    budgets = Budgets(redis, engine, CAPS)
    assert await budgets.needs_rebuild()
    assert await budgets.rebuild(["strong"]) is not None
    assert not await budgets.needs_rebuild()
    assert not await Budgets(redis, engine, BudgetsSchema()).needs_rebuild()  # no caps
