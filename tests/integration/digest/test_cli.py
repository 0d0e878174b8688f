"""`tandem digest run`: post to Slack, or print with --stdout (usage: no Slack needed)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.digest.cli import digest_app
from bot.routing.difficulty import DEFAULT_ARTIFACT
from bot.usage import db
from tests.conftest import REDIS_URL
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import DEFAULT_TOKEN, FakeSlack
from tests.integration.digest.conftest import POLICY, seed_usage, usage_row


async def _seed(url: str) -> None:
    engine = db.create_engine(url)
    now = datetime.now(UTC)
    try:
        await seed_usage(
            engine,
            [
                usage_row(1, now - timedelta(hours=3)),
                usage_row(2, now - timedelta(days=2), user_id="U9", channel="C0OPS"),
                usage_row(
                    3,
                    now - timedelta(hours=1),
                    alias="strong",
                    provider="openai",
                    model="gpt-4o",
                    cost_usd=Decimal("0.0125"),
                ),
                usage_row(4, now - timedelta(days=9)),  # outside --since 7d
            ],
        )
    finally:
        await engine.dispose()


def test_usage_digest_prints_to_stdout(sqlite_url: str) -> None:
    asyncio.run(_seed(sqlite_url))
    result = CliRunner().invoke(
        digest_app,
        ["run", "--kind", "usage", "--since", "7d", "--stdout", "--tz", "europe/paris"],
        env={"DATABASE_URL": sqlite_url},
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("Tandem usage digest, ")
    assert "(Europe/Paris)" in out
    assert "3 from 3 people" in out
    assert "Cost                $0.01" in out
    assert "strong (GPT-4o)" in out
    assert "C0OPS: 1" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "--kind", "budget", "--stdout"], "--kind must be usage or channel"),
        (["run", "--kind", "usage", "--since", "forever", "--stdout"], "expected a span like 7d"),
        (["run", "--kind", "channel", "--stdout"], "--channel is required"),
        (["run", "--kind", "usage", "--stdout", "--tz", "Mars/Base"], "unknown time zone"),
    ],
)
def test_bad_options_exit_2_with_one_line(args: list[str], message: str) -> None:
    result = CliRunner().invoke(digest_app, args)
    assert result.exit_code == 2
    assert message in result.output


def test_unreachable_database_is_one_line() -> None:
    result = CliRunner().invoke(
        digest_app,
        ["run", "--kind", "usage", "--stdout"],
        env={"DATABASE_URL": "postgresql://postgres@127.0.0.1:1/tandem"},  # nothing listens
    )
    assert result.exit_code == 1
    assert "cannot read the database" in result.output


needs_scorer = pytest.mark.skipif(
    not DEFAULT_ARTIFACT.exists(),
    reason="the full wiring needs the routing scorer's artifact, not in this checkout yet",
)


@pytest.fixture
def env(
    sqlite_url: str,
    tmp_path: Path,
    fake_slack: FakeSlack,
    fake_ollama: FakeOllama,
    fake_openai: FakeOpenAI,
) -> dict[str, str]:
    """The environment a deployment would set, pointed at the fakes."""
    policy = tmp_path / "policy.toml"
    policy.write_text(POLICY)
    fake_ollama.reply = fake_openai.reply = "They agreed to roll back the deploy."
    return {
        "DATABASE_URL": sqlite_url,
        "REDIS_URL": REDIS_URL,
        "SLACK_API_URL": fake_slack.url + "/api/",
        "SLACK_BOT_TOKEN": DEFAULT_TOKEN,
        "OLLAMA_HOST": fake_ollama.url,
        "OPENAI_API_KEY": "sk-test",
        "OPENAI_BASE_URL": fake_openai.url + "/v1",
        "TANDEM_POLICY": str(policy),
        "TANDEM_USAGE_FLUSH_INTERVAL": "3600",
    }


@needs_scorer
def test_usage_digest_posts_with_its_chart(env: dict[str, str], fake_slack: FakeSlack) -> None:
    asyncio.run(_seed(env["DATABASE_URL"]))
    result = CliRunner().invoke(
        digest_app, ["run", "--kind", "usage", "--channel", "C0ADMIN", "--since", "7d"], env=env
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Posted the usage digest to C0ADMIN."
    message = fake_slack.messages("C0ADMIN")[0]
    assert message["blocks"][0]["text"]["text"] == "Tandem usage digest"
    (complete,) = fake_slack.calls("files.completeUploadExternal")
    assert complete.params["channel_id"] == "C0ADMIN"


@needs_scorer
def test_channel_digest_prints_without_posting(env: dict[str, str], fake_slack: FakeSlack) -> None:
    fake_slack.add_channel("C0ENG", "eng")
    hour_ago = f"{(datetime.now(UTC) - timedelta(hours=1)).timestamp():.6f}"
    thread = fake_slack.add_message("C0ENG", "The deploy is stuck", ts=hour_ago)
    fake_slack.add_message("C0ENG", "Rolling back", thread_ts=thread)
    result = CliRunner().invoke(
        digest_app,
        ["run", "--kind", "channel", "--channel", "C0ENG", "--since", "1d", "--stdout"],
        env=env,
    )
    assert result.exit_code == 0, result.output
    assert "Digest of #eng" in result.output
    assert "The deploy is stuck (1 reply)" in result.output
    assert "They agreed to roll back the deploy." in result.output
    assert fake_slack.calls("chat.postMessage") == []
