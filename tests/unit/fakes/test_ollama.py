"""The Ollama fake as seen through the real ``ollama.AsyncClient``."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any, cast

import httpx
import ollama
import pytest

from tests.fakes.ollama import FakeOllama
from tests.fakes.tokens import estimate_prompt_tokens

pytestmark = pytest.mark.timeout(10)

MODEL = "llama3.1:8b"
QUESTION = [{"role": "user", "content": "How do I rotate the staging database credentials?"}]


async def collect(client: ollama.AsyncClient, **kwargs: Any) -> list[ollama.ChatResponse]:
    stream = await client.chat(model=MODEL, messages=QUESTION, stream=True, **kwargs)
    return [part async for part in stream]


async def drain(stream: AsyncIterator[ollama.ChatResponse], into: list[str]) -> None:
    async for part in stream:
        into.append(part.message.content or "")


async def test_stream_sends_chunks_then_done_with_counts(
    fake_ollama: FakeOllama, ollama_client: ollama.AsyncClient
) -> None:
    parts = await collect(ollama_client)

    content, final = parts[:-1], parts[-1]
    assert len(content) == 20
    assert all(p.done is False and p.message.role == "assistant" for p in content)
    text = "".join(p.message.content or "" for p in content)
    assert text.startswith("You asked about How do I rotate the staging. Here is")
    assert final.done is True and final.done_reason == "stop"
    assert final.message.content == ""
    assert final.prompt_eval_count == estimate_prompt_tokens(QUESTION)
    assert final.eval_count == 20
    assert final.total_duration and final.eval_duration is not None
    [finished] = await asyncio.wait_for(fake_ollama.await_outcomes(1), 5)
    assert finished.notes["outcome"] == "completed"
    assert finished.notes["completion_tokens"] == 20


async def test_non_streaming_returns_whole_message(
    fake_ollama: FakeOllama, ollama_client: ollama.AsyncClient
) -> None:
    fake_ollama.reply = "Use the vault rotate command."

    response = await ollama_client.chat(model=MODEL, messages=QUESTION)

    assert response.message.content == "Use the vault rotate command."
    assert response.done is True and response.eval_count == 5
    body = fake_ollama.last_request("/api/chat")
    assert body is not None and body.json["stream"] is False


async def test_reply_knob_accepts_chunks_and_callables(
    fake_ollama: FakeOllama, ollama_client: ollama.AsyncClient
) -> None:
    fake_ollama.reply = ["Hel", "lo"]
    parts = await collect(ollama_client)
    assert [p.message.content for p in parts[:-1]] == ["Hel", "lo"]

    fake_ollama.reply = lambda messages: messages[-1]["content"].upper()
    parts = await collect(ollama_client)
    assert "".join(p.message.content or "" for p in parts).startswith("HOW DO I")


async def test_num_predict_cuts_reply_with_length(ollama_client: ollama.AsyncClient) -> None:
    parts = await collect(ollama_client, options={"num_predict": 3})

    assert parts[-1].done_reason == "length" and parts[-1].eval_count == 3


async def test_context_window_truncates_like_ollama(
    fake_ollama: FakeOllama, ollama_client: ollama.AsyncClient
) -> None:
    fake_ollama.context_window = 5

    parts = await collect(ollama_client)

    assert parts[-1].prompt_eval_count == 5
    assert fake_ollama.requests("/api/chat")[0].notes["truncated"] is True


async def test_metadata_endpoints(
    fake_ollama: FakeOllama, ollama_client: ollama.AsyncClient
) -> None:
    fake_ollama.models = ["llama3.1:8b", "qwen2.5:7b"]

    listed = await ollama_client.list()
    assert [m.model for m in listed.models] == ["llama3.1:8b", "qwen2.5:7b"]
    assert (await ollama_client.ps()).models == []
    await ollama_client.chat(model=MODEL, messages=QUESTION)
    assert [m.model for m in (await ollama_client.ps()).models] == [MODEL]
    shown = await ollama_client.show(MODEL)
    assert shown.details is not None and shown.details.family == "llama"
    async with httpx.AsyncClient(base_url=fake_ollama.url) as raw:
        assert (await raw.get("/")).text == "Ollama is running"
        assert (await raw.head("/")).status_code == 200
        assert (await raw.get("/api/version")).json() == {"version": fake_ollama.version}


async def test_unknown_model_is_404_with_ollama_message(ollama_client: ollama.AsyncClient) -> None:
    with pytest.raises(ollama.ResponseError) as caught:
        await ollama_client.chat(model="mistral:7b", messages=QUESTION)

    assert caught.value.status_code == 404
    assert caught.value.error == 'model "mistral:7b" not found, try pulling it first'


async def test_fail_with_429_carries_retry_after_then_recovers(
    fake_ollama: FakeOllama, ollama_client: ollama.AsyncClient
) -> None:
    fake_ollama.fail_with(429, count=1, retry_after=7)
    async with httpx.AsyncClient(base_url=fake_ollama.url) as raw:
        response = await raw.post("/api/chat", json={"model": MODEL, "messages": QUESTION})
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert "error" in response.json()

    fake_ollama.fail_with(429, count=1)
    with pytest.raises(ollama.ResponseError) as caught:
        await collect(ollama_client)
    assert caught.value.status_code == 429
    assert len(await collect(ollama_client)) == 21


async def test_fail_with_without_count_lasts_until_cleared(
    fake_ollama: FakeOllama, ollama_client: ollama.AsyncClient
) -> None:
    fake_ollama.fail_with(503)
    for _ in range(3):
        with pytest.raises(ollama.ResponseError) as caught:
            await ollama_client.chat(model=MODEL, messages=QUESTION)
        assert caught.value.status_code == 503
    assert (await ollama_client.list()).models, "health endpoints keep working"

    fake_ollama.clear_failure()
    assert (await ollama_client.chat(model=MODEL, messages=QUESTION)).done


async def test_die_after_breaks_the_stream_mid_answer(
    fake_ollama: FakeOllama, ollama_client: ollama.AsyncClient
) -> None:
    fake_ollama.die_after = 3
    received: list[str] = []

    stream = await ollama_client.chat(model=MODEL, messages=QUESTION, stream=True)

    with pytest.raises(httpx.RemoteProtocolError):
        await drain(stream, received)

    assert len(received) == 3
    [finished] = await asyncio.wait_for(fake_ollama.await_outcomes(1), 5)
    assert finished.notes["outcome"] == "died"


async def test_stall_is_seen_as_a_client_timeout(
    fake_ollama: FakeOllama, ollama_client: ollama.AsyncClient
) -> None:
    fake_ollama.stall_after = 2
    fake_ollama.stall_seconds = 30
    stream = cast(
        AsyncGenerator[ollama.ChatResponse, None],
        await ollama_client.chat(model=MODEL, messages=QUESTION, stream=True),
    )
    received = [await anext(stream), await anext(stream)]

    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.3):
            await anext(stream)
    await stream.aclose()

    assert len(received) == 2
    [finished] = await asyncio.wait_for(fake_ollama.await_outcomes(1), 5)
    assert finished.notes == finished.notes | {"stalled": True, "outcome": "client_disconnected"}


async def test_stall_resumes_after_stall_seconds(
    fake_ollama: FakeOllama, ollama_client: ollama.AsyncClient
) -> None:
    fake_ollama.stall_after = 1
    fake_ollama.stall_seconds = 0.2
    started = time.monotonic()

    parts = await collect(ollama_client)

    assert len(parts) == 21 and time.monotonic() - started >= 0.2


async def test_pacing_knobs(fake_ollama: FakeOllama, ollama_client: ollama.AsyncClient) -> None:
    fake_ollama.first_token_delay = 0.15
    fake_ollama.token_interval = 0.01
    fake_ollama.reply_tokens = 6
    started = time.monotonic()
    stream = await ollama_client.chat(model=MODEL, messages=QUESTION, stream=True)
    await anext(stream)
    first = time.monotonic() - started
    rest = [part async for part in stream]
    total = time.monotonic() - started

    assert first >= 0.15
    assert total >= 0.15 + 5 * 0.01
    assert rest[-1].eval_count == 6


async def test_refuse_then_accept_on_the_same_port(
    fake_ollama: FakeOllama, ollama_client: ollama.AsyncClient
) -> None:
    port = fake_ollama.port
    fake_ollama.refuse()
    with pytest.raises(ConnectionError):
        await ollama_client.chat(model=MODEL, messages=QUESTION)
    with pytest.raises(httpx.ConnectError):
        await collect(ollama_client)

    fake_ollama.accept()

    assert fake_ollama.port == port
    assert (await ollama_client.chat(model=MODEL, messages=QUESTION)).done


async def test_error_line_format_is_ndjson(fake_ollama: FakeOllama) -> None:
    async with (
        httpx.AsyncClient(base_url=fake_ollama.url) as raw,
        raw.stream("POST", "/api/chat", json={"model": MODEL, "messages": QUESTION}) as response,
    ):
        assert response.headers["content-type"] == "application/x-ndjson"
        lines = [json.loads(line) async for line in response.aiter_lines()]
    assert [line["done"] for line in lines] == [False] * 20 + [True]
    assert lines[-1]["created_at"].endswith("Z")
