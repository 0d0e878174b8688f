"""The Slack reply sink: native streaming, or one message edited about once a second.

Native streaming (chat.startStream / appendStream / stopStream through
slack_sdk's `chat_stream`) is tried first when the reply goes into a thread.
If Slack does not offer it there, or a stream expires mid-answer
(`message_not_in_streaming_state`), the sink carries on by editing a normal
message with chat.update, at most about once a second, which keeps within
Slack's rate limits for long answers. Answers longer than one message are
continued in further messages in the same thread.

The first words go out as soon as the model sends them (the answer appearing
is the user's sign that Tandem is on it); after that, text goes out in pieces
of 256 characters (slack_sdk's own default buffer for `chat_stream`, chosen by
Slack to stay clear of rate limits) or every half second, whichever comes
first: a local model at 50 tokens/s updates twice a second, a fast one does
not spend an API call per 30 tokens.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_chat_stream import AsyncChatStream
from slack_sdk.web.async_client import AsyncWebClient

from bot.question import AnswerMeta
from bot.routing.policy import Policy
from bot.slack.render import (
    MESSAGE_LIMIT,
    footer_blocks,
    problem_text,
    section_blocks,
    split_text,
    to_mrkdwn,
)

log = structlog.get_logger(__name__)

StatusHook = Callable[[], Awaitable[None]]
VisibleHook = Callable[[], None]
STREAM_BUFFER = 256
STREAM_FLUSH_SECONDS = 0.5


class SlackStreamSink:
    def __init__(
        self,
        client: AsyncWebClient,
        *,
        channel: str,
        thread_ts: str | None,
        team_id: str,
        user_id: str,
        policy: Policy,
        native: bool = True,
        update_interval: float = 1.0,
        on_visible: VisibleHook | None = None,
        on_done: StatusHook | None = None,
    ) -> None:
        self._client = client
        self._channel = channel
        self._thread_ts = thread_ts
        self._team_id = team_id
        self._user_id = user_id
        self._policy = policy
        self._native = native and thread_ts is not None
        self._interval = update_interval
        self._on_visible = on_visible
        self._on_done = on_done
        self._text = ""
        self._stream: AsyncChatStream | None = None
        self._stream_base = 0
        self._streamed = 0
        self._base = 0
        self._adopt: str | None = None
        self._messages: list[tuple[str, str]] = []
        self._last_update = 0.0
        self._pending = ""
        self._pending_since = 0.0

    @property
    def streaming(self) -> bool:
        """Still on native streaming (False once it fell back to chat.update)."""
        return self._native

    async def write(self, text: str) -> None:
        self._text += text
        if self._native:
            if not self._pending:
                self._pending_since = time.monotonic()
            self._pending += text
            due = time.monotonic() - self._pending_since >= STREAM_FLUSH_SECONDS
            first = self._stream is None  # the answer's first words go out at once
            if len(self._pending) < STREAM_BUFFER and not due and not first:
                return
            try:
                await self._flush_pending()
                return
            except SlackApiError as exc:
                self._fall_back(exc)
        await self._update(force=False)

    async def _flush_pending(self) -> None:
        """One appendStream per 256 characters (or half a second), not one per token."""
        text, self._pending = self._pending, ""
        await self._append(text)

    async def _append(self, text: str) -> None:
        if self._stream is not None and self._streamed + len(text) > MESSAGE_LIMIT:
            await self._stream.stop()
            self._stream = None
        if self._stream is None:
            self._visible()
            self._stream_base = len(self._text) - len(text)
            self._streamed = 0
            self._stream = await self._client.chat_stream(
                channel=self._channel,
                thread_ts=self._thread_ts or "",
                recipient_team_id=self._team_id,
                recipient_user_id=self._user_id,
                buffer_size=1,
            )
        await self._stream.append(chunks=_markdown(text))
        self._streamed += len(text)

    def _visible(self) -> None:
        """The first post of the reply is going out: tell the status it is not needed."""
        if self._on_visible is not None:
            self._on_visible()
            self._on_visible = None

    def _fall_back(self, exc: SlackApiError) -> None:
        """Continue with chat.update, re-showing the live stream's text in its own message."""
        log.info("slack_stream_fallback", error=exc.response.get("error"))
        self._native = False
        self._pending = ""
        self._base = self._stream_base
        self._adopt = self._stream.ts if self._stream is not None else None
        self._stream = None

    async def _update(self, *, force: bool, extra: list[dict[str, Any]] | None = None) -> None:
        """Bring the fallback messages up to date with the text so far (throttled)."""
        now = time.monotonic()
        if not force and now - self._last_update < self._interval:
            return
        self._last_update = now
        pending = self._text[self._base :]
        parts = split_text(pending, MESSAGE_LIMIT) if pending else []
        for index, part in enumerate(parts):
            mrkdwn = to_mrkdwn(part)
            blocks = section_blocks(mrkdwn)
            if index == len(parts) - 1 and extra:
                blocks += extra
            await self._put(index, mrkdwn or " ", blocks)

    async def _put(self, index: int, text: str, blocks: list[dict[str, Any]]) -> None:
        rendered = text + repr(blocks)
        if index < len(self._messages):
            ts, previous = self._messages[index]
            if previous != rendered:
                await self._client.chat_update(
                    channel=self._channel, ts=ts, text=text, blocks=blocks
                )
                self._messages[index] = (ts, rendered)
            return
        self._visible()
        if self._adopt is not None:
            ts, self._adopt = self._adopt, None
            await self._client.chat_update(channel=self._channel, ts=ts, text=text, blocks=blocks)
        else:
            response = await self._client.chat_postMessage(
                channel=self._channel, thread_ts=self._thread_ts, text=text, blocks=blocks
            )
            ts = str(response["ts"])
        self._messages.append((ts, rendered))

    async def finish(self, meta: AnswerMeta) -> None:
        try:
            if meta.text:
                await self._finish_answer(meta)
            else:
                self._visible()
                await self._client.chat_postMessage(
                    channel=self._channel, thread_ts=self._thread_ts, text=problem_text(meta)
                )
        finally:
            if self._on_done is not None:
                await self._on_done()

    async def _finish_answer(self, meta: AnswerMeta) -> None:
        blocks = footer_blocks(meta, self._policy, self._user_id)
        if not meta.ok:
            notice = {"type": "section", "text": {"type": "mrkdwn", "text": problem_text(meta)}}
            blocks = [notice, *blocks]
        if self._native:
            try:
                if self._stream is None or len(self._pending) + self._streamed > MESSAGE_LIMIT:
                    await self._flush_pending()
                text, self._pending = self._pending, ""
                assert self._stream is not None
                await self._stream.stop(chunks=_markdown(text) if text else None, blocks=blocks)
                return
            except SlackApiError as exc:
                self._fall_back(exc)
        await self._update(force=True, extra=blocks)


def _markdown(text: str) -> list[dict[str, Any]]:
    """A markdown_text chunk as the JSON Slack takes; slack_sdk's `MarkdownTextChunk`
    serialises the same through reflection, a few per cent of Tandem's CPU under load."""
    return [{"type": "markdown_text", "text": text}]
