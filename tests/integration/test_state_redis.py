"""Conversation memory and thread locks against the real Redis."""

from __future__ import annotations

import asyncio

import pytest
from redis.asyncio import Redis

from bot.models.base import ChatMessage
from bot.state.conversations import ConversationStore, StoredMessage, trim_to_budget
from bot.state.dedupe import Repeat
from bot.state.keys import ThreadKey
from bot.state.limits import RateLimiter, RateStatus
from bot.state.locks import LockTimeout, ThreadLocks
from tests.conftest import REDIS_URL

KEY = ThreadKey("T1", "C1", "1700000000.000100")


async def test_turns_round_trip_per_thread_and_workspace(redis: Redis) -> None:
    store = ConversationStore(redis, ttl_seconds=3600)
    await store.append(
        KEY, [ChatMessage("user", "hi"), ChatMessage("assistant", "hello")], sensitive=False
    )
    other = ThreadKey("T2", "C1", KEY.thread)
    state = await store.load(KEY)
    assert [(m.role, m.content) for m in state.messages] == [("user", "hi"), ("assistant", "hello")]
    assert state.answered and not state.sensitive
    assert (await store.load(other)).messages == ()


async def test_ttl_is_set_and_refreshed_on_use(redis: Redis) -> None:
    store = ConversationStore(redis, ttl_seconds=3600)
    await store.append(KEY, [ChatMessage("user", "hi")], sensitive=False)
    await redis.expire(KEY.redis("conv"), 10)
    await store.load(KEY)
    assert 3590 <= await redis.ttl(KEY.redis("conv")) <= 3600


async def test_sensitivity_sticks_to_the_thread(redis: Redis) -> None:
    store = ConversationStore(redis, ttl_seconds=3600)
    await store.append(KEY, [ChatMessage("user", "key AKIA...")], sensitive=True)
    await store.append(KEY, [ChatMessage("user", "and now?")], sensitive=False)
    assert (await store.load(KEY)).sensitive


async def test_forget_drops_memory_and_keeps_the_thread_answered(redis: Redis) -> None:
    store = ConversationStore(redis, ttl_seconds=3600)
    await store.append(KEY, [ChatMessage("user", "hi")], sensitive=True, request_id="r1")
    assert await store.forget(KEY)
    state = await store.load(KEY)
    assert state.messages == () and not state.sensitive and state.last_request_id is None
    assert state.answered and state.forgotten  # follow-ups answered, nothing rebuilt
    assert 0 < await redis.ttl(KEY.redis("convmeta")) <= 3600
    assert not await store.forget(KEY)


async def test_seed_rebuilds_history(redis: Redis) -> None:
    store = ConversationStore(redis, ttl_seconds=3600)
    await store.seed(KEY, [ChatMessage("user", "from slack"), ChatMessage("assistant", "reply")])
    assert [m.content for m in (await store.load(KEY)).messages] == ["from slack", "reply"]


def test_trim_keeps_newest_messages_within_budget() -> None:
    messages = [StoredMessage("user", f"m{i}", 10) for i in range(10)]
    kept, dropped = trim_to_budget(messages, 35)
    assert [m.content for m in kept] == ["m7", "m8", "m9"]
    assert dropped
    kept, dropped = trim_to_budget(messages, 1000)
    assert len(kept) == 10 and not dropped


async def test_lock_serves_questions_in_arrival_order(redis: Redis) -> None:
    locks = ThreadLocks(redis, poll_seconds=0.005)
    order: list[int] = []

    async def question(n: int) -> None:
        async with locks.hold(KEY):
            order.append(n)
            await asyncio.sleep(0.02)

    tasks = []
    for n in range(6):
        tasks.append(asyncio.create_task(question(n)))
        # Arrival order is the order tickets are drawn in Redis: wait for this one's.
        while int(await redis.get(KEY.redis("lock:next")) or 0) < n + 1:  # noqa: ASYNC110 (Redis state)
            await asyncio.sleep(0.001)
    await asyncio.gather(*tasks)
    assert order == list(range(6))


async def test_lock_is_shared_across_clients(redis: Redis) -> None:
    other = Redis.from_url(REDIS_URL)
    first, second = ThreadLocks(redis), ThreadLocks(other, poll_seconds=0.005)
    inside = asyncio.Event()
    release = asyncio.Event()

    async def holder() -> None:
        async with first.hold(KEY):
            inside.set()
            await release.wait()

    task = asyncio.create_task(holder())
    await inside.wait()
    with pytest.raises(LockTimeout):
        async with second.hold(KEY, max_wait=0.1):
            pass
    release.set()
    await task
    # The ticket given up on above is skipped at once, not after the hand-off grace.
    async with second.hold(KEY, max_wait=0.5):
        pass
    await other.aclose()


async def test_dead_holder_does_not_wedge_the_thread(redis: Redis) -> None:
    locks = ThreadLocks(redis, lease_ms=200, handoff_ms=100, poll_seconds=0.01)
    # A holder that took its turn and died: its lease expires, nobody releases.
    await redis.set(KEY.redis("lock:next"), 1)
    await redis.set(KEY.redis("lock:owner"), "dead", px=200)
    async with locks.hold(KEY, max_wait=2):
        pass


async def test_abandoned_ticket_loses_its_turn(redis: Redis) -> None:
    locks = ThreadLocks(redis, lease_ms=5000, handoff_ms=100, poll_seconds=0.01)
    # Ticket 0 was drawn by a process that died while waiting; it never claims its turn.
    await redis.set(KEY.redis("lock:next"), 1)
    async with locks.hold(KEY, max_wait=2):
        pass


async def test_reads_staged_with_the_ticket_come_back_when_the_turn_is_ours_at_once(
    redis: Redis,
) -> None:
    store = ConversationStore(redis, ttl_seconds=3600)
    await store.append(KEY, [ChatMessage("user", "earlier")], sensitive=True)
    locks = ThreadLocks(redis, poll_seconds=0.005)
    async with locks.hold(KEY, reads=lambda pipe: store.stage_load(pipe, KEY)) as turn:
        assert turn.prefetched is not None
        state = turn.staged(iter(turn.prefetched))
        assert [m.content for m in state.messages] == ["earlier"] and state.sensitive


async def test_reads_staged_by_a_waiter_are_not_used(redis: Redis) -> None:
    """After waiting for an earlier question, memory read with the ticket is stale."""
    store = ConversationStore(redis, ttl_seconds=3600)
    locks = ThreadLocks(redis, poll_seconds=0.005)
    inside = asyncio.Event()

    async def earlier() -> None:
        async with locks.hold(KEY):
            inside.set()
            await asyncio.sleep(0.05)
            await store.append(KEY, [ChatMessage("assistant", "first answer")], sensitive=False)

    task = asyncio.create_task(earlier())
    await inside.wait()
    async with locks.hold(KEY, reads=lambda pipe: store.stage_load(pipe, KEY)) as turn:
        assert turn.prefetched is None
        assert [m.content for m in (await store.load(KEY)).messages] == ["first answer"]
    await task


async def test_release_staged_with_the_writes_passes_the_thread_on(redis: Redis) -> None:
    locks = ThreadLocks(redis, poll_seconds=0.005)
    store = ConversationStore(redis, ttl_seconds=3600)
    async with locks.hold(KEY) as turn:
        async with store.pipeline() as pipe:
            store.stage_append(pipe, KEY, [ChatMessage("user", "q")], sensitive=False)
            turn.stage_release(pipe)
            await pipe.execute()
        turn.mark_released()
        # Released already: the next question gets the thread while this block still runs.
        async with locks.hold(KEY, max_wait=0.5) as second:
            assert second.prefetched is not None


async def test_a_staged_release_that_never_ran_is_done_on_leaving(redis: Redis) -> None:
    locks = ThreadLocks(redis, poll_seconds=0.005)
    async with locks.hold(KEY) as turn:
        turn.stage_release(redis.pipeline())  # built, never executed (say Redis failed)
    async with locks.hold(KEY, max_wait=0.5):
        pass


async def test_a_failed_read_with_the_ticket_still_gives_the_turn_and_passes_it_on(
    redis: Redis,
) -> None:
    locks = ThreadLocks(redis, poll_seconds=0.005)
    await redis.set(KEY.redis("conv"), "not a list")  # LRANGE on it is an error reply
    store = ConversationStore(redis, ttl_seconds=3600)
    async with locks.hold(KEY, reads=lambda pipe: store.stage_load(pipe, KEY)) as turn:
        assert turn.prefetched is None  # read again by the caller, not used half-failed
    async with locks.hold(KEY, max_wait=0.5) as second:  # released: no lease to wait out
        assert second.prefetched == []  # the turn came at once (nothing staged to read)


async def test_a_claimed_delivery_draws_a_ticket_and_a_repeat_draws_none(redis: Redis) -> None:
    """The event claim rides on the ticket's script: the repeat gets Repeat at once, even
    while the first delivery holds the thread, and takes no place in the queue."""
    locks = ThreadLocks(redis, poll_seconds=0.005)
    once = ("tandem:event:T1:Ev0LOCKED", 60)
    async with locks.hold(KEY, once=once):
        assert 0 < await redis.ttl(once[0]) <= 60
        async with asyncio.timeout(1):  # not the 300 s a busy thread could take
            with pytest.raises(Repeat):
                async with locks.hold(KEY, once=once):
                    pytest.fail("a repeat must not get the thread")
    # The repeat left nothing in the queue: the next question gets the thread at once.
    async with locks.hold(KEY, max_wait=0.5) as turn:
        assert turn.prefetched is not None


async def test_another_delivery_in_a_busy_thread_still_waits_its_turn(redis: Redis) -> None:
    locks = ThreadLocks(redis, poll_seconds=0.005)
    order: list[str] = []
    inside = asyncio.Event()

    async def first() -> None:
        async with locks.hold(KEY, once=("tandem:event:T1:Ev0FIRST", 60)):
            inside.set()
            await asyncio.sleep(0.05)
            order.append("first")

    task = asyncio.create_task(first())
    await inside.wait()
    async with locks.hold(KEY, once=("tandem:event:T1:Ev0SECOND", 60)):
        order.append("second")
    await task
    assert order == ["first", "second"]


async def test_rate_limiter_counts_each_question_in_the_ticket_round_trip(redis: Redis) -> None:
    now = [1_800_000_000.0 + 10]  # 10 s into a minute
    limiter = RateLimiter(redis, clock=lambda: now[0])

    async def ask(user: str = "U1") -> RateStatus:
        async with redis.pipeline(transaction=False) as pipe:
            read = limiter.stage(pipe, "T1", user, limit=3)
            return read(iter(await pipe.execute()))

    assert [(await ask()).allowed for _ in range(4)] == [True, True, True, False]
    assert (await ask("U2")).allowed  # one person's count is theirs alone
    assert not (await limiter.peek("T1", "U1", 3)).allowed  # peeking counts nothing
    assert (await limiter.peek("T1", "U1", 3)).count == 4
    now[0] += 60  # next minute: the last one's 4, weighted by the 50 s still in view
    status = await ask()
    assert status.count == pytest.approx(1 + 4 * 50 / 60) and not status.allowed
    now[0] += 40  # 50 s into it: 2 + 4 * 10 / 60 < 3
    assert (await ask()).allowed
    keys = await redis.keys("tandem:rate:T1:U1:*")
    ttls = [await redis.ttl(k) for k in keys]
    assert ttls and all(0 < t <= 120 for t in ttls)


async def test_no_limit_stages_nothing(redis: Redis) -> None:
    async with redis.pipeline(transaction=False) as pipe:
        read = RateLimiter(redis).stage(pipe, "T1", "U1", limit=0)
        assert len(pipe) == 0
    assert read(iter([])).allowed


async def test_taking_back_a_count_leaves_no_key_without_expiry(redis: Redis) -> None:
    now = [1_800_000_000.0 + 59.9]
    limiter = RateLimiter(redis, clock=lambda: now[0])
    async with redis.pipeline(transaction=False) as pipe:
        limiter.stage(pipe, "T1", "U1", limit=3)
        await pipe.execute()
    now[0] += 0.2  # the minute turns before the repeat is recognised
    await limiter.uncount("T1", "U1", 3)
    keys = [k async for k in redis.scan_iter("tandem:rate:T1:U1:*")]
    ttls = [await redis.ttl(k) for k in keys]
    assert len(ttls) == 2 and all(0 < t <= 120 for t in ttls)
