"""The inner ``event`` objects Slack delivers, in the shapes Bolt inspects.

Bolt routes on details such as ``channel_type == "im"``, ``thread_ts`` and
``bot_id`` (an assistant-thread user message is an IM message with a
thread_ts and no bot_id), so these builders fill them in as Slack does;
callers override anything with keyword arguments.
"""

from __future__ import annotations

import uuid
from typing import Any

from tests.fakes.slack_model import unique_ts

DEFAULT_USER = "U0USER"
DEFAULT_CHANNEL = "C0GENERAL"
DEFAULT_TEAM = "T0001"
DEFAULT_BOT_USER = "U0BOT"


def new_ts() -> str:
    """A unique ts near now, like the ones Slack stamps on events (the fake's own clock)."""
    return unique_ts()


def channel_type(channel: str) -> str:
    """Slack's ``channel_type`` from the id prefix: im, group or channel."""
    return {"D": "im", "G": "group"}.get(channel[:1], "channel")


def _rich_text(text: str) -> list[dict[str, Any]]:
    section = {"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}
    return [{"type": "rich_text", "block_id": uuid.uuid4().hex[:5], "elements": [section]}]


def message_event(
    text: str,
    user: str = DEFAULT_USER,
    channel: str = DEFAULT_CHANNEL,
    ts: str | None = None,
    thread_ts: str | None = None,
    team: str = DEFAULT_TEAM,
    **extra: Any,
) -> dict[str, Any]:
    """A user's message in a channel, DM (``D…`` channel) or thread."""
    ts = ts or new_ts()
    event: dict[str, Any] = {
        "type": "message",
        "user": user,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel": channel,
        "channel_type": channel_type(channel),
        "team": team,
        "client_msg_id": str(uuid.uuid4()),
        "blocks": _rich_text(text),
    }
    if thread_ts:
        event.update(thread_ts=thread_ts, parent_user_id=extra.pop("parent_user_id", user))
    event.update(extra)
    return event


def app_mention_event(
    text: str,
    user: str = DEFAULT_USER,
    channel: str = DEFAULT_CHANNEL,
    ts: str | None = None,
    thread_ts: str | None = None,
    bot_user_id: str = DEFAULT_BOT_USER,
    **extra: Any,
) -> dict[str, Any]:
    """An @mention of the bot; ``<@bot>`` is prefixed unless the text has it."""
    mention = f"<@{bot_user_id}>"
    text = text if mention in text else f"{mention} {text}"
    event = message_event(text, user, channel, ts, thread_ts, **extra)
    event["type"] = "app_mention"
    del event["channel_type"]
    return event


def bot_message_event(
    text: str,
    bot_id: str = "B0BOT",
    user: str = DEFAULT_BOT_USER,
    channel: str = DEFAULT_CHANNEL,
    ts: str | None = None,
    thread_ts: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A message posted by an app (Tandem's own echo, or another bot)."""
    event = message_event(text, user, channel, ts, thread_ts, **extra)
    event.pop("client_msg_id")
    event.update(bot_id=bot_id, app_id=extra.get("app_id", "A0TANDEM"))
    event.setdefault("bot_profile", {"id": bot_id, "name": "bot", "deleted": False})
    return event


def message_changed_event(
    channel: str,
    ts: str,
    new_text: str,
    old_text: str,
    user: str = DEFAULT_USER,
    thread_ts: str | None = None,
) -> dict[str, Any]:
    """An edit of an earlier message (``subtype: message_changed``)."""
    event_ts = new_ts()
    previous = {"type": "message", "user": user, "text": old_text, "ts": ts}
    current = {**previous, "text": new_text, "edited": {"user": user, "ts": event_ts}}
    if thread_ts:
        previous["thread_ts"] = current["thread_ts"] = thread_ts
    return {
        "type": "message",
        "subtype": "message_changed",
        "hidden": True,
        "channel": channel,
        "channel_type": channel_type(channel),
        "ts": event_ts,
        "event_ts": event_ts,
        "message": current,
        "previous_message": previous,
    }


def message_deleted_event(
    channel: str, ts: str, old_text: str = "", user: str = DEFAULT_USER
) -> dict[str, Any]:
    """A deletion of an earlier message (``subtype: message_deleted``)."""
    event_ts = new_ts()
    return {
        "type": "message",
        "subtype": "message_deleted",
        "hidden": True,
        "channel": channel,
        "channel_type": channel_type(channel),
        "ts": event_ts,
        "event_ts": event_ts,
        "deleted_ts": ts,
        "previous_message": {"type": "message", "user": user, "text": old_text, "ts": ts},
    }


def file_share_event(
    files: list[dict[str, Any]],
    text: str = "",
    user: str = DEFAULT_USER,
    channel: str = DEFAULT_CHANNEL,
    ts: str | None = None,
    thread_ts: str | None = None,
) -> dict[str, Any]:
    """A message sharing files (pass file objects, e.g. from ``FakeSlack.add_file``)."""
    event = message_event(text, user, channel, ts, thread_ts)
    event.update(subtype="file_share", files=files, upload=False, display_as_bot=False)
    return event


def _assistant_thread(
    kind: str, user: str, channel: str, thread_ts: str | None, context_channel: str | None
) -> dict[str, Any]:
    context: dict[str, Any] = {"enterprise_id": None}
    if context_channel:
        context.update(channel_id=context_channel, team_id=DEFAULT_TEAM)
    return {
        "type": kind,
        "assistant_thread": {
            "user_id": user,
            "context": context,
            "channel_id": channel,
            "thread_ts": thread_ts or new_ts(),
        },
        "event_ts": new_ts(),
    }


def assistant_thread_started_event(
    user: str = DEFAULT_USER,
    channel: str = "D0USER",
    thread_ts: str | None = None,
    context_channel: str | None = None,
) -> dict[str, Any]:
    """A user opened the assistant pane (``context_channel``: where they were)."""
    return _assistant_thread("assistant_thread_started", user, channel, thread_ts, context_channel)


def assistant_thread_context_changed_event(
    user: str = DEFAULT_USER,
    channel: str = "D0USER",
    thread_ts: str | None = None,
    context_channel: str | None = "C0GENERAL",
) -> dict[str, Any]:
    """The user moved to another channel with the assistant pane open."""
    return _assistant_thread(
        "assistant_thread_context_changed", user, channel, thread_ts, context_channel
    )


def app_home_opened_event(
    user: str = DEFAULT_USER, channel: str = "D0USER", tab: str = "home"
) -> dict[str, Any]:
    """A user opened the App Home tab."""
    return {
        "type": "app_home_opened",
        "user": user,
        "channel": channel,
        "tab": tab,
        "event_ts": new_ts(),
    }
