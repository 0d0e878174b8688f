"""Channel digest: each active thread summarised through the routing policy, with a link.

Every summary is an ordinary `Assistant.answer` call on the "digest"
surface, so it is routed, logged and priced like any question. The thread's
text is part of the question, so the router's sensitivity check keeps a
thread with a secret or personal data on local models by itself; a private
channel is kept local as a whole (`local_only`). One call per thread keeps a
sensitive thread from pulling every other thread's summary onto the local
model, and puts each summary next to its own link.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.assistant import Assistant
from bot.digest.channel_threads import (
    ChannelInfo,
    ChannelThread,
    channel_info,
    defuse,
    read_threads,
)
from bot.question import AnswerMeta, Question
from bot.state.keys import ThreadKey
from bot.usage.records import Surface

MAX_THREADS = 15
SECTION_LIMIT = 2900  # Block Kit allows 3000 characters in a section's text
INSTRUCTION = (
    "Summarise this Slack thread for a channel digest in one to three sentences: "
    "what was asked or decided, and what is still open. Do not greet, do not add "
    "a title, do not quote secrets.\n\nThread:\n"
)


class CollectingSink:
    """A reply sink that keeps the answer instead of showing it anywhere."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.meta: AnswerMeta | None = None

    async def write(self, text: str) -> None:
        self.parts.append(text)

    async def finish(self, meta: AnswerMeta) -> None:
        self.meta = meta

    @property
    def text(self) -> str:
        return "".join(self.parts).strip()


@dataclass(frozen=True, slots=True)
class ThreadSummary:
    thread: ChannelThread
    link: str
    summary: str
    alias: str | None


@dataclass(frozen=True)
class ChannelReport:
    """One channel digest, rendering-free; `more` counts threads left out to keep it short."""

    channel: ChannelInfo
    since: datetime
    until: datetime
    summaries: tuple[ThreadSummary, ...]
    more: int = 0

    @property
    def empty(self) -> bool:
        return not self.summaries


def permalink(base_url: str, channel: str, ts: str) -> str:
    """`https://<team>.slack.com/archives/C1/p1700000000000100`: Slack's own link form."""
    return f"{base_url.rstrip('/')}/archives/{channel}/p{ts.replace('.', '')}"


def transcript(thread: ChannelThread, limit: int) -> str:
    """The thread as `author: text` lines, cut in the middle when over `limit` characters."""
    lines = [f"{m.author}: {m.text}" for m in thread.messages]
    text = "\n".join(lines)
    if len(text) <= limit:
        return text
    half = max(limit // 2 - 20, 0)
    return text[:half] + "\n[… middle of the thread left out …]\n" + text[-half:]


async def summarise_thread(
    assistant: Assistant,
    thread: ChannelThread,
    *,
    workspace: str,
    info: ChannelInfo,
    user: str,
) -> tuple[str, str | None]:
    """(summary text, alias that wrote it); a failed call yields a short note instead."""
    room = assistant.max_question_chars - len(INSTRUCTION) - 100
    question = Question(
        text=INSTRUCTION + transcript(thread, room),
        thread=ThreadKey(workspace, info.id, f"digest-{uuid.uuid4().hex}"),
        user=user,
        surface=Surface.DIGEST.value,
        local_only="private channel" if info.private else None,
    )
    sink = CollectingSink()
    meta = await assistant.answer(question, sink)
    if not meta.ok or not sink.text:
        return f"_No summary: {meta.message or 'the model returned nothing'}_", None
    return defuse(sink.text), meta.spec.alias if meta.spec else None


@dataclass(frozen=True, slots=True)
class _Identity:
    """From auth.test: the workspace URL (for links), team id, and the bot's own user id."""

    url: str
    team: str
    bot_user: str | None


async def _identity(client: AsyncWebClient) -> _Identity:
    response = await client.auth_test()
    return _Identity(
        str(response.get("url") or "https://slack.com/"),
        str(response.get("team_id") or ""),
        response.get("user_id"),
    )


async def build_channel_report(
    client: AsyncWebClient,
    assistant: Assistant,
    *,
    workspace: str | None,
    channel: str,
    since: datetime,
    until: datetime,
    user: str,
) -> ChannelReport:
    """Read the channel's active threads and summarise the busiest `MAX_THREADS` of them."""
    me = await _identity(client)
    info = await channel_info(client, channel)
    threads = await read_threads(client, channel, since, until, bot_user=me.bot_user)
    chosen = sorted(threads, key=lambda t: -len(t.messages))[:MAX_THREADS]
    chosen.sort(key=lambda t: float(t.ts))
    summaries = []
    for thread in chosen:
        text, alias = await summarise_thread(
            assistant, thread, workspace=workspace or me.team, info=info, user=user
        )
        link = permalink(me.url, channel, thread.ts)
        summaries.append(ThreadSummary(thread, link, text, alias))
    return ChannelReport(info, since, until, tuple(summaries), len(threads) - len(chosen))


def _replies(summary: ThreadSummary) -> str:
    n = summary.thread.replies
    return "no replies" if n == 0 else f"{n} repl{'y' if n == 1 else 'ies'}"


def fallback_text(report: ChannelReport) -> str:
    return f"Digest of #{report.channel.name}: {len(report.summaries)} active threads."


def render_blocks(report: ChannelReport) -> list[dict[str, Any]]:
    """Header, one section per thread (linked title, reply count, summary), a context line."""
    title = f"Digest of #{report.channel.name}"
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": title[:150]}},
    ]
    for s in report.summaries:
        text = f"*<{s.link}|{_escape(s.thread.title)}>* · {_replies(s)}\n{s.summary}"
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": text[:SECTION_LIMIT]}})
    note = f"{len(report.summaries)} threads since {report.since:%a %d %b %H:%M} UTC"
    if report.more:
        note += f"; {report.more} quieter threads left out"
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": note}]})
    return blocks


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_text(report: ChannelReport) -> str:
    """Plain text for `--stdout`."""
    out = [f"Digest of #{report.channel.name} since {report.since:%Y-%m-%d %H:%M} UTC"]
    if report.empty:
        out.append("Nothing happened in this channel.")
    for s in report.summaries:
        out.extend(["", f"{s.thread.title} ({_replies(s)})", f"  {s.link}", f"  {s.summary}"])
    if report.more:
        out.append(f"\n{report.more} quieter threads left out.")
    return "\n".join(out)
