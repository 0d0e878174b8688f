"""Thread-safe recording of what a fake received.

A fake's event loop runs in a background thread while the test inspects it from
its own thread, so every recording crosses threads. One condition variable
guards each log, which also lets a test block (or await) until the code under
test has made the calls it expects, instead of sleeping and hoping.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qsl

from aiohttp import web

T = TypeVar("T")


@dataclass
class RecordedRequest:
    """One HTTP request as the fake saw it.

    ``headers`` keys are lower-cased so lookups do not depend on the client's
    spelling. ``body`` is the parsed JSON or form (a dict; multipart file parts
    become ``{"filename", "content_type", "content"}``), or the raw bytes when
    the body is neither. ``notes`` is where a fake writes what it decided
    (tokens counted, outcome of a stream, truncation) so tests and benchmarks
    can read the server's side of the story.
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any
    raw: bytes
    received_at: float
    notes: dict[str, Any] = field(default_factory=dict)

    def header(self, name: str, default: str | None = None) -> str | None:
        """Return a header by case-insensitive name."""
        return self.headers.get(name.lower(), default)

    @property
    def json(self) -> dict[str, Any]:
        """The body as a JSON object; fails loudly when it was not one."""
        if not isinstance(self.body, dict):
            raise TypeError(f"body of {self.method} {self.path} is not a JSON object")
        return self.body


class EventLog(Generic[T]):
    """An append-only list that other threads can read and wait on."""

    def __init__(self) -> None:
        self._items: list[T] = []
        self._cond = threading.Condition()
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []

    def append(self, item: T) -> None:
        """Record an item and wake every waiter."""
        with self._cond:
            self._items.append(item)
            self._wake()

    def notify(self) -> None:
        """Wake waiters after an item already in the log changed in place."""
        with self._cond:
            self._wake()

    def snapshot(self) -> list[T]:
        """A copy of the items, safe to iterate while the fake keeps serving."""
        with self._cond:
            return list(self._items)

    def clear(self) -> None:
        """Forget everything recorded so far."""
        with self._cond:
            self._items.clear()
            self._wake()

    def __len__(self) -> int:
        with self._cond:
            return len(self._items)

    def wait_until(self, predicate: Callable[[list[T]], bool], timeout: float = 5.0) -> list[T]:
        """Block until ``predicate(items)`` holds; raise ``TimeoutError`` otherwise."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate(self._items):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"condition not met within {timeout}s")
                self._cond.wait(remaining)
            return list(self._items)

    async def until(self, predicate: Callable[[list[T]], bool]) -> list[T]:
        """Await ``predicate(items)`` without blocking the loop or a worker thread.

        There is no built-in deadline: wrap the call in ``asyncio.timeout()``.
        """
        loop = asyncio.get_running_loop()
        while True:
            with self._cond:
                if predicate(self._items):
                    return list(self._items)
                future: asyncio.Future[None] = loop.create_future()
                self._waiters.append((loop, future))
            await future

    def _wake(self) -> None:
        """Notify threads and awaiting coroutines; call with the condition held."""
        self._cond.notify_all()
        for loop, future in self._waiters:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_resolve, future)
        self._waiters.clear()


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


async def parse_body(request: web.Request) -> tuple[Any, bytes]:
    """Parse a request body the way the vendor's server would.

    Multipart bodies are consumed through aiohttp's form parser (the stream can
    only be read once), so their raw bytes are not kept.
    """
    if request.content_type == "multipart/form-data":
        form = await request.post()
        parsed: dict[str, Any] = {}
        for key, value in form.items():
            if isinstance(value, web.FileField):
                parsed[key] = {
                    "filename": value.filename,
                    "content_type": value.content_type,
                    "content": value.file.read(),
                }
            else:
                parsed[key] = value
        return parsed, b""
    raw = await request.read()
    return decode_body(raw, request.content_type), raw


def decode_body(raw: bytes, content_type: str) -> Any:
    """Decode JSON or url-encoded bodies; anything else stays bytes."""
    if not raw:
        return None
    if content_type == "application/x-www-form-urlencoded":
        return dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
    if content_type == "application/json" or content_type.endswith("+json"):
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw
