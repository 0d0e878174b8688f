"""`/tandem`: ask, model, usage, why, forget, help (and the digest and admin subcommands).

Replies are visible only to the caller (through response_url) unless noted;
`ask` posts the question and the answer in the channel. An empty or unknown
subcommand gets the help text.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.routing.policy import PolicyError
from bot.service import Tandem
from bot.slack import answering, replies
from bot.slack.answering import Ask
from bot.slack.asked import asked_post
from bot.slack.events import DM_THREAD
from bot.state.keys import ThreadKey
from bot.usage.records import Surface


@dataclass(slots=True)
class Invocation:
    team: str
    channel: str
    user: str
    args: str
    client: AsyncWebClient
    respond: AsyncRespond
    bot_user_id: str | None
    bot_id: str | None

    @property
    def is_dm(self) -> bool:
        return self.channel.startswith("D")


Handler = Callable[[Tandem, Invocation], Awaitable[None]]


async def _help(tandem: Tandem, inv: Invocation) -> None:
    await inv.respond(text=replies.help_text(tandem.policy), response_type="ephemeral")


async def _ask(tandem: Tandem, inv: Invocation) -> None:
    question = inv.args.strip()
    if not question:
        await inv.respond(text="Usage: `/tandem ask QUESTION`", response_type="ephemeral")
        return
    held = await tandem.sensitive_labels(question)
    if held and not inv.is_dm:
        await inv.respond(text=replies.ask_not_posted(held), response_type="ephemeral")
        return
    try:
        posted = await inv.client.chat_postMessage(
            channel=inv.channel, text=asked_post(inv.user, question)
        )
    except SlackApiError as exc:
        await inv.respond(text=replies.cannot_post(exc), response_type="ephemeral")
        return
    ts = str(posted["ts"])
    ask = Ask(
        team=inv.team,
        channel=inv.channel,
        user=inv.user,
        text=question,
        surface=Surface.COMMAND.value,
        reply_thread=ts,
        memory_thread=ts,
        bot_user_id=inv.bot_user_id,
        bot_id=inv.bot_id,
    )
    await answering.answer(tandem, inv.client, ask)


async def _model(tandem: Tandem, inv: Invocation) -> None:
    alias = inv.args.strip()
    if not alias:
        current = await tandem.default_model(inv.team, inv.user)
        await inv.respond(
            text=replies.model_text(tandem.policy, current), response_type="ephemeral"
        )
        return
    try:
        alias = await tandem.set_default_model(inv.team, inv.user, alias)
    except ValueError:
        text = replies.unknown_model(tandem.policy, alias)
    else:
        text = replies.model_set(tandem.policy, alias)
    await inv.respond(text=text, response_type="ephemeral")


async def _usage(tandem: Tandem, inv: Invocation) -> None:
    try:
        scope, days = replies.parse_usage_args(inv.args)
    except ValueError as exc:
        await inv.respond(text=str(exc), response_type="ephemeral")
        return
    view = await tandem.usage(inv.team, inv.user, inv.channel, scope, days)
    await inv.respond(text=replies.usage_text(view), response_type="ephemeral")


async def _why(tandem: Tandem, inv: Invocation) -> None:
    info = await tandem.last_answer(inv.team, inv.user)
    await inv.respond(text=replies.why_text(info), response_type="ephemeral")


async def _forget(tandem: Tandem, inv: Invocation) -> None:
    if inv.is_dm:
        forgotten = await tandem.forget(ThreadKey(inv.team, inv.channel, DM_THREAD))
        text = replies.forgot_text(forgotten, None)
    else:
        info = await tandem.last_answer(inv.team, inv.user, inv.channel)
        if info is None:
            text = replies.forgot_text(False, None)
        else:
            forgotten = await tandem.forget(ThreadKey(inv.team, inv.channel, info.thread))
            text = replies.forgot_text(forgotten, info.thread)
    await inv.respond(text=text, response_type="ephemeral")


async def _status(tandem: Tandem, inv: Invocation) -> None:
    view = await tandem.status(inv.team, inv.channel, inv.user)
    await inv.respond(text=replies.status_text(view), response_type="ephemeral")


async def _policy(tandem: Tandem, inv: Invocation) -> None:
    args = inv.args.strip().lower()
    if args not in {"", "reload"}:
        await inv.respond(text=replies.POLICY_USAGE, response_type="ephemeral")
        return
    if args != "reload":
        await inv.respond(text=replies.policy_text(tandem.policy), response_type="ephemeral")
        return
    if not tandem.is_admin(inv.user):
        await inv.respond(text=replies.ADMINS_ONLY, response_type="ephemeral")
        return
    try:
        policy = await tandem.reload_policy(
            everywhere=True, by=f"/tandem policy reload ({inv.user})"
        )
    except PolicyError as exc:
        text = f":x: The policy was not reloaded; the running one stays. {exc}"
    else:
        text = f":white_check_mark: Policy reloaded from `{policy.source}`."
    await inv.respond(text=text, response_type="ephemeral")


async def _digest(tandem: Tandem, inv: Invocation) -> None:
    text = await tandem.digest(inv.team, inv.channel, inv.user, inv.args)
    await inv.respond(text=text, response_type="ephemeral")


SUBCOMMANDS: dict[str, Handler] = {
    "help": _help,
    "ask": _ask,
    "model": _model,
    "usage": _usage,
    "why": _why,
    "forget": _forget,
    "status": _status,
    "policy": _policy,
    "digest": _digest,
}


def register(app: AsyncApp, tandem: Tandem, extra: dict[str, Handler] | None = None) -> None:
    handlers = {**SUBCOMMANDS, **(extra or {})}

    async def on_command(
        ack: AsyncAck,
        command: dict[str, Any],
        client: AsyncWebClient,
        respond: AsyncRespond,
        context: Any,
    ) -> None:
        await ack()
        name, _, args = str(command.get("text") or "").strip().partition(" ")
        invocation = Invocation(
            team=context.team_id or command.get("team_id", ""),
            channel=command["channel_id"],
            user=command["user_id"],
            args=args,
            client=client,
            respond=respond,
            bot_user_id=context.bot_user_id,
            bot_id=context.bot_id,
        )
        await handlers.get(name.lower(), _help)(tandem, invocation)

    app.command("/tandem")(on_command)
