"""The composition root: every client and service is built here, once, from `Settings`.

Nothing else constructs a Redis client, a database engine or a model client, so
tests build the real thing with other settings instead of patching modules.
A policy reload (SIGHUP, `/tandem policy reload`) also comes through here, so
the router, the model clients, the breakers and the budget caps change together.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass

import structlog
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.assistant import Assistant
from bot.chain import ModelChain
from bot.config import Settings
from bot.metrics import Metrics
from bot.models import build_backend
from bot.models.base import Backend
from bot.routing.budgets import Budgets
from bot.routing.build import build_router
from bot.routing.decision import Router
from bot.routing.health import Health
from bot.routing.policy import Policy, load_policy
from bot.slack.clients import SlackClients
from bot.state.answers import AnswerStore
from bot.state.conversations import ConversationStore
from bot.state.dedupe import EventDeduper
from bot.state.locks import ThreadLocks
from bot.usage import db
from bot.usage.preferences import Preferences
from bot.usage.writer import UsageWriter

log = structlog.get_logger(__name__)


def build_backends(settings: Settings, policy: Policy) -> dict[str, Backend]:
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    return {
        alias: build_backend(
            spec,
            ollama_host=settings.ollama_host,
            openai_api_key=key,
            openai_base_url=settings.openai_base_url,
        )
        for alias, spec in policy.models.items()
    }


def build_redis(settings: Settings) -> Redis:
    return Redis.from_url(
        settings.redis_url,
        socket_connect_timeout=2,
        socket_timeout=5,
        health_check_interval=15,
        retry_on_timeout=True,
    )


def build_slack_clients(settings: Settings) -> SlackClients:
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    return SlackClients(settings.slack_api_url, bot_token=token)


@dataclass
class Services:
    settings: Settings
    redis: Redis
    engine: AsyncEngine
    usage: UsageWriter
    assistant: Assistant
    metrics: Metrics
    slack: SlackClients
    preferences: Preferences
    deduper: EventDeduper

    @property
    def policy(self) -> Policy:
        return self.assistant.router.policy

    @property
    def router(self) -> Router:
        return self.assistant.router

    @property
    def chain(self) -> ModelChain:
        return self.assistant.chain

    async def reload_policy(self) -> Policy:
        """Re-read TANDEM_POLICY; on any error the running policy stays (PolicyError raised)."""
        policy = load_policy(self.settings.policy_path)
        router = build_router(self.settings, policy, scorer=self.router.scorer)
        old = self.chain.backends
        self.chain.backends = build_backends(self.settings, policy)
        self.chain.policy = policy
        self.chain.health.update(list(policy.models), policy.health)
        self.chain.budgets.caps = policy.budgets
        self.assistant.router = router
        for backend in old.values():
            with contextlib.suppress(Exception):
                await backend.aclose()
        log.info("policy_reloaded", source=policy.source, models=sorted(policy.models))
        return policy

    async def aclose(self) -> None:
        """Flush usage (or spool it), close clients; safe to call once at shutdown."""
        await self.usage.aclose()
        for backend in self.chain.backends.values():
            with contextlib.suppress(Exception):
                await backend.aclose()
        await self.engine.dispose()
        await self.redis.aclose()


async def migrate(settings: Settings) -> bool:
    """Bring the schema to head if allowed; a database that is down is not fatal here."""
    if not settings.auto_migrate:
        return True
    try:
        await asyncio.to_thread(db.upgrade, settings.database_url)
    except Exception as exc:  # any driver error: answers go on, usage is spooled
        log.warning("database_migration_skipped", error=type(exc).__name__)
        return False
    return True


def _writer(settings: Settings, engine: AsyncEngine, redis: Redis, metrics: Metrics) -> UsageWriter:
    def on_flush(rows: int, ok: bool) -> None:
        metrics.usage_flushes.labels("written" if ok else "spooled").inc(rows)

    return UsageWriter(engine, redis, interval=settings.usage_flush_interval, on_flush=on_flush)


async def build(settings: Settings, *, router: Router | None = None) -> Services:
    """Every long-lived object, connected; call `Services.aclose()` at the end."""
    router = router or build_router(settings)
    policy = router.policy
    redis = build_redis(settings)
    engine = db.create_engine(settings.database_url)
    metrics = Metrics()
    usage = _writer(settings, engine, redis, metrics)
    chain = ModelChain(
        backends=build_backends(settings, policy),
        policy=policy,
        health=Health(list(policy.models), policy.health, on_change=metrics.set_circuit),
        budgets=Budgets(redis, engine, policy.budgets),
        usage=usage,
        metrics=metrics,
    )
    assistant = Assistant(
        router=router,
        chain=chain,
        conversations=ConversationStore(redis, settings.history_ttl_seconds),
        answers=AnswerStore(redis, settings.history_ttl_seconds),
        locks=ThreadLocks(redis),
        usage=usage,
        max_question_chars=settings.max_question_chars,
        metrics=metrics,
    )
    usage.start()
    return Services(
        settings=settings,
        redis=redis,
        engine=engine,
        usage=usage,
        assistant=assistant,
        metrics=metrics,
        slack=build_slack_clients(settings),
        preferences=Preferences(engine),
        deduper=EventDeduper(redis),
    )


async def rebuild_budgets(services: Services) -> None:
    """At start: budget counters from the usage table (Redis may have been flushed)."""
    external = [a for a, m in services.policy.models.items() if not m.is_local]
    written = await services.chain.budgets.rebuild(external)
    log.info("budget_counters_rebuilt", counters=written)
