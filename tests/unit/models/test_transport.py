"""The models' transport: every token at once when quiet or with CPU to spare, batched
reads when many streams meet a process short of CPU, and in both cases whole
answers, a connection that works afterwards, and the same text through the real
ollama and openai clients against their fakes."""

from __future__ import annotations

import asyncio
import hashlib
import json
import ssl
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import trustme
from aiohttp import web

from bot.models import transport
from bot.models.base import ChatMessage, ModelSpec
from bot.models.errors import ErrorKind
from bot.models.ollama import OllamaBackend
from bot.models.openai import OpenAIBackend
from bot.models.streaming import ModelStream
from bot.models.transport import BatchingTransport
from bot.routing.policy import load_policy
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI

POLICY = Path(__file__).resolve().parents[3] / "bot" / "policy.toml"
BODY = {"model": "llama3.1:8b", "messages": [{"role": "user", "content": "what is a pod?"}]}


def spec(alias: str) -> ModelSpec:
    return load_policy(POLICY).spec(alias)


@pytest.fixture(autouse=True)
def cpu_measured_now() -> Iterator[None]:
    """Each test starts with a fresh CPU measurement and CPU to spare."""
    streams = transport._Streams
    streams.measured_at, streams.cpu_at = time.monotonic(), time.process_time()
    streams.pause = 0.0
    yield
    streams.pause = 0.0


@pytest.fixture
def short_of_cpu() -> Iterator[None]:
    """Really short of CPU: two threads hashing without the GIL keep this process over
    a core, as answers competing for one would (the event loop still runs); two, so
    that it stays over a core on a machine busy with other work too."""
    stop = threading.Event()
    block = bytes(1 << 20)

    def burn() -> None:
        while not stop.is_set():
            hashlib.sha256(block).digest()

    threads = [threading.Thread(target=burn, daemon=True) for _ in range(2)]
    for thread in threads:
        thread.start()
    time.sleep(transport.CPU_WINDOW)  # a window of it is seen by the first measurement
    try:
        yield
    finally:
        stop.set()
        for thread in threads:
            thread.join()


@pytest.fixture
def batching(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole pause whatever the process uses (for tests about what pausing does)."""
    monkeypatch.setattr(transport, "CALM_CPU", -2.0)
    monkeypatch.setattr(transport, "FULL_CPU", -1.0)
    transport._Streams.pause = transport.BATCH_PAUSE


@pytest.fixture
async def client(fake_ollama: FakeOllama) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        base_url=fake_ollama.url, transport=BatchingTransport(), timeout=10
    ) as client:
        yield client


async def read(client: httpx.AsyncClient) -> tuple[int, list[dict[str, object]]]:
    """How many reads the body took, and its NDJSON lines."""
    reads, body = 0, b""
    async with client.stream("POST", "/api/chat", json=BODY) as response:
        async for chunk in response.aiter_raw():
            reads += 1
            body += chunk
    lines = [json.loads(line) for line in body.splitlines()]
    timings = {"created_at", "total_duration", "eval_duration"}
    return reads, [{k: v for k, v in line.items() if k not in timings} for line in lines]


async def test_a_quiet_process_reads_every_token_as_it_arrives(
    fake_ollama: FakeOllama, client: httpx.AsyncClient
) -> None:
    fake_ollama.reply_tokens, fake_ollama.token_interval = 12, 0.01
    reads, lines = await read(client)
    assert len(lines) == 13  # twelve tokens and the closing line
    assert reads >= 12
    assert transport.streams_in_flight() == 0


async def test_many_streams_with_cpu_to_spare_read_every_token_as_it_arrives(
    fake_ollama: FakeOllama, client: httpx.AsyncClient
) -> None:
    """A pause would delay each answer's last token by up to BATCH_PAUSE for nothing."""
    fake_ollama.reply_tokens, fake_ollama.token_interval = 40, 0.005
    results = await asyncio.gather(*(read(client) for _ in range(transport.BUSY_STREAMS)))
    for reads, lines in results:
        assert len(lines) == 41 and reads >= 35
    assert transport._Streams.pause == 0.0


@pytest.mark.parametrize(
    ("cores", "pause_ms"), [(0.3, 0.0), (0.6, 0.0), (0.75, 12.5), (0.9, 25.0), (1.6, 25.0)]
)
def test_the_pause_grows_with_the_cpu_the_process_uses(
    cores: float, pause_ms: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No step for the process to sit on: a share near a threshold gives a pause near
    its neighbours' (an on/off switch made the overhead jump between ~5 and ~25 ms)."""
    monkeypatch.setattr(transport._Streams, "active", transport.BUSY_STREAMS)
    transport._Streams.measured_at, transport._Streams.cpu_at = 100.0, 10.0
    monkeypatch.setattr(time, "monotonic", lambda: 101.0)
    monkeypatch.setattr(time, "process_time", lambda: 10.0 + cores)
    assert transport._pause() * 1000 == pytest.approx(pause_ms)


@pytest.mark.usefixtures("short_of_cpu")
async def test_a_process_short_of_cpu_reads_in_batches_and_every_answer_is_whole(
    fake_ollama: FakeOllama, client: httpx.AsyncClient
) -> None:
    fake_ollama.reply_tokens, fake_ollama.token_interval = 40, 0.005
    _, alone = await read(client)
    results = await asyncio.gather(*(read(client) for _ in range(transport.BUSY_STREAMS)))
    for reads, lines in results:
        assert lines == alone
        # 40 tokens 5 ms apart over ~200 ms: a pause of 25 ms after each read
        # leaves a dozen reads or so; one read per token would be over 40.
        assert reads < 25
    assert transport._Streams.pause == transport.BATCH_PAUSE
    assert transport.streams_in_flight() == 0


@pytest.mark.usefixtures("batching")
async def test_the_connection_reads_again_after_a_stream_left_while_paused(
    fake_ollama: FakeOllama, client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transport, "BUSY_STREAMS", 1)
    monkeypatch.setattr(transport, "BATCH_PAUSE", 0.2)
    fake_ollama.reply_tokens, fake_ollama.token_interval = 30, 0.01
    async with client.stream("POST", "/api/chat", json=BODY) as response:
        seen = 0
        async for _ in response.aiter_raw():
            seen += 1
            if seen == transport.EAGER_READS + 1:
                break  # left in the middle, the socket paused before this read
    assert transport.streams_in_flight() == 0
    fake_ollama.reply_tokens, fake_ollama.token_interval = 5, 0.0
    monkeypatch.setattr(transport, "BUSY_STREAMS", 1000)
    # A transport left paused would hang here until the 10 s read timeout.
    _, lines = await asyncio.wait_for(read(client), timeout=5)
    assert len(lines) == 6


async def answer(stream: ModelStream) -> str:
    return "".join([text async for text in stream])


@pytest.mark.usefixtures("batching")
@pytest.mark.parametrize("alias", ["local", "strong"])
async def test_busy_answers_through_the_sdks_are_the_same_as_quiet_ones(
    alias: str, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    for fake in (fake_ollama, fake_openai):
        fake.reply_tokens, fake.token_interval = 40, 0.005
    backend = (
        OllamaBackend(spec("local"), fake_ollama.url)
        if alias == "local"
        else OpenAIBackend(spec("strong"), "sk-test", fake_openai.url + "/v1")
    )
    messages = [ChatMessage("user", "what is a pod?")]
    try:
        quiet = ModelStream(backend, messages)
        alone = await answer(quiet)
        streams = [ModelStream(backend, messages) for _ in range(transport.BUSY_STREAMS + 2)]
        busy = await asyncio.gather(*(answer(s) for s in streams))
    finally:
        await backend.aclose()
    assert alone.startswith("You asked about what is a pod.")
    assert busy == [alone] * len(streams)
    assert quiet.result is not None
    for stream in streams:
        assert stream.result is not None and stream.result.complete
        assert stream.result.completion_tokens == quiet.result.completion_tokens == 40
    assert transport.streams_in_flight() == 0


@pytest.mark.usefixtures("batching")
@pytest.mark.parametrize("alias", ["local", "strong"])
async def test_a_server_dying_while_busy_streams_are_paused_ends_each_with_its_partial_text(
    alias: str, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    for fake in (fake_ollama, fake_openai):
        fake.reply_tokens, fake.token_interval, fake.die_after = 40, 0.005, 20
    backend = (
        OllamaBackend(spec("local"), fake_ollama.url)
        if alias == "local"
        else OpenAIBackend(spec("strong"), "sk-test", fake_openai.url + "/v1")
    )
    messages = [ChatMessage("user", "what is a pod?")]
    streams = [ModelStream(backend, messages) for _ in range(transport.BUSY_STREAMS + 2)]
    try:
        texts = await asyncio.wait_for(asyncio.gather(*(answer(s) for s in streams)), 10)
    finally:
        await backend.aclose()
    for stream, text in zip(streams, texts, strict=True):
        assert stream.result is not None and stream.result.error is not None
        assert stream.result.error.kind == ErrorKind.UNAVAILABLE
        assert stream.result.error.after_first_token
        assert text.startswith("You asked about what is a pod.") and len(text.split()) == 20
    assert transport.streams_in_flight() == 0


@pytest.fixture
async def tls_stream() -> AsyncIterator[tuple[str, ssl.SSLContext]]:
    """An HTTPS server streaming 40 NDJSON lines 5 ms apart, and a client context
    that trusts it (OpenAI is reached over TLS: pausing a TLS transport must work)."""

    async def lines(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
        await response.prepare(request)
        for n in range(40):
            await response.write(json.dumps({"n": n}).encode() + b"\n")
            await asyncio.sleep(0.005)
        await response.write_eof()
        return response

    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_context)
    client_context = ssl.create_default_context()
    authority.configure_trust(client_context)
    app = web.Application()
    app.router.add_post("/lines", lines)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=server_context)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"https://127.0.0.1:{port}/lines", client_context
    finally:
        await runner.cleanup()


@pytest.mark.usefixtures("batching")
async def test_batched_reads_work_over_tls(tls_stream: tuple[str, ssl.SSLContext]) -> None:
    url, context = tls_stream

    async def one(client: httpx.AsyncClient) -> tuple[int, list[bytes]]:
        reads, body = 0, b""
        async with client.stream("POST", url) as response:
            async for chunk in response.aiter_raw():
                reads, body = reads + 1, body + chunk
        return reads, body.splitlines()

    async with httpx.AsyncClient(transport=BatchingTransport(verify=context), timeout=10) as client:
        quiet_reads, quiet = await one(client)
        busy = await asyncio.gather(*(one(client) for _ in range(transport.BUSY_STREAMS + 2)))
        _, after = await asyncio.wait_for(one(client), 5)
    assert len(quiet) == 40 and quiet_reads >= 30
    for reads, body in busy:
        assert body == quiet and reads < 25
    assert after == quiet
    assert transport.streams_in_flight() == 0
