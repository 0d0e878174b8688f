"""Conversation memory in Redis: one JSON list per thread, trimmed at read time.

Each message carries its own token estimate so trimming to a model's context
window is arithmetic, not re-tokenising the thread on every question. The TTL
(7 days by default) is refreshed whenever the thread is used. A thread that ever
held a secret or personal data stays marked sensitive, because its history is
sent along with every later question.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.typing import EncodableT, FieldT

from bot.models.base import ChatMessage
from bot.models.tokens import estimate_message_tokens
from bot.state.keys import ThreadKey

MAX_MESSAGES = 200


@dataclass(frozen=True, slots=True)
class StoredMessage:
    role: str
    content: str
    tokens: int

    def to_chat(self) -> ChatMessage:
        if self.role == "assistant":
            return ChatMessage(role="assistant", content=self.content)
        return ChatMessage(role="user", content=self.content)


@dataclass(frozen=True, slots=True)
class ThreadState:
    messages: tuple[StoredMessage, ...]
    sensitive: bool
    answered: bool
    last_request_id: str | None
    forgotten: bool = False  # `/tandem forget`: not to be rebuilt from Slack's history

    @property
    def tokens(self) -> int:
        return sum(m.tokens for m in self.messages)


def trim_to_budget(
    messages: Sequence[StoredMessage], budget: int
) -> tuple[list[StoredMessage], bool]:
    """Keep the newest messages whose tokens fit `budget`; say whether any were dropped."""
    kept: list[StoredMessage] = []
    used = 0
    for message in reversed(messages):
        if used + message.tokens > budget:
            break
        kept.append(message)
        used += message.tokens
    kept.reverse()
    return kept, len(kept) < len(messages)


class ConversationStore:
    """Thread memory; every operation is one Redis round trip (a pipeline)."""

    def __init__(self, redis: Redis, ttl_seconds: int) -> None:
        self._redis = redis
        self._ttl = ttl_seconds

    async def load(self, key: ThreadKey) -> ThreadState:
        async with self._redis.pipeline(transaction=False) as pipe:
            read = self.stage_load(pipe, key)
            return read(iter(await pipe.execute()))

    def stage_load(self, pipe: Pipeline, key: ThreadKey) -> Callable[[Iterator[Any]], ThreadState]:
        """Queue `load` on a pipeline; the returned function reads its replies."""
        messages_key, meta_key = key.redis("conv"), key.redis("convmeta")
        pipe.lrange(messages_key, 0, -1)
        pipe.hgetall(meta_key)
        pipe.expire(messages_key, self._ttl)
        pipe.expire(meta_key, self._ttl)
        return read_state

    async def append(
        self,
        key: ThreadKey,
        messages: Sequence[ChatMessage],
        *,
        sensitive: bool,
        request_id: str | None = None,
    ) -> None:
        """Add turns; mark the thread answered (and sensitive, if it now is)."""
        async with self._redis.pipeline(transaction=True) as pipe:
            self.stage_append(pipe, key, messages, sensitive=sensitive, request_id=request_id)
            await pipe.execute()

    def pipeline(self) -> Pipeline:
        """A pipeline on this store's Redis, for staging several stores' writes at once."""
        return self._redis.pipeline(transaction=True)

    def stage_append(
        self,
        pipe: Pipeline,
        key: ThreadKey,
        messages: Sequence[ChatMessage],
        *,
        sensitive: bool,
        request_id: str | None = None,
    ) -> None:
        """Queue `append` on a pipeline the caller executes."""
        messages_key, meta_key = key.redis("conv"), key.redis("convmeta")
        meta: dict[FieldT, EncodableT] = {
            "answered": "1",
            "updated": str(int(time.time())),
        }
        if sensitive:
            meta["sensitive"] = "1"
        if request_id:
            meta["last_request_id"] = request_id
        if messages:
            pipe.rpush(messages_key, *(_encode(m) for m in messages))
            pipe.ltrim(messages_key, -MAX_MESSAGES, -1)
            pipe.expire(messages_key, self._ttl)
        pipe.hset(meta_key, mapping=meta)
        pipe.expire(meta_key, self._ttl)

    async def seed(
        self, key: ThreadKey, messages: Sequence[ChatMessage], *, sensitive: bool = False
    ) -> None:
        """Rebuild a thread's memory (from Slack's own history) if Redis lost it;
        `sensitive` marks the thread local-only (a secret was among the messages)."""
        if not messages:
            return
        messages_key, meta_key = key.redis("conv"), key.redis("convmeta")
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(messages_key)
            pipe.rpush(messages_key, *(_encode(m) for m in messages[-MAX_MESSAGES:]))
            pipe.expire(messages_key, self._ttl)
            if sensitive:
                pipe.hset(meta_key, "sensitive", "1")
                pipe.expire(meta_key, self._ttl)
            await pipe.execute()

    async def answered(self, key: ThreadKey) -> bool:
        """Has Tandem answered in this thread (so follow-ups need no new mention)?"""
        return await self._redis.hget(key.redis("convmeta"), "answered") == b"1"

    async def forget(self, key: ThreadKey) -> bool:
        """Drop the thread's memory; True if there was any.

        The thread stays answered (follow-ups still need no mention) and is marked
        forgotten, so the next question starts afresh instead of rebuilding the
        memory from Slack's history; what made it sensitive went with the memory.
        """
        messages_key, meta_key = key.redis("conv"), key.redis("convmeta")
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(messages_key)
            pipe.hdel(meta_key, "sensitive", "last_request_id")
            pipe.hset(meta_key, "forgotten", "1")
            pipe.expire(meta_key, self._ttl)
            removed, *_ = await pipe.execute()
        return bool(removed)


def read_state(replies: Iterator[Any]) -> ThreadState:
    """The thread's state from the replies to what `stage_load` queued (consumes them)."""
    raw, meta = next(replies), next(replies)
    next(replies), next(replies)  # the EXPIREs
    return ThreadState(
        messages=tuple(_decode(item) for item in raw),
        sensitive=_flag(meta, b"sensitive"),
        answered=_flag(meta, b"answered"),
        last_request_id=_text(meta.get(b"last_request_id")),
        forgotten=_flag(meta, b"forgotten"),
    )


def _encode(message: ChatMessage) -> str:
    return json.dumps(
        {"r": message.role, "c": message.content, "t": estimate_message_tokens(message.content)},
        ensure_ascii=False,
    )


def _decode(raw: bytes | str) -> StoredMessage:
    data = json.loads(raw)
    return StoredMessage(role=data["r"], content=data["c"], tokens=int(data["t"]))


def _flag(meta: dict[bytes, bytes], name: bytes) -> bool:
    return meta.get(name) == b"1"


def _text(value: bytes | None) -> str | None:
    return value.decode() if value is not None else None
