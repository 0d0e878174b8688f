"""Exactly once per Slack event: the claim the dedupe middleware started, as listeners see it."""

from __future__ import annotations

import asyncio

from slack_bolt.context.async_context import AsyncBoltContext

CLAIM = "tandem_event_claim"


async def first_delivery(context: AsyncBoltContext) -> bool:
    """False when another delivery of this event (a retry, another replica) has it."""
    claim: asyncio.Future[bool] | None = context.get(CLAIM)
    return True if claim is None else await claim
