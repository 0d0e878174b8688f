"""Exactly-once event handling across Slack's retries and several `tandem serve` replicas.

Slack re-sends an event it thinks was not acknowledged (X-Slack-Retry-Num), and
with two replicas behind a load balancer each may receive a copy. The first
process to claim the event id in Redis handles it; the others acknowledge and drop it.

A question's claim travels with the round trip that draws its thread's lock
ticket (`ThreadLocks.hold(once=...)`), so answering costs no round trip of its
own for it; events that answer nothing claim on their own (`EventDeduper.claim`).
"""

from __future__ import annotations

from dataclasses import dataclass

from redis.asyncio import Redis

from bot.state.keys import workspace_key

EVENT_TTL_SECONDS = 24 * 3600


@dataclass(frozen=True, slots=True)
class Delivery:
    """The delivery that brought a question (Slack's event_id): acted on at most once."""

    workspace: str
    id: str


class Repeat(Exception):
    """Another delivery of this event was claimed first; it answers, this one does nothing."""


class EventDeduper:
    def __init__(self, redis: Redis, ttl_seconds: int = EVENT_TTL_SECONDS) -> None:
        self._redis = redis
        self.ttl = ttl_seconds

    @staticmethod
    def key(delivery: Delivery) -> str:
        return workspace_key(delivery.workspace, "event", delivery.id)

    async def claim(self, workspace: str, event_id: str) -> bool:
        """True for the first claim of this event id; False for every repeat."""
        key = self.key(Delivery(workspace, event_id))
        return bool(await self._redis.set(key, "1", nx=True, ex=self.ttl))
