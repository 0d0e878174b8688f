"""Digest fixtures: a real assistant on the model fakes, the Slack fake, a controlled clock.

Services come from `bot.wiring.build`, the same composition root as `tandem
serve`, with settings pointing at the fakes. The router gets a fixed
difficulty score (the digest does not test the scorer): 0.9 sends every
question to the strong (external) model unless privacy keeps it local, which
is exactly what the channel digest tests need to see.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import SecretStr
from redis.asyncio import Redis
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.assistant import Assistant
from bot.config import Settings
from bot.digest.context import DigestContext
from bot.routing.build import build_router
from bot.routing.policy import Policy, parse_policy
from bot.slack.clients import SlackClients
from bot.usage.records import UsageRecord
from bot.usage.tables import UsageEvent
from bot.wiring import Services, build
from tests.conftest import REDIS_URL
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import DEFAULT_TOKEN, FakeSlack

POLICY = """
default = "local"
strong = "strong"

[models.local]
provider = "ollama"
model = "llama3.1:8b"
label = "Llama 3.1 8B"
privacy = "local"
context_window = 8192

[models.strong]
provider = "openai"
model = "gpt-4o"
label = "GPT-4o"
privacy = "external"
context_window = 128000
input_usd_per_mtok = 2.50
output_usd_per_mtok = 10.00

[routing]
retry_attempts = 1

[budgets]
workspace_monthly_usd = 50
channel_monthly_usd = 10
"""

FIRE = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # a Wednesday


@dataclass
class Clock:
    """A clock tests move by hand; jobs read it through the context."""

    now: datetime = FIRE

    def __call__(self) -> datetime:
        return self.now

    def at(self, moment: datetime) -> Clock:
        self.now = moment
        return self


@dataclass(frozen=True)
class Score:
    value: float
    drivers: tuple[tuple[str, float], ...] = ()
    features: Mapping[str, float] = field(default_factory=dict)


@dataclass
class FixedScorer:
    """Every question scores `value`: 0.9 means "needs the strong model"."""

    value: float = 0.9

    def score(self, text: str) -> Score:
        return Score(self.value)

    def threshold_for_share(self, strong_share: float) -> float:
        return 0.6


@pytest.fixture
def policy() -> Policy:
    return parse_policy(POLICY, "digest-test-policy")


@pytest.fixture
def scorer() -> FixedScorer:
    """Tests lower `value` to send public, non-sensitive questions to the local model."""
    return FixedScorer(0.9)


@pytest.fixture
def clock() -> Clock:
    return Clock(FIRE + timedelta(seconds=5))


@pytest.fixture
def settings(
    database_url: str,
    tmp_path: Path,
    fake_slack: FakeSlack,
    fake_ollama: FakeOllama,
    fake_openai: FakeOpenAI,
) -> Settings:
    """Settings for the real wiring, pointed at the fakes, the test Redis and database."""
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text(POLICY)
    return Settings(
        database_url=database_url,
        redis_url=REDIS_URL,
        ollama_host=fake_ollama.url,
        openai_api_key=SecretStr("sk-test"),
        openai_base_url=fake_openai.url + "/v1",
        policy_path=policy_file,
        slack_api_url=fake_slack.url + "/api/",
        slack_bot_token=SecretStr(DEFAULT_TOKEN),
        # The writer flushes on close. Its loop can miss a cancel that lands during a
        # Redis call (redis/redis-py#2028); a long interval keeps it out of Redis then.
        usage_flush_interval=3600,
    )


@pytest.fixture
async def services(
    settings: Settings, policy: Policy, scorer: FixedScorer, engine: AsyncEngine, redis: Redis
) -> AsyncIterator[Services]:
    """The whole of Tandem as `tandem serve` builds it (tables and Redis cleaned first)."""
    built = await build(settings, router=build_router(settings, policy, scorer=scorer))
    yield built
    await built.aclose()


@pytest.fixture
def assistant(services: Services) -> Assistant:
    return services.assistant


def slack_clients(fake_slack: FakeSlack) -> SlackClients:
    return SlackClients(fake_slack.url + "/api/", bot_token=DEFAULT_TOKEN)


@pytest.fixture
def ctx(services: Services, clock: Clock) -> DigestContext:
    """What the scheduler hands every job, with the test's clock."""
    return DigestContext.from_services(services, grace=timedelta(minutes=15), clock=clock)


def usage_row(n: int, at: datetime, **overrides: object) -> dict[str, object]:
    """A usage_events row (as the writer would insert it)."""
    values: dict[str, object] = {
        "request_id": f"req-{n:04d}",
        "workspace": "T0001",
        "channel": "C0ENG",
        "user_id": f"U{n % 3}",
        "thread_key": f"T0001:C0ENG:{n}",
        "surface": "mention",
        "status": "ok",
        "created_at": at,
        "alias": "local",
        "provider": "ollama",
        "model": "llama3.1:8b",
        "prompt_tokens": 1000,
        "completion_tokens": 200,
        "latency_ms": 1000.0 + n,
    }
    feedback = overrides.pop("feedback", None)
    values.update(overrides)
    row = UsageRecord(**values).to_row()  # type: ignore[arg-type]
    row["feedback"] = feedback
    return row


async def seed_usage(engine: AsyncEngine, rows: list[dict[str, object]]) -> None:
    async with engine.begin() as connection:
        await connection.execute(insert(UsageEvent), rows)
