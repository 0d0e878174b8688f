"""Tandem's real Slack app on a loopback port, against the Slack, Ollama and OpenAI fakes,
real Redis and the parametrised SQL database."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.conftest import REDIS_URL
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import FakeSlack
from tests.support.app import settings_for
from tests.support.cli import OWNED_ENV, ROOT
from tests.support.slack_app import RunningApp, running_app, slack_settings

AppFactory = Callable[..., AbstractAsyncContextManager[RunningApp]]


@pytest.fixture
def app_with(
    engine: AsyncEngine,
    redis: Redis,
    database_url: str,
    fake_ollama: FakeOllama,
    fake_openai: FakeOpenAI,
    fake_slack: FakeSlack,
) -> AppFactory:
    """`async with app_with(setting=value) as app:` the app with those settings changed."""

    def make(**overrides: Any) -> AbstractAsyncContextManager[RunningApp]:
        base = settings_for(database_url, fake_ollama, fake_openai)
        return running_app(slack_settings(base, fake_slack, **overrides))

    return make


@pytest.fixture
async def app(app_with: AppFactory) -> AsyncIterator[RunningApp]:
    async with app_with() as running:
        yield running


@pytest.fixture
def env(
    tmp_path: Path, fake_ollama: FakeOllama, fake_openai: FakeOpenAI, redis: object
) -> dict[str, str]:
    """The environment of a `tandem` subprocess: the fakes, a fresh SQLite file, test Redis."""
    values = {k: v for k, v in os.environ.items() if not k.startswith(OWNED_ENV)}
    values.update(
        {
            "PYTHONPATH": str(ROOT),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
            "REDIS_URL": REDIS_URL,
            "OLLAMA_HOST": fake_ollama.url,
            "OPENAI_BASE_URL": fake_openai.url + "/v1",
            "OPENAI_API_KEY": "sk-test-loopback",
            "TANDEM_TEST_CWD": str(tmp_path),
        }
    )
    return values
