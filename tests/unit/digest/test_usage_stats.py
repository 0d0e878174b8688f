"""Usage digest numbers and their two renderings, from hand-made rows (no database)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from bot.digest.budget_use import BudgetUse
from bot.digest.charts import PNG_SIGNATURE, usage_chart
from bot.digest.usage_report import render_blocks, render_text
from bot.digest.usage_stats import percentile, summarise
from bot.models.base import ModelSpec, Privacy
from bot.models.pricing import usd

STRONG = ModelSpec(
    "strong",
    "openai",
    "gpt-4o",
    Privacy.EXTERNAL,
    128_000,
    2048,
    Decimal("2.50"),
    Decimal("10.00"),
    label="GPT-4o",
)
START = datetime(2026, 11, 18, 9, tzinfo=UTC)
END = START + timedelta(days=7)


def row(request: str, step: int = 0, **values: Any) -> SimpleNamespace:
    base: dict[str, Any] = {
        "request_id": request,
        "step": step,
        "created_at": START + timedelta(hours=1),
        "user_id": "U1",
        "channel": "C1",
        "alias": "local",
        "status": "ok",
        "fallback_from": None,
        "prompt_tokens": 1000,
        "completion_tokens": 100,
        "cost_usd": Decimal(0),
        "latency_ms": 1000.0,
        "feedback": None,
    }
    base.update(values)
    return SimpleNamespace(**base)


def digest_of(rows: list[SimpleNamespace], **kwargs: Any) -> Any:
    return summarise(rows, strong=STRONG, since=START, until=END, **kwargs)


def test_questions_are_request_ids_and_the_last_step_answers() -> None:
    rows = [
        # q1: local failed, fell back to strong (two calls, one question, answered by strong)
        row("q1", 0, status="error", completion_tokens=0, prompt_tokens=0, latency_ms=300.0),
        row(
            "q1",
            1,
            alias="strong",
            fallback_from="local",
            cost_usd=Decimal("0.0035"),
            latency_ms=1700.0,
            feedback=1,
        ),
        row("q2", user_id="U2", channel="C2", feedback=-1),
        row("q3", user_id="U2", channel="C2", feedback=1),
        row(
            "q4", alias=None, status="error", prompt_tokens=0, completion_tokens=0, latency_ms=None
        ),
    ]
    digest = digest_of(rows)
    assert (digest.questions, digest.people) == (4, 2)
    shares = {m.alias: (m.questions, m.calls) for m in digest.models}
    assert shares == {"local": (2, 3), "strong": (1, 1)}
    assert digest.fallbacks == 1
    assert digest.errors == 1
    assert (digest.thumbs_up, digest.thumbs_down) == (2, 1)
    assert dict(digest.top_channels) == {"C1": 2, "C2": 2}
    assert digest.p50_ms == 1000.0
    assert digest.p95_ms == 1900.0  # q1 waited 2000 ms: its two calls add up
    assert digest.cost_usd == Decimal("0.0035")


def test_a_question_every_model_failed_is_no_answer_of_the_last_model_tried() -> None:
    rows = [
        row("q1"),
        row("q2", alias="strong"),
        row("q3", 0, alias="local", status="error", completion_tokens=0),
        row("q3", 1, alias="strong", status="error", completion_tokens=0),
        row("q4", alias="local", status="incomplete"),  # cut off: the person saw an answer
    ]
    digest = digest_of(rows)
    shares = {m.alias: (m.questions, m.calls) for m in digest.models}
    assert shares == {"local": (2, 3), "strong": (1, 2)}
    assert (digest.questions, digest.errors) == (4, 2)
    assert sum(point.questions for point in digest.days) == 3


def test_savings_price_every_call_at_the_strong_model() -> None:
    rows = [row(f"q{n}") for n in range(10)]  # 10 local calls: 1000 in, 100 out each
    rows.append(row("q10", alias="strong", cost_usd=Decimal("0.0035")))
    digest = digest_of(rows)
    # 11 calls * (1000 * 2.5 + 100 * 10) / 1e6 = 0.0385 at strong prices; 0.0035 spent.
    assert digest.strong_cost_usd == Decimal("0.0385")
    assert digest.savings_usd == Decimal("0.0350")


def test_days_are_local_days_per_model() -> None:
    late = START.replace(hour=23, minute=30)  # 00:30 next day in Paris
    digest = digest_of(
        [row("a", created_at=late), row("b", created_at=late, alias="strong")],
        tz="Europe/Paris",
    )
    assert {(p.day, p.alias, p.questions) for p in digest.days} == {
        (date(2026, 11, 19), "local", 1),
        (date(2026, 11, 19), "strong", 1),
    }


def test_percentiles() -> None:
    assert percentile([], 0.5) is None
    assert percentile([5.0], 0.95) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert percentile(list(map(float, range(101))), 0.95) == 95.0


def test_block_kit_and_text_say_the_same_things() -> None:
    budgets = (BudgetUse("eng monthly", Decimal("12"), Decimal("50")),)
    rows = [row("q1", feedback=1), row("q2", alias="strong", cost_usd=Decimal("1.25"))]
    digest = digest_of(rows, budgets=budgets)
    labels = {"local": "Llama 3.1 8B", "strong": "GPT-4o"}
    blocks = render_blocks(digest, labels)
    assert blocks[0]["type"] == "header"
    fields = next(b["fields"] for b in blocks if "fields" in b)
    assert len(fields) <= 10
    flat = str(blocks)
    text = render_text(digest, labels)
    for expected in (
        "2 from 1 person",
        "$1.25",
        "local (Llama 3.1 8B): 50%",
        "eng monthly",
        "<#C1>",
    ):
        assert expected in flat, expected
    for expected in ("2 from 1 person", "$1.25", "local (Llama 3.1 8B): 50%", "eng monthly"):
        assert expected in text, expected
    assert "👍 1 · 👎 0 (100% 👍)" in text


def test_empty_period_says_so() -> None:
    digest = digest_of([])
    assert "No questions" in render_text(digest)
    assert len(render_blocks(digest)) == 3


def test_money_keeps_sub_cent_amounts_visible() -> None:
    assert usd(Decimal("0.0042")) == "$0.0042"
    assert usd(Decimal("12.5")) == "$12.50"
    assert usd(Decimal(0)) == "$0.00"


def test_chart_is_a_png_even_without_data() -> None:
    digest = digest_of([row("q1"), row("q2", alias="strong", cost_usd=Decimal("0.2"))])
    png = usage_chart(digest.days, date(2026, 11, 18), date(2026, 11, 24))
    assert png.startswith(PNG_SIGNATURE)
    assert usage_chart([], date(2026, 11, 18), date(2026, 11, 18)).startswith(PNG_SIGNATURE)


def test_digest_summaries_cost_tokens_but_are_not_questions_or_people() -> None:
    """A channel digest summarises each thread with a model call, logged under the
    subscriber (or `cli` for `tandem digest run`): that spend counts, but the team
    asked 2 questions, not 4, and `cli` is not one of the people asking."""
    rows = [
        row("q1", user_id="U1", channel="C1", surface="mention"),
        row("q2", user_id="U2", channel="C1", surface="dm", alias="strong", cost_usd=Decimal(1)),
        row("d1", user_id="cli", channel="C9", surface="digest", latency_ms=9000.0),
        row("d2", user_id="U3", channel="C9", surface="digest", feedback=1),
    ]
    digest = digest_of(rows)
    assert (digest.questions, digest.people) == (2, 2)
    assert digest.top_channels == (("C1", 2),)
    assert digest.p95_ms is not None and digest.p95_ms < 9000
    assert digest.thumbs_up == 0
    shares = {m.alias: (m.questions, m.calls) for m in digest.models}
    assert shares == {"local": (1, 3), "strong": (1, 1)}
    assert digest.prompt_tokens == 4000  # every call's tokens, the digests' included
    assert sum(p.questions for p in digest.days) == 2
