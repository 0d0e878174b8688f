"""Fake Slack write methods: chat.*, the streaming trio and reactions.

Streaming matters most to Tandem: answers go out through chat.startStream /
appendStream / stopStream, and a stream can expire server-side
(``message_not_in_streaming_state``), after which the bot must fall back to
chat.update. The store keeps the assembled text so tests assert on what a
user would finally read.
"""

from __future__ import annotations

import time
from typing import Any

from tests.fakes.slack_model import StoredMessage
from tests.fakes.slack_store import Call, Handler, SlackError

NOT_STREAMING = "message_not_in_streaming_state"


def _channel_id(call: Call) -> str:
    channel = call.get("channel")
    if not channel:
        raise SlackError("channel_not_found")
    channel = str(channel)
    if channel[:1] in ("U", "W"):
        return call.store.dm_channel(channel).id
    return call.store.channel(channel).id


def _bot_message(call: Call, channel: str, text: str, thread_ts: str | None) -> StoredMessage:
    ws = call.ws
    return StoredMessage(
        channel=channel,
        ts=call.store.next_ts(),
        text=text,
        user=ws.bot_user_id,
        team=ws.team_id,
        thread_ts=thread_ts,
        bot_id=ws.bot_id,
        app_id=ws.app_id,
    )


def _own(call: Call, message: StoredMessage, error: str) -> None:
    if message.bot_id != call.ws.bot_id and message.user != call.ws.bot_user_id:
        raise SlackError(error)


def post_message(call: Call) -> dict[str, Any]:
    """chat.postMessage: stores text, blocks, thread and metadata as the bot."""
    channel = _channel_id(call)
    text, blocks = call.get("text"), call.json("blocks")
    if not text and not blocks and not call.get("attachments"):
        raise SlackError("no_text")
    message = _bot_message(call, channel, str(text or ""), call.get("thread_ts"))
    message.blocks = blocks
    message.metadata = call.json("metadata")
    if message.thread_ts and call.flag("reply_broadcast"):
        message.subtype = "thread_broadcast"
    call.store.post(message)
    return {"channel": channel, "ts": message.ts, "message": call.store.api_message(message)}


def update(call: Call) -> dict[str, Any]:
    """chat.update: replaces text and/or blocks of one of the bot's messages."""
    channel = _channel_id(call)
    call.require("ts")
    message = call.store.find(channel, str(call.get("ts")))
    _own(call, message, "cant_update_message")
    text, blocks = call.get("text"), call.json("blocks")
    if text is None and blocks is None:
        raise SlackError("no_text")
    if text is not None:
        message.text = str(text)
    if blocks is not None:
        message.blocks = blocks
    message.edited = {"user": call.ws.bot_user_id, "ts": call.store.next_ts()}
    return {
        "channel": channel,
        "ts": message.ts,
        "text": message.text,
        "message": call.store.api_message(message),
    }


def delete(call: Call) -> dict[str, Any]:
    """chat.delete: removes one of the bot's messages."""
    channel = _channel_id(call)
    call.require("ts")
    ts = str(call.get("ts"))
    _own(call, call.store.find(channel, ts), "cant_delete_message")
    call.store.delete(channel, ts)
    return {"channel": channel, "ts": ts}


def post_ephemeral(call: Call) -> dict[str, Any]:
    """chat.postEphemeral: kept apart from channel history, with its target user."""
    channel = _channel_id(call)
    user = call.get("user")
    if not user:
        raise SlackError("user_not_in_channel")
    text, blocks = call.get("text"), call.json("blocks")
    if not text and not blocks:
        raise SlackError("no_text")
    ts = call.store.next_ts()
    call.store.ephemerals.append(
        {
            "channel": channel,
            "user": user,
            "ts": ts,
            "text": text or "",
            "blocks": blocks,
            "thread_ts": call.get("thread_ts"),
        }
    )
    return {"message_ts": ts}


def get_permalink(call: Call) -> dict[str, Any]:
    """chat.getPermalink for an existing message."""
    channel = _channel_id(call)
    call.require("message_ts")
    ts = str(call.get("message_ts"))
    call.store.find(channel, ts)
    link = f"https://{call.ws.domain}.slack.com/archives/{channel}/p{ts.replace('.', '')}"
    return {"channel": channel, "permalink": link}


def _stream_text(call: Call, message: StoredMessage) -> None:
    markdown = call.get("markdown_text")
    if markdown:
        message.text += str(markdown)
    for chunk in call.json("chunks") or []:
        if isinstance(chunk, dict) and chunk.get("type") == "markdown_text":
            message.text += str(chunk.get("text", ""))
        elif isinstance(chunk, dict):
            message.stream_chunks.append(chunk)


def _streaming(call: Call, for_append: bool) -> StoredMessage:
    channel = _channel_id(call)
    call.require("ts")
    message = call.store.find(channel, str(call.get("ts")))
    if message.stream_state != "streaming":
        raise SlackError(NOT_STREAMING)
    knobs = call.knobs
    too_old = (
        knobs.expire_streams_after is not None
        and time.monotonic() - message.stream_started >= knobs.expire_streams_after
    )
    too_long = (
        for_append
        and knobs.expire_streams_after_appends is not None
        and message.stream_appends >= knobs.expire_streams_after_appends
    )
    if too_old or too_long:
        message.stream_state = "expired"
        raise SlackError(NOT_STREAMING)
    return message


def start_stream(call: Call) -> dict[str, Any]:
    """chat.startStream: a bot reply in a thread whose text grows with appends."""
    if not call.knobs.streaming_enabled:
        raise SlackError(call.knobs.streaming_error)
    channel = _channel_id(call)
    call.require("thread_ts")
    message = _bot_message(call, channel, "", str(call.get("thread_ts")))
    message.stream_state = "streaming"
    message.stream_started = time.monotonic()
    _stream_text(call, message)
    call.store.post(message)
    return {"channel": channel, "ts": message.ts}


def append_stream(call: Call) -> dict[str, Any]:
    """chat.appendStream: ``message_not_in_streaming_state`` once stopped or expired."""
    message = _streaming(call, for_append=True)
    message.stream_appends += 1
    _stream_text(call, message)
    return {"channel": message.channel, "ts": message.ts}


def stop_stream(call: Call) -> dict[str, Any]:
    """chat.stopStream: final text, blocks and metadata, then the message is frozen."""
    message = _streaming(call, for_append=False)
    _stream_text(call, message)
    blocks = call.json("blocks")
    if blocks is not None:
        message.blocks = blocks
    metadata = call.json("metadata")
    if metadata is not None:
        message.metadata = metadata
    message.stream_state = "stopped"
    return {
        "channel": message.channel,
        "ts": message.ts,
        "message": call.store.api_message(message),
    }


def _reaction_target(call: Call) -> tuple[StoredMessage, str]:
    call.require("name", "timestamp")
    message = call.store.find(_channel_id(call), str(call.get("timestamp")))
    return message, str(call.get("name")).strip(":")


def reactions_add(call: Call) -> dict[str, Any]:
    """reactions.add as the bot user."""
    message, name = _reaction_target(call)
    users = message.reactions.setdefault(name, [])
    if call.ws.bot_user_id in users:
        raise SlackError("already_reacted")
    users.append(call.ws.bot_user_id)
    return {}


def reactions_remove(call: Call) -> dict[str, Any]:
    """reactions.remove as the bot user."""
    message, name = _reaction_target(call)
    users = message.reactions.get(name, [])
    if call.ws.bot_user_id not in users:
        raise SlackError("no_reaction")
    users.remove(call.ws.bot_user_id)
    if not users:
        del message.reactions[name]
    return {}


HANDLERS: dict[str, Handler] = {
    "chat.postMessage": post_message,
    "chat.update": update,
    "chat.delete": delete,
    "chat.postEphemeral": post_ephemeral,
    "chat.getPermalink": get_permalink,
    "chat.startStream": start_stream,
    "chat.appendStream": append_stream,
    "chat.stopStream": stop_stream,
    "reactions.add": reactions_add,
    "reactions.remove": reactions_remove,
}
