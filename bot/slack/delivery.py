"""Exactly once per Slack event: the claim of its event id, made once, where it costs least.

The dedupe middleware puts an `EventClaim` in the context; nothing is sent yet.
A listener that answers hands the claim to the answer (`claim_for_answer`), which
makes it in the round trip that draws the thread's lock ticket; any other listener
claims on its own (`first_delivery`) before it does anything a user sees.
"""

from __future__ import annotations

from slack_bolt.context.async_context import AsyncBoltContext

from bot.service import Tandem
from bot.state.dedupe import Delivery

CLAIM = "tandem_event_claim"


class EventClaim:
    """One event's claim: made on its own, or handed to the answer; never both."""

    def __init__(self, tandem: Tandem, workspace: str, event_id: str) -> None:
        self.delivery = Delivery(workspace, event_id)
        self._tandem = tandem
        self._first: bool | None = None
        self._handed = False

    async def first(self) -> bool:
        """Claim now; False when another delivery (a retry, another replica) has it."""
        if self._handed:
            raise RuntimeError("this event's claim was handed to its answer")
        if self._first is None:
            self._first = await self._tandem.claim_event(self.delivery.workspace, self.delivery.id)
        return self._first

    def hand_over(self) -> Delivery | None:
        """The delivery for the answer to claim; None if it was claimed here already."""
        if self._first is not None:
            return None
        self._handed = True
        return self.delivery


def start_claim(context: AsyncBoltContext, tandem: Tandem, workspace: str, event_id: str) -> None:
    context[CLAIM] = EventClaim(tandem, workspace, event_id)


async def first_delivery(context: AsyncBoltContext) -> bool:
    """False when another delivery of this event (a retry, another replica) has it."""
    claim: EventClaim | None = context.get(CLAIM)
    return True if claim is None else await claim.first()


def claim_for_answer(context: AsyncBoltContext) -> Delivery | None:
    """This event's delivery, for the answer to claim with its first round trip."""
    claim: EventClaim | None = context.get(CLAIM)
    return None if claim is None else claim.hand_over()
