"""Pytest fixtures for the fakes: one server per session, reset before each test.

Starting a server costs a thread and a port; resetting one costs nothing, so
the servers live for the session and each test gets a clean one. Use them
from a conftest with ``from tests.fakes.fixtures import *  # noqa: F403``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import ollama
import openai
import pytest
from slack_sdk.web.async_client import AsyncWebClient

from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import DEFAULT_TOKEN, FakeSlack

__all__ = [
    "fake_ollama",
    "fake_ollama_server",
    "fake_openai",
    "fake_openai_server",
    "fake_slack",
    "fake_slack_server",
    "ollama_client",
    "openai_client",
    "slack_client",
]


@pytest.fixture(scope="session")
def fake_ollama_server() -> Iterator[FakeOllama]:
    """The session's Ollama fake (prefer ``fake_ollama``, which is reset)."""
    with FakeOllama() as fake:
        yield fake


@pytest.fixture(scope="session")
def fake_openai_server() -> Iterator[FakeOpenAI]:
    """The session's OpenAI fake (prefer ``fake_openai``, which is reset)."""
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture(scope="session")
def fake_slack_server() -> Iterator[FakeSlack]:
    """The session's Slack fake (prefer ``fake_slack``, which is reset)."""
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def fake_ollama(fake_ollama_server: FakeOllama) -> FakeOllama:
    """A running Ollama fake with default knobs and no recordings."""
    fake_ollama_server.reset()
    return fake_ollama_server


@pytest.fixture
def fake_openai(fake_openai_server: FakeOpenAI) -> FakeOpenAI:
    """A running OpenAI fake with default knobs and no recordings."""
    fake_openai_server.reset()
    return fake_openai_server


@pytest.fixture
def fake_slack(fake_slack_server: FakeSlack) -> FakeSlack:
    """A running Slack fake with the default workspace only."""
    fake_slack_server.reset()
    return fake_slack_server


@pytest.fixture
async def ollama_client(fake_ollama: FakeOllama) -> AsyncIterator[ollama.AsyncClient]:
    """The real Ollama client pointed at the fake."""
    client = ollama.AsyncClient(host=fake_ollama.url)
    yield client
    await client.close()  # type: ignore[no-untyped-call]  # ollama's close() is unannotated


@pytest.fixture
async def openai_client(fake_openai: FakeOpenAI) -> AsyncIterator[openai.AsyncOpenAI]:
    """The real OpenAI client pointed at the fake, retries off so faults surface."""
    client = openai.AsyncOpenAI(base_url=fake_openai.url + "/v1", api_key="sk-test", max_retries=0)
    yield client
    await client.close()


@pytest.fixture
def slack_client(fake_slack: FakeSlack) -> AsyncWebClient:
    """The real Slack Web API client pointed at the fake, as the default bot."""
    return AsyncWebClient(token=DEFAULT_TOKEN, base_url=fake_slack.url + "/api/")
