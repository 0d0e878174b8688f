"""A per-thread FIFO lock in Redis, so two questions in one thread are answered in order.

A plain Redis lock is not fair: whoever polls first wins, so a second question
could be answered before the first. This is a ticket lock (a bakery queue):
each question draws a ticket, the holder of ticket `serving` answers, release
moves `serving` on. It works across several `tandem serve` processes.

A holder that dies stops renewing its lease; a ticket whose owner never shows
up (its process died while waiting) loses its turn after a short hand-off grace.
Either way the next waiter moves the queue on, so a crash never wedges a thread.
A waiter that gives up (timeout, cancellation) marks its ticket abandoned, and
the queue skips it at once instead of waiting out the grace.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from collections.abc import AsyncIterator, Callable
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from bot.state.dedupe import Repeat
from bot.state.keys import ThreadKey

_ENTER = """
if KEYS[4] and not redis.call('SET', KEYS[4], '1', 'NX', 'EX', ARGV[3]) then
  return {-1, 0}
end
local ticket = redis.call('INCR', KEYS[1]) - 1
redis.call('EXPIRE', KEYS[1], 86400)
redis.call('EXPIRE', KEYS[2], 86400)
local serving = tonumber(redis.call('GET', KEYS[2]) or '0')
if serving == ticket then
  redis.call('SET', KEYS[3], ARGV[1], 'PX', ARGV[2])
  return {ticket, 1}
end
return {ticket, 0}
"""

_TRY = """
local ticket = tonumber(ARGV[1])
local serving = tonumber(redis.call('GET', KEYS[1]) or '0')
if serving == ticket then
  redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
  return 1
end
if serving < ticket and redis.call('EXISTS', KEYS[2]) == 0 then
  redis.call('SET', KEYS[1], serving + 1, 'KEEPTTL')
  redis.call('SET', KEYS[2], 'handoff', 'PX', ARGV[4])
end
return 0
"""

_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""

_SKIP_ABANDONED = """
local function advance(serving_key, abandoned_key)
  local serving = redis.call('INCR', serving_key)
  while redis.call('SREM', abandoned_key, serving) == 1 do
    serving = redis.call('INCR', serving_key)
  end
end
"""

_RELEASE = (
    _SKIP_ABANDONED
    + """
if redis.call('GET', KEYS[2]) == ARGV[1] then
  advance(KEYS[1], KEYS[3])
  redis.call('SET', KEYS[2], 'handoff', 'PX', ARGV[2])
  return 1
end
return 0
"""
)

_ABANDON = (
    _SKIP_ABANDONED
    + """
local ticket = tonumber(ARGV[1])
local serving = tonumber(redis.call('GET', KEYS[1]) or '0')
if serving == ticket then
  advance(KEYS[1], KEYS[3])
  redis.call('SET', KEYS[2], 'handoff', 'PX', ARGV[2])
elseif serving < ticket then
  redis.call('SADD', KEYS[3], ticket)
  redis.call('EXPIRE', KEYS[3], 86400)
end
return 0
"""
)


Stage = Callable[[Pipeline], object]


class Turn:
    """A held turn: replies to reads staged with the ticket, and a release to stage."""

    __slots__ = ("_handoff_ms", "_keys", "_token", "prefetched", "released", "staged")

    def __init__(
        self,
        prefetched: list[Any] | None,
        staged: Any,
        keys: tuple[str, str, str],
        token: str,
        handoff: int,
    ) -> None:
        self.prefetched = prefetched
        self.staged = staged  # what `reads` returned (e.g. functions that read the replies)
        self.released = False
        self._keys, self._token, self._handoff_ms = keys, token, handoff

    def stage_release(self, pipe: Pipeline) -> None:
        """Queue the release on the caller's pipeline (with its writes, one round trip).

        Call `mark_released` once that pipeline has run; if it never does, leaving
        the `hold` block releases the turn on its own.
        """
        pipe.eval(_RELEASE, 3, *self._keys, self._token, self._handoff_ms)

    def mark_released(self) -> None:
        self.released = True


class LockTimeout(Exception):
    """The thread stayed busy longer than the caller was willing to wait."""


class ThreadLocks:
    """Factory of per-thread FIFO locks sharing one Redis connection pool."""

    def __init__(
        self,
        redis: Redis,
        *,
        lease_ms: int = 30_000,
        handoff_ms: int = 2_000,
        poll_seconds: float = 0.02,
    ) -> None:
        self._redis = redis
        self._lease_ms = lease_ms
        self._handoff_ms = handoff_ms
        self._poll = poll_seconds
        self._try = redis.register_script(_TRY)
        self._renew = redis.register_script(_RENEW)
        self._release = redis.register_script(_RELEASE)
        self._abandon = redis.register_script(_ABANDON)

    @contextlib.asynccontextmanager
    async def hold(
        self,
        key: ThreadKey,
        max_wait: float = 300.0,
        *,
        reads: Stage | None = None,
        once: tuple[str, int] | None = None,
    ) -> AsyncIterator[Turn]:
        """Wait for this thread's turn (FIFO), hold it while the body runs.

        `reads` queues commands on the pipeline that draws the ticket: when the turn
        comes at once (the usual case) their replies arrive with it, in the same round
        trip, as `Turn.prefetched` (and what `reads` returned as `Turn.staged`); after
        a wait they are stale, so `prefetched` stays None.

        `once` is (key, ttl seconds) of an event claim, set in the script that draws
        the ticket: if the key exists already, no ticket is drawn and `Repeat` is
        raised, without waiting for a thread that may be busy with the first delivery.
        """
        next_key, serving_key, owner_key, abandoned_key = (
            key.redis("lock:next"),
            key.redis("lock:serving"),
            key.redis("lock:owner"),
            key.redis("lock:abandoned"),
        )
        token = secrets.token_hex(8)
        keys = [next_key, serving_key, owner_key]
        args: list[str | int] = [token, self._lease_ms]
        if once is not None:
            keys.append(once[0])
            args.append(once[1])
        ticket, got, replies, staged = await self._draw(keys, args, reads)
        got_reads = bool(got) and not any(isinstance(r, Exception) for r in replies)
        if not got:
            try:
                await self._wait_turn(serving_key, owner_key, int(ticket), token, max_wait)
            except BaseException:
                keys = [serving_key, owner_key, abandoned_key]
                await self._abandon(keys=keys, args=[ticket, self._handoff_ms])
                raise
        release_keys = (serving_key, owner_key, abandoned_key)
        prefetched = replies if got_reads else None
        turn = Turn(prefetched, staged, release_keys, token, self._handoff_ms)
        renewer = asyncio.create_task(self._keep_alive(owner_key, token))
        try:
            yield turn
        finally:
            renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewer
            if not turn.released:
                await self._release(keys=list(release_keys), args=[token, self._handoff_ms])

    async def _draw(
        self, keys: list[str], args: list[str | int], reads: Stage | None
    ) -> tuple[int, int, list[Any], object]:
        """Draw a ticket (and make the claim) with the staged reads, in one round trip:
        (ticket, whether the turn came at once, the reads' replies, what `reads` returned)."""
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.eval(_ENTER, len(keys), *keys, *args)
            staged = reads(pipe) if reads is not None else None
            # A failed read must not hide a ticket drawn (and perhaps a turn taken).
            replies = await pipe.execute(raise_on_error=False)
        if isinstance(replies[0], Exception):
            raise replies[0]
        ticket, got = replies[0]
        if ticket < 0:
            raise Repeat("another delivery of this event was claimed first")
        return int(ticket), int(got), replies[1:], staged

    async def _wait_turn(
        self, serving_key: str, owner_key: str, ticket: int, token: str, max_wait: float
    ) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max_wait
        delay = self._poll
        while True:
            args: list[str | int] = [ticket, token, self._lease_ms, self._handoff_ms]
            if await self._try(keys=[serving_key, owner_key], args=args):
                return
            if loop.time() >= deadline:
                raise LockTimeout(f"thread busy for more than {max_wait:.0f}s")
            await asyncio.sleep(delay)
            delay = min(delay * 1.5, 0.2)

    async def _keep_alive(self, owner_key: str, token: str) -> None:
        while True:
            await asyncio.sleep(self._lease_ms / 3000)
            await self._renew(keys=[owner_key], args=[token, self._lease_ms])
