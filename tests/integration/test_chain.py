"""The model chain through the real clients: cascade, budgets and circuit breakers."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path

import pytest
import structlog.testing
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.question import Question
from bot.routing.budgets import REBUILT_MARKER
from bot.state.keys import ThreadKey
from bot.usage.tables import UsageEvent
from bot.wiring import Services, check_budgets, guard_budgets
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.support.app import CollectingSink, policy_file, running, settings_for


@pytest.fixture
async def cascade(
    tmp_path: Path, engine: AsyncEngine, redis: Redis, database_url: str,
    fake_ollama: FakeOllama, fake_openai: FakeOpenAI,
) -> AsyncIterator[Services]:  # fmt: skip
    path = policy_file(
        tmp_path,
        **{"enabled = false": "enabled = true", "band = [0.35, 0.6]": "band = [0.0, 1.0]",
           "target_strong_share = 0.25": "strong_threshold = 1.0"},
    )  # fmt: skip
    async with running(settings_for(database_url, fake_ollama, fake_openai, policy_path=path)) as s:
        yield s


def ask(text: str, thread: str = "t", user: str = "U1", choice: str | None = None) -> Question:
    return Question(
        text=text, thread=ThreadKey("T1", "C1", thread), user=user, surface="cli", choice=choice
    )


async def rows(services: Services) -> list[UsageEvent]:
    await services.usage.flush()
    async with services.engine.connect() as connection:
        return list((await connection.execute(select(UsageEvent).order_by(UsageEvent.id))).all())  # type: ignore[arg-type]


async def test_cascade_shows_a_good_local_answer_once(
    cascade: Services, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    sink = CollectingSink()
    meta = await cascade.assistant.answer(ask("how do I list pods?"), sink)
    assert meta.ok and meta.spec is not None and meta.spec.alias == "local"
    assert sink.text.startswith("You asked about how do I list pods.")
    assert fake_openai.requests() == []
    assert [r.status for r in await rows(cascade)] == ["ok"]


async def test_cascade_escalates_a_failed_check_and_the_user_sees_one_answer(
    cascade: Services, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    fake_ollama.reply = "I don't know, sorry, I cannot help with that question about pods."
    sink = CollectingSink()
    meta = await cascade.assistant.answer(ask("why are my pods pending?"), sink)
    assert meta.ok and meta.spec is not None and meta.spec.alias == "strong"
    assert meta.escalated == "refusal"
    assert "I don't know" not in sink.text
    assert sink.text.startswith("You asked about why are my pods pending.")
    local, strong = await rows(cascade)
    assert (local.alias, local.status, local.step) == ("local", "superseded", 0)
    assert (strong.alias, strong.status, strong.step) == ("strong", "ok", 1)
    assert "cascade_escalated" in strong.route_reasons


async def test_cascade_never_escalates_a_sensitive_question(
    cascade: Services, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    fake_ollama.reply = "I don't know."
    question = ask("login fails with password=Zq8!vR2#pLw9xT4m for db admin, why?")
    meta = await cascade.assistant.answer(question, CollectingSink())
    assert meta.spec is not None and meta.spec.is_local
    assert fake_openai.requests() == []


@pytest.fixture
async def capped(
    tmp_path: Path, engine: AsyncEngine, redis: Redis, database_url: str,
    fake_ollama: FakeOllama, fake_openai: FakeOpenAI,
) -> AsyncIterator[Services]:  # fmt: skip
    path = policy_file(tmp_path, **{"user_daily_usd = 5.00": "user_daily_usd = 0.001"})
    async with running(settings_for(database_url, fake_ollama, fake_openai, policy_path=path)) as s:
        yield s


async def test_over_budget_is_answered_locally_with_the_note(
    capped: Services, fake_openai: FakeOpenAI
) -> None:
    first = await capped.assistant.answer(ask("x " * 2000, "b1", choice="strong"), CollectingSink())
    assert first.spec is not None and first.spec.alias == "strong"
    assert first.cost_usd > Decimal("0.001")
    second = await capped.assistant.answer(
        ask("design a queue", "b2", choice="strong"), CollectingSink()
    )
    assert second.spec is not None and second.spec.alias == "local"
    assert second.decision is not None and "over_budget" in second.decision.codes
    assert "budget" in second.decision.why
    assert len(fake_openai.requests("/v1/chat/completions")) == 1
    other_user = await capped.assistant.answer(
        ask("design a queue", "b3", user="U2", choice="strong"), CollectingSink()
    )
    assert other_user.spec is not None and other_user.spec.alias == "strong"


async def test_budget_counters_lost_with_redis_are_rebuilt_and_the_cap_holds(
    capped: Services, fake_openai: FakeOpenAI, redis: Redis
) -> None:
    """Redis restarted without persistence forgets the month's spend; before, the caps
    then let paid calls through until Tandem itself restarted."""
    first = await capped.assistant.answer(ask("x " * 2000, "g1", choice="strong"), CollectingSink())
    assert first.spec is not None and first.spec.alias == "strong"
    await capped.usage.flush()
    await redis.flushdb()  # what a restart of a Redis that keeps nothing on disk leaves
    assert await capped.chain.budgets.needs_rebuild()
    await check_budgets(capped)  # what the guard does once a minute
    assert not await capped.chain.budgets.needs_rebuild()
    again = await capped.assistant.answer(
        ask("design a queue", "g2", choice="strong"), CollectingSink()
    )
    assert again.spec is not None and again.spec.alias == "local"
    assert again.decision is not None and "over_budget" in again.decision.codes
    assert len(fake_openai.requests("/v1/chat/completions")) == 1


async def test_a_failed_budget_check_is_logged_and_the_next_one_rebuilds(
    capped: Services, redis: Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    budgets = capped.chain.budgets
    real = budgets.needs_rebuild
    calls = 0

    async def flaky() -> bool:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("a bug in one check")
        return await real()

    monkeypatch.setattr(budgets, "needs_rebuild", flaky)
    with structlog.testing.capture_logs() as logged:
        await check_budgets(capped)
    assert [e["event"] for e in logged] == ["budget_guard_failed"]
    assert not await redis.exists(REBUILT_MARKER)
    await check_budgets(capped)
    assert await redis.exists(REBUILT_MARKER)


async def test_the_budget_guard_stops_when_cancelled_even_if_a_client_ate_the_cancel(
    capped: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some clients turn a cancellation into an error of their own, which the check
    catches; shutdown must not wait for the guard forever."""
    inside = asyncio.Event()

    async def eats_the_cancel() -> bool:
        inside.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise ConnectionError("connection closed while reading") from None
        return False

    monkeypatch.setattr(capped.chain.budgets, "needs_rebuild", eats_the_cancel)
    guard = asyncio.create_task(guard_budgets(capped, every=0.01))
    await asyncio.wait_for(inside.wait(), 5)
    guard.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(guard, 5)


@pytest.fixture
async def breaking(
    tmp_path: Path, engine: AsyncEngine, redis: Redis, database_url: str,
    fake_ollama: FakeOllama, fake_openai: FakeOpenAI,
) -> AsyncIterator[Services]:  # fmt: skip
    path = policy_file(tmp_path, **{"cooldown_seconds = 30": "cooldown_seconds = 0.5"})
    async with running(settings_for(database_url, fake_ollama, fake_openai, policy_path=path)) as s:
        yield s


async def test_a_failing_model_is_skipped_until_it_recovers(
    breaking: Services, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    cascade = breaking
    fake_ollama.fail_with(500)
    for n in range(3):
        question = ask(f"question {n}", thread=f"h{n}", choice="local")
        meta = await cascade.assistant.answer(question, CollectingSink())
        assert meta.spec is not None and meta.spec.alias == "strong"
    calls_while_failing = len(fake_ollama.requests("/api/chat"))
    assert cascade.chain.health.snapshot()["local"].state == "open"
    question = ask("question 4", thread="h4", choice="local")
    skipped = await cascade.assistant.answer(question, CollectingSink())
    assert skipped.spec is not None and skipped.spec.alias == "strong"
    assert len(fake_ollama.requests("/api/chat")) == calls_while_failing
    fake_ollama.clear_failure()
    await asyncio.sleep(0.6)  # the breaker's cooldown
    question = ask("question 5", thread="h5", choice="local")
    healed = await cascade.assistant.answer(question, CollectingSink())
    assert healed.spec is not None and healed.spec.alias == "local"
    assert cascade.chain.health.snapshot()["local"].state == "closed"
