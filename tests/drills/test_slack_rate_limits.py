"""Drill: the Slack Web API answers 429 with Retry-After while an answer is being written."""

from __future__ import annotations

import time

import pytest

from tests.drills.conftest import LOCAL_QUESTION, answered, ask, model_name
from tests.fakes.ollama import FakeOllama
from tests.fakes.slack import FakeSlack
from tests.fakes.tokens import default_reply
from tests.support.slack_app import RunningApp

pytestmark = pytest.mark.timeout(60)

REPLY_TOKENS = 120


def _expected(ollama: FakeOllama) -> str:
    [request] = ollama.requests("/api/chat")
    return default_reply(request.json["messages"], REPLY_TOKENS)


def _limited(slack: FakeSlack, method: str) -> int:
    return sum(c.status == 429 for c in slack.calls(method))


async def test_rate_limited_stream_still_delivers_the_whole_answer(
    app: RunningApp, fake_ollama: FakeOllama, fake_slack: FakeSlack
) -> None:
    """chat.startStream, chat.appendStream (twice) and chat.stopStream each answer 429 with
    Retry-After: 1 once. What the user sees: the answer streams in with pauses of about
    a second, and the final message holds the whole answer exactly once (no chunk lost
    or doubled) with its footer; no error is shown.
    """
    fake_ollama.reply_tokens = REPLY_TOKENS
    for method, count in (
        ("chat.startStream", 1),
        ("chat.appendStream", 2),
        ("chat.stopStream", 1),
    ):
        fake_slack.rate_limit(method, retry_after=1, count=count)
    start = time.monotonic()
    reply = await answered(fake_slack, await ask(app, fake_slack, LOCAL_QUESTION))
    await app.tandem.drain(10)

    assert reply.text == _expected(fake_ollama)
    assert model_name(reply.footer) == "local" and not reply.notice
    assert time.monotonic() - start >= 4
    limited = {m: _limited(fake_slack, m) for m in ("chat.startStream", "chat.appendStream")}
    assert limited == {"chat.startStream": 1, "chat.appendStream": 2}
    assert _limited(fake_slack, "chat.stopStream") == 1


async def test_rate_limited_updates_still_deliver_the_whole_answer(
    app: RunningApp, fake_ollama: FakeOllama, fake_slack: FakeSlack
) -> None:
    """Where Slack offers no streaming, the answer is one message edited about once a
    second; chat.postMessage answers 429 once and chat.update twice (Retry-After: 1).
    What the user sees: the message appears a second late and is edited less often,
    and its final version holds the whole answer and the footer; no error is shown.
    """
    fake_slack.streaming_enabled = False
    fake_ollama.reply_tokens = REPLY_TOKENS
    fake_ollama.token_interval = 0.02
    fake_slack.rate_limit("chat.postMessage", retry_after=1, count=1)
    fake_slack.rate_limit("chat.update", retry_after=1, count=2)
    reply = await answered(fake_slack, await ask(app, fake_slack, LOCAL_QUESTION))
    await app.tandem.drain(10)

    assert _limited(fake_slack, "chat.postMessage") == 1
    assert _limited(fake_slack, "chat.update") == 2
    assert [c.ok for c in fake_slack.calls("chat.update")][-1]
    expected = _expected(fake_ollama)
    assert reply.text == expected.strip()
    assert model_name(reply.footer) == "local" and not reply.notice
