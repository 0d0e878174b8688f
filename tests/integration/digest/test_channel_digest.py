"""Channel digests: threads since the last digest, summarised through the policy, linked.

Summaries are real `Assistant.answer` calls to the model fakes; each fake
answers "Summary of <topic>" for the `topic-*` word in the thread it was sent,
so a test can tell which model summarised which thread.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import Any

import pytest

from bot.digest.context import DigestContext
from bot.digest.jobs import run_scheduled
from bot.digest.schedule import Schedule
from bot.digest.subscriptions import Subscription
from bot.slack.asked import asked_post
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import FakeSlack
from tests.integration.digest.conftest import FIRE, FixedScorer

pytestmark = pytest.mark.parametrize("database_url", ["postgres"], indirect=True)

TOPIC = re.compile(r"topic-[a-z]+")
LINK = "https://tandemtest.slack.com/archives/{channel}/p{ts}"


def summary_reply(messages: list[dict[str, Any]]) -> str:
    found = TOPIC.search(str(messages[-1]["content"]))
    return f"Summary of {found.group(0) if found else 'nothing'}."


@pytest.fixture(autouse=True)
def _topic_replies(fake_ollama: FakeOllama, fake_openai: FakeOpenAI) -> None:
    fake_ollama.reply = summary_reply
    fake_openai.reply = summary_reply


def ts(moment: datetime) -> str:
    return f"{moment.timestamp():.6f}"


async def subscribe(ctx: DigestContext, channel: str) -> Subscription:
    return await ctx.subscriptions.add(
        workspace="T0001",
        kind="channel",
        channel=channel,
        schedule=Schedule("daily", time(9, 0), "UTC"),
        created_by="U0ALICE",
        now=FIRE - timedelta(days=5),
    )


def chats(fake: FakeOllama | FakeOpenAI, path: str) -> list[str]:
    return [str(r.json["messages"][-1]["content"]) for r in fake.requests(path)]


async def test_threads_are_summarised_and_linked(
    ctx: DigestContext,
    fake_slack: FakeSlack,
    fake_ollama: FakeOllama,
    fake_openai: FakeOpenAI,
    scorer: FixedScorer,
) -> None:
    scorer.value = 0.1  # public and easy: the local model summarises
    fake_slack.add_channel("C0ENG", "eng")
    deploy = fake_slack.add_message(
        "C0ENG", "The deploy is stuck, topic-deploy", ts=ts(FIRE - timedelta(hours=5))
    )
    fake_slack.add_message(
        "C0ENG", "Rolled back, fixed", thread_ts=deploy, ts=ts(FIRE - timedelta(hours=4))
    )
    fake_slack.add_message(
        "C0ENG", "Thanks <@U0BOB>", thread_ts=deploy, ts=ts(FIRE - timedelta(hours=3))
    )
    lunch = fake_slack.add_message(
        "C0ENG", "Lunch order? topic-lunch", ts=ts(FIRE - timedelta(hours=2))
    )
    old = fake_slack.add_message("C0ENG", "Old RFC topic-rfc", ts=ts(FIRE - timedelta(days=3)))
    fake_slack.add_message(
        "C0ENG", "New comment on the RFC", thread_ts=old, ts=ts(FIRE - timedelta(hours=1))
    )
    fake_slack.add_message("C0ENG", "Stale topic-stale", ts=ts(FIRE - timedelta(days=2)))
    sub = await subscribe(ctx, "C0ENG")

    assert await run_scheduled(ctx, sub.id) == "posted"

    digest = fake_slack.messages("C0ENG")[-1]
    text = str(digest["blocks"])
    for thread in (deploy, lunch, old):
        assert LINK.format(channel="C0ENG", ts=thread.replace(".", "")) in text
    for topic in ("topic-deploy", "topic-lunch", "topic-rfc"):
        assert f"Summary of {topic}" in text
    assert "topic-stale" not in text
    assert "2 replies" in text
    assert len(fake_ollama.requests("/api/chat")) == 3
    assert fake_openai.requests("/v1/chat/completions") == []
    prompt = next(p for p in chats(fake_ollama, "/api/chat") if "topic-deploy" in p)
    assert "Rolled back, fixed" in prompt  # replies are part of what is summarised


async def test_quiet_channel_gets_no_post(ctx: DigestContext, fake_slack: FakeSlack) -> None:
    fake_slack.add_channel("C0QUIET", "quiet")
    fake_slack.add_message("C0QUIET", "Last week's news", ts=ts(FIRE - timedelta(days=4)))
    sub = await subscribe(ctx, "C0QUIET")

    assert await run_scheduled(ctx, sub.id) == "empty"

    assert fake_slack.calls("chat.postMessage") == []
    stored = await ctx.subscriptions.get(sub.id)
    assert stored is not None and stored.last_fired_at == FIRE  # the window moves on


async def test_the_digest_does_not_summarise_itself(
    ctx: DigestContext, fake_slack: FakeSlack
) -> None:
    fake_slack.add_channel("C0ENG", "eng")
    fake_slack.add_message(
        "C0ENG", "Digest of #eng", user="U0BOT", ts=ts(FIRE - timedelta(hours=3))
    )
    fake_slack.add_message("C0ENG", "", user="U0NEW", ts=ts(FIRE - timedelta(hours=2)))
    fake_slack.store.messages["C0ENG"][ts(FIRE - timedelta(hours=2))].subtype = "channel_join"
    sub = await subscribe(ctx, "C0ENG")
    assert await run_scheduled(ctx, sub.id) == "empty"


async def test_a_tandem_ask_thread_is_summarised_as_the_askers_question(
    ctx: DigestContext, fake_slack: FakeSlack, fake_ollama: FakeOllama, scorer: FixedScorer
) -> None:
    scorer.value = 0.1  # the local model summarises
    fake_slack.add_channel("C0ENG", "eng")
    asked = ts(FIRE - timedelta(hours=3))
    post = asked_post("U0ALICE", "why is topic-ingress slow?")
    fake_slack.add_message("C0ENG", post, user="U0BOT", ts=asked)
    reply = ts(FIRE - timedelta(hours=2))
    fake_slack.add_message("C0ENG", "Check keep-alive.", user="U0BOT", thread_ts=asked, ts=reply)
    sub = await subscribe(ctx, "C0ENG")

    assert await run_scheduled(ctx, sub.id) == "posted"

    [sent] = chats(fake_ollama, "/api/chat")
    assert "why is topic-ingress slow?" in sent and "U0ALICE" in sent
    assert "Tandem: Check keep-alive." in sent
    assert "Summary of topic-ingress" in str(fake_slack.messages("C0ENG")[-1]["blocks"])


async def test_private_channel_uses_only_local_models(
    ctx: DigestContext, fake_slack: FakeSlack, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    fake_slack.add_channel("G0SEC", "security", is_private=True)
    for n, topic in enumerate(("topic-audit", "topic-hiring")):
        fake_slack.add_message(
            "G0SEC", f"Hard question about {topic}", ts=ts(FIRE - timedelta(hours=n + 1))
        )
    sub = await subscribe(ctx, "G0SEC")

    assert await run_scheduled(ctx, sub.id) == "posted"

    assert fake_openai.requests("/v1/chat/completions") == []
    assert len(fake_ollama.requests("/api/chat")) == 2
    text = str(fake_slack.messages("G0SEC")[-1]["blocks"])
    assert "Summary of topic-audit" in text and "Summary of topic-hiring" in text


async def test_sensitive_thread_stays_local_in_a_public_channel(
    ctx: DigestContext, fake_slack: FakeSlack, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    fake_slack.add_channel("C0OPS", "ops")
    secret = "AKIA2E0A8F3B244C9986"
    leak = fake_slack.add_message(
        "C0OPS", "Prod creds topic-creds", ts=ts(FIRE - timedelta(hours=3))
    )
    fake_slack.add_message(
        "C0OPS", f"use {secret}", thread_ts=leak, ts=ts(FIRE - timedelta(hours=2))
    )
    fake_slack.add_message(
        "C0OPS", "Why is p99 up? topic-latency", ts=ts(FIRE - timedelta(hours=1))
    )
    sub = await subscribe(ctx, "C0OPS")

    assert await run_scheduled(ctx, sub.id) == "posted"

    external = chats(fake_openai, "/v1/chat/completions")
    local = chats(fake_ollama, "/api/chat")
    assert len(external) == 1 and "topic-latency" in external[0]
    assert len(local) == 1 and secret in local[0]
    assert not any(secret in prompt for prompt in external)
