"""Putting a finished digest into a Slack channel: one message, and the usage chart.

The chart is uploaded after the message with `files_upload_v2` (Slack's
external upload flow; the old `files.upload` is retired). A chart that fails
to upload is logged and does not fail the digest: the numbers already went
out, and retrying the whole digest would post them twice.
"""

from __future__ import annotations

import asyncio
import zoneinfo
from collections.abc import Mapping
from datetime import timedelta

import structlog
from slack_sdk.errors import SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.digest import channel_report, usage_report
from bot.digest.channel_report import ChannelReport
from bot.digest.charts import usage_chart
from bot.digest.usage_stats import UsageDigest

log = structlog.get_logger(__name__)


async def post_usage(
    client: AsyncWebClient,
    channel: str,
    digest: UsageDigest,
    labels: Mapping[str, str] | None = None,
) -> str:
    """Post the usage digest (Block Kit) and, when there was usage, its chart; return the ts."""
    response = await client.chat_postMessage(
        channel=channel,
        text=usage_report.fallback_text(digest),
        blocks=usage_report.render_blocks(digest, labels),
        unfurl_links=False,
    )
    if digest.questions:
        await _upload_chart(client, channel, digest)
    return str(response.get("ts") or "")


async def _upload_chart(client: AsyncWebClient, channel: str, digest: UsageDigest) -> None:
    zone = zoneinfo.ZoneInfo(digest.tz)
    zone_since = digest.since.astimezone(zone)
    zone_until = (digest.until - timedelta(microseconds=1)).astimezone(zone)
    png = await asyncio.to_thread(usage_chart, digest.days, zone_since.date(), zone_until.date())
    try:
        await client.files_upload_v2(
            channel=channel,
            content=png,
            filename=f"tandem-usage-{zone_until:%Y-%m-%d}.png",
            title="Tandem: questions and cost per day, by model",
            alt_txt="Stacked bar charts of questions and cost per day for each model",
        )
    except SlackClientError as exc:
        log.warning("digest_chart_upload_failed", channel=channel, error=type(exc).__name__)


async def post_channel(client: AsyncWebClient, channel: str, report: ChannelReport) -> str:
    """Post the channel digest; callers skip this when the report is empty."""
    response = await client.chat_postMessage(
        channel=channel,
        text=channel_report.fallback_text(report),
        blocks=channel_report.render_blocks(report),
        unfurl_links=False,
        unfurl_media=False,
    )
    return str(response.get("ts") or "")
