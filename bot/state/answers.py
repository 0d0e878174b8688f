"""Per-request and per-user facts the Slack surfaces need after an answer is sent.

`/tandem why` shows the reasons behind a user's last answer, `/tandem forget`
finds their last thread in the channel it is typed in, and the "ask the strong
model instead" button re-asks a question by request id. All three live in
Redis with the conversation TTL, next to the conversation itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from bot.state.keys import workspace_key


@dataclass(frozen=True, slots=True)
class AnswerInfo:
    request_id: str
    channel: str
    thread: str
    question: str
    alias: str | None
    sensitive: bool
    decision: dict[str, Any]
    status: str


class AnswerStore:
    def __init__(self, redis: Redis, ttl_seconds: int) -> None:
        self._redis = redis
        self._ttl = ttl_seconds

    async def save(self, workspace: str, user: str, info: AnswerInfo) -> None:
        async with self._redis.pipeline(transaction=False) as pipe:
            self.stage(pipe, workspace, user, info)
            await pipe.execute()

    def stage(self, pipe: Pipeline, workspace: str, user: str, info: AnswerInfo) -> None:
        """Queue the save on a pipeline the caller executes (one round trip with the turn)."""
        payload = json.dumps({f: getattr(info, f) for f in info.__slots__}, ensure_ascii=False)
        pipe.set(workspace_key(workspace, "answer", info.request_id), payload, ex=self._ttl)
        pipe.set(workspace_key(workspace, "last", user), payload, ex=self._ttl)
        here = workspace_key(workspace, "last", user, info.channel)
        pipe.set(here, info.request_id, ex=self._ttl)

    async def by_request(self, workspace: str, request_id: str) -> AnswerInfo | None:
        return _decode(await self._redis.get(workspace_key(workspace, "answer", request_id)))

    async def last_for_user(self, workspace: str, user: str) -> AnswerInfo | None:
        return _decode(await self._redis.get(workspace_key(workspace, "last", user)))

    async def last_in_channel(self, workspace: str, user: str, channel: str) -> AnswerInfo | None:
        """The user's last answer in `channel` (their last anywhere may be elsewhere)."""
        request_id = await self._redis.get(workspace_key(workspace, "last", user, channel))
        if request_id is None:
            return None
        text = request_id.decode() if isinstance(request_id, bytes) else str(request_id)
        return await self.by_request(workspace, text)


def _decode(raw: bytes | str | None) -> AnswerInfo | None:
    if raw is None:
        return None
    return AnswerInfo(**json.loads(raw))
