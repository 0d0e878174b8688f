"""Two Tandem processes' worth of services on one Redis: news from one reaches the other.

An admin's `/tandem policy reload` and a user's `/tandem model` choice land on
one process (a worker, a replica); the others must not go on with the old policy
or the old cached choice.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
import structlog.testing
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import BUNDLED_POLICY
from bot.question import Question
from bot.service import Tandem
from bot.state.control import ControlChannel
from bot.state.keys import ThreadKey
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.support.app import CollectingSink, running, settings_for


@contextlib.asynccontextmanager
async def following(tandem: Tandem) -> AsyncIterator[Tandem]:
    task = asyncio.create_task(tandem.follow_control())
    async with asyncio.timeout(5):
        await tandem.services.control.connected.wait()
    try:
        yield tandem
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


@pytest.fixture
async def pair(
    tmp_path: Path, engine: AsyncEngine, redis: Redis, database_url: str,
    fake_ollama: FakeOllama, fake_openai: FakeOpenAI,
) -> AsyncIterator[tuple[Tandem, Tandem, Path]]:  # fmt: skip
    policy = tmp_path / "policy.toml"
    policy.write_text(BUNDLED_POLICY.read_text())
    settings = settings_for(database_url, fake_ollama, fake_openai, policy_path=policy)
    async with (
        running(settings) as one,
        running(settings) as other,
        following(Tandem(one)) as a,
        following(Tandem(other)) as b,
    ):
        yield a, b, policy


async def eventually(check: Callable[[], Awaitable[bool]], seconds: float = 5.0) -> None:
    async with asyncio.timeout(seconds):
        while not await check():  # noqa: ASYNC110 (another process's state)
            await asyncio.sleep(0.02)


async def test_a_model_choice_made_on_one_process_is_used_by_the_other(
    pair: tuple[Tandem, Tandem, Path],
) -> None:
    a, b, _ = pair
    assert await b.default_model("T1", "U1") is None  # b now caches "no choice"
    await a.set_default_model("T1", "U1", "strong")

    async def b_sees_it() -> bool:
        return await b.default_model("T1", "U1") == "strong"

    await eventually(b_sees_it)


async def test_an_admins_policy_reload_reaches_the_other_process(
    pair: tuple[Tandem, Tandem, Path],
) -> None:
    a, b, policy = pair
    assert b.policy.target_strong_share == 0.25
    policy.write_text(
        policy.read_text().replace("target_strong_share = 0.25", "target_strong_share = 0.4")
    )
    await a.reload_policy(everywhere=True)
    assert a.policy.target_strong_share == 0.4

    async def b_reloaded() -> bool:
        return b.policy.target_strong_share == 0.4

    await eventually(b_reloaded)


async def test_a_broken_message_does_not_stop_the_follower(
    pair: tuple[Tandem, Tandem, Path], redis: Redis
) -> None:
    a, b, _ = pair
    channel = f"tandem:control:{redis.connection_pool.connection_kwargs.get('db', 0)}"
    for junk in (b"not json", b"[1, 2]", b'{"kind": "unknown", "from": "x"}'):
        await redis.publish(channel, junk)
    await b.default_model("T1", "U2")
    await a.set_default_model("T1", "U2", "local")

    async def b_sees_it() -> bool:
        return await b.default_model("T1", "U2") == "local"

    await eventually(b_sees_it)


async def test_with_redis_away_the_choice_still_holds_where_it_was_made(
    pair: tuple[Tandem, Tandem, Path],
) -> None:
    a, _, _ = pair
    a.services.control = ControlChannel(Redis.from_url("redis://127.0.0.1:1/0"))
    await a.set_default_model("T1", "U3", "strong")  # publishing fails: logged, not raised
    assert await a.default_model("T1", "U3") == "strong"


@pytest.mark.parametrize("delay", [0.0, 0.001, 0.05])
async def test_a_follower_stops_when_cancelled_while_its_redis_closes(
    redis: Redis, delay: float
) -> None:
    """A worker that fails to start closes Redis and cancels the follower; it must end,
    or the process never exits (and its supervisor waits for it)."""
    client = Redis.from_url(
        f"redis://127.0.0.1:6379/{redis.connection_pool.connection_kwargs.get('db', 0)}"
    )
    follower = asyncio.create_task(ControlChannel(client).follow(retry_seconds=0.01))
    await asyncio.sleep(delay)
    await client.aclose()
    follower.cancel()
    done, _ = await asyncio.wait([follower], timeout=3)
    assert done == {follower} and follower.cancelled()


async def test_a_reload_does_not_cut_off_answers_in_flight(
    pair: tuple[Tandem, Tandem, Path], fake_ollama: FakeOllama
) -> None:
    """Reloading replaces the model clients; the answers streaming on the old ones finish."""
    a, b, _ = pair
    fake_ollama.token_interval = 0.03  # 20 tokens: about 0.6 s
    question = Question(
        text="how do I list pods?", thread=ThreadKey("T1", "C1", "r"), user="U9", surface="cli"
    )
    sink = CollectingSink()
    answering = asyncio.create_task(b.services.assistant.answer(question, sink))
    async with asyncio.timeout(5):
        while not sink.deltas:  # noqa: ASYNC110 (the stream has begun)
            await asyncio.sleep(0.01)
    await a.reload_policy(everywhere=True)  # b reloads too, mid-answer
    meta = await answering
    assert meta.ok, meta.message
    assert meta.completion_tokens == 20


async def test_redis_away_is_logged_once_not_at_every_retry() -> None:
    """With Redis down, every process retried (and warned) once a second: 3,600 warnings
    an hour per process, burying everything else. One warning, then quiet."""
    nowhere = Redis.from_url("redis://127.0.0.1:1/0")
    with structlog.testing.capture_logs() as logged:
        follower = asyncio.create_task(ControlChannel(nowhere).follow(retry_seconds=0.01))
        await asyncio.sleep(0.5)
        follower.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await follower
    await nowhere.aclose()
    lost = [entry for entry in logged if entry["event"] == "control_channel_lost"]
    assert len(lost) == 1, logged
