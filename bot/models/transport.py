"""The models' HTTP transport: aiohttp under both SDKs, reading in batches when busy.

Both SDKs run on httpx-aiohttp (aiohttp parses HTTP in C). A model streams one
line per token, and each line that arrives on its own wakes the process, goes
through aiohttp, the SDK's line iterators and a JSON parse: most of an answer's
CPU. When the process is short of CPU (it used `BUSY_CPU` of a core or more over
the last `CPU_WINDOW` seconds) while many answers stream at once (`BUSY_STREAMS`
or more), a stream that has started stops reading its socket for `BATCH_PAUSE`
seconds after each read (`transport.pause_reading()`), so the kernel gathers the
next tokens and one wake-up and one pass through the layers carry several.

The pause costs latency: the last token can wait up to `BATCH_PAUSE`, which shows
as Tandem's overhead on every answer (measured: 17-20 instead of 4-5 ms p50 at 100
answered events/s with CPU to spare). So it is spent only where CPU is what runs
out, an event loop busy three quarters of the time or more, where waiting for the
loop grows fast and the CPU saved (a fifth per answer on a slow day) buys back more
than the pause adds. With a threshold of 0.6 over 0.2 s windows, a process
averaging half a core crossed it in its bursts and paused anyway (overhead p50 7-18
ms at 100 events/s); 0.75 over 0.5 s leaves it alone (4.5-5.3 ms).

People see no difference either way: Slack gets the text in appends of hundreds of
characters. The first `EAGER_READS` reads never pause, so the time to the first
words is what the model gives. Measured in `BENCHMARKS.md`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractContextManager

import httpx
import httpx2
from aiohttp import ClientResponse
from httpx_aiohttp import AiohttpTransport
from httpx_aiohttp.httpx2.transport import AiohttpResponseStream as Httpx2ResponseStream
from httpx_aiohttp.httpx2.transport import AiohttpTransport as Httpx2AiohttpTransport
from httpx_aiohttp.httpx2.transport import map_aiohttp_exceptions as map_httpx2_exceptions
from httpx_aiohttp.transport import AiohttpResponseStream, map_aiohttp_exceptions

BUSY_STREAMS = 8
BATCH_PAUSE = 0.025
EAGER_READS = 3
BUSY_CPU = 0.75  # share of one core used by this process, from which reads are batched
CALM_CPU = 0.6  # and under which they stop being (a gap, so it does not flip each window)
CPU_WINDOW = 0.5  # seconds


class _Streams:
    """How many model responses this process is reading right now, and whether it is
    short of CPU (re-measured at most every `CPU_WINDOW` while streams are read)."""

    active = 0
    short_of_cpu = False
    measured_at = 0.0  # time.monotonic()
    cpu_at = 0.0  # time.process_time()


def streams_in_flight() -> int:
    return _Streams.active


def _batching() -> bool:
    """Whether a stream that has started should pause after each read."""
    if _Streams.active < BUSY_STREAMS:
        return False
    now = time.monotonic()
    span = now - _Streams.measured_at
    if span >= CPU_WINDOW:
        cpu = time.process_time()
        share = (cpu - _Streams.cpu_at) / span
        _Streams.short_of_cpu = share >= (CALM_CPU if _Streams.short_of_cpu else BUSY_CPU)
        _Streams.measured_at, _Streams.cpu_at = now, cpu
    return _Streams.short_of_cpu


async def batched_chunks(response: ClientResponse) -> AsyncIterator[bytes]:
    """The body's bytes as they come, in batches while the process is busy."""
    content = response.content
    reads = 0
    while chunk := await content.readany():
        yield chunk
        reads += 1
        if reads < EAGER_READS or content.is_eof() or not _batching():
            continue
        # Not at the end of the body, so the connection is still this response's
        # (it goes back to the pool, to another request, only at the end).
        connection = response.connection
        transport = connection.transport if connection is not None else None
        if transport is not None and transport.is_reading():
            transport.pause_reading()
            try:
                await asyncio.sleep(BATCH_PAUSE)
            finally:
                if not transport.is_closing():
                    transport.resume_reading()


class _BatchedReads:
    """The body read by `batched_chunks`, under either httpx's or httpx2's stream.

    A response counts in `streams_in_flight` from its first read until it is
    closed (the SDKs close every response, read to the end or not).
    """

    _aiohttp_response: ClientResponse
    _errors: Callable[[], AbstractContextManager[None]]
    _counted = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if not self._counted:
            self._counted = True
            _Streams.active += 1
        try:
            with self._errors():
                async for chunk in batched_chunks(self._aiohttp_response):
                    yield chunk
        finally:
            self._stop()

    def _stop(self) -> None:
        if self._counted:
            self._counted = False
            _Streams.active -= 1


class _BatchedStream(_BatchedReads, AiohttpResponseStream):
    _errors = staticmethod(map_aiohttp_exceptions)

    async def aclose(self) -> None:
        self._stop()
        await super().aclose()


class _BatchedStream2(_BatchedReads, Httpx2ResponseStream):
    _errors = staticmethod(map_httpx2_exceptions)

    async def aclose(self) -> None:
        self._stop()
        await super().aclose()


class BatchingTransport(AiohttpTransport):
    """httpx-aiohttp for the ollama SDK (httpx), reading in batches when busy."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        stream = response.stream
        assert isinstance(stream, AiohttpResponseStream)
        response.stream = _BatchedStream(stream._aiohttp_response)
        return response


class BatchingTransport2(Httpx2AiohttpTransport):
    """httpx-aiohttp for the openai SDK (httpx2), reading in batches when busy."""

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        response = await super().handle_async_request(request)
        stream = response.stream
        assert isinstance(stream, Httpx2ResponseStream)
        response.stream = _BatchedStream2(stream._aiohttp_response)
        return response
