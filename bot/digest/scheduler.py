"""The digest scheduler: APScheduler 3's asyncio scheduler, synced from SQL.

The only module that knows triggers. Each enabled subscription is one job
with the stable id `digest:<subscription id>` and a trigger that fires at the
subscription's schedule in its own time zone; the job calls
`jobs.run_scheduled`, which makes every fire exactly-once across replicas
(see `bot.digest.jobs`).

Jobs are kept in memory and rebuilt from `digest_subscriptions` on start, every
`sync_interval` seconds, and at once when any process announces a change on
Redis, so subscribing or unsubscribing takes effect without a restart on every
replica. The same sync catches up: a fire this process was down for is run if
it is still inside the grace time, and skipped (and logged once) if not.

With a usage retention set, one more job (`retention:usage`) prunes old usage
rows at start and daily at 03:30 UTC, once a day across replicas
(`bot.usage.retention`).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import structlog
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from redis.exceptions import RedisError
from sqlalchemy.exc import SQLAlchemyError

from bot.digest import jobs
from bot.digest.budget_use import BudgetSource
from bot.digest.context import (
    CHANGES_CHANNEL,
    DEFAULT_GRACE,
    DigestContext,
    ServicesLike,
    system_clock,
)
from bot.digest.schedule import Schedule, last_fire, next_fire
from bot.digest.subscriptions import Subscription
from bot.usage import retention

log = structlog.get_logger(__name__)

DEFAULT_SYNC_INTERVAL = 30.0
RETENTION_JOB = "retention:usage"
_SYNC_ERRORS = (SQLAlchemyError, RedisError, OSError, TimeoutError)


def job_id(subscription_id: int) -> str:
    """Stable across restarts and replicas, so a re-sync replaces a job instead of adding one."""
    return f"digest:{subscription_id}"


class ScheduleTrigger(BaseTrigger):  # type: ignore[misc]  # APScheduler ships no types
    """An APScheduler trigger that fires exactly at `next_fire` of a `Schedule`.

    Not `CronTrigger`: APScheduler 3's cron adds 24-hour steps across daylight
    saving changes and skips fires (a Monday 00:00 New York job jumps from
    2 March 2020 to 16 March; agronholm/apscheduler#529, #606), and fires twice
    at an ambiguous autumn time. Delegating to the pure schedule keeps the
    trigger, the fire-time claims and the catch-up on one definition.
    """

    __slots__ = ("schedule",)

    def __init__(self, schedule: Schedule) -> None:
        self.schedule = schedule

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        if previous_fire_time is not None:
            return next_fire(self.schedule, previous_fire_time)
        return next_fire(self.schedule, now - timedelta(microseconds=1))

    def __str__(self) -> str:
        return f"digest[{self.schedule.describe()}]"

    def __repr__(self) -> str:
        return f"<ScheduleTrigger {self.schedule.describe()}>"


def behind(subscription: Subscription, now: datetime) -> bool:
    """Whether the latest fire at or before `now` has not been handled yet."""
    due = last_fire(subscription.schedule, now)
    handled = subscription.last_fired_at or subscription.created_at
    return due > handled


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What one sync changed, for logs and tests."""

    added: tuple[int, ...]
    removed: tuple[int, ...]
    caught_up: tuple[tuple[int, str], ...]


class DigestScheduler:
    """One per process; `start()` inside the event loop, `shutdown()` before it ends."""

    def __init__(
        self,
        ctx: DigestContext,
        *,
        sync_interval: float = DEFAULT_SYNC_INTERVAL,
        shutdown_wait: float = 10.0,
        retention_days: int = 0,
    ) -> None:
        self.ctx = ctx
        self.retention_days = retention_days
        self.sync_interval = sync_interval
        self.shutdown_wait = shutdown_wait
        self._scheduler = AsyncIOScheduler(timezone=UTC)
        self._schedules: dict[int, Schedule] = {}
        self._sync_lock = asyncio.Lock()
        self._loop_task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        self._running: set[asyncio.Task[object]] = set()

    @property
    def running(self) -> bool:
        return bool(self._scheduler.running)

    def next_run_time(self, subscription_id: int) -> datetime | None:
        """When APScheduler will next fire this subscription's job (None: no such job)."""
        job = self._scheduler.get_job(job_id(subscription_id))
        return None if job is None else job.next_run_time

    def next_prune_time(self) -> datetime | None:
        """When the usage retention job runs next (None: no retention set)."""
        job = self._scheduler.get_job(RETENTION_JOB)
        return None if job is None else job.next_run_time

    def job_ids(self) -> list[str]:
        return sorted(job.id for job in self._scheduler.get_jobs())

    def trigger_now(self, subscription_id: int) -> None:
        """Have APScheduler run the job on the loop's next turn, as if its trigger had fired.

        The job still works out which fire is due from the clock, so this cannot
        post a fire twice; it exists for operators and tests.
        """
        job = self._scheduler.get_job(job_id(subscription_id))
        if job is None:
            raise LookupError(f"no digest job for subscription {subscription_id}")
        job.modify(next_run_time=datetime.now(UTC))

    async def start(self) -> None:
        """Start APScheduler, sync (catching up missed fires), then keep syncing."""
        self._scheduler.start()
        if self.retention_days:
            self._scheduler.add_job(
                self.prune_usage,
                trigger=CronTrigger(hour=3, minute=30, timezone=UTC),
                id=RETENTION_JOB,
                name=f"delete usage rows older than {self.retention_days} days",
                next_run_time=datetime.now(UTC),  # and at start: a replica may never see 03:30
                replace_existing=True,
                misfire_grace_time=3600,
                coalesce=True,
                max_instances=1,
            )
        await self.sync_quietly()
        self._loop_task = asyncio.create_task(self._sync_loop(), name="digest-sync")

    async def shutdown(self) -> None:
        """Stop syncing, let running digests finish (up to `shutdown_wait` s), stop APScheduler."""
        await self._stop_sync_loop()
        if not self.running:
            return
        self._scheduler.pause()
        if self._running:
            await asyncio.wait(set(self._running), timeout=self.shutdown_wait)
        self._scheduler.shutdown(wait=False)
        await asyncio.sleep(0)  # AsyncIOScheduler.shutdown runs on the loop's next turn

    async def sync(self) -> SyncResult:
        """Make the jobs match the enabled subscriptions, then catch up missed fires."""
        async with self._sync_lock:
            subscriptions = await self.ctx.subscriptions.list()
            added, removed = self._apply(subscriptions)
            now = self.ctx.now()
            caught_up = []
            for sub in subscriptions:
                if behind(sub, now):
                    caught_up.append((sub.id, await self.fire(sub.id)))
            return SyncResult(tuple(added), tuple(removed), tuple(caught_up))

    async def sync_quietly(self) -> None:
        """`sync`, with a database or Redis outage logged rather than raised: next time."""
        try:
            await self.sync()
        except _SYNC_ERRORS as exc:
            log.warning("digest_sync_failed", error=type(exc).__name__)

    def _apply(self, subscriptions: Sequence[Subscription]) -> tuple[list[int], list[int]]:
        wanted = {sub.id: sub.schedule for sub in subscriptions}
        removed = [sid for sid in self._schedules if sid not in wanted]
        for sid in removed:
            with contextlib.suppress(LookupError):
                self._scheduler.remove_job(job_id(sid))
        added = [sid for sid, schedule in wanted.items() if self._schedules.get(sid) != schedule]
        for sid in added:
            self._scheduler.add_job(
                self.fire,
                trigger=ScheduleTrigger(wanted[sid]),
                args=(sid,),
                id=job_id(sid),
                name=f"digest subscription {sid}",
                replace_existing=True,
                misfire_grace_time=max(int(self.ctx.grace.total_seconds()), 1),
                coalesce=True,
                max_instances=1,
            )
        self._schedules = wanted
        return added, removed

    async def fire(self, subscription_id: int) -> str:
        """What a trigger calls: run the job, tracked so shutdown can wait for it."""
        with self._tracked():
            try:
                return await jobs.run_scheduled(self.ctx, subscription_id)
            except _SYNC_ERRORS as exc:
                log.error(
                    "digest_job_failed", subscription=subscription_id, error=type(exc).__name__
                )
                return "failed"

    async def prune_usage(self) -> int | None:
        """The retention job: rows deleted, None if another replica pruned today or it failed."""
        with self._tracked():
            try:
                return await retention.prune_daily(
                    self.ctx.engine, self.ctx.redis, self.retention_days, self.ctx.now()
                )
            except _SYNC_ERRORS as exc:
                log.error("usage_prune_failed", error=type(exc).__name__)
                return None

    @contextlib.contextmanager
    def _tracked(self) -> Iterator[None]:
        """A running job, which shutdown waits for."""
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        try:
            yield
        finally:
            if task is not None:
                self._running.discard(task)

    async def _stop_sync_loop(self) -> None:
        """Cancel the sync loop until it is really gone.

        redis-py can swallow a cancellation that lands during a command (see
        redis/redis-py#2028), so one `cancel()` is not enough: the loop also
        checks `_stopping`, and is cancelled again until it has finished.
        """
        task, self._loop_task = self._loop_task, None
        self._stopping.set()
        while task is not None and not task.done():
            task.cancel()
            await asyncio.wait({task}, timeout=0.5)

    async def _sync_loop(self) -> None:
        """Sync every `sync_interval` seconds, or as soon as a change is announced."""
        while not self._stopping.is_set():
            try:
                async with self.ctx.redis.pubsub() as pubsub:
                    await pubsub.subscribe(CHANGES_CHANNEL)
                    while not self._stopping.is_set():
                        await pubsub.get_message(
                            ignore_subscribe_messages=True, timeout=self.sync_interval
                        )
                        await self.sync_quietly()
            except (RedisError, OSError) as exc:
                log.warning("digest_change_feed_unavailable", error=type(exc).__name__)
                await asyncio.sleep(self.sync_interval)
                await self.sync_quietly()


async def start_scheduler(
    services: ServicesLike,
    *,
    grace: timedelta = DEFAULT_GRACE,
    sync_interval: float = DEFAULT_SYNC_INTERVAL,
    clock: Callable[[], datetime] = system_clock,
    budgets: BudgetSource | None = None,
    retention_days: int = 0,
) -> DigestScheduler:
    """Start digests (and the usage retention job) in this process (`tandem serve` or
    `tandem scheduler`); returns the handle."""
    ctx = DigestContext.from_services(services, grace=grace, clock=clock, budgets=budgets)
    scheduler = DigestScheduler(ctx, sync_interval=sync_interval, retention_days=retention_days)
    await scheduler.start()
    return scheduler
