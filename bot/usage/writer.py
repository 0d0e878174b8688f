"""Batched usage writes off the answer's path, spooled to Redis while the database is down.

An answer never waits for SQL: records go to an in-memory batch that a
background task writes every `interval` seconds. When the database cannot be
reached the batch is appended to a Redis list (the spool) and the spool is
written back, oldest first, once the database answers again. Inserts are
idempotent on (request_id, step), so a spool replayed after a crash between
"committed" and "trimmed" writes nothing twice. Feedback travels the same
queue, so a vote never overtakes the row it updates.

A row is dropped only when the database refused that row itself (a constraint
or a value it cannot store; see `_rejected`). Any other failure keeps it: an
outage does not always look like one (asyncpg reports "the database system is
starting up" and a connection closed during its handshake as plain
`DBAPIError`s that SQLAlchemy does not mark as disconnects), and a row kept in
the spool too long costs a log line while a row dropped is a lie in the cost
report.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable, Sequence
from typing import Any

import structlog
from redis.asyncio import Redis
from redis.exceptions import LockError, RedisError
from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    StatementError,
)
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.usage.records import UsageRecord
from bot.usage.tables import UsageEvent

log = structlog.get_logger(__name__)

SPOOL_KEY = "tandem:usage:spool"
SPOOL_LOCK = "tandem:usage:spool:lock"
Op = dict[str, Any]


def _transient(exc: BaseException) -> bool:
    """The database is plainly away: worth a warning, not an error, in the log."""
    if isinstance(exc, OperationalError | InterfaceError | OSError | TimeoutError):
        return True
    return bool(getattr(exc, "connection_invalidated", False))


REFUSED_CLASSES = ("22", "23")  # SQLSTATE classes: data exception, integrity violation


def _sqlstate(exc: BaseException) -> str | None:
    """PostgreSQL's error code, if the driver gave one (asyncpg's errors reach us as
    SQLAlchemy's generic DBAPIError, so the class alone says little)."""
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return str(code) if code else None


def _rejected(exc: BaseException) -> bool:
    """The database (or the driver, before sending) refused these rows' values:
    retrying cannot help. Everything else (an outage, a schema not yet migrated,
    a deadlock) may pass, so the rows are kept."""
    code = _sqlstate(exc)
    if code is not None:
        return code.startswith(REFUSED_CLASSES)
    if isinstance(exc, IntegrityError | DataError):
        return True
    if isinstance(exc, DBAPIError):
        return isinstance(exc.orig, ValueError)
    # A value SQLAlchemy could not bind, or a spooled op that does not decode.
    return isinstance(exc, StatementError | ValueError | KeyError | TypeError)


def _readable(raw: Sequence[bytes | str]) -> list[Op]:
    """The spooled ops that decode; one that does not (written by hand, cut short)
    would block the spool for ever, so it is dropped and logged."""
    ops: list[Op] = []
    for position, item in enumerate(raw):
        try:
            op = json.loads(item)
        except ValueError:
            op = None
        if isinstance(op, dict):
            ops.append(op)
        else:
            log.error("usage_spool_entry_unreadable", position=position, size=len(item))
    return ops


def _describe(exc: BaseException) -> dict[str, str]:
    """What to log about a failed write: the error's kind and SQLSTATE, never its text
    (which could quote the rows)."""
    described = {"error": type(exc).__name__}
    code = _sqlstate(exc)
    if code is not None:
        described["sqlstate"] = code
    return described


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
            self._log_kept("usage_database_unavailable", exc, spooled=len(ops))
            await self._spool(ops)
            return False
        return True

    def _log_kept(self, event: str, exc: BaseException, **fields: int) -> None:
        """A write failed and its rows are kept: a warning when the database is plainly
        away, an error when the failure is not one we know (with the traceback once
        per outage, not on every flush of it)."""
        if _transient(exc):
            log.warning(event, **_describe(exc), **fields)
        else:
            trace = exc if self.database_ok else None  # (the last flush wrote)
            log.error(event, **_describe(exc), **fields, exc_info=trace)

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
        """Write the spool oldest first; one process at a time (a Redis lock, renewed
        per batch, so a long drain keeps it and a crashed process frees it in a minute).
        False if the database (or Redis) failed; the spool then keeps what is left."""
        lock = self._redis.lock(SPOOL_LOCK, timeout=60, blocking=False)
        try:
            if not await lock.acquire():
                log.debug("usage_spool_drained_elsewhere")
                return True
        except (RedisError, OSError):
            return False
        try:
            while raw := await self._redis.lrange(SPOOL_KEY, 0, self._batch_size - 1):
                try:
                    await self._apply(_readable(raw))
                except Exception as exc:
                    waiting = await self._spool_length()
                    self._log_kept("usage_spool_write_failed", exc, waiting=waiting)
                    return False
                await self._redis.ltrim(SPOOL_KEY, len(raw), -1)
                await lock.reacquire()
                log.info("usage_spool_written", rows=len(raw))
            return True
        except (RedisError, OSError, LockError) as exc:
            log.warning("usage_spool_unavailable", error=type(exc).__name__)
            return False
        finally:
            with contextlib.suppress(RedisError, OSError, LockError):
                await lock.release()

    async def _apply(self, ops: Sequence[Op]) -> None:
        """One transaction. If the database refuses the batch's values, write op by op
        and drop only the ops it refuses; any other failure raises (the caller keeps all)."""
        try:
            async with asyncio.timeout(15), self._sessions() as session, session.begin():
                await self._execute(session, ops)
        except Exception as exc:
            if not _rejected(exc):
                raise
            if len(ops) > 1:
                for op in ops:
                    await self._apply([op])
                return
            op = ops[0]
            request_id = op.get("request_id") or op.get("row", {}).get("request_id")
            log.error("usage_row_rejected", **_describe(exc), op=op.get("op"), request=request_id)

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
