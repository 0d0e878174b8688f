"""Digest subscriptions in SQL: who asked for which digest, where and when.

SQL rather than Redis because subscriptions are configuration that must
outlive Redis flushes, and because every replica reads the same rows: the
scheduler syncs its jobs from here, so a change made through one process
reaches the others without a restart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.digest.schedule import Cadence, Schedule, parse_time
from bot.usage import db
from bot.usage.tables import DigestSubscription

Kind = Literal["usage", "channel"]
KINDS: tuple[Kind, ...] = ("usage", "channel")


def utc(moment: datetime) -> datetime:
    """UTC-aware; SQLite hands back naive datetimes for what was written as UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Subscription:
    """One row, detached from the session, with its schedule parsed."""

    id: int
    workspace: str
    kind: Kind
    channel: str
    schedule: Schedule
    created_by: str
    created_at: datetime
    enabled: bool
    last_fired_at: datetime | None

    @property
    def job_id(self) -> str:
        """The scheduler's stable id for this subscription's job."""
        return f"digest:{self.id}"

    def describe(self) -> str:
        """`#3 channel digest in <#C1>, daily at 09:00 UTC`."""
        return f"#{self.id} {self.kind} digest in <#{self.channel}>, {self.schedule.describe()}"


def _from_row(row: DigestSubscription) -> Subscription:
    kind: Kind = "usage" if row.kind == "usage" else "channel"
    cadence: Cadence = "weekly" if row.cadence == "weekly" else "daily"
    return Subscription(
        id=row.id,
        workspace=row.workspace,
        kind=kind,
        channel=row.channel,
        schedule=Schedule(cadence, parse_time(row.time_of_day), row.timezone, row.weekday),
        created_by=row.created_by,
        created_at=utc(row.created_at),
        enabled=row.enabled,
        last_fired_at=utc(row.last_fired_at) if row.last_fired_at else None,
    )


class SubscriptionRepository:
    """add / get / list / disable / mark_fired over `digest_subscriptions`."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._sessions = db.sessionmaker(engine)

    async def add(
        self,
        *,
        workspace: str,
        kind: Kind,
        channel: str,
        schedule: Schedule,
        created_by: str,
        now: datetime,
    ) -> Subscription:
        """A new, enabled subscription; `now` comes from the caller's clock, not the database."""
        row = DigestSubscription(
            workspace=workspace,
            kind=kind,
            channel=channel,
            cadence=schedule.cadence,
            weekday=schedule.weekday,
            time_of_day=schedule.hhmm,
            timezone=schedule.tz,
            created_by=created_by,
            created_at=utc(now),
            enabled=True,
            last_fired_at=None,
        )
        async with self._sessions() as session, session.begin():
            session.add(row)
        return _from_row(row)

    async def get(self, subscription_id: int) -> Subscription | None:
        async with self._sessions() as session:
            row = await session.get(DigestSubscription, subscription_id)
            return _from_row(row) if row is not None else None

    async def list(
        self,
        workspace: str | None = None,
        *,
        channel: str | None = None,
        include_disabled: bool = False,
    ) -> Sequence[Subscription]:
        """Oldest first; every workspace when `workspace` is None (the scheduler's view)."""
        query = select(DigestSubscription).order_by(DigestSubscription.id)
        if workspace is not None:
            query = query.where(DigestSubscription.workspace == workspace)
        if channel is not None:
            query = query.where(DigestSubscription.channel == channel)
        if not include_disabled:
            query = query.where(DigestSubscription.enabled.is_(True))
        async with self._sessions() as session:
            rows = (await session.execute(query)).scalars().all()
        return [_from_row(row) for row in rows]

    async def disable(self, subscription_id: int) -> bool:
        """Unsubscribe; False when there was no enabled subscription with that id."""
        query = (
            update(DigestSubscription)
            .where(DigestSubscription.id == subscription_id, DigestSubscription.enabled.is_(True))
            .values(enabled=False)
        )
        async with self._sessions() as session, session.begin():
            result = await session.execute(query)
        return bool(getattr(result, "rowcount", 0))

    async def mark_fired(self, subscription_id: int, fire_at: datetime) -> bool:
        """Record that the fire at `fire_at` was handled; never moves the mark backwards."""
        fire_at = utc(fire_at)
        query = (
            update(DigestSubscription)
            .where(
                DigestSubscription.id == subscription_id,
                or_(
                    DigestSubscription.last_fired_at.is_(None),
                    DigestSubscription.last_fired_at < fire_at,
                ),
            )
            .values(last_fired_at=fire_at)
        )
        async with self._sessions() as session, session.begin():
            result = await session.execute(query)
        return bool(getattr(result, "rowcount", 0))
