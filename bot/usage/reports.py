"""Usage reports from `usage_events`: questions, tokens, cost and latency, grouped.

Questions are counted as the usage digest counts them (`bot.usage.questions`):
a request id someone asked, in the group of its last row (a fallback or cascade
makes several rows for one question), and by model only as the answer of the
model that gave it. A channel digest's thread summaries are no questions, but
their calls, tokens and cost are in every group, and the report's totals say
how many there were and what they cost. Tokens and cost are summed over every
row, because every call was paid for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.models.pricing import plain_usd
from bot.usage.questions import answered_sql, asked_sql, counted_sql, summary_sql
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


@dataclass(frozen=True, slots=True)
class UsageReport:
    """Lines grouped `by`, plus what no line can say: the questions asked (a question
    is in one line at most; by model, only if answered) and the channel digests'
    thread summaries (in the lines' calls, tokens and cost; never questions)."""

    by: str
    lines: list[UsageLine]
    questions: int
    summaries: int
    summaries_cost_usd: Decimal

    @property
    def cost_usd(self) -> Decimal:
        return sum((line.cost_usd for line in self.lines), Decimal(0))

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "questions": self.questions,
            "cost_usd": plain_usd(self.cost_usd),
            "digest_summaries": {
                "summaries": self.summaries,
                "cost_usd": plain_usd(self.summaries_cost_usd),
            },
            "rows": [line.to_dict() for line in self.lines],
        }


def _scope(
    since: datetime, by: str, workspace: str | None, user: str | None, channel: str | None
) -> list[ColumnElement[bool]]:
    conditions = [UsageEvent.created_at >= since]
    if by != "status":  # input a person had to fix is no question asked; shown by status
        conditions.append(counted_sql())
    for column, value in (
        (UsageEvent.workspace, workspace),
        (UsageEvent.user_id, user),
        (UsageEvent.channel, channel),
    ):
        if value is not None:
            conditions.append(column == value)
    return conditions


async def _lines(
    connection: AsyncConnection, by: GroupBy, scope: list[ColumnElement[bool]]
) -> list[UsageLine]:
    key = func.coalesce(_COLUMNS[by], "-")
    last = (
        select(UsageEvent.request_id, func.max(UsageEvent.step).label("step"))
        .where(*scope)
        .group_by(UsageEvent.request_id)
        .subquery("last_steps")
    )
    credited = and_(UsageEvent.step == last.c.step, asked_sql())
    if by == "model":
        credited = and_(credited, answered_sql())
    query = (
        select(
            key.label("key"),
            func.count(func.distinct(case((credited, UsageEvent.request_id)))),
            func.count(),
            func.coalesce(func.sum(UsageEvent.prompt_tokens), 0),
            func.coalesce(func.sum(UsageEvent.completion_tokens), 0),
            func.coalesce(func.sum(UsageEvent.cost_usd), 0),
            func.avg(UsageEvent.latency_ms),
            func.sum(case((UsageEvent.status != "ok", 1), else_=0)),
        )
        .join_from(UsageEvent, last, UsageEvent.request_id == last.c.request_id)
        .where(*scope)
        .group_by(key)
    )
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


async def usage_report(
    engine: AsyncEngine,
    since: datetime,
    by: GroupBy = "model",
    *,
    workspace: str | None = None,
    user: str | None = None,
    channel: str | None = None,
) -> UsageReport:
    """One line per group, most expensive first, and the totals."""
    totals = select(
        func.count(func.distinct(case((asked_sql(), UsageEvent.request_id)))),
        func.count(func.distinct(case((summary_sql(), UsageEvent.request_id)))),
        func.coalesce(func.sum(case((summary_sql(), UsageEvent.cost_usd), else_=0)), 0),
    ).where(*_scope(since, "model", workspace, user, channel))  # never `rejected` input
    async with engine.connect() as connection:
        lines = await _lines(connection, by, _scope(since, by, workspace, user, channel))
        questions, summaries, summaries_cost = (await connection.execute(totals)).one()
    return UsageReport(
        by, lines, int(questions or 0), int(summaries or 0), Decimal(str(summaries_cost))
    )


def render_table(report: UsageReport) -> str:
    """Plain text for the terminal."""
    lines, by = report.lines, report.by
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
    out.append("-" * len(header))
    out.append(f"questions asked: {report.questions}, cost USD {report.cost_usd:.6f}")
    if report.summaries:
        out.append(
            f"channel digests: {report.summaries} thread summaries, cost USD "
            f"{report.summaries_cost_usd:.6f} (in the rows above, not questions)"
        )
    return "\n".join(out)
