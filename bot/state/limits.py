"""Questions per person per minute: one runaway script or a person pasting in a loop
must not take the local model's GPU (or the budget) from everyone else.

A sliding window approximated with two fixed one-minute counters in Redis (the
current minute's and the last one's, weighted by how much of it still falls in
the last 60 s), as rate limiters at the edge do: two keys per person, no lists
of timestamps, and the count rides along in the round trip that draws the
thread's ticket (`stage`), so it costs no round trip of its own. Every question
counts, refused ones too, so someone who keeps hammering stays limited. With
Redis away the limit is not enforced (answers go on, as everything else does).
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import RedisError

from bot.state.keys import workspace_key

WINDOW = 60


@dataclass(frozen=True, slots=True)
class RateStatus:
    """Where a person stands against the limit once this question is counted."""

    allowed: bool
    count: float = 0.0
    limit: int = 0
    retry_after: float = 0.0

    def describe(self) -> str:
        wait = max(1, math.ceil(self.retry_after))
        return (
            f"You have asked about {math.floor(self.count)} questions in the last minute; "
            f"the limit is {self.limit} a minute. Try again in {wait} s."
        )


UNLIMITED = RateStatus(allowed=True)


def estimate(current: int, previous: int, elapsed: float, limit: int) -> RateStatus:
    """The sliding-window count `elapsed` seconds into the current minute, and how long
    until it falls back to the limit if it is over."""
    weight = 1.0 - elapsed / WINDOW
    count = current + previous * weight
    if count <= limit:
        return RateStatus(True, count, limit)
    if current > limit or previous == 0:
        wait = WINDOW - elapsed  # only the next minute can help
    else:
        # current + previous * (1 - (elapsed + wait) / WINDOW) == limit
        wait = WINDOW * (count - limit) / previous
    return RateStatus(False, count, limit, min(max(wait, 0.0), float(WINDOW)))


class RateLimiter:
    def __init__(self, redis: Redis, clock: Callable[[], float] = time.time) -> None:
        self._redis = redis
        self._clock = clock

    def _window(self, workspace: str, user: str) -> tuple[float, str, str]:
        """Seconds into the current minute, and the current and previous minutes' keys."""
        now = self._clock()
        minute = int(now // WINDOW)
        return (
            now - minute * WINDOW,
            workspace_key(workspace, "rate", user, str(minute)),
            workspace_key(workspace, "rate", user, str(minute - 1)),
        )

    def stage(
        self, pipe: Pipeline, workspace: str, user: str, limit: int
    ) -> Callable[[Iterator[Any]], RateStatus]:
        """Count this question on a pipeline; the returned function reads the replies.
        A limit of 0 is no limit: nothing is staged."""
        if limit <= 0:
            return lambda _: UNLIMITED
        elapsed, current, previous = self._window(workspace, user)
        pipe.incr(current)
        pipe.expire(current, 2 * WINDOW)
        pipe.get(previous)

        def read(replies: Iterator[Any]) -> RateStatus:
            count, _, before = next(replies), next(replies), next(replies)
            return estimate(int(count), int(before or 0), elapsed, limit)

        return read

    async def peek(self, workspace: str, user: str, limit: int) -> RateStatus:
        """The count as it stands, without counting anything: for a question counted by
        `stage` whose replies were not used (it waited for its thread's turn);
        UNLIMITED if Redis is away."""
        if limit <= 0:
            return UNLIMITED
        elapsed, *keys = self._window(workspace, user)
        try:
            current, previous = await self._redis.mget(keys)
        except (RedisError, OSError):
            return UNLIMITED
        return estimate(int(current or 0), int(previous or 0), elapsed, limit)

    async def uncount(self, workspace: str, user: str, limit: int) -> None:
        """Take back a count `stage` made for a delivery that turned out to be a repeat
        (Slack retrying an event): retries are not the person asking again."""
        if limit <= 0:
            return
        _, current, _ = self._window(workspace, user)
        with contextlib.suppress(RedisError, OSError):
            async with self._redis.pipeline(transaction=False) as pipe:
                # If the minute turned since the count, this makes the new minute's key
                # (at -1): it must expire like any other.
                pipe.decr(current)
                pipe.expire(current, 2 * WINDOW)
                await pipe.execute()
