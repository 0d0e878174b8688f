"""`tandem serve`: the HTTP server (or Socket Mode), until SIGINT/SIGTERM.

Shutdown order matters: stop taking requests, let answers in progress finish
(bounded), then flush the usage log, so a deploy loses neither an answer nor a row.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import signal
from collections.abc import Callable

import structlog
from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

from bot.config import Settings
from bot.digest.cli import grace_of
from bot.digest.scheduler import DigestScheduler, start_scheduler
from bot.routing.policy import PolicyError
from bot.service import Tandem
from bot.slack.app import SlackConfigError, build_app, check_token, close_app
from bot.web import build_web_app, listen
from bot.wiring import build, guard_budgets, migrate, rebuild_budgets

log = structlog.get_logger(__name__)
DRAIN_SECONDS = 30.0


def _settle_heap() -> None:
    """Keep what start-up built out of the garbage collector's way.

    Start-up leaves ~230,000 tracked objects that live as long as the process
    (modules, the policy, the difficulty model's tables, detect-secrets' plugins,
    clients), and every full collection walked them again: pauses of 140-260 ms
    under load, each one a stall for every ack and stream in the process. Frozen,
    a full collection walks only what answers allocate (20,000-80,000 objects,
    20-80 ms; bench_load with gc callbacks, BENCHMARKS.md).
    """
    gc.collect()
    gc.freeze()


def stop_event() -> asyncio.Event:
    """Set on SIGINT or SIGTERM (handlers installed now, on the running loop)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    return stop


def reload_on_sighup(tandem: Tandem) -> None:
    """SIGHUP re-reads the policy; a broken file is logged and the running policy stays."""
    tasks: set[asyncio.Task[None]] = set()

    async def reload() -> None:
        with contextlib.suppress(PolicyError):  # logged, and the running policy stays
            await tandem.reload_policy(by="SIGHUP")

    def on_signal() -> None:
        task = asyncio.create_task(reload())
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    with contextlib.suppress(NotImplementedError, RuntimeError):
        asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, on_signal)


async def serve(
    settings: Settings,
    *,
    socket_mode: bool | None = None,
    worker: int | None = None,
    on_serving: Callable[[], object] | None = None,
) -> None:
    """Serve until SIGINT/SIGTERM. `worker` is set under `tandem serve --workers N`
    (bot/supervisor.py): the supervisor has migrated and rebuilt the budgets once,
    the port is shared (SO_REUSEPORT) and only worker 0 runs the scheduler."""
    # Before anything else: a SIGTERM while starting (the port may already be open and
    # answers running) must shut down in order, not kill the process where it stands.
    stop = stop_event()
    socket_mode = bool(settings.slack_app_token) if socket_mode is None else socket_mode
    services = await build(settings)
    control: asyncio.Task[None] | None = None
    guard: asyncio.Task[None] | None = None
    try:
        if worker is None:
            await migrate(settings)
            await rebuild_budgets(services)
        tandem = Tandem(services)
        await tandem.preferences.load()  # questions read the model choices from memory
        reload_on_sighup(tandem)
        control = asyncio.create_task(tandem.follow_control())  # other processes' news
        guard = asyncio.create_task(guard_budgets(services))  # counters lost with Redis
        bolt = build_app(tandem, socket_mode=socket_mode)
        if worker is None:  # under a supervisor, checked once before the workers start
            try:
                await check_token(bolt)
            except SlackConfigError:
                await close_app(bolt)
                raise
        runner = web.AppRunner(
            build_web_app(tandem, None if socket_mode else bolt), access_log=None
        )
        await runner.setup()
        _settle_heap()
        shared = worker is not None
        await listen(runner, settings.host, settings.port, reuse_port=shared)
        log.info(
            "serving",
            host=settings.host,
            port=settings.port,
            socket_mode=socket_mode,
            worker=worker,
        )
        socket = await _start_socket_mode(bolt, settings) if socket_mode else None
        if on_serving is not None:
            on_serving()
        digests = None
        if settings.scheduler_enabled and not worker:
            digests = await start_scheduler(
                services, grace=grace_of(settings), retention_days=settings.usage_retention_days
            )
        await stop.wait()
        await _shut_down(tandem, runner, bolt, socket, digests)
    finally:
        for task in (control, guard):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        await services.aclose()


async def _shut_down(
    tandem: Tandem,
    runner: web.AppRunner,
    bolt: AsyncApp,
    socket: AsyncSocketModeHandler | None,
    digests: DigestScheduler | None,
) -> None:
    """Stop taking requests, let answers in progress finish (bounded), then close."""
    log.info("shutting_down", in_flight=tandem.in_flight)
    if socket is not None:
        await socket.close_async()  # type: ignore[no-untyped-call]
    await runner.shutdown()
    if not await tandem.drain(DRAIN_SECONDS):
        log.warning("answers_cut_off_by_shutdown", count=tandem.in_flight)
    if digests is not None:
        await digests.shutdown()
    await runner.cleanup()
    await close_app(bolt)


async def _start_socket_mode(bolt: AsyncApp, settings: Settings) -> AsyncSocketModeHandler:
    if settings.slack_app_token is None:
        raise SlackConfigError("Socket Mode needs SLACK_APP_TOKEN (an xapp- token)")
    handler = AsyncSocketModeHandler(bolt, settings.slack_app_token.get_secret_value())
    await handler.connect_async()  # type: ignore[no-untyped-call]
    return handler
