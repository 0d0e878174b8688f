"""The team's reactions as training rows: stored numeric features plus 👍/👎 and escalations.

Only rows that carry a reaction are read, and only their numeric features:
the usage table has no text, so neither does anything learned from it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.routing.policy import Policy
from bot.routing.training import FeedbackRow
from bot.usage.tables import UsageEvent


async def feedback_rows(engine: AsyncEngine, policy: Policy, since: datetime) -> list[FeedbackRow]:
    """One row per answered question with a reaction, judged on the model that answered."""
    query = (
        select(
            UsageEvent.request_id,
            UsageEvent.step,
            UsageEvent.alias,
            UsageEvent.features,
            UsageEvent.feedback,
            UsageEvent.escalated,
        )
        .where(UsageEvent.created_at >= since, UsageEvent.status == "ok")
        .where(or_(UsageEvent.feedback.is_not(None), UsageEvent.escalated.is_(True)))
        .order_by(UsageEvent.request_id, UsageEvent.step)
    )
    async with engine.connect() as connection:
        result = (await connection.execute(query)).all()
    final: dict[str, FeedbackRow] = {}
    for request_id, _step, alias, features, feedback, escalated in result:
        spec = policy.models.get(alias or "")
        if spec is None or not features:
            continue
        final[request_id] = FeedbackRow(
            features={k: float(v) for k, v in features.items()},
            alias_privacy=spec.privacy.value,
            feedback=feedback,
            escalated=bool(escalated),
        )
    return list(final.values())
