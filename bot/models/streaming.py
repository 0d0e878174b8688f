"""Timeouts, retries and usage accounting shared by every backend.

Retries (tenacity, exponential backoff with jitter, honouring Retry-After) only
happen before the first token: once text has reached the user, re-asking would
show a second, different answer. After the first token a failure ends the
stream and the partial answer stays, marked incomplete by the caller.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

from bot.models.base import Backend, ChatMessage, RawEvent, StreamEnd
from bot.models.errors import ModelError, ModelTimeout
from bot.models.tokens import estimate_message_tokens, estimate_tokens

MAX_RETRY_AFTER = 5.0


@dataclass(slots=True)
class CallResult:
    """What one model call produced, as the usage table records it."""

    text: str
    prompt_tokens: int
    completion_tokens: int
    tokens_estimated: bool
    ttft: float | None
    total: float
    finish_reason: str | None
    error: ModelError | None = None

    @property
    def complete(self) -> bool:
        return self.error is None


def _is_retryable(exc: BaseException) -> bool:
    return isinstance(exc, ModelError) and exc.retryable and not exc.after_first_token


def _wait() -> object:
    backoff = wait_exponential_jitter(multiplier=0.2, max=2.0, jitter=0.2)

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, ModelError) and exc.retry_after is not None:
            return min(exc.retry_after, MAX_RETRY_AFTER)
        return float(backoff(state))

    return wait


class ModelStream:
    """Async iterator of text deltas from one backend; `result` once it ends.

    Iterating never raises for a model failure: the error lands in
    `result.error` so the caller can keep the partial text and decide on a
    fallback with everything it needs in one place.
    """

    def __init__(
        self,
        backend: Backend,
        messages: Sequence[ChatMessage],
        *,
        attempts: int = 3,
    ) -> None:
        self._backend = backend
        self._messages = messages
        self._attempts = attempts
        self._parts: list[str] = []
        self._start = 0.0
        self._ttft: float | None = None
        self._end: StreamEnd | None = None
        self.result: CallResult | None = None

    async def __aiter__(self) -> AsyncIterator[str]:
        self._start = time.perf_counter()
        timeouts = self._backend.spec.timeouts
        deadline = self._start + timeouts.total
        error: ModelError | None = None
        try:
            events, first = await self._open_with_retries(deadline)
            async for text in self._drain(events, first, deadline):
                yield text
        except ModelError as exc:
            error = exc
        finally:
            self.result = self._finish(error)

    async def _open_with_retries(self, deadline: float) -> tuple[AsyncIterator[RawEvent], RawEvent]:
        retrying = AsyncRetrying(
            retry=retry_if_exception(_is_retryable),
            stop=stop_after_attempt(self._attempts),
            wait=_wait(),  # type: ignore[arg-type]
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                return await self._open_once(deadline)
        raise AssertionError("unreachable: tenacity reraises the last error")

    async def _open_once(self, deadline: float) -> tuple[AsyncIterator[RawEvent], RawEvent]:
        events = self._backend.open_stream(self._messages)
        limit = min(self._backend.spec.timeouts.first_token, deadline - time.perf_counter())
        try:
            async with asyncio.timeout(max(limit, 0.001)):
                first = await anext(events)
        except TimeoutError:
            await _close(events)
            raise ModelTimeout(
                f"{self._backend.spec.alias} sent no token within {limit:.0f}s",
                alias=self._backend.spec.alias,
            ) from None
        except BaseException:
            await _close(events)
            raise
        return events, first

    async def _drain(
        self, events: AsyncIterator[RawEvent], first: RawEvent, deadline: float
    ) -> AsyncIterator[str]:
        timer = _IdleTimer(self._backend.spec.timeouts.idle, deadline)
        event: RawEvent | None = first
        try:
            while event is not None:
                if isinstance(event, StreamEnd):
                    self._end = event
                    return
                if self._ttft is None:
                    self._ttft = time.perf_counter() - self._start
                self._parts.append(event.text)
                yield event.text
                event = await self._next(events, timer)
        finally:
            timer.close()
            await _close(events)

    async def _next(self, events: AsyncIterator[RawEvent], timer: _IdleTimer) -> RawEvent | None:
        alias = self._backend.spec.alias
        timer.reading()
        try:
            return await anext(events)
        except StopAsyncIteration:
            return None
        except asyncio.CancelledError:
            if timer.timed_out():
                raise ModelTimeout(
                    f"{alias} stopped sending mid-answer", alias=alias, after_first_token=True
                ) from None
            raise
        except ModelError as exc:
            exc.after_first_token = True
            raise
        finally:
            timer.done_reading()

    def _finish(self, error: ModelError | None) -> CallResult:
        text = "".join(self._parts)
        end = self._end
        reported_prompt = end.prompt_tokens if end else None
        reported_completion = end.completion_tokens if end else None
        prompt = reported_prompt
        if prompt is None:
            prompt = sum(estimate_message_tokens(m.content) for m in self._messages)
        completion = reported_completion
        if completion is None:
            completion = estimate_tokens(text)
        return CallResult(
            text=text,
            prompt_tokens=prompt,
            completion_tokens=completion,
            tokens_estimated=reported_prompt is None or reported_completion is None,
            ttft=self._ttft,
            total=time.perf_counter() - self._start,
            finish_reason=end.finish_reason if end else None,
            error=error,
        )


class _IdleTimer:
    """The idle gap between chunks and the call's deadline, watched by one timer.

    `asyncio.timeout()` around every chunk pushes and pops a timer per token (a
    few per cent of Tandem's CPU under load). Here a read only notes when it
    began; the timer, when it fires, re-arms for the read in progress, or
    cancels the reading task if that read has waited too long. Between reads
    (while the caller forwards text to Slack) nothing is timed, as before.
    """

    def __init__(self, idle: float, deadline: float) -> None:
        self._loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        assert task is not None, "a stream is read inside a task"
        self._task = task
        self._idle = idle
        self._deadline = self._loop.time() + (deadline - time.perf_counter())
        self._since: float | None = None
        self._handle: asyncio.TimerHandle | None = None
        self._fired = False

    def _due(self, since: float) -> float:
        return min(since + self._idle, self._deadline)

    def reading(self) -> None:
        self._since = self._loop.time()
        if self._handle is None:
            self._handle = self._loop.call_at(self._due(self._since), self._check)

    def done_reading(self) -> None:
        self._since = None

    def _check(self) -> None:
        self._handle = None
        if self._since is None:
            return  # between reads; the next read re-arms
        due = self._due(self._since)
        if self._loop.time() < due:
            self._handle = self._loop.call_at(due, self._check)
            return
        self._fired = True
        self._task.cancel()

    def timed_out(self) -> bool:
        """Whether a CancelledError came from this timer (and not from someone else)."""
        if not self._fired:
            return False
        self._fired = False
        return self._task.uncancel() == 0

    def close(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None


async def _close(events: AsyncIterator[RawEvent]) -> None:
    aclose = getattr(events, "aclose", None)
    if aclose is not None:
        with contextlib.suppress(ModelError, RuntimeError):
            await aclose()
