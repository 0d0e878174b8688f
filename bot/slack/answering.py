"""One way to answer a question in Slack, shared by mentions, DMs, the assistant pane,
`/tandem ask` and the "ask another model" buttons.

It shows a status at once (a reaction on the question), reads attachments,
builds the Slack-free `Question`, and hands it to the core with a streaming sink.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.assistant import AnswerMeta, Question
from bot.service import Tandem
from bot.slack.files import read_attachments
from bot.slack.history import thread_loader
from bot.slack.streaming import SlackStreamSink
from bot.state.keys import ThreadKey

THINKING_REACTION = "eyes"
Hook = Callable[[], Awaitable[None]]


@dataclass(slots=True)
class Ask:
    """A question as Slack delivered it."""

    team: str
    channel: str
    user: str
    text: str
    surface: str
    reply_thread: str | None
    memory_thread: str
    message_ts: str | None = None
    choice: str | None = None
    files: Sequence[dict[str, Any]] = field(default_factory=tuple)
    local_only: str | None = None
    bot_user_id: str | None = None
    bot_id: str | None = None


async def answer(
    tandem: Tandem,
    client: AsyncWebClient,
    ask: Ask,
    *,
    status: Hook | None = None,
    done: Hook | None = None,
) -> AnswerMeta:
    """Answer `ask` in its thread; always leaves a reply (answer or a clear error).

    The status is shown without holding the answer up: it runs beside the work
    before the model starts, and the sink's end waits for it before clearing it.
    """
    if status is None and ask.message_ts:
        status = partial(_react, client, ask, add=True)
        done = done or partial(_react, client, ask, add=False)
    shown = asyncio.create_task(_show(status))
    text, choice = await asyncio.gather(_question_text(client, ask), _choice(tandem, ask))
    done = _after(shown, done)
    question = Question(
        text=text,
        thread=ThreadKey(ask.team, ask.channel, ask.memory_thread),
        user=ask.user,
        surface=ask.surface,
        choice=choice,
        history=_history(client, ask),
        local_only=ask.local_only,
    )
    sink = SlackStreamSink(
        client,
        channel=ask.channel,
        thread_ts=ask.reply_thread,
        team_id=ask.team,
        user_id=ask.user,
        policy=tandem.policy,
        on_done=done,
    )
    return await tandem.answer(question, sink)


async def _show(status: Hook | None) -> None:
    if status is not None:
        await status()


def _after(shown: asyncio.Task[None], done: Hook | None) -> Hook:
    """Clear the status only once it was shown (and not at all if there is nothing to clear)."""

    async def clear() -> None:
        await shown
        if done is not None:
            await done()

    return clear


async def _question_text(client: AsyncWebClient, ask: Ask) -> str:
    """The text plus any attached text files (which count for sensitivity too)."""
    if not ask.files:
        return ask.text
    attached, notes = await read_attachments(ask.files, client.token or "")
    text = ask.text + attached
    if notes:
        text += "\n\n(" + "; ".join(notes) + ")"
    return text


async def _choice(tandem: Tandem, ask: Ask) -> str | None:
    return ask.choice or await tandem.default_model(ask.team, ask.user)


def _history(client: AsyncWebClient, ask: Ask) -> Callable[[], Awaitable[Any]] | None:
    """Slack's own thread, should Redis have none: not for a question that starts one."""
    if ask.reply_thread is None or ask.reply_thread == ask.message_ts:
        return None
    return thread_loader(
        client,
        channel=ask.channel,
        thread_ts=ask.reply_thread,
        exclude_ts=ask.message_ts or "",
        bot_user_id=ask.bot_user_id,
        bot_id=ask.bot_id,
    )


async def _react(client: AsyncWebClient, ask: Ask, *, add: bool) -> None:
    """The visible 'working on it' signal; cosmetic, so a failure is not an error."""
    with contextlib.suppress(SlackApiError, aiohttp.ClientError, TimeoutError):
        if add:
            await client.reactions_add(
                channel=ask.channel, timestamp=ask.message_ts or "", name=THINKING_REACTION
            )
        else:
            await client.reactions_remove(
                channel=ask.channel, timestamp=ask.message_ts or "", name=THINKING_REACTION
            )
