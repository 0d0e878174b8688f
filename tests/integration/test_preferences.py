"""`/tandem model` choices as answering reads them: from memory, kept in step with SQL.

A question must not wait for the database to learn which model its asker chose:
the choices are read whole once, and after that a lookup is a dictionary read,
refreshed in the background. These tests run against SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.usage import db
from bot.usage.preferences import PreferenceCache, Preferences
from bot.usage.tables import UserPreference


class GatedStore(Preferences):
    """Reads that wait for `gate`: after reading the rows (a slow reply, which a newer
    choice can overtake) or before (a database that hangs)."""

    def __init__(self, engine: AsyncEngine, gate: asyncio.Event, *, read_first: bool) -> None:
        super().__init__(engine)
        self.gate, self.read_first = gate, read_first

    async def choices(self, since: datetime | None = None) -> list[tuple[str, str, str | None]]:
        if not self.read_first:
            await self.gate.wait()
        rows = await super().choices(since)
        await self.gate.wait()
        return rows


async def eventually(cache: PreferenceCache, user: str, expected: str | None) -> None:
    async with asyncio.timeout(5):
        while await cache.get("T1", user) != expected:  # noqa: ASYNC110 (SQL, another writer)
            await asyncio.sleep(0.01)


async def test_a_choice_already_made_is_used_on_the_first_question(engine: AsyncEngine) -> None:
    await Preferences(engine).set_default_model("T1", "U1", "strong")
    cache = PreferenceCache(Preferences(engine))  # a process that just started, not loaded
    assert await cache.get("T1", "U1") == "strong"
    assert await cache.get("T1", "U2") is None


async def test_with_the_database_gone_questions_keep_the_choices_and_do_not_wait(
    engine: AsyncEngine,
) -> None:
    store = Preferences(engine)
    await store.set_default_model("T1", "U1", "strong")
    cache = PreferenceCache(store, refresh_seconds=0.0)  # every lookup wants a refresh
    assert await cache.load()
    await engine.dispose()
    store._engine = db.create_engine("postgresql+asyncpg://nobody@127.0.0.1:1/none")
    started = time.perf_counter()
    for _ in range(50):
        assert await cache.get("T1", "U1") == "strong"
    assert time.perf_counter() - started < 0.5  # 50 lookups, none waits for a connection
    assert not await cache.load()  # and a refresh says it failed (logged, not raised)
    assert await cache.get("T1", "U1") == "strong"


async def test_a_change_nobody_announced_is_read_within_the_refresh_interval(
    engine: AsyncEngine,
) -> None:
    """Another process's announcement can be lost (Redis away): the rows tell anyway."""
    store = Preferences(engine)
    await store.set_default_model("T1", "U1", "strong")
    cache = PreferenceCache(store, refresh_seconds=0.05)
    assert await cache.load()
    await store.set_default_model("T1", "U2", "local")  # as another process would
    await store.set_default_model("T1", "U1", "auto")
    await eventually(cache, "U2", "local")
    await eventually(cache, "U1", None)


async def test_a_row_changed_with_an_older_clock_is_still_read(engine: AsyncEngine) -> None:
    """Writers stamp `updated_at` with their own clocks, which may lag this process's."""
    store = Preferences(engine)
    cache = PreferenceCache(store, refresh_seconds=0.05)
    assert await cache.load()
    await store.set_default_model("T1", "U1", "strong")
    a_minute_ago = datetime.fromtimestamp(time.time() - 60, UTC)
    async with engine.begin() as connection:
        await connection.execute(update(UserPreference).values(updated_at=a_minute_ago))
    await eventually(cache, "U1", "strong")


async def test_an_announced_change_is_read_at_once(engine: AsyncEngine) -> None:
    store = Preferences(engine)
    cache = PreferenceCache(store, refresh_seconds=3600.0)
    assert await cache.load()
    await store.set_default_model("T1", "U1", "local")  # on another process, which announces
    cache.changed("T1", "U1")
    await eventually(cache, "U1", "local")


async def test_a_choice_made_here_is_not_undone_by_a_read_that_started_before_it(
    engine: AsyncEngine,
) -> None:
    store = Preferences(engine)
    await store.set_default_model("T1", "U1", "local")
    gate = asyncio.Event()
    cache = PreferenceCache(GatedStore(engine, gate, read_first=True))
    loading = asyncio.create_task(cache.load())
    await asyncio.sleep(0.05)
    await store.set_default_model("T1", "U1", "strong")
    cache.put("T1", "U1", "strong")
    gate.set()
    assert await loading
    assert await cache.get("T1", "U1") == "strong"


async def test_reconnecting_after_lost_news_reads_everything_again(engine: AsyncEngine) -> None:
    store = Preferences(engine)
    cache = PreferenceCache(store, refresh_seconds=3600.0)
    assert await cache.load()
    await store.set_default_model("T1", "U1", "strong")  # its announcement was missed
    assert await cache.get("T1", "U1") is None
    cache.invalidate()  # the control channel is back
    await eventually(cache, "U1", "strong")


async def test_a_database_that_hangs_at_start_does_not_hold_up_serving(
    engine: AsyncEngine,
) -> None:
    store = Preferences(engine)
    await store.set_default_model("T1", "U1", "strong")
    gate = asyncio.Event()  # a connection that neither opens nor fails, until set
    cache = PreferenceCache(GatedStore(engine, gate, read_first=False))
    assert not await cache.load(wait=0.1)
    assert await cache.get("T1", "U1") is None  # the policy decides meanwhile
    gate.set()  # the database answers after all: the read that was waiting lands
    await eventually(cache, "U1", "strong")
