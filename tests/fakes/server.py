"""The loopback server every fake is built on.

A fake runs an aiohttp app on its own event loop in a background thread, so the
same object serves a synchronous test, an async test (whose loop stays free to
run the client under test) and a benchmark. Knobs are plain attributes read by
the handlers at request time, which is what makes them changeable at runtime
from the test thread without any messaging.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import threading
import time
from collections.abc import Callable, Coroutine, Sequence
from types import TracebackType
from typing import Any, Self, TypeVar

from aiohttp import web

from tests.fakes.recording import EventLog, RecordedRequest, parse_body

T = TypeVar("T")

RECORD_KEY: web.RequestKey[RecordedRequest] = web.RequestKey("fake_record", RecordedRequest)
_CALL_TIMEOUT = 10.0


def record_of(request: web.Request) -> RecordedRequest:
    """The recording the middleware made for this request (parsed body included)."""
    return request[RECORD_KEY]


def abort_connection(request: web.Request) -> None:
    """Drop the TCP connection without a goodbye, as a crashed server does."""
    transport = request.transport
    if transport is not None:
        transport.abort()


class FakeServer:
    """Base class: lifecycle, recording, refuse/accept and the standalone runner.

    Subclasses add routes in :meth:`add_routes` and (re)initialise their knobs
    in :meth:`reset_knobs`, which runs at construction and on :meth:`reset`.
    """

    def __init__(self, port: int = 0, host: str = "127.0.0.1") -> None:
        self._host = host
        self._port = port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self.log: EventLog[RecordedRequest] = EventLog()
        self.in_flight = 0
        self.max_in_flight = 0
        self.reset_knobs()

    # -- subclass hooks -------------------------------------------------------------

    def add_routes(self, app: web.Application) -> None:
        """Register the fake's endpoints."""
        raise NotImplementedError

    def reset_knobs(self) -> None:
        """Put every behaviour knob back to its default."""

    # -- lifecycle ------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The bound port (stable across refuse()/accept())."""
        if self._site is None and self._port == 0:
            raise RuntimeError("fake not started")
        return self._port

    @property
    def url(self) -> str:
        """Base URL without a trailing slash, e.g. ``http://127.0.0.1:50123``."""
        return f"http://{self._host}:{self.port}"

    @property
    def running(self) -> bool:
        """True between start() and stop()."""
        return self._thread is not None

    @property
    def refusing(self) -> bool:
        """True while refuse() is in effect."""
        return self.running and self._site is None

    def start(self) -> Self:
        """Start serving in a background thread; returns once the port is bound."""
        if self._thread is not None:
            raise RuntimeError("fake already started")
        loop = asyncio.new_event_loop()
        thread = threading.Thread(
            target=self._run_loop, args=(loop,), name=f"{type(self).__name__}-loop", daemon=True
        )
        self._loop, self._thread = loop, thread
        thread.start()
        try:
            self._call(self._start_async())
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop serving, drop open connections and join the thread. Idempotent."""
        if self._thread is None:
            return
        with contextlib.suppress(Exception):
            self._call(self._stop_async())
        self._halt_loop()

    def refuse(self, drop_connections: bool = True) -> None:
        """Stop listening so new connections are refused, like a server that is down.

        Open connections are dropped too by default: a client with a pooled
        keep-alive connection would otherwise never notice the outage.
        """
        self._call(self._refuse_async(drop_connections))

    def accept(self) -> None:
        """Listen again on the same port after :meth:`refuse`."""
        self._call(self._listen())

    def reset(self) -> None:
        """Clear recordings and knobs, and listen again if refusing."""
        self.log.clear()
        self.max_in_flight = self.in_flight
        self.reset_knobs()
        if self.refusing:
            self.accept()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        return await asyncio.to_thread(self.start)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await asyncio.to_thread(self.stop)

    # -- recordings -----------------------------------------------------------------

    def requests(self, path: str | None = None, method: str | None = None) -> list[RecordedRequest]:
        """Recorded requests, optionally filtered by exact path and method."""
        return [r for r in self.log.snapshot() if _matches(r, path, method)]

    def last_request(self, path: str | None = None) -> RecordedRequest | None:
        """The most recent request (to ``path`` if given), or None."""
        found = self.requests(path)
        return found[-1] if found else None

    def wait_for_requests(
        self, count: int = 1, path: str | None = None, timeout: float = 5.0
    ) -> list[RecordedRequest]:
        """Block until at least ``count`` requests (to ``path``) arrived."""
        self.log.wait_until(lambda rs: sum(_matches(r, path, None) for r in rs) >= count, timeout)
        return self.requests(path)

    async def await_requests(
        self, count: int = 1, path: str | None = None
    ) -> list[RecordedRequest]:
        """Async twin of :meth:`wait_for_requests`; bound it with ``asyncio.timeout()``."""
        await self.log.until(lambda rs: sum(_matches(r, path, None) for r in rs) >= count)
        return self.requests(path)

    # -- internals ------------------------------------------------------------------

    def _call(self, coro: Coroutine[Any, Any, T]) -> T:
        if self._loop is None:
            coro.close()
            raise RuntimeError("fake not started")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(_CALL_TIMEOUT)

    @staticmethod
    def _run_loop(loop: asyncio.AbstractEventLoop) -> None:
        asyncio.set_event_loop(loop)
        loop.run_forever()
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()

    def _halt_loop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(_CALL_TIMEOUT)
        self._loop = self._thread = None

    async def _start_async(self) -> None:
        app = web.Application(middlewares=[self._record_middleware], client_max_size=64 * 2**20)
        self.add_routes(app)
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=0.5
        )
        await self._runner.setup()
        await self._listen()

    async def _listen(self) -> None:
        if self._site is not None or self._runner is None:
            return
        site = web.TCPSite(self._runner, self._host, self._port, reuse_address=True, backlog=1024)
        await site.start()
        if self._port == 0:
            self._port = int(self._runner.addresses[0][1])
        self._site = site

    async def _refuse_async(self, drop_connections: bool) -> None:
        if self._site is not None:
            await self._site.stop()
            self._site = None
        if drop_connections:
            self._drop_connections()

    def _drop_connections(self) -> None:
        server = self._runner.server if self._runner is not None else None
        for handler in server.connections if server is not None else []:
            if handler.transport is not None:
                handler.transport.abort()

    async def _stop_async(self) -> None:
        self._drop_connections()
        if self._runner is not None:
            await self._runner.cleanup()
        self._runner = None
        self._site = None

    @web.middleware
    async def _record_middleware(
        self, request: web.Request, handler: Callable[[web.Request], Any]
    ) -> web.StreamResponse:
        body, raw = await parse_body(request)
        record = RecordedRequest(
            method=request.method,
            path=request.path,
            query=dict(request.query),
            headers={k.lower(): v for k, v in request.headers.items()},
            body=body,
            raw=raw,
            received_at=time.time(),
        )
        request[RECORD_KEY] = record
        self.log.append(record)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            response: web.StreamResponse = await handler(request)
            return response
        finally:
            self.in_flight -= 1


def _matches(record: RecordedRequest, path: str | None, method: str | None) -> bool:
    return (path is None or record.path == path) and (method is None or record.method == method)


def run_standalone(
    factory: Callable[[int], FakeServer], description: str, argv: Sequence[str] | None = None
) -> None:
    """Run a fake in the foreground for manual checks and benchmarks.

    ``--set knob=value`` sets any public knob before start; the value is parsed
    as JSON when it can be (numbers, null, lists), else taken as a string.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: any free)")
    parser.add_argument("--set", action="append", default=[], metavar="KNOB=VALUE")
    args = parser.parse_args(argv)
    fake = factory(args.port)
    for item in args.set:
        apply_knob(fake, item)
    stopping = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stopping.set())
    with fake:
        print(fake.url, flush=True)
        stopping.wait()


def apply_knob(fake: FakeServer, assignment: str) -> None:
    """Set one knob from a ``name=value`` string; unknown names are an error."""
    name, sep, text = assignment.partition("=")
    if not sep or name.startswith("_") or not hasattr(fake, name) or callable(getattr(fake, name)):
        raise SystemExit(f"unknown knob: {name!r}")
    try:
        value: Any = json.loads(text)
    except ValueError:
        value = text
    setattr(fake, name, value)
