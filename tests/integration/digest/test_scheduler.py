"""The scheduler: one post per fire across processes, restarts, and changes without restart.

"Another process" is a second `DigestScheduler` with its own database engine
and Redis client against the same database and Redis; time is the test's clock.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, time, timedelta

import pytest
from redis.asyncio import Redis
from sqlalchemy import select
from structlog.testing import capture_logs

from bot.digest.commands import digest_command
from bot.digest.context import DigestContext
from bot.digest.schedule import Schedule, next_fire
from bot.digest.scheduler import DigestScheduler, start_scheduler
from bot.digest.subscriptions import Subscription
from bot.metrics import Metrics
from bot.routing.policy import Policy
from bot.usage import db
from bot.usage.tables import UsageEvent
from bot.wiring import Services
from tests.conftest import REDIS_URL
from tests.fakes.slack import FakeSlack
from tests.integration.digest.conftest import FIRE, Clock, seed_usage, slack_clients, usage_row

pytestmark = pytest.mark.parametrize("database_url", ["postgres"], indirect=True)

DAILY_9 = Schedule("daily", time(9, 0), "UTC")
Process = Callable[[], DigestContext]


@pytest.fixture
async def other_process(
    database_url: str, fake_slack: FakeSlack, policy: Policy, clock: Clock
) -> AsyncIterator[Process]:
    """Builds contexts as separate processes would: their own engine and Redis client."""
    made: list[DigestContext] = []

    def make() -> DigestContext:
        ctx = DigestContext(
            engine=db.create_engine(database_url),
            redis=Redis.from_url(REDIS_URL),
            slack=slack_clients(fake_slack),
            policy_source=lambda: policy,
            metrics=Metrics(),
            grace=timedelta(minutes=15),
            clock=clock,
        )
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        await ctx.engine.dispose()
        await ctx.redis.aclose()


@pytest.fixture
async def schedulers() -> AsyncIterator[list[DigestScheduler]]:
    """Started schedulers to shut down at the end, whatever the test did."""
    started: list[DigestScheduler] = []
    yield started
    for scheduler in started:
        await scheduler.shutdown()


async def start(
    ctx: DigestContext, started: list[DigestScheduler], interval: float = 60.0
) -> DigestScheduler:
    scheduler = DigestScheduler(ctx, sync_interval=interval)
    started.append(scheduler)
    await scheduler.start()
    return scheduler


async def usage_subscription(ctx: DigestContext, **fields: object) -> Subscription:
    sub = await ctx.subscriptions.add(
        workspace="T0001",
        kind="usage",
        channel="C0ADMIN",
        schedule=DAILY_9,
        created_by="U0ADMIN",
        now=FIRE - timedelta(days=3),
    )
    if "last_fired_at" in fields:
        await ctx.subscriptions.mark_fired(sub.id, fields["last_fired_at"])  # type: ignore[arg-type]
    return sub


def skipped_runs(ctx: DigestContext) -> float:
    value = ctx.metrics.registry.get_sample_value(
        "tandem_digest_runs_total", {"kind": "usage", "status": "skipped"}
    )
    return value or 0.0


async def settle(fake_slack: FakeSlack, posts: int) -> None:
    """Wait for `posts` digests, then long enough to see a duplicate if one were coming."""
    async with asyncio.timeout(10):
        await fake_slack.await_calls("chat.postMessage", posts)
    await asyncio.sleep(0.5)
    assert len(fake_slack.calls("chat.postMessage")) == posts


async def test_two_processes_post_each_fire_once(
    ctx: DigestContext,
    other_process: Process,
    schedulers: list[DigestScheduler],
    fake_slack: FakeSlack,
    clock: Clock,
) -> None:
    sub = await usage_subscription(ctx, last_fired_at=FIRE - timedelta(days=1))
    # Both start 5 s after today's fire: both catch it up, one posts.
    first, second = await asyncio.gather(start(ctx, schedulers), start(other_process(), schedulers))
    await settle(fake_slack, 1)
    assert first.job_ids() == second.job_ids() == [f"digest:{sub.id}"]

    # Tomorrow's fire, delivered by APScheduler's own trigger path in both processes.
    clock.at(FIRE + timedelta(days=1, seconds=2))
    first.trigger_now(sub.id)
    second.trigger_now(sub.id)
    await settle(fake_slack, 2)
    stored = await ctx.subscriptions.get(sub.id)
    assert stored is not None and stored.last_fired_at == FIRE + timedelta(days=1)


async def test_restart_inside_the_grace_time_posts_once(
    ctx: DigestContext,
    other_process: Process,
    schedulers: list[DigestScheduler],
    fake_slack: FakeSlack,
    clock: Clock,
) -> None:
    await usage_subscription(ctx, last_fired_at=FIRE - timedelta(days=1))
    clock.at(FIRE + timedelta(minutes=10))  # down at 09:00, back at 09:10; grace is 15 min
    before = await start(ctx, schedulers)
    await settle(fake_slack, 1)
    await before.shutdown()

    clock.at(FIRE + timedelta(minutes=12))  # and restarted once more
    await start(other_process(), schedulers)
    await settle(fake_slack, 1)


async def test_restart_after_the_grace_time_skips_and_logs_once(
    ctx: DigestContext,
    other_process: Process,
    schedulers: list[DigestScheduler],
    fake_slack: FakeSlack,
    clock: Clock,
) -> None:
    sub = await usage_subscription(ctx, last_fired_at=FIRE - timedelta(days=1))
    clock.at(FIRE + timedelta(minutes=20))
    with capture_logs() as logs:
        await start(ctx, schedulers)
        again = other_process()
        await start(again, schedulers)
    skips = [e for e in logs if e["event"] == "digest_fire_skipped"]
    assert len(skips) == 1
    assert skips[0]["subscription"] == sub.id
    assert skips[0]["fire_at"] == FIRE.isoformat()
    assert skipped_runs(ctx) + skipped_runs(again) == 1
    assert fake_slack.calls("chat.postMessage") == []
    stored = await ctx.subscriptions.get(sub.id)
    assert stored is not None and stored.last_fired_at == FIRE - timedelta(days=1)


async def wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    """Poll a condition another task makes true (a job appearing in the scheduler)."""
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met in time")


async def test_changes_in_another_process_apply_without_restart(
    ctx: DigestContext, other_process: Process, schedulers: list[DigestScheduler]
) -> None:
    scheduler = await start(ctx, schedulers, interval=60.0)  # only the announcement can wake it
    assert scheduler.job_ids() == []
    elsewhere = other_process()
    reply = await digest_command(
        elsewhere,
        workspace="T0001",
        channel="C0ENG",
        user="U0ALICE",
        is_admin=False,
        args="subscribe channel weekly mon 09:00 Europe/Paris",
    )
    sub_id = int(reply.split("#")[1].split()[0])
    await wait_for(lambda: scheduler.next_run_time(sub_id) is not None)
    schedule = Schedule("weekly", time(9, 0), "Europe/Paris", 0)
    assert scheduler.next_run_time(sub_id) == next_fire(schedule, datetime.now(UTC))

    await digest_command(
        elsewhere,
        workspace="T0001",
        channel="C0ENG",
        user="U0ALICE",
        is_admin=False,
        args=f"unsubscribe {sub_id}",
    )
    await wait_for(lambda: scheduler.job_ids() == [])


async def test_periodic_sync_picks_up_silent_changes(
    ctx: DigestContext, schedulers: list[DigestScheduler]
) -> None:
    scheduler = await start(ctx, schedulers, interval=0.1)
    sub = await usage_subscription(ctx)  # written straight to SQL: no announcement
    await wait_for(lambda: scheduler.job_ids() == [f"digest:{sub.id}"])


async def test_start_scheduler_runs_from_services(
    ctx: DigestContext, services: Services, fake_slack: FakeSlack, clock: Clock
) -> None:
    sub = await usage_subscription(ctx, last_fired_at=FIRE - timedelta(days=1))
    handle = await start_scheduler(services, clock=clock, sync_interval=60.0)
    try:
        await settle(fake_slack, 1)  # today's 09:00, caught up 5 s late
        assert handle.job_ids() == [f"digest:{sub.id}"]
        assert handle.next_run_time(sub.id) == next_fire(DAILY_9, datetime.now(UTC))
    finally:
        await handle.shutdown()
    assert not handle.running


async def test_usage_retention_prunes_at_start_then_daily_at_0330_utc(
    ctx: DigestContext, services: Services, clock: Clock, schedulers: list[DigestScheduler]
) -> None:
    rows = [usage_row(1, FIRE - timedelta(days=41)), usage_row(2, FIRE - timedelta(days=39))]
    await seed_usage(services.engine, rows)
    scheduler = DigestScheduler(ctx, sync_interval=60.0, retention_days=40)
    schedulers.append(scheduler)
    await scheduler.start()

    for _ in range(250):  # the start-up prune runs on the scheduler's next turn
        if await request_ids(services) == ["req-0002"]:
            break
        await asyncio.sleep(0.02)
    assert await request_ids(services) == ["req-0002"]
    assert scheduler.job_ids() == ["retention:usage"]
    now = datetime.now(UTC)
    next_0330 = datetime.combine(now.date(), time(3, 30), UTC)
    expected = next_0330 if next_0330 > now else next_0330 + timedelta(days=1)
    assert scheduler.next_prune_time() == expected


async def request_ids(services: Services) -> list[str]:
    async with services.engine.connect() as connection:
        result = await connection.execute(select(UsageEvent.request_id).order_by(UsageEvent.id))
        return list(result.scalars())
