"""The use case: a question in, a routed and streamed answer out. Knows nothing of Slack.

load thread -> check budget -> route -> run the model chain (fallbacks, cascade)
-> save the turn -> log usage. Slack, the terminal, tests and benchmarks all
drive this one function through a reply sink.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import time
from collections.abc import AsyncIterator, Callable, Iterator
from decimal import Decimal

import structlog
from redis.asyncio.client import Pipeline
from redis.exceptions import RedisError

from bot.chain import CallContext, ModelChain
from bot.metrics import Metrics
from bot.models.base import Backend, ChatMessage, ModelSpec
from bot.models.tokens import estimate_message_tokens
from bot.outcomes import answer_meta
from bot.question import AnswerMeta, Question, ReplySink
from bot.question_checks import QuestionRejected, check_choice, check_text
from bot.routing.budgets import OK, BudgetStatus
from bot.routing.decision import Assessment, Decision, Router, RouteRequest
from bot.state.answers import AnswerInfo, AnswerStore
from bot.state.conversations import ConversationStore, ThreadState, trim_to_budget
from bot.state.dedupe import EventDeduper, Repeat
from bot.state.limits import UNLIMITED, RateLimiter, RateStatus
from bot.state.locks import ThreadLocks, Turn
from bot.usage.records import Status, Surface, UsageRecord
from bot.usage.writer import UsageWriter

log = structlog.get_logger(__name__)

# Longer texts are assessed on a worker thread instead of on the event loop: a 16,000-character
# paste takes ~30 ms to scan, and some shapes of text far longer, while every other ack and
# stream in the process would wait (the GIL is handed back to the loop every 5 ms).
OFF_LOOP_CHARS = 2_000

_UNLIMITED_SURFACES = frozenset({Surface.CLI.value, Surface.DIGEST.value})

Prefetch = tuple[
    Callable[[Iterator[object]], ThreadState],
    Callable[[Iterator[object]], BudgetStatus],
    Callable[[Iterator[object]], RateStatus],
]


class Assistant:
    def __init__(
        self,
        *,
        router: Router,
        chain: ModelChain,
        conversations: ConversationStore,
        answers: AnswerStore,
        locks: ThreadLocks,
        usage: UsageWriter,
        max_question_chars: int,
        metrics: Metrics,
        limiter: RateLimiter,
        deduper: EventDeduper | None = None,
    ) -> None:
        self.router = router
        self.chain = chain
        self.conversations = conversations
        self.answers = answers
        self.locks = locks
        self.usage = usage
        self.max_question_chars = max_question_chars
        self.metrics = metrics
        self.deduper = deduper
        self.limiter = limiter

    @property
    def backends(self) -> dict[str, Backend]:
        return self.chain.backends

    def check(self, question: Question) -> None:
        """Raise `QuestionRejected` for input no model should see."""
        check_text(question.text, self.max_question_chars, question.surface)
        check_choice(question.choice, self.router.policy.models)

    async def answer(self, question: Question, sink: ReplySink) -> AnswerMeta:
        """Answer one question into `sink`; always finishes the sink and logs usage.

        Raises `Repeat` (and does nothing else) if `question.delivery` was claimed before.
        """
        start = time.perf_counter()
        try:
            self.check(question)
        except QuestionRejected as exc:
            meta = AnswerMeta(
                question.request_id, Status.REJECTED, error_kind=exc.kind, message=str(exc)
            )
            self._record_without_call(question, None, meta)
            await sink.finish(meta)
            return meta
        assessed: list[Assessment] = []

        def assess() -> None:
            # A failure here is met again, and handled, when decide() assesses anew.
            with contextlib.suppress(Exception):
                assessed.append(self.router.assess(question.text))

        # The text is analysed while this task waits for Redis: by the event loop, or by a
        # worker thread if it is long (`OFF_LOOP_CHARS`).
        loop = asyncio.get_running_loop()
        off_loop = len(question.text) > OFF_LOOP_CHARS
        pending = None if off_loop else loop.call_soon(assess)
        worker = loop.run_in_executor(None, assess) if off_loop else None
        try:
            async with self._thread_turn(question) as turn:
                if pending is not None:
                    pending.cancel()  # if it has not run yet, decide() assesses
                if worker is not None:
                    await worker
                assessment = assessed[0] if assessed else None
                return await self._answer(question, sink, start, turn, assessment)
        except Repeat:  # the repeat was counted with the ticket: take that back
            ws = question.thread.workspace
            await self.limiter.uncount(ws, question.user, self._limit(question))
            raise

    @contextlib.asynccontextmanager
    async def _thread_turn(self, question: Question) -> AsyncIterator[Turn | None]:
        """Wait for the thread's turn; yield None (answer without memory) if Redis is away.

        The thread's memory and the budget counters are read in the round trip that
        draws the ticket (see `_reads`); they come back with the turn when it is ours
        at once, which it is unless the thread is busy with an earlier question. The
        question's delivery is claimed in the same round trip (`Repeat` if it was
        claimed before); with Redis away it is answered (at least once).
        """
        once = None
        if question.delivery is not None and self.deduper is not None:
            once = (self.deduper.key(question.delivery), self.deduper.ttl)
        hold = self.locks.hold(question.thread, reads=self._reads(question), once=once)
        try:
            turn: Turn | None = await hold.__aenter__()
        except (RedisError, OSError) as exc:
            log.warning("memory_unavailable", error=type(exc).__name__)
            if once is not None:
                log.warning("dedupe_unavailable")
            turn = None
        try:
            yield turn
        finally:
            if turn is not None:
                with contextlib.suppress(RedisError, OSError):
                    await hold.__aexit__(None, None, None)

    def _reads(self, question: Question) -> Callable[[Pipeline], Prefetch]:
        thread = question.thread

        def stage(pipe: Pipeline) -> Prefetch:
            state = self.conversations.stage_load(pipe, thread)
            budget = self.chain.budgets.stage_status(
                pipe, thread.workspace, thread.channel, question.user
            )
            rate = self._stage_rate(pipe, question)
            return state, budget, rate

        return stage

    async def _answer(
        self,
        question: Question,
        sink: ReplySink,
        start: float,
        turn: Turn | None,
        assessment: Assessment | None,
    ) -> AnswerMeta:
        rate, state, status, memory = await self._inputs(question, turn)
        if not rate.allowed:
            return await self._rate_limited(question, sink, rate)
        decision = self.router.decide(self._route_request(question, state, status), assessment)
        ctx = self._context(question)
        outcome = await self.chain.run(
            ctx,
            decision,
            sink,
            lambda spec: self._messages(spec, state, question.text),
            budget=status,
        )
        meta = answer_meta(question, decision, outcome, start, memory, self.router.policy)
        if outcome.result is None and (outcome.steps == 0 or meta.status is Status.REFUSED):
            self._record_without_call(question, decision, meta, step=outcome.steps)
        try:
            await sink.finish(meta)  # the user sees the end before memory is written
        finally:
            if turn is not None:
                await self._remember(question, decision, meta, turn, outcome.unbilled, memory)
            else:
                await self.chain.bill(ctx, outcome)
        self._observe(question, meta)
        log.info(
            "answered",
            request_id=question.request_id,
            workspace=question.thread.workspace,
            channel=question.thread.channel,
            alias=meta.spec.alias if meta.spec else None,
            status=meta.status.value,
            latency_ms=round(meta.latency * 1000, 1),
        )
        return meta

    async def _inputs(
        self, question: Question, turn: Turn | None
    ) -> tuple[RateStatus, ThreadState, BudgetStatus, bool]:
        """The person's rate, the thread's memory, the budgets and whether memory is
        usable: from the ticket's round trip when the turn came at once, else read now
        (memory and budgets only if the rate allows an answer)."""
        if turn is not None and turn.prefetched is not None:
            replies = iter(turn.prefetched)
            read_state, read_budget, read_rate = turn.staged
            state, status, rate = read_state(replies), read_budget(replies), read_rate(replies)
            if not rate.allowed:
                return rate, _EMPTY, status, False
            state, memory = await self._completed(question, state)
            return rate, state, status, memory
        rate = await self._rate(question, counted=turn is not None)
        if not rate.allowed:
            return rate, _EMPTY, OK, False
        state, status, memory = await self._read(question, turn is not None)
        return rate, state, status, memory

    def _limit(self, question: Question) -> int:
        """The policy's per-person limit, for questions people ask in Slack; none for
        the terminal (its users run Tandem on its server) or for digests (a channel
        summary is one question per thread, asked by the scheduler)."""
        if question.surface in _UNLIMITED_SURFACES:
            return 0
        return self.router.policy.limits.questions_per_user_per_minute

    def _stage_rate(self, pipe: Pipeline, question: Question) -> Callable[..., RateStatus]:
        workspace = question.thread.workspace
        return self.limiter.stage(pipe, workspace, question.user, self._limit(question))

    async def _rate(self, question: Question, *, counted: bool) -> RateStatus:
        """The person's rate when the ticket's replies could not be used: the question
        was counted with the ticket (`counted`) unless Redis failed there."""
        if not counted:
            return UNLIMITED
        limit = self._limit(question)
        return await self.limiter.peek(question.thread.workspace, question.user, limit)

    async def _rate_limited(
        self, question: Question, sink: ReplySink, rate: RateStatus
    ) -> AnswerMeta:
        """Over the limit: say when to try again; no model, no memory, one usage row."""
        meta = AnswerMeta(
            question.request_id,
            Status.REFUSED,
            error_kind="rate_limited",
            message=rate.describe(),
            memory=False,
        )
        self._record_without_call(question, None, meta)
        self.metrics.rate_limited.labels(question.surface).inc()
        log.info("rate_limited", request_id=question.request_id, limit=rate.limit)
        await sink.finish(meta)
        return meta

    async def _read(
        self, question: Question, memory: bool
    ) -> tuple[ThreadState, BudgetStatus, bool]:
        """Memory and budget read afresh (after waiting for the thread), at once."""
        thread = question.thread
        budget = asyncio.ensure_future(
            self.chain.budgets.status(thread.workspace, thread.channel, question.user)
        )
        state = _EMPTY
        try:
            if memory:
                try:
                    state = await self.conversations.load(thread)
                except (RedisError, OSError) as exc:
                    log.warning("memory_unavailable", error=type(exc).__name__)
                    memory = False
                else:
                    state, memory = await self._completed(question, state)
            return state, await budget, memory
        finally:
            budget.cancel()

    @staticmethod
    def _route_request(
        question: Question, state: ThreadState, budget: BudgetStatus
    ) -> RouteRequest:
        return RouteRequest(
            text=question.text,
            choice=question.choice,
            history_tokens=state.tokens,
            thread_sensitive=state.sensitive,
            local_only=question.local_only,
            channel=question.thread.channel,
            user=question.user,
            budget=budget,
        )

    @staticmethod
    def _context(question: Question) -> CallContext:
        return CallContext(
            request_id=question.request_id,
            workspace=question.thread.workspace,
            channel=question.thread.channel,
            user=question.user,
            thread_key=question.thread.id,
            surface=question.surface,
        )

    def _observe(self, question: Question, meta: AnswerMeta) -> None:
        alias = meta.spec.alias if meta.spec else "none"
        self.metrics.questions.labels(question.surface, alias, meta.status.value).inc()
        self.metrics.latency.labels(alias).observe(meta.latency)
        if meta.fallback_from and meta.spec:
            self.metrics.fallbacks.labels(meta.fallback_from, meta.spec.alias).inc()

    async def _completed(self, question: Question, state: ThreadState) -> tuple[ThreadState, bool]:
        """The thread's memory, rebuilt from Slack's own history if Redis has none; and
        whether memory is usable (False if Redis failed on the way).

        Slack's history holds messages Tandem never scanned (those before it was
        mentioned, or all of them once memory expired): a secret among them makes
        the thread sensitive, as it would have had Tandem seen it asked.
        """
        if state.messages or state.forgotten or question.history is None:
            return state, True
        rebuilt = await question.history()
        if not rebuilt:
            return state, True
        detector = self.router.detector
        # Messages Tandem never saw are not held to its length limit: scanned off the loop.
        sensitive = await asyncio.to_thread(
            lambda: any(detector.scan(m.content).sensitive for m in rebuilt)
        )
        if sensitive:
            log.info("history_sensitive", request_id=question.request_id)
        try:
            await self.conversations.seed(question.thread, rebuilt, sensitive=sensitive)
            return await self.conversations.load(question.thread), True
        except (RedisError, OSError) as exc:
            log.warning("memory_unavailable", error=type(exc).__name__)
            return dataclasses.replace(state, sensitive=state.sensitive or sensitive), False

    def _messages(self, spec: ModelSpec, state: ThreadState, text: str) -> list[ChatMessage]:
        system = self.router.policy.system_prompt
        budget = (
            spec.context_window
            - spec.max_output_tokens
            - estimate_message_tokens(system)
            - estimate_message_tokens(text)
        )
        history, _ = trim_to_budget(state.messages, max(budget, 0))
        return [
            ChatMessage("system", system),
            *(m.to_chat() for m in history),
            ChatMessage("user", text),
        ]

    def _record_without_call(
        self, question: Question, decision: Decision | None, meta: AnswerMeta, step: int = 0
    ) -> None:
        """The question's outcome when no model answered it (status error or refused)."""
        record = UsageRecord(
            request_id=question.request_id,
            step=step,
            workspace=question.thread.workspace,
            channel=question.thread.channel,
            user_id=question.user,
            thread_key=question.thread.id,
            surface=question.surface,
            status=meta.status.value,
            error_kind=meta.error_kind,
            route_reasons=decision.codes if decision else [],
            score=decision.score if decision else None,
            sensitive=decision.sensitive if decision else False,
            sensitive_labels=list(decision.labels) if decision else [],
            features=dict(decision.features) if decision else {},
        )
        self.usage.record(record)
        if decision is None:
            self.metrics.questions.labels(question.surface, "none", meta.status.value).inc()

    async def _remember(
        self,
        question: Question,
        decision: Decision,
        meta: AnswerMeta,
        turn: Turn,
        unbilled: Decimal,
        memory: bool,
    ) -> None:
        """Save the turn and the facts behind it (if memory could be read), bill the
        budgets and pass the thread on: one round trip. A Redis failure loses memory,
        not the answer."""
        info = AnswerInfo(
            request_id=question.request_id,
            channel=question.thread.channel,
            thread=question.thread.thread,
            question=question.text,
            alias=meta.spec.alias if meta.spec else None,
            sensitive=decision.sensitive,
            decision=decision.to_dict(self.router.policy),
            status=meta.status.value,
        )
        try:
            async with self.conversations.pipeline() as pipe:
                thread = question.thread
                if memory:
                    if meta.text:
                        exchange = [
                            ChatMessage("user", question.text),
                            ChatMessage("assistant", meta.text),
                        ]
                        self.conversations.stage_append(
                            pipe,
                            thread,
                            exchange,
                            sensitive=decision.sensitive,
                            request_id=question.request_id,
                        )
                    self.answers.stage(pipe, thread.workspace, question.user, info)
                self.chain.budgets.stage_charge(
                    pipe, thread.workspace, thread.channel, question.user, unbilled
                )
                turn.stage_release(pipe)
                await pipe.execute()
                turn.mark_released()
        except (RedisError, OSError) as exc:
            meta.memory = False
            log.warning("memory_save_failed", error=type(exc).__name__)
            if unbilled > 0:
                log.warning("budget_charge_not_counted")


_EMPTY = ThreadState(messages=(), sensitive=False, answered=False, last_request_id=None)
