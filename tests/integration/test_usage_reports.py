"""`/tandem usage`, the App Home and `tandem usage` count questions as the usage digest does."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.digest.usage_stats import load_usage
from bot.models.base import ModelSpec
from bot.routing.policy import parse_policy
from bot.service import UsageView
from bot.slack.replies import usage_text
from bot.usage.reports import render_table, usage_report
from tests.integration.digest.conftest import FIRE, POLICY, seed_usage, usage_row

SINCE = FIRE - timedelta(days=7)


def a_week() -> list[dict[str, object]]:
    """Three questions (one answered locally, one that fell back to the strong model,
    one every model failed), two thread summaries for a channel digest (one run by
    `tandem digest run`, logged as `cli`) and a typo."""
    at = FIRE - timedelta(hours=3)
    strong = {"alias": "strong", "provider": "openai", "model": "gpt-4o"}
    return [
        usage_row(1, at, user_id="U1"),
        usage_row(2, at, user_id="U2", status="error"),
        usage_row(2, at, user_id="U2", step=1, cost_usd=Decimal("0.01"), **strong),
        usage_row(3, at, user_id="U1", status="error"),
        usage_row(7, at, user_id="cli", surface="digest", cost_usd=Decimal("0.02"), **strong),
        usage_row(8, at, user_id="U3", surface="digest", cost_usd=Decimal("0.03"), **strong),
        usage_row(9, at, user_id="U1", alias=None, status="rejected"),
    ]


def strong_spec() -> ModelSpec:
    return parse_policy(POLICY, "test").models["strong"]


async def test_questions_by_any_grouping_add_up_to_the_digests(engine: AsyncEngine) -> None:
    await seed_usage(engine, a_week())
    digest = await load_usage(engine, strong=strong_spec(), since=SINCE, until=FIRE)
    assert digest.questions == 3

    by_model = {line.key: line for line in (await usage_report(engine, SINCE, "model")).lines}
    answers = {m.alias: m.questions for m in digest.models}
    assert answers == {"local": 1, "strong": 1}  # the failed question is no model's answer
    assert {key: line.questions for key, line in by_model.items()} == answers
    assert sum(line.calls for line in by_model.values()) == 6  # every call is still spend
    assert sum((line.cost_usd for line in by_model.values()), Decimal(0)) == Decimal("0.06")

    by_user = {
        line.key: line.questions for line in (await usage_report(engine, SINCE, "user")).lines
    }
    assert by_user == {"U1": 2, "U2": 1, "U3": 0, "cli": 0}
    assert sum(by_user.values()) == digest.questions

    by_surface = {line.key: line for line in (await usage_report(engine, SINCE, "surface")).lines}
    assert by_surface["mention"].questions == 3
    assert (by_surface["digest"].questions, by_surface["digest"].calls) == (0, 2)

    by_status = {
        line.key: line.questions for line in (await usage_report(engine, SINCE, "status")).lines
    }
    assert by_status == {"ok": 2, "error": 1, "rejected": 1}  # a question counts as it ended


async def test_slash_command_and_terminal_totals_say_the_digests_count(
    engine: AsyncEngine,
) -> None:
    """The reviewer saw '33 questions' in `/tandem usage team` against the digest's 21."""
    await seed_usage(engine, a_week())
    digest = await load_usage(engine, strong=strong_spec(), since=SINCE, until=FIRE)
    report = await usage_report(engine, SINCE, "model", workspace="T0001")
    assert (report.questions, report.summaries) == (digest.questions, 2)
    assert report.summaries_cost_usd == Decimal("0.05")
    assert report.cost_usd == digest.cost_usd == Decimal("0.06")

    text = usage_text(UsageView("team", 7, report))
    assert "*3* questions, *$0.06*" in text
    assert "Channel digests: 2 thread summaries, $0.05" in text
    table = render_table(report)
    assert "questions asked: 3" in table and "channel digests: 2 thread summaries" in table
    assert report.to_dict()["digest_summaries"] == {"summaries": 2, "cost_usd": "0.05"}

    mine = await usage_report(engine, SINCE, "model", user="U3")  # a subscriber's summary
    assert (mine.questions, mine.summaries, mine.lines[0].calls) == (0, 1, 1)
