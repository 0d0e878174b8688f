"""Tandem's real HTTP app (Bolt behind aiohttp) on a loopback port, inside the test's loop."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web

from bot.config import Settings
from bot.service import Tandem
from bot.slack.app import build_app, close_app
from bot.web import build_web_app
from bot.wiring import Services, build
from tests.fakes.slack import DEFAULT_TOKEN, FakeSlack
from tests.fakes.slack_events import DEFAULT_SIGNING_SECRET


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def slack_settings(base: Settings, slack: FakeSlack, **overrides: Any) -> Settings:
    return base.model_copy(
        update={
            "slack_api_url": slack.url + "/api/",
            "slack_bot_token": DEFAULT_TOKEN,
            "slack_signing_secret": DEFAULT_SIGNING_SECRET,
            # Always show the status, so its removal tells a test the answer is done;
            # the delay itself is tested on its own.
            "status_delay_seconds": 0.0,
            **overrides,
        }
    )


@dataclass
class RunningApp:
    url: str
    tandem: Tandem
    services: Services
    session: aiohttp.ClientSession

    async def post(self, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        async with self.session.post(self.url + "/slack/events", data=body, headers=headers) as r:
            return r.status, await r.text()

    async def get(self, path: str) -> tuple[int, str]:
        async with self.session.get(self.url + path) as response:
            return response.status, await response.text()


@asynccontextmanager
async def running_app(settings: Settings) -> AsyncIterator[RunningApp]:
    from pydantic import SecretStr

    for name in ("slack_bot_token", "slack_signing_secret", "slack_client_secret"):
        value = getattr(settings, name)
        if isinstance(value, str):
            settings = settings.model_copy(update={name: SecretStr(value)})
    services = await build(settings)
    tandem = Tandem(services)
    bolt = build_app(tandem)
    runner = web.AppRunner(build_web_app(tandem, bolt), access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    session = aiohttp.ClientSession()
    try:
        yield RunningApp(f"http://127.0.0.1:{port}", tandem, services, session)
    finally:
        await session.close()
        await runner.cleanup()
        await tandem.drain(5)
        await close_app(bolt)
        await services.aclose()
