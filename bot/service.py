"""What the Slack surfaces can ask of Tandem, without knowing Redis, SQL or model clients.

Each Slack listener acks, parses, calls one method here and renders the result.
Keeping these use cases Slack-free means the slash command, the App Home and
the CLI report the same numbers from the same code.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal

import structlog
from redis.exceptions import RedisError
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bot.assistant import OFF_LOOP_CHARS
from bot.digest.commands import digest_command
from bot.digest.context import DigestContext
from bot.question import AnswerMeta, Question, ReplySink
from bot.routing.budgets import BudgetStatus
from bot.routing.policy import Policy, PolicyError
from bot.state.answers import AnswerInfo
from bot.state.dedupe import Repeat
from bot.state.keys import ThreadKey
from bot.state.limits import RateStatus
from bot.usage.preferences import PreferenceCache
from bot.usage.reports import UsageLine, UsageReport, usage_report
from bot.wiring import Services

log = structlog.get_logger(__name__)

Scope = Literal["me", "channel", "team"]


@dataclass(frozen=True, slots=True)
class UsageView:
    scope: Scope
    days: int
    report: UsageReport

    @property
    def lines(self) -> list[UsageLine]:
        return self.report.lines

    @property
    def questions(self) -> int:
        """Questions asked, as the usage digest counts them (not the lines' sum)."""
        return self.report.questions

    @property
    def cost(self) -> Decimal:
        """Every call's cost, channel digests' thread summaries included."""
        return self.report.cost_usd


@dataclass(frozen=True, slots=True)
class HomeView:
    questions: int
    local_share: float
    cost: Decimal
    default_model: str | None
    policy: Policy
    threshold: float


@dataclass(frozen=True, slots=True)
class StatusView:
    models: dict[str, bool]
    breakers: dict[str, str]
    retry_in: dict[str, float]
    budget: BudgetStatus
    threshold: float
    policy: Policy
    rate: RateStatus


class Tandem:
    """The use cases behind every Slack surface; built once by `tandem serve`."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.preferences = PreferenceCache(services.preferences)
        self._in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._slots = asyncio.Semaphore(services.settings.max_concurrent_answers)
        grace = timedelta(seconds=services.settings.digest_grace_seconds)
        self.digest_context = DigestContext.from_services(services, grace=grace)

    @property
    def policy(self) -> Policy:
        return self.services.policy

    def is_admin(self, user: str) -> bool:
        return user in self.services.settings.admins

    async def sensitive_labels(self, text: str) -> tuple[str, ...]:
        """What secret or personal data `text` holds (empty: none), as the router sees it."""
        scan_text = self.services.assistant.router.detector.scan
        if len(text) > OFF_LOOP_CHARS:
            scan = await asyncio.to_thread(scan_text, text)
        else:
            scan = scan_text(text)
        return tuple(scan.labels) or (("sensitive data",) if scan.sensitive else ())

    async def answer(self, question: Question, sink: ReplySink) -> AnswerMeta | None:
        """The answer's outcome; None if `question.delivery` was handled before (a repeat)."""
        delivery = question.delivery
        if delivery is not None and self._slots.locked():
            # It would wait for a slot: a repeat should not, so claim it now, on its own.
            if not await self.claim_event(delivery.workspace, delivery.id):
                return None
            question = replace(question, delivery=None)
        self._in_flight += 1
        self._idle.clear()
        try:
            # Past the limit, questions wait their turn here rather than all streaming at
            # once: the event loop keeps time to acknowledge Slack within 3 s.
            async with self._slots:
                return await self.services.assistant.answer(question, sink)
        except Repeat:
            self.services.metrics.events_deduplicated.inc()
            return None
        finally:
            self._in_flight -= 1
            if self._in_flight == 0:
                self._idle.set()

    @property
    def in_flight(self) -> int:
        return self._in_flight

    async def drain(self, grace: float) -> bool:
        """Wait (at most `grace` seconds) for answers in progress; True if all finished."""
        try:
            async with asyncio.timeout(grace):
                await self._idle.wait()
        except TimeoutError:
            return False
        return True

    async def claim_event(self, workspace: str, event_id: str) -> bool:
        """First delivery of this event anywhere? If Redis is away, handle it (at least once)."""
        try:
            first = await self.services.deduper.claim(workspace, event_id)
        except (RedisError, OSError):
            log.warning("dedupe_unavailable")
            return True
        if not first:
            self.services.metrics.events_deduplicated.inc()
        return first

    async def thread_answered(self, thread: ThreadKey) -> bool:
        try:
            return await self.services.assistant.conversations.answered(thread)
        except (RedisError, OSError):
            return False

    async def default_model(self, workspace: str, user: str) -> str | None:
        """The user's `/tandem model` choice (None: the policy decides), from memory."""
        return await self.preferences.get(workspace, user)

    async def set_default_model(self, workspace: str, user: str, alias: str) -> str:
        """The alias as the policy spells it (any case matches); ValueError if unknown."""
        known = {name.lower(): name for name in self.policy.models}
        alias = "auto" if alias.lower() == "auto" else known.get(alias.lower(), alias)
        if alias != "auto" and alias not in self.policy.models:
            raise ValueError(f"unknown model {alias!r}")
        await self.services.preferences.set_default_model(workspace, user, alias)
        self.preferences.put(workspace, user, None if alias == "auto" else alias)
        # Other processes (workers, replicas) may cache this user's old choice.
        await self.services.control.publish("preference", workspace=workspace, user=user)
        return alias

    async def follow_control(self) -> None:
        """Apply what other processes publish (bot/state/control.py) until cancelled."""
        control = self.services.control

        async def preference(news: dict[str, Any]) -> None:
            self.preferences.changed(str(news.get("workspace")), str(news.get("user")))

        async def policy(_: dict[str, Any]) -> None:
            with contextlib.suppress(PolicyError):  # logged by reload_policy
                await self.reload_policy(by="another process")

        control.on("preference", preference)
        control.on("policy_reload", policy)
        control.on_connect(self.preferences.invalidate)
        await control.follow()

    async def usage(
        self, workspace: str, user: str, channel: str, scope: Scope, days: int
    ) -> UsageView:
        since = datetime.now(UTC) - timedelta(days=days)
        filters: dict[str, Any] = {"workspace": workspace}
        if scope == "me":
            filters["user"] = user
        elif scope == "channel":
            filters["channel"] = channel
        report = await usage_report(self.services.engine, since, "model", **filters)
        return UsageView(scope, days, report)

    async def last_answer(
        self, workspace: str, user: str, channel: str | None = None
    ) -> AnswerInfo | None:
        """The user's last answer (in `channel`, if given)."""
        answers = self.services.assistant.answers
        if channel is None:
            return await answers.last_for_user(workspace, user)
        return await answers.last_in_channel(workspace, user, channel)

    async def answer_info(self, workspace: str, request_id: str) -> AnswerInfo | None:
        return await self.services.assistant.answers.by_request(workspace, request_id)

    async def forget(self, thread: ThreadKey) -> bool:
        return await self.services.assistant.conversations.forget(thread)

    def feedback(self, request_id: str, value: int | None) -> None:
        self.services.usage.feedback(request_id, value)

    def escalated(self, request_id: str) -> None:
        self.services.usage.escalated(request_id)

    async def home(self, workspace: str, user: str) -> HomeView:
        view = await self.usage(workspace, user, "", "me", 7)
        local = {a for a, m in self.policy.models.items() if m.is_local}
        local_questions = sum(line.questions for line in view.lines if line.key in local)
        share = local_questions / view.questions if view.questions else 0.0
        return HomeView(
            questions=view.questions,
            local_share=share,
            cost=view.cost,
            default_model=await self.default_model(workspace, user),
            policy=self.policy,
            threshold=self.services.router.threshold,
        )

    async def digest(self, workspace: str, channel: str, user: str, args: str) -> str:
        """`/tandem digest ...`: subscribe, list, unsubscribe, now."""
        return await digest_command(
            self.digest_context,
            workspace=workspace,
            channel=channel,
            user=user,
            is_admin=self.is_admin(user),
            args=args,
        )

    async def reload_policy(self, *, everywhere: bool = False, by: str = "signal") -> Policy:
        """Raises PolicyError (file, line, field) and keeps the running policy on failure.

        `everywhere`: every other process (workers, replicas) re-reads it too. `by` says
        in the log who asked (a signal, another process, an admin in Slack): a failed
        reload is logged here, whoever asked, so the operator sees it too.
        """
        try:
            policy = await self.services.reload_policy()
        except PolicyError as exc:
            log.error("policy_reload_failed", error=str(exc), by=by)
            raise
        if everywhere:
            await self.services.control.publish("policy_reload")
        return policy

    async def status(self, workspace: str, channel: str, user: str) -> StatusView:
        _, ready = await self.readiness()
        budget = await self.services.chain.budgets.status(workspace, channel, user)
        per_minute = self.policy.limits.questions_per_user_per_minute
        rate = await self.services.assistant.limiter.peek(workspace, user, per_minute)
        return StatusView(
            models=ready["models"],
            breakers={a: b.state for a, b in self.services.chain.health.snapshot().items()},
            retry_in={a: b.retry_in for a, b in self.services.chain.health.snapshot().items()},
            budget=budget,
            threshold=self.services.router.threshold,
            policy=self.policy,
            rate=rate,
        )

    async def readiness(self) -> tuple[bool, dict[str, Any]]:
        """Redis, the database, each model and (token mode) whether Slack takes the bot token."""
        checks = {"redis": self._redis_ok(), "database": self._database_ok()}
        for alias, backend in self.services.assistant.backends.items():
            checks[f"model:{alias}"] = backend.ping()
        results, refused = await asyncio.gather(
            asyncio.gather(*(_bounded(c) for c in checks.values())), self._slack_token_refused()
        )
        status = dict(zip(checks, results, strict=True))
        models = {k.removeprefix("model:"): v for k, v in status.items() if k.startswith("model:")}
        ready = status["redis"] and status["database"] and any(models.values()) and refused is None
        body: dict[str, Any] = {
            "ready": ready,
            "redis": status["redis"],
            "database": status["database"],
            "models": models,
        }
        if self.services.slack.watch.watching:
            body["slack"] = f"token refused: {refused}" if refused else "ok"
        return ready, body

    async def _slack_token_refused(self) -> str | None:
        """Slack's error for the bot token if it stopped accepting it (rechecked here)."""
        watch = self.services.slack.watch
        if watch.refused is not None:
            await watch.recheck(await self.services.slack.for_workspace())
        return watch.refused

    async def _redis_ok(self) -> bool:
        try:
            return bool(await self.services.redis.ping())
        except (RedisError, OSError):
            return False

    async def _database_ok(self) -> bool:
        try:
            async with self.services.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except (SQLAlchemyError, OSError):
            return False
        return True


async def _bounded(check: Any, seconds: float = 2.0) -> bool:
    try:
        async with asyncio.timeout(seconds):
            return bool(await check)
    except TimeoutError:
        return False
