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
from bot.slack.render import ASK_MODEL, FEEDBACK_DOWN, FEEDBACK_UP, rated_answer
from bot.state.dedupe import Delivery
from bot.usage.records import Surface


def _action(body: dict[str, Any]) -> dict[str, Any]:
    return dict(body["actions"][0])


async def _say(respond: AsyncRespond, text: str) -> None:
    """A note only the clicker sees, under the message with the button."""
    await respond(text=text, response_type="ephemeral", replace_original=False)


def register(app: AsyncApp, tandem: Tandem) -> None:
    async def on_feedback(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        action = _action(body)
        request_id, asker = rated_answer(str(action["value"]))
        if asker is not None and asker != body["user"]["id"]:
            await _say(
                respond,
                f"Only <@{asker}>, who asked, can rate this answer: a rating tells Tandem "
                "whether the model it chose was right for that person's question.",
            )
            return
        value = 1 if action["action_id"] == FEEDBACK_UP else -1
        tandem.feedback(request_id, value)
        emoji = "👍" if value > 0 else "👎"
        await _say(
            respond, f"Thanks, feedback saved: {emoji}. Click the other button to change it."
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
            await _say(respond, "That answer is too old to ask again: my memory of it has expired.")
            return
        tandem.escalated(info.request_id)
        once = Delivery(team, f"reask:{info.request_id}:{value['m']}")  # a double click
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
            delivery=once,
        )
        if await answering.answer(tandem, client, ask) is None:
            spec = tandem.policy.models.get(value["m"])
            model = spec.display if spec is not None else value["m"]
            await _say(
                respond, f"{model} has been asked this already: its answer is in the thread."
            )

    app.action(FEEDBACK_UP)(on_feedback)
    app.action(FEEDBACK_DOWN)(on_feedback)
    app.action(re.compile(f"^{ASK_MODEL}_"))(on_ask_model)
