"""News that one Tandem process must pass to every other: a Redis pub/sub channel.

Several processes serve one workspace (`serve --workers N`, replicas behind a
load balancer). Two things one of them learns make the others stale: an admin's
`/tandem policy reload` (the others still route with the old file) and a user's
`/tandem model` choice (the others keep every choice in memory). The
process that handled the command applies it at once and publishes it here;
every other process follows the channel and does the same.

Pub/sub channels are server-wide, not per database, so the channel carries the
database number: two deployments sharing a Redis server on different databases
do not hear each other.

Pub/sub keeps nothing: a process that is disconnected from Redis when news is
published misses it. On every (re)connection it therefore reads the model
choices again (one small query); a missed policy reload stays missed
until the next one (or a restart), which the log says.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

log = structlog.get_logger(__name__)

CHANNEL = "tandem:control"
LOST_LOG_EVERY = 60.0  # seconds between warnings while Redis stays away
Handler = Callable[[dict[str, Any]], Awaitable[None]]


class ControlChannel:
    def __init__(self, redis: Redis, *, channel: str | None = None) -> None:
        self._redis = redis
        database = redis.connection_pool.connection_kwargs.get("db", 0)
        self._channel = channel or f"{CHANNEL}:{database}"
        self.sender = uuid.uuid4().hex  # this process: its own news is not applied twice
        self._handlers: dict[str, Handler] = {}
        self._on_connect: Callable[[], None] | None = None
        self.connected = asyncio.Event()

    def on(self, kind: str, handler: Handler) -> None:
        self._handlers[kind] = handler

    def on_connect(self, callback: Callable[[], None]) -> None:
        """Run at every (re)subscription: news may have been missed while away."""
        self._on_connect = callback

    async def publish(self, kind: str, **fields: str) -> bool:
        """Tell the other processes; False (and a warning) if Redis is away."""
        payload = json.dumps({"kind": kind, "from": self.sender, **fields})
        try:
            await self._redis.publish(self._channel, payload)
        except (RedisError, OSError) as exc:
            log.warning("control_publish_failed", kind=kind, error=type(exc).__name__)
            return False
        return True

    async def follow(self, retry_seconds: float = 1.0) -> None:
        """Apply the others' news until cancelled; resubscribe after a Redis failure.

        An outage is logged when it starts, then every `LOST_LOG_EVERY` seconds it lasts
        (not at every retry), and its end once the channel is back."""
        lost_at: float | None = None
        warned_at = 0.0
        while True:
            try:
                async with self._redis.pubsub(ignore_subscribe_messages=True) as pubsub:
                    await pubsub.subscribe(self._channel)
                    if self._on_connect is not None:
                        self._on_connect()
                    self.connected.set()
                    if lost_at is not None:
                        down = round(time.monotonic() - lost_at, 1)
                        log.info("control_channel_restored", down_seconds=down)
                        lost_at = None
                    while True:
                        # Waits of at most a second, not `listen()`: redis-py can swallow
                        # a cancel that lands while its connection is being closed, and a
                        # follower that cannot be cancelled keeps its process from exiting.
                        message = await pubsub.get_message(timeout=1.0)
                        raise_if_cancelled()
                        if message is not None:
                            await self._apply(message.get("data"))
            except Exception as exc:
                # redis-py also raises e.g. AttributeError on a connection closed under
                # it; a follower that died would leave this process deaf to reloads for
                # good, so it logs and subscribes again.
                self.connected.clear()
                raise_if_cancelled()
                now = time.monotonic()
                if lost_at is None or now - warned_at >= LOST_LOG_EVERY:
                    lost_at = lost_at if lost_at is not None else now
                    warned_at = now
                    down = round(now - lost_at, 1)
                    log.warning("control_channel_lost", error=type(exc).__name__, down_seconds=down)
                await asyncio.sleep(retry_seconds)

    async def _apply(self, data: object) -> None:
        try:
            news = json.loads(data) if isinstance(data, bytes | str) else None
        except ValueError:
            news = None
        if not isinstance(news, dict) or news.get("from") == self.sender:
            return
        handler = self._handlers.get(str(news.get("kind")))
        if handler is None:
            return
        try:
            await handler(news)
        except Exception as exc:  # one bad message must not stop the follower
            log.error("control_news_failed", kind=news.get("kind"), error=type(exc).__name__)


def raise_if_cancelled() -> None:
    """Stop a long-lived loop whose cancel a client library caught: redis-py can turn a
    cancel into an error of its own, which a loop that logs and retries would swallow,
    and then shutdown waits for it forever."""
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError
