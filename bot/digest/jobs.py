"""Digest jobs: plain async functions of a `DigestContext`, with no knowledge of triggers.

`run_scheduled` is what the scheduler calls at a subscription's fire time (and
when it catches up after a restart); `run_subscription_now` is `/tandem digest
now ID`; `run_digest` is the shared body, also behind `tandem digest run`.

Exactly once per fire: the fire time is recomputed from the schedule and the
clock, a Redis claim keyed by (subscription, fire time) lets one replica
through, and `last_fired_at` records the fire as handled. A fire older than
the grace time is claimed as skipped and logged once, never posted late.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

import aiohttp
import structlog
from redis.exceptions import RedisError
from slack_sdk.errors import SlackClientError
from sqlalchemy.exc import SQLAlchemyError

from bot.digest import channel_report, usage_report
from bot.digest.channel_report import build_channel_report
from bot.digest.claims import SKIPPED, FireClaims
from bot.digest.context import DigestContext
from bot.digest.delivery import post_channel, post_usage
from bot.digest.schedule import last_fire
from bot.digest.subscriptions import Kind, Subscription
from bot.digest.usage_stats import UsageDigest, load_usage
from bot.routing.policy import Policy
from bot.slack.clients import NoSlackToken

log = structlog.get_logger(__name__)

RunStatus = Literal["posted", "empty", "printed"]
Outcome = Literal["posted", "empty", "skipped", "taken", "done", "not_due", "gone", "failed"]
DELIVERY_ERRORS = (
    SlackClientError,
    aiohttp.ClientError,
    NoSlackToken,
    SQLAlchemyError,
    RedisError,
    OSError,
    TimeoutError,
)
MAX_CATCH_UP_PERIODS = 4
DIGEST_USER = "tandem-digest"


class DigestUnavailable(RuntimeError):
    """This process cannot produce that kind of digest (e.g. no models for a channel digest)."""


@dataclass(frozen=True, slots=True)
class DigestRun:
    kind: Kind
    channel: str
    status: RunStatus
    text: str


def model_labels(policy: Policy) -> dict[str, str]:
    return {alias: spec.display for alias, spec in policy.models.items()}


async def usage_digest(
    ctx: DigestContext, *, workspace: str | None, since: datetime, until: datetime, tz: str
) -> UsageDigest:
    """Savings are priced at the policy's strong model as it is now, not as it was."""
    budgets = await ctx.budgets(workspace, since, until) if ctx.budgets else ()
    return await load_usage(
        ctx.engine,
        strong=ctx.policy.spec(ctx.policy.strong),
        since=since,
        until=until,
        workspace=workspace,
        tz=tz,
        budgets=budgets,
    )


async def run_digest(
    ctx: DigestContext,
    *,
    kind: Kind,
    workspace: str | None,
    channel: str,
    since: datetime,
    until: datetime,
    tz: str = "UTC",
    user: str = DIGEST_USER,
    post: bool = True,
) -> DigestRun:
    """Build one digest for `(since, until]` and post it to `channel` (or only render it)."""
    if kind == "usage":
        return await _usage_run(ctx, workspace, channel, since, until, tz, post)
    return await _channel_run(ctx, workspace, channel, since, until, user, post)


async def _usage_run(
    ctx: DigestContext,
    workspace: str | None,
    channel: str,
    since: datetime,
    until: datetime,
    tz: str,
    post: bool,
) -> DigestRun:
    digest = await usage_digest(ctx, workspace=workspace, since=since, until=until, tz=tz)
    labels = model_labels(ctx.policy)
    if post:
        await post_usage(await ctx.slack.for_workspace(workspace), channel, digest, labels)
    text = usage_report.render_text(digest, labels)
    return DigestRun("usage", channel, "posted" if post else "printed", text)


async def _channel_run(
    ctx: DigestContext,
    workspace: str | None,
    channel: str,
    since: datetime,
    until: datetime,
    user: str,
    post: bool,
) -> DigestRun:
    if ctx.assistant is None:
        raise DigestUnavailable("channel digests need the models; this process has none")
    client = await ctx.slack.for_workspace(workspace)
    report = await build_channel_report(
        client,
        ctx.assistant,
        workspace=workspace,
        channel=channel,
        since=since,
        until=until,
        user=user,
    )
    text = channel_report.render_text(report)
    if report.empty:
        return DigestRun("channel", channel, "empty", text)
    if post:
        await post_channel(client, channel, report)
    return DigestRun("channel", channel, "posted" if post else "printed", text)


def window(subscription: Subscription, until: datetime) -> tuple[datetime, datetime]:
    """A usage digest covers one period; a channel digest reaches back to the last one.

    The reach-back is capped at a few periods so a digest after a long outage
    does not try to read a month of a busy channel.
    """
    period = subscription.schedule.period
    since = until - period
    last = subscription.last_fired_at
    if subscription.kind == "channel" and last is not None and last < since:
        since = max(last, until - period * MAX_CATCH_UP_PERIODS)
    return since, until


async def _deliver(ctx: DigestContext, sub: Subscription, until: datetime) -> RunStatus:
    since, until = window(sub, until)
    run = await run_digest(
        ctx,
        kind=sub.kind,
        workspace=sub.workspace,
        channel=sub.channel,
        since=since,
        until=until,
        tz=sub.schedule.tz,
        user=sub.created_by,
    )
    return run.status


async def run_subscription_now(ctx: DigestContext, sub: Subscription) -> RunStatus:
    """An extra run for `/tandem digest now ID`: no claim, and the schedule is untouched."""
    status = await _deliver(ctx, sub, ctx.now())
    ctx.metrics.digest_runs.labels(sub.kind, status).inc()
    return status


async def run_scheduled(ctx: DigestContext, subscription_id: int) -> Outcome:
    """The scheduled fire of one subscription: post once across replicas, or skip if too late."""
    sub = await ctx.subscriptions.get(subscription_id)
    if sub is None or not sub.enabled:
        return "gone"
    now = ctx.now()
    fire_at = last_fire(sub.schedule, now)
    if sub.last_fired_at is not None and sub.last_fired_at >= fire_at:
        return "done"
    if fire_at < sub.created_at:
        return "not_due"
    claims, ttl = FireClaims(ctx.redis), sub.schedule.period + ctx.grace
    if now - fire_at > ctx.grace:
        if await claims.take(sub.id, fire_at, ttl, SKIPPED):
            log.warning(
                "digest_fire_skipped",
                subscription=sub.id,
                fire_at=fire_at.isoformat(),
                late_seconds=round((now - fire_at).total_seconds()),
                grace_seconds=ctx.grace.total_seconds(),
            )
            ctx.metrics.digest_runs.labels(sub.kind, "skipped").inc()
        return "skipped"
    if not await claims.take(sub.id, fire_at, ttl):
        return "taken"
    return await _fire(ctx, sub, fire_at, claims)


async def _fire(
    ctx: DigestContext, sub: Subscription, fire_at: datetime, claims: FireClaims
) -> Outcome:
    try:
        status = await _deliver(ctx, sub, fire_at)
    except (*DELIVERY_ERRORS, DigestUnavailable) as exc:
        await _release_quietly(claims, sub.id, fire_at)
        log.error("digest_failed", subscription=sub.id, kind=sub.kind, error=type(exc).__name__)
        ctx.metrics.digest_runs.labels(sub.kind, "failed").inc()
        return "failed"
    await ctx.subscriptions.mark_fired(sub.id, fire_at)
    ctx.metrics.digest_runs.labels(sub.kind, status).inc()
    log.info("digest_fired", subscription=sub.id, kind=sub.kind, fire_at=fire_at.isoformat())
    return "empty" if status == "empty" else "posted"


async def _release_quietly(claims: FireClaims, subscription_id: int, fire_at: datetime) -> None:
    """Nothing was posted, so a later catch-up inside the grace time may try again."""
    try:
        await claims.release(subscription_id, fire_at)
    except (RedisError, OSError) as exc:
        log.warning("digest_claim_release_failed", error=type(exc).__name__)
