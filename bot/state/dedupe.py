"""Exactly-once event handling across Slack's retries and several `tandem serve` replicas.

Slack re-sends an event it thinks was not acknowledged (X-Slack-Retry-Num), and
with two replicas behind a load balancer each may receive a copy. The first
process to claim the event id in Redis handles it; the others acknowledge and drop it.
"""

from __future__ import annotations

from redis.asyncio import Redis

from bot.state.keys import workspace_key

EVENT_TTL_SECONDS = 24 * 3600


class EventDeduper:
    def __init__(self, redis: Redis, ttl_seconds: int = EVENT_TTL_SECONDS) -> None:
        self._redis = redis
        self._ttl = ttl_seconds

    async def claim(self, workspace: str, event_id: str) -> bool:
        """True for the first claim of this event id; False for every repeat."""
        key = workspace_key(workspace, "event", event_id)
        return bool(await self._redis.set(key, "1", nx=True, ex=self._ttl))
