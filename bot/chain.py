"""Running the chosen model, its fallbacks and the cascade, and logging every call.

Each call is one usage row (step 0, 1, ...). Before each model: its circuit
breaker must allow it, and an external model must be within budget, re-checked
at that moment, so a failing free model never opens a path to a paid one that is
over its cap. (The first model is checked against the budget the question was
routed with, read a moment before; a fallback re-reads it, after adding what
this question has spent so far.) What paid calls cost is left in
`Outcome.unbilled`: the caller adds it to the budget counters with its other
writes after the answer (`Budgets.stage_charge`), one Redis round trip instead
of one more before the user sees the end. A fallback only happens before the
first token was shown. In the cascade the local answer is held back until it
passes its check; if it does not, the strong model answers and the held answer
is logged as superseded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

import structlog

from bot.metrics import Metrics
from bot.models.base import Backend, ChatMessage, ModelSpec
from bot.models.errors import ModelError
from bot.models.pricing import cost_usd
from bot.models.streaming import CallResult, ModelStream
from bot.routing.budgets import Budgets, BudgetStatus
from bot.routing.cascade import failed_check
from bot.routing.decision import Decision
from bot.routing.health import Health
from bot.routing.policy import Policy
from bot.usage.records import Status, UsageRecord
from bot.usage.writer import UsageWriter

log = structlog.get_logger(__name__)

MessagesFor = Callable[[ModelSpec], list[ChatMessage]]


class Sink(Protocol):
    """The one method of a reply sink the chain needs."""

    async def write(self, text: str) -> None: ...


@dataclass(slots=True)
class CallContext:
    """Who asked, for the usage rows and budget counters."""

    request_id: str
    workspace: str
    channel: str
    user: str
    thread_key: str
    surface: str


@dataclass(slots=True)
class Outcome:
    """What happened across the target, its fallbacks and the cascade."""

    result: CallResult | None = None
    spec: ModelSpec | None = None
    fallback_from: str | None = None
    last_error: ModelError | None = None
    errors: list[ModelError] = field(default_factory=list)  # every model's, in order
    tried: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    steps: int = 0
    cost: Decimal = Decimal(0)
    model_time: float = 0.0
    escalated: str | None = None
    unbilled: Decimal = Decimal(0)  # paid calls' cost not yet on the budget counters


@dataclass(slots=True)
class _Job:
    """One question's run through the chain: who asked, the decision, where text goes."""

    ctx: CallContext
    decision: Decision
    sink: Sink
    messages_for: MessagesFor
    outcome: Outcome
    budget: BudgetStatus | None = None  # as read for routing; good for the first check only


class ModelChain:
    def __init__(
        self,
        *,
        backends: dict[str, Backend],
        policy: Policy,
        health: Health,
        budgets: Budgets,
        usage: UsageWriter,
        metrics: Metrics,
    ) -> None:
        self.backends = backends
        self.policy = policy
        self.health = health
        self.budgets = budgets
        self.usage = usage
        self.metrics = metrics

    async def run(
        self,
        ctx: CallContext,
        decision: Decision,
        sink: Sink,
        messages_for: MessagesFor,
        *,
        budget: BudgetStatus | None = None,
    ) -> Outcome:
        """Answer into `sink`; the caller bills `Outcome.unbilled` (see the module doc).

        `budget` is the status the question was routed with, if it was just read.
        """
        job = _Job(ctx, decision, sink, messages_for, Outcome(), budget)
        if decision.target is None:
            return job.outcome
        if decision.cascade_to is not None and await self._cascade(job):
            return job.outcome
        await self._chain(job, (decision.target, *decision.fallbacks))
        return job.outcome

    async def _chain(self, job: _Job, aliases: tuple[str, ...]) -> None:
        outcome = job.outcome
        for alias in aliases:
            if not await self._may_call(job, alias):
                continue
            result = await self._call(job, alias)
            if result.error is None or result.text:
                outcome.result, outcome.spec = result, self.policy.spec(alias)
                return
            outcome.last_error = result.error
            outcome.errors.append(result.error)
            outcome.tried.append(alias)

    async def _may_call(self, job: _Job, alias: str) -> bool:
        ctx, outcome = job.ctx, job.outcome
        spec = self.policy.spec(alias)
        if not spec.is_local:
            status, job.budget = job.budget, None
            if status is None:
                await self.bill(ctx, outcome)
                status = await self.budgets.status(ctx.workspace, ctx.channel, ctx.user)
            if status.level == "hard":
                outcome.skipped.append(f"{spec.display} skipped: {status.describe()}")
                self.metrics.budget_refusals.labels(status.scope or "unknown").inc()
                return False
        if not self.health.allow(alias):
            outcome.skipped.append(f"{spec.display} skipped: failing lately (circuit open)")
            return False
        return True

    def _stream(self, job: _Job, spec: ModelSpec) -> ModelStream:
        messages = job.messages_for(spec)
        return ModelStream(self.backends[spec.alias], messages, attempts=self.policy.retry_attempts)

    async def _call(self, job: _Job, alias: str) -> CallResult:
        spec = self.policy.spec(alias)
        stream = self._stream(job, spec)
        try:
            async for delta in stream:
                await job.sink.write(delta)
        finally:
            if stream.result is not None:
                await self._settle(job, spec, stream.result)
        assert stream.result is not None
        return stream.result

    async def _held_call(self, job: _Job, alias: str) -> tuple[CallResult, list[str], str | None]:
        """A call whose answer is kept back; logged once the check has judged it."""
        spec = self.policy.spec(alias)
        stream = self._stream(job, spec)
        parts = [delta async for delta in stream]
        assert stream.result is not None
        result = stream.result
        failure = "error" if result.error else None
        failure = failure or failed_check(
            result.text, result.finish_reason, self.policy.cascade.min_answer_chars
        )
        superseded = failure is not None and result.error is None
        await self._settle(job, spec, result, superseded=superseded)
        return result, parts, failure

    async def _settle(
        self, job: _Job, spec: ModelSpec, result: CallResult, *, superseded: bool = False
    ) -> None:
        ctx, outcome = job.ctx, job.outcome
        breaker = self.health.breakers[spec.alias]
        if result.error is None:
            breaker.success()
        else:
            breaker.failure(result.error)
        record = self._record(ctx, job.decision, spec, result, outcome)
        if superseded:
            record.status = Status.SUPERSEDED.value
        outcome.cost += record.cost_usd
        outcome.model_time += result.total
        self.usage.record(record)
        outcome.steps += 1
        self._observe(spec, record, result)
        if not spec.is_local and record.cost_usd > 0:
            outcome.unbilled += record.cost_usd
            job.budget = None  # spent since it was read

    async def bill(self, ctx: CallContext, outcome: Outcome) -> None:
        """Add what is unbilled to the budget counters now (its own round trip)."""
        amount, outcome.unbilled = outcome.unbilled, Decimal(0)
        if amount > 0:
            await self.budgets.charge(ctx.workspace, ctx.channel, ctx.user, amount)

    async def _cascade(self, job: _Job) -> bool:
        """Local first, held back; True if it answered (shown now), False to run the chain."""
        decision, outcome = job.decision, job.outcome
        assert decision.target is not None and decision.cascade_to is not None
        if not await self._may_call(job, decision.target):
            return False
        result, parts, failure = await self._held_call(job, decision.target)
        if failure is not None:
            log.info("cascade_escalated", check=failure, request_id=job.ctx.request_id)
            outcome.escalated = failure
            outcome.tried.append(decision.target)
            others = [a for a in decision.fallbacks if a != decision.cascade_to]
            await self._chain(job, (decision.cascade_to, *others))
            if outcome.result is not None or not result.text or result.error is not None:
                return True
        for part in parts:
            await job.sink.write(part)
        outcome.result, outcome.spec = result, self.policy.spec(decision.target)
        return True

    def _record(
        self,
        ctx: CallContext,
        decision: Decision,
        spec: ModelSpec,
        result: CallResult,
        outcome: Outcome,
    ) -> UsageRecord:
        produced = bool(result.text) or result.error is None
        if result.error is None:
            status = Status.OK
        elif result.text:
            status = Status.INCOMPLETE
        else:
            status = Status.ERROR
        reasons = decision.codes + (["cascade_escalated"] if outcome.escalated else [])
        cost = (
            cost_usd(spec, result.prompt_tokens, result.completion_tokens)
            if produced
            else Decimal(0)
        )
        return UsageRecord(
            request_id=ctx.request_id,
            step=outcome.steps,
            workspace=ctx.workspace,
            channel=ctx.channel,
            user_id=ctx.user,
            thread_key=ctx.thread_key,
            surface=ctx.surface,
            status=status.value,
            provider=spec.provider,
            model=spec.model,
            alias=spec.alias,
            route_reasons=reasons,
            score=decision.score,
            sensitive=decision.sensitive,
            sensitive_labels=list(decision.labels),
            fallback_from=outcome.tried[-1] if outcome.tried else None,
            prompt_tokens=result.prompt_tokens if produced else 0,
            completion_tokens=result.completion_tokens if result.text else 0,
            tokens_estimated=result.tokens_estimated,
            cost_usd=cost,
            ttft_ms=result.ttft * 1000 if result.ttft is not None else None,
            latency_ms=result.total * 1000,
            error_kind=result.error.kind.value if result.error else None,
            features=dict(decision.features),
        )

    def _observe(self, spec: ModelSpec, record: UsageRecord, result: CallResult) -> None:
        alias, m = spec.alias, self.metrics
        if result.ttft is not None:
            m.ttft.labels(alias).observe(result.ttft)
        m.tokens.labels(alias, "prompt").inc(record.prompt_tokens)
        m.tokens.labels(alias, "completion").inc(record.completion_tokens)
        m.cost.labels(alias).inc(float(record.cost_usd))
        if result.error is not None:
            m.model_errors.labels(alias, result.error.kind.value).inc()
