"""Budget use for the usage digest, from the policy's caps and the usage table.

The router's budget counters live in Redis for speed; the digest reads the
usage table instead, which is the truth they are rebuilt from, so a digest
after a Redis flush still shows what was spent. Only external models count
against a budget, as in `bot.routing.budgets`; the periods are calendar
months in UTC, as there.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.digest.subscriptions import utc
from bot.routing.policy import Policy
from bot.usage.tables import UsageEvent

TOP_CHANNELS = 3


@dataclass(frozen=True, slots=True)
class BudgetUse:
    """One cap and what was spent against it, as the usage digest shows it."""

    name: str
    spent_usd: Decimal
    limit_usd: Decimal

    @property
    def ratio(self) -> float:
        return float(self.spent_usd / self.limit_usd) if self.limit_usd else 0.0


BudgetSource = Callable[[str | None, datetime, datetime], Awaitable[Sequence[BudgetUse]]]
"""(workspace, since, until) -> budget use; any source will do (tests, other caps)."""


def month_start(moment: datetime) -> datetime:
    """Budgets run per calendar month in UTC, as the router's counters do."""
    return utc(moment).replace(day=1, hour=0, minute=0, second=0, microsecond=0)


async def _spend_by_channel(
    engine: AsyncEngine,
    aliases: Sequence[str],
    workspace: str | None,
    since: datetime,
    until: datetime,
) -> dict[str, Decimal]:
    query = (
        select(UsageEvent.channel, func.coalesce(func.sum(UsageEvent.cost_usd), 0))
        .where(
            UsageEvent.alias.in_(list(aliases)),
            UsageEvent.created_at >= since,
            UsageEvent.created_at < until,
        )
        .group_by(UsageEvent.channel)
    )
    if workspace is not None:
        query = query.where(UsageEvent.workspace == workspace)
    async with engine.connect() as connection:
        rows = (await connection.execute(query)).all()
    return {str(channel): Decimal(str(total)) for channel, total in rows}


def policy_budgets(engine: AsyncEngine, policy: Callable[[], Policy]) -> BudgetSource:
    """A `BudgetSource` for the workspace and channel monthly caps of the current policy."""

    async def source(workspace: str | None, since: datetime, until: datetime) -> list[BudgetUse]:
        current = policy()
        caps = current.budgets
        if caps.workspace_monthly_usd is None and caps.channel_monthly_usd is None:
            return []
        external = [alias for alias, spec in current.models.items() if not spec.is_local]
        end = utc(until)
        spend = await _spend_by_channel(engine, external, workspace, month_start(end), end)
        uses: list[BudgetUse] = []
        if caps.workspace_monthly_usd is not None:
            total = sum(spend.values(), Decimal(0))
            uses.append(BudgetUse("workspace, this month", total, caps.workspace_monthly_usd))
        if caps.channel_monthly_usd is not None:
            top = sorted(spend.items(), key=lambda item: -item[1])[:TOP_CHANNELS]
            uses.extend(
                BudgetUse(f"<#{channel}> this month", spent, caps.channel_monthly_usd)
                for channel, spent in top
            )
        return uses

    return source
