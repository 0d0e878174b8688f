"""`/tandem digest ...` through its Slack-free core: subscribe, list, unsubscribe, now."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.digest.commands import ADMINS_ONLY, digest_command
from bot.digest.context import DigestContext
from tests.fakes.slack import FakeSlack
from tests.integration.digest.conftest import FIRE

pytestmark = pytest.mark.parametrize("database_url", ["postgres"], indirect=True)


async def run(
    ctx: DigestContext,
    args: str,
    *,
    channel: str = "C0ENG",
    user: str = "U0ALICE",
    admin: bool = False,
    workspace: str = "T0001",
) -> str:
    return await digest_command(
        ctx, workspace=workspace, channel=channel, user=user, is_admin=admin, args=args
    )


def sub_id(reply: str) -> int:
    return int(reply.split("#", 1)[1].split()[0])


async def test_channel_digest_lifecycle_for_anyone_in_the_channel(ctx: DigestContext) -> None:
    reply = await run(ctx, "subscribe channel")
    assert reply.startswith("Subscribed: #")
    assert "channel digest in <#C0ENG>, daily at 09:00 UTC" in reply
    assert "Next: Thu 26 Nov 09:00 UTC" in reply  # the clock reads Wed 25 Nov 09:00:05
    number = sub_id(reply)
    assert f"unsubscribe {number}" in reply

    assert (await run(ctx, "subscribe channel daily 09:00 UTC")).startswith("Already subscribed")
    listed = await run(ctx, "list")
    assert f"#{number} channel digest" in listed and "by <@U0ALICE>" in listed
    assert "No digests in this channel" in await run(ctx, "list", channel="C0OTHER")

    refused = await run(ctx, f"unsubscribe {number}", channel="C0OTHER", user="U0BOB")
    assert "posts to <#C0ENG>" in refused
    assert (await run(ctx, f"unsubscribe #{number}", user="U0BOB")).startswith("Unsubscribed")
    assert "No digests" in await run(ctx, "list")
    stored = await ctx.subscriptions.get(number)
    assert stored is not None and not stored.enabled


async def test_usage_digests_are_for_admins(ctx: DigestContext) -> None:
    assert await run(ctx, "subscribe usage daily") == ADMINS_ONLY
    reply = await run(ctx, "subscribe usage weekly mon 09:00 Europe/Paris", admin=True)
    assert "usage digest in <#C0ENG>, weekly on Monday at 09:00 Europe/Paris" in reply
    assert "Next: Mon 30 Nov 09:00 CET" in reply
    number = sub_id(reply)
    channel_reply = await run(ctx, "subscribe channel", channel="C0RANDOM")

    assert await run(ctx, f"unsubscribe {number}") == ADMINS_ONLY
    assert await run(ctx, f"now {number}") == ADMINS_ONLY
    everything = await run(ctx, "list", channel="C0ELSEWHERE", admin=True)
    assert f"#{number} usage digest" in everything
    assert f"#{sub_id(channel_reply)} channel digest" in everything
    assert (await run(ctx, f"unsubscribe {number}", admin=True)).startswith("Unsubscribed")


async def test_other_workspaces_subscriptions_are_invisible(ctx: DigestContext) -> None:
    number = sub_id(await run(ctx, "subscribe channel", workspace="T0OTHER"))
    reply = await run(ctx, f"unsubscribe {number}", admin=True)
    assert reply.startswith(f"There is no digest #{number} here")
    assert "No digests in this workspace" in await run(ctx, "list", admin=True)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ("", "Usage: `/tandem digest subscribe"),
        ("frobnicate", "Unknown digest command `frobnicate`"),
        ("subscribe", "Say which digest: usage or channel"),
        ("subscribe channel 9am", "don't understand '9am'"),
        ("subscribe channel daily fri", "A daily digest has no weekday"),
        ("subscribe channel 09:00 Moon/Base", "Unknown time zone 'Moon/Base'"),
        ("unsubscribe", "Usage: `/tandem digest unsubscribe ID`"),
        ("unsubscribe three", "Usage: `/tandem digest unsubscribe ID`"),
        ("now 1 2", "Usage: `/tandem digest now [ID]`"),
        ("list everything", "Usage: `/tandem digest list`"),
        ("unsubscribe 999", "There is no digest #999 here"),
    ],
)
async def test_bad_arguments_get_a_usage_line(ctx: DigestContext, args: str, expected: str) -> None:
    reply = await run(ctx, args)
    assert expected in reply
    if "Usage" in expected or "digest" in expected.lower():
        assert "e.g." in reply or "Example" in reply or "digest list" in reply


def ts(hours_ago: float) -> str:
    return f"{(FIRE - timedelta(hours=hours_ago)).timestamp():.6f}"


async def test_now_posts_this_channels_last_day(ctx: DigestContext, fake_slack: FakeSlack) -> None:
    fake_slack.add_channel("C0ENG", "eng")
    fake_slack.add_message("C0ENG", "Is CI red? topic-ci", ts=ts(2))
    assert await run(ctx, "now") == "Posted the digest to <#C0ENG>."
    assert len(fake_slack.messages("C0ENG")) == 2
    fake_slack.add_channel("C0QUIET", "quiet")
    reply = await run(ctx, "now", channel="C0QUIET")
    assert reply.startswith("Nothing to post: no conversations in <#C0QUIET>")


async def test_now_with_an_id_leaves_the_schedule_alone(
    ctx: DigestContext, fake_slack: FakeSlack
) -> None:
    number = sub_id(await run(ctx, "subscribe usage", admin=True, channel="C0ADMIN"))
    assert await run(ctx, f"now {number}", admin=True) == "Posted the digest to <#C0ADMIN>."
    assert fake_slack.messages("C0ADMIN")[0]["blocks"][0]["type"] == "header"
    stored = await ctx.subscriptions.get(number)
    assert stored is not None and stored.last_fired_at is None


async def test_now_reports_slack_errors(ctx: DigestContext, fake_slack: FakeSlack) -> None:
    number = sub_id(await run(ctx, "subscribe usage", admin=True))
    fake_slack.fail("chat.postMessage", "not_in_channel")
    reply = await run(ctx, f"now {number}", admin=True)
    assert reply == "Could not post the digest: Slack said `not_in_channel`."
