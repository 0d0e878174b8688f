"""The numbers behind a usage digest, computed from `usage_events`.

What a question is, and whose answer, is `bot.usage.questions` (shared with
`/tandem usage` and `tandem usage`): a channel digest's summary of a thread is
not one, though its tokens and cost count; a fallback or a cascade writes
several rows for one question, so the question is credited to the model that
answered last while tokens and cost are summed over every row (every call was
paid for).
Savings price every call's tokens at the policy's strong model and subtract
what was actually spent: the money not spent by sending what the local model
could answer to the local model.

Rows are aggregated in Python from one narrow query rather than with SQL
percentiles, which SQLite lacks; a week of usage is a few thousand rows.
"""

from __future__ import annotations

import zoneinfo
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.digest.budget_use import BudgetUse
from bot.digest.subscriptions import utc
from bot.models.base import ModelSpec
from bot.models.pricing import cost_usd
from bot.usage.questions import answered as is_answer
from bot.usage.questions import asked as is_asked
from bot.usage.questions import counted_sql
from bot.usage.tables import UsageEvent

NO_MODEL = "none"
TOP_CHANNELS = 5


@dataclass(frozen=True, slots=True)
class ModelShare:
    alias: str
    questions: int
    calls: int
    tokens: int
    cost_usd: Decimal


@dataclass(frozen=True, slots=True)
class DayPoint:
    """One model's questions (answered) and cost (spent) on one local day."""

    day: date
    alias: str
    questions: int
    cost_usd: Decimal


@dataclass(frozen=True)
class UsageDigest:
    """Everything one usage digest says, rendering-free (Block Kit, text and chart read it)."""

    workspace: str | None
    since: datetime
    until: datetime
    tz: str
    questions: int
    people: int
    models: tuple[ModelShare, ...]
    prompt_tokens: int
    completion_tokens: int
    cost_usd: Decimal
    strong_alias: str
    strong_cost_usd: Decimal
    p50_ms: float | None
    p95_ms: float | None
    fallbacks: int
    errors: int
    thumbs_up: int
    thumbs_down: int
    top_channels: tuple[tuple[str, int], ...]
    days: tuple[DayPoint, ...]
    budgets: tuple[BudgetUse, ...] = ()

    @property
    def savings_usd(self) -> Decimal:
        return self.strong_cost_usd - self.cost_usd

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    @property
    def thumbs_ratio(self) -> float | None:
        votes = self.thumbs_up + self.thumbs_down
        return self.thumbs_up / votes if votes else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (as numpy's default); None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass
class _Question:
    """The last row seen for one request id, plus what is summed over its rows."""

    step: int
    row: Any
    latency_ms: float = 0.0


@dataclass
class _Tally:
    strong: ModelSpec
    zone: zoneinfo.ZoneInfo
    questions: dict[str, _Question] = field(default_factory=dict)
    calls: Counter[str] = field(default_factory=Counter)
    tokens: Counter[str] = field(default_factory=Counter)
    cost: dict[str, Decimal] = field(default_factory=dict)
    day_cost: dict[tuple[date, str], Decimal] = field(default_factory=dict)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    strong_cost: Decimal = Decimal(0)

    def add(self, row: Any) -> None:
        alias = row.alias or NO_MODEL
        spent = Decimal(str(row.cost_usd or 0))
        self.calls[alias] += 1
        self.tokens[alias] += row.prompt_tokens + row.completion_tokens
        self.cost[alias] = self.cost.get(alias, Decimal(0)) + spent
        day = (_local_day(row.created_at, self.zone), alias)
        self.day_cost[day] = self.day_cost.get(day, Decimal(0)) + spent
        self.prompt_tokens += row.prompt_tokens
        self.completion_tokens += row.completion_tokens
        self.strong_cost += cost_usd(self.strong, row.prompt_tokens, row.completion_tokens)
        seen = self.questions.get(row.request_id)
        if seen is None:
            seen = self.questions[row.request_id] = _Question(row.step, row)
        elif row.step >= seen.step:
            seen.step, seen.row = row.step, row
        seen.latency_ms += row.latency_ms or 0.0


def _local_day(moment: datetime, zone: zoneinfo.ZoneInfo) -> date:
    return utc(moment).astimezone(zone).date()


def _model_shares(tally: _Tally, answered: Counter[str]) -> tuple[ModelShare, ...]:
    aliases = {a for a in (*tally.calls, *answered) if a != NO_MODEL}
    shares = [
        ModelShare(a, answered[a], tally.calls[a], tally.tokens[a], tally.cost.get(a, Decimal(0)))
        for a in aliases
    ]
    return tuple(sorted(shares, key=lambda s: (-s.questions, -s.calls, s.alias)))


def _days(tally: _Tally, finals: Iterable[Any]) -> tuple[DayPoint, ...]:
    answered: Counter[tuple[date, str]] = Counter(
        (_local_day(r.created_at, tally.zone), r.alias) for r in finals if is_answer(r)
    )
    keys = {k for k in (*answered, *tally.day_cost) if k[1] != NO_MODEL}
    return tuple(
        DayPoint(day, alias, answered[(day, alias)], tally.day_cost.get((day, alias), Decimal(0)))
        for day, alias in sorted(keys)
    )


def summarise(
    rows: Iterable[Any],
    *,
    strong: ModelSpec,
    since: datetime,
    until: datetime,
    workspace: str | None = None,
    tz: str = "UTC",
    budgets: Sequence[BudgetUse] = (),
) -> UsageDigest:
    """Fold usage rows (anything with `UsageEvent`'s attributes) into a digest."""
    tally = _Tally(strong, zoneinfo.ZoneInfo(tz))
    for row in rows:
        tally.add(row)
    asked = [q for q in tally.questions.values() if is_asked(q.row)]
    finals = [q.row for q in asked]
    answered = Counter(r.alias for r in finals if is_answer(r))
    ok_latency = [q.latency_ms for q in asked if q.row.status == "ok"]
    return UsageDigest(
        workspace=workspace,
        since=since,
        until=until,
        tz=tz,
        questions=len(finals),
        people=len({r.user_id for r in finals}),
        models=_model_shares(tally, answered),
        prompt_tokens=tally.prompt_tokens,
        completion_tokens=tally.completion_tokens,
        cost_usd=sum(tally.cost.values(), Decimal(0)),
        strong_alias=strong.alias,
        strong_cost_usd=tally.strong_cost,
        p50_ms=percentile(ok_latency, 0.5),
        p95_ms=percentile(ok_latency, 0.95),
        fallbacks=sum(1 for r in finals if r.fallback_from),
        errors=sum(1 for r in finals if r.status != "ok"),
        thumbs_up=sum(1 for r in finals if r.feedback == 1),
        thumbs_down=sum(1 for r in finals if r.feedback == -1),
        top_channels=tuple(Counter(r.channel for r in finals).most_common(TOP_CHANNELS)),
        days=_days(tally, finals),
        budgets=tuple(budgets),
    )


_COLUMNS = (
    UsageEvent.request_id,
    UsageEvent.step,
    UsageEvent.created_at,
    UsageEvent.user_id,
    UsageEvent.channel,
    UsageEvent.surface,
    UsageEvent.alias,
    UsageEvent.status,
    UsageEvent.fallback_from,
    UsageEvent.prompt_tokens,
    UsageEvent.completion_tokens,
    UsageEvent.cost_usd,
    UsageEvent.latency_ms,
    UsageEvent.feedback,
)


async def load_usage(
    engine: AsyncEngine,
    *,
    strong: ModelSpec,
    since: datetime,
    until: datetime,
    workspace: str | None = None,
    tz: str = "UTC",
    budgets: Sequence[BudgetUse] = (),
) -> UsageDigest:
    """Query `[since, until)` (one workspace, or all when None) and summarise it."""
    since, until = utc(since), utc(until)
    query = (
        select(*_COLUMNS)
        .where(UsageEvent.created_at >= since, UsageEvent.created_at < until)
        .where(counted_sql())  # typos are not questions
        .order_by(UsageEvent.created_at)
    )
    if workspace is not None:
        query = query.where(UsageEvent.workspace == workspace)
    async with engine.connect() as connection:
        rows = (await connection.execute(query)).all()
    return summarise(
        rows,
        strong=strong,
        since=since,
        until=until,
        workspace=workspace,
        tz=tz,
        budgets=budgets,
    )
