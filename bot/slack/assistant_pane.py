"""Slack's assistant pane (Bolt's `AsyncAssistant`): suggested prompts, status, thread title."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncAssistant, AsyncSetStatus, AsyncSetSuggestedPrompts
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.context.say.async_say import AsyncSay
from slack_bolt.context.set_title.async_set_title import AsyncSetTitle
from slack_sdk.web.async_client import AsyncWebClient

from bot.service import Tandem
from bot.slack import answering
from bot.slack.answering import Ask
from bot.slack.delivery import first_delivery
from bot.slack.events import strip_mention
from bot.usage.records import Surface

GREETING = "Hi! Ask me anything about your code, infrastructure or tools."
PROMPTS = [
    {
        "title": "Explain a git command",
        "message": "What does git rebase --onto do, with an example?",
    },
    {"title": "Debug a stack trace", "message": "Why would this fail? (paste the stack trace)"},
    {"title": "Design review", "message": "Compare a job queue on Redis with one on PostgreSQL."},
]
TITLE_LIMIT = 60


def register(app: AsyncApp, tandem: Tandem) -> None:
    assistant = AsyncAssistant()

    @assistant.thread_started
    async def started(
        say: AsyncSay, set_suggested_prompts: AsyncSetSuggestedPrompts, context: AsyncBoltContext
    ) -> None:
        if not await first_delivery(context):
            return
        await say(GREETING)
        await set_suggested_prompts(prompts=PROMPTS)

    @assistant.user_message
    async def user_message(
        payload: dict[str, Any],
        context: AsyncBoltContext,
        client: AsyncWebClient,
        set_status: AsyncSetStatus,
        set_title: AsyncSetTitle,
    ) -> None:
        if not await first_delivery(context):
            return
        text = strip_mention(str(payload.get("text") or ""), context.bot_user_id)
        thread = payload.get("thread_ts") or payload["ts"]
        await set_title(text[:TITLE_LIMIT] or "Question")
        ask = Ask(
            team=context.team_id or "",
            channel=payload["channel"],
            user=payload.get("user", ""),
            text=text,
            surface=Surface.ASSISTANT.value,
            reply_thread=thread,
            memory_thread=thread,
            message_ts=payload.get("ts"),
            files=payload.get("files") or (),
            bot_user_id=context.bot_user_id,
            bot_id=context.bot_id,
        )

        async def thinking() -> None:
            await set_status("is thinking…")

        await answering.answer(tandem, client, ask, status=thinking)

    app.assistant(assistant)
