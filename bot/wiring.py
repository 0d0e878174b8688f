"""The composition root: every client and service is built here, once, from `Settings`.

Nothing else constructs a Redis client, a database engine or a model client, so
tests build the real thing with other settings instead of patching modules.
A policy reload (SIGHUP, `/tandem policy reload`) also comes through here, so
the router, the model clients, the breakers and the budget caps change together.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field

import structlog
from redis.asyncio import Redis
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore
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
from bot.slack.scopes import BOT_SCOPES
from bot.state.answers import AnswerStore
from bot.state.control import ControlChannel, raise_if_cancelled
from bot.state.conversations import ConversationStore
from bot.state.dedupe import EventDeduper
from bot.state.limits import RateLimiter
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


@dataclass(frozen=True)
class SlackOAuth:
    """Multi-workspace installs: Bolt's OAuth flow with slack_sdk's SQL stores."""

    settings: AsyncOAuthSettings
    installations: AsyncSQLAlchemyInstallationStore

    async def bot_token(self, workspace: str) -> str | None:
        bot = await self.installations.async_find_bot(enterprise_id=None, team_id=workspace)
        return bot.bot_token if bot is not None else None


def build_slack_oauth(settings: Settings, engine: AsyncEngine) -> SlackOAuth | None:
    """OAuth when SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are set; else token mode."""
    if not (settings.slack_client_id and settings.slack_client_secret):
        return None
    client_id = settings.slack_client_id
    installations = AsyncSQLAlchemyInstallationStore(client_id=client_id, engine=engine)
    oauth = AsyncOAuthSettings(
        client_id=client_id,
        client_secret=settings.slack_client_secret.get_secret_value(),
        scopes=list(BOT_SCOPES),
        installation_store=installations,
        state_store=AsyncSQLAlchemyOAuthStateStore(expiration_seconds=600, engine=engine),
        install_path="/slack/install",
        redirect_uri_path="/slack/oauth_redirect",
    )
    return SlackOAuth(oauth, installations)


def build_slack_clients(settings: Settings, oauth: SlackOAuth | None = None) -> SlackClients:
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    lookup = oauth.bot_token if oauth is not None else None
    return SlackClients(settings.slack_api_url, bot_token=token, lookup=lookup)


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
    control: ControlChannel
    oauth: SlackOAuth | None = None
    _retiring: set[asyncio.Task[None]] = field(default_factory=set, init=False, repr=False)

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
        old, old_policy = self.chain.backends, self.chain.policy
        self.chain.backends = build_backends(self.settings, policy)
        self.chain.policy = policy
        self.chain.health.update(list(policy.models), policy.health)
        self.chain.budgets.caps = policy.budgets
        self.assistant.router = router
        # Answers streaming right now hold the old clients: close those once the
        # longest answer they could be giving is over, not under them.
        grace = max((m.timeouts.total for m in old_policy.models.values()), default=0.0)
        task = asyncio.create_task(_close_later(list(old.values()), grace))
        self._retiring.add(task)
        task.add_done_callback(self._retiring.discard)
        log.info("policy_reloaded", source=policy.source, models=sorted(policy.models))
        return policy

    async def aclose(self) -> None:
        """Flush usage (or spool it), close clients; safe to call once at shutdown."""
        await self.usage.aclose()
        for task in list(self._retiring):
            task.cancel()  # closes the retired clients now
        await asyncio.gather(*self._retiring, return_exceptions=True)
        for backend in self.chain.backends.values():
            with contextlib.suppress(Exception):
                await backend.aclose()
        await self.engine.dispose()
        await self.redis.aclose()


async def _close_later(backends: list[Backend], grace: float) -> None:
    """Close model clients replaced by a policy reload, after `grace` seconds (or at
    once if cancelled: the process is shutting down)."""
    try:
        await asyncio.sleep(grace)
    finally:
        for backend in backends:
            with contextlib.suppress(Exception):
                await backend.aclose()


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
    def on_flush(rows: int, ok: bool, spooled: int) -> None:
        metrics.usage_flushes.labels("written" if ok else "spooled").inc(rows)
        metrics.usage_spooled.set(spooled)

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
    deduper = EventDeduper(redis)
    assistant = Assistant(
        router=router,
        chain=chain,
        conversations=ConversationStore(redis, settings.history_ttl_seconds),
        answers=AnswerStore(redis, settings.history_ttl_seconds),
        locks=ThreadLocks(redis),
        usage=usage,
        max_question_chars=settings.max_question_chars,
        metrics=metrics,
        deduper=deduper,
        limiter=RateLimiter(redis),
    )
    usage.start()
    oauth = build_slack_oauth(settings, engine)
    return Services(
        settings=settings,
        redis=redis,
        engine=engine,
        usage=usage,
        assistant=assistant,
        metrics=metrics,
        slack=build_slack_clients(settings, oauth),
        preferences=Preferences(engine),
        deduper=deduper,
        control=ControlChannel(redis),
        oauth=oauth,
    )


async def rebuild_budgets(services: Services, reason: str = "start") -> None:
    """Budget counters from the usage table: at start (Redis may have been flushed),
    and whenever `guard_budgets` finds them gone."""
    external = [a for a, m in services.policy.models.items() if not m.is_local]
    written = await services.chain.budgets.rebuild(external)
    if written is not None:  # else the skip, and which store was away, is logged
        log.info("budget_counters_rebuilt", counters=written, reason=reason)


BUDGET_CHECK_SECONDS = 60.0


async def guard_budgets(services: Services, every: float = BUDGET_CHECK_SECONDS) -> None:
    """Until cancelled: rebuild the budget counters when they are gone. Redis restarted
    without persistence (or flushed) forgets this month's spend, and the caps would
    let paid calls through again; a database away at start left them never rebuilt.
    One EXISTS a minute per process."""
    while True:
        await asyncio.sleep(every)
        await check_budgets(services)
        raise_if_cancelled()  # a cancel the check's client caught and turned into an error


async def check_budgets(services: Services) -> None:
    """One look: rebuild the budget counters if they are gone. Never raises (a guard
    that died would never look again)."""
    try:
        if await services.chain.budgets.needs_rebuild():
            await rebuild_budgets(services, reason="counters missing")
    except Exception:
        log.exception("budget_guard_failed")
