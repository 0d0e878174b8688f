"""How long usage rows are kept: `TANDEM_USAGE_RETENTION_DAYS`, pruned daily and on demand.

Usage rows hold no message text, but they do say who asked what kind of
question where and when, which many companies may keep only for a stated
time. With a retention set, the scheduler deletes older rows once a day and
`tandem db prune` does it on demand. 0 (the default) keeps everything.

The floor is 35 days: this month's budgets are rebuilt from this month's rows
at start, and `/tandem usage 30d` and the digests read the last 30 days. Rows
go in batches so a first prune of a large PostgreSQL table does not hold one
long lock against the usage writer.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError
from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import RETENTION_FLOOR_DAYS
from bot.usage.tables import UsageEvent

log = structlog.get_logger(__name__)

BATCH_ROWS = 5000
CLAIM_KEY = "tandem:retention:usage:{day}"


def cutoff(now: datetime, days: int) -> datetime:
    """Rows created before this are past retention; refuses a retention under the floor."""
    if days < RETENTION_FLOOR_DAYS:
        raise ValueError(
            f"retention of {days} days is under the floor of {RETENTION_FLOOR_DAYS}: this "
            "month's budgets and the 30-day reports are computed from these rows"
        )
    return now - timedelta(days=days)


async def count_older(engine: AsyncEngine, before: datetime) -> int:
    async with engine.connect() as connection:
        query = select(func.count()).select_from(UsageEvent).where(UsageEvent.created_at < before)
        return int((await connection.execute(query)).scalar_one())


async def prune(engine: AsyncEngine, before: datetime, *, batch: int = BATCH_ROWS) -> int:
    """Delete usage rows created before `before`, `batch` rows a transaction; how many went."""
    oldest = (
        select(UsageEvent.id)
        .where(UsageEvent.created_at < before)
        .order_by(UsageEvent.id)
        .limit(batch)
    )
    total = 0
    while True:
        async with engine.begin() as connection:
            result = await connection.execute(delete(UsageEvent).where(UsageEvent.id.in_(oldest)))
        total += result.rowcount
        if result.rowcount < batch:
            return total


async def prune_daily(engine: AsyncEngine, redis: Redis, days: int, now: datetime) -> int | None:
    """The scheduled prune: once a day across replicas (None: another replica has it).

    Deleting is idempotent, so with Redis away every replica prunes, which is harmless.
    """
    before = cutoff(now, days)
    try:
        key = CLAIM_KEY.format(day=f"{now:%Y-%m-%d}")
        if not await redis.set(key, "1", nx=True, ex=2 * 24 * 3600):
            return None
    except (RedisError, OSError) as exc:
        log.warning("retention_claim_unavailable", error=type(exc).__name__)
    deleted = await prune(engine, before)
    log.info("usage_pruned", rows=deleted, before=before.isoformat(), retention_days=days)
    return deleted


async def prune_now(database_url: str, days: int, *, dry_run: bool, now: datetime) -> str:
    """`tandem db prune`: delete (or with `dry_run` count) the rows past `days`; a summary."""
    from bot.usage import db

    before = cutoff(now, days)
    engine = db.create_engine(database_url)
    try:
        count = await (count_older(engine, before) if dry_run else prune(engine, before))
    finally:
        await engine.dispose()
    rows = f"{count:,} usage row{'' if count == 1 else 's'}"
    created = f"created before {before:%Y-%m-%d %H:%M} UTC ({days} days ago)"
    return f"{rows} {created} (dry run: kept)" if dry_run else f"deleted {rows} {created}"
