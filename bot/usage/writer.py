"""Batched usage writes off the answer's path, spooled to Redis while the database is down.

An answer never waits for SQL: records go to an in-memory batch that a
background task writes every `interval` seconds. When the database cannot be
reached the batch is appended to a Redis list (the spool) and the spool is
written back, oldest first, once the database answers again. Inserts are
idempotent on (request_id, step), so a spool replayed after a crash between
"committed" and "trimmed" writes nothing twice. Feedback travels the same
queue, so a vote never overtakes the row it updates.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable, Sequence
from typing import Any

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError
from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.usage.records import UsageRecord
from bot.usage.tables import UsageEvent

log = structlog.get_logger(__name__)

SPOOL_KEY = "tandem:usage:spool"
SPOOL_LOCK = "tandem:usage:spool:lock"
Op = dict[str, Any]


def _transient(exc: BaseException) -> bool:
    """The database is away (retry later), as opposed to this batch being wrong."""
    if isinstance(exc, OperationalError | InterfaceError | OSError | TimeoutError):
        return True
    return bool(getattr(exc, "connection_invalidated", False))


class UsageWriter:
    """Owns the write path to `usage_events`; one per process, built by the wiring."""

    def __init__(
        self,
        engine: AsyncEngine,
        redis: Redis,
        *,
        interval: float = 0.5,
        batch_size: int = 500,
        on_flush: Callable[[int, bool, int], None] | None = None,
    ) -> None:
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._dialect = engine.dialect.name
        self._redis = redis
        self._interval = interval
        self._batch_size = batch_size
        self._pending: list[Op] = []
        self._wake = asyncio.Event()
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._on_flush = on_flush
        self.database_ok = True

    def record(self, record: UsageRecord) -> None:
        """Queue one row; returns at once."""
        self._queue({"op": "insert", "row": record.to_json()})

    def feedback(self, request_id: str, value: int | None) -> None:
        """Queue a 👍 (+1) / 👎 (-1) / cleared (None) on every row of a request."""
        self._queue({"op": "feedback", "request_id": request_id, "value": value})

    def escalated(self, request_id: str) -> None:
        """Queue the mark that the user asked another model for this request's answer."""
        self._queue({"op": "escalated", "request_id": request_id})

    def _queue(self, op: Op) -> None:
        self._pending.append(op)
        if len(self._pending) >= self._batch_size:
            self._wake.set()

    @property
    def pending(self) -> int:
        return len(self._pending)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="usage-writer")

    async def aclose(self, grace: float = 10.0) -> None:
        """Stop the loop and write (or spool) everything still pending.

        The loop is asked to stop rather than only cancelled: redis-py can swallow a
        cancellation that lands inside a command (redis/redis-py#2028), which would
        leave `await task` waiting forever.
        """
        if self._task is not None:
            self._stopping = True
            self._wake.set()
            await _stop(self._task, grace)
            self._task = None
        try:
            async with asyncio.timeout(grace):
                await self.flush()
        except TimeoutError:
            await self._spool(self._take())
        if self._pending:
            log.error("usage_rows_lost_on_shutdown", count=len(self._pending))

    async def _run(self) -> None:
        while not self._stopping:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self._interval)
            self._wake.clear()
            if self._stopping:
                return
            try:
                await self.flush()
            except Exception:  # the loop must survive anything; each failure is logged
                log.exception("usage_flush_failed")

    def _take(self) -> list[Op]:
        ops, self._pending = self._pending, []
        return ops

    async def flush(self) -> bool:
        """Write the spool, then the pending batch. False if the database was away."""
        async with self._lock:
            ops = self._take()
            spooled = await self._spool_length()
            if spooled:
                await self._spool(ops)
                ok = await self._drain_spool()
            else:
                ok = await self._write_or_spool(ops)
            self.database_ok = ok
            if self._on_flush is not None:
                waiting = await self._spool_length() if (spooled or not ok) else 0
                self._on_flush(len(ops), ok, waiting)
            return ok

    async def _write_or_spool(self, ops: list[Op]) -> bool:
        if not ops:
            return True
        try:
            await self._apply(ops)
        except Exception as exc:
            if not _transient(exc):
                raise
            log.warning("usage_database_unavailable", error=type(exc).__name__, spooled=len(ops))
            await self._spool(ops)
            return False
        return True

    async def _spool_length(self) -> int:
        try:
            return int(await self._redis.llen(SPOOL_KEY))
        except (RedisError, OSError):
            return 0

    async def _spool(self, ops: list[Op]) -> None:
        """Park ops in Redis; if Redis is away too, keep them in memory, in order."""
        if not ops:
            return
        try:
            await self._redis.rpush(SPOOL_KEY, *(json.dumps(op) for op in ops))
        except (RedisError, OSError):
            log.error("usage_spool_unavailable", kept_in_memory=len(ops))
            self._pending[:0] = ops

    async def _drain_spool(self) -> bool:
        """Write the spool oldest first; one process at a time (a Redis lock)."""
        try:
            if not await self._redis.set(SPOOL_LOCK, "1", nx=True, px=60_000):
                return True
        except (RedisError, OSError):
            return False
        try:
            while raw := await self._redis.lrange(SPOOL_KEY, 0, self._batch_size - 1):
                ops = [json.loads(item) for item in raw]
                try:
                    await self._apply(ops)
                except Exception as exc:
                    if not _transient(exc):
                        raise
                    return False
                await self._redis.ltrim(SPOOL_KEY, len(raw), -1)
                log.info("usage_spool_written", rows=len(raw))
            return True
        finally:
            await self._redis.delete(SPOOL_LOCK)

    async def _apply(self, ops: Sequence[Op]) -> None:
        """One transaction; if the batch itself is bad, write op by op and drop the bad."""
        try:
            async with asyncio.timeout(15), self._sessions() as session, session.begin():
                await self._execute(session, ops)
        except SQLAlchemyError as exc:
            if _transient(exc) or len(ops) == 1:
                if not _transient(exc):
                    log.error("usage_row_rejected", error=type(exc).__name__)
                    return
                raise
            for op in ops:
                await self._apply([op])

    async def _execute(self, session: AsyncSession, ops: Sequence[Op]) -> None:
        inserts: list[dict[str, Any]] = []
        for op in ops:
            if op["op"] == "insert":
                inserts.append(UsageRecord.from_json(op["row"]).to_row())
                continue
            if inserts:
                await session.execute(self._insert(), inserts)
                inserts = []
            values = {"feedback": op["value"]} if op["op"] == "feedback" else {"escalated": True}
            await session.execute(
                update(UsageEvent).where(UsageEvent.request_id == op["request_id"]).values(**values)
            )
        if inserts:
            await session.execute(self._insert(), inserts)

    def _insert(self) -> Any:
        insert = pg_insert if self._dialect == "postgresql" else sqlite_insert
        return insert(UsageEvent).on_conflict_do_nothing(index_elements=["request_id", "step"])


async def _stop(task: asyncio.Task[None], grace: float) -> None:
    """Wait for a task asked to stop; cancel it (again, if need be) once `grace` is up."""
    done, _ = await asyncio.wait({task}, timeout=grace)
    while not done:
        task.cancel()
        done, _ = await asyncio.wait({task}, timeout=1.0)
    with contextlib.suppress(asyncio.CancelledError):
        task.result()
