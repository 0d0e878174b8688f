"""What digest jobs are handed: the process's clients, made once by the wiring.

Jobs receive this context (as arq jobs receive `ctx`) instead of building
clients or reading settings, so the scheduler, the CLI, the slash command and
the tests all run the same job code against whatever clients they were given.
The clock is part of the context so tests control time without sleeping.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.assistant import Assistant
from bot.digest.budget_use import BudgetSource, policy_budgets
from bot.digest.subscriptions import SubscriptionRepository
from bot.metrics import Metrics
from bot.routing.policy import Policy
from bot.slack.clients import SlackClients

DEFAULT_GRACE = timedelta(minutes=15)
CHANGES_CHANNEL = "tandem:digest:changes"


def system_clock() -> datetime:
    return datetime.now(UTC)


class ServicesLike(Protocol):
    """The slice of `bot.wiring.Services` digests use (kept structural: no import cycle)."""

    @property
    def redis(self) -> Redis: ...

    @property
    def engine(self) -> AsyncEngine: ...

    @property
    def assistant(self) -> Assistant: ...

    @property
    def metrics(self) -> Metrics: ...

    @property
    def slack(self) -> SlackClients: ...

    @property
    def policy(self) -> Policy: ...


@dataclass
class DigestContext:
    """Clients and knobs for digest jobs; `from_services` is the usual way to get one."""

    engine: AsyncEngine
    redis: Redis
    slack: SlackClients
    policy_source: Callable[[], Policy]
    metrics: Metrics
    assistant: Assistant | None = None
    grace: timedelta = DEFAULT_GRACE
    clock: Callable[[], datetime] = system_clock
    budgets: BudgetSource | None = None
    subscriptions: SubscriptionRepository = field(init=False)

    def __post_init__(self) -> None:
        self.subscriptions = SubscriptionRepository(self.engine)

    @property
    def policy(self) -> Policy:
        """Read at use, so a policy reload reaches digests without rebuilding the context."""
        return self.policy_source()

    @classmethod
    def from_services(
        cls,
        services: ServicesLike,
        *,
        grace: timedelta = DEFAULT_GRACE,
        clock: Callable[[], datetime] = system_clock,
        budgets: BudgetSource | None = None,
    ) -> DigestContext:
        """The context for a process's services; budgets default to the policy's caps."""

        def policy() -> Policy:
            return services.policy

        return cls(
            engine=services.engine,
            redis=services.redis,
            slack=services.slack,
            policy_source=policy,
            metrics=services.metrics,
            assistant=services.assistant,
            grace=grace,
            clock=clock,
            budgets=budgets or policy_budgets(services.engine, policy),
        )

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    async def announce_change(self, subscription_id: int) -> None:
        """Tell every scheduler (this process's and others') to sync now, not in 30 s."""
        await self.redis.publish(CHANGES_CHANNEL, str(subscription_id))
