"""A due usage digest posts Block Kit to the channel and uploads its chart (files_upload_v2)."""

from __future__ import annotations

from datetime import time, timedelta
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.digest.charts import PNG_SIGNATURE
from bot.digest.context import DigestContext
from bot.digest.jobs import run_scheduled
from bot.digest.schedule import Schedule
from bot.digest.subscriptions import Subscription
from tests.fakes.slack import FakeSlack
from tests.integration.digest.conftest import FIRE, seed_usage, usage_row


def a_day_of_usage() -> list[dict[str, object]]:
    """Six local answers, one paid and liked strong answer, one row from before, and
    one empty question."""
    rows = [usage_row(n, FIRE - timedelta(hours=2 + n)) for n in range(6)]
    rows.append(
        usage_row(
            99,
            FIRE - timedelta(hours=1),
            alias="strong",
            provider="openai",
            model="gpt-4o",
            cost_usd=Decimal("0.0045"),
            feedback=1,
        )
    )
    rows.append(usage_row(100, FIRE - timedelta(days=2)))  # before the daily window
    typo = usage_row(101, FIRE - timedelta(hours=1), alias=None, status="rejected")
    return [*rows, typo]  # an empty question: logged, not a question asked


async def daily_usage_digest(ctx: DigestContext) -> Subscription:
    """An admin's daily usage digest in C0ADMIN at 09:00 UTC, set up before `FIRE`."""
    return await ctx.subscriptions.add(
        workspace="T0001",
        kind="usage",
        channel="C0ADMIN",
        schedule=Schedule("daily", time(9, 0), "UTC"),
        created_by="U0ADMIN",
        now=FIRE - timedelta(days=3),
    )


async def test_due_fire_posts_blocks_and_chart(
    ctx: DigestContext, engine: AsyncEngine, fake_slack: FakeSlack
) -> None:
    await seed_usage(engine, a_day_of_usage())
    sub = await daily_usage_digest(ctx)

    assert await run_scheduled(ctx, sub.id) == "posted"

    post = fake_slack.calls("chat.postMessage")[-1]
    assert post.params["channel"] == "C0ADMIN"
    message = fake_slack.messages("C0ADMIN")[0]
    blocks = message["blocks"]
    assert blocks[0]["type"] == "header"
    facts = " ".join(f["text"] for b in blocks for f in b.get("fields", []))
    assert "7 from 3 people" in facts
    assert "$0.0045" in facts
    assert "GPT-4o" in facts  # savings are against the strong model
    assert "👍 1" in facts
    budgets = str(blocks)
    assert "workspace, this month: $0.0045 of $50.00" in budgets
    assert "<#C0ENG> this month: $0.0045 of $10.00" in budgets
    upload = fake_slack.calls("files.getUploadURLExternal")
    complete = fake_slack.calls("files.completeUploadExternal")
    assert len(upload) == 1 and len(complete) == 1
    assert complete[0].params["channel_id"] == "C0ADMIN"
    file_id = complete[0].response["files"][0]["id"]
    assert fake_slack.file_content(file_id).startswith(PNG_SIGNATURE)
    stored = await ctx.subscriptions.get(sub.id)
    assert stored is not None and stored.last_fired_at == FIRE
    assert await run_scheduled(ctx, sub.id) == "done"
    assert len(fake_slack.calls("chat.postMessage")) == 1


async def test_chart_failure_does_not_repost(
    ctx: DigestContext, engine: AsyncEngine, fake_slack: FakeSlack
) -> None:
    await seed_usage(engine, [usage_row(1, FIRE - timedelta(hours=1))])
    fake_slack.fail("files.completeUploadExternal", "internal_error")
    sub = await daily_usage_digest(ctx)
    assert await run_scheduled(ctx, sub.id) == "posted"
    posted = [m for m in fake_slack.messages("C0ADMIN") if m["text"].startswith("Tandem usage")]
    assert len(posted) == 1


async def test_digest_waits_out_slacks_rate_limit(
    ctx: DigestContext, engine: AsyncEngine, fake_slack: FakeSlack
) -> None:
    """Before: the digests' Slack client had no 429 handler, so a rate-limited post
    failed the fire (and the digest came a day late)."""
    await seed_usage(engine, a_day_of_usage())
    sub = await daily_usage_digest(ctx)
    fake_slack.rate_limit("chat.postMessage", retry_after=1, count=1)

    assert await run_scheduled(ctx, sub.id) == "posted"

    first, second = fake_slack.calls("chat.postMessage")
    assert (first.status, second.status) == (429, 200)
    posted = [m for m in fake_slack.messages("C0ADMIN") if m["text"].startswith("Tandem usage")]
    assert len(posted) == 1
