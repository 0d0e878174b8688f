"""The assistant pane and the App Home, end to end."""

from __future__ import annotations

import asyncio
import json

from tests.fakes import slack_events as se
from tests.fakes.slack import FakeSlack
from tests.support.slack_app import RunningApp


async def test_assistant_pane_greets_suggests_and_answers_with_status_and_title(
    app: RunningApp, fake_slack: FakeSlack
) -> None:
    started = se.assistant_thread_started_event(channel="D0PANE")
    thread = started["assistant_thread"]["thread_ts"]
    await app.post(*se.event_request(started))
    async with asyncio.timeout(10):
        [prompts] = await fake_slack.await_calls("assistant.threads.setSuggestedPrompts")
    assert (
        len(
            prompts.params["prompts"]
            if isinstance(prompts.params["prompts"], list)
            else json.loads(prompts.params["prompts"])
        )
        == 3
    )

    question = se.message_event(
        "how do I revert a merge commit?", channel="D0PANE", thread_ts=thread
    )
    await app.post(*se.event_request(question))
    async with asyncio.timeout(10):
        [stop] = await fake_slack.await_calls("chat.stopStream")
    [title] = fake_slack.calls("assistant.threads.setTitle")
    assert title.params["title"] == "how do I revert a merge commit?"
    statuses = [c.params["status"] for c in fake_slack.calls("assistant.threads.setStatus")]
    assert "is thinking…" in statuses
    [start] = fake_slack.calls("chat.startStream")
    assert start.params["thread_ts"] == thread
    assert stop.ok


async def test_app_home_shows_the_last_week_and_the_policy(
    app: RunningApp, fake_slack: FakeSlack
) -> None:
    await app.post(*se.event_request(se.app_mention_event("what does git rebase do?")))
    async with asyncio.timeout(10):
        await fake_slack.await_calls("reactions.remove")
    await app.services.usage.flush()
    await app.post(*se.event_request(se.app_home_opened_event()))
    async with asyncio.timeout(10):
        [publish] = await fake_slack.await_calls("views.publish")
    view = publish.params["view"]
    view = json.loads(view) if isinstance(view, str) else view
    text = json.dumps(view)
    assert view["type"] == "home"
    assert "*1* questions" in text and "*100%* answered locally" in text
    assert "auto (the policy decides)" in text
    assert "gpt-4o" in text.lower() and "local" in text
    assert "$5.00 a day each on external models" in text and "30 questions a minute each" in text
