"""`/tandem` as a user types it: signed slash commands, replies through response_url."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import structlog.testing
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.e2e.conftest import AppFactory
from tests.fakes import slack_events as se
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import FakeSlack
from tests.support.app import policy_file
from tests.support.samples import AWS_SECRET_QUESTION
from tests.support.slack_app import RunningApp

ADMIN = "U0ADMIN"


@pytest.fixture
async def app(app_with: AppFactory) -> AsyncIterator[RunningApp]:
    async with app_with(admins=frozenset({ADMIN})) as running:
        yield running


async def command(
    app: RunningApp, slack: FakeSlack, text_: str, user: str = se.DEFAULT_USER
) -> str:
    """Send `/tandem text_`; return the ephemeral reply posted to response_url."""
    before = len(slack.calls("response_url"))
    status, _ = await app.post(*se.slash_command_request(text_, slack.response_url(), user_id=user))
    assert status == 200
    async with asyncio.timeout(10):
        calls = await slack.await_calls("response_url", before + 1)
    reply = calls[before].params
    assert reply.get("response_type") == "ephemeral"
    return str(reply["text"])


@pytest.mark.parametrize("text_", ["", "help", "frobnicate"])
async def test_empty_help_and_unknown_get_help(
    app: RunningApp, fake_slack: FakeSlack, text_: str
) -> None:
    reply = await command(app, fake_slack, text_)
    assert "/tandem ask QUESTION" in reply and "/tandem usage" in reply


async def test_model_choice_is_stored_and_used(
    app: RunningApp, fake_slack: FakeSlack, engine: AsyncEngine, fake_openai: FakeOpenAI
) -> None:
    assert "auto" in await command(app, fake_slack, "model")
    assert "Unknown model `gpt-9`" in await command(app, fake_slack, "model gpt-9")
    assert "GPT-4o" in await command(app, fake_slack, "model STRONG")  # aliases match any case
    async with engine.connect() as connection:
        stored = (
            await connection.execute(text("SELECT default_model FROM user_preferences"))
        ).scalar()
    assert stored == "strong"
    event = se.app_mention_event("what does git rebase do?")
    await app.post(*se.event_request(event))
    async with asyncio.timeout(10):
        await fake_slack.await_calls("chat.stopStream")
    assert len(fake_openai.requests("/v1/chat/completions")) == 1


async def test_ask_posts_question_and_answer_in_channel(
    app: RunningApp, fake_slack: FakeSlack
) -> None:
    status, _ = await app.post(
        *se.slash_command_request("ask how do I squash commits?", fake_slack.response_url())
    )
    assert status == 200
    async with asyncio.timeout(10):
        [stop] = await fake_slack.await_calls("chat.stopStream")
    [question] = [
        c for c in fake_slack.calls("chat.postMessage") if "asked:" in str(c.params.get("text"))
    ]
    assert question.params["text"] == "<@U0USER> asked:\n> how do I squash commits?"
    [start] = fake_slack.calls("chat.startStream")
    assert start.params["thread_ts"] == question.response["ts"]
    assert stop.ok


async def test_ask_with_a_secret_is_not_posted_to_the_channel(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    reply = await command(app, fake_slack, f"ask {AWS_SECRET_QUESTION}")
    assert reply.startswith(":lock: Not posted: your question contains sensitive data (")
    assert "Ask me in a DM" in reply
    await app.tandem.drain(5)
    assert fake_slack.calls("chat.postMessage") == []
    assert fake_ollama.requests("/api/chat") == []


async def test_usage_and_why_after_an_answer(app: RunningApp, fake_slack: FakeSlack) -> None:
    await app.post(*se.event_request(se.app_mention_event("what does git rebase do?")))
    async with asyncio.timeout(10):
        await fake_slack.await_calls("chat.stopStream")
    await app.tandem.drain(5)
    await app.services.usage.flush()
    usage = await command(app, fake_slack, "usage me 7d")
    assert "*1* questions" in usage and "local" in usage
    assert "Unknown `sometimes`" in await command(app, fake_slack, "usage sometimes")
    why = await command(app, fake_slack, "why")
    assert "score_low" in why or "score_high" in why


async def test_forget_drops_the_thread(app: RunningApp, fake_slack: FakeSlack) -> None:
    event = se.app_mention_event("what is a rebase?")
    await app.post(*se.event_request(event))
    async with asyncio.timeout(10):
        await fake_slack.await_calls("chat.stopStream")
    await app.tandem.drain(5)
    assert "Forgotten" in await command(app, fake_slack, "forget")
    assert "nothing to forget" in await command(app, fake_slack, "forget")


async def test_forget_finds_the_thread_in_this_channel_and_it_starts_afresh(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    root = fake_slack.add_message("C0GENERAL", "our deploys fail since Tuesday", user="U0BOB")
    here = se.app_mention_event("any idea why?", channel="C0GENERAL", thread_ts=root)
    await app.post(*se.event_request(here))
    await fake_slack.await_calls("chat.stopStream")
    elsewhere = se.app_mention_event("what is a rebase?", channel="C0RANDOM")
    await app.post(*se.event_request(elsewhere))  # the user's last answer is now elsewhere
    async with asyncio.timeout(10):
        await fake_slack.await_calls("chat.stopStream", 2)
    await app.tandem.drain(5)

    status, _ = await app.post(
        *se.slash_command_request("forget", fake_slack.response_url(), channel_id="C0GENERAL")
    )
    assert status == 200
    async with asyncio.timeout(10):
        [reply] = await fake_slack.await_calls("response_url")
    when = f"<!date^{int(float(root))}^{{date_short_pretty}} at {{time}}|earlier>"
    assert reply.params["text"] == (
        f"Forgotten: my memory of your last thread here (started {when}) is gone; "
        "the next question in it starts afresh."
    )

    follow_up = se.message_event("and now?", channel="C0GENERAL", thread_ts=root)
    await app.post(*se.event_request(follow_up))  # still answered without a mention
    async with asyncio.timeout(10):
        await fake_slack.await_calls("chat.stopStream", 3)
    await app.tandem.drain(5)
    sent = fake_ollama.requests("/api/chat")[-1].json["messages"]
    assert [m["content"] for m in sent if m["role"] != "system"] == ["and now?"]


async def test_digest_subscribe_by_admin_only(
    app: RunningApp, fake_slack: FakeSlack, engine: AsyncEngine
) -> None:
    refused = await command(app, fake_slack, "digest subscribe usage daily 09:00 Europe/Paris")
    assert "Only Tandem admins" in refused
    done = await command(
        app, fake_slack, "digest subscribe usage daily 09:00 Europe/Paris", user=ADMIN
    )
    assert "09:00" in done and "Europe/Paris" in done
    async with engine.connect() as connection:
        rows = (
            await connection.execute(
                text("SELECT kind, time_of_day, timezone FROM digest_subscriptions")
            )
        ).all()
    assert [tuple(r) for r in rows] == [("usage", "09:00", "Europe/Paris")]
    bad = await command(app, fake_slack, "digest subscribe usage daily 25:00", user=ADMIN)
    assert "e.g." in bad or "example" in bad.lower()


async def test_a_failed_policy_reload_is_told_to_the_admin_and_logged_for_the_operator(
    app_with: AppFactory, fake_slack: FakeSlack, tmp_path: Path
) -> None:
    path = policy_file(tmp_path)
    async with app_with(policy_path=path, admins=frozenset({ADMIN})) as app:
        path.write_text(path.read_text().replace("target_strong_share = 0.25", "target_strong_"))
        with structlog.testing.capture_logs() as logged:
            reply = await command(app, fake_slack, "policy reload", user=ADMIN)
        assert "The policy was not reloaded; the running one stays." in reply
        assert str(path) in reply
        [failed] = [e for e in logged if e["event"] == "policy_reload_failed"]
        assert failed["log_level"] == "error" and str(path) in failed["error"]
        assert failed["by"] == f"/tandem policy reload ({ADMIN})"
        shown = await command(app, fake_slack, "policy")
        assert "Target share of strong calls: 25%" in shown


async def test_policy_reload_is_for_admins(app: RunningApp, fake_slack: FakeSlack) -> None:
    assert "Only Tandem admins" in await command(app, fake_slack, "policy reload")
    assert "Policy reloaded" in await command(app, fake_slack, "policy reload", user=ADMIN)
    status = await command(app, fake_slack, "status")
    assert "circuit closed" in status and "budget" in status.lower()
    assert "*Your questions*: about 0 in the last minute, of 30 a minute" in status
    shown = await command(app, fake_slack, "policy")
    assert "Target share of strong calls: 25%" in shown
    assert "Usage: `/tandem policy`" in await command(app, fake_slack, "policy show-me")
    assert "At most 30 questions a minute per person" in shown
