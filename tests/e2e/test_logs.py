"""Logs carry request ids, aliases and latency, never message text or a secret."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import AsyncIterator, Iterator

import pytest
import structlog
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine

from bot import logs
from tests.fakes import slack_events as se
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import FakeSlack
from tests.support.app import settings_for
from tests.support.slack_app import RunningApp, running_app, slack_settings

SECRET = "ghp_R8x2Lk9Qm4Zt7Wv1Nc5Bj3Hs6Df0Ga2Ye8Pu"
MARKER = "periwinkle-octopus-ledger"


@pytest.fixture
async def app(
    engine: AsyncEngine,
    redis: Redis,
    sqlite_url: str,
    fake_ollama: FakeOllama,
    fake_openai: FakeOpenAI,
    fake_slack: FakeSlack,
) -> AsyncIterator[RunningApp]:
    settings = slack_settings(settings_for(sqlite_url, fake_ollama, fake_openai), fake_slack)
    async with running_app(settings) as running:
        yield running


@pytest.fixture
def json_logs() -> Iterator[io.StringIO]:
    """Tandem's production logging (at DEBUG) into a buffer, then the defaults back."""
    buffer = io.StringIO()
    logs.configure("DEBUG", json=True, stream=buffer)
    yield buffer
    structlog.reset_defaults()
    logging.basicConfig(force=True, level=logging.WARNING)


async def test_no_log_line_holds_message_text_or_a_secret(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama, json_logs: io.StringIO
) -> None:
    fake_ollama.die_after = 3  # an error path logs too
    question = f"why does `git push` fail with token {SECRET}? ({MARKER})"
    await app.post(*se.event_request(se.app_mention_event(question)))
    await app.post(*se.event_request({"type": "nonsense", "text": MARKER}))
    forged, headers = se.event_request(se.app_mention_event(MARKER), secret="wrong")
    await app.post(forged, headers)
    async with asyncio.timeout(10):
        await fake_slack.await_calls("chat.stopStream")
    await app.tandem.drain(10)
    await app.services.usage.flush()
    lines = [line for line in json_logs.getvalue().splitlines() if line.strip()]
    answered = [json.loads(line) for line in lines if '"event": "answered"' in line]
    assert answered, "the answer should have been logged:\n" + "\n".join(lines[:20])
    assert {"request_id", "workspace", "channel", "alias", "latency_ms"} <= set(answered[0])
    for line in lines:
        assert SECRET not in line
        assert MARKER not in line
        assert "git push" not in line


class _Writes(io.StringIO):
    """A stream that remembers each write call separately."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def write(self, text: str) -> int:
        self.calls.append(text)
        return super().write(text)


def test_each_log_line_is_one_write() -> None:
    """Workers share one stdout: a line written in two pieces (message, then newline)
    can run into another process's line and break every JSON-lines collector."""
    stream = _Writes()
    logs.configure("INFO", json=True, stream=stream)
    try:
        structlog.get_logger("test").info("answered", alias="local")
    finally:
        structlog.reset_defaults()
        logging.basicConfig(force=True, level=logging.WARNING)
    assert len(stream.calls) == 1
    assert stream.calls[0].endswith("}\n")
    assert json.loads(stream.calls[0])["event"] == "answered"


def test_library_records_are_json_lines_with_secrets_masked(json_logs: io.StringIO) -> None:
    """Bolt, aiohttp and matplotlib log through the standard library, not structlog: their
    lines must be JSON lines too (a collector drops or splits anything else), and pass
    the same masking, since an exception message can carry a token or a URL's password."""
    token = "xoxb-1234-5678-ABCDEFsecret"
    logging.getLogger("slack_bolt.App").error(
        "Failed to authorize with the given token %s\nThe server responded with: invalid_auth",
        token,
    )
    try:
        raise ConnectionError("cannot reach postgresql://tandem:hunter2pw@db:5432/tandem")
    except ConnectionError:
        logging.getLogger("aiohttp.server").exception("Error handling request")
    # Its INFO notice about day labels, five lines per usage digest chart, is not news.
    logging.getLogger("matplotlib.category").info("Using categorical units to plot")
    lines = [line for line in json_logs.getvalue().splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    assert [r["logger"] for r in records] == ["slack_bolt.App", "aiohttp.server"]
    assert records[0]["level"] == "error"
    assert "invalid_auth" in records[0]["event"]
    assert "ConnectionError" in records[1]["exception"]
    for line in lines:
        assert token not in line
        assert "hunter2pw" not in line
