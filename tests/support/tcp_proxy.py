"""A loopback TCP proxy that can be cut and restored: a database or Redis "going down".

Stopping the real server would disturb every other test; cutting the proxy looks
the same to the client (connections reset, new ones refused) and comes back on
the same port.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
from types import TracebackType

SSL_REQUEST = 80877103  # PostgreSQL's SSLRequest "protocol version"


class TcpProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._refusal: bytes | None = None

    def start(self) -> TcpProxy:
        self._thread.start()
        self.resume()
        return self

    def _call(self, coro: object) -> None:
        asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout=10)  # type: ignore[arg-type]

    def resume(self) -> None:
        """Listen again on the same port, forwarding."""
        self._refusal = None
        self._call(self._listen())

    def cut(self) -> None:
        """Refuse new connections and reset the open ones."""
        self._call(self._close())

    def postgres_starting_up(self) -> None:
        """Answer every new connection as a PostgreSQL server that is starting up does
        (FATAL 57P03, "the database system is starting up"), as after a restart or
        failover; open connections are reset. `resume()` forwards again."""
        self.cut()
        self._refusal = _postgres_error("57P03", "the database system is starting up")
        self._call(self._listen())

    def stop(self) -> None:
        self.cut()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def _listen(self) -> None:
        if self._server is None:
            self._server = await asyncio.start_server(
                self._handle, "127.0.0.1", self.port, reuse_address=True
            )

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._refusal is not None:
            await _refuse_startup(reader, writer, self._refusal)
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        self._writers.update({writer, up_writer})
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        writer.transport.abort()
        self._writers.discard(writer)


def _postgres_error(code: str, message: str) -> bytes:
    """An ErrorResponse message of PostgreSQL's wire protocol (severity FATAL)."""
    fields = b"".join(
        kind + value.encode() + b"\0"
        for kind, value in ((b"S", "FATAL"), (b"V", "FATAL"), (b"C", code), (b"M", message))
    )
    body = fields + b"\0"
    return b"E" + struct.pack("!i", len(body) + 4) + body


async def _refuse_startup(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, error: bytes
) -> None:
    """Read the client's startup (after declining TLS, if asked), answer `error`, hang up."""
    with contextlib.suppress(OSError, asyncio.IncompleteReadError, ValueError):
        while True:
            (length,) = struct.unpack("!i", await reader.readexactly(4))
            packet = await reader.readexactly(length - 4)
            if struct.unpack("!i", packet[:4])[0] != SSL_REQUEST:
                break
            writer.write(b"N")
            await writer.drain()
        writer.write(error)
        await writer.drain()
    writer.close()
