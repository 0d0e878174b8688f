"""Rebuild a thread's memory from Slack when Redis has none (expired, or mentioned mid-thread)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.models.base import ChatMessage

MAX_REPLIES = 200
_MENTION = re.compile(r"<@[UW][A-Z0-9]+>\s*")


def to_messages(
    replies: Sequence[dict[str, Any]], bot_user_id: str | None, bot_id: str | None, exclude_ts: str
) -> list[ChatMessage]:
    """Slack messages as chat turns: Tandem's own are the assistant, everyone else the user."""
    turns: list[ChatMessage] = []
    for message in replies:
        if message.get("ts") == exclude_ts or message.get("subtype") in {"message_deleted"}:
            continue
        text = _MENTION.sub("", str(message.get("text") or "")).strip()
        if not text:
            continue
        own = (bot_user_id and message.get("user") == bot_user_id) or (
            bot_id and message.get("bot_id") == bot_id
        )
        turns.append(ChatMessage("assistant" if own else "user", text))
    return turns


def thread_loader(
    client: AsyncWebClient,
    *,
    channel: str,
    thread_ts: str,
    exclude_ts: str,
    bot_user_id: str | None,
    bot_id: str | None,
) -> Callable[[], Awaitable[list[ChatMessage]]]:
    """A loader the assistant calls only if Redis has no memory of the thread."""

    async def load() -> list[ChatMessage]:
        try:
            response = await client.conversations_replies(
                channel=channel, ts=thread_ts, limit=MAX_REPLIES
            )
        except SlackApiError:
            return []
        return to_messages(response.get("messages") or [], bot_user_id, bot_id, exclude_ts)

    return load
