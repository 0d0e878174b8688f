"""The fakes hold up under benchmark-like load: 200+ concurrent paced streams.

The load is driven with aiohttp (cheap per connection) so the test measures
the fakes rather than httpx's pool; the real clients are covered elsewhere.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import ollama
import pytest
from slack_sdk.web.async_client import AsyncWebClient

from tests.fakes.model_server import FakeModelServer
from tests.fakes.ollama import FakeOllama
from tests.fakes.slack import DEFAULT_TOKEN, FakeSlack

pytestmark = pytest.mark.timeout(20)
STREAMS = 220


async def run_streams(fake: FakeModelServer, path: str, body: dict[str, Any]) -> list[bytes]:
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def one() -> bytes:
            async with session.post(fake.url + path, json=body) as response:
                return await response.read()

        return await asyncio.gather(*(one() for _ in range(STREAMS)))


@pytest.mark.parametrize(
    ("fake_name", "path", "body", "marker", "per_stream"),
    [
        ("fake_ollama", "/api/chat", {"model": "llama3.1:8b"}, b'"done":false', 20),
        ("fake_openai", "/v1/chat/completions", {"model": "gpt-4o", "stream": True}, b"data:", 23),
    ],
)
async def test_model_fakes_serve_concurrent_paced_streams(
    request: pytest.FixtureRequest,
    fake_name: str,
    path: str,
    body: dict[str, Any],
    marker: bytes,
    per_stream: int,
) -> None:
    fake: FakeModelServer = request.getfixturevalue(fake_name)
    fake.first_token_delay = 0.25
    fake.token_interval = 0.005
    messages = [{"role": "user", "content": "load test"}]

    bodies = await run_streams(fake, path, {**body, "messages": messages})

    assert [b.count(marker) for b in bodies] == [per_stream] * STREAMS
    assert fake.max_in_flight >= STREAMS


async def test_real_ollama_client_streams_concurrently(
    fake_ollama: FakeOllama, ollama_client: ollama.AsyncClient
) -> None:
    fake_ollama.token_interval = 0.01

    async def one(i: int) -> str:
        messages = [{"role": "user", "content": f"question {i}"}]
        stream = await ollama_client.chat(model="llama3.1:8b", messages=messages, stream=True)
        return "".join([part.message.content or "" async for part in stream])

    answers = await asyncio.gather(*(one(i) for i in range(30)))

    assert [a.split()[4] for a in answers] == [str(i) + "." for i in range(30)]
    assert fake_ollama.max_in_flight > 1


async def test_slack_handles_hundreds_of_calls(fake_slack: FakeSlack) -> None:
    async with aiohttp.ClientSession() as session:
        client = AsyncWebClient(
            token=DEFAULT_TOKEN, base_url=fake_slack.url + "/api/", session=session
        )
        await asyncio.gather(
            *(client.chat_postMessage(channel="C1", text=f"message {i}") for i in range(400))
        )

    stamps = {m["ts"] for m in fake_slack.messages("C1")}
    assert len(stamps) == 400
