"""Drills: a model server that dies mid-answer, and OpenAI answering 429 for a sustained period."""

from __future__ import annotations

import asyncio
import re
import time

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.drills.conftest import (
    LOCAL_QUESTION,
    STRONG_QUESTION,
    Reply,
    answered,
    ask,
    model_name,
    usage_rows,
)
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import FakeSlack
from tests.fakes.tokens import default_reply, split_tokens
from tests.support.slack_app import RunningApp

pytestmark = pytest.mark.timeout(60)

OUTAGE_SECONDS = 60.0  # the "a minute", in full
ASK_EVERY = 1.0
RETRY_AFTER = 1.0
CIRCUIT = re.compile(r'tandem_circuit_state\{alias="strong"\} (\S+)')


async def test_ollama_dies_mid_stream(
    app: RunningApp,
    sqlite_engine: AsyncEngine,
    fake_ollama: FakeOllama,
    fake_openai: FakeOpenAI,
    fake_slack: FakeSlack,
) -> None:
    """What the user sees: the first 30 words of Llama's answer stay in the thread, then a
    warning ":warning: Incomplete answer. The answer was cut off: local: Ollama is
    unreachable (...)" above the usual footer (Llama named, tokens, cost). The question
    is not re-asked elsewhere: a second, different answer from GPT-4o under text already
    shown would be worse than an honest partial one. The usage row says `incomplete`.
    """
    fake_ollama.reply_tokens = 80
    fake_ollama.die_after = 30
    event = await ask(app, fake_slack, LOCAL_QUESTION)
    reply = await answered(fake_slack, event)
    await app.tandem.drain(10)

    [request] = fake_ollama.requests("/api/chat")
    sent = split_tokens(default_reply(request.json["messages"], 80))
    assert reply.text == "".join(sent[:30])
    assert reply.incomplete and "cut off" in reply.notice
    assert model_name(reply.footer) == "local"
    assert fake_openai.requests("/v1/chat/completions") == []
    await app.services.usage.flush()
    [row] = await usage_rows(sqlite_engine)
    assert (row.status, row.alias, row.error_kind) == ("incomplete", "local", "unavailable")
    assert row.completion_tokens > 0


async def _circuit_state(app: RunningApp) -> float:
    _, text = await app.get("/metrics")
    found = CIRCUIT.search(text)
    return float(found.group(1)) if found else 0.0


async def _ask_strong_during(
    app: RunningApp, slack: FakeSlack, seconds: float, every: float
) -> tuple[list[Reply], list[float], set[float]]:
    """Ask a strong-model question every `every` seconds for `seconds`, answers in parallel."""
    states: set[float] = set()

    async def one(index: int) -> tuple[Reply, float]:
        start = time.monotonic()
        # Spread over ten people: one person asking sixty a minute is rate-limited.
        event = await ask(app, slack, STRONG_QUESTION, user=f"U0BUSY{index % 10}")
        reply = await answered(slack, event)
        states.add(await _circuit_state(app))
        return reply, time.monotonic() - start

    tasks = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        tasks.append(asyncio.create_task(one(len(tasks))))
        states.add(await _circuit_state(app))
        await asyncio.sleep(every)
    results = await asyncio.gather(*tasks)
    return [r for r, _ in results], [t for _, t in results], states


@pytest.mark.timeout(150)
async def test_openai_rate_limited_for_a_while(
    app: RunningApp,
    sqlite_engine: AsyncEngine,
    fake_openai: FakeOpenAI,
    fake_slack: FakeSlack,
) -> None:
    """OpenAI answers every request with 429 (Retry-After: 1 s) for a minute, while a
    question that needs GPT-4o arrives every second.

    What users see: every question is answered, by Llama, in its thread. The first
    ones (asked while the circuit is still closed) take about 2 s longer: Tandem waits
    out Retry-After between its three attempts, then falls back, and the footer says
    "fell back from strong". Once the breaker is open (tandem_circuit_state{alias=
    "strong"} = 2) GPT-4o is skipped at once and Llama answers without the wait; every
    Retry-After one probe goes to OpenAI. When OpenAI recovers, the next probe
    succeeds, the circuit closes (0) and GPT-4o answers again. No question is lost:
    each has exactly one successful usage row.
    """
    fake_openai.fail_with(429, retry_after=RETRY_AFTER)
    during, latencies, states = await _ask_strong_during(app, fake_slack, OUTAGE_SECONDS, ASK_EVERY)
    fake_openai.clear_failure()
    await asyncio.sleep(RETRY_AFTER)
    after = [
        await answered(fake_slack, await ask(app, fake_slack, STRONG_QUESTION)) for _ in range(2)
    ]
    await app.tandem.drain(10)

    assert all(model_name(r.footer) == "local" and not r.notice for r in during)
    assert any("fell back from strong" in r.footer for r in during)
    assert min(latencies) < 1.0 < 2 * RETRY_AFTER <= max(latencies)
    assert 2.0 in states
    assert model_name(after[-1].footer) == "strong"
    assert await _circuit_state(app) == 0.0
    await app.services.usage.flush()
    rows = await usage_rows(sqlite_engine)
    ok = [row.request_id for row in rows if row.status == "ok"]
    asked = [str(r.request_id) for r in (*during, *after)]
    assert sorted(ok) == sorted(asked)
    assert {row.error_kind for row in rows if row.status != "ok"} == {"rate_limited"}


async def test_answer_while_circuit_open_says_why_the_strong_model_was_skipped(
    app: RunningApp, fake_openai: FakeOpenAI, fake_slack: FakeSlack
) -> None:
    """What the user sees: a footer naming Llama and saying GPT-4o was skipped because it
    is failing (circuit open), so the reason above it ("needs the strong model") does not
    read as a contradiction."""
    fake_openai.fail_with(429, retry_after=2)
    first = await answered(fake_slack, await ask(app, fake_slack, STRONG_QUESTION))
    assert "fell back from strong" in first.footer
    second = await answered(fake_slack, await ask(app, fake_slack, STRONG_QUESTION))
    await app.tandem.drain(10)
    assert model_name(second.footer) == "local"
    assert "circuit" in second.footer or "skipped" in second.footer
