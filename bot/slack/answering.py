"""One way to answer a question in Slack, shared by mentions, DMs, the assistant pane,
`/tandem ask` and the "ask another model" buttons.

It reads attachments, builds the Slack-free `Question`, and hands it to the core
with a streaming sink. A status (a reaction on the question, or the pane's
"is thinking…") appears only if the answer has not reached Slack within
`TANDEM_STATUS_DELAY`: the answer itself is the best sign of life, and a quick
answer then costs Slack two calls fewer (reactions.add is rate-limited per
workspace) and no flicker.
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

from bot.question import AnswerMeta, Question
from bot.service import Tandem
from bot.slack.files import read_attachments
from bot.slack.history import thread_loader
from bot.slack.streaming import SlackStreamSink
from bot.state.dedupe import Delivery
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
    delivery: Delivery | None = None  # the event that brought it: answered once per event


async def answer(
    tandem: Tandem,
    client: AsyncWebClient,
    ask: Ask,
    *,
    status: Hook | None = None,
    done: Hook | None = None,
) -> AnswerMeta | None:
    """Answer `ask` in its thread; always leaves a reply (answer or a clear error).

    None, and nothing in Slack, for a repeat of an event that was answered already.
    """
    if status is None and ask.message_ts:
        status = partial(_react, client, ask, add=True)
        done = done or partial(_react, client, ask, add=False)
    signal = Status(status, done, tandem.services.settings.status_delay_seconds)
    try:
        return await _answer(tandem, client, ask, signal)
    finally:
        signal.not_needed()


async def _answer(
    tandem: Tandem, client: AsyncWebClient, ask: Ask, signal: Status
) -> AnswerMeta | None:
    delivery = ask.delivery
    if ask.files:  # reading attachments takes Slack calls: beside the preference lookup
        if delivery is not None:  # and not for a repeat, so the claim comes first
            if not await tandem.claim_event(delivery.workspace, delivery.id):
                return None
            delivery = None
        text, choice = await asyncio.gather(_question_text(client, ask), _choice(tandem, ask))
    else:  # the usual case: no tasks to schedule for what is at hand (or cached)
        text, choice = ask.text, await _choice(tandem, ask)
    question = Question(
        text=text,
        thread=ThreadKey(ask.team, ask.channel, ask.memory_thread),
        user=ask.user,
        surface=ask.surface,
        choice=choice,
        history=_history(client, ask),
        local_only=ask.local_only,
        delivery=delivery,
    )
    sink = SlackStreamSink(
        client,
        channel=ask.channel,
        thread_ts=ask.reply_thread,
        team_id=ask.team,
        user_id=ask.user,
        policy=tandem.policy,
        on_visible=signal.not_needed,
        on_done=signal.clear,
    )
    return await tandem.answer(question, sink)


class Status:
    """'Working on it', shown after `delay` unless the answer reached Slack first.

    Once shown it is cleared when the answer ends (after `show` has finished, so
    a slow reactions.add cannot land after its removal); never shown, never cleared.
    """

    def __init__(self, show: Hook | None, clear: Hook | None, delay: float) -> None:
        self._show, self._clear, self._delay = show, clear, delay
        self._started = delay <= 0  # no delay: it is as good as shown already
        self._task = asyncio.create_task(self._later()) if show is not None else None

    async def _later(self) -> None:
        if not self._started:
            await asyncio.sleep(self._delay)
            self._started = True
        assert self._show is not None
        await self._show()

    def not_needed(self) -> None:
        """The reply is (about to be) in Slack: a status not yet shown never will be."""
        if self._task is not None and not self._started:
            self._task.cancel()
            self._task = None

    async def clear(self) -> None:
        self.not_needed()
        task, self._task = self._task, None
        if task is None:
            return
        with contextlib.suppress(Exception):
            await task
        if self._clear is not None:
            await self._clear()


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
