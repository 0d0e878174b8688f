"""Counting what `tandem serve` asks of Redis and PostgreSQL, from outside the process.

SQLAlchemy events cannot be hooked from another process, pg_stat_statements is
not loaded on this server (it needs a restart that would disturb everyone else),
and Redis 7.0 has no per-client command counter. So:

* SQL: `PgCountingProxy` sits between Tandem and PostgreSQL and reads the client
  half of the wire protocol (v3). Every statement the server runs arrives either
  as a simple Query ('Q') or as an Execute ('E') of a prepared statement (asyncpg
  uses the extended protocol); both are counted and classified by their first
  SQL keyword, with Parse ('P') / Bind ('B') mapping Execute back to its text.
  This needs an unencrypted connection (`ssl=disable` in the URL, or a server
  with ssl off, as here).
* Redis: `RedisMonitor` runs MONITOR on its own connection and counts the
  commands issued on one database number. Commands run inside a Lua script are
  counted apart (they are one round trip). MONITOR slows the whole server down a
  little, so it only runs during the counting pass, never while timing.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import socket
import struct
import threading
from collections import Counter
from types import TracebackType

SSL_REQUEST, GSS_REQUEST = 80877103, 80877104
MONITOR_LINE = re.compile(r'^\+?[\d.]+ \[(\d+) ([^\]]+)\] "([^"]*)"')


def _verb(sql: str) -> str:
    words = sql.strip().split(None, 1)
    return words[0].upper().rstrip(";") if words else "(empty)"


class _PgStream:
    """Parser state for one client connection's outgoing bytes."""

    def __init__(self, counts: Counter[str]) -> None:
        self.counts = counts
        self.buffer = bytearray()
        self.started = False
        self.statements: dict[bytes, str] = {}
        self.portals: dict[bytes, str] = {}

    def feed(self, data: bytes) -> None:
        self.buffer += data
        while True:
            if not self.started:
                if len(self.buffer) < 8:
                    return
                (length,) = struct.unpack("!I", self.buffer[:4])
                if len(self.buffer) < length:
                    return
                (code,) = struct.unpack("!I", self.buffer[4:8])
                del self.buffer[:length]
                self.started = code not in (SSL_REQUEST, GSS_REQUEST)
                continue
            if len(self.buffer) < 5:
                return
            kind = chr(self.buffer[0])
            (length,) = struct.unpack("!I", self.buffer[1:5])
            if len(self.buffer) < length + 1:
                return
            payload = bytes(self.buffer[5 : length + 1])
            del self.buffer[: length + 1]
            self._message(kind, payload)

    def _message(self, kind: str, payload: bytes) -> None:
        self.counts[f"msg:{kind}"] += 1
        if kind == "Q":
            self._executed(payload.rstrip(b"\0").decode(errors="replace"))
        elif kind == "P":
            name, _, rest = payload.partition(b"\0")
            self.statements[name] = rest.partition(b"\0")[0].decode(errors="replace")
        elif kind == "B":
            portal, _, rest = payload.partition(b"\0")
            self.portals[portal] = self.statements.get(rest.partition(b"\0")[0], "?")
        elif kind == "E":
            self._executed(self.portals.get(payload.partition(b"\0")[0], "?"))

    def _executed(self, sql: str) -> None:
        self.counts["statements"] += 1
        self.counts[f"sql:{_verb(sql)}"] += 1


class PgCountingProxy:
    """A loopback TCP proxy to PostgreSQL that counts statements (see the module doc)."""

    def __init__(self, target_host: str = "127.0.0.1", target_port: int = 5432) -> None:
        self.target = (target_host, target_port)
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self.port = 0

    def __enter__(self) -> PgCountingProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(timeout=10)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._server is not None:
            self._loop.call_soon_threadsafe(self._server.close)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    def snapshot(self) -> Counter[str]:
        with self._lock:
            return Counter(self.counts)

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        parser = _PgStream(Counter())
        await asyncio.gather(
            self._pipe(reader, up_writer, parser), self._pipe(up_reader, writer, None)
        )

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, parser: _PgStream | None
    ) -> None:
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            while data := await reader.read(65536):
                if parser is not None:
                    parser.feed(data)
                    with self._lock:
                        self.counts.update(parser.counts)
                    parser.counts.clear()
                writer.write(data)
                await writer.drain()
        writer.transport.abort()


class RedisMonitor:
    """Counts commands on one Redis database through MONITOR, in a background thread."""

    def __init__(self, db: int, host: str = "127.0.0.1", port: int = 6379) -> None:
        self.db = str(db)
        self.address = (host, port)
        self.commands: Counter[str] = Counter()
        self.in_scripts: Counter[str] = Counter()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RedisMonitor:
        self._thread.start()
        if not self._ready.wait(5):
            raise RuntimeError("MONITOR did not start")
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        with socket.create_connection(self.address) as sock:
            sock.settimeout(0.2)
            sock.sendall(b"MONITOR\r\n")
            pending = b""
            while not self._stop.is_set():
                try:
                    data = sock.recv(1 << 16)
                except TimeoutError:
                    continue
                if not data:
                    return
                *lines, pending = (pending + data).split(b"\r\n")
                for line in lines:
                    self._line(line.decode(errors="replace"))

    def _line(self, line: str) -> None:
        if line == "+OK":
            self._ready.set()
            return
        found = MONITOR_LINE.match(line)
        if found is None or found.group(1) != self.db:
            return
        target = self.in_scripts if found.group(2) == "lua" else self.commands
        target[found.group(3).upper()] += 1
