"""A recording reverse proxy between `tandem serve` and the fakes (independent check, issue 7).

Tandem is pointed at this proxy instead of the fakes, so every request it makes to
"Slack" or a "model" is timed on Tandem's side of the wire rather than inside the
fakes' handlers: `a` = the proxy has the request's headers, `b` = the proxy has
written the last byte of the response back to Tandem (streamed completions are
relayed chunk by chunk as they come). Both on CLOCK_MONOTONIC, which is one clock
for every process on the machine.

Each record is tied to a question without the fakes' help: Slack calls by the
thread they act on (the stream message -> thread map is learnt from
chat.startStream's responses), model calls by the `(ix N)` tag in the prompt.
When chat.stopStream (or a chat.postMessage in a thread) arrives, the proxy sends
a UDP datagram to the load generator at once, so closed loops need no other
channel. `GET /_indep/records` (on the Slack port) returns the records and forgets
them.

    python -m bench.independent.proxy SLACK_URL OLLAMA_URL OPENAI_URL NOTIFY_PORT
prints three URLs (slack, ollama, openai), one a line.
"""

from __future__ import annotations

import asyncio
import json
import re
import signal
import socket
import sys
import time
from typing import Any
from urllib.parse import parse_qsl

import aiohttp
from aiohttp import web

TAG = re.compile(rb"\(ix (\d+)\)")
DROP = frozenset({"host", "content-length", "transfer-encoding", "connection", "accept-encoding"})
END_METHODS = frozenset({"chat.stopStream", "chat.postMessage"})


def _params(request: web.Request, raw: bytes) -> dict[str, Any]:
    params: dict[str, Any] = dict(request.query)
    kind = request.headers.get("Content-Type", "")
    if "json" in kind:
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = None
        if isinstance(body, dict):
            params.update(body)
    elif "form" in kind:
        params.update(parse_qsl(raw.decode(errors="replace")))
    return params


class Proxy:
    def __init__(self, upstreams: dict[str, str], notify_port: int) -> None:
        self.upstreams = upstreams
        self.records: list[dict[str, Any]] = []
        self.streams: dict[tuple[str, str], str] = {}
        self.notify = ("127.0.0.1", notify_port)
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.session: aiohttp.ClientSession | None = None

    def app(self, kind: str) -> web.Application:
        app = web.Application(client_max_size=64 * 2**20)
        if kind == "slack":
            app.router.add_get("/_indep/records", self.dump)
        app.router.add_route("*", "/{tail:.*}", self.forward(kind))
        return app

    async def dump(self, request: web.Request) -> web.Response:
        records, self.records = self.records, []
        return web.json_response(records)

    def forward(self, kind: str) -> Any:
        async def handle(request: web.Request) -> web.StreamResponse:
            arrived = time.monotonic()
            raw = await request.read()
            record: dict[str, Any] = {"k": kind, "p": request.path, "a": arrived}
            if kind == "slack":
                self._slack_key(record, request, raw)
            else:
                found = TAG.search(raw)
                record["key"] = found.group(1).decode() if found else ""
            assert self.session is not None
            headers = {k: v for k, v in request.headers.items() if k.lower() not in DROP}
            url = self.upstreams[kind] + request.path_qs
            async with self.session.request(
                request.method, url, data=raw, headers=headers
            ) as upstream:
                out = web.StreamResponse(status=upstream.status)
                kind_header = upstream.headers.get("Content-Type")
                if kind_header:
                    out.headers["Content-Type"] = kind_header
                for name in ("Retry-After",):
                    if name in upstream.headers:
                        out.headers[name] = upstream.headers[name]
                if kind == "slack":
                    body = await upstream.read()
                    out.content_length = len(body)
                    await out.prepare(request)
                    await out.write(body)
                    await out.write_eof()
                    self._learn_stream(record, body)
                else:
                    await out.prepare(request)
                    try:
                        async for chunk in upstream.content.iter_any():
                            await out.write(chunk)
                        await out.write_eof()
                    except ConnectionResetError:  # Tandem hung up (serve stopping)
                        record["gone"] = True
                        return out
            record["b"] = time.monotonic()
            record["st"] = upstream.status
            self.records.append(record)
            return out

        return handle

    def _slack_key(self, record: dict[str, Any], request: web.Request, raw: bytes) -> None:
        method = request.path.rsplit("/", 1)[-1]
        params = _params(request, raw)
        channel = str(params.get("channel") or "")
        record.update(p=method, ch=channel)
        if method in ("reactions.add", "reactions.remove"):
            key = str(params.get("timestamp") or "")
        elif method == "conversations.replies":
            key = str(params.get("ts") or "")
        elif params.get("thread_ts"):
            key = str(params["thread_ts"])
        else:
            key = self.streams.get((channel, str(params.get("ts") or "")), "")
        record["key"] = key
        if method == "chat.startStream":
            record["thread"] = key
        if method in END_METHODS and key:
            text = str(params.get("text") or "") + str(params.get("blocks") or "")
            problem = ":warning:" in text or "Incomplete answer" in text
            message = {"key": key, "a": record["a"], "m": method, "problem": problem}
            self.udp.sendto(json.dumps(message).encode(), self.notify)

    def _learn_stream(self, record: dict[str, Any], body: bytes) -> None:
        if record.get("p") != "chat.startStream":
            return
        try:
            answer = json.loads(body)
        except ValueError:
            return
        if isinstance(answer, dict) and answer.get("ts"):
            self.streams[(record["ch"], str(answer["ts"]))] = record["thread"]


async def main(argv: list[str]) -> None:
    slack, ollama, openai, notify = argv
    proxy = Proxy({"slack": slack, "ollama": ollama, "openai": openai}, int(notify))
    connector = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=None, sock_read=None)
    proxy.session = aiohttp.ClientSession(
        connector=connector, timeout=timeout, auto_decompress=False
    )
    runners = []
    for kind in ("slack", "ollama", "openai"):
        runner = web.AppRunner(proxy.app(kind), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        runners.append(runner)
        print(f"http://127.0.0.1:{runner.addresses[0][1]}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    for runner in runners:
        await runner.cleanup()
    await proxy.session.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
