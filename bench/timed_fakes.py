"""The loopback fakes, each timing its own work, for the load benchmark.

Tandem's overhead is what is left of an answer's wall time once the model's and
Slack's time is taken out, so the servers standing in for them must say how long
they spent on each request. These subclasses wrap the fakes' request middleware:
an entry per request with the time the handler started and the time it finished
(for a streamed completion: after the last byte was written), on the same clock
(`time.time()`) as the benchmark process.

The Slack fake publishes its entries live (`GET /_bench/stream`, NDJSON) so the
benchmark learns that an answer is complete (chat.stopStream) the moment it is;
the model fakes hand theirs over on request (`GET /_bench/log`, then forgotten).
The Slack fake also pretends that every message Tandem refers to exists, as it
would in Slack, so reactions and thread reads take their normal (successful) path.

Run: `python -m bench.timed_fakes slack|ollama|openai --port 0 [--set knob=value ...]`;
the first line printed is the URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.server import FakeServer, apply_knob, record_of, run_standalone
from tests.fakes.slack import FakeSlack

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
TAG = re.compile(r"\(ref (q\d+)\)")
CHAT_PATHS = frozenset({"/api/chat", "/v1/chat/completions"})
SEEDED_METHODS = {"reactions.add": "timestamp", "conversations.replies": "ts"}


def add_control_routes(app: web.Application, fake: FakeServer) -> None:
    """`GET /_bench/pid` (to measure the process) and `POST /_bench/knobs` ({name: value})."""

    async def pid(request: web.Request) -> web.Response:
        return web.json_response({"pid": os.getpid()})

    async def knobs(request: web.Request) -> web.Response:
        for name, value in (await request.json()).items():
            apply_knob(fake, f"{name}={json.dumps(value)}")
        return web.json_response({"ok": True})

    app.router.add_get("/_bench/pid", pid)
    app.router.add_post("/_bench/knobs", knobs)


def _params(request: web.Request) -> dict[str, Any]:
    record = record_of(request)
    params: dict[str, Any] = dict(record.query)
    if isinstance(record.body, dict):
        params.update(record.body)
    return params


def _payload(response: web.StreamResponse) -> dict[str, Any]:
    body = getattr(response, "body", None)
    if not isinstance(body, bytes | bytearray):
        return {}
    with contextlib.suppress(ValueError):
        decoded = json.loads(body)
        return decoded if isinstance(decoded, dict) else {}
    return {}


class TimedSlack(FakeSlack):
    """FakeSlack that streams one timed entry per Web API call to subscribers."""

    def __init__(self, port: int = 0, host: str = "127.0.0.1") -> None:
        super().__init__(port, host)
        self._subscribers: set[asyncio.Queue[dict[str, Any]]] = set()

    def add_routes(self, app: web.Application) -> None:
        """The Web API plus the benchmark's stream and clear endpoints."""
        app.router.add_get("/_bench/stream", self._stream)
        app.router.add_post("/_bench/clear", self._clear)
        add_control_routes(app, self)
        super().add_routes(app)

    @web.middleware
    async def _record_middleware(
        self, request: web.Request, handler: Handler
    ) -> web.StreamResponse:
        started = time.time()
        response = await super()._record_middleware(request, handler)
        if request.path.startswith("/api/"):
            entry = self._entry(request, response)
            entry.update(r=started, d=time.time())
            for queue in self._subscribers:
                queue.put_nowait(entry)
        return response

    async def _api(self, request: web.Request) -> web.Response:
        field = SEEDED_METHODS.get(request.match_info["method"])
        if field is not None:
            self._seed(_params(request), field)
        return await super()._api(request)

    def _seed(self, params: dict[str, Any], field: str) -> None:
        channel, ts = str(params.get("channel") or ""), str(params.get(field) or "")
        if channel.startswith("C") and ts:
            with self.store.lock:
                known = ts in self.store.messages.get(channel, {})
                if not known:
                    self.add_message(channel, "the question", ts=ts)

    def _thread_of(self, method: str, params: dict[str, Any]) -> str:
        """The question's ts (= thread) a call belongs to."""
        if method in ("reactions.add", "reactions.remove"):
            return str(params.get("timestamp") or "")
        if method == "conversations.replies":
            return str(params.get("ts") or "")
        if params.get("thread_ts"):
            return str(params["thread_ts"])
        channel, ts = str(params.get("channel") or ""), str(params.get("ts") or "")
        with self.store.lock:
            message = self.store.messages.get(channel, {}).get(ts)
        return str(message.thread_ts or "") if message is not None else ""

    def _entry(self, request: web.Request, response: web.StreamResponse) -> dict[str, Any]:
        method = request.match_info.get("method", "")
        params = _params(request)
        payload = _payload(response)
        entry: dict[str, Any] = {
            "m": method,
            "t": self._thread_of(method, params),
            "ok": bool(payload.get("ok")) and response.status == 200,
            "status": response.status,
        }
        if method in ("chat.stopStream", "chat.postMessage", "chat.update"):
            text = str(params.get("blocks") or "") + str(params.get("text") or "")
            entry["problem"] = "Incomplete answer" in text or ":warning:" in text
            entry["alias"] = "strong" if "GPT-4o (gpt-4o)" in text else "local"
        return entry

    async def _stream(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
        await response.prepare(request)
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._subscribers.add(queue)
        try:
            await response.write(b'{"m": "hello"}\n')
            while True:
                lines = [await queue.get()]
                while not queue.empty():
                    lines.append(queue.get_nowait())
                await response.write(b"".join(json.dumps(e).encode() + b"\n" for e in lines))
        except (ConnectionResetError, asyncio.CancelledError):
            return response
        finally:
            self._subscribers.discard(queue)

    async def _clear(self, request: web.Request) -> web.Response:
        """Forget recordings (they only grow); the workspace's messages stay."""
        self.log.clear()
        self.call_log.clear()
        return web.json_response({"ok": True})


class _TimedModel:
    """Mixin for the model fakes: one entry per chat request, tagged by the question."""

    bench_entries: list[dict[str, Any]]

    def _timed(self, request: web.Request, started: float, response: web.StreamResponse) -> None:
        if request.path not in CHAT_PATHS:
            return
        record = record_of(request)
        tag = ""
        if isinstance(record.body, dict):
            for message in record.body.get("messages") or []:
                found = TAG.search(str(message.get("content", "")))
                tag = found.group(1) if found else tag
        self.bench_entries.append(
            {
                "tag": tag,
                "r": started,
                "d": time.time(),
                "status": response.status,
                "outcome": record.notes.get("outcome"),
            }
        )

    async def _bench_log(self, request: web.Request) -> web.Response:
        entries, self.bench_entries = self.bench_entries, []
        assert isinstance(self, FakeServer)
        self.log.clear()
        return web.json_response(entries)

    # The rest is written once for both model fakes: as the first base, this mixin's
    # methods run first and `super()` reaches FakeOllama's or FakeOpenAI's own.

    def __init__(self, port: int = 0, host: str = "127.0.0.1") -> None:
        self.bench_entries = []
        super().__init__(port, host)  # type: ignore[call-arg]

    def add_routes(self, app: web.Application) -> None:
        assert isinstance(self, FakeServer)
        app.router.add_get("/_bench/log", self._bench_log)
        add_control_routes(app, self)
        super().add_routes(app)  # type: ignore[misc]

    @web.middleware
    async def _record_middleware(
        self, request: web.Request, handler: Handler
    ) -> web.StreamResponse:
        started = time.time()
        response: web.StreamResponse = await super()._record_middleware(request, handler)  # type: ignore[misc]
        self._timed(request, started, response)
        return response


class TimedOllama(_TimedModel, FakeOllama):
    """FakeOllama with `GET /_bench/log`."""


class TimedOpenAI(_TimedModel, FakeOpenAI):
    """FakeOpenAI with `GET /_bench/log`."""


KINDS: dict[str, Callable[[int], FakeServer]] = {
    "slack": lambda port: TimedSlack(port=port),
    "ollama": lambda port: TimedOllama(port=port),
    "openai": lambda port: TimedOpenAI(port=port),
}


def main(argv: list[str]) -> None:
    """`python -m bench.timed_fakes KIND --port N --set knob=value`."""
    if not argv or argv[0] not in KINDS:
        raise SystemExit(f"usage: python -m bench.timed_fakes {{{','.join(KINDS)}}} [options]")
    run_standalone(KINDS[argv[0]], f"timed fake {argv[0]}", argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
