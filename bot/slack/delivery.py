"""Exactly once per Slack event: the claim the dedupe middleware started, as listeners see it."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from slack_bolt.context.async_context import AsyncBoltContext

CLAIM = "tandem_event_claim"
_running: set[asyncio.Task[bool]] = set()  # a task nobody references may be collected


def start_claim(context: AsyncBoltContext, claim: Coroutine[Any, Any, bool]) -> None:
    """Run the claim in the background; listeners read it with `first_delivery`."""
    task = asyncio.ensure_future(claim)
    _running.add(task)
    task.add_done_callback(_running.discard)
    context[CLAIM] = task


async def first_delivery(context: AsyncBoltContext) -> bool:
    """False when another delivery of this event (a retry, another replica) has it."""
    claim: asyncio.Future[bool] | None = context.get(CLAIM)
    return True if claim is None else await claim
