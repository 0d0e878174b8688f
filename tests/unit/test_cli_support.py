"""The event loop the long-lived processes run on."""

from __future__ import annotations

import asyncio

import uvloop

from bot.cli_support import loop_factory, run_service
from bot.config import Settings


async def loop_kind() -> type[asyncio.AbstractEventLoop]:
    return type(asyncio.get_running_loop())


def test_serve_runs_on_uvloop_by_default() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]

    assert loop_factory(settings) is uvloop.new_event_loop
    assert issubclass(run_service(loop_kind(), settings), uvloop.Loop)


def test_uvloop_can_be_turned_off() -> None:
    settings = Settings(_env_file=None, uvloop=False)  # type: ignore[call-arg]

    assert loop_factory(settings) is None
    assert not issubclass(run_service(loop_kind(), settings), uvloop.Loop)
