"""@mentions in channels, DMs, and follow-ups in threads Tandem has answered."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.service import Tandem
from bot.slack import answering
from bot.slack.answering import Ask
from bot.slack.delivery import claim_for_answer
from bot.state.keys import ThreadKey
from bot.usage.records import Surface

HANDLED_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})
DM_THREAD = "dm"
_LEADING_MENTION = re.compile(r"^\s*<@[UW][A-Z0-9]+>[:,]?\s*")


def strip_mention(text: str, bot_user_id: str | None) -> str:
    """The question without the @Tandem that addressed it."""
    if bot_user_id:
        text = text.replace(f"<@{bot_user_id}>", " ")
    return _LEADING_MENTION.sub("", text).strip()


def _ask(event: dict[str, Any], context: AsyncBoltContext, surface: Surface, thread: str) -> Ask:
    """The question; answering it claims the event (at most once per event id)."""
    reply_thread = None if thread == DM_THREAD else thread
    return Ask(
        team=context.team_id or event.get("team", ""),
        channel=event["channel"],
        user=event.get("user") or event.get("bot_id") or "",
        text=strip_mention(str(event.get("text") or ""), context.bot_user_id),
        surface=surface.value,
        reply_thread=reply_thread,
        memory_thread=thread,
        message_ts=event.get("ts"),
        files=event.get("files") or (),
        bot_user_id=context.bot_user_id,
        bot_id=context.bot_id,
        delivery=claim_for_answer(context),
    )


def register(app: AsyncApp, tandem: Tandem) -> None:
    ignore_bots = tandem.services.settings.ignore_bots

    async def on_mention(
        event: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        if event.get("bot_id") and ignore_bots:
            return
        thread = event.get("thread_ts") or event["ts"]
        await answering.answer(tandem, client, _ask(event, context, Surface.MENTION, thread))

    async def on_message(
        event: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        if event.get("subtype") not in HANDLED_SUBTYPES:
            return
        if event.get("bot_id") and ignore_bots:
            return
        if event.get("channel_type") == "im":
            thread = event.get("thread_ts") or DM_THREAD
            await answering.answer(tandem, client, _ask(event, context, Surface.DM, thread))
            return
        thread_ts = event.get("thread_ts")
        mentioned = bool(context.bot_user_id) and f"<@{context.bot_user_id}>" in str(
            event.get("text")
        )
        if not thread_ts or mentioned:
            return
        key = ThreadKey(context.team_id or "", event["channel"], thread_ts)
        if await tandem.thread_answered(key):
            await answering.answer(tandem, client, _ask(event, context, Surface.THREAD, thread_ts))

    app.event("app_mention")(on_mention)
    app.event("message")(on_message)
