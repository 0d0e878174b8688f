"""Slack end to end: signed requests to Tandem's real HTTP app, the Slack fake records
every Web API call, the model fakes answer, Redis and SQL are real."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.usage.tables import UsageEvent
from tests.e2e.conftest import AppFactory
from tests.fakes import slack_events as se
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import FakeSlack
from tests.support.app import policy_file
from tests.support.samples import AWS_SECRET_QUESTION
from tests.support.slack_app import RunningApp


async def settle(app: RunningApp, slack: FakeSlack, method: str, count: int = 1) -> list[Any]:
    async with asyncio.timeout(10):
        calls = await slack.await_calls(method, count)
    await app.tandem.drain(10)
    return calls


def streamed_text(slack: FakeSlack, channel: str, thread_ts: str) -> str:
    replies = [m for m in slack.messages(channel, thread_ts) if m.get("ts") != thread_ts]
    return "\n".join(str(m.get("text")) for m in replies)


async def usage_rows(app: RunningApp) -> list[UsageEvent]:
    await app.services.usage.flush()
    async with app.services.engine.connect() as connection:
        return list((await connection.execute(select(UsageEvent).order_by(UsageEvent.id))).all())  # type: ignore[arg-type]


async def test_mention_is_answered_in_its_thread_with_footer(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    event = se.app_mention_event("what does git rebase do?")
    status, _ = await app.post(*se.event_request(event))
    assert status == 200
    [stop] = await settle(app, fake_slack, "chat.stopStream")
    [start] = fake_slack.calls("chat.startStream")
    assert start.params["thread_ts"] == event["ts"]
    assert start.params["recipient_user_id"] == event["user"]
    text = streamed_text(fake_slack, event["channel"], event["ts"])
    assert text.startswith("You asked about what does git rebase do.")
    blocks = (
        json.loads(stop.params["blocks"])
        if isinstance(stop.params["blocks"], str)
        else stop.params["blocks"]
    )
    footer = blocks[0]["elements"][0]["text"]
    assert "llama3.1:8b" in footer and "tokens" in footer and "$0" in footer
    actions = [e["text"]["text"] for e in blocks[1]["elements"]]
    assert actions[:2] == ["👍", "👎"]
    assert "Ask GPT-4o instead" in actions
    assert fake_slack.calls("reactions.add")[0].params["name"] == "eyes"


@pytest.fixture
async def delayed_status_app(app_with: AppFactory) -> AsyncIterator[RunningApp]:
    async with app_with(status_delay_seconds=0.3) as running:
        yield running


async def test_quick_answer_needs_no_thinking_reaction(
    delayed_status_app: RunningApp, fake_slack: FakeSlack
) -> None:
    event = se.app_mention_event("what does git rebase do?")
    await delayed_status_app.post(*se.event_request(event))
    await settle(delayed_status_app, fake_slack, "chat.stopStream")
    await asyncio.sleep(0.5)  # past the status delay: nothing was left scheduled

    assert fake_slack.calls("reactions.add") == []
    assert fake_slack.calls("reactions.remove") == []


async def test_slow_answer_shows_thinking_reaction_until_done(
    delayed_status_app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    fake_ollama.first_token_delay = 1.0
    event = se.app_mention_event("what does git rebase do?")
    await delayed_status_app.post(*se.event_request(event))
    await settle(delayed_status_app, fake_slack, "reactions.remove")

    order = [c.method for c in fake_slack.calls() if c.method.startswith(("reactions", "chat."))]
    assert order[0] == "reactions.add" and order[-1] == "reactions.remove"
    assert order.index("chat.startStream") > 0 and order.index("chat.stopStream") < len(order) - 1
    [added] = fake_slack.calls("reactions.add")
    assert (added.params["name"], added.params["timestamp"]) == ("eyes", event["ts"])


async def test_follow_up_in_thread_continues_without_mention(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    first = se.app_mention_event("what is a rebase?")
    await app.post(*se.event_request(first))
    await settle(app, fake_slack, "chat.stopStream")
    follow = se.message_event("and an interactive one?", thread_ts=first["ts"])
    await app.post(*se.event_request(follow))
    await settle(app, fake_slack, "chat.stopStream", 2)
    sent = fake_ollama.requests("/api/chat")[1].json["messages"]
    assert [m["content"] for m in sent if m["role"] == "user"] == [
        "what is a rebase?",
        "and an interactive one?",
    ]


async def test_message_in_unanswered_thread_is_ignored(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    event = se.message_event("just chatting", thread_ts=se.new_ts())
    assert (await app.post(*se.event_request(event)))[0] == 200
    await asyncio.sleep(0.3)
    await app.tandem.drain(5)
    assert fake_ollama.requests("/api/chat") == []


@pytest.mark.parametrize("forgery", ["bad_secret", "stale", "missing"])
async def test_forged_or_stale_requests_get_401_and_nothing_runs(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama, forgery: str
) -> None:
    event = se.app_mention_event("what does git rebase do?")
    if forgery == "bad_secret":
        body, headers = se.event_request(event, secret="not-the-secret")
    elif forgery == "stale":
        body, headers = se.event_request(event, timestamp=int(time.time()) - 600)
    else:
        body, headers = se.event_request(event)
        headers = {"Content-Type": "application/json"}
    status, _ = await app.post(body, headers)
    assert status == 401
    await asyncio.sleep(0.2)
    assert fake_ollama.requests("/api/chat") == []
    assert [c.method for c in fake_slack.calls() if c.method != "auth.test"] == []


async def test_retried_event_is_answered_once(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    event = se.app_mention_event("what does git rebase do?")
    envelope_id = "Ev0DUPLICATE1"
    first = await app.post(*se.event_request(event, event_id=envelope_id))
    retry = await app.post(*se.event_request(event, event_id=envelope_id, retry_num=1))
    assert (first[0], retry[0]) == (200, 200)
    await settle(app, fake_slack, "chat.stopStream")
    await asyncio.sleep(0.2)
    assert len(fake_ollama.requests("/api/chat")) == 1
    assert len(fake_slack.calls("chat.startStream")) == 1


async def _deduplicated(app: RunningApp) -> float:
    _, text = await app.get("/metrics")
    found = re.search(r"^tandem_events_deduplicated_total (\S+)$", text, re.MULTILINE)
    return float(found.group(1)) if found else 0.0


async def _until_deduplicated(app: RunningApp, count: int, seconds: float) -> None:
    """Until `count` deliveries were dropped as repeats (TimeoutError after `seconds`)."""
    async with asyncio.timeout(seconds):
        seen = await _deduplicated(app)
        while seen < count:
            await asyncio.sleep(0.02)
            seen = await _deduplicated(app)


async def test_a_retry_while_the_first_delivery_streams_is_dropped_without_waiting(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    """Slack retries an event Tandem is still answering: the retry is dropped at once
    (it does not queue behind the answer for the thread), and one answer appears."""
    fake_ollama.token_interval = 0.05  # 20 chunks: the answer streams for about a second
    event = se.app_mention_event("what does git rebase do?")
    await app.post(*se.event_request(event, event_id="Ev0STREAMING"))
    async with asyncio.timeout(10):
        await fake_slack.await_calls("chat.startStream", 1)
    await app.post(*se.event_request(event, event_id="Ev0STREAMING", retry_num=1))
    await _until_deduplicated(app, 1, 0.5)
    assert fake_slack.calls("chat.stopStream") == []  # the first answer is still streaming
    await settle(app, fake_slack, "chat.stopStream")
    assert len(fake_ollama.requests("/api/chat")) == 1
    assert len(fake_slack.calls("chat.startStream")) == 1


async def test_a_retry_does_not_queue_for_a_free_answer_slot(
    app_with: AppFactory, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    """Every answer slot busy: a retried event is dropped at once, and the question
    it repeats is answered once, when a slot frees up."""
    fake_ollama.token_interval = 0.05  # each answer streams for about a second
    async with app_with(max_concurrent_answers=1) as app:
        busy = se.app_mention_event("what does git rebase do?", channel="C0BUSY")
        await app.post(*se.event_request(busy))
        async with asyncio.timeout(10):
            await fake_slack.await_calls("chat.startStream", 1)
        waiting = se.app_mention_event("how do I squash commits?", channel="C0WAITING")
        await app.post(*se.event_request(waiting, event_id="Ev0WAITING"))
        await app.post(*se.event_request(waiting, event_id="Ev0WAITING", retry_num=1))
        await _until_deduplicated(app, 1, 0.5)
        assert fake_slack.calls("chat.stopStream") == []  # the slot is still taken
        await settle(app, fake_slack, "chat.stopStream", 2)
        await asyncio.sleep(0.2)
    asked = [r.json["messages"][-1]["content"] for r in fake_ollama.requests("/api/chat")]
    assert asked == ["what does git rebase do?", "how do I squash commits?"]


@pytest.mark.parametrize("where", ["dm", "thread", "attachment"])
async def test_retried_dm_thread_reply_and_attachment_are_answered_once(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama, where: str
) -> None:
    answers = 1
    if where == "dm":
        event = se.message_event("what does git rebase do?", channel="D0DIRECT")
    elif where == "thread":
        root = se.app_mention_event("start a thread")
        await app.post(*se.event_request(root))
        await settle(app, fake_slack, "chat.stopStream")
        event = se.message_event("and how do I undo it?", thread_ts=root["ts"])
        answers = 2
    else:
        file = fake_slack.add_file("F0NOTES", "notes.txt", "text/plain", b"rebase notes")
        event = se.app_mention_event("what do these notes say?", files=[file])
    for retry in (None, 1, 2):
        request = se.event_request(event, event_id=f"Ev0RETRIED{where}", retry_num=retry)
        assert (await app.post(*request))[0] == 200
    await _until_deduplicated(app, 2, 10)
    async with asyncio.timeout(10):
        await fake_ollama.await_outcomes(answers)
    await app.tandem.drain(10)
    await asyncio.sleep(0.2)
    assert len(fake_ollama.requests("/api/chat")) == answers
    assert await _deduplicated(app) == 2


async def test_own_messages_edits_deletions_and_other_bots_are_ignored(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    thread = se.app_mention_event("start a thread")
    await app.post(*se.event_request(thread))
    await settle(app, fake_slack, "chat.stopStream")
    channel, root = thread["channel"], thread["ts"]
    earlier = se.new_ts()
    for event in (
        se.bot_message_event("from another bot", bot_id="B0OTHER", user="U0OTHER", thread_ts=root),
        se.bot_message_event("from Tandem itself", thread_ts=root),
        se.message_changed_event(channel, earlier, "edited text", "old text", thread_ts=root),
        se.message_deleted_event(channel, earlier, "old text"),
    ):
        assert (await app.post(*se.event_request(event)))[0] == 200
    await asyncio.sleep(0.3)
    await app.tandem.drain(5)
    assert len(fake_ollama.requests("/api/chat")) == 1


async def test_dm_is_answered(app: RunningApp, fake_slack: FakeSlack) -> None:
    event = se.message_event("how do I undo a commit?", channel="D0DM1")
    await app.post(*se.event_request(event))
    await app.tandem.drain(10)
    await settle(app, fake_slack, "chat.postMessage")
    replies = [m for m in fake_slack.messages("D0DM1") if m.get("user") == "U0BOT"]
    assert replies
    assert "You asked about how do I undo a commit." in replies[-1]["text"]


async def test_without_native_streaming_one_message_is_edited(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    fake_slack.streaming_enabled = False
    fake_ollama.token_interval = 0.05
    fake_ollama.reply_tokens = 60
    event = se.app_mention_event("explain git bisect")
    await app.post(*se.event_request(event))
    await settle(app, fake_slack, "chat.postMessage")
    await app.tandem.drain(10)
    posts = [
        c for c in fake_slack.calls("chat.postMessage") if c.params.get("thread_ts") == event["ts"]
    ]
    assert len(posts) == 1
    updates = fake_slack.calls("chat.update")
    assert 1 <= len(updates) <= 4
    final = fake_slack.messages(event["channel"], event["ts"])[-1]
    assert "You asked about explain git bisect" in final["text"]
    assert "llama3.1:8b" in json.dumps(final["blocks"])


async def test_expired_stream_falls_back_to_chat_update(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    fake_slack.expire_streams_after_appends = 1
    fake_ollama.reply_tokens = 200  # several appends: the second one finds it expired
    event = se.app_mention_event("explain git worktrees")
    await app.post(*se.event_request(event))
    await app.tandem.drain(10)
    await settle(app, fake_slack, "chat.update")
    final = fake_slack.messages(event["channel"], event["ts"])[-1]
    assert "You asked about explain git worktrees" in final["text"]
    assert final["text"].count("filler") + final["text"].count(" ") > 60


async def test_every_model_down_is_said_in_the_thread(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    fake_ollama.refuse()
    fake_openai.refuse()
    event = se.app_mention_event("what does git rebase do?")
    await app.post(*se.event_request(event))
    await settle(app, fake_slack, "chat.postMessage")
    [reply] = [
        c for c in fake_slack.calls("chat.postMessage") if c.params.get("thread_ts") == event["ts"]
    ]
    assert "unavailable" in reply.params["text"].lower()


async def test_sensitive_question_has_no_escalation_button_and_says_why(
    app: RunningApp, fake_slack: FakeSlack, fake_openai: FakeOpenAI
) -> None:
    event = se.app_mention_event(AWS_SECRET_QUESTION)
    await app.post(*se.event_request(event))
    [stop] = await settle(app, fake_slack, "chat.stopStream")
    blocks = stop.params["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    assert "GPT-4o is not offered" in json.dumps(blocks)
    labels = [e["text"]["text"] for e in blocks[-1]["elements"]]
    assert "Ask GPT-4o instead" not in labels
    assert fake_openai.requests() == []


async def test_feedback_buttons_save_and_change_the_vote(
    app: RunningApp, fake_slack: FakeSlack
) -> None:
    event = se.app_mention_event("what does git rebase do?")
    await app.post(*se.event_request(event))
    await settle(app, fake_slack, "chat.stopStream")
    [row] = await usage_rows(app)
    hook = fake_slack.response_url("fb")
    for action in ("tandem_feedback_up", "tandem_feedback_down"):
        status, _ = await app.post(
            *se.block_actions_request(action, row.request_id, response_url=hook)
        )
        assert status == 200
    await settle(app, fake_slack, "response_url", 2)
    [row] = await usage_rows(app)
    assert row.feedback == -1


def button_value(stop: Any, action_id: str) -> str:
    """The value of a button in the footer Tandem posted with chat.stopStream."""
    blocks = stop.params["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    [button] = [e for e in blocks[-1]["elements"] if e["action_id"] == action_id]
    return str(button["value"])


async def test_only_the_asker_rates_an_answer(app: RunningApp, fake_slack: FakeSlack) -> None:
    event = se.app_mention_event("what does git rebase do?", user="U0ALICE")
    await app.post(*se.event_request(event))
    [stop] = await settle(app, fake_slack, "chat.stopStream")
    down, up = button_value(stop, "tandem_feedback_down"), button_value(stop, "tandem_feedback_up")
    hook = fake_slack.response_url("fb")
    await app.post(*se.block_actions_request("tandem_feedback_down", down, hook, "U0ALICE"))
    await app.post(*se.block_actions_request("tandem_feedback_up", up, hook, "U0BOB"))
    replies = await settle(app, fake_slack, "response_url", 2)

    texts = sorted(str(r.params["text"]) for r in replies)
    assert texts[0].startswith("Only <@U0ALICE>, who asked, can rate this answer")
    assert texts[1].startswith("Thanks, feedback saved: 👎")
    [row] = await usage_rows(app)
    assert row.feedback == -1


async def test_a_double_click_on_ask_strong_asks_once(
    app: RunningApp, fake_slack: FakeSlack, fake_openai: FakeOpenAI
) -> None:
    event = se.app_mention_event("what does git rebase do?")
    await app.post(*se.event_request(event))
    [stop] = await settle(app, fake_slack, "chat.stopStream")
    value = button_value(stop, "tandem_ask_model_strong")
    hook = fake_slack.response_url("again")
    click = se.block_actions_request("tandem_ask_model_strong", value, hook)
    await asyncio.gather(app.post(*click), app.post(*click))
    await settle(app, fake_slack, "chat.stopStream", 2)
    [note] = await settle(app, fake_slack, "response_url")

    assert len(fake_openai.requests("/v1/chat/completions")) == 1
    assert note.params["text"] == "GPT-4o has been asked this already: its answer is in the thread."


async def test_ask_strong_instead_reanswers_in_the_same_thread(
    app: RunningApp, fake_slack: FakeSlack, fake_openai: FakeOpenAI
) -> None:
    event = se.app_mention_event("what does git rebase do?")
    await app.post(*se.event_request(event))
    await settle(app, fake_slack, "chat.stopStream")
    [row] = await usage_rows(app)
    value = json.dumps({"r": row.request_id, "m": "strong"})
    await app.post(*se.block_actions_request("tandem_ask_model_strong", value))
    await settle(app, fake_slack, "chat.stopStream", 2)
    assert len(fake_openai.requests("/v1/chat/completions")) == 1
    second = fake_slack.calls("chat.startStream")[1]
    assert second.params["thread_ts"] == event["ts"]


async def test_mid_thread_mention_rebuilds_history_from_slack(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    root = fake_slack.add_message("C0GENERAL", "our deploys fail since Tuesday", user="U0ALICE")
    fake_slack.add_message(
        "C0GENERAL", "the error is a 502 from the ingress", user="U0BOB", thread_ts=root
    )
    event = se.app_mention_event("any idea why?", thread_ts=root)
    await app.post(*se.event_request(event))
    await settle(app, fake_slack, "chat.stopStream")
    sent = fake_ollama.requests("/api/chat")[0].json["messages"]
    contents = [m["content"] for m in sent]
    assert "our deploys fail since Tuesday" in contents
    assert "the error is a 502 from the ingress" in contents
    assert contents[-1] == "any idea why?"


async def test_a_secret_in_the_rebuilt_history_keeps_the_thread_local(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    """Messages posted before Tandem was mentioned were never scanned as questions:
    a secret among them keeps the thread off the external model, whoever chose it."""
    root = fake_slack.add_message("C0GENERAL", AWS_SECRET_QUESTION, user="U0CAROL")
    fake_slack.add_message("C0GENERAL", "same here since Tuesday", user="U0DAVE", thread_ts=root)
    await app.post(*se.slash_command_request("model strong", fake_slack.response_url()))
    await settle(app, fake_slack, "response_url")
    event = se.app_mention_event("can you explain what is wrong here?", thread_ts=root)
    await app.post(*se.event_request(event))
    [stop] = await settle(app, fake_slack, "chat.stopStream")

    assert fake_openai.requests() == []
    sent = [m["content"] for m in fake_ollama.requests("/api/chat")[0].json["messages"]]
    assert AWS_SECRET_QUESTION in sent
    assert "an earlier message in this thread" in json.dumps(stop.params["blocks"])
    [row] = await usage_rows(app)
    assert row.sensitive and row.alias == "local"

    follow_up = se.app_mention_event("and how do I rotate it?", thread_ts=root)
    await app.post(*se.event_request(follow_up))  # memory now in Redis, marked sensitive
    await settle(app, fake_slack, "chat.stopStream", 2)
    assert fake_openai.requests() == []
    assert len(fake_ollama.requests("/api/chat")) == 2


async def test_attached_text_file_is_part_of_the_question(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    env_file = "DB_HOST=db.internal\nDB_PASSWORD=Zq8!vR2#pLw9xT4m\n"
    file = fake_slack.add_file("F0ENV", ".env", "text/plain", env_file.encode())
    event = se.app_mention_event("why can't the app reach the db?", files=[file])
    await app.post(*se.event_request(event, retry_num=None))
    await settle(app, fake_slack, "chat.stopStream")
    sent = fake_ollama.requests("/api/chat")[0].json["messages"][-1]["content"]
    assert "DB_HOST=db.internal" in sent
    assert fake_openai.requests() == []
    [row] = await usage_rows(app)
    assert row.sensitive


async def test_health_readiness_and_metrics(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    assert (await app.get("/healthz"))[0] == 200
    status, body = await app.get("/readyz")
    assert status == 200
    assert json.loads(body) == {
        "ready": True,
        "redis": True,
        "database": True,
        "models": {"local": True, "strong": True},
        "slack": "ok",
    }
    fake_ollama.refuse()
    status, body = await app.get("/readyz")
    assert json.loads(body)["models"]["local"] is False
    assert status == 200
    status, text = await app.get("/metrics")
    assert status == 200 and "tandem_questions_total" in text


async def test_bot_token_refused_while_running_reads_not_ready_until_accepted_again(
    app: RunningApp, fake_slack: FakeSlack, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: Slack revoking the token left /readyz at 200 while every answer failed.
    Now the first refusal turns it 503 with Slack's reason; once Slack takes the token
    again (the recheck's auth.test), it is ready again without a restart."""
    fake_slack.fail("*", "token_revoked")
    await app.post(*se.event_request(se.app_mention_event("what does git rebase do?")))
    await app.tandem.drain(10)
    assert fake_slack.calls()  # the answer tried Slack and was refused
    status, body = await app.get("/readyz")
    assert (status, json.loads(body)["slack"]) == (503, "token refused: token_revoked")
    assert json.loads(body)["ready"] is False and json.loads(body)["redis"] is True
    fake_slack.clear_faults()
    status, body = await app.get("/readyz")
    assert (status, json.loads(body)["slack"]) == (200, "ok")
    assert fake_slack.calls("auth.test")  # the recheck asked Slack, not a timer
    logged = capsys.readouterr()
    assert "slack_token_refused" in logged.out + logged.err
    assert app.services.settings.slack_bot_token is not None
    token = app.services.settings.slack_bot_token.get_secret_value()
    assert token not in logged.out + logged.err


@pytest.mark.parametrize("streaming", [True, False])
async def test_long_answer_is_split_across_messages(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama, streaming: bool
) -> None:
    fake_slack.streaming_enabled = streaming
    paragraph = "A long runbook paragraph about draining nodes safely. " * 4 + "\n\n"
    fake_ollama.reply = [paragraph] * 120  # about 26,000 characters in 120 chunks
    event = se.app_mention_event("write me a long runbook")
    await app.post(*se.event_request(event))
    async with asyncio.timeout(20):
        await fake_slack.await_calls("reactions.remove")  # removed when the answer is done
    replies = [
        m for m in fake_slack.messages(event["channel"], event["ts"]) if m.get("ts") != event["ts"]
    ]
    assert len(replies) >= 3
    assert all(len(str(m["text"])) <= 12_000 for m in replies)
    joined = "".join(str(m["text"]) for m in replies)
    assert joined.count("draining nodes safely") == 120 * 4


async def test_a_person_asking_too_fast_is_told_in_the_thread_when_to_try_again(
    app_with: AppFactory, fake_slack: FakeSlack, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    limit = "questions_per_user_per_minute = "
    policy = policy_file(tmp_path, **{limit + "30": limit + "1"})
    async with app_with(policy_path=policy) as app:
        first, second = (se.app_mention_event(f"what is a rebase? {n}") for n in range(2))
        await app.post(*se.event_request(first))
        await settle(app, fake_slack, "chat.stopStream")
        await app.post(*se.event_request(second))
        await settle(app, fake_slack, "chat.postMessage")
    [reply] = [
        c for c in fake_slack.calls("chat.postMessage") if c.params.get("thread_ts") == second["ts"]
    ]
    assert reply.params["text"].startswith(":hourglass_flowing_sand: You have asked about 2")
    assert "the limit is 1 a minute. Try again in" in reply.params["text"]
    assert len(fake_ollama.requests("/api/chat")) == 1
