"""Per-user settings kept in SQL (they must survive Redis being flushed), and the
in-memory copy of them that answering reads."""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from datetime import UTC, datetime, timedelta

import structlog
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.usage.tables import UserPreference

log = structlog.get_logger(__name__)


class Preferences:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def default_model(self, workspace: str, user: str) -> str | None:
        query = select(UserPreference.default_model).where(
            UserPreference.workspace == workspace, UserPreference.user_id == user
        )
        async with self._engine.connect() as connection:
            return (await connection.execute(query)).scalar_one_or_none()

    async def choices(self, since: datetime | None = None) -> list[tuple[str, str, str | None]]:
        """(workspace, user, alias): every choice made, or every row changed since `since`
        (whose alias is None where the user went back to "auto")."""
        query = select(
            UserPreference.workspace, UserPreference.user_id, UserPreference.default_model
        )
        if since is None:
            query = query.where(UserPreference.default_model.is_not(None))
        else:
            query = query.where(UserPreference.updated_at >= since)
        async with self._engine.connect() as connection:
            return [(w, u, a) for w, u, a in (await connection.execute(query)).all()]

    async def set_default_model(self, workspace: str, user: str, alias: str | None) -> None:
        """`None` (or "auto") hands the choice back to the policy."""
        value = None if alias in (None, "auto") else alias
        insert = pg_insert if self._engine.dialect.name == "postgresql" else sqlite_insert
        statement = insert(UserPreference).values(
            workspace=workspace, user_id=user, default_model=value, updated_at=datetime.now(UTC)
        )
        statement = statement.on_conflict_do_update(
            index_elements=["workspace", "user_id"],
            set_={"default_model": value, "updated_at": statement.excluded.updated_at},
        )
        async with self._engine.begin() as connection:
            await connection.execute(statement)


REFRESH_SECONDS = 30.0  # a change another process did not announce is seen within this
FULL_RELOAD_SECONDS = 600.0  # and a row deleted by hand within this
CLOCK_ALLOWANCE = timedelta(minutes=2)  # writers' clocks (`updated_at`) may disagree this much
FIRST_LOAD_WAIT = 1.0  # a question waits at most this for the very first load
START_LOAD_WAIT = 5.0  # and `tandem serve` at start


class PreferenceCache:
    """Every user's `/tandem model` choice in memory: a question never waits for SQL.

    A per-user cache missed on nearly every question (people rarely ask twice within
    its lifetime), so each question waited for a SQL round trip before routing: about
    1 ms on SQLite, a network round trip on PostgreSQL, and with the database out of
    reach every question waited for the connection to fail. The table has one row per
    user who ever chose, so it is read whole at start, then only the rows changed
    since the last look (by `updated_at`, reading `CLOCK_ALLOWANCE` further back), at
    most every `REFRESH_SECONDS`, in the background, when a lookup finds the copy that
    old. A choice made on this process is applied at once (`put`); one made on
    another is announced on the control channel (`changed`). It is read whole again
    every `FULL_RELOAD_SECONDS` and after the control channel reconnects (news may
    have been missed). With SQL away, lookups answer from the last copy.
    """

    def __init__(
        self,
        store: Preferences,
        *,
        refresh_seconds: float = REFRESH_SECONDS,
        full_reload_seconds: float = FULL_RELOAD_SECONDS,
    ) -> None:
        self._store = store
        self._refresh_every, self._full_every = refresh_seconds, full_reload_seconds
        self._choices: dict[tuple[str, str], str] = {}
        self._looked_at = self._full_at = -math.inf  # monotonic times of the last attempts
        self._since: datetime | None = None  # None: the next read is a whole one
        self._touched: dict[tuple[str, str], float] = {}  # keys set here, and when
        self._refresh: asyncio.Task[bool] | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def get(self, workspace: str, user: str) -> str | None:
        """The user's choice, None if the policy decides; never waits for SQL once loaded."""
        if time.monotonic() - self._looked_at >= self._refresh_every:
            first = self._refresh is None
            task = self._start_refresh()
            if first:  # nothing read yet (`load` was not called): worth a short wait
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(FIRST_LOAD_WAIT):
                        await asyncio.shield(task)
        return self._choices.get((workspace, user))

    def put(self, workspace: str, user: str, alias: str | None) -> None:
        """A choice just written to SQL by this process."""
        self._touched[(workspace, user)] = time.monotonic()
        self._apply(workspace, user, alias)

    def changed(self, workspace: str, user: str) -> None:
        """Another process changed this user's choice: read it again, in the background."""
        task = asyncio.create_task(self._read_one(workspace, user))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def invalidate(self) -> None:
        """News may have been missed: read everything again at the next lookup."""
        self._looked_at = self._full_at = -math.inf
        self._since = None

    async def load(self, wait: float = START_LOAD_WAIT) -> bool:
        """Read now (at start); False, with a warning, if SQL is away or slower than
        `wait` seconds (the read goes on in the background)."""
        self._looked_at = -math.inf
        try:
            async with asyncio.timeout(wait):
                return await asyncio.shield(self._start_refresh())
        except TimeoutError:
            log.warning("preferences_slow", waited_seconds=wait)
            return False

    def _start_refresh(self) -> asyncio.Task[bool]:
        if self._refresh is None or self._refresh.done():
            self._looked_at = time.monotonic()
            self._refresh = asyncio.create_task(self._read())
        return self._refresh

    async def _read(self) -> bool:
        started, wall = time.monotonic(), datetime.now(UTC)
        whole = self._since is None or started - self._full_at >= self._full_every
        try:
            rows = await self._store.choices(None if whole else self._since)
        except (SQLAlchemyError, OSError) as exc:
            log.warning("preferences_unavailable", error=type(exc).__name__)
            return False
        if whole:
            kept = {k: v for k, v in self._choices.items() if self._set_here_after(k, started)}
            self._choices, self._full_at = kept, started
        for workspace, user, alias in rows:
            if not self._set_here_after((workspace, user), started):
                self._apply(workspace, user, alias)
        self._since = wall - CLOCK_ALLOWANCE
        self._touched = {k: t for k, t in self._touched.items() if t > started}
        return True

    async def _read_one(self, workspace: str, user: str) -> None:
        started = time.monotonic()
        try:
            alias = await self._store.default_model(workspace, user)
        except (SQLAlchemyError, OSError) as exc:
            log.warning("preferences_unavailable", error=type(exc).__name__)
            self._choices.pop((workspace, user), None)  # stale for sure; the policy decides
            self._looked_at = -math.inf  # and the next lookup reads again
            return
        if not self._set_here_after((workspace, user), started):
            self._apply(workspace, user, alias)

    def _set_here_after(self, key: tuple[str, str], started: float) -> bool:
        """Whether this process set `key` after a read that started at `started`: then
        what the read found is older, and must not undo it."""
        return self._touched.get(key, -math.inf) > started

    def _apply(self, workspace: str, user: str, alias: str | None) -> None:
        if alias is None:
            self._choices.pop((workspace, user), None)
        else:
            self._choices[(workspace, user)] = alias
