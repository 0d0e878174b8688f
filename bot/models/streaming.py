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
        idle = self._backend.spec.timeouts.idle
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
                event = await self._next(events, min(idle, deadline - time.perf_counter()))
        finally:
            await _close(events)

    async def _next(self, events: AsyncIterator[RawEvent], limit: float) -> RawEvent | None:
        alias = self._backend.spec.alias
        try:
            async with asyncio.timeout(max(limit, 0.001)):
                return await anext(events)
        except StopAsyncIteration:
            return None
        except TimeoutError:
            raise ModelTimeout(
                f"{alias} stopped sending mid-answer", alias=alias, after_first_token=True
            ) from None
        except ModelError as exc:
            exc.after_first_token = True
            raise

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


async def _close(events: AsyncIterator[RawEvent]) -> None:
    aclose = getattr(events, "aclose", None)
    if aclose is not None:
        with contextlib.suppress(ModelError, RuntimeError):
            await aclose()
