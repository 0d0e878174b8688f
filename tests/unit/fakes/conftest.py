"""Fixtures for the fakes' own tests: the shared fake servers and real clients."""

from tests.fakes.fixtures import (  # noqa: F401  (fixtures are found by name)
    fake_ollama,
    fake_ollama_server,
    fake_openai,
    fake_openai_server,
    fake_slack,
    fake_slack_server,
    ollama_client,
    openai_client,
    slack_client,
)
