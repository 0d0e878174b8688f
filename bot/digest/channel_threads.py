"""Reading a channel's recent conversations from Slack for a channel digest.

A thread counts when it started, or got a reply, inside the digest's window,
so a long-running incident thread shows up every day it moves. History is
read a little further back than the window (`lookback`) to find those older
parents. The digest's own posts (top-level messages by Tandem's bot user) and
join/leave noise are left out, so a digest never summarises itself; the post
`/tandem ask` makes for a question counts, as that person's question.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.asked import read_asked_post

NOISE_SUBTYPES = frozenset(
    {
        "channel_join",
        "channel_leave",
        "channel_topic",
        "channel_purpose",
        "channel_name",
        "channel_archive",
        "channel_unarchive",
        "bot_add",
        "bot_remove",
        "pinned_item",
        "unpinned_item",
    }
)
DEFAULT_LOOKBACK = timedelta(days=7)
_MENTION = re.compile(r"<([@#!])([^>|]+)(?:\|([^>]*))?>")


def slack_ts(moment: datetime) -> str:
    """Slack's `oldest`/`latest` are message timestamps: seconds with six decimals."""
    return f"{moment.timestamp():.6f}"


def ts_time(ts: str) -> datetime:
    return datetime.fromtimestamp(float(ts), UTC)


def defuse(text: str) -> str:
    """Mentions and broadcasts as plain words, so a digest never pings anyone.

    `<@U1>` becomes `@U1`, `<!channel>` becomes `@channel`, `<#C1|eng>` becomes `#eng`.
    """

    def plain(match: re.Match[str]) -> str:
        sigil, target, label = match.groups()
        name = (label or target).lstrip("@#")
        return f"#{name}" if sigil == "#" else f"@{name}"

    return _MENTION.sub(plain, text)


@dataclass(frozen=True, slots=True)
class ThreadMessage:
    ts: str
    author: str
    text: str


@dataclass(frozen=True, slots=True)
class ChannelThread:
    """A top-level message and its replies up to the window's end, oldest first."""

    ts: str
    messages: tuple[ThreadMessage, ...]

    @property
    def replies(self) -> int:
        return len(self.messages) - 1

    @property
    def title(self) -> str:
        first = defuse(self.messages[0].text).strip().splitlines()
        line = first[0] if first else "(no text)"
        return line if len(line) <= 80 else line[:79] + "…"


@dataclass(frozen=True, slots=True)
class ChannelInfo:
    id: str
    name: str
    private: bool


async def channel_info(client: AsyncWebClient, channel: str) -> ChannelInfo:
    """Name and privacy; DMs and group DMs count as private."""
    response = await client.conversations_info(channel=channel)
    data: dict[str, Any] = response.get("channel") or {}
    private = bool(data.get("is_private") or data.get("is_im") or data.get("is_mpim"))
    return ChannelInfo(channel, str(data.get("name") or channel), private)


async def _history(
    client: AsyncWebClient, channel: str, oldest: str, latest: str
) -> AsyncIterator[dict[str, Any]]:
    cursor: str | None = None
    while True:
        response = await client.conversations_history(
            channel=channel, oldest=oldest, latest=latest, inclusive=True, limit=200, cursor=cursor
        )
        for message in response.get("messages") or []:
            yield message
        cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
        if not cursor:
            return


async def _replies(
    client: AsyncWebClient, channel: str, ts: str, latest: str
) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        response = await client.conversations_replies(
            channel=channel, ts=ts, latest=latest, inclusive=True, limit=200, cursor=cursor
        )
        found.extend(response.get("messages") or [])
        cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
        if not cursor:
            return found


def _message(message: dict[str, Any], bot_user: str | None) -> ThreadMessage:
    """Who said what; Tandem's `/tandem ask` post is the asker's question."""
    ts, text, user = message["ts"], str(message.get("text") or ""), message.get("user")
    if bot_user and user == bot_user:
        asked = read_asked_post(text)
        if asked is None:
            return ThreadMessage(ts, "Tandem", text)
        asker, question = asked
        return ThreadMessage(ts, f"@{asker}", question)
    if user:
        return ThreadMessage(ts, f"@{user}", text)
    return ThreadMessage(
        ts, str(message.get("username") or message.get("bot_id") or "someone"), text
    )


def _active(message: dict[str, Any], since: float, until: float) -> bool:
    started = float(message["ts"])
    latest = float(message.get("latest_reply") or 0)
    return since < started <= until or since < latest <= until


def _relevant(message: dict[str, Any], bot_user: str | None) -> bool:
    """Not noise, and not Tandem's own top-level posts (digests) but for `/tandem ask`'s."""
    if message.get("subtype") in NOISE_SUBTYPES:
        return False
    if bot_user and message.get("user") == bot_user:
        return read_asked_post(str(message.get("text") or "")) is not None
    return True


async def read_threads(
    client: AsyncWebClient,
    channel: str,
    since: datetime,
    until: datetime,
    *,
    bot_user: str | None = None,
    lookback: timedelta = DEFAULT_LOOKBACK,
) -> list[ChannelThread]:
    """Threads active in `(since, until]`, oldest first."""
    window = (since.timestamp(), until.timestamp())
    latest = slack_ts(until)
    threads: list[ChannelThread] = []
    async for parent in _history(client, channel, slack_ts(since - lookback), latest):
        if not _relevant(parent, bot_user) or not _active(parent, *window):
            continue
        raw = [parent]
        if parent.get("reply_count"):
            raw = await _replies(client, channel, parent["ts"], latest)
        messages = tuple(
            _message(m, bot_user)
            for m in raw
            if m.get("subtype") not in NOISE_SUBTYPES and float(m["ts"]) <= window[1]
        )
        if messages:
            threads.append(ChannelThread(parent["ts"], messages))
    return sorted(threads, key=lambda t: float(t.ts))
