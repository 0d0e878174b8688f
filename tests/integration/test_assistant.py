"""The whole pipeline through the real ollama/openai clients, real Redis and SQL.

The model servers are loopback fakes that speak Ollama's NDJSON and OpenAI's SSE;
what the user would notice is asserted: which model answered, the streamed text,
the usage row, and what never reached the external model.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from decimal import Decimal
from pathlib import Path

import pytest
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.assistant import OFF_LOOP_CHARS
from bot.question import Question
from bot.routing.decision import Assessment
from bot.state.dedupe import Delivery, Repeat
from bot.state.keys import ThreadKey
from bot.usage.tables import UsageEvent
from bot.wiring import Services
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.support.app import CollectingSink, policy_file, running, settings_for
from tests.support.samples import AWS_SECRET_QUESTION

AWS_QUESTION = AWS_SECRET_QUESTION


@pytest.fixture
async def services(
    engine: AsyncEngine,
    redis: Redis,
    database_url: str,
    fake_ollama: FakeOllama,
    fake_openai: FakeOpenAI,
) -> Services:
    async with running(settings_for(database_url, fake_ollama, fake_openai)) as built:
        yield built  # type: ignore[misc]


def question(text: str, thread: str = "t1", choice: str | None = None) -> Question:
    return Question(
        text=text, thread=ThreadKey("T1", "C1", thread), user="U1", surface="cli", choice=choice
    )


async def rows(services: Services) -> list[UsageEvent]:
    await services.usage.flush()
    async with services.engine.connect() as connection:
        result = await connection.execute(select(UsageEvent).order_by(UsageEvent.id))
        return list(result.all())  # type: ignore[arg-type]


async def test_local_answer_streams_and_logs_server_token_counts(
    services: Services, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    sink = CollectingSink()
    meta = await services.assistant.answer(
        question("what does git rebase do?", choice="local"), sink
    )
    assert meta.ok
    assert len(sink.deltas) == fake_ollama.reply_tokens
    assert sink.text.startswith("You asked about what does git rebase do.")
    assert meta.spec is not None and meta.spec.model == "llama3.1:8b"
    assert fake_openai.requests() == []
    [row] = await rows(services)
    [finished] = await asyncio.wait_for(fake_ollama.await_outcomes(1), 5)
    notes = finished.notes
    assert (row.prompt_tokens, row.completion_tokens) == (
        notes["prompt_tokens"],
        notes["completion_tokens"],
    )
    assert (row.status, row.alias, row.cost_usd) == ("ok", "local", Decimal(0))
    assert row.ttft_ms is not None and row.latency_ms >= row.ttft_ms


async def test_strong_model_cost_from_policy_prices(
    services: Services, fake_openai: FakeOpenAI
) -> None:
    sink = CollectingSink()
    meta = await services.assistant.answer(question("design a rate limiter", choice="strong"), sink)
    assert meta.ok
    [row] = await rows(services)
    expected = (
        Decimal(row.prompt_tokens) * Decimal("2.50") + Decimal(row.completion_tokens) * 10
    ) / (10**6)
    assert row.cost_usd == expected.quantize(Decimal("0.00000001"))
    assert row.cost_usd > 0
    assert meta.cost_usd == row.cost_usd
    body = fake_openai.requests("/v1/chat/completions")[0].json
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}


async def test_ollama_down_falls_back_to_strong(
    services: Services, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    fake_ollama.refuse()
    meta = await services.assistant.answer(
        question("what does git rebase do?", choice="local"), CollectingSink()
    )
    assert meta.ok
    assert meta.spec is not None and meta.spec.alias == "strong"
    assert meta.fallback_from == "local"
    failed, answered = await rows(services)
    assert (failed.alias, failed.status, failed.error_kind, failed.step) == (
        "local",
        "error",
        "unavailable",
        0,
    )
    assert (answered.alias, answered.status, answered.fallback_from, answered.step) == (
        "strong",
        "ok",
        "local",
        1,
    )


async def test_every_model_down_names_each_model_and_why(
    services: Services, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    fake_openai.refuse()
    fake_ollama.refuse()
    meta = await services.assistant.answer(
        question("what does git rebase do?", choice="strong"), CollectingSink()
    )
    assert meta.message == (
        "Every model is unavailable right now (strong: OpenAI did not accept a connection; "
        "local: Ollama did not accept a connection)."
    )
    assert [(r.alias, r.error_kind) for r in await rows(services)] == [
        ("strong", "unavailable"),
        ("local", "unavailable"),
    ]


async def test_sensitive_question_with_ollama_down_is_refused_and_never_sent_out(
    services: Services, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    fake_ollama.refuse()
    sink = CollectingSink()
    meta = await services.assistant.answer(question(AWS_QUESTION, choice="strong"), sink)
    assert meta.status.value == "refused"
    assert "sensitive" in meta.message and "GPT-4o" in meta.message
    assert sink.text == ""
    assert fake_openai.requests() == []
    stored = await rows(services)
    assert {r.status for r in stored} >= {"refused"}
    assert all(r.alias != "strong" for r in stored)
    assert stored[-1].sensitive
    assert any(label.startswith("secret.") for label in stored[-1].sensitive_labels)


@pytest.mark.parametrize(
    "text",
    [
        'sql.Open("mysql", "etl:Qv7!pz2Lkm@tcp(10.0.4.7:3306)/dw") times out, why?',
        "the passphrase is violet-harbor-2291, gpg keeps asking for it in CI",
        "kubeconfig:\nusers:\n- name: ci\n  user:\n    token: 7fk2q9.x1b8m3k0p2z7w4qa",
    ],
)
async def test_newer_secret_shapes_with_ollama_down_are_refused_too(
    services: Services, fake_ollama: FakeOllama, fake_openai: FakeOpenAI, text: str
) -> None:
    fake_ollama.refuse()
    meta = await services.assistant.answer(question(text, choice="strong"), CollectingSink())
    assert meta.status.value == "refused"
    assert fake_openai.requests() == []


async def test_sensitivity_sticks_to_the_thread(
    services: Services, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    await services.assistant.answer(question(AWS_QUESTION, thread="s"), CollectingSink())
    follow_up = await services.assistant.answer(
        question("and how do I rotate it?", thread="s", choice="strong"), CollectingSink()
    )
    assert follow_up.spec is not None and follow_up.spec.is_local
    assert fake_openai.requests() == []
    assert follow_up.decision is not None and "sensitive" in follow_up.decision.codes


async def test_follow_up_sees_earlier_turns(services: Services, fake_ollama: FakeOllama) -> None:
    await services.assistant.answer(
        question("what is a git rebase?", thread="f", choice="local"), CollectingSink()
    )
    await services.assistant.answer(
        question("and an interactive one?", thread="f", choice="local"), CollectingSink()
    )
    sent = fake_ollama.requests("/api/chat")[1].json["messages"]
    assert [m["role"] for m in sent] == ["system", "user", "assistant", "user"]
    assert sent[1]["content"] == "what is a git rebase?"
    assert sent[2]["content"].startswith("You asked about what is a git rebase.")


async def test_questions_in_one_thread_are_answered_in_order(
    services: Services, fake_ollama: FakeOllama
) -> None:
    fake_ollama.token_interval = 0.01
    first = asyncio.create_task(
        services.assistant.answer(
            question("first question", thread="o", choice="local"), CollectingSink()
        )
    )
    await asyncio.sleep(0.05)
    second = await services.assistant.answer(
        question("second question", thread="o", choice="local"), CollectingSink()
    )
    await first
    assert second.ok
    sent = fake_ollama.requests("/api/chat")[1].json["messages"]
    assert [m["content"] for m in sent if m["role"] == "user"] == [
        "first question",
        "second question",
    ]


async def test_model_dying_mid_stream_keeps_partial_answer(
    services: Services, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    fake_ollama.die_after = 5
    sink = CollectingSink()
    meta = await services.assistant.answer(question("explain kubernetes", choice="local"), sink)
    assert meta.status.value == "incomplete"
    assert len(sink.deltas) == 5
    assert meta.text == sink.text
    assert fake_openai.requests() == []
    [row] = await rows(services)
    assert (row.status, row.error_kind) == ("incomplete", "unavailable")
    assert row.completion_tokens > 0


async def test_rate_limited_strong_model_is_retried(
    services: Services, fake_openai: FakeOpenAI
) -> None:
    fake_openai.fail_with(429, count=1, retry_after=0)
    meta = await services.assistant.answer(
        question("design a cache", choice="strong"), CollectingSink()
    )
    assert meta.ok
    assert len(fake_openai.requests("/v1/chat/completions")) == 2


@pytest.mark.parametrize(("text", "kind"), [("   ", "empty"), ("x" * 20_000, "too_long")])
async def test_bad_input_is_refused_with_a_row(
    services: Services, fake_ollama: FakeOllama, text: str, kind: str
) -> None:
    sink = CollectingSink()
    meta = await services.assistant.answer(question(text), sink)
    assert meta.status.value == "rejected"
    assert meta.error_kind == kind
    assert meta.message
    assert fake_ollama.requests("/api/chat") == []
    [row] = await rows(services)
    assert (row.status, row.error_kind) == ("rejected", kind)


async def test_usage_rows_never_hold_message_text(services: Services) -> None:
    marker = "zebra-quartz-marker"
    await services.assistant.answer(
        question(f"what is {marker}?", choice="local"), CollectingSink()
    )
    for row in await rows(services):
        for column in UsageEvent.__table__.columns:
            assert marker not in str(getattr(row, column.name))


async def test_thread_too_long_for_local_context_goes_to_the_bigger_model(
    services: Services, fake_openai: FakeOpenAI
) -> None:
    long_turn = "word " * 3000
    for n in range(3):
        await services.assistant.answer(
            question(long_turn + str(n), thread="big", choice="local"), CollectingSink()
        )
    meta = await services.assistant.answer(
        question("summarise the above", thread="big"), CollectingSink()
    )
    assert meta.spec is not None and meta.spec.alias == "strong"
    assert meta.decision is not None and "context_window" in meta.decision.codes


async def test_strong_model_dying_mid_stream_keeps_partial_answer(
    services: Services, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    fake_openai.die_after = 4
    sink = CollectingSink()
    meta = await services.assistant.answer(question("design a cache", choice="strong"), sink)
    assert meta.status.value == "incomplete"
    assert len(sink.deltas) == 4
    assert fake_ollama.requests("/api/chat") == []
    [row] = await rows(services)
    assert (row.alias, row.status, row.error_kind) == ("strong", "incomplete", "unavailable")


async def test_context_too_long_for_the_strong_model_falls_back(
    services: Services, fake_openai: FakeOpenAI
) -> None:
    fake_openai.context_window = 5
    meta = await services.assistant.answer(
        question("design a cache", choice="strong"), CollectingSink()
    )
    assert meta.ok and meta.spec is not None and meta.spec.alias == "local"
    failed, _ = await rows(services)
    assert (failed.alias, failed.error_kind) == ("strong", "context_too_long")


async def test_a_person_over_the_rate_limit_is_told_when_to_try_again(
    limited: Callable[[int], AbstractAsyncContextManager[Services]], fake_ollama: FakeOllama
) -> None:
    async with limited(3) as s:
        metas = [
            await s.assistant.answer(in_slack(f"what is a rebase? {n}", f"t{n}"), CollectingSink())
            for n in range(4)
        ]
        other = await s.assistant.answer(in_slack("and a merge?", "o", user="U2"), CollectingSink())
        busy = await s.assistant.answer(in_slack("one more, same thread", "t0"), CollectingSink())
        from_terminal = await s.assistant.answer(
            question("and from the terminal?"), CollectingSink()
        )
        summary = in_slack("summarise this thread", "d1")
        summary.surface = "digest"
        digest = await s.assistant.answer(summary, CollectingSink())
        answered = await rows(s)
    assert [m.ok for m in metas] == [True, True, True, False]
    limited = metas[3]
    assert (limited.status.value, limited.error_kind) == ("refused", "rate_limited")
    assert "the limit is 3 a minute" in limited.message and "Try again in" in limited.message
    assert other.ok  # someone else is not held back
    assert from_terminal.ok  # operators on the server are not limited
    assert digest.ok  # nor are the scheduler's channel summaries (one call per thread)
    assert busy.error_kind == "rate_limited"
    assert len(fake_ollama.requests("/api/chat")) == 6  # the refused questions reached no model
    refused = [r for r in answered if r.status == "refused"]
    assert [(r.error_kind, r.user_id) for r in refused] == [("rate_limited", "U1")] * 2


@pytest.fixture
def limited(
    tmp_path: Path, redis: Redis, database_url: str,
    fake_ollama: FakeOllama, fake_openai: FakeOpenAI,
) -> Callable[[int], AbstractAsyncContextManager[Services]]:  # fmt: skip
    """Tandem with the bundled policy but a per-person limit of `n` questions a minute."""

    def start(n: int) -> AbstractAsyncContextManager[Services]:
        limit = "questions_per_user_per_minute = "
        path = policy_file(tmp_path, **{limit + "30": limit + str(n)})
        return running(settings_for(database_url, fake_ollama, fake_openai, policy_path=path))

    return start


def in_slack(text: str, thread: str, user: str = "U1") -> Question:
    return Question(text=text, thread=ThreadKey("T1", "C1", thread), user=user, surface="mention")


async def test_slack_retrying_an_event_does_not_count_against_the_person(
    limited: Callable[[int], AbstractAsyncContextManager[Services]], fake_ollama: FakeOllama
) -> None:
    async with limited(2) as s:
        first = in_slack("what is a rebase?", "t1")
        first.delivery = Delivery("T1", "Ev1")
        assert (await s.assistant.answer(first, CollectingSink())).ok
        for _ in range(3):  # Slack's retries of the same event
            retry = in_slack("what is a rebase?", "t1")
            retry.delivery = Delivery("T1", "Ev1")
            with pytest.raises(Repeat):
                await s.assistant.answer(retry, CollectingSink())
        second = await s.assistant.answer(in_slack("and a merge?", "t2"), CollectingSink())
    assert second.ok  # two questions asked, under the limit of 2, retries or not
    assert len(fake_ollama.requests("/api/chat")) == 2


def _long_paste(secret_line: str) -> str:
    """A question over `OFF_LOOP_CHARS`: a pasted log with one secret line in the middle."""
    lines = [
        f"2026-11-28T05:{i % 60:02d}:00Z INFO worker-{i % 7} batch {i} done in {i % 90} ms"
        for i in range(60)
    ]
    return "why is the exporter slow?\n" + "\n".join([*lines[:30], secret_line, *lines[30:]])


async def test_a_long_question_is_assessed_off_the_event_loop_and_stays_private(
    services: Services, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    """A long paste is scanned on a worker thread, so a slow scan holds no other ack or
    stream; its secret is still found and it never reaches the external model."""
    text = _long_paste("export AWS_SECRET_ACCESS_KEY=Kq8vN2xWm4pR7tY1zB3cD5fG6hJ9kL0nM2qS4uV6")
    assert len(text) > OFF_LOOP_CHARS
    router = services.assistant.router
    real_assess = router.assess
    threads: list[str] = []

    def slow_assess(value: str) -> Assessment:
        threads.append(threading.current_thread().name)
        time.sleep(0.5)  # a slow scan: the loop must go on meanwhile
        return real_assess(value)

    gaps: list[float] = []

    async def ticker() -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.01)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticking = asyncio.create_task(ticker())
    fake_ollama.refuse()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(router, "assess", slow_assess)
        meta = await services.assistant.answer(question(text, choice="strong"), CollectingSink())
    ticking.cancel()
    assert threads and threads[0] != threading.main_thread().name
    assert len(threads) == 1  # the assessment made off the loop is the one decided on
    assert len(gaps) >= 20 and max(gaps) < 0.25  # the loop was never held for the 0.5 s
    assert meta.status.value == "refused"
    assert fake_openai.requests() == []


async def test_a_short_question_is_assessed_on_the_loop_once(services: Services) -> None:
    router = services.assistant.router
    real_assess = router.assess
    threads: list[str] = []

    def recording(value: str) -> Assessment:
        threads.append(threading.current_thread().name)
        return real_assess(value)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(router, "assess", recording)
        meta = await services.assistant.answer(
            question("what does git rebase do?", choice="local"), CollectingSink()
        )
    assert meta.ok
    assert threads == [threading.main_thread().name]
