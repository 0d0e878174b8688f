"""Usage reports from `usage_events`: questions, tokens, cost and latency, grouped.

Questions are counted as distinct request ids (a fallback or cascade makes
several rows for one question); tokens and cost are summed over every row,
because every call was paid for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.models.pricing import plain_usd
from bot.usage.records import Status
from bot.usage.tables import UsageEvent

GroupBy = Literal["model", "user", "channel", "surface", "status"]
_SPAN = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_MINUTES = {"m": 1, "h": 60, "d": 24 * 60, "w": 7 * 24 * 60}
MAX_SPAN_DAYS = 100 * 366  # past any usage row; far longer spans overflow `datetime`


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """'7d', '24h', '30m', '2w' -> the UTC instant that long ago."""
    match = _SPAN.match(text)
    if not match:
        raise ValueError(f"expected a span like 7d, 24h, 30m or 2w, got {text!r}")
    minutes = int(match.group(1)) * _MINUTES[match.group(2)]
    if minutes > MAX_SPAN_DAYS * _MINUTES["d"]:
        raise ValueError(f"{text.strip()} is too far back: at most {MAX_SPAN_DAYS}d (100 years)")
    return (now or datetime.now(UTC)) - timedelta(minutes=minutes)


@dataclass(frozen=True, slots=True)
class UsageLine:
    key: str
    questions: int
    calls: int
    prompt_tokens: int
    completion_tokens: int
    cost_usd: Decimal
    avg_latency_ms: float | None
    errors: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "questions": self.questions,
            "calls": self.calls,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cost_usd": plain_usd(self.cost_usd),
            "avg_latency_ms": round(self.avg_latency_ms, 1) if self.avg_latency_ms else None,
            "errors": self.errors,
        }


_COLUMNS = {
    "model": UsageEvent.alias,
    "user": UsageEvent.user_id,
    "channel": UsageEvent.channel,
    "surface": UsageEvent.surface,
    "status": UsageEvent.status,
}


async def usage_by(
    engine: AsyncEngine,
    since: datetime,
    by: GroupBy = "model",
    *,
    workspace: str | None = None,
    user: str | None = None,
    channel: str | None = None,
) -> list[UsageLine]:
    """One line per group, most expensive first."""
    key = func.coalesce(_COLUMNS[by], "-")
    query = (
        select(
            key.label("key"),
            func.count(func.distinct(UsageEvent.request_id)),
            func.count(),
            func.coalesce(func.sum(UsageEvent.prompt_tokens), 0),
            func.coalesce(func.sum(UsageEvent.completion_tokens), 0),
            func.coalesce(func.sum(UsageEvent.cost_usd), 0),
            func.avg(UsageEvent.latency_ms),
            func.sum(case((UsageEvent.status != "ok", 1), else_=0)),
        )
        .where(UsageEvent.created_at >= since)
        .group_by(key)
    )
    if by != "status":  # input a person had to fix is no question asked; shown by status
        query = query.where(UsageEvent.status != Status.REJECTED.value)
    for column, value in (
        (UsageEvent.workspace, workspace),
        (UsageEvent.user_id, user),
        (UsageEvent.channel, channel),
    ):
        if value is not None:
            query = query.where(column == value)
    async with engine.connect() as connection:
        rows = (await connection.execute(query)).all()
    lines = [
        UsageLine(
            str(r[0]),
            int(r[1]),
            int(r[2]),
            int(r[3]),
            int(r[4]),
            Decimal(str(r[5])),
            r[6],
            int(r[7] or 0),
        )
        for r in rows
    ]
    return sorted(lines, key=lambda line: (line.cost_usd, line.questions), reverse=True)


def render_table(lines: list[UsageLine], by: str) -> str:
    """Plain text for the terminal."""
    header = (
        f"{by:<24} {'questions':>9} {'calls':>6} {'tokens in':>10} {'tokens out':>10} "
        f"{'cost USD':>12} {'avg ms':>8} {'errors':>6}"
    )
    out = [header, "-" * len(header)]
    for line in lines:
        avg = f"{line.avg_latency_ms:.0f}" if line.avg_latency_ms is not None else "-"
        out.append(
            f"{line.key[:24]:<24} {line.questions:>9} {line.calls:>6} {line.prompt_tokens:>10} "
            f"{line.completion_tokens:>10} {line.cost_usd:>12.6f} {avg:>8} {line.errors:>6}"
        )
    if not lines:
        out.append("(no usage in this period)")
    return "\n".join(out)
