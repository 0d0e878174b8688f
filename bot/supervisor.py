"""`tandem serve --workers N`: N serving processes on one port, kept running, stopped together.

One `tandem serve` is one Python thread, so it tops out at one core: at about
10 ms of CPU per streamed answer that is ~100 answers/s, and once the event loop
is that busy an acknowledgement waits behind the answers in progress (Slack
retries what is not acked within 3 s). Workers are the usual answer (gunicorn's
`-w`): each is a whole `tandem serve`, bound to the same port with SO_REUSEPORT,
so the kernel spreads Slack's connections over them. Everything they share
already lives outside the process: thread memory, locks, event claims and
budget counters in Redis, usage in SQL.

What the supervisor (this process, no event loop) does:
* once, before the workers start: migrations and the budget counters rebuilt
  from SQL (one rebuild, not one per worker racing the others' charges);
* start the workers (spawned, not forked: no inherited event loop, sockets or
  threads); only worker 0 runs the digest scheduler;
* Prometheus in multiprocess mode: every worker writes its series to a shared
  folder and `/metrics` on any worker reports the sum over all of them;
* SIGHUP is passed on (every worker re-reads the policy), SIGTERM/SIGINT too
  (each drains its answers, then flushes its usage rows), and it waits for them;
* what one worker learns that makes the others stale (an admin's `/tandem policy
  reload`, a user's `/tandem model` choice) it publishes on Redis, as replicas do
  (`bot/state/control.py`), so the supervisor has no part in it;
* a worker that dies is started again (its answers in flight are lost, as they
  would be with one process; Slack's retry then reaches a live worker); one that
  dies before it serves (it could not bind the port, say) is a configuration
  problem, so everything stops, exit code 1, instead of restarting in a loop.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
import time
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event as EventType
from types import FrameType
from typing import cast

import structlog

from bot.config import Settings

log = structlog.get_logger(__name__)

RESTART_DELAY = 1.0
STOP_GRACE = 45.0  # a worker's own drain is 30 s, plus the usage flush
METRICS_DIR_ENV = "PROMETHEUS_MULTIPROC_DIR"  # prometheus_client's own switch


def _worker_main(index: int, socket_mode: bool | None, serving: EventType) -> None:
    """Entry point of a spawned worker: settings from the (inherited) environment."""
    from bot.cli_support import run_service
    from bot.config import load_settings
    from bot.logs import configure
    from bot.server import serve
    from bot.web import PortUnavailable

    settings = load_settings()
    configure(settings.log_level, json=settings.log_json, keep_text=settings.log_message_text)
    structlog.contextvars.bind_contextvars(worker=index)  # on every line this worker logs
    try:
        run_service(
            serve(settings, socket_mode=socket_mode, worker=index, on_serving=serving.set),
            settings,
        )
    except KeyboardInterrupt:
        pass
    except PortUnavailable as exc:
        print(f"tandem: {exc}", file=sys.stderr)
        raise SystemExit(1) from None


class Supervisor:
    def __init__(self, settings: Settings, count: int, socket_mode: bool | None) -> None:
        self.settings, self.count, self.socket_mode = settings, count, socket_mode
        self._context = multiprocessing.get_context("spawn")
        self._workers: dict[int, tuple[BaseProcess, EventType]] = {}
        self._stopping = False
        self._deadline = 0.0
        self._exit_code = 0

    def run(self) -> int:
        """Run until SIGTERM/SIGINT (or a worker that cannot start); the exit code."""
        metrics_dir = tempfile.mkdtemp(prefix="tandem-metrics-")
        os.environ[METRICS_DIR_ENV] = metrics_dir
        previous = {
            sig: signal.signal(sig, self._on_signal)
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
        }
        try:
            for index in range(self.count):
                self._start(index)
            log.info("workers_started", workers=self.count, port=self.settings.port)
            while self._workers:
                self._reap()
            return self._exit_code
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            os.environ.pop(METRICS_DIR_ENV, None)
            shutil.rmtree(metrics_dir, ignore_errors=True)

    def _start(self, index: int) -> None:
        serving = self._context.Event()
        process = self._context.Process(
            target=_worker_main,
            args=(index, self.socket_mode, serving),
            name=f"tandem-worker-{index}",
        )
        process.start()
        self._workers[index] = (process, serving)

    def _reap(self) -> None:
        """Wait for a worker to end (or a signal); restart it, or stop everything."""
        sentinels = {p.sentinel: i for i, (p, _) in self._workers.items()}
        for sentinel in wait(list(sentinels), timeout=1.0 if not self._stopping else STOP_GRACE):
            index = sentinels[cast(int, sentinel)]
            process, serving = self._workers.pop(index)
            process.join()
            self._forget_metrics(process.pid)
            code = process.exitcode
            if self._stopping:
                continue
            if not serving.is_set():
                log.error("worker_failed_at_start", worker=index, exit_code=code)
                self._exit_code = 1
                self._stop()
                continue
            log.error("worker_died", worker=index, exit_code=code)
            time.sleep(RESTART_DELAY)  # a worker that keeps dying does not spin the CPU
            self._start(index)
        if self._stopping and self._workers and time.monotonic() > self._deadline:
            for process, _ in self._workers.values():
                log.error("worker_killed_after_grace", pid=process.pid)
                process.kill()

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        if signum == signal.SIGHUP:
            log.info("policy_reload_requested", workers=len(self._workers))
            self._signal_all(signal.SIGHUP)
        else:
            self._stop()

    def _stop(self) -> None:
        if not self._stopping:
            log.info("workers_stopping", workers=len(self._workers))
            self._stopping = True
            self._deadline = time.monotonic() + STOP_GRACE
        self._signal_all(signal.SIGTERM)

    def _signal_all(self, signum: int) -> None:
        for process, _ in self._workers.values():
            if process.pid is not None and process.is_alive():
                os.kill(process.pid, signum)

    @staticmethod
    def _forget_metrics(pid: int | None) -> None:
        if pid is not None and METRICS_DIR_ENV in os.environ:
            from prometheus_client import multiprocess

            multiprocess.mark_process_dead(pid)  # type: ignore[no-untyped-call]


def prepare(settings: Settings, socket_mode: bool | None) -> None:
    """Once, before any worker serves: schema and budget counters; and the checks a
    worker would fail at start (policy, Slack settings), so they are reported once."""
    from bot.cli_support import run_service
    from bot.service import Tandem
    from bot.slack.app import build_app, check_token, close_app
    from bot.wiring import build, migrate, rebuild_budgets

    async def once() -> None:
        services = await build(settings)
        try:
            socket = bool(settings.slack_app_token) if socket_mode is None else socket_mode
            app = build_app(Tandem(services), socket_mode=socket)
            try:
                await check_token(app)
            finally:
                await close_app(app)
            await migrate(settings)
            await rebuild_budgets(services)
        finally:
            await services.aclose()

    run_service(once(), settings)


def run_workers(settings: Settings, count: int, *, socket_mode: bool | None = None) -> int:
    """Serve with `count` workers until stopped; raises what a bad configuration raises."""
    prepare(settings, socket_mode)
    return Supervisor(settings, count, socket_mode).run()
