"""Spending caps on external models: per user per day, per channel and per workspace per month.

Counters live in Redis (INCRBYs per paid call and one read per question, each
staged on a pipeline the assistant sends anyway) and are rebuilt from the usage
table at start, so the database stays the truth and Redis only makes the check
cheap. Amounts are kept as integer nano-dollars so concurrent increments are
exact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Literal

import structlog
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import RedisError
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import InstrumentedAttribute

from bot.models.pricing import usd
from bot.routing.policy import BudgetsSchema
from bot.state.keys import workspace_key
from bot.usage.tables import UsageEvent

log = structlog.get_logger(__name__)

NANO = Decimal(1_000_000_000)
Level = Literal["ok", "soft", "hard"]
Scope = Literal["user", "channel", "workspace"]
_TTL = {"user": 2 * 86400, "channel": 35 * 86400, "workspace": 35 * 86400}
# Set by every rebuild, never expires: its absence means the counters were never
# rebuilt from the usage table (the database was away at start) or Redis lost them
# (restarted without persistence, flushed), and `needs_rebuild` says so.
REBUILT_MARKER = "tandem:budgets:rebuilt"


@dataclass(frozen=True, slots=True)
class BudgetStatus:
    level: Level
    scope: Scope | None = None
    spent: Decimal = Decimal(0)
    cap: Decimal | None = None

    def describe(self) -> str:
        if self.scope is None or self.cap is None:
            return "within budget"
        period = "daily" if self.scope == "user" else "monthly"
        share = float(self.spent / self.cap) if self.cap else 1.0
        return (
            f"the {self.scope} {period} budget for external models is {share:.0%} used "
            f"({usd(self.spent)} of {usd(self.cap)})"
        )


OK = BudgetStatus("ok")


def _periods(now: datetime) -> dict[Scope, str]:
    return {
        "user": now.strftime("%Y-%m-%d"),
        "channel": now.strftime("%Y-%m"),
        "workspace": now.strftime("%Y-%m"),
    }


def counter_key(workspace: str, scope: Scope, subject: str, period: str) -> str:
    return workspace_key(workspace, "budget", scope, subject, period)


class Budgets:
    def __init__(self, redis: Redis, engine: AsyncEngine, caps: BudgetsSchema) -> None:
        self._redis = redis
        self._engine = engine
        self.caps = caps

    def _caps(self) -> dict[Scope, Decimal | None]:
        c = self.caps
        return {
            "user": c.user_daily_usd,
            "channel": c.channel_monthly_usd,
            "workspace": c.workspace_monthly_usd,
        }

    def _keys(self, workspace: str, channel: str, user: str, now: datetime) -> dict[Scope, str]:
        periods = _periods(now)
        subjects: dict[Scope, str] = {"user": user, "channel": channel, "workspace": "all"}
        return {s: counter_key(workspace, s, subjects[s], periods[s]) for s in subjects}

    async def status(self, workspace: str, channel: str, user: str) -> BudgetStatus:
        """The tightest of the three caps; OK when none is set or Redis is away."""
        try:
            async with self._redis.pipeline(transaction=False) as pipe:
                read = self.stage_status(pipe, workspace, channel, user)
                replies = await pipe.execute()  # no round trip when nothing was staged
        except (RedisError, OSError):
            log.warning("budget_counters_unavailable")
            return OK
        return read(iter(replies))

    def stage_status(
        self, pipe: Pipeline, workspace: str, channel: str, user: str
    ) -> Callable[[Iterator[Any]], BudgetStatus]:
        """Queue `status`'s read on a pipeline; the returned function reads its reply."""
        caps = {s: c for s, c in self._caps().items() if c is not None}
        if not caps:
            return lambda _: OK
        keys = self._keys(workspace, channel, user, datetime.now(UTC))
        pipe.mget([keys[s] for s in caps])

        def read(replies: Iterator[Any]) -> BudgetStatus:
            worst = OK
            for (scope, cap), raw in zip(caps.items(), next(replies), strict=True):
                spent = Decimal(int(raw or 0)) / NANO
                status = self._level(scope, spent, cap)
                if _rank(status.level) > _rank(worst.level):
                    worst = status
            return worst

        return read

    def _level(self, scope: Scope, spent: Decimal, cap: Decimal) -> BudgetStatus:
        if spent >= cap:
            return BudgetStatus("hard", scope, spent, cap)
        if spent >= cap * Decimal(str(self.caps.soft_fraction)):
            return BudgetStatus("soft", scope, spent, cap)
        return BudgetStatus("ok", scope, spent, cap)

    async def charge(self, workspace: str, channel: str, user: str, cost: Decimal) -> None:
        """Add a paid call's cost to every counter (the usage table stays the truth)."""
        try:
            async with self._redis.pipeline(transaction=False) as pipe:
                self.stage_charge(pipe, workspace, channel, user, cost)
                await pipe.execute()  # no round trip when nothing was staged (cost <= 0)
        except (RedisError, OSError):
            log.warning("budget_charge_not_counted")

    def stage_charge(
        self, pipe: Pipeline, workspace: str, channel: str, user: str, cost: Decimal
    ) -> None:
        """Queue `charge` on a pipeline the caller executes."""
        if cost <= 0:
            return
        amount = int(cost * NANO)
        for scope, key in self._keys(workspace, channel, user, datetime.now(UTC)).items():
            pipe.incrby(key, amount)
            pipe.expire(key, _TTL[scope])

    async def rebuild(self, external_aliases: list[str], now: datetime | None = None) -> int | None:
        """Set this period's counters from the usage table; returns how many were written,
        or None when the database or Redis is away (logged; answers go on without it)."""
        now = now or datetime.now(UTC)
        month = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        try:
            totals = await self._sums(external_aliases, month, day)
        except (SQLAlchemyError, OSError) as exc:
            log.warning("budget_rebuild_skipped", store="database", error=type(exc).__name__)
            return None
        periods = _periods(now)
        try:
            async with self._redis.pipeline(transaction=False) as pipe:
                for (workspace, scope, subject), total in totals.items():
                    pipe.set(
                        counter_key(workspace, scope, subject, periods[scope]),
                        int(total * NANO),
                        ex=_TTL[scope],
                    )
                pipe.set(REBUILT_MARKER, now.isoformat())
                await pipe.execute()
        except (RedisError, OSError) as exc:
            log.warning("budget_rebuild_skipped", store="redis", error=type(exc).__name__)
            return None
        return len(totals)

    async def needs_rebuild(self) -> bool:
        """True when the counters may be missing spend the usage table knows about;
        False with no caps to keep, or with Redis away (nothing to write to)."""
        if all(cap is None for cap in self._caps().values()):
            return False
        try:
            return not await self._redis.exists(REBUILT_MARKER)
        except (RedisError, OSError):
            return False

    async def _sums(
        self, aliases: list[str], month: datetime, day: datetime
    ) -> dict[tuple[str, Scope, str], Decimal]:
        paid = UsageEvent.alias.in_(aliases)
        queries: list[tuple[Scope, datetime, InstrumentedAttribute[str] | None]] = [
            ("user", day, UsageEvent.user_id),
            ("channel", month, UsageEvent.channel),
            ("workspace", month, None),
        ]
        totals: dict[tuple[str, Scope, str], Decimal] = {}
        async with self._engine.connect() as connection:
            for scope, since, column in queries:
                group: list[InstrumentedAttribute[str]] = [UsageEvent.workspace]
                if column is not None:
                    group.append(column)
                query = (
                    select(*group, func.sum(UsageEvent.cost_usd))
                    .where(paid, UsageEvent.created_at >= since)
                    .group_by(*group)
                )
                for row in (await connection.execute(query)).all():
                    subject = str(row[1]) if column is not None else "all"
                    totals[(str(row[0]), scope, subject)] = Decimal(str(row[-1] or 0))
        return totals


def _rank(level: Level) -> int:
    return {"ok": 0, "soft": 1, "hard": 2}[level]
