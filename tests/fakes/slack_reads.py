"""Fake Slack read methods, plus the assistant and views surfaces.

History and replies paginate with real-looking cursors (base64 of
``next_ts:<ts>``) so code that follows ``response_metadata.next_cursor`` is
exercised for real rather than always seeing one page.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import Any

from tests.fakes.slack_model import StoredMessage, ts_key
from tests.fakes.slack_store import AssistantThread, Call, Handler, SlackError

_FAR_FUTURE = (9_999_999_999, 0)


def _cursor(ts: str) -> str:
    return base64.b64encode(f"next_ts:{ts}".encode()).decode()


def _cursor_ts(cursor: str) -> str:
    try:
        decoded = base64.b64decode(cursor.encode(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise SlackError("invalid_cursor") from None
    prefix, _, ts = decoded.partition(":")
    if prefix != "next_ts" or not ts:
        raise SlackError("invalid_cursor")
    return ts


def _page(call: Call, items: list[StoredMessage], default_limit: int) -> dict[str, Any]:
    """One page of ``items`` (already in response order) from the call's cursor."""
    try:
        limit = max(1, min(int(call.get("limit") or default_limit), 1000))
    except ValueError:
        raise SlackError("invalid_limit") from None
    start = 0
    cursor = call.get("cursor")
    if cursor:
        target = ts_key(_cursor_ts(str(cursor)))
        start = next((i for i, m in enumerate(items) if ts_key(m.ts) == target), len(items))
    page = items[start : start + limit]
    has_more = start + limit < len(items)
    next_cursor = _cursor(items[start + limit].ts) if has_more else ""
    return {
        "messages": call.store.api_messages(page),
        "has_more": has_more,
        "response_metadata": {"next_cursor": next_cursor},
    }


def _window(call: Call, items: list[StoredMessage]) -> list[StoredMessage]:
    oldest = ts_key(str(call.get("oldest") or "0"))
    latest = ts_key(str(call.get("latest"))) if call.get("latest") else _FAR_FUTURE
    inclusive = call.flag("inclusive")

    def inside(message: StoredMessage) -> bool:
        key = ts_key(message.ts)
        if inclusive:
            return oldest <= key <= latest
        return oldest < key < latest

    return [m for m in items if inside(m)]


def auth_test(call: Call) -> dict[str, Any]:
    """auth.test for the caller's bot token."""
    ws = call.ws
    return {
        "url": f"https://{ws.domain}.slack.com/",
        "team": ws.team_name,
        "user": "tandem",
        "team_id": ws.team_id,
        "user_id": ws.bot_user_id,
        "bot_id": ws.bot_id,
        "is_enterprise_install": False,
    }


def conversations_info(call: Call) -> dict[str, Any]:
    """conversations.info (channels are synthesised unless the fake is strict)."""
    return {"channel": call.store.channel(str(call.get("channel") or "")).to_api()}


def conversations_open(call: Call) -> dict[str, Any]:
    """conversations.open with one user: the bot's DM with them."""
    users = str(call.get("users") or "")
    if not users:
        raise SlackError("users_list_not_supplied")
    channel = call.store.dm_channel(users.split(",")[0])
    return {"no_op": True, "already_open": True, "channel": {"id": channel.id}}


def conversations_history(call: Call) -> dict[str, Any]:
    """conversations.history: top-level messages, newest first, windowed and paged."""
    channel = call.store.channel(str(call.get("channel") or "")).id
    items = _window(call, call.store.top_level(channel))[::-1]
    out = _page(call, items, 100)
    out.update(pin_count=0, channel_actions_ts=None, channel_actions_count=0)
    return out


def conversations_replies(call: Call) -> dict[str, Any]:
    """conversations.replies: parent then replies, oldest first, paged."""
    channel = call.store.channel(str(call.get("channel") or "")).id
    call.require("ts")
    thread = call.store.thread(channel, str(call.get("ts")))
    parent, replies = thread[:1], thread[1:]
    if call.get("oldest") or call.get("latest"):
        replies = _window(call, replies)
    return _page(call, parent + replies, 1000)


def users_info(call: Call) -> dict[str, Any]:
    """users.info (users are synthesised unless the fake is strict)."""
    return {"user": call.store.user(str(call.get("user") or ""), call.ws.team_id)}


def bots_info(call: Call) -> dict[str, Any]:
    """bots.info for a known (or, unless strict, any) bot id."""
    bot_id = str(call.get("bot") or "")
    bot = call.store.bots.get(bot_id)
    if bot is None:
        if call.store.strict or not bot_id:
            raise SlackError("bot_not_found")
        bot = {"id": bot_id, "deleted": False, "name": bot_id.lower(), "app_id": "A0OTHER"}
    return {"bot": bot}


def _assistant_thread(call: Call) -> AssistantThread:
    call.require("channel_id")
    key = (str(call.get("channel_id")), str(call.get("thread_ts") or ""))
    return call.store.assistant_threads.setdefault(key, AssistantThread())


def set_status(call: Call) -> dict[str, Any]:
    """assistant.threads.setStatus: every status is kept, "" included (it clears)."""
    call.require("thread_ts")
    _assistant_thread(call).statuses.append(str(call.params.get("status", "")))
    return {}


def set_title(call: Call) -> dict[str, Any]:
    """assistant.threads.setTitle."""
    call.require("thread_ts", "title")
    _assistant_thread(call).title = str(call.get("title"))
    return {}


def set_suggested_prompts(call: Call) -> dict[str, Any]:
    """assistant.threads.setSuggestedPrompts."""
    prompts = call.json("prompts")
    if not isinstance(prompts, list):
        raise SlackError("invalid_arguments")
    thread = _assistant_thread(call)
    thread.prompts = prompts
    thread.prompts_title = call.get("title")
    return {}


def _view(call: Call, view_id: str | None = None) -> dict[str, Any]:
    view = call.json("view")
    if not isinstance(view, dict) or "type" not in view:
        raise SlackError("invalid_arguments")
    ws = call.ws
    view_id = view_id or call.store.new_id("V")
    return {
        "id": view_id,
        "team_id": ws.team_id,
        "app_id": ws.app_id,
        "bot_id": ws.bot_id,
        "state": {"values": {}},
        "hash": hashlib.sha1(json.dumps(view, sort_keys=True).encode()).hexdigest()[:20],  # noqa: S324
        "private_metadata": "",
        "callback_id": "",
        "external_id": "",
        "root_view_id": view_id,
        "previous_view_id": None,
        **view,
    }


def views_publish(call: Call) -> dict[str, Any]:
    """views.publish: the App Home of a user (kept per user)."""
    call.require("user_id")
    view = _view(call)
    call.store.home_views[str(call.get("user_id"))] = view
    call.store.views[view["id"]] = view
    return {"view": view}


def views_open(call: Call) -> dict[str, Any]:
    """views.open / views.push: a modal opened with a trigger id."""
    call.require("trigger_id")
    view = _view(call)
    call.store.views[view["id"]] = view
    return {"view": view}


def views_update(call: Call) -> dict[str, Any]:
    """views.update by view id."""
    view_id = call.get("view_id")
    if view_id not in call.store.views:
        raise SlackError("not_found")
    view = _view(call, str(view_id))
    call.store.views[view["id"]] = view
    for user, home in list(call.store.home_views.items()):
        if home["id"] == view_id:
            call.store.home_views[user] = view
    return {"view": view}


HANDLERS: dict[str, Handler] = {
    "auth.test": auth_test,
    "conversations.info": conversations_info,
    "conversations.open": conversations_open,
    "conversations.history": conversations_history,
    "conversations.replies": conversations_replies,
    "users.info": users_info,
    "bots.info": bots_info,
    "assistant.threads.setStatus": set_status,
    "assistant.threads.setTitle": set_title,
    "assistant.threads.setSuggestedPrompts": set_suggested_prompts,
    "views.publish": views_publish,
    "views.open": views_open,
    "views.push": views_open,
    "views.update": views_update,
}
