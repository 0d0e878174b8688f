"""Buttons under answers: 👍 / 👎 (changeable feedback) and "Ask <model> instead"."""

from __future__ import annotations

import json
import re
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.service import Tandem
from bot.slack import answering
from bot.slack.answering import Ask
from bot.slack.events import DM_THREAD
from bot.slack.render import ASK_MODEL, FEEDBACK_DOWN, FEEDBACK_UP
from bot.usage.records import Surface


def _action(body: dict[str, Any]) -> dict[str, Any]:
    return dict(body["actions"][0])


def register(app: AsyncApp, tandem: Tandem) -> None:
    async def on_feedback(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        action = _action(body)
        value = 1 if action["action_id"] == FEEDBACK_UP else -1
        tandem.feedback(str(action["value"]), value)
        emoji = "👍" if value > 0 else "👎"
        await respond(
            text=f"Thanks, feedback saved: {emoji}. Click the other button to change it.",
            response_type="ephemeral",
            replace_original=False,
        )

    async def on_ask_model(
        ack: AsyncAck,
        body: dict[str, Any],
        respond: AsyncRespond,
        client: AsyncWebClient,
        context: AsyncBoltContext,
    ) -> None:
        await ack()
        value = json.loads(_action(body)["value"])
        team = context.team_id or body["team"]["id"]
        info = await tandem.answer_info(team, value["r"])
        if info is None:
            await respond(
                text="That answer is too old to ask again: my memory of it has expired.",
                response_type="ephemeral",
                replace_original=False,
            )
            return
        tandem.escalated(info.request_id)
        ask = Ask(
            team=team,
            channel=info.channel,
            user=body["user"]["id"],
            text=info.question,
            surface=Surface.ACTION.value,
            reply_thread=None if info.thread == DM_THREAD else info.thread,
            memory_thread=info.thread,
            choice=value["m"],
            bot_user_id=context.bot_user_id,
            bot_id=context.bot_id,
        )
        await answering.answer(tandem, client, ask)

    app.action(FEEDBACK_UP)(on_feedback)
    app.action(FEEDBACK_DOWN)(on_feedback)
    app.action(re.compile(f"^{ASK_MODEL}_"))(on_ask_model)
