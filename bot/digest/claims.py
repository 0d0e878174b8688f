"""One claim per (subscription, scheduled fire time) in Redis: the exactly-once guard.

Every replica's scheduler fires the same job at the same time; each tries
`SET NX` on the same key and only the winner posts. The claim outlives the
misfire grace time (and the whole period), so a replica that restarts inside
the grace time, or a second catch-up, finds the fire already taken. A claim
is released only when the winner failed before posting anything, so another
attempt inside the grace time may still deliver it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from redis.asyncio import Redis

from bot.state.keys import PREFIX

POSTING = "posting"
SKIPPED = "skipped"


def claim_key(subscription_id: int, fire_at: datetime) -> str:
    """One key per fire, so two replicas firing the same schedule race for the same key."""
    return f"{PREFIX}:digest:fire:{subscription_id}:{fire_at:%Y%m%dT%H%M%SZ}"


class FireClaims:
    """`SET NX EX` claims on fires; one per process, sharing the process's Redis client."""

    def __init__(self, redis: Redis) -> None:
        self._redis = redis

    async def take(
        self, subscription_id: int, fire_at: datetime, ttl: timedelta, outcome: str = POSTING
    ) -> bool:
        """True for the one caller that owns this fire; `ttl` must exceed the grace time."""
        seconds = max(int(ttl.total_seconds()), 1)
        key = claim_key(subscription_id, fire_at)
        return bool(await self._redis.set(key, outcome, nx=True, ex=seconds))

    async def release(self, subscription_id: int, fire_at: datetime) -> None:
        """Give a fire back after a failure that posted nothing."""
        await self._redis.delete(claim_key(subscription_id, fire_at))
