"""The models' HTTP transport: aiohttp under both SDKs, reading in batches when busy.

Both SDKs run on httpx-aiohttp (aiohttp parses HTTP in C). A model streams one
line per token, and each line that arrives on its own wakes the process, goes
through aiohttp, the SDK's line iterators and a JSON parse: most of an answer's
CPU. When many answers stream at once (`BUSY_STREAMS` or more in this process) and
the process is short of CPU, a stream that has started stops reading its socket
for a moment after each read (`transport.pause_reading()`), so the kernel gathers
the next tokens and one wake-up and one pass through the layers carry several.

The pause costs latency: an answer's last token can wait for as long as it lasts,
which shows as Tandem's overhead on every answer (17-20 instead of 4-5 ms p50 at
100 answered events/s with a fixed 25 ms pause and CPU to spare). So its length
follows the process's CPU use over the last `CPU_WINDOW` seconds: none under
`CALM_CPU` of a core, `BATCH_PAUSE` from `FULL_CPU`, in proportion between. A
saturated loop gets the whole pause, where waiting for the loop costs more than
the pause adds and the CPU saved (a fifth per answer on a slow day) pays. An on/off
threshold was tried first (at 0.75 of a core, off under 0.6): a process running
at 0.6-0.76 of a core at 100 events/s sat on the switch, and its overhead p50
jumped between ~5 and ~25 ms from one run to the next (found by an independent
measurement, `bench/independent`). A ramp from 0.75 to 1.0 instead of 0.6 to 0.9
was tried and not kept: the overhead p50 at concurrency 50 fell by ~1 ms in four
interleaved pairs (6.4 / 6.8 / 5.0 / 7.3 -> 5.3 / 5.2 / 4.9 / 5.5 ms, CPU per answer
no higher), but a saturated loop paused less and its acks suffered: a burst of 200
had its ack p99 over 100 ms in 2 of 9 runs (0 of 7 with this ramp), with 10-token
answers at concurrency 50 the ack p99 was 19-25 instead of 15-18 ms.

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
EAGER_READS = 3
BATCH_PAUSE = 0.025  # seconds: the pause for a process using FULL_CPU or more
CALM_CPU = 0.6  # share of one core used by this process under which reads never pause
FULL_CPU = 0.9
CPU_WINDOW = 0.5  # seconds over which the share is measured
SHORTEST_PAUSE = 0.001  # a shorter one is not worth a pause_reading()


class _Streams:
    """How many model responses this process is reading right now, and the pause
    after each read (re-measured at most every `CPU_WINDOW` while streams are read)."""

    active = 0
    pause = 0.0
    measured_at = 0.0  # time.monotonic()
    cpu_at = 0.0  # time.process_time()


def streams_in_flight() -> int:
    return _Streams.active


def _pause() -> float:
    """Seconds a stream that has started pauses after each read (0: it does not)."""
    if _Streams.active < BUSY_STREAMS:
        return 0.0
    now = time.monotonic()
    span = now - _Streams.measured_at
    if span >= CPU_WINDOW:
        cpu = time.process_time()
        share = (cpu - _Streams.cpu_at) / span
        pressure = (share - CALM_CPU) / (FULL_CPU - CALM_CPU)
        _Streams.pause = BATCH_PAUSE * min(1.0, max(0.0, pressure))
        _Streams.measured_at, _Streams.cpu_at = now, cpu
    return _Streams.pause


async def batched_chunks(response: ClientResponse) -> AsyncIterator[bytes]:
    """The body's bytes as they come, in batches while the process is busy."""
    content = response.content
    reads = 0
    while chunk := await content.readany():
        yield chunk
        reads += 1
        if reads < EAGER_READS or content.is_eof():
            continue
        pause = _pause()
        if pause < SHORTEST_PAUSE:
            continue
        # Not at the end of the body, so the connection is still this response's
        # (it goes back to the pool, to another request, only at the end).
        connection = response.connection
        transport = connection.transport if connection is not None else None
        if transport is not None and transport.is_reading():
            transport.pause_reading()
            try:
                await asyncio.sleep(pause)
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
