"""Build the real Tandem services against the loopback fakes, real Redis and a real database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.config import BUNDLED_POLICY, Settings
from bot.question import AnswerMeta
from bot.wiring import Services, build
from tests.conftest import REDIS_URL
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI

OPENAI_KEY = "sk-test-loopback-key"


def policy_file(tmp_path: Path, **replace: str) -> Path:
    """The bundled policy with some of its text replaced (each `old` must be there)."""
    text = BUNDLED_POLICY.read_text()
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / "policy.toml"
    path.write_text(text)
    return path


def settings_for(
    database_url: str, ollama: FakeOllama, openai: FakeOpenAI, **overrides: Any
) -> Settings:
    values: dict[str, Any] = {
        "database_url": database_url,
        "redis_url": REDIS_URL,
        "ollama_host": ollama.url,
        "openai_base_url": openai.url + "/v1",
        "openai_api_key": OPENAI_KEY,
        "usage_flush_interval": 0.05,
        "auto_migrate": False,
    }
    values.update(overrides)
    return Settings(**values)


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[Services]:
    services = await build(settings)
    try:
        yield services
    finally:
        await services.aclose()


class CollectingSink:
    """A reply sink that keeps what the assistant wrote, for assertions."""

    def __init__(self) -> None:
        self.deltas: list[str] = []
        self.meta: AnswerMeta | None = None

    @property
    def text(self) -> str:
        return "".join(self.deltas)

    async def write(self, text: str) -> None:
        self.deltas.append(text)

    async def finish(self, meta: AnswerMeta) -> None:
        self.meta = meta
