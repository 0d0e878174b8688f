"""ModelStream's contract: retries only before the first token, timeouts, usage fallback."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field

from bot.models.base import (
    ChatMessage,
    ModelSpec,
    Privacy,
    RawEvent,
    StreamEnd,
    TextChunk,
    Timeouts,
)
from bot.models.errors import ErrorKind, ModelUnavailable, RateLimited
from bot.models.streaming import ModelStream

Script = Callable[[], AsyncIterator[RawEvent]]


def spec(**timeouts: float) -> ModelSpec:
    return ModelSpec(
        "local", "ollama", "llama3.1:8b", Privacy.LOCAL, 8192, 512, timeouts=Timeouts(**timeouts)
    )


@dataclass
class ScriptedBackend:
    """A Backend whose successive calls follow the given scripts."""

    scripts: list[Script]
    spec: ModelSpec = field(default_factory=spec)
    calls: int = 0

    def open_stream(self, messages: Sequence[ChatMessage]) -> AsyncIterator[RawEvent]:
        script = self.scripts[min(self.calls, len(self.scripts) - 1)]
        self.calls += 1
        return script()

    async def ping(self) -> bool:
        return True

    async def aclose(self) -> None:
        return None


def chunks(*texts: str, usage: tuple[int, int] | None = (10, 3), delay: float = 0.0) -> Script:
    async def run() -> AsyncIterator[RawEvent]:
        for text in texts:
            if delay:
                await asyncio.sleep(delay)
            yield TextChunk(text)
        if usage is not None:
            yield StreamEnd(usage[0], usage[1], "stop")

    return run


def failing(error: Exception, after: Sequence[str] = ()) -> Script:
    async def run() -> AsyncIterator[RawEvent]:
        for text in after:
            yield TextChunk(text)
        raise error

    return run


MESSAGES = [ChatMessage("user", "what does git rebase do?")]


async def collect(stream: ModelStream) -> list[str]:
    return [delta async for delta in stream]


async def test_streams_deltas_and_reports_provider_usage() -> None:
    backend = ScriptedBackend([chunks("Re", "base ", "replays.")])
    stream = ModelStream(backend, MESSAGES)
    assert await collect(stream) == ["Re", "base ", "replays."]
    result = stream.result
    assert result is not None and result.complete
    assert (result.prompt_tokens, result.completion_tokens) == (10, 3)
    assert not result.tokens_estimated
    assert result.ttft is not None and result.ttft <= result.total


async def test_retries_connection_errors_before_first_token() -> None:
    backend = ScriptedBackend([failing(ModelUnavailable("down")), chunks("ok")])
    stream = ModelStream(backend, MESSAGES, attempts=3)
    assert await collect(stream) == ["ok"]
    assert backend.calls == 2


async def test_honours_retry_after_on_rate_limit() -> None:
    backend = ScriptedBackend([failing(RateLimited("slow down", retry_after=0.3)), chunks("ok")])
    loop = asyncio.get_running_loop()
    start = loop.time()
    stream = ModelStream(backend, MESSAGES)
    await collect(stream)
    assert loop.time() - start >= 0.3
    assert backend.calls == 2


async def test_gives_up_after_attempts_with_typed_error() -> None:
    backend = ScriptedBackend([failing(ModelUnavailable("down"))])
    stream = ModelStream(backend, MESSAGES, attempts=2)
    assert await collect(stream) == []
    assert backend.calls == 2
    assert stream.result is not None
    assert stream.result.error is not None and stream.result.error.kind is ErrorKind.UNAVAILABLE


async def test_no_retry_after_first_token_partial_text_kept() -> None:
    backend = ScriptedBackend([failing(ModelUnavailable("died"), after=["half an "]), chunks("x")])
    stream = ModelStream(backend, MESSAGES)
    assert await collect(stream) == ["half an "]
    assert backend.calls == 1
    result = stream.result
    assert result is not None and result.text == "half an "
    assert result.error is not None and result.error.after_first_token
    assert result.tokens_estimated and result.completion_tokens > 0


async def test_first_token_timeout() -> None:
    backend = ScriptedBackend([chunks("late", delay=1.0)], spec=spec(first_token=0.1))
    stream = ModelStream(backend, MESSAGES, attempts=1)
    assert await collect(stream) == []
    assert stream.result is not None and stream.result.error is not None
    assert stream.result.error.kind is ErrorKind.TIMEOUT


async def test_idle_gap_timeout_mid_stream() -> None:
    async def stall() -> AsyncIterator[RawEvent]:
        yield TextChunk("start ")
        await asyncio.sleep(5)
        yield TextChunk("never")

    backend = ScriptedBackend([stall], spec=spec(idle=0.1))
    stream = ModelStream(backend, MESSAGES)
    assert await collect(stream) == ["start "]
    assert stream.result is not None and stream.result.error is not None
    assert stream.result.error.kind is ErrorKind.TIMEOUT
    assert stream.result.error.after_first_token


async def test_each_gap_is_timed_afresh_not_from_the_first_chunk() -> None:
    backend = ScriptedBackend([chunks(*["t"] * 6, delay=0.06)], spec=spec(idle=0.1))
    stream = ModelStream(backend, MESSAGES)
    assert await collect(stream) == ["t"] * 6  # 0.36 s in all, no gap over 0.1 s
    assert stream.result is not None and stream.result.error is None


async def test_time_spent_by_the_reader_is_not_an_idle_gap() -> None:
    backend = ScriptedBackend([chunks("one ", "two ", "three")], spec=spec(idle=0.1))
    stream = ModelStream(backend, MESSAGES)
    received: list[str] = []
    async for delta in stream:
        received.append(delta)
        await asyncio.sleep(0.25)  # a slow Slack call between chunks
    assert received == ["one ", "two ", "three"]
    assert stream.result is not None and stream.result.error is None


async def test_cancelling_the_reader_is_not_reported_as_a_timeout() -> None:
    async def stall() -> AsyncIterator[RawEvent]:
        yield TextChunk("start ")
        await asyncio.sleep(5)
        yield TextChunk("never")

    stream = ModelStream(ScriptedBackend([stall], spec=spec(idle=0.2)), MESSAGES)
    reader = asyncio.create_task(collect(stream))
    await asyncio.sleep(0.05)
    reader.cancel()
    try:
        await reader
    except asyncio.CancelledError:
        pass
    else:
        raise AssertionError("the cancellation was swallowed")
    assert reader.cancelled()


async def test_total_timeout_bounds_a_slow_trickle() -> None:
    backend = ScriptedBackend([chunks(*["t"] * 50, delay=0.05)], spec=spec(total=0.3, idle=1))
    stream = ModelStream(backend, MESSAGES)
    deltas = await collect(stream)
    assert 0 < len(deltas) < 50
    assert stream.result is not None and stream.result.error is not None


async def test_missing_usage_is_estimated_locally() -> None:
    backend = ScriptedBackend([chunks("four words right here", usage=None)])
    stream = ModelStream(backend, MESSAGES)
    await collect(stream)
    result = stream.result
    assert result is not None and result.tokens_estimated
    assert result.completion_tokens == 4 and result.prompt_tokens > 0
