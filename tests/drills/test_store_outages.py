"""Drills: Redis restarting and PostgreSQL stopping while questions are being answered.

Both stores sit behind a `TcpProxy`: cutting it looks to Tandem exactly like the
server going away (open connections reset, new ones refused) without disturbing
the other tests that share the real servers.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import Iterator

import pytest
from redis.asyncio import Redis
from sqlalchemy import delete, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.usage import db
from bot.usage.tables import UsageEvent
from bot.usage.writer import SPOOL_KEY
from tests.conftest import REDIS_URL
from tests.drills.conftest import (
    LOCAL_QUESTION,
    Reply,
    answered,
    ask,
    drill_settings,
    model_name,
    usage_rows,
)
from tests.fakes import slack_events as se
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import FakeSlack
from tests.support.slack_app import RunningApp, running_app
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.timeout(90)

NO_MEMORY = "memory unavailable"
PG_CUT_SECONDS = 30.0  # the figure, in full
PG_QUESTIONS_DURING = 24


async def _metric(app: RunningApp, pattern: str) -> float:
    _, text = await app.get("/metrics")
    found = re.search(rf"^{pattern} (\S+)$", text, re.MULTILINE)
    return float(found.group(1)) if found else 0.0


async def _metric_reaches(app: RunningApp, pattern: str, value: float) -> float:
    """The metric once it has reached `value` (or what it is after a bounded wait)."""
    seen = await _metric(app, pattern)
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(10):
            while seen < value:
                await asyncio.sleep(0.05)
                seen = await _metric(app, pattern)
    return seen


def _someone(index: int) -> str:
    """Traffic is many people: the questions of a drill are spread over ten of them
    (one person asking 30 a minute would be rate-limited, which is another test)."""
    return f"U0TRAFFIC{index % 10}"


async def _answers(app: RunningApp, slack: FakeSlack, texts: list[str]) -> list[Reply]:
    async def one(index: int, text: str) -> Reply:
        return await answered(slack, await ask(app, slack, text, user=_someone(index)))

    return list(await asyncio.gather(*(one(i, t) for i, t in enumerate(texts))))


@pytest.fixture
def redis_proxy() -> Iterator[TcpProxy]:
    url = make_url(REDIS_URL)
    with TcpProxy(url.host or "127.0.0.1", url.port or 6379) as proxy:
        yield proxy


async def test_redis_restart_during_traffic(
    redis: Redis,
    redis_proxy: TcpProxy,
    sqlite_url: str,
    sqlite_engine: AsyncEngine,
    fake_ollama: FakeOllama,
    fake_openai: FakeOpenAI,
    fake_slack: FakeSlack,
) -> None:
    """Redis goes away and comes back empty (a restart without persistence) while
    questions arrive.

    What users see: every question is answered. Answers given while Redis is down
    carry "memory unavailable: this answer did not see earlier turns" in the footer
    (a follow-up asked then would not see its thread). Once Redis is back, a follow-up
    in an earlier thread is answered with that thread's history (rebuilt from Slack,
    since Redis lost it), and a repeated delivery of one event is answered once again.
    Every question has its usage row.
    """
    db_index = make_url(REDIS_URL).database or "0"
    url = f"redis://127.0.0.1:{redis_proxy.port}/{db_index}"
    settings = drill_settings(sqlite_url, fake_ollama, fake_openai, fake_slack, redis_url=url)
    async with running_app(settings) as app:
        first_event = await ask(app, fake_slack, LOCAL_QUESTION)
        first = await answered(fake_slack, first_event)
        redis_proxy.cut()
        await redis.flushdb()
        during = await _answers(
            app, fake_slack, [f"how do I list open ports? #{i}" for i in range(4)]
        )
        redis_proxy.resume()
        follow_up = await ask(
            app, fake_slack, "and how do I abort it?", thread_ts=first_event["ts"]
        )
        after = await answered(fake_slack, follow_up)
        repeat = se.app_mention_event("what is a detached HEAD?")
        repeat_id = "Ev0DRILLREPEAT"
        deduplicated = "tandem_events_deduplicated_total"
        before = await _metric(app, deduplicated)
        assert (await app.post(*se.event_request(repeat, event_id=repeat_id)))[0] == 200
        assert (await app.post(*se.event_request(repeat, event_id=repeat_id, retry_num=1)))[
            0
        ] == 200
        repeated = await answered(fake_slack, repeat)
        # Each delivery's claim runs beside its ack, and the repeat's may still be
        # reconnecting to Redis when the first delivery's answer is in.
        assert await _metric_reaches(app, deduplicated, before + 1) == before + 1
        await app.tandem.drain(10)
        assert (await app.get("/healthz"))[0] == 200
        await app.services.usage.flush()

    assert NO_MEMORY not in first.footer
    assert all(model_name(r.footer) == "local" and NO_MEMORY in r.footer for r in during)
    assert NO_MEMORY not in after.footer and NO_MEMORY not in repeated.footer
    [asked_again] = [
        r.json["messages"]
        for r in fake_ollama.requests("/api/chat")
        if r.json["messages"][-1]["content"] == "and how do I abort it?"
    ]
    assert first.text.strip() in [m["content"] for m in asked_again]
    rows = await usage_rows(sqlite_engine)
    replies = [first, *during, after, repeated]
    assert sorted(r.request_id for r in rows) == sorted(str(r.request_id) for r in replies)


async def _count_rows(engine: AsyncEngine, expected: int) -> int:
    """The table's row count once the usage writer has brought it to `expected`, or
    what it is after a bounded wait."""
    count = 0
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(30):
            while count < expected:
                async with engine.connect() as connection:
                    count = int(await connection.scalar(select(func.count(UsageEvent.id))) or 0)
                if count < expected:
                    await asyncio.sleep(0.1)
    return count


async def _ask_over(app: RunningApp, slack: FakeSlack, seconds: float, count: int) -> list[Reply]:
    """`count` questions spread over `seconds`, answered concurrently."""
    tasks = []
    for index in range(count):
        event = await ask(app, slack, f"how do I squash commits? #{index}", user=_someone(index))
        tasks.append(asyncio.create_task(answered(slack, event)))
        await asyncio.sleep(seconds / count)
    return list(await asyncio.gather(*tasks))


@pytest.mark.postgres
@pytest.mark.timeout(120)
async def test_postgres_stops_during_traffic(
    redis: Redis,
    pg_url: str,
    fake_ollama: FakeOllama,
    fake_openai: FakeOpenAI,
    fake_slack: FakeSlack,
) -> None:
    """PostgreSQL is unreachable for 30 s while 24 questions are answered, with 5 before
    and 5 after.

    What users see: nothing unusual; every answer arrives with its footer while the
    database is down (usage rows wait in the Redis spool). Admins see the rows in
    `tandem usage` once PostgreSQL is back: all 34, each exactly once.
    """
    direct = db.create_engine(pg_url)
    async with direct.begin() as connection:
        await connection.execute(delete(UsageEvent))
    url = make_url(pg_url)
    with TcpProxy(url.host or "127.0.0.1", url.port or 5432) as proxy:
        proxied = url.set(port=proxy.port).render_as_string(hide_password=False)
        settings = drill_settings(proxied, fake_ollama, fake_openai, fake_slack)
        async with running_app(settings) as app:
            before = await _answers(app, fake_slack, [f"what is a rebase? #{i}" for i in range(5)])
            proxy.cut()
            cut_at = time.monotonic()
            during = await _ask_over(app, fake_slack, PG_CUT_SECONDS * 0.8, PG_QUESTIONS_DURING)
            spooled = await _metric(app, r'tandem_usage_flushes_total\{outcome="spooled"\}')
            await asyncio.sleep(max(0.0, PG_CUT_SECONDS - (time.monotonic() - cut_at)))
            proxy.resume()
            after = await _answers(app, fake_slack, [f"what is a tag? #{i}" for i in range(5)])
            replies = [*before, *during, *after]
            count = await _count_rows(direct, len(replies))
            waiting = await redis.llen(SPOOL_KEY), app.services.usage.pending
            await app.tandem.drain(10)
    try:
        rows = await usage_rows(direct)
    finally:
        await direct.dispose()

    assert spooled > 0
    assert all(model_name(r.footer) == "local" and not r.notice for r in replies)
    assert count == len(rows) == len(replies) == 34, f"spooled, pending: {waiting}"
    assert sorted(r.request_id for r in rows) == sorted(str(r.request_id) for r in replies)
    assert {r.status for r in rows} == {"ok"}
