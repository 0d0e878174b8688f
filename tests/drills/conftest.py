"""Fault drills: Tandem's real HTTP app under a failure, seen from the Slack thread.

Each drill starts the app (in the test's loop, `running_app`, or as a real
`tandem serve` process), breaks one dependency the way production breaks it
(a model server dying, 429s, Redis or PostgreSQL going away, hostile requests)
and asserts on what a user would read in Slack and on what the usage log holds.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.slack.render import rated_answer
from bot.usage import db
from bot.usage.tables import UsageEvent
from tests.fakes import slack_events as se
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import FakeSlack
from tests.fakes.slack_event_payloads import DEFAULT_BOT_USER, DEFAULT_CHANNEL
from tests.support.app import settings_for
from tests.support.slack_app import RunningApp, running_app, slack_settings

ANSWER_SECONDS = 20.0
LOCAL_QUESTION = "what does git rebase do?"
STRONG_QUESTION = (
    "design a sharded rate limiter for a multi-region API gateway with strict consistency "
    "guarantees and explain the failure modes"
)


@pytest.fixture
async def sqlite_engine(sqlite_url: str) -> AsyncIterator[AsyncEngine]:
    """The drills' database: a fresh, migrated SQLite file (PostgreSQL has its own drill)."""
    engine = db.create_engine(sqlite_url)
    yield engine
    await engine.dispose()


def drill_settings(
    database_url: str,
    ollama: FakeOllama,
    openai: FakeOpenAI,
    slack: FakeSlack,
    **overrides: Any,
) -> Settings:
    """The e2e settings (fakes, real Redis, the given database), with overrides."""
    return slack_settings(settings_for(database_url, ollama, openai), slack, **overrides)


@dataclass
class Reply:
    """What the user finally reads in the question's thread."""

    text: str
    footer: str
    notice: str
    request_id: str | None

    @property
    def incomplete(self) -> bool:
        return "Incomplete answer" in self.notice


@pytest.fixture
async def app(
    redis: Redis,
    sqlite_url: str,
    fake_ollama: FakeOllama,
    fake_openai: FakeOpenAI,
    fake_slack: FakeSlack,
) -> AsyncIterator[RunningApp]:
    settings = drill_settings(sqlite_url, fake_ollama, fake_openai, fake_slack)
    async with running_app(settings) as running:
        yield running


def _ts_key(ts: str) -> tuple[int, ...]:
    return tuple(int(part) for part in ts.split("."))


def _blocks(message: dict[str, Any]) -> list[dict[str, Any]]:
    blocks = message.get("blocks") or []
    return json.loads(blocks) if isinstance(blocks, str) else list(blocks)


def reply_in_thread(slack: FakeSlack, event: dict[str, Any]) -> Reply:
    """The bot's messages after the question in its thread: text, footer, notice, request id."""
    thread = event.get("thread_ts") or event["ts"]
    replies = [
        m
        for m in slack.messages(event["channel"], thread)
        if m.get("bot_id") and _ts_key(m["ts"]) > _ts_key(event["ts"])
    ]
    text = "\n".join(str(m.get("text") or "") for m in replies)
    footer, notice, request_id = "", "", None
    for message in replies:
        for block in _blocks(message):
            if block.get("type") == "context":
                footer = " ".join(e.get("text", "") for e in block.get("elements", []))
            elif block.get("type") == "section" and "warning" in json.dumps(block):
                notice = block["text"]["text"]
            elif block.get("type") == "actions":
                request_id, _ = rated_answer(block["elements"][0]["value"])
    if not footer and replies and ":warning:" in text:
        notice = text
    return Reply(text, footer, notice, request_id)


async def ask(
    app: RunningApp,
    slack: FakeSlack,
    text: str,
    thread_ts: str | None = None,
    user: str = se.DEFAULT_USER,
) -> dict[str, Any]:
    """Post a signed @mention, the message also being in Slack's history as it would be.

    Returns the inner event (its ts is the thread, unless `thread_ts` is given).
    """
    mention = f"<@{DEFAULT_BOT_USER}> {text}"
    ts = slack.add_message(DEFAULT_CHANNEL, mention, thread_ts=thread_ts)
    event = se.app_mention_event(mention, user=user, ts=ts, thread_ts=thread_ts)
    status, _ = await app.post(*se.event_request(event))
    assert status == 200
    return event


async def answered(slack: FakeSlack, event: dict[str, Any]) -> Reply:
    """Wait until the answer is complete in Slack, then read it.

    The thinking reaction is removed on the question once the reply sink has
    finished (whatever the outcome), which makes it the 'done' signal.
    """
    ts = event["ts"]

    def done(calls: Sequence[Any]) -> bool:
        return any(
            c.method == "reactions.remove" and c.params.get("timestamp") == ts for c in calls
        )

    async with asyncio.timeout(ANSWER_SECONDS):
        await slack.call_log.until(done)
    return reply_in_thread(slack, event)


async def usage_rows(engine: AsyncEngine) -> list[Any]:
    async with engine.connect() as connection:
        result = await connection.execute(select(UsageEvent).order_by(UsageEvent.id))
        return list(result.all())


def model_name(footer: str) -> str:
    """`local` or `strong`, from the footer's first part."""
    if footer.startswith("GPT-4o"):
        return "strong"
    if re.match(r"Llama", footer):
        return "local"
    return "none"
