"""Tandem's real Slack app on a loopback port, against the Slack, Ollama and OpenAI fakes,
real Redis and the parametrised SQL database."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

import pytest
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import FakeSlack
from tests.support.app import settings_for
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
