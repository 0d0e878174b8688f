"""What every `tandem` sub-command shares: one-line errors, exit codes, settings or a clear exit."""

from __future__ import annotations

import asyncio
import importlib.util
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import typer

from bot.config import Settings

T = TypeVar("T")

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def fail(message: str, code: int = EXIT_BAD_INPUT) -> typer.Exit:
    """Print one clear line to stderr and return the exit to raise."""
    typer.echo(f"tandem: {message}", err=True)
    return typer.Exit(code)


def settings_or_exit() -> Settings:
    """Settings from the environment, or a one-line error naming the bad setting."""
    from pydantic import ValidationError

    from bot.config import load_settings

    try:
        return load_settings()
    except ValidationError as exc:
        error = exc.errors()[0]
        reason = error.get("ctx", {}).get("error") if error["type"] == "value_error" else None
        message = str(reason) if reason else error["msg"]  # without pydantic's "Value error, "
        raise fail(f"bad setting {'.'.join(map(str, error['loc']))}: {message}") from None


def loop_factory(settings: Settings) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop for the long-lived processes when it is installed and not turned off.

    Tandem's CPU goes to socket reads and callbacks (Slack, the model streams,
    Redis); uvloop does those in C, about a quarter less CPU per answer in
    `bench_load`. Everything Tandem uses (aiohttp, redis, asyncpg, aiosqlite,
    APScheduler, signal handlers) runs on it unchanged.
    """
    if not settings.uvloop or importlib.util.find_spec("uvloop") is None:
        return None
    import uvloop

    return uvloop.new_event_loop


def run_service(main: Coroutine[Any, Any, T], settings: Settings) -> T:
    """`asyncio.run` on the event loop `loop_factory` picks."""
    with asyncio.Runner(loop_factory=loop_factory(settings)) as runner:
        return runner.run(main)
